"""Issue 4/7: het kwartaaloverzicht, opgebouwd uit een register dat via de CLI is gevuld."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

NAMEN = ["Jan de Vries", "Kees Bakker", "Anna Smit", "P. Jansen", "K. Smits", "M. de Boer"]


@pytest.fixture
def gevuld(gtb):
    g = gtb
    a = g.meld(
        naam="Jan de Vries",
        datum="2026-07-03",
        kanaal="balie",
        ernst="agressief",
        vorm=["verbaal"],
        afdeling="Burgerzaken",
        melder="P. Jansen",
        medewerker=["P. Jansen"],
        politie=True,
        aangifte=False,
        letsel="nee",
    )
    g.ok(
        "maatregel",
        a,
        "--soort",
        "waarschuwing",
        "--datum",
        "2026-07-06",
        "--toelichting",
        "opzet van de test: deze soort is hier bewust gekozen",
    )
    b = g.meld(
        naam="Jan de Vries",
        datum="2026-08-10",
        kanaal="telefoon",
        ernst="licht",
        vorm=["verbaal", "hinderlijk"],
        afdeling="Sociaal Domein",
        medewerker=["K. Smits"],
    )
    g.ok(
        "maatregel",
        b,
        "--soort",
        "ordegesprek",
        "--datum",
        "2026-08-25",
        "--toelichting",
        "opzet van de test: deze soort is hier bewust gekozen",
    )  # te laat (na 17 augustus)
    c = g.meld(
        naam="Kees Bakker",
        datum="2026-09-15",
        kanaal="balie",
        ernst="strafbaar",
        vorm=["fysiek"],
        afdeling="Burgerzaken",
        politie=True,
        aangifte=True,
        letsel="blauwe plek",
        materiele_schade="balie beschadigd",
        leidinggevende="M. de Boer",
    )
    g.ok(
        "maatregel",
        c,
        "--soort",
        "toegangsverbod",
        "--datum",
        "2026-09-16",
        "--toelichting",
        "opzet van de test: deze soort is hier bewust gekozen",
    )
    g.meld(
        naam="Anna Smit",
        datum="2026-09-29",
        kanaal="spreekkamer",
        ernst="licht",
        vorm=["discriminatie"],
        psychisch="slaapt slecht",
    )
    g.meld(naam="Anna Smit", datum="2026-05-01", kanaal="balie", ernst="licht")  # Q2
    g.meld(naam="Kees Bakker", datum="2025-08-01", kanaal="telefoon", ernst="agressief")  # Q3 een jaar eerder
    return g


def test_json_cijfers_kloppen_met_wat_geregistreerd_is(gevuld):
    data = gevuld.json("rapport", "--kwartaal", "2026-Q3")
    assert data["periode"] == "2026-Q3" and data["incidenten"] == 4
    assert data["per_vorm"] == {
        "verbaal": 2,
        "fysiek": 1,
        "discriminatie": 1,
        "seksuele-intimidatie": 0,
        "hinderlijk": 1,
    }
    assert data["per_ernst"] == {"licht": 2, "agressief": 1, "strafbaar": 1}
    assert (
        data["per_kanaal"]["balie"] == 2
        and data["per_kanaal"]["telefoon"] == 1
        and data["per_kanaal"]["spreekkamer"] == 1
    )
    assert data["per_afdeling"] == {"(onbekend)": 1, "Burgerzaken": 2, "Sociaal Domein": 1}
    assert (
        data["maatregelen"]["waarschuwing"] == 1
        and data["maatregelen"]["ordegesprek"] == 1
        and data["maatregelen"]["toegangsverbod"] == 1
    )
    assert data["politie"] == 2 and data["aangifte"] == 1
    assert data["schade"] == {"lichamelijk letsel": 1, "psychische klachten": 1, "materiële schade": 1}
    assert data["herhaalde_personen"] == 1
    assert data["te_laat"] == 2  # ordegesprek na de termijn, en 2026-09-29 zonder maatregel
    assert data["open"] == 1
    assert data["vorige_periode"]["incidenten"] == 1 and data["jaar_eerder"]["incidenten"] == 1
    assert [r["kwartaal"] for r in data["trend"]][-1] == "2026-Q3" and len(data["trend"]) == 8


def test_werkboek_cijfers_grafieken_en_geen_namen(gevuld):
    uitvoer = gevuld.ok("rapport", "--kwartaal", "2026-Q3")
    assert "Incidenten" in uitvoer and "2026-Q2" in uitvoer and "2025-Q3" in uitvoer
    pad = gevuld.map / "rapporten" / "rapport-2026-Q3.xlsx"
    wb = openpyxl.load_workbook(pad)
    assert wb.sheetnames == ["Samenvatting", "Trend", "Incidenten"]
    samenvatting = {r[0].strip(): r[1:] for r in wb["Samenvatting"].iter_rows(min_row=5, values_only=True) if r[0]}
    assert samenvatting["Incidenten"] == (4, 1, 1)
    assert samenvatting["Strafbaar feit"][0] == 1
    assert samenvatting["Personen met meer dan één incident"][0] == 1
    assert len(wb["Trend"]._charts) == 2
    trend = list(wb["Trend"].iter_rows(values_only=True))
    assert trend[0][:2] == ("Kwartaal", "Totaal") and trend[-1][:2] == ("2026-Q3", 4)
    incidenten = list(wb["Incidenten"].iter_rows(values_only=True))
    assert len(incidenten) == 5
    alle_cellen = " ".join(str(c) for ws in wb for rij in ws.iter_rows(values_only=True) for c in rij if c is not None)
    for naam in NAMEN:
        assert naam not in alle_cellen
    assert "P0001" not in alle_cellen


def test_met_namen_toont_namen(gevuld):
    data = gevuld.json("rapport", "--kwartaal", "2026-Q3", "--met-namen")
    wb = openpyxl.load_workbook(data["bestand"])
    alle = " ".join(str(c) for rij in wb["Incidenten"].iter_rows(values_only=True) for c in rij if c)
    assert "Jan de Vries" in alle and "P. Jansen" in alle


def test_jaar_en_leeg_kwartaal(gevuld):
    jaar = gevuld.json("rapport", "--jaar", "2026")
    assert jaar["incidenten"] == 5 and jaar["vorige_periode"]["incidenten"] == 1
    leeg = gevuld.json("rapport", "--kwartaal", "2024-Q1")
    assert leeg["incidenten"] == 0 and all(v == 0 for v in leeg["per_vorm"].values())
    assert Path(leeg["bestand"]).is_file()


@pytest.mark.parametrize("args", [["--kwartaal", "2026-Q5"], ["--kwartaal", "derde"], ["--jaar", "26"], []])
def test_foute_periode_exit_2(gtb, args):
    uitkomst = gtb.run("rapport", *args)
    assert uitkomst.exit_code == 2
    assert "kwartaal" in uitkomst.output.lower() or "jaar" in uitkomst.output.lower()
    assert not (gtb.map / "rapporten").exists()


def test_bestaand_rapport_niet_stil_overschreven(gtb):
    gtb.ok("rapport", "--kwartaal", "2026-Q3")
    uitkomst = gtb.run("rapport", "--kwartaal", "2026-Q3")
    assert uitkomst.exit_code == 2 and "--overschrijven" in uitkomst.output
    gtb.ok("rapport", "--kwartaal", "2026-Q3", "--overschrijven")
