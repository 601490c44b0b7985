"""Issue 3.2 (profielen met een schema): de soort `aangifte` heette in de code bij naam; nu is ze een vlag van de
soort in het profiel (`aangifte = true`), zoals waarschuwing, gesprek, afsluitend en bedrag. Een gemeente die haar
aangifte anders noemt, heeft alleen een profiel nodig. Door de CLI, met het register in het geheugen."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_soortvlaggen import _derde_gemeente

from agressie_cli.documenten.brieven.render import docx_tekst

POLITIEMELDING = """
[soorten.aangifte]
aangifte = false

[soorten.politiemelding]
label = "Melding bij de politie"
zwaarte = 0
aangifte = true
informeren = ["politie", "leidinggevende"]
"""
PERSOON = dict(naam="Jan de Vries", kanaal="balie", tijd="10:30", adres="Markt 12", postcode="4941 AB")


@pytest.mark.parametrize(
    ("basis", "klasse"), [("geertruidenberg", {"ernst": "strafbaar"}), ("losser", {"gedrag": "D", "aanhoudend": False})]
)
def test_een_hernoemde_aangifte_is_de_aangifte(tmp_path, basis, klasse):
    """Geertruidenberg 7: "Van strafbare feiten wordt altijd aangifte gedaan"; Losser 5.4 (melding of aangifte bij
    de politie). Een soort met aangifte = true (hier 'politiemelding') is wat `agressie aangifte` vastlegt: één per
    incident, geen brief aan de persoon (het incident komt niet op 'brief gemaakt', `verzonden` weigert), naast het
    advies (geen afwijking) en geteld als aangifte in het rapport."""
    g = _derde_gemeente(tmp_path, basis, POLITIEMELDING, {"politiemelding": "aangifte"})
    nummer = g.meld(datum="2026-11-17", **PERSOON, **klasse)
    data = g.json("aangifte", nummer, "--datum", "2026-11-18")
    assert data["nieuw"] is True
    assert "politiemelding" in Path(data["bestand"]).name and "VPT" in docx_tekst(Path(data["bestand"]))
    maatregelen = g.json("historie", "P0001")["maatregelen"]
    assert [m["soort"] for m in maatregelen] == ["politiemelding"]
    assert maatregelen[0]["afwijking"] is False
    assert g.json("lijst")[0]["status"] != "brief gemaakt"
    niet_verzonden = g.run("verzonden", data["maatregel"])
    assert niet_verzonden.exit_code == 2 and "geen brief" in niet_verzonden.output
    # Eén aangifte per incident, ook langs `maatregel --soort` met de eigen naam.
    voor = g.momentopname()
    tweede = g.run("maatregel", nummer, "--soort", "politiemelding", "--datum", "2026-11-19")
    assert tweede.exit_code == 2 and "is de aangifte al vastgelegd" in tweede.output
    assert g.momentopname() == voor
    assert g.json("rapport", "--jaar", "2026")["aangiftes"] == 1


def test_de_meegeleverde_profielen_noemen_hun_aangifte_met_de_vlag():
    """De meegeleverde profielen zeggen zelf welke soort de aangifte is; de code kent de naam niet meer."""
    from agressie_cli.domein.profiel import Profiel, lees_profielbestand

    for naam in ("geertruidenberg", "losser"):
        profiel = Profiel(*lees_profielbestand(naam))
        assert profiel.aangifte_soort == "aangifte"
        assert [s for s, d in profiel.soorten.items() if d.aangifte] == ["aangifte"]
