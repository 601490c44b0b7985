"""Maakt de commandoreferentie voor de README uit de --help-teksten, zodat die altijd gelijk loopt met de code.

Gebruik: python -m agressie_cli.cli.referentie                        (drukt Markdown af)
         python -m agressie_cli.cli.referentie README.md              (vervangt het blok tussen de markeringen)
         python -m agressie_cli.cli.referentie --controleer README.md (afsluitcode 1 als het blok verouderd is; make lint)
"""

from __future__ import annotations

import sys
from pathlib import Path

BEGIN = "<!-- referentie:begin (gemaakt door python -m agressie_cli.cli.referentie README.md) -->"
EINDE = "<!-- referentie:einde -->"


def _commandos(groep, prefix: str = ""):
    for naam in sorted(groep.commands):
        opdracht = groep.commands[naam]
        if hasattr(opdracht, "commands"):
            yield from _commandos(opdracht, f"{prefix}{naam} ")
        else:
            yield f"{prefix}{naam}", opdracht


def markdown() -> str:
    from typer.main import get_command

    from agressie_cli.cli import app

    hoofd = get_command(app)
    regels = ["| Commando | Wat het doet |", "| --- | --- |"]
    for naam, opdracht in _commandos(hoofd):
        regels.append(f"| `agressie {naam}` | {(opdracht.help or '').splitlines()[0]} |")
    regels.append("")
    regels.append(
        "Globale optie: `--map MAP` (vóór het commando): de map met agressie.toml en register.xlsx; "
        "anders `AGRESSIE_MAP`, anders de huidige map."
    )
    for naam, opdracht in _commandos(hoofd):
        regels += ["", f"### agressie {naam}", ""]
        tekst = (opdracht.help or "").strip().replace("\\\\", "\\")
        regels += [tekst, ""]
        argumenten = [p for p in opdracht.params if p.param_type_name == "argument"]
        opties = [p for p in opdracht.params if p.param_type_name == "option" and p.name != "help"]
        for arg in argumenten:
            regels.append(f"- `{arg.metavar or arg.name.upper()}`: {getattr(arg, 'help', '') or ''}")
        for optie in opties:
            namen = " / ".join(optie.opts + optie.secondary_opts)
            regels.append(f"- `{namen}`: {optie.help or ''}")
    return "\n".join(regels).replace("\n\n\n", "\n\n") + "\n"


def vervang_in(readme: Path) -> None:
    tekst = readme.read_text(encoding="utf-8")
    voor, rest = tekst.split(BEGIN, 1)
    _, na = rest.split(EINDE, 1)
    readme.write_text(f"{voor}{BEGIN}\n{markdown()}{EINDE}{na}", encoding="utf-8")


def blok_in(readme: Path) -> str:
    return readme.read_text(encoding="utf-8").split(BEGIN, 1)[1].split(EINDE, 1)[0]


def main(argv: list[str]) -> int:
    if argv[:1] == ["--controleer"]:
        if blok_in(Path(argv[1])).strip() != markdown().strip():
            sys.stderr.write(
                f"De commandoreferentie in {argv[1]} loopt achter. Werk bij met: python -m agressie_cli.cli.referentie {argv[1]}\n"
            )
            return 1
        return 0
    if argv:
        vervang_in(Path(argv[0]))
    else:
        sys.stdout.write(markdown())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
