"""Issue 3.2, "Veld as the one place for a field's policy": of een kolom een persoonsgegeven is, staat bij het veld
(velden.py), en `opschonen` leidt eruit af wat het leegmaakt. Een persoonsgegeven dat als één `Veld(...)`-regel
bijkomt (CONTRIBUTING: "Een veld is één regel"), bleef na opschonen staan, omdat de lijst met de hand in
opschonen.py stond.

De protocollen zelf zeggen niets over een bewaartermijn; de regel komt uit domein.md (Privacy): "The register holds
personal data of residents and staff (AVG). Keep only what the protocol needs, ... and offer a way to remove or
anonymise records older than a retention period set by the municipality." Door de CLI, met het register in Excel:
de coördinator vult een nieuwe kolom daar zelf in."""

from __future__ import annotations

import openpyxl
import pytest

from agressie_cli.domein import velden
from agressie_cli.domein.velden import Veld
from conftest import ADRES, Gemeente, maak_gemeente

PEILDATUM = "2026-11-23"  # ruim vijf jaar na het incident van 2020: de bewaartermijn (standaard 5 jaar) is om

# Eén regel per nieuwe kolom, zoals CONTRIBUTING het zegt: een persoonsgegeven en een gewone kolom op elk blad.
NIEUWE_VELDEN = {
    "INCIDENT": (
        Veld("notitie_medewerker", "Notitie medewerker", breedte=30, persoonsgegeven=True),
        Veld("locatiecode", "Locatiecode", breedte=10),
    ),
    "PERSOON": (
        Veld("klantnummer", "Klantnummer", breedte=12, persoon=True, persoonsgegeven=True),
        Veld("doelgroep", "Doelgroep", breedte=12, persoon=True),
    ),
    "MAATREGEL": (
        Veld("gesprek_verslag", "Verslag gesprek", breedte=30, persoonsgegeven=True),
        Veld("zaaknummer", "Zaaknummer", breedte=12),
    ),
}
INGEVULD = {
    "Incidenten": {"Notitie medewerker": "Sanne Bakker was erbij", "Locatiecode": "B-12"},
    "Personen": {"Klantnummer": "K-778812", "Doelgroep": "werk"},
    "Maatregelen": {"Verslag gesprek": "Jan de Vries zei sorry", "Zaaknummer": "Z/20/0042"},
}
KLASSE = {"geertruidenberg": {"ernst": "agressief"}, "losser": {"gedrag": "D"}}


@pytest.fixture(scope="module")
def met_nieuwe_velden():
    """De veldtabel met de nieuwe regels. Voor de hele module (niet per test), zodat de controle na elke test
    (conftest: de snelle kopie en een volledige schrijfactie geven hetzelfde register) nog met deze tabel werkt."""
    with pytest.MonkeyPatch.context() as mp:
        for tabel, erbij in NIEUWE_VELDEN.items():
            mp.setattr(velden, tabel, getattr(velden, tabel) + erbij)
        yield


def _vul_in_excel(g: Gemeente, waarden: dict[str, dict[str, str]]) -> None:
    """Zoals de coördinator het doet: de nieuwe kolommen in Excel invullen, op de eerste rij van elk blad."""
    wb = openpyxl.load_workbook(g.register)
    for blad, per_kop in waarden.items():
        ws = wb[blad]
        koppen = [c.value for c in ws[1]]
        for kop, waarde in per_kop.items():
            ws.cell(2, koppen.index(kop) + 1).value = waarde
    wb.save(g.register)


def _eerste_rij(g: Gemeente, blad: str) -> dict:
    ws = openpyxl.load_workbook(g.register)[blad]
    koppen = [c.value for c in ws[1]]
    return dict(zip(koppen, next(ws.iter_rows(min_row=2, values_only=True)), strict=True))


@pytest.mark.parametrize("gemeente", ["geertruidenberg", "losser"])
def test_een_nieuw_persoonsgegeven_is_na_opschonen_leeg_een_gewone_kolom_blijft(tmp_path, met_nieuwe_velden, gemeente):
    """Een kolom met persoonsgegeven=True is na `opschonen --uitvoeren` leeg, op elk blad; een nieuwe kolom van
    hetzelfde soort zonder dat attribuut blijft staan (het attribuut beslist, geen lijst elders), net als de kolommen
    van 3.1 die alleen een keuze of een feit zijn (ambt, bezoekers getuige)."""
    g = maak_gemeente(tmp_path, gemeente)
    nummer = g.meld(
        naam="Jan de Vries",
        kanaal="balie",
        datum="2020-03-02",
        omschrijving="Schold Sanne Bakker uit.",
        melder="Sanne Bakker",
        ambt="wethouder",
        bezoekers_getuige=True,
        **ADRES,
        **KLASSE[gemeente],
    )
    g.ok("maatregel", nummer, "--soort", "registratie", "--datum", "2020-03-03", "--toelichting", "opzet van de test")
    _vul_in_excel(g, INGEVULD)
    assert _eerste_rij(g, "Incidenten")["Notitie medewerker"] == "Sanne Bakker was erbij"  # ingelezen en bewaard

    proef = g.json("opschonen", "--peildatum", PEILDATUM)
    assert proef["uitgevoerd"] is False and [k["persoon"] for k in proef["personen"]] == ["P0001"]
    uitkomst = g.json("opschonen", "--peildatum", PEILDATUM, "--uitvoeren")
    assert uitkomst["uitgevoerd"] is True

    incident, persoon, maatregel = (_eerste_rij(g, b) for b in ("Incidenten", "Personen", "Maatregelen"))
    # de nieuwe persoonsgegevens: leeg, zoals de oude (naam, omschrijving, melder, adres)
    assert incident["Notitie medewerker"] is None and persoon["Klantnummer"] is None
    assert maatregel["Verslag gesprek"] is None
    assert incident["Naam"] is None and incident["Omschrijving"] is None and incident["Melder"] is None
    assert persoon["Naam"] is None and persoon["Adres"] is None and persoon["Geanonimiseerd op"] is not None
    # de nieuwe gewone kolommen en de feiten van 3.1: ongewijzigd
    assert incident["Locatiecode"] == "B-12" and persoon["Doelgroep"] == "werk"
    assert maatregel["Zaaknummer"] == "Z/20/0042"
    assert incident["Ambt"] == "wethouder" and incident["Bezoekers getuige"] == "ja"
    assert incident["Incident"] == nummer and persoon["Persoon"] == "P0001"
    # wat de gebruiker daarna ziet: geen naam meer in de lijst (--json)
    rij = next(i for i in g.json("lijst") if i["incident"] == nummer)
    assert "Jan de Vries" not in str(rij) and "Sanne Bakker" not in str(rij)


# --- het meldformulier ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("gemeente", ["geertruidenberg", "losser"])
def test_de_vraag_op_het_meldformulier_staat_bij_het_veld(tmp_path, monkeypatch, gemeente):
    """Geertruidenberg 4.2 ("De agressiemelding"): de medewerker vult de melding in; de vragen van het formulier
    volgen uit de veldtabel. Een nieuw veld met een optie staat erop met zijn eigen vraag en toelichting (onder
    "Verder"); een veld met op_formulier=False niet (de coördinator vult het aan), en zonder formuliervraag staat
    de kop van de kolom er."""
    erbij = (
        Veld(
            "klantnummer",
            "Klantnummer",
            optie="--klantnummer",
            persoon=True,
            persoonsgegeven=True,
            formuliervraag="Welk klantnummer heeft de persoon?",
            formuliertoelichting="Als u het weet; het staat op brieven van de gemeente.",
        ),
        Veld("dossiercode", "Dossiercode", optie="--dossiercode", op_formulier=False),
        Veld("kamer", "Kamer", optie="--kamer"),
    )
    monkeypatch.setattr(velden, "INVOER", velden.INVOER + erbij)
    g = maak_gemeente(tmp_path, gemeente)
    uitkomst = g.json("meldformulier")
    ws = openpyxl.load_workbook(uitkomst["bestand"]).active
    rijen = {ws.cell(r, 4).value: r for r in range(1, ws.max_row + 1) if ws.cell(r, 4).value}
    assert ws.cell(rijen["klantnummer"], 1).value == "Welk klantnummer heeft de persoon?"
    assert ws.cell(rijen["klantnummer"], 3).value == "Als u het weet; het staat op brieven van de gemeente."
    assert ws.cell(rijen["kamer"], 1).value == "Kamer"  # zonder formuliervraag: de kop
    assert "dossiercode" not in rijen
    groepen = [ws.cell(r, 1).value for r in range(1, rijen["klantnummer"]) if ws.cell(r, 4).value is None]
    assert "Verder" in groepen  # een veld dat niet in GROEPEN staat, komt onder "Verder"
    # de vragen die er al waren, zijn er nog, met hun eigen tekst (uit de veldtabel, niet de kop)
    assert ws.cell(rijen["melder"], 1).value == "Uw naam"
    assert ws.cell(rijen["naam"], 1).value.rstrip(" *") == "Naam"


def test_namen_en_vrije_tekst_van_een_maatregel_zijn_na_opschonen_leeg(tmp_path):
    """domein.md (Privacy): "anonymise records older than a retention period". Op het blad Maatregelen stonden na
    opschonen nog de namen van de aanwezigen bij het ordegesprek, de afspraken (vrije tekst over de persoon) en de
    reden van een intrekking. De gesprekslocatie en de datums blijven: die zijn geen persoonsgegeven."""
    g = maak_gemeente(tmp_path, "geertruidenberg")
    nummer = g.meld(naam="Oud Persoon", kanaal="balie", ernst="agressief", datum="2020-03-01", **ADRES)
    g.ok("maatregel", nummer, "--soort", "waarschuwing", "--datum", "2020-03-02")
    ingevuld = {
        "Aanwezigen gesprek": "S. Bakker",
        "Afspraken": "Oud Persoon belt alleen nog de contactpersoon",
        "Reden intrekken": "bezwaar van Oud Persoon gegrond",
        "Gesprek locatie": "spreekkamer 2",
    }
    _vul_in_excel(g, {"Maatregelen": ingevuld})
    g.json("opschonen", "--peildatum", PEILDATUM, "--uitvoeren")
    rij = _eerste_rij(g, "Maatregelen")
    assert [rij[k] for k in ("Aanwezigen gesprek", "Afspraken", "Reden intrekken")] == [None, None, None]
    assert rij["Gesprek locatie"] == "spreekkamer 2" and rij["Soort"] == "waarschuwing"
