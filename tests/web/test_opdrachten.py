"""3.5 Start: `agressie web` en `agressie gebruiker ...` zoals een coördinator of IT ze aanroept."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from webhulp import WACHTWOORD


def test_gebruiker_toevoegen_lijst_wachtwoord_verwijderen(gtb):
    uit = gtb.run(
        "gebruiker", "toevoegen", "jjansen", "--rol", "receptie", "--wachtwoord-stdin", invoer=WACHTWOORD + "\n"
    )
    assert uit.exit_code == 0, uit.output
    assert "Account jjansen toegevoegd (receptie)." in uit.output
    # Het wachtwoord twee keer gevraagd aan een terminal; ongelijk: niets gewijzigd, exit 2.
    ongelijk = gtb.run(
        "gebruiker", "toevoegen", "kklaas", "--rol", "leidinggevende", invoer="eerste-wachtwoord\nander-wachtwoord\n"
    )
    assert ongelijk.exit_code == 2 and "niet gelijk" in ongelijk.output
    tweemaal = gtb.run(
        "gebruiker",
        "toevoegen",
        "kklaas",
        "--rol",
        "leidinggevende",
        "--afdeling",
        "Burgerzaken",
        invoer="lang-genoeg-wachtwoord\nlang-genoeg-wachtwoord\n",
    )
    assert tweemaal.exit_code == 0, tweemaal.output
    lijst = gtb.ok("gebruiker", "lijst")
    assert "jjansen: receptie" in lijst and "kklaas: leidinggevende (afdelingen: Burgerzaken)" in lijst
    assert (
        gtb.run("gebruiker", "toevoegen", "x", "--rol", "baas", "--wachtwoord-stdin", invoer=WACHTWOORD).exit_code == 2
    )
    kort = gtb.run("gebruiker", "toevoegen", "pkort", "--rol", "receptie", "--wachtwoord-stdin", invoer="kort\n")
    assert kort.exit_code == 2 and "minstens 12 tekens" in kort.output and "Traceback" not in kort.output
    assert (
        gtb.run("gebruiker", "wachtwoord", "jjansen", "--wachtwoord-stdin", invoer="nieuw-wachtwoord-123\n").exit_code
        == 0
    )
    assert "Account jjansen verwijderd." in gtb.ok("gebruiker", "verwijderen", "jjansen")
    assert gtb.run("gebruiker", "verwijderen", "jjansen").exit_code == 2
    opgeslagen = json.loads((gtb.map / "gebruikers.json").read_text(encoding="utf-8"))
    assert set(opgeslagen["gebruikers"]) == {"kklaas"}
    assert opgeslagen["gebruikers"]["kklaas"]["hash"].startswith("$argon2id$")
    logboek = (gtb.map / "logboek.csv").read_text(encoding="utf-8-sig")
    assert "gebruiker toevoegen" in logboek and "gebruiker wachtwoord" in logboek and "gebruiker verwijderen" in logboek
    for geheim in (WACHTWOORD, "lang-genoeg-wachtwoord", "nieuw-wachtwoord-123"):
        assert geheim not in logboek


def test_web_weigert_een_ander_adres_zonder_accounts(gtb):
    uit = gtb.run("web", "--host", "0.0.0.0", "--geen-browser")
    assert uit.exit_code == 2
    assert "nog geen accounts" in uit.output and "agressie gebruiker toevoegen" in uit.output


def _vrije_poort() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_web_eerste_regel_is_het_adres_met_token_en_de_server_antwoordt(gtb):
    poort = _vrije_poort()
    omgeving = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")}
    proces = subprocess.Popen(
        [sys.executable, "-m", "agressie_cli", "--map", str(gtb.map), "web", "--port", str(poort), "--geen-browser"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=omgeving,
    )
    try:
        assert proces.stdout is not None
        adres = proces.stdout.readline().strip()
        assert adres.startswith(f"http://127.0.0.1:{poort}/?token=")
        for _ in range(100):
            try:
                antwoord = urllib.request.urlopen(f"http://127.0.0.1:{poort}/inloggen", timeout=2)
                break
            except OSError:
                time.sleep(0.1)
        assert antwoord.status == 200
        assert "Inloggen" in antwoord.read().decode("utf-8")
    finally:
        proces.terminate()
        proces.wait(timeout=10)
