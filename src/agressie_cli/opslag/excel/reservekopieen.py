"""Reservekopieën van het register: vóór elke schrijfactie één, de laatste 30 blijven. Terugzetten bewaart het
huidige register (heel of beschadigd) apart, zodat ook terugzetten terug te draaien is."""

from __future__ import annotations

import contextlib
import shutil
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from agressie_cli.domein.bestanden import atomisch
from agressie_cli.domein.fouten import InvoerFout, RegisterFout
from agressie_cli.opslag import Hersteld, Reservekopie

if TYPE_CHECKING:
    from agressie_cli.opslag.excel.opslag import ExcelOpslag

MAP = "reservekopieen"
BEWAARD = 30


def maak(register_pad: Path, soort: str = "") -> Path | None:
    if not register_pad.exists():
        return None
    map_ = register_pad.parent / MAP
    map_.mkdir(exist_ok=True)
    doel = map_ / f"{register_pad.stem}-{datetime.now():%Y%m%d-%H%M%S-%f}{'-' + soort if soort else ''}.xlsx"
    shutil.copy2(register_pad, doel)
    for oud in sorted(map_.glob(f"{register_pad.stem}-*.xlsx"))[:-BEWAARD]:
        with contextlib.suppress(OSError):
            oud.unlink()
    return doel


def bestanden(register_pad: Path) -> list[Path]:
    """Nieuwste eerst."""
    map_ = register_pad.parent / MAP
    return sorted(map_.glob(f"{register_pad.stem}-*.xlsx"), reverse=True) if map_.is_dir() else []


def lijst(opslag: ExcelOpslag) -> list[Reservekopie]:
    from agressie_cli.opslag.excel.opslag import ExcelOpslag

    uitkomst = []
    for i, pad in enumerate(bestanden(opslag.pad), start=1):
        try:
            register = ExcelOpslag(pad, opslag.profiel, cache=False).lees()
            leesbaar, aantal = True, len(register.incidenten)
        except Exception:
            leesbaar, aantal = False, None
        uitkomst.append(Reservekopie(i, pad, datetime.fromtimestamp(pad.stat().st_mtime), pad.stat().st_size, leesbaar, aantal))
    return uitkomst


def kies(opslag: ExcelOpslag, keuze: str | None) -> Reservekopie:
    kopieen = lijst(opslag)
    if not kopieen:
        raise RegisterFout("Er zijn geen reservekopieën in de map 'reservekopieen'.")
    if keuze is None:
        goed = [k for k in kopieen if k.leesbaar]
        if not goed:
            raise RegisterFout("Geen van de reservekopieën is leesbaar.")
        return goed[0]
    for kopie in kopieen:
        if keuze == str(kopie.nummer) or keuze in (kopie.pad.name, str(kopie.pad)):
            if not kopie.leesbaar:
                raise InvoerFout(f"Reservekopie {kopie.pad.name} is zelf beschadigd; kies een andere (agressie herstel --lijst).")
            return kopie
    raise InvoerFout(f"Reservekopie '{keuze}' bestaat niet. Bekijk de lijst met: agressie herstel --lijst")


def zet_terug(opslag: ExcelOpslag, keuze: str | None) -> Hersteld:
    """Zet een reservekopie terug. Het huidige register (heel of beschadigd) blijft bewaard."""
    pad = opslag.pad
    with opslag.slot():
        opslag._weiger_als_geopend()
        kopie = kies(opslag, keuze)
        apart = None
        if pad.exists():
            if opslag.is_leesbaar(pad):
                apart = opslag.maak_backup("voor-herstel")
            else:
                apart = pad.with_name(f"{pad.stem}.beschadigd-{datetime.now():%Y%m%d-%H%M%S}{pad.suffix}")
                shutil.move(str(pad), apart)
        with atomisch(pad) as tijdelijk:
            shutil.copy2(kopie.pad, tijdelijk)
    return Hersteld(kopie, apart)
