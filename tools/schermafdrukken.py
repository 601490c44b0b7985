"""Maakt de schermafdrukken van de webvoorkant in voorbeelden/ opnieuw: per rol de hoofdpagina, in Debian's chromium
(headless, via Playwright) over de gegevens van de demo van Geertruidenberg.

Gebruik: python tools/schermafdrukken.py [ROL ...]   (standaard alle rollen; nodig: chromium en playwright)
Elke rol heeft hier een functie die de pagina opent en de PNG maakt; een nieuwe rol is een functie in ROLLEN.
"""

from __future__ import annotations

import socket
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from contextlib import redirect_stdout
from io import StringIO
from pathlib import Path
from typing import Any

import demo  # tools/demo.py, naast dit bestand

VOORBEELDEN = Path(__file__).resolve().parents[1] / "voorbeelden"
WACHTWOORD = "schermafdruk-wachtwoord"
BREEDTE, HOOGTE = 1280, 900


class Omgeving:
    """De demo-map met een account per rol en de webvoorkant erover (uvicorn in een thread)."""

    def __init__(self, map_pad: Path):
        from agressie_cli.handelingen import gebruikers
        from agressie_cli.handelingen.werkplek import Werkplek
        from agressie_cli.web.app import maak_app
        from agressie_cli.web.basis import Instelling

        self.map = map_pad
        with redirect_stdout(StringIO()):
            demo.geertruidenberg(demo.Demo(map_pad))
        gebruikers.HASH_OPTIES.update(time_cost=1, memory_cost=1024, parallelism=1)  # alleen voor deze tijdelijke map
        self.werkplek = Werkplek(map_pad)
        for rol in ("medewerker", "receptie", "leidinggevende", "coordinator"):
            gebruikers.toevoegen(self.werkplek, f"demo-{rol}", rol, WACHTWOORD)
        self.app = maak_app(Instelling(map=map_pad), self.werkplek)

    def __enter__(self) -> Omgeving:
        import uvicorn

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            poort = int(s.getsockname()[1])
        self.adres = f"http://127.0.0.1:{poort}"
        self.server = uvicorn.Server(
            uvicorn.Config(self.app, host="127.0.0.1", port=poort, log_level="warning", access_log=False)
        )
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        while not self.server.started:
            time.sleep(0.05)
        return self

    def __exit__(self, *fout: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)

    def pagina(self, browser: Any, rol: str) -> Any:
        """Een nieuw venster, ingelogd met het account van de rol."""
        pagina = browser.new_context(locale="nl-NL", viewport={"width": BREEDTE, "height": HOOGTE}).new_page()
        pagina.goto(f"{self.adres}/inloggen")
        pagina.get_by_label("Gebruikersnaam").fill(f"demo-{rol}")
        pagina.get_by_label("Wachtwoord").fill(WACHTWOORD)
        pagina.get_by_role("button", name="Inloggen").click()
        pagina.wait_for_url(f"{self.adres}/")
        return pagina


# --- per rol --------------------------------------------------------------------------------------------------------


def medewerker(omgeving: Omgeving, browser: Any) -> Path:
    """/melden na een melding: de bevestiging, het formulier en onderaan de status van de eigen meldingen."""
    from datetime import date, timedelta

    pagina = omgeving.pagina(browser, "medewerker")
    pagina.goto(f"{omgeving.adres}/melden")
    pagina.locator("#v-melder").fill("P. Jansen")
    pagina.locator("#v-afdeling").fill("Burgerzaken")
    pagina.locator("#v-datum").fill((date.today() - timedelta(days=1)).strftime("%d-%m-%Y"))
    pagina.locator("#v-kanaal").select_option("balie")
    pagina.get_by_label("agressief: Agressief/hinderlijk gedrag").check()
    pagina.get_by_label("verbaal").check()
    pagina.locator("#v-naam").fill("Karel Verzonnen")
    pagina.get_by_role("button", name="Melding versturen").click()
    pagina.get_by_role("status").wait_for()
    doel = VOORBEELDEN / "web-medewerker.png"
    pagina.screenshot(path=str(doel), full_page=True)
    return doel


def leidinggevende(omgeving: Omgeving, browser: Any) -> Path:
    """/incidenten/<nummer> van het nieuwste complete incident zonder maatregel: het advies met uitleg, de brief (met
    het ordegesprek gekozen: de velden van die soort verschijnen) en de nazorg."""
    from agressie_cli.handelingen import leidinggevende as handeling

    regels = handeling.incidenten(omgeving.werkplek)
    open_ = [r for r in regels if r.status == "compleet"] or [r for r in regels if r.status == "gemeld"]
    pagina = omgeving.pagina(browser, "leidinggevende")
    pagina.goto(f"{omgeving.adres}/incidenten/{open_[0].incident}" if open_ else f"{omgeving.adres}/incidenten")
    if open_:
        pagina.locator("#brief-soort").select_option("ordegesprek")
    doel = VOORBEELDEN / "web-leidinggevende.png"
    pagina.screenshot(path=str(doel), full_page=True)
    return doel


def coordinator(omgeving: Omgeving, browser: Any) -> Path:
    """/termijnen: wat open staat, verlopen eerst (de hoofdpagina van de coördinator naast /incidenten)."""
    pagina = omgeving.pagina(browser, "coordinator")
    pagina.goto(f"{omgeving.adres}/termijnen")
    doel = VOORBEELDEN / "web-coordinator.png"
    pagina.screenshot(path=str(doel), full_page=True)
    return doel


def beoordelen(omgeving: Omgeving, browser: Any) -> Path:
    """/beoordelen van de coördinator: een melding die een medewerker op het web deed, wacht op aanvaarden,
    samenvoegen of afwijzen."""
    from datetime import date, timedelta

    melder = omgeving.pagina(browser, "medewerker")
    melder.goto(f"{omgeving.adres}/melden")
    melder.locator("#v-datum").fill((date.today() - timedelta(days=1)).strftime("%d-%m-%Y"))
    melder.locator("#v-kanaal").select_option("balie")
    melder.get_by_label("agressief: Agressief/hinderlijk gedrag").check()
    melder.get_by_label("verbaal").check()
    melder.locator("#v-naam").fill("Karel Verzonnen")
    melder.locator("#v-afdeling").fill("Burgerzaken")
    melder.locator("#v-omschrijving").fill("Schreeuwde aan de balie en sloeg op de toonbank.")
    melder.get_by_role("button", name="Melding versturen").click()
    melder.get_by_role("status").wait_for()
    pagina = omgeving.pagina(browser, "coordinator")
    pagina.goto(f"{omgeving.adres}/beoordelen")
    doel = VOORBEELDEN / "web-beoordelen.png"
    pagina.screenshot(path=str(doel), full_page=True)
    return doel


def na_de_brief(omgeving: Omgeving, browser: Any) -> Path:
    """/maatregelen/<nummer> van het eerste lopende verbod (3.4 op het web): reacties, verzoeken en herzieningen, en
    de formulieren om ze vast te leggen."""
    from agressie_cli.handelingen import leidinggevende as handeling

    verboden = handeling.lopende_verboden(omgeving.werkplek)
    pagina = omgeving.pagina(browser, "coordinator")
    pagina.goto(
        f"{omgeving.adres}/maatregelen/{verboden[0].maatregel}" if verboden else f"{omgeving.adres}/maatregelen"
    )
    doel = VOORBEELDEN / "web-na-de-brief.png"
    pagina.screenshot(path=str(doel), full_page=True)
    return doel


def receptie(omgeving: Omgeving, browser: Any) -> Path:
    """/receptie na een opzoeking van iemand met een lopend verbod: wat verboden is, tot wanneer, wie te bellen."""
    from datetime import date

    from agressie_cli.domein.verboden import verboden_lijst

    register = omgeving.werkplek.lees()
    lopend = verboden_lijst(register, omgeving.werkplek.profiel, date.today(), None)
    pagina = omgeving.pagina(browser, "receptie")
    pagina.goto(f"{omgeving.adres}/receptie")
    pagina.get_by_label("Naam of persoonnummer").fill(lopend[0].persoon if lopend else "Jansen")
    pagina.get_by_role("button", name="Zoeken").click()
    pagina.locator("section").wait_for()
    doel = VOORBEELDEN / "web-receptie.png"
    pagina.screenshot(path=str(doel), full_page=True)
    return doel


ROLLEN: dict[str, Callable[[Omgeving, Any], Path]] = {
    "medewerker": medewerker,
    "leidinggevende": leidinggevende,
    "coordinator": coordinator,
    "receptie": receptie,
    "beoordelen": beoordelen,  # de coördinator: meldingen van het web (3.5)
    "na-de-brief": na_de_brief,  # reactie, verzoek, herzien en goedkeuren (3.4 op het web)
}


def main(argv: list[str] | None = None) -> None:
    import shutil

    from playwright.sync_api import sync_playwright

    rollen = (argv if argv is not None else sys.argv[1:]) or list(ROLLEN)
    onbekend = [r for r in rollen if r not in ROLLEN]
    if onbekend:
        raise SystemExit(f"Onbekende rol: {', '.join(onbekend)}. Kies uit: {', '.join(ROLLEN)}.")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SystemExit("Chromium ontbreekt (Debian: apt-get install chromium).")
    with (
        tempfile.TemporaryDirectory() as tijdelijk,
        Omgeving(Path(tijdelijk) / "geertruidenberg") as omgeving,
        sync_playwright() as p,
    ):
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        try:
            for rol in rollen:
                print(ROLLEN[rol](omgeving, browser).relative_to(VOORBEELDEN.parent))
        finally:
            browser.close()


if __name__ == "__main__":
    main()
