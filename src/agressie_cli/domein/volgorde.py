"""Welk incident eerder was: op datum, op dezelfde dag op tijd als beide een tijd hebben, anders op nummer."""

from __future__ import annotations

import functools
from datetime import date


def _vergelijk(a: dict, b: dict) -> int:
    """Een onbekende tijd is niet 00:00: op dezelfde dag zonder (een van de) tijden telt het incidentnummer."""
    sleutel_a = (a.get("datum") or date.min, str(a.get("incident", "")))
    sleutel_b = (b.get("datum") or date.min, str(b.get("incident", "")))
    tijd_a, tijd_b = a.get("tijd"), b.get("tijd")
    if sleutel_a[0] == sleutel_b[0] and tijd_a is not None and tijd_b is not None and tijd_a != tijd_b:
        return -1 if tijd_a < tijd_b else 1
    return (sleutel_a > sleutel_b) - (sleutel_a < sleutel_b)


volgorde = functools.cmp_to_key(_vergelijk)  # sorteersleutel: sorted(incidenten, key=volgorde)


def is_na(later: dict, eerder: dict) -> bool:
    """Gebeurde `later` zeker na `eerder`? Op een latere dag, of dezelfde dag op een later bekend tijdstip. Op
    dezelfde dag zonder bekende tijd weten we het niet: dan niet (voor het overtreden van een verbod)."""
    if later.get("datum") is None or eerder.get("datum") is None:
        return False
    if later["datum"] != eerder["datum"]:
        return later["datum"] > eerder["datum"]
    return later.get("tijd") is not None and eerder.get("tijd") is not None and later["tijd"] > eerder["tijd"]
