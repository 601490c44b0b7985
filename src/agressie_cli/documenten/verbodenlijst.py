"""De lijst voor de receptie (3.6, `agressie verboden --uit`): wie heeft nu een toegangs- of belverbod, op A4
liggend, met de datum waarop de lijst gemaakt is, voor wie hem nog afdrukt (de receptie in de webvoorkant is de
betere route: die is altijd actueel). Als .xlsx (openpyxl) of als PDF/A (LibreOffice, of Excel op Windows, maakt hem
van die .xlsx)."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from agressie_cli.domein.bestanden import atomisch
from agressie_cli.domein.fouten import InvoerFout
from agressie_cli.domein.nederlands import ONBEPAALDE_TIJD, kort, opsomming, tijd_voluit, voluit
from agressie_cli.domein.verboden import Verbod

SOORTEN = (".xlsx", ".pdf")
BLAD = "Lopende verboden"
KOPPEN = ("Naam", "Geboortedatum", "Persoon", "Verbod", "Geen toegang", "Niet bellen", "Ingang", "Tot en met", "Let op")
BREEDTES = (28, 15, 9, 36, 9, 9, 11, 15, 30)
LETTER = "Calibri"  # altijd met naam: een lettertype zonder naam drukt LibreOffice en soms Excel af als schreefletter
KOPRIJ = 5


@dataclass(frozen=True)
class Lijstgegevens:
    """Wat er boven de lijst staat: gemeente, de dag waarop de verboden gelden (peildatum), wanneer de lijst gemaakt
    is, de route die tijdens een verbod open blijft en wie de receptie belt als iemand met een verbod toch komt."""

    gemeente: str
    peildatum: date
    gemaakt: datetime
    open_route: str = ""
    bellen_bij_komst: str = ""


def controleer_doel(doel: Path) -> str:
    """.xlsx of .pdf; anders een InvoerFout die het veld noemt."""
    soort = doel.suffix.lower()
    if soort not in SOORTEN:
        raise InvoerFout(
            f"«uit»: '{doel.name}' is geen .xlsx of .pdf. Voorbeeld: verboden.xlsx (Excel) of verboden.pdf (afdrukken)."
        )
    if doel.is_dir():
        raise InvoerFout(f"«uit»: '{doel}' is een map; geef een bestandsnaam, bijvoorbeeld verboden.pdf.")
    return soort


def _stil(tekst: str) -> None:
    """Standaard zegt het maken van de lijst niets; de opdrachtregel zegt 'PDF maken ...'."""


def schrijf_lijst(
    doel: Path, rijen: Sequence[Verbod], gegevens: Lijstgegevens, meld: Callable[[str], None] = _stil
) -> Path:
    """Schrijft de lijst naar `doel` (.xlsx of .pdf), in één stap: een vorige lijst met die naam wordt vervangen. De
    PDF is PDF/A-2b en getagd, zoals de brieven (documenten/brieven/pdf.py)."""
    from agressie_cli.documenten.brieven.pdf import naar_pdf

    soort = controleer_doel(doel)
    doel.parent.mkdir(parents=True, exist_ok=True)
    if soort == ".xlsx":
        with atomisch(doel) as tijdelijk:
            _werkboek(rijen, gegevens).save(tijdelijk)
        return doel
    with tempfile.TemporaryDirectory(prefix="agressie-") as map_:
        werkmap = Path(map_)
        xlsx = werkmap / (doel.stem + ".xlsx")
        _werkboek(rijen, gegevens).save(xlsx)
        pdf = naar_pdf([xlsx], werkmap, meld=meld)[0]
        with atomisch(doel) as tijdelijk:
            shutil.copyfile(pdf, tijdelijk)
    return doel


def _werkboek(rijen: Sequence[Verbod], g: Lijstgegevens):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = BLAD
    boven = Alignment(horizontal="left", vertical="top", wrap_text=True)
    dun = Side(style="thin", color="A6A6A6")
    kader = Border(left=dun, right=dun, top=dun, bottom=dun)

    ws["A1"] = f"Lopende toegangs- en belverboden, gemeente {g.gemeente}"
    ws["A1"].font = Font(name=LETTER, bold=True, size=14, color="1F4E79")
    ws["A2"] = (
        f"Verboden die gelden op {voluit(g.peildatum)}. Lijst gemaakt op {voluit(g.gemaakt.date())} om "
        f"{tijd_voluit(g.gemaakt)}."
    )
    ws["A2"].font = Font(name=LETTER, bold=True, size=11)
    regels = [
        "Vertrouwelijk: alleen voor de receptie. Vernietig de vorige lijst; een nieuwe maakt de coördinator met "
        "agressie verboden --uit (actueel: de receptie in agressie web)."
    ]
    if g.bellen_bij_komst:
        regels.append(f"Komt iemand met een toegangsverbod toch: bel {g.bellen_bij_komst}.")
    if g.open_route:
        regels.append(f"Contact dat open blijft: {g.open_route}.")
    ws["A3"] = " ".join(regels)
    ws["A3"].font = Font(name=LETTER, size=10)
    ws["A3"].alignment = boven
    laatste = get_column_letter(len(KOPPEN))
    for rij in (1, 2, 3):
        ws.merge_cells(f"A{rij}:{laatste}{rij}")
    ws.row_dimensions[3].height = 30

    ws.row_dimensions[KOPRIJ].height = 30  # "Geen toegang" en "Niet bellen" op twee regels
    for kolom, (kop, breedte) in enumerate(zip(KOPPEN, BREEDTES, strict=True), 1):
        cel = ws.cell(KOPRIJ, kolom, kop)
        cel.font = Font(name=LETTER, bold=True, color="FFFFFF", size=11)
        cel.fill = PatternFill("solid", fgColor="1F4E79")
        cel.alignment = boven
        cel.border = kader
        ws.column_dimensions[get_column_letter(kolom)].width = breedte

    gewoon = Font(name=LETTER, size=11)
    nummer = KOPRIJ
    for r in rijen:
        nummer += 1
        let_op = []
        if r.vervangen_door and r.vervangen_per:
            let_op.append(f"Wordt per {kort(r.vervangen_per)} vervangen door {r.vervangen_door}.")
        if r.vervangt:
            let_op.append(f"Vervangt {opsomming(r.vervangt)}.")
        waarden = (
            r.naam or "(naam ontbreekt in het register)",
            r.geboortedatum,
            r.persoon,
            r.label,
            "ja" if r.toegang else "",
            "ja" if r.bellen else "",
            r.ingang,
            r.einde if r.einde else ONBEPAALDE_TIJD,
            " ".join(let_op),
        )
        # Hoog genoeg voor de langste tekst (LibreOffice en Excel passen de hoogte bij het afdrukken niet altijd aan).
        lengtes: list[int] = [-(-len(str(w)) // max(b - 1, 1)) for w, b in zip(waarden, BREEDTES, strict=True) if w]
        ws.row_dimensions[nummer].height = 15 * max([1, *lengtes])
        for kolom, waarde in enumerate(waarden, 1):
            cel = ws.cell(nummer, kolom, waarde)
            cel.font, cel.alignment, cel.border = gewoon, boven, kader
            if isinstance(waarde, date):
                cel.number_format = "DD-MM-YYYY"
            elif isinstance(waarde, str):
                cel.number_format = "@"  # tekst blijft tekst (een naam die met = begint, wordt geen formule)
    if not rijen:
        nummer += 1
        ws.cell(nummer, 1, f"Geen lopende toegangs- of belverboden op {kort(g.peildatum)}.").font = gewoon
        ws.merge_cells(f"A{nummer}:{laatste}{nummer}")

    ws.freeze_panes = f"A{KOPRIJ + 1}"
    ws.print_area = f"A1:{laatste}{nummer}"
    ws.print_title_rows = f"{KOPRIJ}:{KOPRIJ}"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.75
    ws.page_margins.header = ws.page_margins.footer = 0.3
    ws.oddHeader.left.text = "Vertrouwelijk"
    ws.oddHeader.right.text = f"Lopende verboden op {kort(g.peildatum)}"
    ws.oddFooter.left.text = f"Gemaakt op {kort(g.gemaakt.date())} om {tijd_voluit(g.gemaakt)}"
    ws.oddFooter.right.text = "Pagina &P van &N"
    for deel in (ws.oddHeader.left, ws.oddHeader.right, ws.oddFooter.left, ws.oddFooter.right):
        deel.font = LETTER
        deel.size = 9
    wb.properties.creator = "agressie"
    wb.properties.title = f"Lopende verboden, gemeente {g.gemeente}"
    wb.properties.created = wb.properties.modified = g.gemaakt
    return wb
