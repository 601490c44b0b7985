"""Wat open staat, het dringendste eerst: reactietermijnen, onvolledige meldingen, aflopende verboden, nazorg, 48 uur."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from agressie_cli.domein.datums import plus_maanden, voluit
from agressie_cli.domein.profiel import Profiel
from agressie_cli.domein.register import Register
from agressie_cli.domein.verboden import lopende_verboden

ZONDER_MAATREGEL = ("gemeld", "compleet")
VERBOD_SIGNAAL_DAGEN = 14
NAZORG_MAANDEN = 3
ACHTERSTAND_DAGEN = 90  # wat langer verlopen is, toont de lijst samengevat (achterstand, geen dagelijks werk)


@dataclass
class Termijn:
    soort: str
    incident: str | None
    persoon: str | None
    uiterlijk: date
    dagen: int  # dagen tot de termijn; negatief: verlopen
    omschrijving: str

    @property
    def verlopen(self) -> bool:
        return self.dagen < 0


def _item(
    soort: str, incident: str | None, uiterlijk: date, peildatum: date, tekst: str, persoon: str | None = None
) -> Termijn:
    return Termijn(soort, incident, persoon, uiterlijk, (uiterlijk - peildatum).days, tekst)


def termijnen(register: Register, profiel: Profiel, peildatum: date) -> list[Termijn]:
    items: list[Termijn] = []
    for inc in register.incidenten:
        datum = inc.get("datum")
        if datum is None or datum > peildatum:
            continue
        nummer = inc.get("incident")
        status = inc.get("status")
        if status in ZONDER_MAATREGEL:
            uiterlijk = datum + timedelta(days=profiel.reactietermijn_dagen)
            items.append(
                _item(
                    "maatregel",
                    nummer,
                    uiterlijk,
                    peildatum,
                    f"Maatregel besluiten en aan de persoon laten weten (binnen een week na het incident van {voluit(datum)}).",
                )
            )
        if inc.get("ontbrekend") and status != "afgehandeld":
            items.append(
                _item(
                    "melding onvolledig",
                    nummer,
                    datum + timedelta(days=profiel.reactietermijn_dagen),
                    peildatum,
                    f"Melding aanvullen; ontbreekt: {inc['ontbrekend']}.",
                )
            )
        if inc.get("medewerker"):
            gesprek = datum + timedelta(days=1)
            if peildatum <= gesprek:
                items.append(
                    _item(
                        "gesprek medewerker",
                        nummer,
                        gesprek,
                        peildatum,
                        "Leidinggevende spreekt de betrokken medewerker(s) dezelfde dag, uiterlijk de dag erna (9.1).",
                    )
                )
            einde_nazorg = plus_maanden(datum, NAZORG_MAANDEN)
            if peildatum <= einde_nazorg:
                items.append(
                    _item(
                        "nazorg",
                        nummer,
                        einde_nazorg,
                        peildatum,
                        "Leidinggevende volgt het herstel van de betrokken medewerker(s) drie maanden (9.2).",
                    )
                )
        if inc.get("ambtsdrager") and status in ZONDER_MAATREGEL:
            moment = datetime.combine(datum, inc.get("tijd") or time(0)) + timedelta(hours=48)
            items.append(
                _item(
                    "reactie burgemeester",
                    nummer,
                    moment.date(),
                    peildatum,
                    f"Politiek ambtsdrager: de burgemeester reageert schriftelijk binnen 48 uur, uiterlijk {voluit(moment.date())} {moment:%H.%M} uur.",
                )
            )
    soorten = profiel.soorten
    for m in lopende_verboden(register.maatregelen, profiel, peildatum):
        soort = soorten[m["soort"]]
        einde = m.get("einde")
        if m.get("duur") is not None and m["duur"].onbepaald:
            continue
        if einde is not None and (einde - peildatum).days <= VERBOD_SIGNAAL_DAGEN:
            items.append(
                _item(
                    "verbod loopt af",
                    m.get("incident"),
                    einde,
                    peildatum,
                    f"{soort.label} van {m.get('persoon')} loopt af op {voluit(einde)}; receptie en politie informeren.",
                    m.get("persoon"),
                )
            )
    volgorde = {
        "reactie burgemeester": 0,
        "maatregel": 1,
        "gesprek medewerker": 2,
        "melding onvolledig": 3,
        "verbod loopt af": 4,
        "nazorg": 5,
    }
    return sorted(items, key=lambda i: (i.uiterlijk, volgorde.get(i.soort, 9), str(i.incident)))


def splits_achterstand(items: list[Termijn]) -> tuple[list[Termijn], list[Termijn]]:
    """(actueel, achterstand): achterstand is wat al meer dan ACHTERSTAND_DAGEN verlopen is. In een register
    van jaren staan daar vaak honderden oude, nooit afgesloten incidenten; die verdringen anders wat deze week moet."""
    actueel = [i for i in items if i.dagen >= -ACHTERSTAND_DAGEN]
    achterstand = [i for i in items if i.dagen < -ACHTERSTAND_DAGEN]
    return actueel, achterstand
