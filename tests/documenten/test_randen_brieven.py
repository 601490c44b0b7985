"""Issue 3.1, "Letters tell the history that justifies them": de randen van de brieven. Elke test noemt de zin uit
het protocol (../shared/protocollen/) die hij volgt. Door de CLI, met het register in het geheugen; de brieven worden
teruggelezen met python-docx."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from agressie_cli.documenten.brieven.render import docx_tekst
from conftest import ADRES, REDEN, VOLLEDIG, Gemeente, maak_gemeente, meld_args, zet_contactpersoon

NAAM = "Jan de Vries"


@pytest.fixture
def gtb(tmp_path) -> Gemeente:
    return maak_gemeente(tmp_path, "geertruidenberg", geheugen=True)


@pytest.fixture
def losser(tmp_path) -> Gemeente:
    return maak_gemeente(tmp_path, "losser", geheugen=True)


def _brief(g: Gemeente, nummer: str, datum: str, *args: str) -> tuple[dict, str]:
    data = g.json("brief", nummer, "--datum", datum, *args)
    tekst = docx_tekst(Path(data["bestand"]))
    assert "{{" not in tekst and "{%" not in tekst
    return data, tekst


def _xml(data: dict) -> str:
    with zipfile.ZipFile(data["bestand"]) as z:
        return z.read("word/document.xml").decode("utf-8")


# --- 1. de eerdere maatregelen (Geertruidenberg bijlagen 7 en 8) ------------------------------------------------


def test_ontzegging_noemt_waarschuwing_en_ordegesprek_met_afspraken(gtb):
    """Bijlagen 7 en 8: "Als er een ordegesprek is geweest, hiernaar verwijzen en aangeven wat tijdens het gesprek is
    afgesproken. Ook aangeven dat ... zich niet aan deze afspraken heeft gehouden." """
    eerste = gtb.meld(naam=NAAM, kanaal="balie", ernst="agressief", datum="2026-09-01", tijd="10:00", **VOLLEDIG)
    assert _brief(gtb, eerste, "2026-09-02")[0]["soort"] == "waarschuwing"
    tweede = gtb.meld(naam=NAAM, kanaal="balie", ernst="agressief", datum="2026-09-20", tijd="10:00", **VOLLEDIG)
    data, _ = _brief(gtb, tweede, "2026-09-21", "--gesprek-datum", "2026-09-28", "--gesprek-tijd", "10:00")
    assert data["soort"] == "ordegesprek"
    _, bevestiging = _brief(
        gtb,
        tweede,
        "2026-09-29",
        "--soort",
        "ordegesprek-bevestiging",
        "--afspraak",
        "U spreekt medewerkers rustig aan.",
        "--afspraak",
        "U maakt een afspraak voor u langskomt.",
    )
    assert "U spreekt medewerkers rustig aan." in bevestiging
    derde = gtb.meld(naam=NAAM, kanaal="balie", ernst="agressief", datum="2026-10-12", tijd="11:00", **VOLLEDIG)
    data, tekst = _brief(gtb, derde, "2026-10-13", "--soort", "toegangsverbod", "--duur", "3", *REDEN)
    assert data["soort"] == "toegangsverbod"
    assert "Op 2 september 2026 heeft u een schriftelijke waarschuwing van ons gekregen." in tekst
    assert (
        "Op 28 september 2026 heeft u met ons een ordegesprek gehad. Tijdens dat gesprek zijn met u de volgende "
        "afspraken gemaakt:" in tekst
    )
    assert "U spreekt medewerkers rustig aan." in tekst and "U maakt een afspraak voor u langskomt." in tekst
    assert "U heeft zich niet aan deze afspraken gehouden." in tekst
    # de volgorde van bijlage 7: motivering, geregistreerd, dan het ordegesprek, dan het vervolg
    assert (
        tekst.index("Uw gedrag is door ons geregistreerd")
        < tekst.index("ordegesprek gehad")
        < tekst.index("zich niet aan deze afspraken")
        < tekst.index("Vervolg")
    )


def test_ordegesprek_noemt_de_eerdere_waarschuwing(gtb):
    """domein.md: "Letters name the earlier measures that count"; 6.3: een ordegesprek bij "meerdere malen ongewenst
    gedrag"."""
    eerste = gtb.meld(naam=NAAM, kanaal="balie", ernst="agressief", datum="2026-09-01", tijd="10:00", **VOLLEDIG)
    _brief(gtb, eerste, "2026-09-02")
    tweede = gtb.meld(naam=NAAM, kanaal="balie", ernst="agressief", datum="2026-09-20", tijd="10:00", **VOLLEDIG)
    data, tekst = _brief(gtb, tweede, "2026-09-21", "--gesprek-datum", "2026-09-28", "--gesprek-tijd", "10:00")
    assert data["soort"] == "ordegesprek"
    assert "Op 2 september 2026 heeft u een schriftelijke waarschuwing van ons gekregen." in tekst


@pytest.mark.parametrize("profiel", ["geertruidenberg", "losser"])
def test_tweede_waarschuwing_zegt_dat_het_de_tweede_is(tmp_path, profiel):
    """Bijlage 4 (Geertruidenberg) en Losser 5.1: een waarschuwing; 3.1: "a second warning says it is a second one"."""
    g = maak_gemeente(tmp_path, profiel, geheugen=True)
    klasse = {"ernst": "agressief"} if profiel == "geertruidenberg" else {"gedrag": "C", "aanhoudend": True}
    eerste = g.meld(naam=NAAM, kanaal="balie", datum="2026-09-01", tijd="10:00", **klasse, **VOLLEDIG)
    _, tekst = _brief(g, eerste, "2026-09-02", "--soort", "waarschuwing")
    assert "tweede" not in tekst and "waarschuwing van ons gekregen" not in tekst
    tweede = g.meld(naam=NAAM, kanaal="balie", datum="2026-10-01", tijd="10:00", **klasse, **VOLLEDIG)
    data, tekst = _brief(g, tweede, "2026-10-02", "--soort", "waarschuwing", *REDEN)
    assert data["soort"] == "waarschuwing"
    assert "Dit is de tweede schriftelijke waarschuwing die u van ons krijgt." in tekst
    if profiel == "geertruidenberg":
        assert "Op 2 september 2026 heeft u een schriftelijke waarschuwing van ons gekregen." in tekst


# --- 2. na een overtreding: het overtreden verbod --------------------------------------------------------------


def _verbod(g: Gemeente, datum: str, duur: str, kanaal: str = "balie", **klasse) -> str:
    nummer = g.meld(naam=NAAM, kanaal=kanaal, datum=datum, tijd="09:00", **klasse, **VOLLEDIG)
    g.ok("maatregel", nummer, "--soort", "toegangsverbod", "--duur", duur, "--datum", datum, *REDEN)
    return nummer


def test_zwaardere_ontzegging_noemt_het_overtreden_verbod(gtb):
    """6.7: "In principe wordt automatisch gekozen voor het inzetten van een zwaardere maatregel. Daarnaast kan sprake
    zijn van lokaalvredebreuk op het moment dat iemand zich niet houdt aan een ontzegging en toch het gemeentehuis
    betreedt." De nieuwe ontzegging noemt het overtreden verbod (soort, ingang, tot en met), de overtreding en dat
    hij het oude vervangt."""
    _verbod(gtb, "2026-10-02", "3", ernst="strafbaar")
    nummer = gtb.meld(naam=NAAM, kanaal="balie", ernst="licht", datum="2026-11-17", tijd="14:05", **VOLLEDIG)
    data, tekst = _brief(gtb, nummer, "2026-11-18", "--soort", "toegangsverbod", "--duur", "6")
    assert data["soort"] == "toegangsverbod" and data["afwijking"] is False
    assert (
        "Op 2 oktober 2026 heeft u een toegangsverbod voor het gemeentehuis te Raamsdonksveer gekregen, met ingang van "
        "2 oktober 2026 tot en met 1 januari 2027. Ondanks dit verbod heeft u op 17 november 2026 omstreeks 14.05 uur "
        "toch het gemeentehuis te Raamsdonksveer betreden." in tekst
    )
    assert "Die vervangt het verbod dat u had." in tekst


def test_losser_verbod_na_overtreding_noemt_de_overtreding_niet_de_waarschuwing(losser):
    """Losser 5.2, "Wat doen we als de inwoner het toegangsverbod niet nakomt? De persoon is op dat moment in
    overtreding." De grond van het nieuwe verbod is de overtreding, niet de eerdere waarschuwing."""
    eerste = losser.meld(
        naam=NAAM, kanaal="balie", gedrag="C", aanhoudend=True, datum="2026-09-01", tijd="10:00", **VOLLEDIG
    )
    _brief(losser, eerste, "2026-09-02")
    tweede = losser.meld(
        naam=NAAM, kanaal="balie", gedrag="C", aanhoudend=True, datum="2026-09-20", tijd="10:00", **VOLLEDIG
    )
    data, tekst = _brief(losser, tweede, "2026-09-21", "--duur", "3", *REDEN)  # 3.4: waarom deze duur
    assert data["soort"] == "toegangsverbod" and "Op 2 september 2026 heeft u al een waarschuwing" in tekst
    derde = losser.meld(
        naam=NAAM, kanaal="balie", gedrag="C", aanhoudend=True, datum="2026-10-12", tijd="15:20", **VOLLEDIG
    )
    data, tekst = _brief(losser, derde, "2026-10-13", "--duur", "6", *REDEN)
    assert data["soort"] == "toegangsverbod"
    assert "waarschuwing van ons gekregen" not in tekst
    assert (
        "Op 21 september 2026 heeft u een toegangsverbod voor het stadhuis van Losser gekregen, met ingang van "
        "21 september 2026 tot en met 20 december 2026. Ondanks dit verbod heeft u op 12 oktober 2026 omstreeks "
        "15.20 uur toch het stadhuis van Losser betreden." in tekst
    )


def test_niet_nakomen_noemt_het_zwaarste_lopende_verbod(gtb):
    """Bijlage 9: "Vanwege uw gedrag heeft u een toegangsverbod gekregen voor het gemeentehuis te Raamsdonksveer. Dit
    verbod geldt tot en met *datum*." Lopen er twee, dan het zwaarste en zijn einde (domein.md: "with several bans
    running, a breach breaches the heaviest")."""
    _verbod(gtb, "2026-10-02", "3", ernst="strafbaar")  # tot en met 1 januari 2027
    _verbod(gtb, "2026-10-20", "6", kanaal="telefoon", ernst="strafbaar")  # tot en met 19 april 2027
    nummer = gtb.meld(naam=NAAM, kanaal="balie", ernst="licht", datum="2026-11-17", tijd="14:05", **VOLLEDIG)
    advies = gtb.json("advies", nummer)
    assert advies["soort"] == "niet-nakomen" and advies["overtreding"] == "M00002"
    data, tekst = _brief(gtb, nummer, "2026-11-18")
    assert data["soort"] == "niet-nakomen"
    assert "Dit verbod geldt tot en met 19 april 2027." in tekst and "1 januari 2027" not in tekst


# --- 3. de eigen procedure van elk profiel ---------------------------------------------------------------------


@pytest.mark.parametrize(("soort", "duur"), [("toegangsverbod", "3"), ("bedreiging", "6")])
def test_losser_verbodsbrief_volgt_5_2_niet_lokaalvredebreuk(losser, soort, duur):
    """Losser 5.2: "Verzoek diegene onmiddellijk het gebouw te verlaten. Doe dit verzoek in aanwezigheid van een
    collega (getuige) ... Als de inwoner het gebouw niet verlaat, dan herhaal je het verzoek. Weigert diegene opnieuw
    het gebouw te verlaten? Schakel dan de politie in." """
    gedrag = "D" if soort == "bedreiging" else "C"
    nummer = losser.meld(
        naam=NAAM, kanaal="balie", gedrag=gedrag, aanhoudend=True, datum="2026-11-02", tijd="10:00", **VOLLEDIG
    )
    data, tekst = _brief(losser, nummer, "2026-11-03", "--soort", soort, "--duur", duur, *REDEN)
    assert data["soort"] == soort
    assert "in aanwezigheid van een collega als getuige, het gebouw direct te verlaten" in tekst
    assert "dan herhalen wij dat verzoek. Weigert u opnieuw, dan schakelen wij de politie in." in tekst
    assert "lokaalvredebreuk" not in tekst


def test_geertruidenberg_ontzegging_houdt_lokaalvredebreuk(gtb):
    """Bijlage 7: "De politie komt dan naar het gemeentehuis om u te verwijderen en de gemeente doet dan aangifte
    tegen u voor lokaalvredebreuk." """
    nummer = gtb.meld(naam=NAAM, kanaal="balie", ernst="strafbaar", datum="2026-11-02", tijd="10:00", **VOLLEDIG)
    _, tekst = _brief(gtb, nummer, "2026-11-03")
    assert "lokaalvredebreuk" in tekst and "collega als getuige" not in tekst


# --- 4. aanhef en bestandsnaam ----------------------------------------------------------------------------------


@pytest.mark.parametrize("profiel", ["geertruidenberg", "losser"])
@pytest.mark.parametrize(
    ("naam", "aanhef", "bestand"),
    [
        ("Anne-Marie van der Veen-de Groot", "mevrouw", "Van-der-Veen-de-Groot"),
        ("Jan-Willem Jansen", "heer", "Jansen"),
        ("Klaas-Jan Oude Groote", "heer", "Oude-Groote"),
        ("Marie-José de Vries-van Dijk", "mevrouw", "De-Vries-van-Dijk"),
    ],
)
def test_voornaam_met_streepje_is_een_voornaam(tmp_path, profiel, naam, aanhef, bestand):
    """domein.md: aanhef "the surname as the person bears it, tussenvoegsels and Twente prefixes included"; 3.1: "a
    hyphenated first name is a first name"."""
    g = maak_gemeente(tmp_path, profiel, geheugen=True)
    klasse = {"ernst": "agressief"} if profiel == "geertruidenberg" else {"gedrag": "C", "aanhoudend": True}
    nummer = g.meld(naam=naam, aanhef=aanhef, kanaal="balie", datum="2026-11-02", tijd="10:00", **klasse, **VOLLEDIG)
    data, tekst = _brief(g, nummer, "2026-11-03", "--soort", "waarschuwing")
    achter = bestand.replace("-", " ").replace("Veen de", "Veen-de").replace("Vries van", "Vries-van")
    assert f"Geachte {aanhef} {achter}," in tekst
    assert Path(data["bestand"]).name == f"{nummer}-waarschuwing-{bestand}.docx"


def test_oude_of_olde_alleen_maakt_geen_bedoelt_u(losser):
    """Losser (Twente): "Oude Groote" en "Oude Kamphuis" zijn verschillende achternamen; alleen het voorvoegsel
    gemeen is geen reden voor "bedoelt u"."""
    losser.meld(naam="Piet Oude Groote", kanaal="balie", gedrag="C", aanhoudend=True, datum="2026-11-02")
    data = losser.json(
        "melden", "--naam", "Piet Oude Kamphuis", "--kanaal", "balie", "--gedrag", "C", "--datum", "2026-11-03"
    )
    assert data["nieuw_persoon"] is True and data["bedoelt_u"] == []
    data = losser.json(
        "melden", "--naam", "Piet Olde Groote", "--kanaal", "balie", "--gedrag", "C", "--datum", "2026-11-04"
    )
    assert [p["naam"] for p in data["bedoelt_u"]] == ["Piet Oude Groote"]  # zelfde achternaam Groote: wel gevraagd


# --- 5. contactpersoon en telefoonnummers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("contactpersoon", "verwijzing"),
    [
        ("mevrouw A. Nijhuis, telefoon 053 - 537 7444", "haar"),
        ("de heer B. Kamphuis, telefoon 053 - 537 7444", "hem"),
        ("de klachtcontactpersoon, telefoon 053 - 537 7444", "de contactpersoon"),
    ],
)
def test_een_contactpersoon_is_hem_haar_of_de_contactpersoon(losser, contactpersoon, verwijzing):
    """Losser 5.2: "alleen op afspraken met de contactpersoon"; één persoon is nooit "hen"."""
    nummer = losser.meld(naam=NAAM, kanaal="balie", gedrag="D", datum="2026-11-02", tijd="10:00", **VOLLEDIG)
    data, tekst = _brief(losser, nummer, "2026-11-03", "--duur", "6", "--contactpersoon", contactpersoon, *REDEN)
    assert data["soort"] == "bedreiging"
    assert f"een bezoek kan alleen op afspraak met {verwijzing}." in tekst
    assert " hen." not in tekst and " hen " not in tekst


@pytest.mark.parametrize("profiel", ["geertruidenberg", "losser"])
def test_telefoonnummer_breekt_niet_over_twee_regels(tmp_path, profiel):
    """Losser 5.2: "Bij een belbeperking mag iemand tijdelijk geen telefonisch contact opnemen met de gemeente Losser,
    alleen met de contactpersoon"; het nummer dat wel mag, staat heel op één regel (vaste spaties, vast streepje)."""
    g = maak_gemeente(tmp_path, profiel, geheugen=True)
    if profiel == "geertruidenberg":
        nummer = g.meld(naam=NAAM, kanaal="telefoon", ernst="strafbaar", datum="2026-11-02", tijd="10:00", **VOLLEDIG)
        args = ("--soort", "toegangs-en-belverbod", "--duur", "3", *REDEN)
    else:
        nummer = g.meld(naam=NAAM, kanaal="telefoon", gedrag="D", datum="2026-11-02", tijd="10:00", **VOLLEDIG)
        args = ("--duur", "6", *REDEN)  # 3.4: Losser 5.2, de toelichting zegt waarom deze duur
    data, tekst = _brief(
        g, nummer, "2026-11-03", *args, "--contactpersoon", "mevrouw A. de Boer, telefoon 053 - 537 7444"
    )
    assert "mevrouw A. de Boer, telefoon 053 - 537 7444" in tekst  # zo leest de ontvanger het
    xml = _xml(data)
    assert "053\u00a0\u2011\u00a0537\u00a07444" in xml and "053 - 537 7444" not in xml
    assert "14\u00a0053" in xml or "14\u00a00162" in xml  # ook het algemene nummer in het briefhoofd


# --- 8. een schriftelijk incident ---------------------------------------------------------------------------------


@pytest.mark.parametrize("profiel", ["geertruidenberg", "losser"])
def test_schriftelijk_incident_is_zonder_tijd_compleet(tmp_path, profiel):
    """Geertruidenberg 4.2 / domein.md: "Everything else may come later ... time"; een e-mail of brief heeft geen
    tijdstip van het gedrag. Een schriftelijk incident is zonder tijd compleet; een incident aan de balie niet."""
    g = maak_gemeente(tmp_path, profiel, geheugen=True)
    klasse = {"ernst": "agressief"} if profiel == "geertruidenberg" else {"gedrag": "C", "aanhoudend": True}
    schriftelijk = g.json(*meld_args(naam=NAAM, kanaal="schriftelijk", datum="2026-11-02", **klasse, **VOLLEDIG))
    assert schriftelijk["status"] == "compleet" and schriftelijk["ontbrekend"] == []
    balie = g.json(*meld_args(naam="Piet Smit", kanaal="balie", datum="2026-11-02", **klasse, **VOLLEDIG))
    assert balie["status"] == "gemeld" and balie["ontbrekend"] == ["tijd"]
    data, tekst = _brief(g, schriftelijk["incident"], "2026-11-03", "--soort", "waarschuwing")
    assert data["soort"] == "waarschuwing"
    assert "Op 2 november 2026 heeft u zich" in tekst and "omstreeks" not in tekst


# --- 6. schade verhalen: contact en rekeningnummer uit de instellingen ---------------------------------------------


@pytest.mark.parametrize(
    ("profiel", "contact"),
    [
        ("geertruidenberg", "de coördinator van het interventieteam"),
        ("losser", "de afdeling Juridische Zaken van de gemeente Losser"),
    ],
)
def test_aansprakelijkstelling_contact_en_rekening_uit_schade(tmp_path, profiel, contact):
    """Losser 7: "Schade verhalen gaat via Juridische Zaken. Voor afhandeling van eventuele schade neemt de
    leidinggevende indien nodig contact op met interne specialisten van de afdeling Juridische Zaken." Geertruidenberg
    8: "Daarna kan er naar de dader een brief worden gestuurd waarin de dader aansprakelijk wordt gesteld." Wie de
    betaling en de reactie behandelt en het rekeningnummer staan in [schade], dat init met uitleg schrijft."""
    g = maak_gemeente(tmp_path, profiel, geheugen=True)
    toml = g.map / "agressie.toml"
    instellingen = toml.read_text(encoding="utf-8")
    assert "[schade]" in instellingen and f'contact = "{contact}"' in instellingen
    assert 'rekening = ""' in instellingen and "Schade verhalen gaat via Juridische Zaken" in instellingen
    klasse = {"ernst": "agressief"} if profiel == "geertruidenberg" else {"gedrag": "C", "aanhoudend": True}
    nummer = g.meld(
        naam=NAAM,
        kanaal="balie",
        datum="2026-11-17",
        tijd="10:30",
        materiele_schade="deur beschadigd",
        **klasse,
        **ADRES,
    )
    data, tekst = _brief(g, nummer, "2026-11-23", "--soort", "aansprakelijkstelling", "--bedrag", "150")
    assert data["soort"] == "aansprakelijkstelling"
    assert f"Neem voor de betaling contact op met {contact}." in tekst
    assert "Schrijf dan naar Postbus" in tekst and f"neem contact op met {contact}." in tekst
    assert "de klachtcontactpersoon van het team" not in tekst  # de contactroute van een verbod is hier niet aan zet
    toml.write_text(instellingen.replace('rekening = ""', 'rekening = "NL00 BANK 0123 4567 89"'), encoding="utf-8")
    data, tekst = _brief(
        g, nummer, "2026-11-23", "--soort", "aansprakelijkstelling", "--bedrag", "150", "--overschrijven"
    )
    assert "op rekeningnummer NL00 BANK 0123 4567 89 ten name van de gemeente" in tekst
    assert "Neem voor de betaling contact op" not in tekst
    assert "NL00\u00a0BANK\u00a00123\u00a04567\u00a089" in _xml(data)  # het rekeningnummer breekt niet


# --- 7. waarschuwingen: neutrale aanhef, voorbeeldondertekenaar; init --ondertekenaar --------------------------------


def _nieuw(tmp_path, profiel: str, *init: str, invoer: str | None = None) -> Gemeente:
    from agressie_cli.opslag.geheugen import GeheugenOpslag

    g = Gemeente(tmp_path / profiel, GeheugenOpslag())
    uitkomst = g.run("init", "--gemeente", profiel, *init, invoer=invoer)
    assert uitkomst.exit_code == 0, uitkomst.output
    return g


@pytest.mark.parametrize("profiel", ["geertruidenberg", "losser"])
def test_brief_waarschuwt_bij_neutrale_aanhef_en_voorbeeldondertekenaar(tmp_path, profiel):
    """Geertruidenberg bijlage 7: "Hoogachtend, burgemeester en wethouders van Geertruidenberg, namens dezen, .....
    algemeen directeur/gemeentesecretaris"; Losser 5: "Een tekenbevoegde collega ondertekent altijd de brief." Een
    brief met de voorbeeldnaam van init of met "Geachte heer/mevrouw" waarschuwt, op stderr en in --json."""
    g = maak_gemeente(tmp_path, profiel, geheugen=True)
    klasse = {"ernst": "agressief"} if profiel == "geertruidenberg" else {"gedrag": "C", "aanhoudend": True}
    neutraal = g.meld(naam=NAAM, kanaal="balie", datum="2026-11-02", tijd="10:00", **klasse, **VOLLEDIG)
    data, tekst = _brief(g, neutraal, "2026-11-03", "--soort", "waarschuwing")
    assert "Geachte heer/mevrouw De Vries," in tekst
    assert len(data["waarschuwingen"]) == 2
    assert "neutrale aanhef" in data["waarschuwingen"][0] and "--aanhef" in data["waarschuwingen"][0]
    assert "voorbeeldnaam die agressie init schreef" in data["waarschuwingen"][1]
    assert NAAM not in " ".join(data["waarschuwingen"])  # geen persoonsgegevens in een melding
    mevrouw = g.meld(
        naam="Ans Smit", aanhef="mevrouw", kanaal="balie", datum="2026-11-02", tijd="10:00", **klasse, **VOLLEDIG
    )
    uitkomst = g.run("brief", mevrouw, "--datum", "2026-11-03", "--soort", "waarschuwing")
    assert uitkomst.exit_code == 0
    assert "voorbeeldnaam die agressie init schreef" in uitkomst.stderr and "neutrale aanhef" not in uitkomst.stderr
    assert "Let op" not in uitkomst.stdout


@pytest.mark.parametrize("profiel", ["geertruidenberg", "losser"])
def test_init_ondertekenaar_tekent_zonder_waarschuwing(tmp_path, profiel):
    """domein.md: "ondertekenaar (tekenbevoegd; Geertruidenberg: algemeen directeur/gemeentesecretaris namens B&W)
    signs the letter: name and function come from the municipality's settings"; init --ondertekenaar "naam, functie"."""
    g = _nieuw(tmp_path, profiel, "--ondertekenaar", "A. Bakker, gemeentesecretaris")
    instellingen = (g.map / "agressie.toml").read_text(encoding="utf-8")
    assert 'naam = "A. Bakker"' in instellingen and 'functie = "gemeentesecretaris"' in instellingen
    # De contactroute van init waarschuwt ook (Losser's waarschuwingsbrief noemt haar); daar gaat deze test niet over.
    zet_contactpersoon(g.map / "agressie.toml", "mevrouw B. Nijhuis, telefoon 053 - 123 4567")
    klasse = {"ernst": "agressief"} if profiel == "geertruidenberg" else {"gedrag": "C", "aanhoudend": True}
    nummer = g.meld(
        naam="Ans Smit", aanhef="mevrouw", kanaal="balie", datum="2026-11-02", tijd="10:00", **klasse, **VOLLEDIG
    )
    data, tekst = _brief(g, nummer, "2026-11-03", "--soort", "waarschuwing")
    assert "A. Bakker\ngemeentesecretaris" in tekst and data["waarschuwingen"] == []


@pytest.mark.parametrize("ondertekenaar", ["A. Bakker", ", gemeentesecretaris", "J.M. van den Berg, directeur"])
def test_init_ondertekenaar_zonder_naam_of_functie_wordt_geweigerd(tmp_path, ondertekenaar):
    """init --ondertekenaar "naam, functie": zonder komma, naam of functie, of met de voorbeeldnaam: exit 2, niets
    aangemaakt."""
    from agressie_cli.opslag.geheugen import GeheugenOpslag

    g = Gemeente(tmp_path / "gtb", GeheugenOpslag())
    uitkomst = g.run("init", "--gemeente", "geertruidenberg", "--ondertekenaar", ondertekenaar)
    assert uitkomst.exit_code == 2 and "--ondertekenaar" in uitkomst.output and "Traceback" not in uitkomst.output
    assert not (g.map / "agressie.toml").exists()


def test_init_vraagt_de_ondertekenaar_aan_een_terminal(tmp_path, monkeypatch):
    """init vraagt aan een terminal naar de ondertekenaar (naam, functie); een antwoord zonder functie wordt
    opnieuw gevraagd."""
    import agressie_cli.cli.registreren as registreren

    monkeypatch.setattr(registreren, "interactief", lambda: True)
    g = _nieuw(tmp_path, "losser", invoer="A. Bakker\nA. Bakker, gemeentesecretaris\nC. Burgemeester\n")
    instellingen = (g.map / "agressie.toml").read_text(encoding="utf-8")
    assert 'naam = "A. Bakker"' in instellingen and 'functie = "gemeentesecretaris"' in instellingen
    assert 'naam = "C. Burgemeester"' in instellingen
