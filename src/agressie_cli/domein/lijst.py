"""Het filter van `agressie lijst`: incidenten op datum, persoon en status."""

from __future__ import annotations

from datetime import date

from agressie_cli.domein.fouten import InvoerFout
from agressie_cli.domein.personen import zoek_op_naam
from agressie_cli.domein.register import Register
from agressie_cli.domein.rijen import IncidentRij
from agressie_cli.domein.velden import STATUSSEN


def filter_incidenten(
    register: Register,
    van: date | None = None,
    tot: date | None = None,
    naam: str | None = None,
    status: str | None = None,
) -> list[IncidentRij]:
    if status and status not in STATUSSEN:
        raise InvoerFout(f"«status»: '{status}' is onbekend. Kies uit: {', '.join(STATUSSEN)}.")
    personen = {p.get("persoon") for p in zoek_op_naam(register, naam)} if naam else None
    rijen = []
    for inc in register.incidenten:
        d: date | None = inc.get("datum")
        if (van or tot) and (d is None or (van and d < van) or (tot and d > tot)):
            continue
        if personen is not None and inc.get("persoon") not in personen:
            continue
        if status and inc.get("status") != status:
            continue
        if not status and inc.get("status") == "vervallen":
            continue  # ingetrokken incidenten alleen met --status vervallen
        rijen.append(inc)
    return rijen
