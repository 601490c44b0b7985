"""3.5 de coördinator op het web: "everything the CLI does: the register with filters, aanvullen, corrections, termijnen
(overdue first), meldformulieren and web reports to accept, rapport download, doorsturen, opschonen with confirmation,
herstel". Elke pagina roept de handeling aan die de opdrachtregel ook gebruikt; wat de pagina schreef, leest de
opdrachtregel terug (--json), en elke schrijfactie staat met de webgebruiker in logboek.csv."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from webhulp import csrf_van, maak_web

from agressie_cli.handelingen.werkplek import Werkplek
from conftest import VOLLEDIG, maak_gemeente

VANDAAG = date.today()
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _post(client, pad: str, **data):
    csrf = csrf_van(client.get("/").text)
    return client.post(pad, data={"csrf": csrf, **data})


def _logboek(web) -> str:
    return (web.gemeente.map / "logboek.csv").read_text(encoding="utf-8-sig")


def _drie_incidenten(g) -> tuple[str, str, str]:
    klasse = {"ernst": "agressief"} if "geertruidenberg" in g.map.name else {"gedrag": "D"}
    a = g.meld(naam="Jan de Vries", kanaal="balie", afdeling="Burgerzaken", datum="2026-03-02", **klasse)
    b = g.meld(naam="Piet Bos", kanaal="telefoon", afdeling="Sociaal domein", datum="2026-05-10", **klasse)
    c = g.meld(naam="Karin Smit", kanaal="balie", afdeling="Burgerzaken", datum="2026-08-20", **klasse)
    return a, b, c


def _nummers(html: str, alle: tuple[str, ...]) -> list[str]:
    return [n for n in alle if f">{n}</a>" in html]


# --- /incidenten ----------------------------------------------------------------------------------------------------


def test_register_filteren_op_naam_afdeling_status_en_periode_per_post(web):
    """Geertruidenberg 4.2: "De coördinator van het interventieteam registreert de melding in excel." Het register met
    filters; de zoektekst (een naam) gaat in een POST, nooit in het adres."""
    alle = _drie_incidenten(web.gemeente)
    client = web.ingelogd("coordinator")
    pagina = client.get("/incidenten")
    assert pagina.status_code == 200 and _nummers(pagina.text, alle) == list(alle)
    assert "3 van 3 incidenten" in pagina.text
    assert pagina.text.index(alle[2]) < pagina.text.index(alle[0])  # nieuwste eerst

    op_naam = _post(client, "/incidenten", zoek="vries")
    assert _nummers(op_naam.text, alle) == [alle[0]] and "1 van 3 incidenten (gefilterd)" in op_naam.text
    assert "vries" not in str(op_naam.url).lower()
    assert _nummers(_post(client, "/incidenten", zoek=alle[1]).text, alle) == [alle[1]]
    assert _nummers(_post(client, "/incidenten", zoek="P0003").text, alle) == [alle[2]]
    assert _nummers(_post(client, "/incidenten", afdeling="Burgerzaken").text, alle) == [alle[0], alle[2]]
    periode = _post(client, "/incidenten", van="1-4-2026", tot="30-6-2026")
    assert _nummers(periode.text, alle) == [alle[1]]
    assert _nummers(_post(client, "/incidenten", status="compleet").text, alle) == []
    assert _nummers(_post(client, "/incidenten", status="gemeld").text, alle) == list(alle)


def test_register_foute_datum_naast_het_veld(web):
    _drie_incidenten(web.gemeente)
    antwoord = _post(web.ingelogd("coordinator"), "/incidenten", van="31-2-2026")
    assert antwoord.status_code == 422
    assert 'id="van-fout"' in antwoord.text and 'aria-invalid="true"' in antwoord.text
    assert "--van" not in antwoord.text  # de melding noemt het veld, niet de optie van de opdrachtregel


def test_leidinggevende_ziet_alleen_de_afdelingen_op_zijn_account(web):
    from webhulp import WACHTWOORD

    from agressie_cli.handelingen import gebruikers

    alle = _drie_incidenten(web.gemeente)
    gebruikers.toevoegen(web.werkplek, "bz-manager", "leidinggevende", WACHTWOORD, ("Burgerzaken",))
    client = web.client()
    csrf = csrf_van(client.get("/inloggen").text)
    client.post("/inloggen", data={"gebruiker": "bz-manager", "wachtwoord": WACHTWOORD, "csrf": csrf})
    pagina = client.get("/incidenten")
    assert pagina.status_code == 200
    assert _nummers(pagina.text, alle) == [alle[0], alle[2]]
    assert "Piet Bos" not in pagina.text
    assert _nummers(_post(client, "/incidenten", afdeling="Sociaal domein").text, alle) == []
    assert client.get("/aanvullen").status_code == 403


# --- aanvullen ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("profiel", ["geertruidenberg", "losser"])
def test_aanvullen_maakt_de_web_melding_compleet(tmp_path, profiel):
    """Geertruidenberg 4.2: "Medewerkers die een agressiemelding doen, hoeven niet in één keer alle informatie te
    geven. De coördinator van het interventieteam kan dit ook op een later moment navragen." En: "Nadat de
    agressiemelding compleet is gemaakt door de coördinator ..." Het formulier toont alleen wat ontbreekt."""
    g = maak_gemeente(tmp_path, profiel)
    klasse = {"ernst": "agressief"} if profiel == "geertruidenberg" else {"gedrag": "D"}
    nummer = g.meld(naam="Jan de Vries", kanaal="balie", tijd="10:30", **klasse)
    web = maak_web(g)
    client = web.ingelogd("coordinator")
    lijst = client.get("/aanvullen")
    assert f'href="/aanvullen/{nummer}"' in lijst.text and "Jan de Vries" in lijst.text
    formulier = client.get(f"/aanvullen/{nummer}").text
    for veld in ("omschrijving", "melder", "postcode", "email", "politie"):
        assert f'name="{veld}"' in formulier
    assert 'name="tijd"' not in formulier and 'name="kanaal"' not in formulier  # die zijn er al

    fout = _post(client, f"/aanvullen/{nummer}", email="geen-adres", melder="P. Jansen")
    assert fout.status_code == 422 and 'id="email-fout"' in fout.text and "geldig e-mailadres" in fout.text
    assert g.json("lijst")[0]["status"] == "gemeld"  # niets opgeslagen

    velden = {k: v for k, v in VOLLEDIG.items() if k != "brieftekst"}
    data = {
        k: (", ".join(v) if isinstance(v, list) else ("ja" if v else "nee") if isinstance(v, bool) else v)
        for k, v in velden.items()
    }
    goed = _post(client, f"/aanvullen/{nummer}", **data)
    assert goed.status_code == 200, goed.text
    assert "Het incident is compleet." in goed.text
    [regel] = g.json("lijst")
    assert regel["status"] == "compleet" and regel["ontbrekend"] == []
    historie = g.json("historie", "P0001")
    assert historie["naam"] == "Jan de Vries"
    assert f"aanvullen;{nummer}" in _logboek(web).replace("'", "") and "web:test-coordinator" in _logboek(web)
    assert "Jan de Vries" not in _logboek(web)


def test_aanvullen_onbekend_incident_404(web):
    antwoord = web.ingelogd("coordinator").get("/aanvullen/2026-9999")
    assert antwoord.status_code == 404 and "bestaat niet" in antwoord.text


# --- intrekken ------------------------------------------------------------------------------------------------------


def test_intrekken_alleen_met_reden(web):
    """Een correctie is een vastgelegde handeling met datum en reden (2.4), ook op het web."""
    nummer = web.gemeente.meld(naam="Jan de Vries", kanaal="balie", ernst="licht")
    client = web.ingelogd("coordinator")
    zonder = _post(client, "/intrekken", nummer=nummer, reden="")
    assert zonder.status_code == 422 and 'id="reden-fout"' in zonder.text and "verplicht" in zonder.text
    assert web.gemeente.json("lijst")[0]["status"] == "gemeld"
    met = _post(client, "/intrekken", nummer=nummer, reden="dubbel gemeld")
    assert met.status_code == 200 and f"Incident {nummer} is ingetrokken" in met.text
    assert web.gemeente.json("lijst") == []
    assert web.gemeente.json("lijst", "--status", "vervallen")[0]["incident"] == nummer
    assert "web:test-coordinator" in _logboek(web) and "intrekken" in _logboek(web)


# --- termijnen ------------------------------------------------------------------------------------------------------


def test_termijnen_verlopen_eerst_dezelfde_als_de_opdrachtregel(web):
    """Geertruidenberg 4.2: "Dit moet binnen een week plaatsvinden." Verlopen eerst; dezelfde punten als
    agressie termijnen."""
    g = web.gemeente
    oud = g.meld(
        naam="Jan de Vries", kanaal="balie", ernst="agressief", datum=(VANDAAG - timedelta(days=12)).isoformat()
    )
    nieuw = g.meld(naam="Piet Bos", kanaal="balie", ernst="agressief", datum=VANDAAG.isoformat())
    pagina = web.ingelogd("coordinator").get("/termijnen")
    assert pagina.status_code == 200
    assert pagina.text.index(f">{oud}</a>") < pagina.text.index(f">{nieuw}</a>")
    assert "verlopen</strong>" in pagina.text
    cli = g.json("termijnen", "--alles")
    items = cli["termijnen"] if isinstance(cli, dict) else cli
    # 3.5: dezelfde punten, met de tekst zonder opdracht van de opdrachtregel (de actie is een link ernaast).
    from agressie_cli.handelingen import opvragen

    web_items = opvragen.termijnen(Werkplek(g.map), VANDAAG, True).alle
    assert [(t.soort, t.incident) for t in web_items] == [(i["soort"], i["incident"]) for i in items]
    for t in web_items:
        assert t.tekst in pagina.text.replace("&#39;", "'")
    assert pagina.text.count("<tr") - 1 == len(items)


# --- meldformulieren ------------------------------------------------------------------------------------------------


def _ingevuld(g, doel: Path) -> bytes:
    formulier = Path(g.json("meldformulier")["bestand"])
    wb = openpyxl.load_workbook(formulier)
    ws = wb.active
    antwoorden = {
        "Uw naam": "P. Jansen",
        "Datum van het incident": VANDAAG - timedelta(days=1),
        "Waar of hoe gebeurde het?": "Balie",
        "Hoe ernstig was het?": "agressief",
        "Naam": "Jan de Vries",
    }
    for rij in range(1, ws.max_row + 1):
        tekst = ws.cell(rij, 1).value
        for vraag, antwoord in antwoorden.items():
            if isinstance(tekst, str) and tekst.rstrip(" *").startswith(vraag):
                ws.cell(rij, 2).value = antwoord
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def test_meldformulier_uploaden_lezen_en_registreren(web):
    """Geertruidenberg 4.2: de coördinator registreert de melding; eerst lezen (niets geregistreerd), dan kiezen."""
    g = web.gemeente
    inhoud = _ingevuld(g, g.map / "ingevuld.xlsx")
    client = web.ingelogd("coordinator")
    csrf = csrf_van(client.get("/formulieren").text)
    gelezen = client.post(
        "/formulieren",
        data={"csrf": csrf, "actie": "inlezen"},
        files={"formulier": ("melding jansen.xlsx", inhoud, "application/octet-stream")},
    )
    assert gelezen.status_code == 200, gelezen.text
    assert "Jan de Vries" in gelezen.text and 'name="registreer-0"' in gelezen.text
    assert g.json("lijst") == []  # alleen gelezen
    token = gelezen.text.split('name="token" value="')[1].split('"')[0]
    klaar = client.post(
        "/formulieren", data={"csrf": csrf, "actie": "registreren", "token": token, "registreer-0": "ja"}
    )
    assert "Geregistreerd als incident" in klaar.text
    [regel] = g.json("lijst")
    assert regel["naam"] == "Jan de Vries"
    assert "web:test-coordinator" in _logboek(web)
    assert not any((g.map / "web-formulieren").iterdir())  # de upload is weg na het registreren
    # Een tweede keer hetzelfde formulier: geweigerd, niet dubbel.
    csrf = csrf_van(client.get("/formulieren").text)
    weer = client.post(
        "/formulieren",
        data={"csrf": csrf, "actie": "inlezen"},
        files={"formulier": ("melding jansen.xlsx", inhoud, "application/octet-stream")},
    )
    assert "al geregistreerd" in weer.text


@pytest.mark.parametrize(
    ("naam", "inhoud", "melding"),
    [
        ("virus.exe", b"MZ\x90\x00", "geen Excel-bestand"),
        ("nep.xlsx", b"dit is tekst", "geen Excel-bestand"),
        ("groot.xlsx", b"PK\x03\x04" + b"0" * (3 * 1024 * 1024), "groter dan 2 MB"),
    ],
)
def test_upload_alleen_xlsx_en_niet_te_groot(web, naam, inhoud, melding):
    client = web.ingelogd("coordinator")
    csrf = csrf_van(client.get("/formulieren").text)
    antwoord = client.post(
        "/formulieren", data={"csrf": csrf, "actie": "inlezen"}, files={"formulier": (naam, inhoud, "text/plain")}
    )
    assert antwoord.status_code == 422 and melding in antwoord.text and 'id="formulier-fout"' in antwoord.text
    assert not (web.gemeente.map / "web-formulieren").exists()


# --- rapport --------------------------------------------------------------------------------------------------------


def test_rapport_downloaden_met_namen_alleen_na_keuze_en_in_het_logboek(web):
    """Geertruidenberg 4.2: "Hij stelt eens per kwartaal een overzicht op voor het MT." Met namen alleen als de
    coördinator daarvoor kiest; dat komt met zijn naam in het logboek."""
    web.gemeente.meld(naam="Jan de Vries", kanaal="balie", ernst="agressief", datum="2026-08-20")
    client = web.ingelogd("coordinator")
    assert "2026-Q3" in client.get("/rapport").text
    zonder = _post(client, "/rapport", kwartaal="2026-Q3")
    assert zonder.status_code == 200
    assert zonder.headers["content-disposition"] == 'attachment; filename="rapport-2026-Q3.xlsx"'
    assert zonder.headers["cache-control"] == "no-store"
    wb = openpyxl.load_workbook(io.BytesIO(zonder.content))
    alle_tekst = " ".join(str(c) for ws in wb for rij in ws.iter_rows(values_only=True) for c in rij if c)
    assert "Jan de Vries" not in alle_tekst
    assert "rapport met namen" not in _logboek(web)
    met = _post(client, "/rapport", kwartaal="2026-Q3", met_namen="ja")
    assert "met-namen" in met.headers["content-disposition"]
    wb = openpyxl.load_workbook(io.BytesIO(met.content))
    assert "Jan de Vries" in " ".join(str(c) for ws in wb for rij in ws.iter_rows(values_only=True) for c in rij if c)
    regels = [r for r in _logboek(web).splitlines() if "namen" in r]
    assert len(regels) == 1 and "web:test-coordinator" in regels[0] and "2026-Q3" in regels[0]
    assert not (web.gemeente.map / "rapporten").exists()  # het bestand is de download, niet een kopie op de schijf
    fout = _post(client, "/rapport", kwartaal="2026-Q7")
    assert fout.status_code == 422 and 'id="kwartaal-fout"' in fout.text


# --- doorsturen -----------------------------------------------------------------------------------------------------


def test_doorsturen_geeft_de_eml_en_legt_de_datum_vast(web):
    """Geertruidenberg 4.2: "De registratie wordt per e-mail opgestuurd naar de clustermanager." """
    g = web.gemeente
    nummer = g.meld(naam="Jan de Vries", kanaal="balie", ernst="agressief", leidinggevende_email="k.smits@example.nl")
    client = web.ingelogd("coordinator")
    antwoord = _post(client, "/doorsturen", nummer=nummer, aan="clustermanager")
    assert antwoord.status_code == 200, antwoord.text
    assert antwoord.headers["content-type"].startswith("message/rfc822")
    assert f'filename="doorsturen-{nummer}-clustermanager.eml"' in antwoord.headers["content-disposition"]
    assert b"k.smits@example.nl" in antwoord.content and b"X-Unsent: 1" in antwoord.content
    regel = next(r for r in _logboek(web).splitlines() if "concept klaargezet voor clustermanager" in r)
    assert "web:test-coordinator" in regel and nummer in regel
    assert (g.map / "uitgaand").is_dir() and any((g.map / "uitgaand").iterdir())  # ook naast het register
    aov = _post(client, "/doorsturen", nummer=nummer, aan="aov")
    assert aov.status_code == 422 and "compleet" in aov.text


# --- opschonen en herstel -------------------------------------------------------------------------------------------


def test_opschonen_eerst_voorbeeld_dan_bevestigen(web):
    """Bewaartermijn (AVG): de eerste POST toont wie het betreft en wijzigt niets; pas de tweede (bevestigd) anonimiseert."""
    g = web.gemeente
    g.meld(naam="Oude Zaak", kanaal="balie", ernst="licht", datum="2019-01-07")
    g.meld(naam="Jan de Vries", kanaal="balie", ernst="licht")
    client = web.ingelogd("coordinator")
    voor = g.register.read_bytes()
    voorbeeld = _post(client, "/opschonen", actie="voorbeeld")
    assert "Oude Zaak" in voorbeeld.text and "Jan de Vries" not in voorbeeld.text
    assert g.register.read_bytes() == voor
    zonder_vinkje = _post(client, "/opschonen", actie="uitvoeren")
    assert zonder_vinkje.status_code == 422 and g.register.read_bytes() == voor
    klaar = _post(client, "/opschonen", actie="uitvoeren", bevestigd="ja")
    assert "1 personen geanonimiseerd" in klaar.text
    assert "Oude Zaak" not in " ".join(str(r.get("naam")) for r in g.json("lijst", "--van", "2019-01-01"))
    assert "web:test-coordinator" in _logboek(web) and "Oude Zaak" not in _logboek(web)


def test_herstel_lijst_bevestigen_en_terugzetten(web):
    g = web.gemeente
    g.meld(naam="Jan de Vries", kanaal="balie", ernst="licht")
    g.meld(naam="Piet Bos", kanaal="balie", ernst="licht")
    client = web.ingelogd("coordinator")
    lijst = client.get("/herstel")
    assert lijst.status_code == 200 and 'name="kopie" value="1"' in lijst.text
    vraag = _post(client, "/herstel", actie="kiezen", kopie="1")
    assert "Weet u zeker" in vraag.text and len(g.json("lijst")) == 2  # nog niets teruggezet
    klaar = _post(client, "/herstel", actie="terugzetten", kopie="1")
    assert klaar.status_code == 200 and "is teruggezet" in klaar.text
    assert [r["naam"] for r in g.json("lijst")] == ["Jan de Vries"]
    assert "web:test-coordinator" in _logboek(web) and "herstel" in _logboek(web)


# --- het register in het geheugen -----------------------------------------------------------------------------------


def test_register_blijft_in_het_geheugen_en_een_cli_schrijfactie_is_meteen_te_zien(web):
    """3.5: "The parsed register stays in memory between requests and is re-read when the file changes"; nooit oude
    gegevens na een schrijfactie van de opdrachtregel."""
    g = web.gemeente
    eerste = g.meld(naam="Jan de Vries", kanaal="balie", ernst="licht")
    client = web.ingelogd("coordinator")
    geheugen = web.app.state.werkplek.geheugen
    assert eerste in client.get("/incidenten").text
    voor = geheugen.lezingen
    for _ in range(3):
        client.get("/incidenten")
        client.get("/termijnen")
    assert geheugen.lezingen == voor  # geen nieuwe lezing zolang het bestand gelijk is
    tweede = g.meld(naam="Piet Bos", kanaal="balie", ernst="licht")  # de opdrachtregel schrijft
    assert tweede in client.get("/incidenten").text
    assert geheugen.lezingen == voor + 1
    # En een schrijfactie van het web zelf ook.
    _post(client, "/intrekken", nummer=tweede, reden="dubbel gemeld")
    assert f">{tweede}</a>" not in client.get("/incidenten").text


def test_te_groot_verzoek_geweigerd_voor_het_gelezen_wordt(web):
    """3.5: "uploads limited in size and type": een POST boven de grens wordt niet eens gelezen."""
    client = web.ingelogd("coordinator")
    csrf = csrf_van(client.get("/formulieren").text)
    groot = b"0" * (26 * 1024 * 1024)
    antwoord = client.post(
        "/formulieren", data={"csrf": csrf, "actie": "inlezen"}, files={"formulier": ("groot.xlsx", groot, XLSX)}
    )
    assert antwoord.status_code == 413 and "te groot" in antwoord.text
    assert not (web.gemeente.map / "web-formulieren").exists()


def test_termijnen_vat_de_achterstand_samen_zoals_de_opdrachtregel(web):
    """Wat langer dan 90 dagen verlopen is, staat samengevat (zoals agressie termijnen); ?alles=ja toont het."""
    g = web.gemeente
    oud = g.meld(
        naam="Jan de Vries", kanaal="balie", ernst="agressief", datum=(VANDAAG - timedelta(days=200)).isoformat()
    )
    nieuw = g.meld(naam="Piet Bos", kanaal="balie", ernst="agressief", datum=VANDAAG.isoformat())
    client = web.ingelogd("coordinator")
    pagina = client.get("/termijnen").text
    assert f">{nieuw}</a>" in pagina and f">{oud}</a>" not in pagina
    assert "Achterstand" in pagina and "langer dan 90 dagen verlopen (bij 1 incident)" in pagina
    alles = client.get("/termijnen?alles=ja").text
    assert alles.index(f">{oud}</a>") < alles.index(f">{nieuw}</a>")
    cli = g.json("termijnen", "--alles")
    items = cli["termijnen"] if isinstance(cli, dict) else cli
    assert alles.count("<tr") - 1 == len(items)
