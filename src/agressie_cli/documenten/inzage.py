"""De brief met het dossier voor inzage (3.4; AVG art. 15), uit het Word-sjabloon inzage.docx dat een gemeente kan
aanpassen (in haar eigen sjablonenmap, zoals elke brief), gevuld in dezelfde sandbox als de andere brieven. Wat de
brief zegt, beslist domein/inzage.py (`briefwaarden`)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from agressie_cli.domein.instellingen import Instellingen
from agressie_cli.domein.inzage import Inzagedossier, briefwaarden
from agressie_cli.domein.profiel import Profiel
from agressie_cli.domein.rijen import PersoonRij

SOORT = "inzage"  # het sjabloon: inzage.docx


def schrijf(
    instellingen: Instellingen,
    profiel: Profiel,
    dossier: Inzagedossier,
    persoon: PersoonRij,
    datum: date,
    ontvangen: date | None,
    doel: Path,
) -> Path:
    from agressie_cli.documenten.brieven.render import render
    from agressie_cli.documenten.brieven.sjablonen import vind_sjabloon

    sjabloon = vind_sjabloon(instellingen, profiel, SOORT)
    waarden = briefwaarden(instellingen, dossier, persoon, datum, ontvangen)
    doel.parent.mkdir(parents=True, exist_ok=True)
    render(sjabloon, waarden, doel, meerregelig=("adresblok",), grenzen=instellingen.sjabloongrenzen)
    return doel
