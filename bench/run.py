"""Benchmark van agressie: hele processen, zoals een gebruiker ze start, naast hun ondergrens op hetzelfde bestand.

Gebruik: python bench/run.py [--n 1000 10000 100000] [--herhalingen 5] [--map bench/uitvoer]
Drukt één tabel af: commando, N, mediaan in seconden, verhouding tot de ondergrens, piekgeheugen.
Ondergrens bij lezen: een kale python-calamine-lezing van het hele register (alle bladen, in een eigen proces).
Ondergrens bij schrijven: een kale openpyxl load + save van hetzelfde register (in een eigen proces).
Lezen gaat normaal via de snelle kopie (register.xlsx.cache); één regel meet het lezen zonder die kopie,
zoals de eerste keer nadat iemand het register in Excel bewerkte.
"""

from __future__ import annotations

import argparse
import functools
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

HIER = Path(__file__).resolve().parent

LEZEN = "lezen"
SCHRIJVEN = "schrijven"
ZONDER_KOPIE = "lezen zonder register.xlsx.cache"  # de kopie wordt vóór elke run weggehaald
CALAMINE = (
    "import sys; from python_calamine import CalamineWorkbook as W; w = W.from_path(sys.argv[1]); "
    "[w.get_sheet_by_name(n).to_python() for n in w.sheet_names]"
)
OPENPYXL = "import sys, openpyxl; wb = openpyxl.load_workbook(sys.argv[1]); wb.save(sys.argv[2])"


def meet(args: list[str], env: dict | None = None) -> tuple[float, float | None, int]:
    """(seconden, piekgeheugen in MB of None, afsluitcode) van één heel proces."""
    if env is None:
        # Gemeten zoals bij een gebruiker: Python mag zijn .pyc-bestanden bewaren en gebruiken.
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    start = time.perf_counter()
    proces = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    if hasattr(os, "wait4"):
        _, status, gebruik = os.wait4(proces.pid, 0)
        duur = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        return duur, gebruik.ru_maxrss / 1024, code
    code = proces.wait()
    return time.perf_counter() - start, None, code


def mediaan(args: list[str], herhalingen: int, voor=None) -> tuple[float, float | None, int]:
    metingen = []
    for _ in range(herhalingen):
        if voor:
            voor()
        metingen.append(meet(args))
    return (
        statistics.median(m[0] for m in metingen),
        max((m[1] or 0) for m in metingen) or None,
        max(m[2] for m in metingen),
    )


OPEN_NUMMERS = (
    "import sys; from pathlib import Path; from agressie_cli.documenten.brieven.maken import open_incidenten; "
    "from agressie_cli.domein.instellingen import lees_instellingen; from agressie_cli.domein.profiel import laad_profiel; "
    "from agressie_cli.opslag.excel import ExcelOpslag; i = lees_instellingen(Path(sys.argv[1])); p = laad_profiel(i); "
    "print(' '.join(n for n, _ in open_incidenten(ExcelOpslag(i.register_pad, p).lees(), p)[:int(sys.argv[2])]))"
)


def open_nummers(map_pad: Path, aantal: int) -> list[str]:
    # In een eigen proces: dit proces blijft klein, zodat het piekgeheugen van de gemeten processen
    # (die met fork uit dit proces starten) niet het geheugen van dit proces meetelt.
    uit = subprocess.run(
        [sys.executable, "-c", OPEN_NUMMERS, str(map_pad), str(aantal)], capture_output=True, text=True, check=True
    )
    return uit.stdout.split()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--herhalingen", type=int, default=5)
    parser.add_argument("--map", type=Path, default=HIER / "uitvoer")
    parser.add_argument("--markdown", type=Path, help="schrijf de tabel ook als Markdown naar dit bestand")
    opties = parser.parse_args()
    agressie = [sys.executable, "-m", "agressie_cli"]
    rijen = []
    for n in opties.n:
        map_pad = opties.map / f"geertruidenberg-{n}"
        print(f"Register met {n} incidenten maken in {map_pad} ...", file=sys.stderr, flush=True)
        subprocess.run(
            [sys.executable, str(HIER / "maak_register.py"), "--incidenten", str(n), "--map", str(map_pad)], check=True
        )
        register = map_pad / "register.xlsx"
        herhalingen = opties.herhalingen if n <= 10000 else max(1, opties.herhalingen // 2)
        vloer_lezen = mediaan([sys.executable, "-c", CALAMINE, str(register)], herhalingen)
        vloer_schrijven = mediaan(
            [sys.executable, "-c", OPENPYXL, str(register), str(map_pad / "openpyxl-kopie.xlsx")],
            1 if n > 10000 else herhalingen,
        )
        rijen.append(("(ondergrens) calamine lezen", n, vloer_lezen, None))
        rijen.append(("(ondergrens) openpyxl laden+bewaren", n, vloer_schrijven, None))
        nummers = open_nummers(map_pad, 101)
        eerste = nummers[0]
        kort = [*agressie, "--map", str(map_pad)]
        gevallen = [
            ("agressie --help", [*agressie, "--help"], None),
            ("historie", [*kort, "historie", "P0001"], LEZEN),
            (
                "historie, eerste keer na bewerken in Excel (zonder snelle kopie)",
                [*kort, "historie", "P0001"],
                ZONDER_KOPIE,
            ),
            ("advies", [*kort, "advies", eerste], LEZEN),
            ("verboden", [*kort, "verboden"], LEZEN),
            ("lijst --naam", [*kort, "lijst", "--naam", "Jansen"], LEZEN),
            ("termijnen", [*kort, "termijnen"], LEZEN),
            (
                "melden",
                [*kort, "melden", "--naam", "Bench Persoon", "--kanaal", "balie", "--ernst", "licht"],
                SCHRIJVEN,
            ),
            ("aanvullen", [*kort, "aanvullen", eerste, "--afdeling", "Bench"], SCHRIJVEN),
            ("brief", [*kort, "brief", eerste, "--overschrijven"], SCHRIJVEN),
            ("aangifte", [*kort, "aangifte", eerste, "--overschrijven"], SCHRIJVEN),
            ("doorsturen", [*kort, "doorsturen", eerste, "--email", "bench@gemeente.nl"], SCHRIJVEN),
            ("nazorg", [*kort, "nazorg", eerste], LEZEN),
            (
                "rapport",
                [
                    *kort,
                    "rapport",
                    "--kwartaal",
                    f"{date.today().year}-Q{(date.today().month - 1) // 3 + 1}",
                    "--overschrijven",
                ],
                LEZEN,
            ),
        ]
        if n == 10000:
            gesprek = [
                "--gesprek-datum",
                (date.today() + timedelta(days=7)).isoformat(),  # een week na de uitnodiging
                "--gesprek-tijd",
                "10:00",
                "--locatie",
                "het gemeentehuis",
                "--aanwezige",
                "K. Smits",
                "--aanwezige",  # 6.3: ten minste twee namens de gemeente
                "P. Jansen",
                "--overschrijven",
            ]
            gevallen.append(("100 brieven in één aanroep", [*kort, "brief", *nummers[1:101], *gesprek], SCHRIJVEN))
            if shutil.which("soffice"):
                gevallen.append(
                    (
                        "100 brieven + PDF (één LibreOffice-aanroep)",
                        [*kort, "brief", *nummers[1:101], *gesprek, "--pdf"],
                        SCHRIJVEN,
                    )
                )
        for naam, args, soort in gevallen:
            print(f"  {naam} (N={n}) ...", file=sys.stderr, flush=True)
            keer = 1 if naam.startswith("100 brieven") else herhalingen
            kopie = register.with_name(register.name + ".cache")
            uitkomst = mediaan(
                args, keer, functools.partial(kopie.unlink, missing_ok=True) if soort == ZONDER_KOPIE else None
            )
            vloer = {LEZEN: vloer_lezen, SCHRIJVEN: vloer_schrijven, ZONDER_KOPIE: vloer_lezen}.get(soort)
            rijen.append((naam, n, uitkomst, vloer))
    regels = [
        f"Gemeten op {date.today():%Y-%m-%d}, {platform.platform()}, Python {platform.python_version()}, "
        f"{os.cpu_count()} kernen; mediaan van {opties.herhalingen} runs (bij 100.000: minder).",
        "",
        "| commando | N | mediaan (s) | t.o.v. ondergrens | piekgeheugen (MB) | afsluitcode |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for naam, n, (duur, geheugen, code), vloer in rijen:
        verhouding = f"{duur / vloer[0]:.2f}x" if vloer else ""
        regels.append(
            f"| {naam} | {n} | {duur:.2f} | {verhouding} | {geheugen:.0f} | {code} |"
            if geheugen
            else f"| {naam} | {n} | {duur:.2f} | {verhouding} |  | {code} |"
        )
    tabel = "\n".join(regels)
    print(tabel)
    if opties.markdown:
        opties.markdown.write_text(tabel + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
