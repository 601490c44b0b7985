"""De coördinator op het web (3.5): het register met filters (ook per afdeling en op incidentnummer) en wat een incident
nog mist, als velden om aan te vullen. Alleen wat de andere handelingen nog niet geven; aanvullen, intrekken,
termijnen, doorsturen, rapport, opschonen en herstel roept de webvoorkant aan in registreren, besluiten, opvragen,
doorsturen en beheer."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from agressie_cli.domein.datums import lees_datum
from agressie_cli.domein.fouten import InvoerFout
from agressie_cli.domein.rijen import IncidentRij, kolom
from agressie_cli.handelingen.werkplek import Werkplek

_INCIDENTNUMMER = re.compile(r"^\d{4}-\d+$")
# Wat "adres" in de ontbrekende velden betekent: een postadres of een e-mailadres (domein/meldingen.ontbrekend).
ADRESVELDEN = ("adres", "postcode", "woonplaats", "email")


@dataclass(frozen=True)
class Incidentregel:
    incident: str
    datum: date | None
    persoon: str | None
    naam: str | None
    afdeling: str | None
    klasse: str | None  # ernst (Geertruidenberg) of gedrag (Losser): de classificatie van het profiel
    status: str | None
    ontbrekend: tuple[str, ...]


@dataclass(frozen=True)
class Overzicht:
    regels: tuple[Incidentregel, ...]
    totaal: int  # zonder filter (zonder de vervallen incidenten)
    afdelingen: tuple[str, ...]  # de afdelingen die in het register voorkomen (de keuzes van het filter)
    statussen: tuple[str, ...]
    classificatie: str


def incidenten(
    werkplek: Werkplek,
    van: str | date | None = None,
    tot: str | date | None = None,
    zoek: str | None = None,
    status: str | None = None,
    afdeling: str | None = None,
    afdelingen: tuple[str, ...] = (),
    onvolledig: bool = False,
) -> Overzicht:
    """De incidenten, nieuwste eerst, gefilterd op periode (van en tot en met), status, afdeling en `zoek`: een
    incidentnummer (2026-0012), een persoonnummer of (een deel van) een naam. `afdelingen`: alleen deze (een
    leidinggevende met afdelingen op zijn account); leeg: alle. `onvolledig`: alleen wat nog niet compleet is (om aan te
    vullen), ook als er al een maatregel is, zonder de meldingen van het web die nog beoordeeld moeten worden."""
    from agressie_cli.domein.lijst import filter_incidenten
    from agressie_cli.domein.velden import STATUSSEN

    van_d, tot_d = lees_datum(van, "«van»"), lees_datum(tot, "«tot»")
    if van_d and tot_d and tot_d < van_d:
        raise InvoerFout("«tot» ligt vóór «van»: kies een einddatum op of na de begindatum.")
    zoek = (zoek or "").strip()
    if zoek and len(zoek) < 2:
        raise InvoerFout("«zoek»: vul minstens twee tekens in (een deel van de naam, P0012 of 2026-0012).")
    register = werkplek.lees(bladen=("Incidenten", "Personen"))
    per_nummer = _INCIDENTNUMMER.match(zoek) is not None
    rijen = filter_incidenten(register, van_d, tot_d, None if per_nummer else (zoek or None), status or None)
    eigen = {a.casefold() for a in afdelingen}

    def vast() -> tuple[dict[Any, Any], int, tuple[str, ...]]:  # wat niet van de filters afhangt
        register = werkplek.lees(bladen=("Incidenten", "Personen"))  # het register waarbij het bewaard wordt
        alle = [i for i in register.incidenten if not eigen or str(i.get("afdeling") or "").casefold() in eigen]
        return (
            {p.get("persoon"): p.get("naam") for p in register.personen},
            sum(1 for i in alle if i.get("status") != "vervallen"),
            tuple(sorted({str(i["afdeling"]) for i in alle if i.get("afdeling")}, key=str.casefold)),
        )

    # Het web bewaart dit per versie van het register: een zoekopdracht rekent alleen wat van de filters afhangt.
    namen, totaal, alle_afdelingen = werkplek.onthoud(("incidenten", "vast", tuple(sorted(eigen))), vast)
    if per_nummer:
        rijen = [r for r in rijen if str(r.get("incident")) == zoek]
    if eigen:
        rijen = [r for r in rijen if str(r.get("afdeling") or "").casefold() in eigen]
    if onvolledig:  # een melding van het web komt pas na de beoordeling (3.5: /beoordelen)
        rijen = [r for r in rijen if r.get("ontbrekend") and r.get("beoordeling") != "te beoordelen"]
    if afdeling:
        rijen = [r for r in rijen if str(r.get("afdeling") or "").casefold() == afdeling.strip().casefold()]
    klasse = werkplek.profiel.classificatie
    regels = tuple(
        Incidentregel(
            incident=str(r.get("incident")),
            datum=r.get("datum"),
            persoon=r.get("persoon"),
            naam=namen.get(r.get("persoon")),
            afdeling=r.get("afdeling"),
            klasse=None if (k := kolom(r, klasse)) is None else str(k),
            status=r.get("status"),
            ontbrekend=tuple(v for v in str(r.get("ontbrekend") or "").split(", ") if v),
        )
        for r in sorted(rijen, key=_nieuwste_eerst, reverse=True)
    )
    return Overzicht(
        regels=regels,
        totaal=totaal,
        afdelingen=alle_afdelingen,
        statussen=tuple(STATUSSEN),
        classificatie=klasse,
    )


# Een zin van de hulp van de opdrachtregel die een optie of een opdracht noemt (3.5: geen opdrachtregel op het web).
_OPDRACHTREGEL = re.compile(r"(?<![\w-])--[a-z]|\bagressie [a-z]+ (?:maakt|\d)")


def _uitleg(hulp: str) -> str:
    """De hulp bij een veld zonder voorbeeld en zonder de zinnen die een optie of opdracht noemen."""
    tekst = re.split(r"\s*Voorbeeld:", hulp)[0].strip()
    return " ".join(z for z in re.split(r"(?<=[.?!])\s+", tekst) if z and not _OPDRACHTREGEL.search(z))


def _nieuwste_eerst(rij: IncidentRij) -> tuple[date, str]:
    return (rij.get("datum") or date.min, str(rij.get("incident") or ""))


@dataclass(frozen=True)
class Aanvulveld:
    sleutel: str
    label: str  # de kop van de kolom in het register
    type: str  # tekst, datum, tijd, janee, keuze, lijst
    keuzes: tuple[str, ...]
    waarde: str  # wat er nu staat (leeg: ontbreekt)
    hulp: str


@dataclass(frozen=True)
class Aanvulling:
    incident: str
    datum: date | None
    persoon: str | None
    naam: str | None
    status: str | None
    ontbrekend: tuple[str, ...]
    velden: tuple[Aanvulveld, ...]  # de velden die ontbreken, met wat 'adres' betekent uitgeschreven


def aan_te_vullen(werkplek: Werkplek, nummer: str) -> Aanvulling:
    """Wat een incident nog niet compleet maakt, als velden om in te vullen (4.2: de melding hoeft niet in één keer
    compleet). Een ontbrekend adres wordt adres, postcode, woonplaats en e-mail (een van beide is genoeg)."""
    from agressie_cli.domein.nederlands import kort
    from agressie_cli.domein.velden import INVOER

    register = werkplek.lees(bladen=("Incidenten", "Personen"))
    incident = register.incident(nummer)
    persoon = register.persoon_van(incident) or {}
    ontbrekend = tuple(v for v in str(incident.get("ontbrekend") or "").split(", ") if v)
    sleutels: list[str] = []
    for veld in ontbrekend:
        sleutels.extend(ADRESVELDEN if veld == "adres" else (veld,))
    per_sleutel = {v.sleutel: v for v in INVOER}
    velden = []
    for sleutel in dict.fromkeys(sleutels):
        v = per_sleutel.get(sleutel)
        if v is None:
            continue
        huidig = (persoon if v.persoon else incident).get(sleutel)
        if isinstance(huidig, date):
            tekst = kort(huidig)
        elif isinstance(huidig, list):
            tekst = ", ".join(str(w) for w in huidig)
        else:
            tekst = "" if huidig is None else str(huidig)
        velden.append(Aanvulveld(sleutel, v.kop, v.type, tuple(v.keuzes), tekst, _uitleg(v.hulp)))
    return Aanvulling(
        incident=str(incident["incident"]),
        datum=incident.get("datum"),
        persoon=incident.get("persoon"),
        naam=persoon.get("naam"),
        status=incident.get("status"),
        ontbrekend=ontbrekend,
        velden=tuple(velden),
    )
