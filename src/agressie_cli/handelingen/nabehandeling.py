"""Na de brief (3.4): een reactie van de persoon vastleggen, een verzoek om een verbod te beëindigen of te herzien,
de herziening zelf (handhaven, aanpassen, opheffen), en de brieven voornemen (horen vooraf) en herziening.

De regels staan in domein/nabehandeling.py; hier de voorwaarden, de transactie en het getypeerde resultaat."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from agressie_cli.handelingen.werkplek import Werkplek

# De soorten brief die geen maatregel zijn maar erbij horen: `agressie brief ... --soort voornemen|herziening`.
BRIEVEN = ("voornemen", "herziening")


@dataclass(frozen=True)
class Reactie:
    nummer: str  # de maatregel (M00001) of het incident (een reactie op een voornemen)
    datum: date
    vorm: str
    uiterlijk: date | None  # tot wanneer beantwoorden (agressie herzien) op agressie termijnen staat


@dataclass(frozen=True)
class Verzoek:
    maatregel: str
    datum: date
    uiterlijk: date


@dataclass(frozen=True)
class Herzien:
    maatregel: str
    uitkomst: str  # handhaven, aanpassen of opheffen
    datum: date
    reden: str
    recent_incident: str | None  # handhaven: het recente incident dat het draagt
    nieuw: str | None  # aanpassen: de maatregel die in de plaats komt
    nieuw_soort: str | None
    nieuw_einde: date | None  # None: onbepaald (bij aanpassen)
    opgeheven: date | None  # opheffen: de laatste dag dat het verbod gold
    beantwoord: tuple[str, ...]  # de reacties en verzoeken die hiermee beantwoord zijn


@dataclass(frozen=True)
class Brief:
    soort: str  # voornemen of herziening
    nummer: str  # het incident (voornemen) of de maatregel (herziening)
    bestand: Path  # zoals "bestand" bij de andere brieven
    pdf: Path | None
    pdf_fout: str | None
    reactie_uiterlijk: str | None  # voornemen: tot en met wanneer de persoon kan reageren
    waarschuwingen: tuple[str, ...]


def reactie(werkplek: Werkplek, nummer: str, datum: date, vorm: str | None, samenvatting: str | None) -> Reactie:
    """De reactie van de persoon op een maatregel (M00001) of op een voornemen (het incident)."""
    from agressie_cli.domein.nabehandeling import leg_reactie_vast

    with werkplek.wijzig() as register:
        v = leg_reactie_vast(register, werkplek.profiel, nummer, datum, vorm, samenvatting)
    return Reactie(v.nummer, v.datum, str(v.vorm), v.uiterlijk)


def verzoek(werkplek: Werkplek, nummer: str, datum: date, samenvatting: str | None) -> Verzoek:
    """Een verzoek om een verbod te beëindigen of te herzien; staat op agressie termijnen tot agressie herzien."""
    from agressie_cli.domein.nabehandeling import leg_verzoek_vast

    with werkplek.wijzig() as register:
        v = leg_verzoek_vast(register, werkplek.profiel, nummer, datum, samenvatting)
    assert v.uiterlijk is not None
    return Verzoek(v.nummer, v.datum, v.uiterlijk)


def herzien(
    werkplek: Werkplek,
    nummer: str,
    uitkomst: str | None,
    reden: str | None,
    datum: date,
    soort: str | None = None,
    duur: str | None = None,
) -> Herzien:
    """Legt de uitkomst van een herziening vast: handhaven (recent gedrag of een reden), aanpassen (een lichter of
    korter verbod komt in de plaats) of opheffen (het verbod geldt tot en met `datum`)."""
    from agressie_cli.domein.duur import Duur
    from agressie_cli.domein.nabehandeling import herzien as herzie

    duur_w = Duur.lees(duur, "«duur»")
    with werkplek.wijzig() as register:
        h = herzie(register, werkplek.profiel, nummer, uitkomst, reden, datum, soort, duur_w)
    nieuw = h.nieuw or {}
    nieuw_duur = nieuw.get("duur")
    return Herzien(
        maatregel=h.maatregel,
        uitkomst=h.uitkomst,
        datum=h.datum,
        reden=h.reden,
        recent_incident=h.recent_incident,
        nieuw=nieuw.get("maatregel"),
        nieuw_soort=nieuw.get("soort"),
        nieuw_einde=None if nieuw_duur is not None and nieuw_duur.onbepaald else nieuw.get("einde"),
        opgeheven=datum if h.uitkomst == "opheffen" else None,
        beantwoord=tuple(h.beantwoord),
    )


def brief(
    werkplek: Werkplek,
    soort: str,
    nummer: str,
    datum: date,
    duur: str | None = None,
    uit: Path | None = None,
    pdf: bool = False,
    overschrijven: bool = False,
    contactpersoon: str | None = None,
    brieftekst: str | None = None,
) -> Brief:
    """De brief voornemen (bij een incident: de maatregel die de gemeente wil opleggen, met een termijn om te reageren)
    of herziening (bij een maatregel: de uitkomst van agressie herzien)."""
    from agressie_cli.documenten.brieven.context import context, controleer_volledig
    from agressie_cli.documenten.brieven.maken import (
        maak_map,
        map_buiten_briefmap,
        plaats,
        voorlopige_plek,
        waarschuwingen,
        weg_bij_fout,
    )
    from agressie_cli.documenten.brieven.render import render, veilige_bestandsnaam
    from agressie_cli.documenten.brieven.sjablonen import gebruikte_variabelen, vind_sjabloon
    from agressie_cli.domein import nabehandeling
    from agressie_cli.domein.brief import Briefgegevens, briefinhoud
    from agressie_cli.domein.duur import Duur
    from agressie_cli.domein.fouten import AgressieFout, InvoerFout
    from agressie_cli.domein.maatregelen import Besluit, besluit, incident_voor_maatregel
    from agressie_cli.domein.nederlands import opsomming
    from agressie_cli.domein.velden import controleer_tekst, controleer_tekstlijst

    if soort not in BRIEVEN:
        raise InvoerFout(f"«soort»: {soort} is geen brief na de brief. Kies uit: {', '.join(BRIEVEN)}.")
    duur_w = Duur.lees(duur, "«duur»")
    if soort == "herziening" and duur_w is not None:
        raise InvoerFout("«duur» hoort niet bij de brief herziening: de duur staat in agressie herzien --duur.")
    contact = controleer_tekstlijst("«contactpersoon»", [contactpersoon])[0] if contactpersoon else None
    instellingen, profiel = werkplek.instellingen, werkplek.profiel
    gebouw = str(instellingen.deel("brieven").get("gebouw", "het gemeentehuis"))
    extra = Briefgegevens(datum=datum, contactpersoon=contact)
    uitmap = uit or instellingen.briefmap
    gemaakt: list[Path] = []
    klaar: list = []

    @dataclass
    class _Document:
        pad: Path
        tijdelijk: Path | None

    with weg_bij_fout(gemaakt), werkplek.wijzig(na_bewaren=lambda: plaats(klaar, gemaakt)) as register:
        if soort == "voornemen":
            incident = incident_voor_maatregel(register, nummer, "brief gemaakt")
            nummer = str(incident["incident"])
            if incident.get("status") not in ("gemeld", "compleet"):
                raise InvoerFout(
                    f"Bij incident {nummer} is de maatregel al besloten ({incident.get('status')}): een voornemen "
                    "komt vóór de maatregel. Er is niets vastgelegd."
                )
            if brieftekst and brieftekst.strip():
                incident["brieftekst"] = controleer_tekst("«brieftekst»", brieftekst.strip())
            b = besluit(register, profiel, nummer, None, datum, None, duur_w)
            if not profiel.soort(b.soort).brief:
                raise InvoerFout(
                    f"Het advies voor {nummer} is {b.soort} ({profiel.soort(b.soort).label}): daar hoort geen brief "
                    "bij, en dus ook geen voornemen. Er is niets vastgelegd."
                )
            waarden = context(briefinhoud(instellingen, profiel, register, b, extra))
            waarden.update(nabehandeling.voornemen_waarden(profiel, b.soort, b.duur, datum, gebouw))
            waarden.update(afschrift=[], afschrift_tekst="")  # een voornemen gaat niet naar politie en receptie
            bestandsoort, kenmerk = "voornemen", nummer
        else:
            m = nabehandeling.maatregel(register, nummer)
            nummer = str(m["maatregel"])
            incident = incident_voor_maatregel(register, str(m.get("incident")), "brief gemaakt")
            if not nabehandeling.is_verbod(profiel, m):
                raise InvoerFout(f"Maatregel {nummer} is geen verbod: er is geen herziening. Er is niets vastgelegd.")
            h = nabehandeling.herzieningen(m)
            # De brief gaat over het verbod zoals het was opgelegd (soort en periode), niet over een nieuw besluit.
            verbod = Besluit(
                incident=incident,
                soort=str(m["soort"]),
                datum=datum,
                ingang=m.get("ingang"),
                duur=m.get("duur"),
                einde=m.get("einde"),
                advies=None,
                afwijking=False,
            )
            waarden = context(briefinhoud(instellingen, profiel, register, verbod, extra))
            waarden.update(nabehandeling.herziening_waarden(register, profiel, m, gebouw))
            # Politie en receptie horen wat er van het verbod is geworden, zonder de bijlage van de verbodsbrief.
            afschrift = [str(a).split(", met ")[0] for a in waarden.get("afschrift") or []]
            waarden.update(afschrift=afschrift, afschrift_tekst=opsomming(afschrift))
            if h and datum < h[-1].datum:
                raise InvoerFout(
                    f"«datum»: de brief kan niet van vóór de herziening ({h[-1].datum.isoformat()}) zijn. Er is niets "
                    "vastgelegd."
                )
            # Twee herzieningen op één dag (3.4): elk een eigen brief; de eerste houdt de naam van vóór 3.4.
            zelfde_dag = sum(1 for x in h if x.datum == h[-1].datum)
            volgnummer = f"-{zelfde_dag}" if zelfde_dag > 1 else ""
            bestandsoort, kenmerk = f"herziening-{nummer}-{h[-1].datum:%Y%m%d}{volgnummer}", nummer
        sjabloon = vind_sjabloon(instellingen, profiel, soort)
        gebruikt = gebruikte_variabelen(sjabloon)
        controleer_volledig(waarden, gebruikt, str(incident["incident"]), soort, profiel)
        maak_map(uitmap)
        persoon = register.persoon_van(incident) or {}
        doel = uitmap / veilige_bestandsnaam(
            str(incident["incident"]), bestandsoort, waarden["naam"], persoon.get("achternaam")
        )
        if doel.exists() and not overschrijven:
            raise InvoerFout(
                f"De brief {soort} bij {kenmerk} bestaat al (in {doel.parent}). Gebruik «overschrijven» om hem opnieuw "
                "te maken."
            )
        tijdelijk = voorlopige_plek(doel, gemaakt, f"De brief {soort} bij {kenmerk}")
        render(sjabloon, waarden, tijdelijk, grenzen=instellingen.sjabloongrenzen)
        if soort == "voornemen":
            incident["voornemen"], incident["voornemen_soort"] = datum, b.soort
            incident["voornemensbrief"] = doel.name
            register.log("voornemen", nummer)
        else:
            m["herzieningsbrief"] = [*(x for x in m.get("herzieningsbrief") or [] if x != doel.name), doel.name]
            register.log("brief herziening", nummer)
        incidentnummer = str(incident["incident"])
        buiten = map_buiten_briefmap(instellingen, uitmap)
        if buiten:
            werkplek.meld(f"Let op: de brief staat buiten de briefmap ({buiten}); opschonen verwijdert hem daar niet.")
        klaar.append(_Document(doel, tijdelijk))
    pdf_pad, pdf_fout = None, None
    if pdf:
        from agressie_cli.documenten.brieven.pdf import naar_pdf

        try:
            pdf_pad = naar_pdf([doel], doel.parent, meld=werkplek.voortgang)[0]
        except AgressieFout as fout:
            pdf_fout = fout.melding
    return Brief(
        soort=soort,
        nummer=nummer,
        bestand=doel,
        pdf=pdf_pad,
        pdf_fout=pdf_fout,
        reactie_uiterlijk=waarden.get("reactie_uiterlijk") if soort == "voornemen" else None,
        waarschuwingen=tuple(waarschuwingen(waarden, incidentnummer, gebruikt, eigen_contactpersoon=bool(contact))),
    )


@dataclass(frozen=True)
class Goedgekeurd:
    maatregel: str
    goedgekeurd_door: str
    goedgekeurd: date
    besloten_door: str | None


def goedkeuren(werkplek: Werkplek, nummer: str, door: str | None, datum: date) -> Goedgekeurd:
    """Een tweede persoon keurt een verbodsbrief goed (3.4; profiel: goedkeuring = true); daarna is hij definitief en
    kan hij verzonden worden."""
    from agressie_cli.domein.besluitvorming import goedkeuren as keur_goed
    from agressie_cli.domein.nabehandeling import maatregel

    with werkplek.wijzig() as register:
        m = keur_goed(register, werkplek.profiel, maatregel(register, nummer), door, datum)
    return Goedgekeurd(str(m["maatregel"]), str(m["goedgekeurd_door"]), datum, m.get("besloten_door"))
