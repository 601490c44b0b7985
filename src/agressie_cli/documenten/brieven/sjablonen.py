"""De DOCX-sjablonen (docxtpl): vinden (eigen map van de gemeente, anders de meegeleverde), de variabelen die
ze gebruiken, en `agressie sjablonen controleer`: past een in Word aangepast sjabloon nog bij wat de tool levert?"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from agressie_cli.documenten.brieven import politie
from agressie_cli.documenten.brieven.context import BASIS_VERPLICHT, VARIABELEN, verplicht_per_soort
from agressie_cli.domein.fouten import AgressieFout, InvoerFout
from agressie_cli.domein.instellingen import Instellingen, Sjabloongrenzen
from agressie_cli.domein.inzage import INZAGE_VARIABELEN, INZAGE_VERPLICHT
from agressie_cli.domein.nabehandeling import BRIEF_VARIABELEN, BRIEF_VERPLICHT
from agressie_cli.domein.profiel import Profiel

LUSVARIABELEN = {"afspraak", "post", "loop"}


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


def jinja_omgeving(grenzen: Sjabloongrenzen | None = None, proef: bool = False):
    """Een sandbox: een sjabloon uit de eigen map van de gemeente is invoer, geen code. Geen toegang tot attributen
    die met '_' beginnen (Python-internals) en geen onveilige aanroepen; wat het toch probeert, wordt een SecurityError.
    Met een grens aan tijd en grootte (sandbox.py, 3.3). `proef`: lege waarden voor wat niet gegeven is (de
    proefvulling van `sjablonen controleer`), anders is elke ontbrekende variabele een fout."""
    from jinja2 import ChainableUndefined, StrictUndefined

    from agressie_cli.documenten.brieven.sandbox import BegrensdeOmgeving

    return BegrensdeOmgeving(grenzen, undefined=ChainableUndefined if proef else StrictUndefined, autoescape=True)


def onveilig_melding(bestand: str, wat: str | None = None) -> str:
    reden = (
        f"het gebruikt '{wat}' (toegang tot Python-internals)"
        if wat
        else "het probeert iets wat een sjabloon niet mag (toegang tot Python-internals of een onveilige aanroep)"
    )
    return f"Sjabloon '{bestand}' is onveilig: {reden}. Zo'n sjabloon wordt niet gebruikt."


def sandbox_melding(bestand: str, fout: Exception) -> str:
    """De melding bij een SecurityError van de sandbox ("access to attribute '__init__' of ... is unsafe")."""
    import re

    gevonden = re.search(r"attribute '([^']+)'", str(fout))
    return onveilig_melding(bestand, gevonden.group(1) if gevonden else None)


def grens_melding(bestand: str, wat: str, grenzen: Sjabloongrenzen | None) -> str:
    """De melding bij een Grensoverschrijding (sandbox.py): welk sjabloon, welke grens en waar die staat."""
    from agressie_cli.documenten.brieven.sandbox import MAX_DIEPTE, MAX_HERHALINGEN

    grenzen = grenzen or Sjabloongrenzen()
    if wat == "tijd":
        return (
            f"Sjabloon '{bestand}' is na {grenzen.seconden} seconde{'' if grenzen.seconden == 1 else 'n'} nog niet gevuld en is gestopt (de tijdgrens, "
            "[brieven] sjabloon_seconden in agressie.toml). Kijk of er geen lus (for) in staat die te vaak herhaalt."
        )
    if wat == "herhalingen":
        return (
            f"Sjabloon '{bestand}' herhaalt zijn lussen (for) samen meer dan {MAX_HERHALINGEN:,} keer en is gestopt "
            "(de grens voor herhalingen). Kijk of er geen lussen in elkaar staan die te vaak herhalen."
        ).replace(",", ".")
    if wat == "diepte":
        return recursie_melding(bestand, f"macro's roepen elkaar meer dan {MAX_DIEPTE} keer in elkaar aan")
    return (
        f"Sjabloon '{bestand}' maakt meer dan {grenzen.megabytes} MB tekst en is gestopt (de grootte-grens, "
        "[brieven] sjabloon_megabytes in agressie.toml). Kijk of het geen tekst vermenigvuldigt (zoals 'A' * 1000000) "
        "of een lus te vaak herhaalt."
    )


def opbouw_melding(bestand: str, wat: str) -> str:
    """{% include %}, {% extends %}, {% import %}: een sjabloon staat op zichzelf (3.3 punt 8)."""
    return (
        f"Sjabloon '{bestand}' gebruikt {{% {wat} %}}: een sjabloon kan geen ander sjabloon invoegen, erven of "
        "importeren ({% include %}, {% extends %}, {% import %}). Zet de tekst in het sjabloon zelf. "
        "Zo'n sjabloon wordt niet gebruikt."
    )


def recursie_melding(bestand: str, wat: str) -> str:
    return (
        f"Sjabloon '{bestand}' heeft een macro die zichzelf aanroept ({wat}): zo'n sjabloon kan eindeloos doorgaan. "
        "Schrijf de tekst uit zonder dat een macro zichzelf aanroept. Zo'n sjabloon wordt niet gebruikt."
    )


def nul_melding(bestand: str, wat: str = "/, // of %") -> str:
    return (
        f"Sjabloon '{bestand}' deelt door nul ({wat}). Haal de deling weg of deel door iets anders dan nul. "
        "Zo'n sjabloon wordt niet gebruikt."
    )


def vulfout_melding(bestand: str, fout: BaseException, grenzen: Sjabloongrenzen | None) -> str | None:
    """De melding bij een fout die het vullen zelf gaf (grens, recursie, deling door nul, onveilig); None voor een
    andere fout."""
    from jinja2.exceptions import SecurityError

    from agressie_cli.documenten.brieven.sandbox import Grensoverschrijding

    if isinstance(fout, SecurityError):
        return sandbox_melding(bestand, fout)
    if isinstance(fout, Grensoverschrijding):
        return grens_melding(bestand, fout.wat, grenzen)
    if isinstance(fout, RecursionError):
        return recursie_melding(bestand, "de aanroepen gaan steeds dieper")
    if isinstance(fout, ZeroDivisionError):
        return nul_melding(bestand)
    return None


def proefvullen(sjabloon: Path, grenzen: Sjabloongrenzen | None = None) -> None:
    """Vult het sjabloon in de sandbox met lege waarden, zonder iets te bewaren, met dezelfde sandbox en dezelfde
    grenzen als `brief`: wat de controle op Python-internals niet ziet (een naam die pas bij het vullen ontstaat,
    zoals '__in' ~ 'it__', een format-string of een |attr-keten), houdt de sandbox hier tegen, en een sjabloon dat
    niet stopt of te veel tekst maakt, stopt hier ook (3.3). Andere fouten (ook een deling door nul die van een
    waarde afhangt) horen bij de lege proefwaarden en tellen hier niet."""
    omgeving = jinja_omgeving(grenzen, proef=True)
    for tekst, _ in _sjabloonteksten(str(sjabloon)):
        try:
            omgeving.from_string(tekst).render()
        except Exception as fout:
            melding = vulfout_melding(sjabloon.name, fout, grenzen)
            if melding is not None and not isinstance(fout, ZeroDivisionError):
                raise InvoerFout(melding) from None
            continue


def gebruikte_variabelen(sjabloon: Path) -> set[str]:
    """De variabelen van het sjabloon. Een onveilig sjabloon (dat Python-internals aanspreekt) geeft een InvoerFout:
    zo wordt het gemeld door `sjablonen controleer` en nooit gevuld door `brief`."""
    stat = sjabloon.stat()
    return set(_variabelen(str(sjabloon), stat.st_mtime_ns, stat.st_size))


@functools.lru_cache(maxsize=64)
def _variabelen(pad: str, _mtime: int, _grootte: int) -> frozenset[str]:
    from jinja2 import meta

    try:
        omgeving = jinja_omgeving()
        variabelen: set[str] = set()
        for tekst, telt_mee in _sjabloonteksten(pad):
            boom = omgeving.parse(tekst)
            wat = _internals(boom)
            if wat is not None:
                raise InvoerFout(onveilig_melding(Path(pad).name, wat))
            _opbouw(boom, Path(pad).name)
            if telt_mee:
                variabelen |= meta.find_undeclared_variables(boom)
        return frozenset(variabelen)
    except InvoerFout:
        raise
    except Exception as fout:
        raise InvoerFout(f"Sjabloon {Path(pad).name} is geen geldig docxtpl-sjabloon: {fout}")


def _sjabloonteksten(pad: str) -> list[tuple[str, bool]]:
    """Alles wat docxtpl bij het vullen als Jinja-sjabloon behandelt: de hoofdtekst, kop- en voetteksten (hun
    variabelen tellen mee, zoals in docxtpl's get_undeclared_template_variables), voetnoten en de documenteigenschappen."""
    from docx.oxml import parse_xml
    from docxtpl import DocxTemplate

    sjab = DocxTemplate(pad)
    doc = sjab.get_docx()  # één keer inlezen (python-docx), niet twee keer
    teksten = [(sjab.patch_xml(sjab.xml_to_string(doc._element.body)), True)]
    for rel in doc.part.rels.values():
        if rel.reltype in (sjab.HEADER_URI, sjab.FOOTER_URI) and rel.target_part.blob:
            teksten.append((sjab.patch_xml(sjab.xml_to_string(parse_xml(rel.target_part.blob))), True))
    for deel in doc.part.package.parts:
        if deel.content_type == "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml":
            blob = deel.blob
            teksten.append((sjab.patch_xml(blob.decode("utf-8") if isinstance(blob, bytes) else blob), False))
    for eigenschap in ("author", "comments", "identifier", "language", "subject", "title"):
        teksten.append((getattr(doc.core_properties, eigenschap) or "", False))
    return teksten


def _opbouw(boom, bestand: str) -> None:
    """Wat een sjabloon altijd fout doet, aan de tekst te zien (3.3 punt 8): een ander sjabloon invoegen, erven of
    importeren (er is geen map met sjablonen om uit te laden), een macro die zichzelf aanroept, delen door nul."""
    from jinja2 import nodes

    for knoop, wat in ((nodes.Include, "include"), (nodes.Extends, "extends"), (nodes.Import, "import")):
        if boom.find(knoop) is not None:
            raise InvoerFout(opbouw_melding(bestand, wat))
    if boom.find(nodes.FromImport) is not None:
        raise InvoerFout(opbouw_melding(bestand, "from ... import"))
    for macro in boom.find_all(nodes.Macro):
        for aanroep in macro.find_all(nodes.Call):
            if isinstance(aanroep.node, nodes.Name) and aanroep.node.name == macro.name:
                raise InvoerFout(recursie_melding(bestand, f"macro '{macro.name}'"))
    for deling, teken in ((nodes.Div, "/"), (nodes.FloorDiv, "//"), (nodes.Mod, "%")):
        for knoop in boom.find_all(deling):
            try:
                nul = knoop.right.as_const() == 0
            except Exception:
                nul = False
            if nul and (teken != "%" or isinstance(_const(knoop.left), (int, float))):  # '%d' % 0 is geen deling
                raise InvoerFout(nul_melding(bestand, f"{teken} 0"))


def _const(knoop) -> object:
    try:
        return knoop.as_const()
    except Exception:
        return None


def _internals(boom) -> str | None:
    """Het attribuut of de sleutel die met '_' begint (`x.__init__`, `x['__globals__']`, `x|attr('__class__')`): de
    weg naar Python-internals en zo naar het uitvoeren van willekeurige code. Van een keten het binnenste."""
    from jinja2 import nodes

    for knoop in boom.find_all((nodes.Getattr, nodes.Getitem, nodes.Filter)):
        if _verboden_naam(knoop) is not None:
            return _binnenste(knoop)
    return None


def _binnenste(knoop) -> str | None:
    """cycler.__init__.__globals__ -> '__init__': de eerste stap naar binnen is de duidelijkste in de melding."""
    binnen = knoop.node
    if binnen is not None:
        if _verboden_naam(binnen) is not None:
            return _binnenste(binnen)
        dieper = _internals(binnen)
        if dieper is not None:
            return dieper
    return _verboden_naam(knoop)


def _verboden_naam(knoop) -> str | None:
    from jinja2 import nodes

    naam = None
    if isinstance(knoop, nodes.Getattr):
        naam = knoop.attr
    elif isinstance(knoop, nodes.Getitem) and isinstance(knoop.arg, nodes.Const):
        naam = knoop.arg.value
    elif (
        isinstance(knoop, nodes.Filter)
        and knoop.name == "attr"
        and knoop.args
        and isinstance(knoop.args[0], nodes.Const)
    ):
        naam = knoop.args[0].value
    return naam if isinstance(naam, str) and naam.startswith("_") else None


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


def controleer_sjabloon(pad: Path, profiel: Profiel | None, grenzen: Sjabloongrenzen | None = None) -> Controle:
    """Wat `brief` met dit sjabloon zou weigeren, en of de variabelen kloppen. `grenzen`: die van de gemeente
    (Instellingen.sjabloongrenzen), zodat de controle weigert wat `brief` weigert; None: de standaardgrenzen."""
    uitkomst = Controle(pad.name)
    soort = pad.stem
    if soort in BRIEF_VARIABELEN:  # 3.4: de brieven voornemen en herziening horen bij een maatregel, zijn er geen
        try:
            gebruikt = gebruikte_variabelen(pad)
            proefvullen(pad)
        except AgressieFout as fout:
            uitkomst.fout = fout.melding
            return uitkomst
        uitkomst.onbekend = sorted(gebruikt - set(VARIABELEN) - set(BRIEF_VARIABELEN[soort]) - LUSVARIABELEN)
        uitkomst.ontbrekend = sorted((BASIS_VERPLICHT | BRIEF_VERPLICHT[soort]) - gebruikt)
        return uitkomst
    if soort == "inzage":  # 3.4: de brief met het dossier (agressie inzage) hoort bij een persoon, niet bij een soort
        try:
            gebruikt = gebruikte_variabelen(pad)
            proefvullen(pad, grenzen)
        except AgressieFout as fout:
            uitkomst.fout = fout.melding
            return uitkomst
        uitkomst.onbekend = sorted(gebruikt - set(INZAGE_VARIABELEN) - LUSVARIABELEN)
        uitkomst.ontbrekend = sorted(INZAGE_VERPLICHT - gebruikt)
        return uitkomst
    if profiel is not None and soort not in profiel.soorten:
        uitkomst.fout = f"'{soort}' is geen soort van het profiel {profiel.naam} ({', '.join(profiel.soorten)})"
        return uitkomst
    try:
        gebruikt = gebruikte_variabelen(pad)
        proefvullen(pad, grenzen)
    except AgressieFout as fout:
        uitkomst.fout = fout.melding
        return uitkomst
    # Geen brief maar informatie voor de politie (2.6): eigen variabelen. Zonder profiel: het meegeleverde sjabloon.
    if profiel.is_soort(soort, "aangifte") if profiel is not None else soort == "aangifte":
        uitkomst.onbekend = sorted(gebruikt - set(politie.VARIABELEN) - LUSVARIABELEN)
        uitkomst.ontbrekend = sorted(politie.VERPLICHT - gebruikt)
        return uitkomst
    uitkomst.onbekend = sorted(gebruikt - set(VARIABELEN) - LUSVARIABELEN)
    uitkomst.ontbrekend = sorted((BASIS_VERPLICHT | verplicht_per_soort(soort, profiel)) - gebruikt)
    return uitkomst


def controleer_map(map_pad: Path, profiel: Profiel | None, grenzen: Sjabloongrenzen | None = None) -> list[Controle]:
    return [
        controleer_sjabloon(p, profiel, grenzen) for p in sorted(map_pad.glob("*.docx")) if not p.name.startswith("~$")
    ]
