"""Snel opstarten (beleid in cli/app.py): de CLI laden of --help tonen haalt geen zware bibliotheken binnen."""

from __future__ import annotations

import json
import subprocess
import sys

ZWAAR = ("openpyxl", "docxtpl", "docx", "python_calamine", "filelock", "tabulate")

MEET = """
import json, sys
sys.argv = ["agressie", *sys.argv[1:]]
try:
    from agressie_cli.cli import main
    if len(sys.argv) > 1:
        main()
except SystemExit:
    pass
print(json.dumps(sorted(m for m in {zwaar!r} if m in sys.modules)), file=sys.stderr)
"""


def _geladen(*args: str) -> list[str]:
    uit = subprocess.run(
        [sys.executable, "-c", MEET.format(zwaar=ZWAAR), *args], capture_output=True, text=True, timeout=60
    )
    return json.loads(uit.stderr.strip().splitlines()[-1])


def test_cli_importeren_laadt_geen_openpyxl_docxtpl_of_calamine():
    assert _geladen() == []


def test_help_laadt_geen_zware_bibliotheken():
    assert _geladen("--help") == []
    assert _geladen("brief", "--help") == []


def test_afbreken_bij_een_vraag_zegt_het_in_het_nederlands(gtb, monkeypatch):
    """Einde van de invoer (of Ctrl+C) bij een vraag gaf het Engelse "Aborted!"."""
    gtb.meld(naam="Oud Persoon", kanaal="balie", ernst="licht", datum="2020-03-01")
    gtb.json("opschonen", "--peildatum", "2026-11-23", "--uitvoeren")
    voor = gtb.register.read_bytes()
    monkeypatch.setattr("agressie_cli.cli.registreren.interactief", lambda: True)
    uitkomst = gtb.run("herstel", invoer="")  # herstel vraagt of het opschonen ongedaan mag; de invoer is op
    assert gtb.register.read_bytes() == voor
    assert uitkomst.exit_code == 1 and "Afgebroken." in uitkomst.output and "Aborted" not in uitkomst.output


def test_gebruiksregel_noemt_het_argument_zoals_de_handleiding(gtb):
    """Typer schreef '{incident}' in de gebruiksregel; de handleiding en de voorbeelden schrijven INCIDENT."""
    assert "[OPTIES] INCIDENT" in gtb.ok("nazorg", "--help").splitlines()[0]
    assert "{" not in gtb.ok("samenvoegen", "--help").splitlines()[0]


def test_een_kapotte_agressie_toml_zegt_in_het_nederlands_wat_en_waar(gtb):
    """tomllib meldt in het Engels ("Cannot declare ('aov',) twice (at line 67, column 5)"); wie agressie.toml in
    Kladblok bewerkt, krijgt nu de regel en wat er mis is in het Nederlands."""
    toml = gtb.map / "agressie.toml"
    regels = toml.read_text(encoding="utf-8").count("\n")
    toml.write_text(toml.read_text(encoding="utf-8") + '\n[extra]\nnaam = "x"\n[extra]\n', encoding="utf-8")
    uitkomst = gtb.run("lijst")
    assert uitkomst.exit_code == 1 and "staat er twee keer in" in uitkomst.output
    assert f"regel {regels + 4}" in uitkomst.output and "Cannot" not in uitkomst.output


def test_versie_met_python(gtb):
    """3.6: `--version` en `-V` noemen de versie van agressie en van Python."""
    import platform

    for optie in ("--version", "-V"):
        uit = gtb.run(optie)
        assert uit.exit_code == 0
        assert uit.output.startswith("agressie ") and f"Python {platform.python_version()}" in uit.output
