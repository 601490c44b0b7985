"""Informatie voor de aangifte (2.6): het dossier van de persoon uit het register, de namen die onder een nummer
verdwijnen, en de maatregel 'aangifte' die bij het document hoort.

Geertruidenberg 4.2: "Het overzicht van agressiemeldingen dient als basis voor het doen van aangifte bij de politie,
dossieropbouw en het verhalen van de schade"; 7: "Van strafbare feiten wordt altijd aangifte gedaan"; Losser 5.4.
Volgens de Eenduidige Landelijke Afspraken (politie, OM en publieke werkgevers) is agressie tegen een medewerker met
een publieke taak een VPT-incident; de aangever mag het adres van de werkgever opgeven (domicilie) en aangifte doen
onder een nummer in plaats van de eigen naam."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from agressie_cli.domein.maatregelen import besluit, leg_vast
from agressie_cli.domein.meldingen import ververs
from agressie_cli.domein.namen import vervang_collegas
from agressie_cli.domein.overtreding import Overtreding, overtreding
from agressie_cli.domein.profiel import Profiel
from agressie_cli.domein.register import Register
from agressie_cli.domein.rijen import IncidentRij, MaatregelRij
from agressie_cli.domein.verboden import lopend_bij_incident
from agressie_cli.domein.volgorde import sorteersleutel


@dataclass
class Dossier:
    """Wat het register over de persoon weet, naast het incident zelf."""

    incidenten: list[IncidentRij]  # eerdere incidenten van de persoon (niet ingetrokken), oudste eerst
    maatregelen: list[
        MaatregelRij
    ]  # maatregelen van de persoon (niet vervangen), zonder de aangifte van dit incident zelf
    verboden: list[MaatregelRij]  # verboden die op de dag van het incident liepen, opgelegd na een eerder incident
    overtreding: Overtreding | None  # het verbod dat dit incident overtrad (in het gebouw: lokaalvredebreuk)


def dossier(register: Register, profiel: Profiel, incident: IncidentRij) -> Dossier:
    persoon = incident.get("persoon")
    nummer = incident.get("incident")
    eigen = [i for i in register.incidenten_van(persoon) if i.get("status") != "vervallen"]
    sleutel = sorteersleutel([*eigen, incident])
    eerder = sorted(
        (i for i in eigen if i is not incident and i.get("datum") is not None and sleutel(i) < sleutel(incident)),
        key=sleutel,
    )
    vervallen = {i.get("incident") for i in register.incidenten_van(persoon) if i.get("status") == "vervallen"}
    maatregelen = sorted(
        (
            m
            for m in register.maatregelen_van(persoon)
            if m.get("status") != "vervangen"
            and m.get("incident") not in vervallen
            and not (m.get("incident") == nummer and profiel.is_soort(m.get("soort"), "aangifte"))
        ),
        key=lambda m: (m.get("datum") or date.min, str(m.get("maatregel"))),
    )
    eerdere_nummers = {i.get("incident") for i in eerder}
    verboden: list[MaatregelRij] = []
    if incident.get("datum") is not None:
        verboden = [m for m in lopend_bij_incident(register, profiel, incident) if m.get("incident") in eerdere_nummers]
    ov = overtreding(register, profiel, incident) if incident.get("datum") is not None else None
    return Dossier(eerder, maatregelen, verboden, ov)


def medewerkers(incident: IncidentRij) -> list[tuple[str, str]]:
    """(rol, naam) van de medewerkers van het incident: de betrokken medewerkers zijn slachtoffer, een melder die
    niet zelf betrokken was is getuige. De leidinggevende hoort niet bij de aangifte."""
    betrokken = [str(n) for n in incident.get("medewerker") or [] if str(n).strip()]
    melder = str(incident.get("melder") or "").strip()
    rollen = [(naam, "slachtoffer (betrokken medewerker)") for naam in betrokken]
    if melder:
        if melder in betrokken:
            rollen = [
                (naam, "slachtoffer (betrokken medewerker) en melder" if naam == melder else rol)
                for naam, rol in rollen
            ]
        else:
            rollen.append((melder, "melder (getuige)"))
    return [(rol, naam) for naam, rol in rollen]


def namen_van_medewerkers(incident: IncidentRij) -> list[str]:
    """Elke naam van een medewerker in het incident (betrokken medewerkers en melder), het slachtoffer eerst: met
    --onder-nummer gaat niemand bij naam in het document, zodat geen medewerker uit het document te herleiden is."""
    return list(dict.fromkeys(naam for _, naam in medewerkers(incident)))


def schuilnaam(index: int, nummer: str) -> str:
    """Het slachtoffer (de eerste betrokken medewerker) doet aangifte onder het nummer; de anderen heten 'medewerker
    2', 'medewerker 3': niet te herleiden, en de politie leest wel dat het verschillende mensen zijn."""
    return nummer if index == 0 else f"medewerker {index + 1}"


def onder_nummer(tekst: str, namen: list[str], nummer: str, persoon: str = "") -> str:
    """Vervangt elke vermelding van een medewerker door zijn schuilnaam, met de regels voor namen van de brief
    (domein/namen.py, `Collega`): de hele vermelding, met aanspreekvorm, voornaam en tussenvoegsel ('mevrouw Bakker',
    'Marieke Bakker', 'Ruud de Wit'), en daarna elk los deel van de naam (voornaam, achternaam; geen voorletter,
    tussenvoegsel of rolwoord). Een kort deel ('Bos', 'Ek') alleen met een hoofdletter: 'het bos' blijft staan."""
    if not tekst or not namen:
        return tekst
    # De persoon zelf (de agressor) blijft bij naam, ook als hij de achternaam van een medewerker deelt: zijn
    # vermeldingen gaan eerst onder een plaatshouder en komen aan het eind terug.
    bewaard: list[str] = []
    if persoon.strip():

        def bewaar(m: re.Match) -> str:
            bewaard.append(m.group(0))
            return f"\x00{len(bewaard) - 1}\x00"

        tekst = re.sub(rf"(?<!\w){re.escape(persoon.strip())}(?!\w)", bewaar, tekst, flags=re.IGNORECASE)
    schuil = {naam: schuilnaam(i, nummer) for i, naam in enumerate(n for n in namen if n.strip())}
    tekst = vervang_collegas(tekst, schuil)
    tekst = re.sub(r"(^|[.!?]\s+)medewerker (\d)", r"\1Medewerker \2", tekst)  # aan het begin van een zin
    return re.sub(r"\x00(\d+)\x00", lambda m: bewaard[int(m.group(1))], tekst)


def geldige_aangifte(register: Register, profiel: Profiel, nummer: str) -> MaatregelRij | None:
    return next(
        (
            m
            for m in register.maatregelen_van_incident(nummer)
            if profiel.is_soort(m.get("soort"), "aangifte") and m.get("status") in (None, "", "geldig")
        ),
        None,
    )


def leg_aangifte_vast(
    register: Register, profiel: Profiel, nummer: str, datum: date, bestand: str
) -> tuple[MaatregelRij, bool]:
    """De maatregel 'aangifte' bij het incident: één keer. Is er al een (van een eerder document, of met de hand
    vastgelegd met agressie maatregel --soort aangifte), dan krijgt die de nieuwe datum en het nieuwe document.
    Geeft (maatregel, nieuw). Controleert de datum zoals elk besluit (niet vóór het incident)."""
    b = besluit(register, profiel, nummer, profiel.aangifte_soort, datum, None, None)
    b.incident["aangifte"] = True  # het register zegt daarna wat er is gebeurd (termijnen, doorsturen, rapport)
    bestaand = geldige_aangifte(register, profiel, nummer)
    if bestaand is None:
        maatregel = leg_vast(register, profiel, b)
        maatregel["bestand"] = bestand
        return maatregel, True
    bestaand["datum"] = b.datum
    bestaand["ingang"] = b.ingang
    bestaand["bestand"] = bestand
    ververs(register, b.incident, profiel)
    register.log("aangifte", f"{bestaand.get('maatregel')} {nummer}")
    return bestaand, False
