"""3.5: wie wat mag. De server controleert sessie en rol bij elk verzoek: zonder sessie 401, met een andere rol 403;
elke POST alleen met het CSRF-token; namen als tekst getoond, nooit als HTML."""

from __future__ import annotations

import pytest
from webhulp import ROLLEN, WACHTWOORD, csrf_van

from agressie_cli.web.basis import ROLLEN_PER_PAGINA

PAGINAS = sorted(ROLLEN_PER_PAGINA)


@pytest.mark.parametrize("pad", PAGINAS)
def test_zonder_sessie_401_met_het_inlogformulier(web, pad):
    for methode in ("GET", "POST"):
        antwoord = web.client().request(methode, pad, data={"csrf": "x"})
        if methode == "POST" and antwoord.status_code == 405:
            continue
        assert antwoord.status_code == 401, (methode, pad)
        assert "Inloggen" in antwoord.text and 'name="wachtwoord"' in antwoord.text


@pytest.mark.parametrize("rol", ROLLEN)
@pytest.mark.parametrize("pad", PAGINAS)
def test_elke_rol_krijgt_alleen_zijn_paginas(web, rol, pad):
    client = web.ingelogd(rol)
    antwoord = client.get(pad)
    if rol in ROLLEN_PER_PAGINA[pad]:
        assert antwoord.status_code == 200, antwoord.text
    else:
        assert antwoord.status_code == 403
        assert "Geen toegang" in antwoord.text
    # En een POST zonder de rol ook niet, zelfs met een geldig token.
    csrf = csrf_van(client.get("/").text)
    post = client.post(pad, data={"csrf": csrf, "naam": "Jan"})
    if rol not in ROLLEN_PER_PAGINA[pad]:
        assert post.status_code in (403, 405)


def test_het_menu_toont_alleen_wat_de_rol_mag(web):
    start = web.ingelogd("receptie").get("/").text
    assert 'href="/receptie"' in start and 'href="/gebruikers"' not in start
    coordinator = web.ingelogd("coordinator").get("/").text
    assert 'href="/receptie"' in coordinator and 'href="/gebruikers"' in coordinator


def test_post_zonder_csrf_token_wordt_geweigerd_en_verandert_niets(web):
    client = web.ingelogd("coordinator")
    for data in ({}, {"csrf": "vals"}):
        antwoord = client.post(
            "/gebruikers",
            data={**data, "actie": "toevoegen", "gebruiker": "nieuw", "rol": "receptie", "wachtwoord": WACHTWOORD},
        )
        assert antwoord.status_code == 403 and "verlopen" in antwoord.text
    assert "nieuw" not in web.ingelogd("coordinator").get("/gebruikers").text


def test_inloggen_zonder_csrf_of_met_fout_wachtwoord(web):
    client = web.client()
    client.get("/inloggen")
    assert client.post("/inloggen", data={"gebruiker": "test-receptie", "wachtwoord": WACHTWOORD}).status_code == 403
    csrf = csrf_van(client.get("/inloggen").text)
    fout = client.post("/inloggen", data={"gebruiker": "test-receptie", "wachtwoord": "fout", "csrf": csrf})
    assert fout.status_code == 401 and "Naam of wachtwoord klopt niet." in fout.text
    # Een niet-bestaand account krijgt dezelfde melding: de pagina verraadt niet welke namen bestaan.
    onbekend = client.post("/inloggen", data={"gebruiker": "niemand", "wachtwoord": "fout", "csrf": csrf})
    assert onbekend.status_code == 401 and "Naam of wachtwoord klopt niet." in onbekend.text


def test_na_vijf_mislukte_pogingen_ook_het_goede_wachtwoord_niet(web):
    client = web.client()
    csrf = csrf_van(client.get("/inloggen").text)
    for _ in range(5):
        client.post("/inloggen", data={"gebruiker": "test-receptie", "wachtwoord": "fout", "csrf": csrf})
    geblokkeerd = client.post("/inloggen", data={"gebruiker": "test-receptie", "wachtwoord": WACHTWOORD, "csrf": csrf})
    assert geblokkeerd.status_code == 429 and "Te veel mislukte pogingen" in geblokkeerd.text
    # Een ander account gaat gewoon door.
    assert web.ingelogd("coordinator").get("/").status_code == 200


def test_sessiecookie_httponly_samesite_strict_en_geen_cache(web):
    client = web.client()
    csrf = csrf_van(client.get("/inloggen").text)
    antwoord = client.post("/inloggen", data={"gebruiker": "test-receptie", "wachtwoord": WACHTWOORD, "csrf": csrf})
    cookie = antwoord.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie
    pagina = client.get("/receptie")
    assert pagina.headers["cache-control"] == "no-store"
    assert "script-src 'self'" in pagina.headers["content-security-policy"]
    assert "<script>" not in pagina.text and " onclick=" not in pagina.text


def test_uitloggen_beeindigt_de_sessie(web):
    client = web.ingelogd("receptie")
    csrf = csrf_van(client.get("/receptie").text)
    assert client.post("/uitloggen", data={"csrf": csrf}).status_code == 303
    assert client.get("/receptie").status_code == 401


def test_eenmalig_token_geeft_de_coordinator_een_sessie_en_is_daarna_op(gtb):
    from webhulp import Web

    web = Web(gtb, token="geheim-token")
    client = web.client()
    antwoord = client.get("/?token=geheim-token")
    assert antwoord.status_code == 303 and antwoord.headers["location"] == "/"
    assert client.get("/gebruikers").status_code == 200  # coördinator
    tweede = web.client().get("/?token=geheim-token")
    assert tweede.status_code == 401 and "al gebruikt" in tweede.text
    assert web.client().get("/?token=ander").status_code == 401


def test_gebruikers_toevoegen_en_verwijderen_via_het_web(web):
    client = web.ingelogd("coordinator")
    csrf = csrf_van(client.get("/gebruikers").text)
    kort = client.post(
        "/gebruikers",
        data={"csrf": csrf, "actie": "toevoegen", "gebruiker": "kkort", "rol": "receptie", "wachtwoord": "te-kort"},
    )
    assert kort.status_code == 422 and "minstens 12 tekens" in kort.text
    goed = client.post(
        "/gebruikers",
        data={"csrf": csrf, "actie": "toevoegen", "gebruiker": "bbalie", "rol": "receptie", "wachtwoord": WACHTWOORD},
    )
    assert goed.status_code == 200 and "Account bbalie (receptie) is toegevoegd." in goed.text
    weg = client.post("/gebruikers", data={"csrf": csrf, "actie": "verwijderen", "gebruiker": "bbalie"})
    assert "Account bbalie is verwijderd." in weg.text
    logboek = (web.gemeente.map / "logboek.csv").read_text(encoding="utf-8-sig")
    assert "gebruiker toevoegen;'bbalie" in logboek or "gebruiker toevoegen;bbalie" in logboek
    assert "web:test-coordinator" in logboek
    assert WACHTWOORD not in logboek
    assert WACHTWOORD not in (web.gemeente.map / "gebruikers.json").read_text(encoding="utf-8")
