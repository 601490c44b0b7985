"""Issue 2.6: het bedrag van een aansprakelijkstelling zoals een Nederlandse gebruiker het typt en leest."""

from __future__ import annotations

from decimal import Decimal

import pytest

from agressie_cli.cli.veldwoorden import melding
from agressie_cli.domein.fouten import InvoerFout
from agressie_cli.domein.schade import als_cel, bedrag_tekst, lees_bedrag, uit_cel


@pytest.mark.parametrize(
    "tekst, verwacht",
    [
        ("150", "150.00"),
        ("150,5", "150.50"),
        ("150,50", "150.50"),
        ("1.250,00", "1250.00"),
        ("1250,00", "1250.00"),
        ("1.250", "1250.00"),
        ("€ 1.250,00", "1250.00"),
        (" 12.345.678,9 ", None),  # te hoog
    ],
)
def test_lees_bedrag(tekst, verwacht):
    if verwacht is None:
        with pytest.raises(InvoerFout):
            lees_bedrag(tekst)
    else:
        assert lees_bedrag(tekst) == Decimal(verwacht)


@pytest.mark.parametrize("tekst", ["150.50", "1,250.00", "abc", "", "1.25", "1,234", "0,00"])
def test_onleesbaar_bedrag(tekst):
    with pytest.raises(InvoerFout) as fout:
        lees_bedrag(tekst)
    # 3.2: het domein noemt het veld; de opdrachtregel zet het om in de optie
    assert fout.value.velden[0] == "bedrag" and "--bedrag" in melding(fout.value)


def test_weergave_en_cel():
    assert bedrag_tekst(Decimal("1250")) == "€ 1.250,00"
    assert bedrag_tekst(Decimal("1234567.5")) == "€ 1.234.567,50"
    assert bedrag_tekst(Decimal("0.5")) == "€ 0,50"
    assert als_cel(Decimal("1250.5")) == "1250,50"
    assert uit_cel("1250,50") == Decimal("1250.50")
    assert uit_cel("1250.5") == Decimal("1250.50")  # een getal dat iemand in Excel typte
    assert uit_cel("1250") == Decimal("1250.00")
    assert uit_cel(None) is None and uit_cel("onbekend") is None
