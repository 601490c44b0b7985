"""Het register in het geheugen: incidenten, personen, maatregelen en de nieuwe regels voor het logboek.

Elke rij is een dict met waarden van het juiste type (datum, tijd, ja/nee, lijst, Duur) of None. Waar het
register bewaard wordt en wat daar niet te lezen was, weet alleen de opslag (agressie_cli.opslag)."""

from __future__ import annotations

import functools
import getpass
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime

from agressie_cli.domein.fouten import InvoerFout
from agressie_cli.domein.namen import achternaam_delen, naam_sleutel
from agressie_cli.domein.rijen import IncidentRij, MaatregelRij, PersoonRij
from agressie_cli.domein.velden import SCHEMA_VERSIE


@dataclass(eq=False)  # een register is één ding (de opslag houdt er per register iets bij): vergelijken op identiteit
class Register:
    incidenten: list[IncidentRij] = field(default_factory=list)
    personen: list[PersoonRij] = field(default_factory=list)
    maatregelen: list[MaatregelRij] = field(default_factory=list)
    logboek: list[dict] = field(default_factory=list)
    schema: int = SCHEMA_VERSIE
    gebruiker: str = ""
    # Bladen die in de opslag ontbreken (met de hand verwijderd): wie er iets in zoekt, zegt dat in plaats van
    # 'bestaat niet' (3.3).
    ontbrekende_bladen: tuple[str, ...] = ()
    # Nummers die buiten de rijen genoemd worden (het logboek, brieven): nooit opnieuw uitgeven (3.3). De opslag zet
    # dit bij het wijzigen; pas opgevraagd als er een nieuw nummer nodig is (het logboek lezen kost tijd).
    uitgegeven: Callable[[], Iterable[str]] | None = field(default=None, repr=False, compare=False)

    _index: _Index | None = field(default=None, repr=False, compare=False)
    _buiten: HoogsteNummers | None = field(default=None, repr=False, compare=False)

    # --- index: opzoeken zonder telkens alle rijen te doorlopen (registers tot 100.000 incidenten) ---------
    @property
    def index(self) -> _Index:
        tellingen = (len(self.incidenten), len(self.personen), len(self.maatregelen))
        if self._index is None or self._index.tellingen != tellingen:
            self._index = _Index(self)
        return self._index

    def voeg_incident_toe(self, rij: IncidentRij) -> None:
        index = self.index
        self.incidenten.append(rij)
        index.incident(rij)

    def voeg_persoon_toe(self, rij: PersoonRij) -> None:
        index = self.index
        self.personen.append(rij)
        index.persoon(rij)

    def voeg_maatregel_toe(self, rij: MaatregelRij) -> None:
        index = self.index
        self.maatregelen.append(rij)
        index.maatregel(rij)

    def namen_gewijzigd(self) -> None:
        self._index = None

    # --- opzoeken -------------------------------------------------------------------------
    def incident(self, nummer: str) -> IncidentRij:
        nummer = (nummer or "").strip()
        rij = self.index.incidenten.get(nummer)
        if rij is None:
            raise InvoerFout(
                f"Incident '{nummer}' bestaat niet in het register. Zoek het nummer op met: agressie lijst"
            )
        return rij

    def persoon(self, nummer: str, veld: str = "persoon") -> PersoonRij:
        """`veld`: het veld waarmee de gebruiker het nummer opgaf, voor de melding (samenvoegen: `persoonnummer`,
        `samengevoegd_in`, `niet_dezelfde`)."""
        nummer = (nummer or "").strip().upper()
        rij = self.opvolger(self.index.personen.get(nummer))
        if rij is None:
            raise InvoerFout(f"«{veld}»: persoon '{nummer}' bestaat niet in het register.")
        return rij

    def opvolger(self, persoon: PersoonRij | None) -> PersoonRij | None:
        """Een persoon die in een ander is opgegaan (samenvoegen), wordt die ander: 'historie P0005' toont dan de
        persoon waarin P0005 is opgegaan. Hoogstens tien stappen (een met de hand gemaakte kring stopt zo)."""
        for _ in range(10):
            if persoon is None or not persoon.get("samengevoegd_in"):
                return persoon
            persoon = self.index.personen.get(str(persoon["samengevoegd_in"]).strip().upper())
        return persoon

    def persoon_van(self, incident: IncidentRij | MaatregelRij) -> PersoonRij | None:
        return self.index.personen.get(str(incident.get("persoon") or "").upper())

    def incidenten_van(self, persoon: str | None) -> list[IncidentRij]:
        return [r for r in self.index.per_persoon.get(persoon, []) if r.get("persoon") == persoon]

    def maatregelen_van_incident(self, incident: str | None) -> list[MaatregelRij]:
        return [m for m in self.index.maatregelen_per_incident.get(incident, []) if m.get("incident") == incident]

    def maatregelen_van(self, persoon: str | None) -> list[MaatregelRij]:
        return [m for m in self.index.maatregelen_per_persoon.get(persoon, []) if m.get("persoon") == persoon]

    # --- nummers --------------------------------------------------------------------------
    def nieuw_incidentnummer(self, jaar: int) -> str:
        return f"{jaar}-{self.index.hoogste_per_jaar.get(jaar, 0) + 1:04d}"

    def nieuw_persoonnummer(self) -> str:
        return f"P{self.index.hoogste_persoon + 1:04d}"

    def nieuw_maatregelnummer(self) -> str:
        return f"M{self.index.hoogste_maatregel + 1:05d}"

    def zet_uitgegeven(self, bron: Callable[[], Iterable[str]]) -> None:
        """De opslag zegt waar nummers buiten de rijen staan; wat al uitgerekend was (een migratie), telt opnieuw."""
        self.uitgegeven = bron
        self._buiten = None
        self._index = None

    def buiten_de_rijen(self) -> HoogsteNummers:
        """De hoogste nummers die het logboek en de brieven noemen (één keer per register gelezen)."""
        if self._buiten is None:
            self._buiten = HoogsteNummers()
            for tekst in self.uitgegeven() if self.uitgegeven is not None else ():
                self._buiten.noem(tekst)
        return self._buiten

    def log(self, actie: str, nummer: str) -> None:
        """Logboek zonder persoonsgegevens: wie (gebruiker van het besturingssysteem), wat, wanneer, welk nummer."""
        self.logboek.append(
            {"tijdstip": nu(), "gebruiker": self.gebruiker or gebruikersnaam(), "actie": actie, "nummer": nummer}
        )


class _Index:
    """Opzoektabellen bij een Register. Wordt opnieuw opgebouwd als het aantal rijen buiten de
    voeg_*_toe-methoden om verandert; na een naamswijziging roept de code namen_gewijzigd() aan.
    Een rij die van persoon of incident wisselt, blijft in de oude lijst staan: de opzoekfuncties filteren daarop.
    Wat alleen sommige commando's nodig hebben (namen, hoogste nummers), wordt pas bij het eerste gebruik gemaakt."""

    def __init__(self, register: Register):
        self._register = register
        self.incidenten: dict[str, IncidentRij] = {}
        self.personen: dict[str, PersoonRij] = {}
        # Een met de hand leeggemaakte cel geeft None als nummer: ook dat is een sleutel (die niemand opvraagt).
        self.per_persoon: dict[str | None, list[IncidentRij]] = {}
        self.maatregelen_per_incident: dict[str | None, list[MaatregelRij]] = {}
        self.maatregelen_per_persoon: dict[str | None, list[MaatregelRij]] = {}
        self._beginletters: tuple[tuple[int, int], dict[str, list[str]]] | None = None
        for incident in register.incidenten:
            self.incidenten.setdefault(_nummer(incident.get("incident")), incident)
            self.per_persoon.setdefault(incident.get("persoon"), []).append(incident)
        for persoon in register.personen:
            self.personen.setdefault(_nummer(persoon.get("persoon")).upper(), persoon)
        for maatregel in register.maatregelen:
            self.maatregelen_per_incident.setdefault(maatregel.get("incident"), []).append(maatregel)
            self.maatregelen_per_persoon.setdefault(maatregel.get("persoon"), []).append(maatregel)
        self.tellingen = (len(register.incidenten), len(register.personen), len(register.maatregelen))

    # Het hoogste nummer telt ook wat een andere rij, het logboek of een brief nog noemt: een met de hand verwijderde
    # laatste rij gaf anders zijn nummer vrij, en de volgende nieuwe persoon of het volgende incident erfde wat dat
    # nummer nog noemde (incidenten, maatregelen, 'brief gemaakt'; 3.3).
    @functools.cached_property
    def hoogste_per_jaar(self) -> dict[int, int]:
        buiten = self._register.buiten_de_rijen()
        hoogste: dict[int, int] = dict(buiten.per_jaar)
        for nummer in self.incidenten:
            _hoogste_jaarnummer(hoogste, nummer)
        for genoemd in self.maatregelen_per_incident:
            _hoogste_jaarnummer(hoogste, _nummer(genoemd))
        return hoogste

    @functools.cached_property
    def _hoogste(self) -> dict[str, int]:
        buiten = self._register.buiten_de_rijen()
        genoemd = [*self.personen, *self.per_persoon, *self.maatregelen_per_persoon]
        return {
            "P": max(buiten.persoon, max((_volgnummer("P", _nummer(n).upper()) for n in genoemd), default=0)),
            "M": max(
                buiten.maatregel,
                max(
                    (_volgnummer("M", str(m.get("maatregel", "")).strip().upper()) for m in self._register.maatregelen),
                    default=0,
                ),
            ),
        }

    @property
    def hoogste_persoon(self) -> int:
        return self._hoogste["P"]

    @property
    def hoogste_maatregel(self) -> int:
        return self._hoogste["M"]

    @functools.cached_property
    def _namen(self) -> tuple[dict[str, list[PersoonRij]], dict[str, list[PersoonRij]]]:
        per_sleutel: dict[str, list[PersoonRij]] = {}
        per_achternaam: dict[str, list[PersoonRij]] = {}
        for rij in self._register.personen:
            self._voeg_naam_toe(rij, per_sleutel, per_achternaam)
        return per_sleutel, per_achternaam

    @staticmethod
    def _voeg_naam_toe(
        rij: PersoonRij, per_sleutel: dict[str, list[PersoonRij]], per_achternaam: dict[str, list[PersoonRij]]
    ) -> None:
        naam = str(rij.get("naam") or "")
        if naam:
            sleutel = naam_sleutel(naam)
            per_sleutel.setdefault(sleutel, []).append(rij)
            for deel in achternaam_delen(naam, sleutel):
                per_achternaam.setdefault(deel, []).append(rij)

    @property
    def per_naamsleutel(self) -> dict[str, list[PersoonRij]]:
        return self._namen[0]

    @property
    def per_achternaam(self) -> dict[str, list[PersoonRij]]:
        return self._namen[1]

    @property
    def per_beginletter(self) -> dict[str, list[str]]:
        """Naamsleutels per beginletter van hun eerste en laatste woord (voor 'bedoelt u', zie personen._lijkt_op).
        Bij elke vraag opnieuw opgebouwd uit per_naamsleutel: dat blijft zo ook na een nieuwe persoon kloppen."""
        sleutels = self.per_naamsleutel
        stand = (id(sleutels), len(sleutels))  # een nieuwe of hernoemde persoon: opnieuw
        if self._beginletters is None or self._beginletters[0] != stand:
            per_letter: dict[str, list[str]] = {}
            for sleutel in sleutels:
                woorden = sleutel.split()
                for letter in {woorden[0][:1], woorden[-1][:1]} if woorden else ():
                    per_letter.setdefault(letter, []).append(sleutel)
            self._beginletters = (stand, per_letter)
        return self._beginletters[1]

    def _tel(self, i: int) -> None:
        t = list(self.tellingen)
        t[i] += 1
        self.tellingen = (t[0], t[1], t[2])

    def incident(self, rij: IncidentRij) -> None:
        nummer = _nummer(rij.get("incident"))
        self.incidenten.setdefault(nummer, rij)
        self.per_persoon.setdefault(rij.get("persoon"), []).append(rij)
        if "hoogste_per_jaar" in self.__dict__:
            _hoogste_jaarnummer(self.hoogste_per_jaar, nummer)
        self._tel(0)

    def persoon(self, rij: PersoonRij) -> None:
        nummer = _nummer(rij.get("persoon")).upper()
        self.personen.setdefault(nummer, rij)
        if "_hoogste" in self.__dict__:
            self._hoogste["P"] = max(self._hoogste["P"], _volgnummer("P", nummer))
        if "_namen" in self.__dict__:
            self._voeg_naam_toe(rij, *self._namen)
        self._tel(1)

    def maatregel(self, rij: MaatregelRij) -> None:
        self.maatregelen_per_incident.setdefault(rij.get("incident"), []).append(rij)
        self.maatregelen_per_persoon.setdefault(rij.get("persoon"), []).append(rij)
        if "_hoogste" in self.__dict__:
            self._hoogste["M"] = max(
                self._hoogste["M"], _volgnummer("M", str(rij.get("maatregel", "")).strip().upper())
            )
        self._tel(2)


@dataclass
class HoogsteNummers:
    """De hoogste nummers in teksten van buiten de rijen (een regel van het logboek, de naam van een brief)."""

    persoon: int = 0
    maatregel: int = 0
    per_jaar: dict[int, int] = field(default_factory=dict)

    def als_tekst(self) -> str:
        """Dezelfde hoogste nummers als tekst die noem() weer leest (om te bewaren)."""
        jaren = " ".join(f"{jaar:04d}-{nummer:04d}" for jaar, nummer in sorted(self.per_jaar.items()))
        return f"P{self.persoon:04d} M{self.maatregel:05d} {jaren}".strip()

    def noem(self, tekst: str) -> None:
        for gevonden in _GENOEMD.finditer(tekst):
            p, m, jaar, volgnummer = gevonden.groups()
            if p:
                self.persoon = max(self.persoon, int(p))
            elif m:
                self.maatregel = max(self.maatregel, int(m))
            else:
                self.per_jaar[int(jaar)] = max(self.per_jaar.get(int(jaar), 0), int(volgnummer))


# P0012, M00012 of 2026-0012, los of in een bestandsnaam ('2026-0012-waarschuwing-Jansen.nieuw-M00012.docx').
_GENOEMD = re.compile(r"(?<![0-9A-Za-z])(?:P(\d{4,})|M(\d{5,})|(\d{4})-(\d{4,}))(?![0-9A-Za-z])")


def _nummer(waarde: object) -> str:
    return waarde.strip() if waarde.__class__ is str else str(waarde if waarde is not None else "").strip()


def _volgnummer(letter: str, nummer: str) -> int:
    """P0012 -> 12 (bij letter P); iets anders -> 0."""
    if nummer[:1] == letter and nummer[1:].isdigit() and nummer[1:].isascii():
        return int(nummer[1:])
    return 0


def _hoogste_jaarnummer(hoogste: dict[int, int], nummer: str) -> None:
    m = _INCIDENTNUMMER.match(nummer)
    if m:
        jaar = int(m.group(1))
        hoogste[jaar] = max(hoogste.get(jaar, 0), int(m.group(2)))


_INCIDENTNUMMER = re.compile(r"^(\d{4})-(\d+)$")


def nu() -> datetime:
    return datetime.now().replace(microsecond=0)


def gebruikersnaam() -> str:
    try:
        return getpass.getuser()
    except Exception:  # geen gebruikersnaam te bepalen (bijvoorbeeld in een dienst)
        return "onbekend"
