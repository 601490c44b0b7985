"""Beheer: een register aanmaken (init), een reservekopie terugzetten (herstel), de bewaartermijn (opschonen),
het kwartaalrapport (rapport) en eigen sjablonen controleren (sjablonen controleer)."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Optional

import typer

from agressie_cli.cli import uitvoer
from agressie_cli.cli.fouten import opdracht
from agressie_cli.cli.omgeving import omgeving
from agressie_cli.cli.openen import open_bestand
from agressie_cli.cli.openen import optie as open_optie
from agressie_cli.cli.opties import Json
from agressie_cli.cli.veldwoorden import melding
from agressie_cli.domein.datums import datum_of_vandaag, kort
from agressie_cli.domein.fouten import Afsluitcode, InvoerFout


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
    als_json: Json = False,
) -> None:
    """Maakt agressie.toml (instellingen) en een leeg register.xlsx (stap 1). Overschrijft niets.

    Voorbeeld: agressie --map M:\\Agressie init --gemeente geertruidenberg --ondertekenaar "J. de Vries, gemeentesecretaris"
    """
    from agressie_cli.cli.registreren import interactief
    from agressie_cli.handelingen import beheer

    werkplek = omgeving(ctx, register_nodig=False)
    burgemeester = ""
    tekent = None
    if beheer.kan_init(werkplek, gemeente, ondertekenaar) and interactief() and not als_json:
        tekent = None if ondertekenaar is None else beheer.ondertekenaar(ondertekenaar)
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
                tekent = beheer.ondertekenaar(antwoord)
            except InvoerFout as fout:
                typer.echo(melding(fout), err=True)
        burgemeester = typer.prompt(
            "Naam van de burgemeester (tekent bij agressie tegen een politiek ambtsdrager; "
            "Enter: later invullen in agressie.toml)",
            default="",
            show_default=False,
        )
    uitkomst = beheer.init(werkplek, gemeente, ondertekenaar, burgemeester, tekent)
    if als_json:
        uitvoer.druk_json({"instellingen": str(uitkomst.instellingen), "register": str(uitkomst.register)})
        return
    typer.echo(f"Instellingen: {uitkomst.instellingen}")
    typer.echo(f"Register:     {uitkomst.register}")
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
    als_json: Json = False,
) -> None:
    """Zet een reservekopie van het register terug; het huidige (beschadigde) register blijft apart bewaard.

    Voorbeeld: agressie herstel --lijst
    """
    from agressie_cli.handelingen import beheer

    werkplek = omgeving(ctx, register_nodig=False)
    if lijst_:
        rijen = beheer.reservekopieen(werkplek).kopieen
        if als_json:
            uitvoer.druk_json(
                [
                    {
                        "nummer": k.nummer,
                        "bestand": k.pad.name,
                        "gemaakt": k.tijdstip,
                        "grootte": k.grootte,
                        "leesbaar": k.leesbaar,
                        "incidenten": k.incidenten,
                        "handeling": k.voor,
                        "voor_opschonen": k.voor_opschonen,
                    }
                    for k in rijen
                ]
            )
            return
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
        hersteld = beheer.herstel(werkplek, kopie, ook_na_opschonen=ja)
    except OpschonenOngedaan as fout:
        if not (interactief() and not als_json and ja_nee(f"{fout.vraag} Toch terugzetten?")):
            raise
        hersteld = beheer.herstel(werkplek, kopie, ook_na_opschonen=True)
    if als_json:
        uitvoer.druk_json(
            {
                "kopie": hersteld.kopie,
                "incidenten": hersteld.incidenten,
                "apart": None if hersteld.apart is None else str(hersteld.apart),
                "na_opschonen": hersteld.na_opschonen,
            }
        )
        return
    typer.echo(f"Register teruggezet uit {hersteld.kopie} ({hersteld.incidenten} incidenten).")
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
    from agressie_cli.handelingen import beheer

    peil = datum_of_vandaag(peildatum, "--peildatum")
    uitkomst = beheer.opschonen(omgeving(ctx), peil, uitvoeren)
    personen, wezen, rest = uitkomst.personen, uitkomst.brieven_zonder_maatregel, uitkomst.achtergebleven
    verwijderd = uitkomst.verwijderde_brieven
    rapporten = list(uitkomst.rapporten_met_namen)
    if als_json:
        uitvoer.druk_json(
            {
                "uitgevoerd": uitkomst.uitgevoerd,
                "bewaartermijn_jaren": uitkomst.bewaartermijn_jaren,
                "peildatum": uitkomst.peildatum,
                "personen": [
                    {"persoon": k.persoon, "laatste_incident": k.laatste_incident, "incidenten": k.incidenten}
                    for k in personen
                ],
                "verwijderde_brieven": [p.name for p in verwijderd],
                "verwijderde_concepten": [p.name for p in uitkomst.verwijderde_concepten],
                "verwijderd_bewijs": [f"{p.parent.name}/{p.name}" for p in uitkomst.verwijderd_bewijs],
                "brieven_zonder_maatregel": [p.name for p in wezen],
                "achtergebleven": [p.name for p in rest],
                "niet_opgeschoond": {
                    "brieven_elders": [str(p) for p in uitkomst.brieven_elders],
                    "concepten_elders": [str(p) for p in uitkomst.concepten_elders],
                    "rapporten_met_namen": rapporten,
                    "niet_verwijderd": [str(p) for p in uitkomst.niet_verwijderd],
                },
            }
        )
        return
    if wezen:
        typer.echo(
            f"{uitvoer.aantal(len(wezen), 'brief', 'brieven')} zonder maatregel (van een afgebroken 'brief')"
            + (" verwijderd." if uitkomst.uitgevoerd else "; --uitvoeren verwijdert ze.")
        )
    if rest:
        typer.echo(
            f"{uitvoer.aantal(len(rest), 'bestand', 'bestanden')} (brieven en e-mailconcepten) van al geanonimiseerde "
            "personen, van een afgebroken 'opschonen'"
            + (" verwijderd." if uitkomst.uitgevoerd else "; --uitvoeren verwijdert ze.")
        )
    if not personen:
        typer.echo(f"Niemand heeft de bewaartermijn van {uitkomst.bewaartermijn_jaren} jaar bereikt op {kort(peil)}.")
        _niet_verwijderd(list(uitkomst.niet_verwijderd))
        return
    typer.echo(
        uitvoer.tabel(
            [[k.persoon, k.naam, kort(k.laatste_incident), k.incidenten] for k in personen],
            ["Persoon", "Naam", "Laatste incident", "Incidenten"],
        )
    )
    if uitkomst.uitgevoerd:
        typer.echo(
            f"{uitvoer.aantal(len(personen), 'persoon', 'personen')} geanonimiseerd; "
            f"{uitvoer.aantal(len(verwijderd), 'brief', 'brieven')}"
            + (", " if uitkomst.verwijderd_bewijs else " en ")
            + f"{uitvoer.aantal(len(uitkomst.verwijderde_concepten), 'e-mailconcept', 'e-mailconcepten')}"
            + (
                f" en {uitvoer.aantal(len(uitkomst.verwijderd_bewijs), 'bestand', 'bestanden')} bewijs"
                if uitkomst.verwijderd_bewijs
                else ""
            )
            + " verwijderd. De nummers en tellingen blijven."
        )
        typer.echo(
            "Let op: oudere reservekopieën in 'reservekopieen' bevatten de gegevens nog tot ze vanzelf vervallen."
        )
        _niet_opgeschoond([*uitkomst.brieven_elders, *uitkomst.concepten_elders], rapporten)
        _niet_verwijderd(list(uitkomst.niet_verwijderd))
    else:
        typer.echo(
            "Proefdraaien: er is niets gewijzigd. Anonimiseer met: agressie opschonen --uitvoeren"
            + (f" --peildatum {peil.isoformat()}" if peildatum else "")
        )


def _niet_verwijderd(paden: list[Path]) -> None:
    """Na het bewaren van het geanonimiseerde register: wat niet weg kon (geopend in Word). Het register is wel
    bijgewerkt; de volgende `opschonen --uitvoeren` probeert het opnieuw."""
    if paden:
        typer.echo(
            "Niet verwijderd (staat het bestand open in Word of een ander programma?); sluit het en draai opnieuw "
            "'agressie opschonen --uitvoeren':"
        )
        for pad in paden:
            typer.echo(f"  {pad}")


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
    openen: Annotated[bool, open_optie("Excel", "agressie rapport --kwartaal 2026-Q3 --open")] = False,
    als_json: Json = False,
) -> None:
    """Kwartaaloverzicht voor het MT naar Excel: kengetallen, trend met grafieken, incidenten zonder namen (stap 6).

    Voorbeeld: agressie rapport --kwartaal 2026-Q3
    """
    from agressie_cli.handelingen import beheer

    uitkomst = beheer.rapport(omgeving(ctx), kwartaal, jaar, uit, met_namen, overschrijven, voortgang=_voortgang)
    if als_json:
        uitvoer.druk_json(uitkomst.gegevens)
        if openen:
            open_bestand(uitkomst.bestand)
        return
    periode = uitkomst.periode
    typer.echo(f"Kwartaaloverzicht {periode.omschrijving()}")
    typer.echo(
        uitvoer.tabel(
            [[n, _cel(a), _cel(b), _cel(c)] for n, a, b, c, _ in uitkomst.samenvatting],
            ["Kengetal", periode.naam, periode.vorige().naam, periode.jaar_eerder().naam],
            preserve_whitespace=True,
        )
    )  # de inspringing van de groepen blijft zichtbaar
    typer.echo(f"Rapport: {uitkomst.bestand}")
    if openen:
        open_bestand(uitkomst.bestand)


@contextlib.contextmanager
def _voortgang(incidenten: int) -> Iterator[Callable[[], object]]:
    """De balk op stderr, alleen aan een terminal en bij een groot register (vanaf 5.000 incidenten)."""
    with typer.progressbar(
        length=5,
        label="Rapport maken",
        file=sys.stderr,
        hidden=not sys.stderr.isatty() or incidenten < 5000,
    ) as balk:
        yield lambda: balk.update(1)


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
    als_json: Json = False,
) -> None:
    """Controleert (eigen) sjablonen: onbekende variabelen en variabelen die ontbreken. Exit 0 als alles klopt.

    Voorbeeld: agressie sjablonen controleer M:\\Agressie\\sjablonen
    """
    from agressie_cli.handelingen import beheer

    uitkomst = beheer.sjablonen_controleer(omgeving(ctx), map_)
    if als_json:
        uitvoer.druk_json(
            {
                "map": str(uitkomst.map),
                "alles_goed": uitkomst.alles_goed,
                "sjablonen": [
                    {"bestand": u.bestand, "goed": u.goed, "problemen": list(u.problemen)} for u in uitkomst.uitkomsten
                ],
            }
        )
        if not uitkomst.alles_goed:
            raise typer.Exit(Afsluitcode.FOUT)
        return
    for u in uitkomst.uitkomsten:
        if u.goed:
            typer.echo(f"OK      {u.bestand}")
            continue
        typer.echo(f"FOUT    {u.bestand}")
        for regel in u.problemen:
            typer.echo(f"        {regel}")
    if not uitkomst.alles_goed:
        raise typer.Exit(Afsluitcode.FOUT)
    typer.echo(f"Alle {len(uitkomst.uitkomsten)} sjablonen in orde.")
