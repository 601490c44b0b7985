"""Een snelle kopie van het gelezen register, naast het Excel-bestand: `register.xlsx.cache`.

Waarom: het Excel-bestand lezen en elke cel omzetten kost bij 10.000 incidenten ruim een halve seconde,
bij elk commando opnieuw. De kopie bevat precies wat het lezen van het Excel-bestand oplevert (rijen,
celfouten, extra kolommen en bladen) en hoort bij één versie van dat bestand: de sleutel is een hash van
de bytes van register.xlsx. Wijzigt iemand het register (in Excel, met agressie, door een reservekopie
terug te zetten), dan past de sleutel niet meer en leest agressie het Excel-bestand opnieuw. Het
Excel-bestand blijft dus altijd de bron; de kopie mag op elk moment weg.

Formaat: marshal uit de standaardbibliotheek. Snel, en anders dan pickle voert het bij het laden geen code
uit; wat niet klopt (afgebroken, andere versie) wordt genegeerd. Datums staan erin als getal of tekst.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import io
import marshal
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from itertools import repeat
from pathlib import Path
from typing import Any

from agressie_cli.domein.bestanden import te_lang_voor_windows, tijdelijk_naast, verberg, vervang
from agressie_cli.domein.duur import Duur

# Verhogen bij elke wijziging in wat het lezen van het Excel-bestand oplevert (omzetten van cellen, kolommen,
# celfouten) of in dit formaat: dan worden bestaande kopieën niet meer gebruikt.
FORMAAT = 8  # 7 (3.1): een kolom die in elke rij leeg is, staat er als het aantal rijen; 8 (3.3): geen dubbele koppen
_KENMERK = "agressie-register-cache"


def pad_van(register_pad: Path) -> Path:
    return register_pad.with_name(register_pad.name + ".cache")


def sleutel_van(inhoud: bytes) -> str:
    return hashlib.blake2b(inhoud, digest_size=20).hexdigest()


def vingerafdruk(kolommen_per_blad: dict) -> str:
    """Wat het lezen bepaalt naast het bestand zelf: de kolommen en keuzes van het profiel, de versies."""
    from agressie_cli import __version__

    kolommen = sorted(
        (n, [(k.sleutel, k.kop, k.type, k.keuzes, k.scheiding) for k in ks]) for n, ks in kolommen_per_blad.items()
    )
    tekst = repr((FORMAAT, __version__, sys.version_info[:2], kolommen))
    return hashlib.blake2b(tekst.encode("utf-8"), digest_size=16).hexdigest()


# --- waarden coderen ----------------------------------------------------------------------------


def code_algemeen(v):
    """Een willekeurige celwaarde (extra kolom of blad, of een foute waarde) als marshal-waarde."""
    c = v.__class__
    if v is None or c in (str, int, float, bool):
        return v
    if c is date:
        return ("d", v.toordinal())
    if c is datetime:
        return ("D", v.isoformat())
    if c is time:
        return ("t", v.isoformat())
    if c is timedelta:
        return ("T", v.total_seconds())
    if c is list:
        return ("l", [code_algemeen(x) for x in v])
    return str(v)


def decodeer_algemeen(v):
    if v.__class__ is not tuple:
        return v
    soort, x = v
    if soort == "d":
        return date.fromordinal(x)
    if soort == "D":
        return datetime.fromisoformat(x)
    if soort == "t":
        return time.fromisoformat(x)
    if soort == "T":
        return timedelta(seconds=x)
    return [decodeer_algemeen(y) for y in x]


def _seconden(t: time) -> int:
    return t.hour * 3600 + t.minute * 60 + t.second


# Per kolomtype: (klasse die de kolom na het lezen heeft, coderen, decoderen). Een waarde van een andere
# klasse (alleen bij een celfout) gaat als 'afwijking' apart, algemeen gecodeerd.
_TYPEN: dict[str, tuple[type, Callable[[Any], Any], Callable[[Any], Any]]] = {
    "datum": (date, date.toordinal, date.fromordinal),
    "tijd": (time, _seconden, lambda s: time(s // 3600, s // 60 % 60, s % 60)),
    "moment": (datetime, datetime.isoformat, datetime.fromisoformat),
    "duur": (
        Duur,
        Duur.als_cel,
        functools.lru_cache(maxsize=256)(Duur.uit_waarde),
    ),  # een paar waarden, duizenden keren
}
_LIJST = "lijst"
_EENVOUDIG = {str, int, bool, float, list}


class KopieFout(Exception):
    """De snelle kopie is onleesbaar (afgebroken of beschadigd); dan wordt het Excel-bestand gelezen."""


@dataclass
class Bladkopie:
    velden: list[tuple[str, str]]  # (sleutel in de rij, kolomtype; 'rauw' voor een extra kolom)
    # per veld de gecodeerde waarden, een per rij; een kolom die in elke rij leeg (None) is: het aantal rijen
    kolommen: list[list | int] | None
    afwijkingen: dict[int, list] = field(default_factory=dict)  # rij-index -> [(sleutel, algemeen gecodeerde waarde)]
    foutvelden: dict[int, list[str]] = field(default_factory=dict)  # rij-index -> sleutels met een celfout
    te_coderen: list[dict] | None = None  # rijen die pas bij het wegschrijven gecodeerd worden

    @classmethod
    def uit_rijen(cls, velden: list[tuple[str, str]], rijen: list[dict], nu: bool = True) -> Bladkopie:
        blad = cls(list(velden), None, te_coderen=rijen)
        if nu:
            blad.codeer()
        return blad

    @property
    def sleutels(self) -> list[str]:
        return [s for s, _ in self.velden]

    def codeer(self) -> None:
        """Codeert de rijen kolom voor kolom (snel: lijstbewerkingen in plaats van een lus per cel)."""
        if self.te_coderen is None:
            return
        rijen, self.te_coderen = self.te_coderen, None
        self.kolommen, self.afwijkingen, self.foutvelden = [], {}, {}
        for sleutel, type_ in self.velden:
            waarden = list(map(dict.get, rijen, repeat(sleutel)))
            klassen = set(map(type, waarden))
            klassen.discard(type(None))
            regel = _TYPEN.get(type_)
            if regel:
                klasse, code = regel[0], regel[1]
                gecodeerd = [code(x) if x.__class__ is klasse else None for x in waarden]
                toegestaan = {klasse}
            else:
                toegestaan = {list} if type_ == _LIJST else _EENVOUDIG
                gecodeerd = waarden
            afwijkend = []
            if not klassen <= toegestaan:  # alleen dan per waarde kijken (bij celfouten en extra kolommen)
                afwijkend = [i for i, x in enumerate(waarden) if x is not None and x.__class__ not in toegestaan]
                for i in afwijkend:
                    gecodeerd[i] = None
            for i in afwijkend:
                self.afwijkingen.setdefault(i, []).append((sleutel, code_algemeen(waarden[i])))
            # Een kolom die in elke rij leeg is (in een register van vóór nieuwe velden vaak een derde): één getal.
            self.kolommen.append(len(gecodeerd) if gecodeerd.count(None) == len(gecodeerd) else gecodeerd)
        for i, rij in enumerate(rijen):
            if rij.get("_fout"):
                self.foutvelden[i] = sorted(rij["_fout"])

    def rijen(self, met_momentopname: bool = False) -> tuple[list[dict], list[tuple] | None]:
        """De rijen als dicts; met momentopname ook per rij een tuple met de waarden zoals gelezen
        (om bij bewaren de gewijzigde rijen te herkennen). Daarna zijn de gecodeerde waarden weg."""
        self.codeer()
        assert self.kolommen is not None
        sleutels = self.sleutels
        if len(set(sleutels)) != len(sleutels):
            rijen, tuples = self._rijen_per_kolom(met_momentopname)
        else:
            rijen, tuples = self._rijen_uit_sjabloon(met_momentopname)
        for index, paren in self.afwijkingen.items():
            for sleutel, waarde in paren:
                rijen[index][sleutel] = decodeer_algemeen(waarde)
        for index, velden in self.foutvelden.items():
            rijen[index]["_fout"] = set(velden)
        return rijen, tuples

    def _aantal(self) -> int:
        """Het aantal rijen."""
        if not self.kolommen:
            return 0
        eerste = self.kolommen[0]
        return eerste if isinstance(eerste, int) else len(eerste)

    def _gedecodeerd(self, overslaan_leeg: bool, volledig: bool) -> tuple[list, list[int]]:
        """De kolommen gedecodeerd, en de plaatsen van de kolommen die niet in elke rij leeg zijn. Met
        `overslaan_leeg` wordt een lege kolom niet gedecodeerd (None is None); zonder `volledig` (geen momentopname)
        staat er dan alleen None voor de hele kolom."""
        assert self.kolommen is not None
        aantal = self._aantal()
        kolommen: list = []
        gevuld = []
        for plaats, ((_, type_), kolom) in enumerate(zip(self.velden, self.kolommen, strict=True)):
            if isinstance(kolom, int):
                if overslaan_leeg and type_ != _LIJST:
                    kolommen.append([None] * kolom if volledig else None)
                    continue
                kolom = [None] * kolom
            elif overslaan_leeg and type_ != _LIJST and kolom.count(None) == aantal:
                kolommen.append(kolom)
                continue
            regel = _TYPEN.get(type_)
            if regel:
                decodeer = regel[2]
                kolom = [None if x is None else decodeer(x) for x in kolom]
            kolommen.append(kolom)
            gevuld.append(plaats)
        self.kolommen = None
        return kolommen, gevuld

    def _rijen_uit_sjabloon(self, met_momentopname: bool) -> tuple[list[dict], list[tuple] | None]:
        """Elke rij begint als kopie van een rij met overal None (de sleutels in de volgorde van de kolommen) en krijgt
        alleen de kolommen die niet in elke rij leeg zijn: in een register van vóór nieuwe velden vaak de helft. Een
        lijst krijgt per rij een eigen lijst: wie een rij wijzigt, wijzigt de momentopname niet mee."""
        aantal = self._aantal()
        kolommen, gevuld = self._gedecodeerd(overslaan_leeg=True, volledig=met_momentopname)
        tuples = list(zip(*kolommen, strict=True)) if met_momentopname else None
        sleutels = self.sleutels
        gevulde_sleutels = [sleutels[i] for i in gevuld]
        gevulde_kolommen = [
            [list(x) if x else [] for x in kolommen[i]] if self.velden[i][1] == _LIJST else kolommen[i] for i in gevuld
        ]
        del kolommen
        sjabloon = dict.fromkeys(sleutels)
        if not gevulde_kolommen:
            return [sjabloon.copy() for _ in range(aantal)], tuples
        rijen = []
        for waarden in zip(*gevulde_kolommen, strict=True):
            rij = sjabloon.copy()
            rij.update(zip(gevulde_sleutels, waarden, strict=True))
            rijen.append(rij)
        return rijen, tuples

    def _rijen_per_kolom(self, met_momentopname: bool) -> tuple[list[dict], list[tuple] | None]:
        """Zoals vroeger, voor een blad waar twee kolommen dezelfde sleutel hebben: de laatste wint."""
        kolommen, _ = self._gedecodeerd(overslaan_leeg=False, volledig=True)
        sleutels = self.sleutels
        tuples = list(zip(*kolommen, strict=True)) if met_momentopname else None
        rijen = [
            dict(zip(sleutels, t, strict=True)) for t in (tuples if tuples is not None else zip(*kolommen, strict=True))
        ]
        del kolommen
        for i, sleutel in enumerate(sleutels):
            if self.velden[i][1] == _LIJST:
                for rij in rijen:
                    rij[sleutel] = list(rij[sleutel]) if rij[sleutel] else []
        return rijen, tuples


@dataclass
class Kopie:
    """Het bestand bestaat uit marshal-records na elkaar: eerst deze kop, dan per blad één record. Bladen
    worden pas gelezen als ze nodig zijn en pas gecodeerd als ze weggeschreven worden: zo staat bij een
    groot register nooit alles tegelijk (gecodeerd en gedecodeerd) in het geheugen."""

    sleutel: str  # hash van het Excel-bestand waar deze kopie bij hoort
    schema: int
    extra_kolommen: dict[str, list[str]] = field(default_factory=dict)
    extra_bladen: dict[str, list] = field(default_factory=dict)
    fouten: list[tuple] = field(default_factory=list)  # (blad, rij, kolom, kop, gecodeerde waarde, reden)
    namen: list[str] = field(default_factory=list)  # de bladen, in de volgorde van het bestand
    lege_rijen: dict[str, list[int]] = field(default_factory=dict)  # per blad de overgeslagen lege rijen (3.3)
    bladen: dict[str, Bladkopie] = field(default_factory=dict)
    _bron: io.BytesIO | None = None  # de rest van het bestand: bladen die nog niet gelezen zijn
    _gelezen: int = 0

    def blad(self, naam: str) -> Bladkopie | None:
        while naam not in self.bladen and self._bron is not None:
            try:
                gelezen, velden, kolommen, afwijkingen, foutvelden = _lees_record(self._bron)
                self.bladen[gelezen] = Bladkopie([tuple(v) for v in velden], kolommen, afwijkingen, foutvelden)
                self._gelezen += 1
            except Exception:
                raise KopieFout(naam)
            if self._gelezen == len(self.namen):
                self._bron = None  # alles gelezen: de bytes mogen weg
        return self.bladen.get(naam)

    def zet_blad(self, naam: str, blad: Bladkopie) -> None:
        if naam not in self.namen:
            self.namen.append(naam)
        self.bladen[naam] = blad

    def schrijf(self, bestand, vinger: str) -> None:
        _schrijf_record(
            bestand,
            (
                _KENMERK,
                vinger,
                self.sleutel,
                self.schema,
                self.extra_kolommen,
                self.extra_bladen,
                self.fouten,
                self.namen,
                self.lege_rijen,
            ),
        )
        for naam in self.namen:
            blad = self.blad(naam)
            assert blad is not None  # self.namen: de bladen die er zijn
            vooraf_gecodeerd = blad.te_coderen is None
            blad.codeer()
            _schrijf_record(bestand, (naam, blad.velden, blad.kolommen, blad.afwijkingen, blad.foutvelden))
            if not vooraf_gecodeerd:
                blad.kolommen = None  # alleen voor het wegschrijven gecodeerd: meteen weer vrij


def _schrijf_record(bestand, waarde) -> None:
    # Lengte vooraf: marshal.loads op een stuk bytes is veel sneller dan marshal.load op een bestand.
    # Met een controlegetal: 13 van 300 willekeurig omgezette bits gaven anders stil een verkeerde `lijst` of
    # `verboden` (2.5). Geen beveiliging tegen opzet: wie de kopie kan schrijven, kan ook het register schrijven.
    data = marshal.dumps(waarde, 4)
    bestand.write(len(data).to_bytes(8, "little"))
    bestand.write(_controle(data))
    bestand.write(data)


def _controle(data) -> bytes:
    return hashlib.blake2b(data, digest_size=16).digest()


def _lees_record(bron: io.BytesIO):
    lengte = int.from_bytes(bron.read(8), "little")
    controle = bron.read(16)
    begin = bron.tell()
    data = bron.getbuffer()[begin : begin + lengte]
    try:
        if len(data) != lengte:
            raise KopieFout("afgebroken")
        if _controle(data) != controle:
            raise KopieFout("beschadigd")
        return marshal.loads(data)
    finally:
        data.release()
        bron.seek(begin + lengte)


def maak(
    sleutel: str, schema: int, extra_kolommen: dict, extra_bladen: dict, fouten: list, lege_rijen: dict | None = None
) -> Kopie:
    """Een kopie zonder rijen; de bladen komen erbij met Kopie.zet_blad."""
    return Kopie(
        sleutel,
        schema,
        lege_rijen=dict(lege_rijen or {}),
        extra_kolommen=dict(extra_kolommen),
        extra_bladen={n: [[code_algemeen(v) for v in rij] for rij in rijen] for n, rijen in extra_bladen.items()},
        fouten=[(f.blad, f.rij, f.kolom, f.kop, code_algemeen(f.waarde), f.reden) for f in fouten],
    )


def laad(pad: Path, vinger: str, sleutel: str) -> Kopie | None:
    """De kopie als die bij dit bestand (sleutel) en deze kolommen en versies (vinger) hoort; anders None."""
    try:
        data = pad.read_bytes()
    except OSError:
        return None
    return uit_bytes(data, vinger, sleutel)


def uit_bytes(data: bytes, vinger: str, sleutel: str) -> Kopie | None:
    try:
        bron = io.BytesIO(data)
        kenmerk, v, s, schema, extra_kolommen, extra_bladen, fouten, namen, lege_rijen = _lees_record(bron)
    except Exception:  # geen kopie, afgebroken, ander formaat of van een andere Python-versie: opnieuw lezen
        return None
    if kenmerk != _KENMERK or v != vinger or s != sleutel:
        return None
    return Kopie(s, schema, extra_kolommen, extra_bladen, fouten, list(namen), lege_rijen, {}, bron if namen else None)


def naar_bytes(kopie: Kopie, vinger: str) -> bytes:
    uit = io.BytesIO()
    kopie.schrijf(uit, vinger)
    return uit.getvalue()


def bewaar(pad: Path, kopie: Kopie | bytes, vinger: str) -> bool:
    """Schrijft de kopie in één stap (tijdelijk bestand, dan vervangen). Lukt dat niet (alleen-lezen map,
    een ander proces leest hem net op Windows), dan is er geen nieuwe kopie (False): het volgende commando
    leest het Excel-bestand."""
    tijdelijk = tijdelijk_naast(pad)
    if te_lang_voor_windows(tijdelijk):  # 3.6: dan zonder snelle kopie; lezen en bewaren gaan gewoon door
        return False
    try:
        with open(tijdelijk, "wb") as bestand:
            if isinstance(kopie, bytes):
                bestand.write(kopie)
            else:
                kopie.schrijf(bestand, vinger)
        verberg(tijdelijk)
        vervang(tijdelijk, pad, pogingen=1)  # bezet op Windows: dan even geen kopie, niet wachten
        return True
    except OSError:
        with contextlib.suppress(OSError):
            tijdelijk.unlink()
        return False


def verwijder(pad: Path) -> None:
    with contextlib.suppress(OSError):
        pad.unlink()
