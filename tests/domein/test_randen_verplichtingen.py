"""Issue 3.1: wat de protocollen opleggen blijft open tot het is gedaan. Elke verplichting staat op agressie termijnen
(en in --json, met de opdracht die haar vastlegt), blijft verlopen staan tot ze is vastgelegd, en staat er niet waar
haar voorwaarde niet geldt. Elke test noemt de zin uit het protocol (../shared/protocollen/). Door de CLI, met het
register in het geheugen."""

from __future__ import annotations

from pathlib import Path

import pytest

from agressie_cli.documenten.brieven.render import docx_tekst
from conftest import Gemeente, maak_gemeente

ADRES = dict(adres="Markt 12", postcode="4941 AB", woonplaats="Raamsdonksveer", tijd="10:30")
PEIL = ("--peildatum", "2026-11-30")
REDEN = ("--toelichting", "opzet van de test")


@pytest.fixture
def gtb(tmp_path) -> Gemeente:
    return maak_gemeente(tmp_path, "geertruidenberg", geheugen=True)


@pytest.fixture
def losser(tmp_path) -> Gemeente:
    return maak_gemeente(tmp_path, "losser", geheugen=True)


def _open(g: Gemeente, nummer: str, *peil: str) -> dict[str, dict]:
    """De punten van dit incident op agressie termijnen --json, op soort."""
    return {t["soort"]: t for t in g.json("termijnen", *(peil or PEIL)) if t["incident"] == nummer}


def _stand(g: Gemeente, nummer: str) -> dict[str, dict]:
    return {v["soort"]: v for v in g.json("verplichtingen", nummer)["verplichtingen"]}


# --- 1. aangifte of melding (Geertruidenberg 7, Losser 5.4) ------------------------------------------------------


def test_geertruidenberg_strafbaar_feit_blijft_open_tot_aangifte_melding_of_reden(gtb):
    """Geertruidenberg 7: "In principe hanteert de gemeente de stelling dat als er sprake is van een strafbaar feit,
    altijd wordt overgegaan tot aangifte." Open tot een aangifte, een melding of een vastgelegde reden."""
    nummer = gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="strafbaar", datum="2026-11-02")
    punt = _open(gtb, nummer)["aangifte"]
    assert punt["uiterlijk"] == "2026-11-09" and punt["verlopen"] is True and punt["dagen"] == -21
    assert punt["opdracht"] == (
        f"agressie aangifte {nummer} of agressie verplichtingen {nummer} --melding DATUM of --reden-geen-aangifte REDEN"
    )
    assert "altijd aangifte" in punt["omschrijving"]
    assert f"agressie aangifte {nummer}" in gtb.ok("termijnen", *PEIL)
    # Een jaar later staat het er nog (verlopen, bij --alles), ook nadat het incident is afgehandeld.
    gtb.ok("afsluiten", nummer)
    assert "aangifte" in _open(gtb, nummer, "--peildatum", "2027-11-30")
    # Een melding bij de politie vinkt het af.
    data = gtb.json("verplichtingen", nummer, "--melding", "2026-11-04")
    assert data["melding"] == "2026-11-04"
    stand = {v["soort"]: v for v in data["verplichtingen"]}["aangifte"]
    assert stand["open"] is False and stand["vastgelegd_met"] == "melding" and stand["op_tijd"] is True
    assert "aangifte" not in _open(gtb, nummer)


def test_geertruidenberg_aangifte_of_reden_vinkt_af(gtb):
    """Geertruidenberg 7 "Van strafbare feiten wordt altijd aangifte gedaan": de aangifte (agressie aangifte of de
    maatregel aangifte) vinkt het punt af; wie geen aangifte doet, legt vast waarom (een reden uit een vaste lijst)."""
    met_aangifte = gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="strafbaar", datum="2026-11-02")
    gtb.ok("maatregel", met_aangifte, "--soort", "aangifte", "--datum", "2026-11-03")
    assert "aangifte" not in _open(gtb, met_aangifte)
    assert _stand(gtb, met_aangifte)["aangifte"]["vastgelegd_met"].startswith("maatregel M")
    zonder = gtb.meld(naam="Piet Klaassen", kanaal="balie", ernst="strafbaar", datum="2026-11-02")
    uitvoer = gtb.ok("verplichtingen", zonder, "--reden-geen-aangifte", "politie-neemt-niet-op")
    assert "aangifte: vastgelegd: niet, reden politie-neemt-niet-op" in uitvoer
    assert "aangifte" not in _open(gtb, zonder)


def test_geen_aangiftepunt_bij_licht_of_agressief(gtb):
    """Geertruidenberg 7 geldt voor een strafbaar feit: geen aangiftepunt bij een licht of agressief incident."""
    for ernst in ("licht", "agressief"):
        nummer = gtb.meld(naam="Jan de Vries", kanaal="balie", ernst=ernst, datum="2026-11-02")
        assert "aangifte" not in _open(gtb, nummer)
        assert "aangifte" not in _stand(gtb, nummer)


def test_losser_d_gedrag_melding_bij_de_politie(losser):
    """Losser 5.4: "Als de grens wordt overschreden (D- en E-gedrag) dan melden wij dit bij de politie." Niet bij
    C-gedrag."""
    nummer = losser.meld(naam="Piet Klaassen", kanaal="balie", gedrag="D", datum="2026-11-02")
    punt = _open(losser, nummer)["melding politie"]
    assert punt["verlopen"] is True and f"agressie verplichtingen {nummer} --melding DATUM" in punt["opdracht"]
    losser.ok("maatregel", nummer, "--soort", "aangifte", "--datum", "2026-11-03")
    assert "melding politie" not in _open(losser, nummer)
    c = losser.meld(naam="Piet Klaassen", kanaal="balie", gedrag="C", aanhoudend=True, datum="2026-11-02")
    assert "melding politie" not in _open(losser, c)


# --- 2. schade verhalen (Geertruidenberg 2.1 en 8, Losser 7) -----------------------------------------------------


@pytest.mark.parametrize(
    "gemeente, klasse",
    [("gtb", {"ernst": "agressief"}), ("losser", {"gedrag": "D", "politiek_ambtsdrager": True})],
)
def test_schade_blijft_open_tot_aansprakelijkstelling_of_reden(request, gemeente, klasse):
    """Geertruidenberg 2.1: "de schade die de gemeente lijdt wordt altijd verhaald"; 8: "Daarna kan er naar de dader
    een brief worden gestuurd waarin de dader aansprakelijk wordt gesteld." Losser, politiek ambtsdragers: "De
    materiële en/of immateriële [schade] wordt verhaald op de inwoner"; 7: "Schade verhalen gaat via Juridische
    Zaken"."""
    g: Gemeente = request.getfixturevalue(gemeente)
    instellingen = g.map / "agressie.toml"  # Losser: de burgemeester tekent bij een politiek ambtsdrager
    instellingen.write_text(
        instellingen.read_text(encoding="utf-8").replace(
            'naam = ""\n\n[brieven]', 'naam = "C. Roosendaal"\n\n[brieven]'
        ),
        encoding="utf-8",
    )
    nummer = g.meld(naam="Jan de Vries", kanaal="balie", datum="2026-11-02", materiele_schade="ruit", **ADRES, **klasse)
    punt = _open(g, nummer)["schade verhalen"]
    assert punt["verlopen"] is True and punt["uiterlijk"] == "2026-11-16"
    assert f"agressie brief {nummer} --soort aansprakelijkstelling" in punt["opdracht"]
    data = g.json("brief", nummer, "--soort", "aansprakelijkstelling", "--datum", "2026-11-23")
    assert "aansprakelijk" in docx_tekst(Path(data["bestand"]))
    assert "schade verhalen" not in _open(g, nummer)
    # Geen verhaal: een reden uit de vaste lijst vinkt af.
    ander = g.meld(naam="Karel Smit", kanaal="balie", datum="2026-11-02", letsel="kneuzing", **ADRES, **klasse)
    assert "schade verhalen" in _open(g, ander)
    assert g.json("verplichtingen", ander, "--reden-geen-verhaal", "dader-onbekend")["reden_geen_verhaal"] == (
        "dader-onbekend"
    )
    assert "schade verhalen" not in _open(g, ander)
    # Zonder schade ('nee' is geen schade): geen punt.
    geen = g.meld(naam="Kees Mol", kanaal="balie", datum="2026-11-02", materiele_schade="nee", **ADRES, **klasse)
    assert "schade verhalen" not in _open(g, geen)


def test_losser_schade_van_een_medewerker_is_geen_verplichting(losser):
    """Losser 7: "Voor afhandeling van eventuele schade neemt de leidinggevende indien nodig contact op met interne
    specialisten van de afdeling Juridische Zaken": bij een medewerker (geen politiek ambtsdrager) geen punt."""
    nummer = losser.meld(naam="Jan de Vries", kanaal="balie", gedrag="D", datum="2026-11-02", materiele_schade="ruit")
    assert "schade verhalen" not in _open(losser, nummer)


# --- 3. nabespreking, opvang bezoekers, herstel (Geertruidenberg 9.1 en 9.2) -------------------------------------


def test_nabespreking_en_herstel_bij_een_betrokken_medewerker(gtb):
    """Geertruidenberg 9.1: "Het is belangrijk dat een incident met alle betrokkenen gezamenlijk wordt besproken. Het
    bespreken van een incident gebeurt onder leiding van de coördinator van het interventieteam." 9.2: "Het
    natuurlijke psychische herstel vraagt ongeveer een tot zes weken. ... Is dit toch het geval, dan is het zinvol om
    een bedrijfsmaatschappelijk werker, bedrijfsarts of psycholoog in te schakelen." """
    nummer = gtb.meld(
        naam="Jan de Vries", kanaal="balie", ernst="agressief", datum="2026-11-02", medewerker=["P. Jansen"]
    )
    open_ = _open(gtb, nummer)
    assert (
        open_["nabespreking"]["verlopen"] is True
        and "coördinator van het interventieteam" in (open_["nabespreking"]["omschrijving"])
    )
    assert open_["herstel nagaan"]["uiterlijk"] == "2026-12-14" and open_["herstel nagaan"]["verlopen"] is False
    assert open_["herstel nagaan"]["opdracht"] == (
        f"agressie verplichtingen {nummer} --herstel DATUM of --bedrijfsarts DATUM"
    )
    assert "opvang bezoekers" not in open_  # geen bezoekers die getuige waren
    gtb.ok("verplichtingen", nummer, "--nabespreking", "2026-11-05", "--bedrijfsarts", "2026-11-27")
    open_ = _open(gtb, nummer)
    assert "nabespreking" not in open_ and "herstel nagaan" not in open_
    # Zonder betrokken medewerker: geen nabespreking en geen herstel.
    zonder = gtb.meld(naam="Piet Klaassen", kanaal="balie", ernst="agressief", datum="2026-11-02")
    assert not {"nabespreking", "herstel nagaan"} & set(_open(gtb, zonder))


def test_aov_er_vangt_bezoekers_op_die_getuige_waren(gtb):
    """Geertruidenberg 9.1: "De AOV-er vangt de klanten / bezoekers van het gemeentehuis die aanwezig / getuige waren
    van het incident op en wijst hen in gesprek op de mogelijkheden voor professionele hulp." Alleen als het incident
    bezoekers als getuige noemt (--bezoekers-getuige, zonder namen)."""
    nummer = gtb.meld(
        naam="Jan de Vries", kanaal="balie", ernst="agressief", datum="2026-11-02", bezoekers_getuige=True
    )
    punt = _open(gtb, nummer)["opvang bezoekers"]
    assert punt["uiterlijk"] == "2026-11-03" and punt["verlopen"] is True
    assert "AOV-er" in gtb.ok("termijnen", *PEIL)
    gtb.ok("verplichtingen", nummer, "--opvang-bezoekers", "2026-11-02")
    assert "opvang bezoekers" not in _open(gtb, nummer)
    zonder = gtb.meld(
        naam="Piet Klaassen", kanaal="balie", ernst="agressief", datum="2026-11-02", bezoekers_getuige=False
    )
    assert "opvang bezoekers" not in _open(gtb, zonder)


# --- 4. afstemmingsgesprek aangekondigd (Geertruidenberg 6.8) ----------------------------------------------------


def test_brief_die_afstemmingsgesprek_aankondigt_laat_overdracht_open(gtb):
    """Geertruidenberg 6.8: "Hierin wordt aangekondigd dat er mogelijk ook een afstemmingsgesprek zal plaatsvinden
    in het kader van de Participatiewet ... Over een eventuele verlaging van de uitkering wordt verder besloten door
    de medewerkers die zijn belast met de uitvoering van de Participatiewet." Open tot de overdracht is vastgelegd;
    niet zonder brief en niet als de brief geen afstemmingsgesprek aankondigt."""
    extra = dict(naam="Jan de Vries", kanaal="balie", ernst="agressief", datum="2026-11-02", **ADRES)
    extra["brieftekst"] = "U schold de medewerker uit."
    nummer = gtb.meld(uitkering="participatiewet", bij_uitvoering=True, **extra)
    assert "overdracht uitkering" not in _open(gtb, nummer)  # nog geen brief
    data = gtb.json("brief", nummer, "--datum", "2026-11-04")
    assert "afstemmingsgesprek" in docx_tekst(Path(data["bestand"]))
    punt = _open(gtb, nummer)["overdracht uitkering"]
    assert punt["uiterlijk"] == "2026-11-11" and punt["verlopen"] is True  # een week na de brief
    assert punt["opdracht"] == f"agressie verplichtingen {nummer} --overdracht-uitkering DATUM"
    gtb.ok("verplichtingen", nummer, "--overdracht-uitkering", "2026-11-06")
    assert "overdracht uitkering" not in _open(gtb, nummer)
    # Een uitkering, maar niet tegenover wie haar uitvoert: de brief kondigt niets aan, er staat niets open.
    ander = gtb.meld(uitkering="participatiewet", **{**extra, "naam": "Piet Klaassen"})
    data = gtb.json("brief", ander, "--datum", "2026-11-04")
    assert "afstemmingsgesprek" not in docx_tekst(Path(data["bestand"]))
    assert "overdracht uitkering" not in _open(gtb, ander)


# --- 5. Losser 5.1, 5.4, 4.5 en politiek ambtsdragers ------------------------------------------------------------


def test_losser_contactpersoon_voor_de_waarschuwingsbrief(losser):
    """Losser 5.1: "Neem in dat geval altijd contact op met de contactpersoon van de klant ... In overleg met de
    contactpersoon verstuur je een waarschuwingsbrief." Alleen als een waarschuwing de maatregel is: niet bij gedrag
    dat niet aanhield, niet bij D."""
    nummer = losser.meld(naam="Piet Klaassen", kanaal="balie", gedrag="C", aanhoudend=True, datum="2026-11-02")
    punt = _open(losser, nummer)["contactpersoon"]
    assert punt["verlopen"] is True and punt["opdracht"] == f"agressie verplichtingen {nummer} --contactpersoon DATUM"
    losser.ok("verplichtingen", nummer, "--contactpersoon", "2026-11-03")
    assert "contactpersoon" not in _open(losser, nummer)
    for gedrag, aanhoudend in (("C", False), ("D", False)):
        ander = losser.meld(naam="Kees Mol", kanaal="balie", gedrag=gedrag, aanhoudend=aanhoudend, datum="2026-11-02")
        assert "contactpersoon" not in _open(losser, ander)


def test_losser_vervolgstappen_na_de_melding(losser):
    """Losser 5.4: "Om het incident af te sluiten en te verwerken maak je afspraken over de vervolgstappen en
    informatiebehoefte met je leidinggevende, coördinator agressie en geweld ... en de wijkagent." """
    nummer = losser.meld(naam="Piet Klaassen", kanaal="balie", gedrag="D", datum="2026-11-02")
    punt = _open(losser, nummer)["vervolgstappen"]
    assert punt["uiterlijk"] == "2026-11-16" and "wijkagent" in punt["omschrijving"]
    assert losser.json("verplichtingen", nummer, "--vervolgstappen", "2026-11-10")["vervolgstappen"] == "2026-11-10"
    assert "vervolgstappen" not in _open(losser, nummer)
    c = losser.meld(naam="Piet Klaassen", kanaal="balie", gedrag="C", aanhoudend=True, datum="2026-11-02")
    assert "vervolgstappen" not in _open(losser, c)


def test_losser_politiek_ambtsdrager(losser):
    """Losser, politiek ambtsdragers: "Bij afwezigheid van de burgemeester wordt de griffier ingelicht"; "Hierbij
    hoort ook het informeren van de andere politiek ambtsdragers van de gemeente"; het college/presidium: "Zij
    bespreken de gevallen van agressief handelen (met instemming van de getroffen politiek ambtsdrager)." """
    nummer = losser.meld(
        naam="Piet Klaassen",
        kanaal="balie",
        gedrag="C",
        aanhoudend=False,
        datum="2026-11-02",
        politiek_ambtsdrager=True,
    )
    open_ = _open(losser, nummer)
    assert "griffier" in open_["burgemeester inlichten"]["omschrijving"]
    assert open_["burgemeester inlichten"]["verlopen"] and open_["ambtsdragers inlichten"]["verlopen"]
    assert open_["college of presidium"]["uiterlijk"] == "2027-02-02"
    losser.ok(
        "verplichtingen",
        nummer,
        "--burgemeester-ingelicht",
        "2026-11-02",
        "--ambtsdragers-ingelicht",
        "2026-11-05",
        "--reden-niet-besproken",
        "geen-instemming",
    )
    open_ = _open(losser, nummer)
    assert not {"burgemeester inlichten", "ambtsdragers inlichten", "college of presidium"} & set(open_)
    gewoon = losser.meld(naam="Kees Mol", kanaal="balie", gedrag="C", aanhoudend=False, datum="2026-11-02")
    assert not {"burgemeester inlichten", "ambtsdragers inlichten", "college of presidium"} & set(_open(losser, gewoon))


# --- 6. de nazorg van 9.2 blijft staan tot ze is afgerond -------------------------------------------------------


def test_nazorg_9_2_blijft_na_drie_maanden_verlopen_staan(gtb):
    """Geertruidenberg 9.2: "De clustermanager volgt gedurende drie maanden het herstelproces bij de medewerker."
    Na de drie maanden verdween het punt terwijl agressie nazorg nog 'niet afgerond' zei; het blijft, verlopen,
    tot --afgerond is vastgelegd."""
    nummer = gtb.meld(
        naam="Jan de Vries", kanaal="balie", ernst="agressief", datum="2026-08-03", medewerker=["P. Jansen"]
    )
    punt = _open(gtb, nummer, "--peildatum", "2026-11-04")["nazorg"]
    assert punt["uiterlijk"] == "2026-11-03" and punt["verlopen"] is True
    assert punt["opdracht"] == f"agressie nazorg {nummer} --afgerond DATUM"
    stand = {p["soort"]: p for p in gtb.json("nazorg", nummer)["punten"]}["nazorg"]
    assert stand["open"] is True and stand["verlopen"] is True
    assert "nazorg: VERLOPEN (uiterlijk 03-11-2026)" in gtb.ok("nazorg", nummer)
    gtb.ok("nazorg", nummer, "--gesprek", "2026-08-03", "--afgerond", "2026-11-20")
    assert "nazorg" not in _open(gtb, nummer, "--peildatum", "2026-11-21")


# --- 7. Losser 8.1 "zo snel mogelijk" ---------------------------------------------------------------------------


def test_losser_hulpverlenende_instantie_zo_snel_mogelijk_is_niet_een_dag(losser):
    """Losser 8.1: "Als je geconfronteerd bent met een ernstige bedreiging, dan maakt je leidinggevende zo snel
    mogelijk een afspraak voor je met een hulpverlenende instantie zoals de bedrijfsarts." Na twee dagen is dat niet
    te laat (de termijn is een instelling van het profiel, een week); alleen bij een ernstige bedreiging (D)."""
    nummer = losser.meld(naam="Piet Klaassen", kanaal="balie", gedrag="D", datum="2026-11-02", medewerker=["A. Bos"])
    punt = _open(losser, nummer, "--peildatum", "2026-11-04")["hulpverlenende instantie"]
    assert punt["uiterlijk"] == "2026-11-09" and punt["verlopen"] is False
    data = losser.json("nazorg", nummer, "--hulpverlening", "2026-11-04")
    assert {p["soort"]: p for p in data["punten"]}["hulpverlenende instantie"]["op_tijd"] is True
    # De opvang direct na het incident (8) blijft de dag erna.
    assert _open(losser, nummer, "--peildatum", "2026-11-04")["opvang medewerker"]["uiterlijk"] == "2026-11-03"
    c = losser.meld(
        naam="Kees Mol", kanaal="balie", gedrag="C", aanhoudend=True, datum="2026-11-02", medewerker=["A. Bos"]
    )
    assert "hulpverlenende instantie" not in _open(losser, c)


# --- 8. Losser E-gedrag -----------------------------------------------------------------------------------------


def test_losser_e_gedrag_vraagt_registratie_en_hulpinstantie_nooit_de_persoon_te_informeren(losser):
    """Losser 5.3: "Bij E-gedrag sturen we nooit een brief"; 4.5: "Bij E-gedrag schakelen we altijd een
    hulpinstantie in. Dit doe je via de politie op telefoonnummer 0900-8844." """
    nummer = losser.meld(naam="Piet Klaassen", kanaal="balie", gedrag="E", datum="2026-11-02")
    open_ = _open(losser, nummer)
    assert "maatregel" not in open_
    assert not any("persoon" in t["omschrijving"] or "brief " in t["opdracht"] for t in open_.values() if t["opdracht"])
    assert open_["registratie"]["opdracht"] == f"agressie maatregel {nummer} --soort registratie"
    assert "nooit een brief" in open_["registratie"]["omschrijving"]
    assert open_["hulpinstantie"]["uiterlijk"] == "2026-11-03" and "0900-8844" in open_["hulpinstantie"]["omschrijving"]
    assert "melding politie" in open_  # 5.4: D- en E-gedrag melden wij bij de politie
    losser.ok("maatregel", nummer, "--soort", "registratie", "--datum", "2026-11-03")
    losser.ok("verplichtingen", nummer, "--hulpinstantie", "2026-11-02")
    open_ = _open(losser, nummer)
    assert "registratie" not in open_ and "hulpinstantie" not in open_
    # Een ander gedrag vraagt wel de maatregel aan de persoon, en geen hulpinstantie.
    d = losser.meld(naam="Kees Mol", kanaal="balie", gedrag="D", datum="2026-11-02")
    open_ = _open(losser, d)
    assert "aan de persoon" in open_["maatregel"]["omschrijving"] and "hulpinstantie" not in open_
    assert open_["maatregel"]["opdracht"] == f"agressie brief {d} of agressie maatregel {d} --soort SOORT"
    assert open_["melding onvolledig"]["opdracht"] == f"agressie aanvullen {d}"


# --- invoer ------------------------------------------------------------------------------------------------------


def test_foute_invoer_geweigerd_register_ongewijzigd(gtb):
    """Werkregels: een foute reden of datum geeft een Nederlandse melding met de optie, afsluitcode 2, en het
    register blijft gelijk."""
    nummer = gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="strafbaar", datum="2026-11-02")
    voor = gtb.momentopname()
    for args, melding in (
        (("--reden-geen-aangifte", "geen zin"), "Kies uit: geen-strafbaar-feit"),
        (("--melding", "2026-11-01"), "ligt vóór het incident"),
        (("--melding", "2099-01-01"), "ligt in de toekomst"),
        (("--nabespreking", "31-02-2026"), "--nabespreking"),
        (("--melding", "2026-11-03", "--reden-geen-verhaal", "vergeten"), "--reden-geen-verhaal"),
    ):
        uitkomst = gtb.run("verplichtingen", nummer, *args)
        assert uitkomst.exit_code == 2, uitkomst.output
        assert melding in uitkomst.output and "Traceback" not in uitkomst.output
        assert gtb.momentopname() == voor
    assert gtb.run("verplichtingen", "2026-9999").exit_code == 2


def test_zonder_opties_de_stand(gtb):
    """Zonder opties: de stand, zoals agressie nazorg."""
    nummer = gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="licht", datum="2026-11-02")
    data = gtb.json("verplichtingen", nummer)
    assert data["incident"] == nummer and data["verplichtingen"] == [] and data["melding"] is None
    assert "geen verplichtingen" in gtb.ok("verplichtingen", nummer)


def test_kwartaalrapport_telt_wat_nog_niet_is_vastgelegd(gtb):
    """Geertruidenberg 4.2 (het overzicht voor het MT) en domein.md: "what is still open". Alleen een aantal."""
    import openpyxl

    nummer = gtb.meld(
        naam="Jan de Vries", kanaal="balie", ernst="strafbaar", datum="2026-10-05", materiele_schade="ruit"
    )
    data = gtb.json("rapport", "--kwartaal", "2026-Q4")
    assert data["verplichtingen_open"] == 2  # aangifte en schade verhalen
    rijen = {
        r[0].strip(): r[1]
        for r in openpyxl.load_workbook(data["bestand"])["Samenvatting"].iter_rows(values_only=True)
        if r and isinstance(r[0], str)
    }
    assert rijen["Verplichtingen nog niet vastgelegd (aangifte, schade, nabespreking, ...)"] == 2
    gtb.ok("verplichtingen", nummer, "--melding", "2026-10-06", "--reden-geen-verhaal", "al-vergoed")
    assert gtb.json("rapport", "--kwartaal", "2026-Q4", "--overschrijven")["verplichtingen_open"] == 0
