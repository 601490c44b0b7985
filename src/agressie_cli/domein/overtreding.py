"""Een lopend verbod overtreden (Geertruidenberg 6.7; Losser 5.2-5.3): welk verbod, en welke zwaardere maatregel
volgt. "In principe wordt automatisch gekozen voor het inzetten van een zwaardere maatregel": de ladder per soort
verbod staat in het profiel ([verbod_overtreden.ladder]); de eerste trede die zwaarder is dan het overtreden
verbod is het vervolg."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from agressie_cli.domein.duur import Duur
from agressie_cli.domein.profiel import Profiel
from agressie_cli.domein.register import Register
from agressie_cli.domein.rijen import IncidentRij, MaatregelRij
from agressie_cli.domein.verboden import lopend_bij_incident
from agressie_cli.domein.volgorde import is_na


@dataclass
class Vervolg:
    """De zwaardere maatregel na het overtreden van een verbod."""

    soort: str
    duur: Duur | None  # None met duur_bepalen: de leidinggevende bepaalt, langer dan het overtreden verbod
    duur_bepalen: bool = False


@dataclass
class Overtreding:
    verbod: MaatregelRij  # de overtreden maatregel
    in_gebouw: bool  # in het gebouw tijdens een toegangsverbod: lokaalvredebreuk; anders gebeld tijdens een belverbod
    vervolg: Vervolg | None  # None: er is geen zwaardere trede (het zwaarste verbod liep al)


def overtreding(register: Register, profiel: Profiel, incident: IncidentRij) -> Overtreding | None:
    """Het verbod dat dit incident overtreedt, het zwaarste als het er meer zijn. Een incident overtreedt een verbod
    als het binnen de ingang en het einde van het verbod viel, na het incident dat tot het verbod leidde (op datum en
    tijd; op dezelfde dag zonder bekende tijd niet), in het gebouw tijdens een toegangsverbod of telefonisch tijdens
    een belverbod."""
    gevonden, verbod, in_gebouw = _overtreden(register, profiel, incident)
    if verbod is None:
        return None
    return Overtreding(verbod, in_gebouw, _vervolg(profiel, gevonden))


def in_gebouw_overtreden(register: Register, profiel: Profiel, incident: IncidentRij) -> bool:
    """overtreding(...).in_gebouw (lokaalvredebreuk), zonder de zwaardere maatregel te bepalen: voor de voorwaarde
    van een verplichting, die termijnen en rapport bij elk incident in het gebouw nagaan."""
    soorten = profiel.soorten
    if not any(
        (soort := soorten.get(m.get("soort") or "")) is not None and soort.toegang
        for m in register.maatregelen_van(incident.get("persoon"))
    ):
        return False  # de persoon had nooit een toegangsverbod: dan ook geen lokaalvredebreuk
    return _overtreden(register, profiel, incident)[2]


def _overtreden(
    register: Register, profiel: Profiel, incident: IncidentRij
) -> tuple[list[MaatregelRij], MaatregelRij | None, bool]:
    """(de overtreden verboden, het zwaarste of None, in het gebouw tijdens een toegangsverbod)."""
    kanaal = incident.get("kanaal")
    in_gebouw = kanaal in profiel.kanalen_in_gebouw
    telefonisch = kanaal in profiel.kanalen_telefonisch
    gevonden: list[MaatregelRij] = []
    for m in lopend_bij_incident(register, profiel, incident):
        oorzaak = register.index.incidenten.get(str(m.get("incident") or ""))
        if oorzaak is None or oorzaak is incident or not is_na(incident, oorzaak):
            continue
        soort = profiel.soorten[m["soort"] or ""]
        if (in_gebouw and soort.toegang) or (telefonisch and soort.bellen):
            gevonden.append(m)
    if not gevonden:
        return gevonden, None, False
    verbod = max(gevonden, key=lambda m: zwaarste_sleutel(profiel, m))
    return gevonden, verbod, in_gebouw and profiel.soorten[verbod["soort"] or ""].toegang


def zwaarste_sleutel(profiel: Profiel, verbod: MaatregelRij) -> tuple:
    """Welk van meer lopende verboden het zwaarste is: eerst het breedste (toegang én bellen boven één van beide),
    dan het verbod dat het langst loopt (onbepaald, dan het laatste einde), dan de zwaarte van de soort."""
    soort = profiel.soorten[verbod["soort"] or ""]
    duur = verbod.get("duur")
    onbepaald = duur is not None and duur.onbepaald
    einde = verbod.get("einde") or date.min
    return (int(soort.toegang) + int(soort.bellen), onbepaald, einde, soort.zwaarte, str(verbod.get("maatregel")))


def _vervolg(profiel: Profiel, verboden: list[MaatregelRij]) -> Vervolg | None:
    """Het vervolg is zwaarder dan elk overtreden verbod: de zwaarste van hun volgende treden. Is een van de overtreden
    verboden al de top van de ladder, dan is er geen zwaardere maatregel: dat verbod blijft gelden."""
    treden = [zwaarder(profiel, v) for v in verboden]
    if any(t is None for t in treden):
        return None
    return max(
        (t for t in treden if t is not None),
        key=lambda t: (profiel.soorten[t.soort].zwaarte, float("inf") if t.duur_bepalen else _maanden(t.duur)),
    )


def _maanden(duur: Duur | None) -> float:
    if duur is None:
        return 0
    return float("inf") if duur.onbepaald else duur.maanden or 0


def zwaarder(profiel: Profiel, verbod: MaatregelRij) -> Vervolg | None:
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
