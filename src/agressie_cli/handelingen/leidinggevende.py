"""Leidinggevende / AOV-er op het web (3.5): de incidenten van de afdelingen op zijn account (geen: alle), één incident
met het advies en de uitleg, en de brief, de maatregel en de nazorg daarvan. Wat mag en wat het protocol voorschrijft,
beslissen de handelingen van opvragen, besluiten en nazorg; hier komt alleen bij welke incidenten dit account mag."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from agressie_cli.domein.fouten import AgressieFout, InvoerFout
from agressie_cli.domein.rijen import IncidentRij, MaatregelRij, kolom
from agressie_cli.handelingen.werkplek import Werkplek

if TYPE_CHECKING:
    from agressie_cli.domein.advies import Advies
    from agressie_cli.domein.profiel import Profiel, Soort
    from agressie_cli.domein.register import Register
    from agressie_cli.handelingen.nazorg import Nazorg


class NietVanUwAfdeling(InvoerFout):
    """Het incident hoort niet bij een afdeling op het account (of bestaat niet): de voorkant zegt niet welke van
    beide, zodat niemand zo nummers van een andere afdeling kan aftasten."""

    def __init__(self, nummer: str):
        super().__init__(f"Incident {nummer} staat niet in de incidenten van uw afdelingen.")


@dataclass(frozen=True)
class Incidentregel:
    incident: str
    datum: date | None
    persoon: str | None
    naam: str | None
    afdeling: str | None
    klasse: str | None  # de ernst (Geertruidenberg) of het gedrag (Losser)
    klasse_label: str  # zoals het profiel de klasse noemt
    status: str


@dataclass(frozen=True)
class Maatregelregel:
    maatregel: str
    soort: str
    label: str
    datum: date | None
    einde: date | None
    status: str
    brief: bool  # er is een brief (DOCX) om te downloaden
    pdf: bool  # en een PDF ernaast


@dataclass(frozen=True)
class Incidentbeeld:
    """Wat een leidinggevende nodig heeft om te besluiten: het incident, het advies met uitleg, de maatregelen die er
    al zijn, de nazorg en de soorten maatregel van het profiel."""

    regel: Incidentregel
    velden: tuple[tuple[str, str], ...]  # (kop, waarde) van wat over het incident is vastgelegd
    advies: Advies | None  # None: het advies is nog niet te geven, `advies_fout` zegt waarom
    advies_fout: str
    maatregelen: tuple[Maatregelregel, ...]
    nazorg: Nazorg
    soorten: tuple[tuple[str, str, bool], ...]  # (sleutel, label, met brief)
    brieftekst: str | None
    # 3.5: de velden van de brief en van de maatregel naast soort, duur, toelichting en brieftekst, elk met de soorten
    # waar het bij hoort (uit de vlaggen van het profiel).
    briefvelden: tuple[Besluitveld, ...] = ()
    maatregelvelden: tuple[Besluitveld, ...] = ()


@dataclass(frozen=True)
class Besluitveld:
    """Een veld van `besluiten.brief` of `besluiten.maatregel` dat niet bij elke soort hoort. `sleutel` is de naam
    van de parameter van de handeling; `merktekens` zijn de «veld»-merktekens waarmee de handeling het noemt (het web
    zet een fout daarmee naast het veld)."""

    sleutel: str
    label: str
    type: str  # datum, tijd, moment, tekst, lijst (één per regel), janee, bedrag
    uitleg: str
    soorten: tuple[str, ...]  # de soorten (sleutels van het profiel) waarbij het veld hoort
    merktekens: tuple[str, ...]


def besluitvelden(profiel: Profiel, brief: bool) -> tuple[Besluitveld, ...]:
    """De velden van de brief (`brief`) of van de maatregel zonder brief, elk bij de soorten waarvan de vlaggen in het
    profiel erom vragen: het ordegesprek (`gesprek`, de afspraken bij `bevestiging`), het bedrag (`bedrag`), de
    overtreding (`vereist_actief_verbod`), de ingang (`periode`); de contactpersoon en het overhandigen bij elke
    brief, de datum bij elke soort. Een label komt van de kolom in het register (domein/velden.py)
    waar die er is."""
    from agressie_cli.domein.velden import MAATREGEL

    kop = {v.sleutel: v.kop for v in MAATREGEL}
    soorten = [s for s in profiel.soorten.values() if s.brief or not brief]

    def bij(voorwaarde: Callable[[Soort], bool]) -> tuple[str, ...]:
        return tuple(s.sleutel for s in soorten if voorwaarde(s))

    alle = bij(lambda s: True)
    velden = [
        Besluitveld("datum", kop["datum"], "datum", "Leeg: vandaag.", alle, ("datum",)),
        Besluitveld(
            "ingang",
            kop["ingang"],
            "datum",
            "De eerste dag van het verbod. Leeg: de dag van het besluit.",
            bij(lambda s: s.periode),
            ("ingang",),
        ),
    ]
    if brief:
        gesprek = bij(lambda s: s.gesprek)
        velden += [
            Besluitveld(
                "gesprek_datum",
                kop["gesprek_datum"],
                "datum",
                "De dag van het ordegesprek.",
                gesprek,
                ("gesprek_datum",),
            ),
            Besluitveld("gesprek_tijd", kop["gesprek_tijd"], "tijd", "Bijvoorbeeld 14:00.", gesprek, ("gesprek_tijd",)),
            Besluitveld(
                "locatie",
                kop["locatie"],
                "tekst",
                "Bijvoorbeeld: het gemeentehuis, spreekkamer 2.",
                gesprek,
                ("locatie",),
            ),
            Besluitveld(
                "aanwezigen",
                kop["aanwezigen"],
                "lijst",
                "Wie er namens de gemeente bij zijn, één per regel, bijvoorbeeld: K. Smits, clustermanager.",
                gesprek,
                ("aanwezige", "aanwezigen"),
            ),
            Besluitveld(
                "afspraken",
                kop["afspraken"],
                "lijst",
                "De gemaakte afspraken, één per regel.",
                bij(lambda s: s.bevestiging),
                ("afspraak", "afspraken"),
            ),
            Besluitveld(
                "overtreding",
                kop["overtreding"],
                "moment",
                "Wanneer de persoon het verbod overtrad, bijvoorbeeld 20-11-2026 14:05. Leeg: het moment van het "
                "incident.",
                bij(lambda s: bool(s.gegevens.get("vereist_actief_verbod"))),
                ("overtreding",),
            ),
            Besluitveld(
                "bedrag",
                kop["bedrag"],
                "bedrag",
                "Het bedrag van de schade, bijvoorbeeld 1.250,00. Leeg: de brief zegt dat het bedrag volgt.",
                bij(lambda s: s.bedrag),
                ("bedrag",),
            ),
            Besluitveld(
                "contactpersoon",
                "Contactpersoon",
                "tekst",
                "Bij wie de persoon terecht kan, bijvoorbeeld: mevrouw A. de Boer, telefoon 0162 - 123 456. Leeg: de "
                "contactpersoon uit de instellingen.",
                alle,
                ("contactpersoon",),
            ),
            Besluitveld(
                "overhandigd",
                "De brief wordt persoonlijk overhandigd",
                "janee",
                "Dan is geen postadres nodig.",
                alle,
                ("overhandigd",),
            ),
        ]
    return tuple(v for v in velden if v.soorten)


def van_afdeling(incident: IncidentRij, afdelingen: Sequence[str]) -> bool:
    """Hoort het incident bij een van de afdelingen op het account? Geen afdelingen: alle incidenten."""
    if not afdelingen:
        return True
    afdeling = str(incident.get("afdeling") or "").strip().casefold()
    return bool(afdeling) and afdeling in {a.strip().casefold() for a in afdelingen}


def incidenten(werkplek: Werkplek, afdelingen: Sequence[str] = ()) -> tuple[Incidentregel, ...]:
    """De incidenten van de afdelingen (geen: alle), de nieuwste eerst; ingetrokken incidenten niet, en meldingen van
    het web pas als de coördinator ze aanvaardde (3.5)."""
    from agressie_cli.handelingen import opvragen

    lijst = opvragen.lijst(werkplek)
    profiel = werkplek.profiel
    regels = [
        _regel(rij, profiel.classificatie, profiel.klassen)
        for rij in lijst.rijen
        if van_afdeling(rij, afdelingen) and rij.get("beoordeling") != "te beoordelen"
    ]
    return tuple(sorted(regels, key=lambda r: (r.datum or date.min, r.incident), reverse=True))


def incident(werkplek: Werkplek, nummer: str, afdelingen: Sequence[str] = ()) -> Incidentbeeld:
    """Eén incident van de afdelingen met het advies van het protocol en zijn uitleg, de maatregelen en de nazorg."""
    from agressie_cli.domein.velden import INVOER, KLASSEVELDEN
    from agressie_cli.handelingen import nazorg, opvragen

    register = werkplek.lees()
    rij = _van_account(register, nummer, afdelingen)
    profiel = werkplek.profiel
    try:
        advies: Advies | None = opvragen.advies(werkplek, str(rij["incident"])).advies
        advies_fout = ""
    except AgressieFout as fout:  # nog niet te geven (Losser: aanhoudend onbekend): de pagina zegt waarom
        advies, advies_fout = None, fout.sjabloon
    maatregelen = tuple(_maatregelregel(m, werkplek) for m in register.maatregelen_van_incident(rij["incident"]))
    # Wat over het incident is vastgelegd (de velden van melden en aanvullen), zonder de naam (staat bij de persoon),
    # de brieftekst (staat in het formulier van de brief) en de classificatie van het andere profiel.
    ander = {s for c, sleutels in KLASSEVELDEN.items() if c != profiel.classificatie for s in sleutels}
    persoon = register.persoon_van(rij) or {}
    velden = []
    for v in INVOER:
        waarde = persoon.get(v.sleutel) if v.persoon else rij.get(v.sleutel)
        if v.sleutel not in ("naam", "brieftekst", *ander) and waarde not in (None, "", []):
            velden.append((v.kop, _als_tekst(waarde, v.sleutel, profiel.klassen)))
    return Incidentbeeld(
        regel=_regel({**rij, "naam": persoon.get("naam") or rij.get("naam")}, profiel.classificatie, profiel.klassen),
        velden=tuple(velden),
        advies=advies,
        advies_fout=advies_fout,
        maatregelen=maatregelen,
        nazorg=nazorg.nazorg(werkplek, str(rij["incident"])),
        soorten=tuple((s.sleutel, s.label, s.brief) for s in profiel.soorten.values()),
        brieftekst=rij.get("brieftekst") or None,
        briefvelden=besluitvelden(profiel, brief=True),
        maatregelvelden=besluitvelden(profiel, brief=False),
    )


def mag(werkplek: Werkplek, nummer: str, afdelingen: Sequence[str] = ()) -> str:
    """Het incidentnummer zoals het register het schrijft, als het bij de afdelingen hoort; anders NietVanUwAfdeling."""
    return str(_van_account(werkplek.lees(), nummer, afdelingen)["incident"])


def briefbestand(werkplek: Werkplek, maatregel: str, pdf: bool, afdelingen: Sequence[str] = ()) -> Path:
    """Het bestand van de brief (DOCX, of de PDF ernaast) van een maatregel bij een incident van de afdelingen."""
    register = werkplek.lees()
    m = next((m for m in register.maatregelen if str(m.get("maatregel")) == maatregel.strip().upper()), None)
    if m is None:
        raise InvoerFout(f"Maatregel {maatregel} heeft geen brief om te downloaden.")
    _van_account(register, str(m.get("incident")), afdelingen)
    pad = _brief(m, werkplek)
    if pad is None:
        raise InvoerFout(f"Maatregel {maatregel} heeft geen brief om te downloaden.")
    if pdf:
        pad = pad.with_suffix(".pdf")
        if not pad.is_file():
            raise InvoerFout(f"Bij maatregel {maatregel} is geen PDF gemaakt.")
    return pad


# --- samen -------------------------------------------------------------------------------------------


def _van_account(register: Register, nummer: str, afdelingen: Sequence[str]) -> IncidentRij:
    try:
        rij = register.incident(nummer)
    except InvoerFout:
        raise NietVanUwAfdeling(nummer) from None
    if not van_afdeling(rij, afdelingen):
        raise NietVanUwAfdeling(nummer)
    return rij


def _regel(rij: IncidentRij, classificatie: str, klassen: dict[str, str]) -> Incidentregel:
    waarde = kolom(rij, classificatie)
    klasse = None if waarde is None else str(waarde)
    return Incidentregel(
        incident=str(rij["incident"]),
        datum=rij.get("datum"),
        persoon=rij.get("persoon"),
        naam=rij.get("naam"),
        afdeling=rij.get("afdeling") or None,
        klasse=klasse,
        klasse_label=klassen.get(str(klasse), "") if klasse else "",
        status=str(rij.get("status") or ""),
    )


def _brief(m: MaatregelRij, werkplek: Werkplek) -> Path | None:
    """De DOCX van de maatregel (kolom bestand, in de map van de brief of de briefmap), als die er is."""
    return _in_briefmap(m, m.get("bestand"), werkplek)


def _in_briefmap(m: MaatregelRij, bestand: object, werkplek: Werkplek) -> Path | None:
    """Een brief van de maatregel op naam: in de map van de brief (brief --uit) of in de briefmap, als hij er is."""
    if not bestand:
        return None
    naam = Path(str(bestand)).name
    for map_ in (m.get("map"), werkplek.instellingen.briefmap):
        if map_ and (Path(str(map_)) / naam).is_file():
            return Path(str(map_)) / naam
    return None


def _maatregelregel(m: MaatregelRij, werkplek: Werkplek) -> Maatregelregel:
    pad = _brief(m, werkplek)
    return Maatregelregel(
        maatregel=str(m.get("maatregel")),
        soort=str(m.get("soort") or ""),
        label=str(m.get("label") or m.get("soort") or ""),
        datum=m.get("datum"),
        einde=m.get("einde"),
        status=str(m.get("status") or ""),
        brief=pad is not None,
        pdf=pad is not None and pad.with_suffix(".pdf").is_file(),
    )


def _als_tekst(waarde: object, sleutel: str, klassen: dict[str, str]) -> str:
    from agressie_cli.domein.datums import kort
    from agressie_cli.domein.nederlands import tijd_invoer

    if sleutel in ("ernst", "gedrag") and isinstance(waarde, str):
        return klassen.get(waarde, waarde)
    if isinstance(waarde, bool):
        return "ja" if waarde else "nee"
    if isinstance(waarde, (list, tuple)):
        return ", ".join(str(w) for w in waarde)
    if isinstance(waarde, date):
        return kort(waarde)
    if hasattr(waarde, "hour"):
        return tijd_invoer(waarde)  # type: ignore[arg-type]
    return str(waarde)


# --- na de brief (3.4 op het web) -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Maatregelbeeld:
    """Een maatregel na de brief: de periode, de reacties en verzoeken van de persoon, de herzieningen en de
    goedkeuring, met wat er nog kan (herzien alleen bij een verbod dat nog geldt)."""

    regel: Any  # domein.historie.Maatregelregel (met herzien_op, reacties, verzoeken, herzieningen)
    persoon: str | None
    naam: str | None
    verbod: bool  # een toegangs- of belverbod: het kan herzien worden
    te_herzien: bool  # een verbod dat nog een opgelegde maatregel is (niet vervangen, ingetrokken of opgeheven)
    herzieningsbrief: bool  # er is een brief herziening om te downloaden
    verboden: tuple[tuple[str, str], ...]  # (sleutel, label) van de verboden in het profiel: aanpassen naar
    goedkeuren: bool  # een verbodsbrief die een tweede persoon nog moet goedkeuren (als het profiel dat vraagt)
    # Wat nog vast te leggen is na de brief (3.5: de acties van termijnen op het web):
    te_verzenden: bool  # er is een brief en hij is nog niet als verzonden vastgelegd
    verzendwijzen: tuple[str, ...]
    afschrift_open: bool  # het afschrift aan politie en receptie is nog niet als verstuurd bevestigd
    afschrift_concept: bool  # en er staat een concept (.eml) om te downloaden
    ordegesprek_open: bool  # een uitnodiging voor een ordegesprek waarvan de uitkomst nog niet vastligt


def maatregel(werkplek: Werkplek, nummer: str, afdelingen: Sequence[str] = ()) -> Maatregelbeeld:
    """Een maatregel bij een incident van de afdelingen; een andere (of een onbekende) geeft NietVanUwAfdeling."""
    from agressie_cli.domein.afschrift import heeft_afschrift
    from agressie_cli.domein.historie import maatregelregel
    from agressie_cli.domein.nabehandeling import is_verbod
    from agressie_cli.domein.velden import VERZENDWIJZEN
    from agressie_cli.domein.verboden import telt

    register = werkplek.lees()
    m = _maatregel_van_account(register, nummer, afdelingen)
    soort = werkplek.profiel.soorten.get(str(m.get("soort") or ""))
    profiel = werkplek.profiel
    regel = maatregelregel(register, profiel, m, date.today())
    persoon = register.persoon(str(m["persoon"])) if m.get("persoon") else {}
    verbod = is_verbod(profiel, m)
    te_herzien = verbod and regel.status == "geldig" and regel.opgeheven is None and regel.vervangen_per is None
    return Maatregelbeeld(
        regel=regel,
        persoon=m.get("persoon"),
        naam=(persoon or {}).get("naam"),
        verbod=verbod,
        te_herzien=te_herzien,
        herzieningsbrief=_herzieningsbrief(m, werkplek) is not None,
        verboden=tuple((k, s.label) for k, s in profiel.soorten.items() if s.is_verbod),
        goedkeuren=verbod and bool(m.get("bestand")) and profiel.goedkeuring and not regel.goedgekeurd_door,
        te_verzenden=bool(m.get("bestand")) and m.get("verzonden") is None and telt(m),
        verzendwijzen=VERZENDWIJZEN,
        afschrift_open=heeft_afschrift(profiel, m)
        and telt(m)
        and not m.get("afschrift_verzonden")
        and bool(m.get("afschrift_klaargezet") or m.get("afschrift_open")),
        afschrift_concept=_afschriftconcept(m, werkplek) is not None,
        ordegesprek_open=bool(soort and soort.uitnodiging)
        and telt(m)
        and m.get("gehouden") is None
        and m.get("niet_verschenen") is None,
    )


def afschriftconcept(werkplek: Werkplek, nummer: str, afdelingen: Sequence[str] = ()) -> Path:
    """Het concept van het afschrift (.eml in uitgaand/) van een maatregel bij een incident van de afdelingen."""
    m = _maatregel_van_account(werkplek.lees(), nummer, afdelingen)
    pad = _afschriftconcept(m, werkplek)
    if pad is None:
        raise InvoerFout(f"Bij maatregel {nummer.strip().upper()} staat geen afschrift klaar om te downloaden.")
    return pad


def _afschriftconcept(m: MaatregelRij, werkplek: Werkplek) -> Path | None:
    from agressie_cli.domein.afschrift import conceptnaam

    pad = werkplek.instellingen.uitgaandmap / conceptnaam(str(m.get("maatregel")))
    return pad if m.get("afschrift_klaargezet") and pad.is_file() else None


def herzieningsbrief(werkplek: Werkplek, nummer: str, afdelingen: Sequence[str] = ()) -> Path:
    """De laatste brief herziening (DOCX) van een maatregel bij een incident van de afdelingen."""
    m = _maatregel_van_account(werkplek.lees(), nummer, afdelingen)
    pad = _herzieningsbrief(m, werkplek)
    if pad is None:
        raise InvoerFout(f"Maatregel {nummer.strip().upper()} heeft geen brief herziening om te downloaden.")
    return pad


class NietGevonden(InvoerFout):
    """De maatregel hoort niet bij een incident van de afdelingen op het account (of bestaat niet)."""

    def __init__(self, nummer: str):
        super().__init__(f"Maatregel {nummer} staat niet bij de incidenten van uw afdelingen.")


def _maatregel_van_account(register: Register, nummer: str, afdelingen: Sequence[str]) -> MaatregelRij:
    gezocht = nummer.strip().upper()
    m = next((m for m in register.maatregelen if str(m.get("maatregel")) == gezocht), None)
    if m is None:
        raise NietGevonden(gezocht)
    try:
        _van_account(register, str(m.get("incident")), afdelingen)
    except NietVanUwAfdeling:
        raise NietGevonden(gezocht) from None
    return m


def _herzieningsbrief(m: MaatregelRij, werkplek: Werkplek) -> Path | None:
    brieven = [str(b) for b in (m.get("herzieningsbrief") or []) if b]
    return _in_briefmap(m, brieven[-1], werkplek) if brieven else None


@dataclass(frozen=True)
class Verbodsregel:
    """Een lopend verbod op de lijst 'na de brief': wanneer het herzien wordt en wat de persoon vroeg."""

    maatregel: str
    incident: str
    label: str
    einde: date | None  # None: voor onbepaalde tijd
    herzien_op: date | None
    open_reacties: int  # reacties en verzoeken van na de laatste herziening
    goedkeuren: bool


def lopende_verboden(werkplek: Werkplek, afdelingen: Sequence[str] = ()) -> tuple[Verbodsregel, ...]:
    """De verboden die nu gelden bij incidenten van de afdelingen, het eerst te herzien bovenaan."""
    from agressie_cli.domein.historie import maatregelregel
    from agressie_cli.domein.nabehandeling import is_verbod

    register = werkplek.lees()
    profiel = werkplek.profiel
    vandaag = date.today()
    regels = []
    for m in register.maatregelen:
        if not is_verbod(profiel, m) or (m.get("status") or "geldig") != "geldig" or m.get("opgeheven"):
            continue
        try:
            if not van_afdeling(register.incident(str(m.get("incident"))), afdelingen):
                continue
        except InvoerFout:
            continue
        regel = maatregelregel(register, profiel, m, vandaag)
        if not regel.actief:
            continue
        laatste = regel.herzieningen[-1].datum if regel.herzieningen else None
        data = [r.datum for r in regel.reacties] + [v.datum for v in regel.verzoeken]
        open_ = [d for d in data if laatste is None or d > laatste]
        regels.append(
            Verbodsregel(
                maatregel=str(m.get("maatregel")),
                incident=str(m.get("incident")),
                label=str(regel.label or regel.soort or ""),
                einde=regel.einde,
                herzien_op=regel.herzien_op,
                open_reacties=len(open_),
                goedkeuren=bool(m.get("bestand")) and profiel.goedkeuring and not regel.goedgekeurd_door,
            )
        )
    return tuple(sorted(regels, key=lambda r: (r.herzien_op or date.max, r.maatregel)))
