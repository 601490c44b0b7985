"""De e-mail van agressie doorsturen als bestand: een nog niet verstuurde e-mail (.eml met `X-Unsent: 1`). Outlook
opent zo'n bestand als concept: de coördinator controleert het en drukt op Verzenden. Gemaakt met het pakket
`email` van Python: koppen met een naam met accenten worden gecodeerd (RFC 2047), de tekst is UTF-8, en een waarde
kan geen extra kopregel maken."""

from __future__ import annotations

from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import default
from email.utils import format_datetime, localtime
from pathlib import Path

from agressie_cli.domein.bestanden import atomisch
from agressie_cli.domein.doorsturen import Bericht

# Regeleinden CRLF, zoals in een e-mail hoort (Outlook en Windows Mail lezen dat zonder meer).
_BELEID = default.clone(linesep="\r\n")
# Koppen niet vouwen (tot 998 tekens, RFC 5322): Python vouwde een lang onderwerp vlak na "Subject:", zodat het
# onderwerp met een spatie begon. De tekst zelf blijft quoted-printable in regels van 76 tekens (bij set_content).
_KOPPEN = _BELEID.clone(max_line_length=998)


def bestandsnaam(bericht: Bericht) -> str:
    """Uit het incidentnummer en de soort ontvanger, nooit uit een naam: 2026-0001-clustermanager.eml."""
    veilig = "".join(c for c in bericht.incident if c.isascii() and (c.isalnum() or c in "-_")) or "incident"
    return f"{veilig}-{bericht.aan}.eml"


def als_bytes(bericht: Bericht) -> bytes:
    bericht_eml = EmailMessage(policy=_BELEID)
    lokaal, _, domein = bericht.email.partition("@")
    # Een naam met '=?' leest elk e-mailprogramma als gecodeerd woord (RFC 2047): '=?utf-8?q?Bcc=3A_x=40y=2Enl?=' als
    # naam van de leidinggevende maakte van de ontvanger x@y.nl. Zo'n naam laten we weg; het adres blijft.
    naam = "" if "=?" in bericht.naam else _ingekort(bericht.naam)
    bericht_eml["Date"] = format_datetime(localtime())
    bericht_eml["To"] = Address(display_name=naam, username=lokaal, domain=domein)
    bericht_eml["Subject"] = bericht.onderwerp
    bericht_eml["X-Unsent"] = "1"  # Outlook: openen als concept, met de knop Verzenden
    bericht_eml["Sensitivity"] = "Company-Confidential"  # Outlook toont 'Vertrouwelijk' (RFC 2156)
    bericht_eml.set_content(bericht.tekst.replace("\r\n", "\n"), charset="utf-8", cte="quoted-printable")
    return bericht_eml.as_bytes(policy=_KOPPEN)


# Een naam in de kop To: hoogstens zoveel tekens, zodat de kopregel (gecodeerd, met het adres) binnen de 998 tekens
# van RFC 5322 blijft, ook als elke letter een accent heeft (één teken wordt dan tot 12 bytes in een gecodeerd woord).
NAAM_MAX = 64


def _ingekort(naam: str) -> str:
    naam = " ".join(naam.split())
    return naam if len(naam) <= NAAM_MAX else naam[: NAAM_MAX - 1].rstrip() + "…"


def schrijf(bericht: Bericht, map_pad: Path) -> Path:
    """Schrijft de e-mail in `map_pad` (in één stap; een bestaand concept van dezelfde naam wordt vervangen)."""
    map_pad.mkdir(parents=True, exist_ok=True)
    doel = map_pad / bestandsnaam(bericht)
    with atomisch(doel) as tijdelijk:
        tijdelijk.write_bytes(als_bytes(bericht))
    return doel
