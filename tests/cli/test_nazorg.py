"""Issue 2.6: nazorg die afgevinkt kan worden (Geertruidenberg 9.1 en 9.2, Losser 8 en 8.1). Alleen datums."""

from __future__ import annotations

import openpyxl

from conftest import Gemeente

PEIL = ("--peildatum", "2026-11-23")
NAZORG = {"gesprek medewerker", "nazorg", "opvang medewerker", "hulpverlenende instantie"}  # uit de profielen


def _open(g: Gemeente, nummer: str) -> dict[str, dict]:
    """De nazorgpunten van dit incident op agressie termijnen, op soort."""
    return {t["soort"]: t for t in g.json("termijnen", *PEIL) if t["incident"] == nummer and t["soort"] in NAZORG}


def test_geertruidenberg_gesprek_en_afgerond_vinken_9_1_en_9_2_af(gtb):
    nummer = gtb.meld(
        naam="Jan de Vries", kanaal="balie", ernst="agressief", datum="2026-11-10", medewerker=["P. Jansen"]
    )
    open_ = _open(gtb, nummer)
    assert open_["gesprek medewerker"]["verlopen"] is True and open_["gesprek medewerker"]["uiterlijk"] == "2026-11-11"
    assert "nazorg" in open_ and open_["nazorg"]["uiterlijk"] == "2027-02-10"
    assert f"agressie nazorg {nummer} --gesprek DATUM" in gtb.ok("termijnen", *PEIL)

    data = gtb.json("nazorg", nummer, "--gesprek", "2026-11-11")
    assert data["incident"] == nummer and data["gesprek"] == "2026-11-11"
    assert data["hulpverlening"] is None and data["afgerond"] is None
    punten = {p["soort"]: p for p in data["punten"]}
    assert punten["gesprek medewerker"]["afgevinkt"] == "2026-11-11" and punten["gesprek medewerker"]["op_tijd"]
    assert punten["nazorg"]["open"] is True
    open_ = _open(gtb, nummer)
    assert "gesprek medewerker" not in open_ and "nazorg" in open_  # 9.2 loopt nog

    uitvoer = gtb.ok("nazorg", nummer, "--afgerond", "2026-11-20")
    assert f"Nazorg vastgelegd bij incident {nummer}" in uitvoer and "afgevinkt op 20-11-2026" in uitvoer
    assert _open(gtb, nummer) == {}
    # Het register: alleen datums, in de kolommen van het blad Incidenten.
    blad = openpyxl.load_workbook(gtb.register)["Incidenten"]
    koppen = [c.value for c in blad[1]]
    rij = dict(zip(koppen, [c.value for c in blad[2]], strict=True))
    assert rij["Nazorg gesprek"].date().isoformat() == "2026-11-11"
    assert rij["Nazorg afgerond"].date().isoformat() == "2026-11-20"
    assert rij["Nazorg hulpverlening"] is None


def test_losser_hulpverlening_vinkt_8_1_af_en_gesprek_de_opvang(losser):
    nummer = losser.meld(naam="Piet Klaassen", kanaal="balie", gedrag="D", datum="2026-11-10", medewerker=["A. Bos"])
    open_ = _open(losser, nummer)
    assert open_["opvang medewerker"]["verlopen"] and open_["hulpverlenende instantie"]["verlopen"]
    data = losser.json("nazorg", nummer, "--hulpverlening", "2026-11-12")
    assert data["hulpverlening"] == "2026-11-12"
    punt = next(p for p in data["punten"] if p["soort"] == "hulpverlenende instantie")
    # 8.1 "zo snel mogelijk": een week (profiel), niet de dag erna (3.1).
    assert punt["afgevinkt"] == "2026-11-12" and punt["op_tijd"] is True
    open_ = _open(losser, nummer)
    assert "hulpverlenende instantie" not in open_ and open_["opvang medewerker"]["verlopen"]
    losser.ok("nazorg", nummer, "--gesprek", "2026-11-10")
    assert _open(losser, nummer) == {}


def test_losser_afgerond_sluit_de_opvang(losser):
    nummer = losser.meld(naam="Piet Klaassen", kanaal="balie", gedrag="C", datum="2026-11-10", medewerker=["A. Bos"])
    assert set(_open(losser, nummer)) == {"opvang medewerker"}  # 8.1 alleen na een ernstige bedreiging (D)
    losser.ok("nazorg", nummer, "--afgerond", "2026-11-15")
    assert _open(losser, nummer) == {}


def test_wat_niet_is_afgevinkt_blijft_verlopen_staan(gtb):
    nummer = gtb.meld(
        naam="Jan de Vries", kanaal="balie", ernst="agressief", datum="2026-11-10", medewerker=["P. Jansen"]
    )
    gtb.ok("nazorg", nummer, "--hulpverlening", "2026-11-12")  # vinkt in Geertruidenberg geen punt af
    gesprek = _open(gtb, nummer)["gesprek medewerker"]
    assert gesprek["verlopen"] is True and gesprek["dagen"] == -12
    stand = gtb.ok("nazorg", nummer)
    assert "gesprek medewerker: VERLOPEN (uiterlijk 11-11-2026)" in stand and "hulpverlening: 12-11-2026" in stand
    # Een te laat gevoerd gesprek vinkt af, maar de stand zegt dat het te laat was.
    gtb.ok("nazorg", nummer, "--gesprek", "2026-11-13")
    assert "afgevinkt op 13-11-2026 (te laat)" in gtb.ok("nazorg", nummer)
    assert "gesprek medewerker" not in _open(gtb, nummer)


def test_zonder_opties_de_stand_en_zonder_medewerker_geen_punten(gtb):
    nummer = gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="agressief", datum="2026-11-10")
    data = gtb.json("nazorg", nummer)
    assert data == {
        "incident": nummer,
        "gesprek": None,
        "hulpverlening": None,
        "afgerond": None,
        "reactie": None,
        "punten": [],
    }
    assert "geen nazorg met een termijn" in gtb.ok("nazorg", nummer)


def test_datum_voor_het_incident_of_in_de_toekomst_geweigerd(gtb):
    nummer = gtb.meld(
        naam="Jan de Vries", kanaal="balie", ernst="agressief", datum="2026-11-10", medewerker=["P. Jansen"]
    )
    voor = gtb.momentopname()
    for optie, datum, melding in (
        ("--gesprek", "2026-11-09", "ligt vóór het incident"),
        ("--afgerond", "2099-01-01", "ligt in de toekomst"),
        ("--hulpverlening", "31-02-2026", "--hulpverlening"),
    ):
        uitkomst = gtb.run("nazorg", nummer, optie, datum)
        assert uitkomst.exit_code == 2 and optie in uitkomst.output and melding in uitkomst.output
        assert "Traceback" not in uitkomst.output
    # Een goede en een foute datum samen: niets vastgelegd.
    uitkomst = gtb.run("nazorg", nummer, "--gesprek", "2026-11-10", "--afgerond", "2026-11-01")
    assert uitkomst.exit_code == 2 and gtb.momentopname() == voor
    assert gtb.run("nazorg", "2026-9999").exit_code == 2


def test_afgerond_voor_het_gesprek_wordt_geweigerd(gtb):
    """De nazorg afronden vóór het gesprek dat erbij hoort, werd geaccepteerd (ook verdeeld over twee aanroepen)."""
    nummer = gtb.meld(
        naam="Jan de Vries", kanaal="balie", ernst="agressief", datum="2026-11-10", medewerker=["P. Jansen"]
    )
    gtb.ok("nazorg", nummer, "--gesprek", "2026-11-12")
    voor = gtb.momentopname()
    uitkomst = gtb.run("nazorg", nummer, "--afgerond", "2026-11-11")
    assert uitkomst.exit_code == 2 and "--afgerond" in uitkomst.output and "12-11-2026" in uitkomst.output
    assert gtb.momentopname() == voor
    assert gtb.json("nazorg", nummer, "--afgerond", "2026-11-20")["afgerond"] == "2026-11-20"
