"""De ene plek waar een fout een afsluitcode wordt: een Nederlandse melding, nooit een traceback."""

from __future__ import annotations

import contextlib
import errno
import functools
import os
from collections.abc import Callable
from typing import Any

import typer

from agressie_cli.cli.veldwoorden import melding
from agressie_cli.domein.fouten import Afsluitcode, AgressieFout


def opdracht(functie: Callable[..., Any]) -> Callable[..., Any]:
    """Elke fout wordt een Nederlandse melding met een afsluitcode (domein/fouten.py: Afsluitcode)."""

    @functools.wraps(functie)
    def omhulsel(*args: Any, **kwargs: Any) -> Any:
        try:
            return functie(*args, **kwargs)
        except AgressieFout as fout:
            _meld_fout(melding(fout), kwargs)
            raise typer.Exit(fout.code)
        except typer.Exit:
            raise
        except typer.Abort as afgebroken:
            # Click maakt van Ctrl-C bij een vraag 'Aborted!' met afsluitcode 1; van het einde van de invoer ook.
            if isinstance(afgebroken.__context__, KeyboardInterrupt):
                _onderbroken()
            raise
        except KeyboardInterrupt:
            _onderbroken()
        except BrokenPipeError:  # uitvoer doorgegeven aan bijvoorbeeld 'more' of 'head' dat eerder stopte
            raise typer.Exit(Afsluitcode.OK)
        except OSError as fout:  # schijf vol, alleen-lezen, bestand open in Word of Excel (brief, rapport, herstel)
            if os.environ.get("AGRESSIE_DEBUG"):
                raise
            _meld_fout(_bestandsfout(fout), kwargs)
            raise typer.Exit(Afsluitcode.FOUT)
        except Exception as fout:  # laatste vangnet: geen persoonsgegevens, geen traceback
            if os.environ.get("AGRESSIE_DEBUG"):
                raise
            _meld_fout(
                f"onverwachte fout ({type(fout).__name__}). Er is niets gewijzigd als het register niet bewaard werd. "
                "Meld dit aan de beheerder van agressie.",
                kwargs,
            )
            raise typer.Exit(Afsluitcode.FOUT)

    return omhulsel


def _onderbroken() -> None:
    """Ctrl-C (3.6): de prompt van de shell niet midden op een regel, geen traceback, afsluitcode 130. Wat al bewaard
    was, blijft bewaard; een schrijfactie gaat via een tijdelijk bestand, dus half bewaard bestaat niet."""
    typer.echo("", err=True)
    typer.echo("Onderbroken (Ctrl-C).", err=True)
    raise typer.Exit(Afsluitcode.ONDERBROKEN)


def _meld_fout(tekst: str, kwargs: dict[str, Any]) -> None:
    """De melding op stderr ("Fout: ..."); met --json óók als {"fout": "..."} op stdout (3.6), zodat een script dat
    alleen stdout leest weet wat er misging. De afsluitcode blijft die van de fout."""
    from agressie_cli.cli.uitvoer import zeg

    zeg(f"Fout: {tekst}", err=True)  # rood als de terminal het kan, nooit in een bestand
    if _met_json(kwargs):
        from agressie_cli.cli.uitvoer import druk_json

        with contextlib.suppress(OSError):
            druk_json({"fout": tekst})


def _met_json(kwargs: dict[str, Any]) -> bool:
    """Vroeg de gebruiker om JSON? De parameter van --json heet bij elk commando `als_json` (cli/opties.py: Json)."""
    return bool(kwargs.get("als_json"))


def _bestandsfout(fout: OSError) -> str:
    """Alleen de map, niet de bestandsnaam: die bevat bij een brief de achternaam (AVG)."""
    map_ = f" in de map '{os.path.dirname(str(fout.filename))}'" if fout.filename else ""
    oorzaak = {
        errno.ENOSPC: "de schijf is vol",
        errno.EROFS: "de schijf is alleen-lezen",
        errno.EACCES: "geen toestemming (alleen-lezen, of het bestand staat open in Word of Excel)",
        errno.EPERM: "geen toestemming (alleen-lezen, of het bestand staat open in Word of Excel)",
        errno.ENOENT: "de map of het bestand bestaat niet",
        errno.EEXIST: "er staat al een bestand met die naam",
        errno.EISDIR: "dat is een map, geen bestand",
        errno.ENOTDIR: "een deel van het pad is een bestand, geen map",
        errno.ENAMETOOLONG: "de naam of het pad is te lang",
        errno.EBUSY: "het bestand is in gebruik",
    }.get(fout.errno or 0, f"fout van het systeem ({fout.strerror or type(fout).__name__})")
    return (
        f"Een bestand kon niet worden geschreven of gelezen{map_}: {oorzaak}. Het register is niet gewijzigd "
        "(elke schrijfactie gaat via een tijdelijk bestand). Los dit op en probeer het opnieuw."
    )
