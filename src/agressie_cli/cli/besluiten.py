"""Leidinggevende / AOV-er: de maatregel vastleggen (maatregel), de brief maken (brief) en een incident afsluiten."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from agressie_cli.cli import uitvoer
from agressie_cli.cli.fouten import opdracht
from agressie_cli.cli.omgeving import omgeving
from agressie_cli.cli.openen import optie as open_optie
from agressie_cli.cli.opties import Duur, Incident, Ingang, Json, Maatregel, Soort
from agressie_cli.cli.veldwoorden import optie_van
from agressie_cli.domein.datums import kort
from agressie_cli.domein.fouten import Afsluitcode, AgressieFout
from agressie_cli.handelingen.werkplek import Werkplek

BeslotenDoor = Annotated[
    Optional[str],
    typer.Option(
        "--besloten-door",
        help="Wie besliste: naam en functie (Geertruidenberg 9.1: clustermanager met de AOV-er; Losser 9: de "
        'burgemeester bij een politiek ambtsdrager). Voorbeeld: --besloten-door "K. Smits, clustermanager"',
        show_default=False,
    ),
]


@opdracht
def maatregel(
    ctx: typer.Context,
    incident: Incident,
    soort: Soort = None,
    datum: Annotated[
        Optional[str],
        typer.Option(
            "--datum",
            help="Datum van het besluit (standaard vandaag). Voorbeeld: --datum 2026-11-23",
            show_default=False,
        ),
    ] = None,
    ingang: Ingang = None,
    duur: Duur = None,
    toelichting: Annotated[
        Optional[str],
        typer.Option(
            "--toelichting",
            help='Waarom, vooral bij afwijken van het advies. Voorbeeld: --toelichting "brief via Corsa verstuurd"',
            show_default=False,
        ),
    ] = None,
    besloten_door: BeslotenDoor = None,
    als_json: Json = False,
) -> None:
    """Legt een maatregel vast zonder brief (registratie, aangifte) of met een elders gemaakte brief.

    Voorbeeld: agressie maatregel 2026-0001 --soort registratie
    """
    from agressie_cli.handelingen import besluiten

    werkplek = omgeving(ctx)
    if soort is not None:  # zonder soort weigert de handeling, zonder vraag vooraf
        toelichting, _ = _vraag(werkplek, incident, soort, datum, ingang, duur, toelichting)
    u = besluiten.maatregel(werkplek, incident, soort, datum, ingang, duur, toelichting, besloten_door)
    m = u.maatregel
    if als_json:
        uitvoer.druk_json(uitvoer.maatregel_json(m, u.status, bool(u.te_laat), u.vervangt))
        return
    typer.echo(f"Maatregel {m['maatregel']} vastgelegd bij incident {m['incident']}: {m['label']} ({m['soort']}).")
    uitvoer.periode(m)
    uitvoer.vervangt_verbod(m, u.vervangt)
    if u.afwijking:
        typer.echo(f"{u.afwijking} Reden (vastgelegd): {m.get('toelichting')}")
    if u.te_laat:
        typer.echo(u.te_laat, err=True)
    typer.echo(f"Status incident: {u.status}.")


@opdracht
def afsluiten(ctx: typer.Context, incident: Incident, als_json: Json = False) -> None:
    """Zet een incident op 'afgehandeld' als alles rond is.

    Voorbeeld: agressie afsluiten 2026-0001
    """
    from agressie_cli.handelingen import besluiten

    uitkomst = besluiten.afsluiten(omgeving(ctx), incident)
    if als_json:
        uitvoer.druk_json({"incident": uitkomst.incident, "status": uitkomst.status})
        return
    typer.echo(f"Incident {uitkomst.incident} is afgehandeld.")


@opdracht
def brief(
    ctx: typer.Context,
    incidenten: Annotated[
        Optional[list[str]],
        typer.Argument(
            metavar="INCIDENT...",
            help="Een of meer incidentnummers (bij --soort herziening: het maatregelnummer). Voorbeeld: 2026-0001 2026-0002",
            show_default=False,
        ),
    ] = None,
    alle_open: Annotated[
        bool,
        typer.Option(
            "--alle-open",
            help="Brieven voor alle incidenten zonder besloten maatregel waarvoor het advies een brief is; een verbod waarvan de duur bepaald moet worden (Losser) alleen met --duur. Voorbeeld: agressie brief --alle-open --pdf",
        ),
    ] = False,
    soort: Annotated[
        Optional[str],
        typer.Option(
            "--soort",
            help="Soort brief (standaard het advies). Ook: voornemen (bij een incident: de maatregel aankondigen, "
            "horen vooraf) en herziening (bij een maatregel, na agressie herzien). Voorbeeld: --soort toegangsverbod",
            show_default=False,
        ),
    ] = None,
    duur: Duur = None,
    datum: Annotated[
        Optional[str],
        typer.Option(
            "--datum", help="Datum van de brief (standaard vandaag). Voorbeeld: --datum 2026-11-23", show_default=False
        ),
    ] = None,
    ingang: Ingang = None,
    uit: Annotated[
        Optional[Path],
        typer.Option(
            "--uit",
            help="Map voor de brief (standaard brieven/ naast het register). Voorbeeld: --uit H:\\Brieven",
            show_default=False,
        ),
    ] = None,
    pdf: Annotated[
        bool,
        typer.Option(
            "--pdf",
            help="Maak ook een PDF/A, getagd (voor zaaksysteem en e-depot): met LibreOffice (PDF/A-2b), op Windows zonder LibreOffice met Word. Voorbeeld: agressie brief 2026-0001 --pdf",
        ),
    ] = False,
    overschrijven: Annotated[
        bool,
        typer.Option(
            "--overschrijven",
            help="Een bestaande brief met dezelfde naam vervangen. Voorbeeld: agressie brief 2026-0001 --overschrijven",
        ),
    ] = False,
    gesprek_datum: Annotated[
        Optional[str],
        typer.Option(
            "--gesprek-datum",
            help="Ordegesprek: datum van het gesprek. Voorbeeld: --gesprek-datum 2026-12-01",
            show_default=False,
        ),
    ] = None,
    gesprek_tijd: Annotated[
        Optional[str],
        typer.Option("--gesprek-tijd", help="Ordegesprek: tijd. Voorbeeld: --gesprek-tijd 14:00", show_default=False),
    ] = None,
    locatie: Annotated[
        Optional[str],
        typer.Option(
            "--locatie",
            help='Ordegesprek: plaats. Voorbeeld: --locatie "het gemeentehuis, spreekkamer 2"',
            show_default=False,
        ),
    ] = None,
    aanwezige: Annotated[
        Optional[list[str]],
        typer.Option(
            "--aanwezige",
            help='Ordegesprek: wie er namens de gemeente bij zijn (herhaalbaar). Voorbeeld: --aanwezige "K. Smits, clustermanager"',
            show_default=False,
        ),
    ] = None,
    afspraak: Annotated[
        Optional[list[str]],
        typer.Option(
            "--afspraak",
            help='Bevestiging ordegesprek: een gemaakte afspraak (herhaalbaar). Voorbeeld: --afspraak "U belt alleen tijdens kantooruren"',
            show_default=False,
        ),
    ] = None,
    overtreding: Annotated[
        Optional[str],
        typer.Option(
            "--overtreding",
            help='Niet-nakomen: datum en tijd van de overtreding. Voorbeeld: --overtreding "2026-11-20 14:05"',
            show_default=False,
        ),
    ] = None,
    toelichting: Annotated[
        Optional[str],
        typer.Option(
            "--toelichting",
            help='Waarom de brief afwijkt van het advies (verplicht bij afwijken; in een terminal gevraagd). Bij een verbod zegt de brief hiermee waarom deze duur, als het protocol de duur niet geeft (Losser 5.2: verplicht) of u afwijkt. Voorbeeld: --toelichting "ook telefonisch bedreigd (6.5)"',
            show_default=False,
        ),
    ] = None,
    brieftekst: Annotated[
        Optional[str],
        typer.Option(
            "--brieftekst",
            help='Het gedrag zoals het in de brief komt, gericht aan de persoon; wordt bij het incident bewaard (de omschrijving komt nooit in een brief). Voorbeeld: --brieftekst "U schreeuwde tegen de medewerker."',
            show_default=False,
        ),
    ] = None,
    overhandigd: Annotated[
        bool,
        typer.Option(
            "--overhandigd",
            help="De brief wordt persoonlijk overhandigd: geen postadres nodig. Losser 5.2 staat dat toe voor een toegangsverbod (bij voorkeur direct; bij heterdaad door de politie). Schrijft het profiel voor de soort een andere verzending voor (Geertruidenberg 6.4: een ontzegging aangetekend en per gewone post), dan volgt een waarschuwing. Voorbeeld: agressie brief 2026-0001 --overhandigd",
        ),
    ] = False,
    contactpersoon: Annotated[
        Optional[str],
        typer.Option(
            "--contactpersoon",
            help='De contactroute die tijdens een verbod open blijft (standaard [brieven] contactpersoon). Voorbeeld: --contactpersoon "mevrouw A. de Boer, telefoon 0162 - 123 456"',
            show_default=False,
        ),
    ] = None,
    bedrag: Annotated[
        Optional[str],
        typer.Option(
            "--bedrag",
            help="Aansprakelijkstelling (Geertruidenberg 8, Losser 7): het bedrag van de schade in euro's; zonder "
            "--bedrag zegt de brief dat het bedrag volgt. Voorbeeld: --soort aansprakelijkstelling --bedrag 1.250,00",
            show_default=False,
        ),
    ] = None,
    besloten_door: BeslotenDoor = None,
    met_uittreksel: Annotated[
        bool,
        typer.Option(
            "--met-uittreksel",
            help="Zet het uittreksel van de melding (wat, waar, wanneer; zonder namen van medewerkers) als bijlage achter "
            "de brief. Voorbeeld: agressie brief 2026-0001 --met-uittreksel",
        ),
    ] = False,
    openen: Annotated[
        bool,
        open_optie(
            "Word; met --pdf de PDF; het afschrift aan politie en receptie in Outlook",
            "agressie brief 2026-0001 --open",
        ),
    ] = False,
    als_json: Json = False,
) -> None:
    """Maakt de brief (DOCX) en legt de maatregel vast in het register (stap 4).

    Voorbeeld: agressie brief 2026-0001 --pdf
    """
    from agressie_cli.handelingen import besluiten

    if soort in ("voornemen", "herziening"):  # 3.4 na de brief: handelingen/nabehandeling.py maakt deze brieven
        from agressie_cli.cli.nabehandeling import brief as brief_na_de_brief

        nummers_ = list(dict.fromkeys(incidenten or []))
        return brief_na_de_brief(
            ctx, soort, nummers_, datum, duur, uit, pdf, overschrijven, contactpersoon, brieftekst, als_json
        )
    werkplek = omgeving(ctx, voortgang=not als_json)
    if incidenten and len(set(incidenten)) == 1 and not alle_open:  # vragen aan de terminal: alleen bij één brief
        toelichting, brieftekst = _vraag(
            werkplek, incidenten[0], soort, datum, ingang, duur, toelichting, brieftekst, brief=True
        )
    with contextlib.ExitStack() as stapel:
        u = besluiten.brief(
            werkplek,
            incidenten or [],
            alle_open=alle_open,
            soort=soort,
            duur=duur,
            datum=datum,
            ingang=ingang,
            uit=uit,
            pdf=pdf,
            overschrijven=overschrijven,
            gesprek_datum=gesprek_datum,
            gesprek_tijd=gesprek_tijd,
            locatie=locatie,
            aanwezigen=aanwezige or [],
            afspraken=afspraak or [],
            overtreding=overtreding,
            overhandigd=overhandigd,
            contactpersoon=contactpersoon,
            bedrag=bedrag,
            toelichting=toelichting,
            brieftekst=brieftekst,
            voortgang=_balk(stapel),
            besloten_door=besloten_door,
            met_uittreksel=met_uittreksel,
        )
    if u.overgeslagen:
        typer.echo(tekst(u.overgeslagen), err=als_json)
    if u.geen_open:
        typer.echo("Geen open incidenten waarvoor het advies een brief is.")
        return
    uitvoer.brieven(
        u.brieven,
        [(nummer, tekst(melding)) for nummer, melding in u.fouten],
        u.pdfs,
        u.pdf_fout,
        enkel=u.enkel,
        als_json=als_json,
        vervangt=u.vervangt,
        artikel_melding=u.artikel_melding,
        afschriften=u.afschriften,
    )
    for nummer in u.wacht_op_goedkeuring:  # 3.4: het profiel vraagt goedkeuring door een tweede persoon
        typer.echo(
            f"Let op: de brief van {nummer} is nog niet definitief; verzend hem pas na agressie goedkeuren {nummer} "
            '--door "naam, functie".',
            err=True,
        )
    if openen and u.brieven:
        from agressie_cli.cli.openen import open_bestanden

        open_bestanden([u.pdfs.get(b.pad, b.pad) for b in u.brieven])  # met --pdf de PDF; bij meer brieven de map
        # 3.4: het afschrift aan politie en receptie opent in Outlook als concept, zoals bij doorsturen --open
        open_bestanden([a.bestand for a in u.afschriften.values() if a.bestand is not None])
    if u.pdf_fout:
        typer.echo(f"Let op: {u.pdf_fout}", err=True)
        raise typer.Exit(Afsluitcode.FOUT)
    if u.fouten:
        raise typer.Exit(Afsluitcode.INVOER if not u.brieven else Afsluitcode.FOUT)


def _balk(stapel: contextlib.ExitStack) -> Callable[[int, int], None]:
    """Een voortgangsbalk op stderr bij meer dan één brief, geopend bij de eerste."""
    balk: list[Any] = []

    def voortgang(klaar: int, totaal: int) -> None:
        if totaal < 2:
            return
        if not balk:
            balk.append(stapel.enter_context(typer.progressbar(length=totaal, label="Brieven maken", file=sys.stderr)))
        balk[0].update(klaar - balk[0].pos)

    return voortgang


def tekst(sjabloon: str) -> str:
    """Een melding met «veld»-merktekens in de woorden van de opdrachtregel."""
    return AgressieFout(sjabloon).tekst(optie_van)


def _vraag(
    werkplek: Werkplek,
    nummer: str,
    soort: str | None,
    datum: str | None,
    ingang: str | None,
    duur: str | None,
    toelichting: str | None,
    brieftekst: str | None = None,
    brief: bool = False,
) -> tuple[str | None, str | None]:
    """Aan de terminal, vóór er iets geschreven wordt: wijkt de keuze af van het advies, dan vragen we de reden; en
    bij een brief voor een incident zonder tekst voor de brief tonen we de (interne) omschrijving en vragen we het
    gedrag zoals het in de brief komt, gericht aan de persoon. In een script niet: dan weigert het vastleggen met een
    melding die --toelichting noemt. Geeft (toelichting, brieftekst)."""
    from agressie_cli.cli.registreren import interactief
    from agressie_cli.handelingen import besluiten

    if not interactief() or (toelichting and (brieftekst or not brief)):
        return toelichting, brieftekst
    vooraf = besluiten.vooraf(werkplek, nummer, soort, datum, ingang, duur)
    if not toelichting and vooraf.afwijking:
        typer.echo(vooraf.afwijking)
        toelichting = typer.prompt("Waarom wijkt u af van het protocol? (de reden komt in het register)")
    elif brief and not toelichting and vooraf.duur_reden_nodig:  # 3.4: de verbodsbrief zegt waarom deze duur
        toelichting = typer.prompt("Waarom deze duur? (de reden komt in het register en in de brief)")
    if brief and not brieftekst and vooraf.brieftekst_nodig:
        if vooraf.omschrijving:
            typer.echo(f"Omschrijving in het register (komt niet in de brief): {vooraf.omschrijving}")
        antwoord = typer.prompt(
            "Het gedrag zoals het in de brief komt, gericht aan de persoon (U ...)", default="", show_default=False
        )
        brieftekst = antwoord.strip() or None
    return toelichting, brieftekst


@opdracht
def intrekken(
    ctx: typer.Context,
    nummer: Annotated[
        str,
        typer.Argument(
            metavar="NUMMER",
            help="Een maatregel (M00001) of een incident (2026-0009, bijvoorbeeld dubbel gemeld). Voorbeeld: M00003",
            show_default=False,
        ),
    ],
    reden: Annotated[
        Optional[str],
        typer.Option(
            "--reden", help='Waarom (verplicht). Voorbeeld: --reden "dubbel gemeld, zie 2026-0008"', show_default=False
        ),
    ] = None,
    datum: Annotated[
        Optional[str],
        typer.Option(
            "--datum",
            help="Vanaf wanneer (standaard vandaag): een verbod loopt tot en met deze dag. Voorbeeld: --datum 2026-12-01",
            show_default=False,
        ),
    ] = None,
    als_json: Json = False,
) -> None:
    """Trekt een maatregel in (hij telt na de datum niet meer) of een incident (vervallen, met al zijn maatregelen).

    Voorbeeld: agressie intrekken 2026-0009 --reden "dubbel gemeld, zie 2026-0008"
    """
    from agressie_cli.handelingen import besluiten

    uitkomst = besluiten.intrekken(omgeving(ctx), nummer, reden, datum)
    if als_json:
        uitvoer.druk_json(uitkomst)
        return
    if uitkomst.soort == "incident":
        typer.echo(
            f"Incident {uitkomst.nummer} is ingetrokken (vervallen): het telt niet meer mee voor herhaling, "
            "termijnen en de kwartaalcijfers."
        )
        if uitkomst.maatregelen:
            typer.echo(f"Ook ingetrokken: {', '.join(uitkomst.maatregelen)}.")
    else:
        typer.echo(
            f"Maatregel {uitkomst.nummer} is ingetrokken per {kort(uitkomst.datum)}: daarna telt hij niet meer mee "
            "(een verbod geldt tot en met die dag)."
        )
    if uitkomst.hersteld:
        if len(uitkomst.hersteld) == 1:
            typer.echo(
                f"Het verbod {uitkomst.hersteld[0]} was door een ingetrokken verbod vervangen; het loopt weer "
                "volgens zijn eigen periode."
            )
        else:
            typer.echo(
                f"De verboden {uitvoer.opsomming(uitkomst.hersteld)} waren door een ingetrokken verbod vervangen; ze "
                "lopen weer volgens hun eigen periode."
            )
    typer.echo(f"Reden (vastgelegd): {uitkomst.reden}")


@opdracht
def verzonden(
    ctx: typer.Context,
    maatregel_nummer: Maatregel,
    datum: Annotated[
        Optional[str],
        typer.Option(
            "--datum", help="Wanneer verzonden (standaard vandaag). Voorbeeld: --datum 2026-11-24", show_default=False
        ),
    ] = None,
    wijze: Annotated[
        Optional[str],
        typer.Option(
            "--wijze",
            help="post, aangetekend, aangetekend-en-post (aangetekend én per gewone post, zoals een verbod gaat), "
            "email of overhandigd. Wijkt dat af van wat de brief zegt, dan volgt een waarschuwing. "
            "Voorbeeld: --wijze aangetekend-en-post",
            show_default=False,
        ),
    ] = None,
    afschrift: Annotated[
        bool,
        typer.Option(
            "--afschrift",
            help="Legt vast dat het afschrift van de brief aan politie en receptie verstuurd is (het concept van "
            "agressie brief in Outlook verzonden, of de brief zelf doorgestuurd); tot dan herinnert agressie termijnen "
            "eraan. Voorbeeld: agressie verzonden M00003 --afschrift",
        ),
    ] = False,
    als_json: Json = False,
) -> None:
    """Legt vast wanneer en hoe een brief de deur uit ging; het incident staat daarna op 'brief verstuurd'.

    Met --afschrift: wanneer het afschrift aan politie en receptie verstuurd is.

    Voorbeeld: agressie verzonden M00003 --wijze aangetekend-en-post
    """
    from agressie_cli.handelingen import besluiten

    if afschrift:
        from agressie_cli.domein.fouten import InvoerFout
        from agressie_cli.handelingen.afschrift import bevestig_verzonden

        if wijze is not None:
            raise InvoerFout(
                "--wijze hoort bij de brief zelf; met --afschrift legt u alleen vast dat het afschrift aan politie en "
                "receptie verstuurd is. Er is niets vastgelegd."
            )
        a = bevestig_verzonden(omgeving(ctx), maatregel_nummer, datum)
        if als_json:
            uitvoer.druk_json(a)
            return
        typer.echo(
            f"Afschrift van {a.maatregel} aan politie en receptie verzonden op {kort(a.verzonden)}"
            + (f" (was {kort(a.eerder)})" if a.eerder else "")
            + f". Incident {a.incident}."
        )
        return
    u = besluiten.verzonden(omgeving(ctx), maatregel_nummer, datum, wijze)
    if als_json:
        uitvoer.druk_json(u)
        return
    typer.echo(
        f"Brief van {u.maatregel} verzonden op {kort(u.verzonden)}"
        + (f" ({u.wijze})." if u.wijze else ".")
        + f" Incident {u.incident}: {u.status}."
    )
    for waarschuwing in u.waarschuwingen:
        typer.echo(waarschuwing, err=True)
