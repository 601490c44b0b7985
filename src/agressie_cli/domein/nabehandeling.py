"""Na de brief (3.4): horen (een reactie op een voornemen of een maatregel), verzoeken om een verbod te beëindigen of
te herzien, en het herzien zelf (handhaven, aanpassen, opheffen), met de herzieningsdatum van elk lopend verbod.

Geen van beide protocollen regelt dit; het volgt de ombudsmannen (Nationale ombudsman 2015/011: horen vóór een pand-
en belverbod; de Groningse ombudsman: een contactmaatregel van tijd tot tijd evalueren, voortzetten vraagt recent en
concreet gedrag) en de praktijk (opheffen op verzoek, met de mededeling dat nieuw gedrag de maatregel terugbrengt).

Een reactie, verzoek of herziening is een regel "JJJJ-MM-DD wat: tekst" in de kolom Reacties, Verzoeken of
Herzieningen van de maatregel (een reactie op een voornemen: in de kolom Reacties van het incident)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from agressie_cli.domein.datums import plus_maanden
from agressie_cli.domein.duur import Duur
from agressie_cli.domein.fouten import InvoerFout
from agressie_cli.domein.nederlands import kort, tot_en_met, voluit
from agressie_cli.domein.profiel import Profiel
from agressie_cli.domein.register import Register, nu
from agressie_cli.domein.rijen import IncidentRij, MaatregelRij, zet
from agressie_cli.domein.rijen import kolom as lees_kolom
from agressie_cli.domein.velden import controleer_tekst
from agressie_cli.domein.verboden import is_actief, laatste_dag, telt

VORMEN = ("mondeling", "schriftelijk")
UITKOMSTEN = ("handhaven", "aanpassen", "opheffen")
_REGEL = re.compile(r"^(\d{4}-\d{2}-\d{2}) ([a-z]+)(?: \((M\d+)\))?(?:: (.*))?$", re.S)


@dataclass(frozen=True)
class Reactie:
    datum: date
    vorm: str  # mondeling of schriftelijk
    samenvatting: str | None


@dataclass(frozen=True)
class Verzoek:
    datum: date
    samenvatting: str | None


@dataclass(frozen=True)
class Herziening:
    datum: date
    uitkomst: str  # handhaven, aanpassen of opheffen
    reden: str | None
    nieuw: str | None = None  # aanpassen: de maatregel die in de plaats kwam


def _regels(cel: object) -> list[tuple[date, str, str | None, str | None]]:
    """(datum, wat, maatregel, tekst) per regel; een met de hand onleesbaar gemaakte regel wordt overgeslagen."""
    uitkomst = []
    for regel in cel if isinstance(cel, list) else []:
        passend = _REGEL.match(str(regel).strip())
        if not passend:
            continue
        try:
            datum = date.fromisoformat(passend.group(1))
        except ValueError:
            continue
        uitkomst.append((datum, passend.group(2), passend.group(3), (passend.group(4) or "").strip() or None))
    return sorted(uitkomst, key=lambda r: r[0])


def reacties(rij: IncidentRij | MaatregelRij) -> list[Reactie]:
    return [Reactie(d, wat, tekst) for d, wat, _, tekst in _regels(rij.get("reacties")) if wat in VORMEN]


def verzoeken(rij: MaatregelRij) -> list[Verzoek]:
    return [Verzoek(d, tekst) for d, wat, _, tekst in _regels(rij.get("verzoeken")) if wat == "verzoek"]


def herzieningen(rij: MaatregelRij) -> list[Herziening]:
    return [Herziening(d, wat, tekst, m) for d, wat, m, tekst in _regels(rij.get("herzieningen")) if wat in UITKOMSTEN]


def _regel(datum: date, wat: str, tekst: str | None, maatregel: str | None = None) -> str:
    tekst = " ".join((tekst or "").split())  # één regel per cel-regel: geen regeleinden in de tekst
    return f"{datum.isoformat()} {wat}" + (f" ({maatregel})" if maatregel else "") + (f": {tekst}" if tekst else "")


def _voeg_toe(rij: IncidentRij | MaatregelRij, kolom: str, regel: str) -> None:
    oud = lees_kolom(rij, kolom)
    regels = [*(oud if isinstance(oud, list) else []), regel]
    zet(rij, kolom, regels)
    controleer_tekst(f"«{kolom}»", "\n".join(regels))  # samen in één Excel-cel


def _tekst(veld: str, waarde: str | None) -> str | None:
    waarde = " ".join((waarde or "").split())
    return controleer_tekst(f"«{veld}»", waarde) if waarde else None


# --- welke maatregel --------------------------------------------------------------------------------------------------


def maatregel(register: Register, nummer: str) -> MaatregelRij:
    nummer = (nummer or "").strip().upper()
    rij = next((m for m in register.maatregelen if str(m.get("maatregel") or "").upper() == nummer), None)
    if rij is None:
        raise InvoerFout(
            f"«maatregelnummer» {nummer} bestaat niet in het register. Zoek het nummer op met: agressie "
            "historie PERSOON"
        )
    return rij


def is_verbod(profiel: Profiel, m: MaatregelRij) -> bool:
    soort = profiel.soorten.get(str(m.get("soort") or ""))
    return soort is not None and soort.is_verbod


def _geldig_verbod(register: Register, profiel: Profiel, nummer: str, wat: str) -> MaatregelRij:
    """Een verbod dat nog een opgelegde maatregel is: niet vervangen door een correctie, niet ingetrokken, niet
    opgeheven en niet (door een zwaarder of aangepast verbod) vervangen."""
    m = maatregel(register, nummer)
    nummer = str(m["maatregel"])
    if not is_verbod(profiel, m):
        raise InvoerFout(
            f"Maatregel {nummer} ({m.get('label') or m.get('soort')}) is geen verbod: alleen een toegangs- of belverbod "
            f"wordt {wat}. Er is niets vastgelegd."
        )
    if not telt(m):
        raise InvoerFout(f"Maatregel {nummer} is {m.get('status')}: die wordt niet meer {wat}. Er is niets vastgelegd.")
    if m.get("opgeheven") is not None:
        raise InvoerFout(f"Het verbod {nummer} is al opgeheven per {kort(m['opgeheven'])}. Er is niets vastgelegd.")
    if m.get("vervangen_per") is not None:
        raise InvoerFout(
            f"Het verbod {nummer} is per {kort(m['vervangen_per'])} vervangen door {m.get('vervangen_door')}: "
            f"gebruik dat nummer. Er is niets vastgelegd."
        )
    persoon = register.index.personen.get(str(m.get("persoon") or "").upper()) or {}
    if persoon.get("geanonimiseerd"):
        raise InvoerFout(
            f"Maatregel {nummer} hoort bij een geanonimiseerde persoon (bewaartermijn). Er is niets vastgelegd."
        )
    return m


# --- horen ------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Vastgelegd:
    nummer: str  # de maatregel, of het incident (een reactie op een voornemen)
    wat: str  # reactie of verzoek
    datum: date
    vorm: str | None
    uiterlijk: date | None  # tot wanneer het op agressie termijnen staat (beantwoorden met agressie herzien)


def leg_reactie_vast(
    register: Register, profiel: Profiel, nummer: str, datum: date, vorm: str | None, samenvatting: str | None
) -> Vastgelegd:
    """De reactie van de persoon op een maatregel (achteraf) of op een voornemen (vooraf; nummer is het incident)."""
    vorm = (vorm or "").strip().lower()
    if vorm not in VORMEN:
        raise InvoerFout("«vorm»: kies mondeling of schriftelijk (hoe de persoon reageerde). Er is niets vastgelegd.")
    samenvatting = _tekst("samenvatting", samenvatting)
    if re.fullmatch(r"\d{4}-\d{4,}", (nummer or "").strip()):
        inc = register.incident(nummer)
        voornemen = inc.get("voornemen")
        if voornemen is None:
            raise InvoerFout(
                f"Bij incident {inc['incident']} is geen voornemen verstuurd (agressie brief {inc['incident']} --soort "
                "voornemen). Een reactie op een maatregel legt u vast met het nummer van de maatregel (M00001). Er is "
                "niets vastgelegd."
            )
        if datum < voornemen:
            raise InvoerFout(
                f"«datum»: {kort(datum)} ligt vóór het voornemen van {kort(voornemen)}. Er is niets vastgelegd."
            )
        _voeg_toe(inc, "reacties", _regel(datum, vorm, samenvatting))
        inc["gewijzigd"] = nu()
        register.log("reactie", str(inc["incident"]))
        return Vastgelegd(str(inc["incident"]), "reactie", datum, vorm, None)
    rij = maatregel(register, nummer)
    if not telt(rij):
        raise InvoerFout(f"Maatregel {rij['maatregel']} is {rij.get('status')}. Er is niets vastgelegd.")
    if (besloten := rij.get("datum")) is not None and datum < besloten:
        raise InvoerFout(
            f"«datum»: {kort(datum)} ligt vóór de maatregel {rij['maatregel']} van {kort(besloten)}. Er is niets "
            "vastgelegd."
        )
    _voeg_toe(rij, "reacties", _regel(datum, vorm, samenvatting))
    register.log("reactie", str(rij["maatregel"]))
    uiterlijk = datum + timedelta(days=profiel.antwoord_dagen) if is_verbod(profiel, rij) else None
    return Vastgelegd(str(rij["maatregel"]), "reactie", datum, vorm, uiterlijk)


def leg_verzoek_vast(
    register: Register, profiel: Profiel, nummer: str, datum: date, samenvatting: str | None
) -> Vastgelegd:
    """Een verzoek van de persoon om een verbod te beëindigen of te herzien; te beantwoorden met agressie herzien."""
    rij = _geldig_verbod(register, profiel, nummer, "op verzoek herzien")
    samenvatting = _tekst("samenvatting", samenvatting)
    if (besloten := rij.get("datum")) is not None and datum < besloten:
        raise InvoerFout(
            f"«datum»: {kort(datum)} ligt vóór het verbod {rij['maatregel']} van {kort(besloten)}. Er is niets "
            "vastgelegd."
        )
    _voeg_toe(rij, "verzoeken", _regel(datum, "verzoek", samenvatting))
    register.log("verzoek", str(rij["maatregel"]))
    return Vastgelegd(str(rij["maatregel"]), "verzoek", datum, None, datum + timedelta(days=profiel.antwoord_dagen))


def na_voornemen(profiel: Profiel, incident: IncidentRij) -> tuple[date, date | None, date] | None:
    """Horen vooraf (3.4): (de reactietermijn loopt tot en met, de eerste reactie of None, de brief van de maatregel
    uiterlijk). De termijn van het protocol voor de brief (reactietermijn_dagen, een week) begint pas na de reactie of
    na de reactietermijn: zolang de gemeente op de reactie wacht, is de brief niet te laat. None zonder voornemen."""
    voornemen = incident.get("voornemen")
    if voornemen is None:
        return None
    tot = voornemen + timedelta(days=profiel.reactie_dagen)
    gereageerd = min((r.datum for r in reacties(incident) if r.datum >= voornemen), default=None)
    begin = min(gereageerd, tot) if gereageerd is not None else tot
    return tot, gereageerd, begin + timedelta(days=profiel.reactietermijn_dagen)


def horen(profiel: Profiel, soort: str) -> str:
    s = profiel.soorten.get(soort)
    return s.horen if s is not None else "achteraf"


def controleer_horen(profiel: Profiel, incident: IncidentRij, soort: str, datum: date) -> None:
    """Horen vooraf (3.4): de brief van de maatregel pas na de brief voornemen, en dan pas na een reactie of na de
    reactietermijn. De voorwaarde van `agressie brief` voor een soort met horen = "vooraf"."""
    if horen(profiel, soort) != "vooraf":
        return
    nummer = incident.get("incident")
    voornemen = incident.get("voornemen")
    if voornemen is None:
        raise InvoerFout(
            f'{profiel.soort(soort).label}: de persoon wordt bij deze gemeente vooraf gehoord (horen = "vooraf"). '
            f"Maak eerst de brief voornemen: agressie brief {nummer} --soort voornemen. Er is niets vastgelegd."
        )
    tot = voornemen + timedelta(days=profiel.reactie_dagen)
    if not reacties(incident) and datum <= tot:
        raise InvoerFout(
            f"De reactietermijn op het voornemen van {kort(voornemen)} loopt tot en met {kort(tot)}, en er is nog geen "
            f"reactie vastgelegd. Leg de reactie vast (agressie reactie {nummer} --datum D --vorm mondeling) of maak de "
            f"brief na {kort(tot)} («datum»). Er is niets vastgelegd."
        )


def gehoord_tekst(register: Register, incident: IncidentRij, datum: date) -> str:
    """De zin in een brief van een maatregel nadat de persoon gehoord is: wanneer en hoe, en dat de reactie is
    meegewogen. Uit de reacties op het voornemen en op de eerdere maatregelen van dit incident, tot de briefdatum."""
    alle = {(r.datum, r.vorm, "ons voornemen") for r in reacties(incident)}
    for m in register.maatregelen_van_incident(incident.get("incident")):
        # Een opnieuw gemaakte brief (2.4) neemt de reacties op de vorige mee: die gingen over een eerdere brief.
        alle |= {
            (
                r.datum,
                r.vorm,
                f"onze brief van {voluit(brief)}" if (brief := m.get("datum")) and brief <= r.datum else "onze brief",
            )
            for r in reacties(m)
        }
    delen = [f"op {voluit(d)} {vorm} gereageerd op {waarop}" for d, vorm, waarop in sorted(alle) if d <= datum]
    if not delen:
        return ""
    wanneer = delen[0] if len(delen) == 1 else ", ".join(delen[:-1]) + " en " + delen[-1]
    meervoud = "uw reacties" if len(delen) > 1 else "uw reactie"
    return f"Wij hebben u gehoord: u heeft {wanneer}. Wij hebben {meervoud} meegewogen in dit besluit."


def reactie_uiterlijk(profiel: Profiel, soort: str, datum: date) -> str:
    """Achteraf horen: de brief nodigt uit binnen de termijn te reageren ("uiterlijk 21 december 2026")."""
    if horen(profiel, soort) != "achteraf":
        return ""
    return voluit(datum + timedelta(days=profiel.reactie_dagen))


# --- herzien ----------------------------------------------------------------------------------------------------------


def herzien_op(register: Register, profiel: Profiel, m: MaatregelRij, peildatum: date) -> date | None:
    """Wanneer een lopend verbod herzien wordt: herzien_na_maanden na de ingang, de laatste herziening of het laatste
    incident van de persoon (tot de peildatum), wat het laatst is. None als het verbod op de peildatum niet loopt, of
    afloopt vóór die datum."""
    ingang = m.get("ingang")
    if not is_verbod(profiel, m) or not telt(m) or not is_actief(m, peildatum) or ingang is None:
        return None
    basis = [ingang, *(h.datum for h in herzieningen(m))]
    basis += [
        gebeurd
        for i in register.incidenten_van(m.get("persoon"))
        if (gebeurd := i.get("datum")) is not None and gebeurd <= peildatum and i.get("status") != "vervallen"
    ]
    op = plus_maanden(max(basis), profiel.herzien_na_maanden)
    einde = laatste_dag(m)
    return None if einde is not None and einde < op else op  # loopt het verbod eerder af, dan is er niets te herzien


def recent_incident(register: Register, profiel: Profiel, m: MaatregelRij, datum: date) -> IncidentRij | None:
    """Het laatste incident van de persoon binnen herzien_na_maanden vóór de herziening: recent, concreet gedrag."""
    vanaf = plus_maanden(datum, -profiel.herzien_na_maanden)
    kandidaten = [
        i
        for i in register.incidenten_van(m.get("persoon"))
        if (gebeurd := i.get("datum")) is not None and vanaf <= gebeurd <= datum and i.get("status") != "vervallen"
    ]
    return max(kandidaten, key=lambda i: (i.get("datum") or date.min, str(i.get("incident")))) if kandidaten else None


@dataclass(frozen=True)
class Herzien:
    maatregel: str
    uitkomst: str
    datum: date
    reden: str
    recent_incident: str | None  # het incident dat handhaven draagt
    nieuw: MaatregelRij | None  # aanpassen: de nieuwe maatregel
    beantwoord: list[str]  # de reacties en verzoeken die hiermee beantwoord zijn ("reactie van 3-12-2026")


def herzien(
    register: Register,
    profiel: Profiel,
    nummer: str,
    uitkomst: str | None,
    reden: str | None,
    datum: date,
    soort: str | None = None,
    duur: Duur | None = None,
) -> Herzien:
    uitkomst = (uitkomst or "").strip().lower()
    if uitkomst not in UITKOMSTEN:
        raise InvoerFout("«uitkomst»: kies handhaven, aanpassen of opheffen. Er is niets vastgelegd.")
    m = _geldig_verbod(register, profiel, nummer, "herzien")
    nummer = str(m["maatregel"])
    reden = _tekst("reden", reden)
    if (ingang := m.get("ingang")) is not None and datum < ingang:
        raise InvoerFout(
            f"«datum»: {kort(datum)} ligt vóór de ingang van het verbod {nummer} ({kort(ingang)}). Er is niets "
            "vastgelegd."
        )
    laatste = laatste_dag(m)
    if laatste is not None and datum > laatste:
        raise InvoerFout(
            f"Het verbod {nummer} liep {tot_en_met(laatste, False, kort)}: op {kort(datum)} is er niets meer te "
            "herzien. Er is niets vastgelegd."
        )
    if uitkomst != "aanpassen" and (soort is not None or duur is not None):
        raise InvoerFout("«soort» en «duur» horen bij «uitkomst» aanpassen. Er is niets vastgelegd.")
    recent = recent_incident(register, profiel, m, datum)
    if uitkomst == "handhaven" and recent is None and not reden:
        raise InvoerFout(
            f"Handhaven vraagt recent, concreet gedrag (Groningse ombudsman): persoon {m.get('persoon')} heeft geen "
            f"incident in de {profiel.herzien_na_maanden} maanden vóór {kort(datum)} (herzien_na_maanden in het "
            "profiel). Zeg met «reden» waarom het verbod toch blijft, of kies «uitkomst» aanpassen of opheffen. Er is "
            "niets vastgelegd."
        )
    if uitkomst != "handhaven" and not reden:
        raise InvoerFout(f"«reden» is verplicht bij {uitkomst}: de brief noemt hem. Er is niets vastgelegd.")
    if uitkomst == "handhaven" and not reden and recent is not None:
        reden = (
            f"Het verbod blijft nodig: op {voluit(recent['datum'])} was er nog een incident (kenmerk "
            f"{recent['incident']})."
        )
    nieuw = None
    if uitkomst == "aanpassen":
        nieuw = _aangepast(register, profiel, m, soort, duur, datum, reden or "")
    elif uitkomst == "opheffen":
        m["opgeheven"] = datum
    open_ = _open_vragen(m, datum)
    _voeg_toe(m, "herzieningen", _regel(datum, uitkomst, reden, str(nieuw["maatregel"]) if nieuw else None))
    register.log("herzien", nummer)
    return Herzien(nummer, uitkomst, datum, reden or "", recent.get("incident") if recent else None, nieuw, open_)


def _open_vragen(m: MaatregelRij, datum: date) -> list[str]:
    """De reacties en verzoeken die nog geen antwoord hadden en nu beantwoord worden."""
    vorige = max((h.datum for h in herzieningen(m)), default=None)
    uitkomst = [
        f"reactie van {kort(r.datum)}" for r in reacties(m) if r.datum <= datum and (vorige is None or r.datum > vorige)
    ]
    uitkomst += [
        f"verzoek van {kort(v.datum)}"
        for v in verzoeken(m)
        if v.datum <= datum and (vorige is None or v.datum > vorige)
    ]
    return uitkomst


def _aangepast(
    register: Register, profiel: Profiel, m: MaatregelRij, soort: str | None, duur: Duur | None, datum: date, reden: str
) -> MaatregelRij:
    """Aanpassen (3.4): een korter of lichter verbod komt in de plaats, zoals 3.1 een verbod vervangt
    (vervangen_door, vervangen_per). Het oude blijft een opgelegde maatregel en loopt vanaf `datum` niet meer."""
    if soort is None and duur is None:
        raise InvoerFout(
            "Aanpassen vraagt een ander verbod: geef «soort» (een lichter verbod) en/of «duur» (een kortere periode, "
            "vanaf de datum van de herziening). Er is niets vastgelegd."
        )
    oud = profiel.soorten[m["soort"] or ""]
    nieuw_soort = soort or str(m["soort"])
    s = profiel.soort(nieuw_soort)
    if not s.is_verbod:
        raise InvoerFout(
            f"«soort»: {nieuw_soort} ({s.label}) is geen verbod. Wordt het verbod helemaal beëindigd, kies dan «uitkomst» "
            "opheffen. Er is niets vastgelegd."
        )
    if (s.toegang and not oud.toegang) or (s.bellen and not oud.bellen):
        raise InvoerFout(
            f"«soort»: {nieuw_soort} verbiedt meer dan {m['soort']}. Aanpassen maakt een verbod lichter of korter; een "
            "zwaarder verbod volgt alleen op nieuw gedrag (een nieuw incident). Er is niets vastgelegd."
        )
    oud_duur = m.get("duur")
    oud_onbepaald = oud_duur is not None and oud_duur.onbepaald
    nieuw_duur: Duur | None
    einde: date | None
    if duur is not None:
        nieuw_duur, einde = duur, duur.einde(datum)
    else:  # alleen een lichtere soort: het einde blijft
        nieuw_duur, einde = oud_duur, None if oud_onbepaald else m.get("einde")
    oud_einde = None if oud_onbepaald else m.get("einde")
    langer = (einde is None and oud_einde is not None) or (
        einde is not None and oud_einde is not None and einde > oud_einde
    )
    if langer:
        raise InvoerFout(
            f"«duur»: het aangepaste verbod zou langer lopen dan {m['maatregel']} ({tot_en_met(oud_einde, False, kort)}). "
            "Aanpassen maakt een verbod lichter of korter. Er is niets vastgelegd."
        )
    if nieuw_soort == m["soort"] and einde == oud_einde and (duur is None or duur == oud_duur):
        raise InvoerFout(
            "Het aangepaste verbod is gelijk aan het huidige: kies een andere «soort» of «duur», of «uitkomst» "
            "handhaven. Er is niets vastgelegd."
        )
    nieuw = MaatregelRij(
        maatregel=register.nieuw_maatregelnummer(),
        incident=m.get("incident"),
        persoon=m.get("persoon"),
        soort=nieuw_soort,
        label=s.label,
        datum=datum,
        ingang=datum,
        duur=nieuw_duur,
        einde=einde,
        aangifte=bool(m.get("aangifte")),
        afwijking=False,
        toelichting=f"aangepast na herziening van {m['maatregel']}: {reden}"[:500],
        status="geldig",
    )
    zet(nieuw, "geregistreerd", nu())  # geen kolom van het blad Maatregelen: alleen in het geheugen
    register.voeg_maatregel_toe(nieuw)
    m["vervangen_door"], m["vervangen_per"] = nieuw["maatregel"], datum
    register.log("vervangen", str(m["maatregel"]))
    return nieuw


# --- termijnen --------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Punt:
    """Iets dat open staat na de brief, voor agressie termijnen."""

    soort: str
    incident: str | None
    persoon: str | None
    uiterlijk: date
    tekst: str
    opdracht: str | None
    # 3.5: wat het vastlegt als gegevens (wat, handeling, nummer), en de tekst zonder opdracht van de opdrachtregel
    actie: tuple[str, str, str | None] | None = None
    zonder_opdracht: str | None = None


SIGNAAL_DAGEN = 14  # een herziening staat twee weken vooraf op agressie termijnen, zoals een verbod dat afloopt


def open_punten(register: Register, profiel: Profiel, peildatum: date) -> list[Punt]:
    punten: list[Punt] = []
    for m in register.maatregelen:
        if not telt(m) or not is_verbod(profiel, m):
            continue
        nummer = m.get("maatregel")
        vorige = max((h.datum for h in herzieningen(m)), default=None)
        for r in reacties(m):
            if r.datum <= peildatum and (vorige is None or r.datum > vorige):
                punten.append(
                    Punt(
                        "reactie beantwoorden",
                        m.get("incident"),
                        m.get("persoon"),
                        r.datum + timedelta(days=profiel.antwoord_dagen),
                        f"De persoon reageerde op {kort(r.datum)} ({r.vorm}) op verbod {nummer}: weeg de reactie en "
                        f"leg de uitkomst vast met agressie herzien {nummer}.",
                        f"agressie herzien {nummer} --uitkomst handhaven|aanpassen|opheffen --reden TEKST",
                        ("De uitkomst van de herziening vastleggen", "herzien", nummer),
                        f"De persoon reageerde op {kort(r.datum)} ({r.vorm}) op verbod {nummer}: weeg de reactie en "
                        "leg de uitkomst vast.",
                    )
                )
        for v in verzoeken(m):
            if v.datum <= peildatum and (vorige is None or v.datum > vorige):
                punten.append(
                    Punt(
                        "verzoek beantwoorden",
                        m.get("incident"),
                        m.get("persoon"),
                        v.datum + timedelta(days=profiel.antwoord_dagen),
                        f"Verzoek van {kort(v.datum)} om verbod {nummer} te beëindigen of te herzien: beslis met "
                        f"agressie herzien {nummer} en laat het de persoon weten (agressie brief {nummer} --soort "
                        "herziening).",
                        f"agressie herzien {nummer} --uitkomst handhaven|aanpassen|opheffen --reden TEKST",
                        ("De uitkomst van de herziening vastleggen", "herzien", nummer),
                        f"Verzoek van {kort(v.datum)} om verbod {nummer} te beëindigen of te herzien: beslis en laat "
                        "het de persoon weten met de brief herziening.",
                    )
                )
        op = herzien_op(register, profiel, m, peildatum)
        if op is None or (op - peildatum).days > SIGNAAL_DAGEN:
            continue
        einde = laatste_dag(m)
        punten.append(
            Punt(
                "herzien",
                m.get("incident"),
                m.get("persoon"),
                op,
                f"{m.get('label') or m.get('soort')} {nummer} van {m.get('persoon')} herzien: loopt sinds "
                f"{kort(m.get('ingang'))}{' voor onbepaalde tijd' if einde is None else ''}; voortzetten vraagt "
                "recent, concreet gedrag.",
                f"agressie herzien {nummer} --uitkomst handhaven|aanpassen|opheffen --reden TEKST",
                ("De uitkomst van de herziening vastleggen", "herzien", nummer),
            )
        )
    for inc in register.incidenten:
        voornemen = inc.get("voornemen")
        if voornemen is None or inc.get("status") not in ("gemeld", "compleet") or voornemen > peildatum:
            continue
        termijn = na_voornemen(profiel, inc)
        if termijn is None:
            continue
        tot, gereageerd, uiterlijk = termijn
        if gereageerd is None and peildatum <= tot:
            # 3.4: de gemeente wacht op de reactie die zij moet afwachten; de brief is dan niet te laat.
            punten.append(
                Punt(
                    "voornemen",
                    inc.get("incident"),
                    inc.get("persoon"),
                    tot,
                    f"Wacht op reactie tot en met {kort(tot)} op het voornemen van {kort(voornemen)}; daarna (of na "
                    f"een reactie: agressie reactie) binnen {profiel.reactietermijn_dagen} dagen de brief van de "
                    f"maatregel, uiterlijk {kort(uiterlijk)}.",
                    f"agressie reactie {inc.get('incident')} --datum DATUM --vorm mondeling|schriftelijk",
                )
            )
            continue
        waarom = (
            f"de persoon reageerde op {kort(gereageerd)} op het voornemen: weeg de reactie en"
            if gereageerd is not None
            else f"de reactietermijn op het voornemen van {kort(voornemen)} liep tot en met {kort(tot)}, zonder reactie:"
        )
        punten.append(
            Punt(
                "maatregel",
                inc.get("incident"),
                inc.get("persoon"),
                uiterlijk,
                f"Horen vooraf: {waarom} maak de brief van de maatregel, binnen {profiel.reactietermijn_dagen} dagen "
                f"(uiterlijk {kort(uiterlijk)}).",
                f"agressie brief {inc.get('incident')}",
                ("De brief van de maatregel maken", "brief", inc.get("incident")),
                None
                if gereageerd
                else f"Reactietermijn op het voornemen van {kort(voornemen)} loopt tot en met {kort(tot)}; "
                "daarna (of na een reactie) de brief van de maatregel.",
            )
        )
    return punten


# --- de brieven voornemen en herziening: hun tekst --------------------------------------------------------------------


def verbod_omschrijving(profiel: Profiel, soort: str, gebouw: str) -> str:
    """'het toegangsverbod voor het gemeentehuis en de belbeperking'."""
    s = profiel.soort(soort)
    belwoord = next(
        (x.label.lower() for x in profiel.soorten.values() if x.bellen and not x.toegang and x.label),
        "telefonisch contactverbod",
    )
    delen = []
    if s.toegang:
        delen.append(f"het toegangsverbod voor {gebouw}")
    if s.bellen:
        delen.append(f"de {belwoord}" if belwoord == "belbeperking" else f"het {belwoord}")
    return " en ".join(delen) or f"de maatregel '{s.label.lower()}'"


def _periode(m: MaatregelRij) -> str:
    duur = m.get("duur")
    onbepaald = duur is not None and duur.onbepaald
    return tot_en_met(None if onbepaald else laatste_dag(m) or m.get("einde"), onbepaald)


def voornemen_waarden(profiel: Profiel, soort: str, duur: Duur | None, datum: date, gebouw: str) -> dict:
    """De brief voornemen (horen vooraf): welke maatregel de gemeente wil opleggen en tot wanneer de persoon kan
    reageren."""
    s = profiel.soort(soort)
    wat = verbod_omschrijving(profiel, soort, gebouw) if s.is_verbod else f"een {s.label.lower()}"
    if s.is_verbod:
        wat = wat.replace("het ", "een ", 1).replace(" en de ", " en een ").replace(" en het ", " en een ")
    periode = ""
    if s.periode and duur is not None:
        periode = " voor onbepaalde tijd" if duur.onbepaald else f" voor een periode van {duur.tekst()}"
    return {
        "onderwerp": f"Voornemen: {s.gegevens.get('onderwerp', s.label)}",
        "voornemen_tekst": f"Wij zijn van plan u{periode} {wat} op te leggen.",
        "reactie_uiterlijk": voluit(datum + timedelta(days=profiel.reactie_dagen)),
    }


def herziening_waarden(
    register: Register, profiel: Profiel, m: MaatregelRij, gebouw: str, herziening: Herziening | None = None
) -> dict:
    """De brief herziening: de aanleiding (een verzoek, een reactie of de herzieningstermijn), de uitkomst, de reden,
    en bij opheffen of aanpassen dat nieuw gedrag de maatregel terugbrengt."""
    gedaan = herzieningen(m)
    h = herziening or (gedaan[-1] if gedaan else None)
    if h is None:
        raise InvoerFout(
            f"Bij maatregel {m.get('maatregel')} is nog geen herziening vastgelegd. Leg eerst de uitkomst vast: agressie "
            f"herzien {m.get('maatregel')} --uitkomst handhaven|aanpassen|opheffen --reden TEKST"
        )
    omschrijving = verbod_omschrijving(profiel, str(m["soort"]), gebouw)
    vorige = max((x.datum for x in gedaan if x.datum < h.datum), default=None)
    nieuw_verzoek = [v for v in verzoeken(m) if v.datum <= h.datum and (vorige is None or v.datum > vorige)]
    nieuw_reactie = [r for r in reacties(m) if r.datum <= h.datum and (vorige is None or r.datum > vorige)]
    if nieuw_verzoek:
        aanleiding = (
            f"Op {voluit(nieuw_verzoek[-1].datum)} heeft u ons gevraagd {omschrijving} te beëindigen of te herzien. "
            "Wij hebben uw verzoek beoordeeld."
        )
    elif nieuw_reactie:
        aanleiding = (
            f"Op {voluit(nieuw_reactie[-1].datum)} heeft u {nieuw_reactie[-1].vorm} gereageerd op {omschrijving}. "
            "Wij hebben uw reactie gewogen."
        )
    else:
        aanleiding = (
            f"Wij bekijken regelmatig of een verbod nog nodig is. Wij hebben {omschrijving} dat u op "
            f"{voluit(m.get('datum'))} kreeg, opnieuw beoordeeld."
        )
    terug = ""
    if h.uitkomst == "handhaven":
        besluit = f"Wij hebben besloten {omschrijving} te handhaven. Het blijft gelden {_periode(m)}."
    elif h.uitkomst == "opheffen":
        weer = []
        s = profiel.soort(str(m["soort"]))
        if s.toegang:
            weer.append(f"bent u weer welkom in {gebouw}")
        if s.bellen:
            weer.append("mag u de gemeente weer bellen")
        besluit = (
            f"Wij hebben besloten {omschrijving} op te heffen. Het gold tot en met {voluit(h.datum)}; vanaf "
            f"{voluit(h.datum + timedelta(days=1))} {' en '.join(weer) or 'geldt het niet meer'}."
        )
        terug = (
            "Gedraagt u zich opnieuw agressief of ongewenst tegenover onze medewerkers, dan kan de maatregel opnieuw "
            "worden opgelegd, en dan voor een langere periode."
        )
    else:
        nieuw = next((x for x in register.maatregelen if x.get("maatregel") == h.nieuw), None)
        if nieuw is None:
            raise InvoerFout(f"De aangepaste maatregel {h.nieuw} staat niet meer in het register.")
        besluit = (
            f"Wij hebben besloten {omschrijving} aan te passen. Met ingang van {voluit(h.datum)} geldt in plaats "
            f"daarvan {verbod_omschrijving(profiel, str(nieuw['soort']), gebouw)}, {_periode(nieuw)}. Het eerdere verbod "
            "vervalt op die dag."
        )
        terug = (
            "Gedraagt u zich opnieuw agressief of ongewenst tegenover onze medewerkers, dan kan een zwaardere maatregel "
            "opnieuw worden opgelegd."
        )
    reden = (h.reden or "").strip()
    return {
        "onderwerp": f"Herziening: {profiel.soort(str(m['soort'])).gegevens.get('onderwerp', m.get('label') or m['soort'])}",
        "herzien_aanleiding": aanleiding,
        "herzien_besluit": besluit,
        "herzien_reden": (reden[:1].upper() + reden[1:] + ("" if reden.endswith((".", "!", "?")) else "."))
        if reden
        else "",
        "herzien_terug": terug,
        "herzien_uitkomst": h.uitkomst,
    }


# De variabelen van de brieven voornemen en herziening (naast die van elke brief), voor `agressie sjablonen controleer`.
BRIEF_VARIABELEN = {
    "voornemen": {"voornemen_tekst": "de maatregel die de gemeente wil opleggen", "reactie_uiterlijk": "reactie_dagen"},
    "herziening": {
        "herzien_aanleiding": "een verzoek, een reactie of de herzieningstermijn",
        "herzien_besluit": "agressie herzien --uitkomst",
        "herzien_reden": "agressie herzien --reden",
        "herzien_terug": "opheffen of aanpassen: nieuw gedrag brengt de maatregel terug",
        "herzien_uitkomst": "handhaven, aanpassen of opheffen",
    },
}
# Wat het sjabloon van elk moet gebruiken (de rest mag een gemeente weglaten).
BRIEF_VERPLICHT = {
    "voornemen": {"voornemen_tekst", "reactie_uiterlijk"},
    "herziening": {"herzien_besluit", "herzien_reden"},
}
