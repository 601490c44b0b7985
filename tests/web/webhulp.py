"""Voor de tests van de webvoorkant: een gemeente met accounts voor elke rol en een TestClient op de webvoorkant (Starlette's eigen TestClient)."""

from __future__ import annotations

import re

from starlette.testclient import TestClient

from agressie_cli.handelingen import gebruikers
from agressie_cli.handelingen.werkplek import Werkplek
from agressie_cli.web.app import maak_app
from agressie_cli.web.basis import Instelling

WACHTWOORD = "correct-paard-batterij"
# Argon2 met weinig geheugen en één ronde: een test maakt vier accounts en logt vaak in (echte hashes, echt gecontroleerd).
gebruikers.HASH_OPTIES.update(time_cost=1, memory_cost=1024, parallelism=1)
ROLLEN = ("medewerker", "receptie", "leidinggevende", "coordinator")


def csrf_van(html: str) -> str:
    gevonden = re.search(r'name="csrf" value="([^"]+)"', html)
    assert gevonden, "geen CSRF-veld in het formulier"
    return gevonden.group(1)


class Web:
    def __init__(self, gemeente, token: str | None = None):
        self.gemeente = gemeente
        self.werkplek = Werkplek(gemeente.map)
        self.app = maak_app(Instelling(map=gemeente.map, eenmalig_token=token), self.werkplek)

    def client(self) -> TestClient:
        return TestClient(self.app, follow_redirects=False)

    def ingelogd(self, rol: str) -> TestClient:
        client = self.client()
        csrf = csrf_van(client.get("/inloggen").text)
        antwoord = client.post("/inloggen", data={"gebruiker": f"test-{rol}", "wachtwoord": WACHTWOORD, "csrf": csrf})
        assert antwoord.status_code == 303, antwoord.text
        return client


def maak_web(gemeente, token: str | None = None) -> Web:
    werkplek = Werkplek(gemeente.map)
    for rol in ROLLEN:
        gebruikers.toevoegen(werkplek, f"test-{rol}", rol, WACHTWOORD)
    return Web(gemeente, token)


class Server:
    """De webvoorkant echt draaiend (uvicorn in een thread) voor de tests in een echte browser."""

    def __init__(self, web: Web):
        import socket
        import threading

        import uvicorn

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.poort = int(s.getsockname()[1])
        self.adres = f"http://127.0.0.1:{self.poort}"
        self.server = uvicorn.Server(
            uvicorn.Config(web.app, host="127.0.0.1", port=self.poort, log_level="warning", access_log=False)
        )
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> Server:
        import time

        self.thread.start()
        while not self.server.started:
            time.sleep(0.05)
        return self

    def __exit__(self, *fout: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def chromium_pad() -> str | None:
    """Debian's chromium (CI installeert het: .ci/run); zonder slaan de browsertests over."""
    import shutil

    return shutil.which("chromium") or shutil.which("chromium-browser")
