"""Fouten die de gebruiker te zien krijgt: altijd een Nederlandse melding, nooit een traceback."""


class AgressieFout(Exception):
    """Een fout in de invoer of de omgeving. `code` is de afsluitcode van het commando."""

    def __init__(self, melding: str, code: int = 2):
        super().__init__(melding)
        self.melding = melding
        self.code = code


class InvoerFout(AgressieFout):
    """Ongeldige invoer van de gebruiker (afsluitcode 2)."""


class RegisterFout(AgressieFout):
    """Het register kan niet gelezen of geschreven worden (afsluitcode 1)."""

    def __init__(self, melding: str, code: int = 1):
        super().__init__(melding, code)
