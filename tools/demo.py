"""`make demo`: speelt voor beide meegeleverde gemeenten een realistisch scenario, met verzonnen personen.

Gebruik: python tools/demo.py [MAP]   (standaard: demo-uitvoer; de map wordt eerst leeggemaakt)
De demo roept dezelfde commando's aan die een gebruiker typt, en drukt ze af met hun uitvoer.
"""

from __future__ import annotations

import re
import shlex
import shutil
import sys
from datetime import date, timedelta
from pathlib import Path

VANDAAG = date.today()


def dag(dagen_geleden: int) -> str:
    return (VANDAAG - timedelta(days=dagen_geleden)).isoformat()


def kwartaal() -> str:
    return f"{VANDAAG.year}-Q{(VANDAAG.month - 1) // 3 + 1}"


class Demo:
    def __init__(self, map_pad: Path):
        from typer.main import get_command

        from agressie_cli.cli import app

        self.map = map_pad
        self.opdracht = get_command(app)

    def __call__(self, *args: str, verwacht_fout: bool = False) -> int:
        print(f"\n$ agressie {' '.join(shlex.quote(a) for a in args)}", flush=True)
        try:
            terug = self.opdracht.main(["--map", str(self.map), *args], prog_name="agressie", standalone_mode=False)
            code = terug if isinstance(terug, int) else 0
        except SystemExit as einde:
            code = int(einde.code or 0)
        except Exception as fout:  # click-fouten (onbekende optie e.d.)
            print(f"Fout: {fout}")
            code = 2
        if code not in ((2, 1) if verwacht_fout else (0,)):
            raise SystemExit(f"De demo stopt: 'agressie {' '.join(args)}' gaf afsluitcode {code}.")
        return code


def persoon(naam: str, adres: str, postcode: str, plaats: str, **extra) -> list[str]:
    args = ["--naam", naam, "--adres", adres, "--postcode", postcode, "--woonplaats", plaats]
    for sleutel, waarde in extra.items():
        args += [f"--{sleutel.replace('_', '-')}", waarde]
    return args


# Wat de brief over het gedrag zegt, gericht aan de persoon; de omschrijving is intern en komt nooit in een brief.
BRIEFTEKST = {
    "Verhief zijn stem, schold de medewerker uit en sloeg met zijn vuist op de balie.": "U verhief uw stem, schold de medewerker uit en sloeg met uw vuist op de balie.",
    "Dreigde aan de telefoon 'dit gaat u nog berouwen' en bleef schelden.": "U zei aan de telefoon 'dit gaat u nog berouwen' en bleef schelden.",
    "Gooide een stoel om in de wachtruimte en weigerde te vertrekken.": "U gooide een stoel om in de wachtruimte en weigerde te vertrekken.",
    "Kwam ondanks de ontzegging het gemeentehuis binnen en eiste een gesprek.": "U kwam ondanks de ontzegging het gemeentehuis binnen en eiste een gesprek.",
    "Sloeg de consulent in het gezicht tijdens een gesprek over haar uitkering.": "U sloeg de consulent in het gezicht tijdens een gesprek over uw uitkering.",
    "Bleef na drie pogingen om het gesprek om te buigen de medewerker uitschelden.": "U bleef de medewerker uitschelden, ook nadat zij u drie keer had gevraagd daarmee te stoppen.",
    "Belde opnieuw en bleef schelden en beledigen.": "U belde opnieuw en bleef schelden en beledigen.",
    "Bleef aan de balie kritiek leveren op de regels en weigerde te vertrekken.": "U bleef aan de balie kritiek leveren op de regels en weigerde te vertrekken.",
    "Herhaalde het gedrag aan de balie, ondanks de waarschuwing.": "U herhaalde dat gedrag aan de balie, ondanks de waarschuwing.",
    "Dreigde de medewerker iets aan te doen als de aanvraag niet vandaag rond was.": "U dreigde de medewerker iets aan te doen als de aanvraag niet vandaag rond was.",
}


def incident(datum: str, tijd: str, kanaal: str, omschrijving: str, *klasse: str, **extra) -> list[str]:
    args = [
        "--datum",
        datum,
        "--tijd",
        tijd,
        "--kanaal",
        kanaal,
        *klasse,
        "--omschrijving",
        omschrijving,
        "--brieftekst",
        BRIEFTEKST.get(omschrijving, omschrijving),
        "--melder",
        "P. Jansen",
        "--functie",
        "baliemedewerker",
        "--medewerker",
        "P. Jansen",
        "--leidinggevende",
        "K. Smits",
        "--afdeling",
        extra.pop("afdeling", "Burgerzaken"),
        "--geen-politie",
        "--geen-aangifte",
    ]
    for sleutel, waarde in extra.items():
        args += [f"--{sleutel.replace('_', '-')}", waarde]
    return args


def laatste(a: Demo) -> str:
    """Het nummer van het laatst geregistreerde incident (zoals de coördinator het van het scherm leest)."""
    from agressie_cli.opslag.excel import ExcelOpslag

    return ExcelOpslag(a.map / "register.xlsx", None, cache=False).lees().incidenten[-1]["incident"]


def maatregel_van(a: Demo, incident: str) -> str:
    """Het nummer van de geldige maatregel bij een incident (zoals agressie historie het toont)."""
    from agressie_cli.opslag.excel import ExcelOpslag

    register = ExcelOpslag(a.map / "register.xlsx", None, cache=False).lees()
    return next(
        m["maatregel"]
        for m in reversed(register.maatregelen)
        if m["incident"] == incident and m.get("status") in (None, "", "geldig")
    )


def contactpersoon(a: Demo, wie: str) -> None:
    """Wat de coördinator na init in agressie.toml invult: de contactpersoon met een rechtstreeks nummer."""
    toml = a.map / "agressie.toml"
    tekst = re.sub(
        r'^contactpersoon = ".*"$', f'contactpersoon = "{wie}"', toml.read_text(encoding="utf-8"), flags=re.M
    )
    toml.write_text(tekst, encoding="utf-8")
    print(f'(in agressie.toml: contactpersoon = "{wie}")')


def afschriftadressen(a: Demo, **adressen: str) -> None:
    """Wat de coördinator na init onder [afschrift] in agressie.toml invult: de e-mailadressen voor het afschrift van
    een verbod (politie, receptie) en de e-mail bij een verwacht bezoek (interventieteam). Voorbeeldadressen."""
    toml = a.map / "agressie.toml"
    tekst = toml.read_text(encoding="utf-8")
    for sleutel, adres in adressen.items():
        tekst = re.sub(rf'^{sleutel} = ".*"$', f'{sleutel} = "{adres}"', tekst, count=1, flags=re.M)
        print(f'(in agressie.toml: [afschrift] {sleutel} = "{adres}")')
    toml.write_text(tekst, encoding="utf-8")


def geertruidenberg(a: Demo) -> None:
    a(
        "init",
        "--gemeente",
        "geertruidenberg",
        "--ondertekenaar",
        "M.A. van Dongen, algemeen directeur/gemeentesecretaris",
    )
    contactpersoon(a, "de coördinator van het interventieteam, telefoon 0162 - 579 999")
    afschriftadressen(
        a,
        politie="politie@voorbeeld.nl",
        receptie="receptie@voorbeeld.nl",
        interventieteam="interventieteam@voorbeeld.nl",
    )
    jan = persoon("Jan de Vries", "Markt 12", "4941 AB", "Raamsdonksveer", geboortedatum="1979-04-12", aanhef="heer")
    a(
        "melden",
        *jan,
        *incident(
            dag(150),
            "10:30",
            "balie",
            "Verhief zijn stem, schold de medewerker uit en sloeg met zijn vuist op de balie.",
            "--ernst",
            "agressief",
            "--vorm",
            "verbaal",
        ),
    )
    nummers = {"j1": laatste(a)}
    a("advies", nummers["j1"])
    a("brief", nummers["j1"], "--datum", dag(148))
    a(
        "melden",
        "--naam",
        "jan de vries",
        *incident(
            dag(100),
            "14:15",
            "telefoon",
            "Dreigde aan de telefoon 'dit gaat u nog berouwen' en bleef schelden.",
            "--ernst",
            "agressief",
            "--vorm",
            "verbaal",
            afdeling="Sociaal Domein",
        ),
    )
    nummers["j2"] = laatste(a)
    a("advies", nummers["j2"])
    a(
        "brief",
        nummers["j2"],
        "--datum",
        dag(98),
        "--gesprek-datum",
        dag(90),
        "--gesprek-tijd",
        "14:00",
        "--locatie",
        "het gemeentehuis te Raamsdonksveer",
        "--aanwezige",
        "K. Smits (clustermanager)",
        "--aanwezige",
        "P. Jansen",
    )
    a(
        "brief",
        nummers["j2"],
        "--soort",
        "ordegesprek-bevestiging",  # datum, plaats en aanwezigen komen uit de uitnodiging
        "--datum",
        dag(88),
        "--afspraak",
        "U neemt alleen contact op tijdens kantooruren.",
        "--afspraak",
        "U spreekt medewerkers op een normale toon aan.",
    )
    a(
        "melden",
        "--persoon",
        "P0001",
        *incident(
            dag(40),
            "09:50",
            "balie",
            "Gooide een stoel om in de wachtruimte en weigerde te vertrekken.",
            "--ernst",
            "agressief",
            "--vorm",
            "hinderlijk",
            materiele_schade="stoel beschadigd",
        ),
    )
    nummers["j3"] = laatste(a)
    a("advies", nummers["j3"])
    a("brief", nummers["j3"], "--datum", dag(38))
    # 8: de schade aan de stoel op hem verhalen (naast de ontzegging, geen afwijking van het advies).
    a("brief", nummers["j3"], "--soort", "aansprakelijkstelling", "--bedrag", "185,00", "--datum", dag(37))
    a(
        "melden",
        "--persoon",
        "P0001",
        *incident(
            dag(10),
            "11:05",
            "balie",
            "Kwam ondanks de ontzegging het gemeentehuis binnen en eiste een gesprek.",
            "--ernst",
            "licht",
            "--vorm",
            "hinderlijk",
        ),
    )
    nummers["j4"] = laatste(a)
    a("advies", nummers["j4"])
    a("brief", nummers["j4"], "--datum", dag(9), "--overtreding", f"{dag(10)} 11:05")
    fatima = persoon("Fatima el Amrani", "Kerkstraat 3", "4941 CD", "Raamsdonksveer", aanhef="mevrouw")
    a(
        "melden",
        *fatima,
        *incident(
            dag(20),
            "15:40",
            "spreekkamer",
            "Sloeg de consulent in het gezicht tijdens een gesprek over haar uitkering.",
            "--ernst",
            "strafbaar",
            "--vorm",
            "fysiek",
            "--bij-uitvoering",  # de consulent voert haar uitkering uit (Participatiewet art. 13)
            uitkering="participatiewet",
            letsel="kneuzing jukbeen",
            afdeling="Sociaal Domein",
        ),
    )
    nummers["f1"] = laatste(a)
    a("aanvullen", nummers["f1"], "--politie", "--aangifte")
    a("nazorg", nummers["f1"], "--gesprek", dag(19))  # 9.1: de dag na het incident, op tijd
    a("advies", nummers["f1"])
    a(
        "brief",
        nummers["f1"],
        "--soort",
        "toegangs-en-belverbod",
        "--duur",
        "6",
        "--toelichting",
        "Sloeg de consulent in het gezicht: ontzegging met telefonisch contactverbod (6.5) voor 6 maanden, om de consulent ook aan de telefoon te beschermen.",
        "--datum",
        dag(17),
        "--besloten-door",
        "K. Smits, clustermanager",  # 9.1: de clustermanager met de AOV-er
    )
    # Na de brief (3.4): zij reageert schriftelijk, en vraagt later om inzage in haar dossier (AVG art. 15).
    f1_verbod = maatregel_van(a, nummers["f1"])
    a("reactie", f1_verbod, "--datum", dag(12), "--vorm", "schriftelijk", "--samenvatting", "betreurt het voorval")
    a(
        "herzien",
        f1_verbod,
        "--uitkomst",
        "handhaven",
        "--datum",
        dag(10),
        "--reden",
        "Fysiek geweld tegen de consulent; de reactie verandert dat niet.",
    )
    a("inzage", "Fatima el Amrani", "--verzoek", dag(6), "--datum", dag(2))
    # Wat het protocol verder oplegt, blijft op termijnen staan tot het is vastgelegd (7, 9.1, 9.2, 6.8).
    a("aangifte", nummers["f1"], "--datum", dag(18))
    a("verplichtingen", nummers["f1"], "--nabespreking", dag(18), "--overdracht-uitkering", dag(16))
    a("melden", "--naam", "Kees Bakker", "--kanaal", "spreekkamer", "--ernst", "licht", "--datum", dag(3))
    nummers["k1"] = laatste(a)
    a("advies", nummers["k1"])
    a("maatregel", nummers["k1"], "--soort", "registratie")
    a("melden", "--naam", "J. de Vries", "--kanaal", "telefoon", "--ernst", "agressief", "--datum", dag(1))
    # 4.2: de registratie per e-mail naar de clustermanager (een concept in uitgaand/, te openen in Outlook)
    a("aanvullen", laatste(a), "--leidinggevende", "K. Smits", "--leidinggevende-email", "k.smits@geertruidenberg.nl")
    a("doorsturen", laatste(a))
    a("historie", "Jan de Vries")
    a("verboden")
    a("termijnen")
    a("lijst")
    a("rapport", "--kwartaal", kwartaal())


def losser(a: Demo) -> None:
    a("init", "--gemeente", "losser", "--ondertekenaar", "R.J. Meijerink, gemeentesecretaris")
    contactpersoon(a, "de klachtcontactpersoon van het team, telefoon 053 - 537 7444")

    piet = persoon("Piet Klaassen", "Gronausestraat 40", "7581 CE", "Losser", aanhef="heer")
    a(
        "melden",
        *piet,
        *incident(
            dag(90),
            "10:00",
            "telefoon",
            "Bleef na drie pogingen om het gesprek om te buigen de medewerker uitschelden.",
            "--gedrag",
            "C",
            "--aanhoudend",
            "--vorm",
            "verbaal",
        ),
    )
    p1 = laatste(a)
    a("advies", p1)
    a("brief", p1, "--datum", dag(88))
    a(
        "melden",
        "--persoon",
        "P0001",
        *incident(
            dag(30),
            "16:20",
            "telefoon",
            "Belde opnieuw en bleef schelden en beledigen.",
            "--gedrag",
            "C",
            "--aanhoudend",
            "--vorm",
            "verbaal",
        ),
    )
    p2 = laatste(a)
    a("advies", p2)
    # 5.2: "De leidinggevende en betrokken medewerker bepalen in overleg de duur": de toelichting zegt in de brief
    # waarom deze duur (3.4).
    a(
        "brief",
        p2,
        "--duur",
        "3",
        "--datum",
        dag(28),
        "--toelichting",
        "u bleef ook na onze waarschuwing telefonisch schelden en beledigen",
    )
    anna = persoon("Anna Smit", "Raadhuisplein 7", "7581 AG", "Losser", aanhef="mevrouw")
    a(
        "melden",
        *anna,
        *incident(
            dag(60),
            "11:45",
            "balie",
            "Bleef aan de balie kritiek leveren op de regels en weigerde te vertrekken.",
            "--gedrag",
            "B",
            "--aanhoudend",
            "--vorm",
            "hinderlijk",
        ),
    )
    a1 = laatste(a)
    a("brief", a1, "--datum", dag(58))
    a(
        "melden",
        "--persoon",
        "P0002",
        *incident(
            dag(20),
            "09:15",
            "balie",
            "Herhaalde het gedrag aan de balie, ondanks de waarschuwing.",
            "--gedrag",
            "B",
            "--aanhoudend",
            "--vorm",
            "hinderlijk",
        ),
    )
    a2 = laatste(a)
    a("advies", a2)
    a(
        "brief",
        a2,
        "--duur",
        "2",
        "--datum",
        dag(18),
        "--toelichting",
        "het gedrag was hinderlijk, maar niet bedreigend; een korte periode is daarom voldoende",
    )
    # Na de brief (3.4): Anna Smit reageert en vraagt het verbod op te heffen; de herziening heft het op, met de brief
    # die zegt dat het verbod terugkomt bij nieuw gedrag.
    a2_verbod = maatregel_van(a, a2)
    a("reactie", a2_verbod, "--datum", dag(12), "--vorm", "mondeling", "--samenvatting", "excuses aangeboden")
    a("verzoek", a2_verbod, "--datum", dag(12), "--samenvatting", "vraagt het verbod op te heffen")
    a(
        "herzien",
        a2_verbod,
        "--uitkomst",
        "opheffen",
        "--datum",
        dag(5),
        "--reden",
        "Excuses aangeboden en sinds het verbod geen incidenten meer.",
    )
    a("brief", a2_verbod, "--soort", "herziening", "--datum", dag(5))
    henk = persoon("Henk Jansen", "Oldenzaalsestraat 5", "7581 PB", "Losser", aanhef="heer")
    a(
        "melden",
        *henk,
        *incident(
            dag(5),
            "13:30",
            "balie",
            "Dreigde de medewerker iets aan te doen als de aanvraag niet vandaag rond was.",
            "--gedrag",
            "D",
            "--vorm",
            "verbaal",
        ),
    )
    h1 = laatste(a)
    a("aanvullen", h1, "--politie", "--aangifte")
    a("advies", h1)
    a(
        "brief",
        h1,
        "--duur",
        "6",
        "--datum",
        dag(4),
        "--toelichting",
        "u dreigde een medewerker iets aan te doen; dat is ernstig, en daarom geldt een periode van een half jaar",
    )
    a(
        "melden",
        "--naam",
        "Sanne Visser",
        "--kanaal",
        "huisbezoek",
        "--gedrag",
        "E",
        "--datum",
        dag(3),
        "--omschrijving",
        "Zei zichzelf iets aan te doen.",
    )
    s1 = laatste(a)
    a("advies", s1)
    a("brief", s1, verwacht_fout=True)
    a("melden", "--naam", "Ria Bos", "--kanaal", "balie", "--gedrag", "A", "--niet-aanhoudend", "--datum", dag(1))
    a("advies", laatste(a))
    a("historie", "Piet Klaassen")
    a("verboden")
    a("termijnen")
    a("rapport", "--kwartaal", kwartaal())


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    basis = Path(argv[0] if argv else "demo-uitvoer").resolve()
    if basis.exists():
        shutil.rmtree(basis)
    basis.mkdir(parents=True)
    for naam, scenario in (("geertruidenberg", geertruidenberg), ("losser", losser)):
        print(f"\n{'=' * 78}\nGemeente {naam.capitalize()}: {basis / naam}\n{'=' * 78}", flush=True)
        scenario(Demo(basis / naam))
    print(f"\n{'=' * 78}\nKlaar. Alles staat in {basis}:")
    for naam in ("geertruidenberg", "losser"):
        map_pad = basis / naam
        print(f"  {naam}:")
        print(f"    register:  {map_pad / 'register.xlsx'}")
        print(f"    brieven:   {map_pad / 'brieven'} ({len(list((map_pad / 'brieven').glob('*.docx')))} stuks)")
        print(f"    rapport:   {next((map_pad / 'rapporten').glob('*.xlsx'))}")


if __name__ == "__main__":
    main()
