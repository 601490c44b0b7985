"""3.5 met 3.4: de coördinator zoekt een persoon op het web en legt daar een verwacht bezoek (Geertruidenberg 3.3,
`agressie bezoek`) of inzage (AVG art. 15, `agressie inzage`) vast. De naam reist alleen in een POST; elke opvraging
komt in het logboek met het persoonnummer of "geen treffer", nooit de gezochte naam ("every look-up of a person
logged"), en `agressie logboek --opvragingen` toont ze."""

from __future__ import annotations

import re
from datetime import date, timedelta

from webhulp import csrf_van

from agressie_cli.documenten.brieven.render import docx_tekst
from conftest import ADRES

DATUM = (date.today() - timedelta(days=5)).isoformat()


def _tekst(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def _post(client, pad: str, **data):
    csrf = csrf_van(client.get("/").text)
    return client.post(pad, data={"csrf": csrf, **data})


def _persoon(web) -> str:
    web.gemeente.meld(
        naam="Jan de Vries", kanaal="balie", datum=DATUM, tijd="10:00", ernst="agressief", aanhef="heer", **ADRES
    )
    return "P0001"


def test_zoeken_op_naam_alleen_in_een_post_en_gelogd_zonder_naam(web):
    _persoon(web)
    client = web.ingelogd("coordinator")
    gevonden = _post(client, "/personen", naam="vries")
    assert gevonden.status_code == 200 and 'href="/personen/P0001"' in gevonden.text and "Jan de Vries" in gevonden.text
    niemand = _post(client, "/personen", naam="Pietersen")
    assert "Niemand gevonden" in niemand.text
    te_kort = _post(client, "/personen", naam="J")
    assert te_kort.status_code == 422 and "twee letters" in te_kort.text
    assert client.get("/personen/P0001").status_code == 200
    logboek = (web.gemeente.map / "logboek.csv").read_text(encoding="utf-8-sig")
    regels = [r for r in logboek.splitlines() if "opvragen persoon" in r]
    assert len(regels) == 3 and "geen treffer" in regels[1] and all("web:test-coordinator" in r for r in regels)
    assert "Vries" not in logboek and "Pietersen" not in logboek
    opgevraagd = web.gemeente.json("logboek", "--opvragingen")
    assert [(r["nummer"], r["wat"]) for r in opgevraagd] == [
        ("P0001", "persoon"),
        ("geen treffer", "persoon"),
        ("P0001", "persoon"),
    ]
    # Alleen de coördinator; een onbekend nummer is een nette 404.
    assert web.ingelogd("leidinggevende").get("/personen/P0001").status_code == 403
    assert web.ingelogd("receptie").post("/personen", data={"naam": "vries"}).status_code == 403
    assert client.get("/personen/P9999").status_code == 404


def test_verwacht_bezoek_via_het_web_staat_op_de_receptiepagina(web):
    """Geertruidenberg 3.3 "vooraf te verwachten agressie": het bezoek van vandaag staat bij de receptie, met wie er
    gewaarschuwd moet worden; een fout in de tijd staat naast het veld en verandert niets."""
    _persoon(web)
    client = web.ingelogd("coordinator")
    voor = web.gemeente.register.read_bytes()
    fout = _post(client, "/personen/P0001/bezoek", datum="vandaag", tijd="25:99")
    assert fout.status_code == 422 and 'id="bezoek-tijd-fout"' in fout.text and 'value="25:99"' in fout.text
    assert web.gemeente.register.read_bytes() == voor
    leeg = _post(client, "/personen/P0001/bezoek", datum="")
    assert leeg.status_code == 422 and 'id="bezoek-datum-fout"' in leeg.text
    goed = _post(client, "/personen/P0001/bezoek", datum=date.today().strftime("%d-%m-%Y"), tijd="10:30")
    assert goed.status_code == 200 and "om 10.30 uur vastgelegd" in _tekst(goed.text)
    receptie = _tekst(web.ingelogd("receptie").get("/receptie").text)
    assert "Jan de Vries" in receptie and "om 10.30 uur" in receptie


def test_inzageverzoek_en_dossier_via_het_web(web):
    """AVG art. 15 en 12 lid 3: het verzoek komt op termijnen met een maand; het dossier beantwoordt het en is als
    Word-brief te downloaden (de naam van de persoon staat niet in de bestandsnaam van de download)."""
    _persoon(web)
    client = web.ingelogd("coordinator")
    ontvangen = date.today() - timedelta(days=2)
    verzoek = _post(client, "/personen/P0001/inzage", ontvangen=ontvangen.strftime("%d-%m-%Y"), actie="verzoek")
    assert verzoek.status_code == 200 and "Inzageverzoek vastgelegd" in verzoek.text
    soorten = [t["soort"] for t in web.gemeente.json("termijnen")]
    assert "inzage" in soorten
    dossier = _post(client, "/personen/P0001/inzage", actie="dossier")
    assert dossier.status_code == 200 and 'href="/personen/P0001/inzage.docx"' in dossier.text
    download = client.get("/personen/P0001/inzage.docx")
    assert download.status_code == 200 and 'filename="inzage-P0001.docx"' in download.headers["content-disposition"]
    bestand = web.gemeente.map / "download.docx"
    bestand.write_bytes(download.content)
    tekst = docx_tekst(bestand)
    assert "Jan de Vries" in tekst and "Autoriteit Persoonsgegevens" in tekst
    assert "inzage" not in [t["soort"] for t in web.gemeente.json("termijnen")]
