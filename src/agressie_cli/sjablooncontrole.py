"""`agressie sjablonen controleer`: past een (in Word aangepast) sjabloon nog bij wat de tool aanlevert?"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from agressie_cli.brieven import BASIS_VERPLICHT, VARIABELEN, VERPLICHT_PER_SOORT, gebruikte_variabelen
from agressie_cli.fouten import AgressieFout
from agressie_cli.profiel import Profiel

LUSVARIABELEN = {"afspraak", "loop"}


@dataclass
class Controle:
    bestand: str
    onbekend: list[str] = field(default_factory=list)
    ontbrekend: list[str] = field(default_factory=list)
    fout: str | None = None

    @property
    def goed(self) -> bool:
        return not (self.onbekend or self.ontbrekend or self.fout)

    @property
    def problemen(self) -> list[str]:
        regels = []
        if self.fout:
            regels.append(self.fout)
        if self.onbekend:
            regels.append("gebruikt variabelen die agressie niet levert: " + ", ".join(self.onbekend))
        if self.ontbrekend:
            regels.append("mist variabelen die deze brief moet hebben: " + ", ".join(self.ontbrekend))
        return regels


def controleer_sjabloon(pad: Path, profiel: Profiel | None) -> Controle:
    uitkomst = Controle(pad.name)
    soort = pad.stem
    if profiel is not None and soort not in profiel.soorten:
        uitkomst.fout = f"'{soort}' is geen soort van het profiel {profiel.naam} ({', '.join(profiel.soorten)})"
        return uitkomst
    try:
        gebruikt = gebruikte_variabelen(pad)
    except AgressieFout as fout:
        uitkomst.fout = fout.melding
        return uitkomst
    uitkomst.onbekend = sorted(gebruikt - set(VARIABELEN) - LUSVARIABELEN)
    uitkomst.ontbrekend = sorted((BASIS_VERPLICHT | VERPLICHT_PER_SOORT.get(soort, set())) - gebruikt)
    return uitkomst


def controleer_map(map_pad: Path, profiel: Profiel | None) -> list[Controle]:
    return [controleer_sjabloon(p, profiel) for p in sorted(map_pad.glob("*.docx")) if not p.name.startswith("~$")]
