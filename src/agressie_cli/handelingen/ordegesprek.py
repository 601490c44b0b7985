"""Het ordegesprek na de uitnodiging (3.4; Geertruidenberg 6.3): vastleggen dat het gehouden is, of dat de persoon
niet verscheen (dan adviseert het incident de volgende stap). De regels staan in domein/ordegesprek.py."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from agressie_cli.domein.duur import Duur
from agressie_cli.handelingen.werkplek import Werkplek


@dataclass(frozen=True)
class Ordegesprek:
    incident: str
    maatregel: str  # de uitnodiging (M00001)
    uitkomst: str  # gehouden of niet-verschenen
    gesprek_datum: date | None  # de datum uit de uitnodiging
    gehouden: date | None
    niet_verschenen: date | None
    volgende_stap: str | None  # niet verschenen: de soort die volgt ([na_ordegesprek.niet_verschenen])
    volgende_stap_label: str | None
    volgende_stap_duur: Duur | None
    regel: str | None  # de regel van het protocol
    uitleg: str | None  # de uitleg met het citaat


def ordegesprek(werkplek: Werkplek, incident: str, uitkomst: str, datum: date | None = None) -> Ordegesprek:
    """Legt bij de uitnodiging van het incident vast dat het ordegesprek gehouden is of dat de persoon niet
    verscheen (`uitkomst`: gehouden of niet-verschenen); `datum`: de dag van het gesprek (standaard die uit de
    uitnodiging)."""
    from agressie_cli.domein.maatregelen import incident_voor_maatregel
    from agressie_cli.domein.ordegesprek import leg_vast, volgende_stap

    with werkplek.wijzig() as register:
        gevonden = incident_voor_maatregel(register, incident, "ordegesprek vastgelegd")
        g = leg_vast(register, werkplek.profiel, gevonden, uitkomst, datum, date.today())
    volgende = volgende_stap(werkplek.profiel) if uitkomst == "niet-verschenen" else None
    return Ordegesprek(
        incident=g.incident,
        maatregel=str(g.uitnodiging.get("maatregel")),
        uitkomst=uitkomst,
        gesprek_datum=g.gesprek_datum,
        gehouden=g.gehouden,
        niet_verschenen=g.niet_verschenen,
        volgende_stap=volgende.soort if volgende else None,
        volgende_stap_label=volgende.label if volgende else None,
        volgende_stap_duur=volgende.duur if volgende else None,
        regel=volgende.regel if volgende else None,
        uitleg=volgende.uitleg if volgende else None,
    )
