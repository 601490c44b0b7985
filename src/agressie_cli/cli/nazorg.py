"""Leidinggevende / clustermanager: de nazorg voor de betrokken medewerkers afvinken (2.6). Alleen datums."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from agressie_cli.cli import uitvoer
from agressie_cli.cli.fouten import opdracht
from agressie_cli.cli.omgeving import omgeving
from agressie_cli.cli.opties import Incident, Json


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
    from agressie_cli.handelingen.nazorg import nazorg as leg_nazorg_vast

    uitvoer.nazorg(leg_nazorg_vast(omgeving(ctx), incident, gesprek, hulpverlening, afgerond, reactie), als_json)
