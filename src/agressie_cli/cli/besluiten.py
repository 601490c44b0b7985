"""Leidinggevende / AOV-er: de maatregel vastleggen (maatregel), de brief maken (brief) en een incident afsluiten."""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from agressie_cli.cli import uitvoer
from agressie_cli.cli.fouten import in_opties, opdracht
from agressie_cli.cli.omgeving import omgeving
from agressie_cli.cli.opties import Duur, Incident, Ingang, Json, Soort
from agressie_cli.domein.datums import datum_of_vandaag, lees_datum, lees_tijd
from agressie_cli.domein.fouten import Afsluitcode, AgressieFout, InvoerFout
from agressie_cli.domein.nederlands import kort


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
    als_json: Json = False,
) -> None:
    """Legt een maatregel vast zonder brief (registratie, aangifte) of met een elders gemaakte brief.

    Voorbeeld: agressie maatregel 2026-0001 --soort registratie
    """
    from agressie_cli.domein.duur import Duur as DuurWaarde
    from agressie_cli.domein.maatregelen import afwijking_tekst, besluit, leg_vast, te_laat_tekst
    from agressie_cli.domein.verboden import vervangen_door

    besluitdatum = lees_datum(datum, "--datum")
    ingang_d = lees_datum(ingang, "--ingang")
    duur_w = DuurWaarde.lees(duur)
    omg = omgeving(ctx)
    profiel = omg.profiel
    if soort is None:
        raise InvoerFout(f"--soort is verplicht. Kies uit: {', '.join(profiel.soorten)}.")
    profiel.soort(soort)
    toelichting = toelichting or _vraag_toelichting(omg, incident, soort, besluitdatum, ingang_d, duur_w)
    with omg.opslag.wijzig() as register:
        if profiel.is_soort(soort, "aangifte"):
            from agressie_cli.domein.aangifte import geldige_aangifte

            bestaand = geldige_aangifte(register, profiel, register.incident(incident)["incident"])
            if bestaand is not None:  # één aangifte per incident (2.6), ook langs deze weg
                raise InvoerFout(
                    f"Bij incident {bestaand['incident']} is de aangifte al vastgelegd ({bestaand['maatregel']}). "
                    f"Maak of vernieuw het document met: agressie aangifte {bestaand['incident']} --overschrijven"
                )
        b = besluit(register, profiel, incident, soort, besluitdatum, ingang_d, duur_w)
        m = leg_vast(register, profiel, b, toelichting=toelichting)
        vervangt = vervangen_door(register, m["maatregel"])
    if als_json:
        uitvoer.druk_json(uitvoer.maatregel_json(m, b.incident.get("status"), b.te_laat, vervangt))
        return
    typer.echo(f"Maatregel {m['maatregel']} vastgelegd bij incident {m['incident']}: {m['label']} ({m['soort']}).")
    uitvoer.periode(m)
    uitvoer.vervangt_verbod(m, vervangt)
    if b.afwijking:
        typer.echo(f"{afwijking_tekst(b)} Reden (vastgelegd): {m.get('toelichting')}")
    if b.te_laat:
        typer.echo(te_laat_tekst(b), err=True)
    typer.echo(f"Status incident: {b.incident.get('status')}.")


@opdracht
def afsluiten(ctx: typer.Context, incident: Incident) -> None:
    """Zet een incident op 'afgehandeld' als alles rond is.

    Voorbeeld: agressie afsluiten 2026-0001
    """
    from agressie_cli.handelingen import besluiten

    uitkomst = besluiten.afsluiten(omgeving(ctx), incident)
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
        bool, typer.Option("--pdf", help="Maak ook een PDF met LibreOffice. Voorbeeld: agressie brief 2026-0001 --pdf")
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
            help='Waarom de brief afwijkt van het advies (verplicht bij afwijken; in een terminal gevraagd). Voorbeeld: --toelichting "ook telefonisch bedreigd (6.5)"',
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
    als_json: Json = False,
) -> None:
    """Maakt de brief (DOCX) en legt de maatregel vast in het register (stap 4).

    Voorbeeld: agressie brief 2026-0001 --pdf
    """
    from agressie_cli.documenten.brieven.context import Briefgegevens, lees_overtreding
    from agressie_cli.documenten.brieven.maken import (
        Briefverzoek,
        maak_brieven,
        open_incidenten,
        plaats,
        rond_af,
        weg_bij_fout,
    )
    from agressie_cli.documenten.brieven.pdf import naar_pdf
    from agressie_cli.domein.duur import Duur as DuurWaarde
    from agressie_cli.domein.schade import lees_bedrag
    from agressie_cli.domein.velden import controleer_tekstlijst

    if soort in ("voornemen", "herziening"):  # 3.4 na de brief: handelingen/nabehandeling.py maakt deze brieven
        from agressie_cli.cli.nabehandeling import brief as brief_na_de_brief

        nummers_ = list(dict.fromkeys(incidenten or []))
        return brief_na_de_brief(
            ctx, soort, nummers_, datum, duur, uit, pdf, overschrijven, contactpersoon, brieftekst, als_json
        )
    omg = omgeving(ctx)
    if bedrag is not None and not omg.profiel.is_soort(soort, "bedrag"):  # 3.2: de vlag `bedrag` van de soort
        met_bedrag = [s for s, d in omg.profiel.soorten.items() if d.bedrag] or ["aansprakelijkstelling"]
        raise InvoerFout(
            f"--bedrag hoort alleen bij --soort {' of '.join(met_bedrag)} (het verhalen van schade). "
            "Er is niets vastgelegd."
        )
    extra = Briefgegevens(
        datum=datum_of_vandaag(datum, "--datum"),
        gesprek_datum=lees_datum(gesprek_datum, "--gesprek-datum"),
        gesprek_tijd=lees_tijd(gesprek_tijd, "--gesprek-tijd"),
        locatie=controleer_tekstlijst("--locatie", [locatie])[0] if locatie else None,
        aanwezigen=tuple(controleer_tekstlijst("--aanwezige", aanwezige or [])),
        afspraken=tuple(controleer_tekstlijst("--afspraak", afspraak or [])),
        overtreding=lees_overtreding(overtreding),
        overhandigd=overhandigd,
        contactpersoon=controleer_tekstlijst("--contactpersoon", [contactpersoon])[0] if contactpersoon else None,
        bedrag=lees_bedrag(bedrag),
    )
    duur_w = DuurWaarde.lees(duur)
    ingang_d = lees_datum(ingang, "--ingang")
    nummers = list(dict.fromkeys(incidenten or []))
    zonder_duur: set[str] = set()  # --alle-open: het advies heeft zijn eigen duur; --duur geldt daar niet
    if alle_open:
        open_ = [(n, nodig) for n, nodig in open_incidenten(omg.opslag.lees(), omg.profiel) if n not in nummers]
        # Een advies waarvan de duur nog bepaald moet worden, niet stil overslaan: met --duur geldt die voor deze
        # incidenten, zonder --duur noemen we ze.
        overgeslagen = [n for n, nodig in open_ if nodig and duur_w is None]
        zonder_duur = {n for n, nodig in open_ if not nodig}
        nummers += [n for n, _ in open_ if n not in overgeslagen]
        if overgeslagen:
            melding = (
                f"Overgeslagen (duur nodig: geef --duur): {', '.join(overgeslagen)}. Het advies is een verbod waarvan "
                f"de duur per geval bepaald wordt (agressie advies {overgeslagen[0]} zegt door wie); maak de brief met "
                f"--duur, bijvoorbeeld: agressie brief {overgeslagen[0]} --duur 3, of agressie brief --alle-open --duur 3."
            )
            if not nummers:
                raise InvoerFout(f"Geen brief gemaakt. {melding}")
            typer.echo(melding, err=als_json)
        if not nummers:
            typer.echo("Geen open incidenten waarvoor het advies een brief is.")
            return
    if not nummers:
        raise InvoerFout("Geef een incidentnummer (bijvoorbeeld agressie brief 2026-0001) of --alle-open.")
    if len(nummers) == 1 and not toelichting:
        toelichting = _vraag_toelichting(omg, nummers[0], soort, extra.datum, ingang_d, duur_w)
    if len(nummers) == 1 and not brieftekst:
        brieftekst = _vraag_brieftekst(omg, nummers[0])
    verzoeken = [
        Briefverzoek(
            n,
            soort,
            None if n in zonder_duur else duur_w,
            ingang_d,
            copy.copy(extra),
            toelichting,
            brieftekst,
            alleen_pdf=pdf,
        )
        for n in nummers
    ]
    gemaakt: list[Path] = []
    met_balk = len(verzoeken) > 1
    with (
        typer.progressbar(length=len(verzoeken), label="Brieven maken", file=sys.stderr, hidden=not met_balk) as balk,
        weg_bij_fout(gemaakt),
        # `brieven` wordt in het blok gezet; plaats() loopt pas na het bewaren, nog onder het slot.
        omg.opslag.wijzig(na_bewaren=lambda: plaats(brieven, gemaakt)) as register,
    ):
        rond_af(register, uit or omg.instellingen.briefmap, omg.instellingen.briefmap)  # van een gestopte `brief`
        brieven, fouten = maak_brieven(
            omg.instellingen,
            omg.profiel,
            register,
            verzoeken,
            uit,
            overschrijven,
            gemaakt,
            stop_bij_fout=not met_balk,
            voortgang=balk.update if met_balk else None,
        )
    fouten = [(nummer, in_opties(sjabloon)) for nummer, sjabloon in fouten]  # «veld» als optie
    pdfs: dict = {}
    pdf_fout = None
    if pdf and brieven:
        try:
            for b, p in zip(brieven, naar_pdf([b.pad for b in brieven], brieven[0].pad.parent), strict=True):
                pdfs[b.pad] = p
        except AgressieFout as fout:
            pdf_fout = fout.melding
    from agressie_cli.domein.verboden import vervangen_door

    vervangt = {b.maatregel["maatregel"]: vervangen_door(register, b.maatregel["maatregel"]) for b in brieven}
    uitvoer.brieven(
        brieven,
        fouten,
        pdfs,
        pdf_fout,
        enkel=len(nummers) == 1,
        als_json=als_json,
        vervangt=vervangt,
        artikel_melding=omg.profiel.artikel("melding"),
    )
    if pdf_fout:
        typer.echo(f"Let op: {pdf_fout}", err=True)
        raise typer.Exit(Afsluitcode.FOUT)
    if fouten:
        raise typer.Exit(Afsluitcode.INVOER if not brieven else Afsluitcode.FOUT)


def _vraag_toelichting(omg, nummer: str, soort: str | None, datum, ingang, duur) -> str | None:
    """Aan de terminal: wijkt de keuze af van het advies, dan vragen we de reden vóór er iets geschreven wordt.
    In een script niet: dan weigert het vastleggen met een melding die --toelichting noemt."""
    from agressie_cli.cli.registreren import interactief
    from agressie_cli.domein.maatregelen import afwijking_tekst, besluit

    if not interactief():
        return None
    try:
        b = besluit(omg.lees(), omg.profiel, nummer, soort, datum, ingang, duur)
    except AgressieFout:
        return None  # het echte vastleggen meldt het
    if not b.afwijking:
        return None
    typer.echo(afwijking_tekst(b))
    return typer.prompt("Waarom wijkt u af van het protocol? (de reden komt in het register)")


def _vraag_brieftekst(omg, nummer: str) -> str | None:
    """Aan de terminal: heeft het incident nog geen tekst voor de brief, dan tonen we de (interne) omschrijving en
    vragen we het gedrag zoals het in de brief komt, gericht aan de persoon."""
    from agressie_cli.cli.registreren import interactief

    if not interactief():
        return None
    from agressie_cli.domein.maatregelen import incident_voor_maatregel

    try:  # een ingetrokken incident krijgt geen brief: dan ook geen vraag (het maken meldt het)
        incident = incident_voor_maatregel(omg.lees(), nummer, "brief gemaakt")
    except AgressieFout:
        return None
    if incident.get("brieftekst"):
        return None
    if incident.get("omschrijving"):
        typer.echo(f"Omschrijving in het register (komt niet in de brief): {incident['omschrijving']}")
    antwoord = typer.prompt(
        "Het gedrag zoals het in de brief komt, gericht aan de persoon (U ...)", default="", show_default=False
    )
    return antwoord.strip() or None


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
    from agressie_cli.domein.correcties import intrekken as trek_in

    datum_d = datum_of_vandaag(datum, "--datum")
    omg = omgeving(ctx)
    with omg.opslag.wijzig() as register:
        uitkomst = trek_in(register, omg.profiel, nummer, reden, datum_d)
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
    maatregel_nummer: Annotated[
        str,
        typer.Argument(metavar="MAATREGEL", help="Het nummer van de maatregel. Voorbeeld: M00003", show_default=False),
    ],
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
    als_json: Json = False,
) -> None:
    """Legt vast wanneer en hoe een brief de deur uit ging; het incident staat daarna op 'brief verstuurd'.

    Voorbeeld: agressie verzonden M00003 --wijze aangetekend-en-post
    """
    from agressie_cli.domein.correcties import verzonden as leg_vast

    datum_d = datum_of_vandaag(datum, "--datum")
    omg = omgeving(ctx)
    waarschuwingen: list[str] = []
    with omg.opslag.wijzig() as register:
        m = leg_vast(register, omg.profiel, maatregel_nummer, datum_d, wijze, waarschuwingen)
        status = register.incident(m["incident"]).get("status")
    if als_json:
        uitvoer.druk_json(
            {
                "maatregel": m["maatregel"],
                "incident": m["incident"],
                "verzonden": m["verzonden"],
                "wijze": m.get("wijze"),
                "status": status,
                "waarschuwingen": waarschuwingen,
            }
        )
    else:
        typer.echo(
            f"Brief van {m['maatregel']} verzonden op {kort(m['verzonden'])}"
            + (f" ({m['wijze']})." if m.get("wijze") else ".")
            + f" Incident {m['incident']}: {status}."
        )
        for waarschuwing in waarschuwingen:
            typer.echo(waarschuwing, err=True)
