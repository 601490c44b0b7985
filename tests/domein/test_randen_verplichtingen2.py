"""Issue 3.1, wat een tester vond na het samenvoegen: agressie verplichtingen weigert een optie die bij het profiel of
het incident niet past, tegenstrijdige opties en een reden na een vastgelegde aangifte of aansprakelijkstelling;
melden --ambt "" wordt geweigerd; historie noemt de intrekking van een vervangen verbod en vervangen_door wijst naar
het verbod dat echt in de plaats kwam; brief --alle-open slaat een advies waarvan de duur bepaald moet worden niet
stil over. Elke test noemt de zin uit het protocol (../shared/protocollen/). Door de CLI, met het register in het
geheugen."""

from __future__ import annotations

from pathlib import Path

import pytest

from agressie_cli.documenten.brieven.render import docx_tekst
from conftest import Gemeente, maak_gemeente

ADRES = dict(adres="Markt 12", postcode="4941 AB", woonplaats="Raamsdonksveer", tijd="10:30", aanhef="heer")
BRIEF = ("--brieftekst", "U schreeuwde tegen de medewerker.")
REDEN = ("--toelichting", "opzet van de test")


@pytest.fixture
def gtb(tmp_path) -> Gemeente:
    return maak_gemeente(tmp_path, "geertruidenberg", geheugen=True)


@pytest.fixture
def losser(tmp_path) -> Gemeente:
    return maak_gemeente(tmp_path, "losser", geheugen=True)


def _burgemeester_tekent(g: Gemeente) -> None:
    """Losser: bij een politiek ambtsdrager tekent de burgemeester; zijn naam staat in agressie.toml."""
    instellingen = g.map / "agressie.toml"
    instellingen.write_text(
        instellingen.read_text(encoding="utf-8").replace(
            'naam = ""\n\n[brieven]', 'naam = "C. Roosendaal"\n\n[brieven]'
        ),
        encoding="utf-8",
    )


def _geweigerd(g: Gemeente, *args: str) -> str:
    """Exit 2, een melding zonder traceback, en het register ongewijzigd."""
    voor = g.momentopname()
    uitkomst = g.run(*args)
    assert uitkomst.exit_code == 2, uitkomst.output
    assert uitkomst.output.startswith("Fout: ") and "Traceback" not in uitkomst.output
    assert g.momentopname() == voor
    return uitkomst.output


def _stand(g: Gemeente, nummer: str) -> dict[str, dict]:
    return {v["soort"]: v for v in g.json("verplichtingen", nummer)["verplichtingen"]}


# --- 1. opties die niet passen --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "gemeente, klasse, vreemd, gelden",
    [
        (
            "gtb",
            {"ernst": "strafbaar"},
            ["--contactpersoon", "--hulpinstantie", "--reden-niet-besproken", "--vervolgstappen"],
            "aangifte (--melding, --reden-geen-aangifte)",
        ),
        (
            "losser",
            {"gedrag": "D"},
            ["--nabespreking", "--opvang-bezoekers", "--overdracht-uitkering", "--herstel"],
            "melding politie (--melding, --reden-geen-aangifte)",
        ),
    ],
)
def test_optie_van_een_verplichting_die_het_profiel_niet_kent_wordt_geweigerd(
    request, gemeente, klasse, vreemd, gelden
):
    """Losser 5.1: "Neem in dat geval altijd contact op met de contactpersoon van de klant" en 4.5 "Bij E-gedrag
    schakelen we altijd een hulpinstantie in" staan niet in het protocol van Geertruidenberg; Geertruidenberg 9.1 "De
    AOV-er vangt de klanten / bezoekers van het gemeentehuis ... op" staat niet in dat van Losser. Zo'n optie wordt
    geweigerd (exit 2, register gelijk) met de optie en wat bij dit incident wel geldt."""
    g: Gemeente = request.getfixturevalue(gemeente)
    nummer = g.meld(naam="Jan de Vries", kanaal="balie", datum="2026-11-02", **klasse)
    for optie in vreemd:
        waarde = "geen-instemming" if optie.startswith("--reden") else "2026-11-03"
        melding = _geweigerd(g, "verplichtingen", nummer, optie, waarde)
        assert f"{optie} hoort niet bij het profiel" in melding
        assert f"Bij incident {nummer} gelden: " in melding and gelden in melding
        assert "Er is niets vastgelegd." in melding
        assert g.run("verplichtingen", nummer, optie, waarde, "--json").exit_code == 2
    assert all(v["open"] for v in _stand(g, nummer).values())


@pytest.mark.parametrize(
    "gemeente, klasse, strafbaar, voorwaarde",
    [
        ("gtb", {"ernst": "licht"}, ("--ernst", "strafbaar"), "--ernst strafbaar"),
        ("losser", {"gedrag": "C", "aanhoudend": True}, ("--gedrag", "D"), "--gedrag D of E"),
    ],
)
def test_optie_waarvan_de_voorwaarde_niet_geldt_wordt_geweigerd(request, gemeente, klasse, strafbaar, voorwaarde):
    """Geertruidenberg 7: "Van strafbare feiten wordt altijd aangifte gedaan"; Losser 5.4: "Als de grens wordt
    overschreden (D- en E-gedrag) dan melden wij dit bij de politie." Bij een licht incident of C-gedrag geldt dat
    niet: --melding wordt geweigerd met de voorwaarde; na aanvullen van de ernst of het gedrag wel vastgelegd."""
    g: Gemeente = request.getfixturevalue(gemeente)
    nummer = g.meld(naam="Jan de Vries", kanaal="balie", datum="2026-11-02", **klasse)
    melding = _geweigerd(g, "verplichtingen", nummer, "--melding", "2026-11-03")
    assert "--melding hoort bij de verplichting" in melding and f"alleen bij {voorwaarde}" in melding
    assert f"geldt niet bij incident {nummer}" in melding and f"agressie aanvullen {nummer}" in melding
    g.ok("aanvullen", nummer, *strafbaar)
    data = g.json("verplichtingen", nummer, "--melding", "2026-11-03")
    assert data["melding"] == "2026-11-03"
    punt = next(v for v in data["verplichtingen"] if "--melding" in v["opdracht"] or v["vastgelegd_met"] == "melding")
    assert punt["open"] is False and punt["vastgelegd_met"] == "melding"


def test_losser_optie_voor_een_politiek_ambtsdrager_geweigerd_bij_een_medewerker(losser):
    """Losser, politiek ambtsdragers: "Bij afwezigheid van de burgemeester wordt de griffier ingelicht" en het college
    of presidium bespreekt het incident: alleen bij agressie tegen een politiek ambtsdrager."""
    nummer = losser.meld(naam="Jan de Vries", kanaal="balie", gedrag="D", datum="2026-11-02")
    for optie, waarde in (("--burgemeester-ingelicht", "2026-11-02"), ("--reden-niet-besproken", "geen-instemming")):
        melding = _geweigerd(losser, "verplichtingen", nummer, optie, waarde)
        assert f"{optie} hoort bij de verplichting" in melding and "alleen bij --politiek-ambtsdrager" in melding


@pytest.mark.parametrize(
    "gemeente, klasse, datum_optie, reden_optie, reden",
    [
        ("gtb", {"ernst": "strafbaar"}, "--melding", "--reden-geen-aangifte", "dader-onbekend"),
        ("losser", {"gedrag": "D"}, "--melding", "--reden-geen-aangifte", "dader-onbekend"),
        ("losser", {"gedrag": "D", "ambt": "wethouder"}, "--besproken", "--reden-niet-besproken", "geen-instemming"),
    ],
)
def test_datum_en_reden_waarom_niet_in_een_aanroep_spreken_elkaar_tegen(
    request, gemeente, klasse, datum_optie, reden_optie, reden
):
    """Geertruidenberg 7 "Van strafbare feiten wordt altijd aangifte gedaan" en Losser 5.4 "dan melden wij dit bij de
    politie": een melding en een reden waarom er geen melding komt, tegelijk, kunnen niet allebei waar zijn. Losser:
    het college of presidium bespreekt "met instemming van de getroffen politiek ambtsdrager": besproken en niet
    besproken tegelijk evenmin."""
    g: Gemeente = request.getfixturevalue(gemeente)
    nummer = g.meld(naam="Jan de Vries", kanaal="balie", datum="2026-11-02", **klasse)
    melding = _geweigerd(g, "verplichtingen", nummer, datum_optie, "2026-11-03", reden_optie, reden)
    assert f"{datum_optie} en {reden_optie} spreken elkaar tegen" in melding and "Geef één van beide" in melding


@pytest.mark.parametrize(
    "gemeente, klasse",
    [("gtb", {"ernst": "agressief"}), ("losser", {"gedrag": "D", "ambt": "wethouder"})],
)
def test_reden_geen_verhaal_na_aansprakelijkstelling_geweigerd(request, gemeente, klasse):
    """Geertruidenberg 8: "Daarna kan er naar de dader een brief worden gestuurd waarin de dader aansprakelijk wordt
    gesteld." Losser 7: "Schade verhalen gaat via Juridische Zaken". Is de schade met die brief verhaald, dan past een
    reden waarom ze niet verhaald wordt er niet meer bij: geweigerd, met de maatregel die het punt afvinkte. Na het
    intrekken van de aansprakelijkstelling is het punt weer open en mag de reden wel."""
    g: Gemeente = request.getfixturevalue(gemeente)
    _burgemeester_tekent(g)
    nummer = g.meld(naam="Jan de Vries", kanaal="balie", datum="2026-11-02", materiele_schade="ruit", **ADRES, **klasse)
    data = g.json("brief", nummer, "--soort", "aansprakelijkstelling", "--datum", "2026-11-23")
    assert "aansprakelijk" in docx_tekst(Path(data["bestand"]))
    maatregel = data["maatregel"]
    melding = _geweigerd(g, "verplichtingen", nummer, "--reden-geen-verhaal", "al-vergoed")
    assert f"'schade verhalen' bij incident {nummer} is al vastgelegd met maatregel {maatregel}" in melding
    assert _stand(g, nummer)["schade verhalen"]["reden"] is None
    g.ok("intrekken", maatregel, "--reden", "verkeerd bedrag", "--datum", "2026-11-24")
    data = g.json("verplichtingen", nummer, "--reden-geen-verhaal", "al-vergoed")
    assert data["reden_geen_verhaal"] == "al-vergoed"
    assert _stand(g, nummer)["schade verhalen"]["reden"] == "al-vergoed"


def test_reden_na_melding_geweigerd_melding_na_reden_vervangt_de_reden(gtb):
    """Geertruidenberg 7: "Van strafbare feiten wordt altijd aangifte gedaan." Na een vastgelegde melding bij de
    politie is een reden waarom er geen aangifte komt tegenstrijdig: geweigerd. Komt er na een reden toch een melding
    (de dader is alsnog bekend), dan vervalt de reden, en dat wordt gezegd."""
    gemeld = gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="strafbaar", datum="2026-11-02")
    gtb.ok("verplichtingen", gemeld, "--melding", "2026-11-04")
    melding = _geweigerd(gtb, "verplichtingen", gemeld, "--reden-geen-aangifte", "dader-onbekend")
    assert "al vastgelegd met --melding op 04-11-2026" in melding
    eerst_reden = gtb.meld(naam="Piet Klaassen", kanaal="balie", ernst="strafbaar", datum="2026-11-02")
    gtb.ok("verplichtingen", eerst_reden, "--reden-geen-aangifte", "dader-onbekend")
    uitvoer = gtb.ok("verplichtingen", eerst_reden, "--melding", "2026-11-06")
    assert "De eerder vastgelegde reden 'dader-onbekend' (--reden-geen-aangifte) bij 'aangifte' vervalt" in uitvoer
    data = gtb.json("verplichtingen", eerst_reden)
    assert data["melding"] == "2026-11-06" and data["reden_geen_aangifte"] is None
    assert _stand(gtb, eerst_reden)["aangifte"]["vastgelegd_met"] == "melding"


@pytest.mark.parametrize("gemeente", ["gtb", "losser"])
def test_lege_ambt_wordt_geweigerd(request, gemeente):
    """Losser, politiek ambtsdragers: "Onder politiek ambtsdragers verstaan we raadsleden, leden en plaatsvervangende
    leden van commissies en burgemeester en wethouders." Een leeg ambt is geen keuze: exit 2 met de keuzes, bij melden
    en bij aanvullen, en het register blijft gelijk."""
    g: Gemeente = request.getfixturevalue(gemeente)
    klasse = ("ernst", "agressief") if gemeente == "gtb" else ("gedrag", "D")
    melding = _geweigerd(
        g, "melden", "--naam", "Jan de Vries", "--kanaal", "balie", f"--{klasse[0]}", klasse[1], "--ambt", ""
    )
    assert "--ambt: leeg is geen keuze. Kies uit: burgemeester, wethouder, raadslid, commissielid." in melding
    nummer = g.meld(naam="Jan de Vries", kanaal="balie", datum="2026-11-02", ambt="wethouder", **dict([klasse]))
    melding = _geweigerd(g, "aanvullen", nummer, "--ambt", "  ")
    assert "--ambt: leeg is geen keuze" in melding
    assert g.json("lijst")[0]["incident"] == nummer


def test_losser_bezoekers_getuige_blijft_een_feit_zonder_verplichting(losser):
    """Geertruidenberg 9.1: "De AOV-er vangt de klanten / bezoekers van het gemeentehuis die aanwezig / getuige waren
    van het incident op"; het protocol van Losser kent die opvang niet. Besluit: --bezoekers-getuige blijft in Losser
    een feit dat vastgelegd mag worden (het staat ook op het meldformulier, zonder namen), maar er volgt geen
    verplichting, en --opvang-bezoekers wordt in Losser geweigerd."""
    nummer = losser.meld(naam="Jan de Vries", kanaal="balie", gedrag="D", datum="2026-11-02", bezoekers_getuige=True)
    assert "opvang bezoekers" not in _stand(losser, nummer)
    melding = _geweigerd(losser, "verplichtingen", nummer, "--opvang-bezoekers", "2026-11-02")
    assert "--opvang-bezoekers hoort niet bij het profiel Losser" in melding


# --- 2. historie en een vervangen verbod ------------------------------------------------------------------------


def _twee_verboden(g: Gemeente) -> tuple[str, str, str, str]:
    """Een verbod van 3 maanden, daarna voor een nieuw incident een zwaarder verbod van 6 maanden dat het vervangt."""
    eerste = g.meld(naam="Jan de Vries", kanaal="balie", datum="2026-10-01", **ADRES, **_klasse(g))
    m1 = g.json("brief", eerste, "--soort", "toegangsverbod", "--duur", "3", "--datum", "2026-10-02", *BRIEF, *REDEN)
    tweede = g.meld(naam="Jan de Vries", kanaal="balie", datum="2026-10-10", **_klasse(g))
    m2 = g.json("brief", tweede, "--soort", "toegangsverbod", "--duur", "6", "--datum", "2026-10-12", *BRIEF, *REDEN)
    return eerste, tweede, m1["maatregel"], m2["maatregel"]


def _klasse(g: Gemeente) -> dict:
    return {"ernst": "strafbaar"} if "geertruidenberg" in str(g.map) else {"gedrag": "D"}


def _maatregelen(g: Gemeente) -> dict[str, dict]:
    return {m["maatregel"]: m for m in g.json("historie", "Jan de Vries", "--peildatum", "2026-11-01")["maatregelen"]}


def _lopend(g: Gemeente) -> list[str]:
    return [v["maatregel"] for v in g.json("verboden", "--peildatum", "2026-11-01")]


@pytest.mark.parametrize("gemeente", ["gtb", "losser"])
def test_historie_tekst_noemt_intrekking_van_een_vervangen_verbod(request, gemeente):
    """Geertruidenberg 6.7: "In principe wordt automatisch gekozen voor het inzetten van een zwaardere maatregel";
    Losser 5.2: "De leidinggevende en betrokken medewerker bepalen in overleg de duur van de periode". Het oude verbod
    is vervangen door het zwaardere; wordt het daarna ingetrokken, dan zegt de tekst van historie dat ook (niet alleen
    --json), met de vervanging erbij."""
    g: Gemeente = request.getfixturevalue(gemeente)
    _, _, m1, m2 = _twee_verboden(g)
    assert _maatregelen(g)[m1]["vervangen_door"] == m2
    g.ok("intrekken", m1, "--reden", "vergissing", "--datum", "2026-10-20")
    tekst = g.ok("historie", "Jan de Vries", "--peildatum", "2026-11-01")
    assert f"{m1} is ingetrokken op 20-10-2026 (was per 12-10-2026 vervangen door het zwaardere verbod {m2})" in tekst
    assert "reden: vergissing" in tekst and f"{m1} is vervangen door het zwaardere verbod" not in tekst
    assert _maatregelen(g)[m1]["status"] == "ingetrokken" and _maatregelen(g)[m1]["ingetrokken"] == "2026-10-20"
    assert _lopend(g) == [m2]


@pytest.mark.parametrize("gemeente", ["gtb", "losser"])
def test_overschrijven_van_een_vervangen_verbod_neemt_de_vervanging_over(request, gemeente):
    """Geertruidenberg 6.7 "automatisch ... een zwaardere maatregel": het zwaardere verbod blijft het enige lopende
    verbod, ook als de brief van het oude verbod opnieuw gemaakt wordt (--overschrijven). De nieuwe brief is dan door
    het zwaardere verbod vervangen; het oude wijst naar de nieuwe brief die het echt verving."""
    g: Gemeente = request.getfixturevalue(gemeente)
    eerste, _, m1, m2 = _twee_verboden(g)
    m3 = g.json(
        "brief",
        eerste,
        "--soort",
        "toegangsverbod",
        "--duur",
        "3",
        "--datum",
        "2026-10-02",
        "--overschrijven",
        *BRIEF,
        *REDEN,
    )["maatregel"]
    maatregelen = _maatregelen(g)
    assert maatregelen[m1]["status"] == "vervangen" and maatregelen[m1]["vervangen_door"] == m3
    assert maatregelen[m3]["vervangen_door"] == m2 and maatregelen[m3]["vervangen_per"] == "2026-10-12"
    assert _lopend(g) == [m2]
    tekst = g.ok("historie", "Jan de Vries", "--peildatum", "2026-11-01")
    assert f"{m3} is vervangen door het zwaardere verbod {m2} (per 12-10-2026)" in tekst
    assert f"{m1} is vervangen door {m3}; telt niet meer mee" in tekst


def test_intrekken_van_een_verbod_dat_zelf_vervangen_was(gtb):
    """Geertruidenberg 6.7 "automatisch ... een zwaardere maatregel": na drie steeds zwaardere verboden wordt het
    middelste ingetrokken. Het eerste loopt dan niet weer naast het zwaarste: het zwaarste vervangt het nu."""
    _, _, m1, m2 = _twee_verboden(gtb)
    derde = gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="strafbaar", datum="2026-10-20")
    m3 = gtb.json(
        "brief", derde, "--soort", "toegangsverbod", "--duur", "onbepaald", "--datum", "2026-10-21", *BRIEF, *REDEN
    )["maatregel"]
    assert _maatregelen(gtb)[m2]["vervangen_door"] == m3
    gtb.ok("intrekken", m2, "--reden", "vergissing", "--datum", "2026-10-22")
    maatregelen = _maatregelen(gtb)
    assert maatregelen[m1]["vervangen_door"] == m3 and maatregelen[m1]["vervangen_per"] == "2026-10-21"
    assert _lopend(gtb) == [m3]
    assert f"{m2} is ingetrokken op 22-10-2026" in gtb.ok("historie", "Jan de Vries", "--peildatum", "2026-11-01")


# --- 3. brief --alle-open en een duur die bepaald moet worden ---------------------------------------------------


def test_losser_alle_open_noemt_incidenten_die_een_duur_nodig_hebben(losser):
    """Losser 5.2: "De leidinggevende en betrokken medewerker bepalen in overleg de duur van de periode"; 5.4 bij
    D-gedrag: de bedreigingsbrief (toegangsverbod en belbeperking). --alle-open slaat zo'n incident niet stil over:
    zonder --duur noemt het het incident ('duur nodig: geef --duur'); met --duur maakt het ook die brief."""
    d = losser.meld(
        naam="Jan de Vries", kanaal="balie", gedrag="D", datum="2026-11-02", brieftekst="U dreigde.", **ADRES
    )
    losser.meld(
        naam="Piet Smit",
        kanaal="balie",
        gedrag="C",
        aanhoudend=True,
        datum="2026-11-02",
        brieftekst="U schold.",
        **ADRES,
    )
    uitkomst = losser.run("brief", "--alle-open", "--datum", "2026-11-04")
    assert uitkomst.exit_code == 0, uitkomst.output
    assert f"Overgeslagen (duur nodig: geef --duur): {d}." in uitkomst.output
    assert "Geen open incidenten" not in uitkomst.output
    assert {m["soort"] for m in losser.json("historie", "Piet Smit")["maatregelen"]} == {"waarschuwing"}
    assert losser.json("historie", "Jan de Vries")["maatregelen"] == []
    # Alleen nog het D-incident open: zonder --duur exit 2 met de reden, niets gemaakt.
    voor = losser.momentopname()
    uitkomst = losser.run("brief", "--alle-open", "--datum", "2026-11-04", "--json")
    assert uitkomst.exit_code == 2 and f"duur nodig: geef --duur): {d}" in uitkomst.output
    assert losser.momentopname() == voor
    # Met --duur: de bedreigingsbrief voor zes maanden.
    data = losser.json("brief", "--alle-open", "--datum", "2026-11-04", "--duur", "6", *REDEN)  # 3.4: waarom deze duur
    assert data["incident"] == d and data["soort"] == "bedreiging" and data["einde"] == "2027-05-03"
    assert "3 mei 2027" in docx_tekst(Path(data["bestand"]))


def test_geertruidenberg_alle_open_duur_geldt_niet_voor_een_advies_met_eigen_duur(gtb):
    """Geertruidenberg bijlage 2: een strafbaar feit de eerste keer is "aangifte + toegangsverbod 3 maanden". De duur
    staat in de matrix; --duur bij --alle-open (voor een advies waarvan de duur bepaald moet worden) verandert die niet
    en maakt er geen afwijking van."""
    nummer = gtb.meld(
        naam="Jan de Vries", kanaal="balie", ernst="strafbaar", datum="2026-11-02", brieftekst="U sloeg.", **ADRES
    )
    data = gtb.json("brief", "--alle-open", "--datum", "2026-11-04", "--duur", "6")
    assert data["incident"] == nummer and data["duur_maanden"] == 3 and data["afwijking"] is False
