"""3.5: de leidinggevende op het web. De incidenten van de afdelingen op zijn account (geen: alle), het advies met
uitleg, de maatregel met een verplichte reden bij afwijken, de brief als download (de naam in het adres is het nummer
van de maatregel, nooit een naam) en de nazorg. De regels zelf zijn die van de handelingen: hier staat wat de
leidinggevende ziet."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from webhulp import WACHTWOORD, csrf_van, maak_web

from agressie_cli.documenten.brieven.render import docx_tekst
from agressie_cli.handelingen import gebruikers
from agressie_cli.handelingen.werkplek import Werkplek
from conftest import REDEN, VOLLEDIG, maak_gemeente

DATUM = (date.today() - timedelta(days=2)).isoformat()


def _tekst(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def _incident(gemeente, naam: str = "Jan de Vries", afdeling: str = "Burgerzaken", **klasse) -> str:
    """Een complete melding (zoals de coördinator haar maakt) van een afdeling; geeft het incidentnummer."""
    klasse = klasse or ({"ernst": "agressief"} if gemeente.map.name == "geertruidenberg" else {"gedrag": "D"})
    return gemeente.meld(naam=naam, kanaal="balie", datum=DATUM, tijd="10:00", afdeling=afdeling, **VOLLEDIG, **klasse)


def _account(web, naam: str, *afdelingen: str) -> None:
    gebruikers.toevoegen(Werkplek(web.gemeente.map), naam, "leidinggevende", WACHTWOORD, afdelingen)


def _inloggen(web, naam: str):
    client = web.client()
    csrf = csrf_van(client.get("/inloggen").text)
    assert client.post("/inloggen", data={"gebruiker": naam, "wachtwoord": WACHTWOORD, "csrf": csrf}).status_code == 303
    return client


def _post(client, pad: str, **data):
    csrf = csrf_van(client.get("/").text)
    return client.post(pad, data={"csrf": csrf, **data})


@pytest.fixture(params=["geertruidenberg", "losser"])
def gemeente_web(request, tmp_path):
    return maak_web(maak_gemeente(tmp_path, request.param))


def test_de_leidinggevende_ziet_de_incidenten_van_zijn_afdelingen(web):
    """Issue 3.5: "the incidents of the afdelingen on their account (`gebruiker toevoegen ... --afdeling NAAM`,
    repeatable; none means all)". Een incident van een andere afdeling opent niet, ook niet via het adres."""
    burgerzaken = _incident(web.gemeente, "Jan de Vries", "Burgerzaken")
    sociaal = _incident(web.gemeente, "Karel Anders", "Sociaal Domein")
    _account(web, "lg-burgerzaken", "burgerzaken")  # hoofdletters tellen niet
    eigen = _inloggen(web, "lg-burgerzaken")
    lijst = _tekst(eigen.get("/incidenten").text)
    assert "De incidenten van de afdeling burgerzaken" in lijst
    assert burgerzaken in lijst and "Jan de Vries" in lijst
    assert sociaal not in lijst and "Karel Anders" not in lijst
    assert eigen.get(f"/incidenten/{sociaal}").status_code == 404
    assert "niet in de incidenten van uw afdelingen" in eigen.get(f"/incidenten/{sociaal}").text
    assert _post(eigen, f"/incidenten/{sociaal}/brief").status_code == 404
    assert _post(eigen, f"/incidenten/{sociaal}/maatregel", soort="registratie").status_code == 404
    assert _post(eigen, f"/incidenten/{sociaal}/nazorg", gesprek=DATUM).status_code == 404
    assert Werkplek(web.gemeente.map).lees().maatregelen == []
    # Zonder afdelingen: alle incidenten; de coördinator ziet ze ook allemaal.
    alles = _tekst(web.ingelogd("leidinggevende").get("/incidenten").text)
    assert "Alle incidenten" in alles and burgerzaken in alles and sociaal in alles
    register = _tekst(web.ingelogd("coordinator").get("/incidenten").text)  # het register met filters
    assert burgerzaken in register and sociaal in register


def test_het_incident_met_het_advies_en_de_uitleg(gemeente_web):
    """Geertruidenberg 5: "Nadat de agressiemelding compleet is gemaakt ... een passende maatregel zal treffen
    volgens de interventiematrix. Dit moet binnen een week plaatsvinden." Het advies van `agressie advies`, met de
    regel, de uitleg, de datum als 17-11-2026 en de labels van het eigen profiel."""
    gemeente = gemeente_web.gemeente
    nummer = _incident(gemeente)
    advies = gemeente.json("advies", nummer)
    tekst = _tekst(gemeente_web.ingelogd("leidinggevende").get(f"/incidenten/{nummer}").text)
    assert f"Incident {nummer}" in tekst and "Jan de Vries" in tekst
    assert advies["label"] in tekst and f"Regel: {advies['regel']}" in tekst
    uiterlijk = date.fromisoformat(advies["uiterlijk"]).strftime("%d-%m-%Y")
    assert f"Maatregel meedelen uiterlijk {uiterlijk}" in tekst
    if gemeente.map.name == "geertruidenberg":
        assert "Ernst Agressief/hinderlijk gedrag" in tekst
    else:
        assert "Gedrag D-gedrag: dreigen met of toepassen van geweld" in tekst
        assert "de duur bepaalt u samen met de medewerker" in tekst  # Losser 5.3
    assert advies["uitleg"].split(":")[0] in tekst


def test_zonder_advies_zegt_de_pagina_waarom(losser):
    """Losser 5.3: bij A-, B- of C-gedrag hangt het advies af van of het gedrag aanhield. Weet het register dat nog
    niet, dan opent het incident wel en zegt de pagina wat er eerst moet."""
    web = maak_web(losser)
    nummer = _incident(losser, gedrag="B")
    antwoord = web.ingelogd("leidinggevende").get(f"/incidenten/{nummer}")
    assert antwoord.status_code == 200
    assert "Er is nog geen advies" in antwoord.text and "aanhoudend" in antwoord.text


def test_afwijken_van_het_advies_vraagt_een_reden(gemeente_web):
    """Geertruidenberg 6: "In principe wordt eerst de meest milde maatregel gekozen." Een andere maatregel dan het
    advies zonder reden: niets vastgelegd en de melding staat naast het veld van de reden; met reden wel (zoals
    `maatregel` en `brief` met --toelichting)."""
    gemeente = gemeente_web.gemeente
    licht = {"ernst": "licht"} if gemeente.map.name == "geertruidenberg" else {"gedrag": "A", "aanhoudend": False}
    nummer = _incident(gemeente, **licht)
    client = gemeente_web.ingelogd("leidinggevende")
    zonder = _post(client, f"/incidenten/{nummer}/brief", soort="toegangsverbod", duur="3")
    assert zonder.status_code == 422
    assert 'id="brief-toelichting-fout" class="fout">' in zonder.text
    assert "wijkt af van het protocol" in zonder.text and "Er is niets vastgelegd." in zonder.text
    assert 'aria-describedby="brief-toelichting-fout" aria-invalid="true"' in zonder.text
    zonder_m = _post(client, f"/incidenten/{nummer}/maatregel", soort="toegangsverbod", duur="3")
    assert zonder_m.status_code == 422 and 'id="maatregel-toelichting-fout"' in zonder_m.text
    assert Werkplek(gemeente.map).lees().maatregelen == []
    met = _post(client, f"/incidenten/{nummer}/maatregel", soort="toegangsverbod", duur="3", toelichting=REDEN[1])
    assert met.status_code == 200 and "is vastgelegd" in met.text
    [m] = Werkplek(gemeente.map).lees().maatregelen
    assert m["soort"] == "toegangsverbod" and m["toelichting"] == REDEN[1] and m["afwijking"] is True
    logboek = (gemeente.map / "logboek.csv").read_text(encoding="utf-8-sig")
    assert "web:test-leidinggevende" in logboek


def test_het_advies_overnemen_en_de_brief_downloaden(gemeente_web):
    """Issue 3.5: "A letter is made with a POST on `/incidenten/<nummer>/brief` and downloaded from the page it
    returns." De download heet naar de maatregel; de brief noemt de persoon en de maatregel."""
    gemeente = gemeente_web.gemeente
    nummer = _incident(gemeente)
    client = gemeente_web.ingelogd("leidinggevende")
    advies = gemeente.json("advies", nummer)
    # Losser 5.2: de duur bepalen leidinggevende en medewerker; de toelichting zegt in de brief waarom (3.4)
    duur = {"duur": "3", "toelichting": "de duur past bij dit incident"} if advies.get("duur_bepalen") else {}
    antwoord = _post(client, f"/incidenten/{nummer}/brief", soort=advies["soort"], **duur)
    assert antwoord.status_code == 200, _tekst(antwoord.text)
    [m] = Werkplek(gemeente.map).lees().maatregelen
    assert m["soort"] == advies["soort"] and m["afwijking"] is False
    links = re.findall(r'href="(/brieven/[^"]+)"', antwoord.text)
    assert f"/brieven/{m['maatregel']}.docx" in links
    assert all(re.fullmatch(r"/brieven/M\d+\.(docx|pdf)", link) for link in links)  # geen naam in het adres
    download = client.get(f"/brieven/{m['maatregel']}.docx")
    assert download.status_code == 200
    assert download.headers["content-disposition"] == f'attachment; filename="brief-{m["maatregel"]}.docx"'
    assert download.headers["cache-control"] == "no-store"
    pad = gemeente.map / "download.docx"
    pad.write_bytes(download.content)
    brief = docx_tekst(pad)
    assert "Vries" in brief
    # Niet voor een andere rol, niet zonder sessie, en een onbekende maatregel bestaat niet.
    assert gemeente_web.ingelogd("medewerker").get(f"/brieven/{m['maatregel']}.docx").status_code == 403
    assert gemeente_web.client().get(f"/brieven/{m['maatregel']}.docx").status_code == 401
    assert client.get("/brieven/M99999.docx").status_code == 404
    # De maatregel staat op de pagina van het incident, met de download.
    pagina = client.get(f"/incidenten/{nummer}").text
    assert f'href="/brieven/{m["maatregel"]}.docx"' in pagina


def test_nazorg_vastleggen(web):
    """Geertruidenberg 9.1: de leidinggevende spreekt de betrokken medewerker dezelfde dag, uiterlijk de dag erna.
    De datum komt in het register; een foute datum staat naast zijn veld en verandert niets."""
    nummer = _incident(web.gemeente)
    client = web.ingelogd("leidinggevende")
    gesprek = date.fromisoformat(DATUM) + timedelta(days=1)
    fout = _post(client, f"/incidenten/{nummer}/nazorg", gesprek="31-02-2026")
    assert fout.status_code == 422 and 'id="nazorg-gesprek-fout" class="fout">' in fout.text
    assert "geen geldige datum" in fout.text
    goed = _post(client, f"/incidenten/{nummer}/nazorg", gesprek=gesprek.strftime("%d-%m-%Y"))
    assert goed.status_code == 200 and "De nazorg is vastgelegd." in goed.text
    assert f"(vastgelegd: {gesprek.strftime('%d-%m-%Y')})" in goed.text
    assert Werkplek(web.gemeente.map).lees().incident(nummer)["nazorg_gesprek"] == gesprek


@pytest.mark.parametrize("rol", ["medewerker", "receptie", "leidinggevende", "coordinator"])
def test_elke_pagina_onder_incidenten_controleert_de_rol(web, rol):
    """Issue 3.5: "authorisation checked on the server for every request": ook de pagina's onder /incidenten en de
    downloads, die niet als vaste paden in ROLLEN_PER_PAGINA staan."""
    nummer = _incident(web.gemeente)
    web.gemeente.ok("brief", nummer)
    [m] = Werkplek(web.gemeente.map).lees().maatregelen
    client = web.ingelogd(rol)
    mag = rol in ("leidinggevende", "coordinator")
    for pad in (f"/incidenten/{nummer}", f"/brieven/{m['maatregel']}.docx"):
        assert client.get(pad).status_code == (200 if mag else 403), pad
        assert web.client().get(pad).status_code == 401
    for pad, data in (("brief", {}), ("maatregel", {"soort": "registratie"}), ("nazorg", {"gesprek": DATUM})):
        antwoord = _post(client, f"/incidenten/{nummer}/{pad}", **data)
        assert (antwoord.status_code == 403) != mag, (pad, antwoord.status_code)
        assert web.client().post(f"/incidenten/{nummer}/{pad}", data={"csrf": "x", **data}).status_code == 401
        # Zonder CSRF-token niets, ook met de goede rol.
        assert client.post(f"/incidenten/{nummer}/{pad}", data=data).status_code == 403


@pytest.mark.parametrize("naam", ["<script>alert(1)</script>", '=HYPERLINK("http://x.nl","klik")'])
def test_een_naam_als_script_of_formule_is_tekst_in_de_lijst_en_op_het_incident(web, naam):
    """Issue 3.5: "a name like `<script>alert(1)</script>` or `=HYPERLINK(...)` shown escaped and stored as text"."""
    nummer = _incident(web.gemeente, naam)
    client = web.ingelogd("leidinggevende")
    for pad in ("/incidenten", f"/incidenten/{nummer}"):
        html = client.get(pad).text
        assert naam not in html and "<script>alert" not in html
        assert naam.replace("<", "&lt;").replace(">", "&gt;").replace('"', "&#34;") in html
