"""De pagina's van de leidinggevende (3.5): de incidenten van de afdelingen op zijn account (geen: alle; de coördinator
ziet ze allemaal), één incident met het advies en de uitleg, de maatregel met een verplichte reden bij afwijken, de
brief als DOCX (en PDF als LibreOffice er is) om te downloaden, en de nazorg. Elke pagina leest zijn formulier, roept
één handeling aan en toont de uitkomst of de fout naast het veld."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, Response
from starlette.routing import Route

from agressie_cli.domein.fouten import AgressieFout
from agressie_cli.handelingen.leidinggevende import Besluitveld
from agressie_cli.handelingen.werkplek import Werkplek
from agressie_cli.web.basis import pagina, toon, werkplek_van
from agressie_cli.web.sessies import Sessie

# Alle pagina's hier vallen onder de rollen van /incidenten (ROLLEN_PER_PAGINA).
PAD = "/incidenten"
_OPTIE = re.compile(r"--([a-z][a-z-]*)")
T = TypeVar("T")


def routes() -> list[Route]:
    return [
        Route("/incidenten/{nummer}", incident, methods=["GET"]),
        Route("/incidenten/{nummer}/brief", brief, methods=["POST"]),
        Route("/incidenten/{nummer}/maatregel", maatregel, methods=["POST"]),
        Route("/incidenten/{nummer}/nazorg", nazorg, methods=["POST"]),
        Route("/brieven/{maatregel}.docx", download_docx, methods=["GET"]),
        Route("/brieven/{maatregel}.pdf", download_pdf, methods=["GET"]),
    ]


def _afdelingen(sessie: Sessie) -> tuple[str, ...]:
    """De coördinator ziet alle afdelingen; een leidinggevende die van zijn account (geen: alle)."""
    return () if sessie.rol == "coordinator" else sessie.afdelingen


def veld_van(fout: AgressieFout) -> str:
    """Het veld waar de fout naast hoort: het eerste «veld» in de melding (of een optie van de opdrachtregel in een
    oudere melding)."""
    if fout.velden:
        return fout.velden[0]
    gevonden = _OPTIE.search(fout.sjabloon)
    return gevonden.group(1).replace("-", "_") if gevonden else ""


def _tekst(fout: AgressieFout) -> str:
    """De melding voor het web, naast het veld: zonder het veld (of de optie van de opdrachtregel) ervoor."""
    sjabloon = re.sub(r"^(«[a-z_]+»|--[a-z][a-z-]*): ", "", fout.sjabloon, count=1)
    tekst = _OPTIE.sub(lambda m: m.group(1).replace("-", " "), AgressieFout(sjabloon).melding)
    return tekst[:1].upper() + tekst[1:]


def _in_woorden(tekst: str) -> str:
    """Een tekst met «veld»-merktekens (de uitleg van het advies) zoals het web hem toont: het veld bij naam."""
    from agressie_cli.domein.fouten import veldnaam, vul

    woorden = {"duur": "Duur in maanden"}  # zoals het formulier van de brief het veld noemt
    return vul(tekst, lambda veld: f"het veld {woorden.get(veld) or veldnaam(veld)}")


@pagina(PAD)
async def incidenten(request: Request, sessie: Sessie) -> Response:
    from agressie_cli.handelingen import leidinggevende

    werkplek = werkplek_van(request, sessie)
    regels = await run_in_threadpool(leidinggevende.incidenten, werkplek, _afdelingen(sessie))
    return toon(
        request,
        "incidenten.html",
        sessie,
        regels=regels,
        afdelingen=_afdelingen(sessie),
        klasse=werkplek.profiel.classificatie,
    )


async def _incidentpagina(request: Request, sessie: Sessie, status: int = 200, **extra: Any) -> Response:
    from agressie_cli.handelingen import leidinggevende

    werkplek = werkplek_van(request, sessie)
    nummer = request.path_params["nummer"]
    try:
        beeld = await run_in_threadpool(leidinggevende.incident, werkplek, nummer, _afdelingen(sessie))
    except AgressieFout as fout:
        return toon(request, "niet-gevonden.html", sessie, status=404, melding=fout.melding)
    profiel = werkplek.profiel
    gegeven = extra.get("waarden", {}).get("soort", "")
    adviessoort = beeld.advies.soort if beeld.advies else ""

    def gekozen(formulier: str, met_brief: bool) -> str:
        """De soort die het formulier toont: wat de gebruiker koos, anders het advies, anders de eerste in de lijst."""
        keuzes = [s for s, _, brief in beeld.soorten if brief or not met_brief]
        soort = gegeven if extra.get("formulier") == formulier and gegeven else adviessoort
        return soort if soort in keuzes else (keuzes[0] if keuzes else "")

    return toon(
        request,
        "incident.html",
        sessie,
        status=status,
        b=beeld,
        klasse=profiel.classificatie,
        reactie=beeld.nazorg.reactie_hoort_erbij,
        advies_fout=_tekst(AgressieFout(beeld.advies_fout)) if beeld.advies_fout else "",
        uitleg=[_in_woorden(regel) for regel in beeld.advies.uitleg] if beeld.advies else [],
        gekozen_brief=gekozen("brief", True),
        gekozen_maatregel=gekozen("maatregel", False),
        **{"fout": "", "fout_veld": "", "formulier": "", "waarden": {}, "melding": "", **extra},
    )


@pagina(PAD)
async def incident(request: Request, sessie: Sessie) -> Response:
    return await _incidentpagina(request, sessie)


def _waarden(formulier: Any, *sleutels: str) -> dict[str, str]:
    return {s: str(formulier.get(s) or "").strip() for s in sleutels}


def _besluitwaarden(velden: Sequence[Besluitveld], waarden: dict[str, str]) -> dict[str, Any]:
    """De ingevulde velden als parameters van de handeling, alleen die van de gekozen soort: een veld van een andere
    soort (door JavaScript verborgen) gaat niet mee. Een lijst: één waarde per regel; ja/nee: aangevinkt."""
    soort = waarden.get("soort", "")
    uit: dict[str, Any] = {}
    for v in velden:
        if soort and soort not in v.soorten:
            continue
        waarde = waarden.get(v.sleutel, "")
        if v.type == "lijst":
            regels = [r.strip() for r in waarde.splitlines() if r.strip()]
            if regels:
                uit[v.sleutel] = regels
        elif v.type == "janee":
            if waarde:
                uit[v.sleutel] = True
        elif waarde:
            uit[v.sleutel] = waarde
    return uit


def _fout_bij_veld(fout: AgressieFout, velden: Sequence[Besluitveld]) -> tuple[str, str]:
    """De melding voor het web en het veld waar hij naast hoort. Ontbreekt er iets voor het sjabloon van de brief,
    dan noemt de melding de velden van dit formulier (niet hoe het met de opdrachtregel moet)."""
    from agressie_cli.documenten.brieven.context import OntbrekendeWaarde

    if isinstance(fout, OntbrekendeWaarde) and fout.leeg:
        label = {v.sleutel: v.label for v in velden}
        hier = [v.sleutel for v in velden if v.sleutel in fout.leeg]  # in de volgorde van het formulier
        if hier and len(hier) == len(fout.leeg):
            namen = ", ".join(label[n] for n in hier)
            return f"De brief kan zo niet gemaakt worden. Vul in: {namen}.", hier[0]
    veld = veld_van(fout)
    naar_veld = {m: v.sleutel for v in velden for m in v.merktekens}
    return _tekst(fout), naar_veld.get(veld, veld)


@pagina(PAD)
async def brief(request: Request, sessie: Sessie) -> Response:
    """Maakt de brief (handeling besluiten.brief) en geeft een pagina met de downloads; de links noemen alleen het
    nummer van de maatregel. Met de knop "Velden voor deze soort tonen" (zonder JavaScript) alleen de pagina opnieuw,
    met de velden van de gekozen soort en wat al was ingevuld."""
    from agressie_cli.documenten.brieven.pdf import soffice
    from agressie_cli.handelingen import besluiten, leidinggevende

    werkplek = werkplek_van(request, sessie)
    formulier = await request.form()
    velden = leidinggevende.besluitvelden(werkplek.profiel, brief=True)
    waarden = _waarden(formulier, "soort", "duur", "toelichting", "brieftekst", *(v.sleutel for v in velden))
    try:
        nummer = await run_in_threadpool(
            leidinggevende.mag, werkplek, request.path_params["nummer"], _afdelingen(sessie)
        )
    except AgressieFout as fout:
        return toon(request, "niet-gevonden.html", sessie, status=404, melding=fout.melding)
    if formulier.get("tonen"):
        return await _incidentpagina(request, sessie, formulier="brief", waarden=waarden)
    extra = _besluitwaarden(velden, waarden)
    try:
        gemaakt = await run_in_threadpool(
            lambda: besluiten.brief(
                werkplek,
                [nummer],
                soort=waarden["soort"] or None,
                duur=waarden["duur"] or None,
                toelichting=waarden["toelichting"] or None,
                brieftekst=waarden["brieftekst"] or None,
                pdf=soffice() is not None,
                **extra,
            )
        )
    except AgressieFout as fout:
        tekst, veld = _fout_bij_veld(fout, velden)
        return await _incidentpagina(
            request, sessie, status=422, fout=tekst, fout_veld=veld, formulier="brief", waarden=waarden
        )
    if not gemaakt.brieven:  # één brief: de handeling stopt bij de eerste fout; dit is voor de zekerheid
        melding = "; ".join(AgressieFout(tekst).melding for _, tekst in gemaakt.fouten) or "Er is geen brief gemaakt."
        return await _incidentpagina(request, sessie, status=422, fout=melding, formulier="brief", waarden=waarden)
    return toon(
        request,
        "brief.html",
        sessie,
        nummer=nummer,
        brieven=[
            {
                "maatregel": b.maatregel["maatregel"],
                "label": b.maatregel.get("label") or b.maatregel.get("soort"),
                "pdf": b.pad in gemaakt.pdfs,
                "afwijking": b.afwijking,
                "te_laat": b.te_laat,
                "ontbrekend": b.ontbrekend,
                "waarschuwingen": b.waarschuwingen,
            }
            for b in gemaakt.brieven
        ],
        pdf_fout=gemaakt.pdf_fout or "",
    )


async def _op_incident(
    request: Request,
    sessie: Sessie,
    formulier: str,
    waarden: dict[str, str],
    doe: Callable[[Werkplek, str], T],
    velden: Sequence[Besluitveld] = (),
) -> T | Response:
    """Voert een handeling uit op een incident van de afdelingen van de gebruiker (buiten de event loop). Een incident
    van een andere afdeling: 404; een fout van de handeling: de incidentpagina met de melding naast het veld (422)."""
    from agressie_cli.handelingen import leidinggevende

    werkplek = werkplek_van(request, sessie)
    try:
        nummer = await run_in_threadpool(
            leidinggevende.mag, werkplek, request.path_params["nummer"], _afdelingen(sessie)
        )
        return await run_in_threadpool(doe, werkplek, nummer)
    except leidinggevende.NietVanUwAfdeling as fout:
        return toon(request, "niet-gevonden.html", sessie, status=404, melding=fout.melding)
    except AgressieFout as fout:
        tekst, veld = _fout_bij_veld(fout, velden)
        return await _incidentpagina(
            request, sessie, status=422, fout=tekst, fout_veld=veld, formulier=formulier, waarden=waarden
        )


@pagina(PAD)
async def maatregel(request: Request, sessie: Sessie) -> Response:
    """Legt de maatregel vast zonder brief (handeling besluiten.maatregel): een afwijking van het advies vraagt een reden.
    De datum van het besluit en (bij een verbod) de ingang staan bij de soorten die ze gebruiken."""
    from agressie_cli.handelingen import besluiten, leidinggevende

    formulier = await request.form()
    velden = leidinggevende.besluitvelden(request.app.state.werkplek.profiel, brief=False)
    waarden = _waarden(formulier, "soort", "duur", "toelichting", *(v.sleutel for v in velden))
    if formulier.get("tonen"):  # zonder JavaScript: de velden van de gekozen soort tonen, niets vastleggen
        gevonden = await _op_incident(request, sessie, "maatregel", waarden, lambda werkplek, nummer: nummer)
        if isinstance(gevonden, Response):
            return gevonden
        return await _incidentpagina(request, sessie, formulier="maatregel", waarden=waarden)
    extra = _besluitwaarden(velden, waarden)
    vastgelegd = await _op_incident(
        request,
        sessie,
        "maatregel",
        waarden,
        lambda werkplek, nummer: besluiten.maatregel(
            werkplek,
            nummer,
            waarden["soort"] or None,
            duur=waarden["duur"] or None,
            toelichting=waarden["toelichting"] or None,
            **extra,
        ),
        velden=velden,
    )
    if isinstance(vastgelegd, Response):
        return vastgelegd
    m = vastgelegd.maatregel
    melding = f"Maatregel {m['maatregel']} is vastgelegd: {m.get('label') or m.get('soort')}."
    return await _incidentpagina(request, sessie, melding=melding, waarschuwing=vastgelegd.te_laat)


@pagina(PAD)
async def nazorg(request: Request, sessie: Sessie) -> Response:
    """Legt de datums van de nazorg vast (handeling nazorg.nazorg)."""
    from agressie_cli.handelingen import nazorg as handeling

    waarden = _waarden(await request.form(), "gesprek", "hulpverlening", "afgerond", "reactie")

    def leg_vast(werkplek: Werkplek, nummer: str) -> object:
        if not any(waarden.values()):
            raise AgressieFout("Vul minstens één datum in, bijvoorbeeld bij «gesprek» 17-11-2026.")
        return handeling.nazorg(
            werkplek,
            nummer,
            gesprek=waarden["gesprek"] or None,
            hulpverlening=waarden["hulpverlening"] or None,
            afgerond=waarden["afgerond"] or None,
            reactie=waarden["reactie"] or None,
        )

    uitkomst = await _op_incident(request, sessie, "nazorg", waarden, leg_vast)
    if isinstance(uitkomst, Response):
        return uitkomst
    return await _incidentpagina(request, sessie, melding="De nazorg is vastgelegd.")


async def _download(request: Request, sessie: Sessie, pdf: bool) -> Response:
    from agressie_cli.handelingen import leidinggevende

    maatregel = request.path_params["maatregel"]
    try:
        pad = await run_in_threadpool(
            leidinggevende.briefbestand, werkplek_van(request, sessie), maatregel, pdf, _afdelingen(sessie)
        )
    except AgressieFout as fout:
        return toon(request, "niet-gevonden.html", sessie, status=404, melding=fout.melding)
    soort = "application/pdf" if pdf else "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    # De naam van het bestand (met de achternaam) gaat niet mee: de download heet naar de maatregel.
    naam = f"brief-{maatregel.upper()}.{'pdf' if pdf else 'docx'}"
    return FileResponse(pad, media_type=soort, filename=naam)


@pagina(PAD)
async def download_docx(request: Request, sessie: Sessie) -> Response:
    return await _download(request, sessie, pdf=False)


@pagina(PAD)
async def download_pdf(request: Request, sessie: Sessie) -> Response:
    return await _download(request, sessie, pdf=True)
