"""Meldingen op het web samen schrijven (3.5): twintig medewerkers die tegelijk op 'Melding versturen' drukken, kosten
één schrijfactie, niet twintig. Elke POST /melden controleert zijn formulier zelf (een fout staat meteen naast het
veld) en zet de melding dan in de rij; één schrijver (een thread van de server) neemt alles wat in de rij staat en
registreert het in één transactie onder het slot van het register (registreren.melden_web_samen). Elke melding krijgt
haar eigen nummer en haar eigen regel in logboek.csv, met de naam van wie haar verstuurde.

Zo wacht een melding niet achter negentien andere schrijfacties van de webserver; wel, zoals elke schrijfactie, op de
opdrachtregel (hetzelfde slot). Kan het register ook na lang wachten niet geschreven worden, dan krijgt elke melding in
die transactie de fout, en houdt de pagina wat de medewerker invulde."""

from __future__ import annotations

import queue
import threading
from collections.abc import Mapping
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from agressie_cli.handelingen.werkplek import Werkplek

if TYPE_CHECKING:
    from agressie_cli.handelingen.registreren import GelezenFormulier, Gemeld


@dataclass
class _Taak:
    werkplek: Werkplek
    melding: GelezenFormulier
    uitkomst: Future[Gemeld] = field(default_factory=Future)


class Meldrij:
    """De rij van meldingen die op de schrijver wachten; één per server."""

    def __init__(self) -> None:
        self._rij: queue.SimpleQueue[_Taak] = queue.SimpleQueue()
        self._start = threading.Lock()
        self._schrijver: threading.Thread | None = None
        self.schrijfacties = 0  # hoe vaak de schrijver het register schreef (de tests tellen het)
        self._teller = threading.Lock()
        self.wachtend = 0  # meldingen in de rij of in de transactie van nu, nog zonder uitkomst

    def melden(self, werkplek: Werkplek, antwoorden: Mapping[str, Any], door: str) -> Gemeld:
        """Controleert het formulier (een InvoerFout komt meteen terug), zet de melding in de rij en wacht tot de
        schrijver haar registreerde; geeft het nummer, of de fout van juist deze melding of van de transactie."""
        from agressie_cli.handelingen import registreren

        melding = registreren.webmelding(werkplek, antwoorden, door)
        taak = _Taak(werkplek, melding)
        self._zorg_voor_schrijver()
        with self._teller:
            self.wachtend += 1
        self._rij.put(taak)
        try:
            return taak.uitkomst.result()
        finally:
            with self._teller:
                self.wachtend -= 1

    def _zorg_voor_schrijver(self) -> None:
        with self._start:
            if self._schrijver is None or not self._schrijver.is_alive():
                self._schrijver = threading.Thread(target=self._schrijf, name="agressie-meldrij", daemon=True)
                self._schrijver.start()

    def _schrijf(self) -> None:
        while True:
            taken = [self._rij.get()]  # wacht op de eerste; dan alles wat intussen binnenkwam
            while True:
                try:
                    taken.append(self._rij.get_nowait())
                except queue.Empty:
                    break
            self._schrijf_samen(taken)

    def _schrijf_samen(self, taken: list[_Taak]) -> None:
        from agressie_cli.handelingen import registreren

        try:
            # De werkplek van de eerste: ze delen map, opslag en geheugen; wie het logboek noemt, staat per melding.
            uitslagen = registreren.melden_web_samen(taken[0].werkplek, [t.melding for t in taken])
            self.schrijfacties += 1
        except BaseException as fout:  # de hele transactie: elke melding erin hoort het (niets is geregistreerd)
            for taak in taken:
                taak.uitkomst.set_exception(fout)
            if not isinstance(fout, Exception):
                raise
            return
        for taak, uitslag in zip(taken, uitslagen, strict=True):
            if uitslag.fout is not None:
                taak.uitkomst.set_exception(uitslag.fout)
            else:
                assert uitslag.gemeld is not None
                taak.uitkomst.set_result(uitslag.gemeld)
