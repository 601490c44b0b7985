"""Brieven: een DOCX-sjabloon (docxtpl) vullen met de gegevens uit het register en de instellingen.

Strikt: ontbreekt een waarde die het sjabloon nodig heeft, dan stopt het vóór er iets geschreven wordt,
met de naam van het veld en hoe het aan te vullen. Autoescape staat aan: '&', '<' en '>' komen er letterlijk in.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import date, time
from importlib import resources
from pathlib import Path

from agressie_cli.datums import duur_tekst, lees_datum, lees_tijd, tijd_voluit, voluit
from agressie_cli.fouten import AgressieFout, InvoerFout
from agressie_cli.instellingen import Instellingen
from agressie_cli.personen import TUSSENVOEGSELS
from agressie_cli.profiel import Profiel
from agressie_cli.register import Register

KANAAL_TEKST = {
    "balie": "aan de balie", "spreekkamer": "in een spreekkamer", "telefoon": "telefonisch",
    "schriftelijk": "schriftelijk", "huisbezoek": "tijdens een huisbezoek", "bedrijfscontrole": "tijdens een bedrijfscontrole",
    "elders": "buiten het gemeentehuis",
}
UITKERING_WET = {"participatiewet": "Participatiewet", "ioaw": "IOAW", "ioaz": "IOAZ"}

# Alles wat de tool aan een sjabloon geeft, met waar het vandaan komt (voor meldingen en `sjablonen controleer`).
VARIABELEN = {
    "gemeente": "instellingen: gemeente", "afzender": "instellingen: [postadres]", "bezoekadres": "instellingen: [bezoekadres]",
    "telefoon_gemeente": "instellingen: [contact] telefoon", "email_gemeente": "instellingen: [contact] email",
    "adresblok": "naam en adres van de persoon", "verzending": "soort maatregel", "plaats_datum": "instellingen: [brieven] plaats en --datum",
    "datum_brief": "--datum", "kenmerk": "incidentnummer", "onderwerp": "soort maatregel", "aanhef": "naam van de persoon",
    "naam": "naam van de persoon", "incident_datum": "datum van het incident", "incident_tijd": "tijd van het incident",
    "kanaal_tekst": "kanaal", "omschrijving": "omschrijving van het incident", "gebouw": "instellingen: [brieven] gebouw",
    "contactpersoon": "instellingen: [brieven] contactpersoon", "ingang": "--ingang", "einde": "einde van de periode",
    "periode_tekst": "--duur en --ingang", "verbod_tot_tekst": "--duur en --ingang", "duur_tekst": "--duur", "aangifte": "aangifte",
    "afschrift": "profiel: afschrift", "afschrift_tekst": "profiel: afschrift", "uitkering": "--uitkering", "uitkering_wet": "--uitkering",
    "bijlagen": "instellingen: [brieven] bijlagen", "bijlagen_tekst": "instellingen: [brieven] bijlagen",
    "ondertekenaar": "instellingen: [ondertekening] naam", "functie": "instellingen: [ondertekening] functie",
    "namens": "instellingen: [ondertekening] namens", "gesprek_datum": "--gesprek-datum", "gesprek_tijd": "--gesprek-tijd",
    "locatie": "--locatie", "aanwezigen": "--aanwezige", "afspraken": "--afspraak", "overtreding_datum": "--overtreding",
    "overtreding_tijd": "--overtreding", "per_email": "e-mailadres van de persoon", "contact_tijdens_verbod": "soort maatregel",
}
BASIS_VERPLICHT = {"adresblok", "plaats_datum", "kenmerk", "onderwerp", "aanhef", "ondertekenaar", "functie", "namens"}
VERPLICHT_PER_SOORT = {
    "waarschuwing": {"incident_datum", "omschrijving"},
    "ordegesprek": {"incident_datum", "gesprek_datum", "gesprek_tijd", "locatie", "aanwezigen"},
    "ordegesprek-bevestiging": {"gesprek_datum", "aanwezigen", "afspraken"},
    "toegangsverbod": {"incident_datum", "periode_tekst"},
    "toegangs-en-belverbod": {"incident_datum", "periode_tekst"},
    "belverbod": {"incident_datum", "periode_tekst"},
    "bedreiging": {"incident_datum", "periode_tekst"},
    "niet-nakomen": {"verbod_tot_tekst", "overtreding_datum"},
}
# Hoe de gebruiker een ontbrekende waarde aanvult.
AANVULLEN = {
    "incident_tijd": "agressie aanvullen {incident} --tijd UU:MM",
    "omschrijving": "agressie aanvullen {incident} --omschrijving \"...\"",
    "adresblok": "agressie aanvullen {incident} --adres \"Straat 1\" --postcode \"1234 AB\" --woonplaats Plaats (of --email)",
    "kanaal_tekst": "agressie aanvullen {incident} --kanaal balie",
    "gesprek_datum": "agressie brief {incident} --gesprek-datum JJJJ-MM-DD",
    "gesprek_tijd": "agressie brief {incident} --gesprek-tijd UU:MM",
    "locatie": "agressie brief {incident} --locatie \"het gemeentehuis\"",
    "aanwezigen": "agressie brief {incident} --aanwezige \"naam\" (herhaalbaar)",
    "afspraken": "agressie brief {incident} --afspraak \"...\" (herhaalbaar)",
    "overtreding_datum": "agressie brief {incident} --overtreding \"JJJJ-MM-DD UU:MM\"",
    "overtreding_tijd": "agressie brief {incident} --overtreding \"JJJJ-MM-DD UU:MM\"",
}
GERESERVEERD = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


@dataclass
class Briefgegevens:
    """Wat alleen voor de brief wordt opgegeven (niet in het incident)."""

    datum: date
    gesprek_datum: date | None = None
    gesprek_tijd: time | None = None
    locatie: str | None = None
    aanwezigen: tuple[str, ...] = ()
    afspraken: tuple[str, ...] = ()
    overtreding: tuple[date, time | None] | None = None


def lees_overtreding(tekst: str | None) -> tuple[date, time | None] | None:
    if not tekst or not tekst.strip():
        return None
    delen = tekst.strip().split()
    if len(delen) > 2:
        raise InvoerFout(f"--overtreding: '{tekst}' moet \"DATUM TIJD\" zijn, bijvoorbeeld \"2026-11-20 14:05\".")
    d = lees_datum(delen[0], "--overtreding")
    t = lees_tijd(delen[1], "--overtreding") if len(delen) == 2 else None
    return d, t


# ------------------------------------------------------------------------------------------------
# Sjablonen vinden
# ------------------------------------------------------------------------------------------------

def meegeleverde_sjablonen() -> Path:
    """In een geïnstalleerd pakket: agressie_cli/sjablonen; in een werkkopie: sjablonen/ naast src/."""
    pakket = Path(str(resources.files("agressie_cli"))) / "sjablonen"
    if pakket.is_dir():
        return pakket
    return Path(__file__).resolve().parents[2] / "sjablonen"


def sjablonenset(profiel: Profiel) -> str:
    return str(profiel.gegevens.get("sjablonenset", profiel.bron if profiel.bron in ("geertruidenberg", "losser") else "geertruidenberg"))


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


# ------------------------------------------------------------------------------------------------
# Inhoud van de brief
# ------------------------------------------------------------------------------------------------

def achternaam(naam: str) -> str:
    """'Jan de Vries' -> 'De Vries' (aanhef: tussenvoegsel met hoofdletter als er geen voornaam voor staat)."""
    woorden = naam.split()
    if len(woorden) <= 1:
        return naam.strip()
    i = len(woorden) - 1
    while i > 0 and woorden[i - 1].lower() in TUSSENVOEGSELS:
        i -= 1
    deel = " ".join(woorden[i:])
    return deel[:1].upper() + deel[1:]


def _lijst_tekst(items: list[str]) -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " en " + items[-1]


def _adres(deel: dict) -> str:
    return " ".join(v for v in (deel.get("straat", ""), ",", deel.get("postcode", ""), deel.get("plaats", "")) if v).replace(" ,", ",")


class OntbrekendeWaarde(InvoerFout):
    pass


def context(instellingen: Instellingen, profiel: Profiel, register: Register, incident: dict, soort: str,
            ingang: date | None, einde: date | None, duur, extra: Briefgegevens, aangifte: bool,
            verbod: dict | None) -> dict:
    persoon = register.persoon_van(incident) or {}
    soort_def = profiel.soort(soort)
    brieven = instellingen.deel("brieven")
    ondertekening = instellingen.deel("ondertekening")
    naam = str(persoon.get("naam") or incident.get("naam") or "")
    heeft_post = all(persoon.get(v) for v in ("adres", "postcode", "woonplaats"))
    per_email = not heeft_post and bool(persoon.get("email"))
    if heeft_post:
        adresblok = f"{naam}\n{persoon['adres']}\n{persoon['postcode']}  {str(persoon['woonplaats']).upper()}"
    elif per_email and soort_def.verzending == "gewone post":
        adresblok = f"{naam}\nper e-mail: {persoon['email']}"
    else:
        adresblok = ""
    verzending = "Per e-mail" if per_email else soort_def.verzending[:1].upper() + soort_def.verzending[1:]
    maanden = None if duur in (None, "onbepaald") else int(duur)
    if soort_def.periode:
        periode_tekst = "voor onbepaalde tijd" if duur == "onbepaald" else f"voor een periode van {duur_tekst(maanden)}, tot en met {voluit(einde)}"
        verbod_tot_tekst = "voor onbepaalde tijd" if duur == "onbepaald" else f"tot en met {voluit(einde)}"
    else:
        periode_tekst = verbod_tot_tekst = ""
    if verbod is not None:  # niet-nakomen: het verbod dat overtreden is
        verbod_tot_tekst = "voor onbepaalde tijd" if verbod.get("duur") == "onbepaald" else f"tot en met {voluit(verbod.get('einde'))}"
    bijlagen = [str(b) for b in brieven.get("bijlagen", [])]
    afschrift = list(soort_def.afschrift)
    uitkering = incident.get("uitkering")
    contact_tijdens = "schriftelijk contact" if soort_def.bellen else "telefonisch en schriftelijk contact"
    waarden = {
        "gemeente": instellingen.gemeente,
        "afzender": _adres(instellingen.deel("postadres")),
        "bezoekadres": _adres(instellingen.deel("bezoekadres")),
        "telefoon_gemeente": instellingen.deel("contact").get("telefoon", ""),
        "email_gemeente": instellingen.deel("contact").get("email", ""),
        "adresblok": adresblok,
        "verzending": verzending,
        "plaats_datum": f"{brieven.get('plaats', instellingen.gemeente)}, {voluit(extra.datum)}",
        "datum_brief": voluit(extra.datum),
        "kenmerk": incident["incident"],
        "onderwerp": soort_def.label,
        "aanhef": f"Geachte heer/mevrouw {achternaam(naam)}" if naam else "",
        "naam": naam,
        "incident_datum": voluit(incident.get("datum")) if isinstance(incident.get("datum"), date) else "",
        "incident_tijd": tijd_voluit(incident.get("tijd")) if isinstance(incident.get("tijd"), time) else "",
        "kanaal_tekst": KANAAL_TEKST.get(incident.get("kanaal"), ""),
        "omschrijving": str(incident.get("omschrijving") or "").strip(),
        "gebouw": brieven.get("gebouw", "het gemeentehuis"),
        "contactpersoon": brieven.get("contactpersoon", ""),
        "ingang": voluit(ingang) if ingang else "",
        "einde": voluit(einde) if einde else ("onbepaald" if duur == "onbepaald" else ""),
        "periode_tekst": periode_tekst,
        "verbod_tot_tekst": verbod_tot_tekst,
        "duur_tekst": duur_tekst(maanden) if soort_def.periode else "",
        "aangifte": bool(aangifte or incident.get("aangifte")),
        "afschrift": afschrift,
        "afschrift_tekst": _lijst_tekst(afschrift),
        "uitkering": bool(uitkering),
        "uitkering_wet": UITKERING_WET.get(uitkering, ""),
        "bijlagen": bijlagen,
        "bijlagen_tekst": _lijst_tekst(bijlagen) or "geen",
        "ondertekenaar": ondertekening.get("naam", ""),
        "functie": ondertekening.get("functie", ""),
        "namens": ondertekening.get("namens", ""),
        "gesprek_datum": voluit(extra.gesprek_datum) if extra.gesprek_datum else "",
        "gesprek_tijd": tijd_voluit(extra.gesprek_tijd) if extra.gesprek_tijd else "",
        "locatie": extra.locatie or "",
        "aanwezigen": _lijst_tekst(list(extra.aanwezigen)),
        "afspraken": list(extra.afspraken),
        "overtreding_datum": voluit(extra.overtreding[0]) if extra.overtreding else "",
        "overtreding_tijd": tijd_voluit(extra.overtreding[1]) if extra.overtreding and extra.overtreding[1] else "",
        "per_email": per_email,
        "contact_tijdens_verbod": contact_tijdens,
    }
    return waarden


def controleer_volledig(waarden: dict, gebruikt: set[str], incident: str, soort: str) -> None:
    """Elke waarde die het sjabloon gebruikt (of die de soort verplicht heeft) moet gevuld zijn."""
    nodig = (gebruikt | BASIS_VERPLICHT | VERPLICHT_PER_SOORT.get(soort, set())) & set(VARIABELEN)
    nodig -= {"aangifte", "uitkering", "uitkering_wet", "afschrift", "afschrift_tekst", "per_email", "bijlagen", "einde"}
    leeg = sorted(v for v in nodig if waarden.get(v) in ("", None, []))
    if not leeg:
        return
    regels = []
    for v in leeg:
        hoe = AANVULLEN.get(v, "vul de instellingen in agressie.toml aan" if VARIABELEN[v].startswith("instellingen") else "").format(incident=incident)
        regels.append(f"  {v} ({VARIABELEN[v]})" + (f": {hoe}" if hoe else ""))
    raise OntbrekendeWaarde(f"De brief {soort} kan niet gemaakt worden; deze gegevens ontbreken:\n" + "\n".join(regels))


def veilige_bestandsnaam(incident: str, soort: str, naam: str) -> str:
    deel = achternaam(naam) if naam else "onbekend"
    deel = unicodedata.normalize("NFKD", deel).encode("ascii", "ignore").decode("ascii")
    deel = re.sub(r"[^A-Za-z0-9]+", "-", deel).strip("-")[:40] or "onbekend"
    stam = re.sub(r"[^A-Za-z0-9-]+", "-", f"{incident}-{soort}-{deel}").strip("-.")
    if stam.split(".")[0].upper() in GERESERVEERD:
        stam = "brief-" + stam
    return f"{stam}.docx"


def jinja_omgeving():
    from jinja2 import Environment, StrictUndefined

    return Environment(undefined=StrictUndefined, autoescape=True)


def gebruikte_variabelen(sjabloon: Path) -> set[str]:
    stat = sjabloon.stat()
    return set(_variabelen(str(sjabloon), stat.st_mtime_ns, stat.st_size))


@functools.lru_cache(maxsize=64)
def _variabelen(pad: str, _mtime: int, _grootte: int) -> frozenset[str]:
    from docxtpl import DocxTemplate

    try:
        return frozenset(DocxTemplate(pad).get_undeclared_template_variables(jinja_omgeving()))
    except Exception as fout:
        raise AgressieFout(f"Sjabloon {Path(pad).name} is geen geldig docxtpl-sjabloon: {fout}", code=2)


def render(sjabloon: Path, waarden: dict, doel: Path) -> None:
    """Vult het sjabloon en schrijft via een tijdelijk bestand; controleert dat er geen tag is blijven staan."""
    from docxtpl import DocxTemplate, Listing
    from jinja2 import TemplateError

    sjab = DocxTemplate(str(sjabloon))
    gegevens = dict(waarden)
    for sleutel in ("adresblok", "omschrijving"):
        gegevens[sleutel] = Listing(gegevens[sleutel])
    try:
        sjab.render(gegevens, jinja_omgeving(), autoescape=True)
    except TemplateError as fout:
        raise AgressieFout(f"Sjabloon {sjabloon.name} bevat een fout: {fout}. Controleer het met: agressie sjablonen controleer", code=2)
    tijdelijk = doel.with_name(f".{doel.stem}-{uuid.uuid4().hex[:8]}.tmp.docx")
    try:
        sjab.save(str(tijdelijk))
        if _heeft_tags(tijdelijk):
            raise AgressieFout(f"In de brief is een sjabloontag blijven staan; controleer {sjabloon.name} met: agressie sjablonen controleer", code=2)
        os.replace(tijdelijk, doel)
    finally:
        if tijdelijk.exists():
            tijdelijk.unlink()


_WT = re.compile(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>")


def _heeft_tags(docx: Path) -> bool:
    """Staat er na het vullen nog '{{', '{%' of '}}' in de tekst (hoofdtekst, kop- en voetteksten)?"""
    import zipfile

    with zipfile.ZipFile(docx) as zf:
        for naam in zf.namelist():
            if re.fullmatch(r"word/(document|header\d*|footer\d*)\.xml", naam):
                tekst = "".join(_WT.findall(zf.read(naam).decode("utf-8")))
                if "{{" in tekst or "{%" in tekst or "}}" in tekst:
                    return True
    return False


def docx_tekst(pad: Path) -> str:
    """Alle tekst van een .docx: alinea's, tabellen, kop- en voetteksten (ook gebruikt door de tests)."""
    from docx import Document

    doc = Document(str(pad))
    delen = [p.text for p in doc.paragraphs]
    for tabel in doc.tables:
        for rij in tabel.rows:
            delen.extend(c.text for c in rij.cells)
    for sectie in doc.sections:
        delen.extend(p.text for p in sectie.header.paragraphs)
        delen.extend(p.text for p in sectie.footer.paragraphs)
    return "\n".join(delen)


def soffice() -> str | None:
    for naam in ("soffice", "libreoffice"):
        gevonden = shutil.which(naam)
        if gevonden:
            return gevonden
    for kandidaat in (r"C:\Program Files\LibreOffice\program\soffice.exe", r"C:\Program Files (x86)\LibreOffice\program\soffice.exe"):
        if Path(kandidaat).is_file():
            return kandidaat
    return None


def naar_pdf(bestanden: list[Path], uitmap: Path) -> list[Path]:
    """Eén LibreOffice-aanroep voor alle brieven samen."""
    programma = soffice()
    if programma is None:
        raise AgressieFout(
            "LibreOffice is niet gevonden, dus er is geen PDF gemaakt; de .docx-brief staat er wel. "
            "Installeer LibreOffice (Windows: libreoffice.org; Debian/Ubuntu: sudo apt install libreoffice-writer) en probeer opnieuw.",
            code=1,
        )
    profielmap = uitmap / f".lo-{uuid.uuid4().hex[:8]}"
    try:
        subprocess.run(
            [programma, f"-env:UserInstallation={profielmap.resolve().as_uri()}", "--headless", "--convert-to", "pdf",
             "--outdir", str(uitmap), *[str(b) for b in bestanden]],
            check=True, capture_output=True, timeout=600,
        )
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as fout:
        raise AgressieFout(f"LibreOffice kon de PDF niet maken ({type(fout).__name__}); de .docx-brief staat er wel.", code=1)
    finally:
        shutil.rmtree(profielmap, ignore_errors=True)
    pdfs = [uitmap / (b.stem + ".pdf") for b in bestanden]
    ontbreekt = [p.name for p in pdfs if not p.is_file()]
    if ontbreekt:
        raise AgressieFout(f"LibreOffice maakte geen PDF van {', '.join(ontbreekt)}; de .docx-brief staat er wel.", code=1)
    return pdfs


# ------------------------------------------------------------------------------------------------
# De brief is de maatregel: maken en vastleggen in één stap
# ------------------------------------------------------------------------------------------------

@dataclass
class Brief:
    pad: Path
    maatregel: dict
    afwijking: str


@dataclass
class Briefverzoek:
    nummer: str
    soort: str | None
    duur: tuple[bool, int | None]
    ingang: date | None
    extra: Briefgegevens


def maak_brief(instellingen: Instellingen, profiel: Profiel, opslag, nummer: str, soort: str | None,
               duur: tuple[bool, int | None], ingang: date | None, extra: Briefgegevens, uitmap: Path | None,
               overschrijven: bool) -> Brief:
    """Eén brief: elke fout stopt alles, en dan is er niets geschreven of vastgelegd."""
    brieven, fouten = maak_brieven(instellingen, profiel, opslag, [Briefverzoek(nummer, soort, duur, ingang, extra)],
                                   uitmap, overschrijven, stop_bij_fout=True)
    return brieven[0]


def open_incidenten(opslag, profiel: Profiel) -> list[str]:
    """Incidenten zonder besloten maatregel waarvoor het advies een brief is (voor --alle-open)."""
    from agressie_cli.advies import bereken_advies

    register = opslag.lees()
    nummers = []
    for incident in register.incidenten:
        if incident.get("status") not in ("gemeld", "compleet"):
            continue
        try:
            advies = bereken_advies(register, profiel, incident)
        except InvoerFout:
            continue
        if advies.brief and not advies.duur_bepalen:
            nummers.append(incident["incident"])
    return nummers


def maak_brieven(instellingen: Instellingen, profiel: Profiel, opslag, verzoeken: list[Briefverzoek], uitmap: Path | None,
                 overschrijven: bool, stop_bij_fout: bool = False, voortgang=None) -> tuple[list[Brief], list[tuple[str, str]]]:
    """Maakt de brieven onder één slot, met één keer lezen en één keer bewaren van het register.
    Bij stop_bij_fout stopt de eerste fout alles; anders worden brieven met een fout overgeslagen en genoemd."""
    uitmap = uitmap or instellingen.map / "brieven"
    gemaakt: list[Path] = []
    try:
        return _maak_brieven(instellingen, profiel, opslag, verzoeken, uitmap, overschrijven, stop_bij_fout, voortgang, gemaakt)
    except BaseException:
        for pad in gemaakt:  # het register is niet bewaard: dan ook geen brief laten staan
            pad.unlink(missing_ok=True)
        raise


def _maak_brieven(instellingen, profiel, opslag, verzoeken, uitmap, overschrijven, stop_bij_fout, voortgang, gemaakt):
    brieven: list[Brief] = []
    fouten: list[tuple[str, str]] = []
    with opslag.wijzig() as register:
        for verzoek in verzoeken:
            try:
                brieven.append(_een_brief(instellingen, profiel, register, verzoek, uitmap, overschrijven, gemaakt))
            except InvoerFout as fout:
                if stop_bij_fout:
                    raise
                fouten.append((verzoek.nummer, fout.melding))
            if voortgang:
                voortgang(1)
    return brieven, fouten


def _een_brief(instellingen, profiel, register, verzoek: Briefverzoek, uitmap: Path, overschrijven: bool, gemaakt: list[Path]) -> Brief:
    from agressie_cli.maatregelen import afwijking_tekst, besluit, leg_vast

    nummer, soort, extra = verzoek.nummer, verzoek.soort, verzoek.extra
    incident = register.incident(nummer)
    if profiel.classificatie == "gedrag" and incident.get("gedrag") == "E":
        raise InvoerFout(
            f"Incident {nummer} is E-gedrag: daarvoor gaat nooit een brief uit (Losser 5.3). "
            "Schakel een hulpinstantie in via de politie (0900-8844) en pas maatwerk toe met medewerker en leidinggevende."
        )
    if soort is not None:
        soort_def = profiel.soort(soort)
        if not soort_def.brief:
            raise InvoerFout(f"{soort} ({soort_def.label}) heeft geen brief. Leg het vast met: agressie maatregel {nummer} --soort {soort}")
    overtreding_datum = extra.overtreding[0] if extra.overtreding else None
    b = besluit(register, profiel, nummer, soort, extra.datum, verzoek.ingang, verzoek.duur, overtreding_datum)
    soort_def = profiel.soort(b.soort)
    if not soort_def.brief:
        raise InvoerFout(f"Het advies voor {nummer} is {b.soort} ({soort_def.label}): daar hoort geen brief bij. "
                         f"Leg het vast met: agressie maatregel {nummer} --soort {b.soort}")
    if soort_def.gegevens.get("vereist_actief_verbod") and extra.overtreding is None:
        extra.overtreding = (incident["datum"], incident.get("tijd"))
    sjabloon = vind_sjabloon(instellingen, profiel, b.soort)
    aangifte = bool(b.advies and b.advies.aangifte)
    waarden = context(instellingen, profiel, register, incident, b.soort, b.ingang, b.einde, b.duur, extra, aangifte, b.verbod)
    controleer_volledig(waarden, gebruikte_variabelen(sjabloon), nummer, b.soort)
    try:
        uitmap.mkdir(parents=True, exist_ok=True)
    except OSError as fout:
        raise AgressieFout(f"De map '{uitmap}' kan niet gemaakt worden ({fout.strerror or fout}).", code=1)
    doel = uitmap / veilige_bestandsnaam(nummer, b.soort, waarden["naam"])
    if doel.exists() and not overschrijven:
        raise InvoerFout(f"{doel} bestaat al. Gebruik --overschrijven om de brief opnieuw te maken.")
    render(sjabloon, waarden, doel)
    gemaakt.append(doel)
    overtreding = None
    if extra.overtreding:
        overtreding = extra.overtreding[0].isoformat() + (f" {extra.overtreding[1]:%H:%M}" if extra.overtreding[1] else "")
    maatregel = leg_vast(register, profiel, b, bestand=doel.name, overtreding=overtreding)
    return Brief(doel, maatregel, afwijking_tekst(b))
