"""Lopende verboden: het ene filter dat advies, historie, verboden, termijnen en opschonen gebruiken."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from agressie_cli.domein.jsonvorm import VERBODEN, json_record
from agressie_cli.domein.personen import zoek_op_naam
from agressie_cli.domein.profiel import Profiel
from agressie_cli.domein.register import Register
from agressie_cli.domein.rijen import IncidentRij, MaatregelRij, PersoonRij
from agressie_cli.domein.volgorde import is_na


def telt(maatregel: MaatregelRij) -> bool:
    """Een vervangen of ingetrokken maatregel telt niet mee (2.4): niet voor herhaling, advies, termijnen of rapport."""
    return maatregel.get("status") not in ("vervangen", "ingetrokken")


def heeft_brief(maatregel: MaatregelRij, profiel: Profiel) -> bool:
    """Ging er bij deze maatregel een brief naar de persoon? Het document voor de aangifte (2.6) staat ook in de kolom
    Brief, maar is geen brief: het gaat naar de politie. Het maakt een incident niet 'brief gemaakt', vraagt geen
    'agressie verzonden' en sluit geen termijn voor een brief."""
    return bool(maatregel.get("bestand")) and not profiel.is_soort(maatregel.get("soort"), "aangifte")


def is_naast_advies(maatregel: MaatregelRij, profiel: Profiel) -> bool:
    """Een soort die naast het advies komt: de aansprakelijkstelling (wel een brief) en de aangifte (Geertruidenberg 7;
    vlag `aangifte`, ook in een eigen profiel zonder `naast_advies`). Ze is niet de maatregel zelf: ze besluit niets,
    sluit de termijn van een week niet en is geen reactie op het incident."""
    soort = profiel.soorten.get(maatregel.get("soort") or "")
    return bool(soort and (soort.naast_advies or soort.aangifte))


def is_actief(maatregel: MaatregelRij, peildatum: date, negeer_vervanging: bool = False) -> bool:
    """Loopt de maatregel op de peildatum: ingang <= peildatum <= einde, of onbepaald (hoe oud ook). Een vervangen
    maatregel loopt nooit; een ingetrokken of opgeheven (3.4) maatregel tot en met die dag; een verbod dat door een zwaarder
    verbod is vervangen (3.1) tot de dag vóór de ingang van het nieuwe (`negeer_vervanging`: alsof dat niet zo was)."""
    if maatregel.get("status") == "vervangen":
        return False
    vervangen_per = maatregel.get("vervangen_per")
    if vervangen_per is not None and peildatum >= vervangen_per and not negeer_vervanging:
        return False
    ingetrokken = maatregel.get("ingetrokken")
    if ingetrokken is not None and peildatum > ingetrokken:
        return False
    opgeheven = maatregel.get("opgeheven")  # 3.4: opgeheven na herzien; geldt tot en met die dag
    if opgeheven is not None and peildatum > opgeheven:
        return False
    ingang = maatregel.get("ingang")
    if ingang is None or ingang > peildatum:
        return False
    duur = maatregel.get("duur")
    if duur is not None and duur.onbepaald:
        return True
    einde = maatregel.get("einde")
    return einde is not None and peildatum <= einde


def lopende_verboden(
    maatregelen: list[MaatregelRij], profiel: Profiel, peildatum: date, alleen_toegang: bool = False
) -> list[MaatregelRij]:
    """De maatregelen die een toegangs- of belverbod zijn en op de peildatum lopen."""
    soorten = profiel.soorten
    uitkomst: list[MaatregelRij] = []
    for m in maatregelen:
        soort = soorten.get(m.get("soort") or "")
        if soort is None or not soort.is_verbod or (alleen_toegang and not soort.toegang):
            continue
        if is_actief(m, peildatum):
            uitkomst.append(m)
    return uitkomst


def lopend_bij_incident(register: Register, profiel: Profiel, incident: IncidentRij) -> list[MaatregelRij]:
    """De verboden van de persoon die op de dag van het incident liepen. Een verbod dat door een maatregel van dit
    incident zelf is vervangen (3.1), liep op dat moment nog: het blijft erbij (het overtreden verbod, dat de brief
    noemt)."""
    soorten = profiel.soorten
    eigen: set[str | None] | None = None  # pas bij het eerste verbod: de meeste personen hebben er geen
    uitkomst: list[MaatregelRij] = []
    peildatum = incident.get("datum")
    if peildatum is None:  # een incident zonder datum: geen verbod dat toen liep
        return uitkomst
    for m in register.maatregelen_van(incident.get("persoon")):
        soort = soorten.get(m.get("soort") or "")
        if not soort or not soort.is_verbod:
            continue
        if eigen is None:
            eigen = {x.get("maatregel") for x in register.maatregelen_van_incident(incident.get("incident"))}
        if is_actief(m, peildatum, negeer_vervanging=m.get("vervangen_door") in eigen):
            uitkomst.append(m)
    return uitkomst


def van_persoon(
    register: Register, profiel: Profiel, persoon: str | None, peildatum: date, alleen_toegang: bool = False
) -> list[MaatregelRij]:
    return lopende_verboden(register.maatregelen_van(persoon), profiel, peildatum, alleen_toegang)


def dekt(nieuw: MaatregelRij, oud: MaatregelRij, profiel: Profiel) -> bool:
    """Vervangt verbod `nieuw` verbod `oud`: het is minstens zo breed (toegang en bellen) en loopt minstens zo lang."""
    a, b = profiel.soorten.get(nieuw.get("soort") or ""), profiel.soorten.get(oud.get("soort") or "")
    if a is None or b is None or not a.is_verbod or not b.is_verbod:
        return False
    if (b.toegang and not a.toegang) or (b.bellen and not a.bellen):
        return False
    nieuw_duur, oud_duur = nieuw.get("duur"), oud.get("duur")
    if nieuw_duur is not None and nieuw_duur.onbepaald:
        return True
    if oud_duur is not None and oud_duur.onbepaald:
        return False
    nieuw_einde, oud_einde = nieuw.get("einde"), oud.get("einde")
    return nieuw_einde is not None and oud_einde is not None and nieuw_einde >= oud_einde


def te_vervangen(
    register: Register, profiel: Profiel, nieuw: MaatregelRij, voorspel: bool = False
) -> list[MaatregelRij]:
    """De lopende verboden die het nieuwe verbod `nieuw` vervangt (zie vervang_lopende). `voorspel`: voor de brief,
    vóór het vastleggen; een verbod dat al door een maatregel van hetzelfde incident is vervangen (een eerdere
    `maatregel` of brief, nu opnieuw gemaakt), telt dan als lopend."""
    ingang = nieuw.get("ingang")
    if ingang is None or not telt(nieuw):
        return []
    incidenten = register.index.incidenten
    eigen = incidenten.get(str(nieuw.get("incident") or ""), {})
    eigen_maatregelen = (
        {m.get("maatregel") for m in register.maatregelen_van_incident(nieuw.get("incident"))} if voorspel else set()
    )
    uitkomst: list[MaatregelRij] = []
    for m in register.maatregelen_van(nieuw.get("persoon")):
        if m is nieuw or m.get("incident") == nieuw.get("incident") or not telt(m):
            continue
        negeer = voorspel and m.get("vervangen_door") in eigen_maatregelen
        if not is_actief(m, ingang, negeer_vervanging=negeer) or not dekt(nieuw, m, profiel):
            continue
        if is_na(incidenten.get(str(m.get("incident") or ""), {}), eigen):
            continue  # een verbod voor een later incident vervangt dit niet
        uitkomst.append(m)
    return uitkomst


def vervang_lopende(register: Register, profiel: Profiel, nieuw: MaatregelRij) -> list[str]:
    """3.1: een nieuw verbod vervangt de lopende verboden van dezelfde persoon (voor een eerder incident) die het dekt:
    vanaf zijn ingang lopen die niet meer, maar ze blijven opgelegde maatregelen (status geldig; ze tellen mee als
    eerdere maatregel). Nooit twee lopende verboden naast elkaar; een lichter of korter verbod vervangt niets."""
    vervangen = []
    for m in te_vervangen(register, profiel, nieuw):
        m["vervangen_door"], m["vervangen_per"] = nieuw.get("maatregel"), nieuw["ingang"]
        vervangen.append(str(m.get("maatregel")))
        register.log("vervangen", str(m.get("maatregel")))
    return vervangen


def laatste_dag(maatregel: MaatregelRij) -> date | None:
    """Tot en met welke dag een verbod loopt: zijn einde, eerder als het vervangen of ingetrokken is; None: voor
    onbepaalde tijd."""
    duur = maatregel.get("duur")
    einde = None if duur is not None and duur.onbepaald else maatregel.get("einde")
    kandidaten = [d for d in (einde, maatregel.get("ingetrokken"), maatregel.get("opgeheven")) if d is not None]
    vervangen_per = maatregel.get("vervangen_per")
    if vervangen_per is not None:
        kandidaten.append(vervangen_per - timedelta(days=1))
    return min(kandidaten) if kandidaten else None


def loopt_tijdens(maatregel: MaatregelRij, begin: date, einde: date | None) -> bool:
    """Loopt het verbod op een dag van de periode begin..einde (einde None: onbepaald)?"""
    ingang = maatregel.get("ingang")
    if not telt(maatregel) or ingang is None or (einde is not None and ingang > einde):
        return False
    laatste = laatste_dag(maatregel)
    duur = maatregel.get("duur")
    if maatregel.get("einde") is None and not (duur is not None and duur.onbepaald):
        return False  # zonder einde en niet onbepaald: geen verbod dat loopt
    return laatste is None or laatste >= max(begin, ingang)


def _geldige(register: Register, nummer: object) -> MaatregelRij | None:
    return next((x for x in register.maatregelen if nummer and x.get("maatregel") == nummer and telt(x)), None)


def neem_vervanging_over(
    register: Register, oud: MaatregelRij, nieuw: MaatregelRij | None, profiel: Profiel | None = None
) -> str | None:
    """Verbod `oud` (door een zwaarder verbod vervangen) is ingetrokken of door een correctie vervangen: `nieuw` (de
    correctie, of een verbod dat `oud` verving) wordt per dezelfde dag vervangen door hetzelfde zwaardere verbod, als
    dat nog telt en `nieuw` dekt. Zo wijst `vervangen_door` altijd naar het verbod dat echt in de plaats kwam. Geeft
    het zwaardere verbod, of None."""
    per = oud.get("vervangen_per")
    if nieuw is None or per is None:
        return None
    zwaarder = _geldige(register, oud.get("vervangen_door"))
    if zwaarder is None or zwaarder is nieuw or not is_actief(nieuw, per, negeer_vervanging=True):
        return None
    if profiel is not None and not dekt(zwaarder, nieuw, profiel):
        return None
    nieuw["vervangen_door"], nieuw["vervangen_per"] = zwaarder.get("maatregel"), per
    return str(zwaarder.get("maatregel"))


def herstel_vervangen(
    register: Register, door: str, nieuw: MaatregelRij | None = None, profiel: Profiel | None = None
) -> list[str]:
    """Het verbod `door` is ingetrokken (of door een correctie vervangen): de verboden die het verving, lopen weer
    volgens hun eigen periode, of (bij een correctie) worden vervangen door de nieuwe maatregel `nieuw`. Was `door`
    zelf al door een zwaarder verbod vervangen, dan vervangt dat zwaardere verbod ze (nooit twee lopende verboden)."""
    hersteld = []
    weg = next((x for x in register.maatregelen if x.get("maatregel") == door), None)
    for m in register.maatregelen:
        if m.get("vervangen_door") != door or m.get("vervangen_per") is None or not telt(m):
            continue
        if nieuw is None:
            m["vervangen_door"], m["vervangen_per"] = None, None
            if weg is not None and neem_vervanging_over(register, weg, m, profiel):
                continue  # loopt niet weer: het zwaardere verbod vervangt het nu
        else:
            m["vervangen_door"], m["vervangen_per"] = nieuw.get("maatregel"), nieuw.get("ingang") or m["vervangen_per"]
        hersteld.append(str(m.get("maatregel")))
    return hersteld


def vervangen_door(register: Register, nummer: str | None) -> list[str]:
    """De verboden die maatregel `nummer` verving (3.1)."""
    return [
        str(m.get("maatregel"))
        for m in register.maatregelen
        if nummer and m.get("vervangen_door") == nummer and m.get("vervangen_per") is not None and telt(m)
    ]


@dataclass
class Verbod:
    """Een regel van de lijst voor de receptie."""

    persoon: str | None
    naam: str | None
    geboortedatum: date | None
    soort: str
    label: str
    toegang: bool
    bellen: bool
    ingang: date
    einde: date | None  # None: onbepaalde tijd
    incident: str | None
    maatregel: str | None = None
    vervangen_door: str | None = None  # wordt vervangen door een zwaarder verbod (3.1) ...
    vervangen_per: date | None = None  # ... vanaf deze dag
    vervangt: list[str] | None = None  # de verboden die dit verbod verving
    # De velden van de maatregel en de persoon in verboden --json (domein/jsonvorm.py, Veld.json "verboden").
    velden: dict[str, Any] = field(default_factory=dict)


def verboden_lijst(register: Register, profiel: Profiel, peildatum: date, naam: str | None = None) -> list[Verbod]:
    personen = register.index.personen
    filter_ = {p.get("persoon") for p in zoek_op_naam(register, naam)} if naam else None
    maatregelen = (
        register.maatregelen if filter_ is None else [m for m in register.maatregelen if m.get("persoon") in filter_]
    )
    vervangt: dict[str, list[str]] = {}
    for m in register.maatregelen:
        if m.get("vervangen_door") and m.get("vervangen_per") is not None and telt(m):
            vervangt.setdefault(str(m["vervangen_door"]), []).append(str(m.get("maatregel")))
    uitkomst = []
    for m in lopende_verboden(maatregelen, profiel, peildatum):
        soort = profiel.soorten[m["soort"] or ""]
        ingang = m.get("ingang")
        if ingang is None:  # loopt niet (is_actief)
            continue
        persoon = personen.get(m.get("persoon") or "", PersoonRij())
        duur = m.get("duur")
        uitkomst.append(
            Verbod(
                persoon=m.get("persoon"),
                naam=persoon.get("naam"),
                geboortedatum=persoon.get("geboortedatum"),
                soort=m["soort"] or "",
                label=soort.label,
                toegang=soort.toegang,
                bellen=soort.bellen,
                ingang=ingang,
                einde=None if duur is not None and duur.onbepaald else m.get("einde"),
                incident=m.get("incident"),
                maatregel=m.get("maatregel"),
                vervangen_door=m.get("vervangen_door") if m.get("vervangen_per") else None,
                vervangen_per=m.get("vervangen_per"),
                vervangt=vervangt.get(str(m.get("maatregel")), []),
                velden={**json_record(m, "Maatregelen", VERBODEN), **json_record(persoon, "Personen", VERBODEN)},
            )
        )
    return sorted(uitkomst, key=lambda v: (str(v.naam or ""), v.ingang))


class Verbodenindex:
    """De lopende verboden op één peildatum, een keer uitgerekend, om er vaak op naam in te zoeken (de receptie op het
    web: één keer per versie van het register en per dag, daarna een opzoeking in het geheugen in plaats van een
    doorloop van alle maatregelen). `zoek` geeft precies wat verboden_lijst(register, profiel, peildatum, naam) geeft."""

    def __init__(self, register: Register, profiel: Profiel, peildatum: date):
        self.register = register
        self.peildatum = peildatum
        self.alle = verboden_lijst(register, profiel, peildatum)  # gesorteerd op naam en ingang
        met_verbod = {v.persoon for v in self.alle}
        # Op een deel van de naam zoeken hoeft alleen bij wie een verbod heeft: een ander geeft geen regel.
        self._met_verbod = [p for p in register.personen if p.get("persoon") in met_verbod]

    def zoek(self, naam: str | None) -> list[Verbod]:
        if not naam:
            return list(self.alle)
        gevonden = {p.get("persoon") for p in zoek_op_naam(self.register, naam, binnen=self._met_verbod)}
        return [v for v in self.alle if v.persoon in gevonden]
