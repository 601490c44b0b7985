"""3.6: termijnen in werkdagen tellen de Nederlandse feestdagen niet mee (Algemene termijnenwet art. 3); "vandaag" en
"gisteren" als datum."""

from __future__ import annotations

from datetime import date, timedelta

import holidays

from agressie_cli.domein.datums import feestdagen, werkdagen_na


def test_feestdagen_gelijk_aan_het_pakket_holidays_op_de_dagen_van_de_termijnenwet():
    """Het pakket `holidays` kent Goede Vrijdag en Eerste Paas- en Pinksterdag (zondagen) en 5 mei alleen in een
    lustrumjaar; de Algemene termijnenwet noemt 5 mei elk jaar en Goede Vrijdag niet. Verder moeten ze gelijk zijn."""
    for jaar in range(2014, 2101):  # Koningsdag sinds 2014
        pakket = {
            d
            for d, naam in holidays.country_holidays("NL", years=jaar, language="en_US").items()
            if naam not in ("Good Friday", "Easter Sunday", "Pentecost", "Liberation Day")
        }
        vijf_mei = {date(jaar, 5, 5)}
        assert set(feestdagen(jaar)) - vijf_mei == pakket - vijf_mei, jaar
        goede_vrijdag = next(
            d for d, n in holidays.country_holidays("NL", years=jaar, language="en_US").items() if n == "Good Friday"
        )
        assert goede_vrijdag not in feestdagen(jaar)


def test_werkdagen_slaan_koningsdag_en_kerst_over():
    # Vrijdag 24 april 2026 + 1 werkdag: maandag 27 april is Koningsdag, dus dinsdag 28 april.
    assert werkdagen_na(date(2026, 4, 24), 1) == date(2026, 4, 28)
    # Donderdag 24 december 2026 + 2 werkdagen: 25 en 26 december, weekend: dinsdag 29 december.
    assert werkdagen_na(date(2026, 12, 24), 2) == date(2026, 12, 29)
    # 5 mei telt elk jaar (ook 2027, geen lustrumjaar): dinsdag 4 mei + 1 = donderdag 6 mei... is Hemelvaart 2027.
    assert werkdagen_na(date(2027, 5, 4), 1) == date(2027, 5, 7)
    assert werkdagen_na(date(2026, 6, 1), 5) == date(2026, 6, 1) + timedelta(days=7)


def test_termijnen_noemt_de_dag_na_de_feestdagen(gtb):
    """Geertruidenberg: een brief die na twee werkdagen nog niet verzonden is, staat op termijnen."""
    from conftest import VOLLEDIG

    nummer = gtb.meld(
        naam="Jan de Vries", kanaal="balie", datum="2025-12-23", tijd="10:00", ernst="agressief", **VOLLEDIG
    )
    gtb.ok("brief", nummer, "--datum", "2025-12-24", "--toelichting", "test")
    items = gtb.json("termijnen", "--peildatum", "2025-12-29")
    brief = [t for t in items if t["soort"] == "brief versturen"]
    assert brief, [t["soort"] for t in items]
    assert brief[0]["uiterlijk"] == "2025-12-30"  # zonder de kerstdagen was het 26-12


def test_vandaag_en_gisteren_als_datum(gtb):
    """3.6: "vandaag" en "gisteren" zijn datums, zoals een medewerker het zegt."""
    nummer = gtb.meld(naam="Jan de Vries", kanaal="balie", datum="gisteren", tijd="10:00", ernst="licht")
    incident = gtb.json("historie", "Jan de Vries")
    assert (date.today() - timedelta(days=1)).isoformat() in str(incident)
    assert nummer
    fout = gtb.run("melden", "--naam", "Piet", "--kanaal", "balie", "--ernst", "licht", "--datum", "morgen")
    assert fout.exit_code == 2 and "vandaag of gisteren" in fout.output
