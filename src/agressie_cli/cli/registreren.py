"""Coördinator: een incident registreren (melden) en later compleet maken (aanvullen)."""

from __future__ import annotations

import sys
from typing import Annotated

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


@opdracht
@met_veldopties
def melden(ctx: typer.Context, persoon: PersoonOptie = None, als_json: Json = False) -> None:
    """Registreert een incident (stap 2). Verplicht: --naam, --kanaal en --ernst (of --gedrag).

    Voorbeeld: agressie melden --naam "Jan de Vries" --kanaal balie --ernst agressief --vorm verbaal
    """
    from agressie_cli.domein.meldingen import melden as registreer
    from agressie_cli.domein.personen import zoek_persoon
    from agressie_cli.domein.velden import controleer_velden

    omg = omgeving(ctx)
    profiel = omg.profiel
    ruw = ruwe_velden(ctx.params)
    mist = _vraag_ontbrekende(ruw, profiel, persoon)
    if mist:
        raise InvoerFout(f"Verplicht bij melden, maar niet opgegeven: {', '.join(mist)}.")
    velden = controleer_velden(ruw, profiel)
    if persoon is None and interactief():
        gevonden = zoek_persoon(omg.lees(), velden["naam"], velden.get("geboortedatum"))
        if gevonden.zeker is None:
            for kandidaat in gevonden.bijna:
                if ja_nee(f"Let op: bedoelt u {kandidaat['persoon']} {kandidaat.get('naam')}?"):
                    persoon = kandidaat["persoon"]
                    break
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
