"""Een bestand in één stap vervangen: eerst een tijdelijk bestand in dezelfde map schrijven, dan vervangen.
Wie het bestand leest (Excel, een collega, de volgende agressie-aanroep), ziet het oude of het nieuwe, nooit
een half bestand. Elke laag die bestanden schrijft (register, snelle kopie, herstel, brieven, rapport) gebruikt
dit ene stuk; daarom staat het hier, in de onderste laag, en niet in opslag/ (documenten mogen opslag niet
importeren)."""

from __future__ import annotations

import contextlib
import os
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

POGINGEN = 20
WINDOWS = os.name == "nt"  # één plek, zodat de tests het Windows-pad kunnen nabootsen
MAX_PAD = 259  # MAX_PATH van Windows (260) min de afsluitende nul; langer faalt daar met een onduidelijke fout


FILE_ATTRIBUTE_HIDDEN = 0x2


def tijdelijk_naast(doel: Path) -> Path:
    """Het tijdelijke pad naast `doel`: de langste naam van een schrijfactie (zie weiger_te_lang)."""
    return doel.with_name(f".{doel.name}-{uuid.uuid4().hex[:8]}.tmp")


def weiger_te_lang(pad: Path) -> None:
    """Weigert vooraf, met niets gewijzigd, een (tijdelijk) pad dat op Windows te lang wordt (3.6): register,
    reservekopieën, rapporten, `uitgaand/`, meldformulieren en instellingen (atomisch), niet alleen brieven. De
    melding noemt de map en de lengte, niet de bestandsnaam: die bevat bij een brief de achternaam (AVG)."""
    if te_lang_voor_windows(pad):
        from agressie_cli.domein.fouten import Afsluitcode, AgressieFout

        raise AgressieFout(
            f"Een bestand in de map '{pad.parent}' zou een pad van {len(str(pad.absolute()))} tekens krijgen; Windows "
            f"staat er zonder 'lange paden' {MAX_PAD} toe. Er is niets gewijzigd. Kies een kortere map (bijvoorbeeld "
            "M:\\Agressie voor het register, of een kortere map met «uit»), of vraag de beheerder om lange paden in "
            "Windows aan te zetten.",
            code=Afsluitcode.FOUT,
        )


def verberg(pad: Path) -> None:
    """Een tijdelijk bestand verborgen op Windows (3.6): collega's op de netwerkschijf zien geen
    '.register.xlsx-1a2b3c4d.tmp' of een halve brief met een achternaam in de naam. Alleen op Windows; mislukt het
    (een schijf zonder attributen), dan blijft het bestand zichtbaar: geen reden om het werk te stoppen. Vóór het
    vervangen gaat het attribuut er weer af (vervang), anders zou het register zelf verborgen worden."""
    if WINDOWS:
        with contextlib.suppress(Exception):
            zet_verborgen(pad, True)


def zet_verborgen(pad: Path, verborgen: bool) -> None:
    """FILE_ATTRIBUTE_HIDDEN aan of uit via de Windows-API (ctypes); alleen aangeroepen als os.name == "nt"."""
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    huidig = kernel32.GetFileAttributesW(str(pad))
    if huidig == 0xFFFFFFFF:  # INVALID_FILE_ATTRIBUTES: het bestand is er niet (meer)
        return
    nieuw = huidig | FILE_ATTRIBUTE_HIDDEN if verborgen else huidig & ~FILE_ATTRIBUTE_HIDDEN
    if nieuw != huidig:
        kernel32.SetFileAttributesW(str(pad), nieuw)


def vervang(bron: Path, doel: Path, pogingen: int = POGINGEN) -> None:
    """os.replace, met nieuwe pogingen op Windows: daar faalt vervangen zolang een lezer het bestand kort open
    heeft (een virusscanner, de verkenner, een collega die het register net leest). Een verborgen tijdelijk bestand
    (verberg) wordt eerst weer zichtbaar: het attribuut gaat mee met het vervangen."""
    if WINDOWS:
        with contextlib.suppress(Exception):
            zet_verborgen(bron, False)
    for poging in range(pogingen):
        try:
            os.replace(bron, doel)
            return
        except PermissionError:
            if poging == pogingen - 1 or not WINDOWS:
                raise
            time.sleep(0.1)


def te_lang_voor_windows(pad: Path) -> bool:
    """Zonder 'lange paden' in Windows (standaard uit) kan een programma geen bestand met een pad van 260 tekens of
    meer maken; op een diepe netwerkmap met een lange achternaam in de bestandsnaam gebeurt dat."""
    return WINDOWS and len(str(pad.absolute())) > MAX_PAD


@contextlib.contextmanager
def atomisch(doel: Path, fsync: bool = False) -> Iterator[Path]:
    """Geeft een tijdelijk pad naast `doel`; na een normaal einde vervangt dat `doel` in één stap. Bij een fout
    blijft `doel` zoals het was en verdwijnt het tijdelijke bestand."""
    tijdelijk = tijdelijk_naast(doel)
    weiger_te_lang(tijdelijk)
    try:
        yield tijdelijk
        verberg(tijdelijk)  # zo kort mogelijk zichtbaar, en nooit zichtbaar achtergelaten na een vastloper hierna
        if fsync:
            with open(tijdelijk, "rb+") as f:
                os.fsync(f.fileno())
        vervang(tijdelijk, doel)
    finally:
        with contextlib.suppress(OSError):
            tijdelijk.unlink()
