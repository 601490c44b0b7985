"""Welke sleutels een profiel kent, op één plek. Een sleutel die hier niet staat, is een tikfout: het profiel wordt
geweigerd met een melding die het bestand en de sleutel noemt (en de bekende sleutel die erop lijkt). Zonder deze
controle werd een tikfout ("standaard_duurr", "aangfte" in een matrixcel) stil genegeerd en gaf agressie een ander
advies dan het protocol van de gemeente.

Een nieuwe sleutel in een profiel (een nieuwe regel van een protocol) is één regel hieronder, naast de code die hem
leest. Alleen de namen van de sleutels worden hier gecontroleerd; wat de waarden moeten zijn, controleert
`Profiel._controleer()` (domein/profiel.py) en de code die ze gebruikt."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Union

from agressie_cli.domein.fouten import InvoerFout
from agressie_cli.domein.velden import INCIDENT, UITKERINGEN, VORMEN


@dataclass(frozen=True)
class Lijst:
    """Een lijst van tabellen ([[regels]], [[nazorg]]), elk volgens `element`."""

    element: Schema


@dataclass(frozen=True)
class Namen:
    """Een tabel met eigen namen als sleutels (de soorten, de kolommen van de matrix), elke waarde volgens `waarde`.
    `van` zegt welke namen mogen (zie `namen_van()`); None: elke naam."""

    waarde: Schema
    van: str | None = None


# None: een waarde (tekst, getal, waar/onwaar, lijst van waarden); een dict: een tabel met precies deze sleutels.
Schema = Union[None, dict[str, "Schema"], Lijst, Namen]

SOORT: dict[str, Schema] = {
    "label": None,  # hoe het protocol de maatregel noemt
    "onderwerp": None,  # het onderwerp boven de brief (standaard het label)
    "bijlage": None,  # de bijlage van het protocol met de voorbeeldbrief
    "zwaarte": None,  # volgorde van licht naar zwaar
    "brief": None,  # er hoort een brief bij
    "periode": None,  # met een duur (een verbod)
    "toegang": None,  # verbiedt de toegang tot het gebouw
    "bellen": None,  # verbiedt het bellen
    "standaard_duur": None,  # maanden of "onbepaald"; zonder: de gebruiker bepaalt de duur
    "verzending": None,  # hoe de brief gaat: "gewone post", "aangetekend en per gewone post"
    "verzending_artikel": None,  # 3.1: het artikel dat de verzending voorschrijft (Geertruidenberg 6.4)
    "overhandigen": None,  # 3.1: het artikel dat persoonlijk overhandigen toestaat (Losser 5.2); zonder: waarschuwing
    "afschrift": None,
    "afschrift_bijlage": None,
    "informeren": None,
    "naast_advies": None,  # komt naast het advies (aangifte, aansprakelijkstelling)
    "vereist_schade": None,
    "vereist_actief_verbod": None,  # niet-nakomen: alleen tijdens een lopend toegangsverbod
    "op_gemeentehuis": None,  # het ordegesprek: niet tijdens een ontzegging
    "bijlagen": None,  # false: de bijlagen uit agressie.toml gaan niet mee
    "na_overtreding": None,  # de zin in het advies na een overtreding
    # 3.2: wat de code van een soort moet weten staat als vlag in het profiel, niet als naam in de code; zo kan een
    # gemeente haar soorten anders noemen (een 'berisping' met waarschuwing = true).
    "waarschuwing": None,  # een schriftelijke waarschuwing (de brief telt eerdere waarschuwingen)
    "gesprek": None,  # een ordegesprek: de uitnodiging en de bevestiging (gesprek_datum, locatie, aanwezigen)
    "bevestiging": None,  # de bevestiging van een ordegesprek (met gesprek = true): neemt het gesprek over
    "afsluitend": None,  # alleen vastleggen (de registratie): een incident met alleen deze soort is afgehandeld
    "bedrag": None,  # het verhalen van schade (de aansprakelijkstelling): --bedrag hoort erbij
    "horen": None,  # 3.4: "vooraf" (eerst de brief voornemen, dan de maatregel) of "achteraf" (standaard)
    "aangifte": None,  # de aangifte bij de politie (agressie aangifte): geen brief aan de persoon, één per incident
    # 3.4 (motivering): de norm die het gedrag overtreedt, letterlijk uit de huisregels of het protocol van de gemeente,
    # en waar die staat; een verbodsbrief citeert haar (zonder: geweigerd, met deze sleutel en het bestand).
    "norm": None,
    "norm_bron": None,
}
# `als` van [[nazorg]], [[verplichtingen]] en [maatregel_zonder_brief]: velden van het incident, en bij de
# verplichtingen ook `schade` (er is schade vastgelegd) en `advies` (de maatregel of het advies).
ALS_INCIDENT = Namen(None, "incidentvelden")
ALS_VERPLICHTING = Namen(None, "incidentvelden en schade, advies en overtreding_in_gebouw")
TREDE: dict[str, Schema] = {"soort": None, "duur": None, "langer": None}
# brieftekst (3.4): hoe de verbodsbrief zegt waarom deze duur, met {maatregel} en {periode}
MINIMUM: dict[str, Schema] = {"soort": None, "duur": None, "regel": None, "uitleg": None, "brieftekst": None}

PROFIEL: dict[str, Schema] = {
    "basis": None,  # een eigen profiel bouwt voort op een meegeleverd profiel (alleen in het bestand zelf)
    "naam": None,
    "omschrijving": None,
    "classificatie": None,  # "ernst" (interventiematrix) of "gedrag" (A-E)
    "sjablonenset": None,
    "venster_maanden": None,
    "reactietermijn_dagen": None,
    "betaaltermijn_dagen": None,
    "doorsturen_werkdagen": None,
    "reactie_dagen": None,  # 3.4: de termijn om te reageren op een voornemen of een brief
    "antwoord_dagen": None,  # 3.4: de termijn om een reactie of verzoek te beantwoorden (agressie herzien)
    "goedkeuring": None,  # 3.4: een verbodsbrief is pas definitief na agressie goedkeuren door een tweede persoon
    "bewaren_jaren": Namen(
        None, "klassen"
    ),  # 3.4: bewaartermijn per klasse (jaren na het incident); anders de standaard
    "herzien_na_maanden": None,  # 3.4: elk lopend verbod wordt na zoveel maanden herzien; ook: wat recent gedrag is
    "kanalen_in_gebouw": None,
    "kanalen_telefonisch": None,
    "kanalen_schriftelijk": None,
    "verplicht_voor_compleet": None,
    "informeren_bij_politie": None,
    "ernst": Namen(None),  # de waarden van de classificatie, met hun label
    "gedrag": Namen(None),
    "soorten": Namen(SOORT),
    "matrix": Namen(Lijst({"soort": None, "duur": None, "aangifte": None}), "klassen"),
    "regels": Lijst(
        {
            "naam": None,
            "als": {
                "gedrag": None,
                "ernst": None,
                "aanhoudend": None,
                "kanaal": None,
                "eerder": None,
                "herhaling_min": None,
            },
            "soort": None,
            "duur": None,
            "label": None,
            "aangifte": None,
            "keuze": None,
            "uitleg": None,
            "aanvulling_na_verbod": None,
        }
    ),
    "verbod_overtreden": {
        "soort": None,
        "aangifte": None,
        "uitleg": None,
        "uitleg_telefonisch": None,
        "brieftekst": None,  # 3.4: waarom deze duur (de volgende trede), met {maatregel} en {periode}
        "ladder": Namen(Lijst(TREDE), "soorten"),
    },
    "minimum_bij_vorm": Namen({**MINIMUM, "herhaling": {"na": None, **MINIMUM}}, "vormen"),
    # telefonisch of schriftelijk tijdens een ontzegging: de volgende trede; brieftekst (3.4): waarom deze duur
    "tijdens_ontzegging": {"op_afstand": None, "brieftekst": None},
    # melding: het artikel van het eigen protocol dat zegt wat een melding bevat; matrix (3.4): waar de matrix staat
    "artikelen": {"melding": None, "matrix": None},
    # 3.4: niet_verschenen: de volgende stap als de persoon niet op het ordegesprek verscheen (agressie ordegesprek)
    "na_ordegesprek": {"uitnodiging": None, "bevestiging": None, **MINIMUM, "niet_verschenen": MINIMUM},
    "altijd_aangifte": {"ernst": None, "gedrag": None, "uitleg": None},
    "nazorg": Lijst(
        {
            "soort": None,
            "dagen": None,
            "maanden": None,
            "periode": None,
            "sluiten_met": None,
            "als": ALS_INCIDENT,
            "tekst": None,
            "tekst_tegen_burgemeester": None,
        }
    ),
    "verplichtingen": Lijst(
        {
            "soort": None,
            "dagen": None,
            "werkdagen": None,
            "maanden": None,
            "vanaf": None,
            "als": ALS_VERPLICHTING,
            "maatregel": None,
            "sluiten_met": None,
            "tekst": None,
            "soort_tegen_burgemeester": None,  # Losser 9: tegen de burgemeester de (loco)gemeentesecretaris
            "tekst_tegen_burgemeester": None,
        }
    ),
    "maatregel_zonder_brief": {"als": ALS_INCIDENT, "tekst": None, "opdracht": None},
    "politiek_ambtsdrager": {
        "uren": None,
        "tekst": None,
        "tekst_tegen_burgemeester": None,
        "soort_tegen_burgemeester": None,
        "ondertekening": None,
        "schade_tekst": None,
    },
    "participatiewet": {
        "uitleg": None,
        "uitleg_brief": None,  # 6.8: de brief kondigt het afstemmingsgesprek aan
        "uitleg_zonder_brief": None,
        "brieftekst": None,
        "hoogte": None,
        "categorie_per_vorm": Namen(None),
        "bedragen": Namen(Namen(None), "uitkeringen"),
    },
    "brief_gedrag": Namen(None, "klassen"),
    "rollen": {"coordinator": None, "leidinggevende": None},
    "receptie": {"bellen": None},  # 3.5: wie de receptie waarschuwt als iemand met een verbod toch komt
    # 3.4 verwacht bezoek (agressie bezoek --mail): aan wie (sleutels van [afschrift] in agressie.toml), het artikel en
    # de tekst van het protocol over wat te doen (Geertruidenberg 3.3)
    "bezoek": {"aan": None, "artikel": None, "tekst": None},
}


def namen_van(gegevens: dict) -> dict[str, set[str] | None]:
    """De namen die in een tabel met eigen namen mogen, uit het samengevoegde profiel (None: niet te controleren)."""
    incidentvelden = {v.sleutel for v in INCIDENT}
    klassen = gegevens.get(str(gegevens.get("classificatie")))
    return {
        "soorten": set(gegevens.get("soorten") or {}) if isinstance(gegevens.get("soorten"), dict) else None,
        "klassen": set(klassen) if isinstance(klassen, dict) else None,  # een foute classificatie meldt profiel.py
        "vormen": set(VORMEN),
        "uitkeringen": set(UITKERINGEN),
        "incidentvelden": incidentvelden,
        "incidentvelden en schade, advies en overtreding_in_gebouw": incidentvelden
        | {"schade", "advies", "overtreding_in_gebouw"},
    }


def controleer_sleutels(gegevens: dict, bestand: str, samengevoegd: dict, voorvoegsel: str = "") -> None:
    """Weigert een onbekende sleutel in `gegevens` (de inhoud van één bestand) met een melding die het bestand en de
    hele sleutel noemt. `samengevoegd`: het hele profiel, voor de namen die mogen (de soorten, de klassen)."""
    _loop(gegevens, PROFIEL, voorvoegsel, bestand, namen_van(samengevoegd))


def _loop(waarde: object, schema: Schema, pad: str, bestand: str, namen: dict[str, set[str] | None]) -> None:
    if schema is None:
        return
    if isinstance(schema, Lijst):
        if not isinstance(waarde, list):
            raise InvoerFout(_geen_tabel(bestand, pad, waarde, "een lijst van tabellen", f"koppen [[{pad}]]"))
        for i, element in enumerate(waarde, 1):
            _loop(element, schema.element, f"{pad}[{i}]", bestand, namen)
        return
    if not isinstance(waarde, dict):
        # 3.3: `soorten = 5` of `matrix = "x"` onder [profiel_aanpassingen] gaf 'onverwachte fout'
        raise InvoerFout(_geen_tabel(bestand, pad, waarde, "een tabel", f"een kop [{pad}] met de sleutels eronder"))
    toegestaan = set(schema) if isinstance(schema, dict) else (namen.get(schema.van) if schema.van else None)
    for sleutel, deel in waarde.items():
        volledig = f"{pad}.{sleutel}" if pad else str(sleutel)
        if toegestaan is not None and sleutel not in toegestaan:
            raise InvoerFout(_melding(bestand, volledig, str(sleutel), toegestaan))
        _loop(deel, schema[sleutel] if isinstance(schema, dict) else schema.waarde, volledig, bestand, namen)


def _geen_tabel(bestand: str, pad: str, waarde: object, moet: str, uitleg: str) -> str:
    if isinstance(waarde, bool):
        wat = "true of false"
    elif isinstance(waarde, (int, float)):
        wat = "een getal"
    elif isinstance(waarde, str):
        wat = "een tekst"
    elif isinstance(waarde, list):
        wat = "een lijst van waarden"
    else:
        wat = "een tabel"
    return (
        f"Profiel {bestand}: '{pad}' moet {moet} zijn ({uitleg}), niet {wat}. Herstel het in een teksteditor; de "
        "meegeleverde profielen (geertruidenberg, losser) laten zien hoe het eruitziet. Er is niets gewijzigd."
    )


def _melding(bestand: str, volledig: str, sleutel: str, toegestaan: set[str]) -> str:
    bedoeld = difflib.get_close_matches(sleutel, sorted(toegestaan), n=1)
    hint = f" (bedoelt u '{bedoeld[0]}'?)" if bedoeld else f". Mogelijk op deze plek: {', '.join(sorted(toegestaan))}"
    return (
        f"Profiel {bestand}: onbekende sleutel '{volledig}'{hint}. Herstel de tikfout in een teksteditor; de "
        "meegeleverde profielen (geertruidenberg, losser) laten alle sleutels zien. Er is niets gewijzigd."
    )
