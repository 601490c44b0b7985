"""De receptie (3.5): heeft deze persoon een lopend toegangs- of belverbod, wat is verboden, tot wanneer, welke route
blijft open en wie bel ik. Geen geschiedenis, geen beschrijvingen. Elke opvraging komt in het logboek (gebruiker,
tijd, persoonnummer of "geen treffer"; nooit de gezochte naam)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from agressie_cli.domein.fouten import InvoerFout
from agressie_cli.handelingen.werkplek import Werkplek

OPVRAGING = "opvragen receptie"
BEZOEK = "bezoek receptie"  # de receptie zag wie er vandaag verwacht wordt (agressie bezoek)


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
    from agressie_cli.domein.verboden import Verbodenindex

    naam = (naam or "").strip()
    if len(naam) < 2:
        raise InvoerFout("«naam»: vul minstens twee letters van de naam in (of het persoonnummer, bijvoorbeeld P0012).")
    peil = peildatum or date.today()

    def index() -> Verbodenindex:
        return Verbodenindex(werkplek.lees(bladen=("Personen", "Maatregelen")), werkplek.profiel, peil)

    # De lopende verboden één keer per versie van het register en per dag (het web bewaart ze), dan opzoeken.
    rijen = werkplek.onthoud(("receptie", peil), index).zoek(naam)
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
    werkplek.opslag.noteer(OPVRAGING, personen, werkplek.gebruiker)  # één schrijfactie, ook bij veel treffers
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
    wat: str = "receptie"  # receptie (heeft iemand een verbod) of persoon (de coördinator opende een persoon)


def opvragingen(werkplek: Werkplek) -> list[Opvraging]:
    """Elke opvraging van een persoon uit het logboek, oudste eerst (agressie logboek --opvragingen): de receptie en
    de coördinator op het web (handelingen/personen.py)."""
    from agressie_cli.handelingen.personen import OPVRAGING as PERSOON

    regels = [Opvraging(r["tijdstip"], r["gebruiker"], r["nummer"]) for r in werkplek.opslag.genoteerd(OPVRAGING)]
    regels += [
        Opvraging(r["tijdstip"], r["gebruiker"], r["nummer"], "persoon") for r in werkplek.opslag.genoteerd(PERSOON)
    ]
    return sorted(regels, key=lambda r: r.tijdstip)


@dataclass(frozen=True)
class VerwachtBezoek:
    persoon: str
    naam: str
    tijd: time | None  # None: de hele dag
    waarschuwen: str  # "receptie, interventieteam en deelcluster waarschuwen" (Geertruidenberg 3.3)


def bezoeken_vandaag(werkplek: Werkplek, peildatum: date | None = None) -> tuple[VerwachtBezoek, ...]:
    """Wie er vandaag (of op `peildatum`) verwacht wordt met eerdere agressie (agressie bezoek). Voor de
    receptiepagina; zonder geschiedenis en beschrijvingen."""
    from agressie_cli.domein.bezoek import WAARSCHUWEN, bezoeken_op

    register = werkplek.lees(bladen=("Personen",))
    bezoeken = tuple(
        VerwachtBezoek(b.persoon, b.naam or "(naam ontbreekt in het register)", b.tijd, WAARSCHUWEN)
        for b in bezoeken_op(register, peildatum or date.today())
    )
    for persoon in dict.fromkeys(b.persoon for b in bezoeken):  # wie wiens naam zag, zoals bij een opvraging
        werkplek.opslag.noteer(BEZOEK, persoon, werkplek.gebruiker)
    return bezoeken
