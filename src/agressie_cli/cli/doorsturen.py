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
    verzonden: Annotated[
        bool,
        typer.Option(
            "--verzonden",
            help="Legt vast dat de e-mail verstuurd is (in Outlook op Verzenden geklikt); maakt geen nieuwe e-mail. "
            "Tot dan herinnert agressie termijnen eraan. Voorbeeld: agressie doorsturen 2026-0001 --verzonden",
        ),
    ] = False,
    datum: Annotated[
        Optional[str],
        typer.Option(
            "--datum",
            metavar="DATUM",
            help="Wanneer het concept klaargezet of (met --verzonden) de e-mail verstuurd is (standaard vandaag). "
            "Voorbeeld: --datum 2026-11-24",
            show_default=False,
        ),
    ] = None,
    klembord: Annotated[
        bool,
        typer.Option(
            "--klembord",
            help="Zet ook de tekst van de e-mail op het klembord, om te plakken in een nieuwe e-mail (de nieuwe "
            "Outlook voor Windows opent geen .eml-concept). Voorbeeld: agressie doorsturen 2026-0001 --klembord",
        ),
    ] = False,
    openen: Annotated[bool, open_optie("Outlook", "agressie doorsturen 2026-0001 --open")] = False,
    als_json: Json = False,
) -> None:
    """Maakt de e-mail met de registratie aan de clustermanager of de AOV-er (.eml, opent in Outlook als concept).

    Is hij verstuurd, leg dat dan vast met --verzonden.

    Voorbeeld: agressie doorsturen 2026-0001 --aan clustermanager
    """
    from agressie_cli.domein.fouten import InvoerFout

    werkplek = omgeving(ctx)
    if verzonden:
        anders = [o for o, w in (("--email", email), ("--uit", uit), ("--klembord", klembord), ("--open", openen)) if w]
        if anders:
            raise InvoerFout(
                f"--verzonden legt alleen vast dat de e-mail verstuurd is; {', '.join(anders)} hoort bij het maken van "
                "het concept. Er is niets vastgelegd."
            )
        from agressie_cli.handelingen.doorsturen import bevestig_verzonden

        uitvoer.doorsturen_verzonden(bevestig_verzonden(werkplek, incident, aan, datum), als_json)
        return
    from agressie_cli.handelingen.doorsturen import doorsturen as stuur_door

    d = stuur_door(werkplek, incident, aan, email, uit, datum=datum)
    gekopieerd = None
    if klembord:
        from agressie_cli.cli.klembord import kopieer

        gekopieerd = kopieer(d.tekst)
    uitvoer.doorgestuurd(d, als_json, gekopieerd)
    if openen:
        open_bestand(d.bestand)
