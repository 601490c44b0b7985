"""Personen herkennen: dezelfde naam (na normaliseren) en, waar beide bekend, dezelfde geboortedatum."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from datetime import date

from agressie_cli.domein.namen import achternaam_en_voorletters, naam_sleutel
from agressie_cli.domein.register import Register


@dataclass
class Zoekresultaat:
    zeker: dict | None
    bijna: list[dict]


def zoek_persoon(register: Register, naam: str, geboortedatum: date | None, bijna_zoeken: bool = True) -> Zoekresultaat:
    """Zeker = zelfde naamsleutel en geen tegenstrijdige geboortedatum. Bijna = lijkt erop, maar wordt niet geraden."""
    sleutel = naam_sleutel(naam)
    index = register.index
    zeker, bijna = None, []
    for persoon in index.per_naamsleutel.get(sleutel, []) if sleutel else []:
        if persoon.get("geanonimiseerd"):
            continue
        gd = persoon.get("geboortedatum")
        if geboortedatum and gd and geboortedatum != gd:
            bijna.append(persoon)
        elif zeker is None:
            zeker = persoon
    if not bijna_zoeken or not sleutel:
        return Zoekresultaat(zeker, bijna)
    achternaam, voorletters = achternaam_en_voorletters(naam)
    kandidaten = list(index.per_achternaam.get(achternaam, []))
    # Tikfouten: dichtstbijzijnde naamsleutels (difflib filtert eerst snel op lengte en letters).
    for andere in difflib.get_close_matches(sleutel, list(index.per_naamsleutel), n=5, cutoff=0.85):
        kandidaten.extend(index.per_naamsleutel[andere])
    gezien = {id(zeker)} | {id(p) for p in bijna}
    for persoon in kandidaten:
        if id(persoon) in gezien or persoon.get("geanonimiseerd"):
            continue
        gezien.add(id(persoon))
        andere = str(persoon.get("naam") or "")
        if naam_sleutel(andere) == sleutel:
            continue
        a2, v2 = achternaam_en_voorletters(andere)
        voorletters_passen = not voorletters or not v2 or voorletters[:1] == v2[:1]
        if a2 != achternaam or voorletters_passen:
            bijna.append(persoon)
    return Zoekresultaat(zeker, bijna)


def zoek_op_naam(register: Register, tekst: str) -> list[dict]:
    """Voor historie en filters: een persoonnummer, of alle personen waarvan de naam de zoektekst bevat."""
    tekst = (tekst or "").strip()
    if re.fullmatch(r"[Pp]\d+", tekst):
        gevonden = register.index.personen.get(tekst.upper())
        return [gevonden] if gevonden else []
    sleutel = naam_sleutel(tekst)
    precies = [
        p for p in register.index.per_naamsleutel.get(sleutel, []) if naam_sleutel(str(p.get("naam") or "")) == sleutel
    ]
    if precies:
        return precies
    return [p for p in register.personen if sleutel and sleutel in naam_sleutel(str(p.get("naam") or ""))]
