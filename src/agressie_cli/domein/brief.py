"""Wat een brief zegt (3.2, "A letter's content is decided in the domain"): één waarde, `Briefinhoud`, met alles wat
in de brief komt: aanhef, de geschiedenis die meetelt (waarschuwingen met datum, het ordegesprek met de afspraken,
"de tweede"), het overtreden verbod en wat het nieuwe vervangt, de periode, de verzending, de teksten van het
profiel, de woorden voor de rol en de schade. `documenten/brieven/context.py` zet die waarde alleen om in de
variabelen van het sjabloon; hier wordt beslist, en dat is te testen zonder Word.

Een nieuwe soort brief met eigen inhoud (3.4) voegt één functie toe aan `EIGEN_INHOUD`, onder de vlag van de soort
in het profiel: wat die functie geeft, staat in `Briefinhoud.eigen` en komt onder dezelfde namen in het sjabloon.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from decimal import Decimal

from agressie_cli.domein import nabehandeling, nederlands
from agressie_cli.domein.aangifte import namen_van_medewerkers
from agressie_cli.domein.advies import Duurgrond, Geschiedenis, geschiedenis
from agressie_cli.domein.ambtsdrager import getroffene, onze_getroffene, onze_getroffenen, tegen_burgemeester
from agressie_cli.domein.datums import lees_datum, lees_tijd, tijd_voluit, venster_begin, voluit
from agressie_cli.domein.duur import Duur
from agressie_cli.domein.fouten import InvoerFout
from agressie_cli.domein.instellingen import Instellingen
from agressie_cli.domein.maatregelen import Besluit
from agressie_cli.domein.namen import aanhef, noemt_collega, rollen, vervang_collegas, weergave
from agressie_cli.domein.nederlands import tot_en_met
from agressie_cli.domein.overtreding import Overtreding, zwaarder
from agressie_cli.domein.profiel import Profiel, Soort
from agressie_cli.domein.register import Register
from agressie_cli.domein.rijen import IncidentRij, MaatregelRij, PersoonRij
from agressie_cli.domein.schade import bedrag_tekst, schadeposten, soort_schade
from agressie_cli.domein.verboden import laatste_dag, loopt_tijdens, lopend_bij_incident, te_vervangen
from agressie_cli.domein.verzending import Briefverzending, briefverzending

# Hoe een brief (en het document voor de aangifte) het kanaal van het incident noemt.
KANAAL_TEKST = {
    "balie": "aan de balie",
    "spreekkamer": "in een spreekkamer",
    "telefoon": "telefonisch",
    "schriftelijk": "schriftelijk",
    "huisbezoek": "tijdens een huisbezoek",
    "bedrijfscontrole": "tijdens een bedrijfscontrole",
    "elders": "buiten het gemeentehuis",
}
UITKERING_WET = {"participatiewet": "Participatiewet", "ioaw": "IOAW", "ioaz": "IOAZ"}
ORDINALEN = ("eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende")


@dataclass
class Briefgegevens:
    """Wat alleen voor de brief wordt opgegeven (niet in het incident)."""

    datum: date
    gesprek_datum: date | None = None
    gesprek_tijd: time | None = None
    locatie: str | None = None
    aanwezigen: tuple[str, ...] = ()
    afspraken: tuple[str, ...] = ()
    overtreding: tuple[date, time | None] | None = None
    overhandigd: bool = (
        False  # persoonlijk overhandigd (Losser 5.2: "Bij voorkeur overhandig je het toegangsverbod direct")
    )
    contactpersoon: str | None = None  # de contactroute die open blijft (standaard [brieven] contactpersoon)
    bedrag: Decimal | None = None  # aansprakelijkstelling: het geclaimde bedrag (None: het bedrag volgt)
    besloten_door: str | None = None  # 3.4: wie besliste ("naam, functie"), komt bij de maatregel
    met_uittreksel: bool = False  # 3.4: het uittreksel van de melding (wat, waar, wanneer) als bijlage
    toelichting: str | None = None  # 3.4: de vastgelegde toelichting (reden afwijking); zegt waarom deze duur


def lees_overtreding(tekst: str | None) -> tuple[date, time | None] | None:
    if not tekst or not tekst.strip():
        return None
    delen = tekst.strip().split()
    if len(delen) > 2:
        raise InvoerFout(f'«overtreding»: \'{tekst}\' moet "DATUM TIJD" zijn, bijvoorbeeld "2026-11-20 14:05".')
    d = lees_datum(delen[0], "«overtreding»")
    t = lees_tijd(delen[1], "«overtreding»") if len(delen) == 2 else None
    return (d, t) if d is not None else None


# --- de delen van een brief ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rol:
    """Tegen wie het gedrag was, in de woorden van de brief (3.1: ook een politiek ambtsdrager, met zijn ambt)."""

    tegenover: str  # 'een medewerker van de gemeente Losser', 'de burgemeester van de gemeente Losser'
    getroffene: str  # 'onze medewerker', 'onze wethouder', 'ons raadslid'
    getroffenen: str  # 'onze medewerkers', of bij een ambtsdrager als getroffene
    gedrag_tegenover: str  # 'de medewerkers van de gemeente Losser', of 'onze wethouder'


@dataclass(frozen=True)
class Afzender:
    """De gemeente als afzender: briefhoofd, plaats en datum."""

    gemeente: str
    postadres: str  # 'Postbus 10.001, 4940 GA Raamsdonksveer'; leeg als straat of plaats ontbreekt
    bezoekadres: str
    telefoon: str
    email: str
    plaats_datum: str
    datum_brief: str
    gebouw: str  # 'het gemeentehuis te Raamsdonksveer', 'het stadhuis van Losser'


@dataclass(frozen=True)
class Ondertekening:
    naam: str
    functie: str
    namens: str
    burgemeester: bool  # Losser 9: de burgemeester tekent zelf (dan geen 'namens')


@dataclass(frozen=True)
class Periode:
    """De periode van een verbod ('voor een periode van 3 maanden, tot en met 1 januari 2027'); leeg zonder periode.
    Bij niet-nakomen: tot wanneer het overtreden verbod loopt."""

    onbepaald: bool
    ingang: str
    einde: str
    periode_tekst: str
    verbod_tot_tekst: str
    duur_tekst: str


@dataclass(frozen=True)
class Voorgeschiedenis:
    """De geschiedenis die de maatregel rechtvaardigt (3.1): alleen wat het register weet."""

    eerdere_waarschuwing: str = ""  # 'Op 5 oktober 2026 heeft u al een waarschuwing van ons gekregen.'
    eerdere_maatregelen: tuple[str, ...] = ()  # de eerdere maatregelen die in het advies meetellen, met datum
    hoeveelste_waarschuwing: str = ""  # 'Dit is de tweede schriftelijke waarschuwing die u van ons krijgt.'
    ordegesprek_tekst: str = ""
    ordegesprek_afspraken: tuple[str, ...] = ()
    ordegesprek_niet_gehouden: bool = False
    overtreden_verbod_tekst: str = ""  # het overtreden verbod, de overtreding en wat het nieuwe verbod vervangt
    aanleiding_tekst: str = ""  # Losser: de overtreding als die er is, anders de eerdere waarschuwing


@dataclass(frozen=True)
class Contact:
    """Welke contactroute open blijft, en wat er tijdens een verbod nog mag."""

    contactpersoon: str
    verwijzing: str  # 'hem', 'haar' of 'de contactpersoon'
    tijdens_verbod: str
    in_periode: str


@dataclass(frozen=True)
class Gesprek:
    """Het ordegesprek (Geertruidenberg 6.3): uitnodiging of bevestiging."""

    datum: str
    tijd: str
    locatie: str
    aanwezigen: str  # 'P. Jansen en K. Smits'
    afspraken: tuple[str, ...]


@dataclass(frozen=True)
class Overtreden:
    """Het moment van de overtreding (--overtreding) en, bij niet-nakomen (bijlage 9), of het verbod blijft gelden
    zonder zwaardere maatregel en welke andere verboden nog lopen."""

    datum: str = ""
    moment: str = ""
    tijd: str = ""
    handhaven: bool = False
    andere_verboden_tekst: str = ""


@dataclass(frozen=True)
class Schade:
    """De aansprakelijkstelling (Geertruidenberg 8, Losser 7) en de zin over schade bij een politiek ambtsdrager."""

    schadeposten: tuple[str, ...]
    bedrag: str
    betaaltermijn: str
    betaal_uiterlijk: str
    rekening: str
    contactpersoon: str
    verhalen_tekst: str


@dataclass(frozen=True)
class Motivering:
    """3.4, "Motivering": waarom deze maatregel. Het gedrag staat in `Briefinhoud.brieftekst`; hier de norm die het
    overtreedt (geciteerd uit het profiel, of na een overtreding het verbod zelf) en waarom deze duur (de cel van de
    matrix of de trede van de ladder, of de vastgelegde toelichting). `ontbreekt`: wat een verbodsbrief niet kan
    zeggen (de velden «brieftekst» en «toelichting», of de sleutel van het profiel); zie `vereis_motivering`."""

    norm_tekst: str = ""
    duur_tekst: str = ""
    ontbreekt: tuple[str, ...] = ()


@dataclass(frozen=True)
class Briefinhoud:
    """Alles wat een brief zegt, beslist in het domein. Elke tekst staat er zoals de lezer hem leest."""

    soort: str
    kenmerk: str
    onderwerp: str
    naam: str  # 'Jan de Vries'
    aanhef: str  # 'Geachte heer De Vries,'
    incident_datum: str
    incident_tijd: str
    incident_moment: str  # '5 oktober 2026 omstreeks 10.30 uur'
    kanaal_tekst: str
    brieftekst: str  # het gedrag, gericht aan de persoon; nooit met de naam van een collega
    venster_tekst: str
    gedrag_tekst: str
    bezwaarclausule: bool
    aangifte: bool  # "er is aangifte gedaan" alleen als het register dat zegt
    afschrift: tuple[str, ...]
    afschrift_tekst: str  # 'politie (...) en receptie (...)'
    uitkering: str  # de wet ('Participatiewet'), leeg als de brief er niet over gaat
    uitkering_tekst: str
    bijlagen: tuple[str, ...]
    bijlagen_tekst: str  # 'Huisregels gemeente Losser', of 'geen'
    rol: Rol
    afzender: Afzender
    verzending: Briefverzending
    periode: Periode
    voorgeschiedenis: Voorgeschiedenis
    contact: Contact
    ondertekening: Ondertekening
    gesprek: Gesprek
    overtreden: Overtreden
    schade: Schade
    eigen: Mapping[str, object] = field(default_factory=dict)  # wat een soort brief eigens zegt (EIGEN_INHOUD)
    gehoord_tekst: str = ""  # 3.4: wanneer de persoon gehoord is en dat de reactie is meegewogen
    reactie_uiterlijk: str = ""  # 3.4, horen achteraf: reageren tot en met
    motivering: Motivering = field(default_factory=Motivering)  # 3.4: de norm en waarom deze duur


@dataclass(frozen=True)
class Bron:
    """Waar een brief uit gemaakt wordt: het besluit (soort, periode, het overtreden verbod) en wat alleen voor de
    brief is opgegeven, met het register en de instellingen. Eén keer uitgerekend: de overtreding en de geschiedenis
    komen uit het besluit (het advies rekende ze al uit)."""

    instellingen: Instellingen
    profiel: Profiel
    register: Register
    besluit: Besluit
    extra: Briefgegevens
    persoon: PersoonRij
    soort_def: Soort
    overtreding: Overtreding | None
    geschiedenis: Geschiedenis | None

    @property
    def incident(self) -> IncidentRij:
        return self.besluit.incident

    @property
    def gebouw(self) -> str:
        return str(self.instellingen.deel("brieven").get("gebouw", "het gemeentehuis"))


# Wat een soort brief meer zegt dan de gedeelde delen, per vlag van de soort in het profiel (3.4: een nieuwe soort
# voegt hier één functie toe). De sleutels van wat de functie geeft zijn de namen in het sjabloon.
EIGEN_INHOUD: dict[str, Callable[[Bron], Mapping[str, object]]] = {}


def briefinhoud(
    instellingen: Instellingen, profiel: Profiel, register: Register, besluit: Besluit, extra: Briefgegevens
) -> Briefinhoud:
    """Wat de brief bij `besluit` zegt. Weigert (InvoerFout) een brieftekst die een collega noemt en een belverbod
    zonder een nummer dat wel mag."""
    incident = besluit.incident
    soort_def = profiel.soort(besluit.soort)
    bron = Bron(
        instellingen,
        profiel,
        register,
        besluit,
        extra,
        register.persoon_van(incident) or {},
        soort_def,
        besluit.overtreding,
        besluit.geschiedenis,
    )
    persoon = bron.persoon
    brieven = instellingen.deel("brieven")
    volledige_naam = str(persoon.get("naam") or incident.get("naam") or "")
    naam = weergave(volledige_naam)  # 'De Vries, Jan' staat boven de brief als 'Jan de Vries'
    contact = _contact(bron)
    uitkering = incident.get("uitkering") if incident.get("bij_uitvoering") else None  # Participatiewet art. 13
    # De huisregels horen bij een brief over gedrag; een soort kan zeggen dat hij geen bijlagen heeft
    # (de aansprakelijkstelling: bijlagen = false in het profiel).
    bijlagen = tuple(str(b) for b in brieven.get("bijlagen", [])) if soort_def.gegevens.get("bijlagen", True) else ()
    afschrift = _afschrift(instellingen, soort_def)
    eigen: dict[str, object] = {}
    for vlag, maak in EIGEN_INHOUD.items():
        if _heeft_vlag(soort_def, vlag):
            eigen.update(maak(bron))
    return Briefinhoud(
        soort=besluit.soort,
        kenmerk=str(incident["incident"]),
        onderwerp=str(soort_def.gegevens.get("onderwerp", soort_def.label)),
        naam=naam,
        aanhef=aanhef(volledige_naam, persoon.get("aanhef"), persoon.get("achternaam")) if naam else "",
        incident_datum=voluit(incident.get("datum")),
        incident_tijd=tijd_voluit(incident.get("tijd")),
        # "5 oktober 2026 omstreeks 10.30 uur", of zonder tijd "5 oktober 2026" (een brief per mail, een huisbezoek)
        incident_moment=voluit(incident.get("datum"))
        + (f" omstreeks {tijd_voluit(incident['tijd'])}" if incident.get("tijd") else ""),
        kanaal_tekst=KANAAL_TEKST.get(incident.get("kanaal") or "", "").replace("het gemeentehuis", bron.gebouw),
        brieftekst=zonder_collegas(incident),
        venster_tekst=f"{profiel.venster_maanden} maanden",
        gedrag_tekst=str(
            profiel.deel("brief_gedrag").get(incident.get(profiel.classificatie) or "", "op een ontoelaatbare manier")
        ),
        bezwaarclausule=bool(brieven.get("bezwaarclausule", False)),
        aangifte=incident.get("aangifte") is True,
        afschrift=tuple(afschrift),
        afschrift_tekst=nederlands.opsomming(a for a in afschrift if a),
        uitkering=UITKERING_WET.get(uitkering or "", ""),
        uitkering_tekst=_uitkering_tekst(profiel, uitkering),
        bijlagen=bijlagen,
        bijlagen_tekst=nederlands.opsomming(b for b in bijlagen if b) or "geen",
        rol=rol(instellingen, incident),
        afzender=afzender(instellingen, extra.datum),
        verzending=briefverzending(soort_def.verzending, persoon, naam, extra.overhandigd, extra.datum),
        periode=_periode(bron),
        voorgeschiedenis=_voorgeschiedenis(bron),
        contact=contact,
        ondertekening=ondertekening(instellingen, profiel, incident),
        gesprek=Gesprek(
            datum=voluit(extra.gesprek_datum) if extra.gesprek_datum else "",
            tijd=tijd_voluit(extra.gesprek_tijd) if extra.gesprek_tijd else "",
            locatie=extra.locatie or "",
            aanwezigen=nederlands.opsomming(a for a in extra.aanwezigen if a),
            afspraken=tuple(extra.afspraken),
        ),
        overtreden=_overtreden(bron),
        schade=_schade(bron),
        eigen=eigen,
        gehoord_tekst=nabehandeling.gehoord_tekst(register, incident, extra.datum),
        reactie_uiterlijk=nabehandeling.reactie_uiterlijk(profiel, besluit.soort, extra.datum),
        motivering=motivering(bron),
    )


def _heeft_vlag(soort_def: Soort, vlag: str) -> bool:
    """De vlag van de soort: een eigenschap van `Soort`, of (een nieuwe vlag die nog geen eigenschap heeft) de sleutel
    in het profiel."""
    waarde = getattr(soort_def, vlag, None)
    return bool(soort_def.gegevens.get(vlag) if waarde is None else waarde)


# --- gedeeld met het document voor de aangifte ---------------------------------------------------------------------


def tegenover(instellingen: Instellingen, incident: IncidentRij) -> str:
    """Tegen wie het gedrag was, zoals het register het zegt (Losser: ook politieke ambtsdragers), met de rol: 'een
    wethouder van de gemeente Losser', 'de burgemeester van de gemeente Losser' (3.1)."""
    return f"{getroffene(incident)} van de gemeente {instellingen.gemeente}"


def rol(instellingen: Instellingen, incident: IncidentRij) -> Rol:
    return Rol(
        tegenover=tegenover(instellingen, incident),
        getroffene=onze_getroffene(incident),
        getroffenen=onze_getroffenen(incident),
        gedrag_tegenover=onze_getroffene(incident)
        if incident.get("ambtsdrager")
        else f"de medewerkers van de gemeente {instellingen.gemeente}",
    )


def adres(deel: dict) -> str:
    """'Postbus 10.001, 4940 GA Raamsdonksveer'; leeg als de straat of de plaats ontbreekt (dan weigert de brief
    en noemt hij de instelling, in plaats van een briefhoofd met alleen een komma)."""
    straat, postcode, plaats = (str(deel.get(k) or "").strip() for k in ("straat", "postcode", "plaats"))
    if not straat or not plaats:
        return ""
    return f"{straat}, {' '.join(v for v in (postcode, plaats) if v)}"


def afzender(instellingen: Instellingen, datum: date) -> Afzender:
    brieven = instellingen.deel("brieven")
    contact = instellingen.deel("contact")
    return Afzender(
        gemeente=instellingen.gemeente,
        postadres=adres(instellingen.deel("postadres")),
        bezoekadres=adres(instellingen.deel("bezoekadres")),
        telefoon=vast_nummer(str(contact.get("telefoon", ""))),
        email=str(contact.get("email", "")),
        plaats_datum=f"{brieven.get('plaats', instellingen.gemeente)}, {voluit(datum)}",
        datum_brief=voluit(datum),
        gebouw=str(brieven.get("gebouw", "het gemeentehuis")),
    )


def namen_van_collegas(incident: IncidentRij) -> list[str]:
    """De namen die een brief aan de persoon nooit noemt: de medewerkers van het incident zoals het document voor de
    aangifte ze onder een nummer zet (namen_van_medewerkers), en de leidinggevende."""
    return [*namen_van_medewerkers(incident), str(incident.get("leidinggevende") or "")]


def zonder_collegas(incident: IncidentRij) -> str:
    """De brieftekst, maar niet als hij een collega noemt: een brief noemt geen medewerker, melder of leidinggevende.
    Met de regels voor namen van de aangifte onder nummer (domein/namen.py, `Collega`): ook een korte achternaam
    ('Bos', 'De Wit'), maar niet het gewone woord ('het bos') en nooit een rolwoord ('de wethouder')."""
    tekst = str(incident.get("brieftekst") or "").strip()
    if noemt_collega(tekst, namen_van_collegas(incident)):
        rollen = (
            ("de melder", [incident.get("melder")]),
            ("de leidinggevende", [incident.get("leidinggevende")]),
        )
        rol = next(
            (rol for rol, namen in rollen if noemt_collega(tekst, [str(n or "") for n in namen])), "een medewerker"
        )
        # Het voorgestelde woord past bij de rol: "U schreeuwde tegen de wethouder" mag (3.1). De naam zelf staat niet
        # in de melding: een foutmelding bevat geen persoonsgegevens (README, 3.3 punt 12); het veld en de rol wel.
        woord = getroffene(incident).replace("een ", "de ", 1)
        raise InvoerFout(
            f"«brieftekst» noemt een collega bij naam (de naam van {rol}); een brief noemt geen namen van "
            f"medewerkers. Pas «brieftekst» aan en schrijf bijvoorbeeld '{woord}' in plaats van de naam."
        )
    return tekst


def ondertekening(instellingen: Instellingen, profiel: Profiel, incident: IncidentRij) -> Ondertekening:
    """Wie tekent. Losser, politiek ambtsdragers: "Uiteindelijk bepaalt hij [de burgemeester] ook de sanctie en de
    reactie die uitgaat naar de inwoner": de burgemeester tekent; is de agressie tegen de burgemeester gericht, dan de
    (loco)gemeentesecretaris (de gewone ondertekening)."""
    regel = profiel.deel("politiek_ambtsdrager")
    # Het vastgelegde ambt (3.1), geen naam in de kolom Medewerker
    if (
        regel
        and incident.get("ambtsdrager")
        and regel.get("ondertekening") == "burgemeester"
        and not tegen_burgemeester(incident)
    ):
        return Ondertekening(
            naam=str(instellingen.deel("burgemeester").get("naam") or ""),
            functie=f"burgemeester van {instellingen.gemeente}",
            namens="",
            burgemeester=True,
        )
    gewoon = instellingen.deel("ondertekening")
    return Ondertekening(
        naam=str(gewoon.get("naam") or ""),
        functie=str(gewoon.get("functie") or ""),
        namens=str(gewoon.get("namens") or ""),
        burgemeester=False,
    )


# --- de periode, het contact, de schade -----------------------------------------------------------------------------


def _periode(bron: Bron) -> Periode:
    b = bron.besluit
    duur, einde = b.duur, b.einde
    onbepaald = duur is not None and duur.onbepaald
    if bron.soort_def.periode:
        verbod_tot_tekst = tot_en_met(einde, onbepaald or duur is None)
        periode_tekst = (
            verbod_tot_tekst
            if onbepaald or duur is None
            else f"voor een periode van {duur.tekst()}, {verbod_tot_tekst}"
        )
    else:
        periode_tekst = verbod_tot_tekst = ""
    if b.verbod is not None:  # niet-nakomen: tot wanneer het overtreden verbod loopt
        verbod_duur = b.verbod.get("duur")
        verbod_tot_tekst = tot_en_met(b.verbod.get("einde"), verbod_duur is not None and verbod_duur.onbepaald)
    return Periode(
        onbepaald=onbepaald,
        ingang=voluit(b.ingang) if b.ingang else "",
        einde=voluit(einde) if einde else ("onbepaald" if onbepaald else ""),
        periode_tekst=periode_tekst,
        verbod_tot_tekst=verbod_tot_tekst,
        duur_tekst=(duur or Duur.onbepaalde_tijd()).tekst() if bron.soort_def.periode else "",
    )


def _contact(bron: Bron) -> Contact:
    soort_def, extra = bron.soort_def, bron.extra
    contactpersoon = (extra.contactpersoon or "").strip() or str(
        bron.instellingen.deel("brieven").get("contactpersoon", "")
    ).strip()
    if soort_def.bellen:
        weiger_algemeen_nummer(contactpersoon, bron.instellingen)
    contact_tijdens = "schriftelijk contact" if soort_def.bellen else "telefonisch en schriftelijk contact"
    tijdens_verbod = (
        f"{contact_tijdens} en via {vast_nummer(contactpersoon)}"
        if soort_def.bellen and contactpersoon
        else contact_tijdens
    )
    in_periode = "alleen telefonisch of schriftelijk"
    b = bron.besluit
    if soort_def.toegang and not soort_def.bellen and b.ingang is not None:
        # Loopt er in (een deel van) de periode ook een belverbod (3.1), dan is dat wat open blijft: schriftelijk en
        # de contactpersoon, niet de telefoon.
        onbepaald = b.duur is not None and b.duur.onbepaald
        tijdens_verbod, in_periode = _contact_naast_belverbod(
            bron, b.ingang, None if onbepaald else b.einde, vast_nummer(contactpersoon)
        ) or (tijdens_verbod, in_periode)
    return Contact(
        contactpersoon=vast_nummer(contactpersoon),
        verwijzing=_verwijzing(contactpersoon),
        tijdens_verbod=tijdens_verbod,
        in_periode=in_periode,
    )


def _schade(bron: Bron) -> Schade:
    """De aansprakelijkstelling (Geertruidenberg 8, Losser 7), en bij Losser de zin in de reactie van de burgemeester
    aan wie een politiek ambtsdrager schade toebracht: "De materiële en/of immateriële [schade] wordt verhaald op de
    inwoner. De burgemeester geeft dit aan in zijn reactie naar de inwoner." """
    profiel, incident, extra = bron.profiel, bron.incident, bron.extra
    termijn = profiel.betaaltermijn_dagen
    regel = profiel.deel("politiek_ambtsdrager")
    soort = soort_schade(incident)
    schade = bron.instellingen.deel("schade")
    brieven = bron.instellingen.deel("brieven")
    verhalen = ""
    if regel.get("schade_tekst") and incident.get("ambtsdrager") and soort:
        verhalen = str(regel["schade_tekst"]).format(schade=soort)
    return Schade(
        schadeposten=tuple(schadeposten(incident)),
        bedrag=bedrag_tekst(extra.bedrag) if extra.bedrag is not None else "",
        betaaltermijn=f"{termijn} dagen",
        betaal_uiterlijk=voluit(extra.datum + timedelta(days=termijn)),
        # [schade] (init schrijft het, 3.1); [brieven] rekening en contactpersoon uit een oudere agressie.toml tellen nog.
        rekening=vast_nummer(str(schade.get("rekening") or brieven.get("rekening", "")).strip(), iban=True),
        contactpersoon=vast_nummer(
            (extra.contactpersoon or "").strip()
            or str(schade.get("contact") or "").strip()
            or str(brieven.get("contactpersoon", "")).strip()
        ),
        verhalen_tekst=verhalen,
    )


def _afschrift(instellingen: Instellingen, soort_def: Soort) -> list[str]:
    """'politie (info@twente.politie.nl)', 'receptie (...)', met wat het profiel meestuurt (Losser 5.2: "Bij de brief
    wordt een kopie van het paspoort gevoegd")."""
    adressen = instellingen.deel("afschrift")
    uitkomst = [f"{wie} ({adressen[wie]})" if adressen.get(wie) else wie for wie in soort_def.afschrift]
    bijlage = soort_def.gegevens.get("afschrift_bijlage")
    if uitkomst and bijlage:
        uitkomst[-1] += f", met {bijlage}"
    return uitkomst


def _uitkering_tekst(profiel: Profiel, uitkering: str | None) -> str:
    if not uitkering:
        return ""
    return str(profiel.deel("participatiewet").get("brieftekst", "")).format(
        wet=UITKERING_WET.get(uitkering, uitkering)
    )


_TELEFOONNUMMER = re.compile(r"\+?\d[\d\s\-]{3,}\d")


def vast_nummer(tekst: str, iban: bool = False) -> str:
    """Telefoonnummers (en een rekeningnummer) breken nooit over twee regels: vaste spaties en een vast streepje in
    het nummer (3.1)."""
    if iban:
        return tekst.replace(" ", "\u00a0")
    return _TELEFOONNUMMER.sub(lambda m: m.group(0).replace(" ", "\u00a0").replace("-", "\u2011"), tekst)


def weiger_algemeen_nummer(contactpersoon: str, instellingen: Instellingen) -> None:
    """Een belverbod moet een nummer noemen dat de persoon wel mag bellen, en dat is niet het algemene nummer: dat
    sluit het verbod juist af (2.3)."""
    nummers = [re.sub(r"\D", "", n) for n in _TELEFOONNUMMER.findall(contactpersoon)]
    if not nummers:
        raise InvoerFout(
            f"De contactroute '{contactpersoon}' noemt geen telefoonnummer, terwijl deze brief het bellen verbiedt: de "
            'persoon moet weten welk nummer wel mag. Geef «contactpersoon» "naam, telefoon ..." of vul [brieven] '
            "contactpersoon in agressie.toml aan. Er is niets vastgelegd."
        )
    algemeen = re.sub(r"\D", "", str(instellingen.deel("contact").get("telefoon", "")))
    if algemeen and algemeen in nummers:
        raise InvoerFout(
            f"De contactroute '{contactpersoon}' noemt het algemene nummer van de gemeente ([contact] telefoon), dat "
            "een belverbod juist afsluit. Geef een contactpersoon met een rechtstreeks nummer: «contactpersoon» "
            '"naam, telefoon ..." of [brieven] contactpersoon in agressie.toml. Er is niets vastgelegd.'
        )


def _verwijzing(contactpersoon: str) -> str:
    """Eén contactpersoon is 'hem', 'haar' of 'de contactpersoon', nooit 'hen' (3.1)."""
    tekst = contactpersoon.strip().lower()
    if re.match(r"(de heer|dhr\.?|meneer)\b", tekst):
        return "hem"
    if re.match(r"(mevrouw|mevr\.?|mw\.?)\s", tekst):
        return "haar"
    return "de contactpersoon"


def _contact_naast_belverbod(
    bron: Bron, ingang: date, einde: date | None, contactpersoon: str
) -> tuple[str, str] | None:
    """Een toegangsverbod terwijl een belverbod in (een deel van) de periode loopt (3.1): open blijft wat dat
    belverbod openlaat, schriftelijk contact en de contactpersoon; loopt het korter, dan daarna ook weer telefonisch.
    Geeft (contact_tijdens_verbod, contact_in_periode), of None als er geen belverbod loopt."""
    profiel, incident = bron.profiel, bron.incident
    bel = [
        m
        for m in bron.register.maatregelen_van(incident.get("persoon"))
        if m.get("incident") != incident.get("incident")
        and profiel.soorten.get(m.get("soort") or "")
        and profiel.soorten[m["soort"] or ""].bellen
        and loopt_tijdens(m, ingang, einde)
    ]
    if not bel:
        return None
    langste = max(bel, key=lambda m: laatste_dag(m) or date.max)
    belwoord = _belwoord(profiel)
    via = f" en via {contactpersoon}" if contactpersoon else ""
    of_via = f" of via {contactpersoon}" if contactpersoon else ""
    laatste = laatste_dag(langste)
    if laatste is None or (einde is not None and laatste >= einde):
        return (
            f"schriftelijk contact{via}, want ook uw {belwoord} geldt in deze periode",
            f"alleen schriftelijk{of_via}, want ook uw {belwoord} geldt in deze periode",
        )
    tot = tot_en_met(laatste, False)
    return (
        f"schriftelijk contact{via}, zolang ook uw {belwoord} geldt ({tot}); daarna ook via telefonisch contact",
        f"alleen schriftelijk{of_via} zolang ook uw {belwoord} geldt ({tot}), daarna ook telefonisch",
    )


# --- motivering (3.4): het gedrag, de norm en waarom deze duur ------------------------------------------------------


def is_verbodsbrief(soort_def: Soort) -> bool:
    """Een brief die een verbod met een periode oplegt (toegangsverbod, belverbod, bedreiging, toegangs- en
    belverbod): die noemt het gedrag, de norm en waarom deze duur, of gaat niet uit (3.4)."""
    return soort_def.brief and soort_def.periode


def motivering(bron: Bron) -> Motivering:
    """De norm en de grond van de duur van een verbodsbrief, en bij niet-nakomen het verbod dat het incident
    overtrad (de norm is dan het verbod zelf). Wat ontbreekt, staat in `ontbreekt`; de brief weigert dan
    (`vereis_motivering`)."""
    soort_def, b = bron.soort_def, bron.besluit
    if b.verbod is not None:  # niet-nakomen (bijlage 9): de norm is het verbod dat de persoon overtrad
        hoe = _opgelegd(b.verbod)
        return Motivering(norm_tekst=f"Dat verbod hebben wij u {hoe} opgelegd." if hoe else "")
    if not is_verbodsbrief(soort_def):
        return Motivering()
    ontbreekt: list[str] = []
    if not str(bron.incident.get("brieftekst") or "").strip():
        ontbreekt.append("«brieftekst»")
    norm = _norm_tekst(bron)
    if not norm:
        aangepast = bron.instellingen.deel("profiel_aanpassingen").get("soorten", {}).get(soort_def.sleutel, {})
        waar = "agressie.toml ([profiel_aanpassingen])" if "norm" in aangepast else f"het profiel {bron.profiel.bron}"
        ontbreekt.append(f"soorten.{soort_def.sleutel}.norm in {waar}")
    duur = _duur_tekst(bron)
    if not duur:
        ontbreekt.append("«toelichting»")
    return Motivering(norm_tekst=norm, duur_tekst=duur, ontbreekt=tuple(ontbreekt))


def vereis_motivering(inhoud: Briefinhoud) -> None:
    """3.4: "A ban letter that cannot state all three is refused with the missing one named." Weigert een
    verbodsbrief zonder het gedrag, de norm of de grond van de duur, met wat ontbreekt."""
    ontbreekt = inhoud.motivering.ontbreekt
    if not ontbreekt:
        return
    uitleg = {
        "«brieftekst»": "«brieftekst» (het gedrag, gericht aan de persoon)",
        "«toelichting»": (
            "«toelichting» (waarom deze duur: het protocol geeft hier geen duur, of de maatregel wijkt af van het "
            "advies)"
        ),
    }
    delen = [
        uitleg.get(
            o,
            f"{o} (de norm die het gedrag overtreedt: een huisregel of het artikel van het protocol, "
            "letterlijk; met norm_bron: waar die staat)",
        )
        for o in ontbreekt
    ]
    raise InvoerFout(
        f"De brief {inhoud.soort} kan niet gemaakt worden: een verbodsbrief noemt het gedrag, de norm die het "
        f"overtreedt en waarom deze duur (3.4). Er ontbreekt: {nederlands.opsomming(delen)}. Er is niets vastgelegd."
    )


def _opgelegd(verbod: MaatregelRij) -> str:
    """Hoe het verbod werd opgelegd: 'met onze brief van 5 oktober 2026 (kenmerk 2026-0003)', of zonder brief in
    het register 'op 5 oktober 2026'."""
    if verbod.get("datum") is None:
        return ""
    if verbod.get("bestand"):
        return f"met onze brief van {voluit(verbod['datum'])} (kenmerk {verbod.get('incident')})"
    return f"op {voluit(verbod['datum'])}"


def _norm_tekst(bron: Bron) -> str:
    """De norm uit het profiel (soorten.X.norm en norm_bron), en na een overtreding ook het verbod zelf, met de
    brief waarmee het werd opgelegd."""
    gegevens = bron.soort_def.gegevens
    norm, waar = str(gegevens.get("norm") or "").strip(), str(gegevens.get("norm_bron") or "").strip()
    delen = []
    if norm:
        delen.append(f"Met dit gedrag heeft u gehandeld in strijd met {waar or 'onze huisregels'}: \u201c{norm}\u201d")
    ov = bron.overtreding
    hoe = _opgelegd(ov.verbod) if ov is not None else ""
    if hoe:  # na een overtreding is de norm ook het verbod zelf (3.4)
        delen.append(
            f"{'Ook heeft u' if norm else 'Met dit gedrag heeft u'} het verbod overtreden dat wij u {hoe} hebben opgelegd."
        )
    return " ".join(delen)


def _periode_kort(duur: Duur) -> str:
    """'voor 3 maanden', 'voor onbepaalde tijd'."""
    return nederlands.VOOR_ONBEPAALDE_TIJD if duur.onbepaald else f"voor {duur.tekst()}"


def _duur_tekst(bron: Bron) -> str:
    """Waarom deze duur: de regel van het profiel die hem gaf (de cel van de interventiematrix, een minimum, de
    trede van de ladder), of, als de maatregel afwijkt van het advies of het protocol geen duur geeft (Losser 5.2:
    "De leidinggevende en betrokken medewerker bepalen in overleg de duur van de periode"), de toelichting. Leeg als
    geen van beide er is."""
    b, profiel = bron.besluit, bron.profiel
    toelichting = (bron.extra.toelichting or "").strip()
    grond = duurgrond(b)
    if grond is not None and b.duur is not None:
        maatregel = verbod_omschrijving(profiel, bron.soort_def, bron.gebouw)
        periode = _periode_kort(b.duur)
        if grond.wat == "matrix":
            return _matrix_tekst(bron, grond.klasse, grond.herhaling, maatregel, periode)
        if grond.wat == "regel":
            tabel: object = profiel.gegevens
            for deel in grond.tabel.split("."):
                tabel = tabel.get(deel, {}) if isinstance(tabel, dict) else {}
            tekst = str(tabel.get("brieftekst") or "") if isinstance(tabel, dict) else ""
            if tekst:
                return tekst.format(maatregel=maatregel, periode=periode)
            return f"Ons agressieprotocol schrijft hier {maatregel} voor, {periode} ({grond.regel})."
        return f"Volgens ons agressieprotocol geldt voor deze maatregel een duur van {b.duur.tekst()}."
    if not toelichting:
        return ""
    # Een brief noemt geen namen van medewerkers: in de brief staat hun rol, zoals in het inzagedossier (AVG art. 15
    # lid 4); in het register blijft de toelichting zoals ze is vastgelegd.
    besloten = [MaatregelRij(besloten_door=bron.extra.besloten_door)] if bron.extra.besloten_door else []
    toelichting = vervang_collegas(toelichting, rollen(bron.incident, besloten))
    zin = toelichting[:1].upper() + toelichting[1:]
    if zin[-1] not in ".!?":
        zin += "."
    wat = "deze maatregel en deze duur" if b.afwijking else "deze duur"
    return f"Wij hebben voor {wat} gekozen om de volgende reden: {zin}"


def duurgrond(b: Besluit) -> Duurgrond | None:
    """De regel van het profiel die de duur van dit besluit gaf (de cel van de matrix, een minimum, de trede van de
    ladder), of None: het besluit wijkt af van het advies, of het protocol geeft de duur niet (Losser 5.2), en dan
    zegt alleen de toelichting waarom deze duur."""
    advies = b.advies
    if advies is None or b.afwijking or b.duur is None:
        return None
    if advies.vervolg is not None and b.soort == advies.vervolg.soort and b.soort != advies.soort:
        return advies.vervolg_duurgrond
    return advies.duurgrond if b.soort == advies.soort else None


def toelichting_nodig(profiel: Profiel, b: Besluit) -> bool:
    """Een verbodsbrief waarvan alleen de toelichting kan zeggen waarom deze duur (3.4; een voorkant vraagt haar)."""
    return is_verbodsbrief(profiel.soort(b.soort)) and duurgrond(b) is None


def _matrix_tekst(bron: Bron, klasse: str, herhaling: int, maatregel: str, periode: str) -> str:
    """'De duur volgt uit de interventiematrix van ons agressieprotocol (bijlage 2). Uw gedrag valt daarin onder
    "strafbaar feit" en het is de tweede keer binnen 6 maanden; daarbij hoort een toegangsverbod ..., voor 6
    maanden.'"""
    profiel = bron.profiel
    waar = str(profiel.deel("artikelen").get("matrix") or "").strip()
    label = str(profiel.klassen.get(klasse, klasse))
    label = label[:1].lower() + label[1:]
    if herhaling == 0:
        keer = "het is de eerste keer"
    else:
        nummer = herhaling + 1
        rang = ORDINALEN[nummer - 1] if nummer <= len(ORDINALEN) else f"{nummer}e"
        keer = f"het is de {rang} keer binnen {profiel.venster_maanden} maanden"
        gesch, datum = bron.geschiedenis, bron.incident.get("datum")
        if gesch is not None and datum is not None:
            begin = venster_begin(datum, profiel.venster_maanden)
            if any((d := i.get("datum")) is not None and d < begin for i in gesch.binnen):
                # een eerder incident telt ook buiten het venster als het verbod dat erop volgde nog liep
                keer += " of tijdens een verbod dat nog liep"
    return (
        f"De duur volgt uit de interventiematrix van ons agressieprotocol{f' ({waar})' if waar else ''}. Uw gedrag "
        f"valt daarin onder \u201c{label}\u201d en {keer}; daarbij hoort {maatregel}, {periode}."
    )


# --- de geschiedenis die meetelt, en het overtreden verbod ----------------------------------------------------------


def _eerdere_waarschuwing(bron: Bron) -> str:
    """'Op 5 oktober 2026 heeft u al een waarschuwing van ons gekregen.' Alleen als het register er een heeft, van
    vóór dit incident (een brief zegt alleen wat het register weet)."""
    profiel, incident = bron.profiel, bron.incident
    gebeurd = incident.get("datum")
    eerder = [
        besloten
        for m in bron.register.maatregelen_van(incident.get("persoon"))
        if profiel.is_soort(m.get("soort"), "waarschuwing")
        and (besloten := m.get("datum")) is not None
        and gebeurd is not None
        and besloten < gebeurd
        and m.get("incident") != incident.get("incident")
    ]
    if not eerder:
        return ""
    return f"Op {voluit(max(eerder))} heeft u al een waarschuwing van ons gekregen."


def _voorgeschiedenis(bron: Bron) -> Voorgeschiedenis:
    """De geschiedenis die de maatregel rechtvaardigt (3.1; Geertruidenberg bijlagen 7 en 8: "Als er een ordegesprek is
    geweest, hiernaar verwijzen en aangeven wat tijdens het gesprek is afgesproken. Ook aangeven dat ... zich niet aan
    deze afspraken heeft gehouden."): de eerdere maatregelen die in dit advies meetellen (advies.geschiedenis()), en na
    een overtreding het overtreden verbod. Alleen wat het register weet."""
    profiel, incident, register = bron.profiel, bron.incident, bron.register
    eerdere_waarschuwing = _eerdere_waarschuwing(bron)
    if incident.get("datum") is None or not incident.get("persoon"):
        return Voorgeschiedenis(eerdere_waarschuwing=eerdere_waarschuwing, aanleiding_tekst=eerdere_waarschuwing)
    soort_def, gebouw = bron.soort_def, bron.gebouw
    ov = bron.overtreding
    overtreden = ov.verbod if ov is not None and soort_def.periode else None
    gesch = bron.geschiedenis or geschiedenis(register, profiel, incident)
    eigen = incident.get("incident")
    maatregelen = sorted(
        (m for m in gesch.maatregelen if m.get("incident") != eigen and m is not overtreden),
        key=lambda m: (m["datum"], str(m.get("maatregel") or "")),
    )
    regels = []
    waarschuwingen = [m for m in maatregelen if profiel.is_soort(m.get("soort"), "waarschuwing")]
    if waarschuwingen:
        datums = nederlands.opsomming(f"op {voluit(m['datum'])}" for m in waarschuwingen)
        wat = "een schriftelijke waarschuwing" if len(waarschuwingen) == 1 else "schriftelijke waarschuwingen"
        regels.append(f"{datums[:1].upper()}{datums[1:]} heeft u {wat} van ons gekregen.")
    for m in maatregelen:
        s = profiel.soorten.get(str(m.get("soort") or ""))
        if s is not None and s.is_verbod and m is not overtreden:
            regels.append(
                f"Op {voluit(m['datum'])} heeft u {verbod_omschrijving(profiel, s, gebouw)} gekregen{_verbod_periode(m)}."
                + _vervangen_tekst(m)
            )
    hoeveelste = ""
    if soort_def.waarschuwing and waarschuwingen:
        nummer = len(waarschuwingen) + 1
        hoeveelste = (
            f"Dit is de {ORDINALEN[nummer - 1] if nummer <= len(ORDINALEN) else f'{nummer}e'} schriftelijke "
            "waarschuwing die u van ons krijgt."
        )
    gesprek, afspraken, niet_gehouden = _ordegesprek(profiel, maatregelen, incident, bron.besluit.soort)
    overtreden_tekst = ""
    if overtreden is not None and ov is not None:
        s = profiel.soorten[overtreden["soort"] or ""]
        moment = bron.extra.overtreding or (incident["datum"], incident.get("tijd"))
        wanneer = voluit(moment[0]) + (f" omstreeks {tijd_voluit(moment[1])}" if moment[1] else "")
        hoe = f"toch {gebouw} betreden" if ov.in_gebouw else "toch naar de gemeente gebeld"
        # Wat het nieuwe verbod vervangt (3.1): "het verbod dat u had", of meer verboden; niets als het er geen vervangt.
        b = bron.besluit
        nieuw = MaatregelRij(
            soort=b.soort, ingang=b.ingang, einde=b.einde, duur=b.duur, incident=eigen, persoon=incident.get("persoon")
        )
        vervangt = len(te_vervangen(register, profiel, nieuw, voorspel=True))
        vervangt_tekst = {0: "", 1: " Die vervangt het verbod dat u had."}.get(
            vervangt, " Die vervangt de verboden die u had."
        )
        overtreden_tekst = (
            f"Op {voluit(overtreden['datum'])} heeft u {verbod_omschrijving(profiel, s, gebouw)} gekregen"
            f"{_verbod_periode(overtreden)}. Ondanks dit verbod heeft u op {wanneer} {hoe}. Daarmee heeft u het "
            f"verbod overtreden, en dat leidt tot een zwaardere maatregel.{vervangt_tekst}"
        )
    return Voorgeschiedenis(
        eerdere_waarschuwing=eerdere_waarschuwing,
        eerdere_maatregelen=tuple(regels),
        hoeveelste_waarschuwing=hoeveelste,
        ordegesprek_tekst=gesprek,
        ordegesprek_afspraken=tuple(afspraken),
        ordegesprek_niet_gehouden=niet_gehouden,
        overtreden_verbod_tekst=overtreden_tekst,
        aanleiding_tekst=overtreden_tekst or eerdere_waarschuwing,
    )


def _overtreden(bron: Bron) -> Overtreden:
    """Het moment van de overtreding, en de brief niet nakomen (bijlage 9), 3.1: aan de top van de ladder belooft hij
    geen zwaardere maatregel (het verbod blijft gelden, zoals het advies `handhaven` zegt); lopen er naast het
    overtreden verbod nog andere verboden, dan noemt hij die ook (soort, tot en met), zodat de persoon weet tot
    wanneer hij niet mag komen."""
    extra, verbod = bron.extra, bron.besluit.verbod
    moment = extra.overtreding
    datum = voluit(moment[0]) if moment else ""
    wanneer = datum + (f" omstreeks {tijd_voluit(moment[1])}" if moment and moment[1] else "")
    tijd = tijd_voluit(moment[1]) if moment and moment[1] else ""
    if verbod is None:
        return Overtreden(datum, wanneer, tijd)
    profiel, incident, ov = bron.profiel, bron.incident, bron.overtreding
    handhaven = ov.verbod is verbod and ov.vervolg is None if ov is not None else zwaarder(profiel, verbod) is None
    andere = [
        m
        for m in lopend_bij_incident(bron.register, profiel, incident)
        if m is not verbod
        and m.get("incident") != incident.get("incident")
        and loopt_tijdens(m, extra.datum, extra.datum)
    ]
    if not andere:
        return Overtreden(datum, wanneer, tijd, handhaven)
    andere.sort(key=lambda m: (laatste_dag(m) is None, laatste_dag(m) or date.min, str(m.get("maatregel") or "")))
    gebouw = bron.gebouw
    delen = [
        f"{verbod_omschrijving(profiel, profiel.soorten[m['soort'] or ''], gebouw)}, {tot_en_met(laatste_dag(m))}"
        for m in andere
    ]
    tekst = (
        f"Daarnaast geldt nog een ander verbod: {delen[0]}."
        if len(delen) == 1
        else f"Daarnaast gelden nog andere verboden: {'; '.join(delen)}."
    )
    einde = laatste_dag(verbod)
    langer = [
        m
        for m in andere
        if profiel.soorten[m["soort"] or ""].toegang and einde is not None and (laatste_dag(m) or date.max) > einde
    ]
    if langer and einde is not None:
        tekst += f" U mag {gebouw} dus ook na {voluit(einde)} niet betreden."
    return Overtreden(datum, wanneer, tijd, handhaven, tekst)


def _belwoord(profiel: Profiel) -> str:
    """'belbeperking' (Losser) of 'telefonisch contactverbod' (Geertruidenberg)."""
    return next(
        (s.label.lower() for s in profiel.soorten.values() if s.bellen and not s.toegang and s.label),
        "telefonisch contactverbod",
    )


def verbod_omschrijving(profiel: Profiel, soort_def: Soort, gebouw: str) -> str:
    """'een toegangsverbod voor het gemeentehuis te Raamsdonksveer en een telefonisch contactverbod'."""
    delen = []
    if soort_def.toegang:
        delen.append(f"een toegangsverbod voor {gebouw}")
    if soort_def.bellen:
        delen.append(f"een {_belwoord(profiel)}")
    return " en ".join(delen) or f"een {soort_def.label.lower()}"


def _vervangen_tekst(maatregel: MaatregelRij) -> str:
    """Een eerder verbod dat al vervangen is, liep niet tot zijn oorspronkelijke einde: de brief zegt het, anders leest
    de ontvanger dat het nog tot die datum geldt."""
    per = maatregel.get("vervangen_per")
    return f" Met ingang van {voluit(per)} is dat verbod vervangen." if per is not None else ""


def _verbod_periode(maatregel: MaatregelRij) -> str:
    """', met ingang van 2 oktober 2026 tot en met 1 januari 2027' of ', met ingang van ... voor onbepaalde tijd'."""
    ingang = f", met ingang van {voluit(maatregel['ingang'])}" if maatregel.get("ingang") else ""
    duur = maatregel.get("duur")
    onbepaald = (duur is not None and duur.onbepaald) or maatregel.get("einde") is None
    tot = tot_en_met(maatregel.get("einde"), onbepaald)
    return f"{ingang} {tot}" if ingang or not onbepaald else f", {tot}"


def _ordegesprek(
    profiel: Profiel, maatregelen: list[MaatregelRij], incident: IncidentRij, soort: str
) -> tuple[str, list[str], bool]:
    """Het laatste eerdere ordegesprek: uit de bevestiging (met de afspraken), anders uit de uitnodiging."""
    if profiel.is_soort(soort, "gesprek"):
        return "", [], False
    bevestiging = [m for m in maatregelen if profiel.is_soort(m.get("soort"), "bevestiging") and m.get("gesprek_datum")]
    if bevestiging:
        m = bevestiging[-1]
        afspraken = [str(a) for a in m.get("afspraken") or [] if str(a).strip()]
        tekst = f"Op {voluit(m['gesprek_datum'])} heeft u met ons een ordegesprek gehad."
        if afspraken:
            tekst += " Tijdens dat gesprek zijn met u de volgende afspraken gemaakt:"
        gesprek, gebeurd = m.get("gesprek_datum"), incident.get("datum")
        return tekst, afspraken, bool(afspraken) and gesprek is not None and gebeurd is not None and gesprek <= gebeurd
    uitnodiging = [m for m in maatregelen if profiel.is_soort(m.get("soort"), "uitnodiging") and m.get("gesprek_datum")]
    if uitnodiging:
        m = uitnodiging[-1]
        return (
            f"Op {voluit(m['datum'])} hebben wij u uitgenodigd voor een ordegesprek op {voluit(m['gesprek_datum'])}.",
            [],
            False,
        )
    return "", [], False


__all__ = [
    "EIGEN_INHOUD",
    "KANAAL_TEKST",
    "Briefgegevens",
    "Briefinhoud",
    "Bron",
    "Motivering",
    "adres",
    "briefinhoud",
    "duurgrond",
    "is_verbodsbrief",
    "lees_overtreding",
    "motivering",
    "tegenover",
    "toelichting_nodig",
    "vast_nummer",
    "vereis_motivering",
]
