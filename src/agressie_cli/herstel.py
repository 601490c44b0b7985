"""Reservekopieën bekijken en terugzetten; een beschadigd register blijft bewaard naast het herstelde."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from agressie_cli.fouten import InvoerFout, RegisterFout
from agressie_cli.register import ExcelOpslag


@dataclass
class Kopie:
    nummer: int
    pad: Path
    tijdstip: datetime
    grootte: int
    leesbaar: bool
    incidenten: int | None


def kopieen(opslag: ExcelOpslag) -> list[Kopie]:
    uitkomst = []
    for i, pad in enumerate(opslag.backups(), start=1):
        try:
            register = ExcelOpslag(pad, opslag.profiel, cache=False).lees()
            leesbaar, aantal = True, len(register.incidenten)
        except Exception:
            leesbaar, aantal = False, None
        uitkomst.append(Kopie(i, pad, datetime.fromtimestamp(pad.stat().st_mtime), pad.stat().st_size, leesbaar, aantal))
    return uitkomst


def kies_kopie(opslag: ExcelOpslag, keuze: str | None) -> Kopie:
    lijst = kopieen(opslag)
    if not lijst:
        raise RegisterFout("Er zijn geen reservekopieën in de map 'reservekopieen'.")
    if keuze is None:
        goed = [k for k in lijst if k.leesbaar]
        if not goed:
            raise RegisterFout("Geen van de reservekopieën is leesbaar.")
        return goed[0]
    for kopie in lijst:
        if keuze == str(kopie.nummer) or keuze in (kopie.pad.name, str(kopie.pad)):
            if not kopie.leesbaar:
                raise InvoerFout(f"Reservekopie {kopie.pad.name} is zelf beschadigd; kies een andere (agressie herstel --lijst).")
            return kopie
    raise InvoerFout(f"Reservekopie '{keuze}' bestaat niet. Bekijk de lijst met: agressie herstel --lijst")


def herstel(opslag: ExcelOpslag, keuze: str | None) -> tuple[Kopie, Path | None]:
    """Zet een reservekopie terug. Het huidige register (heel of beschadigd) blijft bewaard."""
    with opslag.slot():
        opslag._weiger_als_geopend()
        kopie = kies_kopie(opslag, keuze)
        apart = None
        if opslag.pad.exists():
            stempel = f"{datetime.now():%Y%m%d-%H%M%S}"
            if opslag.is_leesbaar(opslag.pad):
                apart = opslag.maak_backup("voor-herstel")
            else:
                apart = opslag.pad.with_name(f"{opslag.pad.stem}.beschadigd-{stempel}{opslag.pad.suffix}")
                shutil.move(str(opslag.pad), apart)
        tijdelijk = opslag.pad.with_name(f".{opslag.pad.stem}-herstel.tmp")
        shutil.copy2(kopie.pad, tijdelijk)
        tijdelijk.replace(opslag.pad)
    return kopie, apart
