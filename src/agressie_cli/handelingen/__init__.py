"""De handelingen: alles wat een gebruiker met agressie kan doen, één functie per handeling. Dit is de Python-API van
agressie; de opdrachtregel (cli/) en de webvoorkant zijn twee dunne voorkanten erop.

Een handeling krijgt een `Werkplek` (de map van het register) en gewone waarden (tekst, datums, getallen), controleert
elke voorwaarde één keer, voert de transactie uit (register schrijven onder het slot, documenten pas op hun plaats
na het bewaren, een regel in het logboek) en geeft een getypeerd resultaat terug. Een fout is een `AgressieFout` met
een Nederlandse melding die velden noemt («brieftekst»), geen opties: elke voorkant zet ze om in zijn eigen woord.

    from agressie_cli.handelingen import Werkplek
    from agressie_cli.handelingen import besluiten

    werkplek = Werkplek(Path(r"M:\\Veilige Publieke Taak"))
    uitkomst = besluiten.brief(werkplek, ["2026-0001"], datum="2026-11-23")
    print(uitkomst.brieven[0].pad, uitkomst.brieven[0].maatregel["maatregel"])
    besluiten.afsluiten(werkplek, "2026-0001")

Modules: besluiten (maatregel, brief, verzonden, intrekken, afsluiten), aangifte, opvragen (lijst, historie, advies,
verboden, termijnen). Een brief en de informatie voor de aangifte zijn documenten die een maatregel zijn: één
transactie (maatregeldocument.maak) vult het sjabloon buiten het slot van het register en besluit onder het slot
opnieuw.

Lagen: cli (en web) -> handelingen -> documenten/opslag -> domein; niets importeert cli of web. Snel opstarten: een
module van handelingen importeert op moduleniveau alleen het lichte domein; de rest binnen de functie."""

from agressie_cli.handelingen.werkplek import Werkplek

__all__ = ["Werkplek"]
