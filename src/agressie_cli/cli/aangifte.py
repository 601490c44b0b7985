"""Na de brief: de informatie voor de politie (aangifte, 2.6)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from agressie_cli.cli import uitvoer
from agressie_cli.cli.fouten import opdracht
from agressie_cli.cli.omgeving import omgeving
from agressie_cli.cli.opties import Incident, Json
from agressie_cli.domein.datums import datum_of_vandaag
from agressie_cli.domein.fouten import Afsluitcode, AgressieFout
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
        typer.Option("--pdf", help="Maak ook een PDF met LibreOffice. Voorbeeld: agressie aangifte 2026-0001 --pdf"),
    ] = False,
    overschrijven: Annotated[
        bool,
        typer.Option(
            "--overschrijven",
            help="Een bestaand document vervangen (de maatregel aangifte wordt bijgewerkt, niet verdubbeld). "
            "Voorbeeld: agressie aangifte 2026-0001 --overschrijven",
        ),
    ] = False,
    als_json: Json = False,
) -> None:
    """Maakt de informatie voor de aangifte bij de politie (DOCX, vertrouwelijk) en legt de maatregel aangifte vast.

    Voor de medewerker of de gemeentesecretaris die aangifte doet: een VPT-incident, met het adres van de gemeente
    als domicilie, het incident zoals de politie het vraagt en het dossier uit het register.

    Voorbeeld: agressie aangifte 2026-0001 --onder-nummer VPT-0412 --pdf
    """
    from agressie_cli.documenten.brieven.aangifte import lees_onder_nummer, maak_aangifte
    from agressie_cli.documenten.brieven.maken import plaats, weg_bij_fout
    from agressie_cli.documenten.brieven.pdf import naar_pdf

    datum_d = datum_of_vandaag(datum, "--datum")
    nummer = lees_onder_nummer(onder_nummer)
    omg = omgeving(ctx)
    gemaakt: list[Path] = []
    # `document` wordt in het blok gezet; plaats() loopt pas na het bewaren, nog onder het slot.
    with weg_bij_fout(gemaakt), omg.opslag.wijzig(na_bewaren=lambda: plaats([document], gemaakt)) as register:
        document = maak_aangifte(
            omg.instellingen, omg.profiel, register, incident, datum_d, nummer, uit, overschrijven, gemaakt
        )
    pdf_pad = None
    pdf_fout = None
    if pdf:
        try:
            pdf_pad = naar_pdf([document.pad], document.pad.parent)[0]
        except AgressieFout as fout:
            pdf_fout = fout.melding
    m = document.maatregel
    waarschuwingen = []
    if document.lokaalvredebreuk is False:
        waarschuwingen.append(
            f"Let op: incident {m['incident']} was in het gebouw tijdens een toegangsverbod, maar het register laat niet "
            "zien dat de persoon het verbod kende (niet overhandigd of aangetekend verzonden vóór het incident). Het "
            "document noemt de feiten, niet lokaalvredebreuk: voeg het bewijs dat de persoon het verbod kende toe aan "
            "de aangifte, of leg de verzending vast met agressie verzonden."
        )
    if als_json:
        uitvoer.druk_json(
            {
                "bestand": str(document.pad),
                "incident": m["incident"],
                "maatregel": m["maatregel"],
                "nieuw": document.nieuw,
                "onder_nummer": nummer,
                "pdf": str(pdf_pad) if pdf_pad else None,
                "pdf_fout": pdf_fout,
                "lokaalvredebreuk": document.lokaalvredebreuk,
                "waarschuwingen": waarschuwingen,
            }
        )
    else:
        typer.echo(f"Informatie voor de aangifte gemaakt (vertrouwelijk): {document.pad}")
        if pdf_pad:
            typer.echo(f"PDF: {pdf_pad}")
        wat = "vastgelegd" if document.nieuw else "bijgewerkt"
        typer.echo(
            f"Maatregel {m['maatregel']} {wat} bij {m['incident']}: {m['label']} (aangifte), {voluit(m['datum'])}."
        )
        if nummer:
            typer.echo(
                f"Het slachtoffer staat in het document als {nummer}, de andere medewerkers als 'medewerker 2', "
                "'medewerker 3'. Lees de omschrijving na: een losse voornaam kan agressie niet herkennen."
            )
        typer.echo("Geef het document alleen aan de aangever en de politie, niet aan de persoon.")
        for waarschuwing in waarschuwingen:
            typer.echo(waarschuwing, err=True)
    if pdf_fout:
        typer.echo(f"Let op: {pdf_fout}", err=True)
        raise typer.Exit(Afsluitcode.FOUT)
