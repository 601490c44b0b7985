"""Namen van personen: vergelijken (zonder hoofdletters, accenten en tussenvoegsels), de achternaam voor de aanhef,
en een collega herkennen in een tekst (`Collega`: de brieftekst en de aangifte onder nummer). Eén lijst
tussenvoegsels, één lijst aanspreekvormen, één regel voor achternamen."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable

from agressie_cli.domein.ambtsdrager import ROLWOORDEN
from agressie_cli.domein.rijen import IncidentRij, MaatregelRij

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


@functools.lru_cache(maxsize=65536)  # bij elke zoekopdracht voor elke persoon; de webserver zoekt steeds opnieuw
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


# --- een collega herkennen in een tekst ------------------------------------------------------------------------------

# Aanspreekvormen vóór een naam ("mevrouw Bos", "dhr. Ek", "de heer De Wit"): zelf geen naam.
AANSPREEKVORMEN = ("de heer", "mevrouw", "meneer", "heer", "mevr", "drs", "dhr", "mw", "mr", "dr", "ir")
_AANSPREEKWOORDEN = frozenset(w for vorm in AANSPREEKVORMEN for w in vorm.split())
_AANSPREEKVORM = (
    r"(?i:(?:"
    + "|".join(r"\s+".join(map(re.escape, v.split())) + r"\.?" for v in sorted(AANSPREEKVORMEN, key=len, reverse=True))
    + r")\s+)"
)
# Een voornaam (één woord met een hoofdletter) of voorletters vóór de achternaam: de voornaam die in de tekst staat,
# ook als het register alleen voorletters kent ('M. Bakker' in het register, 'Marieke Bakker' in de omschrijving).
_VOORLETTERS = r"(?:[A-Z]\.\s*)+"
_VOORNAAM = rf"(?:{_VOORLETTERS}|[A-ZÀ-Þ][a-zà-ÿ'’-]+\s+)"
# Een naamdeel korter dan dit is vaak ook een gewoon woord ("bos", "wit", "ek", "kok"): alleen met een hoofdletter
# is het de naam, of met de aanspreekvorm, het eigen tussenvoegsel of de eigen voornaam ervoor ("mevrouw bos",
# "de wit"). Langere delen tellen ook klein getypt ("collega JANSEN", "jansen").
KORT = 4
_WOORD = re.compile(r"[^\W\d_][\w'’]*")


def _geen_naam(woord: str) -> bool:
    """Woorden in een naam die op zichzelf niemand aanwijzen: tussenvoegsels, voorvoegsels (Oude), aanspreekvormen,
    rolwoorden ('wethouder Jansen') en voorletters."""
    w = woord.lower().strip(".")
    return len(w) < 2 or w in TUSSENVOEGSELS or w in VOORVOEGSELS or w in _AANSPREEKWOORDEN or w in ROLWOORDEN


def _deel_patroon(deel: str) -> str:
    """Een heel woord; een kort deel alleen met een hoofdletter ('Bos', niet 'het bos')."""
    if len(deel) >= KORT:
        return rf"(?<!\w)(?i:{re.escape(deel)})(?!\w)"
    return rf"(?<!\w){re.escape(deel[0].upper())}(?i:{re.escape(deel[1:])})(?!\w)"


class Collega:
    """Een medewerker, melder of leidinggevende zoals het register hem noemt ('Ruud de Wit', 'P. Jansen',
    'wethouder Ek'), om vermeldingen in een tekst te vinden: de hele vermelding (met aanspreekvorm, voornaam en het
    eigen tussenvoegsel: 'mevrouw Bos', 'Ruud de Wit', 'de wit') en elk los deel van de naam (voornaam, achternaam;
    geen tussenvoegsel, voorletter, aanspreekvorm of rolwoord). Altijd hele woorden; een kort deel alleen met een
    hoofdletter (zie KORT). De brief (documenten/brieven/context.py) weigert een tekst die een collega noemt; de
    aangifte onder nummer (domein/aangifte.py) vervangt elke vermelding."""

    def __init__(self, naam: str):
        self.naam = " ".join(str(naam or "").split())
        achter, voor = _achternaam_en_voornaam(self.naam)
        i = 0
        while i < len(achter) - 1 and _klein(achter[i]):
            i += 1
        tussen, kern = achter[:i], " ".join(achter[i:])
        self.kern = kern if kern and not _geen_naam(kern) else ""  # de achternaam zonder tussenvoegsel: 'Wit'
        self.voornamen = [w for v in voor for w in _WOORD.findall(v) if not _geen_naam(w)]
        delen: list[str] = []
        for woord in self.naam.replace(",", " ").split():
            for deel in dict.fromkeys([woord.strip(".'’"), *_WOORD.findall(woord)]):
                if deel and _WOORD.fullmatch(deel) and not _geen_naam(deel) and deel not in delen:
                    delen.append(deel)
        self.delen = delen
        self._delen = [(d, re.compile(_deel_patroon(d))) for d in delen]
        # De hele naam, ook klein getypt ('ruud de wit'); alleen bij meer dan één woord ('Kok' alleen is 'de kok').
        woorden = self.naam.split()
        self._heel = (
            re.compile(rf"(?<!\w){re.escape(self.naam)}(?!\w)", re.IGNORECASE)
            if len(woorden) > 1 and not all(_geen_naam(w) for w in woorden)
            else None
        )
        self._vermelding = None
        if self.kern:
            # Kent het register de voornaam ('Ruud de Wit'), dan telt alleen die (of voorletters): anders werd 'Sloeg
            # De Wit' één vermelding. Kent het alleen voorletters ('P. Jansen'), dan ook een andere voornaam ervoor.
            eigen = "|".join(re.escape(v) for v in self.voornamen)
            voornaam = (
                rf"(?P<voornaam>(?:{_VOORLETTERS}|(?i:{eigen})\s+))?" if eigen else rf"(?P<voornaam>{_VOORNAAM})?"
            )
            eigen_tussen = r"\s+".join(map(re.escape, tussen))
            tussenvoegsel = rf"(?P<tussen>(?i:{eigen_tussen})\s+)?" if tussen else "(?P<tussen>)"
            kern_patroon = r"\s+".join(map(re.escape, self.kern.split()))
            self._vermelding = re.compile(
                rf"(?<!\w)(?P<aanspreek>{_AANSPREEKVORM})?{voornaam}{tussenvoegsel}(?P<kern>(?i:{kern_patroon}))(?!\w)"
            )

    def _telt(self, m: re.Match[str]) -> bool:
        """Een korte achternaam ('bos', 'wit') is pas een naam met een hoofdletter, of met de aanspreekvorm, het eigen
        tussenvoegsel of de eigen voornaam ervoor."""
        if len(self.kern) >= KORT or m.group("kern")[:1].isupper() or m.group("aanspreek") or m.group("tussen"):
            return True
        voornaam = (m.group("voornaam") or "").strip().lower()
        return bool(voornaam) and voornaam in {v.lower() for v in self.voornamen}

    def _vermeldingen(self, tekst: str) -> Iterable[re.Match[str]]:
        if self._vermelding is None:
            return ()
        return (m for m in self._vermelding.finditer(tekst) if self._telt(m))

    def genoemd(self, tekst: str) -> str | None:
        """Het deel van de naam (zoals het register het schrijft) dat de tekst noemt, of None."""
        if self._heel is not None and self._heel.search(tekst):
            return self.naam
        if next(iter(self._vermeldingen(tekst)), None) is not None:
            return self.kern
        return next((deel for deel, patroon in self._delen if patroon.search(tekst)), None)

    def vervang_vermeldingen(self, tekst: str, door: str) -> str:
        """Elke hele vermelding (met aanspreekvorm, voornaam en tussenvoegsel) en de hele naam vervangen door `door`."""
        if self._vermelding is not None:
            tekst = self._vermelding.sub(lambda m: door if self._telt(m) else m.group(0), tekst)
        if self._heel is not None:
            tekst = self._heel.sub(lambda _: door, tekst)
        return tekst


def noemt_collega(tekst: str, namen: Iterable[str | None]) -> str | None:
    """Het eerste deel van een naam uit `namen` dat de tekst noemt (voor de melding), of None."""
    for naam in namen:
        if naam and str(naam).strip():
            genoemd = Collega(str(naam)).genoemd(tekst)
            if genoemd:
                return genoemd
    return None


def _letterlijk(door: str) -> Callable[[re.Match[str]], str]:
    """Een vervanging zonder de betekenis van \\1 en \\g<...> in re.sub."""
    return lambda _: door


def vervang_collegas(tekst: str, vervangingen: dict[str, str]) -> str:
    """Elke vermelding van een collega (naam -> vervanging) vervangen: eerst hele vermeldingen, dan de losse delen
    van alle namen, de langste eerst ('Pieter' vóór 'Piet')."""
    collegas = [(Collega(naam), door) for naam, door in vervangingen.items() if naam.strip()]
    for collega, door in collegas:
        tekst = collega.vervang_vermeldingen(tekst, door)
    delen: dict[str, tuple[re.Pattern[str], str]] = {}
    for collega, door in collegas:
        for deel, patroon in collega._delen:
            delen[deel] = (patroon, door)
    for deel in sorted(delen, key=len, reverse=True):
        patroon, door = delen[deel]
        tekst = patroon.sub(_letterlijk(door), tekst)
    return tekst


def rollen(incident: IncidentRij, maatregelen: list[MaatregelRij]) -> dict[str, str]:
    """Naam van een medewerker -> zijn rol, voor elke naam die het register bij de persoon kent."""
    uitkomst: dict[str, str] = {}
    for naam in incident.get("medewerker") or []:
        uitkomst.setdefault(str(naam), "de medewerker")
    if incident.get("melder"):
        uitkomst.setdefault(str(incident["melder"]), "de melder")
    if incident.get("leidinggevende"):
        uitkomst.setdefault(str(incident["leidinggevende"]), "de leidinggevende")
    for m in maatregelen:
        for naam in m.get("aanwezigen") or []:
            uitkomst.setdefault(str(naam).split(",")[0], "een medewerker van de gemeente")
        for veld in ("besloten_door", "goedgekeurd_door"):
            if m.get(veld):
                naam, _, functie = str(m[veld]).partition(",")
                uitkomst.setdefault(naam.strip(), f"de {functie.strip()}" if functie.strip() else "een medewerker")
    return {n: r for n, r in uitkomst.items() if n.strip()}
