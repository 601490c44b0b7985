"""3.6 "De opdrachtregel": vragen die na een tikfout opnieuw vragen, de datum bij melden, Ctrl-C, --json op elk
commando met een vaste sleutel voor de classificatie en de fout als JSON, en --map na het commando."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
import typer
from typer.main import get_command

from agressie_cli.cli import app
from agressie_cli.domein.fouten import Afsluitcode
from agressie_cli.domein.nederlands import voluit
from conftest import Gemeente, maak_gemeente

KLASSE = {"geertruidenberg": ("--ernst", "agressief"), "losser": ("--gedrag", "D")}


@pytest.fixture(params=["geertruidenberg", "losser"])
def gemeente(request, tmp_path):
    return maak_gemeente(tmp_path, request.param)


def _klasse(gemeente) -> tuple[str, str]:
    return KLASSE[gemeente.map.name]


def _aan_een_terminal(monkeypatch) -> None:
    from agressie_cli.cli import registreren

    monkeypatch.setattr(registreren, "interactief", lambda: True)


# --- vragen aan de terminal ---------------------------------------------------------------------


def test_een_tikfout_bij_een_vraag_vraagt_opnieuw(gtb, monkeypatch):
    """Geertruidenberg 4.2: "De coördinator van het interventieteam registreert de melding in excel." Een tikfout in
    het kanaal ('blaie') gaf pas aan het eind een fout en alles wat getypt was, was weg (3.6): nu volgt 'bedoelt u
    'balie'?' en dezelfde vraag opnieuw; de datum wordt gevraagd (standaard vandaag) en de bevestiging noemt hem."""
    _aan_een_terminal(monkeypatch)
    uit = gtb.run("melden", "--naam", "Jan de Vries", "--ernst", "agressief", invoer="blaie\nbalie\n\n")
    assert uit.exit_code == 0, uit.output
    assert "Bedoelt u 'balie'?" in uit.stderr and "Probeer het opnieuw" in uit.stderr
    assert uit.stdout.count("Kanaal (") == 2 and "Datum van het incident" in uit.stdout
    vandaag = date.today().strftime("%d-%m-%Y")
    assert f"[{vandaag}]" in uit.stdout  # de standaard: vandaag
    assert f"Datum van het incident: {voluit(date.today())} ({vandaag})." in uit.stdout
    [rij] = gtb.json("lijst")
    assert rij["kanaal"] == "balie" and rij["datum"] == date.today().isoformat()


def test_losser_gedrag_en_datum_opnieuw_gevraagd(losser, monkeypatch):
    """Losser 4: gedrag A tot en met E. Een onbekende letter en een datum die niet bestaat worden opnieuw gevraagd;
    'gisteren' mag als datum."""
    _aan_een_terminal(monkeypatch)
    uit = losser.run("melden", "--naam", "Jan de Vries", "--kanaal", "telefoon", invoer="F\nD\n31-02-2026\ngisteren\n")
    assert uit.exit_code == 0, uit.output
    assert "'F' is onbekend" in uit.stderr and "geen geldige datum" in uit.stderr
    gisteren = date.today() - timedelta(days=1)
    assert f"Datum van het incident: {voluit(gisteren)} ({gisteren:%d-%m-%Y})." in uit.stdout
    [rij] = losser.json("lijst")
    assert rij["gedrag"] == "D" and rij["datum"] == gisteren.isoformat()


def test_tikfout_zonder_terminal_noemt_de_bedoelde_keuze(gemeente):
    """Zonder terminal (een script) geen vraag, wel 'bedoelt u' in de fout; het register blijft gelijk."""
    voor = gemeente.momentopname()
    uit = gemeente.run("melden", "--naam", "Jan de Vries", "--kanaal", "telefon", *_klasse(gemeente), "--json")
    assert uit.exit_code == Afsluitcode.INVOER
    assert "Bedoelt u 'telefoon'?" in uit.stderr
    assert "Bedoelt u 'telefoon'?" in json.loads(uit.stdout)["fout"]
    assert gemeente.momentopname() == voor


def test_ctrl_c_bij_een_vraag_geeft_een_nieuwe_regel_en_130(gtb, monkeypatch):
    """Ctrl-C bij een vraag: Click maakte er 'Aborted!' met afsluitcode 1 van; nu een nieuwe regel en 130 (3.6)."""
    _aan_een_terminal(monkeypatch)

    def ctrl_c(*args, **kwargs):
        try:  # zoals click.prompt: de KeyboardInterrupt van input() wordt Abort
            raise KeyboardInterrupt
        except KeyboardInterrupt:
            raise typer.Abort() from None

    monkeypatch.setattr(typer, "prompt", ctrl_c)
    voor = gtb.momentopname()
    uit = gtb.run("melden", "--naam", "Jan de Vries", "--ernst", "licht")
    assert uit.exit_code == 130, uit.output
    assert uit.stderr.startswith("\n") and "Onderbroken" in uit.stderr and "Traceback" not in uit.output
    assert gtb.momentopname() == voor


def test_ctrl_c_tijdens_een_commando(gtb, monkeypatch):
    from agressie_cli.handelingen import opvragen

    def onderbroken(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(opvragen, "lijst", onderbroken)
    uit = gtb.run("lijst")
    assert uit.exit_code == 130 and uit.stderr.startswith("\n") and "Traceback" not in uit.output


# --- --json -----------------------------------------------------------------------------------------


def _commandos():
    hoofd = get_command(app)
    for naam, opdracht in hoofd.commands.items():
        onder = opdracht.commands.items() if hasattr(opdracht, "commands") else [("", opdracht)]
        for subnaam, sub in onder:
            yield f"{naam} {subnaam}".strip(), sub


def test_json_op_elk_commando():
    """--json op elk commando (3.6: ontbrak op init, afsluiten, herstel, sjablonen controleer). Alleen `web` niet:
    dat start een server en geeft geen uitkomst."""
    zonder = [naam for naam, c in _commandos() if "--json" not in {o for p in c.params for o in getattr(p, "opts", [])}]
    assert zonder == ["web"]


def test_init_afsluiten_herstel_en_sjablonen_als_json(tmp_path):
    """De vier commando's zonder --json geven nu JSON, in beide profielen."""
    for naam in ("geertruidenberg", "losser"):
        g = maak_gemeente(tmp_path / "json", naam)
        extra = Gemeente(tmp_path / f"nieuw-{naam}")
        data = extra.json("init", "--gemeente", naam)
        assert data == {
            "instellingen": str(extra.map / "agressie.toml"),
            "register": str(extra.map / "register.xlsx"),
        }
        nummer = g.meld(naam="Jan de Vries", kanaal="balie", **{KLASSE[naam][0][2:]: KLASSE[naam][1]})
        assert g.json("afsluiten", nummer) == {"incident": nummer, "status": "afgehandeld"}
        kopieen = g.json("herstel", "--lijst")
        assert (
            kopieen and kopieen[0]["nummer"] == 1 and {"bestand", "gemaakt", "leesbaar", "handeling"} <= set(kopieen[0])
        )
        teruggezet = g.json("herstel", "1")
        assert teruggezet["kopie"] == kopieen[0]["bestand"] and teruggezet["na_opschonen"] is False
        sjablonen = g.json("sjablonen", "controleer")
        assert sjablonen["alles_goed"] is True and all(s["goed"] for s in sjablonen["sjablonen"])


def test_klasse_sleutel_naast_de_eigen_sleutel(gemeente):
    """Een script leest voor elke gemeente dezelfde sleutel: "klasse" en "klasse_sleutel" naast "ernst"/"gedrag"."""
    optie, waarde = _klasse(gemeente)
    eigen = optie[2:]
    nummer = gemeente.meld(naam="Jan de Vries", kanaal="balie", **{eigen: waarde})
    [rij] = gemeente.json("lijst")
    assert rij[eigen] == waarde and rij["klasse"] == waarde and rij["klasse_sleutel"] == eigen
    historie = gemeente.json("historie", rij["persoon"])
    [incident] = historie["incidenten"]
    assert incident["incident"] == nummer and incident["klasse"] == waarde and incident["klasse_sleutel"] == eigen


@pytest.mark.parametrize(
    "args, code",
    [
        (("advies", "2026-9999"), Afsluitcode.INVOER),
        (("aanvullen", "2026-9999", "--tijd", "10:30"), Afsluitcode.INVOER),
        (("melden", "--naam", "Jan", "--kanaal", "balie"), Afsluitcode.INVOER),
        (("afsluiten", "2026-9999"), Afsluitcode.INVOER),
    ],
)
def test_fout_met_json_ook_op_stdout(gemeente, args, code):
    """Met --json ook de fout als {"fout": "..."} op stdout; de Nederlandse melding blijft op stderr, de afsluitcode
    zoals altijd (3.6)."""
    uit = gemeente.run(*args, "--json")
    assert uit.exit_code == code, uit.output
    fout = json.loads(uit.stdout)
    assert set(fout) == {"fout"} and fout["fout"]
    assert uit.stderr.strip() == f"Fout: {fout['fout']}"
    zonder = gemeente.run(*args)
    assert zonder.exit_code == code and zonder.stdout == ""


def test_bestandsfout_met_json(gtb, monkeypatch):
    """Ook een fout van het systeem (schijf, rechten) komt met --json als {"fout"} op stdout."""
    from agressie_cli.handelingen import opvragen

    def schijf_vol(*args, **kwargs):
        raise OSError(28, "No space left on device", str(gtb.map / "x.xlsx"))

    monkeypatch.setattr(opvragen, "lijst", schijf_vol)
    uit = gtb.run("lijst", "--json")
    assert uit.exit_code == Afsluitcode.FOUT and "de schijf is vol" in json.loads(uit.stdout)["fout"]


# --- --map na het commando --------------------------------------------------------------------------


def test_map_na_het_commando_wordt_aanvaard(gemeente, monkeypatch, tmp_path):
    """`agressie lijst --map M:\\Agressie` gaf 'Onbekende optie'; nu werkt het zoals --map vóór het commando."""
    from typer.testing import CliRunner

    monkeypatch.chdir(tmp_path)
    nummer = gemeente.meld(naam="Jan de Vries", kanaal="balie", **{_klasse(gemeente)[0][2:]: _klasse(gemeente)[1]})
    for args in (
        ["lijst", "--map", str(gemeente.map), "--json"],
        ["lijst", "--json", f"--map={gemeente.map}"],
        ["advies", nummer, "--map", str(gemeente.map), "--json"],
        ["sjablonen", "controleer", "--map", str(gemeente.map), "--json"],
    ):
        uit = CliRunner().invoke(app, args)
        assert uit.exit_code == 0, (args, uit.output)
        json.loads(uit.stdout)


def test_map_naar_voren():
    from agressie_cli.cli.app import map_naar_voren

    assert map_naar_voren(["lijst", "--map", "M:", "--json"]) == ["--map", "M:", "lijst", "--json"]
    assert map_naar_voren(["--map", "A", "lijst"]) == ["--map", "A", "lijst"]
    assert map_naar_voren(["melden", "--", "--map", "x"]) == ["melden", "--", "--map", "x"]
    assert map_naar_voren(["--version"]) == ["--version"]


# --- de terminal: breedte, kleur, metavars en korte help ----------------------------------------------


def _venster(monkeypatch, kolommen: int | None = None) -> None:
    """Een stand-in voor een venster: de uitvoer 'is een terminal' (CliRunner vangt hem op)."""
    from agressie_cli.cli import uitvoer

    monkeypatch.setattr(uitvoer, "is_terminal", lambda err=False: True)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("TERM", raising=False)
    if kolommen:
        monkeypatch.setenv("COLUMNS", str(kolommen))


LANGE_NAAM = "Johannes Cornelis Maria van den Heuvel-Oude Groote tot Raamsdonk"


def test_tabel_past_in_het_venster(gemeente, monkeypatch):
    """Een tabel in een venster van 90 tekens: de breedste kolom loopt door op de volgende regel (3.6), de andere
    blijven heel; naar een bestand of pijp blijft elke rij één regel."""
    optie, waarde = _klasse(gemeente)
    gemeente.meld(naam=LANGE_NAAM, kanaal="balie", **{optie[2:]: waarde})
    zonder = gemeente.ok("lijst")
    assert LANGE_NAAM in zonder and max(map(len, zonder.splitlines())) > 90
    _venster(monkeypatch, 90)
    uit = gemeente.ok("lijst")
    assert max(len(regel) for regel in uit.splitlines()) <= 90, uit
    assert date.today().strftime("%d-%m-%Y") in uit and waarde in uit.splitlines()[2]  # smalle kolommen heel
    assert LANGE_NAAM not in uit and "Johannes" in uit and "Raamsdonk" in uit
    assert "Incident" in uit.splitlines()[0]  # koppen blijven heel


def test_verlopen_fout_en_let_op_in_kleur(gtb, monkeypatch):
    """VERLOPEN, Fout en Let op in kleur in een venster; niet met NO_COLOR, niet in --json, niet naar een bestand."""
    gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="strafbaar", datum="2026-11-02")
    from typer.testing import CliRunner

    def run(*args):  # color=True: CliRunner haalt kleur anders zelf weg
        return CliRunner().invoke(app, ["--map", str(gtb.map), *args], color=True)

    termijnen = ("termijnen", "--peildatum", "2026-11-30")
    assert "\x1b[" not in run(*termijnen).stdout  # geen venster: geen kleur
    _venster(monkeypatch)
    uit = run(*termijnen)
    assert typer.style("VERLOPEN", fg="red", bold=True) in uit.stdout, uit.stdout
    assert "\x1b[" not in uit.stdout.replace(typer.style("VERLOPEN", fg="red", bold=True), "")
    fout = run("advies", "2026-9999")
    assert fout.stderr.startswith(typer.style("Fout:", fg="red", bold=True))
    assert "\x1b[" not in run(*termijnen, "--json").stdout
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in run(*termijnen).stdout and "\x1b[" not in run("advies", "2026-9999").stderr


def test_metavars_in_het_nederlands_en_korte_help_voluit():
    """Geen <str>, <path> of <integer> meer in de help, maar DATUM, TIJD, TEKST, MAP ...; de korte help in de lijst van
    commando's wordt niet afgekapt met '...' (3.6)."""
    from typer.testing import CliRunner

    runner = CliRunner()
    hoofd = runner.invoke(app, ["--help"], env={"COLUMNS": "100"}).output
    assert not [r for r in hoofd.split("Commando's:")[1].splitlines() if r.rstrip().endswith("...")]
    assert "de AOV-er (.eml, opent in Outlook als concept)." in " ".join(hoofd.split())
    for naam, _ in _commandos():
        hulp = runner.invoke(app, [*naam.split(), "--help"], env={"COLUMNS": "100"}).output
        assert "<str>" not in hulp and "<path>" not in hulp and "<integer>" not in hulp, naam
    melden = runner.invoke(app, ["melden", "--help"]).output
    assert "--datum DATUM" in melden and "--tijd TIJD" in melden and "--naam TEKST" in melden
    assert "--kanaal KANAAL" in melden
    assert "--uit MAP" in runner.invoke(app, ["brief", "--help"]).output
    assert "--peildatum DATUM" in runner.invoke(app, ["historie", "--help"]).output


def test_een_verschreven_commando_in_het_nederlands_met_een_voorstel(tmp_path):
    """Gebruikers lezen alles in het Nederlands: een tikfout in het commando gaf Click's Engelse "No such command
    'meldne'. Did you mean 'melden'?". Als heel proces, zoals de gebruiker het start (ook via de snelle weg van
    cli/app.py main)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    import agressie_cli

    omgeving = {**os.environ, "PYTHONPATH": str(Path(agressie_cli.__file__).parents[1])}
    uit = subprocess.run(
        [sys.executable, "-m", "agressie_cli", "meldne"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=omgeving,
        timeout=120,
    )
    assert uit.returncode == 2
    assert "Onbekend commando 'meldne'. Bedoelt u 'melden'?" in uit.stderr
    assert "No such command" not in uit.stderr and "Did you mean" not in uit.stderr
