"""Issue 2.5 (punten 2 en 12): tekens die XML niet toestaat, en een blad dat als zipbom het slot vasthoudt."""

from __future__ import annotations

import io
import zipfile

import openpyxl
import pytest

from agressie_cli.opslag.excel import ExcelOpslag, xlsx

# Zoals de cel na het lezen is: een verticale tab uit Word, en letterlijke tekst die op Excels escape lijkt.
TEKST = "Uit Word:\x0btweede regel; letterlijk _x000B_ en _x0041_ en _x005F_."
# Zoals Excel dezelfde tekst in het bestand zet (OOXML: _xHHHH_, en _x005F_ voor een letterlijke '_').
IN_EXCEL = b"Uit Word:_x000B_tweede regel; letterlijk _x005F_x000B_ en _x005F_x0041_ en _x005F_x005F_."


def _incident(g, nummer: str) -> dict:
    """Zoals agressie het incident uit het Excel-bestand leest (niet uit de snelle kopie)."""
    return next(i for i in ExcelOpslag(g.register, None, cache=False).lees().incidenten if i["incident"] == nummer)


def _omschrijving(g, nummer: str) -> str:
    return _incident(g, nummer)["omschrijving"]


def _vervang_in_zip(pad, vervang) -> None:
    """Schrijft de zip opnieuw, met vervang(naam, bytes) -> bytes voor elk deel."""
    with zipfile.ZipFile(pad) as z:
        delen = [(info, vervang(info.filename, z.read(info))) for info in z.infolist()]
    with zipfile.ZipFile(pad, "w", compression=zipfile.ZIP_DEFLATED) as uit:
        for info, inhoud in delen:
            uit.writestr(info.filename, inhoud)


def _leesbaar_voor_openpyxl(g) -> None:
    wb = openpyxl.load_workbook(g.register)  # faalde: "not well-formed (invalid token)"
    assert wb["Incidenten"].max_row >= 2


def test_verticale_tab_uit_excel_blijft_na_melden_een_geldig_register(gtb):
    """Een cel die in Excel is bewerkt (gedeelde teksten, _x000B_): na het volgende 'melden' is het register nog
    steeds geldige XML en staat de tekst er precies zo in als de gebruiker hem zag."""
    eerste = gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="licht", datum="2026-11-01", omschrijving="PLEK")
    wb = openpyxl.load_workbook(gtb.register)
    wb.save(gtb.register)  # zoals Excel: gedeelde teksten (sharedStrings.xml) in plaats van tekst in de cel
    _vervang_in_zip(gtb.register, lambda naam, b: b.replace(b">PLEK<", b">" + IN_EXCEL + b"<"))
    assert _omschrijving(gtb, eerste) == TEKST

    tweede = gtb.meld(naam="Kees Bakker", kanaal="balie", ernst="licht", datum="2026-11-02")

    _leesbaar_voor_openpyxl(gtb)
    assert _omschrijving(gtb, eerste) == TEKST
    assert _omschrijving(gtb, tweede) in (None, "")
    with zipfile.ZipFile(gtb.register) as z:
        blad = z.read("xl/worksheets/sheet1.xml")
    assert b"\x0b" not in blad and b"_x000B_tweede" in blad and b"_x005F_x0041_" in blad


@pytest.mark.parametrize("snelle_kopie", [True, False], ids=["alleen-wijzigingen", "alles-opnieuw"])
def test_stuurteken_in_een_cel_wordt_zoals_excel_bewaard(gtb, snelle_kopie):
    """Via de opslag zelf (het domein weigert een stuurteken bij het typen, maar tekst uit het bestand niet)."""
    nummer = gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="licht", datum="2026-11-01")
    opslag = ExcelOpslag(gtb.register, None, cache=snelle_kopie)
    with opslag.wijzig() as register:
        incident = next(i for i in register.incidenten if i["incident"] == nummer)
        incident["omschrijving"] = TEKST + "\x00\x1f"
        incident["afdeling"] = "_x0041_"

    _leesbaar_voor_openpyxl(gtb)
    assert _omschrijving(gtb, nummer) == TEKST + "\x00\x1f"
    assert _incident(gtb, nummer)["afdeling"] == "_x0041_"  # een letterlijke _x0041_ blijft _x0041_, geen 'A'

    gtb.meld(naam="Kees Bakker", kanaal="balie", ernst="licht", datum="2026-11-02")  # neemt de rij over
    _leesbaar_voor_openpyxl(gtb)
    assert _omschrijving(gtb, nummer) == TEKST + "\x00\x1f"


def test_rij_met_ruw_stuurteken_wordt_niet_letterlijk_overgenomen(gtb):
    """Een blad dat een oudere versie zo schreef (calamine leest het wel): bij bewaren wordt het weer geldig."""
    nummer = gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="licht", datum="2026-11-01", omschrijving="PLEK")
    _vervang_in_zip(gtb.register, lambda naam, b: b.replace(b">PLEK<", b">a\x0bb<"))
    gtb.meld(naam="Kees Bakker", kanaal="balie", ernst="licht", datum="2026-11-02")
    _leesbaar_voor_openpyxl(gtb)
    assert _omschrijving(gtb, nummer) == "a\x0bb"


def test_te_groot_blad_weigert_meteen_en_laat_het_register_ongemoeid(gtb, monkeypatch):
    """Een zipbom (veel witruimte in het blad): agressie weigert met een Nederlandse melding, zonder het blad uit
    te pakken terwijl het slot vastzit, en het register blijft byte voor byte gelijk."""
    gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="licht", datum="2026-11-01")

    def zipbom(naam: str, inhoud: bytes) -> bytes:
        if (
            naam == "docProps/app.xml"
        ):  # niet meer van agressie (conftest vergelijkt dan niet met agressies eigen uitvoer)
            return inhoud.replace(b">agressie<", b">Microsoft Excel<")
        if naam == "xl/worksheets/sheet1.xml":
            return inhoud.replace(b"</sheetData>", b" " * 200_000 + b"</sheetData>")
        return inhoud

    _vervang_in_zip(gtb.register, zipbom)
    monkeypatch.setattr(xlsx, "MAX_BLAD_BYTES", 100_000, raising=False)
    voor = gtb.register.read_bytes()

    uitkomst = gtb.run("melden", "--naam", "Kees Bakker", "--kanaal", "balie", "--ernst", "licht")

    assert uitkomst.exit_code == 1, uitkomst.output
    assert "beschadigd" in uitkomst.output and "Incidenten" in uitkomst.output and "agressie herstel" in uitkomst.output
    assert "Traceback" not in uitkomst.output and isinstance(uitkomst.exception, SystemExit)  # nette melding
    assert gtb.register.read_bytes() == voor
    assert not list(gtb.map.glob(".*.tmp"))


def test_rijen_uit_blad_over_blokgrenzen_heen():
    """De rijen komen heel terug, ook als '<sheetData>' of '</row>' over de grens van een gelezen blok valt en als
    er lang geen '</row>' komt (geen kwadratische buffer: dat hield het slot minutenlang vast)."""
    rijen = [b'<row r="%d"><c r="A%d"><v>%d</v></c>' % (n, n, n) for n in range(1, 60_000)]
    rijen.append(b'<row r="60000"><c r="A60000" t="inlineStr"><is><t>' + b"x" * 3_000_000 + b"</t></is></c>")
    for voorloop in (b"", b" " * ((1 << 20) - 5)):
        blad = voorloop + b"<sheetData>" + b"</row>".join(rijen) + b"</row></sheetData></worksheet>"
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as z:
            z.writestr("blad.xml", blad)
        with zipfile.ZipFile(buffer) as z:
            gelezen = [rij for blok in xlsx._rijen_uit_blad(z, "blad.xml") for rij in blok]
        assert gelezen == rijen
