"""Incidenten registreren en aanvullen: invoer controleren, persoon koppelen, status en ontbrekende velden bijhouden."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from agressie_cli.domein.fouten import InvoerFout
from agressie_cli.domein.nederlands import kort
from agressie_cli.domein.personen import naamgenoten, verwijder_zonder_incidenten, zoek_persoon
from agressie_cli.domein.profiel import Profiel
from agressie_cli.domein.register import Register, nu
from agressie_cli.domein.rijen import IncidentRij, MaatregelRij, PersoonRij, zet
from agressie_cli.domein.velden import INCIDENTVELDEN, PERSOONSVELDEN, verplicht_bij_melden
from agressie_cli.domein.verboden import heeft_brief, is_naast_advies


@dataclass
class Wijziging:
    veld: str
    oud: object
    nieuw: object


@dataclass
class Uitkomst:
    incident: IncidentRij
    persoon: PersoonRij
    nieuw_persoon: bool = False
    bijna: list[PersoonRij] = field(default_factory=list)
    wijzigingen: list[Wijziging] = field(default_factory=list)
    mogelijk_dubbel: list[str] = field(default_factory=list)  # incidenten van dezelfde persoon op dezelfde dag
    verwijderd: str | None = None  # de persoon die na aanvullen --persoon geen incidenten meer had


def ontbrekend(incident: IncidentRij, persoon: PersoonRij | None, profiel: Profiel) -> list[str]:
    """De velden die een melding nog niet compleet maken (4.2: de melding hoeft niet in één keer compleet)."""
    mist = []
    if (
        profiel.classificatie == "gedrag"
        and incident.get("gedrag") in ("A", "B", "C")
        and incident.get("aanhoudend") is None
    ):
        mist.append("aanhoudend")
    for veld in profiel.verplicht_voor_compleet:
        if veld == "adres":
            p = persoon or {}
            heeft_post = all(p.get(v) for v in ("adres", "postcode", "woonplaats"))
            if not heeft_post and not p.get("email"):
                mist.append("adres")
        elif veld in PERSOONSVELDEN:
            if not (persoon or {}).get(veld):
                mist.append(veld)
        elif veld == "tijd" and incident.get("kanaal") in profiel.kanalen_schriftelijk:
            # Een e-mail of brief heeft geen tijdstip waarop het gedrag plaatsvond (3.1); de brief noemt de datum.
            continue
        elif incident.get(veld) in (None, "", []):
            mist.append(veld)
    return mist


def bepaal_status(
    incident: IncidentRij, maatregelen: list[MaatregelRij], profiel: Profiel, persoon: PersoonRij | None
) -> str:
    if (status := incident.get("status")) in ("afgehandeld", "vervallen"):
        return str(status)
    soorten = profiel.soorten
    # De aangifte komt naast de maatregel (Geertruidenberg 7; domein.md), ze is de maatregel niet; net zo een soort naast
    # het advies (de aansprakelijkstelling, 2.6). Een incident met alleen zo'n maatregel wacht nog op zijn maatregel
    # (termijnen, brief --alle-open).
    maatregelen = [m for m in maatregelen if m.get("status") != "vervangen" and not is_naast_advies(m, profiel)]
    brieven = [
        m
        for m in maatregelen
        if heeft_brief(m, profiel) or (soorten.get(m.get("soort") or "") and soorten[m["soort"] or ""].brief)
    ]
    if brieven:  # gemaakt is nog niet verstuurd (2.4): 'agressie verzonden' legt dat vast
        return "brief verstuurd" if all(m.get("verzonden") for m in brieven) else "brief gemaakt"
    if maatregelen:
        if all(profiel.is_soort(m.get("soort"), "afsluitend") for m in maatregelen):
            return "afgehandeld"
        return "maatregel besloten"
    return "compleet" if not ontbrekend(incident, persoon, profiel) else "gemeld"


def ververs(register: Register, incident: IncidentRij, profiel: Profiel) -> None:
    persoon = register.persoon_van(incident)
    incident["ontbrekend"] = ", ".join(ontbrekend(incident, persoon, profiel))
    incident["status"] = bepaal_status(
        incident, register.maatregelen_van_incident(incident.get("incident")), profiel, persoon
    )


def melden(
    register: Register, profiel: Profiel, velden: dict, persoon_nummer: str | None = None, bijna_zoeken: bool = True
) -> Uitkomst:
    """Registreert een incident. `velden` komt uit controleer_velden."""
    velden = dict(velden)
    velden.setdefault("datum", date.today())
    if velden["datum"] > date.today():
        raise InvoerFout(f"«datum»: {kort(velden['datum'])} ligt in de toekomst.")
    vereist = [v for v in verplicht_bij_melden(profiel) if not (v == "naam" and persoon_nummer)]
    mist = [f"«{v}»" for v in vereist if velden.get(v) in (None, "")]
    if mist:
        raise InvoerFout(f"Verplicht bij melden, maar niet opgegeven: {', '.join(mist)}.")
    bijna: list[PersoonRij] = []
    nieuw = False
    persoon: PersoonRij | None
    if persoon_nummer:
        persoon = register.persoon(persoon_nummer)
        if persoon.get("geanonimiseerd"):
            raise InvoerFout(f"«persoon»: {persoon_nummer} is geanonimiseerd en kan niet meer gebruikt worden.")
    else:
        genoten = naamgenoten(register, velden["naam"]) if velden.get("geboortedatum") is None else []
        if len(genoten) > 1:
            raise InvoerFout(
                f"Er staan {len(genoten)} personen met deze naam in het register ({', '.join(genoten)}), te "
                "onderscheiden aan hun geboortedatum. Geef «geboortedatum», of kies met «persoon» (bekijk ze met "
                f"agressie historie {genoten[0]})."
            )
        gevonden = zoek_persoon(register, velden["naam"], velden.get("geboortedatum"), bijna_zoeken)
        persoon, bijna = gevonden.zeker, gevonden.bijna
    if persoon is None:
        persoon = PersoonRij(persoon=register.nieuw_persoonnummer(), naam=velden["naam"])
        register.voeg_persoon_toe(persoon)
        nieuw = True
    for veld in PERSOONSVELDEN:
        # De naam van een bekende persoon blijft zoals die eerst geschreven is; adresgegevens worden de nieuwste.
        if velden.get(veld) not in (None, "") and not (veld == "naam" and persoon.get("naam")):
            zet(persoon, veld, velden[veld])
            if veld == "naam":
                register.namen_gewijzigd()
    velden.setdefault("naam", persoon.get("naam"))
    controleer_geboortedatum(register, persoon, [velden["datum"]], "geboortedatum" in velden)
    moment = nu()
    nummer = register.nieuw_incidentnummer(velden["datum"].year)
    incident = IncidentRij(incident=nummer, persoon=persoon["persoon"])
    for v in INCIDENTVELDEN:
        if v in velden:
            zet(incident, v, velden[v])
    incident["geregistreerd"] = moment
    incident["gewijzigd"] = moment
    dubbel = mogelijk_dubbel(register, str(persoon["persoon"]), velden["datum"])
    register.voeg_incident_toe(incident)
    ververs(register, incident, profiel)
    register.log("melden", nummer)
    return Uitkomst(incident, persoon, nieuw, bijna, mogelijk_dubbel=dubbel)


def mogelijk_dubbel(register: Register, persoon: str, datum: date) -> list[str]:
    """Incidenten van dezelfde persoon op dezelfde dag: misschien twee meldingen van één voorval (2.4)."""
    return [
        str(i.get("incident"))
        for i in register.incidenten_van(persoon)
        if i.get("datum") == datum and i.get("status") != "vervallen"
    ]


def aanvullen(
    register: Register, profiel: Profiel, nummer: str, velden: dict, persoon_nummer: str | None = None
) -> Uitkomst:
    incident = register.incident(nummer)
    if velden.get("datum") and velden["datum"] > date.today():
        raise InvoerFout(f"«datum»: {kort(velden['datum'])} ligt in de toekomst.")
    wijzigingen: list[Wijziging] = []
    verwijderd = None
    # register.persoon volgt een samengevoegd nummer: --persoon P0002 (opgegaan in P0001) bij P0001 is geen wijziging
    if persoon_nummer and register.persoon(persoon_nummer)["persoon"] != incident.get("persoon"):
        nieuw_persoon = register.persoon(persoon_nummer)
        wijzigingen.append(Wijziging("persoon", incident.get("persoon"), nieuw_persoon["persoon"]))
        for m in register.maatregelen_van_incident(nummer):
            m["persoon"] = nieuw_persoon["persoon"]
        oud = register.persoon_van(incident)
        incident["persoon"] = nieuw_persoon["persoon"]
        incident["naam"] = nieuw_persoon.get("naam")
        register.namen_gewijzigd()
        if oud is not None and verwijder_zonder_incidenten(register, oud, str(nieuw_persoon["persoon"])):
            verwijderd = oud.get("persoon")
    persoon = register.persoon_van(incident)
    if persoon is None:
        persoon = PersoonRij(persoon=incident.get("persoon") or register.nieuw_persoonnummer())
        register.voeg_persoon_toe(persoon)
        incident["persoon"] = persoon["persoon"]
    for veld in PERSOONSVELDEN:
        if veld in velden and veld != "naam" and persoon.get(veld) != velden[veld]:
            wijzigingen.append(Wijziging(veld, persoon.get(veld), velden[veld]))
            zet(persoon, veld, velden[veld])
    for veld in INCIDENTVELDEN:
        if veld in velden and incident.get(veld) != velden[veld]:
            wijzigingen.append(Wijziging(veld, incident.get(veld), velden[veld]))
            zet(incident, veld, velden[veld])
            if veld == "naam":
                persoon["naam"] = velden[veld]
                register.namen_gewijzigd()
    if wijzigingen:
        controleer_geboortedatum(register, persoon, [incident.get("datum")], "geboortedatum" in velden)
        incident["gewijzigd"] = nu()
        ververs(register, incident, profiel)
        register.log("aanvullen", nummer)
    return Uitkomst(incident, persoon, False, [], wijzigingen, verwijderd=verwijderd)


def controleer_geboortedatum(register: Register, persoon: PersoonRij, datums: list, opgegeven: bool) -> None:
    """Niemand veroorzaakt een incident vóór zijn geboorte (3.3): een geboortedatum na de datum van een incident van
    die persoon is een tikfout in een van beide. De datums zelf niet herhalen (AVG); het veld noemen."""
    geboren = persoon.get("geboortedatum")
    if not isinstance(geboren, date):
        return
    # Een nieuwe geboortedatum tegen alle incidenten van de persoon; anders alleen de nieuwe datum van het incident.
    eerdere = register.incidenten_van(persoon.get("persoon")) if opgegeven else []
    alle = [*datums, *(i.get("datum") for i in eerdere)]
    if not any(isinstance(d, date) and d < geboren for d in alle):
        return
    if opgegeven:
        raise InvoerFout(
            "«geboortedatum»: de geboortedatum ligt na de datum van een incident van deze persoon. Controleer "
            "«geboortedatum» en «datum»; er is niets vastgelegd."
        )
    raise InvoerFout(
        f"De «datum» van het incident ligt vóór de geboortedatum van persoon {persoon.get('persoon')}. Controleer de "
        "«datum», of de geboortedatum van de persoon (agressie historie); er is niets vastgelegd."
    )


def sluit_af(register: Register, nummer: str) -> IncidentRij:
    """Zet een incident op 'afgehandeld' als alles rond is."""
    incident = register.incident(nummer)
    incident["status"] = "afgehandeld"
    register.log("afsluiten", nummer)
    return incident
