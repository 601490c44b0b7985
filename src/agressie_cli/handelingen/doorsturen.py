"""Coördinator: de registratie per e-mail naar de clustermanager, en de complete melding naar de AOV-er
(Geertruidenberg 4.2). agressie maakt een nog niet verstuurde e-mail (.eml) die Outlook als concept opent; de
coördinator bevestigt daarna dat hij verstuurd is (3.6: een concept is nog niet doorgestuurd)."""

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
    nog niet compleet maakt (aan de clustermanager mag dat); `klaargezet`: de datum van het concept (`doorgestuurd`
    is dezelfde datum, onder de naam van vóór 3.6); `tekst`: de tekst van de e-mail (voor het klembord, of om te
    tonen); `maatregel_besloten`: de e-mail zegt dat de maatregel al besloten is in plaats van erom te vragen."""

    bestand: Path
    incident: str
    aan: str  # clustermanager of aov
    email: str
    onderwerp: str
    ontbrekend: tuple[str, ...]
    doorgestuurd: date
    vervangen: bool
    klaargezet: date
    naam: str = ""
    tekst: str = ""
    maatregel_besloten: bool = False


@dataclass(frozen=True)
class Verzonden:
    """De bevestiging dat de e-mail verstuurd is. `klaargezet`: de datum van het concept van agressie (None: er was
    geen, de e-mail ging buiten agressie om); `eerder`: de datum van versturen die er al stond (nu vervangen)."""

    incident: str
    aan: str
    verzonden: date
    klaargezet: date | None
    eerder: date | None


def doorsturen(
    werkplek: Werkplek,
    incident: str,
    aan: str | None = None,
    email: str | None = None,
    uit: Path | None = None,
    vandaag: date | None = None,
    datum: str | date | None = None,
) -> Doorgestuurd:
    """Maakt de e-mail met de registratie aan de clustermanager (standaard) of de AOV-er (alleen een complete
    melding), naar `email` in plaats van het adres in het register of in agressie.toml, in de map `uit` (standaard
    uitgaand/ naast het register), en legt vast dat het concept op `datum` (standaard vandaag) klaargezet is: nog
    niet dat het verstuurd is (dat doet `bevestig_verzonden`). Wordt het register niet bewaard, dan staat er ook geen
    nieuwe e-mail."""
    from agressie_cli.documenten.eml import bestandsnaam, schrijf
    from agressie_cli.domein.datums import lees_datum
    from agressie_cli.domein.doorsturen import besloten_maatregelen, controleer_dag, kies_aan, leg_vast, maak_bericht
    from agressie_cli.domein.velden import controleer_emailadres

    gekozen = kies_aan(aan)
    if email is not None:
        email = controleer_emailadres("«email»", email)
    vandaag = vandaag or date.today()
    dag = lees_datum(datum, "«datum»") or vandaag
    aov = werkplek.instellingen.aov
    uitmap = uit or werkplek.instellingen.uitgaandmap
    with _terug_bij_fout() as geschreven, werkplek.wijzig() as register:
        if datum is not None:
            controleer_dag(register, incident, dag, vandaag)
        bericht = maak_bericht(register, werkplek.profiel, incident, gekozen, email, aov)
        besloten = bool(besloten_maatregelen(register, werkplek.profiel, bericht.incident))
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
        klaargezet=dag,
        naam=bericht.naam,
        tekst=bericht.tekst,
        maatregel_besloten=besloten,
    )


def bevestig_verzonden(
    werkplek: Werkplek,
    incident: str,
    aan: str | None = None,
    datum: str | date | None = None,
    vandaag: date | None = None,
) -> Verzonden:
    """Legt vast dat de e-mail aan de clustermanager (standaard) of de AOV-er op `datum` (standaard vandaag)
    verstuurd is; daarna herinnert agressie termijnen er niet meer aan. Zoals agressie verzonden voor een brief."""
    from agressie_cli.domein.datums import lees_datum
    from agressie_cli.domein.doorsturen import bevestig_verzonden as leg_verzending_vast
    from agressie_cli.domein.doorsturen import kies_aan

    gekozen = kies_aan(aan)
    vandaag = vandaag or date.today()
    dag = lees_datum(datum, "«datum»") or vandaag
    with werkplek.wijzig() as register:
        v = leg_verzending_vast(register, incident, gekozen, dag, vandaag)
    return Verzonden(v.incident, v.aan, v.verzonden, v.klaargezet, v.eerder)


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
