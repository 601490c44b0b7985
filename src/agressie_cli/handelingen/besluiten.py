"""Leidinggevende / AOV-er: de maatregel vastleggen, de brief maken, verzonden, intrekken, afsluiten."""

from __future__ import annotations

from dataclasses import dataclass

from agressie_cli.handelingen.werkplek import Werkplek


@dataclass(frozen=True)
class Afgesloten:
    incident: str
    status: str


def afsluiten(werkplek: Werkplek, incident: str) -> Afgesloten:
    """Zet een incident op 'afgehandeld' als alles rond is."""
    from agressie_cli.domein.meldingen import sluit_af

    with werkplek.wijzig() as register:
        rij = sluit_af(register, incident)
    return Afgesloten(incident=rij["incident"], status=rij["status"])
