"""Coördinator: een incident registreren (melden) en later compleet maken (aanvullen)."""

from __future__ import annotations

import sys
from datetime import date
from typing import Annotated, Optional

import typer

from agressie_cli.cli import uitvoer
from agressie_cli.cli.fouten import opdracht
from agressie_cli.cli.omgeving import omgeving
from agressie_cli.cli.opties import Json, PersoonOptie, met_veldopties, ruwe_velden
from agressie_cli.domein.fouten import InvoerFout


def interactief() -> bool:
    """Alleen vragen stellen als er een mens aan een terminal zit; in scripts en CI nooit."""
    return sys.stdin.isatty()


def ja_nee(vraag: str) -> bool:
    while True:
        antwoord = typer.prompt(f"{vraag} [j/N]", default="", show_default=False).strip().lower()
        if antwoord in ("", "n", "nee"):
            return False
        if antwoord in ("j", "ja", "y"):
            return True
        typer.echo("Antwoord met j (ja) of n (nee).")


def _vraag_ontbrekende(ruw: dict, profiel, persoon: str | None) -> list[str]:
    from agressie_cli.domein.velden import OPTIE, veld, verplicht_bij_melden

    mist = [v for v in verplicht_bij_melden(profiel) if not ruw.get(v) and not (v == "naam" and persoon)]
    if mist and interactief():
        for sleutel in mist:
            ruw[sleutel] = typer.prompt(veld(sleutel).vraag or sleutel)
        return []
    return [OPTIE[v] for v in mist]


def _vraag_vooraf(register, velden: dict, persoon: str | None) -> str | None:
    """Aan een terminal: eerst vragen of een lijkende naam dezelfde persoon is, en of het geen dubbele melding is.
    Een melding gaat nooit verloren: alleen wie zelf 'nee' zegt op 'toch registreren', stopt."""
    from agressie_cli.domein.meldingen import mogelijk_dubbel
    from agressie_cli.domein.personen import zoek_persoon

    wie = persoon.upper() if persoon else None
    if persoon is None:
        gevonden = zoek_persoon(register, velden["naam"], velden.get("geboortedatum"))
        wie = gevonden.zeker["persoon"] if gevonden.zeker else None
        for kandidaat in [] if gevonden.zeker else gevonden.bijna:
            if ja_nee(f"Let op: bedoelt u {kandidaat['persoon']} {kandidaat.get('naam')}?"):
                persoon = wie = kandidaat["persoon"]
                break
    dubbel = mogelijk_dubbel(register, wie, velden.get("datum") or date.today()) if wie else []
    vraag = f"Let op: lijkt dubbel met {', '.join(dubbel)} (zelfde persoon, zelfde dag). Toch registreren?"
    if dubbel and not ja_nee(vraag):
        typer.echo("Niet geregistreerd.")
        raise typer.Exit(0)
    return persoon


@opdracht
@met_veldopties
def melden(ctx: typer.Context, persoon: PersoonOptie = None, als_json: Json = False) -> None:
    """Registreert een incident (stap 2). Verplicht: --naam, --kanaal en --ernst (of --gedrag).

    Voorbeeld: agressie melden --naam "Jan de Vries" --kanaal balie --ernst agressief --vorm verbaal
    """
    from agressie_cli.domein.meldingen import melden as registreer
    from agressie_cli.domein.velden import controleer_velden

    omg = omgeving(ctx)
    profiel = omg.profiel
    ruw = ruwe_velden(ctx.params)
    mist = _vraag_ontbrekende(ruw, profiel, persoon)
    if mist:
        raise InvoerFout(f"Verplicht bij melden, maar niet opgegeven: {', '.join(mist)}.")
    velden = controleer_velden(ruw, profiel)
    if interactief():
        persoon = _vraag_vooraf(omg.lees(), velden, persoon)
    with omg.opslag.wijzig() as register:
        uitkomst = registreer(register, profiel, velden, persoon)
    uitvoer.melden(uitkomst, als_json)


@opdracht
@met_veldopties
def aanvullen(
    ctx: typer.Context,
    incident: Annotated[str, typer.Argument(help="Incidentnummer, bijvoorbeeld 2026-0001.", show_default=False)],
    persoon: PersoonOptie = None,
    als_json: Json = False,
) -> None:
    """Vult een incident aan of verbetert het, en toont wat er veranderde.

    Voorbeeld: agressie aanvullen 2026-0001 --tijd 10:30 --adres "Markt 12" --postcode "4941 AB" --woonplaats Raamsdonksveer
    """
    from agressie_cli.domein.meldingen import aanvullen as vul_aan
    from agressie_cli.domein.velden import controleer_velden

    omg = omgeving(ctx)
    profiel = omg.profiel
    velden = controleer_velden(ruwe_velden(ctx.params), profiel)
    if not velden and not persoon:
        raise InvoerFout("Geef minstens één veld om aan te vullen, bijvoorbeeld --tijd 10:30.")
    with omg.opslag.wijzig() as register:
        uitkomst = vul_aan(register, profiel, incident, velden, persoon)
    uitvoer.aanvullen(uitkomst, als_json)


@opdracht
def samenvoegen(
    ctx: typer.Context,
    persoon: Annotated[
        str,
        typer.Argument(
            metavar="PERSOON", help="Het persoonsnummer dat opgaat in een ander. Voorbeeld: P0002", show_default=False
        ),
    ],
    in_: Annotated[
        Optional[str],
        typer.Option(
            "--in",
            help="Dezelfde persoon als deze: alle incidenten gaan hierheen. Voorbeeld: --in P0001",
            show_default=False,
        ),
    ] = None,
    niet: Annotated[
        Optional[str],
        typer.Option(
            "--niet",
            help="Een ander mens dan deze: de vraag 'bedoelt u' stopt. Voorbeeld: --niet P0001",
            show_default=False,
        ),
    ] = None,
    als_json: Json = False,
) -> None:
    """Lost de vraag 'bedoelt u ...?' op: twee nummers zijn dezelfde persoon (--in), of juist niet (--niet).

    Voorbeeld: agressie samenvoegen P0002 --in P0001
    """
    from agressie_cli.domein.personen import niet_dezelfde
    from agressie_cli.domein.personen import samenvoegen as voeg_samen

    if (in_ is None) == (niet is None):
        raise InvoerFout("Geef precies één van --in (dezelfde persoon) of --niet (een ander mens).")
    omg = omgeving(ctx)
    with omg.opslag.wijzig() as register:
        if in_ is not None:
            uitkomst = voeg_samen(register, persoon, in_)
        else:
            niet_dezelfde(register, persoon, niet or "")
            uitkomst = None
    uitvoer.samenvoegen(uitkomst, persoon.upper(), (niet or "").upper(), als_json)
