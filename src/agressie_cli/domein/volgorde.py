"""Welk incident eerder was: op datum; op dezelfde dag op tijd, tenzij een incident van die dag geen tijd heeft:
dan op incidentnummer (een onbekende tijd is niet 00:00). Zo is het één volgorde, zonder kringen."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, time

from agressie_cli.domein.rijen import IncidentRij


def sorteersleutel(incidenten: Iterable[IncidentRij]) -> Callable[[IncidentRij], tuple[date, time, str]]:
    """Een sorteersleutel voor deze incidenten (van één persoon). Op een dag waarop een van de incidenten geen tijd
    heeft, telt voor alle incidenten van die dag het nummer; anders de tijd en dan het nummer."""
    zonder_tijd = {i.get("datum") for i in incidenten if i.get("tijd") is None}

    def sleutel(incident: IncidentRij) -> tuple[date, time, str]:
        dag = incident.get("datum") or date.min
        tijd = incident.get("tijd")
        tijd = time.min if dag in zonder_tijd or tijd is None else tijd
        return (dag, tijd, str(incident.get("incident", "")))

    return sleutel


def is_na(later: IncidentRij, eerder: IncidentRij) -> bool:
    """Gebeurde `later` zeker na `eerder`? Op een latere dag, of dezelfde dag op een later bekend tijdstip. Op
    dezelfde dag zonder bekende tijd weten we het niet: dan niet (voor het overtreden van een verbod)."""
    dag_later, dag_eerder = later.get("datum"), eerder.get("datum")
    if dag_later is None or dag_eerder is None:
        return False
    if dag_later != dag_eerder:
        return dag_later > dag_eerder
    tijd_later, tijd_eerder = later.get("tijd"), eerder.get("tijd")
    return tijd_later is not None and tijd_eerder is not None and tijd_later > tijd_eerder
