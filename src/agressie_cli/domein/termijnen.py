"""Wat open staat, het dringendste eerst: reactietermijnen, onvolledige meldingen, aflopende verboden, nazorg, 48 uur."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from agressie_cli.domein import nederlands
from agressie_cli.domein.afschrift import open_afschriften
from agressie_cli.domein.ambtsdrager import tegen_burgemeester
from agressie_cli.domein.besluitvorming import wachtend
from agressie_cli.domein.bezoek import bezoeken_op
from agressie_cli.domein.datums import werkdagen_na
from agressie_cli.domein.doorsturen import VELD_DOORGESTUURD, VELD_KLAARGEZET
from agressie_cli.domein.instellingen import geheel_getal
from agressie_cli.domein.inzage import open_verzoeken
from agressie_cli.domein.nabehandeling import open_punten
from agressie_cli.domein.nazorg import punten as nazorg_punten
from agressie_cli.domein.nederlands import voluit
from agressie_cli.domein.ordegesprek import gesprekken, volgende_stap
from agressie_cli.domein.overtreding import overtreding
from agressie_cli.domein.profiel import Profiel
from agressie_cli.domein.register import Register
from agressie_cli.domein.rijen import IncidentRij
from agressie_cli.domein.verboden import heeft_brief, is_naast_advies, lopende_verboden, telt
from agressie_cli.domein.verplichtingen import controleer_profiel as controleer_verplichtingen
from agressie_cli.domein.verplichtingen import verplichtingen

ZONDER_MAATREGEL = ("gemeld", "compleet")
VERBOD_SIGNAAL_DAGEN = 14
ACHTERSTAND_DAGEN = 90  # wat langer verlopen is, toont de lijst samengevat (achterstand, geen dagelijks werk)


@dataclass(frozen=True, slots=True)
class Actie:
    """Wat er moet gebeuren om een termijn af te sluiten, als gegevens (3.5): de opdrachtregel zet het om in een
    opdracht (`opdracht`), het web in een link naar de pagina of het formulier dat het doet."""

    wat: str  # in gewone woorden, zonder opdracht: "Afvinken met de datum van het gesprek"
    # brief, maatregel, nazorg, advies, aanvullen, doorsturen, verzonden, goedkeuren, inzage, herzien, afschrift,
    # ordegesprek, verplichtingen
    handeling: str
    nummer: str | None  # het incident, de maatregel of de persoon waar het over gaat
    veld: str | None = None  # het veld dat de termijn afvinkt (nazorg: gesprek, hulpverlening, reactie, ...)


@dataclass(slots=True)  # termijnen maakt er bij 10.000 incidenten zo'n 47.000: minder geheugen
class Termijn:
    soort: str
    incident: str | None
    persoon: str | None
    uiterlijk: date
    dagen: int  # dagen tot de termijn; negatief: verlopen
    omschrijving: str
    opdracht: str | None = None  # de opdracht die het vastlegt (3.1)
    actie: Actie | None = None  # wat het vastlegt, als gegevens (3.5)
    zonder_opdracht: str | None = None  # de omschrijving zonder opdracht (None: de omschrijving noemt er geen)

    @property
    def verlopen(self) -> bool:
        return self.dagen < 0

    @property
    def tekst(self) -> str:
        """De omschrijving zonder opdracht van de opdrachtregel (het web zet er de link van `actie` naast)."""
        return self.zonder_opdracht if self.zonder_opdracht is not None else self.omschrijving


def _item(
    soort: str,
    incident: str | None,
    uiterlijk: date,
    peildatum: date,
    tekst: str,
    persoon: str | None = None,
    opdracht: str | None = None,
    actie: Actie | None = None,
    zonder_opdracht: str | None = None,
) -> Termijn:
    return Termijn(
        soort, incident, persoon, uiterlijk, (uiterlijk - peildatum).days, tekst, opdracht, actie, zonder_opdracht
    )


def termijnen(register: Register, profiel: Profiel, peildatum: date) -> list[Termijn]:
    controleer_verplichtingen(profiel)
    items: list[Termijn] = []
    for inc in register.incidenten:
        datum = inc.get("datum")
        if datum is None or datum > peildatum:
            continue
        nummer = inc.get("incident")
        status = inc.get("status")
        if status == "vervallen":
            continue  # ingetrokken (bijvoorbeeld dubbel gemeld): er staat niets open
        # Horen vooraf (3.4): na de brief voornemen wacht de gemeente op de reactie; de termijn van de brief begint pas
        # daarna (nabehandeling.open_punten: "wacht op reactie tot", daarna de maatregel).
        voornemen = inc.get("voornemen")
        if status in ZONDER_MAATREGEL and (voornemen is None or voornemen > peildatum):
            uiterlijk = datum + timedelta(days=profiel.reactietermijn_dagen)
            items.append(
                _zonder_brief(profiel, inc, uiterlijk, peildatum)
                or _item(
                    "maatregel",
                    nummer,
                    uiterlijk,
                    peildatum,
                    f"Maatregel besluiten en aan de persoon laten weten (binnen een week na het incident van {voluit(datum)}).",
                    opdracht=f"agressie brief {nummer} of agressie maatregel {nummer} --soort SOORT",
                    actie=Actie("Brief maken of maatregel vastleggen", "brief", nummer),
                )
            )
        items.extend(_doorsturen(profiel, inc, datum, status, peildatum))
        if inc.get("ontbrekend") and status != "afgehandeld":
            items.append(
                _item(
                    "melding onvolledig",
                    nummer,
                    datum + timedelta(days=profiel.reactietermijn_dagen),
                    peildatum,
                    f"Melding aanvullen; ontbreekt: {inc['ontbrekend']}.",
                    opdracht=f"agressie aanvullen {nummer}",
                    actie=Actie("Melding aanvullen", "aanvullen", nummer),
                )
            )
        # Nazorg gaat over de medewerker, niet over de persoon: ook na 'afgehandeld' (een registratie is dat meteen)
        # blijft een verlopen punt staan tot het met agressie nazorg is afgevinkt (2.6).
        items.extend(_nazorg(profiel, inc, peildatum))
        items.extend(_verplichtingen(register, profiel, inc, peildatum))
        # De reactie van de burgemeester (Losser 9) is ook na een registratie (meteen 'afgehandeld') verschuldigd: hij
        # blijft staan tot er een brief is of de reactie met agressie nazorg --reactie is vastgelegd (3.1).
        reactie = _reactie_burgemeester(register, profiel, inc, datum, peildatum)
        if reactie:
            items.append(reactie)
    items.extend(_zwaardere_maatregel(register, profiel, peildatum))
    # Na de brief (3.4): reacties en verzoeken beantwoorden, verboden herzien, de reactietermijn van een voornemen.
    items.extend(
        _item(
            p.soort,
            p.incident,
            p.uiterlijk,
            peildatum,
            p.tekst,
            p.persoon,
            p.opdracht,
            Actie(*p.actie) if p.actie else None,
            p.zonder_opdracht,
        )
        for p in open_punten(register, profiel, peildatum)
    )
    items.extend(_niet_verzonden(register, profiel, peildatum))
    # Het afschrift aan politie en receptie (3.4; Losser 5.2): tot het als verzonden bevestigd is.
    items.extend(
        _item(
            "afschrift",
            a.incident,
            a.uiterlijk,
            peildatum,
            a.tekst,
            a.persoon,
            a.opdracht,
            Actie("Het afschrift versturen en bevestigen", "afschrift", a.maatregel),
            a.zonder_opdracht,
        )
        for a in open_afschriften(register, profiel)
    )
    items.extend(_ordegesprekken(register, profiel, peildatum))
    # Goedkeuring (3.4): een verbodsbrief die pas definitief is na agressie goedkeuren.
    items.extend(
        _item(
            "goedkeuren",
            w.incident,
            w.sinds + timedelta(days=profiel.reactietermijn_dagen),
            peildatum,
            f"De brief van {w.maatregel} wacht op goedkeuring door een tweede persoon; pas daarna verzenden.",
            w.persoon,
            f'agressie goedkeuren {w.maatregel} --door "naam, functie"',
            Actie("Goedkeuring vastleggen", "goedkeuren", w.maatregel),
        )
        for w in wachtend(register, profiel, peildatum)
    )
    # Inzage (3.4; AVG art. 12 lid 3): binnen een maand na ontvangst van het verzoek.
    items.extend(
        _item(
            "inzage",
            None,
            v.uiterlijk,
            peildatum,
            f"Verzoek om inzage van {persoon} (ontvangen {voluit(v.ontvangen)}): het dossier binnen een maand "
            "verstrekken (AVG art. 12 lid 3).",
            persoon,
            f"agressie inzage {persoon} --pdf",
            Actie("Het dossier maken", "inzage", persoon),
        )
        for persoon, v in open_verzoeken(register, peildatum)
    )
    # Verwacht bezoek (3.4; Geertruidenberg 3.3): op de dag zelf receptie, interventieteam en deelcluster waarschuwen.
    items.extend(
        _item("verwacht bezoek", None, b.datum, peildatum, b.tekst, b.persoon) for b in bezoeken_op(register, peildatum)
    )
    soorten = profiel.soorten
    for m in lopende_verboden(register.maatregelen, profiel, peildatum):
        soort = soorten[m["soort"] or ""]
        einde = m.get("einde")
        if (duur := m.get("duur")) is not None and duur.onbepaald:
            continue
        if einde is not None and (einde - peildatum).days <= VERBOD_SIGNAAL_DAGEN:
            items.append(
                _item(
                    "verbod loopt af",
                    m.get("incident"),
                    einde,
                    peildatum,
                    f"{soort.label} van {m.get('persoon')} loopt af op {voluit(einde)}; receptie en politie informeren.",
                    m.get("persoon"),
                )
            )
    volgorde = {
        "verwacht bezoek": 0,
        "goedkeuren": 1,
        "inzage": 2,
        "reactie burgemeester": 0,
        "reactie (loco)gemeentesecretaris": 0,
        "maatregel": 1,
        "registratie": 1,
        "zwaardere maatregel": 1,
        "doorsturen": 2,
        "afschrift": 2,
        "gesprek medewerker": 2,
        "melding onvolledig": 3,
        "verbod loopt af": 4,
        "voornemen": 1,
        "reactie beantwoorden": 2,
        "verzoek beantwoorden": 2,
        "herzien": 4,
        "ordegesprek": 2,
        "volgende stap": 1,
        "nazorg": 5,
    }
    return sorted(items, key=lambda i: (i.uiterlijk, volgorde.get(i.soort, 9), str(i.incident)))


def _nazorg(profiel: Profiel, inc: IncidentRij, peildatum: date) -> list[Termijn]:
    """De nazorg van het profiel ([[nazorg]]: Geertruidenberg 9.1 en 9.2, Losser 8 en 8.1). Een verlopen termijn
    blijft zichtbaar tot hij met agressie nazorg is afgevinkt; na 90 dagen staat hij in de samenvattende regel."""
    items = []
    for punt in nazorg_punten(profiel, inc):
        if punt.afgevinkt is not None:
            continue  # afgevinkt met agressie nazorg (2.6)
        # Een periode (9.2: drie maanden volgen) die voorbij is zonder dat de nazorg is afgerond, blijft staan: verlopen.
        afvinken = (
            f" Afvinken: agressie nazorg {inc.get('incident')} --{punt.sluiten_met[0]} DATUM"
            if punt.sluiten_met
            else ""
        )
        opdracht = f"agressie nazorg {inc.get('incident')} --{punt.sluiten_met[0]} DATUM" if punt.sluiten_met else None
        actie = (
            Actie("Afvinken met de datum", "nazorg", inc.get("incident"), punt.sluiten_met[0])
            if punt.sluiten_met
            else None
        )
        items.append(
            _item(
                punt.soort,
                inc.get("incident"),
                punt.uiterlijk,
                peildatum,
                punt.tekst + afvinken,
                opdracht=opdracht,
                actie=actie,
                zonder_opdracht=punt.tekst,
            )
        )
    return items


def _verplichtingen(register: Register, profiel: Profiel, inc: IncidentRij, peildatum: date) -> list[Termijn]:
    """Wat het protocol oplegt ([[verplichtingen]] in het profiel, 3.1): open tot het is vastgelegd, ook verlopen
    en ook nadat het incident is afgehandeld."""
    return [
        _item(
            v.soort,
            inc.get("incident"),
            v.uiterlijk,
            peildatum,
            f"{v.tekst} Vastleggen: {v.opdracht}",
            opdracht=v.opdracht,
            actie=Actie(
                "Vastleggen bij de verplichtingen", "verplichtingen", inc.get("incident"), _eerste(v.sluiten_met)
            ),
            zonder_opdracht=v.tekst,
        )
        for v in verplichtingen(register, profiel, inc, alleen_open=True)
    ]


def _zonder_brief(profiel: Profiel, inc: IncidentRij, uiterlijk: date, peildatum: date) -> Termijn | None:
    """Losser 5.3 "Bij E-gedrag sturen we nooit een brief": dan vraagt de termijn de registratie, niet de persoon te
    informeren ([maatregel_zonder_brief] in het profiel)."""
    regel = profiel.deel("maatregel_zonder_brief")
    als = regel.get("als") or {}
    if not regel or any(inc.get(veld) not in waarden for veld, waarden in als.items()):
        return None
    nummer = inc.get("incident")
    opdracht = str(regel.get("opdracht", "")).format(incident=nummer) or None
    tekst = str(regel.get("tekst", "Registratie vastleggen; geen brief."))
    return _item(
        "registratie",
        nummer,
        uiterlijk,
        peildatum,
        tekst + (f" Vastleggen: {opdracht}" if opdracht else ""),
        opdracht=opdracht,
        actie=Actie("De registratie vastleggen", "maatregel", nummer),
        zonder_opdracht=tekst,
    )


def _reactie_burgemeester(
    register: Register, profiel: Profiel, inc: IncidentRij, datum: date, peildatum: date
) -> Termijn | None:
    """Losser, politiek ambtsdragers: "Binnen 48 uur na het incident stuurt de burgemeester een formele
    (schriftelijke) reactie naar de inwoner." Open tot er een brief bij het incident is vastgelegd of de datum van
    de reactie (agressie nazorg --reactie), ook als het incident al afgehandeld is (een registratie)."""
    regel = profiel.deel("politiek_ambtsdrager")
    if not regel or not inc.get("ambtsdrager") or inc.get("reactie_burgemeester"):
        return None  # geen ambtsdrager, of de reactie is vastgelegd (agressie nazorg --reactie)
    if any(
        heeft_brief(m, profiel) and not is_naast_advies(m, profiel)
        for m in register.maatregelen_van_incident(inc.get("incident"))
    ):
        return None  # de reactie is gegeven; een aansprakelijkstelling (2.6) is die reactie niet
    if profiel.classificatie == "gedrag" and inc.get("gedrag") == "E":
        return None  # E-gedrag: nooit een brief
    moment = datetime.combine(datum, inc.get("tijd") or time(0)) + timedelta(hours=int(regel.get("uren", 48)))
    tijd = f" {nederlands.tijd_voluit(moment)}" if inc.get("tijd") else ""
    tekst = regel.get("tekst", "de burgemeester reageert schriftelijk")
    soort = "reactie burgemeester"
    if tegen_burgemeester(inc):  # Losser 9: de (loco)gemeentesecretaris krijgt de rol van eerst aangewezene
        tekst = regel.get("tekst_tegen_burgemeester") or tekst.replace(
            "de burgemeester", "de (loco)gemeentesecretaris (de agressie was tegen de burgemeester)"
        )
        soort = str(regel.get("soort_tegen_burgemeester") or "reactie (loco)gemeentesecretaris")
    return _item(
        soort,
        inc.get("incident"),
        moment.date(),
        peildatum,
        f"Politiek ambtsdrager: {tekst}, uiterlijk {voluit(moment.date())}{tijd}. Vastleggen: de brief, of agressie "
        f"nazorg {inc.get('incident')} --reactie DATUM.",
        actie=Actie("De brief maken, of de datum van de reactie vastleggen", "nazorg", inc.get("incident"), "reactie"),
        zonder_opdracht=f"Politiek ambtsdrager: {tekst}, uiterlijk {voluit(moment.date())}{tijd}.",
    )


def _zwaardere_maatregel(register: Register, profiel: Profiel, peildatum: date) -> list[Termijn]:
    """Na de brief niet nakomen (6.7) volgt de zwaardere maatregel; tot die is vastgelegd, staat hij hier."""
    items = []
    for m in register.maatregelen:
        soort = profiel.soorten.get(m.get("soort") or "")
        if not soort or not soort.gegevens.get("vereist_actief_verbod") or not telt(m):
            continue
        andere = [
            x
            for x in register.maatregelen_van_incident(m.get("incident"))
            if profiel.soorten.get(x.get("soort") or "") and profiel.soorten[x["soort"] or ""].is_verbod
        ]
        if andere:
            continue
        incident = register.index.incidenten.get(str(m.get("incident") or ""))
        ov = overtreding(register, profiel, incident) if incident and incident.get("datum") else None
        if ov is not None and ov.vervolg is None:
            continue  # het overtreden verbod was al het zwaarste: er volgt geen zwaardere maatregel
        begin = (incident.get("datum") if incident else None) or m.get("datum")
        if begin is None:  # een incident en een brief zonder datum: geen termijn te rekenen
            continue
        items.append(
            _item(
                "zwaardere maatregel",
                m.get("incident"),
                begin + timedelta(days=profiel.reactietermijn_dagen),
                peildatum,
                "Na de brief niet nakomen: de zwaardere maatregel vastleggen (6.7); zie agressie advies "
                f"{m.get('incident')}.",
                actie=Actie("Het advies bekijken en de maatregel vastleggen", "advies", m.get("incident")),
                zonder_opdracht="Na de brief niet nakomen: de zwaardere maatregel vastleggen (6.7).",
            )
        )
    return items


def _niet_verzonden(register: Register, profiel: Profiel, peildatum: date) -> list[Termijn]:
    """Een brief die gemaakt is maar na twee werkdagen nog niet verzonden (agressie verzonden legt dat vast). Alleen
    zolang het incident op 'brief gemaakt' staat: brieven van vóór versie 2.4 (toen er nog geen 'verzonden' was)
    en afgesloten incidenten geven geen herinnering; anders kreeg een bijgewerkt register duizenden regels."""
    items = []
    incidenten = register.index.incidenten
    for m in register.maatregelen:
        brief = m.get("datum")
        if not heeft_brief(m, profiel) or m.get("verzonden") or not telt(m) or brief is None:
            continue
        status = (incidenten.get(str(m.get("incident") or "")) or {}).get("status")
        # Een brief naast het advies (de aansprakelijkstelling) verandert de status niet; ook die moet verzonden worden.
        if status != "brief gemaakt" and not (is_naast_advies(m, profiel) and status != "afgehandeld"):
            continue
        uiterlijk = werkdagen_na(brief, 2)
        items.append(
            _item(
                "brief versturen",
                m.get("incident"),
                uiterlijk,
                peildatum,
                f"Brief {m.get('maatregel')} ({m.get('soort')}) is gemaakt maar nog niet verzonden: "
                f"agressie verzonden {m.get('maatregel')}",
                opdracht=f"agressie verzonden {m.get('maatregel')}",
                actie=Actie("De verzending vastleggen", "verzonden", m.get("maatregel")),
                zonder_opdracht=f"Brief {m.get('maatregel')} ({m.get('soort')}) is gemaakt maar nog niet verzonden.",
            )
        )
    return items


def _ordegesprekken(register: Register, profiel: Profiel, peildatum: date) -> list[Termijn]:
    """Het ordegesprek (3.4; Geertruidenberg 6.3). Vanaf de dag van het gesprek tot vastgelegd is dat het gehouden is
    (de bevestiging, of agressie ordegesprek --gehouden) of dat de persoon niet verscheen. Verscheen hij niet, dan de
    volgende stap ([na_ordegesprek.niet_verschenen]) tot er voor de persoon een maatregel van minstens die zwaarte is,
    besloten op of na die dag."""
    items: list[Termijn] = []
    volgende = volgende_stap(profiel)
    incidenten = register.index.incidenten
    for g in gesprekken(register, profiel):
        incident = incidenten.get(g.incident) or {}
        if incident.get("status") == "vervallen":
            continue
        if g.open:
            if g.gesprek_datum is None or g.gesprek_datum > peildatum:
                continue
            opdracht = f"agressie ordegesprek {g.incident} --gehouden|--niet-verschenen"
            items.append(
                _item(
                    "ordegesprek",
                    g.incident,
                    werkdagen_na(g.gesprek_datum, 1),
                    peildatum,
                    f"Het ordegesprek van {voluit(g.gesprek_datum)} ({g.uitnodiging.get('maatregel')}): vastleggen of "
                    f"het gehouden is (de bevestiging: agressie brief {g.incident} --soort "
                    f"{_bevestiging(profiel)} --afspraak TEKST, of agressie ordegesprek {g.incident} --gehouden) of "
                    f"dat de persoon niet verscheen (agressie ordegesprek {g.incident} --niet-verschenen).",
                    g.persoon,
                    opdracht,
                    Actie(
                        "Vastleggen: gehouden of niet verschenen", "ordegesprek", str(g.uitnodiging.get("maatregel"))
                    ),
                    f"Het ordegesprek van {voluit(g.gesprek_datum)} ({g.uitnodiging.get('maatregel')}): vastleggen of "
                    "het gehouden is (met de bevestiging, of zonder brief) of dat de persoon niet verscheen.",
                )
            )
        elif g.niet_verschenen is not None and g.gehouden is None and volgende is not None:
            zwaarte = profiel.soorten[volgende.soort].zwaarte
            genomen = (
                any(
                    telt(m)
                    and (besloten := m.get("datum")) is not None
                    and besloten >= g.niet_verschenen
                    and (soort := profiel.soorten.get(m.get("soort") or "")) is not None
                    and soort.zwaarte >= zwaarte
                    and not is_naast_advies(m, profiel)
                    for m in register.maatregelen_van(g.persoon)
                )
                if g.persoon
                else False
            )
            if genomen:
                continue
            items.append(
                _item(
                    "volgende stap",
                    g.incident,
                    g.niet_verschenen + timedelta(days=profiel.reactietermijn_dagen),
                    peildatum,
                    f"De persoon verscheen niet op het ordegesprek van {voluit(g.niet_verschenen)} "
                    f"({g.uitnodiging.get('maatregel')}); volgende stap: {volgende.tekst} ({volgende.regel}). Zie "
                    f"agressie advies {g.incident}.",
                    g.persoon,
                    f"agressie brief {g.incident}",
                    Actie("Het advies bekijken en de brief maken", "advies", g.incident),
                    f"De persoon verscheen niet op het ordegesprek van {voluit(g.niet_verschenen)} "
                    f"({g.uitnodiging.get('maatregel')}); volgende stap: {volgende.tekst} ({volgende.regel}).",
                )
            )
    return items


def _bevestiging(profiel: Profiel) -> str:
    genoemd = str(profiel.deel("na_ordegesprek").get("bevestiging") or "")
    if profiel.is_soort(genoemd, "bevestiging"):
        return genoemd
    return next((s.sleutel for s in profiel.soorten.values() if s.bevestiging), "BEVESTIGING")


def splits_achterstand(items: list[Termijn]) -> tuple[list[Termijn], list[Termijn]]:
    """(actueel, achterstand): achterstand is wat al meer dan ACHTERSTAND_DAGEN verlopen is. In een register
    van jaren staan daar vaak honderden oude, nooit afgesloten incidenten; die verdringen anders wat deze week moet."""
    actueel = [i for i in items if i.dagen >= -ACHTERSTAND_DAGEN]
    achterstand = [i for i in items if i.dagen < -ACHTERSTAND_DAGEN]
    return actueel, achterstand


def _doorsturen(profiel: Profiel, inc: IncidentRij, datum: date, status: str | None, peildatum: date) -> list[Termijn]:
    """Geertruidenberg 4.2: "De registratie wordt per e-mail opgestuurd naar de clustermanager." Uiterlijk
    `doorsturen_werkdagen` (profiel; Losser kent het niet) werkdagen na het incident (zoals de andere termijnen
    gerekend vanaf het incident: een laat gemelde oude zaak is achterstand), tot de coördinator bevestigt dat de
    e-mail verstuurd is (agressie doorsturen --verzonden; een datum van doorsturen van vóór 3.6 telt ook). Zonder
    concept alleen zolang er geen maatregel is (daarna was de clustermanager er al bij; anders kreeg een bijgewerkt
    register een regel voor elk oud incident).

    Een klaargezet concept (3.6) is nog niet verstuurd: het blijft staan tot het bevestigd is, ook aan de AOV-er, in
    elk profiel en ook als de maatregel inmiddels besloten is; een nieuw concept na een bevestigde e-mail ook. Zonder
    termijn van het profiel uiterlijk de werkdag na het concept."""
    items = []
    nummer = inc.get("incident")
    werkdagen = profiel.gegevens.get("doorsturen_werkdagen")
    for aan, rol in (("clustermanager", "de clustermanager (leidinggevende)"), ("aov", "de AOV-er")):
        klaargezet, verstuurd = inc.get(VELD_KLAARGEZET[aan]), inc.get(VELD_DOORGESTUURD[aan])
        if verstuurd is not None and (klaargezet is None or verstuurd >= klaargezet):
            continue  # verstuurd, en daarna geen nieuw concept
        bevestigen = f"agressie doorsturen {nummer}" + (" --aan aov" if aan == "aov" else "") + " --verzonden"
        if klaargezet is not None:
            if aan == "clustermanager" and werkdagen is not None:
                uiterlijk = werkdagen_na(datum, geheel_getal(werkdagen, "doorsturen_werkdagen", 1))
            else:
                uiterlijk = werkdagen_na(klaargezet, 1)
            items.append(
                _item(
                    "doorsturen",
                    nummer,
                    uiterlijk,
                    peildatum,
                    f"E-mail aan {rol} is op {voluit(klaargezet)} als concept klaargezet, maar nog niet als verstuurd "
                    f"bevestigd. Verstuur het concept en leg het vast: {bevestigen} [--datum DATUM]",
                    opdracht=bevestigen,
                    actie=Actie("Verstuur het concept en bevestig het", "doorsturen", nummer, "verzonden"),
                    zonder_opdracht=f"E-mail aan {rol} is op {voluit(klaargezet)} als concept klaargezet, maar nog "
                    "niet als verstuurd bevestigd.",
                )
            )
        elif aan == "clustermanager" and werkdagen is not None and status in ZONDER_MAATREGEL:
            items.append(
                _item(
                    "doorsturen",
                    nummer,
                    werkdagen_na(datum, geheel_getal(werkdagen, "doorsturen_werkdagen", 1)),
                    peildatum,
                    f"Registratie per e-mail naar de clustermanager (leidinggevende) sturen: agressie doorsturen {nummer}",
                    opdracht=f"agressie doorsturen {nummer}",
                    actie=Actie("Doorsturen", "doorsturen", nummer),
                    zonder_opdracht="Registratie per e-mail naar de clustermanager (leidinggevende) sturen.",
                )
            )
    return items


def _eerste(waarden: tuple[str, ...] | list[str]) -> str | None:
    return waarden[0] if waarden else None
