"""Het voorbeeld van de Python-API in de README werkt echt (op een gemeente in een tijdelijke map)."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

README = Path(__file__).resolve().parents[2] / "README.md"


def test_het_voorbeeld_van_de_python_api_in_de_readme(gtb, capsys):
    tekst = README.read_text(encoding="utf-8")
    blok = re.search(r"- Python-API: de handelingen\. Bijvoorbeeld:\n\n  ```python\n(.*?)\n  ```", tekst, re.S)
    assert blok, "het voorbeeld staat niet meer in de README"
    code = textwrap.dedent(blok.group(1)).replace(r'r"M:\Veilige Publieke Taak"', repr(str(gtb.map)))
    gtb.verbod("Piet Bos", "2026-11-02", "toegangsverbod", "3")
    exec(compile(code, "README.md", "exec"), {})
    uit = capsys.readouterr().out
    assert "P0001" in uit and "Ontzegging" in uit
    lijst = gtb.json("lijst")
    assert any(i["naam"] == "Jan de Vries" and i["status"] == "afgehandeld" for i in lijst)
