"""Issue 3.2 (profielen met een schema): wat de code van een soort moet weten, staat als vlag bij de soort in het
profiel (waarschuwing, gesprek, bevestiging, afsluitend, bedrag), niet als naam in de code. Een derde gemeente die
haar soorten anders noemt, heeft alleen een profiel nodig (en sjablonen met de naam van haar soorten). Door de CLI,
met het register in het geheugen; de brieven gelezen zoals de ontvanger ze leest."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from agressie_cli.documenten.brieven.render import docx_tekst
from agressie_cli.domein.profiel import Profiel, lees_profielbestand
from conftest import VOLLEDIG, Gemeente, maak_gemeente

SJABLONEN = Path(__file__).resolve().parents[2] / "sjablonen"
PERSOON = dict(naam="Jan de Vries", kanaal="balie", tijd="10:30", **VOLLEDIG)


def _derde_gemeente(tmp_path: Path, basis: str, profiel: str, sjablonen: dict[str, str]) -> Gemeente:
    """Een gemeente met een eigen profiel (basis = een meegeleverd profiel) en eigen sjablonen: `sjablonen` zegt welk
    meegeleverd sjabloon (van de basis) onder welke naam van een soort in de eigen map komt."""
    g = maak_gemeente(tmp_path, basis, geheugen=True)
    (g.map / "profiel.toml").write_text(f'basis = "{basis}"\nnaam = "Berisdorp"\n{profiel}', encoding="utf-8")
    eigen = g.map / "eigen-sjablonen"
    eigen.mkdir()
    for soort, van in sjablonen.items():
        shutil.copy(SJABLONEN / basis / f"{van}.docx", eigen / f"{soort}.docx")
    toml = g.map / "agressie.toml"
    tekst = toml.read_text(encoding="utf-8")
    tekst = tekst.replace(f'profiel = "{basis}"', 'profiel = "profiel.toml"', 1)
    toml.write_text(tekst.replace('sjablonen = ""', 'sjablonen = "eigen-sjablonen"', 1), encoding="utf-8")
    return g


def _brief(g: Gemeente, nummer: str, *args: str) -> tuple[dict, str]:
    data = g.json("brief", nummer, *args)
    tekst = docx_tekst(Path(data["bestand"]))
    assert "{{" not in tekst and "{%" not in tekst
    return data, tekst


BERISPING = """
[soorten.berisping]
label = "Schriftelijke berisping"
zwaarte = 1
brief = true
waarschuwing = true
verzending = "gewone post"
informeren = ["leidinggevende"]
"""


@pytest.mark.parametrize(
    ("basis", "klasse", "matrix"),
    [
        (
            "geertruidenberg",
            {"ernst": "agressief"},
            '[matrix]\nagressief = [{ soort = "berisping" }, { soort = "berisping" }, '
            '{ soort = "toegangsverbod", duur = 3 }]\n',
        ),
        (
            "losser",
            {"gedrag": "B", "aanhoudend": False},
            # Losser kiest via [[regels]]; een eigen regel voor B-gedrag zonder eerder incident en met.
            '[[regels]]\nnaam = "B: berisping"\nals = { gedrag = ["B"] }\nsoort = "berisping"\n'
            'uitleg = "Een berisping."\n',
        ),
    ],
)
def test_een_hernoemde_waarschuwing_is_een_waarschuwing(tmp_path, basis, klasse, matrix):
    """Issue 3.2: "the soort names hard-coded in code (ordegesprek, registratie, waarschuwing, ...) become flags of the
    soort in the profile ..., so a third municipality needs data, not code." Geertruidenberg 6.2 (de schriftelijke
    waarschuwing) en de voorbeeldbrief: een volgende waarschuwing noemt de eerdere. Een gemeente die haar waarschuwing
    'berisping' noemt (waarschuwing = true), krijgt dat advies, die brief en die termijnen."""
    g = _derde_gemeente(tmp_path, basis, BERISPING + matrix, {"berisping": "waarschuwing"})
    eerste = g.meld(datum="2026-10-05", **PERSOON, **klasse)
    assert g.json("advies", eerste)["soort"] == "berisping"
    data, tekst = _brief(g, eerste, "--datum", "2026-10-06")
    assert data["soort"] == "berisping"
    assert "heeft u een schriftelijke waarschuwing" not in tekst and "tweede" not in tekst
    # Een brief gemaakt maar niet verstuurd: de termijnen vragen 'agressie verzonden', zoals bij een waarschuwing.
    assert g.json("lijst", "--naam", "de Vries")[0]["status"] == "brief gemaakt"
    tweede = g.meld(datum="2026-11-02", **PERSOON, **klasse)
    data, tekst = _brief(g, tweede, "--soort", "berisping", "--datum", "2026-11-03", "--toelichting", "test")
    assert data["soort"] == "berisping"
    if basis == "geertruidenberg":  # het sjabloon van Losser noemt alleen de hoeveelste waarschuwing
        assert "Op 6 oktober 2026 heeft u een schriftelijke waarschuwing van ons gekregen." in tekst
    assert "Dit is de tweede schriftelijke waarschuwing die u van ons krijgt." in tekst


AFSLUITEND = """
[soorten.vastlegging]
label = "Alleen vastleggen"
zwaarte = 0
afsluitend = true
informeren = ["leidinggevende"]
"""


@pytest.mark.parametrize(
    ("basis", "klasse"),
    [("geertruidenberg", {"ernst": "licht"}), ("losser", {"gedrag": "E", "aanhoudend": False})],
)
def test_een_hernoemde_registratie_sluit_het_incident_af(tmp_path, basis, klasse):
    """Geertruidenberg 6.1 "Registratie via coördinator interventieteam"; Losser 5.3 "Bij E-gedrag sturen we nooit een
    brief". Een soort met afsluitend = true (hier 'vastlegging') sluit het incident af zoals de registratie, en is bij
    E-gedrag (geen advies) geen afwijking."""
    g = _derde_gemeente(tmp_path, basis, AFSLUITEND, {})
    nummer = g.meld(datum="2026-10-05", **PERSOON, **klasse)
    data = g.json("maatregel", nummer, "--soort", "vastlegging", "--datum", "2026-10-06", "--toelichting", "test")
    assert data["soort"] == "vastlegging"
    if basis == "losser":
        assert data["afwijking"] is False
    assert g.json("lijst", "--naam", "de Vries")[0]["status"] == "afgehandeld"
    assert not [t for t in g.json("termijnen") if t.get("incident") == nummer and t.get("soort") == "maatregel"]


SCHADECLAIM = """
[soorten.schadeclaim]
label = "Schadeclaim"
onderwerp = "Aansprakelijkstelling voor schade"
zwaarte = 0
brief = true
bedrag = true
vereist_schade = true
naast_advies = true
bijlagen = false
verzending = "aangetekend en per gewone post"

[[verplichtingen]]
soort = "schade verhalen"
dagen = 14
als = { schade = true }
maatregel = ["schadeclaim"]
sluiten_met = ["reden-geen-verhaal"]
tekst = "De dader aansprakelijk stellen, of vastleggen waarom niet."
"""


@pytest.mark.parametrize(
    ("basis", "klasse"), [("geertruidenberg", {"ernst": "agressief"}), ("losser", {"gedrag": "C", "aanhoudend": True})]
)
def test_een_hernoemde_aansprakelijkstelling_neemt_het_bedrag(tmp_path, basis, klasse):
    """Geertruidenberg 8 "Verhaal de schade op de dader"; Losser 7 "Schade verhalen gaat via Juridische Zaken". Een
    soort met bedrag = true (hier 'schadeclaim') neemt --bedrag en telt in het rapport als aansprakelijkstelling."""
    g = _derde_gemeente(tmp_path, basis, SCHADECLAIM, {"schadeclaim": "aansprakelijkstelling"})
    nummer = g.meld(datum="2026-11-17", materiele_schade="balieruit gebroken", **PERSOON, **klasse)
    termijn = [t for t in g.json("termijnen") if t.get("soort") == "schade verhalen"]
    assert [t["opdracht"] for t in termijn] == [
        f"agressie brief {nummer} --soort schadeclaim of agressie verplichtingen {nummer} --reden-geen-verhaal REDEN"
    ]
    voor = g.momentopname()
    fout = g.run("brief", nummer, "--soort", "waarschuwing", "--bedrag", "150")
    assert fout.exit_code == 2 and "--bedrag hoort alleen bij --soort" in fout.output and "schadeclaim" in fout.output
    assert g.momentopname() == voor
    data, tekst = _brief(g, nummer, "--soort", "schadeclaim", "--datum", "2026-11-23", "--bedrag", "1.250,00")
    assert data["soort"] == "schadeclaim" and data["bedrag"] == "1250,00" and data["afwijking"] is False
    assert "De schade bedraagt € 1.250,00" in tekst
    assert not [t for t in g.json("termijnen") if t.get("soort") == "schade verhalen"]
    rapport = g.json("rapport", "--jaar", "2026")
    assert "1250" in str(rapport) and '"aansprakelijkstellingen": 1' in _json_tekst(rapport)


def _json_tekst(waarde) -> str:
    import json

    return json.dumps(waarde, ensure_ascii=False)


GESPREK = """
[soorten.gesprek]
label = "Uitnodiging gesprek"
zwaarte = 2
brief = true
gesprek = true
verzending = "gewone post"

[soorten.gesprek-verslag]
label = "Verslag gesprek"
zwaarte = 2
brief = true
gesprek = true
bevestiging = true
verzending = "gewone post"
"""


def test_een_hernoemd_ordegesprek_en_zijn_bevestiging(tmp_path):
    """Geertruidenberg 6.3: "Het gesprek vindt plaats op het gemeentehuis" en bijlage 6 (bevestiging afspraken
    ordegesprek). Een soort met gesprek = true en bevestiging = true neemt het gesprek over uit de uitnodiging
    (een soort met alleen gesprek = true), en is naast die uitnodiging geen afwijking."""
    g = _derde_gemeente(
        tmp_path,
        "geertruidenberg",
        GESPREK + '[matrix]\nagressief = [{ soort = "gesprek" }, { soort = "toegangsverbod", duur = 3 }]\n',
        {"gesprek": "ordegesprek", "gesprek-verslag": "ordegesprek-bevestiging"},
    )
    nummer = g.meld(datum="2026-11-02", ernst="agressief", **PERSOON)
    assert g.json("advies", nummer)["soort"] == "gesprek"
    data, tekst = _brief(g, nummer, "--datum", "2026-11-03", "--gesprek-datum", "2026-11-10", "--gesprek-tijd", "14:00")
    assert data["soort"] == "gesprek" and "10 november 2026" in tekst
    data, tekst = _brief(
        g, nummer, "--soort", "gesprek-verslag", "--datum", "2026-11-11", "--afspraak", "U belt voortaan eerst."
    )
    assert data["soort"] == "gesprek-verslag" and data["afwijking"] is False
    assert "10 november 2026" in tekst and "U belt voortaan eerst." in tekst


def test_de_meegeleverde_profielen_zetten_de_vlaggen():
    """CONTRIBUTING ("Een profiel toevoegen"): de vlaggen staan in beide meegeleverde profielen, zodat de code geen
    namen van soorten hoeft te kennen."""
    for naam in ("geertruidenberg", "losser"):
        profiel = Profiel(*lees_profielbestand(naam))
        assert [s for s, d in profiel.soorten.items() if d.waarschuwing] == ["waarschuwing"]
        assert [s for s, d in profiel.soorten.items() if d.afsluitend] == ["registratie"]
        assert [s for s, d in profiel.soorten.items() if d.bedrag] == ["aansprakelijkstelling"]
    gesprek = Profiel(*lees_profielbestand("geertruidenberg")).soorten
    assert [s for s, d in gesprek.items() if d.gesprek] == ["ordegesprek", "ordegesprek-bevestiging"]
    assert [s for s, d in gesprek.items() if d.bevestiging] == ["ordegesprek-bevestiging"]


@pytest.mark.parametrize("basis", ["geertruidenberg", "losser"])
def test_sjablonen_controleer_kent_de_hernoemde_waarschuwing(tmp_path, basis):
    """CONTRIBUTING: "controleer ze met agressie sjablonen controleer". Het sjabloon van een hernoemde waarschuwing
    (berisping.docx) moet gebruiken wat een waarschuwing nodig heeft: het moment van het incident en de brieftekst."""
    from docx import Document

    g = _derde_gemeente(tmp_path, basis, BERISPING, {"berisping": "waarschuwing"})
    eigen = g.map / "eigen-sjablonen"
    assert "OK      berisping.docx" in g.ok("sjablonen", "controleer", str(eigen))
    slecht = Document()
    slecht.add_paragraph(
        "{{ aanhef }} {{ adresblok }} {{ plaats_datum }} {{ kenmerk }} {{ onderwerp }} {{ ondertekenaar }} "
        "{{ functie }} {{ namens }} {{ incident_moment }}"
    )
    slecht.save(eigen / "berisping.docx")
    uitkomst = g.run("sjablonen", "controleer", str(eigen))
    assert uitkomst.exit_code == 1 and "berisping.docx" in uitkomst.output and "brieftekst" in uitkomst.output
