"""Issue 2.7, doorsturen: de registratie als e-mail aan de clustermanager en de complete melding aan de AOV-er
(Geertruidenberg 4.2). De .eml wordt teruggelezen met de e-mailparser van Python, zoals Outlook hem leest."""

from __future__ import annotations

from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

import openpyxl

from conftest import maak_gemeente

PERSOON = "Jürgen Österreicher-Çelik"
CLUSTERMANAGER = "Ånne Smits-Ëlbers"

VOLLEDIG = dict(
    naam=PERSOON,
    kanaal="balie",
    ernst="agressief",
    datum="2026-11-20",  # een vrijdag
    tijd="10:30",
    vorm=["verbaal", "fysiek"],
    omschrijving="Schreeuwde tegen de medewerker.\nSloeg daarna met zijn vuist op de balie.",
    melder="Piet Jansen",
    functie="baliemedewerker",
    medewerker=["Piet Jansen", "Sanne Bakker"],
    leidinggevende=CLUSTERMANAGER,
    leidinggevende_email="a.smits@geertruidenberg.nl",
    afdeling="Burgerzaken",
    adres="Markt 12",
    postcode="4941ab",
    woonplaats="Raamsdonksveer",
    telefoon="06-12345678",
    letsel="kneuzing pols",
    psychisch="slaapt slecht",
    materiele_schade="balieruit gebroken",
    politie=True,
    aangifte=False,
)


def lees_eml(pad: Path) -> EmailMessage:
    bericht = message_from_bytes(pad.read_bytes(), policy=default)
    assert isinstance(bericht, EmailMessage)
    return bericht


def tekst_van(bericht: EmailMessage) -> str:
    """De tekst zoals een mailprogramma hem toont (de regels eindigen in het bestand op CRLF)."""
    return bericht.get_content().replace("\r\n", "\n")


def zet_aov(g, naam: str = "Rosé van Dijk", email: str = "aov@geertruidenberg.nl") -> None:
    toml = g.map / "agressie.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8").replace(
            '# naam = "A. de Boer"\n# email = "aov@gemeente.nl"', f'naam = "{naam}"\nemail = "{email}"'
        ),
        encoding="utf-8",
    )


def uitgaand(g) -> list[str]:
    map_ = g.map / "uitgaand"
    return sorted(p.name for p in map_.iterdir()) if map_.exists() else []


def test_clustermanager_krijgt_de_registratie_als_concept_dat_outlook_opent(gtb):
    zonder_melder = {k: v for k, v in VOLLEDIG.items() if k not in ("melder", "functie")}
    nummer = gtb.meld(**zonder_melder)
    uit = gtb.json("doorsturen", nummer)
    pad = Path(uit["bestand"])
    assert pad == gtb.map / "uitgaand" / f"{nummer}-clustermanager.eml"  # geen namen in de bestandsnaam
    assert uit["incident"] == nummer and uit["aan"] == "clustermanager"
    assert uit["email"] == "a.smits@geertruidenberg.nl"
    assert uit["ontbrekend"] == ["melder", "functie"] and uit["vervangen"] is False

    ruw = pad.read_bytes()
    assert b"\r\n" in ruw and b"\n" not in ruw.replace(b"\r\n", b"")  # CRLF, zoals een e-mail hoort
    bericht = lees_eml(pad)
    assert bericht["X-Unsent"] == "1"
    [ontvanger] = bericht["To"].addresses
    assert ontvanger.addr_spec == "a.smits@geertruidenberg.nl"
    assert ontvanger.display_name == CLUSTERMANAGER  # accenten overleven de codering van de kop
    assert nummer in bericht["Subject"] and "agressiemelding" in bericht["Subject"]
    assert "vertrouwelijk" in bericht["Subject"].lower()
    assert bericht.get_content_type() == "text/plain"

    tekst = tekst_van(bericht)
    assert tekst.startswith("VERTROUWELIJK")
    for regel in (
        f"Beste {CLUSTERMANAGER},",
        "Melder: niet ingevuld",
        "Betrokken medewerkers: Piet Jansen, Sanne Bakker",
        f"Clustermanager (leidinggevende): {CLUSTERMANAGER}",
        f"Persoon (agressor): {PERSOON} (P0001)",
        "Adres: Markt 12, 4941 AB Raamsdonksveer",
        "Telefoon: 06-12345678",
        "Datum en tijdstip: 20 november 2026, 10.30 uur",
        "Ernst: agressief",
        "Vorm van agressie: verbaal, fysiek",
        "  Schreeuwde tegen de medewerker.\n  Sloeg daarna met zijn vuist op de balie.",
        "Lichamelijk letsel: kneuzing pols",
        "Psychische klachten: slaapt slecht",
        "Materiële schade: balieruit gebroken",
        "Politie ingeschakeld: ja",
        "Aangifte: nee",
        "Ontbreekt nog: melder, functie melder.",
        "Advies volgens het protocol: Ontzegging gemeentehuis, 3 maanden.",  # fysiek (6.4)
        "uiterlijk 27 november 2026 aan de persoon laten weten",
    ):
        assert regel in tekst, regel

    wb = openpyxl.load_workbook(gtb.register)
    blad = wb["Incidenten"]
    koppen = [c.value for c in blad[1]]
    rij = [c.value for c in blad[2]]
    # 3.6: een concept is nog niet verstuurd; doorgestuurd pas na agressie doorsturen --verzonden.
    assert rij[koppen.index("Concept aan clustermanager klaargezet")] is not None
    assert rij[koppen.index("Doorgestuurd aan clustermanager")] is None
    assert rij[koppen.index("Doorgestuurd aan AOV-er")] is None
    assert rij[koppen.index("E-mail leidinggevende")] == "a.smits@geertruidenberg.nl"


def test_aov_krijgt_de_complete_melding_en_het_adres_uit_de_instellingen(gtb):
    zet_aov(gtb)
    nummer = gtb.meld(**VOLLEDIG)
    uit = gtb.json("doorsturen", nummer, "--aan", "aov")
    assert uit["aan"] == "aov" and uit["email"] == "aov@geertruidenberg.nl" and uit["ontbrekend"] == []
    pad = Path(uit["bestand"])
    assert pad.name == f"{nummer}-aov.eml"
    bericht = lees_eml(pad)
    [ontvanger] = bericht["To"].addresses
    assert (ontvanger.display_name, ontvanger.addr_spec) == ("Rosé van Dijk", "aov@geertruidenberg.nl")
    assert bericht["X-Unsent"] == "1" and nummer in bericht["Subject"]
    # Het lange onderwerp werd gevouwen vlak na "Subject:": in Outlook begon het dan met een spatie.
    assert bericht["Subject"] == f"Vertrouwelijk: agressiemelding {nummer}, compleet, voor een maatregel"
    assert all(len(r) <= 78 for r in pad.read_bytes().split(b"\r\n\r\n", 1)[1].split(b"\r\n"))  # de tekst: QP
    tekst = tekst_van(bericht)
    assert "Beste Rosé van Dijk," in tekst
    assert f"in overleg met de clustermanager ({CLUSTERMANAGER})" in tekst and "interventiematrix" in tekst
    assert "Melder: Piet Jansen (baliemedewerker)" in tekst and "De melding is compleet." in tekst
    koppen = [c.value for c in openpyxl.load_workbook(gtb.register)["Incidenten"][1]]
    rij = [c.value for c in openpyxl.load_workbook(gtb.register)["Incidenten"][2]]
    assert rij[koppen.index("Concept aan AOV-er klaargezet")] is not None  # 3.6: nog niet verstuurd
    assert rij[koppen.index("Doorgestuurd aan AOV-er")] is None
    assert rij[koppen.index("Doorgestuurd aan clustermanager")] is None


def test_email_gaat_voor_en_uit_kiest_de_map(gtb, tmp_path):
    nummer = gtb.meld(**VOLLEDIG)
    map_ = tmp_path / "eigen map"
    uit = gtb.json("doorsturen", nummer, "--email", "plaatsvervanger@geertruidenberg.nl", "--uit", str(map_))
    assert Path(uit["bestand"]) == map_ / f"{nummer}-clustermanager.eml"
    bericht = lees_eml(Path(uit["bestand"]))
    [ontvanger] = bericht["To"].addresses
    assert ontvanger.addr_spec == "plaatsvervanger@geertruidenberg.nl" and ontvanger.display_name == ""
    assert "Beste collega," in tekst_van(bericht)
    assert uitgaand(gtb) == []

    zet_aov(gtb, email="")
    uit = gtb.json("doorsturen", nummer, "--aan", "aov", "--email", "aov2@geertruidenberg.nl")
    assert lees_eml(Path(uit["bestand"]))["To"].addresses[0].addr_spec == "aov2@geertruidenberg.nl"


def test_opnieuw_doorsturen_vervangt_het_concept(gtb):
    nummer = gtb.meld(**{k: v for k, v in VOLLEDIG.items() if k != "melder"})
    eerste = gtb.json("doorsturen", nummer)
    gtb.ok("aanvullen", nummer, "--melder", "Piet Jansen")
    tweede = gtb.json("doorsturen", nummer)
    assert tweede["bestand"] == eerste["bestand"] and tweede["vervangen"] is True
    assert "Melder: Piet Jansen (baliemedewerker)" in tekst_van(lees_eml(Path(tweede["bestand"])))
    assert uitgaand(gtb) == [f"{nummer}-clustermanager.eml"]


def test_zonder_adres_weigert_het_en_noemt_de_optie(gtb):
    zonder = {k: v for k, v in VOLLEDIG.items() if k != "leidinggevende_email"}
    nummer = gtb.meld(**zonder)
    voor = gtb.momentopname()
    uit = gtb.run("doorsturen", nummer)
    assert uit.exit_code == 2
    assert "--leidinggevende-email" in uit.output and "--email" in uit.output
    assert "Traceback" not in uit.output
    uit = gtb.run("doorsturen", nummer, "--aan", "aov")  # compleet, maar geen [aov] email in agressie.toml
    assert uit.exit_code == 2 and "[aov]" in uit.output and "agressie.toml" in uit.output
    assert uitgaand(gtb) == [] and gtb.momentopname() == voor


def test_aov_alleen_voor_een_complete_melding(gtb):
    zet_aov(gtb)
    nummer = gtb.meld(**{k: v for k, v in VOLLEDIG.items() if k not in ("melder", "aangifte")})
    voor = gtb.momentopname()
    uit = gtb.run("doorsturen", nummer, "--aan", "aov")
    assert uit.exit_code == 2
    assert "niet compleet" in uit.output and "melder" in uit.output and "aangifte" in uit.output
    assert uitgaand(gtb) == [] and gtb.momentopname() == voor
    gtb.ok("aanvullen", nummer, "--melder", "Piet Jansen", "--geen-aangifte")
    assert gtb.json("doorsturen", nummer, "--aan", "aov")["aan"] == "aov"


def test_ongeldig_adres_of_ontvanger_weigert_zonder_iets_te_schrijven(gtb):
    nummer = gtb.meld(**VOLLEDIG)
    voor = gtb.momentopname()
    for args in (
        ("--email", "geen-adres"),
        ("--email", "a@b.nl, c@d.nl"),
        ("--email", "a@b.nl\r\nBcc: x@y.nl"),
        ("--aan", "wethouder"),
    ):
        uit = gtb.run("doorsturen", nummer, *args)
        assert uit.exit_code == 2, args
        assert ("geen geldig e-mailadres" in uit.output) or ("Kies uit: clustermanager, aov" in uit.output)
        assert "c@d.nl" not in uit.output and "x@y.nl" not in uit.output  # het adres wordt niet herhaald
    assert uitgaand(gtb) == [] and gtb.momentopname() == voor
    uit = gtb.run("aanvullen", nummer, "--leidinggevende-email", "a.smits@@gemeente")
    assert uit.exit_code == 2 and "--leidinggevende-email" in uit.output and "geen geldig e-mailadres" in uit.output
    assert gtb.momentopname() == voor
    assert gtb.run("doorsturen", "2026-0099").exit_code == 2


def test_een_ingetrokken_incident_gaat_niet_de_deur_uit(gtb):
    nummer = gtb.meld(**VOLLEDIG)
    gtb.ok("intrekken", nummer, "--reden", "dubbel gemeld")
    uit = gtb.run("doorsturen", nummer)
    assert uit.exit_code == 2 and "ingetrokken" in uit.output
    assert uitgaand(gtb) == []


def test_termijnen_toont_wat_nog_niet_naar_de_clustermanager_ging(gtb):
    nummer = gtb.meld(**VOLLEDIG)  # vrijdag 20 november 2026
    termijnen = gtb.json("termijnen", "--peildatum", "2026-11-23")
    [item] = [t for t in termijnen if t["soort"] == "doorsturen"]
    assert item["incident"] == nummer
    assert item["uiterlijk"] == "2026-11-23"  # één werkdag: het weekend telt niet
    assert "agressie doorsturen" in gtb.ok("termijnen", "--peildatum", "2026-11-24")
    gtb.ok("doorsturen", nummer)
    # 3.6: het concept is nog niet verstuurd; pas de bevestiging sluit de termijn.
    assert [t for t in gtb.json("termijnen", "--peildatum", "2026-11-24") if t["soort"] == "doorsturen"]
    gtb.ok("doorsturen", nummer, "--verzonden")
    assert not [t for t in gtb.json("termijnen", "--peildatum", "2026-11-24") if t["soort"] == "doorsturen"]


def test_logboek_noemt_de_handeling_zonder_persoonsgegevens(gtb):
    nummer = gtb.meld(**VOLLEDIG)
    zet_aov(gtb)
    gtb.ok("doorsturen", nummer)
    gtb.ok("doorsturen", nummer, "--aan", "aov")
    gtb.ok("doorsturen", nummer, "--aan", "aov", "--verzonden")
    logboek = (gtb.map / "logboek.csv").read_text(encoding="utf-8-sig")
    regels = logboek.splitlines()
    # 3.6: het concept heet concept, doorgestuurd is pas de bevestiging van het versturen.
    assert regels[-3].split(";")[2:4] == ["concept klaargezet voor clustermanager", nummer]
    assert regels[-2].split(";")[2:4] == ["concept klaargezet voor aov", nummer]
    assert regels[-1].split(";")[2:4] == ["doorgestuurd aan aov", nummer]
    for persoonlijk in ("Jürgen", "Österreicher", "Smits", "Jansen", "Rosé", "@geertruidenberg.nl", "Markt"):
        assert persoonlijk not in logboek


def test_mislukt_bewaren_dan_blijft_het_vorige_concept(gtb, monkeypatch):
    from agressie_cli.opslag.excel import ExcelOpslag

    nummer = gtb.meld(**VOLLEDIG)
    pad = Path(gtb.json("doorsturen", nummer)["bestand"])
    eerder = pad.read_bytes()
    gtb.ok("aanvullen", nummer, "--melder", "Kees Dekker")

    def kapot(self, register):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(ExcelOpslag, "bewaar", kapot)
    uit = gtb.run("doorsturen", nummer)
    assert uit.exit_code == 1
    assert pad.read_bytes() == eerder  # het concept van vóór de mislukte poging, niet half of nieuw
    monkeypatch.undo()
    zonder_eerder = gtb.meld(**{**VOLLEDIG, "naam": "Anna de Wit"})
    monkeypatch.setattr(ExcelOpslag, "bewaar", kapot)
    assert gtb.run("doorsturen", zonder_eerder).exit_code == 1
    assert uitgaand(gtb) == [pad.name]


def test_losser_doorsturen_met_gedrag(tmp_path):
    g = maak_gemeente(tmp_path, "losser")
    nummer = g.meld(
        naam="Jan Oude Groote",
        kanaal="telefoon",
        gedrag="C",
        aanhoudend=True,
        leidinggevende="H. Oude Luttikhuis",
        leidinggevende_email="h.oudeluttikhuis@losser.nl",
    )
    tekst = tekst_van(lees_eml(Path(g.json("doorsturen", nummer)["bestand"])))
    assert "Gedrag: C (C-gedrag (jij): schelden, beledigen)" in tekst and "Aanhoudend: ja" in tekst
    assert "Advies volgens het protocol:" in tekst
    # Losser kent geen clustermanager: de leidinggevende heet zo ([rollen] in het profiel).
    assert "Leidinggevende: H. Oude Luttikhuis" in tekst and "Clustermanager" not in tekst
    # Losser registreert via de brieven (Smart Documents) en kent geen termijn om door te sturen.
    tweede = g.meld(naam="Piet Klein", kanaal="balie", gedrag="D")
    assert not [t for t in g.json("termijnen") if t["soort"] == "doorsturen" and t["incident"] == tweede]


def test_register_en_instellingen_van_voor_doorsturen_werken(gtb):
    """Een register zonder de nieuwe kolommen en een agressie.toml zonder [aov] (van vóór 2.7)."""
    nummer = gtb.meld(**{k: v for k, v in VOLLEDIG.items() if k != "leidinggevende_email"})
    wb = openpyxl.load_workbook(gtb.register)
    blad = wb["Incidenten"]
    for kop in ("Doorgestuurd aan AOV-er", "Doorgestuurd aan clustermanager", "E-mail leidinggevende"):
        blad.delete_cols([c.value for c in blad[1]].index(kop) + 1)
    wb.save(gtb.register)
    toml = gtb.map / "agressie.toml"
    tekst = toml.read_text(encoding="utf-8")
    assert "[aov]\n" in tekst and '# email = "aov@gemeente.nl"' in tekst  # init zet de instelling klaar, als uitleg
    toml.write_text(tekst[: tekst.index("[aov]")], encoding="utf-8")

    assert [t for t in gtb.json("termijnen", "--peildatum", "2026-11-23") if t["soort"] == "doorsturen"]
    uit = gtb.run("doorsturen", nummer, "--aan", "aov")
    assert uit.exit_code == 2 and "[aov]" in uit.output
    gtb.ok("aanvullen", nummer, "--leidinggevende-email", "a.smits@geertruidenberg.nl")
    assert gtb.json("doorsturen", nummer)["email"] == "a.smits@geertruidenberg.nl"
    koppen = [c.value for c in openpyxl.load_workbook(gtb.register)["Incidenten"][1]]
    assert {"E-mail leidinggevende", "Doorgestuurd aan clustermanager", "Doorgestuurd aan AOV-er"} <= set(koppen)


def test_opschonen_wist_ook_het_adres_van_de_leidinggevende(gtb):
    """En het e-mailconcept in uitgaand/: dat bevat de hele registratie (2.5 punt 10, 2.7)."""
    nummer = gtb.meld(**{**VOLLEDIG, "datum": "2020-03-02"})
    concept = Path(gtb.json("doorsturen", nummer)["bestand"])
    ander = gtb.meld(**{**VOLLEDIG, "naam": "Nieuw Persoon"})
    ander_concept = Path(gtb.json("doorsturen", ander)["bestand"])
    uitkomst = gtb.json("opschonen", "--uitvoeren", "--peildatum", "2026-11-23")
    assert uitkomst["uitgevoerd"] is True and uitkomst["verwijderde_concepten"] == [concept.name]
    assert not concept.exists() and ander_concept.is_file()
    blad = openpyxl.load_workbook(gtb.register)["Incidenten"]
    koppen = [c.value for c in blad[1]]
    rij = [c.value for c in blad[2]]
    assert rij[koppen.index("Incident")] == nummer
    assert rij[koppen.index("E-mail leidinggevende")] is None and rij[koppen.index("Leidinggevende")] is None
    uit = gtb.run("doorsturen", nummer, "--email", "a.smits@geertruidenberg.nl")
    assert uit.exit_code == 2 and "geanonimiseerd" in uit.output and uitgaand(gtb) == [ander_concept.name]


def test_de_email_spreekt_de_leidinggevende_aan_niet_de_opdrachtregel(gtb):
    """De e-mail is voor de clustermanager: geen sleutels als '(niet-nakomen)' en geen aanwijzingen als '--duur'."""
    nummer = gtb.meld(**VOLLEDIG)
    tekst = tekst_van(lees_eml(Path(gtb.json("doorsturen", nummer)["bestand"])))
    assert "--" not in tekst.replace("\n--", "") and "agressie brief" not in tekst
    assert "(toegangsverbod)" not in tekst


def test_een_naam_als_gecodeerd_woord_verandert_de_ontvanger_niet(gtb):
    """Aanval: '=?utf-8?q?Bcc=3A_x=40y=2Enl?=' als naam van de leidinggevende (formulier of Excel) werd door het
    e-mailpakket gedecodeerd tot de kop 'To: Bcc: x@y.nl <...>': de parser (en Outlook) las x@y.nl als ontvanger,
    terwijl agressie het juiste adres meldde."""
    nummer = gtb.meld(**{**VOLLEDIG, "leidinggevende": "=?utf-8?q?Bcc=3A_x=40y=2Enl?="})
    pad = Path(gtb.json("doorsturen", nummer)["bestand"])
    bericht = lees_eml(pad)
    assert [a.addr_spec for a in bericht["To"].addresses] == ["a.smits@geertruidenberg.nl"]
    assert b"x@y.nl" not in pad.read_bytes().split(b"\r\n\r\n", 1)[0]


def test_opschonen_wist_ook_een_half_geschreven_concept(gtb):
    """Aanval: `doorsturen` gedood tijdens het schrijven laat '.2020-0001-clustermanager.eml-1a2b3c4d.tmp' achter in
    uitgaand/, met de hele registratie; opschonen zocht alleen de eigen naam."""
    nummer = gtb.meld(**{**VOLLEDIG, "datum": "2020-03-02"})
    concept = Path(gtb.json("doorsturen", nummer)["bestand"])
    half = concept.with_name(f".{concept.name}-1a2b3c4d.tmp")
    half.write_bytes(concept.read_bytes()[:200])
    uitkomst = gtb.json("opschonen", "--uitvoeren", "--peildatum", "2026-11-23")
    assert uitkomst["verwijderde_concepten"] == [concept.name, half.name]
    assert list(concept.parent.iterdir()) == []


def test_een_concept_met_uit_elders_wordt_vastgelegd_en_door_opschonen_genoemd(gtb, tmp_path):
    """2.5 punt 10 voor 2.7: een concept dat met --uit buiten uitgaand/ staat, kende niemand meer; opschonen verwijdert
    daar niets (alleen de eigen mappen), maar noemt het nu wel."""
    nummer = gtb.meld(**{**VOLLEDIG, "datum": "2020-03-02"})
    elders = tmp_path / "H-schijf"
    concept = Path(gtb.json("doorsturen", nummer, "--uit", str(elders))["bestand"])
    uitkomst = gtb.json("opschonen", "--uitvoeren", "--peildatum", "2026-11-23")
    assert uitkomst["niet_opgeschoond"]["concepten_elders"] == [str(concept)]
    assert concept.is_file() and uitkomst["verwijderde_concepten"] == []
