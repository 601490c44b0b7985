"""Wat in het document "Informatie voor de aangifte" komt (2.6): de waarden voor het sjabloon aangifte.docx, uit het
register en de instellingen. Alleen wat het register heeft; wat ontbreekt heet "niet geregistreerd", nooit verzonnen.

De domicilie is het adres van de gemeente uit de instellingen ([bezoekadres], anders [postadres]), nooit het
huisadres van een medewerker (het register kent dat ook niet). Met --onder-nummer staat op elke plek waar een
medewerker genoemd wordt (ook in de omschrijving) het nummer in plaats van de naam."""

from __future__ import annotations

from datetime import date

from agressie_cli.domein import nederlands
from agressie_cli.domein.aangifte import Dossier, medewerkers, namen_van_medewerkers, onder_nummer, schuilnaam
from agressie_cli.domein.bewijs import MAP, bewijs_van
from agressie_cli.domein.brief import KANAAL_TEKST, afzender, tegenover
from agressie_cli.domein.brief import adres as gemeente_adres
from agressie_cli.domein.fouten import InvoerFout
from agressie_cli.domein.instellingen import Instellingen
from agressie_cli.domein.namen import weergave
from agressie_cli.domein.nederlands import kort, tijd_voluit, tot_en_met, voluit
from agressie_cli.domein.profiel import Profiel
from agressie_cli.domein.register import Register
from agressie_cli.domein.rijen import IncidentRij, MaatregelRij, PersoonRij, kolom
from agressie_cli.domein.schade import geclaimd, gevolg
from agressie_cli.domein.verzending import TEKST, kende_verbod

NIET_GEREGISTREERD = "niet geregistreerd"

# Alles wat de tool aan het sjabloon aangifte.docx geeft, met waar het vandaan komt (voor `sjablonen controleer`).
VARIABELEN = {
    "gemeente": "instellingen: gemeente",
    "tegenover": "incident: een medewerker, of een politiek ambtsdrager, van de gemeente",
    "kenmerk": "incidentnummer",
    "datum_document": "--datum",
    "plaats_datum": "instellingen: [brieven] plaats en --datum",
    "domicilie": "instellingen: [bezoekadres] (anders [postadres])",
    "postadres": "instellingen: [postadres]",
    "telefoon_gemeente": "instellingen: [contact] telefoon",
    "email_gemeente": "instellingen: [contact] email",
    "onder_nummer": "--onder-nummer",
    "persoon_naam": "naam van de persoon",
    "persoon_nummer": "persoonnummer",
    "persoon_geboortedatum": "geboortedatum van de persoon",
    "persoon_adres": "adres, postcode en woonplaats van de persoon",
    "persoon_telefoon": "telefoon van de persoon",
    "persoon_email": "e-mail van de persoon",
    "medewerkers": "betrokken medewerkers en melder (rol, naam)",
    "wanneer": "datum en tijd van het incident",
    "incident_datum": "datum van het incident",
    "waar": "kanaal (en het gebouw uit [brieven] gebouw)",
    "afdeling": "afdeling",
    "vorm": "vorm",
    "classificatie": "ernst of gedrag (profiel)",
    "wat": "omschrijving (anders de brieftekst)",
    "waarmee": "waarmee",
    "aanleiding": "aanleiding",
    "politie": "politie ingeschakeld",
    "letsel": "lichamelijk letsel",
    "psychisch": "psychische klachten",
    "materiele_schade": "materiële schade",
    "eerdere_incidenten": "eerdere incidenten van de persoon",
    "maatregelen": "maatregelen tegen de persoon",
    "verboden": "verboden die op de dag van het incident liepen",
    "lokaalvredebreuk": "het verbod dat het incident overtrad",
    "bewijs": "bewijs bij het incident (agressie bewijs): bestand in bewijs/INCIDENT/ en SHA-256",
}
# Zonder deze waarden is het geen informatie voor de aangifte (`sjablonen controleer` meldt ze als ze ontbreken).
VERPLICHT = {"kenmerk", "domicilie", "persoon_naam", "wanneer", "medewerkers"}
# Velden met regeleinden (de omschrijving in het register).
MEERREGELIG = ("wat", "aanleiding")


def _of_niet(waarde: object) -> str:
    tekst = str(waarde).strip() if waarde is not None else ""
    return tekst or NIET_GEREGISTREERD


def _janee(waarde: object) -> str:
    if waarde is None:
        return NIET_GEREGISTREERD
    return "ja" if waarde else "nee"


def _gevolg(waarde: object) -> str:
    """Letsel, psychische klachten, materiële schade: wat het register zegt, met dezelfde regel als de
    aansprakelijkstelling (domein/schade.py, gevolg); 'nee' of 'n.v.t.' is "geen", een lege cel "niet geregistreerd"."""
    g = gevolg(waarde)
    if not g.tekst:
        return NIET_GEREGISTREERD
    return "geen" if g.geen else g.tekst


def domicilie(instellingen: Instellingen) -> str:
    """Het adres van de gemeente als werkgever: het bezoekadres, anders het postadres. Nooit een huisadres."""
    for deel in ("bezoekadres", "postadres"):
        regel = gemeente_adres(instellingen.deel(deel))
        if instellingen.deel(deel).get("straat") and regel:
            return f"Gemeente {instellingen.gemeente}, {regel}"
    raise InvoerFout(
        "Het document voor de aangifte noemt het adres van de gemeente als domicilie (nooit het huisadres van een "
        "medewerker), maar agressie.toml heeft geen [bezoekadres] of [postadres] met straat, postcode en plaats. "
        "Vul dat aan. Er is niets vastgelegd."
    )


def _periode(m: MaatregelRij) -> str:
    duur = m.get("duur")
    if duur is not None and duur.onbepaald:
        return f"vanaf {kort(m.get('ingang'))}, {nederlands.VOOR_ONBEPAALDE_TIJD}"
    if einde := m.get("einde"):
        return f"{kort(m.get('ingang'))} {tot_en_met(einde, datum=kort)}"
    return ""


def context(
    instellingen: Instellingen,
    profiel: Profiel,
    register: Register,
    incident: IncidentRij,
    dossier: Dossier,
    datum: date,
    nummer: str | None,
) -> dict:
    persoon = register.persoon_van(incident) or PersoonRij()
    gemeente = afzender(instellingen, datum)  # plaats, datum en gebouw zoals in een brief (domein/brief.py)
    naam = weergave(str(persoon.get("naam") or incident.get("naam") or "")) or NIET_GEREGISTREERD
    adres = ", ".join(
        d
        for d in (persoon.get("adres"), " ".join(filter(None, (persoon.get("postcode"), persoon.get("woonplaats")))))
        if d
    )
    kanaal = incident.get("kanaal")
    waar = KANAAL_TEKST.get(kanaal or "", "") or NIET_GEREGISTREERD
    if kanaal in profiel.kanalen_in_gebouw:
        waar += f", in {gemeente.gebouw}"
        if instellingen.deel("bezoekadres").get("straat"):
            waar += f" ({gemeente_adres(instellingen.deel('bezoekadres'))})"
    elif kanaal not in profiel.kanalen_telefonisch and kanaal not in (None, "schriftelijk"):
        waar += " (de plaats zelf is niet geregistreerd)"
    waarde = kolom(incident, profiel.classificatie)
    klasse = None if waarde is None else str(waarde)
    tijd = incident.get("tijd")
    wat = incident.get("omschrijving") or incident.get("brieftekst")
    onder = (nummer or "").strip()
    namen = namen_van_medewerkers(incident) if onder else []

    def tekst(waarde: str) -> str:
        return onder_nummer(waarde, namen, onder, naam) if onder else waarde

    soorten = profiel.soorten
    ov = dossier.overtreding
    lokaalvredebreuk = ""
    if ov is not None and ov.in_gebouw:
        verbod = ov.verbod
        lokaalvredebreuk = (
            f"Dit incident was {KANAAL_TEKST.get(kanaal or '', '')} in {gemeente.gebouw} "
            f"terwijl het verbod {verbod.get('maatregel')} ({soorten[verbod['soort'] or ''].label}) liep: "
            + _kende_het_verbod(verbod, incident.get("datum") or date.min)  # een overtreding heeft een datum
        )
    elif ov is not None:
        lokaalvredebreuk = (
            f"De persoon belde tijdens het lopende verbod {ov.verbod.get('maatregel')} "
            f"({soorten[ov.verbod['soort'] or ''].label}): een overtreding van dat verbod, geen lokaalvredebreuk."
        )
    return {
        "gemeente": instellingen.gemeente,
        "tegenover": tegenover(instellingen, incident),
        "kenmerk": incident["incident"],
        "datum_document": gemeente.datum_brief,
        "plaats_datum": gemeente.plaats_datum,
        "domicilie": domicilie(instellingen),
        "postadres": _of_niet(gemeente_adres(instellingen.deel("postadres"))),
        "telefoon_gemeente": _of_niet(instellingen.deel("contact").get("telefoon")),
        "email_gemeente": _of_niet(instellingen.deel("contact").get("email")),
        "onder_nummer": onder,
        "persoon_naam": naam,
        "persoon_nummer": _of_niet(persoon.get("persoon") or incident.get("persoon")),
        "persoon_geboortedatum": voluit(persoon["geboortedatum"])
        if persoon.get("geboortedatum")
        else NIET_GEREGISTREERD,
        "persoon_adres": adres or NIET_GEREGISTREERD,
        "persoon_telefoon": _of_niet(persoon.get("telefoon")),
        "persoon_email": _of_niet(persoon.get("email")),
        "medewerkers": [
            {"rol": rol, "naam": _schuil(namen, naam, onder) if onder else naam} for rol, naam in medewerkers(incident)
        ],
        "wanneer": voluit(incident.get("datum"))
        + (f", omstreeks {tijd_voluit(tijd)}" if tijd else " (tijd niet geregistreerd)"),
        "incident_datum": voluit(incident.get("datum")),
        "waar": waar,
        "afdeling": tekst(_of_niet(incident.get("afdeling"))),
        "vorm": ", ".join(v.replace("-", " ") for v in incident.get("vorm") or []) or NIET_GEREGISTREERD,
        "classificatie": f"{profiel.klassen.get(klasse, klasse)} ({klasse})" if klasse else NIET_GEREGISTREERD,
        "wat": tekst(_of_niet(wat)),
        "waarmee": tekst(_of_niet(incident.get("waarmee"))),
        "aanleiding": tekst(_of_niet(incident.get("aanleiding"))),
        "politie": _janee(incident.get("politie")),
        "letsel": tekst(_gevolg(incident.get("letsel"))),
        "psychisch": tekst(_gevolg(incident.get("psychisch"))),
        "materiele_schade": tekst(_gevolg(incident.get("materiele_schade"))),
        "eerdere_incidenten": [
            {
                "incident": i.get("incident"),
                "datum": kort(i.get("datum")) + (f" {nederlands.tijd(i['tijd'])}" if i.get("tijd") else ""),
                "kanaal": i.get("kanaal") or "",
                "klasse": i.get(profiel.classificatie) or "",
                "vorm": ", ".join(i.get("vorm") or []),
            }
            for i in dossier.incidenten
        ],
        "maatregelen": [
            {
                "maatregel": m.get("maatregel"),
                "datum": kort(m.get("datum")),
                "incident": m.get("incident") or "",
                "label": str(
                    soorten[m["soort"] or ""].label if m.get("soort") in soorten else m.get("label") or m.get("soort")
                )
                + (f" ({_periode(m)})" if _periode(m) else "")
                + (f"; schadebedrag {geclaimd(m)}" if geclaimd(m) else "")  # aansprakelijkstelling (Geertruidenberg 8)
                + (f"; ingetrokken per {kort(m['ingetrokken'])}" if m.get("status") == "ingetrokken" else ""),
                "brief": _brief_en_verzending(m) if m.get("bestand") else "",
            }
            for m in dossier.maatregelen
        ],
        "verboden": [
            {
                "maatregel": m.get("maatregel"),
                "label": soorten[m["soort"] or ""].label,
                "ingang": voluit(m.get("ingang")),
                "einde": nederlands.ONBEPAALDE_TIJD
                if (duur := m.get("duur")) is not None and duur.onbepaald
                else tot_en_met(m.get("einde"), False),
                "brief": _brief_en_verzending(m) if m.get("bestand") else NIET_GEREGISTREERD,
                "incident": m.get("incident") or "",
            }
            for m in dossier.verboden
        ],
        "lokaalvredebreuk": lokaalvredebreuk,
        # 3.4: het bewijs bij dit incident (agressie bewijs), met de SHA-256 waarmee de politie kan nagaan dat het
        # bestand niet veranderd is sinds het bewaard werd.
        "bewijs": [
            {"bestand": f"{MAP}/{incident['incident']}/{b.naam}", "sha256": b.sha256} for b in bewijs_van(incident)
        ],
    }


def _schuil(namen: list[str], naam: str, nummer: str) -> str:
    vervanging = schuilnaam(namen.index(naam), nummer) if naam in namen else nummer
    return f"onder nummer {vervanging}" if vervanging == nummer else vervanging


WIJZE = {
    "post": "per post verzonden",
    "aangetekend": "aangetekend verzonden",
    "aangetekend-en-post": "aangetekend en per gewone post verzonden",
    "email": "per e-mail verzonden",
}


def _kende_het_verbod(verbod: MaatregelRij, datum: date) -> str:
    """Wat het register zegt over hoe de persoon het verbod kreeg, en alleen als dat laat zien dat hij het kende
    (overhandigd of aangetekend, vóór of op de dag van het incident) de conclusie lokaalvredebreuk (3.1). Gewone post
    of e-mail: de feiten, dat de brief verzonden is, en wat er voor de aangifte nog nodig is."""
    verzonden = verbod.get("verzonden")
    if kende_verbod(verbod, datum):
        bewijs = (
            " Voeg het bewijs van de aangetekende verzending (verzendbewijs, en de handtekening bij ontvangst als die "
            "er is) toe aan de aangifte."
            if verbod.get("wijze") != "overhandigd"
            else ""
        )
        return f"de brief met het verbod is {_verzending(verbod)}. Dat is lokaalvredebreuk.{bewijs}"
    if verzonden is not None and verzonden <= datum:
        hoe = TEKST.get(str(verbod.get("wijze") or ""), "")
        return (
            f"de brief met het verbod is {_verzending(verbod)}"
            + (
                f". Uit een verzending {hoe} blijkt niet dat de persoon de brief ontving"
                if hoe
                else " (hoe is niet vastgelegd). Daaruit blijkt niet dat de persoon de brief ontving"
            )
            + ": voor lokaalvredebreuk moet vaststaan dat de persoon het verbod kende. Voeg het bewijs daarvan toe "
            "aan de aangifte (bijvoorbeeld een aangetekende verzending of een overhandiging)."
        )
    return (
        "dat is lokaalvredebreuk, als de persoon het verbod kende. In het register staat niet dat de brief met het "
        "verbod vóór het incident verzonden of overhandigd is"
        + (f" (hij is {_verzending(verbod)})" if verzonden else "")
        + ": voeg het bewijs dat de persoon het verbod kende toe aan de aangifte."
    )


def _verzending(m: MaatregelRij) -> str:
    """'aangetekend verzonden op 2 september 2026': voor de politie het bewijs dat de persoon het verbod kende."""
    wijze = m.get("wijze")
    gedaan = "overhandigd" if wijze == "overhandigd" else WIJZE.get(str(wijze or ""), "verzonden")
    return f"{gedaan} op {voluit(m['verzonden'])}"


def _brief_en_verzending(m: MaatregelRij) -> str:
    return f"{m['bestand']}; " + (_verzending(m) if m.get("verzonden") else "verzending niet vastgelegd")
