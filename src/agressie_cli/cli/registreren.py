"""Coördinator: een incident registreren (melden) en later compleet maken (aanvullen)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from agressie_cli.cli import uitvoer
from agressie_cli.cli.fouten import opdracht
from agressie_cli.cli.omgeving import omgeving
from agressie_cli.cli.openen import optie as open_optie
from agressie_cli.cli.opties import Json, PersoonOptie, met_veldopties, ruwe_velden
from agressie_cli.domein.fouten import Afsluitcode

if TYPE_CHECKING:
    from agressie_cli.handelingen.registreren import Vooraf
    from agressie_cli.handelingen.werkplek import Werkplek


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


def _vraag_ontbrekende(werkplek: Werkplek, ruw: dict, persoon: str | None, datum_vragen: bool = False) -> None:
    """Aan een terminal: de verplichte velden die niet zijn opgegeven, vragen (anders weigert melden ze), en zonder
    --datum de datum (standaard vandaag, 3.6). Elk antwoord wordt meteen gecontroleerd: na een tikfout volgt dezelfde
    vraag opnieuw ("bedoelt u 'balie'?") in plaats van een fout aan het eind, waarbij alles verloren ging."""
    from agressie_cli.domein.velden import veld
    from agressie_cli.handelingen.registreren import verplicht_ontbrekend

    if not interactief():
        return
    for sleutel in verplicht_ontbrekend(werkplek, ruw, persoon):
        ruw[sleutel] = vraag_veld(werkplek, sleutel, veld(sleutel).vraag or sleutel)
    if datum_vragen and not ruw.get("datum"):
        from datetime import date

        from agressie_cli.domein.nederlands import kort

        ruw["datum"] = vraag_veld(werkplek, "datum", "Datum van het incident", standaard=kort(date.today()))


def vraag_veld(werkplek: Werkplek, sleutel: str, vraag: str, standaard: str | None = None) -> str:
    """Vraagt een veld tot het antwoord klopt (registreren.controleer_veld); Ctrl-C stopt (afsluitcode 130)."""
    from agressie_cli.cli.veldwoorden import melding
    from agressie_cli.domein.fouten import InvoerFout
    from agressie_cli.handelingen.registreren import controleer_veld

    while True:
        antwoord = str(typer.prompt(vraag, default=standaard) if standaard is not None else typer.prompt(vraag))
        try:
            controleer_veld(werkplek, sleutel, antwoord)
        except InvoerFout as fout:
            typer.echo(f"{melding(fout)} Probeer het opnieuw (Ctrl-C: stoppen).", err=True)
            continue
        return antwoord


def _vraag_vooraf(vooraf: Vooraf, persoon: str | None, zeg_het: bool = True) -> str | None:
    """Aan een terminal: eerst vragen of een lijkende naam dezelfde persoon is, en of het geen dubbele melding is.
    Een melding gaat nooit verloren: alleen wie zelf 'nee' zegt op 'toch registreren', stopt."""
    wie = vooraf.persoon
    for kandidaat in vooraf.bijna:
        if ja_nee(f"Let op: bedoelt u {kandidaat.persoon} {kandidaat.naam}?"):
            persoon = wie = kandidaat.persoon
            break
    dubbel = vooraf.dubbel_met(wie)
    vraag = f"Let op: lijkt dubbel met {', '.join(dubbel)} (zelfde persoon, zelfde dag). Toch registreren?"
    if dubbel and not ja_nee(vraag):
        if zeg_het:  # bij formulieren zegt het overzicht per formulier het al
            typer.echo("Niet geregistreerd.")
        raise typer.Exit(0)
    return persoon


Formulieren = Annotated[
    Optional[list[Path]],
    typer.Option(
        "--formulier",
        metavar="PAD",
        help="Herhaalbaar: een ingevuld meldformulier (agressie meldformulier) registreren, in plaats van de "
        "veldopties. Voorbeeld: --formulier meldformulier-jansen.xlsx --formulier meldformulier-smits.xlsx",
        show_default=False,
    ),
]


@opdracht
@met_veldopties
def melden(
    ctx: typer.Context, persoon: PersoonOptie = None, formulier: Formulieren = None, als_json: Json = False
) -> None:
    """Registreert een incident (stap 2). Verplicht: --naam, --kanaal en --ernst (of --gedrag).

    Met --formulier: registreert ingevulde meldformulieren (agressie meldformulier), elk als één incident.

    Voorbeeld: agressie melden --naam "Jan de Vries" --kanaal balie --ernst agressief --vorm verbaal
    """
    from agressie_cli.handelingen import registreren

    omg = omgeving(ctx)
    ruw = ruwe_velden(ctx.params)
    if formulier:
        _melden_met_formulieren(omg, formulier, ruw, persoon, als_json)
        return
    _vraag_ontbrekende(omg, ruw, persoon, datum_vragen=not als_json)
    if interactief():
        persoon = _vraag_vooraf(registreren.vooraf(omg, ruw, persoon), persoon)
    uitvoer.melden(registreren.melden(omg, ruw, persoon), als_json)


@opdracht
@met_veldopties
def aanvullen(
    ctx: typer.Context,
    incident: Annotated[
        str, typer.Argument(metavar="INCIDENT", help="Incidentnummer, bijvoorbeeld 2026-0001.", show_default=False)
    ],
    persoon: PersoonOptie = None,
    als_json: Json = False,
) -> None:
    """Vult een incident aan of verbetert het, en toont wat er veranderde.

    Voorbeeld: agressie aanvullen 2026-0001 --tijd 10:30 --adres "Markt 12" --postcode "4941 AB" --woonplaats Raamsdonksveer
    """
    from agressie_cli.handelingen import registreren

    uitkomst = registreren.aanvullen(omgeving(ctx), incident, ruwe_velden(ctx.params), persoon)
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
    from agressie_cli.handelingen import registreren

    uitvoer.samenvoegen(registreren.samenvoegen(omgeving(ctx), persoon, in_, niet), als_json)


# --- het meldformulier (2.7) -----------------------------------------------------------------------


@opdracht
def meldformulier(
    ctx: typer.Context,
    uit: Annotated[
        Optional[Path],
        typer.Option(
            "--uit",
            metavar="PAD",
            help="Map of bestandsnaam (.xlsx) voor het formulier; standaard meldformulier.xlsx in de map van het "
            'register. Voorbeeld: --uit "M:\\Formulieren\\meldformulier.xlsx"',
            show_default=False,
        ),
    ] = None,
    openen: Annotated[bool, open_optie("Excel", "agressie meldformulier --open")] = False,
    als_json: Json = False,
) -> None:
    """Maakt het meldformulier (Excel) dat een medewerker zelf invult (Geertruidenberg 4.2); registreer het met melden --formulier.

    Voorbeeld: agressie meldformulier --uit "M:\\Formulieren"
    """
    from agressie_cli.handelingen import registreren

    uitkomst = registreren.meldformulier(omgeving(ctx), uit)
    uitvoer.meldformulier(uitkomst, als_json)
    if openen:
        from agressie_cli.cli.openen import open_bestand

        open_bestand(uitkomst.bestand)


def _melden_met_formulieren(omg: Werkplek, paden: list[Path], ruw: dict, persoon: str | None, als_json: bool) -> None:
    """Registreert elk formulier zoals `melden` dat zou doen. Een formulier met een fout registreert niets; de
    andere gaan door; afsluitcode 2 als er een geweigerd werd. Aan een terminal eerst tonen en vragen."""
    from agressie_cli.handelingen.registreren import Keuze, lees_formulieren, melden_formulieren

    # --persoon mag bij één formulier: de coördinator kiest dan de persoon (twee naamgenoten, 'bedoelt u').
    gelezen = lees_formulieren(omg, paden, persoon, ruw)
    keuzes = [Keuze() for _ in gelezen]
    if interactief() and not als_json:  # met --json is stdout voor de JSON: geen vragen ertussen
        for i, formulier in enumerate(gelezen):
            if formulier.vooraf is None:
                continue
            naam = Path(formulier.bestand).name
            uitvoer.formulier_gelezen(naam, list(formulier.gelezen))
            if not ja_nee(f"{naam} registreren?"):
                keuzes[i] = Keuze(registreren=False)
                continue
            try:
                gekoppeld = _vraag_vooraf(formulier.vooraf, formulier.persoon, zeg_het=False)
            except typer.Exit:  # 'toch registreren?' met nee beantwoord: alleen dit formulier niet
                keuzes[i] = Keuze(registreren=False)
                continue
            keuzes[i] = Keuze(persoon=gekoppeld)
    uitkomst = melden_formulieren(omg, gelezen, keuzes)
    uitvoer.formulieren(uitkomst, als_json)
    if uitkomst.geweigerd:
        raise typer.Exit(Afsluitcode.INVOER)
