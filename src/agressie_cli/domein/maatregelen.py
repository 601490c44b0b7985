"""Maatregelen vastleggen en de lopende verboden opvragen."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from agressie_cli.domein.advies import Advies, bereken_advies
from agressie_cli.domein.datums import kort
from agressie_cli.domein.duur import Duur
from agressie_cli.domein.fouten import InvoerFout
from agressie_cli.domein.meldingen import ververs
from agressie_cli.domein.profiel import Profiel
from agressie_cli.domein.register import Register, nu
from agressie_cli.domein.velden import controleer_tekst
from agressie_cli.domein.verboden import van_persoon


@dataclass
class Besluit:
    """Wat er wordt vastgelegd: soort, data en of het afwijkt van het advies. Gecontroleerd vóór er iets wordt geschreven."""

    incident: dict
    soort: str
    datum: date
    ingang: date | None
    duur: Duur | None
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
        passend.add(advies.vervolg.soort)
    if advies.aangifte:
        passend.add("aangifte")
    return soort in passend


def besluit(
    register: Register,
    profiel: Profiel,
    nummer: str,
    soort: str | None,
    datum: date | None,
    ingang: date | None,
    duur: Duur | None,
    overtreding: date | None = None,
) -> Besluit:
    """Controleert een maatregel (zonder te schrijven). `duur` is wat de gebruiker opgaf (None: niets)."""
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
    if duur is not None and not soort_def.periode:
        raise InvoerFout(f"--duur: de soort {soort} ({soort_def.label}) heeft geen periode; laat --duur weg.")
    waarde: Duur | None = None
    if soort_def.periode:
        if duur is not None:
            waarde = duur
        elif advies and advies.soort == soort and advies.duur is not None:
            waarde = advies.duur
        elif advies and advies.vervolg and advies.vervolg.soort == soort:
            waarde = advies.vervolg.duur or Duur.onbepaalde_tijd()
        elif soort_def.standaard_duur is not None:
            waarde = Duur.uit_waarde(soort_def.standaard_duur)
        else:
            raise InvoerFout(
                f"--duur is verplicht voor {soort_def.label}: de leidinggevende en de betrokken medewerker bepalen de duur. "
                "Geef een aantal maanden of 'onbepaald', bijvoorbeeld --duur 3."
            )
    ingang = ingang or datum  # zonder periode is de ingang de datum van het besluit of de brief
    verbod = None
    if soort_def.gegevens.get("vereist_actief_verbod"):
        peil = overtreding or incident.get("datum") or datum
        lopend = van_persoon(register, profiel, incident["persoon"], peil, alleen_toegang=True)
        lopend = [m for m in lopend if m.get("incident") != nummer]
        if not lopend:
            raise InvoerFout(
                f"{soort_def.label}: persoon {incident['persoon']} had op {kort(peil)} geen lopend toegangsverbod. "
                "Controleer met: agressie verboden --peildatum " + peil.isoformat()
            )
        verbod = lopend[0]
    einde = waarde.einde(ingang) if waarde is not None and ingang else None
    return Besluit(incident, soort, datum, ingang, waarde, einde, advies, not volgt_advies(soort, advies), verbod)


def leg_vast(
    register: Register,
    profiel: Profiel,
    b: Besluit,
    bestand: str | None = None,
    toelichting: str | None = None,
    overtreding: str | None = None,
) -> dict:
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
    return (
        f"Let op: {b.soort} wijkt af van het protocol (advies: {advies}). De afwijking is vastgelegd in het register."
    )
