"""Snelheid zonder ander gedrag: de plekken waar een commando veel objecten in één keer maakt (3.2)."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

_kort_proces = False


def kort_proces() -> None:
    """Dit proces stopt na één handeling (een commando op de opdrachtregel, niet de webserver): wat `zonder_gc`
    gelezen heeft, hoeft de collector daarna nooit meer na te lopen (gc.freeze)."""
    global _kort_proces
    _kort_proces = True


@contextlib.contextmanager
def zonder_gc() -> Iterator[None]:
    """De cyclische garbage collector van Python even uit, terwijl het register gelezen of bewaard wordt.

    Python start de collector telkens als er 700 objecten bij gekomen zijn en loopt dan steeds vaker ook alle oudere
    objecten na. Lezen maakt bij 10.000 incidenten honderdduizenden dicts, lijsten en tuples die blijven bestaan: de
    collector kostte daar een flink deel van een kort commando en vond niets, want rijen verwijzen niet naar elkaar
    (geen kringen; wat wegvalt, ruimt het tellen van verwijzingen meteen op). Na afloop staat de collector weer aan,
    ook bij een fout; stond hij al uit, dan blijft hij uit. In een kort proces (`kort_proces`) gaan de objecten die er
    dan zijn naar de vaste generatie (gc.freeze): de collector loopt ze niet meer na, en kringen die daarna ontstaan
    (een brief, een sjabloon) ruimt hij gewoon op. De webserver leeft lang en bevriest niets."""
    aan = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if aan:
            if _kort_proces:
                gc.freeze()
            gc.enable()
