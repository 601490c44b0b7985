"""Klopt het register nog na bewerken met de hand? Een kop 'Incident' die 'Nummer' heette, een verwijderd blad
Personen of een nummer dat twee keer voorkomt, koppelde gegevens stil aan een ander: het volgende `melden` kreeg
2026-0001 opnieuw en erfde M00001, of een nieuwe persoon kreeg P0001 en daarmee de incidenten van een ander (2.5).
Schrijven weigert dan; lezen zegt wat er mis is."""

from __future__ import annotations

import re
from itertools import repeat

from agressie_cli.domein.register import Register
from agressie_cli.domein.velden import kolommen_van
from agressie_cli.opslag.excel.cellen import Bijzaken, rijnummer

# Per blad: de kolommen zonder welke rijen aan de verkeerde persoon of het verkeerde incident hangen.
NODIG = {
    "Incidenten": ("incident", "datum", "persoon", "naam"),
    "Personen": ("persoon", "naam"),
    "Maatregelen": ("maatregel", "incident", "persoon"),
}
# Wat lezen zonder dit blad mist (3.3: lezen gaat door met een waarschuwing).
GEVOLG = {"Personen": ": namen, geboortedatums en adressen van personen zijn niet te lezen"}
# Eén nummer, of (voor het snelle pad) meerdere, elk op een eigen regel.
NUMMERS = {
    "Incidenten": ("incident", "incidenten", re.compile(r"\d{4}-\d{4,}(?:\n\d{4}-\d{4,})*")),
    "Personen": ("persoon", "personen", re.compile(r"P\d{4,}(?:\nP\d{4,})*", re.IGNORECASE)),
    "Maatregelen": ("maatregel", "maatregelen", re.compile(r"M\d{5,}(?:\nM\d{5,})*", re.IGNORECASE)),
}


def structuurfouten(register: Register, bijzaken: Bijzaken, profiel=None, alle_bladen: bool = True) -> list[str]:
    """Wat er aan bladen, kolommen en nummers niet klopt, in woorden voor de gebruiker (zonder persoonsgegevens).
    `alle_bladen`: het hele register is gelezen (om te schrijven), dus een blad dat er niet is, ontbreekt."""
    fouten = []
    for blad, nodig in NODIG.items():
        if blad not in bijzaken.velden:
            if alle_bladen or blad in bijzaken.ontbrekende_bladen:
                fouten.append(
                    f"Het blad {blad} ontbreekt"
                    + (GEVOLG.get(blad, "") if blad in bijzaken.ontbrekende_bladen else "")
                    + "."
                )
            continue
        aanwezig = {sleutel for sleutel, _ in bijzaken.velden[blad]}
        koppen = {k.sleutel: k.kop for k in kolommen_van(blad, profiel)}
        for sleutel in nodig:
            if sleutel not in aanwezig:
                fouten.append(
                    f"Op het blad {blad} ontbreekt de kolom '{koppen.get(sleutel, sleutel)}' (de kop in rij 1)."
                )
        sleutel, attribuut, patroon = NUMMERS[blad]
        if sleutel in aanwezig:
            fouten += _nummerfouten(blad, koppen.get(sleutel, sleutel), getattr(register, attribuut), sleutel, patroon)
    return fouten + verwijzingsfouten(register, bijzaken)


# (blad, kolom met het eigen nummer, kolom met de verwijzing, blad waarnaar verwezen wordt)
VERWIJZINGEN = (
    ("Incidenten", "incident", "persoon", "Personen"),
    ("Maatregelen", "maatregel", "incident", "Incidenten"),
)
MAX_VERWIJZINGSFOUTEN = 10


def verwijzingsfouten(register: Register, bijzaken: Bijzaken) -> list[str]:
    """Een incident dat een persoon noemt die niet op het blad Personen staat, of een maatregel bij een incident dat
    er niet is: een met de hand verwijderde rij. Het volgende nieuwe nummer kreeg dan die rij zijn incidenten en
    maatregelen (3.3). Alleen als beide bladen gelezen zijn (en er zijn); nummers zijn geen persoonsgegevens."""
    fouten = []
    for blad, eigen, sleutel, doel in VERWIJZINGEN:
        if blad not in bijzaken.velden or doel not in bijzaken.velden:
            continue
        doelsleutel, attribuut, _ = NUMMERS[doel]
        rijen = getattr(register, NUMMERS[blad][1])
        # Snel pad (elk lezen komt hier): alle genoemde nummers staan zo op het andere blad.
        genoemd = set(map(dict.get, rijen, repeat(sleutel)))
        genoemd -= set(map(dict.get, getattr(register, attribuut), repeat(doelsleutel)))
        genoemd -= {None, ""}
        if not genoemd:
            continue
        bestaand = {str(rij.get(doelsleutel) or "").strip().upper() for rij in getattr(register, attribuut)}
        missend = [
            (i, rij)
            for i, rij in enumerate(rijen)
            if (w := rij.get(sleutel)) not in (None, "") and str(w).strip().upper() not in bestaand
        ]
        if not missend:
            continue
        lege = bijzaken.lege_rijen.get(blad, [])
        for i, rij in missend[:MAX_VERWIJZINGSFOUTEN]:
            fouten.append(
                f"Op het blad {blad}, rij {rijnummer(i, lege)} noemt {eigen} {str(rij.get(eigen) or '')[:20]} "
                f"{sleutel} {str(rij[sleutel])[:20]}, maar dat nummer staat niet op het blad {doel} "
                "(met de hand verwijderd?)."
            )
        if len(missend) > MAX_VERWIJZINGSFOUTEN:
            fouten.append(f"Op het blad {blad} noemen nog {len(missend) - MAX_VERWIJZINGSFOUTEN} rijen zo'n {sleutel}.")
    return fouten


def _nummerfouten(blad: str, kop: str, rijen: list[dict], sleutel: str, patroon: re.Pattern) -> list[str]:
    nummers = [str(rij.get(sleutel) or "").upper() for rij in rijen]
    # Snel pad (elk commando leest zo): alles uniek en alles geldig, in één doorgang van de regex over alle nummers.
    samen = "\n".join(nummers)
    if len(set(nummers)) == len(nummers) and samen.count("\n") == len(nummers) - 1 and patroon.fullmatch(samen):
        return []
    fouten, gezien, dubbel = [], set(), []
    for rij in rijen:
        nummer = str(rij.get(sleutel) or "").strip()
        if not nummer:
            fouten.append(f"Op het blad {blad} staat een rij zonder nummer in de kolom '{kop}'.")
        elif "\n" in nummer or not patroon.fullmatch(nummer):
            fouten.append(f"Op het blad {blad} staat in de kolom '{kop}' een ongeldig nummer: '{nummer[:20]}'.")
        elif nummer.upper() in gezien:
            dubbel.append(nummer)
        gezien.add(nummer.upper())
    fouten += [f"Op het blad {blad} staat nummer {n} meer dan één keer (kolom '{kop}')." for n in dict.fromkeys(dubbel)]
    return fouten
