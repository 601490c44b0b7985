"""Het uittreksel van de melding als bijlage bij een brief (3.4, `brief --met-uittreksel`): wat, waar en wanneer, op
een eigen pagina achter de brief. De Haagse ombudsman: de persoon hoort concreet te weten wat er gemeld is. De inhoud
(de brieftekst, namen van medewerkers als hun rol) beslist domein/inzage.uittreksel."""

from __future__ import annotations

from pathlib import Path

from agressie_cli.domein.inzage import Uittreksel


def voeg_toe(pad: Path, uittreksel: Uittreksel) -> None:
    """Zet het uittreksel op een nieuwe pagina achter de brief in `pad` (een .docx, nog op zijn tijdelijke plek)."""
    from docx import Document
    from docx.enum.text import WD_BREAK

    doc = Document(str(pad))
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    kop = doc.add_paragraph().add_run("Bijlage: uittreksel van de melding")
    kop.bold = True
    doc.add_paragraph(
        "Dit is wat er over het incident is gemeld en waarop het besluit in de brief is gebaseerd. Namen van "
        "medewerkers staan er niet in."
    )
    tabel = doc.add_table(rows=0, cols=2)
    tabel.style = "Table Grid"
    for vraag, antwoord in (
        ("Wanneer", uittreksel.wanneer),
        ("Waar", uittreksel.waar),
        ("Wat", uittreksel.wat),
        ("Kenmerk", uittreksel.incident),
    ):
        cellen = tabel.add_row().cells
        cellen[0].text, cellen[1].text = vraag, antwoord
        for run in cellen[0].paragraphs[0].runs:
            run.bold = True
    doc.save(str(pad))
