"""Politiek ambtsdragers (Losser hoofdstuk 9): welk ambt het register vastlegt, wie dan beslist en voor de opvang
zorgt, en hoe een brief de getroffene noemt. "Wie zijn politiek ambtsdrager? Dit zijn de leden van de raad, de
leden en plaatsvervangende leden van commissies en burgemeester en wethouders." Het ambt is een vastgelegd feit
(kolom Ambt, --ambt), geen tekst die in de kolom Medewerker gezocht wordt."""

from __future__ import annotations

from typing import Protocol

from agressie_cli.domein.fouten import InvoerFout
from agressie_cli.domein.rijen import IncidentRij


class Profiel(Protocol):
    """Wat dit module van het profiel (domein/profiel.py) gebruikt. Een Protocol, geen import: profiel.py leest via
    de veldtabel (profielschema.py) ook dit module, dus niet andersom."""

    def deel(self, naam: str) -> dict: ...


AMBTEN = ("burgemeester", "wethouder", "raadslid", "commissielid")

# Hoe een brief of advies het ambt noemt: met lidwoord ("een wethouder") en met bezittelijk ("onze wethouder").
_LIDWOORD = {
    "burgemeester": "de burgemeester",
    "wethouder": "een wethouder",
    "raadslid": "een raadslid",
    "commissielid": "een commissielid",
}
_ONZE = {
    "burgemeester": "onze burgemeester",
    "wethouder": "onze wethouder",
    "raadslid": "ons raadslid",
    "commissielid": "ons commissielid",
}
# De rolwoorden die in de kolom Medewerker voor een ambt kunnen staan ("wethouder Jansen"): geen naam van een collega.
ROLWOORDEN = frozenset(
    {
        *AMBTEN,
        "raadsleden",
        "wethouders",
        "commissieleden",
        "gemeenteraadslid",
        "politiek",
        "ambtsdrager",
        "loco",
        "locoburgemeester",
        "griffier",
        "gemeentesecretaris",
    }
)


def ambt(incident: IncidentRij) -> str | None:
    """Het vastgelegde ambt, of None (geen politiek ambtsdrager, of het ambt is niet vastgelegd)."""
    waarde = incident.get("ambt")
    return str(waarde) if waarde and incident.get("ambtsdrager") is not False else None


def tegen_burgemeester(incident: IncidentRij) -> bool:
    """Losser 9: "Gaat het om agressie tegen de burgemeester? Dan krijgt de (loco)gemeentesecretaris de rol van eerst
    aangewezene." Alleen als het register het ambt burgemeester vastlegt; een naam in de kolom Medewerker telt niet."""
    return ambt(incident) == "burgemeester"


def eerst_aangewezene(incident: IncidentRij) -> str:
    """Wie de sanctie bepaalt, reageert en voor opvang en nazorg zorgt: de burgemeester, of bij agressie tegen de
    burgemeester de (loco)gemeentesecretaris."""
    return "de (loco)gemeentesecretaris" if tegen_burgemeester(incident) else "de burgemeester"


def beslist(profiel: Profiel, incident: IncidentRij) -> str | None:
    """Losser 9: "Uiteindelijk bepaalt hij [de burgemeester] ook de sanctie en de reactie die uitgaat naar de inwoner."
    De eerst aangewezene als het profiel een hoofdstuk over politiek ambtsdragers heeft en het incident er een betrof;
    anders None (de leidinggevende en de betrokken medewerker, zoals altijd)."""
    if profiel.deel("politiek_ambtsdrager") and incident.get("ambtsdrager"):
        return eerst_aangewezene(incident)
    return None


def wie_bepaalt_duur(profiel: Profiel, incident: IncidentRij) -> str:
    """'de leidinggevende en de betrokken medewerker bepalen samen de duur', of 'de burgemeester bepaalt de sanctie en de
    duur' (Losser 9)."""
    wie = beslist(profiel, incident)
    if wie is None:
        return "de leidinggevende en de betrokken medewerker bepalen samen de duur"
    return f"{wie} bepaalt de sanctie en de duur (politiek ambtsdrager)"


def getroffene(incident: IncidentRij) -> str:
    """Hoe een brief de getroffene noemt, met lidwoord: 'een medewerker', 'een wethouder', 'de burgemeester', 'een
    politiek ambtsdrager' (ambt niet vastgelegd)."""
    if not incident.get("ambtsdrager"):
        return "een medewerker"
    return _LIDWOORD.get(ambt(incident) or "", "een politiek ambtsdrager")


def onze_getroffene(incident: IncidentRij) -> str:
    """'onze medewerker', 'onze wethouder', 'ons raadslid', 'onze burgemeester'; 'een politiek ambtsdrager van de
    gemeente' als het ambt niet is vastgelegd."""
    if not incident.get("ambtsdrager"):
        return "onze medewerker"
    return _ONZE.get(ambt(incident) or "", "een politiek ambtsdrager van onze gemeente")


def onze_getroffenen(incident: IncidentRij) -> str:
    """'onze medewerkers' (de brief spreekt over het gedrag tegenover medewerkers), of bij een politiek ambtsdrager
    'onze wethouder' enzovoort."""
    return onze_getroffene(incident) if incident.get("ambtsdrager") else "onze medewerkers"


def leg_ambt_uit(velden: dict) -> dict:
    """--ambt zegt ook dat het een politiek ambtsdrager was; --geen-politiek-ambtsdrager wist het ambt. Beide samen
    spreken elkaar tegen: een duidelijke melding, er verandert niets."""
    if velden.get("ambt"):
        if velden.get("ambtsdrager") is False:
            raise InvoerFout(
                f"«ambt» {velden['ambt']} en «geen_politiek_ambtsdrager» spreken elkaar tegen: een {velden['ambt']} is "
                "een politiek ambtsdrager. Geef er één van. Er is niets vastgelegd."
            )
        return {**velden, "ambtsdrager": True}
    if velden.get("ambtsdrager") is False and "ambt" not in velden:
        return {**velden, "ambt": None}
    return velden
