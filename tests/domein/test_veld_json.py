"""Issue 3.2, "Veld as the one place for a field's policy: personal data or not, label, form question, letter use,
JSON key. The anonymisation list, the form's questions and the JSON shapes derive from it. A test adds a personal
field and shows it empty after `opschonen`." Welke velden `agressie lijst --json` toont, staat bij het veld
(`Veld.json`); een nieuw persoonsgegeven met json = ("lijst",) staat in de lijst, en is na `opschonen --uitvoeren`
leeg. (Dat het ook in Excel leeg is, laat tests/domein/test_veld_beleid.py zien.)

domein.md (Privacy): "Keep only what the protocol needs, ... and offer a way to remove or anonymise records older
than a retention period set by the municipality." Door de CLI, met het register in Excel: de coördinator vult de
nieuwe kolom daar zelf in."""

from __future__ import annotations

import openpyxl
import pytest

from agressie_cli.domein import velden
from agressie_cli.domein.velden import Veld
from conftest import ADRES, maak_gemeente

PEILDATUM = "2026-11-23"  # ruim vijf jaar na het incident van 2020: de bewaartermijn (standaard 5 jaar) is om
KLASSE = {"geertruidenberg": {"ernst": "agressief"}, "losser": {"gedrag": "D"}}
NOTITIE = Veld("notitie_medewerker", "Notitie medewerker", breedte=30, persoonsgegeven=True, json=("lijst",))


@pytest.fixture(scope="module")
def met_notitie():
    """Eén regel in de veldtabel, voor de hele module (de controle na elke test leest het register nog)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(velden, "INCIDENT", (*velden.INCIDENT, NOTITIE))
        yield


def test_de_lijst_toont_de_velden_van_de_veldtabel_in_dezelfde_volgorde(tmp_path):
    """`lijst --json` zoals vóór 3.2: dezelfde sleutels in dezelfde volgorde, nu uit Veld.json."""
    for gemeente, klasse in KLASSE.items():
        g = maak_gemeente(tmp_path / gemeente, gemeente, geheugen=True)
        g.meld(naam="Jan de Vries", kanaal="balie", datum="2026-11-17", tijd="10:30", **klasse)
        [rij] = g.json("lijst")
        assert list(rij) == [
            "incident", "datum", "tijd", "persoon", "naam", "kanaal", *klasse,
            "klasse", "klasse_sleutel",  # 3.6: een vaste sleutel naast die van het profiel
            "status", "ontbrekend",
        ]  # fmt: skip
        assert rij["naam"] == "Jan de Vries" and rij["tijd"] == "10:30"


@pytest.mark.parametrize("gemeente", ["geertruidenberg", "losser"])
def test_een_nieuw_persoonsgegeven_staat_in_de_lijst_en_is_na_opschonen_leeg(tmp_path, met_notitie, gemeente):
    """Een nieuw veld met persoonsgegeven=True en json=("lijst",): `lijst --json` toont het (de JSON-vorm volgt de
    veldtabel), en na `opschonen --uitvoeren` is het leeg, net als de naam."""
    g = maak_gemeente(tmp_path, gemeente)
    nummer = g.meld(naam="Jan de Vries", kanaal="balie", datum="2020-03-02", **ADRES, **KLASSE[gemeente])
    wb = openpyxl.load_workbook(g.register)
    ws = wb["Incidenten"]
    koppen = [c.value for c in ws[1]]
    ws.cell(2, koppen.index("Notitie medewerker") + 1).value = "Sanne Bakker was erbij"
    wb.save(g.register)
    [rij] = g.json("lijst")
    assert rij["notitie_medewerker"] == "Sanne Bakker was erbij" and rij["naam"] == "Jan de Vries"
    assert list(rij)[-5:] == ["notitie_medewerker", "klasse", "klasse_sleutel", "status", "ontbrekend"]  # 3.6

    assert g.json("opschonen", "--peildatum", PEILDATUM, "--uitvoeren")["uitgevoerd"] is True
    [rij] = g.json("lijst")
    assert rij["incident"] == nummer
    assert rij["notitie_medewerker"] is None and rij["naam"] is None
    assert "Sanne Bakker" not in str(rij) and "Jan de Vries" not in str(rij)
