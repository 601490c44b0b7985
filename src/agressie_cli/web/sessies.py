"""Sessies, CSRF-tokens en het afremmen van inlogpogingen; alles in het geheugen van het serverproces."""

from __future__ import annotations

import secrets
import threading
import time
from dataclasses import dataclass, field

COOKIE = "agressie_sessie"


@dataclass
class Sessie:
    sleutel: str
    csrf: str
    gebruiker: str | None = None  # None: nog niet ingelogd (alleen het inlogformulier)
    rol: str | None = None
    afdelingen: tuple[str, ...] = ()
    laatst: float = field(default_factory=time.monotonic)

    @property
    def ingelogd(self) -> bool:
        return self.gebruiker is not None and self.rol is not None


class Sessies:
    def __init__(self, stil_minuten: int = 30):
        self.stil_seconden = stil_minuten * 60
        self._sessies: dict[str, Sessie] = {}
        self._slot = threading.Lock()

    def nieuw(self, gebruiker: str | None = None, rol: str | None = None, afdelingen: tuple[str, ...] = ()) -> Sessie:
        sessie = Sessie(secrets.token_urlsafe(32), secrets.token_urlsafe(32), gebruiker, rol, afdelingen)
        with self._slot:
            self._sessies[sessie.sleutel] = sessie
        return sessie

    def zoek(self, sleutel: str | None) -> Sessie | None:
        """De sessie bij deze cookie, als die niet te lang stil was (dan is hij weg)."""
        if not sleutel:
            return None
        nu = time.monotonic()
        with self._slot:
            sessie = self._sessies.get(sleutel)
            if sessie is None:
                return None
            if nu - sessie.laatst > self.stil_seconden:
                del self._sessies[sleutel]
                return None
            sessie.laatst = nu
            return sessie

    def beeindig(self, sleutel: str | None) -> None:
        with self._slot:
            self._sessies.pop(sleutel or "", None)


class Inlogrem:
    """Na `pogingen` mislukte pogingen voor een naam (of 4x zoveel vanaf één adres) binnen `minuten` minuten: zo lang
    geen inlogpoging meer voor die naam of dat adres, ook niet met het goede wachtwoord."""

    def __init__(self, pogingen: int = 5, minuten: int = 15):
        self.pogingen = pogingen
        self.seconden = minuten * 60
        self._mislukt: dict[str, list[float]] = {}
        self._slot = threading.Lock()

    def _recent(self, sleutel: str, nu: float) -> list[float]:
        lijst = [t for t in self._mislukt.get(sleutel, []) if nu - t < self.seconden]
        self._mislukt[sleutel] = lijst
        return lijst

    def geblokkeerd(self, naam: str, adres: str) -> bool:
        nu = time.monotonic()
        with self._slot:
            return (
                len(self._recent("n:" + naam.lower(), nu)) >= self.pogingen
                or len(self._recent("a:" + adres, nu)) >= 4 * self.pogingen
            )

    def mislukt(self, naam: str, adres: str) -> None:
        nu = time.monotonic()
        with self._slot:
            self._recent("n:" + naam.lower(), nu).append(nu)
            self._recent("a:" + adres, nu).append(nu)

    def gelukt(self, naam: str) -> None:
        with self._slot:
            self._mislukt.pop("n:" + naam.lower(), None)
