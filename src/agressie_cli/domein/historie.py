"""De geschiedenis van één persoon: incidenten en maatregelen, nieuwste eerst, met het venster gemarkeerd."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, time
from typing import Any

from agressie_cli.domein.datums import venster_begin
from agressie_cli.domein.duur import Duur
from agressie_cli.domein.fouten import InvoerFout
from agressie_cli.domein.jsonvorm import HISTORIE, json_record
from agressie_cli.domein.nabehandeling import (
    Herziening,
    Reactie,
    Verzoek,
    herzien_op,
    herzieningen,
    reacties,
    verzoeken,
)
from agressie_cli.domein.nederlands import kort
from agressie_cli.domein.personen import zoek_op_naam
from agressie_cli.domein.profiel import Profiel
from agressie_cli.domein.register import Register
from agressie_cli.domein.rijen import MaatregelRij, PersoonRij, kolom
from agressie_cli.domein.verboden import is_actief, lopende_verboden
from agressie_cli.domein.volgorde import sorteersleutel


@dataclass
class Incidentregel:
    incident: str | None
    datum: date | None
    tijd: time | None
    kanaal: str | None
    klasse: str | None  # ernst of gedrag, naar het profiel
    vorm: list[str]
    status: str | None
    binnen_venster: bool
    # De velden van de rij in historie --json (domein/jsonvorm.py, Veld.json): ook een nieuw veld uit velden.py.
    velden: dict[str, Any] = field(default_factory=dict)


@dataclass
class Gesprek:
    datum: date | None
    tijd: time | None
    locatie: str | None
    aanwezigen: list[str]


@dataclass
class Maatregelregel:
    maatregel: str | None
    incident: str | None
    soort: str | None
    label: str | None
    datum: date | None
    ingang: date | None
    einde: date | None  # None bij onbepaalde tijd
    duur: Duur | None
    afwijking: bool
    toelichting: str | None  # de reden van een afwijking van het advies
    bestand: str | None
    actief: bool
    status: str = "geldig"  # geldig, vervangen of ingetrokken (2.4)
    vervangen_door: str | None = None
    vervangen_per: date | None = None  # een verbod dat door een zwaarder verbod is vervangen (3.1): loopt niet meer
    ingetrokken: date | None = None
    reden: str | None = None
    verzonden: date | None = None
    gesprek: Gesprek | None = None  # bij een ordegesprek en de bevestiging ervan
    afspraken: list[str] = field(default_factory=list)  # bij de bevestiging van een ordegesprek
    # Na de brief (3.4): wanneer het lopende verbod herzien wordt, de reacties en verzoeken van de persoon, de
    # herzieningen, de laatste uitkomst (handhaven, aanpassen, opheffen) en tot en met wanneer het gold na opheffen.
    herzien_op: date | None = None
    reacties: list[Reactie] = field(default_factory=list)
    verzoeken: list[Verzoek] = field(default_factory=list)
    herzieningen: list[Herziening] = field(default_factory=list)
    uitkomst: str | None = None
    opgeheven: date | None = None
    # Wie besliste en de goedkeuring door een tweede persoon (3.4).
    besloten_door: str | None = None
    goedgekeurd_door: str | None = None
    goedgekeurd: date | None = None
    # De velden van de rij in historie --json (domein/jsonvorm.py, Veld.json): ook een nieuw veld uit velden.py.
    velden: dict[str, Any] = field(default_factory=dict)


@dataclass
class Historie:
    persoon: str
    naam: str | None
    geboortedatum: date | None
    peildatum: date
    venster_vanaf: date
    classificatie: str
    incidenten: list[Incidentregel]
    maatregelen: list[Maatregelregel]
    actieve_verboden: list[Maatregelregel]
    # De velden van de persoon in historie --json (domein/jsonvorm.py, Veld.json).
    velden: dict[str, Any] = field(default_factory=dict)

    @property
    def binnen_venster(self) -> list[str | None]:
        return [i.incident for i in self.incidenten if i.binnen_venster]


def kies_persoon(register: Register, zoek: str) -> PersoonRij:
    gevonden = zoek_op_naam(register, zoek)
    if not gevonden and "Personen" in register.ontbrekende_bladen:
        # Het blad is met de hand verwijderd (3.3): niet zeggen dat de persoon niet bestaat. Op nummer tonen wat de
        # incidenten en maatregelen nog van hem weten; op naam is er niets te zoeken.
        nummer = zoek.strip().upper()
        if re.fullmatch(r"P\d+", nummer) and (register.incidenten_van(nummer) or register.maatregelen_van(nummer)):
            return {"persoon": nummer}
        raise InvoerFout(
            "Het blad Personen ontbreekt in het register (met de hand verwijderd?), dus er is niet op naam te zoeken. "
            "Zoek op persoonnummer (P0001), of zet een reservekopie terug met: agressie herstel --lijst"
        )
    if not gevonden:
        # Een nummer herhalen mag; een naam niet (AVG: geen persoonsgegevens in foutmeldingen).
        wat = f"persoon {zoek.strip().upper()}" if re.fullmatch(r"[Pp]\d+", zoek.strip()) else "persoon met die naam"
        raise InvoerFout(f"Geen {wat} gevonden. Zoek met een deel van de naam of een persoonnummer (P0001).")
    if len(gevonden) > 1:
        regels = "\n".join(
            f"  {p.get('persoon')}  {p.get('naam')}"
            + (f"  (geboren {kort(p['geboortedatum'])})" if p.get("geboortedatum") else "")
            for p in gevonden
        )
        # Hier wel namen: wie zoekt, moet kunnen kiezen wie hij bedoelt (de coördinator, aan zijn eigen scherm).
        raise InvoerFout(f"Meer dan één persoon past bij de zoekterm; kies een persoonnummer:\n{regels}")
    return gevonden[0]


def _maatregelregel(register: Register, profiel: Profiel, m: MaatregelRij, peildatum: date) -> Maatregelregel:
    duur = m.get("duur")
    gedaan = herzieningen(m)
    return Maatregelregel(
        maatregel=m.get("maatregel"),
        incident=m.get("incident"),
        soort=m.get("soort"),
        label=m.get("label"),
        datum=m.get("datum"),
        ingang=m.get("ingang"),
        einde=None if duur is not None and duur.onbepaald else m.get("einde"),
        duur=duur,
        afwijking=bool(m.get("afwijking")),
        toelichting=m.get("toelichting"),
        bestand=m.get("bestand"),
        actief=is_actief(m, peildatum),
        status=m.get("status") or "geldig",
        vervangen_door=m.get("vervangen_door"),
        vervangen_per=m.get("vervangen_per"),
        ingetrokken=m.get("ingetrokken"),
        reden=m.get("reden"),
        verzonden=m.get("verzonden"),
        gesprek=Gesprek(
            m.get("gesprek_datum"), m.get("gesprek_tijd"), m.get("locatie"), list(m.get("aanwezigen") or [])
        )
        if m.get("gesprek_datum") or m.get("aanwezigen")
        else None,
        afspraken=list(m.get("afspraken") or []),
        herzien_op=herzien_op(register, profiel, m, peildatum),
        reacties=reacties(m),
        verzoeken=verzoeken(m),
        herzieningen=gedaan,
        uitkomst=gedaan[-1].uitkomst if gedaan else None,
        opgeheven=m.get("opgeheven"),
        besloten_door=m.get("besloten_door"),
        goedgekeurd_door=m.get("goedgekeurd_door"),
        goedgekeurd=m.get("goedgekeurd"),
        velden=json_record(m, "Maatregelen", HISTORIE),
    )


def historie(register: Register, profiel: Profiel, zoek: str, peildatum: date) -> Historie:
    persoon = kies_persoon(register, zoek)
    nummer = persoon["persoon"]
    begin = venster_begin(peildatum, profiel.venster_maanden)
    eigen = register.incidenten_van(nummer)
    incidenten = sorted(eigen, key=sorteersleutel(eigen), reverse=True)
    maatregelen = sorted(
        register.maatregelen_van(nummer),
        key=lambda m: (m.get("datum") or date.min, str(m.get("maatregel"))),
        reverse=True,
    )
    klasse = profiel.classificatie
    return Historie(
        persoon=str(nummer),
        naam=persoon.get("naam"),
        geboortedatum=persoon.get("geboortedatum"),
        peildatum=peildatum,
        venster_vanaf=begin,
        classificatie=klasse,
        incidenten=[
            Incidentregel(
                i.get("incident"),
                i.get("datum"),
                i.get("tijd"),
                i.get("kanaal"),
                None if (k := kolom(i, klasse)) is None else str(k),
                i.get("vorm") or [],
                i.get("status"),
                (d := i.get("datum")) is not None and begin <= d <= peildatum,
                json_record(i, "Incidenten", HISTORIE, klasse),
            )
            for i in incidenten
        ],
        maatregelen=[_maatregelregel(register, profiel, m, peildatum) for m in maatregelen],
        actieve_verboden=[
            _maatregelregel(register, profiel, m, peildatum) for m in lopende_verboden(maatregelen, profiel, peildatum)
        ],
        velden=json_record(persoon, "Personen", HISTORIE),
    )


def maatregelregel(register: Register, profiel: Profiel, m: MaatregelRij, peildatum: date) -> Maatregelregel:
    """Eén maatregel zoals historie hem toont (de webpagina van een maatregel, 3.4/3.5)."""
    return _maatregelregel(register, profiel, m, peildatum)
