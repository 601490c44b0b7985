"""Het document dat een maatregel is (een brief, de informatie voor de aangifte): één transactie voor allebei, met
één stel voorwaarden (domein: `incident_voor_maatregel`).

De volgorde (3.3): lezen, besluiten en het sjabloon vullen gebeurt zonder het slot van het register, want vullen
kan duren en een collega die intussen een incident meldt, hoeft daar niet op te wachten. Daarna onder het slot: het
register opnieuw lezen, elk besluit opnieuw nemen op het register zoals het nu is (de voorwaarden opnieuw, de
nummers en de bestandsnaam opnieuw), en alleen als het document daardoor niet anders zou worden, hoort het gevulde
document bij de nieuwe maatregel; bewaren; pas dan het document op zijn plaats. Veranderde het register intussen zo
dat het document anders wordt, dan opnieuw vullen, buiten het slot."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from agressie_cli.domein.fouten import Afsluitcode, AgressieFout
from agressie_cli.handelingen.werkplek import Werkplek

if TYPE_CHECKING:
    from agressie_cli.documenten.brieven.maken import Ontwerp
    from agressie_cli.domein.register import Register

POGINGEN = 3  # zo vaak opnieuw vullen als het register intussen veranderde op een manier die het document raakt

V = TypeVar("V")


@dataclass(frozen=True)
class Gemaakt:
    ontwerpen: list[Ontwerp]  # per gemaakt document het ontwerp zoals het vastligt (document, maatregel)
    fouten: list[tuple[str, str]]  # (incident, melding met «veld»-merktekens) van verzoeken die niet doorgingen
    register: Register  # het register zoals het bewaard is


class _Gewijzigd(Exception):
    """Onder het slot bleek het document anders te worden dan het gevulde: niets bewaren, opnieuw vullen."""


def maak(
    werkplek: Werkplek,
    verzoeken: Sequence[V],
    nummer_van: Callable[[V], str],
    ontwerp: Callable[[Register, V], Ontwerp],
    wat: str,
    uitmap: Path | None,
    stop_bij_fout: bool = True,
    voortgang: Callable[[int, int], object] | None = None,
) -> Gemaakt:
    """Maakt voor elk verzoek het document en legt zijn maatregel vast, in één schrijfactie op het register. `wat`
    zegt wat er bij een ingetrokken incident niet gebeurt ("brief gemaakt"). Bij stop_bij_fout stopt de eerste fout
    alles (er is dan niets vastgelegd en geen document gemaakt); anders gaat een verzoek met een fout niet door en
    staat het met zijn melding (met «veld»-merktekens) in de fouten. De documenten staan daarna op hun plaats."""
    from agressie_cli.documenten.brieven.maken import weg_bij_fout

    for poging in range(POGINGEN):
        gemaakt: list[Path] = []
        try:
            with weg_bij_fout(gemaakt):  # wordt er niets bewaard, dan blijft er ook geen document staan
                return _poging(
                    werkplek, verzoeken, nummer_van, ontwerp, wat, uitmap, stop_bij_fout, gemaakt,
                    voortgang if poging == 0 else None,
                )  # fmt: skip
        except _Gewijzigd:
            continue
    raise AgressieFout(
        f"Het register werd {POGINGEN} keer gewijzigd terwijl het document gemaakt werd, telkens zo dat het anders "
        "zou worden. Er is niets vastgelegd en er is geen document gemaakt. Probeer het zo opnieuw.",
        code=Afsluitcode.FOUT,
    )


def _poging(
    werkplek: Werkplek,
    verzoeken: Sequence[V],
    nummer_van: Callable[[V], str],
    ontwerp: Callable[[Register, V], Ontwerp],
    wat: str,
    uitmap: Path | None,
    stop_bij_fout: bool,
    gemaakt: list[Path],
    voortgang: Callable[[int, int], object] | None,
) -> Gemaakt:
    from agressie_cli.documenten.brieven.maken import neem_over, plaats, rond_af, vul
    from agressie_cli.domein.fouten import InvoerFout

    def besluit(register: Register, verzoek: V) -> Ontwerp:
        from agressie_cli.domein.maatregelen import incident_voor_maatregel

        incident_voor_maatregel(
            register, nummer_van(verzoek), wat
        )  # de voorwaarde van elk document dat een maatregel is
        return ontwerp(register, verzoek)

    fouten: list[tuple[str, str]] = []
    # 1. Zonder slot: lezen, besluiten (op een kopie die niet bewaard wordt) en vullen.
    # Zonder meldingen over het lezen: die horen bij opvragen, niet bij een brief. `lees_vooraf`: veranderde het
    # register niet tot het slot er is, dan leest de opslag het daar niet nog eens (3.2).
    gelezen = werkplek.opslag.lees_vooraf()
    gevuld: list[tuple[V, Ontwerp]] = []
    for gedaan, verzoek in enumerate(verzoeken, start=1):
        try:
            voorlopig = besluit(gelezen, verzoek)
            vul(voorlopig, gemaakt, werkplek.instellingen.sjabloongrenzen)
            gevuld.append((verzoek, voorlopig))
        except InvoerFout as fout:
            if stop_bij_fout:
                raise
            fouten.append((nummer_van(verzoek), fout.sjabloon))
        if voortgang:
            voortgang(gedaan, len(verzoeken))
    # 2. Onder het slot: opnieuw besluiten op het register zoals het nu is, bewaren, dan de documenten plaatsen.
    klaar: list[Ontwerp] = []
    briefmap = werkplek.instellingen.briefmap
    with werkplek.wijzig(na_bewaren=lambda: plaats([o.document for o in klaar], gemaakt)) as register:
        rond_af(register, uitmap or briefmap, briefmap)  # van een gestopte `brief` of `aangifte`
        for verzoek, voorlopig in gevuld:
            try:
                definitief = besluit(register, verzoek)
            except InvoerFout as fout:  # het register veranderde intussen: bijvoorbeeld ingetrokken
                if stop_bij_fout:
                    raise
                fouten.append((nummer_van(verzoek), fout.sjabloon))
                _weg(voorlopig, gemaakt)
                continue
            if definitief.inhoud != voorlopig.inhoud:
                raise _Gewijzigd()
            neem_over(definitief, voorlopig, gemaakt)
            klaar.append(definitief)
    return Gemaakt(klaar, fouten, register)


def _weg(ontwerp: Ontwerp, gemaakt: list[Path]) -> None:
    tijdelijk = ontwerp.document.tijdelijk
    if tijdelijk is not None:
        tijdelijk.unlink(missing_ok=True)
        if tijdelijk in gemaakt:
            gemaakt.remove(tijdelijk)


def pdfs(paden: list[Path], meld: Callable[[str], None] = lambda tekst: None) -> tuple[dict[Path, Path], str | None]:
    """PDF's naast de documenten (LibreOffice), na het bewaren. Lukt het niet, dan (niets, de melding): de documenten
    en hun maatregelen blijven."""
    from agressie_cli.documenten.brieven.pdf import naar_pdf

    try:
        return dict(zip(paden, naar_pdf(paden, paden[0].parent, meld=meld), strict=True)), None
    except AgressieFout as fout:
        return {}, fout.melding
