"""PDF's van de brieven en van de lijst voor de receptie: PDF/A-2b en getagd (3.6), zodat een zaaksysteem of e-depot ze
aanneemt en een schermlezer ze kan voorlezen. Met LibreOffice (soffice), in één aanroep voor alle bestanden samen; op
Windows zonder LibreOffice met Word (een .docx) of Excel (een .xlsx) via COM (pywin32), en lukt het met het ene
programma niet, dan met het andere als dat er is.

Het profiel van LibreOffice komt in een tijdelijke map van het systeem, niet in de map met brieven op de share."""

from __future__ import annotations

import contextlib
import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from agressie_cli.domein.fouten import Afsluitcode, AgressieFout

WINDOWS = sys.platform == "win32"
# De exportfilter van LibreOffice met opties in JSON (LibreOffice 7.4 en nieuwer): PDF/A-2b (SelectPdfVersion 2) en
# getagd. De taal (/Lang) komt uit de standaardtaal van het document (nl-NL, zie docx_eigenschappen).
PDF_OPTIES = {
    "SelectPdfVersion": {"type": "long", "value": "2"},
    "UseTaggedPDF": {"type": "boolean", "value": "true"},
}
_OPTIES = json.dumps(PDF_OPTIES, separators=(",", ":"))
FILTER = "pdf:writer_pdf_Export:" + _OPTIES
FILTER_REKENBLAD = "pdf:calc_pdf_Export:" + _OPTIES  # dezelfde opties, de exportfilter van Calc
WORD_PDF = 17  # wdExportFormatPDF
EXCEL_PDF = 0  # xlTypePDF
# Wat er blijft staan als er geen PDF komt, per soort bestand (in elke melding).
_BLIJFT = {".docx": "de .docx-brief staat er wel", ".xlsx": "maak de lijst als Excel-bestand (.xlsx) en druk die af"}


def soffice() -> str | None:
    for naam in ("soffice", "libreoffice"):
        gevonden = shutil.which(naam)
        if gevonden:
            return gevonden
    for kandidaat in (
        r"C:\Program Files\LibreOffice\program\soffice.exe",
        r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
    ):
        if Path(kandidaat).is_file():
            return kandidaat
    return None


def word() -> object | None:
    """De COM-module van pywin32 als dit Windows is en die er is (Word zelf blijkt pas bij het starten)."""
    if not WINDOWS:
        return None
    try:
        import win32com.client
    except ImportError:
        return None
    return win32com.client


def _stil(tekst: str) -> None:
    """Standaard zegt het maken van een PDF niets; de opdrachtregel zegt 'PDF maken ...'."""


def naar_pdf(bestanden: list[Path], uitmap: Path, meld: Callable[[str], None] = _stil) -> list[Path]:
    """De PDF's in `uitmap`, van .docx-bestanden (brieven) of .xlsx-bestanden (een lijst), één soort per aanroep.
    Eerst LibreOffice, anders Word of Excel; `meld` krijgt 'PDF maken ...' vóór het trage deel."""
    rekenblad = all(b.suffix.lower() == ".xlsx" for b in bestanden)
    blijft = _BLIJFT[".xlsx" if rekenblad else ".docx"]
    programmas: list[tuple[str, Callable[[], None]]] = []
    lo = soffice()
    if lo is not None:
        filter_ = FILTER_REKENBLAD if rekenblad else FILTER
        programmas.append(("LibreOffice", lambda: _met_libreoffice(lo, bestanden, uitmap, filter_, blijft)))
    com = word()
    if com is not None and rekenblad:
        programmas.append(("Excel", lambda: _met_excel(com, bestanden, uitmap, blijft)))
    elif com is not None:
        programmas.append(("Word", lambda: _met_word(com, bestanden, uitmap)))
    if not programmas:
        raise AgressieFout(
            f"LibreOffice is niet gevonden (en {'Excel' if rekenblad else 'Word'} niet, op Windows), dus er is geen "
            f"PDF gemaakt; {blijft}. Installeer LibreOffice (Windows: libreoffice.org; Debian/Ubuntu: sudo apt "
            f"install {'libreoffice-calc' if rekenblad else 'libreoffice-writer'}) en probeer opnieuw.",
            code=Afsluitcode.FOUT,
        )
    mislukt: list[str] = []
    for naam, maak in programmas:
        meld(f"PDF maken met {naam} ...")
        try:
            maak()
        except AgressieFout as fout:
            mislukt.append(fout.melding)
            continue
        pdfs = [uitmap / (b.stem + ".pdf") for b in bestanden]
        ontbreekt = [p.name for p in pdfs if not p.is_file()]
        if not ontbreekt:
            return pdfs
        mislukt.append(f"{naam} maakte geen PDF van {', '.join(ontbreekt)}; {blijft}.")
    raise AgressieFout(" ".join(mislukt), code=Afsluitcode.FOUT)


def _met_libreoffice(
    programma: str, bestanden: list[Path], uitmap: Path, filter_: str = FILTER, blijft: str = _BLIJFT[".docx"]
) -> None:
    profielmap = Path(tempfile.mkdtemp(prefix="agressie-lo-"))
    try:
        subprocess.run(
            [
                programma,
                f"-env:UserInstallation={profielmap.resolve().as_uri()}",
                "--headless",
                "--convert-to",
                filter_,
                "--outdir",
                str(uitmap),
                *[str(b) for b in bestanden],
            ],
            check=True,
            capture_output=True,
            timeout=600,
        )
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as fout:
        raise AgressieFout(
            f"LibreOffice kon de PDF niet maken ({type(fout).__name__}); {blijft}.",
            code=Afsluitcode.FOUT,
        )
    finally:
        shutil.rmtree(profielmap, ignore_errors=True)


def _met_word(com, bestanden: list[Path], uitmap: Path) -> None:
    """Word, onzichtbaar en in een eigen proces (DispatchEx: niet het Word waarin de gebruiker werkt), via COM: elk
    document alleen-lezen openen en exporteren als PDF/A met tags (DocStructureTags), zonder het document zelf te
    wijzigen. Word kent via COM alleen 'ISO 19005-1' (PDF/A-1b), niet PDF/A-2b; dat is ook PDF/A. Niet op een
    Windows-machine nagegaan, alleen met een nagebootste Word (tests/documenten/test_word_pdf.py)."""
    app = None
    try:
        app = com.DispatchEx("Word.Application")
        app.Visible = False
        app.DisplayAlerts = 0
        for bestand in bestanden:
            doc = app.Documents.Open(str(bestand.resolve()), ReadOnly=True, AddToRecentFiles=False, Visible=False)
            try:
                doc.ExportAsFixedFormat(
                    OutputFileName=str((uitmap / (bestand.stem + ".pdf")).resolve()),
                    ExportFormat=WORD_PDF,
                    OpenAfterExport=False,
                    IncludeDocProps=True,
                    DocStructureTags=True,
                    UseISO19005_1=True,
                )
            finally:
                doc.Close(SaveChanges=0)
    except Exception as fout:  # COM geeft pywintypes.com_error; elke fout van Word betekent: geen PDF
        raise AgressieFout(
            f"Word kon de PDF niet maken ({type(fout).__name__}); de .docx-brief staat er wel.",
            code=Afsluitcode.FOUT,
        )
    finally:
        if app is not None:
            with contextlib.suppress(Exception):  # Word is al weg
                app.Quit(SaveChanges=0)


def _met_excel(com, bestanden: list[Path], uitmap: Path, blijft: str) -> None:
    """Excel, onzichtbaar en in een eigen proces, via COM: elk werkboek alleen-lezen openen en zijn afdrukbereik
    exporteren als PDF (met de documenteigenschappen), zonder het werkboek te wijzigen. PDF/A kiest Excel via COM
    niet per aanroep (dat is een instelling van Excel zelf). Niet op een Windows-machine nagegaan, alleen met een
    nagebootste Excel (tests/cli/test_verboden_uit.py)."""
    app = None
    try:
        app = com.DispatchEx("Excel.Application")
        app.Visible = False
        app.DisplayAlerts = False
        for bestand in bestanden:
            boek = app.Workbooks.Open(str(bestand.resolve()), ReadOnly=True, AddToMru=False)
            try:
                boek.ExportAsFixedFormat(
                    Type=EXCEL_PDF,
                    Filename=str((uitmap / (bestand.stem + ".pdf")).resolve()),
                    IncludeDocProperties=True,
                    IgnorePrintAreas=False,
                    OpenAfterPublish=False,
                )
            finally:
                boek.Close(SaveChanges=False)
    except Exception as fout:  # COM geeft pywintypes.com_error; elke fout van Excel betekent: geen PDF
        raise AgressieFout(f"Excel kon de PDF niet maken ({type(fout).__name__}); {blijft}.", code=Afsluitcode.FOUT)
    finally:
        if app is not None:
            with contextlib.suppress(Exception):  # Excel is al weg
                app.Quit()
