"""Opvragen (alleen lezen): de lijst van incidenten, de historie van een persoon, het advies, de lopende verboden
(receptie) en de termijnen. Elke handeling leest het register zonder slot; wat er bij het lezen niet klopte (met de
hand gewijzigde cellen) hoort de gebruiker via `werkplek.meld`."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from agressie_cli.domein.datums import datum_of_vandaag, lees_datum
from agressie_cli.domein.rijen import IncidentRij
from agressie_cli.handelingen.werkplek import Werkplek

if TYPE_CHECKING:
    from agressie_cli.domein.advies import Advies
    from agressie_cli.domein.bezoek import Bezoek
    from agressie_cli.domein.historie import Historie
    from agressie_cli.domein.termijnen import Termijn
    from agressie_cli.domein.verboden import Verbod


@dataclass(frozen=True)
class Lijst:
    rijen: list[IncidentRij]  # de incidenten (rijen van het register, met de naam van de persoon)
    classificatie: str  # "ernst" (Geertruidenberg) of "gedrag" (Losser): welke kolom de lijst toont


@dataclass(frozen=True)
class Persoonshistorie:
    historie: Historie
    venster_maanden: int
    samengevoegd: str | None  # het gevraagde P-nummer als dat in een ander is samengevoegd (historie.persoon)


@dataclass(frozen=True)
class Adviesuitkomst:
    advies: Advies  # met bedoelt_u: personen die dezelfde kunnen zijn (2.4)


@dataclass(frozen=True)
class Verboden:
    verboden: list[Verbod]
    peildatum: date
    # 3.4 (Geertruidenberg 3.3): wie er op de peildatum verwacht wordt met eerdere agressie (agressie bezoek)
    bezoeken: list[Bezoek] = field(default_factory=list)


@dataclass(frozen=True)
class Termijnen:
    alle: list[Termijn]  # alles wat open staat, het dringendste eerst
    actueel: list[Termijn]  # wat de lijst een voor een toont
    achterstand: list[Termijn]  # wat langer dan `achterstand_dagen` verlopen is (samengevat, tenzij alles)
    achterstand_dagen: int


def lijst(
    werkplek: Werkplek,
    van: str | date | None = None,
    tot: str | date | None = None,
    naam: str | None = None,
    status: str | None = None,
) -> Lijst:
    """De incidenten, gefilterd op periode (van en tot en met), persoon (naam, deel ervan of P-nummer) en status."""
    from agressie_cli.domein.lijst import filter_incidenten

    van_d, tot_d = lees_datum(van, "«van»"), lees_datum(tot, "«tot»")
    register = werkplek.lees(bladen=("Incidenten", "Personen"))
    rijen = filter_incidenten(register, van_d, tot_d, naam, status)
    return Lijst(rijen=rijen, classificatie=werkplek.profiel.classificatie)


def historie(werkplek: Werkplek, zoek: str, peildatum: str | date | None = None) -> Persoonshistorie:
    """De incidenten en maatregelen van een persoon (naam, deel ervan of P-nummer), nieuwste eerst, met het venster
    en de lopende verboden op de peildatum (standaard vandaag)."""
    from agressie_cli.domein.historie import historie as bouw

    peil = _peildatum(peildatum)
    gevonden = bouw(werkplek.lees(), werkplek.profiel, zoek, peil)
    gevraagd = zoek.strip().upper()
    samengevoegd = gevraagd if re.fullmatch(r"P\d+", gevraagd) and gevraagd != gevonden.persoon else None
    return Persoonshistorie(gevonden, werkplek.profiel.venster_maanden, samengevoegd)


def advies(werkplek: Werkplek, incident: str) -> Adviesuitkomst:
    """De maatregel die het protocol van de gemeente voorschrijft bij dit incident, met uitleg (stap 3), en wie
    dezelfde persoon kan zijn (2.4)."""
    from agressie_cli.domein.advies import bereken_advies
    from agressie_cli.domein.personen import bedoelt_u

    register = werkplek.lees()
    gevonden = register.incident(incident)
    a = bereken_advies(register, werkplek.profiel, gevonden)
    persoon = register.persoon_van(gevonden)
    a.bedoelt_u = bedoelt_u(register, persoon) if persoon else []
    return Adviesuitkomst(a)


def verboden(werkplek: Werkplek, peildatum: str | date | None = None, naam: str | None = None) -> Verboden:
    """Voor de receptie: wie heeft op de peildatum (standaard vandaag) een toegangsverbod of belverbod (stap 5)."""
    from agressie_cli.domein.bezoek import bezoeken_op
    from agressie_cli.domein.personen import zoek_op_naam
    from agressie_cli.domein.verboden import verboden_lijst

    peil = _peildatum(peildatum)
    register = werkplek.lees(bladen=("Personen", "Maatregelen"))
    bezoeken = bezoeken_op(register, peil)
    if naam:
        gezocht = {p.get("persoon") for p in zoek_op_naam(register, naam)}
        bezoeken = [b for b in bezoeken if b.persoon in gezocht]
    return Verboden(verboden_lijst(register, werkplek.profiel, peil, naam), peil, bezoeken)


LIJST_GEMAAKT = "lijst verboden gemaakt"


@dataclass(frozen=True)
class Verbodenlijst:
    """De lijst voor de receptie als bestand (agressie verboden --uit): waar hij staat, de verboden erop, de dag
    waarop ze gelden en wanneer de lijst gemaakt is."""

    bestand: Path
    verboden: list[Verbod]
    peildatum: date
    gemaakt: datetime


def verboden_uit(
    werkplek: Werkplek, doel: Path, peildatum: str | date | None = None, naam: str | None = None
) -> Verbodenlijst:
    """De lopende toegangs- en belverboden als .xlsx of .pdf (A4 liggend, met de datum waarop de lijst gemaakt is),
    voor wie de lijst nog afdrukt (3.6). Een ander bestand dan .xlsx of .pdf wordt geweigerd vóór er iets gebeurt. De
    lijst noemt namen: het logboek krijgt een regel (zonder namen of pad), zoals een opvraging van de receptie."""
    from agressie_cli.documenten.verbodenlijst import Lijstgegevens, controleer_doel, schrijf_lijst

    controleer_doel(doel)
    lijst = verboden(werkplek, peildatum, naam)
    gemaakt = datetime.now().replace(second=0, microsecond=0)
    gegevens = Lijstgegevens(
        gemeente=werkplek.instellingen.gemeente or werkplek.profiel.naam,
        peildatum=lijst.peildatum,
        gemaakt=gemaakt,
        open_route=str(werkplek.instellingen.deel("brieven").get("contactpersoon") or "").strip(),
        bellen_bij_komst=werkplek.profiel.receptie_bellen,
    )
    pad = schrijf_lijst(doel, lijst.verboden, gegevens, meld=werkplek.voortgang)
    werkplek.opslag.noteer(LIJST_GEMAAKT, lijst.peildatum.isoformat(), werkplek.gebruiker)
    return Verbodenlijst(pad, lijst.verboden, lijst.peildatum, gemaakt)


def termijnen(werkplek: Werkplek, peildatum: str | date | None = None, alles: bool = False) -> Termijnen:
    """Wat open staat op de peildatum (standaard vandaag), het dringendste eerst. Zonder `alles` staat wat al lang
    verlopen is apart (achterstand), zodat het niet verdringt wat deze week moet."""
    from agressie_cli.domein.termijnen import ACHTERSTAND_DAGEN, splits_achterstand
    from agressie_cli.domein.termijnen import termijnen as bereken

    peil = _peildatum(peildatum)
    items = bereken(werkplek.lees(), werkplek.profiel, peil)
    actueel, achterstand = (items, []) if alles else splits_achterstand(items)
    return Termijnen(items, actueel, achterstand, ACHTERSTAND_DAGEN)


def _peildatum(peildatum: str | date | None) -> date:
    if isinstance(peildatum, date):
        return lees_datum(peildatum, "«peildatum»") or peildatum
    return datum_of_vandaag(peildatum, "«peildatum»")
