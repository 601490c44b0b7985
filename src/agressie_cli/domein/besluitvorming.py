"""Wie besliste, en de goedkeuring door een tweede persoon (3.4). Elke maatregel kan vastleggen wie hem besloot
("naam, functie"; Geertruidenberg 9.1: de clustermanager met de AOV-er; Losser 9: de burgemeester bij een politiek
ambtsdrager). Met `goedkeuring = true` in het profiel is een verbodsbrief pas definitief als een ander dan wie besloot
hem goedkeurde (agressie goedkeuren): tot dan weigert agressie verzonden hem en staat hij op agressie termijnen."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from agressie_cli.domein.fouten import InvoerFout
from agressie_cli.domein.nederlands import kort
from agressie_cli.domein.profiel import Profiel
from agressie_cli.domein.register import Register
from agressie_cli.domein.rijen import MaatregelRij
from agressie_cli.domein.velden import controleer_tekst

MAX_LENGTE = 120


def lees_besloten_door(tekst: str | None, veld: str = "besloten_door") -> str | None:
    """'naam, functie' op één regel ('K. Smits, clustermanager'); leeg: None."""
    if tekst is None or not tekst.strip():
        return None
    waarde = " ".join(controleer_tekst(f"«{veld}»", tekst.strip()).split())
    naam, komma, functie = waarde.partition(",")
    if not komma or not naam.strip() or not functie.strip():
        raise InvoerFout(
            f'«{veld}»: geef naam en functie, gescheiden door een komma. Voorbeeld: "K. Smits, clustermanager". Er is '
            "niets vastgelegd."
        )
    if len(waarde) > MAX_LENGTE:
        raise InvoerFout(f"«{veld}»: hoogstens {MAX_LENGTE} tekens. Er is niets vastgelegd.")
    return waarde


def _verbod_met_brief(profiel: Profiel, m: MaatregelRij) -> bool:
    soort = profiel.soorten.get(str(m.get("soort") or ""))
    return soort is not None and soort.is_verbod and soort.brief and bool(m.get("bestand"))


def wacht_op_goedkeuring(profiel: Profiel, m: MaatregelRij) -> bool:
    """Een geldige verbodsbrief die het profiel pas definitief maakt na goedkeuring, en die nog niet goedgekeurd is."""
    return (
        profiel.goedkeuring
        and m.get("status") in (None, "", "geldig")
        and _verbod_met_brief(profiel, m)
        and m.get("goedgekeurd") is None
    )


def goedkeuren(register: Register, profiel: Profiel, m: MaatregelRij, door: str | None, datum: date) -> MaatregelRij:
    nummer = str(m.get("maatregel"))
    door_w = lees_besloten_door(door, "door")
    if door_w is None:
        raise InvoerFout(
            '«door» ontbreekt: wie keurt goed? Geef naam en functie, bijvoorbeeld "A. Jansen, AOV-er". Er is niets '
            "vastgelegd."
        )
    if m.get("status") not in (None, "", "geldig"):
        raise InvoerFout(f"Maatregel {nummer} is {m.get('status')}; er valt niets goed te keuren.")
    if not _verbod_met_brief(profiel, m):
        raise InvoerFout(f"Maatregel {nummer} is geen verbodsbrief; goedkeuren is er voor een verbodsbrief.")
    if m.get("goedgekeurd") is not None:
        raise InvoerFout(f"Maatregel {nummer} is al goedgekeurd op {kort(m['goedgekeurd'])}. Er is niets vastgelegd.")
    besloten = str(m.get("besloten_door") or "")
    if besloten and besloten.split(",")[0].strip().casefold() == door_w.split(",")[0].strip().casefold():
        raise InvoerFout(
            "«door»: goedkeuren doet een tweede persoon, niet wie de maatregel besloot. Er is niets vastgelegd."
        )
    besluit = m.get("datum")
    if besluit is not None and datum < besluit:
        raise InvoerFout(f"«datum»: {kort(datum)} ligt vóór het besluit van {kort(besluit)}. Er is niets vastgelegd.")
    m["goedgekeurd_door"], m["goedgekeurd"] = door_w, datum
    register.log("goedkeuren", nummer)
    return m


@dataclass(frozen=True)
class Wachtend:
    maatregel: str
    incident: str | None
    persoon: str | None
    sinds: date


def wachtend(register: Register, profiel: Profiel, peildatum: date) -> list[Wachtend]:
    """De verbodsbrieven die op goedkeuring wachten (tot en met de peildatum gemaakt)."""
    if not profiel.goedkeuring:
        return []
    return [
        Wachtend(str(m.get("maatregel")), m.get("incident"), m.get("persoon"), datum)
        for m in register.maatregelen
        if wacht_op_goedkeuring(profiel, m) and (datum := m.get("datum")) is not None and datum <= peildatum
    ]
