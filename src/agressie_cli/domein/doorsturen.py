"""Doorsturen (2.7, Geertruidenberg 4.2): "De registratie wordt per e-mail opgestuurd naar de clustermanager" en
"Nadat de agressiemelding compleet is gemaakt ... wordt deze doorgestuurd naar de AOV'er die in overleg met de
clustermanager een passende maatregel zal treffen ... Dit moet binnen een week plaatsvinden."

Hier staat wat er in die e-mail komt en aan wie hij gaat; het bestand (.eml) maakt documenten/eml.py.

Een concept is nog niet verstuurd (3.6): `leg_vast` zet 'concept klaargezet', en pas `bevestig_verzonden` (agressie
doorsturen --verzonden) zet de datum van doorsturen, zoals agressie verzonden dat voor een brief doet. Tot dan blijft
agressie termijnen eraan herinneren. Een datum van doorsturen uit een register van vóór 3.6 blijft gelden."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Literal

from agressie_cli.domein.advies import bereken_advies
from agressie_cli.domein.fouten import AgressieFout, InvoerFout
from agressie_cli.domein.meldingen import ontbrekend
from agressie_cli.domein.nederlands import kort, periode, tijd_voluit, voluit
from agressie_cli.domein.profiel import Profiel
from agressie_cli.domein.register import Register, nu
from agressie_cli.domein.rijen import IncidentRij, MaatregelRij, PersoonRij
from agressie_cli.domein.velden import INCIDENT, PERSOON, controleer_emailadres
from agressie_cli.domein.verboden import is_naast_advies, telt

AAN = ("clustermanager", "aov")
# Het veld in het register waarin staat wanneer de e-mail aan deze ontvanger verstuurd is (bevestigd met
# agressie doorsturen --verzonden), en waarin staat wanneer agressie het concept klaarzette (3.6).
# Als Literal: incident.get(VELD_DOORGESTUURD[aan]) heeft het type van de kolom (een datum).
VELD_DOORGESTUURD: dict[str, Literal["doorgestuurd", "doorgestuurd_aov"]] = {
    "clustermanager": "doorgestuurd",
    "aov": "doorgestuurd_aov",
}
VELD_KLAARGEZET: dict[str, Literal["concept_clustermanager", "concept_aov"]] = {
    "clustermanager": "concept_clustermanager",
    "aov": "concept_aov",
}
_ROL = {"clustermanager": "de clustermanager (leidinggevende)", "aov": "de AOV-er"}
_KOPPEN = {v.sleutel: v.kop for v in (*PERSOON, *INCIDENT)}


@dataclass
class Bericht:
    incident: str
    aan: str  # clustermanager of aov
    naam: str  # de naam bij het adres ("" als die niet bekend is of --email een ander adres gaf)
    email: str
    onderwerp: str
    tekst: str
    ontbrekend: list[str] = field(default_factory=list)


def kies_aan(aan: str | None) -> str:
    gekozen = (aan or "clustermanager").strip().lower()
    if gekozen not in AAN:
        raise InvoerFout(f"«aan»: '{aan}' is onbekend. Kies uit: {', '.join(AAN)}.")
    return gekozen


def besloten_maatregelen(register: Register, profiel: Profiel, nummer: str) -> list[MaatregelRij]:
    """De maatregelen die bij het incident besloten zijn en nog gelden (niet vervangen of ingetrokken), zonder wat
    naast het advies komt (aangifte, aansprakelijkstelling): is er een, dan vraagt de e-mail geen maatregel meer."""
    return [m for m in register.maatregelen_van_incident(nummer) if telt(m) and not is_naast_advies(m, profiel)]


def maak_bericht(
    register: Register, profiel: Profiel, nummer: str, aan: str, email: str | None, aov: tuple[str, str]
) -> Bericht:
    """De e-mail aan de clustermanager of de AOV-er (`aov`: [aov] naam en email uit agressie.toml).
    Weigert (InvoerFout) zonder adres, met een ongeldig adres, en aan de AOV-er zolang de melding niet compleet is."""
    aan = kies_aan(aan)
    incident = register.incident(nummer)
    nummer = str(incident.get("incident"))
    persoon = register.persoon_van(incident)
    if incident.get("status") == "vervallen":
        raise InvoerFout(f"Incident {nummer} is ingetrokken (vervallen); er valt niets door te sturen.")
    if (persoon or {}).get("geanonimiseerd"):
        raise InvoerFout(
            f"Incident {nummer} hoort bij een geanonimiseerde persoon (bewaartermijn); er valt niets door te sturen."
        )
    mist = ontbrekend(incident, persoon, profiel)
    if aan == "aov" and mist:
        raise InvoerFout(
            f"Incident {nummer} is nog niet compleet; naar de AOV-er gaat alleen een complete melding"
            f"{profiel.artikel('melding')}. "
            f"Ontbreekt: {', '.join(_leesbaar(mist))}. Vul aan met: agressie aanvullen {nummer} ... "
            f"(de clustermanager kan het nu al krijgen: agressie doorsturen {nummer})."
        )
    naam, adres = _ontvanger(incident, aan, email, aov)
    besloten = bool(besloten_maatregelen(register, profiel, nummer))
    onderwerp = f"Vertrouwelijk: agressiemelding {nummer}"
    if aan == "aov":
        onderwerp += ", compleet, maatregel besloten" if besloten else ", compleet, voor een maatregel"
    tekst = _tekst(register, profiel, incident, persoon, aan, naam, mist)
    return Bericht(nummer, aan, naam, adres, onderwerp, tekst, mist)


def controleer_dag(register: Register, nummer: str, dag: date, vandaag: date) -> None:
    """De datum van een concept of van het versturen ligt niet vóór het incident en niet in de toekomst."""
    incident = register.incident(nummer)
    gebeurd = incident.get("datum")
    if gebeurd is not None and dag < gebeurd:
        raise InvoerFout(
            f"«datum»: {kort(dag)} ligt vóór het incident {incident.get('incident')} van {kort(gebeurd)}. "
            "Er is niets vastgelegd."
        )
    if dag > vandaag:
        raise InvoerFout(f"«datum»: {kort(dag)} ligt in de toekomst. Er is niets vastgelegd.")


def leg_vast(register: Register, bericht: Bericht, dag: date, elders: Path | None = None) -> None:
    """In het register de datum waarop het concept klaargezet is (niet verstuurd: dat bevestigt de coördinator met
    bevestig_verzonden), en de map als het concept met --uit buiten uitgaand/ staat (zodat opschonen het kan
    noemen); in het logboek alleen wat er gebeurde en het nummer (geen namen of adressen)."""
    incident = register.incident(bericht.incident)
    incident[VELD_KLAARGEZET[bericht.aan]] = dag
    if elders is not None:
        mappen = [str(m) for m in incident.get("concept_map") or []]
        incident["concept_map"] = list(dict.fromkeys([*mappen, str(elders.absolute())]))
    incident["gewijzigd"] = nu()
    register.log(f"concept klaargezet voor {bericht.aan}", bericht.incident)


@dataclass(frozen=True)
class Verzending:
    """Wat bevestig_verzonden vastlegde: `klaargezet` is de datum van het concept (None: de e-mail ging buiten
    agressie om, bijvoorbeeld met de tekst op het klembord), `eerder` een datum van versturen die er al stond."""

    incident: str
    aan: str
    verzonden: date
    klaargezet: date | None
    eerder: date | None


def bevestig_verzonden(register: Register, nummer: str, aan: str | None, dag: date, vandaag: date) -> Verzending:
    """De coördinator bevestigt dat de e-mail aan de clustermanager of de AOV-er verstuurd is (3.6): de datum van
    doorsturen, die de herinnering op agressie termijnen sluit. Ook zonder concept van agressie (de nieuwe Outlook
    opent geen .eml: de tekst ging via het klembord). Niet vóór het concept, het incident of in de toekomst."""
    gekozen = kies_aan(aan)
    incident = register.incident(nummer)
    nummer = str(incident.get("incident"))
    if incident.get("status") == "vervallen":
        raise InvoerFout(f"Incident {nummer} is ingetrokken (vervallen); er valt niets als verstuurd vast te leggen.")
    controleer_dag(register, nummer, dag, vandaag)
    klaargezet = incident.get(VELD_KLAARGEZET[gekozen])
    if klaargezet is not None and dag < klaargezet:
        raise InvoerFout(f"«datum»: {kort(dag)} ligt vóór het concept van {kort(klaargezet)}. Er is niets vastgelegd.")
    eerder = incident.get(VELD_DOORGESTUURD[gekozen])
    incident[VELD_DOORGESTUURD[gekozen]] = dag
    incident["gewijzigd"] = nu()
    register.log(f"doorgestuurd aan {gekozen}", nummer)
    return Verzending(nummer, gekozen, dag, klaargezet, eerder)


def _ontvanger(incident: IncidentRij, aan: str, email: str | None, aov: tuple[str, str]) -> tuple[str, str]:
    if email is not None and email.strip():
        return "", controleer_emailadres("«email»", email)
    nummer = incident.get("incident")
    if aan == "clustermanager":
        adres = str(incident.get("leidinggevende_email") or "").strip()
        if not adres:
            raise InvoerFout(
                f"Bij incident {nummer} staat geen e-mailadres van de clustermanager (leidinggevende). Vul het aan met: "
                f"agressie aanvullen {nummer} --leidinggevende-email naam@gemeente.nl, of geef het adres met «email»."
            )
        try:
            adres = controleer_emailadres("«leidinggevende_email»", adres)
        except InvoerFout as fout:  # met de hand in Excel gezet
            raise InvoerFout(
                f"Incident {nummer}, kolom E-mail leidinggevende: {fout.sjabloon} Verbeter het met: "
                f"agressie aanvullen {nummer} --leidinggevende-email ..., of geef het adres met «email»."
            ) from None
        return _eén_regel(incident.get("leidinggevende")), adres
    naam, adres = aov
    if not adres:
        raise InvoerFout(
            "Er staat geen e-mailadres van de AOV-er in agressie.toml. Zet het onder [aov] (email = "
            '"aov@gemeente.nl", naam = "..."), of geef het adres met «email».'
        )
    try:
        adres = controleer_emailadres("[aov] email", adres)
    except InvoerFout as fout:
        raise AgressieFout(f"Instelling {fout.sjabloon} Verbeter het in agressie.toml.") from None
    return _eén_regel(naam), adres


def _eén_regel(waarde: object) -> str:
    """Een naam in de kop van een e-mail: één regel (een cel uit Excel kan een regeleinde hebben)."""
    return " ".join(str(waarde or "").split())


def _leesbaar(sleutels: list[str]) -> list[str]:
    namen = {"adres": "adres (of e-mailadres) van de persoon", "aanhoudend": "aanhoudend (ja of nee)"}
    return [namen.get(s) or _KOPPEN.get(s, s).lower() for s in sleutels]


def _waarde(waarde: object) -> str:
    if waarde is None or waarde == "" or waarde == []:
        return "niet ingevuld"
    if isinstance(waarde, bool):
        return "ja" if waarde else "nee"
    if isinstance(waarde, list):
        return ", ".join(str(w) for w in waarde)
    return str(waarde).strip()


def _tekst(
    register: Register,
    profiel: Profiel,
    incident: IncidentRij,
    persoon: PersoonRij | None,
    aan: str,
    naam: str,
    mist: list[str],
) -> str:
    nummer = incident.get("incident")
    p = persoon or {}
    regels = [
        "VERTROUWELIJK. Deze e-mail bevat persoonsgegevens uit het agressieregister. Stuur hem niet verder door dan "
        "het agressieprotocol vraagt en verwijder hem als hij niet meer nodig is.",
        "",
        f"Beste {naam}," if naam else "Beste collega,",
        "",
    ]
    besloten = besloten_maatregelen(register, profiel, str(nummer))
    if aan == "aov" and besloten:
        regels.append(
            f"Hierbij de complete agressiemelding {nummer}, ter informatie: de maatregel is al besloten (zie "
            "hieronder)."
        )
    elif aan == "aov":
        volgens = "de interventiematrix" if profiel.matrix else "het agressieprotocol"
        leidinggevende = _eén_regel(incident.get("leidinggevende"))
        regels.append(
            f"Hierbij de complete agressiemelding {nummer}. Wilt u in overleg met de clustermanager"
            + (f" ({leidinggevende})" if leidinggevende else "")
            + f" een passende maatregel treffen volgens {volgens}? Dat moet binnen een week na het incident."
        )
    else:
        regels.append(
            f"Hierbij de registratie van agressiemelding {nummer}, zoals die nu in het agressieregister staat."
        )
    regels.append("")
    moment = voluit(incident.get("datum")) + (
        f", {tijd_voluit(incident['tijd'])}" if incident.get("tijd") else " (tijd niet ingevuld)"
    )
    melder = _waarde(incident.get("melder")) + (f" ({incident['functie']})" if incident.get("functie") else "")
    leidinggevende = _waarde(incident.get("leidinggevende"))
    adres = ", ".join(
        x for x in (p.get("adres"), " ".join(str(y) for y in (p.get("postcode"), p.get("woonplaats")) if y)) if x
    )
    klasse = incident.get(profiel.classificatie)
    klasse_tekst = _waarde(klasse) + (f" ({profiel.klassen[klasse]})" if klasse in profiel.klassen else "")
    regels += [
        f"Melder: {melder}",
        f"Betrokken medewerkers: {_waarde(incident.get('medewerker'))}",
        f"{_leidinggevende_kop(profiel)}: {leidinggevende}",
        f"Afdeling: {_waarde(incident.get('afdeling'))}",
        f"Persoon (agressor): {_waarde(p.get('naam') or incident.get('naam'))} ({incident.get('persoon')})",
        f"  Adres: {adres or 'niet ingevuld'}",
        f"  Telefoon: {_waarde(p.get('telefoon'))}",
    ]
    if p.get("email"):
        regels.append(f"  E-mail: {p['email']}")
    regels += [
        f"Datum en tijdstip: {moment}",
        f"Kanaal: {_waarde(incident.get('kanaal'))}",
        f"{profiel.classificatie.capitalize()}: {klasse_tekst}",
    ]
    if profiel.classificatie == "gedrag" and klasse in ("A", "B", "C"):
        regels.append(f"Aanhoudend: {_waarde(incident.get('aanhoudend'))}")
    regels += [
        f"Vorm van agressie: {_waarde(incident.get('vorm'))}",
        "Wat er gebeurde (wat deed en zei de persoon, aanleiding, wat gebeurde daarna):",
        f"  {_waarde(incident.get('omschrijving'))}".replace("\n", "\n  "),
        "Schade:",
        f"  Lichamelijk letsel: {_waarde(incident.get('letsel'))}",
        f"  Psychische klachten: {_waarde(incident.get('psychisch'))}",
        f"  Materiële schade: {_waarde(incident.get('materiele_schade'))}",
        f"Politie ingeschakeld: {_waarde(incident.get('politie'))}",
        f"Aangifte: {_waarde(incident.get('aangifte'))}",
        "",
    ]
    if mist:
        regels.append(f"Nog niet compleet. Ontbreekt nog: {', '.join(_leesbaar(mist))}. De coördinator vult dit aan.")
    else:
        regels.append("De melding is compleet.")
    uitkomst = _besloten(profiel, besloten) if besloten else _advies(register, profiel, incident)
    regels += ["", *uitkomst, "", "Met vriendelijke groet,", ""]
    return "\n".join(regels)


def _besloten(profiel: Profiel, maatregelen: list[MaatregelRij]) -> list[str]:
    """Een e-mail die gemaakt wordt nadat de maatregel besloten is, zegt dat (3.6) in plaats van om een maatregel
    te vragen: wat er besloten is, wanneer, en of de brief gemaakt en verzonden is."""
    regels = []
    for m in maatregelen:
        soort = profiel.soorten.get(m.get("soort") or "")
        wat = (soort.label if soort else None) or str(m.get("label") or m.get("soort") or "maatregel")
        ingang, duur = m.get("ingang"), m.get("duur")
        if ingang is not None and (m.get("einde") is not None or (duur and duur.onbepaald)):
            wat += ", " + periode(ingang, m.get("einde"), bool(duur and duur.onbepaald))
        regels.append(f"Maatregel besloten op {voluit(m.get('datum'))}: {wat} ({m.get('maatregel')}).")
        if m.get("verzonden"):
            regels.append(f"  De brief is verzonden op {voluit(m['verzonden'])}.")
        elif m.get("bestand"):
            regels.append("  De brief is gemaakt en nog niet verzonden.")
    return ["Er wordt geen maatregel meer gevraagd: die is al besloten.", *regels]


def _advies(register: Register, profiel: Profiel, incident: IncidentRij) -> list[str]:
    try:
        a = bereken_advies(register, profiel, incident)
    except InvoerFout as fout:
        return [f"Advies volgens het protocol: nog niet te geven. {fout.melding}"]
    soort = a.label  # de naam uit het profiel; de sleutel (niet-nakomen) is voor de opdrachtregel
    if a.periode and a.duur_bepalen:
        soort += f", duur door {a.beslist or 'leidinggevende en medewerker'} te bepalen"
    elif a.periode and a.duur:
        soort += f", {a.duur.tekst()}"
    regels = [f"Advies volgens het protocol: {soort}.", f"Regel: {a.regel}"]
    if a.aangifte:
        regels.append("Aangifte of melding bij de politie: ja.")
    # De uitleg zonder aanwijzingen voor de opdrachtregel (--duur, 'agressie brief ...'): die zijn voor de coördinator.
    regels += [f"- {u}" for u in a.uitleg if "--" not in u and "agressie " not in u]
    if a.uiterlijk:
        regels.append(
            f"Termijn: de maatregel uiterlijk {voluit(a.uiterlijk)} aan de persoon laten weten "
            "(binnen een week na het incident)."
        )
    else:
        regels.append(f"Er gaat geen brief naar de persoon; de {profiel.rol('coordinator')} legt de maatregel vast.")
    return regels


def _leidinggevende_kop(profiel: Profiel) -> str:
    """'Clustermanager (leidinggevende)' in Geertruidenberg, 'Leidinggevende' in Losser ([rollen] in het profiel)."""
    rol = profiel.rol("leidinggevende")
    return "Leidinggevende" if rol == "leidinggevende" else f"{rol.capitalize()} (leidinggevende)"
