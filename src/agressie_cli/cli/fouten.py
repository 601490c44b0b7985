"""De ene plek waar een fout een afsluitcode wordt: een Nederlandse melding, nooit een traceback."""

from __future__ import annotations

import errno
import functools
import os
from collections.abc import Callable
from typing import Any

import typer

from agressie_cli.domein.fouten import Afsluitcode, AgressieFout, vul

# Velden die geen kolom van het register zijn, met hun optie (de kolommen: de optie uit domein/velden.py), en
# kolommen die bij een commando een andere optie hebben dan --sleutel. Een veld zonder optie (een argument als
# INCIDENT) heet in de terminal zoals in de metavar.
_OPTIE_ZONDER_KOLOM = {
    "incidentnummer": "INCIDENT",
    "maatregelnummer": "MAATREGEL",
    "persoonnummer": "PERSOON",
    "samengevoegd_in": "--in",  # agressie samenvoegen PERSOON --in P0002
    "niet_dezelfde": "--niet",  # agressie samenvoegen PERSOON --niet P0002
}


def optie_van(veld: str) -> str:
    """Het woord voor een veld in de terminal: de optie (`brieftekst` -> `--brieftekst`). De ene plek waar een melding
    van het domein of een handeling de namen van de opdrachtregel krijgt; het web heeft zijn eigen woorden."""
    from agressie_cli.domein.velden import OPTIE

    if veld in OPTIE:
        return str(OPTIE[veld])
    return _OPTIE_ZONDER_KOLOM.get(veld, "--" + veld.replace("_", "-"))


def melding(fout: AgressieFout) -> str:
    return fout.tekst(optie_van)


def in_opties(sjabloon: str) -> str:
    """Een tekst met «veld»-merktekens (bewaard `fout.sjabloon`) zoals de terminal hem toont."""
    return vul(sjabloon, optie_van)


def opdracht(functie: Callable[..., Any]) -> Callable[..., Any]:
    """Elke fout wordt een Nederlandse melding met een afsluitcode (domein/fouten.py: Afsluitcode)."""

    @functools.wraps(functie)
    def omhulsel(*args: Any, **kwargs: Any) -> Any:
        try:
            return functie(*args, **kwargs)
        except AgressieFout as fout:
            typer.echo(f"Fout: {melding(fout)}", err=True)
            raise typer.Exit(fout.code)
        except (typer.Exit, typer.Abort, KeyboardInterrupt):
            raise
        except BrokenPipeError:  # uitvoer doorgegeven aan bijvoorbeeld 'more' of 'head' dat eerder stopte
            raise typer.Exit(Afsluitcode.OK)
        except OSError as fout:  # schijf vol, alleen-lezen, bestand open in Word of Excel (brief, rapport, herstel)
            if os.environ.get("AGRESSIE_DEBUG"):
                raise
            typer.echo(f"Fout: {_bestandsfout(fout)}", err=True)
            raise typer.Exit(Afsluitcode.FOUT)
        except Exception as fout:  # laatste vangnet: geen persoonsgegevens, geen traceback
            if os.environ.get("AGRESSIE_DEBUG"):
                raise
            typer.echo(
                f"Fout: onverwachte fout ({type(fout).__name__}). Er is niets gewijzigd als het register niet bewaard werd. "
                "Meld dit aan de beheerder van agressie.",
                err=True,
            )
            raise typer.Exit(Afsluitcode.FOUT)

    return omhulsel


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
