"""Leidinggevende / clustermanager: de nazorg voor de betrokken medewerkers afvinken (2.6). Alleen datums."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Optional

import typer

from agressie_cli.cli import uitvoer
from agressie_cli.cli.fouten import opdracht
from agressie_cli.cli.omgeving import omgeving
from agressie_cli.cli.opties import Incident, Json
from agressie_cli.domein.datums import lees_datum
from agressie_cli.domein.fouten import InvoerFout
from agressie_cli.domein.nederlands import kort, tot_en_met


@opdracht
def nazorg(
    ctx: typer.Context,
    incident: Incident,
    gesprek: Annotated[
        Optional[str],
        typer.Option(
            "--gesprek",
            help="Datum van het gesprek met de betrokken medewerker(s) (Geertruidenberg 9.1: dezelfde dag, uiterlijk de "
            "dag erna; Losser 8: de opvang; Losser 9: de opvang van de politiek ambtsdrager). Voorbeeld: --gesprek 2026-11-18",
            show_default=False,
        ),
    ] = None,
    hulpverlening: Annotated[
        Optional[str],
        typer.Option(
            "--hulpverlening",
            help="Datum van de afspraak met een hulpverlenende instantie, zoals de bedrijfsarts (Losser 8.1). "
            "Voorbeeld: --hulpverlening 2026-11-19",
            show_default=False,
        ),
    ] = None,
    afgerond: Annotated[
        Optional[str],
        typer.Option(
            "--afgerond",
            help="Datum waarop de nazorg is afgerond (Geertruidenberg 9.2: het volgen van het herstel). "
            "Voorbeeld: --afgerond 2027-02-17",
            show_default=False,
        ),
    ] = None,
    reactie: Annotated[
        Optional[str],
        typer.Option(
            "--reactie",
            help="Datum van de formele (schriftelijke) reactie van de burgemeester aan de inwoner bij agressie tegen een "
            "politiek ambtsdrager (Losser 9: binnen 48 uur; tegen de burgemeester: de (loco)gemeentesecretaris), als "
            "die reactie geen brief van agressie is. Voorbeeld: --reactie 2026-11-12",
            show_default=False,
        ),
    ] = None,
    als_json: Json = False,
) -> None:
    """Legt de datums van de nazorg vast en vinkt zo de punten op agressie termijnen af; zonder opties de stand.

    Alleen datums, geen aantekeningen over de medewerker (AVG). Wat niet is afgevinkt, blijft op agressie termijnen
    staan, ook als het verlopen is.

    Voorbeeld: agressie nazorg 2026-0001 --gesprek 2026-11-18
    """
    from agressie_cli.domein.nazorg import VELDEN, leg_vast, punten

    datums = {
        "gesprek": lees_datum(gesprek, "--gesprek"),
        "hulpverlening": lees_datum(hulpverlening, "--hulpverlening"),
        "afgerond": lees_datum(afgerond, "--afgerond"),
        "reactie": lees_datum(reactie, "--reactie"),
    }
    omg = omgeving(ctx)
    profiel = omg.profiel
    if datums["reactie"] is not None and not profiel.deel("politiek_ambtsdrager"):
        raise InvoerFout(
            f"--reactie: het profiel {profiel.naam} kent geen reactie van de burgemeester bij agressie tegen een "
            "politiek ambtsdrager. Er is niets vastgelegd."
        )
    if any(d is not None for d in datums.values()):
        with omg.opslag.wijzig() as register:
            inc = dict(leg_vast(register, incident, datums))
    else:
        inc = dict(omg.lees().incident(incident))
    vandaag = date.today()
    lijst = list(punten(profiel, inc))
    if als_json:
        uitvoer.druk_json(
            {
                "incident": inc["incident"],
                **{optie: inc.get(veld) for optie, veld in VELDEN.items()},
                "punten": [
                    {
                        "soort": p.soort,
                        "uiterlijk": p.uiterlijk,
                        "afgevinkt": p.afgevinkt,
                        "op_tijd": p.op_tijd,
                        "open": p.afgevinkt is None,
                        # 9.2: ook een periode die voorbij is zonder dat de nazorg is afgerond, is verlopen (3.1).
                        "verlopen": p.afgevinkt is None and p.uiterlijk < vandaag,
                        "omschrijving": p.tekst,
                    }
                    for p in lijst
                ],
            }
        )
        return
    if any(d is not None for d in datums.values()):
        typer.echo(f"Nazorg vastgelegd bij incident {inc['incident']}.")
    typer.echo(f"Nazorg bij incident {inc['incident']} (incident van {kort(inc['datum'])}):")
    for optie, veld in VELDEN.items():
        if optie == "reactie" and not (
            inc.get(veld) or (inc.get("ambtsdrager") and profiel.deel("politiek_ambtsdrager"))
        ):
            continue  # de reactie van de burgemeester hoort alleen bij agressie tegen een politiek ambtsdrager
        typer.echo(f"  {optie}: {kort(inc[veld]) if inc.get(veld) else '-'}")
    if not lijst:
        typer.echo("Het profiel vraagt bij dit incident geen nazorg met een termijn (geen betrokken medewerker?).")
    for p in lijst:
        hoe = f"; afvinken met --{p.sluiten_met[0]} DATUM" if p.sluiten_met else ""
        if p.afgevinkt is not None:
            stand = f"afgevinkt op {kort(p.afgevinkt)}" + ("" if p.op_tijd else " (te laat)")
        elif p.uiterlijk < vandaag:
            stand = f"VERLOPEN (uiterlijk {kort(p.uiterlijk)}){hoe}"
        elif p.periode:
            stand = f"loopt {tot_en_met(p.uiterlijk, False, kort)}, niet afgerond{hoe}"
        else:
            stand = f"open, uiterlijk {kort(p.uiterlijk)}{hoe}"
        typer.echo(f"- {p.soort}: {stand}")
        typer.echo(f"    {p.tekst}")
