"""Het ordegesprek na de uitnodiging (3.4; Geertruidenberg 6.3): is het gehouden, of verscheen de persoon niet?

6.3: "De klant wordt schriftelijk uitgenodigd voor een ordegesprek. [...] Als een klant n.a.v. het ordegesprek zijn
gedrag niet aanpast, worden verdergaande maatregelen getroffen." De uitnodiging (bijlage 5) noemt het "een
niet-vrijblijvend gesprek": wie niet verschijnt, krijgt de volgende stap, zoals wie zijn gedrag niet aanpast. Welke
stap dat is, zegt het profiel: [na_ordegesprek.niet_verschenen] (soort, duur, regel, uitleg).

Vastgelegd bij de uitnodiging (blad Maatregelen): 'Gesprek gehouden op' (`gehouden`) of 'Niet verschenen op'
(`niet_verschenen`). Gehouden is het ook als de bevestiging (bijlage 6) is vastgelegd. Na de dag van het gesprek staat
een uitnodiging zonder een van die twee op agressie termijnen."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from agressie_cli.domein.duur import Duur
from agressie_cli.domein.fouten import InvoerFout
from agressie_cli.domein.nederlands import voluit
from agressie_cli.domein.profiel import Profiel
from agressie_cli.domein.register import Register
from agressie_cli.domein.rijen import IncidentRij, MaatregelRij, zet
from agressie_cli.domein.verboden import telt

UITKOMSTEN = ("gehouden", "niet-verschenen")
VELD = {"gehouden": "gehouden", "niet-verschenen": "niet_verschenen"}


@dataclass(frozen=True)
class Volgende:
    """De volgende stap na een ordegesprek waarop de persoon niet verscheen ([na_ordegesprek.niet_verschenen])."""

    soort: str
    label: str
    duur: Duur | None
    regel: str
    uitleg: str

    @property
    def tekst(self) -> str:
        """'Ontzegging gemeentehuis (3 maanden)': de stap zoals termijnen en de uitvoer hem noemen."""
        if self.duur is None:
            return self.label
        return f"{self.label} ({self.duur.tekst()})"


@dataclass(frozen=True)
class Gesprek:
    """De uitnodiging van een incident en wat er van het gesprek is vastgelegd."""

    uitnodiging: MaatregelRij
    incident: str
    persoon: str | None
    gesprek_datum: date | None
    gehouden: date | None  # de datum van 'gehouden', of van de bevestiging
    niet_verschenen: date | None

    @property
    def open(self) -> bool:
        return self.gehouden is None and self.niet_verschenen is None


def volgende_stap(profiel: Profiel) -> Volgende | None:
    """De stap na een ordegesprek waarop de persoon niet verscheen; None als het profiel hem niet kent."""
    regel = profiel.deel("na_ordegesprek").get("niet_verschenen")
    if not isinstance(regel, dict) or regel.get("soort") not in profiel.soorten:
        return None
    soort = profiel.soorten[regel["soort"]]
    return Volgende(
        soort=soort.sleutel,
        label=soort.label,
        duur=Duur.uit_waarde(regel.get("duur")) if soort.periode else None,
        regel=str(regel.get("regel") or "niet verschenen op het ordegesprek"),
        uitleg=str(regel.get("uitleg") or ""),
    )


def uitnodiging_soort(profiel: Profiel) -> str | None:
    """De soort van de uitnodiging voor een ordegesprek; None: het profiel kent geen ordegesprek (Losser)."""
    genoemd = str(profiel.deel("na_ordegesprek").get("uitnodiging") or "")
    if profiel.is_soort(genoemd, "uitnodiging"):
        return genoemd
    return next((s.sleutel for s in profiel.soorten.values() if s.uitnodiging), None)


def gesprek_van(register: Register, profiel: Profiel, m: MaatregelRij) -> Gesprek:
    """Wat er van het gesprek van deze uitnodiging is vastgelegd: gehouden (ook: een bevestiging bij hetzelfde
    incident) of niet verschenen."""
    nummer = str(m.get("incident") or "")
    bevestigd = [
        b.get("datum") or m.get("gesprek_datum")
        for b in register.maatregelen_van_incident(nummer)
        if profiel.is_soort(b.get("soort"), "bevestiging") and telt(b)
    ]
    gehouden = m.get("gehouden") or (bevestigd[0] if bevestigd else None)
    return Gesprek(m, nummer, m.get("persoon"), m.get("gesprek_datum"), gehouden, m.get("niet_verschenen"))


def gesprekken(register: Register, profiel: Profiel) -> list[Gesprek]:
    """Elke uitnodiging die telt (niet ingetrokken of vervangen), met wat er van het gesprek is vastgelegd."""
    return [
        gesprek_van(register, profiel, m)
        for m in register.maatregelen
        if profiel.is_soort(m.get("soort"), "uitnodiging") and telt(m)
    ]


def niet_verschenen_bij(register: Register, profiel: Profiel, incident: IncidentRij) -> Gesprek | None:
    """Het ordegesprek van dit incident waarop de persoon niet verscheen, als dat is vastgelegd."""
    for m in register.maatregelen_van_incident(str(incident.get("incident") or "")):
        if profiel.is_soort(m.get("soort"), "uitnodiging") and telt(m) and m.get("niet_verschenen"):
            return gesprek_van(register, profiel, m)
    return None


def leg_vast(
    register: Register, profiel: Profiel, incident: IncidentRij, uitkomst: str, datum: date | None, vandaag: date
) -> Gesprek:
    """Legt bij de uitnodiging van het incident vast dat het gesprek gehouden is of dat de persoon niet verscheen.
    `datum`: de dag van het gesprek (standaard de datum uit de uitnodiging)."""
    if uitkomst not in UITKOMSTEN:
        raise InvoerFout(f"«uitkomst»: '{uitkomst}' kan niet. Kies uit: {', '.join(UITKOMSTEN)}.")
    nummer = str(incident["incident"])
    soort = uitnodiging_soort(profiel)
    if soort is None:
        raise InvoerFout(
            f"Het profiel {profiel.naam} kent geen ordegesprek (geen soort met gesprek = true): er is niets vast te "
            "leggen. Er is niets vastgelegd."
        )
    uitnodigingen = [
        m for m in register.maatregelen_van_incident(nummer) if profiel.is_soort(m.get("soort"), "uitnodiging")
    ]
    geldig = [m for m in uitnodigingen if telt(m)]
    if not geldig:
        waarom = " (die is ingetrokken of vervangen)" if uitnodigingen else ""
        raise InvoerFout(
            f"Bij incident {nummer} is geen uitnodiging voor een ordegesprek vastgelegd{waarom}. Nodig eerst uit: "
            f"agressie brief {nummer} --soort {soort} --gesprek-datum DATUM. Er is niets vastgelegd."
        )
    m = geldig[-1]
    gesprek = gesprek_van(register, profiel, m)
    if not gesprek.open:
        al = (
            f"niet verschenen op {voluit(gesprek.niet_verschenen)}"
            if gesprek.niet_verschenen
            else f"gehouden ({voluit(gesprek.gehouden)})"
            if gesprek.gehouden
            else ""
        )
        raise InvoerFout(
            f"Van het ordegesprek bij incident {nummer} ({m.get('maatregel')}) is al vastgelegd: {al}. Er is niets "
            "vastgelegd."
        )
    datum = datum or gesprek.gesprek_datum
    if datum is None:
        raise InvoerFout(
            f"De uitnodiging {m.get('maatregel')} noemt geen datum van het gesprek: geef de dag van het gesprek met "
            "«datum». Er is niets vastgelegd."
        )
    uitgenodigd = m.get("datum")
    if uitgenodigd is not None and datum < uitgenodigd:
        raise InvoerFout(
            f"«datum»: het gesprek kan niet vóór de uitnodiging ({voluit(uitgenodigd)}) zijn. Er is niets vastgelegd."
        )
    if datum > vandaag:
        raise InvoerFout(
            f"«datum»: {voluit(datum)} ligt in de toekomst; leg vast wat er gebeurd is, na het gesprek. Er is niets "
            "vastgelegd."
        )
    zet(m, VELD[uitkomst], datum)
    register.log(f"ordegesprek {uitkomst}", str(m.get("maatregel") or nummer))
    return gesprek_van(register, profiel, m)
