"""Welk incident eerder was: op datum; op dezelfde dag op tijd, tenzij een incident van die dag geen tijd heeft:
dan op incidentnummer (een onbekende tijd is niet 00:00). Zo is het één volgorde, zonder kringen."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, time


def sorteersleutel(incidenten: Iterable[dict]) -> Callable[[dict], tuple]:
    """Een sorteersleutel voor deze incidenten (van één persoon). Op een dag waarop een van de incidenten geen tijd
    heeft, telt voor alle incidenten van die dag het nummer; anders de tijd en dan het nummer."""
    zonder_tijd = {i.get("datum") for i in incidenten if i.get("tijd") is None}

    def sleutel(incident: dict) -> tuple:
        dag = incident.get("datum") or date.min
        tijd = time.min if dag in zonder_tijd or incident.get("tijd") is None else incident["tijd"]
        return (dag, tijd, str(incident.get("incident", "")))

    return sleutel


def is_na(later: dict, eerder: dict) -> bool:
    """Gebeurde `later` zeker na `eerder`? Op een latere dag, of dezelfde dag op een later bekend tijdstip. Op
    dezelfde dag zonder bekende tijd weten we het niet: dan niet (voor het overtreden van een verbod)."""
    if later.get("datum") is None or eerder.get("datum") is None:
        return False
    if later["datum"] != eerder["datum"]:
        return later["datum"] > eerder["datum"]
    return later.get("tijd") is not None and eerder.get("tijd") is not None and later["tijd"] > eerder["tijd"]
