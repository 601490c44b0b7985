"""Wat open staat, het dringendste eerst: reactietermijnen, onvolledige meldingen, aflopende verboden, nazorg, 48 uur."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from agressie_cli.advies import is_actief
from agressie_cli.datums import plus_maanden, voluit
from agressie_cli.profiel import Profiel
from agressie_cli.register import Register

ZONDER_MAATREGEL = ("gemeld", "compleet")
VERBOD_SIGNAAL_DAGEN = 14
NAZORG_MAANDEN = 3
ACHTERSTAND_DAGEN = 90  # wat langer verlopen is, toont de lijst samengevat (achterstand, geen dagelijks werk)


def _item(soort: str, incident: str | None, uiterlijk: date, peildatum: date, tekst: str, persoon: str | None = None) -> dict:
    dagen = (uiterlijk - peildatum).days
    return {
        "soort": soort,
        "incident": incident,
        "persoon": persoon,
        "uiterlijk": uiterlijk.isoformat(),
        "dagen": dagen,
        "verlopen": dagen < 0,
        "omschrijving": tekst,
    }


def termijnen(register: Register, profiel: Profiel, peildatum: date) -> list[dict]:
    items: list[dict] = []
    for inc in register.incidenten:
        datum = inc.get("datum")
        if not isinstance(datum, date) or datum > peildatum:
            continue
        nummer = inc.get("incident")
        status = inc.get("status")
        if status in ZONDER_MAATREGEL:
            uiterlijk = datum + timedelta(days=profiel.reactietermijn_dagen)
            items.append(_item("maatregel", nummer, uiterlijk, peildatum,
                               f"Maatregel besluiten en aan de persoon laten weten (binnen een week na het incident van {voluit(datum)})."))
        if inc.get("ontbrekend") and status != "afgehandeld":
            items.append(_item("melding onvolledig", nummer, datum + timedelta(days=profiel.reactietermijn_dagen), peildatum,
                               f"Melding aanvullen; ontbreekt: {inc['ontbrekend']}."))
        if inc.get("medewerker"):
            gesprek = datum + timedelta(days=1)
            if peildatum <= gesprek:
                items.append(_item("gesprek medewerker", nummer, gesprek, peildatum,
                                   "Leidinggevende spreekt de betrokken medewerker(s) dezelfde dag, uiterlijk de dag erna (9.1)."))
            einde_nazorg = plus_maanden(datum, NAZORG_MAANDEN)
            if peildatum <= einde_nazorg:
                items.append(_item("nazorg", nummer, einde_nazorg, peildatum,
                                   "Leidinggevende volgt het herstel van de betrokken medewerker(s) drie maanden (9.2)."))
        if inc.get("ambtsdrager") and status in ZONDER_MAATREGEL:
            moment = datetime.combine(datum, inc.get("tijd") if isinstance(inc.get("tijd"), time) else time(0)) + timedelta(hours=48)
            items.append(_item("reactie burgemeester", nummer, moment.date(), peildatum,
                               f"Politiek ambtsdrager: de burgemeester reageert schriftelijk binnen 48 uur, uiterlijk {voluit(moment.date())} {moment:%H.%M} uur."))
    soorten = profiel.soorten
    for m in register.maatregelen:
        soort = soorten.get(m.get("soort"))
        if not soort or not soort.is_verbod or not is_actief(m, peildatum) or m.get("duur") == "onbepaald":
            continue
        einde = m.get("einde")
        if isinstance(einde, date) and (einde - peildatum).days <= VERBOD_SIGNAAL_DAGEN:
            items.append(_item("verbod loopt af", m.get("incident"), einde, peildatum,
                               f"{soort.label} van {m.get('persoon')} loopt af op {voluit(einde)}; receptie en politie informeren.",
                               m.get("persoon")))
    volgorde = {"reactie burgemeester": 0, "maatregel": 1, "gesprek medewerker": 2, "melding onvolledig": 3, "verbod loopt af": 4, "nazorg": 5}
    return sorted(items, key=lambda i: (i["uiterlijk"], volgorde.get(i["soort"], 9), str(i["incident"])))


def splits_achterstand(items: list[dict]) -> tuple[list[dict], list[dict]]:
    """(actueel, achterstand): achterstand is wat al meer dan ACHTERSTAND_DAGEN verlopen is. In een register
    van jaren staan daar vaak honderden oude, nooit afgesloten incidenten; die verdringen anders wat deze week moet."""
    actueel = [i for i in items if i["dagen"] >= -ACHTERSTAND_DAGEN]
    achterstand = [i for i in items if i["dagen"] < -ACHTERSTAND_DAGEN]
    return actueel, achterstand

