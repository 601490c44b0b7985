"""Issue 2.7: het meldformulier. Een medewerker vult het zelf in (hier met openpyxl, zoals Excel het bewaart, en
één keer bewaard door LibreOffice); de coördinator registreert het met `agressie melden --formulier`."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from datetime import date, time, timedelta
from pathlib import Path

import openpyxl
import pytest

from agressie_cli.domein.meldformulier import NIET_OP_FORMULIER
from agressie_cli.domein.velden import INVOER, KLASSEVELDEN

GISTEREN = date.today() - timedelta(days=1)

JANSEN = {
    "Uw naam": "P. Jansen",
    "Uw functie": "baliemedewerker",
    "Uw leidinggevende": "K. Smits",
    "Betrokken medewerkers": "P. Jansen, R. de Boer",
    "Datum van het incident": GISTEREN,  # een datumcel, zoals Excel een getypte datum bewaart
    "Tijdstip": "10:30",  # als tekst: ook goed
    "Waar of hoe gebeurde het?": "Balie",
    "Hoe ernstig was het?": "agressief",
    "Vorm van agressie": "verbaal, fysiek",
    "Wat gebeurde er?": "Schold de medewerker uit.\nSloeg daarna op de balie.",
    "Naam": "Jan de Vries",
    "Adres": "Markt 12",
    "Postcode": "4941ab",
    "Woonplaats": "Raamsdonksveer",
    "Is de politie ingeschakeld?": "ja",
    "Wordt er aangifte gedaan?": "nee",
}


def maak_formulier(gemeente, *args: str) -> Path:
    uitkomst = gemeente.json("meldformulier", *args)
    return Path(uitkomst["bestand"])


def rij_van(ws, vraag: str) -> int:
    """De rij van een vraag, gezocht zoals een medewerker hem leest: op de tekst in kolom A."""
    for rij in range(1, ws.max_row + 1):
        tekst = ws.cell(rij, 1).value
        if isinstance(tekst, str) and tekst.rstrip(" *").startswith(vraag):
            return rij
    raise AssertionError(f"vraag '{vraag}' staat niet op het formulier")


def vul_in(formulier: Path, doel: Path, antwoorden: dict) -> Path:
    """Vult het formulier in zoals een medewerker dat in Excel doet (alleen de gele antwoordcellen) en bewaart het."""
    wb = openpyxl.load_workbook(formulier)
    ws = wb.active
    for vraag, antwoord in antwoorden.items():
        cel = ws.cell(rij_van(ws, vraag), 2)
        assert cel.protection.locked is False, f"{vraag}: de antwoordcel is niet te wijzigen"
        cel.value = antwoord
    doel.parent.mkdir(parents=True, exist_ok=True)
    wb.save(doel)
    return doel


def incidentrijen(gemeente) -> list[dict]:
    ws = openpyxl.load_workbook(gemeente.register)["Incidenten"]
    koppen = [c.value for c in ws[1]]
    return [dict(zip(koppen, r, strict=True)) for r in ws.iter_rows(min_row=2, values_only=True) if r[0]]


def test_medewerker_vult_in_en_coordinator_registreert(gtb, tmp_path):
    formulier = maak_formulier(gtb)
    assert formulier == gtb.map / "meldformulier.xlsx"
    ingevuld = vul_in(formulier, tmp_path / "meldformulier-jansen.xlsx", JANSEN)

    uitkomst = gtb.run("melden", "--formulier", str(ingevuld))
    assert uitkomst.exit_code == 0, uitkomst.output
    assert "meldformulier-jansen.xlsx:" in uitkomst.output
    assert "Incident 2026-0001 geregistreerd voor persoon P0001 (Jan de Vries) (nieuwe persoon)." in uitkomst.output

    [rij] = incidentrijen(gtb)
    assert rij["Datum"].date() == GISTEREN and rij["Tijd"] == time(10, 30)
    assert rij["Kanaal"] == "balie" and rij["Ernst"] == "agressief" and rij["Vorm"] == "verbaal, fysiek"
    assert rij["Omschrijving"] == "Schold de medewerker uit.\nSloeg daarna op de balie."
    assert rij["Melder"] == "P. Jansen" and rij["Functie melder"] == "baliemedewerker"
    assert rij["Betrokken medewerkers"] == "P. Jansen, R. de Boer" and rij["Leidinggevende"] == "K. Smits"
    assert rij["Politie ingeschakeld"] == "ja" and rij["Aangifte"] == "nee"
    assert len(rij["Meldformulier"]) == 64  # de vingerafdruk (sha256), tegen dubbel registreren
    [regel] = gtb.json("lijst")
    assert regel["naam"] == "Jan de Vries" and regel["ontbrekend"] == []  # alles van 4.2 stond op het formulier
    historie = gtb.json("historie", "P0001")
    assert historie["naam"] == "Jan de Vries" and [i["incident"] for i in historie["incidenten"]] == ["2026-0001"]
    ws = openpyxl.load_workbook(gtb.register)["Personen"]
    koppen = [c.value for c in ws[1]]
    persoon = dict(zip(koppen, next(ws.iter_rows(min_row=2, values_only=True)), strict=True))
    assert (persoon["Adres"], persoon["Postcode"], persoon["Woonplaats"]) == ("Markt 12", "4941 AB", "Raamsdonksveer")


def _validatie(ws, cel: str) -> str | None:
    for dv in ws.data_validations.dataValidation:
        if cel in dv.sqref:
            return dv.formula1
    return None


@pytest.mark.parametrize(
    ("gemeente", "klasse", "keuzes", "niet"),
    [
        ("geertruidenberg", "Hoe ernstig was het?", '"licht,agressief,strafbaar"', "Welk gedrag"),
        ("losser", "Welk gedrag (A tot en met E)?", '"A,B,C,D,E"', "Hoe ernstig"),
    ],
)
def test_formulier_volgt_het_profiel(tmp_path, gemeente, klasse, keuzes, niet):
    from conftest import maak_gemeente

    g = maak_gemeente(tmp_path, gemeente)
    ws = openpyxl.load_workbook(maak_formulier(g)).active
    teksten = [ws.cell(r, 1).value for r in range(1, ws.max_row + 1)]
    assert f"gemeente {gemeente.capitalize()}" in teksten[0]
    assert f"Formulier van {date.today():%d-%m-%Y}" in teksten[1]
    assert teksten[2].startswith("Vul in wat u weet; de coördinator vult later aan.")
    assert not any(isinstance(t, str) and t.startswith(niet) for t in teksten)
    assert _validatie(ws, f"B{rij_van(ws, klasse)}") == keuzes
    assert _validatie(ws, f"B{rij_van(ws, 'Waar of hoe gebeurde het?')}") == (
        '"balie,spreekkamer,telefoon,schriftelijk,huisbezoek,bedrijfscontrole,elders"'
    )
    assert _validatie(ws, f"B{rij_van(ws, 'Vorm van agressie')}").startswith('"verbaal,fysiek')
    for janee in ("Is de politie ingeschakeld?", "Wordt er aangifte gedaan?"):
        assert _validatie(ws, f"B{rij_van(ws, janee)}") == '"ja,nee"'
    if gemeente == "losser":
        assert _validatie(ws, f"B{rij_van(ws, 'Hield het gedrag aan')}") == '"ja,nee"'
        assert "C: C-gedrag (jij): schelden, beledigen" in ws.cell(rij_van(ws, klasse), 3).value
    # Alleen de antwoordcellen zijn open; het blad is beveiligd (zonder wachtwoord).
    assert ws.protection.sheet and not ws.protection.password
    open_cellen = {c.coordinate for r in ws.iter_rows() for c in r if c.protection.locked is False}
    vraagrijen = [r for r in range(1, ws.max_row + 1) if ws.cell(r, 4).value and r > 1]
    assert open_cellen == {f"B{r}" for r in vraagrijen}
    # Verplicht bij melden staat erbij (*); afdrukken op A4, één pagina breed.
    assert ws.cell(rij_van(ws, "Naam"), 1).value == "Naam *"
    assert str(ws.page_setup.paperSize) == ws.PAPERSIZE_A4 and ws.page_setup.fitToWidth == 1
    assert ws.print_area and "$C$" in ws.print_area and ws.column_dimensions["D"].hidden


def test_de_vragen_komen_uit_de_veldtabel(tmp_path):
    """Een nieuw veld met een optie in velden.py komt vanzelf op het formulier; alleen wat de coördinator weet niet."""
    from conftest import maak_gemeente

    g = maak_gemeente(tmp_path, "losser")
    vragen = set(g.json("meldformulier")["vragen"])
    verwacht = {v.sleutel for v in INVOER} - NIET_OP_FORMULIER - set(KLASSEVELDEN["ernst"])
    assert vragen == verwacht


def test_losser_registreert_gedrag_en_aanhoudend(losser, tmp_path):
    formulier = maak_formulier(losser)
    antwoorden = {k: v for k, v in JANSEN.items() if k != "Hoe ernstig was het?"}
    antwoorden |= {"Welk gedrag": "c", "Hield het gedrag aan": "ja", "Tijdstip": time(9, 5)}  # een tijdcel
    ingevuld = vul_in(formulier, tmp_path / "losser-jansen.xlsx", antwoorden)
    [uitslag] = losser.json("melden", "--formulier", str(ingevuld))
    assert uitslag["formulier"] == str(ingevuld) and uitslag["incident"] == "2026-0001"
    [rij] = incidentrijen(losser)
    assert rij["Gedrag"] == "C" and rij["Aanhoudend"] == "ja" and rij["Tijd"] == time(9, 5)


def test_foute_waarde_noemt_bestand_en_cel_en_registreert_niets_van_dat_formulier(gtb, tmp_path):
    formulier = maak_formulier(gtb)
    fout = vul_in(
        formulier,
        tmp_path / "meldformulier-jansen.xlsx",
        JANSEN | {"Waar of hoe gebeurde het?": "rooksignaal", "Datum van het incident": "31-02-2026"},
    )
    goed = vul_in(formulier, tmp_path / "meldformulier-smits.xlsx", JANSEN | {"Naam": "Karel Smits"})
    ws = openpyxl.load_workbook(formulier).active
    kanaal, datum = rij_van(ws, "Waar of hoe"), rij_van(ws, "Datum van het incident")

    uitkomst = gtb.run("melden", "--formulier", str(fout), "--formulier", str(goed))
    assert uitkomst.exit_code == 2
    assert (
        f"Fout: meldformulier-jansen.xlsx, cel B{kanaal} (kanaal): 'rooksignaal' is geen kanaal. "
        "Kies uit: balie, spreekkamer, telefoon" in uitkomst.output
    )
    assert f"Fout: meldformulier-jansen.xlsx, cel B{datum} (datum): '31-02-2026' is geen geldige datum" in (
        uitkomst.output
    )
    assert "Traceback" not in uitkomst.output and "--kanaal" not in uitkomst.output
    assert "niet ingevuld" not in uitkomst.output  # een fout kanaal is gemeld, niet ook nog als ontbrekend
    assert "Incident 2026-0001 geregistreerd voor persoon P0001 (Karel Smits)" in uitkomst.output
    assert [r["naam"] for r in gtb.json("lijst")] == ["Karel Smits"]


def test_json_per_formulier_incident_of_fout(gtb, tmp_path):
    formulier = maak_formulier(gtb)
    leeg = vul_in(formulier, tmp_path / "leeg.xlsx", {"Uw naam": "P. Jansen", "Hoe ernstig was het?": "licht"})
    goed = vul_in(formulier, tmp_path / "goed.xlsx", JANSEN)
    geen = tmp_path / "geen-formulier.xlsx"
    openpyxl.Workbook().save(geen)
    uitkomst = gtb.run("melden", "--formulier", str(leeg), "--formulier", str(goed), "--formulier", str(geen), "--json")
    assert uitkomst.exit_code == 2
    gegevens = json.loads(uitkomst.stdout)
    assert [g["formulier"] for g in gegevens] == [str(leeg), str(goed), str(geen)]
    ws = openpyxl.load_workbook(formulier).active
    assert gegevens[0] == {
        "formulier": str(leeg),
        "fout": "leeg.xlsx: niet ingevuld, maar nodig om te registreren: "
        f"naam (cel B{rij_van(ws, 'Naam')}), kanaal (cel B{rij_van(ws, 'Waar of hoe')}), "
        f"datum (cel B{rij_van(ws, 'Datum van het incident')}).",
    }
    assert set(gegevens[1]) == {
        "formulier",
        "incident",
        "persoon",
        "naam",
        "nieuw_persoon",
        "datum",
        "status",
        "ontbrekend",
        "bedoelt_u",
        "mogelijk_dubbel",
    }
    assert gegevens[1]["incident"] == "2026-0001" and gegevens[1]["datum"] == GISTEREN.isoformat()
    assert gegevens[2]["fout"].startswith("geen-formulier.xlsx: dit is geen meldformulier van agressie")


def test_zelfde_formulier_twee_keer_wordt_geweigerd(gtb, tmp_path):
    formulier = maak_formulier(gtb)
    ingevuld = vul_in(formulier, tmp_path / "meldformulier-jansen.xlsx", JANSEN)
    gtb.ok("melden", "--formulier", str(ingevuld))
    voor = gtb.register.read_bytes()
    uitkomst = gtb.run("melden", "--formulier", str(ingevuld))
    assert uitkomst.exit_code == 2
    assert "meldformulier-jansen.xlsx: dit formulier is al geregistreerd, als incident 2026-0001." in uitkomst.output
    assert gtb.register.read_bytes() == voor
    # Dezelfde antwoorden, opnieuw bewaard met de datum als tekst: nog steeds hetzelfde formulier.
    opnieuw = vul_in(ingevuld, tmp_path / "kopie.xlsx", {"Datum van het incident": f"{GISTEREN:%d-%m-%Y}"})
    assert gtb.run("melden", "--formulier", str(opnieuw)).exit_code == 2
    # Twee keer in één opdracht: het tweede wordt geweigerd, het eerste geregistreerd.
    ander = vul_in(formulier, tmp_path / "ander.xlsx", JANSEN | {"Naam": "Karel Smits"})
    gegevens = json.loads(gtb.run("melden", "--formulier", str(ander), "--formulier", str(ander), "--json").stdout)
    assert gegevens[0]["incident"] == "2026-0002" and "al geregistreerd, als incident 2026-0002" in gegevens[1]["fout"]
    assert len(gtb.json("lijst")) == 2


def test_persoon_herkennen_zoals_melden(gtb, tmp_path):
    gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="licht", datum=GISTEREN.isoformat())
    formulier = maak_formulier(gtb)
    zelfde = vul_in(formulier, tmp_path / "zelfde.xlsx", JANSEN)
    lijkt = vul_in(formulier, tmp_path / "lijkt.xlsx", JANSEN | {"Naam": "J. de Vries", "Uw naam": "R. de Boer"})
    eerste, tweede = gtb.json("melden", "--formulier", str(zelfde), "--formulier", str(lijkt))
    assert eerste["persoon"] == "P0001" and eerste["mogelijk_dubbel"] == ["2026-0001"]
    assert tweede["nieuw_persoon"] and tweede["bedoelt_u"] == [{"persoon": "P0001", "naam": "Jan de Vries"}]


def test_formulier_gaat_niet_samen_met_veldopties(gtb, tmp_path):
    ingevuld = vul_in(maak_formulier(gtb), tmp_path / "f.xlsx", JANSEN)
    voor = gtb.register.read_bytes()
    uitkomst = gtb.run("melden", "--formulier", str(ingevuld), "--naam", "Piet", "--politie")
    assert uitkomst.exit_code == 2
    assert "--formulier gaat niet samen met --naam, --politie" in uitkomst.output
    assert gtb.register.read_bytes() == voor


def test_in_een_terminal_eerst_tonen_en_vragen(gtb, tmp_path, monkeypatch):
    monkeypatch.setattr("agressie_cli.cli.registreren.interactief", lambda: True)
    ingevuld = vul_in(maak_formulier(gtb), tmp_path / "meldformulier-jansen.xlsx", JANSEN)
    uitkomst = gtb.run("melden", "--formulier", str(ingevuld), invoer="n\n")
    assert uitkomst.exit_code == 0
    assert "Gelezen uit meldformulier-jansen.xlsx:" in uitkomst.output
    assert "Waar of hoe gebeurde het?" in uitkomst.output and "Sloeg daarna op de balie." in uitkomst.output
    assert "meldformulier-jansen.xlsx registreren? [j/N]" in uitkomst.output
    assert "meldformulier-jansen.xlsx: niet geregistreerd." in uitkomst.output
    assert gtb.json("lijst") == []
    uitkomst = gtb.run("melden", "--formulier", str(ingevuld), invoer="j\n")
    assert uitkomst.exit_code == 0 and "Incident 2026-0001 geregistreerd" in uitkomst.output


def test_uit_map_of_bestand(gtb, tmp_path):
    (tmp_path / "formulieren").mkdir()
    assert maak_formulier(gtb, "--uit", str(tmp_path / "formulieren")) == tmp_path / "formulieren/meldformulier.xlsx"
    assert maak_formulier(gtb, "--uit", str(tmp_path / "f" / "melding.xlsx")).is_file()
    uitkomst = gtb.run("meldformulier", "--uit", str(tmp_path / "bestaat-niet"))
    assert uitkomst.exit_code == 2 and "--uit:" in uitkomst.output and ".xlsx" in uitkomst.output
    assert "Meldformulier gemaakt:" in gtb.ok("meldformulier")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) ontbreekt")
def test_formulier_bewaard_door_libreoffice(gtb, tmp_path):
    ingevuld = vul_in(maak_formulier(gtb), tmp_path / "in" / "meldformulier-jansen.xlsx", JANSEN)
    uit = tmp_path / "uit"
    omgezet = subprocess.run(
        [
            shutil.which("soffice") or "soffice",
            "--headless",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(uit),
            str(ingevuld),
        ],
        capture_output=True,
        timeout=300,
        env={**os.environ, "HOME": str(tmp_path)},  # een eigen profiel: geen last van een LibreOffice dat al draait
    )
    if omgezet.returncode != 0 or not (uit / ingevuld.name).exists():
        pytest.skip("LibreOffice kan hier geen .xlsx bewaren (LibreOffice Calc ontbreekt)")
    [uitslag] = gtb.json("melden", "--formulier", str(uit / ingevuld.name))
    assert uitslag["incident"] == "2026-0001" and uitslag["naam"] == "Jan de Vries"
    [rij] = incidentrijen(gtb)
    assert rij["Datum"].date() == GISTEREN and rij["Vorm"] == "verbaal, fysiek" and rij["Politie ingeschakeld"] == "ja"
    # Door LibreOffice bewaard is het nog steeds hetzelfde formulier als het origineel.
    uitkomst = gtb.run("melden", "--formulier", str(ingevuld))
    assert uitkomst.exit_code == 2 and "al geregistreerd, als incident 2026-0001" in uitkomst.output


def test_formulier_van_een_ander_profiel_wordt_geweigerd(gtb, losser, tmp_path):
    antwoorden = {k: v for k, v in JANSEN.items() if k != "Hoe ernstig was het?"} | {"Welk gedrag": "C"}
    ingevuld = vul_in(maak_formulier(losser), tmp_path / "losser.xlsx", antwoorden)
    voor = gtb.register.read_bytes()
    uitkomst = gtb.run("melden", "--formulier", str(ingevuld))
    assert uitkomst.exit_code == 2
    assert "losser.xlsx: de vragen in de cellen B" in uitkomst.output
    assert "staan niet op het meldformulier van Geertruidenberg" in uitkomst.output
    assert "Is het formulier van een andere gemeente" in uitkomst.output
    assert gtb.register.read_bytes() == voor


def test_register_van_voor_het_meldformulier_krijgt_de_kolom(gtb, tmp_path):
    """Een register zonder de kolom Meldformulier (van vóór 2.7) wordt gelezen en krijgt de kolom bij bewaren."""
    gtb.meld(naam="Kees Bakker", kanaal="balie", ernst="licht")
    wb = openpyxl.load_workbook(gtb.register)
    ws = wb["Incidenten"]
    ws.delete_cols([c.value for c in ws[1]].index("Meldformulier") + 1)
    wb.save(gtb.register)
    assert "Meldformulier" not in [c.value for c in openpyxl.load_workbook(gtb.register)["Incidenten"][1]]
    ingevuld = vul_in(maak_formulier(gtb), tmp_path / "f.xlsx", JANSEN)
    gtb.ok("melden", "--formulier", str(ingevuld))
    oud, nieuw = incidentrijen(gtb)
    assert oud["Naam"] == "Kees Bakker" and oud["Meldformulier"] is None and len(nieuw["Meldformulier"]) == 64
    assert gtb.run("melden", "--formulier", str(ingevuld)).exit_code == 2


def test_in_een_terminal_dezelfde_vragen_als_melden(gtb, tmp_path, monkeypatch):
    """Bedoelt u ...? en 'toch registreren?' bij een mogelijk dubbele melding, per formulier."""
    gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="licht", datum=GISTEREN.isoformat())
    monkeypatch.setattr("agressie_cli.cli.registreren.interactief", lambda: True)
    formulier = maak_formulier(gtb)
    lijkt = vul_in(formulier, tmp_path / "lijkt.xlsx", JANSEN | {"Naam": "J. de Vries"})
    ander = vul_in(formulier, tmp_path / "ander.xlsx", JANSEN | {"Naam": "Karel Smits"})
    # lijkt: registreren? ja; bedoelt u P0001? ja; lijkt dubbel, toch registreren? nee. ander: registreren? ja.
    uitkomst = gtb.run("melden", "--formulier", str(lijkt), "--formulier", str(ander), invoer="j\nj\nn\nj\n")
    assert uitkomst.exit_code == 0, uitkomst.output
    assert "bedoelt u P0001 Jan de Vries?" in uitkomst.output and "Toch registreren?" in uitkomst.output
    assert "lijkt.xlsx: niet geregistreerd." in uitkomst.output
    assert uitkomst.output.lower().count("niet geregistreerd") == 1  # het overzicht zegt het; niet ook de vraag
    assert [r["naam"] for r in gtb.json("lijst")] == ["Jan de Vries", "Karel Smits"]


def test_het_adres_van_de_leidinggevende_gaat_van_formulier_naar_doorsturen(gtb, tmp_path):
    """2.7: de medewerker vult het e-mailadres van de clustermanager in; `doorsturen` gebruikt het zonder aanvullen."""
    antwoorden = {**JANSEN, "E-mailadres van uw leidinggevende": "k.smits@geertruidenberg.nl"}
    ingevuld = vul_in(maak_formulier(gtb), tmp_path / "meldformulier-jansen.xlsx", antwoorden)
    nummer = gtb.json("melden", "--formulier", str(ingevuld))[0]["incident"]
    concept = gtb.json("doorsturen", nummer)
    assert concept["email"] == "k.smits@geertruidenberg.nl" and Path(concept["bestand"]).is_file()


def test_zonder_datum_wordt_niet_de_dag_van_registreren_genomen(gtb, tmp_path):
    """Een formulier zonder datum kreeg stil de dag van registreren: die datum liep door in de termijn van een week,
    de nazorg en de brief. De datum is op het formulier nu verplicht, met de cel in de melding."""
    formulier = maak_formulier(gtb)
    zonder = {k: v for k, v in JANSEN.items() if not k.startswith("Datum")}
    ingevuld = vul_in(formulier, tmp_path / "zonder-datum.xlsx", zonder)
    uitkomst = gtb.run("melden", "--formulier", str(ingevuld))
    rij = rij_van(openpyxl.load_workbook(formulier).active, "Datum van het incident")
    assert uitkomst.exit_code == 2 and f"datum (cel B{rij})" in uitkomst.output
    assert gtb.json("lijst") == []


def test_losser_spreekt_de_rollen_van_losser_aan_en_breekt_geen_vraag_af(losser, tmp_path):
    """Het Losser-formulier noemde de coördinator van het interventieteam en de clustermanager van Geertruidenberg,
    en de vraag naar aanhoudend gedrag viel op de tweede regel weg."""
    ws = openpyxl.load_workbook(maak_formulier(losser)).active
    tekst = " ".join(str(c.value) for rij in ws.iter_rows() for c in rij if c.value)
    assert "coördinator agressie en geweld" in tekst
    assert "interventieteam" not in tekst and "clustermanager" not in tekst
    rij = rij_van(ws, "Hield het gedrag aan")
    assert ws.row_dimensions[rij].height >= 2 * 15  # twee regels


# --- aanval (2.5 op 2.7): vijandige formulieren ----------------------------------------------------------------


def _antwoordcel(formulier: Path, sleutel: str) -> str:
    """De cel B.. van de vraag met deze sleutel (verborgen kolom D)."""
    ws = openpyxl.load_workbook(formulier).active
    return next(f"B{r}" for r in range(1, ws.max_row + 1) if ws.cell(r, 4).value == sleutel)


def _registreer_niets(gemeente, pad: Path, *verwacht: str) -> None:
    voor = gemeente.register.read_bytes()
    uitkomst = gemeente.run("melden", "--formulier", str(pad))
    assert uitkomst.exit_code == 2, uitkomst.output
    assert "Traceback" not in uitkomst.output and "onverwachte" not in uitkomst.output
    for tekst in verwacht:
        assert tekst in uitkomst.output, uitkomst.output
    assert gemeente.register.read_bytes() == voor


def test_een_formule_in_een_antwoordcel_wordt_geweigerd_en_niet_stil_overgeslagen(gtb, tmp_path):
    """Een formule zonder bewaarde uitkomst viel weg (het incident werd geregistreerd zonder omschrijving); met een
    uitkomst kwam die in het register in plaats van wat de medewerker typte."""
    formulier = maak_formulier(gtb)
    ingevuld = vul_in(
        formulier, tmp_path / "formule.xlsx", {**JANSEN, "Wat gebeurde er?": '=HYPERLINK("http://x","klik")'}
    )
    cel = _antwoordcel(ingevuld, "omschrijving")
    _registreer_niets(gtb, ingevuld, f"formule.xlsx, cel {cel} (omschrijving)", "formule")


def test_een_stuurteken_zoals_excel_het_bewaart_wordt_geweigerd_met_de_cel(gtb, tmp_path):
    """Excel bewaart een verticale tab (geplakt uit Word) als _x000B_; openpyxl zet dat niet terug, zodat de tekst
    '_x000B_' in het register kwam. Nu: dezelfde weigering als getypte tekst, met bestand en cel."""
    formulier = maak_formulier(gtb)
    ingevuld = vul_in(formulier, tmp_path / "vt.xlsx", {**JANSEN, "Wat gebeurde er?": "Schold_x000B_en sloeg."})
    cel = _antwoordcel(ingevuld, "omschrijving")
    _registreer_niets(gtb, ingevuld, f"vt.xlsx, cel {cel} (omschrijving)", "stuurteken")
    # Een echt getypt '_x000B_' bewaart Excel als _x005F_x000B_: dat blijft letterlijk staan.
    letterlijk = vul_in(formulier, tmp_path / "letterlijk.xlsx", {**JANSEN, "Wat gebeurde er?": "code _x005F_x000B_"})
    assert gtb.run("melden", "--formulier", str(letterlijk)).exit_code == 0
    # openpyxl decodeert niet: in het register staat de tekst zoals Excel een letterlijk '_x000B_' bewaart.
    assert incidentrijen(gtb)[-1]["Omschrijving"] == "code _x005F_x000B_"


def test_een_vraag_die_twee_keer_op_het_formulier_staat_wordt_geweigerd(gtb, tmp_path):
    """Wie de verborgen kolom D wijzigt, liet het laatste antwoord winnen: de naam uit een andere rij kwam stil in
    het register."""
    formulier = maak_formulier(gtb)
    ingevuld = vul_in(formulier, tmp_path / "dubbel.xlsx", JANSEN)
    wb = openpyxl.load_workbook(ingevuld)
    ws = wb.active
    adres = rij_van(ws, "Adres")
    ws.cell(adres, 4).value = "naam"
    wb.save(ingevuld)
    _registreer_niets(gtb, ingevuld, "dubbel.xlsx", "meer dan eens", f"B{adres}")


def test_een_datumcel_buiten_de_grenzen_wordt_geweigerd_zoals_getypt(gtb, tmp_path):
    """Een datumcel (geen tekst) omzeilde de grenzen 1900-2100: een geboortedatum in 1800 kwam in het register, en
    daarna meldde elk commando dat die cel geen geldige datum is."""
    formulier = maak_formulier(gtb)
    ingevuld = vul_in(formulier, tmp_path / "oud.xlsx", {**JANSEN, "Geboortedatum": date(1800, 5, 1)})
    cel = _antwoordcel(ingevuld, "geboortedatum")
    _registreer_niets(gtb, ingevuld, f"oud.xlsx, cel {cel} (geboortedatum)", "1900")
    uitkomst = gtb.run("melden", "--formulier", str(ingevuld))
    assert "1800-05-01" not in uitkomst.output and "01-05-1800" not in uitkomst.output  # geen geboortedatum herhalen


def test_een_zipbom_als_formulier_wordt_geweigerd_zonder_uit_te_pakken(gtb, tmp_path):
    """600 MB spaties in het blad (0,6 MB ingepakt) laadde openpyxl helemaal; nu een melding vóór het lezen."""
    import zipfile

    formulier = vul_in(maak_formulier(gtb), tmp_path / "basis.xlsx", JANSEN)
    bom = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(formulier) as zi, zipfile.ZipFile(bom, "w", zipfile.ZIP_DEFLATED) as zo:
        for info in zi.infolist():
            data = zi.read(info)
            if info.filename.endswith("sheet1.xml"):
                data = data.replace(b"<sheetData>", b"<sheetData>" + b" " * (60 * 1024 * 1024), 1)
            zo.writestr(info.filename, data)
    _registreer_niets(gtb, bom, "bom.xlsx", "MB groot")


def test_opschonen_wist_ook_de_vingerafdruk_van_het_formulier(gtb, tmp_path):
    """De vingerafdruk is een sha256 van de antwoorden, de naam en datum inbegrepen: na opschonen bleef hij staan, en
    wie een naam raadt, kon met een minimaal formulier nagaan of die persoon gemeld was."""
    formulier = maak_formulier(gtb)
    oud = {**JANSEN, "Datum van het incident": date(2020, 3, 1)}
    gtb.ok("melden", "--formulier", str(vul_in(formulier, tmp_path / "oud.xlsx", oud)))
    assert incidentrijen(gtb)[0]["Meldformulier"]
    gtb.ok("opschonen", "--peildatum", "2026-11-23", "--uitvoeren")
    assert incidentrijen(gtb)[0]["Meldformulier"] is None


def test_verwisselde_sleutels_maken_de_melder_geen_agressor(gtb, tmp_path):
    """Een vijandig formulier: in de verborgen kolom D zijn 'melder' en 'naam' verwisseld. De medewerker vult bij
    'Uw naam' zichzelf in en werd als agressor geregistreerd, stil. Nu: de vraag naast de cel moet bij de sleutel
    horen."""
    formulier = maak_formulier(gtb)
    wb = openpyxl.load_workbook(formulier)
    ws = wb.active
    melder, naam = rij_van(ws, "Uw naam"), rij_van(ws, "Naam")
    ws.cell(melder, 4).value, ws.cell(naam, 4).value = "naam", "melder"
    vijandig = tmp_path / "vijandig.xlsx"
    wb.save(vijandig)
    ingevuld = vul_in(vijandig, tmp_path / "ingevuld.xlsx", JANSEN)
    _registreer_niets(gtb, ingevuld, "ingevuld.xlsx", f"cel B{melder}", "Uw naam", "gewijzigd")


def test_een_formulier_met_wachtwoord_of_als_xls_zegt_wat_er_aan_de_hand_is(gtb, tmp_path):
    """Een .xlsx met een wachtwoord om te openen (of een oud .xls) is een OLE-bestand; de melding zei alleen 'geen
    Excel-bestand', terwijl de coördinator het in Excel gewoon opent."""
    beveiligd = tmp_path / "meldformulier-jansen.xlsx"
    beveiligd.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(4096))
    _registreer_niets(gtb, beveiligd, "meldformulier-jansen.xlsx", "wachtwoord", ".xls")


@pytest.mark.parametrize("naam", ["register.xlsx", "ingevuld.xlsx"])
def test_meldformulier_overschrijft_geen_register_en_geen_ingevuld_formulier(gtb, naam):
    """Een onoplettende coördinator: `meldformulier --uit register.xlsx` verving het register door een leeg formulier,
    zonder slot en zonder reservekopie van de laatste stand; de laatste melding was weg, ook na `herstel`."""
    gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="agressief")
    vul_in(maak_formulier(gtb), gtb.map / "ingevuld.xlsx", JANSEN)
    doel = gtb.map / naam
    voor = doel.read_bytes()
    uitkomst = gtb.run("meldformulier", "--uit", str(doel))
    assert uitkomst.exit_code == 2 and "overschrijft het niet" in uitkomst.output, uitkomst.output
    assert doel.read_bytes() == voor
    assert gtb.json("lijst")[0]["naam"] == "Jan de Vries"
    gtb.ok("meldformulier")  # het eigen, lege formulier opnieuw maken mag wel
    gtb.ok("meldformulier")


def test_een_beschadigd_formulier_houdt_de_andere_niet_tegen(gtb, tmp_path):
    """Aanval (300 beschadigde formulieren): een kapotte XML in het bestand gaf 'onverwachte fout' (afsluitcode 1), en de
    andere formulieren van dezelfde aanroep werden niet meer geregistreerd."""
    import zipfile

    formulier = maak_formulier(gtb)
    goed = vul_in(formulier, tmp_path / "goed.xlsx", JANSEN)
    kapot = tmp_path / "kapot.xlsx"
    with zipfile.ZipFile(goed) as zi, zipfile.ZipFile(kapot, "w") as zo:
        for info in zi.infolist():
            data = zi.read(info)
            zo.writestr(info.filename, data[: len(data) // 2] if info.filename.endswith("sheet1.xml") else data)
    uitkomst = gtb.run("melden", "--formulier", str(kapot), "--formulier", str(goed), "--json")
    assert uitkomst.exit_code == 2 and "onverwachte" not in uitkomst.output
    kapot_uit, goed_uit = json.loads(uitkomst.output)
    assert "kapot.xlsx" in kapot_uit["fout"] and "beschadigd" in kapot_uit["fout"]
    assert goed_uit["incident"] == "2026-0001"


def test_een_onleesbaar_formulier_houdt_de_andere_niet_tegen(gtb, tmp_path, monkeypatch):
    """Op Windows: een formulier dat een ander programma vergrendeld heeft (of zonder leesrechten) gaf 'onverwachte
    fout' en stopte de hele aanroep."""
    import builtins

    formulier = maak_formulier(gtb)
    goed = vul_in(formulier, tmp_path / "goed.xlsx", JANSEN)
    slot = vul_in(formulier, tmp_path / "vergrendeld.xlsx", {**JANSEN, "Naam": "Piet Bakker"})
    echt_open = builtins.open

    def vergrendeld(bestand, *args, **kwargs):
        if str(bestand) == str(slot):
            raise PermissionError(13, "The process cannot access the file", str(bestand))
        return echt_open(bestand, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", vergrendeld)
    uitkomst = gtb.run("melden", "--formulier", str(slot), "--formulier", str(goed), "--json")
    monkeypatch.undo()
    assert uitkomst.exit_code == 2 and "onverwachte" not in uitkomst.output, uitkomst.output
    fout, gelukt = json.loads(uitkomst.output)
    assert "vergrendeld.xlsx" in fout["fout"] and "gelezen" in fout["fout"]
    assert gelukt["incident"] == "2026-0001"


def test_een_ingevuld_formulier_op_de_standaardplek_blijft_staan(gtb):
    """Wie het standaardformulier in de map van het register zelf invulde en bewaarde, raakte het kwijt bij het
    volgende `agressie meldformulier`."""
    formulier = maak_formulier(gtb)
    vul_in(formulier, formulier, JANSEN)
    voor = formulier.read_bytes()
    uitkomst = gtb.run("meldformulier")
    assert uitkomst.exit_code == 2 and "--uit:" not in uitkomst.output and "melden --formulier" in uitkomst.output
    assert formulier.read_bytes() == voor


def test_een_lijst_die_samen_te_lang_is_voor_een_cel_wordt_geweigerd(gtb, tmp_path):
    """Aanval: 'Betrokken medewerkers' met 5.000 namen met een puntkomma ertussen past in de cel van het formulier,
    maar in het register komen ze met ', ' ertussen in één cel: 33.888 tekens, meer dan Excel in een cel bewaart
    (Excel meldt dan een probleem met de inhoud van het register). Ook via --medewerker."""
    formulier = maak_formulier(gtb)
    namen = ";".join(f"M{i}" for i in range(5000))
    assert len(namen) < 32000
    ingevuld = vul_in(formulier, tmp_path / "lang.xlsx", {**JANSEN, "Betrokken medewerkers": namen})
    cel = _antwoordcel(ingevuld, "medewerker")
    _registreer_niets(gtb, ingevuld, f"lang.xlsx, cel {cel}", "hoogstens")
    args = [a for i in range(5000) for a in ("--medewerker", f"M{i}")]
    uitkomst = gtb.run("melden", "--naam", "Jan", "--kanaal", "balie", "--ernst", "agressief", *args)
    assert uitkomst.exit_code == 2 and "--medewerker" in uitkomst.output


def test_een_formulier_over_een_van_twee_naamgenoten_kan_met_persoon(gtb, tmp_path):
    """Review: een formulier zonder geboortedatum over iemand met een naamgenoot werd geweigerd ('kies met --persoon'),
    maar --formulier ging niet samen met --persoon: het formulier was nooit te registreren."""
    naam = JANSEN["Naam"]
    gtb.meld(naam=naam, kanaal="balie", ernst="licht", geboortedatum="1980-01-01")
    gtb.meld(naam=naam, kanaal="balie", ernst="licht", geboortedatum="1992-05-05")
    ingevuld = vul_in(
        maak_formulier(gtb), tmp_path / "f.xlsx", {k: v for k, v in JANSEN.items() if "Geboorte" not in k}
    )
    geweigerd = gtb.run("melden", "--formulier", str(ingevuld))
    assert geweigerd.exit_code == 2 and "--persoon" in geweigerd.output
    assert gtb.json("melden", "--formulier", str(ingevuld), "--persoon", "P0002")[0]["persoon"] == "P0002"
    twee = gtb.run("melden", "--formulier", str(ingevuld), "--formulier", str(ingevuld), "--persoon", "P0002")
    assert twee.exit_code == 2 and "--formulier gaat niet samen met --persoon" in twee.output
