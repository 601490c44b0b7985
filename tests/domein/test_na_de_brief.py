"""Issue 3.4, deel 1: na de brief. Horen (agressie reactie, horen vooraf met de brief voornemen), verzoeken
(agressie verzoek), herzien (handhaven, aanpassen, opheffen) met de herzieningsdatum van elk lopend verbod, en de brief
herziening. Door de CLI, in beide profielen; brieven teruggelezen met python-docx.

De protocollen stoppen bij de brief. Wat zij wel zeggen en hier telt: elke verbodsbrief belooft dat de persoon kan
reageren en om beëindigen of herzien kan vragen (domein.md: "a ban letter names ... how the person can respond, and how
the ban ends early or is reviewed"), en Geertruidenberg bijlage 7: "Als u uw gedrag niet verandert, kan dit aanleiding
zijn u de toegang tot het gemeentehuis voor een langere periode te weigeren." De rest komt uit het issue (ombudsmannen)."""

from __future__ import annotations

from pathlib import Path

import pytest

from agressie_cli.documenten.brieven.render import docx_tekst
from conftest import ADRES, REDEN, Gemeente, maak_gemeente

GEDRAG = {"geertruidenberg": {"ernst": "strafbaar"}, "losser": {"gedrag": "D"}}
VERBOD = {"geertruidenberg": "toegangsverbod", "losser": "bedreiging"}


def _gemeente(tmp_path: Path, naam: str, geheugen: bool = True) -> Gemeente:
    return maak_gemeente(tmp_path, naam, geheugen=geheugen)


def _incident(g: Gemeente, naam: str, datum: str, **extra) -> str:
    opties = {**GEDRAG[g.map.name], **extra}
    return g.meld(
        naam="Jan de Vries",
        kanaal="balie",
        datum=datum,
        tijd="10:30",
        brieftekst="U sloeg met uw vuist op de balie en schreeuwde tegen de medewerker.",
        aanhef="heer",
        **ADRES,
        **opties,
    )


def _is_losser(g: Gemeente) -> bool:
    return g.map.name == "losser"


def _brief(g: Gemeente, nummer: str, datum: str, *extra: str) -> dict:
    """De brief van het verbod dat het protocol adviseert (Losser: de duur bepaalt de gebruiker, 5.2, en de
    toelichting zegt in de brief waarom, 3.4)."""
    duur = ("--duur", "3", "--toelichting", "de duur past bij dit incident") if _is_losser(g) else ()
    return g.json("brief", nummer, "--datum", datum, *duur, *extra)


def _verbod(g: Gemeente, datum: str, duur: str = "onbepaald") -> str:
    """Een verbod zonder brief (maatregel), ingaand op de dag van het incident; geeft het maatregelnummer."""
    nummer = _incident(g, "Jan de Vries", datum)
    m = g.json("maatregel", nummer, "--soort", VERBOD[g.map.name], "--duur", duur, "--datum", datum, *REDEN)
    return m["maatregel"]


def _termijnen(g: Gemeente, peildatum: str, soort: str) -> list[dict]:
    return [t for t in g.json("termijnen", "--peildatum", peildatum) if t["soort"] == soort]


def _maatregel(g: Gemeente, nummer: str, peildatum: str) -> dict:
    historie = g.json("historie", "P0001", "--peildatum", peildatum)
    return next(m for m in historie["maatregelen"] if m["maatregel"] == nummer)


def _zet_horen_vooraf(g: Gemeente, soort: str) -> None:
    toml = g.map / "agressie.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8") + f'\n[profiel_aanpassingen.soorten.{soort}]\nhoren = "vooraf"\n',
        encoding="utf-8",
    )


@pytest.fixture(params=["geertruidenberg", "losser"])
def g(request, tmp_path) -> Gemeente:
    return _gemeente(tmp_path, request.param)


# --- horen achteraf -----------------------------------------------------------------------------------------------


def test_verbodsbrief_nodigt_uit_te_reageren_binnen_de_termijn(g):
    """Issue 3.4: "achteraf = the letter invites a response within the term". Beide meegeleverde profielen horen
    achteraf: hun protocollen leggen de maatregel meteen op (Losser 5.2: "Bij voorkeur overhandig je het
    toegangsverbod direct aan de inwoner")."""
    nummer = _incident(g, "Jan de Vries", "2026-11-02")
    brief = _brief(g, nummer, "2026-11-03")
    tekst = docx_tekst(Path(brief["bestand"]))
    assert "reageren tot en met 17 november 2026" in tekst  # 14 dagen (reactie_dagen) na de brief
    assert "eerder kan eindigen of herzien" in tekst
    assert "Wij hebben u gehoord" not in tekst


def test_reactie_op_een_verbod_staat_op_termijnen_tot_herzien(g):
    """Issue 3.4: "a recorded response leaves an item on termijnen to answer it (herzien)". Met --json de reactie
    en het punt op termijnen; na herzien is het weg en noemt historie de reactie en de uitkomst."""
    m = _brief(g, _incident(g, "Jan de Vries", "2026-11-02"), "2026-11-03")["maatregel"]
    r = g.json("reactie", m, "--datum", "2026-11-10", "--vorm", "schriftelijk", "--samenvatting", "betreurt het")
    assert r == {"nummer": m, "datum": "2026-11-10", "vorm": "schriftelijk", "uiterlijk": "2026-12-08"}
    open_ = _termijnen(g, "2026-11-12", "reactie beantwoorden")
    assert [(t["uiterlijk"], t["opdracht"].split(" --")[0]) for t in open_] == [("2026-12-08", f"agressie herzien {m}")]
    h = g.json("herzien", m, "--uitkomst", "handhaven", "--datum", "2026-11-20")
    assert h["beantwoord"] == ["reactie van 10-11-2026"]
    assert _termijnen(g, "2026-11-21", "reactie beantwoorden") == []
    regel = _maatregel(g, m, "2026-11-21")
    assert regel["reacties"] == [{"datum": "2026-11-10", "vorm": "schriftelijk", "samenvatting": "betreurt het"}]
    assert regel["uitkomst"] == "handhaven" and regel["herzieningen"][0]["datum"] == "2026-11-20"


def test_brief_na_een_reactie_zegt_wanneer_de_persoon_gehoord_is(g):
    """Issue 3.4: "A ban letter states when the person was heard and that the response was weighed." De brief
    opnieuw gemaakt (--overschrijven) na de reactie op de eerste brief."""
    nummer = _incident(g, "Jan de Vries", "2026-11-02")
    m = _brief(g, nummer, "2026-11-03")["maatregel"]
    g.ok("reactie", m, "--datum", "2026-11-06", "--vorm", "mondeling")
    tekst = docx_tekst(Path(_brief(g, nummer, "2026-11-09", "--overschrijven")["bestand"]))
    assert (
        "Wij hebben u gehoord: u heeft op 6 november 2026 mondeling gereageerd op onze brief van 3 november 2026. "
        "Wij hebben uw reactie meegewogen in dit besluit." in tekst
    )


# --- horen vooraf ------------------------------------------------------------------------------------------------


def test_horen_vooraf_eerst_het_voornemen_dan_na_reactie_of_termijn_de_brief(g):
    """Issue 3.4: "vooraf = brief --soort voornemen announces the intended measure with a term for a response ...
    and the measure letter can only follow after a response or the term" (Nationale ombudsman 2015/011). Een
    gemeente kiest dit zelf in agressie.toml ([profiel_aanpassingen])."""
    _zet_horen_vooraf(g, VERBOD[g.map.name])
    nummer = _incident(g, "Jan de Vries", "2026-11-02")
    voor = g.momentopname()
    geweigerd = g.run("brief", nummer, "--datum", "2026-11-03", *(("--duur", "3") if _is_losser(g) else ()))
    assert geweigerd.exit_code == 2 and f"agressie brief {nummer} --soort voornemen" in geweigerd.output
    assert g.momentopname() == voor
    v = g.json("brief", nummer, "--soort", "voornemen", "--datum", "2026-11-03", "--duur", "3")
    assert v["soort"] == "voornemen" and v["reactie_uiterlijk"] == "17 november 2026"
    tekst = docx_tekst(Path(v["bestand"]))
    assert "Wij zijn van plan u voor een periode van 3 maanden een toegangsverbod" in tekst
    assert "reageren tot en met 17 november 2026" in tekst and "U sloeg met uw vuist op de balie" in tekst
    assert [t["uiterlijk"] for t in _termijnen(g, "2026-11-05", "voornemen")] == ["2026-11-17"]
    binnen_termijn = g.run("brief", nummer, "--datum", "2026-11-10", *(("--duur", "3") if _is_losser(g) else ()))
    assert binnen_termijn.exit_code == 2 and "loopt tot en met 17-11-2026" in binnen_termijn.output
    assert "--datum" in binnen_termijn.output  # het veld «datum» als optie
    g.ok("reactie", nummer, "--datum", "2026-11-09", "--vorm", "schriftelijk")
    tekst = docx_tekst(Path(_brief(g, nummer, "2026-11-10")["bestand"]))
    assert "op 9 november 2026 schriftelijk gereageerd op ons voornemen" in tekst and "meegewogen" in tekst
    assert "Op de maatregel zelf kunt u" not in tekst  # vooraf gehoord: geen nieuwe reactietermijn


def test_horen_vooraf_zonder_reactie_na_de_termijn(tmp_path):
    """Issue 3.4: de brief van de maatregel volgt "after a response or the term"."""
    g = _gemeente(tmp_path, "geertruidenberg")
    _zet_horen_vooraf(g, "toegangsverbod")
    nummer = _incident(g, "Jan de Vries", "2026-11-02")
    g.ok("brief", nummer, "--soort", "voornemen", "--datum", "2026-11-03")
    assert g.run("brief", nummer, "--datum", "2026-11-17").exit_code == 2  # de laatste dag van de termijn
    tekst = docx_tekst(Path(g.json("brief", nummer, "--datum", "2026-11-18")["bestand"]))
    assert "Wij hebben u gehoord" not in tekst


def test_reactie_zonder_vorm_of_op_een_incident_zonder_voornemen_wordt_geweigerd(g):
    m = _verbod(g, "2026-11-02")
    voor = g.momentopname()
    fout = g.run("reactie", m, "--datum", "2026-11-03", "--vorm", "per duif")
    assert fout.exit_code == 2 and "--vorm: kies mondeling of schriftelijk" in fout.output
    fout = g.run("reactie", "2026-0001", "--datum", "2026-11-03", "--vorm", "mondeling")
    assert fout.exit_code == 2 and "geen voornemen" in fout.output
    fout = g.run("reactie", "M09999", "--vorm", "mondeling")
    assert fout.exit_code == 2 and "MAATREGEL M09999 bestaat niet" in fout.output and "Traceback" not in fout.output
    assert g.momentopname() == voor


# --- herzien ------------------------------------------------------------------------------------------------------


def test_elk_lopend_verbod_heeft_een_herzieningsdatum_die_een_nieuw_incident_verzet(g):
    """Issue 3.4: "Every running ban (... and indefinite ones especially) has a review date: a profile setting
    (herzien_na_maanden, e.g. 6), reset by a new incident of that person. termijnen shows reviews that are due." """
    m = _verbod(g, "2026-01-05")
    assert _maatregel(g, m, "2026-02-01")["herzien_op"] == "2026-07-05"
    assert _termijnen(g, "2026-06-01", "herzien") == []
    due = _termijnen(g, "2026-06-25", "herzien")
    assert [(t["uiterlijk"], t["opdracht"].split(" --")[0]) for t in due] == [("2026-07-05", f"agressie herzien {m}")]
    # Een nieuw incident van dezelfde persoon verzet de herziening.
    g.meld(naam="Jan de Vries", kanaal="telefoon", datum="2026-06-20", **GEDRAG[g.map.name])
    assert _maatregel(g, m, "2026-06-25")["herzien_op"] == "2026-12-20"
    assert _termijnen(g, "2026-06-25", "herzien") == []
    # Een verbod van 3 maanden loopt af vóór de herziening: geen datum, geen punt.
    kort_verbod = _verbod(g, "2026-07-01", "3") if not _is_losser(g) else None
    if kort_verbod:
        assert _maatregel(g, kort_verbod, "2026-07-02")["herzien_op"] is None


def test_verzoek_staat_op_termijnen_tot_herzien(g):
    """Issue 3.4: "agressie verzoek MAATREGEL --datum D records a request to end or review a ban, with an item to
    answer it within a term from the profile" (antwoord_dagen, 28 dagen)."""
    m = _verbod(g, "2026-01-05")
    v = g.json("verzoek", m, "--datum", "2026-03-02", "--samenvatting", "wil weer zelf langskomen")
    assert v == {"maatregel": m, "datum": "2026-03-02", "uiterlijk": "2026-03-30"}
    assert [t["uiterlijk"] for t in _termijnen(g, "2026-03-03", "verzoek beantwoorden")] == ["2026-03-30"]
    assert _maatregel(g, m, "2026-03-03")["verzoeken"] == [
        {"datum": "2026-03-02", "samenvatting": "wil weer zelf langskomen"}
    ]
    g.ok("herzien", m, "--uitkomst", "handhaven", "--datum", "2026-03-10")  # het incident van januari is recent
    assert _termijnen(g, "2026-03-11", "verzoek beantwoorden") == []


def test_handhaven_vraagt_recent_gedrag_of_een_reden(g):
    """Issue 3.4: "Handhaven needs recent concrete behaviour (an incident within the profile's period) or a reason
    that says why not" (Groningse ombudsman: voortzetten vraagt recent, concreet gedrag)."""
    m = _verbod(g, "2026-01-05")
    voor = g.momentopname()
    fout = g.run("herzien", m, "--uitkomst", "handhaven", "--datum", "2026-09-01")
    assert fout.exit_code == 2 and "recent, concreet gedrag" in fout.output and "--reden" in fout.output
    assert g.momentopname() == voor
    h = g.json("herzien", m, "--uitkomst", "handhaven", "--datum", "2026-09-01", "--reden", "weigert hulpverlening")
    assert h["recent_incident"] is None and h["reden"] == "weigert hulpverlening"
    recent = g.meld(naam="Jan de Vries", kanaal="telefoon", datum="2026-10-01", **GEDRAG[g.map.name])
    h = g.json("herzien", m, "--uitkomst", "handhaven", "--datum", "2026-10-15")
    assert h["recent_incident"] == recent and "1 oktober 2026" in h["reden"]


def test_opheffen_het_verbod_geldt_tot_en_met_die_dag_en_de_brief_zegt_dat_gedrag_het_terugbrengt(g):
    """Issue 3.4: "opheffen ends it on that date (it disappears from verboden the day after)" en de brief zegt
    "for opheffen that renewed behaviour brings the measure back" (bijlage 7: "Als u uw gedrag niet verandert ...")."""
    m = _brief(g, _incident(g, "Jan de Vries", "2026-11-02"), "2026-11-03")["maatregel"]
    g.ok("verzoek", m, "--datum", "2026-12-01")
    fout = g.run("herzien", m, "--uitkomst", "opheffen", "--datum", "2026-12-10")
    assert fout.exit_code == 2 and "--reden is verplicht bij opheffen" in fout.output
    h = g.json("herzien", m, "--uitkomst", "opheffen", "--datum", "2026-12-10", "--reden", "geen incidenten meer")
    assert h["opgeheven"] == "2026-12-10" and h["beantwoord"] == ["verzoek van 01-12-2026"]
    assert [v["maatregel"] for v in g.json("verboden", "--peildatum", "2026-12-10")] == [m]
    assert g.json("verboden", "--peildatum", "2026-12-11") == []
    regel = _maatregel(g, m, "2026-12-11")
    assert regel["opgeheven"] == "2026-12-10" and regel["uitkomst"] == "opheffen" and regel["status"] == "geldig"
    b = g.json("brief", m, "--soort", "herziening", "--datum", "2026-12-11")
    tekst = docx_tekst(Path(b["bestand"]))
    assert "Op 1 december 2026 heeft u ons gevraagd" in tekst
    assert "op te heffen. Het gold tot en met 10 december 2026; vanaf 11 december 2026" in tekst
    assert "Geen incidenten meer." in tekst
    assert "dan kan de maatregel opnieuw worden opgelegd" in tekst
    assert g.run("herzien", m, "--uitkomst", "handhaven", "--reden", "x").exit_code == 2  # al opgeheven


def test_aanpassen_vervangt_het_verbod_door_een_korter_zoals_vervangen(g):
    """Issue 3.4: "aanpassen replaces the measure (shorter, another soort) as 2.4's vervangen does"."""
    m = _verbod(g, "2026-01-05")
    fout = g.run("herzien", m, "--uitkomst", "aanpassen", "--reden", "x", "--datum", "2026-03-01")
    assert fout.exit_code == 2 and "--soort" in fout.output and "--duur" in fout.output
    h = g.json("herzien", m, "--uitkomst", "aanpassen", "--duur", "3", "--datum", "2026-03-01", "--reden", "werkt mee")
    nieuw = h["nieuw"]
    assert (h["nieuw_soort"], h["nieuw_einde"]) == (VERBOD[g.map.name], "2026-05-31")
    oud = _maatregel(g, m, "2026-03-01")
    assert (oud["vervangen_door"], oud["vervangen_per"], oud["status"]) == (nieuw, "2026-03-01", "geldig")
    assert [v["maatregel"] for v in g.json("verboden", "--peildatum", "2026-03-01")] == [nieuw]
    assert g.json("verboden", "--peildatum", "2026-06-01") == []
    langer = g.run("herzien", nieuw, "--uitkomst", "aanpassen", "--duur", "6", "--reden", "x", "--datum", "2026-03-02")
    assert langer.exit_code == 2 and "langer" in langer.output
    tekst = docx_tekst(Path(g.json("brief", m, "--soort", "herziening", "--datum", "2026-03-02")["bestand"]))
    assert "aan te passen. Met ingang van 1 maart 2026 geldt in plaats daarvan" in tekst
    assert "tot en met 31 mei 2026" in tekst


def test_herzien_alleen_voor_een_verbod(tmp_path):
    g = _gemeente(tmp_path, "geertruidenberg")
    nummer = g.meld(naam="Jan de Vries", kanaal="balie", ernst="agressief", datum="2026-11-02")
    m = g.json("maatregel", nummer, "--soort", "waarschuwing", "--datum", "2026-11-03")["maatregel"]
    fout = g.run("herzien", m, "--uitkomst", "opheffen", "--reden", "x")
    assert fout.exit_code == 2 and "geen verbod" in fout.output
    assert g.run("verzoek", m).exit_code == 2
    assert g.run("herzien", m, "--uitkomst", "weg", "--reden", "x").exit_code == 2


def test_in_het_excelregister_blijft_alles_bewaard(tmp_path):
    """De nieuwe kolommen (Reacties, Verzoeken, Herzieningen, Opgeheven per, Brieven herziening) in register.xlsx:
    na lezen gelijk (conftest vergelijkt ook de snelle kopie met het Excel-bestand)."""
    g = _gemeente(tmp_path, "losser", geheugen=False)
    m = _verbod(g, "2026-01-05", "6")
    g.ok("reactie", m, "--datum", "2026-01-10", "--vorm", "schriftelijk", "--samenvatting", "regel 1\nregel 2")
    g.ok("verzoek", m, "--datum", "2026-02-01")
    g.ok("herzien", m, "--uitkomst", "opheffen", "--datum", "2026-02-10", "--reden", "excuses aangeboden")
    regel = _maatregel(g, m, "2026-02-11")
    assert regel["reacties"] == [{"datum": "2026-01-10", "vorm": "schriftelijk", "samenvatting": "regel 1 regel 2"}]
    assert regel["verzoeken"] == [{"datum": "2026-02-01", "samenvatting": None}]
    assert regel["opgeheven"] == "2026-02-10" and regel["herzieningen"][0]["reden"] == "excuses aangeboden"


def test_opschonen_verwijdert_ook_de_brieven_voornemen_en_herziening(tmp_path):
    """domein.md (Privacy): "offer a way to remove or anonymise records older than a retention period". De brieven
    van 3.4 horen bij het register: opschonen laat ze niet staan als brief zonder maatregel en verwijdert ze met de
    rest van de persoon."""
    g = _gemeente(tmp_path, "geertruidenberg")
    _zet_horen_vooraf(g, "toegangsverbod")
    nummer = _incident(g, "Jan de Vries", "2020-01-06")
    voornemen = Path(g.json("brief", nummer, "--soort", "voornemen", "--datum", "2020-01-07")["bestand"])
    m = _brief(g, nummer, "2020-01-22")["maatregel"]
    g.ok("herzien", m, "--uitkomst", "opheffen", "--reden", "excuses", "--datum", "2020-02-01")
    herziening = Path(g.json("brief", m, "--soort", "herziening", "--datum", "2020-02-02")["bestand"])
    g.ok("opschonen", "--uitvoeren", "--peildatum", "2024-01-01")  # binnen de bewaartermijn
    assert voornemen.exists() and herziening.exists()  # geen "brief zonder maatregel"
    g.ok("opschonen", "--uitvoeren", "--peildatum", "2026-11-24")
    assert not voornemen.exists() and not herziening.exists()
    regel = _maatregel(g, m, "2026-11-24")
    assert regel["herzieningen"] == [] and regel["opgeheven"] == "2020-02-01"


def test_voornemen_gaat_niet_naar_politie_en_de_herziening_wel_zonder_paspoort(tmp_path):
    """Losser 5.2: "Zorg ervoor dat de politie en de receptie een kopie van de brief krijgen ... Bij de brief wordt een
    kopie van het paspoort gevoegd." Dat geldt voor het verbod; een voornemen is nog geen verbod, en de herziening
    laat politie en receptie weten wat er van het verbod geworden is."""
    g = _gemeente(tmp_path, "losser")
    _zet_horen_vooraf(g, "bedreiging")
    nummer = _incident(g, "Jan de Vries", "2026-11-02")
    tekst = docx_tekst(
        Path(g.json("brief", nummer, "--soort", "voornemen", "--datum", "2026-11-03", "--duur", "6")["bestand"])
    )
    assert "Afschrift aan" not in tekst and "Voornemen: Toegangsverbod en belbeperking na bedreiging" in tekst
    m = _brief(g, nummer, "2026-11-18")["maatregel"]
    g.ok("herzien", m, "--uitkomst", "handhaven", "--datum", "2027-01-05")
    tekst = docx_tekst(Path(g.json("brief", m, "--soort", "herziening", "--datum", "2027-01-06")["bestand"]))
    assert "Afschrift aan: politie" in tekst and "paspoort" not in tekst
    assert "te handhaven. Het blijft gelden tot en met 17 februari 2027." in tekst
    assert "Het verbod blijft nodig: op 2 november 2026 was er nog een incident (kenmerk 2026-0001)." in tekst


def test_een_opnieuw_gemaakte_brief_neemt_de_reacties_en_verzoeken_mee(tmp_path):
    """Een brief die opnieuw gemaakt wordt (--overschrijven, 2.4), vervangt de maatregel; een open verzoek mag daarmee
    niet van agressie termijnen verdwijnen."""
    g = _gemeente(tmp_path, "geertruidenberg")
    nummer = _incident(g, "Jan de Vries", "2026-11-02")
    oud = _brief(g, nummer, "2026-11-03")["maatregel"]
    g.ok("reactie", oud, "--datum", "2026-11-05", "--vorm", "mondeling")
    g.ok("verzoek", oud, "--datum", "2026-11-06")
    nieuw = _brief(g, nummer, "2026-11-09", "--overschrijven")["maatregel"]
    assert [t["opdracht"].split(" --")[0] for t in _termijnen(g, "2026-11-10", "verzoek beantwoorden")] == [
        f"agressie herzien {nieuw}"
    ]
    regel = _maatregel(g, nieuw, "2026-11-10")
    assert [r["datum"] for r in regel["reacties"]] == ["2026-11-05"] and len(regel["verzoeken"]) == 1
