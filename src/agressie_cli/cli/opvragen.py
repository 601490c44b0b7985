"""Opvragen: de lijst van incidenten, de historie van een persoon, het advies, de lopende verboden (receptie)
en de termijnen. Deze commando's lezen alleen."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from agressie_cli.cli import uitvoer
from agressie_cli.cli.fouten import opdracht
from agressie_cli.cli.omgeving import omgeving
from agressie_cli.cli.opties import Incident, Json, peildatum
from agressie_cli.domein.datums import datum_of_vandaag, lees_datum

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
    from agressie_cli.domein.lijst import filter_incidenten

    van_d, tot_d = lees_datum(van, "--van"), lees_datum(tot, "--tot")
    omg = omgeving(ctx)
    profiel = omg.profiel
    rijen = filter_incidenten(omg.lees(bladen=("Incidenten", "Personen")), van_d, tot_d, naam, status)
    uitvoer.lijst(rijen, profiel.classificatie, als_json)


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
    from agressie_cli.domein.historie import historie as bouw

    peil = datum_of_vandaag(peildatum_, "--peildatum")
    omg = omgeving(ctx)
    gevonden = bouw(omg.lees(), omg.profiel, zoek, peil)
    gevraagd = zoek.strip().upper()
    if re.fullmatch(r"P\d+", gevraagd) and gevraagd != gevonden.persoon and not als_json:
        typer.echo(f"{gevraagd} is samengevoegd in {gevonden.persoon}.")
    uitvoer.historie(gevonden, omg.profiel.venster_maanden, als_json)


@opdracht
def advies(ctx: typer.Context, incident: Incident, als_json: Json = False) -> None:
    """Geeft de maatregel die het protocol van de gemeente voorschrijft, met uitleg (stap 3).

    Voorbeeld: agressie advies 2026-0001
    """
    from agressie_cli.domein.advies import bereken_advies
    from agressie_cli.domein.personen import bedoelt_u

    omg = omgeving(ctx)
    register = omg.lees()
    gevonden = register.incident(incident)
    a = bereken_advies(register, omg.profiel, gevonden)
    persoon = register.persoon_van(gevonden)
    a.bedoelt_u = bedoelt_u(register, persoon) if persoon else []
    uitvoer.advies(a, als_json)


@opdracht
def verboden(
    ctx: typer.Context,
    peildatum_: PeildatumVerboden = None,
    naam: Annotated[
        Optional[str],
        typer.Option("--naam", help='Alleen deze persoon. Voorbeeld: --naam "de Vries"', show_default=False),
    ] = None,
    als_json: Json = False,
) -> None:
    """Lijst voor de receptie: wie heeft nu een toegangsverbod of belverbod (stap 5).

    Voorbeeld: agressie verboden
    """
    from agressie_cli.domein.verboden import verboden_lijst

    peil = datum_of_vandaag(peildatum_, "--peildatum")
    omg = omgeving(ctx)
    uitvoer.verboden(
        verboden_lijst(omg.lees(bladen=("Personen", "Maatregelen")), omg.profiel, peil, naam), peil, als_json
    )


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
    from agressie_cli.domein.termijnen import ACHTERSTAND_DAGEN, splits_achterstand
    from agressie_cli.domein.termijnen import termijnen as bereken

    peil = datum_of_vandaag(peildatum_, "--peildatum")
    omg = omgeving(ctx)
    items = bereken(omg.lees(), omg.profiel, peil)
    actueel, achterstand = (items, []) if alles else splits_achterstand(items)
    uitvoer.termijnen(items, actueel, achterstand, ACHTERSTAND_DAGEN, als_json)
