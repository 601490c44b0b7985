"""Verwacht bezoek (3.4; Geertruidenberg 3.3 "Vooraf te verwachten agressie"): een persoon met eerdere agressie wordt
op een dag verwacht; op die dag tonen verboden, termijnen en de receptie het."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from agressie_cli.handelingen.werkplek import Werkplek


@dataclass(frozen=True)
class Bezoek:
    persoon: str
    datum: date
    tijd: time | None
    waarschuwen: str  # wie er gewaarschuwd moet worden ("receptie, interventieteam en deelcluster waarschuwen")


def bezoek(werkplek: Werkplek, zoek: str, datum: date, tijd: str | None = None) -> Bezoek:
    """Legt vast dat de persoon (naam of persoonnummer) op `datum` (om `tijd`) verwacht wordt."""
    from agressie_cli.domein.bezoek import WAARSCHUWEN, leg_bezoek_vast
    from agressie_cli.domein.datums import lees_tijd
    from agressie_cli.domein.historie import kies_persoon

    tijd_w = lees_tijd(tijd, "«tijd»")
    with werkplek.wijzig() as register:
        b = leg_bezoek_vast(register, kies_persoon(register, zoek), datum, tijd_w)
    return Bezoek(b.persoon, b.datum, b.tijd, WAARSCHUWEN)
