"""Lopende verboden: het ene filter dat advies, historie, verboden, termijnen en opschonen gebruiken."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from agressie_cli.domein.personen import zoek_op_naam
from agressie_cli.domein.profiel import Profiel
from agressie_cli.domein.register import Register


def telt(maatregel: dict) -> bool:
    """Een vervangen of ingetrokken maatregel telt niet mee (2.4): niet voor herhaling, advies, termijnen of rapport."""
    return maatregel.get("status") not in ("vervangen", "ingetrokken")


def heeft_brief(maatregel: dict) -> bool:
    """Ging er bij deze maatregel een brief naar de persoon? Het document voor de aangifte (2.6) staat ook in de kolom
    Brief, maar is geen brief: het gaat naar de politie. Het maakt een incident niet 'brief gemaakt', vraagt geen
    'agressie verzonden' en sluit geen termijn voor een brief."""
    return bool(maatregel.get("bestand")) and maatregel.get("soort") != "aangifte"


def is_naast_advies(maatregel: dict, profiel: Profiel) -> bool:
    """Een soort die naast het advies komt: de aansprakelijkstelling (wel een brief) en de aangifte (Geertruidenberg 7;
    ook in een eigen profiel zonder `naast_advies`). Ze is niet de maatregel zelf: ze besluit niets, sluit de termijn
    van een week niet en is geen reactie op het incident."""
    if maatregel.get("soort") == "aangifte":
        return True
    soort = profiel.soorten.get(maatregel.get("soort") or "")
    return bool(soort and soort.naast_advies)


def is_actief(maatregel: dict, peildatum: date) -> bool:
    """Loopt de maatregel op de peildatum: ingang <= peildatum <= einde, of onbepaald (hoe oud ook). Een vervangen
    maatregel loopt nooit; een ingetrokken maatregel tot en met de dag van intrekken."""
    if maatregel.get("status") == "vervangen":
        return False
    ingetrokken = maatregel.get("ingetrokken")
    if ingetrokken is not None and peildatum > ingetrokken:
        return False
    ingang = maatregel.get("ingang")
    if ingang is None or ingang > peildatum:
        return False
    duur = maatregel.get("duur")
    if duur is not None and duur.onbepaald:
        return True
    einde = maatregel.get("einde")
    return einde is not None and peildatum <= einde


def lopende_verboden(
    maatregelen: list[dict], profiel: Profiel, peildatum: date, alleen_toegang: bool = False
) -> list[dict]:
    """De maatregelen die een toegangs- of belverbod zijn en op de peildatum lopen."""
    soorten = profiel.soorten
    uitkomst = []
    for m in maatregelen:
        soort = soorten.get(m.get("soort") or "")
        if soort is None or not soort.is_verbod or (alleen_toegang and not soort.toegang):
            continue
        if is_actief(m, peildatum):
            uitkomst.append(m)
    return uitkomst


def van_persoon(
    register: Register, profiel: Profiel, persoon: str | None, peildatum: date, alleen_toegang: bool = False
) -> list[dict]:
    return lopende_verboden(register.maatregelen_van(persoon), profiel, peildatum, alleen_toegang)


@dataclass
class Verbod:
    """Een regel van de lijst voor de receptie."""

    persoon: str | None
    naam: str | None
    geboortedatum: date | None
    soort: str
    label: str
    toegang: bool
    bellen: bool
    ingang: date
    einde: date | None  # None: onbepaalde tijd
    incident: str | None


def verboden_lijst(register: Register, profiel: Profiel, peildatum: date, naam: str | None = None) -> list[Verbod]:
    personen = register.index.personen
    filter_ = {p.get("persoon") for p in zoek_op_naam(register, naam)} if naam else None
    maatregelen = (
        register.maatregelen if filter_ is None else [m for m in register.maatregelen if m.get("persoon") in filter_]
    )
    uitkomst = []
    for m in lopende_verboden(maatregelen, profiel, peildatum):
        soort = profiel.soorten[m["soort"]]
        persoon = personen.get(m.get("persoon") or "", {})
        duur = m.get("duur")
        uitkomst.append(
            Verbod(
                persoon=m.get("persoon"),
                naam=persoon.get("naam"),
                geboortedatum=persoon.get("geboortedatum"),
                soort=m["soort"],
                label=soort.label,
                toegang=soort.toegang,
                bellen=soort.bellen,
                ingang=m["ingang"],
                einde=None if duur is not None and duur.onbepaald else m.get("einde"),
                incident=m.get("incident"),
            )
        )
    return sorted(uitkomst, key=lambda v: (str(v.naam or ""), v.ingang))
