"""De Starlette-app: de pagina's (paginas.py), de statische bestanden en de kopregels van basis.py."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from agressie_cli.handelingen.werkplek import Werkplek
from agressie_cli.web import paginas
from agressie_cli.web.basis import HIER, Beveiliging, Instelling, _kort
from agressie_cli.web.geheugen import Webwerkplek
from agressie_cli.web.meldrij import Meldrij
from agressie_cli.web.sessies import Inlogrem, Sessies


def maak_app(instelling: Instelling, werkplek: Werkplek | None = None) -> Starlette:
    werkplek = Webwerkplek.van(werkplek or Werkplek(instelling.map))  # het register blijft in het geheugen
    sjablonen = Jinja2Templates(directory=str(HIER / "sjablonen"))
    sjablonen.env.filters["kort"] = _kort
    app = Starlette(
        routes=[
            *paginas.routes(),
            Mount("/statisch", StaticFiles(directory=str(HIER / "statisch")), name="statisch"),
        ]
    )
    app.state.instelling = instelling
    app.state.werkplek = werkplek
    app.state.sjablonen = sjablonen
    app.state.sessies = Sessies(instelling.stil_minuten)
    app.state.inlogrem = Inlogrem()
    app.state.token = instelling.eenmalig_token
    app.state.meldrij = Meldrij()  # meldingen die tegelijk binnenkomen: één schrijfactie (web/meldrij.py)
    app.add_middleware(Beveiliging)
    return app
