"""Cellen van het Excel-register lezen en schrijven: van celwaarde naar het type van de kolom en terug.

Wat een met de hand gewijzigde cel bevat en niet te lezen is, krijgt het domein niet te zien: die sleutel
ontbreekt in de rij, en de ruwe waarde staat in `Bijzaken` (voor de foutmelding en om de cel bij het bewaren
ongewijzigd terug te schrijven). Zo ook de waarden van kolommen en bladen die agressie niet kent.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from agressie_cli.domein import nederlands
from agressie_cli.domein.datums import lees_datum, lees_tijd
from agressie_cli.domein.duur import Duur
from agressie_cli.domein.fouten import InvoerFout
from agressie_cli.domein.nederlands import kort
from agressie_cli.domein.velden import Veld

FOUT = "_fout"  # in een rij zoals gelezen (alleen binnen de opslag): de sleutels met een onleesbare cel


@dataclass
class Celfout:
    blad: str
    rij: int
    kolom: str
    kop: str
    waarde: object
    reden: str

    def __str__(self) -> str:
        # Een waarde uit het blad Personen (geboortedatum, e-mail ...) herhalen we niet (AVG); rij en kolom
        # wijzen de cel aan. Een datum of keuze van een incident wel: die zegt wat er mis is ('gisteren').
        waarde = "de waarde" if self.blad == "Personen" else f"'{self.waarde}'"
        return f"Blad {self.blad}, rij {self.rij}, kolom {self.kolom} ({self.kop}): {waarde} {self.reden}."


@dataclass
class Bijzaken:
    """Wat het bestand bevatte dat niet in het domein past, per gelezen register."""

    fouten: list[Celfout] = field(default_factory=list)
    extra_kolommen: dict[str, list[str]] = field(default_factory=dict)
    extra_bladen: dict[str, list[list]] = field(default_factory=dict)
    velden: dict[str, list[tuple[str, str]]] = field(
        default_factory=dict
    )  # per blad (sleutel, type) zoals in het bestand
    per_rij: dict[int, dict[str, object]] = field(
        default_factory=dict
    )  # id(rij) -> ruwe waarden (fouten, extra kolommen)
    ontbrekende_bladen: list[str] = field(default_factory=list)  # bladen van het register die niet in het bestand staan
    # per blad de lege rijen die het lezen oversloeg (rijnummers, oplopend): voor het rijnummer in een melding
    lege_rijen: dict[str, list[int]] = field(default_factory=dict)


def lees_cel(kolom: Veld, waarde: object) -> object:
    """Zet een celwaarde om naar het type van de kolom; ValueError met een reden als dat niet kan."""
    if waarde is None or (isinstance(waarde, str) and waarde.strip() == ""):
        return [] if kolom.type == "lijst" else None
    t = kolom.type
    if t == "datum":
        if isinstance(waarde, (date, datetime)):
            return waarde.date() if isinstance(waarde, datetime) else waarde
        try:
            return lees_datum(str(waarde), relatief=False)
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
            return lees_tijd(waarde if isinstance(waarde, (str, time, datetime)) else str(waarde))
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
        stukken = str(waarde).split("\n") if kolom.scheiding == "\n" else re.split(r"[;,]", str(waarde))
        delen = [d.strip() for d in stukken if d.strip()]
        if kolom.keuzes:
            delen = [d.lower() for d in delen]
            onbekend = [d for d in delen if d not in kolom.keuzes]
            if onbekend:
                raise ValueError(
                    f"bevat een onbekende waarde ({', '.join(onbekend)}); toegestaan: {', '.join(kolom.keuzes)}"
                )
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
        try:
            return Duur.uit_waarde(waarde)
        except ValueError:
            raise ValueError("is geen aantal maanden of 'onbepaald'")
    if isinstance(waarde, float) and waarde.is_integer():
        return str(int(waarde))
    if isinstance(waarde, datetime):
        return f"{kort(waarde)} {nederlands.tijd_invoer(waarde)}" if waarde.time() != time(0) else kort(waarde)
    if isinstance(waarde, date):
        return kort(waarde)
    return str(waarde)


def omzetter(kolom: Veld):
    """Snelle omzetting per kolom: wat Excel al in het goede type geeft, gaat er ongewijzigd door."""
    t = kolom.type
    traag = functools.partial(lees_cel, kolom)
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


class Bladlezer:
    """Zet de rijen van één blad om naar dicts, volgens de kopregel van dat blad."""

    def __init__(self, naam: str, koppen: list[str], kolommen: list[Veld]):
        self.naam = naam
        per_kop = {k.kop.lower(): k for k in kolommen}
        self.velden: list[tuple[int, str, Callable[[object], object], Veld, list | None]] = []
        self.extra: list[tuple[int, str]] = []
        for i, kop in enumerate(koppen):
            if not kop:
                continue
            kolom = per_kop.get(kop.lower())
            if kolom is None:
                self.extra.append((i, kop))
            else:
                self.velden.append((i, kolom.sleutel, omzetter(kolom), kolom, [] if kolom.type == "lijst" else None))
        self.breedte = len(koppen)

    @property
    def veldtypen(self) -> list[tuple[str, str]]:
        return [(sleutel, kolom.type) for _, sleutel, _, kolom, _ in self.velden] + [
            (kop, "rauw") for _, kop in self.extra
        ]

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
                record.setdefault(FOUT, set()).add(sleutel)
        for i, kop in self.extra:
            waarde = rij[i]
            record[kop] = None if waarde == "" else waarde
        return record


def _kolomletter(index: int) -> str:
    from agressie_cli.opslag.excel.xlsx import kolomletter  # alleen bij een celfout: xlsx hoort bij schrijven

    return kolomletter(index)


def zoals_gelezen(waarde):
    """De waarde zoals python-calamine hem teruggeeft nadat agressie_cli.xlsx hem schreef:
    een geheel getal komt terug als float, een tijdstip om middernacht als datum."""
    c = waarde.__class__
    if c is int:
        return float(waarde)
    if (c is date or c is datetime) and waarde.year < 1900:
        from agressie_cli.opslag.excel.xlsx import als_tekst

        return als_tekst(waarde)
    if c is datetime:
        return waarde.date() if waarde.hour == waarde.minute == waarde.second == 0 else waarde.replace(microsecond=0)
    if c is time:
        return waarde.replace(microsecond=0)
    return waarde


def rijwaarden(kolommen: list[Veld], extra: list[str], rijen: list[dict], per_rij: dict[int, dict]):
    """Per rij de celwaarden in kolomvolgorde: ja/nee als tekst, lijsten als 'a, b', een duur als getal of
    'onbepaald'. Een sleutel die in de rij ontbreekt, krijgt de ruwe waarde terug die het bestand had (een met de
    hand ingevulde ongeldige waarde blijft staan zoals hij was); zo ook de extra kolommen."""
    sleutels = [(k.sleutel, k.type) for k in kolommen]
    scheidingen = {k.sleutel: k.scheiding for k in kolommen}
    for rij in rijen:
        ruw = per_rij.get(id(rij), {}) if per_rij else {}
        waarden = []
        for sleutel, type_ in sleutels:
            if ruw and sleutel not in rij:
                waarden.append(ruw.get(sleutel))
                continue
            waarde = rij.get(sleutel)
            if waarde is None or waarde == "" or waarde == []:
                waarden.append(None)
            elif type_ == "janee":
                waarden.append("ja" if waarde else "nee")
            elif type_ == "lijst":
                waarden.append(scheidingen[sleutel].join(waarde))
            elif type_ == "duur":
                waarden.append(waarde.als_cel())
            else:
                waarden.append(waarde)
        waarden.extend(ruw.get(kop) for kop in extra)
        yield waarden


def lees_blad(naam: str, rijen, kolommen: list[Veld], bijzaken: Bijzaken) -> list[dict]:
    """De rijen zoals gelezen (met ruwe waarden bij celfouten en de extra kolommen erin). `rijen` mag een
    iterator zijn (calamine iter_rows): dan staat nooit het hele blad twee keer in het geheugen."""
    rijen = iter(rijen)
    eerste = next(rijen, None)
    if eerste is None:
        bijzaken.velden[naam] = []
        return []
    koppen = [str(k).strip() if k is not None else "" for k in eerste]
    weiger_dubbele_koppen(naam, koppen, kolommen)
    lezer = Bladlezer(naam, koppen, kolommen)
    bijzaken.extra_kolommen[naam] = [kop for _, kop in lezer.extra]
    bijzaken.velden[naam] = lezer.veldtypen
    omzetten, fouten = lezer.rij, bijzaken.fouten
    gelezen = []
    leeg = []
    for rijnummer, rij in enumerate(rijen, start=2):
        if rij.count("") + rij.count(None) != len(rij):
            gelezen.append(omzetten(rij, rijnummer, fouten))
        else:
            leeg.append(rijnummer)
    if leeg:
        while leeg and leeg[-1] == len(gelezen) + len(leeg) + 1:  # lege rijen onderaan tellen niet
            leeg.pop()
        if leeg:
            bijzaken.lege_rijen[naam] = leeg
    return gelezen


def rijnummer(index: int, lege_rijen: list[int]) -> int:
    """Het rijnummer in Excel van de rij met deze plaats (0: de eerste onder de kop), met de lege rijen ertussen."""
    nummer = index + 2
    for leeg in lege_rijen:
        if leeg > nummer:
            break
        nummer += 1
    return nummer


def weiger_dubbele_koppen(naam: str, koppen: list[str], kolommen: list[Veld]) -> None:
    """Twee kolommen met dezelfde kop (een 'Persoon' of 'Datum' die iemand rechts toevoegde): de tweede verving bij
    het lezen de eerste, en het volgende schrijven zette die waarden in de eerste kolom (elk incident aan
    'receptie', elke datum weg; 3.3). Lezen en schrijven weigeren dan; de melding noemt het blad en beide kolommen,
    niet de waarden (die kunnen persoonsgegevens zijn)."""
    bekend = {k.kop.lower() for k in kolommen}
    eerder: dict[str, int] = {}
    for i, kop in enumerate(koppen):
        if not kop:
            continue
        sleutel = kop.lower() if kop.lower() in bekend else kop  # een extra kolom heet naar zijn kop zoals hij is
        if sleutel in eerder:
            raise InvoerFout(
                f"Op het blad {naam} staan twee kolommen met de kop '{kop}': kolom {_kolomletter(eerder[sleutel] + 1)} "
                f"en kolom {_kolomletter(i + 1)}. agressie leest en schrijft dit register niet, want dan zouden de "
                "waarden van de ene kolom in de andere komen. Geef in Excel de kolom die u zelf toevoegde een andere "
                "kop (bijvoorbeeld 'Contactpersoon'); er is niets gewijzigd."
            )
        eerder[sleutel] = i


def naar_domein(rijen: list[dict], extra: list[str], bijzaken: Bijzaken) -> list[dict]:
    """Haalt uit rijen zoals gelezen wat niet in het domein hoort: de ruwe waarde van een onleesbare cel (de
    sleutel verdwijnt uit de rij) en de extra kolommen. Werkt op de rijen zelf; alleen rijen met zoiets kosten tijd."""
    per_rij = bijzaken.per_rij
    for rij in rijen:
        if FOUT not in rij and not extra:
            continue
        ruw = {kop: rij.pop(kop) for kop in extra if kop in rij}
        for sleutel in rij.pop(FOUT, ()):
            ruw[sleutel] = rij.pop(sleutel)
        if ruw:
            per_rij[id(rij)] = ruw
    return rijen


def zoals_in_bestand(rij: dict, velden: list[tuple[str, str]], bijzaken: Bijzaken) -> dict:
    """Het omgekeerde van naar_domein, voor één rij (voor de snelle kopie)."""
    ruw = bijzaken.per_rij.get(id(rij))
    if not ruw:
        return rij
    samen = dict(rij)
    fout = set()
    for sleutel, type_ in velden:
        if sleutel in ruw and (type_ == "rauw" or sleutel not in rij):
            samen[sleutel] = ruw[sleutel]
            if type_ != "rauw":
                fout.add(sleutel)
    if fout:
        samen[FOUT] = fout
    return samen
