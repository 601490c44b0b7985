"""Issue 5/7: storingen, gelijktijdigheid, herstel, migratie, logboek en bewaartermijn."""

from __future__ import annotations

import errno
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import pytest

from agressie_cli.opslag.excel import ExcelOpslag
from conftest import Gemeente, zet_contactpersoon

VOLLEDIG = [
    "--tijd",
    "10:30",
    "--adres",
    "Markt 1",
    "--postcode",
    "4941 AB",
    "--woonplaats",
    "Raamsdonksveer",
    "--omschrijving",
    "Schold.",
    "--brieftekst",
    "U schold.",
    "--datum",
    "2026-11-17",
]


def _agressie(map_pad: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "agressie_cli", "--map", str(map_pad), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _tijdelijke_bestanden(map_pad: Path) -> list[Path]:
    return [p for p in map_pad.iterdir() if p.name.endswith(".tmp") or ".tmp." in p.name]


def test_twintig_schrijvers_tegelijk_niets_kwijt(gtb):
    for i in range(5):
        gtb.ok("melden", "--naam", f"Vaste Persoon {i}", "--kanaal", "balie", "--ernst", "agressief", *VOLLEDIG)
    processen = []
    for i in range(8):
        processen.append(
            _agressie(gtb.map, "melden", "--naam", f"Nieuw {i}", "--kanaal", "telefoon", "--ernst", "licht")
        )
    for i in range(5):
        processen.append(_agressie(gtb.map, "aanvullen", f"2026-000{i + 1}", "--afdeling", f"Afdeling {i}"))
    for i in range(4):
        processen.append(
            _agressie(gtb.map, "brief", f"2026-000{i + 1}", "--soort", "waarschuwing", "--datum", "2026-11-23")
        )
    for i in range(3):
        processen.append(_agressie(gtb.map, "maatregel", f"2026-000{i + 2}", "--soort", "aangifte"))
    (gtb.map / "register.xlsx.cache").unlink(
        missing_ok=True
    )  # lezers maken de snelle kopie terwijl er geschreven wordt
    for commando in (["lijst"], ["verboden"], ["historie", "Vaste Persoon 1"]) * 2:
        processen.append(_agressie(gtb.map, *commando))
    for p in processen:
        _, fout = p.communicate(timeout=300)
        assert p.returncode == 0, fout
    register = ExcelOpslag(gtb.register, None).lees()
    nummers = [i["incident"] for i in register.incidenten]
    assert len(nummers) == 13 and len(set(nummers)) == 13
    assert {i.get("afdeling") for i in register.incidenten if i["incident"] <= "2026-0005"} == {
        f"Afdeling {i}" for i in range(5)
    }
    maatregelen = [m["maatregel"] for m in register.maatregelen]
    assert len(maatregelen) == 7 and len(set(maatregelen)) == 7
    assert len(list((gtb.map / "brieven").glob("*.docx"))) == 4
    assert _tijdelijke_bestanden(gtb.map) == []
    gtb.ok("lijst")  # daarna hoort de snelle kopie bij dit register (conftest vergelijkt hem met het Excel-bestand)
    assert (gtb.map / "register.xlsx.cache").exists()


@pytest.mark.traag
@pytest.mark.skipif(os.name == "nt", reason="SIGKILL bestaat niet op Windows")
def test_hard_afgebroken_schrijver_laat_heel_register_achter(gtb):
    willekeur = random.Random(20261123)
    gtb.ok("melden", "--naam", "Eerste", "--kanaal", "balie", "--ernst", "licht")
    for ronde in range(24):
        voor = len(ExcelOpslag(gtb.register, None).lees().incidenten)
        p = _agressie(gtb.map, "melden", "--naam", f"Ronde {ronde}", "--kanaal", "balie", "--ernst", "licht")
        time.sleep(willekeur.uniform(0.15, 0.9))
        p.send_signal(signal.SIGKILL)
        p.wait(timeout=30)
        register = ExcelOpslag(gtb.register, None).lees()  # gooit een fout als het bestand stuk is
        assert len(register.incidenten) in (voor, voor + 1)
        assert all(i["naam"] for i in register.incidenten)
    # Het slot van een gedood proces houdt de volgende gebruiker niet tegen.
    start = time.monotonic()
    gtb.ok("melden", "--naam", "Na de storing", "--kanaal", "balie", "--ernst", "licht")
    assert time.monotonic() - start < 30
    assert _tijdelijke_bestanden(gtb.map) == []


def test_alleen_lezen_register(gtb):
    gtb.meld(naam="Jan", kanaal="balie", ernst="licht")
    voor = gtb.register.read_bytes()
    gtb.register.chmod(0o444)
    try:
        uitkomst = gtb.run("melden", "--naam", "Kees", "--kanaal", "balie", "--ernst", "licht")
        assert uitkomst.exit_code == 1
        assert "alleen-lezen" in uitkomst.output and "niets gewijzigd" in uitkomst.output
    finally:
        gtb.register.chmod(0o644)
    assert gtb.register.read_bytes() == voor
    assert _tijdelijke_bestanden(gtb.map) == []


def test_schijf_vol(gtb, monkeypatch):
    gtb.meld(naam="Jan", kanaal="balie", ernst="licht")
    voor = gtb.register.read_bytes()
    echt = ExcelOpslag._schrijf_werkboek

    def half_en_vol(self, register, bijzaken, doel, *wijzigingen):
        doel.write_bytes(b"PK\x03\x04half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(ExcelOpslag, "_schrijf_werkboek", half_en_vol)
    uitkomst = gtb.run("melden", "--naam", "Kees", "--kanaal", "balie", "--ernst", "licht")
    assert uitkomst.exit_code == 1 and "schijf vol" in uitkomst.output
    assert gtb.register.read_bytes() == voor
    assert _tijdelijke_bestanden(gtb.map) == []
    monkeypatch.setattr(ExcelOpslag, "_schrijf_werkboek", echt)


def test_geen_schrijfrechten_in_de_map(gtb, monkeypatch):
    gtb.meld(naam="Jan", kanaal="balie", ernst="licht")
    voor = gtb.register.read_bytes()

    def geweigerd(bron, doel, pogingen=20):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr("agressie_cli.opslag.excel.opslag.vervang", geweigerd)
    uitkomst = gtb.run("melden", "--naam", "Kees", "--kanaal", "balie", "--ernst", "licht")
    assert uitkomst.exit_code == 1
    assert "Geen toestemming" in uitkomst.output and "Traceback" not in uitkomst.output
    assert gtb.register.read_bytes() == voor
    assert _tijdelijke_bestanden(gtb.map) == []


def test_pad_met_spaties_en_accenten(tmp_path):
    map_pad = tmp_path / "Gedeelde schijf é ü" / "Agressie 2026"
    g = Gemeente(map_pad)
    assert g.run("init", "--gemeente", "losser").exit_code == 0
    zet_contactpersoon(map_pad / "agressie.toml", "de klachtcontactpersoon, telefoon 053 - 537 7444")
    nummer = g.meld(
        naam="Zoë Çelik",
        kanaal="balie",
        gedrag="D",
        datum="2026-11-17",
        tijd="10:00",
        adres="Dorpsstraat 1",
        postcode="7581 AA",
        woonplaats="Losser",
        omschrijving="Dreigde.",
        brieftekst="U dreigde.",
    )
    data = g.json("brief", nummer, "--duur", "3", "--toelichting", "de duur past bij dit incident")  # 3.4
    assert Path(data["bestand"]).is_file() and "Celik" in Path(data["bestand"]).name
    assert g.json("rapport", "--kwartaal", "2026-Q4")["incidenten"] == 1


def test_beschadigd_register_wordt_niet_aangeraakt_en_herstel(gtb):
    gtb.meld(naam="Jan", kanaal="balie", ernst="licht")
    gtb.meld(naam="Kees", kanaal="balie", ernst="licht")
    goed = gtb.register.read_bytes()
    gtb.register.write_bytes(goed[: len(goed) // 2])
    kapot = gtb.register.read_bytes()
    uitkomst = gtb.run("lijst")
    assert uitkomst.exit_code == 1
    assert "beschadigd" in uitkomst.output and "agressie herstel" in uitkomst.output
    nieuwste = sorted((gtb.map / "reservekopieen").glob("register-*.xlsx"))[-1]
    assert nieuwste.name in uitkomst.output
    uitkomst = gtb.run("melden", "--naam", "Anna", "--kanaal", "balie", "--ernst", "licht")
    assert uitkomst.exit_code == 1 and gtb.register.read_bytes() == kapot
    lijst = gtb.ok("herstel", "--lijst")
    assert nieuwste.name in lijst and "Leesbaar" in lijst
    uitkomst = gtb.ok("herstel")
    assert "teruggezet" in uitkomst
    apart = list(gtb.map.glob("register.beschadigd-*.xlsx"))
    assert len(apart) == 1 and apart[0].read_bytes() == kapot
    assert [r["naam"] for r in gtb.json("lijst")] == ["Jan"]  # de kopie van vóór de tweede melding


def test_herstel_onbekende_kopie_exit_2(gtb):
    gtb.meld(naam="Jan", kanaal="balie", ernst="licht")
    uitkomst = gtb.run("herstel", "99")
    assert uitkomst.exit_code == 2 and "herstel --lijst" in uitkomst.output


def test_oud_schema_wordt_bij_eerste_schrijfactie_gemigreerd(gtb):
    gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="licht", datum="2026-11-01")
    wb = openpyxl.load_workbook(gtb.register)
    del wb["Info"]
    del wb["Personen"]
    ws = wb["Incidenten"]
    persoon_kolom = [c.value for c in ws[1]].index("Persoon") + 1
    ws.cell(2, persoon_kolom).value = None
    wb.save(gtb.register)
    assert gtb.json("historie", "Jan de Vries")["persoon"] == "P0001"  # lezen werkt al, zonder te schrijven
    uitkomst = gtb.run("melden", "--naam", "jan de vries", "--kanaal", "balie", "--ernst", "licht", "--json")
    assert uitkomst.exit_code == 0
    assert "schemaversie 0 naar 1" in uitkomst.output
    wb = openpyxl.load_workbook(gtb.register)
    assert wb["Info"]["B1"].value == 1
    assert list((gtb.map / "reservekopieen").glob("*voor-migratie-v0.xlsx"))
    assert len(gtb.json("historie", "P0001")["incidenten"]) == 2


def test_logboek_zonder_persoonsgegevens(gtb):
    nummer = gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="agressief", **{"email": "jan@example.nl"})
    gtb.ok("aanvullen", nummer, "--tijd", "10:00")
    gtb.ok(
        "maatregel",
        nummer,
        "--soort",
        "registratie",
        "--toelichting",
        "opzet van de test: deze soort is hier bewust gekozen",
    )
    import csv

    with open(gtb.map / "logboek.csv", encoding="utf-8-sig", newline="") as f:
        rijen = [tuple(r) for r in csv.reader(f, delimiter=";")]
    assert rijen[0] == ("Tijdstip", "Gebruiker", "Actie", "Nummer", "Reservekopie vooraf")
    acties = [(r[2], r[3]) for r in rijen[1:]]
    assert acties[:2] == [("melden", nummer), ("aanvullen", nummer)] and acties[2][0] == "maatregel"
    assert all(r[1] for r in rijen[1:])
    tekst = " ".join(str(c) for r in rijen for c in r)
    assert "Jan" not in tekst and "Vries" not in tekst and "example" not in tekst
    # Alleen regels erbij: een volgende schrijfactie laat de eerdere regels staan.
    voor = (gtb.map / "logboek.csv").read_bytes()
    gtb.meld(naam="Kees", kanaal="balie", ernst="licht")
    assert (gtb.map / "logboek.csv").read_bytes().startswith(voor)


def test_opschonen_proef_en_uitvoeren_houdt_cijfers_gelijk(gtb):
    oud = gtb.meld(
        naam="Oud Persoon",
        kanaal="balie",
        ernst="strafbaar",
        datum="2020-03-01",
        adres="Markt 1",
        postcode="4941 AB",
        woonplaats="Raamsdonksveer",
        tijd="10:00",
        omschrijving="Sloeg.",
        brieftekst="U sloeg.",
        letsel="kneuzing",
        afdeling="Burgerzaken",
        medewerker=["P. Jansen"],
    )
    gtb.json("brief", oud, "--datum", "2020-03-02")
    gtb.meld(naam="Oud Persoon", kanaal="telefoon", ernst="licht", datum="2020-06-01")
    verbod = gtb.meld(naam="Verbod Persoon", kanaal="balie", ernst="strafbaar", datum="2020-05-01")
    gtb.ok(
        "maatregel",
        verbod,
        "--soort",
        "toegangsverbod",
        "--duur",
        "onbepaald",
        "--datum",
        "2020-05-02",
        "--toelichting",
        "opzet van de test: deze soort is hier bewust gekozen",
    )
    gtb.meld(naam="Recent Persoon", kanaal="balie", ernst="licht", datum="2026-01-01")
    voor_q1 = gtb.json("rapport", "--kwartaal", "2020-Q1")
    voor_q2 = gtb.json("rapport", "--kwartaal", "2020-Q2", "--uit", str(gtb.map / "q2.xlsx"))
    proef = gtb.json("opschonen", "--peildatum", "2026-11-23")
    assert [p["persoon"] for p in proef["personen"]] == ["P0001"]  # P0002 heeft een lopend verbod, P0003 is recent
    assert proef["uitgevoerd"] is False
    assert gtb.json("historie", "P0001")["naam"] == "Oud Persoon"
    echt = gtb.json("opschonen", "--peildatum", "2026-11-23", "--uitvoeren")
    assert echt["uitgevoerd"] is True and len(echt["verwijderde_brieven"]) == 1
    register = ExcelOpslag(gtb.register, None).lees()
    persoon = next(p for p in register.personen if p["persoon"] == "P0001")
    assert persoon.get("naam") is None and persoon.get("adres") is None and persoon["geanonimiseerd"]
    alle = " ".join(
        str(c) for ws in openpyxl.load_workbook(gtb.register) for r in ws.iter_rows(values_only=True) for c in r if c
    )
    assert "Oud Persoon" not in alle and "Sloeg." not in alle and "kneuzing" not in alle and "P. Jansen" not in alle
    assert "Verbod Persoon" in alle
    snelle_kopie = gtb.map / "register.xlsx.cache"
    assert not snelle_kopie.exists() or b"Oud Persoon" not in snelle_kopie.read_bytes()
    assert not list((gtb.map / "brieven").glob("*.docx"))
    na_q1 = gtb.json("rapport", "--kwartaal", "2020-Q1", "--overschrijven")
    na_q2 = gtb.json("rapport", "--kwartaal", "2020-Q2", "--uit", str(gtb.map / "q2.xlsx"), "--overschrijven")
    for voor, na in ((voor_q1, na_q1), (voor_q2, na_q2)):
        for sleutel in (
            "incidenten",
            "per_vorm",
            "per_ernst",
            "per_kanaal",
            "per_afdeling",
            "maatregelen",
            "schade",
            "herhaalde_personen",
        ):
            assert voor[sleutel] == na[sleutel], sleutel
    assert gtb.json("opschonen", "--peildatum", "2026-11-23")["personen"] == []


@pytest.mark.parametrize(
    "args",
    [
        ["melden", "--naam", "X", "--kanaal", "balie", "--ernst", "licht", "--datum", "2026-13-01"],
        ["melden", "--naam", "X", "--kanaal", "balie", "--ernst", "extreem"],
        ["melden", "--naam", "X", "--kanaal", "balie", "--ernst", "licht", "--datum", "2099-01-01"],
        ["aanvullen", "2026-0001", "--geboortedatum", "31-04-1980"],
        ["aanvullen", "2026-0077", "--tijd", "10:00"],
        ["aanvullen", "2026-0001"],
        ["lijst", "--tot", "morgen"],
        ["lijst", "--status", "zoek"],
        ["historie", "P9999"],
        ["historie", "Jan", "--peildatum", "2026-02-30"],
        ["advies", "P0001"],
        ["maatregel", "2026-0001", "--soort", "waarschuwing", "--datum", "1-1"],
        ["maatregel", "2026-0001", "--soort", "toegangsverbod", "--ingang", "x"],
        ["maatregel", "2026-0001"],
        ["brief", "2026-0001", "--datum", "00-00-0000"],
        ["brief", "2026-0001", "--gesprek-tijd", "99:99"],
        ["brief", "2026-0088"],
        ["verboden", "--peildatum", "volgende week"],
        ["termijnen", "--peildatum", "2026-11-31"],
        ["rapport", "--kwartaal", "2026-Q0"],
        ["opschonen", "--peildatum", "2026/11/23"],
        ["init", "--gemeente", "amsterdam"],
    ],
)
def test_elk_commando_met_foute_invoer_exit_2(gtb, args):
    gtb.meld(naam="Jan", kanaal="balie", ernst="licht", datum="2026-11-01")
    voor = gtb.register.read_bytes()
    uitkomst = gtb.run(*args)
    assert uitkomst.exit_code == 2, uitkomst.output
    assert uitkomst.output.startswith("Fout: ")
    assert "Traceback" not in uitkomst.output
    assert gtb.register.read_bytes() == voor
