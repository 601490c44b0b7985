"""Oudere registers bijwerken naar het huidige schema. Gebeurt in het geheugen bij lezen; bij de eerste
schrijfactie wordt eerst een reservekopie gemaakt en daarna het bijgewerkte register bewaard."""

from __future__ import annotations

from agressie_cli.domein.namen import naam_sleutel
from agressie_cli.domein.register import Register
from agressie_cli.domein.rijen import PersoonRij


def _van_0_naar_1(register: Register) -> None:
    """Schema 0: een register zonder blad Info en zonder personen (zoals een met de hand bijgehouden lijst).
    Personen worden afgeleid uit de naam bij het incident; dezelfde genormaliseerde naam is dezelfde persoon."""
    bekend = {naam_sleutel(str(p.get("naam") or "")): p for p in register.personen if p.get("naam")}
    for incident in register.incidenten:
        if incident.get("persoon") or not incident.get("naam"):
            continue
        sleutel = naam_sleutel(str(incident["naam"]))
        persoon = bekend.get(sleutel)
        if persoon is None:
            persoon = PersoonRij(persoon=register.nieuw_persoonnummer(), naam=str(incident["naam"]))
            register.voeg_persoon_toe(persoon)
            bekend[sleutel] = persoon
        incident["persoon"] = persoon["persoon"]


MIGRATIES = {0: _van_0_naar_1}


def migreer(register: Register) -> None:
    versie = register.schema
    while versie in MIGRATIES:
        MIGRATIES[versie](register)
        versie += 1
