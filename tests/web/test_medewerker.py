"""3.5: de medewerker meldt op het web (/melden) met dezelfde vragen en regels als `melden --formulier`, en ziet de
status van zijn eigen meldingen; niets anders van het register."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from webhulp import csrf_van, maak_web

from agressie_cli.domein.meldformulier import vragen
from agressie_cli.handelingen.werkplek import Werkplek
from conftest import maak_gemeente

GISTEREN = (date.today() - timedelta(days=1)).strftime("%d-%m-%Y")


def _melden(client, **velden):
    csrf = csrf_van(client.get("/melden").text)
    return client.post("/melden", data={"csrf": csrf, **velden})


def _tekst(html: str) -> str:
    """De tekst zoals een lezer hem ziet (zonder tags, witruimte samengevoegd)."""
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


@pytest.fixture(params=["geertruidenberg", "losser"])
def gemeente_web(request, tmp_path):
    return maak_web(maak_gemeente(tmp_path, request.param))


def _klasse(gemeente) -> dict[str, str]:
    return {"ernst": "strafbaar"} if gemeente.map.name == "geertruidenberg" else {"gedrag": "D"}


def test_het_webformulier_stelt_de_vragen_van_het_meldformulier(gemeente_web):
    """Geertruidenberg 4.2: "Medewerkers die een agressiemelding doen, hoeven niet in één keer alle informatie te
    geven." Dezelfde vragen als het Excel-formulier, met de labels van het profiel, en alleen wat nodig is verplicht."""
    profiel = Werkplek(gemeente_web.gemeente.map).profiel
    html = gemeente_web.ingelogd("medewerker").get("/melden").text
    tekst = _tekst(html)
    assert "Vul in wat u weet" in tekst
    for vraag in vragen(profiel):
        assert f'name="{vraag.sleutel}"' in html, vraag.sleutel
        assert vraag.tekst.replace("'", "&#39;") in html, vraag.tekst
    for klasse, label in profiel.klassen.items():
        assert f'value="{klasse}"' in html and label in html
    verplicht = re.findall(r"([^<>]+?) <span class=\"verplicht\">\(verplicht\)</span>", html)
    assert sorted(v.strip() for v in verplicht) == sorted(v.tekst for v in vragen(profiel) if v.verplicht)
    assert "<script" not in html  # werkt zonder JavaScript


def test_een_melding_wordt_geregistreerd_als_een_meldformulier(gemeente_web):
    """Geertruidenberg 4.2: "De betrokkene meldt zelf het incident bij de coördinator van het interventieteam." Het
    incident staat in het register met de vingerafdruk van het formulier en het account; de medewerker ziet nummer,
    datum en status."""
    gemeente = gemeente_web.gemeente
    client = gemeente_web.ingelogd("medewerker")
    antwoord = _melden(
        client,
        datum=GISTEREN,
        kanaal="balie",
        naam="Jan de Vries",
        vorm=["verbaal", "fysiek"],
        politie="ja",
        **_klasse(gemeente),
    )
    assert antwoord.status_code == 200, antwoord.text
    tekst = _tekst(antwoord.text)
    assert "Uw melding is geregistreerd als incident" in tekst
    nummer = re.search(r"als incident (\d{4}-\d{4})", tekst).group(1)
    assert f"{nummer} {GISTEREN} Te beoordelen" in tekst  # Mijn meldingen: nummer, datum (17-11-2026), status (3.5)
    [incident] = gemeente.json("lijst")
    assert incident["incident"] == nummer and incident["naam"] == "Jan de Vries" and incident["kanaal"] == "balie"
    from agressie_cli.opslag.excel import ExcelOpslag

    werkplek = Werkplek(gemeente.map)
    rij = werkplek.lees().incidenten[0]
    assert rij["gemeld_door"] == "test-medewerker" and rij["formulier"]
    assert rij["vorm"] == ["verbaal", "fysiek"] and rij["politie"] is True
    assert isinstance(werkplek.opslag, ExcelOpslag)
    logboek = (gemeente.map / "logboek.csv").read_text(encoding="utf-8-sig")
    assert any("melden" in r and nummer in r and "web:test-medewerker" in r for r in logboek.splitlines())
    # Nog een keer hetzelfde formulier (vernieuwen in de browser): geweigerd, zoals een formulier dat al geregistreerd is.
    nogmaals = _melden(
        client,
        datum=GISTEREN,
        kanaal="balie",
        naam="Jan de Vries",
        vorm=["verbaal", "fysiek"],
        politie="ja",
        **_klasse(gemeente),
    )
    assert nogmaals.status_code == 422 and f"al geregistreerd, als incident {nummer}" in nogmaals.text
    assert len(gemeente.json("lijst")) == 1


def test_fouten_staan_naast_het_veld_en_het_register_blijft_gelijk(gemeente_web):
    """Dezelfde regels als `melden --formulier`: verplicht zijn naam, kanaal, de classificatie van het profiel en de
    datum; een fout antwoord noemt het veld. Niets geregistreerd, en wat de medewerker typte staat er nog."""
    gemeente = gemeente_web.gemeente
    morgen = (date.today() + timedelta(days=1)).strftime("%d-%m-%Y")
    antwoord = _melden(gemeente_web.ingelogd("medewerker"), datum="31-02-2026", tijd="25:00", naam="Piet", vorm="boos")
    assert antwoord.status_code == 422
    html = antwoord.text
    assert 'id="v-datum-fout"' in html and "geen geldige datum" in html
    assert 'id="v-tijd-fout"' in html and "geen geldige tijd" in html
    assert 'id="v-kanaal-fout"' in html and 'id="v-vorm-fout"' in html
    klasse = next(iter(_klasse(gemeente)))
    assert f'id="v-{klasse}-fout" class="fout">Niet ingevuld, maar nodig om te registreren.' in html
    assert 'aria-describedby="v-datum-uitleg v-datum-fout" aria-invalid="true"' in html
    assert 'value="Piet"' in html  # niets hoeft opnieuw getypt
    assert "--datum" not in html and "«" not in html  # geen opties van de opdrachtregel, geen merktekens
    toekomst = _melden(
        gemeente_web.ingelogd("medewerker"), datum=morgen, kanaal="balie", naam="Piet", **_klasse(gemeente)
    )
    assert toekomst.status_code == 422 and "ligt in de toekomst" in toekomst.text
    assert gemeente.json("lijst") == []


def test_de_medewerker_ziet_alleen_zijn_eigen_meldingen(web):
    """Issue 3.5: "the status of their own reports; nothing else of the register"."""
    web.gemeente.meld(naam="Karel Anders", kanaal="telefoon", ernst="licht", omschrijving="Schold aan de telefoon")
    coordinator = web.ingelogd("coordinator")
    _melden(coordinator, datum=GISTEREN, kanaal="balie", ernst="licht", naam="Kees Coördinator")
    medewerker = web.ingelogd("medewerker")
    pagina = medewerker.get("/melden").text
    assert "U hebt via deze website nog geen melding gedaan." in pagina
    assert "2026-0001" not in pagina and "2026-0002" not in pagina
    assert "Karel Anders" not in pagina and "Schold" not in pagina and "Kees" not in pagina
    eigen = _melden(medewerker, datum=GISTEREN, kanaal="spreekkamer", ernst="agressief", naam="Mieke Mens").text
    rijen = re.findall(r"<tr><td>(\d{4}-\d{4})</td>", eigen)
    assert len(rijen) == 1 and rijen[0] not in ("2026-0001", "2026-0002")
    # De coördinator ziet zijn eigen melding, de receptie mag niet melden.
    assert "Kees" not in coordinator.get("/melden").text  # ook bij zijn eigen melding staat geen naam
    assert len(re.findall(r"<tr><td>\d{4}-\d{4}</td>", coordinator.get("/melden").text)) == 1
    assert web.ingelogd("receptie").get("/melden").status_code == 403


@pytest.mark.parametrize("naam", ["<script>alert(1)</script>", '=HYPERLINK("http://x.nl","klik")'])
def test_een_naam_als_script_of_formule_blijft_tekst(web, naam):
    """Issue 3.5: "a name like `<script>alert(1)</script>` or `=HYPERLINK(...)` shown escaped and stored as text"."""
    client = web.ingelogd("medewerker")
    fout = _melden(client, datum=GISTEREN, naam=naam)  # zonder kanaal: de pagina toont de naam weer in het veld
    assert fout.status_code == 422
    assert naam not in fout.text and "<script>alert" not in fout.text
    assert (naam.replace("<", "&lt;").replace(">", "&gt;").replace('"', "&#34;")) in fout.text
    goed = _melden(client, datum=GISTEREN, kanaal="balie", ernst="licht", naam=naam)
    assert goed.status_code == 200
    import openpyxl

    blad = openpyxl.load_workbook(web.gemeente.register)["Incidenten"]
    kolom = [c.value for c in blad[1]].index("Naam")
    cel = blad.cell(row=2, column=kolom + 1)
    assert cel.value == naam and cel.data_type == "s"
    assert web.gemeente.json("lijst")[0]["naam"] == naam
