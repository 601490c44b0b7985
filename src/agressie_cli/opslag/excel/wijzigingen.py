"""Bewaren door alleen gewijzigde en nieuwe rijen opnieuw te maken: de bladen van het huidige bestand worden
overgenomen (als bytes), de rest komt uit het register. Bij een groot register veel sneller dan alles opnieuw.
Kan dat niet of loont het niet, dan geeft `plan` None en schrijft de opslag het hele werkboek."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from agressie_cli.domein.profiel import Profiel
from agressie_cli.domein.register import Register
from agressie_cli.domein.velden import SCHEMA_VERSIE, kolommen_van
from agressie_cli.opslag.excel.cellen import Bijzaken, Bladlezer, Celfout, rijwaarden, zoals_gelezen, zoals_in_bestand
from agressie_cli.opslag.excel.snelle_kopie import Bladkopie, Kopie, code_algemeen

if TYPE_CHECKING:
    from agressie_cli.opslag.excel.xlsx import Patch

ATTRIBUTEN = (("Incidenten", "incidenten"), ("Personen", "personen"), ("Maatregelen", "maatregelen"))


@dataclass
class Herkomst:
    """Waar een register om te wijzigen vandaan kwam: de snelle kopie van het bestand en per blad de rijen zoals
    gelezen (tuples in de volgorde van de velden), om bij bewaren de gewijzigde rijen te herkennen."""

    kopie: Kopie
    gelezen: dict[str, list[tuple]]


@dataclass
class Plan:
    """Wat bewaren aan één blad doet: per rij (index, celwaarden, de rij zoals hij gelezen zal worden)."""

    oud_aantal: int
    vervangen: list[tuple[int, list, dict]]
    nieuw: list[tuple[int, list, dict]]
    fouten: list[Celfout]

    @property
    def patch(self) -> Patch:
        from agressie_cli.opslag.excel.xlsx import Patch

        return Patch({i: c for i, c, _ in self.vervangen}, self.oud_aantal)

    @property
    def nieuwe_cellen(self) -> list[list]:
        return [c for _, c, _ in self.nieuw]


def plan(register: Register, bijzaken: Bijzaken, herkomst: Herkomst, profiel: Profiel | None) -> dict[str, Plan] | None:
    """Per blad het plan, of None als alleen de gewijzigde rijen schrijven niet kan of niet loont (rijen
    verwijderd, andere kolommen, veel wijzigingen, migratie)."""
    kopie = herkomst.kopie
    extra_bladen = {n: [[code_algemeen(v) for v in r] for r in rijen] for n, rijen in bijzaken.extra_bladen.items()}
    if (
        kopie.schema != SCHEMA_VERSIE
        or register.schema != SCHEMA_VERSIE
        or bijzaken.extra_kolommen != kopie.extra_kolommen
        or extra_bladen != kopie.extra_bladen
    ):
        return None
    plannen = {}
    for naam, attribuut in ATTRIBUTEN:
        blad_plan = _plan_blad(naam, getattr(register, attribuut), bijzaken, kopie, herkomst.gelezen.get(naam), profiel)
        if blad_plan is None:
            return None
        plannen[naam] = blad_plan
    return plannen


def _plan_blad(
    naam: str, rijen: list[dict], bijzaken: Bijzaken, kopie: Kopie, gelezen: list[tuple] | None, profiel: Profiel | None
) -> Plan | None:
    kolommen = kolommen_van(naam, profiel)
    extra = bijzaken.extra_kolommen.get(naam, [])
    velden = [(k.sleutel, k.type) for k in kolommen] + [(kop, "rauw") for kop in extra]
    blad = kopie.bladen.get(naam)
    if blad is None or gelezen is None or list(blad.velden) != velden or len(rijen) < len(gelezen):
        return None
    sleutels = [k.sleutel for k in kolommen]  # de bekende velden staan vooraan; de extra kolommen veranderen niet
    n = len(sleutels)
    gewijzigd = [
        i
        for i, oud in enumerate(gelezen)
        if i in blad.afwijkingen
        or i in blad.foutvelden
        or tuple(map(rijen[i].get, sleutels)) != (oud if not extra else oud[:n])
    ]
    if len(gewijzigd) > max(100, len(gelezen) // 10):
        return None  # dan is alles opnieuw schrijven even snel
    lezer = Bladlezer(naam, [k.kop for k in kolommen] + extra, kolommen)
    fouten: list[Celfout] = []
    te_maken = gewijzigd + list(range(len(gelezen), len(rijen)))
    gemaakt = []
    for i, cellen in zip(
        te_maken, rijwaarden(kolommen, extra, [rijen[i] for i in te_maken], bijzaken.per_rij), strict=True
    ):
        if all(c is None or c == "" for c in cellen):
            return None  # een lege rij slaat het lezen over: dan kloppen de rijnummers niet meer
        gemaakt.append((i, cellen, lezer.rij([zoals_gelezen(c) for c in cellen], i + 2, fouten)))
    return Plan(len(gelezen), gemaakt[: len(gewijzigd)], gemaakt[len(gewijzigd) :], fouten)


def bijgewerkte_kopie(register: Register, bijzaken: Bijzaken, herkomst: Herkomst, plannen: dict[str, Plan]) -> Kopie:
    """De snelle kopie van het zojuist geschreven bestand: ongewijzigde rijen zoals gelezen, de andere zoals ze nu
    gelezen zouden worden."""
    kopie = herkomst.kopie
    kopie.lege_rijen = {}  # het geschreven blad heeft geen lege rijen tussen de gegevens
    for naam, blad_plan in plannen.items():
        velden = kopie.bladen[naam].velden
        rijen = [zoals_in_bestand(r, velden, bijzaken) for r in getattr(register, dict(ATTRIBUTEN)[naam])]
        for i, _, rij in blad_plan.vervangen:
            rijen[i] = rij
        rijen[blad_plan.oud_aantal :] = [rij for _, _, rij in blad_plan.nieuw]
        # pas bij het wegschrijven coderen, blad voor blad: minder geheugen bij een groot register
        kopie.zet_blad(naam, Bladkopie.uit_rijen(velden, rijen, nu=False))
        vervangen = {i + 2 for i, _, _ in blad_plan.vervangen}
        kopie.fouten = [f for f in kopie.fouten if not (f[0] == naam and f[1] in vervangen)]
        kopie.fouten.extend((f.blad, f.rij, f.kolom, f.kop, code_algemeen(f.waarde), f.reden) for f in blad_plan.fouten)
    volgorde = {naam: i for i, (naam, _) in enumerate(ATTRIBUTEN)}
    kopie.fouten.sort(key=lambda f: (volgorde.get(f[0], 9), f[1], len(f[2]), f[2]))
    return kopie
