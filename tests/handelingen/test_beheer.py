"""Issue 3.2: de handelingen van beheer (init, herstel, opschonen, rapport, sjablonen controleer) als Python-API,
zoals de webvoorkant ze straks aanroept: gewone waarden erin, een getypeerd resultaat eruit, en een fout die velden
noemt («veld»), geen opties van de opdrachtregel."""

from __future__ import annotations

import contextlib
import csv
import dataclasses
from datetime import date
from pathlib import Path

import pytest

from agressie_cli.domein.fouten import InvoerFout, OpschonenOngedaan
from agressie_cli.handelingen import Werkplek, beheer
from conftest import ADRES, maak_gemeente


def _logboek(map_pad: Path) -> list[list[str]]:
    with open(map_pad / "logboek.csv", encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f, delimiter=";"))[1:]


def test_init_maakt_instellingen_en_register_en_weigert_met_velden(tmp_path):
    """Geertruidenberg 4.2: "De coördinator van het interventieteam registreert de melding in excel": init maakt
    dat register, met de ondertekenaar uit een gewone tekst."""
    werkplek = Werkplek(tmp_path / "gtb", register_nodig=False)
    werkplek.map.mkdir()
    uitkomst = beheer.init(werkplek, "geertruidenberg", "J. de Vries, gemeentesecretaris")
    assert uitkomst.instellingen.is_file() and uitkomst.register.is_file()
    assert 'naam = "J. de Vries"' in uitkomst.instellingen.read_text(encoding="utf-8")
    with pytest.raises(dataclasses.FrozenInstanceError):
        uitkomst.register = Path("x")  # type: ignore[misc]
    with pytest.raises(InvoerFout, match="bestaat al"):
        beheer.init(Werkplek(werkplek.map, register_nodig=False), "geertruidenberg")
    leeg = Werkplek(tmp_path / "leeg", register_nodig=False)
    with pytest.raises(InvoerFout) as fout:
        beheer.init(leeg, None, "J. de Vries, gemeentesecretaris")
    assert fout.value.velden == ["ondertekenaar", "gemeente"]
    assert "--" not in fout.value.melding  # het web krijgt geen opties van de opdrachtregel
    with pytest.raises(InvoerFout, match="ondertekenaar"):
        beheer.ondertekenaar("alleen een naam")  # de voorkant toont dit en vraagt opnieuw


def test_herstel_geeft_de_kopie_en_logt_de_gebruiker_van_de_werkplek(tmp_path):
    """3.3 punt 4: elk terugzetten staat in het logboek, met wie het deed (op het web: de ingelogde gebruiker)."""
    g = maak_gemeente(tmp_path, "losser")
    g.meld(naam="Jan de Vries", kanaal="balie", gedrag="A")
    g.meld(naam="Piet Jansen", kanaal="balie", gedrag="B")
    werkplek = Werkplek(g.map, register_nodig=False, gebruiker="web:mjansen")
    kopieen = beheer.reservekopieen(werkplek).kopieen
    assert [k.nummer for k in kopieen][:2] == [1, 2]
    uitkomst = beheer.herstel(werkplek, "1")
    assert (uitkomst.kopie, uitkomst.incidenten, uitkomst.na_opschonen) == (kopieen[0].pad.name, 1, False)
    assert uitkomst.apart is not None and uitkomst.apart.is_file()
    assert _logboek(g.map)[-1][1:4] == ["web:mjansen", "herstel", kopieen[0].pad.name]


def test_opschonen_proef_en_uitvoeren_geven_een_getypeerd_resultaat(tmp_path):
    """3.3 punt 5: het resultaat zegt wat er na het bewaren verwijderd is; het proefdraaien verwijdert niets."""
    g = maak_gemeente(tmp_path, "geertruidenberg")
    nummer = g.meld(naam="Oud Persoon", kanaal="balie", ernst="agressief", datum="2020-03-02", tijd="10:30",
                    brieftekst="U schreeuwde.", **ADRES)  # fmt: skip
    brief = Path(g.json("brief", nummer, "--datum", "2020-03-03")["bestand"])
    werkplek = Werkplek(g.map)
    proef = beheer.opschonen(werkplek, date(2026, 11, 23))
    assert proef.uitgevoerd is False and [k.persoon for k in proef.personen] == ["P0001"]
    assert proef.verwijderde_brieven == () and brief.is_file()
    echt = beheer.opschonen(Werkplek(g.map), date(2026, 11, 23), uitvoeren=True)
    assert echt.verwijderde_brieven == (brief,) and not brief.exists()
    assert echt.achtergebleven == () and echt.niet_verwijderd == ()
    with pytest.raises(OpschonenOngedaan):
        beheer.herstel(Werkplek(g.map, register_nodig=False))
    assert beheer.herstel(Werkplek(g.map, register_nodig=False), ook_na_opschonen=True).na_opschonen is True
    assert _logboek(g.map)[-1][2] == "herstel na opschonen"


def test_rapport_en_sjablonen_controleer(tmp_path):
    """Geertruidenberg 4.2: "Hij stelt eens per kwartaal een overzicht op voor het MT"."""
    g = maak_gemeente(tmp_path, "geertruidenberg")
    g.meld(naam="Jan de Vries", kanaal="balie", ernst="agressief", datum="2026-11-02")
    stappen: list[int] = []

    @contextlib.contextmanager
    def voortgang(incidenten: int):
        stappen.append(-incidenten)
        yield lambda: stappen.append(1)

    uitkomst = beheer.rapport(Werkplek(g.map), kwartaal="2026-Q4", voortgang=voortgang)
    assert uitkomst.bestand.is_file() and uitkomst.gegevens["incidenten"] == 1
    assert uitkomst.periode.naam == "2026-Q4" and uitkomst.samenvatting[0][:2] == ("Incidenten", 1)
    assert stappen[0] == -1 and stappen.count(1) == 5
    with pytest.raises(InvoerFout) as fout:
        beheer.rapport(Werkplek(g.map), kwartaal="2026-Q4", uit=g.map / "rapport.txt")
    assert fout.value.velden == ["uit"]
    with pytest.raises(InvoerFout) as fout:
        beheer.rapport(Werkplek(g.map), kwartaal="2026-Q4")
    assert fout.value.velden == ["overschrijven", "uit"]
    controle = beheer.sjablonen_controleer(Werkplek(g.map))
    assert controle.alles_goed and len(controle.uitkomsten) > 5
    with pytest.raises(InvoerFout, match="bestaat niet"):
        beheer.sjablonen_controleer(Werkplek(g.map), g.map / "geen-map")


def test_herstel_in_het_geheugen_logt_ook(tmp_path):
    """De opslag in het geheugen (tests, Python-API) vervult hetzelfde contract: terugzetten komt in het logboek."""
    g = maak_gemeente(tmp_path, "geertruidenberg", geheugen=True)
    g.meld(naam="Jan de Vries", kanaal="balie", ernst="licht")
    g.meld(naam="Piet Jansen", kanaal="balie", ernst="licht")
    beheer.herstel(Werkplek(g.map, register_nodig=False, opslag=g.opslag), "1")
    assert [r["actie"] for r in g.opslag.logboek][-1] == "herstel"
    assert [r["naam"] for r in g.json("lijst")] == ["Jan de Vries"]
