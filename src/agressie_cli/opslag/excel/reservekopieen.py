"""Reservekopieën van het register: vóór elke schrijfactie één, de laatste 30 blijven. Terugzetten bewaart het
huidige register (heel of beschadigd) apart, zodat ook terugzetten terug te draaien is."""

from __future__ import annotations

import contextlib
import csv
import re
import shutil
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from agressie_cli.domein import nederlands
from agressie_cli.domein.bestanden import atomisch
from agressie_cli.domein.fouten import InvoerFout, RegisterFout
from agressie_cli.opslag import Reservekopie

MAP = "reservekopieen"
BEWAARD = 30


def maak(register_pad: Path, soort: str = "", behalve: Path | None = None) -> Path | None:
    """`behalve`: een kopie die niet weg mag (de kopie die `herstel` gaat terugzetten, ook als het de oudste is)."""
    if not register_pad.exists():
        return None
    map_ = register_pad.parent / MAP
    map_.mkdir(exist_ok=True)
    doel = map_ / f"{register_pad.stem}-{datetime.now():%Y%m%d-%H%M%S-%f}{'-' + soort if soort else ''}.xlsx"
    with atomisch(doel) as tijdelijk:  # een schijf die vol raakt, laat geen halve kopie achter
        shutil.copy2(register_pad, tijdelijk)
    for oud in sorted(map_.glob(f"{register_pad.stem}-*.xlsx"))[:-BEWAARD]:
        if behalve is not None and oud == behalve:
            continue
        with contextlib.suppress(OSError):
            oud.unlink()
    return doel


def bestanden(register_pad: Path) -> list[Path]:
    """Nieuwste eerst."""
    map_ = register_pad.parent / MAP
    return sorted(map_.glob(f"{register_pad.stem}-*.xlsx"), reverse=True) if map_.is_dir() else []


def lijst(register_pad: Path, tel: Callable[[Path], int] | None, logboek: Path | None = None) -> list[Reservekopie]:
    """De reservekopieën, nieuwste eerst; `tel` leest er één (zonder snelle kopie) om te zien of hij heel is en geeft
    het aantal incidenten (None: niet lezen; leesbaar en incidenten blijven None). Met het
    logboek erbij: welke handeling na elke kopie kwam (de kopie wordt gemaakt vlak voordat die bewaard wordt)."""
    regels = logregels(logboek)
    uitkomst = []
    for i, pad in enumerate(bestanden(register_pad), start=1):
        leesbaar: bool | None
        leesbaar, aantal = None, None
        if tel is not None:
            leesbaar, aantal = _tel(pad, tel)
        gemaakt = _tijdstip(pad)
        uitkomst.append(
            Reservekopie(
                i,
                pad,
                gemaakt,
                pad.stat().st_size,
                leesbaar,
                aantal,
                _opgeschoond_sinds(gemaakt, regels),
                _handeling(pad, gemaakt, regels),
            )
        )
    return uitkomst


def _tel(pad: Path, tel: Callable[[Path], int]) -> tuple[bool, int | None]:
    try:
        return True, tel(pad)
    except Exception:
        return False, None


def gelezen(kopie: Reservekopie, tel: Callable[[Path], int]) -> Reservekopie:
    """Een kopie uit een lijst zonder lezen, nu gelezen (3.5: het web leest alleen de gekozen kopie)."""
    import dataclasses

    leesbaar, aantal = _tel(kopie.pad, tel)
    return dataclasses.replace(kopie, leesbaar=leesbaar, incidenten=aantal)


def _tijdstip(pad: Path) -> datetime:
    """Uit de naam (register-20261124-103200-123456.xlsx); anders de wijzigingstijd (een kopie kopieert die mee)."""
    return _uit_naam(pad.name) or datetime.fromtimestamp(pad.stat().st_mtime)


_TIJD_IN_NAAM = re.compile(r"(\d{8}-\d{6}-\d{6})")


def _uit_naam(naam: str) -> datetime | None:
    """Het tijdstip in de naam van een kopie; ook als het register zelf een streepje in zijn naam heeft."""
    gevonden = _TIJD_IN_NAAM.search(naam)
    if gevonden is None:
        return None
    try:
        return datetime.strptime(gevonden.group(1), "%Y%m%d-%H%M%S-%f")
    except ValueError:
        return None


def logregels(logboek: Path | None) -> list[list[str]]:
    if logboek is None or not logboek.is_file():
        return []
    with contextlib.suppress(OSError, UnicodeDecodeError), open(logboek, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f, delimiter=";"))[1:]
    return []


def _opgeschoond_sinds(gemaakt: datetime, regels: list[list[str]]) -> bool:
    """Kwam er na het maken van deze kopie een 'opschonen'? Elke logregel noemt de kopie die vlak vóór de handeling
    gemaakt is (vijfde kolom): is die van opschonen even oud of nieuwer dan deze kopie, dan is deze kopie van vóór
    het opschonen. Het tijdstip van de regel zelf zegt dat niet zeker: de regel krijgt zijn tijd vóór de kopie
    gemaakt wordt, soms in de seconde ervoor. Oudere logboeken zonder vijfde kolom: op het tijdstip, met marge."""
    for regel in regels:
        if len(regel) <= 2 or regel[2] != "opschonen":
            continue
        kopie_vooraf = _uit_naam(regel[4]) if len(regel) > 4 else None
        if kopie_vooraf is not None:
            if kopie_vooraf >= gemaakt:
                return True
            continue
        with contextlib.suppress(ValueError):
            if datetime.strptime(regel[0], "%Y-%m-%d %H:%M:%S") >= gemaakt.replace(microsecond=0) - timedelta(
                seconds=2
            ):
                return True
    return False


def _handeling(pad: Path, gemaakt: datetime, regels: list[list[str]]) -> str:
    """'vóór melden 2026-0009 door jjansen, 24-11-2026 10.32': de logregels die deze kopie noemen (de schrijfactie
    waar hij vlak vóór gemaakt werd). Kopieën vóór een migratie of herstel zeggen dat zelf."""
    for soort, tekst in (("voor-herstel", "vóór herstel"), ("voor-migratie", "vóór bijwerken van het schema")):
        if soort in pad.stem:
            return f"{tekst}, {nederlands.moment_kort(gemaakt)}"
    bij = [r for r in regels if len(r) > 4 and r[4] == pad.name]
    if not bij:
        return ""
    acties = ", ".join(dict.fromkeys(f"{r[2]} {r[3]}".strip() for r in bij))
    return f"vóór {acties} door {bij[-1][1]}, {nederlands.moment_kort(gemaakt)}"


def kies(
    kopieen: list[Reservekopie], keuze: str | None, lees: Callable[[Reservekopie], Reservekopie] | None = None
) -> Reservekopie:
    """De gekozen kopie; uit een lijst zonder lezen leest `lees` alleen die kopie (3.5)."""
    if not kopieen:
        raise RegisterFout("Er zijn geen reservekopieën in de map 'reservekopieen'.")
    if keuze is None:
        goed = [k for k in kopieen if k.leesbaar]
        if not goed:
            raise RegisterFout("Geen van de reservekopieën is leesbaar.")
        return goed[0]
    for kopie in kopieen:
        # Windows kent geen verschil tussen hoofdletters en kleine letters in bestandsnamen.
        if keuze == str(kopie.nummer) or keuze.casefold() in (kopie.pad.name.casefold(), str(kopie.pad).casefold()):
            if kopie.leesbaar is None and lees is not None:
                kopie = lees(kopie)
            if not kopie.leesbaar:
                raise InvoerFout(
                    f"Reservekopie {kopie.pad.name} is zelf beschadigd; kies een andere (agressie herstel --lijst)."
                )
            return kopie
    raise InvoerFout(f"Reservekopie '{keuze}' bestaat niet. Bekijk de lijst met: agressie herstel --lijst")


def zet_apart(register_pad: Path, heel: bool, terug_te_zetten: Path) -> Path:
    """Het huidige register vóór het terugzetten: heel als reservekopie, beschadigd onder een eigen naam ernaast."""
    if heel:
        apart = maak(register_pad, "voor-herstel", behalve=terug_te_zetten)
        assert apart is not None
        return apart
    apart = register_pad.with_name(
        f"{register_pad.stem}.beschadigd-{datetime.now():%Y%m%d-%H%M%S}{register_pad.suffix}"
    )
    # Kopiëren, niet verplaatsen: tot het terugzetten het register in één stap vervangt, blijft er een register staan
    # (een afgebroken herstel liet anders geen register achter), en op Windows lukt verplaatsen niet als Excel het
    # beschadigde bestand nog open heeft.
    shutil.copy2(register_pad, apart)
    return apart


def kopieer_terug(kopie: Reservekopie, register_pad: Path) -> None:
    with atomisch(register_pad) as tijdelijk:
        shutil.copy2(kopie.pad, tijdelijk)
