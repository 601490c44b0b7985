"""3.6 Outlook: een concept heeft een kop Date:, en geen kopregel komt boven de 998 tekens van RFC 5322, ook niet met
een zeer lange naam vol accenten."""

from __future__ import annotations

from email import message_from_bytes
from email.policy import default
from pathlib import Path

from conftest import VOLLEDIG


def test_date_kop_en_lange_naam_binnen_de_grens(gtb):
    naam = "Émilie-Françoise Ødegård-Ŝtraßenbürger van der Ünterwëg tot Ŵëstërhöüt " * 12
    nummer = gtb.meld(
        naam="Jan de Vries",
        kanaal="balie",
        datum="2025-11-03",
        tijd="10:00",
        ernst="agressief",
        **{**VOLLEDIG, "leidinggevende": naam, "leidinggevende_email": "a.smits@geertruidenberg.nl"},
    )
    pad = Path(gtb.json("doorsturen", nummer)["bestand"])
    ruw = pad.read_bytes()
    koppen = ruw.split(b"\r\n\r\n", 1)[0].split(b"\r\n")
    assert max(len(regel) for regel in koppen) <= 998
    bericht = message_from_bytes(ruw, policy=default)
    assert bericht["Date"] is not None and bericht["Date"].datetime is not None
    aan = bericht["To"].addresses[0]
    assert aan.addr_spec == "a.smits@geertruidenberg.nl"
    assert aan.display_name.startswith("Émilie-Françoise") and aan.display_name.endswith("\u2026")
    assert len(aan.display_name) <= 64
