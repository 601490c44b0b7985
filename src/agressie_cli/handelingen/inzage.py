"""Inzage (3.4; AVG art. 15): het verzoek vastleggen (agressie termijnen toont de maand van art. 12 lid 3) en het
dossier van de persoon als brief maken (documenten/inzage.py), met wanneer het verstrekt is."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from agressie_cli.handelingen.werkplek import Werkplek


@dataclass(frozen=True)
class Inzage:
    persoon: str
    ontvangen: date | None  # het verzoek (None: geen verzoek vastgelegd)
    uiterlijk: date | None  # een maand na ontvangst (art. 12 lid 3)
    bestand: Path | None  # None: alleen het verzoek vastgelegd
    pdf: Path | None
    pdf_fout: str | None
    incidenten: int
    maatregelen: int
    bewaren_tot: date | None


def inzage(
    werkplek: Werkplek,
    zoek: str,
    datum: date,
    ontvangen: date | None = None,
    alleen_verzoek: bool = False,
    pdf: bool = False,
    uit: Path | None = None,
) -> Inzage:
    """Legt het verzoek (ontvangen op `ontvangen`) vast en maakt, tenzij `alleen_verzoek`, het dossier als brief van
    `datum`; die brief beantwoordt de open verzoeken."""
    from agressie_cli.documenten import inzage as document
    from agressie_cli.documenten.brieven.render import veilige_bestandsnaam
    from agressie_cli.domein import inzage as regels
    from agressie_cli.domein.fouten import AgressieFout, InvoerFout
    from agressie_cli.domein.historie import kies_persoon

    if alleen_verzoek and ontvangen is None:
        ontvangen = datum
    if ontvangen is not None and ontvangen > datum:
        raise InvoerFout(
            "«datum»: de brief kan niet van vóór de ontvangst van het verzoek zijn. Er is niets vastgelegd."
        )
    uitmap = uit or werkplek.instellingen.briefmap
    geschreven: list[Path] = []
    try:
        with werkplek.wijzig() as register:
            persoon = kies_persoon(register, zoek)
            if persoon.get("geanonimiseerd"):
                raise InvoerFout(f"Persoon {persoon.get('persoon')} is geanonimiseerd: er zijn geen gegevens meer.")
            if ontvangen is not None:
                regels.leg_verzoek_vast(register, persoon, ontvangen)
            dossier = regels.dossier(
                register, werkplek.profiel, persoon, datum, werkplek.instellingen.bewaartermijn_jaren
            )
            open_ = [v for v in regels.verzoeken(persoon) if v.verstrekt is None]
            doel = None
            if not alleen_verzoek:
                incidenten = register.incidenten_van(dossier.persoon)
                laatste = max((str(i["incident"]) for i in incidenten), default=dossier.persoon)
                naam = veilige_bestandsnaam(laatste, f"inzage-{datum:%Y%m%d}", dossier.naam, persoon.get("achternaam"))
                doel = uitmap / naam
                eerst = min((v.ontvangen for v in open_), default=None)
                geschreven.append(
                    document.schrijf(werkplek.instellingen, werkplek.profiel, dossier, persoon, datum, eerst, doel)
                )
                regels.leg_verstrekking_vast(register, persoon, datum, doel.name)
    except BaseException:
        for pad in geschreven:
            with contextlib.suppress(OSError):
                pad.unlink()
        raise
    pdf_pad, pdf_fout = None, None
    if pdf and doel is not None:
        from agressie_cli.documenten.brieven.pdf import naar_pdf

        try:
            pdf_pad = naar_pdf([doel], doel.parent)[0]
        except AgressieFout as fout:
            pdf_fout = fout.melding
    return Inzage(
        persoon=dossier.persoon,
        ontvangen=ontvangen,
        uiterlijk=regels.Verzoek(ontvangen, None).uiterlijk if ontvangen else None,
        bestand=doel,
        pdf=pdf_pad,
        pdf_fout=pdf_fout,
        incidenten=len(dossier.incidenten),
        maatregelen=len(dossier.maatregelen),
        bewaren_tot=dossier.bewaren_tot,
    )
