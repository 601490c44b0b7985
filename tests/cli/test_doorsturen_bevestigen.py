"""Issue 3.6 Outlook: `doorsturen` zet een concept klaar en legt 'concept klaargezet' vast, niet 'doorgestuurd'; pas
`doorsturen INCIDENT --verzonden [--datum D]` legt vast dat de e-mail verstuurd is, en tot dan herinnert `termijnen`
eraan. Een e-mail die na het besluit gemaakt wordt, zegt dat de maatregel besloten is. `--klembord` zet de tekst op
het klembord (getoetst met een nagebootst clip.exe en xclip)."""

from __future__ import annotations

import stat
import types
from datetime import date, timedelta
from email import message_from_bytes
from email.policy import default
from pathlib import Path

import openpyxl
import pytest

from conftest import REDEN, VOLLEDIG

GTB = dict(naam="Jürgen Österreicher", kanaal="balie", ernst="agressief", datum="2026-11-20", tijd="10:30")
LOS = dict(naam="Jürgen Österreicher", kanaal="balie", gedrag="C", aanhoudend=True, datum="2026-11-20", tijd="10:30")
ADRES = "a.smits@gemeente.nl"


def meld(g, gemeente: str) -> str:
    klasse = GTB if gemeente == "geertruidenberg" else LOS
    return g.meld(**{**VOLLEDIG, **klasse, "leidinggevende_email": ADRES})


def herinneringen(g, peildatum: str) -> list[dict]:
    return [t for t in g.json("termijnen", "--peildatum", peildatum) if t["soort"] == "doorsturen"]


def incidentrij(g) -> dict:
    blad = openpyxl.load_workbook(g.register)["Incidenten"]
    return dict(zip([c.value for c in blad[1]], [c.value for c in blad[2]], strict=False))


def zet_aov(g) -> None:
    toml = g.map / "agressie.toml"
    tekst = toml.read_text(encoding="utf-8")
    toml.write_text(
        tekst.replace('# naam = "A. de Boer"\n# email = "aov@gemeente.nl"', 'naam = "A. de Boer"\nemail = "aov@g.nl"'),
        encoding="utf-8",
    )


def test_concept_is_niet_doorgestuurd_tot_de_coordinator_het_versturen_bevestigt(gtb):
    """Geertruidenberg 4.2: "De registratie wordt per e-mail opgestuurd naar de clustermanager." Een .eml-concept is
    nog niet opgestuurd: termijnen blijft eraan herinneren tot `doorsturen --verzonden`."""
    nummer = meld(gtb, "geertruidenberg")
    uit = gtb.json("doorsturen", nummer, "--datum", "2026-11-20")
    assert uit["klaargezet"] == "2026-11-20" and uit["doorgestuurd"] == "2026-11-20"  # oude sleutel blijft
    assert uit["maatregel_besloten"] is False
    rij = incidentrij(gtb)
    assert rij["Concept aan clustermanager klaargezet"].date() == date(2026, 11, 20)
    assert rij["Doorgestuurd aan clustermanager"] is None

    [item] = herinneringen(gtb, "2026-11-24")
    assert item["incident"] == nummer and item["uiterlijk"] == "2026-11-23"  # één werkdag na vrijdag 20 november
    assert item["opdracht"] == f"agressie doorsturen {nummer} --verzonden"
    assert "als concept klaargezet" in item["omschrijving"] and "nog niet als verstuurd" in item["omschrijving"]
    assert f"agressie doorsturen {nummer} --verzonden" in gtb.ok("termijnen", "--peildatum", "2026-11-24")

    tekst = gtb.ok("doorsturen", nummer, "--datum", "2026-11-20")
    assert (
        f"Vastgelegd: incident {nummer} als concept klaargezet voor de clustermanager op 20-11-2026 (nog niet" in tekst
    )
    assert f"agressie doorsturen {nummer} --verzonden" in tekst

    bevestigd = gtb.json("doorsturen", nummer, "--verzonden", "--datum", "2026-11-23")
    assert bevestigd == {
        "incident": nummer,
        "aan": "clustermanager",
        "verzonden": "2026-11-23",
        "klaargezet": "2026-11-20",
        "eerder": None,
    }
    assert herinneringen(gtb, "2026-11-24") == []
    assert incidentrij(gtb)["Doorgestuurd aan clustermanager"].date() == date(2026, 11, 23)
    regels = (gtb.map / "logboek.csv").read_text(encoding="utf-8-sig").splitlines()
    assert regels[-1].split(";")[2:4] == ["doorgestuurd aan clustermanager", nummer]
    assert "Jürgen" not in "\n".join(regels) and ADRES not in "\n".join(regels)


def test_een_nieuw_concept_na_het_versturen_vraagt_opnieuw_om_bevestiging(gtb):
    """Geertruidenberg 4.2: wat aangevuld is, gaat opnieuw naar de clustermanager; een nieuw concept na een
    verstuurde e-mail is zelf nog niet verstuurd."""
    nummer = meld(gtb, "geertruidenberg")
    gtb.ok("doorsturen", nummer, "--datum", "2026-11-20")
    gtb.ok("doorsturen", nummer, "--verzonden", "--datum", "2026-11-20")
    assert herinneringen(gtb, "2026-11-24") == []
    gtb.ok("doorsturen", nummer, "--datum", "2026-11-23")
    assert [t["incident"] for t in herinneringen(gtb, "2026-11-24")] == [nummer]
    uit = gtb.ok("doorsturen", nummer, "--verzonden", "--datum", "2026-11-24")
    assert "Er stond al verstuurd op 20-11-2026; dat is vervangen." in uit
    assert herinneringen(gtb, "2026-11-24") == []


def test_aov_concept_blijft_staan_ook_na_het_besluit(gtb):
    """Geertruidenberg 4.2: "Nadat de agressiemelding compleet is gemaakt ... wordt deze doorgestuurd naar de AOV'er".
    Ook dat concept blijft op termijnen staan tot het versturen bevestigd is, ook als de maatregel al besloten is."""
    zet_aov(gtb)
    nummer = meld(gtb, "geertruidenberg")
    gtb.ok("doorsturen", nummer, "--verzonden", "--datum", "2026-11-20")  # de clustermanager kreeg het al
    gtb.ok("doorsturen", nummer, "--aan", "aov", "--datum", "2026-11-20")
    gtb.ok("maatregel", nummer, "--soort", "waarschuwing", "--datum", "2026-11-23")
    [item] = herinneringen(gtb, "2026-11-24")
    assert item["opdracht"] == f"agressie doorsturen {nummer} --aan aov --verzonden"
    assert "de AOV-er" in item["omschrijving"]
    uit = gtb.json("doorsturen", nummer, "--aan", "aov", "--verzonden", "--datum", "2026-11-23")
    assert (uit["aan"], uit["verzonden"], uit["klaargezet"]) == ("aov", "2026-11-23", "2026-11-20")
    assert herinneringen(gtb, "2026-11-24") == []
    assert incidentrij(gtb)["Doorgestuurd aan AOV-er"].date() == date(2026, 11, 23)


def test_losser_een_concept_herinnert_ook_zonder_termijn_van_het_profiel(losser):
    """Losser kent geen termijn voor doorsturen, maar een concept dat agressie klaarzette en dat niemand verstuurde,
    is nog niet verstuurd: uiterlijk de werkdag na het concept staat het op termijnen."""
    nummer = meld(losser, "losser")
    assert herinneringen(losser, "2026-11-24") == []  # geen concept: Losser vraagt geen e-mail
    losser.ok("doorsturen", nummer, "--datum", "2026-11-20")
    [item] = herinneringen(losser, "2026-11-24")
    assert item["uiterlijk"] == "2026-11-23" and item["verlopen"] is True
    losser.ok("doorsturen", nummer, "--verzonden")
    assert herinneringen(losser, "2026-11-24") == []


def test_oude_datum_van_doorsturen_blijft_gelden(gtb):
    """Een register van vóór 3.6 heeft alleen 'Doorgestuurd aan clustermanager' (toen de datum van het concept):
    die datum blijft gelden, er komt geen herinnering bij, en agressie leest en schrijft het register zoals altijd."""
    nummer = meld(gtb, "geertruidenberg")
    wb = openpyxl.load_workbook(gtb.register)
    blad = wb["Incidenten"]
    koppen = [c.value for c in blad[1]]
    blad.cell(2, koppen.index("Doorgestuurd aan clustermanager") + 1, date(2026, 11, 20))
    for kop in ("Concept aan clustermanager klaargezet", "Concept aan AOV-er klaargezet"):
        blad.delete_cols([c.value for c in blad[1]].index(kop) + 1)
    wb.save(gtb.register)
    assert herinneringen(gtb, "2026-11-24") == []
    # een echte wijziging: het register opnieuw, met de nieuwe kolommen
    gtb.ok("aanvullen", nummer, "--functie", "consulent werk en inkomen")
    rij = incidentrij(gtb)
    assert rij["Doorgestuurd aan clustermanager"].date() == date(2026, 11, 20)
    assert rij["Concept aan clustermanager klaargezet"] is None
    assert herinneringen(gtb, "2026-11-24") == []


@pytest.mark.parametrize("gemeente", ["geertruidenberg", "losser"])
def test_verkeerde_datum_of_opties_bij_verzonden_worden_geweigerd(request, gemeente):
    """Een datum van versturen ligt niet vóór het concept of het incident en niet in de toekomst; --verzonden maakt
    geen e-mail. Geweigerd met de optie erin, afsluitcode 2, en het register blijft gelijk."""
    g = request.getfixturevalue("gtb" if gemeente == "geertruidenberg" else "losser")
    nummer = meld(g, gemeente)
    g.ok("doorsturen", nummer, "--datum", "2026-11-23")
    voor = g.momentopname()
    morgen = (date.today() + timedelta(days=2)).isoformat()
    for args, tekst in (
        (("--datum", "2026-11-21"), "ligt vóór het concept van 23-11-2026"),
        (("--datum", "2026-11-19"), "ligt vóór het incident"),
        (("--datum", morgen), "ligt in de toekomst"),
        (("--datum", "32-11-2026"), "geen geldige datum"),
        (("--email", "x@y.nl"), "--verzonden legt alleen vast"),
        (("--aan", "wethouder"), "Kies uit: clustermanager, aov"),
    ):
        uit = g.run("doorsturen", nummer, "--verzonden", *args)
        assert uit.exit_code == 2, (args, uit.output)
        assert tekst in uit.output and "Traceback" not in uit.output, (args, uit.output)
        assert "--datum" in uit.output or "--aan" in uit.output or "--email" in uit.output
    assert g.momentopname() == voor
    uit = g.run("doorsturen", nummer, "--datum", "2026-11-19")  # ook een concept niet vóór het incident
    assert uit.exit_code == 2 and "--datum: 19-11-2026 ligt vóór het incident" in uit.output
    assert g.momentopname() == voor


@pytest.mark.parametrize("gemeente", ["geertruidenberg", "losser"])
def test_email_na_het_besluit_vraagt_geen_maatregel_meer(request, gemeente):
    """Geertruidenberg 4.2: de AOV-er "zal een passende maatregel treffen". Is die al besloten, dan zegt de e-mail
    welke, en vraagt hij er niet meer om."""
    g = request.getfixturevalue("gtb" if gemeente == "geertruidenberg" else "losser")
    zet_aov(g)
    nummer = meld(g, gemeente)
    eerst = Path(g.json("doorsturen", nummer, "--aan", "aov")["bestand"])
    assert "Advies volgens het protocol" in message_from_bytes(eerst.read_bytes(), policy=default).get_content()
    g.ok("maatregel", nummer, "--soort", "waarschuwing", "--datum", "2026-11-23", *REDEN)
    uit = g.json("doorsturen", nummer, "--aan", "aov")
    assert uit["maatregel_besloten"] is True
    assert uit["onderwerp"] == f"Vertrouwelijk: agressiemelding {nummer}, compleet, maatregel besloten"
    bericht = message_from_bytes(Path(uit["bestand"]).read_bytes(), policy=default)
    tekst = bericht.get_content().replace("\r\n", "\n")
    label = "Schriftelijke waarschuwing" if gemeente == "geertruidenberg" else "Waarschuwingsbrief"
    assert f"Maatregel besloten op 23 november 2026: {label} (M00001)." in tekst
    assert "de maatregel is al besloten" in tekst
    assert "Advies volgens het protocol" not in tekst and "passende maatregel treffen" not in tekst
    assert "Termijn: de maatregel uiterlijk" not in tekst
    assert "De maatregel is al besloten" in g.ok("doorsturen", nummer)


# --- het klembord (de nieuwe Outlook opent geen .eml) ---------------------------------------------------------------


def _nagebootst(map_: Path, naam: str, vangst: Path) -> None:
    """Een programma voor het klembord dat bewaart wat het op stdin krijgt."""
    pad = map_ / naam
    pad.write_text(f"#!/bin/sh\n/bin/cat > '{vangst}'\n", encoding="utf-8")
    pad.chmod(pad.stat().st_mode | stat.S_IEXEC)


def test_klembord_op_windows_met_clip_in_utf16(gtb, tmp_path, monkeypatch):
    """De tekst van de e-mail gaat naar clip.exe als UTF-16 met BOM (anders maakt clip.exe van 'ü' een ander teken)
    en met CRLF, zoals Windows plakt. Nagebootst: een 'clip' op het PATH, sys.platform 'win32' voor de module."""
    from agressie_cli.cli import klembord

    programmas, vangst = tmp_path / "bin", tmp_path / "klembord.bin"
    programmas.mkdir()
    _nagebootst(programmas, "clip", vangst)
    monkeypatch.setenv("PATH", str(programmas))
    monkeypatch.setattr(klembord, "sys", types.SimpleNamespace(platform="win32"))
    nummer = meld(gtb, "geertruidenberg")
    uit = gtb.run("doorsturen", nummer, "--klembord")
    assert uit.exit_code == 0, uit.output
    assert "De tekst staat ook op het klembord" in uit.output and ADRES in uit.output
    assert f'onderwerp "Vertrouwelijk: agressiemelding {nummer}"' in uit.output
    ruw = vangst.read_bytes()
    assert ruw.startswith(b"\xff\xfe")
    tekst = ruw[2:].decode("utf-16-le")
    assert "Persoon (agressor): Jürgen Österreicher (P0001)" in tekst
    assert "\r\n" in tekst and "\n" not in tekst.replace("\r\n", "")
    eml = message_from_bytes((gtb.map / "uitgaand" / f"{nummer}-clustermanager.eml").read_bytes(), policy=default)
    assert tekst == eml.get_content()  # dezelfde tekst als het concept


def test_klembord_elders_met_xclip_en_zonder_programma_een_melding(gtb, tmp_path, monkeypatch):
    """Op Linux met xclip (UTF-8); zonder programma voor het klembord een melding, en het concept staat er toch."""
    programmas, vangst = tmp_path / "bin", tmp_path / "klembord.txt"
    programmas.mkdir()
    _nagebootst(programmas, "xclip", vangst)
    monkeypatch.setenv("PATH", str(programmas))
    nummer = meld(gtb, "geertruidenberg")
    uit = gtb.json("doorsturen", nummer, "--klembord")
    assert uit["klembord"] is True
    assert "Jürgen Österreicher" in vangst.read_text(encoding="utf-8")

    monkeypatch.setenv("PATH", str(tmp_path / "leeg"))
    uit = gtb.run("doorsturen", nummer, "--klembord")
    assert uit.exit_code == 0
    assert "Let op: de tekst staat niet op het klembord" in uit.output
    assert (gtb.map / "uitgaand" / f"{nummer}-clustermanager.eml").is_file()
