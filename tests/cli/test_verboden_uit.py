"""Issue 3.6 Excel: `agressie verboden --uit verboden.xlsx|pdf`, de lijst voor de receptie op A4 liggend, met de
datum waarop hij gemaakt is (voor wie hem nog afdrukt; de receptie in de webvoorkant is de betere route)."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from agressie_cli.domein.nederlands import voluit
from conftest import windows_zonder_libreoffice

BANS = {
    # gemeente: [(naam, soort, duur, klasse)]
    "geertruidenberg": [
        ("Jürgen Österreicher-Çelik", "toegangsverbod", "3", {"ernst": "strafbaar"}),
        ("Anna van den Berg", "toegangs-en-belverbod", "onbepaald", {"ernst": "strafbaar"}),
    ],
    "losser": [
        ("Jürgen Österreicher-Çelik", "toegangsverbod", "3", {"gedrag": "D"}),
        ("Anna van den Berg", "belverbod", "6", {"gedrag": "D"}),
    ],
}
LABELS = {
    "geertruidenberg": ("Ontzegging gemeentehuis", "Ontzegging gemeentehuis en telefonisch contactverbod"),
    "losser": ("Toegangsverbod", "Belbeperking"),
}


def _met_verboden(g, gemeente: str) -> None:
    for naam, soort, duur, klasse in BANS[gemeente]:
        g.verbod(naam, "2026-11-02", soort, duur, **klasse)


def _cellen(pad: Path) -> list[str]:
    ws = openpyxl.load_workbook(pad).active
    return [str(c.value) for rij in ws.iter_rows() for c in rij if c.value is not None]


@pytest.mark.parametrize("gemeente", ["geertruidenberg", "losser"])
def test_lijst_voor_de_receptie_als_excel_liggend_met_de_datum(request, tmp_path, gemeente):
    """Geertruidenberg 6.4: "De receptie ... wordt hiervan op de hoogte gesteld"; Losser 5.3: "de politie en de
    receptie een kopie van de brief krijgen". De lijst noemt wie nu een verbod heeft, wat, en tot wanneer, en zegt
    wanneer hij gemaakt is: een afgedrukte lijst veroudert."""
    g = request.getfixturevalue("gtb" if gemeente == "geertruidenberg" else "losser")
    _met_verboden(g, gemeente)
    doel = tmp_path / "afdruk" / "verboden.xlsx"
    uit = g.json("verboden", "--peildatum", "2026-12-01", "--uit", str(doel))
    assert uit["bestand"] == str(doel) and uit["peildatum"] == "2026-12-01" and uit["aantal"] == 2
    assert uit["gemaakt"].startswith(date.today().isoformat())
    assert [v["naam"] for v in uit["verboden"]] == ["Anna van den Berg", "Jürgen Österreicher-Çelik"]

    wb = openpyxl.load_workbook(doel)
    ws = wb.active
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9  # A4
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
    assert ws.page_setup.fitToHeight == 0  # zo veel pagina's als nodig, de kop op elke pagina
    assert ws.print_title_rows == "$5:$5"
    assert "Pagina &P van &N" in ws.oddFooter.right.text
    assert f"Lijst gemaakt op {voluit(date.today())} om " in ws["A2"].value
    assert "Verboden die gelden op 1 december 2026." in ws["A2"].value
    tekst = _cellen(doel)
    for naam, label in zip(["Jürgen Österreicher-Çelik", "Anna van den Berg"], LABELS[gemeente], strict=True):
        assert naam in tekst and label in tekst
    assert "onbepaalde tijd" in tekst or gemeente == "losser"
    # Elk lettertype met naam: zonder naam drukt LibreOffice de lijst in een schreefletter af (3.6).
    assert {c.font.name for rij in ws.iter_rows() for c in rij if c.value is not None} == {"Calibri"}

    logboek = (g.map / "logboek.csv").read_text(encoding="utf-8-sig")
    assert logboek.splitlines()[-1].split(";")[2:4] == ["lijst verboden gemaakt", "2026-12-01"]
    assert "Jürgen" not in logboek and "verboden.xlsx" not in logboek

    tekst = g.ok("verboden", "--peildatum", "2026-12-01", "--uit", str(doel))
    assert f"Lijst voor de receptie gemaakt: {doel} (2 verboden op 01-12-2026)." in tekst


@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdfinfo") is None, reason="geen LibreOffice")
@pytest.mark.parametrize("gemeente", ["geertruidenberg", "losser"])
def test_lijst_voor_de_receptie_als_pdf_op_a4_liggend(request, tmp_path, gemeente):
    """Zoals hierboven, als PDF om af te drukken: A4 liggend, met de namen, de verboden en de datum van maken."""
    g = request.getfixturevalue("gtb" if gemeente == "geertruidenberg" else "losser")
    _met_verboden(g, gemeente)
    doel = tmp_path / "verboden.pdf"
    g.ok("verboden", "--peildatum", "2026-12-01", "--uit", str(doel))
    info = subprocess.run(["pdfinfo", str(doel)], capture_output=True, text=True, check=True).stdout
    assert "Pages:           1" in info and "841.89 x 595.3" in info  # A4 liggend
    tekst = subprocess.run(["pdftotext", "-layout", str(doel), "-"], capture_output=True, text=True).stdout
    assert "Jürgen Österreicher-Çelik" in tekst and LABELS[gemeente][0] in tekst
    assert f"Lijst gemaakt op {voluit(date.today())}" in tekst
    assert not list(tmp_path.glob("*.xlsx")) and not list(tmp_path.glob(".lo-*"))  # geen resten naast de PDF


def test_lege_lijst_en_een_verkeerd_bestand(gtb, tmp_path):
    """Zonder lopende verboden zegt de lijst dat; een ander bestand dan .xlsx of .pdf wordt geweigerd met de optie,
    afsluitcode 2, en er komt niets."""
    doel = tmp_path / "verboden.xlsx"
    assert gtb.json("verboden", "--uit", str(doel))["aantal"] == 0
    assert any(t.startswith("Geen lopende toegangs- of belverboden op ") for t in _cellen(doel))
    for naam in ("verboden.docx", "verboden"):
        uit = gtb.run("verboden", "--uit", str(tmp_path / naam))
        assert uit.exit_code == 2 and f"--uit: '{naam}' is geen .xlsx of .pdf" in uit.output, uit.output
        assert "Traceback" not in uit.output and not (tmp_path / naam).exists()


@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdfinfo") is None, reason="geen LibreOffice")
def test_lijst_als_pdf_is_pdf_a_2b_en_getagd_zoals_de_brieven(gtb, tmp_path):
    """3.6 "PDF: PDF/A-2b and tagged ... so a zaaksysteem or e-depot accepts it": de lijst voor de receptie gaat door
    dezelfde PDF-stap als de brieven (niet een eigen aanroep van LibreOffice zonder PDF/A), met 'PDF maken ...' vooraf."""
    _met_verboden(gtb, "geertruidenberg")
    doel = tmp_path / "verboden.pdf"
    uitkomst = gtb.run("verboden", "--peildatum", "2026-12-01", "--uit", str(doel))
    assert uitkomst.exit_code == 0, uitkomst.output
    assert "PDF maken met LibreOffice ..." in uitkomst.stderr
    info = subprocess.run(["pdfinfo", str(doel)], capture_output=True, text=True, check=True).stdout
    meta = subprocess.run(["pdfinfo", "-meta", str(doel)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Tagged:\s+yes$", info, re.M), info
    assert "<pdfaid:part>2</pdfaid:part>" in meta and "<pdfaid:conformance>B</pdfaid:conformance>" in meta, meta


class _NepExcel:
    """Excel via COM zoals pywin32 het geeft: Workbooks.Open(...).ExportAsFixedFormat(...) schrijft de PDF."""

    def __init__(self, aanroepen: list):
        self.aanroepen = aanroepen
        self.Workbooks = self

    def Open(self, pad, **opties):
        self.aanroepen.append(("Open", pad, opties))
        aanroepen = self.aanroepen

        class Boek:
            def ExportAsFixedFormat(self, **opties):
                aanroepen.append(("Export", opties))
                Path(opties["Filename"]).write_bytes(b"%PDF-1.7 excel")

            def Close(self, **opties):
                aanroepen.append(("Close", opties))

        return Boek()

    def Quit(self):
        self.aanroepen.append(("Quit",))


def test_zonder_libreoffice_maakt_excel_de_lijst_als_pdf(gtb, tmp_path, monkeypatch):
    """Op een Windows-werkplek met Office en zonder LibreOffice maakt Excel de PDF van de lijst (alleen-lezen geopend,
    het afdrukbereik aangehouden) en wordt daarna afgesloten; op Linux nagebootst met een nep-win32com."""
    _met_verboden(gtb, "geertruidenberg")
    aanroepen = windows_zonder_libreoffice(tmp_path, monkeypatch, _NepExcel)
    doel = tmp_path / "afdruk" / "verboden.pdf"
    uitkomst = gtb.run("verboden", "--peildatum", "2026-12-01", "--uit", str(doel))
    assert uitkomst.exit_code == 0, uitkomst.output
    assert "PDF maken met Excel ..." in uitkomst.stderr
    assert doel.read_bytes() == b"%PDF-1.7 excel"
    assert aanroepen[0] == ("DispatchEx", "Excel.Application")
    [(_, geopend, open_opties)] = [a for a in aanroepen if a[0] == "Open"]
    assert geopend.endswith(".xlsx") and open_opties["ReadOnly"] is True
    [(_, export)] = [a for a in aanroepen if a[0] == "Export"]
    assert export["Type"] == 0 and export["IgnorePrintAreas"] is False
    assert aanroepen[-1] == ("Quit",)
    assert not list(doel.parent.glob("*.xlsx"))  # het tussenbestand blijft in de tijdelijke map


def test_zonder_libreoffice_en_excel_zegt_het_de_route_via_excel(gtb, tmp_path, monkeypatch):
    """Zonder programma voor de PDF: afsluitcode 1, een melding die de Excel-route noemt, en geen half bestand."""
    _met_verboden(gtb, "geertruidenberg")
    leeg = tmp_path / "leeg"
    leeg.mkdir()
    monkeypatch.setenv("PATH", str(leeg))
    doel = tmp_path / "verboden.pdf"
    uitkomst = gtb.run("verboden", "--peildatum", "2026-12-01", "--uit", str(doel))
    assert uitkomst.exit_code == 1
    assert "LibreOffice is niet gevonden" in uitkomst.output and "Excel-bestand (.xlsx)" in uitkomst.output
    assert not doel.exists()
