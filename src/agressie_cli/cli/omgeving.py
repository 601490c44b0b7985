"""De werkplek van een commando: de map uit --map, AGRESSIE_MAP of de huidige map, met de meldingen tussendoor op
stderr. Wat een commando met de werkplek doet, staat in handelingen/."""

from __future__ import annotations

import typer

from agressie_cli.domein.instellingen import kies_map
from agressie_cli.handelingen.werkplek import Werkplek


def _op_stderr(tekst: str) -> None:
    from agressie_cli.cli.uitvoer import zeg

    zeg(tekst, err=True)  # "Let op" in kleur als de terminal het kan (3.6)


def omgeving(ctx: typer.Context, register_nodig: bool = True, voortgang: bool = True) -> Werkplek:
    """`voortgang`: meldingen als "PDF maken ..." op stderr (niet bij --json: een script leest alleen de JSON)."""
    obj = ctx.obj or {}
    return Werkplek(
        kies_map(obj.get("map")),
        register_nodig,
        obj.get("opslag"),
        meld=_op_stderr,
        voortgang=_op_stderr if voortgang else lambda tekst: None,
    )
