"""Benchmark van de webvoorkant (3.5): de echte server (`agressie web`, uvicorn) op een register van 10.000 incidenten.

Gebruik: python bench/web.py [--incidenten 10000] [--gebruikers 20] [--verzoeken 40] [--map bench/uitvoer/web-10000]

1. Lezen: `--gebruikers` gebruikers tegelijk (de helft receptie, die alleen opzoekt; de helft coördinator, die de pagina's
   afloopt en ook opzoekt), elk `--verzoeken` verzoeken na het inloggen. Per pagina de mediaan en het 95e percentiel;
   eisen: de opzoeking van de receptie onder 100 ms, elke pagina onder 300 ms (p95). In dezelfde run, tijdens die last,
   de opdrachtregel `agressie verboden` (een heel proces) ernaast.
2. Wat een verzoek kost om het register te lezen: een Excel-lezing (via de snelle kopie) tegenover het register uit het
   geheugen van de server (web/geheugen.py).
3. Schrijven: 20 meldingen op het web tegelijk (POST /melden als de server die pagina heeft, anders de handeling
   registreren.melden in 20 threads, wat /melden aanroept) plus 20 keer tegelijk `agressie melden` op de opdrachtregel:
   geen melding kwijt, geen nummer dubbel.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path

HIER = Path(__file__).resolve().parent
WACHTWOORD = "bench-wachtwoord-123"
PAGINAS_COORDINATOR = ["/", "/incidenten", "/aanvullen", "/termijnen", "/rapport", "/gebruikers", "/formulieren"]
# /herstel leest elke reservekopie helemaal (zoals agressie herstel --lijst: is hij heel, hoeveel incidenten); apart
# gemeten, koud en daarna (per kopie onthouden), niet in de last.


def p95(waarden: list[float]) -> float:
    return statistics.quantiles(waarden, n=20, method="inclusive")[18] if len(waarden) > 1 else waarden[0]


def belasting() -> None:
    """De belasting van de machine (andere processen: de tijden hierboven zijn daar niet los van te zien)."""
    een, vijf, vijftien = os.getloadavg()
    print(f"\n(belasting van de machine: {een:.1f} {vijf:.1f} {vijftien:.1f} over 1, 5 en 15 minuten)")


def maak_map(map_pad: Path, incidenten: int) -> None:
    if (map_pad / "register.xlsx").is_file():
        return
    subprocess.run(
        [sys.executable, str(HIER / "maak_register.py"), "--incidenten", str(incidenten), "--map", str(map_pad)],
        check=True,
    )


def accounts(map_pad: Path, aantal: int) -> list[tuple[str, str]]:
    from agressie_cli.handelingen import gebruikers
    from agressie_cli.handelingen.werkplek import Werkplek

    werkplek = Werkplek(map_pad)
    bestaand = {g.naam for g in gebruikers.lijst(werkplek)}
    uit = []
    for i in range(aantal):
        rol = "receptie" if i % 2 == 0 else "coordinator"
        naam = f"bench-{rol}-{i}"
        if naam not in bestaand:
            gebruikers.toevoegen(werkplek, naam, rol, WACHTWOORD)
        uit.append((naam, rol))
    return uit


def namen(map_pad: Path) -> list[str]:
    from agressie_cli.handelingen.werkplek import Werkplek

    register = Werkplek(map_pad).lees(bladen=("Personen",))
    return [str(p["naam"]) for p in register.personen if p.get("naam")]


class Server:
    """`agressie web` als eigen proces, zoals de coördinator of IT het start; de eerste regel is het adres."""

    def __init__(self, map_pad: Path, poort: int):
        self.args = [
            sys.executable,
            "-m",
            "agressie_cli",
            "--map",
            str(map_pad),
            "web",
            "--port",
            str(poort),
            "--geen-browser",
        ]
        self.adres = f"http://127.0.0.1:{poort}"

    def __enter__(self) -> Server:
        import httpx2 as httpx

        self.log = open(Path(self.args[4]) / "server.log", "w", encoding="utf-8")
        self.proces = subprocess.Popen(self.args, stdout=subprocess.PIPE, stderr=self.log, text=True)
        assert self.proces.stdout is not None
        self.proces.stdout.readline()  # het adres
        for _ in range(200):
            try:
                httpx.get(f"{self.adres}/inloggen", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.05)
        return self

    def __exit__(self, *fout: object) -> None:
        self.proces.terminate()
        self.proces.wait(timeout=10)
        self.log.close()


def csrf_van(html: str) -> str:
    import re

    gevonden = re.search(r'name="csrf" value="([^"]+)"', html)
    assert gevonden, "geen CSRF-veld"
    return gevonden.group(1)


def inloggen(adres: str, naam: str):
    import httpx2 as httpx

    client = httpx.Client(base_url=adres, timeout=60, follow_redirects=False)
    csrf = csrf_van(client.get("/inloggen").text)
    antwoord = client.post("/inloggen", data={"gebruiker": naam, "wachtwoord": WACHTWOORD, "csrf": csrf})
    assert antwoord.status_code == 303, antwoord.text[:300]
    return client


def gebruiker(
    adres: str,
    naam: str,
    rol: str,
    verzoeken: int,
    bekend: list[str],
    tijden,
    start: threading.Barrier,
    denktijd: float,
):
    client = inloggen(adres, naam)
    csrf = csrf_van(client.get("/").text)
    willekeur = random.Random(naam)
    start.wait()
    for i in range(verzoeken):
        if denktijd:  # een mens leest de pagina voor hij verder klikt (0: zo snel als de server kan)
            time.sleep(willekeur.uniform(0.5 * denktijd, 1.5 * denktijd))
        if rol == "receptie" or i % 3 == 0:
            zoek = willekeur.choice(bekend).split()[-2] if willekeur.random() < 0.7 else "Onbekend Persoon"
            t = time.perf_counter()
            antwoord = client.post("/receptie", data={"csrf": csrf, "naam": zoek})
            duur = time.perf_counter() - t
            sleutel = "POST /receptie (opzoeken)"
        elif i % 3 == 1 and willekeur.random() < 0.5:
            t = time.perf_counter()
            antwoord = client.post("/incidenten", data={"csrf": csrf, "zoek": willekeur.choice(bekend).split()[-2]})
            duur = time.perf_counter() - t
            sleutel = "POST /incidenten (zoeken op naam)"
        else:
            pad = PAGINAS_COORDINATOR[i % len(PAGINAS_COORDINATOR)]
            t = time.perf_counter()
            antwoord = client.get(pad)
            duur = time.perf_counter() - t
            sleutel = f"GET {pad}"
        assert antwoord.status_code == 200, (sleutel, antwoord.status_code)
        tijden[sleutel].append(duur)
    client.close()


def cli(map_pad: Path, *args: str) -> tuple[float, subprocess.CompletedProcess]:
    t = time.perf_counter()
    uit = subprocess.run(
        [sys.executable, "-m", "agressie_cli", "--map", str(map_pad), *args], capture_output=True, text=True
    )
    return time.perf_counter() - t, uit


def eerste_keer(adres: str, naam: str) -> None:
    # Opwarmen: de eerste lezing vult het geheugen van de server (en de snelle kopie); apart gemeten.
    warm = inloggen(adres, naam)
    print("\n## Eerste keer na het starten of na een wijziging (één gebruiker, zonder last)\n")
    for pad in [*PAGINAS_COORDINATOR, "/herstel"]:
        for keer in ("eerste keer", "daarna"):
            t = time.perf_counter()
            antwoord = warm.get(pad, timeout=900)
            assert antwoord.status_code == 200, (pad, antwoord.status_code)
            print(f"- GET {pad}, {keer}: {(time.perf_counter() - t) * 1000:.0f} ms")


def lezen(adres: str, map_pad: Path, gebruikers_: list[tuple[str, str]], verzoeken: int, denktijd: float) -> None:
    bekend = namen(map_pad)
    tijden: dict[str, list[float]] = defaultdict(list)
    start = threading.Barrier(len(gebruikers_) + 1)
    draden = [
        threading.Thread(target=gebruiker, args=(adres, naam, rol, verzoeken, bekend, tijden, start, denktijd))
        for naam, rol in gebruikers_
    ]
    for d in draden:
        d.start()
    start.wait()
    t0 = time.perf_counter()
    verboden = []
    while any(d.is_alive() for d in draden):  # de opdrachtregel ernaast, onder dezelfde last
        duur, uit = cli(map_pad, "verboden")
        assert uit.returncode == 0, uit.stderr
        verboden.append(duur)
        time.sleep(1)  # de receptie aan de opdrachtregel: af en toe, niet als een lus die een processor vult
    for d in draden:
        d.join()
    totaal = time.perf_counter() - t0
    aantal = sum(len(v) for v in tijden.values())
    print(
        f"\n## Lezen: {len(gebruikers_)} gebruikers tegelijk, denktijd {denktijd:g} s, {aantal} verzoeken in {totaal:.1f} s"
        f" ({aantal / totaal:.0f} per seconde)"
    )
    # De machine wordt ook door anderen gebruikt: de verhouding met `verboden` in dezelfde run zegt meer dan de tijd.
    cli_p95 = p95(verboden)
    print(
        "\n| pagina | verzoeken | mediaan (ms) | p95 (ms) | eis p95 | gehaald | p95 / p95 van `verboden` |"
        "\n|---|---|---|---|---|---|---|"
    )
    for sleutel in sorted(tijden):
        v = tijden[sleutel]
        eis = 100 if "receptie" in sleutel else 300
        print(
            f"| {sleutel} | {len(v)} | {statistics.median(v) * 1000:.0f} | {p95(v) * 1000:.0f} | {eis} ms | "
            f"{'ja' if p95(v) * 1000 < eis else 'NEE'} | {p95(v) / cli_p95:.2f} |"
        )
    print(
        f"| opdrachtregel `agressie verboden` (heel proces, tijdens de last) | {len(verboden)} | "
        f"{statistics.median(verboden) * 1000:.0f} | {cli_p95 * 1000:.0f} | | | 1 |"
    )


def leeskosten(map_pad: Path) -> None:
    from agressie_cli.handelingen.werkplek import Werkplek
    from agressie_cli.web.geheugen import Webwerkplek

    gewoon = Werkplek(map_pad)
    gewoon.lees()  # de snelle kopie bestaat
    metingen = []
    for _ in range(5):
        t = time.perf_counter()
        gewoon.lees()
        metingen.append(time.perf_counter() - t)
    web = Webwerkplek.van(Werkplek(map_pad))
    web.lees()
    geheugen = []
    for _ in range(5):
        t = time.perf_counter()
        web.voor("web:bench").lees()
        geheugen.append(time.perf_counter() - t)
    print("\n## Wat een verzoek kost om het register te lezen (10.000 incidenten)\n")
    print(f"- zonder geheugen (snelle kopie, elke keer): {statistics.median(metingen) * 1000:.0f} ms")
    print(
        f"- uit het geheugen van de server (bestand ongewijzigd: alleen os.stat): {statistics.median(geheugen) * 1000:.3f} ms"
    )


def schrijven(adres: str, map_pad: Path, aantal: int) -> None:
    import httpx2 as httpx

    from agressie_cli.handelingen import registreren
    from agressie_cli.handelingen.werkplek import Werkplek
    from agressie_cli.web.geheugen import Webwerkplek

    voor = {str(i["incident"]) for i in Werkplek(map_pad).lees(bladen=("Incidenten",)).incidenten}
    coordinator = inloggen(adres, "bench-coordinator-1")
    via_pagina = coordinator.get("/melden").status_code == 200
    csrf = csrf_van(coordinator.get("/").text)
    fouten: list[str] = []
    duur_web: list[float] = []  # hoe lang een medewerker op zijn antwoord wachtte
    duur_cli: list[float] = []
    start = threading.Barrier(2 * aantal)
    gedeeld = Webwerkplek.van(Werkplek(map_pad))
    vandaag = time.strftime("%d-%m-%Y")

    def web(i: int) -> None:
        start.wait()
        try:
            # Het webformulier vraagt ook de datum (zoals het meldformulier); zonder die weigert het (422).
            velden = {"naam": f"Bench Web {i}", "kanaal": "balie", "ernst": "licht", "datum": vandaag}
            if via_pagina:
                # Zo lang als een schrijfactie op het slot mag wachten (opslag: SCHRIJF_WACHTTIJD), en wat marge.
                client = httpx.Client(base_url=adres, cookies=coordinator.cookies, timeout=900)
                t = time.perf_counter()
                antwoord = client.post("/melden", data={"csrf": csrf, **velden})
                duur_web.append(time.perf_counter() - t)
                if antwoord.status_code not in (200, 303):
                    fouten.append(f"web {i}: {antwoord.status_code}")
            else:
                registreren.melden(gedeeld.voor(f"web:bench-{i}"), velden)  # zoals de server: één opslag
        except Exception as fout:  # geteld, niet verborgen
            fouten.append(f"web {i}: {fout}")

    def opdrachtregel(i: int) -> None:
        start.wait()
        duur, uit = cli(map_pad, "melden", "--naam", f"Bench Cli {i}", "--kanaal", "balie", "--ernst", "licht")
        duur_cli.append(duur)
        if uit.returncode != 0:
            fouten.append(f"cli {i}: {uit.stderr.strip()[:200]}")

    t0 = time.perf_counter()
    draden = [threading.Thread(target=web, args=(i,)) for i in range(aantal)]
    draden += [threading.Thread(target=opdrachtregel, args=(i,)) for i in range(aantal)]
    for d in draden:
        d.start()
    for d in draden:
        d.join()
    duur = time.perf_counter() - t0
    register = Werkplek(map_pad).lees(bladen=("Incidenten", "Personen"))
    nummers = [str(i["incident"]) for i in register.incidenten]
    nieuw = [i for i in register.incidenten if str(i["incident"]) not in voor]
    namen_per_persoon = {p["persoon"]: p.get("naam") for p in register.personen}
    gemeld = sorted(str(namen_per_persoon.get(i.get("persoon"))) for i in nieuw)
    verwacht = sorted([f"Bench Web {i}" for i in range(aantal)] + [f"Bench Cli {i}" for i in range(aantal)])
    kwijt = sorted(set(verwacht) - set(gemeld))
    dubbel = len(nummers) - len(set(nummers))
    print(
        f"\n## Schrijven: {aantal} meldingen op het web ({'POST /melden' if via_pagina else 'handeling registreren.melden in threads'})"
        f" + {aantal} x `agressie melden` tegelijk\n"
    )
    print(
        f"- in {duur:.1f} s; nieuwe incidenten: {len(nieuw)} van {2 * aantal}; kwijt: {len(kwijt)}; dubbele nummers: {dubbel}"
    )
    print(f"- fouten: {len(fouten)}" + (f" ({'; '.join(fouten[:5])})" if fouten else ""))
    for wie, tijden in (("het web (POST /melden)", duur_web), ("de opdrachtregel (heel proces)", duur_cli)):
        if tijden:
            print(
                f"- wachttijd tot het antwoord, {wie}: mediaan {statistics.median(tijden):.1f} s, "
                f"langste {max(tijden):.1f} s"
            )
    # Het logboek: een regel per nieuwe melding, met wie haar deed; de reservekopie per regel telt de schrijfacties.
    import csv

    with open(map_pad / "logboek.csv", encoding="utf-8-sig", newline="") as f:
        regels = [r for r in csv.reader(f, delimiter=";") if len(r) > 4 and r[2] == "melden" and r[3] not in voor]
    nieuwe_nummers = {str(i["incident"]) for i in nieuw}
    regels = [r for r in regels if r[3] in nieuwe_nummers]
    via_web = [r for r in regels if r[1].startswith("web:")]
    print(
        f"- logboek: {len(regels)} regels 'melden' voor de {len(nieuw)} nieuwe incidenten ({len(via_web)} met een "
        f"webgebruiker); schrijfacties van de webserver voor de {len(via_web)} webmeldingen: "
        f"{len({r[4] for r in via_web})}, van de opdrachtregel: {len({r[4] for r in regels if r not in via_web})}"
    )
    # Ook de webvoorkant ziet ze meteen (het register in het geheugen is ververst).
    pagina = coordinator.post("/incidenten", data={"csrf": csrf, "zoek": "Bench"}).text
    print(
        f"- /incidenten (zoeken op 'Bench') toont ze: {sum(1 for n in nummers if n not in voor and f'>{n}</a>' in pagina)}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--incidenten", type=int, default=10000)
    parser.add_argument("--gebruikers", type=int, default=20)
    parser.add_argument("--verzoeken", type=int, default=40, help="verzoeken per gebruiker")
    parser.add_argument("--schrijvers", type=int, default=20)
    parser.add_argument(
        "--denktijd", type=float, nargs="+", default=[1.0, 0.0], help="seconden tussen twee klikken; 0: zonder pauze"
    )
    parser.add_argument("--map", type=Path, default=HIER / "uitvoer" / "web-10000")
    parser.add_argument("--poort", type=int, default=8765)
    a = parser.parse_args()
    import platform

    print(f"# Webvoorkant, {a.incidenten} incidenten; {platform.python_version()}, {os.cpu_count()} cpu's")
    belasting()
    maak_map(a.map, a.incidenten)
    gebruikers_ = accounts(a.map, a.gebruikers)
    leeskosten(a.map)
    with Server(a.map, a.poort) as server:
        eerste_keer(server.adres, gebruikers_[1][0])
        for denktijd in a.denktijd:
            lezen(server.adres, a.map, gebruikers_, a.verzoeken, denktijd)
            belasting()
        schrijven(server.adres, a.map, a.schrijvers)
        belasting()


if __name__ == "__main__":
    main()
