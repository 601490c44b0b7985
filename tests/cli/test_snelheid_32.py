"""3.2 snelheid bij 10.000 incidenten, zonder ander gedrag. Gemeten wordt in bench/ (bench/RESULTATEN.md), nooit hier:
deze tests laten zien dat wat sneller werd, hetzelfde doet.

- `agressie COMMANDO ...` zet alleen dat commando om voor Click (cli/app.py `_alleen`): dezelfde uitvoer, hulp,
  meldingen en afsluitcodes als de volledige app;
- `brief` leest het register onder het slot niet opnieuw als het bestand niet veranderde (Opslag.lees_vooraf): wat
  buiten het slot aan het register veranderde, komt niet dubbel in het bewaarde register; wat een collega intussen
  schreef, wel;
- lezen en bewaren zonder de cyclische garbage collector (domein/snelheid.py): daarna staat hij weer aan, en een
  webserver (die lang leeft) bevriest niets."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import agressie_cli
from agressie_cli.domein.snelheid import zonder_gc
from agressie_cli.handelingen import Werkplek, besluiten
from conftest import ADRES, Gemeente

GTB_WAARSCHUWING = dict(kanaal="balie", ernst="agressief")  # Geertruidenberg 6.2: voor het eerst agressief
LOSSER_WAARSCHUWING = dict(kanaal="balie", gedrag="C", aanhoudend=True)  # Losser 5.1: eerste keer aanhoudend C

# De opdrachtregel zoals `agressie` hem start (main) en zoals de volledige Typer-app hem zou verwerken.
VIA_MAIN = "import sys; sys.argv = ['agressie', *sys.argv[1:]]; from agressie_cli.cli import main; main()"
VOLLEDIG = "import sys; sys.argv = ['agressie', *sys.argv[1:]]; from agressie_cli.cli.app import app; app()"


@pytest.fixture(params=["gtb", "losser"])
def gemeente(request) -> Gemeente:
    return request.getfixturevalue(request.param)


def _klasse(g: Gemeente) -> dict:
    return GTB_WAARSCHUWING if "geertruidenberg" in g.map.name else LOSSER_WAARSCHUWING


def _incident(g: Gemeente, naam: str = "Jan de Vries", datum: str = "2026-11-02") -> str:
    return g.meld(naam=naam, datum=datum, tijd="10:30", brieftekst="U schreeuwde.", **ADRES, **_klasse(g))


def _python(code: str, *args: str) -> subprocess.CompletedProcess:
    omgeving = {**os.environ, "PYTHONPATH": str(Path(agressie_cli.__file__).parents[1])}
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=omgeving, timeout=300
    )


# --- de opdrachtregel: alleen het gevraagde commando ---------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["historie", "P0001", "--json"],
        ["historie", "P0001"],
        ["historie", "--help"],
        ["historie", "P0001", "--onbekend"],  # een fout in een optie: dezelfde melding en afsluitcode 2
        ["histori", "P0001"],  # een tikfout in het commando: de volledige app zegt welk commando bedoeld is
        ["lijst", "--json"],
    ],
)
def test_een_commando_geeft_hetzelfde_als_met_de_volledige_app(gtb, args):
    """3.2: `agressie` zet bij het starten alleen het genoemde commando om (de opties van ruim dertig commando's
    omzetten kostte bij elk kort commando merkbaar tijd). Wat de gebruiker ziet, is hetzelfde: uitvoer, hulp,
    melding en afsluitcode."""
    _incident(gtb)
    snel = _python(VIA_MAIN, "--map", str(gtb.map), *args)
    volledig = _python(VOLLEDIG, "--map", str(gtb.map), *args)
    assert (snel.returncode, snel.stdout, snel.stderr) == (volledig.returncode, volledig.stdout, volledig.stderr)
    assert snel.stdout or snel.stderr  # er is iets te vergelijken


def test_map_na_het_commando_werkt_ook_via_de_snelle_weg(gtb):
    """3.6: --map mag ook na het commando staan; dat blijft zo nu alleen dat commando wordt omgezet."""
    nummer = _incident(gtb)
    uit = _python(VIA_MAIN, "lijst", "--json", "--map", str(gtb.map))
    assert uit.returncode == 0, uit.stderr
    assert [i["incident"] for i in json.loads(uit.stdout)] == [nummer]


# --- brief: één keer lezen als er niets veranderde ----------------------------------------------------------------


def test_brief_legt_zijn_maatregel_een_keer_vast_ook_als_het_register_hetzelfde_bleef(gemeente):
    """Geertruidenberg 6.2: "Een schriftelijke waarschuwing wordt gegeven bij een persoon die zich voor het eerst
    agressief of zeer hinderlijk heeft gedragen"; Losser 5.1: "Bij de eerste keer aanhoudend A-, B-, C- gedrag."
    3.2: de brief besluit buiten het slot op een register dat daar ook gewijzigd wordt; onder het slot gebruikt de
    opslag een ongerepte kopie als het bestand niet veranderde. Daarin staat de maatregel één keer (niet ook die van
    het voorlopige besluit), en het advies bij een volgend incident telt de waarschuwing mee."""
    eerste = _incident(gemeente)
    brief = gemeente.json("brief", eerste, "--datum", "2026-11-03")
    assert brief["maatregel"] == "M00001" and brief["soort"] == "waarschuwing"
    historie = gemeente.json("historie", "P0001")
    assert [m["maatregel"] for m in historie["maatregelen"]] == ["M00001"]
    assert [i["status"] for i in gemeente.json("lijst")] == ["brief gemaakt"]
    assert len(list((gemeente.map / "brieven").iterdir())) == 1
    tweede = _incident(gemeente, datum="2026-11-10")
    advies = gemeente.json("advies", tweede)
    assert advies["soort"] != "waarschuwing"  # de eerste waarschuwing telt mee: het advies gaat een trede hoger
    assert [m["maatregel"] for m in gemeente.json("historie", "P0001")["maatregelen"]] == ["M00001"]


def test_lees_vooraf_en_daarna_wijzig_ziet_wat_een_collega_intussen_schreef(gtb):
    """3.3 punt 7 met 3.2: schreef een collega tussen het lezen buiten het slot en het slot, dan wijzigt `wijzig` het
    register zoals het nu is (met de melding van de collega), niet de kopie van daarvoor."""
    _incident(gtb)
    werkplek = Werkplek(gtb.map)
    vooraf = werkplek.opslag.lees_vooraf()
    assert len(vooraf.incidenten) == 1
    collega = _incident(gtb, naam="Piet Bos")
    with werkplek.wijzig() as register:
        assert [i["incident"] for i in register.incidenten][-1] == collega
        register.incidenten[0]["afdeling"] = "Burgerzaken"
    opnieuw = Werkplek(gtb.map).lees()
    assert len(opnieuw.incidenten) == 2 and opnieuw.incidenten[0]["afdeling"] == "Burgerzaken"


def test_wat_buiten_het_slot_veranderde_komt_niet_in_het_bewaarde_register(gtb):
    """3.2: het register van lees_vooraf mag gewijzigd worden (een voorlopig besluit) en wordt nooit bewaard; de
    kopie die `wijzig` gebruikt, heeft eigen rijen en eigen lijsten."""
    nummer = _incident(gtb)
    werkplek = Werkplek(gtb.map)
    vooraf = werkplek.opslag.lees_vooraf()
    vooraf.incidenten[0]["omschrijving"] = "voorlopig"
    vooraf.incidenten[0]["vorm"].append("fysiek")
    with werkplek.wijzig() as register:
        assert register.incidenten[0]["omschrijving"] != "voorlopig"
        assert "fysiek" not in register.incidenten[0]["vorm"]
        register.incidenten[0]["afdeling"] = "Publiekszaken"
    [incident] = gtb.json("lijst")
    assert incident["incident"] == nummer
    opnieuw = Werkplek(gtb.map).lees().incident(nummer)
    assert opnieuw["afdeling"] == "Publiekszaken" and opnieuw.get("omschrijving") != "voorlopig"
    assert "fysiek" not in (opnieuw.get("vorm") or [])


# --- de garbage collector --------------------------------------------------------------------------------------------


def test_na_lezen_en_bewaren_staat_de_collector_weer_aan_en_is_niets_bevroren(gtb):
    """3.2: lezen en bewaren gebeuren zonder de cyclische garbage collector. Een webserver roept dezelfde handelingen
    aan en leeft lang: daarna staat de collector weer aan en is er niets bevroren (anders groeit zijn geheugen)."""
    nummer = _incident(gtb)
    werkplek = Werkplek(gtb.map)
    assert gc.isenabled()
    bevroren = gc.get_freeze_count()
    werkplek.lees()
    besluiten.brief(werkplek, [nummer], datum="2026-11-03")
    assert gc.isenabled() and gc.get_freeze_count() == bevroren
    assert Werkplek(gtb.map).lees().incident(nummer)["status"] == "brief gemaakt"


def test_zonder_gc_zet_de_collector_ook_na_een_fout_terug():
    """3.2: ook als het lezen misgaat (een beschadigd register), staat de collector daarna weer aan; stond hij al
    uit, dan blijft hij uit."""
    with pytest.raises(ValueError), zonder_gc():
        assert not gc.isenabled()
        raise ValueError("beschadigd")
    assert gc.isenabled()
    gc.disable()
    try:
        with zonder_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
