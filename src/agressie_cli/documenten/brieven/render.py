"""Een brief maken: het sjabloon vullen en in één stap op zijn plaats zetten; de tekst van een .docx teruglezen."""

from __future__ import annotations

import html
import re
import unicodedata
import zipfile
from collections.abc import Sequence
from pathlib import Path

from agressie_cli.documenten.brieven.docx_eigenschappen import voor_document
from agressie_cli.documenten.brieven.sjablonen import gebruikte_variabelen, jinja_omgeving, vulfout_melding
from agressie_cli.domein.bestanden import atomisch
from agressie_cli.domein.fouten import InvoerFout
from agressie_cli.domein.instellingen import Sjabloongrenzen
from agressie_cli.domein.namen import achternaam

GERESERVEERD = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def veilige_bestandsnaam(incident: str, soort: str, naam: str, opgegeven_achternaam: str | None = None) -> str:
    """'2026-0001-waarschuwing-Oude-Groote.docx': de achternaam zoals in de aanhef, zonder tekens die Windows weigert."""
    deel = achternaam(naam, opgegeven_achternaam) if naam else "onbekend"
    deel = unicodedata.normalize("NFKD", deel).encode("ascii", "ignore").decode("ascii")
    deel = re.sub(r"[^A-Za-z0-9]+", "-", deel).strip("-")[:40] or "onbekend"
    stam = re.sub(r"[^A-Za-z0-9-]+", "-", f"{incident}-{soort}-{deel}").strip("-.")
    if stam.split(".")[0].upper() in GERESERVEERD:
        stam = "brief-" + stam
    return f"{stam}.docx"


def render(
    sjabloon: Path,
    waarden: dict,
    doel: Path,
    meerregelig: tuple[str, ...] = ("adresblok", "brieftekst"),
    grenzen: Sjabloongrenzen | None = None,
) -> None:
    """Vult het sjabloon in een sandbox en schrijft via een tijdelijk bestand; controleert dat er geen tag is blijven
    staan. Een onveilig sjabloon wordt niet gevuld: eerst de controle op Python-internals, en wat daar doorheen glipt,
    houdt de sandbox tegen (SecurityError); in beide gevallen een InvoerFout en geen bestand. Het vullen heeft een
    grens aan tijd en grootte (`grenzen`, van de gemeente: Instellingen.sjabloongrenzen; None: de standaard, 3.3)."""
    from docxtpl import DocxTemplate, Listing
    from jinja2 import TemplateError

    gebruikte_variabelen(sjabloon)  # een onveilig sjabloon of {% include %} geeft hier al een InvoerFout
    sjab = DocxTemplate(str(sjabloon))
    gegevens = dict(waarden)
    for sleutel in meerregelig:  # tekst met regeleinden: elke regel op een eigen regel in Word
        gegevens[sleutel] = Listing(gegevens[sleutel])
    try:
        sjab.render(gegevens, jinja_omgeving(grenzen), autoescape=True)
    except TemplateError as fout:
        melding = vulfout_melding(sjabloon.name, fout, grenzen)  # SecurityError is een TemplateError
        raise InvoerFout(
            melding
            or f"Sjabloon {sjabloon.name} bevat een fout: {fout}. Controleer het met: agressie sjablonen controleer"
        ) from None
    except (ArithmeticError, RecursionError, TypeError, ValueError, LookupError) as fout:
        # 3.3 punt 8: 1/0, een macro die zichzelf aanroept of 'a' + 1 gaf 'onverwachte fout' (exit 1)
        raise InvoerFout(
            vulfout_melding(sjabloon.name, fout, grenzen)
            or f"Sjabloon '{sjabloon.name}' geeft een fout bij het vullen ({_soort_fout(fout)}). Controleer het met: "
            "agressie sjablonen controleer"
        ) from None
    except Exception as fout:
        melding = vulfout_melding(sjabloon.name, fout, grenzen)  # een grens (tijd, grootte) van de sandbox
        if melding is None:
            raise
        raise InvoerFout(melding) from None
    with atomisch(doel) as tijdelijk:
        sjab.save(str(tijdelijk))
        voor_document(tijdelijk, waarden)  # 3.6: taal nl-NL, eigenschappen, geen miniatuur
        if _heeft_tags(tijdelijk, _ingevulde_regels(waarden)):
            raise InvoerFout(
                f"In de brief is een sjabloontag blijven staan; controleer {sjabloon.name} met: agressie sjablonen controleer"
            )


def _soort_fout(fout: BaseException) -> str:
    """In woorden wat er misging, zonder de Engelse tekst van Python (die kan een waarde uit de brief noemen)."""
    if isinstance(fout, TypeError):
        return "een bewerking met waarden van het verkeerde soort, zoals tekst plus een getal"
    if isinstance(fout, OverflowError):
        return "een getal dat te groot wordt"
    if isinstance(fout, LookupError):
        return "een element of sleutel die er niet is"
    return "een waarde die niet klopt voor de bewerking"


_WT = re.compile(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>")


def _ingevulde_regels(waarden: dict) -> list[str]:
    """De ingevulde tekst met accolades, per regel (zo staat een meerregelige waarde in Word), de langste eerst: wat
    een gebruiker zelf typte ('{{ naam }}' in de brieftekst) is geen tag die in het sjabloon is blijven staan (3.2)."""
    regels: set[str] = set()
    for tekst in _teksten(list(waarden.values())):
        if "{" in tekst or "}" in tekst:
            regels.update(r for r in re.split(r"[\t\n\r\a\f\v]", tekst) if r)
    return sorted(regels, key=len, reverse=True)


def _teksten(waarde: object) -> list[str]:
    """De teksten in een waarde, ook in de rijen van een tabel (3.4 inzage: een lijst van dicts)."""
    if isinstance(waarde, str):
        return [waarde]
    if isinstance(waarde, dict):
        return _teksten(list(waarde.values()))
    if isinstance(waarde, (list, tuple)):
        return [t for w in waarde for t in _teksten(w)]
    return []


def _heeft_tags(docx: Path, ingevuld: Sequence[str] = ()) -> bool:
    """Staat er na het vullen nog '{{', '{%' of '}}' in de tekst (hoofdtekst, kop- en voetteksten), buiten de
    ingevulde waarden?"""
    with zipfile.ZipFile(docx) as zf:
        for naam in zf.namelist():
            if re.fullmatch(r"word/(document|header\d*|footer\d*)\.xml", naam):
                tekst = html.unescape("".join(_WT.findall(zf.read(naam).decode("utf-8"))))
                for regel in ingevuld:
                    tekst = tekst.replace(regel, "")
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
    # Wat de lezer leest: een vaste spatie en een vast streepje (in telefoonnummers, 3.1) zijn een spatie en een '-'.
    return "\n".join(delen).replace("\u00a0", " ").replace("\u2011", "-")
