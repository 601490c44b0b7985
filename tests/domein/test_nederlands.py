"""Issue 3.2: één module voor Nederlandse tekst (domein/nederlands.py). Een datum, tijd, periode, bedrag, opsomming
of aantal staat in elke brief en elke melding op dezelfde manier; deze tests leggen die vormen vast."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

import pytest

from agressie_cli.domein import nederlands as nl


def test_voluit_schrijft_een_datum_zoals_in_een_brief():
    assert nl.voluit(date(2026, 11, 23)) == "23 november 2026"
    assert nl.voluit(date(2027, 3, 1)) == "1 maart 2027"
    assert nl.voluit(None) == ""


def test_kort_schrijft_een_datum_zoals_een_gebruiker_hem_typt():
    assert nl.kort(date(2026, 11, 23)) == "23-11-2026"
    assert nl.kort(date(2027, 3, 1)) == "01-03-2027"
    assert nl.kort(None) == ""


def test_tijd_met_een_punt_en_uur():
    assert nl.tijd_voluit(time(10, 30)) == "10.30 uur"
    assert nl.tijd_voluit(time(9, 5)) == "09.05 uur"
    assert nl.tijd_voluit(datetime(2026, 11, 23, 14, 0)) == "14.00 uur"
    assert nl.tijd_voluit(None) == ""
    assert nl.tijd(time(9, 5)) == "09.05"


def test_tijd_invoer_zoals_getypt():
    assert nl.tijd_invoer(time(9, 5)) == "09:05"


def test_moment_kort():
    assert nl.moment_kort(datetime(2026, 11, 23, 8, 7, 59)) == "23-11-2026 08.07"


def test_tot_en_met_of_onbepaalde_tijd():
    assert nl.tot_en_met(date(2027, 2, 22)) == "tot en met 22 februari 2027"
    assert nl.tot_en_met(None) == "voor onbepaalde tijd"
    assert nl.tot_en_met(date(2027, 2, 22), onbepaald=True) == "voor onbepaalde tijd"
    assert nl.tot_en_met(date(2027, 2, 22), datum=nl.kort) == "tot en met 22-02-2027"
    assert nl.VOOR_ONBEPAALDE_TIJD == "voor onbepaalde tijd" and nl.ONBEPAALDE_TIJD == "onbepaalde tijd"


def test_periode_van_tot_en_met_of_vanaf():
    ingang, einde = date(2026, 11, 23), date(2027, 2, 22)
    assert nl.periode(ingang, einde) == "van 23 november 2026 tot en met 22 februari 2027"
    assert nl.periode(ingang, None) == "vanaf 23 november 2026 voor onbepaalde tijd"
    assert nl.periode(ingang, einde, datum=nl.kort) == "van 23-11-2026 tot en met 22-02-2027"


@pytest.mark.parametrize(
    "bedrag, tekst",
    [("185", "€ 185,00"), ("1250", "€ 1.250,00"), ("0.5", "€ 0,50"), ("1234567.89", "€ 1.234.567,89")],
)
def test_bedrag_met_euroteken_punt_en_komma(bedrag, tekst):
    assert nl.bedrag(Decimal(bedrag)) == tekst


def test_opsomming_met_komma_en_en():
    assert nl.opsomming(["a"]) == "a"
    assert nl.opsomming(["a", "b"]) == "a en b"
    assert nl.opsomming(["a", "b", "c"]) == "a, b en c"
    assert nl.opsomming([]) == ""


def test_aantal_enkelvoud_en_meervoud():
    assert nl.aantal(1, "brief", "brieven") == "1 brief"
    assert nl.aantal(6, "brief", "brieven") == "6 brieven"
    assert nl.aantal(0, "brief", "brieven") == "0 brieven"


def test_een_tussenvoegsellijst():
    """Namen staan in namen.py: één lijst tussenvoegsels, niet nog een in de code."""
    from pathlib import Path

    import agressie_cli

    bron = Path(agressie_cli.__file__).parent
    for pad in bron.rglob("*.py"):
        if pad.name != "namen.py":
            tekst = pad.read_text(encoding="utf-8")
            assert '"ter"' not in tekst and '"ten"' not in tekst, pad
