"""Personen voor de coördinator op het web (3.5, met 3.4): zoeken op naam (alleen in een POST, nooit in het adres),
één persoon met incidenten en maatregelen, en daar een verwacht bezoek (`agressie bezoek`) of een inzageverzoek en het
dossier (`agressie inzage`) vastleggen. Elke opvraging komt in het logboek, zonder de gezochte naam."""

from __future__ import annotations

from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, Response
from starlette.routing import Route

from agressie_cli.domein.fouten import AgressieFout
from agressie_cli.web.basis import pagina, toon, werkplek_van
from agressie_cli.web.leidinggevende import _tekst, _waarden, veld_van
from agressie_cli.web.nabehandeling import DOCX, _datum
from agressie_cli.web.sessies import Sessie

PAD = "/personen"


def routes() -> list[Route]:
    return [
        Route("/personen", zoeken, methods=["GET", "POST"]),
        Route("/personen/{persoon}", persoon, methods=["GET"]),
        Route("/personen/{persoon}/bezoek", bezoek, methods=["POST"]),
        Route("/personen/{persoon}/inzage", inzage, methods=["POST"]),
        Route("/personen/{persoon}/inzage.docx", inzage_docx, methods=["GET"]),
    ]


@pagina(PAD)
async def zoeken(request: Request, sessie: Sessie) -> Response:
    from agressie_cli.handelingen import personen

    if request.method == "GET":
        return toon(request, "personen.html", sessie, treffers=None, naam="")
    naam = str((await request.form()).get("naam") or "")
    try:
        treffers = await run_in_threadpool(personen.zoek, werkplek_van(request, sessie), naam)
    except AgressieFout as fout:
        return toon(request, "personen.html", sessie, status=422, treffers=None, naam=naam, fout=_tekst(fout))
    return toon(request, "personen.html", sessie, treffers=treffers, naam=naam)


async def _pagina(request: Request, sessie: Sessie, status: int = 200, **extra: Any) -> Response:
    from agressie_cli.handelingen import personen

    try:
        beeld = await run_in_threadpool(personen.persoon, werkplek_van(request, sessie), request.path_params["persoon"])
    except AgressieFout as fout:
        return toon(request, "niet-gevonden.html", sessie, status=404, melding=fout.melding, terug="/personen")
    return toon(
        request,
        "persoon.html",
        sessie,
        status=status,
        p=beeld,
        **{"fout": "", "fout_veld": "", "formulier": "", "waarden": {}, "melding": "", **extra},
    )


@pagina(PAD)
async def persoon(request: Request, sessie: Sessie) -> Response:
    return await _pagina(request, sessie)


@pagina(PAD)
async def bezoek(request: Request, sessie: Sessie) -> Response:
    from agressie_cli.domein.nederlands import kort
    from agressie_cli.handelingen import bezoek as handeling

    waarden = _waarden(await request.form(), "datum", "tijd")
    nummer = request.path_params["persoon"].strip().upper()
    try:
        if not waarden["datum"]:
            raise AgressieFout("«datum»: vul de dag in waarop de persoon verwacht wordt, bijvoorbeeld 08-12-2026.")
        b = await run_in_threadpool(
            handeling.bezoek, werkplek_van(request, sessie), nummer, _datum(waarden["datum"]), waarden["tijd"] or None
        )
    except AgressieFout as fout:
        return await _pagina(
            request, sessie, 422, fout=_tekst(fout), fout_veld=veld_van(fout), formulier="bezoek", waarden=waarden
        )
    tijd = f" om {b.tijd:%H.%M} uur" if b.tijd else ""
    return await _pagina(
        request, sessie, melding=f"Bezoek op {kort(b.datum)}{tijd} vastgelegd; die dag: {b.waarschuwen}."
    )


@pagina(PAD)
async def inzage(request: Request, sessie: Sessie) -> Response:
    """Een inzageverzoek vastleggen (actie 'verzoek'), of het dossier maken (actie 'dossier'), dat de open verzoeken
    beantwoordt."""
    from agressie_cli.domein.nederlands import kort
    from agressie_cli.handelingen import inzage as handeling

    waarden = _waarden(await request.form(), "ontvangen", "datum", "actie")
    nummer = request.path_params["persoon"].strip().upper()
    try:
        ontvangen = _datum(waarden["ontvangen"], "ontvangen") if waarden["ontvangen"] else None
        uitkomst = await run_in_threadpool(
            lambda: handeling.inzage(
                werkplek_van(request, sessie),
                nummer,
                _datum(waarden["datum"]),
                ontvangen=ontvangen,
                alleen_verzoek=waarden["actie"] == "verzoek",
            )
        )
    except AgressieFout as fout:
        return await _pagina(
            request, sessie, 422, fout=_tekst(fout), fout_veld=veld_van(fout), formulier="inzage", waarden=waarden
        )
    if uitkomst.bestand is None:
        melding = f"Inzageverzoek vastgelegd; het dossier moet uiterlijk {kort(uitkomst.uiterlijk)} verstrekt zijn."
    else:
        melding = "Het dossier is gemaakt; download het hieronder en stuur het de persoon."
    return await _pagina(request, sessie, melding=melding)


@pagina(PAD)
async def inzage_docx(request: Request, sessie: Sessie) -> Response:
    from agressie_cli.handelingen import personen

    nummer = request.path_params["persoon"].strip().upper()
    try:
        pad = await run_in_threadpool(personen.inzagebrief, werkplek_van(request, sessie), nummer)
    except AgressieFout as fout:
        return toon(request, "niet-gevonden.html", sessie, status=404, melding=fout.melding, terug="/personen")
    return FileResponse(pad, media_type=DOCX, filename=f"inzage-{nummer}.docx")
