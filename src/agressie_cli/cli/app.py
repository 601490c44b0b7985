"""De opdrachtregel: de Typer-app en zijn commando's, per rol in een eigen module. Een commando leest zijn
opties, roept één domeinfunctie aan en drukt af (uitvoer.py); fouten worden afsluitcodes in fouten.py.

Snel opstarten (beleid): op moduleniveau importeert de CLI alleen typer en de lichte delen van het domein.
openpyxl, docxtpl, python-calamine, filelock en tabulate worden pas geïmporteerd in het commando dat ze nodig
heeft, zodat `agressie --help` en de lezende commando's niet op zware bibliotheken wachten (zie bench/ en de
test die dat bewaakt: tests/cli/test_opstarten.py)."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from typer.core import TyperGroup

from agressie_cli.cli import (
    aangifte,
    beheer,
    besluiten,
    doorsturen,
    nabehandeling,
    nazorg,
    nederlands,
    opvragen,
    registreren,
    uitvoer,
    verplichtingen,
)
from agressie_cli.cli import web as webvoorkant

nederlands.installeer()


def map_naar_voren(args: list[str]) -> list[str]:
    """`agressie lijst --map M:\\Agressie` (3.6): --map na het commando hoort bij agressie zelf en gaf 'Onbekende
    optie'. Het wordt aanvaard: --map (en --map=...) na het commando komt vóór het commando te staan. Na '--' blijft
    alles staan; een tweede --map na het commando wint, zoals een herhaalde optie in Click."""
    i, commando = 0, None
    while i < len(args):
        if args[i] == "--":
            return args
        if args[i] == "--map":
            i += 2
            continue
        if not args[i].startswith("-"):
            commando = i
            break
        i += 1
    if commando is None:
        return args
    voor, na, verplaatst = args[:commando], [], []
    j = commando
    while j < len(args):
        if args[j] == "--":
            na.extend(args[j:])
            break
        if args[j] == "--map" and j + 1 < len(args):
            verplaatst += args[j : j + 2]
            j += 2
            continue
        if args[j].startswith("--map="):
            verplaatst.append(args[j])
            j += 1
            continue
        na.append(args[j])
        j += 1
    return voor + verplaatst + na


class _Agressie(TyperGroup):
    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        return super().parse_args(ctx, map_naar_voren(list(args)))


_APP: dict[str, Any] = dict(
    cls=_Agressie,
    name="agressie",
    help=(
        "Agressieprotocol (Veilige Publieke Taak) van uw gemeente, stap voor stap:\n\n"
        "\b\n"
        "1. init: register en instellingen aanmaken.\n"
        "2. melden / aanvullen: een incident registreren (ook uit een meldformulier) en later compleet maken;\n"
        "   doorsturen: de registratie als e-mail aan clustermanager of AOV-er.\n"
        "3. historie / advies: eerdere incidenten en de maatregel die het protocol voorschrijft.\n"
        "4. brief / maatregel: de brief maken of de maatregel vastleggen (binnen een week).\n"
        "5. verboden / termijnen: lopende verboden voor de receptie en wat nog open staat.\n"
        "6. rapport: het kwartaaloverzicht voor het MT.\n\n"
        'Voorbeeld: agressie --map M:\\Agressie melden --naam "Jan de Vries" --kanaal balie --ernst agressief'
    ),
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app = typer.Typer(**_APP)
sjablonen_app = typer.Typer(
    help="DOCX-sjablonen van de brieven controleren.", no_args_is_help=True, rich_markup_mode=None
)
app.add_typer(sjablonen_app, name="sjablonen")


def _toon_versie(waarde: bool) -> None:
    if waarde:
        from importlib.metadata import PackageNotFoundError, version

        try:
            eigen = version("agressie")
        except PackageNotFoundError:  # vanuit de broncode zonder installatie
            eigen = "(niet geïnstalleerd)"
        typer.echo(f"agressie {eigen} (Python {sys.version.split()[0]}, {sys.platform})")
        raise typer.Exit()


@app.callback()
def hoofd(
    ctx: typer.Context,
    map_: Annotated[
        Optional[Path],
        typer.Option(
            "--map",
            metavar="MAP",
            help="Map met agressie.toml en register.xlsx (anders AGRESSIE_MAP, anders de huidige map); mag ook na "
            'het commando staan. Voorbeeld: --map "M:\\Veilige Publieke Taak"',
            show_default=False,
        ),
    ] = None,
    versie: Annotated[
        bool,
        typer.Option(
            "--version",
            "-V",
            help="Toon de versie van agressie en van Python, en stop.",
            callback=_toon_versie,
            is_eager=True,
        ),
    ] = False,
) -> None:
    ctx.obj = {**(ctx.obj or {}), "map": map_}  # de tests geven hier ook een opslag mee (GeheugenOpslag)


# In de volgorde van het werk (zo staan ze ook in --help).
for commando in (
    beheer.init,
    registreren.meldformulier,
    registreren.melden,
    registreren.aanvullen,
    doorsturen.doorsturen,
    registreren.samenvoegen,
    opvragen.lijst,
    opvragen.historie,
    opvragen.advies,
    besluiten.maatregel,
    opvragen.verboden,
    opvragen.termijnen,
    besluiten.afsluiten,
    besluiten.brief,
    aangifte.aangifte,
    besluiten.verzonden,
    besluiten.intrekken,
    nabehandeling.reactie,
    nabehandeling.verzoek,
    nabehandeling.herzien,
    nabehandeling.bezoek,
    nabehandeling.bewijs,
    nabehandeling.goedkeuren,
    nabehandeling.ordegesprek,
    nabehandeling.inzage,
    nazorg.nazorg,
    verplichtingen.verplichtingen,
):
    app.command()(commando)
sjablonen_app.command("controleer")(beheer.sjablonen_controleer)
for commando in (beheer.rapport, beheer.herstel, beheer.opschonen, webvoorkant.logboek, webvoorkant.web):
    app.command()(commando)
app.add_typer(webvoorkant.gebruiker_app, name="gebruiker")


def _uitvoer_die_elke_naam_aankan() -> None:
    """Windows geeft een omgeleide uitvoer (een pijp, een bestand, een script) cp1252: 'Łukasz Wróbel' gaf dan ná
    het opslaan een UnicodeEncodeError, en een script dat 'mislukt' zag, meldde het incident opnieuw (2.5). Tekst
    krijgt daarom een vervangteken waar de console een letter niet kent; JSON gaat altijd als UTF-8 (uitvoer.py)."""
    for stroom in (sys.stdout, sys.stderr):
        if not uitvoer.is_utf8(stroom):
            with contextlib.suppress(AttributeError, ValueError):
                stroom.reconfigure(errors="replace")  # type: ignore[union-attr]  # TextIO zonder: AttributeError


def _commandonaam(ci: Any) -> str:
    from typer.main import get_command_name

    return ci.name or get_command_name(ci.callback.__name__)


def _alleen(args: list[str]) -> typer.Typer | None:
    """Snel opstarten (3.2): Typer zet bij het starten elk commando om in een Click-commando, met de opties van elke
    functie (inspect, typing): bij ruim dertig commando's een merkbaar deel van een kort commando. Noemt de
    opdrachtregel één gewoon commando (`agressie --map M historie P0001`), dan krijgt Typer een app met alleen de
    hoofdopties en dat commando: dezelfde opties, hulp, meldingen en afsluitcodes. Al het andere (`--help`,
    `--version`, een tikfout in de naam, `sjablonen controleer`, aanvullen in de shell) gaat naar de volledige app."""
    args = map_naar_voren(args)
    i = 0
    while i < len(args) and (args[i] == "--map" or args[i].startswith("--map=")):
        i += 2 if args[i] == "--map" else 1
    if i >= len(args) or args[i].startswith("-"):
        return None
    gekozen = [ci for ci in app.registered_commands if _commandonaam(ci) == args[i]]
    if len(gekozen) != 1:
        return None
    klein = typer.Typer(**_APP)
    klein.registered_callback = app.registered_callback
    klein.registered_commands = gekozen
    return klein


def main() -> None:
    _uitvoer_die_elke_naam_aankan()
    klein = _alleen(sys.argv[1:])
    if klein is not None and klein.registered_commands[0].callback is not webvoorkant.web:
        from agressie_cli.domein.snelheid import kort_proces

        kort_proces()  # één handeling en dan klaar; de webserver leeft lang (zie domein/snelheid.py)
    (klein or app)()
