"""Issue 3.2 (profielen met een schema): "The built-in municipalities' addresses move next to their profile." De
adressen, het contact en het voorbeeld van de ondertekening van Geertruidenberg en Losser staan in
domein/profielen/<gemeente>.gemeente.toml, naast het profiel, met een schema: een tikfout in een sleutel is een
melding met bestand en sleutel, nooit een stil ontbrekend adres in de brief."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from agressie_cli.domein.fouten import Afsluitcode, AgressieFout
from agressie_cli.domein.instellingen import GEMEENTEN, controleer_gemeentegegevens
from conftest import maak_gemeente

VERWACHT = {
    "geertruidenberg": {
        "bezoekadres": {"straat": "Vrijheidstraat 2", "postcode": "4941 DX", "plaats": "Raamsdonksveer"},
        "postadres": {"straat": "Postbus 10.001", "postcode": "4940 GA", "plaats": "Raamsdonksveer"},
        "domicilie": "Gemeente Geertruidenberg, Vrijheidstraat 2, 4941 DX Raamsdonksveer",
    },
    "losser": {
        "bezoekadres": {"straat": "Raadhuisplein 1", "postcode": "7581 AG", "plaats": "Losser"},
        "postadres": {"straat": "Postbus 90", "postcode": "7580 AB", "plaats": "Losser"},
        "domicilie": "Gemeente Losser, Raadhuisplein 1, 7581 AG Losser",
    },
}


def _bestand(gemeente: str) -> dict:
    return tomllib.loads(
        resources.files("agressie_cli.domein.profielen").joinpath(f"{gemeente}.gemeente.toml").read_text("utf-8")
    )


@pytest.mark.parametrize("gemeente", GEMEENTEN)
def test_init_schrijft_de_adressen_van_naast_het_profiel(tmp_path, gemeente):
    """`agressie init --gemeente` zet de adressen uit <gemeente>.gemeente.toml in agressie.toml, en de aangifte noemt
    het bezoekadres als domicilie (Eenduidige Landelijke Afspraken: de aangever geeft het adres van de werkgever)."""
    g = maak_gemeente(tmp_path, gemeente, geheugen=True)
    instellingen = tomllib.loads((g.map / "agressie.toml").read_text(encoding="utf-8"))
    bron = _bestand(gemeente)
    for deel in ("bezoekadres", "postadres", "contact", "ondertekening", "afschrift"):
        assert instellingen[deel] == {**instellingen[deel], **bron[deel]}, deel
    assert instellingen["bezoekadres"] == VERWACHT[gemeente]["bezoekadres"]
    assert instellingen["postadres"] == VERWACHT[gemeente]["postadres"]
    assert instellingen["brieven"]["plaats"] == bron["brieven"]["plaats"]
    assert instellingen["brieven"]["bijlagen"] == [bron["brieven"]["bijlagen"]]
    klasse = ["--ernst", "strafbaar"] if gemeente == "geertruidenberg" else ["--gedrag", "D"]
    nummer = g.json("melden", "--naam", "Jan de Vries", "--kanaal", "balie", "--datum", "2026-11-17", *klasse)[
        "incident"
    ]
    data = g.json("aangifte", nummer, "--datum", "2026-11-18")
    from pathlib import Path

    from agressie_cli.documenten.brieven.render import docx_tekst

    assert VERWACHT[gemeente]["domicilie"] in docx_tekst(Path(data["bestand"]))


@pytest.mark.parametrize("gemeente", GEMEENTEN)
def test_een_tikfout_of_ontbrekende_sleutel_in_de_gemeentegegevens_wordt_gemeld(gemeente):
    """CONTRIBUTING: een onbekende sleutel is een fout, geen stil genegeerde regel. Het bestand en de sleutel staan in
    de melding, met de bedoelde sleutel; een ontbrekend adres evenzo (afsluitcode 1: een fout in het pakket)."""
    bestand = f"{gemeente}.gemeente.toml"
    assert (
        controleer_gemeentegegevens(_bestand(gemeente), bestand)["post_straat"]
        == VERWACHT[gemeente]["postadres"]["straat"]
    )
    tikfout = _bestand(gemeente)
    tikfout["postadres"]["straaat"] = tikfout["postadres"].pop("straat")
    with pytest.raises(AgressieFout) as fout:
        controleer_gemeentegegevens(tikfout, bestand)
    assert fout.value.code == Afsluitcode.FOUT
    assert (
        fout.value.melding == f"{bestand}: onbekende sleutel '[postadres] straaat' (bedoelt u '[postadres] straat'?)."
    )
    zonder = _bestand(gemeente)
    del zonder["bezoekadres"]["postcode"]
    with pytest.raises(AgressieFout, match=r"\[bezoekadres\] postcode ontbreekt"):
        controleer_gemeentegegevens(zonder, bestand)
    getal = _bestand(gemeente)
    getal["contact"]["telefoon"] = 140162
    with pytest.raises(AgressieFout, match=r"'\[contact\] telefoon' moet tekst zijn"):
        controleer_gemeentegegevens(getal, bestand)


def test_geen_adres_van_een_gemeente_meer_in_de_code():
    """De adressen staan alleen in de gemeentebestanden: een derde gemeente is data, geen code. (Het postadres van
    Geertruidenberg staat als voorbeeld in een docstring van documenten/brieven/context.py; daarom het bezoekadres.)"""
    from pathlib import Path

    import agressie_cli

    bron = Path(agressie_cli.__file__).parent
    for gemeente in GEMEENTEN:
        for adres in (VERWACHT[gemeente]["bezoekadres"]["straat"], VERWACHT[gemeente]["bezoekadres"]["postcode"]):
            plekken = [p.name for p in bron.rglob("*.py") if adres in p.read_text(encoding="utf-8")]
            assert not plekken, (adres, plekken)
