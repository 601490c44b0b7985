"""Issue 2.4: vergissingen herstellen. Elke correctie is een vastgelegde handeling, nooit een stille verwijdering:
het register is het dossier van de gemeente en de basis van verboden die een rechter kan toetsen."""

from __future__ import annotations

import json
import shutil

import openpyxl
import pytest

from conftest import Gemeente

PERSOON = dict(
    naam="Jan de Vries",
    adres="Markt 12",
    postcode="4941 AB",
    woonplaats="Raamsdonksveer",
    tijd="10:30",
    brieftekst="U schreeuwde tegen de medewerker.",
)
REDEN = ("--toelichting", "opzet van de test")


def _verbod(g: Gemeente, duur: str, *extra: str) -> dict:
    nummer = g.meld(datum="2026-11-02", kanaal="balie", ernst="strafbaar", **PERSOON)
    return g.json("brief", nummer, "--datum", "2026-11-03", "--duur", duur, *REDEN, *extra)


def test_brief_opnieuw_maken_vervangt_de_oude_maatregel(gtb):
    """2.4: anders noemt `verboden` het oude, langere verbod naast het nieuwe en belt de receptie de politie op
    iemand die de brief vrijliet."""
    oud = _verbod(gtb, "6")
    nieuw = gtb.json("brief", oud["incident"], "--datum", "2026-11-04", "--duur", "3", "--overschrijven", *REDEN)
    assert nieuw["vervangt"] == [oud["maatregel"]]
    verboden = gtb.json("verboden", "--peildatum", "2027-03-01")  # het oude liep tot mei, het nieuwe tot februari
    assert verboden == []
    lopend = gtb.json("verboden", "--peildatum", "2026-12-01")
    assert [v["einde"] for v in lopend] == [nieuw["einde"]]
    maatregelen = {
        m["maatregel"]: m for m in gtb.json("historie", "Jan de Vries", "--peildatum", "2026-12-01")["maatregelen"]
    }
    assert maatregelen[oud["maatregel"]]["vervangen_door"] == nieuw["maatregel"]
    assert maatregelen[oud["maatregel"]]["actief"] is False and maatregelen[nieuw["maatregel"]]["actief"] is True
    cijfers = gtb.json("rapport", "--kwartaal", "2026-Q4")
    assert cijfers["maatregelen"]["toegangsverbod"] == 1


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice niet geïnstalleerd")
def test_brief_pdf_opnieuw_zonder_nieuwe_maatregel(gtb):
    eerst = _verbod(gtb, "3")
    uitkomst = gtb.run("brief", eerst["incident"], "--datum", "2026-11-03", "--duur", "3", *REDEN, "--pdf", "--json")
    data = json.loads(uitkomst.stdout)
    assert uitkomst.exit_code == 0 and data["nieuw"] is False and data["maatregel"] == eerst["maatregel"]
    assert data["pdf"] and data["pdf"].endswith(".pdf")
    assert len(gtb.json("historie", "Jan de Vries")["maatregelen"]) == 1


def test_maatregel_intrekken(gtb):
    verbod = _verbod(gtb, "6")
    voor = gtb.momentopname()
    for args, woord in (
        ([verbod["maatregel"]], "--reden"),
        (["M09999", "--reden", "vergissing"], "bestaat niet"),
        ([verbod["maatregel"], "--reden", "vergissing", "--datum", "2026-11-01"], "vóór de ingang"),
    ):
        uitkomst = gtb.run("intrekken", *args)
        assert uitkomst.exit_code == 2 and woord in uitkomst.output
    assert gtb.momentopname() == voor
    data = gtb.json("intrekken", verbod["maatregel"], "--reden", "verkeerde persoon", "--datum", "2026-11-20")
    assert data["soort"] == "maatregel" and data["datum"] == "2026-11-20"
    assert [v["persoon"] for v in gtb.json("verboden", "--peildatum", "2026-11-20")] == ["P0001"]
    assert gtb.json("verboden", "--peildatum", "2026-11-21") == []
    m = gtb.json("historie", "Jan de Vries")["maatregelen"][0]
    assert (m["status"], m["ingetrokken"], m["reden"]) == ("ingetrokken", "2026-11-20", "verkeerde persoon")
    assert "ingetrokken op 20-11-2026" in gtb.ok("historie", "Jan de Vries")
    logboek = (gtb.map / "logboek.csv").read_text(encoding="utf-8-sig")
    assert f"intrekken;{verbod['maatregel']}" in logboek and "verkeerde persoon" not in logboek  # geen reden (AVG)


def test_dubbel_gemeld_incident_intrekken_telt_nergens_meer(gtb):
    eerste = gtb.meld(datum="2026-10-05", kanaal="balie", ernst="agressief", **PERSOON)
    dubbel = gtb.meld(datum="2026-10-05", kanaal="balie", ernst="agressief", **PERSOON)
    derde = gtb.meld(datum="2026-10-20", kanaal="balie", ernst="agressief", **PERSOON)
    voor = gtb.json("rapport", "--kwartaal", "2026-Q4")
    assert voor["incidenten"] == 3 and gtb.json("advies", derde)["herhaling"] == 2
    gtb.json("intrekken", dubbel, "--reden", f"dubbel gemeld, zie {eerste}")
    na = gtb.json("rapport", "--kwartaal", "2026-Q4", "--overschrijven")
    assert na["incidenten"] == 2 and na["per_kanaal"]["balie"] == 2
    assert gtb.json("advies", derde)["herhaling"] == 1
    assert dubbel not in [r["incident"] for r in gtb.json("lijst")]
    assert [r["incident"] for r in gtb.json("lijst", "--status", "vervallen")] == [dubbel]
    assert dubbel not in [t["incident"] for t in gtb.json("termijnen", "--peildatum", "2026-10-21")]
    nog_eens = gtb.run("intrekken", dubbel, "--reden", "nog eens")
    assert nog_eens.exit_code == 2 and "al ingetrokken" in nog_eens.output


def test_gemaakt_is_niet_verzonden(gtb):
    verbod = _verbod(gtb, "3")
    assert gtb.json("lijst")[0]["status"] == "brief gemaakt"
    open_ = gtb.json("termijnen", "--peildatum", "2026-11-06")  # di 3-11 + 2 werkdagen = do 5-11
    item = next(t for t in open_ if t["soort"] == "brief versturen")
    assert item["verlopen"] is True and verbod["maatregel"] in item["omschrijving"]
    fout = gtb.run("verzonden", verbod["maatregel"], "--wijze", "duif")
    assert fout.exit_code == 2 and "--wijze" in fout.output
    data = gtb.json("verzonden", verbod["maatregel"], "--datum", "2026-11-04", "--wijze", "aangetekend")
    assert data["status"] == "brief verstuurd" and data["wijze"] == "aangetekend"
    assert "brief versturen" not in [t["soort"] for t in gtb.json("termijnen", "--peildatum", "2026-11-06")]
    assert gtb.json("historie", "Jan de Vries")["maatregelen"][0]["verzonden"] == "2026-11-04"


def test_brieven_van_voor_verzonden_geven_geen_herinnering(gtb):
    """Een register van vóór 2.4 kent 'verzonden' niet: zijn brieven staan niet ineens allemaal in termijnen."""
    _verbod(gtb, "3")
    wb = openpyxl.load_workbook(gtb.register)
    ws = wb["Incidenten"]
    ws.cell(row=2, column=[c.value for c in ws[1]].index("Status") + 1, value="maatregel besloten")
    wb.save(gtb.register)
    assert "brief versturen" not in [t["soort"] for t in gtb.json("termijnen", "--peildatum", "2026-11-06")]


def test_herstel_lijst_zegt_voor_welke_handeling_elke_kopie_is(gtb):
    """2.4: 'vóór melden 2026-0009 door jjansen, 24-11-2026 10.32', uit het logboek."""
    eerste = gtb.meld(datum="2026-11-02", kanaal="balie", ernst="licht", naam="Jan de Vries")
    tweede = gtb.meld(datum="2026-11-03", kanaal="balie", ernst="licht", naam="Kees Bakker")
    gtb.ok("aanvullen", eerste, "--tijd", "10:00")
    tekst = gtb.ok("herstel", "--lijst")
    regels = [r for r in tekst.splitlines() if r.strip()[:1].isdigit()]
    assert f"vóór aanvullen {eerste} door" in regels[0]
    assert f"vóór melden {tweede} door" in regels[1]
    assert f"vóór melden {eerste} door" in regels[2]
