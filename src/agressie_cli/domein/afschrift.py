"""Het afschrift van een verbod (3.4; Losser 5.2: "Zorg ervoor dat de politie en de receptie een kopie van de brief
krijgen, dat kan per mail via dvpdontvangst@enschede.nl en info@twente.politie.nl") en de e-mail over een verwacht
bezoek (Geertruidenberg 3.3: "in dit geval moet de receptie, het interventieteam en het mogelijk betrokken
deelcluster gewaarschuwd worden. Dit kan per mail of telefoon afhankelijk van de tijdsdruk").

Hier staat wat er in die e-mails komt en aan wie ze gaan (de adressen: [afschrift] in agressie.toml); het bestand
(.eml, een concept voor Outlook) maakt documenten/eml.py. Het afschrift bevat alleen wat politie en receptie nodig
hebben om het verbod te handhaven: wie (naam, geboortedatum als die bekend is), welk verbod, van wanneer tot wanneer,
wat open blijft en wie ze kunnen bellen; de brief zelf gaat als PDF mee. Het onderwerp noemt het nummer van de
maatregel, niet de naam.

In het register (blad Maatregelen): 'Afschrift klaargezet' (de datum van het concept), 'Afschrift verzonden' (bevestigd
met agressie verzonden MAATREGEL --afschrift) en 'Afschrift open' (wat er nog aan ontbreekt: een adres, of de brief als
PDF). Zolang het afschrift niet als verzonden bevestigd is, staat het op agressie termijnen."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, time

from agressie_cli.domein.datums import werkdagen_na
from agressie_cli.domein.fouten import InvoerFout
from agressie_cli.domein.instellingen import INSTELLINGEN_BESTAND, Instellingen
from agressie_cli.domein.nederlands import kort, opsomming, tijd_voluit, tot_en_met, voluit
from agressie_cli.domein.profiel import Profiel, Soort
from agressie_cli.domein.register import Register
from agressie_cli.domein.rijen import MaatregelRij
from agressie_cli.domein.velden import controleer_emailadres
from agressie_cli.domein.verboden import lopende_verboden, telt

DEEL = "afschrift"  # de tabel in agressie.toml met de e-mailadressen (politie, receptie, interventieteam)
ZONDER_PDF = "de brief als PDF"  # wat er in 'Afschrift open' staat als het concept zonder bijlage gemaakt is
GEEN_ADRES = "adres "  # 'adres politie, receptie': het concept is niet gemaakt
VERTROUWELIJK = (
    "VERTROUWELIJK. Deze e-mail bevat persoonsgegevens uit het agressieregister. Stuur hem niet verder door dan "
    "nodig en verwijder hem als de maatregel afgelopen is."
)
# Verwacht bezoek: aan wie, als het profiel geen [bezoek] aan heeft (Geertruidenberg 3.3).
BEZOEK_AAN = ("receptie", "interventieteam")


@dataclass(frozen=True)
class Concept:
    """Een e-mail die agressie als concept klaarzet: de bestandsnaam (zonder naam van de persoon), de ontvangers
    ((wie, adres): 'politie', 'info@...'), het onderwerp en de tekst."""

    bestandsnaam: str
    ontvangers: tuple[tuple[str, str], ...]
    onderwerp: str
    tekst: str


def heeft_afschrift(profiel: Profiel, maatregel: MaatregelRij) -> bool:
    """Krijgen politie en receptie een afschrift van de brief van deze maatregel (`afschrift` van de soort)?"""
    soort = profiel.soorten.get(maatregel.get("soort") or "")
    return bool(soort and soort.afschrift and soort.brief)


def ontvangers(instellingen: Instellingen, wie: Sequence[str]) -> tuple[list[tuple[str, str]], str]:
    """De adressen uit [afschrift] in agressie.toml voor `wie` ('politie', 'receptie'), en een melding als er een
    ontbreekt of niet klopt (dan geen ontvangers: een afschrift gaat aan allen of nog niet). De melding noemt de
    sleutel en het bestand, nooit het adres."""
    adressen = instellingen.deel(DEEL)
    gevonden: list[tuple[str, str]] = []
    leeg: list[str] = []
    ongeldig: list[str] = []
    for naam in wie:
        adres = str(adressen.get(naam) or "").strip()
        if not adres:
            leeg.append(naam)
            continue
        try:
            gevonden.append((naam, controleer_emailadres(f"[{DEEL}] {naam}", adres)))
        except InvoerFout:
            ongeldig.append(naam)
    if not leeg and not ongeldig:
        return gevonden, ""
    delen = []
    if leeg:
        sleutels = opsomming(f"[{DEEL}] {n}" for n in leeg)
        delen.append(f"in {INSTELLINGEN_BESTAND} staat geen e-mailadres bij {sleutels}")
    if ongeldig:
        sleutels = opsomming(f"[{DEEL}] {n}" for n in ongeldig)
        delen.append(f"in {INSTELLINGEN_BESTAND} is {sleutels} geen geldig e-mailadres")
    return [], " en ".join(delen)


def ontbrekende_adressen(wie: Sequence[str]) -> str:
    """Wat er in 'Afschrift open' komt als het concept niet gemaakt kon worden: 'adres politie, receptie'."""
    return GEEN_ADRES + ", ".join(wie)


def afschrift_concept(
    profiel: Profiel,
    maatregel: MaatregelRij,
    persoon: Mapping,
    brief: Mapping[str, object],
    adressen: Sequence[tuple[str, str]],
    met_pdf: bool,
) -> Concept:
    """Het afschrift aan politie en receptie. `brief`: wat de brief zegt (de variabelen van het sjabloon: naam,
    onderwerp, ingang, periode_tekst, verbod_tot_tekst, contact_tijdens_verbod, contactpersoon, gebouw, gemeente),
    zodat het afschrift precies hetzelfde zegt als de brief."""
    soort = profiel.soort(str(maatregel.get("soort")))
    nummer = str(maatregel.get("maatregel"))
    gemeente = _tekst(brief.get("gemeente"))
    label = _tekst(brief.get("onderwerp")) or soort.label
    naam = _tekst(brief.get("naam")) or _tekst(persoon.get("naam")) or "(naam onbekend)"
    geboren = persoon.get("geboortedatum")
    wie = naam + (f", geboren {voluit(geboren)}" if isinstance(geboren, date) else " (geboortedatum niet bekend)")
    regels = [
        VERTROUWELIJK,
        "",
        "Beste collega's,",
        "",
        f"Hierbij het afschrift van een maatregel van de gemeente {gemeente}"
        + (
            ". De brief aan de persoon zit als PDF in de bijlage."
            if met_pdf
            else ". Voeg de brief aan de persoon als PDF toe voordat u deze e-mail verstuurt: agressie kon hem niet "
            "als PDF maken."
        ),
        "",
        f"Persoon: {wie}",
        f"Maatregel: {label} ({nummer}, incident {maatregel.get('incident')})",
    ]
    regels += _periode(soort, maatregel, brief)
    verbod = _wat(soort, _tekst(brief.get("gebouw")))
    if verbod:
        regels.append(f"Wat niet mag: {verbod}")
        regels.append(f"Wat open blijft: {_tekst(brief.get('contact_tijdens_verbod')) or 'schriftelijk contact'}")
    contact = _tekst(brief.get("contactpersoon"))
    if contact:
        regels.append(f"Contact bij vragen, of als de persoon toch komt: {contact}")
    bijlage = soort.gegevens.get("afschrift_bijlage")
    if bijlage:
        regels += ["", f"Voeg vóór het versturen ook {bijlage} toe (zoals het protocol vraagt)."]
    regels += ["", "Met vriendelijke groet,", ""]
    return Concept(
        bestandsnaam=conceptnaam(nummer),
        ontvangers=tuple(adressen),
        onderwerp=f"Vertrouwelijk: afschrift {label.lower() if label[:1].isupper() else label} {nummer}"
        + (f", gemeente {gemeente}" if gemeente else ""),
        tekst="\n".join(regels),
    )


def _periode(soort: Soort, maatregel: MaatregelRij, brief: Mapping[str, object]) -> list[str]:
    if soort.periode:
        ingang = _tekst(brief.get("ingang")) or voluit(maatregel.get("ingang"))
        duur = maatregel.get("duur")
        tot = _tekst(brief.get("periode_tekst")) or tot_en_met(
            maatregel.get("einde"), bool(duur is not None and duur.onbepaald)
        )
        return [f"Geldt: vanaf {ingang}, {tot}" if ingang else f"Geldt: {tot}"]
    tot = _tekst(brief.get("verbod_tot_tekst"))
    return [f"Het overtreden verbod geldt {tot}."] if tot else []


def _wat(soort: Soort, gebouw: str) -> str:
    delen = []
    if soort.toegang:
        delen.append(f"{gebouw or 'het gemeentehuis'} binnenkomen")
    if soort.bellen:
        delen.append("de gemeente bellen")
    return opsomming(delen)


def _tekst(waarde: object) -> str:
    """Een tekst uit de brief voor een e-mail: vaste spaties en vaste streepjes (voor Word) worden gewone."""
    return " ".join(str(waarde or "").replace("\u00a0", " ").replace("\u2011", "-").split())


def conceptnaam(nummer: str) -> str:
    """De naam van het concept van het afschrift in uitgaand/ (ook de download op het web)."""
    return f"{_veilig(nummer)}-afschrift.eml"


def _veilig(waarde: str) -> str:
    return "".join(c for c in waarde if c.isascii() and (c.isalnum() or c in "-_")) or "maatregel"


def leg_vast(register: Register, nummer: str, dag: date | None, open_: str) -> None:
    """Legt vast wat er met het afschrift gebeurde: `dag` is de datum van het concept (None: niet gemaakt), `open_`
    wat er nog ontbreekt (een adres, de brief als PDF; leeg: niets). In het logboek alleen het nummer."""
    m = _maatregel(register, nummer)
    if dag is not None:
        m["afschrift_klaargezet"] = dag
        m["afschrift_verzonden"] = None  # een nieuw concept moet opnieuw verstuurd worden
    m["afschrift_open"] = open_ or None
    register.log("afschrift klaargezet" if dag is not None else "afschrift niet gemaakt", str(m.get("maatregel")))


@dataclass(frozen=True)
class Verzending:
    maatregel: str
    incident: str
    verzonden: date
    klaargezet: date | None
    eerder: date | None


def bevestig_verzonden(register: Register, profiel: Profiel, nummer: str, dag: date, vandaag: date) -> Verzending:
    """Het afschrift aan politie en receptie is verstuurd (ook als het buiten agressie om ging): daarna herinnert
    agressie termijnen er niet meer aan. Niet vóór de brief of het concept, en niet in de toekomst."""
    m = _maatregel(register, nummer)
    nummer = str(m.get("maatregel"))
    if not heeft_afschrift(profiel, m):
        raise InvoerFout(
            f"Maatregel {nummer} ({m.get('soort')}) krijgt volgens het profiel geen afschrift aan politie en receptie. "
            "Er is niets vastgelegd."
        )
    if not telt(m):
        raise InvoerFout(f"Maatregel {nummer} is {m.get('status')}; er gaat geen afschrift meer uit.")
    if not m.get("bestand"):
        raise InvoerFout(f"Maatregel {nummer} heeft nog geen brief; maak die eerst met: agressie brief.")
    if dag > vandaag:
        raise InvoerFout(f"«datum»: {kort(dag)} ligt in de toekomst. Er is niets vastgelegd.")
    klaargezet = m.get("afschrift_klaargezet")
    for eerder_dan, wat in ((m.get("datum"), "de brief"), (klaargezet, "het concept")):
        if isinstance(eerder_dan, date) and dag < eerder_dan:
            raise InvoerFout(f"«datum»: {kort(dag)} ligt vóór {wat} van {kort(eerder_dan)}. Er is niets vastgelegd.")
    eerder = m.get("afschrift_verzonden")
    m["afschrift_verzonden"] = dag
    m["afschrift_open"] = None
    register.log("afschrift verzonden", nummer)
    return Verzending(nummer, str(m.get("incident")), dag, klaargezet, eerder)


@dataclass(frozen=True)
class OpenAfschrift:
    maatregel: str
    incident: str | None
    persoon: str | None
    uiterlijk: date
    tekst: str
    opdracht: str
    zonder_opdracht: str = ""  # de tekst zonder de opdracht van de opdrachtregel (3.5: het web zet er een link naast)


def open_afschriften(register: Register, profiel: Profiel) -> list[OpenAfschrift]:
    """Afschriften die nog niet als verzonden bevestigd zijn: van elke brief met afschrift die agressie sinds 3.4
    maakte (er staat een concept of wat er ontbreekt; oudere brieven geven geen herinnering). Uiterlijk twee werkdagen
    na de brief, zoals de brief zelf."""
    uitkomst = []
    for m in register.maatregelen:
        klaargezet, open_ = m.get("afschrift_klaargezet"), m.get("afschrift_open")
        if m.get("afschrift_verzonden") or (klaargezet is None and not open_):
            continue
        datum = m.get("datum")
        if not telt(m) or not heeft_afschrift(profiel, m) or not isinstance(datum, date):
            continue
        nummer = str(m.get("maatregel"))
        bevestig = f"agressie verzonden {nummer} --afschrift"
        wie = opsomming(profiel.soort(str(m["soort"])).afschrift)
        if klaargezet is None:
            kern = (
                f"Afschrift van {nummer} aan {wie} is nog niet gemaakt ({open_} ontbreekt in "
                f"{INSTELLINGEN_BESTAND} [{DEEL}])."
            )
            tekst = f"{kern} Stuur de brief zelf door en leg het vast: {bevestig} [--datum DATUM]"
            zonder = f"{kern} Stuur de brief zelf door en bevestig dat hij verstuurd is."
        elif open_:
            kern = f"Afschrift van {nummer} aan {wie} staat sinds {voluit(klaargezet)} klaar zonder {open_}"
            tekst = f"{kern}: voeg die toe, verstuur het en leg het vast: {bevestig} [--datum DATUM]"
            zonder = f"{kern}: voeg die toe, verstuur het en bevestig dat het verstuurd is."
        else:
            kern = (
                f"Afschrift van {nummer} aan {wie} is op {voluit(klaargezet)} als concept klaargezet, maar nog niet "
                "als verstuurd bevestigd."
            )
            tekst = f"{kern} Verstuur het en leg het vast: {bevestig} [--datum DATUM]"
            zonder = f"{kern} Verstuur het en bevestig dat het verstuurd is."
        uitkomst.append(
            OpenAfschrift(
                nummer,
                m.get("incident"),
                m.get("persoon"),
                werkdagen_na(datum, 2),
                tekst,
                bevestig,
                zonder,
            )
        )
    return uitkomst


def _maatregel(register: Register, nummer: str) -> MaatregelRij:
    gezocht = (nummer or "").strip().upper()
    gevonden = next((m for m in register.maatregelen if str(m.get("maatregel") or "").upper() == gezocht), None)
    if gevonden is None:
        raise InvoerFout(
            f"Maatregel '{gezocht}' bestaat niet in het register. Zoek het nummer op met: agressie historie"
        )
    return gevonden


# --- verwacht bezoek (Geertruidenberg 3.3) -------------------------------------------------------------------------


def bezoek_aan(profiel: Profiel) -> tuple[str, ...]:
    """Aan wie de e-mail over een verwacht bezoek gaat: [bezoek] aan in het profiel (de sleutels van [afschrift] in
    agressie.toml), anders receptie en interventieteam."""
    aan = profiel.deel("bezoek").get("aan")
    return tuple(str(a) for a in aan) if isinstance(aan, list) and aan else BEZOEK_AAN


def bezoek_concept(
    register: Register,
    profiel: Profiel,
    persoon: Mapping,
    datum: date,
    tijd: time | None,
    adressen: Sequence[tuple[str, str]],
    standaard_tekst: str,
) -> Concept:
    """De e-mail aan receptie en interventieteam over een verwacht bezoek: wie, wanneer, welke verboden lopen, en wat
    te doen in de woorden van het profiel ([bezoek] tekst; zonder: `standaard_tekst`)."""
    nummer = str(persoon.get("persoon"))
    naam = " ".join(str(persoon.get("naam") or "(naam onbekend)").split())
    wanneer = voluit(datum) + (f" om {tijd_voluit(tijd)}" if tijd else "")
    regels = [
        VERTROUWELIJK.replace("als de maatregel afgelopen is", "na het bezoek"),
        "",
        "Beste collega's,",
        "",
        f"Op {wanneer} wordt {naam} ({nummer}) verwacht. Met deze persoon zijn eerder ervaringen met agressie geweest.",
        "",
    ]
    verboden = lopende_verboden(register.maatregelen_van(nummer), profiel, datum)
    if verboden:
        regels.append("Op die dag lopen:")
        for m in verboden:
            soort = profiel.soorten[str(m["soort"])]
            duur = m.get("duur")
            tot = tot_en_met(m.get("einde"), bool(duur is not None and duur.onbepaald))
            regels.append(f"- {soort.label} ({m.get('maatregel')}), {tot}")
    else:
        regels.append("Op die dag loopt er geen toegangs- of belverbod.")
    bezoek = profiel.deel("bezoek")
    artikel = str(bezoek.get("artikel") or "").strip()
    tekst = " ".join(str(bezoek.get("tekst") or "").split())
    regels += ["", f"Wat te doen ({profiel.naam} {artikel}):" if artikel else "Wat te doen:"]
    regels.append(f'"{tekst}"' if tekst else standaard_tekst[:1].upper() + standaard_tekst[1:] + ".")
    regels += ["", "Met vriendelijke groet,", ""]
    tijd_deel = f" om {tijd_voluit(tijd)}" if tijd else ""
    return Concept(
        bestandsnaam=f"{_veilig(nummer)}-bezoek-{datum.isoformat()}.eml",
        ontvangers=tuple(adressen),
        onderwerp=f"Vertrouwelijk: verwacht bezoek op {kort(datum)}{tijd_deel} ({nummer})",
        tekst="\n".join(regels),
    )
