"""Coördinator: de registratie per e-mail naar de clustermanager, en de complete melding naar de AOV-er
(Geertruidenberg 4.2). agressie maakt een nog niet verstuurde e-mail (.eml) die Outlook als concept opent."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from agressie_cli.handelingen.werkplek import Werkplek


@dataclass(frozen=True)
class Doorgestuurd:
    """De klaargezette e-mail. `vervangen`: er stond al een concept met dezelfde naam; `ontbrekend`: wat de melding
    nog niet compleet maakt (aan de clustermanager mag dat)."""

    bestand: Path
    incident: str
    aan: str  # clustermanager of aov
    email: str
    onderwerp: str
    ontbrekend: tuple[str, ...]
    doorgestuurd: date
    vervangen: bool


def doorsturen(
    werkplek: Werkplek,
    incident: str,
    aan: str | None = None,
    email: str | None = None,
    uit: Path | None = None,
    vandaag: date | None = None,
) -> Doorgestuurd:
    """Maakt de e-mail met de registratie aan de clustermanager (standaard) of de AOV-er (alleen een complete
    melding), naar `email` in plaats van het adres in het register of in agressie.toml, in de map `uit` (standaard
    uitgaand/ naast het register), en legt de datum van doorsturen vast. Wordt het register niet bewaard, dan staat
    er ook geen nieuwe e-mail."""
    from agressie_cli.documenten.eml import bestandsnaam, schrijf
    from agressie_cli.domein.doorsturen import kies_aan, leg_vast, maak_bericht
    from agressie_cli.domein.velden import controleer_emailadres

    gekozen = kies_aan(aan)
    if email is not None:
        email = controleer_emailadres("«email»", email)
    dag = vandaag or date.today()
    aov = werkplek.instellingen.aov
    uitmap = uit or werkplek.instellingen.uitgaandmap
    with _terug_bij_fout() as geschreven, werkplek.wijzig() as register:
        bericht = maak_bericht(register, werkplek.profiel, incident, gekozen, email, aov)
        doel = uitmap / bestandsnaam(bericht)
        vervangen = doel.is_file()
        geschreven.append((doel, doel.read_bytes() if vervangen else None))
        pad = schrijf(bericht, uitmap)
        elders = uitmap if uitmap.absolute() != werkplek.instellingen.uitgaandmap.absolute() else None
        leg_vast(register, bericht, dag, elders)
    return Doorgestuurd(
        bestand=pad,
        incident=bericht.incident,
        aan=bericht.aan,
        email=bericht.email,
        onderwerp=bericht.onderwerp,
        ontbrekend=tuple(bericht.ontbrekend),
        doorgestuurd=dag,
        vervangen=vervangen,
    )


@contextlib.contextmanager
def _terug_bij_fout() -> Iterator[list[tuple[Path, bytes | None]]]:
    """Wordt het register niet bewaard (een fout, of afgebroken), dan staat er ook geen nieuwe e-mail: een vorig concept
    met dezelfde naam komt terug, een nieuw bestand verdwijnt."""
    geschreven: list[tuple[Path, bytes | None]] = []
    try:
        yield geschreven
    except BaseException:
        for pad, oud in geschreven:
            with contextlib.suppress(OSError):
                if oud is None:
                    pad.unlink(missing_ok=True)
                else:
                    pad.write_bytes(oud)
        raise
