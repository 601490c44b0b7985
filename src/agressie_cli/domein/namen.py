"""Namen van personen: vergelijken (zonder hoofdletters, accenten en tussenvoegsels) en de achternaam voor de aanhef."""

from __future__ import annotations

import re
import unicodedata

TUSSENVOEGSELS = {
    "van",
    "de",
    "der",
    "den",
    "het",
    "ter",
    "ten",
    "te",
    "in",
    "op",
    "aan",
    "bij",
    "uit",
    "voor",
    "'t",
    "t",
    "d'",
    "l'",
    "la",
    "le",
    "les",
    "du",
    "des",
    "da",
    "di",
    "del",
    "della",
    "dos",
    "el",
    "al",
    "von",
    "zu",
    "vd",
    "v/d",
}


def _zonder_accenten(tekst: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", tekst) if not unicodedata.combining(c))


def naam_sleutel(naam: str) -> str:
    """'Jan  van der VRIES' en 'jan Vries' en 'Ján de Vries' geven dezelfde sleutel: 'jan vries'."""
    tekst = _zonder_accenten(naam or "").lower()
    tekst = re.sub(r"[.\-_,/]", " ", tekst)
    woorden = [w for w in tekst.split() if w not in TUSSENVOEGSELS]
    return " ".join(woorden)


def achternaam_sleutel(naam: str) -> str:
    woorden = naam_sleutel(naam).split()
    return woorden[-1] if woorden else ""


def achternaam_en_voorletters(naam: str) -> tuple[str, str]:
    woorden = naam_sleutel(naam).split()
    if not woorden:
        return "", ""
    return woorden[-1], "".join(w[0] for w in woorden[:-1])


def achternaam(naam: str) -> str:
    """'Jan de Vries' -> 'De Vries' (aanhef: tussenvoegsel met hoofdletter als er geen voornaam voor staat)."""
    woorden = naam.split()
    if len(woorden) <= 1:
        return naam.strip()
    i = len(woorden) - 1
    while i > 0 and woorden[i - 1].lower() in TUSSENVOEGSELS:
        i -= 1
    deel = " ".join(woorden[i:])
    return deel[:1].upper() + deel[1:]
