"""Issue 2.5: wat een aanval vond in het register, het logboek, opschonen en herstel. Elke test faalde vóór de fix."""

from __future__ import annotations

import errno
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from agressie_cli.documenten.brieven.render import docx_tekst
from agressie_cli.opslag.excel import ExcelOpslag


def _oud_incident_met_maatregel(g) -> None:
    nummer = g.meld(naam="Oud Persoon", kanaal="balie", ernst="agressief", datum="2020-03-01")
    g.ok("maatregel", nummer, "--soort", "waarschuwing", "--datum", "2020-03-02")


def _zet_brief_kolom(g, waarde: str) -> None:
    wb = openpyxl.load_workbook(g.register)
    ws = wb["Maatregelen"]
    kolom = [c.value for c in ws[1]].index("Brief") + 1
    ws.cell(row=2, column=kolom, value=waarde)
    wb.save(g.register)


@pytest.mark.parametrize("soort", ["relatief", "absoluut"])
def test_opschonen_verwijdert_alleen_brieven_in_de_briefmap(gtb, tmp_path, soort):
    """Met '../agressie.toml' of een volledig pad in de kolom Brief verwijderde opschonen dat bestand."""
    _oud_incident_met_maatregel(gtb)
    buiten = tmp_path / "buiten" / "belangrijk.docx"
    buiten.parent.mkdir()
    buiten.write_text("niet van agressie")
    _zet_brief_kolom(gtb, "../agressie.toml" if soort == "relatief" else str(buiten))
    (gtb.map / "brieven").mkdir(exist_ok=True)
    uitkomst = gtb.json("opschonen", "--peildatum", "2026-11-23", "--uitvoeren")
    assert uitkomst["uitgevoerd"] is True and uitkomst["verwijderde_brieven"] == []
    assert (gtb.map / "agressie.toml").is_file() and buiten.is_file()
    persoon = next(p for p in ExcelOpslag(gtb.register, None).lees().personen if p["persoon"] == "P0001")
    assert persoon.get("naam") is None  # het opschonen zelf ging door


def _kopieen(g) -> list[tuple[str, str, int]]:
    """(nummer, bestand, incidenten) uit de tabel van `herstel --lijst`."""
    rijen = []
    for regel in g.ok("herstel", "--lijst").splitlines():
        delen = regel.split()
        if delen and delen[0].isdigit():
            rijen.append((delen[0], delen[1], int(delen[7])))
    return rijen


def test_herstel_van_de_oudste_kopie_werkt(gtb):
    """Met 30 kopieën gooide `herstel 30` de gekozen kopie weg vóór het terugzetten (FileNotFoundError)."""
    for dag in range(1, 32):
        gtb.meld(naam=f"Persoon {dag}", kanaal="balie", ernst="licht", datum=f"2026-10-{dag:02d}")
    kopieen = _kopieen(gtb)
    assert len(kopieen) == 30
    nummer, _, incidenten = kopieen[-1]
    uitkomst = gtb.run("herstel", nummer)
    assert uitkomst.exit_code == 0, uitkomst.output
    assert "onverwachte fout" not in uitkomst.output
    assert len(gtb.json("lijst")) == incidenten == 1


def test_herstel_kent_geen_verschil_in_hoofdletters(gtb):
    gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="licht")
    gtb.meld(naam="Piet Jansen", kanaal="balie", ernst="licht")
    naam = _kopieen(gtb)[0][1]
    uitkomst = gtb.run("herstel", naam.upper())
    assert uitkomst.exit_code == 0, uitkomst.output
    assert len(gtb.json("lijst")) == 1


def test_logboek_maakt_van_een_gebruikersnaam_nooit_een_formule(gtb, monkeypatch):
    monkeypatch.setattr("getpass.getuser", lambda: "=cmd|' /C calc'!A0")
    gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="licht")
    regels = (gtb.map / "logboek.csv").read_text(encoding="utf-8-sig").splitlines()
    assert regels[-1].split(";")[1] == "'=cmd|' /C calc'!A0"


def test_logboek_alleen_na_het_opslaan(gtb, monkeypatch):
    """Een mislukte vervanging liet een logregel achter voor een nummer dat daarna opnieuw werd uitgegeven."""
    gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="licht")
    logboek = (gtb.map / "logboek.csv").read_text(encoding="utf-8-sig")
    voor = gtb.momentopname()

    def weigert(bron, doel, *args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("agressie_cli.opslag.excel.opslag.vervang", weigert)
    uitkomst = gtb.run("melden", "--naam", "Piet Jansen", "--kanaal", "balie", "--ernst", "licht")
    assert uitkomst.exit_code != 0 and "Er is niets gewijzigd" in uitkomst.output
    assert (gtb.map / "logboek.csv").read_text(encoding="utf-8-sig") == logboek
    assert gtb.momentopname() == voor


def test_mislukt_logboek_na_opslaan_zegt_niet_dat_er_niets_gewijzigd_is(gtb, monkeypatch):
    """Anders probeert een script het opnieuw en staat het incident er twee keer in."""

    def vol(self, register, kopie_vooraf=None):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(ExcelOpslag, "_schrijf_logboek", vol)
    uitkomst = gtb.run("melden", "--naam", "Piet Jansen", "--kanaal", "balie", "--ernst", "licht")
    assert uitkomst.exit_code != 0
    assert "is opgeslagen" in uitkomst.output and "niets gewijzigd" not in uitkomst.output
    monkeypatch.undo()
    assert [r["naam"] for r in gtb.json("lijst")] == ["Piet Jansen"]


def test_windows_uitvoer_in_cp1252_meldt_geen_fout_na_het_opslaan(gtb):
    """Een pijp op Windows krijgt cp1252: 'Łukasz' bestond niet in die tekenset, het incident werd bewaard en
    daarna kwam exit 1 met 'onverwachte fout'; een script probeerde opnieuw en meldde het dubbel."""
    env = dict(os.environ, PYTHONIOENCODING="cp1252", AGRESSIE_MAP=str(gtb.map))
    opdracht = [sys.executable, "-m", "agressie_cli", "melden", "--naam", "Łukasz Wróbel", "--kanaal", "balie"]
    uitkomst = subprocess.run([*opdracht, "--ernst", "licht"], capture_output=True, env=env)
    assert uitkomst.returncode == 0, uitkomst.stderr.decode("cp1252", "replace")
    assert b"Incident 2026-0001 geregistreerd" in uitkomst.stdout
    lijst = subprocess.run([sys.executable, "-m", "agressie_cli", "lijst", "--json"], capture_output=True, env=env)
    assert lijst.returncode == 0
    assert [r["naam"] for r in json.loads(lijst.stdout.decode("utf-8"))] == ["Łukasz Wróbel"]


def test_wie_op_het_slot_wacht_hoort_op_wie(gtb):
    """2.5: bij 40 gelijktijdige gebruikers wachtte iemand 57 s zonder iets te zien."""
    houder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from filelock import FileLock; from pathlib import Path\n"
            "slot = FileLock(sys.argv[1] + '.lock'); slot.acquire()\n"
            "Path(sys.argv[1] + '.lock.wie').write_text('mjansen', encoding='utf-8')\n"
            "print('vast', flush=True); time.sleep(2.5); slot.release()",
            str(gtb.register),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert houder.stdout is not None and houder.stdout.readline().strip() == "vast"
    env = dict(os.environ, AGRESSIE_MAP=str(gtb.map))
    opdracht = [sys.executable, "-m", "agressie_cli", "melden", "--naam", "Jan de Vries", "--kanaal", "balie"]
    uitkomst = subprocess.run([*opdracht, "--ernst", "licht"], capture_output=True, text=True, env=env)
    houder.wait()
    assert uitkomst.returncode == 0, uitkomst.stderr
    assert "Wacht op mjansen" in uitkomst.stderr
    assert "Incident 2026-0001 geregistreerd" in uitkomst.stdout


def _bewerk(g, bewerking) -> None:
    wb = openpyxl.load_workbook(g.register)
    bewerking(wb)
    wb.save(g.register)


def _hernoem_kop(blad: str, oud: str, nieuw: str):
    def bewerking(wb):
        ws = wb[blad]
        ws.cell(row=1, column=[c.value for c in ws[1]].index(oud) + 1, value=nieuw)

    return bewerking


def _zet_nummer(blad: str, rij: int, waarde: str):
    def bewerking(wb):
        wb[blad].cell(row=rij, column=1, value=waarde)

    return bewerking


def _verwijder_blad(blad: str):
    def bewerking(wb):
        del wb[blad]

    return bewerking


@pytest.mark.parametrize(
    "bewerking, melding",
    [
        (_hernoem_kop("Incidenten", "Incident", "Nummer"), "Op het blad Incidenten ontbreekt de kolom 'Incident'"),
        (_hernoem_kop("Personen", "Naam", "Volledige naam"), "Op het blad Personen ontbreekt de kolom 'Naam'"),
        (_verwijder_blad("Personen"), "Het blad Personen ontbreekt"),
        (_zet_nummer("Incidenten", 3, "2026-0001"), "nummer 2026-0001 meer dan één keer"),
        (_zet_nummer("Incidenten", 3, "2026.0002"), "ongeldig nummer: '2026.0002'"),
        (_zet_nummer("Personen", 3, "P0001"), "Op het blad Personen staat nummer P0001 meer dan één keer"),
    ],
)
def test_handbewerking_die_gegevens_verkeerd_koppelt_weigert_schrijven(gtb, bewerking, melding):
    """2.5: na 'Incident' -> 'Nummer' kreeg het volgende melden 2026-0001 opnieuw en erfde het M00001; zonder blad
    Personen kreeg een nieuwe persoon P0001 en daarmee de incidenten van Jan de Vries."""
    eerste = gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="agressief", datum="2026-11-02")
    gtb.ok("maatregel", eerste, "--soort", "waarschuwing", "--datum", "2026-11-03")
    gtb.meld(naam="Piet Jansen", kanaal="balie", ernst="licht", datum="2026-11-04")
    _bewerk(gtb, bewerking)
    voor = gtb.register.read_bytes()
    uitkomst = gtb.run("melden", "--naam", "Kees Bakker", "--kanaal", "balie", "--ernst", "licht")
    assert uitkomst.exit_code == 2, uitkomst.output
    assert melding in uitkomst.output and "er is niets gewijzigd" in uitkomst.output
    assert "Traceback" not in uitkomst.output
    assert gtb.register.read_bytes() == voor
    if "blad Personen ontbreekt" not in melding:  # lezen gaat door, en zegt wat er mis is
        lezen = gtb.run("lijst")
        assert lezen.exit_code == 0 and melding in lezen.output


def _meld_een_paar(g) -> None:
    g.meld(naam="Jan de Vries", kanaal="balie", ernst="agressief", datum="2026-11-02")
    g.meld(naam="Fatima el Amrani", kanaal="telefoon", ernst="licht", datum="2026-11-03")


def test_omgezette_bits_in_de_snelle_kopie_geven_nooit_stil_iets_anders(gtb):
    """2.5: 13 van 300 willekeurig omgezette bits gaven stil een verkeerde `lijst`."""
    _meld_een_paar(gtb)
    verwacht = gtb.json("lijst")
    cache = gtb.map / "register.xlsx.cache"
    assert cache.is_file()
    origineel = cache.read_bytes()
    for positie in range(0, len(origineel), max(1, len(origineel) // 150)):
        data = bytearray(origineel)
        data[positie] ^= 0x10
        cache.write_bytes(bytes(data))
        assert gtb.json("lijst") == verwacht, positie


def test_een_kopie_die_laadt_maar_niet_decodeert_wordt_opnieuw_gemaakt(gtb):
    """2.5: zo'n kopie liet elk commando falen tot iemand hem met de hand verwijderde."""
    from agressie_cli.opslag.excel import snelle_kopie

    _meld_een_paar(gtb)
    verwacht = gtb.json("lijst")
    cache = gtb.map / "register.xlsx.cache"
    bron = io.BytesIO(cache.read_bytes())
    kop = snelle_kopie._lees_record(bron)
    bladen = []
    while bron.tell() < len(bron.getbuffer()):
        naam, velden, kolommen, afwijkingen, foutvelden = snelle_kopie._lees_record(bron)
        # Een kolom die in elke rij leeg is, staat er sinds formaat 7 als het aantal rijen (een getal).
        kolommen = [
            ["geen datum"] * (k if isinstance(k, int) else len(k)) if t == "datum" else k
            for (_, t), k in zip(velden, kolommen, strict=True)
        ]
        bladen.append((naam, velden, kolommen, afwijkingen, foutvelden))
    uit = io.BytesIO()
    for record in (kop, *bladen):
        snelle_kopie._schrijf_record(uit, record)
    cache.write_bytes(uit.getvalue())
    assert gtb.json("lijst") == verwacht
    assert gtb.json("lijst") == verwacht  # en de kopie is weer heel


@pytest.mark.parametrize("cel", ["XFD1048576", "A1048576", "ZZZ2"])
def test_een_verre_cel_laat_niets_vastlopen_en_herstel_werkt(gtb, cel):
    """2.5: een waarde in XFD1048576 liet python-calamine 549 GB reserveren; elk commando, herstel ook, stopte met
    een Rust-backtrace (exit 134)."""
    _meld_een_paar(gtb)
    _bewerk(gtb, lambda wb: wb["Incidenten"].__setitem__(cel, "x"))
    (gtb.map / "register.xlsx.cache").unlink(missing_ok=True)
    env = dict(os.environ, AGRESSIE_MAP=str(gtb.map))
    lijst = subprocess.run([sys.executable, "-m", "agressie_cli", "lijst"], capture_output=True, text=True, env=env)
    assert lijst.returncode == 1 and "reikt te ver" in lijst.stderr and "Traceback" not in lijst.stderr
    herstel = subprocess.run([sys.executable, "-m", "agressie_cli", "herstel"], capture_output=True, text=True, env=env)
    assert herstel.returncode == 0, herstel.stderr
    assert "reikt te ver" not in herstel.stderr
    assert len(gtb.json("lijst")) == 1  # de nieuwste kopie is van vóór het tweede melden


def _meld_voor_brief(g, naam: str) -> str:
    adres = {"adres": "Markt 12", "postcode": "4941 AB", "woonplaats": "Raamsdonksveer", "tijd": "10:30"}
    return g.meld(naam=naam, kanaal="balie", ernst="agressief", datum="2026-11-02", brieftekst="U schreeuwde.", **adres)


def test_een_achtergebleven_brief_zonder_maatregel_blokkeert_niet(gtb):
    """2.5: een afgebroken `brief` (gevuld vóór het register bewaard was) liet een brief zonder maatregel achter;
    het volgende `brief` zei 'bestaat al'. Hier nagebootst met herstel naar de stand van vóór de brief."""
    nummer = _meld_voor_brief(gtb, "Jan de Vries")
    eerste = gtb.json("brief", nummer, "--datum", "2026-11-03")
    gtb.ok("herstel", "1")  # de kopie van vlak vóór de brief: de brief blijft staan, de maatregel is weg
    assert gtb.json("historie", "P0001")["maatregelen"] == []
    tweede = gtb.json("brief", nummer, "--datum", "2026-11-03")
    assert tweede["bestand"] == eerste["bestand"] and tweede["nieuw"] is True
    assert [m["maatregel"] for m in gtb.json("historie", "P0001")["maatregelen"]] == [tweede["maatregel"]]
    # Een brief die wel bij een maatregel hoort, blijft beschermd.
    fout = gtb.run("brief", nummer, "--datum", "2026-11-03")
    assert fout.exit_code == 2 and "bestaat al" in fout.output and "Vries" not in fout.output


def test_opschonen_zonder_iets_op_te_schonen_schrijft_niets(gtb):
    """2.5: het register werd toch herschreven en gebruikte een van de 30 plaatsen voor reservekopieën."""
    _meld_een_paar(gtb)
    voor = gtb.register.read_bytes()
    kopieen = sorted((gtb.map / "reservekopieen").iterdir())
    uitkomst = gtb.json("opschonen", "--peildatum", "2026-11-23", "--uitvoeren")
    assert uitkomst["personen"] == [] and uitkomst["uitgevoerd"] is True
    assert gtb.register.read_bytes() == voor
    assert sorted((gtb.map / "reservekopieen").iterdir()) == kopieen


def test_herstel_haalt_niet_stil_opgeschoonde_gegevens_terug(gtb, monkeypatch):
    """2.5: een gewone `herstel` na `opschonen` zette stil de namen terug."""
    _oud_incident_met_maatregel(gtb)
    gtb.json("opschonen", "--peildatum", "2026-11-23", "--uitvoeren")
    voor = gtb.register.read_bytes()
    uitkomst = gtb.run("herstel")
    assert uitkomst.exit_code == 2 and "vóór een 'opschonen'" in uitkomst.output and "--ja" in uitkomst.output
    assert gtb.register.read_bytes() == voor
    monkeypatch.setattr("agressie_cli.cli.registreren.interactief", lambda: True)
    nee = gtb.run("herstel", invoer="n\n")
    assert nee.exit_code == 2 and gtb.register.read_bytes() == voor
    monkeypatch.undo()
    gtb.ok("herstel", "--ja")
    assert gtb.json("historie", "P0001")["naam"] == "Oud Persoon"


@pytest.mark.parametrize("commando", ["rapport", "herstel", "brief"])
def test_schijf_vol_geeft_een_nederlandse_melding(gtb, monkeypatch, commando):
    """2.5: schijf vol of alleen-lezen gaf bij brief, rapport en herstel 'onverwachte fout' (rapport met traceback)."""
    _meld_een_paar(gtb)
    nummer = _meld_voor_brief(gtb, "Karin Bos")
    voor = gtb.register.read_bytes()

    def vol(bron, doel, *args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", str(doel))

    monkeypatch.setattr("agressie_cli.domein.bestanden.vervang", vol)
    args = {
        "rapport": ["rapport", "--kwartaal", "2026-Q4"],
        "herstel": ["herstel"],
        "brief": ["brief", nummer, "--datum", "2026-11-03"],
    }[commando]
    uitkomst = gtb.run(*args)
    assert uitkomst.exit_code == 1, uitkomst.output
    assert "de schijf is vol" in uitkomst.output and "onverwachte fout" not in uitkomst.output
    assert "Traceback" not in uitkomst.output
    assert gtb.register.read_bytes() == voor
    assert not list(gtb.map.rglob("*.tmp")) and not list(gtb.map.rglob("*.nieuw-*"))


def test_foutmeldingen_herhalen_geen_persoonsgegevens(gtb):
    """2.5: het --email-adres, de zoekterm en celwaarden van het blad Personen stonden in de foutmelding."""
    uitkomst = gtb.run("melden", "--naam", "Jan de Vries", "--kanaal", "balie", "--ernst", "licht", "--email", "jan@@x")
    assert uitkomst.exit_code == 2 and "--email" in uitkomst.output and "jan@@x" not in uitkomst.output
    uitkomst = gtb.run("historie", "Fatima el Amrani")
    assert uitkomst.exit_code == 2 and "Amrani" not in uitkomst.output
    _meld_een_paar(gtb)
    _bewerk(gtb, lambda wb: wb["Personen"].__setitem__("C2", "geboren in de zomer"))
    lezen = gtb.run("lijst")
    assert "Blad Personen, rij 2" in lezen.output and "zomer" not in lezen.output


def test_opschonen_ruimt_brieven_zonder_maatregel_op(gtb):
    """2.5: een afgebroken `brief` liet een brief met persoonsgegevens achter die `opschonen` nooit weghaalde."""
    nummer = _meld_voor_brief(gtb, "Jan de Vries")
    wees = gtb.json("brief", nummer, "--datum", "2026-11-03")["bestand"]
    gtb.ok("herstel", "1")  # de maatregel is weg, de brief staat er nog: een wees
    tweede = _meld_voor_brief(gtb, "Piet Jansen")
    echt = gtb.json("brief", tweede, "--datum", "2026-11-03")["bestand"]
    eigen = gtb.map / "brieven" / "notitie van de coördinator.docx"
    eigen.write_text("van de gemeente zelf")
    proef = gtb.json("opschonen", "--peildatum", "2026-11-23")
    assert proef["brieven_zonder_maatregel"] == [Path(wees).name]
    assert Path(wees).is_file()
    gtb.json("opschonen", "--peildatum", "2026-11-23", "--uitvoeren")
    assert not Path(wees).exists() and Path(echt).is_file() and eigen.is_file()


def test_een_gedode_brief_laat_niets_achter_onder_de_naam_van_een_brief(gtb):
    """2.5 punt 8: de brief werd gevuld onder zijn eigen naam vóór het register bewaard was. Nu staat hij tot het
    bewaren onder een tijdelijke naam; wordt het proces daartussen gedood, dan blokkeert niets en ruimt `opschonen`
    de rest op."""
    nummer = _meld_voor_brief(gtb, "Jan de Vries")
    voor = gtb.register.read_bytes()
    gedood = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, sys\n"
            "from agressie_cli.opslag.excel import ExcelOpslag\n"
            "ExcelOpslag.bewaar = lambda self, register: os._exit(9)  # gedood vlak voor het bewaren\n"
            "from agressie_cli.cli import main\n"
            "sys.argv = ['agressie', *sys.argv[1:]]\n"
            "main()",
            "--map",
            str(gtb.map),
            "brief",
            nummer,
            "--datum",
            "2026-11-03",
        ],
        capture_output=True,
    )
    assert gedood.returncode == 9
    assert gtb.register.read_bytes() == voor
    achtergebleven = sorted(p.name for p in (gtb.map / "brieven").iterdir())
    assert len(achtergebleven) == 1 and ".nieuw-" in achtergebleven[0]
    assert gtb.json("opschonen", "--peildatum", "2026-11-23")["brieven_zonder_maatregel"] == achtergebleven
    brief = gtb.json("brief", nummer, "--datum", "2026-11-03")
    assert Path(brief["bestand"]).is_file() and ".nieuw-" not in brief["bestand"]
    gtb.json("opschonen", "--peildatum", "2026-11-23", "--uitvoeren")
    assert sorted(p.name for p in (gtb.map / "brieven").iterdir()) == [Path(brief["bestand"]).name]


def test_overschrijven_vervangt_de_oude_brief_pas_als_de_nieuwe_maatregel_vastligt(gtb, monkeypatch):
    """2.5 punt 8: `brief --overschrijven` schreef de nieuwe brief over de oude heen vóór het register bewaard was;
    mislukte het bewaren, dan hoorde de brief op schijf bij geen enkele maatregel meer."""
    nummer = _meld_voor_brief(gtb, "Jan de Vries")
    eerste = gtb.json("brief", nummer, "--datum", "2026-11-03")
    oud = Path(eerste["bestand"]).read_bytes()
    voor = gtb.register.read_bytes()

    def mislukt(self, register):
        raise OSError(errno.EACCES, "Permission denied", str(self.pad))

    monkeypatch.setattr(ExcelOpslag, "bewaar", mislukt)
    uitkomst = gtb.run("brief", nummer, "--datum", "2026-11-05", "--overschrijven")
    assert uitkomst.exit_code == 1 and "Traceback" not in uitkomst.output
    assert Path(eerste["bestand"]).read_bytes() == oud and gtb.register.read_bytes() == voor
    assert sorted(p.name for p in (gtb.map / "brieven").iterdir()) == [Path(eerste["bestand"]).name]
    monkeypatch.undo()
    tweede = gtb.json("brief", nummer, "--datum", "2026-11-05", "--overschrijven")
    assert "5 november 2026" in docx_tekst(Path(tweede["bestand"]))


def test_een_brief_die_open_staat_in_word_wordt_niet_vervangen(gtb):
    """2.5 (Windows): een brief die open staat in Word kan niet vervangen worden; dat gaf na het bewaren van de
    nieuwe maatregel een fout. Nu zegt agressie vooraf wie hem open heeft en wijzigt niets."""
    nummer = _meld_voor_brief(gtb, "Jan de Vries")
    brief = Path(gtb.json("brief", nummer, "--datum", "2026-11-03")["bestand"])
    eigenaar = brief.with_name("~$" + brief.name[2:])  # zo noemt Word zijn eigenaarsbestand bij een lange naam
    eigenaar.write_bytes(
        bytes([7]) + b"mjansen" + bytes(46) + (7).to_bytes(2, "little") + "mjansen".encode("utf-16-le")
    )
    voor = gtb.register.read_bytes()
    uitkomst = gtb.run("brief", nummer, "--datum", "2026-11-05", "--overschrijven")
    assert uitkomst.exit_code == 1 and "geopend door mjansen" in uitkomst.output
    assert "niets gewijzigd" in uitkomst.output and gtb.register.read_bytes() == voor
    assert "Vries" not in uitkomst.output  # de bestandsnaam bevat de achternaam: niet in een foutmelding (AVG)
    eigenaar.unlink()
    gtb.ok("brief", nummer, "--datum", "2026-11-05", "--overschrijven")


def test_lukt_het_plaatsen_van_de_brief_niet_dan_zegt_agressie_dat_de_maatregel_vastligt(gtb, monkeypatch):
    """2.5 (Windows): een virusscanner of Word houdt de oude brief vast. De maatregel ligt dan al vast: de melding
    zegt dat, noemt waar de nieuwe brief staat en vraagt hem niet opnieuw te maken."""
    nummer = _meld_voor_brief(gtb, "Jan de Vries")
    eerste = Path(gtb.json("brief", nummer, "--datum", "2026-11-03")["bestand"])

    def bezet(bron, doel, *args, **kwargs):
        raise PermissionError(13, "The process cannot access the file", str(doel))

    monkeypatch.setattr("agressie_cli.documenten.brieven.maken.vervang", bezet)
    uitkomst = gtb.run("brief", nummer, "--datum", "2026-11-05", "--overschrijven")
    assert uitkomst.exit_code == 1 and "zijn vastgelegd" in uitkomst.output and "niet opnieuw" in uitkomst.output
    assert "niets gewijzigd" not in uitkomst.output
    nieuw = [p for p in eerste.parent.iterdir() if ".nieuw-" in p.name]
    assert len(nieuw) == 1 and nieuw[0].name in uitkomst.output.replace("\n", "")
    assert "5 november 2026" in docx_tekst(nieuw[0])
    geldig = [m for m in gtb.json("historie", "P0001")["maatregelen"] if m["status"] == "geldig"]
    assert [m["datum"] for m in geldig] == ["2026-11-05"]


def test_een_te_lang_pad_voor_windows_geeft_een_melding_en_geen_halve_brief(gtb, monkeypatch):
    """2.5 (Windows): een briefmap diep op een netwerkschijf plus een lange achternaam gaf een pad boven MAX_PATH:
    Windows weigert het bestand met een onduidelijke fout. Nagebootst met WINDOWS = True en een lange map."""
    nummer = _meld_voor_brief(gtb, "Jan de Vries")
    voor = gtb.register.read_bytes()
    monkeypatch.setattr("agressie_cli.domein.bestanden.WINDOWS", True)
    diep = gtb.map / ("Veilige Publieke Taak " * 4).strip() / ("Brieven aan inwoners " * 4).strip() / "2026"
    uitkomst = gtb.run("brief", nummer, "--datum", "2026-11-03", "--uit", str(diep))
    assert uitkomst.exit_code == 2 and "langer dan Windows toestaat" in uitkomst.output and "--uit" in uitkomst.output
    assert gtb.register.read_bytes() == voor
    assert not diep.exists() or not list(diep.iterdir())
    gtb.ok("brief", nummer, "--datum", "2026-11-03")  # de gewone briefmap is kort genoeg


def test_opschonen_noemt_wat_het_niet_kan_opruimen(gtb, tmp_path):
    """2.5 punt 10: een brief die met --uit elders gemaakt was en een rapport met --met-namen bleven na opschonen
    staan zonder dat iemand het wist. De map van de brief staat nu bij de maatregel; opschonen verwijdert buiten de
    briefmap niets, maar noemt het, en noemt de rapporten met namen uit het logboek."""
    nummer = gtb.meld(
        naam="Oud Persoon", kanaal="balie", ernst="agressief", datum="2020-03-01", brieftekst="U schreeuwde.",
        adres="Markt 12", postcode="4941 AB", woonplaats="Raamsdonksveer",
    )  # fmt: skip
    elders = tmp_path / "elders"
    brief = Path(gtb.json("brief", nummer, "--datum", "2020-03-02", "--uit", str(elders))["bestand"])
    assert brief.parent == elders and brief.is_file()
    gtb.ok("rapport", "--kwartaal", "2020-Q1", "--met-namen")
    gtb.ok("rapport", "--kwartaal", "2020-Q2")  # zonder namen: niet genoemd
    proef = gtb.json("opschonen", "--peildatum", "2026-11-23")
    assert proef["niet_opgeschoond"]["brieven_elders"] == []  # proefdraaien: er is nog niets opgeschoond
    uitkomst = gtb.json("opschonen", "--peildatum", "2026-11-23", "--uitvoeren")
    assert uitkomst["niet_opgeschoond"]["brieven_elders"] == [str(brief)]
    assert [r["nummer"] for r in uitkomst["niet_opgeschoond"]["rapporten_met_namen"]] == ["2020-Q1"]
    assert brief.is_file()  # buiten de briefmap verwijdert agressie niets
    logboek = (gtb.map / "logboek.csv").read_text(encoding="utf-8-sig")
    assert "rapport met namen;2020-Q1" in logboek and "Oud Persoon" not in logboek


def test_opschonen_zegt_in_tekst_welke_brieven_en_rapporten_blijven(gtb, tmp_path):
    nummer = gtb.meld(
        naam="Oud Persoon", kanaal="balie", ernst="agressief", datum="2020-03-01", brieftekst="U schreeuwde.",
        adres="Markt 12", postcode="4941 AB", woonplaats="Raamsdonksveer",
    )  # fmt: skip
    brief = Path(gtb.json("brief", nummer, "--datum", "2020-03-02", "--uit", str(tmp_path / "elders"))["bestand"])
    gtb.ok("rapport", "--kwartaal", "2020-Q1", "--met-namen")
    uit = gtb.ok("opschonen", "--peildatum", "2026-11-23", "--uitvoeren")
    assert "buiten de eigen mappen" in uit and str(brief) in uit.replace("\n", "")
    assert "rapport 2020-Q1" in uit and "--met-namen" in uit


def test_een_rapport_dat_open_staat_in_excel_wordt_niet_overschreven(gtb):
    """2.5 (Windows): een rapport dat open staat in Excel gaf pas bij het vervangen een fout; nu vooraf, met wie."""
    _meld_een_paar(gtb)
    rapport = Path(gtb.json("rapport", "--kwartaal", "2026-Q4")["bestand"])
    voor = rapport.read_bytes()
    rapport.with_name("~$" + rapport.name).write_bytes(bytes([7]) + b"mjansen" + bytes(60))
    uitkomst = gtb.run("rapport", "--kwartaal", "2026-Q4", "--overschrijven")
    assert uitkomst.exit_code == 1 and "geopend door mjansen" in uitkomst.output
    assert rapport.read_bytes() == voor


def test_op_windows_wacht_vervangen_tot_een_lezer_het_bestand_loslaat(gtb, monkeypatch):
    """2.5 (Windows): een virusscanner of de verkenner houdt het register kort open; os.replace faalt dan met
    PermissionError. Elke vervanging gaat door de ene atomische schrijfactie, die het op Windows opnieuw probeert.
    Nagebootst met WINDOWS = True en een os.replace die twee keer faalt."""
    monkeypatch.setattr("agressie_cli.domein.bestanden.WINDOWS", True)
    monkeypatch.setattr("agressie_cli.domein.bestanden.time.sleep", lambda s: None)
    echte_replace = os.replace
    pogingen: list[str] = []

    def bezet_bij_de_eerste_twee(bron, doel):
        pogingen.append(str(doel))
        if pogingen.count(str(doel)) <= 2:
            raise PermissionError(32, "The process cannot access the file because it is being used", str(doel))
        echte_replace(bron, doel)

    monkeypatch.setattr("agressie_cli.domein.bestanden.os.replace", bezet_bij_de_eerste_twee)
    nummer = _meld_voor_brief(gtb, "Jan de Vries")
    assert pogingen.count(str(gtb.register)) == 3
    brief = Path(gtb.json("brief", nummer, "--datum", "2026-11-03")["bestand"])
    assert brief.is_file() and pogingen.count(str(brief)) == 3
    monkeypatch.setattr("agressie_cli.domein.bestanden.WINDOWS", False)  # elders geen nieuwe poging: meteen de fout
    pogingen.clear()
    uitkomst = gtb.run("melden", "--naam", "Piet Jansen", "--kanaal", "balie", "--ernst", "licht")
    assert uitkomst.exit_code == 1 and "Traceback" not in uitkomst.output and len(gtb.json("lijst")) == 1


def test_herstel_van_een_beschadigd_register_laat_het_origineel_staan_tot_het_terugzetten(gtb, monkeypatch):
    """2.5: herstel verplaatste het beschadigde register eerst; mislukte het terugzetten daarna, dan was er geen
    register meer (en op Windows lukt verplaatsen niet zolang Excel het open heeft)."""
    _meld_een_paar(gtb)
    gtb.register.write_bytes(b"PK\x03\x04 kapot")

    def vol(bron, doel, *args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", str(doel))

    monkeypatch.setattr("agressie_cli.domein.bestanden.vervang", vol)
    uitkomst = gtb.run("herstel")
    assert uitkomst.exit_code == 1 and "de schijf is vol" in uitkomst.output
    assert gtb.register.read_bytes() == b"PK\x03\x04 kapot"  # er staat nog een register, het beschadigde
    monkeypatch.undo()
    gtb.ok("herstel")
    assert len(gtb.json("lijst")) >= 1


def _brief_gedood_na_het_bewaren(g, *args: str) -> int:
    """`brief` die gedood wordt nadat het register bewaard is, maar vóór de brief onder zijn eigen naam staat."""
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, sys\n"
            "from agressie_cli.opslag.excel import ExcelOpslag\n"
            "bewaar = ExcelOpslag.bewaar\n"
            "def gedood(self, *a, **k):\n"
            "    bewaar(self, *a, **k)\n"
            "    os._exit(9)\n"
            "ExcelOpslag.bewaar = gedood\n"
            "from agressie_cli.cli import main\n"
            "sys.argv = ['agressie', *sys.argv[1:]]\n"
            "main()",
            "--map",
            str(g.map),
            "brief",
            *args,
        ],
        capture_output=True,
    ).returncode


def test_gedood_tussen_bewaren_en_plaatsen_komt_de_nieuwe_brief_alsnog_op_zijn_plaats(gtb):
    """Aanval (SIGKILL op het slechtste moment): de maatregel lag vast, maar onder zijn naam stond de oude brief
    (--overschrijven) of niets; `opschonen` gooide de nieuwe brief daarna weg als 'brief zonder maatregel', en een
    volgende `brief` legde een tweede maatregel vast voor hetzelfde incident."""
    nummer = _meld_voor_brief(gtb, "Jan de Vries")
    eerste = Path(gtb.json("brief", nummer, "--datum", "2026-11-03")["bestand"])
    assert _brief_gedood_na_het_bewaren(gtb, nummer, "--datum", "2026-11-05", "--overschrijven") == 9
    geldig = [m for m in gtb.json("historie", "P0001")["maatregelen"] if m["status"] == "geldig"]
    assert [m["datum"] for m in geldig] == ["2026-11-05"]
    assert gtb.json("opschonen", "--peildatum", "2026-11-23")["brieven_zonder_maatregel"] == []
    gtb.json("opschonen", "--peildatum", "2026-11-23", "--uitvoeren")
    assert [p.name for p in eerste.parent.iterdir()] == [eerste.name]
    assert "5 november 2026" in docx_tekst(eerste)

    # Zonder --overschrijven: de volgende `brief` zet hem op zijn plaats en maakt geen tweede maatregel.
    tweede = _meld_voor_brief(gtb, "Piet Bakker")
    assert _brief_gedood_na_het_bewaren(gtb, tweede, "--datum", "2026-11-04") == 9
    opnieuw = gtb.run("brief", tweede, "--datum", "2026-11-04")
    assert opnieuw.exit_code == 2 and "bestaat al" in opnieuw.output
    maatregelen = gtb.json("historie", "P0002")["maatregelen"]
    assert len(maatregelen) == 1
    brief = eerste.parent / maatregelen[0]["bestand"]
    assert "Bakker" in docx_tekst(brief) and not [p for p in eerste.parent.iterdir() if ".nieuw-" in p.name]


def test_opschonen_ruimt_een_half_geschreven_brief_op(gtb):
    """Aanval: gedood tijdens het vullen van de brief bleef '.2026-0001-...docx-1a2b3c4d.tmp' in de briefmap staan,
    met persoonsgegevens; `opschonen` zag het niet (de naam begint met een punt)."""
    nummer = _meld_voor_brief(gtb, "Jan de Vries")
    brief = Path(gtb.json("brief", nummer, "--datum", "2026-11-03")["bestand"])
    half = brief.with_name(f".{brief.stem}.nieuw-1a2b3c4d.docx-5e6f7a8b.tmp")
    half.write_bytes(brief.read_bytes()[:100])
    assert gtb.json("opschonen", "--peildatum", "2026-11-23")["brieven_zonder_maatregel"] == [half.name]
    gtb.json("opschonen", "--peildatum", "2026-11-23", "--uitvoeren")
    assert [p.name for p in brief.parent.iterdir()] == [brief.name]


def test_rapport_overschrijft_het_register_nooit(gtb):
    """Een onoplettende coördinator: `rapport --uit register.xlsx --overschrijven` verving het register door het
    rapport, zonder slot en zonder reservekopie van de laatste stand; de laatste melding was weg, ook na `herstel`."""
    gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="agressief")
    voor = gtb.register.read_bytes()
    uitkomst = gtb.run("rapport", "--jaar", "2026", "--uit", str(gtb.register), "--overschrijven")
    assert uitkomst.exit_code == 2 and "is het register" in uitkomst.output, uitkomst.output
    assert gtb.register.read_bytes() == voor


def test_opschonen_noemt_ook_een_gestopte_brief_buiten_de_briefmap(gtb, tmp_path):
    """Aanval: `brief --uit MAP` gedood tussen bewaren en plaatsen liet de brief in MAP onder zijn tijdelijke naam;
    opschonen zocht daar alleen de eigen naam en noemde hem niet, terwijl hij persoonsgegevens bevat."""
    nummer = gtb.meld(
        naam="Oud Persoon", kanaal="balie", ernst="agressief", datum="2020-03-01", brieftekst="U schreeuwde.",
        adres="Markt 12", postcode="4941 AB", woonplaats="Raamsdonksveer",
    )  # fmt: skip
    elders = tmp_path / "elders"
    assert _brief_gedood_na_het_bewaren(gtb, nummer, "--datum", "2020-03-02", "--uit", str(elders)) == 9
    [onderweg] = list(elders.iterdir())
    assert ".nieuw-" in onderweg.name
    uitkomst = gtb.json("opschonen", "--peildatum", "2026-11-23", "--uitvoeren")
    brief = elders / onderweg.name.replace(".nieuw-M00001", "")
    assert uitkomst["niet_opgeschoond"]["brieven_elders"] == [str(brief)]
    assert [p.name for p in elders.iterdir()] == [brief.name]


@pytest.mark.parametrize("geboortedatum", ["1800-01-01", "31-02-1980", "17-05-19800"])
def test_een_foute_geboortedatum_wordt_niet_herhaald(gtb, geboortedatum):
    """2.5 (foutmeldingen herhalen geen persoonsgegevens): een geboortedatum buiten 1900-2100 of die niet bestaat,
    stond letterlijk in de foutmelding."""
    uitkomst = gtb.run(
        "melden", "--naam", "Jan", "--kanaal", "balie", "--ernst", "agressief", "--geboortedatum", geboortedatum
    )
    assert uitkomst.exit_code == 2 and "--geboortedatum" in uitkomst.output
    assert geboortedatum not in uitkomst.output


def test_een_herhaalde_optie_die_samen_te_lang_is_voor_een_cel_wordt_geweigerd(gtb):
    """Aanval: 5.000 keer --aanwezige komt in de Maatregelen in één cel, langer dan Excel in een cel bewaart."""
    nummer = _meld_voor_brief(gtb, "Jan de Vries")
    voor = gtb.register.read_bytes()
    args = [a for i in range(5000) for a in ("--aanwezige", f"Medewerker {i}")]
    uitkomst = gtb.run("brief", nummer, "--soort", "ordegesprek", "--datum", "2026-11-03", *args)
    assert uitkomst.exit_code == 2 and "--aanwezige" in uitkomst.output and "hoogstens" in uitkomst.output
    assert gtb.register.read_bytes() == voor


def test_herstel_herkent_opschonen_ook_als_de_logregel_een_seconde_eerder_is(gtb):
    """De logregel van opschonen krijgt zijn tijd vóór de reservekopie gemaakt wordt; viel dat net in de seconde
    ervoor, dan zag herstel de kopie als van ná het opschonen en zette het stil de namen terug. Nu telt de kopie die
    de logregel zelf noemt (vijfde kolom)."""
    _oud_incident_met_maatregel(gtb)
    gtb.json("opschonen", "--peildatum", "2026-11-23", "--uitvoeren")
    logboek = gtb.map / "logboek.csv"
    regels = logboek.read_text(encoding="utf-8-sig").splitlines()
    opschonen = next(i for i, r in enumerate(regels) if ";opschonen;" in r)
    velden = regels[opschonen].split(";")
    velden[0] = "2000-01-01 00:00:00"  # zo vroeg als het maar kan: alleen de genoemde kopie telt nog
    regels[opschonen] = ";".join(velden)
    logboek.write_text("\n".join(regels) + "\n", encoding="utf-8-sig")
    voor = gtb.register.read_bytes()
    uitkomst = gtb.run("herstel")
    assert uitkomst.exit_code == 2 and "vóór een 'opschonen'" in uitkomst.output
    assert gtb.register.read_bytes() == voor


def test_opschonen_wist_ook_de_brieftekst(gtb):
    """Review: de brieftekst ('U schreeuwde tegen mevrouw Jansen ...') bleef na opschonen in het register staan."""
    nummer = _meld_voor_brief(gtb, "Oud Persoon")
    gtb.ok("aanvullen", nummer, "--datum", "2020-03-02", "--brieftekst", "U schreeuwde tegen mevrouw Jansen.")
    gtb.json("opschonen", "--peildatum", "2026-11-23", "--uitvoeren")
    blad = openpyxl.load_workbook(gtb.register)["Incidenten"]
    waarden = [c for rij in blad.iter_rows(min_row=2, values_only=True) for c in rij]
    assert "U schreeuwde tegen mevrouw Jansen." not in waarden
