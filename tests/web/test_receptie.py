"""3.5 receptie: "does this person have a running toegangsverbod or belverbod, what is barred, until when, which route
stays open, and whom to call (Geertruidenberg 3.3: interventieteam)". Elke opvraging in het logboek, nooit de naam."""

from __future__ import annotations

from webhulp import csrf_van, maak_web

from conftest import maak_gemeente


def _zoek(client, naam: str):
    csrf = csrf_van(client.get("/receptie").text)
    return client.post("/receptie", data={"csrf": csrf, "naam": naam})


def test_receptie_vindt_het_lopende_verbod_met_route_en_wie_te_bellen(web):
    from datetime import date, timedelta

    datum = (date.today() - timedelta(days=3)).isoformat()
    web.gemeente.verbod("Jan de Vries", datum, "toegangsverbod", "3")
    client = web.ingelogd("receptie")
    antwoord = _zoek(client, "vries")
    assert antwoord.status_code == 200
    tekst = antwoord.text
    assert "Jan de Vries" in tekst and "Lopend verbod op" in tekst
    assert "interventieteam: 333" in tekst  # Geertruidenberg 3.3
    assert "Schold" not in tekst and "omschrijving" not in tekst.lower()  # geen beschrijvingen
    geen = _zoek(client, "Pietersen")
    assert "Geen lopend verbod" in geen.text
    # De naam reist nooit in een adres en komt niet in het logboek; het persoonnummer en "geen treffer" wel.
    logboek = (web.gemeente.map / "logboek.csv").read_text(encoding="utf-8-sig")
    regels = [r for r in logboek.splitlines() if "opvragen receptie" in r]
    assert len(regels) == 2
    assert "P0001" in regels[0] and "web:test-receptie" in regels[0]
    assert "geen treffer" in regels[1]
    assert "Vries" not in logboek and "Pietersen" not in logboek
    uit = web.gemeente.ok("logboek", "--opvragingen")
    assert "web:test-receptie" in uit and "P0001" in uit and "geen treffer" in uit


def test_receptie_losser_noemt_ait_en_112(tmp_path):
    from datetime import date, timedelta

    losser = maak_gemeente(tmp_path, "losser")
    datum = (date.today() - timedelta(days=1)).isoformat()
    losser.verbod("Piet Bos", datum, "belverbod", "3", gedrag="C")
    web = maak_web(losser)
    tekst = _zoek(web.ingelogd("receptie"), "Piet Bos").text
    assert "Piet Bos" in tekst and "112" in tekst and "agressie-interventieteam" in tekst


def test_een_naam_als_script_wordt_als_tekst_getoond(web):
    client = web.ingelogd("receptie")
    antwoord = _zoek(client, "<script>alert(1)</script>")
    assert "<script>alert(1)</script>" not in antwoord.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in antwoord.text


def test_te_korte_zoektekst_naast_het_veld(web):
    antwoord = _zoek(web.ingelogd("receptie"), "J")
    assert antwoord.status_code == 422
    assert 'id="naam-fout"' in antwoord.text and "minstens twee letters" in antwoord.text
