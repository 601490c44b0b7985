"""Inzage (3.4; AVG art. 15): wat het register over een persoon weet, als brief aan die persoon. Persoonsgegevens,
elk incident (datum, kanaal en het gedrag zoals het aan de persoon geschreven is: de brieftekst, nooit de interne
omschrijving), elke maatregel met grond en periode, wie een afschrift kreeg, tot wanneer het bewaard wordt, en de
rechten op rectificatie, wissen en een klacht bij de Autoriteit Persoonsgegevens. Namen van medewerkers worden hun
rol (art. 15 lid 4: de rechten van anderen), zoals `aangifte --onder-nummer` dat doet.

Het verzoek en de verstrekking staan bij de persoon (kolom Inzage, een regel "JJJJ-MM-DD verzoek" of
"JJJJ-MM-DD verstrekt"); een open verzoek staat op agressie termijnen tot een maand na ontvangst (art. 12 lid 3).

Dezelfde bouwstenen geven het korte uittreksel van één incident ("wat, waar, wanneer")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from agressie_cli.domein.datums import lees_datum, plus_maanden
from agressie_cli.domein.fouten import InvoerFout
from agressie_cli.domein.instellingen import Instellingen
from agressie_cli.domein.namen import rollen, vervang_collegas
from agressie_cli.domein.nederlands import kort, periode, tijd_voluit, voluit
from agressie_cli.domein.profiel import Profiel
from agressie_cli.domein.register import Register
from agressie_cli.domein.rijen import IncidentRij, PersoonRij
from agressie_cli.domein.velden import PERSOON

TERMIJN_MAANDEN = 1  # AVG art. 12 lid 3: "onverwijld en in ieder geval binnen een maand na ontvangst van het verzoek"
KANAAL = {
    "balie": "aan de balie",
    "spreekkamer": "in een spreekkamer",
    "telefoon": "telefonisch",
    "schriftelijk": "schriftelijk (e-mail of brief)",
    "huisbezoek": "tijdens een huisbezoek",
    "bedrijfscontrole": "tijdens een bedrijfscontrole",
    "elders": "elders",
}
# Wat de persoon over zichzelf leest; niet: interne nummers en stappen (samengevoegd, niet dezelfde als).
_NIET_TONEN = {"persoon", "niet_dezelfde", "geanonimiseerd", "samengevoegd_in", "inzage", "inzagebrief"}
RECHTEN = (
    "U heeft het recht om onjuiste gegevens te laten verbeteren of aanvullen (rectificatie, artikel 16 AVG).",
    "U heeft het recht om te vragen uw gegevens te wissen (artikel 17 AVG). Gegevens die wij nodig hebben zolang een "
    "maatregel loopt of voor een aangifte, wissen wij pas daarna.",
    "Bent u het niet eens met hoe wij met uw gegevens omgaan, dan kunt u een klacht indienen bij de Autoriteit "
    "Persoonsgegevens (artikel 77 AVG), www.autoriteitpersoonsgegevens.nl.",
)


@dataclass(frozen=True)
class Incidentregel:
    incident: str
    datum: str  # '2 november 2026 om 10.30 uur'
    waar: str  # 'aan de balie'
    gedrag: str  # de brieftekst, namen van medewerkers vervangen door hun rol


@dataclass(frozen=True)
class Maatregelregel:
    maatregel: str
    soort: str  # het label uit het profiel
    datum: str
    periode: str  # 'van ... tot en met ...', '' als de maatregel geen periode heeft
    grond: str  # het incident en (als die er is) de vastgelegde toelichting, namen vervangen door hun rol
    stand: str  # 'geldig', 'vervangen', 'ingetrokken op ...', 'opgeheven per ...'
    afschrift: str  # 'politie en receptie' of ''


@dataclass(frozen=True)
class Inzagedossier:
    persoon: str
    naam: str
    gegevens: tuple[tuple[str, str], ...]  # (kop, waarde) van de persoonsgegevens die het register heeft
    incidenten: tuple[Incidentregel, ...]
    maatregelen: tuple[Maatregelregel, ...]
    bewaren_tot: date | None
    verbod_loopt: bool  # zolang er een verbod loopt, wordt niets gewist
    rechten: tuple[str, ...] = RECHTEN


def _zonder_namen(tekst: object, namen: dict[str, str]) -> str:
    return vervang_collegas(str(tekst or "").strip(), namen) if tekst else ""


def incidentregel(incident: IncidentRij, namen: dict[str, str]) -> Incidentregel:
    datum = voluit(incident.get("datum")) + (f" om {tijd_voluit(incident['tijd'])}" if incident.get("tijd") else "")
    gedrag = _zonder_namen(incident.get("brieftekst"), namen) or "(niet beschreven in een brief aan u)"
    kanaal = str(incident.get("kanaal") or "")
    return Incidentregel(str(incident.get("incident")), datum, KANAAL.get(kanaal, kanaal), gedrag)


def dossier(
    register: Register, profiel: Profiel, persoon: PersoonRij, peildatum: date, bewaartermijn_jaren: int
) -> Inzagedossier:
    from agressie_cli.domein.opschonen import bewaren_tot
    from agressie_cli.domein.verboden import van_persoon

    nummer = str(persoon.get("persoon"))
    if persoon.get("geanonimiseerd"):
        raise InvoerFout(f"Persoon {nummer} is geanonimiseerd: het register heeft geen persoonsgegevens meer.")
    incidenten = sorted(register.incidenten_van(nummer), key=lambda i: (i.get("datum") or date.min, str(i["incident"])))
    maatregelen = sorted(
        (m for m in register.maatregelen_van(nummer) if m.get("status") != "vervangen" or m.get("vervangen_per")),
        key=lambda m: (m.get("datum") or date.min, str(m.get("maatregel"))),
    )
    namen: dict[str, str] = {}
    for i in incidenten:
        namen.update({n: r for n, r in rollen(i, maatregelen).items() if n not in namen})
    gegevens = []
    for veld in PERSOON:
        waarde = persoon.get(veld.sleutel)
        if veld.sleutel in _NIET_TONEN or waarde in (None, "", []):
            continue
        if isinstance(waarde, date):
            waarde = voluit(waarde)
        elif isinstance(waarde, list):
            waarde = ", ".join(str(w) for w in waarde)
        gegevens.append((veld.kop, str(waarde)))
    regels = []
    soorten = profiel.soorten
    for m in maatregelen:
        soort = soorten.get(str(m.get("soort") or ""))
        duur = m.get("duur")
        onbepaald = duur is not None and duur.onbepaald
        inc = register.index.incidenten.get(str(m.get("incident") or ""), {})
        grond = f"incident {m.get('incident')} van {voluit(inc.get('datum'))}" if inc else str(m.get("incident") or "")
        toelichting = _zonder_namen(m.get("toelichting"), namen)
        if toelichting:
            grond += f"; toelichting: {toelichting}"
        if m.get("status") == "ingetrokken":
            stand = f"ingetrokken op {voluit(m.get('ingetrokken'))}"
        elif m.get("opgeheven"):
            stand = f"opgeheven: gold tot en met {voluit(m['opgeheven'])}"
        elif m.get("vervangen_per"):
            stand = f"vervangen door een ander verbod per {voluit(m['vervangen_per'])}"
        else:
            stand = "geldig"
        regels.append(
            Maatregelregel(
                maatregel=str(m.get("maatregel")),
                soort=soort.label if soort else str(m.get("label") or m.get("soort")),
                datum=voluit(m.get("datum")),
                periode=periode(m.get("ingang"), m.get("einde"), onbepaald) if soort and soort.periode else "",
                grond=grond,
                stand=stand,
                afschrift=" en ".join(soort.afschrift) if soort and soort.afschrift and m.get("bestand") else "",
            )
        )
    return Inzagedossier(
        persoon=nummer,
        naam=str(persoon.get("naam") or ""),
        gegevens=tuple(gegevens),
        incidenten=tuple(incidentregel(i, namen) for i in incidenten if i.get("status") != "vervallen"),
        maatregelen=tuple(regels),
        bewaren_tot=bewaren_tot(profiel, incidenten, bewaartermijn_jaren),
        verbod_loopt=bool(van_persoon(register, profiel, nummer, peildatum)),
    )


# --- de brief (3.4): de variabelen van het sjabloon inzage.docx ----------------------------------------------------

ONDERWERP = "Uw gegevens in het register agressie en geweld (inzage, artikel 15 AVG)"
# Alles wat de tool aan het sjabloon inzage.docx geeft (voor meldingen en `agressie sjablonen controleer`). Een rij van
# een tabel: `r.kop`, `r.waarde` (gegevens), `r.incident`, `r.datum`, `r.waar`, `r.gedrag` (incidenten) en
# `r.maatregel`, `r.soort_datum`, `r.periode`, `r.grond`, `r.stand`, `r.afschrift` (maatregelen).
INZAGE_VARIABELEN = {
    "gemeente": "instellingen: gemeente",
    "afzender": "instellingen: [postadres]",
    "bezoekadres": "instellingen: [bezoekadres]",
    "telefoon_gemeente": "instellingen: [contact] telefoon",
    "email_gemeente": "instellingen: [contact] email",
    "per_post": "er is een postadres (de retourregel)",
    "verzending": "hoe de brief gaat (leeg: gewone post)",
    "adresblok": "naam en adres van de persoon",
    "plaats_datum": "instellingen: [brieven] plaats en --datum",
    "datum_brief": "--datum",
    "kenmerk": "het nummer van de persoon (P0001)",
    "onderwerp": "het onderwerp van de brief",
    "bijlagen_tekst": "geen bijlagen",
    "aanhef": "naam van de persoon",
    "naam": "naam van de persoon",
    "ontvangen": "--verzoek: de datum van het verzoek (leeg zonder verzoek)",
    "gegevens": "de persoonsgegevens die het register heeft (kop, waarde)",
    "incidenten": "de incidenten (incident, datum, waar, gedrag)",
    "maatregelen": "de maatregelen (maatregel, soort_datum, periode, grond, stand, afschrift)",
    "bewaren_tot_tekst": "'tot 2 november 2031': de bewaartermijn",
    "verbod_loopt": "er loopt nu een maatregel",
    "rechten": "de rechten van de persoon (AVG)",
    "ondertekenaar": "instellingen: [ondertekening] naam",
    "functie": "instellingen: [ondertekening] functie",
    "namens": "instellingen: [ondertekening] namens",
}
# Wat het sjabloon moet gebruiken: zonder deze waarden is het geen volledig dossier (art. 15) meer.
INZAGE_VERPLICHT = {
    "adresblok",
    "kenmerk",
    "aanhef",
    "gegevens",
    "incidenten",
    "maatregelen",
    "bewaren_tot_tekst",
    "rechten",
}


def briefwaarden(
    instellingen: Instellingen, dossier: Inzagedossier, persoon: PersoonRij, datum: date, ontvangen: date | None
) -> dict:
    """De variabelen van het sjabloon inzage.docx (INZAGE_VARIABELEN): wat de brief zegt, hier beslist; het sjabloon
    zet het alleen op zijn plaats."""
    from agressie_cli.domein.brief import afzender
    from agressie_cli.domein.namen import aanhef

    van = afzender(instellingen, datum)
    adres = [str(persoon.get(v) or "").strip() for v in ("adres", "postcode", "woonplaats")]
    regels = [dossier.naam]
    if adres[0]:
        # zoals elke brief (domein/verzending.py): postcode, twee spaties, woonplaats in hoofdletters (PostNL)
        regels += [adres[0], "  ".join(a for a in (adres[1], adres[2].upper()) if a)]
    ondertekening = instellingen.deel("ondertekening")
    tot = f"tot {voluit(dossier.bewaren_tot)}" if dossier.bewaren_tot else "tot de bewaartermijn is verstreken"
    return {
        "gemeente": van.gemeente,
        "afzender": van.postadres,
        "bezoekadres": van.bezoekadres,
        "telefoon_gemeente": van.telefoon,
        "email_gemeente": van.email,
        "per_post": bool(van.postadres),
        "verzending": "",
        "adresblok": "\n".join(r for r in regels if r),
        "plaats_datum": van.plaats_datum,
        "datum_brief": van.datum_brief,
        "kenmerk": dossier.persoon,
        "onderwerp": ONDERWERP,
        "bijlagen_tekst": "geen",
        "aanhef": aanhef(dossier.naam, persoon.get("aanhef"), persoon.get("achternaam")),
        "naam": dossier.naam,
        "ontvangen": voluit(ontvangen) if ontvangen else "",
        "gegevens": [{"kop": k, "waarde": w} for k, w in dossier.gegevens],
        "incidenten": [
            {"incident": i.incident, "datum": i.datum, "waar": i.waar, "gedrag": i.gedrag} for i in dossier.incidenten
        ],
        "maatregelen": [
            {
                "maatregel": m.maatregel,
                "soort_datum": f"{m.soort}, {m.datum}",
                "periode": m.periode or "-",
                "grond": m.grond,
                "stand": m.stand,
                "afschrift": m.afschrift or "niemand",
            }
            for m in dossier.maatregelen
        ],
        "bewaren_tot_tekst": tot,
        "verbod_loopt": dossier.verbod_loopt,
        "rechten": list(dossier.rechten),
        "ondertekenaar": str(ondertekening.get("naam") or ""),
        "functie": str(ondertekening.get("functie") or ""),
        "namens": str(ondertekening.get("namens") or ""),
    }


# --- het verzoek ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Verzoek:
    ontvangen: date
    verstrekt: date | None

    @property
    def uiterlijk(self) -> date:
        return plus_maanden(self.ontvangen, TERMIJN_MAANDEN)


def verzoeken(persoon: PersoonRij) -> list[Verzoek]:
    """De verzoeken om inzage, oudste eerst, elk met de verstrekking die erop volgde."""
    gebeurd: list[tuple[date, str]] = []
    for regel in persoon.get("inzage") or []:
        delen = str(regel).split()
        if len(delen) != 2 or delen[1] not in ("verzoek", "verstrekt"):
            continue
        try:
            d = lees_datum(delen[0], "«inzage»", relatief=False)
        except InvoerFout:
            continue
        if d is not None:
            gebeurd.append((d, delen[1]))
    uitkomst: list[Verzoek] = []
    for d, wat in sorted(gebeurd, key=lambda g: (g[0], g[1] == "verstrekt")):
        if wat == "verzoek":
            uitkomst.append(Verzoek(d, None))
        else:  # verstrekt: beantwoordt de open verzoeken tot dan
            uitkomst = [Verzoek(v.ontvangen, d) if v.verstrekt is None else v for v in uitkomst]
    return uitkomst


def leg_verzoek_vast(register: Register, persoon: PersoonRij, ontvangen: date) -> Verzoek:
    nummer = str(persoon.get("persoon"))
    if any(v.ontvangen == ontvangen for v in verzoeken(persoon)):
        raise InvoerFout(f"«datum»: het verzoek om inzage van {kort(ontvangen)} staat al bij {nummer}.")
    persoon["inzage"] = [*(persoon.get("inzage") or []), f"{ontvangen.isoformat()} verzoek"]
    register.log("inzage verzoek", nummer)
    return Verzoek(ontvangen, None)


def leg_verstrekking_vast(register: Register, persoon: PersoonRij, datum: date, bestand: str) -> None:
    nummer = str(persoon.get("persoon"))
    persoon["inzage"] = [*(persoon.get("inzage") or []), f"{datum.isoformat()} verstrekt"]
    persoon["inzagebrief"] = [*(b for b in persoon.get("inzagebrief") or [] if b != bestand), bestand]
    register.log("inzage", nummer)


def open_verzoeken(register: Register, peildatum: date) -> list[tuple[str, Verzoek]]:
    return [
        (str(p.get("persoon")), v)
        for p in register.personen
        if p.get("inzage") and not p.get("geanonimiseerd")
        for v in verzoeken(p)
        if v.verstrekt is None and v.ontvangen <= peildatum
    ]


# --- het uittreksel bij een verbodsbrief ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Uittreksel:
    """'Wat, waar, wanneer' van één incident, voor de bijlage bij een verbodsbrief (de ombudsman: de persoon hoort
    concreet te weten wat er gemeld is)."""

    incident: str
    wanneer: str
    waar: str
    wat: str


def uittreksel(register: Register, incident: IncidentRij) -> Uittreksel:
    maatregelen = register.maatregelen_van_incident(str(incident.get("incident")))
    regel = incidentregel(incident, rollen(incident, maatregelen))
    return Uittreksel(regel.incident, regel.datum, regel.waar, regel.gedrag)
