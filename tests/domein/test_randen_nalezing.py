"""Issue 3.1, nalezing van de protocollen: randen die bij het opnieuw lezen van begin tot eind opvielen. Elke test noemt
de zin uit het protocol (../shared/protocollen/) die hij volgt. Door de CLI, met het register in het geheugen; brieven
teruggelezen."""

from __future__ import annotations

from pathlib import Path

import pytest

from agressie_cli.documenten.brieven.render import docx_tekst
from conftest import ADRES, REDEN, VOLLEDIG, Gemeente, maak_gemeente, zet_contactpersoon

JAN = "Jan de Vries"
PIET = "Piet Klaassen"


@pytest.fixture
def gtb(tmp_path) -> Gemeente:
    return maak_gemeente(tmp_path, "geertruidenberg", geheugen=True)


@pytest.fixture
def losser(tmp_path) -> Gemeente:
    return maak_gemeente(tmp_path, "losser", geheugen=True)


# --- 1. telefonische of schriftelijke agressie tijdens een ontzegging: de volgende trede ---------------------------


@pytest.mark.parametrize("kanaal", ["telefoon", "schriftelijk"])
def test_gtb_op_afstand_tijdens_ontzegging_volgende_trede_geen_waarschuwing(gtb, kanaal):
    """Geertruidenberg 6.7: "Als een agressor zich niet houdt aan de opgelegde maatregelen kan dit verschillende
    gevolgen hebben. In principe wordt automatisch gekozen voor het inzetten van een zwaardere maatregel." 6.5:
    "Afhankelijk van de mate en herhaling van de agressie, kan een ontzegging worden aangevuld met een telefonisch
    contactverbod." Licht, herhaling 1 (matrix: waarschuwing) tijdens een ontzegging van 3 maanden: ten minste de
    volgende trede van de ladder, een ontzegging van 6 maanden; geen waarschuwing."""
    gtb.verbod(JAN, "2026-09-01", "toegangsverbod", "3")
    nummer = gtb.meld(naam=JAN, kanaal=kanaal, ernst="licht", datum="2026-10-02", **VOLLEDIG)
    advies = gtb.json("advies", nummer)
    assert (advies["soort"], advies["duur_maanden"], advies["overtreding"]) == ("toegangsverbod", 6, None)
    assert "tijdens een lopende ontzegging (M00001)" in advies["regel"]
    hoe = "telefonisch" if kanaal == "telefoon" else "schriftelijk"
    assert f"Het incident was {hoe}, tijdens een lopende ontzegging" in advies["uitleg"]
    assert "(Schriftelijke waarschuwing) is lichter dan die ontzegging" in advies["uitleg"]
    assert ("toegangs-en-belverbod, 6.5" in advies["uitleg"]) == (kanaal == "telefoon")
    tekst = gtb.ok("advies", nummer)
    assert "Advies voor incident 2026-0002: Ontzegging gemeentehuis (toegangsverbod)" in tekst
    assert "Periode: 6 maanden" in tekst
    brief = gtb.json("brief", nummer, "--datum", "2026-10-05")
    assert (brief["soort"], brief["duur_maanden"], brief["afwijking"]) == ("toegangsverbod", 6, False)
    assert brief["vervangt_verbod"] == ["M00001"]
    assert "6 maanden" in docx_tekst(Path(brief["bestand"]))
    # Zonder lopende ontzegging blijft de waarschuwing het advies.
    ander = gtb.meld(naam="Kees Bakker", kanaal="balie", ernst="licht", datum="2026-09-01")
    gtb.ok("maatregel", ander, "--soort", "registratie", "--datum", "2026-09-02")
    tweede = gtb.meld(naam="Kees Bakker", kanaal=kanaal, ernst="licht", datum="2026-10-02")
    assert gtb.json("advies", tweede)["soort"] == "waarschuwing"


def test_gtb_op_afstand_lichter_kiezen_is_een_afwijking(gtb):
    """Geertruidenberg 6.7: "In principe wordt automatisch gekozen voor het inzetten van een zwaardere maatregel." Wie
    toch de waarschuwing kiest, wijkt af van het protocol en geeft een reden; zonder reden verandert er niets."""
    gtb.verbod(JAN, "2026-09-01", "toegangsverbod", "3")
    nummer = gtb.meld(naam=JAN, kanaal="telefoon", ernst="licht", datum="2026-10-02", **VOLLEDIG)
    voor = gtb.momentopname()
    geweigerd = gtb.run("maatregel", nummer, "--soort", "waarschuwing", "--datum", "2026-10-05")
    assert geweigerd.exit_code == 2 and "--toelichting" in geweigerd.output and "Traceback" not in geweigerd.output
    assert gtb.momentopname() == voor
    m = gtb.json("maatregel", nummer, "--soort", "waarschuwing", "--datum", "2026-10-05", *REDEN)
    assert m["afwijking"] is True


def test_gtb_op_afstand_matrix_al_zwaarder_blijft(gtb):
    """Geertruidenberg 6.7: "een zwaardere maatregel" is een ondergrens, geen plafond: adviseert de matrix al meer dan
    de volgende trede (strafbaar, herhaling 2: ontzegging voor onbepaalde tijd en aangifte), dan blijft dat."""
    gtb.verbod(JAN, "2026-09-01", "toegangsverbod", "3")
    gtb.meld(naam=JAN, kanaal="huisbezoek", ernst="licht", datum="2026-09-15")
    nummer = gtb.meld(naam=JAN, kanaal="telefoon", ernst="strafbaar", datum="2026-10-02")
    advies = gtb.json("advies", nummer)
    assert (advies["soort"], advies["onbepaald"], advies["aangifte"]) == ("toegangsverbod", True, True)
    assert "tijdens een lopende ontzegging" not in advies["regel"]


def test_gtb_telefonisch_tijdens_ontzegging_onbepaald_toegangs_en_belverbod(gtb):
    """Geertruidenberg 6.5: "Afhankelijk van de mate en herhaling van de agressie, kan een ontzegging worden aangevuld
    met een telefonisch contactverbod." Na een ontzegging voor onbepaalde tijd is dat de volgende trede."""
    gtb.verbod(JAN, "2026-09-01", "toegangsverbod", "onbepaald")
    nummer = gtb.meld(naam=JAN, kanaal="telefoon", ernst="licht", datum="2026-10-02", **VOLLEDIG)
    advies = gtb.json("advies", nummer)
    assert (advies["soort"], advies["onbepaald"]) == ("toegangs-en-belverbod", True)
    brief = gtb.json("brief", nummer, "--datum", "2026-10-05")
    assert brief["soort"] == "toegangs-en-belverbod" and brief["afwijking"] is False
    assert "telefonisch" in docx_tekst(Path(brief["bestand"]))


def test_gtb_schriftelijk_tijdens_het_zwaarste_verbod_blijft_het_verbod(gtb):
    """Geertruidenberg 6.7: nooit lichter dan het lopende verbod; boven het toegangs-en-belverbod voor onbepaalde tijd is
    er niets zwaarders (6.5: "De klant kan schriftelijk communiceren met de gemeente"; schrijven is geen overtreding):
    het verbod blijft gelden, geen waarschuwing en geen nieuwe brief."""
    gtb.verbod(JAN, "2026-09-01", "toegangs-en-belverbod", "onbepaald")
    nummer = gtb.meld(naam=JAN, kanaal="schriftelijk", ernst="licht", datum="2026-10-02", **VOLLEDIG)
    advies = gtb.json("advies", nummer)
    assert advies["soort"] is None and advies["handhaven"] == "M00001" and advies["brief"] is False
    assert advies["label"].startswith("Het lopende verbod blijft gelden")
    assert "--soort registratie" in advies["uitleg"]
    geweigerd = gtb.run("brief", nummer, "--datum", "2026-10-05")
    assert geweigerd.exit_code == 2 and "blijft gelden" in geweigerd.output
    assert gtb.json("maatregel", nummer, "--soort", "registratie", "--datum", "2026-10-05")["afwijking"] is False


def test_losser_telefonisch_tijdens_toegangsverbod_belbeperking_ernaast(losser):
    """Losser 5.2: "Had je telefonisch contact met de inwoner? Dan stuur je een belbeperking." Tijdens een lopend
    toegangsverbod is dat niet lichter: de belbeperking komt naast het toegangsverbod, dat blijft lopen (Losser's regels
    gaan al uit van eerdere maatregelen; niets veranderd)."""
    losser.verbod(PIET, "2026-09-01", "toegangsverbod", "3", gedrag="D")
    nummer = losser.meld(naam=PIET, kanaal="telefoon", gedrag="C", aanhoudend=True, datum="2026-10-02", **VOLLEDIG)
    advies = losser.json("advies", nummer)
    assert advies["soort"] == "belverbod" and "tijdens een lopende ontzegging" not in advies["regel"]
    brief = losser.json("brief", nummer, "--datum", "2026-10-05", "--duur", "3", *REDEN)  # 3.4: waarom deze duur
    assert brief["soort"] == "belverbod" and brief["vervangt_verbod"] == []
    lopend = {v["soort"] for v in losser.json("verboden", "--peildatum", "2026-10-06")}
    assert lopend == {"toegangsverbod", "belverbod"}


# --- 2. lokaalvredebreuk: de aangifte blijft open ------------------------------------------------------------------

PEIL = ("--peildatum", "2026-11-30")


def _punten(g: Gemeente, nummer: str) -> list[dict]:
    """De punten van dit incident op agressie termijnen --json."""
    return [t for t in g.json("termijnen", *PEIL) if t["incident"] == nummer]


def test_gtb_lokaalvredebreuk_licht_aangifte_blijft_open(gtb):
    """Geertruidenberg 6.7: "Daarnaast kan sprake zijn van lokaalvredebreuk op het moment dat iemand zich niet houdt
    aan een ontzegging en toch het gemeentehuis betreedt. In dat geval wordt de politie gebeld en wordt aangifte gedaan
    bij de politie". Ook als de ernst licht is: het aangiftepunt staat op agressie termijnen tot het is vastgelegd."""
    gtb.verbod(JAN, "2026-09-01", "toegangsverbod", "3")
    nummer = gtb.meld(naam=JAN, kanaal="balie", ernst="licht", datum="2026-10-02", **VOLLEDIG)
    punten = [p for p in _punten(gtb, nummer) if p["soort"] == "aangifte"]
    assert len(punten) == 1
    punt = punten[0]
    assert punt["uiterlijk"] == "2026-10-09" and punt["verlopen"] is True
    assert "Lokaalvredebreuk" in punt["omschrijving"] and "(6.7)" in punt["omschrijving"]
    assert punt["opdracht"] == (
        f"agressie aangifte {nummer} of agressie verplichtingen {nummer} --melding DATUM of --reden-geen-aangifte REDEN"
    )
    assert "Lokaalvredebreuk" in gtb.ok("termijnen", *PEIL)
    stand = {v["soort"]: v for v in gtb.json("verplichtingen", nummer)["verplichtingen"]}
    assert stand["aangifte"]["open"] is True
    # De brief niet nakomen sluit het punt niet; de aangifte wel.
    gtb.ok("brief", nummer, "--datum", "2026-10-05")
    assert [p["soort"] for p in _punten(gtb, nummer) if p["soort"] == "aangifte"] == ["aangifte"]
    gtb.ok("maatregel", nummer, "--soort", "aangifte", "--datum", "2026-10-06")
    assert "aangifte" not in [p["soort"] for p in _punten(gtb, nummer)]
    stand = {v["soort"]: v for v in gtb.json("verplichtingen", nummer)["verplichtingen"]}
    assert stand["aangifte"]["open"] is False and stand["aangifte"]["vastgelegd_met"].startswith("maatregel M")


def test_gtb_lokaalvredebreuk_melding_of_reden_vinkt_af(gtb):
    """Geertruidenberg 6.7 "wordt aangifte gedaan bij de politie": een melding bij de politie of een vastgelegde reden
    vinkt het punt af, net als bij een strafbaar feit (7)."""
    gtb.verbod(JAN, "2026-09-01", "toegangsverbod", "3")
    nummer = gtb.meld(naam=JAN, kanaal="spreekkamer", ernst="agressief", datum="2026-10-02")
    assert "aangifte" in [p["soort"] for p in _punten(gtb, nummer)]
    uitvoer = gtb.ok("verplichtingen", nummer, "--reden-geen-aangifte", "politie-neemt-niet-op")
    assert "aangifte: vastgelegd: niet, reden politie-neemt-niet-op" in uitvoer
    assert "aangifte" not in [p["soort"] for p in _punten(gtb, nummer)]


def test_gtb_geen_aangiftepunt_zonder_lokaalvredebreuk(gtb):
    """Geertruidenberg 6.7: lokaalvredebreuk is het gemeentehuis betreden tijdens een ontzegging. Bellen tijdens een
    ontzegging, een bezoek zonder lopende ontzegging of een bezoek ná het einde ervan is het niet: geen aangiftepunt. Een
    strafbaar feit tijdens een ontzegging krijgt één aangiftepunt, niet twee."""
    gtb.verbod(JAN, "2026-09-01", "toegangsverbod", "3")
    bellen = gtb.meld(naam=JAN, kanaal="telefoon", ernst="licht", datum="2026-10-02")
    na_einde = gtb.meld(naam=JAN, kanaal="balie", ernst="licht", datum="2026-12-01")
    zonder = gtb.meld(naam=PIET, kanaal="balie", ernst="licht", datum="2026-10-02")
    for nummer in (bellen, na_einde, zonder):
        assert "aangifte" not in [
            p["soort"] for p in gtb.json("termijnen", "--peildatum", "2026-12-02") if p["incident"] == nummer
        ]
        assert "aangifte" not in {v["soort"] for v in gtb.json("verplichtingen", nummer)["verplichtingen"]}
    strafbaar = gtb.meld(naam=JAN, kanaal="balie", ernst="strafbaar", datum="2026-10-03")
    assert [p["soort"] for p in _punten(gtb, strafbaar)].count("aangifte") == 1


def test_losser_overtreding_toegangsverbod_melding_politie_blijft_open(losser):
    """Losser 5.2: "Wat doen we als de inwoner het toegangsverbod niet nakomt? De persoon is op dat moment in
    overtreding." 5.4: een melding "helpt de politie bij het opbouwen van een dossier". Ook bij A-, B- of C-gedrag staat
    de melding bij de politie open tot ze is vastgelegd; bij D-gedrag één punt, niet twee."""
    losser.verbod(PIET, "2026-09-01", "toegangsverbod", "3", gedrag="D")
    nummer = losser.meld(naam=PIET, kanaal="balie", gedrag="A", aanhoudend=False, datum="2026-10-02", **VOLLEDIG)
    assert losser.json("advies", nummer)["aangifte"] is True
    punten = [p for p in _punten(losser, nummer) if p["soort"] == "melding politie"]
    assert len(punten) == 1 and "(5.2)" in punten[0]["omschrijving"] and punten[0]["verlopen"] is True
    losser.ok("verplichtingen", nummer, "--melding", "2026-10-03")
    assert "melding politie" not in [p["soort"] for p in _punten(losser, nummer)]
    bellen = losser.meld(naam=PIET, kanaal="telefoon", gedrag="C", aanhoudend=True, datum="2026-10-04")
    assert "melding politie" not in [p["soort"] for p in _punten(losser, bellen)]
    d = losser.meld(naam=PIET, kanaal="balie", gedrag="D", datum="2026-10-05")
    assert [p["soort"] for p in _punten(losser, d)].count("melding politie") == 1


# --- 3. Geertruidenberg 6.8 bij een registratie -------------------------------------------------------------------


def test_gtb_participatiewet_registratie_belooft_geen_brief(gtb):
    """Geertruidenberg 6.8: "Daarom wordt, in geval van agressie tegen iemand die belast is met de uitvoering van de
    Participatiewet, altijd eerst een brief gestuurd met daarin de maatregel ... Hierin wordt aangekondigd dat er
    mogelijk ook een afstemmingsgesprek zal plaatsvinden". Bij een registratie gaat er geen brief uit: het advies
    belooft er geen, en er blijft geen overdracht open die een brief zou hebben aangekondigd."""
    nummer = gtb.meld(
        naam=JAN,
        kanaal="balie",
        ernst="licht",
        datum="2026-11-02",
        uitkering="participatiewet",
        bij_uitvoering=True,
        **VOLLEDIG,
    )
    advies = gtb.json("advies", nummer)
    assert advies["soort"] == "registratie" and advies["brief"] is False
    assert "de brief kondigt" not in advies["uitleg"].lower()
    assert (
        "geen brief naar de persoon" in advies["uitleg"] and "geen afstemmingsgesprek aangekondigd" in advies["uitleg"]
    )
    assert "altijd eerst een brief" in advies["uitleg"]
    tekst = gtb.ok("advies", nummer)
    assert "De brief kondigt" not in tekst and "geen brief naar de persoon" in tekst
    geweigerd = gtb.run("brief", nummer, "--datum", "2026-11-03")
    assert geweigerd.exit_code == 2 and "Traceback" not in geweigerd.output
    gtb.ok("maatregel", nummer, "--soort", "registratie", "--datum", "2026-11-03")
    assert "overdracht uitkering" not in {v["soort"] for v in gtb.json("verplichtingen", nummer)["verplichtingen"]}
    assert "overdracht uitkering" not in [p["soort"] for p in _punten(gtb, nummer)]


def test_gtb_participatiewet_waarschuwing_kondigt_het_gesprek_aan(gtb):
    """Geertruidenberg 6.8: "altijd eerst een brief gestuurd met daarin de maatregel ..., bijvoorbeeld een waarschuwing
    of een ordegesprek. Hierin wordt aangekondigd dat er mogelijk ook een afstemmingsgesprek zal plaatsvinden". Met een
    brief zegt het advies dat, staat het in de brief en blijft de overdracht open tot ze is vastgelegd."""
    nummer = gtb.meld(
        naam=JAN,
        kanaal="balie",
        ernst="agressief",
        datum="2026-11-02",
        uitkering="participatiewet",
        bij_uitvoering=True,
        **VOLLEDIG,
    )
    advies = gtb.json("advies", nummer)
    assert (
        advies["soort"] == "waarschuwing" and "De brief kondigt een mogelijk afstemmingsgesprek aan" in advies["uitleg"]
    )
    assert "geen brief naar de persoon" not in advies["uitleg"]
    brief = gtb.json("brief", nummer, "--datum", "2026-11-03")
    assert "afstemmingsgesprek" in docx_tekst(Path(brief["bestand"]))
    assert "overdracht uitkering" in [p["soort"] for p in _punten(gtb, nummer)]


# --- 4. de contactroute die init schreef: een waarschuwing bij de brief ------------------------------------------


def _init(tmp_path, profiel: str) -> Gemeente:
    """Een gemeente zoals agressie init haar maakt, met een echte ondertekenaar maar de contactroute van init."""
    from agressie_cli.opslag.geheugen import GeheugenOpslag

    g = Gemeente(tmp_path / profiel, GeheugenOpslag())
    g.ok("init", "--gemeente", profiel, "--ondertekenaar", "A. Bakker, gemeentesecretaris")
    return g


def test_losser_waarschuwing_met_contactroute_van_init_waarschuwt(tmp_path):
    """Losser 5: "In alle gevallen kan de klant in gesprek met de gemeente via de contactpersoon. Met contactpersonen
    bedoelen we hier klachtcontactpersonen; elk team heeft een klachtcontactpersoon. Vraag in je eigen team na wie dit
    is." Een brief met de tekst van init ("de klachtcontactpersoon van het team", zonder naam of nummer) waarschuwt, op
    stderr en in --json; met --contactpersoon of een ingevulde contactpersoon niet."""
    g = _init(tmp_path, "losser")
    klasse = dict(gedrag="C", aanhoudend=True, kanaal="balie", datum="2026-11-02", tijd="10:00", aanhef="heer")
    nummer = g.meld(naam=PIET, **klasse, **VOLLEDIG)
    data = g.json("brief", nummer, "--datum", "2026-11-03")
    assert "Dat kan via de klachtcontactpersoon van het team." in docx_tekst(Path(data["bestand"]))
    assert len(data["waarschuwingen"]) == 1
    waarschuwing = data["waarschuwingen"][0]
    assert "contactroute nog de tekst die agressie init schreef" in waarschuwing
    assert "[brieven] contactpersoon" in waarschuwing and "--contactpersoon" in waarschuwing
    assert PIET not in waarschuwing and "Klaassen" not in waarschuwing  # geen persoonsgegevens in een melding
    tweede = g.meld(naam="Ans Smit", **klasse, **VOLLEDIG)
    uitkomst = g.run("brief", tweede, "--datum", "2026-11-03")
    assert uitkomst.exit_code == 0 and "agressie init schreef" in uitkomst.stderr
    assert "agressie init schreef" not in uitkomst.stdout
    # Met --contactpersoon: geen waarschuwing, en de brief noemt de naam.
    derde = g.meld(naam="Kees Bakker", **klasse, **VOLLEDIG)
    data = g.json(
        "brief", derde, "--datum", "2026-11-03", "--contactpersoon", "mevrouw B. Nijhuis, telefoon 053 - 123 4567"
    )
    assert data["waarschuwingen"] == [] and "mevrouw B. Nijhuis" in docx_tekst(Path(data["bestand"]))
    # Met een ingevulde contactpersoon in agressie.toml: ook niet.
    zet_contactpersoon(g.map / "agressie.toml", "mevrouw B. Nijhuis, telefoon 053 - 123 4567")
    vierde = g.meld(naam="Rik Smit", **klasse, **VOLLEDIG)
    assert g.json("brief", vierde, "--datum", "2026-11-03")["waarschuwingen"] == []


def test_gtb_ontzegging_met_contactroute_van_init_waarschuwt(tmp_path):
    """Geertruidenberg bijlage 7 (ontzegging): de brief noemt de route die open blijft (domein.md: "a ban letter names
    the contact route that stays open"). Met de tekst van init ("de coördinator van het interventieteam") waarschuwt de
    brief; een waarschuwingsbrief, die geen contactroute noemt, niet."""
    g = _init(tmp_path, "geertruidenberg")
    nummer = g.meld(
        naam=JAN, kanaal="balie", ernst="strafbaar", datum="2026-11-02", tijd="10:00", aanhef="heer", **VOLLEDIG
    )
    data = g.json("brief", nummer, "--datum", "2026-11-03")
    assert data["soort"] == "toegangsverbod"
    assert "de coördinator van het interventieteam" in docx_tekst(Path(data["bestand"]))
    assert [w for w in data["waarschuwingen"] if "agressie init schreef" in w]
    licht = g.meld(
        naam=PIET, kanaal="balie", ernst="agressief", datum="2026-11-02", tijd="10:00", aanhef="heer", **VOLLEDIG
    )
    data = g.json("brief", licht, "--datum", "2026-11-03")
    assert data["soort"] == "waarschuwing" and data["waarschuwingen"] == []


# --- 5. artikelnummers in de uitvoer komen uit het profiel --------------------------------------------------------


@pytest.mark.parametrize(
    ("gemeente", "klasse", "artikel"),
    [
        ("gtb", {"ernst": "agressief"}, " (4.2)"),
        ("losser", {"gedrag": "C", "aanhoudend": True}, ""),
    ],
)
def test_onvolledige_melding_noemt_het_eigen_artikel(request, gemeente, klasse, artikel):
    """Geertruidenberg 4.2 "De agressiemelding": "moet de coördinator van het interventieteam minimaal de volgende
    informatie ontvangen"; "Nadat de agressiemelding compleet is gemaakt ... wordt deze doorgestuurd naar de AOV'er".
    Losser 4.2 gaat over B-gedrag ("Het ombuigen van B-gedrag lijkt veel op het ombuigen van A-gedrag"): een Losser-brief
    en agressie doorsturen noemen daar geen (4.2) bij een onvolledige melding."""
    g: Gemeente = request.getfixturevalue(gemeente)
    nummer = g.meld(naam=JAN, kanaal="balie", datum="2026-11-02", aanhef="heer", **ADRES, **klasse)
    uitkomst = g.run("brief", nummer, "--datum", "2026-11-03", "--brieftekst", "U schold de medewerker uit.")
    assert uitkomst.exit_code == 0, uitkomst.output
    assert f"Let op: de melding is nog niet compleet{artikel}; ontbreekt: " in uitkomst.stderr
    assert ("(4.2)" in uitkomst.output) == (gemeente == "gtb")
    weigering = g.run("doorsturen", nummer, "--aan", "aov", "--email", "aov@gemeente.nl")
    assert weigering.exit_code == 2 and "Traceback" not in weigering.output
    assert f"naar de AOV-er gaat alleen een complete melding{artikel}. Ontbreekt: " in weigering.output
    assert ("(4.2)" in weigering.output) == (gemeente == "gtb")
