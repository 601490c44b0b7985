"""2.5: een eigen sjabloon is invoer, geen code. Een sjabloon dat Python-internals aanspreekt (de weg naar het
uitvoeren van willekeurige code of het lezen van bestanden) wordt door `sjablonen controleer` onveilig genoemd
(exit 1) en door `brief` geweigerd (exit 2) zonder dat het wordt uitgevoerd: geen brief, geen maatregel."""

from __future__ import annotations

from pathlib import Path

import pytest

from agressie_cli.documenten.brieven.render import docx_tekst
from conftest import Gemeente

PERSOON = dict(
    naam="Bert Jansen",
    adres="Markt 12",
    postcode="4941 AB",
    woonplaats="Raamsdonksveer",
    tijd="10:30",
    brieftekst="U schreeuwde en sloeg met de vuist op de balie.",
)

# Alles wat een waarschuwing moet hebben: zonder het onveilige stuk is dit een goed sjabloon.
VERPLICHT = (
    "EIGEN BRIEF {{ aanhef }}, {{ adresblok }} {{ plaats_datum }} {{ kenmerk }} {{ onderwerp }} "
    "{{ ondertekenaar }} {{ functie }} {{ namens }} {{ incident_moment }} {{ brieftekst }}"
)


def _zet_eigen_sjabloon(g: Gemeente, tekst: str, *, titel: str | None = None, kop: str | None = None) -> Path:
    from docx import Document

    eigen = g.map / "eigen-sjablonen"
    eigen.mkdir(exist_ok=True)
    doc = Document()
    doc.add_paragraph(tekst)
    if titel is not None:
        doc.core_properties.title = titel
    if kop is not None:
        doc.sections[0].header.paragraphs[0].text = kop
    pad = eigen / "waarschuwing.docx"
    doc.save(pad)
    toml = g.map / "agressie.toml"
    inhoud = toml.read_text(encoding="utf-8")
    if 'sjablonen = ""' in inhoud:
        toml.write_text(inhoud.replace('sjablonen = ""', 'sjablonen = "eigen-sjablonen"'), encoding="utf-8")
    return pad


def _popen(marker: Path) -> str:
    return "{{ cycler.__init__.__globals__.os.popen('touch " + str(marker) + "').read() }}"


def _open(marker: Path) -> str:
    return "{{ joiner.__init__.__globals__.__builtins__['open']('" + str(marker) + "', 'w').write('x') }}"


def _filter_attr(marker: Path) -> str:
    return "{{ (cycler|attr('__init__')|attr('__globals__'))['os'].popen('touch " + str(marker) + "').read() }}"


def _gehackt_melding(uitvoer: str, wat: str) -> None:
    assert (
        f"Sjabloon 'waarschuwing.docx' is onveilig: het gebruikt '{wat}' (toegang tot Python-internals). "
        "Zo'n sjabloon wordt niet gebruikt."
    ) in uitvoer, uitvoer
    assert "Traceback" not in uitvoer


def _brief_geweigerd(g: Gemeente, nummer: str, marker: Path, wat: str | None) -> None:
    voor = g.momentopname()
    uitkomst = g.run("brief", nummer, "--datum", "2026-11-23", "--toelichting", "opzet van de test")
    assert uitkomst.exit_code == 2, uitkomst.output
    assert uitkomst.exception is None or isinstance(uitkomst.exception, SystemExit)
    if wat is None:
        assert "Sjabloon 'waarschuwing.docx' is onveilig" in uitkomst.output, uitkomst.output
        assert "Zo'n sjabloon wordt niet gebruikt." in uitkomst.output
    else:
        _gehackt_melding(uitkomst.output, wat)
    assert not marker.exists(), "het sjabloon is uitgevoerd"
    assert not list(g.map.rglob("*-waarschuwing-*.docx")), "er is toch een brief geschreven"
    assert g.momentopname() == voor, "het register is gewijzigd"
    assert g.json("historie", "P0001")["maatregelen"] == []


@pytest.mark.parametrize(
    "payload, wat",
    [(_popen, "__init__"), (_open, "__init__"), (_filter_attr, "__init__")],
    ids=["cycler-popen", "joiner-open", "filter-attr"],
)
def test_onveilig_eigen_sjabloon_gemeld_en_geweigerd(gtb, tmp_path, payload, wat):
    marker = tmp_path / "gehackt"
    _zet_eigen_sjabloon(gtb, VERPLICHT + " " + payload(marker))
    nummer = gtb.meld(datum="2026-11-17", kanaal="balie", ernst="agressief", **PERSOON)

    uitkomst = gtb.run("sjablonen", "controleer")
    assert uitkomst.exit_code == 1, uitkomst.output
    assert "FOUT    waarschuwing.docx" in uitkomst.output
    _gehackt_melding(uitkomst.output, wat)
    assert "OK      waarschuwing.docx" not in uitkomst.output
    assert not marker.exists()

    _brief_geweigerd(gtb, nummer, marker, wat)


def test_onveilig_in_kopregel_of_documenteigenschap_ook_gemeld(gtb, tmp_path):
    """docxtpl vult ook kop- en voetteksten en de documenteigenschappen (titel, onderwerp...): ook daar geen code."""
    marker = tmp_path / "gehackt"
    _zet_eigen_sjabloon(gtb, VERPLICHT, titel=_popen(marker))
    nummer = gtb.meld(datum="2026-11-17", kanaal="balie", ernst="agressief", **PERSOON)
    uitkomst = gtb.run("sjablonen", "controleer")
    assert uitkomst.exit_code == 1, uitkomst.output
    _gehackt_melding(uitkomst.output, "__init__")
    _brief_geweigerd(gtb, nummer, marker, "__init__")

    _zet_eigen_sjabloon(gtb, VERPLICHT, kop=_open(marker))
    uitkomst = gtb.run("sjablonen", "controleer")
    assert uitkomst.exit_code == 1, uitkomst.output
    _gehackt_melding(uitkomst.output, "__init__")
    _brief_geweigerd(gtb, nummer, marker, "__init__")


def test_wat_langs_de_controle_glipt_houdt_de_sandbox_tegen_en_een_gewoon_sjabloon_werkt_nog(gtb, tmp_path):
    """Een naam die pas bij het vullen ontstaat ('__in' ~ 'it__') ziet de controle op de tekst niet; de sandbox
    weigert de toegang dan alsnog (bij de controle een proefvulling met lege waarden, bij de brief het echte vullen):
    een Nederlandse melding met de naam van het sjabloon, geen brief, geen maatregel. Gewone sjablonen (variabelen,
    filters, lussen, loop en cycler) werken in de sandbox gewoon."""
    marker = tmp_path / "gehackt"
    verstopt = "{{ cycler['__in' ~ 'it__']['__glo' ~ 'bals__']['os'].popen('touch " + str(marker) + "').read() }}"
    _zet_eigen_sjabloon(gtb, VERPLICHT + " " + verstopt)
    nummer = gtb.meld(datum="2026-11-17", kanaal="balie", ernst="agressief", **PERSOON)
    uitkomst = gtb.run("sjablonen", "controleer")
    assert uitkomst.exit_code == 1, uitkomst.output
    _gehackt_melding(uitkomst.output, "__init__")
    assert not marker.exists()
    _brief_geweigerd(gtb, nummer, marker, "__init__")

    _zet_eigen_sjabloon(
        gtb,
        VERPLICHT + " {{ naam|upper }} {% for x in [1, 2] %}{{ loop.index }}{{ cycler('a', 'b').next() }}{% endfor %}",
    )
    assert gtb.run("sjablonen", "controleer").exit_code == 0
    uitkomst = gtb.run("brief", nummer, "--datum", "2026-11-23", "--toelichting", "opzet van de test")
    assert uitkomst.exit_code == 0, uitkomst.output
    (brief,) = (gtb.map / "brieven").glob("*.docx")
    tekst = docx_tekst(brief)
    assert "EIGEN BRIEF" in tekst and "BERT JANSEN" in tekst and "1a2a" in tekst
