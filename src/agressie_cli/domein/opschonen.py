"""Bewaartermijn (AVG): persoonsgegevens anonimiseren van wie lang geen incident meer had en geen lopend verbod heeft.
Het persoonnummer en alle tellingen blijven, zodat kwartaalcijfers voor en na gelijk zijn."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from agressie_cli.domein.datums import plus_maanden
from agressie_cli.domein.doorsturen import AAN
from agressie_cli.domein.profiel import Profiel
from agressie_cli.domein.rapportage import heeft_schade
from agressie_cli.domein.register import Register
from agressie_cli.domein.velden import PERSOONSVELDEN
from agressie_cli.domein.verboden import van_persoon

RAPPORT_MET_NAMEN = "rapport met namen"  # de actie in het logboek, zodat opschonen zulke rapporten kan noemen
# waarmee en aanleiding (2.6): vrije tekst voor de aangifte, die persoonsgegevens kan bevatten
PERSOONLIJKE_INCIDENTVELDEN = (
    "naam",
    "omschrijving",
    "melder",
    "functie",
    "medewerker",
    "leidinggevende",
    "leidinggevende_email",
    "waarmee",
    "aanleiding",
)
SCHADEVELDEN = ("letsel", "psychisch", "materiele_schade")


@dataclass
class Kandidaat:
    persoon: str | None
    naam: str
    laatste_incident: date | None
    incidenten: int


def kandidaten(register: Register, profiel: Profiel, peildatum: date, bewaartermijn_jaren: int) -> list[Kandidaat]:
    uitkomst = []
    for persoon in register.personen:
        if persoon.get("geanonimiseerd") or persoon.get("samengevoegd_in"):
            continue  # al leeg: geanonimiseerd, of opgegaan in een ander (die zelf zijn termijn heeft)
        nummer = persoon.get("persoon")
        incidenten = register.incidenten_van(nummer)
        data = [i["datum"] for i in incidenten if i.get("datum") is not None]
        laatste = max(data) if data else None
        if laatste is not None and plus_maanden(laatste, 12 * bewaartermijn_jaren) > peildatum:
            continue
        if van_persoon(register, profiel, nummer, peildatum):
            continue  # nooit zolang er een verbod loopt
        uitkomst.append(Kandidaat(nummer, str(persoon.get("naam") or ""), laatste, len(incidenten)))
    return uitkomst


def brief_in_map(briefmap: Path, bestand: object) -> Path | None:
    """Alleen een kale bestandsnaam in de map met brieven. De kolom Brief is met de hand te wijzigen: met
    '../agressie.toml' of een volledig pad erin zou opschonen anders elk bestand kunnen verwijderen (2.5)."""
    naam = str(bestand or "").strip()
    if not naam or naam in (".", "..") or any(teken in naam for teken in "/\\:") or naam.startswith("."):
        return None
    if Path(naam).suffix.lower() not in (".docx", ".pdf"):
        return None
    return briefmap / naam


_BRIEFNAAM = re.compile(r"^\d{4}-\d{4,}-.+\.(docx|pdf)$", re.IGNORECASE)


def brieven_zonder_maatregel(register: Register, briefmap: Path) -> list[Path]:
    """Brieven in de briefmap die geen maatregel noemt: achtergebleven van een `brief` die werd afgebroken voordat
    het register bewaard was (2.5). Nooit een besluit geworden, wel persoonsgegevens. Alleen bestanden met de naam
    die agressie geeft (2026-0001-soort-Naam.docx); alles wat de gemeente er zelf neerzet, blijft."""
    if not briefmap.is_dir():
        return []
    genoemd = {Path(str(m["bestand"])).stem.lower() for m in register.maatregelen if m.get("bestand")}
    return sorted(
        pad
        for pad in briefmap.iterdir()
        if pad.is_file() and _BRIEFNAAM.match(pad.name) and pad.stem.lower() not in genoemd
    )


@dataclass
class Opgeschoond:
    verwijderd: list[Path] = field(default_factory=list)  # brieven in de briefmap
    elders: list[Path] = field(default_factory=list)  # brieven die met --uit buiten de briefmap zijn gemaakt
    concepten: list[Path] = field(default_factory=list)  # e-mails van doorsturen in uitgaand/


def anonimiseer(
    register: Register, nummers: list[str], briefmap: Path, peildatum: date, uitgaandmap: Path | None = None
) -> Opgeschoond:
    """Maakt de personen onherkenbaar en verwijdert hun brieven uit de briefmap. Een brief die met --uit elders is
    gemaakt, wordt niet verwijderd (alleen de briefmap is van agressie, zie brief_in_map) maar genoemd, zodat de
    coördinator hem zelf weghaalt."""
    uitkomst = Opgeschoond()
    for persoon in register.personen:
        if persoon.get("persoon") not in nummers:
            continue
        for veld in PERSOONSVELDEN:
            persoon[veld] = None
        persoon["geanonimiseerd"] = peildatum
        register.namen_gewijzigd()
        register.log("opschonen", persoon["persoon"])
    for incident in register.incidenten:
        if incident.get("persoon") not in nummers:
            continue
        if uitgaandmap is not None:  # de e-mailconcepten van doorsturen (2.7): de naam komt uit nummer en ontvanger
            for aan in AAN:
                concept = uitgaandmap / f"{incident['incident']}-{aan}.eml"
                if concept.is_file():
                    concept.unlink()
                    uitkomst.concepten.append(concept)
        for veld in PERSOONLIJKE_INCIDENTVELDEN:
            incident[veld] = [] if veld == "medewerker" else None
        for veld in SCHADEVELDEN:  # de beschrijving gaat weg, het feit dat er schade was blijft (voor de cijfers)
            if incident.get(veld) not in (None, ""):
                incident[veld] = "ja" if heeft_schade(incident[veld]) else "nee"
    for maatregel in register.maatregelen:
        if maatregel.get("persoon") not in nummers:
            continue
        brief = brief_in_map(briefmap, maatregel.get("bestand"))
        if brief is not None and maatregel.get("map"):
            elders = Path(str(maatregel["map"])) / brief.name
            uitkomst.elders += [p for p in (elders, elders.with_suffix(".pdf")) if p.is_file()]
        elif brief is not None:
            for pad in (brief, brief.with_suffix(".pdf")):
                if pad.is_file():
                    pad.unlink()
                    uitkomst.verwijderd.append(pad)
        maatregel["bestand"] = None
        maatregel["map"] = None
        maatregel["toelichting"] = None
        maatregel["overtreding"] = None
    return uitkomst
