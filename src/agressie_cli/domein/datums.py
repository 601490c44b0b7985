"""Datums en tijden: lezen zoals Nederlanders ze typen, schrijven zoals in een brief."""

from __future__ import annotations

import calendar
import functools
import re
from datetime import date, datetime, time, timedelta

from agressie_cli.domein.fouten import InvoerFout

# Datums schrijven staat in nederlands.py; deze namen blijven hier ook te importeren.
from agressie_cli.domein.nederlands import MAANDEN as MAANDEN
from agressie_cli.domein.nederlands import NL_DATUM as NL_DATUM
from agressie_cli.domein.nederlands import kort as kort
from agressie_cli.domein.nederlands import tijd_voluit as tijd_voluit
from agressie_cli.domein.nederlands import voluit as voluit

# Geboortedatums gaan terug tot 1900 en geen incident of verbod ligt na 2100: '1026' of '9999' is een tikfout
# (1026 maakte iemand meteen kandidaat voor opschonen, 9999 liet `brief` vastlopen; 2.5).
EERSTE_JAAR, LAATSTE_JAAR = 1900, 2100

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NL = re.compile(r"^(\d{1,2})-(\d{1,2})-(\d{4})$")
_TIJD = re.compile(r"^(\d{1,2})[:.](\d{2})$")


RELATIEF = {"vandaag": 0, "gisteren": 1, "eergisteren": 2}


def lees_datum(tekst: str | date | datetime | None, veld: str = "datum", relatief: bool = True) -> date | None:
    """Leest JJJJ-MM-DD of DD-MM-JJJJ. Lege invoer geeft None; onzin geeft een InvoerFout met het veld (`veld`: hoe de
    melding het noemt, een «veld» of een kop als 'datum')."""
    if tekst is None:
        return None
    if isinstance(tekst, date):  # een datumcel uit een meldformulier (ook datetime): dezelfde grenzen als getypt
        if not EERSTE_JAAR <= tekst.year <= LAATSTE_JAAR:  # de datum zelf niet herhalen: kan een geboortedatum zijn
            raise InvoerFout(f"{veld}: het jaar {tekst.year} ligt niet tussen {EERSTE_JAAR} en {LAATSTE_JAAR}.")
        return tekst.date() if isinstance(tekst, datetime) else tekst
    tekst = str(tekst).strip()
    if not tekst:
        return None
    # 3.6: "vandaag" en "gisteren", zoals een medewerker het typt; niet in een cel van het register (relatief=False):
    # daar zou "gisteren" elke dag iets anders betekenen.
    if relatief and tekst.lower() in RELATIEF:
        return date.today() - timedelta(days=RELATIEF[tekst.lower()])
    for patroon, volgorde in ((_ISO, (0, 1, 2)), (_NL, (2, 1, 0))):
        m = patroon.match(tekst)
        if m:
            delen = [int(g) for g in m.groups()]
            jaar, maand, dag = (delen[i] for i in volgorde)
            if not EERSTE_JAAR <= jaar <= LAATSTE_JAAR:
                raise InvoerFout(
                    f"{veld}: '{tekst}' ligt niet tussen {EERSTE_JAAR} en {LAATSTE_JAAR}; is het jaartal goed getypt?"
                )
            try:
                return date(jaar, maand, dag)
            except ValueError:
                break
    if not relatief and tekst.lower() in RELATIEF:  # 3.4: een datum die hier blijft staan, hangt niet af van vandaag
        raise InvoerFout(
            f"{veld}: '{tekst}' kan hier niet als datum; typ de datum zelf als JJJJ-MM-DD of DD-MM-JJJJ (bijvoorbeeld "
            "2026-11-23)."
        )
    of_relatief = ", of vandaag of gisteren" if relatief else ""
    raise InvoerFout(
        f"{veld}: '{tekst}' is geen geldige datum. Gebruik JJJJ-MM-DD of DD-MM-JJJJ (bijvoorbeeld 2026-11-23){of_relatief}."
    )


def datum_of_vandaag(tekst: str | None, veld: str) -> date:
    return lees_datum(tekst, veld) or date.today()


def lees_tijd(tekst: str | time | datetime | None, veld: str = "tijd") -> time | None:
    if tekst is None:
        return None
    if isinstance(tekst, datetime):
        return tekst.time().replace(second=0, microsecond=0)
    if isinstance(tekst, time):
        return tekst.replace(second=0, microsecond=0)
    tekst = str(tekst).strip()
    if not tekst:
        return None
    m = _TIJD.match(tekst)
    if m:
        uur, minuut = int(m.group(1)), int(m.group(2))
        if uur < 24 and minuut < 60:
            return time(uur, minuut)
    raise InvoerFout(f"{veld}: '{tekst}' is geen geldige tijd. Gebruik UU:MM, bijvoorbeeld 10:30.")


def plus_maanden(d: date, maanden: int) -> date:
    """Kalendermaanden erbij (of eraf bij een negatief getal); valt de dag buiten de maand, dan de laatste dag."""
    totaal = d.year * 12 + (d.month - 1) + maanden
    jaar, maand = divmod(totaal, 12)
    maand += 1
    dag = min(d.day, calendar.monthrange(jaar, maand)[1])
    return date(jaar, maand, dag)


def einddatum(ingang: date, maanden: int | None) -> date | None:
    """Laatste dag (tot en met) van een periode van N maanden; None = onbepaalde tijd. De gewone regel voor
    termijnen in maanden: ingang + N maanden - 1 dag als de dag van de ingang in de eindmaand bestaat, anders de
    laatste dag van de eindmaand (30-11-2026 + 3 maanden: tot en met 28-02-2027, niet 27-02)."""
    if maanden is None:
        return None
    totaal = ingang.year * 12 + (ingang.month - 1) + maanden
    jaar, maand = divmod(totaal, 12)
    laatste_dag = calendar.monthrange(jaar, maand + 1)[1]
    if ingang.day > laatste_dag:
        return date(jaar, maand + 1, laatste_dag)
    return date(jaar, maand + 1, ingang.day) - timedelta(days=1)


def werkdagen_na(dag: date, aantal: int) -> date:
    """De dag `aantal` werkdagen na `dag`: zaterdag, zondag en de algemeen erkende feestdagen tellen niet."""
    while aantal:
        dag += timedelta(days=1)
        if dag.weekday() < 5 and dag not in feestdagen(dag.year):
            aantal -= 1
    return dag


@functools.lru_cache(maxsize=32)
def feestdagen(jaar: int) -> frozenset[date]:
    """De algemeen erkende feestdagen van de Algemene termijnenwet (art. 3): Nieuwjaarsdag, tweede Paasdag,
    Hemelvaartsdag, tweede Pinksterdag, beide Kerstdagen, Koningsdag (27 april, 26 april als die op zondag valt) en
    5 mei (elk jaar). Goede Vrijdag hoort er niet bij. Zelf berekend (Pasen volgens de Gregoriaanse kalender) in
    plaats van met het pakket `holidays`: dat kent Goede Vrijdag wel en 5 mei alleen eens in de vijf jaar, en kost
    bij elke aanroep van termijnen een import van 0,2 s. tests/domein/test_feestdagen.py vergelijkt met `holidays`."""
    pasen = _pasen(jaar)
    koningsdag = date(jaar, 4, 27)
    if koningsdag.weekday() == 6:
        koningsdag = date(jaar, 4, 26)
    return frozenset(
        {
            date(jaar, 1, 1),
            pasen + timedelta(days=1),
            koningsdag,
            date(jaar, 5, 5),
            pasen + timedelta(days=39),
            pasen + timedelta(days=50),
            date(jaar, 12, 25),
            date(jaar, 12, 26),
        }
    )


def _pasen(jaar: int) -> date:
    """Eerste Paasdag (de anonieme Gregoriaanse berekening, Meeus/Jones/Butcher)."""
    a, b, c = jaar % 19, jaar // 100, jaar % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    maand, dag = divmod(h + ll - 7 * m + 114, 31)
    return date(jaar, maand, dag + 1)


def controleer_vastgelegde_datum(veld: str, waarde: date, nummer: str, gebeurd: date | None, vandaag: date) -> None:
    """Een datum die iets vastlegt bij een incident (nazorg, verplichtingen) ligt niet vóór het incident en niet in de
    toekomst. `veld`: het veld dat de datum vastlegt ('gesprek', 'opvang-bezoekers'), voor de melding."""
    veld = f"«{veld.replace('-', '_')}»"
    if gebeurd is not None and waarde < gebeurd:
        raise InvoerFout(
            f"{veld}: {kort(waarde)} ligt vóór het incident {nummer} van {kort(gebeurd)}. Er is niets vastgelegd."
        )
    if waarde > vandaag:
        raise InvoerFout(f"{veld}: {kort(waarde)} ligt in de toekomst. Er is niets vastgelegd.")


def venster_begin(peildatum: date, maanden: int) -> date:
    """Eerste dag die nog binnen het venster valt: precies N kalendermaanden vóór de peildatum."""
    return plus_maanden(peildatum, -maanden)


def iso(d: date | None) -> str | None:
    return d.isoformat() if d else None
