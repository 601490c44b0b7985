"""Nederlandse tekst voor de gebruiker, op één plek: datums, tijden, perioden, bedragen, opsommingen en aantallen.

Brieven, schermuitvoer en meldingen schrijven een datum, een tijd of een periode altijd via deze functies, zodat
'23 november 2026', '23-11-2026', '10.30 uur', 'tot en met ...' en '€ 185,00' overal hetzelfde staan. Namen
(tussenvoegsels, achternaam, collega's) staan in `namen.py`; datums lezen en rekenen in `datums.py`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime, time
from decimal import Decimal

MAANDEN = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]

NL_DATUM = "%d-%m-%Y"  # zoals Nederlandse gebruikers een datum typen en lezen: 23-11-2026

ONBEPAALDE_TIJD = "onbepaalde tijd"  # zonder "voor": in een tabel met de kolom "tot en met"
VOOR_ONBEPAALDE_TIJD = f"voor {ONBEPAALDE_TIJD}"


# --- datums en tijden ---------------------------------------------------------------------------------------------


def kort(d: date | None) -> str:
    """23-11-2026 (leeg bij geen datum)"""
    return d.strftime(NL_DATUM) if d else ""


def voluit(d: date | None) -> str:
    """23 november 2026 (leeg bij geen datum)"""
    if d is None:
        return ""
    return f"{d.day} {MAANDEN[d.month - 1]} {d.year}"


def tijd(t: time | datetime | None) -> str:
    """10.30 (zonder 'uur'; leeg bij geen tijd)"""
    if t is None:
        return ""
    return f"{t.hour:02d}.{t.minute:02d}"


def tijd_voluit(t: time | datetime | None) -> str:
    """10.30 uur (leeg bij geen tijd)"""
    if t is None:
        return ""
    return f"{tijd(t)} uur"


def tijd_invoer(t: time | datetime) -> str:
    """10:30, zoals een gebruiker een tijd typt (UU:MM): voor tabellen en --json."""
    return f"{t.hour:02d}:{t.minute:02d}"


def moment_kort(m: datetime) -> str:
    """23-11-2026 10.30: een tijdstip in een melding (slotbestand, reservekopie)."""
    return f"{kort(m)} {tijd(m)}"


# --- perioden -----------------------------------------------------------------------------------------------------


def tot_en_met(einde: date | None, onbepaald: bool | None = None, datum: Callable[[date | None], str] = voluit) -> str:
    """'tot en met 22 februari 2027' of 'voor onbepaalde tijd'. Zonder `onbepaald` is geen einde onbepaalde tijd;
    `datum=kort` geeft 'tot en met 22-02-2027'."""
    if onbepaald is None:
        onbepaald = einde is None
    return VOOR_ONBEPAALDE_TIJD if onbepaald else f"tot en met {datum(einde)}"


def periode(
    ingang: date | None,
    einde: date | None,
    onbepaald: bool | None = None,
    datum: Callable[[date | None], str] = voluit,
) -> str:
    """'van 23 november 2026 tot en met 22 februari 2027' of 'vanaf 23 november 2026 voor onbepaalde tijd'."""
    if onbepaald is None:
        onbepaald = einde is None
    if onbepaald:
        return f"vanaf {datum(ingang)} {VOOR_ONBEPAALDE_TIJD}"
    return f"van {datum(ingang)} {tot_en_met(einde, False, datum)}"


# --- bedragen, opsommingen en aantallen ---------------------------------------------------------------------------


def bedrag(b: Decimal) -> str:
    """'€ 1.250,00'."""
    euros, centen = f"{b:.2f}".split(".")
    groepen: list[str] = []
    while len(euros) > 3:
        groepen.insert(0, euros[-3:])
        euros = euros[:-3]
    groepen.insert(0, euros)
    return f"€ {'.'.join(groepen)},{centen}"


def opsomming(items: Iterable[object]) -> str:
    """'M00004', 'M00004 en M00005', 'M00004, M00005 en M00006' (leeg bij niets)."""
    teksten = [str(i) for i in items]
    if not teksten:
        return ""
    return teksten[0] if len(teksten) == 1 else ", ".join(teksten[:-1]) + " en " + teksten[-1]


def aantal(n: int, enkelvoud: str, meervoud: str) -> str:
    """'1 brief', '6 brieven', '0 brieven'."""
    return f"{n} {enkelvoud if n == 1 else meervoud}"
