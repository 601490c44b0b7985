"""Een lopend verbod overtreden (Geertruidenberg 6.7; Losser 5.2-5.3): welk verbod, en welke zwaardere maatregel
volgt. "In principe wordt automatisch gekozen voor het inzetten van een zwaardere maatregel": de ladder per soort
verbod staat in het profiel ([verbod_overtreden.ladder]); de eerste trede die zwaarder is dan het overtreden
verbod is het vervolg."""

from __future__ import annotations

from dataclasses import dataclass

from agressie_cli.domein.duur import Duur
from agressie_cli.domein.profiel import Profiel
from agressie_cli.domein.register import Register
from agressie_cli.domein.verboden import van_persoon
from agressie_cli.domein.volgorde import is_na


@dataclass
class Vervolg:
    """De zwaardere maatregel na het overtreden van een verbod."""

    soort: str
    duur: Duur | None  # None met duur_bepalen: de leidinggevende bepaalt, langer dan het overtreden verbod
    duur_bepalen: bool = False


@dataclass
class Overtreding:
    verbod: dict  # de overtreden maatregel
    in_gebouw: bool  # in het gebouw tijdens een toegangsverbod: lokaalvredebreuk; anders gebeld tijdens een belverbod
    vervolg: Vervolg | None  # None: er is geen zwaardere trede (het zwaarste verbod liep al)


def overtreding(register: Register, profiel: Profiel, incident: dict) -> Overtreding | None:
    """Het verbod dat dit incident overtreedt, het zwaarste als het er meer zijn. Een incident overtreedt een verbod
    als het binnen de ingang en het einde van het verbod viel, na het incident dat tot het verbod leidde (op datum en
    tijd; op dezelfde dag zonder bekende tijd niet), in het gebouw tijdens een toegangsverbod of telefonisch tijdens
    een belverbod."""
    kanaal = incident.get("kanaal")
    in_gebouw = kanaal in profiel.kanalen_in_gebouw
    telefonisch = kanaal in profiel.kanalen_telefonisch
    gevonden = []
    for m in van_persoon(register, profiel, incident.get("persoon"), incident["datum"]):
        oorzaak = register.index.incidenten.get(str(m.get("incident") or ""))
        if oorzaak is None or oorzaak is incident or not is_na(incident, oorzaak):
            continue
        soort = profiel.soorten[m["soort"]]
        if (in_gebouw and soort.toegang) or (telefonisch and soort.bellen):
            gevonden.append(m)
    if not gevonden:
        return None
    verbod = max(gevonden, key=lambda m: (profiel.soorten[m["soort"]].zwaarte, _maanden(m.get("duur"))))
    return Overtreding(verbod, in_gebouw and profiel.soorten[verbod["soort"]].toegang, zwaarder(profiel, verbod))


def _maanden(duur: Duur | None) -> float:
    if duur is None:
        return 0
    return float("inf") if duur.onbepaald else duur.maanden or 0


def zwaarder(profiel: Profiel, verbod: dict) -> Vervolg | None:
    """De eerste trede van de ladder van dit soort verbod die zwaarder is dan het verbod zelf."""
    huidige = _maanden(verbod.get("duur"))
    for trede in profiel.verbod_overtreden.get("ladder", {}).get(verbod["soort"], []):
        soort = trede.get("soort", verbod["soort"])
        if trede.get("langer"):
            if huidige == float("inf"):
                continue  # langer dan onbepaald kan niet
            return Vervolg(soort, None, duur_bepalen=True)
        duur = Duur.uit_waarde(trede.get("duur"))
        if soort != verbod["soort"] or _maanden(duur) > huidige:
            return Vervolg(soort, duur)
    return None
