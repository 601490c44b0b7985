"""Wat in een brief komt: de waarden voor het sjabloon, uit het register, de instellingen en de opties van de brief.

Strikt: ontbreekt een waarde die het sjabloon nodig heeft, dan stopt het vóór er iets geschreven wordt,
met de naam van het veld en hoe het aan te vullen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time, timedelta
from decimal import Decimal

from agressie_cli.domein import nederlands
from agressie_cli.domein.advies import geschiedenis
from agressie_cli.domein.ambtsdrager import (
    getroffene,
    onze_getroffene,
    onze_getroffenen,
    tegen_burgemeester,
)
from agressie_cli.domein.datums import lees_datum, lees_tijd, tijd_voluit, voluit
from agressie_cli.domein.duur import Duur
from agressie_cli.domein.fouten import InvoerFout
from agressie_cli.domein.instellingen import Instellingen
from agressie_cli.domein.namen import aanhef, noemt_collega, weergave
from agressie_cli.domein.nederlands import tot_en_met
from agressie_cli.domein.overtreding import overtreding as zoek_overtreding
from agressie_cli.domein.profiel import Profiel
from agressie_cli.domein.register import Register
from agressie_cli.domein.schade import schadeposten, soort_schade
from agressie_cli.domein.verboden import laatste_dag, loopt_tijdens, lopend_bij_incident, te_vervangen

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

# Alles wat de tool aan een sjabloon geeft, met waar het vandaan komt (voor meldingen en `sjablonen controleer`).
VARIABELEN = {
    "gemeente": "instellingen: gemeente",
    "tegenover": "incident: een medewerker, of een politiek ambtsdrager (kolom Politiek ambtsdrager), van de gemeente",
    "getroffene": "incident: 'onze medewerker', of het ambt (kolom Ambt): 'onze wethouder', 'ons raadslid'",
    "getroffenen": "incident: 'onze medewerkers', of het ambt (kolom Ambt): 'onze wethouder', 'ons raadslid'",
    "gedrag_tegenover": "incident: 'de medewerkers van de gemeente ...', of het ambt (kolom Ambt): 'onze wethouder'",
    "afzender": "instellingen: [postadres]",
    "bezoekadres": "instellingen: [bezoekadres]",
    "telefoon_gemeente": "instellingen: [contact] telefoon",
    "email_gemeente": "instellingen: [contact] email",
    "adresblok": "naam en adres van de persoon",
    "verzending": "soort maatregel",
    "plaats_datum": "instellingen: [brieven] plaats en --datum",
    "datum_brief": "--datum",
    "kenmerk": "incidentnummer",
    "onderwerp": "soort maatregel",
    "aanhef": "naam van de persoon",
    "naam": "naam van de persoon",
    "incident_datum": "datum van het incident",
    "incident_tijd": "tijd van het incident",
    "kanaal_tekst": "kanaal",
    "brieftekst": "--brieftekst (het gedrag, gericht aan de persoon)",
    "incident_moment": "datum (en tijd) van het incident",
    "venster_tekst": "profiel: venster_maanden",
    "gedrag_tekst": "profiel: [brief_gedrag] (hoe de brief het gedrag noemt, naar ernst of gedrag)",
    "onbepaald": "--duur onbepaald",
    "gebouw": "instellingen: [brieven] gebouw",
    "contactpersoon": "--contactpersoon, anders instellingen: [brieven] contactpersoon",
    "bezwaarclausule": "instellingen: [brieven] bezwaarclausule",
    "ingang": "--ingang",
    "einde": "einde van de periode",
    "periode_tekst": "--duur en --ingang",
    "verbod_tot_tekst": "--duur en --ingang",
    "duur_tekst": "--duur",
    "aangifte": "aangifte",
    "afschrift": "profiel: afschrift",
    "afschrift_tekst": "profiel: afschrift",
    "uitkering": "--uitkering",
    "uitkering_wet": "--uitkering",
    "uitkering_tekst": "profiel: [participatiewet] brieftekst",
    "eerdere_waarschuwing": "de laatste waarschuwing in het register (datum)",
    "eerdere_maatregelen": "de eerdere maatregelen die meetellen in het advies (waarschuwingen, verboden, met datum)",
    "hoeveelste_waarschuwing": "het aantal eerdere waarschuwingen die meetellen ('Dit is de tweede ...')",
    "ordegesprek_tekst": "het eerdere ordegesprek (datum, wie), uit de bevestiging of de uitnodiging",
    "ordegesprek_afspraken": "de afspraken van het eerdere ordegesprek (bevestiging)",
    "ordegesprek_niet_gehouden": "het incident was na het ordegesprek: de afspraken zijn niet nagekomen",
    "overtreden_verbod_tekst": "het overtreden verbod (soort, ingang, tot en met), de overtreding en dat het nieuwe verbod het vervangt",
    "aanleiding_tekst": "Losser: de overtreding van een verbod als die er is, anders de eerdere waarschuwing",
    "contactpersoon_verwijzing": "--contactpersoon of [brieven] contactpersoon: 'hem', 'haar' of 'de contactpersoon'",
    "bijlagen": "instellingen: [brieven] bijlagen",
    "bijlagen_tekst": "instellingen: [brieven] bijlagen",
    "ondertekenaar": "instellingen: [ondertekening] naam",
    "functie": "instellingen: [ondertekening] functie",
    "namens": "instellingen: [ondertekening] namens",
    "gesprek_datum": "--gesprek-datum",
    "gesprek_tijd": "--gesprek-tijd",
    "locatie": "--locatie",
    "aanwezigen": "--aanwezige",
    "afspraken": "--afspraak",
    "overtreding_datum": "--overtreding",
    "overtreding_moment": "--overtreding (datum en tijd van de overtreding)",
    "overtreding_tijd": "--overtreding",
    "per_email": "e-mailadres van de persoon",
    "per_post": "postadres van de persoon",
    "contact_tijdens_verbod": "soort maatregel, en een belverbod dat in de periode (een deel ervan) loopt",
    "contact_in_periode": "soort maatregel, en een belverbod dat in de periode (een deel ervan) loopt",
    "handhaven": "niet-nakomen: het overtreden verbod is de top van de ladder; het blijft gelden, niets zwaarders",
    "andere_verboden_tekst": "niet-nakomen: de andere verboden die nog lopen (soort, tot en met)",
    # Aansprakelijkstelling (2.6)
    "schadeposten": "materiële schade, letsel en psychische klachten bij het incident (agressie aanvullen)",
    "bedrag": "--bedrag",
    "betaaltermijn": "profiel: betaaltermijn_dagen",
    "betaal_uiterlijk": "--datum en profiel: betaaltermijn_dagen",
    "rekening": "instellingen: [schade] rekening (ouder: [brieven] rekening)",
    "schade_contactpersoon": "--contactpersoon, anders instellingen: [schade] contact, anders [brieven] contactpersoon",
    "schade_verhalen_tekst": "profiel: [politiek_ambtsdrager] schade_tekst, bij vastgelegde schade",
}
BASIS_VERPLICHT = {"adresblok", "plaats_datum", "kenmerk", "onderwerp", "aanhef", "ondertekenaar", "functie", "namens"}
VERPLICHT_PER_SOORT = {
    "waarschuwing": {"incident_moment", "brieftekst"},
    "ordegesprek": {"incident_moment", "gesprek_datum", "gesprek_tijd", "locatie", "aanwezigen"},
    "ordegesprek-bevestiging": {"gesprek_datum", "aanwezigen", "afspraken"},
    "toegangsverbod": {"incident_moment", "periode_tekst"},
    "toegangs-en-belverbod": {"incident_moment", "periode_tekst"},
    "belverbod": {"incident_moment", "periode_tekst"},
    "bedreiging": {"incident_moment", "periode_tekst"},
    "niet-nakomen": {"verbod_tot_tekst", "overtreding_moment"},
    "aansprakelijkstelling": {"incident_moment", "schadeposten", "betaaltermijn"},
}


def verplicht_per_soort(soort: str, profiel: Profiel | None) -> set[str]:
    """Wat het sjabloon van een soort moet gebruiken. Een soort met een eigen naam (een 'berisping' met de vlag
    waarschuwing, 3.2) krijgt wat hoort bij de meegeleverde soort met dezelfde vlag."""
    if soort in VERPLICHT_PER_SOORT or profiel is None or soort not in profiel.soorten:
        return set(VERPLICHT_PER_SOORT.get(soort, set()))
    s = profiel.soorten[soort]
    for vlag, zoals in (
        (s.bevestiging, "ordegesprek-bevestiging"),
        (s.gesprek, "ordegesprek"),
        (s.waarschuwing, "waarschuwing"),
        (s.bedrag, "aansprakelijkstelling"),
        (bool(s.gegevens.get("vereist_actief_verbod")), "niet-nakomen"),
        (s.periode, "toegangsverbod"),
    ):
        if vlag:
            return set(VERPLICHT_PER_SOORT[zoals])
    return set()


# Hoe de gebruiker een ontbrekende waarde aanvult.
AANVULLEN = {
    "incident_tijd": "agressie aanvullen {incident} --tijd UU:MM",
    "brieftekst": 'agressie brief {incident} --brieftekst "U schreeuwde tegen de medewerker ..." (het gedrag, gericht aan de persoon)',
    "adresblok": 'agressie aanvullen {incident} --adres "Straat 1" --postcode "1234 AB" --woonplaats Plaats (een waarschuwing kan ook met --email), of overhandig de brief: agressie brief {incident} --overhandigd',
    "kanaal_tekst": "agressie aanvullen {incident} --kanaal balie",
    "gesprek_datum": "agressie brief {incident} --gesprek-datum JJJJ-MM-DD",
    "gesprek_tijd": "agressie brief {incident} --gesprek-tijd UU:MM",
    "locatie": 'agressie brief {incident} --locatie "het gemeentehuis"',
    "aanwezigen": 'agressie brief {incident} --aanwezige "naam" (herhaalbaar)',
    "afspraken": 'agressie brief {incident} --afspraak "..." (herhaalbaar)',
    "overtreding_datum": 'agressie brief {incident} --overtreding "JJJJ-MM-DD UU:MM"',
    "overtreding_tijd": 'agressie brief {incident} --overtreding "JJJJ-MM-DD UU:MM"',
}


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


def lees_overtreding(tekst: str | None) -> tuple[date, time | None] | None:
    if not tekst or not tekst.strip():
        return None
    delen = tekst.strip().split()
    if len(delen) > 2:
        raise InvoerFout(f'--overtreding: \'{tekst}\' moet "DATUM TIJD" zijn, bijvoorbeeld "2026-11-20 14:05".')
    d = lees_datum(delen[0], "--overtreding")
    t = lees_tijd(delen[1], "--overtreding") if len(delen) == 2 else None
    return d, t


def _lijst_tekst(items: list[str]) -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " en " + items[-1]


def tegenover(instellingen: Instellingen, incident: dict) -> str:
    """Tegen wie het gedrag was, zoals het register het zegt (Losser: ook politieke ambtsdragers), met de rol: 'een
    wethouder van de gemeente Losser', 'de burgemeester van de gemeente Losser' (3.1)."""
    return f"{getroffene(incident)} van de gemeente {instellingen.gemeente}"


def _adres(deel: dict) -> str:
    """'Postbus 10.001, 4940 GA Raamsdonksveer'; leeg als de straat of de plaats ontbreekt (dan weigert de brief
    en noemt hij de instelling, in plaats van een briefhoofd met alleen een komma)."""
    straat, postcode, plaats = (str(deel.get(k) or "").strip() for k in ("straat", "postcode", "plaats"))
    if not straat or not plaats:
        return ""
    return f"{straat}, {' '.join(v for v in (postcode, plaats) if v)}"


class OntbrekendeWaarde(InvoerFout):
    pass


def context(
    instellingen: Instellingen,
    profiel: Profiel,
    register: Register,
    incident: dict,
    soort: str,
    ingang: date | None,
    einde: date | None,
    duur: Duur | None,
    extra: Briefgegevens,
    aangifte: bool,
    verbod: dict | None,
) -> dict:
    persoon = register.persoon_van(incident) or {}
    soort_def = profiel.soort(soort)
    brieven = instellingen.deel("brieven")
    volledige_naam = str(persoon.get("naam") or incident.get("naam") or "")
    naam = weergave(volledige_naam)  # 'De Vries, Jan' staat boven de brief als 'Jan de Vries'
    heeft_post = all(persoon.get(v) for v in ("adres", "postcode", "woonplaats"))
    per_email = not heeft_post and bool(persoon.get("email")) and not extra.overhandigd
    if extra.overhandigd:  # geen postadres nodig; de brief gaat van hand tot hand
        adresblok = naam
        verzending = f"Persoonlijk overhandigd op {voluit(extra.datum)}"
    elif heeft_post:
        adresblok = f"{naam}\n{persoon['adres']}\n{persoon['postcode']}  {str(persoon['woonplaats']).upper()}"
        verzending = soort_def.verzending[:1].upper() + soort_def.verzending[1:]
    elif per_email and soort_def.verzending == "gewone post":  # alleen een e-mailadres: een waarschuwing per e-mail
        adresblok = naam
        verzending = f"Per e-mail: {persoon['email']}"
    else:
        adresblok, verzending = "", ""
    onbepaald = duur is not None and duur.onbepaald
    if soort_def.periode:
        verbod_tot_tekst = tot_en_met(einde, onbepaald or duur is None)
        periode_tekst = (
            verbod_tot_tekst
            if onbepaald or duur is None
            else f"voor een periode van {duur.tekst()}, {verbod_tot_tekst}"
        )
    else:
        periode_tekst = verbod_tot_tekst = ""
    handhaven, andere_verboden = False, ""
    if verbod is not None:  # niet-nakomen: het verbod dat overtreden is
        verbod_duur = verbod.get("duur")
        verbod_tot_tekst = tot_en_met(verbod.get("einde"), verbod_duur is not None and verbod_duur.onbepaald)
        handhaven, andere_verboden = _niet_nakomen(instellingen, profiel, register, incident, verbod, extra)
    # De huisregels horen bij een brief over gedrag; een soort kan zeggen dat hij geen bijlagen heeft
    # (de aansprakelijkstelling: bijlagen = false in het profiel).
    bijlagen = [str(b) for b in brieven.get("bijlagen", [])] if soort_def.gegevens.get("bijlagen", True) else []
    afschrift = _afschrift(instellingen, soort_def)
    contactpersoon = (extra.contactpersoon or "").strip() or str(brieven.get("contactpersoon", "")).strip()
    if soort_def.bellen:
        _weiger_algemeen_nummer(contactpersoon, instellingen)
    # Participatiewet art. 13: alleen bij misdragingen tegenover wie de uitkering uitvoert.
    uitkering = incident.get("uitkering") if incident.get("bij_uitvoering") else None
    ondertekening = _ondertekening(instellingen, profiel, incident)
    contact_tijdens = "schriftelijk contact" if soort_def.bellen else "telefonisch en schriftelijk contact"
    contact_tijdens_verbod = (
        f"{contact_tijdens} en via {vast_nummer(contactpersoon)}"
        if soort_def.bellen and contactpersoon
        else contact_tijdens
    )
    contact_in_periode = "alleen telefonisch of schriftelijk"
    if soort_def.toegang and not soort_def.bellen and ingang is not None:
        # Loopt er in (een deel van) de periode ook een belverbod (3.1), dan is dat wat open blijft: schriftelijk en
        # de contactpersoon, niet de telefoon.
        contact_tijdens_verbod, contact_in_periode = _contact_naast_belverbod(
            profiel, register, incident, ingang, None if onbepaald else einde, vast_nummer(contactpersoon)
        ) or (contact_tijdens_verbod, contact_in_periode)
    waarden = {
        "gemeente": instellingen.gemeente,
        # Tegen wie het gedrag was: de brief noemt wat het register zegt (Losser: ook politieke ambtsdragers).
        "tegenover": tegenover(instellingen, incident),
        "getroffene": onze_getroffene(incident),
        "getroffenen": onze_getroffenen(incident),
        "gedrag_tegenover": onze_getroffene(incident)
        if incident.get("ambtsdrager")
        else f"de medewerkers van de gemeente {instellingen.gemeente}",
        "afzender": _adres(instellingen.deel("postadres")),
        "bezoekadres": _adres(instellingen.deel("bezoekadres")),
        "telefoon_gemeente": vast_nummer(str(instellingen.deel("contact").get("telefoon", ""))),
        "email_gemeente": instellingen.deel("contact").get("email", ""),
        "adresblok": adresblok,
        "verzending": verzending,
        "plaats_datum": f"{brieven.get('plaats', instellingen.gemeente)}, {voluit(extra.datum)}",
        "datum_brief": voluit(extra.datum),
        "kenmerk": incident["incident"],
        "onderwerp": soort_def.gegevens.get("onderwerp", soort_def.label),
        "venster_tekst": f"{profiel.venster_maanden} maanden",
        "gedrag_tekst": profiel.deel("brief_gedrag").get(
            incident.get(profiel.classificatie) or "", "op een ontoelaatbare manier"
        ),
        "onbepaald": onbepaald,
        "aanhef": aanhef(volledige_naam, persoon.get("aanhef"), persoon.get("achternaam")) if naam else "",
        "naam": naam,
        "incident_datum": voluit(incident.get("datum")),
        "incident_tijd": tijd_voluit(incident.get("tijd")),
        # "5 oktober 2026 omstreeks 10.30 uur", of zonder tijd "5 oktober 2026" (een brief per mail, een huisbezoek)
        "incident_moment": voluit(incident.get("datum"))
        + (f" omstreeks {tijd_voluit(incident['tijd'])}" if incident.get("tijd") else ""),
        "kanaal_tekst": KANAAL_TEKST.get(incident.get("kanaal") or "", "").replace(
            "het gemeentehuis", brieven.get("gebouw", "het gemeentehuis")
        ),
        "brieftekst": _zonder_collegas(incident),
        "gebouw": brieven.get("gebouw", "het gemeentehuis"),
        "contactpersoon": vast_nummer(contactpersoon),
        "contactpersoon_verwijzing": _verwijzing(contactpersoon),
        "bezwaarclausule": bool(brieven.get("bezwaarclausule", False)),
        "ingang": voluit(ingang) if ingang else "",
        "einde": voluit(einde) if einde else ("onbepaald" if onbepaald else ""),
        "periode_tekst": periode_tekst,
        "verbod_tot_tekst": verbod_tot_tekst,
        "duur_tekst": (duur or Duur.onbepaalde_tijd()).tekst() if soort_def.periode else "",
        # Een brief zegt alleen wat het register weet: "er is aangifte gedaan" alleen als dat er staat.
        "aangifte": incident.get("aangifte") is True,
        "afschrift": afschrift,
        "afschrift_tekst": _lijst_tekst(afschrift),
        "uitkering": bool(uitkering),
        "uitkering_wet": UITKERING_WET.get(uitkering or "", ""),
        "uitkering_tekst": _uitkering_tekst(profiel, uitkering),
        "eerdere_waarschuwing": _eerdere_waarschuwing(profiel, register, incident),
        **_voorgeschiedenis(
            instellingen,
            profiel,
            register,
            incident,
            soort,
            extra,
            {"soort": soort, "ingang": ingang, "einde": einde, "duur": duur, "incident": incident.get("incident")},
        ),
        "bijlagen": bijlagen,
        "bijlagen_tekst": _lijst_tekst(bijlagen) or "geen",
        "ondertekenaar": ondertekening.get("naam", ""),
        "ondertekend_door_burgemeester": bool(ondertekening.get("burgemeester")),
        "functie": ondertekening.get("functie", ""),
        "namens": ondertekening.get("namens", ""),
        "gesprek_datum": voluit(extra.gesprek_datum) if extra.gesprek_datum else "",
        "gesprek_tijd": tijd_voluit(extra.gesprek_tijd) if extra.gesprek_tijd else "",
        "locatie": extra.locatie or "",
        "aanwezigen": _lijst_tekst(list(extra.aanwezigen)),
        "afspraken": list(extra.afspraken),
        "overtreding_datum": voluit(extra.overtreding[0]) if extra.overtreding else "",
        "overtreding_moment": (
            voluit(extra.overtreding[0])
            + (f" omstreeks {tijd_voluit(extra.overtreding[1])}" if extra.overtreding[1] else "")
            if extra.overtreding
            else ""
        ),
        "overtreding_tijd": tijd_voluit(extra.overtreding[1]) if extra.overtreding and extra.overtreding[1] else "",
        "per_email": per_email,
        "per_post": not per_email and not extra.overhandigd,  # alleen dan een retouradres boven het adres
        "contact_tijdens_verbod": contact_tijdens_verbod,
        "contact_in_periode": contact_in_periode,
        "handhaven": handhaven,
        "andere_verboden_tekst": andere_verboden,
        **_schade(instellingen, profiel, incident, extra),
    }
    return waarden


def _schade(instellingen: Instellingen, profiel: Profiel, incident: dict, extra: Briefgegevens) -> dict:
    """De aansprakelijkstelling (Geertruidenberg 8, Losser 7), en bij Losser de zin in de reactie van de burgemeester
    aan wie een politiek ambtsdrager schade toebracht: "De materiële en/of immateriële [schade] wordt verhaald op de
    inwoner. De burgemeester geeft dit aan in zijn reactie naar de inwoner." """
    termijn = profiel.betaaltermijn_dagen
    regel = profiel.deel("politiek_ambtsdrager")
    soort = soort_schade(incident)
    schade = instellingen.deel("schade")
    verhalen = ""
    if regel.get("schade_tekst") and incident.get("ambtsdrager") and soort:
        verhalen = str(regel["schade_tekst"]).format(schade=soort)
    return {
        "schadeposten": schadeposten(incident),
        "bedrag": nederlands.bedrag(extra.bedrag) if extra.bedrag is not None else "",
        "betaaltermijn": f"{termijn} dagen",
        "betaal_uiterlijk": voluit(extra.datum + timedelta(days=termijn)),
        # [schade] (init schrijft het, 3.1); [brieven] rekening en contactpersoon uit een oudere agressie.toml tellen nog.
        "rekening": vast_nummer(
            str(schade.get("rekening") or instellingen.deel("brieven").get("rekening", "")).strip(), iban=True
        ),
        "schade_contactpersoon": vast_nummer(
            (extra.contactpersoon or "").strip()
            or str(schade.get("contact") or "").strip()
            or str(instellingen.deel("brieven").get("contactpersoon", "")).strip()
        ),
        "schade_verhalen_tekst": verhalen,
    }


def _ondertekening(instellingen: Instellingen, profiel: Profiel, incident: dict) -> dict:
    """Wie tekent. Losser, politiek ambtsdragers: "Uiteindelijk bepaalt hij [de burgemeester] ook de sanctie en de
    reactie die uitgaat naar de inwoner": de burgemeester tekent; is de agressie tegen de burgemeester gericht, dan de
    (loco)gemeentesecretaris (de gewone ondertekening)."""
    gewoon = instellingen.deel("ondertekening")
    regel = profiel.deel("politiek_ambtsdrager")
    if not (regel and incident.get("ambtsdrager") and regel.get("ondertekening") == "burgemeester"):
        return gewoon
    if tegen_burgemeester(incident):  # het vastgelegde ambt (3.1), geen naam in de kolom Medewerker
        return gewoon
    burgemeester = instellingen.deel("burgemeester")
    return {
        "naam": burgemeester.get("naam", ""),
        "functie": f"burgemeester van {instellingen.gemeente}",
        "namens": "",
        "burgemeester": True,
    }


def _zonder_collegas(incident: dict) -> str:
    """De brieftekst, maar niet als hij een collega noemt: een brief noemt geen medewerker, melder of leidinggevende.
    Met de regels voor namen van de aangifte onder nummer (domein/namen.py, `Collega`): ook een korte achternaam
    ('Bos', 'De Wit'), maar niet het gewone woord ('het bos') en nooit een rolwoord ('de wethouder')."""
    tekst = str(incident.get("brieftekst") or "").strip()
    rollen = (
        ("medewerker", incident.get("medewerker") or []),
        ("melder", [incident.get("melder")]),
        ("leidinggevende", [incident.get("leidinggevende")]),
    )
    rol = next((rol for rol, namen in rollen if noemt_collega(tekst, namen)), None)
    if rol is not None:
        # Het voorgestelde woord past bij de rol: "U schreeuwde tegen de wethouder" mag (3.1). De naam zelf staat niet
        # in de melding: een foutmelding bevat geen persoonsgegevens (README, 3.3 punt 12); het veld en de rol wel.
        woord = getroffene(incident).replace("een ", "de ", 1)
        raise InvoerFout(
            f"«brieftekst» noemt een collega bij naam (de naam van {_ROL[rol]}); een brief noemt geen namen van "
            f"medewerkers. Pas «brieftekst» aan en schrijf bijvoorbeeld '{woord}' in plaats van de naam."
        )
    return tekst


_ROL = {"medewerker": "een medewerker", "melder": "de melder", "leidinggevende": "de leidinggevende"}


def _afschrift(instellingen: Instellingen, soort_def) -> list[str]:
    """'politie (info@twente.politie.nl)', 'receptie (...)', met wat het profiel meestuurt (Losser 5.2: "Bij de brief
    wordt een kopie van het paspoort gevoegd")."""
    adressen = instellingen.deel("afschrift")
    uitkomst = [f"{wie} ({adressen[wie]})" if adressen.get(wie) else wie for wie in soort_def.afschrift]
    bijlage = soort_def.gegevens.get("afschrift_bijlage")
    if uitkomst and bijlage:
        uitkomst[-1] += f", met {bijlage}"
    return uitkomst


_TELEFOONNUMMER = re.compile(r"\+?\d[\d\s\-]{3,}\d")


def _weiger_algemeen_nummer(contactpersoon: str, instellingen: Instellingen) -> None:
    """Een belverbod moet een nummer noemen dat de persoon wel mag bellen, en dat is niet het algemene nummer: dat
    sluit het verbod juist af (2.3)."""
    nummers = [re.sub(r"\D", "", n) for n in _TELEFOONNUMMER.findall(contactpersoon)]
    if not nummers:
        raise InvoerFout(
            f"De contactroute '{contactpersoon}' noemt geen telefoonnummer, terwijl deze brief het bellen verbiedt: de "
            'persoon moet weten welk nummer wel mag. Geef --contactpersoon "naam, telefoon ..." of vul [brieven] '
            "contactpersoon in agressie.toml aan. Er is niets vastgelegd."
        )
    algemeen = re.sub(r"\D", "", str(instellingen.deel("contact").get("telefoon", "")))
    if algemeen and algemeen in nummers:
        raise InvoerFout(
            f"De contactroute '{contactpersoon}' noemt het algemene nummer van de gemeente ([contact] telefoon), dat "
            "een belverbod juist afsluit. Geef een contactpersoon met een rechtstreeks nummer: --contactpersoon "
            '"naam, telefoon ..." of [brieven] contactpersoon in agressie.toml. Er is niets vastgelegd.'
        )


def _uitkering_tekst(profiel: Profiel, uitkering: str | None) -> str:
    if not uitkering:
        return ""
    return str(profiel.deel("participatiewet").get("brieftekst", "")).format(
        wet=UITKERING_WET.get(uitkering, uitkering)
    )


def _eerdere_waarschuwing(profiel: Profiel, register: Register, incident: dict) -> str:
    """'Op 5 oktober 2026 heeft u al een waarschuwing van ons gekregen.' Alleen als het register er een heeft, van
    vóór dit incident (een brief zegt alleen wat het register weet)."""
    eerder = [
        m
        for m in register.maatregelen_van(incident.get("persoon"))
        if profiel.is_soort(m.get("soort"), "waarschuwing")
        and m.get("datum") is not None
        and m["datum"] < incident["datum"]
        and m.get("incident") != incident.get("incident")
    ]
    if not eerder:
        return ""
    return f"Op {voluit(max(m['datum'] for m in eerder))} heeft u al een waarschuwing van ons gekregen."


ORDINALEN = ("eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende")


def _voorgeschiedenis(
    instellingen: Instellingen,
    profiel: Profiel,
    register: Register,
    incident: dict,
    soort: str,
    extra: Briefgegevens,
    nieuw: dict,
) -> dict:
    """De geschiedenis die de maatregel rechtvaardigt (3.1; Geertruidenberg bijlagen 7 en 8: "Als er een ordegesprek is
    geweest, hiernaar verwijzen en aangeven wat tijdens het gesprek is afgesproken. Ook aangeven dat ... zich niet aan
    deze afspraken heeft gehouden."): de eerdere maatregelen die in dit advies meetellen (advies.geschiedenis()), en na
    een overtreding het overtreden verbod. Alleen wat het register weet."""
    leeg = {
        "eerdere_maatregelen": [],
        "hoeveelste_waarschuwing": "",
        "ordegesprek_tekst": "",
        "ordegesprek_afspraken": [],
        "ordegesprek_niet_gehouden": False,
        "overtreden_verbod_tekst": "",
        "aanleiding_tekst": _eerdere_waarschuwing(profiel, register, incident),
    }
    if incident.get("datum") is None or not incident.get("persoon"):
        return leeg
    soort_def = profiel.soort(soort)
    gebouw = str(instellingen.deel("brieven").get("gebouw", "het gemeentehuis"))
    ov = zoek_overtreding(register, profiel, incident)
    overtreden = ov.verbod if ov is not None and soort_def.periode else None
    gesch = geschiedenis(register, profiel, incident)
    eigen = incident.get("incident")
    maatregelen = sorted(
        (m for m in gesch.maatregelen if m.get("incident") != eigen and m is not overtreden),
        key=lambda m: (m["datum"], str(m.get("maatregel") or "")),
    )
    regels = []
    waarschuwingen = [m for m in maatregelen if profiel.is_soort(m.get("soort"), "waarschuwing")]
    if waarschuwingen:
        datums = _lijst_tekst([f"op {voluit(m['datum'])}" for m in waarschuwingen])
        wat = "een schriftelijke waarschuwing" if len(waarschuwingen) == 1 else "schriftelijke waarschuwingen"
        regels.append(f"{datums[:1].upper()}{datums[1:]} heeft u {wat} van ons gekregen.")
    for m in maatregelen:
        s = profiel.soorten.get(str(m.get("soort") or ""))
        if s is not None and s.is_verbod and m is not overtreden:
            regels.append(
                f"Op {voluit(m['datum'])} heeft u {_verbod_omschrijving(profiel, s, gebouw)} gekregen"
                f"{_verbod_periode(m)}."
            )
    hoeveelste = ""
    if soort_def.waarschuwing and waarschuwingen:
        nummer = len(waarschuwingen) + 1
        hoeveelste = (
            f"Dit is de {ORDINALEN[nummer - 1] if nummer <= len(ORDINALEN) else f'{nummer}e'} schriftelijke "
            "waarschuwing die u van ons krijgt."
        )
    gesprek, afspraken, niet_gehouden = _ordegesprek(profiel, maatregelen, incident, soort)
    overtreden_tekst = ""
    if overtreden is not None:
        s = profiel.soorten[overtreden["soort"]]
        moment = extra.overtreding or (incident["datum"], incident.get("tijd"))
        wanneer = voluit(moment[0]) + (f" omstreeks {tijd_voluit(moment[1])}" if moment[1] else "")
        hoe = f"toch {gebouw} betreden" if ov is not None and ov.in_gebouw else "toch naar de gemeente gebeld"
        # Wat het nieuwe verbod vervangt (3.1): "het verbod dat u had", of meer verboden; niets als het er geen vervangt.
        vervangt = len(te_vervangen(register, profiel, {**nieuw, "persoon": incident.get("persoon")}, voorspel=True))
        vervangt_tekst = {0: "", 1: " Die vervangt het verbod dat u had."}.get(
            vervangt, " Die vervangt de verboden die u had."
        )
        overtreden_tekst = (
            f"Op {voluit(overtreden['datum'])} heeft u {_verbod_omschrijving(profiel, s, gebouw)} gekregen"
            f"{_verbod_periode(overtreden)}. Ondanks dit verbod heeft u op {wanneer} {hoe}. Daarmee heeft u het "
            f"verbod overtreden, en dat leidt tot een zwaardere maatregel.{vervangt_tekst}"
        )
    return {
        "eerdere_maatregelen": regels,
        "hoeveelste_waarschuwing": hoeveelste,
        "ordegesprek_tekst": gesprek,
        "ordegesprek_afspraken": afspraken,
        "ordegesprek_niet_gehouden": niet_gehouden,
        "overtreden_verbod_tekst": overtreden_tekst,
        "aanleiding_tekst": overtreden_tekst or leeg["aanleiding_tekst"],
    }


def _tot(maatregel: dict) -> str:
    """'voor onbepaalde tijd' of 'tot en met 1 oktober 2026' (met een eerder einde door vervangen of intrekken)."""
    return tot_en_met(laatste_dag(maatregel))


def _niet_nakomen(
    instellingen: Instellingen, profiel: Profiel, register: Register, incident: dict, verbod: dict, extra: Briefgegevens
) -> tuple[bool, str]:
    """De brief niet nakomen (bijlage 9), 3.1: aan de top van de ladder belooft hij geen zwaardere maatregel (het
    verbod blijft gelden, zoals het advies `handhaven` zegt); lopen er naast het overtreden verbod nog andere
    verboden, dan noemt hij die ook (soort, tot en met), zodat de persoon weet tot wanneer hij niet mag komen."""
    ov = zoek_overtreding(register, profiel, incident)
    handhaven = ov is not None and ov.verbod is verbod and ov.vervolg is None
    if ov is None:
        from agressie_cli.domein.overtreding import zwaarder

        handhaven = zwaarder(profiel, verbod) is None
    gebouw = str(instellingen.deel("brieven").get("gebouw", "het gemeentehuis"))
    andere = [
        m
        for m in lopend_bij_incident(register, profiel, incident)
        if m is not verbod
        and m.get("incident") != incident.get("incident")
        and loopt_tijdens(m, extra.datum, extra.datum)
    ]
    if not andere:
        return handhaven, ""
    andere.sort(key=lambda m: (laatste_dag(m) is None, laatste_dag(m) or date.min, str(m.get("maatregel") or "")))
    delen = [f"{_verbod_omschrijving(profiel, profiel.soorten[m['soort']], gebouw)}, {_tot(m)}" for m in andere]
    tekst = (
        f"Daarnaast geldt nog een ander verbod: {delen[0]}."
        if len(delen) == 1
        else f"Daarnaast gelden nog andere verboden: {'; '.join(delen)}."
    )
    einde = laatste_dag(verbod)
    langer = [
        m
        for m in andere
        if profiel.soorten[m["soort"]].toegang and einde is not None and (laatste_dag(m) or date.max) > einde
    ]
    if langer:
        tekst += f" U mag {gebouw} dus ook na {voluit(einde)} niet betreden."
    return handhaven, tekst


def _contact_naast_belverbod(
    profiel: Profiel, register: Register, incident: dict, ingang: date, einde: date | None, contactpersoon: str
) -> tuple[str, str] | None:
    """Een toegangsverbod terwijl een belverbod in (een deel van) de periode loopt (3.1): open blijft wat dat
    belverbod openlaat, schriftelijk contact en de contactpersoon; loopt het korter, dan daarna ook weer telefonisch.
    Geeft (contact_tijdens_verbod, contact_in_periode), of None als er geen belverbod loopt."""
    bel = [
        m
        for m in register.maatregelen_van(incident.get("persoon"))
        if m.get("incident") != incident.get("incident")
        and profiel.soorten.get(m.get("soort") or "")
        and profiel.soorten[m["soort"]].bellen
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


def _belwoord(profiel: Profiel) -> str:
    """'belbeperking' (Losser) of 'telefonisch contactverbod' (Geertruidenberg)."""
    return next(
        (s.label.lower() for s in profiel.soorten.values() if s.bellen and not s.toegang and s.label),
        "telefonisch contactverbod",
    )


def _verbod_omschrijving(profiel: Profiel, soort_def, gebouw: str) -> str:
    """'een toegangsverbod voor het gemeentehuis te Raamsdonksveer en een telefonisch contactverbod'."""
    belwoord = _belwoord(profiel)
    delen = []
    if soort_def.toegang:
        delen.append(f"een toegangsverbod voor {gebouw}")
    if soort_def.bellen:
        delen.append(f"een {belwoord}")
    return " en ".join(delen) or f"een {soort_def.label.lower()}"


def _verbod_periode(maatregel: dict) -> str:
    """', met ingang van 2 oktober 2026 tot en met 1 januari 2027' of ', met ingang van ... voor onbepaalde tijd'."""
    ingang = f", met ingang van {voluit(maatregel['ingang'])}" if maatregel.get("ingang") else ""
    duur = maatregel.get("duur")
    onbepaald = (duur is not None and duur.onbepaald) or maatregel.get("einde") is None
    tot = tot_en_met(maatregel.get("einde"), onbepaald)
    return f"{ingang} {tot}" if ingang or not onbepaald else f", {tot}"


def _ordegesprek(profiel: Profiel, maatregelen: list[dict], incident: dict, soort: str) -> tuple[str, list[str], bool]:
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
        return tekst, afspraken, bool(afspraken) and m["gesprek_datum"] <= incident["datum"]
    uitnodiging = [m for m in maatregelen if profiel.is_soort(m.get("soort"), "uitnodiging") and m.get("gesprek_datum")]
    if uitnodiging:
        m = uitnodiging[-1]
        return (
            f"Op {voluit(m['datum'])} hebben wij u uitgenodigd voor een ordegesprek op {voluit(m['gesprek_datum'])}.",
            [],
            False,
        )
    return "", [], False


def _verwijzing(contactpersoon: str) -> str:
    """Eén contactpersoon is 'hem', 'haar' of 'de contactpersoon', nooit 'hen' (3.1)."""
    tekst = contactpersoon.strip().lower()
    if re.match(r"(de heer|dhr\.?|meneer)\b", tekst):
        return "hem"
    if re.match(r"(mevrouw|mevr\.?|mw\.?)\s", tekst):
        return "haar"
    return "de contactpersoon"


def vast_nummer(tekst: str, iban: bool = False) -> str:
    """Telefoonnummers (en een rekeningnummer) breken nooit over twee regels: vaste spaties en een vast streepje in
    het nummer (3.1)."""
    if iban:
        return tekst.replace(" ", "\u00a0")
    return _TELEFOONNUMMER.sub(lambda m: m.group(0).replace(" ", "\u00a0").replace("-", "\u2011"), tekst)


def controleer_volledig(
    waarden: dict, gebruikt: set[str], incident: str, soort: str, profiel: Profiel | None = None
) -> None:
    """Elke waarde die het sjabloon gebruikt (of die de soort verplicht heeft) moet gevuld zijn."""
    nodig = (gebruikt | BASIS_VERPLICHT | verplicht_per_soort(soort, profiel)) & set(VARIABELEN)
    nodig -= {
        "aangifte",
        "uitkering",
        "uitkering_wet",
        "uitkering_tekst",
        "eerdere_waarschuwing",
        "eerdere_maatregelen",
        "hoeveelste_waarschuwing",
        "ordegesprek_tekst",
        "ordegesprek_afspraken",
        "ordegesprek_niet_gehouden",
        "overtreden_verbod_tekst",
        "aanleiding_tekst",
        "onbepaald",
        "afschrift",
        "afschrift_tekst",
        "bezwaarclausule",
        "per_email",
        "per_post",
        "bijlagen",
        "einde",
        "bedrag",
        "rekening",
        "schade_verhalen_tekst",
        "handhaven",
        "andere_verboden_tekst",
    }
    if waarden.get("ondertekend_door_burgemeester"):
        nodig.discard("namens")  # de burgemeester tekent zelf, niet namens het college
    leeg = sorted(v for v in nodig if waarden.get(v) in ("", None, []))
    if not leeg:
        return
    regels = []
    for v in leeg:
        hoe = AANVULLEN.get(
            v, "vul de instellingen in agressie.toml aan" if VARIABELEN[v].startswith("instellingen") else ""
        ).format(incident=incident)
        bron = VARIABELEN[v]
        if v == "ondertekenaar" and waarden.get("ondertekend_door_burgemeester"):
            bron = (
                "instellingen: [burgemeester] naam; de burgemeester tekent bij agressie tegen een politiek ambtsdrager"
            )
        regels.append(f"  {v} ({bron})" + (f": {hoe}" if hoe else ""))
    raise OntbrekendeWaarde(f"De brief {soort} kan niet gemaakt worden; deze gegevens ontbreken:\n" + "\n".join(regels))
