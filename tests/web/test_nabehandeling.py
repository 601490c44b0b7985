"""3.4 op het web (3.5): na de brief. Issue 3.4 bouwt reactie, verzoek, herzien en goedkeuren "through the handelingen
of 3.2 so that the web front end of 3.5 gets them for free"; issue 3.5: de coördinator doet op het web wat de CLI doet,
de leidinggevende besluit. Hier: de lopende verboden met hun herzieningsdatum, en per maatregel de formulieren, met
dezelfde regels als `agressie reactie`, `verzoek`, `herzien`, `brief --soort herziening` en `goedkeuren`."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from test_browser import _geen_overtredingen, _inloggen, browser  # noqa: F401 (browser is een fixture)
from webhulp import WACHTWOORD, Server, chromium_pad, csrf_van, maak_web

from agressie_cli.handelingen import gebruikers
from agressie_cli.handelingen.werkplek import Werkplek
from conftest import ADRES, REDEN, maak_gemeente

GEDRAG = {"geertruidenberg": {"ernst": "strafbaar"}, "losser": {"gedrag": "D"}}
VERBOD = {"geertruidenberg": "toegangsverbod", "losser": "bedreiging"}
BEGIN = date.today() - timedelta(days=20)


def _tekst(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def _verbod(gemeente, afdeling: str = "Burgerzaken") -> str:
    """Een verbod voor onbepaalde tijd dat twintig dagen geleden inging; geeft het maatregelnummer."""
    nummer = gemeente.meld(
        naam="Jan de Vries",
        kanaal="balie",
        datum=BEGIN.isoformat(),
        tijd="10:30",
        afdeling=afdeling,
        brieftekst="U sloeg met uw vuist op de balie en schreeuwde tegen de medewerker.",
        aanhef="heer",
        **ADRES,
        **GEDRAG[gemeente.map.name],
    )
    soort = VERBOD[gemeente.map.name]
    m = gemeente.json(
        "maatregel", nummer, "--soort", soort, "--duur", "onbepaald", "--datum", BEGIN.isoformat(), *REDEN
    )
    return m["maatregel"]


def _post(client, pad: str, **data):
    csrf = csrf_van(client.get("/").text)
    return client.post(pad, data={"csrf": csrf, **data})


def _maatregel(gemeente, nummer: str) -> dict:
    return next(m for m in gemeente.json("historie", "P0001")["maatregelen"] if m["maatregel"] == nummer)


@pytest.fixture(params=["geertruidenberg", "losser"])
def gemeente_web(request, tmp_path):
    return maak_web(maak_gemeente(tmp_path, request.param))


def test_reactie_verzoek_herzien_en_de_brief_herziening_via_het_web(gemeente_web):
    """Issue 3.4: "`agressie reactie MAATREGEL --datum D --vorm mondeling|schriftelijk`", "`agressie verzoek`", "`agressie
    herzien MAATREGEL --uitkomst handhaven|aanpassen|opheffen --reden TEKST`" en "Each outcome has a letter ... that
    states the outcome, the reason, and for opheffen that renewed behaviour brings the measure back". Op het web
    dezelfde handelingen: wat het register daarna zegt, is wat `historie --json` zegt; de brief komt als download."""
    from agressie_cli.documenten.brieven.render import docx_tekst

    g = gemeente_web.gemeente
    m = _verbod(g)
    client = gemeente_web.ingelogd("leidinggevende")
    lijst = _tekst(client.get("/maatregelen").text)
    herzien_op = _maatregel(g, m)["herzien_op"]
    assert m in lijst and date.fromisoformat(herzien_op).strftime("%d-%m-%Y") in lijst
    pagina = client.get(f"/maatregelen/{m}")
    assert pagina.status_code == 200 and "Jan de Vries" in pagina.text and "onbepaalde tijd" in pagina.text

    gisteren = (date.today() - timedelta(days=1)).strftime("%d-%m-%Y")
    r = _post(client, f"/maatregelen/{m}/reactie", datum=gisteren, vorm="schriftelijk", samenvatting="Betreurt het.")
    assert r.status_code == 200 and "De reactie van " + gisteren + " (schriftelijk) is vastgelegd" in _tekst(r.text)
    v = _post(client, f"/maatregelen/{m}/verzoek", datum="vandaag", samenvatting="Wil weer aan de balie komen.")
    assert v.status_code == 200 and "Het verzoek van" in v.text
    assert "2 reacties of verzoeken" in _tekst(client.get("/maatregelen").text)  # nog niet beantwoord

    h = _post(client, f"/maatregelen/{m}/herzien", uitkomst="opheffen", reden="Geen incidenten meer sinds het verbod.")
    assert h.status_code == 200 and f"Het verbod {m} is opgeheven" in _tekst(h.text)
    regel = _maatregel(g, m)
    assert regel["uitkomst"] == "opheffen" and regel["opgeheven"] == date.today().isoformat()
    assert [x["vorm"] for x in regel["reacties"]] == ["schriftelijk"] and len(regel["verzoeken"]) == 1
    assert m not in _tekst(client.get("/maatregelen").text)  # opgeheven: niet meer bij de lopende verboden

    b = _post(client, f"/maatregelen/{m}/herziening")
    assert b.status_code == 200 and f'href="/maatregelen/{m}/herziening.docx"' in b.text
    download = client.get(f"/maatregelen/{m}/herziening.docx")
    assert download.status_code == 200
    assert f'filename="herziening-{m}.docx"' in download.headers["content-disposition"]  # geen naam in de download
    bestand = g.map / "download.docx"
    bestand.write_bytes(download.content)
    tekst = docx_tekst(bestand)
    assert "Geen incidenten meer sinds het verbod." in tekst and "opnieuw worden opgelegd" in tekst
    # Elke schrijfactie staat in het logboek met de naam van de webgebruiker.
    logboek = (g.map / "logboek.csv").read_text(encoding="utf-8")
    assert logboek.count("web:test-leidinggevende") >= 4


def test_een_fout_staat_naast_het_veld_en_het_register_blijft_gelijk(web):
    """Bad input never costs data: opheffen zonder reden wordt geweigerd (422) met de melding bij «reden», de
    ingevulde datum blijft staan, en het register is byte voor byte hetzelfde."""
    m = _verbod(web.gemeente)
    client = web.ingelogd("coordinator")
    voor = web.gemeente.register.read_bytes()
    antwoord = _post(client, f"/maatregelen/{m}/herzien", uitkomst="opheffen", datum="01-01-2099", reden="")
    assert antwoord.status_code in (422,)
    assert 'id="herzien-reden-fout"' in antwoord.text or 'id="herzien-datum-fout"' in antwoord.text
    assert "Er is niets vastgelegd" in antwoord.text and "--reden" not in antwoord.text
    assert web.gemeente.register.read_bytes() == voor
    onzin = _post(client, f"/maatregelen/{m}/reactie", datum="31-02-2026", vorm="schriftelijk")
    assert onzin.status_code == 422 and 'id="reactie-datum-fout"' in onzin.text
    assert 'value="31-02-2026"' in onzin.text  # de invoer blijft staan
    assert web.gemeente.register.read_bytes() == voor


def test_een_maatregel_van_een_andere_afdeling_opent_niet(web):
    """Issue 3.5: "the incidents of the afdelingen on their account"; een maatregel bij een incident van een andere
    afdeling is voor die leidinggevende onbekend (404), ook via het adres en met een POST, en verandert niets."""
    m = _verbod(web.gemeente, afdeling="Sociaal Domein")
    gebruikers.toevoegen(Werkplek(web.gemeente.map), "lg-burgerzaken", "leidinggevende", WACHTWOORD, ("Burgerzaken",))
    client = web.client()
    csrf = csrf_van(client.get("/inloggen").text)
    client.post("/inloggen", data={"gebruiker": "lg-burgerzaken", "wachtwoord": WACHTWOORD, "csrf": csrf})
    voor = web.gemeente.register.read_bytes()
    assert m not in _tekst(client.get("/maatregelen").text)
    assert client.get(f"/maatregelen/{m}").status_code == 404
    post = _post(client, f"/maatregelen/{m}/reactie", vorm="mondeling")
    assert post.status_code == 404 and "Jan de Vries" not in post.text
    assert web.gemeente.register.read_bytes() == voor
    assert client.get(f"/maatregelen/{m}/herziening.docx").status_code == 404
    # De coördinator ziet hem wel; de receptie en de medewerker niet.
    assert web.ingelogd("coordinator").get(f"/maatregelen/{m}").status_code == 200
    assert web.ingelogd("receptie").get(f"/maatregelen/{m}").status_code == 403
    assert web.ingelogd("medewerker").get(f"/maatregelen/{m}").status_code == 403


def test_zonder_csrf_token_legt_het_web_niets_vast(web):
    m = _verbod(web.gemeente)
    client = web.ingelogd("coordinator")
    voor = web.gemeente.register.read_bytes()
    antwoord = client.post(f"/maatregelen/{m}/reactie", data={"vorm": "mondeling"})
    assert antwoord.status_code == 403 and web.gemeente.register.read_bytes() == voor


def test_goedkeuren_als_de_gemeente_een_tweede_persoon_vraagt(web):
    """Issue 3.4: "A profile setting can require a second person's approval (`agressie goedkeuren MAATREGEL --door
    ...`) before a ban letter is final". Staat het aan, dan toont de pagina het formulier en legt het de goedkeuring
    vast; staat het uit (beide meegeleverde profielen), dan is er geen formulier."""
    g = web.gemeente
    nummer = g.meld(
        naam="Jan de Vries",
        kanaal="balie",
        datum=BEGIN.isoformat(),
        tijd="10:30",
        aanhef="heer",
        **ADRES,
        brieftekst="U schreeuwde tegen de medewerker.",
        ernst="strafbaar",
    )
    m = g.json("brief", nummer, "--datum", BEGIN.isoformat(), "--besloten-door", "A. Jansen, clustermanager")[
        "maatregel"
    ]
    client = web.ingelogd("coordinator")
    assert 'action="/maatregelen/' + m + '/goedkeuren"' not in client.get(f"/maatregelen/{m}").text
    toml = web.gemeente.map / "agressie.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8") + "\n[profiel_aanpassingen]\ngoedkeuring = true\n", encoding="utf-8"
    )
    web2 = type(web)(web.gemeente)
    client = web2.ingelogd("coordinator")
    assert "wacht op goedkeuring" in _tekst(client.get("/maatregelen").text)
    antwoord = _post(client, f"/maatregelen/{m}/goedkeuren", door="P. de Graaf, AOV-er")
    assert antwoord.status_code == 200 and "goedgekeurd door P. de Graaf, AOV-er" in _tekst(antwoord.text)
    assert _maatregel(web.gemeente, m)["goedgekeurd_door"] == "P. de Graaf, AOV-er"


def test_de_incidentpagina_linkt_naar_de_maatregel(web):
    m = _verbod(web.gemeente)
    incident = _maatregel(web.gemeente, m)["incident"]
    assert f'href="/maatregelen/{m}"' in web.ingelogd("leidinggevende").get(f"/incidenten/{incident}").text


@pytest.mark.skipif(chromium_pad() is None, reason="chromium ontbreekt (CI installeert het)")
def test_na_de_brief_in_de_browser_zonder_axe_overtreding(web, browser):  # noqa: F811 (de fixture)
    """Issue 3.5: "WCAG 2.1 AA ... checked with axe-core" op elke pagina, ook de lijst en de maatregel met een fout
    naast een veld; de leidinggevende legt met het toetsenbord en de labels een reactie vast."""
    m = _verbod(web.gemeente)
    with Server(web) as server:
        pagina = browser.new_context(locale="nl-NL", bypass_csp=True).new_page()
        _inloggen(pagina, server.adres, "leidinggevende")
        pagina.get_by_role("link", name="Na de brief: reactie, verzoek en herzien").first.click()
        _geen_overtredingen(pagina)
        pagina.get_by_role("link", name=m).click()
        _geen_overtredingen(pagina)
        pagina.get_by_label("Vorm").select_option("mondeling")
        pagina.get_by_label("Samenvatting").first.fill("Belde op en bood excuses aan.")
        pagina.get_by_role("button", name="Reactie vastleggen").click()
        assert "(mondeling) is vastgelegd" in pagina.get_by_role("status").inner_text()
        pagina.get_by_label("Uitkomst").select_option("opheffen")
        pagina.get_by_role("button", name="Herziening vastleggen").click()  # zonder reden
        pagina.get_by_role("alert").first.wait_for()
        _geen_overtredingen(pagina)
    assert _maatregel(web.gemeente, m)["reacties"][0]["vorm"] == "mondeling"


def test_bewijs_uploaden_bij_een_incident(web):
    """Issue 3.4: "`agressie bewijs INCIDENT BESTAND...` stores evidence ... with a hash in the register ... type and
    size limits, never a file written outside the folder". Op het web dezelfde handeling: de bestanden komen in
    bewijs/<incident>/ met hun SHA-256 in het dossier van de aangifte; een verboden soort of een naam die uit de map
    wil, verandert niets."""
    import hashlib

    import docx

    g = web.gemeente
    nummer = g.meld(naam="Jan de Vries", kanaal="balie", datum=BEGIN.isoformat(), tijd="10:30", ernst="strafbaar")
    client = web.ingelogd("coordinator")
    csrf = csrf_van(client.get(f"/incidenten/{nummer}").text)
    voor = g.register.read_bytes()
    fout = client.post(
        f"/incidenten/{nummer}/bewijs", data={"csrf": csrf}, files={"bestand": ("virus.exe", b"MZ", "application/x")}
    )
    assert fout.status_code == 422 and "geen soort bewijs" in fout.text and 'id="bewijs-bestand-fout"' in fout.text
    assert g.register.read_bytes() == voor and not (g.map / "bewijs").exists()
    buiten = client.post(
        f"/incidenten/{nummer}/bewijs",
        data={"csrf": csrf},
        files={"bestand": ("../../buiten.txt", b"weg ermee", "text/plain")},
    )
    assert buiten.status_code == 200 and not (g.map.parent / "buiten.txt").exists()
    mail = b"Subject: u bent een ...\n\nIk weet waar u woont."
    goed = client.post(
        f"/incidenten/{nummer}/bewijs", data={"csrf": csrf}, files={"bestand": ("mail.eml", mail, "message/rfc822")}
    )
    assert goed.status_code == 200 and "Bewijs bewaard: mail.eml (nu 2 bij dit incident)" in _tekst(goed.text)
    assert (g.map / "bewijs" / nummer / "mail.eml").read_bytes() == mail
    a = g.json("aangifte", nummer, "--datum", date.today().isoformat())
    cellen = [c.text for t in docx.Document(a["bestand"]).tables for r in t.rows for c in r.cells]
    assert hashlib.sha256(mail).hexdigest() in cellen
    # De receptie mag geen bewijs toevoegen.
    receptie = web.ingelogd("receptie")
    assert receptie.post(f"/incidenten/{nummer}/bewijs", data={"csrf": "x"}).status_code == 403


# --- wat termijnen vraagt, op het web af te sluiten (3.5: geen opdrachtregel op het web) --------------------------


def _losser_web(tmp_path):
    from conftest import VOLLEDIG

    g = maak_gemeente(tmp_path, "losser")
    web = maak_web(g)
    nummer = g.meld(naam="Jan de Vries", kanaal="balie", datum=BEGIN.isoformat(), tijd="09:00", gedrag="D", **VOLLEDIG)
    b = g.json("brief", nummer, "--soort", "toegangsverbod", "--duur", "3", "--datum", BEGIN.isoformat(), *REDEN)
    return web, b["maatregel"]


def test_verzending_en_afschrift_vastleggen_vanaf_termijnen(tmp_path):
    """Losser 5.2: "Zorg ervoor dat de politie en de receptie een kopie van de brief krijgen." Termijnen noemt de brief
    die nog niet verzonden is en het afschrift dat nog niet verstuurd is, met een link naar de maatregel (geen
    opdracht); daar legt de coördinator beide vast, het concept is te downloaden, en de punten verdwijnen."""
    web, m = _losser_web(tmp_path)
    g = web.gemeente
    client = web.ingelogd("coordinator")
    termijnen_voor = g.json("termijnen")
    termijnen = client.get("/termijnen").text
    assert f'href="/maatregelen/{m}#verzonden"' in termijnen and f'href="/maatregelen/{m}#afschrift"' in termijnen
    assert "agressie verzonden" not in _tekst(termijnen) and "--afschrift" not in termijnen
    pagina = client.get(f"/maatregelen/{m}").text
    assert 'id="verzonden"' in pagina and 'id="afschrift"' in pagina
    eml = client.get(f"/maatregelen/{m}/afschrift.eml")
    assert eml.status_code == 200 and b"X-Unsent: 1" in eml.content
    fout = _post(client, f"/maatregelen/{m}/verzonden", datum="31-02-2026", wijze="post")
    assert fout.status_code == 422 and 'id="verzonden-datum-fout"' in fout.text
    v = _post(client, f"/maatregelen/{m}/verzonden", wijze="overhandigd")
    assert v.status_code == 200 and f"Brief {m} is vastgelegd als verzonden op" in _tekst(v.text)
    a = _post(client, f"/maatregelen/{m}/afschrift")
    assert a.status_code == 200 and f"Het afschrift van {m} is vastgelegd als verstuurd" in _tekst(a.text)
    regel = _maatregel(g, m)
    assert regel["verzonden"] == date.today().isoformat() and regel["afschrift_verzonden"] == date.today().isoformat()
    voor = {t["soort"] for t in termijnen_voor if t.get("incident") == regel["incident"]}
    soorten = {t["soort"] for t in g.json("termijnen") if t.get("incident") == regel["incident"]}
    assert {"afschrift", "brief versturen"} <= voor
    assert "afschrift" not in soorten and "brief versturen" not in soorten


def test_ordegesprek_niet_verschenen_op_het_web(web):
    """Geertruidenberg 6.3: "Als een klant n.a.v. het ordegesprek zijn gedrag niet aanpast, worden verdergaande
    maatregelen getroffen." Na de dag van het gesprek linkt termijnen naar de uitnodiging; daar legt de leidinggevende
    'niet verschenen' vast en de pagina noemt de volgende stap."""
    from conftest import VOLLEDIG

    g = web.gemeente
    eerste = g.meld(
        naam="Jan de Vries",
        kanaal="balie",
        datum=(BEGIN - timedelta(days=40)).isoformat(),
        ernst="agressief",
        **VOLLEDIG,
    )
    g.ok("brief", eerste, "--datum", (BEGIN - timedelta(days=39)).isoformat())
    tweede = g.meld(naam="Jan de Vries", kanaal="balie", datum=BEGIN.isoformat(), ernst="agressief", **VOLLEDIG)
    gesprek = (date.today() - timedelta(days=3)).isoformat()
    b = g.json("brief", tweede, "--datum", BEGIN.isoformat(), "--gesprek-datum", gesprek, "--gesprek-tijd", "14:00")
    m = b["maatregel"]
    client = web.ingelogd("coordinator")
    assert f'href="/maatregelen/{m}#ordegesprek"' in client.get("/termijnen").text
    leidinggevende = web.ingelogd("leidinggevende")
    leeg = _post(leidinggevende, f"/maatregelen/{m}/ordegesprek")
    assert leeg.status_code == 422 and 'id="ordegesprek-uitkomst-fout"' in leeg.text
    uit = _post(leidinggevende, f"/maatregelen/{m}/ordegesprek", uitkomst="niet-verschenen")
    assert uit.status_code == 200
    assert "de persoon verscheen niet op het ordegesprek" in _tekst(uit.text) and "Volgende stap:" in _tekst(uit.text)
    assert 'id="ordegesprek"' not in uit.text  # vastgelegd: het formulier is weg
    assert g.json("advies", tweede)["soort"] != "ordegesprek"
