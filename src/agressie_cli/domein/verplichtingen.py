"""Wat de protocollen opleggen en open blijft tot het is vastgelegd (3.1): de aangifte of melding bij strafbare feiten
(Geertruidenberg 7, Losser 5.4) en bij lokaalvredebreuk (Geertruidenberg 6.7, Losser 5.2), het verhalen van schade (Geertruidenberg 2.1 en 8, Losser 7), de nabespreking en de
opvang van bezoekers die getuige waren (Geertruidenberg 9.1), het nagaan van het herstel (9.2), de overdracht aan wie
de Participatiewet uitvoert (6.8), de contactpersoon, de vervolgstappen en de hulpinstantie (Losser 5.1, 5.4, 4.5) en
wat bij agressie tegen een politiek ambtsdrager moet gebeuren (Losser, politiek ambtsdragers).

Elke verplichting is een regel in het profiel ([[verplichtingen]]): wanneer ze geldt (`als`), de termijn (`dagen`,
`werkdagen` of `maanden` na het incident, of na de brief met `vanaf = "brief"`), de tekst met de zin uit het protocol
en de opties van `agressie verplichtingen` die haar afvinken (`sluiten_met`). Ook een maatregel van een soort uit
`maatregel` (de aangifte, de aansprakelijkstelling) vinkt haar af. Alleen datums en feiten uit een vaste lijst (de
reden waarom geen aangifte of geen verhaal), geen aantekeningen (AVG). Zoals de nazorg (nazorg.py)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any
from weakref import WeakKeyDictionary

from agressie_cli.domein.ambtsdrager import tegen_burgemeester
from agressie_cli.domein.datums import controleer_vastgelegde_datum, plus_maanden, werkdagen_na
from agressie_cli.domein.fouten import Afsluitcode, AgressieFout, InvoerFout
from agressie_cli.domein.nederlands import kort
from agressie_cli.domein.overtreding import in_gebouw_overtreden
from agressie_cli.domein.profiel import Profiel
from agressie_cli.domein.register import Register, nu
from agressie_cli.domein.rijen import IncidentRij, MaatregelRij, kolom, zet
from agressie_cli.domein.schade import heeft_schade
from agressie_cli.domein.velden import OPTIE
from agressie_cli.domein.verboden import heeft_brief, is_naast_advies, telt
from agressie_cli.domein.verplichtingopties import OPTIES, PER_NAAM, Optie

# OPTIES en PER_NAAM staan in verplichtingopties.py (licht, voor het opstarten van de opdrachtregel); ze horen hier.
__all__ = ["OPTIES", "PER_NAAM", "Optie", "Verplichting", "verplichtingen"]


# Welke opdracht een maatregel uit `maatregel` vastlegt, voor de regel op agressie termijnen: de soort met de vlag
# `aangifte` met agressie aangifte, een andere soort met een brief (3.2: een eigen naam voor de aansprakelijkstelling)
# met agressie brief --soort en haar naam.


@dataclass(slots=True)
class Verplichting:
    """Een verplichting van het profiel bij een incident: tot wanneer, en of en waarmee ze is vastgelegd."""

    soort: str
    tekst: str
    uiterlijk: date
    vastgelegd: date | None  # de datum waarop ze is afgevinkt (bij een reden: de dag waarop die is vastgelegd)
    waarmee: str | None  # de optie (of 'maatregel M00001') die haar afvinkte
    reden: str | None  # de reden uit de vaste lijst, als het een reden was
    sluiten_met: tuple[str, ...]
    opdracht: str  # hoe ze wordt vastgelegd

    @property
    def open(self) -> bool:
        return self.waarmee is None


def verplichtingen(
    register: Register, profiel: Profiel, incident: IncidentRij, alleen_open: bool = False
) -> Iterator[Verplichting]:
    """De verplichtingen van het profiel die bij dit incident horen, open of vastgelegd (`alleen_open`: alleen de
    open). Per regel eerst de goedkope voorwaarden op de velden van het incident; de maatregelen van het incident, het
    advies en een overtreding pas als een regel daarna nog kan gelden (termijnen en rapport doen dit voor elk
    incident van het register)."""
    datum = incident.get("datum")
    if datum is None or incident.get("status") == "vervallen":
        return
    regels = _regels(profiel)
    if not regels:
        return
    nummer = incident.get("incident")
    maatregelen: list[MaatregelRij] | None = None
    tegen: bool | None = None
    schade: bool | None = None
    for r in regels:
        # De goedkope voorwaarden, zoals _voldoet maar zonder een aanroep per regel en per incident.
        geldt = True
        for veld, waarde, soort in r.licht:
            if soort is _LIJST:
                geldt = incident.get(veld) in waarde  # type: ignore[operator]
            elif soort is _SCHADE:
                if schade is None:
                    schade = any(heeft_schade(incident.get(v)) for v in _SCHADEVELDEN)
                geldt = schade is waarde
            else:
                geldt = bool(incident.get(veld)) is waarde
            if not geldt:
                break
        if not geldt:
            continue
        if maatregelen is None:
            maatregelen = [m for m in register.maatregelen_van_incident(nummer) if telt(m)]
        regel = r.regel
        if alleen_open:
            # Vastgelegd is vastgelegd, wat de zware voorwaarden ook zeggen: die hoeven dan niet nagegaan.
            vastgelegd, waarmee, reden = _vastgelegd(regel, incident, maatregelen, r.sluiten_met)
            if waarmee is not None:
                continue
        if r.zwaar and not _voldoet(r.zwaar, incident, maatregelen, register, profiel):
            continue
        begin = _brief_begin(maatregelen, profiel) if regel.get("vanaf") == "brief" else datum
        if begin is None:
            continue
        uiterlijk = begin
        if regel.get("maanden"):
            uiterlijk = plus_maanden(uiterlijk, int(regel["maanden"]))
        uiterlijk += timedelta(days=int(regel.get("dagen", 0)))
        uiterlijk = werkdagen_na(uiterlijk, int(regel.get("werkdagen", 0)))
        if not alleen_open:
            vastgelegd, waarmee, reden = _vastgelegd(regel, incident, maatregelen, r.sluiten_met)
        # Losser 9: bij agressie tegen de burgemeester "krijgt de (loco)gemeentesecretaris de rol van eerst
        # aangewezene": de regel kan dan een eigen naam en tekst hebben (soort_ en tekst_tegen_burgemeester).
        if tegen is None and r.eigen_tegen_burgemeester:
            tegen = tegen_burgemeester(incident)
        yield Verplichting(
            str((tegen and regel.get("soort_tegen_burgemeester")) or regel["soort"]),
            str((tegen and regel.get("tekst_tegen_burgemeester")) or regel["tekst"]),
            uiterlijk,
            vastgelegd,
            waarmee,
            reden,
            r.sluiten_met,
            r.opdracht.format(incident=nummer),
        )


# Voorwaarden die het register of het advies nodig hebben: na de velden van het incident nagaan, die zijn goedkoop.
_ZWAAR = ("overtreding_in_gebouw", "advies")


@dataclass(frozen=True)
class _Regel:
    """Een [[verplichtingen]]-regel, één keer per profiel voorbereid: de voorwaarden gesplitst in goedkoop (velden
    van het incident) en zwaar (_ZWAAR), en de opdracht als sjabloon met {incident}."""

    regel: dict
    licht: tuple[tuple[str, object, str], ...]  # (veld, waarde, _LIJST, _SCHADE of _JANEE); bij ja/nee een bool
    zwaar: tuple[tuple[str, object], ...]
    sluiten_met: tuple[str, ...]
    opdracht: str
    eigen_tegen_burgemeester: bool


_VOORBEREID: WeakKeyDictionary[Profiel, tuple[list, tuple[_Regel, ...]]] = WeakKeyDictionary()


def _regels(profiel: Profiel) -> tuple[_Regel, ...]:
    regels = profiel.gegevens.get("verplichtingen", [])
    if not regels:
        return ()
    klaar = _VOORBEREID.get(profiel)
    if klaar is not None and klaar[0] is regels:
        return klaar[1]
    voorbereid = []
    for regel in regels:
        als = list((regel.get("als") or {}).items())
        sluiten_met = tuple(regel.get("sluiten_met", ()))
        voorbereid.append(
            _Regel(
                regel,
                tuple(_licht(veld, waarde) for veld, waarde in als if veld not in _ZWAAR),
                tuple(paar for paar in als if paar[0] in _ZWAAR),
                sluiten_met,
                _opdracht(profiel, regel, "{incident}", sluiten_met),
                bool(regel.get("soort_tegen_burgemeester") or regel.get("tekst_tegen_burgemeester")),
            )
        )
    _VOORBEREID[profiel] = (regels, tuple(voorbereid))
    return tuple(voorbereid)


_LIJST, _SCHADE, _JANEE = "lijst", "schade", "janee"
_SCHADEVELDEN = ("materiele_schade", "letsel", "psychisch")


def _licht(veld: str, waarde: object) -> tuple[str, object, str]:
    """Een goedkope voorwaarde, voorbereid zoals _voldoet haar leest."""
    if veld == "schade":
        return veld, bool(waarde), _SCHADE
    if isinstance(waarde, list):
        return veld, waarde, _LIJST
    return veld, bool(waarde), _JANEE


def _geldt(
    regel: dict, incident: IncidentRij, maatregelen: list[MaatregelRij], register: Register, profiel: Profiel
) -> bool:
    """Geldt de voorwaarde (`als`) van de verplichting bij dit incident."""
    als = regel.get("als") or {}
    return _voldoet(sorted(als.items(), key=lambda paar: paar[0] in _ZWAAR), incident, maatregelen, register, profiel)


def _voldoet(
    voorwaarden: Iterable[tuple[str, Any]],
    incident: IncidentRij,
    maatregelen: list[MaatregelRij],
    register: Register,
    profiel: Profiel,
) -> bool:
    for veld, waarde in voorwaarden:
        if veld == "schade":
            heeft = any(heeft_schade(incident.get(v)) for v in _SCHADEVELDEN)
            if heeft != bool(waarde):
                return False
        elif veld == "advies":
            if _maatregel_of_advies(register, profiel, incident, maatregelen) not in waarde:
                return False
        elif veld == "overtreding_in_gebouw":
            # Geertruidenberg 6.7, Losser 5.2: in het gebouw tijdens een lopend toegangsverbod (lokaalvredebreuk).
            in_gebouw = incident.get("kanaal") in profiel.kanalen_in_gebouw and in_gebouw_overtreden(
                register, profiel, incident
            )
            if in_gebouw != bool(waarde):
                return False
        elif isinstance(waarde, list):
            if incident.get(veld) not in waarde:
                return False
        elif bool(incident.get(veld)) != bool(waarde):
            return False
    return True


def _brief_begin(maatregelen: list[MaatregelRij], profiel: Profiel) -> date | None:
    """De datum van de eerste brief bij het incident (een verplichting met vanaf = "brief")."""
    brieven = [
        brief
        for m in maatregelen
        if heeft_brief(m, profiel) and not is_naast_advies(m, profiel) and (brief := m.get("datum")) is not None
    ]
    return min(brieven) if brieven else None


def _maatregel_of_advies(
    register: Register, profiel: Profiel, incident: IncidentRij, maatregelen: list[MaatregelRij]
) -> str | None:
    """De soort van de maatregel bij het incident; is die er nog niet, de soort die het protocol adviseert."""
    besloten = [m.get("soort") for m in maatregelen if not is_naast_advies(m, profiel)]
    if besloten:
        return besloten[0]
    from agressie_cli.domein.advies import bereken_advies  # alleen hier nodig; advies is zwaarder

    try:
        return bereken_advies(register, profiel, incident).soort
    except AgressieFout:
        return None  # een onvolledige classificatie: het advies volgt later, dan deze verplichting ook


def _vastgelegd(
    regel: dict, incident: IncidentRij, maatregelen: list[MaatregelRij], sluiten_met: tuple[str, ...]
) -> tuple[date | None, str | None, str | None]:
    for m in maatregelen:
        if m.get("soort") in regel.get("maatregel", ()):
            return m.get("datum"), f"maatregel {m.get('maatregel')}", None
    for naam in sluiten_met:
        optie = PER_NAAM.get(naam)
        waarde = kolom(incident, optie.kolom) if optie else None
        if not waarde:
            continue
        if optie is not None and optie.redenen:
            return None, naam, str(waarde)
        return (waarde if isinstance(waarde, date) else None), naam, None
    return None, None, None


def _opdracht(profiel: Profiel, regel: dict, nummer: str | None, sluiten_met: tuple[str, ...]) -> str:
    delen = [
        f"agressie aangifte {nummer}" if profiel.is_soort(s, "aangifte") else f"agressie brief {nummer} --soort {s}"
        for s in regel.get("maatregel", ())
        if profiel.is_soort(s, "aangifte") or profiel.is_soort(s, "brief")
    ]
    opties = " of ".join(f"--{n} {'REDEN' if PER_NAAM[n].redenen else 'DATUM'}" for n in sluiten_met if n in PER_NAAM)
    if opties:
        delen.append(f"agressie verplichtingen {nummer} {opties}")
    return " of ".join(delen)


def controleer_profiel(profiel: Profiel) -> None:
    """Een eigen profiel met een tikfout in [[verplichtingen]] geeft meteen een duidelijke melding."""
    for regel in profiel.gegevens.get("verplichtingen", []):
        for sleutel in ("soort", "tekst"):
            if not regel.get(sleutel):
                raise AgressieFout(
                    f"Profiel {profiel.bron}: een [[verplichtingen]]-regel mist '{sleutel}'.", code=Afsluitcode.FOUT
                )
        onbekend = [n for n in regel.get("sluiten_met", ()) if n not in PER_NAAM]
        if onbekend:
            raise AgressieFout(
                f"Profiel {profiel.bron}: verplichting '{regel['soort']}' noemt onbekende optie "
                f"'{onbekend[0]}' in sluiten_met. Kies uit: {', '.join(PER_NAAM)}.",
                code=Afsluitcode.FOUT,
            )


def _veld(naam: str) -> str:
    """Een optie van agressie verplichtingen ('reden-geen-aangifte') of een veld van melden als «veld» in een melding
    (3.2): de opdrachtregel zet het terug in de optie, het web in het label."""
    return f"«{naam.replace('-', '_')}»"


def lees_reden(optie: Optie, waarde: str) -> str:
    gekozen = waarde.strip().lower()
    if gekozen not in optie.redenen:
        raise InvoerFout(f"{_veld(optie.naam)}: '{waarde}' is onbekend. Kies uit: {', '.join(optie.redenen)}.")
    return gekozen


def _voorwaarde(regel: dict) -> str:
    """De voorwaarde van een verplichting in woorden, met de opties van melden en aanvullen die haar vastleggen."""
    delen = []
    for veld, waarde in (regel.get("als") or {}).items():
        if veld == "schade":
            delen.append(("" if waarde else "geen ") + "schade («materiele_schade», «letsel» of «psychisch»)")
        elif veld == "advies":
            delen.append(f"maatregel of advies {' of '.join(map(str, waarde))}")
        elif isinstance(waarde, list):
            delen.append(f"{_veld(veld) if veld in OPTIE else veld} {' of '.join(map(str, waarde))}")
        else:
            optie = _veld(veld) if veld in OPTIE else veld
            delen.append(optie if waarde else f"niet {optie}")
    return " en ".join(delen)


def _gelden(register: Register, profiel: Profiel, incident: IncidentRij) -> str:
    """Welke verplichtingen bij dit incident gelden, met hun opties: voor een melding die een optie weigert."""
    if incident.get("status") == "vervallen":
        return f"Incident {incident.get('incident')} is ingetrokken (vervallen): er gelden geen verplichtingen meer."
    maatregelen = [m for m in register.maatregelen_van_incident(incident.get("incident")) if telt(m)]
    gelden = [
        f"{regel['soort']} ({', '.join(_veld(n) for n in regel['sluiten_met'])})"
        for regel in profiel.gegevens.get("verplichtingen", [])
        if regel.get("sluiten_met") and _geldt(regel, incident, maatregelen, register, profiel)
    ]
    if not gelden:
        return f"Bij incident {incident.get('incident')} geldt geen verplichting die agressie verplichtingen vastlegt."
    return f"Bij incident {incident.get('incident')} gelden: {'; '.join(gelden)}."


def controleer_opties(register: Register, profiel: Profiel, incident: IncidentRij, namen: list[str]) -> None:
    """Weigert (vóór er iets verandert) een optie die geen verplichting van dit profiel vastlegt, een optie waarvan de
    verplichting bij dit incident niet geldt, twee opties die elkaar tegenspreken (een datum en een reden waarom niet)
    en een reden waarom niet bij een verplichting die al op een andere manier is vastgelegd."""
    nummer = incident.get("incident")
    regels = [r for r in profiel.gegevens.get("verplichtingen", []) if r.get("sluiten_met")]
    maatregelen = [m for m in register.maatregelen_van_incident(nummer) if telt(m)]
    vervallen = incident.get("status") == "vervallen"
    for naam in namen:
        eigen = [r for r in regels if naam in r["sluiten_met"]]
        if not eigen:
            raise InvoerFout(
                f"{_veld(naam)} hoort niet bij het profiel {profiel.naam}: het protocol van {profiel.naam} kent die "
                f"verplichting niet. {_gelden(register, profiel, incident)} Er is niets vastgelegd."
            )
        if vervallen or not any(_geldt(r, incident, maatregelen, register, profiel) for r in eigen):
            waarom = "; ".join(f"'{r['soort']}' (alleen bij {_voorwaarde(r)})" for r in eigen if r.get("als"))
            raise InvoerFout(
                f"{_veld(naam)} hoort bij de verplichting {waarom or repr(eigen[0]['soort'])}; die geldt niet bij incident "
                f"{nummer}. "
                f"{_gelden(register, profiel, incident)} Klopt het incident niet, vul het dan eerst aan (agressie "
                f"aanvullen {nummer}). Er is niets vastgelegd."
            )
    for regel in regels:
        gegeven = [n for n in regel["sluiten_met"] if n in namen]
        redenen = [n for n in gegeven if PER_NAAM[n].redenen]
        if redenen and len(gegeven) > 1:
            anders = next(n for n in gegeven if n != redenen[0])
            raise InvoerFout(
                f"{_veld(anders)} en {_veld(redenen[0])} spreken elkaar tegen bij de verplichting '{regel['soort']}': "
                f"{_veld(redenen[0])} zegt waarom het niet gebeurt. Geef één van beide. Er is niets vastgelegd."
            )
        if not redenen or not _geldt(regel, incident, maatregelen, register, profiel):
            continue
        _, waarmee, reden = _vastgelegd(regel, incident, maatregelen, tuple(regel["sluiten_met"]))
        if waarmee is not None and reden is None:
            datum, _, _ = _vastgelegd(regel, incident, maatregelen, tuple(regel["sluiten_met"]))
            hoe = waarmee if waarmee.startswith("maatregel") else _veld(waarmee)
            raise InvoerFout(
                f"{_veld(redenen[0])}: de verplichting '{regel['soort']}' bij incident {nummer} is al vastgelegd met {hoe}"
                + (f" op {kort(datum)}" if datum else "")
                + "; een reden waarom het niet gebeurt past daar niet bij. Er is niets vastgelegd."
            )


def leg_vast(
    register: Register, profiel: Profiel, nummer: str, waarden: dict[str, date | str], vandaag: date | None = None
) -> list[str]:
    """Zet de opgegeven datums en redenen bij het incident. Een optie die bij dit incident niet past
    (controleer_opties), een datum vóór het incident of in de toekomst wordt geweigerd, vóór er iets verandert. Een
    datum bij een verplichting waarvoor eerder een reden waarom niet was vastgelegd, vervangt die reden: geeft de
    meldingen daarover terug."""
    vandaag = vandaag or date.today()
    incident = register.incident(nummer)
    controleer_opties(register, profiel, incident, list(waarden))
    gebeurd = incident.get("datum")
    for naam, waarde in waarden.items():
        if isinstance(waarde, date):
            controleer_vastgelegde_datum(naam, waarde, nummer, gebeurd, vandaag)
    meldingen = []
    for regel in profiel.gegevens.get("verplichtingen", []):
        sluiten_met = regel.get("sluiten_met", ())
        if not any(n in waarden and not PER_NAAM[n].redenen for n in sluiten_met):
            continue
        for n in sluiten_met:
            sleutel = PER_NAAM[n].kolom
            if PER_NAAM[n].redenen and (reden := kolom(incident, sleutel)) and n not in waarden:
                meldingen.append(
                    f"De eerder vastgelegde reden '{reden}' (--{n}) bij '{regel['soort']}' vervalt: het is nu gebeurd."
                )
                zet(incident, sleutel, None)
    for naam, waarde in waarden.items():
        zet(incident, PER_NAAM[naam].kolom, waarde)
    if waarden:
        incident["gewijzigd"] = nu()
        register.log("verplichtingen", nummer)
    return meldingen
