"""Het register als .xlsx die mensen ook in Excel openen. Lezen met python-calamine (snel), schrijven met
xlsx.py (gestreamd); onder een slot, nooit terwijl Excel het bestand open heeft, in één stap vervangen, met
een reservekopie ervoor en een logboek waar alleen regels bij komen."""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import errno
import functools
import io
import os
import re
import stat
import threading
import time
import weakref
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from agressie_cli.domein import nederlands
from agressie_cli.domein.bestanden import tijdelijk_naast, verberg, vervang, weiger_te_lang
from agressie_cli.domein.fouten import AgressieFout, InvoerFout, OpschonenOngedaan, RegisterFout
from agressie_cli.domein.kantoorslot import eigenaar_van_slot, slotbestand
from agressie_cli.domein.profiel import Profiel
from agressie_cli.domein.register import Register, gebruikersnaam
from agressie_cli.domein.snelheid import zonder_gc
from agressie_cli.domein.velden import BLADEN, LOGBOEK, SCHEMA_VERSIE, keuzelijst_probleem, kolommen_van
from agressie_cli.opslag import Hersteld, Opslag, Reservekopie
from agressie_cli.opslag.excel import afmetingen, reservekopieen, snelle_kopie
from agressie_cli.opslag.excel.cellen import Bijzaken, Celfout, lees_blad, naar_domein, rijwaarden
from agressie_cli.opslag.excel.structuur import structuurfouten
from agressie_cli.opslag.excel.wijzigingen import ATTRIBUTEN, Herkomst, bijgewerkte_kopie, plan

LOGBOEK_BESTAND = "logboek.csv"
# Hoe lang een wijziging op het slot wacht (3.5: twintig meldingen op het web en twintig op de opdrachtregel tegelijk,
# op een drukke server een paar seconden per schrijfactie: geen melding mag daardoor verloren gaan), en hoe vaak wie
# wacht dat hoort. Een regel in het logboek bij het lezen wacht slot_wachttijd (60 s).
SCHRIJF_WACHTTIJD = 600.0
WACHTMELDING_ELKE = 15.0
# De vierde kolom (Nummer) van elke regel van het logboek: tijdstip;gebruiker;actie;nummer;reservekopie.
_NUMMERVELD = re.compile(r"^[^;\n]*;[^;\n]*;[^;\n]*;([^;\n]*)", re.MULTILINE)


@dataclass
class _Gelezen:
    """Het Excel-bestand zoals gelezen: rijen met ruwe waarden bij celfouten en met de extra kolommen erin."""

    schema: int
    rijen: dict[str, list[dict]] = field(default_factory=dict)
    bijzaken: Bijzaken = field(default_factory=Bijzaken)


@dataclass
class _Staat:
    bijzaken: Bijzaken
    herkomst: Herkomst | None = None


@dataclass(eq=False)  # een notitie is zichzelf: twee met dezelfde regels zijn twee
class _Notitie:
    regels: list[dict]
    klaar: bool = False
    fout: BaseException | None = None


class ExcelOpslag(Opslag):
    def __init__(
        self,
        pad: Path,
        profiel: Profiel | None,
        slot_wachttijd: float = 60.0,
        cache: bool = True,
        schrijf_wachttijd: float | None = None,
    ):
        self.pad = Path(pad)
        self.profiel = profiel
        self.slot_wachttijd = slot_wachttijd  # een regel in het logboek bij het lezen (noteer): kort
        # Een wijziging (melden, aanvullen ...) wacht langer: wat iemand intypte, mag niet verloren gaan omdat twintig
        # collega's tegelijk schrijven (3.5). Zo lang als de wachttijd voor lezen als die langer is opgegeven.
        self.schrijf_wachttijd = max(
            slot_wachttijd, SCHRIJF_WACHTTIJD if schrijf_wachttijd is None else schrijf_wachttijd
        )
        self.cache = cache  # de snelle kopie naast het register gebruiken (niet bij reservekopieën)
        self._staat: weakref.WeakKeyDictionary[Register, _Staat] = weakref.WeakKeyDictionary()
        self.bij_wachten: Callable[[str], None] | None = None  # de CLI zegt het de gebruiker als het slot bezet is
        # Threads van één proces (de webserver) wachten op elkaar met een gewoon slot: het bestandsslot kijkt maar
        # af en toe of het vrij is, en twintig threads die dat tegelijk doen, wachten elk veel langer dan nodig.
        self._draden = threading.RLock()
        self._notities_slot = threading.Lock()
        self._notities: list[_Notitie] = []  # regels voor het logboek die op het slot wachten (noteer)
        self._geteld: dict[tuple[str, int, int, int], int] = {}  # reservekopie -> aantal incidenten
        self._vooraf: tuple[str, Register] | None = None  # (sleutel, ongerept register) van lees_vooraf

    @property
    def cache_pad(self) -> Path:
        return snelle_kopie.pad_van(self.pad)

    @functools.cached_property
    def vinger(self) -> str:
        return snelle_kopie.vingerafdruk({naam: kolommen_van(naam, self.profiel) for naam in BLADEN})

    def bijzaken(self, register: Register) -> Bijzaken:
        staat = self._staat.get(register)
        return staat.bijzaken if staat else Bijzaken()

    def problemen(self, register: Register) -> list[str]:
        bijzaken = self.bijzaken(register)
        return structuurfouten(register, bijzaken, self.profiel, alle_bladen=False) + [str(f) for f in bijzaken.fouten]

    # --- lezen -----------------------------------------------------------------------------
    def lees(self, bladen: tuple[str, ...] | None = None) -> Register:
        """Leest het register. Een bestand dat geen leesbaar register is, wordt niet aangeraakt.
        Met de snelle kopie (zie snelle_kopie.py) als die bij precies deze versie van het bestand hoort;
        anders uit het Excel-bestand, waarna de kopie opnieuw gemaakt wordt."""
        with zonder_gc():  # veel objecten, geen kringen (zie domein/snelheid.py)
            if not self.cache:
                return self._migreer(self._naar_register(self._lees_excel(bladen)))
            return self._migreer(self._lees_via_kopie(bladen, om_te_bewaren=False))

    def lees_vooraf(self) -> Register:
        """Zoals lees(), en daarnaast een ongewijzigde kopie van de rijen met de herkomst, voor `wijzig` als het bestand
        tot het slot niet verandert (dezelfde sleutel): dan hoeft het register onder het slot niet opnieuw gelezen te
        worden (3.2; een brief las het twee keer). De kopie gaat mee met het eerstvolgende `wijzig` of vervalt daar."""
        with zonder_gc():
            register = self._lees_om_te_wijzigen(vooraf=False)
            staat = self._staat.get(register)
            if staat is not None and staat.herkomst is not None and register.schema == SCHEMA_VERSIE:
                self._vooraf = (staat.herkomst.kopie.sleutel, self._ongerepte_kopie(register, staat))
            return register

    def _ongerepte_kopie(self, register: Register, staat: _Staat) -> Register:
        """Een tweede register met dezelfde rijen (eigen dicts, eigen lijsten), bijzaken en herkomst: wat onder het
        slot gelezen zou worden zolang het bestand hetzelfde is. De bijzaken per rij horen bij de nieuwe rijen."""
        bijzaken = staat.bijzaken
        per_rij: dict[int, dict[str, object]] = {}
        kopie = Register(
            gebruiker=register.gebruiker, schema=register.schema, ontbrekende_bladen=register.ontbrekende_bladen
        )
        for naam, attribuut in ATTRIBUTEN:
            rijen = getattr(register, attribuut)
            nieuw = [rij.copy() for rij in rijen]
            for veld in kolommen_van(naam, self.profiel):
                if veld.type == "lijst":
                    sleutel = veld.sleutel
                    for rij in nieuw:
                        waarde = rij.get(sleutel)
                        if waarde.__class__ is list:
                            rij[sleutel] = list(waarde)
            if bijzaken.per_rij:
                for oud, rij in zip(rijen, nieuw, strict=True):
                    ruw = bijzaken.per_rij.get(id(oud))
                    if ruw is not None:
                        per_rij[id(rij)] = dict(ruw)
            setattr(kopie, attribuut, nieuw)
        self._staat[kopie] = _Staat(dataclasses.replace(bijzaken, per_rij=per_rij), staat.herkomst)
        return kopie

    def _lees_om_te_wijzigen(self, vooraf: bool = True) -> Register:
        voorraad, self._vooraf = self._vooraf, None
        if (
            vooraf
            and voorraad is not None
            and self.cache
            and snelle_kopie.sleutel_van(self._lees_bytes()) == voorraad[0]
        ):
            return voorraad[1]  # het bestand is sinds lees_vooraf niet veranderd
        del voorraad  # veranderd (een collega schreef intussen): niet nog een register in het geheugen houden
        with zonder_gc():
            if not self.cache:
                return self._migreer(self._naar_register(self._lees_excel(None)))
            return self._migreer(self._lees_via_kopie(None, om_te_bewaren=True))

    def _naar_register(self, gelezen: _Gelezen) -> Register:
        register = Register(
            gebruiker=gebruikersnaam(),
            schema=gelezen.schema,
            ontbrekende_bladen=tuple(gelezen.bijzaken.ontbrekende_bladen),
        )
        for naam, attribuut in ATTRIBUTEN:
            if naam in gelezen.rijen:
                extra = gelezen.bijzaken.extra_kolommen.get(naam, [])
                setattr(register, attribuut, naar_domein(gelezen.rijen[naam], extra, gelezen.bijzaken))
        self._staat[register] = _Staat(gelezen.bijzaken)
        return register

    def _lees_via_kopie(self, bladen: tuple[str, ...] | None, om_te_bewaren: bool) -> Register:
        kopie = self._kopie()
        try:
            return self._uit_kopie(kopie, bladen, om_te_bewaren)
        except Exception:  # elke fout in de kopie (ook een die wel laadt maar niet decodeert, 2.5)
            # Beschadigde kopie: weg ermee, en lezen uit het Excel-bestand. Een tweede fout is geen kopiefout meer.
            del kopie
            snelle_kopie.verwijder(self.cache_pad)
            return self._uit_kopie(self._kopie(), bladen, om_te_bewaren)

    def _uit_kopie(self, kopie: snelle_kopie.Kopie, bladen: tuple[str, ...] | None, om_te_bewaren: bool) -> Register:
        """Het register uit de snelle kopie; met `bladen` alleen die bladen. Om te bewaren: met de herkomst
        (de kopie en de rijen zoals gelezen); anders gaat de kopie blad voor blad weg (minder geheugen)."""
        decodeer = snelle_kopie.decodeer_algemeen
        bijzaken = Bijzaken(
            fouten=[
                Celfout(b, r, k, kop, decodeer(w), reden)
                for b, r, k, kop, w, reden in kopie.fouten
                if bladen is None or b in bladen
            ],
            extra_kolommen={n: list(k) for n, k in kopie.extra_kolommen.items()},
            extra_bladen={n: [[decodeer(v) for v in rij] for rij in rijen] for n, rijen in kopie.extra_bladen.items()},
            ontbrekende_bladen=_ontbrekend(kopie.schema, kopie.namen),
            lege_rijen={n: list(r) for n, r in kopie.lege_rijen.items()},
        )
        register = Register(
            gebruiker=gebruikersnaam(), schema=kopie.schema, ontbrekende_bladen=tuple(bijzaken.ontbrekende_bladen)
        )
        gelezen: dict[str, Any] = {}  # om te bewaren: per blad de rijen als tuples (anders None)
        for naam, attribuut in ATTRIBUTEN:
            if bladen is not None and naam not in bladen:
                continue
            blad = kopie.blad(naam)
            if not om_te_bewaren:  # alleen lezen: gecodeerde bladen tot en met dit blad meteen vrijgeven
                for gelezen_blad in kopie.namen[: kopie.namen.index(naam) + 1] if naam in kopie.namen else ():
                    kopie.bladen.pop(gelezen_blad, None)
            if blad is None:
                continue
            bijzaken.velden[naam] = list(blad.velden)
            rijen, gelezen[naam] = blad.rijen(met_momentopname=om_te_bewaren)
            del blad
            setattr(register, attribuut, naar_domein(rijen, bijzaken.extra_kolommen.get(naam, []), bijzaken))
        self._staat[register] = _Staat(bijzaken, Herkomst(kopie, gelezen) if om_te_bewaren else None)
        return register

    def _kopie(self) -> snelle_kopie.Kopie:
        """De snelle kopie die bij het huidige bestand hoort; zo nodig eerst gemaakt uit het Excel-bestand."""
        inhoud = self._lees_bytes()
        sleutel = snelle_kopie.sleutel_van(inhoud)
        kopie = snelle_kopie.laad(self.cache_pad, self.vinger, sleutel)
        if kopie is None:
            gelezen = self._lees_excel(None, inhoud)
            b = gelezen.bijzaken
            kopie = snelle_kopie.maak(sleutel, gelezen.schema, b.extra_kolommen, b.extra_bladen, b.fouten, b.lege_rijen)
            for naam, _ in ATTRIBUTEN:
                if naam in gelezen.rijen:
                    kopie.zet_blad(naam, snelle_kopie.Bladkopie.uit_rijen(b.velden[naam], gelezen.rijen.pop(naam)))
            data = snelle_kopie.naar_bytes(kopie, self.vinger)  # blad voor blad: nooit twee keer een heel register
            del kopie, gelezen
            if self._ongewijzigd_sinds(sleutel):
                # Niet als een schrijver het register intussen verving: dan zou deze (oudere) kopie de
                # zijne vervangen, met bijvoorbeeld gegevens die net zijn opgeschoond.
                snelle_kopie.bewaar(self.cache_pad, data, self.vinger)
            kopie = snelle_kopie.uit_bytes(data, self.vinger, sleutel)
            assert kopie is not None  # net gemaakt met dezelfde sleutel en vinger
        return kopie

    def _ongewijzigd_sinds(self, sleutel: str) -> bool:
        try:
            return snelle_kopie.sleutel_van(self.pad.read_bytes()) == sleutel
        except OSError:
            return False

    def _migreer(self, register: Register) -> Register:
        if register.schema < SCHEMA_VERSIE:
            from agressie_cli.domein.migraties import migreer

            migreer(register)
        return register

    def _lees_bytes(self) -> bytes:
        if not self.pad.is_file():
            raise RegisterFout(f"Register '{self.pad}' niet gevonden. Maak het met 'agressie init'.")
        try:
            return self.pad.read_bytes()
        except PermissionError:
            raise RegisterFout(
                f"Geen toestemming om het register '{self.pad}' te lezen. Vraag de beheerder om leesrechten."
            )
        except OSError as fout:
            raise RegisterFout(f"Het register '{self.pad}' kan niet gelezen worden: {fout.strerror or fout}.")

    def _lees_excel(self, bladen: tuple[str, ...] | None, inhoud: bytes | None = None) -> _Gelezen:
        """Leest het Excel-bestand blad voor blad (een commando dat maar een deel nodig heeft, noemt die bladen)."""
        if inhoud is None:
            inhoud = self._lees_bytes()
        try:
            from python_calamine import CalamineWorkbook

            te_ver = afmetingen.te_groot(inhoud)
            if te_ver:
                raise RegisterFout(
                    f"Het register '{self.pad.name}' reikt te ver: {te_ver}. agressie leest het niet, want het zou het "
                    "geheugen vullen. Open het in Excel, ga met Ctrl+End naar de laatste cel en verwijder de rijen en "
                    "kolommen na de gegevens; of zet een reservekopie terug met: agressie herstel --lijst"
                )
            werkboek = CalamineWorkbook.from_filelike(io.BytesIO(inhoud))
            namen = list(werkboek.sheet_names)
            ontbrekend = [b for b in ("Incidenten", "Maatregelen") if b not in namen]
            if ontbrekend:
                raise RegisterFout(
                    f"Het register '{self.pad.name}' mist het blad {' en '.join(ontbrekend)}. "
                    "Is het bestand hernoemd of zijn bladen verwijderd? " + self._reservekopie_hint()
                )
            info = werkboek.get_sheet_by_name("Info").to_python() if "Info" in namen else []
            gelezen = _Gelezen(_schema_versie(info))
            gelezen.bijzaken.ontbrekende_bladen = _ontbrekend(gelezen.schema, namen)
            if gelezen.schema > SCHEMA_VERSIE:
                raise RegisterFout(
                    f"Het register heeft schemaversie {gelezen.schema}; deze versie van agressie kent tot en met {SCHEMA_VERSIE}. "
                    "Werk agressie bij (pip install --upgrade agressie)."
                )
            for naam, _ in ATTRIBUTEN:
                if naam in namen and (bladen is None or naam in bladen):
                    rijen = werkboek.get_sheet_by_name(naam).iter_rows()
                    gelezen.rijen[naam] = lees_blad(naam, rijen, kolommen_van(naam, self.profiel), gelezen.bijzaken)
            if bladen is None:
                gelezen.bijzaken.extra_bladen = {
                    n: werkboek.get_sheet_by_name(n).to_python(skip_empty_area=False)
                    for n in namen
                    if n not in BLADEN and n != "Info"
                }
        except AgressieFout:
            raise
        except Exception:
            raise RegisterFout(self._beschadigd_melding())
        return gelezen

    # --- schrijven -------------------------------------------------------------------------
    @contextlib.contextmanager
    def wijzig(self, na_bewaren: Callable[[], None] | None = None) -> Iterator[Register]:
        with self.slot(self.schrijf_wachttijd):
            self._weiger_als_geopend()
            self._weiger_als_alleen_lezen()
            self._weiger_tabellen()
            register = self._lees_om_te_wijzigen()
            register.zet_uitgegeven(self._genoemde_nummers)
            # Een register van vóór schemaversie 1 heeft nog geen blad Personen: dat maakt de migratie.
            fouten = structuurfouten(register, self.bijzaken(register), self.profiel, register.schema >= SCHEMA_VERSIE)
            if fouten:
                raise InvoerFout(
                    f"Het register '{self.pad.name}' is met de hand gewijzigd op een manier die gegevens aan de "
                    "verkeerde persoon of het verkeerde incident zou koppelen; er is niets gewijzigd. "
                    + " ".join(fouten)
                    + " Herstel dit in Excel, of zet een reservekopie terug (agressie herstel --lijst)."
                )
            oude_versie = register.schema
            yield register
            if oude_versie < SCHEMA_VERSIE:
                kopie = reservekopieen.maak(self.pad, f"voor-migratie-v{oude_versie}")
                if self.bij_migratie:
                    self.bij_migratie(
                        f"Het register is bijgewerkt van schemaversie {oude_versie} naar {SCHEMA_VERSIE}; "
                        f"de oude versie staat in {kopie}."
                    )
            self.bewaar(register)
            if na_bewaren:
                na_bewaren()
            if self.na_schrijven:
                self.na_schrijven()

    def _genoemde_nummers(self) -> Iterator[str]:
        """Wat buiten de rijen een nummer noemt (3.3): de kolom Nummer van het logboek en de namen van de brieven in
        de briefmap ('2026-0012-waarschuwing-Jansen.docx', en 'X.nieuw-M00012.docx' van een gestopte `brief`).
        Alleen gelezen als er onder het slot een nieuw nummer nodig is: niet bij elk lezen van een groot register."""
        yield self._nummers_in_logboek()
        if self.briefmap is not None:
            with contextlib.suppress(OSError), os.scandir(self.briefmap) as bestanden:
                for bestand in bestanden:
                    yield bestand.name

    def _nummers_in_logboek(self) -> str:
        """De hoogste nummers in de kolom Nummer van het logboek, als tekst ('P0012 M00034 2026-0045'). Het logboek
        groeit alleen: wat al gelezen is, staat (alleen nummers, geen persoonsgegevens) in 'logboek.csv.nummers', en
        alleen de regels erna worden gelezen. Een logboek dat korter werd, wordt helemaal opnieuw gelezen; een
        verouderd bestand kan alleen een nummer overslaan, nooit een nummer opnieuw uitgeven."""
        from agressie_cli.domein.register import HoogsteNummers

        pad = self.logboek_pad
        onthouden = pad.with_name(f"{pad.name}.nummers")
        try:
            grootte = pad.stat().st_size
        except OSError:
            return ""
        begin, hoogste = 0, HoogsteNummers()
        with contextlib.suppress(OSError, ValueError):
            gelezen, _, eerder = onthouden.read_text(encoding="ascii").partition("\n")
            if 0 < int(gelezen) <= grootte:
                begin = int(gelezen)
                hoogste.noem(eerder)
        try:
            with open(pad, "rb") as f:
                f.seek(begin)
                nieuw = f.read()
        except OSError:
            return hoogste.als_tekst()
        einde = nieuw.rfind(b"\n") + 1  # alleen hele regels; een half geschreven regel de volgende keer
        hoogste.noem("\n".join(_NUMMERVELD.findall(nieuw[:einde].decode("utf-8", "replace"))))
        samen = hoogste.als_tekst()
        if einde:
            with contextlib.suppress(OSError):
                onthouden.write_text(f"{begin + einde}\n{samen}", encoding="ascii")
        return samen

    def _weiger_tabellen(self) -> None:
        """Een tabel ('Opmaken als tabel', een ListObject) kan agressie niet meeschrijven: het volgende bewaren haalde
        hem stil weg (3.3). Schrijven weigert dan; lezen gaat door (de cellen zelf leest agressie gewoon)."""
        import zipfile

        try:
            zf = zipfile.ZipFile(self.pad)
        except (OSError, zipfile.BadZipFile, ValueError):
            return  # het lezen hierna zegt wat er mis is met het bestand
        with zf:
            if not any(n.startswith("xl/tables/") for n in zf.namelist()):
                return
            try:
                bladen = _bladen_met_tabel(zf)
            except (OSError, zipfile.BadZipFile, KeyError, ValueError):
                bladen = []  # welk blad is niet te zeggen; de tabel is er wel
        waar = " en ".join(f"het blad {b}" for b in bladen) if bladen else "een blad"
        raise InvoerFout(
            f"Het register '{self.pad.name}' bevat een tabel (Opmaken als tabel) op {waar}. agressie kan een tabel "
            "niet bewaren en zou hem bij het opslaan weghalen; er is niets gewijzigd. Maak er in Excel een gewoon "
            "bereik van: klik in de tabel, kies Tabelontwerp > Converteren naar bereik, sla op en probeer het opnieuw. "
            "Lezen (lijst, historie, verboden ...) gaat gewoon door."
        )

    def maak_leeg(self) -> None:
        if self.pad.exists():
            raise InvoerFout(f"{self.pad} bestaat al; agressie init overschrijft geen register.")
        self.bewaar(Register())

    def _weiger_als_alleen_lezen(self) -> None:
        # Ook als beheerder (root) vervangen we geen bestand dat iemand bewust alleen-lezen heeft gemaakt.
        if self.pad.exists() and not (self.pad.stat().st_mode & stat.S_IWUSR):
            raise RegisterFout(
                f"Het register '{self.pad.name}' is alleen-lezen. Er is niets gewijzigd. "
                "Haal het vinkje 'Alleen-lezen' weg (Eigenschappen van het bestand) of vraag de beheerder om schrijfrechten."
            )

    @contextlib.contextmanager
    def slot(self, wachttijd: float | None = None) -> Iterator[None]:
        """Het slot tussen threads en processen. `wachttijd`: hoe lang wachten als het bezet is (standaard
        slot_wachttijd; een wijziging wacht schrijf_wachttijd); daarna de fout 'bezet'."""
        wachttijd = self.slot_wachttijd if wachttijd is None else wachttijd
        begin = time.monotonic()
        if not self._draden.acquire(timeout=wachttijd):
            raise RegisterFout(_bezet(wachttijd))
        try:
            with self._bestandsslot(max(0.0, wachttijd - (time.monotonic() - begin)), wachttijd):
                yield
        finally:
            self._draden.release()

    @contextlib.contextmanager
    def _bestandsslot(self, wachttijd: float, voor_de_melding: float) -> Iterator[None]:
        from filelock import FileLock, Timeout

        slot = FileLock(str(self.pad.with_name(self.pad.name + ".lock")), timeout=wachttijd)
        wie = self.pad.with_name(self.pad.name + ".lock.wie")  # wie het slot heeft, voor wie erop wacht
        begin = time.monotonic()
        try:
            try:
                slot.acquire(timeout=min(1.0, wachttijd))
            except Timeout:
                if self.bij_wachten is not None:
                    self.bij_wachten(f"Wacht op {_lees_wie(wie)}: die slaat het register nu op ...")
                while True:  # wie lang wacht (veel collega's tegelijk), hoort af en toe dat hij nog wacht
                    rest = wachttijd - (time.monotonic() - begin)
                    if rest <= 0:
                        raise Timeout(slot.lock_file)
                    try:
                        slot.acquire(timeout=min(WACHTMELDING_ELKE, rest))
                        break
                    except Timeout:
                        if self.bij_wachten is not None and rest > WACHTMELDING_ELKE:
                            self.bij_wachten(
                                f"Wacht nog op het register ({time.monotonic() - begin:.0f} s): collega's slaan het nu op ..."
                            )
            with contextlib.suppress(OSError):
                wie.write_text(gebruikersnaam(), encoding="utf-8")
            self._rond_logboek_af()
        except Timeout:
            raise RegisterFout(_bezet(voor_de_melding))
        except PermissionError:
            raise RegisterFout(
                f"Geen schrijfrechten in de map '{self.pad.parent}'. Vraag de beheerder om schrijfrechten."
            )
        except OSError as fout:
            raise RegisterFout(
                f"Het register kan niet vergrendeld worden in '{self.pad.parent}': {fout.strerror or fout}."
            )
        try:
            yield
        finally:
            with contextlib.suppress(OSError):
                wie.unlink()
            slot.release()

    def _weiger_als_geopend(self) -> None:
        eigenaar = eigenaar_van_slot(self.pad)
        if eigenaar:
            raise RegisterFout(
                f"Het register is geopend door {eigenaar} (in Excel of LibreOffice). Er is niets gewijzigd. "
                "Vraag om het bestand te sluiten en probeer het daarna opnieuw." + self._oud_slot()
            )

    def _oud_slot(self) -> str:
        """Na een vastloper laat Excel het slotbestand staan en blokkeert het alle schrijfacties, zonder aanwijzing
        (2.5): zeg hoe oud het is en wat te doen."""
        pad = slotbestand(self.pad)
        try:
            sinds = datetime.fromtimestamp(pad.stat().st_mtime) if pad else None
        except OSError:
            return ""
        if sinds is None:
            return ""
        uren = (datetime.now() - sinds).total_seconds() / 3600
        return (
            f" Het slotbestand '{pad.name if pad else ''}' is van {nederlands.moment_kort(sinds)}"
            + (f" ({uren:.0f} uur geleden)" if uren >= 1 else "")
            + ". Heeft niemand het register nog open (Excel kan na een vastloper dit bestand laten staan), "
            "verwijder dan dat bestand."
        )

    def bewaar(self, register: Register) -> None:
        """Schrijft naar een tijdelijk bestand in dezelfde map en vervangt het register daarna in één stap."""
        with zonder_gc():  # de rijen als cellen, XML en snelle kopie: veel objecten, geen kringen
            self._bewaar(register)

    def _bewaar(self, register: Register) -> None:
        staat = self._staat.get(register) or _Staat(Bijzaken())
        tijdelijk = tijdelijk_naast(self.pad)
        weiger_te_lang(tijdelijk)  # 3.6: vooraf, niets gewijzigd (de reservekopie: atomisch)
        vervangen = False
        try:
            self._ruim_tijdelijke_bestanden_op()
            kopie = self._schrijf_alleen_wijzigingen(register, staat, tijdelijk) if self.cache else None
            if kopie is None:
                self._schrijf_werkboek(register, staat.bijzaken, tijdelijk)
            verberg(tijdelijk)  # Windows: collega's zien het tijdelijke register niet (vervang maakt het zichtbaar)
            with open(tijdelijk, "rb+") as f:
                os.fsync(f.fileno())
                f.seek(0)
                sleutel = snelle_kopie.sleutel_van(f.read())
                if kopie is not None:
                    kopie.sleutel = sleutel
            kopie_vooraf = reservekopieen.maak(self.pad)
            regels = self._logregels(register, kopie_vooraf)
            self._noteer_onderweg(sleutel, regels)
            vervang(tijdelijk, self.pad)
            vervangen = True
            self._schrijf_logboek(register, kopie_vooraf)
            with contextlib.suppress(OSError):
                self._onderweg_pad.unlink(missing_ok=True)
            staat.herkomst = None  # het register in het geheugen hoort niet meer bij een gelezen bestand
            if kopie is not None:
                if not snelle_kopie.bewaar(self.cache_pad, kopie, self.vinger):
                    snelle_kopie.verwijder(self.cache_pad)  # geen oude kopie laten staan (opschonen: AVG)
            elif self.cache:
                # Na een volledige schrijfactie maakt het volgende commando de kopie opnieuw uit het
                # Excel-bestand; een oude kopie (bijvoorbeeld met gegevens van vóór opschonen) gaat weg.
                snelle_kopie.verwijder(self.cache_pad)
        except OSError as fout:
            if vervangen:  # nooit 'niets gewijzigd' zeggen na het opslaan: een script zou het opnieuw proberen
                raise RegisterFout(
                    f"Het register is opgeslagen, maar '{LOGBOEK_BESTAND}' kon niet worden bijgewerkt "
                    f"({fout.strerror or fout}). Doe de handeling niet opnieuw; meld dit aan de beheerder."
                )
            if isinstance(fout, PermissionError):
                raise RegisterFout(
                    f"Geen toestemming om '{self.pad}' te schrijven: alleen-lezen, geen schrijfrechten in de map, "
                    "of geopend in een ander programma. Er is niets gewijzigd."
                )
            raise RegisterFout(
                f"Het register kon niet worden opgeslagen ({fout.strerror or fout}); is de schijf vol? Er is niets gewijzigd."
            )
        finally:
            with contextlib.suppress(OSError):
                tijdelijk.unlink()
            if not vervangen:  # niets bewaard: de regels die klaarstonden, vervallen
                with contextlib.suppress(OSError):
                    self._onderweg_pad.unlink(missing_ok=True)

    @property
    def logboek_pad(self) -> Path:
        return self.pad.with_name(LOGBOEK_BESTAND)

    def noteer(self, actie: str, nummer: str | Sequence[str], gebruiker: str | None = None) -> None:
        """Regels in het logboek (zie Opslag.noteer). Threads van één proces (de webserver: twintig opvragingen van de
        receptie tegelijk) noteren samen: wie het slot krijgt, schrijft ook de regels van wie erop wacht, in één
        schrijfactie en één fsync; wie daarna aan de beurt is en zijn regels al geschreven ziet, is klaar."""
        register = Register()
        register.gebruiker = gebruiker or ""
        for n in [nummer] if isinstance(nummer, str) else nummer:
            register.log(actie, n)
        taak = _Notitie(list(register.logboek))
        with self._notities_slot:
            self._notities.append(taak)
        if not self._draden.acquire(timeout=self.slot_wachttijd):  # één schrijver tegelijk; de anderen wachten hier
            with self._notities_slot:
                if taak in self._notities:  # nog niet geschreven: eruit, en zeggen dat het niet lukte
                    self._notities.remove(taak)
                    raise RegisterFout(_bezet(self.slot_wachttijd))
        else:
            try:
                self._noteer_wat_wacht(taak)
            finally:
                self._draden.release()
        while not taak.klaar:  # een ander schrijft hem nu (hij nam hem mee net voor de wachttijd om was)
            time.sleep(0.01)
        if taak.fout is not None:
            raise taak.fout

    def _noteer_wat_wacht(self, taak: _Notitie) -> None:
        if not taak.klaar:
            with self._notities_slot:
                samen, self._notities = self._notities, []
            samen_register = Register()
            samen_register.logboek = [regel for t in samen for regel in t.regels]
            try:
                with self.slot():  # alle regels in één keer: één slot en één fsync
                    self._schrijf_logboek(samen_register)
            except BaseException as fout:
                for t in samen:
                    t.fout = fout
            finally:
                for t in samen:
                    t.klaar = True

    def genoteerd(self, actie: str) -> list[dict]:
        return [
            {"tijdstip": r[0], "gebruiker": r[1], "nummer": r[3].removeprefix("'")}
            for r in reservekopieen.logregels(self.logboek_pad) + _wachtende_regels(self.wachtend_pad)
            if len(r) > 3 and r[2] == actie
        ]

    def _schrijf_logboek(self, register: Register, kopie_vooraf: Path | None = None) -> None:
        """Het logboek is een bestand waar alleen regels bij komen (puntkomma's, UTF-8: opent goed in Excel).
        Geschreven nadat het register vervangen is: een mislukte schrijfactie laat geen regel achter voor een nummer
        dat daarna opnieuw wordt uitgegeven (2.5). Elke regel noemt de reservekopie van vlak ervoor: zo zegt
        `herstel --lijst` welke handeling na een kopie kwam."""
        if not register.logboek:
            return
        self._voeg_toe(self._logregels(register, kopie_vooraf))
        register.logboek.clear()

    def _logregels(self, register: Register, kopie_vooraf: Path | None) -> str:
        """De regels van het logboek als tekst, zoals ze in logboek.csv komen."""
        buffer = io.StringIO()
        schrijver = csv.writer(buffer, delimiter=";")
        for regel in register.logboek:
            schrijver.writerow(
                [
                    regel["tijdstip"].strftime("%Y-%m-%d %H:%M:%S"),
                    _als_tekst(regel["gebruiker"]),
                    _als_tekst(regel["actie"]),
                    _als_tekst(regel["nummer"]),
                    kopie_vooraf.name if kopie_vooraf else "",
                ]
            )
        return buffer.getvalue()

    @property
    def wachtend_pad(self) -> Path:
        """Regels die niet in het logboek konden (3.6: logboek.csv open in Excel); ze komen erin bij de volgende
        schrijfactie, vóór de nieuwe regels."""
        return self.logboek_pad.with_name(LOGBOEK_BESTAND + ".wachtend")

    def _voeg_toe(self, regels: str) -> None:
        """Regels achter het logboek. Staat logboek.csv open in Excel (een eigenaarsbestand '~$logboek.csv', of
        Windows weigert het bestand: PermissionError), dan gaan de regels naar 'logboek.csv.wachtend' en komen ze
        bij de volgende schrijfactie alsnog in het logboek (3.6): de wijziging is bewaard, de regel gaat niet
        verloren en de gebruiker ziet het nummer. Alleen als ook dat niet lukt, volgt de fout."""
        if not regels:
            return
        eerder = ""
        if self.wachtend_pad.exists():
            with (
                contextlib.suppress(OSError, UnicodeDecodeError),
                open(self.wachtend_pad, encoding="utf-8", newline="") as f,
            ):
                eerder = f.read()
        try:
            if eigenaar_van_slot(self.logboek_pad):
                raise PermissionError(errno.EACCES, "geopend in een ander programma", str(self.logboek_pad))
            nieuw = not self.logboek_pad.exists()
            with open(self.logboek_pad, "a", encoding="utf-8-sig" if nieuw else "utf-8", newline="") as f:
                if nieuw:
                    csv.writer(f, delimiter=";").writerow([k.kop for k in LOGBOEK])
                f.write(eerder + regels)
                f.flush()
                os.fsync(f.fileno())
        except PermissionError:
            with open(self.wachtend_pad, "a", encoding="utf-8", newline="") as f:
                f.write(regels)
                f.flush()
                os.fsync(f.fileno())
            if self.bij_wachten is not None:
                self.bij_wachten(
                    f"Let op: '{LOGBOEK_BESTAND}' staat open (in Excel?) en kon niet worden bijgewerkt. De wijziging "
                    "is bewaard; de regel voor het logboek staat klaar en komt erin bij de volgende schrijfactie. "
                    f"Sluit '{LOGBOEK_BESTAND}' in Excel."
                )
            return
        if eerder:
            with contextlib.suppress(OSError):
                self.wachtend_pad.unlink()

    # --- het logboek van een gestopte schrijfactie (3.3) ------------------------------------------------------------
    # Tussen het vervangen van het register en de regel in het logboek kan een proces gestopt worden (een kill, de
    # stroom): dan stond de wijziging in het register zonder regel. Daarom komen de regels vóór het vervangen in
    # 'logboek.csv.onderweg', met de sleutel van het nieuwe register. Wie daarna het slot neemt, maakt het af: is het
    # register dat nieuwe (het vervangen lukte), dan komen de regels alsnog in het logboek (tenzij ze er al in staan);
    # anders (gestopt vóór het vervangen) vervallen ze. Zo noemt het logboek elke wijziging, en nooit een die er niet is.
    @property
    def _onderweg_pad(self) -> Path:
        return self.logboek_pad.with_name(LOGBOEK_BESTAND + ".onderweg")

    def _noteer_onderweg(self, sleutel: str, regels: str) -> None:
        if not regels:
            return
        from agressie_cli.domein.bestanden import atomisch

        with (
            atomisch(self._onderweg_pad, fsync=True) as tijdelijk,
            open(tijdelijk, "w", encoding="utf-8", newline="") as f,
        ):
            f.write(sleutel + "\n" + regels)

    def _rond_logboek_af(self) -> None:
        """Onder het slot: de regels van een schrijfactie die gestopt werd tussen het vervangen en het logboek."""
        if not self._onderweg_pad.exists():
            return
        with contextlib.suppress(OSError, UnicodeDecodeError):
            with open(self._onderweg_pad, encoding="utf-8", newline="") as f:
                sleutel, _, regels = f.read().partition("\n")
            if self.pad.is_file() and snelle_kopie.sleutel_van(self.pad.read_bytes()) == sleutel:
                logboek = ""
                if self.logboek_pad.exists():
                    with open(self.logboek_pad, encoding="utf-8-sig", newline="") as f:
                        logboek = f.read()
                if not logboek.endswith(regels):
                    self._voeg_toe(regels)
            self._onderweg_pad.unlink()

    def _ruim_tijdelijke_bestanden_op(self) -> None:
        """Wie het slot heeft, is de enige schrijver: een achtergebleven tijdelijk bestand is van een afgebroken proces
        (een lezer die net een snelle kopie schrijft, merkt het weghalen niet: dan is er even geen kopie)."""
        for patroon in (
            f".{self.pad.name}-*.tmp",
            f".{self.cache_pad.name}-*.tmp",
            f".{self._onderweg_pad.name}-*.tmp",
        ):
            for oud in self.pad.parent.glob(patroon):
                with contextlib.suppress(OSError):
                    oud.unlink()

    def _schrijf_alleen_wijzigingen(self, register: Register, staat: _Staat, doel: Path) -> snelle_kopie.Kopie | None:
        """Schrijft alleen gewijzigde en nieuwe rijen (zie wijzigingen.py). Geeft de bijgewerkte snelle kopie terug,
        of None als dat niet kan of niet loont, of het bestand niet de opbouw heeft die agressie schrijft
        (bijvoorbeeld na opslaan in Excel: dat ziet schrijf_werkboek)."""
        from agressie_cli.opslag.excel.xlsx import PatchFout

        if staat.herkomst is None:
            return None
        plannen = plan(register, staat.bijzaken, staat.herkomst, self.profiel)
        if plannen is None:
            return None
        try:
            self._schrijf_werkboek(
                register,
                staat.bijzaken,
                doel,
                {n: p.patch for n, p in plannen.items()},
                {n: p.nieuwe_cellen for n, p in plannen.items()},
            )
        except PatchFout:
            return None
        return bijgewerkte_kopie(register, staat.bijzaken, staat.herkomst, plannen)

    def _schrijf_werkboek(
        self, register: Register, bijzaken: Bijzaken, doel: Path, patches: dict | None = None, nieuw: dict | None = None
    ) -> None:
        from agressie_cli.opslag.excel.xlsx import Blad, schrijf_werkboek

        bladen = []
        for naam, attribuut in ATTRIBUTEN:
            rijen = getattr(register, attribuut)
            kolommen = kolommen_van(naam, self.profiel)
            extra = bijzaken.extra_kolommen.get(naam, [])
            keuzes = {
                i: list(k.keuzes)
                for i, k in enumerate(kolommen, 1)
                if k.type in ("keuze", "janee") and k.keuzes and keuzelijst_probleem(k.keuzes) is None
            }
            celrijen = nieuw[naam] if nieuw else rijwaarden(kolommen, extra, rijen, bijzaken.per_rij)
            bladen.append(
                Blad(
                    naam,
                    [k.kop for k in kolommen] + extra,
                    celrijen,
                    [k.breedte for k in kolommen] + [16] * len(extra),
                    keuzes,
                    len(rijen),
                )
            )
        for naam, rijen in bijzaken.extra_bladen.items():
            koppen = [("" if v is None else v) for v in rijen[0]] if rijen else []
            bladen.append(
                Blad(
                    naam,
                    koppen,
                    ([None if v == "" else v for v in r] for r in rijen[1:]),
                    [],
                    {},
                    max(len(rijen) - 1, 0),
                    opgemaakt=False,
                )
            )
        bladen.append(
            Blad(
                "Info", ["schemaversie", SCHEMA_VERSIE], [["gemaakt met", "agressie"]], [16, 12], {}, 1, opgemaakt=False
            )
        )
        schrijf_werkboek(doel, bladen, self.pad if patches else None, patches)

    # --- reservekopieën ----------------------------------------------------------------------
    def is_leesbaar(self, pad: Path) -> bool:
        try:
            ExcelOpslag(pad, self.profiel, cache=False).lees()
            return True
        except AgressieFout:
            return False

    def reservekopieen(self, lezen: bool = True) -> list[Reservekopie]:
        return reservekopieen.lijst(self.pad, self._tel_incidenten if lezen else None, self.logboek_pad)

    def lees_reservekopie(self, kopie: Reservekopie) -> Reservekopie:
        return reservekopieen.gelezen(kopie, self._tel_incidenten)

    def _tel_incidenten(self, pad: Path) -> int:
        """Het aantal incidenten in een reservekopie (een fout: onleesbaar). Een kopie verandert nooit meer (het tijdstip
        staat in de naam): per bestand één keer gelezen zolang deze opslag bestaat (de webserver vraagt het vaker)."""
        s = pad.stat()
        sleutel = (str(pad), s.st_ino, s.st_mtime_ns, s.st_size)
        if sleutel not in self._geteld:
            self._geteld[sleutel] = len(ExcelOpslag(pad, self.profiel, cache=False).lees().incidenten)
        return self._geteld[sleutel]

    def zet_terug(self, keuze: str | None, ook_na_opschonen: bool = False, gebruiker: str | None = None) -> Hersteld:
        """Zet een reservekopie terug. Het huidige register (heel of beschadigd) blijft bewaard. Daarna een regel in
        het logboek: wie, wanneer, welke kopie, en "na opschonen" als de kopie van vóór een opschonen is (3.3 punt 4);
        de vijfde kolom noemt, zoals bij elke schrijfactie, de kopie van vlak ervoor (het register van vóór herstel)."""
        with self.slot():
            self._weiger_als_geopend()
            # Een gekozen kopie: alleen die lezen (3.5); zonder keuze de nieuwste die heel is.
            kopie = reservekopieen.kies(self.reservekopieen(lezen=keuze is None), keuze, self.lees_reservekopie)
            if kopie.voor_opschonen and not ook_na_opschonen:
                raise OpschonenOngedaan(
                    f"Reservekopie {kopie.nummer} ({kopie.pad.name}) is van vóór een 'opschonen': terugzetten haalt "
                    "persoonsgegevens terug die om de bewaartermijn (AVG) verwijderd zijn.",
                    f"Is dat de bedoeling, gebruik dan: agressie herstel {kopie.nummer} --ja, en draai daarna "
                    "opnieuw: agressie opschonen --uitvoeren",
                )
            apart = (
                reservekopieen.zet_apart(self.pad, self.is_leesbaar(self.pad), kopie.pad) if self.pad.exists() else None
            )
            regel = Register(gebruiker=gebruiker or gebruikersnaam())
            regel.log("herstel na opschonen" if kopie.voor_opschonen else "herstel", kopie.pad.name)
            self._noteer_onderweg(snelle_kopie.sleutel_van(kopie.pad.read_bytes()), self._logregels(regel, apart))
            try:
                reservekopieen.kopieer_terug(kopie, self.pad)
            except BaseException:
                with contextlib.suppress(OSError):
                    self._onderweg_pad.unlink(missing_ok=True)
                raise
            try:
                self._schrijf_logboek(regel, apart)
            except OSError as fout:  # nooit 'niets gewijzigd' zeggen na het terugzetten
                raise RegisterFout(
                    f"Het register is teruggezet uit {kopie.pad.name}, maar '{LOGBOEK_BESTAND}' kon niet worden "
                    f"bijgewerkt ({fout.strerror or fout}). Zet de kopie niet opnieuw terug; meld dit aan de beheerder."
                )
            with contextlib.suppress(OSError):
                self._onderweg_pad.unlink(missing_ok=True)
        return Hersteld(kopie, apart)

    def _reservekopie_hint(self) -> str:
        goed = next((pad for pad in reservekopieen.bestanden(self.pad) if self.is_leesbaar(pad)), None)
        if goed:
            return f"De nieuwste goede reservekopie is '{goed.name}'; zet die terug met: agressie herstel"
        return "Er is geen goede reservekopie gevonden."

    def _beschadigd_melding(self) -> str:
        return (
            f"Het register '{self.pad.name}' is beschadigd of geen Excel-bestand; agressie raakt het niet aan. "
            + self._reservekopie_hint()
        )


def _ontbrekend(schema: int, namen: list[str]) -> list[str]:
    """De bladen van het register die niet in het bestand staan. Een register van vóór schemaversie 1 heeft nog geen
    blad Personen: dat maakt de migratie, daar ontbreekt niets."""
    return [n for n, _ in ATTRIBUTEN if n not in namen] if schema >= 1 else []


def _bladen_met_tabel(zf) -> list[str]:
    """De namen van de bladen met een tabel: workbook.xml noemt de bladen, de relaties van elk blad zijn tabellen."""
    from agressie_cli.opslag.excel.xlsx import _MAX_KLEIN_DEEL

    def lees(naam: str) -> str:
        if zf.getinfo(naam).file_size > _MAX_KLEIN_DEEL:
            raise ValueError(naam)
        return zf.read(naam).decode("utf-8", "replace")

    def attribuut(element: str, naam: str) -> str:
        gevonden = re.search(rf'\s{naam}="([^"]*)"', element)
        return gevonden.group(1) if gevonden else ""

    relaties = {
        attribuut(r, "Id"): attribuut(r, "Target")
        for r in re.findall(r"<Relationship\b[^>]*>", lees("xl/_rels/workbook.xml.rels"))
    }
    bladen = []
    for blad in re.findall(r"<sheet\b[^>]*>", lees("xl/workbook.xml")):
        doel = relaties.get(attribuut(blad, "r:id"), "").lstrip("/").removeprefix("xl/")
        map_, _, naam = doel.rpartition("/")
        rels = f"xl/{map_}/_rels/{naam}.rels" if map_ else f"xl/_rels/{naam}.rels"
        if rels in zf.namelist() and "relationships/table" in lees(rels):
            bladen.append(_xml_tekst(attribuut(blad, "name")))
    return bladen


def _xml_tekst(tekst: str) -> str:
    import html

    return html.unescape(tekst)


def _lees_wie(pad: Path) -> str:
    with contextlib.suppress(OSError, UnicodeDecodeError):
        naam = pad.read_text(encoding="utf-8").strip()
        if naam and naam.isprintable() and len(naam) <= 64:
            return naam
    return "een andere gebruiker van agressie"


def _als_tekst(waarde: object) -> str:
    """Het logboek wordt in Excel geopend: een veld dat met = + - @ begint (een met de hand gewijzigd nummer als
    "=cmd|' /C calc'!A0") zou daar een formule worden. Een apostrof ervoor houdt het tekst, zoals Excel zelf doet."""
    tekst = str(waarde if waarde is not None else "")
    return "'" + tekst if tekst[:1] in ("=", "+", "-", "@", "\t", "\r") else tekst


def _schema_versie(rijen: list[list]) -> int:
    for rij in rijen:
        if rij and str(rij[0]).strip().lower() == "schemaversie":
            with contextlib.suppress(TypeError, ValueError):
                return int(rij[1])
    return 0 if not rijen else SCHEMA_VERSIE


def _bezet(wachttijd: float) -> str:
    tijd = f"{wachttijd / 60:.0f} minuten" if wachttijd >= 120 else f"{int(wachttijd)} seconden"
    return f"Het register is al {tijd} bezet door een andere gebruiker van agressie. Probeer het zo opnieuw."


def _wachtende_regels(pad: Path) -> list[list[str]]:
    """De regels in 'logboek.csv.wachtend' (zonder kopregel): nog niet in het logboek, wel gebeurd."""
    if not pad.is_file():
        return []
    with contextlib.suppress(OSError, UnicodeDecodeError), open(pad, encoding="utf-8", newline="") as f:
        return list(csv.reader(f, delimiter=";"))
    return []
