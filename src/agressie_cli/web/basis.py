"""Wat elke pagina deelt. Elke pagina: sessie en rol controleren (401 zonder sessie, 403 met een andere rol), bij een POST
het CSRF-token, dan één handeling aanroepen en de uitkomst tonen. Welke rol welke pagina mag, staat in ROLLEN_PER_PAGINA;
de route-tests lopen die tabel helemaal af."""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from agressie_cli.domein.fouten import AgressieFout
from agressie_cli.handelingen.werkplek import Werkplek
from agressie_cli.web.sessies import COOKIE, Sessie

HIER = Path(__file__).parent
ALLE = ("medewerker", "receptie", "leidinggevende", "coordinator")

# Welke rol welke pagina ziet (3.5). De server controleert dit bij elk verzoek; het menu volgt dezelfde tabel.
ROLLEN_PER_PAGINA: dict[str, tuple[str, ...]] = {
    "/": ALLE,
    "/receptie": ("receptie", "coordinator"),
    "/gebruikers": ("coordinator",),
    "/melden": ("medewerker", "leidinggevende", "coordinator"),
    # /incidenten en alles eronder: /incidenten/<nummer>, .../brief, .../maatregel, .../nazorg en /brieven/<maatregel>.
    # De coördinator ziet het hele register met filters (web/coordinator.py), de leidinggevende zijn afdelingen.
    "/incidenten": ("leidinggevende", "coordinator"),
    # De coördinator (web/coordinator.py); /aanvullen geldt ook voor /aanvullen/<nummer>.
    "/aanvullen": ("coordinator",),
    "/beoordelen": ("coordinator",),  # en /beoordelen/<nummer>: meldingen van het web aanvaarden (3.5)
    "/intrekken": ("coordinator",),
    "/termijnen": ("coordinator",),
    "/formulieren": ("coordinator",),
    "/rapport": ("coordinator",),
    "/doorsturen": ("coordinator",),
    "/opschonen": ("coordinator",),
    "/herstel": ("coordinator",),
    # Na de brief (3.4): de lopende verboden en /maatregelen/<nummer> met reactie, verzoek, herzien, de brief
    # herziening en goedkeuren (web/nabehandeling.py). De leidinggevende ziet die van zijn afdelingen.
    "/maatregelen": ("leidinggevende", "coordinator"),
    # Een persoon opzoeken, met verwacht bezoek en inzage (web/personen.py); /personen/<nummer> valt eronder.
    "/personen": ("coordinator",),
}
MENU = (
    ("/melden", "Incident melden"),
    ("/incidenten", "Incidenten: advies, brief en nazorg"),
    ("/maatregelen", "Na de brief: reactie, verzoek en herzien"),
    ("/beoordelen", "Webmeldingen beoordelen"),
    ("/aanvullen", "Aanvullen"),
    ("/termijnen", "Termijnen"),
    ("/formulieren", "Meldformulieren inlezen"),
    ("/receptie", "Receptie: verboden opzoeken"),
    ("/personen", "Personen: bezoek en inzage"),
    ("/rapport", "Kwartaalrapport"),
    ("/doorsturen", "Doorsturen"),
    ("/intrekken", "Intrekken"),
    ("/opschonen", "Opschonen"),
    ("/herstel", "Herstel"),
    ("/gebruikers", "Gebruikers"),
)
# Een POST groter dan dit wordt geweigerd vóór het formulier gelezen wordt (uploads: web/coordinator.py per bestand).
MAX_VERZOEK = 25 * 1024 * 1024

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
)


@dataclass
class Instelling:
    """Hoe de server draait (uit `agressie web`)."""

    map: Path
    eenmalig_token: str | None = None  # de coördinator op zijn eigen pc: het token uit het adres
    alleen_lokaal: bool = True  # gebonden aan 127.0.0.1
    https: bool = False
    gebruiker_kop: str | None = None  # Windows-aanmelding via de reverse proxy: de naam in deze kop
    stil_minuten: int = 30


class Beveiliging:
    """Kopregels op elk antwoord: CSP zonder inline script, niet in een frame, niets in de cache van de browser of een
    proxy (pagina's met persoonsgegevens), geen verwijzer naar buiten."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def verstuur(bericht: Message) -> None:
            if bericht["type"] == "http.response.start":
                kop = MutableHeaders(scope=bericht)
                kop["Content-Security-Policy"] = CSP
                kop["X-Content-Type-Options"] = "nosniff"
                kop["X-Frame-Options"] = "DENY"
                kop["Referrer-Policy"] = "no-referrer"
                if not scope["path"].startswith("/statisch/"):
                    kop["Cache-Control"] = "no-store"
            await send(bericht)

        await self.app(scope, receive, verstuur)


def _kort(waarde: Any) -> str:
    from agressie_cli.domein.nederlands import kort

    return kort(waarde) if waarde else ""


# --- wat elke pagina deelt ------------------------------------------------------------------------------------------


def sessie_van(request: Request) -> Sessie | None:
    return request.app.state.sessies.zoek(request.cookies.get(COOKIE))


def zet_cookie(request: Request, antwoord: Response, sessie: Sessie) -> None:
    antwoord.set_cookie(
        COOKIE,
        sessie.sleutel,
        httponly=True,
        samesite="strict",
        secure=request.app.state.instelling.https,
        path="/",
    )


def toon(request: Request, sjabloon: str, sessie: Sessie | None, status: int = 200, **gegevens: Any) -> Response:
    menu = [(pad, tekst) for pad, tekst in MENU if sessie and sessie.rol in ROLLEN_PER_PAGINA.get(pad, ())]
    werkplek: Werkplek = request.app.state.werkplek
    antwoord = request.app.state.sjablonen.TemplateResponse(
        request,
        sjabloon,
        {"sessie": sessie, "menu": menu, "gemeente": _gemeente(werkplek), "pad": request.url.path, **gegevens},
        status_code=status,
    )
    return antwoord


def _gemeente(werkplek: Werkplek) -> str:
    try:
        return werkplek.instellingen.gemeente
    except AgressieFout:
        return ""


Handler = Callable[[Request, Sessie], Awaitable[Response]]


def pagina(pad: str) -> Callable[[Handler], Callable[[Request], Awaitable[Response]]]:
    """Sessie en rol voor `pad` uit ROLLEN_PER_PAGINA, en het CSRF-token bij elke POST. Zonder sessie 401 met het
    inlogformulier, met een andere rol 403."""

    def omhulsel(handler: Handler) -> Callable[[Request], Awaitable[Response]]:
        async def verzoek(request: Request) -> Response:
            sessie = sessie_van(request) or await _via_kop_of_token(request)
            if sessie is None or not sessie.ingelogd:
                return await _inlogformulier(request, sessie, status=401)
            if sessie.rol not in ROLLEN_PER_PAGINA[pad]:
                return toon(request, "geweigerd.html", sessie, status=403)
            if request.method == "POST":
                if int(request.headers.get("content-length") or 0) > MAX_VERZOEK:
                    return toon(request, "te-groot.html", sessie, status=413)
                formulier = await request.form()
                if not secrets.compare_digest(str(formulier.get("csrf") or ""), sessie.csrf):
                    return toon(request, "verlopen.html", sessie, status=403)
            antwoord = await handler(request, sessie)
            if request.cookies.get(COOKIE) != sessie.sleutel:
                zet_cookie(request, antwoord, sessie)
            return antwoord

        return verzoek

    return omhulsel


async def _via_kop_of_token(request: Request) -> Sessie | None:
    """Windows-aanmelding via de reverse proxy (alleen als de server aan 127.0.0.1 hangt, en alleen voor wie een
    account met een rol heeft)."""
    instelling: Instelling = request.app.state.instelling
    if not (instelling.gebruiker_kop and instelling.alleen_lokaal):
        return None
    naam = request.headers.get(instelling.gebruiker_kop, "").strip()
    if not naam:
        return None
    from agressie_cli.handelingen import gebruikers

    naam = naam.split("\\")[-1] if "\\" in naam and not _bestaat(request, naam) else naam
    account = await run_in_threadpool(gebruikers.met_naam, request.app.state.werkplek, naam)
    if account is None:
        return None
    return request.app.state.sessies.nieuw(account.naam, account.rol, account.afdelingen)


def _bestaat(request: Request, naam: str) -> bool:
    from agressie_cli.handelingen import gebruikers

    return gebruikers.met_naam(request.app.state.werkplek, naam) is not None


async def _inlogformulier(request: Request, sessie: Sessie | None, status: int = 200, fout: str = "") -> Response:
    if sessie is None:
        sessie = request.app.state.sessies.nieuw()
    antwoord = toon(request, "inloggen.html", None, status=status, csrf=sessie.csrf, fout=fout)
    zet_cookie(request, antwoord, sessie)
    return antwoord


def werkplek_van(request: Request, sessie: Sessie) -> Werkplek:
    """De werkplek van deze gebruiker: elke schrijfactie komt met zijn naam in logboek.csv."""
    werkplek: Werkplek = request.app.state.werkplek
    return werkplek.voor(f"web:{sessie.gebruiker}")


def naar(pad: str) -> RedirectResponse:
    return RedirectResponse(pad, status_code=303)
