"""Een brief maken: het sjabloon vullen en in één stap op zijn plaats zetten; de tekst van een .docx teruglezen."""

from __future__ import annotations

import html
import re
import unicodedata
import zipfile
from collections.abc import Sequence
from pathlib import Path

from agressie_cli.documenten.brieven.docx_eigenschappen import voor_document
from agressie_cli.documenten.brieven.sjablonen import gebruikte_variabelen, jinja_omgeving, sandbox_melding
from agressie_cli.domein.bestanden import atomisch
from agressie_cli.domein.fouten import InvoerFout
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
    sjabloon: Path, waarden: dict, doel: Path, meerregelig: tuple[str, ...] = ("adresblok", "brieftekst")
) -> None:
    """Vult het sjabloon in een sandbox en schrijft via een tijdelijk bestand; controleert dat er geen tag is blijven
    staan. Een onveilig sjabloon wordt niet gevuld: eerst de controle op Python-internals, en wat daar doorheen glipt,
    houdt de sandbox tegen (SecurityError); in beide gevallen een InvoerFout en geen bestand."""
    from docxtpl import DocxTemplate, Listing
    from jinja2 import TemplateError
    from jinja2.exceptions import SecurityError

    gebruikte_variabelen(sjabloon)  # een onveilig sjabloon geeft hier al een InvoerFout
    sjab = DocxTemplate(str(sjabloon))
    gegevens = dict(waarden)
    for sleutel in meerregelig:  # tekst met regeleinden: elke regel op een eigen regel in Word
        gegevens[sleutel] = Listing(gegevens[sleutel])
    try:
        sjab.render(gegevens, jinja_omgeving(), autoescape=True)
    except SecurityError as fout:
        raise InvoerFout(sandbox_melding(sjabloon.name, fout))
    except TemplateError as fout:
        raise InvoerFout(
            f"Sjabloon {sjabloon.name} bevat een fout: {fout}. Controleer het met: agressie sjablonen controleer"
        )
    with atomisch(doel) as tijdelijk:
        sjab.save(str(tijdelijk))
        voor_document(tijdelijk, waarden)  # 3.6: taal nl-NL, eigenschappen, geen miniatuur
        if _heeft_tags(tijdelijk, _ingevulde_regels(waarden)):
            raise InvoerFout(
                f"In de brief is een sjabloontag blijven staan; controleer {sjabloon.name} met: agressie sjablonen controleer"
            )


_WT = re.compile(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>")


def _ingevulde_regels(waarden: dict) -> list[str]:
    """De ingevulde tekst met accolades, per regel (zo staat een meerregelige waarde in Word), de langste eerst: wat
    een gebruiker zelf typte ('{{ naam }}' in de brieftekst) is geen tag die in het sjabloon is blijven staan (3.2)."""
    regels: set[str] = set()
    for waarde in waarden.values():
        for tekst in waarde if isinstance(waarde, (list, tuple)) else [waarde]:
            if isinstance(tekst, str) and ("{" in tekst or "}" in tekst):
                regels.update(r for r in re.split(r"[\t\n\r\a\f\v]", tekst) if r)
    return sorted(regels, key=len, reverse=True)


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
