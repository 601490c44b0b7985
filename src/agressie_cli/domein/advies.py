"""Het protocol toepassen: welke maatregel het eigen protocol van de gemeente voorschrijft voor een incident.

Stappen: de matrix (Geertruidenberg) of de regels (Losser) geven de basis; een vorm kan een minimum vragen
(Geertruidenberg 6.4: fysiek geweld); wie een lopend verbod overtreedt krijgt automatisch een zwaardere
maatregel (6.7; zie overtreding.py). Alles wat per gemeente verschilt, staat in het profiel."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from agressie_cli.domein import nederlands
from agressie_cli.domein.ambtsdrager import eerst_aangewezene, wie_bepaalt_duur
from agressie_cli.domein.datums import venster_begin
from agressie_cli.domein.duur import Duur
from agressie_cli.domein.fouten import InvoerFout
from agressie_cli.domein.nederlands import tot_en_met, voluit
from agressie_cli.domein.ordegesprek import niet_verschenen_bij, volgende_stap
from agressie_cli.domein.overtreding import Overtreding, Vervolg, overtreding, zwaarder, zwaarste_sleutel
from agressie_cli.domein.profiel import Profiel
from agressie_cli.domein.register import Register
from agressie_cli.domein.rijen import IncidentRij, MaatregelRij, PersoonRij
from agressie_cli.domein.verboden import lopend_bij_incident, telt
from agressie_cli.domein.volgorde import sorteersleutel

HULPINSTANTIE = "politie 0900-8844"

__all__ = ["Advies", "Duurgrond", "Geschiedenis", "Vervolg", "advies_met_grond", "bereken_advies", "geschiedenis"]


@dataclass(frozen=True)
class Duurgrond:
    """Welke regel van het profiel de soort en de duur van het advies gaf (3.4, "why this duration": de brief noemt
    haar). `wat`: "matrix" (de cel ernst x herhaling), "regel" (een minimum, na een ordegesprek, tijdens een
    ontzegging, de ladder na een overtreding: `tabel` is die tabel van het profiel, met haar `brieftekst`) of
    "standaard" (de standaardduur van de soort)."""

    wat: str
    klasse: str = ""
    herhaling: int = 0
    tabel: str = ""  # de tabel van het profiel: "minimum_bij_vorm.fysiek", "na_ordegesprek", "verbod_overtreden", ...
    regel: str = ""  # hoe het advies de regel noemt: "fysiek geweld (6.4)"


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
    uiterlijk: date | None  # None: er is niets mee te delen (registratie, E-gedrag)
    meegeteld: list[str] = field(default_factory=list)
    buiten_venster: list[str] = field(default_factory=list)
    maatregelen_meegeteld: list[str] = field(default_factory=list)
    actieve_verboden: list[str] = field(default_factory=list)
    informeren: list[str] = field(default_factory=list)
    vervolg: Vervolg | None = None
    overtreding: str | None = None  # het nummer van de overtreden maatregel
    overtreden_duur: Duur | None = None  # de duur van dat verbod: een nieuw verbod van dezelfde soort moet langer duren
    handhaven: str | None = None  # top van de ladder: dit lopende verbod (nummer) blijft gelden, er komt niets lichters
    handhaven_soort: str | None = None
    brief: bool = False
    periode: bool = False
    waarschuwingen: list[str] = field(default_factory=list)  # wat de gebruiker moet zien vóór hij besluit
    keuze: list[str] = field(default_factory=list)  # het protocol beslist niet: een van deze soorten, met reden
    persoon: str | None = None
    bedoelt_u: list[PersoonRij] = field(
        default_factory=list
    )  # mogelijk dezelfde persoon (2.4); alleen `advies` vult dit
    # Wie de sanctie en de duur bepaalt als dat niet de leidinggevende en de betrokken medewerker zijn (Losser 9: de
    # burgemeester, of de (loco)gemeentesecretaris bij agressie tegen de burgemeester); None: zij.
    beslist: str | None = None
    # 3.4: de regel die de duur gaf (de brief zegt waarom deze duur); None: geen duur, of de gebruiker bepaalt hem.
    duurgrond: Duurgrond | None = None
    vervolg_duurgrond: Duurgrond | None = None  # 3.4: de regel die de duur van het vervolg (de ladder) gaf


@dataclass
class _Basis:
    soort: str | None
    duur: Duur | None
    aangifte: bool
    regel: str
    uitleg: list[str]
    keuze: list[str] = field(default_factory=list)
    label: str | None = None
    handhaven: MaatregelRij | None = None  # het lopende verbod dat blijft gelden (top van de ladder)
    grond: Duurgrond | None = None  # 3.4: de regel die soort en duur gaf
    vervolg_grond: Duurgrond | None = None  # 3.4: de regel die het vervolg na een overtreding gaf (de ladder)


@dataclass
class Geschiedenis:
    binnen: list[IncidentRij]
    buiten: list[IncidentRij]
    maatregelen: list[MaatregelRij]
    verboden: list[MaatregelRij]


def geschiedenis(register: Register, profiel: Profiel, incident: IncidentRij) -> Geschiedenis:
    """Eerdere incidenten van dezelfde persoon: binnen het venster, erbuiten, en lopende verboden die altijd tellen."""
    datum = _datum(incident)
    begin = venster_begin(datum, profiel.venster_maanden)
    alle = [
        i
        for i in register.incidenten_van(incident["persoon"])
        if i.get("datum") is not None and (i is incident or i.get("status") != "vervallen")
    ]
    sleutel = sorteersleutel(alle)
    eerder = [i for i in alle if i is not incident and sleutel(i) < sleutel(incident)]
    eerdere_nummers = {i.get("incident") for i in eerder}
    # Een verbod telt als het op de dag van dit incident liep en voor een eerder incident was opgelegd (niet voor
    # een incident dat later op dezelfde dag gebeurde).
    verboden = [m for m in lopend_bij_incident(register, profiel, incident) if m.get("incident") in eerdere_nummers]
    verbod_incidenten = {m.get("incident") for m in verboden}
    binnen = [i for i in eerder if (i.get("datum") or date.min) >= begin or i.get("incident") in verbod_incidenten]
    buiten = [i for i in eerder if i not in binnen]
    nummers = {i.get("incident") for i in binnen}
    # Een eerdere maatregel telt alleen als hij besloten was vóór de datum van dit incident: een waarschuwing van
    # na het tweede incident maakt van dat incident geen herhaling na een waarschuwing.
    maatregelen = [
        m
        for m in register.maatregelen_van(incident["persoon"])
        if m.get("incident") in nummers and (besloten := m.get("datum")) is not None and besloten < datum and telt(m)
    ]
    return Geschiedenis(sorted(binnen, key=sleutel), sorted(buiten, key=sleutel), maatregelen, verboden)


def _matrix_cel(profiel: Profiel, klasse: str, herhaling: int) -> dict:
    kolom = profiel.matrix[klasse]
    return kolom[min(herhaling, len(kolom) - 1)]


def _herhaling_tekst(herhaling: int) -> str:
    return "eerste keer" if herhaling == 0 else f"herhaling {herhaling}"


def _regel_past(regel: dict, incident: IncidentRij, gesch: Geschiedenis) -> bool:
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


def bereken_advies(register: Register, profiel: Profiel, incident: IncidentRij) -> Advies:
    return advies_met_grond(register, profiel, incident)[0]


def advies_met_grond(
    register: Register, profiel: Profiel, incident: IncidentRij
) -> tuple[Advies, Geschiedenis, Overtreding | None]:
    """Het advies, met de geschiedenis en de overtreding waarop het rust: een brief noemt die, en rekent ze zo niet
    opnieuw uit (3.2)."""
    klasse = _controleer(profiel, incident)
    gesch = geschiedenis(register, profiel, incident)
    basis = _uit_matrix(profiel, klasse, len(gesch.binnen)) if profiel.matrix else _uit_regels(profiel, incident, gesch)
    _minimum_bij_vorm(profiel, incident, basis, gesch)
    _na_ordegesprek(profiel, incident, basis, gesch)
    _niet_verschenen(register, profiel, incident, basis)
    ov = overtreding(register, profiel, incident)
    if ov is None:
        _tijdens_ontzegging(profiel, incident, basis, gesch)
    al_verstuurd = any(
        profiel.soorten.get(m.get("soort") or "")
        and profiel.soorten[m["soort"] or ""].gegevens.get("vereist_actief_verbod")
        for m in register.maatregelen_van_incident(incident["incident"])
    )
    vervolg = _overtreden(profiel, ov, basis, al_verstuurd, str(incident["incident"])) if ov else None
    waarschuwingen = _altijd_aangifte(profiel, incident, klasse, basis)
    soort_def = profiel.soorten.get(basis.soort) if basis.soort else None
    periode = bool(soort_def and soort_def.periode)
    duur, duur_bepalen = basis.duur if periode else None, False
    if soort_def is not None and periode and duur is None:
        duur = Duur.uit_waarde(soort_def.standaard_duur)
        duur_bepalen = duur is None
        if duur_bepalen and not (ov and vervolg and vervolg.duur_bepalen):
            wie = wie_bepaalt_duur(profiel, incident)
            basis.uitleg.append(f"{wie[0].upper()}{wie[1:]}; geef die op met «duur».")
    brief = bool(soort_def and soort_def.brief)
    te_melden = brief or bool(basis.keuze)
    advies = Advies(
        incident=str(incident["incident"]),
        persoon=incident.get("persoon"),
        soort=basis.soort,
        label=soort_def.label if soort_def else basis.label or "Geen brief",
        duur=duur,
        duur_bepalen=duur_bepalen,
        aangifte=basis.aangifte,
        herhaling=len(gesch.binnen),
        regel=basis.regel,
        uitleg=basis.uitleg,
        uiterlijk=_datum(incident) + timedelta(days=profiel.reactietermijn_dagen) if te_melden else None,
        meegeteld=[str(i["incident"]) for i in gesch.binnen],
        buiten_venster=[str(i["incident"]) for i in gesch.buiten],
        maatregelen_meegeteld=[f"{m.get('soort')} ({m.get('incident')})" for m in gesch.maatregelen],
        actieve_verboden=[f"{m.get('soort')} ({m.get('incident')})" for m in gesch.verboden],
        vervolg=vervolg,
        overtreding=ov.verbod.get("maatregel") if ov else None,
        overtreden_duur=ov.verbod.get("duur") if ov else None,
        handhaven=basis.handhaven.get("maatregel") if basis.handhaven else None,
        handhaven_soort=basis.handhaven.get("soort") if basis.handhaven else None,
        brief=brief,
        periode=periode,
        waarschuwingen=waarschuwingen,
        keuze=basis.keuze,
        duurgrond=basis.grond if periode and basis.duur is not None else None,
        vervolg_duurgrond=basis.vervolg_grond if vervolg is not None and not vervolg.duur_bepalen else None,
    )
    if periode and basis.duur is None and duur is not None:  # de standaardduur van de soort
        advies.duurgrond = Duurgrond("standaard")
    _vul_aan(advies, profiel, incident, klasse)
    return advies, gesch, ov


def _datum(incident: IncidentRij) -> date:
    datum = incident.get("datum")
    if datum is None:
        raise InvoerFout(
            f"Incident {incident.get('incident')} heeft geen geldige datum; herstel die eerst met agressie aanvullen."
        )
    return datum


def _controleer(profiel: Profiel, incident: IncidentRij) -> str:
    _datum(incident)
    klasse = incident.get(profiel.classificatie)
    if not klasse or klasse not in profiel.klassen:
        raise InvoerFout(
            f"Incident {incident['incident']} heeft geen geldige {profiel.classificatie}. "
            f"Vul aan met: agressie aanvullen {incident['incident']} --{profiel.classificatie} ..."
        )
    if profiel.classificatie == "gedrag" and klasse in ("A", "B", "C") and incident.get("aanhoudend") is None:
        raise InvoerFout(
            f"Incident {incident['incident']}: vul eerst in of het gedrag aanhoudend was: "
            f"agressie aanvullen {incident['incident']} --aanhoudend (of --niet-aanhoudend)."
        )
    return klasse


def _uit_matrix(profiel: Profiel, klasse: str, herhaling: int) -> _Basis:
    cel = _matrix_cel(profiel, klasse, herhaling)
    uitleg = []
    if herhaling >= len(profiel.matrix[klasse]) - 1 and herhaling > 0:
        uitleg.append(f"De laatste rij van de kolom {klasse} geldt ook voor elke volgende herhaling.")
    return _Basis(
        cel["soort"],
        Duur.uit_waarde(cel.get("duur")),
        bool(cel.get("aangifte")),
        f"interventiematrix: {klasse}, {_herhaling_tekst(herhaling)}",
        uitleg,
        grond=Duurgrond("matrix", klasse=klasse, herhaling=herhaling),
    )


def _uit_regels(profiel: Profiel, incident: IncidentRij, gesch: Geschiedenis) -> _Basis:
    gekozen = next((r for r in profiel.regels if _regel_past(r, incident, gesch)), None)
    if gekozen is None:
        raise InvoerFout(
            f"Geen regel in het profiel {profiel.naam} past bij incident {incident['incident']}; vul het profiel aan."
        )
    soort = gekozen.get("soort") or None
    uitleg = [gekozen["uitleg"]] if gekozen.get("uitleg") else []
    eerdere_verboden = [
        m
        for m in gesch.maatregelen + gesch.verboden
        if profiel.soorten.get(m.get("soort") or "") and profiel.soorten[m["soort"] or ""].is_verbod
    ]
    if gekozen.get("aanvulling_na_verbod") and eerdere_verboden:
        uitleg.append(gekozen["aanvulling_na_verbod"])
    return _Basis(
        soort,
        Duur.uit_waarde(gekozen.get("duur")),
        bool(gekozen.get("aangifte")),
        f"{profiel.naam}: {gekozen.get('naam', soort)}",
        uitleg,
        list(gekozen.get("keuze", [])),
        gekozen.get("label"),
    )


def _zwaarte(profiel: Profiel, soort: str | None, duur: Duur | None) -> tuple[int, float]:
    if soort is None:
        return (-1, 0)
    return (profiel.soorten[soort].zwaarte, _maanden(duur))


def _minimum_bij_vorm(profiel: Profiel, incident: IncidentRij, basis: _Basis, gesch: Geschiedenis) -> None:
    """Een vorm die een minimum vraagt (Geertruidenberg 6.4: "wanneer sprake is geweest van fysiek
    geweld/agressie"): het zwaarste van dit minimum en de basis. Had de persoon al eerder zo'n maatregel (een
    meetellende eerdere maatregel van een soort uit `herhaling.na`), dan geldt het minimum van `herhaling` (6.4: "Is
    er sprake van herhaling dan wordt een periode van 6 maanden of langer gehanteerd")."""
    for vorm in incident.get("vorm") or []:
        minimum = profiel.deel("minimum_bij_vorm").get(vorm)
        if not minimum:
            continue
        herhaling = minimum.get("herhaling")
        if isinstance(herhaling, dict) and any(
            m.get("soort") in herhaling.get("na", []) for m in gesch.maatregelen + gesch.verboden
        ):
            minimum = {**{k: v for k, v in minimum.items() if k != "herhaling"}, **herhaling}
        soort, duur = minimum["soort"], Duur.uit_waarde(minimum.get("duur"))
        if _zwaarte(profiel, soort, duur) > _zwaarte(profiel, basis.soort, basis.duur):
            basis.soort, basis.duur = soort, duur
            tabel = f"minimum_bij_vorm.{vorm}" + (".herhaling" if "na" in minimum else "")
            basis.grond = Duurgrond("regel", tabel=tabel, regel=str(minimum.get("regel", vorm)))
            basis.regel = f"{basis.regel}; {minimum.get('regel', vorm)}"
            if minimum.get("uitleg"):
                basis.uitleg.append(minimum["uitleg"])


def _na_ordegesprek(profiel: Profiel, incident: IncidentRij, basis: _Basis, gesch: Geschiedenis) -> None:
    """Geertruidenberg 6.3: "Als een klant n.a.v. het ordegesprek zijn gedrag niet aanpast, worden verdergaande
    maatregelen getroffen." Na een gehouden ordegesprek (de bevestiging is vastgelegd, of het gesprek vond plaats vóór
    dit incident) nooit opnieuw een ordegesprek of iets lichters: ten minste de maatregel uit [na_ordegesprek]."""
    regel = profiel.deel("na_ordegesprek")
    if not regel or basis.soort is None or regel.get("soort") not in profiel.soorten:
        return
    uitnodiging = profiel.soorten.get(str(regel.get("uitnodiging") or ""))
    if uitnodiging is None or profiel.soorten[basis.soort].zwaarte > uitnodiging.zwaarte:
        return
    gehouden = [
        m
        for m in gesch.maatregelen
        if m.get("soort") == regel.get("bevestiging")
        or (
            m.get("soort") == uitnodiging.sleutel
            and (gesprek := m.get("gesprek_datum") or m.get("niet_verschenen")) is not None
            and gesprek < _datum(incident)
        )
    ]
    if not gehouden:
        return
    # 3.4: verscheen de persoon niet (en is geen gesprek gehouden), dan zegt het advies dat, met die regel.
    volgende = volgende_stap(profiel)
    if volgende is not None and all(m.get("niet_verschenen") and not m.get("gehouden") for m in gehouden):
        basis.soort, basis.duur = volgende.soort, volgende.duur
        basis.regel = f"{basis.regel}; {volgende.regel}"
        if volgende.uitleg:
            basis.uitleg.append(volgende.uitleg)
        return
    basis.soort, basis.duur = regel["soort"], Duur.uit_waarde(regel.get("duur"))
    basis.regel = f"{basis.regel}; {regel.get('regel', 'na een gehouden ordegesprek')}"
    basis.grond = Duurgrond(
        "regel", tabel="na_ordegesprek", regel=str(regel.get("regel", "na een gehouden ordegesprek"))
    )
    if regel.get("uitleg"):
        basis.uitleg.append(regel["uitleg"])


def _niet_verschenen(register: Register, profiel: Profiel, incident: IncidentRij, basis: _Basis) -> None:
    """3.4; Geertruidenberg 6.3: "Als een klant n.a.v. het ordegesprek zijn gedrag niet aanpast, worden verdergaande
    maatregelen getroffen." Verscheen de persoon niet op het ordegesprek van dit incident (agressie ordegesprek
    --niet-verschenen), dan adviseert het incident de volgende stap uit [na_ordegesprek.niet_verschenen] in plaats van
    het ordegesprek (of iets lichters)."""
    volgende = volgende_stap(profiel)
    if volgende is None or basis.soort is None:
        return
    gesprek = niet_verschenen_bij(register, profiel, incident)
    if gesprek is None or gesprek.gehouden is not None:
        return
    uitnodiging = profiel.soorten[str(gesprek.uitnodiging["soort"])]
    if profiel.soorten[basis.soort].zwaarte > uitnodiging.zwaarte:
        return  # het advies is al zwaarder dan het ordegesprek
    basis.soort, basis.duur = volgende.soort, volgende.duur
    basis.regel = f"{basis.regel}; {volgende.regel}"
    if volgende.uitleg:
        basis.uitleg.append(volgende.uitleg)


def _tijdens_ontzegging(profiel: Profiel, incident: IncidentRij, basis: _Basis, gesch: Geschiedenis) -> None:
    """Tijdens een lopende ontzegging (een toegangsverbod dat dit incident niet overtreedt) nooit iets lichters dan de
    volgende trede van de ladder van dat verbod (6.5: de ontzegging "aangevuld met een telefonisch contactverbod"; 6.7:
    "In principe wordt automatisch gekozen voor het inzetten van een zwaardere maatregel"), als
    - de maatregel op het gemeentehuis plaatsvindt (6.3: het ordegesprek "vindt plaats op het gemeentehuis"), of
    - het incident telefonisch of schriftelijk was en het profiel dat vraagt ([tijdens_ontzegging] op_afstand).
    Adviseert de matrix al iets zwaarders, dan blijft dat. Is het verbod al de top van de ladder, dan blijft het
    gelden (handhaven)."""
    if basis.soort is None:
        return
    op_gemeentehuis = bool(profiel.soorten[basis.soort].gegevens.get("op_gemeentehuis"))
    kanaal = incident.get("kanaal")
    op_afstand = bool(profiel.deel("tijdens_ontzegging").get("op_afstand")) and (
        kanaal in profiel.kanalen_telefonisch or kanaal in profiel.kanalen_schriftelijk
    )
    if not op_gemeentehuis and not op_afstand:
        return
    lopend = [m for m in gesch.verboden if profiel.soorten[m["soort"] or ""].toegang]
    if not lopend:
        return
    verbod = max(lopend, key=lambda m: zwaarste_sleutel(profiel, m))
    label = profiel.soorten[verbod["soort"] or ""].label
    duur = verbod.get("duur")
    vervolg = zwaarder(profiel, verbod)
    ondergrens = _zwaarte_vervolg(profiel, vervolg, duur) if vervolg else _zwaarte(profiel, verbod["soort"], duur)
    if not op_gemeentehuis and _zwaarte(profiel, basis.soort, basis.duur) >= ondergrens:
        return  # de matrix adviseert al minstens de volgende trede
    tot = tot_en_met(verbod.get("einde"), duur is not None and duur.onbepaald)
    zonder = profiel.soorten[basis.soort].label
    lopende = f"{label} ({verbod.get('maatregel')}, incident {verbod.get('incident')}), {tot}"
    basis.regel = f"{basis.regel}; tijdens een lopende ontzegging ({verbod.get('maatregel')})"
    if op_gemeentehuis:
        uitleg = (
            f"{zonder} kan niet: het gesprek vindt plaats op het gemeentehuis (6.3) en de persoon heeft een lopende "
            f"ontzegging: {lopende}."
        )
    else:
        hoe = "telefonisch" if kanaal in profiel.kanalen_telefonisch else "schriftelijk"
        uitleg = (
            f"Het incident was {hoe}, tijdens een lopende ontzegging: {lopende}. Dat is geen overtreding van de "
            f"ontzegging, maar wel nieuw ongewenst gedrag terwijl die maatregel loopt; het gewone advies ({zonder}) is "
            "lichter dan die ontzegging."
        )
    if vervolg is None:
        basis.uitleg.append(
            uitleg + f" Dit was al de zwaarste maatregel van het profiel; houd hem aan ({label}, {tot})."
        )
        _handhaven(profiel, basis, verbod, label, tot, basis.uitleg, False, str(incident["incident"]))
        return
    basis.soort, basis.duur = vervolg.soort, vervolg.duur
    basis.grond = Duurgrond("regel", tabel="tijdens_ontzegging", regel="tijdens een lopende ontzegging")
    basis.uitleg.append(
        uitleg + " Daarom de volgende trede van de ladder (6.5, 6.7). " + _vervolg_tekst(profiel, vervolg, label, tot)
    )


def _overtreden(profiel: Profiel, ov: Overtreding, basis: _Basis, al_verstuurd: bool, nummer: str) -> Vervolg | None:
    """Wie een lopend verbod overtreedt, krijgt automatisch een zwaardere maatregel (6.7; Losser 5.2-5.3): de
    eerste trede van de ladder die zwaarder is dan het verbod, of het advies zelf als dat nog zwaarder is. In het
    gebouw tijdens een toegangsverbod is het lokaalvredebreuk: aangifte, en eerst de brief niet nakomen waar het
    profiel die kent. Bij E-gedrag blijft het: nooit een brief."""
    regels = profiel.verbod_overtreden
    verbod = ov.verbod
    label = profiel.soorten[verbod["soort"] or ""].label
    duur = verbod.get("duur")
    tot = tot_en_met(verbod.get("einde"), duur is not None and duur.onbepaald)
    zonder = basis.soort and profiel.soorten[basis.soort].label
    vervolg = ov.vervolg
    # Nooit lichter dan het overtreden verbod: zonder zwaardere trede (de top van de ladder) weegt het advies zelf
    # alleen als het zwaarder is dan het overtreden verbod.
    ondergrens = _zwaarte_vervolg(profiel, vervolg, duur) if vervolg else _zwaarte(profiel, verbod["soort"], duur)
    basis.vervolg_grond = Duurgrond("regel", tabel="verbod_overtreden", regel="lopend verbod overtreden")
    if basis.soort and _zwaarte(profiel, basis.soort, basis.duur) > ondergrens:
        vervolg = Vervolg(
            basis.soort, basis.duur, duur_bepalen=basis.duur is None and profiel.soorten[basis.soort].periode
        )
        basis.vervolg_grond = basis.grond  # het advies zelf was al zwaarder dan de volgende trede
    uitleg = [
        regels.get("uitleg" if ov.in_gebouw else "uitleg_telefonisch", "De persoon overtrad een lopend verbod."),
        f"Overtreden: {label} ({verbod.get('maatregel')}, incident {verbod.get('incident')}), {tot}.",
    ]
    if ov.in_gebouw:
        basis.aangifte = basis.aangifte or bool(regels.get("aangifte", True))
    basis.regel = f"{basis.regel}; lopend verbod overtreden ({verbod.get('maatregel')})"
    if basis.soort is None and not basis.keuze:  # E-gedrag: de overtreding staat erbij, een brief komt er niet
        basis.uitleg = uitleg + basis.uitleg
        return None
    uitleg.append(_vervolg_tekst(profiel, vervolg, label, tot))
    brief = regels.get("soort")
    if ov.in_gebouw and brief in profiel.soorten and not al_verstuurd:
        basis.soort, basis.duur = brief, None
        if vervolg is None:
            basis.handhaven = verbod  # na de brief niet nakomen komt er niets zwaarders: het verbod blijft gelden
    elif vervolg is not None:
        if al_verstuurd:
            uitleg.append("De brief niet nakomen is al vastgelegd; nu de zwaardere maatregel.")
        basis.soort, basis.duur = vervolg.soort, vervolg.duur
        basis.grond = basis.vervolg_grond
    else:
        _handhaven(profiel, basis, verbod, label, tot, uitleg, al_verstuurd, nummer)
    if zonder and (basis.soort is None or profiel.soorten[basis.soort].label != zonder):
        uitleg.append(f"Zonder de overtreding zou het advies zijn: {zonder} ({basis.regel.split(';')[0]}).")
    basis.uitleg, basis.keuze = uitleg, []
    return vervolg


def _handhaven(
    profiel: Profiel,
    basis: _Basis,
    verbod: MaatregelRij,
    label: str,
    tot: str,
    uitleg: list[str],
    vastgelegd: bool,
    nummer: str,
) -> None:
    """De top van de ladder: het lopende verbod blijft gelden. Geen nieuwe brief en zeker niets lichters; alleen de
    incident vastleggen (en de aangifte, als die erbij hoort)."""
    basis.soort, basis.duur, basis.handhaven = None, None, verbod
    basis.label = f"Het lopende verbod blijft gelden: {label} ({verbod.get('maatregel')}), {tot}"
    if not vastgelegd:
        uitleg.append(
            f"Er gaat geen nieuwe brief uit. Leg het incident vast met: agressie maatregel {nummer} --soort "
            + profiel.afsluitende_soort
            + (f" (en de aangifte met --soort {profiel.aangifte_soort})." if basis.aangifte else ".")
        )


def _zwaarte_vervolg(profiel: Profiel, vervolg: Vervolg | None, overtreden: Duur | None) -> tuple[int, float]:
    if vervolg is None:
        return (-1, 0)
    if vervolg.duur_bepalen:  # langer dan het overtreden verbod, hoeveel bepaalt de leidinggevende
        return (profiel.soorten[vervolg.soort].zwaarte, _maanden(overtreden) + 0.5)
    return _zwaarte(profiel, vervolg.soort, vervolg.duur)


def _maanden(duur: Duur | None) -> float:
    return 0.0 if duur is None else float("inf") if duur.onbepaald else float(duur.maanden or 0)


def _vervolg_tekst(profiel: Profiel, vervolg: Vervolg | None, label: str, tot: str) -> str:
    if vervolg is None:
        return f"Dit was al de zwaarste maatregel van het profiel; houd hem aan ({label}, {tot})."
    soort = profiel.soorten[vervolg.soort]
    extra = " " + str(soort.gegevens.get("na_overtreding", "")).strip() if soort.gegevens.get("na_overtreding") else ""
    if vervolg.duur_bepalen:
        return (
            f"Zwaardere maatregel: {soort.label}, voor een langere periode dan het overtreden verbod ({tot}); de "
            f"leidinggevende en de betrokken medewerker bepalen de duur (--duur).{extra}"
        )
    periode = f" voor {(vervolg.duur or Duur.onbepaalde_tijd()).tekst()}" if soort.periode else ""
    return f"Zwaardere maatregel: {soort.label}{periode}.{extra}"


def _altijd_aangifte(profiel: Profiel, incident: IncidentRij, klasse: str, basis: _Basis) -> list[str]:
    """Geertruidenberg 7: "Van strafbare feiten wordt altijd aangifte gedaan." Ook als het register 'geen aangifte'
    zegt, blijft het advies aangifte; de gebruiker krijgt een waarschuwing."""
    regel = profiel.deel("altijd_aangifte")
    if klasse not in regel.get(profiel.classificatie, []):
        return []
    basis.aangifte = True
    tekst = regel.get("uitleg", "Van strafbare feiten wordt altijd aangifte gedaan.")
    basis.uitleg.append(tekst)
    if incident.get("aangifte") is False:
        return [f"Let op: in het register staat 'geen aangifte' bij {incident['incident']}. {tekst}"]
    return []


def _vul_aan(advies: Advies, profiel: Profiel, incident: IncidentRij, klasse: str) -> None:
    soort_def = (
        profiel.soorten.get(advies.soort or (advies.keuze[0] if advies.keuze else "") or advies.handhaven_soort or "")
        or None
    )
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
    if incident.get("politie"):
        informeren += [i for i in profiel.gegevens.get("informeren_bij_politie", []) if i not in informeren]
    advies.informeren = informeren
    if advies.soort is None and not advies.keuze and not advies.handhaven:
        advies.uitleg.append(
            f"Geen brief. Schakel een hulpinstantie in via de {HULPINSTANTIE}. Leg de registratie en de melding bij de "
            f"politie vast: agressie maatregel {advies.incident} --soort {profiel.afsluitende_soort} (en --soort {profiel.aangifte_soort})."
        )
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
    _politiek_ambtsdrager(advies, profiel, incident)
    _participatiewet(advies, profiel, incident)


def _politiek_ambtsdrager(advies: Advies, profiel: Profiel, incident: IncidentRij) -> None:
    """Losser 9: "Binnen 48 uur na het incident stuurt de burgemeester een formele (schriftelijke) reactie naar de
    inwoner"; "Uiteindelijk bepaalt hij ook de sanctie". Tegen de burgemeester zelf: de (loco)gemeentesecretaris. Ook
    bij een registratie is die reactie verschuldigd; alleen bij E-gedrag (nooit een brief) niet."""
    regel = profiel.deel("politiek_ambtsdrager")
    if not regel or not incident.get("ambtsdrager"):
        return
    if not advies.soort and not advies.keuze and not advies.handhaven:
        return  # E-gedrag: geen brief, dus ook geen schriftelijke reactie (het lopende verbod handhaven is wel een besluit)
    uren = int(regel.get("uren", 48))
    moment = datetime.combine(_datum(incident), incident.get("tijd") or time(0)) + timedelta(hours=uren)
    wie = eerst_aangewezene(incident)
    advies.beslist = wie
    tijd = f" om {nederlands.tijd_voluit(moment)}" if incident.get("tijd") else ""

    # Niet de leidinggevende en de betrokken medewerker: de eerst aangewezene bepaalt de sanctie en de duur.
    def bepaalt(m: re.Match) -> str:
        return f"{wie[0].upper() if m.group(0)[0] == 'D' else wie[0]}{wie[1:]} bepaalt de sanctie en de duur"

    advies.uitleg = [
        _ZELF_BEPALEN.sub(bepaalt, u).replace("met de leidinggevende en de betrokken medewerker", f"met {wie}")
        for u in advies.uitleg
    ]
    if advies.uiterlijk is None:  # een registratie: geen maatregel mee te delen, wel de reactie van de burgemeester
        advies.uitleg.append(
            f"Politiek ambtsdrager: ook zonder maatregel stuurt {wie} binnen {uren} uur na het incident een formele "
            f"(schriftelijke) reactie naar de inwoner, uiterlijk {voluit(moment.date())}{tijd}. Leg die vast met "
            f"agressie nazorg {advies.incident} --reactie DATUM (of maak de brief)."
        )
    else:
        advies.uiterlijk = moment.date()
        advies.uitleg.append(
            f"Politiek ambtsdrager: {wie} bepaalt de sanctie en stuurt binnen {uren} uur na het incident een formele "
            f"(schriftelijke) reactie naar de inwoner, uiterlijk {voluit(moment.date())}{tijd}; de brief wordt door "
            f"{wie} ondertekend."
        )
    if not incident.get("ambt"):
        advies.waarschuwingen.append(
            f"Bij {advies.incident} staat niet welk ambt de politiek ambtsdrager heeft. Leg het vast met agressie "
            f"aanvullen {advies.incident} --ambt burgemeester|wethouder|raadslid|commissielid: bij agressie tegen de "
            "burgemeester beslist en tekent de (loco)gemeentesecretaris."
        )
    advies.informeren = [wie, *[i for i in advies.informeren if i != wie]]


# "De leidinggevende en de betrokken medewerker bepalen (samen) de duur": bij een politiek ambtsdrager niet zij.
_ZELF_BEPALEN = re.compile(r"[Dd]e leidinggevende en de betrokken medewerker bepalen (?:samen )?de duur")


def _participatiewet(advies: Advies, profiel: Profiel, incident: IncidentRij) -> None:
    """Geertruidenberg 6.8 en bijlage 3 art. 13; Losser 5.5: alleen bij misdragingen "tegenover personen ... belast
    met de uitvoering" van die wet (het incident zegt of dat zo was). Ter informatie voor de klantmanager, die
    beslist; geen maatregel van het agressieprotocol. Gaat er geen brief uit (een registratie), dan kondigt ook niets
    een afstemmingsgesprek aan (6.8: "altijd eerst een brief ... Hierin wordt aangekondigd")."""
    uitkering = incident.get("uitkering")
    regel = profiel.deel("participatiewet")
    if not uitkering or not regel:
        return
    if not incident.get("bij_uitvoering"):
        advies.uitleg.append(
            f"De persoon ontvangt een {uitkering}-uitkering, maar het incident was niet tegenover iemand die deze "
            "uitkering uitvoert (of dat is niet ingevuld: --bij-uitvoering): geen verlaging van de uitkering."
        )
        return
    wet = uitkering if uitkering in ("ioaw", "ioaz") else "participatiewet"
    bedragen = regel.get("bedragen", {}).get(wet, {})
    categorieen = _categorieen(regel, incident.get("vorm") or [])
    if categorieen and bedragen:
        hoogte = " of ".join(f"categorie {c} ({bedragen[c]})" for c in categorieen if c in bedragen)
    else:
        hoogte = regel.get("hoogte", "een verlaging die de uitvoerders bepalen")
    tekst = regel.get("uitleg", "").format(uitkering=uitkering, hoogte=hoogte).strip()
    # 6.8: de brief met de maatregel kondigt het afstemmingsgesprek aan; zonder brief doet niets dat.
    vervolg = regel.get("uitleg_brief" if advies.brief or advies.keuze else "uitleg_zonder_brief")
    advies.uitleg.append(f"{tekst} {vervolg}".strip() if vervolg else tekst)


def _categorieen(regel: dict, vormen: list[str]) -> list[str]:
    """De categorieën (A lichtst) die de vormen van het incident suggereren; bij 'fysiek' zowel B als C."""
    return sorted(c for c, v in regel.get("categorie_per_vorm", {}).items() if set(v) & set(vormen))
