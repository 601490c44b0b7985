"""Issue 2.6: `agressie aangifte INCIDENT`, de informatie voor de politie. De tests lezen het document terug zoals de
aangever het leest (python-docx): VPT-incident, het adres van de gemeente als domicilie, het incident zoals de
politie het vraagt, het dossier uit het register, en met --onder-nummer geen naam van een medewerker meer."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

import pytest

from agressie_cli.documenten.brieven.render import docx_tekst
from agressie_cli.opslag.excel import ExcelOpslag
from conftest import Gemeente

PERSOON = dict(
    naam="Jan de Vries",
    adres="Markt 12",
    postcode="4941 AB",
    woonplaats="Raamsdonksveer",
    geboortedatum="12-03-1980",
)
NAMEN_MEDEWERKERS = ("Petra", "Jansen", "Bakker")


def _rijen(pad: Path) -> dict[str, str]:
    """De tabellen van twee kolommen: vraag -> antwoord."""
    from docx import Document

    rijen = {}
    for tabel in Document(str(pad)).tables:
        for rij in tabel.rows:
            cellen = [c.text for c in rij.cells]
            if len(cellen) == 2:
                rijen[cellen[0]] = cellen[1]
    return rijen


def _tabelrijen(pad: Path, kop: str) -> list[list[str]]:
    """De rijen (zonder kop) van de tabel waarvan de eerste cel van de eerste rij `kop` is."""
    from docx import Document

    for tabel in Document(str(pad)).tables:
        rijen = [[c.text for c in r.cells] for r in tabel.rows]
        if rijen and rijen[0][0] == kop:
            return rijen[1:]
    return []


def _met_verbod_en_overtreding(g: Gemeente) -> tuple[str, str]:
    """Een eerder incident met waarschuwing en ontzegging, en een strafbaar incident aan de balie tijdens die
    ontzegging: lokaalvredebreuk."""
    eerder = g.meld(datum="2026-09-01", tijd="09:15", kanaal="balie", ernst="agressief", vorm=["verbaal"], **PERSOON)
    g.ok("brief", eerder, "--datum", "2026-09-02", "--brieftekst", "U schreeuwde tegen de medewerker.")
    g.ok(
        "brief",
        eerder,
        "--soort",
        "toegangsverbod",
        "--duur",
        "6",
        "--datum",
        "2026-09-03",
        "--toelichting",
        "schold ook de receptie uit",
    )
    nieuw = g.meld(
        persoon="P0001",
        datum="2026-11-17",
        tijd="10:30",
        kanaal="balie",
        ernst="strafbaar",
        vorm=["verbaal", "fysiek"],
        medewerker=["Petra Jansen", "K. Bakker"],
        melder="Petra Jansen",
        functie="baliemedewerker",
        leidinggevende="K. Smits",
        afdeling="Burgerzaken",
        omschrijving="Schold Petra Jansen uit en gooide een stoel naar collega Bakker. Jansen was erg geschrokken.",
        waarmee="een stoel",
        aanleiding="aanvraag bijzondere bijstand afgewezen",
        letsel="nee",
        psychisch="slaapt slecht",
        materiele_schade="balieruit gebroken",
        politie=True,
        aangifte=True,
    )
    return eerder, nieuw


def test_aangifte_vpt_domicilie_en_het_incident_zoals_de_politie_het_vraagt(gtb):
    _, nummer = _met_verbod_en_overtreding(gtb)
    data = gtb.json("aangifte", nummer, "--datum", "2026-11-18")
    assert set(data) >= {"bestand", "incident", "maatregel"}
    pad = Path(data["bestand"])
    assert pad.is_file() and pad.parent == gtb.map / "brieven" and data["incident"] == nummer
    tekst = docx_tekst(pad)
    assert "{{" not in tekst and "{%" not in tekst
    assert "VERTROUWELIJK" in tekst and "Informatie voor de aangifte" in tekst
    assert "VPT-incident" in tekst and "Eenduidige Landelijke Afspraken" in tekst
    rijen = _rijen(pad)
    assert rijen["Markering"] == "VPT-incident"
    # Domicilie: het bezoekadres van de gemeente uit agressie.toml, nooit een huisadres.
    assert rijen["Domicilie (werkgever)"] == "Gemeente Geertruidenberg, Vrijheidstraat 2, 4941 DX Raamsdonksveer"
    assert rijen["Postadres gemeente"] == "Postbus 10.001, 4940 GA Raamsdonksveer"
    # Wie: de persoon zoals het register hem kent.
    assert rijen["Naam"] == "Jan de Vries"
    assert rijen["Geboortedatum"] == "12 maart 1980"
    assert rijen["Adres"] == "Markt 12, 4941 AB Raamsdonksveer"
    assert rijen["Telefoon"] == "niet geregistreerd"
    # Wat, waar, wanneer, waarmee, waarom, gevolgen.
    assert rijen["Wanneer"] == "17 november 2026, omstreeks 10.30 uur"
    assert rijen["Waar"].startswith("aan de balie, in het gemeentehuis te Raamsdonksveer")
    assert rijen["Wat: vorm"] == "verbaal, fysiek"
    assert "gooide een stoel" in rijen["Wat deed en zei de persoon"]
    assert rijen["Waarmee"] == "een stoel"
    assert rijen["Waarom: aanleiding"] == "aanvraag bijzondere bijstand afgewezen"
    assert rijen["Lichamelijk letsel"] == "geen"
    assert rijen["Psychische klachten"] == "slaapt slecht"
    assert rijen["Materiële schade"] == "balieruit gebroken"
    assert rijen["Politie ingeschakeld"] == "ja"
    # De medewerkers bij naam, met hun rol; hun adres is de domicilie (het register kent geen huisadres).
    medewerkers = _tabelrijen(pad, "Rol")
    assert medewerkers == [
        ["slachtoffer (betrokken medewerker) en melder", "Petra Jansen"],
        ["slachtoffer (betrokken medewerker)", "K. Bakker"],
    ]
    # Het adres van de persoon staat alleen bij de persoon, nergens bij de gemeente of een medewerker.
    assert "Markt 12" not in rijen["Domicilie (werkgever)"] and all("Markt 12" not in m[1] for m in medewerkers)
    assert "K. Smits" not in tekst  # de leidinggevende is geen slachtoffer of getuige


def test_dossier_eerdere_incidenten_maatregelen_en_het_lopende_verbod(gtb):
    eerder, nummer = _met_verbod_en_overtreding(gtb)
    pad = Path(gtb.json("aangifte", nummer, "--datum", "2026-11-18")["bestand"])
    incidenten = _tabelrijen(pad, "Incident")
    assert incidenten == [[eerder, "01-09-2026 09.15", "balie", "agressief", "verbaal"]]
    maatregelen = _tabelrijen(pad, "Maatregel")
    assert [m[0] for m in maatregelen] == ["M00001", "M00002"]  # de aangifte van dit incident zelf niet
    assert maatregelen[0][3] == "Schriftelijke waarschuwing"
    assert maatregelen[0][4] == f"{eerder}-waarschuwing-De-Vries.docx; verzending niet vastgelegd"
    assert maatregelen[1][3] == "Ontzegging gemeentehuis (03-09-2026 tot en met 02-03-2027)"
    # Het verbod dat op de dag van het incident liep, met zijn brief en ingang: de basis voor lokaalvredebreuk.
    from docx import Document

    tabellen = [[[c.text for c in r.cells] for r in t.rows] for t in Document(str(pad)).tables]
    verbod = next(t for t in tabellen if t[0] == ["Maatregel", "Verbod", "Ingang", "Geldig", "Brief"])
    assert verbod[1:] == [
        [
            "M00002",
            "Ontzegging gemeentehuis",
            "3 september 2026",
            "tot en met 2 maart 2027",
            f"{eerder}-toegangsverbod-De-Vries.docx; verzending niet vastgelegd",
        ]
    ]
    tekst = docx_tekst(pad)
    assert "Verbod dat liep op 17 november 2026" in tekst
    assert "lokaalvredebreuk" in tekst and "terwijl het verbod M00002 (Ontzegging gemeentehuis) liep" in tekst
    # Zonder vastgelegde verzending zegt het document dat het bewijs ontbreekt (de persoon moet het verbod kennen).
    assert (
        "In het register staat niet dat de brief met het verbod vóór het incident verzonden of overhandigd is" in tekst
    )
    gtb.ok("verzonden", "M00002", "--wijze", "aangetekend", "--datum", "2026-09-03")
    pad = Path(gtb.json("aangifte", nummer, "--datum", "2026-11-18", "--overschrijven")["bestand"])
    tekst = docx_tekst(pad)
    assert "de brief met het verbod is aangetekend verzonden op 3 september 2026. Dat is lokaalvredebreuk." in tekst
    assert f"{eerder}-toegangsverbod-De-Vries.docx; aangetekend verzonden op 3 september 2026" in tekst
    # De aangifte van dit incident zelf staat niet in het dossier.
    assert all(m[3] != "Aangifte bij politie" for m in maatregelen)


def test_onder_nummer_haalt_elke_naam_van_een_medewerker_weg(gtb):
    _, nummer = _met_verbod_en_overtreding(gtb)
    data = gtb.json("aangifte", nummer, "--datum", "2026-11-18", "--onder-nummer", "VPT-0412")
    pad = Path(data["bestand"])
    tekst = docx_tekst(pad)
    for naam in NAMEN_MEDEWERKERS:
        assert naam.lower() not in tekst.lower(), naam
        assert naam.lower() not in pad.name.lower()
    rijen = _rijen(pad)
    assert rijen["Aangifte onder nummer"] == "VPT-0412"
    assert rijen["Wat deed en zei de persoon"] == (
        "Schold VPT-0412 uit en gooide een stoel naar collega medewerker 2. VPT-0412 was erg geschrokken."
    )
    # Het slachtoffer doet aangifte onder het nummer; de tweede medewerker is niet te herleiden, maar wel een ander.
    assert [m[1] for m in _tabelrijen(pad, "Rol")] == ["onder nummer VPT-0412", "medewerker 2"]
    # De persoon zelf blijft bij naam.
    assert rijen["Naam"] == "Jan de Vries"
    # Het register houdt de namen: alleen het document gaat onder nummer.
    from openpyxl import load_workbook

    cellen = [c for rij in load_workbook(gtb.register, read_only=True)["Incidenten"].values for c in rij]
    assert "Petra Jansen" in cellen


def test_maatregel_aangifte_een_keer_ook_na_twee_keer_maken(gtb):
    _, nummer = _met_verbod_en_overtreding(gtb)
    eerste = gtb.json("aangifte", nummer, "--datum", "2026-11-18")
    assert eerste["nieuw"] is True
    voor = gtb.momentopname()
    tweede = gtb.run("aangifte", nummer, "--datum", "2026-11-19")
    assert tweede.exit_code == 2 and "bestaat al" in tweede.output and "--overschrijven" in tweede.output
    assert "Traceback" not in tweede.output and gtb.momentopname() == voor
    derde = gtb.json("aangifte", nummer, "--datum", "2026-11-19", "--overschrijven")
    assert derde["maatregel"] == eerste["maatregel"] and derde["nieuw"] is False
    aangiftes = [m for m in gtb.json("historie", "P0001")["maatregelen"] if m["soort"] == "aangifte"]
    assert len(aangiftes) == 1
    assert aangiftes[0]["maatregel"] == eerste["maatregel"] and aangiftes[0]["datum"] == "2026-11-19"
    assert aangiftes[0]["bestand"] == Path(eerste["bestand"]).name
    assert "19 november 2026" in docx_tekst(Path(derde["bestand"]))


def test_een_met_de_hand_vastgelegde_aangifte_wordt_bijgewerkt_niet_verdubbeld(gtb):
    nummer = gtb.meld(datum="2026-11-17", kanaal="balie", ernst="strafbaar", **PERSOON)
    m = gtb.json("maatregel", nummer, "--soort", "aangifte", "--datum", "2026-11-17")
    data = gtb.json("aangifte", nummer, "--datum", "2026-11-18")
    assert data["maatregel"] == m["maatregel"] and data["nieuw"] is False
    assert [x["soort"] for x in gtb.json("historie", "P0001")["maatregelen"]].count("aangifte") == 1


def test_onbekend_of_ingetrokken_incident_en_datum_voor_het_incident_geweigerd(gtb):
    voor = gtb.momentopname()
    uitkomst = gtb.run("aangifte", "2026-9999")
    assert uitkomst.exit_code == 2 and "2026-9999" in uitkomst.output and "Traceback" not in uitkomst.output
    nummer = gtb.meld(datum="2026-11-17", kanaal="balie", ernst="strafbaar", **PERSOON)
    voor = gtb.momentopname()
    te_vroeg = gtb.run("aangifte", nummer, "--datum", "2026-11-16")
    assert te_vroeg.exit_code == 2 and "--datum" in te_vroeg.output
    assert gtb.momentopname() == voor and not list((gtb.map / "brieven").glob("*aangifte*"))
    leeg = gtb.run("aangifte", nummer, "--onder-nummer", "  ")
    assert leeg.exit_code == 2 and "--onder-nummer" in leeg.output
    gtb.ok("intrekken", nummer, "--reden", "dubbel gemeld")
    ingetrokken = gtb.run("aangifte", nummer)
    assert ingetrokken.exit_code == 2 and "ingetrokken" in ingetrokken.output


def test_wat_het_register_niet_heeft_heet_niet_geregistreerd(gtb):
    nummer = gtb.meld(datum="2026-11-17", kanaal="telefoon", ernst="strafbaar", naam="Fatima el Amrani")
    pad = Path(gtb.json("aangifte", nummer, "--datum", "2026-11-17")["bestand"])
    rijen = _rijen(pad)
    for vraag in (
        "Geboortedatum",
        "Adres",
        "Telefoon",
        "E-mail",
        "Afdeling",
        "Wat: vorm",
        "Wat deed en zei de persoon",
        "Waarmee",
        "Waarom: aanleiding",
        "Politie ingeschakeld",
        "Lichamelijk letsel",
        "Psychische klachten",
        "Materiële schade",
    ):
        assert rijen[vraag] == "niet geregistreerd", vraag
    assert rijen["Wanneer"] == "17 november 2026 (tijd niet geregistreerd)"
    assert rijen["Waar"] == "telefonisch"
    tekst = docx_tekst(pad)
    assert "geen betrokken medewerker of melder" in tekst
    assert "geen eerdere incidenten" in tekst and "geen maatregelen" in tekst
    assert "liep geen toegangs- of belverbod" in tekst and "lokaalvredebreuk" not in tekst


def test_aangifte_is_geen_brief_aan_de_persoon(gtb):
    """Het document staat bij de maatregel (kolom Brief, zodat opschonen het met de persoon verwijdert), maar het is
    geen brief: het incident staat niet op 'brief gemaakt' en er komt geen herinnering om het te versturen."""
    nummer = gtb.meld(
        datum="2026-11-17",
        tijd="10:30",
        kanaal="balie",
        ernst="strafbaar",
        vorm=["fysiek"],
        omschrijving="Sloeg de medewerker.",
        brieftekst="U sloeg de medewerker.",
        melder="Petra Jansen",
        functie="baliemedewerker",
        medewerker=["Petra Jansen"],
        leidinggevende="K. Smits",
        politie=True,
        aangifte=True,
        **PERSOON,
    )
    m = gtb.json("aangifte", nummer, "--datum", "2026-11-18")["maatregel"]
    assert gtb.json("lijst")[0]["status"] == "compleet"
    soorten = [t["soort"] for t in gtb.json("termijnen", "--peildatum", "2026-11-20")]
    assert "brief versturen" not in soorten
    uitkomst = gtb.run("verzonden", m)
    assert uitkomst.exit_code == 2 and "geen brief" in uitkomst.output
    # De aangifte komt naast de maatregel: de maatregel (binnen een week) staat nog open, en de brief ook.
    assert "maatregel" in soorten
    assert gtb.json("brief", "--alle-open", "--datum", "2026-11-20")["incident"] == nummer
    assert gtb.json("lijst")[0]["status"] == "brief gemaakt"


def test_losser_en_de_tekst_van_het_eigen_protocol(losser):
    nummer = losser.meld(datum="2026-11-17", kanaal="balie", gedrag="D", medewerker=["A. Nijhuis"], **PERSOON)
    pad = Path(losser.json("aangifte", nummer, "--datum", "2026-11-18")["bestand"])
    tekst = docx_tekst(pad)
    rijen = _rijen(pad)
    assert rijen["Domicilie (werkgever)"] == "Gemeente Losser, Raadhuisplein 1, 7581 AG Losser"
    assert rijen["Classificatie (protocol)"] == "D-gedrag: dreigen met of toepassen van geweld (D)"
    assert "Losser, 5.4" in tekst and "Geertruidenberg" not in tekst
    assert "in het stadhuis van Losser" in rijen["Waar"]


def test_waarmee_en_aanleiding_bij_melden_en_aanvullen(gtb):
    nummer = gtb.meld(datum="2026-11-17", kanaal="balie", ernst="strafbaar", naam="Jan de Vries", waarmee="een mes")
    data = gtb.json("aanvullen", nummer, "--aanleiding", "parkeervergunning geweigerd")
    assert data["gewijzigd"] == [{"veld": "aanleiding", "oud": "(leeg)", "nieuw": "parkeervergunning geweigerd"}]
    rijen = _rijen(Path(gtb.json("aangifte", nummer, "--datum", "2026-11-17")["bestand"]))
    assert rijen["Waarmee"] == "een mes" and rijen["Waarom: aanleiding"] == "parkeervergunning geweigerd"
    assert "--waarmee" in gtb.ok("melden", "--help") and "--aanleiding" in gtb.ok("aanvullen", "--help")


def test_sjablonen_controleer_en_een_eigen_sjabloon_voor_de_aangifte(gtb):
    from docx import Document

    assert "OK      aangifte.docx" in gtb.ok("sjablonen", "controleer")
    eigen = gtb.map / "eigen-sjablonen"
    eigen.mkdir()
    doc = Document()
    doc.add_paragraph(
        "EIGEN AANGIFTE {{ kenmerk }} {{ domicilie }} {{ persoon_naam }} {{ wanneer }} "
        "{% for r in medewerkers %}{{ r.naam }}{% endfor %}"
    )
    doc.save(eigen / "aangifte.docx")
    toml = gtb.map / "agressie.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8").replace('sjablonen = ""', 'sjablonen = "eigen-sjablonen"'), encoding="utf-8"
    )
    assert "OK      aangifte.docx" in gtb.ok("sjablonen", "controleer")
    nummer = gtb.meld(datum="2026-11-17", kanaal="balie", ernst="strafbaar", medewerker=["Petra Jansen"], **PERSOON)
    pad = Path(gtb.json("aangifte", nummer, "--datum", "2026-11-18")["bestand"])
    assert docx_tekst(pad).startswith(f"EIGEN AANGIFTE {nummer} Gemeente Geertruidenberg, Vrijheidstraat 2")
    # Een eigen sjabloon dat iets gebruikt wat agressie niet levert, of de domicilie mist: FOUT.
    slecht = Document()
    slecht.add_paragraph("{{ kenmerk }} {{ huisadres_medewerker }}")
    slecht.save(eigen / "aangifte.docx")
    uitkomst = gtb.run("sjablonen", "controleer")
    assert uitkomst.exit_code == 1
    assert "huisadres_medewerker" in uitkomst.output and "domicilie" in uitkomst.output


def test_onveilig_eigen_sjabloon_wordt_niet_gevuld(gtb):
    from docx import Document

    eigen = gtb.map / "eigen-sjablonen"
    eigen.mkdir()
    doc = Document()
    doc.add_paragraph("{{ kenmerk.__class__ }} {{ domicilie }}")
    doc.save(eigen / "aangifte.docx")
    toml = gtb.map / "agressie.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8").replace('sjablonen = ""', 'sjablonen = "eigen-sjablonen"'), encoding="utf-8"
    )
    nummer = gtb.meld(datum="2026-11-17", kanaal="balie", ernst="strafbaar", **PERSOON)
    voor = gtb.momentopname()
    uitkomst = gtb.run("aangifte", nummer)
    assert uitkomst.exit_code == 2 and "onveilig" in uitkomst.output
    assert gtb.momentopname() == voor and not list((gtb.map / "brieven").glob("*aangifte*"))


@pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftotext") is None,
    reason="LibreOffice/pdftotext niet geïnstalleerd",
)
def test_pdf(gtb, tmp_path):
    import subprocess

    nummer = gtb.meld(datum="2026-11-17", kanaal="balie", ernst="strafbaar", **PERSOON)
    uit = tmp_path / "naar de politie"
    data = gtb.json("aangifte", nummer, "--pdf", "--uit", str(uit))
    pdf = Path(data["pdf"])
    assert pdf.parent == uit and pdf.read_bytes().startswith(b"%PDF")
    tekst = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "VERTROUWELIJK" in tekst and "VPT-incident" in tekst


def test_opschonen_verwijdert_het_document_en_wat_de_aangever_schreef(gtb):
    from openpyxl import load_workbook

    nummer = gtb.meld(
        datum="2020-01-10", kanaal="balie", ernst="strafbaar", waarmee="een mes", aanleiding="boos", **PERSOON
    )
    pad = Path(gtb.json("aangifte", nummer, "--datum", "2020-01-11")["bestand"])
    data = gtb.json("opschonen", "--uitvoeren", "--peildatum", "2026-01-11")
    assert pad.name in data["verwijderde_brieven"] and not pad.exists()
    cellen = [c for rij in load_workbook(gtb.register, read_only=True)["Incidenten"].values for c in rij]
    assert "een mes" not in cellen and "boos" not in cellen


def test_register_van_voor_2_6_zonder_de_kolommen_waarmee_en_aanleiding(gtb):
    """Een register zonder de nieuwe kolommen wordt gelezen (het document zegt dan "niet geregistreerd") en krijgt ze
    bij de volgende schrijfactie; geen nieuwe schemaversie."""
    from openpyxl import load_workbook

    nummer = gtb.meld(datum="2026-11-17", kanaal="balie", ernst="strafbaar", **PERSOON)
    boek = load_workbook(gtb.register)
    blad = boek["Incidenten"]
    for kop in ("Aanleiding", "Waarmee"):
        kolom = next(c.column for c in blad[1] if c.value == kop)
        blad.delete_cols(kolom)
    boek.save(gtb.register)
    rijen = _rijen(Path(gtb.json("aangifte", nummer, "--datum", "2026-11-18")["bestand"]))
    assert rijen["Waarmee"] == "niet geregistreerd" and rijen["Waarom: aanleiding"] == "niet geregistreerd"
    gtb.ok("aanvullen", nummer, "--waarmee", "een schaar")
    koppen = [c.value for c in load_workbook(gtb.register, read_only=True)["Incidenten"][1]]
    assert "Waarmee" in koppen and "Aanleiding" in koppen


def test_onder_nummer_ook_korte_voornamen_en_achternamen(gtb):
    nummer = gtb.meld(
        datum="2026-11-17",
        kanaal="spreekkamer",
        ernst="strafbaar",
        medewerker=["Els van Dam"],
        melder="Bo Li",
        omschrijving="Els werd uitgescholden; mevrouw Van Dam riep Bo erbij. Li belde de politie.",
        **PERSOON,
    )
    pad = Path(gtb.json("aangifte", nummer, "--onder-nummer", "4711", "--datum", "2026-11-18")["bestand"])
    assert _rijen(pad)["Wat deed en zei de persoon"] == (
        "4711 werd uitgescholden; 4711 riep medewerker 2 erbij. Medewerker 2 belde de politie."
    )
    tekst = docx_tekst(pad)
    for naam in ("Els", "Dam", "Bo Li"):
        assert naam not in tekst


def test_het_document_komt_pas_onder_zijn_naam_als_de_maatregel_vastligt(gtb, monkeypatch):
    """2.5 punt 8, ook voor de aangifte: mislukt het bewaren van het register, dan blijft het vorige document zoals
    het was en staat er geen nieuw document naast (zelfde weg als `brief`)."""
    _, nummer = _met_verbod_en_overtreding(gtb)
    eerste = Path(gtb.json("aangifte", nummer, "--datum", "2026-11-18")["bestand"])
    oud, voor = eerste.read_bytes(), gtb.register.read_bytes()

    def mislukt(self, register):
        raise OSError(errno.EACCES, "Permission denied", str(self.pad))

    monkeypatch.setattr(ExcelOpslag, "bewaar", mislukt)
    uitkomst = gtb.run("aangifte", nummer, "--datum", "2026-11-19", "--overschrijven", "--onder-nummer", "VPT-7")
    assert uitkomst.exit_code == 1 and "Traceback" not in uitkomst.output
    assert eerste.read_bytes() == oud and gtb.register.read_bytes() == voor
    assert not [p for p in eerste.parent.iterdir() if ".nieuw-" in p.name]


def test_een_document_buiten_de_briefmap_wordt_vastgelegd_voor_opschonen(gtb, tmp_path):
    """Zoals bij brief --uit: de map staat bij de maatregel, zodat opschonen het document kan noemen (2.5 punt 10)."""
    _, nummer = _met_verbod_en_overtreding(gtb)
    pad = Path(gtb.json("aangifte", nummer, "--datum", "2026-11-18", "--uit", str(tmp_path / "extern"))["bestand"])
    from openpyxl import load_workbook

    blad = load_workbook(gtb.register)["Maatregelen"]
    koppen = [c.value for c in blad[1]]
    rij = next(r for r in blad.iter_rows(min_row=2, values_only=True) if r[koppen.index("Soort")] == "aangifte")
    assert rij[koppen.index("Map brief")] == str(pad.parent) and rij[koppen.index("Brief")] == pad.name


def test_de_persoon_zelf_blijft_bij_naam_ook_met_de_achternaam_van_een_medewerker(gtb):
    """Review: 'Jan de Vries sloeg mevrouw de Vries' werd 'VPT-7 sloeg VPT-7': het slachtoffer sloeg zichzelf."""
    nummer = gtb.meld(
        datum="2026-11-17", kanaal="balie", ernst="strafbaar", medewerker=["Anna de Vries"],
        omschrijving="Jan de Vries sloeg mevrouw de Vries.", **PERSOON,
    )  # fmt: skip
    pad = Path(gtb.json("aangifte", nummer, "--onder-nummer", "VPT-7", "--datum", "2026-11-18")["bestand"])
    assert _rijen(pad)["Wat deed en zei de persoon"] == "Jan de Vries sloeg VPT-7."


def test_een_verbod_dat_pas_na_het_incident_verzonden_is_bewijst_geen_lokaalvredebreuk(gtb):
    """Review: de aangifte zei 'aangetekend verzonden op 15 september. Dat is lokaalvredebreuk.' bij een incident op
    10 september."""
    _, nummer = _met_verbod_en_overtreding(gtb)
    gtb.ok("verzonden", "M00002", "--wijze", "aangetekend", "--datum", "2026-11-18")  # ná het incident van 17-11
    tekst = docx_tekst(Path(gtb.json("aangifte", nummer, "--datum", "2026-11-19")["bestand"]))
    assert "Dat is lokaalvredebreuk." not in tekst
    assert "vóór het incident verzonden of overhandigd" in tekst and "aangetekend verzonden op 18 november" in tekst


def test_aangifte_een_keer_ook_via_maatregel_en_het_incident_zegt_aangifte_ja(gtb):
    """Review: `maatregel --soort aangifte` na `aangifte` legde een tweede aangifte vast (het rapport telde er twee), en
    het incident bleef 'aangifte: niet ingevuld' zeggen."""
    _, nummer = _met_verbod_en_overtreding(gtb)
    gtb.meld(persoon="P0001", datum="2026-11-18", kanaal="telefoon", ernst="licht")  # een ander incident
    gtb.ok("aanvullen", nummer, "--geen-aangifte")
    gtb.ok("aangifte", nummer, "--datum", "2026-11-18")
    assert gtb.json("lijst")[1]["incident"] == nummer
    from openpyxl import load_workbook

    blad = load_workbook(gtb.register)["Incidenten"]
    koppen = [c.value for c in blad[1]]
    rij = next(r for r in blad.iter_rows(min_row=2, values_only=True) if r[0] == nummer)
    assert rij[koppen.index("Aangifte")] == "ja"
    voor = gtb.register.read_bytes()
    dubbel = gtb.run("maatregel", nummer, "--soort", "aangifte")
    assert dubbel.exit_code == 2 and "al vastgelegd" in dubbel.output and gtb.register.read_bytes() == voor


def test_geen_aangifte_voor_een_geanonimiseerde_persoon(gtb):
    nummer = gtb.meld(datum="2020-03-02", kanaal="balie", ernst="strafbaar", **PERSOON)
    gtb.json("opschonen", "--peildatum", "2026-11-23", "--uitvoeren")
    uitkomst = gtb.run("aangifte", nummer)
    assert uitkomst.exit_code == 2 and "geanonimiseerd" in uitkomst.output
    assert not list((gtb.map / "brieven").glob("*aangifte*"))
