"""Issue 3.1 (brieven3): hoe een brief de deur uit ging. Een brief is een officiële handeling die een rechter kan
toetsen: hij zegt alleen wat het register weet. Het document voor de aangifte noemt lokaalvredebreuk alleen als de
verzending laat zien dat de persoon het verbod kende; `verzonden --wijze` waarschuwt als de wijze afwijkt van wat de
brief zegt; `brief --overhandigd` waarschuwt waar het protocol een andere verzending voorschrijft. Door de CLI, de
documenten teruggelezen met python-docx."""

from __future__ import annotations

from pathlib import Path

import pytest

from agressie_cli.documenten.brieven.render import docx_tekst
from conftest import REDEN, VOLLEDIG, Gemeente, maak_gemeente

PERSOON = dict(naam="Jan de Vries", **{k: VOLLEDIG[k] for k in ("adres", "postcode", "woonplaats")})
MELDING = {k: v for k, v in VOLLEDIG.items() if k not in ("adres", "postcode", "woonplaats")}
KLASSE = {"geertruidenberg": dict(ernst="strafbaar"), "losser": dict(gedrag="C", aanhoudend=True)}
GEMEENTEN = ("geertruidenberg", "losser")


@pytest.fixture(params=GEMEENTEN)
def g(request, tmp_path) -> Gemeente:
    gemeente = maak_gemeente(tmp_path, request.param, geheugen=True)
    gemeente.naam = request.param  # type: ignore[attr-defined]
    return gemeente


def _verbodsbrief(g: Gemeente, *extra: str, datum: str = "2026-09-03", persoon: dict | None = None) -> tuple[str, dict]:
    """Een incident aan de balie en de brief met een toegangsverbod van 6 maanden; geeft (incident, --json van brief)."""
    nummer = g.meld(
        datum="2026-09-01", tijd="09:15", kanaal="balie", **KLASSE[g.naam], **MELDING, **(persoon or PERSOON)
    )  # type: ignore[attr-defined]
    data = g.json("brief", nummer, "--soort", "toegangsverbod", "--duur", "6", "--datum", datum, *REDEN, *extra)
    return nummer, data


def _bezoek_tijdens_verbod(g: Gemeente) -> str:
    """Drie dagen na de brief weer aan de balie: in het gebouw tijdens het toegangsverbod."""
    return g.meld(persoon="P0001", datum="2026-09-06", tijd="10:30", kanaal="balie", **KLASSE[g.naam], **MELDING)  # type: ignore[attr-defined]


def _aangifte(g: Gemeente, nummer: str) -> tuple[str, dict]:
    data = g.json("aangifte", nummer, "--datum", "2026-09-07")
    return docx_tekst(Path(data["bestand"])), data


# --- 1. lokaalvredebreuk alleen als de verzending laat zien dat de persoon het verbod kende -------------------------


@pytest.mark.parametrize("wijze", ["post", "email"])
def test_aangifte_na_een_verbod_per_gewone_post_noemt_de_feiten_niet_lokaalvredebreuk(g, wijze):
    """Geertruidenberg 6.4: "Een ontzegging wordt schriftelijk verstuurd, per aangetekende en reguliere post"; 6.7:
    "Daarnaast kan sprake zijn van lokaalvredebreuk op het moment dat iemand zich niet houdt aan een ontzegging en toch
    het gemeentehuis betreedt." Of de persoon het verbod kende, blijkt niet uit gewone post of e-mail: het document
    noemt hoe en wanneer de brief verzonden is, en niet de conclusie lokaalvredebreuk."""
    _, brief = _verbodsbrief(g)
    g.ok("verzonden", brief["maatregel"], "--datum", "2026-09-03", "--wijze", wijze)
    tekst, data = _aangifte(g, _bezoek_tijdens_verbod(g))
    hoe = {"post": "per post verzonden", "email": "per e-mail verzonden"}[wijze]
    assert f"de brief met het verbod is {hoe} op 3 september 2026" in tekst
    assert "Dat is lokaalvredebreuk" not in tekst and "dat is lokaalvredebreuk" not in tekst
    assert "voor lokaalvredebreuk moet vaststaan dat de persoon het verbod kende" in tekst
    assert data["lokaalvredebreuk"] is False
    assert any("niet lokaalvredebreuk" in w for w in data["waarschuwingen"])
    uitkomst = g.run("aangifte", _bezoek_tijdens_verbod(g), "--datum", "2026-09-07")
    assert uitkomst.exit_code == 0 and "het register laat niet zien dat de persoon het verbod kende" in uitkomst.stderr


@pytest.mark.parametrize(
    ("wijze", "hoe"),
    [
        ("aangetekend-en-post", "aangetekend en per gewone post verzonden"),
        ("aangetekend", "aangetekend verzonden"),
        ("overhandigd", "overhandigd"),
    ],
)
def test_aangifte_na_een_aangetekend_of_overhandigd_verbod_noemt_lokaalvredebreuk(g, wijze, hoe):
    """Geertruidenberg 6.4: "per aangetekende en reguliere post"; Losser 5.2: "Bij voorkeur overhandig je het
    toegangsverbod direct aan de inwoner." Aangetekend of overhandigd vóór het bezoek: de persoon kende het verbod, en
    het document concludeert lokaalvredebreuk (Geertruidenberg 6.7)."""
    _, brief = _verbodsbrief(g)
    g.ok("verzonden", brief["maatregel"], "--datum", "2026-09-03", "--wijze", wijze)
    tekst, data = _aangifte(g, _bezoek_tijdens_verbod(g))
    assert f"de brief met het verbod is {hoe} op 3 september 2026. Dat is lokaalvredebreuk." in tekst
    assert data["lokaalvredebreuk"] is True and data["waarschuwingen"] == []


def test_aangifte_zonder_vastgelegde_wijze_concludeert_niets(g):
    """Geertruidenberg 6.4 (de ontzegging gaat aangetekend en per reguliere post): `verzonden` zonder --wijze zegt
    niet hoe; het document zegt dat en concludeert geen lokaalvredebreuk."""
    _, brief = _verbodsbrief(g)
    g.ok("verzonden", brief["maatregel"], "--datum", "2026-09-03")
    tekst, data = _aangifte(g, _bezoek_tijdens_verbod(g))
    assert "de brief met het verbod is verzonden op 3 september 2026 (hoe is niet vastgelegd)" in tekst
    assert "Dat is lokaalvredebreuk" not in tekst and data["lokaalvredebreuk"] is False


# --- 2. verzonden --wijze: aangetekend-en-post, en een waarschuwing als het afwijkt van de brief --------------------


def test_verbod_aangetekend_en_per_gewone_post_vastleggen_zonder_waarschuwing(g):
    """Geertruidenberg 6.4: "Een ontzegging wordt schriftelijk verstuurd, per aangetekende en reguliere post"; de brief
    zegt "Aangetekend en per gewone post", en dat is nu ook vast te leggen."""
    _, brief = _verbodsbrief(g)
    assert "Aangetekend en per gewone post" in docx_tekst(Path(brief["bestand"]))
    data = g.json("verzonden", brief["maatregel"], "--datum", "2026-09-03", "--wijze", "aangetekend-en-post")
    assert data["wijze"] == "aangetekend-en-post" and data["waarschuwingen"] == []
    assert data["status"] == "brief verstuurd"
    uitkomst = g.run("verzonden", brief["maatregel"], "--datum", "2026-09-04", "--wijze", "aangetekend-en-post")
    assert uitkomst.exit_code == 0 and uitkomst.stderr == ""
    assert f"Brief van {brief['maatregel']} verzonden op 04-09-2026 (aangetekend-en-post)." in uitkomst.stdout


@pytest.mark.parametrize("wijze", ["post", "email", "aangetekend"])
def test_verbod_anders_verzonden_dan_de_brief_zegt_waarschuwt_en_legt_vast(g, wijze):
    """Geertruidenberg 6.4: "per aangetekende en reguliere post". Een verbod dat anders verzonden is dan de brief zegt,
    wordt vastgelegd zoals opgegeven (niets geweigerd dat eerder mocht), met een waarschuwing op stderr en in --json."""
    _, brief = _verbodsbrief(g)
    m = brief["maatregel"]
    uitkomst = g.run("verzonden", m, "--datum", "2026-09-03", "--wijze", wijze)
    assert uitkomst.exit_code == 0
    assert f"Let op: volgens de brief van {m} gaat hij aangetekend en per gewone post, maar u legt vast" in (
        uitkomst.stderr
    )
    data = g.json("verzonden", m, "--datum", "2026-09-03", "--wijze", wijze)
    assert data["wijze"] == wijze and data["status"] == "brief verstuurd"
    assert len(data["waarschuwingen"]) == 1 and "aangetekend en per gewone post" in data["waarschuwingen"][0]
    if wijze != "aangetekend":  # gewone post of e-mail: ook dat de aangifte dan geen lokaalvredebreuk noemt
        assert "geen lokaalvredebreuk" in data["waarschuwingen"][0]
    else:
        assert "lokaalvredebreuk" not in data["waarschuwingen"][0]


def test_waarschuwing_per_email_vastgelegd_als_aangetekend_waarschuwt(g):
    """Geertruidenberg 6.2: "De brief wordt met de reguliere post verzonden. Als geen postadres bekend is, maar alleen
    een mailadres, wordt de brief per mail verzonden." De brief zegt "Per e-mail"; aangetekend vastleggen waarschuwt,
    per e-mail niet."""
    nummer = g.meld(
        datum="2026-09-01", kanaal="balie", naam="Jan de Vries", email="jan@example.org",
        **{"geertruidenberg": dict(ernst="agressief"), "losser": dict(gedrag="C", aanhoudend=True)}[g.naam],
        **MELDING,
    )  # fmt: skip
    brief = g.json("brief", nummer, "--soort", "waarschuwing", "--datum", "2026-09-02")
    assert "Per e-mail: jan@example.org" in docx_tekst(Path(brief["bestand"]))
    data = g.json("verzonden", brief["maatregel"], "--datum", "2026-09-02", "--wijze", "aangetekend")
    assert data["wijze"] == "aangetekend"
    assert data["waarschuwingen"] == [
        f"Let op: volgens de brief van {brief['maatregel']} gaat hij per e-mail, maar u legt vast: aangetekend. "
        "Vastgelegd zoals opgegeven. Een brief hoort te zeggen hoe hij verzonden is: verstuur hem alsnog zoals de "
        "brief zegt (en leg dat vast), of maak de brief opnieuw met --overschrijven."
    ]
    assert g.json("verzonden", brief["maatregel"], "--datum", "2026-09-02", "--wijze", "email")["waarschuwingen"] == []


def test_waarschuwing_per_post_vastgelegd_als_post_waarschuwt_niet(g):
    """Geertruidenberg 6.2: "De brief wordt met de reguliere post verzonden." De bestaande waarden blijven werken."""
    nummer = g.meld(
        datum="2026-09-01", kanaal="balie",
        **{"geertruidenberg": dict(ernst="agressief"), "losser": dict(gedrag="C", aanhoudend=True)}[g.naam],
        **MELDING, **PERSOON,
    )  # fmt: skip
    brief = g.json("brief", nummer, "--soort", "waarschuwing", "--datum", "2026-09-02")
    data = g.json("verzonden", brief["maatregel"], "--datum", "2026-09-02", "--wijze", "post")
    assert data["wijze"] == "post" and data["waarschuwingen"] == []


def test_aangetekend_en_post_in_het_excelregister(tmp_path):
    """Geertruidenberg 6.4: "per aangetekende en reguliere post". De nieuwe waarde staat in de kolom 'Verzonden per'
    van het Excel-register en wordt teruggelezen (de keuzelijst kent haar)."""
    from openpyxl import load_workbook

    g = maak_gemeente(tmp_path, "geertruidenberg")
    g.naam = "geertruidenberg"  # type: ignore[attr-defined]
    _, brief = _verbodsbrief(g)

    def rij() -> dict:
        blad = load_workbook(g.register)["Maatregelen"]
        koppen = [c.value for c in blad[1]]
        return next(
            dict(zip(koppen, r, strict=True))
            for r in blad.iter_rows(min_row=2, values_only=True)
            if r[0] == brief["maatregel"]
        )

    # Gemaakt is niet verzonden: de brief legt vast wat hij zegt, 'Verzonden op/per' blijven leeg tot `verzonden`.
    gemaakt = rij()
    assert gemaakt["Verzending volgens brief"] == "aangetekend-en-post"
    assert gemaakt["Verzonden op"] is None and gemaakt["Verzonden per"] is None
    g.ok("verzonden", brief["maatregel"], "--datum", "2026-09-03", "--wijze", "aangetekend-en-post")
    assert rij()["Verzonden per"] == "aangetekend-en-post"
    tekst, data = _aangifte(g, _bezoek_tijdens_verbod(g))
    assert data["lokaalvredebreuk"] is True and "Dat is lokaalvredebreuk." in tekst


# --- 3. brief --overhandigd waar het protocol een andere verzending voorschrijft -----------------------------------


def test_overhandigd_verbod_in_geertruidenberg_waarschuwt(tmp_path):
    """Geertruidenberg 6.4: "Een ontzegging wordt schriftelijk verstuurd, per aangetekende en reguliere post." De brief
    wordt gemaakt zoals gevraagd ("Persoonlijk overhandigd"), met een waarschuwing die het artikel noemt."""
    g = maak_gemeente(tmp_path, "geertruidenberg", geheugen=True)
    g.naam = "geertruidenberg"  # type: ignore[attr-defined]
    _, brief = _verbodsbrief(g, "--overhandigd")
    assert "Persoonlijk overhandigd op 3 september 2026" in docx_tekst(Path(brief["bestand"]))
    [melding] = [w for w in brief["waarschuwingen"] if "Persoonlijk overhandigd" in w]
    assert "aangetekend en per gewone post (6.4)" in melding and "Ontzegging gemeentehuis" in melding
    assert f"agressie verzonden {brief['maatregel']} --wijze overhandigd" in melding
    nummer = g.meld(persoon="P0001", datum="2026-09-05", kanaal="balie", ernst="strafbaar", **MELDING)
    uitkomst = g.run(
        "brief", nummer, "--soort", "toegangsverbod", "--duur", "6", "--datum", "2026-09-05", "--overhandigd", *REDEN
    )
    assert uitkomst.exit_code == 0 and "aangetekend en per gewone post (6.4)" in uitkomst.stderr
    # Wie het overhandigen daarna vastlegt, krijgt geen tweede waarschuwing: de brief zegt overhandigd.
    assert (
        g.json("verzonden", brief["maatregel"], "--datum", "2026-09-03", "--wijze", "overhandigd")["waarschuwingen"]
        == []
    )


def test_overhandigd_toegangsverbod_in_losser_zonder_waarschuwing(tmp_path):
    """Losser 5.2: "Bij voorkeur overhandig je het toegangsverbod direct aan de inwoner. Bij een heterdaadsituatie kan
    de politie dit doen." Geen waarschuwing; de brief zegt "Persoonlijk overhandigd"."""
    g = maak_gemeente(tmp_path, "losser", geheugen=True)
    g.naam = "losser"  # type: ignore[attr-defined]
    _, brief = _verbodsbrief(g, "--overhandigd")
    assert "Persoonlijk overhandigd op 3 september 2026" in docx_tekst(Path(brief["bestand"]))
    assert not [w for w in brief["waarschuwingen"] if "Persoonlijk overhandigd" in w]
    uitkomst = g.run("verzonden", brief["maatregel"], "--datum", "2026-09-03", "--wijze", "overhandigd")
    assert uitkomst.exit_code == 0 and uitkomst.stderr == ""


@pytest.mark.parametrize("gemeente", GEMEENTEN)
def test_overhandigde_waarschuwing_waarschuwt_in_beide_protocollen(tmp_path, gemeente):
    """Geertruidenberg 6.2: "De brief wordt met de reguliere post verzonden"; Losser noemt overhandigen alleen bij het
    toegangsverbod (5.2: "Bij voorkeur overhandig je het toegangsverbod direct aan de inwoner")."""
    g = maak_gemeente(tmp_path, gemeente, geheugen=True)
    nummer = g.meld(
        datum="2026-09-01", kanaal="balie",
        **{"geertruidenberg": dict(ernst="agressief"), "losser": dict(gedrag="C", aanhoudend=True)}[gemeente],
        **MELDING, **PERSOON,
    )  # fmt: skip
    brief = g.json("brief", nummer, "--soort", "waarschuwing", "--datum", "2026-09-02", "--overhandigd")
    [melding] = [w for w in brief["waarschuwingen"] if "Persoonlijk overhandigd" in w]
    assert ("gewone post (6.2)" if gemeente == "geertruidenberg" else "voor: gewone post.") in melding


def test_helptekst_van_overhandigd_noemt_welk_protocol_het_toestaat(tmp_path):
    """De optie citeerde alleen Losser 5.2; ze zegt nu ook dat Geertruidenberg 6.4 een andere verzending voorschrijft."""
    g = maak_gemeente(tmp_path, "geertruidenberg", geheugen=True)
    hulp = " ".join(g.ok("brief", "--help").split())
    assert "Losser 5.2 staat dat toe voor een toegangsverbod" in hulp.replace("│", "").replace("  ", " ")
