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

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from agressie_cli.domein.ambtsdrager import tegen_burgemeester
from agressie_cli.domein.datums import kort, plus_maanden
from agressie_cli.domein.fouten import Afsluitcode, AgressieFout, InvoerFout
from agressie_cli.domein.overtreding import overtreding
from agressie_cli.domein.profiel import Profiel
from agressie_cli.domein.register import Register, nu
from agressie_cli.domein.schade import heeft_schade
from agressie_cli.domein.velden import (
    REDENEN_GEEN_AANGIFTE,
    REDENEN_GEEN_VERHAAL,
    REDENEN_NIET_BESPROKEN,
)
from agressie_cli.domein.verboden import heeft_brief, is_naast_advies, telt


@dataclass(frozen=True)
class Optie:
    """Een optie van agressie verplichtingen: de kolom op het blad Incidenten, en de vaste lijst als het een reden is
    (anders een datum)."""

    naam: str
    kolom: str
    hulp: str
    redenen: tuple[str, ...] = ()


OPTIES: tuple[Optie, ...] = (
    Optie(
        "melding",
        "politie_melding",
        "Datum van de melding of aangifte bij de politie zonder document van agressie aangifte (Geertruidenberg 7, "
        "Losser 5.4). Voorbeeld: --melding 2026-11-18",
    ),
    Optie(
        "reden-geen-aangifte",
        "reden_geen_aangifte",
        f"Waarom er geen aangifte of melding komt: {', '.join(REDENEN_GEEN_AANGIFTE)}. "
        "Voorbeeld: --reden-geen-aangifte geen-strafbaar-feit",
        REDENEN_GEEN_AANGIFTE,
    ),
    Optie(
        "reden-geen-verhaal",
        "reden_geen_verhaal",
        f"Waarom de schade niet wordt verhaald: {', '.join(REDENEN_GEEN_VERHAAL)}. "
        "Voorbeeld: --reden-geen-verhaal al-vergoed",
        REDENEN_GEEN_VERHAAL,
    ),
    Optie(
        "nabespreking",
        "nabespreking",
        "Datum van de nabespreking met alle betrokkenen onder leiding van de coördinator (Geertruidenberg 9.1). "
        "Voorbeeld: --nabespreking 2026-11-19",
    ),
    Optie(
        "opvang-bezoekers",
        "opvang_bezoekers",
        "Datum waarop de AOV-er de bezoekers die getuige waren opving (Geertruidenberg 9.1). "
        "Voorbeeld: --opvang-bezoekers 2026-11-18",
    ),
    Optie(
        "herstel",
        "herstel_nagegaan",
        "Datum waarop de leidinggevende naging of het herstel goed verloopt (Geertruidenberg 9.2: na een tot zes "
        "weken). Voorbeeld: --herstel 2026-12-15",
    ),
    Optie(
        "bedrijfsarts",
        "bedrijfsarts",
        "Datum van de verwijzing naar de bedrijfsarts (Geertruidenberg 9.2). Voorbeeld: --bedrijfsarts 2026-12-15",
    ),
    Optie(
        "overdracht-uitkering",
        "overdracht_uitkering",
        "Datum van de overdracht aan de medewerkers die de Participatiewet uitvoeren (Geertruidenberg 6.8). "
        "Voorbeeld: --overdracht-uitkering 2026-11-25",
    ),
    Optie(
        "contactpersoon",
        "contactpersoon_geraadpleegd",
        "Datum waarop de contactpersoon van de inwoner is geraadpleegd vóór de waarschuwingsbrief (Losser 5.1). "
        "Voorbeeld: --contactpersoon 2026-11-12",
    ),
    Optie(
        "vervolgstappen",
        "vervolgstappen",
        "Datum waarop de vervolgstappen zijn afgesproken met leidinggevende, coördinator en wijkagent (Losser 5.4). "
        "Voorbeeld: --vervolgstappen 2026-11-20",
    ),
    Optie(
        "hulpinstantie",
        "hulpinstantie",
        "Datum waarop via de politie (0900-8844) een hulpinstantie is ingeschakeld (Losser 4.5). "
        "Voorbeeld: --hulpinstantie 2026-11-10",
    ),
    Optie(
        "burgemeester-ingelicht",
        "burgemeester_ingelicht",
        "Datum waarop de burgemeester (bij afwezigheid de griffier) is ingelicht (Losser, politiek ambtsdragers). "
        "Voorbeeld: --burgemeester-ingelicht 2026-11-10",
    ),
    Optie(
        "ambtsdragers-ingelicht",
        "ambtsdragers_ingelicht",
        "Datum waarop de andere politiek ambtsdragers zijn ingelicht (Losser, politiek ambtsdragers). "
        "Voorbeeld: --ambtsdragers-ingelicht 2026-11-12",
    ),
    Optie(
        "besproken",
        "besproken_college",
        "Datum waarop het college of het presidium het incident besprak (Losser, politiek ambtsdragers). "
        "Voorbeeld: --besproken 2026-12-01",
    ),
    Optie(
        "reden-niet-besproken",
        "reden_niet_besproken",
        f"Waarom het college of presidium het incident niet bespreekt: {', '.join(REDENEN_NIET_BESPROKEN)}. "
        "Voorbeeld: --reden-niet-besproken geen-instemming",
        REDENEN_NIET_BESPROKEN,
    ),
)
PER_NAAM = {o.naam: o for o in OPTIES}

# Welke opdracht een maatregel uit `maatregel` vastlegt, voor de regel op agressie termijnen.
_OPDRACHT_MAATREGEL = {
    "aangifte": "agressie aangifte {incident}",
    "aansprakelijkstelling": "agressie brief {incident} --soort aansprakelijkstelling",
}


@dataclass
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


def verplichtingen(register: Register, profiel: Profiel, incident: dict) -> Iterator[Verplichting]:
    """De verplichtingen van het profiel die bij dit incident horen, open of vastgelegd."""
    datum = incident.get("datum")
    if datum is None or incident.get("status") == "vervallen":
        return
    regels = profiel.gegevens.get("verplichtingen", [])
    if not regels:
        return
    nummer = incident.get("incident")
    maatregelen = [m for m in register.maatregelen_van_incident(nummer) if telt(m)]
    for regel in regels:
        begin = _begin(regel, incident, maatregelen, register, profiel)
        if begin is None:
            continue
        uiterlijk = begin
        if regel.get("maanden"):
            uiterlijk = plus_maanden(uiterlijk, int(regel["maanden"]))
        uiterlijk += timedelta(days=int(regel.get("dagen", 0)))
        uiterlijk = _werkdagen_na(uiterlijk, int(regel.get("werkdagen", 0)))
        sluiten_met = tuple(regel.get("sluiten_met", ()))
        vastgelegd, waarmee, reden = _vastgelegd(regel, incident, maatregelen, sluiten_met)
        # Losser 9: bij agressie tegen de burgemeester "krijgt de (loco)gemeentesecretaris de rol van eerst
        # aangewezene": de regel kan dan een eigen naam en tekst hebben (soort_ en tekst_tegen_burgemeester).
        tegen = tegen_burgemeester(incident)
        yield Verplichting(
            str((tegen and regel.get("soort_tegen_burgemeester")) or regel["soort"]),
            str((tegen and regel.get("tekst_tegen_burgemeester")) or regel["tekst"]),
            uiterlijk,
            vastgelegd,
            waarmee,
            reden,
            sluiten_met,
            _opdracht(regel, nummer, sluiten_met),
        )


# Voorwaarden die het register of het advies nodig hebben: na de velden van het incident nagaan, die zijn goedkoop.
_ZWAAR = ("overtreding_in_gebouw", "advies")


def _begin(regel: dict, incident: dict, maatregelen: list[dict], register: Register, profiel: Profiel) -> date | None:
    """Vanaf wanneer de termijn loopt, of None als de verplichting niet bij dit incident hoort."""
    als = regel.get("als") or {}
    for veld, waarde in sorted(als.items(), key=lambda paar: paar[0] in _ZWAAR):
        if veld == "schade":
            heeft = any(heeft_schade(incident.get(v)) for v in ("materiele_schade", "letsel", "psychisch"))
            if heeft != bool(waarde):
                return None
        elif veld == "advies":
            if _maatregel_of_advies(register, profiel, incident, maatregelen) not in waarde:
                return None
        elif veld == "overtreding_in_gebouw":
            # Geertruidenberg 6.7, Losser 5.2: in het gebouw tijdens een lopend toegangsverbod (lokaalvredebreuk).
            ov = (
                overtreding(register, profiel, incident)
                if incident.get("kanaal") in profiel.kanalen_in_gebouw
                else None
            )
            if bool(ov is not None and ov.in_gebouw) != bool(waarde):
                return None
        elif isinstance(waarde, list):
            if incident.get(veld) not in waarde:
                return None
        elif bool(incident.get(veld)) != bool(waarde):
            return None
    if regel.get("vanaf") == "brief":
        brieven = [
            m["datum"]
            for m in maatregelen
            if heeft_brief(m) and not is_naast_advies(m, profiel) and m.get("datum") is not None
        ]
        return min(brieven) if brieven else None
    return incident["datum"]


def _maatregel_of_advies(register: Register, profiel: Profiel, incident: dict, maatregelen: list[dict]) -> str | None:
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
    regel: dict, incident: dict, maatregelen: list[dict], sluiten_met: tuple[str, ...]
) -> tuple[date | None, str | None, str | None]:
    for m in maatregelen:
        if m.get("soort") in regel.get("maatregel", ()):
            return m.get("datum"), f"maatregel {m.get('maatregel')}", None
    for naam in sluiten_met:
        optie = PER_NAAM.get(naam)
        waarde = incident.get(optie.kolom) if optie else None
        if not waarde:
            continue
        if optie is not None and optie.redenen:
            return None, naam, str(waarde)
        return waarde, naam, None
    return None, None, None


def _opdracht(regel: dict, nummer: str | None, sluiten_met: tuple[str, ...]) -> str:
    delen = [
        _OPDRACHT_MAATREGEL[s].format(incident=nummer) for s in regel.get("maatregel", ()) if s in _OPDRACHT_MAATREGEL
    ]
    opties = " of ".join(f"--{n} {'REDEN' if PER_NAAM[n].redenen else 'DATUM'}" for n in sluiten_met if n in PER_NAAM)
    if opties:
        delen.append(f"agressie verplichtingen {nummer} {opties}")
    return " of ".join(delen)


def _werkdagen_na(dag: date, aantal: int) -> date:
    while aantal:
        dag += timedelta(days=1)
        if dag.weekday() < 5:
            aantal -= 1
    return dag


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


def lees_reden(optie: Optie, waarde: str) -> str:
    gekozen = waarde.strip().lower()
    if gekozen not in optie.redenen:
        raise InvoerFout(f"--{optie.naam}: '{waarde}' is onbekend. Kies uit: {', '.join(optie.redenen)}.")
    return gekozen


def leg_vast(register: Register, nummer: str, waarden: dict[str, date | str], vandaag: date | None = None) -> dict:
    """Zet de opgegeven datums en redenen bij het incident. Een datum vóór het incident of in de toekomst wordt
    geweigerd, vóór er iets verandert."""
    vandaag = vandaag or date.today()
    incident = register.incident(nummer)
    gebeurd = incident.get("datum")
    for naam, waarde in waarden.items():
        if not isinstance(waarde, date):
            continue
        if gebeurd is not None and waarde < gebeurd:
            raise InvoerFout(
                f"--{naam}: {kort(waarde)} ligt vóór het incident {nummer} van {kort(gebeurd)}. Er is niets vastgelegd."
            )
        if waarde > vandaag:
            raise InvoerFout(f"--{naam}: {kort(waarde)} ligt in de toekomst. Er is niets vastgelegd.")
    for naam, waarde in waarden.items():
        incident[PER_NAAM[naam].kolom] = waarde
    if waarden:
        incident["gewijzigd"] = nu()
        register.log("verplichtingen", nummer)
    return incident
