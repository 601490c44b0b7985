"""Het kwartaaloverzicht voor het MT (Geertruidenberg 4.2): kengetallen, trend en incidenten, zonder namen."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from agressie_cli.datums import plus_maanden, voluit
from agressie_cli.fouten import InvoerFout
from agressie_cli.profiel import KANALEN, VORMEN, Profiel
from agressie_cli.register import Register

GEEN_SCHADE = {"", "nee", "geen", "n", "nvt", "n.v.t.", "-"}
SCHADE = {"letsel": "lichamelijk letsel", "psychisch": "psychische klachten", "materiele_schade": "materiële schade"}


@dataclass(frozen=True)
class Periode:
    naam: str
    van: date
    tot: date

    def vorige(self) -> "Periode":
        if "-Q" in self.naam:
            return kwartaal_van(plus_maanden(self.van, -3))
        return jaar(self.van.year - 1)

    def jaar_eerder(self) -> "Periode":
        if "-Q" in self.naam:
            return kwartaal_van(plus_maanden(self.van, -12))
        return jaar(self.van.year - 1)

    def omschrijving(self) -> str:
        return f"{self.naam} ({voluit(self.van)} tot en met {voluit(self.tot)})"


def kwartaal_van(d: date) -> Periode:
    k = (d.month - 1) // 3 + 1
    van = date(d.year, 3 * (k - 1) + 1, 1)
    return Periode(f"{d.year}-Q{k}", van, plus_maanden(van, 3) - timedelta(days=1))


def jaar(j: int) -> Periode:
    return Periode(str(j), date(j, 1, 1), date(j, 12, 31))


def lees_periode(kwartaal: str | None, jaartal: str | None) -> Periode:
    if kwartaal and jaartal:
        raise InvoerFout("Geef --kwartaal of --jaar, niet allebei.")
    if kwartaal:
        m = re.fullmatch(r"\s*(\d{4})-?[Qq]([1-4])\s*", kwartaal)
        if not m:
            raise InvoerFout(f"--kwartaal: '{kwartaal}' is geen kwartaal. Gebruik JJJJ-QN met N van 1 tot 4, bijvoorbeeld 2026-Q3.")
        return kwartaal_van(date(int(m.group(1)), 3 * (int(m.group(2)) - 1) + 1, 1))
    if jaartal:
        if not re.fullmatch(r"\s*\d{4}\s*", jaartal):
            raise InvoerFout(f"--jaar: '{jaartal}' is geen jaartal, bijvoorbeeld 2026.")
        return jaar(int(jaartal))
    raise InvoerFout("Geef een periode: --kwartaal 2026-Q3 of --jaar 2026.")


def _in(d, periode: Periode) -> bool:
    return isinstance(d, date) and periode.van <= d <= periode.tot


def _heeft_schade(waarde) -> bool:
    return waarde is not None and str(waarde).strip().lower() not in GEEN_SCHADE


def cijfers(register: Register, profiel: Profiel, periode: Periode, peildatum: date | None = None) -> dict:
    """Alleen aantallen; geen naam of omschrijving komt hier in."""
    peildatum = peildatum or date.today()
    incidenten = [i for i in register.incidenten if _in(i.get("datum"), periode)]
    maatregelen = [m for m in register.maatregelen if _in(m.get("datum"), periode)]
    per_incident: dict[str, list[dict]] = {}
    for m in register.maatregelen:
        per_incident.setdefault(m.get("incident"), []).append(m)
    klasse = profiel.classificatie
    vormen = Counter(v for i in incidenten for v in (i.get("vorm") or []))
    per_persoon = Counter(i.get("persoon") for i in incidenten if i.get("persoon"))
    termijn = profiel.reactietermijn_dagen
    te_laat = 0
    for i in incidenten:
        data = [m["datum"] for m in per_incident.get(i.get("incident"), []) if isinstance(m.get("datum"), date)]
        uiterlijk = i["datum"] + timedelta(days=termijn)
        if (data and min(data) > uiterlijk) or (not data and peildatum > uiterlijk):
            te_laat += 1
    return {
        "periode": periode.naam,
        "van": periode.van.isoformat(),
        "tot": periode.tot.isoformat(),
        "incidenten": len(incidenten),
        "per_vorm": {v: vormen.get(v, 0) for v in VORMEN},
        f"per_{klasse}": {k: sum(1 for i in incidenten if i.get(klasse) == k) for k in profiel.klassen},
        "per_kanaal": {k: sum(1 for i in incidenten if i.get("kanaal") == k) for k in KANALEN},
        "per_afdeling": dict(sorted(Counter(str(i.get("afdeling") or "(onbekend)") for i in incidenten).items())),
        "maatregelen": {s: sum(1 for m in maatregelen if m.get("soort") == s) for s in profiel.soorten},
        "politie": sum(1 for i in incidenten if i.get("politie") is True),
        "aangifte": sum(1 for i in incidenten if i.get("aangifte") is True),
        "schade": {label: sum(1 for i in incidenten if _heeft_schade(i.get(veld))) for veld, label in SCHADE.items()},
        "herhaalde_personen": sum(1 for n in per_persoon.values() if n > 1),
        "te_laat": te_laat,
        "open": sum(1 for i in incidenten if i.get("status") in ("gemeld", "compleet")),
    }


def rijen_samenvatting(huidig: dict, vorige: dict, eerder: dict, profiel: Profiel) -> list[tuple[str, object, object, object, bool]]:
    """(kengetal, nu, vorige periode, jaar eerder, is_kop)."""
    rijen: list[tuple] = [("Incidenten", huidig["incidenten"], vorige["incidenten"], eerder["incidenten"], False)]

    def groep(titel: str, sleutel: str, labels: dict | None = None):
        rijen.append((titel, None, None, None, True))
        for k in huidig[sleutel]:
            naam = (labels or {}).get(k, k)
            rijen.append((f"  {naam}", huidig[sleutel].get(k, 0), vorige[sleutel].get(k, 0), eerder[sleutel].get(k, 0), False))

    klasse = profiel.classificatie
    groep("Naar vorm", "per_vorm")
    groep(f"Naar {klasse}", f"per_{klasse}", profiel.klassen)
    groep("Naar kanaal", "per_kanaal")
    rijen.append(("Naar afdeling", None, None, None, True))
    for afdeling in sorted(set(huidig["per_afdeling"]) | set(vorige["per_afdeling"]) | set(eerder["per_afdeling"])):
        rijen.append((f"  {afdeling}", huidig["per_afdeling"].get(afdeling, 0), vorige["per_afdeling"].get(afdeling, 0),
                      eerder["per_afdeling"].get(afdeling, 0), False))
    groep("Maatregelen naar soort", "maatregelen", {k: s.label for k, s in profiel.soorten.items()})
    rijen.append(("Politie en schade", None, None, None, True))
    rijen.append(("  Politie ingeschakeld", huidig["politie"], vorige["politie"], eerder["politie"], False))
    rijen.append(("  Aangifte gedaan", huidig["aangifte"], vorige["aangifte"], eerder["aangifte"], False))
    for label in huidig["schade"]:
        rijen.append((f"  Schade: {label}", huidig["schade"][label], vorige["schade"][label], eerder["schade"][label], False))
    rijen.append(("Opvolging", None, None, None, True))
    rijen.append(("  Personen met meer dan één incident", huidig["herhaalde_personen"], vorige["herhaalde_personen"], eerder["herhaalde_personen"], False))
    rijen.append(("  Maatregel later dan een week na het incident", huidig["te_laat"], vorige["te_laat"], eerder["te_laat"], False))
    rijen.append(("  Nog open (geen maatregel besloten)", huidig["open"], vorige["open"], eerder["open"], False))
    return rijen


def trend(register: Register, profiel: Profiel, periode: Periode, aantal: int = 8) -> list[dict]:
    kwartalen = [kwartaal_van(plus_maanden(periode.tot, -3 * i)) for i in range(aantal - 1, -1, -1)]
    klasse = profiel.classificatie
    uitkomst = []
    for k in kwartalen:
        incidenten = [i for i in register.incidenten if _in(i.get("datum"), k)]
        rij = {"kwartaal": k.naam, "totaal": len(incidenten)}
        for waarde in profiel.klassen:
            rij[waarde] = sum(1 for i in incidenten if i.get(klasse) == waarde)
        uitkomst.append(rij)
    return uitkomst


def schrijf_werkboek(register: Register, profiel: Profiel, gemeente: str, periode: Periode, doel: Path,
                     met_namen: bool = False, peildatum: date | None = None, voortgang=None) -> dict:
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, LineChart, Reference
    from openpyxl.styles import Alignment, Font, PatternFill

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
    koppen = ["Kengetal", periode.naam, f"{periode.vorige().naam} (vorige)", f"{periode.jaar_eerder().naam} (jaar eerder)"]
    ws.append([])
    ws.append(koppen)
    for cel in ws[4]:
        cel.font, cel.fill = kop_font, kop_fill
        cel.alignment = Alignment(horizontal="center", wrap_text=True)
    for naam, nu, vorig, jaar_eerder, is_kop in rijen_samenvatting(huidig, vorige, eerder, profiel):
        ws.append([naam, nu, vorig, jaar_eerder])
        if is_kop:
            for cel in ws[ws.max_row]:
                cel.font, cel.fill = Font(bold=True), groep_fill
    ws.column_dimensions["A"].width = 48
    for kolom in "BCD":
        ws.column_dimensions[kolom].width = 20
    ws.row_dimensions[4].height = 32
    ws.freeze_panes = "B5"
    ws.sheet_view.showGridLines = False

    wt = wb.create_sheet("Trend")
    reeks = trend(register, profiel, periode)
    stap()
    klassen = list(profiel.klassen)
    wt.append(["Kwartaal", "Totaal", *klassen])
    for cel in wt[1]:
        cel.font, cel.fill = kop_font, kop_fill
    for rij in reeks:
        wt.append([rij["kwartaal"], rij["totaal"], *[rij[k] for k in klassen]])
    wt.column_dimensions["A"].width = 12
    staaf = BarChart()
    staaf.type, staaf.grouping, staaf.overlap = "col", "stacked", 100
    staaf.title = f"Incidenten per kwartaal naar {profiel.classificatie}"
    staaf.y_axis.title, staaf.x_axis.title = "Aantal", "Kwartaal"
    staaf.add_data(Reference(wt, min_col=3, max_col=2 + len(klassen), min_row=1, max_row=1 + len(reeks)), titles_from_data=True)
    staaf.set_categories(Reference(wt, min_col=1, min_row=2, max_row=1 + len(reeks)))
    staaf.width, staaf.height = 22, 10
    wt.add_chart(staaf, f"{chr(ord('A') + len(klassen) + 3)}2")
    lijn = LineChart()
    lijn.title = "Totaal aantal incidenten"
    lijn.add_data(Reference(wt, min_col=2, max_col=2, min_row=1, max_row=1 + len(reeks)), titles_from_data=True)
    lijn.set_categories(Reference(wt, min_col=1, min_row=2, max_row=1 + len(reeks)))
    lijn.series[0].smooth = False  # een gladde lijn zakt tussen kwartalen onder nul
    lijn.width, lijn.height = 22, 8
    wt.add_chart(lijn, f"{chr(ord('A') + len(klassen) + 3)}24")

    wi = wb.create_sheet("Incidenten")
    klasse = profiel.classificatie
    kolommen = ["Incident", "Datum", "Afdeling", "Kanaal", klasse.capitalize(), "Vorm", "Maatregel", "Status"]
    if met_namen:
        kolommen += ["Persoon", "Naam", "Melder", "Betrokken medewerkers"]
    wi.append(kolommen)
    for cel in wi[1]:
        cel.font, cel.fill = kop_font, kop_fill
    per_incident: dict[str, list[str]] = {}
    for m in register.maatregelen:
        per_incident.setdefault(m.get("incident"), []).append(str(m.get("soort")))
    rijnummer = 1  # zelf bijhouden: ws.max_row doorloopt elke keer alle cellen (kwadratisch bij 100.000 incidenten)
    for i in sorted((i for i in register.incidenten if _in(i.get("datum"), periode)), key=lambda i: (i["datum"], str(i.get("incident")))):
        rij = [i.get("incident"), i["datum"], i.get("afdeling"), i.get("kanaal"), i.get(klasse), ", ".join(i.get("vorm") or []),
               ", ".join(per_incident.get(i.get("incident"), [])), i.get("status")]
        if met_namen:
            rij += [i.get("persoon"), i.get("naam"), i.get("melder"), ", ".join(i.get("medewerker") or [])]
        wi.append(rij)
        rijnummer += 1
        wi.cell(rijnummer, 2).number_format = "DD-MM-YYYY"
        for cel in wi[rijnummer]:
            if isinstance(cel.value, str):
                cel.data_type = "s"
    for kolom, breedte in zip("ABCDEFGHIJKL", (11, 12, 18, 16, 12, 24, 24, 18, 9, 24, 20, 30)):
        wi.column_dimensions[kolom].width = breedte
    wi.freeze_panes = "A2"
    wi.auto_filter.ref = f"A1:{chr(ord('A') + len(kolommen) - 1)}{max(rijnummer, 2)}"

    for blad in (ws, wt, wi):  # afdrukken en PDF: één pagina breed, liggend
        blad.page_setup.orientation = "landscape"
        blad.page_setup.paperSize = blad.PAPERSIZE_A4
        blad.sheet_properties.pageSetUpPr.fitToPage = True
        blad.page_setup.fitToWidth, blad.page_setup.fitToHeight = 1, 0
    doel.parent.mkdir(parents=True, exist_ok=True)
    tijdelijk = doel.with_name(f".{doel.stem}.tmp.xlsx")
    stap()
    wb.save(tijdelijk)
    import os

    os.replace(tijdelijk, doel)
    huidig["vorige_periode"] = vorige
    huidig["jaar_eerder"] = eerder
    huidig["trend"] = reeks
    stap()
    return huidig
