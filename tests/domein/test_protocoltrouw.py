"""Issue 2.2: advies, verboden en termijnen precies zoals de protocollen zeggen. Elke test noemt de zin uit
het protocol (../shared/protocollen/) die hij volgt. Door de CLI, met het register in het geheugen."""

from __future__ import annotations

import json

import pytest

from agressie_cli.documenten.brieven.render import docx_tekst
from conftest import ADRES, REDEN, Gemeente, maak_gemeente
from conftest import VOLLEDIG as VOLLEDIG_ZONDER_TIJD

VOLLEDIG = {**VOLLEDIG_ZONDER_TIJD, "tijd": "10:30"}


@pytest.fixture
def gtb(tmp_path) -> Gemeente:
    return maak_gemeente(tmp_path, "geertruidenberg", geheugen=True)


@pytest.fixture
def losser(tmp_path) -> Gemeente:
    return maak_gemeente(tmp_path, "losser", geheugen=True)


def _verbod(g: Gemeente, datum: str, duur: str, soort: str = "toegangsverbod", tijd: str | None = "09:00") -> str:
    """Een incident met een verbod dat op de dag van het incident ingaat; geeft het incidentnummer."""
    extra = {"tijd": tijd} if tijd else {}
    nummer = g.meld(naam="Jan de Vries", kanaal="balie", ernst="strafbaar", datum=datum, **extra)
    g.ok("maatregel", nummer, "--soort", soort, "--duur", duur, "--datum", datum, *REDEN)
    return nummer


# --- overtredingen (Geertruidenberg 6.7; Losser 5.2-5.3) ------------------------------------------------------


def test_overtreding_alleen_na_het_incident_dat_tot_het_verbod_leidde(gtb):
    """domein.md: "an incident breaches a ban when it happened after the incident that led to the ban and within
    the ban's period". Eerder op dezelfde dag, of dezelfde dag zonder bekende tijd: geen overtreding."""
    _verbod(gtb, "2026-11-02", "3")
    eerder = gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="licht", datum="2026-11-02", tijd="08:00")
    zonder_tijd = gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="licht", datum="2026-11-02")
    later = gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="licht", datum="2026-11-02", tijd="11:15")
    volgende_dag = gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="licht", datum="2026-11-03")
    assert gtb.json("advies", eerder)["overtreding"] is None
    assert gtb.json("advies", zonder_tijd)["overtreding"] is None
    for nummer in (later, volgende_dag):
        advies = gtb.json("advies", nummer)
        assert advies["overtreding"] == "M00001" and advies["soort"] == "niet-nakomen" and advies["aangifte"] is True


@pytest.mark.parametrize(
    ("soort", "duur", "vervolg"),
    [
        ("toegangsverbod", "3", ("toegangsverbod", 6, False)),
        ("toegangsverbod", "6", ("toegangsverbod", None, True)),
        ("toegangsverbod", "onbepaald", ("toegangs-en-belverbod", None, True)),
        ("toegangs-en-belverbod", "3", ("toegangs-en-belverbod", 6, False)),
    ],
)
def test_vervolg_is_strikt_zwaarder_volgens_de_ladder(gtb, soort, duur, vervolg):
    """6.7: "In principe wordt automatisch gekozen voor het inzetten van een zwaardere maatregel." """
    _verbod(gtb, "2026-10-01", duur, soort)
    nummer = gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="licht", datum="2026-11-02")
    advies = gtb.json("advies", nummer)
    assert advies["soort"] == "niet-nakomen"
    assert (advies["vervolg"]["soort"], advies["vervolg"]["duur_maanden"], advies["vervolg"]["onbepaald"]) == vervolg
    assert "lokaalvredebreuk" in advies["uitleg"]


def test_bellen_tijdens_een_belverbod_is_een_overtreding_maar_geen_lokaalvredebreuk(gtb):
    """6.7 geldt voor elke opgelegde maatregel; lokaalvredebreuk alleen "op het moment dat iemand zich niet houdt
    aan een ontzegging en toch het gemeentehuis betreedt"."""
    _verbod(gtb, "2026-10-01", "6", "toegangs-en-belverbod")
    nummer = gtb.meld(naam="Jan de Vries", kanaal="telefoon", ernst="licht", datum="2026-11-02")
    advies = gtb.json("advies", nummer)
    assert advies["overtreding"] == "M00001"
    assert advies["soort"] == "toegangs-en-belverbod" and advies["onbepaald"] is True and advies["duur_maanden"] is None
    assert "6.7" in advies["uitleg"] and "geen lokaalvredebreuk" in advies["uitleg"]
    assert advies["aangifte"] is False  # bellen is geen strafbaar feit; de matrix (licht) vraagt geen aangifte


def test_telefoon_tijdens_alleen_een_toegangsverbod_is_geen_overtreding(gtb):
    _verbod(gtb, "2026-10-01", "3")
    nummer = gtb.meld(naam="Jan de Vries", kanaal="telefoon", ernst="licht", datum="2026-11-02")
    assert gtb.json("advies", nummer)["overtreding"] is None


def test_losser_belbeperking_overtreden_geeft_opnieuw_een_langere(losser):
    """Losser 5.2: de leidinggevende en de medewerker "bepalen in overleg de duur"; het vervolg is een zwaardere
    maatregel: dezelfde soort, langer dan het overtreden verbod."""
    eerste = losser.meld(naam="Piet Klaassen", kanaal="telefoon", gedrag="D", datum="2026-09-01")
    losser.ok("maatregel", eerste, "--soort", "belverbod", "--duur", "2", "--datum", "2026-09-02", *REDEN)
    nummer = losser.meld(naam="Piet Klaassen", kanaal="telefoon", gedrag="A", aanhoudend=False, datum="2026-10-15")
    advies = losser.json("advies", nummer)
    assert advies["soort"] == "belverbod" and advies["duur_bepalen"] is True and advies["overtreding"] == "M00001"
    assert advies["vervolg"]["duur_bepalen"] is True
    assert "langere periode" in advies["uitleg"] and "1 november 2026" in advies["uitleg"]


def test_na_de_brief_niet_nakomen_blijft_de_zwaardere_maatregel_open(gtb, tmp_path):
    """6.7: na de brief niet nakomen volgt "automatisch ... een zwaardere maatregel"; tot die vastligt, staat hij
    bij de termijnen."""
    _verbod(gtb, "2026-10-01", "3")
    nummer = gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="licht", datum="2026-11-02", **VOLLEDIG)
    gtb.ok("brief", nummer, "--datum", "2026-11-03")
    open_ = [t for t in gtb.json("termijnen", "--peildatum", "2026-11-04") if t["incident"] == nummer]
    assert "zwaardere maatregel" in [t["soort"] for t in open_]
    gtb.ok("maatregel", nummer, "--soort", "toegangsverbod", "--duur", "6", "--datum", "2026-11-04")
    open_ = [t for t in gtb.json("termijnen", "--peildatum", "2026-11-05") if t["incident"] == nummer]
    assert "zwaardere maatregel" not in [t["soort"] for t in open_]


# --- datums en volgorde ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ingang", "maanden", "einde"),
    [
        ("2026-11-23", "3", "2027-02-22"),
        ("2026-11-30", "3", "2027-02-28"),
        ("2026-08-31", "6", "2027-02-28"),
        ("2027-01-31", "1", "2027-02-28"),
        ("2028-02-29", "12", "2029-02-28"),
        ("2027-01-28", "1", "2027-02-27"),
    ],
)
def test_einde_van_een_periode_in_maanden(gtb, ingang, maanden, einde):
    """domein.md: "tot en met ingang + N months - 1 day when ingang's day exists in the end month; otherwise tot en
    met the last day of the end month"."""
    nummer = gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="strafbaar", datum="2026-08-01")
    m = gtb.json("maatregel", nummer, "--soort", "toegangsverbod", "--duur", maanden, "--ingang", ingang, *REDEN)
    assert m["einde"] == einde


@pytest.mark.parametrize("optie", ["--datum", "--ingang"])
def test_brief_of_maatregel_van_voor_het_incident_wordt_geweigerd(gtb, optie):
    nummer = gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="strafbaar", datum="2026-11-10", **VOLLEDIG)
    voor = gtb.momentopname()
    for commando in ("brief", "maatregel"):
        uitkomst = gtb.run(commando, nummer, "--soort", "toegangsverbod", optie, "2026-11-09")
        assert uitkomst.exit_code == 2 and optie in uitkomst.output and "vóór het incident" in uitkomst.output
    assert gtb.momentopname() == voor
    # Een ingang tussen incident en brief mag: een verbod dat aan de balie is overhandigd, gaat die dag in.
    m = gtb.json("maatregel", nummer, "--soort", "toegangsverbod", "--datum", "2026-11-12", "--ingang", "2026-11-10")
    assert m["ingang"] == "2026-11-10" and m["einde"] == "2027-02-09"


def test_losser_waarschuwing_van_na_het_tweede_incident_telt_niet(losser):
    """domein.md: "Earlier measures count only when decided before the new incident." """
    eerste = losser.meld(naam="Piet Klaassen", kanaal="balie", gedrag="C", aanhoudend=True, datum="2026-10-01")
    tweede = losser.meld(naam="Piet Klaassen", kanaal="balie", gedrag="C", aanhoudend=True, datum="2026-10-10")
    losser.ok("maatregel", eerste, "--soort", "waarschuwing", "--datum", "2026-10-15")
    assert losser.json("advies", tweede)["soort"] == "waarschuwing"
    derde = losser.meld(naam="Piet Klaassen", kanaal="balie", gedrag="C", aanhoudend=True, datum="2026-10-20")
    assert losser.json("advies", derde)["soort"] == "toegangsverbod"


def test_zelfde_dag_zonder_tijd_op_incidentnummer(gtb):
    """Een onbekende tijd is niet 00:00: op dezelfde dag telt het incidentnummer."""
    eerste = gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="licht", datum="2026-11-02", tijd="15:00")
    tweede = gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="licht", datum="2026-11-02")
    assert gtb.json("advies", eerste)["herhaling"] == 0
    assert gtb.json("advies", tweede)["meegeteld"] == [eerste]


# --- afwijkingen -------------------------------------------------------------------------------------------------


def test_afwijking_vraagt_een_reden_en_legt_die_vast(gtb):
    """Rb. Oost-Brabant 2018 (ECLI:NL:RBOBR:2018:540): een maatregel die zonder reden afwijkt van het eigen model
    houdt geen stand. Een andere periode is ook een afwijking."""
    nummer = gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="strafbaar", datum="2026-11-10")
    voor = gtb.momentopname()
    geweigerd = gtb.run("maatregel", nummer, "--soort", "toegangsverbod", "--duur", "6", "--datum", "2026-11-11")
    assert geweigerd.exit_code == 2 and "--toelichting" in geweigerd.output and "3 maanden" in geweigerd.output
    assert gtb.momentopname() == voor
    m = gtb.json(
        "maatregel",
        nummer,
        "--soort",
        "toegangsverbod",
        "--duur",
        "6",
        "--datum",
        "2026-11-11",
        "--toelichting",
        "sloeg ook de beveiliger",
    )
    assert m["afwijking"] is True and m["toelichting"] == "sloeg ook de beveiliger" and m["te_laat"] is False
    assert "sloeg ook de beveiliger" in gtb.ok("historie", "Jan de Vries")
    assert gtb.json("historie", "Jan de Vries")["maatregelen"][0]["toelichting"] == "sloeg ook de beveiliger"


def test_aangifte_naast_het_advies_is_geen_afwijking(gtb):
    """Geertruidenberg 7: "Van strafbare feiten wordt altijd aangifte gedaan" — aangifte komt naast de maatregel."""
    nummer = gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="agressief", datum="2026-11-10")
    m = gtb.json("maatregel", nummer, "--soort", "aangifte", "--datum", "2026-11-11")
    assert m["afwijking"] is False and m["toelichting"] is None


def test_te_laat_en_onvolledig_worden_gezegd(gtb):
    """Geertruidenberg 4.2: de maatregel binnen een week, "nadat de agressiemelding compleet is gemaakt"."""
    nummer = gtb.meld(
        naam="Jan de Vries",
        kanaal="balie",
        ernst="agressief",
        datum="2026-11-01",
        **ADRES,
        tijd="10:00",
        omschrijving="Schold.",
        brieftekst="U schold.",
    )
    uitkomst = gtb.run("brief", nummer, "--datum", "2026-11-12")
    assert uitkomst.exit_code == 0
    assert (
        "uiterlijk 08-11-2026" in uitkomst.output and "niet compleet" in uitkomst.output and "melder" in uitkomst.output
    )
    ander = gtb.meld(naam="Kees Bakker", kanaal="balie", ernst="agressief", datum="2026-11-01", **VOLLEDIG)
    data = json.loads(gtb.run("brief", ander, "--datum", "2026-11-12", "--json").stdout)
    assert data["te_laat"] is True and data["afwijking"] is False


# --- regels die de engine miste --------------------------------------------------------------------------------


def test_fysiek_geweld_ten_minste_een_ontzegging(gtb):
    """Geertruidenberg 6.4: "Deze maatregel wordt getroffen ... wanneer sprake is geweest van fysiek geweld/agressie." """
    nummer = gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="agressief", vorm=["fysiek"], datum="2026-11-10")
    advies = gtb.json("advies", nummer)
    assert (advies["soort"], advies["duur_maanden"]) == ("toegangsverbod", 3)
    assert "6.4" in advies["uitleg"]
    zonder = gtb.meld(naam="Kees Bakker", kanaal="balie", ernst="agressief", vorm=["verbaal"], datum="2026-11-10")
    assert gtb.json("advies", zonder)["soort"] == "waarschuwing"


def test_strafbaar_feit_altijd_aangifte_ook_bij_geen_aangifte(gtb):
    """Geertruidenberg 7: "Van strafbare feiten wordt altijd aangifte gedaan." """
    nummer = gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="strafbaar", aangifte=False, datum="2026-11-10")
    advies = gtb.json("advies", nummer)
    assert advies["aangifte"] is True and "Van strafbare feiten wordt altijd aangifte gedaan (7)" in advies["uitleg"]
    uitkomst = gtb.run("advies", nummer)
    assert "geen aangifte" in uitkomst.stderr and "altijd aangifte" in uitkomst.stderr


def test_e_gedrag_geen_brief_wel_registratie_en_melding(losser):
    """Losser 5.3: "Bij E-gedrag sturen we nooit een brief"; 4.5: altijd een hulpinstantie via de politie."""
    nummer = losser.meld(naam="Sanne Visser", kanaal="huisbezoek", gedrag="E", datum="2026-11-10")
    advies = losser.json("advies", nummer)
    assert advies["soort"] is None and advies["uiterlijk"] is None and "--soort registratie" in advies["uitleg"]
    assert "meedelen uiterlijk" not in losser.ok("advies", nummer)
    geweigerd = losser.run("maatregel", nummer, "--soort", "waarschuwing", *REDEN)
    assert geweigerd.exit_code == 2 and "geen brief" in geweigerd.output
    assert losser.json("maatregel", nummer, "--soort", "registratie")["afwijking"] is False
    assert losser.json("maatregel", nummer, "--soort", "aangifte")["afwijking"] is False


def test_registratie_heeft_geen_uiterlijk(gtb):
    nummer = gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="licht", datum="2026-11-10")
    assert gtb.json("advies", nummer)["uiterlijk"] is None


def test_politie_ingeschakeld_dan_ook_de_aov_er(gtb):
    """Geertruidenberg 3.3: "Als de politie wordt gebeld, moet ook de AOV-er gebeld worden." """
    met = gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="agressief", politie=True, datum="2026-11-10")
    zonder = gtb.meld(naam="Kees Bakker", kanaal="balie", ernst="agressief", politie=False, datum="2026-11-10")
    assert "AOV-er" in gtb.json("advies", met)["informeren"]
    assert "AOV-er" not in gtb.json("advies", zonder)["informeren"]


def test_losser_politiek_ambtsdrager_48_uur_en_de_burgemeester_tekent(tmp_path):
    """Losser: "Binnen 48 uur na het incident stuurt de burgemeester een formele (schriftelijke) reactie naar de
    inwoner"; "Uiteindelijk bepaalt hij ook de sanctie"."""
    g = maak_gemeente(tmp_path, "losser", geheugen=True)
    zonder_naam = g.meld(
        naam="Anna Smit",
        kanaal="balie",
        gedrag="D",
        datum="2026-11-10",
        politiek_ambtsdrager=True,
        **{k: v for k, v in VOLLEDIG.items() if k != "medewerker"},
    )
    uitkomst = g.run("brief", zonder_naam, "--duur", "6", "--datum", "2026-11-11", *REDEN)  # 3.4: waarom deze duur
    assert uitkomst.exit_code == 2 and "[burgemeester] naam" in uitkomst.output
    instellingen = g.map / "agressie.toml"
    instellingen.write_text(
        instellingen.read_text(encoding="utf-8")
        .replace("[burgemeester]\n# Tekent", "[burgemeester]\n# Tekent", 1)
        .replace('naam = ""\n\n[brieven]', 'naam = "C.J.G.M. Roosendaal"\n\n[brieven]'),
        encoding="utf-8",
    )
    nummer = g.meld(
        naam="Piet Klaassen",
        kanaal="balie",
        gedrag="D",
        datum="2026-11-10",
        tijd="14:30",
        politiek_ambtsdrager=True,
        medewerker=["raadslid A. Bos"],
        **{k: v for k, v in VOLLEDIG.items() if k not in ("medewerker", "tijd")},
    )
    advies = g.json("advies", nummer)
    assert (
        advies["uiterlijk"] == "2026-11-12"
        and "de burgemeester" in advies["uitleg"]
        and "14.30 uur" in advies["uitleg"]
    )
    termijnen = g.json("termijnen", "--peildatum", "2026-11-11")
    assert ("reactie burgemeester", nummer) in [(t["soort"], t["incident"]) for t in termijnen]
    brief = g.json("brief", nummer, "--duur", "6", "--datum", "2026-11-11", *REDEN)
    tekst = docx_tekst(brief["bestand"] and __import__("pathlib").Path(brief["bestand"]))
    assert "C.J.G.M. Roosendaal" in tekst and "burgemeester van Losser" in tekst and "namens dezen" not in tekst
    termijnen = g.json("termijnen", "--peildatum", "2026-11-11")
    assert ("reactie burgemeester", nummer) not in [(t["soort"], t["incident"]) for t in termijnen]
    tegen = g.meld(
        naam="Anna Smit",
        kanaal="balie",
        gedrag="D",
        datum="2026-11-10",
        ambt="burgemeester",  # 3.1: het ambt is een vastgelegd feit, geen woord in de kolom Medewerker
    )
    assert "(loco)gemeentesecretaris" in g.json("advies", tegen)["uitleg"]


@pytest.mark.parametrize(
    ("uitkering", "vorm", "bedrag"),
    [
        ("participatiewet", "verbaal", "categorie A (EUR 250)"),
        ("ioaw", "verbaal", "categorie A (EUR 300)"),
        (
            "participatiewet",
            "fysiek",
            "categorie B (EUR 500) of categorie C (100% van de uitkering gedurende één maand)",
        ),
    ],
)
def test_participatiewet_alleen_bij_uitvoering_met_categorie(gtb, uitkering, vorm, bedrag):
    """Geertruidenberg 6.8 en bijlage 3 art. 13: alleen bij misdragingen "tegenover de medewerkers die zijn belast met
    de uitvoering van deze wet"."""
    niet = gtb.meld(
        naam="Jan de Vries", kanaal="balie", ernst="agressief", vorm=[vorm], uitkering=uitkering, datum="2026-11-10"
    )
    assert "geen verlaging van de uitkering" in gtb.json("advies", niet)["uitleg"]
    wel = gtb.meld(
        naam="Kees Bakker",
        kanaal="balie",
        ernst="agressief",
        vorm=[vorm],
        uitkering=uitkering,
        bij_uitvoering=True,
        datum="2026-11-10",
    )
    assert bedrag in gtb.json("advies", wel)["uitleg"]


def test_participatiewet_in_de_brief_alleen_bij_uitvoering_en_losser_nooit_eenmalig(losser):
    """Losser 5.5: "De sanctie is minimaal 40% en maximaal 100% van de bijstandsnorm"."""
    wel = losser.meld(
        naam="Piet Klaassen",
        kanaal="balie",
        gedrag="C",
        aanhoudend=True,
        uitkering="participatiewet",
        bij_uitvoering=True,
        datum="2026-11-10",
        **VOLLEDIG,
    )
    niet = losser.meld(
        naam="Anna Smit",
        kanaal="balie",
        gedrag="C",
        aanhoudend=True,
        uitkering="participatiewet",
        datum="2026-11-10",
        **VOLLEDIG,
    )
    assert "minimaal 40% en maximaal 100% van de bijstandsnorm" in losser.json("advies", wel)["uitleg"]
    met = docx_tekst(__import__("pathlib").Path(losser.json("brief", wel, "--datum", "2026-11-11")["bestand"]))
    zonder = docx_tekst(__import__("pathlib").Path(losser.json("brief", niet, "--datum", "2026-11-11")["bestand"]))
    assert "uitkering mogelijk wordt verlaagd" in met and "eenmalig" not in met
    assert "uitkering" not in zonder.lower().split("hoogachtend")[0].split("wat is er gebeurd")[-1]


def test_losser_schriftelijk_contact_is_geen_persoonlijk_contact(losser):
    """Losser 5.2: "Had je telefonisch contact met de inwoner? Dan stuur je een belbeperking. Bij persoonlijk contact
    (aan de balie, in een spreekkamer, etc.) stuur je een toegangsverbod." Mail en post vallen daar niet onder."""
    eerste = losser.meld(naam="Piet Klaassen", kanaal="balie", gedrag="C", aanhoudend=True, datum="2026-10-01")
    losser.ok("maatregel", eerste, "--soort", "waarschuwing", "--datum", "2026-10-02")
    tweede = losser.meld(naam="Piet Klaassen", kanaal="schriftelijk", gedrag="C", aanhoudend=True, datum="2026-11-01")
    advies = losser.json("advies", tweede)
    assert advies["soort"] is None and advies["keuze"] == ["belverbod", "toegangsverbod"]
    assert "schriftelijk" in advies["uitleg"] and "geen van beide" in advies["uitleg"]
    assert advies["uiterlijk"] == "2026-11-08"


def test_losser_verbod_noemt_een_eerdere_waarschuwing_alleen_als_die_er_is(losser):
    eerste = losser.meld(
        naam="Piet Klaassen", kanaal="balie", gedrag="C", aanhoudend=True, datum="2026-10-01", **VOLLEDIG
    )
    losser.ok("brief", eerste, "--datum", "2026-10-05")
    tweede = losser.meld(
        naam="Piet Klaassen", kanaal="balie", gedrag="C", aanhoudend=True, datum="2026-11-01", **VOLLEDIG
    )
    met = docx_tekst(
        __import__("pathlib").Path(
            losser.json("brief", tweede, "--duur", "3", "--datum", "2026-11-02", *REDEN)["bestand"]
        )
    )
    assert "Op 5 oktober 2026 heeft u al een waarschuwing van ons gekregen." in met
    direct = losser.meld(naam="Anna Smit", kanaal="balie", gedrag="C", aanhoudend=True, datum="2026-11-01", **VOLLEDIG)
    zonder = docx_tekst(
        __import__("pathlib").Path(
            losser.json("brief", direct, "--soort", "toegangsverbod", "--duur", "3", "--datum", "2026-11-02", *REDEN)[
                "bestand"
            ]
        )
    )
    assert "waarschuwing" not in zonder


# --- termijnen ------------------------------------------------------------------------------------------------------


def test_verlopen_termijn_blijft_zichtbaar(gtb):
    """domein.md: "An overdue deadline stays visible until it is met or recorded" (9.1: dezelfde dag, uiterlijk de
    dag erna)."""
    nummer = gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="licht", datum="2026-11-10", medewerker=["P. Jansen"])
    gesprek = next(
        t
        for t in gtb.json("termijnen", "--peildatum", "2026-11-20")
        if t["soort"] == "gesprek medewerker" and t["incident"] == nummer
    )
    assert gesprek["verlopen"] is True and "(9.1)" in gesprek["omschrijving"]


def test_losser_nazorg_noemt_hoofdstuk_8(losser):
    nummer = losser.meld(naam="Piet Klaassen", kanaal="balie", gedrag="D", datum="2026-11-10", medewerker=["P. Jansen"])
    items = [t for t in losser.json("termijnen", "--peildatum", "2026-11-10") if t["incident"] == nummer]
    teksten = " ".join(t["omschrijving"] for t in items)
    assert "(8)" in teksten and "(8.1)" in teksten and "9.1" not in teksten and "9.2" not in teksten


# --- na de review: randgevallen -------------------------------------------------------------------------------------


def test_overtreding_verlaagt_een_zwaarder_advies_niet(gtb):
    """6.7: een zwaardere maatregel; is het advies zelf al zwaarder dan de volgende trede, dan blijft dat het vervolg."""
    _verbod(gtb, "2026-11-01", "3")
    gtb.meld(naam="Jan de Vries", kanaal="telefoon", ernst="licht", datum="2026-11-03")
    derde = gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="strafbaar", datum="2026-11-05", **VOLLEDIG)
    advies = gtb.json("advies", derde)
    assert advies["soort"] == "niet-nakomen" and advies["vervolg"]["soort"] == "toegangsverbod"
    assert advies["vervolg"]["onbepaald"] is True  # de matrix (strafbaar, herhaling 2), niet 6 maanden
    gtb.ok("brief", derde, "--datum", "2026-11-06")
    na_brief = gtb.json("advies", derde)
    assert na_brief["soort"] == "toegangsverbod" and na_brief["onbepaald"] is True
    m = gtb.json("maatregel", derde, "--soort", "toegangsverbod", "--duur", "onbepaald", "--datum", "2026-11-06")
    assert m["afwijking"] is False


def test_losser_bedreiging_tijdens_een_toegangsverbod_blijft_een_bedreigingsbrief(losser):
    eerste = losser.meld(naam="Piet Klaassen", kanaal="balie", gedrag="C", aanhoudend=True, datum="2026-09-01")
    losser.ok("maatregel", eerste, "--soort", "toegangsverbod", "--duur", "3", "--datum", "2026-09-02", *REDEN)
    d = losser.meld(naam="Piet Klaassen", kanaal="balie", gedrag="D", datum="2026-10-01")
    advies = losser.json("advies", d)
    assert advies["soort"] == "bedreiging" and advies["overtreding"] == "M00001"
    e = losser.meld(naam="Piet Klaassen", kanaal="balie", gedrag="E", datum="2026-10-02")
    advies = losser.json("advies", e)
    assert advies["soort"] is None and advies["uiterlijk"] is None and "stadhuis" in advies["uitleg"]


def test_losser_nieuw_verbod_na_overtreding_moet_langer(losser):
    """Losser 5.2: een zwaardere maatregel is een langer verbod dan het overtreden verbod."""
    eerste = losser.meld(naam="Piet Klaassen", kanaal="telefoon", gedrag="D", datum="2026-09-01")
    losser.ok("maatregel", eerste, "--soort", "bedreiging", "--duur", "6", "--datum", "2026-09-02")
    nummer = losser.meld(naam="Piet Klaassen", kanaal="telefoon", gedrag="A", aanhoudend=False, datum="2026-10-01")
    korter = losser.run("maatregel", nummer, "--soort", "bedreiging", "--duur", "1", "--datum", "2026-10-02")
    assert korter.exit_code == 2 and "--toelichting" in korter.output
    assert (
        losser.json("maatregel", nummer, "--soort", "bedreiging", "--duur", "9", "--datum", "2026-10-02")["afwijking"]
        is False
    )
    assert "Beide verboden blijven gelden" in losser.json("advies", nummer)["uitleg"]


def test_verbod_voor_een_later_incident_op_dezelfde_dag_telt_niet(losser):
    d = losser.meld(naam="Piet Klaassen", kanaal="balie", gedrag="D", datum="2026-11-15", tijd="09:00")
    losser.ok("maatregel", d, "--soort", "bedreiging", "--duur", "6", "--datum", "2026-11-15")
    eerder = losser.meld(
        naam="Piet Klaassen", kanaal="balie", gedrag="C", aanhoudend=True, datum="2026-11-15", tijd="08:00"
    )
    assert losser.json("advies", eerder)["soort"] == "waarschuwing"


def test_volgorde_op_een_dag_met_een_onbekende_tijd_is_zonder_kring(gtb):
    nummers = [
        gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="licht", datum="2026-11-15", **t)
        for t in ({"tijd": "10:00"}, {}, {"tijd": "09:00"})
    ]
    herhalingen = [gtb.json("advies", n)["herhaling"] for n in nummers]
    assert herhalingen == [0, 1, 2]  # op deze dag telt het nummer: de eerste is de eerste keer


def test_losser_keuze_vraagt_een_reden(losser):
    eerste = losser.meld(naam="Piet Klaassen", kanaal="balie", gedrag="C", aanhoudend=True, datum="2026-10-01")
    losser.ok("maatregel", eerste, "--soort", "waarschuwing", "--datum", "2026-10-02")
    tweede = losser.meld(naam="Piet Klaassen", kanaal="schriftelijk", gedrag="C", aanhoudend=True, datum="2026-11-01")
    zonder = losser.run("maatregel", tweede, "--soort", "belverbod", "--duur", "3", "--datum", "2026-11-02")
    assert zonder.exit_code == 2 and "--toelichting" in zonder.output and "beslist hier niet" in zonder.output
    m = losser.json(
        "maatregel",
        tweede,
        "--soort",
        "belverbod",
        "--duur",
        "3",
        "--datum",
        "2026-11-02",
        "--toelichting",
        "belt vaker dan hij komt",
    )
    assert m["advies"] == "keuze: belverbod of toegangsverbod" and m["afwijking"] is False
    assert "politie (hulpinstantie)" not in losser.json("advies", tweede)["informeren"]


def test_te_laat_ook_na_een_aangifte(gtb):
    nummer = gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="strafbaar", datum="2026-11-01", **VOLLEDIG)
    gtb.ok("maatregel", nummer, "--soort", "aangifte", "--datum", "2026-11-01")
    data = json.loads(gtb.run("brief", nummer, "--datum", "2026-11-20", "--json").stdout)
    assert data["te_laat"] is True


def test_losser_e_gedrag_tegen_politiek_ambtsdrager_geen_48_uur(losser):
    nummer = losser.meld(naam="Sanne Visser", kanaal="balie", gedrag="E", datum="2026-11-20", politiek_ambtsdrager=True)
    assert losser.json("advies", nummer)["uiterlijk"] is None
    soorten = [(t["soort"], t["incident"]) for t in losser.json("termijnen", "--peildatum", "2026-11-21")]
    assert ("reactie burgemeester", nummer) not in soorten


def test_afgesloten_incident_en_voorbije_nazorgperiode_staan_niet_open(gtb):
    nummer = gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="licht", datum="2026-07-01", medewerker=["P. Jansen"])
    items = [t for t in gtb.json("termijnen", "--peildatum", "2026-11-20") if t["incident"] == nummer]
    # 9.2: drie maanden volgen is voorbij; niet afgerond blijft het staan, verlopen (3.1).
    assert next(t for t in items if t["soort"] == "nazorg")["verlopen"] is True
    assert "gesprek medewerker" in [t["soort"] for t in items]
    gtb.ok("maatregel", nummer, "--soort", "registratie", "--datum", "2026-07-02")
    gtb.ok("afsluiten", nummer)
    # Afgesloten voor de persoon; de nazorg voor de medewerker (9.1) blijft staan tot hij is afgevinkt (2.6). Een
    # registratie sluit een licht incident vanzelf af: anders verdween het gesprek met de medewerker ongezien. Ook
    # de verplichtingen van 9.1 en 9.2 (3.1) blijven staan.
    items = [t for t in gtb.json("termijnen", "--peildatum", "2026-11-20") if t["incident"] == nummer]
    assert {t["soort"] for t in items} == {"gesprek medewerker", "nazorg", "nabespreking", "herstel nagaan"}
    gtb.ok("nazorg", nummer, "--gesprek", "2026-07-02", "--afgerond", "2026-10-01")
    gtb.ok("verplichtingen", nummer, "--nabespreking", "2026-07-03", "--herstel", "2026-08-01")
    assert [t for t in gtb.json("termijnen", "--peildatum", "2026-11-20") if t["incident"] == nummer] == []


def test_losser_waarschuwing_van_dezelfde_dag_niet_in_de_brief(losser):
    eerste = losser.meld(
        naam="Piet Klaassen", kanaal="balie", gedrag="C", aanhoudend=True, datum="2026-11-05", **VOLLEDIG
    )
    losser.ok("brief", eerste, "--datum", "2026-11-05")
    tweede = losser.meld(
        naam="Piet Klaassen",
        kanaal="balie",
        gedrag="C",
        aanhoudend=True,
        datum="2026-11-05",
        **{**VOLLEDIG, "tijd": "15:00"},
    )
    brief = losser.json("brief", tweede, "--soort", "toegangsverbod", "--duur", "3", "--datum", "2026-11-06", *REDEN)
    assert "waarschuwing van ons gekregen" not in docx_tekst(__import__("pathlib").Path(brief["bestand"]))
