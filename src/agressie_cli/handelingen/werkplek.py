"""De Werkplek: wat een handeling nodig heeft uit de map van het register (instellingen, profiel, opslag), pas
geladen als het nodig is, en wie er werkt. Elke voorkant maakt er één per handeling of per verzoek; init en herstel
maken hem zonder register."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Hashable, Iterator
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from agressie_cli.domein.fouten import AgressieFout
from agressie_cli.domein.instellingen import INSTELLINGEN_BESTAND, Instellingen, lees_instellingen, lees_toml

if TYPE_CHECKING:
    from agressie_cli.domein.profiel import Profiel
    from agressie_cli.domein.register import Register
    from agressie_cli.opslag import Opslag

T = TypeVar("T")

ONEDRIVE = (
    "Let op: het register staat in een map van OneDrive, SharePoint of Teams. Het slot van agressie werkt daar "
    "alleen op deze pc, en samen bewerken laat geen eigenaarsbestand achter: twee collega's kunnen elkaars "
    "wijzigingen overschrijven. Zet de map op een netwerkschijf (SMB-share) van de gemeente; zie de README."
)


def onder_onedrive(pad: Path) -> bool:
    """Ligt het pad in een map die OneDrive synchroniseert (ook bedrijfs-OneDrive en SharePoint/Teams)?"""
    import os

    pad = Path(os.path.abspath(pad))
    for sleutel in ("OneDrive", "OneDriveCommercial", "OneDriveConsumer"):
        wortel = os.environ.get(sleutel)
        if wortel and pad.is_relative_to(Path(os.path.abspath(wortel))):
            return True
    return any(deel.lower().startswith(("onedrive", "sharepoint")) for deel in pad.parts)


def _stil(tekst: str) -> None:
    """Standaard zegt een werkplek niets; de opdrachtregel zet stderr, het web verzamelt de meldingen per pagina."""


class Werkplek:
    """De map van één gemeente. `meld` krijgt wat de gebruiker tussendoor moet weten (een bijgewerkt schema, wachten
    op een collega, met de hand gewijzigde cellen); `gebruiker` is wie in het logboek komt (None: de gebruiker van
    het besturingssysteem, zoals op de opdrachtregel)."""

    def __init__(
        self,
        map_pad: Path,
        register_nodig: bool = True,
        opslag: Opslag | None = None,
        gebruiker: str | None = None,
        meld: Callable[[str], None] = _stil,
        voortgang: Callable[[str], None] = _stil,
    ):
        self.map = Path(map_pad)
        self.register_nodig = register_nodig  # init en herstel: het register mag (nog) ontbreken
        self.gebruiker = gebruiker
        self.meld = meld
        self.voortgang = voortgang  # "PDF maken ..." vóór een traag deel (de opdrachtregel: niet bij --json)
        if opslag is not None:  # een andere opslag dan het Excel-bestand uit de instellingen (tests: in het geheugen)
            opslag.na_schrijven = self._ruim_verlaten_brieven_op
            self.opslag = opslag

    @cached_property
    def instellingen(self) -> Instellingen:
        if self.register_nodig and "opslag" not in self.__dict__:
            return lees_instellingen(self.map)
        bestand = self.map / INSTELLINGEN_BESTAND
        if not bestand.is_file():
            from agressie_cli.domein.fouten import Afsluitcode
            from agressie_cli.domein.instellingen import geen_instellingen

            raise AgressieFout(geen_instellingen(self.map), code=Afsluitcode.FOUT)
        return Instellingen(self.map, lees_toml(bestand))

    @cached_property
    def profiel(self) -> Profiel:
        from agressie_cli.domein.profiel import laad_profiel

        return laad_profiel(self.instellingen)

    @cached_property
    def opslag(self) -> Opslag:
        from agressie_cli.opslag.excel import ExcelOpslag

        opslag = ExcelOpslag(self.instellingen.register_pad, self.profiel)
        if onder_onedrive(self.instellingen.register_pad):
            self.meld(ONEDRIVE)
        opslag.bij_migratie = self.meld
        opslag.bij_wachten = self.meld
        opslag.na_schrijven = self._ruim_verlaten_brieven_op
        opslag.briefmap = self.instellingen.briefmap
        return opslag

    def _ruim_verlaten_brieven_op(self) -> None:
        """Na elke schrijfactie, onder het slot: half gemaakte brieven en e-mailconcepten van een gestopte `brief` of
        `doorsturen` (tijdelijke naam met de achternaam, persoonsgegevens erin) gaan weg, niet pas bij `opschonen`
        (3.3 punt 13). Alleen wat ouder is dan VERLATEN_NA: een jongere kan van een collega zijn die nu een brief maakt.
        Lukt het niet (een map zonder rechten), dan de volgende keer: de schrijfactie zelf is gelukt."""
        from datetime import datetime

        from agressie_cli.domein.opschonen import verlaten_brieven, verwijder

        with contextlib.suppress(AgressieFout, OSError):
            instellingen = self.instellingen
            verwijder(verlaten_brieven((instellingen.briefmap, instellingen.uitgaandmap), datetime.now()))

    def lees(self, bladen: tuple[str, ...] | None = None) -> Register:
        """Het register om te lezen; wat er bij het lezen niet klopte, hoort de gebruiker via `meld`."""
        register = self.opslag.lees(bladen=bladen)
        problemen = self.opslag.problemen(register)
        if problemen:
            regels = [
                "Let op: het register bevat waarden die niet kloppen (met de hand gewijzigd?). "
                "Deze rijen worden overgeslagen waar dat nodig is:",
                *(f"  {regel}" for regel in problemen[:50]),
            ]
            if len(problemen) > 50:
                regels.append(f"  ... en nog {len(problemen) - 50} meer.")
            for regel in regels:
                self.meld(regel)
        return register

    def onthoud(self, sleutel: Hashable, maak: Callable[[], T]) -> T:
        """De uitkomst van `maak`, die alleen uit het register leest en rekent. Hier elke keer opnieuw berekend; de
        webserver (web/geheugen.py) bewaart hem zolang het register hetzelfde is, zodat twintig gebruikers niet twintig
        keer hetzelfde uitrekenen. `sleutel` noemt wat er nog meer in de uitkomst zit (de peildatum)."""
        return maak()

    def voor(self, gebruiker: str | None) -> Werkplek:
        """Dezelfde map voor een andere gebruiker (het web: één werkplek per verzoek), met wat al geladen is."""
        kopie = type(self).__new__(type(self))  # ook een afgeleide werkplek (het web: met het register in het geheugen)
        kopie.__dict__.update(self.__dict__)
        kopie.gebruiker = gebruiker
        return kopie

    @contextlib.contextmanager
    def wijzig(self, na_bewaren: Callable[[], None] | None = None) -> Iterator[Register]:
        """Het register onder het slot om te wijzigen en te bewaren (zie Opslag.wijzig), met de gebruiker van deze
        werkplek in het logboek."""
        with self.opslag.wijzig(na_bewaren) as register:
            if self.gebruiker:
                register.gebruiker = self.gebruiker
            yield register
