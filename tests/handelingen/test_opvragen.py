"""3.2: de handelingen die alleen lezen (lijst, historie, advies, verboden, termijnen) als de Python-API die ook een
webvoorkant aanroept: getypeerde uitkomsten, en wat bij het lezen niet klopt via `Werkplek.meld`."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from agressie_cli.domein.fouten import InvoerFout
from agressie_cli.handelingen import Werkplek, opvragen
from conftest import ADRES, Gemeente

GTB = dict(kanaal="balie", ernst="strafbaar")
LOSSER = dict(kanaal="balie", gedrag="C", aanhoudend=True)


@pytest.fixture(params=["gtb", "losser"])
def gemeente(request) -> Gemeente:
    return request.getfixturevalue(request.param)


def _klasse(g: Gemeente) -> dict:
    return GTB if "geertruidenberg" in g.map.name else LOSSER


def test_lijst_en_historie(gemeente):
    """Geertruidenberg 4.2 / Losser 4: elk incident staat in het register; de historie toont de incidenten van een
    persoon, nieuwste eerst."""
    eerste = gemeente.meld(naam="Jan de Vries", datum="2026-10-01", **ADRES, **_klasse(gemeente))
    tweede = gemeente.meld(naam="Jan de Vries", datum="2026-11-01", **ADRES, **_klasse(gemeente))
    werkplek = Werkplek(gemeente.map)
    lijst = opvragen.lijst(werkplek, van="2026-10-15")
    assert [r["incident"] for r in lijst.rijen] == [tweede]
    assert lijst.classificatie == ("ernst" if "geertruidenberg" in gemeente.map.name else "gedrag")
    assert [r["incident"] for r in opvragen.lijst(werkplek, naam="de Vries").rijen] == [eerste, tweede]
    with pytest.raises(InvoerFout) as fout:
        opvragen.lijst(werkplek, van="vorige week")
    assert fout.value.velden == ["van"]
    historie = opvragen.historie(werkplek, "P0001", peildatum="2026-11-23")
    assert historie.historie.persoon == "P0001" and historie.samengevoegd is None
    assert [i.incident for i in historie.historie.incidenten] == [tweede, eerste]
    assert historie.venster_maanden == werkplek.profiel.venster_maanden
    with pytest.raises(InvoerFout) as fout:
        opvragen.historie(werkplek, "P0001", peildatum="2026-13-01")
    assert fout.value.velden == ["peildatum"]
    assert "--peildatum" in gemeente.run("historie", "P0001", "--peildatum", "2026-13-01").output


def test_advies_verboden_en_termijnen(gemeente):
    """Geertruidenberg 6 / Losser 5: het advies volgt het protocol; de receptie ziet wie een verbod heeft (stap 5);
    termijnen toont wat open staat."""
    klasse = {k: v for k, v in _klasse(gemeente).items() if k != "kanaal"}
    nummer = gemeente.verbod("Jan de Vries", "2026-11-02", "toegangsverbod", "3", **klasse)
    werkplek = Werkplek(gemeente.map)
    advies = opvragen.advies(werkplek, nummer).advies
    assert advies.soort is not None and advies.bedoelt_u == []
    verboden = opvragen.verboden(werkplek, peildatum="2026-12-01")
    assert verboden.peildatum == date(2026, 12, 1)
    assert [(v.maatregel, v.naam) for v in verboden.verboden] == [("M00001", "Jan de Vries")]
    assert opvragen.verboden(werkplek, peildatum=date(2027, 6, 1)).verboden == []
    with pytest.raises(InvoerFout) as fout:
        opvragen.verboden(werkplek, peildatum="1-1-1")
    assert fout.value.velden == ["peildatum"]
    termijnen = opvragen.termijnen(werkplek, peildatum="2026-11-03")
    assert termijnen.alle and termijnen.actueel == termijnen.alle and termijnen.achterstand == []
    laat = opvragen.termijnen(werkplek, peildatum="2028-01-01")
    assert laat.achterstand and len(laat.actueel) + len(laat.achterstand) == len(laat.alle)
    assert opvragen.termijnen(werkplek, peildatum="2028-01-01", alles=True).actueel == laat.alle


def test_wat_bij_het_lezen_niet_klopt_gaat_via_meld(gtb):
    """README: "lezen gaat door met een waarschuwing". Een met de hand onleesbaar gemaakte datum: de handeling
    leest door, en de waarschuwing gaat naar de voorkant via Werkplek.meld (de terminal: stderr)."""
    gtb.meld(naam="Jan de Vries", datum="2026-10-01", **GTB)
    wb = openpyxl.load_workbook(gtb.register)
    blad = wb["Incidenten"]
    kolom = [c.value for c in blad[1]].index("Datum") + 1
    blad.cell(row=2, column=kolom, value="gisteren")
    wb.save(gtb.register)
    gemeld: list[str] = []
    lijst = opvragen.lijst(Werkplek(gtb.map, meld=gemeld.append))
    assert len(lijst.rijen) == 1
    assert gemeld and gemeld[0].startswith("Let op: het register bevat waarden die niet kloppen")
    assert "Let op: het register bevat waarden die niet kloppen" in gtb.run("lijst").output
