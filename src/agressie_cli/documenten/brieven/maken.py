"""De brief is de maatregel: het ontwerp van een brief (besluit, maatregel, waarden voor het sjabloon) op een
register, het vullen van het sjabloon in een tijdelijk bestand, en het plaatsen na het bewaren. De transactie die
dat in de goede volgorde doet (vullen buiten het slot, onder het slot opnieuw besluiten), staat in
handelingen/maatregeldocument.py. Elke fout stopt vóór er iets vastligt."""

from __future__ import annotations

import contextlib
import copy
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Protocol

from agressie_cli.documenten.brieven.context import context, controleer_volledig
from agressie_cli.documenten.brieven.render import render, veilige_bestandsnaam
from agressie_cli.documenten.brieven.sjablonen import gebruikte_variabelen, vind_sjabloon
from agressie_cli.domein import bestanden
from agressie_cli.domein.advies import bereken_advies
from agressie_cli.domein.bestanden import MAX_PAD, te_lang_voor_windows, tijdelijk_naast, vervang
from agressie_cli.domein.brief import Briefgegevens, briefinhoud, vereis_motivering
from agressie_cli.domein.correcties import vervang as vervang_maatregelen
from agressie_cli.domein.duur import Duur
from agressie_cli.domein.fouten import Afsluitcode, AgressieFout, InvoerFout
from agressie_cli.domein.instellingen import (
    Instellingen,
    Sjabloongrenzen,
    is_voorbeeld_contactpersoon,
    is_voorbeeld_ondertekenaar,
)
from agressie_cli.domein.inzage import Uittreksel, uittreksel
from agressie_cli.domein.kantoorslot import weiger_als_geopend
from agressie_cli.domein.maatregelen import (
    afwijking_tekst,
    besluit,
    incident_voor_maatregel,
    leg_vast,
    te_laat_tekst,
    vereis_toelichting,
)
from agressie_cli.domein.meldingen import ververs
from agressie_cli.domein.nabehandeling import controleer_horen
from agressie_cli.domein.nederlands import voluit
from agressie_cli.domein.opschonen import naam_onderweg, onderweg
from agressie_cli.domein.personen import bedoelt_u
from agressie_cli.domein.profiel import Profiel
from agressie_cli.domein.register import Register
from agressie_cli.domein.rijen import IncidentRij, MaatregelRij, PersoonRij
from agressie_cli.domein.schade import als_cel
from agressie_cli.domein.velden import controleer_tekst
from agressie_cli.domein.verzending import overhandigen_waarschuwing


@dataclass
class Brief:
    pad: Path
    maatregel: MaatregelRij
    afwijking: str  # de melding als de brief afwijkt van het advies, anders leeg
    te_laat: str  # de melding als de termijn van een week verstreken is, anders leeg
    ontbrekend: list[str]  # wat de melding nog mist (4.2: een brief gaat uit nadat de melding compleet is)
    bestaand: bool = (
        False  # alleen een PDF van een brief die er al was (brief --pdf na het installeren van LibreOffice)
    )
    vervangen: list[str] = field(default_factory=list)  # maatregelen die deze brief vervangt (--overschrijven)
    bedoelt_u: list[PersoonRij] = field(default_factory=list)  # mogelijk dezelfde persoon, nog niet opgelost (2.4)
    tijdelijk: Path | None = None  # waar de brief staat tot het register bewaard is (zie plaats)
    waarschuwingen: list[str] = field(default_factory=list)  # wat de gebruiker moet nakijken (3.1)


@dataclass
class Briefverzoek:
    nummer: str
    soort: str | None
    duur: Duur | None
    ingang: date | None
    extra: Briefgegevens
    toelichting: str | None = None  # de reden van een afwijking van het advies
    brieftekst: str | None = None  # het gedrag, gericht aan de persoon; wordt bij het incident bewaard
    alleen_pdf: bool = False  # bestaat de brief al, dan alleen een PDF maken (geen nieuwe maatregel)


def open_incidenten(register: Register, profiel: Profiel) -> list[tuple[str, bool]]:
    """Incidenten zonder besloten maatregel waarvoor het advies een brief is (voor --alle-open), elk met of de duur
    nog bepaald moet worden (Losser: een verbod waarvan leidinggevende en medewerker de duur bepalen, --duur)."""
    nummers = []
    for incident in register.incidenten:
        if incident.get("status") not in ("gemeld", "compleet"):
            continue
        try:
            advies = bereken_advies(register, profiel, incident)
        except InvoerFout:
            continue
        if advies.brief:
            nummers.append((str(incident["incident"]), advies.duur_bepalen))
    return nummers


def tijdelijke_naam(doel: Path) -> Path:
    """'2026-0001-waarschuwing-Jansen.nieuw-1a2b3c4d.docx': wordt `brief` gestopt vóór het register bewaard is
    (een kill, de stroom), dan blijft dit staan als brief zonder maatregel, en die ruimt `opschonen` op."""
    return doel.with_name(f"{doel.stem}.nieuw-{uuid.uuid4().hex[:8]}{doel.suffix}")


def map_buiten_briefmap(instellingen: Instellingen, uitmap: Path) -> str | None:
    """De map voor de kolom Map brief: alleen als het document met --uit buiten brieven/ staat. Opschonen verwijdert
    daar niets, maar noemt het (2.5)."""
    return str(uitmap.absolute()) if uitmap.absolute() != instellingen.briefmap.absolute() else None


def maak_map(uitmap: Path) -> None:
    try:
        uitmap.mkdir(parents=True, exist_ok=True)
    except OSError:
        raise AgressieFout(
            f"De map '{uitmap}' kan niet gemaakt worden: bestaat het pad en heeft u daar schrijfrechten?",
            code=Afsluitcode.FOUT,
        )


def voorlopige_plek(doel: Path, gemaakt: list[Path], wat: str) -> Path:
    """Waar een nieuw document staat tot het register bewaard is (zie plaats). Weigert vooraf, met niets gewijzigd,
    als de oude versie open staat in Word of als het pad te lang wordt voor Windows."""
    # `wat` noemt incident en soort, niet de bestandsnaam: die bevat de achternaam, en foutmeldingen bevatten geen
    # persoonsgegevens (README, AVG). De map wel, daar zoekt de gebruiker.
    weiger_als_geopend(doel, f"{wat} (in {doel.parent})")
    tijdelijk = tijdelijke_naam(doel)
    if te_lang_voor_windows(tijdelijk_naast(tijdelijk)):
        raise InvoerFout(
            f"Het pad van {wat[:1].lower() + wat[1:]} wordt langer dan Windows toestaat ({MAX_PAD} tekens) in de map "
            f"{doel.parent}. Kies een "
            'kortere map met «uit» (zoals «uit» "M:\\Brieven"); er is niets gewijzigd.'
        )
    gemaakt.append(tijdelijk)
    return tijdelijk


class Document(Protocol):
    pad: Path
    tijdelijk: Path | None
    maatregel: MaatregelRij


def plaats(brieven: Sequence[Document], gemaakt: list[Path]) -> None:
    """Zet de brieven op hun plaats, nadat het register met hun maatregelen bewaard is (2.5). Tot dat moment staat
    een brief onder een tijdelijke naam: een afgebroken `brief` laat zo nooit een brief achter onder de naam die een
    maatregel noemt, en `--overschrijven` vervangt de oude brief pas als de nieuwe maatregel vastligt."""
    for brief in brieven:
        if brief.tijdelijk is None:
            continue
        try:
            vervang(brief.tijdelijk, brief.pad)
        except OSError:
            niet_geplaatst = [b for b in brieven if b.tijdelijk is not None]
            gemaakt.clear()  # de maatregelen liggen vast: hun brieven blijven staan, ook onder de tijdelijke naam
            raise AgressieFout(
                f"De maatregelen zijn vastgelegd, maar {brief.pad.name} kon niet vervangen worden: staat de brief "
                "open in Word, of heeft een ander programma hem open? De nieuwe brief staat in "
                + ", ".join(str(b.tijdelijk) for b in niet_geplaatst)
                + ". Sluit de oude brief en geef de nieuwe zijn naam; maak hem niet opnieuw.",
                code=Afsluitcode.FOUT,
            )
        gemaakt.remove(brief.tijdelijk)
        brief.tijdelijk = None
        with contextlib.suppress(OSError):  # de PDF hoort bij de brief die nu vervangen is
            brief.pad.with_suffix(".pdf").unlink(missing_ok=True)


def rond_af(register: Register, map_pad: Path, briefmap: Path) -> list[Path]:
    """Zet brieven op hun plaats waarvan de maatregel al vastligt maar die nog onder hun tijdelijke naam staan: een
    `brief` die gestopt werd tussen het bewaren van het register en plaats() (2.5). Anders stond er geen brief, of bij
    --overschrijven de oude, onder de naam die de nieuwe maatregel noemt. Onder het slot aanroepen. Lukt het niet
    (de oude brief staat open in Word), dan de volgende keer."""
    geplaatst = []
    for tijdelijk, doel in onderweg(register, map_pad, briefmap):
        try:
            vervang(tijdelijk, doel)
        except OSError:
            continue
        with contextlib.suppress(OSError):  # de PDF hoort bij de brief die nu vervangen is
            doel.with_suffix(".pdf").unlink(missing_ok=True)
        geplaatst.append(doel)
    return geplaatst


@contextlib.contextmanager
def weg_bij_fout(gemaakt: list[Path]) -> Iterator[None]:
    """Wordt het register niet bewaard (een fout, of afgebroken), dan blijft er ook geen brief staan."""
    try:
        yield
    except BaseException:
        for pad in gemaakt:
            pad.unlink(missing_ok=True)
        raise


@dataclass
class Ontwerp:
    """Een document dat een maatregel is (een brief, de informatie voor de aangifte), besloten op een register maar
    nog niet gevuld: de maatregel staat in dat register, `document` zegt waar het document komt. Het vullen van het
    sjabloon gebeurt buiten het slot van het register (3.3); onder het slot wordt het ontwerp opnieuw gemaakt op het
    register zoals het dan is, en alleen als `inhoud` gelijk bleef, hoort het gevulde document erbij."""

    document: Document  # een Brief, of het Aangiftedocument
    sjabloon: Path | None  # None: er is niets te vullen (de brief bestond al: alleen een PDF)
    waarden: dict
    meerregelig: tuple[str, ...] = ("adresblok", "brieftekst")
    wees: bool = False  # onder de naam staat een document dat geen maatregel noemt (afgebroken): weg onder het slot
    wat: str = ""  # "De brief waarschuwing bij incident 2026-0001": voor meldingen, zonder persoonsgegevens
    bijlage: Uittreksel | None = None  # 3.4 brief --met-uittreksel: wat, waar, wanneer achter de brief

    @property
    def inhoud(self) -> tuple:
        """Alles waarvan het gevulde document afhangt."""
        return (self.document.pad, self.sjabloon, self.waarden, self.meerregelig, self.bijlage)

    @property
    def maatregel(self) -> MaatregelRij:
        return self.document.maatregel


def vul(ontwerp: Ontwerp, gemaakt: list[Path], grenzen: Sjabloongrenzen | None = None) -> None:
    """Vult het sjabloon van het ontwerp in een nieuw tijdelijk bestand naast zijn plek (zie voorlopige_plek): buiten
    het slot van het register. Weigert vooraf als de oude versie open staat in Word of het pad te lang wordt."""
    if ontwerp.sjabloon is None:
        return
    doel = ontwerp.document.pad
    maak_map(doel.parent)
    tijdelijk = voorlopige_plek(doel, gemaakt, ontwerp.wat)
    render(ontwerp.sjabloon, ontwerp.waarden, tijdelijk, meerregelig=ontwerp.meerregelig, grenzen=grenzen)
    if ontwerp.bijlage is not None:
        from agressie_cli.documenten.brieven.uittreksel import voeg_toe

        voeg_toe(tijdelijk, ontwerp.bijlage)
    bestanden.verberg(tijdelijk)  # op Windows: een halve brief met een achternaam in de naam ziet niemand (3.6)
    ontwerp.document.tijdelijk = tijdelijk


def neem_over(ontwerp: Ontwerp, gevuld: Ontwerp, gemaakt: list[Path]) -> None:
    """Onder het slot: het document dat buiten het slot gevuld is (`gevuld`, met dezelfde inhoud), hoort bij de
    maatregel van `ontwerp`. Een achtergebleven document zonder maatregel onder dezelfde naam gaat weg; het nieuwe
    krijgt het nummer van zijn maatregel in zijn naam: wordt het proces gestopt na het bewaren maar vóór plaats(), dan
    zet de volgende `brief` of `opschonen` het alsnog op zijn plaats (rond_af) in plaats van het weg te gooien."""
    doel = ontwerp.document.pad
    if ontwerp.wees:
        # Geen maatregel noemt dit document: een `brief` die werd afgebroken vóór het register bewaard was (2.5).
        # Dat is nooit een besluit geworden; het wordt nu vervangen door het echte.
        doel.unlink(missing_ok=True)
        doel.with_suffix(".pdf").unlink(missing_ok=True)
    tijdelijk = gevuld.document.tijdelijk
    if tijdelijk is None:
        return
    weiger_als_geopend(doel, f"{ontwerp.wat} (in {doel.parent})")
    met_nummer = naam_onderweg(doel, str(ontwerp.maatregel["maatregel"]))
    bestanden.vervang(tijdelijk, met_nummer)  # een nieuwe naam naast de oude; plaats() doet het echte vervangen
    bestanden.verberg(met_nummer)  # tot plaats() blijft hij verborgen; vervang() maakt de brief zelf weer zichtbaar
    gemaakt[gemaakt.index(tijdelijk)] = met_nummer
    ontwerp.document.tijdelijk = met_nummer


def ontwerp_brief(
    instellingen: Instellingen,
    profiel: Profiel,
    register: Register,
    verzoek: Briefverzoek,
    uitmap: Path | None,
    overschrijven: bool,
) -> Ontwerp:
    """Besluit de brief van één verzoek op `register` en legt zijn maatregel daarin vast, zonder het sjabloon te
    vullen en zonder bestanden aan te raken. Elke fout stopt vóór er iets vastligt."""
    uitmap = uitmap or instellingen.briefmap
    nummer, soort, extra = verzoek.nummer, verzoek.soort, copy.copy(verzoek.extra)
    incident = incident_voor_maatregel(register, nummer, "brief gemaakt")
    if profiel.classificatie == "gedrag" and incident.get("gedrag") == "E":
        raise InvoerFout(
            f"Incident {nummer} is E-gedrag: daarvoor gaat nooit een brief uit (Losser 5.3). "
            "Schakel een hulpinstantie in via de politie (0900-8844) en pas maatwerk toe met medewerker en leidinggevende."
        )
    if soort is not None:
        soort_def = profiel.soort(soort)
        if not soort_def.brief:
            raise InvoerFout(
                f"{soort} ({soort_def.label}) heeft geen brief. Leg het vast met: agressie maatregel {nummer} --soort {soort}"
            )
    overtreding_datum = extra.overtreding[0] if extra.overtreding else None
    b = besluit(register, profiel, nummer, soort, extra.datum, verzoek.ingang, verzoek.duur, overtreding_datum)
    # Vóór de brief gemaakt wordt: geen brief zonder maatregel. 3.4: de toelichting zegt in de brief waarom deze duur.
    extra.toelichting = vereis_toelichting(b, verzoek.toelichting)
    controleer_horen(profiel, incident, b.soort, extra.datum)  # 3.4: horen vooraf, eerst het voornemen
    if verzoek.brieftekst and verzoek.brieftekst.strip():
        incident["brieftekst"] = controleer_tekst("«brieftekst»", verzoek.brieftekst.strip())
    soort_def = profiel.soort(b.soort)
    if not soort_def.brief:
        raise InvoerFout(
            f"Het advies voor {nummer} is {b.soort} ({soort_def.label}): daar hoort geen brief bij. "
            f"Leg het vast met: agressie maatregel {nummer} --soort {b.soort}"
        )
    if soort_def.gegevens.get("vereist_actief_verbod") and extra.overtreding is None:
        if incident.get("kanaal") not in profiel.kanalen_in_gebouw:
            raise InvoerFout(
                f"Incident {nummer} was {incident.get('kanaal')}: de brief niet nakomen zegt dat de persoon het gebouw "
                'betrad. Geef het moment van het bezoek met «overtreding» "JJJJ-MM-DD UU:MM", of kies een andere soort.'
            )
        if (gebeurd := incident.get("datum")) is not None:
            extra.overtreding = (gebeurd, incident.get("tijd"))
    gesprek = _gesprek(instellingen, profiel, register, incident, b.soort, extra)
    if extra.besloten_door:  # 3.4: wie besliste
        gesprek["besloten_door"] = extra.besloten_door
    if extra.bedrag is not None:  # aansprakelijkstelling: het geclaimde bedrag komt bij de maatregel
        gesprek["bedrag"] = als_cel(extra.bedrag)
    sjabloon = vind_sjabloon(instellingen, profiel, b.soort)
    inhoud = briefinhoud(instellingen, profiel, register, b, extra)
    vereis_motivering(inhoud)  # 3.4: een verbodsbrief noemt het gedrag, de norm en waarom deze duur
    waarden = context(inhoud)
    gebruikt = gebruikte_variabelen(sjabloon)
    controleer_volledig(waarden, gebruikt, nummer, b.soort, profiel)
    persoon = register.persoon_van(incident) or {}
    # 3.1: hoe de brief zegt dat hij gaat (kolom 'Verzending volgens brief'); agressie verzonden --wijze vergelijkt
    # daarmee. 'Verzonden per' blijft leeg tot agressie verzonden: het register zegt niet dat iets verzonden is.
    if inhoud.verzending.wijze is not None:
        gesprek["wijze_brief"] = inhoud.verzending.wijze
    doel = uitmap / veilige_bestandsnaam(nummer, b.soort, inhoud.naam, persoon.get("achternaam"))
    wees = False
    if doel.exists() and not overschrijven:
        bestaand = next(
            (
                m
                for m in register.maatregelen_van_incident(nummer)
                if m.get("bestand") == doel.name and m.get("status") in (None, "", "geldig")
            ),
            None,
        )
        if verzoek.alleen_pdf and bestaand is not None:
            return Ontwerp(Brief(doel, bestaand, "", "", [], bestaand=True), None, {})
        if not any(m.get("bestand") == doel.name for m in register.maatregelen):
            wees = True  # een afgebroken `brief` (2.5): neem_over haalt hem weg, onder het slot
        else:
            raise InvoerFout(
                f"De brief {b.soort} bij incident {nummer} bestaat al (in {doel.parent}). Gebruik «overschrijven» om de "
                "brief opnieuw te maken (de oude maatregel wordt dan vervangen), of «pdf» om er alleen een PDF van te "
                "maken."
            )
    overtreding = None
    if extra.overtreding:
        overtreding = extra.overtreding[0].isoformat() + (
            f" {extra.overtreding[1]:%H:%M}" if extra.overtreding[1] else ""
        )
    maatregel = leg_vast(
        register, profiel, b, bestand=doel.name, toelichting=verzoek.toelichting, overtreding=overtreding, extra=gesprek
    )
    maatregel["map"] = map_buiten_briefmap(instellingen, uitmap)
    vervangen = (
        vervang_maatregelen(register, nummer, b.soort, str(maatregel["maatregel"]), profiel) if overschrijven else []
    )
    if vervangen:
        ververs(register, incident, profiel)
    ontbrekend = [v for v in (incident.get("ontbrekend") or "").split(", ") if v]
    meldingen = waarschuwingen(waarden, nummer, gebruikt, eigen_contactpersoon=bool(extra.contactpersoon))
    if extra.overhandigd:  # 3.1: alleen waar het protocol persoonlijk overhandigen noemt (Losser 5.2) zonder melding
        melding = overhandigen_waarschuwing(profiel, b.soort, nummer, str(maatregel["maatregel"]))
        meldingen += [melding] if melding else []
    brief = Brief(
        doel,
        maatregel,
        afwijking_tekst(b),
        te_laat_tekst(b),
        ontbrekend,
        vervangen=vervangen,
        bedoelt_u=bedoelt_u(register, persoon) if persoon else [],
        waarschuwingen=meldingen,
    )
    bijlage = uittreksel(register, incident) if extra.met_uittreksel else None  # 3.4: wat, waar, wanneer
    return Ontwerp(
        brief, sjabloon, waarden, wees=wees, wat=f"De brief {b.soort} bij incident {nummer}", bijlage=bijlage
    )


def waarschuwingen(
    waarden: dict, nummer: str, gebruikt: set[str] | None = None, eigen_contactpersoon: bool = False
) -> list[str]:
    """Een brief die zo niet de deur uit hoort (3.1): een neutrale aanhef, de voorbeeldondertekenaar van init, of een
    contactroute die nog de tekst van init is (een rol zonder naam of nummer) terwijl de brief haar noemt (`gebruikt`:
    de variabelen van het sjabloon) en er geen --contactpersoon is gegeven. Zonder persoonsgegevens: de melding noemt
    het incident, niet de naam."""
    uitkomst = []
    if "heer/mevrouw" in str(waarden.get("aanhef") or ""):
        uitkomst.append(
            f"Let op: de brief bij {nummer} heeft een neutrale aanhef ('Geachte heer/mevrouw'). Weet u hoe de persoon "
            f"aangesproken wil worden, vul dat dan aan (agressie aanvullen {nummer} --aanhef mevrouw, of heer) en maak "
            "de brief opnieuw met --overschrijven."
        )
    if not waarden.get("ondertekend_door_burgemeester") and is_voorbeeld_ondertekenaar(waarden.get("ondertekenaar")):
        uitkomst.append(
            f"Let op: de brief bij {nummer} is ondertekend door de voorbeeldnaam die agressie init schreef. Vul "
            '[ondertekening] naam en functie in agressie.toml in (of geef bij init --ondertekenaar "naam, functie") '
            "en maak de brief opnieuw met --overschrijven."
        )
    noemt_contact = gebruikt is None or bool({"contactpersoon", "contactpersoon_verwijzing"} & set(gebruikt))
    if noemt_contact and not eigen_contactpersoon and is_voorbeeld_contactpersoon(waarden.get("contactpersoon")):
        uitkomst.append(
            f"Let op: de brief bij {nummer} noemt als contactroute nog de tekst die agressie init schreef "
            f"('{str(waarden.get('contactpersoon')).strip()}'), zonder naam of rechtstreeks telefoonnummer. Vul "
            "[brieven] contactpersoon in agressie.toml in met een naam en een rechtstreeks telefoonnummer, of geef "
            '--contactpersoon "naam, telefoon ...", en maak de brief opnieuw met --overschrijven.'
        )
    return uitkomst


def _gesprek(
    instellingen: Instellingen,
    profiel: Profiel,
    register: Register,
    incident: IncidentRij,
    soort: str,
    extra: Briefgegevens,
) -> MaatregelRij:
    """Het ordegesprek (Geertruidenberg 6.3): plaats standaard het gebouw uit de instellingen, aanwezigen standaard
    de betrokken medewerker(s) en de leidinggevende. De bevestiging neemt het gesprek over uit de uitnodiging. Geeft
    wat bij de maatregel in het register komt."""
    if not profiel.is_soort(soort, "gesprek"):
        return MaatregelRij()
    if profiel.is_soort(soort, "bevestiging"):
        uitnodiging: MaatregelRij = next(
            (
                m
                for m in reversed(register.maatregelen_van_incident(incident["incident"]))
                if profiel.is_soort(m.get("soort"), "uitnodiging")
            ),
            MaatregelRij(),
        )
        extra.gesprek_datum = extra.gesprek_datum or uitnodiging.get("gesprek_datum")
        extra.gesprek_tijd = extra.gesprek_tijd or uitnodiging.get("gesprek_tijd")
        extra.locatie = extra.locatie or uitnodiging.get("locatie")
        extra.aanwezigen = extra.aanwezigen or tuple(uitnodiging.get("aanwezigen") or ())
        if extra.gesprek_datum is not None and extra.datum < extra.gesprek_datum:
            raise InvoerFout(
                f"«datum»: de bevestiging ({voluit(extra.datum)}) kan niet vóór het gesprek ({voluit(extra.gesprek_datum)}) "
                "zijn: de brief zegt dat het gesprek heeft plaatsgevonden."
            )
        return MaatregelRij(
            gesprek_datum=extra.gesprek_datum,
            gesprek_tijd=extra.gesprek_tijd,
            locatie=extra.locatie,
            aanwezigen=list(extra.aanwezigen),
            afspraken=list(extra.afspraken),
        )
    extra.locatie = extra.locatie or instellingen.deel("brieven").get("gebouw")
    if not extra.aanwezigen:
        standaard = [*(incident.get("medewerker") or []), incident.get("leidinggevende")]
        extra.aanwezigen = tuple(dict.fromkeys(a for a in standaard if a))
    if len(extra.aanwezigen) < 2:
        raise InvoerFout(
            'Geertruidenberg 6.3: bij een ordegesprek zijn namens de gemeente "in ieder geval 2 personen aanwezig: de '
            'behandelend medewerker en diens direct leidinggevende". Noem ze met «aanwezige» (twee keer), of vul '
            f"«medewerker» en «leidinggevende» aan bij incident {incident['incident']}."
        )
    if extra.gesprek_datum is not None and extra.gesprek_datum <= extra.datum:
        raise InvoerFout(
            f"«gesprek_datum»: het gesprek ({voluit(extra.gesprek_datum)}) moet na de datum van de uitnodiging "
            f"({voluit(extra.datum)}) zijn."
        )
    return MaatregelRij(
        gesprek_datum=extra.gesprek_datum,
        gesprek_tijd=extra.gesprek_tijd,
        locatie=extra.locatie,
        aanwezigen=list(extra.aanwezigen),
    )
