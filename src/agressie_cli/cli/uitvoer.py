"""Wat de gebruiker ziet, op één plek: de tekst op het scherm en de JSON voor scripts, uit de dataclasses
en rijen die het domein teruggeeft. Datums in tekst als 23-11-2026 of 23 november 2026, in JSON als 2026-11-23."""

from __future__ import annotations

import dataclasses
import json
import sys
from datetime import date, time
from typing import TYPE_CHECKING, Any

import typer

from agressie_cli.cli.veldwoorden import in_opties
from agressie_cli.domein import nederlands
from agressie_cli.domein.duur import Duur
from agressie_cli.domein.nederlands import aantal as aantal
from agressie_cli.domein.nederlands import kort, tot_en_met, voluit
from agressie_cli.domein.nederlands import opsomming as opsomming
from agressie_cli.domein.rijen import IncidentRij, MaatregelRij

if TYPE_CHECKING:
    from agressie_cli.handelingen.doorsturen import Doorgestuurd, Verzonden
    from agressie_cli.handelingen.nazorg import Nazorg
    from agressie_cli.handelingen.registreren import Aangevuld, FormulierenGemeld, Gemeld, Meldformulier, Samengevoegd
    from agressie_cli.handelingen.verplichtingen import Verplichtingen


def naar_json(waarde: Any) -> Any:
    """Dataclasses, datums, tijden en duren naar JSON-waarden (datum ISO, tijd UU:MM, duur maanden of 'onbepaald'),
    zoals de records van de rijen (domein/jsonvorm.py)."""
    from agressie_cli.domein.jsonvorm import json_waarde

    if isinstance(waarde, Duur):  # vóór de andere dataclasses: een duur is één waarde
        return json_waarde(waarde)
    if dataclasses.is_dataclass(waarde) and not isinstance(waarde, type):
        return {f.name: naar_json(getattr(waarde, f.name)) for f in dataclasses.fields(waarde)}
    if isinstance(waarde, (list, tuple)):
        return [naar_json(w) for w in waarde]
    if isinstance(waarde, dict):
        return {k: naar_json(v) for k, v in waarde.items()}
    return json_waarde(waarde)


def is_utf8(stroom: Any) -> bool:
    """Kan deze uitvoer elke naam tonen? Een omgeleide uitvoer op Windows is cp1252 (2.5)."""
    return (getattr(stroom, "encoding", None) or "utf-8").lower().replace("-", "").startswith("utf8")


def druk_json(gegevens: Any) -> None:
    tekst = json.dumps(naar_json(gegevens), ensure_ascii=False, indent=2, default=str) + "\n"
    stroom = sys.stdout
    if not is_utf8(stroom) and hasattr(stroom, "buffer"):
        stroom.flush()  # JSON is altijd UTF-8, ook als Windows de uitvoer cp1252 geeft (2.5)
        stroom.buffer.write(tekst.encode("utf-8"))
        stroom.buffer.flush()
        return
    typer.echo(tekst, nl=False)


# --- de terminal: breedte en kleur (3.6) -------------------------------------------------------------

_KLEUREN = {"VERLOPEN": "red", "Fout:": "red", "Let op": "yellow"}
_MIN_KOLOM = 8  # smaller wordt een kolom niet; de tabel mag dan toch breder zijn dan het venster


def is_terminal(err: bool = False) -> bool:
    """Gaat de uitvoer naar een venster (niet naar een bestand, een pijp of een script)?"""
    stroom = sys.stderr if err else sys.stdout
    try:
        return bool(stroom.isatty())
    except (AttributeError, ValueError):
        return False


def kleur_aan(err: bool = False) -> bool:
    """Kleur alleen in een venster dat het kan: niet met NO_COLOR (no-color.org), niet bij TERM=dumb, niet als de
    uitvoer een bestand of pijp is (dus ook nooit in --json naar een script); op Windows alleen als de console
    ANSI-kleuren aankan (de virtuele-terminalmodus van Windows 10 en later)."""
    import os

    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb" or not is_terminal(err):
        return False
    return os.name != "nt" or _windows_ansi(err)


def _windows_ansi(err: bool) -> bool:  # pragma: no cover - alleen op Windows
    try:
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.GetStdHandle(-12 if err else -11)  # STD_ERROR_HANDLE / STD_OUTPUT_HANDLE
        modus = ctypes.c_uint32()
        if not kernel32.GetConsoleMode(handle, ctypes.byref(modus)):
            return False
        return bool(kernel32.SetConsoleMode(handle, modus.value | 0x0004))  # ENABLE_VIRTUAL_TERMINAL_PROCESSING
    except Exception:
        return False


def _kleur(tekst: str) -> str:
    for woord, naam in _KLEUREN.items():
        tekst = tekst.replace(woord, typer.style(woord, fg=naam, bold=True))
    return tekst


def zeg(tekst: str, err: bool = False) -> None:
    """typer.echo met VERLOPEN en Fout: in rood, Let op in geel, als de terminal kleur aankan (kleur_aan). Achteraf op
    de hele tekst, zodat de breedte van een tabel niet verandert. color=True: Click haalt de kleur anders weg op
    Windows zonder colorama, ook als de console hem kan tonen."""
    if kleur_aan(err) and any(woord in tekst for woord in _KLEUREN):
        typer.echo(_kleur(tekst), err=err, color=True)
        return
    typer.echo(tekst, err=err)


def pas_in_venster(rijen: list[list], koppen: list[str]) -> list[list]:
    """Een tabel die breder is dan het venster: de breedste kolommen worden smaller en hun tekst loopt door op de
    volgende regel (3.6). Alleen in een venster (shutil.get_terminal_size); naar een bestand of pijp blijft elke rij
    één regel. Koppen worden nooit afgebroken."""
    import shutil
    import textwrap

    if not rijen or not is_terminal():
        return rijen
    breedte = shutil.get_terminal_size((120, 24)).columns
    cellen = [["" if c is None else str(c) for c in rij] for rij in rijen]
    # Zoals tabulate (opmaak 'simple') meet: een kolom is minstens de kop plus 2 breed, met 2 spaties ertussen.
    kolommen = [
        max([len(kop) + 2, *(max((len(d) for d in rij[i].splitlines()), default=0) for rij in cellen)])
        for i, kop in enumerate(koppen)
    ]
    ruimte = breedte - 1 - 2 * (len(koppen) - 1)
    if sum(kolommen) <= ruimte:
        return rijen
    minimum = [max(len(kop) + 2, _MIN_KOLOM) for kop in koppen]
    while sum(kolommen) > ruimte:
        i = max(range(len(kolommen)), key=lambda k: (kolommen[k] > minimum[k], kolommen[k]))  # de breedste eerst
        if kolommen[i] <= minimum[i]:
            break
        kolommen[i] -= 1
    return [
        [
            "\n".join(textwrap.wrap(c, kolommen[i], break_long_words=True, break_on_hyphens=False) or [""])
            if len(c) > kolommen[i]
            else rij[i]
            for i, c in enumerate(rij_tekst)
        ]
        for rij, rij_tekst in zip(rijen, cellen, strict=True)
    ]


def tabel(rijen: list[list], koppen: list[str], **opties: Any) -> str:
    from tabulate import tabulate

    return tabulate(pas_in_venster(rijen, koppen), headers=koppen, **opties)


def tekst_tabel(rijen: list[list], koppen: list[str], rechts: tuple[int, ...] = ()) -> str:
    """Dezelfde tabel als tabel() (tabulate, opmaak 'simple'), voor een lange lijst zonder tabulate: die raadt het type
    van elke cel en kost bij duizenden regels (agressie termijnen) meer dan de rest van het commando. De kolommen in
    `rechts` (getallen) staan rechts, de andere links. Bij wat tabulate anders behandelt (een cel met een regeleinde of
    een escapecode, of tekens buiten ASCII als wcwidth geïnstalleerd is) gewoon tabulate."""
    rijen = pas_in_venster(rijen, koppen)
    cellen = [["" if c is None else str(c).strip() for c in rij] for rij in rijen]
    tekst = "".join("".join(rij) for rij in cellen)
    if "\n" in tekst or "\r" in tekst or "\x1b" in tekst or (not tekst.isascii() and _wcwidth_aanwezig()):
        return tabel(
            rijen,
            koppen,
            disable_numparse=True,
            colalign=tuple("right" if i in rechts else "left" for i in range(len(koppen))),
        )
    breedtes = [max(len(kop) + 2, max((len(rij[i]) for rij in cellen), default=0)) for i, kop in enumerate(koppen)]

    def regel(waarden: list[str]) -> str:
        return "  ".join(
            w.rjust(b) if i in rechts else w.ljust(b) for i, (w, b) in enumerate(zip(waarden, breedtes, strict=True))
        ).rstrip()

    return "\n".join([regel(koppen), regel(["-" * b for b in breedtes]), *map(regel, cellen)])


def _wcwidth_aanwezig() -> bool:
    """tabulate meet met wcwidth (als dat geïnstalleerd is) de breedte van tekens buiten ASCII anders."""
    from importlib.util import find_spec

    return find_spec("wcwidth") is not None


def toon_waarde(waarde: Any) -> str:
    """Een registerwaarde zoals de gebruiker hem leest (bij aanvullen: oud -> nieuw)."""
    if waarde is None or waarde == [] or waarde == "":
        return "(leeg)"
    if isinstance(waarde, bool):
        return "ja" if waarde else "nee"
    if isinstance(waarde, list):
        return ", ".join(waarde)
    if isinstance(waarde, date):
        return kort(waarde)
    if isinstance(waarde, time):
        return nederlands.tijd_invoer(waarde)
    return str(waarde)


def veldnaam(sleutel: str) -> str:
    """Hoe de gebruiker een veld leest: 'adres', 'vorm'; een sleutel met een liggend streepje heet naar zijn kolom
    ('bezoekers getuige', 'materiële schade'), nooit de interne naam 'bezoekers_getuige' (3.1)."""
    if "_" not in sleutel:
        return sleutel
    from agressie_cli.domein.velden import INCIDENT, PERSOON

    kop = next((v.kop for v in (*INCIDENT, *PERSOON) if v.sleutel == sleutel), sleutel.replace("_", " "))
    return kop[:1].lower() + kop[1:]


def personen_json(personen: list[dict]) -> list[dict]:
    """De personen van 'bedoelt u' (advies, brief): de velden met de vorm "persoon" (domein/velden.py)."""
    from agressie_cli.domein.jsonvorm import PERSOON, json_record

    return [json_record(p, "Personen", PERSOON) for p in personen]


def nog_open_twijfel(kandidaten: list[dict], persoon: str | None) -> None:
    """Advies en brief herhalen de vraag 'bedoelt u' tot de coördinator haar met `samenvoegen` beantwoordt."""
    for k in kandidaten:
        zeg(
            f"Let op: bedoelt u {k['persoon']} {k.get('naam')}? Dan telt diens geschiedenis hier niet mee. "
            f"Dezelfde persoon: agressie samenvoegen {persoon} --in {k['persoon']}; "
            f"een ander: agressie samenvoegen {persoon} --niet {k['persoon']}",
            err=True,
        )


def ontbrekend(incident: IncidentRij) -> list[str]:
    return [v for v in (incident.get("ontbrekend") or "").split(", ") if v]


# --- melden en aanvullen --------------------------------------------------------------------------


def melden_json(g: Gemeld) -> dict:
    """Het geregistreerde incident (de velden met de vorm "melden", domein/velden.py), de naam van de persoon en wat
    de registratie verder opleverde."""
    return {
        **g.velden,
        "naam": g.naam,
        "nieuw_persoon": g.nieuw_persoon,
        "ontbrekend": list(g.ontbrekend),
        "bedoelt_u": [{"persoon": k.persoon, "naam": k.naam} for k in g.bedoelt_u],
        "mogelijk_dubbel": list(g.mogelijk_dubbel),
    }


def melden(g: Gemeld, als_json: bool) -> None:
    if als_json:
        druk_json(melden_json(g))
        return
    typer.echo(
        f"Incident {g.incident} geregistreerd voor persoon {g.persoon} ({g.naam})"
        + (" (nieuwe persoon)." if g.nieuw_persoon else ".")
    )
    typer.echo(f"Datum van het incident: {voluit(g.datum)} ({kort(g.datum)}).")  # 3.6: elke bevestiging noemt hem
    for b in g.bedoelt_u:
        zeg(
            f"Let op: bedoelt u {b.persoon} {b.naam}? Koppel dan met: agressie aanvullen {g.incident} "
            f"--persoon {b.persoon} (of alles: agressie samenvoegen {g.persoon} --in {b.persoon}); "
            f"een ander mens: agressie samenvoegen {g.persoon} --niet {b.persoon}"
        )
    for nummer in g.mogelijk_dubbel:
        zeg(
            f"Let op: lijkt dubbel met {nummer} (dezelfde persoon, dezelfde dag). Was het één voorval, trek dan "
            f'een van beide in: agressie intrekken {g.incident} --reden "dubbel gemeld, zie {nummer}"',
            err=True,
        )
    typer.echo(f"Status: {g.status}.")
    if g.ontbrekend:
        typer.echo(f"Nog aan te vullen: {', '.join(g.ontbrekend)} (agressie aanvullen {g.incident} ...).")
    typer.echo(f"Advies: agressie advies {g.incident}")


def aanvullen(a: Aangevuld, als_json: bool) -> None:
    if als_json:
        druk_json(
            {
                "incident": a.incident,
                "persoon": a.persoon,
                "status": a.status,
                "ontbrekend": list(a.ontbrekend),
                "gewijzigd": [
                    {"veld": w.veld, "oud": toon_waarde(w.oud), "nieuw": toon_waarde(w.nieuw)} for w in a.gewijzigd
                ],
                "persoon_verwijderd": a.persoon_verwijderd,
            }
        )
        return
    if not a.gewijzigd:
        typer.echo(f"Incident {a.incident}: niets gewijzigd (de waarden stonden er al).")
        return
    typer.echo(f"Incident {a.incident} aangevuld:")
    for w in a.gewijzigd:
        typer.echo(f"  {veldnaam(w.veld)}: {toon_waarde(w.oud)} -> {toon_waarde(w.nieuw)}")
    if a.persoon_verwijderd:
        typer.echo(
            f"Persoon {a.persoon_verwijderd} had geen incidenten meer en is opgegaan in {a.persoon}: "
            "de rij blijft leeg staan, het nummer komt niet terug (vastgelegd in het logboek)."
        )
    typer.echo(f"Status: {a.status}." + (f" Nog aan te vullen: {', '.join(a.ontbrekend)}." if a.ontbrekend else ""))


def samenvoegen(s: Samengevoegd, als_json: bool) -> None:
    if s.niet_dezelfde is not None:
        if als_json:
            druk_json({"persoon": s.persoon, "niet_dezelfde": s.niet_dezelfde})
        else:
            typer.echo(
                f"Vastgelegd: {s.persoon} en {s.niet_dezelfde} zijn verschillende personen; de vraag 'bedoelt u' stopt."
            )
        return
    if als_json:
        druk_json(
            {
                "persoon": s.persoon,
                "verwijderd": s.verwijderd,
                "incidenten": list(s.incidenten),
                "aangevuld": list(s.aangevuld),
                "niet_overgenomen": list(s.niet_overgenomen),
                "was_niet_dezelfde": s.was_niet_dezelfde,
            }
        )
        return
    typer.echo(
        f"{s.verwijderd} is opgegaan in {s.persoon}: de rij van {s.verwijderd} blijft leeg staan met "
        "'Samengevoegd in', het nummer komt niet terug (vastgelegd in het logboek)."
    )
    typer.echo(f"Incidenten verplaatst naar {s.persoon}: {', '.join(s.incidenten) or 'geen'}.")
    if s.was_niet_dezelfde:
        zeg(f"Let op: {s.verwijderd} en {s.persoon} waren eerder vastgelegd als verschillende personen.")
    if s.aangevuld:
        typer.echo(f"Aangevuld bij {s.persoon} (was leeg): {', '.join(s.aangevuld)}.")
    if s.niet_overgenomen:
        typer.echo(
            f"Niet overgenomen (bij {s.persoon} stond al iets anders): {', '.join(s.niet_overgenomen)}. "
            f"Controleer ze met: agressie historie {s.persoon}"
        )
    typer.echo(f"Het advies telt nu alle incidenten mee: agressie historie {s.persoon}")


# --- opvragen -------------------------------------------------------------------------------------


def klasse_json(classificatie: str, waarde: Any) -> dict[str, Any]:
    """Naast de eigen sleutel van het profiel ("ernst" of "gedrag") een vaste (3.6): "klasse" met de waarde en
    "klasse_sleutel" met de naam van de classificatie, zodat een script voor elke gemeente hetzelfde leest."""
    return {"klasse": waarde, "klasse_sleutel": classificatie}


def lijst(rijen: list[IncidentRij], klasse: str, als_json: bool) -> None:
    if als_json:
        from agressie_cli.domein.jsonvorm import LIJST, json_record

        # De velden met json "lijst" (domein/velden.py), daarna de stand van het incident.
        druk_json(
            [
                {
                    **json_record(i, "Incidenten", LIJST, klasse),
                    **klasse_json(klasse, i.get(klasse)),
                    "status": i.get("status"),
                    "ontbrekend": ontbrekend(i),
                }
                for i in rijen
            ]
        )
        return
    if not rijen:
        typer.echo("Geen incidenten gevonden.")
        return
    typer.echo(
        tabel(
            [
                [
                    i.get("incident"),
                    kort(i.get("datum")),
                    i.get("persoon"),
                    i.get("naam"),
                    i.get("kanaal"),
                    i.get(klasse),
                    i.get("status"),
                ]
                for i in rijen
            ],
            ["Incident", "Datum", "Persoon", "Naam", "Kanaal", klasse.capitalize(), "Status"],
        )
    )
    typer.echo(aantal(len(rijen), "incident", "incidenten") + ".")


def historie(h: Any, venster_maanden: int, als_json: bool) -> None:
    klasse = h.classificatie
    if als_json:
        # De velden met json "historie" (domein/velden.py) van de persoon, elk incident en elke maatregel, met wat de
        # historie erbij uitrekent (het venster, of een verbod loopt, de herzieningen).
        druk_json(
            {
                **h.velden,
                "peildatum": h.peildatum,
                "venster_vanaf": h.venster_vanaf,
                "incidenten": [
                    {
                        **i.velden,
                        **klasse_json(klasse, i.klasse),
                        "status": i.status,
                        "binnen_venster": i.binnen_venster,
                    }
                    for i in h.incidenten
                ],
                "maatregelen": [_maatregel_historie(m) for m in h.maatregelen],
                "binnen_venster": h.binnen_venster,
                "actieve_verboden": [_maatregel_historie(m, alles=True) for m in h.actieve_verboden],
            }
        )
        return
    typer.echo(
        f"{h.persoon}  {h.naam or NAAM_ONTBREEKT}" + (f"  (geboren {kort(h.geboortedatum)})" if h.geboortedatum else "")
    )
    typer.echo(
        f"Venster: {venster_maanden} maanden, vanaf {voluit(h.venster_vanaf)} tot de peildatum {voluit(h.peildatum)}."
    )
    if h.actieve_verboden:
        for v in h.actieve_verboden:
            einde = tot_en_met(v.einde, datum=kort)
            typer.echo(f"LOPEND VERBOD: {v.label} ({v.soort}), vanaf {kort(v.ingang)} {einde}.")
    else:
        typer.echo("Geen lopend verbod.")
    typer.echo("\nIncidenten:")
    typer.echo(
        tabel(
            [
                [
                    i.incident,
                    kort(i.datum),
                    i.kanaal,
                    i.klasse,
                    ", ".join(i.vorm),
                    i.status,
                    "ja" if i.binnen_venster else "nee",
                ]
                for i in h.incidenten
            ],
            ["Incident", "Datum", "Kanaal", klasse.capitalize(), "Vorm", "Status", "Binnen venster"],
        )
    )
    typer.echo("\nMaatregelen:")
    if h.maatregelen:
        typer.echo(
            tabel(
                [
                    [
                        m.maatregel,
                        m.incident,
                        m.soort,
                        kort(m.datum),
                        kort(m.ingang),
                        kort(m.einde) or ("onbepaald" if m.duur is not None and m.duur.onbepaald else ""),
                        "ja" if m.actief else "",
                        "ja" if m.afwijking else "",
                    ]
                    for m in h.maatregelen
                ],
                ["Maatregel", "Incident", "Soort", "Datum", "Ingang", "Einde", "Loopt", "Afwijking"],
            )
        )
        for m in h.maatregelen:
            if m.status == "vervangen":
                typer.echo(f"  {m.maatregel} is vervangen door {m.vervangen_door}; telt niet meer mee")
            elif m.status == "ingetrokken":
                was = (
                    f" (was per {kort(m.vervangen_per)} vervangen door het zwaardere verbod {m.vervangen_door})"
                    if m.vervangen_per is not None
                    else ""
                )
                typer.echo(f"  {m.maatregel} is ingetrokken op {kort(m.ingetrokken)}{was}; reden: {m.reden}")
            elif m.vervangen_per is not None:
                typer.echo(
                    f"  {m.maatregel} is vervangen door het zwaardere verbod {m.vervangen_door} (per "
                    f"{kort(m.vervangen_per)}); loopt sindsdien niet meer, telt wel mee als eerdere maatregel"
                )
            if m.afwijking:
                typer.echo(f"  {m.maatregel} wijkt af van het advies; reden: {m.toelichting or '(niet vastgelegd)'}")
            _na_de_brief(m)
    else:
        typer.echo("  (geen)")


def _na_de_brief(m: Any) -> None:
    """3.4: reacties, verzoeken, herzieningen, opgeheven en wanneer het lopende verbod herzien wordt."""
    for r in getattr(m, "reacties", []):
        typer.echo(f"  {m.maatregel}: reactie op {kort(r.datum)} ({r.vorm})")
    for v in getattr(m, "verzoeken", []):
        typer.echo(f"  {m.maatregel}: verzoek om beëindigen of herzien op {kort(v.datum)}")
    for h in getattr(m, "herzieningen", []):
        typer.echo(f"  {m.maatregel}: herzien op {kort(h.datum)}: {h.uitkomst}" + (f" ({h.nieuw})" if h.nieuw else ""))
    if getattr(m, "opgeheven", None) is not None:
        typer.echo(
            f"  {m.maatregel} is opgeheven: gold tot en met {kort(m.opgeheven)}; telt wel mee als eerdere maatregel"
        )
    if getattr(m, "herzien_op", None) is not None:
        typer.echo(f"  {m.maatregel} herzien uiterlijk {kort(m.herzien_op)}: agressie herzien {m.maatregel}")


def _maatregel_historie(m: Any, alles: bool = False) -> dict:
    """Een maatregel in historie --json: de velden met json "historie" (domein/velden.py) en wat de historie erbij
    uitrekent; 'gesprek' en 'afspraken' alleen waar ze er zijn (ordegesprek), behalve bij de lopende verboden."""
    uitkomst = naar_json(m)
    uitkomst.update(uitkomst.pop("velden"))
    if not alles and m.gesprek is None:
        del uitkomst["gesprek"]
    if not alles and not m.afspraken:
        del uitkomst["afspraken"]
    return uitkomst


def advies_json(a: Any) -> dict:
    uitkomst = {
        "incident": a.incident,
        "soort": a.soort,
        "label": a.label,
        "aangifte": a.aangifte,
        "herhaling": a.herhaling,
        "regel": a.regel,
        "uitleg": " ".join(in_opties(regel) for regel in a.uitleg),
        "uiterlijk": a.uiterlijk,
        "brief": a.brief,
        "meegeteld": a.meegeteld,
        "buiten_venster": a.buiten_venster,
        "maatregelen_meegeteld": a.maatregelen_meegeteld,
        "actieve_verboden": a.actieve_verboden,
        "informeren": a.informeren,
        "overtreding": a.overtreding,
        "handhaven": a.handhaven,  # top van de ladder: dit lopende verbod blijft gelden
        "vervolg": None,
        "waarschuwingen": a.waarschuwingen,
        "keuze": a.keuze,
        "bedoelt_u": personen_json(a.bedoelt_u),
        "beslist": a.beslist,  # 3.1: de burgemeester bij een politiek ambtsdrager (Losser 9); null: leidinggevende
    }
    if a.vervolg:
        d = a.vervolg.duur
        uitkomst["vervolg"] = {
            "soort": a.vervolg.soort,
            "duur_maanden": d.maanden if d else None,
            "onbepaald": bool(d and d.onbepaald),
            "duur_bepalen": a.vervolg.duur_bepalen,
        }
    if a.periode and not a.duur_bepalen:
        uitkomst["duur_maanden"] = a.duur.maanden if a.duur else None
        uitkomst["onbepaald"] = bool(a.duur and a.duur.onbepaald)
    elif not a.periode:
        uitkomst["duur_maanden"] = None
        uitkomst["onbepaald"] = False
    else:
        uitkomst["duur_bepalen"] = True  # Losser: leidinggevende en medewerker bepalen de duur
    return uitkomst


def advies(a: Any, als_json: bool) -> None:
    if als_json:
        druk_json(advies_json(a))
        return
    typer.echo(f"Advies voor incident {a.incident}: {a.label}" + (f" ({a.soort})" if a.soort else ""))
    typer.echo(f"Regel: {a.regel}")
    if a.handhaven:
        typer.echo(f"Het lopende verbod {a.handhaven} blijft gelden; er is geen zwaardere maatregel.")
    if a.vervolg:
        typer.echo(
            f"Daarna (zwaardere maatregel): {a.vervolg.soort}"
            + ("" if a.vervolg.duur_bepalen else f", {(a.vervolg.duur or Duur.onbepaalde_tijd()).tekst()}")
        )
    if a.periode:
        if a.duur_bepalen:
            typer.echo(f"Periode: door {a.beslist or 'leidinggevende en medewerker'} te bepalen (--duur).")
        else:
            typer.echo(f"Periode: {(a.duur or Duur.onbepaalde_tijd()).tekst()}")
    typer.echo(f"Aangifte/melding bij de politie: {'ja' if a.aangifte else 'nee'}")
    typer.echo(f"Meegeteld (binnen het venster): {', '.join(a.meegeteld) or 'geen eerdere incidenten'}")
    if a.maatregelen_meegeteld:
        typer.echo(f"Eerdere maatregelen: {', '.join(a.maatregelen_meegeteld)}")
    if a.actieve_verboden:
        typer.echo(f"Lopende verboden (tellen altijd mee): {', '.join(a.actieve_verboden)}")
    if a.buiten_venster:
        typer.echo(f"Buiten het venster (telt niet mee): {', '.join(a.buiten_venster)}")
    for regel in a.uitleg:
        typer.echo(f"- {in_opties(regel)}")
    typer.echo(f"Informeren: {', '.join(a.informeren)}")
    if a.uiterlijk:
        typer.echo(f"Maatregel meedelen uiterlijk {voluit(a.uiterlijk)}.")
    for waarschuwing in a.waarschuwingen:
        typer.echo(waarschuwing, err=True)
    nog_open_twijfel(a.bedoelt_u, a.persoon)
    if a.brief:
        typer.echo(f"Brief maken: agressie brief {a.incident}")
    elif a.keuze:
        keuzes = " of --soort ".join(a.keuze)
        typer.echo(f'Brief maken: agressie brief {a.incident} --soort {keuzes} --duur ... --toelichting "..."')


# Een persoon zonder naam in het register: een verwijderde rij of een verwijderd blad Personen (3.3), of opgeschoond.
NAAM_ONTBREEKT = "(naam ontbreekt in het register)"


def verboden(rijen: list[Any], peildatum: date, als_json: bool, bezoeken: list[Any] | None = None) -> None:
    if als_json:
        # De lijst blijft een lijst van verboden; het verwachte bezoek staat in termijnen --json.
        druk_json([verbod_json(r) for r in rijen])
        return
    _verboden_tabel(rijen, peildatum)
    for b in bezoeken or []:
        # Geertruidenberg 3.3: "moet de receptie, het interventieteam en het mogelijk betrokken deelcluster
        # gewaarschuwd worden".
        om = f" om {nederlands.tijd_voluit(b.tijd)}" if b.tijd else ""
        typer.echo(f"Verwacht bezoek{om}: {b.naam or NAAM_ONTBREEKT} ({b.persoon}); {b.waarschuwen}.")


def verbod_json(v: Any) -> dict:
    """Een lopend verbod in verboden --json: wat de lijst voor de receptie zegt, en de velden met json "verboden"
    (domein/velden.py) van de maatregel en de persoon."""
    uitkomst = naar_json(v)
    velden = uitkomst.pop("velden")
    return {**uitkomst, **velden}


def _verboden_tabel(rijen: list[Any], peildatum: date) -> None:
    if not rijen:
        typer.echo(f"Geen lopende toegangs- of belverboden op {kort(peildatum)}.")
        return
    typer.echo(f"Lopende verboden op {kort(peildatum)}:")
    notities = [
        f"  {r.maatregel} ({r.persoon}) wordt per {kort(r.vervangen_per)} vervangen door {r.vervangen_door}."
        for r in rijen
        if r.vervangen_door
    ] + [f"  {r.maatregel} ({r.persoon}) vervangt {opsomming(r.vervangt)}." for r in rijen if r.vervangt]
    typer.echo(
        tabel(
            [
                [
                    r.persoon,
                    r.naam or NAAM_ONTBREEKT,  # de receptie ziet altijd wiens verbod het is (3.3)
                    r.label,
                    "ja" if r.toegang else "",
                    "ja" if r.bellen else "",
                    kort(r.ingang),
                    kort(r.einde) if r.einde else "onbepaald",
                ]
                for r in rijen
            ],
            ["Persoon", "Naam", "Verbod", "Geen toegang", "Niet bellen", "Ingang", "Einde (t/m)"],
        )
    )
    for notitie in notities:
        typer.echo(notitie)


def verbodenlijst(lijst: Any, als_json: bool) -> None:
    """De lijst voor de receptie als bestand (verboden --uit)."""
    if als_json:
        druk_json(
            {
                "bestand": str(lijst.bestand),
                "peildatum": lijst.peildatum,
                "gemaakt": lijst.gemaakt,
                "aantal": len(lijst.verboden),
                "verboden": [verbod_json(r) for r in lijst.verboden],
            }
        )
        return
    typer.echo(
        f"Lijst voor de receptie gemaakt: {lijst.bestand} "
        f"({aantal(len(lijst.verboden), 'verbod', 'verboden')} op {kort(lijst.peildatum)})."
    )
    typer.echo("Vertrouwelijk: vervang de vorige afgedrukte lijst en vernietig die.")


def termijn_json(t: Any) -> dict:
    return {
        "soort": t.soort,
        "incident": t.incident,
        "persoon": t.persoon,
        "uiterlijk": t.uiterlijk,
        "dagen": t.dagen,
        "verlopen": t.verlopen,
        "omschrijving": t.omschrijving,
        "opdracht": t.opdracht,
    }


def termijnen(items: list[Any], actueel: list[Any], achterstand: list[Any], dagen: int, als_json: bool) -> None:
    if als_json:
        druk_json([termijn_json(t) for t in items])
        return
    if not items:
        typer.echo("Niets open.")
        return
    if actueel:
        zeg(
            tekst_tabel(
                [
                    [
                        ("VERLOPEN " if t.verlopen else "") + kort(t.uiterlijk),
                        t.dagen,
                        t.soort,
                        t.incident or "",
                        t.omschrijving,
                    ]
                    for t in actueel
                ],
                ["Uiterlijk", "Dagen", "Wat", "Incident", "Omschrijving"],
                rechts=(1,),
            )
        )
    if achterstand:
        incidenten = len({t.incident for t in achterstand})
        typer.echo(
            ("\n" if actueel else "")
            + f"Daarnaast {len(achterstand)} {'termijn' if len(achterstand) == 1 else 'termijnen'} bij {incidenten} "
            f"{'incident' if incidenten == 1 else 'incidenten'} die al meer dan {dagen} dagen verlopen "
            f"{'is' if len(achterstand) == 1 else 'zijn'} (de oudste op {kort(achterstand[0].uiterlijk)}). "
            "Toon ze met: agressie termijnen --alles\n"
            "Is een incident klaar, sluit het dan af: agressie afsluiten NUMMER"
        )


# --- besluiten ------------------------------------------------------------------------------------


def maatregel_json(
    m: MaatregelRij, status: str | None = None, te_laat: bool = False, vervangt_verbod: list[str] | None = None
) -> dict:
    """De vastgelegde maatregel in maatregel --json en brief --json: de velden met json "maatregel" (domein/velden.py)
    en wat het besluit erbij zegt."""
    from agressie_cli.domein.jsonvorm import MAATREGEL, json_record

    duur = m.get("duur")
    return {
        **json_record(m, "Maatregelen", MAATREGEL),
        "duur_maanden": duur.maanden if duur is not None else None,
        "onbepaald": duur is not None and duur.onbepaald,
        "afwijking": bool(m["afwijking"]),
        "te_laat": te_laat,
        **({"status": status} if status is not None else {}),
        **({"bedrag": m["bedrag"]} if m.get("bedrag") else {}),  # aansprakelijkstelling: "1250,00"
        "vervangt_verbod": vervangt_verbod or [],  # 3.1: de lopende verboden die dit zwaardere verbod vervangt
    }


def vervangt_verbod(m: MaatregelRij, vervangt: list[str]) -> None:
    if len(vervangt) == 1:
        typer.echo(
            f"Vervangt het lopende verbod {vervangt[0]} vanaf {kort(m.get('ingang'))}: dat loopt dan niet meer "
            "(het blijft een eerdere maatregel)."
        )
    elif vervangt:
        typer.echo(
            f"Vervangt de lopende verboden {opsomming(vervangt)} vanaf {kort(m.get('ingang'))}: die lopen dan niet "
            "meer (ze blijven eerdere maatregelen)."
        )


def periode(m: MaatregelRij) -> None:
    duur = m.get("duur")
    if duur is not None and duur.onbepaald:
        typer.echo(f"Periode: {nederlands.periode(m['ingang'], None, True)}.")
    elif m.get("einde") and duur is not None:
        typer.echo(f"Periode: {duur.maanden} maanden, vanaf {voluit(m['ingang'])} {tot_en_met(m['einde'], False)}.")


def brieven(
    brieven: list[Any],
    fouten: list[tuple[str, str]],
    pdfs: dict,
    pdf_fout: str | None,
    enkel: bool,
    als_json: bool,
    vervangt: dict[str, list[str]] | None = None,
    artikel_melding: str = "",
    afschriften: dict[str, Any] | None = None,
) -> None:
    """Wat `agressie brief` zegt: per brief het bestand, de maatregel en de periode; daarna wat niet lukte.
    `artikel_melding`: de verwijzing naar het eigen protocol (Profiel.artikel("melding"), bijvoorbeeld ' (4.2)').
    `afschriften`: per maatregel het afschrift aan politie en receptie (3.4)."""
    afschriften = afschriften or {}
    if als_json:
        regels = [
            {
                **maatregel_json(
                    b.maatregel, te_laat=bool(b.te_laat), vervangt_verbod=(vervangt or {}).get(b.maatregel["maatregel"])
                ),
                "vervangt": b.vervangen,
                "nieuw": not b.bestaand,
                "bestand": str(b.pad),
                "pdf": str(pdfs[b.pad]) if b.pad in pdfs else None,
                "pdf_fout": pdf_fout,
                "bedoelt_u": personen_json(b.bedoelt_u),
                "waarschuwingen": list(getattr(b, "waarschuwingen", [])),
                **_afschrift_json(afschriften.get(b.maatregel["maatregel"])),
            }
            for b in brieven
        ]
        druk_json(
            regels[0] if enkel else {"brieven": regels, "fouten": [{"incident": n, "melding": m} for n, m in fouten]}
        )
        return
    for b in brieven:
        m = b.maatregel
        if b.bestaand:
            typer.echo(f"Brief bestond al (geen nieuwe maatregel): {b.pad}")
            if b.pad in pdfs:
                typer.echo(f"PDF: {pdfs[b.pad]}")
            continue
        typer.echo(f"Brief gemaakt: {b.pad}")
        if b.pad in pdfs:
            typer.echo(f"PDF: {pdfs[b.pad]}")
        typer.echo(f"Maatregel {m['maatregel']} vastgelegd bij {m['incident']}: {m['label']} ({m['soort']}).")
        periode(m)
        if m.get("bedrag"):
            from agressie_cli.domein.schade import geclaimd

            typer.echo(f"Geclaimd bedrag: {geclaimd(m) or m['bedrag']}.")
        if b.vervangen:
            typer.echo(f"Vervangt {', '.join(b.vervangen)}: die maatregel telt niet meer mee.")
        vervangt_verbod(m, (vervangt or {}).get(m["maatregel"], []))
        if b.afwijking:
            typer.echo(f"{b.afwijking} Reden (vastgelegd): {m.get('toelichting')}")
        if b.te_laat:
            typer.echo(b.te_laat, err=True)
        if b.ontbrekend:
            zeg(
                f"Let op: de melding is nog niet compleet{artikel_melding}; ontbreekt: {', '.join(b.ontbrekend)}.",
                err=True,
            )
        for waarschuwing in getattr(b, "waarschuwingen", []):
            typer.echo(waarschuwing, err=True)
        afschrift_van_brief(afschriften.get(m["maatregel"]))
        nog_open_twijfel(b.bedoelt_u, m.get("persoon"))
    for nummer, melding in fouten:
        typer.echo(f"Niet gemaakt voor {nummer}: {melding}", err=True)
    if not enkel:
        typer.echo(f"{aantal(len(brieven), 'brief', 'brieven')} gemaakt, {len(fouten)} niet.")


def _afschrift_json(a: Any) -> dict:
    """De sleutels van --json over het afschrift (3.4): het pad van het concept (of null), aan wie, met de brief als
    PDF, en waarom het niet of zonder PDF gemaakt is. Zonder afschrift (de soort krijgt er geen): geen sleutels."""
    if a is None:
        return {}
    return {
        "afschrift": str(a.bestand) if a.bestand is not None else None,
        "afschrift_aan": list(a.aan),
        "afschrift_met_pdf": a.met_pdf,
        "afschrift_melding": a.melding or None,
    }


def afschrift_van_brief(a: Any) -> None:
    """Het afschrift aan politie en receptie (3.4) onder de brief; wat ontbreekt op stderr."""
    if a is None:
        return
    if a.bestand is not None:
        typer.echo(
            f"Afschrift aan {opsomming(a.aan)} klaargezet (opent in Outlook als concept): {a.bestand}. "
            f"Na het versturen: agressie verzonden {a.maatregel} --afschrift"
        )
    if a.melding:
        typer.echo(f"Let op: {a.melding}", err=True)


# --- het meldformulier (2.7) -----------------------------------------------------------------------


def meldformulier(m: Meldformulier, als_json: bool) -> None:
    if als_json:
        druk_json({"bestand": str(m.bestand), "gemeente": m.gemeente, "datum": m.datum, "vragen": list(m.vragen)})
        return
    typer.echo(f"Meldformulier gemaakt: {m.bestand} ({len(m.vragen)} vragen, gemeente {m.gemeente}).")
    typer.echo("Medewerkers vullen het zelf in; registreer een ingevuld formulier met: agressie melden --formulier PAD")


def formulier_gelezen(bestand: str, gelezen: list[tuple[str, str]]) -> None:
    """Aan de terminal, vóór de vraag of het formulier geregistreerd wordt: wat erin stond."""
    typer.echo(f"Gelezen uit {bestand}:")
    breedte = max((len(vraag) for vraag, _ in gelezen), default=0)
    for vraag, antwoord in gelezen:
        regels = antwoord.splitlines() or [""]
        typer.echo(f"  {vraag.ljust(breedte)}  {regels[0]}")
        for regel in regels[1:]:
            typer.echo(f"  {'':{breedte}}  {regel}")


def formulieren(f: FormulierenGemeld, als_json: bool) -> None:
    """Per formulier: wat geregistreerd is en wat niet. Zonder uitkomst en zonder fout koos de coördinator zelf 'nee'
    aan de terminal. Een fout in een cel staat hier zoals het formulier hem noemt (de vraag, zie domein/meldformulier.py);
    een veld dat niet op het formulier staat (--persoon bij naamgenoten) heet zoals de optie die de gebruiker geeft."""
    from agressie_cli.cli.veldwoorden import melding

    if als_json:
        druk_json(
            [
                {"formulier": u.bestand, **melden_json(u.gemeld)}
                if u.gemeld
                else {
                    "formulier": u.bestand,
                    "fout": melding(u.fout) if u.fout else "Niet geregistreerd: u koos 'nee'.",
                }
                for u in f.uitslagen
            ]
        )
        return
    for u in f.uitslagen:
        if u.gemeld:
            typer.echo(f"{u.bestand}:")
            melden(u.gemeld, False)
        elif u.fout:
            for regel in melding(u.fout).splitlines():
                typer.echo(f"Fout: {regel}", err=True)
        else:
            typer.echo(f"{u.bestand}: niet geregistreerd.")


# --- doorsturen ---------------------------------------------------------------------------------


def doorgestuurd(d: Doorgestuurd, als_json: bool, klembord: str | None = None) -> None:
    """Het klaargezette concept. `klembord`: None zonder --klembord, "" als de tekst op het klembord staat, anders
    waarom het niet lukte."""
    if als_json:
        uit = {
            "bestand": str(d.bestand),
            "incident": d.incident,
            "aan": d.aan,
            "email": d.email,
            "onderwerp": d.onderwerp,
            "ontbrekend": list(d.ontbrekend),
            "doorgestuurd": d.doorgestuurd,
            "vervangen": d.vervangen,
            "klaargezet": d.klaargezet,
            "maatregel_besloten": d.maatregel_besloten,
        }
        if klembord is not None:
            uit["klembord"] = klembord == ""
        druk_json(uit)
        if klembord:
            typer.echo(f"Let op: {klembord}", err=True)
        return
    rol = "de clustermanager" if d.aan == "clustermanager" else "de AOV-er"
    typer.echo(
        f"E-mail aan {rol} ({d.email}) klaargezet: {d.bestand}"
        + (" (vervangt het vorige concept)." if d.vervangen else "")
    )
    typer.echo("Open het bestand (dubbelklik): Outlook toont het als concept. Controleer het en klik op Verzenden.")
    if klembord == "":
        typer.echo(
            "De tekst staat ook op het klembord: maak in Outlook een nieuwe e-mail aan "
            f'{d.email}, met als onderwerp "{d.onderwerp}", en plak de tekst (Ctrl+V).'
        )
    elif klembord:
        typer.echo(f"Let op: {klembord}", err=True)
    if d.ontbrekend:
        zeg(
            f"Let op: de melding is nog niet compleet; ontbreekt: {', '.join(d.ontbrekend)} "
            f"(agressie aanvullen {d.incident} ...)."
        )
    if d.maatregel_besloten:
        typer.echo("De maatregel is al besloten; de e-mail zegt dat en vraagt er niet meer om.")
    aov = " --aan aov" if d.aan == "aov" else ""
    typer.echo(
        f"Vastgelegd: incident {d.incident} als concept klaargezet voor {rol} op {kort(d.klaargezet)} (nog niet "
        "verstuurd)."
    )
    typer.echo(f"Verstuurd? Leg het vast met: agressie doorsturen {d.incident}{aov} --verzonden")


def doorsturen_verzonden(v: Verzonden, als_json: bool) -> None:
    if als_json:
        druk_json(
            {
                "incident": v.incident,
                "aan": v.aan,
                "verzonden": v.verzonden,
                "klaargezet": v.klaargezet,
                "eerder": v.eerder,
            }
        )
        return
    rol = "de clustermanager" if v.aan == "clustermanager" else "de AOV-er"
    typer.echo(
        f"Vastgelegd: e-mail aan {rol} over incident {v.incident} verstuurd op {kort(v.verzonden)}"
        + (f" (concept van {kort(v.klaargezet)})." if v.klaargezet else ".")
    )
    if v.eerder is not None and v.eerder != v.verzonden:
        typer.echo(f"Er stond al verstuurd op {kort(v.eerder)}; dat is vervangen.")


# --- nazorg -------------------------------------------------------------------------------------


def nazorg(n: Nazorg, als_json: bool) -> None:
    if als_json:
        druk_json(
            {
                "incident": n.incident,
                **dict(n.datums),
                "punten": [
                    {
                        "soort": p.soort,
                        "uiterlijk": p.uiterlijk,
                        "afgevinkt": p.afgevinkt,
                        "op_tijd": p.op_tijd,
                        "open": p.open,
                        "verlopen": p.verlopen,
                        "omschrijving": p.omschrijving,
                    }
                    for p in n.punten
                ],
            }
        )
        return
    if n.vastgelegd:
        typer.echo(f"Nazorg vastgelegd bij incident {n.incident}.")
    typer.echo(f"Nazorg bij incident {n.incident} (incident van {kort(n.datum)}):")
    for naam, datum in n.te_tonen:
        typer.echo(f"  {naam}: {kort(datum) if datum else '-'}")
    if not n.punten:
        typer.echo("Het profiel vraagt bij dit incident geen nazorg met een termijn (geen betrokken medewerker?).")
    for p in n.punten:
        hoe = f"; afvinken met --{p.sluiten_met[0]} DATUM" if p.sluiten_met else ""
        if p.afgevinkt is not None:
            stand = f"afgevinkt op {kort(p.afgevinkt)}" + ("" if p.op_tijd else " (te laat)")
        elif p.verlopen:
            stand = f"VERLOPEN (uiterlijk {kort(p.uiterlijk)}){hoe}"
        elif p.periode:
            stand = f"loopt {tot_en_met(p.uiterlijk, False, kort)}, niet afgerond{hoe}"
        else:
            stand = f"open, uiterlijk {kort(p.uiterlijk)}{hoe}"
        zeg(f"- {p.soort}: {stand}")
        typer.echo(f"    {p.omschrijving}")


# --- verplichtingen -----------------------------------------------------------------------------


def verplichtingen(v: Verplichtingen, als_json: bool) -> None:
    if als_json:
        for melding in v.meldingen:
            typer.echo(melding, err=True)
        druk_json(
            {
                "incident": v.incident,
                **dict(v.waarden),
                "verplichtingen": [
                    {
                        "soort": s.soort,
                        "uiterlijk": s.uiterlijk,
                        "open": s.open,
                        "verlopen": s.verlopen,
                        "vastgelegd": s.vastgelegd,
                        "vastgelegd_met": s.vastgelegd_met,
                        "reden": s.reden,
                        "op_tijd": s.op_tijd,
                        "opdracht": s.opdracht,
                        "omschrijving": s.omschrijving,
                    }
                    for s in v.verplichtingen
                ],
            }
        )
        return
    if v.vastgelegd:
        typer.echo(f"Vastgelegd bij incident {v.incident}.")
        for melding in v.meldingen:
            typer.echo(melding)
    typer.echo(f"Verplichtingen bij incident {v.incident} (incident van {kort(v.datum)}):")
    if not v.verplichtingen:
        typer.echo("Het profiel legt bij dit incident geen verplichtingen met een termijn op.")
    for s in v.verplichtingen:
        if not s.open:
            if s.reden:
                stand = f"vastgelegd: niet, reden {s.reden}"
            elif s.vastgelegd is not None:
                stand = f"vastgelegd op {kort(s.vastgelegd)}" + ("" if s.op_tijd else " (te laat)")
            else:
                stand = "vastgelegd"
            if s.vastgelegd_met and s.vastgelegd_met.startswith("maatregel"):
                stand += f" ({s.vastgelegd_met})"
        elif s.verlopen:
            stand = f"VERLOPEN (uiterlijk {kort(s.uiterlijk)}); vastleggen: {s.opdracht}"
        else:
            stand = f"open, uiterlijk {kort(s.uiterlijk)}; vastleggen: {s.opdracht}"
        zeg(f"- {s.soort}: {stand}")
        typer.echo(f"    {s.omschrijving}")
