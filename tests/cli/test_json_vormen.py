"""Issue 3.2: "Every command's output and `--json` unchanged (the existing tests and the README's command reference
prove it)", en `Veld` als "the one place for a field's policy: personal data or not, label, form question, letter
use, JSON key. The anonymisation list, the form's questions and the JSON shapes derive from it."

De sleutels van `--json` zijn een contract met de scripts en koppelingen van een gemeente. Deze test legt voor elk
commando met `--json`, in beide profielen, vast welke sleutels (ook in de lijsten en records erin) de uitvoer heeft en
welk soort waarde erbij hoort. Een sleutel mag erbij komen; een sleutel die verdwijnt of van soort verandert, laat
deze test falen. De vastgelegde vormen staan onderaan (VORMEN); ze zijn gemaakt met de code van vóór de JSON-records uit
de veldtabel kwamen (3.2), ook die van advies met 'bedoelt u' die later in het scenario kwam, en daarna niet meer
veranderd.

domein.md (Privacy): "Keep only what the protocol needs"; een nieuw persoonsgegeven dat één `Veld(...)`-regel is,
staat in de JSON van lijst, historie en maatregel (en is na opschonen leeg, tests/domein/test_veld_json.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from agressie_cli.domein import velden
from agressie_cli.domein.velden import Veld
from conftest import ADRES, REDEN, VOLLEDIG, Gemeente, maak_gemeente, meld_args

KLASSE = {"geertruidenberg": {"ernst": "strafbaar"}, "losser": {"gedrag": "D"}}
WACHTWOORD = "een-lang-wachtwoord-123"


def _soort(waarde: Any) -> str:
    if waarde is None:
        return "null"
    return {bool: "bool", int: "getal", float: "getal", str: "tekst", list: "lijst", dict: "record"}[type(waarde)]


def vorm(waarde: Any, pad: str = "") -> dict[str, set[str]]:
    """Elke sleutel van de uitvoer, met zijn plaats ("incidenten[].datum"), en de soorten waarden die hij had."""
    uit: dict[str, set[str]] = {pad or ".": {_soort(waarde)}}
    if isinstance(waarde, dict):
        for sleutel, w in waarde.items():
            for p, soorten in vorm(w, f"{pad}.{sleutel}").items():
                uit.setdefault(p, set()).update(soorten)
    elif isinstance(waarde, list):
        for w in waarde:
            for p, soorten in vorm(w, f"{pad}[]").items():
                uit.setdefault(p, set()).update(soorten)
    return uit


def _vul_formulier(formulier: Path, doel: Path, antwoorden: dict[str, str]) -> Path:
    """Zoals een medewerker het meldformulier in Excel invult (tests/cli/test_meldformulier.py)."""
    wb = openpyxl.load_workbook(formulier)
    ws = wb.active
    for rij in range(1, ws.max_row + 1):
        tekst = ws.cell(rij, 1).value
        for vraag, antwoord in antwoorden.items():
            if isinstance(tekst, str) and tekst.rstrip(" *").startswith(vraag):
                ws.cell(rij, 2).value = antwoord
    wb.save(doel)
    return doel


def scenario(tmp_path: Path, gemeente: str) -> dict[str, Any]:
    """Een register met incidenten, maatregelen, brieven, een verbod, een aangifte, en daarna elk commando met
    --json: de uitvoer per commando (en per vorm, als een commando er meer heeft)."""
    g = maak_gemeente(tmp_path, gemeente)
    uit: dict[str, Any] = {}

    def j(naam: str, *args: str, invoer: str | None = None) -> Any:
        r = g.run(*args, "--json", invoer=invoer)
        assert r.exit_code == 0, f"{naam}: {r.output}"
        uit[naam] = json.loads(r.stdout)
        return uit[naam]

    nieuw = Gemeente(tmp_path / "init")
    r = nieuw.run("init", "--gemeente", gemeente, "--ondertekenaar", "J. de Vries, gemeentesecretaris", "--json")
    assert r.exit_code == 0, r.output
    uit["init"] = json.loads(r.stdout)

    basis = dict(VOLLEDIG, **KLASSE[gemeente], naam="Jan de Vries", kanaal="balie", tijd="10:30", aanhef="heer")
    basis.update(materiele_schade="balieruit gebroken", leidinggevende_email="k.smits@gemeente.nl")
    a = j("melden", *meld_args(datum="2026-11-02", **basis))["incident"]
    j("aanvullen", "aanvullen", a, "--afdeling", "Burgerzaken")
    j("advies", "advies", a)
    j("lijst", "lijst")
    b = j("melden_2", *meld_args(datum="2026-11-09", **basis))["incident"]
    j("maatregel", "maatregel", a, "--soort", "registratie", "--datum", "2026-11-02", *REDEN)
    verbod = ("brief", b, "--soort", "toegangsverbod", "--datum", "2026-11-10", "--duur", "3", *REDEN)
    m = j("brief", *verbod, "--besloten-door", "K. Smits, clustermanager")["maatregel"]
    j("brief_aansprakelijkstelling", "brief", a, "--soort", "aansprakelijkstelling", "--bedrag", "250", "--datum",
      "2026-11-11")  # fmt: skip
    j("verzonden", "verzonden", m, "--datum", "2026-11-11", "--wijze", "aangetekend-en-post")
    j("verboden", "verboden", "--peildatum", "2026-11-20")
    j("verboden_uit", "verboden", "--peildatum", "2026-11-20", "--uit", str(tmp_path / "verboden.xlsx"))
    j("historie", "historie", "P0001", "--peildatum", "2026-11-20")
    j("termijnen", "termijnen", "--peildatum", "2026-11-20")
    c = j("melden_3", *meld_args(datum="2026-11-12", **basis))["incident"]
    j("aangifte", "aangifte", c, "--datum", "2026-11-13")
    foto = tmp_path / "foto.jpg"
    foto.write_bytes(b"\xff\xd8\xff\xe0 foto")
    j("bewijs", "bewijs", c, str(foto))
    j("bezoek", "bezoek", "P0001", "--datum", "2026-11-20", "--tijd", "10:30")
    j("doorsturen", "doorsturen", c, "--datum", "2026-11-13")
    j("doorsturen_verzonden", "doorsturen", c, "--verzonden", "--datum", "2026-11-13")
    j("nazorg", "nazorg", c, "--gesprek", "2026-11-13")
    stap = "--nabespreking" if gemeente == "geertruidenberg" else "--vervolgstappen"
    j("verplichtingen", "verplichtingen", c, stap, "2026-11-14")
    j(
        "reactie",
        "reactie",
        m,
        "--datum",
        "2026-11-15",
        "--vorm",
        "schriftelijk",
        "--samenvatting",
        "vraagt om opheffing",
    )
    j("verzoek", "verzoek", m, "--datum", "2026-11-16")
    j("herzien", "herzien", m, "--uitkomst", "opheffen", "--reden", "geen incidenten meer", "--datum", "2026-11-17")
    j("brief_herziening", "brief", m, "--soort", "herziening", "--datum", "2026-11-18")
    d = j("melden_4", *meld_args(datum="2026-11-19", **basis))["incident"]
    duur = ("--duur", "3") if gemeente == "losser" else ()
    j("brief_voornemen", "brief", d, "--soort", "voornemen", "--datum", "2026-11-19", *duur)
    j("reactie_voornemen", "reactie", d, "--datum", "2026-11-20", "--vorm", "mondeling")
    e = j("melden_5", *meld_args(datum="2026-11-19", **dict(basis, naam="Jan de Vriess")))
    j("advies_bedoelt_u", "advies", e["incident"])  # 'bedoelt u P0001 Jan de Vries?'
    j("samenvoegen_niet", "samenvoegen", e["persoon"], "--niet", "P0001")
    j("samenvoegen", "samenvoegen", e["persoon"], "--in", "P0001")
    j("brief_twee", "brief", a, c, "--soort", "waarschuwing", "--datum", "2026-11-21", *REDEN)
    j("intrekken_maatregel", "intrekken", "M00001", "--reden", "vergissing", "--datum", "2026-11-21")
    j("intrekken", "intrekken", e["incident"], "--reden", "dubbel gemeld", "--datum", "2026-11-21")
    j("afsluiten", "afsluiten", a)
    j("inzage", "inzage", "P0001", "--verzoek", "2026-11-20", "--datum", "2026-11-21")
    j("inzage_verzoek", "inzage", "P0001", "--verzoek", "2026-11-22", "--alleen-verzoek")
    toml = g.map / "agressie.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + "\n[profiel_aanpassingen]\ngoedkeuring = true\n", "utf-8")
    f = j("melden_6", *meld_args(datum="2026-11-22", **dict(basis, naam="Piet Bos")))["incident"]
    n = j("brief_goedkeuring", "brief", f, "--soort", "toegangsverbod", "--datum", "2026-11-22", "--duur", "3",
          *REDEN, "--besloten-door", "K. Smits, clustermanager")["maatregel"]  # fmt: skip
    j("goedkeuren", "goedkeuren", n, "--door", "A. Jansen, AOV-er", "--datum", "2026-11-22")
    formulier = Path(j("meldformulier", "meldformulier")["bestand"])
    klasse = {"Hoe ernstig was het?": "agressief"} if gemeente == "geertruidenberg" else {"Welk gedrag": "C"}
    ingevuld = _vul_formulier(formulier, tmp_path / "ingevuld.xlsx", {
        "Uw naam": "P. Jansen", "Datum van het incident": "22-11-2026", "Waar of hoe gebeurde het?": "balie",
        "Naam": "Kees Klaassen", **klasse,
    })  # fmt: skip
    j("melden_formulier", "melden", "--formulier", str(ingevuld))
    j("logboek_opvragingen", "logboek", "--opvragingen")
    j("rapport", "rapport", "--kwartaal", "2026-Q4")
    j("sjablonen", "sjablonen", "controleer")
    j("opschonen", "opschonen", "--peildatum", "2026-11-23")
    j("herstel_lijst", "herstel", "--lijst")
    j("herstel", "herstel", "--ja")
    j("gebruiker_toevoegen", "gebruiker", "toevoegen", "jjansen", "--rol", "receptie", "--wachtwoord-stdin",
      invoer=WACHTWOORD + "\n")  # fmt: skip
    j("gebruiker_wachtwoord", "gebruiker", "wachtwoord", "jjansen", "--wachtwoord-stdin", invoer=WACHTWOORD + "4\n")
    j("gebruiker_lijst", "gebruiker", "lijst")
    j("gebruiker_verwijderen", "gebruiker", "verwijderen", "jjansen")
    return uit


def _als_tekst(vormen: dict[str, set[str]]) -> dict[str, str]:
    """{"incidenten[].datum": "tekst", "bestand": "null|tekst"}: de soorten van elke sleutel, op volgorde."""
    return {pad: "|".join(sorted(soorten)) for pad, soorten in sorted(vormen.items())}


@pytest.mark.parametrize("gemeente", ["geertruidenberg", "losser"])
def test_elke_json_vorm_houdt_zijn_sleutels(tmp_path, gemeente):
    """Elk commando met --json, in beide profielen: elke vastgelegde sleutel is er nog, met dezelfde soort waarde.
    Sleutels erbij mag (adding is fine); geen commando zonder vastgelegde vorm."""
    uitvoer = scenario(tmp_path, gemeente)
    verwacht = VORMEN[gemeente]
    assert sorted(uitvoer) == sorted(verwacht)
    for naam, data in uitvoer.items():
        nu = _als_tekst(vorm(data))
        # Een sleutel die in het scenario alleen leeg (null) was, mag nu ook een waarde hebben: null zei niets over
        # de soort (bijvoorbeeld "persoon" bij termijnen, sinds er een punt met een persoon bij kwam).
        weg = {
            pad: soorten
            for pad, soorten in verwacht[naam].items()
            if nu.get(pad) != soorten and not (soorten == "null" and "null" in (nu.get(pad) or "").split("|"))
        }
        assert not weg, f"{gemeente} {naam}: sleutels weg of van soort veranderd: {weg} (nu: {nu})"


# Eén regel per nieuw veld, zoals CONTRIBUTING het zegt ("Een veld is één regel"): een persoonsgegeven op elk blad,
# met de vormen van --json waarin het moet staan.
NIEUWE_VELDEN = {
    "INCIDENT": Veld(
        "notitie_medewerker", "Notitie medewerker", breedte=30, persoonsgegeven=True, json=("lijst", "historie")
    ),
    "PERSOON": Veld(
        "klantnummer", "Klantnummer", breedte=12, persoon=True, persoonsgegeven=True, json=("historie", "verboden")
    ),
    "MAATREGEL": Veld(
        "gesprek_verslag", "Verslag gesprek", breedte=30, persoonsgegeven=True, json=("maatregel", "historie")
    ),
}
INGEVULD = {
    "Incidenten": ("Notitie medewerker", "Sanne Bakker was erbij"),
    "Personen": ("Klantnummer", "K-778812"),
    "Maatregelen": ("Verslag gesprek", "Jan de Vries zei sorry"),
}


@pytest.fixture(scope="module")
def met_nieuwe_velden():
    """De veldtabel met de nieuwe regels, voor de rest van de module (de controle na elke test, conftest, leest het
    register nog met deze tabel). Deze tests staan daarom onderaan."""
    with pytest.MonkeyPatch.context() as mp:
        for tabel, erbij in NIEUWE_VELDEN.items():
            mp.setattr(velden, tabel, (*getattr(velden, tabel), erbij))
        yield


@pytest.mark.parametrize("gemeente", ["geertruidenberg", "losser"])
def test_een_nieuw_persoonsgegeven_staat_in_lijst_historie_en_maatregel(tmp_path, met_nieuwe_velden, gemeente):
    """Een nieuw veld is één `Veld(...)`-regel met zijn vormen van --json: zonder andere code staat het in
    `lijst --json`, in `historie --json` (bij de persoon, elk incident en elke maatregel), in `maatregel --json`
    en `brief --json`, en bij een lopend verbod in `verboden --json`, met de waarde die de coördinator in Excel
    invulde."""
    g = maak_gemeente(tmp_path, gemeente)
    nummer = g.meld(naam="Jan de Vries", kanaal="balie", datum="2026-11-02", **ADRES, **KLASSE[gemeente])
    m = g.json("maatregel", nummer, "--soort", "registratie", "--datum", "2026-11-02", *REDEN)
    assert m["gesprek_verslag"] is None and m["maatregel"] == "M00001"  # nog leeg, maar de sleutel is er

    wb = openpyxl.load_workbook(g.register)
    for blad, (kop, waarde) in INGEVULD.items():
        ws = wb[blad]
        koppen = [c.value for c in ws[1]]
        ws.cell(2, koppen.index(kop) + 1).value = waarde
    wb.save(g.register)

    [rij] = g.json("lijst")
    assert rij["notitie_medewerker"] == "Sanne Bakker was erbij" and rij["naam"] == "Jan de Vries"
    h = g.json("historie", "P0001", "--peildatum", "2026-11-20")
    assert h["klantnummer"] == "K-778812" and h["naam"] == "Jan de Vries"
    assert [i["notitie_medewerker"] for i in h["incidenten"]] == ["Sanne Bakker was erbij"]
    assert [x["gesprek_verslag"] for x in h["maatregelen"]] == ["Jan de Vries zei sorry"]
    assert "klantnummer" not in h["incidenten"][0] and "notitie_medewerker" not in h["maatregelen"][0]
    # Een nieuw besluit: ook brief --json heeft de sleutel (het record van de maatregel).
    tweede = g.meld(naam="Jan de Vries", kanaal="balie", datum="2026-11-09", **VOLLEDIG, **KLASSE[gemeente])
    b = g.json("brief", tweede, "--soort", "waarschuwing", "--datum", "2026-11-10", *REDEN)
    assert "gesprek_verslag" in b and b["gesprek_verslag"] is None
    # Een verbod: de receptie ziet bij wie het hoort, met het nieuwe persoonsveld.
    derde = g.meld(naam="Jan de Vries", kanaal="balie", datum="2026-11-12", **VOLLEDIG, **KLASSE[gemeente])
    g.ok("maatregel", derde, "--soort", "toegangsverbod", "--duur", "3", "--datum", "2026-11-12", *REDEN)
    [verbod] = g.json("verboden", "--peildatum", "2026-11-20")
    assert (verbod["klantnummer"], verbod["naam"], verbod["incident"]) == ("K-778812", "Jan de Vries", derde)


# fmt: off
VORMEN: dict[str, dict[str, dict[str, str]]] = {
    "geertruidenberg": {
        "aangifte": {
            ".": "record", ".bestand": "tekst", ".incident": "tekst", ".lokaalvredebreuk": "bool",
            ".maatregel": "tekst", ".nieuw": "bool", ".onder_nummer": "null", ".pdf": "null", ".pdf_fout": "null",
            ".waarschuwingen": "lijst",
        },
        "aanvullen": {
            ".": "record", ".gewijzigd": "lijst", ".gewijzigd[]": "record", ".gewijzigd[].nieuw": "tekst",
            ".gewijzigd[].oud": "tekst", ".gewijzigd[].veld": "tekst", ".incident": "tekst", ".ontbrekend": "lijst",
            ".persoon": "tekst", ".persoon_verwijderd": "null", ".status": "tekst",
        },
        "advies": {
            ".": "record", ".aangifte": "bool", ".actieve_verboden": "lijst", ".bedoelt_u": "lijst",
            ".beslist": "null", ".brief": "bool", ".buiten_venster": "lijst", ".duur_maanden": "getal",
            ".handhaven": "null", ".herhaling": "getal", ".incident": "tekst", ".informeren": "lijst",
            ".informeren[]": "tekst", ".keuze": "lijst", ".label": "tekst", ".maatregelen_meegeteld": "lijst",
            ".meegeteld": "lijst", ".onbepaald": "bool", ".overtreding": "null", ".regel": "tekst", ".soort": "tekst",
            ".uiterlijk": "tekst", ".uitleg": "tekst", ".vervolg": "null", ".waarschuwingen": "lijst",
            ".waarschuwingen[]": "tekst",
        },
        "advies_bedoelt_u": {
            ".": "record", ".aangifte": "bool", ".actieve_verboden": "lijst", ".bedoelt_u": "lijst",
            ".bedoelt_u[]": "record", ".bedoelt_u[].naam": "tekst", ".bedoelt_u[].persoon": "tekst",
            ".beslist": "null", ".brief": "bool", ".buiten_venster": "lijst", ".duur_maanden": "getal",
            ".handhaven": "null", ".herhaling": "getal", ".incident": "tekst", ".informeren": "lijst",
            ".informeren[]": "tekst", ".keuze": "lijst", ".label": "tekst", ".maatregelen_meegeteld": "lijst",
            ".meegeteld": "lijst", ".onbepaald": "bool", ".overtreding": "null", ".regel": "tekst", ".soort": "tekst",
            ".uiterlijk": "tekst", ".uitleg": "tekst", ".vervolg": "null", ".waarschuwingen": "lijst",
            ".waarschuwingen[]": "tekst",
        },
        "afsluiten": {
            ".": "record", ".incident": "tekst", ".status": "tekst",
        },
        "bewijs": {
            ".": "record", ".incident": "tekst", ".toegevoegd": "lijst", ".toegevoegd[]": "record",
            ".toegevoegd[].bestand": "tekst", ".toegevoegd[].naam": "tekst", ".toegevoegd[].sha256": "tekst",
            ".totaal": "getal",
        },
        "bezoek": {
            ".": "record", ".datum": "tekst", ".persoon": "tekst", ".tijd": "tekst", ".waarschuwen": "tekst",
        },
        "brief": {
            ".": "record", ".advies": "tekst", ".afwijking": "bool", ".bedoelt_u": "lijst", ".bestand": "tekst",
            ".datum": "tekst", ".duur_maanden": "getal", ".einde": "tekst", ".incident": "tekst", ".ingang": "tekst",
            ".maatregel": "tekst", ".nieuw": "bool", ".onbepaald": "bool", ".pdf": "null", ".pdf_fout": "null",
            ".persoon": "tekst", ".soort": "tekst", ".te_laat": "bool", ".toelichting": "tekst", ".vervangt": "lijst",
            ".vervangt_verbod": "lijst", ".waarschuwingen": "lijst", ".waarschuwingen[]": "tekst",
        },
        "brief_aansprakelijkstelling": {
            ".": "record", ".advies": "tekst", ".afwijking": "bool", ".bedoelt_u": "lijst", ".bedrag": "tekst",
            ".bestand": "tekst", ".datum": "tekst", ".duur_maanden": "null", ".einde": "null", ".incident": "tekst",
            ".ingang": "tekst", ".maatregel": "tekst", ".nieuw": "bool", ".onbepaald": "bool", ".pdf": "null",
            ".pdf_fout": "null", ".persoon": "tekst", ".soort": "tekst", ".te_laat": "bool", ".toelichting": "null",
            ".vervangt": "lijst", ".vervangt_verbod": "lijst", ".waarschuwingen": "lijst",
            ".waarschuwingen[]": "tekst",
        },
        "brief_goedkeuring": {
            ".": "record", ".advies": "tekst", ".afwijking": "bool", ".bedoelt_u": "lijst", ".bestand": "tekst",
            ".datum": "tekst", ".duur_maanden": "getal", ".einde": "tekst", ".incident": "tekst", ".ingang": "tekst",
            ".maatregel": "tekst", ".nieuw": "bool", ".onbepaald": "bool", ".pdf": "null", ".pdf_fout": "null",
            ".persoon": "tekst", ".soort": "tekst", ".te_laat": "bool", ".toelichting": "tekst", ".vervangt": "lijst",
            ".vervangt_verbod": "lijst", ".waarschuwingen": "lijst", ".waarschuwingen[]": "tekst",
        },
        "brief_herziening": {
            ".": "record", ".bestand": "tekst", ".nummer": "tekst", ".pdf": "null", ".pdf_fout": "null",
            ".reactie_uiterlijk": "null", ".soort": "tekst", ".waarschuwingen": "lijst", ".waarschuwingen[]": "tekst",
        },
        "brief_twee": {
            ".": "record", ".brieven": "lijst", ".brieven[]": "record", ".brieven[].advies": "tekst",
            ".brieven[].afwijking": "bool", ".brieven[].bedoelt_u": "lijst", ".brieven[].bestand": "tekst",
            ".brieven[].datum": "tekst", ".brieven[].duur_maanden": "null", ".brieven[].einde": "null",
            ".brieven[].incident": "tekst", ".brieven[].ingang": "tekst", ".brieven[].maatregel": "tekst",
            ".brieven[].nieuw": "bool", ".brieven[].onbepaald": "bool", ".brieven[].pdf": "null",
            ".brieven[].pdf_fout": "null", ".brieven[].persoon": "tekst", ".brieven[].soort": "tekst",
            ".brieven[].te_laat": "bool", ".brieven[].toelichting": "tekst", ".brieven[].vervangt": "lijst",
            ".brieven[].vervangt_verbod": "lijst", ".brieven[].waarschuwingen": "lijst",
            ".brieven[].waarschuwingen[]": "tekst", ".fouten": "lijst",
        },
        "brief_voornemen": {
            ".": "record", ".bestand": "tekst", ".nummer": "tekst", ".pdf": "null", ".pdf_fout": "null",
            ".reactie_uiterlijk": "tekst", ".soort": "tekst", ".waarschuwingen": "lijst",
            ".waarschuwingen[]": "tekst",
        },
        "doorsturen": {
            ".": "record", ".aan": "tekst", ".bestand": "tekst", ".doorgestuurd": "tekst", ".email": "tekst",
            ".incident": "tekst", ".klaargezet": "tekst", ".maatregel_besloten": "bool", ".onderwerp": "tekst",
            ".ontbrekend": "lijst", ".vervangen": "bool",
        },
        "doorsturen_verzonden": {
            ".": "record", ".aan": "tekst", ".eerder": "null", ".incident": "tekst", ".klaargezet": "tekst",
            ".verzonden": "tekst",
        },
        "gebruiker_lijst": {
            ".": "lijst", "[]": "record", "[].afdelingen": "lijst", "[].naam": "tekst", "[].rol": "tekst",
        },
        "gebruiker_toevoegen": {
            ".": "record", ".afdelingen": "lijst", ".naam": "tekst", ".rol": "tekst",
        },
        "gebruiker_verwijderen": {
            ".": "record", ".afdelingen": "lijst", ".naam": "tekst", ".rol": "tekst",
        },
        "gebruiker_wachtwoord": {
            ".": "record", ".afdelingen": "lijst", ".naam": "tekst", ".rol": "tekst",
        },
        "goedkeuren": {
            ".": "record", ".besloten_door": "tekst", ".goedgekeurd": "tekst", ".goedgekeurd_door": "tekst",
            ".maatregel": "tekst",
        },
        "herstel": {
            ".": "record", ".apart": "tekst", ".incidenten": "getal", ".kopie": "tekst", ".na_opschonen": "bool",
        },
        "herstel_lijst": {
            ".": "lijst", "[]": "record", "[].bestand": "tekst", "[].gemaakt": "tekst", "[].grootte": "getal",
            "[].handeling": "tekst", "[].incidenten": "getal", "[].leesbaar": "bool", "[].nummer": "getal",
            "[].voor_opschonen": "bool",
        },
        "herzien": {
            ".": "record", ".beantwoord": "lijst", ".beantwoord[]": "tekst", ".datum": "tekst", ".maatregel": "tekst",
            ".nieuw": "null", ".nieuw_einde": "null", ".nieuw_soort": "null", ".opgeheven": "tekst",
            ".recent_incident": "tekst", ".reden": "tekst", ".uitkomst": "tekst",
        },
        "historie": {
            ".": "record", ".actieve_verboden": "lijst", ".actieve_verboden[]": "record",
            ".actieve_verboden[].actief": "bool", ".actieve_verboden[].afspraken": "lijst",
            ".actieve_verboden[].afwijking": "bool", ".actieve_verboden[].besloten_door": "tekst",
            ".actieve_verboden[].bestand": "tekst", ".actieve_verboden[].datum": "tekst",
            ".actieve_verboden[].duur": "getal", ".actieve_verboden[].einde": "tekst",
            ".actieve_verboden[].gesprek": "null", ".actieve_verboden[].goedgekeurd": "null",
            ".actieve_verboden[].goedgekeurd_door": "null", ".actieve_verboden[].herzien_op": "null",
            ".actieve_verboden[].herzieningen": "lijst", ".actieve_verboden[].incident": "tekst",
            ".actieve_verboden[].ingang": "tekst", ".actieve_verboden[].ingetrokken": "null",
            ".actieve_verboden[].label": "tekst", ".actieve_verboden[].maatregel": "tekst",
            ".actieve_verboden[].opgeheven": "null", ".actieve_verboden[].reacties": "lijst",
            ".actieve_verboden[].reden": "null", ".actieve_verboden[].soort": "tekst",
            ".actieve_verboden[].status": "tekst", ".actieve_verboden[].toelichting": "tekst",
            ".actieve_verboden[].uitkomst": "null", ".actieve_verboden[].vervangen_door": "null",
            ".actieve_verboden[].vervangen_per": "null", ".actieve_verboden[].verzoeken": "lijst",
            ".actieve_verboden[].verzonden": "tekst", ".binnen_venster": "lijst", ".binnen_venster[]": "tekst",
            ".geboortedatum": "null", ".incidenten": "lijst", ".incidenten[]": "record",
            ".incidenten[].binnen_venster": "bool", ".incidenten[].datum": "tekst", ".incidenten[].ernst": "tekst",
            ".incidenten[].incident": "tekst", ".incidenten[].kanaal": "tekst", ".incidenten[].klasse": "tekst",
            ".incidenten[].klasse_sleutel": "tekst", ".incidenten[].status": "tekst", ".incidenten[].tijd": "tekst",
            ".incidenten[].vorm": "lijst", ".incidenten[].vorm[]": "tekst", ".maatregelen": "lijst",
            ".maatregelen[]": "record", ".maatregelen[].actief": "bool", ".maatregelen[].afwijking": "bool",
            ".maatregelen[].besloten_door": "null|tekst", ".maatregelen[].bestand": "null|tekst",
            ".maatregelen[].datum": "tekst", ".maatregelen[].duur": "getal|null",
            ".maatregelen[].einde": "null|tekst", ".maatregelen[].goedgekeurd": "null",
            ".maatregelen[].goedgekeurd_door": "null", ".maatregelen[].herzien_op": "null",
            ".maatregelen[].herzieningen": "lijst", ".maatregelen[].incident": "tekst",
            ".maatregelen[].ingang": "tekst", ".maatregelen[].ingetrokken": "null", ".maatregelen[].label": "tekst",
            ".maatregelen[].maatregel": "tekst", ".maatregelen[].opgeheven": "null",
            ".maatregelen[].reacties": "lijst", ".maatregelen[].reden": "null", ".maatregelen[].soort": "tekst",
            ".maatregelen[].status": "tekst", ".maatregelen[].toelichting": "null|tekst",
            ".maatregelen[].uitkomst": "null", ".maatregelen[].vervangen_door": "null",
            ".maatregelen[].vervangen_per": "null", ".maatregelen[].verzoeken": "lijst",
            ".maatregelen[].verzonden": "null|tekst", ".naam": "tekst", ".peildatum": "tekst", ".persoon": "tekst",
            ".venster_vanaf": "tekst",
        },
        "init": {
            ".": "record", ".instellingen": "tekst", ".register": "tekst",
        },
        "intrekken": {
            ".": "record", ".datum": "tekst", ".hersteld": "lijst", ".maatregelen": "lijst", ".nummer": "tekst",
            ".reden": "tekst", ".soort": "tekst",
        },
        "intrekken_maatregel": {
            ".": "record", ".datum": "tekst", ".hersteld": "lijst", ".maatregelen": "lijst",
            ".maatregelen[]": "tekst", ".nummer": "tekst", ".reden": "tekst", ".soort": "tekst",
        },
        "inzage": {
            ".": "record", ".bestand": "tekst", ".bewaren_tot": "tekst", ".incidenten": "getal",
            ".maatregelen": "getal", ".ontvangen": "tekst", ".pdf": "null", ".pdf_fout": "null", ".persoon": "tekst",
            ".uiterlijk": "tekst",
        },
        "inzage_verzoek": {
            ".": "record", ".bestand": "null", ".bewaren_tot": "tekst", ".incidenten": "getal",
            ".maatregelen": "getal", ".ontvangen": "tekst", ".pdf": "null", ".pdf_fout": "null", ".persoon": "tekst",
            ".uiterlijk": "tekst",
        },
        "lijst": {
            ".": "lijst", "[]": "record", "[].datum": "tekst", "[].ernst": "tekst", "[].incident": "tekst",
            "[].kanaal": "tekst", "[].klasse": "tekst", "[].klasse_sleutel": "tekst", "[].naam": "tekst",
            "[].ontbrekend": "lijst", "[].persoon": "tekst", "[].status": "tekst", "[].tijd": "tekst",
        },
        "logboek_opvragingen": {
            ".": "lijst",
        },
        "maatregel": {
            ".": "record", ".advies": "tekst", ".afwijking": "bool", ".bestand": "null", ".datum": "tekst",
            ".duur_maanden": "null", ".einde": "null", ".incident": "tekst", ".ingang": "tekst",
            ".maatregel": "tekst", ".onbepaald": "bool", ".persoon": "tekst", ".soort": "tekst", ".status": "tekst",
            ".te_laat": "bool", ".toelichting": "tekst", ".vervangt_verbod": "lijst",
        },
        "melden": {
            ".": "record", ".bedoelt_u": "lijst", ".datum": "tekst", ".incident": "tekst",
            ".mogelijk_dubbel": "lijst", ".naam": "tekst", ".nieuw_persoon": "bool", ".ontbrekend": "lijst",
            ".persoon": "tekst", ".status": "tekst",
        },
        "melden_2": {
            ".": "record", ".bedoelt_u": "lijst", ".datum": "tekst", ".incident": "tekst",
            ".mogelijk_dubbel": "lijst", ".naam": "tekst", ".nieuw_persoon": "bool", ".ontbrekend": "lijst",
            ".persoon": "tekst", ".status": "tekst",
        },
        "melden_3": {
            ".": "record", ".bedoelt_u": "lijst", ".datum": "tekst", ".incident": "tekst",
            ".mogelijk_dubbel": "lijst", ".naam": "tekst", ".nieuw_persoon": "bool", ".ontbrekend": "lijst",
            ".persoon": "tekst", ".status": "tekst",
        },
        "melden_4": {
            ".": "record", ".bedoelt_u": "lijst", ".datum": "tekst", ".incident": "tekst",
            ".mogelijk_dubbel": "lijst", ".naam": "tekst", ".nieuw_persoon": "bool", ".ontbrekend": "lijst",
            ".persoon": "tekst", ".status": "tekst",
        },
        "melden_5": {
            ".": "record", ".bedoelt_u": "lijst", ".bedoelt_u[]": "record", ".bedoelt_u[].naam": "tekst",
            ".bedoelt_u[].persoon": "tekst", ".datum": "tekst", ".incident": "tekst", ".mogelijk_dubbel": "lijst",
            ".naam": "tekst", ".nieuw_persoon": "bool", ".ontbrekend": "lijst", ".persoon": "tekst",
            ".status": "tekst",
        },
        "melden_6": {
            ".": "record", ".bedoelt_u": "lijst", ".datum": "tekst", ".incident": "tekst",
            ".mogelijk_dubbel": "lijst", ".naam": "tekst", ".nieuw_persoon": "bool", ".ontbrekend": "lijst",
            ".persoon": "tekst", ".status": "tekst",
        },
        "melden_formulier": {
            ".": "lijst", "[]": "record", "[].bedoelt_u": "lijst", "[].datum": "tekst", "[].formulier": "tekst",
            "[].incident": "tekst", "[].mogelijk_dubbel": "lijst", "[].naam": "tekst", "[].nieuw_persoon": "bool",
            "[].ontbrekend": "lijst", "[].ontbrekend[]": "tekst", "[].persoon": "tekst", "[].status": "tekst",
        },
        "meldformulier": {
            ".": "record", ".bestand": "tekst", ".datum": "tekst", ".gemeente": "tekst", ".vragen": "lijst",
            ".vragen[]": "tekst",
        },
        "nazorg": {
            ".": "record", ".afgerond": "null", ".gesprek": "tekst", ".hulpverlening": "null", ".incident": "tekst",
            ".punten": "lijst", ".punten[]": "record", ".punten[].afgevinkt": "null|tekst",
            ".punten[].omschrijving": "tekst", ".punten[].op_tijd": "bool", ".punten[].open": "bool",
            ".punten[].soort": "tekst", ".punten[].uiterlijk": "tekst", ".punten[].verlopen": "bool",
            ".reactie": "null",
        },
        "opschonen": {
            ".": "record", ".achtergebleven": "lijst", ".bewaartermijn_jaren": "getal",
            ".brieven_zonder_maatregel": "lijst", ".niet_opgeschoond": "record",
            ".niet_opgeschoond.brieven_elders": "lijst", ".niet_opgeschoond.concepten_elders": "lijst",
            ".niet_opgeschoond.niet_verwijderd": "lijst", ".niet_opgeschoond.rapporten_met_namen": "lijst",
            ".peildatum": "tekst", ".personen": "lijst", ".uitgevoerd": "bool", ".verwijderd_bewijs": "lijst",
            ".verwijderde_brieven": "lijst", ".verwijderde_concepten": "lijst",
        },
        "rapport": {
            ".": "record", ".aangifte": "getal", ".aangiftes": "getal", ".aansprakelijkstellingen": "getal",
            ".bedrag_geclaimd": "getal", ".bestand": "tekst", ".herhaalde_personen": "getal", ".incidenten": "getal",
            ".jaar_eerder": "record", ".jaar_eerder.aangifte": "getal", ".jaar_eerder.aangiftes": "getal",
            ".jaar_eerder.aansprakelijkstellingen": "getal", ".jaar_eerder.bedrag_geclaimd": "getal",
            ".jaar_eerder.herhaalde_personen": "getal", ".jaar_eerder.incidenten": "getal",
            ".jaar_eerder.lopende_verboden": "getal", ".jaar_eerder.maatregelen": "record",
            ".jaar_eerder.maatregelen.aangifte": "getal", ".jaar_eerder.maatregelen.aansprakelijkstelling": "getal",
            ".jaar_eerder.maatregelen.niet-nakomen": "getal", ".jaar_eerder.maatregelen.ordegesprek": "getal",
            ".jaar_eerder.maatregelen.ordegesprek-bevestiging": "getal",
            ".jaar_eerder.maatregelen.registratie": "getal",
            ".jaar_eerder.maatregelen.toegangs-en-belverbod": "getal",
            ".jaar_eerder.maatregelen.toegangsverbod": "getal", ".jaar_eerder.maatregelen.waarschuwing": "getal",
            ".jaar_eerder.nazorggesprek": "record", ".jaar_eerder.nazorggesprek.aandeel": "null",
            ".jaar_eerder.nazorggesprek.op_tijd": "getal", ".jaar_eerder.nazorggesprek.totaal": "getal",
            ".jaar_eerder.open": "getal", ".jaar_eerder.per_afdeling": "record", ".jaar_eerder.per_ernst": "record",
            ".jaar_eerder.per_ernst.agressief": "getal", ".jaar_eerder.per_ernst.licht": "getal",
            ".jaar_eerder.per_ernst.strafbaar": "getal", ".jaar_eerder.per_kanaal": "record",
            ".jaar_eerder.per_kanaal.balie": "getal", ".jaar_eerder.per_kanaal.bedrijfscontrole": "getal",
            ".jaar_eerder.per_kanaal.elders": "getal", ".jaar_eerder.per_kanaal.huisbezoek": "getal",
            ".jaar_eerder.per_kanaal.schriftelijk": "getal", ".jaar_eerder.per_kanaal.spreekkamer": "getal",
            ".jaar_eerder.per_kanaal.telefoon": "getal", ".jaar_eerder.per_vorm": "record",
            ".jaar_eerder.per_vorm.discriminatie": "getal", ".jaar_eerder.per_vorm.fysiek": "getal",
            ".jaar_eerder.per_vorm.hinderlijk": "getal", ".jaar_eerder.per_vorm.seksuele-intimidatie": "getal",
            ".jaar_eerder.per_vorm.verbaal": "getal", ".jaar_eerder.periode": "tekst",
            ".jaar_eerder.politie": "getal", ".jaar_eerder.schade": "record",
            ".jaar_eerder.schade.lichamelijk letsel": "getal", ".jaar_eerder.schade.materiële schade": "getal",
            ".jaar_eerder.schade.psychische klachten": "getal", ".jaar_eerder.te_laat": "getal",
            ".jaar_eerder.tot": "tekst", ".jaar_eerder.van": "tekst", ".jaar_eerder.verplichtingen_open": "getal",
            ".lopende_verboden": "getal", ".maatregelen": "record", ".maatregelen.aangifte": "getal",
            ".maatregelen.aansprakelijkstelling": "getal", ".maatregelen.niet-nakomen": "getal",
            ".maatregelen.ordegesprek": "getal", ".maatregelen.ordegesprek-bevestiging": "getal",
            ".maatregelen.registratie": "getal", ".maatregelen.toegangs-en-belverbod": "getal",
            ".maatregelen.toegangsverbod": "getal", ".maatregelen.waarschuwing": "getal", ".nazorggesprek": "record",
            ".nazorggesprek.aandeel": "getal", ".nazorggesprek.op_tijd": "getal", ".nazorggesprek.totaal": "getal",
            ".open": "getal", ".per_afdeling": "record", ".per_afdeling.(onbekend)": "getal",
            ".per_afdeling.Burgerzaken": "getal", ".per_ernst": "record", ".per_ernst.agressief": "getal",
            ".per_ernst.licht": "getal", ".per_ernst.strafbaar": "getal", ".per_kanaal": "record",
            ".per_kanaal.balie": "getal", ".per_kanaal.bedrijfscontrole": "getal", ".per_kanaal.elders": "getal",
            ".per_kanaal.huisbezoek": "getal", ".per_kanaal.schriftelijk": "getal",
            ".per_kanaal.spreekkamer": "getal", ".per_kanaal.telefoon": "getal", ".per_vorm": "record",
            ".per_vorm.discriminatie": "getal", ".per_vorm.fysiek": "getal", ".per_vorm.hinderlijk": "getal",
            ".per_vorm.seksuele-intimidatie": "getal", ".per_vorm.verbaal": "getal", ".periode": "tekst",
            ".politie": "getal", ".schade": "record", ".schade.lichamelijk letsel": "getal",
            ".schade.materiële schade": "getal", ".schade.psychische klachten": "getal", ".te_laat": "getal",
            ".tot": "tekst", ".trend": "lijst", ".trend[]": "record", ".trend[].agressief": "getal",
            ".trend[].kwartaal": "tekst", ".trend[].licht": "getal", ".trend[].na_de_brief": "record",
            ".trend[].na_de_brief.aangiftes": "getal", ".trend[].na_de_brief.aansprakelijkstellingen": "getal",
            ".trend[].na_de_brief.bedrag_geclaimd": "getal", ".trend[].na_de_brief.nazorggesprek": "record",
            ".trend[].na_de_brief.nazorggesprek.aandeel": "getal|null",
            ".trend[].na_de_brief.nazorggesprek.op_tijd": "getal",
            ".trend[].na_de_brief.nazorggesprek.totaal": "getal", ".trend[].strafbaar": "getal",
            ".trend[].totaal": "getal", ".van": "tekst", ".verplichtingen_open": "getal", ".voorlopig": "bool",
            ".vorige_periode": "record", ".vorige_periode.aangifte": "getal", ".vorige_periode.aangiftes": "getal",
            ".vorige_periode.aansprakelijkstellingen": "getal", ".vorige_periode.bedrag_geclaimd": "getal",
            ".vorige_periode.herhaalde_personen": "getal", ".vorige_periode.incidenten": "getal",
            ".vorige_periode.lopende_verboden": "getal", ".vorige_periode.maatregelen": "record",
            ".vorige_periode.maatregelen.aangifte": "getal",
            ".vorige_periode.maatregelen.aansprakelijkstelling": "getal",
            ".vorige_periode.maatregelen.niet-nakomen": "getal", ".vorige_periode.maatregelen.ordegesprek": "getal",
            ".vorige_periode.maatregelen.ordegesprek-bevestiging": "getal",
            ".vorige_periode.maatregelen.registratie": "getal",
            ".vorige_periode.maatregelen.toegangs-en-belverbod": "getal",
            ".vorige_periode.maatregelen.toegangsverbod": "getal",
            ".vorige_periode.maatregelen.waarschuwing": "getal", ".vorige_periode.nazorggesprek": "record",
            ".vorige_periode.nazorggesprek.aandeel": "null", ".vorige_periode.nazorggesprek.op_tijd": "getal",
            ".vorige_periode.nazorggesprek.totaal": "getal", ".vorige_periode.open": "getal",
            ".vorige_periode.per_afdeling": "record", ".vorige_periode.per_ernst": "record",
            ".vorige_periode.per_ernst.agressief": "getal", ".vorige_periode.per_ernst.licht": "getal",
            ".vorige_periode.per_ernst.strafbaar": "getal", ".vorige_periode.per_kanaal": "record",
            ".vorige_periode.per_kanaal.balie": "getal", ".vorige_periode.per_kanaal.bedrijfscontrole": "getal",
            ".vorige_periode.per_kanaal.elders": "getal", ".vorige_periode.per_kanaal.huisbezoek": "getal",
            ".vorige_periode.per_kanaal.schriftelijk": "getal", ".vorige_periode.per_kanaal.spreekkamer": "getal",
            ".vorige_periode.per_kanaal.telefoon": "getal", ".vorige_periode.per_vorm": "record",
            ".vorige_periode.per_vorm.discriminatie": "getal", ".vorige_periode.per_vorm.fysiek": "getal",
            ".vorige_periode.per_vorm.hinderlijk": "getal", ".vorige_periode.per_vorm.seksuele-intimidatie": "getal",
            ".vorige_periode.per_vorm.verbaal": "getal", ".vorige_periode.periode": "tekst",
            ".vorige_periode.politie": "getal", ".vorige_periode.schade": "record",
            ".vorige_periode.schade.lichamelijk letsel": "getal", ".vorige_periode.schade.materiële schade": "getal",
            ".vorige_periode.schade.psychische klachten": "getal", ".vorige_periode.te_laat": "getal",
            ".vorige_periode.tot": "tekst", ".vorige_periode.van": "tekst",
            ".vorige_periode.verplichtingen_open": "getal",
        },
        "reactie": {
            ".": "record", ".datum": "tekst", ".nummer": "tekst", ".uiterlijk": "tekst", ".vorm": "tekst",
        },
        "reactie_voornemen": {
            ".": "record", ".datum": "tekst", ".nummer": "tekst", ".uiterlijk": "null", ".vorm": "tekst",
        },
        "samenvoegen": {
            ".": "record", ".aangevuld": "lijst", ".incidenten": "lijst", ".incidenten[]": "tekst",
            ".niet_overgenomen": "lijst", ".persoon": "tekst", ".verwijderd": "tekst", ".was_niet_dezelfde": "bool",
        },
        "samenvoegen_niet": {
            ".": "record", ".niet_dezelfde": "tekst", ".persoon": "tekst",
        },
        "sjablonen": {
            ".": "record", ".alles_goed": "bool", ".map": "tekst", ".sjablonen": "lijst", ".sjablonen[]": "record",
            ".sjablonen[].bestand": "tekst", ".sjablonen[].goed": "bool", ".sjablonen[].problemen": "lijst",
        },
        "termijnen": {
            ".": "lijst", "[]": "record", "[].dagen": "getal", "[].incident": "tekst", "[].omschrijving": "tekst",
            "[].opdracht": "tekst", "[].persoon": "null", "[].soort": "tekst", "[].uiterlijk": "tekst",
            "[].verlopen": "bool",
        },
        "verboden": {
            ".": "lijst", "[]": "record", "[].bellen": "bool", "[].einde": "tekst", "[].geboortedatum": "null",
            "[].incident": "tekst", "[].ingang": "tekst", "[].label": "tekst", "[].maatregel": "tekst",
            "[].naam": "tekst", "[].persoon": "tekst", "[].soort": "tekst", "[].toegang": "bool",
            "[].vervangen_door": "null", "[].vervangen_per": "null", "[].vervangt": "lijst",
        },
        "verboden_uit": {
            ".": "record", ".aantal": "getal", ".bestand": "tekst", ".gemaakt": "tekst", ".peildatum": "tekst",
            ".verboden": "lijst", ".verboden[]": "record", ".verboden[].bellen": "bool", ".verboden[].einde": "tekst",
            ".verboden[].geboortedatum": "null", ".verboden[].incident": "tekst", ".verboden[].ingang": "tekst",
            ".verboden[].label": "tekst", ".verboden[].maatregel": "tekst", ".verboden[].naam": "tekst",
            ".verboden[].persoon": "tekst", ".verboden[].soort": "tekst", ".verboden[].toegang": "bool",
            ".verboden[].vervangen_door": "null", ".verboden[].vervangen_per": "null",
            ".verboden[].vervangt": "lijst",
        },
        "verplichtingen": {
            ".": "record", ".ambtsdragers_ingelicht": "null", ".bedrijfsarts": "null", ".besproken": "null",
            ".burgemeester_ingelicht": "null", ".contactpersoon": "null", ".herstel": "null",
            ".hulpinstantie": "null", ".incident": "tekst", ".melding": "null", ".nabespreking": "tekst",
            ".opvang_bezoekers": "null", ".overdracht_uitkering": "null", ".reden_geen_aangifte": "null",
            ".reden_geen_verhaal": "null", ".reden_niet_besproken": "null", ".verplichtingen": "lijst",
            ".verplichtingen[]": "record", ".verplichtingen[].omschrijving": "tekst",
            ".verplichtingen[].op_tijd": "bool|null", ".verplichtingen[].opdracht": "tekst",
            ".verplichtingen[].open": "bool", ".verplichtingen[].reden": "null", ".verplichtingen[].soort": "tekst",
            ".verplichtingen[].uiterlijk": "tekst", ".verplichtingen[].vastgelegd": "null|tekst",
            ".verplichtingen[].vastgelegd_met": "null|tekst", ".verplichtingen[].verlopen": "bool",
            ".vervolgstappen": "null",
        },
        "verzoek": {
            ".": "record", ".datum": "tekst", ".maatregel": "tekst", ".uiterlijk": "tekst",
        },
        "verzonden": {
            ".": "record", ".incident": "tekst", ".maatregel": "tekst", ".status": "tekst", ".verzonden": "tekst",
            ".waarschuwingen": "lijst", ".wijze": "tekst",
        },
    },
    "losser": {
        "aangifte": {
            ".": "record", ".bestand": "tekst", ".incident": "tekst", ".lokaalvredebreuk": "bool",
            ".maatregel": "tekst", ".nieuw": "bool", ".onder_nummer": "null", ".pdf": "null", ".pdf_fout": "null",
            ".waarschuwingen": "lijst",
        },
        "aanvullen": {
            ".": "record", ".gewijzigd": "lijst", ".gewijzigd[]": "record", ".gewijzigd[].nieuw": "tekst",
            ".gewijzigd[].oud": "tekst", ".gewijzigd[].veld": "tekst", ".incident": "tekst", ".ontbrekend": "lijst",
            ".persoon": "tekst", ".persoon_verwijderd": "null", ".status": "tekst",
        },
        "advies": {
            ".": "record", ".aangifte": "bool", ".actieve_verboden": "lijst", ".bedoelt_u": "lijst",
            ".beslist": "null", ".brief": "bool", ".buiten_venster": "lijst", ".duur_bepalen": "bool",
            ".handhaven": "null", ".herhaling": "getal", ".incident": "tekst", ".informeren": "lijst",
            ".informeren[]": "tekst", ".keuze": "lijst", ".label": "tekst", ".maatregelen_meegeteld": "lijst",
            ".meegeteld": "lijst", ".overtreding": "null", ".regel": "tekst", ".soort": "tekst",
            ".uiterlijk": "tekst", ".uitleg": "tekst", ".vervolg": "null", ".waarschuwingen": "lijst",
        },
        "advies_bedoelt_u": {
            ".": "record", ".aangifte": "bool", ".actieve_verboden": "lijst", ".bedoelt_u": "lijst",
            ".bedoelt_u[]": "record", ".bedoelt_u[].naam": "tekst", ".bedoelt_u[].persoon": "tekst",
            ".beslist": "null", ".brief": "bool", ".buiten_venster": "lijst", ".duur_bepalen": "bool",
            ".handhaven": "null", ".herhaling": "getal", ".incident": "tekst", ".informeren": "lijst",
            ".informeren[]": "tekst", ".keuze": "lijst", ".label": "tekst", ".maatregelen_meegeteld": "lijst",
            ".meegeteld": "lijst", ".overtreding": "null", ".regel": "tekst", ".soort": "tekst",
            ".uiterlijk": "tekst", ".uitleg": "tekst", ".vervolg": "null", ".waarschuwingen": "lijst",
        },
        "afsluiten": {
            ".": "record", ".incident": "tekst", ".status": "tekst",
        },
        "bewijs": {
            ".": "record", ".incident": "tekst", ".toegevoegd": "lijst", ".toegevoegd[]": "record",
            ".toegevoegd[].bestand": "tekst", ".toegevoegd[].naam": "tekst", ".toegevoegd[].sha256": "tekst",
            ".totaal": "getal",
        },
        "bezoek": {
            ".": "record", ".datum": "tekst", ".persoon": "tekst", ".tijd": "tekst", ".waarschuwen": "tekst",
        },
        "brief": {
            ".": "record", ".advies": "tekst", ".afwijking": "bool", ".bedoelt_u": "lijst", ".bestand": "tekst",
            ".datum": "tekst", ".duur_maanden": "getal", ".einde": "tekst", ".incident": "tekst", ".ingang": "tekst",
            ".maatregel": "tekst", ".nieuw": "bool", ".onbepaald": "bool", ".pdf": "null", ".pdf_fout": "null",
            ".persoon": "tekst", ".soort": "tekst", ".te_laat": "bool", ".toelichting": "tekst", ".vervangt": "lijst",
            ".vervangt_verbod": "lijst", ".waarschuwingen": "lijst", ".waarschuwingen[]": "tekst",
        },
        "brief_aansprakelijkstelling": {
            ".": "record", ".advies": "tekst", ".afwijking": "bool", ".bedoelt_u": "lijst", ".bedrag": "tekst",
            ".bestand": "tekst", ".datum": "tekst", ".duur_maanden": "null", ".einde": "null", ".incident": "tekst",
            ".ingang": "tekst", ".maatregel": "tekst", ".nieuw": "bool", ".onbepaald": "bool", ".pdf": "null",
            ".pdf_fout": "null", ".persoon": "tekst", ".soort": "tekst", ".te_laat": "bool", ".toelichting": "null",
            ".vervangt": "lijst", ".vervangt_verbod": "lijst", ".waarschuwingen": "lijst",
            ".waarschuwingen[]": "tekst",
        },
        "brief_goedkeuring": {
            ".": "record", ".advies": "tekst", ".afwijking": "bool", ".bedoelt_u": "lijst", ".bestand": "tekst",
            ".datum": "tekst", ".duur_maanden": "getal", ".einde": "tekst", ".incident": "tekst", ".ingang": "tekst",
            ".maatregel": "tekst", ".nieuw": "bool", ".onbepaald": "bool", ".pdf": "null", ".pdf_fout": "null",
            ".persoon": "tekst", ".soort": "tekst", ".te_laat": "bool", ".toelichting": "tekst", ".vervangt": "lijst",
            ".vervangt_verbod": "lijst", ".waarschuwingen": "lijst", ".waarschuwingen[]": "tekst",
        },
        "brief_herziening": {
            ".": "record", ".bestand": "tekst", ".nummer": "tekst", ".pdf": "null", ".pdf_fout": "null",
            ".reactie_uiterlijk": "null", ".soort": "tekst", ".waarschuwingen": "lijst", ".waarschuwingen[]": "tekst",
        },
        "brief_twee": {
            ".": "record", ".brieven": "lijst", ".brieven[]": "record", ".brieven[].advies": "tekst",
            ".brieven[].afwijking": "bool", ".brieven[].bedoelt_u": "lijst", ".brieven[].bestand": "tekst",
            ".brieven[].datum": "tekst", ".brieven[].duur_maanden": "null", ".brieven[].einde": "null",
            ".brieven[].incident": "tekst", ".brieven[].ingang": "tekst", ".brieven[].maatregel": "tekst",
            ".brieven[].nieuw": "bool", ".brieven[].onbepaald": "bool", ".brieven[].pdf": "null",
            ".brieven[].pdf_fout": "null", ".brieven[].persoon": "tekst", ".brieven[].soort": "tekst",
            ".brieven[].te_laat": "bool", ".brieven[].toelichting": "tekst", ".brieven[].vervangt": "lijst",
            ".brieven[].vervangt_verbod": "lijst", ".brieven[].waarschuwingen": "lijst",
            ".brieven[].waarschuwingen[]": "tekst", ".fouten": "lijst",
        },
        "brief_voornemen": {
            ".": "record", ".bestand": "tekst", ".nummer": "tekst", ".pdf": "null", ".pdf_fout": "null",
            ".reactie_uiterlijk": "tekst", ".soort": "tekst", ".waarschuwingen": "lijst",
            ".waarschuwingen[]": "tekst",
        },
        "doorsturen": {
            ".": "record", ".aan": "tekst", ".bestand": "tekst", ".doorgestuurd": "tekst", ".email": "tekst",
            ".incident": "tekst", ".klaargezet": "tekst", ".maatregel_besloten": "bool", ".onderwerp": "tekst",
            ".ontbrekend": "lijst", ".vervangen": "bool",
        },
        "doorsturen_verzonden": {
            ".": "record", ".aan": "tekst", ".eerder": "null", ".incident": "tekst", ".klaargezet": "tekst",
            ".verzonden": "tekst",
        },
        "gebruiker_lijst": {
            ".": "lijst", "[]": "record", "[].afdelingen": "lijst", "[].naam": "tekst", "[].rol": "tekst",
        },
        "gebruiker_toevoegen": {
            ".": "record", ".afdelingen": "lijst", ".naam": "tekst", ".rol": "tekst",
        },
        "gebruiker_verwijderen": {
            ".": "record", ".afdelingen": "lijst", ".naam": "tekst", ".rol": "tekst",
        },
        "gebruiker_wachtwoord": {
            ".": "record", ".afdelingen": "lijst", ".naam": "tekst", ".rol": "tekst",
        },
        "goedkeuren": {
            ".": "record", ".besloten_door": "tekst", ".goedgekeurd": "tekst", ".goedgekeurd_door": "tekst",
            ".maatregel": "tekst",
        },
        "herstel": {
            ".": "record", ".apart": "tekst", ".incidenten": "getal", ".kopie": "tekst", ".na_opschonen": "bool",
        },
        "herstel_lijst": {
            ".": "lijst", "[]": "record", "[].bestand": "tekst", "[].gemaakt": "tekst", "[].grootte": "getal",
            "[].handeling": "tekst", "[].incidenten": "getal", "[].leesbaar": "bool", "[].nummer": "getal",
            "[].voor_opschonen": "bool",
        },
        "herzien": {
            ".": "record", ".beantwoord": "lijst", ".beantwoord[]": "tekst", ".datum": "tekst", ".maatregel": "tekst",
            ".nieuw": "null", ".nieuw_einde": "null", ".nieuw_soort": "null", ".opgeheven": "tekst",
            ".recent_incident": "tekst", ".reden": "tekst", ".uitkomst": "tekst",
        },
        "historie": {
            ".": "record", ".actieve_verboden": "lijst", ".actieve_verboden[]": "record",
            ".actieve_verboden[].actief": "bool", ".actieve_verboden[].afspraken": "lijst",
            ".actieve_verboden[].afwijking": "bool", ".actieve_verboden[].besloten_door": "tekst",
            ".actieve_verboden[].bestand": "tekst", ".actieve_verboden[].datum": "tekst",
            ".actieve_verboden[].duur": "getal", ".actieve_verboden[].einde": "tekst",
            ".actieve_verboden[].gesprek": "null", ".actieve_verboden[].goedgekeurd": "null",
            ".actieve_verboden[].goedgekeurd_door": "null", ".actieve_verboden[].herzien_op": "null",
            ".actieve_verboden[].herzieningen": "lijst", ".actieve_verboden[].incident": "tekst",
            ".actieve_verboden[].ingang": "tekst", ".actieve_verboden[].ingetrokken": "null",
            ".actieve_verboden[].label": "tekst", ".actieve_verboden[].maatregel": "tekst",
            ".actieve_verboden[].opgeheven": "null", ".actieve_verboden[].reacties": "lijst",
            ".actieve_verboden[].reden": "null", ".actieve_verboden[].soort": "tekst",
            ".actieve_verboden[].status": "tekst", ".actieve_verboden[].toelichting": "tekst",
            ".actieve_verboden[].uitkomst": "null", ".actieve_verboden[].vervangen_door": "null",
            ".actieve_verboden[].vervangen_per": "null", ".actieve_verboden[].verzoeken": "lijst",
            ".actieve_verboden[].verzonden": "tekst", ".binnen_venster": "lijst", ".binnen_venster[]": "tekst",
            ".geboortedatum": "null", ".incidenten": "lijst", ".incidenten[]": "record",
            ".incidenten[].binnen_venster": "bool", ".incidenten[].datum": "tekst", ".incidenten[].gedrag": "tekst",
            ".incidenten[].incident": "tekst", ".incidenten[].kanaal": "tekst", ".incidenten[].klasse": "tekst",
            ".incidenten[].klasse_sleutel": "tekst", ".incidenten[].status": "tekst", ".incidenten[].tijd": "tekst",
            ".incidenten[].vorm": "lijst", ".incidenten[].vorm[]": "tekst", ".maatregelen": "lijst",
            ".maatregelen[]": "record", ".maatregelen[].actief": "bool", ".maatregelen[].afwijking": "bool",
            ".maatregelen[].besloten_door": "null|tekst", ".maatregelen[].bestand": "null|tekst",
            ".maatregelen[].datum": "tekst", ".maatregelen[].duur": "getal|null",
            ".maatregelen[].einde": "null|tekst", ".maatregelen[].goedgekeurd": "null",
            ".maatregelen[].goedgekeurd_door": "null", ".maatregelen[].herzien_op": "null",
            ".maatregelen[].herzieningen": "lijst", ".maatregelen[].incident": "tekst",
            ".maatregelen[].ingang": "tekst", ".maatregelen[].ingetrokken": "null", ".maatregelen[].label": "tekst",
            ".maatregelen[].maatregel": "tekst", ".maatregelen[].opgeheven": "null",
            ".maatregelen[].reacties": "lijst", ".maatregelen[].reden": "null", ".maatregelen[].soort": "tekst",
            ".maatregelen[].status": "tekst", ".maatregelen[].toelichting": "null|tekst",
            ".maatregelen[].uitkomst": "null", ".maatregelen[].vervangen_door": "null",
            ".maatregelen[].vervangen_per": "null", ".maatregelen[].verzoeken": "lijst",
            ".maatregelen[].verzonden": "null|tekst", ".naam": "tekst", ".peildatum": "tekst", ".persoon": "tekst",
            ".venster_vanaf": "tekst",
        },
        "init": {
            ".": "record", ".instellingen": "tekst", ".register": "tekst",
        },
        "intrekken": {
            ".": "record", ".datum": "tekst", ".hersteld": "lijst", ".maatregelen": "lijst", ".nummer": "tekst",
            ".reden": "tekst", ".soort": "tekst",
        },
        "intrekken_maatregel": {
            ".": "record", ".datum": "tekst", ".hersteld": "lijst", ".maatregelen": "lijst",
            ".maatregelen[]": "tekst", ".nummer": "tekst", ".reden": "tekst", ".soort": "tekst",
        },
        "inzage": {
            ".": "record", ".bestand": "tekst", ".bewaren_tot": "tekst", ".incidenten": "getal",
            ".maatregelen": "getal", ".ontvangen": "tekst", ".pdf": "null", ".pdf_fout": "null", ".persoon": "tekst",
            ".uiterlijk": "tekst",
        },
        "inzage_verzoek": {
            ".": "record", ".bestand": "null", ".bewaren_tot": "tekst", ".incidenten": "getal",
            ".maatregelen": "getal", ".ontvangen": "tekst", ".pdf": "null", ".pdf_fout": "null", ".persoon": "tekst",
            ".uiterlijk": "tekst",
        },
        "lijst": {
            ".": "lijst", "[]": "record", "[].datum": "tekst", "[].gedrag": "tekst", "[].incident": "tekst",
            "[].kanaal": "tekst", "[].klasse": "tekst", "[].klasse_sleutel": "tekst", "[].naam": "tekst",
            "[].ontbrekend": "lijst", "[].persoon": "tekst", "[].status": "tekst", "[].tijd": "tekst",
        },
        "logboek_opvragingen": {
            ".": "lijst",
        },
        "maatregel": {
            ".": "record", ".advies": "tekst", ".afwijking": "bool", ".bestand": "null", ".datum": "tekst",
            ".duur_maanden": "null", ".einde": "null", ".incident": "tekst", ".ingang": "tekst",
            ".maatregel": "tekst", ".onbepaald": "bool", ".persoon": "tekst", ".soort": "tekst", ".status": "tekst",
            ".te_laat": "bool", ".toelichting": "tekst", ".vervangt_verbod": "lijst",
        },
        "melden": {
            ".": "record", ".bedoelt_u": "lijst", ".datum": "tekst", ".incident": "tekst",
            ".mogelijk_dubbel": "lijst", ".naam": "tekst", ".nieuw_persoon": "bool", ".ontbrekend": "lijst",
            ".persoon": "tekst", ".status": "tekst",
        },
        "melden_2": {
            ".": "record", ".bedoelt_u": "lijst", ".datum": "tekst", ".incident": "tekst",
            ".mogelijk_dubbel": "lijst", ".naam": "tekst", ".nieuw_persoon": "bool", ".ontbrekend": "lijst",
            ".persoon": "tekst", ".status": "tekst",
        },
        "melden_3": {
            ".": "record", ".bedoelt_u": "lijst", ".datum": "tekst", ".incident": "tekst",
            ".mogelijk_dubbel": "lijst", ".naam": "tekst", ".nieuw_persoon": "bool", ".ontbrekend": "lijst",
            ".persoon": "tekst", ".status": "tekst",
        },
        "melden_4": {
            ".": "record", ".bedoelt_u": "lijst", ".datum": "tekst", ".incident": "tekst",
            ".mogelijk_dubbel": "lijst", ".naam": "tekst", ".nieuw_persoon": "bool", ".ontbrekend": "lijst",
            ".persoon": "tekst", ".status": "tekst",
        },
        "melden_5": {
            ".": "record", ".bedoelt_u": "lijst", ".bedoelt_u[]": "record", ".bedoelt_u[].naam": "tekst",
            ".bedoelt_u[].persoon": "tekst", ".datum": "tekst", ".incident": "tekst", ".mogelijk_dubbel": "lijst",
            ".naam": "tekst", ".nieuw_persoon": "bool", ".ontbrekend": "lijst", ".persoon": "tekst",
            ".status": "tekst",
        },
        "melden_6": {
            ".": "record", ".bedoelt_u": "lijst", ".datum": "tekst", ".incident": "tekst",
            ".mogelijk_dubbel": "lijst", ".naam": "tekst", ".nieuw_persoon": "bool", ".ontbrekend": "lijst",
            ".persoon": "tekst", ".status": "tekst",
        },
        "melden_formulier": {
            ".": "lijst", "[]": "record", "[].bedoelt_u": "lijst", "[].datum": "tekst", "[].formulier": "tekst",
            "[].incident": "tekst", "[].mogelijk_dubbel": "lijst", "[].naam": "tekst", "[].nieuw_persoon": "bool",
            "[].ontbrekend": "lijst", "[].ontbrekend[]": "tekst", "[].persoon": "tekst", "[].status": "tekst",
        },
        "meldformulier": {
            ".": "record", ".bestand": "tekst", ".datum": "tekst", ".gemeente": "tekst", ".vragen": "lijst",
            ".vragen[]": "tekst",
        },
        "nazorg": {
            ".": "record", ".afgerond": "null", ".gesprek": "tekst", ".hulpverlening": "null", ".incident": "tekst",
            ".punten": "lijst", ".punten[]": "record", ".punten[].afgevinkt": "null|tekst",
            ".punten[].omschrijving": "tekst", ".punten[].op_tijd": "bool", ".punten[].open": "bool",
            ".punten[].soort": "tekst", ".punten[].uiterlijk": "tekst", ".punten[].verlopen": "bool",
            ".reactie": "null",
        },
        "opschonen": {
            ".": "record", ".achtergebleven": "lijst", ".bewaartermijn_jaren": "getal",
            ".brieven_zonder_maatregel": "lijst", ".niet_opgeschoond": "record",
            ".niet_opgeschoond.brieven_elders": "lijst", ".niet_opgeschoond.concepten_elders": "lijst",
            ".niet_opgeschoond.niet_verwijderd": "lijst", ".niet_opgeschoond.rapporten_met_namen": "lijst",
            ".peildatum": "tekst", ".personen": "lijst", ".uitgevoerd": "bool", ".verwijderd_bewijs": "lijst",
            ".verwijderde_brieven": "lijst", ".verwijderde_concepten": "lijst",
        },
        "rapport": {
            ".": "record", ".aangifte": "getal", ".aangiftes": "getal", ".aansprakelijkstellingen": "getal",
            ".bedrag_geclaimd": "getal", ".bestand": "tekst", ".herhaalde_personen": "getal", ".incidenten": "getal",
            ".jaar_eerder": "record", ".jaar_eerder.aangifte": "getal", ".jaar_eerder.aangiftes": "getal",
            ".jaar_eerder.aansprakelijkstellingen": "getal", ".jaar_eerder.bedrag_geclaimd": "getal",
            ".jaar_eerder.herhaalde_personen": "getal", ".jaar_eerder.incidenten": "getal",
            ".jaar_eerder.lopende_verboden": "getal", ".jaar_eerder.maatregelen": "record",
            ".jaar_eerder.maatregelen.aangifte": "getal", ".jaar_eerder.maatregelen.aansprakelijkstelling": "getal",
            ".jaar_eerder.maatregelen.bedreiging": "getal", ".jaar_eerder.maatregelen.belverbod": "getal",
            ".jaar_eerder.maatregelen.registratie": "getal", ".jaar_eerder.maatregelen.toegangsverbod": "getal",
            ".jaar_eerder.maatregelen.waarschuwing": "getal", ".jaar_eerder.nazorggesprek": "record",
            ".jaar_eerder.nazorggesprek.aandeel": "null", ".jaar_eerder.nazorggesprek.op_tijd": "getal",
            ".jaar_eerder.nazorggesprek.totaal": "getal", ".jaar_eerder.open": "getal",
            ".jaar_eerder.per_afdeling": "record", ".jaar_eerder.per_gedrag": "record",
            ".jaar_eerder.per_gedrag.A": "getal", ".jaar_eerder.per_gedrag.B": "getal",
            ".jaar_eerder.per_gedrag.C": "getal", ".jaar_eerder.per_gedrag.D": "getal",
            ".jaar_eerder.per_gedrag.E": "getal", ".jaar_eerder.per_kanaal": "record",
            ".jaar_eerder.per_kanaal.balie": "getal", ".jaar_eerder.per_kanaal.bedrijfscontrole": "getal",
            ".jaar_eerder.per_kanaal.elders": "getal", ".jaar_eerder.per_kanaal.huisbezoek": "getal",
            ".jaar_eerder.per_kanaal.schriftelijk": "getal", ".jaar_eerder.per_kanaal.spreekkamer": "getal",
            ".jaar_eerder.per_kanaal.telefoon": "getal", ".jaar_eerder.per_vorm": "record",
            ".jaar_eerder.per_vorm.discriminatie": "getal", ".jaar_eerder.per_vorm.fysiek": "getal",
            ".jaar_eerder.per_vorm.hinderlijk": "getal", ".jaar_eerder.per_vorm.seksuele-intimidatie": "getal",
            ".jaar_eerder.per_vorm.verbaal": "getal", ".jaar_eerder.periode": "tekst",
            ".jaar_eerder.politie": "getal", ".jaar_eerder.schade": "record",
            ".jaar_eerder.schade.lichamelijk letsel": "getal", ".jaar_eerder.schade.materiële schade": "getal",
            ".jaar_eerder.schade.psychische klachten": "getal", ".jaar_eerder.te_laat": "getal",
            ".jaar_eerder.tot": "tekst", ".jaar_eerder.van": "tekst", ".jaar_eerder.verplichtingen_open": "getal",
            ".lopende_verboden": "getal", ".maatregelen": "record", ".maatregelen.aangifte": "getal",
            ".maatregelen.aansprakelijkstelling": "getal", ".maatregelen.bedreiging": "getal",
            ".maatregelen.belverbod": "getal", ".maatregelen.registratie": "getal",
            ".maatregelen.toegangsverbod": "getal", ".maatregelen.waarschuwing": "getal", ".nazorggesprek": "record",
            ".nazorggesprek.aandeel": "getal", ".nazorggesprek.op_tijd": "getal", ".nazorggesprek.totaal": "getal",
            ".open": "getal", ".per_afdeling": "record", ".per_afdeling.(onbekend)": "getal",
            ".per_afdeling.Burgerzaken": "getal", ".per_gedrag": "record", ".per_gedrag.A": "getal",
            ".per_gedrag.B": "getal", ".per_gedrag.C": "getal", ".per_gedrag.D": "getal", ".per_gedrag.E": "getal",
            ".per_kanaal": "record", ".per_kanaal.balie": "getal", ".per_kanaal.bedrijfscontrole": "getal",
            ".per_kanaal.elders": "getal", ".per_kanaal.huisbezoek": "getal", ".per_kanaal.schriftelijk": "getal",
            ".per_kanaal.spreekkamer": "getal", ".per_kanaal.telefoon": "getal", ".per_vorm": "record",
            ".per_vorm.discriminatie": "getal", ".per_vorm.fysiek": "getal", ".per_vorm.hinderlijk": "getal",
            ".per_vorm.seksuele-intimidatie": "getal", ".per_vorm.verbaal": "getal", ".periode": "tekst",
            ".politie": "getal", ".schade": "record", ".schade.lichamelijk letsel": "getal",
            ".schade.materiële schade": "getal", ".schade.psychische klachten": "getal", ".te_laat": "getal",
            ".tot": "tekst", ".trend": "lijst", ".trend[]": "record", ".trend[].A": "getal", ".trend[].B": "getal",
            ".trend[].C": "getal", ".trend[].D": "getal", ".trend[].E": "getal", ".trend[].kwartaal": "tekst",
            ".trend[].na_de_brief": "record", ".trend[].na_de_brief.aangiftes": "getal",
            ".trend[].na_de_brief.aansprakelijkstellingen": "getal", ".trend[].na_de_brief.bedrag_geclaimd": "getal",
            ".trend[].na_de_brief.nazorggesprek": "record",
            ".trend[].na_de_brief.nazorggesprek.aandeel": "getal|null",
            ".trend[].na_de_brief.nazorggesprek.op_tijd": "getal",
            ".trend[].na_de_brief.nazorggesprek.totaal": "getal", ".trend[].totaal": "getal", ".van": "tekst",
            ".verplichtingen_open": "getal", ".voorlopig": "bool", ".vorige_periode": "record",
            ".vorige_periode.aangifte": "getal", ".vorige_periode.aangiftes": "getal",
            ".vorige_periode.aansprakelijkstellingen": "getal", ".vorige_periode.bedrag_geclaimd": "getal",
            ".vorige_periode.herhaalde_personen": "getal", ".vorige_periode.incidenten": "getal",
            ".vorige_periode.lopende_verboden": "getal", ".vorige_periode.maatregelen": "record",
            ".vorige_periode.maatregelen.aangifte": "getal",
            ".vorige_periode.maatregelen.aansprakelijkstelling": "getal",
            ".vorige_periode.maatregelen.bedreiging": "getal", ".vorige_periode.maatregelen.belverbod": "getal",
            ".vorige_periode.maatregelen.registratie": "getal", ".vorige_periode.maatregelen.toegangsverbod": "getal",
            ".vorige_periode.maatregelen.waarschuwing": "getal", ".vorige_periode.nazorggesprek": "record",
            ".vorige_periode.nazorggesprek.aandeel": "null", ".vorige_periode.nazorggesprek.op_tijd": "getal",
            ".vorige_periode.nazorggesprek.totaal": "getal", ".vorige_periode.open": "getal",
            ".vorige_periode.per_afdeling": "record", ".vorige_periode.per_gedrag": "record",
            ".vorige_periode.per_gedrag.A": "getal", ".vorige_periode.per_gedrag.B": "getal",
            ".vorige_periode.per_gedrag.C": "getal", ".vorige_periode.per_gedrag.D": "getal",
            ".vorige_periode.per_gedrag.E": "getal", ".vorige_periode.per_kanaal": "record",
            ".vorige_periode.per_kanaal.balie": "getal", ".vorige_periode.per_kanaal.bedrijfscontrole": "getal",
            ".vorige_periode.per_kanaal.elders": "getal", ".vorige_periode.per_kanaal.huisbezoek": "getal",
            ".vorige_periode.per_kanaal.schriftelijk": "getal", ".vorige_periode.per_kanaal.spreekkamer": "getal",
            ".vorige_periode.per_kanaal.telefoon": "getal", ".vorige_periode.per_vorm": "record",
            ".vorige_periode.per_vorm.discriminatie": "getal", ".vorige_periode.per_vorm.fysiek": "getal",
            ".vorige_periode.per_vorm.hinderlijk": "getal", ".vorige_periode.per_vorm.seksuele-intimidatie": "getal",
            ".vorige_periode.per_vorm.verbaal": "getal", ".vorige_periode.periode": "tekst",
            ".vorige_periode.politie": "getal", ".vorige_periode.schade": "record",
            ".vorige_periode.schade.lichamelijk letsel": "getal", ".vorige_periode.schade.materiële schade": "getal",
            ".vorige_periode.schade.psychische klachten": "getal", ".vorige_periode.te_laat": "getal",
            ".vorige_periode.tot": "tekst", ".vorige_periode.van": "tekst",
            ".vorige_periode.verplichtingen_open": "getal",
        },
        "reactie": {
            ".": "record", ".datum": "tekst", ".nummer": "tekst", ".uiterlijk": "tekst", ".vorm": "tekst",
        },
        "reactie_voornemen": {
            ".": "record", ".datum": "tekst", ".nummer": "tekst", ".uiterlijk": "null", ".vorm": "tekst",
        },
        "samenvoegen": {
            ".": "record", ".aangevuld": "lijst", ".incidenten": "lijst", ".incidenten[]": "tekst",
            ".niet_overgenomen": "lijst", ".persoon": "tekst", ".verwijderd": "tekst", ".was_niet_dezelfde": "bool",
        },
        "samenvoegen_niet": {
            ".": "record", ".niet_dezelfde": "tekst", ".persoon": "tekst",
        },
        "sjablonen": {
            ".": "record", ".alles_goed": "bool", ".map": "tekst", ".sjablonen": "lijst", ".sjablonen[]": "record",
            ".sjablonen[].bestand": "tekst", ".sjablonen[].goed": "bool", ".sjablonen[].problemen": "lijst",
        },
        "termijnen": {
            ".": "lijst", "[]": "record", "[].dagen": "getal", "[].incident": "tekst", "[].omschrijving": "tekst",
            "[].opdracht": "tekst", "[].persoon": "null", "[].soort": "tekst", "[].uiterlijk": "tekst",
            "[].verlopen": "bool",
        },
        "verboden": {
            ".": "lijst", "[]": "record", "[].bellen": "bool", "[].einde": "tekst", "[].geboortedatum": "null",
            "[].incident": "tekst", "[].ingang": "tekst", "[].label": "tekst", "[].maatregel": "tekst",
            "[].naam": "tekst", "[].persoon": "tekst", "[].soort": "tekst", "[].toegang": "bool",
            "[].vervangen_door": "null", "[].vervangen_per": "null", "[].vervangt": "lijst",
        },
        "verboden_uit": {
            ".": "record", ".aantal": "getal", ".bestand": "tekst", ".gemaakt": "tekst", ".peildatum": "tekst",
            ".verboden": "lijst", ".verboden[]": "record", ".verboden[].bellen": "bool", ".verboden[].einde": "tekst",
            ".verboden[].geboortedatum": "null", ".verboden[].incident": "tekst", ".verboden[].ingang": "tekst",
            ".verboden[].label": "tekst", ".verboden[].maatregel": "tekst", ".verboden[].naam": "tekst",
            ".verboden[].persoon": "tekst", ".verboden[].soort": "tekst", ".verboden[].toegang": "bool",
            ".verboden[].vervangen_door": "null", ".verboden[].vervangen_per": "null",
            ".verboden[].vervangt": "lijst",
        },
        "verplichtingen": {
            ".": "record", ".ambtsdragers_ingelicht": "null", ".bedrijfsarts": "null", ".besproken": "null",
            ".burgemeester_ingelicht": "null", ".contactpersoon": "null", ".herstel": "null",
            ".hulpinstantie": "null", ".incident": "tekst", ".melding": "null", ".nabespreking": "null",
            ".opvang_bezoekers": "null", ".overdracht_uitkering": "null", ".reden_geen_aangifte": "null",
            ".reden_geen_verhaal": "null", ".reden_niet_besproken": "null", ".verplichtingen": "lijst",
            ".verplichtingen[]": "record", ".verplichtingen[].omschrijving": "tekst",
            ".verplichtingen[].op_tijd": "bool", ".verplichtingen[].opdracht": "tekst",
            ".verplichtingen[].open": "bool", ".verplichtingen[].reden": "null", ".verplichtingen[].soort": "tekst",
            ".verplichtingen[].uiterlijk": "tekst", ".verplichtingen[].vastgelegd": "tekst",
            ".verplichtingen[].vastgelegd_met": "tekst", ".verplichtingen[].verlopen": "bool",
            ".vervolgstappen": "tekst",
        },
        "verzoek": {
            ".": "record", ".datum": "tekst", ".maatregel": "tekst", ".uiterlijk": "tekst",
        },
        "verzonden": {
            ".": "record", ".incident": "tekst", ".maatregel": "tekst", ".status": "tekst", ".verzonden": "tekst",
            ".waarschuwingen": "lijst", ".wijze": "tekst",
        },
    },
}
# fmt: on
