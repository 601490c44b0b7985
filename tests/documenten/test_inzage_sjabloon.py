"""Issue 3.4, nabehandeling: de brief met het dossier (inzage) uit een Word-sjabloon dat de gemeente kan aanpassen, en
twee brieven herziening van één maatregel op één dag elk met een eigen naam. Door de CLI, in beide profielen; brieven
teruggelezen met python-docx."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from agressie_cli.documenten.brieven.render import docx_tekst
from conftest import ADRES, REDEN, Gemeente, maak_gemeente

GEDRAG = {"geertruidenberg": {"ernst": "strafbaar"}, "losser": {"gedrag": "D"}}
VERBOD = {"geertruidenberg": "toegangsverbod", "losser": "bedreiging"}


@pytest.fixture(params=["geertruidenberg", "losser"])
def g(request, tmp_path) -> Gemeente:
    return maak_gemeente(tmp_path, request.param, geheugen=True)


def _incident(g: Gemeente, datum: str) -> str:
    return g.meld(
        naam="Jan de Vries",
        kanaal="balie",
        datum=datum,
        tijd="10:30",
        brieftekst="U sloeg met uw vuist op de balie en schreeuwde tegen de medewerker.",
        aanhef="heer",
        **ADRES,
        **GEDRAG[g.map.name],
    )


def test_twee_herzieningen_op_een_dag_krijgen_elk_een_eigen_brief(g):
    """Issue 3.4: "Two herzieningen of one measure on one day share a file name (the second asks for
    --overschrijven): give each its own name". Elke verbodsbrief belooft dat de persoon om herzien kan vragen
    (domein.md: "how the ban ends early or is reviewed"); elke uitkomst krijgt zijn eigen brief."""
    nummer = _incident(g, "2026-01-05")
    m = g.json(
        "maatregel", nummer, "--soort", VERBOD[g.map.name], "--duur", "onbepaald", "--datum", "2026-01-05", *REDEN
    )
    m = m["maatregel"]
    g.ok("herzien", m, "--uitkomst", "handhaven", "--datum", "2026-03-10", "--reden", "weigert hulpverlening")
    eerste = Path(g.json("brief", m, "--soort", "herziening", "--datum", "2026-03-10")["bestand"])
    assert eerste.name == f"{nummer}-herziening-{m}-20260310-De-Vries.docx"  # de naam van vóór deze wijziging
    g.ok("herzien", m, "--uitkomst", "opheffen", "--datum", "2026-03-10", "--reden", "geen incidenten meer")
    uitkomst = g.run("brief", m, "--soort", "herziening", "--datum", "2026-03-10", "--json")
    assert uitkomst.exit_code == 0, uitkomst.output

    tweede = Path(json.loads(uitkomst.output)["bestand"])
    assert tweede.name == f"{nummer}-herziening-{m}-20260310-2-De-Vries.docx"
    assert eerste.exists() and tweede.exists()
    assert "Weigert hulpverlening." in docx_tekst(eerste)
    assert "Geen incidenten meer." in docx_tekst(tweede) and "Weigert hulpverlening." not in docx_tekst(tweede)
    # Dezelfde brief nog eens: die bestaat al, en vraagt om --overschrijven (zoals elke brief).
    opnieuw = g.run("brief", m, "--soort", "herziening", "--datum", "2026-03-10")
    assert opnieuw.exit_code == 2 and "--overschrijven" in opnieuw.output
