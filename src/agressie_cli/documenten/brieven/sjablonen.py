"""De DOCX-sjablonen (docxtpl): vinden (eigen map van de gemeente, anders de meegeleverde), de variabelen die
ze gebruiken, en `agressie sjablonen controleer`: past een in Word aangepast sjabloon nog bij wat de tool levert?"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from agressie_cli.documenten.brieven.context import BASIS_VERPLICHT, VARIABELEN, VERPLICHT_PER_SOORT
from agressie_cli.domein.fouten import AgressieFout, InvoerFout
from agressie_cli.domein.instellingen import Instellingen
from agressie_cli.domein.profiel import Profiel

LUSVARIABELEN = {"afspraak", "loop"}


def meegeleverde_sjablonen() -> Path:
    """In een geïnstalleerd pakket: agressie_cli/documenten/sjablonen; in een werkkopie: sjablonen/ naast src/."""
    pakket = Path(str(resources.files("agressie_cli.documenten"))) / "sjablonen"
    if pakket.is_dir():
        return pakket
    return Path(__file__).resolve().parents[4] / "sjablonen"


def sjablonenset(profiel: Profiel) -> str:
    return str(
        profiel.gegevens.get(
            "sjablonenset", profiel.bron if profiel.bron in ("geertruidenberg", "losser") else "geertruidenberg"
        )
    )


def eigen_sjablonenmap(instellingen: Instellingen) -> Path | None:
    waarde = str(instellingen.deel("brieven").get("sjablonen", "") or "").strip()
    if not waarde:
        return None
    pad = Path(waarde)
    return pad if pad.is_absolute() else instellingen.map / pad


def vind_sjabloon(instellingen: Instellingen, profiel: Profiel, soort: str) -> Path:
    eigen = eigen_sjablonenmap(instellingen)
    if eigen is not None:
        for kandidaat in (eigen / f"{soort}.docx", eigen / sjablonenset(profiel) / f"{soort}.docx"):
            if kandidaat.is_file():
                return kandidaat
    meegeleverd = meegeleverde_sjablonen() / sjablonenset(profiel) / f"{soort}.docx"
    if meegeleverd.is_file():
        return meegeleverd
    raise InvoerFout(
        f"Er is geen sjabloon voor {soort}. Zet een {soort}.docx in de map met eigen sjablonen "
        f"({eigen or 'instellingen: [brieven] sjablonen'})."
    )


def jinja_omgeving():
    from jinja2 import Environment, StrictUndefined

    return Environment(undefined=StrictUndefined, autoescape=True)


def gebruikte_variabelen(sjabloon: Path) -> set[str]:
    stat = sjabloon.stat()
    return set(_variabelen(str(sjabloon), stat.st_mtime_ns, stat.st_size))


@functools.lru_cache(maxsize=64)
def _variabelen(pad: str, _mtime: int, _grootte: int) -> frozenset[str]:
    from docxtpl import DocxTemplate

    try:
        return frozenset(DocxTemplate(pad).get_undeclared_template_variables(jinja_omgeving()))
    except Exception as fout:
        raise InvoerFout(f"Sjabloon {Path(pad).name} is geen geldig docxtpl-sjabloon: {fout}")


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
