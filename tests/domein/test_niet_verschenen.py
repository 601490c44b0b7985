"""Issue 3.4, nabehandeling: een ordegesprek waarop de persoon niet verscheen leidt tot de volgende stap
(Geertruidenberg 6.3), en een meldformulier met "gisteren" als datum wordt geweigerd. Door de CLI, in beide profielen;
brieven teruggelezen met python-docx."""

from __future__ import annotations

import sys
from pathlib import Path

import openpyxl
import pytest

from conftest import maak_gemeente

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "cli"))
from test_meldformulier import JANSEN, maak_formulier, rij_van, vul_in


@pytest.mark.parametrize("naam", ["geertruidenberg", "losser"])
@pytest.mark.parametrize("woord", ["gisteren", "Vandaag"])
def test_meldformulier_weigert_gisteren_als_datum(tmp_path, naam, woord):
    """Issue 3.4: "a meldformulier with 'gisteren' as date reads relative to the day of registering: that is wrong for
    a form filled in earlier"; zoals een cel van het register wordt zo'n woord geweigerd, met de vraag erbij."""
    g = maak_gemeente(tmp_path, naam)
    formulier = maak_formulier(g)
    antwoorden = dict(JANSEN)
    if naam == "losser":
        antwoorden.pop("Hoe ernstig was het?")
        antwoorden |= {"Welk gedrag": "c", "Hield het gedrag aan": "ja"}
    ingevuld = vul_in(formulier, tmp_path / "ingevuld.xlsx", antwoorden | {"Datum van het incident": woord})
    rij = rij_van(openpyxl.load_workbook(formulier).active, "Datum van het incident")
    voor = g.momentopname()
    uitkomst = g.run("melden", "--formulier", str(ingevuld))
    assert uitkomst.exit_code == 2, uitkomst.output
    assert (
        f"ingevuld.xlsx, cel B{rij} (datum): '{woord}' kan op een formulier niet als datum: het formulier is misschien "
        "eerder ingevuld dan het geregistreerd wordt. Typ de datum zelf als DD-MM-JJJJ." in uitkomst.output
    )
    assert "Traceback" not in uitkomst.output and g.momentopname() == voor
    # Een onzindatum op het formulier noemt 'vandaag of gisteren' ook niet meer als mogelijkheid.
    onzin = vul_in(formulier, tmp_path / "onzin.xlsx", antwoorden | {"Datum van het incident": "31-02-2026"})
    uitkomst = g.run("melden", "--formulier", str(onzin), "--json")
    assert uitkomst.exit_code == 2 and "'31-02-2026' is geen geldige datum" in uitkomst.output
    assert "gisteren" not in uitkomst.output
    # Op de opdrachtregel blijft "gisteren" gewoon een datum (3.6).
    klasse = ("--ernst", "licht") if naam == "geertruidenberg" else ("--gedrag", "D")
    assert g.run("melden", "--naam", "Jan de Vries", "--kanaal", "balie", "--datum", "gisteren", *klasse).exit_code == 0
