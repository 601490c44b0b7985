"""Issue 3.1, tweede ronde (brieven2): wat een tester aan de brieven en aan `init` vond. Elke test noemt de zin uit het
protocol (../shared/protocollen/) die hij volgt. Door de CLI, met het register in het geheugen; de brieven worden
teruggelezen met python-docx."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from agressie_cli.documenten.brieven.render import docx_tekst
from conftest import Gemeente, maak_gemeente

ADRES = dict(adres="Markt 12", postcode="4941 AB", woonplaats="Raamsdonksveer")
VOLLEDIG = dict(
    **ADRES,
    vorm=["verbaal"],
    omschrijving="Schold de medewerker uit.",
    brieftekst="U schold de medewerker uit.",
    melder="P. Jansen",
    functie="baliemedewerker",
    medewerker=["P. Jansen"],
    leidinggevende="K. Smits",
    politie=False,
    aangifte=False,
)
NAAM = "Jan de Vries"
REDEN = ("--toelichting", "opzet van de test")
KLASSE = {"geertruidenberg": {"ernst": "agressief"}, "losser": {"gedrag": "C", "aanhoudend": True}}


@pytest.fixture
def gtb(tmp_path) -> Gemeente:
    return maak_gemeente(tmp_path, "geertruidenberg", geheugen=True)


@pytest.fixture
def losser(tmp_path) -> Gemeente:
    return maak_gemeente(tmp_path, "losser", geheugen=True)


def _brief(g: Gemeente, nummer: str, datum: str, *args: str) -> tuple[dict, str]:
    data = g.json("brief", nummer, "--datum", datum, *args)
    tekst = docx_tekst(Path(data["bestand"]))
    assert "{{" not in tekst and "{%" not in tekst
    return data, tekst


def _nieuw(tmp_path, profiel: str) -> Gemeente:
    from agressie_cli.opslag.geheugen import GeheugenOpslag

    return Gemeente(tmp_path / profiel, GeheugenOpslag())


# --- 5. init --ondertekenaar: slechte invoer kost nooit gegevens en laat geen kapot bestand achter -----------------


@pytest.mark.parametrize("profiel", ["geertruidenberg", "losser"])
@pytest.mark.parametrize("ondertekenaar", ["A. Bakker\nC, secretaris", "A. Bakker, gemeente\tsecretaris", "", "   "])
def test_init_weigert_ondertekenaar_met_stuurteken_of_leeg(tmp_path, profiel, ondertekenaar):
    """domein.md: de ondertekenaar "signs the letter: name and function come from the municipality's settings";
    Losser 5: "Een tekenbevoegde collega ondertekent altijd de brief." Een regeleinde of een lege waarde: exit 2 met
    --ondertekenaar, geen agressie.toml en geen register, en daarna lukt init gewoon."""
    g = _nieuw(tmp_path, profiel)
    uitkomst = g.run("init", "--gemeente", profiel, "--ondertekenaar", ondertekenaar)
    assert uitkomst.exit_code == 2, uitkomst.output
    assert "--ondertekenaar" in uitkomst.output and "Traceback" not in uitkomst.output
    assert not (g.map / "agressie.toml").exists()
    assert g.run("init", "--gemeente", profiel, "--ondertekenaar", "A. Bakker, secretaris").exit_code == 0


@pytest.mark.parametrize("profiel", ["geertruidenberg", "losser"])
def test_init_schrijft_aanhalingstekens_en_backslash_ongewijzigd(tmp_path, profiel):
    """domein.md: "name and function come from the municipality's settings": de brief noemt precies de naam die bij
    init is opgegeven, ook met aanhalingstekens of een backslash."""
    g = _nieuw(tmp_path, profiel)
    naam, functie = 'J. "Hans" de Vries\\Jr', 'loco-secretaris "a.i."'
    g.ok("init", "--gemeente", profiel, "--ondertekenaar", f"{naam}, {functie}")
    gelezen = tomllib.loads((g.map / "agressie.toml").read_text(encoding="utf-8"))["ondertekening"]
    assert (gelezen["naam"], gelezen["functie"]) == (naam, functie)
    nummer = g.meld(
        naam="Ans Smit", aanhef="mevrouw", kanaal="balie", datum="2026-11-02", tijd="10:00", **KLASSE[profiel], **VOLLEDIG
    )
    _, tekst = _brief(g, nummer, "2026-11-03", "--soort", "waarschuwing")
    assert f"{naam}\n{functie}" in tekst
