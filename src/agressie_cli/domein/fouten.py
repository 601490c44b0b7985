"""Fouten die de gebruiker te zien krijgt: altijd een Nederlandse melding, nooit een traceback.

De afsluitcodes staan hier, op één plek; de opdrachtregel (cli/fouten.py) zet een fout om in zijn code.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from enum import IntEnum

# Een veld in een melding: «brieftekst». Het domein en de handelingen noemen velden, geen opties: elke voorkant zet
# een veld om in zijn eigen woord (de opdrachtregel in "--brieftekst", het web in het label naast het invoerveld).
VELD = re.compile(r"«([a-z_]+)»")


# Het woord voor een veld zonder voorkant; domein/velden.py vult het met de kop van elke kolom.
LABELS: dict[str, str] = {}


def veldnaam(veld: str) -> str:
    """Het veld zoals een mens het leest, zonder voorkant: de kop van de kolom, anders de sleutel in woorden."""
    return LABELS.get(veld, veld.replace("_", " "))


def vul(sjabloon: str, naam_van: Callable[[str], str]) -> str:
    """Een tekst met «veld»-merktekens (een `AgressieFout.sjabloon`, of een lijst ervan die een voorkant later
    toont) met elk veld in het woord van een voorkant."""
    return VELD.sub(lambda m: naam_van(m.group(1)), sjabloon)


class Afsluitcode(IntEnum):
    OK = 0
    FOUT = 1  # het register, de instellingen of de omgeving (schijf, rechten, LibreOffice) werken niet mee
    INVOER = 2  # ongeldige invoer: er is niets gewijzigd
    ONDERBROKEN = 130  # Ctrl-C (zoals een shell het telt: 128 + SIGINT)


class AgressieFout(Exception):
    """Een fout in de invoer of de omgeving. `code` is de afsluitcode van het commando."""

    def __init__(self, melding: str, code: int = Afsluitcode.INVOER):
        super().__init__(melding)
        self.sjabloon = melding  # met «veld»-merktekens; `melding` is de leesbare tekst zonder voorkant
        self.code = Afsluitcode(code)

    @property
    def melding(self) -> str:
        return self.tekst(veldnaam)

    @property
    def velden(self) -> list[str]:
        """De velden die de melding noemt (het web zet de melding naast het eerste)."""
        return VELD.findall(self.sjabloon)

    def tekst(self, naam_van: Callable[[str], str]) -> str:
        """De melding met elk «veld» in het woord van een voorkant (cli/fouten.py: de optie)."""
        return vul(self.sjabloon, naam_van)


class InvoerFout(AgressieFout):
    """Ongeldige invoer van de gebruiker (afsluitcode 2)."""


class OpschonenOngedaan(InvoerFout):
    """Terugzetten zou persoonsgegevens terughalen die `opschonen` verwijderde (AVG): alleen met --ja.
    `vraag`: wat er aan de hand is, zonder de aanwijzing voor scripts (om in een terminal te vragen)."""

    def __init__(self, vraag: str, aanwijzing: str):
        super().__init__(f"{vraag} {aanwijzing}")
        self.vraag = vraag


class RegisterFout(AgressieFout):
    """Het register kan niet gelezen of geschreven worden (afsluitcode 1)."""

    def __init__(self, melding: str, code: int = Afsluitcode.FOUT):
        super().__init__(melding, code)
