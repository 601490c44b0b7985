"""Na de brief (3.4): reactie, verzoek en herzien, en de brieven voornemen en herziening (via agressie brief)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from agressie_cli.cli import uitvoer
from agressie_cli.cli.fouten import opdracht
from agressie_cli.cli.omgeving import omgeving
from agressie_cli.cli.openen import open_bestand
from agressie_cli.cli.openen import optie as open_optie
from agressie_cli.cli.opties import (
    Duur,
    Incident,
    Json,
    Maatregel,
    Samenvatting,
    Tijd,
    datum_optie,
    maatregel_argument,
    pdf_optie,
    persoon_argument,
    uit_optie,
)
from agressie_cli.domein.datums import datum_of_vandaag, kort

if TYPE_CHECKING:  # voor mypy het type; voor typer de optie of het argument met de helptekst van dit commando
    MaatregelOfIncident = str
    PersoonBezoek = str
    PersoonInzage = str
    DatumReactie = Optional[str]
    DatumVerzoek = Optional[str]
    DatumHerzien = Optional[str]
    DatumBezoek = Optional[str]
    DatumGoedkeuren = Optional[str]
    DatumInzage = Optional[str]
    UitInzage = Optional[Path]
    PdfInzage = bool
else:
    MaatregelOfIncident = maatregel_argument(
        "De maatregel (M00003), of het incident (2026-0001) bij een reactie op een voornemen. Voorbeeld: M00003"
    )
    PersoonBezoek = persoon_argument(
        'Persoonnummer of naam (of deel ervan) van iemand met eerdere agressie. Voorbeeld: P0003 of "Jan de Vries"'
    )
    PersoonInzage = persoon_argument('Persoonnummer of naam (of deel ervan). Voorbeeld: P0003 of "Jan de Vries"')
    DatumReactie = datum_optie("Wanneer de persoon reageerde (standaard vandaag). Voorbeeld: --datum 2026-12-03")
    DatumVerzoek = datum_optie("Wanneer het verzoek binnenkwam (standaard vandaag). Voorbeeld: --datum 2027-02-01")
    DatumHerzien = datum_optie(
        "Datum van de herziening (standaard vandaag); opheffen: het verbod geldt tot en met deze dag. Voorbeeld: "
        "--datum 2027-03-01"
    )
    DatumBezoek = datum_optie("De dag waarop de persoon verwacht wordt (verplicht). Voorbeeld: --datum 2026-12-08")
    DatumGoedkeuren = datum_optie("Datum van de goedkeuring (standaard vandaag). Voorbeeld: --datum 2026-11-04")
    DatumInzage = datum_optie("Datum van de brief (standaard vandaag). Voorbeeld: --datum 2026-12-10")
    UitInzage = uit_optie("Map voor de brief (standaard brieven/). Voorbeeld: --uit H:\\Inzage")
    PdfInzage = pdf_optie("Maak ook een PDF met LibreOffice. Voorbeeld: agressie inzage P0003 --pdf")


@opdracht
def reactie(
    ctx: typer.Context,
    nummer: MaatregelOfIncident,
    datum: DatumReactie = None,
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
    nummer: Maatregel,
    datum: DatumVerzoek = None,
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
    nummer: Maatregel,
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
    datum: DatumHerzien = None,
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


@opdracht
def bezoek(
    ctx: typer.Context,
    zoek: PersoonBezoek,
    datum: DatumBezoek = None,
    tijd: Tijd = None,
    mail: Annotated[
        bool,
        typer.Option(
            "--mail",
            help="Zet ook de e-mail aan receptie en interventieteam klaar (.eml in uitgaand/, opent in Outlook als "
            "concept): wie, wanneer, welke verboden lopen en wat te doen volgens het protocol. De adressen staan onder "
            "[afschrift] in agressie.toml. Stond het bezoek er al, dan komt alleen de e-mail erbij. "
            "Voorbeeld: agressie bezoek P0003 --datum 2026-12-08 --mail",
        ),
    ] = False,
    openen: Annotated[
        bool, open_optie("Outlook: de e-mail van --mail", "agressie bezoek P0003 --datum 2026-12-08 --mail --open")
    ] = False,
    als_json: Json = False,
) -> None:
    """Legt een verwacht bezoek vast van iemand met eerdere agressie; die dag tonen verboden en termijnen het.

    Geertruidenberg 3.3 (vooraf te verwachten agressie): receptie, interventieteam en deelcluster waarschuwen; met
    --mail zet agressie die e-mail klaar.

    Voorbeeld: agressie bezoek P0003 --datum 2026-12-08 --tijd 10:30 --mail
    """
    from agressie_cli.domein.datums import lees_datum
    from agressie_cli.domein.fouten import InvoerFout
    from agressie_cli.handelingen.bezoek import bezoek as leg_vast

    dag = lees_datum(datum, "--datum")
    if dag is None:
        raise InvoerFout("--datum ontbreekt: op welke dag wordt de persoon verwacht? Voorbeeld: --datum 2026-12-08")
    if openen and not mail:
        raise InvoerFout("--open opent de e-mail van --mail; geef ook --mail. Er is niets vastgelegd.")
    b = leg_vast(omgeving(ctx), zoek, dag, tijd, mail=mail)
    if als_json:
        # Zonder --mail dezelfde sleutels als vóór --mail; met --mail ook email, email_aan en al_vastgelegd.
        sleutels = ("persoon", "datum", "tijd", "waarschuwen") if not mail else None
        uitvoer.druk_json({k: v for k, v in vars(b).items() if sleutels is None or k in sleutels})
    else:
        om = f" om {b.tijd:%H.%M} uur" if b.tijd else ""
        if b.al_vastgelegd:
            typer.echo(f"Bezoek stond al vast: {b.persoon} wordt verwacht op {kort(b.datum)}{om}.")
        else:
            typer.echo(f"Bezoek vastgelegd: {b.persoon} wordt verwacht op {kort(b.datum)}{om}.")
        typer.echo(f"Die dag tonen agressie verboden en agressie termijnen het: {b.waarschuwen} (Geertruidenberg 3.3).")
        if b.email is not None:
            typer.echo(
                f"E-mail aan {uitvoer.opsomming(b.email_aan)} klaargezet (opent in Outlook als concept): {b.email}"
            )
    if openen and b.email is not None:
        open_bestand(b.email)


@opdracht
def bewijs(
    ctx: typer.Context,
    incident: Annotated[
        str,
        typer.Argument(metavar="INCIDENT", help="Het incidentnummer. Voorbeeld: 2026-0001", show_default=False),
    ],
    bestanden: Annotated[
        Optional[list[Path]],
        typer.Argument(
            metavar="BESTAND...",
            help="Een of meer bestanden: de e-mail, foto's, getuigenverklaringen (pdf, jpg, png, heic, eml, msg, txt, "
            "docx, mp3, m4a, mp4; hoogstens 25 MB per bestand). Voorbeeld: foto-balie.jpg verklaring.pdf",
            show_default=False,
        ),
    ] = None,
    als_json: Json = False,
) -> None:
    """Bewaart bewijs bij een incident in bewijs/INCIDENT/ naast het register, met een SHA-256 in het register.

    Geertruidenberg 8: het bewijs van schade goed vastleggen (foto's, getuigenverklaringen). Agressie aangifte noemt
    het in het dossier; opschonen verwijdert het met de rest.

    Voorbeeld: agressie bewijs 2026-0001 foto-balie.jpg verklaring.pdf
    """
    from agressie_cli.handelingen.bewijs import bewijs as bewaar

    b = bewaar(omgeving(ctx), incident, list(bestanden or []))
    if als_json:
        uitvoer.druk_json(b)
        return
    for stuk in b.toegevoegd:
        typer.echo(f"Bewaard: {stuk.bestand} (SHA-256 {stuk.sha256})")
    typer.echo(f"Bij incident {b.incident} staat nu {uitvoer.aantal(b.totaal, 'bestand', 'bestanden')} bewijs.")


@opdracht
def goedkeuren(
    ctx: typer.Context,
    nummer: Maatregel,
    door: Annotated[
        Optional[str],
        typer.Option(
            "--door",
            help='Wie goedkeurt: naam en functie, een ander dan wie besloot (verplicht). Voorbeeld: --door "A. Jansen, AOV-er"',
            show_default=False,
        ),
    ] = None,
    datum: DatumGoedkeuren = None,
    als_json: Json = False,
) -> None:
    """Keurt een verbodsbrief goed als tweede persoon; met goedkeuring = true in het profiel is hij pas dan definitief.

    Voorbeeld: agressie goedkeuren M00003 --door "A. Jansen, AOV-er"
    """
    from agressie_cli.handelingen import nabehandeling

    g = nabehandeling.goedkeuren(omgeving(ctx), nummer, door, datum_of_vandaag(datum, "--datum"))
    if als_json:
        uitvoer.druk_json(g)
        return
    typer.echo(f"Maatregel {g.maatregel} goedgekeurd door {g.goedgekeurd_door} op {kort(g.goedgekeurd)}.")
    typer.echo(f"De brief is definitief; leg het verzenden vast met: agressie verzonden {g.maatregel} --wijze WIJZE")


@opdracht
def inzage(
    ctx: typer.Context,
    zoek: PersoonInzage,
    verzoek: Annotated[
        Optional[str],
        typer.Option(
            "--verzoek",
            help="Wanneer het verzoek om inzage binnenkwam; agressie termijnen toont het tot een maand later (AVG "
            "art. 12 lid 3). Voorbeeld: --verzoek 2026-12-01",
            show_default=False,
        ),
    ] = None,
    alleen_verzoek: Annotated[
        bool,
        typer.Option(
            "--alleen-verzoek",
            help="Alleen het verzoek vastleggen, het dossier volgt later. Voorbeeld: agressie inzage P0003 --verzoek "
            "2026-12-01 --alleen-verzoek",
        ),
    ] = False,
    datum: DatumInzage = None,
    uit: UitInzage = None,
    pdf: PdfInzage = False,
    openen: Annotated[bool, open_optie("Word; met --pdf de PDF", "agressie inzage P0003 --open")] = False,
    als_json: Json = False,
) -> None:
    """Maakt het dossier van een persoon als brief (inzage, AVG art. 15): gegevens, incidenten, maatregelen, afschriften, bewaartermijn en rechten.

    Namen van medewerkers worden hun rol (art. 15 lid 4). Het verzoek komt op agressie termijnen (een maand).

    Voorbeeld: agressie inzage P0003 --verzoek 2026-12-01 --pdf
    """
    from agressie_cli.domein.datums import lees_datum
    from agressie_cli.domein.fouten import Afsluitcode
    from agressie_cli.handelingen.inzage import inzage as maak

    i = maak(
        omgeving(ctx),
        zoek,
        datum_of_vandaag(datum, "--datum"),
        lees_datum(verzoek, "--verzoek"),
        alleen_verzoek,
        pdf,
        uit,
    )
    if als_json:
        uitvoer.druk_json(i)
    else:
        if i.ontvangen:
            typer.echo(f"Verzoek om inzage van {i.persoon} vastgelegd (ontvangen {kort(i.ontvangen)}).")
        if i.bestand is None:
            assert i.uiterlijk is not None
            typer.echo(f"Het dossier uiterlijk {kort(i.uiterlijk)} verstrekken: agressie inzage {i.persoon} --pdf")
        else:
            typer.echo(f"Dossier gemaakt: {i.bestand}")
            if i.pdf:
                typer.echo(f"PDF: {i.pdf}")
            typer.echo(
                f"Het bevat {uitvoer.aantal(i.incidenten, 'incident', 'incidenten')} en "
                f"{uitvoer.aantal(i.maatregelen, 'maatregel', 'maatregelen')}; lees het na voor u het verstuurt."
            )
    if openen and i.bestand is not None:
        from agressie_cli.cli.openen import open_bestand

        open_bestand(i.pdf or i.bestand)
    if i.pdf_fout:
        typer.echo(f"Let op: {i.pdf_fout}", err=True)
        raise typer.Exit(Afsluitcode.FOUT)


@opdracht
def ordegesprek(
    ctx: typer.Context,
    incident: Incident,
    niet_verschenen: Annotated[
        bool,
        typer.Option(
            "--niet-verschenen",
            help="De persoon verscheen niet op het ordegesprek (Geertruidenberg 6.3): het advies wordt de volgende "
            "stap uit het profiel. Voorbeeld: agressie ordegesprek 2026-0001 --niet-verschenen",
        ),
    ] = False,
    gehouden: Annotated[
        bool,
        typer.Option(
            "--gehouden",
            help="Het ordegesprek is gehouden, zonder bevestiging van afspraken (met afspraken: agressie brief "
            "INCIDENT --soort ordegesprek-bevestiging). Voorbeeld: agressie ordegesprek 2026-0001 --gehouden",
        ),
    ] = False,
    datum: Annotated[
        Optional[str],
        typer.Option(
            "--datum",
            help="De dag van het gesprek (standaard de datum uit de uitnodiging). Voorbeeld: --datum 2026-12-01",
            show_default=False,
        ),
    ] = None,
    als_json: Json = False,
) -> None:
    """Legt vast hoe het ordegesprek ging: gehouden, of de persoon verscheen niet.

    Na de dag van het gesprek staat het op agressie termijnen tot een van de twee is vastgelegd. Verscheen de persoon
    niet, dan adviseert het incident de volgende stap (agressie advies) en staat die op agressie termijnen.

    Voorbeeld: agressie ordegesprek 2026-0001 --niet-verschenen
    """
    from agressie_cli.domein.datums import lees_datum
    from agressie_cli.domein.fouten import InvoerFout
    from agressie_cli.handelingen.ordegesprek import ordegesprek as leg_vast

    if niet_verschenen == gehouden:
        raise InvoerFout("Kies «niet_verschenen» of «gehouden» (één van de twee).")
    uitkomst = leg_vast(
        omgeving(ctx),
        incident,
        "niet-verschenen" if niet_verschenen else "gehouden",
        lees_datum(datum, "«datum»"),
    )
    if als_json:
        uitvoer.druk_json(uitkomst)
        return
    if uitkomst.uitkomst == "gehouden":
        typer.echo(
            f"Ordegesprek bij incident {uitkomst.incident} ({uitkomst.maatregel}) vastgelegd als gehouden op "
            f"{kort(uitkomst.gehouden)}."
        )
        return
    typer.echo(
        f"Vastgelegd bij incident {uitkomst.incident} ({uitkomst.maatregel}): de persoon verscheen niet op het "
        f"ordegesprek van {kort(uitkomst.niet_verschenen)}."
    )
    if uitkomst.volgende_stap_label:
        duur = f" ({uitkomst.volgende_stap_duur.tekst()})" if uitkomst.volgende_stap_duur else ""
        typer.echo(f"Volgende stap: {uitkomst.volgende_stap_label}{duur} ({uitkomst.regel}).")
        if uitkomst.uitleg:
            typer.echo(uitkomst.uitleg)
        typer.echo(f"Zie: agressie advies {uitkomst.incident}; vastleggen: agressie brief {uitkomst.incident}")
