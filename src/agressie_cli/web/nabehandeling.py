"""Na de brief (3.4) op het web (3.5): de lopende verboden met hun herzieningsdatum, en per maatregel de reactie van de
persoon, een verzoek om het verbod te beëindigen, de herziening (handhaven, aanpassen, opheffen) met de brief
herziening, en de goedkeuring door een tweede persoon. Dezelfde handelingen als `agressie reactie`, `verzoek`,
`herzien`, `brief --soort herziening` en `goedkeuren`; de leidinggevende ziet alleen de maatregelen bij incidenten van
zijn afdelingen."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, Response
from starlette.routing import Route

from agressie_cli.domein.fouten import AgressieFout
from agressie_cli.handelingen.werkplek import Werkplek
from agressie_cli.web.basis import pagina, toon, werkplek_van
from agressie_cli.web.leidinggevende import _afdelingen, _tekst, _waarden, veld_van
from agressie_cli.web.sessies import Sessie

PAD = "/maatregelen"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def routes() -> list[Route]:
    return [
        Route("/maatregelen", lijst, methods=["GET"]),
        Route("/maatregelen/{maatregel}", maatregel, methods=["GET"]),
        Route("/maatregelen/{maatregel}/reactie", reactie, methods=["POST"]),
        Route("/maatregelen/{maatregel}/verzoek", verzoek, methods=["POST"]),
        Route("/maatregelen/{maatregel}/herzien", herzien, methods=["POST"]),
        Route("/maatregelen/{maatregel}/herziening", herziening, methods=["POST"]),
        Route("/maatregelen/{maatregel}/herziening.docx", herziening_docx, methods=["GET"]),
        Route("/maatregelen/{maatregel}/goedkeuren", goedkeuren, methods=["POST"]),
        Route("/maatregelen/{maatregel}/verzonden", verzonden, methods=["POST"]),
        Route("/maatregelen/{maatregel}/afschrift", afschrift, methods=["POST"]),
        Route("/maatregelen/{maatregel}/afschrift.eml", afschrift_eml, methods=["GET"]),
        Route("/maatregelen/{maatregel}/ordegesprek", ordegesprek, methods=["POST"]),
        Route("/incidenten/{nummer}/bewijs", bewijs, methods=["POST"]),
    ]


@pagina(PAD)
async def lijst(request: Request, sessie: Sessie) -> Response:
    from agressie_cli.handelingen import leidinggevende

    regels = await run_in_threadpool(
        leidinggevende.lopende_verboden, werkplek_van(request, sessie), _afdelingen(sessie)
    )
    return toon(request, "maatregelen.html", sessie, regels=regels)


async def _pagina(request: Request, sessie: Sessie, status: int = 200, **extra: Any) -> Response:
    from agressie_cli.handelingen import leidinggevende

    try:
        beeld = await run_in_threadpool(
            leidinggevende.maatregel,
            werkplek_van(request, sessie),
            request.path_params["maatregel"],
            _afdelingen(sessie),
        )
    except AgressieFout as fout:
        return toon(request, "niet-gevonden.html", sessie, status=404, melding=fout.melding)
    return toon(
        request,
        "maatregel.html",
        sessie,
        status=status,
        b=beeld,
        **{"fout": "", "fout_veld": "", "formulier": "", "waarden": {}, "melding": "", **extra},
    )


@pagina(PAD)
async def maatregel(request: Request, sessie: Sessie) -> Response:
    return await _pagina(request, sessie)


async def _handel(
    request: Request,
    sessie: Sessie,
    formulier: str,
    waarden: dict[str, str],
    doe: Callable[[Werkplek, str], Any],
    gelukt: Callable[[Any], str],
) -> Response:
    """Eén handeling op een maatregel van de afdelingen: eerst nagaan dat de gebruiker hem mag zien (anders 404), dan
    de handeling; een fout staat naast het veld (422) en de ingevulde waarden blijven staan."""
    from agressie_cli.handelingen import leidinggevende

    werkplek = werkplek_van(request, sessie)
    nummer = request.path_params["maatregel"]
    try:
        await run_in_threadpool(leidinggevende.maatregel, werkplek, nummer, _afdelingen(sessie))
    except AgressieFout as fout:
        return toon(request, "niet-gevonden.html", sessie, status=404, melding=fout.melding)
    try:
        uitkomst = await run_in_threadpool(doe, werkplek, nummer.strip().upper())
    except AgressieFout as fout:
        return await _pagina(
            request,
            sessie,
            status=422,
            fout=_tekst(fout),
            fout_veld=veld_van(fout),
            formulier=formulier,
            waarden=waarden,
        )
    return await _pagina(request, sessie, melding=gelukt(uitkomst))


def _datum(tekst: str, veld: str = "datum"):
    """Een datum uit het formulier (17-11-2026, 2026-11-17, vandaag, gisteren); leeg: vandaag."""
    from datetime import date

    from agressie_cli.domein.datums import lees_datum

    return lees_datum(tekst, f"«{veld}»", relatief=True) or date.today()


@pagina(PAD)
async def reactie(request: Request, sessie: Sessie) -> Response:
    from agressie_cli.domein.nederlands import kort
    from agressie_cli.handelingen import nabehandeling

    waarden = _waarden(await request.form(), "datum", "vorm", "samenvatting")
    return await _handel(
        request,
        sessie,
        "reactie",
        waarden,
        lambda werkplek, nummer: nabehandeling.reactie(
            werkplek, nummer, _datum(waarden["datum"]), waarden["vorm"] or None, waarden["samenvatting"] or None
        ),
        lambda r: (
            f"De reactie van {kort(r.datum)} ({r.vorm}) is vastgelegd."
            + (f" Beantwoorden (herzien) uiterlijk {kort(r.uiterlijk)}." if r.uiterlijk else "")
        ),
    )


@pagina(PAD)
async def verzoek(request: Request, sessie: Sessie) -> Response:
    from agressie_cli.domein.nederlands import kort
    from agressie_cli.handelingen import nabehandeling

    waarden = _waarden(await request.form(), "datum", "samenvatting")
    return await _handel(
        request,
        sessie,
        "verzoek",
        waarden,
        lambda werkplek, nummer: nabehandeling.verzoek(
            werkplek, nummer, _datum(waarden["datum"]), waarden["samenvatting"] or None
        ),
        lambda v: f"Het verzoek van {kort(v.datum)} is vastgelegd. Beantwoorden uiterlijk {kort(v.uiterlijk)}.",
    )


@pagina(PAD)
async def herzien(request: Request, sessie: Sessie) -> Response:
    from agressie_cli.domein.nederlands import kort
    from agressie_cli.handelingen import nabehandeling

    waarden = _waarden(await request.form(), "uitkomst", "reden", "datum", "soort", "duur")

    def gelukt(h: nabehandeling.Herzien) -> str:
        if h.uitkomst == "handhaven":
            return f"Het verbod {h.maatregel} blijft gelden (gehandhaafd op {kort(h.datum)})."
        if h.uitkomst == "opheffen":
            return f"Het verbod {h.maatregel} is opgeheven: het gold tot en met {kort(h.datum)}."
        einde = f"tot en met {kort(h.nieuw_einde)}" if h.nieuw_einde else "voor onbepaalde tijd"
        return f"Het verbod {h.maatregel} is aangepast: vanaf {kort(h.datum)} geldt {h.nieuw} {einde}."

    return await _handel(
        request,
        sessie,
        "herzien",
        waarden,
        lambda werkplek, nummer: nabehandeling.herzien(
            werkplek,
            nummer,
            waarden["uitkomst"] or None,
            waarden["reden"] or None,
            _datum(waarden["datum"]),
            waarden["soort"] or None,
            waarden["duur"] or None,
        ),
        lambda h: gelukt(h) + " Maak hieronder de brief herziening voor de persoon.",
    )


@pagina(PAD)
async def herziening(request: Request, sessie: Sessie) -> Response:
    """De brief herziening (`agressie brief MAATREGEL --soort herziening`), daarna te downloaden van deze pagina."""
    from agressie_cli.handelingen import nabehandeling

    waarden = _waarden(await request.form(), "datum")
    return await _handel(
        request,
        sessie,
        "herziening",
        waarden,
        lambda werkplek, nummer: nabehandeling.brief(werkplek, "herziening", nummer, _datum(waarden["datum"])),
        lambda b: "De brief herziening is gemaakt; download hem hieronder.",
    )


@pagina(PAD)
async def herziening_docx(request: Request, sessie: Sessie) -> Response:
    from agressie_cli.handelingen import leidinggevende

    nummer = request.path_params["maatregel"].strip().upper()
    try:
        pad = await run_in_threadpool(
            leidinggevende.herzieningsbrief, werkplek_van(request, sessie), nummer, _afdelingen(sessie)
        )
    except AgressieFout as fout:
        return toon(request, "niet-gevonden.html", sessie, status=404, melding=fout.melding)
    # De bestandsnaam (met de achternaam) gaat niet mee: de download heet naar de maatregel.
    return FileResponse(pad, media_type=DOCX, filename=f"herziening-{nummer}.docx")


@pagina(PAD)
async def goedkeuren(request: Request, sessie: Sessie) -> Response:
    from agressie_cli.domein.nederlands import kort
    from agressie_cli.handelingen import nabehandeling

    waarden = _waarden(await request.form(), "door", "datum")
    return await _handel(
        request,
        sessie,
        "goedkeuren",
        waarden,
        lambda werkplek, nummer: nabehandeling.goedkeuren(
            werkplek, nummer, waarden["door"] or None, _datum(waarden["datum"])
        ),
        lambda g: f"Maatregel {g.maatregel} is goedgekeurd door {g.goedgekeurd_door} op {kort(g.goedgekeurd)}.",
    )


@pagina("/incidenten")
async def bewijs(request: Request, sessie: Sessie) -> Response:
    """Bewijs bij een incident uploaden (`agressie bewijs INCIDENT BESTAND...`, Geertruidenberg 8): dezelfde handeling
    met haar grenzen voor soort en grootte; de bestanden staan alleen even in een tijdelijke map buiten de share."""
    import shutil
    import tempfile
    from pathlib import Path

    from starlette.datastructures import UploadFile

    from agressie_cli.handelingen import bewijs as handeling
    from agressie_cli.web.leidinggevende import _incidentpagina, _op_incident

    formulier = await request.form()
    uploads = [b for b in formulier.getlist("bestand") if isinstance(b, UploadFile) and b.filename]
    map_ = Path(tempfile.mkdtemp(prefix="agressie-bewijs-"))
    try:
        paden = []
        for i, upload in enumerate(uploads):
            sub = map_ / str(i)  # elk in een eigen map: twee uploads met dezelfde naam overschrijven elkaar niet
            sub.mkdir()
            pad = sub / (Path(upload.filename or "").name or "bestand")
            pad.write_bytes(await upload.read())
            paden.append(pad)

        def bewaar(werkplek: Werkplek, nummer: str) -> Any:
            if not paden:
                raise AgressieFout("«bestand»: kies een of meer bestanden (een e-mail, foto of verklaring).")
            return handeling.bewijs(werkplek, nummer, paden)

        uitkomst = await _op_incident(request, sessie, "bewijs", {}, bewaar)
    finally:
        shutil.rmtree(map_, ignore_errors=True)
    if isinstance(uitkomst, Response):
        return uitkomst
    namen = ", ".join(s.naam for s in uitkomst.toegevoegd)
    return await _incidentpagina(
        request, sessie, melding=f"Bewijs bewaard: {namen} (nu {uitkomst.totaal} bij dit incident)."
    )


@pagina(PAD)
async def verzonden(request: Request, sessie: Sessie) -> Response:
    """De brief is verzonden (`agressie verzonden MAATREGEL --datum D --wijze W`)."""
    from agressie_cli.domein.nederlands import kort
    from agressie_cli.handelingen import besluiten

    waarden = _waarden(await request.form(), "datum", "wijze")
    return await _handel(
        request,
        sessie,
        "verzonden",
        waarden,
        lambda werkplek, nummer: besluiten.verzonden(
            werkplek, nummer, _datum(waarden["datum"]), waarden["wijze"] or None
        ),
        lambda v: (
            f"Brief {v.maatregel} is vastgelegd als verzonden op {kort(v.verzonden)}"
            + (f" ({v.wijze})" if v.wijze else "")
            + "."
            + "".join(f" {w}" for w in v.waarschuwingen)
        ),
    )


@pagina(PAD)
async def afschrift(request: Request, sessie: Sessie) -> Response:
    """Het afschrift aan politie en receptie is verstuurd (`agressie verzonden MAATREGEL --afschrift`)."""
    from agressie_cli.domein.nederlands import kort
    from agressie_cli.handelingen import afschrift as handeling

    waarden = _waarden(await request.form(), "datum")
    return await _handel(
        request,
        sessie,
        "afschrift",
        waarden,
        lambda werkplek, nummer: handeling.bevestig_verzonden(werkplek, nummer, _datum(waarden["datum"])),
        lambda v: f"Het afschrift van {v.maatregel} is vastgelegd als verstuurd op {kort(v.verzonden)}.",
    )


@pagina(PAD)
async def afschrift_eml(request: Request, sessie: Sessie) -> Response:
    from agressie_cli.handelingen import leidinggevende

    nummer = request.path_params["maatregel"].strip().upper()
    try:
        pad = await run_in_threadpool(
            leidinggevende.afschriftconcept, werkplek_van(request, sessie), nummer, _afdelingen(sessie)
        )
    except AgressieFout as fout:
        return toon(request, "niet-gevonden.html", sessie, status=404, melding=fout.melding)
    return FileResponse(pad, media_type="message/rfc822", filename=f"afschrift-{nummer}.eml")


@pagina(PAD)
async def ordegesprek(request: Request, sessie: Sessie) -> Response:
    """Het ordegesprek is gehouden, of de persoon verscheen niet (`agressie ordegesprek INCIDENT --gehouden |
    --niet-verschenen`); de pagina noemt dan de volgende stap."""
    from agressie_cli.domein.nederlands import kort
    from agressie_cli.handelingen import leidinggevende
    from agressie_cli.handelingen import ordegesprek as handeling

    waarden = _waarden(await request.form(), "uitkomst", "datum")

    def leg_vast(werkplek: Werkplek, nummer: str) -> Any:
        incident = leidinggevende.maatregel(werkplek, nummer).regel.incident
        datum = _datum(waarden["datum"]) if waarden["datum"] else None
        return handeling.ordegesprek(werkplek, str(incident), waarden["uitkomst"], datum)

    def gelukt(o: Any) -> str:
        if o.uitkomst == "gehouden":
            return f"Vastgelegd: het ordegesprek is gehouden op {kort(o.gehouden)}."
        stap = f" Volgende stap: {o.volgende_stap_label}." if getattr(o, "volgende_stap_label", None) else ""
        return f"Vastgelegd: de persoon verscheen niet op het ordegesprek van {kort(o.niet_verschenen)}.{stap}"

    return await _handel(request, sessie, "ordegesprek", waarden, leg_vast, gelukt)
