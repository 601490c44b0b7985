"""Verwacht bezoek (3.4; Geertruidenberg 3.3 "Vooraf te verwachten agressie"): "Men weet dat een klant (mogelijk)
komt: in dit geval moet de receptie, het interventieteam en het mogelijk betrokken deelcluster gewaarschuwd worden.
Dit kan per mail of telefoon afhankelijk van de tijdsdruk."

Een bezoek staat bij de persoon (blad Personen, kolom 'Verwacht bezoek'), één regel per bezoek: "JJJJ-MM-DD" of
"JJJJ-MM-DD UU:MM". Op de dag zelf tonen `agressie verboden`, `agressie termijnen` en de receptie het."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from agressie_cli.domein.datums import lees_datum, lees_tijd
from agressie_cli.domein.fouten import InvoerFout
from agressie_cli.domein.nederlands import kort, tijd_voluit, voluit
from agressie_cli.domein.register import Register
from agressie_cli.domein.rijen import PersoonRij

WAARSCHUWEN = "receptie, interventieteam en deelcluster waarschuwen"


@dataclass(frozen=True)
class Bezoek:
    persoon: str
    naam: str | None
    datum: date
    tijd: time | None

    @property
    def waarschuwen(self) -> str:
        return WAARSCHUWEN

    @property
    def wanneer(self) -> str:
        """'8 december 2026 om 10.00 uur' of '8 december 2026'"""
        return voluit(self.datum) + (f" om {tijd_voluit(self.tijd)}" if self.tijd else "")

    @property
    def tekst(self) -> str:
        """De regel voor termijnen en verboden, zonder naam (die staat ernaast waar hij mag)."""
        om = f" om {tijd_voluit(self.tijd)}" if self.tijd else ""
        return f"{self.persoon} wordt verwacht op {kort(self.datum)}{om}: {WAARSCHUWEN} (Geertruidenberg 3.3)."


def _regel(datum: date, tijd: time | None) -> str:
    return datum.isoformat() + (f" {tijd.hour:02d}:{tijd.minute:02d}" if tijd else "")


def _lees_regel(regel: str) -> tuple[date, time | None] | None:
    delen = str(regel).split()
    try:
        datum = lees_datum(delen[0], "«bezoek»", relatief=False) if delen else None
        tijd = lees_tijd(delen[1], "«bezoek»") if len(delen) > 1 else None
    except InvoerFout:
        return None  # met de hand verknoeid: overslaan, niet de hele lijst laten vallen
    return (datum, tijd) if datum else None


def bezoeken_van(persoon: PersoonRij) -> list[tuple[date, time | None]]:
    gelezen = (_lees_regel(r) for r in persoon.get("bezoeken") or [])
    return sorted((b for b in gelezen if b is not None), key=lambda b: (b[0], b[1] or time.min))


def leg_bezoek_vast(register: Register, persoon: PersoonRij, datum: date, tijd: time | None) -> Bezoek:
    """Legt het verwachte bezoek vast bij de persoon (een persoon uit het register: met geschiedenis)."""
    nummer = str(persoon.get("persoon"))
    if persoon.get("geanonimiseerd"):
        raise InvoerFout(f"Persoon {nummer} is geanonimiseerd (bewaartermijn); er valt geen bezoek vast te leggen.")
    if not register.incidenten_van(nummer):
        raise InvoerFout(
            f"Persoon {nummer} heeft geen incidenten in het register: een verwacht bezoek is er voor iemand met "
            "eerdere agressie (Geertruidenberg 3.3)."
        )
    bestaande = bezoeken_van(persoon)
    if any(d == datum and (t == tijd or tijd is None or t is None) for d, t in bestaande):
        raise InvoerFout(f"«datum»: voor {nummer} staat op {kort(datum)} al een bezoek. Er is niets vastgelegd.")
    persoon["bezoeken"] = [
        _regel(d, t) for d, t in sorted([*bestaande, (datum, tijd)], key=lambda b: (b[0], b[1] or time.min))
    ]
    register.log("bezoek", nummer)
    return Bezoek(nummer, persoon.get("naam"), datum, tijd)


def bezoeken_op(register: Register, dag: date) -> list[Bezoek]:
    """De verwachte bezoeken op `dag`, vroegste eerst (zonder tijd: aan het begin van de dag)."""
    uitkomst = []
    for persoon in register.personen:
        if persoon.get("samengevoegd_in") or persoon.get("geanonimiseerd") or not persoon.get("bezoeken"):
            continue
        for datum, tijd in bezoeken_van(persoon):
            if datum == dag:
                uitkomst.append(Bezoek(str(persoon.get("persoon")), persoon.get("naam"), datum, tijd))
    return sorted(uitkomst, key=lambda b: (b.tijd or time.min, b.persoon))
