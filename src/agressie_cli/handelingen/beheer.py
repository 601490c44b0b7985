"""Beheer: een register aanmaken (init), een reservekopie terugzetten (herstel), de bewaartermijn (opschonen), het
kwartaalrapport (rapport) en eigen sjablonen controleren (sjablonen controleer).

Vragen aan de gebruiker (de ondertekenaar bij init, "weet u het zeker" bij herstel) stelt de voorkant; het antwoord
komt hier als gewone waarde binnen."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from agressie_cli.domein.fouten import Afsluitcode, AgressieFout, InvoerFout
from agressie_cli.handelingen.werkplek import Werkplek

if TYPE_CHECKING:
    from agressie_cli.domein.opschonen import Kandidaat
    from agressie_cli.domein.rapportage import Periode
    from agressie_cli.opslag import Reservekopie

# Een voortgangsbalk van de voorkant: krijgt het aantal incidenten en geeft een functie die één stap zet (rapport).
Voortgang = Callable[[int], contextlib.AbstractContextManager[Callable[[], object]]]


# --- init -------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Aangemaakt:
    instellingen: Path  # agressie.toml
    register: Path


def ondertekenaar(tekst: str) -> tuple[str, str]:
    """'J. de Vries, gemeentesecretaris' -> (naam, functie); een antwoord dat niet klopt, is een InvoerFout die de
    voorkant kan tonen voor hij opnieuw vraagt."""
    from agressie_cli.domein.instellingen import lees_ondertekenaar
    from agressie_cli.domein.velden import controleer_tekst

    return lees_ondertekenaar(controleer_tekst("«ondertekenaar»", tekst))


def kan_init(werkplek: Werkplek, gemeente: str | None, ondertekenaar_tekst: str | None) -> bool:
    """De voorwaarden van init, vóór de voorkant iets vraagt: een fout als init niet kan. True: er komt een nieuwe
    map met instellingen (de voorkant mag dan naar de ondertekenaar en de burgemeester vragen); False: alleen een
    leeg register bij een bestaande agressie.toml."""
    from agressie_cli.domein.instellingen import INSTELLINGEN_BESTAND, REGISTER_BESTAND

    bestand = werkplek.map / INSTELLINGEN_BESTAND
    if gemeente is None:
        if ondertekenaar_tekst is not None:
            raise InvoerFout(
                "«ondertekenaar» hoort bij een nieuwe map met «gemeente»; bij een bestaande agressie.toml vult u "
                "[ondertekening] naam en functie daar zelf in. Er is niets aangemaakt."
            )
        if not bestand.is_file():
            raise InvoerFout(
                "«gemeente» ontbreekt: kies geertruidenberg of losser, of zet eerst een eigen agressie.toml in de map."
            )
        return False
    for bestaand in (bestand, werkplek.map / REGISTER_BESTAND):
        if bestaand.exists():
            raise InvoerFout(f"{bestaand} bestaat al; agressie init overschrijft niets.")
    return True


def init(
    werkplek: Werkplek,
    gemeente: str | None,
    ondertekenaar_tekst: str | None = None,
    burgemeester: str = "",
    tekent: tuple[str, str] | None = None,
) -> Aangemaakt:
    """Maakt agressie.toml (met `gemeente`) en een leeg register; zonder `gemeente` alleen het register bij een
    bestaande agressie.toml. De ondertekenaar als tekst ("naam, functie") of al gelezen (`tekent`, uit ondertekenaar())."""
    from agressie_cli.domein.instellingen import INSTELLINGEN_BESTAND, schrijf_instellingen
    from agressie_cli.domein.velden import controleer_tekst

    if kan_init(werkplek, gemeente, ondertekenaar_tekst):
        assert gemeente is not None
        if ondertekenaar_tekst is not None:
            tekent = ondertekenaar(ondertekenaar_tekst)
        schrijf_instellingen(
            werkplek.map, gemeente, controleer_tekst("naam van de burgemeester", burgemeester.strip()), tekent
        )
    werkplek.opslag.maak_leeg()
    return Aangemaakt(werkplek.map / INSTELLINGEN_BESTAND, werkplek.instellingen.register_pad)


# --- herstel ----------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Reservekopieen:
    kopieen: tuple[Reservekopie, ...]  # nieuwste eerst


def reservekopieen(werkplek: Werkplek, lezen: bool = True) -> Reservekopieen:
    """De reservekopieën, nieuwste eerst. Zonder `lezen` (3.5: de lijst op het web) alleen naam, tijdstip en grootte;
    `reservekopie` leest daarna de gekozen kopie."""
    return Reservekopieen(tuple(werkplek.opslag.reservekopieen(lezen=lezen)))


def reservekopie(werkplek: Werkplek, nummer: str) -> Reservekopie:
    """Eén reservekopie (nummer uit de lijst), gelezen: heel of niet, en het aantal incidenten."""
    for kopie in werkplek.opslag.reservekopieen(lezen=False):
        if str(kopie.nummer) == nummer.strip():
            return werkplek.opslag.lees_reservekopie(kopie)
    raise InvoerFout(f"«kopie»: reservekopie {nummer} bestaat niet; kies een kopie uit de lijst.")


@dataclass(frozen=True)
class Teruggezet:
    kopie: str  # de bestandsnaam van de teruggezette kopie
    incidenten: int | None
    apart: Path | None  # waar het register van vóór het terugzetten bewaard is
    na_opschonen: bool  # de kopie is van vóór een opschonen: de persoonsgegevens zijn terug (zie het logboek)


def herstel(werkplek: Werkplek, kopie: str | None = None, ook_na_opschonen: bool = False) -> Teruggezet:
    """Zet een reservekopie terug (nummer of bestandsnaam uit reservekopieen(); None: de nieuwste goede), met een
    regel in het logboek (3.3 punt 4). Een kopie van vóór een `opschonen` alleen met ook_na_opschonen (het antwoord
    op "weet u het zeker"), anders OpschonenOngedaan."""
    hersteld = werkplek.opslag.zet_terug(kopie, ook_na_opschonen=ook_na_opschonen, gebruiker=werkplek.gebruiker)
    return Teruggezet(hersteld.kopie.pad.name, hersteld.kopie.incidenten, hersteld.apart, hersteld.kopie.voor_opschonen)


# --- opschonen --------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Opschoning:
    uitgevoerd: bool
    bewaartermijn_jaren: int
    peildatum: date
    personen: tuple[Kandidaat, ...]  # wie de bewaartermijn bereikte (bij uitvoeren: nu geanonimiseerd)
    verwijderde_brieven: tuple[Path, ...] = ()
    verwijderde_concepten: tuple[Path, ...] = ()
    brieven_zonder_maatregel: tuple[Path, ...] = ()  # van een afgebroken `brief` (bij uitvoeren: verwijderd)
    # brieven en concepten van personen die al geanonimiseerd waren: een eerder `opschonen` werd afgebroken tussen
    # het bewaren en het verwijderen (bij uitvoeren: nu verwijderd, en ook genoemd in verwijderde_brieven/-concepten)
    achtergebleven: tuple[Path, ...] = ()
    niet_verwijderd: tuple[Path, ...] = ()  # bij uitvoeren: konden niet weg (geopend in Word); de volgende keer
    brieven_elders: tuple[Path, ...] = ()
    concepten_elders: tuple[Path, ...] = ()
    rapporten_met_namen: tuple[dict[str, Any], ...] = field(default=())
    verwijderd_bewijs: tuple[Path, ...] = ()  # bewijs/<incident>/ van de geanonimiseerde personen (3.4)


def opschonen(werkplek: Werkplek, peildatum: date, uitvoeren: bool = False) -> Opschoning:
    """Bewaartermijn (AVG): wie de termijn bereikte, en met `uitvoeren` anonimiseren. Brieven en e-mailconcepten gaan
    pas weg nadat het geanonimiseerde register bewaard is, zoals `brief` zijn brief pas na het bewaren plaatst
    (3.3 punt 5): mislukt het bewaren, dan is er niets verwijderd; wordt opschonen daartussen gestopt, dan haalt de
    volgende `opschonen --uitvoeren` de bestanden van de al geanonimiseerde personen alsnog weg."""
    from agressie_cli.documenten.brieven.maken import rond_af
    from agressie_cli.domein.bewijs import MAP as BEWIJS
    from agressie_cli.domein.opschonen import (
        RAPPORT_MET_NAMEN,
        Opgeschoond,
        anonimiseer,
        bestanden_van_geanonimiseerden,
        brieven_zonder_maatregel,
        kandidaten,
        onderweg,
        verwijder,
    )

    instellingen = werkplek.instellingen
    jaren = instellingen.bewaartermijn_jaren
    briefmap, uitgaandmap = instellingen.briefmap, instellingen.uitgaandmap
    bewijsmap = instellingen.map / BEWIJS
    profiel = werkplek.profiel
    register = werkplek.lees()
    personen = kandidaten(register, profiel, peildatum, jaren)
    rest = bestanden_van_geanonimiseerden(register, briefmap, uitgaandmap, bewijsmap)
    wezen = [p for p in brieven_zonder_maatregel(register, briefmap) if p not in rest.brieven]
    # Ook de mappen van brieven die met --uit elders gemaakt zijn: een daar gestopte `brief` laat anders een brief onder
    # zijn tijdelijke naam achter die opschonen nergens noemt (hij staat niet onder de naam die de maatregel noemt).
    mappen = [briefmap, *sorted({Path(str(m["map"])) for m in register.maatregelen if m.get("map")})]
    opgeschoond = Opgeschoond()
    weg: list[Path] = []  # pas na het bewaren (of, zonder iets te anonimiseren, onder het slot) verwijderd
    verwijderd: list[Path] = []
    niet: list[Path] = []

    def ruim_op() -> None:
        gelukt, mislukt = verwijder(weg)
        verwijderd.extend(gelukt)
        niet.extend(mislukt)

    if uitvoeren and personen:
        with werkplek.wijzig(
            na_bewaren=ruim_op
        ) as register:  # onder het slot: opnieuw, het register kan veranderd zijn
            for map_pad in mappen:  # eerst de brieven van een gestopte `brief` op hun plaats
                rond_af(register, map_pad, briefmap)
            personen = kandidaten(register, profiel, peildatum, jaren)
            rest = bestanden_van_geanonimiseerden(register, briefmap, uitgaandmap, bewijsmap)
            wezen = [p for p in brieven_zonder_maatregel(register, briefmap) if p not in rest.brieven]
            opgeschoond = anonimiseer(register, [k.persoon for k in personen if k.persoon], briefmap, peildatum)
            nu_weg = bestanden_van_geanonimiseerden(
                register, briefmap, uitgaandmap, bewijsmap
            )  # met de nieuwe personen erbij
            weg[:] = dict.fromkeys([*wezen, *nu_weg.brieven, *nu_weg.concepten, *nu_weg.bewijs])
    elif uitvoeren and (
        wezen or rest.brieven or rest.concepten or rest.bewijs or any(onderweg(register, m, briefmap) for m in mappen)
    ):
        # niets te anonimiseren: het register niet herschrijven en geen reservekopie verbruiken
        with (
            werkplek.opslag.slot()
        ):  # onder het slot: een 'brief' die nu bezig is, heeft zijn maatregel nog niet bewaard
            nu_gelezen = werkplek.opslag.lees()
            for map_pad in mappen:
                rond_af(nu_gelezen, map_pad, briefmap)
            rest = bestanden_van_geanonimiseerden(nu_gelezen, briefmap, uitgaandmap, bewijsmap)
            wezen = [p for p in brieven_zonder_maatregel(nu_gelezen, briefmap) if p not in rest.brieven]
            weg[:] = dict.fromkeys([*wezen, *rest.brieven, *rest.concepten, *rest.bewijs])
            ruim_op()
    achtergebleven = (*rest.brieven, *rest.concepten, *rest.bewijs)
    bewijs = set(rest.bewijs) | {p for p in weg if p.parent.parent == bewijsmap}
    concepten = {
        p for p in weg if p not in bewijs and (p.suffix == ".eml" or (p.name.endswith(".tmp") and ".eml-" in p.name))
    }
    return Opschoning(
        uitgevoerd=uitvoeren,
        bewaartermijn_jaren=jaren,
        peildatum=peildatum,
        personen=tuple(personen),
        verwijderde_brieven=tuple(p for p in verwijderd if p not in concepten and p not in wezen and p not in bewijs),
        verwijderde_concepten=tuple(p for p in verwijderd if p in concepten),
        verwijderd_bewijs=tuple(p for p in verwijderd if p in bewijs),
        brieven_zonder_maatregel=tuple(wezen),
        achtergebleven=achtergebleven,
        niet_verwijderd=tuple(niet),
        brieven_elders=tuple(opgeschoond.elders),
        concepten_elders=tuple(opgeschoond.concepten_elders),
        rapporten_met_namen=tuple(werkplek.opslag.genoteerd(RAPPORT_MET_NAMEN)) if personen else (),
    )


# --- rapport ----------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Rapport:
    bestand: Path
    periode: Periode
    gegevens: dict[str, Any]  # de cijfers (ook --json), met "bestand"
    samenvatting: tuple[tuple[str, object, object, object, bool], ...]  # (kengetal, nu, vorige, jaar eerder, is_kop)


def rapport(
    werkplek: Werkplek,
    kwartaal: str | None = None,
    jaar: str | None = None,
    uit: Path | None = None,
    met_namen: bool = False,
    overschrijven: bool = False,
    voortgang: Voortgang | None = None,
) -> Rapport:
    """Het kwartaaloverzicht voor het MT als Excel-bestand (standaard rapporten/rapport-PERIODE.xlsx naast het
    register). Met namen alleen als daar reden voor is (AVG): dat komt in het logboek, zodat opschonen het noemt."""
    from agressie_cli.documenten.rapport.werkboek import schrijf_werkboek
    from agressie_cli.domein.kantoorslot import weiger_als_geopend
    from agressie_cli.domein.opschonen import RAPPORT_MET_NAMEN
    from agressie_cli.domein.rapportage import lees_periode, rijen_samenvatting

    periode = lees_periode(kwartaal, jaar)
    doel = uit or werkplek.instellingen.map / "rapporten" / f"rapport-{periode.naam}.xlsx"
    if doel.suffix.lower() != ".xlsx":
        raise InvoerFout(f"«uit»: '{doel.name}' moet op .xlsx eindigen.")
    register_pad = werkplek.instellingen.register_pad
    if doel.is_file() and register_pad.is_file() and os.path.samefile(doel, register_pad):  # ook met overschrijven
        raise InvoerFout(f"«uit»: '{doel.name}' is het register; kies een ander bestand voor het rapport.")
    if doel.exists() and not overschrijven:
        raise InvoerFout(
            f"{doel} bestaat al. Gebruik «overschrijven» om het rapport te vervangen, of kies een ander bestand met "
            "«uit»."
        )
    weiger_als_geopend(doel, f"Het rapport '{doel.name}'")
    profiel = werkplek.profiel
    try:
        register = werkplek.lees()
        with _balk(voortgang, len(register.incidenten)) as stap:
            gegevens = schrijf_werkboek(
                register, profiel, werkplek.instellingen.gemeente, periode, doel, met_namen, voortgang=stap
            )
    except PermissionError:
        raise AgressieFout(
            f"Het rapport '{doel}' kan niet geschreven worden (geopend in Excel, of geen schrijfrechten).",
            code=Afsluitcode.FOUT,
        )
    if met_namen:
        werkplek.opslag.noteer(
            RAPPORT_MET_NAMEN, periode.naam, werkplek.gebruiker
        )  # zonder namen of pad: opschonen noemt het later
    gegevens["bestand"] = str(doel)
    rijen = rijen_samenvatting(gegevens, gegevens["vorige_periode"], gegevens["jaar_eerder"], profiel)
    return Rapport(doel, periode, gegevens, tuple(rijen))


@contextlib.contextmanager
def _balk(voortgang: Voortgang | None, incidenten: int) -> Iterator[Callable[[], object] | None]:
    if voortgang is None:
        yield None
        return
    with voortgang(incidenten) as stap:
        yield stap


# --- sjablonen controleer ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Sjablooncontrole:
    bestand: str
    goed: bool
    problemen: tuple[str, ...]


@dataclass(frozen=True)
class Sjablonen:
    map: Path
    uitkomsten: tuple[Sjablooncontrole, ...]

    @property
    def alles_goed(self) -> bool:
        return all(u.goed for u in self.uitkomsten)


def sjablonen_controleer(werkplek: Werkplek, map_pad: Path | None = None) -> Sjablonen:
    """Controleert (eigen) sjablonen: standaard die uit agressie.toml, anders de meegeleverde van het profiel. Met
    een map maar zonder (leesbare) instellingen: zonder profiel (alleen wat elk sjabloon moet)."""
    from agressie_cli.documenten.brieven.sjablonen import (
        controleer_map,
        eigen_sjablonenmap,
        meegeleverde_sjablonen,
        sjablonenset,
    )
    from agressie_cli.domein.instellingen import INSTELLINGEN_BESTAND

    profiel = None
    if map_pad is None or (werkplek.map / INSTELLINGEN_BESTAND).is_file():
        try:
            profiel = werkplek.profiel
            if map_pad is None:
                map_pad = eigen_sjablonenmap(werkplek.instellingen) or meegeleverde_sjablonen() / sjablonenset(profiel)
        except AgressieFout:
            if map_pad is None:
                raise
    assert map_pad is not None
    if not map_pad.is_dir():
        raise InvoerFout(f"Map '{map_pad}' bestaat niet.")
    uitkomsten = controleer_map(
        map_pad, profiel, werkplek.instellingen.sjabloongrenzen if profiel is not None else None
    )
    if not uitkomsten:
        raise InvoerFout(f"Geen .docx-sjablonen gevonden in '{map_pad}'.")
    return Sjablonen(map_pad, tuple(Sjablooncontrole(u.bestand, u.goed, tuple(u.problemen)) for u in uitkomsten))
