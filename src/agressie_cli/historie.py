"""De geschiedenis van één persoon: incidenten en maatregelen, nieuwste eerst, met het venster gemarkeerd."""

from __future__ import annotations

from datetime import date

from agressie_cli.advies import is_actief, volgorde
from agressie_cli.datums import iso, venster_begin
from agressie_cli.fouten import InvoerFout
from agressie_cli.personen import zoek_op_naam
from agressie_cli.profiel import Profiel
from agressie_cli.register import Register


def kies_persoon(register: Register, zoek: str) -> dict:
    gevonden = zoek_op_naam(register, zoek)
    if not gevonden:
        raise InvoerFout(f"Geen persoon gevonden voor '{zoek}'. Zoek met een deel van de naam of een persoonnummer (P0001).")
    if len(gevonden) > 1:
        regels = "\n".join(
            f"  {p.get('persoon')}  {p.get('naam')}"
            + (f"  (geboren {p['geboortedatum']:%d-%m-%Y})" if isinstance(p.get("geboortedatum"), date) else "")
            for p in gevonden
        )
        raise InvoerFout(f"'{zoek}' past bij meer dan één persoon; kies een persoonnummer:\n{regels}")
    return gevonden[0]


def maatregel_json(m: dict, peildatum: date) -> dict:
    return {
        "maatregel": m.get("maatregel"),
        "incident": m.get("incident"),
        "soort": m.get("soort"),
        "label": m.get("label"),
        "datum": iso(m.get("datum")) if isinstance(m.get("datum"), date) else None,
        "ingang": iso(m.get("ingang")) if isinstance(m.get("ingang"), date) else None,
        "einde": iso(m.get("einde")) if isinstance(m.get("einde"), date) and m.get("duur") != "onbepaald" else None,
        "duur": m.get("duur"),
        "afwijking": bool(m.get("afwijking")),
        "bestand": m.get("bestand"),
        "actief": is_actief(m, peildatum),
    }


def historie(register: Register, profiel: Profiel, zoek: str, peildatum: date) -> dict:
    persoon = kies_persoon(register, zoek)
    nummer = persoon["persoon"]
    begin = venster_begin(peildatum, profiel.venster_maanden)
    incidenten = sorted(register.incidenten_van(nummer), key=volgorde, reverse=True)
    binnen = [i["incident"] for i in incidenten if isinstance(i.get("datum"), date) and begin <= i["datum"] <= peildatum]
    maatregelen = sorted(register.maatregelen_van(nummer), key=lambda m: (m.get("datum") or date.min, str(m.get("maatregel"))), reverse=True)
    soorten = profiel.soorten
    verboden = [m for m in maatregelen if soorten.get(m.get("soort")) and soorten[m["soort"]].is_verbod and is_actief(m, peildatum)]
    return {
        "persoon": nummer,
        "naam": persoon.get("naam"),
        "geboortedatum": iso(persoon.get("geboortedatum")) if isinstance(persoon.get("geboortedatum"), date) else None,
        "peildatum": peildatum.isoformat(),
        "venster_vanaf": begin.isoformat(),
        "incidenten": [
            {
                "incident": i.get("incident"),
                "datum": iso(i.get("datum")) if isinstance(i.get("datum"), date) else None,
                "tijd": i["tijd"].strftime("%H:%M") if hasattr(i.get("tijd"), "strftime") else None,
                "kanaal": i.get("kanaal"),
                profiel.classificatie: i.get(profiel.classificatie),
                "vorm": i.get("vorm") or [],
                "status": i.get("status"),
                "binnen_venster": i.get("incident") in binnen,
            }
            for i in incidenten
        ],
        "maatregelen": [maatregel_json(m, peildatum) for m in maatregelen],
        "binnen_venster": binnen,
        "actieve_verboden": [maatregel_json(m, peildatum) for m in verboden],
    }
