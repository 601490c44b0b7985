"""PDF's van de brieven met LibreOffice (soffice), in één aanroep voor alle brieven samen."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from pathlib import Path

from agressie_cli.domein.fouten import Afsluitcode, AgressieFout


def soffice() -> str | None:
    for naam in ("soffice", "libreoffice"):
        gevonden = shutil.which(naam)
        if gevonden:
            return gevonden
    for kandidaat in (
        r"C:\Program Files\LibreOffice\program\soffice.exe",
        r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
    ):
        if Path(kandidaat).is_file():
            return kandidaat
    return None


def naar_pdf(bestanden: list[Path], uitmap: Path) -> list[Path]:
    """Eén LibreOffice-aanroep voor alle brieven samen."""
    programma = soffice()
    if programma is None:
        raise AgressieFout(
            "LibreOffice is niet gevonden, dus er is geen PDF gemaakt; de .docx-brief staat er wel. "
            "Installeer LibreOffice (Windows: libreoffice.org; Debian/Ubuntu: sudo apt install libreoffice-writer) en probeer opnieuw.",
            code=Afsluitcode.FOUT,
        )
    profielmap = uitmap / f".lo-{uuid.uuid4().hex[:8]}"
    try:
        subprocess.run(
            [
                programma,
                f"-env:UserInstallation={profielmap.resolve().as_uri()}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(uitmap),
                *[str(b) for b in bestanden],
            ],
            check=True,
            capture_output=True,
            timeout=600,
        )
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as fout:
        raise AgressieFout(
            f"LibreOffice kon de PDF niet maken ({type(fout).__name__}); de .docx-brief staat er wel.",
            code=Afsluitcode.FOUT,
        )
    finally:
        shutil.rmtree(profielmap, ignore_errors=True)
    pdfs = [uitmap / (b.stem + ".pdf") for b in bestanden]
    ontbreekt = [p.name for p in pdfs if not p.is_file()]
    if ontbreekt:
        raise AgressieFout(
            f"LibreOffice maakte geen PDF van {', '.join(ontbreekt)}; de .docx-brief staat er wel.",
            code=Afsluitcode.FOUT,
        )
    return pdfs
