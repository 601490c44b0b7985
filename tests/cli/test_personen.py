"""Issue 2.4: dezelfde persoon alleen bij dezelfde volledige naam; wat erop lijkt wordt gevraagd, nooit geraden.
En de coördinator beantwoordt die vraag met `samenvoegen --in` of `--niet`."""

from __future__ import annotations

import openpyxl
import pytest


def _meld(g, naam: str, ernst: str = "licht", **extra) -> dict:
    return g.json("melden", "--naam", naam, "--kanaal", "balie", "--ernst", ernst, *_opties(extra))


def _opties(extra: dict) -> list[str]:
    return [a for k, v in extra.items() for a in (f"--{k}", v)]


@pytest.mark.parametrize(
    "eerste, tweede",
    [
        ("Jan de Vries", "Jan van Vries"),  # een ander tussenvoegsel is een andere naam
        ("Kees van Dijk", "Kees van Dyk"),  # ij/y
        ("Ans Lansink-Nijhuis", "Ans Lansink"),  # één deel van een dubbele achternaam
        ("Ans Lansink-Nijhuis", "Ans Nijhuis"),
        ("Pieter Jansen", "P. Jansen"),  # voorletter
        ("Marieke Bakker", "Marieke Baker"),  # één tikfout
    ],
)
def test_lijkende_naam_wordt_nieuwe_persoon_met_de_vraag(gtb, eerste, tweede):
    _meld(gtb, eerste)
    tweede_melding = _meld(gtb, tweede)
    assert tweede_melding["persoon"] == "P0002" and tweede_melding["nieuw_persoon"] is True
    assert tweede_melding["bedoelt_u"] == [{"persoon": "P0001", "naam": eerste}]


@pytest.mark.parametrize(
    "eerste, tweede",
    [
        ("Jan de Vries", "De Vries, Jan"),  # achternaam eerst
        ("Jan de Vries", "jan  DE vries"),  # hoofdletters en spaties
        ("José Müller", "Jose Muller"),  # accenten
        ("Ans Lansink-Nijhuis", "Ans Lansink - Nijhuis"),  # leestekens
    ],
)
def test_zelfde_volledige_naam_is_dezelfde_persoon(gtb, eerste, tweede):
    _meld(gtb, eerste)
    tweede_melding = _meld(gtb, tweede)
    assert tweede_melding["persoon"] == "P0001" and tweede_melding["nieuw_persoon"] is False
    assert tweede_melding["bedoelt_u"] == []


def test_tegenstrijdige_geboortedatum_is_een_ander(gtb):
    _meld(gtb, "Jan de Vries", geboortedatum="1980-01-01")
    tweede = _meld(gtb, "Jan de Vries", geboortedatum="1990-05-05")
    assert tweede["persoon"] == "P0002" and tweede["bedoelt_u"] == [{"persoon": "P0001", "naam": "Jan de Vries"}]


def test_advies_en_brief_herhalen_de_vraag_tot_ze_beantwoord_is(gtb):
    _meld(gtb, "Jan de Vries")
    nummer = _meld(gtb, "Jan van Vries", adres="Markt 12", postcode="4941 AB", woonplaats="Raamsdonksveer")["incident"]
    assert gtb.json("advies", nummer)["bedoelt_u"] == [{"persoon": "P0001", "naam": "Jan de Vries"}]
    tekst = gtb.run("advies", nummer).output
    assert "Let op: bedoelt u P0001 Jan de Vries?" in tekst
    assert "agressie samenvoegen P0002 --in P0001" in tekst and "agressie samenvoegen P0002 --niet P0001" in tekst
    # De vraag staat ook bij de ander: ook daar telt de geschiedenis van P0002 niet mee.
    assert gtb.json("advies", "2026-0001")["bedoelt_u"] == [{"persoon": "P0002", "naam": "Jan van Vries"}]

    assert gtb.json("samenvoegen", "P0002", "--niet", "P0001") == {"persoon": "P0002", "niet_dezelfde": "P0001"}
    assert gtb.json("advies", nummer)["bedoelt_u"] == []
    assert gtb.json("advies", "2026-0001")["bedoelt_u"] == []
    assert "bedoelt u" not in gtb.run("advies", nummer).output
    # Een nieuwe melding van 'Jan van Vries' gaat naar P0002, zonder vraag.
    opnieuw = _meld(gtb, "Jan van Vries")
    assert opnieuw["persoon"] == "P0002" and opnieuw["bedoelt_u"] == []


def _meld_voor_brief(g, naam: str) -> str:
    adres = {"adres": "Markt 12", "postcode": "4941 AB", "woonplaats": "Raamsdonksveer", "tijd": "10:30"}
    return _meld(g, naam, "agressief", **adres)["incident"]


def test_brief_herhaalt_de_vraag(gtb):
    _meld(gtb, "Jan de Vries")
    nummer = _meld_voor_brief(gtb, "Jan van Vries")
    uitkomst = gtb.run("brief", nummer, "--brieftekst", "U schreeuwde tegen de medewerker.")
    assert uitkomst.exit_code == 0, uitkomst.output
    assert "Let op: bedoelt u P0001 Jan de Vries?" in uitkomst.output
    gtb.ok("intrekken", nummer, "--reden", "opnieuw voor de test")
    nummer = _meld_voor_brief(gtb, "Jan van Vries")
    brief = gtb.json("brief", nummer, "--brieftekst", "U schreeuwde tegen de medewerker.")
    assert brief["bedoelt_u"] == [{"persoon": "P0001", "naam": "Jan de Vries"}]


def test_samenvoegen_verplaatst_vult_aan_en_overschrijft_niet(gtb):
    _meld(gtb, "Jan de Vries", adres="Markt 12", postcode="4941 AB", woonplaats="Raamsdonksveer")
    _meld(gtb, "J. de Vries", geboortedatum="1980-01-01", adres="Kerkstraat 1", telefoon="0612345678")
    uitkomst = gtb.json("samenvoegen", "P0002", "--in", "P0001")
    assert uitkomst["persoon"] == "P0001" and uitkomst["verwijderd"] == "P0002"
    assert uitkomst["incidenten"] == ["2026-0002"]
    assert "geboortedatum" in uitkomst["aangevuld"] and "adres" not in uitkomst["aangevuld"]
    assert uitkomst["niet_overgenomen"] == ["adres"]  # Kerkstraat 1: gezegd, niet stil weggegooid
    historie = gtb.json("historie", "P0001")
    assert [i["incident"] for i in historie["incidenten"]] == ["2026-0002", "2026-0001"]
    assert historie["geboortedatum"] == "1980-01-01"
    assert [r["persoon"] for r in gtb.json("lijst")] == ["P0001", "P0001"]
    # P0002 is opgegaan in P0001: wie P0002 opzoekt, krijgt P0001 met die uitleg.
    assert "P0002 is samengevoegd in P0001" in gtb.ok("historie", "P0002")
    logboek = (gtb.map / "logboek.csv").read_text(encoding="utf-8-sig")
    assert "samenvoegen;P0002 P0001" in logboek and "Vries" not in logboek  # geen namen in het logboek (AVG)


def test_een_samengevoegd_nummer_wordt_nooit_opnieuw_uitgegeven(gtb):
    """2.5: samenvoegen en aanvullen --persoon verwijderden de rij; was dat het hoogste nummer, dan kreeg de volgende
    nieuwe persoon hetzelfde nummer en wees 'samenvoegen P0002 P0001' in het logboek naar iemand anders."""
    _meld(gtb, "Jan de Vries")
    _meld(gtb, "J. de Vries", adres="Kerkstraat 1")
    gtb.json("samenvoegen", "P0002", "--in", "P0001")
    assert gtb.json("melden", "--naam", "Karin Bos", "--kanaal", "balie", "--ernst", "licht")["persoon"] == "P0003"
    nummer = gtb.json("melden", "--naam", "Per Vergissing", "--kanaal", "balie", "--ernst", "licht")["incident"]
    assert gtb.json("aanvullen", nummer, "--persoon", "P0003")["persoon_verwijderd"] == "P0004"
    assert gtb.json("melden", "--naam", "Piet Jansen", "--kanaal", "balie", "--ernst", "licht")["persoon"] == "P0005"
    blad = openpyxl.load_workbook(gtb.register)["Personen"]
    koppen = [c.value for c in blad[1]]
    rijen = {r[0]: dict(zip(koppen, r, strict=True)) for r in blad.iter_rows(min_row=2, values_only=True) if r[0]}
    assert rijen["P0002"]["Samengevoegd in"] == "P0001" and rijen["P0002"]["Naam"] is None
    assert rijen["P0002"]["Adres"] is None  # geen tweede kaart met persoonsgegevens
    assert rijen["P0004"]["Samengevoegd in"] == "P0003" and rijen["P0004"]["Naam"] is None
    assert [r["persoon"] for r in gtb.json("lijst")] == ["P0001", "P0001", "P0003", "P0003", "P0005"]
    nieuw = gtb.run("melden", "--naam", "Per Vergissing", "--kanaal", "balie", "--ernst", "licht")
    assert nieuw.exit_code == 0 and "P0004" not in nieuw.output  # een lege rij wordt nooit iemands kaart
    assert gtb.json("opschonen", "--peildatum", "2026-11-23")["personen"] == []  # lege rijen zijn geen kandidaat


def test_samenvoegen_weigert_onzin_en_laat_het_register_heel(gtb):
    _meld(gtb, "Jan de Vries")
    _meld(gtb, "Jan van Vries")
    voor = gtb.momentopname()
    for args in (
        ("P0002",),  # --in noch --niet
        ("P0002", "--in", "P0001", "--niet", "P0001"),
        ("P0002", "--in", "P0009"),  # onbekend
        ("P0002", "--in", "P0002"),  # zichzelf
        ("P0002", "--niet", "P0002"),
    ):
        uitkomst = gtb.run("samenvoegen", *args)
        assert uitkomst.exit_code == 2, (args, uitkomst.output)
        assert uitkomst.output.startswith("Fout:") and "Traceback" not in uitkomst.output
    assert gtb.momentopname() == voor


def test_aanvullen_persoon_verwijdert_de_lege_kaart(gtb):
    """De README: na `aanvullen --persoon` vindt `historie "de Vries"` één persoon."""
    _meld(gtb, "Jan de Vries")
    nummer = _meld(gtb, "J. de Vries")["incident"]
    uitkomst = gtb.json("aanvullen", nummer, "--persoon", "P0001")
    assert uitkomst["persoon"] == "P0001" and uitkomst["persoon_verwijderd"] == "P0002"
    historie = gtb.json("historie", "de Vries")
    assert historie["persoon"] == "P0001" and len(historie["incidenten"]) == 2
    # Een persoon die nog een ander incident heeft, blijft.
    kees = _meld(gtb, "Kees Dijk")["persoon"]
    tweede = _meld(gtb, "Kees Dijk")["incident"]
    assert gtb.json("aanvullen", tweede, "--persoon", "P0001")["persoon_verwijderd"] is None
    assert gtb.json("historie", "Kees Dijk")["persoon"] == kees and kees != "P0001"


@pytest.mark.parametrize("naam", ["...", ",", "-", " ' "])
def test_alleen_leestekens_is_geen_naam(gtb, naam):
    uitkomst = gtb.run("melden", "--naam", naam, "--kanaal", "balie", "--ernst", "licht")
    assert uitkomst.exit_code == 2 and "--naam: de naam is leeg" in uitkomst.output


def test_samenvoegen_noemt_het_argument_dat_niet_bestaat(gtb):
    _meld(gtb, "Jan de Vries")
    fout = gtb.run("samenvoegen", "P0099", "--in", "P0001")
    assert fout.exit_code == 2 and "PERSOON: persoon 'P0099'" in fout.output and "--persoon" not in fout.output
    fout = gtb.run("samenvoegen", "P0001", "--in", "P0099")
    assert fout.exit_code == 2 and "--in: persoon 'P0099'" in fout.output


def test_samenvoegen_na_niet_zegt_het(gtb):
    _meld(gtb, "Jan de Vries")
    _meld(gtb, "Jan van Vries")
    gtb.ok("samenvoegen", "P0002", "--niet", "P0001")
    uitkomst = gtb.json("samenvoegen", "P0002", "--in", "P0001")
    assert uitkomst["was_niet_dezelfde"] is True
    assert gtb.json("advies", "2026-0001")["bedoelt_u"] == []


def test_twee_naamgenoten_en_geen_geboortedatum_dan_raadt_agressie_niet(gtb):
    """Twee mensen met dezelfde naam, gescheiden door hun geboortedatum: een melding zonder geboortedatum kwam stil
    bij de eerste terecht, met de ladder van de verkeerde persoon als gevolg. Nu: de vraag wie het is."""
    _meld(gtb, "Jan de Vries", geboortedatum="1980-01-01")
    _meld(gtb, "Jan de Vries", geboortedatum="1992-05-05")
    voor = gtb.momentopname()
    fout = gtb.run("melden", "--naam", "Jan de Vries", "--kanaal", "balie", "--ernst", "licht")
    assert fout.exit_code == 2 and "P0001, P0002" in fout.output and "--geboortedatum" in fout.output
    assert "1980" not in fout.output and gtb.momentopname() == voor
    tweede = ["--naam", "Jan de Vries", "--kanaal", "balie", "--ernst", "licht", "--geboortedatum", "1992-05-05"]
    assert gtb.json("melden", *tweede)["persoon"] == "P0002"
    assert gtb.json("melden", "--persoon", "P0001", "--kanaal", "balie", "--ernst", "licht")["persoon"] == "P0001"


@pytest.mark.parametrize("apostrof", ["\u2019", "\u2018", "\u02bc", "`", "\u00b4"])
def test_een_kromme_apostrof_uit_word_is_dezelfde_naam(gtb, apostrof):
    """Word en Outlook maken van ' een kromme apostrof; "d’Souza" uit een e-mail werd een nieuwe persoon."""
    _meld(gtb, "Priya D'Souza")
    assert (
        gtb.json("melden", "--naam", f"Priya D{apostrof}Souza", "--kanaal", "balie", "--ernst", "licht")["persoon"]
        == "P0001"
    )


def test_aanvullen_met_een_samengevoegd_nummer_van_dezelfde_persoon_wijzigt_niets(gtb):
    """Review: `aanvullen --persoon P0002` (opgegaan in P0001) bij een incident van P0001 schreef 'P0001 -> P0001' en
    gebruikte een reservekopie."""
    _meld(gtb, "Jan de Vries")
    tweede = _meld(gtb, "J. de Vries")["incident"]
    gtb.json("samenvoegen", "P0002", "--in", "P0001")
    voor = gtb.register.read_bytes()
    bestand_voor = gtb.register.stat()
    uitkomst = gtb.run("aanvullen", tweede, "--persoon", "P0002")
    assert uitkomst.exit_code == 0 and "P0001 -> P0001" not in uitkomst.output
    assert gtb.register.read_bytes() == voor
    # Niet opnieuw bewaard (ook niet met dezelfde inhoud): een nieuw bestand heeft een ander inode of een andere
    # tijd; zo faalt de test ook als het opnieuw bewaren in dezelfde seconde valt (de zip-tijd is per twee seconden).
    bestand_na = gtb.register.stat()
    assert (bestand_na.st_ino, bestand_na.st_mtime_ns) == (bestand_voor.st_ino, bestand_voor.st_mtime_ns)


def test_samenvoegen_van_een_geanonimiseerde_persoon_anonimiseert_de_ander_niet(gtb):
    """Review: 'Aangevuld bij P0003: geanonimiseerd'; P0003 werd daarna door melden niet meer gevonden."""
    gtb.meld(naam="Oud Persoon", kanaal="balie", ernst="licht", datum="2020-03-01")
    gtb.json("opschonen", "--peildatum", "2026-11-23", "--uitvoeren")
    _meld(gtb, "Piet Bos")
    uitkomst = gtb.json("samenvoegen", "P0001", "--in", "P0002")
    assert "geanonimiseerd" not in uitkomst["aangevuld"]
    assert gtb.json("melden", "--naam", "Piet Bos", "--kanaal", "balie", "--ernst", "licht")["persoon"] == "P0002"
