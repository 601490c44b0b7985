"""3.5 in een echte browser (Debian's chromium, headless, via Playwright), in beide profielen: de coördinator maakt een
incident compleet op /aanvullen, de receptie vindt het lopende verbod, de coördinator ziet het incident op /termijnen.
axe-core (WCAG 2.1 AA) vindt op geen pagina van de coördinator een overtreding. Zonder chromium slaan deze tests over
(CI installeert het in .ci/run)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from webhulp import WACHTWOORD, Server, chromium_pad, maak_web

from conftest import REDEN, maak_gemeente

pytestmark = pytest.mark.skipif(chromium_pad() is None, reason="chromium ontbreekt (CI installeert het)")

WCAG = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
DRIE_DAGEN_GELEDEN = (date.today() - timedelta(days=3)).isoformat()
# Wat de coördinator invult op /aanvullen (per veld-id; ja/nee en keuzes als select).
INVULLEN = {
    "vorm": "verbaal",
    "omschrijving": "Schold de medewerker uit en sloeg op de balie.",
    "melder": "P. Jansen",
    "functie": "baliemedewerker",
    "medewerker": "P. Jansen",
    "leidinggevende": "K. Smits",
    "adres": "Markt 12",
    "postcode": "4941 AB",
    "woonplaats": "Raamsdonksveer",
}
KIEZEN = {"politie": "ja", "aangifte": "nee", "aanhoudend": "ja"}


@pytest.fixture
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium_pad(), args=["--no-sandbox"])
        yield b
        b.close()


def _inloggen(browser, adres: str, rol: str):
    pagina = browser.new_context(locale="nl-NL", bypass_csp=True, accept_downloads=True).new_page()
    pagina.goto(f"{adres}/inloggen")
    pagina.get_by_label("Gebruikersnaam").fill(f"test-{rol}")
    pagina.get_by_label("Wachtwoord").fill(WACHTWOORD)
    pagina.get_by_role("button", name="Inloggen").click()
    pagina.wait_for_url(f"{adres}/")
    return pagina


def _geen_overtredingen(pagina) -> None:
    from axe_playwright_python.sync_playwright import Axe

    uitslag = Axe().run(pagina, options=WCAG)
    assert uitslag.violations_count == 0, uitslag.generate_report()


@pytest.mark.parametrize(
    ("profiel", "klasse", "soort"),
    [("geertruidenberg", {"ernst": "strafbaar"}, "toegangsverbod"), ("losser", {"gedrag": "C"}, "belverbod")],
)
def test_coordinator_vult_aan_receptie_vindt_het_verbod_termijnen_tonen_het(tmp_path, browser, profiel, klasse, soort):
    """Geertruidenberg 4.2: "Nadat de agressiemelding compleet is gemaakt door de coördinator van het
    interventieteam, wordt deze doorgestuurd naar de AOV'er ..."; de receptie moet weten wie niet binnen mag."""
    g = maak_gemeente(tmp_path, profiel)
    nummer = g.verbod(
        "Jan de Vries", DRIE_DAGEN_GELEDEN, soort, "3", **klasse
    )  # een melding met een verbod, niet compleet
    assert g.json("lijst")[0]["ontbrekend"]
    web = maak_web(g)
    with Server(web) as server:
        # De coördinator maakt het incident compleet.
        coordinator = _inloggen(browser, server.adres, "coordinator")
        coordinator.get_by_role("link", name="Aanvullen").first.click()
        _geen_overtredingen(coordinator)
        coordinator.get_by_role("link", name=f"{nummer} aanvullen").click()
        coordinator.wait_for_url(f"{server.adres}/aanvullen/{nummer}")
        _geen_overtredingen(coordinator)
        for sleutel, waarde in INVULLEN.items():
            if coordinator.locator(f"#{sleutel}").count():
                coordinator.locator(f"#{sleutel}").fill(waarde)
        for sleutel, waarde in KIEZEN.items():
            if coordinator.locator(f"#{sleutel}").count():
                coordinator.locator(f"#{sleutel}").select_option(waarde)
        coordinator.get_by_role("button", name="Opslaan").click()
        coordinator.get_by_role("status").wait_for()
        assert "Het incident is compleet." in coordinator.locator("main").inner_text()
        _geen_overtredingen(coordinator)
        assert g.json("lijst")[0]["ontbrekend"] == []

        # De receptie vindt het lopende verbod (de naam gaat niet in het adres).
        receptie = _inloggen(browser, server.adres, "receptie")
        receptie.goto(f"{server.adres}/receptie")
        receptie.get_by_label("Naam of persoonnummer").fill("de vries")
        receptie.get_by_role("button", name="Zoeken").click()
        tekst = receptie.locator("main").inner_text()
        assert "Jan de Vries" in tekst and "Lopend verbod op" in tekst
        assert "vries" not in receptie.url.lower()

        # De coördinator ziet het incident op termijnen, zoals agressie termijnen.
        coordinator.get_by_role("link", name="Termijnen").first.click()
        coordinator.wait_for_url(f"{server.adres}/termijnen")
        tekst = coordinator.locator("main").inner_text()
        cli = g.json("termijnen", "--alles")
        items = cli["termijnen"] if isinstance(cli, dict) else cli
        # 3.5: de tekst zonder opdracht van de opdrachtregel; wat het afsluit is een link ernaast.
        from agressie_cli.handelingen import opvragen
        from agressie_cli.handelingen.werkplek import Werkplek

        web_items = opvragen.termijnen(Werkplek(g.map), None, True).alle
        assert [(t.soort, t.incident) for t in web_items] == [(i["soort"], i["incident"]) for i in items]
        assert items and all(t.tekst in tekst for t in web_items)
        assert "agressie " not in tekst and "--" not in tekst
        assert nummer in tekst
        _geen_overtredingen(coordinator)


def test_elke_pagina_van_de_coordinator_zonder_axe_overtreding(web, browser):
    g = web.gemeente
    g.verbod("Jan de Vries", DRIE_DAGEN_GELEDEN, "toegangsverbod", "3")
    oud = g.meld(naam="Oude Zaak", kanaal="balie", ernst="licht", datum="2019-01-07")
    g.ok("maatregel", oud, "--soort", "registratie", *REDEN)
    with Server(web) as server:
        pagina = _inloggen(browser, server.adres, "coordinator")
        for pad in (
            "/",
            "/incidenten",
            "/aanvullen",
            "/termijnen",
            "/formulieren",
            "/rapport",
            "/doorsturen",
            "/intrekken",
            "/opschonen",
            "/herstel",
        ):
            pagina.goto(f"{server.adres}{pad}")
            _geen_overtredingen(pagina)
        # Met een uitslag of een fout naast het veld.
        pagina.goto(f"{server.adres}/incidenten")
        pagina.get_by_label("Van (datum)").fill("31-2-2026")
        pagina.get_by_role("button", name="Filteren").click()
        pagina.locator("#van-fout").wait_for()
        _geen_overtredingen(pagina)
        pagina.goto(f"{server.adres}/intrekken")
        pagina.get_by_label("Nummer van het incident of de maatregel").fill("2026-0001")
        pagina.get_by_role("button", name="Intrekken").click()  # zonder reden: de browser houdt het tegen (required)
        pagina.goto(f"{server.adres}/opschonen")
        pagina.get_by_role("button", name="Laat zien wie het betreft").click()
        pagina.get_by_role("heading", name="Voorbeeld: er is nog niets gewijzigd").wait_for()
        assert "Oude Zaak" in pagina.locator("main").inner_text()
        _geen_overtredingen(pagina)
        pagina.goto(f"{server.adres}/herstel")
        pagina.get_by_role("button", name="Terugzetten kopie 1").click()
        pagina.get_by_text("Weet u zeker").wait_for()
        _geen_overtredingen(pagina)
        with pagina.expect_download() as download:
            pagina.goto(f"{server.adres}/rapport")
            pagina.get_by_role("button", name="Rapport downloaden").click()
        assert download.value.suggested_filename.startswith("rapport-")
