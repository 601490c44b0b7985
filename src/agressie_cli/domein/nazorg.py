"""Nazorg die afgevinkt kan worden (2.6): Geertruidenberg 9.1 (het gesprek met de betrokken medewerker dezelfde dag,
uiterlijk de dag erna) en 9.2 (de clustermanager volgt het herstel drie maanden), Losser 8 en 8.1 (opvang, en na een
ernstige bedreiging een hulpverlenende instantie). Alleen datums, geen aantekeningen: de inhoud van de nazorg is
medisch of persoonlijk en hoort niet in het register (AVG).

Welke punten een incident heeft, staat in het profiel ([[nazorg]]); `sluiten_met` zegt welke datum een punt afvinkt."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from agressie_cli.domein.ambtsdrager import tegen_burgemeester
from agressie_cli.domein.datums import controleer_vastgelegde_datum, plus_maanden
from agressie_cli.domein.fouten import InvoerFout
from agressie_cli.domein.nederlands import kort
from agressie_cli.domein.profiel import Profiel
from agressie_cli.domein.register import Register, nu
from agressie_cli.domein.rijen import IncidentRij

# De opties van agressie nazorg en hun kolom op het blad Incidenten.
# De kolommen als Literal: incident.get(VELDEN[...]) heeft dan het type van de kolom (een datum).
Nazorgkolom = Literal["nazorg_gesprek", "nazorg_hulpverlening", "nazorg_afgerond", "reactie_burgemeester"]
VELDEN: dict[str, Nazorgkolom] = {
    "gesprek": "nazorg_gesprek",
    "hulpverlening": "nazorg_hulpverlening",
    "afgerond": "nazorg_afgerond",
}
# Losser 9 (3.1): de datum van de formele reactie van de burgemeester aan de inwoner; vinkt 'reactie burgemeester'
# op agressie termijnen af. Alleen bij een incident tegen een politiek ambtsdrager.
VELDEN["reactie"] = "reactie_burgemeester"


@dataclass
class Punt:
    """Een nazorgpunt van het profiel bij een incident: tot wanneer, en of en wanneer het is afgevinkt."""

    soort: str
    tekst: str
    uiterlijk: date
    periode: bool  # een periode van volgen (9.2), geen termijn die verloopt
    afgevinkt: date | None
    sluiten_met: tuple[str, ...]
    medewerker: bool = True  # nazorg voor medewerkers (het rapport telt die); False: voor een politiek ambtsdrager

    @property
    def op_tijd(self) -> bool:
        return self.afgevinkt is not None and (self.periode or self.afgevinkt <= self.uiterlijk)


def punten(profiel: Profiel, incident: IncidentRij) -> Iterator[Punt]:
    """De nazorgpunten van het profiel die bij dit incident horen (bijvoorbeeld alleen als er een betrokken medewerker
    is, of alleen bij D-gedrag)."""
    datum = incident.get("datum")
    if datum is None:
        return
    for regel in _regels(profiel):
        if regel.medewerker and not incident.get("medewerker"):
            continue
        if not all(_past(incident.get(veld), waarden) for veld, waarden in regel.als):
            continue
        uiterlijk = (plus_maanden(datum, regel.maanden) if regel.maanden else datum) + regel.dagen
        afgevinkt = [d for v in regel.velden if (d := incident.get(v))]
        yield Punt(
            regel.soort,
            regel.tekst_tegen_burgemeester
            if regel.tekst_tegen_burgemeester and tegen_burgemeester(incident)
            else regel.tekst,
            uiterlijk,
            regel.periode,
            min(afgevinkt) if afgevinkt else None,
            regel.sluiten_met,
            regel.medewerker,
        )


def _past(waarde: object, waarden: bool | list[object]) -> bool:
    """`als = { gedrag = ["D"] }`: een van de waarden; `als = { ambtsdrager = false }`: ja of nee (leeg is nee)."""
    if isinstance(waarden, bool):
        return bool(waarde) == waarden
    return waarde in waarden


@dataclass(frozen=True)
class _Regel:
    soort: str
    tekst: str
    maanden: int
    dagen: timedelta
    periode: bool
    sluiten_met: tuple[str, ...]
    velden: tuple[Nazorgkolom, ...]  # de kolommen die het punt afvinken
    medewerker: bool  # alleen als er een betrokken medewerker is
    als: tuple[tuple[str, list | bool], ...]  # verder alleen als het incident een van deze waarden heeft
    tekst_tegen_burgemeester: str = ""  # Losser 9: de tekst als de agressie tegen de burgemeester was


_GELEZEN: dict[int, tuple[Profiel, list[_Regel]]] = {}


def _regels(profiel: Profiel) -> list[_Regel]:
    """De [[nazorg]]-regels van het profiel, één keer gelezen (termijnen en rapport vragen ze per incident)."""
    bewaard = _GELEZEN.get(id(profiel))
    if bewaard is not None and bewaard[0] is profiel:
        return bewaard[1]
    regels = []
    for regel in profiel.gegevens.get("nazorg", []):
        als = regel.get("als", {})
        sluiten_met = tuple(regel.get("sluiten_met", ()))
        regels.append(
            _Regel(
                regel["soort"],
                regel["tekst"],
                int(regel.get("maanden", 0)),
                timedelta(days=int(regel.get("dagen", 0))),
                bool(regel.get("periode")),
                sluiten_met,
                tuple(VELDEN[s] for s in sluiten_met if s in VELDEN),
                bool(als.get("medewerker")),
                tuple((veld, waarden) for veld, waarden in als.items() if veld != "medewerker"),
                str(regel.get("tekst_tegen_burgemeester", "")),
            )
        )
    _GELEZEN.clear()  # één profiel tegelijk; een ander profiel (de tests) leest opnieuw
    _GELEZEN[id(profiel)] = (profiel, regels)
    return regels


def leg_vast(
    register: Register, nummer: str, datums: dict[str, date | None], vandaag: date | None = None
) -> IncidentRij:
    """Zet de opgegeven datums (gesprek, hulpverlening, afgerond) bij het incident. Een datum vóór het incident of in
    de toekomst wordt geweigerd, vóór er iets verandert."""
    vandaag = vandaag or date.today()
    incident = register.incident(nummer)
    gebeurd = incident.get("datum")
    if datums.get("reactie") is not None and not incident.get("ambtsdrager"):
        raise InvoerFout(
            f"«reactie»: incident {nummer} was niet gericht tegen een politiek ambtsdrager; de reactie van de "
            f"burgemeester hoort daar niet bij. Is het wel zo, leg dan eerst het ambt vast: agressie aanvullen {nummer} "
            "--ambt wethouder (of burgemeester, raadslid, commissielid). Er is niets vastgelegd."
        )
    for optie, waarde in datums.items():
        if waarde is not None:
            controleer_vastgelegde_datum(optie, waarde, nummer, gebeurd, vandaag)
    afgerond = datums.get("afgerond") or incident.get(VELDEN["afgerond"])
    eerder = [(o, d) for o in ("gesprek", "hulpverlening") if (d := datums.get(o) or incident.get(VELDEN[o]))]
    te_vroeg = [(o, d) for o, d in eerder if afgerond is not None and d > afgerond]
    if te_vroeg:
        optie, datum = te_vroeg[0]
        raise InvoerFout(
            f"«afgerond»: de nazorg is afgerond op {kort(afgerond)}, maar het {optie} was op {kort(datum)}: afronden "
            "kan pas daarna. Er is niets vastgelegd."
        )
    gewijzigd = False
    for optie, waarde in datums.items():
        if waarde is not None:
            incident[VELDEN[optie]] = waarde
            gewijzigd = True
    if gewijzigd:
        incident["gewijzigd"] = nu()
        register.log("nazorg", nummer)
    return incident
