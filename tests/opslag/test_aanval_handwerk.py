"""Issue 3.3: het register met de hand bewerkt (punten 1, 2, 3, 6, 14 en 16). Elke test faalde vóór de fix.

Het register is het dossier van de gemeente: een met de hand toegevoegde kolom, een verwijderde rij of een
verwijderd blad mag nooit stil gegevens aan een ander koppelen of een nummer opnieuw uitgeven."""

from __future__ import annotations

import json

import openpyxl
import pytest

from agressie_cli.opslag.excel import ExcelOpslag
from conftest import REDEN


def _bewerk(g, bewerking) -> None:
    wb = openpyxl.load_workbook(g.register)
    bewerking(wb)
    wb.save(g.register)


def _cellen(g) -> dict:
    """Het register cel voor cel: per blad de waarden van elke rij."""
    wb = openpyxl.load_workbook(g.register)
    return {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in wb.worksheets}


def _rij_van(wb, blad: str, nummer: str) -> int:
    ws = wb[blad]
    return next(r for r in range(2, ws.max_row + 1) if ws.cell(row=r, column=1).value == nummer)


def _verwijder_rij(blad: str, nummer: str):
    def bewerking(wb):
        wb[blad].delete_rows(_rij_van(wb, blad, nummer))

    return bewerking


def _gemeente(request, profiel: str):
    return request.getfixturevalue({"geertruidenberg": "gtb", "losser": "losser"}[profiel])


def _melding_args(naam: str, datum: str) -> list[str]:
    return ["melden", "--naam", naam, "--kanaal", "balie", "--datum", datum]


def _klasse(g) -> list[str]:
    return ["--ernst", "licht"] if g.map.name == "geertruidenberg" else ["--gedrag", "A"]


def _meld(g, naam: str, datum: str, **extra) -> str:
    klasse = {"ernst": "licht"} if g.map.name == "geertruidenberg" else {"gedrag": "A"}
    return g.meld(naam=naam, kanaal="balie", datum=datum, **klasse, **extra)


PROFIELEN = ["geertruidenberg", "losser"]


# --- 1. een tweede kolom met een kop die agressie kent ---------------------------------------------------------------


def _extra_kolom(blad: str, kop: str, waarde):
    def bewerking(wb):
        ws = wb[blad]
        kolom = ws.max_column + 1
        ws.cell(row=1, column=kolom, value=kop)
        for r in range(2, ws.max_row + 1):
            ws.cell(row=r, column=kolom, value=waarde)

    return bewerking


@pytest.mark.parametrize("profiel", PROFIELEN)
@pytest.mark.parametrize(
    "blad, kop, waarde, letter",
    [
        ("Incidenten", "Persoon", "receptie", "E"),
        ("Incidenten", "Datum", None, "C"),
        ("Personen", "Naam", "mevrouw Smit", "B"),
        ("Maatregelen", "persoon", "P0001", "C"),
    ],
)
def test_tweede_kolom_met_een_bekende_kop_weigert_lezen_en_schrijven(request, profiel, blad, kop, waarde, letter):
    """3.3 punt 1: een kolom 'Persoon' (een contactpersoon) rechts toegevoegd koppelde bij het volgende schrijven elk
    incident aan 'receptie'; een tweede 'Datum' wiste elke datum. Lezen en schrijven weigeren, met het blad en beide
    kolomletters; het register blijft cel voor cel gelijk."""
    g = _gemeente(request, profiel)
    eerste = _meld(g, "Jan de Vries", "2026-11-02")
    g.ok("maatregel", eerste, "--soort", "waarschuwing", "--datum", "2026-11-03", *REDEN)
    _meld(g, "Piet Jansen", "2026-11-04")
    _bewerk(g, _extra_kolom(blad, kop, waarde))
    voor, cellen = g.register.read_bytes(), _cellen(g)
    nieuw = openpyxl.load_workbook(g.register)[blad].max_column
    tweede = openpyxl.utils.get_column_letter(nieuw)
    for args in (
        ["lijst"],
        ["lijst", "--json"],
        ["historie", "P0001"],
        [*_melding_args("Kees Bakker", "2026-11-05"), *_klasse(g)],
        ["aanvullen", eerste, "--omschrijving", "Schold."],
    ):
        uitkomst = g.run(*args)
        assert uitkomst.exit_code == 2, (args, uitkomst.output)
        assert f"blad {blad}" in uitkomst.output, uitkomst.output
        assert f"kolom {letter} en kolom {tweede}" in uitkomst.output, uitkomst.output
        assert "Traceback" not in uitkomst.output and "receptie" not in uitkomst.output
        assert "Smit" not in uitkomst.output
    assert g.register.read_bytes() == voor
    assert _cellen(g) == cellen


# --- 2. de laatste persoon met de hand verwijderd ---------------------------------------------------------------------


@pytest.mark.parametrize("profiel", PROFIELEN)
def test_incident_van_een_verwijderde_persoon_weigert_schrijven(request, profiel):
    """3.3 punt 2: zonder de rij van P0002 kreeg de volgende nieuwe persoon P0002 en erfde diens incidenten; advies
    escaleerde dan een eerste keer op andermans geschiedenis. Schrijven weigert zolang een incident een persoon noemt
    die niet bestaat, met rij en nummer."""
    g = _gemeente(request, profiel)
    _meld(g, "Jan de Vries", "2026-11-02")
    _meld(g, "Piet Jansen", "2026-11-04")
    _bewerk(g, _verwijder_rij("Personen", "P0002"))
    voor, cellen = g.register.read_bytes(), _cellen(g)
    uitkomst = g.run(*_melding_args("Kees Bakker", "2026-11-05"), *_klasse(g))
    assert uitkomst.exit_code == 2, uitkomst.output
    assert "blad Incidenten, rij 3" in uitkomst.output and "P0002" in uitkomst.output
    assert "er is niets gewijzigd" in uitkomst.output and "Traceback" not in uitkomst.output
    assert "Jansen" not in uitkomst.output
    assert g.register.read_bytes() == voor and _cellen(g) == cellen
    lezen = g.run("lijst")  # lezen gaat door, met een waarschuwing
    assert lezen.exit_code == 0 and "P0002" in lezen.output and "blad Incidenten, rij 3" in lezen.output


def test_rijnummer_in_de_melding_telt_lege_rijen_mee(gtb):
    """3.3 punt 2: de melding noemt de rij zoals Excel hem toont, ook met een lege rij ertussen (lezen slaat die
    over), en ook als het register daarna uit de snelle kopie gelezen wordt."""
    _meld(gtb, "Jan de Vries", "2026-11-02")
    _meld(gtb, "Piet Jansen", "2026-11-04")
    _bewerk(gtb, lambda wb: (_verwijder_rij("Personen", "P0002")(wb), wb["Incidenten"].insert_rows(2)))
    for _ in range(2):  # de tweede keer uit register.xlsx.cache
        lezen = gtb.run("lijst")
        assert lezen.exit_code == 0 and "blad Incidenten, rij 4 noemt incident 2026-0002 persoon P0002" in lezen.output
    assert (gtb.map / "register.xlsx.cache").is_file()
    uitkomst = gtb.run(*_melding_args("Kees Bakker", "2026-11-05"), *_klasse(gtb))
    assert uitkomst.exit_code == 2 and "blad Incidenten, rij 4" in uitkomst.output


@pytest.mark.parametrize("profiel", PROFIELEN)
def test_persoonnummer_dat_een_maatregel_noemt_wordt_niet_opnieuw_uitgegeven(request, profiel):
    """3.3 punt 2: een nummer dat een maatregel nog noemt, wordt nooit opnieuw uitgegeven (anders erft de nieuwe
    persoon die maatregel, en daarmee een zwaarder advies)."""
    g = _gemeente(request, profiel)
    _meld(g, "Jan de Vries", "2026-11-02")
    tweede = _meld(g, "Piet Jansen", "2026-11-04")
    g.ok("maatregel", tweede, "--soort", "waarschuwing", "--datum", "2026-11-05", *REDEN)

    def bewerking(wb):
        _verwijder_rij("Personen", "P0002")(wb)
        ws = wb["Incidenten"]  # het incident met de hand aan P0001 gekoppeld; de maatregel noemt nog P0002
        kolom = [c.value for c in ws[1]].index("Persoon") + 1
        ws.cell(row=_rij_van(wb, "Incidenten", tweede), column=kolom, value="P0001")

    _bewerk(g, bewerking)
    uitkomst = g.json(*_melding_args("Kees Bakker", "2026-11-06"), *_klasse(g))
    assert uitkomst["persoon"] == "P0003" and uitkomst["nieuw_persoon"] is True
    assert g.json("historie", "P0003")["maatregelen"] == []


@pytest.mark.parametrize("profiel", PROFIELEN)
def test_persoonnummer_dat_het_logboek_noemt_wordt_niet_opnieuw_uitgegeven(request, profiel):
    """3.3 punt 2: een persoon die agressie zelf opruimde (aanvullen --persoon liet P0002 zonder incidenten) en
    waarvan iemand daarna de lege rij weghaalde, staat nog in logboek.csv; zijn nummer gaat niet naar een ander."""
    g = _gemeente(request, profiel)
    _meld(g, "Jan de Vries", "2026-11-02")
    tweede = _meld(g, "Piet Jansen", "2026-11-04")
    g.ok("aanvullen", tweede, "--persoon", "P0001")
    assert "persoon verwijderd;P0002" in (g.map / "logboek.csv").read_text(encoding="utf-8-sig")
    _bewerk(g, _verwijder_rij("Personen", "P0002"))  # de lege kaart die bleef staan, met de hand weggehaald
    assert g.json(*_melding_args("Kees Bakker", "2026-11-06"), *_klasse(g))["persoon"] == "P0003"


# --- 3. het laatste incident met de hand verwijderd -------------------------------------------------------------------


def _twee_met_maatregel(g) -> tuple[str, str]:
    eerste = _meld(g, "Jan de Vries", "2026-11-02")
    g.ok("maatregel", eerste, "--soort", "waarschuwing", "--datum", "2026-11-03", *REDEN)
    tweede = _meld(g, "Piet Jansen", "2026-11-04")
    maatregel = g.json("maatregel", tweede, "--soort", "waarschuwing", "--datum", "2026-11-05", *REDEN)["maatregel"]
    assert (tweede, maatregel) == ("2026-0002", "M00002")
    return tweede, maatregel


@pytest.mark.parametrize("profiel", PROFIELEN)
def test_maatregel_van_een_verwijderd_incident_weigert_schrijven(request, profiel):
    """3.3 punt 3: zonder de rij van 2026-0002 kreeg het volgende `melden` 2026-0002 opnieuw en erfde het M00002 en
    'Status: brief gemaakt'. Schrijven weigert zolang een maatregel een incident noemt dat er niet is."""
    g = _gemeente(request, profiel)
    _twee_met_maatregel(g)
    _bewerk(g, _verwijder_rij("Incidenten", "2026-0002"))
    voor, cellen = g.register.read_bytes(), _cellen(g)
    uitkomst = g.run(*_melding_args("Kees Bakker", "2026-11-06"), *_klasse(g))
    assert uitkomst.exit_code == 2, uitkomst.output
    assert "blad Maatregelen, rij 3" in uitkomst.output and "2026-0002" in uitkomst.output
    assert "er is niets gewijzigd" in uitkomst.output and "Traceback" not in uitkomst.output
    assert g.register.read_bytes() == voor and _cellen(g) == cellen


@pytest.mark.parametrize("profiel", PROFIELEN)
def test_nummers_die_het_logboek_noemt_worden_niet_opnieuw_uitgegeven(request, profiel):
    """3.3 punt 3: incident en maatregel allebei met de hand verwijderd; het logboek noemt 2026-0002 en M00002 nog."""
    g = _gemeente(request, profiel)
    tweede, maatregel = _twee_met_maatregel(g)
    _bewerk(g, lambda wb: (_verwijder_rij("Incidenten", tweede)(wb), _verwijder_rij("Maatregelen", maatregel)(wb)))
    nieuw = g.json(*_melding_args("Kees Bakker", "2026-11-06"), *_klasse(g))
    assert nieuw["incident"] == "2026-0003" and nieuw["status"] == "gemeld"
    assert g.json("maatregel", nieuw["incident"], "--soort", "waarschuwing", *REDEN)["maatregel"] == "M00003"


@pytest.mark.parametrize("profiel", PROFIELEN)
def test_nummers_die_een_brief_noemt_worden_niet_opnieuw_uitgegeven(request, profiel):
    """3.3 punt 3: zonder logboek noemt de brief in brieven/ het incident nog; en een brief die een gestopte `brief`
    al naar zijn maatregel hernoemde (X.nieuw-M00002.docx) maakt M00002 uitgegeven."""
    g = _gemeente(request, profiel)
    tweede, maatregel = _twee_met_maatregel(g)
    _bewerk(g, lambda wb: (_verwijder_rij("Incidenten", tweede)(wb), _verwijder_rij("Maatregelen", maatregel)(wb)))
    (g.map / "logboek.csv").unlink()
    brieven = g.map / "brieven"
    brieven.mkdir(exist_ok=True)
    (brieven / f"{tweede}-waarschuwing-Jansen.docx").write_bytes(b"brief")
    (brieven / f"2026-0001-waarschuwing-Jansen.nieuw-{maatregel}.docx").write_bytes(b"brief")
    nieuw = g.json(*_melding_args("Kees Bakker", "2026-11-06"), *_klasse(g))
    assert nieuw["incident"] == "2026-0003" and nieuw["status"] == "gemeld"
    assert g.json("maatregel", nieuw["incident"], "--soort", "waarschuwing", *REDEN)["maatregel"] == "M00003"


# --- 6. het blad Personen met de hand verwijderd ----------------------------------------------------------------------


def _verwijder_personen(wb) -> None:
    del wb["Personen"]


@pytest.mark.parametrize("profiel", PROFIELEN)
def test_zonder_blad_personen_waarschuwt_elk_lezen(request, profiel):
    """3.3 punt 6; README: "lezen gaat door met een waarschuwing". `lijst` toonde alles zonder waarschuwing,
    `historie P0001` zei 'Geen persoon P0001 gevonden' en `verboden` toonde een lopend verbod zonder naam."""
    g = _gemeente(request, profiel)
    g.verbod(
        "Jan de Vries",
        "2026-11-02",
        "toegangsverbod",
        "6",
        **({"ernst": "strafbaar"} if profiel == "geertruidenberg" else {"gedrag": "D"}),
    )
    _bewerk(g, _verwijder_personen)
    voor = g.register.read_bytes()
    for args in (
        ["lijst"],
        ["historie", "P0001"],
        ["verboden", "--peildatum", "2026-11-10"],
        ["termijnen"],
        ["advies", "2026-0001"],
        ["lijst", "--json"],
    ):
        uitkomst = g.run(*args)
        assert uitkomst.exit_code == 0, (args, uitkomst.output)
        assert "blad Personen ontbreekt" in uitkomst.output, (args, uitkomst.output)
    historie = g.run("historie", "P0001").output
    assert "Geen persoon" not in historie and "2026-0001" in historie
    verboden = g.run("verboden", "--peildatum", "2026-11-10").output
    assert "P0001" in verboden and "naam ontbreekt in het register" in verboden
    als_json = g.run("verboden", "--peildatum", "2026-11-10", "--json")
    assert json.loads(als_json.stdout)[0]["persoon"] == "P0001" and "blad Personen ontbreekt" in als_json.stderr
    naam = g.run("historie", "Jan de Vries")  # op naam zoeken kan niet; dat zegt de melding, niet 'bestaat niet'
    assert naam.exit_code == 2 and "blad Personen ontbreekt" in naam.output and "Geen persoon" not in naam.output
    assert g.register.read_bytes() == voor


# --- 14. een tabel (Opmaken als tabel) in het register ----------------------------------------------------------------


@pytest.mark.parametrize("profiel", PROFIELEN)
@pytest.mark.parametrize("blad", ["Incidenten", "Eigen overzicht"])
def test_tabel_in_het_register_weigert_schrijven(request, profiel, blad):
    """3.3 punt 14: een tabel ('Opmaken als tabel') verdween stil bij het volgende schrijven. agressie bewaart hem
    niet: schrijven weigert en zegt hoe de tabel een gewoon bereik wordt; lezen gaat door."""
    from openpyxl.worksheet.table import Table

    g = _gemeente(request, profiel)
    _meld(g, "Jan de Vries", "2026-11-02")

    def bewerking(wb):
        if blad not in wb.sheetnames:
            ws = wb.create_sheet(blad)
            ws.append(["Week", "Aantal"])
            ws.append([45, 1])
        wb[blad].add_table(Table(displayName="Tabel1", ref="A1:B2"))

    _bewerk(g, bewerking)
    voor, cellen = g.register.read_bytes(), _cellen(g)
    uitkomst = g.run(*_melding_args("Kees Bakker", "2026-11-05"), *_klasse(g))
    assert uitkomst.exit_code == 2, uitkomst.output
    assert f"blad {blad}" in uitkomst.output and "Converteren naar bereik" in uitkomst.output
    assert "er is niets gewijzigd" in uitkomst.output
    assert g.register.read_bytes() == voor and _cellen(g) == cellen
    assert g.run("lijst").exit_code == 0


# --- 16. een geboortedatum na de datum van het incident ---------------------------------------------------------------


@pytest.mark.parametrize("profiel", PROFIELEN)
def test_geboortedatum_na_het_incident_geweigerd(request, profiel):
    """3.3 punt 16: een geboortedatum na de datum van het incident werd aangenomen."""
    g = _gemeente(request, profiel)
    voor = g.register.read_bytes()
    uitkomst = g.run(*_melding_args("Jan de Vries", "2026-03-01"), *_klasse(g), "--geboortedatum", "2026-04-01")
    assert uitkomst.exit_code == 2, uitkomst.output
    assert "--geboortedatum" in uitkomst.output and "2026-04-01" not in uitkomst.output
    assert "01-04-2026" not in uitkomst.output
    assert g.register.read_bytes() == voor
    # een bekende persoon (met geboortedatum) bij een incident van vóór zijn geboorte
    nummer = _meld(g, "Jan de Vries", "2026-05-02", geboortedatum="2026-04-01")
    voor = g.register.read_bytes()
    for args in (
        [*_melding_args("x", "2026-03-01"), *_klasse(g), "--persoon", "P0001"],
        ["aanvullen", nummer, "--datum", "2026-03-01"],
    ):
        uitkomst = g.run(*args)
        assert uitkomst.exit_code == 2, (args, uitkomst.output)
        assert "geboortedatum" in uitkomst.output and "01-04-2026" not in uitkomst.output
    assert g.register.read_bytes() == voor
    assert ExcelOpslag(g.register, None).lees().incidenten[0]["datum"].isoformat() == "2026-05-02"
