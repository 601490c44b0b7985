"""Issue 3.3 (punten 7, 8, 9, 12 en 15): wat een aanval vond in eigen sjablonen, in de melding over een collega in de
brieftekst en in het meldformulier. Elke test faalde vóór de fix; alles gaat door de CLI, zoals een gebruiker het doet.

README: "Een sjabloon is invoer, geen programma: `agressie` vult het in de sandbox van Jinja." Wat een sjabloon fout
doet, is dus een melding met de naam van het sjabloon (afsluitcode 2 bij `brief`, FOUT bij `sjablonen controleer`),
nooit 'onverwachte fout', een brief die blijft hangen (met het slot van het register vast) of gigabytes geheugen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from agressie_cli.documenten.brieven.sjablonen import meegeleverde_sjablonen
from conftest import VOLLEDIG, Gemeente

GEMEENTEN = ["geertruidenberg", "losser"]
KLASSE = {"geertruidenberg": {"ernst": "agressief"}, "losser": {"gedrag": "C", "aanhoudend": True}}
SRC = Path(__file__).resolve().parents[2] / "src"


@pytest.fixture(params=GEMEENTEN)
def gemeente(request, tmp_path) -> Gemeente:
    from conftest import maak_gemeente

    return maak_gemeente(tmp_path, request.param)


def _meld(g: Gemeente, **anders) -> str:
    klasse = KLASSE["losser" if "losser" in g.map.name else "geertruidenberg"]
    velden = {**VOLLEDIG, **anders}
    return g.meld(naam="Bert Jansen", kanaal="balie", datum="2026-11-17", tijd="10:30", **klasse, **velden)


def _eigen_waarschuwing(g: Gemeente, extra: str, toml: str = "") -> Path:
    """De meegeleverde waarschuwing van de gemeente met één alinea erbij: zonder die alinea een goed sjabloon."""
    from docx import Document

    set_ = "losser" if "losser" in g.map.name else "geertruidenberg"
    doc = Document(str(meegeleverde_sjablonen() / set_ / "waarschuwing.docx"))
    doc.add_paragraph(extra)
    eigen = g.map / "eigen-sjablonen"
    eigen.mkdir(exist_ok=True)
    pad = eigen / "waarschuwing.docx"
    doc.save(pad)
    instellingen = g.map / "agressie.toml"
    tekst = instellingen.read_text(encoding="utf-8")
    tekst = tekst.replace('sjablonen = ""', 'sjablonen = "eigen-sjablonen"\n' + toml)
    instellingen.write_text(tekst, encoding="utf-8")
    return pad


def _brief_args(nummer: str) -> list[str]:
    return ["brief", nummer, "--soort", "waarschuwing", "--datum", "2026-11-18", "--toelichting", "opzet van de test"]


def _geen_brief(g: Gemeente) -> bool:
    return not [p for p in (g.map / "brieven").glob("*") if p.is_file()] if (g.map / "brieven").is_dir() else True


def _weigert(g: Gemeente, nummer: str, melding: str) -> None:
    """`brief` en `brief --json` weigeren met de melding (exit 2), `sjablonen controleer` noemt het sjabloon FOUT met
    dezelfde melding (exit 1); geen brief, register ongewijzigd."""
    voor = g.momentopname()
    for extra in ((), ("--json",)):
        uitkomst = g.run(*_brief_args(nummer), *extra)
        assert uitkomst.exit_code == 2, uitkomst.output
        assert melding in uitkomst.output, uitkomst.output
        assert "onverwachte fout" not in uitkomst.output and "Traceback" not in uitkomst.output
    controle = g.run("sjablonen", "controleer")
    assert controle.exit_code == 1, controle.output
    assert "FOUT    waarschuwing.docx" in controle.output and melding in controle.output, controle.output
    assert g.momentopname() == voor and _geen_brief(g)
    assert g.json("historie", "P0001")["maatregelen"] == []


def _cli(g: Gemeente, *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    """Het commando als eigen proces: een sjabloon dat blijft hangen, laat de test niet hangen."""
    env = dict(os.environ, AGRESSIE_MAP=str(g.map), PYTHONPATH=str(SRC))
    return subprocess.run(
        [sys.executable, "-m", "agressie_cli", *args], capture_output=True, text=True, env=env, timeout=timeout
    )


# --- 7. een grens aan tijd en grootte ---------------------------------------------------------------------------------

GENEST = "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}"


def test_geneste_lussen_stoppen_met_een_melding(gemeente):
    """3.3 punt 7: een sjabloon met geneste lussen liet `brief` en `sjablonen controleer` hangen (en `brief` hield het
    slot van het register vast). Nu stopt het vullen met een melding die het sjabloon en de grens noemt."""
    nummer = _meld(gemeente)
    _eigen_waarschuwing(gemeente, GENEST)
    voor = gemeente.momentopname()
    melding = "Sjabloon 'waarschuwing.docx' herhaalt zijn lussen (for) samen meer dan 1.000.000 keer en is gestopt"
    brief = _cli(gemeente, *_brief_args(nummer))
    assert brief.returncode == 2, brief.stderr
    assert melding in brief.stderr and "Traceback" not in brief.stderr
    controle = _cli(gemeente, "sjablonen", "controleer")
    assert controle.returncode == 1 and melding in controle.stdout, controle.stdout + controle.stderr
    assert gemeente.momentopname() == voor and _geen_brief(gemeente)


def test_een_trage_lus_stopt_bij_de_tijdgrens_uit_agressie_toml(gtb):
    """3.3 punt 7: ook een lus die minder vaak herhaalt maar per keer veel werk doet, stopt: bij de tijdgrens,
    [brieven] sjabloon_seconden (hier 1 seconde; een miljoen keer een tekst van een miljoen tekens vervangen kan
    geen computer in een seconde)."""
    nummer = _meld(gtb)
    traag = "{% for a in range(100000) %}{% set x = ('x' * 1000000)|replace('x', 'yy')|length %}{% endfor %}"
    _eigen_waarschuwing(gtb, traag, toml="sjabloon_seconden = 1\n")
    _weigert(
        gtb,
        nummer,
        "Sjabloon 'waarschuwing.docx' is na 1 seconde nog niet gevuld en is gestopt (de tijdgrens, [brieven] "
        "sjabloon_seconden in agressie.toml).",
    )


@pytest.mark.parametrize(
    "tekst",
    [
        "{{ 'A' * 300000000 }}",
        "{{ 'A'|center(300000000) }}",
        "{{ '{:>300000000}'.format(1) }}",
        "{{ '%300000000d' % 1 }}",
        "{% set ns = namespace(x='A') %}{% for i in range(40) %}{% set ns.x = ns.x ~ ns.x %}{% endfor %}{{ ns.x }}",
        "{{ ('A' * 1000000)|replace('A', 'AAAAAAAAAAAAAAAAAAAA') }}",
        "{% macro m() %}{% for i in range(100000) %}" + "A" * 120 + "{% endfor %}{% endmacro %}{{ m() }}",
    ],
    ids=["vermenigvuldigen", "center", "format", "procent", "verdubbelen", "replace", "macro"],
)
def test_enorme_tekst_stopt_bij_de_grootte_grens(gtb, tekst):
    """3.3 punt 7: `{{ 'A' * 300000000 }}` nam 1,7 GB. Nu stopt het vullen vóór de tekst gemaakt is, bij de grens
    [brieven] sjabloon_megabytes (standaard 10 MB), ook via een filter, format, %, ~ in een lus of een macro."""
    nummer = _meld(gtb)
    _eigen_waarschuwing(gtb, tekst)
    _weigert(
        gtb,
        nummer,
        "Sjabloon 'waarschuwing.docx' maakt meer dan 10 MB tekst en is gestopt (de grootte-grens, [brieven] "
        "sjabloon_megabytes in agressie.toml).",
    )


def test_de_grootte_grens_komt_uit_agressie_toml_en_een_gewone_lus_werkt(gtb):
    """De grenzen zijn instellingen: met sjabloon_megabytes = 1 stopt al 2 MB tekst; een gewoon sjabloon met een lus
    en een filter wordt gewoon gevuld."""
    nummer = _meld(gtb)
    _eigen_waarschuwing(gtb, "{{ 'A' * 2000000 }}", toml="sjabloon_megabytes = 1\n")
    voor = gtb.momentopname()
    uitkomst = gtb.run(*_brief_args(nummer))
    assert uitkomst.exit_code == 2 and "maakt meer dan 1 MB tekst" in uitkomst.output, uitkomst.output
    assert gtb.momentopname() == voor
    gewoon = (
        "LUS {% for x in [1, 2, 3] %}{{ loop.index }}{% endfor %} {{ naam|upper }} "
        "{{ 'tel. {} rekening {}'.format('0612345678', 123456789012) }} {{ '%s'|format(123456789012) }} "
        "{{ '%08.2f' % 3.14159 }} {{ 'A'|center(5) }}|"
    )
    _eigen_waarschuwing(gtb, gewoon)
    brief = gtb.json(*_brief_args(nummer))
    from agressie_cli.documenten.brieven.render import docx_tekst

    tekst = docx_tekst(Path(brief["bestand"]))
    assert "LUS 123 BERT JANSEN tel. 0612345678 rekening 123456789012 123456789012 00003.14   A  |" in tekst


@pytest.mark.parametrize(
    ("regel", "melding"),
    [
        ('sjabloon_seconden = "tien"', 'Instelling [brieven] sjabloon_seconden = "tien" is geen geldig aantal'),
        ("sjabloon_seconden = 99999999999999", "Instelling [brieven] sjabloon_seconden = (een getal van meer dan"),
        ("sjabloon_megabytes = 0", "Instelling [brieven] sjabloon_megabytes = 0 is geen geldig aantal"),
    ],
)
def test_een_foute_grens_in_agressie_toml_noemt_de_instelling(gtb, regel, melding):
    nummer = _meld(gtb)
    _eigen_waarschuwing(gtb, "", toml=regel + "\n")
    voor = gtb.momentopname()
    uitkomst = gtb.run(*_brief_args(nummer))
    assert uitkomst.exit_code == 1 and melding in uitkomst.output, uitkomst.output
    assert "onverwachte fout" not in uitkomst.output and gtb.momentopname() == voor


# --- 8. include, extends, import, recursie, delen door nul ------------------------------------------------------------


@pytest.mark.parametrize(
    ("tekst", "melding"),
    [
        ("{% include 'kop.docx' %}", "Sjabloon 'waarschuwing.docx' gebruikt {% include %}"),
        ("{% extends 'basis.docx' %}", "Sjabloon 'waarschuwing.docx' gebruikt {% extends %}"),
        ("{% import 'macros.docx' as m %}", "Sjabloon 'waarschuwing.docx' gebruikt {% import %}"),
        ("{% from 'macros.docx' import kop %}", "Sjabloon 'waarschuwing.docx' gebruikt {% from ... import %}"),
        (
            "{% macro herhaal(n) %}{{ herhaal(n) }}{% endmacro %}{{ herhaal(1) }}",
            "Sjabloon 'waarschuwing.docx' heeft een macro die zichzelf aanroept (macro 'herhaal')",
        ),
        (
            "{% macro a(n) %}{{ caller() }}{% endmacro %}{% macro b() %}{% call a(1) %}{{ b() }}{% endcall %}"
            "{% endmacro %}{{ b() }}",
            "Sjabloon 'waarschuwing.docx' heeft een macro die zichzelf aanroept",
        ),
        ("{{ 1 / 0 }}", "Sjabloon 'waarschuwing.docx' deelt door nul (/ 0)"),
        ("{{ 7 // 0 }}", "Sjabloon 'waarschuwing.docx' deelt door nul (// 0)"),
    ],
    ids=["include", "extends", "import", "from-import", "recursie", "recursie-via-caller", "delen", "gehele-deling"],
)
def test_wat_een_sjabloon_niet_kan_geeft_een_melding_met_sjabloon_en_constructie(gemeente, tekst, melding):
    """3.3 punt 8: deze sjablonen gaven 'onverwachte fout' (exit 1). Nu noemt de melding het sjabloon en wat het
    doet, `brief` weigert (exit 2) en `sjablonen controleer` noemt het sjabloon FOUT."""
    nummer = _meld(gemeente)
    _eigen_waarschuwing(gemeente, tekst)
    _weigert(gemeente, nummer, melding)


def test_delen_door_nul_met_een_waarde_uit_de_brief(gtb):
    """Een deling door nul die van een waarde afhangt, ziet de controle niet vooraf; `brief` weigert hem bij het
    vullen met dezelfde soort melding."""
    nummer = _meld(gtb)
    _eigen_waarschuwing(gtb, "{{ 10 / (kenmerk|length - kenmerk|length) }}")
    voor = gtb.momentopname()
    uitkomst = gtb.run(*_brief_args(nummer))
    assert uitkomst.exit_code == 2, uitkomst.output
    assert "Sjabloon 'waarschuwing.docx' deelt door nul" in uitkomst.output
    assert "onverwachte fout" not in uitkomst.output and gtb.momentopname() == voor


# --- 9. controleer weigert wat brief weigert --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tekst", "wat"),
    [
        ("{{ '{0.__class__}'.format(naam) }}", "__class__"),
        ("{{ '{0.__class__.__init__.__globals__}'.format(naam) }}", "__class__"),
        ("{{ naam|attr('__cl' ~ 'ass__') }}", "__class__"),
        ("{{ (naam|attr('__cl' ~ 'ass__'))|attr('__in' ~ 'it__') }}", "__class__"),
    ],
    ids=["format", "format-keten", "attr", "attr-keten"],
)
def test_controleer_noemt_onveilig_wat_brief_weigert(gemeente, tekst, wat):
    """3.3 punt 9: een format-string en een dynamische |attr-keten kwamen door de proefvulling van `sjablonen
    controleer` (die slikte de onveilige Undefined van de sandbox); `brief` weigerde ze wel. Nu noemen beide het
    sjabloon onveilig."""
    nummer = _meld(gemeente)
    _eigen_waarschuwing(gemeente, tekst)
    _weigert(
        gemeente,
        nummer,
        f"Sjabloon 'waarschuwing.docx' is onveilig: het gebruikt '{wat}' (toegang tot Python-internals).",
    )


# --- 12. geen naam van een collega in een foutmelding -----------------------------------------------------------------


@pytest.mark.parametrize(("rol", "waar"), [("medewerker", "een medewerker"), ("melder", "de melder")])
def test_de_melding_over_een_collega_in_de_brieftekst_noemt_de_collega_niet(gemeente, rol, waar):
    """Losser 5.1: "In deze brief staat dat we het gedrag van de inwoner tegen de medewerker of organisatie niet
    accepteren." README: "de foutmeldingen bevatten geen persoonsgegevens". 3.3 punt 12: de melding herhaalde de
    naam ("--brieftekst noemt een collega (Marieke ...)"); nu noemt ze het veld en de rol."""
    collega = {"medewerker": ["Marieke van Dongen"]} if rol == "medewerker" else {"melder": "Marieke van Dongen"}
    nummer = _meld(gemeente, **collega)
    voor = gemeente.momentopname()
    for extra in ((), ("--json",)):
        uitkomst = gemeente.run(*_brief_args(nummer), "--brieftekst", "U schold Marieke uit.", *extra)
        assert uitkomst.exit_code == 2, uitkomst.output
        assert f"--brieftekst noemt een collega bij naam (de naam van {waar})" in uitkomst.output
        assert "Marieke" not in uitkomst.output and "Dongen" not in uitkomst.output
    assert gemeente.momentopname() == voor and _geen_brief(gemeente)


# --- 15. het meldformulier --------------------------------------------------------------------------------------------

ANTWOORDEN = {
    "Uw naam": "P. Jansen",
    "Uw functie": "baliemedewerker",
    "Uw leidinggevende": "K. Smits",
    "Betrokken medewerkers": "P. Jansen",
    "Datum van het incident": date(2026, 11, 2),
    "Waar of hoe gebeurde het?": "Balie",
    "Naam": "Jan de Vries",
}


def _rij(ws, vraag: str) -> int:
    for rij in range(1, ws.max_row + 1):
        tekst = ws.cell(rij, 1).value
        if isinstance(tekst, str) and tekst.rstrip(" *").startswith(vraag):
            return rij
    raise AssertionError(f"vraag '{vraag}' staat niet op het formulier")


def _formulier(g: Gemeente, naam: str, bewerking) -> Path:
    leeg = g.map / "meldformulier.xlsx"
    if not leeg.exists():
        g.ok("meldformulier")
    wb = openpyxl.load_workbook(leeg)
    ws = wb.active
    set_ = "losser" if "losser" in g.map.name else "geertruidenberg"
    for vraag, antwoord in {**ANTWOORDEN, **_klasse(ws, set_)}.items():
        ws.cell(_rij(ws, vraag), 2).value = antwoord
    bewerking(wb, ws)
    pad = g.map.parent / naam
    wb.save(pad)
    return pad


def _klasse(ws, set_: str) -> dict:
    """De vraag naar de ernst of het gedrag, zoals hij op het formulier van deze gemeente staat."""
    for rij in range(1, ws.max_row + 1):
        if ws.cell(rij, 4).value in ("ernst", "gedrag"):
            return {str(ws.cell(rij, 1).value).rstrip(" *"): "agressief" if set_ == "geertruidenberg" else "C"}
    raise AssertionError("geen vraag naar ernst of gedrag")


def _datum(waarde):
    def bewerking(wb, ws):
        cel = ws.cell(_rij(ws, "Datum van het incident"), 2)
        cel.value = waarde
        cel.number_format = "DD-MM-YYYY"

    return bewerking


def _formulier_geweigerd(g: Gemeente, pad: Path, *meldingen: str, verboden: tuple[str, ...] = ()) -> None:
    voor = g.momentopname()
    for extra in ((), ("--json",)):
        uitkomst = g.run("melden", "--formulier", str(pad), *extra)
        assert uitkomst.exit_code == 2, uitkomst.output
        for melding in meldingen:
            assert melding in uitkomst.output, uitkomst.output
        for woord in ("Traceback", "Warning", "site-packages", "formule", *verboden):
            assert woord not in uitkomst.output, uitkomst.output
    assert g.momentopname() == voor


def test_een_datumcel_met_een_getal_buiten_de_datums(gemeente):
    """Geertruidenberg 4.2: "De coördinator van het interventieteam registreert de melding in excel." 3.3 punt 15:
    een datumcel met 1000000000 gaf een Python-waarschuwing met een pad in de installatie en noemde het getal
    daarna een formule."""
    pad = _formulier(gemeente, "serie.xlsx", _datum(10**9))
    melding = "(datum): de cel is opgemaakt als datum, maar het getal erin (1000000000) is geen datum die Excel kent."
    _formulier_geweigerd(gemeente, pad, melding, "Typ de datum als DD-MM-JJJJ.")
    env = dict(os.environ, AGRESSIE_MAP=str(gemeente.map), PYTHONPATH=str(SRC))
    opdracht = [sys.executable, "-m", "agressie_cli", "melden", "--formulier", str(pad)]
    eigen_proces = subprocess.run(opdracht, capture_output=True, text=True, env=env, timeout=300)
    assert eigen_proces.returncode == 2 and melding in eigen_proces.stderr
    assert "Warning" not in eigen_proces.stderr and "site-packages" not in eigen_proces.stderr, eigen_proces.stderr


def test_31_december_1899_is_geen_tijd(gemeente):
    """3.3 punt 15: 31-12-1899 (een datumcel met 0) gaf "'00:00:00' is geen geldige datum"."""
    from datetime import datetime

    pad = _formulier(gemeente, "1899.xlsx", _datum(datetime(1899, 12, 31)))
    _formulier_geweigerd(
        gemeente,
        pad,
        "(datum): in de cel staat geen datum maar alleen een tijd (of een datum vóór 1900",
        verboden=("00:00:00",),
    )


def test_twee_formulieren_in_een_bestand_worden_geweigerd(gemeente):
    """3.3 punt 15: van twee bladen met het kenmerk werd het eerste geregistreerd en het tweede stil overgeslagen.
    agressie raadt niet: het bestand wordt geweigerd (er wordt niets geregistreerd) met wat te doen."""

    def tweede_blad(wb, ws):
        kopie = wb.copy_worksheet(ws)
        kopie["D1"] = ws["D1"].value
        kopie.cell(_rij(kopie, "Naam"), 2).value = "Piet Tweede"

    pad = _formulier(gemeente, "twee.xlsx", tweede_blad)
    _formulier_geweigerd(
        gemeente,
        pad,
        "twee.xlsx: het bestand bevat 2 meldformulieren (blad 1 en blad 2); agressie registreert één formulier per "
        "bestand en er is niets geregistreerd.",
        verboden=("Piet", "Vries"),
    )
    assert gemeente.json("lijst") == []


def test_een_cel_in_de_laatste_rij_wordt_begrensd(gtb):
    """3.3 punt 15: één cel in rij 1.048.576 kostte 11 s en 284 MB (elke rij werd gelezen). Nu weigert agressie
    een formulier dat verder reikt dan 1.000 rijen meteen, met de rij en wat te doen."""
    pad = _formulier(gtb, "ver.xlsx", lambda wb, ws: ws.__setitem__("E1048576", "x"))
    env = dict(os.environ, AGRESSIE_MAP=str(gtb.map), PYTHONPATH=str(SRC))
    opdracht = [sys.executable, "-m", "agressie_cli", "melden", "--formulier", str(pad), "--json"]
    uitkomst = subprocess.run(opdracht, capture_output=True, text=True, env=env, timeout=300)
    assert uitkomst.returncode == 2, uitkomst.stderr
    [formulier] = json.loads(uitkomst.stdout)  # met --json staat de fout per formulier in de uitvoer
    assert "ver.xlsx: het blad met het formulier loopt door tot rij 1048576" in json.dumps(
        formulier, ensure_ascii=False
    )
    assert gtb.json("lijst") == []
