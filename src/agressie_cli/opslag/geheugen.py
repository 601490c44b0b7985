"""Een register in het geheugen: dezelfde Opslag als het Excel-bestand, zonder bestanden. Voor tests van de
regels (advies, periodes, termijnen) en voor wie agressie als bibliotheek gebruikt."""

from __future__ import annotations

import contextlib
import copy
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from pathlib import Path

from agressie_cli.domein.fouten import InvoerFout
from agressie_cli.domein.register import Register
from agressie_cli.opslag import Hersteld, Opslag, Reservekopie


class GeheugenOpslag(Opslag):
    """Elke schrijfactie bewaart een diepe kopie; lezen geeft een kopie terug. Reservekopieën zoals in Excel:
    vóór elke schrijfactie één."""

    def __init__(self, register: Register | None = None):
        self._register = copy.deepcopy(register) if register is not None else None
        self._kopieen: list[tuple[datetime, Register | None]] = []
        self.logboek: list[dict] = []

    def lees(self, bladen: tuple[str, ...] | None = None) -> Register:
        if self._register is None:
            raise InvoerFout("Er is nog geen register. Maak het met 'agressie init'.")
        return copy.deepcopy(self._register)

    @contextlib.contextmanager
    def wijzig(self, na_bewaren: Callable[[], None] | None = None) -> Iterator[Register]:
        register = self.lees()
        yield register
        self.logboek.extend(register.logboek)
        register.logboek = []
        self._kopieen.insert(0, (datetime.now(), copy.deepcopy(self._register)))
        self._register = register
        if na_bewaren:
            na_bewaren()
        if self.na_schrijven:
            self.na_schrijven()

    def noteer(self, actie: str, nummer: str | Sequence[str], gebruiker: str | None = None) -> None:
        register = Register()
        register.gebruiker = gebruiker or ""
        for n in [nummer] if isinstance(nummer, str) else nummer:
            register.log(actie, n)
        self.logboek.extend(register.logboek)

    def genoteerd(self, actie: str) -> list[dict]:
        return [
            {"tijdstip": f"{r['tijdstip']:%Y-%m-%d %H:%M:%S}", "gebruiker": r["gebruiker"], "nummer": r["nummer"]}
            for r in self.logboek
            if r["actie"] == actie
        ]

    def maak_leeg(self) -> None:
        if self._register is not None:
            raise InvoerFout("Er is al een register.")
        self._register = Register()

    def reservekopieen(self, lezen: bool = True) -> list[Reservekopie]:
        return [
            Reservekopie(i, Path(f"geheugen-{i}"), tijd, 0, True, len(r.incidenten) if r else 0)
            for i, (tijd, r) in enumerate(self._kopieen, start=1)
        ]

    def zet_terug(self, keuze: str | None, ook_na_opschonen: bool = False, gebruiker: str | None = None) -> Hersteld:
        kopieen = self.reservekopieen()
        gekozen = (
            kopieen[0] if keuze is None and kopieen else next((k for k in kopieen if str(k.nummer) == keuze), None)
        )
        if gekozen is None:
            raise InvoerFout(f"Reservekopie '{keuze}' bestaat niet.")
        self._kopieen.insert(0, (datetime.now(), copy.deepcopy(self._register)))
        self._register = copy.deepcopy(self._kopieen[gekozen.nummer][1])
        regel = Register(gebruiker=gebruiker or "")
        regel.log("herstel", gekozen.pad.name)
        self.logboek.extend(regel.logboek)
        return Hersteld(gekozen, None)
