"""3.5 in een echte browser (Debian's chromium, headless, via Playwright): een medewerker meldt op het web, de
coördinator aanvaardt de melding op /beoordelen (hetzelfde nummer), maakt haar compleet (met de CLI), en de
leidinggevende maakt de uitnodiging voor een ordegesprek met datum, tijd, plaats en aanwezigen; de brief wordt
teruggelezen met python-docx. axe-core (WCAG 2.1 AA) vindt op de nieuwe pagina's geen overtreding. Zonder chromium
slaan deze tests over (CI installeert het in .ci/run)."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from webhulp import WACHTWOORD, Server, chromium_pad, maak_web

from agressie_cli.documenten.brieven.render import docx_tekst
from agressie_cli.domein.nederlands import voluit
from agressie_cli.handelingen.werkplek import Werkplek
from conftest import VOLLEDIG, maak_gemeente

pytestmark = pytest.mark.skipif(chromium_pad() is None, reason="chromium ontbreekt (CI installeert het)")

WCAG = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
GISTEREN = (date.today() - timedelta(days=1)).strftime("%d-%m-%Y")
GESPREK = date.today() + timedelta(days=10)


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


def _aanvullen(gemeente, nummer: str) -> None:
    """De coördinator maakt de melding compleet, zoals met `agressie aanvullen`."""
    args = ["aanvullen", nummer, "--tijd", "10:30"]
    for sleutel, waarde in VOLLEDIG.items():
        if sleutel == "vorm":
            continue
        optie = "--" + sleutel.replace("_", "-")
        if isinstance(waarde, bool):
            args.append(optie if waarde else optie.replace("--", "--geen-", 1))
        elif isinstance(waarde, list):
            for w in waarde:
                args += [optie, w]
        else:
            args += [optie, str(waarde)]
    uit = gemeente.ok(*args)
    assert "compleet" in uit, uit


def test_melden_aanvaarden_en_uitnodigen_voor_een_ordegesprek(tmp_path, browser):
    """Geertruidenberg 4.2: "De coördinator van het interventieteam registreert de melding in excel." en 6.3: "De
    klant wordt schriftelijk uitgenodigd voor een ordegesprek." Van melding op het web tot de uitnodiging met de
    datum van het gesprek, met de velden van het ordegesprek pas zichtbaar als die soort gekozen is."""
    gemeente = maak_gemeente(tmp_path, "geertruidenberg")
    web = maak_web(gemeente)
    with Server(web) as server:
        # De medewerker meldt; de melding wacht op de coördinator.
        medewerker = _inloggen(browser, server.adres, "medewerker")
        medewerker.get_by_role("link", name="Incident melden").first.click()
        medewerker.locator("#v-datum").fill(GISTEREN)
        medewerker.locator("#v-kanaal").select_option("balie")
        medewerker.get_by_label("agressief: Agressief/hinderlijk gedrag").check()
        medewerker.get_by_label("verbaal").check()
        medewerker.locator("#v-naam").fill("Jan de Vries")
        medewerker.locator("#v-afdeling").fill("Burgerzaken")
        medewerker.get_by_role("button", name="Melding versturen").click()
        nummer = re.search(r"incident (\d{4}-\d{4})", medewerker.get_by_role("status").inner_text()).group(1)
        assert "Te beoordelen" in medewerker.locator("#mijn-meldingen + table").inner_text()
        _geen_overtredingen(medewerker)

        # De coördinator aanvaardt haar op /beoordelen; eerst zonder reden afwijzen (de fout naast het veld).
        coordinator = _inloggen(browser, server.adres, "coordinator")
        coordinator.get_by_role("link", name="Webmeldingen beoordelen").first.click()
        coordinator.get_by_role("heading", name=f"Melding {nummer}").wait_for()
        _geen_overtredingen(coordinator)
        coordinator.locator(f"[id='{nummer}-reden']").evaluate("e => e.form.noValidate = true")
        coordinator.get_by_role("button", name=f"Afwijzen melding {nummer}").click()
        coordinator.locator(f"[id='{nummer}-reden-fout']").wait_for()
        _geen_overtredingen(coordinator)
        coordinator.get_by_role("button", name=f"Aanvaarden melding {nummer}").click()
        assert f"Melding {nummer} is aanvaard" in coordinator.get_by_role("status").inner_text()
        _geen_overtredingen(coordinator)
        assert Werkplek(gemeente.map).lees().incident(nummer)["beoordeling"] == "aanvaard"
        medewerker.reload()
        assert "Aanvaard" in medewerker.locator("#mijn-meldingen + table").inner_text()
        _aanvullen(gemeente, nummer)

        # De leidinggevende kiest het ordegesprek: de velden verschijnen (JavaScript), de brief noemt de datum.
        leidinggevende = _inloggen(browser, server.adres, "leidinggevende")
        leidinggevende.goto(f"{server.adres}/incidenten/{nummer}")
        assert leidinggevende.locator("#brief-gesprek_datum").is_hidden()
        assert leidinggevende.get_by_role("button", name="Velden voor deze soort tonen").first.is_hidden()
        leidinggevende.locator("#brief-soort").select_option("ordegesprek")
        assert leidinggevende.locator("#brief-gesprek_datum").is_visible()
        assert leidinggevende.locator("#brief-bedrag").is_hidden()
        _geen_overtredingen(leidinggevende)
        leidinggevende.locator("#brief-toelichting").fill("Eerder al gewaarschuwd; eerst een gesprek.")
        leidinggevende.locator("#brief-gesprek_datum").fill(GESPREK.strftime("%d-%m-%Y"))
        leidinggevende.get_by_role("button", name="Brief maken").click()  # zonder tijd: de fout naast het veld
        leidinggevende.locator("#brief-gesprek_tijd-fout").wait_for()
        assert "Vul in: Gesprek tijd." in leidinggevende.locator("#brief-gesprek_tijd-fout").inner_text()
        assert leidinggevende.locator("#brief-gesprek_datum").input_value() == GESPREK.strftime("%d-%m-%Y")
        _geen_overtredingen(leidinggevende)
        leidinggevende.locator("#brief-gesprek_tijd").fill("14:00")
        leidinggevende.locator("#brief-locatie").fill("het gemeentehuis, spreekkamer 2")
        leidinggevende.locator("#brief-aanwezigen").fill("K. Smits, clustermanager\nP. Jansen, baliemedewerker")
        leidinggevende.get_by_role("button", name="Brief maken").click()
        leidinggevende.get_by_role("heading", name=f"Brief gemaakt bij incident {nummer}").wait_for()
        _geen_overtredingen(leidinggevende)
        with leidinggevende.expect_download() as wacht:
            leidinggevende.get_by_role("link", name=re.compile("Brief downloaden \\(Word\\)")).click()
        pad = tmp_path / wacht.value.suggested_filename
        wacht.value.save_as(pad)
        brief = docx_tekst(pad)
        assert f"op {voluit(GESPREK)} om 14.00 uur in het gemeentehuis, spreekkamer 2" in brief
        assert "K. Smits, clustermanager en P. Jansen, baliemedewerker" in brief
