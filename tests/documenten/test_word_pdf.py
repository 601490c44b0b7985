"""3.6 "Word en PDF": de sjablonen en elk gemaakt document (elke brief van beide profielen, de informatie voor de
aangifte) houden de volgorde van het WordprocessingML-schema, zijn Nederlands (nl-NL), hebben eigenschappen van nu
en van de gemeente zonder lege miniatuur; de PDF is PDF/A-2b, getagd en nl-NL.

De volgorde wordt gecontroleerd met een tabel uit ECMA-376 deel 1 (wml.xsd: CT_TblPrBase, CT_PPrBase met CT_PPr,
EG_RPrBase met CT_ParaRPr, EG_SectPrContents met CT_SectPr), voor de elementen die python-docx, docxtpl en
tools/maak_sjablonen.py schrijven. Validatie tegen de XSD's zelf kan hier niet: PyPI en Debian leveren ze niet.
EG_RPrBase is vanaf de tweede editie een keuze (elke volgorde mag); we houden de volgorde van de eerste editie aan,
die Word zelf schrijft."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from lxml import etree

from agressie_cli.domein.instellingen import lees_instellingen
from agressie_cli.domein.profiel import laad_profiel
from conftest import Gemeente, meld_args, windows_zonder_libreoffice

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SJABLONEN = Path(__file__).resolve().parents[2] / "sjablonen"

# ECMA-376 deel 1, wml.xsd: de volgorde van de kinderen.
VOLGORDE = {
    "tblPr": "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc tblCellSpacing "
    "tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption tblDescription tblPrChange",
    "pPr": "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd tabs "
    "suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd "
    "snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment "
    "textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange",
    "rPr": "ins del moveFrom moveTo rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss "
    "imprint noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd "
    "fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath rPrChange",
    # headerReference en footerReference staan samen vooraan, in elke volgorde (EG_HdrFtrReferences)
    "sectPr": "hdrFtrReference footnotePr endnotePr type pgSz pgMar paperSrc pgBorders lnNumType pgNumType cols "
    "formProt vAlign noEndnote titlePg textDirection bidi rtlGutter docGrid printerSettings sectPrChange",
}
VOLGORDE_LIJST = {k: v.split() for k, v in VOLGORDE.items()}
XML_DELEN = re.compile(r"word/(document|header\d*|footer\d*|styles|stylesWithEffects|numbering)\.xml")


def buiten_volgorde(docx: Path) -> list[str]:
    """Elk w:tblPr, w:pPr, w:rPr en w:sectPr waarvan de kinderen niet in de volgorde van het schema staan, of een
    kind hebben dat het schema daar niet kent."""
    fouten = []
    with zipfile.ZipFile(docx) as zf:
        for naam in zf.namelist():
            if not XML_DELEN.fullmatch(naam):
                continue
            wortel = etree.fromstring(zf.read(naam))
            for element, volgorde in VOLGORDE_LIJST.items():
                for el in wortel.iter(W + element):
                    vorige = -1
                    kinderen = [k.tag.removeprefix(W) for k in el if isinstance(k.tag, str) and k.tag.startswith(W)]
                    for kind in kinderen:
                        sleutel = "hdrFtrReference" if kind in ("headerReference", "footerReference") else kind
                        if sleutel not in volgorde:
                            fouten.append(f"{naam}: w:{element} met onbekend w:{kind}")
                            continue
                        if volgorde.index(sleutel) < vorige:
                            fouten.append(f"{naam}: w:{element} met w:{kind} te laat: {kinderen}")
                        vorige = max(vorige, volgorde.index(sleutel))
    return fouten


def eigenschappen(docx: Path) -> dict:
    """Wat Word, Verkenner en een DMS van het bestand lezen."""
    with zipfile.ZipFile(docx) as zf:
        namen = zf.namelist()
        lees = lambda naam: zf.read(naam).decode("utf-8") if naam in namen else ""  # noqa: E731
        return {
            "namen": namen,
            "core": lees("docProps/core.xml"),
            "app": lees("docProps/app.xml"),
            "rels": lees("_rels/.rels"),
            "types": lees("[Content_Types].xml"),
            "styles": lees("word/styles.xml"),
            "settings": lees("word/settings.xml"),
            "tekst": "".join(lees(n) for n in namen if XML_DELEN.fullmatch(n)),
        }


def _core(core: str, naam: str) -> str:
    gevonden = re.search(rf"<(?:dc|cp|dcterms):{naam}[^>]*>([^<]*)<", core)
    return gevonden.group(1) if gevonden else ""


def controleer_docx(docx: Path, auteur: str, titel: str, sinds: datetime | None = None) -> None:
    """Schema-volgorde, taal nl-NL, eigenschappen en geen miniatuur: zoals een gebruiker (Word, Verkenner, een DMS)
    het bestand ziet."""
    assert buiten_volgorde(docx) == [], docx.name
    e = eigenschappen(docx)
    # Taal: de standaardopmaak en elke stijl nl-NL, nergens en-US (ook niet in de tekst); het thema ook.
    standaard = re.search(r"<w:docDefaults>.*?</w:docDefaults>", e["styles"], re.S)
    assert standaard and 'w:lang w:val="nl-NL"' in standaard.group(0), docx.name
    assert 'w:val="en-US"' not in e["tekst"], docx.name
    assert re.search(r'<w:themeFontLang w:val="nl-NL"', e["settings"]), docx.name
    # Eigenschappen: titel, auteur de gemeente, gemaakt en gewijzigd nu; niets van python-docx of 2013.
    assert titel in _core(e["core"], "title"), (docx.name, _core(e["core"], "title"))
    assert _core(e["core"], "creator") == auteur
    for naam in ("created", "modified"):
        moment = datetime.fromisoformat(_core(e["core"], naam).replace("Z", "+00:00"))
        if sinds is not None:
            assert sinds.replace(microsecond=0) <= moment <= datetime.now(UTC), (docx.name, naam, moment)
        assert moment.year != 2013
    assert "python-docx" not in e["core"] and "2013-12-23" not in e["core"]
    assert _core(e["core"], "language") == "nl-NL"
    assert "Macintosh" not in e["app"] and "<Application>agressie</Application>" in e["app"]
    # Geen lege miniatuur: geen deel, geen relatie, geen inhoudstype.
    assert not any("thumbnail" in n for n in e["namen"]), docx.name
    assert "thumbnail" not in e["rels"] and 'Extension="jpeg"' not in e["types"]


# --- de meegeleverde sjablonen ------------------------------------------------------------------------------------


def test_meegeleverde_sjablonen_houden_het_schema_en_zijn_nederlands():
    """Losser 5: "De brieven worden automatisch geregistreerd in Corsa." Een DMS leest de eigenschappen; Word leest
    de taal. Elk meegeleverd sjabloon, ook aangifte.docx (w:tblBorders stond na w:jc en w:tblLook)."""
    sjablonen = sorted(SJABLONEN.glob("*/*.docx"))
    assert len(sjablonen) == 20  # 3.4: ook inzage.docx per sjablonenset
    for sjabloon in sjablonen:
        gemeente = sjabloon.parent.name.capitalize()
        controleer_docx(sjabloon, f"Gemeente {gemeente}", "")
        titel = _core(eigenschappen(sjabloon)["core"], "title")
        assert titel and "kenmerk" not in titel  # de titel van het sjabloon; het kenmerk komt er pas bij een brief


def test_volgordecontrole_vindt_tblborders_na_jc(tmp_path):
    """De controle zelf kan falen: het oude aangifte.docx (w:tblBorders achteraan in w:tblPr) wordt gevonden."""
    oud = _oud_aangifte(tmp_path / "oud.docx")
    fouten = buiten_volgorde(oud)
    assert fouten and all("tblPr" in f for f in fouten)
    assert any("tblBorders" in f or "jc" in f for f in fouten)


def _oud_aangifte(doel: Path) -> Path:
    """aangifte.docx zoals het tot 3.6 werd gemaakt: w:tblBorders na w:jc en w:tblLook, taal en-US, en de
    eigenschappen en miniatuur van python-docx."""
    import docx

    bron = SJABLONEN / "geertruidenberg" / "aangifte.docx"
    standaard = Path(docx.__file__).parent / "templates" / "default.docx"
    with zipfile.ZipFile(bron) as zf, zipfile.ZipFile(standaard) as std, zipfile.ZipFile(doel, "w") as uit:
        for naam in std.namelist():
            if naam.startswith("docProps/") or naam in ("_rels/.rels", "[Content_Types].xml"):
                inhoud = std.read(naam)
                if naam == "docProps/core.xml":
                    inhoud = inhoud.replace(
                        b"<dc:title/>", b"<dc:title>Informatie voor de aangifte (vertrouwelijk)</dc:title>"
                    )
                uit.writestr(naam, inhoud)
        for naam in zf.namelist():
            if naam.startswith("docProps/") or naam in ("_rels/.rels", "[Content_Types].xml"):
                continue
            inhoud = zf.read(naam)
            if naam == "word/document.xml":
                inhoud = re.sub(rb"(<w:tblBorders>.*?</w:tblBorders>)(.*?)(</w:tblPr>)", rb"\2\1\3", inhoud, flags=re.S)
            elif naam in ("word/styles.xml", "word/stylesWithEffects.xml"):
                inhoud = inhoud.replace(b'w:val="nl-NL"', b'w:val="en-US"')
            elif naam == "word/settings.xml":
                inhoud = inhoud.replace(b'themeFontLang w:val="nl-NL"', b'themeFontLang w:val="en-US"')
            uit.writestr(naam, inhoud)
    return doel


# --- elk gemaakt document ---------------------------------------------------------------------------------------

PERSOON = dict(adres="Markt 12", postcode="4941 AB", woonplaats="Raamsdonksveer", tijd="10:30")
BRIEFTEKST = "U schreeuwde tegen de medewerker."

# Per profiel: per soort met een brief het incident en de opties van `brief`.
BRIEVEN = {
    "geertruidenberg": {
        "waarschuwing": (dict(ernst="agressief"), []),
        "ordegesprek": (
            dict(ernst="agressief"),
            [
                "--gesprek-datum",
                "2026-12-01",
                "--gesprek-tijd",
                "14:00",
                "--aanwezige",
                "K. Smits",
                "--aanwezige",
                "P. Jansen",
            ],
        ),
        "ordegesprek-bevestiging": (
            dict(ernst="agressief"),
            ["--gesprek-datum", "2026-11-20", "--aanwezige", "K. Smits", "--afspraak", "U belt tijdens kantooruren"],
        ),
        "toegangsverbod": (dict(ernst="strafbaar"), ["--duur", "3"]),
        "toegangs-en-belverbod": (dict(ernst="strafbaar"), ["--duur", "onbepaald"]),
        "aansprakelijkstelling": (dict(ernst="strafbaar", materiele_schade="balieruit gebroken"), ["--bedrag", "150"]),
        "niet-nakomen": None,  # hieronder: een incident tijdens een toegangsverbod
    },
    "losser": {
        "waarschuwing": (dict(gedrag="C", aanhoudend=True), []),
        "toegangsverbod": (dict(gedrag="C", aanhoudend=True), ["--duur", "2"]),
        "belverbod": (dict(gedrag="B", aanhoudend=True, kanaal="telefoon"), ["--duur", "1"]),
        "bedreiging": (dict(gedrag="D"), ["--duur", "12"]),
        "aansprakelijkstelling": (dict(gedrag="D", materiele_schade="deur beschadigd"), ["--bedrag", "150"]),
    },
}


def _soorten_met_brief(g: Gemeente) -> set[str]:
    profiel = laad_profiel(lees_instellingen(g.map))
    return {s for s, d in profiel.soorten.items() if d.brief}


def _melding(g: Gemeente, naam: str, **incident) -> dict:
    opties = {"naam": naam, "datum": "2026-11-17", "brieftekst": BRIEFTEKST, **PERSOON, "kanaal": "balie", **incident}
    if not naam:  # een bekende persoon (--persoon)
        del opties["naam"]
    return g.json(*meld_args(**opties))


@pytest.mark.parametrize("gemeente", ["geertruidenberg", "losser"])
def test_elke_brief_en_de_aangifte_houden_het_schema_en_zijn_nederlands(request, gemeente):
    """Losser 5: "De brieven worden automatisch geregistreerd in Corsa." Geertruidenberg 4.2: "Het overzicht van
    agressiemeldingen dient als basis voor het doen van aangifte bij de politie, dossieropbouw en het verhalen van de
    schade." Elke soort met een brief van het profiel, en de informatie voor de aangifte: schema-volgorde, nl-NL,
    titel met het kenmerk, de gemeente als auteur, gemaakt nu, geen miniatuur."""
    g: Gemeente = request.getfixturevalue("gtb" if gemeente == "geertruidenberg" else "losser")
    sinds = datetime.now(UTC)
    auteur = f"Gemeente {gemeente.capitalize()}"
    brieven = BRIEVEN[gemeente]
    assert set(brieven) == _soorten_met_brief(g)  # een nieuwe soort met een brief hoort hier bij
    gemaakt = {}
    personen = {}
    for i, (soort, opzet) in enumerate(brieven.items()):
        if opzet is None:
            continue
        klasse, args = opzet
        melding = _melding(g, f"Persoon{chr(65 + i)} Achternaam", **klasse)
        personen[soort] = melding["persoon"]
        data = g.json(
            "brief", melding["incident"], "--datum", "2026-11-23", "--soort", soort, *args, "--toelichting", "test"
        )
        assert data["soort"] == soort
        gemaakt[soort] = data
    if "niet-nakomen" in brieven:  # in het gebouw tijdens het toegangsverbod van hierboven (vanaf 23 november)
        melding = _melding(g, "", ernst="licht", datum="2026-11-24", tijd="14:05", persoon=personen["toegangsverbod"])
        gemaakt["niet-nakomen"] = g.json(
            "brief", melding["incident"], "--datum", "2026-11-25", "--overtreding", "2026-11-24 14:05"
        )
        assert gemaakt["niet-nakomen"]["soort"] == "niet-nakomen"
    for soort, data in gemaakt.items():
        pad = Path(data["bestand"])
        onderwerp = laad_profiel(lees_instellingen(g.map)).soorten[soort]
        titel = onderwerp.gegevens.get("onderwerp", onderwerp.label)
        controleer_docx(pad, auteur, f"{titel}, kenmerk {data['incident']}", sinds)
    aangifte = g.json("aangifte", gemaakt["waarschuwing"]["incident"], "--datum", "2026-11-23")
    controleer_docx(
        Path(aangifte["bestand"]),
        auteur,
        f"Informatie voor de aangifte (vertrouwelijk), kenmerk {gemaakt['waarschuwing']['incident']}",
        sinds,
    )


def test_eigen_sjabloon_naar_het_oude_aangifte_geeft_toch_een_geldig_document(gtb):
    """Een gemeente die het oude aangifte.docx als eigen sjabloon heeft overgenomen (w:tblBorders na w:jc, en-US,
    miniatuur): het document voor de politie is toch geldig, Nederlands en zonder miniatuur. Geertruidenberg 7:
    "Van strafbare feiten wordt altijd aangifte gedaan." """
    eigen = gtb.map / "eigen-sjablonen"
    eigen.mkdir()
    oud = _oud_aangifte(eigen / "aangifte.docx")
    assert buiten_volgorde(oud) and "thumbnail" in eigenschappen(oud)["rels"]
    toml = gtb.map / "agressie.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8").replace('sjablonen = ""', 'sjablonen = "eigen-sjablonen"'), encoding="utf-8"
    )
    sinds = datetime.now(UTC)
    nummer = gtb.meld(naam="Jan de Vries", datum="2026-11-17", kanaal="balie", ernst="strafbaar", **PERSOON)
    data = gtb.json("aangifte", nummer, "--datum", "2026-11-23")
    titel = f"Informatie voor de aangifte (vertrouwelijk), kenmerk {nummer}"
    controleer_docx(Path(data["bestand"]), "Gemeente Geertruidenberg", titel, sinds)


# --- PDF -----------------------------------------------------------------------------------------------------------


def _nep_soffice(tmp_path: Path, monkeypatch) -> Path:
    """Een soffice die zijn argumenten bewaart en een PDF schrijft naast elke .docx (--outdir)."""
    bin_map = tmp_path / "bin"
    bin_map.mkdir()
    log = tmp_path / "soffice-args.txt"
    script = bin_map / "soffice"
    script.write_text(
        f"#!{sys.executable}\n"
        "import sys, pathlib\n"
        f"pathlib.Path({str(log)!r}).write_text('\\n'.join(sys.argv[1:]))\n"
        "uit = pathlib.Path(sys.argv[sys.argv.index('--outdir') + 1])\n"
        "for a in sys.argv[1:]:\n"
        "    if a.endswith('.docx'):\n"
        "        (uit / (pathlib.Path(a).stem + '.pdf')).write_bytes(b'%PDF-1.6 nep')\n",
        encoding="utf-8",
    )
    script.chmod(0o755)
    monkeypatch.setenv("PATH", str(bin_map))
    return log


def test_pdf_a_getagd_met_profiel_buiten_de_briefmap_en_pdf_maken_gemeld(gtb, tmp_path, monkeypatch):
    """LibreOffice krijgt de exportfilter met PDF/A-2b (SelectPdfVersion 2) en tags, en zijn profiel in een tijdelijke
    map van het systeem, niet in de map met brieven op de share; 'PDF maken ...' staat er vóór het trage deel."""
    log = _nep_soffice(tmp_path, monkeypatch)
    nummer = _melding(gtb, "Jan de Vries", ernst="agressief")["incident"]
    uitkomst = gtb.run("brief", nummer, "--datum", "2026-11-23", "--pdf")
    assert uitkomst.exit_code == 0, uitkomst.output
    assert "PDF maken met LibreOffice ..." in uitkomst.stderr
    assert uitkomst.output.index("PDF maken") < uitkomst.output.index("PDF: ")
    args = log.read_text().splitlines()
    filter_ = args[args.index("--convert-to") + 1]
    assert filter_.startswith("pdf:writer_pdf_Export:{")
    assert '"SelectPdfVersion":{"type":"long","value":"2"}' in filter_
    assert '"UseTaggedPDF":{"type":"boolean","value":"true"}' in filter_
    profiel = next(a for a in args if a.startswith("-env:UserInstallation="))
    briefmap = (gtb.map / "brieven").resolve().as_uri()
    assert not profiel.split("=", 1)[1].startswith(briefmap)
    assert not any(p.name.startswith(".lo-") for p in (gtb.map / "brieven").iterdir())
    # met --json blijft stdout JSON: 'PDF maken ...' gaat naar stderr
    data = gtb.json("brief", nummer, "--datum", "2026-11-23", "--pdf", "--overschrijven")
    assert data["pdf"].endswith(".pdf") and data["pdf_fout"] is None


class _NepWord:
    """Word via COM zoals pywin32 het geeft: Documents.Open(...).ExportAsFixedFormat(...) schrijft de PDF."""

    def __init__(self, aanroepen: list):
        self.aanroepen = aanroepen
        self.Documents = self

    def Open(self, pad, **opties):
        self.aanroepen.append(("Open", pad, opties))
        aanroepen = self.aanroepen

        class Doc:
            def ExportAsFixedFormat(self, **opties):
                aanroepen.append(("Export", opties))
                Path(opties["OutputFileName"]).write_bytes(b"%PDF-1.7 word")

            def Close(self, **opties):
                aanroepen.append(("Close", opties))

        return Doc()

    def Quit(self, **opties):
        self.aanroepen.append(("Quit", opties))


@pytest.fixture
def word_zonder_libreoffice(tmp_path, monkeypatch):
    """Windows met Word en zonder LibreOffice, op Linux nagebootst: geen soffice op het pad, en een win32com.client
    die een nagebootste Word geeft."""
    return windows_zonder_libreoffice(tmp_path, monkeypatch, _NepWord)


def test_zonder_libreoffice_maakt_word_de_pdf_als_pdf_a_met_tags(gtb, word_zonder_libreoffice):
    """Op een Windows-werkplek met Word en zonder LibreOffice maakt Word de PDF (alleen-lezen geopend, PDF/A
    volgens ISO 19005 en met tags), en Word wordt daarna afgesloten."""
    nummer = _melding(gtb, "Jan de Vries", ernst="agressief")["incident"]
    uitkomst = gtb.run("brief", nummer, "--datum", "2026-11-23", "--pdf")
    assert uitkomst.exit_code == 0, uitkomst.output
    assert "PDF maken met Word ..." in uitkomst.stderr
    pdf = next((gtb.map / "brieven").glob("*.pdf"))
    assert pdf.read_bytes() == b"%PDF-1.7 word" and f"PDF: {pdf}" in uitkomst.stdout
    aanroepen = word_zonder_libreoffice
    assert aanroepen[0] == ("DispatchEx", "Word.Application")
    [(_, geopend, open_opties)] = [a for a in aanroepen if a[0] == "Open"]
    assert geopend.endswith(".docx") and open_opties["ReadOnly"] is True
    [(_, export)] = [a for a in aanroepen if a[0] == "Export"]
    assert export["ExportFormat"] == 17 and export["UseISO19005_1"] is True and export["DocStructureTags"] is True
    assert aanroepen[-1][0] == "Quit"


def test_word_faalt_en_libreoffice_ontbreekt_zegt_wat_er_mis_ging(gtb, word_zonder_libreoffice, monkeypatch):
    """Lukt het Word niet (bijvoorbeeld niet geactiveerd), dan geen vals 'PDF:' maar de melding, afsluitcode 1, en de
    .docx-brief en de maatregel blijven."""

    def kapot(naam):
        raise OSError("Word is niet geactiveerd")

    monkeypatch.setattr(sys.modules["win32com.client"], "DispatchEx", kapot)
    melding = _melding(gtb, "Jan de Vries", ernst="agressief")
    uitkomst = gtb.run("brief", melding["incident"], "--datum", "2026-11-23", "--pdf")
    assert uitkomst.exit_code == 1
    assert "Word kon de PDF niet maken" in uitkomst.output and "de .docx-brief staat er wel" in uitkomst.output
    assert list((gtb.map / "brieven").glob("*.docx")) and not list((gtb.map / "brieven").glob("*.pdf"))
    assert gtb.json("historie", melding["persoon"])["maatregelen"]


def test_word_faalt_dan_libreoffice(gtb, word_zonder_libreoffice, tmp_path, monkeypatch):
    """Zijn beide er, dan eerst LibreOffice (PDF/A-2b); lukt dat niet, dan Word."""
    log = _nep_soffice(tmp_path, monkeypatch)
    script = log.parent / "bin" / "soffice"
    script.write_text(f"#!{sys.executable}\nimport sys\nsys.exit(3)\n", encoding="utf-8")
    nummer = _melding(gtb, "Jan de Vries", ernst="agressief")["incident"]
    uitkomst = gtb.run("brief", nummer, "--datum", "2026-11-23", "--pdf")
    assert uitkomst.exit_code == 0, uitkomst.output
    assert "PDF maken met LibreOffice ..." in uitkomst.stderr and "PDF maken met Word ..." in uitkomst.stderr
    assert next((gtb.map / "brieven").glob("*.pdf")).read_bytes() == b"%PDF-1.7 word"


@pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdfinfo") is None, reason="LibreOffice of pdfinfo ontbreekt"
)
@pytest.mark.parametrize("gemeente", ["geertruidenberg", "losser"])
def test_pdf_van_libreoffice_is_pdf_a_2b_getagd_en_nederlands(request, gemeente):
    """Teruggelezen uit de PDF die LibreOffice maakt: PDF/A-2b (XMP pdfaid part 2, conformance B), getagd, /Lang
    nl-NL, titel en auteur. Losser 5: "De brieven worden automatisch geregistreerd in Corsa." """
    g: Gemeente = request.getfixturevalue("gtb" if gemeente == "geertruidenberg" else "losser")
    klasse = dict(ernst="agressief") if gemeente == "geertruidenberg" else dict(gedrag="C", aanhoudend=True)
    nummer = _melding(g, "Jan de Vries", **klasse)["incident"]
    data = g.json("brief", nummer, "--datum", "2026-11-23", "--pdf")
    aangifte = g.json("aangifte", nummer, "--datum", "2026-11-23", "--pdf")
    for pdf in (Path(data["pdf"]), Path(aangifte["pdf"])):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        meta = subprocess.run(["pdfinfo", "-meta", str(pdf)], capture_output=True, text=True, check=True).stdout
        assert re.search(r"^Tagged:\s+yes$", info, re.M), info
        assert re.search(r"<pdfaid:part>2</pdfaid:part>", meta) and re.search(
            r"<pdfaid:conformance>B</pdfaid:conformance>", meta
        ), meta
        assert f"Gemeente {gemeente.capitalize()}" in info and f"kenmerk {nummer}" in info
        assert re.search(rb"/Lang\s*\(nl-NL\)", pdf.read_bytes())
        assert b"/Lang(en-US)" not in pdf.read_bytes()
