"""Het protocol toepassen: welke maatregel het eigen protocol van de gemeente voorschrijft voor een incident."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time, timedelta

from agressie_cli.domein.datums import venster_begin, voluit
from agressie_cli.domein.duur import Duur
from agressie_cli.domein.fouten import InvoerFout
from agressie_cli.domein.profiel import Profiel
from agressie_cli.domein.register import Register
from agressie_cli.domein.verboden import van_persoon

HULPINSTANTIE = "politie 0900-8844"


@dataclass
class Vervolg:
    """De zwaardere maatregel na het overtreden van een verbod."""

    soort: str
    duur: Duur | None


@dataclass
class Advies:
    incident: str
    soort: str | None
    label: str
    duur: Duur | None  # None: geen periode, of nog te bepalen (duur_bepalen)
    duur_bepalen: bool
    aangifte: bool
    herhaling: int
    regel: str
    uitleg: list[str]
    uiterlijk: date
    meegeteld: list[str] = field(default_factory=list)
    buiten_venster: list[str] = field(default_factory=list)
    maatregelen_meegeteld: list[str] = field(default_factory=list)
    actieve_verboden: list[str] = field(default_factory=list)
    informeren: list[str] = field(default_factory=list)
    vervolg: Vervolg | None = None
    brief: bool = False
    periode: bool = False


def volgorde(incident: dict) -> tuple:
    return (incident.get("datum") or date.min, incident.get("tijd") or time(0), str(incident.get("incident", "")))


@dataclass
class Geschiedenis:
    binnen: list[dict]
    buiten: list[dict]
    maatregelen: list[dict]
    verboden: list[dict]


def geschiedenis(register: Register, profiel: Profiel, incident: dict) -> Geschiedenis:
    """Eerdere incidenten van dezelfde persoon: binnen het venster, erbuiten, en lopende verboden die altijd tellen."""
    datum = incident["datum"]
    begin = venster_begin(datum, profiel.venster_maanden)
    eerder = [
        i
        for i in register.incidenten_van(incident["persoon"])
        if i is not incident and i.get("datum") is not None and volgorde(i) < volgorde(incident)
    ]
    verboden = [
        m
        for m in van_persoon(register, profiel, incident["persoon"], datum)
        if m.get("incident") != incident.get("incident")
    ]
    verbod_incidenten = {m.get("incident") for m in verboden}
    binnen = [i for i in eerder if i["datum"] >= begin or i.get("incident") in verbod_incidenten]
    buiten = [i for i in eerder if i not in binnen]
    nummers = {i.get("incident") for i in binnen}
    maatregelen = [m for m in register.maatregelen_van(incident["persoon"]) if m.get("incident") in nummers]
    return Geschiedenis(sorted(binnen, key=volgorde), sorted(buiten, key=volgorde), maatregelen, verboden)


def _matrix_cel(profiel: Profiel, klasse: str, herhaling: int) -> dict:
    kolom = profiel.matrix[klasse]
    return kolom[min(herhaling, len(kolom) - 1)]


def _herhaling_tekst(herhaling: int) -> str:
    return "eerste keer" if herhaling == 0 else f"herhaling {herhaling}"


def _regel_past(regel: dict, incident: dict, gesch: Geschiedenis) -> bool:
    als = regel.get("als", {})
    if "gedrag" in als and incident.get("gedrag") not in als["gedrag"]:
        return False
    if "ernst" in als and incident.get("ernst") not in als["ernst"]:
        return False
    if "aanhoudend" in als and bool(incident.get("aanhoudend")) != als["aanhoudend"]:
        return False
    if "kanaal" in als and incident.get("kanaal") not in als["kanaal"]:
        return False
    if "eerder" in als:
        eerder = [m for m in gesch.maatregelen + gesch.verboden if m.get("soort") in als["eerder"]]
        if not eerder:
            return False
    return not ("herhaling_min" in als and len(gesch.binnen) < int(als["herhaling_min"]))


def bereken_advies(register: Register, profiel: Profiel, incident: dict) -> Advies:
    if incident.get("datum") is None:
        raise InvoerFout(
            f"Incident {incident.get('incident')} heeft geen geldige datum; herstel die eerst met agressie aanvullen."
        )
    klasse = incident.get(profiel.classificatie)
    if not klasse or klasse not in profiel.klassen:
        raise InvoerFout(
            f"Incident {incident['incident']} heeft geen geldige {profiel.classificatie}. "
            f"Vul aan met: agressie aanvullen {incident['incident']} --{profiel.classificatie} ..."
        )
    gesch = geschiedenis(register, profiel, incident)
    herhaling = len(gesch.binnen)
    uitleg: list[str] = []
    vervolg = None
    aangifte = False

    if profiel.matrix:
        cel = _matrix_cel(profiel, klasse, herhaling)
        soort, duur, aangifte = cel["soort"], Duur.uit_waarde(cel.get("duur")), bool(cel.get("aangifte"))
        regel = f"interventiematrix: {klasse}, {_herhaling_tekst(herhaling)}"
        kolom = profiel.matrix[klasse]
        if herhaling >= len(kolom) - 1 and herhaling > 0:
            uitleg.append(f"De laatste rij van de kolom {klasse} geldt ook voor elke volgende herhaling.")
    else:
        if profiel.classificatie == "gedrag" and klasse in ("A", "B", "C") and incident.get("aanhoudend") is None:
            raise InvoerFout(
                f"Incident {incident['incident']}: vul eerst in of het gedrag aanhoudend was: "
                f"agressie aanvullen {incident['incident']} --aanhoudend (of --niet-aanhoudend)."
            )
        gekozen = next((r for r in profiel.regels if _regel_past(r, incident, gesch)), None)
        if gekozen is None:
            raise InvoerFout(
                f"Geen regel in het profiel {profiel.naam} past bij incident {incident['incident']}; vul het profiel aan."
            )
        soort = gekozen.get("soort") or None
        duur = Duur.uit_waarde(gekozen.get("duur"))
        aangifte = bool(gekozen.get("aangifte"))
        regel = f"{profiel.naam}: {gekozen.get('naam', soort)}"
        if gekozen.get("uitleg"):
            uitleg.append(gekozen["uitleg"])
        eerdere_verboden = [
            m
            for m in gesch.maatregelen + gesch.verboden
            if profiel.soorten.get(m.get("soort") or "") and profiel.soorten[m["soort"]].is_verbod
        ]
        if gekozen.get("aanvulling_na_verbod") and eerdere_verboden:
            uitleg.append(gekozen["aanvulling_na_verbod"])

    # Een lopend toegangsverbod overtreden (in het gebouw): lokaalvredebreuk en een zwaardere maatregel.
    toegangsverboden = [m for m in gesch.verboden if profiel.soorten[m["soort"]].toegang]
    if toegangsverboden and incident.get("kanaal") in profiel.kanalen_in_gebouw and profiel.verbod_overtreden:
        regel_o = profiel.verbod_overtreden
        aangifte = aangifte or bool(regel_o.get("aangifte", True))
        uitleg.insert(0, regel_o.get("uitleg", "De persoon overtrad een lopend toegangsverbod."))
        doel = regel_o.get("soort")
        if profiel.matrix:
            zwaarder = _matrix_cel(profiel, klasse, herhaling + 1)
            vervolg = Vervolg(zwaarder["soort"], Duur.uit_waarde(zwaarder.get("duur")))
            periode_tekst = (
                (vervolg.duur or Duur.onbepaalde_tijd()).tekst() if profiel.soorten[vervolg.soort].periode else ""
            )
            uitleg.append(
                f"Zwaardere maatregel (6.7): {profiel.soorten[vervolg.soort].label} voor {periode_tekst}".rstrip()
                + " (de matrix één rij verder)."
            )
            regel = f"{regel}; lopend toegangsverbod overtreden"
        if doel and doel in profiel.soorten:
            if profiel.soorten[doel].brief and profiel.soorten[doel].gegevens.get("vereist_actief_verbod"):
                soort, duur = doel, None
            elif soort is None or profiel.soorten[doel].zwaarte > profiel.soorten[soort].zwaarte:
                soort, duur = doel, None
                regel = f"{regel}; lopend toegangsverbod overtreden"
        lopend = toegangsverboden[0]
        lopende_duur = lopend.get("duur")
        einde = (
            "onbepaalde tijd"
            if lopende_duur is not None and lopende_duur.onbepaald
            else f"tot en met {voluit(lopend.get('einde'))}"
        )
        uitleg.append(f"Lopend verbod: {lopend.get('soort')} bij incident {lopend.get('incident')}, {einde}.")

    soort_def = profiel.soorten.get(soort) if soort else None
    periode = bool(soort_def and soort_def.periode)
    duur_bepalen = False
    if soort_def is not None and periode and duur is None:
        standaard = Duur.uit_waarde(soort_def.standaard_duur)
        if standaard is None:
            duur_bepalen = True
            uitleg.append("De leidinggevende en de betrokken medewerker bepalen samen de duur; geef die op met --duur.")
        else:
            duur = standaard
    if not periode:
        duur = None

    uiterlijk = incident["datum"] + timedelta(days=profiel.reactietermijn_dagen)
    advies = Advies(
        incident=incident["incident"],
        soort=soort,
        label=soort_def.label if soort_def else "Geen brief: hulpinstantie inschakelen via de politie",
        duur=duur,
        duur_bepalen=duur_bepalen,
        aangifte=aangifte,
        herhaling=herhaling,
        regel=regel,
        uitleg=uitleg,
        uiterlijk=uiterlijk,
        meegeteld=[i["incident"] for i in gesch.binnen],
        buiten_venster=[i["incident"] for i in gesch.buiten],
        maatregelen_meegeteld=[f"{m.get('soort')} ({m.get('incident')})" for m in gesch.maatregelen],
        actieve_verboden=[f"{m.get('soort')} ({m.get('incident')})" for m in gesch.verboden],
        vervolg=vervolg,
        brief=bool(soort_def and soort_def.brief),
        periode=periode,
    )
    _vul_aan(advies, profiel, incident, klasse)
    return advies


def _vul_aan(advies: Advies, profiel: Profiel, incident: dict, klasse: str) -> None:
    soort_def = profiel.soorten.get(advies.soort) if advies.soort else None
    informeren = (
        list(soort_def.informeren)
        if soort_def
        else ["politie (hulpinstantie)", "leidinggevende", "betrokken medewerkers"]
    )
    if advies.aangifte and not any(i.startswith("politie") for i in informeren):
        informeren.insert(0, "politie")
    medewerkers = incident.get("medewerker") or []
    if medewerkers:
        informeren = [
            f"betrokken medewerkers ({', '.join(medewerkers)})" if i == "betrokken medewerkers" else i
            for i in informeren
        ]
    if incident.get("leidinggevende"):
        informeren = [
            f"leidinggevende ({incident['leidinggevende']})" if i == "leidinggevende" else i for i in informeren
        ]
    advies.informeren = informeren
    if advies.soort is None:
        advies.uitleg.append(f"Geen brief. Schakel een hulpinstantie in via de {HULPINSTANTIE}.")
    if profiel.matrix and "fysiek" in (incident.get("vorm") or []) and soort_def and not soort_def.toegang:
        advies.uitleg.append(
            "Er was fysiek geweld: volgens 6.4 rechtvaardigt dat ook een ontzegging van het gemeentehuis."
        )
    if (
        soort_def
        and soort_def.toegang
        and not soort_def.bellen
        and incident.get("kanaal") == "telefoon"
        and "toegangs-en-belverbod" in profiel.soorten
    ):
        advies.uitleg.append(
            "Het incident was telefonisch: overweeg de ontzegging aan te vullen met een telefonisch contactverbod (toegangs-en-belverbod, 6.5)."
        )
    if incident.get("uitkering"):
        advies.uitleg.append(
            f"De persoon ontvangt een {incident['uitkering']}-uitkering: de brief meldt dat de uitkering mogelijk eenmalig wordt verlaagd; "
            "daarover beslissen de medewerkers die de Participatiewet uitvoeren."
        )
