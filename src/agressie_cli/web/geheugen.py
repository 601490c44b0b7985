"""Het register in het geheugen van de webserver (3.5): een pagina kost geen Excel-lezing. Het gelezen register blijft
bewaard zolang het bestand hetzelfde is (inode, tijdstip van wijzigen en grootte: agressie en Excel vervangen het
bestand bij elke schrijfactie door een nieuw, dus na een schrijfactie van de opdrachtregel, van een collega of van een
andere pagina leest de volgende pagina het opnieuw). Schrijven gaat zoals altijd onder het slot, met een verse lezing
(Werkplek.wijzig); alleen lezen gaat via het geheugen.

Het bewaarde register is gedeeld tussen verzoeken: de handelingen die lezen, wijzigen het niet."""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any, TypeVar

from agressie_cli.domein.fouten import AgressieFout
from agressie_cli.handelingen.werkplek import Werkplek

if TYPE_CHECKING:
    from agressie_cli.domein.register import Register


class Registergeheugen:
    """Het laatst gelezen register per bestand, met de sleutel (inode, mtime_ns, grootte) erbij."""

    def __init__(self) -> None:
        self._slot = threading.Lock()
        self._sleutel: tuple[str, int, int, int] | None = None
        self._register: Register | None = None
        self.lezingen = 0  # hoe vaak het register echt gelezen is (de bench en de tests tellen het)
        # Uitkomsten van handelingen die alleen lezen en veel rekenen (termijnen), bij dit ene register.
        self._rekenslot = threading.RLock()  # een handeling die onthoudt, kan zelf ook iets onthouden
        self._afgeleid_van: Register | None = None
        self._afgeleid: dict[Hashable, Any] = {}

    def lees(self, werkplek: Werkplek) -> Register:
        from agressie_cli.opslag.excel import ExcelOpslag

        opslag = werkplek.opslag
        if not isinstance(opslag, ExcelOpslag):
            return Werkplek.lees(werkplek)
        sleutel = _sleutel(opslag.pad)
        if sleutel is not None and sleutel == self._sleutel and self._register is not None:
            return self._register
        with self._slot:  # twintig verzoeken tegelijk na een wijziging: één lezing, de rest wacht erop
            sleutel = _sleutel(opslag.pad)
            if sleutel is not None and sleutel == self._sleutel and self._register is not None:
                return self._register
            register = Werkplek.lees(werkplek)
            self.lezingen += 1
            # Alleen bewaren als het bestand tijdens het lezen niet veranderde (anders de volgende keer opnieuw).
            if sleutel is not None and _sleutel(opslag.pad) == sleutel:
                self._sleutel, self._register = sleutel, register
            return register

    def onthoud(self, werkplek: Werkplek, sleutel: Hashable, maak: Callable[[], T]) -> T:
        """De uitkomst van `maak` (een handeling die alleen leest), bewaard zolang het register hetzelfde is. Eén
        berekening tegelijk: twintig gebruikers die na een wijziging dezelfde pagina openen, wachten op de eerste."""
        register = self.lees(werkplek)
        with self._rekenslot:
            if self._afgeleid_van is not register:
                self._afgeleid_van, self._afgeleid = register, {}
            afgeleid = self._afgeleid  # bij dit register, ook als het tijdens `maak` verandert
            if sleutel not in afgeleid:
                afgeleid[sleutel] = maak()
            waarde: T = afgeleid[sleutel]
            return waarde


T = TypeVar("T")


def onthouden(werkplek: Werkplek, sleutel: Hashable, maak: Callable[[], T]) -> T:
    """Via het geheugen van de server als de werkplek er een heeft (anders gewoon berekend)."""
    return werkplek.onthoud(sleutel, maak)


def _sleutel(pad: os.PathLike[str]) -> tuple[str, int, int, int] | None:
    try:
        s = os.stat(pad)
    except OSError:
        return None
    return (os.fspath(pad), s.st_ino, s.st_mtime_ns, s.st_size)


class Webwerkplek(Werkplek):
    """Een werkplek die leest via het geheugen van de server; `voor` (een werkplek per verzoek) deelt het geheugen."""

    geheugen: Registergeheugen

    @classmethod
    def van(cls, werkplek: Werkplek) -> Webwerkplek:
        if isinstance(werkplek, Webwerkplek):
            return werkplek
        nieuw = cls.__new__(cls)
        nieuw.__dict__.update(werkplek.__dict__)
        nieuw.geheugen = Registergeheugen()
        # Instellingen, profiel en opslag één keer, gedeeld door elk verzoek (werkplek_van maakt kopieën met `voor`):
        # het slot tussen threads en de getelde reservekopieën zitten in die ene opslag.
        with contextlib.suppress(AgressieFout):
            nieuw.opslag  # noqa: B018
        return nieuw

    def lees(self, bladen: tuple[str, ...] | None = None) -> Register:
        """Het hele register (ook als om minder bladen gevraagd is): één bewaarde lezing voor elke pagina."""
        return self.geheugen.lees(self)

    def onthoud(self, sleutel: Hashable, maak: Callable[[], T]) -> T:
        """Bewaard bij het register in het geheugen (Registergeheugen.onthoud)."""
        return self.geheugen.onthoud(self, sleutel, maak)
