"""Issue 2/7: protocolregels als data, advies, maatregel, verboden en termijnen.

Door de CLI zoals een gebruiker, maar met het register in het geheugen (GeheugenOpslag): de regels worden
getest zonder Excel-bestand; dat de Excel-opslag dezelfde rijen bewaart, testen tests/opslag en tests/cli."""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from agressie_cli.cli import app
from agressie_cli.domein.datums import plus_maanden
from conftest import Gemeente, maak_gemeente


@pytest.fixture
def gtb(tmp_path) -> Gemeente:
    return maak_gemeente(tmp_path, "geertruidenberg", geheugen=True)


@pytest.fixture
def losser(tmp_path) -> Gemeente:
    return maak_gemeente(tmp_path, "losser", geheugen=True)


VOORBEELDEN = Path(__file__).resolve().parents[2] / "voorbeelden"

# De interventiematrix uit ../shared/domein.md (bijlage 2): (soort, duur, aangifte) per herhaling.
MATRIX = {
    "licht": [
        ("registratie", None, False),
        ("waarschuwing", None, False),
        ("ordegesprek", None, False),
        ("toegangsverbod", 3, False),
        ("toegangsverbod", 6, False),
        ("toegangsverbod", "onbepaald", False),
    ],
    "agressief": [
        ("waarschuwing", None, False),
        ("ordegesprek", None, False),
        ("toegangsverbod", 3, False),
        ("toegangsverbod", 6, False),
        ("toegangsverbod", "onbepaald", False),
    ],
    "strafbaar": [("toegangsverbod", 3, True), ("toegangsverbod", 6, True), ("toegangsverbod", "onbepaald", True)],
}
NIEUW = date(2026, 11, 20)


def _cel(ernst: str, herhaling: int):
    kolom = MATRIX[ernst]
    return kolom[min(herhaling, len(kolom) - 1)]


@pytest.mark.parametrize("ernst", ["licht", "agressief", "strafbaar"])
@pytest.mark.parametrize("herhaling", range(0, 8))
def test_elke_cel_van_de_interventiematrix(gtb, ernst, herhaling):
    for i in range(herhaling):  # eerdere incidenten binnen het venster, telefonisch (geen verbod overtreden)
        gtb.meld(
            naam="Jan de Vries",
            kanaal="telefoon",
            ernst="licht",
            datum=(NIEUW - timedelta(days=10 * (i + 1))).isoformat(),
        )
    nummer = gtb.meld(naam="Jan de Vries", kanaal="telefoon", ernst=ernst, datum=NIEUW.isoformat())
    advies = gtb.json("advies", nummer)
    soort, duur, aangifte = _cel(ernst, herhaling)
    assert advies["soort"] == soort
    assert advies["herhaling"] == herhaling
    assert advies["aangifte"] is aangifte
    assert advies["duur_maanden"] == (None if duur == "onbepaald" else duur)
    assert advies["uiterlijk"] == ("2026-11-27" if advies["brief"] else None)  # registratie: niets mee te delen (2.2)
    assert f"interventiematrix: {ernst}" in advies["uitleg"] or f"interventiematrix: {ernst}" in advies["regel"]
    tekst = gtb.ok("advies", nummer)
    assert ("eerste keer" if herhaling == 0 else f"herhaling {herhaling}") in tekst
    assert ("uiterlijk 27 november 2026" in tekst) == (soort != "registratie")  # registratie: niets mee te delen


def test_advies_tekst_noemt_regel_meegeteld_buiten_venster_en_informeren(gtb):
    gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="agressief", datum="2026-01-05")
    gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="agressief", datum="2026-08-01")
    gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="agressief", datum="2026-10-01")
    nummer = gtb.meld(
        naam="Jan de Vries",
        kanaal="balie",
        ernst="agressief",
        datum="2026-11-10",
        medewerker=["P. Jansen"],
        leidinggevende="K. Smits",
    )
    tekst = gtb.ok("advies", nummer)
    assert "interventiematrix: agressief, herhaling 2" in tekst
    assert "Ontzegging gemeentehuis" in tekst and "3 maanden" in tekst
    assert "2026-0002, 2026-0003" in tekst
    assert "Buiten het venster (telt niet mee): 2026-0001" in tekst
    assert "politie" in tekst and "receptie" in tekst and "K. Smits" in tekst and "P. Jansen" in tekst
    assert "uiterlijk 17 november 2026" in tekst


@pytest.mark.parametrize("dagen_eerder, binnen", [(0, True), (1, False)])
def test_vensterranden(gtb, dagen_eerder, binnen):
    nieuw = date(2026, 11, 23)
    rand = plus_maanden(nieuw, -6) - timedelta(days=dagen_eerder)  # 23 mei 2026 is nog binnen
    gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="licht", datum=rand.isoformat())
    nummer = gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="licht", datum=nieuw.isoformat())
    advies = gtb.json("advies", nummer)
    assert advies["herhaling"] == (1 if binnen else 0)
    assert advies["soort"] == ("waarschuwing" if binnen else "registratie")
    assert advies["buiten_venster"] == ([] if binnen else ["2026-0001"])


def test_oud_maar_lopend_verbod_telt_en_overtreden_geeft_niet_nakomen(gtb):
    oud = gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="strafbaar", datum="2025-12-01")
    gtb.ok(
        "maatregel",
        oud,
        "--soort",
        "toegangsverbod",
        "--duur",
        "onbepaald",
        "--datum",
        "2025-12-05",
        "--toelichting",
        "opzet van de test: deze soort is hier bewust gekozen",
    )
    telefonisch = gtb.meld(naam="Jan de Vries", kanaal="telefoon", ernst="agressief", datum="2026-11-10")
    advies = gtb.json("advies", telefonisch)
    # 3.1: geen ordegesprek tijdens een ontzegging (6.3: "Het gesprek vindt plaats op het gemeentehuis"), maar de
    # volgende trede van de ladder (6.5: de ontzegging "aangevuld met een telefonisch contactverbod").
    assert advies["herhaling"] == 1 and advies["soort"] == "toegangs-en-belverbod" and advies["onbepaald"] is True
    assert advies["actieve_verboden"] == ["toegangsverbod (2025-0001)"]
    in_gebouw = gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="licht", datum="2026-11-20")
    advies = gtb.json("advies", in_gebouw)
    assert advies["soort"] == "niet-nakomen"
    assert advies["aangifte"] is True
    # 6.7 "In principe wordt automatisch gekozen voor het inzetten van een zwaardere maatregel": na een ontzegging
    # voor onbepaalde tijd is dat de ontzegging met telefonisch contactverbod, ook voor onbepaalde tijd.
    assert advies["vervolg"] == {
        "soort": "toegangs-en-belverbod",
        "duur_maanden": None,
        "onbepaald": True,
        "duur_bepalen": False,
    }
    assert advies["overtreding"] == "M00001"
    assert "lokaalvredebreuk" in advies["uitleg"]
    assert gtb.json("verboden", "--peildatum", "2026-11-23")[0]["einde"] is None


def test_losser_eerste_en_tweede_keer_aanhoudend(losser):
    eerste = losser.meld(naam="Piet Klaassen", kanaal="telefoon", gedrag="C", aanhoudend=True, datum="2026-09-01")
    advies = losser.json("advies", eerste)
    assert advies["soort"] == "waarschuwing" and advies["aangifte"] is False
    losser.ok(
        "maatregel",
        eerste,
        "--soort",
        "waarschuwing",
        "--datum",
        "2026-09-03",
        "--toelichting",
        "opzet van de test: deze soort is hier bewust gekozen",
    )
    per_telefoon = losser.meld(naam="Piet Klaassen", kanaal="telefoon", gedrag="B", aanhoudend=True, datum="2026-10-01")
    advies = losser.json("advies", per_telefoon)
    assert advies["soort"] == "belverbod"
    assert advies.get("duur_bepalen") is True and "duur_maanden" not in advies
    aan_balie = losser.meld(naam="Piet Klaassen", kanaal="balie", gedrag="A", aanhoudend=True, datum="2026-10-02")
    assert losser.json("advies", aan_balie)["soort"] == "toegangsverbod"


def test_losser_d_e_en_niet_aanhoudend(losser):
    d = losser.meld(naam="Piet Klaassen", kanaal="balie", gedrag="D", datum="2026-11-01")
    advies = losser.json("advies", d)
    assert advies["soort"] == "bedreiging" and advies["aangifte"] is True
    e = losser.meld(naam="Anna Smit", kanaal="balie", gedrag="E", datum="2026-11-01")
    advies = losser.json("advies", e)
    assert advies["soort"] is None
    assert "0900-8844" in advies["uitleg"] and "hulpinstantie" in advies["uitleg"]
    assert "nooit een brief" in losser.ok("advies", e)
    niet = losser.meld(naam="Kees Bakker", kanaal="balie", gedrag="C", aanhoudend=False, datum="2026-11-01")
    assert losser.json("advies", niet)["soort"] == "registratie"


def test_losser_waarschuwing_buiten_venster_telt_niet(losser):
    eerste = losser.meld(naam="Piet Klaassen", kanaal="balie", gedrag="C", aanhoudend=True, datum="2026-01-10")
    losser.ok(
        "maatregel",
        eerste,
        "--soort",
        "waarschuwing",
        "--datum",
        "2026-01-12",
        "--toelichting",
        "opzet van de test: deze soort is hier bewust gekozen",
    )
    later = losser.meld(naam="Piet Klaassen", kanaal="balie", gedrag="C", aanhoudend=True, datum="2026-11-01")
    advies = losser.json("advies", later)
    assert advies["soort"] == "waarschuwing"
    assert advies["buiten_venster"] == [eerste]


def test_losser_na_een_verbod_opnieuw_een_verbod_en_dat_wordt_gezegd(losser):
    a = losser.meld(naam="Piet Klaassen", kanaal="balie", gedrag="C", aanhoudend=True, datum="2026-08-01")
    losser.ok(
        "maatregel",
        a,
        "--soort",
        "waarschuwing",
        "--datum",
        "2026-08-02",
        "--toelichting",
        "opzet van de test: deze soort is hier bewust gekozen",
    )
    b = losser.meld(naam="Piet Klaassen", kanaal="telefoon", gedrag="C", aanhoudend=True, datum="2026-09-01")
    losser.ok(
        "maatregel",
        b,
        "--soort",
        "belverbod",
        "--duur",
        "1",
        "--datum",
        "2026-09-02",
        "--toelichting",
        "opzet van de test: deze soort is hier bewust gekozen",
    )
    c = losser.meld(naam="Piet Klaassen", kanaal="telefoon", gedrag="C", aanhoudend=True, datum="2026-11-01")
    advies = losser.json("advies", c)
    assert advies["soort"] == "belverbod"
    assert "zegt niet wat volgt" in advies["uitleg"]


def test_losser_toegangsverbod_overtreden(losser):
    a = losser.meld(naam="Piet Klaassen", kanaal="balie", gedrag="D", datum="2026-10-01")
    losser.ok(
        "maatregel",
        a,
        "--soort",
        "bedreiging",
        "--duur",
        "6",
        "--datum",
        "2026-10-02",
        "--toelichting",
        "opzet van de test: deze soort is hier bewust gekozen",
    )
    b = losser.meld(naam="Piet Klaassen", kanaal="balie", gedrag="A", aanhoudend=False, datum="2026-11-01")
    advies = losser.json("advies", b)
    # 5.3: bij een bedreiging "krijgt diegene een belbeperking en een toegangsverbod"; wie dat verbod overtreedt,
    # krijgt opnieuw een bedreigingsbrief, voor een langere periode (beide verboden blijven).
    assert advies["soort"] == "bedreiging" and advies["aangifte"] is True and advies["duur_bepalen"] is True
    assert advies["vervolg"]["soort"] == "bedreiging" and advies["overtreding"] == "M00001"
    assert "lopend toegangsverbod" in advies["uitleg"] and "langere periode" in advies["uitleg"]


def test_afwijking_wordt_gezegd_en_vastgelegd(gtb):
    nummer = gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="agressief", datum="2026-11-17")
    uitkomst = gtb.ok("maatregel", nummer, "--soort", "registratie", "--toelichting", "excuses aangeboden")
    assert "wijkt af van het protocol" in uitkomst and "waarschuwing" in uitkomst
    historie = gtb.json("historie", "P0001")
    assert historie["maatregelen"][0]["afwijking"] is True
    volgens = gtb.meld(naam="Kees Bakker", kanaal="balie", ernst="licht", datum="2026-11-17")
    data = gtb.json(
        "maatregel",
        volgens,
        "--soort",
        "registratie",
        "--toelichting",
        "opzet van de test: deze soort is hier bewust gekozen",
    )
    assert data["afwijking"] is False
    assert gtb.json("lijst", "--naam", "Bakker")[0]["status"] == "afgehandeld"


def test_maatregel_met_periode_en_einddatum(gtb):
    nummer = gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="strafbaar", datum="2026-11-20")
    data = gtb.json(
        "maatregel",
        nummer,
        "--soort",
        "toegangsverbod",
        "--datum",
        "2026-11-23",
        "--toelichting",
        "opzet van de test: deze soort is hier bewust gekozen",
    )
    assert data["ingang"] == "2026-11-23" and data["einde"] == "2027-02-22" and data["duur_maanden"] == 3
    assert data["afwijking"] is False
    verboden = gtb.json("verboden", "--peildatum", "2027-02-22")
    assert verboden == [
        {
            **verboden[0],
            "persoon": "P0001",
            "naam": "Jan de Vries",
            "soort": "toegangsverbod",
            "ingang": "2026-11-23",
            "einde": "2027-02-22",
        }
    ]
    assert gtb.json("verboden", "--peildatum", "2027-02-23") == []
    assert "Jan de Vries" in gtb.ok("verboden", "--peildatum", "2026-12-01", "--naam", "vries")


@pytest.mark.parametrize(
    "args, woord",
    [
        (["advies", "2026-9999"], "2026-9999"),
        (["maatregel", "2026-0001", "--soort", "schorsing"], "waarschuwing, ordegesprek"),
        (["maatregel", "2026-0001", "--soort", "belverbod"], "toegangs-en-belverbod"),
        (["maatregel", "2026-0001", "--soort", "waarschuwing", "--duur", "3"], "--duur"),
        (["maatregel", "2026-0001", "--soort", "toegangsverbod", "--duur", "drie"], "--duur"),
        (["maatregel", "2026-0001", "--soort", "niet-nakomen"], "geen lopend toegangsverbod"),
        (["verboden", "--peildatum", "2026-02-30"], "--peildatum"),
        (["termijnen", "--peildatum", "morgen"], "--peildatum"),
    ],
)
def test_foute_invoer_bij_regels(gtb, args, woord):
    gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="agressief", datum="2026-11-17")
    voor = gtb.momentopname()
    uitkomst = gtb.run(*args)
    assert uitkomst.exit_code == 2, uitkomst.output
    assert woord in uitkomst.output
    assert gtb.momentopname() == voor


def test_losser_verbod_zonder_duur_geweigerd(losser):
    nummer = losser.meld(naam="Piet Klaassen", kanaal="balie", gedrag="D", datum="2026-11-17")
    uitkomst = losser.run("maatregel", nummer, "--soort", "bedreiging")
    assert uitkomst.exit_code == 2 and "--duur is verplicht" in uitkomst.output


def test_termijnen_dringendste_eerst(gtb):
    a = gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="agressief", datum="2026-11-10", medewerker=["P. Jansen"])
    b = gtb.meld(naam="Kees Bakker", kanaal="balie", ernst="strafbaar", datum="2026-09-01")
    gtb.ok(
        "maatregel",
        b,
        "--soort",
        "toegangsverbod",
        "--datum",
        "2026-09-02",
        "--toelichting",
        "opzet van de test: deze soort is hier bewust gekozen",
    )  # t/m 1 december 2026
    c = gtb.meld(
        naam="Anna Smit", kanaal="balie", ernst="licht", datum="2026-11-22", politiek_ambtsdrager=True, tijd="09:00"
    )
    items = gtb.json("termijnen", "--peildatum", "2026-11-23")
    soorten = [(i["soort"], i["incident"]) for i in items]
    assert ("maatregel", a) in soorten and ("verbod loopt af", b) in soorten
    # De 48-uursreactie van de burgemeester is een regel van Losser; Geertruidenberg kent hem niet (2.2).
    assert ("reactie burgemeester", c) not in soorten and ("nazorg", a) in soorten
    assert [i["uiterlijk"] for i in items] == sorted(i["uiterlijk"] for i in items)
    verlopen = next(i for i in items if i["soort"] == "maatregel" and i["incident"] == a)
    assert verlopen["verlopen"] is True and verlopen["uiterlijk"] == "2026-11-17"
    assert next(i for i in items if i["soort"] == "verbod loopt af")["uiterlijk"] == "2026-12-01"
    assert "VERLOPEN" in gtb.ok("termijnen", "--peildatum", "2026-11-23")


def test_eigen_profiel_uit_voorbeelden(tmp_path):
    map_pad = tmp_path / "zeeloo"
    shutil.copytree(VOORBEELDEN / "zeeloo", map_pad)
    runner = CliRunner()
    uitkomst = runner.invoke(app, ["--map", str(map_pad), "init"])
    assert uitkomst.exit_code == 0, uitkomst.output
    g = Gemeente(map_pad)
    g.meld(naam="Jan de Vries", kanaal="balie", ernst="licht", datum="2026-01-15")  # 10 maanden eerder: binnen 12
    nummer = g.meld(naam="Jan de Vries", kanaal="balie", ernst="strafbaar", datum="2026-11-15")
    advies = g.json("advies", nummer)
    assert (
        advies["soort"] == "toegangs-en-belverbod" and advies["duur_maanden"] is None
    )  # onbepaalde tijd (herhaling 1)
    assert advies["herhaling"] == 1 and advies["aangifte"] is True
    assert advies["uiterlijk"] == "2026-11-20"  # reactietermijn 5 dagen
    eerste = g.meld(naam="Kees Bakker", kanaal="balie", ernst="agressief", datum="2026-11-15")
    assert g.json("advies", eerste)["soort"] == "waarschuwing"


def test_termijnen_vat_oude_achterstand_samen(gtb):
    """Een register van jaren heeft vaak oude, nooit afgesloten incidenten; die mogen niet verdringen wat nu moet."""
    oud = [gtb.meld(naam=f"Oud {i}", kanaal="balie", ernst="licht", datum=f"2024-0{i}-10") for i in range(1, 4)]
    nieuw = gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="agressief", datum="2026-11-20")
    tekst = gtb.ok("termijnen", "--peildatum", "2026-11-23")
    assert nieuw in tekst and not any(n in tekst for n in oud)
    assert (
        # per oud incident: maatregel, melding onvolledig en doorsturen (de werkdag na het incident, 2.7)
        "Daarnaast 9 termijnen bij 3 incidenten die al meer dan 90 dagen verlopen zijn (de oudste op 11-01-2024)"
        in tekst
    )
    assert "agressie termijnen --alles" in tekst and "agressie afsluiten NUMMER" in tekst
    alles = gtb.ok("termijnen", "--peildatum", "2026-11-23", "--alles")
    assert all(n in alles for n in [*oud, nieuw]) and "Daarnaast" not in alles
    assert {i["incident"] for i in gtb.json("termijnen", "--peildatum", "2026-11-23")} == {*oud, nieuw}
    gtb.ok("afsluiten", oud[0])
    assert "Daarnaast 6 termijnen bij 2 incidenten" in gtb.ok("termijnen", "--peildatum", "2026-11-23")
