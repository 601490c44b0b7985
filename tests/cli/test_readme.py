"""Issue 7/7: de README blijft waar: de commandoreferentie loopt gelijk met --help en noemt elk commando en elke optie."""

from __future__ import annotations

from pathlib import Path

from typer.main import get_command

from agressie_cli.cli import app
from agressie_cli.cli.referentie import BEGIN, EINDE, markdown

README = Path(__file__).resolve().parents[2] / "README.md"


def test_referentie_in_readme_is_gelijk_aan_de_helpteksten():
    tekst = README.read_text(encoding="utf-8")
    blok = tekst.split(BEGIN, 1)[1].split(EINDE, 1)[0]
    assert blok.strip() == markdown().strip(), "Werk de README bij met: python -m agressie_cli.cli.referentie README.md"


def test_elk_commando_en_elke_optie_staat_in_de_readme():
    tekst = README.read_text(encoding="utf-8")
    hoofd = get_command(app)
    for naam, opdracht in hoofd.commands.items():
        onder = opdracht.commands.items() if hasattr(opdracht, "commands") else [("", opdracht)]
        for subnaam, sub in onder:
            volledig = f"agressie {naam} {subnaam}".strip()
            assert volledig in tekst, volledig
            for param in sub.params:
                for optie in getattr(param, "opts", []) + getattr(param, "secondary_opts", []):
                    if optie.startswith("--") and optie != "--help":
                        assert optie in tekst, f"{volledig} {optie}"


def test_readme_geeft_de_twee_commandos():
    tekst = README.read_text(encoding="utf-8")
    assert "make demo" in tekst and "make test" in tekst


def test_elke_helptekst_is_nederlands_met_voorbeeld():
    hoofd = get_command(app)
    for naam, opdracht in hoofd.commands.items():
        subs = opdracht.commands.values() if hasattr(opdracht, "commands") else [opdracht]
        for sub in subs:
            assert "Voorbeeld:" in (sub.help or ""), naam
            for param in sub.params:
                if param.param_type_name == "option" and param.name != "help":
                    assert "Voorbeeld" in (param.help or ""), f"{naam} {param.opts}"
