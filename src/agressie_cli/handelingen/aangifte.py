"""Na de brief: de informatie voor de politie (aangifte, 2.6). Het document is een maatregel, zoals een brief: het
gaat door dezelfde transactie (handelingen/maatregeldocument.py), met dezelfde voorwaarden."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, cast

from agressie_cli.domein.datums import lees_datum
from agressie_cli.domein.rijen import MaatregelRij
from agressie_cli.handelingen.werkplek import Werkplek

if TYPE_CHECKING:
    from agressie_cli.documenten.brieven.maken import Ontwerp
    from agressie_cli.domein.register import Register


@dataclass(frozen=True)
class Aangifte:
    bestand: Path  # het document (vertrouwelijk)
    incident: str
    maatregel: MaatregelRij  # de maatregel aangifte zoals in het register
    nieuw: bool  # een nieuwe maatregel (anders is de bestaande bijgewerkt)
    onder_nummer: str | None  # het nummer waaronder de aangifte wordt gedaan (de naam van het slachtoffer verdwijnt)
    pdf: Path | None = None
    pdf_fout: str | None = None  # de PDF kon niet gemaakt worden (LibreOffice); document en maatregel blijven
    # 3.1: in het gebouw tijdens een toegangsverbod: True als het register laat zien dat de persoon het verbod kende
    # en het document lokaalvredebreuk noemt; False als dat niet blijkt; None: geen toegangsverbod.
    lokaalvredebreuk: bool | None = None
    waarschuwingen: list[str] = field(default_factory=list)


def aangifte(
    werkplek: Werkplek,
    incident: str,
    onder_nummer: str | None = None,
    datum: str | date | None = None,
    uit: Path | None = None,
    pdf: bool = False,
    overschrijven: bool = False,
) -> Aangifte:
    """Maakt de informatie voor de aangifte bij de politie (DOCX, vertrouwelijk) en legt de maatregel aangifte vast:
    één per incident (een bestaande wordt bijgewerkt, alleen met `overschrijven` als het document al bestaat)."""
    from agressie_cli.documenten.brieven.aangifte import Aangiftedocument, lees_onder_nummer, ontwerp_aangifte
    from agressie_cli.handelingen import maatregeldocument

    datum_d = lees_datum(datum, "«datum»") or date.today()
    nummer = lees_onder_nummer(onder_nummer)

    def ontwerp(register: Register, gevraagd: str) -> Ontwerp:
        return ontwerp_aangifte(
            werkplek.instellingen, werkplek.profiel, register, gevraagd, datum_d, nummer, uit, overschrijven
        )

    gemaakt = maatregeldocument.maak(werkplek, [incident], str, ontwerp, "aangifte voorbereid", uit)
    document = cast("Aangiftedocument", gemaakt.ontwerpen[0].document)
    pdfs, pdf_fout = maatregeldocument.pdfs([document.pad], werkplek.voortgang) if pdf else ({}, None)
    m = document.maatregel
    waarschuwingen = []
    if document.lokaalvredebreuk is False:
        waarschuwingen.append(
            f"Let op: incident {m['incident']} was in het gebouw tijdens een toegangsverbod, maar het register laat niet "
            "zien dat de persoon het verbod kende (niet overhandigd of aangetekend verzonden vóór het incident). Het "
            "document noemt de feiten, niet lokaalvredebreuk: voeg het bewijs dat de persoon het verbod kende toe aan "
            "de aangifte, of leg de verzending vast met agressie verzonden."
        )
    return Aangifte(
        bestand=document.pad,
        incident=str(m["incident"]),
        maatregel=m,
        nieuw=document.nieuw,
        onder_nummer=nummer,
        pdf=pdfs.get(document.pad),
        pdf_fout=pdf_fout,
        lokaalvredebreuk=document.lokaalvredebreuk,
        waarschuwingen=waarschuwingen,
    )
