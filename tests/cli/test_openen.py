"""3.6 `--open` op brief, aangifte, rapport, meldformulier en doorsturen: het gemaakte bestand openen met het programma
dat erbij hoort. Op Windows os.startfile, elders xdg-open; ontbreekt dat, dan een melding en verder gewoon klaar. Getest
met een nagebootste xdg-open (een script dat opschrijft wat het moest openen) en een nagebootste os.startfile."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import Gemeente, meld_args

PERSOON = dict(
    adres="Markt 12",
    postcode="4941 AB",
    woonplaats="Raamsdonksveer",
    tijd="10:30",
    brieftekst="U schreeuwde tegen de medewerker.",
    leidinggevende="K. Smits",
    leidinggevende_email="k.smits@geertruidenberg.nl",
)


@pytest.fixture
def xdg_open(tmp_path, monkeypatch) -> Path:
    """Een xdg-open op het pad dat elk bestand dat het moest openen op een regel in een logboek zet. Popen wacht in de
    test tot het klaar is, zodat het logboek er na het commando staat (zonder te slapen)."""
    bin_map = tmp_path / "bin"
    bin_map.mkdir()
    log = tmp_path / "geopend.txt"
    script = bin_map / "xdg-open"
    script.write_text(
        f"#!{sys.executable}\nimport sys\nwith open({str(log)!r}, 'a', encoding='utf-8') as f:\n"
        "    f.write(sys.argv[1] + '\\n')\n",
        encoding="utf-8",
    )
    script.chmod(0o755)
    monkeypatch.setenv("PATH", str(bin_map))
    echt = subprocess.Popen

    def en_wacht(*args, **opties):
        proces = echt(*args, **opties)
        proces.wait()
        return proces

    monkeypatch.setattr(subprocess, "Popen", en_wacht)
    return log


def geopend(log: Path) -> list[str]:
    return log.read_text(encoding="utf-8").splitlines() if log.exists() else []


def _melding(g: Gemeente, naam: str = "Jan de Vries", **extra) -> str:
    opties = {"naam": naam, "datum": "2026-11-17", "kanaal": "balie", "ernst": "agressief", **PERSOON, **extra}
    return g.json(*meld_args(**opties))["incident"]


def test_brief_open_opent_de_brief(gtb, xdg_open):
    """Geertruidenberg 6.2: "In bijlage 4 is een format van een brief met een schriftelijke waarschuwing opgenomen."
    De coördinator leest de brief na in Word: met --open staat hij meteen open."""
    nummer = _melding(gtb)
    uitkomst = gtb.run("brief", nummer, "--datum", "2026-11-23", "--open")
    assert uitkomst.exit_code == 0, uitkomst.output
    brief = next((gtb.map / "brieven").glob("*.docx"))
    assert geopend(xdg_open) == [str(brief)]
    # met --json blijft de uitvoer alleen de JSON, en het openen gebeurt ook
    data = gtb.json("brief", nummer, "--datum", "2026-11-23", "--overschrijven", "--open")
    assert data["bestand"] == str(brief) and geopend(xdg_open) == [str(brief), str(brief)]


def test_brief_zonder_open_opent_niets(gtb, xdg_open):
    nummer = _melding(gtb)
    gtb.ok("brief", nummer, "--datum", "2026-11-23")
    assert geopend(xdg_open) == []


def test_brief_met_pdf_en_open_opent_de_pdf(gtb, xdg_open, tmp_path):
    """Met --pdf opent --open de PDF (de brief die verstuurd wordt), gemaakt door een nagebootste LibreOffice."""
    soffice = tmp_path / "bin" / "soffice"
    soffice.write_text(
        f"#!{sys.executable}\nimport sys, pathlib\nuit = pathlib.Path(sys.argv[sys.argv.index('--outdir') + 1])\n"
        "for a in sys.argv[1:]:\n    if a.endswith('.docx'):\n"
        "        (uit / (pathlib.Path(a).stem + '.pdf')).write_bytes(b'%PDF-1.6 nep')\n",
        encoding="utf-8",
    )
    soffice.chmod(0o755)
    nummer = _melding(gtb)
    data = gtb.json("brief", nummer, "--datum", "2026-11-23", "--pdf", "--open")
    assert data["pdf"].endswith(".pdf") and geopend(xdg_open) == [data["pdf"]]


def test_meer_brieven_open_opent_de_map(gtb, xdg_open):
    """brief --alle-open --open: niet een venster per brief, maar de map met de brieven."""
    _melding(gtb)
    _melding(gtb, naam="Kees Bakker", adres="Kerkstraat 1", postcode="4941 CD")
    uitkomst = gtb.run("brief", "--alle-open", "--datum", "2026-11-23", "--open", "--json")
    assert uitkomst.exit_code == 0, uitkomst.output
    assert len(json.loads(uitkomst.stdout)["brieven"]) == 2
    assert geopend(xdg_open) == [str(gtb.map / "brieven")]


def test_aangifte_open(gtb, xdg_open):
    """Geertruidenberg 7: "Van strafbare feiten wordt altijd aangifte gedaan." Het document voor de aangifte opent."""
    nummer = _melding(gtb, ernst="strafbaar")
    uitkomst = gtb.run("aangifte", nummer, "--datum", "2026-11-23", "--open")
    assert uitkomst.exit_code == 0, uitkomst.output
    assert geopend(xdg_open) == [str(next((gtb.map / "brieven").glob("*-aangifte-*.docx")))]


@pytest.mark.parametrize("gemeente", ["geertruidenberg", "losser"])
def test_rapport_open(request, gemeente, xdg_open):
    """Geertruidenberg 4.2: het overzicht is ook "geschikt om het beleid te evalueren": het kwartaalrapport opent in
    Excel."""
    g: Gemeente = request.getfixturevalue("gtb" if gemeente == "geertruidenberg" else "losser")
    data = g.json("rapport", "--kwartaal", "2026-Q3", "--open")
    assert geopend(xdg_open) == [data["bestand"]]
    assert Path(data["bestand"]).is_file()
    g.ok("rapport", "--kwartaal", "2026-Q4", "--open")
    assert geopend(xdg_open)[-1].endswith("rapport-2026-Q4.xlsx")


def test_meldformulier_open(gtb, xdg_open):
    """Geertruidenberg 4.2: de medewerker vult het meldformulier in; de coördinator opent het meteen."""
    uitkomst = gtb.run("meldformulier", "--open")
    assert uitkomst.exit_code == 0, uitkomst.output
    assert geopend(xdg_open) == [str(gtb.map / "meldformulier.xlsx")]


def test_doorsturen_open(gtb, xdg_open):
    """Geertruidenberg 4.2: de registratie gaat naar de clustermanager; met --open staat het concept in Outlook."""
    nummer = _melding(gtb)
    data = gtb.json("doorsturen", nummer, "--open")
    assert geopend(xdg_open) == [data["bestand"]] and data["bestand"].endswith(".eml")
    uitkomst = gtb.run("doorsturen", nummer, "--open")
    assert uitkomst.exit_code == 0 and len(geopend(xdg_open)) == 2


def test_zonder_xdg_open_een_melding_en_verder_klaar(gtb, tmp_path, monkeypatch):
    """Geen xdg-open (een server zonder bureaublad): het commando slaagt, het bestand is gemaakt en vastgelegd, en de
    gebruiker hoort dat openen is overgeslagen en waar het bestand staat."""
    leeg = tmp_path / "leeg"
    leeg.mkdir()
    monkeypatch.setenv("PATH", str(leeg))
    nummer = _melding(gtb)
    uitkomst = gtb.run("brief", nummer, "--datum", "2026-11-23", "--open")
    assert uitkomst.exit_code == 0, uitkomst.output
    brief = next((gtb.map / "brieven").glob("*.docx"))
    assert f"Openen overgeslagen: xdg-open is niet gevonden. Open het bestand zelf: {brief}" in uitkomst.stderr
    assert "Brief gemaakt:" in uitkomst.stdout


def test_windows_opent_met_startfile(gtb, monkeypatch):
    """Op Windows opent het bestand zoals met dubbelklikken (os.startfile): Word, Excel of Outlook."""
    gestart: list[str] = []
    monkeypatch.setattr("agressie_cli.cli.openen.WINDOWS", True)
    monkeypatch.setattr(os, "startfile", gestart.append, raising=False)
    data = gtb.json("meldformulier", "--open")
    assert gestart == [data["bestand"]] == [str(gtb.map / "meldformulier.xlsx")]
    nummer = _melding(gtb)
    gtb.ok("brief", nummer, "--datum", "2026-11-23", "--open")
    assert gestart[-1] == str(next((gtb.map / "brieven").glob("*.docx")))


def test_windows_openen_mislukt_zegt_het_en_het_commando_slaagt(gtb, monkeypatch):
    """Geen programma bij .docx (os.startfile geeft een fout): een melding, het commando slaagt."""

    def geen_programma(pad):
        raise OSError(1155, "Er is geen toepassing gekoppeld aan het opgegeven bestand")

    monkeypatch.setattr("agressie_cli.cli.openen.WINDOWS", True)
    monkeypatch.setattr(os, "startfile", geen_programma, raising=False)
    nummer = _melding(gtb)
    uitkomst = gtb.run("brief", nummer, "--datum", "2026-11-23", "--open")
    assert uitkomst.exit_code == 0
    assert "Let op: openen lukte niet (Er is geen toepassing gekoppeld" in uitkomst.stderr
    assert "open zelf:" in uitkomst.stderr


def test_inzage_open(gtb, xdg_open):
    """AVG art. 15: het inzagedossier opent meteen in Word, zoals de andere documenten."""
    _melding(gtb)
    uitkomst = gtb.run("inzage", "P0001", "--datum", "2026-11-23", "--open")
    assert uitkomst.exit_code == 0, uitkomst.output
    geopende = geopend(xdg_open)
    assert len(geopende) == 1 and geopende[0].endswith(".docx") and "inzage" in geopende[0]
