"""Hoe een veld heet in de terminal: de optie. De ene plek waar een melding van het domein of een handeling («veld»)
de woorden van de opdrachtregel krijgt; het web heeft zijn eigen woorden (de labels)."""

from __future__ import annotations

from agressie_cli.domein.fouten import AgressieFout, vul

# Velden die geen kolom van het register zijn, met hun optie (de kolommen: de optie uit domein/velden.py), en
# kolommen die bij een commando een andere optie hebben dan --sleutel. Een veld zonder optie (een argument als
# INCIDENT) heet in de terminal zoals in de metavar.
_OPTIE_ZONDER_KOLOM = {
    "incidentnummer": "INCIDENT",
    "maatregelnummer": "MAATREGEL",
    "persoonnummer": "PERSOON",
    "samengevoegd_in": "--in",  # agressie samenvoegen PERSOON --in P0002
    "niet_dezelfde": "--niet",  # agressie samenvoegen PERSOON --niet P0002
}


def optie_van(veld: str) -> str:
    """Het woord voor een veld in de terminal: de optie (`brieftekst` -> `--brieftekst`). De ene plek waar een melding
    van het domein of een handeling de namen van de opdrachtregel krijgt; het web heeft zijn eigen woorden."""
    from agressie_cli.domein.velden import OPTIE

    if veld in OPTIE:
        return str(OPTIE[veld])
    return _OPTIE_ZONDER_KOLOM.get(veld, "--" + veld.replace("_", "-"))


def melding(fout: AgressieFout) -> str:
    return fout.tekst(optie_van)


def in_opties(sjabloon: str) -> str:
    """Een tekst met «veld»-merktekens (bewaard `fout.sjabloon`) zoals de terminal hem toont."""
    return vul(sjabloon, optie_van)
