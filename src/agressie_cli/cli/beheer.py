"""Beheer: een register aanmaken (init), een reservekopie terugzetten (herstel), de bewaartermijn (opschonen),
het kwartaalrapport (rapport) en eigen sjablonen controleren (sjablonen controleer)."""

from __future__ import annotations

import os
import sys
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Optional

import typer

from agressie_cli.cli import uitvoer
from agressie_cli.cli.fouten import opdracht
from agressie_cli.cli.omgeving import omgeving
from agressie_cli.cli.opties import Json
from agressie_cli.domein.datums import datum_of_vandaag, kort
from agressie_cli.domein.fouten import Afsluitcode, AgressieFout, InvoerFout


@opdracht
def init(
    ctx: typer.Context,
    gemeente: Annotated[
        Optional[str],
        typer.Option(
            "--gemeente",
            help="geertruidenberg of losser. Zonder --gemeente: een leeg register bij een bestaande agressie.toml (eigen gemeente). Voorbeeld: --gemeente losser",
            show_default=False,
        ),
    ] = None,
    ondertekenaar: Annotated[
        Optional[str],
        typer.Option(
            "--ondertekenaar",
            help="Wie de brieven tekent: naam en functie, gescheiden door een komma. Zonder deze optie vraagt init "
            "erom aan een terminal; anders staat er een voorbeeldnaam en waarschuwt elke brief. Voorbeeld: "
            '--ondertekenaar "J. de Vries, gemeentesecretaris"',
            show_default=False,
        ),
    ] = None,
) -> None:
    """Maakt agressie.toml (instellingen) en een leeg register.xlsx (stap 1). Overschrijft niets.

    Voorbeeld: agressie --map M:\\Agressie init --gemeente geertruidenberg --ondertekenaar "J. de Vries, gemeentesecretaris"
    """
    from agressie_cli.cli.registreren import interactief
    from agressie_cli.domein.instellingen import (
        INSTELLINGEN_BESTAND,
        REGISTER_BESTAND,
        lees_ondertekenaar,
        schrijf_instellingen,
    )
    from agressie_cli.domein.velden import controleer_tekst

    omg = omgeving(ctx, register_nodig=False)
    bestand = omg.map / INSTELLINGEN_BESTAND
    if gemeente is None:
        if ondertekenaar is not None:
            raise InvoerFout(
                "--ondertekenaar hoort bij een nieuwe map met --gemeente; bij een bestaande agressie.toml vult u "
                "[ondertekening] naam en functie daar zelf in. Er is niets aangemaakt."
            )
        if not bestand.is_file():
            raise InvoerFout(
                "--gemeente ontbreekt: kies geertruidenberg of losser, of zet eerst een eigen agressie.toml in de map."
            )
    else:
        for bestaand in (bestand, omg.map / REGISTER_BESTAND):
            if bestaand.exists():
                raise InvoerFout(f"{bestaand} bestaat al; agressie init overschrijft niets.")
        burgemeester = ""
        tekent = (
            lees_ondertekenaar(controleer_tekst("--ondertekenaar", ondertekenaar))
            if ondertekenaar is not None
            else None
        )
        if interactief():
            while tekent is None:
                antwoord = typer.prompt(
                    'Naam en functie van wie de brieven tekent, bijvoorbeeld "J. de Vries, gemeentesecretaris" '
                    "(Enter: later invullen in agressie.toml)",
                    default="",
                    show_default=False,
                ).strip()
                if not antwoord:
                    break
                try:
                    tekent = lees_ondertekenaar(controleer_tekst("--ondertekenaar", antwoord))
                except InvoerFout as fout:
                    typer.echo(fout.melding, err=True)
            burgemeester = typer.prompt(
                "Naam van de burgemeester (tekent bij agressie tegen een politiek ambtsdrager; "
                "Enter: later invullen in agressie.toml)",
                default="",
                show_default=False,
            )
        schrijf_instellingen(
            omg.map, gemeente, controleer_tekst("naam van de burgemeester", burgemeester.strip()), tekent
        )
    omg.opslag.maak_leeg()
    typer.echo(f"Instellingen: {bestand}")
    typer.echo(f"Register:     {omg.instellingen.register_pad}")
    typer.echo(
        "Controleer de ondertekenaar ([ondertekening]), de adressen, [brieven] contactpersoon (met een rechtstreeks "
        "telefoonnummer: een verbod noemt de route die open blijft) en [schade] (wie de aansprakelijkstelling "
        "behandelt, het rekeningnummer) in agressie.toml voordat u brieven maakt."
    )


@opdracht
def herstel(
    ctx: typer.Context,
    kopie: Annotated[
        Optional[str],
        typer.Argument(
            metavar="[KOPIE]",
            help="Nummer of bestandsnaam uit 'agressie herstel --lijst' (standaard de nieuwste goede). Voorbeeld: 2",
            show_default=False,
        ),
    ] = None,
    lijst_: Annotated[
        bool, typer.Option("--lijst", help="Alleen de reservekopieën tonen. Voorbeeld: agressie herstel --lijst")
    ] = False,
    ja: Annotated[
        bool,
        typer.Option(
            "--ja",
            help="Ook een kopie van vóór 'opschonen' terugzetten (haalt verwijderde persoonsgegevens terug). "
            "Voorbeeld: agressie herstel 3 --ja",
        ),
    ] = False,
) -> None:
    """Zet een reservekopie van het register terug; het huidige (beschadigde) register blijft apart bewaard.

    Voorbeeld: agressie herstel --lijst
    """
    opslag = omgeving(ctx, register_nodig=False).opslag
    if lijst_:
        rijen = opslag.reservekopieen()
        if not rijen:
            typer.echo("Er zijn nog geen reservekopieën.")
            return
        typer.echo(
            uitvoer.tabel(
                [
                    [
                        k.nummer,
                        k.pad.name,
                        f"{kort(k.tijdstip)} {k.tijdstip:%H:%M:%S}",
                        f"{k.grootte // 1024} kB",
                        "ja" if k.leesbaar else "BESCHADIGD",
                        "" if k.incidenten is None else k.incidenten,
                        k.voor,
                    ]
                    for k in rijen
                ],
                ["Nr", "Bestand", "Gemaakt", "Grootte", "Leesbaar", "Incidenten", "Handeling"],
            )
        )
        return
    from agressie_cli.cli.registreren import interactief, ja_nee
    from agressie_cli.domein.fouten import OpschonenOngedaan

    try:
        hersteld = opslag.zet_terug(kopie, ook_na_opschonen=ja)
    except OpschonenOngedaan as fout:
        if not (interactief() and ja_nee(f"{fout.vraag} Toch terugzetten?")):
            raise
        hersteld = opslag.zet_terug(kopie, ook_na_opschonen=True)
    typer.echo(f"Register teruggezet uit {hersteld.kopie.pad.name} ({hersteld.kopie.incidenten} incidenten).")
    if hersteld.apart:
        typer.echo(f"Het vorige register is bewaard als {hersteld.apart}.")


@opdracht
def opschonen(
    ctx: typer.Context,
    peildatum: Annotated[
        Optional[str],
        typer.Option("--peildatum", help="Standaard vandaag. Voorbeeld: --peildatum 2031-01-01", show_default=False),
    ] = None,
    uitvoeren: Annotated[
        bool,
        typer.Option(
            "--uitvoeren",
            help="Echt anonimiseren (zonder deze optie alleen een lijst: proefdraaien). Voorbeeld: agressie opschonen --uitvoeren",
        ),
    ] = False,
    als_json: Json = False,
) -> None:
    """Bewaartermijn (AVG): toont, of met --uitvoeren anonimiseert, personen van wie de termijn verstreken is.

    Voorbeeld: agressie opschonen            (proefdraaien)
    """
    from agressie_cli.domein.opschonen import (
        RAPPORT_MET_NAMEN,
        Opgeschoond,
        anonimiseer,
        brieven_zonder_maatregel,
        kandidaten,
        onderweg,
    )

    peil = datum_of_vandaag(peildatum, "--peildatum")
    omg = omgeving(ctx)
    jaren = omg.instellingen.bewaartermijn_jaren
    briefmap = omg.instellingen.briefmap
    register = omg.lees()
    lijst_k = kandidaten(register, omg.profiel, peil, jaren)
    wezen = brieven_zonder_maatregel(register, briefmap)
    # Ook de mappen van brieven die met --uit elders gemaakt zijn: een daar gestopte `brief` laat anders een brief onder
    # zijn tijdelijke naam achter die opschonen nergens noemt (hij staat niet onder de naam die de maatregel noemt).
    mappen = [briefmap, *sorted({Path(str(m["map"])) for m in register.maatregelen if m.get("map")})]
    if uitvoeren and (wezen or any(onderweg(register, m, briefmap) for m in mappen)):
        from agressie_cli.documenten.brieven.maken import rond_af

        with omg.opslag.slot():  # onder het slot: een 'brief' die nu bezig is, heeft zijn maatregel nog niet bewaard
            nu_gelezen = omg.opslag.lees()
            for map_pad in mappen:  # eerst de brieven van een gestopte `brief` op hun plaats
                rond_af(nu_gelezen, map_pad, briefmap)
            wezen = brieven_zonder_maatregel(nu_gelezen, briefmap)
            for pad in wezen:
                pad.unlink(missing_ok=True)
    opgeschoond = Opgeschoond()
    if uitvoeren and lijst_k:  # niets op te schonen: het register niet herschrijven en geen reservekopie verbruiken
        with omg.opslag.wijzig() as register:
            lijst_k = kandidaten(register, omg.profiel, peil, jaren)
            opgeschoond = anonimiseer(
                register, [k.persoon for k in lijst_k], briefmap, peil, omg.instellingen.uitgaandmap
            )
    verwijderd = opgeschoond.verwijderd
    rapporten = omg.opslag.genoteerd(RAPPORT_MET_NAMEN) if lijst_k else []
    if als_json:
        uitvoer.druk_json(
            {
                "uitgevoerd": uitvoeren,
                "bewaartermijn_jaren": jaren,
                "peildatum": peil,
                "personen": [
                    {"persoon": k.persoon, "laatste_incident": k.laatste_incident, "incidenten": k.incidenten}
                    for k in lijst_k
                ],
                "verwijderde_brieven": [p.name for p in verwijderd],
                "verwijderde_concepten": [p.name for p in opgeschoond.concepten],
                "brieven_zonder_maatregel": [p.name for p in wezen],
                "niet_opgeschoond": {
                    "brieven_elders": [str(p) for p in opgeschoond.elders],
                    "concepten_elders": [str(p) for p in opgeschoond.concepten_elders],
                    "rapporten_met_namen": rapporten,
                },
            }
        )
        return
    if wezen:
        typer.echo(
            f"{uitvoer.aantal(len(wezen), 'brief', 'brieven')} zonder maatregel (van een afgebroken 'brief')"
            + (" verwijderd." if uitvoeren else "; --uitvoeren verwijdert ze.")
        )
    if not lijst_k:
        typer.echo(f"Niemand heeft de bewaartermijn van {jaren} jaar bereikt op {kort(peil)}.")
        return
    typer.echo(
        uitvoer.tabel(
            [[k.persoon, k.naam, kort(k.laatste_incident), k.incidenten] for k in lijst_k],
            ["Persoon", "Naam", "Laatste incident", "Incidenten"],
        )
    )
    if uitvoeren:
        typer.echo(
            f"{uitvoer.aantal(len(lijst_k), 'persoon', 'personen')} geanonimiseerd; "
            f"{uitvoer.aantal(len(verwijderd), 'brief', 'brieven')} en "
            f"{uitvoer.aantal(len(opgeschoond.concepten), 'e-mailconcept', 'e-mailconcepten')} verwijderd. De nummers en "
            "tellingen blijven."
        )
        typer.echo(
            "Let op: oudere reservekopieën in 'reservekopieen' bevatten de gegevens nog tot ze vanzelf vervallen."
        )
        _niet_opgeschoond([*opgeschoond.elders, *opgeschoond.concepten_elders], rapporten)
    else:
        typer.echo(
            "Proefdraaien: er is niets gewijzigd. Anonimiseer met: agressie opschonen --uitvoeren"
            + (f" --peildatum {peil.isoformat()}" if peildatum else "")
        )


def _niet_opgeschoond(elders: list[Path], rapporten: list[dict]) -> None:
    """Wat opschonen niet zelf kan weghalen: agressie verwijdert alleen in zijn eigen briefmap (2.5)."""
    if elders:
        typer.echo("Niet verwijderd, want met --uit buiten de eigen mappen van agressie gemaakt; verwijder ze zelf:")
        for pad in elders:
            typer.echo(f"  {pad}")
    if rapporten:
        typer.echo(
            "Rapporten met namen (--met-namen) kunnen deze namen nog bevatten; verwijder ze als ze niet meer nodig zijn:"
        )
        for regel in rapporten:
            typer.echo(f"  rapport {regel['nummer']}, gemaakt {regel['tijdstip']} door {regel['gebruiker']}")


def _cel(waarde) -> object:
    """Een cel van de samenvatting zoals de gebruiker hem leest: een bedrag als 1.250,00."""
    if waarde is None:
        return ""
    if isinstance(waarde, float):
        from agressie_cli.domein.nederlands import bedrag

        return bedrag(Decimal(str(waarde))).removeprefix("€ ")
    return waarde


@opdracht
def rapport(
    ctx: typer.Context,
    kwartaal: Annotated[
        Optional[str],
        typer.Option("--kwartaal", help="Kwartaal JJJJ-QN. Voorbeeld: --kwartaal 2026-Q3", show_default=False),
    ] = None,
    jaar: Annotated[
        Optional[str], typer.Option("--jaar", help="Een heel jaar. Voorbeeld: --jaar 2026", show_default=False)
    ] = None,
    uit: Annotated[
        Optional[Path],
        typer.Option(
            "--uit",
            help="Excel-bestand (standaard rapporten/rapport-PERIODE.xlsx naast het register). Voorbeeld: --uit MT-overzicht.xlsx",
            show_default=False,
        ),
    ] = None,
    met_namen: Annotated[
        bool,
        typer.Option(
            "--met-namen",
            help="Namen van personen en medewerkers opnemen (alleen als daar reden voor is: AVG). Voorbeeld: agressie rapport --kwartaal 2026-Q3 --met-namen",
        ),
    ] = False,
    overschrijven: Annotated[
        bool,
        typer.Option(
            "--overschrijven",
            help="Een bestaand rapport vervangen. Voorbeeld: agressie rapport --kwartaal 2026-Q3 --overschrijven",
        ),
    ] = False,
    als_json: Json = False,
) -> None:
    """Kwartaaloverzicht voor het MT naar Excel: kengetallen, trend met grafieken, incidenten zonder namen (stap 6).

    Voorbeeld: agressie rapport --kwartaal 2026-Q3
    """
    from agressie_cli.documenten.rapport.werkboek import schrijf_werkboek
    from agressie_cli.domein.kantoorslot import weiger_als_geopend
    from agressie_cli.domein.opschonen import RAPPORT_MET_NAMEN
    from agressie_cli.domein.rapportage import lees_periode, rijen_samenvatting

    periode = lees_periode(kwartaal, jaar)
    omg = omgeving(ctx)
    doel = uit or omg.instellingen.map / "rapporten" / f"rapport-{periode.naam}.xlsx"
    if doel.suffix.lower() != ".xlsx":
        raise InvoerFout(f"--uit: '{doel.name}' moet op .xlsx eindigen.")
    register = omg.instellingen.register_pad
    if doel.is_file() and register.is_file() and os.path.samefile(doel, register):  # ook niet met --overschrijven
        raise InvoerFout(f"--uit: '{doel.name}' is het register; kies een ander bestand voor het rapport.")
    if doel.exists() and not overschrijven:
        raise InvoerFout(
            f"{doel} bestaat al. Gebruik --overschrijven om het rapport te vervangen, of kies een ander bestand met --uit."
        )
    weiger_als_geopend(doel, f"Het rapport '{doel.name}'")
    profiel = omg.profiel
    try:
        register = omg.lees()
        with typer.progressbar(
            length=5,
            label="Rapport maken",
            file=sys.stderr,
            hidden=not sys.stderr.isatty() or len(register.incidenten) < 5000,
        ) as balk:
            gegevens = schrijf_werkboek(
                register, profiel, omg.instellingen.gemeente, periode, doel, met_namen, voortgang=lambda: balk.update(1)
            )
    except PermissionError:
        raise AgressieFout(
            f"Het rapport '{doel}' kan niet geschreven worden (geopend in Excel, of geen schrijfrechten).",
            code=Afsluitcode.FOUT,
        )
    if met_namen:
        omg.opslag.noteer(RAPPORT_MET_NAMEN, periode.naam)  # zonder namen of pad: opschonen noemt het later
    gegevens["bestand"] = str(doel)
    if als_json:
        uitvoer.druk_json(gegevens)
        return
    rijen = rijen_samenvatting(gegevens, gegevens["vorige_periode"], gegevens["jaar_eerder"], profiel)
    typer.echo(f"Kwartaaloverzicht {periode.omschrijving()}")
    typer.echo(
        uitvoer.tabel(
            [[n, _cel(a), _cel(b), _cel(c)] for n, a, b, c, _ in rijen],
            ["Kengetal", periode.naam, periode.vorige().naam, periode.jaar_eerder().naam],
            preserve_whitespace=True,
        )
    )  # de inspringing van de groepen blijft zichtbaar
    typer.echo(f"Rapport: {doel}")


@opdracht
def sjablonen_controleer(
    ctx: typer.Context,
    map_: Annotated[
        Optional[Path],
        typer.Argument(
            metavar="[MAP]",
            help="Map met eigen sjablonen (standaard die uit agressie.toml, anders de meegeleverde). Voorbeeld: M:\\Agressie\\sjablonen",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Controleert (eigen) sjablonen: onbekende variabelen en variabelen die ontbreken. Exit 0 als alles klopt.

    Voorbeeld: agressie sjablonen controleer M:\\Agressie\\sjablonen
    """
    from agressie_cli.documenten.brieven.sjablonen import (
        controleer_map,
        eigen_sjablonenmap,
        meegeleverde_sjablonen,
        sjablonenset,
    )

    omg = omgeving(ctx)
    map_pad = map_
    profiel = None
    if map_pad is None or (omg.map / "agressie.toml").is_file():
        try:
            profiel = omg.profiel
            if map_pad is None:
                map_pad = eigen_sjablonenmap(omg.instellingen) or meegeleverde_sjablonen() / sjablonenset(profiel)
        except AgressieFout:
            if map_pad is None:
                raise
    assert map_pad is not None
    if not map_pad.is_dir():
        raise InvoerFout(f"Map '{map_pad}' bestaat niet.")
    uitkomsten = controleer_map(map_pad, profiel, omg.instellingen.sjabloongrenzen if profiel is not None else None)
    alles_goed = True
    for u in uitkomsten:
        if u.goed:
            typer.echo(f"OK      {u.bestand}")
            continue
        alles_goed = False
        typer.echo(f"FOUT    {u.bestand}")
        for regel in u.problemen:
            typer.echo(f"        {regel}")
    if not uitkomsten:
        raise InvoerFout(f"Geen .docx-sjablonen gevonden in '{map_pad}'.")
    if not alles_goed:
        raise typer.Exit(Afsluitcode.FOUT)
    typer.echo(f"Alle {len(uitkomsten)} sjablonen in orde.")
