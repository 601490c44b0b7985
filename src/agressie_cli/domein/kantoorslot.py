"""Wie heeft een bestand open in Excel, Word of LibreOffice? Dan schrijft agressie het niet: bij het opslaan zou
Excel de wijzigingen van agressie overschrijven (of agressie die van Excel), en een brief die open staat in Word
kan op Windows niet vervangen worden."""

from __future__ import annotations

import contextlib
from pathlib import Path

from agressie_cli.domein.fouten import Afsluitcode, AgressieFout


def eigenaar_van_slot(bestand: Path) -> str | None:
    """Wie heeft het bestand open? Excel schrijft '~$register.xlsx', LibreOffice '.~lock.register.xlsx#'."""
    pad = slotbestand(bestand)
    if pad is None:
        return None
    if pad.name.startswith("~$"):
        return _naam_uit_excel_slot(pad)
    try:
        return pad.read_text(encoding="utf-8", errors="replace").split(",")[1].strip() or "onbekende gebruiker"
    except (OSError, IndexError):
        return "onbekende gebruiker"


def weiger_als_geopend(bestand: Path, wat: str) -> None:
    """Een bestand dat iemand open heeft, vervangt agressie niet: op Windows lukt dat niet, en Excel of Word zou bij
    het opslaan de nieuwe versie overschrijven. `wat`: "Het rapport 'x.xlsx'", "De brief 'x.docx'"."""
    eigenaar = eigenaar_van_slot(bestand) if bestand.exists() else None
    if eigenaar:
        raise AgressieFout(
            f"{wat} is geopend door {eigenaar} (in Excel, Word of LibreOffice). Er is niets gewijzigd. Sluit het "
            "bestand en probeer het daarna opnieuw.",
            code=Afsluitcode.FOUT,
        )


def slotbestand(bestand: Path) -> Path | None:
    """Het eigenaarsbestand van Excel, Word of LibreOffice naast het bestand, als het er is. Word vervangt bij een
    lange naam de eerste twee tekens door '~$' ('~$26-0001-waarschuwing-Jansen.docx'), Excel zet '~$' ervoor."""
    for pad in (
        bestand.with_name("~$" + bestand.name),
        bestand.with_name("~$" + bestand.name[2:]),
        bestand.with_name(f".~lock.{bestand.name}#"),
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
