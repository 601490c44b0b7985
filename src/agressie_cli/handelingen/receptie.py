"""De receptie (3.5): heeft deze persoon een lopend toegangs- of belverbod, wat is verboden, tot wanneer, welke route
blijft open en wie bel ik. Geen geschiedenis, geen beschrijvingen. Elke opvraging komt in het logboek (gebruiker,
tijd, persoonnummer of "geen treffer"; nooit de gezochte naam)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from agressie_cli.domein.fouten import InvoerFout
from agressie_cli.handelingen.werkplek import Werkplek

OPVRAGING = "opvragen receptie"


@dataclass(frozen=True)
class Treffer:
    persoon: str
    naam: str
    geboortedatum: date | None
    verbod: str  # het label van de maatregel in het profiel
    toegang: bool
    bellen: bool
    ingang: date
    einde: date | None  # None: voor onbepaalde tijd
    vervangen_per: date | None


@dataclass(frozen=True)
class Receptieuitslag:
    peildatum: date
    treffers: tuple[Treffer, ...]
    open_route: str  # de contactroute die tijdens een verbod open blijft ([brieven] contactpersoon)
    bellen_bij_komst: str  # wie de receptie belt als de persoon toch komt (profiel: [receptie] bellen)


def zoek(werkplek: Werkplek, naam: str, peildatum: date | None = None) -> Receptieuitslag:
    from agressie_cli.domein.verboden import verboden_lijst

    naam = (naam or "").strip()
    if len(naam) < 2:
        raise InvoerFout("«naam»: vul minstens twee letters van de naam in (of het persoonnummer, bijvoorbeeld P0012).")
    peil = peildatum or date.today()
    register = werkplek.lees(bladen=("Personen", "Maatregelen"))
    rijen = verboden_lijst(register, werkplek.profiel, peil, naam)
    treffers = tuple(
        Treffer(
            persoon=r.persoon or "",
            naam=r.naam or "(naam ontbreekt in het register)",
            geboortedatum=r.geboortedatum,
            verbod=r.label,
            toegang=r.toegang,
            bellen=r.bellen,
            ingang=r.ingang,
            einde=r.einde,
            vervangen_per=r.vervangen_per,
        )
        for r in rijen
    )
    personen = sorted({t.persoon for t in treffers}) or ["geen treffer"]
    for persoon in personen:
        werkplek.opslag.noteer(OPVRAGING, persoon, werkplek.gebruiker)
    return Receptieuitslag(
        peildatum=peil,
        treffers=treffers,
        open_route=str(werkplek.instellingen.deel("brieven").get("contactpersoon") or "").strip(),
        bellen_bij_komst=werkplek.profiel.receptie_bellen,
    )


@dataclass(frozen=True)
class Opvraging:
    tijdstip: str
    gebruiker: str
    nummer: str


def opvragingen(werkplek: Werkplek) -> list[Opvraging]:
    """De opvragingen van de receptie uit het logboek, oudste eerst (agressie logboek --opvragingen)."""
    return [Opvraging(r["tijdstip"], r["gebruiker"], r["nummer"]) for r in werkplek.opslag.genoteerd(OPVRAGING)]


LIJST_GEMAAKT = "lijst verboden gemaakt"


@dataclass(frozen=True)
class Receptielijst:
    """De lijst voor de receptie als bestand (agressie verboden --uit): waar hij staat, de dag waarop de verboden
    gelden, wanneer hij gemaakt is en hoeveel verboden erop staan."""

    bestand: Path
    peildatum: date
    gemaakt: datetime
    aantal: int


def maak_lijst(werkplek: Werkplek, doel: Path, peildatum: date | None = None, naam: str | None = None) -> Receptielijst:
    """De lopende toegangs- en belverboden als .xlsx of .pdf (A4 liggend, met de datum waarop de lijst gemaakt is),
    voor wie de lijst nog afdrukt. De lijst noemt namen: het logboek krijgt een regel (zonder namen of pad), zoals
    bij een opvraging van de receptie. Een ander bestand dan .xlsx of .pdf wordt geweigerd vóór er iets gebeurt."""
    from agressie_cli.documenten.verbodenlijst import Lijstgegevens, controleer_doel, schrijf_lijst
    from agressie_cli.domein.verboden import verboden_lijst

    controleer_doel(doel)
    peil = peildatum or date.today()
    register = werkplek.lees(bladen=("Personen", "Maatregelen"))
    rijen = verboden_lijst(register, werkplek.profiel, peil, naam)
    gemaakt = datetime.now().replace(second=0, microsecond=0)
    gegevens = Lijstgegevens(
        gemeente=werkplek.instellingen.gemeente or werkplek.profiel.naam,
        peildatum=peil,
        gemaakt=gemaakt,
        open_route=str(werkplek.instellingen.deel("brieven").get("contactpersoon") or "").strip(),
        bellen_bij_komst=werkplek.profiel.receptie_bellen,
    )
    pad = schrijf_lijst(doel, rijen, gegevens)
    werkplek.opslag.noteer(LIJST_GEMAAKT, peil.isoformat(), werkplek.gebruiker)
    return Receptielijst(pad, peil, gemaakt, len(rijen))
