"""`doorsturen --klembord` (3.6): de tekst van de e-mail op het klembord, voor wie de nieuwe Outlook voor Windows
gebruikt (die opent geen .eml-concept). Op Windows met clip.exe (UTF-16 met BOM, zodat accenten overleven), op een
Mac met pbcopy, elders met wl-copy, xclip of xsel. Lukt het niet, dan zegt het waarom; het concept staat er toch."""

from __future__ import annotations

import shutil
import subprocess
import sys


def _programma() -> tuple[list[str], str] | None:
    """Het programma voor het klembord en de codering van de tekst, of None."""
    if sys.platform == "win32":
        clip = shutil.which("clip")
        return ([clip], "utf-16-le") if clip else None  # met BOM (hieronder): zo leest clip.exe het als Unicode
    if sys.platform == "darwin":
        pbcopy = shutil.which("pbcopy")
        return ([pbcopy], "utf-8") if pbcopy else None
    for naam, args in (("wl-copy", []), ("xclip", ["-selection", "clipboard"]), ("xsel", ["--clipboard", "--input"])):
        pad = shutil.which(naam)
        if pad:
            return [pad, *args], "utf-8"
    return None


def kopieer(tekst: str) -> str:
    """Zet `tekst` op het klembord (regeleinden CRLF op Windows). Geeft "" als het lukte, anders de reden."""
    gevonden = _programma()
    if gevonden is None:
        return "de tekst staat niet op het klembord: er is geen programma voor het klembord gevonden."
    opdracht, codering = gevonden
    invoer = tekst.encode(codering)
    if sys.platform == "win32":
        invoer = b"\xff\xfe" + tekst.replace("\r\n", "\n").replace("\n", "\r\n").encode(codering)
    try:
        subprocess.run(
            opdracht,
            input=invoer,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=True,
            timeout=10,
        )
    except (OSError, subprocess.SubprocessError):
        return "de tekst staat niet op het klembord: het programma voor het klembord gaf een fout."
    return ""
