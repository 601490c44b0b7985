"""Het kwartaaloverzicht voor het MT als Excel-werkboek: samenvatting, trend met grafieken, incidenten zonder namen."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from agressie_cli.domein.bestanden import atomisch
from agressie_cli.domein.nederlands import kort
from agressie_cli.domein.profiel import Profiel
from agressie_cli.domein.rapportage import (
    Periode,
    aandeel_tekst,
    cijfers,
    gesprek_label,
    in_periode,
    rijen_samenvatting,
    trend,
)
from agressie_cli.domein.register import Register

BEDRAG = "#,##0.00"  # Excel toont het met de decimale komma van de gebruiker: 1.250,00
# Elk lettertype met naam: een cel zonder naam drukt LibreOffice (en soms Excel) af in een schreefletter (3.6).
LETTER = "Calibri"
REGELHOOGTE = 15  # punten per regel tekst van 11 punt


def _regels(tekst: str, breedte: int) -> int:
    """Hoeveel regels een tekst met terugloop nodig heeft in een kolom van `breedte` tekens (Excel past de hoogte van
    een rij niet zelf aan bij een bestand dat niet in Excel is gemaakt: lange tekst liep over de volgende rij)."""
    import math

    return max(1, sum(math.ceil(max(len(deel), 1) / max(breedte - 2, 1)) for deel in tekst.split("\n")))


def _klasselabel(profiel: Profiel, klasse: str) -> str:
    """Het label van het profiel tot de dubbele punt: 'A-gedrag (ik)', 'Strafbaar feit' (een kop, geen zin)."""
    return str(profiel.klassen.get(klasse) or klasse).split(":")[0].strip()


def schrijf_werkboek(
    register: Register,
    profiel: Profiel,
    gemeente: str,
    periode: Periode,
    doel: Path,
    met_namen: bool = False,
    peildatum: date | None = None,
    voortgang=None,
) -> dict:
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, LineChart, Reference
    from openpyxl.styles import Alignment, PatternFill
    from openpyxl.styles import Font as _Font

    def Font(**opmaak):
        return _Font(name=LETTER, **opmaak)

    from openpyxl.utils import get_column_letter

    stap = voortgang or (lambda: None)  # wordt na elke stap aangeroepen (voortgangsbalk bij grote registers)
    huidig = cijfers(register, profiel, periode, peildatum)
    stap()
    vorige = cijfers(register, profiel, periode.vorige(), peildatum)
    eerder = cijfers(register, profiel, periode.jaar_eerder(), peildatum)
    stap()
    kop_font, kop_fill = Font(bold=True, color="FFFFFF"), PatternFill("solid", fgColor="1F4E79")
    groep_fill = PatternFill("solid", fgColor="DDEBF7")

    wb = Workbook()
    ws = wb.active
    ws.title = "Samenvatting"
    ws["A1"] = f"Agressie en geweld tegen medewerkers, gemeente {gemeente}"
    ws["A1"].font = Font(bold=True, size=14, color="1F4E79")
    ws["A2"] = f"Periode {periode.omschrijving()}. Alleen aantallen; geen namen van personen of medewerkers."
    ws["A2"].font = Font(italic=True, size=9)
    koppen = [
        "Kengetal",
        periode.naam,
        f"{periode.vorige().naam} (vorige)",
        f"{periode.jaar_eerder().naam} (jaar eerder)",
    ]
    ws.append([])
    ws.append(koppen)
    vandaag = peildatum or date.today()
    if vandaag <= periode.tot:
        ws["A3"] = (
            f"Let op: de periode loopt nog (tot en met {kort(periode.tot)}); dit rapport van {kort(vandaag)} is "
            "voorlopig. Maak het na afloop opnieuw voor de definitieve cijfers."
        )
        ws["A3"].font = Font(bold=True, size=10, color="9C5700")
        huidig_loopt = True
    else:
        huidig_loopt = False
    for cel in ws[4]:
        cel.font, cel.fill = kop_font, kop_fill
        cel.alignment = Alignment(horizontal="center", wrap_text=True)
    for naam, nu, vorig, jaar_eerder, is_kop in rijen_samenvatting(huidig, vorige, eerder, profiel):
        ws.append([naam, nu, vorig, jaar_eerder])
        if is_kop:
            for cel in ws[ws.max_row]:
                cel.font, cel.fill = Font(bold=True), groep_fill
        if "(EUR)" in naam:
            for cel in ws[ws.max_row][1:]:
                cel.number_format = BEDRAG
        for cel in ws[ws.max_row][1:]:
            if isinstance(cel.value, str):
                cel.alignment = Alignment(horizontal="right")  # '3 van 4 (75%)' staat rechts, zoals de getallen
    ws.column_dimensions["A"].width = 48
    for kolom in "BCD":
        ws.column_dimensions[kolom].width = 20
    ws.row_dimensions[4].height = 32
    ws.freeze_panes = "B5"
    ws.sheet_view.showGridLines = False

    wt = wb.create_sheet("Trend")
    reeks = trend(register, profiel, periode, peildatum=peildatum)
    stap()
    klassen = list(profiel.klassen)
    # De labels van het profiel (zoals in de samenvatting), niet de sleutels (licht/agressief/strafbaar, A-E).
    klassekoppen = [_klasselabel(profiel, k) for k in klassen]
    trendkoppen = [
        "Kwartaal",
        "Totaal",
        *klassekoppen,
        "Aangiftes",
        "Aansprakelijkstellingen",
        "Geclaimd bedrag (EUR)",
        gesprek_label(profiel),
    ]
    wt.append(trendkoppen)
    for cel in wt[1]:
        cel.font, cel.fill = kop_font, kop_fill
        cel.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for rij in reeks:
        na = rij["na_de_brief"]
        wt.append(
            [
                rij["kwartaal"],
                rij["totaal"],
                *[rij[k] for k in klassen],
                na["aangiftes"],
                na["aansprakelijkstellingen"],
                na["bedrag_geclaimd"],
                aandeel_tekst(na["nazorggesprek"]),
            ]
        )
        wt.cell(wt.max_row, len(trendkoppen) - 1).number_format = BEDRAG
        wt.cell(wt.max_row, len(trendkoppen)).alignment = Alignment(horizontal="right")
    # Koppen niet afgesneden: elke kolom zo breed als zijn kop (lange koppen over twee regels), de kopregel hoger.
    for nummer, kop in enumerate(trendkoppen, start=1):
        wt.column_dimensions[get_column_letter(nummer)].width = max(12, max(map(len, kop.split())) + 4)
    wt.row_dimensions[1].height = 45
    staaf = BarChart()
    staaf.type, staaf.grouping, staaf.overlap = "col", "stacked", 100
    staaf.title = f"Incidenten per kwartaal naar {profiel.classificatie}"
    staaf.y_axis.title, staaf.x_axis.title = "Aantal", "Kwartaal"
    staaf.add_data(
        Reference(wt, min_col=3, max_col=2 + len(klassen), min_row=1, max_row=1 + len(reeks)), titles_from_data=True
    )
    staaf.set_categories(Reference(wt, min_col=1, min_row=2, max_row=1 + len(reeks)))
    staaf.width, staaf.height = 22, 10
    grafiekkolom = get_column_letter(len(trendkoppen) + 2)  # rechts naast de tabel, niet over de cijfers
    wt.add_chart(staaf, f"{grafiekkolom}2")
    lijn = LineChart()
    lijn.title = "Totaal aantal incidenten"
    lijn.add_data(Reference(wt, min_col=2, max_col=2, min_row=1, max_row=1 + len(reeks)), titles_from_data=True)
    lijn.set_categories(Reference(wt, min_col=1, min_row=2, max_row=1 + len(reeks)))
    lijn.series[0].smooth = False  # een gladde lijn zakt tussen kwartalen onder nul
    lijn.width, lijn.height = 22, 8
    wt.add_chart(lijn, f"{grafiekkolom}24")

    wi = wb.create_sheet("Incidenten")
    klasse = profiel.classificatie
    kolommen = ["Incident", "Datum", "Afdeling", "Kanaal", klasse.capitalize(), "Vorm", "Maatregel", "Status"]
    if met_namen:
        kolommen += ["Persoon", "Naam", "Melder", "Betrokken medewerkers"]
    wi.append(kolommen)
    for cel in wi[1]:
        cel.font, cel.fill = kop_font, kop_fill
    per_incident: dict[Any, list[str]] = {}
    labels = {k: soort.label for k, soort in profiel.soorten.items()}  # wat het MT leest, niet de interne sleutel
    for m in register.maatregelen:
        if m.get("status") == "vervangen":
            continue  # de brief die hem verving staat er wel (zoals in de cijfers)
        soort = str(m.get("soort"))
        per_incident.setdefault(m.get("incident"), []).append(labels.get(soort) or str(m.get("label") or soort))
    rijnummer = 1  # zelf bijhouden: ws.max_row doorloopt elke keer alle cellen (kwadratisch bij 100.000 incidenten)
    for i in sorted(
        (i for i in register.incidenten if in_periode(i.get("datum"), periode) and i.get("status") != "vervallen"),
        key=lambda i: (i["datum"], str(i.get("incident"))),
    ):
        cellen: list[Any] = [
            i.get("incident"),
            i["datum"],
            i.get("afdeling"),
            i.get("kanaal"),
            i.get(klasse),
            ", ".join(i.get("vorm") or []),
            ", ".join(per_incident.get(i.get("incident"), [])),
            i.get("status"),
        ]
        if met_namen:
            cellen += [i.get("persoon"), i.get("naam"), i.get("melder"), ", ".join(i.get("medewerker") or [])]
        wi.append(cellen)
        rijnummer += 1
        wi.cell(rijnummer, 2).number_format = "DD-MM-YYYY"
        if len(cellen[6]) > 38:  # meer maatregelen dan de kolom breed is: over meer regels, niet afgesneden
            wi.cell(rijnummer, 7).alignment = Alignment(wrap_text=True, vertical="top")
            wi.row_dimensions[rijnummer].height = REGELHOOGTE * _regels(cellen[6], 40)
        for nummer, waarde in enumerate(cellen, start=1):  # niet wi[rijnummer]: dat zoekt elke keer de laatste kolom
            if isinstance(waarde, str):
                wi.cell(rijnummer, nummer).data_type = "s"
    for kolom, breedte in zip("ABCDEFGHIJKL", (11, 12, 18, 16, 12, 24, 40, 18, 9, 24, 20, 30), strict=True):
        wi.column_dimensions[kolom].width = breedte
    wi.freeze_panes = "A2"
    wi.auto_filter.ref = f"A1:{chr(ord('A') + len(kolommen) - 1)}{max(rijnummer, 2)}"

    # Cellen zonder eigen opmaak krijgen ook een lettertype met naam. Alleen de kleine bladen: op het blad Incidenten
    # (tot 100.000 rijen) heeft elke cel het standaardlettertype van openpyxl, en dat heeft al een naam (Calibri).
    for blad in (ws, wt):
        for rij in blad.iter_rows():
            for cel in rij:
                if cel.value is not None and cel.font.name != LETTER:
                    cel.font = _Font(
                        name=LETTER,
                        bold=cel.font.bold,
                        italic=cel.font.italic,
                        size=cel.font.size or 11,
                        color=cel.font.color,
                    )
    for blad in (ws, wt, wi):  # afdrukken en PDF: één pagina breed, liggend, de kopregel op elke pagina
        blad.print_title_rows = "1:1" if blad is not ws else "4:4"
        blad.page_setup.orientation = "landscape"
        blad.page_setup.paperSize = blad.PAPERSIZE_A4
        blad.sheet_properties.pageSetUpPr.fitToPage = True
        blad.page_setup.fitToWidth, blad.page_setup.fitToHeight = 1, 0
    doel.parent.mkdir(parents=True, exist_ok=True)
    stap()
    with atomisch(doel) as tijdelijk:
        wb.save(tijdelijk)
    if huidig_loopt:
        huidig["voorlopig"] = True
    huidig["vorige_periode"] = vorige
    huidig["jaar_eerder"] = eerder
    huidig["trend"] = reeks
    stap()
    return huidig
