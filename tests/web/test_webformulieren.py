"""3.5 webformulieren: het formulier van de brief en van de maatregel heeft de velden die `agressie brief` en
`agressie maatregel` kennen (ordegesprek, overhandigd, contactpersoon, bedrag, overtreding, ingang, datum), elk alleen
bij de soorten waarvan de vlaggen in het profiel erom vragen; een fout staat naast het veld en de ingevulde waarden
blijven staan. De brief wordt teruggelezen met python-docx."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from webhulp import csrf_van, maak_web

from agressie_cli.documenten.brieven.render import docx_tekst
from agressie_cli.handelingen.werkplek import Werkplek
from conftest import REDEN, VOLLEDIG, maak_gemeente

DATUM = (date.today() - timedelta(days=2)).isoformat()
GESPREK = (date.today() + timedelta(days=10)).strftime("%d-%m-%Y")


def _incident(gemeente, naam: str = "Jan de Vries", **extra) -> str:
    klasse = {"ernst": "agressief"} if gemeente.map.name == "geertruidenberg" else {"gedrag": "D"}
    return gemeente.meld(
        naam=naam, kanaal="balie", datum=DATUM, tijd="10:00", afdeling="Burgerzaken", **VOLLEDIG, **klasse, **extra
    )


def _post(client, pad: str, **data):
    csrf = csrf_van(client.get("/").text)
    return client.post(pad, data={"csrf": csrf, **data})


def _veldblok(html: str, formulier: str, sleutel: str) -> str:
    """Het blok van een soortveld: <div class="soortveld" ...> tot en met het invoerveld."""
    gevonden = re.search(
        rf'<div class="soortveld" data-soorten="([^"]*)"( hidden)?>\s*<p>(?:(?!</div>).)*?id="{formulier}-{sleutel}"',
        html,
        re.S,
    )
    assert gevonden, f"geen veld {formulier}-{sleutel}"
    return gevonden.group(0)


def _zichtbaar(html: str, formulier: str, sleutel: str) -> bool:
    return " hidden>" not in _veldblok(html, formulier, sleutel).split("<p>")[0]


def _brief(client, antwoord, map_) -> str:
    """De DOCX van de gemaakte brief zoals de browser hem downloadt, teruggelezen met python-docx."""
    links = re.findall(r'href="(/brieven/[^"]+\.docx)"', antwoord.text)
    assert links, antwoord.text
    docx = client.get(links[0])
    assert docx.status_code == 200
    pad = map_ / "download.docx"
    pad.write_bytes(docx.content)
    return docx_tekst(pad)


@pytest.fixture(params=["geertruidenberg", "losser"])
def gemeente_web(request, tmp_path):
    return maak_web(maak_gemeente(tmp_path, request.param))


def test_de_velden_van_het_ordegesprek_staan_alleen_bij_het_ordegesprek(web):
    """Geertruidenberg 6.3: "De klant wordt schriftelijk uitgenodigd voor een ordegesprek." De datum, tijd, plaats en
    aanwezigen staan in het formulier van de brief, maar alleen bij de soorten met de vlag `gesprek`; het bedrag
    alleen bij `bedrag` (de aansprakelijkstelling); de ingang alleen bij een verbod. Zonder JavaScript toont de knop
    "Velden voor deze soort tonen" de velden van de gekozen soort."""
    nummer = _incident(web.gemeente)
    client = web.ingelogd("leidinggevende")
    html = client.get(f"/incidenten/{nummer}").text
    assert 'data-soorten="ordegesprek ordegesprek-bevestiging"' in _veldblok(html, "brief", "gesprek_datum")
    assert 'data-soorten="aansprakelijkstelling"' in _veldblok(html, "brief", "bedrag")
    assert 'data-soorten="ordegesprek-bevestiging"' in _veldblok(html, "brief", "afspraken")
    assert 'data-soorten="toegangsverbod toegangs-en-belverbod"' in _veldblok(html, "maatregel", "ingang")
    assert 'data-soorten="niet-nakomen"' in _veldblok(html, "brief", "overtreding")
    # Het advies is een waarschuwing: de velden van het ordegesprek en het bedrag zijn verborgen, de datum niet.
    assert not _zichtbaar(html, "brief", "gesprek_datum") and not _zichtbaar(html, "brief", "bedrag")
    assert _zichtbaar(html, "brief", "datum") and _zichtbaar(html, "brief", "overhandigd")
    assert '<label for="brief-gesprek_datum">Gesprek datum</label>' in html  # de kop van de kolom in het register
    assert '<script src="/statisch/besluitvelden.js"' in html
    assert client.get("/statisch/besluitvelden.js").status_code == 200
    # Zonder JavaScript: de soort kiezen en de velden laten tonen; er wordt niets vastgelegd.
    getoond = _post(client, f"/incidenten/{nummer}/brief", soort="ordegesprek", tonen="ja", locatie="spreekkamer 2")
    assert getoond.status_code == 200
    assert _zichtbaar(getoond.text, "brief", "gesprek_datum") and _zichtbaar(getoond.text, "brief", "aanwezigen")
    assert not _zichtbaar(getoond.text, "brief", "bedrag")
    assert 'value="spreekkamer 2"' in getoond.text
    assert '<option value="ordegesprek" selected>' in getoond.text
    assert Werkplek(web.gemeente.map).lees().maatregelen == []
    getoond = _post(client, f"/incidenten/{nummer}/maatregel", soort="toegangsverbod", tonen="ja")
    assert _zichtbaar(getoond.text, "maatregel", "ingang")
    assert Werkplek(web.gemeente.map).lees().maatregelen == []


def test_de_uitnodiging_voor_het_ordegesprek_noemt_datum_tijd_plaats_en_aanwezigen(web):
    """Geertruidenberg 6.3: "Hierbij zijn vanuit de gemeente in ieder geval 2 personen aanwezig: de behandelend
    medewerker en diens direct leidinggevende (clustermanager). ... Het gesprek vindt plaats op het gemeentehuis."
    De brief (teruggelezen met python-docx) noemt wat in het webformulier stond; het register ook."""
    nummer = _incident(web.gemeente)
    client = web.ingelogd("leidinggevende")
    antwoord = _post(
        client,
        f"/incidenten/{nummer}/brief",
        soort="ordegesprek",
        toelichting="al eerder gewaarschuwd",
        brieftekst="U schold de medewerker uit.",
        gesprek_datum=GESPREK,
        gesprek_tijd="14:00",
        locatie="het gemeentehuis, spreekkamer 2",
        aanwezigen="K. Smits, clustermanager\nP. Jansen, baliemedewerker\n",
        bedrag="99",  # verborgen bij deze soort: gaat niet mee
    )
    assert antwoord.status_code == 200, antwoord.text
    from agressie_cli.domein.nederlands import voluit

    tekst = _brief(client, antwoord, web.gemeente.map)
    gesprek = date.today() + timedelta(days=10)
    assert f"op {voluit(gesprek)} om 14.00 uur in het gemeentehuis, spreekkamer 2" in tekst
    assert "K. Smits, clustermanager en P. Jansen, baliemedewerker" in tekst
    m = Werkplek(web.gemeente.map).lees().maatregelen[0]
    assert m["soort"] == "ordegesprek" and m["gesprek_datum"] == gesprek
    assert m["aanwezigen"] == ["K. Smits, clustermanager", "P. Jansen, baliemedewerker"]
    assert not m.get("bedrag")


def test_wat_de_brief_mist_staat_naast_het_veld_zonder_opdrachtregel(web):
    """Geertruidenberg 6.3: "De klant wordt schriftelijk uitgenodigd voor een ordegesprek." Zonder datum en tijd
    kan de uitnodiging niet: de melding staat naast het veld van de datum, noemt de velden met hun label (geen
    `agressie brief ... --gesprek-datum`), en wat al was ingevuld blijft staan. Er is niets vastgelegd."""
    nummer = _incident(web.gemeente)
    client = web.ingelogd("leidinggevende")
    antwoord = _post(
        client,
        f"/incidenten/{nummer}/brief",
        soort="ordegesprek",
        toelichting="al eerder gewaarschuwd",
        locatie="het gemeentehuis",
    )
    assert antwoord.status_code == 422
    fout = re.search(r'<span id="brief-gesprek_datum-fout" class="fout">([^<]+)</span>', antwoord.text)
    assert fout, antwoord.text
    assert "Vul in: Gesprek datum, Gesprek tijd" in fout.group(1)
    assert "agressie " not in fout.group(1) and "--" not in fout.group(1)
    assert 'aria-describedby="brief-gesprek_datum-uitleg brief-gesprek_datum-fout" aria-invalid="true"' in (
        antwoord.text
    )
    assert 'value="het gemeentehuis"' in antwoord.text and ">al eerder gewaarschuwd</textarea>" in antwoord.text
    assert _zichtbaar(antwoord.text, "brief", "gesprek_datum")
    assert Werkplek(web.gemeente.map).lees().maatregelen == []
    # Een datum die niet bestaat: de melding van de handeling, naast het veld.
    fout_datum = _post(
        client,
        f"/incidenten/{nummer}/brief",
        soort="ordegesprek",
        toelichting="al eerder gewaarschuwd",
        gesprek_datum="31-02-2027",
        gesprek_tijd="14:00",
    )
    assert fout_datum.status_code == 422
    assert 'id="brief-gesprek_datum-fout"' in fout_datum.text and 'value="31-02-2027"' in fout_datum.text
    # Een aanwezige met een formule: de fout (merkteken «aanwezige») staat naast het veld aanwezigen.
    formule = _post(
        client,
        f"/incidenten/{nummer}/brief",
        soort="ordegesprek",
        toelichting="al eerder gewaarschuwd",
        gesprek_datum=GESPREK,
        gesprek_tijd="14:00",
        locatie="het gemeentehuis",
        aanwezigen="=1+1",
    )
    assert formule.status_code == 422 and 'id="brief-aanwezigen-fout"' in formule.text
    assert Werkplek(web.gemeente.map).lees().maatregelen == []


def test_de_aansprakelijkstelling_noemt_het_bedrag(gemeente_web):
    """Geertruidenberg 8: "Daarna kan er naar de dader een brief worden gestuurd waarin de dader aansprakelijk wordt
    gesteld." Het bedrag uit het webformulier komt in de brief en bij de maatregel; in beide profielen."""
    gemeente = gemeente_web.gemeente
    nummer = _incident(gemeente, materiele_schade="ruit van de balie vernield")
    client = gemeente_web.ingelogd("leidinggevende")
    html = client.get(f"/incidenten/{nummer}").text
    assert 'data-soorten="aansprakelijkstelling"' in _veldblok(html, "brief", "bedrag")
    antwoord = _post(client, f"/incidenten/{nummer}/brief", soort="aansprakelijkstelling", bedrag="1.250,00")
    assert antwoord.status_code == 200, antwoord.text
    assert "1.250,00" in _brief(client, antwoord, gemeente.map)
    m = Werkplek(gemeente.map).lees().maatregelen[0]
    assert m["soort"] == "aansprakelijkstelling" and m["bedrag"] in ("1250,00", "1250.00", 1250)


def test_een_ongeldig_bedrag_staat_naast_het_veld(web):
    """Geertruidenberg 8: "... waarin de dader aansprakelijk wordt gesteld." Een bedrag dat geen bedrag is: de fout
    staat naast het veld bedrag, de waarde blijft staan, er is niets vastgelegd."""
    nummer = _incident(web.gemeente, materiele_schade="ruit vernield")
    client = web.ingelogd("leidinggevende")
    antwoord = _post(client, f"/incidenten/{nummer}/brief", soort="aansprakelijkstelling", bedrag="veel")
    assert antwoord.status_code == 422
    assert 'id="brief-bedrag-fout"' in antwoord.text and 'value="veel"' in antwoord.text
    assert Werkplek(web.gemeente.map).lees().maatregelen == []


def test_contactpersoon_en_overhandigd_bij_een_verbod(web):
    """Geertruidenberg 6.4: "Uitzondering hierop is als de ontzegging betrekking heeft op het telefonisch contact."
    De brief noemt de contactroute die tijdens het verbod open blijft; een brief die persoonlijk wordt overhandigd
    (overhandigd), legt die wijze vast."""
    nummer = _incident(web.gemeente)
    client = web.ingelogd("leidinggevende")
    html = client.get(f"/incidenten/{nummer}").text
    assert _zichtbaar(html, "brief", "contactpersoon") and _zichtbaar(html, "brief", "overhandigd")
    antwoord = _post(
        client,
        f"/incidenten/{nummer}/brief",
        soort="toegangs-en-belverbod",
        duur="3",
        toelichting="ernstig",
        contactpersoon="mevrouw A. de Boer, telefoon 0162 - 123 456",
        overhandigd="ja",
    )
    assert antwoord.status_code == 200, antwoord.text
    tekst = _brief(client, antwoord, web.gemeente.map)
    assert "met uitzondering van mevrouw A. de Boer, telefoon 0162" in tekst  # (het streepje wordt niet-afbrekend)
    assert "Persoonlijk overhandigd op" in tekst
    m = Werkplek(web.gemeente.map).lees().maatregelen[0]
    assert m["wijze_brief"] == "overhandigd"


def test_de_maatregel_met_datum_en_ingang(gemeente_web):
    """Losser 5.2 / Geertruidenberg 6.4: een verbod geldt voor een periode. Het formulier van de maatregel zonder brief
    heeft de datum van het besluit en (bij een verbod) de ingang; een ongeldige ingang staat naast het veld."""
    gemeente = gemeente_web.gemeente
    nummer = _incident(gemeente)
    client = gemeente_web.ingelogd("leidinggevende")
    besluit = (date.today() - timedelta(days=1)).strftime("%d-%m-%Y")
    ingang = (date.today() + timedelta(days=3)).strftime("%d-%m-%Y")
    fout = _post(
        client,
        f"/incidenten/{nummer}/maatregel",
        soort="toegangsverbod",
        duur="3",
        toelichting="ernstig",
        ingang="morgen",
    )
    assert fout.status_code == 422
    assert 'id="maatregel-ingang-fout"' in fout.text and 'value="morgen"' in fout.text
    assert Werkplek(gemeente.map).lees().maatregelen == []
    ok = _post(
        client,
        f"/incidenten/{nummer}/maatregel",
        soort="toegangsverbod",
        duur="3",
        toelichting="ernstig",
        datum=besluit,
        ingang=ingang,
    )
    assert ok.status_code == 200, ok.text
    m = Werkplek(gemeente.map).lees().maatregelen[0]
    assert m["datum"] == date.today() - timedelta(days=1)
    assert m["ingang"] == date.today() + timedelta(days=3)


@pytest.mark.parametrize("rol", ["medewerker", "receptie"])
def test_de_formulieren_alleen_voor_leidinggevende_en_coordinator(web, rol):
    """Issue 3.5: elke pagina controleert de rol. Een medewerker of de receptie krijgt 403 op de brief en de
    maatregel, ook met alle velden; er is niets vastgelegd."""
    nummer = _incident(web.gemeente)
    client = web.ingelogd(rol)
    velden = {"soort": "ordegesprek", "gesprek_datum": GESPREK, "gesprek_tijd": "14:00", "toelichting": "x"}
    assert _post(client, f"/incidenten/{nummer}/brief", **velden).status_code == 403
    assert _post(client, f"/incidenten/{nummer}/maatregel", soort="registratie", datum=DATUM).status_code == 403
    assert Werkplek(web.gemeente.map).lees().maatregelen == []


def test_zonder_csrf_geen_brief(web):
    """Issue 3.5: elke POST draagt het CSRF-token; zonder wordt er niets gemaakt."""
    nummer = _incident(web.gemeente)
    client = web.ingelogd("leidinggevende")
    antwoord = client.post(
        f"/incidenten/{nummer}/brief",
        data={"soort": "ordegesprek", "gesprek_datum": GESPREK, "gesprek_tijd": "14:00", "toelichting": "x"},
    )
    assert antwoord.status_code == 403
    assert Werkplek(web.gemeente.map).lees().maatregelen == []


# --- meldingen van het web beoordelen (3.5) ---------------------------------------------------------------------

GISTEREN = (date.today() - timedelta(days=1)).strftime("%d-%m-%Y")


def _webmelding(web, omschrijving: str = "Schold de medewerker uit.") -> str:
    """Een medewerker meldt op het web; geeft het incidentnummer."""
    klasse = {"ernst": "agressief"} if web.gemeente.map.name == "geertruidenberg" else {"gedrag": "D"}
    client = web.ingelogd("medewerker")
    csrf = csrf_van(client.get("/melden").text)
    antwoord = client.post(
        "/melden",
        data={
            "csrf": csrf,
            "datum": GISTEREN,
            "kanaal": "balie",
            "naam": "Jan de Vries",
            "vorm": ["verbaal"],
            "omschrijving": omschrijving,
            **klasse,
        },
    )
    assert antwoord.status_code == 200, antwoord.text
    return re.search(r"als incident (\d{4}-\d{4})", antwoord.text).group(1)


def _tekst(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def _logboek(web) -> str:
    return (web.gemeente.map / "logboek.csv").read_text(encoding="utf-8")


def test_een_webmelding_wacht_op_de_coordinator_en_wordt_aanvaard(gemeente_web):
    """Geertruidenberg 4.2: "De coördinator van het interventieteam registreert de melding in excel." Een melding op
    het web heeft meteen een nummer maar staat op 'te beoordelen': nog niet bij aanvullen. De coördinator aanvaardt
    haar (hetzelfde nummer); de medewerker ziet de stand; het logboek noemt de webgebruiker."""
    web = gemeente_web
    nummer = _webmelding(web)
    medewerker = web.ingelogd("medewerker")
    assert f"{nummer} {GISTEREN} Te beoordelen" in _tekst(medewerker.get("/melden").text)
    coordinator = web.ingelogd("coordinator")
    assert nummer not in _tekst(coordinator.get("/aanvullen").text)
    leidinggevende = web.ingelogd("leidinggevende")
    assert nummer not in _tekst(leidinggevende.get("/incidenten").text)  # pas na de beoordeling
    lijst = coordinator.get("/beoordelen")
    assert lijst.status_code == 200
    assert f"Melding {nummer}" in _tekst(lijst.text) and "test-medewerker" in lijst.text
    assert 'href="/beoordelen"' in coordinator.get("/").text  # in het menu van de coördinator
    antwoord = _post(coordinator, f"/beoordelen/{nummer}", actie="aanvaarden")
    assert antwoord.status_code == 200
    assert f"Melding {nummer} is aanvaard" in _tekst(antwoord.text)
    assert f"Melding {nummer}" not in _tekst(coordinator.get("/beoordelen").text)
    assert nummer in _tekst(coordinator.get("/aanvullen").text)
    assert nummer in _tekst(leidinggevende.get("/incidenten").text)
    rij = Werkplek(web.gemeente.map).lees().incident(nummer)
    assert rij["beoordeling"] == "aanvaard" and rij["beoordeeld_door"] == "web:test-coordinator"
    assert rij["status"] != "vervallen"
    assert f"web:test-coordinator;aanvaarden;{nummer}" in _logboek(web)
    assert f"{nummer} {GISTEREN} Aanvaard" in _tekst(medewerker.get("/melden").text)
    # Twee keer beoordelen kan niet.
    nogmaals = _post(coordinator, f"/beoordelen/{nummer}", actie="afwijzen", reden="toch niet")
    assert nogmaals.status_code == 422 and "al beoordeeld (aanvaard)" in nogmaals.text


def test_een_webmelding_afwijzen_met_reden_bewaart_haar(web):
    """Geertruidenberg 4.2: "De coördinator van het interventieteam registreert de melding in excel." Afwijzen vraagt
    een reden (naast het veld); de melding vervalt maar blijft in het register, en haar nummer wordt niet opnieuw
    uitgegeven."""
    nummer = _webmelding(web)
    coordinator = web.ingelogd("coordinator")
    zonder = _post(coordinator, f"/beoordelen/{nummer}", actie="afwijzen", reden="")
    assert zonder.status_code == 422
    assert f'id="{nummer}-reden-fout"' in zonder.text and "Vul in waarom de melding niet doorgaat" in zonder.text
    assert Werkplek(web.gemeente.map).lees().incident(nummer)["beoordeling"] == "te beoordelen"
    antwoord = _post(coordinator, f"/beoordelen/{nummer}", actie="afwijzen", reden="geen agressie, een klacht")
    assert antwoord.status_code == 200 and f"Melding {nummer} is afgewezen" in _tekst(antwoord.text)
    rij = Werkplek(web.gemeente.map).lees().incident(nummer)
    assert rij["status"] == "vervallen" and rij["beoordeling"] == "afgewezen"
    assert rij["beoordeling_reden"] == "geen agressie, een klacht"
    assert f"web:test-coordinator;afwijzen;{nummer}" in _logboek(web)
    medewerker = web.ingelogd("medewerker")
    assert f"{nummer} {GISTEREN} Afgewezen: geen agressie, een klacht" in _tekst(medewerker.get("/melden").text)
    volgende = _webmelding(web, "Een tweede voorval.")
    assert volgende != nummer and volgende > nummer


def test_een_webmelding_samenvoegen_met_een_bestaand_incident(web):
    """Geertruidenberg 4.2: "De coördinator van het interventieteam registreert de melding in excel." Twee meldingen
    van één voorval: de tweede wordt samengevoegd met de eerste (ze vervalt en verwijst ernaar); een onbekend nummer
    staat naast het veld."""
    eerste = _webmelding(web)
    tweede = _webmelding(web, "Hetzelfde voorval, door een collega gemeld.")
    coordinator = web.ingelogd("coordinator")
    _post(coordinator, f"/beoordelen/{eerste}", actie="aanvaarden")
    lijst = coordinator.get("/beoordelen").text
    assert f'value="{eerste}"' in lijst  # mogelijk hetzelfde voorval: alvast ingevuld
    onbekend = _post(coordinator, f"/beoordelen/{tweede}", actie="samenvoegen", samengevoegd_met="2026-9999")
    assert onbekend.status_code == 422 and f'id="{tweede}-samengevoegd_met-fout"' in onbekend.text
    assert 'value="2026-9999"' in onbekend.text
    zichzelf = _post(coordinator, f"/beoordelen/{tweede}", actie="samenvoegen", samengevoegd_met=tweede)
    assert zichzelf.status_code == 422
    antwoord = _post(coordinator, f"/beoordelen/{tweede}", actie="samenvoegen", samengevoegd_met=eerste)
    assert antwoord.status_code == 200
    assert f"Melding {tweede} is samengevoegd met incident {eerste}" in _tekst(antwoord.text)
    register = Werkplek(web.gemeente.map).lees()
    rij = register.incident(tweede)
    assert rij["status"] == "vervallen" and rij["beoordeling"] == "samengevoegd" and rij["samengevoegd_met"] == eerste
    assert register.incident(eerste)["status"] != "vervallen"
    assert f"web:test-coordinator;samenvoegen;{tweede}" in _logboek(web)
    medewerker = web.ingelogd("medewerker")
    assert f"Samengevoegd met incident {eerste}" in _tekst(medewerker.get("/melden").text)


@pytest.mark.parametrize("rol", ["medewerker", "receptie", "leidinggevende"])
def test_beoordelen_alleen_voor_de_coordinator(web, rol):
    """Issue 3.5: de coördinator heeft "meldformulieren and web reports to accept"; een andere rol krijgt 403 en er
    verandert niets. Zonder CSRF-token ook niet."""
    nummer = _webmelding(web)
    client = web.ingelogd(rol)
    assert client.get("/beoordelen").status_code == 403
    assert _post(client, f"/beoordelen/{nummer}", actie="aanvaarden").status_code == 403
    coordinator = web.ingelogd("coordinator")
    assert coordinator.post(f"/beoordelen/{nummer}", data={"actie": "aanvaarden"}).status_code == 403
    assert Werkplek(web.gemeente.map).lees().incident(nummer)["beoordeling"] == "te beoordelen"
    assert _post(coordinator, "/beoordelen/2026-9999", actie="aanvaarden").status_code == 404


# --- geen opdrachtregel op het web (3.5) ----------------------------------------------------------------------------


def _opdrachtregel():
    """Een opdracht van de opdrachtregel in een tekst: 'agressie brief ...' (elke opdracht van de CLI) of een optie."""
    from typer.main import get_command

    from agressie_cli.cli import app

    namen = sorted(get_command(app).commands, key=len, reverse=True)
    return re.compile(rf"\bagressie (?:{'|'.join(map(re.escape, namen))})\b|(?<![\w-])--[a-z]")


def _zichtbare_tekst(html: str) -> str:
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    html = re.sub(r"<!--.*?-->", " ", html, flags=re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", html).split()).replace("&#39;", "'").replace("&quot;", '"')


@pytest.mark.parametrize("profiel", ["geertruidenberg", "losser"])
def test_geen_opdracht_van_de_opdrachtregel_op_een_pagina(tmp_path, profiel):
    """Issue 3.5: "No CLI syntax on any web page": elke pagina van elke rol, met termijnen van nazorg, verplichtingen,
    een brief die nog niet verzonden is, doorsturen en een melding die nog aangevuld moet worden. Wat een termijn
    afsluit, is een link naar de pagina die het doet."""
    gemeente = maak_gemeente(tmp_path, profiel)
    web = maak_web(gemeente)
    klasse = {"ernst": "strafbaar"} if profiel == "geertruidenberg" else {"gedrag": "D"}
    oud = (date.today() - timedelta(days=20)).isoformat()
    compleet = gemeente.meld(
        naam="Jan de Vries", kanaal="balie", datum=oud, tijd="10:00", afdeling="Burgerzaken", **VOLLEDIG, **klasse
    )
    gemeente.ok("brief", compleet, "--duur", "3", *REDEN)  # gemaakt, niet verzonden (Losser: met toelichting, 5.2)
    onvolledig = gemeente.meld(naam="Piet Bos", kanaal="balie", datum=oud, **klasse)
    ambt = gemeente.meld(
        naam="Karel Anders", kanaal="balie", datum=oud, tijd="11:00", ambt="wethouder", **VOLLEDIG, **klasse
    )
    webmelding = _webmelding(web)
    patroon = _opdrachtregel()
    bezocht = 0
    for rol in ("medewerker", "receptie", "leidinggevende", "coordinator"):
        client = web.ingelogd(rol)
        paden = ["/", *re.findall(r"<nav.*?</nav>", client.get("/").text, re.S)]
        paden = ["/", *re.findall(r'href="(/[a-z][^"#?]*)"', paden[1] if len(paden) > 1 else "")]
        if rol in ("leidinggevende", "coordinator"):
            paden += [f"/incidenten/{n}" for n in (compleet, onvolledig, ambt, webmelding)]
        if rol == "coordinator":
            paden += [
                f"/aanvullen/{onvolledig}",
                "/termijnen?alles=ja",
                "/beoordelen",
                f"/doorsturen?nummer={compleet}",
            ]
        for pad in dict.fromkeys(paden):
            antwoord = client.get(pad)
            assert antwoord.status_code == 200, (rol, pad, antwoord.status_code)
            gevonden = patroon.search(_zichtbare_tekst(antwoord.text))
            assert gevonden is None, (rol, pad, _zichtbare_tekst(antwoord.text)[max(0, gevonden.start() - 100) :][:200])
            bezocht += 1
    assert bezocht > 15
    termijnen = web.ingelogd("coordinator").get("/termijnen?alles=ja").text
    assert f'href="/incidenten/{compleet}#nazorg-gesprek">Afvinken met de datum' in termijnen
    assert f'href="/aanvullen/{onvolledig}"' in termijnen


# --- eenheid: een onbekend nummer, en herstel leest alleen de gekozen kopie (3.5) -----------------------------------


def test_een_onbekend_incident_geeft_overal_dezelfde_pagina(web):
    """Issue 3.5: "an unknown incident number gives the same status and page on brief, maatregel and nazorg (404 with a
    Dutch page)". Ook de pagina van het incident zelf en de knop die de velden van een soort toont."""
    _incident(web.gemeente)
    client = web.ingelogd("leidinggevende")
    antwoorden = [
        client.get("/incidenten/2026-9999"),
        _post(client, "/incidenten/2026-9999/brief", soort="waarschuwing"),
        _post(client, "/incidenten/2026-9999/brief", soort="ordegesprek", tonen="ja"),
        _post(client, "/incidenten/2026-9999/maatregel", soort="registratie"),
        _post(client, "/incidenten/2026-9999/maatregel", soort="registratie", tonen="ja"),
        _post(client, "/incidenten/2026-9999/nazorg", gesprek=DATUM),
        _post(client, "/incidenten/2026-9999/nazorg"),
    ]
    for antwoord in antwoorden:
        assert antwoord.status_code == 404
        tekst = _tekst(antwoord.text)
        assert "Niet gevonden" in tekst and "Incident 2026-9999 staat niet in de incidenten van uw afdelingen." in tekst
    hoofd = {re.sub(r'name="csrf" value="[^"]+"', "", a.text) for a in antwoorden}
    assert len(hoofd) == 1  # dezelfde pagina
    assert Werkplek(web.gemeente.map).lees().maatregelen == []


def test_herstel_leest_alleen_de_gekozen_reservekopie(web, monkeypatch):
    """Issue 3.5: "/herstel's first load reads every backup (slow): list them cheaply (names, dates, sizes) and read one
    only when chosen." Een beschadigde kopie staat gewoon in de lijst (met grootte); pas wie haar kiest, hoort dat ze
    beschadigd is."""
    from agressie_cli.opslag.excel.opslag import ExcelOpslag

    g = web.gemeente
    for naam in ("Jan de Vries", "Piet Bos", "Karel Anders"):
        g.meld(naam=naam, kanaal="balie", ernst="licht")
    kopieen = sorted((g.map / "reservekopieen").glob("*.xlsx"), reverse=True)
    assert len(kopieen) >= 3
    kopieen[1].write_bytes(b"geen excel")  # kopie 2 is beschadigd
    gelezen: list[str] = []
    tel = ExcelOpslag._tel_incidenten

    def tel_en_onthoud(self, pad):
        gelezen.append(pad.name)
        return tel(self, pad)

    monkeypatch.setattr(ExcelOpslag, "_tel_incidenten", tel_en_onthoud)
    client = web.ingelogd("coordinator")
    lijst = client.get("/herstel")
    assert lijst.status_code == 200 and gelezen == []
    tekst = _tekst(lijst.text)
    assert "Grootte" in tekst and " kB" in tekst
    assert 'name="kopie" value="2"' in lijst.text and 'name="kopie" value="3"' in lijst.text
    vraag = _post(client, "/herstel", actie="kiezen", kopie="3")
    assert "Weet u zeker dat u reservekopie 3" in _tekst(vraag.text) and "incidenten)" in _tekst(vraag.text)
    assert gelezen == [kopieen[2].name]
    beschadigd = _post(client, "/herstel", actie="kiezen", kopie="2")
    assert beschadigd.status_code == 422 and "Reservekopie 2 is zelf beschadigd" in _tekst(beschadigd.text)
    assert gelezen == [kopieen[2].name, kopieen[1].name]
    assert len(g.json("lijst")) == 3  # er is niets teruggezet
