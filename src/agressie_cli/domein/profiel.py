"""Protocolprofielen: de regels van een gemeente als data (TOML), niet als code."""

from __future__ import annotations

import copy
import functools
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from agressie_cli.domein.fouten import Afsluitcode, AgressieFout, InvoerFout
from agressie_cli.domein.instellingen import INSTELLINGEN_BESTAND, MAX_VENSTER, Instellingen, geheel_getal
from agressie_cli.domein.profielschema import controleer_sleutels
from agressie_cli.domein.velden import keuzelijst_probleem

MEEGELEVERD = ("geertruidenberg", "losser")


@dataclass
class Soort:
    sleutel: str
    gegevens: dict

    @property
    def label(self) -> str:
        return self.gegevens.get("label", self.sleutel)

    @property
    def brief(self) -> bool:
        return bool(self.gegevens.get("brief", False))

    @property
    def periode(self) -> bool:
        return bool(self.gegevens.get("periode", False))

    @property
    def toegang(self) -> bool:
        return bool(self.gegevens.get("toegang", False))

    @property
    def bellen(self) -> bool:
        return bool(self.gegevens.get("bellen", False))

    @property
    def naast_advies(self) -> bool:
        """Komt naast het advies (de aansprakelijkstelling, 2.6): geen afwijking ervan en geen besluit over de maatregel."""
        return bool(self.gegevens.get("naast_advies", False))

    @property
    def waarschuwing(self) -> bool:
        """Een schriftelijke waarschuwing (3.2: vlag `waarschuwing`): de brief noemt de eerdere waarschuwingen."""
        return bool(self.gegevens.get("waarschuwing", False))

    @property
    def gesprek(self) -> bool:
        """Het ordegesprek, de uitnodiging of de bevestiging (3.2: vlag `gesprek`; Geertruidenberg 6.3)."""
        return bool(self.gegevens.get("gesprek", False))

    @property
    def bevestiging(self) -> bool:
        """De bevestiging van een ordegesprek (3.2: vlag `bevestiging`, samen met `gesprek`)."""
        return self.gesprek and bool(self.gegevens.get("bevestiging", False))

    @property
    def uitnodiging(self) -> bool:
        """De uitnodiging voor een ordegesprek: een gesprek dat geen bevestiging is."""
        return self.gesprek and not self.bevestiging

    @property
    def afsluitend(self) -> bool:
        """Alleen vastleggen (de registratie; 3.2: vlag `afsluitend`): een incident met alleen zulke maatregelen is
        afgehandeld, en bij een incident zonder advies (E-gedrag) is dit geen afwijking."""
        return bool(self.gegevens.get("afsluitend", False))

    @property
    def bedrag(self) -> bool:
        """Het verhalen van schade (de aansprakelijkstelling; 3.2: vlag `bedrag`): --bedrag hoort erbij."""
        return bool(self.gegevens.get("bedrag", False))

    @property
    def horen(self) -> str:
        """3.4: wanneer de persoon gehoord wordt: "vooraf" (de brief voornemen, dan pas de maatregel) of "achteraf"
        (de brief nodigt uit te reageren; standaard)."""
        return str(self.gegevens.get("horen", "achteraf"))

    @property
    def aangifte(self) -> bool:
        """De aangifte of melding bij de politie (3.2: vlag `aangifte`; Geertruidenberg 7, Losser 5.4): het document
        van `agressie aangifte` gaat naar de politie, niet naar de persoon; één per incident; naast het advies."""
        return bool(self.gegevens.get("aangifte", False))

    @property
    def is_verbod(self) -> bool:
        return self.toegang or self.bellen

    @property
    def zwaarte(self) -> int:
        return int(self.gegevens.get("zwaarte", 0))

    @property
    def standaard_duur(self) -> int | str | None:
        """Aantal maanden, "onbepaald", of None als de gebruiker de duur moet bepalen."""
        return self.gegevens.get("standaard_duur")

    @property
    def afschrift(self) -> list[str]:
        return list(self.gegevens.get("afschrift", []))

    @property
    def informeren(self) -> list[str]:
        return list(self.gegevens.get("informeren", []))

    @property
    def verzending(self) -> str:
        return self.gegevens.get("verzending", "gewone post")


class Profiel:
    def __init__(self, gegevens: dict, bron: str):
        self.gegevens = gegevens
        self.bron = bron
        self._controleer()

    @property
    def naam(self) -> str:
        return self.gegevens.get("naam", self.bron)

    @property
    def classificatie(self) -> str:
        """ "ernst" (interventiematrix) of "gedrag" (A-E)."""
        return self.gegevens["classificatie"]

    @property
    def klassen(self) -> dict[str, str]:
        """De waarden van de classificatie met hun label."""
        return dict(self.gegevens.get(self.classificatie, {}))

    @property
    def venster_maanden(self) -> int:
        return int(self.gegevens.get("venster_maanden", 6))

    @property
    def reactietermijn_dagen(self) -> int:
        return int(self.gegevens.get("reactietermijn_dagen", 7))

    @property
    def betaaltermijn_dagen(self) -> int:
        """Aansprakelijkstelling (Geertruidenberg 8, Losser 7): zoveel dagen na de brief betalen of reageren."""
        return int(self.gegevens.get("betaaltermijn_dagen", 14))

    @property
    def reactie_dagen(self) -> int:
        """3.4: zoveel dagen na de brief (voornemen, of de maatregel als achteraf gehoord wordt) kan de persoon reageren."""
        return int(self.gegevens.get("reactie_dagen", 14))

    @property
    def antwoord_dagen(self) -> int:
        """3.4: binnen zoveel dagen wordt een reactie of verzoek beantwoord (agressie herzien)."""
        return int(self.gegevens.get("antwoord_dagen", 28))

    @property
    def herzien_na_maanden(self) -> int:
        """3.4: een lopend verbod wordt na zoveel maanden herzien (vanaf de ingang, de laatste herziening of het laatste
        incident van de persoon); handhaven vraagt een incident binnen zoveel maanden, of een reden."""
        return int(self.gegevens.get("herzien_na_maanden", 6))

    def bewaren_jaren(self, klasse: object, standaard: int) -> int:
        """3.4 bewaren naar ernst: zoveel jaar na een incident van deze klasse ([bewaren_jaren] in het profiel of in
        [profiel_aanpassingen.bewaren_jaren]); een klasse zonder eigen termijn: `standaard` (bewaartermijn_jaren)."""
        tabel = self.gegevens.get("bewaren_jaren") or {}
        waarde = tabel.get(str(klasse)) if isinstance(tabel, dict) and klasse is not None else None
        if waarde is None:
            return standaard
        return geheel_getal(waarde, f"bewaren_jaren.{klasse}", standaard)

    @property
    def goedkeuring(self) -> bool:
        """3.4: een verbodsbrief is pas definitief (te verzenden) als een tweede persoon hem goedkeurde (agressie
        goedkeuren). Uit in beide meegeleverde profielen; een gemeente zet het aan in agressie.toml."""
        return self.gegevens.get("goedkeuring", False) is True

    @property
    def kanalen_in_gebouw(self) -> list[str]:
        return list(self.gegevens.get("kanalen_in_gebouw", ["balie", "spreekkamer"]))

    @property
    def kanalen_telefonisch(self) -> list[str]:
        return list(self.gegevens.get("kanalen_telefonisch", ["telefoon"]))

    @property
    def kanalen_schriftelijk(self) -> list[str]:
        """Schriftelijk contact (e-mail, post): geen tijdstip van het gedrag, dus zonder tijd compleet (3.1)."""
        return list(self.gegevens.get("kanalen_schriftelijk", ["schriftelijk"]))

    def rol(self, naam: str) -> str:
        """Hoe het protocol een rol noemt ([rollen]): 'coördinator van het interventieteam' (Geertruidenberg),
        'coördinator agressie en geweld' (Losser); 'leidinggevende' en 'coördinator' als het profiel niets zegt."""
        return str(self.deel("rollen").get(naam) or {"coordinator": "coördinator"}.get(naam, naam))

    @property
    def receptie_bellen(self) -> str:
        """Wie de receptie waarschuwt als iemand met een verbod of een verwachte dreiging toch komt ([receptie] bellen;
        Geertruidenberg 3.3: het interventieteam, 333)."""
        return str(self.deel("receptie").get("bellen") or "").strip()

    def artikel(self, naam: str) -> str:
        """De verwijzing naar het eigen protocol voor algemene uitvoer ([artikelen] in het profiel): ' (4.2)' bij
        Geertruidenberg voor de melding, leeg als het protocol er geen artikel voor heeft (Losser)."""
        waarde = str(self.deel("artikelen").get(naam) or "").strip()
        return f" ({waarde})" if waarde else ""

    def deel(self, naam: str) -> dict:
        """Een tabel van het profiel ([minimum_bij_vorm], [participatiewet], ...); leeg als het profiel hem niet kent."""
        waarde = self.gegevens.get(naam, {})
        return waarde if isinstance(waarde, dict) else {}

    @property
    def verplicht_voor_compleet(self) -> list[str]:
        return list(self.gegevens.get("verplicht_voor_compleet", []))

    @functools.cached_property
    def soorten(self) -> dict[str, Soort]:
        # Eén keer per profiel: termijnen en rapport vragen het per maatregel (bij 10.000 incidenten 15.000 keer).
        return {k: Soort(k, v) for k, v in self.gegevens.get("soorten", {}).items()}

    def is_soort(self, sleutel: object, vlag: str) -> bool:
        """Heeft de soort `sleutel` (de soort van een maatregel, mogelijk leeg of onbekend) de vlag `vlag` in het
        profiel (3.2: 'waarschuwing', 'gesprek', 'bevestiging', 'afsluitend', 'bedrag', ...)? Zo vraagt de code wat
        een soort is, niet hoe ze heet."""
        soort = self.soorten.get(str(sleutel or ""))
        return soort is not None and bool(getattr(soort, vlag))

    @property
    def afsluitende_soort(self) -> str:
        """De soort die alleen vastlegt (vlag `afsluitend`, de registratie), voor de opdrachten in advies en meldingen."""
        return next((s for s, d in self.soorten.items() if d.afsluitend), "registratie")

    @property
    def aangifte_soort(self) -> str:
        """De soort die `agressie aangifte` vastlegt (vlag `aangifte`). Zonder: 'aangifte', zodat een profiel zonder
        die soort de gewone melding krijgt dat de soort niet bestaat."""
        return next((s for s, d in self.soorten.items() if d.aangifte), "aangifte")

    def soort(self, sleutel: str) -> Soort:
        soorten = self.soorten
        if sleutel not in soorten:
            raise InvoerFout(
                f"«soort»: '{sleutel}' bestaat niet in het profiel {self.naam}. Kies uit: {', '.join(soorten)}."
            )
        return soorten[sleutel]

    @property
    def matrix(self) -> dict[str, list[dict]]:
        return self.gegevens.get("matrix", {})

    @property
    def regels(self) -> list[dict]:
        return list(self.gegevens.get("regels", []))

    @property
    def verbod_overtreden(self) -> dict:
        return self.gegevens.get("verbod_overtreden", {})

    def _controleer(self) -> None:
        """Een eigen profiel met een tikfout moet meteen een duidelijke melding geven, niet halverwege een advies."""
        g = self.gegevens
        if g.get("classificatie") not in ("ernst", "gedrag"):
            raise AgressieFout(
                f'Profiel {self.bron}: \'classificatie\' moet "ernst" of "gedrag" zijn.', code=Afsluitcode.FOUT
            )
        if not isinstance(g.get(g["classificatie"]), dict) or not g[g["classificatie"]]:
            raise AgressieFout(
                f"Profiel {self.bron}: de tabel [{g['classificatie']}] met de waarden ontbreekt.", code=Afsluitcode.FOUT
            )
        probleem = keuzelijst_probleem([str(k) for k in g[g["classificatie"]]])
        if probleem:
            raise AgressieFout(
                f"Profiel {self.bron}: in [{g['classificatie']}] {probleem} (de kolom {g['classificatie'].capitalize()} "
                "in het register en het meldformulier). Kies korte waarden zonder komma; de omschrijving ernaast mag "
                "lang zijn.",
                code=Afsluitcode.INVOER,
            )
        soorten = g.get("soorten", {})
        if not soorten:
            raise AgressieFout(f"Profiel {self.bron}: er staan geen [soorten.*] in.", code=Afsluitcode.FOUT)
        for sleutel, soort in soorten.items():
            if isinstance(soort, dict) and soort.get("horen", "achteraf") not in ("vooraf", "achteraf"):
                raise AgressieFout(
                    f'Profiel {self.bron}: soorten.{sleutel}.horen moet "vooraf" of "achteraf" zijn.',
                    code=Afsluitcode.FOUT,
                )
        for kolom, rijen in self.matrix.items():
            if kolom not in g[g["classificatie"]]:
                raise AgressieFout(
                    f"Profiel {self.bron}: matrixkolom '{kolom}' is geen waarde van {g['classificatie']}.",
                    code=Afsluitcode.FOUT,
                )
            for rij in rijen:
                if rij.get("soort") not in soorten:
                    raise AgressieFout(
                        f"Profiel {self.bron}: matrix {kolom} noemt onbekende soort '{rij.get('soort')}'.",
                        code=Afsluitcode.FOUT,
                    )
        for regel in self.regels:
            if regel.get("soort") and regel["soort"] not in soorten:
                raise AgressieFout(
                    f"Profiel {self.bron}: regel '{regel.get('naam')}' noemt onbekende soort '{regel['soort']}'.",
                    code=Afsluitcode.FOUT,
                )
        if not self.matrix and not self.regels:
            raise AgressieFout(f"Profiel {self.bron}: geef een [matrix] of [[regels]].", code=Afsluitcode.FOUT)


def samenvoegen(basis: dict, aanpassing: dict) -> dict:
    """Diep samenvoegen: wat de gemeente aanpast wint, de rest blijft van het profiel."""
    uitkomst = copy.deepcopy(basis)
    for sleutel, waarde in aanpassing.items():
        if isinstance(waarde, dict) and isinstance(uitkomst.get(sleutel), dict):
            uitkomst[sleutel] = samenvoegen(uitkomst[sleutel], waarde)
        else:
            uitkomst[sleutel] = copy.deepcopy(waarde)
    return uitkomst


def lees_profielbestand(naam_of_pad: str, basis_map: Path | None = None) -> tuple[dict, str]:
    if naam_of_pad.lower() in MEEGELEVERD:
        tekst = (
            resources.files("agressie_cli.domein.profielen")
            .joinpath(f"{naam_of_pad.lower()}.toml")
            .read_text(encoding="utf-8")
        )
        return tomllib.loads(tekst), naam_of_pad.lower()
    pad = Path(naam_of_pad)
    if not pad.is_absolute() and basis_map is not None:
        pad = basis_map / pad
    if not pad.is_file():
        raise AgressieFout(
            f"Profiel '{naam_of_pad}' niet gevonden. Gebruik {' of '.join(MEEGELEVERD)}, of het pad naar een eigen profielbestand.",
            code=Afsluitcode.FOUT,
        )
    try:
        return tomllib.loads(pad.read_text(encoding="utf-8-sig")), str(pad)
    except tomllib.TOMLDecodeError as fout:
        raise AgressieFout(f"Profiel {pad} is geen geldige TOML: {fout}", code=Afsluitcode.FOUT)


def laad_profiel(instellingen: Instellingen) -> Profiel:
    eigen, bron = lees_profielbestand(str(instellingen.gegevens.get("profiel", "geertruidenberg")), instellingen.map)
    bronnen = [(eigen, bron, "")]  # elk bestand met zijn eigen sleutels, voor een melding die het goede bestand noemt
    gegevens = dict(eigen)
    # Een eigen profiel mag voortbouwen op een meegeleverd profiel ("basis = ...").
    if "basis" in gegevens:
        basis, basisbron = lees_profielbestand(str(gegevens.pop("basis")), instellingen.map)
        bronnen.insert(0, (basis, basisbron, ""))
        gegevens = samenvoegen(basis, gegevens)
    if instellingen.gegevens.get("venster_maanden"):
        gegevens["venster_maanden"] = instellingen.gegevens["venster_maanden"]
    aanpassingen = instellingen.deel("profiel_aanpassingen")
    bronnen.append((aanpassingen, str(instellingen.map / INSTELLINGEN_BESTAND), "profiel_aanpassingen"))
    gegevens = samenvoegen(gegevens, aanpassingen)
    for inhoud, bestand, voorvoegsel in bronnen:  # een tikfout in een sleutel: geweigerd (profielschema.py)
        controleer_sleutels(inhoud, bestand, gegevens, voorvoegsel)
    for sleutel, (voorbeeld, maximum) in GETALLEN.items():
        if sleutel in gegevens:
            gegevens[sleutel] = geheel_getal(gegevens[sleutel], sleutel, voorbeeld, maximum)
    return Profiel(gegevens, bron)


# In agressie.toml of het profiel, door mensen getypt; met een voorbeeld voor de melding en een bovengrens (een
# enorm getal gaf 'onverwachte fout': een datum voorbij het jaar 9999, 3.3).
GETALLEN = {
    "venster_maanden": (6, MAX_VENSTER),
    "reactietermijn_dagen": (7, 365),
    "betaaltermijn_dagen": (14, 365),
    "reactie_dagen": (14, 365),
    "antwoord_dagen": (28, 365),
    "herzien_na_maanden": (6, 120),
}
