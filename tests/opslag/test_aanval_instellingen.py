"""Issue 3.3 (punten 10 en 11): wat een aanval vond in agressie.toml. Elke test faalde vóór de fix; alles gaat door de
CLI. Een instelling met een verkeerde waarde noemt de instelling en wat die moet zijn, zoals `venster_maanden =
"zes"` al deed (2.5), en nooit 'onverwachte fout'; het register blijft ongewijzigd.

Afsluitcodes: een fout in agressie.toml zelf is FOUT (1), zoals 'zes' en elke andere fout in de instellingen
(domein/fouten.py: "het register, de instellingen of de omgeving werken niet mee"); een fout onder
[profiel_aanpassingen] is een fout in het profiel en geeft, zoals een tikfout daar, 2."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import Gemeente, maak_gemeente

GEMEENTEN = ["geertruidenberg", "losser"]
KLASSE = {"geertruidenberg": {"ernst": "licht"}, "losser": {"gedrag": "A"}}


@pytest.fixture(params=GEMEENTEN)
def gemeente(request, tmp_path) -> Gemeente:
    g = maak_gemeente(tmp_path, request.param)
    g.meld(naam="Jan de Vries", kanaal="balie", datum="2026-11-02", **KLASSE[request.param])
    return g


def _zet(g: Gemeente, sleutel: str, regel: str) -> None:
    """Vervangt de regel `sleutel = ...` bovenaan agressie.toml (of voegt hem toe vóór de eerste tabel)."""
    toml = g.map / "agressie.toml"
    tekst = toml.read_text(encoding="utf-8")
    if re.search(rf"^{sleutel} = ", tekst, flags=re.M):
        tekst = re.sub(rf"^{sleutel} = .*$", lambda _: regel, tekst, count=1, flags=re.M)
    else:
        tekst = tekst.replace("\n[bezoekadres]", f"\n{regel}\n\n[bezoekadres]", 1)
    toml.write_text(tekst, encoding="utf-8")


def _voeg_toe(g: Gemeente, tekst: str) -> None:
    toml = g.map / "agressie.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + "\n" + tekst, encoding="utf-8")


def _melden(g: Gemeente):
    klasse = KLASSE["losser" if "losser" in g.map.name else "geertruidenberg"]
    args = [a for k, v in klasse.items() for a in (f"--{k}", v)]
    return g.run("melden", "--naam", "Piet Jansen", "--kanaal", "balie", "--datum", "2026-11-03", *args)


def _geweigerd(g: Gemeente, code: int, *meldingen: str, opdrachten=(("lijst",), ("lijst", "--json"))) -> None:
    """Lezen en schrijven (melden) weigeren met de melding, zonder 'onverwachte fout'; het register blijft gelijk."""
    voor = g.register.read_bytes()
    logboek = (g.map / "logboek.csv").read_bytes()
    uitkomsten = [g.run(*args) for args in opdrachten] + [_melden(g)]
    for uitkomst in uitkomsten:
        assert uitkomst.exit_code == code, uitkomst.output
        for melding in meldingen:
            assert melding in uitkomst.output, uitkomst.output
        assert "onverwachte fout" not in uitkomst.output and "Traceback" not in uitkomst.output
    assert g.register.read_bytes() == voor and (g.map / "logboek.csv").read_bytes() == logboek


# --- 10. elke instelling noemt zichzelf en wat ze moet zijn ------------------------------------------------------------


@pytest.mark.parametrize(
    ("regel", "melding"),
    [
        ("register = 5", "Instelling register = 5 in agressie.toml moet de naam van het registerbestand zijn"),
        ('register = ["a"]', "Instelling register = ['a'] in agressie.toml moet de naam van het registerbestand zijn"),
        ('register = ""', 'Instelling register = "" in agressie.toml moet de naam van het registerbestand zijn'),
    ],
)
def test_register_dat_geen_tekst_is(gemeente, regel, melding):
    """3.3 punt 10: `register = 5` en `register = ["a"]` gaven 'onverwachte fout'."""
    _zet(gemeente, "register", regel)
    _geweigerd(gemeente, 1, melding, 'als tekst tussen aanhalingstekens, bijvoorbeeld: register = "register.xlsx"')


@pytest.mark.parametrize(
    ("regel", "melding"),
    [
        ("venster_maanden = 99999999999999999", "Instelling venster_maanden = (een getal van meer dan twaalf cijfers)"),
        ("venster_maanden = 1000", "Instelling venster_maanden = 1000 is te groot"),
    ],
)
def test_een_enorm_venster(gemeente, regel, melding):
    """3.3 punt 10: een enorme `venster_maanden` gaf 'onverwachte fout' (een datum vóór het jaar 1)."""
    _zet(gemeente, "venster_maanden", regel)
    _geweigerd(
        gemeente,
        1,
        melding,
        "het moet een positief geheel getal zijn van hoogstens 120, bijvoorbeeld: venster_maanden = 6",
        opdrachten=(("lijst",), ("advies", "2026-0001"), ("advies", "2026-0001", "--json")),
    )


def test_een_enorme_bewaartermijn(gemeente):
    """3.3 punt 10: een enorme `bewaartermijn_jaren` gaf bij `opschonen` 'onverwachte fout' (een datum voorbij het
    jaar 9999). README: "standaard 5 jaar na het laatste incident (`bewaartermijn_jaren` in `agressie.toml`)"."""
    _zet(gemeente, "bewaartermijn_jaren", "bewaartermijn_jaren = 99999999999")
    voor = gemeente.register.read_bytes()
    for extra in ((), ("--json",), ("--uitvoeren",)):
        uitkomst = gemeente.run("opschonen", "--peildatum", "2026-11-23", *extra)
        assert uitkomst.exit_code == 1, uitkomst.output
        assert "Instelling bewaartermijn_jaren = 99999999999 is te groot" in uitkomst.output
        assert "hoogstens 100, bijvoorbeeld: bewaartermijn_jaren = 5" in uitkomst.output
        assert "onverwachte fout" not in uitkomst.output
    assert gemeente.register.read_bytes() == voor
    _zet(gemeente, "bewaartermijn_jaren", "bewaartermijn_jaren = 100")  # de grens zelf mag
    assert gemeente.json("opschonen", "--peildatum", "2026-11-23")["personen"] == []


@pytest.mark.parametrize(
    ("aanpassing", "melding"),
    [
        (
            "[profiel_aanpassingen]\nsoorten = 5\n",
            "'profiel_aanpassingen.soorten' moet een tabel zijn (een kop [profiel_aanpassingen.soorten] met de "
            "sleutels eronder), niet een getal",
        ),
        (
            '[profiel_aanpassingen]\nmatrix = "x"\n',
            "'profiel_aanpassingen.matrix' moet een tabel zijn (een kop [profiel_aanpassingen.matrix] met de "
            "sleutels eronder), niet een tekst",
        ),
        (
            "[profiel_aanpassingen.soorten]\nwaarschuwing = 5\n",
            "'profiel_aanpassingen.soorten.waarschuwing' moet een tabel zijn",
        ),
        (
            "[profiel_aanpassingen]\nnazorg = 5\n",
            "'profiel_aanpassingen.nazorg' moet een lijst van tabellen zijn (koppen [[profiel_aanpassingen.nazorg]])",
        ),
    ],
    ids=["soorten", "matrix", "een-soort", "nazorg"],
)
def test_profiel_aanpassing_die_geen_tabel_is(gemeente, aanpassing, melding):
    """3.3 punt 10: `[profiel_aanpassingen] soorten = 5` of `matrix = "x"` gaf 'onverwachte fout'. Nu noemt de
    melding agressie.toml, de sleutel en wat hij moet zijn (zoals bij een tikfout in een sleutel: exit 2)."""
    _voeg_toe(gemeente, aanpassing)
    _geweigerd(gemeente, 2, str(gemeente.map / "agressie.toml"), melding)


# --- 11. een register buiten de map van de gemeente ------------------------------------------------------------------


@pytest.mark.parametrize("soort", ["relatief", "absoluut"])
def test_register_buiten_de_map_alleen_met_een_uitdrukkelijke_instelling(gemeente, tmp_path, soort):
    """3.3 punt 11: een register buiten de map van de gemeente werd stil gebruikt; de reservekopieën en het logboek
    kwamen daar te staan. Nu weigert agressie het, met een melding die zegt hoe het wel kan (register_buiten_map)."""
    elders = tmp_path / "elders"
    elders.mkdir()
    (elders / "register.xlsx").write_bytes(gemeente.register.read_bytes())
    pad = "../elders/register.xlsx" if soort == "relatief" else str(elders / "register.xlsx")
    _zet(gemeente, "register", f'register = "{pad}"')
    buiten = (elders / "register.xlsx").read_bytes()
    _geweigerd(
        gemeente,
        1,
        f'Instelling register = "{pad}" in agressie.toml wijst naar een bestand buiten de map van de gemeente',
        "zet de regel register_buiten_map = true bovenaan agressie.toml",
    )
    assert (elders / "register.xlsx").read_bytes() == buiten
    assert sorted(p.name for p in elders.iterdir()) == ["register.xlsx"]  # geen reservekopie, geen logboek

    _zet(gemeente, "register_buiten_map", "register_buiten_map = true")
    assert _melden(gemeente).exit_code == 0
    assert [r["naam"] for r in gemeente.json("lijst")] == ["Jan de Vries", "Piet Jansen"]
    assert (elders / "register.xlsx").read_bytes() != buiten


def test_register_in_een_submap_mag_en_register_buiten_map_moet_waar_of_onwaar_zijn(gemeente):
    """Een register in een map binnen de map van de gemeente is geen register buiten de map."""
    sub = gemeente.map / "registers"
    sub.mkdir()
    (sub / "register.xlsx").write_bytes(gemeente.register.read_bytes())
    _zet(gemeente, "register", 'register = "registers/register.xlsx"')
    assert [r["naam"] for r in gemeente.json("lijst")] == ["Jan de Vries"]
    _zet(gemeente, "register_buiten_map", 'register_buiten_map = "ja"')
    _geweigerd(gemeente, 1, 'Instelling register_buiten_map = "ja" in agressie.toml moet true of false zijn')


def test_een_getal_met_duizenden_cijfers(gemeente):
    """Een getal met meer cijfers dan Python in tekst omzet (4300) gaf bij het lezen 'onverwachte fout'."""
    _zet(gemeente, "venster_maanden", "venster_maanden = " + "9" * 5000)
    _geweigerd(gemeente, 1, "agressie.toml is niet goed leesbaar: een getal heeft te veel cijfers")


def test_de_gewone_instellingen_werken_nog(gemeente):
    """De grenzen zitten ruim om wat een gemeente kiest: venster_maanden = 120 en het register in de map werken."""
    _zet(gemeente, "venster_maanden", "venster_maanden = 120")
    assert _melden(gemeente).exit_code == 0
    assert Path(gemeente.register).is_file() and len(gemeente.json("lijst")) == 2
