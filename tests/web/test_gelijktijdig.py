"""3.5: meldingen op het web en op de opdrachtregel tegelijk. "20 concurrent web reports plus 20 concurrent CLI
`melden`: 0 lost, 0 duplicate numbers" (bench/web.py meet het op 10.000 incidenten); "writes take the same lock as the
CLI". Meldingen op het web die tegelijk binnenkomen, schrijft één schrijver in één transactie (web/meldrij.py), elk
met haar eigen nummer en logregel; een wijziging wacht lang op het slot en zegt dat ze wacht; lukt het toch niet,
dan houdt het formulier wat de medewerker invulde. Geen tijden in deze tests: ze tellen wat een gebruiker ziet."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path

import httpx2 as httpx  # het pakket httpx2 (testextra), dat ook Starlettes TestClient gebruikt
import pytest
from webhulp import WACHTWOORD, Server, csrf_van, maak_web

from conftest import maak_gemeente

ROLLEN_DIE_MELDEN = ("medewerker", "leidinggevende", "coordinator")


VANDAAG = date.today().strftime("%d-%m-%Y")


def _klasse(gemeente) -> dict[str, str]:
    """De classificatie van het profiel, en de datum (het webformulier vraagt die, zoals het meldformulier)."""
    klasse = {"ernst": "licht"} if gemeente.map.name == "geertruidenberg" else {"gedrag": "A"}
    return {**klasse, "datum": VANDAAG}


def _inloggen(adres: str, rol: str) -> tuple[httpx.Client, str]:
    client = httpx.Client(base_url=adres, timeout=600, follow_redirects=False)
    csrf = csrf_van(client.get("/inloggen").text)
    antwoord = client.post("/inloggen", data={"gebruiker": f"test-{rol}", "wachtwoord": WACHTWOORD, "csrf": csrf})
    assert antwoord.status_code == 303, antwoord.text
    return client, csrf_van(client.get("/melden").text)


def _logboek(map_pad: Path) -> list[list[str]]:
    with open(map_pad / "logboek.csv", encoding="utf-8-sig", newline="") as f:
        return [r for r in csv.reader(f, delimiter=";") if len(r) > 4 and r[2] == "melden"]


def _houder(register: Path, los: Path) -> subprocess.Popen:
    """Een ander proces (een collega aan de opdrachtregel) dat het slot van het register vasthoudt tot `los` bestaat."""
    houder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from filelock import FileLock; from pathlib import Path\n"
            "slot = FileLock(sys.argv[1] + '.lock'); slot.acquire()\n"
            "Path(sys.argv[1] + '.lock.wie').write_text('mjansen', encoding='utf-8')\n"
            "print('vast', flush=True)\n"
            "while not Path(sys.argv[2]).exists(): time.sleep(0.02)\n"
            "slot.release()",
            str(register),
            str(los),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert houder.stdout is not None and houder.stdout.readline().strip() == "vast"
    return houder


def _wacht_tot(voorwaarde, wat: str) -> None:
    """Synchroniseren, geen tijdmeting: wacht tot de server zover is (hooguit een minuut)."""
    einde = time.monotonic() + 60
    while not voorwaarde():
        assert time.monotonic() < einde, wat
        time.sleep(0.02)


@pytest.mark.parametrize("profiel", ["geertruidenberg", "losser"])
def test_meldingen_die_tegelijk_binnenkomen_kosten_samen_een_schrijfactie(tmp_path, profiel):
    """Geertruidenberg 2: "Wij registreren alle incidenten betreffende agressie en geweld". Zes meldingen van drie
    accounts komen binnen terwijl een collega het register bezet houdt; daarna schrijft de server wat al op het slot
    wachtte en dan de rest samen: hooguit twee schrijfacties (evenveel reservekopieën), zes nummers, zes regels in het logboek, elk met het
    eigen account, en bij elk incident het account in «gemeld_door»."""
    gemeente = maak_gemeente(tmp_path, profiel)
    web = maak_web(gemeente)
    los = tmp_path / "los"
    with Server(web) as server:
        clients = [_inloggen(server.adres, rol) for rol in ROLLEN_DIE_MELDEN]
        houder = _houder(gemeente.register, los)
        antwoorden: dict[int, httpx.Response] = {}

        def meld(i: int) -> None:
            client, csrf = clients[i % len(clients)]
            velden = {"csrf": csrf, "naam": f"Persoon Nummer{i}", "kanaal": "balie", **_klasse(gemeente)}
            antwoorden[i] = client.post("/melden", data=velden)

        draden = [threading.Thread(target=meld, args=(i,)) for i in range(6)]
        for d in draden:
            d.start()
        meldrij = web.app.state.meldrij
        try:  # de eerste wacht (in de schrijver) op het slot; de andere staan in de rij
            _wacht_tot(lambda: meldrij.wachtend == 6 or len(antwoorden) == 6, "de meldingen kwamen niet in de rij")
        finally:
            los.touch()
        for d in draden:
            d.join()
        houder.wait(timeout=60)
        for client, _ in clients:
            client.close()
    assert all(a.status_code == 200 for a in antwoorden.values()), [a.status_code for a in antwoorden.values()]
    assert all("Uw melding is geregistreerd als incident" in a.text for a in antwoorden.values())
    assert 1 <= meldrij.schrijfacties <= 2  # de eerste (die op het slot wachtte), dan de rest samen
    incidenten = gemeente.json("lijst")
    nummers = [i["incident"] for i in incidenten]
    assert len(nummers) == 6 and len(set(nummers)) == 6
    assert sorted(i["naam"] for i in incidenten) == sorted(f"Persoon Nummer{i}" for i in range(6))
    regels = _logboek(gemeente.map)
    assert sorted(r[3] for r in regels) == sorted(nummers)
    assert sorted(r[1] for r in regels) == sorted(f"web:test-{ROLLEN_DIE_MELDEN[i % 3]}" for i in range(6))
    # Elke regel noemt de reservekopie van vlak ervoor: zoveel kopieën als schrijfacties.
    assert len({r[4] for r in regels}) == meldrij.schrijfacties
    from agressie_cli.handelingen.werkplek import Werkplek

    door = {str(i["incident"]): i.get("gemeld_door") for i in Werkplek(gemeente.map).lees().incidenten}
    for i, antwoord in antwoorden.items():
        nummer = antwoord.text.split("als incident ", 1)[1][:9]
        assert door[nummer] == f"test-{ROLLEN_DIE_MELDEN[i % 3]}"


def test_een_melding_die_niet_geschreven_kan_worden_blijft_in_het_formulier(tmp_path):
    """Geertruidenberg 4.2: "Medewerkers die een agressiemelding doen, hoeven niet in één keer alle informatie te
    geven." Wat de medewerker al typte, gaat niet verloren als het register niet geschreven kan worden (hier: open in
    LibreOffice bij een collega): de pagina zegt dat de melding nog niet geregistreerd is, en het formulier houdt
    zijn antwoorden om opnieuw te versturen."""
    gemeente = maak_gemeente(tmp_path, "geertruidenberg")
    web = maak_web(gemeente)
    slot = gemeente.register.with_name(f".~lock.{gemeente.register.name}#")
    slot.write_text(",mjansen,pc-12,07.12.2026 09:00,file:///home/mjansen/.config/libreoffice/4;", encoding="utf-8")
    client = web.ingelogd("medewerker")
    csrf = csrf_van(client.get("/melden").text)
    velden = {
        "naam": "Jan de Vries",
        "kanaal": "balie",
        "omschrijving": "Schreeuwde aan de balie.",
        **_klasse(gemeente),
    }
    antwoord = client.post("/melden", data={"csrf": csrf, **velden})
    assert antwoord.status_code == 503
    assert "Uw melding is nog niet geregistreerd." in antwoord.text and "geopend door mjansen" in antwoord.text
    assert "verstuur het over een paar minuten opnieuw" in antwoord.text
    assert 'value="Jan de Vries"' in antwoord.text and "Schreeuwde aan de balie." in antwoord.text
    assert gemeente.json("lijst") == []
    slot.unlink()
    opnieuw = client.post("/melden", data={"csrf": csrf, **velden})
    assert opnieuw.status_code == 200 and "Uw melding is geregistreerd als incident" in opnieuw.text
    assert [i["naam"] for i in gemeente.json("lijst")] == ["Jan de Vries"]


def test_wie_lang_op_het_register_wacht_hoort_dat_hij_nog_wacht(gtb, monkeypatch, tmp_path):
    """3.5: twintig collega's tegelijk kunnen een melding op de opdrachtregel minuten laten wachten; ze wacht dan
    (langer dan een opvraging) en zegt af en toe dat ze nog wacht, in plaats van na 60 seconden op te geven."""
    from agressie_cli.opslag.excel import opslag

    monkeypatch.setattr(opslag, "WACHTMELDING_ELKE", 0.2)
    los = tmp_path / "los"
    houder = _houder(gtb.register, los)
    threading.Timer(3, los.touch).start()  # de collega is na een paar seconden klaar
    uitkomst = gtb.run("melden", "--naam", "Jan de Vries", "--kanaal", "balie", "--ernst", "licht")
    houder.wait(timeout=60)
    assert uitkomst.exit_code == 0, uitkomst.output
    assert "Wacht op mjansen: die slaat het register nu op ..." in uitkomst.output
    assert "Wacht nog op het register (" in uitkomst.output
    assert "Incident 2026-0001 geregistreerd" in uitkomst.output
    assert (
        opslag.ExcelOpslag(gtb.register, None).schrijf_wachttijd > opslag.ExcelOpslag(gtb.register, None).slot_wachttijd
    )


@pytest.mark.traag
def test_web_en_opdrachtregel_tegelijk_niets_kwijt_geen_nummer_dubbel(tmp_path):
    """Geertruidenberg 2: "Wij registreren alle incidenten betreffende agressie en geweld". Vijf meldingen op het web
    en vijf keer `agressie melden` tegelijk, op hetzelfde register: tien incidenten, tien verschillende nummers, tien
    regels in het logboek (het web met het account, de opdrachtregel met de gebruiker van het systeem)."""
    gemeente = maak_gemeente(tmp_path, "geertruidenberg")
    web = maak_web(gemeente)
    aantal = 5
    with Server(web) as server:
        clients = [_inloggen(server.adres, "medewerker") for _ in range(aantal)]
        start = threading.Barrier(2 * aantal)
        uit_web: list[httpx.Response] = []
        uit_cli: list[subprocess.CompletedProcess] = []
        env = dict(os.environ, AGRESSIE_MAP=str(gemeente.map))

        def via_web(i: int) -> None:
            client, csrf = clients[i]
            start.wait()
            uit_web.append(
                client.post(
                    "/melden", data={"csrf": csrf, "naam": f"Web Melding{i}", "kanaal": "balie", **_klasse(gemeente)}
                )
            )

        def via_cli(i: int) -> None:
            opdracht = [
                sys.executable,
                "-m",
                "agressie_cli",
                "melden",
                "--naam",
                f"Cli Melding{i}",
                "--kanaal",
                "balie",
            ]
            start.wait()
            uit_cli.append(subprocess.run([*opdracht, "--ernst", "licht"], capture_output=True, text=True, env=env))

        draden = [threading.Thread(target=via_web, args=(i,)) for i in range(aantal)]
        draden += [threading.Thread(target=via_cli, args=(i,)) for i in range(aantal)]
        for d in draden:
            d.start()
        for d in draden:
            d.join()
        for client, _ in clients:
            client.close()
    assert [a.status_code for a in uit_web] == [200] * aantal
    assert all(u.returncode == 0 for u in uit_cli), [u.stderr for u in uit_cli]
    incidenten = gemeente.json("lijst")
    nummers = [i["incident"] for i in incidenten]
    assert len(nummers) == 2 * aantal and len(set(nummers)) == 2 * aantal
    verwacht = [f"Web Melding{i}" for i in range(aantal)] + [f"Cli Melding{i}" for i in range(aantal)]
    assert sorted(i["naam"] for i in incidenten) == sorted(verwacht)
    regels = _logboek(gemeente.map)
    assert sorted(r[3] for r in regels) == sorted(nummers)
    assert sum(r[1] == "web:test-medewerker" for r in regels) == aantal
