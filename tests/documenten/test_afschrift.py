"""Issue 3.4 "Afschrift, bewijs, verwacht bezoek": het afschrift van een verbod aan politie en receptie als concept
voor Outlook (.eml met de brief als PDF), vastgelegd bij de maatregel en op agressie termijnen tot het verzonden is,
en de e-mail over een verwacht bezoek aan receptie en interventieteam. Door de CLI, in beide profielen; de e-mails
gelezen met het pakket `email`."""

from __future__ import annotations

import email
import re
import shutil
import tomllib
from email import policy
from importlib import resources
from pathlib import Path

import pytest

from agressie_cli.documenten.eml import concept_bytes
from conftest import REDEN, VOLLEDIG, Gemeente, maak_gemeente

GEEN_LIBREOFFICE = shutil.which("soffice") is None and shutil.which("libreoffice") is None
KLASSE = {"geertruidenberg": {"ernst": "strafbaar"}, "losser": {"gedrag": "D"}}
# De adressen die Losser meelevert (5.2); Geertruidenberg levert er geen: de test zet ze zoals een coördinator doet.
ADRESSEN = {
    "geertruidenberg": {"politie": "politie@voorbeeld.nl", "receptie": "receptie@geertruidenberg.nl"},
    "losser": {"politie": "info@twente.politie.nl", "receptie": "dvpdontvangst@enschede.nl"},
}


@pytest.fixture(params=["geertruidenberg", "losser"])
def gemeente(request, tmp_path) -> Gemeente:
    g = maak_gemeente(tmp_path, request.param, geheugen=True)
    g.naam = request.param  # type: ignore[attr-defined]
    return g


def zet_adressen(g: Gemeente, **adressen: str) -> None:
    """Zoals de coördinator agressie.toml invult: [afschrift] politie, receptie, interventieteam."""
    toml = g.map / "agressie.toml"
    tekst = toml.read_text(encoding="utf-8")
    for sleutel, adres in adressen.items():
        tekst, n = re.subn(rf'^{sleutel} = ".*"$', f'{sleutel} = "{adres}"', tekst, flags=re.M)
        assert n == 1, sleutel
    toml.write_text(tekst, encoding="utf-8")


def verbod(g: Gemeente, naam: str = "Jan de Vries", **extra: str) -> str:
    """Een complete melding van een incident aan de balie; geeft het incidentnummer."""
    return g.meld(
        naam=naam,
        kanaal="balie",
        datum="2026-12-01",
        tijd="09:00",
        **KLASSE[g.naam],  # type: ignore[attr-defined]
        **{**VOLLEDIG, **extra},
    )


def brief(g: Gemeente, nummer: str, *args: str) -> dict:
    return g.json("brief", nummer, "--soort", "toegangsverbod", "--duur", "3", "--datum", "2026-12-01", *REDEN, *args)


def lees_eml(pad: str | Path) -> email.message.EmailMessage:
    return email.message_from_bytes(Path(pad).read_bytes(), policy=policy.default)  # type: ignore[return-value]


def uitgaand(g: Gemeente) -> list[str]:
    map_ = g.map / "uitgaand"
    return sorted(p.name for p in map_.iterdir()) if map_.exists() else []


def termijnen(g: Gemeente, soort: str, peildatum: str = "2026-12-02") -> list[dict]:
    return [t for t in g.json("termijnen", "--peildatum", peildatum) if t["soort"] == soort]


# --- het afschrift van een verbod ----------------------------------------------------------------------------------


def test_brief_bij_een_verbod_zet_het_afschrift_klaar_met_alleen_wat_politie_en_receptie_nodig_hebben(gemeente):
    """Losser 5.2: "Zorg ervoor dat de politie en de receptie een kopie van de brief krijgen, dat kan per mail via
    dvpdontvangst@enschede.nl en info@twente.politie.nl." Geertruidenberg (bijlage 7): "De politie en de receptie
    hebben een afschrift van deze brief." Het concept gaat aan beide adressen uit [afschrift], het onderwerp noemt het
    nummer van de maatregel en niet de naam, en de tekst zegt wie, welk verbod, van wanneer tot wanneer, wat open
    blijft en wie te bellen."""
    g = gemeente
    if g.naam == "geertruidenberg":  # type: ignore[attr-defined]
        zet_adressen(g, **ADRESSEN["geertruidenberg"])
    nummer = verbod(g, geboortedatum="1980-03-14")
    uit = brief(g, nummer)
    maatregel = uit["maatregel"]
    assert uit["afschrift"] == str(g.map / "uitgaand" / f"{maatregel}-afschrift.eml")  # geen naam in de bestandsnaam
    assert uit["afschrift_aan"] == ["politie", "receptie"] and uit["afschrift_melding"] is None
    assert uitgaand(g) == [f"{maatregel}-afschrift.eml"]

    mail = lees_eml(uit["afschrift"])
    assert mail["X-Unsent"] == "1"  # Outlook opent het als concept
    assert [a.addr_spec for a in mail["To"].addresses] == list(ADRESSEN[g.naam].values())  # type: ignore[attr-defined]
    assert maatregel in mail["Subject"] and "Vries" not in mail["Subject"]
    tekst = mail.get_body(("plain",)).get_content()
    assert "Persoon: Jan de Vries, geboren 14 maart 1980" in tekst
    assert f"({maatregel}, incident {nummer})" in tekst
    assert "Geldt: vanaf 1 december 2026, voor een periode van 3 maanden, tot en met 28 februari 2027" in tekst
    gebouw = "het gemeentehuis te Raamsdonksveer" if g.naam == "geertruidenberg" else "het stadhuis van Losser"  # type: ignore[attr-defined]
    assert f"Wat niet mag: {gebouw} binnenkomen" in tekst
    assert "Wat open blijft: telefonisch en schriftelijk contact" in tekst
    assert "de klachtcontactpersoon van het team, telefoon 0162 - 579 999" in tekst
    # Alleen wat ze nodig hebben: niet het adres, niet wat er intern over het incident staat.
    assert "Markt 12" not in tekst and "Schold de medewerker uit." not in tekst and "P. Jansen" not in tekst
    if g.naam == "losser":  # type: ignore[attr-defined]
        assert "een kopie van het paspoort" in tekst  # 5.2: "Bij de brief wordt een kopie van het paspoort gevoegd."

    if GEEN_LIBREOFFICE:
        pytest.skip("LibreOffice niet geïnstalleerd: de PDF in de bijlage is niet na te gaan (CI heeft het wel)")
    assert uit["afschrift_met_pdf"] is True
    (bijlage,) = list(mail.iter_attachments())
    assert bijlage.get_content_type() == "application/pdf"
    assert bijlage.get_filename() == Path(uit["bestand"]).with_suffix(".pdf").name
    assert bijlage.get_content()[:5] == b"%PDF-"
    assert not list((g.map / "brieven").glob("*.pdf"))  # zonder --pdf geen PDF naast de brief


@pytest.mark.skipif(GEEN_LIBREOFFICE, reason="LibreOffice niet geïnstalleerd (CI heeft het wel)")
def test_met_pdf_gaat_de_pdf_van_de_brief_mee(tmp_path):
    """Losser 5.2: de politie en de receptie krijgen "een kopie van de brief": met brief --pdf precies die PDF."""
    g = maak_gemeente(tmp_path, "losser", geheugen=True)
    g.naam = "losser"  # type: ignore[attr-defined]
    uit = brief(g, verbod(g), "--pdf")
    (bijlage,) = list(lees_eml(uit["afschrift"]).iter_attachments())
    assert bijlage.get_content() == Path(uit["pdf"]).read_bytes()


def test_termijnen_toont_het_afschrift_tot_het_verzonden_is(gemeente):
    """Losser 5.2: "Zorg ervoor dat de politie en de receptie een kopie van de brief krijgen." Een concept is nog niet
    verstuurd: agressie termijnen herinnert eraan tot agressie verzonden MAATREGEL --afschrift."""
    g = gemeente
    if g.naam == "geertruidenberg":  # type: ignore[attr-defined]
        zet_adressen(g, **ADRESSEN["geertruidenberg"])
    uit = brief(g, verbod(g))
    maatregel = uit["maatregel"]
    (item,) = termijnen(g, "afschrift")
    assert item["opdracht"] == f"agressie verzonden {maatregel} --afschrift"
    assert "als concept klaargezet, maar nog niet als verstuurd bevestigd" in item["omschrijving"]
    assert item["uiterlijk"] == "2026-12-03"  # twee werkdagen na de brief, zoals de brief zelf

    fout = g.run("verzonden", maatregel, "--afschrift", "--datum", "2026-11-30")
    assert fout.exit_code == 2 and "vóór de brief" in fout.output
    fout = g.run("verzonden", maatregel, "--afschrift", "--wijze", "email")
    assert fout.exit_code == 2 and "--wijze" in fout.output
    bevestigd = g.json("verzonden", maatregel, "--afschrift", "--datum", "2026-12-02")
    assert bevestigd == {
        "maatregel": maatregel,
        "incident": uit["incident"],
        "verzonden": "2026-12-02",
        "klaargezet": "2026-12-01",
        "eerder": None,
    }
    assert termijnen(g, "afschrift") == []
    # De brief zelf is nog niet verzonden: dat blijft een eigen herinnering.
    assert [t["opdracht"] for t in termijnen(g, "brief versturen")] == [f"agressie verzonden {maatregel}"]
    tekst = g.ok("verzonden", maatregel, "--afschrift", "--datum", "2026-12-03")
    assert f"Afschrift van {maatregel} aan politie en receptie verzonden op 03-12-2026 (was 02-12-2026)" in tekst


def test_zonder_adres_wel_de_brief_geen_afschrift_en_termijnen_blijft(tmp_path):
    """Geertruidenberg levert geen adressen mee ([afschrift] politie en receptie zijn leeg): de brief wordt gemaakt,
    het afschrift niet, met een waarschuwing die de sleutel en het bestand noemt; termijnen blijft het noemen."""
    g = maak_gemeente(tmp_path, "geertruidenberg", geheugen=True)
    g.naam = "geertruidenberg"  # type: ignore[attr-defined]
    nummer = verbod(g)
    uitkomst = g.run("brief", nummer, "--soort", "toegangsverbod", "--duur", "3", "--datum", "2026-12-01", *REDEN)
    assert uitkomst.exit_code == 0, uitkomst.output
    assert "Brief gemaakt:" in uitkomst.stdout
    assert "Geen afschrift van M00001 aan politie en receptie gemaakt" in uitkomst.stderr
    assert "in agressie.toml staat geen e-mailadres bij [afschrift] politie en [afschrift] receptie" in uitkomst.stderr
    assert uitgaand(g) == []
    (item,) = termijnen(g, "afschrift")
    assert (
        "is nog niet gemaakt (adres politie, receptie ontbreekt in agressie.toml [afschrift])" in item["omschrijving"]
    )
    assert item["opdracht"] == "agressie verzonden M00001 --afschrift"

    g2 = maak_gemeente(tmp_path / "json", "geertruidenberg", geheugen=True)
    g2.naam = "geertruidenberg"  # type: ignore[attr-defined]
    uit = brief(g2, verbod(g2))
    assert uit["afschrift"] is None and uit["afschrift_met_pdf"] is False
    assert "[afschrift] politie" in uit["afschrift_melding"]
    # De coördinator stuurt de brief zelf door en legt het vast: de herinnering verdwijnt.
    g2.ok("verzonden", "M00001", "--afschrift", "--datum", "2026-12-02")
    assert termijnen(g2, "afschrift") == []


def test_zonder_libreoffice_een_concept_zonder_bijlage_dat_open_blijft(tmp_path, monkeypatch):
    """Zonder LibreOffice (en zonder Word) geen PDF: het afschrift staat klaar zonder bijlage, agressie zegt dat, en
    termijnen noemt wat er nog bij moet."""
    monkeypatch.setattr("agressie_cli.documenten.brieven.pdf.soffice", lambda: None)
    monkeypatch.setattr("agressie_cli.documenten.brieven.pdf.word", lambda: None)
    g = maak_gemeente(tmp_path, "losser", geheugen=True)
    g.naam = "losser"  # type: ignore[attr-defined]
    nummer = verbod(g)
    uitkomst = g.run("brief", nummer, "--soort", "toegangsverbod", "--duur", "3", "--datum", "2026-12-01", *REDEN)
    assert uitkomst.exit_code == 0, uitkomst.output
    assert "Afschrift aan politie en receptie klaargezet" in uitkomst.stdout
    assert "staat klaar zonder de brief als PDF. LibreOffice is niet gevonden" in uitkomst.stderr
    assert "Voeg de brief zelf als PDF toe voordat u het verstuurt." in uitkomst.stderr
    (eml,) = (g.map / "uitgaand").glob("*.eml")
    mail = lees_eml(eml)
    assert list(mail.iter_attachments()) == []
    assert "Voeg de brief aan de persoon als PDF toe" in mail.get_body(("plain",)).get_content()
    (item,) = termijnen(g, "afschrift")
    assert "klaar zonder de brief als PDF" in item["omschrijving"]


def test_een_waarschuwing_krijgt_geen_afschrift(tmp_path):
    """Alleen een soort met `afschrift` in het profiel (de verboden) krijgt een afschrift; een waarschuwing niet."""
    g = maak_gemeente(tmp_path, "losser", geheugen=True)
    nummer = g.meld(naam="Jan de Vries", kanaal="balie", datum="2026-12-01", tijd="09:00", gedrag="A", **VOLLEDIG)
    uit = g.json("brief", nummer, "--soort", "waarschuwing", "--datum", "2026-12-01", *REDEN)
    assert "afschrift" not in uit and uitgaand(g) == []
    assert termijnen(g, "afschrift") == []
    fout = g.run("verzonden", uit["maatregel"], "--afschrift")
    assert fout.exit_code == 2 and "krijgt volgens het profiel geen afschrift" in fout.output


# --- het bestand: meer ontvangers, een bijlage, koppen binnen de grens --------------------------------------------


def test_eml_met_meer_ontvangers_en_een_bijlage_zonder_kopinjectie():
    """RFC 5322: geen kopregel langer dan 998 tekens; een regeleinde in een naam maakt geen extra kop (Bcc). De naam
    van de bijlage met accenten volgens RFC 2231, de inhoud base64."""
    ruw = concept_bytes(
        [("Politie\r\nBcc: lek@voorbeeld.nl", "politie@voorbeeld.nl"), ("Récéption " * 20, "receptie@voorbeeld.nl")],
        "Vertrouwelijk: afschrift\r\nBcc: lek@voorbeeld.nl M00001",
        "Tekst.",
        ("brief Désirée Öztürk.pdf", b"%PDF-1.7 inhoud"),
    )
    assert all(len(regel) <= 998 for regel in ruw.split(b"\r\n"))
    mail = lees_eml_bytes(ruw)
    assert mail["Bcc"] is None and b"\r\nBcc:" not in ruw
    assert [a.addr_spec for a in mail["To"].addresses] == ["politie@voorbeeld.nl", "receptie@voorbeeld.nl"]
    assert mail["Subject"] == "Vertrouwelijk: afschrift Bcc: lek@voorbeeld.nl M00001"
    (bijlage,) = list(mail.iter_attachments())
    assert bijlage["Content-Transfer-Encoding"] == "base64"
    assert b"filename*=utf-8''brief%20D%C3%A9sir%C3%A9e" in ruw  # RFC 2231, niet een gecodeerd woord
    assert bijlage.get_filename() == "brief Désirée Öztürk.pdf"
    assert bijlage.get_content() == b"%PDF-1.7 inhoud"


def lees_eml_bytes(ruw: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(ruw, policy=policy.default)  # type: ignore[return-value]


# --- verwacht bezoek (Geertruidenberg 3.3) -------------------------------------------------------------------------


def test_bezoek_met_mail_aan_receptie_en_interventieteam(gemeente):
    """Geertruidenberg 3.3: "Men weet dat een klant (mogelijk) komt: in dit geval moet de receptie, het
    interventieteam en het mogelijk betrokken deelcluster gewaarschuwd worden. Dit kan per mail of telefoon
    afhankelijk van de tijdsdruk." De e-mail noemt wie, wanneer, het lopende verbod en wat te doen, met de tekst
    uit het profiel."""
    g = gemeente
    nummer = verbod(g)
    g.ok("maatregel", nummer, "--soort", "toegangsverbod", "--duur", "3", "--datum", "2026-12-01", *REDEN)
    voor = g.momentopname()
    fout = g.run("bezoek", "P0001", "--datum", "2026-12-08", "--mail")
    assert fout.exit_code == 2 and "[afschrift] interventieteam" in fout.output and "agressie.toml" in fout.output
    assert g.momentopname() == voor and uitgaand(g) == []

    zet_adressen(g, receptie="receptie@gemeente.nl", interventieteam="interventieteam@gemeente.nl")
    uit = g.json("bezoek", "P0001", "--datum", "2026-12-08", "--tijd", "10:30", "--mail")
    assert uit["email"] == str(g.map / "uitgaand" / "P0001-bezoek-2026-12-08.eml")
    assert uit["email_aan"] == ["receptie", "interventieteam"] and uit["al_vastgelegd"] is False
    mail = lees_eml(uit["email"])
    assert mail["X-Unsent"] == "1"
    assert [a.addr_spec for a in mail["To"].addresses] == ["receptie@gemeente.nl", "interventieteam@gemeente.nl"]
    assert mail["Subject"] == "Vertrouwelijk: verwacht bezoek op 08-12-2026 om 10.30 uur (P0001)"
    tekst = " ".join(mail.get_body(("plain",)).get_content().split())
    assert "Op 8 december 2026 om 10.30 uur wordt Jan de Vries (P0001) verwacht." in tekst
    assert "(M00001), tot en met 28 februari 2027" in tekst
    bezoek = tomllib.loads(
        resources.files("agressie_cli.domein.profielen").joinpath(f"{g.naam}.toml").read_text(encoding="utf-8")  # type: ignore[attr-defined]
    )["bezoek"]
    assert (
        f"Wat te doen ({'Geertruidenberg' if g.naam == 'geertruidenberg' else 'Losser'} {bezoek['artikel']}):" in tekst
    )  # type: ignore[attr-defined]
    assert f'"{bezoek["tekst"]}"' in tekst
    if g.naam == "geertruidenberg":  # type: ignore[attr-defined]
        assert "het interventieteam en het mogelijk betrokken deelcluster gewaarschuwd worden" in tekst
    # Die dag tonen verboden en termijnen het bezoek (zoals zonder --mail).
    (item,) = termijnen(g, "verwacht bezoek", "2026-12-08")
    assert "receptie, interventieteam en deelcluster waarschuwen" in item["omschrijving"]
    # Opnieuw met --mail: het bezoek stond er al, alleen de e-mail is nieuw.
    nog = g.json("bezoek", "P0001", "--datum", "2026-12-08", "--tijd", "10:30", "--mail")
    assert nog["al_vastgelegd"] is True
    assert len(termijnen(g, "verwacht bezoek", "2026-12-08")) == 1


# --- --open, zoals bij doorsturen ----------------------------------------------------------------------------------


@pytest.fixture
def xdg_open(tmp_path, monkeypatch) -> Path:
    """Een nagebootste xdg-open die opschrijft wat hij moest openen (zoals tests/cli/test_openen.py). Het PATH bevat
    alleen hem: LibreOffice is er dan niet, het afschrift komt zonder PDF."""
    import subprocess
    import sys

    bin_map = tmp_path / "bin"
    bin_map.mkdir()
    log = tmp_path / "geopend.txt"
    script = bin_map / "xdg-open"
    script.write_text(
        f"#!{sys.executable}\nimport sys\nwith open({str(log)!r}, 'a', encoding='utf-8') as f:\n"
        "    f.write(sys.argv[1] + '\\n')\n",
        encoding="utf-8",
    )
    script.chmod(0o755)
    monkeypatch.setenv("PATH", str(bin_map))
    monkeypatch.setattr("agressie_cli.documenten.brieven.pdf.word", lambda: None)
    echt = subprocess.Popen

    def en_wacht(*args, **opties):
        proces = echt(*args, **opties)
        proces.wait()
        return proces

    monkeypatch.setattr(subprocess, "Popen", en_wacht)
    return log


def test_open_opent_ook_het_afschrift_en_de_bezoekmail_in_outlook(tmp_path, xdg_open):
    """Zoals agressie doorsturen --open: het concept staat meteen open in Outlook, naast de brief in Word."""
    g = maak_gemeente(tmp_path, "losser", geheugen=True)
    g.naam = "losser"  # type: ignore[attr-defined]
    uit = brief(g, verbod(g), "--open")
    assert xdg_open.read_text(encoding="utf-8").splitlines() == [uit["bestand"], uit["afschrift"]]
    zet_adressen(g, interventieteam="interventieteam@losser.nl")
    bezoek = g.json("bezoek", "P0001", "--datum", "2026-12-08", "--mail", "--open")
    assert xdg_open.read_text(encoding="utf-8").splitlines()[-1] == bezoek["email"]
    fout = g.run("bezoek", "P0001", "--datum", "2026-12-09", "--open")
    assert fout.exit_code == 2 and "--mail" in fout.output
