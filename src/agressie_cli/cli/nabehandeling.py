"""Na de brief (3.4): reactie, verzoek en herzien, en de brieven voornemen en herziening (via agressie brief)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from agressie_cli.cli import uitvoer
from agressie_cli.cli.fouten import opdracht
from agressie_cli.cli.omgeving import omgeving
from agressie_cli.cli.opties import Duur, Json
from agressie_cli.domein.datums import datum_of_vandaag, kort

Nummer = Annotated[
    str,
    typer.Argument(metavar="MAATREGEL", help="Het nummer van de maatregel. Voorbeeld: M00003", show_default=False),
]
Samenvatting = Annotated[
    Optional[str],
    typer.Option(
        "--samenvatting",
        help='Kort wat de persoon zei of schreef (komt in het register, niet in een brief). Voorbeeld: --samenvatting "vraagt om opheffing, werkt mee aan hulpverlening"',
        show_default=False,
    ),
]


@opdracht
def reactie(
    ctx: typer.Context,
    nummer: Annotated[
        str,
        typer.Argument(
            metavar="MAATREGEL",
            help="De maatregel (M00003), of het incident (2026-0001) bij een reactie op een voornemen. Voorbeeld: M00003",
            show_default=False,
        ),
    ],
    datum: Annotated[
        Optional[str],
        typer.Option(
            "--datum",
            help="Wanneer de persoon reageerde (standaard vandaag). Voorbeeld: --datum 2026-12-03",
            show_default=False,
        ),
    ] = None,
    vorm: Annotated[
        Optional[str],
        typer.Option(
            "--vorm", help="mondeling of schriftelijk (verplicht). Voorbeeld: --vorm mondeling", show_default=False
        ),
    ] = None,
    samenvatting: Samenvatting = None,
    als_json: Json = False,
) -> None:
    """Legt de reactie van de persoon vast (horen): op een maatregel, of op een voornemen (het incident).

    Voorbeeld: agressie reactie M00003 --datum 2026-12-03 --vorm schriftelijk
    """
    from agressie_cli.handelingen import nabehandeling

    uitkomst = nabehandeling.reactie(omgeving(ctx), nummer, datum_of_vandaag(datum, "--datum"), vorm, samenvatting)
    if als_json:
        uitvoer.druk_json(uitkomst)
        return
    typer.echo(f"Reactie vastgelegd bij {uitkomst.nummer}: {uitkomst.vorm}, op {kort(uitkomst.datum)}.")
    if uitkomst.uiterlijk is not None:
        typer.echo(
            f"Beantwoorden uiterlijk {kort(uitkomst.uiterlijk)} (agressie termijnen): agressie herzien "
            f"{uitkomst.nummer} --uitkomst handhaven|aanpassen|opheffen --reden TEKST"
        )


@opdracht
def verzoek(
    ctx: typer.Context,
    nummer: Nummer,
    datum: Annotated[
        Optional[str],
        typer.Option(
            "--datum",
            help="Wanneer het verzoek binnenkwam (standaard vandaag). Voorbeeld: --datum 2027-02-01",
            show_default=False,
        ),
    ] = None,
    samenvatting: Samenvatting = None,
    als_json: Json = False,
) -> None:
    """Legt een verzoek van de persoon vast om een verbod te beëindigen of te herzien; te beantwoorden met herzien.

    Voorbeeld: agressie verzoek M00003 --datum 2027-02-01
    """
    from agressie_cli.handelingen import nabehandeling

    uitkomst = nabehandeling.verzoek(omgeving(ctx), nummer, datum_of_vandaag(datum, "--datum"), samenvatting)
    if als_json:
        uitvoer.druk_json(uitkomst)
        return
    typer.echo(
        f"Verzoek vastgelegd bij {uitkomst.maatregel} op {kort(uitkomst.datum)}. Beantwoorden uiterlijk "
        f"{kort(uitkomst.uiterlijk)}: agressie herzien {uitkomst.maatregel} --uitkomst handhaven|aanpassen|opheffen "
        "--reden TEKST"
    )


@opdracht
def herzien(
    ctx: typer.Context,
    nummer: Nummer,
    uitkomst: Annotated[
        Optional[str],
        typer.Option(
            "--uitkomst",
            help="handhaven, aanpassen of opheffen (verplicht). Handhaven vraagt een incident van de persoon in de "
            "laatste herzien_na_maanden maanden (profiel), of een --reden. Voorbeeld: --uitkomst opheffen",
            show_default=False,
        ),
    ] = None,
    reden: Annotated[
        Optional[str],
        typer.Option(
            "--reden",
            help="Waarom; komt in de brief herziening. Verplicht bij aanpassen en opheffen, en bij handhaven zonder "
            'recent incident. Voorbeeld: --reden "sinds de ontzegging geen incidenten meer"',
            show_default=False,
        ),
    ] = None,
    datum: Annotated[
        Optional[str],
        typer.Option(
            "--datum",
            help="Datum van de herziening (standaard vandaag); opheffen: het verbod geldt tot en met deze dag. Voorbeeld: --datum 2027-03-01",
            show_default=False,
        ),
    ] = None,
    soort: Annotated[
        Optional[str],
        typer.Option(
            "--soort",
            help="Aanpassen: het lichtere verbod dat in de plaats komt. Voorbeeld: --soort toegangsverbod",
            show_default=False,
        ),
    ] = None,
    duur: Duur = None,
    als_json: Json = False,
) -> None:
    """Legt de uitkomst van de herziening van een verbod vast: handhaven, aanpassen of opheffen.

    Voorbeeld: agressie herzien M00003 --uitkomst opheffen --reden "geen incidenten meer sinds de ontzegging"
    """
    from agressie_cli.handelingen import nabehandeling

    h = nabehandeling.herzien(omgeving(ctx), nummer, uitkomst, reden, datum_of_vandaag(datum, "--datum"), soort, duur)
    if als_json:
        uitvoer.druk_json(h)
        return
    if h.uitkomst == "handhaven":
        typer.echo(f"Het verbod {h.maatregel} blijft gelden (gehandhaafd op {kort(h.datum)}).")
    elif h.uitkomst == "opheffen":
        typer.echo(
            f"Het verbod {h.maatregel} is opgeheven: het gold tot en met {kort(h.datum)} en staat vanaf de dag erna "
            "niet meer op agressie verboden."
        )
    else:
        einde = f"tot en met {kort(h.nieuw_einde)}" if h.nieuw_einde else "voor onbepaalde tijd"
        typer.echo(
            f"Het verbod {h.maatregel} is aangepast: vanaf {kort(h.datum)} geldt {h.nieuw} ({h.nieuw_soort}) {einde}."
        )
    typer.echo(f"Reden (vastgelegd): {h.reden}")
    if h.beantwoord:
        typer.echo(f"Hiermee beantwoord: {uitvoer.opsomming(h.beantwoord)}.")
    typer.echo(f"Laat het de persoon weten: agressie brief {h.maatregel} --soort herziening")


def brief(
    ctx: typer.Context,
    soort: str,
    nummers: list[str],
    datum: str | None,
    duur: str | None,
    uit: Path | None,
    pdf: bool,
    overschrijven: bool,
    contactpersoon: str | None,
    brieftekst: str | None,
    als_json: bool,
) -> None:
    """`agressie brief INCIDENT --soort voornemen` en `agressie brief MAATREGEL --soort herziening` (3.4)."""
    from agressie_cli.domein.fouten import Afsluitcode, InvoerFout
    from agressie_cli.handelingen import nabehandeling

    wat = "INCIDENT" if soort == "voornemen" else "MAATREGEL"
    if len(nummers) != 1:
        raise InvoerFout(f"De brief {soort} is er voor één {wat.lower()}: agressie brief {wat} --soort {soort}")
    b = nabehandeling.brief(
        omgeving(ctx, voortgang=not als_json),
        soort,
        nummers[0],
        datum_of_vandaag(datum, "--datum"),
        duur,
        uit,
        pdf,
        overschrijven,
        contactpersoon,
        brieftekst,
    )
    if als_json:
        uitvoer.druk_json(b)
    else:
        typer.echo(f"Brief gemaakt: {b.bestand}")
        if b.pdf:
            typer.echo(f"PDF: {b.pdf}")
        if b.reactie_uiterlijk:
            typer.echo(
                f"De persoon kan reageren tot en met {b.reactie_uiterlijk}; leg een reactie vast met agressie reactie "
                f"{b.nummer} --vorm mondeling|schriftelijk. Daarna de brief van de maatregel: agressie brief {b.nummer}"
            )
        for waarschuwing in b.waarschuwingen:
            typer.echo(waarschuwing, err=True)
    if b.pdf_fout:
        typer.echo(f"Let op: {b.pdf_fout}", err=True)
        raise typer.Exit(Afsluitcode.FOUT)
