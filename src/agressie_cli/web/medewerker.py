"""De pagina van de medewerker (3.5): het meldformulier op het web en de status van de eigen meldingen. Dezelfde vragen
en regels als `melden --formulier` (domein/meldformulier.py); de pagina leest het formulier, roept één handeling aan
(registreren.webmelding; wat tegelijk binnenkomt, schrijft web/meldrij.py in één keer) en zet elke fout naast zijn veld."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from agressie_cli.domein.fouten import VELD, AgressieFout, RegisterFout
from agressie_cli.handelingen.werkplek import Werkplek
from agressie_cli.web.basis import pagina, toon, werkplek_van
from agressie_cli.web.meldrij import Meldrij
from agressie_cli.web.sessies import Sessie


def routes() -> list[Route]:
    return [Route("/melden", melden, methods=["GET", "POST"])]


@dataclass(frozen=True)
class Webvraag:
    """Eén vraag van het meldformulier zoals de pagina hem toont. `soort`: tekst, vak (meer regels), datum, tijd,
    keuze (keuzelijst), klasse (keuzerondjes met de labels van het profiel), vinkjes (meer keuzes) of janee."""

    sleutel: str
    tekst: str
    toelichting: str
    verplicht: bool
    soort: str
    keuzes: tuple[tuple[str, str], ...] = ()


def vragen_per_groep(werkplek: Werkplek) -> list[tuple[str, list[Webvraag]]]:
    """De vragen van het meldformulier van dit profiel (domein/meldformulier.py), per groep."""
    from agressie_cli.domein.meldformulier import vragen

    profiel = werkplek.profiel
    groepen: dict[str, list[Webvraag]] = {}
    for v in vragen(profiel):
        veld = v.veld
        toelichting = v.toelichting
        keuzes: tuple[tuple[str, str], ...] = tuple((k, k) for k in v.keuzes)
        if v.sleutel == profiel.classificatie:
            soort, toelichting = "klasse", ""
            keuzes = tuple((k, f"{k}: {label}") for k, label in profiel.klassen.items())
        elif veld.type == "janee":
            soort = "janee"
            toelichting = "" if toelichting == "Kies ja of nee." else toelichting
        elif veld.keuzes and (veld.type == "lijst" or veld.herhaalbaar):
            soort, toelichting = "vinkjes", "Kruis aan wat van toepassing is; meer dan één mag."
        elif veld.keuzes:
            soort = "keuze"
            toelichting = "" if toelichting.startswith("Kies uit de lijst: ") else toelichting
        elif veld.type in ("datum", "tijd"):
            soort = veld.type
        else:
            soort = "vak" if veld.breedte >= 40 else "tekst"
        groepen.setdefault(v.groep, []).append(Webvraag(v.sleutel, v.tekst, toelichting, v.verplicht, soort, keuzes))
    return list(groepen.items())


def _antwoorden(formulier: FormData, vragen: list[tuple[str, list[Webvraag]]]) -> dict[str, Any]:
    """Wat de medewerker invulde, per vraag: tekst, of een lijst bij vinkjes. Lege antwoorden tellen niet."""
    antwoorden: dict[str, Any] = {}
    for _, groep in vragen:
        for v in groep:
            if v.soort == "vinkjes":
                gekozen = [str(w) for w in formulier.getlist(v.sleutel) if str(w).strip()]
                if gekozen:
                    antwoorden[v.sleutel] = gekozen
            else:
                waarde = str(formulier.get(v.sleutel) or "")
                if waarde.strip():
                    antwoorden[v.sleutel] = waarde
    return antwoorden


def fouten_per_veld(fout: AgressieFout) -> tuple[dict[str, str], str]:
    """Per veld de regels van de fout die met dat veld beginnen ("«naam»: ..."), zonder het veld ervoor (de pagina zet
    de tekst naast het veld); wat bij geen veld hoort, apart."""
    per_veld: dict[str, str] = {}
    los: list[str] = []
    for regel in fout.sjabloon.splitlines():
        gevonden = VELD.match(regel)
        if gevonden and regel[gevonden.end() :].startswith(": "):
            tekst = AgressieFout(regel[gevonden.end() + 2 :]).melding
            tekst = tekst[:1].upper() + tekst[1:]
            per_veld[gevonden.group(1)] = (
                f"{per_veld[gevonden.group(1)]} {tekst}" if gevonden.group(1) in per_veld else tekst
            )
        else:
            los.append(AgressieFout(regel).melding)
    return per_veld, "\n".join(los)


@pagina("/melden")
async def melden(request: Request, sessie: Sessie) -> Response:
    """GET: het meldformulier en de eigen meldingen. POST: de melding registreren (zoals een ingevuld meldformulier)."""
    from agressie_cli.handelingen import registreren

    werkplek = werkplek_van(request, sessie)
    vragen = await run_in_threadpool(vragen_per_groep, werkplek)
    waarden: dict[str, Any] = {}
    fouten: dict[str, str] = {}
    algemeen, bezet, gemeld, status = "", "", None, 200
    if request.method == "POST":
        waarden = _antwoorden(await request.form(), vragen)
        try:
            meldrij: Meldrij = request.app.state.meldrij
            gemeld = await run_in_threadpool(meldrij.melden, werkplek, waarden, sessie.gebruiker or "")
            waarden = {}
        except RegisterFout as fout:  # het register (bezet, geopend in Excel): wat hij invulde, blijft staan
            bezet, status = fout.melding, 503
        except AgressieFout as fout:
            fouten, algemeen = fouten_per_veld(fout)
            status = 422
    eigen = await run_in_threadpool(registreren.eigen_meldingen, werkplek, sessie.gebruiker or "")
    labels = {v.sleutel: v.tekst for _, groep in vragen for v in groep}
    return toon(
        request,
        "melden.html",
        sessie,
        status=status,
        vragen=vragen,
        waarden=waarden,
        fouten=fouten,
        algemeen=algemeen,
        bezet=bezet,
        labels=labels,
        gemeld=gemeld,
        eigen=eigen,
    )
