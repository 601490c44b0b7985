"""De pagina's van de coördinator (3.5): het register met filters, aanvullen, intrekken, termijnen, meldformulieren
inlezen, het kwartaalrapport, doorsturen, opschonen en herstel. Elke pagina leest zijn formulier, roept één handeling
aan en toont de uitkomst, of de fout van de handeling naast het veld. Geen regel van het protocol hier.

Namen reizen nooit in een adres: zoeken op naam gaat met een POST; adressen noemen alleen incident- en
maatregelnummers."""

from __future__ import annotations

import re
import secrets
import shutil
import time
from datetime import date
from pathlib import Path
from typing import Any

from markupsafe import Markup
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from agressie_cli.domein.fouten import AgressieFout, InvoerFout, OpschonenOngedaan
from agressie_cli.web.basis import pagina, toon, werkplek_van
from agressie_cli.web.geheugen import onthouden
from agressie_cli.web.sessies import Sessie

MAX_FORMULIER = 2 * 1024 * 1024  # een ingevuld meldformulier is enkele tientallen kB
MAX_FORMULIEREN = 20
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
UPLOADMAP = "web-formulieren"  # naast het register: ingelezen maar nog niet geregistreerde formulieren
UPLOAD_BEWAARD = 24 * 3600  # een inlezing die de coördinator niet afmaakte, gaat na een dag weg
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{16,64}$")


def routes() -> list[Route]:
    return [
        Route("/beoordelen", beoordelen, methods=["GET"]),
        Route("/beoordelen/{nummer}", beoordelen, methods=["POST"]),
        Route("/aanvullen", aanvullen_lijst, methods=["GET", "POST"]),
        Route("/aanvullen/{nummer}", aanvullen, methods=["GET", "POST"]),
        Route("/intrekken", intrekken, methods=["GET", "POST"]),
        Route("/termijnen", termijnen, methods=["GET"]),
        Route("/formulieren", formulieren, methods=["GET", "POST"]),
        Route("/rapport", rapport, methods=["GET", "POST"]),
        Route("/doorsturen", doorsturen, methods=["GET", "POST"]),
        Route("/opschonen", opschonen, methods=["GET", "POST"]),
        Route("/herstel", herstel, methods=["GET", "POST"]),
    ]


def _fout(fout: AgressieFout) -> dict[str, str]:
    """De fout naast het veld dat hij noemt (het eerste «veld»), anders boven het formulier."""
    return {"fout": fout.melding, "fout_veld": fout.velden[0] if fout.velden else ""}


def _tekst(formulier: Any, sleutel: str) -> str:
    waarde = formulier.get(sleutel)
    return waarde.strip() if isinstance(waarde, str) else ""


# --- /incidenten: het register met filters ------------------------------------------------------------------------

FILTERS = ("zoek", "status", "afdeling", "van", "tot")


async def incidenten(request: Request, sessie: Sessie) -> Response:
    """Het register met filters. De filters (ook de naam) komen met een POST, nooit in het adres. Een leidinggevende
    ziet alleen de afdelingen op zijn account (geen: alle)."""
    from agressie_cli.handelingen import coordinator

    filters = dict.fromkeys(FILTERS, "")
    if request.method == "POST":
        formulier = await request.form()
        filters = {s: _tekst(formulier, s) for s in FILTERS}
    werkplek = werkplek_van(request, sessie)
    eigen = () if sessie.rol == "coordinator" else sessie.afdelingen
    extra: dict[str, str] = {}
    status = 200

    def alles() -> Any:  # zonder filter: bewaard zolang het register hetzelfde is
        return onthouden(werkplek, ("incidenten", eigen), lambda: coordinator.incidenten(werkplek, afdelingen=eigen))

    try:
        if any(filters.values()):
            overzicht = await run_in_threadpool(
                coordinator.incidenten,
                werkplek,
                filters["van"] or None,
                filters["tot"] or None,
                filters["zoek"] or None,
                filters["status"] or None,
                filters["afdeling"] or None,
                eigen,
            )
        else:
            overzicht = await run_in_threadpool(alles)
    except AgressieFout as fout:
        extra, status = _fout(fout), 422
        overzicht = await run_in_threadpool(alles)
    return toon(
        request,
        "register.html",
        sessie,
        status=status,
        o=overzicht,
        filters=filters,
        gefilterd=any(filters.values()),
        profiel=werkplek.profiel,
        **{"fout": "", "fout_veld": "", **extra},
    )


# --- beoordelen: meldingen van het web -----------------------------------------------------------------------------


@pagina("/beoordelen")
async def beoordelen(request: Request, sessie: Sessie) -> Response:
    """De meldingen van het web die op beoordeling wachten. POST /beoordelen/<nummer> met `actie` aanvaarden,
    samenvoegen (met «samengevoegd_met») of afwijzen (met «reden»): één handeling van handelingen/beoordelen.py."""
    from agressie_cli.handelingen import beoordelen as handeling

    werkplek = werkplek_van(request, sessie)
    gegevens: dict[str, Any] = {"fout": "", "fout_veld": "", "fout_nummer": "", "waarden": {}, "uitkomst": None}
    status = 200
    if request.method == "POST":
        nummer = request.path_params["nummer"]
        formulier = await request.form()
        actie = _tekst(formulier, "actie")
        waarden = {s: _tekst(formulier, s) for s in ("samengevoegd_met", "reden")}
        try:
            if actie == "aanvaarden":
                uitkomst = await run_in_threadpool(handeling.aanvaarden, werkplek, nummer)
            elif actie == "samenvoegen":
                uitkomst = await run_in_threadpool(
                    handeling.samenvoegen, werkplek, nummer, waarden["samengevoegd_met"], waarden["reden"] or None
                )
            elif actie == "afwijzen":
                uitkomst = await run_in_threadpool(handeling.afwijzen, werkplek, nummer, waarden["reden"])
            else:
                raise InvoerFout("Kies aanvaarden, samenvoegen of afwijzen.")
        except AgressieFout as fout:
            if isinstance(fout, handeling.GeenMelding):
                return toon(request, "onbekend.html", sessie, status=404, melding=fout.melding)
            gegevens.update(_fout(fout), fout_nummer=nummer, waarden=waarden, actie=actie)
            if fout.velden and fout.sjabloon.startswith(f"«{fout.velden[0]}»: "):  # naast het veld: zonder het veld
                tekst = AgressieFout(fout.sjabloon.split(": ", 1)[1]).melding
                gegevens["fout"] = tekst[:1].upper() + tekst[1:]
            status = 422
        else:
            gegevens["uitkomst"] = uitkomst
    meldingen = await run_in_threadpool(handeling.te_beoordelen, werkplek)
    return toon(request, "beoordelen.html", sessie, status=status, meldingen=meldingen, **gegevens)


# --- aanvullen --------------------------------------------------------------------------------------------------


@pagina("/aanvullen")
async def aanvullen_lijst(request: Request, sessie: Sessie) -> Response:
    """Wat nog aangevuld moet worden: de meldingen die niet compleet zijn (ook die van medewerkers op het web)."""
    from agressie_cli.handelingen import coordinator

    werkplek = werkplek_van(request, sessie)
    overzicht = await run_in_threadpool(
        lambda: onthouden(werkplek, "aanvullen", lambda: coordinator.incidenten(werkplek, onvolledig=True))
    )
    return toon(request, "aanvullen-lijst.html", sessie, o=overzicht, profiel=werkplek.profiel)


@pagina("/aanvullen")
async def aanvullen(request: Request, sessie: Sessie) -> Response:
    """Een formulier over de velden die het incident nog mist; opslaan met registreren.aanvullen."""
    from agressie_cli.handelingen import coordinator, registreren

    werkplek = werkplek_van(request, sessie)
    nummer = request.path_params["nummer"]
    try:
        vooraf = await run_in_threadpool(coordinator.aan_te_vullen, werkplek, nummer)
    except AgressieFout as fout:
        return toon(request, "onbekend.html", sessie, status=404, melding=fout.melding)
    gegevens: dict[str, Any] = {"a": vooraf, "waarden": {}, "fout": "", "fout_veld": "", "uitkomst": None}
    status = 200
    if request.method == "POST":
        formulier = await request.form()
        waarden = {v.sleutel: _tekst(formulier, v.sleutel) for v in vooraf.velden}
        velden: dict[str, Any] = {}
        for v in vooraf.velden:
            tekst = waarden[v.sleutel]
            if not tekst:
                continue
            if v.type == "janee":
                velden[v.sleutel] = tekst == "ja"
            elif v.type == "lijst":
                velden[v.sleutel] = [w for w in re.split(r"[,\n]", tekst) if w.strip()]
            else:
                velden[v.sleutel] = tekst
        try:
            uitkomst = await run_in_threadpool(registreren.aanvullen, werkplek, nummer, velden)
        except AgressieFout as fout:
            gegevens.update(waarden=waarden, **_fout(fout))
            status = 422
        else:
            vooraf = await run_in_threadpool(coordinator.aan_te_vullen, werkplek, nummer)
            gegevens.update(a=vooraf, uitkomst=uitkomst)
    return toon(request, "aanvullen.html", sessie, status=status, **gegevens)


# --- intrekken ----------------------------------------------------------------------------------------------------


@pagina("/intrekken")
async def intrekken(request: Request, sessie: Sessie) -> Response:
    """Een incident (bijvoorbeeld dubbel gemeld) of een maatregel intrekken, met een verplichte reden."""
    from agressie_cli.handelingen import besluiten

    waarden = {"nummer": request.query_params.get("nummer", "")[:20], "reden": "", "datum": ""}
    gegevens: dict[str, Any] = {"fout": "", "fout_veld": "", "uitkomst": None}
    status = 200
    if request.method == "POST":
        formulier = await request.form()
        waarden = {s: _tekst(formulier, s) for s in ("nummer", "reden", "datum")}
        try:
            if not waarden["nummer"]:
                raise InvoerFout("«nummer»: vul het nummer van het incident (2026-0012) of de maatregel (M00012) in.")
            uitkomst = await run_in_threadpool(
                besluiten.intrekken,
                werkplek_van(request, sessie),
                waarden["nummer"],
                waarden["reden"],
                waarden["datum"] or None,
            )
        except AgressieFout as fout:
            gegevens.update(_fout(fout))
            status = 422
        else:
            gegevens["uitkomst"] = uitkomst
            waarden = {"nummer": "", "reden": "", "datum": ""}
    return toon(request, "intrekken.html", sessie, status=status, waarden=waarden, **gegevens)


# --- termijnen ----------------------------------------------------------------------------------------------------


TERMIJNEN_PER_PAGINA = 100


@pagina("/termijnen")
async def termijnen(request: Request, sessie: Sessie) -> Response:
    """Wat open staat, verlopen eerst (het dringendste eerst): dezelfde punten als agressie termijnen, met wat al lang
    verlopen is (achterstand) samengevat; ?alles=ja toont alles, zoals agressie termijnen --alles. Per pagina
    TERMIJNEN_PER_PAGINA punten (?pagina=2 ...): bij 10.000 incidenten zijn het er duizenden."""
    from agressie_cli.handelingen import opvragen

    werkplek = werkplek_van(request, sessie)
    vandaag = date.today()
    alles = request.query_params.get("alles") == "ja"
    try:
        gevraagd = max(1, int(request.query_params.get("pagina") or 1))
    except ValueError:
        gevraagd = 1

    def overzicht() -> dict[str, Any]:  # een keer per versie van het register en per dag (en per pagina de tabel)
        t = opvragen.termijnen(werkplek, vandaag, alles)
        items = t.alle if alles else t.actueel
        return {
            "items": items,
            "aantal": len(items),
            "verlopen": sum(1 for i in items if i.verlopen),
            "achterstand": len(t.achterstand),
            "achterstand_incidenten": len({i.incident for i in t.achterstand if i.incident is not None}),
            "achterstand_dagen": t.achterstand_dagen,
            "paginas": max(1, -(-len(items) // TERMIJNEN_PER_PAGINA)),
        }

    t = await run_in_threadpool(lambda: onthouden(werkplek, ("termijnen", vandaag, alles), overzicht))
    nummer = min(gevraagd, t["paginas"])

    def tabel() -> Markup:  # honderd rijen: één keer opgemaakt, zolang het register en de dag dezelfde zijn
        begin = (nummer - 1) * TERMIJNEN_PER_PAGINA
        items = t["items"][begin : begin + TERMIJNEN_PER_PAGINA]
        return Markup(request.app.state.sjablonen.get_template("_termijnen_tabel.html").render(items=items))

    return toon(
        request,
        "termijnen.html",
        sessie,
        tabel=await run_in_threadpool(lambda: onthouden(werkplek, ("termijnen-tabel", vandaag, alles, nummer), tabel)),
        t=t,
        pagina=nummer,
        per_pagina=TERMIJNEN_PER_PAGINA,
        alles=alles,
        peildatum=vandaag,
    )


# --- meldformulieren inlezen en registreren -------------------------------------------------------------------------


def _uploadmap(request: Request) -> Path:
    werkplek = request.app.state.werkplek
    return Path(werkplek.instellingen.register_pad).parent / UPLOADMAP


def _ruim_oude_op(map_: Path) -> None:
    if not map_.is_dir():
        return
    grens = time.time() - UPLOAD_BEWAARD
    for sub in map_.iterdir():
        try:
            if sub.is_dir() and sub.stat().st_mtime < grens:
                shutil.rmtree(sub, ignore_errors=True)
        except OSError:
            continue


def _veilige_naam(naam: str, i: int) -> str:
    stam = re.sub(r"[^A-Za-z0-9._ -]", "_", Path(naam or "").name)[:80].strip(" .") or "formulier"
    if not stam.lower().endswith(".xlsx"):
        stam += ".xlsx"
    return f"{i:02d}-{stam}"


def _controleer_upload(bestand: UploadFile, inhoud: bytes) -> None:
    """Alleen een Excel-bestand (.xlsx: een zip met een werkboek) en niet groter dan MAX_FORMULIER."""
    import io
    import zipfile

    naam = Path(bestand.filename or "").name
    if len(inhoud) > MAX_FORMULIER:
        raise InvoerFout(
            f"«formulier»: {naam} is groter dan {MAX_FORMULIER // (1024 * 1024)} MB; een meldformulier is veel kleiner."
        )
    if not naam.lower().endswith(".xlsx") or not inhoud.startswith(b"PK\x03\x04"):
        raise InvoerFout(
            f"«formulier»: {naam or 'het bestand'} is geen Excel-bestand (.xlsx). Kies het ingevulde meldformulier."
        )
    try:
        with zipfile.ZipFile(io.BytesIO(inhoud)) as zip_:
            if "xl/workbook.xml" not in zip_.namelist():
                raise InvoerFout(f"«formulier»: {naam} is geen Excel-werkboek. Kies het ingevulde meldformulier.")
    except zipfile.BadZipFile:
        raise InvoerFout(f"«formulier»: {naam} is beschadigd of geen Excel-bestand.") from None


@pagina("/formulieren")
async def formulieren(request: Request, sessie: Sessie) -> Response:
    """Stap 1: ingevulde meldformulieren uploaden; agressie leest ze (niets geregistreerd) en toont wat erin staat,
    met 'bedoelt u ...?'. Stap 2: de coördinator kiest per formulier registreren (en bij welke persoon)."""
    from agressie_cli.handelingen import registreren

    werkplek = werkplek_van(request, sessie)
    if request.method == "GET":
        return toon(request, "formulieren.html", sessie, gelezen=None, token="", fout="", fout_veld="", uitslag=None)
    formulier = await request.form()
    map_ = _uploadmap(request)
    try:
        if formulier.get("actie") == "registreren":
            token = _tekst(formulier, "token")
            if not _TOKEN.match(token) or not (map_ / token).is_dir():
                raise InvoerFout("De ingelezen formulieren zijn er niet meer (te lang geleden?). Upload ze opnieuw.")
            paden = sorted((map_ / token).glob("*.xlsx"))
            gelezen = await run_in_threadpool(registreren.lees_formulieren, werkplek, paden)
            keuzes = [
                registreren.Keuze(
                    registreren=formulier.get(f"registreer-{i}") == "ja",
                    persoon=(_tekst(formulier, f"persoon-{i}") or None),
                )
                for i in range(len(gelezen))
            ]
            uitslag = await run_in_threadpool(registreren.melden_formulieren, werkplek, gelezen, keuzes)
            shutil.rmtree(map_ / token, ignore_errors=True)
            return toon(
                request, "formulieren.html", sessie, gelezen=None, token="", fout="", fout_veld="", uitslag=uitslag
            )
        bestanden = [b for b in formulier.getlist("formulier") if isinstance(b, UploadFile) and b.filename]
        if not bestanden:
            raise InvoerFout("«formulier»: kies een of meer ingevulde meldformulieren (.xlsx).")
        if len(bestanden) > MAX_FORMULIEREN:
            raise InvoerFout(f"«formulier»: hoogstens {MAX_FORMULIEREN} formulieren tegelijk.")
        inhoud = []
        for b in bestanden:
            data = await b.read(MAX_FORMULIER + 1)
            _controleer_upload(b, data)
            inhoud.append((b.filename or "", data))
        _ruim_oude_op(map_)
        token = secrets.token_urlsafe(18)
        doel = map_ / token
        doel.mkdir(parents=True)
        paden = []
        for i, (naam, data) in enumerate(inhoud):
            pad = doel / _veilige_naam(naam, i)
            pad.write_bytes(data)
            paden.append(pad)
        gelezen = await run_in_threadpool(registreren.lees_formulieren, werkplek, paden)
    except AgressieFout as fout:
        return toon(
            request, "formulieren.html", sessie, status=422, gelezen=None, token="", uitslag=None, **_fout(fout)
        )
    return toon(request, "formulieren.html", sessie, gelezen=gelezen, token=token, fout="", fout_veld="", uitslag=None)


# --- rapport ------------------------------------------------------------------------------------------------------


def _kwartalen(vandaag: date, aantal: int = 8) -> list[str]:
    jaar, kwartaal = vandaag.year, (vandaag.month - 1) // 3 + 1
    uit = []
    for _ in range(aantal):
        uit.append(f"{jaar}-Q{kwartaal}")
        jaar, kwartaal = (jaar, kwartaal - 1) if kwartaal > 1 else (jaar - 1, 4)
    return uit


@pagina("/rapport")
async def rapport(request: Request, sessie: Sessie) -> Response:
    """Het kwartaaloverzicht als Excel-bestand om te downloaden. Met namen alleen na een uitdrukkelijke keuze; dat
    komt in het logboek (met de gebruiker), zodat opschonen het later noemt."""
    import tempfile

    from agressie_cli.handelingen import beheer

    kwartalen = _kwartalen(date.today())
    if request.method == "GET":
        return toon(request, "rapport.html", sessie, kwartalen=kwartalen, gekozen=kwartalen[1], fout="", fout_veld="")
    formulier = await request.form()
    kwartaal = _tekst(formulier, "kwartaal")
    met_namen = formulier.get("met_namen") == "ja"
    try:
        with tempfile.TemporaryDirectory(prefix="agressie-rapport-") as tmp:
            doel = Path(tmp) / f"rapport-{kwartaal or 'periode'}.xlsx"
            uitkomst = await run_in_threadpool(
                lambda: beheer.rapport(werkplek_van(request, sessie), kwartaal or None, uit=doel, met_namen=met_namen)
            )
            inhoud = uitkomst.bestand.read_bytes()
            naam = f"rapport-{uitkomst.periode.naam}{'-met-namen' if met_namen else ''}.xlsx"
    except AgressieFout as fout:
        return toon(request, "rapport.html", sessie, status=422, kwartalen=kwartalen, gekozen=kwartaal, **_fout(fout))
    return Response(inhoud, media_type=XLSX, headers={"Content-Disposition": f'attachment; filename="{naam}"'})


# --- doorsturen ---------------------------------------------------------------------------------------------------


@pagina("/doorsturen")
async def doorsturen(request: Request, sessie: Sessie) -> Response:
    """De registratie als e-mail (.eml, Outlook opent het als concept) aan de clustermanager of, als de melding
    compleet is, de AOV-er. Het concept staat ook in uitgaand/ naast het register; de datum komt in het register."""
    from agressie_cli.handelingen import doorsturen as handeling

    waarden = {"nummer": request.query_params.get("nummer", "")[:20], "aan": "clustermanager", "email": ""}
    if request.method == "GET":
        return toon(request, "doorsturen.html", sessie, waarden=waarden, fout="", fout_veld="")
    formulier = await request.form()
    waarden = {s: _tekst(formulier, s) for s in ("nummer", "aan", "email")}
    try:
        if not waarden["nummer"]:
            raise InvoerFout("«nummer»: vul het nummer van het incident in, bijvoorbeeld 2026-0012.")
        uitkomst = await run_in_threadpool(
            handeling.doorsturen,
            werkplek_van(request, sessie),
            waarden["nummer"],
            waarden["aan"] or None,
            waarden["email"] or None,
        )
    except AgressieFout as fout:
        return toon(request, "doorsturen.html", sessie, status=422, waarden=waarden, **_fout(fout))
    naam = f"doorsturen-{uitkomst.incident}-{uitkomst.aan}.eml"
    return Response(
        uitkomst.bestand.read_bytes(),
        media_type="message/rfc822",
        headers={"Content-Disposition": f'attachment; filename="{naam}"'},
    )


# --- opschonen ----------------------------------------------------------------------------------------------------


@pagina("/opschonen")
async def opschonen(request: Request, sessie: Sessie) -> Response:
    """Bewaartermijn (AVG): eerst zien wie de termijn bereikte (een POST die niets wijzigt), dan met een tweede POST
    bevestigen; pas dan anonimiseert agressie."""
    from agressie_cli.handelingen import beheer

    werkplek = werkplek_van(request, sessie)
    if request.method == "GET":
        return toon(request, "opschonen.html", sessie, o=None, fout="")
    formulier = await request.form()
    uitvoeren = formulier.get("actie") == "uitvoeren" and formulier.get("bevestigd") == "ja"
    try:
        uitkomst = await run_in_threadpool(beheer.opschonen, werkplek, date.today(), uitvoeren)
    except AgressieFout as f:
        return toon(request, "opschonen.html", sessie, status=422, o=None, fout=f.melding)
    melding = ""
    if formulier.get("actie") == "uitvoeren" and not uitvoeren:
        melding = "Vink aan dat u de gegevens wilt anonimiseren; er is niets gewijzigd."
    return toon(request, "opschonen.html", sessie, status=422 if melding else 200, o=uitkomst, fout=melding)


# --- herstel ------------------------------------------------------------------------------------------------------


@pagina("/herstel")
async def herstel(request: Request, sessie: Sessie) -> Response:
    """De reservekopieën; een kopie terugzetten na bevestiging (een tweede POST). Een kopie van vóór een opschonen
    vraagt nog een keer: dan komen verwijderde persoonsgegevens terug."""
    from agressie_cli.handelingen import beheer

    werkplek = werkplek_van(request, sessie)
    gegevens: dict[str, Any] = {"fout": "", "bevestig": None, "gekozen": None, "na_opschonen": False, "uitkomst": None}
    status = 200
    if request.method == "POST":
        formulier = await request.form()
        kopie = _tekst(formulier, "kopie")
        try:
            if not kopie.isdigit():
                raise InvoerFout("«kopie»: kies een reservekopie uit de lijst.")
            if formulier.get("actie") != "terugzetten":
                # Alleen de gekozen kopie wordt gelezen (3.5): is hij heel, en hoeveel incidenten staan erin.
                gekozen = await run_in_threadpool(beheer.reservekopie, werkplek, kopie)
                if not gekozen.leesbaar:
                    raise InvoerFout(f"Reservekopie {kopie} is zelf beschadigd; kies een andere.")
                gegevens.update(bevestig=kopie, gekozen=gekozen)
            else:
                ook = formulier.get("na_opschonen") == "ja"
                gegevens["uitkomst"] = await run_in_threadpool(beheer.herstel, werkplek, kopie, ook)
        except OpschonenOngedaan as fout:
            gegevens.update(fout=fout.vraag, bevestig=kopie, na_opschonen=True)
            status = 409
        except AgressieFout as fout:
            gegevens["fout"] = fout.melding
            status = 422
    lijst = await run_in_threadpool(lambda: beheer.reservekopieen(werkplek, lezen=False))  # snel: geen kopie gelezen
    return toon(request, "herstel.html", sessie, status=status, kopieen=lijst.kopieen, **gegevens)
