"""De e-mails van agressie als bestand: een nog niet verstuurde e-mail (.eml met `X-Unsent: 1`). Outlook opent zo'n
bestand als concept: de coördinator controleert het en drukt op Verzenden. Gemaakt met het pakket `email` van Python:
koppen met een naam met accenten worden gecodeerd (RFC 2047), de tekst is UTF-8, en een waarde kan geen extra
kopregel maken. Voor doorsturen (één ontvanger) en, sinds 3.4, het afschrift van een verbod en het verwachte bezoek
(meer ontvangers, en het afschrift met de brief als PDF in de bijlage)."""

from __future__ import annotations

from collections.abc import Sequence
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
# Hoogstens zoveel ontvangers in één kop To:, zodat de kopregel binnen de 998 tekens blijft (elk adres is kort, elke
# naam hoogstens NAAM_MAX tekens; zie _ingekort).
ONTVANGERS_MAX = 4


def bestandsnaam(bericht: Bericht) -> str:
    """Uit het incidentnummer en de soort ontvanger, nooit uit een naam: 2026-0001-clustermanager.eml."""
    return f"{veilige_naam(bericht.incident, 'incident')}-{bericht.aan}.eml"


def veilige_naam(waarde: str, anders: str) -> str:
    """Een deel van een bestandsnaam uit een nummer: alleen letters, cijfers, - en _."""
    return "".join(c for c in waarde if c.isascii() and (c.isalnum() or c in "-_")) or anders


def als_bytes(bericht: Bericht) -> bytes:
    return concept_bytes([(bericht.naam, bericht.email)], bericht.onderwerp, bericht.tekst)


def concept_bytes(
    ontvangers: Sequence[tuple[str, str]],
    onderwerp: str,
    tekst: str,
    bijlage: tuple[str, bytes] | None = None,
) -> bytes:
    """Een concept aan `ontvangers` ((naam, adres); de adressen zijn al gecontroleerd met controleer_emailadres), met
    `bijlage` (bestandsnaam, inhoud van een PDF) als die er is. De bestandsnaam van de bijlage wordt gecodeerd volgens
    RFC 2231 als hij meer dan ASCII heeft; een regeleinde in een naam of onderwerp wordt een spatie."""
    if not ontvangers or len(ontvangers) > ONTVANGERS_MAX:
        raise ValueError(f"een concept heeft 1 tot {ONTVANGERS_MAX} ontvangers, niet {len(ontvangers)}")
    bericht_eml = EmailMessage(policy=_BELEID)
    adressen = []
    for naam, email in ontvangers:
        lokaal, _, domein = email.partition("@")
        # Een naam met '=?' leest elk e-mailprogramma als gecodeerd woord (RFC 2047): '=?utf-8?q?Bcc=3A_x=40y=2Enl?='
        # als naam van de leidinggevende maakte van de ontvanger x@y.nl. Zo'n naam laten we weg; het adres blijft.
        schoon = "" if "=?" in naam else _ingekort(naam)
        adressen.append(Address(display_name=schoon, username=lokaal, domain=domein))
    bericht_eml["Date"] = format_datetime(localtime())
    bericht_eml["To"] = adressen
    bericht_eml["Subject"] = " ".join(onderwerp.split())
    bericht_eml["X-Unsent"] = "1"  # Outlook: openen als concept, met de knop Verzenden
    bericht_eml["Sensitivity"] = "Company-Confidential"  # Outlook toont 'Vertrouwelijk' (RFC 2156)
    bericht_eml.set_content(tekst.replace("\r\n", "\n"), charset="utf-8", cte="quoted-printable")
    if bijlage is not None:
        naam, inhoud = bijlage
        naam = " ".join(naam.replace('"', "").split()) or "brief.pdf"
        # add_attachment codeert base64 en zet de naam met RFC 2231 (filename*=utf-8''...) als hij niet ASCII is.
        bericht_eml.add_attachment(inhoud, maintype="application", subtype="pdf", filename=naam)
    return bericht_eml.as_bytes(policy=_KOPPEN)


# Een naam in de kop To: hoogstens zoveel tekens, zodat de kopregel (gecodeerd, met het adres) binnen de 998 tekens
# van RFC 5322 blijft, ook als elke letter een accent heeft (één teken wordt dan tot 12 bytes in een gecodeerd woord).
NAAM_MAX = 64


def _ingekort(naam: str) -> str:
    naam = " ".join(naam.split())
    return naam if len(naam) <= NAAM_MAX else naam[: NAAM_MAX - 1].rstrip() + "…"


def schrijf(bericht: Bericht, map_pad: Path) -> Path:
    """Schrijft de e-mail in `map_pad` (in één stap; een bestaand concept van dezelfde naam wordt vervangen)."""
    return schrijf_bytes(als_bytes(bericht), map_pad / bestandsnaam(bericht))


def schrijf_bytes(inhoud: bytes, doel: Path) -> Path:
    """Schrijft een concept (in één stap; een bestaand concept van dezelfde naam wordt vervangen)."""
    doel.parent.mkdir(parents=True, exist_ok=True)
    with atomisch(doel) as tijdelijk:
        tijdelijk.write_bytes(inhoud)
    return doel
