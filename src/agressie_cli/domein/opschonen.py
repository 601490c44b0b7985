"""Bewaartermijn (AVG): persoonsgegevens anonimiseren van wie lang geen incident meer had en geen lopend verbod heeft.
Het persoonnummer en alle tellingen blijven, zodat kwartaalcijfers voor en na gelijk zijn."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache
from pathlib import Path

from agressie_cli.domein import velden
from agressie_cli.domein.datums import plus_maanden
from agressie_cli.domein.profiel import Profiel
from agressie_cli.domein.register import Register
from agressie_cli.domein.rijen import IncidentRij, Rij, kolom, zet, zet_alle
from agressie_cli.domein.velden import Veld

# doorsturen (met advies), rapportage en verboden pas in de functie die ze nodig heeft: elke schrijfactie laadt deze
# module voor het opruimen van verlaten brieven, en die hoeft de rest niet (3.2, snel starten).

RAPPORT_MET_NAMEN = "rapport met namen"  # de actie in het logboek, zodat opschonen zulke rapporten kan noemen


@dataclass(frozen=True)
class Persoonsgegevens:
    """Wat opschonen op één blad leegmaakt, afgeleid uit de veldtabel (Veld.persoonsgegeven in velden.py): een kolom
    die als één Veld-regel met persoonsgegeven=True bijkomt, wordt zo vanzelf geanonimiseerd (3.2)."""

    geen: dict[str, None]  # wordt None (in één keer met dict.update, snel bij veel rijen)
    lijsten: tuple[str, ...]  # wordt een lege lijst
    alleen_feit: tuple[str, ...]  # de beschrijving wordt "ja" of "nee" (schade: het feit telt mee in de cijfers)


@cache
def persoonsgegevens(tabel: tuple[Veld, ...]) -> Persoonsgegevens:
    """Eén keer per veldtabel uitgerekend, niet per rij."""
    leeg = [v for v in tabel if v.persoonsgegeven and not v.alleen_feit]
    return Persoonsgegevens(
        dict.fromkeys(v.sleutel for v in leeg if v.type != "lijst"),
        tuple(v.sleutel for v in leeg if v.type == "lijst"),
        tuple(v.sleutel for v in tabel if v.persoonsgegeven and v.alleen_feit),
    )


def _maak_leeg(rij: Rij, gegevens: Persoonsgegevens) -> None:
    from agressie_cli.domein.rapportage import heeft_schade

    zet_alle(rij, gegevens.geen)
    for sleutel in gegevens.lijsten:
        zet(rij, sleutel, [])  # elke rij een eigen lege lijst
    # de beschrijving gaat weg, het feit dat er schade was blijft (voor de cijfers)
    for sleutel in gegevens.alleen_feit:
        if (waarde := kolom(rij, sleutel)) not in (None, ""):
            zet(rij, sleutel, "ja" if heeft_schade(waarde) else "nee")


@dataclass
class Kandidaat:
    persoon: str | None
    naam: str
    laatste_incident: date | None
    incidenten: int


def bewaren_tot(profiel: Profiel, incidenten: list[IncidentRij], bewaartermijn_jaren: int) -> date | None:
    """Tot wanneer de gegevens van een persoon blijven (3.4 bewaren naar ernst): per incident de termijn van zijn
    klasse (profiel: bewaren_jaren; anders bewaartermijn_jaren, standaard vijf jaar), de laatste telt. Zonder eigen
    termijnen is dat de regel van altijd: vijf jaar na het laatste incident. Een lopend verbod houdt alles vast
    (kandidaten); None: geen incident met een datum."""
    einden = [
        plus_maanden(gebeurd, 12 * profiel.bewaren_jaren(kolom(i, profiel.classificatie), bewaartermijn_jaren))
        for i in incidenten
        if (gebeurd := i.get("datum")) is not None
    ]
    return max(einden) if einden else None


def kandidaten(register: Register, profiel: Profiel, peildatum: date, bewaartermijn_jaren: int) -> list[Kandidaat]:
    from agressie_cli.domein.verboden import van_persoon

    uitkomst = []
    for persoon in register.personen:
        if persoon.get("geanonimiseerd") or persoon.get("samengevoegd_in"):
            continue  # al leeg: geanonimiseerd, of opgegaan in een ander (die zelf zijn termijn heeft)
        nummer = persoon.get("persoon")
        incidenten = register.incidenten_van(nummer)
        data = [gebeurd for i in incidenten if (gebeurd := i.get("datum")) is not None]
        laatste = max(data) if data else None
        tot = bewaren_tot(profiel, incidenten, bewaartermijn_jaren)
        if tot is not None and tot > peildatum:
            continue
        if van_persoon(register, profiel, nummer, peildatum):
            continue  # nooit zolang er een verbod loopt
        uitkomst.append(Kandidaat(nummer, str(persoon.get("naam") or ""), laatste, len(incidenten)))
    return uitkomst


def brief_in_map(briefmap: Path, bestand: object) -> Path | None:
    """Alleen een kale bestandsnaam in de map met brieven. De kolom Brief is met de hand te wijzigen: met
    '../agressie.toml' of een volledig pad erin zou opschonen anders elk bestand kunnen verwijderen (2.5)."""
    naam = str(bestand or "").strip()
    if not naam or naam in (".", "..") or any(teken in naam for teken in "/\\:") or naam.startswith("."):
        return None
    if Path(naam).suffix.lower() not in (".docx", ".pdf"):
        return None
    return briefmap / naam


_BRIEFNAAM = re.compile(r"^\d{4}-\d{4,}-.+\.(docx|pdf)$", re.IGNORECASE)
# Een brief die half geschreven werd (gedood tijdens het vullen): het tijdelijke bestand van het schrijven in één stap
# (bestanden.tijdelijk_naast), '.2026-0001-waarschuwing-Jansen.nieuw-1a2b3c4d.docx-5e6f7a8b.tmp'.
_HALVE_BRIEF = re.compile(r"^\.\d{4}-\d{4,}-.+\.(docx|pdf)-[0-9a-f]{8}\.tmp$", re.IGNORECASE)
# Een nieuwe brief waarvan de maatregel vastligt, nog onder zijn tijdelijke naam (zie naam_onderweg).
_ONDERWEG = re.compile(r"^(?P<stam>.+)\.nieuw-(?P<maatregel>M\d+)(?P<soort>\.docx)$", re.IGNORECASE)


def naam_onderweg(doel: Path, maatregel: str) -> Path:
    """De naam van een nieuwe brief tussen het vastleggen van zijn maatregel en het plaatsen onder zijn eigen naam:
    '2026-0001-waarschuwing-Jansen.nieuw-M00012.docx'. Wordt `brief` precies daartussen gestopt (het register is al
    bewaard), dan weet de volgende `brief` of `opschonen` aan het nummer dat deze brief bij M00012 hoort (onderweg)."""
    return doel.with_name(f"{doel.stem}.nieuw-{maatregel}{doel.suffix}")


def onderweg(register: Register, map_pad: Path, briefmap: Path) -> list[tuple[Path, Path]]:
    """(tijdelijk, eigen naam) van de brieven in `map_pad` waarvan de maatregel vastligt en nog geldt, maar die nog
    onder hun tijdelijke naam staan: `brief` werd gestopt tussen het bewaren van het register en het plaatsen (2.5)."""
    if not map_pad.is_dir():
        return []
    per_nummer = {str(m.get("maatregel")): m for m in register.maatregelen}
    uitkomst = []
    for pad in sorted(map_pad.iterdir()):
        passend = _ONDERWEG.match(pad.name)
        if not passend or not pad.is_file():
            continue
        m = per_nummer.get(passend["maatregel"].upper())
        if m is None or m.get("status") not in (None, "", "geldig"):
            continue
        bestand = str(m.get("bestand") or "")
        hoort_in = Path(str(m["map"])) if m.get("map") else briefmap
        if bestand.lower() == f"{passend['stam']}{passend['soort']}".lower() and (
            hoort_in.absolute() == map_pad.absolute()
        ):
            uitkomst.append((pad, map_pad / bestand))
    return uitkomst


def brieven_zonder_maatregel(register: Register, briefmap: Path) -> list[Path]:
    """Brieven in de briefmap die geen maatregel noemt: achtergebleven van een `brief` die werd afgebroken voordat
    het register bewaard was (2.5). Nooit een besluit geworden, wel persoonsgegevens. Alleen bestanden met de naam
    die agressie geeft (2026-0001-soort-Naam.docx), ook half geschreven; alles wat de gemeente er zelf neerzet,
    blijft. Een brief die onderweg is naar zijn eigen naam (zie onderweg) hoort wel bij een maatregel."""
    if not briefmap.is_dir():
        return []
    genoemd = {Path(str(m["bestand"])).stem.lower() for m in register.maatregelen if m.get("bestand")}
    genoemd |= {Path(str(b)).stem.lower() for b in _brieven_na_de_brief(register)}  # 3.4: voornemen, herziening
    genoemd |= {Path(str(b)).stem.lower() for p in register.personen for b in p.get("inzagebrief") or [] if b}
    bij_maatregel = {tijdelijk for tijdelijk, _ in onderweg(register, briefmap, briefmap)}
    return sorted(
        pad
        for pad in briefmap.iterdir()
        if pad.is_file()
        and pad not in bij_maatregel
        and (_HALVE_BRIEF.match(pad.name) or (_BRIEFNAAM.match(pad.name) and pad.stem.lower() not in genoemd))
    )


def _brieven_na_de_brief(register: Register, rijen: Sequence[Rij] | None = None) -> list[str]:
    """De brieven voornemen (kolom Brief voornemen van het incident) en herziening (kolom Brieven herziening van de
    maatregel), 3.4; `rijen`: alleen van deze incidenten en maatregelen."""
    uitkomst = []
    alle: Sequence[Rij] = [*register.incidenten, *register.maatregelen] if rijen is None else rijen
    for rij in alle:
        if brief := kolom(rij, "voornemensbrief"):
            uitkomst.append(str(brief))
        herzieningen = kolom(rij, "herzieningsbrief")
        uitkomst += [str(b) for b in herzieningen if b] if isinstance(herzieningen, list) else []
    return uitkomst


@dataclass
class Opgeschoond:
    """Wat opschonen niet zelf weghaalt en de coördinator moet weten (alleen de eigen mappen van agressie zijn van
    agressie, zie brief_in_map). Wat wel weg moet, zegt bestanden_van_geanonimiseerden(): pas na het bewaren."""

    elders: list[Path] = field(default_factory=list)  # brieven die met --uit buiten de briefmap zijn gemaakt
    concepten_elders: list[Path] = field(default_factory=list)  # e-mails van doorsturen --uit buiten uitgaand/


def anonimiseer(register: Register, nummers: list[str], briefmap: Path, peildatum: date) -> Opgeschoond:
    """Maakt de personen onherkenbaar in `register`; verwijdert zelf niets (3.3 punt 5). Hun brieven en e-mailconcepten
    gaan pas weg als het geanonimiseerde register bewaard is (bestanden_van_geanonimiseerden en verwijder): een
    afgebroken of mislukte schrijfactie laat zo nooit personen in het register achter van wie de brieven al weg zijn.
    Een brief of concept dat met --uit elders is gemaakt, wordt genoemd, zodat de coördinator hem zelf weghaalt."""
    from agressie_cli.domein.doorsturen import AAN

    uitkomst = Opgeschoond()
    # velden.INCIDENT (en niet een geïmporteerde naam): de tabel zoals hij nu is, ook in een test die een veld toevoegt.
    incidentvelden, persoonsvelden, maatregelvelden = (
        persoonsgegevens(tabel) for tabel in (velden.INCIDENT, velden.PERSOON, velden.MAATREGEL)
    )
    for persoon in register.personen:
        if persoon.get("persoon") not in nummers:
            continue
        _maak_leeg(persoon, persoonsvelden)
        persoon["geanonimiseerd"] = peildatum
        register.namen_gewijzigd()
        register.log("opschonen", str(persoon["persoon"]))
    for incident in register.incidenten:
        if incident.get("persoon") not in nummers:
            continue
        for map_ in incident.get("concept_map") or []:  # met --uit elders: niet verwijderen, wel noemen
            for aan in AAN:
                elders = Path(str(map_)) / f"{incident['incident']}-{aan}.eml"
                if elders.is_file():
                    uitkomst.concepten_elders.append(elders)
        _maak_leeg(incident, incidentvelden)  # ook concept_map: de mappen zijn hierboven al genoemd
    for maatregel in register.maatregelen:
        if maatregel.get("persoon") not in nummers:
            continue
        brief = brief_in_map(briefmap, maatregel.get("bestand"))
        if brief is not None and maatregel.get("map"):
            elders = Path(str(maatregel["map"])) / brief.name
            uitkomst.elders += [p for p in (elders, elders.with_suffix(".pdf")) if p.is_file()]
        _maak_leeg(maatregel, maatregelvelden)
    return uitkomst


@dataclass(frozen=True)
class Bestanden:
    """Brieven (briefmap) en e-mailconcepten (uitgaand/) van geanonimiseerde personen die nog op schijf staan."""

    brieven: tuple[Path, ...] = ()
    concepten: tuple[Path, ...] = ()
    bewijs: tuple[Path, ...] = ()  # bewijs/<incident>/ (agressie bewijs, 3.4)


# Het incident vooraan de naam van een brief of concept van agressie, ook als half geschreven bestand ('.2026-0001-').
_INCIDENT_VOORAAN = re.compile(r"^\.?(?P<incident>\d{4}-\d+)-")
_CONCEPT = re.compile(r"^\.?(?P<naam>\d{4}-\d+-[a-z]+\.eml)(?:-[0-9a-f]{8}\.tmp)?$")


def _namen(map_pad: Path | None, *patronen: re.Pattern[str]) -> list[str]:
    """De namen van de bestanden in de map die op een van de patronen passen, gesorteerd. Eerst op de naam, dan pas
    kijken of het een bestand is: een briefmap met duizenden brieven kost zo geen stat per brief bij elke schrijfactie."""
    if map_pad is None or not map_pad.is_dir():
        return []
    namen = [p.name for p in map_pad.iterdir() if any(patroon.match(p.name) for patroon in patronen)]
    return sorted(naam for naam in namen if (map_pad / naam).is_file())


def bestanden_van_geanonimiseerden(
    register: Register, briefmap: Path, uitgaandmap: Path | None, bewijsmap: Path | None = None
) -> Bestanden:
    """De brieven en e-mailconcepten van de incidenten van geanonimiseerde personen die nog in de eigen mappen van
    agressie staan, op het incidentnummer vooraan hun naam (de kolom Brief is na het anonimiseren leeg). Na een
    `opschonen` dat werd afgebroken tussen het bewaren en het verwijderen, vindt de volgende `opschonen --uitvoeren`
    ze zo alsnog (3.3 punt 5). Ook half geschreven brieven en concepten (.tmp) en brieven onder hun tijdelijke naam.
    Elke map wordt één keer gelezen (registers met tienduizenden incidenten op een netwerkschijf)."""
    from agressie_cli.domein.doorsturen import AAN

    weg = {str(p.get("persoon")) for p in register.personen if p.get("geanonimiseerd")}
    incidenten = [str(i.get("incident")) for i in register.incidenten if i.get("persoon") in weg]
    if not incidenten:
        return Bestanden()
    brieven: dict[str, list[Path]] = {}
    for naam in _namen(briefmap, _BRIEFNAAM, _HALVE_BRIEF):
        passend = _INCIDENT_VOORAAN.match(naam)
        if passend:
            brieven.setdefault(passend["incident"], []).append(briefmap / naam)
    concepten: dict[str, list[Path]] = {}
    for naam in _namen(uitgaandmap, _CONCEPT):
        passend = _CONCEPT.match(naam)
        if passend and uitgaandmap is not None:
            # eerst het concept, dan zijn half geschreven versies (.2026-0001-aov.eml-1a2b3c4d.tmp)
            concepten.setdefault(passend["naam"], []).append(uitgaandmap / naam)
    per_concept = {
        naam: sorted(paden, key=lambda p: (p.name.startswith("."), p.name)) for naam, paden in concepten.items()
    }
    bewijs: list[Path] = []
    if bewijsmap is not None and bewijsmap.is_dir():
        # Het bewijs (3.4) van de incidenten van geanonimiseerde personen: elk bestand in bewijs/<incident>/, ook een
        # half geschreven (.tmp). Alleen gewone bestanden, nooit een koppeling volgen.
        for nummer in dict.fromkeys(incidenten):
            incidentmap = bewijsmap / nummer
            if incidentmap.is_dir() and not incidentmap.is_symlink():
                bewijs += sorted(p for p in incidentmap.iterdir() if p.is_file() or p.is_symlink())
    return Bestanden(
        tuple(p for nummer in dict.fromkeys(incidenten) for p in brieven.get(nummer, [])),
        tuple(
            p for nummer in dict.fromkeys(incidenten) for aan in AAN for p in per_concept.get(f"{nummer}-{aan}.eml", [])
        ),
        tuple(bewijs),
    )


def verwijder(paden: Iterable[Path]) -> tuple[list[Path], list[Path]]:
    """(verwijderd, niet verwijderd): een bestand dat open staat in Word blijft staan en wordt genoemd; de volgende
    `opschonen --uitvoeren` probeert het opnieuw. Een bestand dat al weg is, telt niet mee."""
    verwijderd, niet = [], []
    for pad in paden:
        try:
            pad.unlink()
        except FileNotFoundError:
            continue
        except OSError:
            niet.append(pad)
            continue
        verwijderd.append(pad)
    return verwijderd, niet


# Een brief die een gestopte `brief` half maakte, onder zijn tijdelijke naam zonder maatregelnummer (zie
# documenten/brieven/maken.py tijdelijke_naam): '2026-0001-waarschuwing-Jansen.nieuw-1a2b3c4d.docx'.
_TIJDELIJKE_BRIEF = re.compile(r"^\d{4}-\d{4,}-.+\.nieuw-[0-9a-f]{8}\.(docx|pdf)$", re.IGNORECASE)
_HALF_CONCEPT = re.compile(r"^\.\d{4}-\d+-[a-z]+\.eml-[0-9a-f]{8}\.tmp$")
# Zo lang mag een brief onder zijn tijdelijke naam staan voor hij als verlaten geldt. Een `brief` vult zijn brieven
# (ook --alle-open) en legt ze daarna onder het slot vast: wat jonger is, kan van een collega zijn die nu bezig is.
VERLATEN_NA = timedelta(hours=1)


def verlaten_brieven(mappen: Iterable[Path], nu: datetime, na: timedelta = VERLATEN_NA) -> list[Path]:
    """Half gemaakte brieven en e-mailconcepten van een gestopte `brief` of `doorsturen` (tijdelijke naam, achternaam
    erin, persoonsgegevens erin) die ouder zijn dan `na` (3.3 punt 13). Een brief die onderweg is naar zijn eigen naam
    ('.nieuw-M00012', zijn maatregel ligt vast) is geen verlaten brief: die zet rond_af op zijn plaats."""
    uitkomst = []
    for map_pad in dict.fromkeys(mappen):
        for naam in _namen(map_pad, _HALVE_BRIEF, _TIJDELIJKE_BRIEF, _HALF_CONCEPT):
            pad = map_pad / naam
            try:
                gewijzigd = datetime.fromtimestamp(pad.stat().st_mtime)
            except OSError:
                continue
            if nu - gewijzigd >= na:
                uitkomst.append(pad)
    return uitkomst
