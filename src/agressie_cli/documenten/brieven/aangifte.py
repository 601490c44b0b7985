"""Het document "Informatie voor de aangifte" (2.6) maken en de maatregel 'aangifte' vastleggen, in één stap, op een
register dat de aanroeper onder het slot van de opslag heeft (zie cli/aangifte.py). Het sjabloon wordt gevonden,
gecontroleerd en in de sandbox gevuld zoals een brief; een bestaand document wordt alleen vervangen zoals
`brief --overschrijven` dat doet."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from agressie_cli.documenten.brieven import politie
from agressie_cli.documenten.brieven.maken import maak_map, map_buiten_briefmap, voorlopige_plek
from agressie_cli.documenten.brieven.render import render, veilige_bestandsnaam
from agressie_cli.documenten.brieven.sjablonen import gebruikte_variabelen, vind_sjabloon
from agressie_cli.domein.aangifte import dossier, leg_aangifte_vast
from agressie_cli.domein.fouten import InvoerFout
from agressie_cli.domein.instellingen import Instellingen
from agressie_cli.domein.maatregelen import incident_voor_maatregel
from agressie_cli.domein.profiel import Profiel
from agressie_cli.domein.register import Register
from agressie_cli.domein.velden import controleer_tekst
from agressie_cli.domein.verzending import kende_verbod

MAX_NUMMER = 40


@dataclass
class Aangiftedocument:
    pad: Path
    maatregel: dict
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


def maak_aangifte(
    instellingen: Instellingen,
    profiel: Profiel,
    register: Register,
    nummer: str,
    datum: date,
    onder_nummer: str | None,
    uitmap: Path | None,
    overschrijven: bool,
    gemaakt: list[Path],
) -> Aangiftedocument:
    incident = incident_voor_maatregel(register, nummer, "aangifte voorbereid")
    nummer = incident["incident"]
    profiel.soort(profiel.aangifte_soort)  # een eigen profiel zonder de soort aangifte: een duidelijke melding
    sjabloon = vind_sjabloon(instellingen, profiel, profiel.aangifte_soort)
    gebruikte_variabelen(sjabloon)  # een onveilig sjabloon stopt hier, vóór er iets geschreven wordt
    gegevens = dossier(register, profiel, incident)
    waarden = politie.context(instellingen, profiel, register, incident, gegevens, datum, onder_nummer)
    ov = gegevens.overtreding
    lokaalvredebreuk = kende_verbod(ov.verbod, incident["datum"]) if ov is not None and ov.in_gebouw else None
    uitmap = uitmap or instellingen.briefmap
    maak_map(uitmap)
    persoon = register.persoon_van(incident) or {}
    doel = uitmap / veilige_bestandsnaam(
        nummer, profiel.aangifte_soort, waarden["persoon_naam"], persoon.get("achternaam")
    )
    if doel.exists() and not overschrijven:
        if any(m.get("bestand") == doel.name for m in register.maatregelen):
            raise InvoerFout(
                f"Het document voor de aangifte bij incident {nummer} bestaat al (in {doel.parent}). Gebruik "
                "«overschrijven» om het document opnieuw te maken (de maatregel aangifte "
                "wordt dan bijgewerkt, er komt er geen tweede bij)."
            )
        # Geen maatregel noemt dit document: een aangifte die werd afgebroken vóór het register bewaard was (2.5).
        doel.unlink(missing_ok=True)
        doel.with_suffix(".pdf").unlink(missing_ok=True)
    # Eerst de maatregel (die controleert de datum), dan het document: een fout laat zo geen document achter.
    tijdelijk = voorlopige_plek(doel, gemaakt, f"Het document voor de aangifte bij incident {nummer}")
    maatregel, nieuw = leg_aangifte_vast(register, profiel, nummer, datum, doel.name)
    maatregel["map"] = map_buiten_briefmap(instellingen, uitmap)
    render(sjabloon, waarden, tijdelijk, meerregelig=politie.MEERREGELIG)
    return Aangiftedocument(doel, maatregel, nieuw, tijdelijk, lokaalvredebreuk)
