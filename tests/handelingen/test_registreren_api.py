"""Issue 3.2: de handelingen van de coördinator (melden, ook uit meldformulieren, aanvullen, samenvoegen,
meldformulier, doorsturen, nazorg, verplichtingen) zoals de Python-API ze aanroept: een Werkplek en gewone waarden,
een getypeerd resultaat, geen opdrachtregel. Elke voorwaarde weigert met een AgressieFout die het veld noemt
(`.velden`), zodat een webvoorkant de melding naast het juiste invoerveld zet."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from pathlib import Path

import pytest

from agressie_cli.domein.fouten import AgressieFout
from agressie_cli.handelingen import Werkplek
from agressie_cli.handelingen.doorsturen import doorsturen
from agressie_cli.handelingen.nazorg import nazorg
from agressie_cli.handelingen.registreren import (
    Keuze,
    aanvullen,
    lees_formulieren,
    melden,
    melden_formulieren,
    meldformulier,
    samenvoegen,
    verplicht_ontbrekend,
    vooraf,
)
from agressie_cli.handelingen.verplichtingen import verplichtingen
from conftest import maak_gemeente

GISTEREN = date.today() - timedelta(days=1)
KLASSE = {"geertruidenberg": {"ernst": "agressief"}, "losser": {"gedrag": "C", "aanhoudend": True}}


def werkplek_in_geheugen(tmp_path: Path, naam: str) -> Werkplek:
    """Een gemeente na `agressie init`, met het register in het geheugen (GeheugenOpslag), zoals tests/conftest.py."""
    gemeente = maak_gemeente(tmp_path, naam, geheugen=True)
    return Werkplek(gemeente.map, opslag=gemeente.opslag)


def werkplek_op_schijf(tmp_path: Path, naam: str = "geertruidenberg") -> Werkplek:
    """Een gemeente na `agressie init` in een echte map, met register.xlsx (voor bestanden: formulier, e-mail)."""
    return Werkplek(maak_gemeente(tmp_path, naam).map)


def momentopname(werkplek: Werkplek) -> tuple:
    r = werkplek.lees()
    return repr(r.incidenten), repr(r.personen), repr(r.maatregelen)


def weigert(veld: str, functie, *args, **kwargs) -> AgressieFout:
    """De handeling weigert met een melding die `veld` noemt (als «veld»), en het register blijft gelijk."""
    werkplek = args[0]
    voor = momentopname(werkplek)
    with pytest.raises(AgressieFout) as fout:
        functie(*args, **kwargs)
    assert veld in fout.value.velden, fout.value.sjabloon
    assert "--" not in fout.value.melding, fout.value.melding  # zonder voorkant: geen opties
    assert momentopname(werkplek) == voor
    return fout.value


# --- melden ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("gemeente", ["geertruidenberg", "losser"])
def test_melden_registreert_en_geeft_wat_de_voorkant_toont(tmp_path, gemeente):
    """Geertruidenberg 4.2: "De coördinator van het interventieteam registreert de melding in excel." En: "Medewerkers
    die een agressiemelding doen, hoeven niet in één keer alle informatie te geven." """
    werkplek = werkplek_in_geheugen(tmp_path, gemeente)
    gemeld = melden(werkplek, {"naam": "Jan de Vries", "kanaal": "balie", "datum": "2026-11-10", **KLASSE[gemeente]})
    assert dataclasses.is_dataclass(gemeld) and gemeld.incident == "2026-0001"
    assert (gemeld.persoon, gemeld.naam, gemeld.nieuw_persoon) == ("P0001", "Jan de Vries", True)
    assert gemeld.datum == date(2026, 11, 10) and gemeld.status == "gemeld" and "adres" in gemeld.ontbrekend
    with pytest.raises(dataclasses.FrozenInstanceError):
        gemeld.status = "compleet"  # type: ignore[misc]
    register = werkplek.lees()
    incident = register.incident("2026-0001")
    assert incident["persoon"] == "P0001" and incident["kanaal"] == "balie" and incident["status"] == "gemeld"
    assert register.persoon("P0001")["naam"] == "Jan de Vries"

    # Dezelfde persoon op dezelfde dag: de handeling zegt het, de voorkant vraagt of waarschuwt.
    v = vooraf(werkplek, {"naam": "Jan de Vries", "kanaal": "balie", "datum": "2026-11-10", **KLASSE[gemeente]})
    assert v.persoon == "P0001" and v.bijna == () and v.dubbel_met("P0001") == ("2026-0001",)
    tweede = melden(werkplek, {"naam": "Jan de Vries", "kanaal": "telefoon", "datum": "10-11-2026", **KLASSE[gemeente]})
    assert (tweede.incident, tweede.persoon, tweede.nieuw_persoon) == ("2026-0002", "P0001", False)
    assert tweede.mogelijk_dubbel == ("2026-0001",)


def test_melden_weigert_zonder_verplichte_velden_en_noemt_ze(tmp_path):
    """Geertruidenberg 4.2: "Met het oog op verdere nazorg en eventuele aangifte, is het belangrijk dat de betrokkene
    zijn naam hierbij vermeldt." Naam, kanaal en ernst zijn nodig; de rest mag later."""
    werkplek = werkplek_in_geheugen(tmp_path, "geertruidenberg")
    assert verplicht_ontbrekend(werkplek, {"naam": "Jan de Vries"}) == ("kanaal", "ernst")
    fout = weigert("kanaal", melden, werkplek, {"naam": "Jan de Vries"})
    assert fout.velden == ["kanaal", "ernst"]
    assert fout.melding == "Verplicht bij melden, maar niet opgegeven: kanaal, ernst."
    # Een veld dat de melding niet kent, is geen stille fout.
    weigert("klant", melden, werkplek, {"naam": "Jan", "kanaal": "balie", "ernst": "licht", "klant": "x"})


def test_bedoelt_u_wordt_gevraagd_en_het_antwoord_gaat_terug(tmp_path):
    """Geertruidenberg 4.2: "Het overzicht van agressiemeldingen dient als basis voor het doen van aangifte bij de
    politie, dossieropbouw en het verhalen van de schade." Een lijkende naam wordt niet geraden maar gevraagd."""
    werkplek = werkplek_in_geheugen(tmp_path, "geertruidenberg")
    melden(werkplek, {"naam": "Jan de Vries", "kanaal": "balie", "ernst": "agressief", "datum": "2026-11-10"})
    velden = {"naam": "J. de Vries", "kanaal": "balie", "ernst": "agressief", "datum": "2026-11-10"}
    v = vooraf(werkplek, velden)
    assert v.persoon is None and [(k.persoon, k.naam) for k in v.bijna] == [("P0001", "Jan de Vries")]
    assert v.dubbel_met(v.persoon) == () and v.dubbel_met("P0001") == ("2026-0001",)
    # De gebruiker zegt 'ja, die bedoel ik': het antwoord gaat als gewone waarde terug.
    gemeld = melden(werkplek, velden, persoon=v.bijna[0].persoon)
    assert (gemeld.persoon, gemeld.nieuw_persoon, gemeld.mogelijk_dubbel) == ("P0001", False, ("2026-0001",))
    assert werkplek.lees().incident(gemeld.incident)["persoon"] == "P0001"


# --- aanvullen en samenvoegen ----------------------------------------------------------------------


def test_aanvullen_geeft_de_wijzigingen_en_weigert_zonder_veld(tmp_path):
    """Geertruidenberg 4.2: "De coördinator van het interventieteam kan dit ook op een later moment navragen door
    bijvoorbeeld met de betrokken medewerker in gesprek te gaan." """
    werkplek = werkplek_in_geheugen(tmp_path, "geertruidenberg")
    nummer = melden(werkplek, {"naam": "Jan de Vries", "kanaal": "balie", "ernst": "agressief"}).incident
    aangevuld = aanvullen(werkplek, nummer, {"tijd": "10:30", "adres": "Markt 12", "vorm": ["verbaal"]})
    assert aangevuld.incident == nummer and aangevuld.persoon == "P0001"
    assert {w.veld for w in aangevuld.gewijzigd} == {"tijd", "adres", "vorm"}
    assert next(w for w in aangevuld.gewijzigd if w.veld == "adres").nieuw == "Markt 12"
    assert "adres" in aangevuld.ontbrekend  # postcode en woonplaats ontbreken nog: geen post mogelijk
    register = werkplek.lees()
    assert register.persoon("P0001")["adres"] == "Markt 12" and register.incident(nummer)["vorm"] == ["verbaal"]

    fout = weigert("tijd", aanvullen, werkplek, nummer, {})
    assert fout.melding == "Geef minstens één veld om aan te vullen, bijvoorbeeld tijd 10:30."


def test_samenvoegen_en_niet_dezelfde(tmp_path):
    """Geertruidenberg 4.2: het overzicht is de basis voor "dossieropbouw": twee nummers voor één mens maken het
    dossier stuk, twee mensen onder één nummer ook."""
    werkplek = werkplek_in_geheugen(tmp_path, "geertruidenberg")
    melden(werkplek, {"naam": "Jan de Vries", "kanaal": "balie", "ernst": "agressief", "datum": "2026-11-01"})
    melden(werkplek, {"naam": "J. de Vries", "kanaal": "balie", "ernst": "agressief", "adres": "Markt 12"})
    melden(werkplek, {"naam": "Jan van Vries", "kanaal": "balie", "ernst": "licht"})

    fout = weigert("in", samenvoegen, werkplek, "P0002")
    assert fout.velden == ["in", "niet"]
    weigert("niet", samenvoegen, werkplek, "P0002", in_="P0001", niet="P0003")

    s = samenvoegen(werkplek, "p0002", in_="P0001")
    assert (s.persoon, s.verwijderd, s.incidenten, s.aangevuld) == ("P0001", "P0002", ("2026-0002",), ("adres",))
    assert s.niet_dezelfde is None
    register = werkplek.lees()
    assert register.incident("2026-0002")["persoon"] == "P0001" and register.persoon("P0001")["adres"] == "Markt 12"

    n = samenvoegen(werkplek, "p0003", niet="p0001")
    assert (n.persoon, n.niet_dezelfde, n.verwijderd) == ("P0003", "P0001", None)
    assert "P0001" in werkplek.lees().persoon("P0003")["niet_dezelfde"]


# --- het meldformulier ------------------------------------------------------------------------------


def _vul_in(formulier: Path, doel: Path, antwoorden: dict[str, object]) -> Path:
    """Vult de antwoordcellen (kolom B) in bij de vragen (kolom A), zoals een medewerker in Excel."""
    import openpyxl

    wb = openpyxl.load_workbook(formulier)
    ws = wb.active
    for vraag, antwoord in antwoorden.items():
        rij = next(r for r in range(1, ws.max_row + 1) if str(ws.cell(r, 1).value or "").rstrip(" *").startswith(vraag))
        ws.cell(rij, 2).value = antwoord
    wb.save(doel)
    return doel


def test_meldformulier_maken_inlezen_en_registreren(tmp_path):
    """Geertruidenberg 4.2: "De betrokkene meldt zelf het incident bij de coördinator van het interventieteam." Het
    formulier dat hij invult, registreert de coördinator; hetzelfde formulier nog eens wordt geweigerd."""
    werkplek = werkplek_op_schijf(tmp_path)
    gemaakt = meldformulier(werkplek)
    assert gemaakt.bestand == werkplek.map / "meldformulier.xlsx" and gemaakt.bestand.is_file()
    assert gemaakt.gemeente == "Geertruidenberg" and {"naam", "kanaal", "ernst"} <= set(gemaakt.vragen)
    fout = weigert("uit", meldformulier, werkplek, tmp_path / "formulier.docx")
    assert not (tmp_path / "formulier.docx").exists() and fout.melding.startswith("uit: ")

    antwoorden = {
        "Uw naam": "P. Jansen",
        "Datum van het incident": GISTEREN,
        "Waar of hoe gebeurde het?": "Balie",
        "Hoe ernstig was het?": "agressief",
        "Naam": "Jan de Vries",
    }
    jansen = _vul_in(gemaakt.bestand, tmp_path / "jansen.xlsx", antwoorden)
    smits = _vul_in(gemaakt.bestand, tmp_path / "smits.xlsx", {**antwoorden, "Uw naam": "K. Smits"})
    weigert("formulier", lees_formulieren, werkplek, [jansen], velden={"naam": "Jan"})

    gelezen = lees_formulieren(werkplek, [jansen, smits])
    assert [g.fout for g in gelezen] == [None, None]
    assert ("Uw naam", "P. Jansen") in gelezen[0].gelezen and gelezen[0].vooraf is not None
    # De coördinator registreert het eerste en zegt 'nee' tegen het tweede.
    uitkomst = melden_formulieren(werkplek, gelezen, [Keuze(), Keuze(registreren=False)])
    eerste, tweede = uitkomst.uitslagen
    assert eerste.gemeld is not None and eerste.gemeld.naam == "Jan de Vries" and eerste.fout is None
    assert tweede.gemeld is None and tweede.fout is None and not uitkomst.geweigerd
    incident = werkplek.lees().incident(eerste.gemeld.incident)
    assert incident["datum"] == GISTEREN and incident["melder"] == "P. Jansen"
    assert len(incident["formulier"]) == 64  # de vingerafdruk: de handeling legt het formulier vast

    nog_eens = lees_formulieren(werkplek, [jansen])
    assert nog_eens[0].fout is not None and "al geregistreerd, als incident 2026-0001" in nog_eens[0].fout.melding
    assert melden_formulieren(werkplek, nog_eens).geweigerd


# --- doorsturen, nazorg, verplichtingen -----------------------------------------------------------------


def test_doorsturen_zet_de_email_klaar_en_legt_de_datum_vast(tmp_path):
    """Geertruidenberg 4.2: "De registratie wordt per e-mail opgestuurd naar de clustermanager." """
    werkplek = werkplek_op_schijf(tmp_path)
    nummer = melden(werkplek, {"naam": "Jan de Vries", "kanaal": "balie", "ernst": "agressief"}).incident

    weigert("email", doorsturen, werkplek, nummer, email="k.smits@@gemeente")
    assert not list(werkplek.map.rglob("*.eml"))

    d = doorsturen(werkplek, nummer, email="k.smits@gemeente.nl", vandaag=GISTEREN)
    assert d.bestand.is_file() and d.bestand.suffix == ".eml" and d.bestand.parent == werkplek.map / "uitgaand"
    assert (d.incident, d.aan, d.email, d.vervangen, d.doorgestuurd) == (
        nummer,
        "clustermanager",
        "k.smits@gemeente.nl",
        False,
        GISTEREN,
    )
    assert "adres" in d.ontbrekend
    # 3.6: een concept is nog niet doorgestuurd; dat legt bevestig_verzonden vast.
    assert werkplek.lees().incident(nummer)["concept_clustermanager"] == GISTEREN
    assert werkplek.lees().incident(nummer)["doorgestuurd"] is None
    assert doorsturen(werkplek, nummer, email="k.smits@gemeente.nl").vervangen is True


@pytest.mark.parametrize("gemeente", ["geertruidenberg", "losser"])
def test_nazorg_vinkt_af_en_zegt_wat_verlopen_is(tmp_path, gemeente):
    """Geertruidenberg 9.1: "Dit gesprek vindt bij voorkeur plaats op de dag waarop de agressie heeft plaatsgevonden
    en uiterlijk een dag erna." Wat niet is afgevinkt en voorbij is, is verlopen; de handeling zegt het."""
    werkplek = werkplek_in_geheugen(tmp_path, gemeente)
    velden = {"naam": "Jan de Vries", "kanaal": "balie", "datum": "2026-11-10", "medewerker": ["P. Jansen"]}
    nummer = melden(werkplek, {**velden, **KLASSE[gemeente]}).incident

    stand = nazorg(werkplek, nummer, vandaag=date(2026, 11, 20))
    assert not stand.vastgelegd and stand.punten and all(p.open and p.afgevinkt is None for p in stand.punten)
    gesprek = stand.punten[0]
    assert gesprek.verlopen is (gesprek.uiterlijk < date(2026, 11, 20))
    assert nazorg(werkplek, nummer, vandaag=date(2026, 11, 10)).punten[0].verlopen is False

    fout = weigert("gesprek", nazorg, werkplek, nummer, gesprek="overmorgen")
    assert fout.melding.startswith("gesprek: 'overmorgen' is geen geldige datum")

    gedaan = nazorg(werkplek, nummer, gesprek=date(2026, 11, 11), vandaag=date(2026, 11, 20))
    assert gedaan.vastgelegd and dict(gedaan.datums)["gesprek"] == date(2026, 11, 11)
    afgevinkt = [p for p in gedaan.punten if p.afgevinkt == date(2026, 11, 11)]
    assert afgevinkt and all(p.op_tijd and not p.open and not p.verlopen for p in afgevinkt)
    assert werkplek.lees().incident(nummer)["nazorg_gesprek"] == date(2026, 11, 11)
    assert [naam for naam, _ in gedaan.te_tonen] == ["gesprek", "hulpverlening", "afgerond"]


def test_nazorg_reactie_alleen_waar_het_profiel_haar_kent(tmp_path):
    """Losser 9: de formele reactie van de burgemeester bij agressie tegen een politiek ambtsdrager; Geertruidenberg
    kent haar niet, en de handeling weigert haar daar met het veld."""
    werkplek = werkplek_in_geheugen(tmp_path, "geertruidenberg")
    nummer = melden(werkplek, {"naam": "Jan de Vries", "kanaal": "balie", "ernst": "agressief"}).incident
    fout = weigert("reactie", nazorg, werkplek, nummer, reactie=GISTEREN)
    assert "kent geen reactie van de burgemeester" in fout.melding


def test_verplichtingen_leggen_vast_en_weigeren_een_foute_datum(tmp_path):
    """Geertruidenberg 7: "In principe hanteert de gemeente de stelling dat als er sprake is van een strafbaar feit,
    altijd wordt overgegaan tot aangifte." Open tot een aangifte, een melding of een vastgelegde reden."""
    werkplek = werkplek_in_geheugen(tmp_path, "geertruidenberg")
    velden = {"naam": "Jan de Vries", "kanaal": "balie", "ernst": "strafbaar", "datum": "2026-11-02"}
    nummer = melden(werkplek, velden).incident

    stand = verplichtingen(werkplek, nummer, vandaag=date(2026, 11, 30))
    aangifte = next(v for v in stand.verplichtingen if v.soort == "aangifte")
    assert aangifte.open and aangifte.verlopen and aangifte.uiterlijk == date(2026, 11, 9)
    assert "--melding DATUM" in aangifte.opdracht

    weigert("melding", verplichtingen, werkplek, nummer, {"melding": "4 november"})
    weigert("klacht", verplichtingen, werkplek, nummer, {"klacht": "2026-11-04"})

    gedaan = verplichtingen(werkplek, nummer, {"melding": "2026-11-04"}, vandaag=date(2026, 11, 30))
    aangifte = next(v for v in gedaan.verplichtingen if v.soort == "aangifte")
    assert gedaan.vastgelegd and not aangifte.open and not aangifte.verlopen
    assert (aangifte.vastgelegd, aangifte.vastgelegd_met, aangifte.op_tijd) == (date(2026, 11, 4), "melding", True)
    assert dict(gedaan.waarden)["melding"] == date(2026, 11, 4)
    assert werkplek.lees().incident(nummer)["politie_melding"] == date(2026, 11, 4)
