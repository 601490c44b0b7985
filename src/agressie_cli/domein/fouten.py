"""Fouten die de gebruiker te zien krijgt: altijd een Nederlandse melding, nooit een traceback.

De afsluitcodes staan hier, op één plek; de opdrachtregel (cli/fouten.py) zet een fout om in zijn code.
"""

from __future__ import annotations

from enum import IntEnum


class Afsluitcode(IntEnum):
    OK = 0
    FOUT = 1  # het register, de instellingen of de omgeving (schijf, rechten, LibreOffice) werken niet mee
    INVOER = 2  # ongeldige invoer: er is niets gewijzigd


class AgressieFout(Exception):
    """Een fout in de invoer of de omgeving. `code` is de afsluitcode van het commando."""

    def __init__(self, melding: str, code: int = Afsluitcode.INVOER):
        super().__init__(melding)
        self.melding = melding
        self.code = Afsluitcode(code)


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
