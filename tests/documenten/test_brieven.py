"""Issue 3/7: elke brief van beide profielen, strikt gevuld, vastgelegd als maatregel."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from agressie_cli.documenten.brieven.render import docx_tekst, veilige_bestandsnaam
from conftest import Gemeente

PERSOON = dict(
    naam="Jansen & Zn <Bert>",
    adres="Markt 12",
    postcode="4941 AB",
    woonplaats="Raamsdonksveer",
    tijd="10:30",
    omschrijving="Interne notitie: collega P. Jansen was getuige; klant was eerder al boos bij de receptie.",
    brieftekst='U schreeuwde "ik weet waar je woont" & sloeg met de vuist op de balie.',
)


def _brief(g: Gemeente, nummer: str, *args: str) -> tuple[dict, str]:
    data = g.json(
        "brief",
        nummer,
        "--datum",
        "2026-11-23",
        *args,
        "--toelichting",
        "opzet van de test: deze soort is hier bewust gekozen",
    )
    pad = Path(data["bestand"])
    assert pad.is_file() and pad.parent == g.map / "brieven"
    tekst = docx_tekst(pad)
    assert "{{" not in tekst and "{%" not in tekst and "}}" not in tekst
    return data, tekst


def _gemeenschappelijk(
    tekst: str, gemeente: str, plaats: str, ondertekenaar: str, nummer: str, met_incident: bool = True
) -> None:
    assert "Jansen & Zn <Bert>" in tekst
    assert "Markt 12" in tekst and "4941 AB  RAAMSDONKSVEER" in tekst
    assert f"{plaats}, 23 november 2026" in tekst
    assert nummer in tekst
    assert ondertekenaar in tekst and f"burgemeester en wethouders van {gemeente}" in tekst
    assert f"Huisregels gemeente {gemeente}" in tekst
    assert "17 november 2026" in tekst
    if met_incident:  # de bevestiging van een ordegesprek noemt alleen de datum van het gedrag (bijlage 6)
        assert "10.30 uur" in tekst and 'ik weet waar je woont" & sloeg' in tekst
    # 2.3: de interne omschrijving en de namen van collega's komen nooit in een brief (de aanwezigen bij een
    # ordegesprek uitgezonderd)
    assert "Interne notitie" not in tekst
    assert "P. Jansen" not in tekst or "--aanwezige" in tekst or "Aanwezig" in tekst or "aanwezig" in tekst


GTB_BRIEVEN = [
    ("waarschuwing", [], ["Schriftelijke waarschuwing", "formele waarschuwing", "Gewone post"]),
    (
        "ordegesprek",
        [
            "--gesprek-datum",
            "2026-12-01",
            "--gesprek-tijd",
            "14:00",
            "--locatie",
            "het gemeentehuis te Raamsdonksveer",
            "--aanwezige",
            "K. Smits",
            "--aanwezige",
            "P. Jansen",
        ],
        [
            "Uitnodiging ordegesprek",
            "1 december 2026 om 14.00 uur in het gemeentehuis te Raamsdonksveer",
            "K. Smits en P. Jansen",
        ],
    ),
    (
        "ordegesprek-bevestiging",
        [
            "--gesprek-datum",
            "2026-11-20",
            "--aanwezige",
            "K. Smits",
            "--afspraak",
            "U belt alleen tijdens kantooruren",
            "--afspraak",
            "U spreekt medewerkers met respect aan",
        ],
        [
            "Bevestiging afspraken ordegesprek",
            "U belt alleen tijdens kantooruren",
            "U spreekt medewerkers met respect aan",
        ],
    ),
    (
        "toegangsverbod",
        ["--duur", "3"],
        [
            "voor een periode van 3 maanden, tot en met 22 februari 2027",
            "Aangetekend en per gewone post",
            "Afschrift aan: politie en receptie",
            "met ingang van 23 november 2026",
        ],
    ),
    (
        "toegangs-en-belverbod",
        ["--duur", "onbepaald"],
        ["voor onbepaalde tijd", "geen telefonisch contact", "Aangetekend en per gewone post"],
    ),
]


@pytest.mark.parametrize("soort, args, verwacht", GTB_BRIEVEN)
def test_brieven_geertruidenberg(gtb, soort, args, verwacht):
    nummer = gtb.meld(
        datum="2026-11-17",
        kanaal="balie",
        ernst="agressief",
        uitkering="participatiewet",
        bij_uitvoering=True,
        **PERSOON,
    )
    data, tekst = _brief(gtb, nummer, "--soort", soort, *args)
    _gemeenschappelijk(
        tekst, "Geertruidenberg", "Raamsdonksveer", "J.M. van den Berg", nummer, soort != "ordegesprek-bevestiging"
    )
    for stuk in verwacht:
        assert stuk in tekst, stuk
    if soort != "ordegesprek-bevestiging":  # de uitnodiging heeft de verlaging al aangekondigd
        assert "uitkering mogelijk eenmalig wordt verlaagd" in tekst
    assert data["soort"] == soort
    historie = gtb.json("historie", "P0001")
    assert historie["maatregelen"][0]["soort"] == soort
    assert historie["maatregelen"][0]["bestand"] == Path(data["bestand"]).name
    if soort == "toegangsverbod":
        assert data["ingang"] == "2026-11-23" and data["einde"] == "2027-02-22"
    if soort == "toegangs-en-belverbod":
        assert data["einde"] is None


def test_niet_nakomen_noemt_verbod_en_overtreding(gtb):
    eerste = gtb.meld(datum="2026-10-01", kanaal="balie", ernst="strafbaar", **PERSOON)
    gtb.json("brief", eerste, "--datum", "2026-10-02")  # advies: toegangsverbod 3 maanden, t/m 1 januari 2027
    tweede = gtb.meld(
        datum="2026-11-17", kanaal="balie", ernst="licht", persoon="P0001", tijd="14:05", omschrijving="Kwam binnen."
    )
    assert gtb.json("advies", tweede)["soort"] == "niet-nakomen"
    data, tekst = _brief(gtb, tweede, "--overtreding", "2026-11-17 14:05")
    assert data["soort"] == "niet-nakomen"
    assert "Dit verbod geldt tot en met 1 januari 2027" in tekst
    assert "17 november 2026 omstreeks 14.05 uur" in tekst and "lokaalvredebreuk" in tekst


LOSSER_BRIEVEN = [
    (
        "waarschuwing",
        dict(kanaal="balie", gedrag="C", aanhoudend=True),
        [],
        ["Waarschuwing na ongewenst gedrag", "binnen 6 maanden opnieuw"],
    ),
    (
        "toegangsverbod",
        dict(kanaal="balie", gedrag="C", aanhoudend=True),
        ["--soort", "toegangsverbod", "--duur", "2"],
        [
            "voor een periode van 2 maanden, tot en met 22 januari 2027",
            "Afschrift aan: politie (info@twente.politie.nl) en receptie (dvpdontvangst@enschede.nl), met een kopie van het paspoort",
            "Aangetekend en per gewone post",
        ],
    ),
    (
        "belverbod",
        dict(kanaal="telefoon", gedrag="B", aanhoudend=True),
        ["--soort", "belverbod", "--duur", "1"],
        ["Belbeperking", "tot en met 22 december 2026", "niet bellen"],
    ),
    (
        "bedreiging",
        dict(kanaal="balie", gedrag="D"),
        ["--duur", "12"],
        ["Wij melden dit bij de politie", "tot en met 22 november 2027", "Aangetekend en per gewone post"],
    ),
]


@pytest.mark.parametrize("soort, incident, args, verwacht", LOSSER_BRIEVEN)
def test_brieven_losser(losser, soort, incident, args, verwacht):
    nummer = losser.meld(datum="2026-11-17", **incident, **PERSOON)
    data, tekst = _brief(losser, nummer, *args)
    _gemeenschappelijk(tekst, "Losser", "Losser", "H.W. Oude Luttikhuis", nummer)
    for stuk in verwacht:
        assert stuk in tekst, stuk
    assert "eenmalig wordt verlaagd" not in tekst  # geen uitkering opgegeven: geen alinea
    assert data["soort"] == soort


def test_alleen_email_gaat_per_email(gtb):
    nummer = gtb.meld(
        datum="2026-11-17",
        kanaal="balie",
        ernst="agressief",
        naam="Kees Bakker",
        email="kees@example.nl",
        tijd="09:00",
        omschrijving="Schold.",
        brieftekst="U schold de medewerker uit.",
    )
    _, tekst = _brief(gtb, nummer)
    # 2.3: alleen een e-mailadres: geen retourregel, één regel "Per e-mail: <adres>"
    assert "Per e-mail: kees@example.nl" in tekst and "Retour:" not in tekst


def test_ontbrekende_waarde_stopt_voor_schrijven(gtb):
    nummer = gtb.meld(datum="2026-11-17", kanaal="balie", ernst="agressief", naam="Kees Bakker")
    voor = gtb.register.read_bytes()
    uitkomst = gtb.run("brief", nummer)
    assert uitkomst.exit_code == 2
    assert "brieftekst" in uitkomst.output and f"agressie brief {nummer} --brieftekst" in uitkomst.output
    assert "adresblok" in uitkomst.output and "--adres" in uitkomst.output
    assert "incident_tijd" not in uitkomst.output  # een onbekende tijd houdt een brief niet tegen (2.3)
    assert gtb.register.read_bytes() == voor
    assert not (gtb.map / "brieven").exists() or not list((gtb.map / "brieven").iterdir())


@pytest.mark.parametrize(
    "args, woord",
    [
        (["--soort", "belverbod"], "waarschuwing, ordegesprek"),
        (["--soort", "registratie"], "geen brief"),
        (["--soort", "niet-nakomen"], "geen lopend toegangsverbod"),
        (["--soort", "ordegesprek", "--toelichting", "opzet van de test"], "in ieder geval 2 personen aanwezig"),
        (
            ["--soort", "ordegesprek", "--toelichting", "opzet", "--aanwezige", "K. Smits", "--aanwezige", "P. Jansen"],
            "gesprek_datum",
        ),
        (
            [
                "--soort",
                "ordegesprek",
                "--toelichting",
                "opzet",
                "--aanwezige",
                "K. Smits",
                "--aanwezige",
                "P. Jansen",
                "--datum",
                "2026-11-23",
                "--gesprek-datum",
                "2026-11-20",
                "--gesprek-tijd",
                "10:00",
            ],
            "--gesprek-datum",
        ),
        (["--overtreding", "morgenochtend"], "--overtreding"),
    ],
)
def test_weigeringen_brief(gtb, args, woord):
    nummer = gtb.meld(datum="2026-11-17", kanaal="balie", ernst="agressief", **PERSOON)
    voor = gtb.register.read_bytes()
    uitkomst = gtb.run("brief", nummer, *args)
    assert uitkomst.exit_code == 2, uitkomst.output
    assert woord in uitkomst.output
    assert gtb.register.read_bytes() == voor


def test_losser_e_gedrag_en_verbod_zonder_duur_geweigerd(losser):
    e = losser.meld(datum="2026-11-17", kanaal="balie", gedrag="E", **PERSOON)
    uitkomst = losser.run("brief", e, "--soort", "waarschuwing")
    assert uitkomst.exit_code == 2 and "E-gedrag" in uitkomst.output and "hulpinstantie" in uitkomst.output
    d = losser.meld(datum="2026-11-17", kanaal="balie", gedrag="D", persoon="P0001")
    uitkomst = losser.run("brief", d)
    assert uitkomst.exit_code == 2 and "--duur is verplicht" in uitkomst.output


def test_bestaande_brief_niet_overschreven_zonder_optie(gtb, tmp_path):
    nummer = gtb.meld(datum="2026-11-17", kanaal="balie", ernst="agressief", **PERSOON)
    uit = tmp_path / "uit met spatie é"
    eerste = gtb.json("brief", nummer, "--uit", str(uit))
    tweede = gtb.run("brief", nummer, "--uit", str(uit))
    assert tweede.exit_code == 2 and "--overschrijven" in tweede.output
    assert len(gtb.json("historie", "P0001")["maatregelen"]) == 1
    gtb.json("brief", nummer, "--uit", str(uit), "--overschrijven")
    assert Path(eerste["bestand"]).parent == uit


@pytest.mark.parametrize("naam", ["../../etc/passwd", "CON", "a/b\\c:d*e?f", "Ünïcødé van 't Hof", "<script>"])
def test_bestandsnaam_is_veilig(naam):
    bestand = veilige_bestandsnaam("2026-0001", "waarschuwing", naam)
    assert "/" not in bestand and "\\" not in bestand and ":" not in bestand and ".." not in bestand
    assert bestand.startswith("2026-0001-waarschuwing-") and bestand.endswith(".docx")
    assert bestand.split(".")[0].upper() not in {"CON", "PRN", "AUX", "NUL"}


def test_afwijking_bij_brief_vraagt_een_reden_en_legt_die_vast(gtb):
    """domein.md: "The user may choose another soort or another period; the tool then says that it deviates from the
    protocol, asks why, and records the reason with the measure" (Rb. Oost-Brabant 2018, ECLI:NL:RBOBR:2018:540)."""
    nummer = gtb.meld(datum="2026-11-17", kanaal="balie", ernst="licht", **PERSOON)
    voor = gtb.register.read_bytes()
    geweigerd = gtb.run("brief", nummer, "--soort", "waarschuwing")
    assert geweigerd.exit_code == 2 and "--toelichting" in geweigerd.output and "registratie" in geweigerd.output
    assert gtb.register.read_bytes() == voor and not list((gtb.map / "brieven").glob("*.docx"))
    uitkomst = gtb.ok("brief", nummer, "--soort", "waarschuwing", "--toelichting", "schold ook de receptie uit")
    assert "wijkt af van het protocol" in uitkomst and "schold ook de receptie uit" in uitkomst
    m = gtb.json("historie", "P0001")["maatregelen"][0]
    assert m["afwijking"] is True and m["toelichting"] == "schold ook de receptie uit"


def test_eigen_sjablonen_met_terugval_en_controle(gtb, tmp_path):
    from docx import Document

    eigen = gtb.map / "eigen-sjablonen"
    eigen.mkdir()
    doc = Document()
    doc.add_paragraph(
        "EIGEN BRIEF {{ aanhef }}, {{ adresblok }} {{ plaats_datum }} {{ kenmerk }} {{ onderwerp }} "
        "{{ ondertekenaar }} {{ functie }} {{ namens }} {{ incident_moment }} {{ brieftekst }}"
    )
    doc.save(eigen / "waarschuwing.docx")
    toml = gtb.map / "agressie.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8").replace('sjablonen = ""', 'sjablonen = "eigen-sjablonen"'), encoding="utf-8"
    )
    nummer = gtb.meld(datum="2026-11-17", kanaal="balie", ernst="agressief", **PERSOON)
    _, tekst = _brief(gtb, nummer)
    assert "EIGEN BRIEF Geachte heer/mevrouw Jansen & Zn <Bert>" in tekst or "EIGEN BRIEF" in tekst
    # Wat de gemeente niet heeft, komt uit de meegeleverde sjablonen.
    _, tekst = _brief(gtb, nummer, "--soort", "toegangsverbod", "--duur", "3", "--overschrijven")
    assert "Ontzegging gemeentehuis" in tekst
    assert gtb.run("sjablonen", "controleer").exit_code == 0
    slecht = Document()
    slecht.add_paragraph("{{ aanhef }} {{ geboorteplaats }}")
    slecht.save(eigen / "ordegesprek.docx")
    uitkomst = gtb.run("sjablonen", "controleer", str(eigen))
    assert uitkomst.exit_code == 1
    assert "geboorteplaats" in uitkomst.output and "gesprek_datum" in uitkomst.output
    assert "OK      waarschuwing.docx" in uitkomst.output
    # De interne omschrijving levert agressie niet aan een brief: een eigen sjabloon dat hem gebruikt, is fout.
    intern = Document()
    intern.add_paragraph("{{ aanhef }} {{ omschrijving }}")
    intern.save(eigen / "toegangsverbod.docx")
    uitkomst = gtb.run("sjablonen", "controleer", str(eigen))
    assert uitkomst.exit_code == 1 and "omschrijving" in uitkomst.output


def test_meegeleverde_sjablonen_zijn_in_orde(gtb, losser):
    # De brieven, de aansprakelijkstelling en de informatie voor de aangifte (2.6), voornemen en herziening (3.4) en
    # de brief met het dossier (inzage, 3.4)
    assert "Alle 11 sjablonen in orde" in gtb.ok("sjablonen", "controleer")
    assert "Alle 9 sjablonen in orde" in losser.ok("sjablonen", "controleer")


@pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftoppm") is None,
    reason="LibreOffice/pdftoppm niet geïnstalleerd",
)
def test_pdf_en_png(gtb):
    nummer = gtb.meld(datum="2026-11-17", kanaal="balie", ernst="agressief", **PERSOON)
    data = gtb.json("brief", nummer, "--pdf")
    pdf = Path(data["pdf"])
    assert pdf.is_file() and pdf.read_bytes().startswith(b"%PDF")
    subprocess.run(
        ["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(pdf), str(pdf.with_suffix(""))], check=True
    )
    png = next(pdf.parent.glob(pdf.stem + "*.png"))
    assert png.read_bytes()[:4] == b"\x89PNG" and png.stat().st_size > 5000
    tekst = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Jansen & Zn <Bert>" in tekst


def test_pdf_zonder_libreoffice_zegt_hoe_te_installeren(gtb, monkeypatch):
    monkeypatch.setattr("agressie_cli.documenten.brieven.pdf.soffice", lambda: None)
    nummer = gtb.meld(datum="2026-11-17", kanaal="balie", ernst="agressief", **PERSOON)
    uitkomst = gtb.run("brief", nummer, "--pdf")
    assert uitkomst.exit_code == 1
    assert "LibreOffice" in uitkomst.output and "Installeer" in uitkomst.output
    assert list((gtb.map / "brieven").glob("*.docx"))


def test_meerdere_brieven_in_een_keer_en_alle_open(gtb):
    a = gtb.meld(datum="2026-11-17", kanaal="balie", ernst="agressief", **PERSOON)
    b = gtb.meld(
        datum="2026-11-18",
        kanaal="balie",
        ernst="agressief",
        naam="Kees Bakker",
        adres="Kerkstraat 1",
        postcode="4941 CD",
        woonplaats="Raamsdonksveer",
        tijd="09:00",
        omschrijving="Schold.",
        brieftekst="U schold de medewerker uit.",
    )
    zonder_adres = gtb.meld(
        datum="2026-11-18",
        kanaal="balie",
        ernst="agressief",
        naam="Anna Smit",
        tijd="09:00",
        omschrijving="Schold.",
        brieftekst="U schold.",
    )
    gtb.meld(datum="2026-11-18", kanaal="balie", ernst="licht", naam="Piet Post")  # advies registratie: geen brief
    uitkomst = gtb.run("brief", "--alle-open", "--json", "--datum", "2026-11-23")
    assert uitkomst.exit_code == 1  # twee gemaakt, één niet
    data = __import__("json").loads(uitkomst.stdout)
    assert sorted(r["incident"] for r in data["brieven"]) == sorted([a, b])
    assert data["fouten"][0]["incident"] == zonder_adres and "adresblok" in data["fouten"][0]["melding"]
    assert {m["incident"] for m in gtb.json("historie", "Kees Bakker")["maatregelen"]} == {b}
    assert len(list((gtb.map / "brieven").glob("*.docx"))) == 2
    uitkomst = gtb.run("brief", a, b, "--overschrijven", "--soort", "ordegesprek", "--toelichting", "opzet van de test")
    assert uitkomst.exit_code == 2 and "2 personen" in uitkomst.output  # geen van beide kon (6.3)


def test_brief_zonder_incident_exit_2(gtb):
    uitkomst = gtb.run("brief")
    assert uitkomst.exit_code == 2 and "--alle-open" in uitkomst.output


def test_brief_zonder_bekende_tijd(gtb):
    """2.3: een incident per mail of bij een huisbezoek heeft vaak geen tijd; de brief zegt dan alleen de datum."""
    nummer = gtb.meld(
        datum="2026-11-17",
        kanaal="schriftelijk",
        ernst="agressief",
        **{k: v for k, v in PERSOON.items() if k != "tijd"},
    )
    _, tekst = _brief(gtb, nummer)
    assert "Op 17 november 2026 heeft u zich in contact met een medewerker" in tekst and "omstreeks" not in tekst


def test_licht_incident_heet_niet_agressief(gtb):
    nummer = gtb.meld(datum="2026-11-17", kanaal="balie", ernst="licht", **PERSOON)
    _, tekst = _brief(gtb, nummer, "--soort", "waarschuwing")
    assert "op een ongepaste en hinderlijke manier" in tekst and "agressieve manier" not in tekst


@pytest.mark.parametrize(
    ("naam", "opties", "aanhef", "bestand"),
    [
        ("Piet Oude Groote", {}, "Geachte heer/mevrouw Oude Groote,", "Oude-Groote"),
        ("Gerda Olde Monnikhof", {"aanhef": "mevrouw"}, "Geachte mevrouw Olde Monnikhof,", "Olde-Monnikhof"),
        ("Jan de Vries", {"aanhef": "heer"}, "Geachte heer De Vries,", "De-Vries"),
        ("De Vries, Jan", {}, "Geachte heer/mevrouw De Vries,", "De-Vries"),
        ("Vries, Jan de", {}, "Geachte heer/mevrouw De Vries,", "De-Vries"),
        ("Ans Lansink-Nijhuis", {"achternaam": "Lansink"}, "Geachte heer/mevrouw Lansink,", "Lansink"),
    ],
)
def test_aanhef_en_bestandsnaam_met_de_achternaam(gtb, naam, opties, aanhef, bestand):
    """2.3: "Piet Oude Groote" wordt "Geachte heer/mevrouw Groote" — Twentse achternamen zijn gewoon in Losser."""
    persoon = {**PERSOON, "naam": naam, **opties}
    nummer = gtb.meld(datum="2026-11-17", kanaal="balie", ernst="agressief", **persoon)
    data, tekst = _brief(gtb, nummer)
    assert aanhef in tekst
    assert Path(data["bestand"]).name == f"{nummer}-waarschuwing-{bestand}.docx"


def test_brieftekst_bij_brief_wordt_bewaard(gtb):
    persoon = {k: v for k, v in PERSOON.items() if k != "brieftekst"}
    nummer = gtb.meld(datum="2026-11-17", kanaal="balie", ernst="agressief", **persoon)
    _, tekst = _brief(gtb, nummer, "--brieftekst", "U gooide een stoel om.")
    assert "U gooide een stoel om." in tekst and "Interne notitie" not in tekst
    wb = __import__("openpyxl").load_workbook(gtb.register)
    koppen = [c.value for c in wb["Incidenten"][1]]
    assert wb["Incidenten"].cell(2, koppen.index("Brieftekst") + 1).value == "U gooide een stoel om."


def test_geen_aangifte_dan_ook_niet_in_de_brief(gtb):
    """2.3: "er is aangifte gedaan" alleen als het register aangifte ja zegt."""
    nummer = gtb.meld(datum="2026-11-17", kanaal="balie", ernst="strafbaar", aangifte=False, **PERSOON)
    _, tekst = _brief(gtb, nummer)
    assert "aangifte gedaan bij de politie" not in tekst
    ander = gtb.meld(
        datum="2026-11-17", kanaal="balie", ernst="strafbaar", aangifte=True, **{**PERSOON, "naam": "Kees Bakker"}
    )
    _, tekst = _brief(gtb, ander)
    assert "er is aangifte gedaan bij de politie" in tekst


@pytest.mark.parametrize("profiel", ["geertruidenberg", "losser"])
def test_elk_sjabloon_is_a4_met_adres_in_het_venster_en_een_slot_dat_bij_elkaar_blijft(profiel):
    """2.3: Nederlandse brieven zijn A4; het adres valt in het venster van de envelop (DIN 5008 vorm B: 45 mm van
    boven); het slot ("Hoogachtend ... ondertekenaar") blijft bij elkaar; vanaf pagina 2 kenmerk en paginanummer."""
    from docx import Document
    from docx.shared import Cm

    from agressie_cli.documenten.brieven.sjablonen import meegeleverde_sjablonen

    # aangifte.docx is geen brief aan de persoon maar informatie voor de politie (2.6): geen venster, geen slot.
    sjablonen = sorted(p for p in (meegeleverde_sjablonen() / profiel).glob("*.docx") if p.stem != "aangifte")
    assert len(sjablonen) >= 4
    for pad in sjablonen:
        doc = Document(str(pad))
        sectie = doc.sections[0]
        assert (round(sectie.page_width.cm, 1), round(sectie.page_height.cm, 1)) == (21.0, 29.7), pad.name
        adresveld = doc.tables[0]
        assert abs(sectie.top_margin + adresveld.rows[0].height - Cm(4.5)) < Cm(0.01), pad.name
        assert "{{ adresblok }}" in adresveld.cell(1, 0).text
        slot = [p for p in doc.paragraphs if p.text in ("Hoogachtend,", "namens dezen,", "{{ ondertekenaar }}")]
        assert slot and all(p.paragraph_format.keep_with_next for p in slot), pad.name
        assert sectie.different_first_page_header_footer and "pagina" in sectie.header.paragraphs[0].text
        assert abs(sectie.left_margin - Cm(2.5)) < Cm(0.01)  # het venster begint op 20 mm


def test_overhandigd_verbod_zonder_postadres(losser):
    """Losser 5.2: "Bij voorkeur overhandig je het toegangsverbod direct aan de inwoner." Zonder postadres en zonder
    --overhandigd weigert de brief, zoals altijd."""
    nummer = losser.meld(
        datum="2026-11-17",
        kanaal="balie",
        gedrag="D",
        naam="Piet Klaassen",
        tijd="10:30",
        brieftekst="U dreigde de medewerker.",
    )
    reden = ("--toelichting", "de duur past bij dit incident")  # 3.4: Losser 5.2, de toelichting zegt waarom deze duur
    geweigerd = losser.run("brief", nummer, "--duur", "6", "--datum", "2026-11-17", *reden)
    assert geweigerd.exit_code == 2 and "--overhandigd" in geweigerd.output
    data = losser.json("brief", nummer, "--duur", "6", "--datum", "2026-11-17", "--overhandigd", *reden)
    tekst = docx_tekst(Path(data["bestand"]))
    assert "Persoonlijk overhandigd op 17 november 2026" in tekst and "Retour:" not in tekst


def test_belverbod_met_het_algemene_nummer_als_uitzondering_geweigerd(losser):
    """2.3: 'U mag de gemeente niet bellen, behalve ... telefoon 14 053' noemt het nummer dat het verbod afsluit."""
    eerste = losser.meld(datum="2026-11-17", kanaal="telefoon", gedrag="C", aanhoudend=True, **PERSOON)
    uitkomst = losser.run(
        "brief",
        eerste,
        "--soort",
        "belverbod",
        "--duur",
        "3",
        "--toelichting",
        "opzet",
        "--contactpersoon",
        "de klachtcontactpersoon, telefoon 14 053",
    )
    assert uitkomst.exit_code == 2 and "algemene nummer" in uitkomst.output
    _, tekst = _brief(
        losser,
        eerste,
        "--soort",
        "belverbod",
        "--duur",
        "3",
        "--contactpersoon",
        "mevrouw A. Nijhuis, telefoon 053 - 537 7444",
    )
    assert "behalve mevrouw A. Nijhuis, telefoon 053 - 537 7444" in tekst
    assert "eerder kan eindigen of herzien" in tekst  # de route om te reageren en te beëindigen
    assert (
        "14 053"
        not in (losser.map / "agressie.toml").read_text(encoding="utf-8").split("contactpersoon =")[1].split("\n")[0]
    )


def test_bezwaarclausule_alleen_als_de_gemeente_die_kiest(gtb):
    """CRvB 10-06-2014 (ECLI:NL:CRVB:2014:1967): een toegangsverbod van de eigenaar van het gebouw is geen besluit."""
    nummer = gtb.meld(datum="2026-11-17", kanaal="balie", ernst="strafbaar", **PERSOON)
    _, tekst = _brief(gtb, nummer)
    assert "bezwaar" not in tekst.lower()
    toml = gtb.map / "agressie.toml"
    assert "bezwaarclausule = false" in toml.read_text(encoding="utf-8")
    toml.write_text(
        toml.read_text(encoding="utf-8").replace("bezwaarclausule = false", "bezwaarclausule = true"), encoding="utf-8"
    )
    _, tekst = _brief(gtb, nummer, "--overschrijven")
    assert "binnen zes weken" in tekst and "bezwaar maken bij het college" in tekst


def test_ordegesprek_standaard_aanwezigen_en_plaats_en_de_bevestiging_neemt_ze_over(gtb):
    """Geertruidenberg 6.3: "in ieder geval 2 personen aanwezig: de behandelend medewerker en diens direct
    leidinggevende"; "Het gesprek vindt plaats op het gemeentehuis"."""
    nummer = gtb.meld(
        datum="2026-11-17",
        kanaal="balie",
        ernst="agressief",
        medewerker=["P. Jansen"],
        leidinggevende="K. Smits",
        **PERSOON,
    )
    _, tekst = _brief(gtb, nummer, "--soort", "ordegesprek", "--gesprek-datum", "2026-12-01", "--gesprek-tijd", "14:00")
    assert "P. Jansen en K. Smits" in tekst and "het gemeentehuis te Raamsdonksveer" in tekst
    m = gtb.json("historie", "P0001")["maatregelen"][0]
    assert m["gesprek"] == {
        "datum": "2026-12-01",
        "tijd": "14:00",
        "locatie": "het gemeentehuis te Raamsdonksveer",
        "aanwezigen": ["P. Jansen", "K. Smits"],
    }
    _, tekst = _brief(
        gtb,
        nummer,
        "--soort",
        "ordegesprek-bevestiging",
        "--datum",
        "2026-12-02",
        "--afspraak",
        "U belt alleen tijdens kantooruren, ook als het dringend is",
        "--afspraak",
        "U spreekt medewerkers met respect aan",
    )
    assert "1 december 2026" in tekst and "P. Jansen en K. Smits" in tekst
    bevestiging = gtb.json("historie", "P0001")["maatregelen"][0]
    assert bevestiging["afspraken"] == [
        "U belt alleen tijdens kantooruren, ook als het dringend is",
        "U spreekt medewerkers met respect aan",
    ]
    assert bevestiging["gesprek"]["datum"] == "2026-12-01"


def test_belverbod_zonder_nummer_dat_wel_mag_geweigerd_en_geen_vals_alarm(losser):
    """Een belverbod moet zeggen welk nummer wel mag; '053 - 514 05 30' bevat de cijfers van 14 053 maar is een ander
    nummer."""
    nummer = losser.meld(datum="2026-11-17", kanaal="telefoon", gedrag="D", **PERSOON)
    zonder = losser.run("brief", nummer, "--duur", "3", "--contactpersoon", "de klachtcontactpersoon")
    assert zonder.exit_code == 2 and "noemt geen telefoonnummer" in zonder.output
    _, tekst = _brief(losser, nummer, "--duur", "3", "--contactpersoon", "mevrouw A. de Boer, telefoon 053 - 514 05 30")
    assert "behalve mevrouw A. de Boer, telefoon 053 - 514 05 30" in tekst


def test_geen_collega_in_de_brieftekst_en_bevestiging_niet_voor_het_gesprek(gtb):
    persoon = {**PERSOON, "brieftekst": "U schold mevrouw Bosch uit."}
    nummer = gtb.meld(datum="2026-11-17", kanaal="balie", ernst="agressief", medewerker=["M. Bosch"], **persoon)
    uitkomst = gtb.run("brief", nummer, "--datum", "2026-11-18")
    assert uitkomst.exit_code == 2 and "collega bij naam (de naam van een medewerker)" in uitkomst.output
    assert "Bosch" not in uitkomst.output  # 3.3: de melding noemt het veld, niet de persoon
    gtb.ok("aanvullen", nummer, "--brieftekst", "U schold de medewerker uit.", "--leidinggevende", "K. Smits")
    gtb.ok(
        "brief",
        nummer,
        "--soort",
        "ordegesprek",
        "--datum",
        "2026-11-18",
        "--gesprek-datum",
        "2026-11-25",
        "--gesprek-tijd",
        "10:00",
        "--toelichting",
        "opzet",
    )
    vroeg = gtb.run(
        "brief",
        nummer,
        "--soort",
        "ordegesprek-bevestiging",
        "--datum",
        "2026-11-24",
        "--afspraak",
        "Rustig",
        "--toelichting",
        "opzet",
    )
    assert vroeg.exit_code == 2 and "vóór het gesprek" in vroeg.output


@pytest.mark.parametrize(
    ("naam", "aanhef", "boven"),
    [
        ("Maria de Vries-van Dijk", "Geachte heer/mevrouw De Vries-van Dijk,", "Maria de Vries-van Dijk"),
        ("Els van Dijk-de Vries", "Geachte heer/mevrouw Van Dijk-de Vries,", "Els van Dijk-de Vries"),
        ("Vries, Jan de", "Geachte heer/mevrouw De Vries,", "Jan de Vries"),
        ("Groote, Piet Oude", "Geachte heer/mevrouw Oude Groote,", "Piet Oude Groote"),
    ],
)
def test_dubbele_namen_en_achternaam_eerst(gtb, naam, aanhef, boven):
    nummer = gtb.meld(datum="2026-11-17", kanaal="balie", ernst="agressief", **{**PERSOON, "naam": naam})
    _, tekst = _brief(gtb, nummer)
    assert aanhef in tekst and f"\n{boven}\n" in f"\n{tekst}"
