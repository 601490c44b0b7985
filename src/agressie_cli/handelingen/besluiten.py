"""Leidinggevende / AOV-er: de maatregel vastleggen, de brief maken, verzonden, intrekken, afsluiten."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path
from typing import TYPE_CHECKING, cast

from agressie_cli.domein.datums import lees_datum
from agressie_cli.domein.fouten import AgressieFout, InvoerFout
from agressie_cli.domein.rijen import MaatregelRij
from agressie_cli.handelingen.werkplek import Werkplek

if TYPE_CHECKING:
    from agressie_cli.documenten.brieven.maken import Brief, Briefverzoek, Ontwerp
    from agressie_cli.domein.register import Register
    from agressie_cli.handelingen.afschrift import Afschrift


@dataclass(frozen=True)
class Afgesloten:
    incident: str
    status: str


@dataclass(frozen=True)
class VastgelegdeMaatregel:
    maatregel: MaatregelRij  # de rij van de maatregel zoals in het register
    status: str | None  # de status van het incident daarna
    afwijking: str  # "Let op: ... wijkt af van het protocol (advies: ...)." of leeg
    te_laat: str  # "Let op: de maatregel had uiterlijk ... meegedeeld moeten worden ..." of leeg
    vervangt: list[str]  # de lopende verboden die dit verbod vervangt (3.1)


@dataclass(frozen=True)
class Vooraf:
    """Wat een voorkant vóór `maatregel` of `brief` kan vragen (een terminal vraagt het, een webformulier toont het
    bij het veld): wijkt de keuze af van het advies (dan is «toelichting» nodig), en heeft het incident nog geen
    tekst voor de brief (dan toont het de interne omschrijving en vraagt het «brieftekst»)."""

    afwijking: str  # de melding als de keuze afwijkt van het advies, anders leeg
    brieftekst_nodig: bool  # het incident heeft nog geen brieftekst (en kan een brief krijgen)
    omschrijving: str | None  # de interne omschrijving (komt nooit in een brief)
    # 3.4: een verbodsbrief waarvan alleen «toelichting» kan zeggen waarom deze duur (Losser 5.2: de duur bepalen de
    # leidinggevende en de medewerker); ook zonder afwijking
    duur_reden_nodig: bool = False


@dataclass(frozen=True)
class Brieven:
    brieven: list[Brief]  # de gemaakte brieven (en bij pdf: de brieven die al bestonden), elk met zijn maatregel
    fouten: list[tuple[str, str]]  # (incident, melding met «veld»-merktekens) van brieven die niet gemaakt zijn
    pdfs: dict[Path, Path] = field(default_factory=dict)  # brief -> PDF
    pdf_fout: str | None = None  # de PDF's konden niet gemaakt worden (LibreOffice)
    enkel: bool = True  # om één brief gevraagd (de uitvoer is dan één brief, geen lijst)
    vervangt: dict[str, list[str]] = field(default_factory=dict)  # maatregel -> de lopende verboden die hij vervangt
    overgeslagen: str | None = None  # --alle-open: de melding over incidenten waarvoor de duur nodig is
    geen_open: bool = False  # --alle-open: er was geen open incident waarvoor het advies een brief is
    artikel_melding: str = ""  # de verwijzing naar het eigen protocol bij een onvolledige melding (" (4.2)")
    # 3.4: de maatregelen waarvan de brief pas definitief is na goedkeuring door een tweede persoon (profiel goedkeuring)
    wacht_op_goedkeuring: list[str] = field(default_factory=list)
    # 3.4: het afschrift aan politie en receptie per maatregel (een verbod met [afschrift] in het profiel)
    afschriften: dict[str, Afschrift] = field(default_factory=dict)


@dataclass(frozen=True)
class Intrekking:
    nummer: str  # het maatregel- of incidentnummer
    soort: str  # "maatregel" of "incident"
    datum: date
    reden: str
    maatregelen: list[str]  # de maatregelen die ermee zijn ingetrokken
    hersteld: list[str]  # verboden die een ingetrokken verbod verving: ze lopen weer


@dataclass(frozen=True)
class Verzonden:
    maatregel: str
    incident: str
    verzonden: date
    wijze: str | None
    status: str | None  # de status van het incident daarna ('brief verstuurd')
    waarschuwingen: list[str]  # de wijze wijkt af van wat de brief zegt (3.1)


def afsluiten(werkplek: Werkplek, incident: str) -> Afgesloten:
    """Zet een incident op 'afgehandeld' als alles rond is."""
    from agressie_cli.domein.meldingen import sluit_af

    with werkplek.wijzig() as register:
        rij = sluit_af(register, incident)
    return Afgesloten(incident=str(rij["incident"]), status=str(rij["status"]))


def vooraf(
    werkplek: Werkplek,
    incident: str,
    soort: str | None = None,
    datum: str | date | None = None,
    ingang: str | date | None = None,
    duur: str | None = None,
) -> Vooraf:
    """Leest alleen. Kan het besluit (nog) niet genomen worden, dan is er niets te vragen: de handeling zelf meldt
    dan wat er niet klopt."""
    from agressie_cli.domein.brief import toelichting_nodig
    from agressie_cli.domein.duur import Duur as DuurWaarde
    from agressie_cli.domein.maatregelen import afwijking_tekst, besluit, incident_voor_maatregel

    afwijking, nodig, omschrijving, duur_reden = "", False, None, False
    try:
        register = werkplek.lees()
        gevonden = incident_voor_maatregel(register, incident, "brief gemaakt")
        nodig = not gevonden.get("brieftekst")
        omschrijving = gevonden.get("omschrijving") or None
        b = besluit(
            register,
            werkplek.profiel,
            incident,
            soort,
            lees_datum(datum, "«datum»"),
            lees_datum(ingang, "«ingang»"),
            DuurWaarde.lees(duur),
        )
        afwijking = afwijking_tekst(b)
        duur_reden = toelichting_nodig(werkplek.profiel, b)
    except AgressieFout:
        pass
    return Vooraf(afwijking, nodig, omschrijving, duur_reden)


def maatregel(
    werkplek: Werkplek,
    incident: str,
    soort: str | None,
    datum: str | date | None = None,
    ingang: str | date | None = None,
    duur: str | None = None,
    toelichting: str | None = None,
    besloten_door: str | None = None,
) -> VastgelegdeMaatregel:
    """Legt een maatregel vast zonder brief (registratie, aangifte) of met een elders gemaakte brief. Een afwijking
    van het advies vraagt een toelichting; bij een incident komt maar één aangifte (2.6)."""
    from agressie_cli.domein.aangifte import geldige_aangifte
    from agressie_cli.domein.besluitvorming import lees_besloten_door
    from agressie_cli.domein.duur import Duur as DuurWaarde
    from agressie_cli.domein.maatregelen import afwijking_tekst, besluit, leg_vast, te_laat_tekst
    from agressie_cli.domein.verboden import vervangen_door

    besluitdatum = lees_datum(datum, "«datum»")
    ingang_d = lees_datum(ingang, "«ingang»")
    duur_w = DuurWaarde.lees(duur)
    profiel = werkplek.profiel
    if soort is None:
        raise InvoerFout(f"«soort» is verplicht. Kies uit: {', '.join(profiel.soorten)}.")
    profiel.soort(soort)
    besloten = lees_besloten_door(besloten_door)  # 3.4: wie besliste, "naam, functie"
    with werkplek.wijzig() as register:
        if profiel.is_soort(soort, "aangifte"):
            bestaand = geldige_aangifte(register, profiel, str(register.incident(incident)["incident"]))
            if bestaand is not None:  # één aangifte per incident (2.6), ook langs deze weg
                raise InvoerFout(
                    f"Bij incident {bestaand['incident']} is de aangifte al vastgelegd ({bestaand['maatregel']}). "
                    f"Maak of vernieuw het document met: agressie aangifte {bestaand['incident']} --overschrijven"
                )
        b = besluit(register, profiel, incident, soort, besluitdatum, ingang_d, duur_w)
        m = leg_vast(
            register,
            profiel,
            b,
            toelichting=toelichting,
            extra=MaatregelRij(besloten_door=besloten) if besloten else None,
        )
        vervangt = vervangen_door(register, m["maatregel"])
    return VastgelegdeMaatregel(m, b.incident.get("status"), afwijking_tekst(b), te_laat_tekst(b), vervangt)


def brief(
    werkplek: Werkplek,
    incidenten: Sequence[str] = (),
    *,
    alle_open: bool = False,
    soort: str | None = None,
    duur: str | None = None,
    datum: str | date | None = None,
    ingang: str | date | None = None,
    uit: Path | None = None,
    pdf: bool = False,
    overschrijven: bool = False,
    gesprek_datum: str | date | None = None,
    gesprek_tijd: str | time | None = None,
    locatie: str | None = None,
    aanwezigen: Sequence[str] = (),
    afspraken: Sequence[str] = (),
    overtreding: str | None = None,
    overhandigd: bool = False,
    contactpersoon: str | None = None,
    bedrag: str | None = None,
    toelichting: str | None = None,
    brieftekst: str | None = None,
    voortgang: Callable[[int, int], object] | None = None,
    besloten_door: str | None = None,
    met_uittreksel: bool = False,
) -> Brieven:
    """Maakt de brief (DOCX) en legt de maatregel vast in het register (stap 4), voor een of meer incidenten of
    (alle_open) voor alle incidenten zonder besloten maatregel waarvoor het advies een brief is. Eén brief: de
    eerste fout stopt alles. Meer brieven: een brief met een fout gaat niet door en staat in `fouten`. Het sjabloon
    wordt gevuld zonder het register te vergrendelen (3.3); `pdf`: daarna ook een PDF met LibreOffice. `voortgang`
    krijgt (klaar, totaal) na elk verzoek (voor een voortgangsbalk)."""
    from agressie_cli.documenten.brieven.context import Briefgegevens, lees_overtreding
    from agressie_cli.documenten.brieven.maken import Briefverzoek as Verzoek
    from agressie_cli.documenten.brieven.maken import ontwerp_brief, open_incidenten
    from agressie_cli.domein.besluitvorming import lees_besloten_door, wacht_op_goedkeuring
    from agressie_cli.domein.duur import Duur as DuurWaarde
    from agressie_cli.domein.schade import lees_bedrag
    from agressie_cli.domein.velden import controleer_tekstlijst
    from agressie_cli.domein.verboden import vervangen_door
    from agressie_cli.handelingen import maatregeldocument

    profiel = werkplek.profiel
    if bedrag is not None and not profiel.is_soort(soort, "bedrag"):  # 3.2: de vlag `bedrag` van de soort
        met_bedrag = [s for s, d in profiel.soorten.items() if d.bedrag] or ["aansprakelijkstelling"]
        raise InvoerFout(
            f"«bedrag» hoort alleen bij «soort» {' of '.join(met_bedrag)} (het verhalen van schade). "
            "Er is niets vastgelegd."
        )
    extra = Briefgegevens(
        datum=_datum(datum),
        gesprek_datum=lees_datum(gesprek_datum, "«gesprek_datum»"),
        gesprek_tijd=_lees_tijd(gesprek_tijd),
        locatie=controleer_tekstlijst("«locatie»", [locatie])[0] if locatie else None,
        aanwezigen=tuple(controleer_tekstlijst("«aanwezige»", list(aanwezigen))),
        afspraken=tuple(controleer_tekstlijst("«afspraak»", list(afspraken))),
        overtreding=lees_overtreding(overtreding),
        overhandigd=overhandigd,
        contactpersoon=controleer_tekstlijst("«contactpersoon»", [contactpersoon])[0] if contactpersoon else None,
        bedrag=lees_bedrag(bedrag),
        besloten_door=lees_besloten_door(besloten_door),  # 3.4: wie besliste
        met_uittreksel=met_uittreksel,  # 3.4: wat, waar, wanneer als bijlage
    )
    duur_w = DuurWaarde.lees(duur)
    ingang_d = lees_datum(ingang, "«ingang»")
    nummers = list(dict.fromkeys(incidenten))
    zonder_duur: set[str] = set()  # alle_open: het advies heeft zijn eigen duur; `duur` geldt daar niet
    overgeslagen_melding = None
    if alle_open:
        open_ = [(n, nodig) for n, nodig in open_incidenten(werkplek.opslag.lees(), profiel) if n not in nummers]
        # Een advies waarvan de duur nog bepaald moet worden, niet stil overslaan: met `duur` geldt die voor deze
        # incidenten, zonder noemen we ze.
        overgeslagen = [n for n, nodig in open_ if nodig and duur_w is None]
        zonder_duur = {n for n, nodig in open_ if not nodig}
        nummers += [n for n, _ in open_ if n not in overgeslagen]
        if overgeslagen:
            overgeslagen_melding = (
                f"Overgeslagen (duur nodig: geef «duur»): {', '.join(overgeslagen)}. Het advies is een verbod waarvan "
                f"de duur per geval bepaald wordt (agressie advies {overgeslagen[0]} zegt door wie); maak de brief met "
                f"«duur», bijvoorbeeld: agressie brief {overgeslagen[0]} --duur 3, of agressie brief --alle-open --duur 3."
            )
            if not nummers:
                raise InvoerFout(f"Geen brief gemaakt. {overgeslagen_melding}")
        if not nummers:
            return Brieven([], [], geen_open=True, enkel=False)
    if not nummers:
        raise InvoerFout("Geef een incidentnummer (bijvoorbeeld agressie brief 2026-0001) of «alle_open».")
    verzoeken = [
        Verzoek(
            n,
            soort,
            None if n in zonder_duur else duur_w,
            ingang_d,
            extra,  # ontwerp_brief werkt op een kopie
            toelichting,
            brieftekst,
            alleen_pdf=pdf,
        )
        for n in nummers
    ]
    enkel = len(verzoeken) == 1

    def ontwerp(register: Register, verzoek: Briefverzoek) -> Ontwerp:
        return ontwerp_brief(werkplek.instellingen, profiel, register, verzoek, uit, overschrijven)

    gemaakt = maatregeldocument.maak(
        werkplek,
        verzoeken,
        lambda v: v.nummer,
        ontwerp,
        "brief gemaakt",
        uit,
        stop_bij_fout=enkel,
        voortgang=voortgang,
    )
    brieven: list[Brief] = [cast("Brief", o.document) for o in gemaakt.ontwerpen]
    pdfs, pdf_fout = (
        maatregeldocument.pdfs([b.pad for b in brieven], werkplek.voortgang) if pdf and brieven else ({}, None)
    )
    vervangt = {
        str(b.maatregel["maatregel"]): vervangen_door(gemaakt.register, str(b.maatregel["maatregel"])) for b in brieven
    }
    # 3.4: na het bewaren het afschrift aan politie en receptie (Losser 5.2), met de brief als PDF
    from agressie_cli.handelingen.afschrift import maak_afschriften

    afschriften = maak_afschriften(werkplek, gemaakt.ontwerpen, gemaakt.register, pdfs, pdf_fout)
    return Brieven(
        brieven,
        gemaakt.fouten,
        pdfs,
        pdf_fout,
        enkel=enkel,
        vervangt=vervangt,
        overgeslagen=overgeslagen_melding,
        artikel_melding=profiel.artikel("melding"),
        wacht_op_goedkeuring=[
            str(b.maatregel["maatregel"]) for b in brieven if wacht_op_goedkeuring(profiel, b.maatregel)
        ],
        afschriften=afschriften,
    )


def _lees_tijd(tijd: str | time | None) -> time | None:
    from agressie_cli.domein.datums import lees_tijd

    return lees_tijd(tijd, "«gesprek_tijd»")


def intrekken(werkplek: Werkplek, nummer: str, reden: str | None, datum: str | date | None = None) -> Intrekking:
    """Trekt een maatregel in (hij telt na de datum niet meer) of een incident (vervallen, met al zijn maatregelen).
    De reden is verplicht."""
    from agressie_cli.domein.correcties import intrekken as trek_in

    datum_d = _datum(datum)
    with werkplek.wijzig() as register:
        u = trek_in(register, werkplek.profiel, nummer, reden, datum_d)
    return Intrekking(u.nummer, u.soort, u.datum, u.reden, list(u.maatregelen), list(u.hersteld))


def verzonden(
    werkplek: Werkplek, maatregel: str, datum: str | date | None = None, wijze: str | None = None
) -> Verzonden:
    """Legt vast wanneer en hoe een brief de deur uit ging; het incident staat daarna op 'brief verstuurd'. Wijkt de
    wijze af van wat de brief zegt, dan een waarschuwing (geweigerd wordt er niets)."""
    from agressie_cli.domein.correcties import verzonden as leg_vast

    datum_d = _datum(datum)
    waarschuwingen: list[str] = []
    with werkplek.wijzig() as register:
        m = leg_vast(register, werkplek.profiel, maatregel, datum_d, wijze, waarschuwingen)
        status = register.incident(str(m["incident"])).get("status")
    return Verzonden(str(m["maatregel"]), str(m["incident"]), datum_d, m.get("wijze"), status, waarschuwingen)


def _datum(datum: str | date | None) -> date:
    """De datum van een besluit, brief of verzending: standaard vandaag."""
    return lees_datum(datum, "«datum»") or date.today()
