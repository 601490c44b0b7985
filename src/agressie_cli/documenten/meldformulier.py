"""Het meldformulier als Excel-bestand (issue 2.7): maken voor de medewerker, en na het invullen lezen voor de
coördinator. Welke vragen erop staan en wat een antwoord betekent, staat in domein/meldformulier.py."""

from __future__ import annotations

import re
import warnings
import zipfile
from datetime import date
from pathlib import Path

from agressie_cli.domein.bestanden import atomisch
from agressie_cli.domein.fouten import InvoerFout
from agressie_cli.domein.meldformulier import KENMERK, Antwoord, Formule, GeenDatum, Vraag, vragen
from agressie_cli.domein.nederlands import kort
from agressie_cli.domein.profiel import Profiel
from agressie_cli.domein.velden import keuzelijst_probleem

BLAD = "Meldformulier"
KEUZEBLAD = "Keuzes"  # verborgen: keuzelijsten die niet in een formule passen
INSTRUCTIE = (
    "Vul in wat u weet; de coördinator vult later aan. Typ in de gele vakken; waar een pijltje verschijnt, kiest u "
    "uit de lijst. Vragen met * zijn nodig om te registreren. Bewaar het formulier en stuur het naar de {coordinator}."
)
_REGELHOOGTE = 15  # punten per regel tekst
# Uitgepakt is een ingevuld formulier zo'n 30 kB; ruim daarboven (een geplakte foto) is het geen formulier meer maar een
# zipbom of een heel ander bestand, dat openpyxl anders helemaal in het geheugen zou laden (2.5 punt 12).
MAX_FORMULIER_BYTES = 100 * 1024 * 1024
MAX_FORMULIER_XML_BYTES = 10 * 1024 * 1024  # de bladen en teksten zelf; dat laadt openpyxl in het geheugen
# Het formulier heeft zo'n 50 rijen; wat verder reikt, is geen formulier meer (en elke rij lezen kost tijd, 3.3).
MAX_FORMULIER_RIJEN = 1000
# Zo begint een bestand van vóór .xlsx (.xls) en een .xlsx met een wachtwoord om te openen (versleuteld, 2.7).
_OLE = bytes.fromhex("D0CF11E0A1B11AE1")
# Zo bewaart Excel een teken dat in XML niet mag (een verticale tab uit Word: _x000B_); openpyxl zet het niet terug.
_EXCEL_TEKEN = re.compile(r"_x([0-9A-Fa-f]{4})_")


def schrijf_meldformulier(doel: Path, profiel: Profiel, gemeente: str, datum: date) -> list[Vraag]:
    """Schrijft het lege formulier; geeft de vragen die erop staan."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
    from openpyxl.worksheet.datavalidation import DataValidation

    lijst = vragen(profiel)
    wb = Workbook()
    ws = wb.active
    ws.title = BLAD
    blauw = "1F4E79"
    dun = Side(style="thin", color="A6A6A6")
    kader = Border(left=dun, right=dun, top=dun, bottom=dun)
    geel = PatternFill("solid", fgColor="FFF2CC")
    boven = Alignment(vertical="top", wrap_text=True)

    ws["A1"] = f"Meldformulier agressie en geweld, gemeente {gemeente}"
    ws["A1"].font = Font(bold=True, size=14, color=blauw)
    coordinator = profiel.rol("coordinator")
    ws["A2"] = f"Formulier van {kort(datum)}. Vertrouwelijk: alleen voor de {coordinator}."
    ws["A2"].font = Font(italic=True, size=9)
    ws["A3"] = INSTRUCTIE.format(coordinator=coordinator)
    ws["A3"].alignment = boven
    ws.merge_cells("A1:C1")
    ws.merge_cells("A2:C2")
    ws.merge_cells("A3:C3")
    ws.row_dimensions[3].height = 3 * _REGELHOOGTE
    ws["D1"] = KENMERK  # zo herkent `agressie melden --formulier` het formulier; kolom D is verborgen

    rij = 4
    groep = None
    for vraag in lijst:
        if vraag.groep != groep:
            groep = vraag.groep
            rij += 1
            cel = ws.cell(rij, 1, groep)
            cel.font = Font(bold=True, color="FFFFFF")
            for kolom in (1, 2, 3):
                ws.cell(rij, kolom).fill = PatternFill("solid", fgColor=blauw)
            rij += 1
        vraagcel = ws.cell(rij, 1, vraag.tekst + (" *" if vraag.verplicht else ""))
        vraagcel.alignment = boven
        vraagcel.font = Font(bold=vraag.verplicht)
        antwoord = ws.cell(rij, 2)
        antwoord.fill, antwoord.border, antwoord.alignment = geel, kader, boven
        antwoord.protection = Protection(locked=False)
        antwoord.number_format = {"datum": "DD-MM-YYYY", "tijd": "HH:MM"}.get(vraag.veld.type, "@")
        toelichting = ws.cell(rij, 3, vraag.toelichting or None)
        toelichting.font = Font(italic=True, size=9, color="595959")
        toelichting.alignment = boven
        ws.cell(rij, 4, vraag.sleutel)
        # Kolom A is 34 tekens breed (vet iets minder), C 40 tekens in een kleinere letter: zo veel regels als de
        # langste van vraag en toelichting, anders valt een afgebroken vraag weg (scherm en afdruk).
        regels = max(
            1,
            vraag.toelichting.count("\n") + 1,
            (len(vraag.toelichting) + 44) // 45,
            (len(vraag.tekst) + 2 + 29) // 30,
        )
        if vraag.sleutel == "omschrijving":
            regels = 7  # ruimte om te schrijven
        elif vraag.sleutel == "aanleiding":
            regels = max(regels, 2)
        ws.row_dimensions[rij].height = max(20, regels * _REGELHOOGTE)  # ook met de hand in te vullen
        if vraag.keuzes:
            _keuzelijst(ws, DataValidation, vraag, antwoord.coordinate)
        rij += 1
    rij += 1
    ws.cell(rij, 1, f"Vragen? Neem contact op met de {coordinator}.").font = Font(italic=True, size=9)

    for letter, breedte in (("A", 34), ("B", 38), ("C", 40)):
        ws.column_dimensions[letter].width = breedte
    ws.column_dimensions["D"].hidden = True
    # Afdrukken op A4, staand, op de breedte van één pagina.
    ws.print_area = f"A1:C{rij}"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    # Alleen de antwoordcellen zijn te wijzigen. Bewust zonder wachtwoord: de beveiliging is een hulp (niemand
    # overschrijft per ongeluk een vraag of de verborgen sleutels), geen beveiliging. Wie het formulier wil
    # aanpassen, heft haar op via Controleren > Beveiliging blad opheffen.
    ws.protection.sheet = True
    ws.protection.formatRows = False  # een rij hoger maken voor een lang antwoord mag
    wb.properties.creator = "agressie"
    wb.properties.title = f"Meldformulier agressie en geweld, gemeente {gemeente}"
    doel.parent.mkdir(parents=True, exist_ok=True)
    with atomisch(doel) as tijdelijk:
        wb.save(tijdelijk)
    return lijst


def _keuzelijst(ws, data_validation, vraag: Vraag, cel: str) -> None:
    """Een keuzelijst bij de antwoordcel. Past de lijst niet in de formule (samen meer dan 255 tekens, of een keuze
    met een komma: Excel haalt zo'n lijst bij het openen weg), dan staan de keuzes op het verborgen blad Keuzes en
    verwijst de lijst daarnaar."""
    keuzes = ", ".join(vraag.keuzes)
    if keuzelijst_probleem(vraag.keuzes) is None:
        formule = f'"{",".join(vraag.keuzes)}"'
    else:
        formule = _op_verborgen_blad(ws, vraag.keuzes)
    lijst = data_validation(type="list", formula1=formule, allow_blank=True)
    lijst.error = f"Kies uit de lijst: {keuzes}."
    if vraag.veld.type == "lijst":  # meer dan één mag: een waarschuwing, geen weigering
        lijst.errorStyle = "warning"
        lijst.error += " Meer dan één: typ ze met een komma ertussen."
    lijst.errorTitle = vraag.tekst[:32]
    lijst.showErrorMessage = True
    ws.add_data_validation(lijst)
    lijst.add(cel)


def _op_verborgen_blad(ws, keuzes: tuple[str, ...]) -> str:
    """Zet de keuzes in een nieuwe kolom van het verborgen blad Keuzes; geeft het bereik voor de keuzelijst."""
    from openpyxl.utils import get_column_letter

    wb = ws.parent
    blad = wb[KEUZEBLAD] if KEUZEBLAD in wb.sheetnames else wb.create_sheet(KEUZEBLAD)
    blad.sheet_state = "hidden"
    kolom = blad.max_column + 1 if blad["A1"].value is not None else 1
    for rij, keuze in enumerate(keuzes, 1):
        blad.cell(rij, kolom, keuze).number_format = "@"
    letter = get_column_letter(kolom)
    return f"{KEUZEBLAD}!${letter}$1:${letter}${len(keuzes)}"


def lees_meldformulier(pad: Path) -> list[Antwoord]:
    """De ingevulde antwoordcellen van een formulier (ook als Excel of LibreOffice het opnieuw bewaarde)."""
    from zipfile import BadZipFile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    if not pad.is_file():
        raise InvoerFout(f"{pad.name}: het bestand bestaat niet (of is een map).")
    geen_excel = InvoerFout(f"{pad.name}: dit is geen Excel-bestand (.xlsx) dat agressie kan lezen.")
    try:
        with open(pad, "rb") as f:
            begin = f.read(8)
    except OSError:
        raise InvoerFout(
            f"{pad.name}: het bestand kan niet gelezen worden. Heeft u leesrechten op die map, of heeft een ander "
            "programma het vergrendeld?"
        ) from None
    if begin == _OLE:
        raise InvoerFout(
            f"{pad.name}: dit formulier is beveiligd met een wachtwoord, of het is een oud Excel-bestand (.xls). "
            "Open het in Excel, haal het wachtwoord weg (Bestand > Info > Werkmap beveiligen) en bewaar het als "
            "Excel-werkmap (.xlsx)."
        )
    try:
        with zipfile.ZipFile(pad) as zip_:
            uitgepakt = sum(info.file_size for info in zip_.infolist())
            xml = sum(info.file_size for info in zip_.infolist() if info.filename.lower().endswith(".xml"))
    except (BadZipFile, OSError, ValueError):
        raise geen_excel from None
    if uitgepakt > MAX_FORMULIER_BYTES or xml > MAX_FORMULIER_XML_BYTES:
        raise InvoerFout(
            f"{pad.name}: het bestand is uitgepakt {uitgepakt // (1024 * 1024)} MB groot; een meldformulier is veel "
            "kleiner. Is het wel een ingevuld meldformulier?"
        )
    try:
        # Niet data_only: een formule moet als formule herkend worden, niet als de uitkomst die Excel bewaarde.
        # De waarschuwingen van openpyxl (met een pad in de installatie) niet op het scherm: een datumcel met een
        # getal dat geen datum is, onthouden we per cel en melden we zelf (3.3).
        with warnings.catch_warnings(record=True) as gezien:
            warnings.simplefilter("always")
            wb = load_workbook(pad)
    except (InvalidFileException, BadZipFile, KeyError, ValueError, TypeError):
        raise geen_excel from None
    except Exception:  # elke andere leesfout (kapotte XML, CRC, een ontbrekend deel): een kapot bestand
        raise InvoerFout(
            f"{pad.name}: het bestand is beschadigd; agressie kan het niet lezen. Vraag de medewerker het formulier "
            "opnieuw te bewaren of opnieuw in te vullen."
        ) from None
    geen_datum = {m.group(1): m.group(2) for w in gezien if (m := _GEEN_DATUM.search(str(w.message))) is not None}
    bladen = [i for i, blad in enumerate(wb.worksheets, 1) if blad["D1"].value == KENMERK]
    if not bladen:
        raise InvoerFout(f"{pad.name}: dit is geen meldformulier van agressie. Maak er een met: agressie meldformulier")
    if len(bladen) > 1:  # 3.3: het tweede formulier werd stil overgeslagen; niet raden welk het echte is
        raise InvoerFout(
            f"{pad.name}: het bestand bevat {len(bladen)} meldformulieren (blad {' en blad '.join(map(str, bladen))}); "
            "agressie registreert één formulier per bestand en er is niets geregistreerd. Zet elk formulier in een "
            "eigen bestand (in Excel: rechtsklik op het blad, Verplaatsen of kopiëren, nieuwe map) en registreer ze "
            "één voor één."
        )
    ws = wb.worksheets[bladen[0] - 1]
    if ws.max_row > MAX_FORMULIER_RIJEN:  # 3.3: één cel in rij 1.048.576 kostte 11 s en 284 MB
        raise InvoerFout(
            f"{pad.name}: het blad met het formulier loopt door tot rij {ws.max_row}; een meldformulier is nog geen "
            f"{MAX_FORMULIER_RIJEN} rijen lang en er is niets geregistreerd. Maak de cellen onder het formulier leeg "
            "(in Excel: selecteer de rijen onder het formulier en kies Verwijderen) of vul een nieuw formulier in."
        )
    antwoorden = []
    for rij in range(2, ws.max_row + 1):
        sleutel = ws.cell(rij, 4).value
        if isinstance(sleutel, str) and sleutel.strip():
            vraag = ws.cell(rij, 1).value
            cel = ws.cell(rij, 2)
            waarde = GeenDatum(geen_datum[cel.coordinate]) if cel.coordinate in geen_datum else _waarde(cel)
            antwoorden.append(Antwoord(sleutel.strip(), f"B{rij}", waarde, str(vraag or "")))
    return antwoorden


# Zo meldt openpyxl een datumcel met een getal buiten de datums: "Cell B14 is marked as a date but the serial value
# 1000000000 is outside the limits for dates."
_GEEN_DATUM = re.compile(r"Cell ([A-Z]+\d+) is marked as a date but the serial value (\S+) is outside")


def _waarde(cel) -> object:
    """De waarde van een antwoordcel; een formule of een foutwaarde (#NAAM?) als Formule, zodat hij geweigerd wordt."""
    if cel.data_type in ("f", "e"):
        return Formule(str(cel.value))
    if isinstance(cel.value, str):
        return _EXCEL_TEKEN.sub(lambda m: chr(int(m.group(1), 16)), cel.value)
    return cel.value


def leeg_meldformulier(pad: Path) -> bool:
    """Is dit een meldformulier van agressie zonder antwoorden? Alleen zo'n bestand mag `meldformulier` vervangen."""
    try:
        return all(a.waarde in (None, "") for a in lees_meldformulier(pad))
    except InvoerFout:
        return False
