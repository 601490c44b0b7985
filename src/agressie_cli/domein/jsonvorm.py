"""Een rij van het register als record voor `--json` (3.2): welke velden erin staan en onder welke sleutel, volgt uit
de veldtabel (domein/velden.py: `Veld.json` noemt de vormen, `Veld.json_sleutel` de sleutel). Eén functie voor elk
blad (incident, persoon, maatregel), zodat een nieuw veld één regel in velden.py blijft en de opdrachtregel en de
webvoorkant hetzelfde record geven.

De waarden zoals JSON ze schrijft: een datum als 2026-11-23, een tijd als 10:30, een duur als een aantal maanden of
'onbepaald', een lijst als lijst (leeg: [])."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time
from typing import Any

from agressie_cli.domein import velden
from agressie_cli.domein.duur import Duur
from agressie_cli.domein.nederlands import tijd_invoer

# De vormen van --json met velden uit een rij (Veld.json).
LIJST = "lijst"  # agressie lijst --json: een incident
HISTORIE = "historie"  # agressie historie --json: de persoon, zijn incidenten en zijn maatregelen
MAATREGEL = "maatregel"  # agressie maatregel --json en agressie brief --json: de vastgelegde maatregel
MELDEN = "melden"  # agressie melden --json (ook met --formulier): het geregistreerde incident
PERSOON = "persoon"  # een persoon in een lijst 'bedoelt u' (melden, advies, brief)
VERBODEN = "verboden"  # agressie verboden --json (ook met --uit): een lopend verbod met wie het heeft
VORMEN = (LIJST, HISTORIE, MAATREGEL, MELDEN, PERSOON, VERBODEN)

_TABELLEN = {"Incidenten": "INCIDENT", "Personen": "PERSOON", "Maatregelen": "MAATREGEL"}


def json_waarde(waarde: object) -> Any:
    """Een waarde uit het register zoals --json haar schrijft: datum ISO, tijd UU:MM, duur in maanden of 'onbepaald'."""
    if isinstance(waarde, Duur):
        return waarde.als_cel()
    if isinstance(waarde, datetime):
        return waarde.isoformat()
    if isinstance(waarde, date):
        return waarde.isoformat()
    if isinstance(waarde, time):
        return tijd_invoer(waarde)
    if isinstance(waarde, (list, tuple)):
        return [json_waarde(w) for w in waarde]
    return waarde


def json_velden(blad: str, vorm: str, classificatie: str | None = None) -> list[velden.Veld]:
    """De velden van een blad ("Incidenten", "Personen", "Maatregelen") in een vorm van --json, in de volgorde van de
    kolommen; op het blad Incidenten van de classificatie alleen die van het profiel. De tabel wordt bij elke aanroep
    gelezen: een veld dat erbij komt, staat er meteen in."""
    if vorm not in VORMEN:
        raise ValueError(f"onbekende vorm van --json: {vorm}")
    tabel: tuple[velden.Veld, ...] = getattr(velden, _TABELLEN[blad])
    weg: set[str] = set()
    if blad == "Incidenten":
        weg = {s for c, sleutels in velden.KLASSEVELDEN.items() if c != classificatie for s in sleutels}
    return [v for v in tabel if vorm in v.json and v.sleutel not in weg]


def json_record(rij: Mapping[str, object], blad: str, vorm: str, classificatie: str | None = None) -> dict[str, Any]:
    """Het record van een rij (incident, persoon of maatregel; een dict of TypedDict van het register) in een vorm van
    --json: elk veld met die vorm in Veld.json, onder zijn JSON-sleutel, met zijn waarde zoals JSON haar schrijft.
    Een veld dat leeg is, staat er met null (een lijst met [])."""
    record: dict[str, Any] = {}
    for v in json_velden(blad, vorm, classificatie):
        waarde = rij.get(v.sleutel)
        if v.type == "lijst":
            waarde = list(waarde) if isinstance(waarde, (list, tuple)) else [] if waarde in (None, "") else [waarde]
        record[v.json_naam] = json_waarde(waarde)
    return record
