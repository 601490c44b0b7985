"""Bewijs bij een incident (3.4; Geertruidenberg 8: "Wanneer iemand schade heeft aangericht ... moet het bewijs daarvan
goed worden vastgelegd. Zo kunnen er foto's gemaakt worden van wat er vernield is en daarnaast getuigenverklaringen
worden opgesteld."). De bestanden staan in bewijs/<incident>/ naast het register (documenten/bewijs.py kopieert
ze); het register houdt per bestand de naam en de SHA-256 bij (kolom Bewijs, een regel "naam sha256:<hex>"), zodat
later te zien is dat het bestand niet veranderd is. Hier de regels: welke soorten, hoe groot, welke naam."""

from __future__ import annotations

import re
from dataclasses import dataclass

from agressie_cli.domein.fouten import InvoerFout
from agressie_cli.domein.register import Register
from agressie_cli.domein.rijen import IncidentRij, PersoonRij

MAP = "bewijs"  # naast het register: <map>/bewijs/<incident>/
# De soorten bewijs van het issue: de scheldende e-mail, foto's, getuigenverklaringen (ook gescand of als tekst).
SOORTEN = (".pdf", ".jpg", ".jpeg", ".png", ".heic", ".eml", ".msg", ".txt", ".docx", ".mp3", ".m4a", ".mp4")
MAX_MB = 25  # per bestand; een telefoonvideo van een paar minuten past, een hele schijfkopie niet
MAX_BESTANDEN = 50  # per incident
_HASH = re.compile(r"^(?P<naam>.+) sha256:(?P<hash>[0-9a-f]{64})$")
_VEILIG = re.compile(r"[^A-Za-z0-9._ -]+")


@dataclass(frozen=True)
class Bewijsstuk:
    naam: str  # de naam in bewijs/<incident>/
    sha256: str

    @property
    def regel(self) -> str:
        return f"{self.naam} sha256:{self.sha256}"


def bewijs_van(incident: IncidentRij) -> list[Bewijsstuk]:
    uitkomst = []
    for regel in incident.get("bewijs") or []:
        m = _HASH.match(str(regel).strip())
        if m:
            uitkomst.append(Bewijsstuk(m["naam"], m["hash"]))
    return uitkomst


def veilige_naam(naam: str) -> str:
    """De naam van het bestand zonder map, zonder tekens die op een schijf of in een pad iets betekenen, nooit
    verborgen (geen punt vooraan), hoogstens 80 tekens met de extensie erbij."""
    basis = re.split(r"[\\/]", naam)[-1]
    stam, punt, ext = basis.rpartition(".")
    if not punt:
        stam, ext = basis, ""
    stam = _VEILIG.sub("_", stam).strip(" ._") or "bewijs"
    ext = _VEILIG.sub("", ext).lower()
    return f"{stam[:70]}.{ext}" if ext else stam[:70]


def controleer(naam: str, grootte: int) -> None:
    """Soort en grootte; de naam in de melding is de naam van het bestand (geen persoonsgegeven van de persoon)."""
    ext = "." + naam.rpartition(".")[2].lower() if "." in naam else ""
    if ext not in SOORTEN:
        raise InvoerFout(
            f"Het bestand {naam} is geen soort bewijs die agressie bewaart. Toegestaan: {', '.join(SOORTEN)}. "
            "Er is niets vastgelegd."
        )
    if grootte > MAX_MB * 1024 * 1024:
        raise InvoerFout(f"Het bestand {naam} is groter dan {MAX_MB} MB. Er is niets vastgelegd.")
    if grootte == 0:
        raise InvoerFout(f"Het bestand {naam} is leeg. Er is niets vastgelegd.")


def kies_naam(gewenst: str, bezet: set[str]) -> str:
    """`gewenst`, of met -2, -3 erachter als die naam al bij het incident staat."""
    if gewenst.lower() not in {b.lower() for b in bezet}:
        return gewenst
    stam, punt, ext = gewenst.rpartition(".")
    if not punt:
        stam, ext = gewenst, ""
    for i in range(2, MAX_BESTANDEN + 2):
        kandidaat = f"{stam}-{i}.{ext}" if ext else f"{stam}-{i}"
        if kandidaat.lower() not in {b.lower() for b in bezet}:
            return kandidaat
    raise InvoerFout(f"Te veel bestanden met de naam {gewenst}. Er is niets vastgelegd.")


def leg_bewijs_vast(register: Register, incident: IncidentRij, stukken: list[Bewijsstuk]) -> list[Bewijsstuk]:
    """Voegt de stukken toe aan het incident; een bestand dat er al is (dezelfde SHA-256) wordt geweigerd."""
    nummer = str(incident.get("incident"))
    bestaand = bewijs_van(incident)
    hashes = {b.sha256: b.naam for b in bestaand}
    for s in stukken:
        if s.sha256 in hashes:
            raise InvoerFout(
                f"Dit bestand staat al als bewijs bij incident {nummer} ({hashes[s.sha256]}). Er is niets vastgelegd."
            )
        hashes[s.sha256] = s.naam
    if len(bestaand) + len(stukken) > MAX_BESTANDEN:
        raise InvoerFout(f"Hoogstens {MAX_BESTANDEN} bestanden per incident. Er is niets vastgelegd.")
    incident["bewijs"] = [*(b.regel for b in bestaand), *(s.regel for s in stukken)]
    register.log("bewijs", nummer)
    return [*bestaand, *stukken]


def controleer_incident(incident: IncidentRij, persoon: PersoonRij | None) -> None:
    nummer = incident.get("incident")
    if incident.get("status") == "vervallen":
        raise InvoerFout(f"Incident {nummer} is ingetrokken (vervallen); er valt geen bewijs bij te bewaren.")
    if (persoon or {}).get("geanonimiseerd"):
        raise InvoerFout(
            f"Incident {nummer} hoort bij een geanonimiseerde persoon (bewaartermijn); er valt geen bewijs bij te bewaren."
        )
