"""Bouwt een realistisch synthetisch register via de eigen code van agressie (melden, advies, maatregel).

Gebruik: python bench/maak_register.py --incidenten 10000 --map bench/uitvoer/gtb-10000 [--gemeente losser]

Veel personen, een deel herhalers, maatregelen met periodes en een aantal lopende verboden. Het register
wordt één keer weggeschreven (via dezelfde opslag als de commando's), niet per incident.
"""

from __future__ import annotations

import argparse
import random
import shutil
from datetime import date, time, timedelta
from pathlib import Path

from agressie_cli.domein.advies import bereken_advies
from agressie_cli.domein.correcties import verzonden
from agressie_cli.domein.duur import Duur
from agressie_cli.domein.fouten import InvoerFout
from agressie_cli.domein.instellingen import schrijf_instellingen
from agressie_cli.domein.maatregelen import besluit, leg_vast
from agressie_cli.domein.meldingen import melden
from agressie_cli.domein.profiel import laad_profiel
from agressie_cli.domein.register import Register
from agressie_cli.opslag.excel import ExcelOpslag

VOORNAMEN = [
    "Jan",
    "Piet",
    "Kees",
    "Anna",
    "Fatima",
    "Mohamed",
    "Sanne",
    "Henk",
    "Ria",
    "Daan",
    "Emma",
    "Noah",
    "Lotte",
    "Sem",
    "Yara",
]
ACHTERNAMEN = [
    "de Vries",
    "Jansen",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Leeuwen",
    "Dekker",
    "Brouwer",
    "de Wit",
    "Dijkstra",
    "Smits",
    "el Amrani",
    "Yilmaz",
    "Kaya",
]
AFDELINGEN = ["Burgerzaken", "Sociaal Domein", "Vergunningen", "Belastingen", "Receptie", "Handhaving"]
KANALEN = ["balie", "balie", "spreekkamer", "telefoon", "telefoon", "schriftelijk", "huisbezoek", "elders"]
VORMEN = ["verbaal", "fysiek", "discriminatie", "seksuele-intimidatie", "hinderlijk"]


def maak(aantal: int, map_pad: Path, gemeente: str, zaad: int = 1) -> None:
    if map_pad.exists():
        shutil.rmtree(map_pad)
    map_pad.mkdir(parents=True)
    schrijf_instellingen(map_pad, gemeente)
    instellingen = lees_instellingen_zonder_register(map_pad)
    profiel = laad_profiel(instellingen)
    ExcelOpslag(instellingen.register_pad, profiel).maak_leeg()
    willekeur = random.Random(zaad)
    register = Register()
    aantal_personen = max(10, aantal // 3)
    namen = [f"{willekeur.choice(VOORNAMEN)} {willekeur.choice(ACHTERNAMEN)} {i}" for i in range(aantal_personen)]
    herhalers = namen[: max(3, aantal_personen // 10)]
    eind = date.today()
    begin = eind - timedelta(days=3 * 365)
    data = sorted(begin + timedelta(days=willekeur.randrange((eind - begin).days)) for _ in range(aantal))
    for i, datum in enumerate(data):
        naam = willekeur.choice(herhalers) if willekeur.random() < 0.4 else willekeur.choice(namen)
        velden = {
            "naam": naam,
            "datum": datum,
            "tijd": time(willekeur.randrange(8, 17), willekeur.choice([0, 15, 30, 45])),
            "kanaal": willekeur.choice(KANALEN),
            "vorm": sorted(set(willekeur.sample(VORMEN, willekeur.choice([1, 1, 2])))),
            "omschrijving": "Schold de medewerker uit en weigerde te vertrekken.",
            "brieftekst": "U schold de medewerker uit en weigerde te vertrekken.",
            "melder": "P. Jansen",
            "functie": "baliemedewerker",
            "medewerker": ["P. Jansen"],
            "afdeling": willekeur.choice(AFDELINGEN),
            "leidinggevende": "K. Smits",
            "adres": f"Markt {i % 200 + 1}",
            "postcode": "4941 AB",
            "woonplaats": "Raamsdonksveer",
            "politie": willekeur.random() < 0.2,
            "aangifte": willekeur.random() < 0.1,
        }
        if profiel.classificatie == "ernst":
            velden["ernst"] = willekeur.choices(["licht", "agressief", "strafbaar"], [5, 4, 1])[0]
        else:
            velden["gedrag"] = willekeur.choices(list("ABCDE"), [3, 3, 4, 1, 0.3])[0]
            velden["aanhoudend"] = willekeur.random() < 0.6
        uitkomst = melden(register, profiel, velden, bijna_zoeken=False)  # synthetische namen: geen tikfouten te zoeken
        if willekeur.random() < 0.15 or datum > eind - timedelta(days=5):
            continue  # een deel blijft open: voor termijnen en rapport
        _leg_advies_vast(register, profiel, uitkomst.incident, willekeur)
    # Eén keer wegschrijven, via dezelfde opslag als de commando's.
    ExcelOpslag(instellingen.register_pad, profiel).bewaar(register)
    print(
        f"{map_pad}: {len(register.incidenten)} incidenten, {len(register.personen)} personen, {len(register.maatregelen)} maatregelen"
    )


def _leg_advies_vast(register: Register, profiel, incident: dict, willekeur: random.Random) -> None:
    try:
        advies = bereken_advies(register, profiel, incident)
    except InvoerFout:
        return
    if advies.soort is None:
        return
    duur = None
    if advies.duur_bepalen:
        duur = Duur(willekeur.choice([1, 3, 6]))
    try:
        b = besluit(
            register,
            profiel,
            incident["incident"],
            advies.soort,
            incident["datum"] + timedelta(days=willekeur.randrange(1, 10)),
            None,
            duur,
        )
    except InvoerFout:
        return
    brief = profiel.soorten[advies.soort].brief
    # Een duur die de leidinggevende kiest (Losser) kan korter zijn dan het vorige verbod: dan vraagt agressie een reden.
    toelichting = "benchmark: duur gekozen door de leidinggevende" if advies.duur_bepalen else None
    m = leg_vast(
        register,
        profiel,
        b,
        bestand=f"{incident['incident']}-{advies.soort}.docx" if brief else None,
        toelichting=toelichting,
    )
    if brief and b.datum < date.today() - timedelta(days=3):  # zoals een coördinator het doet: verzonden vastleggen
        verzonden(register, profiel, m["maatregel"], b.datum + timedelta(days=1), "aangetekend")


def lees_instellingen_zonder_register(map_pad: Path):
    from agressie_cli.domein.instellingen import INSTELLINGEN_BESTAND, Instellingen, lees_toml

    return Instellingen(map_pad, lees_toml(map_pad / INSTELLINGEN_BESTAND))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Maak een synthetisch register voor de benchmark.")
    parser.add_argument("--incidenten", type=int, required=True)
    parser.add_argument("--map", type=Path, required=True)
    parser.add_argument("--gemeente", default="geertruidenberg", choices=["geertruidenberg", "losser"])
    parser.add_argument("--zaad", type=int, default=1)
    argumenten = parser.parse_args()
    maak(argumenten.incidenten, argumenten.map, argumenten.gemeente, argumenten.zaad)
