"""Verwacht bezoek (3.4; Geertruidenberg 3.3 "Vooraf te verwachten agressie"): een persoon met eerdere agressie wordt
op een dag verwacht; op die dag tonen verboden, termijnen en de receptie het. Met `mail` zet agressie ook de e-mail
aan receptie en interventieteam klaar (.eml, een concept voor Outlook, zoals agressie doorsturen)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from pathlib import Path

from agressie_cli.handelingen.werkplek import Werkplek


@dataclass(frozen=True)
class Bezoek:
    persoon: str
    datum: date
    tijd: time | None
    waarschuwen: str  # wie er gewaarschuwd moet worden ("receptie, interventieteam en deelcluster waarschuwen")
    email: Path | None = None  # 3.4 --mail: het concept aan receptie en interventieteam
    email_aan: tuple[str, ...] = ()  # aan wie ('receptie', 'interventieteam')
    al_vastgelegd: bool = False  # --mail voor een bezoek dat er al stond: alleen de e-mail is nieuw


def bezoek(werkplek: Werkplek, zoek: str, datum: date, tijd: str | None = None, mail: bool = False) -> Bezoek:
    """Legt vast dat de persoon (naam of persoonnummer) op `datum` (om `tijd`) verwacht wordt. Met `mail` ook de
    e-mail aan receptie en interventieteam ([bezoek] aan in het profiel; de adressen uit [afschrift] in agressie.toml):
    ontbreekt een adres, dan wordt er niets vastgelegd. Stond het bezoek er al, dan komt alleen de e-mail erbij."""
    from agressie_cli.domein.bezoek import WAARSCHUWEN, bezoeken_van, leg_bezoek_vast
    from agressie_cli.domein.datums import lees_tijd
    from agressie_cli.domein.historie import kies_persoon

    tijd_w = lees_tijd(tijd, "«tijd»")
    adressen: list[tuple[str, str]] = []
    aan: tuple[str, ...] = ()
    if mail:
        from agressie_cli.domein.afschrift import bezoek_aan, ontvangers
        from agressie_cli.domein.fouten import InvoerFout

        aan = bezoek_aan(werkplek.profiel)
        adressen, melding = ontvangers(werkplek.instellingen, aan)
        if melding:
            raise InvoerFout(
                f"Geen e-mail over het bezoek te maken: {melding}. Vul het in, of leg het bezoek vast zonder «mail». "
                "Er is niets vastgelegd."
            )
    if not mail:
        with werkplek.wijzig() as register:
            b = leg_bezoek_vast(register, kies_persoon(register, zoek), datum, tijd_w)
        return Bezoek(b.persoon, b.datum, b.tijd, WAARSCHUWEN)
    from agressie_cli.documenten.eml import concept_bytes, schrijf_bytes
    from agressie_cli.domein.afschrift import bezoek_concept
    from agressie_cli.handelingen.doorsturen import _terug_bij_fout

    with _terug_bij_fout() as geschreven, werkplek.wijzig() as register:
        persoon = kies_persoon(register, zoek)
        al = (datum, tijd_w) in bezoeken_van(persoon)
        if not al:
            leg_bezoek_vast(register, persoon, datum, tijd_w)
        concept = bezoek_concept(register, werkplek.profiel, persoon, datum, tijd_w, adressen, WAARSCHUWEN)
        doel = werkplek.instellingen.uitgaandmap / concept.bestandsnaam
        geschreven.append((doel, doel.read_bytes() if doel.is_file() else None))
        schrijf_bytes(concept_bytes(concept.ontvangers, concept.onderwerp, concept.tekst), doel)
        register.log("concept bezoek klaargezet", str(persoon.get("persoon")))
    return Bezoek(str(persoon.get("persoon")), datum, tijd_w, WAARSCHUWEN, doel, aan, al)
