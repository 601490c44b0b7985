"""3.2: de handelingen van de leidinggevende (maatregel, brief, aangifte, verzonden, intrekken) als de Python-API die
ook een webvoorkant aanroept, met gewone waarden; en 3.3 punt 7: `brief` vult het sjabloon nooit terwijl hij het
register vergrendeld houdt."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import agressie_cli
from agressie_cli.documenten.brieven import maken
from agressie_cli.documenten.brieven.render import docx_tekst
from agressie_cli.domein.fouten import InvoerFout
from agressie_cli.handelingen import Werkplek, besluiten
from agressie_cli.handelingen.aangifte import aangifte
from conftest import ADRES, Gemeente, meld_args

GTB_WAARSCHUWING = dict(kanaal="balie", ernst="agressief")  # Geertruidenberg 6.2: voor het eerst agressief
LOSSER_WAARSCHUWING = dict(kanaal="balie", gedrag="C", aanhoudend=True)  # Losser 5.1: eerste keer aanhoudend C


def _klasse(g: Gemeente) -> dict:
    return GTB_WAARSCHUWING if "geertruidenberg" in g.map.name else LOSSER_WAARSCHUWING


def _incident(g: Gemeente, naam: str = "Jan de Vries") -> str:
    return g.meld(naam=naam, datum="2026-11-02", tijd="10:30", brieftekst="U schreeuwde.", **ADRES, **_klasse(g))


def _collega_meldt(g: Gemeente, naam: str) -> subprocess.CompletedProcess:
    return _agressie(g.map, *meld_args(naam=naam, datum="2026-11-03", **_klasse(g)))


@pytest.fixture(params=["gtb", "losser"])
def gemeente(request) -> Gemeente:
    return request.getfixturevalue(request.param)


# --- de handelingen als Python-API ----------------------------------------------------------------------------


def test_brief_als_handeling_geeft_de_brief_en_legt_de_maatregel_vast(gemeente):
    """Geertruidenberg 6.2: "Een schriftelijke waarschuwing wordt gegeven bij een persoon die zich voor het eerst
    agressief of zeer hinderlijk heeft gedragen"; Losser 5.1: "Bij de eerste keer aanhoudend A-, B-, C- gedrag."
    Een webvoorkant roept dezelfde functie aan als `agressie brief`, met gewone waarden."""
    nummer = _incident(gemeente)
    werkplek = Werkplek(gemeente.map)
    uitkomst = besluiten.brief(werkplek, [nummer], datum="2026-11-03")
    assert uitkomst.enkel and uitkomst.fouten == [] and uitkomst.pdf_fout is None
    [brief] = uitkomst.brieven
    assert brief.maatregel["soort"] == "waarschuwing" and brief.maatregel["incident"] == nummer
    assert brief.pad.is_file() and brief.tijdelijk is None and "3 november 2026" in docx_tekst(brief.pad)
    [vastgelegd] = werkplek.lees().maatregelen
    assert vastgelegd["maatregel"] == brief.maatregel["maatregel"] and vastgelegd["bestand"] == brief.pad.name
    assert werkplek.lees().incident(nummer)["status"] == "brief gemaakt"
    assert [p.name for p in brief.pad.parent.iterdir()] == [brief.pad.name]  # geen tijdelijk bestand achtergebleven


def test_brief_als_handeling_weigert_een_bedrag_bij_een_soort_zonder_bedrag(gemeente):
    """Geertruidenberg 8 / Losser 7: het bedrag hoort bij het verhalen van de schade. De melding noemt de velden,
    niet de opties van de opdrachtregel; er is niets vastgelegd."""
    nummer = _incident(gemeente)
    voor = gemeente.momentopname()
    with pytest.raises(InvoerFout) as fout:
        besluiten.brief(Werkplek(gemeente.map), [nummer], bedrag="100,00", soort="waarschuwing")
    assert fout.value.velden == ["bedrag", "soort"] and "--" not in fout.value.sjabloon
    assert gemeente.momentopname() == voor
    with pytest.raises(InvoerFout) as fout:
        besluiten.brief(Werkplek(gemeente.map), [])
    assert fout.value.velden == ["alle_open"]
    assert gemeente.run("brief").output.strip().endswith("of --alle-open.")  # de terminal noemt de optie


def test_brief_alle_open_zonder_open_incidenten(gemeente):
    """Losser 5.1 / Geertruidenberg 6: een brief alleen waar het advies een brief is; zonder open incidenten niets."""
    uitkomst = besluiten.brief(Werkplek(gemeente.map), alle_open=True)
    assert uitkomst.geen_open and uitkomst.brieven == []
    assert "Geen open incidenten" in gemeente.ok("brief", "--alle-open")


def test_maatregel_als_handeling_en_een_tweede_aangifte_geweigerd(gemeente):
    """Geertruidenberg 7: "Van strafbare feiten wordt altijd aangifte gedaan": één aangifte per incident (2.6),
    ook langs `maatregel`."""
    nummer = _incident(gemeente)
    werkplek = Werkplek(gemeente.map)
    uitkomst = besluiten.maatregel(werkplek, nummer, "aangifte", datum="2026-11-03")
    assert uitkomst.maatregel["soort"] == "aangifte" and uitkomst.afwijking == "" and uitkomst.vervangt == []
    assert [m["soort"] for m in werkplek.lees().maatregelen] == ["aangifte"]
    with pytest.raises(InvoerFout, match="al vastgelegd"):
        besluiten.maatregel(werkplek, nummer, "aangifte", datum="2026-11-03")
    with pytest.raises(InvoerFout) as fout:
        besluiten.maatregel(werkplek, nummer, None)
    assert fout.value.velden == ["soort"]
    assert "--soort is verplicht" in gemeente.run("maatregel", nummer).output
    assert len(werkplek.lees().maatregelen) == 1


def test_aangifte_als_handeling(gemeente):
    """Geertruidenberg 7 / Losser 5.4: de informatie voor de aangifte is een maatregel, gemaakt door dezelfde
    transactie als een brief; een tweede keer werkt hem bij (met overschrijven), er komt er geen tweede bij."""
    nummer = _incident(gemeente)
    werkplek = Werkplek(gemeente.map)
    eerste = aangifte(werkplek, nummer, onder_nummer="VPT-0412", datum="2026-11-03")
    assert eerste.nieuw and eerste.bestand.is_file() and eerste.onder_nummer == "VPT-0412"
    assert "VPT-0412" in docx_tekst(eerste.bestand)
    with pytest.raises(InvoerFout, match="bestaat al"):
        aangifte(werkplek, nummer, datum="2026-11-04")
    tweede = aangifte(werkplek, nummer, datum="2026-11-04", overschrijven=True)
    assert not tweede.nieuw and tweede.maatregel["maatregel"] == eerste.maatregel["maatregel"]
    assert [m["soort"] for m in werkplek.lees().maatregelen] == ["aangifte"]
    with pytest.raises(InvoerFout) as fout:
        aangifte(werkplek, nummer, datum="morgen", overschrijven=True)
    assert fout.value.velden == ["datum"]


def test_een_ingetrokken_incident_krijgt_geen_brief_maatregel_of_aangifte(gemeente):
    """3.2: het document dat een maatregel is, bestaat één keer, met één stel voorwaarden: een ingetrokken
    (vervallen) incident krijgt langs geen enkele weg een maatregel."""
    nummer = _incident(gemeente)
    werkplek = Werkplek(gemeente.map)
    besluiten.intrekken(werkplek, nummer, "dubbel gemeld", datum="2026-11-03")
    voor = gemeente.momentopname()
    for poging in (
        lambda: besluiten.brief(werkplek, [nummer], datum="2026-11-03"),
        lambda: besluiten.maatregel(werkplek, nummer, "registratie", datum="2026-11-03"),
        lambda: aangifte(werkplek, nummer, datum="2026-11-03"),
    ):
        with pytest.raises(InvoerFout, match="is ingetrokken"):
            poging()
    assert gemeente.momentopname() == voor and not (gemeente.map / "brieven").exists()


def test_verzonden_en_intrekken_als_handeling(gemeente):
    """Geertruidenberg 6.2: "De brief wordt met de reguliere post verzonden." Verzonden en intrekken geven wat ze
    vastlegden; een onleesbare datum noemt het veld."""
    nummer = _incident(gemeente)
    werkplek = Werkplek(gemeente.map)
    [brief] = besluiten.brief(werkplek, [nummer], datum="2026-11-03").brieven
    m = brief.maatregel["maatregel"]
    with pytest.raises(InvoerFout) as fout:
        besluiten.verzonden(werkplek, m, datum="31-02-2026", wijze="post")
    assert fout.value.velden == ["datum"]
    verzonden = besluiten.verzonden(werkplek, m, datum="2026-11-04", wijze="post")
    assert (verzonden.maatregel, verzonden.incident, verzonden.wijze) == (m, nummer, "post")
    assert verzonden.status == "brief verstuurd" and werkplek.lees().incident(nummer)["status"] == "brief verstuurd"
    with pytest.raises(InvoerFout) as fout:
        besluiten.intrekken(werkplek, m, "vergissing", datum="morgenochtend")
    assert fout.value.velden == ["datum"]
    ingetrokken = besluiten.intrekken(werkplek, m, "vergissing", datum="2026-11-05")
    assert (ingetrokken.nummer, ingetrokken.soort, ingetrokken.maatregelen) == (m, "maatregel", [m])
    assert werkplek.lees().maatregelen[0]["status"] == "ingetrokken"


# --- 3.3 punt 7: eerst vullen, dan het slot -------------------------------------------------------------------


def _agressie(map_pad: Path, *args: str) -> subprocess.CompletedProcess:
    """Een collega aan een andere computer: een echt ander proces met deze broncode."""
    omgeving = {**os.environ, "PYTHONPATH": str(Path(agressie_cli.__file__).parents[1])}
    return subprocess.run(
        [sys.executable, "-m", "agressie_cli", "--map", str(map_pad), *args],
        capture_output=True,
        text=True,
        env=omgeving,
        timeout=300,
    )


def _tijdens_het_vullen(monkeypatch, collega, elke_keer: bool = False) -> list[dict]:
    """Het vullen van het sjabloon duurt zo lang als de collega nodig heeft: tijdens de eerste keer vullen doet de
    collega (een ander proces) zijn werk, en dat moet klaar zijn vóór het vullen klaar is. Geeft de waarden van
    elke keer vullen."""
    echt = maken.render
    gevuld: list[dict] = []

    def traag(sjabloon, waarden, doel, **opties):
        gevuld.append(waarden)
        if len(gevuld) == 1 or elke_keer:
            collega()
        return echt(sjabloon, waarden, doel, **opties)

    monkeypatch.setattr(maken, "render", traag)
    return gevuld


def test_een_collega_meldt_terwijl_de_brief_gevuld_wordt(gemeente, monkeypatch):
    """3.3 punt 7: een sjabloon dat lang vult, hield het register vergrendeld: de `melden` van een collega wachtte
    en faalde na 60 seconden. Nu meldt de collega (een ander proces) gewoon, terwijl de brief gevuld wordt, en
    bevat het register daarna allebei."""
    nummer = _incident(gemeente)
    collega: list[subprocess.CompletedProcess] = []
    gevuld = _tijdens_het_vullen(
        monkeypatch,
        lambda: collega.append(_collega_meldt(gemeente, "Piet Bos")),
    )
    brief = gemeente.json("brief", nummer, "--datum", "2026-11-03")
    [melden] = collega
    assert melden.returncode == 0, melden.stderr
    assert "Wacht op" not in melden.stderr  # de collega hoefde niet te wachten
    assert len(gevuld) == 1  # een ander incident raakt de brief niet: één keer gevuld
    incidenten = gemeente.json("lijst")
    assert [i["incident"] for i in incidenten] == [nummer, nummer[:5] + "0002"]
    assert brief["maatregel"] == "M00001" and Path(brief["bestand"]).is_file()
    assert gemeente.json("historie", "P0001")["maatregelen"][0]["maatregel"] == "M00001"


def test_een_nummer_dat_intussen_vergeven_is_wordt_niet_dubbel_gebruikt(gemeente, monkeypatch):
    """3.3 punt 7: onder het slot zijn de nummers opnieuw bepaald. Legt een collega tijdens het vullen een
    maatregel vast (hij krijgt M00001), dan krijgt de brief M00002, en de naam van de brief hoort daarbij."""
    nummer = _incident(gemeente)
    ander = _incident(gemeente, naam="Piet Bos")
    gevuld = _tijdens_het_vullen(
        monkeypatch,
        lambda: _agressie(gemeente.map, "maatregel", ander, "--soort", "aangifte", "--datum", "2026-11-03"),
    )
    brief = gemeente.json("brief", nummer, "--datum", "2026-11-03")
    assert brief["maatregel"] == "M00002" and len(gevuld) == 1
    maatregelen = {m["maatregel"]: m for m in Werkplek(gemeente.map).lees().maatregelen}
    assert maatregelen["M00001"]["incident"] == ander and maatregelen["M00001"]["soort"] == "aangifte"
    assert (
        maatregelen["M00002"]["incident"] == nummer and maatregelen["M00002"]["bestand"] == Path(brief["bestand"]).name
    )
    assert sorted(p.name for p in (gemeente.map / "brieven").iterdir()) == [Path(brief["bestand"]).name]


def test_een_brief_die_door_de_wijziging_anders_wordt_wordt_opnieuw_gevuld(gemeente, monkeypatch):
    """3.3 punt 7: vult de collega tijdens het vullen de brieftekst aan, dan zou de brief de oude tekst
    bevatten. Onder het slot blijkt dat; de brief wordt (buiten het slot) opnieuw gevuld met de nieuwe tekst."""
    nummer = _incident(gemeente)
    gevuld = _tijdens_het_vullen(
        monkeypatch,
        lambda: _agressie(gemeente.map, "aanvullen", nummer, "--brieftekst", "U gooide een stoel om."),
    )
    brief = gemeente.json("brief", nummer, "--datum", "2026-11-03")
    assert len(gevuld) == 2
    tekst = docx_tekst(Path(brief["bestand"]))
    assert "U gooide een stoel om." in tekst and "U schreeuwde." not in tekst
    assert sorted(p.name for p in (gemeente.map / "brieven").iterdir()) == [Path(brief["bestand"]).name]


def test_een_incident_dat_tijdens_het_vullen_is_ingetrokken_krijgt_geen_brief(gemeente, monkeypatch):
    """3.3 punt 7 en 3.2: onder het slot worden de voorwaarden opnieuw gecontroleerd. Trekt een collega het
    incident in terwijl de brief gevuld wordt, dan komt er geen maatregel en blijft er geen brief staan."""
    nummer = _incident(gemeente)
    _tijdens_het_vullen(
        monkeypatch,
        lambda: _agressie(gemeente.map, "intrekken", nummer, "--reden", "dubbel gemeld", "--datum", "2026-11-03"),
    )
    uitkomst = gemeente.run("brief", nummer, "--datum", "2026-11-03", "--json")
    assert uitkomst.exit_code == 2 and "is ingetrokken (vervallen)" in uitkomst.output
    assert Werkplek(gemeente.map).lees().maatregelen == []
    assert list((gemeente.map / "brieven").iterdir()) == []


def test_meer_brieven_met_een_collega_tussendoor(gemeente, monkeypatch):
    """3.3 punt 7 met --alle-open: het vullen van alle brieven gebeurt buiten het slot; een melding van een
    collega tussendoor komt erbij, en elke brief hoort bij zijn eigen maatregel."""
    eerste = _incident(gemeente)
    tweede = _incident(gemeente, naam="Piet Bos")
    collega: list[subprocess.CompletedProcess] = []
    _tijdens_het_vullen(
        monkeypatch,
        lambda: collega.append(_collega_meldt(gemeente, "Kees Ek")),
    )
    gemaakt = gemeente.run("brief", "--alle-open", "--datum", "2026-11-03", "--json")
    assert gemaakt.exit_code == 0, gemaakt.output
    uitkomst = json.loads(gemaakt.stdout)
    assert collega[0].returncode == 0 and "Wacht op" not in collega[0].stderr
    assert [(b["incident"], b["maatregel"]) for b in uitkomst["brieven"]] == [(eerste, "M00001"), (tweede, "M00002")]
    assert uitkomst["fouten"] == []
    for b in uitkomst["brieven"]:
        assert Path(b["bestand"]).is_file()
    assert len(gemeente.json("lijst")) == 3


def test_blijft_het_register_veranderen_dan_geen_brief_en_niets_vastgelegd(gtb, monkeypatch):
    """3.3 punt 7: verandert een collega de brief bij elke keer vullen opnieuw, dan geeft `brief` het na drie keer
    op, met een melding zonder persoonsgegevens; er is niets vastgelegd en er blijft geen (halve) brief staan."""
    nummer = _incident(gtb)
    teksten = iter(["U gooide een stoel om.", "U sloeg op de balie.", "U schopte tegen de deur."])
    gevuld = _tijdens_het_vullen(
        monkeypatch,
        lambda: _agressie(gtb.map, "aanvullen", nummer, "--brieftekst", next(teksten)),
        elke_keer=True,
    )
    uitkomst = gtb.run("brief", nummer, "--datum", "2026-11-03")
    assert uitkomst.exit_code == 1 and "3 keer gewijzigd" in uitkomst.output and "niets vastgelegd" in uitkomst.output
    assert "Vries" not in uitkomst.output and len(gevuld) == 3
    assert Werkplek(gtb.map).lees().maatregelen == [] and list((gtb.map / "brieven").iterdir()) == []
    assert Werkplek(gtb.map).lees().incident(nummer)["brieftekst"] == "U schopte tegen de deur."
