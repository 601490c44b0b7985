"""Issue 3.2, "A letter's content is decided in the domain": wat een brief zegt is één waarde, `Briefinhoud`
(domein/brief.py), gebouwd uit een register in het geheugen, zonder Word. Elke test noemt de zin uit het protocol
(../shared/protocollen/) die hij volgt. De voorgeschiedenis gaat door de CLI (melden, maatregel); de brief zelf
wordt hier alleen als waarde gemaakt en nagekeken op de zinnen die de lezer leest."""

from __future__ import annotations

from datetime import date

import pytest

from agressie_cli.documenten.brieven.context import context
from agressie_cli.domein import brief as brief_module
from agressie_cli.domein import overtreding as overtreding_module
from agressie_cli.domein.brief import Briefgegevens, Briefinhoud, briefinhoud
from agressie_cli.domein.duur import Duur
from agressie_cli.domein.fouten import InvoerFout
from agressie_cli.domein.maatregelen import besluit, leg_vast
from agressie_cli.handelingen.werkplek import Werkplek
from conftest import ADRES, REDEN, VOLLEDIG, Gemeente, maak_gemeente

NAAM = "Jan de Vries"
BURGEMEESTER = "C.J.G.M. Roosendaal"


@pytest.fixture
def gtb(tmp_path) -> Gemeente:
    return maak_gemeente(tmp_path, "geertruidenberg", geheugen=True)


@pytest.fixture
def losser(tmp_path) -> Gemeente:
    g = maak_gemeente(tmp_path, "losser", geheugen=True)
    toml = g.map / "agressie.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8").replace('naam = ""\n\n[brieven]', f'naam = "{BURGEMEESTER}"\n\n[brieven]'),
        encoding="utf-8",
    )
    return g


def _inhoud(
    g: Gemeente,
    nummer: str,
    datum: str,
    soort: str | None = None,
    duur: str | None = None,
    **extra,
) -> Briefinhoud:
    """Wat de brief bij `nummer` zou zeggen, zonder hem te maken: het besluit en de inhoud, uit het register in het
    geheugen."""
    plek = Werkplek(g.map, opslag=g.opslag)
    register = g.opslag.lees()
    gegevens = Briefgegevens(datum=date.fromisoformat(datum), **extra)
    overtreding = gegevens.overtreding[0] if gegevens.overtreding else None
    b = besluit(register, plek.profiel, nummer, soort, gegevens.datum, None, Duur.lees(duur), overtreding)
    return briefinhoud(plek.instellingen, plek.profiel, register, b, gegevens)


def _leg_vast(g: Gemeente, nummer: str, soort: str, datum: str, **extra) -> None:
    """Een eerdere maatregel in het register, zoals `agressie brief` hem vastlegt (met de gegevens van een
    ordegesprek), zonder brief."""
    plek = Werkplek(g.map, opslag=g.opslag)
    with g.opslag.wijzig() as register:
        b = besluit(register, plek.profiel, nummer, soort, date.fromisoformat(datum), None, None)
        leg_vast(register, plek.profiel, b, toelichting="opzet van de test", extra=extra)


def _melding(g: Gemeente, datum: str, tijd: str = "10:00", naam: str = NAAM, **klasse) -> str:
    return g.meld(naam=naam, kanaal="balie", datum=datum, tijd=tijd, **klasse, **VOLLEDIG)


# --- een waarschuwing met geschiedenis ----------------------------------------------------------------------------


@pytest.mark.parametrize("profiel", ["geertruidenberg", "losser"])
def test_tweede_waarschuwing_zegt_de_tweede_en_noemt_de_eerste_met_datum(tmp_path, profiel):
    """Geertruidenberg 6.1: "De brief wordt met de reguliere post verzonden." Losser 5.1: een waarschuwingsbrief;
    3.1: "a second warning says it is a second one". De eerste waarschuwing staat erin met haar datum."""
    g = maak_gemeente(tmp_path, profiel, geheugen=True)
    klasse = {"ernst": "agressief"} if profiel == "geertruidenberg" else {"gedrag": "C", "aanhoudend": True}
    eerste = _melding(g, "2026-09-01", **klasse)
    eerst = _inhoud(g, eerste, "2026-09-02", "waarschuwing")
    assert eerst.voorgeschiedenis.hoeveelste_waarschuwing == "" and eerst.voorgeschiedenis.eerdere_maatregelen == ()
    g.ok("maatregel", eerste, "--soort", "waarschuwing", "--datum", "2026-09-02")
    tweede = _melding(g, "2026-10-01", **klasse)
    inhoud = _inhoud(g, tweede, "2026-10-02", "waarschuwing")
    assert inhoud.voorgeschiedenis.hoeveelste_waarschuwing == (
        "Dit is de tweede schriftelijke waarschuwing die u van ons krijgt."
    )
    assert inhoud.voorgeschiedenis.eerdere_maatregelen == (
        "Op 2 september 2026 heeft u een schriftelijke waarschuwing van ons gekregen.",
    )
    assert inhoud.voorgeschiedenis.eerdere_waarschuwing == (
        "Op 2 september 2026 heeft u al een waarschuwing van ons gekregen."
    )
    assert inhoud.aanhef == "Geachte heer/mevrouw De Vries" and inhoud.naam == NAAM
    assert inhoud.incident_moment == "1 oktober 2026 omstreeks 10.00 uur" and inhoud.kanaal_tekst == "aan de balie"
    assert inhoud.verzending.regel == "Gewone post" and inhoud.verzending.wijze == "post"
    assert inhoud.verzending.adresblok == f"{NAAM}\nMarkt 12\n4941 AB  RAAMSDONKSVEER"
    assert inhoud.periode.periode_tekst == "" and inhoud.rol.tegenover == (
        f"een medewerker van de gemeente {'Geertruidenberg' if profiel == 'geertruidenberg' else 'Losser'}"
    )
    # De variabelen van het sjabloon komen alleen uit deze waarde (de namen zijn een contract).
    variabelen = context(inhoud)
    assert variabelen["hoeveelste_waarschuwing"] == inhoud.voorgeschiedenis.hoeveelste_waarschuwing
    assert variabelen["eerdere_maatregelen"] == list(inhoud.voorgeschiedenis.eerdere_maatregelen)
    assert variabelen["verzending"] == "Gewone post" and variabelen["per_post"] is True


def test_waarschuwing_zonder_postadres_gaat_per_email(gtb):
    """Geertruidenberg 6.1: "Als geen postadres bekend is, maar alleen een mailadres, wordt de brief per mail
    verzonden." De brief zegt het en het register krijgt dezelfde wijze: één keer beslist."""
    nummer = gtb.meld(
        naam="Kees Mail", kanaal="telefoon", datum="2026-11-17", ernst="agressief", email="kees@example.org"
    )
    inhoud = _inhoud(gtb, nummer, "2026-11-18", "waarschuwing")
    assert inhoud.verzending.regel == "Per e-mail: kees@example.org" and inhoud.verzending.wijze == "email"
    assert inhoud.verzending.adresblok == "Kees Mail"
    assert inhoud.verzending.per_email is True and inhoud.verzending.per_post is False


# --- het ordegesprek met afspraken --------------------------------------------------------------------------------


def test_ontzegging_noemt_waarschuwing_en_ordegesprek_met_afspraken(gtb):
    """Geertruidenberg bijlagen 7 en 8: "Als er een ordegesprek is geweest, hiernaar verwijzen en aangeven wat tijdens
    het gesprek is afgesproken. Ook aangeven dat ... zich niet aan deze afspraken heeft gehouden." """
    eerste = _melding(gtb, "2026-09-01", ernst="agressief")
    gtb.ok("maatregel", eerste, "--soort", "waarschuwing", "--datum", "2026-09-02")
    tweede = _melding(gtb, "2026-09-20", ernst="agressief")
    gesprek = {"gesprek_datum": date(2026, 9, 28), "aanwezigen": ["P. Jansen", "K. Smits"]}
    _leg_vast(gtb, tweede, "ordegesprek", "2026-09-21", **gesprek)
    _leg_vast(
        gtb,
        tweede,
        "ordegesprek-bevestiging",
        "2026-09-29",
        **gesprek,
        afspraken=["U spreekt medewerkers rustig aan.", "U maakt een afspraak voor u langskomt."],
    )
    derde = _melding(gtb, "2026-10-12", "11:00", ernst="agressief")
    inhoud = _inhoud(gtb, derde, "2026-10-13", "toegangsverbod", "3")
    geschiedenis = inhoud.voorgeschiedenis
    assert geschiedenis.eerdere_maatregelen == (
        "Op 2 september 2026 heeft u een schriftelijke waarschuwing van ons gekregen.",
    )
    assert geschiedenis.ordegesprek_tekst == (
        "Op 28 september 2026 heeft u met ons een ordegesprek gehad. Tijdens dat gesprek zijn met u de volgende "
        "afspraken gemaakt:"
    )
    assert geschiedenis.ordegesprek_afspraken == (
        "U spreekt medewerkers rustig aan.",
        "U maakt een afspraak voor u langskomt.",
    )
    assert geschiedenis.ordegesprek_niet_gehouden is True
    assert inhoud.periode.periode_tekst == "voor een periode van 3 maanden, tot en met 12 januari 2027"
    assert inhoud.periode.ingang == "13 oktober 2026" and inhoud.periode.duur_tekst == "3 maanden"
    # Geertruidenberg 6.4: "De klant ontvangt deze maatregel schriftelijk per aangetekende en reguliere post."
    assert inhoud.verzending.regel == "Aangetekend en per gewone post"
    assert inhoud.verzending.wijze == "aangetekend-en-post"


# --- na een overtreding: het overtreden verbod, en wat het nieuwe vervangt ---------------------------------------


def test_toegangsverbod_na_overtreding_noemt_het_verbod_en_vervangt_het(gtb, monkeypatch):
    """Geertruidenberg 6.7: "In principe wordt automatisch gekozen voor het inzetten van een zwaardere maatregel.
    Daarnaast kan sprake zijn van lokaalvredebreuk op het moment dat iemand zich niet houdt aan een ontzegging en toch
    het gemeentehuis betreedt." De overtreding wordt één keer per brief uitgerekend (in het advies)."""
    verbod = _melding(gtb, "2026-10-02", "09:00", ernst="strafbaar")
    gtb.ok("maatregel", verbod, "--soort", "toegangsverbod", "--duur", "3", "--datum", "2026-10-02", *REDEN)
    nummer = _melding(gtb, "2026-11-17", "14:05", ernst="licht")
    gezocht = []
    echt = overtreding_module._overtreden
    monkeypatch.setattr(overtreding_module, "_overtreden", lambda *a: gezocht.append(1) or echt(*a))
    inhoud = _inhoud(gtb, nummer, "2026-11-18", "toegangsverbod", "6")
    assert len(gezocht) == 1
    assert inhoud.voorgeschiedenis.overtreden_verbod_tekst == (
        "Op 2 oktober 2026 heeft u een toegangsverbod voor het gemeentehuis te Raamsdonksveer gekregen, met ingang van "
        "2 oktober 2026 tot en met 1 januari 2027. Ondanks dit verbod heeft u op 17 november 2026 omstreeks 14.05 uur "
        "toch het gemeentehuis te Raamsdonksveer betreden. Daarmee heeft u het verbod overtreden, en dat leidt tot een "
        "zwaardere maatregel. Die vervangt het verbod dat u had."
    )
    assert inhoud.voorgeschiedenis.eerdere_maatregelen == ()  # het overtreden verbod staat er één keer in
    assert inhoud.periode.periode_tekst == "voor een periode van 6 maanden, tot en met 17 mei 2027"


def test_niet_nakomen_noemt_het_zwaarste_lopende_verbod_en_de_andere(gtb, monkeypatch):
    """Geertruidenberg bijlage 9: "Vanwege uw gedrag heeft u een toegangsverbod gekregen voor het gemeentehuis te
    Raamsdonksveer. Dit verbod geldt tot en met *datum*." Lopen er twee, dan noemt de brief het zwaarste (het
    breedste) en zijn einde, en ook het andere verbod, dat langer loopt."""
    eerste = gtb.meld(naam=NAAM, kanaal="telefoon", datum="2026-10-02", tijd="09:00", ernst="strafbaar", **VOLLEDIG)
    gtb.ok("maatregel", eerste, "--soort", "toegangs-en-belverbod", "--duur", "3", "--datum", "2026-10-02", *REDEN)
    tweede = _melding(gtb, "2026-10-20", "09:00", ernst="strafbaar")
    gtb.ok("maatregel", tweede, "--soort", "toegangsverbod", "--duur", "6", "--datum", "2026-10-20", *REDEN)
    nummer = _melding(gtb, "2026-11-17", "14:05", ernst="licht")
    gezocht = []
    echt = overtreding_module._overtreden
    monkeypatch.setattr(overtreding_module, "_overtreden", lambda *a: gezocht.append(1) or echt(*a))
    inhoud = _inhoud(gtb, nummer, "2026-11-18", overtreding=(date(2026, 11, 17), None))
    assert len(gezocht) == 1
    assert inhoud.soort == "niet-nakomen"
    assert inhoud.periode.verbod_tot_tekst == "tot en met 1 januari 2027"
    assert inhoud.overtreden.moment == "17 november 2026" and inhoud.overtreden.handhaven is False
    assert inhoud.overtreden.andere_verboden_tekst == (
        "Daarnaast geldt nog een ander verbod: een toegangsverbod voor het gemeentehuis te Raamsdonksveer, tot en met "
        "19 april 2027. U mag het gemeentehuis te Raamsdonksveer dus ook na 1 januari 2027 niet betreden."
    )


def test_losser_verbod_na_overtreding_de_aanleiding_is_de_overtreding(losser):
    """Losser 5.2, "Wat doen we als de inwoner het toegangsverbod niet nakomt? De persoon is op dat moment in
    overtreding." De grond van het nieuwe verbod is de overtreding, niet de eerdere waarschuwing."""
    klasse = {"gedrag": "C", "aanhoudend": True}
    eerste = _melding(losser, "2026-09-01", **klasse)
    losser.ok("maatregel", eerste, "--soort", "waarschuwing", "--datum", "2026-09-02")
    tweede = _melding(losser, "2026-09-20", **klasse)
    inhoud = _inhoud(losser, tweede, "2026-09-21", duur="3")
    assert inhoud.soort == "toegangsverbod"
    assert (
        inhoud.voorgeschiedenis.aanleiding_tekst == "Op 2 september 2026 heeft u al een waarschuwing van ons gekregen."
    )
    losser.ok("maatregel", tweede, "--soort", "toegangsverbod", "--duur", "3", "--datum", "2026-09-21")
    derde = _melding(losser, "2026-10-12", "15:20", **klasse)
    inhoud = _inhoud(losser, derde, "2026-10-13", duur="6")
    assert inhoud.voorgeschiedenis.aanleiding_tekst.startswith(
        "Op 21 september 2026 heeft u een toegangsverbod voor het stadhuis van Losser gekregen, met ingang van "
        "21 september 2026 tot en met 20 december 2026. Ondanks dit verbod heeft u op 12 oktober 2026 omstreeks "
        "15.20 uur toch het stadhuis van Losser betreden."
    )
    assert "waarschuwing" not in inhoud.voorgeschiedenis.aanleiding_tekst


# --- Losser: persoonlijk overhandigen (5.2), de politiek ambtsdrager (9) --------------------------------------------


def test_losser_overhandigd_toegangsverbod(losser):
    """Losser 5.2: "Bij voorkeur overhandig je het toegangsverbod direct aan de inwoner. ... Bij de brief wordt een
    kopie van het paspoort gevoegd." """
    nummer = _melding(losser, "2026-09-02", gedrag="C", aanhoudend=True)
    inhoud = _inhoud(losser, nummer, "2026-09-03", "toegangsverbod", "3", overhandigd=True)
    assert inhoud.verzending.regel == "Persoonlijk overhandigd op 3 september 2026"
    assert inhoud.verzending.wijze == "overhandigd" and inhoud.verzending.adresblok == NAAM
    assert inhoud.verzending.per_post is False and inhoud.verzending.per_email is False
    assert inhoud.afschrift == (
        "politie (info@twente.politie.nl)",
        "receptie (dvpdontvangst@enschede.nl), met een kopie van het paspoort",
    )
    assert inhoud.periode.periode_tekst == "voor een periode van 3 maanden, tot en met 2 december 2026"


def test_losser_politiek_ambtsdrager_de_burgemeester_tekent_en_de_brief_noemt_het_ambt(losser):
    """Losser 9: "Uiteindelijk bepaalt hij [de burgemeester] ook de sanctie en de reactie die uitgaat naar de
    inwoner." en "De materiële en/of immateriële [schade] wordt verhaald op de inwoner. De burgemeester geeft dit aan
    in zijn reactie naar de inwoner." """
    nummer = losser.meld(
        naam="Piet Klaassen",
        kanaal="balie",
        gedrag="D",
        datum="2026-11-10",
        tijd="10:30",
        ambt="wethouder",
        materiele_schade="bril kapot",
        brieftekst="U bedreigde de wethouder.",
        **ADRES,
    )
    inhoud = _inhoud(losser, nummer, "2026-11-11", duur="6")
    assert inhoud.ondertekening.naam == BURGEMEESTER and inhoud.ondertekening.burgemeester is True
    assert inhoud.ondertekening.functie == "burgemeester van Losser" and inhoud.ondertekening.namens == ""
    assert inhoud.rol.tegenover == "een wethouder van de gemeente Losser"
    assert inhoud.rol.getroffene == "onze wethouder" and inhoud.rol.gedrag_tegenover == "onze wethouder"
    assert inhoud.schade.verhalen_tekst == "De materiële schade die door uw gedrag is ontstaan, verhalen wij op u."
    assert inhoud.brieftekst == "U bedreigde de wethouder."
    assert context(inhoud)["ondertekend_door_burgemeester"] is True


def test_geertruidenberg_aansprakelijkstelling_noemt_schade_bedrag_en_termijn(gtb):
    """Geertruidenberg 8: "Daarna kan er naar de dader een brief worden gestuurd waarin de dader aansprakelijk wordt
    gesteld." De brief noemt de schade zonder medische details, het bedrag en de betaaltermijn."""
    nummer = gtb.meld(
        naam=NAAM,
        kanaal="balie",
        datum="2026-11-17",
        tijd="10:30",
        ernst="agressief",
        materiele_schade="deur beschadigd",
        letsel="blauwe plek",
        **ADRES,
    )
    from decimal import Decimal

    inhoud = _inhoud(gtb, nummer, "2026-11-23", "aansprakelijkstelling", bedrag=Decimal("1250.50"))
    assert inhoud.schade.schadeposten == ("materiële schade: deur beschadigd", "lichamelijk letsel van een medewerker")
    assert inhoud.schade.bedrag == "€ 1.250,50" and inhoud.schade.betaaltermijn == "14 dagen"
    assert inhoud.schade.betaal_uiterlijk == "7 december 2026"
    assert inhoud.bijlagen == ()  # de huisregels horen bij een brief over gedrag


# --- wat de brief weigert ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("profiel", ["geertruidenberg", "losser"])
def test_brieftekst_met_een_korte_achternaam_van_een_collega_wordt_geweigerd(tmp_path, profiel):
    """domein.md: een brief aan de persoon noemt geen namen van medewerkers; de brief gebruikt dezelfde namen als het
    document voor de aangifte (namen_van_medewerkers), plus de leidinggevende."""
    g = maak_gemeente(tmp_path, profiel, geheugen=True)
    klasse = {"ernst": "agressief"} if profiel == "geertruidenberg" else {"gedrag": "C", "aanhoudend": True}
    nummer = g.meld(
        naam=NAAM,
        kanaal="balie",
        datum="2026-11-17",
        tijd="10:30",
        medewerker=["R. de Wit"],
        leidinggevende="A. Bos",
        brieftekst="U schold mevrouw Bos uit.",
        **klasse,
        **ADRES,
    )
    with pytest.raises(
        InvoerFout, match=r"«brieftekst» noemt een collega bij naam \(de naam van de leidinggevende\)"
    ) as fout:
        _inhoud(g, nummer, "2026-11-18", "waarschuwing")
    assert "Bos" not in fout.value.melding  # geen persoonsgegevens in een foutmelding (3.3 punt 12)


# --- een nieuwe soort brief voegt zijn inhoud op één plek toe -----------------------------------------------------


def test_eigen_inhoud_van_een_soort_komt_in_het_sjabloon(gtb, monkeypatch):
    """3.4 voegt soorten brieven toe (herziening, voornemen): wat zo'n soort eigens zegt, is één functie in
    EIGEN_INHOUD onder de vlag van de soort; de variabelen komen ongewijzigd in het sjabloon, alleen bij die soort."""
    monkeypatch.setitem(
        brief_module.EIGEN_INHOUD,
        "waarschuwing",
        lambda bron: {"waarschuwing_zin": f"Dit is een waarschuwing bij {bron.incident['incident']}."},
    )
    nummer = _melding(gtb, "2026-11-17", ernst="agressief")
    inhoud = _inhoud(gtb, nummer, "2026-11-18", "waarschuwing")
    assert context(inhoud)["waarschuwing_zin"] == f"Dit is een waarschuwing bij {nummer}."
    assert "waarschuwing_zin" not in context(_inhoud(gtb, nummer, "2026-11-18", "toegangsverbod", "3"))


def test_een_vervangen_eerder_verbod_zegt_dat_het_vervangen_is(gtb):
    """Een eerder verbod dat door een zwaarder verbod vervangen is, liep niet tot zijn oorspronkelijke einde: de
    geschiedenis in de brief zegt met ingang van wanneer het vervangen is (anders leest de ontvanger dat het nog tot
    1 januari 2027 geldt)."""
    verbod = _melding(gtb, "2026-10-02", "09:00", ernst="strafbaar")
    gtb.ok("maatregel", verbod, "--soort", "toegangsverbod", "--duur", "3", "--datum", "2026-10-02", *REDEN)
    tweede = _melding(gtb, "2026-10-20", "09:00", ernst="strafbaar")
    gtb.ok("maatregel", tweede, "--soort", "toegangs-en-belverbod", "--duur", "6", "--datum", "2026-10-21", *REDEN)
    derde = _melding(gtb, "2026-11-17", "14:05", ernst="licht")
    inhoud = _inhoud(gtb, derde, "2026-11-18", overtreding=(date(2026, 11, 17), None))
    eerdere = " ".join(inhoud.voorgeschiedenis.eerdere_maatregelen)
    assert "Op 2 oktober 2026 heeft u een toegangsverbod" in eerdere, eerdere
    assert "Met ingang van 21 oktober 2026 is dat verbod vervangen." in eerdere
