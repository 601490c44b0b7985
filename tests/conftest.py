"""Hulpmiddelen voor de tests: een gemeente in een tijdelijke map en de CLI zoals een gebruiker hem aanroept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from agressie_cli.cli import app


class Gemeente:
    def __init__(self, map_pad: Path):
        self.map = map_pad
        self.runner = CliRunner()

    @property
    def register(self) -> Path:
        return self.map / "register.xlsx"

    def run(self, *args: str, invoer: str | None = None):
        return self.runner.invoke(app, ["--map", str(self.map), *args], input=invoer)

    def ok(self, *args: str) -> str:
        uitkomst = self.run(*args)
        assert uitkomst.exit_code == 0, f"{args}: {uitkomst.output}"
        return uitkomst.output

    def json(self, *args: str):
        return json.loads(self.ok(*args, "--json"))

    def meld(self, **opties) -> str:
        """Meldt een incident en geeft het nummer. Opties als naam='Jan', vorm=['verbaal']."""
        args = ["melden"]
        for sleutel, waarde in opties.items():
            optie = "--" + sleutel.replace("_", "-")
            if isinstance(waarde, bool):
                args.append(optie if waarde else optie.replace("--", "--niet-" if sleutel == "aanhoudend" else "--geen-", 1))
            elif isinstance(waarde, list):
                for w in waarde:
                    args += [optie, w]
            else:
                args += [optie, str(waarde)]
        return self.json(*args)["incident"]


def maak_gemeente(tmp_path: Path, naam: str) -> Gemeente:
    map_pad = tmp_path / naam
    uitkomst = CliRunner().invoke(app, ["--map", str(map_pad), "init", "--gemeente", naam])
    assert uitkomst.exit_code == 0, uitkomst.output
    return Gemeente(map_pad)


@pytest.fixture
def gtb(tmp_path) -> Gemeente:
    return maak_gemeente(tmp_path, "geertruidenberg")


@pytest.fixture
def losser(tmp_path) -> Gemeente:
    return maak_gemeente(tmp_path, "losser")
