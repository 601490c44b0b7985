"""Issue 3.4, deel 2: na de brief. Verwacht bezoek (agressie bezoek, ook op de receptiepagina), bewijs bij een incident
(agressie bewijs, in het dossier van agressie aangifte, weg bij opschonen), wie besliste en de goedkeuring door een
tweede persoon (--besloten-door, agressie goedkeuren), de maatregel die niet vóór zijn incident kan, en bewaren naar
ernst. Door de CLI, in beide profielen; brieven teruggelezen met python-docx (en als PNG bekeken waar LibreOffice er
is)."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import docx
import pytest

from conftest import ADRES, REDEN, Gemeente, maak_gemeente

GEDRAG = {"geertruidenberg": {"ernst": "strafbaar"}, "losser": {"gedrag": "D"}}
VERBOD = {"geertruidenberg": "toegangsverbod", "losser": "bedreiging"}
WAARSCHUWEN = "receptie, interventieteam en deelcluster waarschuwen"


@pytest.fixture(params=["geertruidenberg", "losser"])
def g(request, tmp_path) -> Gemeente:
    return maak_gemeente(tmp_path, request.param, geheugen=True)


@pytest.fixture(params=["geertruidenberg", "losser"])
def g_excel(request, tmp_path) -> Gemeente:
    """Met het Excel-register op schijf: bewijs en opschonen raken bestanden naast het register."""
    return maak_gemeente(tmp_path, request.param)


def _incident(g: Gemeente, datum: str, naam: str = "Jan de Vries", **klasse) -> str:
    return g.meld(
        naam=naam,
        kanaal="balie",
        datum=datum,
        tijd="10:30",
        brieftekst="U sloeg met uw vuist op de balie en schreeuwde tegen de medewerker.",
        aanhef="heer",
        **ADRES,
        **(klasse or GEDRAG[g.map.name]),
    )


def _is_losser(g: Gemeente) -> bool:
    return g.map.name == "losser"


def _zet(g: Gemeente, regels: str) -> None:
    toml = g.map / "agressie.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + "\n" + regels + "\n", encoding="utf-8")


def _soort(g: Gemeente, soort: str) -> list[dict]:
    return [t for t in g.json("termijnen", "--peildatum", "2026-12-08") if t["soort"] == soort]


# --- verwacht bezoek ------------------------------------------------------------------------------------------------


def test_verwacht_bezoek_staat_die_dag_op_verboden_en_termijnen(g):
    """Geertruidenberg 3.3, "Vooraf te verwachten agressie": "Men weet dat een klant (mogelijk) komt: in dit geval moet
    de receptie, het interventieteam en het mogelijk betrokken deelcluster gewaarschuwd worden." Op die dag tonen
    verboden en termijnen het, de dag ervoor en erna niet."""
    _incident(g, "2026-11-02")
    b = g.json("bezoek", "P0001", "--datum", "2026-12-08", "--tijd", "10:30")
    assert b == {"persoon": "P0001", "datum": "2026-12-08", "tijd": "10:30", "waarschuwen": WAARSCHUWEN}
    op_de_dag = _soort(g, "verwacht bezoek")
    assert [(t["persoon"], t["uiterlijk"]) for t in op_de_dag] == [("P0001", "2026-12-08")]
    assert WAARSCHUWEN in op_de_dag[0]["omschrijving"] and "10.30 uur" in op_de_dag[0]["omschrijving"]
    for dag in ("2026-12-07", "2026-12-09"):
        assert [t for t in g.json("termijnen", "--peildatum", dag) if t["soort"] == "verwacht bezoek"] == []
    uit = g.ok("verboden", "--peildatum", "2026-12-08")
    assert f"Verwacht bezoek om 10.30 uur: Jan de Vries (P0001); {WAARSCHUWEN}." in uit
    assert "Verwacht bezoek" not in g.ok("verboden", "--peildatum", "2026-12-09")
    assert "Verwacht bezoek" not in g.ok("verboden", "--peildatum", "2026-12-08", "--naam", "Pietersen")
    assert g.json("verboden", "--peildatum", "2026-12-08") == []  # --json blijft een lijst van verboden


def test_bezoek_weigert_onbekende_persoon_en_dubbel_bezoek(g):
    _incident(g, "2026-11-02")
    g.ok("bezoek", "Jan de Vries", "--datum", "2026-12-08")
    voor = g.momentopname()
    onbekend = g.run("bezoek", "P0099", "--datum", "2026-12-08")
    assert onbekend.exit_code == 2 and "Geen persoon P0099 gevonden" in onbekend.output
    dubbel = g.run("bezoek", "P0001", "--datum", "2026-12-08", "--tijd", "14:00")
    assert dubbel.exit_code == 2 and "al een bezoek" in dubbel.output and "Traceback" not in dubbel.output
    zonder = g.run("bezoek", "P0001")
    assert zonder.exit_code == 2 and "--datum ontbreekt" in zonder.output
    assert g.momentopname() == voor


def test_receptiepagina_toont_wie_er_vandaag_verwacht_wordt(gtb):
    """Geertruidenberg 3.3: "moet de receptie, het interventieteam en het mogelijk betrokken deelcluster gewaarschuwd
    worden". De handeling bezoeken_vandaag voor de receptiepagina; elke getoonde persoon komt in het logboek."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "web"))  # tests/web/webhulp.py
    from webhulp import maak_web

    from agressie_cli.handelingen.receptie import bezoeken_vandaag
    from agressie_cli.handelingen.werkplek import Werkplek

    _incident(gtb, "2026-11-02")
    gtb.ok("bezoek", "P0001", "--datum", date.today().isoformat(), "--tijd", "09:15")
    [bezoek] = bezoeken_vandaag(Werkplek(gtb.map))
    assert (bezoek.persoon, bezoek.naam, bezoek.waarschuwen) == ("P0001", "Jan de Vries", WAARSCHUWEN)
    tekst = maak_web(gtb).ingelogd("receptie").get("/receptie").text
    assert "Vandaag verwacht, met eerdere agressie" in tekst
    assert "Jan de Vries" in tekst and "om 09.15 uur" in tekst and WAARSCHUWEN in tekst
    assert "bezoek receptie" in (gtb.map / "logboek.csv").read_text(encoding="utf-8-sig")


# --- bewijs ---------------------------------------------------------------------------------------------------------


def test_bewijs_in_de_map_met_sha256_in_aangifte_en_weg_bij_opschonen(g_excel, tmp_path):
    """Geertruidenberg 8: "moet het bewijs daarvan goed worden vastgelegd. Zo kunnen er foto's gemaakt worden van wat er
    vernield is en daarnaast getuigenverklaringen worden opgesteld." De bestanden staan in bewijs/<incident>/, de
    SHA-256 in het register; aangifte noemt ze in het dossier; opschonen verwijdert ze met de rest."""
    g = g_excel
    nummer = _incident(g, "2026-11-02")
    foto, verklaring = tmp_path / "foto balie.JPG", tmp_path / "verklaring.pdf"
    foto.write_bytes(b"\xff\xd8 foto van de kapotte balie")
    verklaring.write_bytes(b"%PDF-1.4 getuigenverklaring")
    b = g.json("bewijs", nummer, str(foto), str(verklaring))
    assert b["incident"] == nummer and b["totaal"] == 2
    assert [s["naam"] for s in b["toegevoegd"]] == ["foto balie.jpg", "verklaring.pdf"]
    opgeslagen = g.map / "bewijs" / nummer / "foto balie.jpg"
    assert opgeslagen.read_bytes() == foto.read_bytes()
    assert b["toegevoegd"][0]["sha256"] == hashlib.sha256(foto.read_bytes()).hexdigest()
    # Dezelfde naam met andere inhoud: ernaast, niet eroverheen.
    foto.write_bytes(b"\xff\xd8 tweede foto")
    assert g.json("bewijs", nummer, str(foto))["toegevoegd"][0]["naam"] == "foto balie-2.jpg"
    assert opgeslagen.read_bytes() == b"\xff\xd8 foto van de kapotte balie"
    # De aangifte noemt het bewijs in het dossier, met de SHA-256.
    a = g.json("aangifte", nummer, "--datum", "2026-11-03")
    cellen = [c.text for t in docx.Document(a["bestand"]).tables for r in t.rows for c in r.cells]
    assert f"bewijs/{nummer}/verklaring.pdf" in cellen
    assert hashlib.sha256(verklaring.read_bytes()).hexdigest() in cellen
    # Opschonen (na de bewaartermijn) verwijdert het bewijs met de brieven.
    o = g.json("opschonen", "--peildatum", "2032-01-01", "--uitvoeren")
    assert sorted(o["verwijderd_bewijs"]) == [
        f"{nummer}/foto balie-2.jpg",
        f"{nummer}/foto balie.jpg",
        f"{nummer}/verklaring.pdf",
    ]
    assert list((g.map / "bewijs" / nummer).iterdir()) == []


def test_bewijs_weigert_soort_grootte_dubbel_en_een_map_buiten_het_register(g_excel, tmp_path):
    """Issue 3.4: "type and size limits, never a file written outside the folder". Alles of niets: het register en de
    map blijven zoals ze waren."""
    g = g_excel
    nummer = _incident(g, "2026-11-02")
    goed = tmp_path / "mail.eml"
    goed.write_bytes(b"Subject: u bent een ...")
    g.ok("bewijs", nummer, str(goed))
    voor = g.momentopname()
    programma = tmp_path / "virus.exe"
    programma.write_bytes(b"MZ")
    fout = g.run("bewijs", nummer, str(programma))
    assert fout.exit_code == 2 and "virus.exe is geen soort bewijs" in fout.output
    groot = tmp_path / "film.mp4"
    with groot.open("wb") as f:
        f.truncate(25 * 1024 * 1024 + 1)
    fout = g.run("bewijs", nummer, str(groot))
    assert fout.exit_code == 2 and "groter dan 25 MB" in fout.output
    fout = g.run("bewijs", nummer, str(goed))
    assert fout.exit_code == 2 and "staat al als bewijs" in fout.output
    # Een tweede, goed bestand naast een fout bestand: niets bewaard (alles of niets).
    ander = tmp_path / "ander.txt"
    ander.write_text("getuige", encoding="utf-8")
    assert g.run("bewijs", nummer, str(ander), str(programma)).exit_code == 2
    assert not (g.map / "bewijs" / nummer / "ander.txt").exists()
    assert g.momentopname() == voor
    # Een map bewijs/ die naar elders wijst: agressie schrijft daar niet.
    elders = tmp_path / "elders"
    elders.mkdir()
    shutil.move(str(g.map / "bewijs"), str(tmp_path / "oud-bewijs"))
    (g.map / "bewijs").symlink_to(elders, target_is_directory=True)
    fout = g.run("bewijs", nummer, str(ander))
    assert fout.exit_code == 2 and "buiten de map van het register" in fout.output
    assert list(elders.iterdir()) == [] and g.momentopname() == voor


# --- wie besliste, goedkeuring ----------------------------------------------------------------------------------------


def test_wie_besliste_staat_bij_de_maatregel_en_in_historie(g):
    """Issue 3.4: "Every measure records who decided (--besloten-door "naam, functie"; Geertruidenberg: clustermanager
    with the AOV-er, 9.1; Losser ch. 9: the burgemeester for politieke ambtsdragers)"."""
    nummer = _incident(g, "2026-11-02")
    duur = ("--duur", "3", "--toelichting", "de duur past bij dit incident") if _is_losser(g) else ()  # 3.4
    b = g.json("brief", nummer, "--datum", "2026-11-03", *duur, "--besloten-door", "K. Smits,  clustermanager")
    registratie = _incident(g, "2026-11-10")
    g.ok("maatregel", registratie, "--soort", "registratie", "--datum", "2026-11-10", *REDEN,
         "--besloten-door", "A. Jansen, AOV-er")  # fmt: skip
    maatregelen = {m["maatregel"]: m for m in g.json("historie", "P0001", "--peildatum", "2026-11-11")["maatregelen"]}
    assert maatregelen[b["maatregel"]]["besloten_door"] == "K. Smits, clustermanager"
    assert maatregelen[b["maatregel"]]["goedgekeurd_door"] is None
    assert [m["besloten_door"] for m in maatregelen.values() if m["soort"] == "registratie"] == ["A. Jansen, AOV-er"]
    voor = g.momentopname()
    fout = g.run("maatregel", registratie, "--soort", "registratie", "--besloten-door", "Smits")
    assert fout.exit_code == 2 and "--besloten-door: geef naam en functie" in fout.output
    assert g.momentopname() == voor


def test_goedkeuring_uit_in_de_meegeleverde_profielen(g):
    """Issue 3.4: "a profile setting can require a second person's approval ... (off in both shipped profiles)"."""
    nummer = _incident(g, "2026-11-02")
    duur = ("--duur", "3", "--toelichting", "de duur past bij dit incident") if _is_losser(g) else ()  # 3.4
    m = g.json("brief", nummer, "--datum", "2026-11-03", *duur)["maatregel"]
    assert [t for t in g.json("termijnen", "--peildatum", "2026-11-04") if t["soort"] == "goedkeuren"] == []
    g.ok("verzonden", m, "--datum", "2026-11-04", "--wijze", "aangetekend-en-post")


def test_goedkeuring_door_een_tweede_persoon_voor_de_brief_definitief_is(g):
    """Issue 3.4: "A profile setting can require a second person's approval (agressie goedkeuren MAATREGEL --door ...)
    before a ban letter is final; termijnen shows measures awaiting approval". Tot de goedkeuring weigert verzonden."""
    _zet(g, "[profiel_aanpassingen]\ngoedkeuring = true")
    nummer = _incident(g, "2026-11-02")
    duur = ("--duur", "3", "--toelichting", "de duur past bij dit incident") if _is_losser(g) else ()  # 3.4
    uit = g.run("brief", nummer, "--datum", "2026-11-03", *duur, "--besloten-door", "K. Smits, clustermanager")
    assert uit.exit_code == 0 and "nog niet definitief" in uit.output
    m = "M00001"
    wacht = [t for t in g.json("termijnen", "--peildatum", "2026-11-04") if t["soort"] == "goedkeuren"]
    assert [(t["incident"], t["opdracht"]) for t in wacht] == [
        (nummer, f'agressie goedkeuren {m} --door "naam, functie"')
    ]
    voor = g.momentopname()
    fout = g.run("verzonden", m, "--datum", "2026-11-04", "--wijze", "aangetekend-en-post")
    assert fout.exit_code == 2 and "nog niet definitief" in fout.output
    fout = g.run("goedkeuren", m, "--door", "k. smits, AOV-er")
    assert fout.exit_code == 2 and "een tweede persoon, niet wie de maatregel besloot" in fout.output
    fout = g.run("goedkeuren", m, "--door", "A. Jansen, AOV-er", "--datum", "2026-11-01")
    assert fout.exit_code == 2 and "vóór het besluit" in fout.output
    assert g.momentopname() == voor
    ok = g.json("goedkeuren", m, "--door", "A. Jansen, AOV-er", "--datum", "2026-11-04")
    assert ok == {
        "maatregel": m,
        "goedgekeurd_door": "A. Jansen, AOV-er",
        "goedgekeurd": "2026-11-04",
        "besloten_door": "K. Smits, clustermanager",
    }
    assert [t for t in g.json("termijnen", "--peildatum", "2026-11-04") if t["soort"] == "goedkeuren"] == []
    g.ok("verzonden", m, "--datum", "2026-11-04", "--wijze", "aangetekend-en-post")
    regel = next(
        x for x in g.json("historie", "P0001", "--peildatum", "2026-11-05")["maatregelen"] if x["maatregel"] == m
    )
    assert (regel["besloten_door"], regel["goedgekeurd_door"], regel["goedgekeurd"]) == (
        "K. Smits, clustermanager",
        "A. Jansen, AOV-er",
        "2026-11-04",
    )
    assert g.run("goedkeuren", m, "--door", "B. de Boer, burgemeester").exit_code == 2  # al goedgekeurd


def test_maatregel_van_voor_het_incident_blijft_geweigerd(g):
    """Issue 3.4: "A measure dated before its incident stays refused: the melding comes first (the Den Haag ombudsman
    found a melding obtained after the measure)"."""
    nummer = _incident(g, "2026-11-10")
    voor = g.momentopname()
    fout = g.run("maatregel", nummer, "--soort", VERBOD[g.map.name], "--duur", "3", "--datum", "2026-11-09", *REDEN)
    assert fout.exit_code == 2 and "ligt vóór het incident" in fout.output and "--datum" in fout.output
    duur = ("--duur", "3", "--toelichting", "de duur past bij dit incident") if _is_losser(g) else ()  # 3.4
    fout = g.run("brief", nummer, "--datum", "2026-11-09", *duur)
    assert fout.exit_code == 2 and "ligt vóór het incident" in fout.output
    assert g.momentopname() == voor


# --- bewaren naar ernst -------------------------------------------------------------------------------------------


LICHT = {"geertruidenberg": {"ernst": "licht"}, "losser": {"gedrag": "A"}}


def test_bewaren_naar_ernst(g):
    """Issue 3.4: "Retention per classification from the profile (a warning for licht gedrag need not be kept as long as
    a threat), with today's rule (five years after the last incident, never during a running ban) as the default"."""
    klasse, waarde = next(iter(LICHT[g.map.name].items()))
    g.meld(naam="Piet Licht", kanaal="telefoon", datum="2026-01-05", **{klasse: waarde})
    _incident(g, "2026-01-05")  # Jan de Vries: strafbaar / D
    # Standaard: vijf jaar na het laatste incident, voor elke klasse.
    assert g.json("opschonen", "--peildatum", "2029-01-06")["personen"] == []
    _zet(g, f"[profiel_aanpassingen.bewaren_jaren]\n{waarde} = 2")
    personen = g.json("opschonen", "--peildatum", "2028-01-06")["personen"]
    assert [p["persoon"] for p in personen] == ["P0001"]  # alleen de lichte melding
    assert g.json("opschonen", "--peildatum", "2028-01-04")["personen"] == []
    assert [p["persoon"] for p in g.json("opschonen", "--peildatum", "2031-01-06")["personen"]] == ["P0001", "P0002"]


def test_bewaren_naar_ernst_nooit_tijdens_een_lopend_verbod(g):
    """Issue 3.4: "... never during a running ban"."""
    klasse, waarde = next(iter(LICHT[g.map.name].items()))
    _zet(g, f"[profiel_aanpassingen.bewaren_jaren]\n{waarde} = 1")
    nummer = g.meld(naam="Piet Licht", kanaal="balie", datum="2026-01-05", tijd="09:00", **{klasse: waarde})
    g.ok("maatregel", nummer, "--soort", VERBOD[g.map.name], "--duur", "onbepaald", "--datum", "2026-01-05", *REDEN)
    assert g.json("opschonen", "--peildatum", "2028-01-06")["personen"] == []


# --- brief als PNG ----------------------------------------------------------------------------------------------------


@pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftoppm") is None,
    reason="LibreOffice/pdftoppm niet geïnstalleerd",
)
def test_aangifte_met_bewijs_als_png(gtb, tmp_path):
    """Het dossier met de paragraaf bewijs, bekeken als PNG (de tabel past op de pagina: een SHA-256 breekt niet uit)."""
    nummer = _incident(gtb, "2026-11-02")
    foto = tmp_path / "foto.png"
    foto.write_bytes(b"\x89PNG foto")
    gtb.ok("bewijs", nummer, str(foto))
    a = gtb.json("aangifte", nummer, "--datum", "2026-11-03", "--pdf")
    pdf = Path(a["pdf"]) if a.get("pdf") else Path(a["bestand"]).with_suffix(".pdf")
    assert pdf.is_file()
    subprocess.run(["pdftoppm", "-png", "-r", "40", str(pdf), str(tmp_path / "blad")], check=True)
    assert sorted(tmp_path.glob("blad*.png"))


# --- inzage ---------------------------------------------------------------------------------------------------------


def _docx_alles(pad: str | Path) -> str:
    """Alle tekst van een brief, ook in de tabellen (docx_tekst leest alleen de alinea's)."""
    d = docx.Document(str(pad))
    return "\n".join([p.text for p in d.paragraphs] + [c.text for t in d.tables for r in t.rows for c in r.cells])


def test_inzage_dossier_als_brief_met_rollen_in_plaats_van_namen(g_excel):
    """Issue 3.4 (AVG art. 15): "agressie inzage PERSOON [--pdf] makes the person's dossier as a letter: the personal
    data held, each incident (date, channel, the behaviour as written to the person), each measure with its ground and
    period, who received a copy (police, receptie), the retention date, and the rights to rectification, erasure and a
    complaint to the Autoriteit Persoonsgegevens. Staff names are replaced by their role (art. 15 lid 4)"."""
    g = g_excel
    nummer = g.meld(
        naam="Jan de Vries",
        kanaal="balie",
        datum="2026-11-02",
        tijd="10:30",
        brieftekst="U sloeg met uw vuist op de balie.",
        omschrijving="Sloeg op de balie, schold Petra Jansen uit voor rotwijf.",
        medewerker=["Petra Jansen"],
        melder="Petra Jansen",
        geboortedatum="1980-01-02",
        aanhef="heer",
        **ADRES,
        **GEDRAG[g.map.name],
    )
    duur = ("--duur", "3", "--toelichting", "de duur past bij dit incident") if _is_losser(g) else ()  # 3.4
    m = g.json(
        "brief", nummer, "--datum", "2026-11-03", *duur, "--soort", VERBOD[g.map.name],
        "--toelichting", "besproken met Petra Jansen", "--besloten-door", "K. Smits, clustermanager",
    )["maatregel"]  # fmt: skip
    i = g.json("inzage", "P0001", "--verzoek", "2026-12-01", "--datum", "2026-12-10")
    assert (i["persoon"], i["ontvangen"], i["uiterlijk"], i["incidenten"], i["maatregelen"]) == (
        "P0001",
        "2026-12-01",
        "2027-01-01",
        1,
        1,
    )
    assert i["bewaren_tot"] == "2031-11-02"  # vijf jaar na het laatste incident
    tekst = _docx_alles(i["bestand"])
    for verwacht in (
        "Geachte heer De Vries",
        "Op 1 december 2026 vroeg u",
        "2 januari 1980",  # de geboortedatum: een persoonsgegeven dat het register heeft
        "Markt 12",
        "2 november 2026 om 10.30 uur",
        "aan de balie",
        "U sloeg met uw vuist op de balie.",
        m,
        "van 3 november 2026 tot en met 2 februari 2027",
        "toelichting: besproken met de medewerker",
        "politie en receptie",
        "tot 2 november 2031",
        "rectificatie, artikel 16 AVG",
        "wissen (artikel 17 AVG)",
        "Autoriteit Persoonsgegevens",
    ):
        assert verwacht in tekst, verwacht
    assert "Petra" not in tekst and "Jansen" not in tekst and "Smits" not in tekst  # art. 15 lid 4
    assert "rotwijf" not in tekst  # de interne omschrijving komt nooit in een brief


def test_inzage_verzoek_staat_een_maand_op_termijnen(g):
    """AVG art. 12 lid 3: "onverwijld en in ieder geval binnen een maand na ontvangst van het verzoek". Issue 3.4: "The
    request is recorded and termijnen shows the one-month deadline"."""
    _incident(g, "2026-11-02")
    v = g.json("inzage", "P0001", "--verzoek", "2026-12-01", "--alleen-verzoek")
    assert (v["bestand"], v["uiterlijk"]) == (None, "2027-01-01")
    punten = [t for t in g.json("termijnen", "--peildatum", "2026-12-20") if t["soort"] == "inzage"]
    assert [(t["persoon"], t["uiterlijk"], t["opdracht"]) for t in punten] == [
        ("P0001", "2027-01-01", "agressie inzage P0001 --pdf")
    ]
    voor = g.momentopname()
    dubbel = g.run("inzage", "P0001", "--verzoek", "2026-12-01", "--alleen-verzoek")
    assert dubbel.exit_code == 2 and "staat al" in dubbel.output
    assert g.momentopname() == voor
    g.ok("inzage", "P0001", "--datum", "2026-12-15")
    assert [t for t in g.json("termijnen", "--peildatum", "2026-12-20") if t["soort"] == "inzage"] == []


def test_inzage_brief_gaat_weg_bij_opschonen(g_excel):
    """De brief met het dossier is zelf een persoonsgegeven: opschonen verwijdert hem met de andere brieven, en ziet
    hem niet als brief zonder maatregel zolang de persoon er is."""
    g = g_excel
    _incident(g, "2026-11-02")
    pad = Path(g.json("inzage", "P0001", "--datum", "2026-12-10")["bestand"])
    assert g.json("opschonen", "--peildatum", "2027-01-01")["brieven_zonder_maatregel"] == []
    g.ok("opschonen", "--peildatum", "2032-01-01", "--uitvoeren")
    assert not pad.exists()


@pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftoppm") is None,
    reason="LibreOffice/pdftoppm niet geïnstalleerd",
)
def test_inzage_als_pdf_en_png(losser, tmp_path):
    _incident(losser, "2026-11-02")
    i = losser.json("inzage", "P0001", "--datum", "2026-12-10", "--pdf")
    assert i["pdf"] and Path(i["pdf"]).is_file()
    subprocess.run(["pdftoppm", "-png", "-r", "40", i["pdf"], str(tmp_path / "inzage")], check=True)
    assert len(sorted(tmp_path.glob("inzage*.png"))) >= 1


def test_de_demo_klimt_door_na_de_brief(tmp_path, capsys):
    """Issue 3.4: "The demo climbs on: a response, a review that lifts a ban, an inzage dossier"."""
    import demo

    demo.main([str(tmp_path / "demo")])
    uitvoer = capsys.readouterr().out
    assert "Reactie vastgelegd bij M" in uitvoer
    assert "is opgeheven: het gold tot en met" in uitvoer
    dossier = next((tmp_path / "demo" / "geertruidenberg" / "brieven").glob("*-inzage-*-El-Amrani.docx"))
    tekst = _docx_alles(dossier)
    assert "Fatima el Amrani" in tekst and "Autoriteit Persoonsgegevens" in tekst
    assert "Smits" not in tekst  # wie besloot, staat er als rol (de clustermanager)
    assert next((tmp_path / "demo" / "losser" / "brieven").glob("*herziening*.docx"))


def test_verbodsbrief_met_uittreksel_van_de_melding(g):
    """Issue 3.4: "The same machinery gives a short extract of one incident ("wat, waar, wanneer") to enclose with a ban
    letter (brief --met-uittreksel), which is what the ombudsman asked for." Zonder namen van medewerkers."""
    nummer = g.meld(
        naam="Jan de Vries",
        kanaal="balie",
        datum="2026-11-02",
        tijd="10:30",
        brieftekst="U sloeg met uw vuist op de balie.",
        omschrijving="Sloeg op de balie; Petra Jansen schrok.",
        medewerker=["Petra Jansen"],
        aanhef="heer",
        **ADRES,
        **GEDRAG[g.map.name],
    )
    duur = ("--duur", "3", "--toelichting", "de duur past bij dit incident") if _is_losser(g) else ()  # 3.4
    b = g.json("brief", nummer, "--datum", "2026-11-03", *duur, "--met-uittreksel")
    d = docx.Document(b["bestand"])
    alinea = [p.text for p in d.paragraphs]
    assert "Bijlage: uittreksel van de melding" in alinea
    rijen = [[c.text for c in r.cells] for t in d.tables for r in t.rows]
    assert ["Wanneer", "2 november 2026 om 10.30 uur"] in rijen
    assert ["Waar", "aan de balie"] in rijen
    assert ["Wat", "U sloeg met uw vuist op de balie."] in rijen
    assert "Petra" not in "\n".join(alinea + [c for r in rijen for c in r])
    zonder = g.json("brief", nummer, "--datum", "2026-11-03", *duur, "--overschrijven")
    assert "Bijlage: uittreksel van de melding" not in [p.text for p in docx.Document(zonder["bestand"]).paragraphs]
