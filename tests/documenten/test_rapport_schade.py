"""Issue 2.6: het kwartaaloverzicht telt aangiftes, aansprakelijkstellingen, het geclaimde bedrag en de
nazorggesprekken op tijd; en wat een manager zag: afgesneden koppen, interne sleutels en een lege kop."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

REDEN = ("--toelichting", "opzet van de test: deze soort is hier bewust gekozen")
NAMEN = ["Jan de Vries", "Kees Bakker", "Anna Smit", "P. Jansen", "K. Smits"]


@pytest.fixture
def kwartaal(gtb):
    g = gtb
    adres = dict(adres="Markt 12", postcode="4941 AB", woonplaats="Raamsdonksveer")
    a = g.meld(
        naam="Jan de Vries",
        datum="2026-07-03",
        kanaal="balie",
        ernst="strafbaar",
        medewerker=["P. Jansen"],
        materiele_schade="balieruit gebroken",
        **adres,
    )
    g.ok("nazorg", a, "--gesprek", "2026-07-04")  # op tijd: uiterlijk de dag erna
    g.ok("maatregel", a, "--soort", "aangifte", "--datum", "2026-07-05")
    g.ok("maatregel", a, "--soort", "toegangs-en-belverbod", "--duur", "3", "--datum", "2026-07-06", *REDEN)
    g.ok("brief", a, "--soort", "aansprakelijkstelling", "--bedrag", "150,50", "--datum", "2026-07-10")
    b = g.meld(
        naam="Kees Bakker",
        datum="2026-08-10",
        kanaal="spreekkamer",
        ernst="agressief",
        medewerker=["K. Smits"],
        letsel="kneuzing",
        **adres,
    )
    g.ok("nazorg", b, "--gesprek", "2026-08-14")  # te laat
    g.ok("brief", b, "--soort", "aansprakelijkstelling", "--bedrag", "1.250,00", "--datum", "2026-08-20")
    g.meld(
        naam="Anna Smit", datum="2026-09-01", kanaal="balie", ernst="licht", medewerker=["P. Jansen"]
    )  # geen gesprek
    g.meld(naam="Anna Smit", datum="2026-09-02", kanaal="telefoon", ernst="licht")  # geen medewerker: telt niet mee
    return g


def _rijen(blad) -> dict:
    return {r[0].strip(): r[1:] for r in blad.iter_rows(values_only=True) if r and isinstance(r[0], str)}


def test_samenvatting_telt_aangiftes_aansprakelijkstellingen_bedrag_en_gesprekken(kwartaal):
    data = kwartaal.json("rapport", "--kwartaal", "2026-Q3")
    assert data["aangiftes"] == 1 and data["aansprakelijkstellingen"] == 2
    assert data["bedrag_geclaimd"] == 1400.5
    assert data["nazorggesprek"] == {"op_tijd": 1, "totaal": 3, "aandeel": 33}
    assert data["vorige_periode"]["aansprakelijkstellingen"] == 0
    wb = openpyxl.load_workbook(data["bestand"])
    rijen = _rijen(wb["Samenvatting"])
    assert rijen["Aangifte vastgelegd als maatregel (agressie aangifte)"][0] == 1
    assert rijen["Aansprakelijkstellingen (brieven)"][0] == 2
    assert rijen["Geclaimd bedrag (EUR)"][0] == 1400.5
    assert rijen["Gesprek medewerker op tijd (9.1)"][:2] == ("1 van 3 (33%)", "geen")
    cel = next(r for r in wb["Samenvatting"].iter_rows() if r[0].value == "  Geclaimd bedrag (EUR)")[1]
    assert cel.number_format == "#,##0.00"
    uitvoer = kwartaal.ok("rapport", "--kwartaal", "2026-Q3", "--overschrijven")
    assert "1.400,50" in uitvoer and "1 van 3 (33%)" in uitvoer


def test_trend_per_kwartaal_met_koppen_die_niet_afgesneden_zijn(kwartaal):
    pad = Path(kwartaal.json("rapport", "--kwartaal", "2026-Q3")["bestand"])
    blad = openpyxl.load_workbook(pad)["Trend"]
    koppen = [c.value for c in blad[1]]
    assert koppen[-4:] == [
        "Aangiftes",
        "Aansprakelijkstellingen",
        "Geclaimd bedrag (EUR)",
        "Gesprek medewerker op tijd (9.1)",
    ]
    for cel in blad[1]:
        breedte = blad.column_dimensions[cel.column_letter].width
        langste_woord = max(len(w) for w in str(cel.value).split())
        assert breedte >= langste_woord + 2, cel.value  # elk woord past; langere koppen lopen over twee regels
        assert cel.alignment.wrap_text
    q3 = next(r for r in blad.iter_rows(min_row=2, values_only=True) if r[0] == "2026-Q3")
    assert q3[-4:] == (1, 2, 1400.5, "1 van 3 (33%)")


def test_incidenten_met_labels_van_het_profiel_en_zonder_namen(kwartaal):
    pad = Path(kwartaal.json("rapport", "--kwartaal", "2026-Q3")["bestand"])
    wb = openpyxl.load_workbook(pad)
    blad = wb["Incidenten"]
    kolom = [c.value for c in blad[1]].index("Maatregel")
    maatregelen = [r[kolom] or "" for r in blad.iter_rows(min_row=2, values_only=True)]
    assert any("Ontzegging gemeentehuis en telefonisch contactverbod" in m for m in maatregelen)
    assert any("Aansprakelijkstelling voor schade" in m for m in maatregelen)
    assert not any("toegangs-en-belverbod" in m or "aansprakelijkstelling," in m for m in maatregelen)
    alles = " ".join(str(c) for b in wb.worksheets for r in b.iter_rows(values_only=True) for c in r if c is not None)
    for naam in NAMEN:
        assert naam not in alles


def test_geen_kop_naar_afdeling_zonder_incidenten(gtb):
    pad = Path(gtb.json("rapport", "--kwartaal", "2026-Q1")["bestand"])
    rijen = _rijen(openpyxl.load_workbook(pad)["Samenvatting"])
    assert "Naar afdeling" not in rijen
    assert "Naar kanaal" in rijen and rijen["Gesprek medewerker op tijd (9.1)"][0] == "geen"


def test_losser_noemt_het_opvanggesprek(losser):
    nummer = losser.meld(naam="Piet Klaassen", kanaal="balie", gedrag="C", datum="2026-07-03", medewerker=["A. Bos"])
    losser.ok("nazorg", nummer, "--gesprek", "2026-07-03")
    pad = Path(losser.json("rapport", "--kwartaal", "2026-Q3")["bestand"])
    rijen = _rijen(openpyxl.load_workbook(pad)["Samenvatting"])
    assert rijen["Opvang medewerker op tijd (8)"][0] == "1 van 1 (100%)"
