"""3.6 het rapport: labels van het profiel ook in de trend en de grafiek, lange maatregelen niet over de volgende rij,
elk lettertype met naam, een lopend kwartaal heet voorlopig, en de kopregel op elke afgedrukte pagina."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from conftest import REDEN, maak_gemeente


def _rapport(g, *args: str) -> Path:
    return Path(g.json("rapport", *args)["bestand"])


def test_trend_en_grafiek_met_labels_en_lettertypen_met_naam(tmp_path):
    losser = maak_gemeente(tmp_path, "losser")
    losser.meld(naam="Jan Bos", kanaal="balie", datum="2026-08-03", tijd="10:00", gedrag="C")
    wb = load_workbook(_rapport(losser, "--kwartaal", "2026-Q3"))
    koppen = [c.value for c in wb["Trend"][1]]
    assert "C-gedrag (jij)" in koppen and "C" not in koppen
    titels = [s.tx.strRef.f for s in wb["Trend"]._charts[0].series]
    assert all("Trend" in t for t in titels)  # de reeksen nemen hun naam uit de koppen met labels
    for blad in wb.worksheets:
        for rij in blad.iter_rows():
            for cel in rij:
                if cel.value is not None:
                    assert cel.font.name == "Calibri", (blad.title, cel.coordinate)
        assert blad.page_setup.orientation == "landscape"
    assert wb["Incidenten"].print_title_rows == "$1:$1"


def test_lopend_kwartaal_is_voorlopig_en_afgelopen_niet(gtb):
    vandaag = date.today()
    kwartaal = f"{vandaag.year}-Q{(vandaag.month - 1) // 3 + 1}"
    ws = load_workbook(_rapport(gtb, "--kwartaal", kwartaal))["Samenvatting"]
    tekst = ws["A3"].value
    assert tekst and "loopt nog" in tekst and "voorlopig" in tekst
    assert ws["A4"].value == "Kengetal" and ws["A4"].font.color.rgb.endswith("FFFFFF")  # de kop blijft op zijn plaats
    assert load_workbook(_rapport(gtb, "--kwartaal", "2025-Q1"))["Samenvatting"]["A3"].value is None


def test_lange_maatregelen_krijgen_een_hogere_rij(gtb):
    nummer = gtb.meld(naam="Jan de Vries", kanaal="balie", datum="2026-08-03", tijd="10:00", ernst="strafbaar")
    for soort in ("toegangsverbod", "aangifte", "aansprakelijkstelling", "registratie"):
        extra = ("--duur", "3") if soort == "toegangsverbod" else ()
        gtb.run("maatregel", nummer, "--soort", soort, "--datum", "2026-08-04", *extra, *REDEN)
    wi = load_workbook(_rapport(gtb, "--kwartaal", "2026-Q3"))["Incidenten"]
    maatregelen = wi.cell(2, 7).value
    assert len(maatregelen) > 40
    assert wi.cell(2, 7).alignment.wrap_text and (wi.row_dimensions[2].height or 0) >= 30


def test_aangifte_rijen_zeggen_waar_het_getal_vandaan_komt(gtb):
    rijen = [r[0].strip() for r in _samenvatting(gtb)]
    assert "Aangifte gedaan volgens de melding" in rijen
    assert "Aangifte vastgelegd als maatregel (agressie aangifte)" in rijen
    assert "Aangifte gedaan" not in rijen


def _samenvatting(g):
    ws = load_workbook(_rapport(g, "--kwartaal", "2025-Q1"))["Samenvatting"]
    return [r for r in ws.iter_rows(min_row=5, values_only=True) if r[0]]
