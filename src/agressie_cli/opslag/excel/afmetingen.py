"""Past het register in het geheugen? Eén verdwaalde cel ver weg (XFD1048576, bijvoorbeeld na Ctrl+End en een
spatie) liet python-calamine 549 GB proberen te reserveren: elk commando, `herstel` ook, stopte met een
Rust-backtrace (2.5). Daarom eerst kijken hoe ver de bladen reiken, zonder ze te lezen."""

from __future__ import annotations

import io
import re
import zipfile

from agressie_cli.opslag.excel.xlsx import MAX_BLAD_BYTES  # uitgepakt; meer is geen register maar een zipbom

# Ruim boven wat een gemeente ooit registreert (10.000 incidenten is al veel), ver onder wat het geheugen opblaast.
MAX_RIJEN = 200_000
MAX_KOLOMMEN = 702  # t/m kolom ZZ; het register heeft er zo'n 40, plus wat een gebruiker ernaast zet

# Een celverwijzing met drie of meer letters (kolom AAA en verder); rijnummers staan in r="123" bij <row>.
# Zonder \b ervoor: dan zoekt re op de letterlijke tekst r=" en is het tien keer sneller (100 -> 10 ms bij 10.000
# incidenten, bij elke lezing zonder snelle kopie).
_VERRE_KOLOM = re.compile(rb'r="([A-Z]{3,})(\d+)"')
_RIJ = re.compile(rb'<(?:\w+:)?row\b[^>]*?\br="(\d+)"')


def kolomnummer(letters: str) -> int:
    nummer = 0
    for letter in letters:
        nummer = nummer * 26 + ord(letter) - 64
    return nummer


def te_groot(inhoud: bytes) -> str | None:
    """Een melding als een blad te ver reikt of te groot is; None als alles past."""
    with zipfile.ZipFile(io.BytesIO(inhoud)) as zip_:
        for info in zip_.infolist():
            if not (info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml")):
                continue
            if info.file_size > MAX_BLAD_BYTES:
                return f"een blad is uitgepakt {info.file_size // (1024 * 1024)} MB groot"
            data = zip_.read(info)
            melding = _te_ver(data)
            if melding:
                return melding
    return None


def _te_ver(data: bytes) -> str | None:
    verre = _VERRE_KOLOM.search(data)
    if verre and kolomnummer(verre.group(1).decode()) > MAX_KOLOMMEN:
        return f"er staat iets in cel {verre.group(1).decode()}{verre.group(2).decode()}"
    staart = data[-65536:]  # de rijen staan op volgorde: de laatste staat achteraan
    rijen = [int(r) for r in _RIJ.findall(staart)]
    if rijen and max(rijen) > MAX_RIJEN:
        return f"er staat iets op rij {max(rijen)}"
    return None
