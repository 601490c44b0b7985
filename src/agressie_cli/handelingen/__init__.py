"""De handelingen: alles wat een gebruiker met agressie kan doen, één functie per handeling. Dit is de Python-API van
agressie; de opdrachtregel (cli/) en de webvoorkant zijn twee dunne voorkanten erop.

Een handeling krijgt een `Werkplek` (de map van het register) en gewone waarden (tekst, datums, getallen), controleert
elke voorwaarde één keer, voert de transactie uit (register schrijven onder het slot, documenten pas op hun plaats
na het bewaren, een regel in het logboek) en geeft een getypeerd resultaat terug. Een fout is een `AgressieFout` met
een Nederlandse melding die velden noemt («brieftekst»), geen opties: elke voorkant zet ze om in zijn eigen woord.

    from agressie_cli.handelingen import Werkplek
    from agressie_cli.handelingen import besluiten

    werkplek = Werkplek(Path(r"M:\\Veilige Publieke Taak"))
    besluiten.afsluiten(werkplek, "2026-0001")

Lagen: cli (en web) -> handelingen -> documenten/opslag -> domein; niets importeert cli of web. Snel opstarten: een
module van handelingen importeert op moduleniveau alleen het lichte domein; de rest binnen de functie."""

from agressie_cli.handelingen.werkplek import Werkplek

__all__ = ["Werkplek"]
