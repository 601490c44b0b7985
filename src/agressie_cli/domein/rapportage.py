"""De cijfers van het kwartaaloverzicht voor het MT (Geertruidenberg 4.2): alleen aantallen, geen namen."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from agressie_cli.domein.datums import plus_maanden
from agressie_cli.domein.fouten import InvoerFout
from agressie_cli.domein.nazorg import punten as nazorg_punten
from agressie_cli.domein.nederlands import tot_en_met, voluit
from agressie_cli.domein.profiel import Profiel
from agressie_cli.domein.register import Register
from agressie_cli.domein.rijen import IncidentRij, MaatregelRij
from agressie_cli.domein.schade import heeft_schade, uit_cel
from agressie_cli.domein.velden import KANALEN, VORMEN
from agressie_cli.domein.verboden import is_naast_advies, lopende_verboden
from agressie_cli.domein.verplichtingen import verplichtingen

SCHADE = {"letsel": "lichamelijk letsel", "psychisch": "psychische klachten", "materiele_schade": "materiële schade"}


@dataclass(frozen=True)
class Periode:
    naam: str
    van: date
    tot: date

    def vorige(self) -> Periode:
        if "-Q" in self.naam:
            return kwartaal_van(plus_maanden(self.van, -3))
        return jaar(self.van.year - 1)

    def jaar_eerder(self) -> Periode:
        if "-Q" in self.naam:
            return kwartaal_van(plus_maanden(self.van, -12))
        return jaar(self.van.year - 1)

    def omschrijving(self) -> str:
        return f"{self.naam} ({voluit(self.van)} {tot_en_met(self.tot, False)})"


def kwartaal_van(d: date) -> Periode:
    k = (d.month - 1) // 3 + 1
    van = date(d.year, 3 * (k - 1) + 1, 1)
    return Periode(f"{d.year}-Q{k}", van, plus_maanden(van, 3) - timedelta(days=1))


def jaar(j: int) -> Periode:
    return Periode(str(j), date(j, 1, 1), date(j, 12, 31))


def lees_periode(kwartaal: str | None, jaartal: str | None) -> Periode:
    if kwartaal and jaartal:
        raise InvoerFout("Geef «kwartaal» of «jaar», niet allebei.")
    if kwartaal:
        m = re.fullmatch(r"\s*(\d{4})-?[Qq]([1-4])\s*", kwartaal)
        if not m:
            raise InvoerFout(
                f"«kwartaal»: '{kwartaal}' is geen kwartaal. Gebruik JJJJ-QN met N van 1 tot 4, bijvoorbeeld 2026-Q3."
            )
        return kwartaal_van(date(int(m.group(1)), 3 * (int(m.group(2)) - 1) + 1, 1))
    if jaartal:
        if not re.fullmatch(r"\s*\d{4}\s*", jaartal):
            raise InvoerFout(f"«jaar»: '{jaartal}' is geen jaartal, bijvoorbeeld 2026.")
        return jaar(int(jaartal))
    raise InvoerFout("Geef een periode: «kwartaal» 2026-Q3 of «jaar» 2026.")


def in_periode(d: date | None, periode: Periode) -> bool:
    return d is not None and periode.van <= d <= periode.tot


def cijfers(register: Register, profiel: Profiel, periode: Periode, peildatum: date | None = None) -> dict:
    """Alleen aantallen; geen naam of omschrijving komt hier in."""
    peildatum = peildatum or date.today()
    # Een ingetrokken (vervallen) incident telt niet mee, en zijn maatregelen ook niet; een vervangen maatregel
    # telt niet (de brief die hem verving wel), een ingetrokken maatregel nergens als opgelegd (3.1). Een verbod dat
    # door een zwaarder verbod is vervangen (3.1) was wel opgelegd: het telt als maatregel, maar niet als lopend.
    vervallen = {i.get("incident") for i in register.incidenten if i.get("status") == "vervallen"}
    incidenten = [
        i for i in register.incidenten if in_periode(i.get("datum"), periode) and i.get("status") != "vervallen"
    ]
    maatregelen = [
        m
        for m in register.maatregelen
        if in_periode(m.get("datum"), periode)
        and m.get("status") not in ("vervangen", "ingetrokken")
        and m.get("incident") not in vervallen
    ]
    eind = min(periode.tot, peildatum)
    lopend = [
        m
        for m in lopende_verboden(register.maatregelen, profiel, eind)
        if m.get("status") != "ingetrokken" and m.get("incident") not in vervallen
    ]
    per_incident: dict[str | None, list[MaatregelRij]] = {}
    for m in register.maatregelen:
        per_incident.setdefault(m.get("incident"), []).append(m)
    klasse = profiel.classificatie
    vormen = Counter(v for i in incidenten for v in (i.get("vorm") or []))
    per_persoon = Counter(i.get("persoon") for i in incidenten if i.get("persoon"))
    termijn = profiel.reactietermijn_dagen
    te_laat = 0
    for i in incidenten:
        gebeurd = i.get("datum")
        if gebeurd is None:  # in_periode: elk incident hier heeft een datum
            continue
        data = [
            besloten
            for m in per_incident.get(i.get("incident"), [])
            if (besloten := m.get("datum")) is not None and not is_naast_advies(m, profiel)
        ]
        uiterlijk = gebeurd + timedelta(days=termijn)
        if (data and min(data) > uiterlijk) or (not data and peildatum > uiterlijk):
            te_laat += 1
    return {
        "periode": periode.naam,
        "van": periode.van.isoformat(),
        "tot": periode.tot.isoformat(),
        "incidenten": len(incidenten),
        "per_vorm": {v: vormen.get(v, 0) for v in VORMEN},
        f"per_{klasse}": {k: sum(1 for i in incidenten if i.get(klasse) == k) for k in profiel.klassen},
        "per_kanaal": {k: sum(1 for i in incidenten if i.get("kanaal") == k) for k in KANALEN},
        "per_afdeling": dict(sorted(Counter(str(i.get("afdeling") or "(onbekend)") for i in incidenten).items())),
        "maatregelen": {s: sum(1 for m in maatregelen if m.get("soort") == s) for s in profiel.soorten},
        "lopende_verboden": len(lopend),  # aan het eind van de periode (of op de peildatum als die eerder valt)
        "politie": sum(1 for i in incidenten if i.get("politie") is True),
        "aangifte": sum(1 for i in incidenten if i.get("aangifte") is True),
        "schade": {label: sum(1 for i in incidenten if heeft_schade(i.get(veld))) for veld, label in SCHADE.items()},
        "herhaalde_personen": sum(1 for n in per_persoon.values() if n > 1),
        "te_laat": te_laat,
        "open": sum(1 for i in incidenten if i.get("status") in ("gemeld", "compleet")),
        **schade_en_nazorg(incidenten, maatregelen, profiel, peildatum),
        "verplichtingen_open": verplichtingen_open(register, profiel, incidenten),
    }


def verplichtingen_open(register: Register, profiel: Profiel, incidenten: list[IncidentRij]) -> int:
    """Hoeveel verplichtingen van het profiel ([[verplichtingen]], 3.1) bij de incidenten van de periode nog niet zijn
    vastgelegd: aangifte, schade verhalen, nabespreking, ... Alleen een aantal."""
    return sum(1 for i in incidenten for _ in verplichtingen(register, profiel, i, alleen_open=True))


def schade_en_nazorg(
    incidenten: list[IncidentRij], maatregelen: list[MaatregelRij], profiel: Profiel, peildatum: date
) -> dict:
    """Na de brief (2.6): aangiftes en aansprakelijkstellingen vastgelegd als maatregel in de periode, het geclaimde
    bedrag, en hoeveel nazorggesprekken (Geertruidenberg 9.1, Losser 8) op tijd waren. Een gesprek waarvan de termijn
    nog loopt en dat nog niet is vastgelegd, telt niet mee; de opvang van een politiek ambtsdrager (Losser 9: de
    burgemeester) is geen nazorg voor medewerkers en telt ook niet mee."""
    geldig = [m for m in maatregelen if m.get("status") != "ingetrokken"]
    claims = [m for m in geldig if profiel.is_soort(m.get("soort"), "bedrag")]
    bedrag = sum((uit_cel(m.get("bedrag")) or Decimal(0) for m in claims), Decimal(0))
    op_tijd = totaal = 0
    for i in incidenten:
        for punt in nazorg_punten(profiel, i):
            if "gesprek" not in punt.sluiten_met or punt.periode or not punt.medewerker:
                continue
            if punt.afgevinkt is None and peildatum <= punt.uiterlijk:
                continue
            totaal += 1
            op_tijd += punt.op_tijd
    return {
        "aangiftes": sum(1 for m in geldig if profiel.is_soort(m.get("soort"), "aangifte")),
        "aansprakelijkstellingen": len(claims),
        "bedrag_geclaimd": float(bedrag),
        "nazorggesprek": {
            "op_tijd": op_tijd,
            "totaal": totaal,
            "aandeel": round(100 * op_tijd / totaal) if totaal else None,
        },
    }


def gesprek_label(profiel: Profiel) -> str:
    """'Gesprek medewerker op tijd (9.1)': de eerste [[nazorg]] van het profiel die met --gesprek wordt afgevinkt."""
    for regel in profiel.gegevens.get("nazorg", []):
        if "gesprek" in regel.get("sluiten_met", ()):
            artikel = re.search(r"\((\d+(?:\.\d+)?)\)\.?$", str(regel.get("tekst", "")))
            return f"{str(regel['soort']).capitalize()} op tijd" + (f" ({artikel.group(1)})" if artikel else "")
    return "Nazorggesprek op tijd"


def aandeel_tekst(gesprek: dict) -> str:
    """'3 van 4 (75%)', of 'geen' als er in de periode geen gesprek te voeren was."""
    if not gesprek["totaal"]:
        return "geen"
    return f"{gesprek['op_tijd']} van {gesprek['totaal']} ({gesprek['aandeel']}%)"


def rijen_samenvatting(
    huidig: dict, vorige: dict, eerder: dict, profiel: Profiel
) -> list[tuple[str, object, object, object, bool]]:
    """(kengetal, nu, vorige periode, jaar eerder, is_kop)."""
    rijen: list[tuple] = [("Incidenten", huidig["incidenten"], vorige["incidenten"], eerder["incidenten"], False)]

    def groep(titel: str, sleutel: str, labels: dict | None = None) -> None:
        rijen.append((titel, None, None, None, True))
        for k in huidig[sleutel]:
            naam = (labels or {}).get(k, k)
            rijen.append(
                (f"  {naam}", huidig[sleutel].get(k, 0), vorige[sleutel].get(k, 0), eerder[sleutel].get(k, 0), False)
            )

    klasse = profiel.classificatie
    groep("Naar vorm", "per_vorm")
    groep(f"Naar {klasse}", f"per_{klasse}", profiel.klassen)
    groep("Naar kanaal", "per_kanaal")
    afdelingen = sorted(set(huidig["per_afdeling"]) | set(vorige["per_afdeling"]) | set(eerder["per_afdeling"]))
    if afdelingen:  # zonder incidenten geen kop zonder rijen
        rijen.append(("Naar afdeling", None, None, None, True))
    for afdeling in afdelingen:
        rijen.append(
            (
                f"  {afdeling}",
                huidig["per_afdeling"].get(afdeling, 0),
                vorige["per_afdeling"].get(afdeling, 0),
                eerder["per_afdeling"].get(afdeling, 0),
                False,
            )
        )
    groep("Maatregelen naar soort", "maatregelen", {k: s.label for k, s in profiel.soorten.items()})
    rijen.append(
        (
            "  Lopende verboden aan het eind van de periode",
            huidig["lopende_verboden"],
            vorige["lopende_verboden"],
            eerder["lopende_verboden"],
            False,
        )
    )
    rijen.append(("Politie en schade", None, None, None, True))
    rijen.append(("  Politie ingeschakeld", huidig["politie"], vorige["politie"], eerder["politie"], False))
    rijen.append(
        (
            "  Aangifte gedaan volgens de melding",
            huidig["aangifte"],
            vorige["aangifte"],
            eerder["aangifte"],
            False,
        )
    )
    for label in huidig["schade"]:
        rijen.append(
            (f"  Schade: {label}", huidig["schade"][label], vorige["schade"][label], eerder["schade"][label], False)
        )
    rijen.append(("Aangifte, schade en nazorg", None, None, None, True))
    rijen.append(
        (
            "  Aangifte vastgelegd als maatregel (agressie aangifte)",
            huidig["aangiftes"],
            vorige["aangiftes"],
            eerder["aangiftes"],
            False,
        )
    )
    rijen.append(
        (
            "  Aansprakelijkstellingen (brieven)",
            huidig["aansprakelijkstellingen"],
            vorige["aansprakelijkstellingen"],
            eerder["aansprakelijkstellingen"],
            False,
        )
    )
    rijen.append(
        (
            "  Geclaimd bedrag (EUR)",
            huidig["bedrag_geclaimd"],
            vorige["bedrag_geclaimd"],
            eerder["bedrag_geclaimd"],
            False,
        )
    )
    rijen.append(
        (
            f"  {gesprek_label(profiel)}",
            aandeel_tekst(huidig["nazorggesprek"]),
            aandeel_tekst(vorige["nazorggesprek"]),
            aandeel_tekst(eerder["nazorggesprek"]),
            False,
        )
    )
    rijen.append(("Opvolging", None, None, None, True))
    rijen.append(
        (
            "  Personen met meer dan één incident",
            huidig["herhaalde_personen"],
            vorige["herhaalde_personen"],
            eerder["herhaalde_personen"],
            False,
        )
    )
    rijen.append(
        (
            "  Maatregel later dan een week na het incident",
            huidig["te_laat"],
            vorige["te_laat"],
            eerder["te_laat"],
            False,
        )
    )
    rijen.append(("  Nog open (geen maatregel besloten)", huidig["open"], vorige["open"], eerder["open"], False))
    rijen.append(
        (
            "  Verplichtingen nog niet vastgelegd (aangifte, schade, nabespreking, ...)",
            huidig["verplichtingen_open"],
            vorige["verplichtingen_open"],
            eerder["verplichtingen_open"],
            False,
        )
    )
    return rijen


def trend(
    register: Register, profiel: Profiel, periode: Periode, aantal: int = 8, peildatum: date | None = None
) -> list[dict]:
    kwartalen = [kwartaal_van(plus_maanden(periode.tot, -3 * i)) for i in range(aantal - 1, -1, -1)]
    vervallen = {i.get("incident") for i in register.incidenten if i.get("status") == "vervallen"}
    klasse = profiel.classificatie
    uitkomst = []
    for k in kwartalen:
        incidenten = [
            i for i in register.incidenten if in_periode(i.get("datum"), k) and i.get("status") != "vervallen"
        ]
        rij = {"kwartaal": k.naam, "totaal": len(incidenten)}
        for waarde in profiel.klassen:
            rij[waarde] = sum(1 for i in incidenten if i.get(klasse) == waarde)
        rij["na_de_brief"] = schade_en_nazorg(
            incidenten,
            [
                m
                for m in register.maatregelen
                if in_periode(m.get("datum"), k)
                and m.get("status") != "vervangen"
                and m.get("incident") not in vervallen
            ],
            profiel,
            peildatum or date.today(),
        )
        uitkomst.append(rij)
    return uitkomst
