"""Issue 3.2: het domein raakt alleen bestanden aan waar CONTRIBUTING dat zegt.

CONTRIBUTING ("Vier lagen"): "`domein/`: de regels, vanuit Python te gebruiken zonder opdrachtregel, Excel of Word."
import-linter ziet een verboden import (sqlite3, urllib, subprocess, ...), maar niet `open()` of `Path.write_text()`.
Deze test leest de broncode van domein/ en vindt elke aanroep die een bestand of map aanraakt; buiten de modules die
CONTRIBUTING noemt ("Welke modules van domein/ bestanden aanraken") faalt hij, met bestand en regel."""

from __future__ import annotations

import ast
from pathlib import Path

import agressie_cli.domein

DOMEIN = Path(agressie_cli.domein.__file__).parent

# Module -> waarom (dezelfde lijst als in CONTRIBUTING).
TOEGESTAAN = {
    "bestanden.py": "een bestand atomisch vervangen (tijdelijk bestand, fsync, os.replace) voor opslag/ en documenten/",
    "kantoorslot.py": "het slotbestand van Excel of Word lezen (~$register.xlsx): wie het bestand open heeft",
    "instellingen.py": "agressie.toml lezen en bij init schrijven",
    "profiel.py": "een profiel (TOML) lezen: meegeleverd of het eigen profiel.toml van de gemeente",
    "opschonen.py": "resten van een afgebroken schrijfactie en brieven van geanonimiseerde personen weghalen",
}

# Aanroepen die een bestand of map aanraken: de ingebouwde open(), methoden van Path, en functies van os en io.
INGEBOUWD = {"open"}
PAD_METHODEN = {
    "open",
    "read_text",
    "read_bytes",
    "write_text",
    "write_bytes",
    "unlink",
    "mkdir",
    "rmdir",
    "iterdir",
    "glob",
    "rglob",
    "touch",
    "exists",
    "is_file",
    "is_dir",
    "stat",
    "chmod",
    "symlink_to",
    "hardlink_to",
}
MODULE_FUNCTIES = {
    "os": {
        "open",
        "fdopen",
        "replace",
        "rename",
        "renames",
        "remove",
        "unlink",
        "rmdir",
        "removedirs",
        "mkdir",
        "makedirs",
        "listdir",
        "scandir",
        "walk",
        "fsync",
        "stat",
        "chmod",
        "link",
        "symlink",
        "truncate",
    },
    "io": {"open", "FileIO"},
    "tomllib": {"load"},
    "json": {"load", "dump"},
    "os.path": {"exists", "isfile", "isdir", "getsize", "getmtime"},
}


def bestandsaanroepen(bron: str) -> list[tuple[int, str]]:
    """(regel, aanroep) voor elke aanroep in de broncode die een bestand of map aanraakt."""
    gevonden = []
    for knoop in ast.walk(ast.parse(bron)):
        if not isinstance(knoop, ast.Call):
            continue
        functie = knoop.func
        if isinstance(functie, ast.Name) and functie.id in INGEBOUWD:
            gevonden.append((knoop.lineno, f"{functie.id}()"))
        elif isinstance(functie, ast.Attribute):
            eigenaar = ast.unparse(functie.value)
            if functie.attr in MODULE_FUNCTIES.get(eigenaar, ()):
                gevonden.append((knoop.lineno, f"{eigenaar}.{functie.attr}()"))
            elif eigenaar not in MODULE_FUNCTIES and functie.attr in PAD_METHODEN:
                gevonden.append((knoop.lineno, f".{functie.attr}()"))
    return gevonden


def test_alleen_de_genoemde_modules_van_domein_raken_bestanden_aan():
    """CONTRIBUTING: "`domein/` importeert niets uit `opslag/`, `documenten/` of `cli/`"; bestanden lezen en schrijven
    doet alleen een module die in CONTRIBUTING staat, met de reden erbij."""
    buiten = []
    for pad in sorted(DOMEIN.rglob("*.py")):
        if pad.relative_to(DOMEIN).as_posix() in TOEGESTAAN:
            continue
        for regel, aanroep in bestandsaanroepen(pad.read_text(encoding="utf-8")):
            buiten.append(f"{pad.relative_to(DOMEIN).as_posix()}:{regel}: {aanroep}")
    assert buiten == [], (
        "Bestanden aanraken hoort in opslag/ of documenten/, of in een module die CONTRIBUTING noemt: " + str(buiten)
    )


def test_de_lijst_in_contributing_is_dezelfde_en_klopt():
    """Elke toegestane module bestaat, raakt echt bestanden aan (anders hoort hij niet op de lijst) en staat in
    CONTRIBUTING met zijn reden."""
    contributing = (Path(__file__).resolve().parents[2] / "CONTRIBUTING.md").read_text(encoding="utf-8")
    for module in TOEGESTAAN:
        assert bestandsaanroepen((DOMEIN / module).read_text(encoding="utf-8")), module
        assert f"`{module}`" in contributing.split("Welke modules van `domein/` bestanden aanraken")[1], module


def test_de_zoeker_vindt_elke_soort_bestandsaanroep():
    """De test hierboven kan falen: elke vorm die iemand zou kunnen toevoegen, wordt gevonden; gewone tekst niet."""
    voorbeelden = {
        "open('x')": "open()",
        "with open(pad, 'rb') as f: pass": "open()",
        "Path('x').write_text('y')": ".write_text()",
        "pad.read_bytes()": ".read_bytes()",
        "(map_pad / 'a').unlink(missing_ok=True)": ".unlink()",
        "os.replace(a, b)": "os.replace()",
        "os.path.exists(p)": "os.path.exists()",
        "tomllib.load(f)": "tomllib.load()",
        "json.dump(x, f)": "json.dump()",
        "io.open('x')": "io.open()",
    }
    for bron, aanroep in voorbeelden.items():
        assert bestandsaanroepen(bron) == [(1, aanroep)], bron
    for onschuldig in ("tekst.replace('a', 'b')", "json.loads(s)", "tomllib.loads(s)", "d.get('open')", "x.open"):
        assert bestandsaanroepen(onschuldig) == [], onschuldig
