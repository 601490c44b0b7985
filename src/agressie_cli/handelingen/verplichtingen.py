"""Coördinator, leidinggevende, AOV-er: vastleggen wat het protocol oplegt (3.1), zodat het van agressie termijnen
verdwijnt. Alleen datums en redenen uit een vaste lijst, geen aantekeningen (AVG). Welke waarden er zijn, staat in
de tabel OPTIES in domein/verplichtingopties.py."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from agressie_cli.domein.fouten import InvoerFout
from agressie_cli.handelingen.werkplek import Werkplek


@dataclass(frozen=True)
class Verplichtingstand:
    """Een verplichting van het profiel bij het incident. `verlopen`: open en de termijn is voorbij; `vastgelegd_met`:
    de waarde (of 'maatregel M00001') die haar afvinkte; `opdracht`: hoe ze wordt vastgelegd."""

    soort: str
    omschrijving: str
    uiterlijk: date
    open: bool
    verlopen: bool
    vastgelegd: date | None
    vastgelegd_met: str | None
    reden: str | None
    op_tijd: bool | None
    opdracht: str


@dataclass(frozen=True)
class Verplichtingen:
    """De verplichtingen bij een incident. `waarden`: per naam uit OPTIES (met '_' in plaats van '-') wat is
    vastgelegd; `meldingen`: wat er bij het vastleggen gebeurde (een eerder vastgelegde reden die vervalt);
    `vastgelegd`: deze aanroep legde iets vast."""

    incident: str
    datum: date | None
    waarden: tuple[tuple[str, object], ...]
    verplichtingen: tuple[Verplichtingstand, ...]
    meldingen: tuple[str, ...]
    vastgelegd: bool


def verplichtingen(
    werkplek: Werkplek,
    incident: str,
    waarden: Mapping[str, str | date | None] | None = None,
    vandaag: date | None = None,
) -> Verplichtingen:
    """Legt de opgegeven `waarden` vast (per naam uit OPTIES, zoals 'melding' of 'reden-geen-aangifte': een datum als
    JJJJ-MM-DD of DD-MM-JJJJ, of een reden uit de vaste lijst) en geeft de stand; zonder waarden alleen de stand. Een
    waarde die bij dit incident niet past, een datum vóór het incident of in de toekomst wordt geweigerd, vóór er
    iets verandert."""
    from agressie_cli.domein.datums import lees_datum
    from agressie_cli.domein.verplichtingen import controleer_profiel, lees_reden, leg_vast
    from agressie_cli.domein.verplichtingen import verplichtingen as bereken
    from agressie_cli.domein.verplichtingopties import OPTIES

    opgegeven = dict(waarden or {})
    onbekend = [naam for naam in opgegeven if naam not in {o.naam for o in OPTIES}]
    if onbekend:
        raise InvoerFout(
            f"Onbekende verplichting: {', '.join(f'«{_veld(n)}»' for n in onbekend)}. "
            f"Kies uit: {', '.join(o.naam for o in OPTIES)}."
        )
    gelezen: dict[str, date | str] = {}
    for o in OPTIES:
        ruw = opgegeven.get(o.naam)
        if ruw is None:
            continue
        if o.redenen:
            gelezen[o.naam] = lees_reden(o, str(ruw))
        else:
            datum = lees_datum(ruw, f"«{_veld(o.naam)}»")
            if datum is not None:
                gelezen[o.naam] = datum
    profiel = werkplek.profiel
    controleer_profiel(profiel)
    meldingen: list[str] = []
    if gelezen:
        with werkplek.wijzig() as register:
            meldingen = leg_vast(register, profiel, incident, gelezen, vandaag)
            inc = register.incident(incident).copy()
            lijst = list(bereken(register, profiel, register.incident(incident)))
    else:
        register = werkplek.lees()
        inc = register.incident(incident).copy()
        lijst = list(bereken(register, profiel, register.incident(incident)))
    vandaag = vandaag or date.today()
    return Verplichtingen(
        incident=str(inc["incident"]),
        datum=inc.get("datum"),
        waarden=tuple((_veld(o.naam), inc.get(o.kolom)) for o in OPTIES),
        verplichtingen=tuple(
            Verplichtingstand(
                soort=v.soort,
                omschrijving=v.tekst,
                uiterlijk=v.uiterlijk,
                open=v.open,
                verlopen=v.open and v.uiterlijk < vandaag,
                vastgelegd=v.vastgelegd,
                vastgelegd_met=v.waarmee,
                reden=v.reden,
                op_tijd=None if v.vastgelegd is None else v.vastgelegd <= v.uiterlijk,
                opdracht=v.opdracht,
            )
            for v in lijst
        ),
        meldingen=tuple(meldingen),
        vastgelegd=bool(gelezen),
    )


def _veld(naam: str) -> str:
    """De naam van een optie als veld: 'reden-geen-aangifte' -> 'reden_geen_aangifte' (de opdrachtregel maakt er
    weer --reden-geen-aangifte van)."""
    return naam.replace("-", "_")
