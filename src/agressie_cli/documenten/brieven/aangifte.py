"""Het ontwerp van het document "Informatie voor de aangifte" (2.6) en de maatregel 'aangifte' die erbij hoort, op
een register (zie maken.Ontwerp; de transactie staat in handelingen/maatregeldocument.py, dezelfde als voor een
brief). Het sjabloon wordt gevonden, gecontroleerd en in de sandbox gevuld zoals een brief; een bestaand document
wordt alleen vervangen zoals `brief --overschrijven` dat doet."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from agressie_cli.documenten.brieven import politie
from agressie_cli.documenten.brieven.maken import Ontwerp, map_buiten_briefmap
from agressie_cli.documenten.brieven.render import veilige_bestandsnaam
from agressie_cli.documenten.brieven.sjablonen import gebruikte_variabelen, vind_sjabloon
from agressie_cli.domein.aangifte import dossier, leg_aangifte_vast
from agressie_cli.domein.fouten import InvoerFout
from agressie_cli.domein.instellingen import Instellingen
from agressie_cli.domein.maatregelen import incident_voor_maatregel
from agressie_cli.domein.profiel import Profiel
from agressie_cli.domein.register import Register
from agressie_cli.domein.rijen import MaatregelRij
from agressie_cli.domein.velden import controleer_tekst
from agressie_cli.domein.verzending import kende_verbod

MAX_NUMMER = 40


@dataclass
class Aangiftedocument:
    pad: Path
    maatregel: MaatregelRij
    nieuw: bool  # een nieuwe maatregel (anders is de bestaande bijgewerkt)
    tijdelijk: Path | None = None  # waar het document staat tot het register bewaard is (maken.plaats)
    # 3.1: in het gebouw tijdens een toegangsverbod: True als het register laat zien dat de persoon het verbod kende
    # (overhandigd of aangetekend vóór het incident) en het document lokaalvredebreuk noemt; None: geen toegangsverbod.
    lokaalvredebreuk: bool | None = None


def lees_onder_nummer(nummer: str | None) -> str | None:
    if nummer is None:
        return None
    nummer = controleer_tekst("«onder_nummer»", nummer.strip())
    if not nummer:
        raise InvoerFout(
            '«onder_nummer» is leeg. Geef het nummer waaronder de aangifte wordt gedaan, bijvoorbeeld "VPT-0412".'
        )
    if len(nummer) > MAX_NUMMER or "\n" in nummer:
        raise InvoerFout(f"«onder_nummer»: een nummer is hoogstens {MAX_NUMMER} tekens, op één regel.")
    return nummer


def ontwerp_aangifte(
    instellingen: Instellingen,
    profiel: Profiel,
    register: Register,
    nummer: str,
    datum: date,
    onder_nummer: str | None,
    uitmap: Path | None,
    overschrijven: bool,
) -> Ontwerp:
    """Besluit het document voor de aangifte op `register` en legt de maatregel aangifte daarin vast (of werkt de
    bestaande bij), zonder het sjabloon te vullen en zonder bestanden aan te raken (zie maken.Ontwerp)."""
    incident = incident_voor_maatregel(register, nummer, "aangifte voorbereid")
    nummer = str(incident["incident"])
    profiel.soort(profiel.aangifte_soort)  # een eigen profiel zonder de soort aangifte: een duidelijke melding
    sjabloon = vind_sjabloon(instellingen, profiel, profiel.aangifte_soort)
    gebruikte_variabelen(sjabloon)  # een onveilig sjabloon stopt hier, vóór er iets geschreven wordt
    gegevens = dossier(register, profiel, incident)
    waarden = politie.context(instellingen, profiel, register, incident, gegevens, datum, onder_nummer)
    ov = gegevens.overtreding
    lokaalvredebreuk = (
        kende_verbod(ov.verbod, incident.get("datum") or date.min) if ov is not None and ov.in_gebouw else None
    )
    uitmap = uitmap or instellingen.briefmap
    persoon = register.persoon_van(incident) or {}
    doel = uitmap / veilige_bestandsnaam(
        nummer, profiel.aangifte_soort, waarden["persoon_naam"], persoon.get("achternaam")
    )
    wees = False
    if doel.exists() and not overschrijven:
        if any(m.get("bestand") == doel.name for m in register.maatregelen):
            raise InvoerFout(
                f"Het document voor de aangifte bij incident {nummer} bestaat al (in {doel.parent}). Gebruik "
                "«overschrijven» om het document opnieuw te maken (de maatregel aangifte "
                "wordt dan bijgewerkt, er komt er geen tweede bij)."
            )
        wees = True  # geen maatregel noemt dit document: een afgebroken aangifte (2.5); weg onder het slot
    maatregel, nieuw = leg_aangifte_vast(register, profiel, nummer, datum, doel.name)
    maatregel["map"] = map_buiten_briefmap(instellingen, uitmap)
    document = Aangiftedocument(doel, maatregel, nieuw, None, lokaalvredebreuk)
    wat = f"Het document voor de aangifte bij incident {nummer}"
    return Ontwerp(document, sjabloon, waarden, meerregelig=politie.MEERREGELIG, wees=wees, wat=wat)
