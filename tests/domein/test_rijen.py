"""Issue 3.2, "Typed records for incident, person and measure rows (dataclasses or TypedDicts) instead of
string-keyed dicts". domein/rijen.py geeft de rijen een type; de sleutels zijn met de hand overgenomen uit de
veldtabel (domein/velden.py). Deze test houdt ze gelijk: een nieuw `Veld(...)` zonder regel in rijen.py (of andersom)
faalt hier, met de sleutel die ontbreekt."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import get_type_hints

import pytest

from agressie_cli.domein import rijen, velden
from agressie_cli.domein.duur import Duur

TYPE = {
    "tekst": str | None,
    "keuze": str | None,
    "datum": date | None,
    "tijd": time | None,
    "moment": datetime | None,
    "janee": bool | None,
    "lijst": list[str],
    "duur": Duur | None,
}


@pytest.mark.parametrize(
    ("rij", "tabel"),
    [(rijen.IncidentRij, "INCIDENT"), (rijen.PersoonRij, "PERSOON"), (rijen.MaatregelRij, "MAATREGEL")],
)
def test_de_getypte_rij_heeft_precies_de_velden_van_de_veldtabel(rij, tabel):
    """Dezelfde sleutels in dezelfde volgorde als de kolommen, elk met het type dat Veld.type zegt; total=False."""
    kolommen = getattr(velden, tabel)
    hints = get_type_hints(rij)
    assert list(hints) == [v.sleutel for v in kolommen]
    assert {s: hints[s] for s in hints} == {v.sleutel: TYPE[v.type] for v in kolommen}
    assert rij.__total__ is False


def test_de_test_ziet_een_veld_dat_er_alleen_in_de_veldtabel_bij_kwam(monkeypatch):
    """De vergelijking kan falen: een nieuwe kolom in de veldtabel zonder regel in rijen.py."""
    monkeypatch.setattr(velden, "PERSOON", (*velden.PERSOON, velden.Veld("klantnummer", "Klantnummer", persoon=True)))
    with pytest.raises(AssertionError):
        test_de_getypte_rij_heeft_precies_de_velden_van_de_veldtabel(rijen.PersoonRij, "PERSOON")
