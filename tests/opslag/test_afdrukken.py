"""Issue 3.6 Excel: het register afgedrukt (liggend, op de breedte van één pagina, rij 1 op elke pagina, op elk blad)
en de keuzelijsten van het register en het meldformulier binnen de grenzen van Excel (hoogstens 255 tekens in een
lijst, geen komma in een keuze)."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import pytest

from conftest import maak_gemeente

GEMEENTEN = ["geertruidenberg", "losser"]


def _eigen_profiel(g, inhoud: str) -> Path:
    pad = g.map / "profiel.toml"
    pad.write_text(inhoud, encoding="utf-8")
    toml = g.map / "agressie.toml"
    tekst = re.sub(r'^profiel = ".*"$', 'profiel = "profiel.toml"', toml.read_text(encoding="utf-8"), flags=re.M)
    toml.write_text(tekst, encoding="utf-8")
    return pad


def _bladen(pad: Path) -> dict[str, str]:
    """De XML van elk blad van een .xlsx, op naam."""
    with zipfile.ZipFile(pad) as zf:
        werkboek = zf.read("xl/workbook.xml").decode("utf-8")
        namen = re.findall(r'<sheet name="([^"]*)"', werkboek)
        return {naam: zf.read(f"xl/worksheets/sheet{i}.xml").decode("utf-8") for i, naam in enumerate(namen, 1)}


# --- keuzelijsten ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("gemeente", GEMEENTEN)
def test_elke_keuzekolom_van_het_register_heeft_een_keuzelijst_binnen_de_grens(tmp_path, gemeente):
    """Geertruidenberg 4.2: "De coördinator van het interventieteam registreert de melding in excel." Elke kolom met
    vaste keuzes (status, kanaal, ernst of gedrag, ja/nee, ...) heeft in Excel een keuzelijst, en geen lijst is langer
    dan de 255 tekens die Excel in een lijst toestaat of heeft een keuze met een komma (dan haalt Excel de lijst bij
    het openen weg of valt de keuze uiteen)."""
    from agressie_cli.domein.instellingen import lees_instellingen
    from agressie_cli.domein.profiel import laad_profiel
    from agressie_cli.domein.velden import kolommen_van

    g = maak_gemeente(tmp_path, gemeente)
    profiel = laad_profiel(lees_instellingen(g.map))
    for naam, xml in _bladen(g.register).items():
        if naam == "Info":
            continue
        lijsten = re.findall(
            r'<dataValidation type="list"[^>]*sqref="([A-Z]+)2:[A-Z]+1048576"><formula1>"([^"]*)"', xml
        )
        kolommen = kolommen_van(naam, profiel)
        verwacht = {k.kop for k in kolommen if k.type in ("keuze", "janee") and k.keuzes}
        letters = {openpyxl.utils.get_column_letter(i): k.kop for i, k in enumerate(kolommen, 1)}
        assert {letters[letter] for letter, _ in lijsten} == verwacht, naam
        for _, lijst in lijsten:
            assert 0 < len(lijst) <= 255
    ws = openpyxl.load_workbook(g.register)["Incidenten"]
    klasse = "Ernst" if gemeente == "geertruidenberg" else "Gedrag"
    kolom = [c.value for c in ws[1]].index(klasse) + 1
    [lijst] = [
        dv for dv in ws.data_validations.dataValidation if openpyxl.utils.get_column_letter(kolom) in str(dv.sqref)
    ]
    assert lijst.formula1 == ('"licht,agressief,strafbaar"' if gemeente == "geertruidenberg" else '"A,B,C,D,E"')


@pytest.mark.parametrize(
    ("gemeente", "tabel", "waarden", "melding"),
    [
        (
            "geertruidenberg",
            "ernst",
            '"licht, verbaal" = "Licht en alleen verbaal"\n',
            "'licht, verbaal' bevat een komma",
        ),
        ("losser", "gedrag", '"F\\"" = "Anders"\n', "bevat een aanhalingsteken"),
        (
            "losser",
            "gedrag",
            "".join(f'gedragscategorie_{i:02d} = "Categorie {i}"\n' for i in range(20)),
            "een keuzelijst in Excel mag er hoogstens 255 hebben",
        ),
    ],
)
def test_een_profiel_met_waarden_die_geen_keuzelijst_kunnen_zijn_wordt_geweigerd(
    tmp_path, gemeente, tabel, waarden, melding
):
    """De classificatie van het profiel is een keuzelijst in het register en op het meldformulier (Geertruidenberg
    bijlage 2: licht, agressief, strafbaar; Losser: A tot en met E). Een eigen profiel met een waarde met een komma of
    met te veel tekens samen wordt bij het laden geweigerd, met de tabel en de waarde, vóór er iets geschreven is."""
    g = maak_gemeente(tmp_path, gemeente, geheugen=True)
    pad = _eigen_profiel(g, f'basis = "{gemeente}"\n[{tabel}]\n{waarden}')
    voor = g.momentopname()
    for args in (("meldformulier", "--uit", str(tmp_path / "formulier.xlsx")), ("melden", "--naam", "Jan")):
        uit = g.run(*args)
        assert uit.exit_code == 2, uit.output
        tekst = " ".join(uit.output.split())
        assert f"Profiel {pad}: in [{tabel}]" in tekst and melding in tekst, tekst
        assert "Traceback" not in uit.output
    assert g.momentopname() == voor and not (tmp_path / "formulier.xlsx").exists()


@pytest.mark.parametrize("gemeente", GEMEENTEN)
def test_meldformulier_keuzelijsten_binnen_de_grens(tmp_path, gemeente):
    """Geertruidenberg 4.2 (de melding met wat er gebeurde) op het meldformulier: elke keuzelijst is een lijst in de
    formule van hoogstens 255 tekens zonder komma in een keuze."""
    g = maak_gemeente(tmp_path, gemeente)
    doel = tmp_path / "formulier.xlsx"
    g.ok("meldformulier", "--uit", str(doel))
    wb = openpyxl.load_workbook(doel)
    lijsten = wb["Meldformulier"].data_validations.dataValidation
    assert len(lijsten) >= 4
    for lijst in lijsten:
        assert lijst.formula1.startswith('"') and len(lijst.formula1) - 2 <= 255
    assert wb.sheetnames == ["Meldformulier"]


def test_meldformulier_lange_lijst_op_een_verborgen_blad(tmp_path):
    """Past een lijst niet in de formule (een keuze met een komma, of meer dan 255 tekens), dan verwijst de keuzelijst
    naar het verborgen blad Keuzes en blijft elke keuze heel; het formulier blijft leesbaar voor melden --formulier."""
    from openpyxl import Workbook
    from openpyxl.worksheet.datavalidation import DataValidation

    from agressie_cli.documenten.meldformulier import _keuzelijst
    from agressie_cli.domein.meldformulier import Vraag
    from agressie_cli.domein.velden import Veld

    wb = Workbook()
    ws = wb.active
    lang = tuple(f"keuze nummer {i} met een lange omschrijving" for i in range(12))
    komma = ("ja, zeker", "nee")
    for rij, keuzes in ((1, lang), (2, komma)):
        vraag = Vraag(Veld("x", "X", "keuze", keuzes=keuzes), "Groep", "Vraag", "", False)
        _keuzelijst(ws, DataValidation, vraag, f"B{rij}")
    pad = tmp_path / "lijst.xlsx"
    wb.save(pad)
    terug = openpyxl.load_workbook(pad)
    assert terug["Keuzes"].sheet_state == "hidden"
    formules = sorted(dv.formula1 for dv in terug.active.data_validations.dataValidation)
    assert formules == ["Keuzes!$A$1:$A$12", "Keuzes!$B$1:$B$2"]
    assert [c.value for c in terug["Keuzes"]["A"]] == list(lang)
    assert [c.value for c in terug["Keuzes"]["B"]][:2] == list(komma)


# --- het register afgedrukt -----------------------------------------------------------------------------------------

KLASSE = {"geertruidenberg": {"ernst": "strafbaar"}, "losser": {"gedrag": "D"}}
DATABLADEN = {"Incidenten": "Incident", "Personen": "Persoon", "Maatregelen": "Maatregel"}


def _register_met_acht_incidenten(tmp_path: Path, gemeente: str):
    from conftest import REDEN, VOLLEDIG

    g = maak_gemeente(tmp_path, gemeente)
    for i in range(8):
        datum = f"2026-11-{i + 2:02d}"
        nummer = g.meld(naam=f"Persoon {i}", kanaal="balie", datum=datum, tijd="09:00", **KLASSE[gemeente], **VOLLEDIG)
        if i % 2:
            g.ok("maatregel", nummer, "--soort", "toegangsverbod", "--duur", "3", "--datum", datum, *REDEN)
    return g


@pytest.mark.parametrize("gemeente", GEMEENTEN)
def test_elk_blad_van_het_register_drukt_liggend_af_op_de_paginabreedte_met_de_kopregel(tmp_path, gemeente):
    """Geertruidenberg 4.2: "De coördinator van het interventieteam registreert de melding in excel"; wie het
    register afdrukt, kreeg 21 staande pagina's voor 8 incidenten en alleen op de eerste de koppen. Nu drukt elk blad
    A4 liggend af, passend op de breedte van één pagina (issue 3.6: "landscape, fit to width, row 1 repeated"), met
    rij 1 op elke pagina en een paginanummer."""
    g = _register_met_acht_incidenten(tmp_path, gemeente)
    wb = openpyxl.load_workbook(g.register)
    assert wb.sheetnames[:3] == list(DATABLADEN)
    for ws in wb.worksheets:
        assert ws.page_setup.orientation == "landscape", ws.title
        assert int(ws.page_setup.paperSize) == 9, ws.title  # A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        assert int(ws.page_setup.fitToHeight) == 0 and int(ws.page_setup.fitToWidth) == 1, ws.title
        assert "Pagina &P van &N" in ws.oddFooter.right.text, ws.title
        assert ws.print_options.gridLines, ws.title  # zonder lijnen is een afgedrukte tabel niet te volgen
    for naam in DATABLADEN:
        ws = wb[naam]
        assert ws.print_title_rows == "$1:$1", naam
    # Op één breedte past niet alles leesbaar: het afdrukbereik is de eerste kolommen, met wie, wat en wanneer.
    koppen = [c.value for c in wb["Incidenten"][1]]
    laatste = re.search(r"\$A\$1:\$([A-Z]+)\$9$", wb["Incidenten"].print_area).group(1)
    afgedrukt = koppen[: openpyxl.utils.column_index_from_string(laatste)]
    assert {"Incident", "Status", "Datum", "Naam", "Brieftekst", "Omschrijving"} <= set(afgedrukt), afgedrukt
    assert len(afgedrukt) < len(koppen)


@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdfinfo") is None, reason="geen LibreOffice")
def test_het_register_als_pdf_weinig_liggende_paginas_met_de_koppen_op_elke_pagina(tmp_path):
    """Zoals hierboven, nagekeken zoals een gebruiker het ziet: LibreOffice drukt het register af als PDF. Liggend A4,
    veel minder pagina's dan de 36 staande van vóór 3.6, één pagina breed, op elke pagina de koppen, en leesbaar:
    pdftotext vindt de koppen en de omschrijving als hele woorden (op 10% valt de tekst uiteen in losse letters)."""
    g = _register_met_acht_incidenten(tmp_path, "geertruidenberg")
    pdf = _naar_pdf(g.register, tmp_path / "pdf")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    paginas = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert "841.89 x 595.3" in info and paginas <= 4, info  # één per blad
    for pagina in range(1, paginas + 1):
        tekst = subprocess.run(
            ["pdftotext", "-f", str(pagina), "-l", str(pagina), "-layout", str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert any(kop in tekst for kop in (*DATABLADEN.values(), "schemaversie")), (pagina, tekst[:200])
        if pagina == 1:
            assert "Omschrijving" in tekst and "Brieftekst" in tekst and "Persoon 0" in tekst, tekst[:400]
        assert f"Pagina {pagina} van {paginas}" in tekst


def _naar_pdf(xlsx: Path, uitmap: Path) -> Path:
    uitmap.mkdir()
    subprocess.run(
        [
            shutil.which("soffice"),
            f"-env:UserInstallation={(uitmap / 'lo').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(uitmap),
            str(xlsx),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return uitmap / (xlsx.stem + ".pdf")


def test_een_register_van_voor_36_krijgt_de_afdrukinstellingen_ook_via_het_snelle_pad(tmp_path):
    """Een register dat een oudere versie schreef (zonder afdrukinstellingen) krijgt ze bij de volgende wijziging,
    ook als alleen de gewijzigde rij opnieuw geschreven wordt; conftest vergelijkt daarna byte voor byte met een
    volledige schrijfactie."""
    g = _register_met_acht_incidenten(tmp_path, "geertruidenberg")
    oud = tmp_path / "oud.xlsx"
    with zipfile.ZipFile(g.register) as bron, zipfile.ZipFile(oud, "w", zipfile.ZIP_DEFLATED) as doel:
        for item in bron.infolist():
            data = bron.read(item.filename).decode("utf-8")
            if item.filename.startswith("xl/worksheets/"):
                data = re.sub(r"<sheetPr>.*?</sheetPr>|<printOptions[^>]*/>|<pageSetup[^>]*/>", "", data)
                data = re.sub(r"<headerFooter>.*?</headerFooter>", "", data)
            if item.filename == "xl/workbook.xml":
                data = re.sub(r'<definedName name="_xlnm.Print_Titles"[^>]*>[^<]*</definedName>', "", data)
            doel.writestr(item, data)
    oud.replace(g.register)
    assert openpyxl.load_workbook(g.register)["Incidenten"].page_setup.orientation != "landscape"
    g.ok("aanvullen", "2026-0003", "--functie", "consulent werk en inkomen")  # een echte wijziging
    ws = openpyxl.load_workbook(g.register)["Incidenten"]
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows == "$1:$1"
