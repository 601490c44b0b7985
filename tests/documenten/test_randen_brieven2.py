"""Issue 3.1, tweede ronde (brieven2): wat een tester aan de brieven en aan `init` vond. Elke test noemt de zin uit het
protocol (../shared/protocollen/) die hij volgt. Door de CLI, met het register in het geheugen; de brieven worden
teruggelezen met python-docx."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from agressie_cli.documenten.brieven.render import docx_tekst
from conftest import REDEN, VOLLEDIG, Gemeente, maak_gemeente

NAAM = "Jan de Vries"
KLASSE = {"geertruidenberg": {"ernst": "agressief"}, "losser": {"gedrag": "C", "aanhoudend": True}}


@pytest.fixture
def gtb(tmp_path) -> Gemeente:
    return maak_gemeente(tmp_path, "geertruidenberg", geheugen=True)


@pytest.fixture
def losser(tmp_path) -> Gemeente:
    return maak_gemeente(tmp_path, "losser", geheugen=True)


def _brief(g: Gemeente, nummer: str, datum: str, *args: str) -> tuple[dict, str]:
    data = g.json("brief", nummer, "--datum", datum, *args)
    tekst = docx_tekst(Path(data["bestand"]))
    assert "{{" not in tekst and "{%" not in tekst
    return data, tekst


def _nieuw(tmp_path, profiel: str) -> Gemeente:
    from agressie_cli.opslag.geheugen import GeheugenOpslag

    return Gemeente(tmp_path / profiel, GeheugenOpslag())


# --- 5. init --ondertekenaar: slechte invoer kost nooit gegevens en laat geen kapot bestand achter -----------------


@pytest.mark.parametrize("profiel", ["geertruidenberg", "losser"])
@pytest.mark.parametrize("ondertekenaar", ["A. Bakker\nC, secretaris", "A. Bakker, gemeente\tsecretaris", "", "   "])
def test_init_weigert_ondertekenaar_met_stuurteken_of_leeg(tmp_path, profiel, ondertekenaar):
    """domein.md: de ondertekenaar "signs the letter: name and function come from the municipality's settings";
    Losser 5: "Een tekenbevoegde collega ondertekent altijd de brief." Een regeleinde of een lege waarde: exit 2 met
    --ondertekenaar, geen agressie.toml en geen register, en daarna lukt init gewoon."""
    g = _nieuw(tmp_path, profiel)
    uitkomst = g.run("init", "--gemeente", profiel, "--ondertekenaar", ondertekenaar)
    assert uitkomst.exit_code == 2, uitkomst.output
    assert "--ondertekenaar" in uitkomst.output and "Traceback" not in uitkomst.output
    assert not (g.map / "agressie.toml").exists()
    assert g.run("init", "--gemeente", profiel, "--ondertekenaar", "A. Bakker, secretaris").exit_code == 0


@pytest.mark.parametrize("profiel", ["geertruidenberg", "losser"])
def test_init_schrijft_aanhalingstekens_en_backslash_ongewijzigd(tmp_path, profiel):
    """domein.md: "name and function come from the municipality's settings": de brief noemt precies de naam die bij
    init is opgegeven, ook met aanhalingstekens of een backslash."""
    g = _nieuw(tmp_path, profiel)
    naam, functie = 'J. "Hans" de Vries\\Jr', 'loco-secretaris "a.i."'
    g.ok("init", "--gemeente", profiel, "--ondertekenaar", f"{naam}, {functie}")
    gelezen = tomllib.loads((g.map / "agressie.toml").read_text(encoding="utf-8"))["ondertekening"]
    assert (gelezen["naam"], gelezen["functie"]) == (naam, functie)
    nummer = g.meld(
        naam="Ans Smit",
        aanhef="mevrouw",
        kanaal="balie",
        datum="2026-11-02",
        tijd="10:00",
        **KLASSE[profiel],
        **VOLLEDIG,
    )
    _, tekst = _brief(g, nummer, "2026-11-03", "--soort", "waarschuwing")
    assert f"{naam}\n{functie}" in tekst


# --- 1 en 2. de brief niet nakomen: aan de top van de ladder, en bij meer lopende verboden -------------------------


def _verbod(g: Gemeente, datum: str, duur: str, soort: str = "toegangsverbod", kanaal: str = "balie", **klasse) -> str:
    klasse = klasse or {"ernst": "strafbaar"}
    nummer = g.meld(naam=NAAM, kanaal=kanaal, datum=datum, tijd="09:00", **klasse, **VOLLEDIG)
    g.ok("maatregel", nummer, "--soort", soort, "--duur", duur, "--datum", datum, *REDEN)
    return nummer


def test_niet_nakomen_aan_de_top_belooft_geen_zwaardere_maatregel(gtb):
    """Bijlage 9 en 6.7: "In principe wordt automatisch gekozen voor het inzetten van een zwaardere maatregel"; aan de
    top van de ladder is er geen zwaardere (domein.md: "at the top of the ladder a breach keeps the running ban"). De
    brief zegt dan dat het verbod blijft gelden, zoals het advies (handhaven)."""
    _verbod(gtb, "2026-10-01", "onbepaald", "toegangs-en-belverbod")
    nummer = gtb.meld(naam=NAAM, kanaal="balie", ernst="licht", datum="2026-11-02", tijd="14:05", **VOLLEDIG)
    advies = gtb.json("advies", nummer)
    assert advies["soort"] == "niet-nakomen" and advies["handhaven"] == "M00001"
    data, tekst = _brief(gtb, nummer, "2026-11-03")
    assert data["soort"] == "niet-nakomen"
    assert "zwaardere maatregel" not in tekst
    assert "Het verbod blijft voor onbepaalde tijd gelden." in tekst


def test_niet_nakomen_onder_de_top_noemt_de_zwaardere_maatregel(gtb):
    """6.7: "In principe wordt automatisch gekozen voor het inzetten van een zwaardere maatregel." Onder de top van de
    ladder blijft de brief dat zeggen."""
    _verbod(gtb, "2026-10-01", "3")
    nummer = gtb.meld(naam=NAAM, kanaal="balie", ernst="licht", datum="2026-11-02", tijd="14:05", **VOLLEDIG)
    assert gtb.json("advies", nummer)["handhaven"] is None
    _, tekst = _brief(gtb, nummer, "2026-11-03")
    assert "Een overtreding leidt bovendien tot een zwaardere maatregel." in tekst
    assert "Het verbod blijft" not in tekst


def test_niet_nakomen_noemt_ook_de_andere_lopende_verboden(gtb):
    """Bijlage 9: "Dit verbod geldt tot en met *datum*." Met een toegangsverbod voor onbepaalde tijd naast een
    toegangs-en-belverbod van 3 maanden noemt de brief het overtreden verbod (het breedste) én het verbod dat daarna
    nog loopt: het gemeentehuis gaat in oktober niet weer open."""
    _verbod(gtb, "2026-06-01", "onbepaald")
    _verbod(gtb, "2026-07-02", "3", "toegangs-en-belverbod", kanaal="telefoon")  # tot en met 1 oktober 2026
    nummer = gtb.meld(naam=NAAM, kanaal="balie", ernst="licht", datum="2026-08-03", tijd="14:05", **VOLLEDIG)
    advies = gtb.json("advies", nummer)
    assert advies["soort"] == "niet-nakomen" and advies["overtreding"] == "M00002"
    _, tekst = _brief(gtb, nummer, "2026-08-04")
    assert "Dit verbod geldt tot en met 1 oktober 2026." in tekst
    assert (
        "Daarnaast geldt nog een ander verbod: een toegangsverbod voor het gemeentehuis te Raamsdonksveer, voor "
        "onbepaalde tijd. U mag het gemeentehuis te Raamsdonksveer dus ook na 1 oktober 2026 niet betreden." in tekst
    )


def test_niet_nakomen_met_een_verbod_zonder_verder_lopend_noemt_geen_ander(gtb):
    """Bijlage 9: "Dit verbod geldt tot en met *datum*": met één lopend verbod alleen dat verbod."""
    _verbod(gtb, "2026-10-01", "3")
    nummer = gtb.meld(naam=NAAM, kanaal="balie", ernst="licht", datum="2026-11-02", tijd="14:05", **VOLLEDIG)
    _, tekst = _brief(gtb, nummer, "2026-11-03")
    assert "Dit verbod geldt tot en met 31 december 2026." in tekst and "Daarnaast" not in tekst


def _twee_verboden_dan_zwaarder(gtb: Gemeente) -> tuple[dict, str, str]:
    """Een toegangsverbod voor onbepaalde tijd en een toegangs-en-belverbod van 3 maanden lopen; bij de balie
    overtreden; na de brief niet nakomen het toegangs-en-belverbod voor onbepaalde tijd, dat beide vervangt."""
    _verbod(gtb, "2026-06-01", "onbepaald")
    _verbod(gtb, "2026-07-02", "3", "toegangs-en-belverbod", kanaal="telefoon")
    nummer = gtb.meld(naam=NAAM, kanaal="balie", ernst="licht", datum="2026-08-03", tijd="14:05", **VOLLEDIG)
    _brief(gtb, nummer, "2026-08-04")
    uitkomst = gtb.run(
        "brief", nummer, "--datum", "2026-08-05", "--soort", "toegangs-en-belverbod", "--duur", "onbepaald", *REDEN
    )
    assert uitkomst.exit_code == 0, uitkomst.output
    bestand = next(r.split(": ", 1)[1] for r in uitkomst.stdout.splitlines() if r.startswith("Brief gemaakt: "))
    return uitkomst, docx_tekst(Path(bestand)), nummer


def test_zwaarder_verbod_na_overtreding_vervangt_de_verboden_meervoud(gtb):
    """6.7: "In principe wordt automatisch gekozen voor het inzetten van een zwaardere maatregel." Vervangt het nieuwe
    verbod twee lopende verboden, dan zeggen brief en uitvoer dat in het meervoud."""
    uitkomst, tekst, _ = _twee_verboden_dan_zwaarder(gtb)
    assert "Die vervangt de verboden die u had." in tekst and "het verbod dat u had" not in tekst
    assert (
        "Vervangt de lopende verboden M00001 en M00002 vanaf 05-08-2026: die lopen dan niet meer (ze blijven eerdere "
        "maatregelen)." in uitkomst.stdout
    )
    assert "dat loopt dan niet meer" not in uitkomst.stdout
    assert gtb.json("verboden", "--peildatum", "2026-08-06")[0]["vervangt"] == ["M00001", "M00002"]


def test_intrekken_herstelt_de_verboden_meervoud(gtb):
    """6.7: de zwaardere maatregel vervangt de lopende verboden; wordt hij ingetrokken, dan lopen die weer (3.1)."""
    _twee_verboden_dan_zwaarder(gtb)
    uitkomst = gtb.run("intrekken", "M00004", "--reden", "verkeerde persoon", "--datum", "2026-08-06")
    assert uitkomst.exit_code == 0, uitkomst.output
    assert (
        "De verboden M00001 en M00002 waren door een ingetrokken verbod vervangen; ze lopen weer volgens hun eigen "
        "periode." in uitkomst.stdout
    )


# --- 3. een toegangsverbod terwijl een belverbod loopt: de route die echt open blijft -------------------------------

CONTACT = "de klachtcontactpersoon van het team, telefoon 0162 - 579 999"


@pytest.mark.parametrize(
    ("belduur", "belangen"),
    [
        ("6", f"via schriftelijk contact en via {CONTACT}, want ook uw belbeperking geldt in deze periode."),
        (
            "2",
            f"via schriftelijk contact en via {CONTACT}, zolang ook uw belbeperking geldt (tot en met 30 november "
            "2026); daarna ook via telefonisch contact.",
        ),
    ],
)
def test_losser_toegangsverbod_naast_belbeperking_noemt_de_open_route(losser, belduur, belangen):
    """Losser 5.2: "Bij een belbeperking mag iemand tijdelijk geen telefonisch contact opnemen met de gemeente Losser,
    alleen met de contactpersoon." Loopt de belbeperking in (een deel van) de periode van het nieuwe toegangsverbod,
    dan blijft alleen schriftelijk contact en de contactpersoon open, niet de telefoon."""
    eerste = losser.meld(naam=NAAM, kanaal="telefoon", gedrag="D", datum="2026-10-01", tijd="09:00", **VOLLEDIG)
    losser.ok("maatregel", eerste, "--soort", "belverbod", "--duur", belduur, "--datum", "2026-10-01", *REDEN)
    nummer = losser.meld(
        naam=NAAM, kanaal="balie", gedrag="C", aanhoudend=True, datum="2026-11-02", tijd="10:00", **VOLLEDIG
    )
    data, tekst = _brief(losser, nummer, "2026-11-03", "--soort", "toegangsverbod", "--duur", "3", *REDEN)
    assert data["soort"] == "toegangsverbod"
    assert (
        f"Uw belangen als inwoner en klant van de gemeente (bijvoorbeeld uw uitkering of diensten van burgerzaken) blijven behartigd {belangen}"
        in tekst
    )
    assert "telefonisch en schriftelijk contact" not in tekst


def test_losser_toegangsverbod_zonder_belbeperking_blijft_telefonisch(losser):
    """Losser 5.2: een toegangsverbod sluit de telefoon niet af; zonder belbeperking blijft telefonisch contact open."""
    nummer = losser.meld(
        naam=NAAM, kanaal="balie", gedrag="C", aanhoudend=True, datum="2026-11-02", tijd="10:00", **VOLLEDIG
    )
    _, tekst = _brief(losser, nummer, "2026-11-03", "--soort", "toegangsverbod", "--duur", "3", *REDEN)
    assert "blijven behartigd via telefonisch en schriftelijk contact." in tekst and "belbeperking" not in tekst


def test_geertruidenberg_ontzegging_naast_lopend_contactverbod(gtb):
    """6.5: de ontzegging kan worden "aangevuld met een telefonisch contactverbod". Loopt er nog een toegangs- en
    belverbod, dan vervangt een nieuwe ontzegging zonder belverbod dat niet; de brief zegt dan niet dat contact
    "alleen telefonisch of schriftelijk" verloopt, maar wat dat contactverbod openlaat."""
    _verbod(gtb, "2026-10-01", "3", "toegangs-en-belverbod")  # tot en met 31 december 2026
    nummer = gtb.meld(naam=NAAM, kanaal="schriftelijk", ernst="strafbaar", datum="2026-11-02", **VOLLEDIG)
    data, tekst = _brief(gtb, nummer, "2026-11-03", "--soort", "toegangsverbod", "--duur", "6", *REDEN)
    assert data["soort"] == "toegangsverbod"
    assert (
        "Contact tussen u en de medewerkers van de gemeente Geertruidenberg verloopt in deze periode alleen schriftelijk "
        f"of via {CONTACT} zolang ook uw telefonisch contactverbod geldt (tot en met 31 december 2026), daarna ook "
        "telefonisch." in tekst
    )
    assert "alleen telefonisch of schriftelijk" not in tekst
    assert f"blijven behartigd via schriftelijk contact en via {CONTACT}, zolang" in tekst
    gewoon = gtb.meld(naam="Piet Smit", kanaal="balie", ernst="strafbaar", datum="2026-11-02", tijd="10:00", **VOLLEDIG)
    _, tekst = _brief(gtb, gewoon, "2026-11-03")
    assert "verloopt in deze periode alleen telefonisch of schriftelijk." in tekst


# --- 4. Nederlandse meervouden en namen in de uitvoer ----------------------------------------------------------------


@pytest.mark.parametrize("profiel", ["geertruidenberg", "losser"])
def test_brieven_tellen_in_enkel_en_meervoud(tmp_path, profiel):
    """Iedereen die de uitvoer leest is een Nederlandse ambtenaar: "1 brief gemaakt", "2 brieven gemaakt"."""
    g = maak_gemeente(tmp_path, profiel, geheugen=True)
    a = g.meld(naam=NAAM, kanaal="balie", datum="2026-11-02", tijd="10:00", **KLASSE[profiel], **VOLLEDIG)
    b = g.meld(naam="Piet Smit", kanaal="balie", datum="2026-11-02", tijd="10:00", **KLASSE[profiel], **VOLLEDIG)
    c = g.meld(naam="Ans Smit", kanaal="balie", datum="2026-11-02", tijd="10:00", **KLASSE[profiel], **VOLLEDIG)
    uit = g.ok("brief", a, b, "--datum", "2026-11-03", "--soort", "waarschuwing")
    assert "2 brieven gemaakt, 0 niet." in uit and "brief/brieven" not in uit
    uitkomst = g.run("brief", c, "2026-0099", "--datum", "2026-11-03", "--soort", "waarschuwing")
    assert uitkomst.exit_code == 1 and "1 brief gemaakt, 1 niet." in uitkomst.stdout


@pytest.mark.parametrize("profiel", ["geertruidenberg", "losser"])
def test_aanvullen_toont_de_naam_van_het_veld_niet_de_interne_naam(tmp_path, profiel):
    """Geertruidenberg 9.1: "klanten of bezoekers aanwezig of getuige"; aanvullen toont het veld zoals de gebruiker het
    kent ("bezoekers getuige", "materiële schade"), zoals "adres"; --json houdt de sleutel."""
    g = maak_gemeente(tmp_path, profiel, geheugen=True)
    nummer = g.meld(naam=NAAM, kanaal="balie", datum="2026-11-02", **KLASSE[profiel])
    uit = g.ok("aanvullen", nummer, "--bezoekers-getuige", "--adres", "Markt 12", "--materiele-schade", "deur")
    assert "  adres: (leeg) -> Markt 12" in uit
    assert "  bezoekers getuige: (leeg) -> ja" in uit and "bezoekers_getuige" not in uit
    assert "  materiële schade: (leeg) -> deur" in uit and "materiele_schade" not in uit
    data = g.json("aanvullen", nummer, "--geen-bezoekers-getuige")
    assert data["gewijzigd"] == [{"veld": "bezoekers_getuige", "oud": "ja", "nieuw": "nee"}]


# --- 6. Losser, agressie tegen de burgemeester: de (loco)gemeentesecretaris is eerst aangewezene ---------------------


def _punten(g: Gemeente, peildatum: str, nummer: str) -> dict[str, str]:
    return {
        t["soort"]: t["omschrijving"] for t in g.json("termijnen", "--peildatum", peildatum) if t["incident"] == nummer
    }


def test_losser_tegen_de_burgemeester_noemen_de_punten_de_gemeentesecretaris(losser):
    """Losser 9: "Gaat het om agressie tegen de burgemeester? Dan krijgt de (loco)gemeentesecretaris de rol van eerst
    aangewezene." Inlichten en de reactie binnen 48 uur heten dan naar de (loco)gemeentesecretaris, op termijnen en
    verplichtingen, in tekst en --json."""
    nummer = losser.meld(
        naam=NAAM, kanaal="balie", gedrag="C", aanhoudend=True, datum="2026-11-10", tijd="10:00", ambt="burgemeester"
    )
    punten = _punten(losser, "2026-11-11", nummer)
    assert "burgemeester inlichten" not in punten and "reactie burgemeester" not in punten
    assert punten["(loco)gemeentesecretaris inlichten"].startswith(
        "Politiek ambtsdrager, agressie tegen de burgemeester: de melding gaat naar de (loco)gemeentesecretaris"
    )
    assert punten["reactie (loco)gemeentesecretaris"].startswith(
        "Politiek ambtsdrager: de (loco)gemeentesecretaris (de agressie was tegen de burgemeester) stuurt binnen 48 uur"
    )
    tekst = losser.ok("termijnen", "--peildatum", "2026-11-11")
    assert "(loco)gemeentesecretaris inlichten" in tekst and "reactie (loco)gemeentesecretaris" in tekst
    assert "de melding gaat naar de burgemeester" not in tekst
    stand = losser.ok("verplichtingen", nummer)
    assert "- (loco)gemeentesecretaris inlichten:" in stand and "burgemeester inlichten" not in stand
    assert [v["soort"] for v in losser.json("verplichtingen", nummer)["verplichtingen"]].count(
        "(loco)gemeentesecretaris inlichten"
    ) == 1
    losser.ok("verplichtingen", nummer, "--burgemeester-ingelicht", "2026-11-10")
    assert "(loco)gemeentesecretaris inlichten" not in _punten(losser, "2026-11-11", nummer)


def test_losser_tegen_een_wethouder_blijft_de_burgemeester(losser):
    """Losser 9: "Een politiek ambtsdrager maakt zelf een melding van agressie bij de burgermeester"; "Binnen 48 uur na
    het incident stuurt de burgemeester een formele (schriftelijke) reactie naar de inwoner." """
    nummer = losser.meld(
        naam=NAAM, kanaal="balie", gedrag="C", aanhoudend=True, datum="2026-11-10", tijd="10:00", ambt="wethouder"
    )
    punten = _punten(losser, "2026-11-11", nummer)
    assert punten["burgemeester inlichten"].startswith("Politiek ambtsdrager: de melding gaat naar de burgemeester")
    assert punten["reactie burgemeester"].startswith("Politiek ambtsdrager: de burgemeester stuurt")
    assert "(loco)gemeentesecretaris inlichten" not in punten


def test_init_schrijft_de_burgemeester_van_de_terminal_ongewijzigd(tmp_path, monkeypatch):
    """Losser 9: "Uiteindelijk bepaalt hij [de burgemeester] ook de sanctie en de reactie die uitgaat naar de inwoner":
    de naam die init aan de terminal vraagt, staat ongewijzigd in agressie.toml, ook met aanhalingstekens."""
    import agressie_cli.cli.registreren as registreren

    monkeypatch.setattr(registreren, "interactief", lambda: True)
    g = _nieuw(tmp_path, "losser")
    uitkomst = g.run("init", "--gemeente", "losser", invoer='A. Bakker, secretaris\nC. "Kees" van \\Dijk\n')
    assert uitkomst.exit_code == 0, uitkomst.output
    gelezen = tomllib.loads((g.map / "agressie.toml").read_text(encoding="utf-8"))
    assert gelezen["burgemeester"]["naam"] == 'C. "Kees" van \\Dijk'
    assert gelezen["ondertekening"]["naam"] == "A. Bakker"
