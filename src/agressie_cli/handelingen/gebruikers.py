"""Accounts voor de webvoorkant (3.5): toevoegen, lijst, verwijderen, wachtwoord wijzigen, inloggen controleren.
Het wachtwoord wordt alleen als Argon2-hash bewaard en komt nooit in het logboek of in een melding."""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from agressie_cli.domein.fouten import InvoerFout
from agressie_cli.handelingen.werkplek import Werkplek

if TYPE_CHECKING:
    from agressie_cli.opslag.gebruikers import Account, Gebruikers

ROLLEN = ("medewerker", "receptie", "leidinggevende", "coordinator")
ROL_LABEL = {
    "medewerker": "medewerker",
    "receptie": "receptie",
    "leidinggevende": "leidinggevende",
    "coordinator": "coördinator",
}
MINIMALE_LENGTE = 12
_NAAM = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@\\-]{1,63}$")


@dataclass(frozen=True)
class Gebruiker:
    naam: str
    rol: str
    afdelingen: tuple[str, ...] = ()  # leeg: alle afdelingen

    @property
    def rol_label(self) -> str:
        return ROL_LABEL[self.rol]


def _gebruikers(werkplek: Werkplek) -> Gebruikers:
    from agressie_cli.opslag.gebruikers import Gebruikers

    return Gebruikers(werkplek.map)


def _controleer_naam(naam: str) -> str:
    naam = (naam or "").strip()
    if not _NAAM.fullmatch(naam):
        raise InvoerFout(
            "«gebruikersnaam» moet 2 tot 64 tekens zijn: letters, cijfers, punt, streepje, @ of \\ (zoals de "
            "inlognaam van Windows, bijvoorbeeld jjansen of GEMEENTE\\jjansen)."
        )
    return naam


def _controleer_wachtwoord(wachtwoord: str) -> None:
    if len(wachtwoord or "") < MINIMALE_LENGTE:
        raise InvoerFout(f"«wachtwoord» moet minstens {MINIMALE_LENGTE} tekens lang zijn. Er is niets gewijzigd.")


def _controleer_rol(rol: str) -> str:
    rol = (rol or "").strip().lower().replace("ö", "o")
    if rol not in ROLLEN:
        raise InvoerFout(f"«rol» '{rol}' is onbekend. Kies uit: {', '.join(ROLLEN)}.")
    return rol


# De standaard van argon2-cffi (RFC 9106, 64 MiB). De tests kiezen lichtere waarden: het controleren leest de waarden
# uit de hash zelf, dus een bestaand account blijft werken als dit verandert.
HASH_OPTIES: dict[str, Any] = {}


def _hash(wachtwoord: str) -> str:
    from argon2 import PasswordHasher

    return PasswordHasher(**HASH_OPTIES).hash(wachtwoord)


def toevoegen(werkplek: Werkplek, naam: str, rol: str, wachtwoord: str, afdelingen: tuple[str, ...] = ()) -> Gebruiker:
    from agressie_cli.opslag.gebruikers import Account

    naam, rol = _controleer_naam(naam), _controleer_rol(rol)
    _controleer_wachtwoord(wachtwoord)
    afdelingen = tuple(a.strip() for a in afdelingen if a.strip())
    with _gebruikers(werkplek).wijzig() as accounts:
        if naam.lower() in {n.lower() for n in accounts}:
            raise InvoerFout(
                f"Er is al een account '{naam}'. Wijzig het wachtwoord met: agressie gebruiker wachtwoord."
            )
        accounts[naam] = Account(
            naam=naam, rol=rol, hash=_hash(wachtwoord), afdelingen=list(afdelingen), sinds=f"{datetime.now():%Y-%m-%d}"
        )
    werkplek.opslag.noteer("gebruiker toevoegen", naam, werkplek.gebruiker)
    return Gebruiker(naam, rol, afdelingen)


def lijst(werkplek: Werkplek) -> list[Gebruiker]:
    return [Gebruiker(a.naam, a.rol, tuple(a.afdelingen)) for a in _gebruikers(werkplek).lees().values()]


def heeft_accounts(werkplek: Werkplek) -> bool:
    return bool(_gebruikers(werkplek).lees())


def verwijderen(werkplek: Werkplek, naam: str) -> Gebruiker:
    with _gebruikers(werkplek).wijzig() as accounts:
        account = accounts.pop(_bestaand(accounts, naam), None)
    assert account is not None
    werkplek.opslag.noteer("gebruiker verwijderen", account.naam, werkplek.gebruiker)
    return Gebruiker(account.naam, account.rol, tuple(account.afdelingen))


def wachtwoord(werkplek: Werkplek, naam: str, nieuw: str) -> Gebruiker:
    _controleer_wachtwoord(nieuw)
    with _gebruikers(werkplek).wijzig() as accounts:
        account = accounts[_bestaand(accounts, naam)]
        account.hash = _hash(nieuw)
    werkplek.opslag.noteer("gebruiker wachtwoord", account.naam, werkplek.gebruiker)
    return Gebruiker(account.naam, account.rol, tuple(account.afdelingen))


def _bestaand(accounts: dict[str, Account], naam: str) -> str:
    gevonden = next((n for n in accounts if n.lower() == (naam or "").strip().lower()), None)
    if gevonden is None:
        raise InvoerFout(f"Geen account '{naam}'. Zie: agressie gebruiker lijst.")
    return gevonden


def met_naam(werkplek: Werkplek, naam: str) -> Gebruiker | None:
    """Het account met deze naam (hoofdletters maken niet uit), of None."""
    accounts = _gebruikers(werkplek).lees()
    gevonden = next((a for n, a in accounts.items() if n.lower() == (naam or "").strip().lower()), None)
    return Gebruiker(gevonden.naam, gevonden.rol, tuple(gevonden.afdelingen)) if gevonden else None


def inloggen(werkplek: Werkplek, naam: str, wachtwoord_: str) -> Gebruiker | None:
    """Het account als naam en wachtwoord kloppen, anders None (zonder te zeggen welk van beide niet klopte)."""
    from argon2 import PasswordHasher
    from argon2.exceptions import InvalidHashError, VerificationError

    accounts = _gebruikers(werkplek).lees()
    account = next((a for n, a in accounts.items() if n.lower() == (naam or "").strip().lower()), None)
    hasher = PasswordHasher()
    if account is None:
        # Even lang rekenen als bij een bestaand account: de tijd verraadt niet welke namen bestaan.
        with contextlib.suppress(VerificationError, InvalidHashError):
            hasher.verify(_LEGE_HASH or _maak_lege_hash(), wachtwoord_ or "-")
        return None
    try:
        hasher.verify(account.hash, wachtwoord_ or "")
    except (VerificationError, InvalidHashError):
        return None
    return Gebruiker(account.naam, account.rol, tuple(account.afdelingen))


_LEGE_HASH: str | None = None


def _maak_lege_hash() -> str:
    global _LEGE_HASH
    _LEGE_HASH = _hash("geen-account-" + datetime.now().isoformat())
    return _LEGE_HASH
