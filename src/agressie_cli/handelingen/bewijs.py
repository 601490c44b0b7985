"""Bewijs bij een incident bewaren (3.4; Geertruidenberg 8): de bestanden in bewijs/<incident>/ naast het register,
met hun SHA-256 in het register. `agressie aangifte` noemt ze in het dossier, `opschonen` verwijdert ze met de rest."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from agressie_cli.handelingen.werkplek import Werkplek


@dataclass(frozen=True)
class Stuk:
    naam: str  # de naam in bewijs/<incident>/
    sha256: str
    bestand: Path


@dataclass(frozen=True)
class Bewijs:
    incident: str
    toegevoegd: tuple[Stuk, ...]
    totaal: int  # zoveel bestanden staan er nu bij het incident


def bewijs(werkplek: Werkplek, incident: str, bestanden: list[Path]) -> Bewijs:
    """Kopieert de bestanden naar bewijs/<incident>/ en legt naam en SHA-256 vast. Alles of niets: een bestand dat
    niet mag (soort, grootte, al bewaard) laat het register en de map zoals ze waren."""
    from agressie_cli.documenten import bewijs as schijf
    from agressie_cli.domein import bewijs as regels
    from agressie_cli.domein.fouten import InvoerFout

    if not bestanden:
        raise InvoerFout("BESTAND ontbreekt: welk bestand is het bewijs? Voorbeeld: agressie bewijs 2026-0001 foto.jpg")
    gelezen = []
    for pad in bestanden:
        inhoud = schijf.lees_bron(Path(pad))
        naam = regels.veilige_naam(Path(pad).name)
        regels.controleer(naam, len(inhoud))
        gelezen.append((naam, inhoud, schijf.sha256(inhoud)))
    if len({h for _, _, h in gelezen}) < len(gelezen):
        raise InvoerFout("Hetzelfde bestand staat er twee keer bij. Er is niets vastgelegd.")
    geschreven: list[Path] = []
    try:
        with werkplek.wijzig() as register:
            rij = register.incident(incident)
            nummer = str(rij["incident"])
            regels.controleer_incident(rij, register.persoon_van(rij))
            doelmap = schijf.incidentmap(werkplek.instellingen.map, nummer)
            bezet = {b.naam for b in regels.bewijs_van(rij)}
            if doelmap.is_dir():
                bezet |= {p.name for p in doelmap.iterdir()}
            stukken = []
            for naam, _inhoud, hash_ in gelezen:
                naam = regels.kies_naam(naam, bezet)
                bezet.add(naam)
                stukken.append(regels.Bewijsstuk(naam, hash_))
            alle = regels.leg_bewijs_vast(register, rij, stukken)
            for stuk, (_, inhoud, _) in zip(stukken, gelezen, strict=True):
                geschreven.append(schijf.schrijf(doelmap, stuk.naam, inhoud))
    except BaseException:
        for pad in geschreven:  # het register is niet bewaard: ook geen bestanden
            with contextlib.suppress(OSError):
                pad.unlink()
        raise
    return Bewijs(
        incident=nummer,
        toegevoegd=tuple(Stuk(s.naam, s.sha256, p) for s, p in zip(stukken, geschreven, strict=True)),
        totaal=len(alle),
    )
