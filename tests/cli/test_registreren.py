"""Issue 1/7: init, melden, aanvullen, lijst, historie en het Excel-register, door de CLI zoals een gebruiker."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from agressie_cli.cli import app
from conftest import maak_gemeente

VOLLEDIG = dict(
    tijd="10:30",
    vorm=["verbaal"],
    omschrijving="Schold de medewerker uit en sloeg op de balie.",
    melder="P. Jansen",
    functie="baliemedewerker",
    medewerker=["P. Jansen"],
    leidinggevende="K. Smits",
    adres="Markt 12",
    postcode="4941ab",
    woonplaats="Raamsdonksveer",
    politie=False,
    aangifte=False,
)


def test_init_maakt_instellingen_en_register_en_overschrijft_niets(tmp_path):
    g = maak_gemeente(tmp_path, "geertruidenberg")
    assert (g.map / "agressie.toml").is_file()
    wb = openpyxl.load_workbook(g.register)
    assert {"Incidenten", "Maatregelen", "Personen", "Info"} <= set(wb.sheetnames)
    voor = g.register.read_bytes()
    uitkomst = g.run("init", "--gemeente", "losser")
    assert uitkomst.exit_code == 2
    assert "bestaat al" in uitkomst.output
    assert g.register.read_bytes() == voor
    assert 'profiel = "geertruidenberg"' in (g.map / "agressie.toml").read_text(encoding="utf-8")


def test_zonder_register_zegt_het_commando_agressie_init(tmp_path):
    uitkomst = CliRunner().invoke(app, ["--map", str(tmp_path), "lijst"])
    assert uitkomst.exit_code != 0
    assert "agressie" in uitkomst.output and "init" in uitkomst.output
    assert "Traceback" not in uitkomst.output


def test_map_uit_omgevingsvariabele(gtb, monkeypatch):
    monkeypatch.setenv("AGRESSIE_MAP", str(gtb.map))
    uitkomst = CliRunner().invoke(
        app, ["melden", "--naam", "Piet Klaassen", "--kanaal", "balie", "--ernst", "licht", "--json"]
    )
    assert uitkomst.exit_code == 0, uitkomst.output
    assert '"incident": "2026-0001"' in uitkomst.output or '"incident": "' in uitkomst.output
    assert "Piet Klaassen" in gtb.ok("lijst")


def test_melden_geeft_nummers_en_ontbrekende_velden(gtb):
    data = gtb.json(
        "melden", "--datum", "17-11-2026", "--naam", "Jan de Vries", "--kanaal", "balie", "--ernst", "agressief"
    )
    assert data["incident"] == "2026-0001"
    assert data["persoon"] == "P0001"
    assert "tijd" in data["ontbrekend"] and "adres" in data["ontbrekend"]
    tweede = gtb.json(
        "melden", "--datum", "2026-11-18", "--naam", "Kees Bakker", "--kanaal", "telefoon", "--ernst", "licht"
    )
    assert tweede["incident"] == "2026-0002" and tweede["persoon"] == "P0002"
    tekst = gtb.ok("melden", "--naam", "Anna Smit", "--kanaal", "balie", "--ernst", "licht")
    assert "2026-0003" in tekst and "P0003" in tekst


def test_volledige_melding_is_compleet(gtb):
    nummer = gtb.meld(datum="2026-11-17", naam="Jan de Vries", kanaal="balie", ernst="agressief", **VOLLEDIG)
    rij = gtb.json("lijst")[0]
    assert rij["incident"] == nummer and rij["ontbrekend"] == [] and rij["status"] == "compleet"
    wb = openpyxl.load_workbook(gtb.register)
    personen = wb["Personen"]
    koppen = [c.value for c in personen[1]]
    assert personen.cell(2, koppen.index("Postcode") + 1).value == "4941 AB"


def test_verplichte_velden_zonder_terminal_exit_2(gtb):
    voor = gtb.register.read_bytes()
    uitkomst = gtb.run("melden", "--naam", "Jan de Vries")
    assert uitkomst.exit_code == 2
    assert "--kanaal" in uitkomst.output and "--ernst" in uitkomst.output
    assert gtb.register.read_bytes() == voor


@pytest.mark.parametrize(
    "args, woord",
    [
        (["--datum", "31-02-2026"], "--datum"),
        (["--datum", "morgenochtend"], "--datum"),
        (["--tijd", "25:00"], "--tijd"),
        (["--kanaal", "fax"], "--kanaal"),
        (["--gedrag", "C"], "--gedrag"),
        (["--vorm", "schoppen"], "--vorm"),
        (["--uitkering", "ww"], "--uitkering"),
        (["--email", "geen-adres"], "--email"),
        (["--omschrijving", "a\x00b"], "--omschrijving"),
    ],
)
def test_foute_invoer_noemt_het_veld_en_laat_register_ongemoeid(gtb, args, woord):
    voor = gtb.register.read_bytes()
    basis = ["melden", "--naam", "Jan", "--kanaal", "balie", "--ernst", "licht"]
    if "--kanaal" in args:
        basis = ["melden", "--naam", "Jan", "--ernst", "licht"]
    uitkomst = gtb.run(*basis, *args)
    assert uitkomst.exit_code == 2, uitkomst.output
    assert woord in uitkomst.output
    assert "Traceback" not in uitkomst.output
    assert gtb.register.read_bytes() == voor


def test_onbekend_incident_exit_2(gtb):
    voor = gtb.register.read_bytes()
    uitkomst = gtb.run("aanvullen", "2026-0999", "--tijd", "10:00")
    assert uitkomst.exit_code == 2
    assert "2026-0999" in uitkomst.output and "bestaat niet" in uitkomst.output
    assert gtb.register.read_bytes() == voor


def test_zelfde_persoon_na_normaliseren(gtb):
    a = gtb.json("melden", "--naam", "Jan van der Vries", "--kanaal", "balie", "--ernst", "licht")
    b = gtb.json("melden", "--naam", "  JAN  van der  vries ", "--kanaal", "balie", "--ernst", "licht")
    c = gtb.json("melden", "--naam", "Ján van der Vries", "--kanaal", "balie", "--ernst", "licht")
    d = gtb.json("melden", "--naam", "Vries, Jan van der", "--kanaal", "balie", "--ernst", "licht")
    assert a["persoon"] == b["persoon"] == c["persoon"] == d["persoon"] == "P0001"
    assert gtb.json("historie", "P0001")["naam"] == "Jan van der Vries"
    # 2.4: tussenvoegsels tellen: 'Jan Vries' is een nieuwe persoon, met de vraag of P0001 bedoeld is
    e = gtb.json("melden", "--naam", "Jan Vries", "--kanaal", "balie", "--ernst", "licht")
    assert e["persoon"] == "P0002" and [x["persoon"] for x in e["bedoelt_u"]] == ["P0001"]


def test_andere_geboortedatum_is_andere_persoon_en_wordt_genoemd(gtb):
    a = gtb.json(
        "melden", "--naam", "Jan de Vries", "--geboortedatum", "01-01-1980", "--kanaal", "balie", "--ernst", "licht"
    )
    b = gtb.json(
        "melden", "--naam", "Jan de Vries", "--geboortedatum", "02-02-1990", "--kanaal", "balie", "--ernst", "licht"
    )
    assert a["persoon"] != b["persoon"]
    assert b["bedoelt_u"][0]["persoon"] == a["persoon"]


def test_bijna_gelijke_naam_wordt_getoond_niet_geraden(gtb):
    gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="licht")
    uitkomst = gtb.run("melden", "--naam", "J. de Vries", "--kanaal", "balie", "--ernst", "licht")
    assert uitkomst.exit_code == 0
    assert "bedoelt u P0001 Jan de Vries?" in uitkomst.output
    assert "P0002" in uitkomst.output


def test_persoon_koppelen_met_persoonnummer(gtb):
    gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="licht")
    data = gtb.json("melden", "--persoon", "P0001", "--kanaal", "telefoon", "--ernst", "licht")
    assert data["persoon"] == "P0001"
    uitkomst = gtb.run("melden", "--persoon", "P0042", "--kanaal", "telefoon", "--ernst", "licht")
    assert uitkomst.exit_code == 2 and "P0042" in uitkomst.output


def test_aanvullen_toont_wijzigingen_en_maakt_compleet(gtb):
    nummer = gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="licht", datum="2026-11-17")
    uitkomst = gtb.ok("aanvullen", nummer, "--tijd", "10:30", "--ernst", "agressief")
    assert "tijd: (leeg) -> 10:30" in uitkomst
    assert "ernst: licht -> agressief" in uitkomst
    args = []
    for sleutel, waarde in VOLLEDIG.items():
        optie = "--" + sleutel
        if isinstance(waarde, bool):
            args.append("--geen-" + sleutel)
        elif isinstance(waarde, list):
            for w in waarde:
                args += [optie, w]
        else:
            args += [optie, waarde]
    data = gtb.json("aanvullen", nummer, *args)
    assert data["ontbrekend"] == [] and data["status"] == "compleet"


def test_lijst_filtert_op_datum_en_naam(gtb):
    gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="licht", datum="2026-07-01")
    gtb.meld(naam="Kees Bakker", kanaal="balie", ernst="licht", datum="2026-08-15")
    gtb.meld(naam="Jan de Vries", kanaal="telefoon", ernst="agressief", datum="2026-10-01")
    alles = gtb.json("lijst")
    assert [r["incident"] for r in alles] == ["2026-0001", "2026-0002", "2026-0003"]
    assert {"incident", "datum", "persoon", "naam"} <= set(alles[0])
    assert [r["incident"] for r in gtb.json("lijst", "--van", "2026-08-01", "--tot", "30-09-2026")] == ["2026-0002"]
    assert [r["incident"] for r in gtb.json("lijst", "--naam", "de vries")] == ["2026-0001", "2026-0003"]
    tabel = gtb.ok("lijst", "--naam", "Bakker")
    assert "Kees Bakker" in tabel and "Jan de Vries" not in tabel
    assert gtb.run("lijst", "--van", "1-13-2026").exit_code == 2


def test_historie_venster_en_nieuwste_eerst(gtb):
    gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="licht", datum="2026-01-10")
    gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="agressief", datum="2026-06-01")
    gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="agressief", datum="2026-11-01")
    data = gtb.json("historie", "Jan de Vries", "--peildatum", "2026-11-23")
    assert data["persoon"] == "P0001"
    assert [i["incident"] for i in data["incidenten"]] == ["2026-0003", "2026-0002", "2026-0001"]
    assert data["binnen_venster"] == ["2026-0003", "2026-0002"]
    assert data["maatregelen"] == [] and data["actieve_verboden"] == []
    tekst = gtb.ok("historie", "P0001", "--peildatum", "2026-11-23")
    assert "Geen lopend verbod" in tekst and "2026-0001" in tekst


def test_historie_meerdere_personen_exit_2(gtb):
    gtb.meld(naam="Jan de Vries", geboortedatum="1980-01-01", kanaal="balie", ernst="licht")
    gtb.meld(naam="Jan de Vries", geboortedatum="1990-01-01", kanaal="balie", ernst="licht")
    uitkomst = gtb.run("historie", "Jan de Vries")
    assert uitkomst.exit_code == 2
    assert "P0001" in uitkomst.output and "P0002" in uitkomst.output


def test_register_is_leesbaar_in_excel(gtb):
    gtb.meld(
        naam="Jan de Vries",
        kanaal="balie",
        ernst="licht",
        datum="2026-11-17",
        tijd="10:30",
        vorm=["verbaal", "hinderlijk"],
    )
    wb = openpyxl.load_workbook(gtb.register)
    ws = wb["Incidenten"]
    koppen = [c.value for c in ws[1]]
    assert koppen[:4] == ["Incident", "Status", "Datum", "Tijd"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref.startswith("A1:")
    datum = ws.cell(2, 3)
    assert datum.is_date and datum.value.date() == date(2026, 11, 17)
    validaties = {str(dv.sqref).split(":")[0]: dv.formula1 for dv in ws.data_validations.dataValidation}
    kanaal_kolom = openpyxl.utils.get_column_letter(koppen.index("Kanaal") + 1)
    assert "balie" in validaties[f"{kanaal_kolom}2"]
    assert ws.column_dimensions["F"].width >= 20
    assert wb["Info"]["A1"].value == "schemaversie" and wb["Info"]["B1"].value == 1


def test_tekst_met_formuleteken_blijft_tekst(gtb):
    gtb.meld(
        naam='=HYPERLINK("http://x")',
        kanaal="balie",
        ernst="licht",
        omschrijving="+31 6 1234",
        melder="-Jansen",
        functie="@baliemedewerker",
    )
    wb = openpyxl.load_workbook(gtb.register)
    ws = wb["Incidenten"]
    waarden = {c.value: c.data_type for c in ws[2] if isinstance(c.value, str)}
    assert waarden['=HYPERLINK("http://x")'] == "s"
    assert waarden["+31 6 1234"] == "s" and waarden["-Jansen"] == "s" and waarden["@baliemedewerker"] == "s"
    assert gtb.json("lijst")[0]["naam"] == '=HYPERLINK("http://x")'


def _excel_eigenaarsbestand(pad: Path, naam: str) -> None:
    ansi = naam.encode("cp1252")
    data = bytes([len(ansi)]) + ansi.ljust(53, b" ") + len(naam).to_bytes(2, "little") + naam.encode("utf-16-le")
    pad.write_bytes(data.ljust(162, b"\x00"))


def test_excel_eigenaarsbestand_blokkeert_schrijven_en_noemt_gebruiker(gtb):
    gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="licht")
    _excel_eigenaarsbestand(gtb.map / "~$register.xlsx", "Marieke Jansen")
    voor = gtb.register.read_bytes()
    uitkomst = gtb.run("melden", "--naam", "Kees", "--kanaal", "balie", "--ernst", "licht")
    assert uitkomst.exit_code != 0
    assert "Marieke Jansen" in uitkomst.output
    assert gtb.register.read_bytes() == voor
    assert len(gtb.json("lijst")) == 1  # lezen mag wel


def test_oud_eigenaarsbestand_zegt_hoe_oud_en_wat_te_doen(gtb):
    """2.5: na een vastloper blokkeerde een achtergebleven '~$register.xlsx' alles, zonder aanwijzing."""
    slot = gtb.map / "~$register.xlsx"
    _excel_eigenaarsbestand(slot, "Marieke Jansen")
    twee_dagen = time.time() - 48 * 3600
    os.utime(slot, (twee_dagen, twee_dagen))
    uitkomst = gtb.run("melden", "--naam", "Kees", "--kanaal", "balie", "--ernst", "licht")
    assert uitkomst.exit_code != 0
    assert "'~$register.xlsx'" in uitkomst.output and "48 uur geleden" in uitkomst.output
    assert "verwijder dan dat bestand" in uitkomst.output


def test_met_de_hand_foute_cel_wordt_gemeld_met_rij_en_kolom(gtb):
    gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="licht", datum="2026-11-01")
    gtb.meld(naam="Kees Bakker", kanaal="balie", ernst="licht", datum="2026-11-02")
    wb = openpyxl.load_workbook(gtb.register)
    ws = wb["Incidenten"]
    koppen = [c.value for c in ws[1]]
    ws.cell(3, koppen.index("Datum") + 1).value = "gisteren"
    ws.cell(2, koppen.index("Kanaal") + 1).value = "fax"
    wb.save(gtb.register)
    uitkomst = gtb.run("lijst")
    assert uitkomst.exit_code == 0
    assert "Blad Incidenten, rij 3, kolom C (Datum): 'gisteren'" in uitkomst.output
    kolom = openpyxl.utils.get_column_letter(koppen.index("Kanaal") + 1)
    assert f"rij 2, kolom {kolom} (Kanaal): 'fax'" in uitkomst.output
    # Schrijven gaat door en laat de met de hand getypte waarde staan.
    gtb.meld(naam="Anna Smit", kanaal="balie", ernst="licht")
    ws = openpyxl.load_workbook(gtb.register)["Incidenten"]
    assert ws.cell(3, 3).value == "gisteren"


def test_extra_kolom_van_de_gemeente_blijft_bewaard(gtb):
    gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="licht")
    wb = openpyxl.load_workbook(gtb.register)
    ws = wb["Incidenten"]
    kolom = ws.max_column + 1
    ws.cell(1, kolom).value = "Opmerking coördinator"
    ws.cell(2, kolom).value = "-nagebeld door K."
    wb.save(gtb.register)
    gtb.meld(naam="Kees Bakker", kanaal="balie", ernst="licht")
    ws = openpyxl.load_workbook(gtb.register)["Incidenten"]
    koppen = [c.value for c in ws[1]]
    assert "Opmerking coördinator" in koppen
    cel = ws.cell(2, koppen.index("Opmerking coördinator") + 1)
    assert cel.value == "-nagebeld door K." and cel.data_type == "s"


def test_elke_schrijfactie_maakt_een_reservekopie(gtb):
    gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="licht")
    gtb.meld(naam="Kees Bakker", kanaal="balie", ernst="licht")
    kopieen = sorted((gtb.map / "reservekopieen").glob("register-*.xlsx"))
    assert len(kopieen) == 2
    assert openpyxl.load_workbook(kopieen[-1])["Incidenten"].max_row == 2


def test_tien_gelijktijdige_meldingen_krijgen_tien_nummers(gtb):
    processen = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "agressie_cli",
                "--map",
                str(gtb.map),
                "melden",
                "--naam",
                f"Persoon {i}",
                "--kanaal",
                "balie",
                "--ernst",
                "licht",
                "--json",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in range(10)
    ]
    for p in processen:
        _, fout = p.communicate(timeout=120)
        assert p.returncode == 0, fout
    rijen = gtb.json("lijst")
    assert len(rijen) == 10
    assert len({r["incident"] for r in rijen}) == 10
    assert {r["naam"] for r in rijen} == {f"Persoon {i}" for i in range(10)}


def test_console_script_en_python_m_werken(gtb, tmp_path):
    uitkomst = subprocess.run([sys.executable, "-m", "agressie_cli", "--help"], capture_output=True, text=True)
    assert uitkomst.returncode == 0 and "melden" in uitkomst.stdout
    env = dict(os.environ, AGRESSIE_MAP=str(gtb.map))
    uitkomst = subprocess.run([sys.executable, "-m", "agressie_cli", "lijst"], capture_output=True, text=True, env=env)
    assert uitkomst.returncode == 0 and "Geen incidenten" in uitkomst.stdout


def test_meldingen_van_de_opdrachtregel_zelf_zijn_nederlands(gtb):
    uitkomst = gtb.run("lijst", "--foo")
    assert uitkomst.exit_code == 2 and "Onbekende optie: --foo" in uitkomst.output
    uitkomst = gtb.run("melden", "--kanaal")
    assert uitkomst.exit_code == 2 and "heeft een waarde nodig" in uitkomst.output
    hulp = gtb.ok("--help")
    assert "Gebruik: agressie" in hulp and "Commando's:" in hulp and "Toon deze hulp en stop." in hulp
    assert "Usage" not in hulp and "Options" not in hulp


def test_in_een_terminal_vraagt_melden_wat_ontbreekt(gtb, monkeypatch):
    monkeypatch.setattr("agressie_cli.cli.registreren.interactief", lambda: True)
    gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="licht")
    # naam, kanaal en ernst worden gevraagd; daarna de vraag of J. de Vries dezelfde persoon is: ja.
    # Daarna, omdat P0001 vandaag al een incident heeft: toch registreren? ja. (3.6: vóór die vragen de datum, Enter
    # is vandaag.)
    uitkomst = gtb.run("melden", invoer="J. de Vries\nbalie\nagressief\n\nj\nj\n")
    assert uitkomst.exit_code == 0, uitkomst.output
    assert "Naam van de persoon" in uitkomst.output and "bedoelt u P0001 Jan de Vries?" in uitkomst.output
    assert "lijkt dubbel met 2026-0001" in uitkomst.output and "Toch registreren?" in uitkomst.output
    assert "persoon P0001" in uitkomst.output
    assert [r["persoon"] for r in gtb.json("lijst")] == ["P0001", "P0001"]


def test_in_een_terminal_stopt_nee_op_dubbel_de_melding(gtb, monkeypatch):
    gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="licht")
    monkeypatch.setattr("agressie_cli.cli.registreren.interactief", lambda: True)
    uitkomst = gtb.run("melden", "--naam", "jan de vries", "--kanaal", "balie", "--ernst", "licht", invoer="\nn\n")
    assert uitkomst.exit_code == 0 and "Niet geregistreerd." in uitkomst.output
    assert [r["incident"] for r in gtb.json("lijst")] == ["2026-0001"]


def test_melden_waarschuwt_voor_dubbel_maar_registreert(gtb):
    gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="licht", datum="2026-11-02")
    uitkomst = gtb.run(
        "melden", "--naam", "Jan de Vries", "--kanaal", "telefoon", "--ernst", "licht", "--datum", "2026-11-02"
    )
    assert uitkomst.exit_code == 0
    assert "Let op: lijkt dubbel met 2026-0001" in uitkomst.output
    assert "agressie intrekken 2026-0002" in uitkomst.output
    gegevens = gtb.json(
        "melden", "--naam", "Jan de Vries", "--kanaal", "balie", "--ernst", "licht", "--datum", "2026-11-02"
    )
    assert gegevens["mogelijk_dubbel"] == ["2026-0001", "2026-0002"]
    # Een andere dag, of een ingetrokken incident, is geen dubbel.
    gtb.ok("intrekken", "2026-0002", "--reden", "dubbel gemeld")
    gegevens = gtb.json(
        "melden", "--naam", "Jan de Vries", "--kanaal", "balie", "--ernst", "licht", "--datum", "2026-11-02"
    )
    assert gegevens["mogelijk_dubbel"] == ["2026-0001", "2026-0003"]
    gegevens = gtb.json(
        "melden", "--naam", "Jan de Vries", "--kanaal", "balie", "--ernst", "licht", "--datum", "2026-11-03"
    )
    assert gegevens["mogelijk_dubbel"] == []
    assert len(gtb.json("lijst")) == 4  # niets ging verloren; het ingetrokken incident is verborgen


def test_geinstalleerd_pakket_bevat_sjablonen_en_profielen():
    import agressie_cli
    from agressie_cli.documenten.brieven.sjablonen import meegeleverde_sjablonen

    pakket = Path(agressie_cli.__file__).parent
    if "site-packages" in str(pakket):  # zo draait make test: tegen een gewone (niet-editable) installatie
        assert meegeleverde_sjablonen() == pakket / "documenten" / "sjablonen"
    for profiel in ("geertruidenberg", "losser"):
        assert len(list((meegeleverde_sjablonen() / profiel).glob("*.docx"))) >= 4
        assert (pakket / "domein" / "profielen" / f"{profiel}.toml").is_file()


def test_geboortedatum_in_1900_blijft_gelijk(gtb):
    """Excel telt 29 februari 1900 mee; een datum vóór maart 1900 schoof vroeger bij elke schrijfactie een dag op."""
    nummer = gtb.meld(
        naam="Jan de Vries", kanaal="balie", ernst="licht", datum="2026-11-02", geboortedatum="1900-01-01"
    )
    for dag in ("10", "11", "12"):
        gtb.ok("aanvullen", nummer, "--afdeling", f"Afdeling {dag}")
    assert gtb.json("historie", "Jan de Vries")["geboortedatum"] == "1900-01-01"
    werkboek = openpyxl.load_workbook(gtb.register)
    assert werkboek["Personen"]["C2"].value.date().isoformat() == "1900-01-01"


@pytest.mark.parametrize("datum", ["1026-11-02", "02-11-9999", "1899-12-31"])
def test_onwaarschijnlijk_jaartal_wordt_geweigerd(gtb, datum):
    """2.5: '--datum 1026' maakte de persoon meteen kandidaat voor opschonen, 9999 liet `brief` vastlopen."""
    voor = gtb.momentopname()
    uitkomst = gtb.run("melden", "--naam", "Jan de Vries", "--kanaal", "balie", "--ernst", "licht", "--datum", datum)
    assert uitkomst.exit_code == 2 and "--datum" in uitkomst.output and "jaartal" in uitkomst.output
    assert gtb.momentopname() == voor


def test_agressie_toml_met_bom_en_verkeerde_typen(gtb):
    """2.5: Kladblok bewaart met een BOM ('Invalid statement line 1'); 'zes' gaf 'onverwachte fout'."""
    toml = gtb.map / "agressie.toml"
    tekst = toml.read_text(encoding="utf-8")
    toml.write_bytes(b"\xef\xbb\xbf" + tekst.encode("utf-8"))
    assert gtb.run("lijst").exit_code == 0
    toml.write_text(tekst.replace("venster_maanden = 6", 'venster_maanden = "zes"'), encoding="utf-8")
    uitkomst = gtb.run("lijst")
    assert uitkomst.exit_code == 1 and "onverwachte fout" not in uitkomst.output
    assert "venster_maanden" in uitkomst.output and "geheel getal" in uitkomst.output
