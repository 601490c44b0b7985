"""De brief met het dossier voor inzage (3.4; AVG art. 15), gemaakt met python-docx (geen sjabloon: de inhoud is
een opsomming van wat het register weet, per gemeente gelijk). De inhoud beslist domein/inzage.py."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from agressie_cli.domein.bestanden import atomisch
from agressie_cli.domein.instellingen import Instellingen
from agressie_cli.domein.inzage import Inzagedossier
from agressie_cli.domein.namen import aanhef
from agressie_cli.domein.nederlands import voluit
from agressie_cli.domein.rijen import PersoonRij


def schrijf(
    instellingen: Instellingen,
    dossier: Inzagedossier,
    persoon: PersoonRij,
    datum: date,
    ontvangen: date | None,
    doel: Path,
) -> Path:
    from docx import Document
    from docx.shared import Cm, Pt

    doc = Document()
    stijl = doc.styles["Normal"]
    stijl.font.name = "Calibri"
    stijl.font.size = Pt(10.5)
    sectie = doc.sections[0]
    sectie.page_width, sectie.page_height = Cm(21.0), Cm(29.7)
    sectie.left_margin = sectie.right_margin = Cm(2.5)

    def alinea(tekst: str = "", vet: bool = False, grootte: float | None = None) -> None:
        p = doc.add_paragraph()
        run = p.add_run(tekst)
        run.bold = vet
        if grootte:
            run.font.size = Pt(grootte)

    def kop(tekst: str) -> None:
        alinea(tekst, vet=True, grootte=12)

    def tabel(koppen: list[str], rijen: list[list[str]]) -> None:
        t = doc.add_table(rows=1, cols=len(koppen))
        t.style = "Table Grid"
        for i, k in enumerate(koppen):
            t.rows[0].cells[i].text = k
            for run in t.rows[0].cells[i].paragraphs[0].runs:
                run.bold = True
        for rij in rijen:
            cellen = t.add_row().cells
            for i, waarde in enumerate(rij):
                cellen[i].text = waarde

    gemeente = instellingen.gemeente
    ondertekening = instellingen.deel("ondertekening")
    alinea(f"Gemeente {gemeente}", vet=True, grootte=14)
    alinea(dossier.naam)
    adres = [str(persoon.get(v) or "") for v in ("adres", "postcode", "woonplaats")]
    if adres[0]:
        alinea(adres[0])
        alinea(" ".join(a for a in adres[1:] if a))
    alinea()
    alinea(f"Datum: {voluit(datum)}")
    alinea(
        f"Onderwerp: uw gegevens in het register agressie en geweld (inzage, artikel 15 AVG), kenmerk {dossier.persoon}"
    )
    alinea()
    alinea(f"{aanhef(dossier.naam, persoon.get('aanhef'), persoon.get('achternaam'))},")
    gevraagd = f"Op {voluit(ontvangen)} vroeg u" if ontvangen else "U vroeg"
    alinea(
        f"{gevraagd} welke gegevens de gemeente {gemeente} over u bewaart in het register van incidenten met agressie "
        "en geweld tegen medewerkers. In deze brief staat alles wat dat register over u bevat. Namen van medewerkers "
        "noemen wij niet; u leest hun rol (artikel 15 lid 4 AVG: de rechten van anderen)."
    )
    kop("1. Uw gegevens")
    tabel(["Gegeven", "Wat wij bewaren"], [[k, w] for k, w in dossier.gegevens])
    kop("2. De incidenten")
    if dossier.incidenten:
        tabel(
            ["Incident", "Wanneer", "Waar", "Wat wij u schreven over uw gedrag"],
            [[i.incident, i.datum, i.waar, i.gedrag] for i in dossier.incidenten],
        )
    else:
        alinea("Het register bevat geen incidenten.")
    kop("3. De maatregelen")
    if dossier.maatregelen:
        tabel(
            ["Maatregel", "Soort en datum", "Periode", "Grond", "Stand", "Afschrift aan"],
            [
                [m.maatregel, f"{m.soort}, {m.datum}", m.periode or "-", m.grond, m.stand, m.afschrift or "niemand"]
                for m in dossier.maatregelen
            ],
        )
    else:
        alinea("Het register bevat geen maatregelen.")
    kop("4. Hoe lang wij uw gegevens bewaren")
    tot = f"tot {voluit(dossier.bewaren_tot)}" if dossier.bewaren_tot else "tot de bewaartermijn is verstreken"
    alinea(
        f"Wij bewaren deze gegevens {tot}; daarna maken wij ze onherkenbaar. Zolang er een maatregel tegen u loopt, "
        "bewaren wij ze in elk geval." + (" Op dit moment loopt er een maatregel." if dossier.verbod_loopt else "")
    )
    kop("5. Uw rechten")
    for recht in dossier.rechten:
        doc.add_paragraph(recht, style="List Bullet")
    alinea()
    alinea("Met vriendelijke groet,")
    alinea(f"Het college van burgemeester en wethouders van {gemeente}")
    if ondertekening.get("naam"):
        alinea(str(ondertekening.get("naam")))
        alinea(str(ondertekening.get("functie") or ""))
    doel.parent.mkdir(parents=True, exist_ok=True)
    with atomisch(doel) as tijdelijk:
        doc.save(str(tijdelijk))
    return doel
