"""Issue 5/7: willekeurige tekst in elk veld geeft nooit een traceback, nooit een formule, nooit een bestand
buiten de uitvoermap, en wat geaccepteerd is leest exact terug."""

from __future__ import annotations

import tempfile
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from agressie_cli.cli import app
from agressie_cli.opslag.excel import ExcelOpslag

LASTIG = st.sampled_from(
    [
        "=1+1",
        "+31 6 123",
        "-Jansen",
        "@SOM(A1)",
        '=HYPERLINK("http://x","klik")',
        "../../etc/passwd",
        "..\\..\\Windows",
        "a/b\\c:d",
        "\u202eTNEMUCOD",
        "\u200f\u05e9\u05dc\u05d5\u05dd",
        "😀🔥",
        "CON",
        "NUL.txt",
        "x" * 40000,
        "_x000D_",
        "a\x00b",
        "regel 1\nregel 2\r\nregel 3",
        "\t",
        "Jansen & Zn <b>",
        "{{ naam }}",
        "{% if %}",
        "'; DROP TABLE--",
    ]
)
TEKST = st.one_of(LASTIG, st.text(min_size=0, max_size=120))

_MAP = Path(tempfile.mkdtemp(prefix="agressie-eigenschappen-"))
_RUNNER = CliRunner()
_RUNNER.invoke(app, ["--map", str(_MAP), "init", "--gemeente", "geertruidenberg"])


def _run(*args: str):
    uitkomst = _RUNNER.invoke(app, ["--map", str(_MAP), *args])
    assert "Traceback" not in uitkomst.output
    assert uitkomst.exception is None or isinstance(uitkomst.exception, SystemExit), repr(uitkomst.exception)
    assert uitkomst.exit_code in (0, 1, 2), uitkomst.output
    return uitkomst


def _geen_formules() -> None:
    wb = openpyxl.load_workbook(_MAP / "register.xlsx")
    for ws in wb:
        for rij in ws.iter_rows():
            for cel in rij:
                assert cel.data_type != "f", f"formule in {ws.title}!{cel.coordinate}"


def _buiten_uitvoermap() -> list[Path]:
    toegestaan = {
        "agressie.toml",
        "register.xlsx",
        "register.xlsx.lock",
        "register.xlsx.cache",
        "brieven",
        "reservekopieen",
        "logboek.csv",
    }
    return [p for p in _MAP.iterdir() if p.name not in toegestaan]


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(naam=TEKST, omschrijving=TEKST, adres=TEKST, melder=TEKST, afdeling=TEKST)
def test_melden_aanvullen_brief_met_willekeurige_tekst(naam, omschrijving, adres, melder, afdeling):
    uitkomst = _run(
        "melden",
        f"--naam={naam}",
        "--kanaal=balie",
        "--ernst=agressief",
        f"--omschrijving={omschrijving}",
        f"--melder={melder}",
        "--tijd=10:30",
        "--postcode=4941 AB",
        "--woonplaats=Raamsdonksveer",
        f"--adres={adres}",
        "--json",
    )
    if uitkomst.exit_code != 0:
        assert uitkomst.output.startswith("Fout: ")
        return
    import json

    nummer = json.loads(uitkomst.output)["incident"]
    aangevuld = _run("aanvullen", nummer, f"--afdeling={afdeling}")
    register = ExcelOpslag(_MAP / "register.xlsx", None).lees()
    incident = register.incident(nummer)
    persoon = register.persoon(incident["persoon"])
    assert incident["omschrijving"] == (omschrijving if omschrijving.strip() else None)
    assert incident["naam"] == " ".join(naam.split())
    assert (incident.get("melder") or "") == melder.strip()
    if adres.strip():
        assert persoon.get("adres") == adres.strip()
    if aangevuld.exit_code == 0:
        assert (incident.get("afdeling") or "") == afdeling.strip()
    brief = _run("brief", nummer, "--soort", "waarschuwing", "--overschrijven")
    if brief.exit_code == 0:
        bestanden = list((_MAP / "brieven").glob(f"{nummer}-*.docx"))
        assert len(bestanden) == 1 and bestanden[0].parent == _MAP / "brieven"
        from agressie_cli.documenten.brieven.render import docx_tekst

        tekst = docx_tekst(bestanden[0])
        assert "{{" not in tekst.replace("{{ naam }}", "") and " ".join(naam.split()) in tekst
    assert _buiten_uitvoermap() == []
    _geen_formules()
