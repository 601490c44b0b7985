"""Het register: de gegevens (incidenten, personen, maatregelen, logboek) en hoe ze bewaard worden.

`Register` is de inhoud in het geheugen. `Opslag` is het kleine contract voor een bewaarplaats;
`ExcelOpslag` bewaart in een .xlsx die mensen ook in Excel openen. Een andere opslag (een database
voor een regio) implementeert hetzelfde contract, zonder dat de commando's of de regels veranderen.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import getpass
import os
import re
import shutil
import stat
import time as klok
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Iterator, Protocol

from agressie_cli.datums import lees_datum, lees_tijd
from agressie_cli.fouten import AgressieFout, InvoerFout, RegisterFout
from agressie_cli.kolommen import BLADEN, LOGBOEK_KOLOMMEN, SCHEMA_VERSIE, Kolom, kolommen_van
from agressie_cli.profiel import Profiel

MAX_TEKST = 32000  # Excel bewaart hoogstens 32.767 tekens in een cel
_STUURTEKENS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")
BACKUP_MAP = "reservekopieen"
LOGBOEK_BESTAND = "logboek.csv"
BACKUPS_BEWAARD = 30


@dataclass
class Celfout:
    blad: str
    rij: int
    kolom: str
    kop: str
    waarde: object
    reden: str

    def __str__(self) -> str:
        return f"Blad {self.blad}, rij {self.rij}, kolom {self.kolom} ({self.kop}): '{self.waarde}' {self.reden}."


@dataclass
class Register:
    incidenten: list[dict] = field(default_factory=list)
    personen: list[dict] = field(default_factory=list)
    maatregelen: list[dict] = field(default_factory=list)
    logboek: list[dict] = field(default_factory=list)
    fouten: list[Celfout] = field(default_factory=list)
    extra_kolommen: dict[str, list[str]] = field(default_factory=dict)
    extra_bladen: dict[str, list[list]] = field(default_factory=dict)
    schema: int = SCHEMA_VERSIE
    gebruiker: str = ""

    _index: "_Index | None" = field(default=None, repr=False, compare=False)
    # Bij het lezen: per blad de velden (sleutel, kolomtype) in de volgorde van het bestand, en waar het
    # register vandaan kwam (de snelle kopie en de rijen zoals gelezen), zodat bewaren alleen de gewijzigde
    # rijen hoeft te herschrijven.
    _velden: dict = field(default_factory=dict, repr=False, compare=False)
    _herkomst: object = field(default=None, repr=False, compare=False)

    # --- index: opzoeken zonder telkens alle rijen te doorlopen (registers tot 100.000 incidenten) ---------
    @property
    def index(self) -> "_Index":
        tellingen = (len(self.incidenten), len(self.personen), len(self.maatregelen))
        if self._index is None or self._index.tellingen != tellingen:
            self._index = _Index(self)
        return self._index

    def voeg_incident_toe(self, rij: dict) -> None:
        index = self.index
        self.incidenten.append(rij)
        index.incident(rij)

    def voeg_persoon_toe(self, rij: dict) -> None:
        index = self.index
        self.personen.append(rij)
        index.persoon(rij)

    def voeg_maatregel_toe(self, rij: dict) -> None:
        index = self.index
        self.maatregelen.append(rij)
        index.maatregel(rij)

    def namen_gewijzigd(self) -> None:
        self._index = None

    # --- opzoeken -------------------------------------------------------------------------
    def incident(self, nummer: str) -> dict:
        nummer = (nummer or "").strip()
        rij = self.index.incidenten.get(nummer)
        if rij is None:
            raise InvoerFout(f"Incident '{nummer}' bestaat niet in het register. Zoek het nummer op met: agressie lijst")
        return rij

    def persoon(self, nummer: str) -> dict:
        nummer = (nummer or "").strip().upper()
        rij = self.index.personen.get(nummer)
        if rij is None:
            raise InvoerFout(f"--persoon: persoon '{nummer}' bestaat niet in het register.")
        return rij

    def persoon_van(self, incident: dict) -> dict | None:
        return self.index.personen.get(str(incident.get("persoon") or "").upper())

    def incidenten_van(self, persoon: str) -> list[dict]:
        return [r for r in self.index.per_persoon.get(persoon, []) if r.get("persoon") == persoon]

    def maatregelen_van_incident(self, incident: str) -> list[dict]:
        return [m for m in self.index.maatregelen_per_incident.get(incident, []) if m.get("incident") == incident]

    def maatregelen_van(self, persoon: str) -> list[dict]:
        return [m for m in self.index.maatregelen_per_persoon.get(persoon, []) if m.get("persoon") == persoon]

    # --- nummers --------------------------------------------------------------------------
    def nieuw_incidentnummer(self, jaar: int) -> str:
        return f"{jaar}-{self.index.hoogste_per_jaar.get(jaar, 0) + 1:04d}"

    def nieuw_persoonnummer(self) -> str:
        return f"P{self.index.hoogste_persoon + 1:04d}"

    def nieuw_maatregelnummer(self) -> str:
        return f"M{self.index.hoogste_maatregel + 1:05d}"

    def log(self, actie: str, nummer: str) -> None:
        """Logboek zonder persoonsgegevens: wie (gebruiker van het besturingssysteem), wat, wanneer, welk nummer."""
        self.logboek.append({"tijdstip": nu(), "gebruiker": self.gebruiker or gebruikersnaam(), "actie": actie, "nummer": nummer})


class _Index:
    """Opzoektabellen bij een Register. Wordt opnieuw opgebouwd als het aantal rijen buiten de
    voeg_*_toe-methoden om verandert; na een naamswijziging roept de code namen_gewijzigd() aan.
    Een rij die van persoon of incident wisselt, blijft in de oude lijst staan: de opzoekfuncties filteren daarop.
    Wat alleen sommige commando's nodig hebben (namen, hoogste nummers), wordt pas bij het eerste gebruik gemaakt."""

    def __init__(self, register: "Register"):
        self._register = register
        self.incidenten: dict[str, dict] = {}
        self.personen: dict[str, dict] = {}
        self.per_persoon: dict[str, list[dict]] = {}
        self.maatregelen_per_incident: dict[str, list[dict]] = {}
        self.maatregelen_per_persoon: dict[str, list[dict]] = {}
        for rij in register.incidenten:
            self.incidenten.setdefault(_nummer(rij.get("incident")), rij)
            self.per_persoon.setdefault(rij.get("persoon"), []).append(rij)
        for rij in register.personen:
            self.personen.setdefault(_nummer(rij.get("persoon")).upper(), rij)
        for rij in register.maatregelen:
            self.maatregelen_per_incident.setdefault(rij.get("incident"), []).append(rij)
            self.maatregelen_per_persoon.setdefault(rij.get("persoon"), []).append(rij)
        self.tellingen = (len(register.incidenten), len(register.personen), len(register.maatregelen))

    @functools.cached_property
    def hoogste_per_jaar(self) -> dict[int, int]:
        hoogste: dict[int, int] = {}
        for nummer in self.incidenten:
            _hoogste_jaarnummer(hoogste, nummer)
        return hoogste

    @functools.cached_property
    def _hoogste(self) -> dict[str, int]:
        return {"P": max((_volgnummer("P", n) for n in self.personen), default=0),
                "M": max((_volgnummer("M", str(m.get("maatregel", "")).strip().upper()) for m in self._register.maatregelen), default=0)}

    @property
    def hoogste_persoon(self) -> int:
        return self._hoogste["P"]

    @property
    def hoogste_maatregel(self) -> int:
        return self._hoogste["M"]

    @functools.cached_property
    def _namen(self) -> tuple[dict[str, list[dict]], dict[str, list[dict]]]:
        per_sleutel: dict[str, list[dict]] = {}
        per_achternaam: dict[str, list[dict]] = {}
        for rij in self._register.personen:
            self._voeg_naam_toe(rij, per_sleutel, per_achternaam)
        return per_sleutel, per_achternaam

    @staticmethod
    def _voeg_naam_toe(rij: dict, per_sleutel: dict, per_achternaam: dict) -> None:
        from agressie_cli.personen import achternaam_sleutel, naam_sleutel

        naam = str(rij.get("naam") or "")
        if naam:
            per_sleutel.setdefault(naam_sleutel(naam), []).append(rij)
            per_achternaam.setdefault(achternaam_sleutel(naam), []).append(rij)

    @property
    def per_naamsleutel(self) -> dict[str, list[dict]]:
        return self._namen[0]

    @property
    def per_achternaam(self) -> dict[str, list[dict]]:
        return self._namen[1]

    def _tel(self, i: int) -> None:
        t = list(self.tellingen)
        t[i] += 1
        self.tellingen = tuple(t)

    def incident(self, rij: dict) -> None:
        nummer = _nummer(rij.get("incident"))
        self.incidenten.setdefault(nummer, rij)
        self.per_persoon.setdefault(rij.get("persoon"), []).append(rij)
        if "hoogste_per_jaar" in self.__dict__:
            _hoogste_jaarnummer(self.hoogste_per_jaar, nummer)
        self._tel(0)

    def persoon(self, rij: dict) -> None:
        nummer = _nummer(rij.get("persoon")).upper()
        self.personen.setdefault(nummer, rij)
        if "_hoogste" in self.__dict__:
            self._hoogste["P"] = max(self._hoogste["P"], _volgnummer("P", nummer))
        if "_namen" in self.__dict__:
            self._voeg_naam_toe(rij, *self._namen)
        self._tel(1)

    def maatregel(self, rij: dict) -> None:
        self.maatregelen_per_incident.setdefault(rij.get("incident"), []).append(rij)
        self.maatregelen_per_persoon.setdefault(rij.get("persoon"), []).append(rij)
        if "_hoogste" in self.__dict__:
            self._hoogste["M"] = max(self._hoogste["M"], _volgnummer("M", str(rij.get("maatregel", "")).strip().upper()))
        self._tel(2)


def _nummer(waarde) -> str:
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


def controleer_tekst(veld: str, waarde: str) -> str:
    """Tekst die in het register komt: geen stuurtekens (Excel kan ze niet bewaren), niet te lang."""
    if _STUURTEKENS.search(waarde):
        raise InvoerFout(f"{veld}: de tekst bevat een onzichtbaar stuurteken dat Excel niet kan bewaren. Typ de tekst opnieuw.")
    if len(waarde) > MAX_TEKST:
        raise InvoerFout(f"{veld}: de tekst is {len(waarde)} tekens lang; een Excel-cel bewaart er hoogstens {MAX_TEKST}.")
    return waarde


class Opslag(Protocol):
    """Het contract van een bewaarplaats voor het register."""

    def lees(self) -> Register: ...

    def wijzig(self) -> contextlib.AbstractContextManager[Register]:
        """Leest onder een slot, geeft het register om te wijzigen en bewaart het bij een normaal einde."""
        ...


# ----------------------------------------------------------------------------------------------
# Excel
# ----------------------------------------------------------------------------------------------

def _kolomletter(index: int) -> str:
    from agressie_cli.xlsx import kolomletter

    return kolomletter(index)


def _lees_cel(kolom: Kolom, waarde: object) -> object:
    """Zet een celwaarde om naar het type van de kolom; ValueError met een reden als dat niet kan."""
    if waarde is None or (isinstance(waarde, str) and waarde.strip() == ""):
        return [] if kolom.type == "lijst" else None
    t = kolom.type
    if t == "datum":
        if isinstance(waarde, (date, datetime)):
            return waarde.date() if isinstance(waarde, datetime) else waarde
        try:
            return lees_datum(str(waarde))
        except InvoerFout:
            raise ValueError("is geen geldige datum")
    if t == "tijd":
        if isinstance(waarde, (float, int)) and 0 <= waarde < 1:
            minuten = round(waarde * 24 * 60)
            return time(minuten // 60, minuten % 60)
        if isinstance(waarde, timedelta):
            minuten = int(waarde.total_seconds() // 60)
            return time((minuten // 60) % 24, minuten % 60)
        try:
            return lees_tijd(waarde)
        except InvoerFout:
            raise ValueError("is geen geldige tijd (UU:MM)")
    if t == "moment":
        if isinstance(waarde, datetime):
            return waarde
        if isinstance(waarde, date):
            return datetime(waarde.year, waarde.month, waarde.day)
        try:
            return datetime.fromisoformat(str(waarde).strip())
        except ValueError:
            raise ValueError("is geen geldig tijdstip")
    if t == "janee":
        if isinstance(waarde, bool):
            return waarde
        tekst = str(waarde).strip().lower()
        if tekst in ("ja", "j", "yes", "waar", "true", "1"):
            return True
        if tekst in ("nee", "n", "no", "onwaar", "false", "0"):
            return False
        raise ValueError("is geen ja of nee")
    if t == "lijst":
        delen = [d.strip() for d in re.split(r"[;,]", str(waarde)) if d.strip()]
        if kolom.keuzes:
            delen = [d.lower() for d in delen]
            onbekend = [d for d in delen if d not in kolom.keuzes]
            if onbekend:
                raise ValueError(f"bevat een onbekende waarde ({', '.join(onbekend)}); toegestaan: {', '.join(kolom.keuzes)}")
        return delen
    if t == "keuze":
        tekst = str(waarde).strip()
        if kolom.keuzes:
            for keuze in kolom.keuzes:
                if keuze.lower() == tekst.lower():
                    return keuze
            raise ValueError(f"is geen toegestane waarde; kies uit: {', '.join(kolom.keuzes)}")
        return tekst
    if t == "duur":
        if isinstance(waarde, (int, float)) and float(waarde).is_integer() and waarde > 0:
            return int(waarde)
        tekst = str(waarde).strip().lower()
        if tekst.startswith("onbepaald"):
            return "onbepaald"
        if tekst.isdigit() and int(tekst) > 0:
            return int(tekst)
        raise ValueError("is geen aantal maanden of 'onbepaald'")
    if isinstance(waarde, float) and waarde.is_integer():
        return str(int(waarde))
    if isinstance(waarde, datetime):
        return waarde.strftime("%d-%m-%Y %H:%M") if waarde.time() != time(0) else waarde.strftime("%d-%m-%Y")
    if isinstance(waarde, date):
        return waarde.strftime("%d-%m-%Y")
    return str(waarde)


def _omzetter(kolom: Kolom):
    """Snelle omzetting per kolom: wat Excel al in het goede type geeft, gaat er ongewijzigd door."""
    t = kolom.type
    traag = functools.partial(_lees_cel, kolom)
    if t == "tekst" or (t == "keuze" and not kolom.keuzes):
        # Korte teksten herhalen zich (melder, afdeling, naam bij elk incident): één object per waarde scheelt
        # bij 100.000 incidenten ruim 100 MB geheugen.
        gedeeld: dict[str, str] = {}

        def tekst(v):
            if v.__class__ is str:
                return gedeeld.setdefault(v, v) if len(v) < 48 else v
            return traag(v)

        return tekst
    if t == "datum":
        return lambda v: v if v.__class__ is date else traag(v)
    if t == "tijd":
        return lambda v: v if v.__class__ is time else traag(v)
    if t == "moment":
        return lambda v: v if v.__class__ is datetime else traag(v)
    if t == "janee":
        snel = {"ja": True, "nee": False}
        return lambda v: snel[v] if v.__class__ is str and v in snel else traag(v)
    if t == "keuze":
        toegestaan = {k: k for k in kolom.keuzes}  # geeft steeds hetzelfde tekstobject terug: minder geheugen
        return lambda v: toegestaan[v] if v.__class__ is str and v in toegestaan else traag(v)
    return traag


class _Bladlezer:
    """Zet de rijen van één blad om naar dicts, volgens de kopregel van dat blad."""

    def __init__(self, naam: str, koppen: list[str], kolommen: list[Kolom]):
        self.naam = naam
        per_kop = {k.kop.lower(): k for k in kolommen}
        self.velden = []
        self.extra = []
        for i, kop in enumerate(koppen):
            if not kop:
                continue
            kolom = per_kop.get(kop.lower())
            if kolom is None:
                self.extra.append((i, kop))
            else:
                self.velden.append((i, kolom.sleutel, _omzetter(kolom), kolom, [] if kolom.type == "lijst" else None))
        self.breedte = len(koppen)

    @property
    def veldtypen(self) -> list[tuple[str, str]]:
        return [(sleutel, kolom.type) for _, sleutel, _, kolom, _ in self.velden] + [(kop, "rauw") for _, kop in self.extra]

    def rij(self, rij, rijnummer: int, fouten: list[Celfout]) -> dict:
        if len(rij) < self.breedte:
            rij = list(rij) + [None] * (self.breedte - len(rij))
        record: dict = {}
        for i, sleutel, omzet, kolom, leeg in self.velden:
            waarde = rij[i]
            if waarde == "" or waarde is None:
                record[sleutel] = [] if leeg is not None else None
                continue
            try:
                record[sleutel] = omzet(waarde)
            except ValueError as reden:
                fouten.append(Celfout(self.naam, rijnummer, _kolomletter(i + 1), kolom.kop, waarde, str(reden)))
                record[sleutel] = waarde
                record.setdefault("_fout", set()).add(sleutel)
        for i, kop in self.extra:
            waarde = rij[i]
            record[kop] = None if waarde == "" else waarde
        return record


def _lees_blad(naam: str, rijen, kolommen: list[Kolom], register: Register) -> list[dict]:
    """`rijen` mag een iterator zijn (calamine iter_rows): dan staat nooit het hele blad twee keer in het geheugen."""
    rijen = iter(rijen)
    eerste = next(rijen, None)
    if eerste is None:
        register._velden[naam] = []
        return []
    lezer = _Bladlezer(naam, [str(k).strip() if k is not None else "" for k in eerste], kolommen)
    register.extra_kolommen[naam] = [kop for _, kop in lezer.extra]
    register._velden[naam] = lezer.veldtypen
    omzetten, fouten = lezer.rij, register.fouten
    return [omzetten(rij, rijnummer, fouten) for rijnummer, rij in enumerate(rijen, start=2)
            if rij.count("") + rij.count(None) != len(rij)]


def _zoals_gelezen(waarde):
    """De waarde zoals python-calamine hem teruggeeft nadat agressie_cli.xlsx hem schreef:
    een geheel getal komt terug als float, een tijdstip om middernacht als datum."""
    c = waarde.__class__
    if c is int:
        return float(waarde)
    if (c is date or c is datetime) and waarde.year < 1900:
        from agressie_cli.xlsx import als_tekst

        return als_tekst(waarde)
    if c is datetime:
        return waarde.date() if waarde.hour == waarde.minute == waarde.second == 0 else waarde.replace(microsecond=0)
    if c is time:
        return waarde.replace(microsecond=0)
    return waarde


_ATTRIBUTEN = (("Incidenten", "incidenten"), ("Personen", "personen"), ("Maatregelen", "maatregelen"))


@dataclass
class _Herkomst:
    kopie: object  # cache.Kopie van het bestand zoals het gelezen werd
    gelezen: dict[str, list[tuple]]  # per blad de rijen zoals gelezen, als tuples in de volgorde van de velden


@dataclass
class _Plan:
    """Wat bewaren aan één blad doet: per rij (index, celwaarden, de rij zoals hij gelezen zal worden)."""
    oud_aantal: int
    vervangen: list[tuple[int, list, dict]]
    nieuw: list[tuple[int, list, dict]]
    fouten: list[Celfout]


def _uit_kopie(kopie, bladen: tuple[str, ...] | None, om_te_bewaren: bool) -> Register:
    """Het register uit de snelle kopie; met `bladen` alleen die bladen. Om te bewaren: met de herkomst
    (de kopie en de rijen zoals gelezen); anders gaat de kopie blad voor blad weg (minder geheugen)."""
    from agressie_cli.cache import _decodeer_algemeen

    register = Register(gebruiker=gebruikersnaam(), schema=kopie.schema)
    gelezen = {}
    for naam, attribuut in _ATTRIBUTEN:
        if bladen is not None and naam not in bladen:
            continue
        blad = kopie.blad(naam)
        if not om_te_bewaren:  # alleen lezen: gecodeerde bladen tot en met dit blad meteen vrijgeven
            for gelezen_blad in kopie.namen[:kopie.namen.index(naam) + 1] if naam in kopie.namen else ():
                kopie.bladen.pop(gelezen_blad, None)
        if blad is None:
            continue
        rijen, gelezen[naam] = blad.rijen(met_momentopname=om_te_bewaren)
        del blad
        setattr(register, attribuut, rijen)
    register.extra_kolommen = {n: list(k) for n, k in kopie.extra_kolommen.items()}
    register.extra_bladen = {n: [[_decodeer_algemeen(v) for v in rij] for rij in rijen] for n, rijen in kopie.extra_bladen.items()}
    register.fouten = [Celfout(b, r, k, kop, _decodeer_algemeen(w), reden) for b, r, k, kop, w, reden in kopie.fouten
                       if bladen is None or b in bladen]
    register._herkomst = _Herkomst(kopie, gelezen) if om_te_bewaren else None
    return register


def eigenaar_van_slot(register_pad: Path) -> str | None:
    """Wie heeft het register open? Excel schrijft '~$register.xlsx', LibreOffice '.~lock.register.xlsx#'."""
    excel = register_pad.with_name("~$" + register_pad.name)
    if excel.exists():
        return _naam_uit_excel_slot(excel)
    libre = register_pad.with_name(f".~lock.{register_pad.name}#")
    if libre.exists():
        try:
            return libre.read_text(encoding="utf-8", errors="replace").split(",")[1].strip() or "onbekende gebruiker"
        except (OSError, IndexError):
            return "onbekende gebruiker"
    return None


def _naam_uit_excel_slot(pad: Path) -> str:
    # Het eigenaarsbestand van Excel: byte 0 de lengte van de naam, dan de naam in ANSI;
    # vanaf byte 54 nog eens de lengte (2 bytes) en de naam in UTF-16.
    try:
        data = pad.read_bytes()
    except OSError:
        return "onbekende gebruiker"
    with contextlib.suppress(Exception):
        lengte = int.from_bytes(data[54:56], "little")
        if 0 < lengte <= 54:
            naam = data[56:56 + 2 * lengte].decode("utf-16-le").strip()
            if naam and naam.isprintable():
                return naam
    with contextlib.suppress(Exception):
        lengte = data[0]
        naam = data[1:1 + lengte].decode("cp1252").strip()
        if naam and naam.isprintable():
            return naam
    return "onbekende gebruiker"


class ExcelOpslag:
    """Het register als .xlsx. Lezen met python-calamine (snel), schrijven met agressie_cli.xlsx (gestreamd)."""

    def __init__(self, pad: Path, profiel: Profiel | None, slot_wachttijd: float = 60.0, cache: bool = True):
        self.pad = Path(pad)
        self.profiel = profiel
        self.slot_wachttijd = slot_wachttijd
        self.cache = cache  # de snelle kopie naast het register gebruiken (niet bij reservekopieën)

    @property
    def cache_pad(self) -> Path:
        from agressie_cli import cache

        return cache.pad_van(self.pad)

    @functools.cached_property
    def _vinger(self) -> str:
        from agressie_cli import cache

        return cache.vingerafdruk({naam: kolommen_van(naam, self.profiel) for naam in BLADEN})

    # --- lezen -----------------------------------------------------------------------------
    def lees(self, bladen: tuple[str, ...] | None = None) -> Register:
        """Leest het register. Een bestand dat geen leesbaar register is, wordt niet aangeraakt.
        Met de snelle kopie (zie cache.py) als die bij precies deze versie van het bestand hoort;
        anders uit het Excel-bestand, waarna de kopie opnieuw gemaakt wordt."""
        if not self.cache:
            return self._migreer(self._lees_excel(bladen))
        return self._migreer(self._lees_via_kopie(bladen, om_te_bewaren=False))

    def _lees_om_te_wijzigen(self) -> Register:
        if not self.cache:
            return self._migreer(self._lees_excel(None))
        return self._migreer(self._lees_via_kopie(None, om_te_bewaren=True))

    def _lees_via_kopie(self, bladen: tuple[str, ...] | None, om_te_bewaren: bool) -> Register:
        from agressie_cli import cache

        try:
            return _uit_kopie(self._kopie(), bladen, om_te_bewaren)
        except cache.KopieFout:
            cache.verwijder(self.cache_pad)  # beschadigde kopie: weg ermee, en lezen uit het Excel-bestand
            return _uit_kopie(self._kopie(), bladen, om_te_bewaren)

    def _kopie(self):
        """De snelle kopie die bij het huidige bestand hoort; zo nodig eerst gemaakt uit het Excel-bestand."""
        from agressie_cli import cache

        inhoud = self._lees_bytes()
        sleutel = cache.sleutel_van(inhoud)
        kopie = cache.laad(self.cache_pad, self._vinger, sleutel)
        if kopie is None:
            gelezen = self._lees_excel(None, inhoud)
            kopie = cache.maak(sleutel, gelezen.schema, gelezen.extra_kolommen, gelezen.extra_bladen, gelezen.fouten)
            for naam, attribuut in _ATTRIBUTEN:
                if naam in gelezen._velden:
                    kopie.zet_blad(naam, cache.Bladkopie.uit_rijen(gelezen._velden[naam], getattr(gelezen, attribuut)))
                    setattr(gelezen, attribuut, [])  # blad voor blad: nooit twee keer een heel register in het geheugen
            data = cache.naar_bytes(kopie, self._vinger)
            del kopie, gelezen
            if self._ongewijzigd_sinds(sleutel):
                # Niet als een schrijver het register intussen verving: dan zou deze (oudere) kopie de
                # zijne vervangen, met bijvoorbeeld gegevens die net zijn opgeschoond.
                cache.bewaar(self.cache_pad, data, self._vinger)
            kopie = cache.uit_bytes(data, self._vinger, sleutel)
        return kopie

    def _ongewijzigd_sinds(self, sleutel: str) -> bool:
        from agressie_cli import cache

        try:
            return cache.sleutel_van(self.pad.read_bytes()) == sleutel
        except OSError:
            return False

    def _migreer(self, register: Register) -> Register:
        if register.schema < SCHEMA_VERSIE:
            from agressie_cli.migraties import migreer

            migreer(register)
        return register

    def _lees_bytes(self) -> bytes:
        if not self.pad.is_file():
            raise RegisterFout(f"Register '{self.pad}' niet gevonden. Maak het met 'agressie init'.")
        try:
            return self.pad.read_bytes()
        except PermissionError:
            raise RegisterFout(f"Geen toestemming om het register '{self.pad}' te lezen. Vraag de beheerder om leesrechten.")
        except OSError as fout:
            raise RegisterFout(f"Het register '{self.pad}' kan niet gelezen worden: {fout.strerror or fout}.")

    def _lees_excel(self, bladen: tuple[str, ...] | None, inhoud: bytes | None = None) -> Register:
        """Leest het Excel-bestand blad voor blad (een commando dat maar een deel nodig heeft, noemt die bladen)."""
        if inhoud is None:
            inhoud = self._lees_bytes()
        register = Register(gebruiker=gebruikersnaam())
        try:
            import io

            from python_calamine import CalamineWorkbook

            werkboek = CalamineWorkbook.from_filelike(io.BytesIO(inhoud))
            namen = list(werkboek.sheet_names)
            ontbrekend = [b for b in ("Incidenten", "Maatregelen") if b not in namen]
            if ontbrekend:
                raise RegisterFout(
                    f"Het register '{self.pad.name}' mist het blad {' en '.join(ontbrekend)}. "
                    "Is het bestand hernoemd of zijn bladen verwijderd? " + self._backup_hint()
                )
            info = werkboek.get_sheet_by_name("Info").to_python() if "Info" in namen else []
            register.schema = _schema_versie(info)
            if register.schema > SCHEMA_VERSIE:
                raise RegisterFout(
                    f"Het register heeft schemaversie {register.schema}; deze versie van agressie kent tot en met {SCHEMA_VERSIE}. "
                    "Werk agressie bij (pip install --upgrade agressie)."
                )
            for naam, attribuut in _ATTRIBUTEN:
                if naam in namen and (bladen is None or naam in bladen):
                    rijen = werkboek.get_sheet_by_name(naam).iter_rows()
                    setattr(register, attribuut, _lees_blad(naam, rijen, kolommen_van(naam, self.profiel), register))
            if bladen is None:
                register.extra_bladen = {n: werkboek.get_sheet_by_name(n).to_python(skip_empty_area=False)
                                         for n in namen if n not in BLADEN and n != "Info"}
        except AgressieFout:
            raise
        except Exception:
            raise RegisterFout(self._beschadigd_melding())
        return register

    # --- schrijven -------------------------------------------------------------------------
    @contextlib.contextmanager
    def wijzig(self) -> Iterator[Register]:
        with self.slot():
            self._weiger_als_geopend()
            self._weiger_als_alleen_lezen()
            register = self._lees_om_te_wijzigen()
            oude_versie = register.schema
            yield register
            if oude_versie < SCHEMA_VERSIE:
                backup = self.maak_backup(f"voor-migratie-v{oude_versie}")
                if self.bij_migratie:
                    self.bij_migratie(f"Het register is bijgewerkt van schemaversie {oude_versie} naar {SCHEMA_VERSIE}; "
                                      f"de oude versie staat in {backup}.")
            self.bewaar(register)

    bij_migratie = None  # functie die een melding over een migratie toont (de CLI zet die)

    def _weiger_als_alleen_lezen(self) -> None:
        # Ook als beheerder (root) vervangen we geen bestand dat iemand bewust alleen-lezen heeft gemaakt.
        if self.pad.exists() and not (self.pad.stat().st_mode & stat.S_IWUSR):
            raise RegisterFout(
                f"Het register '{self.pad.name}' is alleen-lezen. Er is niets gewijzigd. "
                "Haal het vinkje 'Alleen-lezen' weg (Eigenschappen van het bestand) of vraag de beheerder om schrijfrechten."
            )

    @contextlib.contextmanager
    def slot(self):
        from filelock import FileLock, Timeout

        slot = FileLock(str(self.pad.with_name(self.pad.name + ".lock")), timeout=self.slot_wachttijd)
        try:
            slot.acquire()
        except Timeout:
            raise RegisterFout(
                f"Het register is al {int(self.slot_wachttijd)} seconden bezet door een andere gebruiker van agressie. Probeer het zo opnieuw."
            )
        except PermissionError:
            raise RegisterFout(f"Geen schrijfrechten in de map '{self.pad.parent}'. Vraag de beheerder om schrijfrechten.")
        except OSError as fout:
            raise RegisterFout(f"Het register kan niet vergrendeld worden in '{self.pad.parent}': {fout.strerror or fout}.")
        try:
            yield
        finally:
            slot.release()

    def _weiger_als_geopend(self) -> None:
        eigenaar = eigenaar_van_slot(self.pad)
        if eigenaar:
            raise RegisterFout(
                f"Het register is geopend door {eigenaar} (in Excel of LibreOffice). Er is niets gewijzigd. "
                "Vraag om het bestand te sluiten en probeer het daarna opnieuw."
            )

    def bewaar(self, register: Register) -> None:
        """Schrijft naar een tijdelijk bestand in dezelfde map en vervangt het register daarna in één stap."""
        from agressie_cli import cache

        tijdelijk = self.pad.with_name(f".{self.pad.stem}-{uuid.uuid4().hex[:8]}.tmp")
        try:
            self._ruim_tijdelijke_bestanden_op()
            kopie = self._schrijf_alleen_wijzigingen(register, tijdelijk) if self.cache else None
            if kopie is None:
                self._schrijf_werkboek(register, tijdelijk)
            with open(tijdelijk, "rb+") as f:
                os.fsync(f.fileno())
                if kopie is not None:
                    f.seek(0)
                    kopie.sleutel = cache.sleutel_van(f.read())
            self.maak_backup()
            self._schrijf_logboek(register)
            _vervang(tijdelijk, self.pad)
            register._herkomst = None  # het register in het geheugen hoort niet meer bij een gelezen bestand
            if kopie is not None:
                if not cache.bewaar(self.cache_pad, kopie, self._vinger):
                    cache.verwijder(self.cache_pad)  # geen oude kopie laten staan (opschonen: AVG)
            elif self.cache:
                # Na een volledige schrijfactie maakt het volgende commando de kopie opnieuw uit het
                # Excel-bestand; een oude kopie (bijvoorbeeld met gegevens van vóór opschonen) gaat weg.
                cache.verwijder(self.cache_pad)
        except PermissionError:
            raise RegisterFout(
                f"Geen toestemming om '{self.pad}' te schrijven: alleen-lezen, geen schrijfrechten in de map, "
                "of geopend in een ander programma. Er is niets gewijzigd."
            )
        except OSError as fout:
            raise RegisterFout(
                f"Het register kon niet worden opgeslagen ({fout.strerror or fout}); is de schijf vol? Er is niets gewijzigd."
            )
        finally:
            with contextlib.suppress(OSError):
                tijdelijk.unlink()

    @property
    def logboek_pad(self) -> Path:
        return self.pad.with_name(LOGBOEK_BESTAND)

    def _schrijf_logboek(self, register: Register) -> None:
        """Het logboek is een bestand waar alleen regels bij komen (puntkomma's, UTF-8: opent goed in Excel).
        Geschreven vóór het register wordt vervangen: mislukt het, dan verandert er niets."""
        if not register.logboek:
            return
        nieuw = not self.logboek_pad.exists()
        with open(self.logboek_pad, "a", encoding="utf-8-sig" if nieuw else "utf-8", newline="") as f:
            schrijver = csv.writer(f, delimiter=";")
            if nieuw:
                schrijver.writerow([k.kop for k in LOGBOEK_KOLOMMEN])
            for regel in register.logboek:
                schrijver.writerow([regel["tijdstip"].strftime("%Y-%m-%d %H:%M:%S"), regel["gebruiker"], regel["actie"], regel["nummer"]])
            f.flush()
            os.fsync(f.fileno())
        register.logboek.clear()

    def _ruim_tijdelijke_bestanden_op(self) -> None:
        """Wie het slot heeft, is de enige schrijver: een achtergebleven tijdelijk bestand is van een afgebroken proces
        (een lezer die net een snelle kopie schrijft, merkt het weghalen niet: dan is er even geen kopie)."""
        for patroon in (f".{self.pad.stem}-*.tmp", f".{self.pad.name}.cache-*.tmp"):
            for oud in self.pad.parent.glob(patroon):
                with contextlib.suppress(OSError):
                    oud.unlink()

    def maak_backup(self, soort: str = "") -> Path | None:
        if not self.pad.exists():
            return None
        map_ = self.pad.parent / BACKUP_MAP
        map_.mkdir(exist_ok=True)
        doel = map_ / f"{self.pad.stem}-{datetime.now():%Y%m%d-%H%M%S-%f}{'-' + soort if soort else ''}.xlsx"
        shutil.copy2(self.pad, doel)
        oud = sorted(map_.glob(f"{self.pad.stem}-*.xlsx"))
        for bestand in oud[:-BACKUPS_BEWAARD]:
            with contextlib.suppress(OSError):
                bestand.unlink()
        return doel

    def backups(self) -> list[Path]:
        map_ = self.pad.parent / BACKUP_MAP
        return sorted(map_.glob(f"{self.pad.stem}-*.xlsx"), reverse=True) if map_.is_dir() else []

    def is_leesbaar(self, pad: Path) -> bool:
        try:
            ExcelOpslag(pad, self.profiel, cache=False).lees()
            return True
        except AgressieFout:
            return False

    def nieuwste_goede_backup(self) -> Path | None:
        for pad in self.backups():
            if self.is_leesbaar(pad):
                return pad
        return None

    def _backup_hint(self) -> str:
        goed = self.nieuwste_goede_backup()
        if goed:
            return f"De nieuwste goede reservekopie is '{goed.name}'; zet die terug met: agressie herstel"
        return "Er is geen goede reservekopie gevonden."

    def _beschadigd_melding(self) -> str:
        return (
            f"Het register '{self.pad.name}' is beschadigd of geen Excel-bestand; agressie raakt het niet aan. "
            + self._backup_hint()
        )

    def _schrijf_alleen_wijzigingen(self, register: Register, doel: Path):
        """Schrijft het register door de bladen van het huidige bestand over te nemen en alleen gewijzigde en
        nieuwe rijen te maken. Geeft de bijgewerkte snelle kopie terug, of None als dat niet kan of niet loont
        (rijen verwijderd, andere kolommen, veel wijzigingen, migratie, of een bestand dat niet de opbouw heeft
        die agressie schrijft, bijvoorbeeld na opslaan in Excel: dat ziet schrijf_werkboek)."""
        from agressie_cli.cache import Bladkopie, _code_algemeen
        from agressie_cli.xlsx import Patch, PatchFout

        herkomst = register._herkomst
        if not isinstance(herkomst, _Herkomst):
            return None
        kopie = herkomst.kopie
        if kopie.schema != SCHEMA_VERSIE or register.schema != SCHEMA_VERSIE \
                or register.extra_kolommen != kopie.extra_kolommen \
                or {n: [[_code_algemeen(v) for v in r] for r in rijen] for n, rijen in register.extra_bladen.items()} != kopie.extra_bladen:
            return None
        plannen = {}
        for naam, attribuut in _ATTRIBUTEN:
            plan = self._plan_blad(naam, getattr(register, attribuut), register.extra_kolommen.get(naam, []), kopie, herkomst.gelezen.get(naam))
            if plan is None:
                return None
            plannen[naam] = plan
        try:
            self._schrijf_werkboek(register, doel, {n: Patch({i: c for i, c, _ in p.vervangen}, p.oud_aantal) for n, p in plannen.items()},
                                   {n: [c for _, c, _ in p.nieuw] for n, p in plannen.items()})
        except PatchFout:
            return None
        for naam, plan in plannen.items():
            # De nieuwe kopie: ongewijzigde rijen zoals gelezen, de andere zoals ze nu gelezen zouden worden.
            rijen = list(getattr(register, dict(_ATTRIBUTEN)[naam]))
            for i, _, rij in plan.vervangen:
                rijen[i] = rij
            rijen[plan.oud_aantal:] = [rij for _, _, rij in plan.nieuw]
            # pas bij het wegschrijven coderen, blad voor blad: minder geheugen bij een groot register
            kopie.zet_blad(naam, Bladkopie.uit_rijen(kopie.bladen[naam].velden, rijen, nu=False))
            vervangen = {i + 2 for i, _, _ in plan.vervangen}
            kopie.fouten = [f for f in kopie.fouten if not (f[0] == naam and f[1] in vervangen)]
            kopie.fouten.extend((f.blad, f.rij, f.kolom, f.kop, _code_algemeen(f.waarde), f.reden) for f in plan.fouten)
        volgorde = {naam: i for i, (naam, _) in enumerate(_ATTRIBUTEN)}
        kopie.fouten.sort(key=lambda f: (volgorde.get(f[0], 9), f[1], len(f[2]), f[2]))
        return kopie

    def _plan_blad(self, naam: str, rijen: list[dict], extra: list[str], kopie, gelezen: list[tuple] | None) -> "_Plan | None":
        kolommen = kolommen_van(naam, self.profiel)
        velden = [(k.sleutel, k.type) for k in kolommen] + [(kop, "rauw") for kop in extra]
        blad = kopie.bladen.get(naam)
        if blad is None or gelezen is None or list(blad.velden) != velden or len(rijen) < len(gelezen):
            return None
        sleutels = blad.sleutels
        gewijzigd = [i for i, oud in enumerate(gelezen)
                     if i in blad.afwijkingen or i in blad.foutvelden or rijen[i].get("_fout")
                     or tuple(map(rijen[i].get, sleutels)) != oud]
        if len(gewijzigd) > max(100, len(gelezen) // 10):
            return None  # dan is alles opnieuw schrijven even snel
        lezer = _Bladlezer(naam, [k.kop for k in kolommen] + extra, kolommen)
        fouten: list[Celfout] = []
        te_maken = gewijzigd + list(range(len(gelezen), len(rijen)))
        gemaakt = []
        for i, cellen in zip(te_maken, _rijwaarden(kolommen, extra, [rijen[i] for i in te_maken])):
            if all(c is None or c == "" for c in cellen):
                return None  # een lege rij slaat het lezen over: dan kloppen de rijnummers niet meer
            gemaakt.append((i, cellen, lezer.rij([_zoals_gelezen(c) for c in cellen], i + 2, fouten)))
        return _Plan(len(gelezen), gemaakt[:len(gewijzigd)], gemaakt[len(gewijzigd):], fouten)

    def _schrijf_werkboek(self, register: Register, doel: Path, patches: dict | None = None, nieuw: dict | None = None) -> None:
        from agressie_cli.xlsx import Blad, schrijf_werkboek

        bladen = []
        for naam, rijen in (
            ("Incidenten", register.incidenten),
            ("Personen", register.personen),
            ("Maatregelen", register.maatregelen),
        ):
            kolommen = kolommen_van(naam, self.profiel)
            extra = register.extra_kolommen.get(naam, [])
            keuzes = {i: list(k.keuzes) for i, k in enumerate(kolommen, 1)
                      if k.type in ("keuze", "janee") and k.keuzes and len(",".join(k.keuzes)) < 250}
            celrijen = nieuw[naam] if nieuw else _rijwaarden(kolommen, extra, rijen)
            bladen.append(Blad(naam, [k.kop for k in kolommen] + extra, celrijen,
                               [k.breedte for k in kolommen] + [16] * len(extra), keuzes, len(rijen)))
        for naam, rijen in register.extra_bladen.items():
            koppen = [("" if v is None else v) for v in rijen[0]] if rijen else []
            bladen.append(Blad(naam, koppen, ([None if v == "" else v for v in r] for r in rijen[1:]), [], {},
                               max(len(rijen) - 1, 0), opgemaakt=False))
        bladen.append(Blad("Info", ["schemaversie", SCHEMA_VERSIE], [["gemaakt met", "agressie"]], [16, 12], {}, 1, opgemaakt=False))
        schrijf_werkboek(doel, bladen, self.pad if patches else None, patches)


def _rijwaarden(kolommen: list[Kolom], extra: list[str], rijen: list[dict]):
    """Per rij de celwaarden in kolomvolgorde: ja/nee als tekst, lijsten als 'a, b'; een met de hand
    ingevulde ongeldige waarde blijft staan zoals hij was."""
    sleutels = [(k.sleutel, k.type) for k in kolommen]
    for rij in rijen:
        fout = rij.get("_fout", ())
        waarden = []
        for sleutel, type_ in sleutels:
            waarde = rij.get(sleutel)
            if waarde is None or waarde == "" or waarde == []:
                waarden.append(None)
            elif sleutel in fout:
                waarden.append(waarde)
            elif type_ == "janee":
                waarden.append("ja" if waarde else "nee")
            elif type_ == "lijst":
                waarden.append(", ".join(waarde))
            else:
                waarden.append(waarde)
        waarden.extend(rij.get(kop) for kop in extra)
        yield waarden


def _vervang(bron: Path, doel: Path, pogingen: int = 20) -> None:
    """os.replace, met een paar nieuwe pogingen: op Windows faalt vervangen zolang een lezer het bestand kort open heeft."""
    for poging in range(pogingen):
        try:
            os.replace(bron, doel)
            return
        except PermissionError:
            if poging == pogingen - 1 or os.name != "nt":
                raise
            klok.sleep(0.1)


def _schema_versie(rijen: list[list]) -> int:
    for rij in rijen:
        if rij and str(rij[0]).strip().lower() == "schemaversie":
            with contextlib.suppress(TypeError, ValueError):
                return int(rij[1])
    return 0 if not rijen else SCHEMA_VERSIE


def maak_leeg_register(pad: Path, profiel: Profiel) -> None:
    if pad.exists():
        raise InvoerFout(f"{pad} bestaat al; agressie init overschrijft geen register.")
    ExcelOpslag(pad, profiel).bewaar(Register())
