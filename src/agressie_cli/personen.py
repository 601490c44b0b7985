"""Personen herkennen: dezelfde naam (na normaliseren) en, waar beide bekend, dezelfde geboortedatum."""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from agressie_cli.register import Register

TUSSENVOEGSELS = {
    "van", "de", "der", "den", "het", "ter", "ten", "te", "in", "op", "aan", "bij", "uit", "voor",
    "'t", "t", "d'", "l'", "la", "le", "les", "du", "des", "da", "di", "del", "della", "dos", "el", "al", "von", "zu", "vd", "v/d",
}


def _zonder_accenten(tekst: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", tekst) if not unicodedata.combining(c))


def naam_sleutel(naam: str) -> str:
    """'Jan  van der VRIES' en 'jan Vries' en 'Ján de Vries' geven dezelfde sleutel: 'jan vries'."""
    tekst = _zonder_accenten(naam or "").lower()
    tekst = re.sub(r"[.\-_,/]", " ", tekst)
    woorden = [w for w in tekst.split() if w not in TUSSENVOEGSELS]
    return " ".join(woorden)


def _achternaam_en_voorletters(naam: str) -> tuple[str, str]:
    woorden = naam_sleutel(naam).split()
    if not woorden:
        return "", ""
    return woorden[-1], "".join(w[0] for w in woorden[:-1])


@dataclass
class Zoekresultaat:
    zeker: dict | None
    bijna: list[dict]


def zoek_persoon(register: Register, naam: str, geboortedatum: date | None) -> Zoekresultaat:
    """Zeker = zelfde naamsleutel en geen tegenstrijdige geboortedatum. Bijna = lijkt erop, maar wordt niet geraden."""
    sleutel = naam_sleutel(naam)
    achternaam, voorletters = _achternaam_en_voorletters(naam)
    zeker, bijna = None, []
    for persoon in register.personen:
        if persoon.get("geanonimiseerd"):
            continue
        andere = str(persoon.get("naam") or "")
        gd = persoon.get("geboortedatum") if isinstance(persoon.get("geboortedatum"), date) else None
        if naam_sleutel(andere) == sleutel and sleutel:
            if geboortedatum and gd and geboortedatum != gd:
                bijna.append(persoon)
            elif zeker is None:
                zeker = persoon
            continue
        a2, v2 = _achternaam_en_voorletters(andere)
        zelfde_achternaam = a2 and a2 == achternaam
        voorletters_passen = bool(voorletters and v2) and (voorletters.startswith(v2[:1]) or v2.startswith(voorletters[:1]))
        if (zelfde_achternaam and (voorletters_passen or not voorletters or not v2)) or (
            difflib.SequenceMatcher(None, sleutel, naam_sleutel(andere)).ratio() >= 0.85
        ):
            bijna.append(persoon)
    return Zoekresultaat(zeker, bijna)


def zoek_op_naam(register: Register, tekst: str) -> list[dict]:
    """Voor historie en filters: een persoonnummer, of alle personen waarvan de naam de zoektekst bevat."""
    tekst = (tekst or "").strip()
    if re.fullmatch(r"[Pp]\d+", tekst):
        return [p for p in register.personen if str(p.get("persoon", "")).upper() == tekst.upper()]
    sleutel = naam_sleutel(tekst)
    precies = [p for p in register.personen if naam_sleutel(str(p.get("naam") or "")) == sleutel]
    if precies:
        return precies
    return [p for p in register.personen if sleutel and sleutel in naam_sleutel(str(p.get("naam") or ""))]
