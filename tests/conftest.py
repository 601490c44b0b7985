"""Hulpmiddelen voor de tests: een gemeente in een tijdelijke map en de CLI zoals een gebruiker hem aanroept."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from agressie_cli.cli import app

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))  # tools/demo.py: de demo is ook een test


# Een complete melding voor de tests van advies, brieven en termijnen (zonder tijd: een test die de tijd nodig heeft,
# geeft hem zelf), en de reden die een afwijking van het advies vraagt.
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
REDEN = ("--toelichting", "opzet van de test")


class Gemeente:
    """Een gemeente in een tijdelijke map. Met `opslag` (GeheugenOpslag) staat het register in het geheugen:
    de CLI werkt zoals altijd, alleen zonder Excel-bestand (voor de tests van advies en periodes)."""

    def __init__(self, map_pad: Path, opslag=None):
        self.map = map_pad
        self.opslag = opslag
        self.runner = CliRunner()

    @property
    def register(self) -> Path:
        return self.map / "register.xlsx"

    def run(self, *args: str, invoer: str | None = None):
        obj = {"opslag": self.opslag} if self.opslag is not None else None
        return self.runner.invoke(app, ["--map", str(self.map), *args], input=invoer, obj=obj)

    def momentopname(self):
        """Wat het register nu bevat: de bytes van het Excel-bestand, of de rijen in het geheugen."""
        if self.opslag is None:
            return self.register.read_bytes()
        r = self.opslag.lees()
        return repr((r.incidenten, r.personen, r.maatregelen))

    def ok(self, *args: str) -> str:
        uitkomst = self.run(*args)
        assert uitkomst.exit_code == 0, f"{args}: {uitkomst.output}"
        return uitkomst.output

    def json(self, *args: str):
        return json.loads(self.ok(*args, "--json"))

    def meld(self, **opties) -> str:
        """Meldt een incident en geeft het nummer. Opties als naam='Jan', vorm=['verbaal']."""
        return self.json(*meld_args(**opties))["incident"]

    def verbod(self, naam: str, datum: str, soort: str, duur: str, **klasse) -> str:
        """Een incident om 09.00 uur aan de balie met een verbod dat die dag ingaat (standaard na een strafbaar
        feit); geeft het incidentnummer."""
        nummer = self.meld(naam=naam, kanaal="balie", datum=datum, tijd="09:00", **(klasse or {"ernst": "strafbaar"}))
        self.ok("maatregel", nummer, "--soort", soort, "--duur", duur, "--datum", datum, *REDEN)
        return nummer


def meld_args(**opties) -> list[str]:
    """De aanroep van `melden` voor opties als naam='Jan', vorm=['verbaal'], politie=False (--geen-politie)."""
    args = ["melden"]
    for sleutel, waarde in opties.items():
        optie = "--" + sleutel.replace("_", "-")
        if isinstance(waarde, bool):
            args.append(
                optie if waarde else optie.replace("--", "--niet-" if sleutel == "aanhoudend" else "--geen-", 1)
            )
        elif isinstance(waarde, list):
            for w in waarde:
                args += [optie, w]
        else:
            args += [optie, str(waarde)]
    return args


def maak_gemeente(tmp_path: Path, naam: str, geheugen: bool = False) -> Gemeente:
    from agressie_cli.opslag.geheugen import GeheugenOpslag

    gemeente = Gemeente(tmp_path / naam, GeheugenOpslag() if geheugen else None)
    gemeente.ok("init", "--gemeente", naam)
    assert (gemeente.map / "register.xlsx").exists() != geheugen
    # Zoals de coördinator na init doet: de contactpersoon met een rechtstreeks nummer (een belverbod noemt het nummer
    # dat wel mag; init schrijft er geen, omdat het algemene nummer dat niet is).
    zet_contactpersoon(gemeente.map / "agressie.toml", "de klachtcontactpersoon van het team, telefoon 0162 - 579 999")
    return gemeente


def zet_contactpersoon(toml: Path, contactpersoon: str) -> None:
    import re

    tekst = toml.read_text(encoding="utf-8")
    toml.write_text(
        re.sub(r'^contactpersoon = ".*"$', f'contactpersoon = "{contactpersoon}"', tekst, flags=re.M), encoding="utf-8"
    )


@pytest.fixture
def gtb(tmp_path) -> Gemeente:
    return maak_gemeente(tmp_path, "geertruidenberg")


@pytest.fixture
def losser(tmp_path) -> Gemeente:
    return maak_gemeente(tmp_path, "losser")


@pytest.fixture
def web(gtb):
    """De webvoorkant over Geertruidenberg met een account per rol (tests/web/webhulp.py)."""
    from webhulp import maak_web

    return maak_web(gtb)


@pytest.fixture(autouse=True)
def register_blijft_gelijk_aan_excel(tmp_path):
    """Na elke test, voor elk register dat agressie in de test maakte: wat de snelle kopie (register.xlsx.cache)
    teruggeeft is precies wat het Excel-bestand zelf oplevert, en een register dat agressie schreef (ook door
    alleen de gewijzigde rijen te vervangen) is byte voor byte wat een volledige schrijfactie zou maken."""
    yield
    for pad in tmp_path.rglob("register.xlsx"):
        if "reservekopieen" in pad.parts or not (pad.parent / "agressie.toml").exists():
            continue
        _vergelijk_met_excel(pad)


def _vergelijk_met_excel(pad: Path) -> None:
    import zipfile

    from agressie_cli.domein.fouten import AgressieFout
    from agressie_cli.domein.instellingen import lees_instellingen
    from agressie_cli.domein.profiel import laad_profiel
    from agressie_cli.opslag.excel import ExcelOpslag, snelle_kopie

    try:
        profiel = laad_profiel(lees_instellingen(pad.parent))
        excel = ExcelOpslag(pad, profiel, cache=False)
        direct = excel.lees()
    except AgressieFout:
        return  # een test die het register bewust beschadigde
    opslag = ExcelOpslag(pad, profiel)
    inhoud = pad.read_bytes()
    if snelle_kopie.laad(opslag.cache_pad, opslag.vinger, snelle_kopie.sleutel_van(inhoud)) is not None:
        snel = opslag.lees()
        for deel in ("incidenten", "personen", "maatregelen", "schema"):
            assert getattr(snel, deel) == getattr(direct, deel), f"{pad}: snelle kopie wijkt af in {deel}"
        a, b = opslag.bijzaken(snel), excel.bijzaken(direct)
        assert a.extra_kolommen == b.extra_kolommen and a.extra_bladen == b.extra_bladen, (
            f"{pad}: extra kolommen of bladen"
        )
        assert [vars(f) for f in a.fouten] == [vars(f) for f in b.fouten], f"{pad}: celfouten wijken af"
        assert _ruw_per_rij(snel, a) == _ruw_per_rij(direct, b), f"{pad}: ruwe waarden wijken af"
    with zipfile.ZipFile(pad) as zf:
        door_agressie = b"<Application>agressie</Application>" in zf.read("docProps/app.xml")
    if door_agressie and direct.schema == 1:
        opnieuw = pad.with_name("volledig-opnieuw.xlsx")
        excel._schrijf_werkboek(direct, excel.bijzaken(direct), opnieuw)
        with zipfile.ZipFile(pad) as huidig, zipfile.ZipFile(opnieuw) as volledig:
            for naam in volledig.namelist():
                assert huidig.read(naam) == volledig.read(naam), (
                    f"{pad}: {naam} verschilt van een volledige schrijfactie"
                )
        opnieuw.unlink()


def _ruw_per_rij(register, bijzaken) -> dict:
    """Wat de opslag per rij apart hield (onleesbare cellen, extra kolommen), op blad en rijnummer."""
    return {
        (deel, i): bijzaken.per_rij[id(rij)]
        for deel in ("incidenten", "personen", "maatregelen")
        for i, rij in enumerate(getattr(register, deel))
        if id(rij) in bijzaken.per_rij
    }


def windows_zonder_libreoffice(tmp_path: Path, monkeypatch, programma) -> list:
    """Windows met Office en zonder LibreOffice, op Linux nagebootst (3.6): geen soffice op het pad, en een
    win32com.client waarvan DispatchEx `programma(aanroepen)` geeft (een nagebootste Word of Excel). Geeft de lijst
    waarin de nabootsing elke aanroep bijhoudt."""
    import types

    leeg = tmp_path / "leeg"
    leeg.mkdir()
    monkeypatch.setenv("PATH", str(leeg))
    monkeypatch.setattr("agressie_cli.documenten.brieven.pdf.WINDOWS", True)
    aanroepen: list = []
    client = types.ModuleType("win32com.client")
    client.DispatchEx = lambda naam: aanroepen.append(("DispatchEx", naam)) or programma(aanroepen)  # type: ignore[attr-defined]
    pakket = types.ModuleType("win32com")
    pakket.client = client  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "win32com", pakket)
    monkeypatch.setitem(sys.modules, "win32com.client", client)
    return aanroepen
