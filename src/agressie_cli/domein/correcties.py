"""Vergissingen herstellen (2.4): een maatregel of incident intrekken, een verzonden brief vastleggen. Elke correctie
is een vastgelegde handeling met datum en reden, nooit een stille verwijdering: het register is het dossier van de
gemeente en de basis van verboden die een rechter kan toetsen."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from agressie_cli.domein.fouten import InvoerFout
from agressie_cli.domein.meldingen import ververs
from agressie_cli.domein.nederlands import kort
from agressie_cli.domein.profiel import Profiel
from agressie_cli.domein.register import Register
from agressie_cli.domein.rijen import MaatregelRij, PersoonRij, zet
from agressie_cli.domein.velden import VERZENDWIJZEN, controleer_tekst
from agressie_cli.domein.verboden import heeft_brief, herstel_vervangen, neem_vervanging_over
from agressie_cli.domein.verzending import afwijkende_wijze

_MAATREGELNUMMER = re.compile(r"^[Mm]\d+$")


@dataclass
class Ingetrokken:
    nummer: str  # het maatregel- of incidentnummer
    soort: str  # "maatregel" of "incident"
    datum: date
    reden: str
    maatregelen: list[str]  # de maatregelen die ermee zijn ingetrokken
    hersteld: list[str] = field(default_factory=list)  # verboden die een ingetrokken verbod verving: ze lopen weer


def maatregel(register: Register, nummer: str) -> MaatregelRij:
    nummer = (nummer or "").strip().upper()
    gevonden = next((m for m in register.maatregelen if str(m.get("maatregel") or "").upper() == nummer), None)
    if gevonden is None:
        raise InvoerFout(
            f"Maatregel '{nummer}' bestaat niet in het register. Zoek het nummer op met: agressie historie"
        )
    return gevonden


def intrekken(register: Register, profiel: Profiel, nummer: str, reden: str | None, datum: date) -> Ingetrokken:
    """Een maatregel (M00001) eindigt op `datum`; een incident (2026-0009, bijvoorbeeld dubbel gemeld) vervalt, met
    al zijn maatregelen. Zonder reden, of met een datum vóór de ingang van de maatregel: geweigerd."""
    reden = controleer_tekst("«reden»", (reden or "").strip())
    if not reden:
        raise InvoerFout(
            "«reden» is verplicht: een intrekking is een vastgelegde handeling, met een reden. Er is niets gewijzigd."
        )
    if _MAATREGELNUMMER.match((nummer or "").strip()):
        m = maatregel(register, nummer)
        _trek_in(m, datum, reden)
        hersteld = herstel_vervangen(register, str(m["maatregel"]), profiel=profiel)
        incident = register.index.incidenten.get(str(m.get("incident") or ""))
        if incident is not None:
            ververs(register, incident, profiel)
        register.log("intrekken", str(m.get("maatregel")))
        return Ingetrokken(str(m["maatregel"]), "maatregel", datum, reden, [str(m["maatregel"])], hersteld)
    incident = register.incident(nummer)
    if incident.get("status") == "vervallen":
        raise InvoerFout(f"Incident {incident['incident']} is al ingetrokken. Er is niets gewijzigd.")
    ingetrokken: list[str] = []
    hersteld = []
    for m in register.maatregelen_van_incident(incident["incident"]):
        if m.get("status") in (None, "", "geldig"):
            _trek_in(m, max(datum, m.get("ingang") or datum), reden)
            ingetrokken.append(str(m.get("maatregel")))
            hersteld += herstel_vervangen(register, str(m.get("maatregel")), profiel=profiel)
    incident["status"] = "vervallen"
    register.log("intrekken", str(incident["incident"]))
    return Ingetrokken(str(incident["incident"]), "incident", datum, reden, ingetrokken, hersteld)


def _trek_in(m: MaatregelRij, datum: date, reden: str) -> None:
    if m.get("status") in ("vervangen", "ingetrokken"):
        raise InvoerFout(f"Maatregel {m.get('maatregel')} is al {m.get('status')}. Er is niets gewijzigd.")
    if (ingang := m.get("ingang")) is not None and datum < ingang:
        raise InvoerFout(
            f"«datum»: {kort(datum)} ligt vóór de ingang van maatregel {m.get('maatregel')} ({kort(ingang)}). "
            "Er is niets gewijzigd."
        )
    m["status"], m["ingetrokken"], m["reden"] = "ingetrokken", datum, reden


def verzonden(
    register: Register,
    profiel: Profiel,
    nummer: str,
    datum: date,
    wijze: str | None,
    waarschuwingen: list[str] | None = None,
) -> MaatregelRij:
    """Wanneer en hoe de brief van een maatregel de deur uit ging; daarna staat het incident op 'brief verstuurd'.
    Wijkt de wijze af van wat de brief zegt (3.1), dan komt er een waarschuwing in `waarschuwingen`; geweigerd wordt
    er niets."""
    m = maatregel(register, nummer)
    if m.get("status") in ("vervangen", "ingetrokken"):
        raise InvoerFout(f"Maatregel {m.get('maatregel')} is {m.get('status')}; die brief gaat niet meer de deur uit.")
    if not heeft_brief(m, profiel) and not (
        profiel.soorten.get(m.get("soort") or "") and profiel.soorten[m["soort"] or ""].brief
    ):
        raise InvoerFout(f"Maatregel {m.get('maatregel')} ({m.get('soort')}) heeft geen brief om te verzenden.")
    if (brief := m.get("datum")) is not None and datum < brief:
        raise InvoerFout(f"«datum»: {kort(datum)} ligt vóór de brief van {kort(brief)}.")
    from agressie_cli.domein.besluitvorming import wacht_op_goedkeuring

    if wacht_op_goedkeuring(profiel, m):  # 3.4: pas definitief na goedkeuring door een tweede persoon
        raise InvoerFout(
            f"De brief van maatregel {m.get('maatregel')} is nog niet definitief: het profiel vraagt goedkeuring door "
            f'een tweede persoon. Eerst: agressie goedkeuren {m.get("maatregel")} --door "naam, functie". Er is niets '
            "vastgelegd."
        )
    if wijze is not None and wijze not in VERZENDWIJZEN:
        raise InvoerFout(f"«wijze»: '{wijze}' is onbekend. Kies uit: {', '.join(VERZENDWIJZEN)}.")
    afwijking = afwijkende_wijze(profiel, m, register.persoon_van(m) or PersoonRij(), wijze)
    if afwijking and waarschuwingen is not None:
        waarschuwingen.append(afwijking)
    m["verzonden"], m["wijze"] = datum, wijze
    incident = register.index.incidenten.get(str(m.get("incident") or ""))
    if incident is not None:
        ververs(register, incident, profiel)
    register.log("verzonden", str(m["maatregel"]))
    return m


def vervang(register: Register, incident: str, soort: str, door: str, profiel: Profiel | None = None) -> list[str]:
    """Een brief die opnieuw gemaakt is (--overschrijven), vervangt de geldige maatregel van hetzelfde incident en
    dezelfde soort: die telt nergens meer mee (verboden, advies, termijnen, rapport)."""
    vervangen = []
    nieuw = next((x for x in register.maatregelen if x.get("maatregel") == door), None)
    for m in register.maatregelen_van_incident(incident):
        if m.get("soort") == soort and m.get("status") in (None, "", "geldig") and m.get("maatregel") != door:
            # Was die maatregel al door een zwaarder verbod vervangen (3.1), dan is de nieuwe brief dat ook: er lopen
            # nooit twee verboden naast elkaar. Daarna wijst vervangen_door naar de nieuwe brief.
            neem_vervanging_over(register, m, nieuw, profiel)
            if nieuw is not None:  # 3.4: de reacties en verzoeken van de persoon gaan mee naar de nieuwe brief
                zet(nieuw, "reacties", [*(m.get("reacties") or []), *(nieuw.get("reacties") or [])] or None)
                zet(m, "reacties", None)
                zet(nieuw, "verzoeken", [*(m.get("verzoeken") or []), *(nieuw.get("verzoeken") or [])] or None)
                zet(m, "verzoeken", None)
            m["status"], m["vervangen_door"], m["vervangen_per"] = "vervangen", door, None
            vervangen.append(str(m.get("maatregel")))
            register.log("vervangen", str(m.get("maatregel")))
            # Verving die maatregel een eerder verbod (3.1), dan doet de nieuwe brief dat nu.
            herstel_vervangen(register, str(m.get("maatregel")), nieuw)
    return vervangen
