"""De duur van een maatregel: een aantal maanden of onbepaalde tijd. Eén waarde voor het register, het
advies, de brief en de JSON-uitvoer, zodat 'onbepaald' nergens anders gecodeerd hoeft te worden."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from agressie_cli.domein.datums import einddatum
from agressie_cli.domein.fouten import InvoerFout
from agressie_cli.domein.nederlands import ONBEPAALDE_TIJD, aantal

ONBEPAALD = "onbepaald"
MAX_MAANDEN = 120


@dataclass(frozen=True)
class Duur:
    maanden: int | None  # None: onbepaalde tijd

    @classmethod
    def onbepaalde_tijd(cls) -> Duur:
        return cls(None)

    @property
    def onbepaald(self) -> bool:
        return self.maanden is None

    def einde(self, ingang: date) -> date | None:
        """Laatste dag (tot en met) van een periode vanaf `ingang`; None bij onbepaalde tijd."""
        return None if self.maanden is None else einddatum(ingang, self.maanden)

    def tekst(self) -> str:
        """'1 maand', '3 maanden' of 'onbepaalde tijd'."""
        if self.maanden is None:
            return ONBEPAALDE_TIJD
        return aantal(self.maanden, "maand", "maanden")

    def als_cel(self) -> int | str:
        """Zoals in de kolom 'Duur (maanden)': een getal of 'onbepaald'."""
        return ONBEPAALD if self.maanden is None else self.maanden

    @classmethod
    def uit_waarde(cls, waarde: object) -> Duur | None:
        """Uit het profiel of een cel: 3, 3.0, "3", "onbepaald" of "onbepaalde tijd"; leeg geeft None.
        ValueError als het geen duur is."""
        if waarde is None or waarde == "":
            return None
        if isinstance(waarde, Duur):
            return waarde
        if isinstance(waarde, (int, float)) and not isinstance(waarde, bool):
            if float(waarde).is_integer() and waarde > 0:
                return cls(int(waarde))
            raise ValueError(waarde)
        tekst = str(waarde).strip().lower()
        if tekst.startswith(ONBEPAALD):
            return cls(None)
        if tekst.isdigit() and int(tekst) > 0:
            return cls(int(tekst))
        raise ValueError(waarde)

    @classmethod
    def lees(cls, tekst: str | None, veld: str = "«duur»") -> Duur | None:
        """Invoer van de gebruiker: None als er niets is opgegeven."""
        if tekst is None or str(tekst).strip() == "":
            return None
        waarde = str(tekst).strip().lower()
        if waarde in ("onbepaald", "onbepaalde tijd", "onbepaalde-tijd"):
            return cls(None)
        if waarde.isdigit() and 0 < int(waarde) <= MAX_MAANDEN:
            return cls(int(waarde))
        raise InvoerFout(
            f"{veld}: '{tekst}' is geen geldige duur. Geef een aantal maanden (1 tot {MAX_MAANDEN}) of 'onbepaald'."
        )
