"""Issue 3.1: politieke ambtsdragers (Losser hoofdstuk 9). Het ambt is een vastgelegd feit (--ambt, kolom Ambt); de
burgemeester bepaalt de sanctie en de duur en zorgt voor opvang en nazorg (tegen de burgemeester: de
(loco)gemeentesecretaris); de reactie binnen 48 uur blijft staan tot ze is vastgelegd; brieven noemen de rol.
Geertruidenberg kent geen hoofdstuk over ambtsdragers, maar het feit en de woorden in de brief werken er ook.
Door de CLI, met het register in het geheugen (behalve waar het om de kolom in Excel gaat)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from agressie_cli.documenten.brieven.render import docx_tekst
from conftest import Gemeente, maak_gemeente

ADRES = dict(adres="Markt 12", postcode="7581 AB", woonplaats="Losser")
VOLLEDIG = dict(
    **ADRES,
    tijd="10:30",
    vorm=["verbaal"],
    omschrijving="Schold de wethouder uit.",
    melder="P. Jansen",
    functie="bestuurssecretaris",
    leidinggevende="K. Smits",
    politie=False,
    aangifte=False,
)
BURGEMEESTER = "C.J.G.M. Roosendaal"
SECRETARIS = "H.W. Oude Luttikhuis"  # de gewone ondertekenaar van Losser (agressie init)
DUURZIN_STAF = "De leidinggevende en de betrokken medewerker bepalen"


@pytest.fixture
def losser(tmp_path) -> Gemeente:
    g = maak_gemeente(tmp_path, "losser", geheugen=True)
    toml = g.map / "agressie.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8").replace('naam = ""\n\n[brieven]', f'naam = "{BURGEMEESTER}"\n\n[brieven]'),
        encoding="utf-8",
    )
    return g


@pytest.fixture
def gtb(tmp_path) -> Gemeente:
    return maak_gemeente(tmp_path, "geertruidenberg", geheugen=True)


def _soorten(g: Gemeente, peildatum: str) -> list[tuple[str, str]]:
    return [(t["soort"], t["incident"]) for t in g.json("termijnen", "--peildatum", peildatum)]


def _termijn(g: Gemeente, peildatum: str, soort: str, nummer: str) -> dict | None:
    gevonden = [
        t for t in g.json("termijnen", "--peildatum", peildatum) if t["soort"] == soort and t["incident"] == nummer
    ]
    return gevonden[0] if gevonden else None


def _tweede_keer(g: Gemeente, kanaal: str = "balie", **extra) -> str:
    """Aanhoudend C-gedrag na een waarschuwingsbrief: Losser 5.2 geeft een verbod waarvan de duur bepaald moet worden."""
    eerste = g.meld(naam="Piet Klaassen", kanaal=kanaal, gedrag="C", aanhoudend=True, datum="2026-10-01", **ADRES)
    g.ok("maatregel", eerste, "--soort", "waarschuwing", "--datum", "2026-10-02")
    return g.meld(
        naam="Piet Klaassen", kanaal=kanaal, gedrag="C", aanhoudend=True, datum="2026-11-10", **VOLLEDIG, **extra
    )


def _brief(g: Gemeente, nummer: str, *args: str) -> str:
    if "--duur" in args and "--toelichting" not in args:  # 3.4: bij een verbod zegt de toelichting waarom deze duur
        args = (*args, "--toelichting", "de duur past bij dit incident")
    return docx_tekst(Path(g.json("brief", nummer, *args)["bestand"]))


# --- 1. De burgemeester bepaalt de sanctie en de duur; de zin over de duur staat één keer ---------------------------


def test_losser_ambtsdrager_de_burgemeester_bepaalt_sanctie_en_duur(losser):
    """Losser 9: "Uiteindelijk bepaalt hij [de burgemeester] ook de sanctie en de reactie die uitgaat naar de inwoner
    in kwestie (waarbij dit protocol als uitgangspunt dient)." Niet de leidinggevende en de betrokken medewerker."""
    nummer = _tweede_keer(losser, ambt="wethouder", medewerker=["wethouder A. Bos"])
    advies = losser.json("advies", nummer)
    assert advies["soort"] == "toegangsverbod" and advies["duur_bepalen"] is True
    assert advies["beslist"] == "de burgemeester"
    assert "De burgemeester bepaalt de sanctie en de duur" in advies["uitleg"]
    assert DUURZIN_STAF not in advies["uitleg"] and "leidinggevende en de betrokken medewerker" not in advies["uitleg"]
    tekst = losser.ok("advies", nummer)
    assert "Periode: door de burgemeester te bepalen (--duur)." in tekst
    assert "leidinggevende en medewerker" not in tekst
    # Zonder --duur weigert maatregel, en zegt wie de duur bepaalt.
    uitkomst = losser.run("maatregel", nummer, "--soort", "toegangsverbod")
    assert uitkomst.exit_code == 2
    assert "de burgemeester bepaalt de sanctie en de duur" in uitkomst.output
    assert "leidinggevende" not in uitkomst.output and "Traceback" not in uitkomst.output


def test_losser_tegen_de_burgemeester_bepaalt_de_gemeentesecretaris(losser):
    """Losser 9: "Gaat het om agressie tegen de burgemeester? Dan krijgt de (loco)gemeentesecretaris de rol van eerst
    aangewezene." """
    nummer = _tweede_keer(losser, ambt="burgemeester")
    advies = losser.json("advies", nummer)
    assert advies["beslist"] == "de (loco)gemeentesecretaris"
    assert "De (loco)gemeentesecretaris bepaalt de sanctie en de duur" in advies["uitleg"]
    assert advies["informeren"][0] == "de (loco)gemeentesecretaris"
    assert "Periode: door de (loco)gemeentesecretaris te bepalen" in losser.ok("advies", nummer)


@pytest.mark.parametrize(("kanaal", "soort"), [("balie", "toegangsverbod"), ("telefoon", "belverbod")])
def test_losser_verbodsadvies_noemt_wie_de_duur_bepaalt_een_keer(losser, kanaal, soort):
    """Losser 5.2: bij een toegangsverbod of belbeperking "De leidinggevende en de betrokken medewerker bepalen samen
    de duur" — één keer in het advies, niet twee keer."""
    nummer = _tweede_keer(losser, kanaal=kanaal, medewerker=["P. Jansen"])
    advies = losser.json("advies", nummer)
    assert advies["soort"] == soort and advies["beslist"] is None
    assert advies["uitleg"].count("bepalen samen de duur") == 1
    assert advies["uitleg"].count(DUURZIN_STAF) == 1
    assert "Periode: door leidinggevende en medewerker te bepalen (--duur)." in losser.ok("advies", nummer)


def test_losser_opvang_en_nazorg_van_een_ambtsdrager_door_de_burgemeester(losser):
    """Losser 9: "De burgemeester is de eerst aangewezen persoon voor (het organiseren van) de opvang en nazorg van
    politiek ambtsdragers." "De burgemeester regelt de passende vorm van nazorg." Niet de leidinggevende (8, 8.1)."""
    nummer = losser.meld(
        naam="Anna Smit",
        kanaal="balie",
        gedrag="D",
        datum="2026-11-10",
        ambt="raadslid",
        medewerker=["raadslid A. Bos"],
    )
    soorten = _soorten(losser, "2026-11-12")
    assert ("opvang politiek ambtsdrager", nummer) in soorten
    assert ("opvang medewerker", nummer) not in soorten and ("hulpverlenende instantie", nummer) not in soorten
    opvang = _termijn(losser, "2026-11-12", "opvang politiek ambtsdrager", nummer)
    assert opvang is not None and opvang["verlopen"] is True
    assert "De burgemeester organiseert de opvang en de passende nazorg" in opvang["omschrijving"]
    assert "Leidinggevende" not in opvang["omschrijving"]
    nazorg = losser.json("nazorg", nummer)
    assert [p["soort"] for p in nazorg["punten"]] == ["opvang politiek ambtsdrager"]
    assert "De burgemeester organiseert de opvang" in losser.ok("nazorg", nummer)
    losser.ok("nazorg", nummer, "--gesprek", "2026-11-11")
    assert ("opvang politiek ambtsdrager", nummer) not in _soorten(losser, "2026-11-12")
    # Een medewerker (geen ambtsdrager) houdt de gewone opvang door de leidinggevende (8 en 8.1).
    staf = losser.meld(naam="Kees Bakker", kanaal="balie", gedrag="D", datum="2026-11-10", medewerker=["P. Jansen"])
    soorten = _soorten(losser, "2026-11-12")
    assert ("opvang medewerker", staf) in soorten and ("hulpverlenende instantie", staf) in soorten
    assert ("opvang politiek ambtsdrager", staf) not in soorten


def test_losser_opvang_na_agressie_tegen_de_burgemeester_door_de_gemeentesecretaris(losser):
    """Losser 9: "Gaat het om agressie tegen de burgemeester? Dan krijgt de (loco)gemeentesecretaris de rol van eerst
    aangewezene" — ook voor de opvang en de nazorg."""
    nummer = losser.meld(naam="Anna Smit", kanaal="balie", gedrag="D", datum="2026-11-10", ambt="burgemeester")
    opvang = _termijn(losser, "2026-11-11", "opvang politiek ambtsdrager", nummer)
    assert opvang is not None and "De (loco)gemeentesecretaris organiseert de opvang" in opvang["omschrijving"]
    reactie = _termijn(losser, "2026-11-11", "reactie (loco)gemeentesecretaris", nummer)
    assert reactie is not None and "(loco)gemeentesecretaris" in reactie["omschrijving"]


def test_rapport_telt_de_opvang_van_een_ambtsdrager_niet_als_nazorg_voor_medewerkers(tmp_path):
    """Losser 9: de opvang van een politiek ambtsdrager is van de burgemeester, niet de opvang van medewerkers door
    de leidinggevende (8) die het kwartaalrapport telt."""
    g = maak_gemeente(tmp_path, "losser")
    staf = g.meld(naam="Kees Bakker", kanaal="balie", gedrag="C", datum="2026-08-10", medewerker=["P. Jansen"])
    g.ok("nazorg", staf, "--gesprek", "2026-08-10")
    g.meld(naam="Anna Smit", kanaal="balie", gedrag="C", datum="2026-08-12", ambt="wethouder")  # niet afgevinkt
    data = g.json("rapport", "--kwartaal", "2026-Q3")
    assert data["nazorggesprek"] == {"op_tijd": 1, "totaal": 1, "aandeel": 100}


# --- 2. "Tegen de burgemeester" is een vastgelegd feit ---------------------------------------------------------------


def test_wethouder_die_burgemeester_heet_de_burgemeester_beslist_en_tekent(losser):
    """Losser 9: "Uiteindelijk bepaalt hij [de burgemeester] ook de sanctie en de reactie die uitgaat naar de
    inwoner." Een wethouder met de achternaam Burgemeester is niet de burgemeester: het ambt telt, niet de naam."""
    nummer = losser.meld(
        naam="Piet Klaassen",
        kanaal="balie",
        gedrag="D",
        datum="2026-11-10",
        ambt="wethouder",
        medewerker=["J. Burgemeester"],
        **VOLLEDIG,
    )
    advies = losser.json("advies", nummer)
    assert advies["beslist"] == "de burgemeester" and "gemeentesecretaris" not in advies["uitleg"]
    assert _termijn(losser, "2026-11-11", "reactie burgemeester", nummer)["omschrijving"].startswith(
        "Politiek ambtsdrager: de burgemeester stuurt"
    )
    tekst = _brief(losser, nummer, "--duur", "6", "--datum", "2026-11-11", "--brieftekst", "U bedreigde de wethouder.")
    assert BURGEMEESTER in tekst and "burgemeester van Losser" in tekst and SECRETARIS not in tekst


def test_tegen_de_burgemeester_tekent_de_gewone_ondertekenaar(losser):
    """Losser 9: bij agressie tegen de burgemeester "krijgt de (loco)gemeentesecretaris de rol van eerst
    aangewezene": de burgemeester tekent dan niet zelf."""
    nummer = losser.meld(
        naam="Piet Klaassen", kanaal="balie", gedrag="D", datum="2026-11-10", ambt="burgemeester", **VOLLEDIG
    )
    assert losser.json("advies", nummer)["beslist"] == "de (loco)gemeentesecretaris"
    tekst = _brief(
        losser, nummer, "--duur", "6", "--datum", "2026-11-11", "--brieftekst", "U bedreigde de burgemeester."
    )
    assert SECRETARIS in tekst and BURGEMEESTER not in tekst
    assert "de burgemeester van de gemeente Losser" in tekst  # de rol, niet "een politiek ambtsdrager"


@pytest.mark.parametrize("gemeente", ["losser", "geertruidenberg"])
def test_ambt_is_een_vastgelegd_feit_en_zegt_politiek_ambtsdrager(tmp_path, gemeente):
    """Losser 9: "Wie zijn politiek ambtsdrager? Dit zijn de leden van de raad, de leden en plaatsvervangende leden
    van commissies en burgemeester en wethouders." --ambt legt vast welk ambt (kolom Ambt) en zegt ook
    --politiek-ambtsdrager; --geen-politiek-ambtsdrager wist het ambt."""
    g = maak_gemeente(tmp_path, gemeente)
    klasse = {"gedrag": "C"} if gemeente == "losser" else {"ernst": "agressief"}
    nummer = g.meld(naam="Anna Smit", kanaal="balie", datum="2026-11-10", ambt="commissielid", **klasse)
    rij = _rij(g, nummer)
    assert rij["Ambt"] == "commissielid" and rij["Politiek ambtsdrager"] == "ja"
    g.ok("aanvullen", nummer, "--geen-politiek-ambtsdrager")
    rij = _rij(g, nummer)
    assert rij["Ambt"] is None and rij["Politiek ambtsdrager"] == "nee"
    data = g.json("aanvullen", nummer, "--ambt", "raadslid")
    assert _rij(g, nummer)["Ambt"] == "raadslid" and _rij(g, nummer)["Politiek ambtsdrager"] == "ja"
    assert {w["veld"] for w in data["gewijzigd"]} >= {"ambt", "ambtsdrager"}


@pytest.mark.parametrize(
    ("args", "melding"),
    [
        (("--ambt", "wethouder", "--geen-politiek-ambtsdrager"), "--ambt wethouder en --geen-politiek-ambtsdrager"),
        (("--ambt", "griffier"), "--ambt"),
    ],
)
def test_foute_of_tegenstrijdige_ambt_exit_2_en_niets_veranderd(gtb, args, melding):
    """Een ambt dat er niet is, of --ambt samen met --geen-politiek-ambtsdrager: een duidelijke melding die het veld
    noemt, afsluitcode 2, het register ongewijzigd."""
    nummer = gtb.meld(naam="Anna Smit", kanaal="balie", ernst="licht", datum="2026-11-10")
    voor = gtb.momentopname()
    for opdracht in (
        ("aanvullen", nummer),
        ("melden", "--naam", "Kees Bakker", "--kanaal", "balie", "--ernst", "licht"),
    ):
        uitkomst = gtb.run(*opdracht, *args)
        assert uitkomst.exit_code == 2, uitkomst.output
        assert melding in uitkomst.output and "Traceback" not in uitkomst.output
        assert gtb.momentopname() == voor


def test_meldformulier_vraagt_welk_ambt(tmp_path):
    """Losser 9: "Een politiek ambtsdrager maakt zelf een melding van agressie bij de burgermeester". Het
    meldformulier vraagt welk ambt; een ingevuld ambt zegt ook dat het een politiek ambtsdrager was."""
    from cli.test_meldformulier import JANSEN, maak_formulier, vul_in

    g = maak_gemeente(tmp_path, "losser")
    antwoorden = {k: v for k, v in JANSEN.items() if k != "Hoe ernstig was het?"} | {"Welk gedrag": "C"}
    ingevuld = vul_in(maak_formulier(g), tmp_path / "f.xlsx", antwoorden | {"Welk ambt heeft": "wethouder"})
    [uitslag] = g.json("melden", "--formulier", str(ingevuld))
    rij = _rij(g, uitslag["incident"])
    assert rij["Ambt"] == "wethouder" and rij["Politiek ambtsdrager"] == "ja"
    fout = vul_in(
        maak_formulier(g),
        tmp_path / "g.xlsx",
        antwoorden | {"Welk ambt heeft": "raadslid", "Was het gericht tegen een politiek ambtsdrager": "nee"},
    )
    uitkomst = g.run("melden", "--formulier", str(fout))
    # 3.2: het formulier noemt de velden zoals het formulier ze noemt, niet met de opties van de opdrachtregel.
    assert uitkomst.exit_code == 2 and "g.xlsx: ambt raadslid en geen politiek ambtsdrager" in uitkomst.output


def test_register_zonder_de_kolom_ambt_wordt_gelezen_en_krijgt_hem(tmp_path):
    """Een register van vóór 3.1 (zonder de kolommen Ambt en Reactie burgemeester) wordt gelezen; bij bewaren komen de
    kolommen erbij."""
    g = maak_gemeente(tmp_path, "losser")
    oud = g.meld(
        naam="Anna Smit", kanaal="balie", gedrag="C", aanhoudend=True, datum="2026-11-10", politiek_ambtsdrager=True
    )
    wb = openpyxl.load_workbook(g.register)
    ws = wb["Incidenten"]
    for kop in ("Ambt", "Reactie burgemeester"):
        ws.delete_cols([c.value for c in ws[1]].index(kop) + 1)
    wb.save(g.register)
    assert g.json("advies", oud)["beslist"] == "de burgemeester"
    g.ok("aanvullen", oud, "--ambt", "wethouder")
    assert _rij(g, oud)["Ambt"] == "wethouder" and "Reactie burgemeester" in _rij(g, oud)


def test_ambt_niet_vastgelegd_het_advies_vraagt_erom(losser):
    """Losser 9: tegen de burgemeester beslist de (loco)gemeentesecretaris; zonder vastgelegd ambt weet agressie dat
    niet en zegt het advies hoe het vast te leggen."""
    nummer = losser.meld(naam="Anna Smit", kanaal="balie", gedrag="D", datum="2026-11-10", politiek_ambtsdrager=True)
    advies = losser.json("advies", nummer)
    assert any(f"agressie aanvullen {nummer} --ambt" in w for w in advies["waarschuwingen"])


# --- 2 en 3. Een rolwoord is geen collega; brieven noemen de rol ---------------------------------------------------


@pytest.mark.parametrize("gemeente", ["losser", "geertruidenberg"])
def test_rolwoord_in_medewerker_is_geen_naam_van_een_collega(tmp_path, gemeente):
    """Geertruidenberg 4.2 / de brief noemt geen collega: een naam uit de kolom Medewerker weigert de brieftekst. Het
    rolwoord "wethouder" is geen naam; het voorgestelde woord past bij de rol."""
    g = maak_gemeente(tmp_path, gemeente, geheugen=True)
    klasse = {"gedrag": "C", "aanhoudend": True} if gemeente == "losser" else {"ernst": "agressief"}
    nummer = g.meld(
        naam="Piet Klaassen",
        kanaal="balie",
        datum="2026-11-10",
        ambt="wethouder",
        medewerker=["wethouder Jansen"],
        **klasse,
        **VOLLEDIG,
    )
    if gemeente == "losser":
        toml = g.map / "agressie.toml"
        toml.write_text(
            toml.read_text(encoding="utf-8").replace('naam = ""\n\n[brieven]', f'naam = "{BURGEMEESTER}"\n\n[brieven]'),
            encoding="utf-8",
        )
    voor = g.momentopname()
    uitkomst = g.run("brief", nummer, "--datum", "2026-11-11", "--brieftekst", "U schold Jansen uit.")
    assert uitkomst.exit_code == 2 and "Traceback" not in uitkomst.output
    assert "noemt een collega bij naam" in uitkomst.output and "'de wethouder'" in uitkomst.output
    assert "Jansen" not in uitkomst.output  # 3.3: het veld, niet de persoon
    assert "'de medewerker'" not in uitkomst.output and g.momentopname() == voor
    tekst = _brief(g, nummer, "--datum", "2026-11-11", "--brieftekst", "U schold de wethouder uit.")
    assert "U schold de wethouder uit." in tekst


@pytest.mark.parametrize(
    ("gemeente", "klasse", "zinnen"),
    [
        (
            "geertruidenberg",
            {"ernst": "agressief"},
            [
                "in contact met een wethouder van de gemeente Geertruidenberg",
                "De manier waarop u onze wethouder heeft benaderd",
            ],
        ),
        (
            "losser",
            {"gedrag": "C", "aanhoudend": True},
            [
                "in contact met een wethouder van de gemeente Losser",
                "Wij accepteren dit gedrag tegenover onze wethouder en onze organisatie niet.",
            ],
        ),
    ],
)
def test_waarschuwing_aan_wie_een_wethouder_benaderde_noemt_de_rol(tmp_path, gemeente, klasse, zinnen):
    """Losser 9: "Is de agressie gerelateerd aan de functie als politiek ambtsdrager? Dan is dit protocol van
    toepassing." De brief noemt de rol ("tegenover een wethouder van de gemeente ..."), nooit "onze medewerker"."""
    g = maak_gemeente(tmp_path, gemeente, geheugen=True)
    if gemeente == "losser":
        toml = g.map / "agressie.toml"
        toml.write_text(
            toml.read_text(encoding="utf-8").replace('naam = ""\n\n[brieven]', f'naam = "{BURGEMEESTER}"\n\n[brieven]'),
            encoding="utf-8",
        )
    nummer = g.meld(naam="Piet Klaassen", kanaal="balie", datum="2026-11-10", ambt="wethouder", **klasse, **VOLLEDIG)
    tekst = _brief(g, nummer, "--datum", "2026-11-11", "--brieftekst", "U schold de wethouder uit.")
    for zin in zinnen:
        assert zin in tekst
    assert "onze medewerker" not in tekst and "een medewerker van de gemeente" not in tekst
    # Zonder ambtsdrager blijft het de medewerker.
    staf = g.meld(naam="Kees Bakker", kanaal="balie", datum="2026-11-10", **klasse, **VOLLEDIG)
    tekst = _brief(g, staf, "--datum", "2026-11-11", "--brieftekst", "U schold de medewerker uit.")
    assert "een medewerker van de gemeente" in tekst and "een wethouder" not in tekst and "onze wethouder" not in tekst


def test_losser_bedreigingsbrief_noemt_het_raadslid(losser):
    """Losser 9: de burgemeester stuurt de reactie; de bedreigingsbrief (5.3) noemt wie bedreigd werd: een raadslid."""
    nummer = losser.meld(
        naam="Piet Klaassen", kanaal="balie", gedrag="D", datum="2026-11-10", ambt="raadslid", **VOLLEDIG
    )
    tekst = _brief(losser, nummer, "--duur", "6", "--datum", "2026-11-11", "--brieftekst", "U bedreigde het raadslid.")
    assert "U heeft een raadslid van de gemeente Losser bedreigd" in tekst
    assert "een politiek ambtsdrager van de gemeente" not in tekst and "onze medewerker" not in tekst


# --- 4. De reactie van de burgemeester verdwijnt niet na een registratie ----------------------------------------------


def test_losser_reactie_burgemeester_blijft_na_een_registratie_tot_ze_is_vastgelegd(losser):
    """Losser 9: "Binnen 48 uur na het incident stuurt de burgemeester een formele (schriftelijke) reactie naar de
    inwoner." Ook als de maatregel een registratie is (het incident staat dan meteen op afgehandeld); het advies
    noemt de burgemeester en de termijn, en het punt blijft staan, verlopen, tot de reactie is vastgelegd."""
    nummer = losser.meld(
        naam="Anna Smit",
        kanaal="balie",
        gedrag="B",
        aanhoudend=False,
        datum="2026-11-10",
        tijd="14:30",
        ambt="wethouder",
    )
    advies = losser.json("advies", nummer)
    assert advies["soort"] == "registratie"
    assert "de burgemeester binnen 48 uur" in advies["uitleg"] and "12 november 2026 om 14.30 uur" in advies["uitleg"]
    assert "de burgemeester" in advies["informeren"]
    losser.ok("maatregel", nummer, "--soort", "registratie", "--datum", "2026-11-10")
    reactie = _termijn(losser, "2026-11-20", "reactie burgemeester", nummer)
    assert reactie is not None and reactie["verlopen"] is True and reactie["uiterlijk"] == "2026-11-12"
    assert f"agressie nazorg {nummer} --reactie DATUM" in reactie["omschrijving"]
    # Vastleggen met een datum (de burgemeester reageerde zelf, niet met een brief van agressie).
    te_vroeg = losser.run("nazorg", nummer, "--reactie", "2026-11-09")
    assert te_vroeg.exit_code == 2 and "--reactie" in te_vroeg.output and "vóór het incident" in te_vroeg.output
    data = losser.json("nazorg", nummer, "--reactie", "2026-11-13")
    assert data["reactie"] == "2026-11-13"
    assert _termijn(losser, "2026-11-20", "reactie burgemeester", nummer) is None
    assert "reactie: 13-11-2026" in losser.ok("nazorg", nummer)


def test_reactie_alleen_bij_een_ambtsdrager_en_in_een_profiel_met_hoofdstuk_9(losser, gtb):
    """Losser 9 gaat over politieke ambtsdragers; Geertruidenberg kent geen reactie van de burgemeester. --reactie
    elders: afsluitcode 2, niets vastgelegd."""
    staf = losser.meld(naam="Kees Bakker", kanaal="balie", gedrag="C", datum="2026-11-10")
    voor = losser.momentopname()
    uitkomst = losser.run("nazorg", staf, "--reactie", "2026-11-11")
    assert uitkomst.exit_code == 2 and "niet gericht tegen een politiek ambtsdrager" in uitkomst.output
    assert losser.momentopname() == voor
    assert "reactie:" not in losser.ok("nazorg", staf)
    nummer = gtb.meld(naam="Anna Smit", kanaal="balie", ernst="licht", datum="2026-11-10", ambt="wethouder")
    assert ("reactie burgemeester", nummer) not in _soorten(gtb, "2026-11-20")
    voor = gtb.momentopname()
    uitkomst = gtb.run("nazorg", nummer, "--reactie", "2026-11-11")
    assert uitkomst.exit_code == 2 and "kent geen reactie van de burgemeester" in uitkomst.output
    assert gtb.momentopname() == voor


def test_losser_reactie_ook_afgevinkt_door_de_brief(losser):
    """Losser 9: de formele (schriftelijke) reactie is de brief van de burgemeester; is die gemaakt, dan staat de
    reactie niet meer open."""
    nummer = losser.meld(
        naam="Piet Klaassen", kanaal="balie", gedrag="D", datum="2026-11-10", ambt="wethouder", **VOLLEDIG
    )
    assert ("reactie burgemeester", nummer) in _soorten(losser, "2026-11-11")
    _brief(losser, nummer, "--duur", "6", "--datum", "2026-11-11", "--brieftekst", "U bedreigde de wethouder.")
    assert ("reactie burgemeester", nummer) not in _soorten(losser, "2026-11-11")


def _rij(g: Gemeente, nummer: str) -> dict:
    ws = openpyxl.load_workbook(g.register)["Incidenten"]
    koppen = [c.value for c in ws[1]]
    for rij in ws.iter_rows(min_row=2, values_only=True):
        if rij[0] == nummer:
            return dict(zip(koppen, rij, strict=False))
    raise AssertionError(nummer)


def test_losser_e_gedrag_tegen_een_ambtsdrager_geen_schriftelijke_reactie(losser):
    """Losser 4.5 en 5.3: "Bij E-gedrag sturen we nooit een brief" — dus ook geen schriftelijke reactie van de
    burgemeester binnen 48 uur; de opvang door de burgemeester (9) blijft."""
    nummer = losser.meld(naam="Anna Smit", kanaal="balie", gedrag="E", datum="2026-11-10", ambt="wethouder")
    advies = losser.json("advies", nummer)
    assert advies["brief"] is False and "48 uur" not in advies["uitleg"]
    soorten = _soorten(losser, "2026-11-20")
    assert ("reactie burgemeester", nummer) not in soorten and ("opvang politiek ambtsdrager", nummer) in soorten


@pytest.mark.parametrize("soort", ["toegangsverbod", "toegangs-en-belverbod"])
def test_geertruidenberg_ontzegging_na_agressie_tegen_een_wethouder_noemt_de_rol(gtb, soort):
    """Geertruidenberg bijlage 7 en 8: "Ik vind uw gedrag tegenover de medewerkers van de gemeente ... ontoelaatbaar."
    Was het gedrag tegen een wethouder, dan noemt de brief de wethouder; bij een medewerker blijft de zin zoals hij
    was."""
    wethouder = gtb.meld(
        naam="Piet Klaassen", kanaal="balie", ernst="strafbaar", datum="2026-11-10", ambt="wethouder", **VOLLEDIG
    )
    args = ("--soort", soort, "--datum", "2026-11-11", "--brieftekst", "U sloeg de wethouder.", "--toelichting", "test")
    tekst = _brief(gtb, wethouder, *args)
    assert "Ik vind uw gedrag tegenover onze wethouder ontoelaatbaar." in tekst
    assert "in contact met een wethouder van de gemeente Geertruidenberg" in tekst
    staf = gtb.meld(naam="Kees Bakker", kanaal="balie", ernst="strafbaar", datum="2026-11-10", **VOLLEDIG)
    tekst = _brief(gtb, staf, *args[:4], "--brieftekst", "U sloeg de medewerker.", "--toelichting", "test")
    assert "Ik vind uw gedrag tegenover de medewerkers van de gemeente Geertruidenberg ontoelaatbaar." in tekst


@pytest.mark.parametrize(
    ("ambt", "zin", "periode"),
    [
        ({}, "de leidinggevende en de betrokken medewerker bepalen de duur", "door leidinggevende en medewerker"),
        ({"ambt": "wethouder"}, "de burgemeester bepaalt de sanctie en de duur", "door de burgemeester"),
    ],
)
def test_losser_na_overtreding_van_een_verbod_een_keer_wie_de_duur_bepaalt(losser, ambt, zin, periode):
    """Losser 5.2 ("Wat doen we als de inwoner het toegangsverbod niet nakomt?"): een zwaardere maatregel, langer dan
    het overtreden verbod. Wie de duur bepaalt, staat één keer in het advies; bij een politiek ambtsdrager is dat de
    burgemeester (9: "Uiteindelijk bepaalt hij ook de sanctie")."""
    eerste = losser.meld(naam="Piet Klaassen", kanaal="balie", gedrag="C", aanhoudend=True, datum="2026-09-01", **ADRES)
    losser.ok("maatregel", eerste, "--soort", "waarschuwing", "--datum", "2026-09-02")
    tweede = losser.meld(naam="Piet Klaassen", kanaal="balie", gedrag="C", aanhoudend=True, datum="2026-09-10", **ADRES)
    losser.ok("maatregel", tweede, "--soort", "toegangsverbod", "--duur", "3", "--datum", "2026-09-11")
    derde = losser.meld(
        naam="Piet Klaassen", kanaal="balie", gedrag="C", aanhoudend=True, datum="2026-10-10", **ADRES, **ambt
    )
    advies = losser.json("advies", derde)
    assert advies["overtreding"] == "M00002"
    assert advies["uitleg"].count(zin) == 1 and advies["uitleg"].count(" de duur") == 1
    assert f"Periode: {periode} te bepalen (--duur)." in losser.ok("advies", derde)


def test_losser_ambtsdrager_ook_als_het_lopende_verbod_blijft_gelden_reageert_de_burgemeester(losser):
    """Losser 9: "Binnen 48 uur na het incident stuurt de burgemeester een formele (schriftelijke) reactie naar de
    inwoner" en "Uiteindelijk bepaalt hij ook de sanctie". Ook aan de top van de ladder (het toegangsverbod voor
    onbepaalde tijd blijft gelden, 5.2) is dat een besluit: het advies noemt wie beslist en de termijn, zoals
    `termijnen` de reactie vraagt. Eerder zei het advies dan niets, alsof het E-gedrag was."""
    eerste = losser.meld(naam="Piet Klaassen", kanaal="balie", gedrag="D", datum="2026-09-01", **VOLLEDIG)
    losser.ok(
        "maatregel", eerste, "--soort", "toegangsverbod", "--duur", "onbepaald", "--datum", "2026-09-01",
        "--toelichting", "opzet van de test",
    )  # fmt: skip
    nummer = losser.meld(
        naam="Piet Klaassen", kanaal="balie", gedrag="C", aanhoudend=True, ambt="wethouder", datum="2026-11-02",
        **VOLLEDIG,
    )  # fmt: skip
    advies = losser.json("advies", nummer)
    assert advies["handhaven"] == "M00001" and advies["soort"] is None
    assert advies["beslist"] == "de burgemeester"
    assert "48 uur" in advies["uitleg"] and "uiterlijk 4 november 2026 om 10.30 uur" in advies["uitleg"]
    assert _termijn(losser, "2026-11-03", "reactie burgemeester", nummer) is not None
