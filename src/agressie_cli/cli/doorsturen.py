"""Coördinator: de registratie per e-mail naar de clustermanager, en de complete melding naar de AOV-er
(Geertruidenberg 4.2). agressie maakt een nog niet verstuurde e-mail (.eml) die Outlook als concept opent."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from agressie_cli.cli import uitvoer
from agressie_cli.cli.fouten import opdracht
from agressie_cli.cli.omgeving import omgeving
from agressie_cli.cli.openen import open_bestand
from agressie_cli.cli.openen import optie as open_optie
from agressie_cli.cli.opties import Incident, Json


@opdracht
def doorsturen(
    ctx: typer.Context,
    incident: Incident,
    aan: Annotated[
        Optional[str],
        typer.Option(
            "--aan",
            metavar="clustermanager|aov",
            help="Aan wie: de clustermanager (leidinggevende, standaard) of de AOV-er (alleen een complete melding). "
            "Voorbeeld: --aan aov",
            show_default=False,
        ),
    ] = None,
    email: Annotated[
        Optional[str],
        typer.Option(
            "--email",
            metavar="ADRES",
            help="Naar dit adres in plaats van het adres in het register of in agressie.toml. "
            "Voorbeeld: --email k.smits@gemeente.nl",
            show_default=False,
        ),
    ] = None,
    uit: Annotated[
        Optional[Path],
        typer.Option(
            "--uit",
            metavar="MAP",
            help="Map voor de e-mail (standaard uitgaand/ naast het register). Voorbeeld: --uit H:\\Uitgaand",
            show_default=False,
        ),
    ] = None,
    openen: Annotated[bool, open_optie("Outlook", "agressie doorsturen 2026-0001 --open")] = False,
    als_json: Json = False,
) -> None:
    """Maakt de e-mail met de registratie aan de clustermanager of de AOV-er (.eml, opent in Outlook als concept).

    Voorbeeld: agressie doorsturen 2026-0001 --aan clustermanager
    """
    from agressie_cli.handelingen.doorsturen import doorsturen as stuur_door

    uitkomst = stuur_door(omgeving(ctx), incident, aan, email, uit)
    uitvoer.doorgestuurd(uitkomst, als_json)
    if openen:
        open_bestand(uitkomst.bestand)
