"""Maakt de PNG-voorbeelden in voorbeelden/ opnieuw: de brieven, de informatie voor de aangifte, de samenvatting van
het kwartaalrapport en het meldformulier.

Gebruik: python tools/maak_previews.py   (nodig: LibreOffice (soffice) en pdftoppm)
Het speelt de demo af in een tijdelijke map en zet alleen de PNG's en de instellingen hier neer.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from contextlib import redirect_stdout
from io import StringIO
from pathlib import Path

import demo  # tools/demo.py, naast dit bestand

HIER = Path(__file__).resolve().parents[1] / "voorbeelden"


def naar_png(bestand: Path, doel: Path, werkmap: Path, pagina: int = 1) -> None:
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(werkmap), str(bestand)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    pdf = werkmap / (bestand.stem + ".pdf")
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "70",
            "-f",
            str(pagina),
            "-l",
            str(pagina),
            "-singlefile",
            str(pdf),
            str(doel.with_suffix("")),
        ],
        check=True,
    )


def aangifte(gtb: Path, werkmap: Path) -> None:
    """Informatie voor de aangifte (2.6) bij het incident uit de demo waarin Jan de Vries tijdens zijn ontzegging het
    gemeentehuis binnenkwam: met eerdere incidenten, maatregelen en het lopende verbod (lokaalvredebreuk)."""
    from agressie_cli.opslag.excel import ExcelOpslag

    register = ExcelOpslag(gtb / "register.xlsx", None, cache=False).lees()
    nummer = next(m["incident"] for m in register.maatregelen if m.get("soort") == "niet-nakomen")
    agressie = demo.Demo(gtb)
    with redirect_stdout(StringIO()):
        agressie("aanvullen", nummer, "--aanleiding", "wilde praten over zijn ontzegging", "--politie", "--aangifte")
        agressie("aangifte", nummer)
    document = next((gtb / "brieven").glob(f"{nummer}-aangifte-*.docx"))
    naar_png(document, HIER / "aangifte.png", werkmap)
    naar_png(document, HIER / "aangifte-2.png", werkmap, pagina=2)  # het dossier en het lopende verbod


def main() -> None:
    with tempfile.TemporaryDirectory() as tijdelijk:
        werkmap = Path(tijdelijk)
        with redirect_stdout(StringIO()):
            demo.main([str(werkmap / "demo")])
        gtb = werkmap / "demo" / "geertruidenberg"
        for soort in ("waarschuwing", "toegangsverbod", "toegangs-en-belverbod", "aansprakelijkstelling"):
            brief = next((gtb / "brieven").glob(f"*-{soort}-*.docx"))
            naar_png(brief, HIER / f"brief-{soort}.png", werkmap)
        # De langste brief van Losser: de bedreigingsbrief.
        brief = next((werkmap / "demo" / "losser" / "brieven").glob("*-bedreiging-*.docx"))
        naar_png(brief, HIER / "brief-losser-bedreiging.png", werkmap)
        naar_png(brief, HIER / "brief-losser-bedreiging-2.png", werkmap, pagina=2)  # kop en slot op pagina 2
        aangifte(gtb, werkmap)
        rapport = next((gtb / "rapporten").glob("*.xlsx"))
        try:
            naar_png(rapport, HIER / "rapport-samenvatting.png", werkmap)
        except subprocess.CalledProcessError:  # libreoffice-writer alleen (zoals in CI) zet geen .xlsx om
            print("Rapport niet omgezet: daarvoor is LibreOffice Calc nodig (libreoffice-calc).")
        # Het meldformulier dat een medewerker invult (2.7), zoals het afgedrukt wordt (A4).
        from agressie_cli.cli.app import app

        losser = werkmap / "demo" / "losser"
        with redirect_stdout(StringIO()):
            app(["--map", str(gtb), "meldformulier"], standalone_mode=False)
            app(["--map", str(losser), "meldformulier"], standalone_mode=False)
        try:
            naar_png(gtb / "meldformulier.xlsx", HIER / "meldformulier.png", werkmap)
            naar_png(losser / "meldformulier.xlsx", HIER / "meldformulier-losser.png", werkmap)  # gedrag A-E
        except subprocess.CalledProcessError:
            print("Meldformulier niet omgezet: daarvoor is LibreOffice Calc nodig (libreoffice-calc).")
        for gemeente in ("geertruidenberg", "losser"):
            (HIER / gemeente).mkdir(exist_ok=True)
            shutil.copy(werkmap / "demo" / gemeente / "agressie.toml", HIER / gemeente / "agressie.toml")
    print("Gemaakt:", ", ".join(p.name for p in sorted(HIER.glob("*.png"))))


if __name__ == "__main__":
    main()
