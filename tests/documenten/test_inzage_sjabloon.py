"""Issue 3.4, nabehandeling: de brief met het dossier (inzage) uit een Word-sjabloon dat de gemeente kan aanpassen, en
twee brieven herziening van één maatregel op één dag elk met een eigen naam. Door de CLI, in beide profielen; brieven
teruggelezen met python-docx."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from agressie_cli.documenten.brieven.render import docx_tekst
from conftest import ADRES, REDEN, Gemeente, maak_gemeente

GEDRAG = {"geertruidenberg": {"ernst": "strafbaar"}, "losser": {"gedrag": "D"}}
VERBOD = {"geertruidenberg": "toegangsverbod", "losser": "bedreiging"}


@pytest.fixture(params=["geertruidenberg", "losser"])
def g(request, tmp_path) -> Gemeente:
    return maak_gemeente(tmp_path, request.param, geheugen=True)


def _incident(g: Gemeente, datum: str) -> str:
    return g.meld(
        naam="Jan de Vries",
        kanaal="balie",
        datum=datum,
        tijd="10:30",
        brieftekst="U sloeg met uw vuist op de balie en schreeuwde tegen de medewerker.",
        aanhef="heer",
        **ADRES,
        **GEDRAG[g.map.name],
    )


def test_twee_herzieningen_op_een_dag_krijgen_elk_een_eigen_brief(g):
    """Issue 3.4: "Two herzieningen of one measure on one day share a file name (the second asks for
    --overschrijven): give each its own name". Elke verbodsbrief belooft dat de persoon om herzien kan vragen
    (domein.md: "how the ban ends early or is reviewed"); elke uitkomst krijgt zijn eigen brief."""
    nummer = _incident(g, "2026-01-05")
    m = g.json(
        "maatregel", nummer, "--soort", VERBOD[g.map.name], "--duur", "onbepaald", "--datum", "2026-01-05", *REDEN
    )
    m = m["maatregel"]
    g.ok("herzien", m, "--uitkomst", "handhaven", "--datum", "2026-03-10", "--reden", "weigert hulpverlening")
    eerste = Path(g.json("brief", m, "--soort", "herziening", "--datum", "2026-03-10")["bestand"])
    assert eerste.name == f"{nummer}-herziening-{m}-20260310-De-Vries.docx"  # de naam van vóór deze wijziging
    g.ok("herzien", m, "--uitkomst", "opheffen", "--datum", "2026-03-10", "--reden", "geen incidenten meer")
    uitkomst = g.run("brief", m, "--soort", "herziening", "--datum", "2026-03-10", "--json")
    assert uitkomst.exit_code == 0, uitkomst.output

    tweede = Path(json.loads(uitkomst.output)["bestand"])
    assert tweede.name == f"{nummer}-herziening-{m}-20260310-2-De-Vries.docx"
    assert eerste.exists() and tweede.exists()
    assert "Weigert hulpverlening." in docx_tekst(eerste)
    assert "Geen incidenten meer." in docx_tekst(tweede) and "Weigert hulpverlening." not in docx_tekst(tweede)
    # Dezelfde brief nog eens: die bestaat al, en vraagt om --overschrijven (zoals elke brief).
    opnieuw = g.run("brief", m, "--soort", "herziening", "--datum", "2026-03-10")
    assert opnieuw.exit_code == 2 and "--overschrijven" in opnieuw.output


# --- inzage uit een sjabloon -----------------------------------------------------------------------------------------


def _alles(pad: str | Path) -> str:
    """Alle tekst van de brief in de volgorde van het document: alinea's en de cellen van de tabellen (rij per regel,
    cellen met ' | ' ertussen), ook de tabellen van het briefhoofd."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    d = docx.Document(str(pad))
    regels = []
    for element in d.element.body.iterchildren():
        if element.tag.endswith("}p"):
            regels.append(Paragraph(element, d).text)
        elif element.tag.endswith("}tbl"):
            regels += [" | ".join(c.text for c in rij.cells) for rij in Table(element, d).rows]
    return "\n".join(regels)


def _dossier(g: Gemeente) -> dict:
    """Jan de Vries met twee incidenten en een verbod (met een toelichting die een medewerker noemt), en een verzoek
    om inzage; geeft de uitkomst van agressie inzage --json."""
    nummer = g.meld(
        naam="Jan de Vries",
        kanaal="balie",
        datum="2026-11-02",
        tijd="10:30",
        brieftekst="U sloeg met uw vuist op de balie.",
        omschrijving="Sloeg op de balie, schold Petra Jansen uit.",
        medewerker=["Petra Jansen"],
        melder="Petra Jansen",
        geboortedatum="1980-01-02",
        aanhef="heer",
        **ADRES,
        **GEDRAG[g.map.name],
    )
    duur = ("--duur", "3") if g.map.name == "losser" else ()
    g.ok(
        "brief", nummer, "--datum", "2026-11-03", *duur, "--soort", VERBOD[g.map.name],
        "--toelichting", "besproken met Petra Jansen", "--besloten-door", "K. Smits, clustermanager",
    )  # fmt: skip
    g.meld(naam="Jan de Vries", kanaal="telefoon", datum="2026-11-20", **GEDRAG[g.map.name])
    return g.json("inzage", "P0001", "--verzoek", "2026-12-01", "--datum", "2026-12-10")


# Elke zin en elk gegeven van de brief zoals hij vóór het sjabloon was (python-docx), per profiel; {g} is de gemeente.
ZINNEN = (
    "Gemeente {g}",
    "Jan de Vries\nMarkt 12\n4941 AB  RAAMSDONKSVEER",  # zoals elke brief (PostNL); vóór het sjabloon: Raamsdonksveer
    "10 december 2026",
    "Uw gegevens in het register agressie en geweld (inzage, artikel 15 AVG)",
    "P0001",
    "Geachte heer De Vries,",
    "Op 1 december 2026 vroeg u welke gegevens de gemeente {g} over u bewaart in het register van incidenten met "
    "agressie en geweld tegen medewerkers. In deze brief staat alles wat dat register over u bevat. Namen van "
    "medewerkers noemen wij niet; u leest hun rol (artikel 15 lid 4 AVG: de rechten van anderen).",
    "1. Uw gegevens",
    "Gegeven | Wat wij bewaren\nNaam | Jan de Vries\nGeboortedatum | 2 januari 1980\nAdres | Markt 12\n"
    "Postcode | 4941 AB\nWoonplaats | Raamsdonksveer\nAanhef | heer",
    "2. De incidenten",
    "Incident | Wanneer | Waar | Wat wij u schreven over uw gedrag\n"
    "2026-0001 | 2 november 2026 om 10.30 uur | aan de balie | U sloeg met uw vuist op de balie.\n"
    "2026-0002 | 20 november 2026 | telefonisch | (niet beschreven in een brief aan u)",
    "3. De maatregelen",
    "Maatregel | Soort en datum | Periode | Grond | Stand | Afschrift aan\n"
    "M00001 | {verbod}, 3 november 2026 | van 3 november 2026 tot en met 2 februari 2027 | incident 2026-0001 van 2 "
    "november 2026; toelichting: besproken met de medewerker | geldig | politie en receptie",
    "4. Hoe lang wij uw gegevens bewaren",
    "Wij bewaren deze gegevens tot 20 november 2031; daarna maken wij ze onherkenbaar. Zolang er een maatregel tegen u "
    "loopt, bewaren wij ze in elk geval. Op dit moment loopt er een maatregel.",
    "5. Uw rechten",
    "U heeft het recht om onjuiste gegevens te laten verbeteren of aanvullen (rectificatie, artikel 16 AVG).",
    "U heeft het recht om te vragen uw gegevens te wissen (artikel 17 AVG). Gegevens die wij nodig hebben zolang een "
    "maatregel loopt of voor een aangifte, wissen wij pas daarna.",
    "Bent u het niet eens met hoe wij met uw gegevens omgaan, dan kunt u een klacht indienen bij de Autoriteit "
    "Persoonsgegevens (artikel 77 AVG), www.autoriteitpersoonsgegevens.nl.",
    "Met vriendelijke groet,\nHet college van burgemeester en wethouders van {g}\n{ondertekenaar}",
)
LABEL = {
    "geertruidenberg": "Ontzegging gemeentehuis",
    "losser": "Bedreigingsbrief (melding politie, toegangsverbod en belbeperking)",
}


def test_inzage_komt_uit_het_sjabloon_met_dezelfde_tekst(g):
    """Issue 3.4: "Inzage letter from a template: sjablonen/inzage.docx ... with tables for incidents and measures; the
    text as today (every sentence and data point still there)". AVG art. 15: het dossier noemt de gegevens, elk incident,
    elke maatregel met grond en periode, wie een afschrift kreeg, de bewaartermijn en de rechten."""
    import docx

    from agressie_cli.documenten.brieven.sjablonen import meegeleverde_sjablonen

    i = _dossier(g)
    gemeente = g.map.name.capitalize()
    tekst = _alles(i["bestand"])
    ondertekenaar = docx.Document(str(i["bestand"])).paragraphs[-1].text
    assert ondertekenaar  # de functie uit agressie.toml
    for zin in ZINNEN:
        verwacht = zin.format(g=gemeente, verbod=LABEL[g.map.name], ondertekenaar="")
        assert verwacht.rstrip("\n") in tekst, verwacht
    assert "Petra" not in tekst and "Smits" not in tekst and "{{" not in tekst and "{%" not in tekst
    # Uit het sjabloon: het briefhoofd van elke brief (het adres in het venster van de envelop), en een tabel met een
    # rij per incident en per maatregel.
    assert "Ons kenmerk | P0001" in tekst and "Bijlagen | geen" in tekst
    tabellen = docx.Document(str(i["bestand"])).tables
    assert [len(t.rows) for t in tabellen if t.rows[0].cells[0].text in ("Incident", "Maatregel")] == [3, 2]
    sjabloon = meegeleverde_sjablonen() / g.map.name / "inzage.docx"
    assert "{%tr for r in incidenten %}" in _alles(sjabloon) and "{%tr for r in maatregelen %}" in _alles(sjabloon)


def test_inzage_zonder_maatregelen_en_zonder_verzoek(g):
    """Zonder verzoek en zonder maatregel: "U vroeg ..." en "Het register bevat geen maatregelen." (zoals voorheen)."""
    g.meld(naam="Piet Bakker", kanaal="telefoon", datum="2026-11-02", **GEDRAG[g.map.name])
    tekst = _alles(g.json("inzage", "P0001", "--datum", "2026-12-10")["bestand"])
    assert f"U vroeg welke gegevens de gemeente {g.map.name.capitalize()} over u bewaart" in tekst
    assert "Het register bevat geen maatregelen." in tekst and "Op dit moment loopt er een maatregel" not in tekst
    assert "Geachte heer/mevrouw Bakker," in tekst and "Piet Bakker\n" in tekst


def _eigen_map(g: Gemeente) -> Path:
    eigen = g.map / "eigen-sjablonen"
    eigen.mkdir(exist_ok=True)
    toml = g.map / "agressie.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8").replace('sjablonen = ""', 'sjablonen = "eigen-sjablonen"'), encoding="utf-8"
    )
    return eigen


def test_eigen_inzagesjabloon_van_de_gemeente_gaat_voor(g):
    """Issue 3.4: "a municipality's own template in its folder overrides it as for other letters"."""
    import docx

    from agressie_cli.documenten.brieven.sjablonen import meegeleverde_sjablonen

    eigen = _eigen_map(g)
    doc = docx.Document(str(meegeleverde_sjablonen() / g.map.name / "inzage.docx"))
    for p in doc.paragraphs:
        if p.text == "Met vriendelijke groet,":
            p.runs[0].text = "Met hartelijke groet van het team Veilig Werken,"
    doc.save(str(eigen / "inzage.docx"))
    assert "OK      inzage.docx" in g.ok("sjablonen", "controleer")
    tekst = _alles(_dossier(g)["bestand"])
    assert "Met hartelijke groet van het team Veilig Werken," in tekst and "Met vriendelijke groet," not in tekst
    assert "2026-0001 | 2 november 2026 om 10.30 uur | aan de balie | U sloeg met uw vuist op de balie." in tekst


def test_sjablonen_controleer_kent_het_inzagesjabloon(g):
    """Issue 3.4: "`sjablonen controleer` checks it": een eigen inzage.docx zonder de maatregelen of met een variabele
    die agressie niet levert, wordt gemeld; een onveilig sjabloon wordt niet gevuld (3.3) en er komt geen brief."""
    import docx

    assert "OK      inzage.docx" in g.ok("sjablonen", "controleer")
    eigen = _eigen_map(g)
    doc = docx.Document()
    doc.add_paragraph("{{ aanhef }} {{ adresblok }} {{ kenmerk }} {{ gegevens }} {{ incidenten }} {{ rechten }}")
    doc.add_paragraph("{{ bewaren_tot_tekst }} {{ omschrijving }}")
    doc.save(str(eigen / "inzage.docx"))
    uitkomst = g.run("sjablonen", "controleer")
    assert uitkomst.exit_code == 1
    regel = next(r for r in uitkomst.output.splitlines() if "inzage.docx" in r)
    assert "FOUT" in regel or "inzage.docx" in regel
    assert "gebruikt variabelen die agressie niet levert: omschrijving" in uitkomst.output
    assert "mist variabelen die deze brief moet hebben: maatregelen" in uitkomst.output

    onveilig = docx.Document()
    onveilig.add_paragraph("{{ aanhef.__class__ }} {{ adresblok }}")
    onveilig.save(str(eigen / "inzage.docx"))
    assert "onveilig" in g.run("sjablonen", "controleer").output
    g.meld(naam="Jan de Vries", kanaal="telefoon", datum="2026-11-20", **GEDRAG[g.map.name])
    voor = g.momentopname()
    fout = g.run("inzage", "P0001", "--datum", "2026-12-10")
    assert fout.exit_code == 2 and "is onveilig" in fout.output and "Traceback" not in fout.output
    assert g.momentopname() == voor and not list((g.map / "brieven").glob("*inzage*"))
