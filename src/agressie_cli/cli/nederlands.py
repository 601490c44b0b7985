"""Nederlandse teksten voor wat Typer (en de daarin meegeleverde Click) zelf toont: de kopjes van --help
en de foutmeldingen bij een onbekende optie of een ontbrekende waarde. Gebruikers lezen alles in het Nederlands."""

from __future__ import annotations

import importlib
import re

KOPPEN = {"Options": "Opties", "Commands": "Commando's", "Arguments": "Argumenten"}
TEKSTEN = {
    "Show this message and exit.": "Toon deze hulp en stop.",
    "Install completion for the current shell.": "Installeer tab-aanvulling voor uw shell.",
    "Show completion for the current shell, to copy it or customize the installation.": "Toon de tab-aanvulling voor uw shell, om te kopiëren of aan te passen.",
}
FOUTEN = [
    (r"^No such option: (\S+) \(Possible options: (.*)\)$", r"Onbekende optie: \1 (bedoelt u: \2?)"),
    (r"^No such option: (.*)$", r"Onbekende optie: \1"),
    (r"^No such command '(.*)'\. Did you mean (.*)\?$", r"Onbekend commando '\1'. Bedoelt u \2?"),
    (r"^No such command '(.*)'\.$", r"Onbekend commando '\1'."),
    (r"^Option '(.*)' requires an argument\.$", r"Optie '\1' heeft een waarde nodig."),
    (r"^Option '(.*)' does not take a value\.$", r"Optie '\1' neemt geen waarde."),
    (r"^Missing option '(.*)'\.(.*)$", r"Ontbrekende optie '\1'.\2"),
    (r"^Missing argument '(.*)'\.$", r"Ontbrekend argument '\1'."),
    (r"^Missing parameter: (.*)$", r"Ontbrekende waarde: \1"),
    (
        r"^Got unexpected extra arguments? \((.*)\)$",
        r"Onverwacht extra argument ({\1})".replace("{", "").replace("}", ""),
    ),
    (r"^Invalid value for (.*?): (.*)$", r"Ongeldige waarde voor \1: \2"),
    (r"^Invalid value: (.*)$", r"Ongeldige waarde: \1"),
]


def _vertaal_help(tekst: str) -> str:
    return TEKSTEN.get(tekst, tekst).replace("[required]", "[verplicht]")


def vertaal_fout(tekst: str) -> str:
    for patroon, vervanging in FOUTEN:
        nieuw, aantal = re.subn(patroon, vervanging, tekst)
        if aantal:
            return nieuw
    return tekst


def _click_modules():
    for naam in ("typer._click", "click"):
        try:
            return (
                importlib.import_module(f"{naam}.core"),
                importlib.import_module(f"{naam}.exceptions"),
                importlib.import_module(f"{naam}.formatting"),
                importlib.import_module(f"{naam}.utils"),
            )
        except ImportError:
            continue
    return None


def installeer() -> None:
    modules = _click_modules()
    if modules is None:  # pragma: no cover
        return
    core, exceptions, formatting, utils = modules

    class NederlandseHelp(formatting.HelpFormatter):  # type: ignore[name-defined]  # click of typer._click
        def write_usage(self, prog, args="", prefix=None):
            args = args.replace("[OPTIONS]", "[OPTIES]").replace("COMMAND [ARGS]...", "COMMANDO [ARGUMENTEN]...")
            super().write_usage(prog, args, prefix="Gebruik: " if prefix is None else prefix)

        def write_heading(self, heading):
            super().write_heading(KOPPEN.get(heading, heading))

        def write_dl(self, rows, *args, **kwargs):
            super().write_dl([(a, _vertaal_help(b)) for a, b in rows], *args, **kwargs)

    core.Context.formatter_class = NederlandseHelp

    def toon_fout(self, file=None):
        utils.echo(
            f"Fout: {vertaal_fout(self.format_message())}", file=file or utils._default_text_stderr(), err=file is None
        )

    def toon_gebruiksfout(self, file=None):
        hint = ""
        if self.ctx is not None:
            if self.ctx.command.get_help_option(self.ctx) is not None:
                hint = f"Hulp: {self.ctx.command_path} {self.ctx.help_option_names[0]}\n"
            utils.echo(f"{self.ctx.get_usage()}\n{hint}", file=file, err=file is None)
        utils.echo(f"Fout: {vertaal_fout(self.format_message())}", file=file, err=file is None)

    exceptions.ClickException.show = toon_fout
    exceptions.UsageError.show = toon_gebruiksfout
    _vertaal_afbreken(core)
    _verplicht_argument_zonder_accolades()
    _metavars_in_het_nederlands()
    _korte_hulp_voluit()


# Metavars in het Nederlands en overal hetzelfde (3.6): Typer schreef <str>, <path> en <integer>. Op naam van de optie;
# de velden van melden en aanvullen op hun type (domein/velden.py); de rest TEKST, PAD of AANTAL.
_METAVARS = {
    "DATUM": ("--van", "--tot", "--peildatum", "--ingang", "--gesprek", "--hulpverlening", "--afgerond", "--reactie"),
    "PERSOON": ("--persoon", "--in", "--niet"),
    "MAANDEN": ("--duur",),
    "MAP": ("--uit",),
    "TIJD": ("--gesprek-tijd",),
    "GEMEENTE": ("--gemeente",),
    "SOORT": ("--soort",),
    "KWARTAAL": ("--kwartaal",),
    "JAAR": ("--jaar",),
    "STATUS": ("--status",),
    "BEDRAG": ("--bedrag",),
    "UITKOMST": ("--uitkomst",),
    "WIJZE": ("--wijze",),
}
_ENGELS = {"<str>": "TEKST", "<text>": "TEKST", "TEXT": "TEKST", "<path>": "PAD", "PATH": "PAD", "<integer>": "AANTAL"}


def metavar_van(optie: str, engels: str) -> str:
    for metavar, opties in _METAVARS.items():
        if optie in opties:
            return metavar
    from agressie_cli.domein.velden import INVOER

    veld = next((v for v in INVOER if v.optie == optie), None)
    if veld is not None:
        if veld.type == "datum" or optie.endswith("datum"):
            return "DATUM"
        if veld.type == "tijd":
            return "TIJD"
        if veld.keuzes or veld.type == "keuze":
            return veld.sleutel.upper()
    if optie.endswith("-datum"):
        return "DATUM"
    return _ENGELS.get(engels, engels)


def _metavars_in_het_nederlands() -> None:
    import typer.core

    origineel = typer.core.TyperOption.make_metavar

    def make_metavar(self, ctx, *args, **kwargs) -> str:
        tekst = origineel(self, ctx, *args, **kwargs)
        if self.metavar is None and self.opts and (tekst in _ENGELS or tekst.startswith("<")):
            return metavar_van(self.opts[0], tekst)
        return tekst

    typer.core.TyperOption.make_metavar = make_metavar  # type: ignore[method-assign]


def korte_hulp(help_tekst: str | None) -> str:
    """De eerste zin van de help, voluit: Click kortte hem in de lijst van commando's af op 45 tekens ('Maakt de
    e-mail met de registratie aan de...'); de regel loopt nu door op de volgende regel (3.6)."""
    alinea = " ".join((help_tekst or "").split("\n\n")[0].replace("\b", "").split())
    m = re.search(r"\.\s+(?=[A-Z(])", alinea)
    return alinea[: m.start() + 1] if m else alinea


def _korte_hulp_voluit() -> None:
    import typer.core

    def get_short_help_str(self, limit: int = 45) -> str:
        return (self.short_help or korte_hulp(self.help)).strip()

    for klasse in (typer.core.TyperCommand, typer.core.TyperGroup):
        klasse.get_short_help_str = get_short_help_str  # type: ignore[method-assign]


def _verplicht_argument_zonder_accolades() -> None:
    """Typer schrijft een verplicht argument in de gebruiksregel als '{INCIDENT}'; de README en de voorbeelden
    schrijven INCIDENT, zoals elke Windows-gebruiker het in een handleiding leest."""
    import typer.core

    origineel = typer.core.TyperArgument.make_metavar

    def make_metavar(self, ctx, *, usage: bool = False) -> str:
        tekst = origineel(self, ctx, usage=usage)
        return re.sub(r"^\{(.*)\}(\.\.\.)?$", r"\1\2", tekst)

    typer.core.TyperArgument.make_metavar = make_metavar  # type: ignore[method-assign]


def _vertaal_afbreken(click_core) -> None:
    """Ctrl+C of einde van de invoer bij een vraag: Click en Typer drukken dan "Aborted!" af, via gettext."""
    import gettext

    import typer.core

    def vertaal(tekst: str) -> str:
        return "Afgebroken." if tekst in ("Aborted!", "Aborted.") else gettext.gettext(tekst)

    for module in (typer.core, click_core):
        if hasattr(module, "_"):
            setattr(module, "_", vertaal)  # noqa: B010  # typer.core of click.core, niet te typen
