"""Issue 3.2, drie defecten en de tikfout in een profiel, elk eerst als falende test door de CLI:

1. `brief` en `maatregel` legden een maatregel vast bij een ingetrokken (vervallen) incident; `aangifte` weigerde dat.
   Nu weigeren alle drie, met dezelfde voorwaarde (domein/maatregelen.py: `incident_voor_maatregel`).
2. Een korte achternaam van een collega ("De Wit", "Bos", "Ek") in --brieftekst ging mee in de brief aan de persoon,
   en de aangifte gebruikte andere regels voor namen. Nu is er één matcher (domein/namen.py: `Collega`).
3. Een tikfout in een sleutel van een profiel werd stil genegeerd. Nu weigert agressie het profiel en noemt het
   bestand, de sleutel en wat er bedoeld zal zijn (domein/profielschema.py)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from agressie_cli.documenten.brieven.render import docx_tekst
from conftest import VOLLEDIG as VOLLEDIG_ZONDER_TIJD
from conftest import Gemeente, maak_gemeente

VOORBEELDEN = Path(__file__).resolve().parents[2] / "voorbeelden"
VOLLEDIG = {**VOLLEDIG_ZONDER_TIJD, "tijd": "10:30"}
# Een classificatie waarvoor het protocol een waarschuwingsbrief adviseert.
BRIEF = {"geertruidenberg": {"ernst": "agressief"}, "losser": {"gedrag": "C", "aanhoudend": True}}
# Een classificatie waarbij aangifte of een melding bij de politie hoort.
STRAFBAAR = {"geertruidenberg": {"ernst": "strafbaar"}, "losser": {"gedrag": "D"}}
GEMEENTEN = ("geertruidenberg", "losser")


def _brieven(g: Gemeente) -> list[str]:
    """De documenten in brieven/ (ook de tijdelijke): wat een geweigerde opdracht niet mag achterlaten."""
    briefmap = g.map / "brieven"
    return sorted(p.name for p in briefmap.iterdir()) if briefmap.is_dir() else []


# --- 1. een ingetrokken incident krijgt geen maatregel, langs geen enkele weg ----------------------------------------


@pytest.mark.parametrize("gemeente", GEMEENTEN)
def test_brief_maatregel_en_aangifte_weigeren_een_ingetrokken_incident(tmp_path, gemeente):
    """Geertruidenberg 6: "Afhankelijk van de soort agressie, mogelijke herhaling of andere bijzondere
    omstandigheden, wordt gekozen om al dan niet maatregelen te treffen richting de agressor." Een ingetrokken
    incident (dubbel gemeld, verkeerde persoon) is geen agressie van de persoon: er komt geen brief, geen maatregel en
    geen aangifte bij, ook niet met de hand. Losser 5.1: "In deze brief staat dat we het gedrag van de inwoner tegen
    de medewerker of organisatie niet accepteren" (gedrag dat volgens het register niet plaatsvond)."""
    g = maak_gemeente(tmp_path, gemeente, geheugen=True)
    nummer = g.meld(naam="Jan de Vries", kanaal="balie", datum="2026-11-10", **BRIEF[gemeente], **VOLLEDIG)
    assert g.json("advies", nummer)["soort"] == "waarschuwing"
    g.ok("intrekken", nummer, "--reden", "dubbel gemeld", "--datum", "2026-11-11")
    voor = g.momentopname()
    pogingen = [
        ("brief", nummer, "--datum", "2026-11-12"),
        ("brief", nummer, "--datum", "2026-11-12", "--json"),
        ("brief", nummer, "--soort", "waarschuwing", "--datum", "2026-11-12", "--toelichting", "toch"),
        ("maatregel", nummer, "--soort", "registratie", "--datum", "2026-11-12"),
        ("maatregel", nummer, "--soort", "waarschuwing", "--datum", "2026-11-12", "--json"),
        ("maatregel", nummer, "--soort", "aangifte", "--datum", "2026-11-12"),
        ("aangifte", nummer, "--datum", "2026-11-12"),
    ]
    meldingen = []
    for args in pogingen:
        uitkomst = g.run(*args)
        assert uitkomst.exit_code == 2, (args, uitkomst.output)
        assert "Traceback" not in uitkomst.output
        assert f"Incident {nummer} is ingetrokken (vervallen)" in uitkomst.output, args
        assert "Er is niets vastgelegd." in uitkomst.output
        # Hoe het ongedaan maken gaat: er is geen opdracht die een intrekking terugdraait.
        assert "agressie herstel --lijst" in uitkomst.output and "agressie melden" in uitkomst.output
        meldingen.append(re.sub(r"daarvoor wordt .*?\. ", "", uitkomst.stderr))  # --json: ook {"fout"} op stdout
        assert g.momentopname() == voor, args
        assert _brieven(g) == [], args
    assert len(set(meldingen)) == 1  # één voorwaarde, één melding (alleen wat er niet gebeurt verschilt)
    assert [m["status"] for m in g.json("historie", "Jan de Vries")["maatregelen"]] == []
    assert [r["status"] for r in g.json("lijst", "--status", "vervallen")] == ["vervallen"]


@pytest.mark.parametrize("gemeente", GEMEENTEN)
def test_brief_alle_open_slaat_een_ingetrokken_incident_over(tmp_path, gemeente):
    """Geertruidenberg 6 / Losser 5.1 (zie hierboven): --alle-open maakt de brieven waarvoor het advies een brief is,
    niet voor een ingetrokken incident. Ook niet als het nummer er met de hand naast staat: dat wordt genoemd en de
    andere brief komt er wel."""
    g = maak_gemeente(tmp_path, gemeente, geheugen=True)
    ingetrokken = g.meld(naam="Jan de Vries", kanaal="balie", datum="2026-11-10", **BRIEF[gemeente], **VOLLEDIG)
    open_ = g.meld(naam="Kees Bakker", kanaal="balie", datum="2026-11-10", **BRIEF[gemeente], **VOLLEDIG)
    g.ok("intrekken", ingetrokken, "--reden", "verkeerde persoon", "--datum", "2026-11-11")
    data = g.json("brief", "--alle-open", "--datum", "2026-11-12")
    assert data["incident"] == open_ and data["soort"] == "waarschuwing"  # één brief: het andere incident
    assert [n for n in _brieven(g) if ingetrokken in n] == []
    # Met de hand erbij genoemd: het ingetrokken incident staat bij de fouten, de andere brief komt er.
    derde = g.meld(naam="Piet Smit", kanaal="balie", datum="2026-11-10", **BRIEF[gemeente], **VOLLEDIG)
    uitkomst = g.run("brief", ingetrokken, derde, "--datum", "2026-11-12", "--json")
    assert uitkomst.exit_code == 1 and "Traceback" not in uitkomst.output
    import json

    samen = json.loads(uitkomst.stdout)
    assert [b["incident"] for b in samen["brieven"]] == [derde]
    assert [f["incident"] for f in samen["fouten"]] == [ingetrokken]
    assert "is ingetrokken (vervallen)" in samen["fouten"][0]["melding"]
    assert [n for n in _brieven(g) if ingetrokken in n] == []
    assert [m["incident"] for m in g.json("historie", "Jan de Vries")["maatregelen"]] == []


@pytest.mark.parametrize("gemeente", GEMEENTEN)
def test_geen_maatregel_meer_bij_een_geanonimiseerde_persoon(tmp_path, gemeente):
    """Dezelfde voorwaarde als de aangifte al had: na de bewaartermijn is de persoon geanonimiseerd (Geertruidenberg
    4.2: de registratie is er "met het oog op verdere nazorg en eventuele aangifte"; daarna niet meer). Een brief, een
    maatregel en een aangifte worden dan geweigerd, met niets vastgelegd."""
    g = maak_gemeente(tmp_path, gemeente, geheugen=True)
    nummer = g.meld(naam="Jan de Vries", kanaal="balie", datum="2019-03-10", **BRIEF[gemeente], **VOLLEDIG)
    g.json("opschonen", "--peildatum", "2026-11-23", "--uitvoeren")
    voor = g.momentopname()
    for args in (
        ("brief", nummer, "--datum", "2026-11-23"),
        ("maatregel", nummer, "--soort", "registratie", "--datum", "2026-11-23"),
        ("aangifte", nummer, "--datum", "2026-11-23"),
    ):
        uitkomst = g.run(*args)
        assert uitkomst.exit_code == 2 and "Traceback" not in uitkomst.output, (args, uitkomst.output)
        assert f"Incident {nummer} hoort bij een geanonimiseerde persoon (bewaartermijn)" in uitkomst.output
        assert g.momentopname() == voor and _brieven(g) == []


# --- 2. één matcher voor de namen van collega's ----------------------------------------------------------------------

COLLEGAS = dict(medewerker=["Ruud de Wit", "A. Bos"], melder="Mei Ek", functie="baliemedewerker")


@pytest.mark.parametrize("gemeente", GEMEENTEN)
@pytest.mark.parametrize(
    ("brieftekst", "genoemd"),
    [
        ("U schold De Wit uit.", "Wit"),
        ("U schold meneer de Wit uit.", "Wit"),
        ("U schold meneer de wit uit.", "Wit"),  # met aanspreekvorm en zijn tussenvoegsel: ook klein getypt
        ("U schreeuwde tegen mevrouw Bos.", "Bos"),
        ("U schreeuwde tegen Bos.", "Bos"),
        ("U duwde Ek opzij.", "Ek"),
        ("U schold Ruud uit.", "Ruud"),
    ],
)
def test_korte_achternaam_van_een_collega_komt_niet_in_de_brief(tmp_path, gemeente, brieftekst, genoemd):
    """Losser 5.1: "In deze brief staat dat we het gedrag van de inwoner tegen de medewerker of organisatie niet
    accepteren": de brief spreekt over de medewerker, niet over een collega bij naam (Geertruidenberg 4.2: de namen
    van de betrokken medewerkers staan in de registratie, "met het oog op verdere nazorg en eventuele aangifte").
    Een korte achternaam ("Bos", "Ek", "De Wit") telt net zo goed als een lange."""
    g = maak_gemeente(tmp_path, gemeente, geheugen=True)
    velden = {**VOLLEDIG, **COLLEGAS, "brieftekst": "U schold de medewerker uit."}
    nummer = g.meld(naam="Jan de Vries", kanaal="balie", datum="2026-11-10", **BRIEF[gemeente], **velden)
    voor = g.momentopname()
    for extra in ((), ("--json",)):
        uitkomst = g.run("brief", nummer, "--datum", "2026-11-11", "--brieftekst", brieftekst, *extra)
        assert uitkomst.exit_code == 2 and "Traceback" not in uitkomst.output
        assert "--brieftekst noemt een collega bij naam" in uitkomst.output
        assert genoemd not in uitkomst.output  # 3.3: de foutmelding noemt het veld, niet de persoon
        assert g.momentopname() == voor and _brieven(g) == []


@pytest.mark.parametrize("gemeente", GEMEENTEN)
def test_gewone_woorden_en_rolwoorden_zijn_geen_naam_van_een_collega(tmp_path, gemeente):
    """Losser 5.1 (zie hierboven): de brief beschrijft het gedrag. Een gewoon woord dat ook een korte achternaam is
    ("het bos", "een wit bekertje", "de kok"; de collega's heten Bos, De Wit en Kok) en een rolwoord ("het
    raadslid", terwijl de kolom Medewerker "raadslid Ek" zegt) noemen geen collega: de brief komt er, met de tekst
    zoals hij gegeven is."""
    g = maak_gemeente(tmp_path, gemeente, geheugen=True)
    velden = {**VOLLEDIG, **COLLEGAS, "medewerker": [*COLLEGAS["medewerker"], "raadslid Ek", "Kok"]}
    nummer = g.meld(naam="Jan de Vries", kanaal="balie", datum="2026-11-10", **BRIEF[gemeente], **velden)
    tekst = (
        "U riep dat u door het bos was gekomen, gooide een wit bekertje naar de balie en schold daarna het raadslid, "
        "de kok van de kantine en de medewerker uit."
    )
    data = g.json("brief", nummer, "--datum", "2026-11-11", "--brieftekst", tekst)
    assert tekst in docx_tekst(Path(data["bestand"]))


@pytest.mark.parametrize("gemeente", GEMEENTEN)
def test_aangifte_onder_nummer_met_dezelfde_regels_voor_namen(tmp_path, gemeente):
    """Losser (melding en aangifte): "Wel zal Justitie er altijd alles aan doen om de aangifte anoniem te houden";
    Geertruidenberg 4.2: de registratie noemt de namen "met het oog op verdere nazorg en eventuele aangifte". Met
    --onder-nummer verdwijnt elke vermelding van een collega, ook een korte achternaam, met dezelfde regels als de
    brief: "het bos" en "een wit kleed" blijven staan, en een rolwoord ("de wethouder") is geen naam."""
    g = maak_gemeente(tmp_path, gemeente, geheugen=True)
    omschrijving = (
        "Sloeg De Wit bij de balie en riep dat hij in het bos woonde. Mevrouw Bos zag het; Ek belde de wethouder. "
        "Meneer de wit viel op een wit kleed."
    )
    velden = {
        **VOLLEDIG,
        "medewerker": ["Ruud de Wit", "wethouder Ek"],
        "melder": "Anna Bos",
        "omschrijving": omschrijving,
    }
    nummer = g.meld(naam="Jan de Vries", kanaal="balie", datum="2026-11-10", **STRAFBAAR[gemeente], **velden)
    data = g.json("aangifte", nummer, "--datum", "2026-11-11", "--onder-nummer", "VPT-12")
    tekst = docx_tekst(Path(data["bestand"]))
    assert (
        "Sloeg VPT-12 bij de balie en riep dat hij in het bos woonde. Medewerker 3 zag het; medewerker 2 belde de "
        "wethouder. VPT-12 viel op een wit kleed."
    ) in tekst
    for naam in ("Ruud", "Wit", "Bos", "Ek", "Anna"):
        assert not re.search(rf"\b{naam}\b", tekst), naam


# --- 3. een tikfout in het profiel wordt geweigerd --------------------------------------------------------------------


def _eigen_profiel(g: Gemeente, inhoud: str) -> Path:
    """Een profiel.toml van de gemeente naast agressie.toml, met `profiel = "profiel.toml"` (CONTRIBUTING)."""
    pad = g.map / "profiel.toml"
    pad.write_text(inhoud, encoding="utf-8")
    toml = g.map / "agressie.toml"
    tekst = re.sub(r'^profiel = ".*"$', 'profiel = "profiel.toml"', toml.read_text(encoding="utf-8"), flags=re.M)
    toml.write_text(tekst, encoding="utf-8")
    return pad


def _aanpassing(g: Gemeente, inhoud: str) -> None:
    toml = g.map / "agressie.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + "\n" + inhoud, encoding="utf-8")


TIKFOUTEN = [
    # (gemeente, profiel.toml (na basis = ...), de sleutel in de melding, wat bedoeld is)
    ("geertruidenberg", "venster_maand = 12\n", "venster_maand", "venster_maanden"),
    ("geertruidenberg", "[soorten.toegangsverbod]\nstandaard_duurr = 6\n", "soorten.toegangsverbod.standaard_duurr",
     "standaard_duur"),
    ("geertruidenberg", '[matrix]\nlicht = [{ soort = "registratie", aangfte = true }]\n', "matrix.licht[1].aangfte",
     "aangifte"),
    ("geertruidenberg", '[[nazorg]]\nsoort = "gesprek"\ndagen = 1\nsluit_met = ["gesprek"]\ntekst = "x"\n',
     "nazorg[1].sluit_met", "sluiten_met"),
    ("geertruidenberg", '[[verplichtingen]]\nsoort = "x"\ndagen = 7\nals = { schade = true }\ntekts = "x"\n',
     "verplichtingen[1].tekts", "tekst"),
    ("geertruidenberg", "[verbod_overtreden.ladder]\ntoegangsverbood = [{ duur = 3 }]\n",
     "verbod_overtreden.ladder.toegangsverbood", "toegangsverbod"),
    ("geertruidenberg", "[minimum_bij_vorm.fysiek]\nsoort = \"toegangsverbod\"\nduur = 3\nregle = \"x\"\n",
     "minimum_bij_vorm.fysiek.regle", "regel"),
    ("losser", '[[regels]]\nnaam = "x"\nals = { gedrg = ["A"] }\nsoort = "waarschuwing"\n', "regels[1].als.gedrg",
     "gedrag"),
    ("losser", '[[regels]]\nnaam = "x"\nals = { gedrag = ["A"] }\nsort = "waarschuwing"\n', "regels[1].sort", "soort"),
    ("losser", "[politiek_ambtsdrager]\nuuren = 24\n", "politiek_ambtsdrager.uuren", "uren"),
    ("losser", "[soorten.belverbod]\nlable = \"Belverbod\"\n", "soorten.belverbod.lable", "label"),
]  # fmt: skip


@pytest.mark.parametrize(("gemeente", "inhoud", "sleutel", "bedoeld"), TIKFOUTEN)
def test_tikfout_in_het_eigen_profiel_wordt_geweigerd(tmp_path, gemeente, inhoud, sleutel, bedoeld):
    """CONTRIBUTING ("Een profiel toevoegen"): "De regels van een gemeente zijn data (TOML), geen code" en
    "`Profiel._controleer()` in `domein/profiel.py` geeft bij een tikfout meteen een duidelijke melding."
    Geertruidenberg 4.2: de maatregel komt "volgens de interventiematrix"; een matrix of regel die stil een sleutel
    mist, geeft een ander advies dan het protocol van de gemeente. Elke opdracht die het profiel leest, weigert."""
    g = maak_gemeente(tmp_path, gemeente, geheugen=True)
    pad = _eigen_profiel(g, f'basis = "{gemeente}"\nnaam = "Eigen"\n{inhoud}')
    voor = g.momentopname()
    for args in (("verboden",), ("verboden", "--json"), ("melden", "--naam", "Jan", "--kanaal", "balie")):
        uitkomst = g.run(*args)
        assert uitkomst.exit_code == 2, (args, uitkomst.output)
        assert "Traceback" not in uitkomst.output
        melding = " ".join(uitkomst.output.split())
        assert f"Profiel {pad}" in melding and f"onbekende sleutel '{sleutel}'" in melding, melding
        assert f"bedoelt u '{bedoeld}'?" in melding, melding
        assert g.momentopname() == voor


@pytest.mark.parametrize("gemeente", GEMEENTEN)
def test_tikfout_in_profiel_aanpassingen_noemt_agressie_toml(tmp_path, gemeente):
    """CONTRIBUTING: een gemeente kan "elk deel overschrijven in agressie.toml onder [profiel_aanpassingen]" (de kop
    van de meegeleverde profielen). Een tikfout daar noemt agressie.toml en de hele sleutel."""
    g = maak_gemeente(tmp_path, gemeente, geheugen=True)
    _aanpassing(g, "[profiel_aanpassingen.soorten.toegangsverbod]\nstandaard_duu = 6\n")
    uitkomst = g.run("verboden", "--json")
    assert uitkomst.exit_code == 2 and "Traceback" not in uitkomst.output
    melding = " ".join(uitkomst.output.split())
    assert str(g.map / "agressie.toml") in melding
    assert "onbekende sleutel 'profiel_aanpassingen.soorten.toegangsverbod.standaard_duu'" in melding
    assert "bedoelt u 'standaard_duur'?" in melding


@pytest.mark.parametrize("gemeente", GEMEENTEN)
def test_onbekende_sleutel_zonder_gelijkenis_en_een_goede_aanpassing(tmp_path, gemeente):
    """CONTRIBUTING (zie hierboven). Zonder gelijkende sleutel geen "bedoelt u"; een juiste aanpassing werkt zoals
    altijd (Geertruidenberg 6.7 "In principe wordt automatisch gekozen voor het inzetten van een zwaardere
    maatregel": de ladder mag een gemeente zelf vullen)."""
    g = maak_gemeente(tmp_path, gemeente, geheugen=True)
    _eigen_profiel(g, f'basis = "{gemeente}"\nkleur = "blauw"\n')
    uitkomst = g.run("verboden")
    assert uitkomst.exit_code == 2 and "onbekende sleutel 'kleur'" in uitkomst.output
    assert "bedoelt u" not in uitkomst.output
    _eigen_profiel(g, f'basis = "{gemeente}"\nvenster_maanden = 12\n[soorten.toegangsverbod]\nlabel = "Verbod"\n')
    _aanpassing(g, "[profiel_aanpassingen]\nreactietermijn_dagen = 5\n")
    nummer = g.meld(naam="Jan de Vries", kanaal="balie", datum="2026-11-10", **BRIEF[gemeente], **VOLLEDIG)
    assert g.json("advies", nummer)["uiterlijk"] == "2026-11-15"


def test_meegeleverde_profielen_en_het_voorbeeld_zeeloo_laden(tmp_path):
    """CONTRIBUTING: "Kijk voor de sleutels in de twee meegeleverde profielen"; het voorbeeld van een eigen profiel
    (voorbeelden/zeeloo/profiel.toml, basis = "geertruidenberg") laadt, en de regels ervan gelden."""
    for gemeente in GEMEENTEN:
        g = maak_gemeente(tmp_path, gemeente)
        assert g.json("verboden") == []
    map_pad = tmp_path / "zeeloo"
    shutil.copytree(VOORBEELDEN / "zeeloo", map_pad)
    zeeloo = Gemeente(map_pad)
    zeeloo.ok("init")
    assert zeeloo.json("verboden") == []
    nummer = zeeloo.meld(naam="Jan de Vries", kanaal="balie", ernst="strafbaar", datum="2026-11-15")
    assert zeeloo.json("advies", nummer)["soort"] == "toegangs-en-belverbod"
