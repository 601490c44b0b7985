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


_APOSTROF = re.compile("['\u2018\u2019\u02bc`\u00b4]")


def _zonder_accenten(tekst: str) -> str:
    if tekst.isascii():  # de meeste namen: geen omweg via unicodedata (bij 10.000 incidenten merkbaar)
        return tekst
    return "".join(c for c in unicodedata.normalize("NFKD", tekst) if not unicodedata.combining(c))


def naam_sleutel(naam: str) -> str:
    """Ruim, om kandidaten te vinden: 'Jan  van der VRIES', 'jan Vries', 'Ján de Vries' en 'Vries, Jan de' geven
    allemaal 'jan vries' (zonder tussenvoegsels)."""
    return " ".join(w for w in _woorden(naam) if w not in TUSSENVOEGSELS)


def volle_sleutel(naam: str) -> str:
    """Precies, om te beslissen of het dezelfde persoon is (2.4): hoofdletters, accenten, spaties, leestekens en de
    volgorde 'Achternaam, Voornaam' tellen niet, tussenvoegsels wel: 'Jan van Vries' is niet 'Jan de Vries'."""
    return " ".join(_woorden(naam))


def _woorden(naam: str) -> list[str]:
    return _losse_woorden(weergave(naam or ""))


def _losse_woorden(tekst: str) -> list[str]:
    """Kleine letters, zonder accenten en apostrofs; punten, streepjes, komma's en schuine strepen scheiden."""
    # Ook de kromme apostrof die Word en Outlook van ' maken: "d’Souza" uit een e-mail is dezelfde als "D'Souza".
    return re.sub(r"[.\-_,/]", " ", _zonder_accenten(_APOSTROF.sub("", tekst)).lower()).split()


def achternaam_sleutel(naam: str) -> str:
    woorden = naam_sleutel(naam).split()
    return woorden[-1] if woorden else ""


def achternaam_delen(naam: str, sleutel: str | None = None) -> set[str]:
    """Elk deel van de achternaam, zonder tussenvoegsels: 'Ans Lansink-Nijhuis' -> {'lansink', 'nijhuis'}. Om een
    persoon te vinden die maar één deel van een dubbele naam opgaf. `sleutel`: naam_sleutel(naam), als die er al is."""
    achter, _ = _achternaam_en_voornaam(naam or "")
    # Zonder de Twentse voorvoegsels: 'Oude Groote' en 'Oude Kamphuis' zijn door 'Oude' nog geen kandidaten.
    delen = {w for w in _losse_woorden(" ".join(achter)) if w not in TUSSENVOEGSELS | VOORVOEGSELS}
    woorden = (naam_sleutel(naam) if sleutel is None else sleutel).split()
    delen |= set(woorden[-1:])
    return {w.replace("ij", "y") for w in delen}  # Dijk en Dyk: dezelfde uitspraak, vaak verwisseld


def achternaam_en_voorletters(naam: str) -> tuple[str, str]:
    woorden = naam_sleutel(naam).split()
    if not woorden:
        return "", ""
    return woorden[-1], "".join(w[0] for w in woorden[:-1])


# Voorvoegsels die bij de achternaam horen (Twente: Oude Groote, Olde Monnikhof), naast de tussenvoegsels.
VOORVOEGSELS = {"oude", "olde", "oolde"}


def aanhef(naam: str, geslacht: str | None = None, opgegeven: str | None = None) -> str:
    """'Geachte heer Oude Groote', 'Geachte mevrouw Van Dijk', 'Geachte heer/mevrouw De Vries' (zonder komma)."""
    titel = {"heer": "heer", "mevrouw": "mevrouw"}.get(geslacht or "", "heer/mevrouw")
    return f"Geachte {titel} {achternaam(naam, opgegeven)}"


def achternaam(naam: str, opgegeven: str | None = None) -> str:
    """De achternaam voor de aanhef, met hoofdletter aan het begin: 'Jan de Vries' -> 'De Vries', 'Piet Oude Groote'
    -> 'Oude Groote', 'Maria de Vries-van Dijk' -> 'De Vries-van Dijk', 'De Vries, Jan' -> 'De Vries'. Een opgegeven
    achternaam (--achternaam) wint."""
    deel = (opgegeven or "").strip() or _achternaam_uit(naam)
    return deel[:1].upper() + deel[1:]


def _klein(woord: str) -> bool:
    return woord.lower().strip(".") in TUSSENVOEGSELS | VOORVOEGSELS


def _hoofdletters(woorden: list[str]) -> list[str]:
    """'vries' -> 'Vries' (met kleine letters getypt), tussenvoegsels blijven klein: 'van der berg' -> 'van der Berg'."""
    return [w if _klein(w) or not w[:1].islower() else w[:1].upper() + w[1:] for w in woorden]


def _achternaam_en_voornaam(naam: str) -> tuple[list[str], list[str]]:
    """(achternaam, voornamen) als woorden. Ook 'De Vries, Jan' en 'Vries, Jan de' (tussenvoegsels achteraan)."""
    if "," in naam:
        achter, voor = (deel.split() for deel in naam.split(",", 1))
        staart: list[str] = []
        while voor and _klein(voor[-1]):
            staart.insert(0, voor.pop())
        return staart + achter, voor
    woorden = naam.split()
    if len(woorden) <= 1:
        return woorden, []
    i = len(woorden) - 1
    # terug over tussenvoegsels (de, van der, 't), voorvoegsels (Oude, Olde) en dubbele namen (Jansen-van, Vries-)
    while i > 0 and (_klein(woorden[i - 1]) or _koppelt(woorden[i - 1]) or woorden[i].startswith("-")):
        i -= 1
    return woorden[i:], woorden[:i]


def _koppelt(woord: str) -> bool:
    """Hoort dit woord met een streepje bij de achternaam erna? 'Vries-' en 'Veen-de' (Van der Veen-de Groot) wel;
    een voornaam met een streepje ('Anne-Marie', 'Jan-Willem', 'Marie-José') niet: die eindigt op een naam."""
    if "-" not in woord:
        return False
    staart = woord.rsplit("-", 1)[1]
    return not staart or _klein(staart)


def _achternaam_uit(naam: str) -> str:
    return " ".join(_hoofdletters(_achternaam_en_voornaam(naam)[0]))


def weergave(naam: str) -> str:
    """De naam zoals hij boven een brief staat: 'De Vries, Jan' en 'Vries, Jan de' -> 'Jan de Vries'."""
    if "," not in naam:
        return " ".join(naam.split())
    achter, voor = _achternaam_en_voornaam(naam)
    eerste_klein = [w.lower() if w.lower() in TUSSENVOEGSELS and i == 0 else w for i, w in enumerate(achter)]
    return " ".join([*voor, *eerste_klein])
