"""3.6 "Windows en de netwerkschijf": het logboek open in Excel, geen agressie.toml in de huidige map, de
padlengte van alles wat agressie schrijft en verborgen tijdelijke bestanden op Windows."""

from __future__ import annotations

import builtins
import json

import pytest

from agressie_cli.domein.fouten import Afsluitcode
from conftest import Gemeente, maak_gemeente


def _logboek_open_in_excel(monkeypatch, gemeente) -> None:
    """Een stand-in voor 'logboek.csv open in Excel' op Windows: openen om toe te voegen geeft PermissionError."""
    echt_open = builtins.open
    logboek = str(gemeente.map / "logboek.csv")

    def vergrendeld(bestand, modus="r", *args, **kwargs):
        if str(bestand) == logboek and "a" in modus:
            raise PermissionError(13, "The process cannot access the file", str(bestand))
        return echt_open(bestand, modus, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", vergrendeld)


def _logregels(gemeente) -> list[str]:
    logboek = gemeente.map / "logboek.csv"
    return logboek.read_text(encoding="utf-8-sig").splitlines()[1:] if logboek.exists() else []


@pytest.mark.parametrize("naam, klasse", [("geertruidenberg", ("--ernst", "agressief")), ("losser", ("--gedrag", "D"))])
def test_logboek_open_in_excel_het_nummer_en_de_regel_blijven(tmp_path, monkeypatch, naam, klasse):
    """Geertruidenberg 4.2: "De coördinator van het interventieteam registreert de melding in excel." Stond
    logboek.csv open in Excel, dan bewaarde `melden` het incident en faalde daarna op het logboek: de regel was weg
    en de gebruiker zag het nieuwe nummer nooit (3.6)."""
    gemeente = maak_gemeente(tmp_path, naam)
    _logboek_open_in_excel(monkeypatch, gemeente)
    uit = gemeente.run("melden", "--naam", "Jan de Vries", "--kanaal", "balie", *klasse, "--json")
    assert uit.exit_code == 0, uit.output
    assert json.loads(uit.stdout)["incident"] == "2026-0001"
    assert "logboek.csv" in uit.stderr and "volgende schrijfactie" in uit.stderr
    tekst = gemeente.run("melden", "--naam", "Piet Bakker", "--kanaal", "balie", *klasse)
    assert tekst.exit_code == 0 and "2026-0002" in tekst.stdout, tekst.output
    monkeypatch.undo()
    assert not any("melden" in r for r in _logregels(gemeente))
    # Excel is dicht: de volgende schrijfactie zet de wachtende regels in het logboek, in volgorde, vóór de eigen.
    gemeente.ok("melden", "--naam", "Kees Smit", "--kanaal", "balie", *klasse)
    regels = [r for r in _logregels(gemeente) if ";melden;" in r]
    assert [r.split(";")[3] for r in regels] == ["2026-0001", "2026-0002", "2026-0003"]
    assert not (gemeente.map / "logboek.csv.wachtend").exists()


def test_logboek_met_eigenaarsbestand_van_excel(gtb):
    """Het eigenaarsbestand '~$logboek.csv' (Excel heeft het logboek open) telt als open: de regel wacht, niets mislukt."""
    eigenaar = gtb.map / "~$logboek.csv"
    eigenaar.write_bytes(b"\x05Piet " + b"\x00" * 60)
    uit = gtb.run("melden", "--naam", "Jan de Vries", "--kanaal", "balie", "--ernst", "licht")
    assert uit.exit_code == 0 and "2026-0001" in uit.stdout and "staat open" in uit.stderr, uit.output
    assert not any("2026-0001" in r for r in _logregels(gtb))
    eigenaar.unlink()
    gtb.ok("aanvullen", "2026-0001", "--tijd", "10:30")
    assert [r.split(";")[2:4] for r in _logregels(gtb)] == [["melden", "2026-0001"], ["aanvullen", "2026-0001"]]


def test_zonder_agressie_toml_eerst_map_en_agressie_map(tmp_path, monkeypatch):
    """Geen agressie.toml in de huidige map: na `setx AGRESSIE_MAP` in hetzelfde venster stelde de melding `init`
    voor, en dat gaf een tweede, leeg register en verkeerd advies (3.6). Eerst --map en AGRESSIE_MAP, en dat setx
    een nieuw venster nodig heeft; init pas daarna."""
    from typer.testing import CliRunner

    from agressie_cli.cli import app

    monkeypatch.delenv("AGRESSIE_MAP", raising=False)
    monkeypatch.chdir(tmp_path)
    for args in (["lijst"], ["lijst", "--json"]):
        uit = CliRunner().invoke(app, args)
        assert uit.exit_code == Afsluitcode.FOUT
        fout = uit.stderr
        assert fout.index("--map") < fout.index("AGRESSIE_MAP") < fout.index("init")
        assert "setx" in fout and "nieuw venster" in fout and "niet gezet" in fout
    assert not list(tmp_path.iterdir())  # niets aangemaakt
    monkeypatch.setenv("AGRESSIE_MAP", str(tmp_path / "elders"))
    uit = CliRunner().invoke(app, ["verboden"])
    assert "AGRESSIE_MAP wijst in dit venster naar" in uit.stderr and str(tmp_path / "elders") in uit.stderr


# --- padlengte en verborgen tijdelijke bestanden (Windows, nagebootst) -------------------------------


def _diepe_gemeente(tmp_path, lengte: int):
    """Een gemeente in een map van precies `lengte` tekens (zoals een diepe netwerkmap M:\\...\\...)."""
    basis = tmp_path / ("a" * 100)
    rest = lengte - len(str(basis)) - 1
    assert 0 < rest < 250
    gemeente = Gemeente(basis / ("g" * rest))
    gemeente.ok("init", "--gemeente", "geertruidenberg")
    assert len(str(gemeente.map)) == lengte
    return gemeente


def _als_windows(monkeypatch) -> None:
    from agressie_cli.domein import bestanden

    monkeypatch.setattr(bestanden, "WINDOWS", True)
    monkeypatch.setattr(bestanden, "zet_verborgen", lambda pad, verborgen: None)


def test_padlengte_van_het_register(tmp_path, monkeypatch):
    """Het tijdelijke register ('.register.xlsx-1a2b3c4d.tmp') zou langer worden dan Windows toestaat: vooraf
    geweigerd met de map en de lengte, het register ongewijzigd (3.6: niet alleen brieven)."""
    gemeente = _diepe_gemeente(tmp_path, 240)
    gemeente.meld(naam="Jan de Vries", kanaal="balie", ernst="licht")
    voor = gemeente.momentopname()
    _als_windows(monkeypatch)
    uit = gemeente.run("melden", "--naam", "Piet Bakker", "--kanaal", "balie", "--ernst", "licht", "--json")
    assert uit.exit_code == Afsluitcode.FOUT, uit.output
    fout = json.loads(uit.stdout)["fout"]
    assert "Windows" in fout and "259" in fout and "niets gewijzigd" in fout and str(gemeente.map) in fout
    assert "register.xlsx" not in fout  # de map, niet de bestandsnaam (bij een brief: de achternaam)
    assert gemeente.momentopname() == voor
    assert gemeente.run("lijst").exit_code == 0  # lezen gaat door (zonder snelle kopie als die te lang wordt)


def test_padlengte_van_reservekopie_en_rapport(tmp_path, monkeypatch):
    """Het register past nog, maar de reservekopie in 'reservekopieen/' niet: ook dan niets bewaard; een rapport in
    'rapporten/' of met een lange --uit evenzo (3.6)."""
    gemeente = _diepe_gemeente(tmp_path, 215)
    gemeente.meld(naam="Jan de Vries", kanaal="balie", ernst="licht", datum="2026-11-02")
    voor = gemeente.momentopname()
    _als_windows(monkeypatch)
    uit = gemeente.run("aanvullen", "2026-0001", "--tijd", "10:30")
    assert uit.exit_code == Afsluitcode.FOUT and "Windows" in uit.stderr, uit.output
    assert str(gemeente.map / "reservekopieen") in uit.stderr
    assert gemeente.momentopname() == voor
    rapport = gemeente.run("rapport", "--kwartaal", "2026-Q4")
    assert rapport.exit_code == Afsluitcode.FOUT and str(gemeente.map / "rapporten") in rapport.stderr
    assert not list((gemeente.map / "rapporten").glob("*.xlsx")) if (gemeente.map / "rapporten").exists() else True


def test_tijdelijke_bestanden_verborgen_op_windows(gtb, monkeypatch):
    """Op Windows (nagebootst: os.name == "nt" en een stand-in voor SetFileAttributesW) zijn tijdelijke bestanden
    verborgen; het attribuut gaat er af vóór het vervangen, dus het register zelf en de reservekopie blijven zichtbaar."""
    import os

    from agressie_cli.domein import bestanden

    verborgen: set[str] = set()
    ooit: list[str] = []

    def zet(pad, aan):
        if aan:
            verborgen.add(str(pad))
            ooit.append(os.path.basename(str(pad)))
        else:
            verborgen.discard(str(pad))

    echt_replace = os.replace

    def replace(bron, doel):  # zoals Windows: het attribuut gaat mee met het bestand
        echt_replace(bron, doel)
        if str(bron) in verborgen:
            verborgen.discard(str(bron))
            verborgen.add(str(doel))

    monkeypatch.setattr(bestanden, "WINDOWS", True)
    monkeypatch.setattr(bestanden, "zet_verborgen", zet)
    monkeypatch.setattr(bestanden.os, "replace", replace)
    gtb.ok("melden", "--naam", "Jan de Vries", "--kanaal", "balie", "--ernst", "licht")
    gtb.ok("rapport", "--kwartaal", "2026-Q4")
    assert any(n.startswith(".register.xlsx-") and n.endswith(".tmp") for n in ooit), ooit
    assert any(n.startswith(".register-") for n in ooit), ooit  # de reservekopie in wording
    assert any(n.startswith(".rapport-") for n in ooit), ooit
    assert not verborgen, verborgen  # niets blijft verborgen: alleen tijdelijke namen waren het


def test_zonder_windows_geen_attributen(gtb, monkeypatch):
    from agressie_cli.domein import bestanden

    aangeroepen = []
    monkeypatch.setattr(bestanden, "zet_verborgen", lambda pad, aan: aangeroepen.append(pad))
    gtb.ok("melden", "--naam", "Jan de Vries", "--kanaal", "balie", "--ernst", "licht")
    assert aangeroepen == []


def test_een_brief_onder_zijn_tijdelijke_naam_is_verborgen_en_daarna_zichtbaar(gtb, monkeypatch):
    """3.6: ook een brief die nog onder zijn tijdelijke naam staat (met de achternaam erin) is op Windows verborgen;
    de brief op zijn plaats is zichtbaar."""
    import os

    from agressie_cli.domein import bestanden
    from conftest import REDEN, VOLLEDIG

    verborgen: set[str] = set()
    wachtte_verborgen: list[str] = []  # brieven onder hun tijdelijke naam die verborgen waren tot ze hun plaats kregen

    def zet(pad, aan):
        naam = os.path.basename(str(pad))
        if aan:
            verborgen.add(str(pad))
        else:
            if str(pad) in verborgen and ".nieuw-" in naam and naam.endswith(".docx"):
                wachtte_verborgen.append(naam)
            verborgen.discard(str(pad))

    echt_replace = os.replace

    def replace(bron, doel):
        echt_replace(bron, doel)
        if str(bron) in verborgen:
            verborgen.discard(str(bron))
            verborgen.add(str(doel))

    nummer = gtb.meld(
        naam="Jan de Vries", kanaal="balie", datum="2026-11-02", tijd="10:00", ernst="agressief", **VOLLEDIG
    )
    monkeypatch.setattr(bestanden, "WINDOWS", True)
    monkeypatch.setattr(bestanden, "zet_verborgen", zet)
    monkeypatch.setattr(bestanden.os, "replace", replace)
    brief = gtb.json("brief", nummer, "--datum", "2026-11-03", *REDEN)
    assert any("Vries" in n for n in wachtte_verborgen), wachtte_verborgen  # de brief met de naam wachtte verborgen
    assert str(brief["bestand"]) not in verborgen and not any(p.endswith(".docx") for p in verborgen)
