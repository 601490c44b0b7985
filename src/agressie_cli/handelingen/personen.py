"""Een persoon opzoeken voor de coördinator op het web (3.5): de treffers op naam of nummer, en één persoon met zijn
incidenten, maatregelen, verwachte bezoeken en inzageverzoeken (3.4), om daar een bezoek of inzage vast te leggen.
Elke opvraging komt in het logboek (gebruiker, tijd, persoonnummer of "geen treffer"; nooit de gezochte naam), zoals
bij de receptie; `agressie logboek --opvragingen` toont ze samen."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from agressie_cli.domein.fouten import InvoerFout
from agressie_cli.domein.rijen import PersoonRij
from agressie_cli.handelingen.werkplek import Werkplek

OPVRAGING = "opvragen persoon"


@dataclass(frozen=True)
class Persoonstreffer:
    persoon: str
    naam: str
    geboortedatum: date | None
    incidenten: int


@dataclass(frozen=True)
class Persoonsbeeld:
    persoon: str
    naam: str
    geboortedatum: date | None
    historie: Any  # domein.historie.Historie: incidenten, maatregelen, lopende verboden
    bezoeken: tuple[str, ...]  # verwachte bezoeken zoals het register ze noemt
    inzage: tuple[str, ...]  # inzageverzoeken en verstrekkingen
    inzagebrief: bool  # er is een inzagebrief om te downloaden


def zoek(werkplek: Werkplek, tekst: str) -> tuple[Persoonstreffer, ...]:
    """De personen waarvan de naam de tekst bevat, of die met dit nummer; de opvraging komt in het logboek."""
    from agressie_cli.domein.personen import zoek_op_naam

    tekst = (tekst or "").strip()
    if len(tekst) < 2:
        raise InvoerFout("«naam»: vul minstens twee letters van de naam in (of het persoonnummer, bijvoorbeeld P0012).")
    register = werkplek.lees()
    treffers = tuple(
        Persoonstreffer(
            persoon=str(p.get("persoon")),
            naam=str(p.get("naam") or ""),
            geboortedatum=p.get("geboortedatum"),
            incidenten=len(register.incidenten_van(str(p.get("persoon")))),
        )
        for p in zoek_op_naam(register, tekst)
        if not p.get("geanonimiseerd")
    )
    werkplek.opslag.noteer(OPVRAGING, [t.persoon for t in treffers] or ["geen treffer"], werkplek.gebruiker)
    return treffers


def persoon(werkplek: Werkplek, nummer: str, peildatum: date | None = None) -> Persoonsbeeld:
    """Eén persoon op nummer (P0001), met zijn historie; de opvraging komt in het logboek."""
    from agressie_cli.domein.historie import historie

    nummer = (nummer or "").strip().upper()
    register = werkplek.lees()
    rij = register.persoon(nummer)  # InvoerFout als het nummer niet bestaat
    if rij.get("geanonimiseerd"):
        raise InvoerFout(f"Persoon {nummer} is geanonimiseerd: er zijn geen gegevens meer.")
    beeld = historie(register, werkplek.profiel, nummer, peildatum or date.today())
    werkplek.opslag.noteer(OPVRAGING, nummer, werkplek.gebruiker)
    return Persoonsbeeld(
        persoon=nummer,
        naam=str(rij.get("naam") or ""),
        geboortedatum=rij.get("geboortedatum"),
        historie=beeld,
        bezoeken=tuple(str(b) for b in rij.get("bezoeken") or [] if b),
        inzage=tuple(str(v) for v in rij.get("inzage") or [] if v),
        inzagebrief=_inzagebrief(werkplek, rij) is not None,
    )


def inzagebrief(werkplek: Werkplek, nummer: str) -> Path:
    """De laatste inzagebrief (DOCX) van een persoon."""
    rij = werkplek.lees().persoon((nummer or "").strip().upper())
    pad = _inzagebrief(werkplek, rij)
    if pad is None:
        raise InvoerFout(f"Persoon {nummer.strip().upper()} heeft geen inzagebrief om te downloaden.")
    return pad


def _inzagebrief(werkplek: Werkplek, rij: PersoonRij) -> Path | None:
    brieven = [str(b) for b in rij.get("inzagebrief") or [] if b]
    if not brieven:
        return None
    pad = werkplek.instellingen.briefmap / Path(brieven[-1]).name
    return pad if pad.is_file() else None
