"""Wie heeft het register open in Excel of LibreOffice? Dan schrijft agressie niet: bij het opslaan zou Excel
de wijzigingen van agressie overschrijven (of agressie die van Excel)."""

from __future__ import annotations

import contextlib
from pathlib import Path


def eigenaar_van_slot(register_pad: Path) -> str | None:
    """Wie heeft het register open? Excel schrijft '~$register.xlsx', LibreOffice '.~lock.register.xlsx#'."""
    pad = slotbestand(register_pad)
    if pad is None:
        return None
    if pad.name.startswith("~$"):
        return _naam_uit_excel_slot(pad)
    try:
        return pad.read_text(encoding="utf-8", errors="replace").split(",")[1].strip() or "onbekende gebruiker"
    except (OSError, IndexError):
        return "onbekende gebruiker"


def slotbestand(register_pad: Path) -> Path | None:
    """Het eigenaarsbestand van Excel of LibreOffice naast het register, als het er is."""
    for pad in (
        register_pad.with_name("~$" + register_pad.name),
        register_pad.with_name(f".~lock.{register_pad.name}#"),
    ):
        if pad.exists():
            return pad
    return None


def _naam_uit_excel_slot(pad: Path) -> str:
    # Het eigenaarsbestand van Excel: byte 0 de lengte van de naam, dan de naam in ANSI;
    # vanaf byte 54 nog eens de lengte (2 bytes) en de naam in UTF-16.
    try:
        data = pad.read_bytes()
    except OSError:
        return "onbekende gebruiker"
    with contextlib.suppress(Exception):
        lengte = int.from_bytes(data[54:56], "little")
        if 0 < lengte <= 54:
            naam = data[56 : 56 + 2 * lengte].decode("utf-16-le").strip()
            if naam and naam.isprintable():
                return naam
    with contextlib.suppress(Exception):
        lengte = data[0]
        naam = data[1 : 1 + lengte].decode("cp1252").strip()
        if naam and naam.isprintable():
            return naam
    return "onbekende gebruiker"
