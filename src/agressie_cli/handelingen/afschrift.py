"""Het afschrift van een verbod aan politie en receptie (3.4; Losser 5.2: "Zorg ervoor dat de politie en de receptie
een kopie van de brief krijgen, dat kan per mail"): agressie brief zet het na het bewaren van de brief klaar als
e-mail (.eml, een concept voor Outlook, zoals agressie doorsturen) met de brief als PDF in de bijlage; de
coördinator verstuurt het en bevestigt dat met agressie verzonden MAATREGEL --afschrift."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from agressie_cli.handelingen.werkplek import Werkplek

if TYPE_CHECKING:
    from agressie_cli.documenten.brieven.maken import Ontwerp
    from agressie_cli.domein.register import Register


@dataclass(frozen=True)
class Afschrift:
    """Het afschrift van de brief van één maatregel. `bestand`: het concept (None: niet gemaakt, zie `melding`);
    `aan`: wie het krijgt ('politie', 'receptie'); `met_pdf`: de brief zit als PDF in de bijlage; `melding`: waarom
    het niet of zonder PDF gemaakt is (leeg als alles goed ging)."""

    maatregel: str
    bestand: Path | None
    aan: tuple[str, ...]
    met_pdf: bool
    melding: str = ""


@dataclass(frozen=True)
class AfschriftVerzonden:
    """De bevestiging dat het afschrift verstuurd is. `klaargezet`: de datum van het concept van agressie (None: er
    was geen); `eerder`: de datum van versturen die er al stond (nu vervangen)."""

    maatregel: str
    incident: str
    verzonden: date
    klaargezet: date | None
    eerder: date | None


def maak_afschriften(
    werkplek: Werkplek,
    ontwerpen: list[Ontwerp],
    register: Register,
    pdfs: dict[Path, Path],
    pdf_fout: str | None,
    vandaag: date | None = None,
) -> dict[str, Afschrift]:
    """Na het bewaren van de brieven: voor elke nieuwe brief waarvan de soort een afschrift heeft, het concept in
    uitgaand/ met de brief als PDF (uit `pdfs`, anders nu gemaakt), vastgelegd in het register. Ontbreekt een adres in
    agressie.toml, dan geen concept maar een melding (de brief blijft); lukt de PDF niet, dan een concept zonder
    bijlage met een melding. Beide blijven op agressie termijnen staan."""
    from agressie_cli.domein.afschrift import afschrift_concept, heeft_afschrift
    from agressie_cli.domein.afschrift import ontvangers as adressen_van

    profiel = werkplek.profiel
    kandidaten = [
        o for o in ontwerpen if heeft_afschrift(profiel, o.maatregel) and not getattr(o.document, "bestaand", False)
    ]
    if not kandidaten:
        return {}
    dag = vandaag or date.today()
    uitkomst: dict[str, Afschrift] = {}
    te_maken: list[tuple[Ontwerp, list[tuple[str, str]]]] = []
    for o in kandidaten:
        nummer = str(o.maatregel["maatregel"])
        wie = tuple(profiel.soort(str(o.maatregel["soort"])).afschrift)
        adressen, melding = adressen_van(werkplek.instellingen, wie)
        if melding:
            uitkomst[nummer] = Afschrift(
                nummer,
                None,
                wie,
                False,
                f"Geen afschrift van {nummer} aan {_en(wie)} gemaakt: {melding}. De brief is wel gemaakt. Vul het "
                f"adres in voor de volgende brieven; stuur deze brief zelf door en leg dat vast met: agressie verzonden "
                f"{nummer} --afschrift",
            )
        else:
            te_maken.append((o, adressen))
    bijlagen, pdf_melding = _pdfs([o for o, _ in te_maken], pdfs, pdf_fout, werkplek)
    concepten = []
    for o, adressen in te_maken:
        nummer = str(o.maatregel["maatregel"])
        pdf = bijlagen.get(o.document.pad)
        persoon = register.persoon_van(o.maatregel) or {}
        concept = afschrift_concept(profiel, o.maatregel, persoon, o.waarden, adressen, met_pdf=pdf is not None)
        concepten.append((nummer, concept, pdf))
    # De datum van het concept is de datum van de brief (brief --datum), zoals doorsturen --datum: anders lag een
    # bevestiging voor een brief van gisteren vóór het concept.
    datums = {str(o.maatregel["maatregel"]): o.maatregel.get("datum") or dag for o in kandidaten}
    from agressie_cli.domein.fouten import AgressieFout

    try:
        uitkomst.update(_schrijf(werkplek, concepten, uitkomst, datums.__getitem__, pdf_melding))
    except (AgressieFout, OSError) as fout:  # de brief is al bewaard: die blijft, het afschrift moet dan met de hand
        reden = (
            fout.melding if isinstance(fout, AgressieFout) else f"schrijven in uitgaand/ lukte niet ({fout.strerror})."
        )
        return {
            str(o.maatregel["maatregel"]): Afschrift(
                str(o.maatregel["maatregel"]),
                None,
                tuple(profiel.soort(str(o.maatregel["soort"])).afschrift),
                False,
                f"Het afschrift van {o.maatregel['maatregel']} is niet gemaakt of vastgelegd: {reden} De brief "
                "is wel gemaakt; stuur hem zelf door aan politie en receptie.",
            )
            for o in kandidaten
        }
    return uitkomst


def _en(wie: tuple[str, ...]) -> str:
    from agressie_cli.domein.nederlands import opsomming

    return opsomming(wie)


def _pdfs(
    ontwerpen: list[Ontwerp], pdfs: dict[Path, Path], pdf_fout: str | None, werkplek: Werkplek
) -> tuple[dict[Path, tuple[str, bytes]], str]:
    """De brieven als PDF (bestandsnaam, inhoud): wat brief --pdf al maakte, de rest nu in een tijdelijke map (de brief
    krijgt er zo geen PDF naast die de gebruiker niet vroeg). Lukt het niet: de melding."""
    import shutil
    import tempfile

    from agressie_cli.domein.fouten import AgressieFout

    uitkomst: dict[Path, tuple[str, bytes]] = {}
    nodig = []
    for o in ontwerpen:
        pad = o.document.pad
        if pad in pdfs and pdfs[pad].is_file():
            uitkomst[pad] = (pdfs[pad].name, pdfs[pad].read_bytes())
        else:
            nodig.append(pad)
    if not nodig:
        return uitkomst, ""
    if pdf_fout:
        return uitkomst, pdf_fout
    from agressie_cli.documenten.brieven.pdf import naar_pdf

    tijdelijk = Path(tempfile.mkdtemp(prefix="agressie-afschrift-"))
    try:
        gemaakt = naar_pdf(
            nodig, tijdelijk, meld=lambda tekst: werkplek.voortgang(f"Afschrift voor politie en receptie: {tekst}")
        )
        for pad, pdf in zip(nodig, gemaakt, strict=True):
            uitkomst[pad] = (pdf.name, pdf.read_bytes())
        return uitkomst, ""
    except AgressieFout as fout:
        return uitkomst, fout.melding
    finally:
        shutil.rmtree(tijdelijk, ignore_errors=True)


def _schrijf(
    werkplek: Werkplek,
    concepten: list,
    niet_gemaakt: dict[str, Afschrift],
    dag_van: Callable[[str], date],
    pdf_melding: str,
) -> dict[str, Afschrift]:
    """Schrijft de concepten en legt alles vast in één schrijfactie; wordt het register niet bewaard, dan verdwijnen
    de nieuwe concepten weer (zoals bij doorsturen)."""
    from agressie_cli.documenten.eml import concept_bytes, schrijf_bytes
    from agressie_cli.domein.afschrift import ZONDER_PDF, leg_vast, ontbrekende_adressen
    from agressie_cli.handelingen.doorsturen import _terug_bij_fout

    uitmap = werkplek.instellingen.uitgaandmap
    uitkomst: dict[str, Afschrift] = {}
    with _terug_bij_fout() as geschreven, werkplek.wijzig() as register:
        for nummer, afschrift in niet_gemaakt.items():
            leg_vast(register, nummer, None, ontbrekende_adressen(afschrift.aan))
        for nummer, concept, pdf in concepten:
            doel = uitmap / concept.bestandsnaam
            geschreven.append((doel, doel.read_bytes() if doel.is_file() else None))
            schrijf_bytes(concept_bytes(concept.ontvangers, concept.onderwerp, concept.tekst, pdf), doel)
            leg_vast(register, nummer, dag_van(nummer), "" if pdf is not None else ZONDER_PDF)
            wie = tuple(w for w, _ in concept.ontvangers)
            melding = (
                ""
                if pdf is not None
                else f"Het afschrift van {nummer} staat klaar zonder de brief als PDF. {pdf_melding} Voeg de brief "
                "zelf als PDF toe voordat u het verstuurt."
            )
            uitkomst[nummer] = Afschrift(nummer, doel, wie, pdf is not None, melding)
    return uitkomst


def bevestig_verzonden(
    werkplek: Werkplek, maatregel: str, datum: str | date | None = None, vandaag: date | None = None
) -> AfschriftVerzonden:
    """Legt vast dat het afschrift van de brief van `maatregel` aan politie en receptie op `datum` (standaard vandaag)
    verstuurd is; daarna herinnert agressie termijnen er niet meer aan."""
    from agressie_cli.domein.afschrift import bevestig_verzonden as leg_verzending_vast
    from agressie_cli.domein.datums import lees_datum

    vandaag = vandaag or date.today()
    dag = lees_datum(datum, "«datum»") or vandaag
    with werkplek.wijzig() as register:
        v = leg_verzending_vast(register, werkplek.profiel, maatregel, dag, vandaag)
    return AfschriftVerzonden(v.maatregel, v.incident, v.verzonden, v.klaargezet, v.eerder)
