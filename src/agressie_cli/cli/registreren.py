"""Coördinator: een incident registreren (melden) en later compleet maken (aanvullen)."""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Optional

import typer

from agressie_cli.cli import uitvoer
from agressie_cli.cli.fouten import opdracht
from agressie_cli.cli.omgeving import omgeving
from agressie_cli.cli.openen import optie as open_optie
from agressie_cli.cli.opties import Json, PersoonOptie, met_veldopties, ruwe_velden
from agressie_cli.domein.fouten import Afsluitcode, InvoerFout


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


def _vraag_vooraf(register, velden: dict, persoon: str | None, zeg_het: bool = True) -> str | None:
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
    from agressie_cli.domein.ambtsdrager import leg_ambt_uit
    from agressie_cli.domein.meldingen import melden as registreer
    from agressie_cli.domein.velden import controleer_velden

    omg = omgeving(ctx)
    profiel = omg.profiel
    ruw = ruwe_velden(ctx.params)
    if formulier:
        _melden_met_formulieren(omg, formulier, ruw, persoon, als_json)
        return
    mist = _vraag_ontbrekende(ruw, profiel, persoon)
    if mist:
        raise InvoerFout(f"Verplicht bij melden, maar niet opgegeven: {', '.join(mist)}.")
    velden = leg_ambt_uit(controleer_velden(ruw, profiel))
    if interactief():
        persoon = _vraag_vooraf(omg.lees(), velden, persoon)
    with omg.opslag.wijzig() as register:
        uitkomst = registreer(register, profiel, velden, persoon)
    uitvoer.melden(uitkomst, als_json)


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
    from agressie_cli.domein.ambtsdrager import leg_ambt_uit
    from agressie_cli.domein.meldingen import aanvullen as vul_aan
    from agressie_cli.domein.velden import controleer_velden

    omg = omgeving(ctx)
    profiel = omg.profiel
    velden = leg_ambt_uit(controleer_velden(ruwe_velden(ctx.params), profiel))
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
    from agressie_cli.documenten.meldformulier import leeg_meldformulier, schrijf_meldformulier

    omg = omgeving(ctx)
    map_ = omg.instellingen.register_pad.parent
    if uit is None:
        doel = map_ / "meldformulier.xlsx"
    elif uit.is_dir():
        doel = uit / "meldformulier.xlsx"
    elif uit.suffix.lower() == ".xlsx":
        doel = uit
    else:
        raise InvoerFout(f"--uit: '{uit}' is geen bestaande map en geen bestandsnaam die eindigt op .xlsx.")
    if doel.exists() and not leeg_meldformulier(doel):
        # Het register (of een ingevuld formulier, een rapport) werd anders zonder slot of reservekopie overschreven.
        register = omg.instellingen.register_pad
        is_register = doel.is_file() and register.is_file() and os.path.samefile(doel, register)
        raise InvoerFout(
            ("--uit: " if uit is not None else "")
            + f"'{doel}' bestaat al en is {'het register' if is_register else 'geen leeg meldformulier'}; agressie "
            "overschrijft het niet. Is het een ingevuld formulier, registreer het dan eerst (agressie melden --formulier "
            '...). Kies een andere naam met --uit, bijvoorbeeld --uit "meldformulier-nieuw.xlsx".'
        )
    gemeente = omg.instellingen.gemeente or omg.profiel.naam
    vragen = schrijf_meldformulier(doel, omg.profiel, gemeente, date.today())
    uitvoer.meldformulier(doel, gemeente, vragen, als_json)
    if openen:
        from agressie_cli.cli.openen import open_bestand

        open_bestand(doel)


def _melden_met_formulieren(omg, paden: list[Path], ruw: dict, persoon: str | None, als_json: bool) -> None:
    """Registreert elk formulier zoals `melden` dat zou doen. Een formulier met een fout registreert niets; de
    andere gaan door; afsluitcode 2 als er een geweigerd werd. Aan een terminal eerst tonen en vragen."""
    from agressie_cli.documenten.meldformulier import lees_meldformulier
    from agressie_cli.domein.meldformulier import al_geregistreerd, lees_antwoorden
    from agressie_cli.domein.meldingen import melden as registreer
    from agressie_cli.domein.velden import OPTIE

    # --persoon mag bij één formulier: de coördinator kiest dan de persoon (twee naamgenoten, 'bedoelt u').
    meer = persoon and len(paden) > 1
    gegeven = [OPTIE[s] for s, w in ruw.items() if w not in (None, [], ())] + (["--persoon"] if meer else [])
    if gegeven:
        raise InvoerFout(
            f"--formulier gaat niet samen met {', '.join(gegeven)}: de gegevens komen uit het formulier. "
            "Registreer eerst het formulier en vul daarna aan met: agressie aanvullen INCIDENT ..."
        )
    profiel = omg.profiel
    vooraf = omg.lees()
    uitslagen: list[list] = []  # per formulier: [bestand, uitkomst, fout]
    klaar = []  # (plaats in uitslagen, inhoud, persoon)
    for pad in paden:
        uitslagen.append([str(pad), None, None])
        try:
            inhoud = lees_antwoorden(pad.name, lees_meldformulier(pad), profiel)
            dubbel = al_geregistreerd(vooraf.incidenten, inhoud.vingerafdruk)
            if dubbel:
                raise InvoerFout(f"{pad.name}: dit formulier is al geregistreerd, als incident {dubbel}.")
        except InvoerFout as fout:
            uitslagen[-1][2] = fout.melding
            continue
        gekoppeld = persoon.upper() if persoon else None
        if interactief() and not als_json:  # met --json is stdout voor de JSON: geen vragen ertussen
            uitvoer.formulier_gelezen(pad.name, inhoud.gelezen)
            if not ja_nee(f"{pad.name} registreren?"):
                continue
            try:
                gekoppeld = _vraag_vooraf(vooraf, inhoud.velden, gekoppeld, zeg_het=False)
            except typer.Exit:  # 'toch registreren?' met nee beantwoord: alleen dit formulier niet
                continue
        klaar.append((len(uitslagen) - 1, inhoud, gekoppeld))
    if klaar:
        with omg.opslag.wijzig() as register:
            for plaats, inhoud, gekoppeld in klaar:
                naam = Path(uitslagen[plaats][0]).name
                dubbel = al_geregistreerd(register.incidenten, inhoud.vingerafdruk)  # ook twee keer in één keer
                if dubbel:
                    uitslagen[plaats][2] = f"{naam}: dit formulier is al geregistreerd, als incident {dubbel}."
                    continue
                try:
                    uitkomst = registreer(register, profiel, inhoud.velden, gekoppeld)
                except InvoerFout as fout:  # weigert vóór het iets wijzigt
                    uitslagen[plaats][2] = f"{naam}: {fout.melding}"
                    continue
                uitkomst.incident["formulier"] = inhoud.vingerafdruk
                uitslagen[plaats][1] = uitkomst
    uitvoer.formulieren([tuple(u) for u in uitslagen], als_json)
    if any(fout for _, _, fout in uitslagen):
        raise typer.Exit(Afsluitcode.INVOER)
