"""Het meldformulier (4.2 "De agressiemelding", issue 2.7): welke vragen erop staan en hoe de antwoorden de velden
van een melding worden. De vragen volgen uit de ene veldtabel (velden.py: de velden met een optie), met de
classificatie van het profiel; zo lopen de keuzes op het formulier en in het register nooit uiteen.
Geen Excel hier: documenten/meldformulier.py maakt en leest het bestand."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time

from agressie_cli.domein import nederlands
from agressie_cli.domein import velden as veldtabel
from agressie_cli.domein.ambtsdrager import leg_ambt_uit
from agressie_cli.domein.datums import RELATIEF, lees_datum
from agressie_cli.domein.fouten import InvoerFout, veldnaam, vul
from agressie_cli.domein.nederlands import kort
from agressie_cli.domein.profiel import Profiel
from agressie_cli.domein.rijen import IncidentRij
from agressie_cli.domein.velden import INVOER, JA_NEE, KLASSEVELDEN, Veld, controleer_velden, verplicht_bij_melden

# Staat verborgen op het formulier (cel D1), zodat `melden --formulier` een meldformulier herkent.
KENMERK = "agressie-meldformulier 1"

# Welke velden op het formulier staan, met hun vraag en toelichting, staat in de veldtabel (velden.py: op_formulier,
# formuliervraag, formuliertoelichting, 3.2). Wat er niet op staat (de coördinator vult het aan): afgeleid, één keer.
NIET_OP_FORMULIER = frozenset(v.sleutel for v in INVOER if not v.op_formulier)

# De groepen van het formulier, in de volgorde van 4.2. Een veld met een optie dat hier niet staat (een nieuw veld
# in velden.py) komt vanzelf onder "Verder".
GROEPEN: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Over u", ("melder", "functie", "afdeling", "leidinggevende", "leidinggevende_email", "medewerker")),
    (
        "Het incident",
        ("datum", "tijd", "kanaal", "ernst", "gedrag", "aanhoudend", "vorm", "omschrijving", "aanleiding", "waarmee"),
    ),
    ("De persoon die agressief was", ("naam", "geboortedatum", "adres", "postcode", "woonplaats", "telefoon", "email")),
    ("Gevolgen", ("letsel", "psychisch", "materiele_schade", "politie", "aangifte", "ambtsdrager", "ambt")),
)
OVERIG = "Verder"

# Een melding die met het veld begint («datum»: ...): op het formulier noemt de plek (cel en vraag) het veld al.
_VELD_VOORAAN = re.compile(r"^«[a-z_]+»: ")
_SCHEIDING = re.compile(r"[,;\n]")


@dataclass(frozen=True)
class Vraag:
    veld: Veld  # met de keuzes van het profiel bij de classificatie
    groep: str
    tekst: str
    toelichting: str
    verplicht: bool

    @property
    def sleutel(self) -> str:
        return self.veld.sleutel

    @property
    def keuzes(self) -> tuple[str, ...]:
        return JA_NEE if self.veld.type == "janee" else self.veld.keuzes

    @property
    def naam(self) -> str:
        """Hoe een melding het veld noemt: 'kanaal', 'functie melder'."""
        return self.veld.kop.lower()


@dataclass(frozen=True)
class Antwoord:
    """Eén ingevulde cel van een formulier, zoals het bestand hem gaf (tekst, datum, tijd, getal of leeg)."""

    sleutel: str
    cel: str  # "B7"
    waarde: object
    vraag: str | None = None  # de vraag die de medewerker ernaast las (kolom A); None: niet nagaan


@dataclass(frozen=True)
class Formule:
    """Een antwoordcel met een formule (=HYPERLINK(...), =cmd|...) in plaats van een getypt antwoord. Wat Excel als
    uitkomst bewaarde, is niet wat de medewerker typte (en openpyxl bewaart geen uitkomst): die cel lezen we niet."""

    tekst: str


@dataclass(frozen=True)
class GeenDatum:
    """Een antwoordcel die als datum is opgemaakt, met een getal dat geen datum is (buiten wat Excel als datum kent,
    3.3): geen formule, en geen Python-waarschuwing, maar een melding die zegt wat er in de cel mis is."""

    getal: str


@dataclass
class Formulierinhoud:
    velden: dict  # zoals controleer_velden ze geeft: klaar voor melden()
    vingerafdruk: str  # sha256 van de genormaliseerde antwoorden
    gelezen: list[tuple[str, str]] = field(default_factory=list)  # (vraag, antwoord) om te tonen


def vragen(profiel: Profiel) -> list[Vraag]:
    """De vragen van het formulier van dit profiel, per groep in de volgorde van GROEPEN."""
    weg = {s for c, sleutels in KLASSEVELDEN.items() if c != profiel.classificatie for s in sleutels}
    verplicht = set(verplicht_op_formulier(profiel))
    # veldtabel.INVOER (niet een geïmporteerde naam): de tabel zoals hij nu is, ook in een test die een veld toevoegt
    velden = {v.sleutel: v for v in veldtabel.INVOER if v.op_formulier and v.sleutel not in weg}
    velden[profiel.classificatie] = replace(velden[profiel.classificatie], keuzes=tuple(profiel.klassen))
    volgorde = [(groep, s) for groep, sleutels in GROEPEN for s in sleutels if s in velden]
    genoemd = {s for _, s in volgorde}
    volgorde += [(OVERIG, s) for s in velden if s not in genoemd]
    return [
        Vraag(
            velden[s],
            groep,
            _vraagtekst(s, velden[s], profiel),
            _toelichting(velden[s], profiel),
            s in verplicht,
        )
        for groep, s in volgorde
    ]


def verplicht_op_formulier(profiel: Profiel) -> list[str]:
    """Wat melden vraagt, en de datum: zonder datum zou `melden` de dag van registreren nemen, en die datum loopt
    door in de termijn van een week, de nazorg en de tekst van de brief. Een medewerker weet hem altijd."""
    return [*verplicht_bij_melden(profiel), "datum"]


def _vraagtekst(sleutel: str, v: Veld, profiel: Profiel) -> str:
    tekst = v.formuliervraag or v.kop
    rol = profiel.rol("leidinggevende")
    return f"{tekst} ({rol})" if sleutel == "leidinggevende" and rol != "leidinggevende" else tekst


def _toelichting(v: Veld, profiel: Profiel) -> str:
    if v.sleutel == profiel.classificatie:
        return "\n".join(f"{k}: {label}" for k, label in profiel.klassen.items())
    if v.formuliertoelichting:
        return v.formuliertoelichting
    if v.type == "janee":
        return "Kies ja of nee."
    if v.keuzes:
        return "Kies uit de lijst: " + ", ".join(v.keuzes) + "."
    return ""


def lees_antwoorden(
    bestand: str, antwoorden: list[Antwoord], profiel: Profiel, vandaag: date | None = None
) -> Formulierinhoud:
    """Zet de antwoorden van een formulier om naar de velden van een melding, met dezelfde controles als `melden`.
    Elke fout noemt het bestand en de cel; een formulier met een fout levert niets op (InvoerFout met alle fouten)."""
    per_sleutel = {v.sleutel: v for v in vragen(profiel)}
    fouten: list[str] = []
    velden: dict = {}
    cellen: dict[str, str] = {}
    gelezen: list[tuple[str, str]] = []
    fout_in: set[str] = set()  # een fout antwoord is al gemeld, niet ook nog als 'niet ingevuld'
    vreemd = [a for a in antwoorden if a.sleutel not in per_sleutel]
    if vreemd:  # een formulier van een ander profiel (Losser in Geertruidenberg) of van een andere versie
        waar = (
            f"de vraag in cel {vreemd[0].cel} staat"
            if len(vreemd) == 1
            else f"de vragen in de cellen {', '.join(a.cel for a in vreemd)} staan"
        )
        raise InvoerFout(
            f"{bestand}: {waar} niet op het meldformulier van {profiel.naam}. "
            "Is het formulier van een andere gemeente of van een oudere versie? Vul een nieuw formulier in; "
            "maken met: agressie meldformulier"
        )
    cellen_per_sleutel: dict[str, list[str]] = {}
    for a in antwoorden:
        cellen_per_sleutel.setdefault(a.sleutel, []).append(a.cel)
    dubbel = {s: c for s, c in cellen_per_sleutel.items() if len(c) > 1}
    if dubbel:  # de verborgen kolom D is gewijzigd: welk antwoord is het echte? Niet raden.
        raise InvoerFout(
            f"{bestand}: de vraag {per_sleutel[next(iter(dubbel))].naam} staat meer dan eens op het formulier "
            f"(cellen {', '.join(next(iter(dubbel.values())))}); het formulier is gewijzigd. Vul een nieuw formulier in; "
            "maken met: agressie meldformulier"
        )
    anders = [
        a for a in antwoorden if a.vraag is not None and _gewoon(a.vraag) != _gewoon(per_sleutel[a.sleutel].tekst)
    ]
    if anders:  # kolom D of de vraag gewijzigd: het antwoord kwam anders in het verkeerde veld ('Uw naam' als agressor)
        a = anders[0]
        raise InvoerFout(
            f"{bestand}: naast cel {a.cel} staat de vraag '{(a.vraag or '').strip()[:60]}', maar agressie leest daar "
            f"'{per_sleutel[a.sleutel].tekst}'; het formulier is gewijzigd. Vul een nieuw formulier in; maken met: "
            "agressie meldformulier"
        )
    for antwoord in antwoorden:
        vraag = per_sleutel[antwoord.sleutel]
        cellen[vraag.sleutel] = antwoord.cel
        plek = f"{bestand}, cel {antwoord.cel} ({vraag.naam})"
        try:
            ruw = _ruw(vraag, antwoord.waarde, relatief=False)
            if ruw is None:
                continue
            velden.update(controleer_velden({vraag.sleutel: ruw}, profiel))
        except InvoerFout as fout:
            fouten.append(f"{plek}: {_op_formulier(fout, per_sleutel)}")
            fout_in.add(vraag.sleutel)
            continue
        if vraag.sleutel in velden:
            gelezen.append((vraag.tekst, _toon(velden[vraag.sleutel])))
    try:
        velden = leg_ambt_uit(velden)
    except InvoerFout as fout:
        fouten.append(f"{bestand}: {_op_formulier(fout, per_sleutel)}")
    datum = velden.get("datum")
    if datum and datum > (vandaag or date.today()):
        fouten.append(f"{bestand}, cel {cellen['datum']} (datum): {kort(datum)} ligt in de toekomst.")
    mist = [s for s in verplicht_op_formulier(profiel) if velden.get(s) in (None, "") and s not in fout_in]
    if mist:
        namen = ", ".join(
            f"{per_sleutel[s].naam} (cel {cellen[s]})" if s in cellen else per_sleutel[s].naam for s in mist
        )
        fouten.append(f"{bestand}: niet ingevuld, maar nodig om te registreren: {namen}.")
    if fouten:
        raise InvoerFout("\n".join(fouten))
    return Formulierinhoud(velden, vingerafdruk(velden), gelezen)


def _op_formulier(fout: InvoerFout, vragen: dict[str, Vraag]) -> str:
    """De melding zoals het formulier de velden noemt (3.2): het veld vooraan valt weg (de plek noemt cel en vraag
    al), elk ander veld heet zoals de vraag op het formulier (anders de kop van de kolom), nooit als een optie."""
    sjabloon = _VELD_VOORAAN.sub("", fout.sjabloon, count=1)
    return vul(sjabloon, lambda veld: vragen[veld].naam if veld in vragen else veldnaam(veld))


def _gewoon(vraag: str) -> str:
    """Een vraag zoals hij op het formulier staat, zonder het sterretje van verplicht en met gewone witruimte."""
    return " ".join(vraag.rstrip().rstrip("*").split()).casefold()


def _ruw(vraag: Vraag, waarde: object, relatief: bool = True) -> object:
    """De celwaarde als invoer zoals de opdrachtregel hem zou geven; None als de cel leeg is. Zonder `relatief` (een
    Excel-formulier, 3.4) is "gisteren" geen datum: het formulier is vaak dagen eerder ingevuld dan geregistreerd."""
    v = vraag.veld
    if isinstance(waarde, Formule):
        raise InvoerFout("in de cel staat een formule in plaats van een antwoord. Typ het antwoord zelf in de cel.")
    if isinstance(waarde, GeenDatum):
        raise InvoerFout(
            f"de cel is opgemaakt als datum, maar het getal erin ({waarde.getal}) is geen datum die Excel kent. "
            "Typ de datum als DD-MM-JJJJ."
        )
    if waarde is None or (isinstance(waarde, str) and not waarde.strip()):
        return None
    if isinstance(waarde, float) and waarde.is_integer():
        waarde = int(waarde)
    if v.type == "datum":
        if isinstance(waarde, time):  # een datumcel met 0 (of een breuk): 31-12-1899 of alleen een tijd (3.3)
            raise InvoerFout(
                "in de cel staat geen datum maar alleen een tijd (of een datum vóór 1900, die Excel niet als datum "
                "kent). Typ de datum als DD-MM-JJJJ."
            )
        if not relatief and isinstance(waarde, str) and waarde.strip().lower() in RELATIEF:
            raise InvoerFout(
                f"'{waarde.strip()}' kan op een formulier niet als datum: het formulier is misschien eerder ingevuld dan "
                "het geregistreerd wordt. Typ de datum zelf als DD-MM-JJJJ."
            )
        if not relatief and isinstance(waarde, str):
            lees_datum(waarde, f"«{vraag.sleutel}»", relatief=False)  # de melding noemt dan niet 'vandaag of gisteren'
        return waarde if isinstance(waarde, date) else str(waarde)  # een datumcel (ook datetime) of tekst
    if v.type == "tijd":
        if isinstance(waarde, datetime):
            return waarde.time().replace(second=0, microsecond=0)
        if isinstance(waarde, time):
            return waarde.replace(second=0, microsecond=0)
        if isinstance(waarde, float) and 0 <= waarde < 1:  # een tijd als deel van een dag
            minuten = round(waarde * 24 * 60)
            return time(minuten // 60, minuten % 60)
        return str(waarde)
    if isinstance(waarde, bool) and v.type == "janee":
        return waarde
    tekst = _als_tekst(waarde)
    if v.type == "janee":
        antwoord = tekst.strip().lower()
        if antwoord in ("ja", "j"):
            return True
        if antwoord in ("nee", "n"):
            return False
        raise InvoerFout(f"'{tekst.strip()}' is geen ja of nee.")
    if v.type == "keuze":
        _moet_keuze_zijn(vraag, tekst)
        return tekst
    if v.type == "lijst" or v.herhaalbaar:
        delen = [d.strip() for d in _SCHEIDING.split(tekst) if d.strip()]
        for deel in delen if vraag.keuzes else []:
            _moet_keuze_zijn(vraag, deel)
        return delen
    return tekst


def _als_tekst(waarde: object) -> str:
    if isinstance(waarde, datetime):
        return (
            kort(waarde.date())
            if waarde.time() == time()
            else f"{kort(waarde.date())} {nederlands.tijd_invoer(waarde)}"
        )
    if isinstance(waarde, date):
        return kort(waarde)
    if isinstance(waarde, time):
        return nederlands.tijd_invoer(waarde)
    return str(waarde)


def _moet_keuze_zijn(vraag: Vraag, tekst: str) -> None:
    if tekst.strip().lower() not in {k.lower() for k in vraag.keuzes}:
        raise InvoerFout(f"'{tekst.strip()}' is geen {vraag.naam}. Kies uit: {', '.join(vraag.keuzes)}.")


def _toon(waarde: object) -> str:
    if isinstance(waarde, bool):
        return "ja" if waarde else "nee"
    if isinstance(waarde, (list, tuple)):
        return ", ".join(str(w) for w in waarde)
    if isinstance(waarde, date):
        return kort(waarde)
    if isinstance(waarde, time):
        return nederlands.tijd_invoer(waarde)
    return str(waarde)


def vingerafdruk(velden: dict) -> str:
    """sha256 van de antwoorden na omzetten, met witruimte samengevoegd: dezelfde antwoorden geven dezelfde
    vingerafdruk, ook als Excel of LibreOffice het formulier opnieuw bewaarde (een datum als datumcel of als tekst,
    een regeleinde als \\r\\n of \\n)."""

    def normaal(waarde: object) -> object:
        if isinstance(waarde, str):
            return " ".join(waarde.split())
        if isinstance(waarde, (list, tuple)):
            return [normaal(w) for w in waarde]
        if isinstance(waarde, (date, time)):
            return waarde.isoformat()
        return waarde

    tekst = json.dumps({k: normaal(w) for k, w in sorted(velden.items())}, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(tekst.encode("utf-8")).hexdigest()


def al_geregistreerd(incidenten: list[IncidentRij], afdruk: str) -> str | None:
    """Het incident dat uit een formulier met dezelfde vingerafdruk kwam, of None."""
    return next((str(i.get("incident")) for i in incidenten if i.get("formulier") == afdruk), None)


# --- het meldformulier op het web (3.5) -------------------------------------------------------------------------------


def lees_webantwoorden(antwoorden: dict[str, object], profiel: Profiel, vandaag: date | None = None) -> Formulierinhoud:
    """De antwoorden van het meldformulier op het web (3.5) als de velden van een melding: dezelfde vragen en dezelfde
    regels als een ingevuld Excel-formulier (lees_antwoorden), maar elke fout op een eigen regel die met het veld
    begint ("«naam»: ..."), zodat de webpagina hem naast dat veld zet. Een lijst (aangevinkte keuzes) telt als de
    waarden met een komma ertussen, zoals op het Excel-formulier."""
    per_sleutel = {v.sleutel: v for v in vragen(profiel)}
    vreemd = [s for s in antwoorden if s not in per_sleutel]
    if vreemd:
        raise InvoerFout(f"Deze vraag staat niet op het meldformulier van {profiel.naam}: {', '.join(vreemd)}.")
    fouten: dict[str, str] = {}
    velden: dict = {}
    gelezen: list[tuple[str, str]] = []
    for sleutel, vraag in per_sleutel.items():
        waarde = antwoorden.get(sleutel)
        if isinstance(waarde, (list, tuple)):
            waarde = ", ".join(str(w) for w in waarde if str(w).strip())
        try:
            ruw = _ruw(vraag, waarde)
            if ruw is None:
                continue
            velden.update(controleer_velden({sleutel: ruw}, profiel))
        except InvoerFout as fout:
            fouten[sleutel] = _zonder_veld_vooraan(fout)
            continue
        if sleutel in velden:
            gelezen.append((vraag.tekst, _toon(velden[sleutel])))
    try:
        velden = leg_ambt_uit(velden)
    except InvoerFout as fout:
        fouten.setdefault("ambt", _zonder_veld_vooraan(fout))
    datum = velden.get("datum")
    if datum and datum > (vandaag or date.today()) and "datum" not in fouten:
        fouten["datum"] = f"{kort(datum)} ligt in de toekomst."
    for sleutel in verplicht_op_formulier(profiel):
        if velden.get(sleutel) in (None, "") and sleutel not in fouten:
            fouten[sleutel] = "niet ingevuld, maar nodig om te registreren."
    if fouten:
        volgorde = list(per_sleutel)
        raise InvoerFout("\n".join(f"«{s}»: {fouten[s]}" for s in sorted(fouten, key=volgorde.index)))
    return Formulierinhoud(velden, vingerafdruk(velden), gelezen)


def _zonder_veld_vooraan(fout: InvoerFout) -> str:
    """De tekst van een fout zonder het veld waarmee hij begint (de webpagina zet hem naast het veld)."""
    return _VELD_VOORAAN.sub("", fout.sjabloon, count=1)
