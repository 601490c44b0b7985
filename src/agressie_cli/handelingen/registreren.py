"""Coördinator: een incident registreren (melden, ook uit ingevulde meldformulieren), later compleet maken
(aanvullen), twee persoonsnummers samenvoegen of uit elkaar houden (samenvoegen), en het meldformulier maken.

De vragen aan de gebruiker (ontbrekende velden, 'bedoelt u ...?', 'toch registreren?') stelt de voorkant; wat hij
daarvoor moet weten, geven `verplicht_ontbrekend`, `vooraf` en `lees_formulieren`, en zijn antwoorden gaan als
gewone waarden terug in `melden` en `melden_formulieren`.

Velden komen binnen zoals een gebruiker ze typt: een mapping van veldsleutel (domein/velden.py: 'naam', 'kanaal',
'vorm', ...) naar tekst, een lijst teksten (herhaalbare velden) of ja/nee; None of een lege lijst is niet opgegeven."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from agressie_cli.domein.fouten import AgressieFout, InvoerFout
from agressie_cli.handelingen.werkplek import Werkplek

if TYPE_CHECKING:
    from agressie_cli.domein.meldformulier import Formulierinhoud
    from agressie_cli.domein.meldingen import Uitkomst
    from agressie_cli.domein.profiel import Profiel
    from agressie_cli.domein.register import Register


@dataclass(frozen=True)
class Kandidaat:
    """Een bekende persoon met een lijkende naam: 'bedoelt u ...?'."""

    persoon: str
    naam: str | None


@dataclass(frozen=True)
class Gemeld:
    """Een geregistreerd incident. `bedoelt_u`: lijkende personen (koppelen met aanvullen --persoon of samenvoegen);
    `mogelijk_dubbel`: incidenten van dezelfde persoon op dezelfde dag."""

    incident: str
    persoon: str
    naam: str | None
    nieuw_persoon: bool
    datum: date
    status: str
    ontbrekend: tuple[str, ...]
    bedoelt_u: tuple[Kandidaat, ...]
    mogelijk_dubbel: tuple[str, ...]
    # Het incident in melden --json: de velden met json "melden" (domein/velden.py, domein/jsonvorm.py).
    velden: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Vooraf:
    """Wat een voorkant vóór het registreren kan vragen. `persoon`: de opgegeven of zeker gevonden persoon (None: een
    nieuwe); `bijna`: 'bedoelt u ...?' (alleen zonder zekere persoon); `dubbel`: per mogelijke persoon de incidenten
    op dezelfde dag (misschien twee meldingen van één voorval)."""

    persoon: str | None
    bijna: tuple[Kandidaat, ...]
    dubbel: Mapping[str, tuple[str, ...]]

    def dubbel_met(self, persoon: str | None) -> tuple[str, ...]:
        """De incidenten op dezelfde dag als de melding bij deze persoon wordt geregistreerd."""
        return self.dubbel.get(persoon, ()) if persoon else ()


@dataclass(frozen=True)
class Veldwijziging:
    veld: str
    oud: object
    nieuw: object


@dataclass(frozen=True)
class Aangevuld:
    """Een aangevuld incident. `persoon_verwijderd`: de persoon die na een andere persoon geen incidenten meer had."""

    incident: str
    persoon: str | None
    status: str | None
    ontbrekend: tuple[str, ...]
    gewijzigd: tuple[Veldwijziging, ...]
    persoon_verwijderd: str | None


@dataclass(frozen=True)
class Samengevoegd:
    """Twee persoonsnummers: `niet_dezelfde` gezet als het verschillende mensen zijn (alleen `persoon` telt dan);
    anders is `verwijderd` opgegaan in `persoon`, met de incidenten en de aangevulde velden."""

    persoon: str
    niet_dezelfde: str | None = None
    verwijderd: str | None = None
    incidenten: tuple[str, ...] = ()
    aangevuld: tuple[str, ...] = ()
    niet_overgenomen: tuple[str, ...] = ()
    was_niet_dezelfde: bool = False


@dataclass(frozen=True)
class Meldformulier:
    bestand: Path
    gemeente: str
    datum: date
    vragen: tuple[str, ...]  # de veldsleutels in de volgorde van het formulier


@dataclass(frozen=True)
class GelezenFormulier:
    """Eén ingelezen meldformulier. Met `fout` wordt het niet geregistreerd (ongeldig, of al geregistreerd); anders
    `gelezen` om te tonen ((vraag, antwoord)) en `vooraf` voor de vragen 'bedoelt u' en 'toch registreren?'."""

    bestand: str
    fout: AgressieFout | None = None
    persoon: str | None = None  # de persoon die de gebruiker bij het inlezen koos
    vooraf: Vooraf | None = None
    gelezen: tuple[tuple[str, str], ...] = ()
    inhoud: Formulierinhoud | None = field(default=None, repr=False)
    door: str | None = None  # het account dat het meldformulier op het web invulde (3.5); komt in «gemeld_door»
    gebruiker: str | None = None  # wie in logboek.csv komt (het web: per melding); None: die van de werkplek


@dataclass(frozen=True)
class Keuze:
    """Het antwoord van de gebruiker per formulier: wel of niet registreren, en bij welke persoon (None: zoals bij
    het inlezen)."""

    registreren: bool = True
    persoon: str | None = None


@dataclass(frozen=True)
class Formulieruitslag:
    """Per formulier: geregistreerd (`gemeld`), geweigerd (`fout`), of geen van beide: de gebruiker koos 'nee'."""

    bestand: str
    gemeld: Gemeld | None = None
    fout: AgressieFout | None = None


@dataclass(frozen=True)
class FormulierenGemeld:
    uitslagen: tuple[Formulieruitslag, ...]

    @property
    def geweigerd(self) -> bool:
        """Een of meer formulieren konden niet geregistreerd worden (de opdrachtregel: afsluitcode 2)."""
        return any(u.fout is not None for u in self.uitslagen)


# --- melden ----------------------------------------------------------------------------------------


def verplicht_ontbrekend(werkplek: Werkplek, velden: Mapping[str, Any], persoon: str | None = None) -> tuple[str, ...]:
    """De velden die melden vraagt en die niet zijn opgegeven (met een bekende persoon is de naam niet nodig): om aan
    een terminal te vragen of op een webformulier te markeren."""
    from agressie_cli.domein.velden import verplicht_bij_melden

    return tuple(
        v for v in verplicht_bij_melden(werkplek.profiel) if not velden.get(v) and not (v == "naam" and persoon)
    )


def controleer_veld(werkplek: Werkplek, sleutel: str, waarde: Any) -> Any:
    """Eén veld zoals `melden` het controleert, meteen bij de invoer (3.6): een vraag aan de terminal of een veld op
    een formulier kan na een tikfout opnieuw gevraagd worden, in plaats van dat alles aan het eind verloren gaat.
    Geeft de waarde zoals het register hem bewaart; een InvoerFout noemt het veld (en bij een keuze 'bedoelt u')."""
    return _controleer(werkplek.profiel, {sleutel: waarde}).get(sleutel)


def vooraf(werkplek: Werkplek, velden: Mapping[str, Any], persoon: str | None = None) -> Vooraf:
    """Wat de gebruiker vóór `melden` kan beantwoorden: is een lijkende naam dezelfde persoon, en is het geen dubbele
    melding? Controleert de velden zoals `melden`."""
    gecontroleerd = _controleer(werkplek.profiel, velden)
    return _vooraf(werkplek.lees(), gecontroleerd, persoon)


def melden(werkplek: Werkplek, velden: Mapping[str, Any], persoon: str | None = None) -> Gemeld:
    """Registreert een incident (stap 2). Verplicht: naam (of een bekende `persoon`), kanaal en de classificatie van
    het profiel (ernst of gedrag)."""
    from agressie_cli.domein.meldingen import melden as registreer

    mist = verplicht_ontbrekend(werkplek, velden, persoon)
    if mist:
        raise InvoerFout(f"Verplicht bij melden, maar niet opgegeven: {', '.join(f'«{v}»' for v in mist)}.")
    gecontroleerd = _controleer(werkplek.profiel, velden)
    with werkplek.wijzig() as register:
        uitkomst = registreer(register, werkplek.profiel, gecontroleerd, persoon)
    return _gemeld(uitkomst)


class _Ongewijzigd(Exception):
    """Binnen een transactie: er verandert niets, dus het register wordt niet opnieuw bewaard (geen nieuwe versie
    zonder regel in het logboek)."""

    def __init__(self, uitkomst: Any):
        super().__init__()
        self.uitkomst = uitkomst


def aanvullen(werkplek: Werkplek, incident: str, velden: Mapping[str, Any], persoon: str | None = None) -> Aangevuld:
    """Vult een incident aan of verbetert het; `persoon` koppelt het aan een andere (bekende) persoon."""
    from agressie_cli.domein.meldingen import aanvullen as vul_aan

    gecontroleerd = _controleer(werkplek.profiel, velden)
    if not gecontroleerd and not persoon:
        raise InvoerFout("Geef minstens één veld om aan te vullen, bijvoorbeeld «tijd» 10:30.")
    try:
        with werkplek.wijzig() as register:
            uitkomst = vul_aan(register, werkplek.profiel, incident, gecontroleerd, persoon)
            if not uitkomst.wijzigingen and not uitkomst.verwijderd:
                raise _Ongewijzigd(uitkomst)  # de waarden stonden er al: niet opnieuw bewaren
    except _Ongewijzigd as niets:
        uitkomst = niets.uitkomst
    inc = uitkomst.incident
    return Aangevuld(
        incident=str(inc["incident"]),
        persoon=inc.get("persoon"),
        status=inc.get("status"),
        ontbrekend=_ontbrekend(inc),
        gewijzigd=tuple(Veldwijziging(w.veld, w.oud, w.nieuw) for w in uitkomst.wijzigingen),
        persoon_verwijderd=uitkomst.verwijderd,
    )


def samenvoegen(werkplek: Werkplek, persoon: str, in_: str | None = None, niet: str | None = None) -> Samengevoegd:
    """Lost de vraag 'bedoelt u ...?' op: `persoon` gaat op in `in_` (dezelfde mens), of is `niet` dezelfde als die
    persoon (de vraag stopt). Precies één van beide."""
    from agressie_cli.domein.personen import niet_dezelfde
    from agressie_cli.domein.personen import samenvoegen as voeg_samen

    if (in_ is None) == (niet is None):
        raise InvoerFout("Geef precies één van «in» (dezelfde persoon) of «niet» (een ander mens).")
    with werkplek.wijzig() as register:
        if in_ is None:
            niet_dezelfde(register, persoon, niet or "")
            return Samengevoegd(persoon=persoon.upper(), niet_dezelfde=(niet or "").upper())
        s = voeg_samen(register, persoon, in_)
    return Samengevoegd(
        persoon=s.persoon,
        verwijderd=s.weg,
        incidenten=tuple(s.incidenten),
        aangevuld=tuple(s.aangevuld),
        niet_overgenomen=tuple(s.anders),
        was_niet_dezelfde=s.was_niet,
    )


# --- het meldformulier (2.7) -----------------------------------------------------------------------


def meldformulier(werkplek: Werkplek, uit: Path | None = None, vandaag: date | None = None) -> Meldformulier:
    """Maakt het meldformulier (Excel) dat een medewerker zelf invult (Geertruidenberg 4.2). `uit`: een map of een
    bestandsnaam op .xlsx (standaard meldformulier.xlsx naast het register). Overschrijft alleen een leeg formulier."""
    import os

    from agressie_cli.documenten.meldformulier import leeg_meldformulier, schrijf_meldformulier

    map_ = werkplek.instellingen.register_pad.parent
    if uit is None:
        doel = map_ / "meldformulier.xlsx"
    elif uit.is_dir():
        doel = uit / "meldformulier.xlsx"
    elif uit.suffix.lower() == ".xlsx":
        doel = uit
    else:
        raise InvoerFout(f"«uit»: '{uit}' is geen bestaande map en geen bestandsnaam die eindigt op .xlsx.")
    if doel.exists() and not leeg_meldformulier(doel):
        # Het register (of een ingevuld formulier, een rapport) werd anders zonder slot of reservekopie overschreven.
        register = werkplek.instellingen.register_pad
        is_register = doel.is_file() and register.is_file() and os.path.samefile(doel, register)
        raise InvoerFout(
            ("«uit»: " if uit is not None else "")
            + f"'{doel}' bestaat al en is {'het register' if is_register else 'geen leeg meldformulier'}; agressie "
            "overschrijft het niet. Is het een ingevuld formulier, registreer het dan eerst (agressie melden --formulier "
            '...). Kies een andere naam met «uit», bijvoorbeeld «uit» "meldformulier-nieuw.xlsx".'
        )
    gemeente = werkplek.instellingen.gemeente or werkplek.profiel.naam
    datum = vandaag or date.today()
    vragen = schrijf_meldformulier(doel, werkplek.profiel, gemeente, datum)
    return Meldformulier(bestand=doel, gemeente=gemeente, datum=datum, vragen=tuple(v.sleutel for v in vragen))


def lees_formulieren(
    werkplek: Werkplek,
    paden: Sequence[Path],
    persoon: str | None = None,
    velden: Mapping[str, Any] | None = None,
) -> tuple[GelezenFormulier, ...]:
    """Leest ingevulde meldformulieren, elk voor één incident, zonder iets te registreren. Een formulier met een fout,
    of dat al geregistreerd is, krijgt zijn `fout`; de andere kan `melden_formulieren` registreren. `persoon` mag bij
    één formulier (de gebruiker kiest de persoon); `velden` zijn de andere opgegeven velden: die gaan niet samen met
    een formulier (de gegevens komen uit het formulier)."""
    from agressie_cli.documenten.meldformulier import lees_meldformulier
    from agressie_cli.domein.meldformulier import al_geregistreerd, lees_antwoorden

    profiel = werkplek.profiel
    meer = persoon and len(paden) > 1
    gegeven = [f"«{s}»" for s, w in (velden or {}).items() if w not in (None, [], ())] + (["«persoon»"] if meer else [])
    if gegeven:
        raise InvoerFout(
            f"«formulier» gaat niet samen met {', '.join(gegeven)}: de gegevens komen uit het formulier. "
            "Registreer eerst het formulier en vul daarna aan met: agressie aanvullen INCIDENT ..."
        )
    register = werkplek.lees()
    gekoppeld = persoon.upper() if persoon else None
    gelezen: list[GelezenFormulier] = []
    for pad in paden:
        try:
            inhoud = lees_antwoorden(pad.name, lees_meldformulier(pad), profiel)
            dubbel = al_geregistreerd(register.incidenten, inhoud.vingerafdruk)
            if dubbel:
                raise InvoerFout(f"{pad.name}: dit formulier is al geregistreerd, als incident {dubbel}.")
        except InvoerFout as fout:
            gelezen.append(GelezenFormulier(str(pad), fout=fout))
            continue
        gelezen.append(
            GelezenFormulier(
                str(pad),
                persoon=gekoppeld,
                vooraf=_vooraf(register, inhoud.velden, gekoppeld),
                gelezen=tuple(inhoud.gelezen),
                inhoud=inhoud,
            )
        )
    return tuple(gelezen)


def melden_formulieren(
    werkplek: Werkplek, formulieren: Sequence[GelezenFormulier], keuzes: Sequence[Keuze] | None = None
) -> FormulierenGemeld:
    """Registreert de gelezen formulieren (lees_formulieren) in één keer, elk zoals `melden` dat zou doen, met het
    formulier vastgelegd bij het incident (zo wordt het geen tweede keer geregistreerd). Een formulier met een fout
    registreert niets; de andere gaan door. `keuzes`: per formulier het antwoord van de gebruiker (standaard: alle)."""
    from agressie_cli.domein.meldformulier import al_geregistreerd
    from agressie_cli.domein.meldingen import melden as registreer

    if keuzes is None:
        keuzes = [Keuze()] * len(formulieren)
    if len(keuzes) != len(formulieren):
        raise ValueError("Geef precies één keuze per formulier.")
    uitslagen = [Formulieruitslag(f.bestand, fout=f.fout) for f in formulieren]
    klaar = [
        (i, f.inhoud, k.persoon or f.persoon, f.door)
        for i, (f, k) in enumerate(zip(formulieren, keuzes, strict=True))
        if f.fout is None and f.inhoud is not None and k.registreren
    ]
    if klaar:
        with werkplek.wijzig() as register:
            standaard = register.gebruiker
            for plaats, inhoud, gekoppeld, door in klaar:
                register.gebruiker = formulieren[plaats].gebruiker or standaard
                naam = Path(uitslagen[plaats].bestand).name
                dubbel = al_geregistreerd(register.incidenten, inhoud.vingerafdruk)  # ook twee keer in één keer
                if dubbel:
                    fout = InvoerFout(f"{naam}: dit formulier is al geregistreerd, als incident {dubbel}.")
                    uitslagen[plaats] = Formulieruitslag(uitslagen[plaats].bestand, fout=fout)
                    continue
                try:
                    uitkomst = registreer(register, werkplek.profiel, inhoud.velden, gekoppeld)
                except InvoerFout as fout:  # weigert vóór het iets wijzigt
                    fout = InvoerFout(f"{naam}: {fout.sjabloon}")
                    uitslagen[plaats] = Formulieruitslag(uitslagen[plaats].bestand, fout=fout)
                    continue
                uitkomst.incident["formulier"] = inhoud.vingerafdruk
                if door:  # een melding op het web wacht op de coördinator (3.5: handelingen/beoordelen.py)
                    uitkomst.incident["gemeld_door"] = door
                    uitkomst.incident["beoordeling"] = "te beoordelen"
                uitslagen[plaats] = Formulieruitslag(uitslagen[plaats].bestand, gemeld=_gemeld(uitkomst))
    return FormulierenGemeld(tuple(uitslagen))


# --- het meldformulier op het web (3.5) ---------------------------------------------------------------


@dataclass(frozen=True)
class EigenMelding:
    """Wat een medewerker van zijn eigen melding ziet: het nummer, de datum en de status; niets anders. 3.5: of de
    coördinator haar nog moet beoordelen, aanvaardde, samenvoegde (met welk incident) of afwees (met de reden)."""

    incident: str
    datum: date | None
    status: str
    beoordeling: str = ""
    samengevoegd_met: str = ""
    reden: str = ""


def melden_web(werkplek: Werkplek, antwoorden: Mapping[str, Any], door: str, vandaag: date | None = None) -> Gemeld:
    """Registreert het meldformulier dat een medewerker op het web invulde, zoals een ingevuld meldformulier van
    `melden --formulier` (dezelfde vragen, dezelfde regels, vastgelegd met zijn vingerafdruk zodat hetzelfde formulier
    niet twee keer een incident wordt), met het account `door` in «gemeld_door». Een fout noemt per regel het veld."""
    gemeld = melden_web_samen(werkplek, [webmelding(werkplek, antwoorden, door, vandaag)])[0]
    if gemeld.fout is not None:
        raise gemeld.fout
    assert gemeld.gemeld is not None
    return gemeld.gemeld


def webmelding(
    werkplek: Werkplek, antwoorden: Mapping[str, Any], door: str, vandaag: date | None = None
) -> GelezenFormulier:
    """Het webformulier gecontroleerd (een fout noemt per regel het veld), klaar om te registreren met
    melden_web_samen; in het logboek komt de gebruiker van deze werkplek."""
    from agressie_cli.domein.meldformulier import lees_webantwoorden

    if not door:
        raise InvoerFout("Een melding op het web hoort bij een account; log in.")
    inhoud = lees_webantwoorden(dict(antwoorden), werkplek.profiel, vandaag)
    return GelezenFormulier("Dit meldformulier", inhoud=inhoud, door=door, gebruiker=werkplek.gebruiker)


def melden_web_samen(werkplek: Werkplek, meldingen: Sequence[GelezenFormulier]) -> tuple[Formulieruitslag, ...]:
    """Meldingen van het web (webmelding) in één transactie: één keer lezen en bewaren onder het slot, elke melding
    met haar eigen nummer, «gemeld_door» en regel in het logboek (met de gebruiker van haar eigen werkplek). Een
    melding met een fout (hetzelfde formulier twee keer) registreert niets; de andere gaan door."""
    return melden_formulieren(werkplek, meldingen).uitslagen


def eigen_meldingen(werkplek: Werkplek, door: str) -> tuple[EigenMelding, ...]:
    """De meldingen die het account `door` op het web deed, de nieuwste eerst."""
    wie = door.casefold()
    eigen = [
        EigenMelding(
            str(i["incident"]),
            i.get("datum"),
            str(i.get("status") or ""),
            str(i.get("beoordeling") or ""),
            str(i.get("samengevoegd_met") or ""),
            str(i.get("beoordeling_reden") or "") if i.get("beoordeling") == "afgewezen" else "",
        )
        for i in werkplek.lees().incidenten
        if door and str(i.get("gemeld_door") or "").casefold() == wie
    ]
    return tuple(sorted(eigen, key=lambda m: (m.datum or date.min, m.incident), reverse=True))


# --- samen ------------------------------------------------------------------------------------------


def _controleer(profiel: Profiel, velden: Mapping[str, Any]) -> dict[str, Any]:
    """De velden zoals het register ze bewaart (domein/velden.py), met het ambt uitgelegd."""
    from agressie_cli.domein.ambtsdrager import leg_ambt_uit
    from agressie_cli.domein.velden import INVOER, controleer_velden

    bekend = {v.sleutel for v in INVOER}
    onbekend = [s for s in velden if s not in bekend]
    if onbekend:
        raise InvoerFout(
            f"Onbekend veld: {', '.join(f'«{s}»' for s in onbekend)}. Kies uit: {', '.join(sorted(bekend))}."
        )
    return leg_ambt_uit(controleer_velden(dict(velden), profiel))


def _vooraf(register: Register, velden: Mapping[str, Any], persoon: str | None) -> Vooraf:
    from agressie_cli.domein.meldingen import mogelijk_dubbel
    from agressie_cli.domein.personen import zoek_persoon

    wie = persoon.upper() if persoon else None
    bijna: tuple[Kandidaat, ...] = ()
    if persoon is None and not velden.get("naam"):
        return Vooraf(None, (), {})  # niets om naar te vragen; melden weigert zonder naam
    if persoon is None:
        gevonden = zoek_persoon(register, velden["naam"], velden.get("geboortedatum"))
        wie = gevonden.zeker["persoon"] if gevonden.zeker else None
        if not gevonden.zeker:
            bijna = tuple(Kandidaat(str(k["persoon"]), k.get("naam")) for k in gevonden.bijna)
    datum = velden.get("datum") or date.today()
    mogelijk = [p for p in (wie, *(k.persoon for k in bijna)) if p]
    return Vooraf(wie, bijna, {p: tuple(mogelijk_dubbel(register, p, datum)) for p in mogelijk})


def _ontbrekend(incident: Mapping[str, Any]) -> tuple[str, ...]:
    return tuple(v for v in (incident.get("ontbrekend") or "").split(", ") if v)


def _gemeld(uitkomst: Uitkomst) -> Gemeld:
    from agressie_cli.domein.jsonvorm import MELDEN, json_record

    inc, p = uitkomst.incident, uitkomst.persoon
    return Gemeld(
        incident=str(inc["incident"]),
        persoon=str(p["persoon"]),
        naam=p.get("naam"),
        nieuw_persoon=uitkomst.nieuw_persoon,
        datum=inc.get("datum") or date.today(),  # melden zet altijd een datum (zonder opgave: vandaag)
        status=str(inc["status"]),
        ontbrekend=_ontbrekend(inc),
        bedoelt_u=tuple(Kandidaat(str(b["persoon"]), b.get("naam")) for b in uitkomst.bijna),
        mogelijk_dubbel=tuple(uitkomst.mogelijk_dubbel),
        velden=json_record(inc, "Incidenten", MELDEN),
    )
