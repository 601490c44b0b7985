"""Opties die meer commando's delen, en de opties van melden en aanvullen, gemaakt uit de veldtabel
(domein/velden.py): wie daar een veld toevoegt, krijgt de optie, de kolom en de controle in één keer."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from agressie_cli.domein.velden import INVOER, Veld

Json = Annotated[
    bool, typer.Option("--json", help="Uitvoer als JSON, voor koppelingen en scripts. Voorbeeld: agressie lijst --json")
]
Soort = Annotated[
    Optional[str],
    typer.Option(
        "--soort",
        help="Soort maatregel van het profiel (waarschuwing, toegangsverbod, registratie, ...). Voorbeeld: --soort registratie",
        show_default=False,
    ),
]
Duur = Annotated[
    Optional[str],
    typer.Option(
        "--duur", help="Duur in maanden of 'onbepaald' (alleen voor verboden). Voorbeeld: --duur 3", show_default=False
    ),
]
Ingang = Annotated[
    Optional[str],
    typer.Option(
        "--ingang",
        help="Ingangsdatum van het verbod (standaard de datum van het besluit/de brief). Voorbeeld: --ingang 2026-11-24",
        show_default=False,
    ),
]
Incident = Annotated[
    str, typer.Argument(metavar="INCIDENT", help="Incidentnummer. Voorbeeld: 2026-0001", show_default=False)
]
PersoonOptie = Annotated[
    Optional[str],
    typer.Option("--persoon", help="Koppel aan een bekende persoon. Voorbeeld: --persoon P0003", show_default=False),
]


def peildatum(hulp: str) -> Any:
    return Annotated[Optional[str], typer.Option("--peildatum", help=hulp, show_default=False)]


# Opties die elk commando met zijn eigen helptekst heeft (wat de datum is, waar het bestand komt). Gebruik ze zoals
# peildatum: onder `if TYPE_CHECKING` het type voor mypy, anders de optie (zie cli/nabehandeling.py).
def datum_optie(hulp: str) -> Any:
    """--datum: wanneer iets gebeurde of de datum van de brief, JJJJ-MM-DD of DD-MM-JJJJ."""
    return Annotated[Optional[str], typer.Option("--datum", help=hulp, show_default=False)]


def uit_optie(hulp: str) -> Any:
    """--uit: de map (of het bestand) voor wat het commando maakt."""
    return Annotated[Optional[Path], typer.Option("--uit", help=hulp, show_default=False)]


def pdf_optie(hulp: str) -> Any:
    """--pdf: maak ook een PDF."""
    return Annotated[bool, typer.Option("--pdf", help=hulp)]


def maatregel_argument(hulp: str) -> Any:
    """Het argument MAATREGEL: een maatregelnummer (bij een reactie ook een incident)."""
    return Annotated[str, typer.Argument(metavar="MAATREGEL", help=hulp, show_default=False)]


def persoon_argument(hulp: str) -> Any:
    """Het argument PERSOON: een persoonnummer of (een deel van) een naam."""
    return Annotated[str, typer.Argument(metavar="PERSOON", help=hulp, show_default=False)]


Maatregel = Annotated[
    str,
    typer.Argument(metavar="MAATREGEL", help="Het nummer van de maatregel. Voorbeeld: M00003", show_default=False),
]
Samenvatting = Annotated[
    Optional[str],
    typer.Option(
        "--samenvatting",
        help='Kort wat de persoon zei of schreef (komt in het register, niet in een brief). Voorbeeld: --samenvatting "vraagt om opheffing, werkt mee aan hulpverlening"',
        show_default=False,
    ),
]
Tijd = Annotated[
    Optional[str], typer.Option("--tijd", help="Hoe laat (UU:MM). Voorbeeld: --tijd 10:30", show_default=False)
]


def _annotatie(veld: Veld) -> Any:
    namen = f"{veld.optie}/{veld.uit}" if veld.uit else veld.optie
    if veld.type == "janee":
        return Annotated[Optional[bool], typer.Option(namen, help=veld.hulp, show_default=False)]
    if veld.herhaalbaar:
        return Annotated[Optional[list[str]], typer.Option(namen, help=veld.hulp, show_default=False)]
    return Annotated[Optional[str], typer.Option(namen, help=veld.hulp, show_default=False)]


def met_veldopties(functie: Callable[..., Any]) -> Callable[..., Any]:
    """Voegt aan een commando een optie toe voor elk veld dat de gebruiker invult, vóór de opties --persoon en
    --json die het commando zelf heeft. Typer leest de opties uit de signatuur; het commando leest de waarden
    met `ruwe_velden(ctx.params)`."""
    extra = [
        inspect.Parameter(v.parameter, inspect.Parameter.KEYWORD_ONLY, default=None, annotation=_annotatie(v))
        for v in INVOER
    ]
    return voeg_opties_toe(functie, extra, lambda p: p.kind is inspect.Parameter.KEYWORD_ONLY or p.name == "persoon")


def voeg_opties_toe(
    functie: Callable[..., Any], extra: list[inspect.Parameter], ervoor: Callable[[inspect.Parameter], bool]
) -> Callable[..., Any]:
    """Zet de opties `extra` in de signatuur van een commando, vóór de eerste eigen parameter waarvoor `ervoor` waar
    is (de parameters vanaf daar worden keyword-only). Het commando zelf krijgt alleen zijn eigen parameters; de
    waarden van `extra` leest het uit ctx.params."""
    handtekening = inspect.signature(functie, eval_str=True)
    eigen = list(handtekening.parameters.values())
    positie = next(i for i, p in enumerate(eigen) if ervoor(p))
    parameters = [p.replace(kind=inspect.Parameter.KEYWORD_ONLY) if i >= positie else p for i, p in enumerate(eigen)]
    eigen_namen = {p.name for p in eigen}

    @functools.wraps(functie)
    def met_opties(*args: Any, **kwargs: Any) -> Any:
        return functie(*args, **{k: v for k, v in kwargs.items() if k in eigen_namen})

    met_opties.__signature__ = handtekening.replace(parameters=parameters[:positie] + extra + parameters[positie:])  # type: ignore[attr-defined]
    return met_opties


def ruwe_velden(params: dict[str, Any]) -> dict[str, Any]:
    """De invoer per veldsleutel uit Typer's ctx.params (de parameter heet naar de optie: --politiek-ambtsdrager)."""
    return {v.sleutel: params.get(v.parameter) for v in INVOER}
