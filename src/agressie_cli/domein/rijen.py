"""De rijen van het register als getypte dicts (3.2): een incident, een persoon en een maatregel, met per kolom het
type dat de veldtabel (domein/velden.py: INCIDENT, PERSOON, MAATREGEL) zegt. Met de hand overgenomen uit die tabel;
tests/domein/test_rijen.py controleert dat de sleutels gelijk blijven, zodat ze niet uit elkaar lopen: een nieuw
`Veld(...)` is dus ook een regel hier.

`total=False`: een rij hoeft niet elke kolom te hebben (een nieuwe rij, een register van een oudere versie). Een cel
die niet te lezen was, houdt in het geheugen de ruwe waarde (de opslag meldt hem); het type hier is wat een geldige
cel geeft: tekst, keuze en ja/nee of None, een datum, tijd of moment of None, een lijst van teksten, een Duur of None.

Een rij met de hand maken gaat met de constructor (`MaatregelRij(maatregel=..., soort=...)`): een verschreven kolom
is dan een fout van mypy. Alleen waar de kolom pas bij het lopen bekend is (een `Veld` uit de veldtabel, de cellen van
een blad, de velden van een formulier), gaat het via de functies onderaan: `kolom` om te lezen, `zet` en `zet_alle`
om te schrijven.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time
from typing import TypedDict, cast

from agressie_cli.domein.duur import Duur


class IncidentRij(TypedDict, total=False):
    """Een rij van het blad Incidenten."""

    incident: str | None
    status: str | None
    datum: date | None
    tijd: time | None
    persoon: str | None
    naam: str | None
    kanaal: str | None
    ernst: str | None
    gedrag: str | None
    aanhoudend: bool | None
    vorm: list[str]
    brieftekst: str | None
    omschrijving: str | None
    waarmee: str | None
    aanleiding: str | None
    melder: str | None
    functie: str | None
    medewerker: list[str]
    afdeling: str | None
    leidinggevende: str | None
    leidinggevende_email: str | None
    letsel: str | None
    psychisch: str | None
    materiele_schade: str | None
    politie: bool | None
    aangifte: bool | None
    uitkering: str | None
    bij_uitvoering: bool | None
    ambtsdrager: bool | None
    ambt: str | None
    reactie_burgemeester: date | None
    bezoekers_getuige: bool | None
    ontbrekend: str | None
    geregistreerd: datetime | None
    gewijzigd: datetime | None
    formulier: str | None
    gemeld_door: str | None  # 3.5: het account dat op het web meldde
    beoordeling: str | None  # 3.5: te beoordelen, aanvaard, samengevoegd, afgewezen (handelingen/beoordelen.py)
    samengevoegd_met: str | None
    beoordeling_reden: str | None
    beoordeeld_door: str | None
    concept_clustermanager: date | None
    doorgestuurd: date | None
    concept_aov: date | None
    doorgestuurd_aov: date | None
    concept_map: list[str]
    nazorg_gesprek: date | None
    nazorg_hulpverlening: date | None
    nazorg_afgerond: date | None
    politie_melding: date | None
    reden_geen_aangifte: str | None
    reden_geen_verhaal: str | None
    nabespreking: date | None
    opvang_bezoekers: date | None
    herstel_nagegaan: date | None
    bedrijfsarts: date | None
    overdracht_uitkering: date | None
    contactpersoon_geraadpleegd: date | None
    vervolgstappen: date | None
    hulpinstantie: date | None
    burgemeester_ingelicht: date | None
    ambtsdragers_ingelicht: date | None
    besproken_college: date | None
    reden_niet_besproken: str | None
    voornemen: date | None
    voornemen_soort: str | None
    voornemensbrief: str | None
    reacties: list[str]
    bewijs: list[str]


class PersoonRij(TypedDict, total=False):
    """Een rij van het blad Personen."""

    persoon: str | None
    naam: str | None
    geboortedatum: date | None
    adres: str | None
    postcode: str | None
    woonplaats: str | None
    telefoon: str | None
    email: str | None
    aanhef: str | None
    achternaam: str | None
    niet_dezelfde: list[str]
    geanonimiseerd: date | None
    samengevoegd_in: str | None
    bezoeken: list[str]
    inzage: list[str]
    inzagebrief: list[str]


class MaatregelRij(TypedDict, total=False):
    """Een rij van het blad Maatregelen."""

    maatregel: str | None
    incident: str | None
    persoon: str | None
    soort: str | None
    label: str | None
    datum: date | None
    ingang: date | None
    duur: Duur | None
    einde: date | None
    aangifte: bool | None
    bestand: str | None
    advies: str | None
    afwijking: bool | None
    overtreding: str | None
    gesprek_datum: date | None
    gesprek_tijd: time | None
    locatie: str | None
    aanwezigen: list[str]
    afspraken: list[str]
    toelichting: str | None
    status: str | None
    vervangen_door: str | None
    vervangen_per: date | None
    ingetrokken: date | None
    reden: str | None
    verzonden: date | None
    wijze: str | None
    wijze_brief: str | None
    map: str | None
    bedrag: str | None
    reacties: list[str]
    verzoeken: list[str]
    herzieningen: list[str]
    opgeheven: date | None
    herzieningsbrief: list[str]
    besloten_door: str | None
    goedgekeurd_door: str | None
    goedgekeurd: date | None
    afschrift_klaargezet: date | None
    afschrift_verzonden: date | None
    afschrift_open: str | None
    gehouden: date | None
    niet_verschenen: date | None


Rij = IncidentRij | PersoonRij | MaatregelRij


def kolom(rij: Rij, sleutel: str) -> object:
    """De waarde van een kolom die pas bij het lopen bekend is (een `Veld.sleutel`); None als de rij hem niet heeft."""
    return rij.get(sleutel)


def zet(rij: Rij, sleutel: str, waarde: object) -> None:
    """Schrijf een kolom die pas bij het lopen bekend is (een `Veld.sleutel` uit de veldtabel van deze rij). mypy kan
    zo'n sleutel niet nagaan: alleen hier en in zet_alle wordt een rij als gewone dict beschreven."""
    cast("dict[str, object]", rij)[sleutel] = waarde


def zet_alle(rij: Rij, waarden: Mapping[str, object]) -> None:
    """Schrijf een aantal kolommen uit de veldtabel in één keer (dict.update: snel bij veel rijen, opschonen)."""
    cast("dict[str, object]", rij).update(waarden)
