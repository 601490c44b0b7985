"""Issue 3.2: "The period text ... is written in six places, a measure's soort looked up in eight, the damage fields
in seven". De aansprakelijkstelling en het document voor de aangifte noemen de schade van een incident nu met één
functie uit het domein (domein/schade.py: `gevolg` voor wat er over de schade staat, `bedrag_tekst`/`geclaimd` voor
het bedrag): dezelfde invoer geeft in beide dezelfde tekst.

Geertruidenberg 8: "Wanneer iemand schade heeft aangericht in het gemeentehuis of daar een voorwerp heeft vernield,
moet het bewijs daarvan goed worden vastgelegd. ... Daarna kan er naar de dader een brief worden gestuurd waarin de
dader aansprakelijk wordt gesteld." Geertruidenberg 7 en Losser 5.4: van strafbare feiten wordt aangifte gedaan
("Van strafbare feiten wordt altijd aangifte gedaan"); Losser: "Schade verhalen gaat via Juridische Zaken"."""

from __future__ import annotations

from pathlib import Path

import pytest

from agressie_cli.documenten.brieven.render import docx_tekst
from conftest import VOLLEDIG, maak_gemeente

KLASSE = {"geertruidenberg": {"ernst": "strafbaar"}, "losser": {"gedrag": "D"}}


def _rijen(pad: Path) -> dict[str, str]:
    """De tabellen van twee kolommen in het document voor de aangifte: vraag -> antwoord."""
    from docx import Document

    return {r.cells[0].text: r.cells[1].text for t in Document(str(pad)).tables for r in t.rows if len(r.cells) == 2}


def _maatregelregels(pad: Path) -> list[str]:
    """Alle tekst in de tabellen van het document (het dossier met de maatregelen staat in een tabel)."""
    from docx import Document

    return [c.text for t in Document(str(pad)).tables for r in t.rows for c in r.cells]


def _brief_en_aangifte(tmp_path: Path, gemeente: str, **schade: str) -> tuple[str, dict[str, str], list[str]]:
    """Eén strafbaar incident met deze schade: de aansprakelijkstelling (€ 1.250,00) en daarna het document voor de
    aangifte. Geeft de tekst van de brief, de vragen en antwoorden van het document en de cellen van zijn tabellen."""
    g = maak_gemeente(tmp_path, gemeente, geheugen=True)
    nummer = g.meld(
        naam="Jan de Vries", kanaal="balie", datum="2026-11-02", tijd="10:30", **{**VOLLEDIG, **KLASSE[gemeente]},
        **schade,
    )  # fmt: skip
    brief = g.json("brief", nummer, "--soort", "aansprakelijkstelling", "--bedrag", "1.250,00", "--datum", "2026-11-04")
    aangifte = g.json("aangifte", nummer, "--datum", "2026-11-05")
    return (
        docx_tekst(Path(brief["bestand"])),
        _rijen(Path(aangifte["bestand"])),
        _maatregelregels(Path(aangifte["bestand"])),
    )


@pytest.mark.parametrize("gemeente", ["geertruidenberg", "losser"])
def test_dezelfde_schade_geeft_dezelfde_tekst_in_brief_en_aangifte(tmp_path, gemeente):
    """De beschrijving van de materiële schade en het bedrag staan in de aansprakelijkstelling en in het document
    voor de aangifte met dezelfde woorden (witruimte eromheen weg, het bedrag als '€ 1.250,00')."""
    brief, rijen, cellen = _brief_en_aangifte(
        tmp_path, gemeente, materiele_schade="  Balieruit gebroken, kozijn beschadigd  ", letsel="kneuzing pols"
    )
    assert rijen["Materiële schade"] == "Balieruit gebroken, kozijn beschadigd"
    assert f"materiële schade: {rijen['Materiële schade']}" in brief
    assert "De schade bedraagt € 1.250,00." in brief
    [regel] = [c for c in cellen if c.startswith("Aansprakelijkstelling")]
    assert regel.endswith("schadebedrag € 1.250,00"), regel
    # Letsel: de brief aan de persoon zonder medische details (AVG), de politie met de beschrijving.
    assert "lichamelijk letsel van een medewerker" in brief and "kneuzing" not in brief
    assert rijen["Lichamelijk letsel"] == "kneuzing pols"


@pytest.mark.parametrize("gemeente", ["geertruidenberg", "losser"])
@pytest.mark.parametrize("geen", ["n.v.t.", "Nee.", "-"])
def test_geen_schade_is_in_brief_en_aangifte_geen_schade(tmp_path, gemeente, geen):
    """'n.v.t.', 'Nee.' of '-' bij de materiële schade: de brief noemt geen materiële schade, en het document voor de
    aangifte zegt "geen" (niet de letterlijke invoer, die de brief wel als 'geen schade' las)."""
    brief, rijen, _ = _brief_en_aangifte(tmp_path, gemeente, materiele_schade=geen, letsel="kneuzing pols")
    assert "materiële schade" not in brief
    assert rijen["Materiële schade"] == "geen"
