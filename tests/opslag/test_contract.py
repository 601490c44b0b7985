"""Het Opslag-contract: dezelfde commando's geven hetzelfde met het register in Excel en in het geheugen.
Een nieuwe opslag (een database voor een regio) hoort deze tests ook te halen."""

from __future__ import annotations

import json

import pytest

from conftest import maak_gemeente


@pytest.fixture(params=["excel", "geheugen"])
def gemeente(request, tmp_path):
    return maak_gemeente(tmp_path, "geertruidenberg", geheugen=request.param == "geheugen")


def _scenario(g) -> list[str]:
    eerste = g.meld(naam="Jan de Vries", kanaal="balie", ernst="agressief", datum="2026-10-01", tijd="10:30")
    tweede = g.meld(naam="Jan de Vries", kanaal="telefoon", ernst="agressief", datum="2026-10-20")
    g.ok(
        "maatregel",
        eerste,
        "--soort",
        "toegangsverbod",
        "--duur",
        "3",
        "--datum",
        "2026-10-02",
        "--toelichting",
        "opzet van de test: deze soort is hier bewust gekozen",
    )
    g.ok("aanvullen", tweede, "--afdeling", "Burgerzaken", "--vorm", "verbaal")
    return [eerste, tweede]


def test_lezen_en_wijzigen_geven_hetzelfde(gemeente):
    eerste, tweede = _scenario(gemeente)
    historie = gemeente.json("historie", "Jan de Vries", "--peildatum", "2026-11-01")
    assert [i["incident"] for i in historie["incidenten"]] == [tweede, eerste]
    assert historie["incidenten"][1]["tijd"] == "10:30"
    assert historie["actieve_verboden"][0]["einde"] == "2027-01-01"
    assert historie["actieve_verboden"][0]["duur"] == 3
    verboden = gemeente.json("verboden", "--peildatum", "2026-11-01")
    assert [(v["persoon"], v["soort"], v["ingang"]) for v in verboden] == [("P0001", "toegangsverbod", "2026-10-02")]
    lijst = {r["incident"]: r for r in gemeente.json("lijst")}
    assert lijst[tweede]["status"] == "gemeld" and lijst[eerste]["status"] not in ("gemeld", "compleet")


def test_herstel_zet_de_vorige_stand_terug(gemeente):
    _scenario(gemeente)
    kopieen = gemeente.run("herstel", "--lijst")
    assert kopieen.exit_code == 0 and "Nr" in kopieen.output
    gemeente.ok("herstel", "1")  # de stand vóór de laatste schrijfactie: het aanvullen
    rijen = gemeente.json("lijst")
    assert len(rijen) == 2
    assert gemeente.json("historie", "Jan de Vries")["incidenten"][0]["vorm"] == []


def test_foute_invoer_laat_het_register_ongemoeid(gemeente):
    _scenario(gemeente)
    voor = gemeente.momentopname()
    uitkomst = gemeente.run("aanvullen", "2026-0001", "--kanaal", "rooksignaal")
    assert uitkomst.exit_code == 2 and "--kanaal" in uitkomst.output
    assert gemeente.momentopname() == voor


def test_onleesbare_cel_verbeteren_met_aanvullen(tmp_path):
    """De opslag houdt een met de hand verknoeide cel apart; het domein ziet hem als leeg. Vult de gebruiker het
    veld aan, dan wint de nieuwe waarde en verdwijnt de melding; andere rijen houden hun ruwe waarde."""
    import openpyxl

    g = maak_gemeente(tmp_path, "geertruidenberg")
    eerste = g.meld(naam="Jan de Vries", kanaal="balie", ernst="licht", datum="2026-11-01")
    tweede = g.meld(naam="Kees Bakker", kanaal="balie", ernst="licht", datum="2026-11-02")
    wb = openpyxl.load_workbook(g.register)
    koppen = [c.value for c in wb["Incidenten"][1]]
    wb["Incidenten"].cell(2, koppen.index("Datum") + 1).value = "gisteren"
    wb["Incidenten"].cell(3, koppen.index("Tijd") + 1).value = "half elf"
    wb.save(g.register)
    assert "'gisteren'" in g.run("lijst").output
    g.ok("aanvullen", eerste, "--datum", "2026-11-01")
    uitkomst = g.run("lijst")
    assert "'gisteren'" not in uitkomst.output and "'half elf'" in uitkomst.output
    ws = openpyxl.load_workbook(g.register)["Incidenten"]
    assert ws.cell(2, koppen.index("Datum") + 1).value.date().isoformat() == "2026-11-01"
    assert ws.cell(3, koppen.index("Tijd") + 1).value == "half elf"
    lijst = json.loads(g.run("lijst", "--json").stdout)  # de melding over 'half elf' staat op stderr
    assert {r["incident"]: r["datum"] for r in lijst} == {eerste: "2026-11-01", tweede: "2026-11-02"}


def test_opschonen_wist_ook_een_onleesbare_geboortedatum(tmp_path):
    """AVG: wat de opslag apart hield (een verknoeide geboortedatum), gaat bij anonimiseren ook weg."""
    import openpyxl

    g = maak_gemeente(tmp_path, "geertruidenberg")
    g.meld(naam="Jan de Vries", kanaal="balie", ernst="licht", datum="2020-01-01")
    wb = openpyxl.load_workbook(g.register)
    koppen = [c.value for c in wb["Personen"][1]]
    wb["Personen"].cell(2, koppen.index("Geboortedatum") + 1).value = "12 maart '80"
    wb.save(g.register)
    g.ok("opschonen", "--uitvoeren", "--peildatum", "2026-11-24")
    ws = openpyxl.load_workbook(g.register)["Personen"]
    rij = [c.value for c in ws[2]]
    assert "12 maart '80" not in rij and "Jan de Vries" not in rij
