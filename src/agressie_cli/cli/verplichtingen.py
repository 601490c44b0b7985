"""Coördinator, leidinggevende, AOV-er: vastleggen wat het protocol oplegt (3.1), zodat het van agressie termijnen
verdwijnt. Alleen datums en redenen uit een vaste lijst, geen aantekeningen. De opties komen uit de tabel OPTIES in
domein/verplichtingopties.py: wie daar een optie toevoegt, krijgt hem hier."""

from __future__ import annotations

import inspect
from typing import Annotated, Any, Optional

import typer

from agressie_cli.cli import uitvoer
from agressie_cli.cli.fouten import opdracht
from agressie_cli.cli.omgeving import omgeving
from agressie_cli.cli.opties import Incident, Json, voeg_opties_toe
from agressie_cli.domein.verplichtingopties import OPTIES


def _parameter(naam: str) -> str:
    return naam.replace("-", "_")


def _met_opties(functie: Any) -> Any:
    """Voegt een optie toe voor elke regel van OPTIES, vóór --json."""
    extra = [
        inspect.Parameter(
            _parameter(o.naam),
            inspect.Parameter.KEYWORD_ONLY,
            default=None,
            annotation=Annotated[
                Optional[str],
                typer.Option(f"--{o.naam}", metavar="REDEN" if o.redenen else "DATUM", help=o.hulp, show_default=False),
            ],
        )
        for o in OPTIES
    ]
    return voeg_opties_toe(functie, extra, lambda p: p.name == "als_json")


@opdracht
@_met_opties
def verplichtingen(ctx: typer.Context, incident: Incident, als_json: Json = False) -> None:
    """Legt vast wat het protocol oplegt (aangifte of melding, schade verhalen, nabespreking, ...) en vinkt zo de
    punten op agressie termijnen af; zonder opties de stand.

    Alleen datums en redenen uit een vaste lijst, geen aantekeningen (AVG). Wat niet is vastgelegd, blijft op agressie
    termijnen staan, ook als het verlopen is. Een aangifte (agressie aangifte) en een aansprakelijkstelling (agressie
    brief --soort aansprakelijkstelling) vinken hun punt zelf af.

    Voorbeeld: agressie verplichtingen 2026-0001 --melding 2026-11-18
    """
    from agressie_cli.handelingen.verplichtingen import verplichtingen as leg_vast

    waarden = {o.naam: ctx.params.get(_parameter(o.naam)) for o in OPTIES}
    uitvoer.verplichtingen(leg_vast(omgeving(ctx), incident, waarden), als_json)
