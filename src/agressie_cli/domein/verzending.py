"""Hoe een brief de deur uit gaat (3.1): wat de brief daarover zegt, wat `agressie verzonden --wijze` vastlegt, en
welke verzending laat zien dat de persoon een verbod kende.

Geertruidenberg 6.4: "Een ontzegging wordt schriftelijk verstuurd, per aangetekende en reguliere post"; 6.1: een
waarschuwing "wordt met de reguliere post verzonden. Als geen postadres bekend is, maar alleen een mailadres, wordt de
brief per mail verzonden". Losser 5.2: "Bij voorkeur overhandig je het toegangsverbod direct aan de inwoner."

Lokaalvredebreuk (Geertruidenberg 6.7) vraagt dat de persoon wist dat hij het gebouw niet in mocht. Een brief die
persoonlijk is overhandigd of aangetekend is verzonden (met verzendbewijs) laat dat zien; gewone post of e-mail
niet: daarvan staat niet vast dat de persoon de brief kreeg."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from agressie_cli.domein.datums import voluit
from agressie_cli.domein.profiel import Profiel
from agressie_cli.domein.rijen import MaatregelRij, PersoonRij

# Wat de regel `verzending` van een soort in het profiel betekent als --wijze van `agressie verzonden`.
UIT_PROFIEL = {
    "gewone post": "post",
    "aangetekend": "aangetekend",
    "aangetekend en per gewone post": "aangetekend-en-post",
    "e-mail": "email",
}
# Hoe een wijze in een zin staat: 'de brief is {tekst} verzonden'.
TEKST = {
    "post": "per gewone post",
    "aangetekend": "aangetekend",
    "aangetekend-en-post": "aangetekend en per gewone post",
    "email": "per e-mail",
    "overhandigd": "persoonlijk overhandigd",
}
# Wat de brief zegt, in een zin: 'volgens de brief {zin}'.
ZIN = {
    "post": "gaat hij per gewone post",
    "aangetekend": "gaat hij aangetekend",
    "aangetekend-en-post": "gaat hij aangetekend en per gewone post",
    "email": "gaat hij per e-mail",
    "overhandigd": "wordt hij persoonlijk overhandigd",
}
# Een verzending waaruit blijkt dat de persoon de brief kreeg (of kon krijgen, met verzendbewijs).
BEWIJST_KENNIS = ("overhandigd", "aangetekend", "aangetekend-en-post")


@dataclass(frozen=True)
class Briefverzending:
    """Hoe een brief de deur uit gaat, één keer beslist (3.2): wat de brief erover zegt en wat `agressie brief` in de
    kolom 'Verzending volgens brief' zet."""

    wijze: (
        str | None
    )  # 'overhandigd', 'post', 'aangetekend', 'aangetekend-en-post', 'email'; None: geen die agressie kent
    adresblok: (
        str  # naam en postadres; alleen de naam als de brief per e-mail gaat of overhandigd wordt; leeg: geen adres
    )
    regel: str  # 'Aangetekend en per gewone post', 'Per e-mail: ...', 'Persoonlijk overhandigd op 3 september 2026'
    per_email: bool  # geen postadres maar wel een e-mailadres (en niet overhandigd)
    per_post: bool  # alleen dan een retouradres boven het adres


def _route(verzending: str, heeft_post: bool, heeft_email: bool, overhandigd: bool) -> str | None:
    """'overhandigd', 'post' (zoals het profiel voorschrijft), 'email' (alleen een e-mailadres, bij gewone post) of
    None: de brief kan niet verzonden worden."""
    if overhandigd:
        return "overhandigd"
    if heeft_post:
        return "post"
    if heeft_email and verzending == "gewone post":
        return "email"
    return None


def wijze_van_brief(verzending: str, heeft_post: bool, heeft_email: bool, overhandigd: bool) -> str | None:
    """De wijze die de brief zelf noemt (briefverzending): overhandigd, anders per post zoals het profiel voorschrijft,
    anders (alleen een e-mailadres, bij gewone post) per e-mail. None: de brief noemt geen wijze die agressie kent."""
    route = _route(verzending, heeft_post, heeft_email, overhandigd)
    if route == "post":
        return UIT_PROFIEL.get(verzending.strip().lower())
    return route


def briefverzending(verzending: str, persoon: PersoonRij, naam: str, overhandigd: bool, datum: date) -> Briefverzending:
    """Wat de brief zegt over hoe hij gaat (Geertruidenberg 6.1, 6.4; Losser 5.2), uit de regel `verzending` van de
    soort in het profiel, de gegevens van de persoon en --overhandigd."""
    heeft_post = heeft_postadres(persoon)
    per_email = not heeft_post and bool(persoon.get("email")) and not overhandigd
    route = _route(verzending, heeft_post, bool(persoon.get("email")), overhandigd)
    if route == "overhandigd":  # geen postadres nodig; de brief gaat van hand tot hand
        adresblok, regel = naam, f"Persoonlijk overhandigd op {voluit(datum)}"
    elif route == "post":
        adresblok = f"{naam}\n{persoon['adres']}\n{persoon['postcode']}  {str(persoon['woonplaats']).upper()}"
        regel = verzending[:1].upper() + verzending[1:]
    elif route == "email":
        adresblok, regel = naam, f"Per e-mail: {persoon['email']}"
    else:
        adresblok, regel = "", ""
    return Briefverzending(
        wijze=wijze_van_brief(verzending, heeft_post, bool(persoon.get("email")), overhandigd),
        adresblok=adresblok,
        regel=regel,
        per_email=per_email,
        per_post=not per_email and not overhandigd,
    )


def heeft_postadres(persoon: PersoonRij) -> bool:
    return all(persoon.get(v) for v in ("adres", "postcode", "woonplaats"))


def kende_verbod(verbod: MaatregelRij, datum: date) -> bool:
    """Blijkt uit het register dat de persoon het verbod kende op `datum`: de brief is vóór of op die dag
    overhandigd of aangetekend verzonden."""
    verzonden = verbod.get("verzonden")
    return verzonden is not None and verzonden <= datum and verbod.get("wijze") in BEWIJST_KENNIS


def gezegde_wijze(profiel: Profiel, m: MaatregelRij, persoon: PersoonRij) -> str | None:
    """Wat de brief van maatregel `m` zegt over de verzending: wat `agressie brief` bij de maatregel vastlegde
    (kolom 'Verzending volgens brief'), anders (een brief van vóór 3.1) wat het profiel voor de soort voorschrijft."""
    if m.get("wijze_brief"):
        return str(m["wijze_brief"])
    soort = profiel.soorten.get(str(m.get("soort") or ""))
    if soort is None or not soort.gegevens.get("verzending"):
        return None
    return wijze_van_brief(soort.verzending, heeft_postadres(persoon), bool(persoon.get("email")), False)


def afwijkende_wijze(profiel: Profiel, m: MaatregelRij, persoon: PersoonRij, wijze: str | None) -> str | None:
    """Een waarschuwing als `agressie verzonden --wijze` iets anders vastlegt dan de brief zegt. Weigert niets: de
    brief is al verzonden, het register moet zeggen hoe. Zonder persoonsgegevens."""
    gezegd = gezegde_wijze(profiel, m, persoon)
    if wijze is None or gezegd is None or wijze == gezegd:
        return None
    nummer = m.get("maatregel")
    melding = (
        f"Let op: volgens de brief van {nummer} {ZIN.get(gezegd, gezegd)}, maar u legt vast: "
        f"{TEKST.get(wijze, wijze)}. Vastgelegd zoals opgegeven. Een brief hoort te zeggen hoe hij verzonden is: "
        f"verstuur hem alsnog zoals de brief zegt (en leg dat vast), of maak de brief opnieuw met --overschrijven."
    )
    soort = profiel.soorten.get(str(m.get("soort") or ""))
    if soort is not None and soort.toegang and wijze not in BEWIJST_KENNIS:
        melding += (
            f" Bij verzending {TEKST.get(wijze, wijze)} staat niet vast dat de persoon het verbod kende: het document voor de "
            "aangifte noemt een bezoek tijdens het verbod dan geen lokaalvredebreuk."
        )
    return melding


def overhandigen_waarschuwing(profiel: Profiel, soort: str, nummer: str, maatregel: str) -> str | None:
    """`brief --overhandigd` bij een soort waarvoor het profiel een andere verzending voorschrijft en persoonlijk
    overhandigen niet toestaat (`overhandigen` in het profiel, zoals Losser 5.2 voor het toegangsverbod): een
    waarschuwing. De brief wordt wel gemaakt; hij zegt wat er gebeurt ("Persoonlijk overhandigd")."""
    soort_def = profiel.soorten.get(soort)
    if soort_def is None or soort_def.gegevens.get("overhandigen") or not soort_def.gegevens.get("verzending"):
        return None
    artikel = str(soort_def.gegevens.get("verzending_artikel") or "").strip()
    return (
        f"Let op: de brief bij {nummer} zegt 'Persoonlijk overhandigd', maar het protocol schrijft voor deze maatregel "
        f"({soort_def.label}) voor: {soort_def.verzending}{f' ({artikel})' if artikel else ''}. Persoonlijk "
        "overhandigen noemt het daar niet. Gaat de brief toch zo de deur uit, leg dan na het overhandigen vast: "
        f"agressie verzonden {maatregel} --wijze overhandigd. Anders: maak de brief opnieuw zonder --overhandigd (met "
        "--overschrijven) en verstuur hem zoals voorgeschreven."
    )
