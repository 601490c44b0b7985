"""Coördinator: de registratie per e-mail naar de clustermanager, en de complete melding naar de AOV-er
(Geertruidenberg 4.2). agressie maakt een nog niet verstuurde e-mail (.eml) die Outlook als concept opent."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Annotated, Optional

import typer

from agressie_cli.cli import uitvoer
from agressie_cli.cli.fouten import opdracht
from agressie_cli.cli.omgeving import omgeving
from agressie_cli.cli.openen import open_bestand
from agressie_cli.cli.openen import optie as open_optie
from agressie_cli.cli.opties import Incident, Json
from agressie_cli.domein import nederlands


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
    from agressie_cli.documenten.eml import bestandsnaam, schrijf
    from agressie_cli.domein.doorsturen import kies_aan, leg_vast, maak_bericht
    from agressie_cli.domein.velden import controleer_emailadres

    gekozen = kies_aan(aan)
    if email is not None:
        email = controleer_emailadres("--email", email)
    omg = omgeving(ctx)
    aov = omg.instellingen.aov
    uitmap = uit or omg.instellingen.uitgaandmap
    with _terug_bij_fout() as geschreven, omg.opslag.wijzig() as register:
        bericht = maak_bericht(register, omg.profiel, incident, gekozen, email, aov)
        doel = uitmap / bestandsnaam(bericht)
        vervangen = doel.is_file()
        geschreven.append((doel, doel.read_bytes() if vervangen else None))
        pad = schrijf(bericht, uitmap)
        elders = uitmap if uitmap.absolute() != omg.instellingen.uitgaandmap.absolute() else None
        leg_vast(register, bericht, date.today(), elders)
    if als_json:
        uitvoer.druk_json(
            {
                "bestand": str(pad),
                "incident": bericht.incident,
                "aan": bericht.aan,
                "email": bericht.email,
                "onderwerp": bericht.onderwerp,
                "ontbrekend": bericht.ontbrekend,
                "doorgestuurd": date.today(),
                "vervangen": vervangen,
            }
        )
        if openen:
            open_bestand(pad)
        return
    rol = "de clustermanager" if bericht.aan == "clustermanager" else "de AOV-er"
    typer.echo(
        f"E-mail aan {rol} ({bericht.email}) klaargezet: {pad}"
        + (" (vervangt het vorige concept)." if vervangen else "")
    )
    typer.echo("Open het bestand (dubbelklik): Outlook toont het als concept. Controleer het en klik op Verzenden.")
    if bericht.ontbrekend:
        typer.echo(
            f"Let op: de melding is nog niet compleet; ontbreekt: {', '.join(bericht.ontbrekend)} "
            f"(agressie aanvullen {bericht.incident} ...)."
        )
    typer.echo(f"Vastgelegd: incident {bericht.incident} doorgestuurd aan {rol} op {nederlands.kort(date.today())}.")
    if openen:
        open_bestand(pad)


@contextlib.contextmanager
def _terug_bij_fout() -> Iterator[list[tuple[Path, bytes | None]]]:
    """Wordt het register niet bewaard (een fout, of afgebroken), dan staat er ook geen nieuwe e-mail: een vorig concept
    met dezelfde naam komt terug, een nieuw bestand verdwijnt."""
    geschreven: list[tuple[Path, bytes | None]] = []
    try:
        yield geschreven
    except BaseException:
        for pad, oud in geschreven:
            with contextlib.suppress(OSError):
                if oud is None:
                    pad.unlink(missing_ok=True)
                else:
                    pad.write_bytes(oud)
        raise
