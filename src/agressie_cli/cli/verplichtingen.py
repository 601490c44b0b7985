"""Coördinator, leidinggevende, AOV-er: vastleggen wat het protocol oplegt (3.1), zodat het van agressie termijnen
verdwijnt. Alleen datums en redenen uit een vaste lijst, geen aantekeningen. De opties komen uit de tabel OPTIES in
domein/verplichtingopties.py: wie daar een optie toevoegt, krijgt hem hier."""

from __future__ import annotations

import inspect
from datetime import date
from typing import Annotated, Any, Optional

import typer

from agressie_cli.cli import uitvoer
from agressie_cli.cli.fouten import opdracht
from agressie_cli.cli.omgeving import omgeving
from agressie_cli.cli.opties import Incident, Json, voeg_opties_toe
from agressie_cli.domein.datums import lees_datum
from agressie_cli.domein.nederlands import kort
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
    from agressie_cli.domein.verplichtingen import controleer_profiel, lees_reden, leg_vast
    from agressie_cli.domein.verplichtingen import verplichtingen as bereken

    waarden: dict[str, date | str] = {}
    for o in OPTIES:
        ruw = ctx.params.get(_parameter(o.naam))
        if ruw is None:
            continue
        if o.redenen:
            waarden[o.naam] = lees_reden(o, ruw)
        else:
            gelezen = lees_datum(ruw, f"--{o.naam}")
            if gelezen is not None:
                waarden[o.naam] = gelezen
    omg = omgeving(ctx)
    profiel = omg.profiel
    controleer_profiel(profiel)
    meldingen: list[str] = []
    if waarden:
        with omg.opslag.wijzig() as register:
            meldingen = leg_vast(register, profiel, incident, waarden)
            inc = dict(register.incident(incident))
            lijst = list(bereken(register, profiel, register.incident(incident)))
    else:
        register = omg.lees()
        inc = dict(register.incident(incident))
        lijst = list(bereken(register, profiel, register.incident(incident)))
    vandaag = date.today()
    if als_json:
        for melding in meldingen:
            typer.echo(melding, err=True)
        uitvoer.druk_json(
            {
                "incident": inc["incident"],
                **{_parameter(o.naam): inc.get(o.kolom) for o in OPTIES},
                "verplichtingen": [
                    {
                        "soort": v.soort,
                        "uiterlijk": v.uiterlijk,
                        "open": v.open,
                        "verlopen": v.open and v.uiterlijk < vandaag,
                        "vastgelegd": v.vastgelegd,
                        "vastgelegd_met": v.waarmee,
                        "reden": v.reden,
                        "op_tijd": None if v.vastgelegd is None else v.vastgelegd <= v.uiterlijk,
                        "opdracht": v.opdracht,
                        "omschrijving": v.tekst,
                    }
                    for v in lijst
                ],
            }
        )
        return
    if waarden:
        typer.echo(f"Vastgelegd bij incident {inc['incident']}.")
        for melding in meldingen:
            typer.echo(melding)
    typer.echo(f"Verplichtingen bij incident {inc['incident']} (incident van {kort(inc['datum'])}):")
    if not lijst:
        typer.echo("Het profiel legt bij dit incident geen verplichtingen met een termijn op.")
    for v in lijst:
        if not v.open:
            if v.reden:
                stand = f"vastgelegd: niet, reden {v.reden}"
            elif v.vastgelegd is not None:
                stand = f"vastgelegd op {kort(v.vastgelegd)}" + ("" if v.vastgelegd <= v.uiterlijk else " (te laat)")
            else:
                stand = "vastgelegd"
            if v.waarmee and v.waarmee.startswith("maatregel"):
                stand += f" ({v.waarmee})"
        elif v.uiterlijk < vandaag:
            stand = f"VERLOPEN (uiterlijk {kort(v.uiterlijk)}); vastleggen: {v.opdracht}"
        else:
            stand = f"open, uiterlijk {kort(v.uiterlijk)}; vastleggen: {v.opdracht}"
        typer.echo(f"- {v.soort}: {stand}")
        typer.echo(f"    {v.tekst}")
