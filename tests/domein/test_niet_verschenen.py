"""Issue 3.4, nabehandeling: een ordegesprek waarop de persoon niet verscheen leidt tot de volgende stap
(Geertruidenberg 6.3), en een meldformulier met "gisteren" als datum wordt geweigerd. Door de CLI, in beide profielen;
brieven teruggelezen met python-docx."""

from __future__ import annotations

import sys
from pathlib import Path

import openpyxl
import pytest

from agressie_cli.documenten.brieven.render import docx_tekst
from conftest import VOLLEDIG, Gemeente, maak_gemeente

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "cli"))
from test_meldformulier import JANSEN, maak_formulier, rij_van, vul_in


@pytest.mark.parametrize("naam", ["geertruidenberg", "losser"])
@pytest.mark.parametrize("woord", ["gisteren", "Vandaag"])
def test_meldformulier_weigert_gisteren_als_datum(tmp_path, naam, woord):
    """Issue 3.4: "a meldformulier with 'gisteren' as date reads relative to the day of registering: that is wrong for
    a form filled in earlier"; zoals een cel van het register wordt zo'n woord geweigerd, met de vraag erbij."""
    g = maak_gemeente(tmp_path, naam)
    formulier = maak_formulier(g)
    antwoorden = dict(JANSEN)
    if naam == "losser":
        antwoorden.pop("Hoe ernstig was het?")
        antwoorden |= {"Welk gedrag": "c", "Hield het gedrag aan": "ja"}
    ingevuld = vul_in(formulier, tmp_path / "ingevuld.xlsx", antwoorden | {"Datum van het incident": woord})
    rij = rij_van(openpyxl.load_workbook(formulier).active, "Datum van het incident")
    voor = g.momentopname()
    uitkomst = g.run("melden", "--formulier", str(ingevuld))
    assert uitkomst.exit_code == 2, uitkomst.output
    assert (
        f"ingevuld.xlsx, cel B{rij} (datum): '{woord}' kan op een formulier niet als datum: het formulier is misschien "
        "eerder ingevuld dan het geregistreerd wordt. Typ de datum zelf als DD-MM-JJJJ." in uitkomst.output
    )
    assert "Traceback" not in uitkomst.output and g.momentopname() == voor
    # Een onzindatum op het formulier noemt 'vandaag of gisteren' ook niet meer als mogelijkheid.
    onzin = vul_in(formulier, tmp_path / "onzin.xlsx", antwoorden | {"Datum van het incident": "31-02-2026"})
    uitkomst = g.run("melden", "--formulier", str(onzin), "--json")
    assert uitkomst.exit_code == 2 and "'31-02-2026' is geen geldige datum" in uitkomst.output
    assert "gisteren" not in uitkomst.output
    # Op de opdrachtregel blijft "gisteren" gewoon een datum (3.6).
    klasse = ("--ernst", "licht") if naam == "geertruidenberg" else ("--gedrag", "D")
    assert g.run("melden", "--naam", "Jan de Vries", "--kanaal", "balie", "--datum", "gisteren", *klasse).exit_code == 0


ZIN_63 = "Als een klant n.a.v. het ordegesprek zijn gedrag niet aanpast, worden verdergaande maatregelen getroffen."


def _uitgenodigd(g: Gemeente) -> str:
    """Jan de Vries: een waarschuwing in januari, dan een tweede agressief incident; het advies (matrix, herhaling 1) is
    een ordegesprek, uitgenodigd op 2 maart voor 10 maart. Geeft het tweede incident."""
    eerste = g.meld(naam="Jan de Vries", kanaal="balie", datum="2026-01-05", ernst="agressief", **VOLLEDIG)
    g.ok("brief", eerste, "--datum", "2026-01-06")
    tweede = g.meld(naam="Jan de Vries", kanaal="balie", datum="2026-02-25", ernst="agressief", **VOLLEDIG)
    assert g.json("advies", tweede)["soort"] == "ordegesprek"
    g.ok("brief", tweede, "--datum", "2026-03-02", "--gesprek-datum", "2026-03-10", "--gesprek-tijd", "14:00")
    return tweede


def _termijnen(g: Gemeente, peildatum: str, soort: str) -> list[dict]:
    return [t for t in g.json("termijnen", "--peildatum", peildatum) if t["soort"] == soort]


def test_niet_verschenen_leidt_tot_de_volgende_stap(tmp_path):
    """Geertruidenberg 6.3: "Als een klant n.a.v. het ordegesprek zijn gedrag niet aanpast, worden verdergaande
    maatregelen getroffen." De uitnodiging (bijlage 5) is voor "een niet-vrijblijvend gesprek": wie niet verschijnt,
    krijgt de volgende stap (issue 3.4: "leads to the next step, as 6.3 says for not adapting")."""
    g = maak_gemeente(tmp_path, "geertruidenberg")
    nummer = _uitgenodigd(g)
    # Vóór de dag van het gesprek staat er niets; vanaf die dag tot het is vastgelegd wel.
    assert _termijnen(g, "2026-03-09", "ordegesprek") == []
    [open_] = _termijnen(g, "2026-03-10", "ordegesprek")
    assert open_["incident"] == nummer and "Het ordegesprek van 10 maart 2026" in open_["omschrijving"]
    assert f"agressie ordegesprek {nummer} --niet-verschenen" in open_["omschrijving"]
    assert len(_termijnen(g, "2026-06-01", "ordegesprek")) == 1  # blijft staan, ook verlopen

    tekst = g.ok("ordegesprek", nummer, "--niet-verschenen")
    assert "de persoon verscheen niet op het ordegesprek van 10-03-2026" in tekst
    assert "Volgende stap: Ontzegging gemeentehuis (3 maanden) (niet verschenen op het ordegesprek (6.3))." in tekst
    assert ZIN_63 in tekst

    # Het register: de kolom 'Niet verschenen op' bij de uitnodiging.
    ws = openpyxl.load_workbook(g.register)["Maatregelen"]
    koppen = [c.value for c in ws[1]]
    rij = dict(zip(koppen, [c.value for c in ws[3]], strict=True))
    assert rij["Soort"] == "ordegesprek" and rij["Niet verschenen op"].date().isoformat() == "2026-03-10"
    assert rij["Gesprek gehouden op"] is None

    # Het advies voor het incident zelf: de volgende stap, met de regel en het citaat.
    a = g.json("advies", nummer)
    assert (a["soort"], a["duur_maanden"]) == ("toegangsverbod", 3)
    assert "niet verschenen op het ordegesprek (6.3)" in a["regel"]
    assert ZIN_63 in a["uitleg"] and "niet-vrijblijvend gesprek" in a["uitleg"]
    assert ZIN_63 in g.ok("advies", nummer)

    # termijnen: het ordegesprek is vastgelegd, de volgende stap staat open.
    assert _termijnen(g, "2026-03-11", "ordegesprek") == []
    [stap] = _termijnen(g, "2026-03-11", "volgende stap")
    assert stap["incident"] == nummer and stap["uiterlijk"] == "2026-03-17"
    assert "volgende stap: Ontzegging gemeentehuis (3 maanden)" in stap["omschrijving"]
    assert "volgende stap: Ontzegging gemeentehuis (3 maanden)" in g.ok("termijnen", "--peildatum", "2026-03-11")

    # De brief volgt het advies (geen afwijking) en sluit de volgende stap.
    brief = g.json("brief", nummer, "--datum", "2026-03-12")
    assert brief["soort"] == "toegangsverbod" and brief["afwijking"] is False
    assert "tot en met 11 juni 2026" in docx_tekst(Path(brief["bestand"]))
    assert _termijnen(g, "2026-03-13", "volgende stap") == []


def test_niet_verschenen_json_en_fouten(tmp_path):
    """Issue 3.4: "`--json` on the command"; onjuiste invoer: exit 2, het register blijft gelijk."""
    g = maak_gemeente(tmp_path, "geertruidenberg", geheugen=True)
    nummer = _uitgenodigd(g)
    voor = g.momentopname()
    for args, melding in (
        ((), "Kies --niet-verschenen of --gehouden"),
        (("--niet-verschenen", "--gehouden"), "Kies --niet-verschenen of --gehouden"),
        (("--niet-verschenen", "--datum", "2026-02-28"), "--datum: het gesprek kan niet vóór de uitnodiging"),
        (("--niet-verschenen", "--datum", "2999-01-01"), "ligt niet tussen"),
        (("--niet-verschenen", "--datum", "morgen"), "--datum: 'morgen' is geen geldige datum"),
    ):
        fout = g.run("ordegesprek", nummer, *args)
        assert fout.exit_code == 2 and melding in fout.output, (args, fout.output)
        assert "Traceback" not in fout.output and g.momentopname() == voor
    eerste = g.meld(naam="Piet Bakker", kanaal="balie", datum="2026-01-05", ernst="agressief", **VOLLEDIG)
    fout = g.run("ordegesprek", eerste, "--niet-verschenen")
    assert fout.exit_code == 2 and f"Bij incident {eerste} is geen uitnodiging voor een ordegesprek" in fout.output

    uit = g.json("ordegesprek", nummer, "--niet-verschenen", "--datum", "2026-03-11")
    assert uit["incident"] == nummer and uit["maatregel"] == "M00002" and uit["uitkomst"] == "niet-verschenen"
    assert (uit["gesprek_datum"], uit["niet_verschenen"], uit["gehouden"]) == ("2026-03-10", "2026-03-11", None)
    assert (uit["volgende_stap"], uit["volgende_stap_label"], uit["volgende_stap_duur"]) == (
        "toegangsverbod",
        "Ontzegging gemeentehuis",
        3,
    )
    assert ZIN_63 in uit["uitleg"] and uit["regel"] == "niet verschenen op het ordegesprek (6.3)"
    # Eén keer: daarna is het vastgelegd.
    voor = g.momentopname()
    fout = g.run("ordegesprek", nummer, "--gehouden")
    assert fout.exit_code == 2 and "is al vastgelegd: niet verschenen op 11 maart 2026" in fout.output
    assert g.momentopname() == voor


def test_gehouden_of_bevestigd_sluit_het_ordegesprek_en_het_advies_blijft(tmp_path):
    """Geertruidenberg 6.3 en bijlage 6 ("Format bevestiging gemaakte afspraken n.a.v. ordegesprek"): een gehouden
    gesprek wordt vastgelegd met de bevestiging, of zonder afspraken met agressie ordegesprek --gehouden. Het advies
    van het incident blijft het ordegesprek; pas een nieuw incident krijgt de verdergaande maatregel (6.3)."""
    g = maak_gemeente(tmp_path, "geertruidenberg", geheugen=True)
    nummer = _uitgenodigd(g)
    uit = g.json("ordegesprek", nummer, "--gehouden")
    assert (uit["gehouden"], uit["niet_verschenen"], uit["volgende_stap"]) == ("2026-03-10", None, None)
    assert _termijnen(g, "2026-03-11", "ordegesprek") == [] and _termijnen(g, "2026-03-11", "volgende stap") == []
    assert g.json("advies", nummer)["soort"] == "ordegesprek"
    nieuw = g.meld(naam="Jan de Vries", kanaal="telefoon", datum="2026-04-01", ernst="licht", **VOLLEDIG)
    a = g.json("advies", nieuw)
    assert a["soort"] == "toegangsverbod" and "na een gehouden ordegesprek (6.3)" in a["regel"]

    # De bevestiging (bijlage 6) sluit het ordegesprek ook, zonder agressie ordegesprek.
    h = maak_gemeente(tmp_path / "b", "geertruidenberg", geheugen=True)
    nummer = _uitgenodigd(h)
    h.ok(
        "brief",
        nummer,
        "--soort",
        "ordegesprek-bevestiging",
        "--datum",
        "2026-03-11",
        "--afspraak",
        "U belt alleen tijdens kantooruren",
    )
    assert _termijnen(h, "2026-03-12", "ordegesprek") == []
    fout = h.run("ordegesprek", nummer, "--niet-verschenen")
    assert fout.exit_code == 2 and "is al vastgelegd: gehouden" in fout.output


def test_na_niet_verschenen_krijgt_een_nieuw_incident_dezelfde_volgende_stap(tmp_path):
    """Geertruidenberg 6.3: "Als een klant n.a.v. het ordegesprek zijn gedrag niet aanpast, worden verdergaande
    maatregelen getroffen"; een nieuw incident na een gemist gesprek noemt waarom (niet verschenen), geen tweede
    uitnodiging."""
    g = maak_gemeente(tmp_path, "geertruidenberg", geheugen=True)
    nummer = _uitgenodigd(g)
    g.ok("ordegesprek", nummer, "--niet-verschenen")
    nieuw = g.meld(naam="Jan de Vries", kanaal="telefoon", datum="2026-03-20", ernst="licht", **VOLLEDIG)
    a = g.json("advies", nieuw)
    assert (a["soort"], a["duur_maanden"]) == ("toegangsverbod", 3)
    assert "niet verschenen op het ordegesprek (6.3)" in a["regel"] and ZIN_63 in a["uitleg"]


def test_losser_kent_geen_ordegesprek(tmp_path):
    """Losser noemt geen ordegesprek (het protocol kent alleen waarschuwingen, belbeperking en verboden): de opdracht
    zegt dat duidelijk, met exit 2 (issue 3.4: "if Losser has no ordegesprek soort, the command says so clearly")."""
    g = maak_gemeente(tmp_path, "losser", geheugen=True)
    nummer = g.meld(naam="Jan de Vries", kanaal="balie", datum="2026-01-05", gedrag="D", **VOLLEDIG)
    voor = g.momentopname()
    for args in (("--niet-verschenen",), ("--gehouden", "--json")):
        fout = g.run("ordegesprek", nummer, *args)
        assert fout.exit_code == 2, fout.output
        assert "Het profiel Losser kent geen ordegesprek" in fout.output and "Traceback" not in fout.output
        assert g.momentopname() == voor
