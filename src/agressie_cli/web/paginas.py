"""De pagina's. Een pagina leest zijn formulier, roept één handeling aan en toont de uitkomst; fouten van de handeling
(een AgressieFout) staan als melding naast het formulier."""

from __future__ import annotations

import secrets

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from agressie_cli.domein.fouten import AgressieFout
from agressie_cli.web import coordinator, leidinggevende, medewerker, nabehandeling, personen
from agressie_cli.web.basis import (
    _inlogformulier,
    naar,
    pagina,
    sessie_van,
    toon,
    werkplek_van,
    zet_cookie,
)
from agressie_cli.web.sessies import COOKIE, Sessie


def routes() -> list[Route]:
    return [
        Route("/", start, methods=["GET"]),
        Route("/inloggen", inloggen_formulier, methods=["GET"]),
        Route("/inloggen", inloggen, methods=["POST"]),
        Route("/uitloggen", uitloggen, methods=["POST"]),
        Route("/receptie", receptie, methods=["GET", "POST"]),
        Route("/gebruikers", gebruikers, methods=["GET", "POST"]),
        *medewerker.routes(),
        *leidinggevende.routes(),
        Route("/incidenten", incidenten, methods=["GET", "POST"]),
        *coordinator.routes(),
        *nabehandeling.routes(),
        *personen.routes(),
    ]


async def start(request: Request) -> Response:
    token = request.query_params.get("token")
    if token is not None:
        return await _met_token(request, token)
    return await _startpagina(request)


@pagina("/")
async def _startpagina(request: Request, sessie: Sessie) -> Response:
    return toon(request, "start.html", sessie)


async def _met_token(request: Request, token: str) -> Response:
    """Het eenmalige token uit het adres dat `agressie web` opende: een sessie als coördinator, en het token is op."""
    from agressie_cli.domein.register import gebruikersnaam

    verwacht = request.app.state.token
    if not verwacht or not secrets.compare_digest(token, verwacht):
        return await _inlogformulier(
            request,
            None,
            status=401,
            fout="Dit adres is al gebruikt of verlopen. Log in, of start agressie web opnieuw.",
        )
    request.app.state.token = None
    sessie = request.app.state.sessies.nieuw(gebruikersnaam(), "coordinator")
    antwoord = naar("/")
    zet_cookie(request, antwoord, sessie)
    return antwoord


async def inloggen_formulier(request: Request) -> Response:
    sessie = sessie_van(request)
    if sessie is not None and sessie.ingelogd:
        return naar("/")
    return await _inlogformulier(request, sessie)


async def inloggen(request: Request) -> Response:
    from agressie_cli.handelingen import gebruikers

    sessie = sessie_van(request)
    formulier = await request.form()
    if sessie is None or not secrets.compare_digest(str(formulier.get("csrf") or ""), sessie.csrf):
        return await _inlogformulier(
            request, None, status=403, fout="Het formulier was verlopen. Vul uw naam en wachtwoord opnieuw in."
        )
    naam = str(formulier.get("gebruiker") or "").strip()
    wachtwoord = str(formulier.get("wachtwoord") or "")
    adres = request.client.host if request.client else "?"
    rem = request.app.state.inlogrem
    if rem.geblokkeerd(naam, adres):
        return await _inlogformulier(
            request,
            sessie,
            status=429,
            fout="Te veel mislukte pogingen. Probeer het over 15 minuten opnieuw, of vraag de coördinator om hulp.",
        )
    account = await run_in_threadpool(gebruikers.inloggen, request.app.state.werkplek, naam, wachtwoord)
    if account is None:
        rem.mislukt(naam, adres)
        return await _inlogformulier(request, sessie, status=401, fout="Naam of wachtwoord klopt niet.")
    rem.gelukt(naam)
    request.app.state.sessies.beeindig(sessie.sleutel)  # een nieuwe sleutel na het inloggen (sessiefixatie)
    nieuw = request.app.state.sessies.nieuw(account.naam, account.rol, account.afdelingen)
    antwoord = naar("/")
    zet_cookie(request, antwoord, nieuw)
    return antwoord


async def uitloggen(request: Request) -> Response:
    sessie = sessie_van(request)
    formulier = await request.form()
    if sessie is None or not secrets.compare_digest(str(formulier.get("csrf") or ""), sessie.csrf):
        return await _inlogformulier(request, None, status=403, fout="Het formulier was verlopen.")
    request.app.state.sessies.beeindig(sessie.sleutel)
    antwoord = naar("/inloggen")
    antwoord.delete_cookie(COOKIE, path="/")
    return antwoord


@pagina("/receptie")
async def receptie(request: Request, sessie: Sessie) -> Response:
    """Eén zoekvak. De naam gaat alleen in een POST (nooit in het adres); elke opvraging komt in het logboek."""
    from agressie_cli.handelingen import receptie as handeling

    werkplek = werkplek_van(request, sessie)
    # 3.4 (Geertruidenberg 3.3): wie er vandaag verwacht wordt met eerdere agressie (agressie bezoek), boven het zoekvak.
    bezoeken = await run_in_threadpool(handeling.bezoeken_vandaag, werkplek)
    if request.method == "GET":
        return toon(request, "receptie.html", sessie, uitslag=None, naam="", bezoeken=bezoeken)
    naam = str((await request.form()).get("naam") or "")
    try:
        uitslag = await run_in_threadpool(handeling.zoek, werkplek, naam)
    except AgressieFout as fout:
        return toon(
            request, "receptie.html", sessie, status=422, uitslag=None, naam=naam, fout=fout.melding, bezoeken=bezoeken
        )
    return toon(request, "receptie.html", sessie, uitslag=uitslag, naam=naam, bezoeken=bezoeken)


@pagina("/gebruikers")
async def gebruikers(request: Request, sessie: Sessie) -> Response:
    from agressie_cli.handelingen import gebruikers as handeling

    werkplek = werkplek_van(request, sessie)
    melding, fout, status = "", "", 200
    if request.method == "POST":
        formulier = await request.form()
        try:
            if formulier.get("actie") == "verwijderen":
                weg = str(formulier.get("gebruiker") or "")
                if weg.lower() == (sessie.gebruiker or "").lower():
                    raise AgressieFout("U kunt uw eigen account niet verwijderen.")
                account = await run_in_threadpool(handeling.verwijderen, werkplek, weg)
                melding = f"Account {account.naam} is verwijderd."
            else:
                afdelingen = tuple(a for a in str(formulier.get("afdelingen") or "").split(",") if a.strip())
                account = await run_in_threadpool(
                    handeling.toevoegen,
                    werkplek,
                    str(formulier.get("gebruiker") or ""),
                    str(formulier.get("rol") or ""),
                    str(formulier.get("wachtwoord") or ""),
                    afdelingen,
                )
                melding = f"Account {account.naam} ({account.rol_label}) is toegevoegd."
        except AgressieFout as f:
            fout, status = f.melding, 422
    accounts = await run_in_threadpool(handeling.lijst, werkplek)
    return toon(
        request,
        "gebruikers.html",
        sessie,
        status=status,
        accounts=accounts,
        rollen=handeling.ROL_LABEL,
        melding=melding,
        fout=fout,
    )


@pagina("/incidenten")
async def incidenten(request: Request, sessie: Sessie) -> Response:
    """Eén route voor /incidenten, per rol: de coördinator het hele register met filters (web/coordinator.py), een
    leidinggevende zijn afdelingen (web/leidinggevende.py; filteren per POST gaat via de lijst met filters, beperkt
    tot zijn afdelingen)."""
    if sessie.rol == "leidinggevende" and request.method == "GET":
        return await leidinggevende.incidenten(request)
    return await coordinator.incidenten(request, sessie)
