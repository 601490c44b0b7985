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


def tijdelijk_naast(doel: Path) -> Path:
    return doel.with_name(f".{doel.name}-{uuid.uuid4().hex[:8]}.tmp")


def vervang(bron: Path, doel: Path, pogingen: int = POGINGEN) -> None:
    """os.replace, met nieuwe pogingen op Windows: daar faalt vervangen zolang een lezer het bestand kort open
    heeft (een virusscanner, de verkenner, een collega die het register net leest)."""
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
    try:
        yield tijdelijk
        if fsync:
            with open(tijdelijk, "rb+") as f:
                os.fsync(f.fileno())
        vervang(tijdelijk, doel)
    finally:
        with contextlib.suppress(OSError):
            tijdelijk.unlink()
