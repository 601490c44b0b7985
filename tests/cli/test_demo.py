"""Issue 7/7: de demo speelt het hele protocol voor beide gemeenten, van begin tot eind."""

from __future__ import annotations

import openpyxl

import demo
from agressie_cli.opslag.excel import ExcelOpslag


def test_demo_doorloopt_het_protocol(tmp_path, capsys):
    demo.main([str(tmp_path / "demo")])
    uitvoer = capsys.readouterr().out
    gtb, losser = tmp_path / "demo" / "geertruidenberg", tmp_path / "demo" / "losser"

    def brieven(map_pad):
        register = ExcelOpslag(map_pad / "register.xlsx", None).lees()
        for m in register.maatregelen:
            if m.get("bestand"):
                assert (map_pad / "brieven" / m["bestand"]).is_file()
        return {m["soort"] for m in register.maatregelen if m.get("bestand")}

    soorten_gtb = brieven(gtb)
    assert soorten_gtb == {
        "aangifte",  # het document voor de aangifte (2.6) staat ook in de kolom Brief; de demo maakt het sinds 3.1
        "waarschuwing",
        "ordegesprek",
        "ordegesprek-bevestiging",
        "toegangsverbod",
        "toegangs-en-belverbod",
        "niet-nakomen",
        "aansprakelijkstelling",
    }
    soorten_losser = brieven(losser)
    assert soorten_losser == {"waarschuwing", "belverbod", "toegangsverbod", "bedreiging"}
    assert "interventiematrix: agressief, herhaling 2" in uitvoer
    assert "niet-nakomen" in uitvoer and "E-gedrag" in uitvoer and "0900-8844" in uitvoer
    assert "Lopende verboden op" in uitvoer and "Jan de Vries" in uitvoer
    assert "bedoelt u P0001 Jan de Vries?" in uitvoer
    assert "Klaar. Alles staat in" in uitvoer
    for map_pad in (gtb, losser):
        rapport = next((map_pad / "rapporten").glob("rapport-*.xlsx"))
        assert openpyxl.load_workbook(rapport).sheetnames == ["Samenvatting", "Trend", "Incidenten"]
    assert "E-mail aan de clustermanager (k.smits@geertruidenberg.nl) klaargezet" in uitvoer
    concepten = sorted(p.name for p in (gtb / "uitgaand").glob("*.eml"))
    assert f"{doorgestuurd_incident(uitvoer)}-clustermanager.eml" in concepten
    # 3.4: bij elke verbodsbrief het afschrift aan politie en receptie (de demo vult hun adressen in)
    afschriften = [naam for naam in concepten if naam.endswith("-afschrift.eml")]
    assert afschriften and len(afschriften) + 1 == len(concepten)
    assert "Geen afschrift" not in uitvoer


def doorgestuurd_incident(uitvoer: str) -> str:
    """Het incident dat de demo doorstuurde, zoals het op het scherm staat."""
    regel = next(r for r in uitvoer.splitlines() if r.startswith("Vastgelegd: incident "))
    return regel.split()[2]
