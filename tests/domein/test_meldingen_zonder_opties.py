"""Issue 3.2, "Messages without flags": "The domain and handelingen name fields ("de brieftekst", "de
contactpersoon"); the CLI renders them with its flag names through one mapping, so the same error reads right in a
terminal and, later, on a web form next to its field." Een melding uit domein/ noemt een veld met «veld»; de
opdrachtregel (cli/fouten.py `optie_van`) toont de optie, `fout.melding` het label van de kolom, en het meldformulier
de vraag. Een hele opdracht als aanwijzing ("agressie aanvullen 2026-0001 --aanhoudend") blijft een opdracht."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import agressie_cli
from agressie_cli.cli.veldwoorden import melding as cli_melding
from agressie_cli.domein.fouten import InvoerFout
from agressie_cli.domein.profiel import Profiel, lees_profielbestand
from agressie_cli.domein.velden import controleer_velden
from conftest import maak_gemeente

PAKKET = Path(agressie_cli.__file__).parent
OPTIE = re.compile(r"(?<![\w-])--[a-z{]")
# Een deel van een zin dat een hele opdracht noemt ("Vul aan met: agressie aanvullen 2026-0001 --aanhoudend"): daar
# hoort de optie bij de opdracht. Een zin eindigt bij ". ", "; " of ", of ".
ZINSDELEN = re.compile(r"\. |; |, of ")


def _tekst(knoop: ast.expr) -> str:
    """De tekst van een melding zoals hij in de bron staat; een ingevulde waarde wordt {...}."""
    if isinstance(knoop, ast.Constant) and isinstance(knoop.value, str):
        return knoop.value
    if isinstance(knoop, ast.JoinedStr):
        return "".join(_tekst(d) if isinstance(d, ast.Constant) else "{...}" for d in knoop.values)
    if isinstance(knoop, ast.BinOp):
        return _tekst(knoop.left) + _tekst(knoop.right)
    if isinstance(knoop, ast.IfExp):
        return _tekst(knoop.body) + " " + _tekst(knoop.orelse)
    return "{...}"


def _meldingen(map_: Path):
    for pad in sorted(map_.rglob("*.py")):
        for knoop in ast.walk(ast.parse(pad.read_text(encoding="utf-8"))):
            if not isinstance(knoop, ast.Call):
                continue
            naam = getattr(knoop.func, "id", getattr(knoop.func, "attr", ""))
            if naam.endswith("Fout") and naam[:1].isupper() and knoop.args:
                yield f"{pad.relative_to(PAKKET)}:{knoop.lineno}", _tekst(knoop.args[0])
            if naam in ("Veld", "_ja_nee"):  # de optie van een veld is zijn gegeven, geen melding
                continue
            for arg in (*knoop.args, *(k.value for k in knoop.keywords)):  # controleer_tekst("--reden", ...)
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and re.match(r"--[a-z]", arg.value):
                    yield f"{pad.relative_to(PAKKET)}:{knoop.lineno}", arg.value


@pytest.mark.parametrize("laag", ["domein", "handelingen", "documenten"])
def test_geen_melding_noemt_een_optie(laag):
    """Geen melding in domein/, handelingen/ of documenten/ noemt een optie van de opdrachtregel, ook niet als
    argument van een hulpfunctie (controleer_tekst("--reden", ...)); alleen een hele opdracht ("agressie ...") mag."""
    fout = [
        (plek, deel)
        for plek, tekst in _meldingen(PAKKET / laag)
        for deel in ZINSDELEN.split(tekst)
        if OPTIE.search(deel) and "agressie " not in deel
    ]
    assert not fout, "\n".join(f"{plek}: {deel}" for plek, deel in fout)


def test_de_scan_vindt_een_optie_in_een_melding(tmp_path):
    """De scan hierboven kan falen: een melding met een optie wordt gevonden, een opdracht als aanwijzing niet."""
    (tmp_path / "m.py").write_text(
        'raise InvoerFout(f"--datum: {x} ligt in de toekomst.")\n'
        'raise InvoerFout("Vul aan met: agressie aanvullen 2026-0001 --aanhoudend.")\n'
        'controleer_tekst("--reden", reden)\n',
        encoding="utf-8",
    )
    global PAKKET
    oud, PAKKET = PAKKET, tmp_path
    try:
        gevonden = [
            t
            for _, tekst in _meldingen(tmp_path)
            for t in ZINSDELEN.split(tekst)
            if OPTIE.search(t) and "agressie " not in t
        ]
    finally:
        PAKKET = oud
    assert gevonden == ["--datum: {...} ligt in de toekomst.", "--reden"]


def _profiel(naam: str) -> Profiel:
    return Profiel(*lees_profielbestand(naam))


@pytest.mark.parametrize("gemeente", ["geertruidenberg", "losser"])
def test_dezelfde_fout_als_optie_in_de_terminal_en_als_label_voor_het_web(tmp_path, gemeente):
    """Dezelfde fout: in de terminal met de optie (--leidinggevende-email, --geen-politiek-ambtsdrager), via
    `fout.melding` met het label van de kolom, en `.velden` noemt het veld (het web zet de melding ernaast)."""
    g = maak_gemeente(tmp_path, gemeente, geheugen=True)
    klasse = ["--ernst", "agressief"] if gemeente == "geertruidenberg" else ["--gedrag", "C", "--aanhoudend"]
    basis = ["melden", "--naam", "Jan de Vries", "--kanaal", "balie", *klasse]
    voor = g.momentopname()
    uit = g.run(*basis, "--leidinggevende-email", "a.smits@@gemeente")
    assert uit.exit_code == 2 and "Traceback" not in uit.output
    verwacht = "Fout: --leidinggevende-email: dat is geen geldig e-mailadres (voorbeeld: naam@gemeente.nl)."
    assert verwacht in uit.output
    assert g.momentopname() == voor
    with pytest.raises(InvoerFout) as fout:
        controleer_velden({"leidinggevende_email": "a.smits@@gemeente"}, _profiel(gemeente))
    assert "Fout: " + cli_melding(fout.value) in uit.output
    assert fout.value.melding == "e-mail leidinggevende: dat is geen geldig e-mailadres (voorbeeld: naam@gemeente.nl)."
    assert fout.value.velden == ["leidinggevende_email"]
    assert "--" not in fout.value.melding

    tegen = g.run(*basis, "--ambt", "wethouder", "--geen-politiek-ambtsdrager")
    assert tegen.exit_code == 2
    assert "Fout: --ambt wethouder en --geen-politiek-ambtsdrager spreken elkaar tegen" in tegen.output
    from agressie_cli.domein.ambtsdrager import leg_ambt_uit

    with pytest.raises(InvoerFout) as fout:
        leg_ambt_uit({"ambt": "wethouder", "ambtsdrager": False})
    assert fout.value.velden == ["ambt", "geen_politiek_ambtsdrager"]
    assert fout.value.melding.startswith("ambt wethouder en geen politiek ambtsdrager spreken elkaar tegen")
    assert g.momentopname() == voor


def test_een_veld_zonder_eigen_optie_krijgt_die_van_het_commando(tmp_path):
    """cli/fouten.py: een kolom die bij een commando een andere optie heeft (samenvoegen --in, --niet) heet in de
    terminal zoals de optie, en op het web zoals de kolom."""
    g = maak_gemeente(tmp_path, "geertruidenberg", geheugen=True)
    g.meld(naam="Jan de Vries", kanaal="balie", ernst="licht")
    voor = g.momentopname()
    uit = g.run("samenvoegen", "P0001", "--in", "P0099")
    assert uit.exit_code == 2 and "--in: persoon 'P0099' bestaat niet in het register." in uit.output
    niet = g.run("samenvoegen", "P0001", "--niet", "P0098")
    assert niet.exit_code == 2 and "--niet: persoon 'P0098' bestaat niet in het register." in niet.output
    onbekend = g.run("samenvoegen", "P0097", "--in", "P0001")
    assert onbekend.exit_code == 2 and "PERSOON: persoon 'P0097' bestaat niet in het register." in onbekend.output
    assert g.momentopname() == voor
    from agressie_cli.domein.register import Register

    with pytest.raises(InvoerFout) as fout:
        Register().persoon("P0099", "samengevoegd_in")
    assert fout.value.melding == "samengevoegd in: persoon 'P0099' bestaat niet in het register."


def test_het_meldformulier_noemt_de_vraag_niet_de_optie(tmp_path):
    """Het meldformulier (2.7) wordt ingevuld door een medewerker die de opdrachtregel niet kent: een melding noemt
    de cel en de vraag, en een ander veld zoals het formulier het noemt, nooit een optie als --geen-politiek-ambtsdrager.
    Losser 9: "Een politiek ambtsdrager maakt zelf een melding van agressie bij de burgermeester"."""
    from cli.test_meldformulier import JANSEN, maak_formulier, vul_in

    g = maak_gemeente(tmp_path, "losser")
    antwoorden = {k: v for k, v in JANSEN.items() if k != "Hoe ernstig was het?"} | {"Welk gedrag": "C"}
    fout = vul_in(
        maak_formulier(g),
        tmp_path / "g.xlsx",
        antwoorden | {"Welk ambt heeft": "raadslid", "Was het gericht tegen een politiek ambtsdrager": "nee"},
    )
    uitkomst = g.run("melden", "--formulier", str(fout))
    assert uitkomst.exit_code == 2
    assert "g.xlsx: ambt raadslid en geen politiek ambtsdrager spreken elkaar tegen" in uitkomst.output
    assert "--" not in uitkomst.output.split("g.xlsx: ", 1)[1].split("\n", 1)[0]
    datum = vul_in(maak_formulier(g), tmp_path / "d.xlsx", antwoorden | {"Datum van het incident": "31-02-2026"})
    fout_datum = g.run("melden", "--formulier", str(datum))
    assert fout_datum.exit_code == 2
    regel = next(r for r in fout_datum.output.splitlines() if "d.xlsx" in r)
    assert "(datum): '31-02-2026' is geen geldige datum." in regel and "--datum" not in regel
