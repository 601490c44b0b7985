"""De duur van een maatregel en de veldtabel: wat de gebruiker ervan terugziet in het advies, de opties en het register."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from agressie_cli.cli.veldwoorden import melding
from agressie_cli.domein.duur import Duur
from agressie_cli.domein.fouten import InvoerFout
from agressie_cli.domein.velden import INVOER, kolommen_van
from conftest import maak_gemeente


@pytest.mark.parametrize(
    ("tekst", "maanden", "tekst_voluit"),
    [
        ("3", 3, "3 maanden"),
        ("1", 1, "1 maand"),
        ("onbepaald", None, "onbepaalde tijd"),
        ("Onbepaalde tijd", None, "onbepaalde tijd"),
    ],
)
def test_duur_lezen_en_tonen(tekst, maanden, tekst_voluit):
    duur = Duur.lees(tekst)
    assert duur is not None and duur.maanden == maanden and duur.tekst() == tekst_voluit
    assert duur.als_cel() == (maanden if maanden else "onbepaald")


@pytest.mark.parametrize("tekst", ["0", "121", "drie", "-1"])
def test_duur_onzin_noemt_de_optie(tekst):
    with pytest.raises(InvoerFout) as fout:
        Duur.lees(tekst)
    # 3.2: het domein noemt het veld; de opdrachtregel zet het om in de optie
    assert fout.value.velden == ["duur"] and melding(fout.value).startswith("--duur: ")


def test_einde_van_een_periode_en_onbepaald():
    assert Duur(3).einde(date(2026, 11, 23)) == date(2027, 2, 22)
    assert Duur(6).einde(date(2026, 1, 1)) == date(2026, 6, 30)
    assert Duur(None).einde(date(2026, 11, 23)) is None


def test_elk_invoerveld_is_een_optie_van_melden_en_aanvullen(gtb):
    for commando in ("melden", "aanvullen"):
        hulp = gtb.ok(commando, "--help")
        for veld in INVOER:
            assert veld.optie in hulp, f"{commando} mist {veld.optie}"
            if veld.uit:
                assert veld.uit in hulp


@pytest.mark.parametrize("naam", ["geertruidenberg", "losser"])
def test_kolommen_van_het_register_volgen_de_veldtabel(tmp_path, naam):
    from agressie_cli.domein.instellingen import lees_instellingen
    from agressie_cli.domein.profiel import laad_profiel

    g = maak_gemeente(tmp_path, naam)
    profiel = laad_profiel(lees_instellingen(g.map))
    werkboek = openpyxl.load_workbook(g.register)
    for blad in ("Incidenten", "Personen", "Maatregelen"):
        koppen = [c.value for c in werkboek[blad][1]]
        assert koppen == [k.kop for k in kolommen_van(blad, profiel)]
    assert ("Gedrag" in [c.value for c in werkboek["Incidenten"][1]]) == (naam == "losser")
