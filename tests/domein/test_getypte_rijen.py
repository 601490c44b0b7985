"""Issue 3.2: "Typed records for incident, person and measure rows (dataclasses or TypedDicts) instead of
string-keyed dicts". De API van Register geeft IncidentRij, PersoonRij en MaatregelRij (domein/rijen.py) en neemt ze
aan: een verschreven kolom via die API is een fout van mypy, niet een stille nieuwe sleutel in het register. Deze
test laat mypy een klein stuk code nalopen, zodat vaststaat dat de typering ook echt bijt."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

api = pytest.importorskip("mypy.api")

SRC = Path(__file__).resolve().parents[2] / "src"

GOED = """
    from agressie_cli.domein.register import Register
    from agressie_cli.domein.rijen import MaatregelRij


    def wijzig(register: Register) -> None:
        incident = register.incident("2026-0001")
        incident["omschrijving"] = "Schreeuwde aan de balie."
        register.voeg_maatregel_toe(MaatregelRij(maatregel="M00001", soort="waarschuwing"))
"""

FOUT = """
    from agressie_cli.domein.register import Register
    from agressie_cli.domein.rijen import MaatregelRij


    def wijzig(register: Register) -> None:
        incident = register.incident("2026-0001")
        incident["omschrijvnig"] = "Schreeuwde aan de balie."
        register.voeg_maatregel_toe(MaatregelRij(maatregel="M00001", sorrt="waarschuwing"))
"""


def _mypy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: str) -> tuple[str, int]:
    bestand = tmp_path / "stukje.py"
    bestand.write_text(textwrap.dedent(code), encoding="utf-8")
    monkeypatch.setenv("MYPYPATH", str(SRC))  # zoals PYTHONPATH=src: agressie_cli uit deze werkmap
    uit, fout, code_ = api.run(
        [
            "--config-file",
            "",
            "--follow-imports",
            "silent",
            "--cache-dir",
            str(tmp_path / "cache"),
            "--python-version",
            "3.11",
            str(bestand),
        ]
    )
    return uit + fout, code_


def test_een_verschreven_kolom_via_de_api_van_register_is_een_fout_van_mypy(tmp_path, monkeypatch):
    """Een verschreven kolom bij het schrijven in een rij uit register.incident() en in een nieuwe maatregel met de
    constructor MaatregelRij(...): mypy noemt beide sleutels."""
    uitvoer, code = _mypy(tmp_path, monkeypatch, FOUT)
    assert code == 1, uitvoer
    assert '"IncidentRij" has no key "omschrijvnig"' in uitvoer
    assert '"sorrt"' in uitvoer and "MaatregelRij" in uitvoer
    assert "Found 2 errors" in uitvoer


def test_dezelfde_code_met_de_juiste_kolommen_geeft_geen_fout(tmp_path, monkeypatch):
    """De tegenproef: met de kolommen van de veldtabel (omschrijving, soort) is mypy tevreden; de fouten hierboven
    komen dus van de verschreven sleutels, niet van het stukje zelf."""
    uitvoer, code = _mypy(tmp_path, monkeypatch, GOED)
    assert code == 0, uitvoer
    assert "Success: no issues found in 1 source file" in uitvoer
