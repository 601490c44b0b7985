"""Opvragen: de lijst van incidenten, de historie van een persoon, het advies, de lopende verboden (receptie)
en de termijnen. Deze commando's lezen alleen."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from agressie_cli.cli import uitvoer
from agressie_cli.cli.fouten import opdracht
from agressie_cli.cli.omgeving import omgeving
from agressie_cli.cli.opties import Incident, Json, peildatum

if TYPE_CHECKING:  # voor mypy het type; voor typer de optie met haar eigen helptekst
    PeildatumHistorie = Optional[str]
    PeildatumVerboden = Optional[str]
    PeildatumTermijnen = Optional[str]
else:
    PeildatumHistorie = peildatum(
        "Bekijk de historie op deze datum (standaard vandaag). Voorbeeld: --peildatum 2026-11-23"
    )
    PeildatumVerboden = peildatum(
        "Welke verboden lopen op deze datum (standaard vandaag). Voorbeeld: --peildatum 2026-12-01"
    )
    PeildatumTermijnen = peildatum("Standaard vandaag. Voorbeeld: --peildatum 2026-11-30")


@opdracht
def lijst(
    ctx: typer.Context,
    van: Annotated[
        Optional[str], typer.Option("--van", help="Vanaf deze datum. Voorbeeld: --van 2026-07-01", show_default=False)
    ] = None,
    tot: Annotated[
        Optional[str],
        typer.Option("--tot", help="Tot en met deze datum. Voorbeeld: --tot 2026-09-30", show_default=False),
    ] = None,
    naam: Annotated[
        Optional[str],
        typer.Option(
            "--naam",
            help='Alleen deze persoon (naam of deel ervan, of P-nummer). Voorbeeld: --naam "de Vries"',
            show_default=False,
        ),
    ] = None,
    status: Annotated[
        Optional[str],
        typer.Option(
            "--status", help="Alleen incidenten met deze status. Voorbeeld: --status gemeld", show_default=False
        ),
    ] = None,
    als_json: Json = False,
) -> None:
    """Toont de incidenten als tabel, met status.

    Voorbeeld: agressie lijst --van 2026-07-01 --tot 2026-09-30
    """
    from agressie_cli.handelingen import opvragen

    uitkomst = opvragen.lijst(omgeving(ctx), van, tot, naam, status)
    uitvoer.lijst(uitkomst.rijen, uitkomst.classificatie, als_json)


@opdracht
def historie(
    ctx: typer.Context,
    zoek: Annotated[
        str,
        typer.Argument(
            metavar="NAAM|PERSOON",
            help='Naam (of deel ervan) of persoonnummer. Voorbeeld: "Jan de Vries" of P0003',
            show_default=False,
        ),
    ],
    peildatum_: PeildatumHistorie = None,
    als_json: Json = False,
) -> None:
    """Toont de incidenten en maatregelen van een persoon, nieuwste eerst, met het venster en lopende verboden.

    Voorbeeld: agressie historie "Jan de Vries"
    """
    from agressie_cli.handelingen import opvragen

    uitkomst = opvragen.historie(omgeving(ctx), zoek, peildatum_)
    if uitkomst.samengevoegd and not als_json:
        typer.echo(f"{uitkomst.samengevoegd} is samengevoegd in {uitkomst.historie.persoon}.")
    uitvoer.historie(uitkomst.historie, uitkomst.venster_maanden, als_json)


@opdracht
def advies(ctx: typer.Context, incident: Incident, als_json: Json = False) -> None:
    """Geeft de maatregel die het protocol van de gemeente voorschrijft, met uitleg (stap 3).

    Voorbeeld: agressie advies 2026-0001
    """
    from agressie_cli.handelingen import opvragen

    uitvoer.advies(opvragen.advies(omgeving(ctx), incident).advies, als_json)


@opdracht
def verboden(
    ctx: typer.Context,
    peildatum_: PeildatumVerboden = None,
    naam: Annotated[
        Optional[str],
        typer.Option("--naam", help='Alleen deze persoon. Voorbeeld: --naam "de Vries"', show_default=False),
    ] = None,
    uit: Annotated[
        Optional[Path],
        typer.Option(
            "--uit",
            metavar="BESTAND",
            help="Maak de lijst als bestand om af te drukken: .xlsx (Excel) of .pdf (met LibreOffice), A4 liggend, "
            "met de datum waarop hij gemaakt is. Voorbeeld: --uit verboden.pdf",
            show_default=False,
        ),
    ] = None,
    als_json: Json = False,
) -> None:
    """Lijst voor de receptie: wie heeft nu een toegangsverbod of belverbod (stap 5).

    Voorbeeld: agressie verboden
    """
    from agressie_cli.handelingen import opvragen

    if uit is not None:
        werkplek = omgeving(ctx, voortgang=not als_json)  # 'PDF maken ...' op stderr, niet bij --json
        uitvoer.verbodenlijst(opvragen.verboden_uit(werkplek, uit, peildatum_, naam), als_json)
        return
    uitkomst = opvragen.verboden(omgeving(ctx), peildatum_, naam)
    uitvoer.verboden(uitkomst.verboden, uitkomst.peildatum, als_json, uitkomst.bezoeken)


@opdracht
def termijnen(
    ctx: typer.Context,
    peildatum_: PeildatumTermijnen = None,
    alles: Annotated[
        bool,
        typer.Option(
            "--alles",
            help="Ook termijnen die al meer dan 90 dagen verlopen zijn een voor een tonen (anders samengevat in één regel). Voorbeeld: agressie termijnen --alles",
        ),
    ] = False,
    als_json: Json = False,
) -> None:
    """Wat open staat, het dringendste eerst: reactietermijn van een week, onvolledige meldingen, aflopende verboden, nazorg.

    Voorbeeld: agressie termijnen
    """
    from agressie_cli.handelingen import opvragen

    t = opvragen.termijnen(omgeving(ctx), peildatum_, alles)
    uitvoer.termijnen(t.alle, t.actueel, t.achterstand, t.achterstand_dagen, als_json)
