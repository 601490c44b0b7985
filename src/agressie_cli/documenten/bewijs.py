"""Bewijs kopiëren naar bewijs/<incident>/ naast het register (3.4), met de SHA-256 van wat er echt staat. Nooit
buiten die map: de naam komt uit domein/bewijs.veilige_naam (geen map, geen '..'), en de map zelf mag geen koppeling
(symlink, junction) naar elders zijn."""

from __future__ import annotations

import hashlib
from pathlib import Path

from agressie_cli.domein.bestanden import atomisch
from agressie_cli.domein.bewijs import MAP, MAX_MB
from agressie_cli.domein.fouten import InvoerFout


def lees_bron(pad: Path) -> bytes:
    """Het bestand dat de gebruiker opgaf (hoogstens MAX_MB + 1 byte gelezen)."""
    if not pad.is_file():
        raise InvoerFout(f"Het bestand {pad.name} bestaat niet of is geen bestand. Er is niets vastgelegd.")
    with pad.open("rb") as f:
        return f.read(MAX_MB * 1024 * 1024 + 1)


def sha256(inhoud: bytes) -> str:
    return hashlib.sha256(inhoud).hexdigest()


def incidentmap(map_pad: Path, incident: str) -> Path:
    """bewijs/<incident>/ binnen de map van het register, of een InvoerFout als dat pad buiten die map uitkomt."""
    if not incident or any(c in incident for c in "/\\.:") or incident != incident.strip():
        raise InvoerFout("Geen geldig incidentnummer voor een map van bewijs.")
    wortel = map_pad.resolve()
    doel = map_pad / MAP / incident
    if not doel.resolve().is_relative_to(wortel / MAP):  # een koppeling naar elders
        raise InvoerFout(f"De map {MAP}/ wijst buiten de map van het register; agressie schrijft daar niet.")
    return doel


def schrijf(doelmap: Path, naam: str, inhoud: bytes) -> Path:
    doelmap.mkdir(parents=True, exist_ok=True)
    doel = doelmap / naam
    if doel.resolve().parent != doelmap.resolve() or doel.is_symlink():
        raise InvoerFout("Die naam komt buiten de map van het bewijs uit. Er is niets vastgelegd.")
    with atomisch(doel) as tijdelijk:
        tijdelijk.write_bytes(inhoud)
    return doel
