"""Coördinator (3.5): de meldingen die medewerkers op het web deden, beoordelen vóór ze als incident doorgaan. Een
melding op het web krijgt meteen een incidentnummer (een nummer wordt nooit opnieuw uitgegeven) en staat op 'te
beoordelen' (kolom «beoordeling»). De coördinator aanvaardt haar (het incident gaat door met hetzelfde nummer),
voegt haar samen met een incident dat er al is (de melding vervalt en verwijst ernaar) of wijst haar af met een reden
(de melding vervalt, maar blijft bewaard). Elke stap komt met de naam van de gebruiker in het logboek."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from agressie_cli.domein.fouten import InvoerFout
from agressie_cli.handelingen.werkplek import Werkplek

if TYPE_CHECKING:
    from agressie_cli.domein.register import Register
    from agressie_cli.domein.rijen import IncidentRij

TE_BEOORDELEN = "te beoordelen"


class GeenMelding(InvoerFout):
    """Het nummer bestaat niet in het register (het web: 404)."""

    def __init__(self, nummer: str):
        super().__init__(f"Melding {nummer} bestaat niet in het register.")


@dataclass(frozen=True)
class Webmelding:
    """Een melding van het web die op de coördinator wacht: wat hij nodig heeft om te beslissen."""

    incident: str
    datum: date | None
    persoon: str | None
    naam: str | None
    afdeling: str | None
    omschrijving: str | None
    gemeld_door: str | None
    mogelijk_dubbel: tuple[str, ...]  # incidenten van dezelfde persoon op dezelfde dag (om mee samen te voegen)


@dataclass(frozen=True)
class Beoordeeld:
    incident: str
    beoordeling: str  # aanvaard, samengevoegd of afgewezen
    status: str  # de status van het incident daarna (bij samenvoegen en afwijzen: vervallen)
    samengevoegd_met: str | None
    reden: str | None


def te_beoordelen(werkplek: Werkplek) -> tuple[Webmelding, ...]:
    """De meldingen van het web die nog beoordeeld moeten worden, de oudste eerst."""
    from agressie_cli.domein.meldingen import mogelijk_dubbel

    register = werkplek.lees()
    namen = {p.get("persoon"): p.get("naam") for p in register.personen}
    uit = []
    for i in register.incidenten:
        if i.get("beoordeling") != TE_BEOORDELEN or i.get("status") == "vervallen":
            continue
        dubbel: list[str] = []
        persoon, datum = i.get("persoon"), i.get("datum")
        if persoon and datum:
            dubbel = [str(d) for d in mogelijk_dubbel(register, persoon, datum) if str(d) != i["incident"]]
        uit.append(
            Webmelding(
                incident=str(i["incident"]),
                datum=i.get("datum"),
                persoon=i.get("persoon"),
                naam=namen.get(i.get("persoon")),
                afdeling=i.get("afdeling") or None,
                omschrijving=i.get("omschrijving") or None,
                gemeld_door=i.get("gemeld_door") or None,
                mogelijk_dubbel=tuple(dubbel),
            )
        )
    return tuple(sorted(uit, key=lambda m: (m.datum or date.min, m.incident)))


def aanvaarden(werkplek: Werkplek, incident: str) -> Beoordeeld:
    """De melding gaat door als geregistreerd incident, met hetzelfde nummer (daarna: aanvullen, advies, brief)."""
    with werkplek.wijzig() as register:
        rij = _wacht(register, incident)
        _beoordeel(register, rij, "aanvaard", werkplek)
        register.log("aanvaarden", str(rij["incident"]))
    return Beoordeeld(str(rij["incident"]), "aanvaard", str(rij.get("status") or ""), None, None)


def afwijzen(werkplek: Werkplek, incident: str, reden: str | None) -> Beoordeeld:
    """De melding gaat niet door: ze vervalt met de reden (verplicht) en blijft bewaard; het nummer wordt niet
    opnieuw uitgegeven."""
    from agressie_cli.domein.correcties import intrekken

    if not (reden or "").strip():
        raise InvoerFout("«reden»: vul in waarom de melding niet doorgaat. Er is niets gewijzigd.")
    with werkplek.wijzig() as register:
        rij = _wacht(register, incident)
        ingetrokken = intrekken(register, werkplek.profiel, str(rij["incident"]), reden, date.today())
        _beoordeel(register, rij, "afgewezen", werkplek, reden=ingetrokken.reden)
        register.log("afwijzen", str(rij["incident"]))
    return Beoordeeld(str(rij["incident"]), "afgewezen", str(rij.get("status")), None, ingetrokken.reden)


def samenvoegen(werkplek: Werkplek, incident: str, met: str | None, reden: str | None = None) -> Beoordeeld:
    """De melding gaat over een incident dat er al is (bijvoorbeeld ook door een collega gemeld): ze vervalt en
    verwijst naar dat incident («samengevoegd_met»); het andere incident gaat door zoals het was."""
    from agressie_cli.domein.correcties import intrekken

    met = (met or "").strip()
    if not met:
        raise InvoerFout(
            "«samengevoegd_met»: vul het nummer in van het incident waar de melding bij hoort (2026-0012)."
        )
    with werkplek.wijzig() as register:
        rij = _wacht(register, incident)
        try:
            doel = register.incident(met)
        except InvoerFout:
            raise InvoerFout(f"«samengevoegd_met»: incident {met} bestaat niet. Er is niets gewijzigd.") from None
        if doel is rij or doel.get("incident") == rij.get("incident"):
            raise InvoerFout("«samengevoegd_met»: kies een ander incident dan de melding zelf. Er is niets gewijzigd.")
        if doel.get("status") == "vervallen" or doel.get("beoordeling") == TE_BEOORDELEN:
            raise InvoerFout(
                f"«samengevoegd_met»: incident {doel['incident']} is zelf "
                f"{'ingetrokken' if doel.get('status') == 'vervallen' else 'nog te beoordelen'}; kies een incident "
                "dat doorgaat. Er is niets gewijzigd."
            )
        tekst = f"samengevoegd met {doel['incident']}" + (f": {reden.strip()}" if reden and reden.strip() else "")
        ingetrokken = intrekken(register, werkplek.profiel, str(rij["incident"]), tekst, date.today())
        rij["samengevoegd_met"] = str(doel["incident"])
        _beoordeel(register, rij, "samengevoegd", werkplek, reden=ingetrokken.reden)
        register.log("samenvoegen", str(rij["incident"]))
    return Beoordeeld(
        str(rij["incident"]), "samengevoegd", str(rij.get("status")), str(doel["incident"]), ingetrokken.reden
    )


# --- samen ------------------------------------------------------------------------------------------


def _wacht(register: Register, incident: str) -> IncidentRij:
    try:
        rij = register.incident(incident)
    except InvoerFout:
        raise GeenMelding(incident) from None
    if rij.get("beoordeling") != TE_BEOORDELEN:
        if rij.get("beoordeling"):
            raise InvoerFout(
                f"Melding {rij['incident']} is al beoordeeld ({rij['beoordeling']}). Er is niets gewijzigd."
            )
        raise InvoerFout(f"Incident {rij['incident']} is geen melding van het web die op beoordeling wacht.")
    return rij


def _beoordeel(
    register: Register, rij: IncidentRij, uitkomst: str, werkplek: Werkplek, reden: str | None = None
) -> None:
    from agressie_cli.domein.register import gebruikersnaam

    rij["beoordeling"] = uitkomst
    rij["beoordeling_reden"] = reden
    rij["beoordeeld_door"] = werkplek.gebruiker or register.gebruiker or gebruikersnaam()
