"""De instellingen van een gemeente: `agressie.toml` in de map van het register."""

from __future__ import annotations

import difflib
import functools
import os
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from agressie_cli.domein.bestanden import atomisch
from agressie_cli.domein.fouten import Afsluitcode, AgressieFout, InvoerFout

INSTELLINGEN_BESTAND = "agressie.toml"
REGISTER_BESTAND = "register.xlsx"

# De meegeleverde gemeenten. Hun gegevens (adressen, contact, voorbeeld van de ondertekening) staan naast hun profiel:
# domein/profielen/<gemeente>.gemeente.toml, met dezelfde delen als agressie.toml (3.2: data, geen code).
GEMEENTEN = ("geertruidenberg", "losser")

# Welke sleutels in <gemeente>.gemeente.toml mogen ((deel, sleutel) -> de naam in _SJABLOON); elke sleutel is verplicht.
GEMEENTEGEGEVENS: dict[tuple[str, str], str] = {
    ("", "gemeente"): "gemeente",
    ("", "profiel"): "profiel",
    ("bezoekadres", "straat"): "bezoek_straat",
    ("bezoekadres", "postcode"): "bezoek_postcode",
    ("bezoekadres", "plaats"): "bezoek_plaats",
    ("postadres", "straat"): "post_straat",
    ("postadres", "postcode"): "post_postcode",
    ("postadres", "plaats"): "post_plaats",
    ("contact", "telefoon"): "telefoon",
    ("contact", "email"): "email",
    ("ondertekening", "naam"): "ondertekenaar",
    ("ondertekening", "functie"): "functie",
    ("ondertekening", "namens"): "namens",
    ("brieven", "plaats"): "plaats",
    ("brieven", "gebouw"): "gebouw",
    ("brieven", "bijlagen"): "bijlagen",
    ("brieven", "contactpersoon"): "contactpersoon",
    ("schade", "contact"): "schade_contactpersoon",
    ("afschrift", "politie"): "afschrift_politie",
    ("afschrift", "receptie"): "afschrift_receptie",
    ("afschrift", "interventieteam"): "afschrift_interventieteam",
}


@functools.cache
def gemeentegegevens(gemeente: str) -> dict[str, str]:
    """De gegevens van een meegeleverde gemeente (domein/profielen/<gemeente>.gemeente.toml), met de namen van
    _SJABLOON."""
    bestand = f"{gemeente}.gemeente.toml"
    tekst = resources.files("agressie_cli.domein.profielen").joinpath(bestand).read_text(encoding="utf-8")
    return controleer_gemeentegegevens(tomllib.loads(tekst), bestand)


def controleer_gemeentegegevens(gegevens: dict, bestand: str) -> dict[str, str]:
    """Het schema van <gemeente>.gemeente.toml: een onbekende (tikfout), ontbrekende of niet-tekst sleutel is een
    fout in het pakket, gemeld met bestand en sleutel (afsluitcode 1)."""
    platte: dict[tuple[str, str], object] = {}
    for deel, inhoud in gegevens.items():
        for sleutel, waarde in inhoud.items() if isinstance(inhoud, dict) else [(deel, inhoud)]:
            platte[(deel, sleutel) if isinstance(inhoud, dict) else ("", sleutel)] = waarde
    namen = {(d, s): f"[{d}] {s}" if d else s for d, s in {*GEMEENTEGEGEVENS, *platte}}
    for plek, waarde in platte.items():
        if plek not in GEMEENTEGEGEVENS:
            bedoeld = difflib.get_close_matches(namen[plek], [namen[p] for p in GEMEENTEGEGEVENS], n=1)
            hint = f" (bedoelt u '{bedoeld[0]}'?)" if bedoeld else ""
            raise AgressieFout(f"{bestand}: onbekende sleutel '{namen[plek]}'{hint}.", code=Afsluitcode.FOUT)
        if not isinstance(waarde, str):
            raise AgressieFout(f"{bestand}: '{namen[plek]}' moet tekst zijn.", code=Afsluitcode.FOUT)
    ontbreekt = [namen[p] for p in GEMEENTEGEGEVENS if p not in platte]
    if ontbreekt:
        raise AgressieFout(f"{bestand}: {', '.join(ontbreekt)} ontbreekt.", code=Afsluitcode.FOUT)
    return {GEMEENTEGEGEVENS[plek]: str(waarde) for plek, waarde in platte.items()}


_SJABLOON = """# Instellingen voor agressie (Veilige Publieke Taak) van de gemeente {gemeente}.
# Pas dit bestand aan met een teksteditor (bijvoorbeeld Kladblok). Regels met # zijn uitleg.

gemeente = "{gemeente}"
# Protocolprofiel: "geertruidenberg", "losser", of het pad naar een eigen profielbestand (.toml).
profiel = "{profiel}"
# Het register, in deze map. Een register buiten deze map (een ander station of een volledig pad) gebruikt agressie
# alleen met de regel register_buiten_map = true: de reservekopieën en het logboek komen dan naast dat register.
register = "register.xlsx"
# Venster voor herhaling, in kalendermaanden (leeg laten = de waarde van het profiel).
venster_maanden = 6
# Bewaartermijn: zo veel jaar na het laatste incident van een persoon worden de persoonsgegevens geanonimiseerd.
bewaartermijn_jaren = 5

[bezoekadres]
straat = "{bezoek_straat}"
postcode = "{bezoek_postcode}"
plaats = "{bezoek_plaats}"

[postadres]
straat = "{post_straat}"
postcode = "{post_postcode}"
plaats = "{post_plaats}"

[contact]
telefoon = "{telefoon}"
email = "{email}"

[ondertekening]
# Wie de brieven tekent (tekenbevoegd), met functie. Staat hier nog de voorbeeldnaam van agressie init, dan waarschuwt
# elke brief; geef de naam bij init mee met --ondertekenaar "naam, functie", of vul hem hier in.
naam = "{ondertekenaar}"
functie = "{functie}"
namens = "{namens}"

[burgemeester]
# Tekent de brief bij agressie tegen een politiek ambtsdrager (als het protocol dat vraagt, zoals in Losser).
naam = "{burgemeester}"

[brieven]
# Plaats boven de brief ("Raamsdonksveer, 23 november 2026") en het gebouw waar een verbod voor geldt.
plaats = "{plaats}"
gebouw = "{gebouw}"
bijlagen = ["{bijlagen}"]
# De contactroute die tijdens een verbod open blijft: een naam of functie en een rechtstreeks telefoonnummer,
# bijvoorbeeld "mevrouw A. de Boer, telefoon 0162 - 123 456". Niet het algemene nummer van [contact]: dat sluit
# een belverbod juist af (agressie weigert dan de brief). Staat hier nog de tekst van agressie init, dan waarschuwt
# elke brief die de contactroute noemt.
contactpersoon = "{contactpersoon}"
# Bezwaar: een toegangsverbod van de gemeente als eigenaar van het gebouw is geen besluit in de zin van de Awb
# (CRvB 10-06-2014, ECLI:NL:CRVB:2014:1967; CRvB 05-03-2019, ECLI:NL:CRVB:2019:853); daarom standaard geen
# bezwaarclausule. Kiest uw gemeente voor de publiekrechtelijke weg, zet dit dan op true.
bezwaarclausule = false
# Map met eigen, in Word aangepaste sjablonen (leeg = de meegeleverde). Wat daar ontbreekt, komt uit de meegeleverde.
sjablonen = ""
# Een sjabloon dat niet stopt (een lus in een lus) of enorm veel tekst maakt, wordt na zo veel seconden of megabytes
# gestopt met een melding, zonder brief. Alleen verhogen voor een heel groot eigen sjabloon.
# sjabloon_seconden = 10
# sjabloon_megabytes = 10

[schade]
# De aansprakelijkstelling (agressie brief INCIDENT --soort aansprakelijkstelling): wie vragen over de betaling en
# reacties op de brief behandelt (Losser 7: "Schade verhalen gaat via Juridische Zaken"), met een rechtstreeks
# telefoonnummer of e-mailadres, en het rekeningnummer (IBAN) van de gemeente waarop de schade betaald wordt,
# bijvoorbeeld rekening = "NL00 BANK 0123 4567 89". Zonder rekeningnummer vraagt de brief contact op te nemen.
contact = "{schade_contactpersoon}"
rekening = ""

[afschrift]
# E-mailadressen voor het afschrift van een verbod aan politie en receptie (leeg: alleen "politie en receptie").
# Met de adressen zet agressie brief bij een verbod ook het afschrift klaar als e-mail (uitgaand/, .eml). Het
# interventieteam en de receptie krijgen de e-mail van agressie bezoek --mail (verwacht bezoek).
politie = "{afschrift_politie}"
receptie = "{afschrift_receptie}"
interventieteam = "{afschrift_interventieteam}"

[aov]
# De AOV-er, die na een complete melding in overleg met de clustermanager de maatregel treft (Geertruidenberg 4.2).
# Met naam en e-mailadres maakt 'agressie doorsturen INCIDENT --aan aov' de e-mail aan de AOV-er. Bijvoorbeeld:
# naam = "A. de Boer"
# email = "aov@gemeente.nl"

# Hier kan de gemeente elk deel van het profiel overschrijven, bijvoorbeeld:
# [profiel_aanpassingen.soorten.toegangsverbod]
# standaard_duur = 6
"""


@dataclass(frozen=True)
class Sjabloongrenzen:
    """Hoe lang het vullen van één brief mag duren en hoeveel tekst het mag maken ([brieven] sjabloon_seconden en
    sjabloon_megabytes in agressie.toml, 3.3): een sjabloon met geneste lussen of `{{ 'A' * 300000000 }}` stopt
    met een melding in plaats van te blijven hangen of gigabytes te gebruiken."""

    seconden: int = 10
    megabytes: int = 10

    @property
    def tekens(self) -> int:
        return self.megabytes * 1_000_000


@dataclass
class Instellingen:
    map: Path
    gegevens: dict = field(default_factory=dict)

    @property
    def gemeente(self) -> str:
        return self.gegevens.get("gemeente", "")

    @property
    def register_pad(self) -> Path:
        """Het register: `register` in agressie.toml, een pad in de map van de gemeente. Een pad daarbuiten (een
        ander station, '../', een volledig pad naar elders) alleen met register_buiten_map = true (3.3): anders komen
        reservekopieën en het logboek ongemerkt ergens anders te staan."""
        waarde = self.gegevens.get("register", REGISTER_BESTAND)
        if not isinstance(waarde, str) or not waarde.strip():
            raise AgressieFout(
                f"Instelling register = {_toon(waarde)} in agressie.toml moet de naam van het registerbestand zijn, "
                'als tekst tussen aanhalingstekens, bijvoorbeeld: register = "register.xlsx"',
                code=Afsluitcode.FOUT,
            )
        pad = self.map / waarde.strip()
        buiten_map = self.gegevens.get("register_buiten_map", False)
        if not isinstance(buiten_map, bool):
            raise AgressieFout(
                f"Instelling register_buiten_map = {_toon(buiten_map)} in agressie.toml moet true of false zijn "
                "(zonder aanhalingstekens), bijvoorbeeld: register_buiten_map = true",
                code=Afsluitcode.FOUT,
            )
        if not buiten_map and not _binnen(pad, self.map):
            raise AgressieFout(
                f"Instelling register = {_toon(waarde)} in agressie.toml wijst naar een bestand buiten de map van de "
                f"gemeente ('{self.map}'); agressie gebruikt het niet, want de reservekopieën en het logboek zouden "
                "dan ongemerkt daar komen te staan. Zet het register in deze map, of zet de regel register_buiten_map = "
                "true bovenaan agressie.toml (onder register) als het zo bedoeld is.",
                code=Afsluitcode.FOUT,
            )
        return pad

    @property
    def briefmap(self) -> Path:
        return self.map / "brieven"

    @property
    def bewaartermijn_jaren(self) -> int:
        return geheel_getal(self.gegevens.get("bewaartermijn_jaren", 5), "bewaartermijn_jaren", 5, MAX_BEWAARTERMIJN)

    @property
    def sjabloongrenzen(self) -> Sjabloongrenzen:
        """[brieven] sjabloon_seconden en sjabloon_megabytes: de grens voor het vullen van een brief (3.3)."""
        brieven = self.deel("brieven")
        standaard = Sjabloongrenzen()
        return Sjabloongrenzen(
            geheel_getal(
                brieven.get("sjabloon_seconden", standaard.seconden), "sjabloon_seconden", 10, 600, tabel="brieven"
            ),
            geheel_getal(
                brieven.get("sjabloon_megabytes", standaard.megabytes), "sjabloon_megabytes", 10, 1000, tabel="brieven"
            ),
        )

    @property
    def uitgaandmap(self) -> Path:
        """Waar agressie doorsturen de e-mails (.eml, nog niet verstuurd) neerzet."""
        return self.map / "uitgaand"

    @property
    def aov(self) -> tuple[str, str]:
        """[aov] naam en email (leeg als ze er niet staan); een e-mailadres dat geen tekst is, noemt de instelling."""
        deel = self.deel("aov")
        for sleutel in ("naam", "email"):
            if not isinstance(deel.get(sleutel, ""), str):
                raise AgressieFout(
                    f'Instelling [aov] {sleutel} in agressie.toml moet tekst tussen aanhalingstekens zijn, bijvoorbeeld: {sleutel} = "aov@gemeente.nl"',
                    code=Afsluitcode.FOUT,
                )
        return str(deel.get("naam", "")).strip(), str(deel.get("email", "")).strip()

    def deel(self, naam: str) -> dict:
        waarde = self.gegevens.get(naam, {})
        return waarde if isinstance(waarde, dict) else {}


def kies_map(map_optie: str | Path | None) -> Path:
    """--map, anders AGRESSIE_MAP, anders de huidige map."""
    if map_optie:
        return Path(map_optie)
    omgeving = os.environ.get("AGRESSIE_MAP")
    return Path(omgeving) if omgeving else Path.cwd()


# Hoogstens zo veel: een enorm getal gaf 'onverwachte fout' (een datum voorbij het jaar 9999, 3.3).
MAX_BEWAARTERMIJN = 100  # jaren
MAX_VENSTER = 120  # maanden


def geheel_getal(
    waarde: object, sleutel: str, voorbeeld: int, maximum: int | None = None, tabel: str | None = None
) -> int:
    """'venster_maanden = "zes"' gaf 'onverwachte fout': noem de instelling en wat die moet zijn (2.5); een enorm
    getal ook (3.3)."""
    naam = f"[{tabel}] {sleutel}" if tabel else sleutel
    voorbeeld_tekst = f"{sleutel} = {voorbeeld}" + (f" (onder [{tabel}])" if tabel else "")
    if isinstance(waarde, bool) or not isinstance(waarde, int) or waarde <= 0:
        raise AgressieFout(
            f"Instelling {naam} = {_toon(waarde)} is geen geldig aantal; het moet een positief geheel getal zijn "
            f"zonder aanhalingstekens, bijvoorbeeld: {voorbeeld_tekst}",
            code=Afsluitcode.FOUT,
        )
    if maximum is not None and waarde > maximum:
        raise AgressieFout(
            f"Instelling {naam} = {_toon(waarde)} is te groot; het moet een positief geheel getal zijn van "
            f"hoogstens {maximum}, bijvoorbeeld: {voorbeeld_tekst}",
            code=Afsluitcode.FOUT,
        )
    return waarde


def _toon(waarde: object) -> str:
    """Een waarde uit agressie.toml zoals hij er staat, kort: een enorm getal niet met al zijn cijfers."""
    if isinstance(waarde, int) and not isinstance(waarde, bool) and abs(waarde) >= 10**12:
        return "(een getal van meer dan twaalf cijfers)"
    if isinstance(waarde, bool):
        return "true" if waarde else "false"
    tekst = repr(waarde) if not isinstance(waarde, str) else f'"{waarde}"'
    return tekst if len(tekst) <= 300 else tekst[:297] + "..."  # een pad past, een heel bestand niet


def _binnen(pad: Path, map_pad: Path) -> bool:
    """Ligt het pad in de map (na het oplossen van '..' en snelkoppelingen)?"""
    try:
        return pad.resolve().is_relative_to(map_pad.resolve())
    except (OSError, RuntimeError, ValueError):
        return False


def lees_toml(bestand: Path) -> dict:
    try:
        return tomllib.loads(bestand.read_text(encoding="utf-8-sig"))  # Kladblok zet er soms een BOM voor
    except ValueError as fout:  # TOMLDecodeError, en een getal van duizenden cijfers (int_max_str_digits)
        raise AgressieFout(
            f"{bestand.name} is niet goed leesbaar: {toml_melding(fout)}. Herstel het bestand in een teksteditor "
            "(Kladblok), of vergelijk het met een nieuw bestand van 'agressie init' in een lege map.",
            code=Afsluitcode.FOUT,
        )


# De meldingen van tomllib in het Nederlands: wie agressie.toml in Kladblok bewerkt, leest geen Engels.
_TOML_MELDINGEN = (
    ("Cannot declare", "een tabel of instelling staat er twee keer in"),
    ("Cannot overwrite a value", "een instelling staat er twee keer in"),
    ("Expected '=' after a key", "na de naam van een instelling hoort een '='"),
    ("Invalid value", "een waarde klopt niet (tekst hoort tussen aanhalingstekens)"),
    ("Unterminated string", "een tekst heeft geen afsluitend aanhalingsteken"),
    ("Unclosed array", "een lijst heeft geen afsluitende ']'"),
    ("Invalid statement", "een regel is geen instelling, tabel of opmerking"),
    ("Expected newline or end of document", "na een instelling staat nog iets op dezelfde regel"),
    ("Invalid initial character for a key part", "de naam van een instelling begint met een ongeldig teken"),
    ("Illegal character", "er staat een ongeldig teken in"),
)


def toml_melding(fout: Exception) -> str:
    if isinstance(fout, UnicodeDecodeError):
        return "het bestand is niet in UTF-8 bewaard (kies bij Opslaan als de codering UTF-8)"
    tekst = str(fout)
    if "integer string conversion" in tekst:
        return "een getal heeft te veel cijfers"
    plek = re.search(r"\(at line (\d+), column (\d+)\)", tekst)
    waar = (
        f" (regel {plek.group(1)}, kolom {plek.group(2)})"
        if plek
        else (" (aan het eind)" if "end of document" in tekst else "")
    )
    wat = next((nl for en, nl in _TOML_MELDINGEN if tekst.startswith(en)), "de opbouw klopt niet")
    return wat + waar


def geen_instellingen(map_pad: Path) -> str:
    """Geen agressie.toml in de map (3.6): eerst de weg naar het bestaande register (--map, AGRESSIE_MAP, en dat
    setx pas in een nieuw venster werkt), pas daarna init. Wie na `setx AGRESSIE_MAP` in hetzelfde venster init
    volgde, kreeg een tweede, leeg register en dus verkeerd advies."""
    gezet = os.environ.get("AGRESSIE_MAP")
    return (
        f"Geen instellingen (agressie.toml) gevonden in '{map_pad}'. Staat het register op een andere plek, "
        'bijvoorbeeld de netwerkschijf, geef die map dan mee met «map» (agressie --map "M:\\Agressie" lijst) of zet '
        'hem eenmalig met: setx AGRESSIE_MAP "M:\\Agressie". Let op: setx werkt pas in een nieuw venster; sluit dit '
        "venster en open een nieuw"
        + (
            f" (AGRESSIE_MAP wijst in dit venster naar '{gezet}')"
            if gezet
            else " (in dit venster is AGRESSIE_MAP niet gezet)"
        )
        + ". Maak alleen een nieuw, leeg register als er nog geen is: "
        f'agressie --map "{map_pad}" init --gemeente geertruidenberg (of losser).'
    )


def lees_instellingen(map_pad: Path) -> Instellingen:
    bestand = map_pad / INSTELLINGEN_BESTAND
    if not bestand.is_file():
        raise AgressieFout(geen_instellingen(map_pad), code=Afsluitcode.FOUT)
    instellingen = Instellingen(map=map_pad, gegevens=lees_toml(bestand))
    if not instellingen.register_pad.is_file():
        raise AgressieFout(
            f"Geen register '{instellingen.register_pad.name}' gevonden in '{map_pad}'. "
            "Zet het register terug (zie 'agressie herstel --lijst') of maak een nieuw met 'agressie init'.",
            code=Afsluitcode.FOUT,
        )
    return instellingen


def is_voorbeeld_ondertekenaar(naam: object) -> bool:
    """Staat er nog de ondertekenaar die `agressie init` als voorbeeld schreef (3.1)? Dan tekent niemand echt."""
    return str(naam or "").strip() in {gemeentegegevens(g)["ondertekenaar"] for g in GEMEENTEN}


def is_voorbeeld_contactpersoon(tekst: object) -> bool:
    """Staat er nog de contactroute die `agressie init` schreef ([brieven] contactpersoon, 3.1)? Die noemt een rol
    zonder naam of rechtstreeks nummer (Losser 5: "Vraag in je eigen team na wie dit is")."""
    return str(tekst or "").strip() in {gemeentegegevens(g)["contactpersoon"] for g in GEMEENTEN}


def controleer_instelling(optie: str, tekst: str) -> str:
    """Een waarde die init in agressie.toml schrijft: geen stuurtekens (ook geen regeleinde of tab: dat maakt een
    ongeldig of onleesbaar bestand) en niet alleen spaties. Aanhalingstekens en backslashes mogen; die schrijft
    `toml_tekst()` zo dat ze ongewijzigd terug gelezen worden (3.1)."""
    if any(unicodedata.category(t) in ("Cc", "Cs") or t in "\ufffe\uffff\u2028\u2029" for t in tekst):
        raise InvoerFout(
            f"{optie}: de tekst bevat een regeleinde, tab of ander onzichtbaar stuurteken; geef alles op één regel. "
            "Er is niets aangemaakt."
        )
    if not tekst.strip():
        raise InvoerFout(f"{optie}: de waarde is leeg. Er is niets aangemaakt.")
    return tekst.strip()


def toml_tekst(waarde: str) -> str:
    """De inhoud van een TOML-tekst tussen dubbele aanhalingstekens: backslash en aanhalingsteken ge-escaped, zodat
    de waarde precies zo terug gelezen wordt."""
    return waarde.replace("\\", "\\\\").replace('"', '\\"')


def lees_ondertekenaar(tekst: str) -> tuple[str, str]:
    """'J. de Vries, gemeentesecretaris' -> ('J. de Vries', 'gemeentesecretaris') (init --ondertekenaar)."""
    tekst = controleer_instelling("«ondertekenaar»", tekst)
    naam, komma, functie = tekst.partition(",")
    naam, functie = naam.strip(), functie.strip()
    if not komma or not naam or not functie:
        raise InvoerFout(
            "«ondertekenaar»: geef naam en functie, gescheiden door een komma, bijvoorbeeld: "
            '«ondertekenaar» "J. de Vries, gemeentesecretaris". Er is niets aangemaakt.'
        )
    if is_voorbeeld_ondertekenaar(naam):
        raise InvoerFout(
            "«ondertekenaar»: dat is de voorbeeldnaam uit agressie init; geef de naam van wie echt tekent. "
            "Er is niets aangemaakt."
        )
    return naam, functie


def schrijf_instellingen(
    map_pad: Path, gemeente: str, burgemeester: str = "", ondertekenaar: tuple[str, str] | None = None
) -> Path:
    sleutel = gemeente.strip().lower()
    if sleutel not in GEMEENTEN:
        raise InvoerFout(f"«gemeente»: '{gemeente}' is onbekend. Kies uit: {', '.join(GEMEENTEN)}.")
    bestand = map_pad / INSTELLINGEN_BESTAND
    if bestand.exists():
        raise InvoerFout(f"{bestand} bestaat al; agressie init overschrijft geen instellingen.")
    map_pad.mkdir(parents=True, exist_ok=True)
    waarden = dict(gemeentegegevens(sleutel), burgemeester=burgemeester)
    if ondertekenaar is not None:
        waarden["ondertekenaar"], waarden["functie"] = ondertekenaar
    for optie, waarde in (("«ondertekenaar»", waarden["ondertekenaar"]), ("«ondertekenaar»", waarden["functie"])):
        controleer_instelling(optie, str(waarde))
    if burgemeester:
        controleer_instelling("naam van de burgemeester", burgemeester)
    tekst = _SJABLOON.format(**{k: toml_tekst(str(v)) for k, v in waarden.items()})
    try:  # nooit een agressie.toml die agressie zelf niet kan lezen (3.1): eerst controleren, dan in één stap schrijven
        tomllib.loads(tekst)
    except tomllib.TOMLDecodeError as fout:
        raise InvoerFout(
            f"agressie init kon geen geldige agressie.toml maken ({fout}). Er is niets aangemaakt."
        ) from None
    with atomisch(bestand) as tijdelijk:
        tijdelijk.write_text(tekst, encoding="utf-8")
    return bestand
