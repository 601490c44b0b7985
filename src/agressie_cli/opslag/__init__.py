"""Waar het register bewaard wordt. `Opslag` is het contract dat elk commando gebruikt; `excel/` bewaart in een
.xlsx die mensen ook in Excel openen, `geheugen.py` in het geheugen (voor tests). Een andere bewaarplaats
(een database voor een regio) is één nieuwe map met een klasse die dit contract vervult.

De opslag geeft het domein alleen waarden van het juiste type. Wat in het bestand stond en niet te lezen was,
houdt de opslag zelf bij (voor de melding aan de gebruiker en om het ongewijzigd terug te schrijven)."""

from __future__ import annotations

import contextlib
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from agressie_cli.domein.register import Register


@dataclass
class Reservekopie:
    nummer: int  # 1 = de nieuwste
    pad: Path
    tijdstip: datetime
    grootte: int
    leesbaar: bool | None  # None: niet gelezen (de lijst van het web leest pas de gekozen kopie, 3.5)
    incidenten: int | None
    voor_opschonen: bool = False  # na deze kopie is er opgeschoond: terugzetten haalt persoonsgegevens terug
    voor: str = ""  # welke handeling erna kwam, uit het logboek: "melden 2026-0009 door jjansen, 24-11-2026 10.32"


@dataclass
class Hersteld:
    kopie: Reservekopie
    apart: Path | None  # waar het register van vóór het terugzetten bewaard is


class Opslag(ABC):
    """Het contract van een bewaarplaats voor het register."""

    bij_migratie: Callable[[str], None] | None = None  # toont een melding over een bijgewerkt schema (de CLI zet die)
    bij_wachten: Callable[[str], None] | None = None  # zegt op wie gewacht wordt als het slot bezet is (de CLI zet die)
    # Loopt na elke geslaagde schrijfactie, nog onder het slot (na `na_bewaren`): de werkplek ruimt daar half gemaakte
    # brieven van een gestopte `brief` op (3.3 punt 13). De opslag kent de briefmap niet, de werkplek wel.
    na_schrijven: Callable[[], None] | None = None
    briefmap: Path | None = None  # de map met brieven: hun namen noemen nummers die niet opnieuw uitgegeven worden

    @abstractmethod
    def lees(self, bladen: tuple[str, ...] | None = None) -> Register:
        """Het register om te lezen; met `bladen` mag de opslag zich beperken tot die bladen."""

    def lees_vooraf(self) -> Register:
        """Het register om buiten het slot een wijziging voor te bereiden (een brief vullen: 3.3 punt 7). Het mag
        gewijzigd worden en wordt nooit bewaard; `wijzig` leest daarna opnieuw onder het slot. Een opslag mag dat
        tweede lezen overslaan als het bewaarde register intussen niet veranderde (3.2)."""
        return self.lees()

    def slot(self) -> contextlib.AbstractContextManager[None]:
        """Het slot tussen processen, zonder te lezen of te bewaren (om brieven op te ruimen terwijl niemand schrijft)."""
        return contextlib.nullcontext()

    @abstractmethod
    def wijzig(self, na_bewaren: Callable[[], None] | None = None) -> contextlib.AbstractContextManager[Register]:
        """Leest onder een slot, geeft het register om te wijzigen en bewaart het bij een normaal einde, in één stap.
        `na_bewaren` loopt daarna, nog onder het slot: zo komt een brief pas op zijn plaats als de maatregel vastligt."""

    @abstractmethod
    def maak_leeg(self) -> None:
        """Een nieuw, leeg register; weigert als er al een is."""

    @abstractmethod
    def reservekopieen(self, lezen: bool = True) -> list[Reservekopie]:
        """De reservekopieën, nieuwste eerst. Zonder `lezen` alleen naam, tijdstip en grootte (leesbaar en incidenten
        None): snel, ook bij dertig grote kopieën; `lees_reservekopie` leest er daarna één."""

    def lees_reservekopie(self, kopie: Reservekopie) -> Reservekopie:
        """Eén kopie uit een lijst zonder `lezen`, gelezen: is hij heel, en hoeveel incidenten heeft hij."""
        return kopie

    @abstractmethod
    def zet_terug(self, keuze: str | None, ook_na_opschonen: bool = False, gebruiker: str | None = None) -> Hersteld:
        """Zet een reservekopie terug (nummer of naam; None: de nieuwste goede). Het huidige register blijft bewaard.
        Een kopie van vóór een `opschonen` alleen met ook_na_opschonen (anders OpschonenOngedaan). Schrijft een regel
        in het logboek (3.3 punt 4): `gebruiker` (None: die van het besturingssysteem), de actie "herstel" of, als de
        kopie van vóór een opschonen is, "herstel na opschonen", en de naam van de kopie; geen persoonsgegevens."""

    @abstractmethod
    def noteer(self, actie: str, nummer: str | Sequence[str], gebruiker: str | None = None) -> None:
        """Een regel in het logboek voor een handeling die het register niet wijzigt (een rapport met namen, een
        opvraging aan de receptie); met meer nummers een regel per nummer, in één schrijfactie. `gebruiker`: wie
        (None: de gebruiker van het besturingssysteem)."""

    @abstractmethod
    def genoteerd(self, actie: str) -> list[dict]:
        """De regels van het logboek met deze actie: tijdstip (tekst), gebruiker, nummer; oudste eerst."""

    def problemen(self, register: Register) -> list[str]:
        """Wat bij het lezen van dit register niet klopte (met de hand gewijzigde cellen), voor de gebruiker."""
        return []
