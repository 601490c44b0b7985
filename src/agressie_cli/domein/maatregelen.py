"""Een maatregel besluiten en vastleggen: de soort en periode, de datums, en of hij afwijkt van het advies."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from agressie_cli.domein.advies import Advies, Geschiedenis, advies_met_grond
from agressie_cli.domein.ambtsdrager import wie_bepaalt_duur
from agressie_cli.domein.duur import Duur
from agressie_cli.domein.fouten import InvoerFout
from agressie_cli.domein.meldingen import ververs
from agressie_cli.domein.nabehandeling import na_voornemen
from agressie_cli.domein.nederlands import kort
from agressie_cli.domein.overtreding import Overtreding, zwaarste_sleutel
from agressie_cli.domein.overtreding import overtreding as zoek_overtreding
from agressie_cli.domein.profiel import Profiel
from agressie_cli.domein.register import Register, nu
from agressie_cli.domein.rijen import IncidentRij, MaatregelRij, zet
from agressie_cli.domein.schade import schadeposten
from agressie_cli.domein.velden import controleer_tekst
from agressie_cli.domein.verboden import heeft_brief, is_naast_advies, van_persoon, vervang_lopende


@dataclass
class Besluit:
    """Wat er wordt vastgelegd: soort, data en of het afwijkt van het advies. Gecontroleerd vóór er iets wordt geschreven."""

    incident: IncidentRij
    soort: str
    datum: date
    ingang: date | None
    duur: Duur | None
    einde: date | None
    advies: Advies | None
    afwijking: bool
    verbod: MaatregelRij | None = None  # het verbod dat bij niet-nakomen wordt overtreden
    termijn: date | None = None  # uiterlijk meedelen (een week na het incident; politiek ambtsdrager Losser: 48 uur)
    # Waarop het advies rust, één keer uitgerekend (3.2): de brief noemt ze (domein/brief.py). De overtreding is er
    # ook zonder advies (een incident zonder klasse met een gekozen soort), de geschiedenis dan niet (None).
    overtreding: Overtreding | None = None
    geschiedenis: Geschiedenis | None = None

    @property
    def te_laat(self) -> bool:
        return self.termijn is not None and self.datum > self.termijn


def wijkt_af(soort: str, duur: Duur | None, advies: Advies | None, profiel: Profiel) -> bool:
    """Een afwijking is een andere soort dan het advies, of een andere periode (een ander aantal maanden, of
    onbepaald tegen een aantal, of andersom). Aangifte naast het advies is geen afwijking (Geertruidenberg 7);
    de bevestiging van een ordegesprek hoort bij het ordegesprek; na een overtreding hoort het vervolg erbij."""
    if advies is None or profiel.is_soort(soort, "aangifte"):
        return False
    if advies.keuze:  # het protocol beslist niet (Losser, schriftelijk contact): elk van de genoemde soorten past
        return soort not in advies.keuze
    if advies.soort is None:  # E-gedrag: alleen registratie (en aangifte) horen erbij
        return not profiel.is_soort(soort, "afsluitend")
    if advies.vervolg and soort == advies.vervolg.soort:
        if advies.vervolg.duur_bepalen:  # langer dan het overtreden verbod (Losser 5.2)
            return not _langer(duur, advies.overtreden_duur)
        return duur != (advies.vervolg.duur or Duur.onbepaalde_tijd())
    if soort == advies.soort:
        return advies.periode and not advies.duur_bepalen and duur != advies.duur
    return not (profiel.is_soort(advies.soort, "uitnodiging") and profiel.is_soort(soort, "bevestiging"))


def _langer(duur: Duur | None, dan: Duur | None) -> bool:
    if duur is None or dan is None:
        return duur is not None
    if dan.onbepaald:
        return duur.onbepaald
    return duur.onbepaald or (duur.maanden or 0) > (dan.maanden or 0)


def incident_voor_maatregel(register: Register, nummer: str, wat: str) -> IncidentRij:
    """De voorwaarde van elke handeling die een maatregel vastlegt (brief, maatregel, aangifte): het incident bestaat,
    is niet ingetrokken (vervallen) en hoort niet bij een geanonimiseerde persoon. `wat` zegt wat er dan niet gebeurt
    ("brief gemaakt", "maatregel vastgelegd", "aangifte voorbereid"). Geeft het incident."""
    incident = register.incident(nummer)
    nummer = str(incident["incident"])
    if incident.get("status") == "vervallen":
        raise InvoerFout(
            f"Incident {nummer} is ingetrokken (vervallen): daarvoor wordt geen {wat}. Er is niets vastgelegd. Een "
            "intrekking kan niet met één opdracht ongedaan worden gemaakt. Was het een vergissing, meld het incident "
            "dan opnieuw (agressie melden), of zet de reservekopie van vóór het intrekken terug (agressie herstel "
            "--lijst; dat maakt ook alles daarna ongedaan)."
        )
    if (register.persoon_van(incident) or {}).get("geanonimiseerd"):
        raise InvoerFout(
            f"Incident {nummer} hoort bij een geanonimiseerde persoon (bewaartermijn): daarvoor wordt geen {wat}. "
            "Er is niets vastgelegd."
        )
    return incident


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
    incident = incident_voor_maatregel(register, nummer, "maatregel vastgelegd")
    gesch: Geschiedenis | None = None
    try:
        advies, gesch, ov = advies_met_grond(register, profiel, incident)
    except InvoerFout:
        if soort is None:
            raise
        advies = None
        ov = zoek_overtreding(register, profiel, incident) if incident.get("datum") is not None else None
    if soort is None:
        if advies is not None and advies.soort is None and advies.handhaven:
            raise InvoerFout(
                f"Incident {nummer}: {advies.label}. Er is geen zwaardere maatregel en er komt niets lichters: er gaat "
                f"geen nieuwe brief uit. Leg het incident vast met: agressie maatregel {nummer} --soort "
                f"{profiel.afsluitende_soort}"
                + (f" (en --soort {profiel.aangifte_soort})" if advies.aangifte else "")
                + ". Er is niets vastgelegd."
            )
        if advies is None or advies.soort is None:
            raise InvoerFout(
                f"Het advies voor incident {nummer} is geen brief of maatregel ({advies.label if advies else 'geen advies'}). "
                "Kies zelf een soort met «soort»."
            )
        soort = advies.soort
    soort_def = profiel.soort(soort)
    if advies is not None and advies.soort is None and not advies.keuze and not advies.handhaven and soort_def.brief:
        raise InvoerFout(
            f"Incident {nummer}: het protocol schrijft hier geen brief voor ({advies.regel}); {soort} ({soort_def.label}) "
            f"kan niet vastgelegd worden. Leg de registratie vast met «soort» {profiel.afsluitende_soort} en de melding bij "
            f"de politie met «soort» {profiel.aangifte_soort}."
        )
    if soort_def.gegevens.get("vereist_schade") and not schadeposten(incident):
        raise InvoerFout(
            f"Incident {nummer} vermeldt geen schade: een {soort_def.label.lower()} kan alleen als het register "
            f"materiële schade, letsel of psychische klachten kent. Vul eerst aan, bijvoorbeeld: agressie aanvullen "
            f'{nummer} --materiele-schade "balieruit gebroken". Er is niets vastgelegd.'
        )
    datum = datum or date.today()
    _controleer_datums(incident, datum, ingang)
    if duur is not None and not soort_def.periode:
        raise InvoerFout(f"«duur»: de soort {soort} ({soort_def.label}) heeft geen periode; laat «duur» weg.")
    waarde: Duur | None = None
    if soort_def.periode:
        if duur is not None:
            waarde = duur
        elif advies and advies.soort == soort and advies.duur is not None:
            waarde = advies.duur
        elif advies and advies.vervolg and advies.vervolg.soort == soort and not advies.vervolg.duur_bepalen:
            waarde = advies.vervolg.duur or Duur.onbepaalde_tijd()
        elif soort_def.standaard_duur is not None:
            waarde = Duur.uit_waarde(soort_def.standaard_duur)
        else:
            raise InvoerFout(
                f"«duur» is verplicht voor {soort_def.label}: {wie_bepaalt_duur(profiel, incident)}. "
                "Geef een aantal maanden of 'onbepaald', bijvoorbeeld «duur» 3."
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
        # Het zwaarste lopende verbod, zoals overtreding() het kiest (3.1): de brief noemt dat verbod en zijn einde,
        # niet het eerste dat gevonden werd.
        verbod = (
            ov.verbod
            if ov is not None and any(m is ov.verbod for m in lopend)
            else max(lopend, key=lambda m: zwaarste_sleutel(profiel, m))
        )
    einde = waarde.einde(ingang) if waarde is not None and ingang else None
    # De termijn van een week geldt voor het meedelen van de maatregel: de eerste. Een vervolgbrief (de bevestiging
    # van een ordegesprek) komt later, en dat is goed.
    eerste = not any(
        heeft_brief(m, profiel) and not is_naast_advies(m, profiel) for m in register.maatregelen_van_incident(nummer)
    )
    termijn = advies.uiterlijk if advies and eerste and not soort_def.naast_advies else None
    na = na_voornemen(profiel, incident) if termijn is not None else None
    if termijn is not None and na is not None:  # 3.4, horen vooraf: de week begint na de reactie of de reactietermijn
        termijn = max(termijn, na[2])
    # Een soort die naast het advies komt (aansprakelijkstelling, 2.6) is geen afwijking, zoals aangifte.
    afwijking = wijkt_af(soort, waarde, advies, profiel) and not soort_def.naast_advies
    return Besluit(incident, soort, datum, ingang, waarde, einde, advies, afwijking, verbod, termijn, ov, gesch)


def _controleer_datums(incident: IncidentRij, datum: date, ingang: date | None) -> None:
    """Een besluit of brief van vóór het incident kan niet; een ingang tussen incident en brief wel (een verbod dat
    aan de balie is overhandigd, gaat die dag in)."""
    gebeurd = incident.get("datum")
    if gebeurd is None:
        return
    if datum < gebeurd:
        raise InvoerFout(
            f"«datum»: {kort(datum)} ligt vóór het incident {incident['incident']} van {kort(gebeurd)}. Er is niets vastgelegd."
        )
    if ingang is not None and ingang < gebeurd:
        raise InvoerFout(
            f"«ingang»: {kort(ingang)} ligt vóór het incident {incident['incident']} van {kort(gebeurd)}. Er is niets vastgelegd."
        )


def leg_vast(
    register: Register,
    profiel: Profiel,
    b: Besluit,
    bestand: str | None = None,
    toelichting: str | None = None,
    overtreding: str | None = None,
    extra: MaatregelRij | None = None,
) -> MaatregelRij:
    soort_def = profiel.soort(b.soort)
    toelichting = vereis_toelichting(b, toelichting)
    maatregel = MaatregelRij(
        maatregel=register.nieuw_maatregelnummer(),
        incident=b.incident["incident"],
        persoon=b.incident["persoon"],
        soort=b.soort,
        label=soort_def.label,
        datum=b.datum,
        ingang=b.ingang,
        duur=b.duur,
        einde=b.einde,
        aangifte=bool(b.advies and b.advies.aangifte) if not soort_def.aangifte else True,
        bestand=bestand,
        advies=_advies_tekst(b.advies) if b.advies else None,
        afwijking=b.afwijking,
        overtreding=overtreding,
        toelichting=toelichting,
        status="geldig",
    )
    zet(maatregel, "geregistreerd", nu())  # geen kolom van het blad Maatregelen: alleen in het geheugen
    maatregel.update(extra or {})  # bijvoorbeeld het ordegesprek: datum, tijd, locatie, aanwezigen, afspraken
    register.voeg_maatregel_toe(maatregel)
    if soort_def.is_verbod:
        vervang_lopende(register, profiel, maatregel)  # 3.1: nooit twee lopende verboden naast elkaar
    ververs(register, b.incident, profiel)
    register.log("brief" if bestand else "maatregel", f"{maatregel['maatregel']} {maatregel['incident']}")
    return maatregel


def _advies_tekst(advies: Advies) -> str:
    if advies.soort:
        return advies.soort
    if advies.keuze:
        return "keuze: " + " of ".join(advies.keuze)
    return "geen brief (hulpinstantie)"


def vereis_toelichting(b: Besluit, toelichting: str | None) -> str | None:
    """Elke afwijking van het advies heeft een reden nodig (Rb. Oost-Brabant 2018, ECLI:NL:RBOBR:2018:540: een
    maatregel die zonder reden afwijkt van het eigen model van de gemeente houdt geen stand)."""
    toelichting = (toelichting or "").strip() or None
    if toelichting:
        return controleer_tekst("«toelichting»", toelichting)
    if b.advies is not None and b.advies.keuze:
        raise InvoerFout(
            f"Het protocol beslist hier niet ({' of '.join(b.advies.keuze)}); geef de reden van uw keuze met "
            '«toelichting» "...". Er is niets vastgelegd.'
        )
    if b.afwijking:
        raise InvoerFout(
            afwijking_tekst(b)
            + ' Geef de reden met «toelichting» "...": een maatregel die zonder reden afwijkt van het '
            "eigen model van de gemeente houdt bij de rechter geen stand. Er is niets vastgelegd."
        )
    return None


def afwijking_tekst(b: Besluit) -> str:
    """'Let op: toegangsverbod (6 maanden) wijkt af van het protocol (advies: toegangsverbod, 3 maanden).'"""
    if not b.afwijking or b.advies is None:
        return ""
    gekozen = b.soort + (f", {b.duur.tekst()}" if b.duur else "")
    advies = _advies_tekst(b.advies)
    if b.advies.soort and b.advies.periode and b.advies.duur and not b.advies.duur_bepalen:
        advies += f", {b.advies.duur.tekst()}"
    return f"Let op: {gekozen} wijkt af van het protocol (advies: {advies})."


def te_laat_tekst(b: Besluit) -> str:
    if not b.te_laat or b.termijn is None:
        return ""
    return (
        f"Let op: de maatregel had uiterlijk {kort(b.termijn)} meegedeeld moeten worden (de termijn van het protocol); "
        f"deze is van {kort(b.datum)}."
    )
