"""Issue 3.4, "Motivering en wie besliste": een verbodsbrief noemt het gedrag (de brieftekst), de norm die het
overtreedt (de huisregel of het artikel van het protocol, geciteerd uit het profiel; na een overtreding het verbod
zelf) en waarom deze duur (de cel van de interventiematrix of de trede van de ladder, of de vastgelegde
toelichting). Kan de brief een van de drie niet noemen, dan gaat hij niet uit en noemt de melding wat ontbreekt.
Daarnaast horen vooraf: zolang de gemeente wacht op de reactie op het voornemen, is de brief niet te laat.

Door de CLI, in beide profielen; de brieven teruggelezen met python-docx."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from agressie_cli.documenten.brieven.render import docx_tekst
from conftest import ADRES, REDEN, VOLLEDIG, Gemeente, maak_gemeente

BRIEFTEKST = "U sloeg met uw vuist op de balie en schreeuwde tegen de medewerker."
TOELICHTING = "de medewerker voelde zich bedreigd en het is de tweede keer"


def _incident(g: Gemeente, datum: str, tijd: str = "10:30", kanaal: str = "balie", **extra) -> str:
    opties = {"naam": "Jan de Vries", "kanaal": kanaal, "datum": datum, "tijd": tijd, "aanhef": "heer", **ADRES}
    opties.setdefault("brieftekst", BRIEFTEKST)
    opties.update(extra)
    if opties["brieftekst"] is None:
        del opties["brieftekst"]
    return g.meld(**opties)


def _brieven(g: Gemeente) -> list[Path]:
    return sorted((g.map / "brieven").glob("*.docx")) if (g.map / "brieven").exists() else []


def _tekst(brief: dict) -> str:
    return " ".join(docx_tekst(Path(brief["bestand"])).split())


@pytest.fixture
def gtb(tmp_path) -> Gemeente:
    return maak_gemeente(tmp_path, "geertruidenberg", geheugen=True)


@pytest.fixture
def losser(tmp_path) -> Gemeente:
    return maak_gemeente(tmp_path, "losser", geheugen=True)


# --- de norm, geciteerd uit het profiel ------------------------------------------------------------------------------


def test_geertruidenberg_citeert_de_gedragsregels_en_de_matrixcel(gtb):
    """Geertruidenberg bijlage 1 (Gedragsregels): "Ook verwachten wij van u dat u ons met respect behandelt en onze
    huisregels respecteert." Bijlage 2: "Strafbaar feit ... Eerste keer: Aangifte bij politie en ontzegging voor 3
    maanden." De brief noemt het gedrag, die norm en de cel van de matrix die de duur gaf."""
    nummer = _incident(gtb, "2026-11-02", ernst="strafbaar")
    brief = gtb.json("brief", nummer, "--datum", "2026-11-03")
    tekst = _tekst(brief)
    assert BRIEFTEKST in tekst
    assert (
        "Met dit gedrag heeft u gehandeld in strijd met de gedragsregels van de gemeente Geertruidenberg (bijlage 1 "
        "van ons agressieprotocol): \u201cWij ontvangen u graag gastvrij, respectvol en veilig. Ook verwachten wij van "
        "u dat u ons met respect behandelt en onze huisregels respecteert.\u201d" in tekst
    )
    assert (
        "De duur volgt uit de interventiematrix van ons agressieprotocol (bijlage 2). Uw gedrag valt daarin onder "
        "\u201cstrafbaar feit\u201d en het is de eerste keer; daarbij hoort een toegangsverbod voor het gemeentehuis te "
        "Raamsdonksveer, voor 3 maanden." in tekst
    )
    assert brief["toelichting"] is None and brief["afwijking"] is False


def test_geertruidenberg_herhaling_noemt_de_hoeveelste_keer_binnen_het_venster(gtb):
    """Bijlage 2, "Agressief/hinderlijk gedrag", "Herhaling 2: Ontzegging voor 3 maanden": het derde incident binnen
    6 maanden (het venster van het profiel)."""
    for datum in ("2026-09-01", "2026-10-01"):
        eerder = _incident(gtb, datum, ernst="agressief")
        gtb.ok("maatregel", eerder, "--soort", "registratie", "--datum", datum, *REDEN)
    nummer = _incident(gtb, "2026-11-02", ernst="agressief")
    tekst = _tekst(gtb.json("brief", nummer, "--datum", "2026-11-03"))
    assert (
        "Uw gedrag valt daarin onder \u201cagressief/hinderlijk gedrag\u201d en het is de derde keer binnen 6 maanden; "
        "daarbij hoort een toegangsverbod voor het gemeentehuis te Raamsdonksveer, voor 3 maanden." in tekst
    )


def test_losser_citeert_de_norm_en_de_toelichting_zegt_waarom_deze_duur(losser):
    """Losser: "De gemeentebrede norm: agressie accepteren we niet"; "Agressief gedrag is dreigen met geweld of geweld
    toepassen. Dit gedrag accepteren we nooit." (hoofdstuk 3). 5.2: "De leidinggevende en betrokken medewerker
    bepalen in overleg de duur van de periode, afhankelijk van het incident of recidive": de toelichting zegt waarom
    deze duur, en staat met --json bij de maatregel."""
    nummer = _incident(losser, "2026-11-02", gedrag="D")
    brief = losser.json("brief", nummer, "--datum", "2026-11-03", "--duur", "6", "--toelichting", TOELICHTING)
    tekst = _tekst(brief)
    assert BRIEFTEKST in tekst
    assert (
        "Met dit gedrag heeft u gehandeld in strijd met de norm van ons agressieprotocol (hoofdstuk 1 en 3): "
        "\u201cAgressie accepteren we niet. [...] Agressief gedrag is dreigen met geweld of geweld toepassen. Dit "
        "gedrag accepteren we nooit.\u201d" in tekst
    )
    assert (
        "Wij hebben voor deze duur gekozen om de volgende reden: De medewerker voelde zich bedreigd en het is de "
        "tweede keer." in tekst
    )
    assert "interventiematrix" not in tekst
    assert brief["toelichting"] == TOELICHTING


def test_losser_toegangsverbod_na_waarschuwing_citeert_de_norm_voor_aanhoudend_gedrag(losser):
    """Losser hoofdstuk 3: "Blijft iemand jammeren of schelden (A-, B- en C-gedrag)? Dan behandelen we het emotionele
    gedrag als agressie." 5.2: "Als iemand eerder een waarschuwingsbrief kreeg, dus bij de tweede keer aanhoudend A-,
    B-, C- gedrag binnen 6 maanden": het toegangsverbod."""
    eerste = _incident(losser, "2026-09-01", gedrag="C", aanhoudend=True)
    losser.ok("brief", eerste, "--datum", "2026-09-02")
    nummer = _incident(losser, "2026-11-02", gedrag="C", aanhoudend=True)
    tekst = _tekst(losser.json("brief", nummer, "--datum", "2026-11-03", "--duur", "3", "--toelichting", TOELICHTING))
    assert "Waarom deze maatregel en deze duur?" in tekst
    assert "\u201cAgressie accepteren we niet. [...] Blijft iemand jammeren of schelden" in tekst
    assert "Wij hebben voor deze duur gekozen om de volgende reden: De medewerker voelde zich bedreigd" in tekst


# --- weigeren: wat ontbreekt, register ongewijzigd, geen brief -------------------------------------------------------


def test_losser_verbodsbrief_zonder_toelichting_wordt_geweigerd(losser):
    """Losser 5.2: "De leidinggevende en betrokken medewerker bepalen in overleg de duur van de periode": het protocol
    geeft de duur niet, dus zegt alleen de toelichting waarom deze duur. Zonder: afsluitcode 2, --toelichting
    genoemd, het register ongewijzigd en geen brief; ook met --json."""
    nummer = _incident(losser, "2026-11-02", gedrag="D")
    voor = losser.momentopname()
    fout = losser.run("brief", nummer, "--datum", "2026-11-03", "--duur", "3")
    assert fout.exit_code == 2
    assert "--toelichting (waarom deze duur" in fout.output and "Er is niets vastgelegd" in fout.output
    assert "--brieftekst" not in fout.output and "norm in" not in fout.output
    als_json = losser.run("brief", nummer, "--datum", "2026-11-03", "--duur", "3", "--json")
    assert als_json.exit_code == 2 and "--toelichting" in als_json.output and '"fout"' in als_json.output
    assert losser.momentopname() == voor and _brieven(losser) == []


@pytest.mark.parametrize("naam", ["geertruidenberg", "losser"])
def test_verbodsbrief_zonder_brieftekst_wordt_geweigerd(tmp_path, naam):
    """Issue 3.4: "A ban letter states the behaviour (brieftekst) ... A ban letter that cannot state all three is
    refused with the missing one named." Geertruidenberg bijlage 7: "Beschrijving van wat er is voorgevallen"."""
    g = maak_gemeente(tmp_path, naam, geheugen=True)
    klasse = {"ernst": "strafbaar"} if naam == "geertruidenberg" else {"gedrag": "D"}
    nummer = _incident(g, "2026-11-02", brieftekst=None, **klasse)
    extra = ("--duur", "3", "--toelichting", TOELICHTING) if naam == "losser" else ()
    voor = g.momentopname()
    fout = g.run("brief", nummer, "--datum", "2026-11-03", *extra)
    assert fout.exit_code == 2
    assert "Er ontbreekt: --brieftekst (het gedrag, gericht aan de persoon)" in fout.output
    assert "--toelichting" not in fout.output
    assert g.momentopname() == voor and _brieven(g) == []
    # Met de brieftekst gaat hij wel uit, en noemt hij het gedrag.
    brief = g.json("brief", nummer, "--datum", "2026-11-03", *extra, "--brieftekst", BRIEFTEKST)
    assert BRIEFTEKST in _tekst(brief)


def test_eigen_profiel_zonder_norm_noemt_sleutel_en_bestand(gtb):
    """Issue 3.4: de norm is "quoted from the profile"; een eigen profiel van de gemeente (basis = "geertruidenberg")
    dat haar leeg laat, kan geen verbodsbrief maken: de melding noemt de sleutel en het bestand."""
    (gtb.map / "profiel.toml").write_text(
        'basis = "geertruidenberg"\n\n[soorten.toegangsverbod]\nnorm = ""\n', encoding="utf-8"
    )
    toml = gtb.map / "agressie.toml"
    tekst = re.sub(r'^profiel = ".*"$', 'profiel = "profiel.toml"', toml.read_text(encoding="utf-8"), flags=re.M)
    toml.write_text(tekst, encoding="utf-8")
    nummer = _incident(gtb, "2026-11-02", ernst="strafbaar")
    voor = gtb.momentopname()
    fout = gtb.run("brief", nummer, "--datum", "2026-11-03")
    assert fout.exit_code == 2
    assert "soorten.toegangsverbod.norm in het profiel" in fout.output and "profiel.toml" in fout.output
    assert gtb.momentopname() == voor and _brieven(gtb) == []


def test_norm_leeg_in_profiel_aanpassingen_noemt_agressie_toml(losser):
    """Een aanpassing onder [profiel_aanpassingen] in agressie.toml die de norm leeg maakt: de melding noemt dat
    bestand, niet het meegeleverde profiel."""
    toml = losser.map / "agressie.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8") + '\n[profiel_aanpassingen.soorten.bedreiging]\nnorm = ""\n',
        encoding="utf-8",
    )
    nummer = _incident(losser, "2026-11-02", gedrag="D")
    fout = losser.run("brief", nummer, "--datum", "2026-11-03", "--duur", "3", "--toelichting", TOELICHTING)
    assert fout.exit_code == 2
    assert "soorten.bedreiging.norm in agressie.toml ([profiel_aanpassingen])" in fout.output


def test_toelichting_noemt_in_de_brief_de_rol_niet_de_naam_van_een_collega(losser):
    """De toelichting komt in de brief; een brief noemt geen namen van medewerkers (domein.md: "no colleague's
    name"). In de brief staat hun rol, zoals in het inzagedossier (AVG art. 15 lid 4); het register houdt de
    toelichting zoals ze is vastgelegd."""
    nummer = _incident(losser, "2026-11-02", gedrag="D", medewerker=["Petra Jansen"])
    brief = losser.json(
        "brief", nummer, "--datum", "2026-11-03", "--duur", "3", "--toelichting", "besproken met Petra Jansen",
        "--besloten-door", "K. Smits, leidinggevende",
    )  # fmt: skip
    tekst = _tekst(brief)
    assert "Wij hebben voor deze duur gekozen om de volgende reden: Besproken met de medewerker." in tekst
    assert "Jansen" not in tekst and "Petra" not in tekst
    assert brief["toelichting"] == "besproken met Petra Jansen"


# --- afwijking en overtreding -------------------------------------------------------------------------------------


def test_geertruidenberg_afwijking_de_toelichting_is_de_reden(gtb):
    """Het advies is een ontzegging voor 3 maanden (bijlage 2); wie 6 maanden kiest, wijkt af en legt de reden vast.
    Die reden zegt in de brief waarom deze maatregel en deze duur, niet de matrix (Rb. Oost-Brabant 2018:540)."""
    nummer = _incident(gtb, "2026-11-02", ernst="strafbaar")
    brief = gtb.json("brief", nummer, "--datum", "2026-11-03", "--duur", "6", "--toelichting", TOELICHTING)
    tekst = _tekst(brief)
    assert brief["afwijking"] is True
    assert "Wij hebben voor deze maatregel en deze duur gekozen om de volgende reden: De medewerker voelde" in tekst
    assert "interventiematrix" not in tekst


def test_geertruidenberg_na_overtreding_noemt_de_brief_van_het_verbod_en_de_trede_van_de_ladder(gtb):
    """6.7: "In principe wordt automatisch gekozen voor het inzetten van een zwaardere maatregel." Bijlage 9: "Vanwege
    uw gedrag heeft u een toegangsverbod gekregen". De norm is dan het verbod zelf: de brief niet nakomen en de
    zwaardere ontzegging noemen de brief waarmee het werd opgelegd; de ontzegging noemt de trede van de ladder."""
    eerste = _incident(gtb, "2026-10-05", ernst="strafbaar")
    gtb.ok("brief", eerste, "--datum", "2026-10-06")
    nummer = _incident(gtb, "2026-11-02", ernst="licht")
    niet_nakomen = _tekst(gtb.json("brief", nummer, "--datum", "2026-11-03"))
    assert f"Dat verbod hebben wij u met onze brief van 6 oktober 2026 (kenmerk {eerste}) opgelegd." in niet_nakomen
    brief = gtb.json("brief", nummer, "--soort", "toegangsverbod", "--datum", "2026-11-03")
    tekst = _tekst(brief)
    assert brief["afwijking"] is False and brief["duur_maanden"] == 6
    assert (
        f"Ook heeft u het verbod overtreden dat wij u met onze brief van 6 oktober 2026 (kenmerk {eerste}) hebben "
        "opgelegd." in tekst
    )
    assert (
        "Wie een verbod overtreedt, krijgt volgens ons agressieprotocol (6.7) in principe een zwaardere maatregel. De "
        "volgende stap is een toegangsverbod voor het gemeentehuis te Raamsdonksveer, voor 6 maanden." in tekst
    )


def test_geertruidenberg_fysiek_geweld_noemt_het_minimum_van_64(gtb):
    """6.4: "Deze maatregel wordt getroffen ... wanneer sprake is geweest van fysiek geweld/agressie. In principe
    wordt een ontzegging uitgereikt voor een periode van 3 maanden." Het advies (licht, eerste keer: registratie)
    wordt door het minimum een ontzegging; de brief noemt dat minimum, niet de matrix."""
    nummer = _incident(gtb, "2026-11-02", ernst="licht", vorm=["fysiek"])
    tekst = _tekst(gtb.json("brief", nummer, "--datum", "2026-11-03"))
    assert (
        "Bij fysiek geweld geldt volgens ons agressieprotocol (6.4) ten minste een toegangsverbod voor het gemeentehuis "
        "te Raamsdonksveer, voor 3 maanden." in tekst
    )


def test_een_waarschuwing_vraagt_geen_toelichting(losser):
    """Alleen een verbodsbrief (met een periode) moet zeggen waarom deze duur; een waarschuwingsbrief (5.1) niet."""
    nummer = _incident(losser, "2026-11-02", gedrag="C", aanhoudend=True)
    brief = losser.json("brief", nummer, "--datum", "2026-11-03")
    assert brief["soort"] == "waarschuwing" and "Wij hebben voor deze duur" not in _tekst(brief)


# --- horen vooraf: wachten op de reactie is niet te laat -----------------------------------------------------------


def _zet_horen_vooraf(g: Gemeente, soort: str) -> None:
    toml = g.map / "agressie.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8") + f'\n[profiel_aanpassingen.soorten.{soort}]\nhoren = "vooraf"\n',
        encoding="utf-8",
    )


def _open(g: Gemeente, peildatum: str, nummer: str) -> list[dict]:
    return [t for t in g.json("termijnen", "--peildatum", peildatum) if t["incident"] == nummer]


@pytest.mark.parametrize("naam", ["geertruidenberg", "losser"])
def test_horen_vooraf_termijnen_wacht_op_reactie_en_daarna_de_brief(tmp_path, naam):
    """Geertruidenberg 6: "De bedoeling is dat binnen een week na het incident met de agressor wordt gecommuniceerd
    over de maatregel die getroffen zal worden." Met horen = "vooraf" communiceert het voornemen binnen die week; de
    brief van de maatregel kan pas na de reactie of de reactietermijn (issue 3.4). Zolang de gemeente wacht, zegt
    termijnen "wacht op reactie tot", niet dat de brief te laat is; de week voor de brief begint daarna."""
    g = maak_gemeente(tmp_path, naam, geheugen=True)
    gtb = naam == "geertruidenberg"
    _zet_horen_vooraf(g, "toegangsverbod" if gtb else "bedreiging")
    nummer = _incident(g, "2026-11-02", **({"ernst": "strafbaar"} if gtb else {"gedrag": "D"}))
    g.ok("brief", nummer, "--soort", "voornemen", "--datum", "2026-11-03", "--duur", "3")
    # Tien dagen na het incident: zonder voornemen was de maatregel te laat (uiterlijk 9-11); nu wacht de gemeente.
    wachten = _open(g, "2026-11-12", nummer)
    assert [
        (t["soort"], t["uiterlijk"], t["verlopen"]) for t in wachten if t["soort"] in ("maatregel", "voornemen")
    ] == [("voornemen", "2026-11-17", False)]
    voornemen = next(t for t in wachten if t["soort"] == "voornemen")
    assert voornemen["omschrijving"].startswith(
        "Wacht op reactie tot en met 17-11-2026 op het voornemen van 03-11-2026"
    )
    # Na de termijn zonder reactie: de brief binnen een week (reactietermijn_dagen), uiterlijk 24-11.
    na_termijn = [t for t in _open(g, "2026-11-20", nummer) if t["soort"] in ("maatregel", "voornemen")]
    assert [(t["soort"], t["uiterlijk"], t["verlopen"]) for t in na_termijn] == [("maatregel", "2026-11-24", False)]
    assert "liep tot en met 17-11-2026, zonder reactie" in na_termijn[0]["omschrijving"]
    assert na_termijn[0]["opdracht"] == f"agressie brief {nummer}"
    extra = () if gtb else ("--duur", "3", "--toelichting", TOELICHTING)
    brief = g.json("brief", nummer, "--datum", "2026-11-20", *extra)
    assert brief["te_laat"] is False
    assert [t for t in _open(g, "2026-11-21", nummer) if t["soort"] in ("maatregel", "voornemen")] == []


def test_horen_vooraf_na_een_reactie_begint_de_week_bij_de_reactie(losser):
    """Issue 3.4: "the measure letter can only follow after a response or the term": na een reactie op 9 november
    is de brief uiterlijk een week later (16 november) te maken; daarna is hij te laat."""
    _zet_horen_vooraf(losser, "bedreiging")
    nummer = _incident(losser, "2026-11-02", gedrag="D")
    losser.ok("brief", nummer, "--soort", "voornemen", "--datum", "2026-11-03", "--duur", "3")
    losser.ok("reactie", nummer, "--datum", "2026-11-09", "--vorm", "schriftelijk")
    open_ = [t for t in _open(losser, "2026-11-10", nummer) if t["soort"] in ("maatregel", "voornemen")]
    assert [(t["soort"], t["uiterlijk"]) for t in open_] == [("maatregel", "2026-11-16")]
    assert "reageerde op 09-11-2026 op het voornemen" in open_[0]["omschrijving"]
    assert [t["verlopen"] for t in _open(losser, "2026-11-18", nummer) if t["soort"] == "maatregel"] == [True]
    brief = losser.json("brief", nummer, "--datum", "2026-11-18", "--duur", "3", "--toelichting", TOELICHTING)
    assert brief["te_laat"] is True


# --- de webvoorkant: dezelfde handeling, dezelfde voorwaarde --------------------------------------------------------


def test_web_losser_verbodsbrief_zonder_toelichting_fout_naast_het_veld(tmp_path):
    """Issue 3.4: "A ban letter that cannot state all three is refused with the missing one named"; de webvoorkant
    roept dezelfde handeling aan (3.5). Losser 5.2: zonder toelichting staat de melding naast het veld toelichting,
    is er niets vastgelegd en geen brief; met de toelichting komt de brief er wel."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "web"))  # tests/web/webhulp.py
    from webhulp import csrf_van, maak_web

    from agressie_cli.handelingen.werkplek import Werkplek

    web = maak_web(maak_gemeente(tmp_path, "losser"))
    nummer = web.gemeente.meld(naam="Jan de Vries", kanaal="balie", datum="2026-11-02", tijd="10:00", gedrag="D",
                               **VOLLEDIG)  # fmt: skip
    client = web.ingelogd("leidinggevende")

    def post(**data: str):
        csrf = csrf_van(client.get("/").text)
        return client.post(f"/incidenten/{nummer}/brief", data={"csrf": csrf, "soort": "bedreiging", **data})

    fout = post(duur="3")
    assert fout.status_code == 422
    assert 'id="brief-toelichting-fout"' in fout.text and "Er ontbreekt: toelichting (waarom deze duur" in fout.text
    assert Werkplek(web.gemeente.map).lees().maatregelen == [] and _brieven(web.gemeente) == []
    goed = post(duur="3", toelichting=TOELICHTING)
    assert goed.status_code == 200
    [m] = Werkplek(web.gemeente.map).lees().maatregelen
    assert m["soort"] == "bedreiging" and m["toelichting"] == TOELICHTING
