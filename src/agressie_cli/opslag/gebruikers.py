"""De accounts van de webvoorkant (3.5): `gebruikers.json` naast het register. Alleen namen, rollen, afdelingen en een
Argon2-hash van het wachtwoord; nooit het wachtwoord zelf. Schrijven gaat onder een eigen slot en via een tijdelijk
bestand in één stap, zoals het register."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from agressie_cli.domein.fouten import Afsluitcode, AgressieFout

GEBRUIKERS_BESTAND = "gebruikers.json"


@dataclass
class Account:
    naam: str
    rol: str
    hash: str
    afdelingen: list[str] = field(default_factory=list)  # leeg: alle afdelingen (leidinggevende)
    sinds: str = ""


class Gebruikers:
    def __init__(self, map_pad: Path):
        self.pad = Path(map_pad) / GEBRUIKERS_BESTAND

    def lees(self) -> dict[str, Account]:
        if not self.pad.is_file():
            return {}
        try:
            gegevens = json.loads(self.pad.read_text(encoding="utf-8"))
            return {naam: Account(naam=naam, **rij) for naam, rij in gegevens["gebruikers"].items()}
        except (OSError, ValueError, KeyError, TypeError) as fout:
            raise AgressieFout(
                f"{GEBRUIKERS_BESTAND} in '{self.pad.parent}' is niet te lezen ({type(fout).__name__}). Zet een "
                "reservekopie terug of verwijder het bestand en maak de accounts opnieuw.",
                code=Afsluitcode.FOUT,
            ) from None

    @contextlib.contextmanager
    def wijzig(self) -> Iterator[dict[str, Account]]:
        """Leest onder het slot, geeft de accounts om te wijzigen en bewaart ze bij een normaal einde."""
        from filelock import FileLock

        with FileLock(str(self.pad.with_name(self.pad.name + ".lock")), timeout=30):
            accounts = self.lees()
            yield accounts
            self._bewaar(accounts)

    def _bewaar(self, accounts: dict[str, Account]) -> None:
        inhoud = {
            "versie": 1,
            "gebruikers": {
                naam: {k: v for k, v in asdict(a).items() if k != "naam"} for naam, a in sorted(accounts.items())
            },
        }
        fd, tijdelijk = tempfile.mkstemp(prefix=f".{self.pad.name}-", suffix=".tmp", dir=self.pad.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(inhoud, f, ensure_ascii=False, indent=1)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tijdelijk, self.pad)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tijdelijk)
