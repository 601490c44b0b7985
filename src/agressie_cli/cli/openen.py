"""`--open` (3.6): het gemaakte bestand openen met het programma dat erbij hoort (Word, Excel, Outlook). Op Windows met
os.startfile (zoals dubbelklikken), elders met xdg-open; is dat er niet, dan een melding en verder niets."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

import typer

WINDOWS = sys.platform == "win32"


HULP = (
    "Open het bestand daarna met het programma dat erbij hoort ({programma}), zoals dubbelklikken; elders dan Windows "
    "met xdg-open. Voorbeeld: {voorbeeld}"
)


def optie(programma: str, voorbeeld: str) -> typer.models.OptionInfo:
    """De optie --open van een commando (in Annotated[bool, ...])."""
    return typer.Option("--open", help=HULP.format(programma=programma, voorbeeld=voorbeeld))


def open_bestanden(paden: Sequence[Path]) -> None:
    """Eén bestand: dat bestand. Meer bestanden (brief --alle-open): de map waarin ze staan, niet tientallen
    vensters."""
    if not paden:
        return
    open_bestand(paden[0] if len(paden) == 1 else paden[0].parent)


def open_bestand(pad: Path) -> bool:
    """Opent `pad`; False (met een melding op stderr) als dat niet kan. Een fout bij het openen laat het commando
    slagen: het bestand is gemaakt en vastgelegd."""
    if WINDOWS:
        try:
            os.startfile(str(pad))  # type: ignore[attr-defined]
        except OSError as fout:
            typer.echo(
                f"Let op: openen lukte niet ({fout.strerror or type(fout).__name__}); open zelf: {pad}", err=True
            )
            return False
        return True
    import shutil
    import subprocess

    programma = shutil.which("xdg-open")
    if programma is None:
        typer.echo(f"Openen overgeslagen: xdg-open is niet gevonden. Open het bestand zelf: {pad}", err=True)
        return False
    try:
        subprocess.Popen(
            [programma, str(pad)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
    except OSError as fout:
        typer.echo(f"Let op: openen lukte niet ({fout.strerror or type(fout).__name__}); open zelf: {pad}", err=True)
        return False
    return True
