"""Maatregelen vastleggen en de lopende verboden opvragen."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from agressie_cli.advies import Advies, actieve_verboden, bereken_advies, einde_bij, is_actief
from agressie_cli.fouten import InvoerFout
from agressie_cli.meldingen import ververs
from agressie_cli.profiel import Profiel
from agressie_cli.register import Register, controleer_tekst, nu


@dataclass
class Besluit:
    """Wat er wordt vastgelegd: soort, data en of het afwijkt van het advies. Gecontroleerd vóór er iets wordt geschreven."""

    incident: dict
    soort: str
    datum: date
    ingang: date | None
    duur: int | str | None
    einde: date | None
    advies: Advies | None
    afwijking: bool
    verbod: dict | None = None  # het verbod dat bij niet-nakomen wordt overtreden


def volgt_advies(soort: str, advies: Advies | None) -> bool:
    if advies is None:
        return True
    passend = {advies.soort}
    if advies.soort == "ordegesprek":
        passend.add("ordegesprek-bevestiging")
    if advies.vervolg:
        passend.add(advies.vervolg["soort"])
    if advies.aangifte:
        passend.add("aangifte")
    return soort in passend


def besluit(register: Register, profiel: Profiel, nummer: str, soort: str | None, datum: date | None,
            ingang: date | None, duur: tuple[bool, int | None], overtreding: date | None = None) -> Besluit:
    """Controleert een maatregel (zonder te schrijven). `duur` is (opgegeven, maanden of None=onbepaald)."""
    incident = register.incident(nummer)
    try:
        advies = bereken_advies(register, profiel, incident)
    except InvoerFout:
        if soort is None:
            raise
        advies = None
    if soort is None:
        if advies is None or advies.soort is None:
            raise InvoerFout(
                f"Het advies voor incident {nummer} is geen brief of maatregel ({advies.label if advies else 'geen advies'}). "
                "Kies zelf een soort met --soort."
            )
        soort = advies.soort
    soort_def = profiel.soort(soort)
    datum = datum or date.today()
    opgegeven, maanden = duur
    if opgegeven and not soort_def.periode:
        raise InvoerFout(f"--duur: de soort {soort} ({soort_def.label}) heeft geen periode; laat --duur weg.")
    waarde: int | str | None = None
    if soort_def.periode:
        if opgegeven:
            waarde = "onbepaald" if maanden is None else maanden
        elif advies and advies.soort == soort and advies.duur is not None:
            waarde = advies.duur
        elif advies and advies.vervolg and advies.vervolg["soort"] == soort:
            waarde = advies.vervolg["duur_maanden"] if advies.vervolg["duur_maanden"] is not None else "onbepaald"
        elif soort_def.standaard_duur is not None:
            waarde = "onbepaald" if str(soort_def.standaard_duur).startswith("onbepaald") else int(soort_def.standaard_duur)
        else:
            raise InvoerFout(
                f"--duur is verplicht voor {soort_def.label}: de leidinggevende en de betrokken medewerker bepalen de duur. "
                "Geef een aantal maanden of 'onbepaald', bijvoorbeeld --duur 3."
            )
    ingang = ingang or datum  # zonder periode is de ingang de datum van het besluit of de brief
    verbod = None
    if soort_def.gegevens.get("vereist_actief_verbod"):
        peil = overtreding or incident.get("datum") or datum
        lopend = actieve_verboden(register, profiel, incident["persoon"], peil, alleen_toegang=True)
        lopend = [m for m in lopend if m.get("incident") != nummer]
        if not lopend:
            raise InvoerFout(
                f"{soort_def.label}: persoon {incident['persoon']} had op {peil:%d-%m-%Y} geen lopend toegangsverbod. "
                "Controleer met: agressie verboden --peildatum " + peil.isoformat()
            )
        verbod = lopend[0]
    return Besluit(incident, soort, datum, ingang, waarde, einde_bij(ingang, waarde) if ingang else None, advies,
                   not volgt_advies(soort, advies), verbod)


def leg_vast(register: Register, profiel: Profiel, b: Besluit, bestand: str | None = None,
             toelichting: str | None = None, overtreding: str | None = None) -> dict:
    soort_def = profiel.soort(b.soort)
    if toelichting:
        controleer_tekst("--toelichting", toelichting)
    maatregel = {
        "maatregel": register.nieuw_maatregelnummer(),
        "incident": b.incident["incident"],
        "persoon": b.incident["persoon"],
        "soort": b.soort,
        "label": soort_def.label,
        "datum": b.datum,
        "ingang": b.ingang,
        "duur": b.duur,
        "einde": b.einde,
        "aangifte": bool(b.advies and b.advies.aangifte) if b.soort != "aangifte" else True,
        "bestand": bestand,
        "advies": (b.advies.soort or "geen brief (E-gedrag)") if b.advies else None,
        "afwijking": b.afwijking,
        "overtreding": overtreding,
        "toelichting": toelichting,
        "geregistreerd": nu(),
    }
    register.voeg_maatregel_toe(maatregel)
    ververs(register, b.incident, profiel)
    register.log("brief" if bestand else "maatregel", f"{maatregel['maatregel']} {maatregel['incident']}")
    return maatregel


def afwijking_tekst(b: Besluit) -> str:
    if not b.afwijking or b.advies is None:
        return ""
    advies = b.advies.soort or "geen brief (hulpinstantie)"
    return f"Let op: {b.soort} wijkt af van het protocol (advies: {advies}). De afwijking is vastgelegd in het register."


def verboden_lijst(register: Register, profiel: Profiel, peildatum: date, naam: str | None = None) -> list[dict]:
    from agressie_cli.personen import zoek_op_naam

    personen = register.index.personen
    filter_ = {p.get("persoon") for p in zoek_op_naam(register, naam)} if naam else None
    uitkomst = []
    for m in register.maatregelen:
        soort = profiel.soorten.get(m.get("soort"))
        if soort is None or not soort.is_verbod or not is_actief(m, peildatum):
            continue
        if filter_ is not None and m.get("persoon") not in filter_:
            continue
        persoon = personen.get(m.get("persoon"), {})
        uitkomst.append({
            "persoon": m.get("persoon"),
            "naam": persoon.get("naam"),
            "geboortedatum": persoon["geboortedatum"].isoformat() if isinstance(persoon.get("geboortedatum"), date) else None,
            "soort": m.get("soort"),
            "label": soort.label,
            "toegang": soort.toegang,
            "bellen": soort.bellen,
            "ingang": m["ingang"].isoformat(),
            "einde": m["einde"].isoformat() if isinstance(m.get("einde"), date) and m.get("duur") != "onbepaald" else None,
            "incident": m.get("incident"),
        })
    return sorted(uitkomst, key=lambda r: (str(r["naam"] or ""), r["ingang"]))
