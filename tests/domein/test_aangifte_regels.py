"""Issue 2.6, de regels achter `agressie aangifte`: welke medewerkers in het document staan en wat er met
--onder-nummer van hun namen overblijft (niets)."""

from __future__ import annotations

import pytest

from agressie_cli.domein.aangifte import medewerkers, namen_van_medewerkers, onder_nummer


def test_betrokken_medewerkers_zijn_slachtoffer_en_een_andere_melder_getuige():
    incident = {"medewerker": ["P. Jansen", "K. Bakker"], "melder": "R. de Boer", "leidinggevende": "K. Smits"}
    assert medewerkers(incident) == [
        ("slachtoffer (betrokken medewerker)", "P. Jansen"),
        ("slachtoffer (betrokken medewerker)", "K. Bakker"),
        ("melder (getuige)", "R. de Boer"),
    ]
    assert namen_van_medewerkers(incident) == ["P. Jansen", "K. Bakker", "R. de Boer"]  # de leidinggevende niet
    assert medewerkers({"medewerker": ["P. Jansen"], "melder": "P. Jansen"}) == [
        ("slachtoffer (betrokken medewerker) en melder", "P. Jansen")
    ]
    assert medewerkers({}) == []


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        ("Schold P. Jansen uit.", "Schold 12 uit."),
        ("collega JANSEN was geschrokken", "collega 12 was geschrokken"),
        ("Jansenstraat en Jansens fiets", "Jansenstraat en Jansens fiets"),  # alleen hele woorden
        ("de balie van de afdeling", "de balie van de afdeling"),  # tussenvoegsels blijven staan
        ("Piet zei tegen Pieter dat", "Medewerker 2 zei tegen Pieter dat"),  # de tweede medewerker
        ("Schold mevrouw P. Jansen uit", "Schold 12 uit"),  # de hele vermelding, met aanspreekvorm
        ("Toen kwam Petra Jansen erbij", "Toen kwam 12 erbij"),  # een voornaam die het register niet kent
        ("Collega Piet van der Berg hoorde het.", "Collega medewerker 2 hoorde het."),
        ("", ""),
    ],
)
def test_onder_nummer_vervangt_namen_en_naamdelen(tekst, verwacht):
    assert onder_nummer(tekst, ["P. Jansen", "Piet van der Berg"], "12") == verwacht
