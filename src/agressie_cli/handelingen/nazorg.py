"""Leidinggevende / clustermanager: de nazorg voor de betrokken medewerkers afvinken (2.6). Alleen datums, geen
aantekeningen over de medewerker (AVG)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from agressie_cli.domein.fouten import InvoerFout
from agressie_cli.handelingen.werkplek import Werkplek


@dataclass(frozen=True)
class Nazorgpunt:
    """Een nazorgpunt van het profiel bij het incident. `verlopen`: niet afgevinkt en de termijn is voorbij (9.2:
    ook een periode van volgen die voorbij is zonder dat de nazorg is afgerond); `periode`: een periode van volgen,
    geen termijn; `sluiten_met`: de datums (gesprek, afgerond, ...) die het afvinken."""

    soort: str
    omschrijving: str
    uiterlijk: date
    afgevinkt: date | None
    op_tijd: bool
    open: bool
    verlopen: bool
    periode: bool
    sluiten_met: tuple[str, ...]


@dataclass(frozen=True)
class Nazorg:
    """De nazorg bij een incident. `datums`: per datum (gesprek, hulpverlening, afgerond, reactie) wat is vastgelegd (None: niets);
    `reactie_hoort_erbij`: de reactie van de burgemeester hoort bij dit incident (agressie tegen een politiek
    ambtsdrager in een profiel dat haar kent), of is vastgelegd; `vastgelegd`: deze aanroep legde datums vast."""

    incident: str
    datum: date | None
    datums: tuple[tuple[str, date | None], ...]
    reactie_hoort_erbij: bool
    punten: tuple[Nazorgpunt, ...]
    vastgelegd: bool

    @property
    def te_tonen(self) -> tuple[tuple[str, date | None], ...]:
        """De datums die bij dit incident horen (de reactie alleen als die erbij hoort)."""
        return tuple((naam, d) for naam, d in self.datums if naam != "reactie" or self.reactie_hoort_erbij)


def nazorg(
    werkplek: Werkplek,
    incident: str,
    gesprek: str | date | None = None,
    hulpverlening: str | date | None = None,
    afgerond: str | date | None = None,
    reactie: str | date | None = None,
    vandaag: date | None = None,
) -> Nazorg:
    """Legt de opgegeven datums van de nazorg vast (JJJJ-MM-DD of DD-MM-JJJJ, of een date) en geeft de stand; zonder
    datums alleen de stand. Een datum vóór het incident of in de toekomst wordt geweigerd, vóór er iets verandert.
    `reactie` (Losser 9): de formele reactie van de burgemeester bij agressie tegen een politiek ambtsdrager."""
    from agressie_cli.domein.datums import lees_datum
    from agressie_cli.domein.nazorg import VELDEN, leg_vast, punten

    datums = {
        "gesprek": lees_datum(gesprek, "«gesprek»"),
        "hulpverlening": lees_datum(hulpverlening, "«hulpverlening»"),
        "afgerond": lees_datum(afgerond, "«afgerond»"),
        "reactie": lees_datum(reactie, "«reactie»"),
    }
    profiel = werkplek.profiel
    if datums["reactie"] is not None and not profiel.deel("politiek_ambtsdrager"):
        raise InvoerFout(
            f"«reactie»: het profiel {profiel.naam} kent geen reactie van de burgemeester bij agressie tegen een "
            "politiek ambtsdrager. Er is niets vastgelegd."
        )
    vastleggen = any(d is not None for d in datums.values())
    if vastleggen:
        with werkplek.wijzig() as register:
            inc = leg_vast(register, incident, datums, vandaag).copy()
    else:
        inc = werkplek.lees().incident(incident).copy()
    vandaag = vandaag or date.today()
    return Nazorg(
        incident=str(inc["incident"]),
        datum=inc["datum"],
        datums=tuple((naam, inc.get(kolom)) for naam, kolom in VELDEN.items()),
        reactie_hoort_erbij=bool(
            inc.get(VELDEN["reactie"]) or (inc.get("ambtsdrager") and profiel.deel("politiek_ambtsdrager"))
        ),
        punten=tuple(
            Nazorgpunt(
                soort=p.soort,
                omschrijving=p.tekst,
                uiterlijk=p.uiterlijk,
                afgevinkt=p.afgevinkt,
                op_tijd=p.op_tijd,
                open=p.afgevinkt is None,
                verlopen=p.afgevinkt is None and p.uiterlijk < vandaag,
                periode=p.periode,
                sluiten_met=tuple(p.sluiten_met),
            )
            for p in punten(profiel, inc)
        ),
        vastgelegd=vastleggen,
    )
