"""Issue 2.6: schade verhalen. De aansprakelijkstelling (Geertruidenberg 8, Losser 7) voor beide profielen, gelezen
zoals de ontvanger haar leest, en de zin over het verhalen van schade in de reactie van de Losser-burgemeester."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from agressie_cli.documenten.brieven.render import docx_tekst
from conftest import Gemeente

ADRES = dict(adres="Markt 12", postcode="4941 AB", woonplaats="Raamsdonksveer", tijd="10:30")
LOSSER = {"gedrag": "C", "aanhoudend": True}
GTB = {"ernst": "agressief"}


def _meld(g: Gemeente, klasse: dict, **extra) -> str:
    return g.meld(naam="Jan de Vries", kanaal="balie", datum="2026-11-17", **ADRES, **klasse, **extra)


def _brief(g: Gemeente, nummer: str, *args: str) -> tuple[dict, str]:
    data = g.json("brief", nummer, "--soort", "aansprakelijkstelling", "--datum", "2026-11-23", *args)
    tekst = docx_tekst(Path(data["bestand"]))
    assert "{{" not in tekst and "{%" not in tekst
    return data, tekst


@pytest.mark.parametrize(
    "gemeente, klasse, ik",
    [("gtb", GTB, "Ik stel u aansprakelijk"), ("losser", LOSSER, "Wij stellen u aansprakelijk")],
)
def test_aansprakelijkstelling_met_bedrag(request, gemeente, klasse, ik):
    g = request.getfixturevalue(gemeente)
    nummer = _meld(g, klasse, materiele_schade="balieruit gebroken", letsel="kneuzing pols")
    data, tekst = _brief(g, nummer, "--bedrag", "1.250,00")
    assert "Aansprakelijkstelling voor schade" in tekst
    assert ik in tekst
    assert "materiële schade: balieruit gebroken" in tekst
    assert "lichamelijk letsel van een medewerker" in tekst and "kneuzing pols" not in tekst  # geen medische details
    assert "De schade bedraagt € 1.250,00" in tekst
    assert "binnen 14 dagen" in tekst and "uiterlijk op 7 december 2026" in tekst
    assert "Stuur deze brief dan door naar uw verzekeraar" in tekst
    assert "Aangetekend en per gewone post" in tekst
    assert "17 november 2026 omstreeks 10.30 uur" in tekst
    assert "Huisregels" not in tekst and "met ons af" not in tekst  # de huisregels horen bij een brief over gedrag
    # Een maatregel zonder periode, naast het advies: geen afwijking, geen toelichting nodig.
    assert data["soort"] == "aansprakelijkstelling" and data["afwijking"] is False and data["toelichting"] is None
    assert data["einde"] is None and data["duur_maanden"] is None and data["onbepaald"] is False
    assert data["bedrag"] == "1250,00"


def test_aansprakelijkstelling_zonder_bedrag_zegt_dat_het_volgt(losser):
    nummer = _meld(losser, LOSSER, materiele_schade="deur beschadigd")
    data, tekst = _brief(losser, nummer)
    assert "De hoogte van de schade wordt nog vastgesteld" in tekst and "binnen 14 dagen" in tekst
    assert "De schade bedraagt" not in tekst and "€" not in tekst
    assert "bedrag" not in data


def test_betaaltermijn_en_rekening_uit_de_instellingen(gtb):
    toml = gtb.map / "agressie.toml"
    tekst = toml.read_text(encoding="utf-8")
    tekst = tekst.replace("[brieven]\n", '[brieven]\nrekening = "NL00BANK0123456789"\n', 1)
    tekst += "\n[profiel_aanpassingen]\nbetaaltermijn_dagen = 30\n"
    toml.write_text(tekst, encoding="utf-8")
    nummer = _meld(gtb, GTB, materiele_schade="stoel beschadigd")
    _, brief = _brief(gtb, nummer, "--bedrag", "150,5")
    assert "€ 150,50" in brief and "binnen 30 dagen" in brief and "uiterlijk op 23 december 2026" in brief
    assert "NL00BANK0123456789" in brief and "onder vermelding van kenmerk " + nummer in brief


def test_bedrag_in_het_register_en_geen_afwijking(gtb):
    nummer = _meld(gtb, GTB, materiele_schade="stoel beschadigd")
    _brief(gtb, nummer, "--bedrag", "150")
    blad = openpyxl.load_workbook(gtb.register)["Maatregelen"]
    koppen = [c.value for c in blad[1]]
    rij = dict(zip(koppen, [c.value for c in blad[2]], strict=True))
    assert rij["Soort"] == "aansprakelijkstelling" and rij["Bedrag (EUR)"] == "150,00"
    assert rij["Duur (maanden)"] in (None, "") and rij["Einde (t/m)"] in (None, "")
    assert rij["Afwijking van advies"] == "nee"
    # Het advies blijft staan: de waarschuwing komt ernaast en wijkt dan ook niet af.
    assert (
        gtb.json("brief", nummer, "--datum", "2026-11-23", "--soort", "waarschuwing", "--brieftekst", "U schold.")[
            "afwijking"
        ]
        is False
    )


@pytest.mark.parametrize("gemeente, klasse", [("gtb", GTB), ("losser", LOSSER)])
def test_geweigerd_zonder_schade(request, gemeente, klasse):
    g = request.getfixturevalue(gemeente)
    nummer = _meld(g, klasse, letsel="nee")
    voor = g.momentopname()
    uitkomst = g.run("brief", nummer, "--soort", "aansprakelijkstelling", "--datum", "2026-11-23")
    assert uitkomst.exit_code == 2
    assert "vermeldt geen schade" in uitkomst.output and "--materiele-schade" in uitkomst.output
    assert "Traceback" not in uitkomst.output
    assert g.momentopname() == voor and not list((g.map / "brieven").glob("*aansprakelijkstelling*"))
    uitkomst = g.run("maatregel", nummer, "--soort", "aansprakelijkstelling")
    assert uitkomst.exit_code == 2 and "vermeldt geen schade" in uitkomst.output


@pytest.mark.parametrize("tekst", ["geen schade", "Nee.", "onbekend", "Geen letsel", "n.v.t."])
def test_wat_geen_schade_zegt_is_geen_schade(gtb, tekst):
    """'geen schade' liet de aansprakelijkstelling door: "materiële schade: geen schade ... Ik stel u aansprakelijk"."""
    nummer = _meld(gtb, GTB, materiele_schade=tekst, letsel=tekst)
    uitkomst = gtb.run("brief", nummer, "--soort", "aansprakelijkstelling", "--datum", "2026-11-23")
    assert uitkomst.exit_code == 2 and "vermeldt geen schade" in uitkomst.output


@pytest.mark.parametrize(
    "bedrag, melding",
    [
        ("150.50", "Gebruik een komma voor de centen"),
        ("twaalf", "is geen bedrag"),
        ("1,2,3", "is geen bedrag"),
        ("0", "groter dan nul"),
        ("-5", "is geen bedrag"),
        ("12.34.5", "is geen bedrag"),
    ],
)
def test_bedrag_dat_niet_te_lezen_is(gtb, bedrag, melding):
    nummer = _meld(gtb, GTB, materiele_schade="stoel beschadigd")
    voor = gtb.momentopname()
    uitkomst = gtb.run("brief", nummer, "--soort", "aansprakelijkstelling", "--bedrag", bedrag)
    assert uitkomst.exit_code == 2 and "--bedrag" in uitkomst.output and melding in uitkomst.output
    assert gtb.momentopname() == voor


def test_bedrag_alleen_bij_aansprakelijkstelling(gtb):
    nummer = _meld(gtb, GTB, materiele_schade="stoel beschadigd")
    for soort in (["--soort", "waarschuwing"], []):
        uitkomst = gtb.run("brief", nummer, *soort, "--bedrag", "150")
        assert uitkomst.exit_code == 2 and "--bedrag hoort alleen bij --soort aansprakelijkstelling" in uitkomst.output


def _losser_met_burgemeester(losser: Gemeente) -> None:
    toml = losser.map / "agressie.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8").replace('naam = ""\n\n[brieven]', 'naam = "C.J.G.M. Roosendaal"\n\n[brieven]'),
        encoding="utf-8",
    )


def test_losser_ambtsdrager_reactie_burgemeester_noemt_het_verhalen_van_schade(losser):
    """Losser: "De materiële en/of immateriële [schade] wordt verhaald op de inwoner. De burgemeester geeft dit aan in
    zijn reactie naar de inwoner." """
    _losser_met_burgemeester(losser)
    met = _meld(
        losser,
        LOSSER,
        politiek_ambtsdrager=True,
        medewerker=["A. Bos"],
        materiele_schade="ruit van de auto ingeslagen",
        brieftekst="U schold de wethouder uit.",
    )
    data = losser.json("brief", met, "--datum", "2026-11-18")
    tekst = docx_tekst(Path(data["bestand"]))
    assert "burgemeester van Losser" in tekst
    assert "De materiële schade die door uw gedrag is ontstaan, verhalen wij op u." in tekst
    # De brief noemt wat het register zegt: het gedrag was tegen een politiek ambtsdrager, niet tegen een medewerker.
    assert "in contact met een politiek ambtsdrager van de gemeente Losser" in tekst
    assert "medewerker van de gemeente" not in tekst
    beide = _meld(
        losser,
        LOSSER,
        politiek_ambtsdrager=True,
        materiele_schade="jas gescheurd",
        psychisch="slaapt slecht",
        brieftekst="U schold de wethouder uit.",
    )
    tekst = docx_tekst(Path(losser.json("brief", beide, "--datum", "2026-11-18")["bestand"]))
    assert "De materiële en immateriële schade die door uw gedrag is ontstaan, verhalen wij op u." in tekst


def test_losser_geen_schadezin_zonder_schade_of_zonder_ambtsdrager(losser):
    _losser_met_burgemeester(losser)
    zonder_schade = _meld(losser, LOSSER, politiek_ambtsdrager=True, brieftekst="U schold de wethouder uit.")
    tekst = docx_tekst(Path(losser.json("brief", zonder_schade, "--datum", "2026-11-18")["bestand"]))
    assert "verhalen wij op u" not in tekst and "burgemeester van Losser" in tekst
    medewerker = _meld(losser, LOSSER, materiele_schade="deur beschadigd", brieftekst="U schold de medewerker uit.")
    tekst = docx_tekst(Path(losser.json("brief", medewerker, "--datum", "2026-11-18")["bestand"]))
    assert "verhalen wij op u" not in tekst


def test_aansprakelijkstelling_besluit_de_maatregel_niet(gtb):
    """Ze komt naast het advies: het incident wacht daarna nog op zijn maatregel, binnen een week."""
    nummer = _meld(gtb, GTB, materiele_schade="stoel beschadigd")
    status = gtb.json("lijst")[0]["status"]
    _brief(gtb, nummer, "--bedrag", "150")
    assert gtb.json("lijst")[0]["status"] == status
    termijnen = gtb.json("termijnen", "--peildatum", "2026-11-23")
    assert ("maatregel", nummer) in [(t["soort"], t["incident"]) for t in termijnen]
    assert gtb.json("brief", nummer, "--datum", "2026-11-23", "--brieftekst", "U schold.")["soort"] == "waarschuwing"
    assert gtb.json("lijst")[0]["status"] == "brief gemaakt"


def test_losser_aansprakelijkstelling_is_niet_de_reactie_van_de_burgemeester(losser):
    _losser_met_burgemeester(losser)
    nummer = _meld(losser, LOSSER, politiek_ambtsdrager=True, materiele_schade="jas gescheurd")
    _brief(losser, nummer, "--bedrag", "80")

    def reactie_open() -> bool:
        termijnen = losser.json("termijnen", "--peildatum", "2026-11-23")
        return ("reactie burgemeester", nummer) in [(t["soort"], t["incident"]) for t in termijnen]

    assert reactie_open()
    losser.ok("brief", nummer, "--datum", "2026-11-23", "--brieftekst", "U schold de wethouder uit.")
    assert not reactie_open()


def test_na_een_aansprakelijkstelling_telt_de_week_voor_de_eerste_maatregel_nog(gtb):
    nummer = gtb.meld(
        naam="Jan de Vries", kanaal="balie", ernst="agressief", datum="2026-11-02", materiele_schade="stoel", **ADRES
    )
    gtb.json("brief", nummer, "--soort", "aansprakelijkstelling", "--datum", "2026-11-05")
    waarschuwing = gtb.json("brief", nummer, "--datum", "2026-11-20", "--brieftekst", "U schold.")
    assert waarschuwing["soort"] == "waarschuwing" and waarschuwing["te_laat"] is True


def test_zonder_postadres_geen_brief_met_een_leeg_briefhoofd(gtb):
    """Zonder [postadres] maakte agressie een brief met ', |' in het briefhoofd en 'Schrijf dan naar , of ...'."""
    toml = gtb.map / "agressie.toml"
    tekst = toml.read_text(encoding="utf-8")
    begin = tekst.index("[postadres]")
    eind = tekst.index("\n[", begin + 1)
    toml.write_text(tekst[:begin] + tekst[eind + 1 :], encoding="utf-8")
    nummer = _meld(gtb, GTB, materiele_schade="stoel beschadigd")
    uitkomst = gtb.run("brief", nummer, "--soort", "aansprakelijkstelling", "--datum", "2026-11-23")
    assert uitkomst.exit_code == 2 and "[postadres]" in uitkomst.output
    assert not list((gtb.map / "brieven").glob("*.docx"))


def test_aansprakelijkstelling_vraagt_om_verzenden_en_is_niet_de_tijdige_reactie(gtb):
    """Review: een aansprakelijkstelling kreeg nooit de herinnering 'brief versturen', en het rapport telde haar (en een
    aangifte) als de maatregel binnen een week."""
    nummer = gtb.meld(naam="Jan de Vries", kanaal="balie", datum="2026-11-02", materiele_schade="stoel", **ADRES, **GTB)
    gtb.json("brief", nummer, "--soort", "aansprakelijkstelling", "--datum", "2026-11-04")
    soorten = [t["soort"] for t in gtb.json("termijnen", "--peildatum", "2026-11-12") if t["incident"] == nummer]
    assert "brief versturen" in soorten
    cijfers = gtb.json("rapport", "--kwartaal", "2026-Q4")
    assert cijfers["te_laat"] == 1  # de maatregel zelf is er nog niet; de week is om
