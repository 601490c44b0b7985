"""Schade verhalen (Geertruidenberg 8, Losser 7): welke schade het register bij een incident kent, en het bedrag
van een aansprakelijkstelling, zoals een Nederlandse gebruiker het typt ("150", "150,50", "1.250,00")."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from agressie_cli.domein import nederlands
from agressie_cli.domein.fouten import InvoerFout
from agressie_cli.domein.rijen import IncidentRij

GEEN_SCHADE = {"", "nee", "geen", "n", "nvt", "n.v.t.", "-"}

# Een bedrag zoals het getypt wordt: duizendtallen met een punt (of zonder), centen na een komma.
_BEDRAG = re.compile(r"^(?:€|eur(?:o)?)?\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?\s*(?:€|eur(?:o)?)?$", re.IGNORECASE)
MAXIMUM = Decimal("10000000")


# Alleen "er was geen": het document voor de aangifte zegt dan "geen" (een langere tekst, zoals "geen letsel, wel
# geschrokken", neemt het letterlijk over; de brief noemt die niet als schade).
_ALLEEN_GEEN = re.compile(r"^(?:nee|neen|n|nvt|n\.v\.t\.?|niet van toepassing|-+|geen|geen schade|niets|niks)$")

# Wat een medewerker typt als er geen schade is, of als het niet bekend is: dat is geen vastgelegde schade.
_GEEN = re.compile(
    r"^(?:nee|neen|n|nvt|n\.v\.t\.?|niet van toepassing|-+|geen(?:\s+.*)?|niets|niks|onbekend|weet\s+niet|"
    r"niet\s+bekend|nog\s+niet\s+bekend|\?+)$"
)


@dataclass(frozen=True)
class Gevolg:
    """Wat het register over één gevolg van een incident zegt (materiële schade, lichamelijk letsel, psychische
    klachten), zoals de aansprakelijkstelling en het document voor de aangifte het noemen (3.2: één regel voor beide).
    `tekst`: wat er staat, zonder witruimte eromheen ("" als er niets staat); `schade`: er is schade vastgelegd (niet
    'nee', 'geen letsel', 'onbekend'); `geen`: er staat alleen dat er geen was ('nee', 'geen', 'n.v.t.')."""

    tekst: str
    schade: bool
    geen: bool


def gevolg(waarde: object) -> Gevolg:
    """Het gevolg uit een cel van het register: materiele_schade, letsel of psychisch."""
    tekst = "" if waarde is None else str(waarde).strip()
    kern = tekst.lower().rstrip(".!").strip()
    geen = bool(_ALLEEN_GEEN.match(kern))
    return Gevolg(tekst, schade=kern not in GEEN_SCHADE and not _GEEN.match(kern), geen=geen)


def heeft_schade(waarde: object) -> bool:
    """Staat er schade bij het incident? 'nee', 'Nee.', 'geen schade', 'geen letsel', 'onbekend' niet: een
    aansprakelijkstelling noemt alleen schade die echt is vastgelegd."""
    return gevolg(waarde).schade


def lees_bedrag(tekst: str | None, veld: str = "«bedrag»") -> Decimal | None:
    """'150' -> 150.00, '150,50' -> 150.50, '1.250,00' -> 1250.00. Een punt voor de centen ('150.50') is dubbelzinnig
    (in het Nederlands is 1.250 duizend tweehonderdvijftig) en wordt geweigerd."""
    if tekst is None:
        return None
    schoon = tekst.strip().replace(" ", "")
    m = _BEDRAG.match(schoon)
    if not m:
        hint = " Gebruik een komma voor de centen." if re.fullmatch(r"\d+\.\d{1,2}", schoon) else ""
        raise InvoerFout(f"{veld}: '{tekst}' is geen bedrag in euro's.{hint} Voorbeeld: {veld} 150 of {veld} 1.250,00")
    bedrag = Decimal(m.group(1).replace(".", "") + "." + (m.group(2) or "0").ljust(2, "0"))
    if bedrag <= 0:
        raise InvoerFout(f"{veld}: het bedrag moet groter dan nul zijn. Voorbeeld: {veld} 150")
    if bedrag >= MAXIMUM:
        raise InvoerFout(f"{veld}: '{tekst}' is onwaarschijnlijk hoog; controleer het bedrag.")
    return bedrag.quantize(Decimal("0.01"))


def als_cel(bedrag: Decimal) -> str:
    """Zoals het in de kolom Bedrag (EUR) staat: '1250,00'."""
    return f"{bedrag:.2f}".replace(".", ",")


def uit_cel(waarde: object) -> Decimal | None:
    """Het bedrag uit het register: '1250,00' zoals agressie het schreef, of een getal dat iemand in Excel typte
    (dat leest als '1250' of '1250.5'). None als de cel leeg of onleesbaar is."""
    if waarde in (None, ""):
        return None
    tekst = str(waarde).strip()
    if re.fullmatch(r"\d+\.\d+", tekst):  # een getal uit Excel, geen duizendtallen
        try:
            return Decimal(tekst).quantize(Decimal("0.01"))
        except InvalidOperation:
            return None
    try:
        return lees_bedrag(tekst, "Bedrag")
    except InvoerFout:
        return None


def bedrag_tekst(bedrag: Decimal) -> str:
    """'€ 1.250,00' (zie nederlands.bedrag): zo noemen de aansprakelijkstelling en het document voor de aangifte het."""
    return nederlands.bedrag(bedrag)


def geclaimd(maatregel: Mapping[str, object]) -> str:
    """Het bedrag van een aansprakelijkstelling uit de kolom Bedrag (EUR), als '€ 1.250,00'; leeg als het er niet
    (leesbaar) staat."""
    bedrag = uit_cel(maatregel.get("bedrag"))
    return bedrag_tekst(bedrag) if bedrag is not None else ""


def schadeposten(incident: IncidentRij) -> list[str]:
    """De schade die het register bij het incident kent, zoals een brief aan de persoon die noemt: de materiële schade
    met haar beschrijving, letsel en psychische klachten van een medewerker zonder medische details (AVG)."""
    posten = []
    materieel = gevolg(incident.get("materiele_schade"))
    if materieel.schade:
        posten.append(f"materiële schade: {materieel.tekst}")
    if heeft_schade(incident.get("letsel")):
        posten.append("lichamelijk letsel van een medewerker")
    if heeft_schade(incident.get("psychisch")):
        posten.append("psychische klachten van een medewerker")
    return posten


def soort_schade(incident: IncidentRij) -> str:
    """'materiële schade', 'immateriële schade' of 'materiële en immateriële schade'; leeg zonder schade."""
    materieel = heeft_schade(incident.get("materiele_schade"))
    immaterieel = heeft_schade(incident.get("letsel")) or heeft_schade(incident.get("psychisch"))
    if materieel and immaterieel:
        return "materiële en immateriële schade"
    if materieel:
        return "materiële schade"
    return "immateriële schade" if immaterieel else ""
