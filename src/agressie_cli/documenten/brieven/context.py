"""Wat in een brief komt, in de woorden van het sjabloon: de waarde `Briefinhoud` (domein/brief.py, waar beslist wordt
wat een brief zegt) omgezet in de variabelen die de sjablonen gebruiken. De namen van die variabelen zijn een contract:
de meegeleverde sjablonen en de eigen sjablonen van gebruikers rekenen erop (`agressie sjablonen controleer`).

Strikt: ontbreekt een waarde die het sjabloon nodig heeft, dan stopt het vóór er iets geschreven wordt,
met de naam van het veld en hoe het aan te vullen.
"""

from __future__ import annotations

from agressie_cli.domein.brief import (  # noqa: F401 (Briefgegevens en lees_overtreding: voor cli/besluiten.py)
    Briefgegevens,
    Briefinhoud,
    lees_overtreding,
)
from agressie_cli.domein.fouten import InvoerFout
from agressie_cli.domein.profiel import Profiel

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
    # Na de brief (3.4, domein/nabehandeling.py)
    "gehoord_tekst": "agressie reactie: wanneer de persoon gehoord is en dat de reactie is meegewogen",
    "reactie_uiterlijk": '--datum en profiel: reactie_dagen (horen = "achteraf": reageren tot en met)',
    # Motivering (3.4, domein/brief.py): de norm die het gedrag overtreedt en waarom deze duur
    "norm_tekst": "profiel: soorten.SOORT.norm en norm_bron; na een overtreding het verbod en de brief ervan",
    "duur_grond_tekst": "de cel van de interventiematrix of de trede van de ladder (profiel), anders --toelichting",
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


class OntbrekendeWaarde(InvoerFout):
    """Het sjabloon van de brief gebruikt waarden die leeg zijn; `leeg`: hun namen (het web zet de melding naast de
    velden van het formulier, 3.5)."""

    def __init__(self, melding: str, leeg: tuple[str, ...] = ()):
        super().__init__(melding)
        self.leeg = leeg


def context(inhoud: Briefinhoud) -> dict:
    """De variabelen van het sjabloon (VARIABELEN) uit wat de brief zegt. Hier wordt niets beslist."""
    rol, afzender, verzending = inhoud.rol, inhoud.afzender, inhoud.verzending
    periode, geschiedenis, contact = inhoud.periode, inhoud.voorgeschiedenis, inhoud.contact
    ondertekening, gesprek, overtreden, schade = inhoud.ondertekening, inhoud.gesprek, inhoud.overtreden, inhoud.schade
    return {
        "gemeente": afzender.gemeente,
        "tegenover": rol.tegenover,
        "getroffene": rol.getroffene,
        "getroffenen": rol.getroffenen,
        "gedrag_tegenover": rol.gedrag_tegenover,
        "afzender": afzender.postadres,
        "bezoekadres": afzender.bezoekadres,
        "telefoon_gemeente": afzender.telefoon,
        "email_gemeente": afzender.email,
        "adresblok": verzending.adresblok,
        "verzending": verzending.regel,
        "plaats_datum": afzender.plaats_datum,
        "datum_brief": afzender.datum_brief,
        "kenmerk": inhoud.kenmerk,
        "onderwerp": inhoud.onderwerp,
        "venster_tekst": inhoud.venster_tekst,
        "gedrag_tekst": inhoud.gedrag_tekst,
        "onbepaald": periode.onbepaald,
        "aanhef": inhoud.aanhef,
        "naam": inhoud.naam,
        "incident_datum": inhoud.incident_datum,
        "incident_tijd": inhoud.incident_tijd,
        "incident_moment": inhoud.incident_moment,
        "kanaal_tekst": inhoud.kanaal_tekst,
        "brieftekst": inhoud.brieftekst,
        "gebouw": afzender.gebouw,
        "contactpersoon": contact.contactpersoon,
        "contactpersoon_verwijzing": contact.verwijzing,
        "bezwaarclausule": inhoud.bezwaarclausule,
        "ingang": periode.ingang,
        "einde": periode.einde,
        "periode_tekst": periode.periode_tekst,
        "verbod_tot_tekst": periode.verbod_tot_tekst,
        "duur_tekst": periode.duur_tekst,
        "aangifte": inhoud.aangifte,
        "afschrift": list(inhoud.afschrift),
        "afschrift_tekst": inhoud.afschrift_tekst,
        "uitkering": bool(inhoud.uitkering),
        "uitkering_wet": inhoud.uitkering,
        "uitkering_tekst": inhoud.uitkering_tekst,
        "eerdere_waarschuwing": geschiedenis.eerdere_waarschuwing,
        "eerdere_maatregelen": list(geschiedenis.eerdere_maatregelen),
        "hoeveelste_waarschuwing": geschiedenis.hoeveelste_waarschuwing,
        "ordegesprek_tekst": geschiedenis.ordegesprek_tekst,
        "ordegesprek_afspraken": list(geschiedenis.ordegesprek_afspraken),
        "ordegesprek_niet_gehouden": geschiedenis.ordegesprek_niet_gehouden,
        "overtreden_verbod_tekst": geschiedenis.overtreden_verbod_tekst,
        "aanleiding_tekst": geschiedenis.aanleiding_tekst,
        "bijlagen": list(inhoud.bijlagen),
        "bijlagen_tekst": inhoud.bijlagen_tekst,
        "ondertekenaar": ondertekening.naam,
        "ondertekend_door_burgemeester": ondertekening.burgemeester,
        "functie": ondertekening.functie,
        "namens": ondertekening.namens,
        "gesprek_datum": gesprek.datum,
        "gesprek_tijd": gesprek.tijd,
        "locatie": gesprek.locatie,
        "aanwezigen": gesprek.aanwezigen,
        "afspraken": list(gesprek.afspraken),
        "overtreding_datum": overtreden.datum,
        "overtreding_moment": overtreden.moment,
        "overtreding_tijd": overtreden.tijd,
        "per_email": verzending.per_email,
        "per_post": verzending.per_post,
        "contact_tijdens_verbod": contact.tijdens_verbod,
        "contact_in_periode": contact.in_periode,
        "handhaven": overtreden.handhaven,
        "andere_verboden_tekst": overtreden.andere_verboden_tekst,
        "schadeposten": list(schade.schadeposten),
        "bedrag": schade.bedrag,
        "betaaltermijn": schade.betaaltermijn,
        "betaal_uiterlijk": schade.betaal_uiterlijk,
        "rekening": schade.rekening,
        "schade_contactpersoon": schade.contactpersoon,
        "schade_verhalen_tekst": schade.verhalen_tekst,
        "gehoord_tekst": inhoud.gehoord_tekst,  # 3.4 na de brief
        "reactie_uiterlijk": inhoud.reactie_uiterlijk,
        "norm_tekst": inhoud.motivering.norm_tekst,  # 3.4 motivering
        "duur_grond_tekst": inhoud.motivering.duur_tekst,
        **inhoud.eigen,  # wat een soort brief eigens zegt (domein/brief.py, EIGEN_INHOUD)
    }


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
        "gehoord_tekst",
        "reactie_uiterlijk",
        "norm_tekst",  # 3.4: een verbodsbrief zonder weigert al eerder (vereis_motivering), met wat ontbreekt
        "duur_grond_tekst",
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
    raise OntbrekendeWaarde(
        f"De brief {soort} kan niet gemaakt worden; deze gegevens ontbreken:\n" + "\n".join(regels), tuple(leeg)
    )
