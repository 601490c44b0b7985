"""De opties van agressie verplichtingen (3.1): per optie de kolom op het blad Incidenten en, bij een reden, de vaste
lijst. Een eigen module met alleen de veldtabel als afhankelijkheid: de opdrachtregel bouwt hiermee bij het opstarten
(ook bij agressie --help) de opties van agressie verplichtingen, zonder de regels van verplichtingen.py (register,
verboden, overtreding) te laden. verplichtingen.py geeft ze door: daar horen ze bij."""

from __future__ import annotations

from dataclasses import dataclass

from agressie_cli.domein.velden import (
    REDENEN_GEEN_AANGIFTE,
    REDENEN_GEEN_VERHAAL,
    REDENEN_NIET_BESPROKEN,
)


@dataclass(frozen=True)
class Optie:
    """Een optie van agressie verplichtingen: de kolom op het blad Incidenten, en de vaste lijst als het een reden is
    (anders een datum)."""

    naam: str
    kolom: str
    hulp: str
    redenen: tuple[str, ...] = ()


OPTIES: tuple[Optie, ...] = (
    Optie(
        "melding",
        "politie_melding",
        "Datum van de melding of aangifte bij de politie zonder document van agressie aangifte (Geertruidenberg 7, "
        "Losser 5.4). Voorbeeld: --melding 2026-11-18",
    ),
    Optie(
        "reden-geen-aangifte",
        "reden_geen_aangifte",
        f"Waarom er geen aangifte of melding komt: {', '.join(REDENEN_GEEN_AANGIFTE)}. "
        "Voorbeeld: --reden-geen-aangifte geen-strafbaar-feit",
        REDENEN_GEEN_AANGIFTE,
    ),
    Optie(
        "reden-geen-verhaal",
        "reden_geen_verhaal",
        f"Waarom de schade niet wordt verhaald: {', '.join(REDENEN_GEEN_VERHAAL)}. "
        "Voorbeeld: --reden-geen-verhaal al-vergoed",
        REDENEN_GEEN_VERHAAL,
    ),
    Optie(
        "nabespreking",
        "nabespreking",
        "Datum van de nabespreking met alle betrokkenen onder leiding van de coördinator (Geertruidenberg 9.1). "
        "Voorbeeld: --nabespreking 2026-11-19",
    ),
    Optie(
        "opvang-bezoekers",
        "opvang_bezoekers",
        "Datum waarop de AOV-er de bezoekers die getuige waren opving (Geertruidenberg 9.1). "
        "Voorbeeld: --opvang-bezoekers 2026-11-18",
    ),
    Optie(
        "herstel",
        "herstel_nagegaan",
        "Datum waarop de leidinggevende naging of het herstel goed verloopt (Geertruidenberg 9.2: na een tot zes "
        "weken). Voorbeeld: --herstel 2026-12-15",
    ),
    Optie(
        "bedrijfsarts",
        "bedrijfsarts",
        "Datum van de verwijzing naar de bedrijfsarts (Geertruidenberg 9.2). Voorbeeld: --bedrijfsarts 2026-12-15",
    ),
    Optie(
        "overdracht-uitkering",
        "overdracht_uitkering",
        "Datum van de overdracht aan de medewerkers die de Participatiewet uitvoeren (Geertruidenberg 6.8). "
        "Voorbeeld: --overdracht-uitkering 2026-11-25",
    ),
    Optie(
        "contactpersoon",
        "contactpersoon_geraadpleegd",
        "Datum waarop de contactpersoon van de inwoner is geraadpleegd vóór de waarschuwingsbrief (Losser 5.1). "
        "Voorbeeld: --contactpersoon 2026-11-12",
    ),
    Optie(
        "vervolgstappen",
        "vervolgstappen",
        "Datum waarop de vervolgstappen zijn afgesproken met leidinggevende, coördinator en wijkagent (Losser 5.4). "
        "Voorbeeld: --vervolgstappen 2026-11-20",
    ),
    Optie(
        "hulpinstantie",
        "hulpinstantie",
        "Datum waarop via de politie (0900-8844) een hulpinstantie is ingeschakeld (Losser 4.5). "
        "Voorbeeld: --hulpinstantie 2026-11-10",
    ),
    Optie(
        "burgemeester-ingelicht",
        "burgemeester_ingelicht",
        "Datum waarop de burgemeester (bij afwezigheid de griffier) is ingelicht (Losser, politiek ambtsdragers). "
        "Voorbeeld: --burgemeester-ingelicht 2026-11-10",
    ),
    Optie(
        "ambtsdragers-ingelicht",
        "ambtsdragers_ingelicht",
        "Datum waarop de andere politiek ambtsdragers zijn ingelicht (Losser, politiek ambtsdragers). "
        "Voorbeeld: --ambtsdragers-ingelicht 2026-11-12",
    ),
    Optie(
        "besproken",
        "besproken_college",
        "Datum waarop het college of het presidium het incident besprak (Losser, politiek ambtsdragers). "
        "Voorbeeld: --besproken 2026-12-01",
    ),
    Optie(
        "reden-niet-besproken",
        "reden_niet_besproken",
        f"Waarom het college of presidium het incident niet bespreekt: {', '.join(REDENEN_NIET_BESPROKEN)}. "
        "Voorbeeld: --reden-niet-besproken geen-instemming",
        REDENEN_NIET_BESPROKEN,
    ),
)
PER_NAAM = {o.naam: o for o in OPTIES}
