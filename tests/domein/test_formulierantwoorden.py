"""Issue 2.7: de antwoorden van een meldformulier omzetten, zonder Excel (domein/meldformulier.py)."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from agressie_cli.domein.fouten import InvoerFout
from agressie_cli.domein.instellingen import Instellingen
from agressie_cli.domein.meldformulier import Antwoord, lees_antwoorden
from agressie_cli.domein.profiel import laad_profiel


@pytest.fixture
def profiel(tmp_path):
    return laad_profiel(Instellingen(tmp_path, {"profiel": "geertruidenberg"}))


def _lees(profiel, **antwoorden):
    cellen = [Antwoord(sleutel, f"B{i}", waarde) for i, (sleutel, waarde) in enumerate(antwoorden.items(), 5)]
    return lees_antwoorden("f.xlsx", cellen, profiel, vandaag=date(2026, 11, 24))


def test_dezelfde_antwoorden_anders_bewaard_geven_dezelfde_vingerafdruk(profiel):
    excel = _lees(
        profiel,
        naam="Jan  de Vries",
        kanaal="Balie",
        ernst="licht",
        datum=datetime(2026, 11, 17),
        tijd=time(10, 30),
        omschrijving="Schold.\r\nSloeg.",
        politie="ja",
    )
    libreoffice = _lees(
        profiel,
        naam="Jan de Vries",
        kanaal="balie",
        ernst="licht",
        datum="17-11-2026",
        tijd="10:30",
        omschrijving="Schold.\nSloeg.",
        politie=True,
    )
    assert excel.velden["datum"] == date(2026, 11, 17) and excel.velden["politie"] is True
    assert excel.vingerafdruk == libreoffice.vingerafdruk
    ander = _lees(profiel, naam="Jan de Vries", kanaal="balie", ernst="agressief", datum="17-11-2026")
    assert ander.vingerafdruk != excel.vingerafdruk


def test_elke_fout_noemt_bestand_en_cel(profiel):
    with pytest.raises(InvoerFout) as fout:
        _lees(profiel, naam="Jan", kanaal="balie", ernst="licht", datum="2026-12-01", politie="misschien")
    assert fout.value.melding.splitlines() == [
        "f.xlsx, cel B9 (politie ingeschakeld): 'misschien' is geen ja of nee.",
        "f.xlsx, cel B8 (datum): 01-12-2026 ligt in de toekomst.",
    ]
