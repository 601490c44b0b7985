"""Issue 3.1, "Escalation never goes lighter": de randen van de ladder. Elke test noemt de zin uit het protocol
(../shared/protocollen/) die hij volgt. Door de CLI, met het register in het geheugen; brieven teruggelezen."""

from __future__ import annotations

from pathlib import Path

import pytest

from agressie_cli.documenten.brieven.render import docx_tekst
from conftest import REDEN, VOLLEDIG, Gemeente, maak_gemeente

JAN = "Jan de Vries"
PIET = "Piet Klaassen"


@pytest.fixture
def gtb(tmp_path) -> Gemeente:
    return maak_gemeente(tmp_path, "geertruidenberg", geheugen=True)


@pytest.fixture
def losser(tmp_path) -> Gemeente:
    return maak_gemeente(tmp_path, "losser", geheugen=True)


# --- 1. de top van de ladder ---------------------------------------------------------------------------------------


def test_top_gtb_bezoek_niet_nakomen_en_daarna_niets_lichters(gtb):
    """Geertruidenberg 6.7: "In principe wordt automatisch gekozen voor het inzetten van een zwaardere maatregel.
    Daarnaast kan sprake zijn van lokaalvredebreuk ... In dat geval wordt de politie gebeld en wordt aangifte gedaan".
    Boven het toegangs-en-belverbod voor onbepaalde tijd is er niets zwaarders: het lopende verbod blijft, nooit een
    waarschuwing of registratie als 'zwaardere maatregel', en `brief` zonder --soort maakt niets lichters."""
    gtb.verbod(JAN, "2026-09-01", "toegangs-en-belverbod", "onbepaald")
    nummer = gtb.meld(naam=JAN, kanaal="balie", ernst="licht", datum="2026-11-02", tijd="10:30", **VOLLEDIG)
    advies = gtb.json("advies", nummer)
    assert advies["soort"] == "niet-nakomen" and advies["aangifte"] is True
    assert advies["vervolg"] is None and advies["handhaven"] == "M00001"
    assert "lokaalvredebreuk" in advies["uitleg"] and "houd hem aan" in advies["uitleg"]
    assert "Zwaardere maatregel: Schriftelijke waarschuwing" not in advies["uitleg"]
    tekst = gtb.ok("advies", nummer)
    assert "Het lopende verbod M00001 blijft gelden" in tekst and "Daarna (zwaardere maatregel)" not in tekst
    brief = gtb.json("brief", nummer, "--datum", "2026-11-03")
    assert brief["soort"] == "niet-nakomen"
    assert "lokaalvredebreuk" in docx_tekst(Path(brief["bestand"]))
    # Na de brief niet nakomen: het verbod blijft, er volgt niets lichters.
    advies = gtb.json("advies", nummer)
    assert advies["soort"] is None and advies["handhaven"] == "M00001" and advies["brief"] is False
    assert advies["label"].startswith("Het lopende verbod blijft gelden") and "onbepaalde tijd" in advies["label"]
    assert "hulpinstantie" not in advies["uitleg"]
    voor = gtb.momentopname()
    geweigerd = gtb.run("brief", nummer, "--datum", "2026-11-04")
    assert geweigerd.exit_code == 2 and "blijft gelden" in geweigerd.output and "Traceback" not in geweigerd.output
    assert gtb.momentopname() == voor
    assert [m["soort"] for m in gtb.json("historie", JAN)["maatregelen"]] == ["niet-nakomen", "toegangs-en-belverbod"]
    # Geen 'zwaardere maatregel' die open blijft staan: er is er geen.
    assert "zwaardere maatregel" not in [t["soort"] for t in gtb.json("termijnen", "--peildatum", "2026-11-05")]


def test_top_gtb_bellen_tijdens_het_zwaarste_verbod_geen_ordegesprek(gtb):
    """Geertruidenberg 6.7: een overtreding leidt "automatisch" tot een zwaardere maatregel, nooit een lichtere: bellen
    tijdens het toegangs-en-belverbod voor onbepaalde tijd gaf een ordegesprek als 'zwaardere maatregel'."""
    gtb.verbod(JAN, "2026-09-01", "toegangs-en-belverbod", "onbepaald")
    gtb.meld(naam=JAN, kanaal="telefoon", ernst="licht", datum="2026-10-01")
    nummer = gtb.meld(naam=JAN, kanaal="telefoon", ernst="licht", datum="2026-11-03")
    advies = gtb.json("advies", nummer)
    assert advies["soort"] is None and advies["vervolg"] is None and advies["handhaven"] == "M00001"
    assert advies["aangifte"] is False  # bellen is geen lokaalvredebreuk
    assert "Uitnodiging ordegesprek" not in advies["label"] and "geen lokaalvredebreuk" in advies["uitleg"]
    geweigerd = gtb.run("brief", nummer, "--datum", "2026-11-04")
    assert geweigerd.exit_code == 2 and "blijft gelden" in geweigerd.output
    # Vastleggen kan: een registratie is dan geen afwijking; een lichtere brief wel (met reden).
    assert gtb.json("maatregel", nummer, "--soort", "registratie", "--datum", "2026-11-04")["afwijking"] is False


def test_top_losser_toegangsverbod_onbepaald_blijft_met_melding_politie(losser):
    """Losser 5.2: "Wat doen we als de inwoner het toegangsverbod niet nakomt? De persoon is op dat moment in
    overtreding"; 5.4: "Als de grens wordt overschreden ... dan melden wij dit bij de politie." Het toegangsverbod voor
    onbepaalde tijd is de top van Losser's ladder: het blijft gelden, nooit een 'zwaardere' registratie."""
    losser.verbod(PIET, "2026-09-01", "toegangsverbod", "onbepaald", gedrag="D")
    nummer = losser.meld(naam=PIET, kanaal="balie", gedrag="A", aanhoudend=False, datum="2026-11-02", **VOLLEDIG)
    advies = losser.json("advies", nummer)
    assert advies["soort"] is None and advies["vervolg"] is None and advies["handhaven"] == "M00001"
    assert advies["aangifte"] is True and "Toegangsverbod" in advies["label"]
    assert "Zwaardere maatregel: Registratie" not in advies["uitleg"] and "houd hem aan" in advies["uitleg"]
    assert "receptie" in advies["informeren"]
    voor = losser.momentopname()
    geweigerd = losser.run("brief", nummer, "--datum", "2026-11-03")
    assert geweigerd.exit_code == 2 and "blijft gelden" in geweigerd.output and "--soort aangifte" in geweigerd.output
    assert losser.momentopname() == voor
    # D-gedrag tijdens het verbod is wel zwaarder (5.3: bedreigingsbrief): dat advies blijft.
    d = losser.meld(naam=PIET, kanaal="balie", gedrag="D", datum="2026-11-05")
    assert losser.json("advies", d)["soort"] == "bedreiging"


# --- 2. meer verboden tegelijk -------------------------------------------------------------------------------------


def test_meer_lopende_verboden_het_breedste_telt(gtb):
    """Geertruidenberg 6.7: de overtreding geldt het zwaarste lopende verbod; het breedste (toegang én bellen) gaat voor
    een verbod dat langer loopt maar alleen de toegang ontzegt."""
    gtb.verbod(JAN, "2026-09-01", "toegangsverbod", "6")
    gtb.verbod(JAN, "2026-09-15", "toegangs-en-belverbod", "3")
    nummer = gtb.meld(naam=JAN, kanaal="balie", ernst="licht", datum="2026-11-02")
    advies = gtb.json("advies", nummer)
    assert advies["overtreding"] == "M00002"
    # Het vervolg is zwaarder dan elk overtreden verbod.
    assert (advies["vervolg"]["soort"], advies["vervolg"]["duur_maanden"]) == ("toegangs-en-belverbod", 6)


def test_meer_lopende_verboden_dan_het_langst_lopende(gtb, losser):
    """Geertruidenberg 6.7, Losser 5.2: bij even brede verboden telt het verbod dat het langst loopt (onbepaald, dan het
    laatste einde), niet het verbod met de meeste maanden."""
    # Twee lopende ontzeggingen (de tweede, voor een eerder incident, laat besloten, vervangt de eerste niet).
    eerder = gtb.meld(naam=JAN, kanaal="balie", ernst="strafbaar", datum="2026-05-30", tijd="09:00")
    gtb.verbod(JAN, "2026-06-01", "toegangsverbod", "6")  # M00001, tot en met 30-11-2026
    gtb.ok("maatregel", eerder, "--soort", "toegangsverbod", "--duur", "3", "--datum", "2026-10-01", *REDEN)
    assert len(gtb.json("verboden", "--peildatum", "2026-10-02")) == 2  # M00002 loopt tot en met 31-12-2026
    nummer = gtb.meld(naam=JAN, kanaal="balie", ernst="licht", datum="2026-11-02")
    advies = gtb.json("advies", nummer)
    assert advies["overtreding"] == "M00002"
    assert "31 december 2026" in advies["uitleg"]
    assert (advies["vervolg"]["soort"], advies["vervolg"]["onbepaald"]) == ("toegangsverbod", True)

    losser.verbod(PIET, "2026-06-01", "belverbod", "onbepaald", gedrag="D")
    losser.verbod(PIET, "2026-10-01", "belverbod", "6", gedrag="D")
    bellen = losser.meld(naam=PIET, kanaal="telefoon", gedrag="A", aanhoudend=False, datum="2026-11-02")
    advies = losser.json("advies", bellen)
    assert advies["overtreding"] == "M00001" and advies["handhaven"] == "M00001"


# --- 3. telefonisch of schriftelijk tijdens een ontzegging ---------------------------------------------------------


@pytest.mark.parametrize("kanaal", ["telefoon", "schriftelijk"])
def test_geen_ordegesprek_tijdens_een_ontzegging(gtb, kanaal):
    """Geertruidenberg 6.3: "Het gesprek vindt plaats op het gemeentehuis" — waar de persoon niet in mag. Dan de
    volgende trede (6.5: "kan een ontzegging worden aangevuld met een telefonisch contactverbod"; 6.7)."""
    gtb.verbod(JAN, "2026-09-01", "toegangsverbod", "3")
    nummer = gtb.meld(naam=JAN, kanaal=kanaal, ernst="agressief", datum="2026-10-02", **VOLLEDIG)
    advies = gtb.json("advies", nummer)
    assert advies["soort"] == "toegangsverbod" and advies["duur_maanden"] == 6
    assert "op het gemeentehuis (6.3)" in advies["uitleg"] and advies["overtreding"] is None
    if kanaal == "telefoon":
        assert "telefonisch contactverbod (toegangs-en-belverbod, 6.5)" in advies["uitleg"]
    brief = gtb.json("brief", nummer, "--datum", "2026-10-05")
    assert (brief["soort"], brief["duur_maanden"], brief["afwijking"]) == ("toegangsverbod", 6, False)
    assert brief["vervangt_verbod"] == ["M00001"]  # nooit twee lopende ontzeggingen naast elkaar
    assert [v["maatregel"] for v in gtb.json("verboden", "--peildatum", "2026-10-06")] == [brief["maatregel"]]
    # Zonder lopende ontzegging blijft het ordegesprek het advies.
    ander = gtb.meld(naam="Kees Bakker", kanaal="balie", ernst="agressief", datum="2026-09-01")
    gtb.ok("maatregel", ander, "--soort", "waarschuwing", "--datum", "2026-09-02")
    tweede = gtb.meld(naam="Kees Bakker", kanaal=kanaal, ernst="agressief", datum="2026-10-02")
    assert gtb.json("advies", tweede)["soort"] == "ordegesprek"


def test_geen_ordegesprek_tijdens_het_zwaarste_verbod(gtb):
    """Geertruidenberg 6.3 en 6.7: tijdens een toegangs-en-belverbod voor onbepaalde tijd kan geen ordegesprek, en
    zwaarder gaat niet: het verbod blijft gelden."""
    gtb.verbod(JAN, "2026-09-01", "toegangs-en-belverbod", "onbepaald")
    nummer = gtb.meld(naam=JAN, kanaal="schriftelijk", ernst="agressief", datum="2026-10-02")
    advies = gtb.json("advies", nummer)
    assert advies["soort"] is None and advies["handhaven"] == "M00001" and "ordegesprek" not in advies["label"].lower()


# --- 4. 6.4 bij herhaling ------------------------------------------------------------------------------------------


def test_fysiek_geweld_na_een_eerdere_ontzegging_zes_maanden(gtb):
    """Geertruidenberg 6.4: "In principe wordt een ontzegging uitgereikt voor een periode van 3 maanden. Is er sprake
    van herhaling dan wordt een periode van 6 maanden of langer gehanteerd." """
    gtb.verbod(JAN, "2026-05-01", "toegangsverbod", "3")  # afgelopen op 31-07-2026, binnen het venster
    nummer = gtb.meld(naam=JAN, kanaal="huisbezoek", ernst="agressief", vorm=["fysiek"], datum="2026-09-02")
    advies = gtb.json("advies", nummer)
    assert (advies["soort"], advies["duur_maanden"]) == ("toegangsverbod", 6)
    assert "6 maanden of langer" in advies["uitleg"] and "(6.4)" in advies["regel"]
    # Zonder eerdere ontzegging: 3 maanden (6.4 "In principe ... 3 maanden").
    eerst = gtb.meld(naam="Kees Bakker", kanaal="balie", ernst="agressief", vorm=["fysiek"], datum="2026-09-02")
    assert gtb.json("advies", eerst)["duur_maanden"] == 3
    # Een eerdere waarschuwing is geen ontzegging.
    gtb.ok("maatregel", eerst, "--soort", "waarschuwing", "--datum", "2026-09-03", *REDEN)
    weer = gtb.meld(naam="Kees Bakker", kanaal="balie", ernst="agressief", vorm=["fysiek"], datum="2026-10-02")
    assert gtb.json("advies", weer)["duur_maanden"] == 3


def test_fysiek_geweld_ontzegging_van_na_het_incident_telt_niet(gtb):
    """domein.md: "Earlier measures count only when decided before the new incident." """
    eerste = gtb.meld(naam=JAN, kanaal="balie", ernst="strafbaar", datum="2026-09-01", tijd="09:00")
    tweede = gtb.meld(naam=JAN, kanaal="huisbezoek", ernst="agressief", vorm=["fysiek"], datum="2026-09-05")
    gtb.ok("maatregel", eerste, "--soort", "toegangsverbod", "--duur", "3", "--datum", "2026-09-08")
    advies = gtb.json("advies", tweede)
    assert (advies["soort"], advies["duur_maanden"]) == ("toegangsverbod", 3)
    assert "6 maanden of langer" not in advies["uitleg"]


# --- 5. na een ordegesprek -----------------------------------------------------------------------------------------


def _ordegesprek(gtb: Gemeente, gesprek: str, bevestiging: bool) -> None:
    eerste = gtb.meld(naam=JAN, kanaal="balie", ernst="agressief", datum="2026-09-01", tijd="09:00", **VOLLEDIG)
    gtb.ok("brief", eerste, "--datum", "2026-09-02")
    tweede = gtb.meld(naam=JAN, kanaal="balie", ernst="agressief", datum="2026-09-10", tijd="09:00", **VOLLEDIG)
    gtb.ok(
        "brief",
        tweede,
        "--datum",
        "2026-09-11",
        "--gesprek-datum",
        gesprek,
        "--gesprek-tijd",
        "14:00",
        "--aanwezige",
        "K. Smits",
        "--aanwezige",
        "P. Jansen",
    )
    if bevestiging:
        gtb.ok(
            "brief",
            tweede,
            "--soort",
            "ordegesprek-bevestiging",
            "--datum",
            "2026-09-22",
            "--gesprek-datum",
            gesprek,
            "--aanwezige",
            "K. Smits",
            "--afspraak",
            "U belt alleen tijdens kantooruren",
        )


@pytest.mark.parametrize("bevestiging", [True, False])
def test_na_een_gehouden_ordegesprek_verdergaande_maatregelen(gtb, bevestiging):
    """Geertruidenberg 6.3: "Als een klant n.a.v. het ordegesprek zijn gedrag niet aanpast, worden verdergaande
    maatregelen getroffen." Nooit een tweede ordegesprek (bijlage 6: "Een voorbeeld van een maatregel is een tijdelijke
    ontzegging van het gemeentehuis")."""
    _ordegesprek(gtb, "2026-09-20", bevestiging)
    nummer = gtb.meld(naam=JAN, kanaal="balie", ernst="licht", datum="2026-10-10", tijd="09:00", **VOLLEDIG)
    advies = gtb.json("advies", nummer)
    assert (advies["soort"], advies["duur_maanden"]) == ("toegangsverbod", 3)
    assert "verdergaande maatregelen" in advies["uitleg"] and "ordegesprek (6.3)" in advies["regel"]
    brief = gtb.json("brief", nummer, "--datum", "2026-10-12")
    assert brief["soort"] == "toegangsverbod" and brief["afwijking"] is False
    assert "voor een periode van 3 maanden" in docx_tekst(Path(brief["bestand"]))


def test_ordegesprek_dat_nog_moet_plaatsvinden_telt_niet_als_gehouden(gtb):
    """Geertruidenberg 6.3 spreekt van het gedrag "n.a.v. het ordegesprek": een incident vóór het gesprek is dat niet
    (domein.md: "Earlier measures count only when decided before the new incident")."""
    _ordegesprek(gtb, "2026-10-20", bevestiging=False)
    nummer = gtb.meld(naam=JAN, kanaal="balie", ernst="licht", datum="2026-10-10", tijd="09:00")
    advies = gtb.json("advies", nummer)
    assert advies["soort"] == "ordegesprek" and "verdergaande" not in advies["uitleg"]


# --- 6. het vervangen verbod ---------------------------------------------------------------------------------------


def test_zwaarder_verbod_na_overtreding_vervangt_het_overtreden_verbod(gtb):
    """Geertruidenberg 6.7: "In principe wordt automatisch gekozen voor het inzetten van een zwaardere maatregel."
    Het overtreden verbod staat daarna als vervangen op `verboden` en `historie` (--json: vervangen_door), nooit als
    tweede lopend verbod; het blijft wel een opgelegde maatregel."""
    gtb.verbod(JAN, "2026-09-01", "toegangsverbod", "3")
    nummer = gtb.meld(naam=JAN, kanaal="balie", ernst="licht", datum="2026-10-02", tijd="10:30", **VOLLEDIG)
    gtb.ok("brief", nummer, "--datum", "2026-10-02")  # niet nakomen (bijlage 9)
    # Het zwaardere verbod gaat dezelfde dag in als de overtreding (aan de balie overhandigd).
    brief = gtb.json("brief", nummer, "--soort", "toegangsverbod", "--duur", "6", "--datum", "2026-10-02")
    assert brief["maatregel"] == "M00003" and brief["afwijking"] is False and brief["vervangt_verbod"] == ["M00001"]
    tekst = gtb.ok("historie", JAN, "--peildatum", "2026-10-03")
    assert "M00001 is vervangen door het zwaardere verbod M00003 (per 02-10-2026)" in tekst
    assert tekst.count("LOPEND VERBOD") == 1
    historie = gtb.json("historie", JAN, "--peildatum", "2026-10-03")
    oud = next(m for m in historie["maatregelen"] if m["maatregel"] == "M00001")
    assert (oud["vervangen_door"], oud["vervangen_per"], oud["actief"], oud["status"]) == (
        "M00003",
        "2026-10-02",
        False,
        "geldig",
    )
    assert [v["maatregel"] for v in historie["actieve_verboden"]] == ["M00003"]
    verboden = gtb.json("verboden", "--peildatum", "2026-10-03")
    assert [(v["maatregel"], v["vervangt"]) for v in verboden] == [("M00003", ["M00001"])]
    assert "M00003 (P0001) vervangt M00001" in gtb.ok("verboden", "--peildatum", "2026-10-03")
    # Vóór de ingang van het nieuwe verbod liep het oude nog, met de vervanging erbij.
    eerder = gtb.json("verboden", "--peildatum", "2026-10-01")
    assert [(v["maatregel"], v["vervangen_door"]) for v in eerder] == [("M00001", "M00003")]
    # De overtreding blijft het overtreden verbod noemen (voor de brief), ook na de vervanging op dezelfde dag.
    assert gtb.json("advies", nummer)["overtreding"] == "M00001"
    # Een volgend incident telt het vervangen verbod als eerdere maatregel (6.4: herhaling), en overtreedt het nieuwe.
    later = gtb.meld(naam=JAN, kanaal="balie", ernst="licht", datum="2026-11-02")
    advies = gtb.json("advies", later)
    assert advies["overtreding"] == "M00003" and "toegangsverbod (2026-0001)" in advies["maatregelen_meegeteld"]


def test_losser_langer_verbod_na_overtreding_vervangt_het_oude(losser):
    """Losser 5.2: "De leidinggevende en betrokken medewerker bepalen in overleg de duur van de periode, afhankelijk
    van het incident of recidive." Het langere verbod na de overtreding vervangt het overtreden verbod."""
    losser.verbod(PIET, "2026-09-01", "belverbod", "2", gedrag="D")
    nummer = losser.meld(naam=PIET, kanaal="telefoon", gedrag="C", aanhoudend=True, datum="2026-10-02")
    m = losser.json("maatregel", nummer, "--soort", "belverbod", "--duur", "6", "--datum", "2026-10-05")
    assert m["afwijking"] is False and m["vervangt_verbod"] == ["M00001"]
    verboden = losser.json("verboden", "--peildatum", "2026-10-06")
    assert [v["maatregel"] for v in verboden] == ["M00002"]
    # Een korter verbod vervangt niets: het langere loopt door.
    ander = losser.meld(naam=PIET, kanaal="telefoon", gedrag="C", aanhoudend=True, datum="2026-10-10")
    losser.ok("maatregel", ander, "--soort", "belverbod", "--duur", "1", "--datum", "2026-10-11", *REDEN)
    assert sorted(v["maatregel"] for v in losser.json("verboden", "--peildatum", "2026-10-12")) == ["M00002", "M00003"]


def test_intrekken_van_het_zwaardere_verbod_herstelt_het_oude(gtb):
    """Geertruidenberg 4.2 en domein.md (2.4): een correctie is een vastgelegde handeling. Wordt het zwaardere verbod
    ingetrokken, dan loopt het vervangen verbod weer volgens zijn eigen periode; het rapport telt een ingetrokken
    maatregel nergens als opgelegd en geen vervangen of ingetrokken verbod als lopend."""
    gtb.verbod(JAN, "2026-07-01", "toegangsverbod", "6")
    nummer = gtb.meld(naam=JAN, kanaal="balie", ernst="licht", datum="2026-08-02")
    gtb.ok("maatregel", nummer, "--soort", "niet-nakomen", "--datum", "2026-08-03")
    gtb.ok("maatregel", nummer, "--soort", "toegangsverbod", "--duur", "onbepaald", "--datum", "2026-08-04")
    rapport = gtb.json("rapport", "--kwartaal", "2026-Q3")
    assert rapport["lopende_verboden"] == 1 and rapport["maatregelen"]["toegangsverbod"] == 2
    uitkomst = gtb.run("intrekken", "M00003", "--reden", "verkeerde persoon", "--datum", "2026-08-04")
    assert uitkomst.exit_code == 0 and "M00001" in uitkomst.output and "loopt weer" in uitkomst.output
    assert gtb.json("historie", JAN, "--peildatum", "2026-08-10")["maatregelen"][-1]["vervangen_door"] is None
    assert [v["maatregel"] for v in gtb.json("verboden", "--peildatum", "2026-08-10")] == ["M00001"]
    rapport = gtb.json("rapport", "--kwartaal", "2026-Q3", "--overschrijven")
    assert rapport["lopende_verboden"] == 1 and rapport["maatregelen"]["toegangsverbod"] == 1
    # Ook het oude verbod ingetrokken: niets loopt meer, en het telt nergens als opgelegd.
    gtb.ok("intrekken", "M00001", "--reden", "verkeerde persoon", "--datum", "2026-08-04")
    rapport = gtb.json("rapport", "--kwartaal", "2026-Q3", "--overschrijven")
    assert rapport["lopende_verboden"] == 0 and rapport["maatregelen"]["toegangsverbod"] == 0
    assert "Lopende verboden aan het eind van de periode" in gtb.ok(
        "rapport", "--kwartaal", "2026-Q3", "--overschrijven"
    )


def test_nieuwe_brief_met_overschrijven_neemt_de_vervanging_over(gtb):
    """domein.md (2.4): een brief die opnieuw gemaakt is, vervangt de vorige maatregel; het verbod dat die verving
    blijft vervangen, nu door de nieuwe brief."""
    gtb.verbod(JAN, "2026-09-01", "toegangsverbod", "3")
    nummer = gtb.meld(naam=JAN, kanaal="balie", ernst="licht", datum="2026-10-02", tijd="10:30", **VOLLEDIG)
    gtb.ok("brief", nummer, "--datum", "2026-10-02")
    gtb.ok("brief", nummer, "--soort", "toegangsverbod", "--duur", "6", "--datum", "2026-10-03")
    nieuw = gtb.json(
        "brief", nummer, "--soort", "toegangsverbod", "--duur", "6", "--datum", "2026-10-04", "--overschrijven"
    )
    assert nieuw["vervangt"] == ["M00003"]
    oud = next(m for m in gtb.json("historie", JAN)["maatregelen"] if m["maatregel"] == "M00001")
    assert (oud["vervangen_door"], oud["vervangen_per"]) == (nieuw["maatregel"], "2026-10-04")
    assert [v["maatregel"] for v in gtb.json("verboden", "--peildatum", "2026-10-05")] == [nieuw["maatregel"]]


def test_vervanging_in_het_excel_register(tmp_path):
    """Geertruidenberg 6 ("Alle maatregelen die getroffen worden, komen bij de melding in het agressieregistratiesysteem
    te staan"): de vervanging staat in het Excel-register (kolommen Vervangen door en Vervangen per) en overleeft het
    opnieuw lezen (de snelle kopie en het Excel-bestand zelf geven hetzelfde; zie conftest)."""
    g = maak_gemeente(tmp_path, "geertruidenberg")
    g.verbod(JAN, "2026-09-01", "toegangsverbod", "3")
    nummer = g.meld(naam=JAN, kanaal="balie", ernst="licht", datum="2026-10-02")
    g.ok("maatregel", nummer, "--soort", "niet-nakomen", "--datum", "2026-10-03")
    g.ok("maatregel", nummer, "--soort", "toegangsverbod", "--duur", "6", "--datum", "2026-10-05")
    oud = next(
        m for m in g.json("historie", JAN, "--peildatum", "2026-10-06")["maatregelen"] if m["maatregel"] == "M00001"
    )
    assert (oud["vervangen_door"], oud["vervangen_per"], oud["actief"]) == ("M00003", "2026-10-05", False)
    from openpyxl import load_workbook

    blad = load_workbook(g.register, read_only=True)["Maatregelen"]
    koppen = [c.value for c in next(blad.iter_rows(max_row=1))]
    assert "Vervangen per" in koppen
