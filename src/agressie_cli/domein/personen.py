"""Personen herkennen: dezelfde naam (na normaliseren) en, waar beide bekend, dezelfde geboortedatum."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from agressie_cli.domein.fouten import InvoerFout
from agressie_cli.domein.namen import achternaam_delen, achternaam_en_voorletters, naam_sleutel, volle_sleutel
from agressie_cli.domein.register import Register
from agressie_cli.domein.rijen import PersoonRij, kolom, zet


@dataclass
class Zoekresultaat:
    zeker: PersoonRij | None
    bijna: list[PersoonRij]


def zoek_persoon(
    register: Register, naam: str, geboortedatum: date | None, bijna_zoeken: bool = True, behalve: str | None = None
) -> Zoekresultaat:
    """Zeker = dezelfde volledige naam (tussenvoegsels tellen, 'Achternaam, Voornaam' en hoofdletters niet) en geen
    tegenstrijdige geboortedatum. Bijna = lijkt erop (voorletters, ij/y, een deel van een dubbele naam, een ander
    tussenvoegsel, een tikfout): een nieuwe persoon, met de vraag 'bedoelt u ...?'. Er wordt nooit geraden.
    `behalve`: de persoon zelf (voor advies en brief), met wie hij 'niet dezelfde' is telt niet als bijna."""
    sleutel, volle = naam_sleutel(naam), volle_sleutel(naam)
    index = register.index
    eigen = index.personen.get((behalve or "").upper()) if behalve else None
    anders = {str(n).upper() for n in (eigen or {}).get("niet_dezelfde") or []}
    zeker, bijna = None, []
    for persoon in index.per_naamsleutel.get(sleutel, []) if sleutel else []:
        if persoon.get("geanonimiseerd") or persoon is eigen:
            continue
        gd = persoon.get("geboortedatum")
        passend = not (geboortedatum and gd and geboortedatum != gd)
        if zeker is None and passend and volle_sleutel(str(persoon.get("naam") or "")) == volle:
            zeker = persoon
        else:
            bijna.append(persoon)
    if bijna_zoeken and sleutel:
        bijna += _lijkt_op(register, naam, sleutel, {id(zeker), id(eigen), *map(id, bijna)})
    if zeker is not None and str(zeker.get("persoon")).upper() in anders:
        zeker = None
    if zeker is not None and eigen is None:  # wie al 'niet dezelfde' is als de gevonden persoon, wordt niet gevraagd
        anders = {str(n).upper() for n in zeker.get("niet_dezelfde") or []}
    return Zoekresultaat(zeker, [p for p in bijna if str(p.get("persoon")).upper() not in anders])


def naamgenoten(register: Register, naam: str) -> list[str]:
    """De nummers van de personen met precies deze volledige naam. Meer dan één (twee mensen met dezelfde naam, te
    onderscheiden aan hun geboortedatum): zonder geboortedatum is niet te zeggen wie het was."""
    volle = volle_sleutel(naam)
    return [
        str(p["persoon"])
        for p in register.index.per_naamsleutel.get(naam_sleutel(naam), [])
        if not p.get("geanonimiseerd") and volle_sleutel(str(p.get("naam") or "")) == volle
    ]


def _lijkt_op(register: Register, naam: str, sleutel: str, gezien: set[int]) -> list[PersoonRij]:
    index = register.index
    achternaam, voorletters = achternaam_en_voorletters(naam)
    kandidaten = [p for deel in achternaam_delen(naam) for p in index.per_achternaam.get(deel, [])]
    # Tikfouten en ij/y: dichtstbijzijnde naamsleutels (difflib filtert eerst snel op lengte en letters).
    # Alleen sleutels van ongeveer dezelfde lengte kunnen op 0,85 lijken, en alleen sleutels die de beginletter van
    # de voornaam of van de achternaam delen: een tikfout in allebei haalt 0,85 niet. Zonder die voorselectie kostte
    # 'bedoelt u' bij 100 brieven op 10.000 incidenten ruim een halve seconde.
    marge = max(2, len(sleutel) // 6)
    woorden = sleutel.split()
    beginletters = {woorden[0][:1], woorden[-1][:1]} if woorden else set()
    dichtbij = [
        k
        for letter in beginletters
        for k in index.per_beginletter.get(letter, ())
        if abs(len(k) - len(sleutel)) <= marge
    ]
    for andere in difflib.get_close_matches(sleutel, dichtbij, n=5, cutoff=0.85):
        kandidaten.extend(index.per_naamsleutel[andere])
    uitkomst = []
    for persoon in kandidaten:
        if id(persoon) in gezien or persoon.get("geanonimiseerd"):
            continue
        gezien.add(id(persoon))
        a2, v2 = achternaam_en_voorletters(str(persoon.get("naam") or ""))
        if a2 != achternaam or not voorletters or not v2 or voorletters[:1] == v2[:1]:
            uitkomst.append(persoon)
    return uitkomst


def bedoelt_u(register: Register, persoon: PersoonRij) -> list[PersoonRij]:
    """Personen die dezelfde kunnen zijn als `persoon` en niet met `samenvoegen` zijn opgelost: advies en brief
    herhalen de vraag, want een herhaling bij de ander telt niet mee zolang het twee personen zijn."""
    if persoon.get("geanonimiseerd") or not persoon.get("naam"):
        return []
    gevonden = zoek_persoon(
        register, str(persoon["naam"]), persoon.get("geboortedatum"), behalve=str(persoon.get("persoon"))
    )
    return ([gevonden.zeker] if gevonden.zeker else []) + gevonden.bijna


def zoek_op_naam(register: Register, tekst: str, binnen: Iterable[PersoonRij] | None = None) -> list[PersoonRij]:
    """Voor historie en filters: een persoonnummer, of alle personen waarvan de naam de zoektekst bevat. Met `binnen`
    worden alleen die personen op een deel van de naam doorzocht (de receptie: wie een lopend verbod heeft); wie precies
    zo heet of dat nummer heeft, komt uit het hele register, zoals zonder `binnen`."""
    tekst = (tekst or "").strip()
    if re.fullmatch(r"[Pp]\d+", tekst):
        gevonden = register.opvolger(register.index.personen.get(tekst.upper()))
        return [gevonden] if gevonden else []
    sleutel = naam_sleutel(tekst)
    precies = [
        p for p in register.index.per_naamsleutel.get(sleutel, []) if naam_sleutel(str(p.get("naam") or "")) == sleutel
    ]
    if precies:
        return precies
    doorzoek = register.personen if binnen is None else binnen
    return [p for p in doorzoek if sleutel and sleutel in naam_sleutel(str(p.get("naam") or ""))]


@dataclass
class Samengevoegd:
    persoon: str  # wie blijft
    weg: str  # wie is opgegaan in `persoon`
    incidenten: list[str]
    aangevuld: list[str]  # velden van `persoon` die uit `weg` zijn aangevuld
    anders: list[str]  # velden waarin `weg` iets anders had dan `persoon` (niet overgenomen)
    was_niet: bool  # eerder vastgelegd als 'niet dezelfde'


def samenvoegen(register: Register, bron: str, doel: str) -> Samengevoegd:
    """Alle incidenten (en maatregelen) van `bron` gaan naar `doel`; lege velden van `doel` worden aangevuld uit
    `bron` (nooit overschreven); `bron` verdwijnt. Vastgelegd in het logboek."""
    weg, blijft = register.persoon(bron, "persoonnummer"), register.persoon(doel, "samengevoegd_in")
    if weg is blijft:
        raise InvoerFout(f"{bron} en {doel} zijn dezelfde persoon; er is niets samen te voegen.")
    weg_nr, blijft_nr = str(weg["persoon"]), str(blijft["persoon"])  # gevonden op nummer: nooit None
    was_niet = blijft_nr in (weg.get("niet_dezelfde") or [])  # een eerdere --niet was dan een vergissing
    incidenten = register.incidenten_van(weg["persoon"])
    for incident in incidenten:
        incident["persoon"], incident["naam"] = blijft["persoon"], blijft.get("naam")
    for m in register.maatregelen_van(weg["persoon"]):
        m["persoon"] = blijft["persoon"]
    aangevuld: list[str] = []
    anders: list[str] = []
    for veld, waarde in weg.items():
        if veld in ("persoon", "naam", "niet_dezelfde", "geanonimiseerd", "samengevoegd_in") or waarde in (
            None,
            "",
            [],
        ):
            continue
        if blijft.get(veld) in (None, "", []):
            zet(blijft, veld, waarde)
            aangevuld.append(veld)
        elif blijft.get(veld) != waarde:
            anders.append(veld)  # niet overschreven, wel gezegd: bijvoorbeeld het adres waar een brief heen ging
    for persoon in register.personen:  # wie 'niet dezelfde' was als de weggevallen persoon, is dat nu als de blijvende
        oud = list(persoon.get("niet_dezelfde") or [])
        nieuw = list(dict.fromkeys(blijft_nr if n == weg_nr else n for n in oud))
        if persoon is not blijft and nieuw != oud:
            persoon["niet_dezelfde"] = nieuw
    blijft["niet_dezelfde"] = [n for n in blijft.get("niet_dezelfde") or [] if n != weg["persoon"]]
    _laat_opgaan(weg, blijft_nr)
    register.namen_gewijzigd()
    register.log("samenvoegen", f"{weg['persoon']} {blijft['persoon']}")
    return Samengevoegd(blijft_nr, weg_nr, [str(i["incident"]) for i in incidenten], aangevuld, anders, was_niet)


def niet_dezelfde(register: Register, een: str, ander: str) -> None:
    """Vastleggen dat twee personen met een lijkende naam verschillende mensen zijn: de vraag 'bedoelt u' stopt."""
    a, b = register.persoon(een, "persoonnummer"), register.persoon(ander, "niet_dezelfde")
    if a is b:
        raise InvoerFout(f"{een} en {ander} zijn hetzelfde nummer.")
    for x, y in ((a, b), (b, a)):
        lijst = list(x.get("niet_dezelfde") or [])
        if (nummer := str(y["persoon"])) not in lijst:
            x["niet_dezelfde"] = [*lijst, nummer]
    register.log("niet dezelfde", f"{a['persoon']} {b['persoon']}")


def _laat_opgaan(weg: PersoonRij, in_: str) -> None:
    """De rij blijft, leeg, met het nummer waarin de persoon is opgegaan: een correctie is een vastgelegde handeling,
    en een verwijderde rij gaf het hoogste nummer vrij voor de volgende nieuwe persoon (2.5)."""
    for veld in list(weg):
        if veld not in ("persoon", "_fout"):
            zet(weg, veld, [] if isinstance(kolom(weg, veld), list) else None)
    weg["samengevoegd_in"] = in_


def verwijder_zonder_incidenten(register: Register, persoon: PersoonRij, in_: str) -> bool:
    """Een persoon zonder incidenten (na aanvullen --persoon) blijft niet als kaart met gegevens staan: hij gaat op in
    de persoon `in_` waar zijn incident nu bij hoort."""
    if register.incidenten_van(persoon.get("persoon")):
        return False
    _laat_opgaan(persoon, in_)
    register.namen_gewijzigd()
    register.log("persoon verwijderd", str(persoon.get("persoon")))
    return True
