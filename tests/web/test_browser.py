"""3.5 in een echte browser (Debian's chromium, headless, via Playwright): inloggen, de receptie die een verbod vindt,
en axe-core (WCAG 2.1 AA) zonder overtreding op elke pagina. Zonder chromium slaan deze tests over (CI installeert
het in .ci/run)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from webhulp import WACHTWOORD, Server, chromium_pad

pytestmark = pytest.mark.skipif(chromium_pad() is None, reason="chromium ontbreekt (CI installeert het)")

WCAG = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


@pytest.fixture
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium_pad(), args=["--no-sandbox"])
        yield b
        b.close()


def _inloggen(pagina, adres: str, rol: str) -> None:
    pagina.goto(f"{adres}/inloggen")
    pagina.get_by_label("Gebruikersnaam").fill(f"test-{rol}")
    pagina.get_by_label("Wachtwoord").fill(WACHTWOORD)
    pagina.get_by_role("button", name="Inloggen").click()
    pagina.wait_for_url(f"{adres}/")


def _geen_overtredingen(pagina) -> None:
    from axe_playwright_python.sync_playwright import Axe

    uitslag = Axe().run(pagina, options=WCAG)
    assert uitslag.violations_count == 0, uitslag.generate_report()


def test_receptie_vindt_het_verbod_in_de_browser(web, browser):
    web.gemeente.verbod("Jan de Vries", (date.today() - timedelta(days=2)).isoformat(), "toegangsverbod", "3")
    with Server(web) as server:
        pagina = browser.new_context(locale="nl-NL").new_page()
        _inloggen(pagina, server.adres, "receptie")
        pagina.get_by_role("link", name="Receptie: verboden opzoeken").first.click()
        pagina.get_by_label("Naam of persoonnummer").fill("de vries")
        pagina.get_by_role("button", name="Zoeken").click()
        tekst = pagina.locator("main").inner_text()
        assert "Jan de Vries" in tekst and "interventieteam: 333" in tekst
        assert "vries" not in pagina.url.lower()  # de naam reist niet in het adres


def test_elke_pagina_zonder_axe_overtreding(web, browser):
    with Server(web) as server:
        context = browser.new_context(locale="nl-NL", bypass_csp=True)  # axe-core wordt in de pagina gezet
        pagina = context.new_page()
        pagina.goto(f"{server.adres}/inloggen")
        _geen_overtredingen(pagina)
        _inloggen(pagina, server.adres, "coordinator")
        for pad in ("/", "/receptie", "/gebruikers"):
            pagina.goto(f"{server.adres}{pad}")
            _geen_overtredingen(pagina)
        pagina.goto(f"{server.adres}/receptie")
        pagina.get_by_label("Naam of persoonnummer").fill("Jansen")
        pagina.get_by_role("button", name="Zoeken").click()
        pagina.get_by_role("heading", name="Geen lopend verbod").wait_for()
        _geen_overtredingen(pagina)  # met de uitslag
