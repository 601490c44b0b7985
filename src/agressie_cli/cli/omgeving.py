"""De Omgeving: wat een commando nodig heeft uit de map van het register (instellingen, profiel, opslag),
pas geladen als het nodig is. Elk commando krijgt er één; init en herstel maken hem zonder register."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from agressie_cli.domein.instellingen import INSTELLINGEN_BESTAND, Instellingen, kies_map, lees_instellingen, lees_toml

if TYPE_CHECKING:
    from agressie_cli.domein.profiel import Profiel
    from agressie_cli.domein.register import Register
    from agressie_cli.opslag import Opslag


class Omgeving:
    def __init__(self, map_pad: Path, register_nodig: bool = True, opslag: Opslag | None = None):
        self.map = map_pad
        self.register_nodig = register_nodig  # init en herstel: het register mag (nog) ontbreken
        if opslag is not None:  # een andere opslag dan het Excel-bestand uit de instellingen (tests: in het geheugen)
            self.opslag = opslag

    @cached_property
    def instellingen(self) -> Instellingen:
        if self.register_nodig and "opslag" not in self.__dict__:
            return lees_instellingen(self.map)
        bestand = self.map / INSTELLINGEN_BESTAND
        if not bestand.is_file():
            from agressie_cli.domein.fouten import Afsluitcode, AgressieFout

            raise AgressieFout(
                f"Geen instellingen gevonden in '{self.map}'. Start in de map van het register of gebruik --map.",
                code=Afsluitcode.FOUT,
            )
        return Instellingen(self.map, lees_toml(bestand))

    @cached_property
    def profiel(self) -> Profiel:
        from agressie_cli.domein.profiel import laad_profiel

        return laad_profiel(self.instellingen)

    @cached_property
    def opslag(self) -> Opslag:
        from agressie_cli.opslag.excel import ExcelOpslag

        opslag = ExcelOpslag(self.instellingen.register_pad, self.profiel)
        opslag.bij_migratie = lambda tekst: typer.echo(tekst, err=True)
        opslag.bij_wachten = lambda tekst: typer.echo(tekst, err=True)
        return opslag

    def lees(self, bladen: tuple[str, ...] | None = None) -> Register:
        """Het register om te lezen; wat er bij het lezen niet klopte, ziet de gebruiker op stderr."""
        register = self.opslag.lees(bladen=bladen)
        problemen = self.opslag.problemen(register)
        if problemen:
            typer.echo(
                "Let op: het register bevat waarden die niet kloppen (met de hand gewijzigd?). "
                "Deze rijen worden overgeslagen waar dat nodig is:",
                err=True,
            )
            for regel in problemen[:50]:
                typer.echo(f"  {regel}", err=True)
            if len(problemen) > 50:
                typer.echo(f"  ... en nog {len(problemen) - 50} meer.", err=True)
        return register


def omgeving(ctx: typer.Context, register_nodig: bool = True) -> Omgeving:
    obj = ctx.obj or {}
    return Omgeving(kies_map(obj.get("map")), register_nodig, obj.get("opslag"))
