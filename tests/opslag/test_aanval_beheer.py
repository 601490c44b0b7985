"""Issue 3.3 punten 4, 5 en 13, en de killtest voor `opschonen` en `herstel`: wat een aanval vond in herstel, opschonen,
het logboek en half gemaakte brieven. Elke test hieronder faalde op main vóór de fix, behalve drie die bewaken wat al
goed ging en goed moet blijven: een brief onderweg naar zijn naam blijft, een mislukte schrijfactie laat geen regel
klaarstaan, en de killtest."""

from __future__ import annotations

import csv
import errno
import os
import random
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import openpyxl
import pytest

from agressie_cli.opslag.excel import ExcelOpslag
from conftest import ADRES, maak_gemeente

PEIL = "2026-11-23"
# De klasse van een incident met een brief als advies: een eerste agressief incident (Geertruidenberg, matrix) of
# aanhoudend C-gedrag (Losser 4: een waarschuwingsbrief).
KLASSE = {"geertruidenberg": {"ernst": "agressief"}, "losser": {"gedrag": "C", "aanhoudend": True}}


@pytest.fixture(params=["geertruidenberg", "losser"])
def gemeente(request, tmp_path):
    return maak_gemeente(tmp_path, request.param)


def _met_brief_en_concept(g, naam: str, datum: str) -> tuple[str, Path, Path]:
    """Een incident met een brief (brieven/) en een e-mailconcept (uitgaand/): beide met persoonsgegevens."""
    nummer = g.meld(
        naam=naam,
        kanaal="balie",
        datum=datum,
        tijd="10:30",
        brieftekst="U schreeuwde tegen de medewerker.",
        leidinggevende="K. Smits",
        leidinggevende_email="k.smits@gemeente.nl",
        **ADRES,
        **KLASSE[g.map.name],
    )
    volgende_dag = (datetime.fromisoformat(datum) + timedelta(days=1)).date().isoformat()
    brief = Path(g.json("brief", nummer, "--datum", volgende_dag)["bestand"])
    concept = Path(g.json("doorsturen", nummer)["bestand"])
    assert brief.is_file() and concept.is_file()
    return nummer, brief, concept


def _cellen(pad: Path) -> dict[str, list[tuple]]:
    """Het register cel voor cel (elk blad, elke rij)."""
    werkboek = openpyxl.load_workbook(pad)
    return {blad.title: [tuple(r) for r in blad.iter_rows(values_only=True)] for blad in werkboek}


def _logboek(g) -> list[list[str]]:
    with open(g.map / "logboek.csv", encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f, delimiter=";"))[1:]


def _agressie(g, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "agressie_cli", "--map", str(g.map), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _gedood_na(g, functie: str, *args: str, waar: str = "agressie_cli.opslag.excel.opslag.ExcelOpslag") -> int:
    """Draait agressie in een eigen proces dat gedood wordt (os._exit, zoals SIGKILL: geen opruimen) direct nadat
    `functie` van `waar` (een klasse of module) voor het eerst klaar is."""
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import importlib, os, sys\n"
            "try:\n"
            f"    plek = importlib.import_module({waar!r})\n"
            "except ModuleNotFoundError:\n"
            f"    module, _, naam = {waar!r}.rpartition('.')\n"
            "    plek = getattr(importlib.import_module(module), naam)\n"
            f"echt = getattr(plek, {functie!r})\n"
            "def gedood(*a, **k):\n"
            "    echt(*a, **k)\n"
            "    os._exit(9)\n"
            f"setattr(plek, {functie!r}, gedood)\n"
            "from agressie_cli.cli import main\n"
            "sys.argv = ['agressie', *sys.argv[1:]]\n"
            "main()",
            "--map",
            str(g.map),
            *args,
        ],
        capture_output=True,
    ).returncode


# --- 3.3 punt 4: herstel in het logboek --------------------------------------------------------------------------
def test_herstel_schrijft_wie_wanneer_en_welke_kopie_in_het_logboek(gemeente):
    """3.3 punt 4: "`herstel` leaves no line in `logboek.csv`"; elke handeling op het register hoort in het logboek
    (Geertruidenberg 4.2: "De coördinator van het interventieteam registreert de melding in excel"), zonder
    persoonsgegevens."""
    g = gemeente
    g.meld(naam="Jan de Vries", kanaal="balie", **KLASSE[g.map.name])
    g.meld(naam="Fatima el Amrani", kanaal="telefoon", **KLASSE[g.map.name])
    kopie = g.ok("herstel", "--lijst").splitlines()[2].split()[1]  # de nieuwste: vlak vóór de tweede melding
    voor = len(_logboek(g))
    uitvoer = g.ok("herstel", "1")
    assert f"Register teruggezet uit {kopie} (1 incidenten)." in uitvoer
    regels = _logboek(g)
    assert len(regels) == voor + 1
    tijdstip, gebruiker, actie, nummer, kopie_vooraf = regels[-1]
    assert (actie, nummer) == ("herstel", kopie)
    assert gebruiker and abs(datetime.fromisoformat(tijdstip) - datetime.now()) < timedelta(minutes=5)
    assert "voor-herstel" in kopie_vooraf  # de kopie van het register zoals het vóór het terugzetten was
    tekst = (g.map / "logboek.csv").read_text(encoding="utf-8-sig")
    assert "Vries" not in tekst and "Amrani" not in tekst
    assert [r["naam"] for r in g.json("lijst")] == ["Jan de Vries"]
    # `herstel --lijst` zegt bij de kopie van vóór het terugzetten nog steeds wat erna kwam
    assert "vóór herstel" in g.ok("herstel", "--lijst")


def test_herstel_na_opschonen_zegt_dat_in_het_logboek(gemeente):
    """3.3 punt 4: "also `herstel --ja`, which brings back personal data that `opschonen` removed. Every restore is
    logged (who, when, which copy, "na opschonen" when it undoes one), without personal data."""
    g = gemeente
    _met_brief_en_concept(g, "Oud Persoon", "2020-03-02")
    g.json("opschonen", "--peildatum", PEIL, "--uitvoeren")
    geweigerd = g.run("herstel")
    assert geweigerd.exit_code == 2 and "vóór een 'opschonen'" in geweigerd.output
    assert [r[2] for r in _logboek(g)].count("herstel na opschonen") == 0  # geweigerd: geen regel
    kopie = g.ok("herstel", "--lijst").splitlines()[2].split()[1]
    g.ok("herstel", "--ja")
    regel = _logboek(g)[-1]
    assert regel[1:4] == [regel[1], "herstel na opschonen", kopie] and regel[1]
    assert "Oud Persoon" not in (g.map / "logboek.csv").read_text(encoding="utf-8-sig")
    assert g.json("historie", "P0001")["naam"] == "Oud Persoon"  # de gegevens zijn echt terug


def test_herstel_zegt_na_het_terugzetten_nooit_dat_er_niets_gewijzigd_is(gtb, monkeypatch):
    """Lukt de regel in het logboek niet (schijf vol), dan is het register toch teruggezet: de melding zegt dat, en
    niet "niets gewijzigd" (een script zou het opnieuw proberen)."""
    gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="licht")
    gtb.meld(naam="Piet Jansen", kanaal="balie", ernst="licht")

    def vol(self, register, kopie_vooraf=None):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(ExcelOpslag, "_schrijf_logboek", vol)
    uitkomst = gtb.run("herstel", "1")
    assert uitkomst.exit_code == 1 and "is teruggezet" in uitkomst.output and "niets gewijzigd" not in uitkomst.output
    assert "Traceback" not in uitkomst.output
    monkeypatch.undo()
    assert [r["naam"] for r in gtb.json("lijst")] == ["Jan de Vries"]


# --- 3.3 punt 5: opschonen verwijdert pas na het bewaren ----------------------------------------------------------
def test_opschonen_dat_niet_kan_bewaren_verwijdert_niets(gemeente, monkeypatch):
    """3.3 punt 5: "`opschonen --uitvoeren` deletes letters and e-mail drafts before the anonymised register is
    saved ... a failing save then says 'Er is niets gewijzigd'". Nu klopt die zin: brief, concept en register (cel
    voor cel) zijn zoals ze waren."""
    g = gemeente
    _, brief, concept = _met_brief_en_concept(g, "Oud Persoon", "2020-03-02")
    voor, cellen = g.register.read_bytes(), _cellen(g.register)

    def vol(self, register, bijzaken, doel, *wijzigingen):
        doel.write_bytes(b"PK\x03\x04half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(ExcelOpslag, "_schrijf_werkboek", vol)
    uitkomst = g.run("opschonen", "--peildatum", PEIL, "--uitvoeren", "--json")
    assert uitkomst.exit_code == 1 and "Er is niets gewijzigd" in uitkomst.output
    assert brief.is_file() and concept.is_file()
    assert g.register.read_bytes() == voor and _cellen(g.register) == cellen
    monkeypatch.undo()
    uitkomst = g.json("opschonen", "--peildatum", PEIL, "--uitvoeren")  # daarna gaat het gewoon
    assert uitkomst["verwijderde_brieven"] == [brief.name] and uitkomst["verwijderde_concepten"] == [concept.name]
    assert not brief.exists() and not concept.exists()


def test_opschonen_gedood_na_het_bewaren_wordt_door_de_volgende_afgemaakt(gemeente):
    """3.3 punt 5: "Killed in between, people are still in the register while their files are gone ... a rerun
    finishes what a killed run left". Gedood na het bewaren: de persoon is geanonimiseerd en zijn bestanden staan er
    nog (nooit andersom); de volgende `opschonen --uitvoeren` verwijdert ze, ook zonder nieuwe personen."""
    g = gemeente
    _, brief, concept = _met_brief_en_concept(g, "Oud Persoon", "2020-03-02")
    _, recent, recent_concept = _met_brief_en_concept(g, "Recent Persoon", "2026-11-02")
    assert _gedood_na(g, "bewaar", "opschonen", "--peildatum", PEIL, "--uitvoeren") == 9
    assert g.json("historie", "P0001")["naam"] in (None, "")  # geanonimiseerd en bewaard
    assert brief.is_file() and concept.is_file()  # nog niet verwijderd: dat komt na het bewaren
    assert [r[2:4] for r in _logboek(g) if r[2] == "opschonen"] == [["opschonen", "P0001"]]

    proef = g.json("opschonen", "--peildatum", PEIL)
    assert proef["personen"] == [] and proef["achtergebleven"] == [brief.name, concept.name]
    assert proef["brieven_zonder_maatregel"] == []  # een brief van een geanonimiseerde persoon, geen wees
    tekst = g.ok("opschonen", "--peildatum", PEIL)
    assert "2 bestanden (brieven en e-mailconcepten) van al geanonimiseerde personen" in tekst
    assert "--uitvoeren verwijdert ze" in tekst and brief.is_file()

    voor = g.register.read_bytes()
    uitkomst = g.json("opschonen", "--peildatum", PEIL, "--uitvoeren")
    assert uitkomst["verwijderde_brieven"] == [brief.name] and uitkomst["verwijderde_concepten"] == [concept.name]
    assert not brief.exists() and not concept.exists()
    assert recent.is_file() and recent_concept.is_file()
    assert g.register.read_bytes() == voor  # niets meer te anonimiseren: het register wordt niet herschreven
    assert g.json("opschonen", "--peildatum", PEIL, "--uitvoeren")["achtergebleven"] == []


def test_opschonen_gedood_voor_het_bewaren_verwijdert_niets(gtb):
    """3.3 punt 5, de andere kant: gedood vlak vóór het bewaren (het geanonimiseerde register is er nog niet) zijn
    alle bestanden er nog en is het register ongewijzigd, cel voor cel."""
    _, brief, concept = _met_brief_en_concept(gtb, "Oud Persoon", "2020-03-02")
    cellen = _cellen(gtb.register)
    assert _gedood_na(gtb, "_schrijf_alleen_wijzigingen", "opschonen", "--peildatum", PEIL, "--uitvoeren") == 9
    assert brief.is_file() and concept.is_file() and _cellen(gtb.register) == cellen


# --- het logboek klopt met het register, ook na een kill tussen register en logboek ------------------------------
def test_opschonen_gedood_tussen_register_en_logboek_komt_toch_in_het_logboek(gtb):
    """3.3, Must show: "the log matches the register". Het logboek wordt na het register geschreven (2.5); gedood
    precies daartussen stond de anonimisering in het register zonder regel. Nu maakt de volgende die het slot neemt
    de regel af, precies één keer."""
    _, brief, concept = _met_brief_en_concept(gtb, "Oud Persoon", "2020-03-02")
    assert _gedood_na(gtb, "vervang", "opschonen", "--peildatum", PEIL, "--uitvoeren",
                      waar="agressie_cli.opslag.excel.opslag") == 9  # fmt: skip
    assert gtb.json("historie", "P0001")["naam"] in (None, "")
    assert [r for r in _logboek(gtb) if r[2] == "opschonen"] == []  # nog niet: het proces was weg
    gtb.json("opschonen", "--peildatum", PEIL, "--uitvoeren")  # neemt het slot
    assert [r[2:4] for r in _logboek(gtb) if r[2] == "opschonen"] == [["opschonen", "P0001"]]
    assert not brief.exists() and not concept.exists()
    gtb.meld(naam="Nog Iemand", kanaal="balie", ernst="licht")
    assert [r[2:4] for r in _logboek(gtb) if r[2] == "opschonen"] == [["opschonen", "P0001"]]  # niet dubbel


def test_herstel_gedood_tussen_terugzetten_en_logboek_komt_toch_in_het_logboek(gemeente):
    """3.3 punt 4 met een kill: teruggezet, gedood vóór de regel in het logboek; de volgende schrijfactie zet de
    regel erin (vóór die van zichzelf), precies één keer."""
    g = gemeente
    g.meld(naam="Jan de Vries", kanaal="balie", **KLASSE[g.map.name])
    g.meld(naam="Piet Jansen", kanaal="balie", **KLASSE[g.map.name])
    kopie = g.ok("herstel", "--lijst").splitlines()[2].split()[1]
    assert _gedood_na(g, "kopieer_terug", "herstel", "1", waar="agressie_cli.opslag.excel.reservekopieen") == 9
    assert [r["naam"] for r in g.json("lijst")] == ["Jan de Vries"]  # teruggezet
    assert [r for r in _logboek(g) if r[2] == "herstel"] == []
    g.meld(naam="Kees Bakker", kanaal="balie", **KLASSE[g.map.name])
    acties = [r[2:4] for r in _logboek(g)]
    # 2026-0002 was al uitgegeven (het logboek noemt het): een nummer komt nooit terug, ook niet na herstel (3.3 punt 3).
    assert acties[-2:] == [["herstel", kopie], ["melden", "2026-0003"]]
    assert acties.count(["herstel", kopie]) == 1


def test_een_mislukte_schrijfactie_laat_geen_regel_klaarstaan(gtb, monkeypatch):
    """2.5 blijft: mislukt het vervangen van het register, dan komt er ook later geen regel voor die schrijfactie."""
    gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="licht")

    def weigert(bron, doel, *args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("agressie_cli.opslag.excel.opslag.vervang", weigert)
    assert gtb.run("melden", "--naam", "Piet Jansen", "--kanaal", "balie", "--ernst", "licht").exit_code == 1
    monkeypatch.undo()
    gtb.meld(naam="Kees Bakker", kanaal="balie", ernst="licht")
    assert [r[2:4] for r in _logboek(gtb)] == [["melden", "2026-0001"], ["melden", "2026-0002"]]
    assert not (gtb.map / "logboek.csv.onderweg").exists()


# --- 3.3 punt 13: half gemaakte brieven van een gestopte brief ---------------------------------------------------
def _brief_gedood_tijdens_het_vullen(g, nummer: str) -> int:
    """`brief` gedood terwijl de brief gevuld is maar het register nog niet bewaard (de brief staat onder zijn
    tijdelijke naam, met de achternaam erin)."""
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, sys\n"
            "from agressie_cli.documenten.brieven import maken\n"
            "echt = maken.render\n"
            "def gedood(*a, **k):\n"
            "    echt(*a, **k)\n"
            "    os._exit(9)\n"
            "maken.render = gedood\n"
            "from agressie_cli.cli import main\n"
            "sys.argv = ['agressie', *sys.argv[1:]]\n"
            "main()",
            "--map",
            str(g.map),
            "brief",
            nummer,
        ],
        capture_output=True,
    ).returncode


def _maak_oud(pad: Path, uren: float) -> None:
    tijd = (datetime.now() - timedelta(hours=uren)).timestamp()
    os.utime(pad, (tijd, tijd))


def test_een_volgende_schrijfactie_ruimt_half_gemaakte_brieven_op(gemeente):
    """3.3 punt 13: "Half-made letters of a killed `brief` (surname in the file name, personal data inside) wait for
    `opschonen --uitvoeren`; the next write under the lock removes them." Een brief die nog jong is, kan van een
    collega zijn die nu een brief maakt: die blijft staan."""
    g = gemeente
    nummer = g.meld(
        naam="Jan Oude Groote", kanaal="balie", tijd="10:30", brieftekst="U schreeuwde.", **ADRES, **KLASSE[g.map.name]
    )
    voor = _cellen(g.register)
    assert _brief_gedood_tijdens_het_vullen(g, nummer) == 9
    assert _cellen(g.register) == voor  # de gestopte brief legde niets vast
    [half] = list((g.map / "brieven").iterdir())
    assert ".nieuw-" in half.name and "Oude-Groote" in half.name
    halfvol = half.with_name(f".{half.name}-5e6f7a8b.tmp")  # gedood tijdens het schrijven zelf
    halfvol.write_bytes(half.read_bytes()[:100])
    concept = g.map / "uitgaand" / f".{nummer}-aov.eml-1a2b3c4d.tmp"  # een gestopte `doorsturen`
    concept.parent.mkdir(exist_ok=True)
    concept.write_text("Naam: Jan Oude Groote")
    for pad in (half, halfvol, concept):
        _maak_oud(pad, 2)
    collega = half.with_name(half.name.replace(half.name.split(".nieuw-")[1][:8], "0badcafe"))
    collega.write_bytes(half.read_bytes())  # net gemaakt: misschien nog bezig

    g.json("aanvullen", nummer, "--afdeling", "Burgerzaken")  # een gewone schrijfactie, geen brief en geen opschonen
    assert [p.name for p in (g.map / "brieven").iterdir()] == [collega.name]
    assert not concept.exists()
    _maak_oud(collega, 2)
    g.meld(naam="Iemand Anders", kanaal="telefoon", **KLASSE[g.map.name])
    assert list((g.map / "brieven").iterdir()) == []
    brief = Path(g.json("brief", nummer)["bestand"])  # de brief zelf kan daarna gewoon
    assert brief.is_file() and [p.name for p in brief.parent.iterdir()] == [brief.name]


def test_een_brief_onderweg_naar_zijn_naam_blijft_bij_een_schrijfactie(gtb):
    """Een brief waarvan de maatregel al vastligt (gedood tussen bewaren en plaatsen, '.nieuw-M00001') is geen
    verlaten brief: die zet de volgende `brief` of `opschonen` op zijn plaats, ook als hij oud is."""
    nummer = gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="agressief", tijd="10:30", brieftekst="U.", **ADRES)
    assert _gedood_na(gtb, "bewaar", "brief", nummer) == 9
    [onderweg] = list((gtb.map / "brieven").iterdir())
    assert ".nieuw-M00001" in onderweg.name
    _maak_oud(onderweg, 2)
    gtb.meld(naam="Iemand Anders", kanaal="telefoon", ernst="licht")
    assert onderweg.is_file()


# --- de killtest ---------------------------------------------------------------------------------------------------
def _stand(g) -> tuple[list, list, list]:
    r = ExcelOpslag(g.register, None, cache=False).lees()  # gooit een fout als het bestand stuk is
    return r.incidenten, r.personen, r.maatregelen


def _nummers(rijen: list[dict], sleutel: str) -> list[str]:
    return [str(r[sleutel]) for r in rijen]


@pytest.mark.traag
@pytest.mark.skipif(os.name == "nt", reason="SIGKILL bestaat niet op Windows")
def test_opschonen_en_herstel_hard_afgebroken(gtb):
    """3.3, Must show: "A kill test for `opschonen` and `herstel` like the one for `brief`: SIGKILL at random points,
    then the register opens, nothing committed is lost, the log matches the register, a rerun completes."
    Het logboek klopt nadat iemand het slot nam (die maakt de regels van een gedode schrijfactie af)."""
    willekeur = random.Random(20261207)
    for ronde in range(12):
        nummer, brief, concept = _met_brief_en_concept(gtb, f"Oud Persoon {ronde}", f"2019-{ronde + 1:02d}-02")
        incidenten, _, maatregelen = _stand(gtb)
        p = _agressie(gtb, "opschonen", "--peildatum", PEIL, "--uitvoeren")
        time.sleep(willekeur.uniform(0.3, 1.5))
        p.send_signal(signal.SIGKILL)
        p.wait(timeout=60)
        na_incidenten, personen, na_maatregelen = _stand(gtb)
        # niets wat vastlag is kwijt: dezelfde nummers, dezelfde maatregelen, dezelfde datums
        assert _nummers(na_incidenten, "incident") == _nummers(incidenten, "incident")
        assert _nummers(na_maatregelen, "maatregel") == _nummers(maatregelen, "maatregel")
        assert [i["datum"] for i in na_incidenten] == [i["datum"] for i in incidenten]
        wie = next(i["persoon"] for i in na_incidenten if i["incident"] == nummer)
        persoon = next(x for x in personen if x["persoon"] == wie)
        if not persoon.get("geanonimiseerd"):  # nooit: de persoon staat er nog en zijn brieven zijn weg
            assert brief.is_file() and concept.is_file()
        geanonimiseerd = {x["persoon"] for x in personen if x.get("geanonimiseerd")}
        with ExcelOpslag(gtb.register, None).slot():  # wie het slot neemt, maakt het logboek van een gedode af
            pass
        opgeschoond = [r[3] for r in _logboek(gtb) if r[2] == "opschonen"]
        assert sorted(opgeschoond) == sorted(geanonimiseerd)  # het logboek klopt precies met het register
        # de volgende maakt het af
        assert gtb.json("opschonen", "--peildatum", PEIL, "--uitvoeren")["uitgevoerd"] is True
        assert not brief.exists() and not concept.exists()
        personen = _stand(gtb)[1]
        assert all(x.get("geanonimiseerd") and not x.get("naam") for x in personen)
        assert sorted(r[3] for r in _logboek(gtb) if r[2] == "opschonen") == sorted(x["persoon"] for x in personen)

    # herstel: het register is na een kill het oude of de teruggezette kopie, nooit iets anders of kapot
    kopieen = [
        r.split()[1]
        for r in gtb.ok("herstel", "--lijst").splitlines()
        if r.split()[:1] != [] and r.split()[0].isdigit()
    ]
    for _ in range(12):
        voor = _stand(gtb)
        herstel_voor = [r for r in _logboek(gtb) if r[2].startswith("herstel")]
        keuze = willekeur.choice(kopieen[:10])
        kopie = ExcelOpslag(gtb.map / "reservekopieen" / keuze, None, cache=False).lees()
        p = _agressie(gtb, "herstel", keuze, "--ja")
        time.sleep(willekeur.uniform(0.3, 1.1))
        p.send_signal(signal.SIGKILL)
        p.wait(timeout=60)
        na = _stand(gtb)
        teruggezet = (kopie.incidenten, kopie.personen, kopie.maatregelen)
        assert na in (voor, teruggezet)
        with ExcelOpslag(gtb.register, None).slot():
            pass
        regels = [r for r in _logboek(gtb) if r[2].startswith("herstel")]
        if na != voor:  # teruggezet: dan ook precies één regel erbij, en andersom
            assert len(regels) == len(herstel_voor) + 1 and regels[-1][3] == keuze
        else:
            assert len(regels) in (len(herstel_voor), len(herstel_voor) + 1)  # een kopie gelijk aan het register
        gtb.ok("herstel", keuze, "--ja")  # de volgende lukt
        assert _stand(gtb) == teruggezet and _logboek(gtb)[-1][2:4] in (
            ["herstel", keuze],
            ["herstel na opschonen", keuze],
        )
    # Het slot van een gedood proces houdt de volgende gebruiker niet tegen, en er blijft geen tijdelijk bestand.
    gtb.meld(naam="Na de storing", kanaal="balie", ernst="licht")
    assert not [p for p in gtb.map.iterdir() if p.name.endswith(".tmp")]
