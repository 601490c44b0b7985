"""Na de brief: de informatie voor de politie (aangifte, 2.6)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from agressie_cli.cli import uitvoer
from agressie_cli.cli.fouten import opdracht
from agressie_cli.cli.omgeving import omgeving
from agressie_cli.cli.openen import optie as open_optie
from agressie_cli.cli.opties import Incident, Json
from agressie_cli.domein.fouten import Afsluitcode
from agressie_cli.domein.nederlands import voluit


@opdracht
def aangifte(
    ctx: typer.Context,
    incident: Incident,
    onder_nummer: Annotated[
        Optional[str],
        typer.Option(
            "--onder-nummer",
            metavar="NUMMER",
            help="Aangifte onder nummer (Eenduidige Landelijke Afspraken): het slachtoffer heet in het hele document "
            'zo, de andere medewerkers "medewerker 2", "medewerker 3". Voorbeeld: --onder-nummer "VPT-0412"',
            show_default=False,
        ),
    ] = None,
    datum: Annotated[
        Optional[str],
        typer.Option(
            "--datum",
            help="Datum van het document en van de maatregel aangifte (standaard vandaag). Voorbeeld: --datum 2026-11-24",
            show_default=False,
        ),
    ] = None,
    uit: Annotated[
        Optional[Path],
        typer.Option(
            "--uit",
            help="Map voor het document (standaard brieven/ naast het register). Voorbeeld: --uit H:\\Aangifte",
            show_default=False,
        ),
    ] = None,
    pdf: Annotated[
        bool,
        typer.Option(
            "--pdf",
            help="Maak ook een PDF/A, getagd (voor zaaksysteem en e-depot): met LibreOffice (PDF/A-2b), op Windows zonder LibreOffice met Word. Voorbeeld: agressie aangifte 2026-0001 --pdf",
        ),
    ] = False,
    overschrijven: Annotated[
        bool,
        typer.Option(
            "--overschrijven",
            help="Een bestaand document vervangen (de maatregel aangifte wordt bijgewerkt, niet verdubbeld). "
            "Voorbeeld: agressie aangifte 2026-0001 --overschrijven",
        ),
    ] = False,
    openen: Annotated[bool, open_optie("Word; met --pdf de PDF", "agressie aangifte 2026-0001 --open")] = False,
    als_json: Json = False,
) -> None:
    """Maakt de informatie voor de aangifte bij de politie (DOCX, vertrouwelijk) en legt de maatregel aangifte vast.

    Voor de medewerker of de gemeentesecretaris die aangifte doet: een VPT-incident, met het adres van de gemeente
    als domicilie, het incident zoals de politie het vraagt en het dossier uit het register.

    Voorbeeld: agressie aangifte 2026-0001 --onder-nummer VPT-0412 --pdf
    """
    from agressie_cli.handelingen.aangifte import aangifte as maak

    u = maak(omgeving(ctx, voortgang=not als_json), incident, onder_nummer, datum, uit, pdf, overschrijven)
    m = u.maatregel
    if als_json:
        uitvoer.druk_json(
            {
                "bestand": str(u.bestand),
                "incident": u.incident,
                "maatregel": m["maatregel"],
                "nieuw": u.nieuw,
                "onder_nummer": u.onder_nummer,
                "pdf": str(u.pdf) if u.pdf else None,
                "pdf_fout": u.pdf_fout,
                "lokaalvredebreuk": u.lokaalvredebreuk,
                "waarschuwingen": u.waarschuwingen,
            }
        )
    else:
        typer.echo(f"Informatie voor de aangifte gemaakt (vertrouwelijk): {u.bestand}")
        if u.pdf:
            typer.echo(f"PDF: {u.pdf}")
        wat = "vastgelegd" if u.nieuw else "bijgewerkt"
        typer.echo(
            f"Maatregel {m['maatregel']} {wat} bij {m['incident']}: {m['label']} (aangifte), {voluit(m['datum'])}."
        )
        if u.onder_nummer:
            typer.echo(
                f"Het slachtoffer staat in het document als {u.onder_nummer}, de andere medewerkers als 'medewerker 2', "
                "'medewerker 3'. Lees de omschrijving na: een losse voornaam kan agressie niet herkennen."
            )
        typer.echo("Geef het document alleen aan de aangever en de politie, niet aan de persoon.")
        for waarschuwing in u.waarschuwingen:
            typer.echo(waarschuwing, err=True)
    if openen:
        from agressie_cli.cli.openen import open_bestand

        open_bestand(u.pdf or u.bestand)
    if u.pdf_fout:
        typer.echo(f"Let op: {u.pdf_fout}", err=True)
        raise typer.Exit(Afsluitcode.FOUT)
