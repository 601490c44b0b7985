"""Issue 6/7: de snelle kopie naast het register (register.xlsx.cache) en het bewaren van alleen de gewijzigde
rijen veranderen niets aan wat een gebruiker ziet. Het Excel-bestand blijft de bron: wie het met de hand wijzigt,
ziet dat meteen terug. (conftest.py controleert na elke test ook dat kopie en Excel-bestand precies overeenkomen.)"""

from __future__ import annotations

import zipfile

import openpyxl

from conftest import Gemeente


def _kopie(gtb: Gemeente):
    return gtb.map / "register.xlsx.cache"


def _kolom(gtb: Gemeente, kop: str) -> dict:
    """Per incident de waarde in een kolom van het blad Incidenten, zoals Excel het bestand leest."""
    blad = openpyxl.load_workbook(gtb.register)["Incidenten"]
    koppen = [c.value for c in blad[1]]
    return {r[0]: r[koppen.index(kop)] for r in blad.iter_rows(min_row=2, values_only=True)}


def _meld_drie(gtb: Gemeente) -> list[str]:
    return [
        gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="licht", datum="2026-11-02"),
        gtb.meld(naam="Kees Bakker", kanaal="telefoon", ernst="agressief", datum="2026-11-03"),
        gtb.meld(naam="Jan de Vries", kanaal="balie", ernst="agressief", datum="2026-11-10"),
    ]


def test_met_de_hand_gewijzigd_register_wordt_opnieuw_gelezen(gtb):
    nummers = _meld_drie(gtb)
    assert "Kees Bakker" in gtb.ok("lijst") and _kopie(gtb).exists()
    # Zoals Excel: het hele werkboek opnieuw opgeslagen, met een gewijzigde naam en afdeling.
    werkboek = openpyxl.load_workbook(gtb.register)
    personen = werkboek["Personen"]
    for rij in personen.iter_rows(min_row=2):
        if rij[1].value == "Kees Bakker":
            rij[1].value = "Kees Bakker-Smit"
    incidenten = werkboek["Incidenten"]
    kop = [c.value for c in incidenten[1]]
    incidenten.cell(row=3, column=kop.index("Afdeling") + 1, value="Publiekszaken")
    werkboek.save(gtb.register)

    assert gtb.json("historie", "Kees Bakker-Smit")["naam"] == "Kees Bakker-Smit"
    # Daarna schrijft agressie weer; de wijzigingen met de hand blijven staan.
    gtb.meld(naam="Anna Smit", kanaal="balie", ernst="licht", datum="2026-11-12")
    gtb.ok("aanvullen", nummers[0], "--afdeling", "Burgerzaken")
    afdelingen = _kolom(gtb, "Afdeling")
    assert (
        len(afdelingen) == 4 and afdelingen[nummers[1]] == "Publiekszaken" and afdelingen[nummers[0]] == "Burgerzaken"
    )
    with zipfile.ZipFile(gtb.register) as zf:
        assert b"<Application>agressie</Application>" in zf.read("docProps/app.xml")


def test_beschadigde_of_verouderde_kopie_wordt_genegeerd(gtb):
    _meld_drie(gtb)
    verwacht = gtb.ok("historie", "Jan de Vries")
    goed = _kopie(gtb).read_bytes()
    for kapot in (b"geen kopie", goed[: len(goed) - 40], goed[:20], b"\x00" * len(goed)):
        _kopie(gtb).write_bytes(kapot)
        assert gtb.ok("historie", "Jan de Vries") == verwacht
    # Een kopie van een andere versie van het register telt niet.
    _kopie(gtb).write_bytes(goed)
    gtb.meld(naam="Anna Smit", kanaal="balie", ernst="licht", datum="2026-11-12")
    _kopie(gtb).write_bytes(goed)
    assert "Anna Smit" in gtb.ok("lijst")


def test_zonder_kopie_als_die_niet_geschreven_kan_worden(gtb):
    _meld_drie(gtb)
    verwacht = gtb.ok("lijst")
    _kopie(gtb).unlink()
    _kopie(gtb).mkdir()  # bijvoorbeeld geen schrijfrechten: dan leest agressie gewoon het Excel-bestand
    assert gtb.ok("lijst") == verwacht
    gtb.meld(naam="Anna Smit", kanaal="balie", ernst="licht", datum="2026-11-12")
    assert "Anna Smit" in gtb.ok("lijst")


def test_veel_schrijfacties_na_elkaar_houden_alle_rijen_gelijk(gtb):
    """Bewaren vervangt alleen gewijzigde rijen en voegt nieuwe toe; na een reeks van elke soort schrijfactie
    staat er hetzelfde als wanneer alles opnieuw geschreven was (dat vergelijkt conftest.py byte voor byte)."""
    nummers = _meld_drie(gtb)
    gtb.ok("aanvullen", nummers[0], "--afdeling", "Burgerzaken", "--omschrijving", "=SOM(A1:A2) schreeuwde")
    gtb.ok(
        "aanvullen",
        nummers[1],
        "--adres",
        "Markt 1",
        "--postcode",
        "4941 AB",
        "--woonplaats",
        "Raamsdonksveer",
        "--tijd",
        "10:30",
        "--omschrijving",
        "Schold aan de telefoon.",
        "--brieftekst",
        "U schold aan de telefoon.",
    )
    gtb.json("brief", nummers[1], "--datum", "2026-11-04")
    gtb.ok("maatregel", nummers[2], "--soort", "aangifte")
    gtb.ok("afsluiten", nummers[0])
    rijen = {r["incident"]: r for r in gtb.json("lijst")}
    assert rijen[nummers[0]]["status"] == "afgehandeld" and rijen[nummers[1]]["status"] == "brief gemaakt"
    assert _kolom(gtb, "Afdeling")[nummers[0]] == "Burgerzaken"
    werkboek = openpyxl.load_workbook(gtb.register)
    omschrijvingen = [r[0] for r in werkboek["Incidenten"].iter_rows(min_row=2, values_only=True)]
    assert len(omschrijvingen) == 3
    kop = [c.value for c in werkboek["Incidenten"][1]]
    cel = werkboek["Incidenten"].cell(row=2, column=kop.index("Omschrijving") + 1)
    assert cel.value == "=SOM(A1:A2) schreeuwde" and cel.data_type == "s"  # tekst, geen formule
    assert len(list(werkboek["Maatregelen"].iter_rows(min_row=2))) == 2


def test_kopie_die_niet_bijgewerkt_kan_worden_blijft_niet_oud_staan(gtb, monkeypatch):
    """Na bijvoorbeeld opschonen mag er geen oude kopie met de oude gegevens achterblijven (AVG)."""
    from agressie_cli.opslag.excel import snelle_kopie as cache

    nummers = _meld_drie(gtb)
    gtb.ok("lijst")
    assert b"Kees Bakker" in _kopie(gtb).read_bytes()

    def schijf_vol(self, bestand, vinger):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cache.Kopie, "schrijf", schijf_vol)
    gtb.ok("aanvullen", nummers[1], "--afdeling", "Burgerzaken")
    assert not _kopie(gtb).exists()
    assert _kolom(gtb, "Afdeling")[nummers[1]] == "Burgerzaken"


def test_bestand_met_andere_opmaak_wordt_helemaal_opnieuw_geschreven(gtb):
    """Rijen worden alleen overgenomen uit een bestand met precies de opbouw die agressie schrijft. Hier: door een
    ander programma opgeslagen (gedeelde teksten, eigen stijlen), maar met 'agressie' nog als maker erin."""
    nummers = _meld_drie(gtb)
    gtb.ok("lijst")
    openpyxl.load_workbook(gtb.register).save(gtb.register)
    inhoud = {}
    with zipfile.ZipFile(gtb.register) as zf:
        for naam in zf.namelist():
            inhoud[naam] = zf.read(naam)
    inhoud["docProps/app.xml"] = b'<?xml version="1.0"?><Properties><Application>agressie</Application></Properties>'
    with zipfile.ZipFile(gtb.register, "w", zipfile.ZIP_DEFLATED) as zf:
        for naam, data in inhoud.items():
            zf.writestr(naam, data)
    gtb.ok("aanvullen", nummers[0], "--afdeling", "Burgerzaken")
    assert sorted(r["naam"] for r in gtb.json("lijst")) == ["Jan de Vries", "Jan de Vries", "Kees Bakker"]
    assert _kolom(gtb, "Afdeling")[nummers[0]] == "Burgerzaken"
