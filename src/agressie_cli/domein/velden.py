"""De velden van het register, één keer: sleutel in de code, kop en breedte in Excel, type, keuzes, de optie
waarmee de gebruiker het veld invult, de helptekst en de vraag als het ontbreekt. De opdrachtregel (opties en
vragen), de Excel-opslag (kolommen, breedtes, keuzelijsten) en de controle van de invoer volgen uit deze tabel."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Protocol

from agressie_cli.domein.ambtsdrager import AMBTEN
from agressie_cli.domein.datums import EERSTE_JAAR, LAATSTE_JAAR, lees_datum, lees_tijd
from agressie_cli.domein.fouten import LABELS, InvoerFout


class Profiel(Protocol):
    """Wat de veldtabel van het profiel (domein/profiel.py) gebruikt: de classificatie en haar waarden. Een Protocol,
    geen import: profiel.py leest de veldtabel (de sleutels van een profiel, profielschema.py), dus niet andersom."""

    @property
    def naam(self) -> str: ...

    @property
    def classificatie(self) -> str: ...

    @property
    def klassen(self) -> dict[str, str]: ...


KANALEN = ["balie", "spreekkamer", "telefoon", "schriftelijk", "huisbezoek", "bedrijfscontrole", "elders"]
VORMEN = ["verbaal", "fysiek", "discriminatie", "seksuele-intimidatie", "hinderlijk"]
UITKERINGEN = ["participatiewet", "ioaw", "ioaz"]
AANHEFFEN = ("heer", "mevrouw", "neutraal")
STATUSSEN = ["gemeld", "compleet", "maatregel besloten", "brief gemaakt", "brief verstuurd", "afgehandeld", "vervallen"]
# Een maatregel is geldig, vervangen (door een nieuwe brief over hetzelfde) of ingetrokken (met reden en datum).
MAATREGELSTATUSSEN = ("geldig", "vervangen", "ingetrokken")
# Hoe de coördinator een melding van het web beoordeelde (3.5).
BEOORDELINGEN = ("te beoordelen", "aanvaard", "samengevoegd", "afgewezen")
# 3.1: aangetekend-en-post, zoals een verbod verzonden wordt (Geertruidenberg 6.4 "per aangetekende en reguliere post").
VERZENDWIJZEN = ("post", "aangetekend", "email", "overhandigd", "aangetekend-en-post")
JA_NEE = ("ja", "nee")
# Verplichtingen (3.1): waarom iets niet gebeurt, als feit uit een vaste lijst (geen aantekeningen; AVG).
REDENEN_GEEN_AANGIFTE = ("geen-strafbaar-feit", "afgezien-in-overleg", "politie-neemt-niet-op", "dader-onbekend")
REDENEN_GEEN_VERHAAL = ("al-vergoed", "dader-onbekend", "te-gering", "afgezien-in-overleg")
REDENEN_NIET_BESPROKEN = ("geen-instemming",)
SCHEMA_VERSIE = 1
BLADEN = ("Incidenten", "Personen", "Maatregelen")

MAX_TEKST = 32000  # Excel bewaart hoogstens 32.767 tekens in een cel
# Een keuzelijst in Excel (gegevensvalidatie met een lijst in de formule, "a,b,c") mag samen hoogstens 255 tekens
# hebben; daarboven meldt Excel bij het openen een fout en haalt de lijst weg. De komma scheidt de keuzes, dus een
# keuze met een komma (of een aanhalingsteken, het einde van de formule) valt uiteen.
MAX_KEUZELIJST = 255
_STUURTEKENS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")
_POSTCODE = re.compile(r"^(\d{4})\s*([A-Za-z]{2})$")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
# Een adres voor de kop van een e-mail (doorsturen, 2.7): alleen tekens die in een adres horen, zodat één waarde nooit
# twee ontvangers of een extra kopregel wordt (komma, puntkomma, haken, aanhalingstekens, regeleinden).
_EMAILADRES = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


@dataclass(frozen=True)
class Veld:
    sleutel: str
    kop: str  # kop van de kolom in Excel
    type: str = "tekst"  # tekst, datum, tijd, moment, janee, keuze, lijst, duur
    breedte: int = 14
    keuzes: tuple[str, ...] = ()
    optie: str | None = None  # waarmee de gebruiker het invult (melden/aanvullen); None: agressie vult het zelf
    uit: str | None = None  # de tegenhanger van een ja/nee-optie ("--geen-politie")
    hulp: str = ""
    vraag: str | None = None  # de vraag aan een mens aan de terminal als het verplichte veld ontbreekt
    herhaalbaar: bool = False
    persoon: bool = False  # hoort bij de persoon (blad Personen), niet bij het incident
    scheiding: str = ", "  # tussen de waarden van een lijst in één cel; "\n" als een waarde zelf een komma kan hebben
    # Beleid van het veld (3.2): hier, niet in een lijst elders, zodat een nieuw veld één regel blijft.
    # persoonsgegeven: `opschonen --uitvoeren` maakt het leeg bij een geanonimiseerde persoon (lijst: [], anders None).
    # Vrije tekst en namen zijn persoonsgegevens (ook van medewerkers); datums van een stap en keuzes uit een vaste
    # lijst niet (die tellen mee in de cijfers en in wat het protocol oplegt).
    persoonsgegeven: bool = False
    # alleen_feit: bij opschonen blijft van de beschrijving alleen of er iets was ("ja"/"nee"), voor de kwartaalcijfers.
    alleen_feit: bool = False
    # Het meldformulier (2.7): een veld met een optie staat erop, tenzij op_formulier False is (wat een medewerker
    # meestal niet weet of wat bij de brief hoort; de coördinator vult het aan). De vraag in gewone taal (zonder:
    # de kop van de kolom) en de toelichting ernaast (zonder: de keuzes, of "Kies ja of nee.").
    op_formulier: bool = True
    formuliervraag: str | None = None
    formuliertoelichting: str = ""
    # De vormen van --json waarin het veld staat, in de volgorde van de kolommen (domein/jsonvorm.py: "lijst",
    # "historie", "maatregel", "melden", "persoon"), onder json_sleutel (zonder: de sleutel). Een nieuw veld dat een
    # gebruiker in de lijst, de historie of bij de maatregel moet zien, is zo één regel (3.2).
    json: tuple[str, ...] = ()
    json_sleutel: str | None = None

    @property
    def json_naam(self) -> str:
        """De sleutel van het veld in --json: json_sleutel, anders de sleutel in de code (en de kolom)."""
        return self.json_sleutel or self.sleutel

    @property
    def parameter(self) -> str:
        """De naam van de parameter van de optie: '--materiele-schade' -> 'materiele_schade'."""
        return (self.optie or self.sleutel).lstrip("-").replace("-", "_")


def _ja_nee(sleutel: str, kop: str, breedte: int, optie: str, uit: str, hulp: str, **beleid: Any) -> Veld:
    return Veld(sleutel, kop, "janee", breedte, JA_NEE, optie=optie, uit=uit, hulp=hulp, **beleid)


# De vormen van --json (domein/jsonvorm.py) waarin een veld staat.
_LIJST = ("lijst",)  # agressie lijst --json
_INCIDENT_OVERAL = ("lijst", "historie", "melden")  # het nummer en de datum van het incident
_LIJST_HISTORIE = ("lijst", "historie")
_MAATREGEL_OVERAL = ("maatregel", "historie")  # maatregel --json, brief --json en de maatregelen in historie --json
_MAATREGEL_VERBOD = (*_MAATREGEL_OVERAL, "verboden")  # ook bij elk lopend verbod in verboden --json

# Blad Incidenten, in de volgorde van de kolommen. Ernst óf gedrag en aanhoudend: zie kolommen_van.
INCIDENT = (
    Veld("incident", "Incident", breedte=11, json=_INCIDENT_OVERAL),
    Veld("status", "Status", "keuze", 18, tuple(STATUSSEN), json=("melden",)),  # lijst, historie: na de klasse
    Veld(
        "datum",
        "Datum",
        "datum",
        12,
        optie="--datum",
        hulp="Datum van het incident, JJJJ-MM-DD of DD-MM-JJJJ (standaard vandaag). Voorbeeld: --datum 17-11-2026",
        formuliervraag="Datum van het incident",
        formuliertoelichting="Bijvoorbeeld 24-11-2026",
        json=_INCIDENT_OVERAL,
    ),
    Veld(
        "tijd",
        "Tijd",
        "tijd",
        7,
        optie="--tijd",
        hulp="Tijdstip UU:MM. Voorbeeld: --tijd 10:30",
        formuliervraag="Tijdstip",
        formuliertoelichting="Bijvoorbeeld 10:30",
        json=_LIJST_HISTORIE,
    ),
    Veld("persoon", "Persoon", breedte=9, json=("lijst", "melden")),
    Veld(
        "naam",
        "Naam",
        breedte=24,
        optie="--naam",
        vraag="Naam van de persoon",
        hulp='Naam van de persoon (agressor). Voorbeeld: --naam "Jan de Vries"',
        persoonsgegeven=True,
        formuliertoelichting="Nodig om te registreren.",
        json=_LIJST,
    ),
    Veld(
        "kanaal",
        "Kanaal",
        "keuze",
        16,
        tuple(KANALEN),
        optie="--kanaal",
        vraag=f"Kanaal ({', '.join(KANALEN)})",
        hulp="balie, spreekkamer, telefoon, schriftelijk, huisbezoek, bedrijfscontrole of elders. Voorbeeld: --kanaal balie",
        formuliervraag="Waar of hoe gebeurde het?",
        json=_LIJST_HISTORIE,
    ),
    Veld(
        "ernst",
        "Ernst",
        "keuze",
        11,
        optie="--ernst",
        vraag="Ernst (licht, agressief, strafbaar)",
        hulp="Profiel Geertruidenberg: licht, agressief of strafbaar. Voorbeeld: --ernst agressief",
        formuliervraag="Hoe ernstig was het?",
        json=_LIJST_HISTORIE,
    ),
    Veld(
        "gedrag",
        "Gedrag",
        "keuze",
        9,
        optie="--gedrag",
        vraag="Gedrag (A, B, C, D of E)",
        hulp="Profiel Losser: A, B, C, D of E. Voorbeeld: --gedrag C --aanhoudend",
        formuliervraag="Welk gedrag (A tot en met E)?",
        json=_LIJST_HISTORIE,
    ),
    _ja_nee(
        "aanhoudend",
        "Aanhoudend",
        12,
        "--aanhoudend",
        "--niet-aanhoudend",
        "Profiel Losser: hield A/B/C-gedrag aan na 3-4 pogingen om het om te buigen? Voorbeeld: --gedrag C --aanhoudend",
        formuliervraag="Hield het gedrag aan, ook na 3 of 4 pogingen om het om te buigen?",
        formuliertoelichting="Alleen bij A-, B- of C-gedrag.",
    ),
    Veld(
        "vorm",
        "Vorm",
        "lijst",
        20,
        tuple(VORMEN),
        optie="--vorm",
        herhaalbaar=True,
        hulp="Herhaalbaar: verbaal, fysiek, discriminatie, seksuele-intimidatie, hinderlijk. Voorbeeld: --vorm verbaal --vorm fysiek",
        formuliervraag="Vorm van agressie",
        json=("historie",),
        formuliertoelichting="Kies uit de lijst. Meer dan één: typ ze met een komma ertussen, bijvoorbeeld: verbaal, fysiek",
    ),
    Veld(
        "brieftekst",
        "Brieftekst",
        breedte=50,
        optie="--brieftekst",
        hulp='De beschrijving van het gedrag zoals die in de brief staat, gericht aan de persoon (de omschrijving komt nooit in een brief). Voorbeeld: --brieftekst "U schreeuwde tegen de medewerker en sloeg op de balie."',
        persoonsgegeven=True,
        op_formulier=False,
    ),
    Veld(
        "omschrijving",
        "Omschrijving",
        breedte=50,
        optie="--omschrijving",
        hulp='Wat deed en zei de persoon, aanleiding, wat gebeurde daarna. Voorbeeld: --omschrijving "Schold de medewerker uit"',
        persoonsgegeven=True,
        formuliervraag="Wat gebeurde er?",
        formuliertoelichting="Wat deed en zei de persoon, hoe kwam dat over en wat gebeurde er daarna?",
    ),
    # Wat de politie bij een aangifte vraagt (2.6): waarmee en waarom. Leeg: het document zegt "niet geregistreerd".
    Veld(
        "waarmee",
        "Waarmee",
        breedte=20,
        optie="--waarmee",
        hulp='Waarmee: een wapen of voorwerp dat de persoon gebruikte of toonde (voor de aangifte). Voorbeeld: --waarmee "een schaar"',
        persoonsgegeven=True,
        formuliervraag="Met een wapen of voorwerp? Welk?",
    ),
    Veld(
        "aanleiding",
        "Aanleiding",
        breedte=30,
        optie="--aanleiding",
        hulp='Waarom: de aanleiding volgens de medewerker (voor de aangifte). Voorbeeld: --aanleiding "aanvraag bijzondere bijstand afgewezen"',
        persoonsgegeven=True,
        formuliervraag="Wat was de aanleiding?",
    ),
    Veld(
        "melder",
        "Melder",
        breedte=20,
        optie="--melder",
        hulp='Naam van de melder. Voorbeeld: --melder "P. Jansen"',
        persoonsgegeven=True,
        formuliervraag="Uw naam",
    ),
    Veld(
        "functie",
        "Functie melder",
        breedte=18,
        optie="--functie",
        hulp="Functie van de melder. Voorbeeld: --functie baliemedewerker",
        persoonsgegeven=True,
        formuliervraag="Uw functie",
    ),
    Veld(
        "medewerker",
        "Betrokken medewerkers",
        "lijst",
        26,
        optie="--medewerker",
        herhaalbaar=True,
        hulp='Herhaalbaar: betrokken medewerker(s). Voorbeeld: --medewerker "P. Jansen"',
        persoonsgegeven=True,
        formuliertoelichting="Namen, met een komma ertussen. Bijvoorbeeld: P. Jansen, K. Smits",
    ),
    Veld(
        "afdeling",
        "Afdeling",
        breedte=16,
        optie="--afdeling",
        hulp="Afdeling of cluster. Voorbeeld: --afdeling Burgerzaken",
        formuliervraag="Uw afdeling",
    ),
    Veld(
        "leidinggevende",
        "Leidinggevende",
        breedte=20,
        optie="--leidinggevende",
        hulp='Leidinggevende/clustermanager. Voorbeeld: --leidinggevende "K. Smits"',
        persoonsgegeven=True,
        formuliervraag="Uw leidinggevende",
    ),
    Veld(
        "leidinggevende_email",
        "E-mail leidinggevende",
        breedte=24,
        optie="--leidinggevende-email",
        hulp="E-mailadres van de leidinggevende/clustermanager: agressie doorsturen maakt de e-mail aan dit adres (Geertruidenberg 4.2). Voorbeeld: --leidinggevende-email k.smits@gemeente.nl",
        persoonsgegeven=True,
        formuliervraag="E-mailadres van uw leidinggevende",
    ),
    Veld(
        "letsel",
        "Lichamelijk letsel",
        breedte=18,
        optie="--letsel",
        hulp="Lichamelijk letsel (beschrijving; 'nee' = geen). Voorbeeld: --letsel \"kneuzing pols\"",
        persoonsgegeven=True,
        alleen_feit=True,
        formuliertoelichting="Beschrijf het letsel, of 'nee'.",
    ),
    Veld(
        "psychisch",
        "Psychische klachten",
        breedte=18,
        optie="--psychisch",
        hulp='Psychische klachten (beschrijving). Voorbeeld: --psychisch "slaapt slecht"',
        persoonsgegeven=True,
        alleen_feit=True,
        formuliertoelichting="Beschrijf de klachten, of 'nee'.",
    ),
    Veld(
        "materiele_schade",
        "Materiële schade",
        breedte=18,
        optie="--materiele-schade",
        hulp='Materiële schade (beschrijving). Voorbeeld: --materiele-schade "balieruit gebroken"',
        persoonsgegeven=True,
        alleen_feit=True,
        formuliertoelichting="Wat is er kapot of beschadigd?",
    ),
    _ja_nee(
        "politie",
        "Politie ingeschakeld",
        10,
        "--politie",
        "--geen-politie",
        "Is de politie ingeschakeld? Voorbeeld: --politie (of --geen-politie)",
        formuliervraag="Is de politie ingeschakeld? Hoe ging dat?",
        formuliertoelichting="Kies ja of nee; vertel bij 'Wat gebeurde er?' hoe het verliep.",
    ),
    _ja_nee(
        "aangifte",
        "Aangifte",
        10,
        "--aangifte",
        "--geen-aangifte",
        "Is (of wordt) aangifte gedaan? Voorbeeld: --aangifte (of --geen-aangifte)",
        formuliervraag="Wordt er aangifte gedaan?",
    ),
    Veld(
        "uitkering",
        "Uitkering",
        "keuze",
        15,
        tuple(UITKERINGEN),
        optie="--uitkering",
        hulp="participatiewet, ioaw of ioaz: de brief noemt dan de mogelijke verlaging. Voorbeeld: --uitkering participatiewet",
        op_formulier=False,
    ),
    _ja_nee(
        "bij_uitvoering",
        "Bij uitvoering uitkering",
        12,
        "--bij-uitvoering",
        "--niet-bij-uitvoering",
        "Was het incident tegenover iemand die deze uitkering uitvoert (Participatiewet art. 13)? Alleen dan kan de uitkering verlaagd worden. Voorbeeld: --uitkering participatiewet --bij-uitvoering",
        op_formulier=False,
    ),
    _ja_nee(
        "ambtsdrager",
        "Politiek ambtsdrager",
        10,
        "--politiek-ambtsdrager",
        "--geen-politiek-ambtsdrager",
        "Was de agressie gericht tegen een politiek ambtsdrager (48-uurstermijn burgemeester)? Voorbeeld: --politiek-ambtsdrager",
        formuliervraag="Was het gericht tegen een politiek ambtsdrager?",
        formuliertoelichting="Bijvoorbeeld de burgemeester, een wethouder of een raadslid.",
    ),
    # Welk ambt (3.1, Losser 9): tegen de burgemeester beslist en tekent de (loco)gemeentesecretaris, en de brief noemt
    # de rol ("een wethouder"). --ambt zegt ook --politiek-ambtsdrager (domein/ambtsdrager.py: leg_ambt_uit).
    # Geen persoonsgegeven: een rol uit een vaste lijst, net als ja/nee politiek ambtsdrager; blijft na opschonen.
    Veld(
        "ambt",
        "Ambt",
        "keuze",
        13,
        AMBTEN,
        optie="--ambt",
        hulp="Welk ambt de politiek ambtsdrager heeft: burgemeester, wethouder, raadslid of commissielid (ook "
        "plaatsvervangend). Zegt ook --politiek-ambtsdrager. Voorbeeld: --ambt wethouder",
        formuliervraag="Welk ambt heeft de politiek ambtsdrager?",
        formuliertoelichting="Kies uit de lijst; een (plaatsvervangend) lid van een raadscommissie is commissielid.",
    ),
    # Losser 9: de formele (schriftelijke) reactie aan de inwoner binnen 48 uur, ook als de maatregel een registratie is.
    # Gevuld door agressie nazorg --reactie; vinkt 'reactie burgemeester' op agressie termijnen af (een brief ook).
    # Een datum van een stap, geen persoonsgegeven (zoals de nazorg hieronder): blijft na opschonen.
    Veld("reactie_burgemeester", "Reactie burgemeester", "datum", 12),
    _ja_nee(
        "bezoekers_getuige",
        "Bezoekers getuige",
        10,
        "--bezoekers-getuige",
        "--geen-bezoekers-getuige",
        "Waren klanten of bezoekers aanwezig of getuige (Geertruidenberg 9.1: de AOV-er vangt hen op)? Geen namen. Voorbeeld: --bezoekers-getuige",
    ),
    Veld("ontbrekend", "Ontbrekend", breedte=30),
    Veld("geregistreerd", "Geregistreerd op", "moment", 17),
    Veld("gewijzigd", "Gewijzigd op", "moment", 17),
    # Het meldformulier (2.7): de vingerafdruk van een geregistreerd formulier (`melden --formulier` vult hem),
    # zodat hetzelfde formulier niet twee keer een incident wordt. Een persoonsgegeven: een hash van de antwoorden,
    # ook van de naam (te raden).
    Veld("formulier", "Meldformulier", breedte=20, persoonsgegeven=True),
    # Het meldformulier op het web (3.5): het account dat meldde, zodat een medewerker de status van zijn eigen
    # meldingen ziet. Een persoonsgegeven (de naam van een medewerker); nooit getoond aan een ander.
    Veld("gemeld_door", "Gemeld via web door", breedte=16, persoonsgegeven=True),
    # Een melding op het web wacht op de coördinator (3.5): 'te beoordelen', dan 'aanvaard' (het incident gaat door,
    # met hetzelfde nummer), 'samengevoegd' (met het incident in «samengevoegd_met»; de melding vervalt) of 'afgewezen'
    # (met een reden; de melding vervalt, maar blijft bewaard). Wie besliste en waarom: persoonsgegevens.
    Veld("beoordeling", "Beoordeling webmelding", "keuze", 14, BEOORDELINGEN),
    Veld("samengevoegd_met", "Samengevoegd met", breedte=11),
    Veld("beoordeling_reden", "Reden beoordeling", breedte=30, persoonsgegeven=True),
    Veld("beoordeeld_door", "Beoordeeld door", breedte=16, persoonsgegeven=True),
    # Doorsturen (2.7, Geertruidenberg 4.2): wanneer de e-mail aan clustermanager en AOV-er verstuurd is, zoals de
    # coördinator bevestigt met agressie doorsturen --verzonden (tot 3.6 de datum waarop het concept gemaakt werd:
    # een oude datum blijft gelden). Het concept zelf (agressie doorsturen) zet alleen 'Concept ... klaargezet' (3.6).
    Veld("concept_clustermanager", "Concept aan clustermanager klaargezet", "datum", 14),
    Veld("doorgestuurd", "Doorgestuurd aan clustermanager", "datum", 14),
    Veld("concept_aov", "Concept aan AOV-er klaargezet", "datum", 14),
    Veld("doorgestuurd_aov", "Doorgestuurd aan AOV-er", "datum", 14),
    # Waar doorsturen --uit het e-mailconcept neerzette, buiten uitgaand/: opschonen noemt het daar (2.5 punt 10) en
    # maakt de kolom daarna leeg (persoonsgegeven: de map van een e-mail met de hele registratie).
    Veld("concept_map", "Map e-mailconcept", "lijst", 30, scheiding="\n", persoonsgegeven=True),
    # Nazorg (2.6: Geertruidenberg 9.1 en 9.2, Losser 8 en 8.1): alleen datums, geen aantekeningen (AVG). Gevuld door
    # agressie nazorg; elk vinkt zijn punt op agressie termijnen af.
    Veld("nazorg_gesprek", "Nazorg gesprek", "datum", 12),
    Veld("nazorg_hulpverlening", "Nazorg hulpverlening", "datum", 12),
    Veld("nazorg_afgerond", "Nazorg afgerond", "datum", 12),
    # Verplichtingen (3.1): wat de protocollen opleggen, afgevinkt met agressie verplichtingen. Alleen datums en een
    # reden uit een vaste lijst, geen aantekeningen (AVG). Geen persoonsgegevens dus: ze blijven na opschonen, zodat
    # wat het protocol oplegde en wat er gebeurde ook later nog te tellen is (zoals de nazorg hierboven).
    Veld("politie_melding", "Melding politie", "datum", 12),
    Veld("reden_geen_aangifte", "Reden geen aangifte", "keuze", 16, REDENEN_GEEN_AANGIFTE),
    Veld("reden_geen_verhaal", "Reden geen verhaal schade", "keuze", 16, REDENEN_GEEN_VERHAAL),
    Veld("nabespreking", "Nabespreking", "datum", 12),
    Veld("opvang_bezoekers", "Opvang bezoekers (AOV-er)", "datum", 12),
    Veld("herstel_nagegaan", "Herstel nagegaan", "datum", 12),
    Veld("bedrijfsarts", "Verwezen naar bedrijfsarts", "datum", 12),
    Veld("overdracht_uitkering", "Overgedragen aan uitvoering uitkering", "datum", 12),
    Veld("contactpersoon_geraadpleegd", "Contactpersoon geraadpleegd", "datum", 12),
    Veld("vervolgstappen", "Vervolgstappen afgesproken", "datum", 12),
    Veld("hulpinstantie", "Hulpinstantie ingeschakeld", "datum", 12),
    Veld("burgemeester_ingelicht", "Burgemeester of griffier ingelicht", "datum", 12),
    Veld("ambtsdragers_ingelicht", "Politiek ambtsdragers ingelicht", "datum", 12),
    Veld("besproken_college", "Besproken in college/presidium", "datum", 12),
    Veld("reden_niet_besproken", "Reden niet besproken", "keuze", 16, REDENEN_NIET_BESPROKEN),
    # Na de brief (3.4): horen vooraf. De datum van de brief voornemen, de soort die hij aankondigt en het bestand, en
    # de reacties van de persoon erop (agressie reactie INCIDENT), elk "JJJJ-MM-DD vorm: samenvatting".
    Veld("voornemen", "Voornemen verstuurd", "datum", 12),
    Veld("voornemen_soort", "Voornemen soort", breedte=16),
    Veld("voornemensbrief", "Brief voornemen", breedte=40, persoonsgegeven=True),
    Veld("reacties", "Reacties", "lijst", 40, scheiding="\n", persoonsgegeven=True),
    # Bewijs (3.4; Geertruidenberg 8: "het bewijs daarvan goed worden vastgelegd"): per bestand "naam sha256:<hex>";
    # de bestanden zelf staan in bewijs/<incident>/ naast het register (agressie bewijs).
    Veld("bewijs", "Bewijs", "lijst", 40, scheiding="\n", persoonsgegeven=True),
)

PERSOON = (
    Veld("persoon", "Persoon", breedte=9, persoon=True, json=("historie", "persoon")),
    Veld("naam", "Naam", breedte=24, persoon=True, persoonsgegeven=True, json=("historie", "persoon", "verboden")),
    Veld(
        "geboortedatum",
        "Geboortedatum",
        "datum",
        13,
        optie="--geboortedatum",
        persoon=True,
        hulp="Geboortedatum, om personen met dezelfde naam te onderscheiden. Voorbeeld: --geboortedatum 12-03-1980",
        persoonsgegeven=True,
        formuliertoelichting="Als u die weet; om personen met dezelfde naam uit elkaar te houden.",
        json=("historie", "verboden"),
    ),
    Veld(
        "adres",
        "Adres",
        breedte=26,
        optie="--adres",
        persoon=True,
        hulp='Straat en huisnummer. Voorbeeld: --adres "Markt 12"',
        persoonsgegeven=True,
        formuliervraag="Adres (straat en huisnummer)",
    ),
    Veld(
        "postcode",
        "Postcode",
        breedte=9,
        optie="--postcode",
        persoon=True,
        hulp='Voorbeeld: --postcode "4941 AB"',
        persoonsgegeven=True,
    ),
    Veld(
        "woonplaats",
        "Woonplaats",
        breedte=16,
        optie="--woonplaats",
        persoon=True,
        hulp="Voorbeeld: --woonplaats Raamsdonksveer",
        persoonsgegeven=True,
    ),
    Veld(
        "telefoon",
        "Telefoon",
        breedte=14,
        optie="--telefoon",
        persoon=True,
        hulp="Voorbeeld: --telefoon 06-12345678",
        persoonsgegeven=True,
        formuliervraag="Telefoonnummer",
    ),
    Veld(
        "email",
        "E-mail",
        breedte=24,
        optie="--email",
        persoon=True,
        hulp="E-mailadres; is er geen postadres, dan gaat een waarschuwing per e-mail. Voorbeeld: --email jan@example.nl",
        persoonsgegeven=True,
        formuliervraag="E-mailadres",
    ),
    Veld(
        "aanhef",
        "Aanhef",
        "keuze",
        10,
        AANHEFFEN,
        optie="--aanhef",
        persoon=True,
        hulp="heer, mevrouw of neutraal (standaard: 'Geachte heer/mevrouw'). Voorbeeld: --aanhef mevrouw",
        persoonsgegeven=True,
        op_formulier=False,
    ),
    Veld(
        "achternaam",
        "Achternaam",
        breedte=20,
        optie="--achternaam",
        persoon=True,
        hulp='Achternaam voor de aanhef en de bestandsnaam, als die niet goed uit de naam volgt. Voorbeeld: --achternaam "Oude Groote"',
        persoonsgegeven=True,
        op_formulier=False,
    ),
    Veld("niet_dezelfde", "Niet dezelfde als", "lijst", 16, persoon=True),  # agressie samenvoegen --niet
    Veld("geanonimiseerd", "Geanonimiseerd op", "datum", 13, persoon=True),
    # Opgegaan in een andere persoon (samenvoegen, aanvullen --persoon): het nummer blijft bestaan en wordt nooit
    # opnieuw uitgegeven, zodat het logboek en oude aantekeningen niet naar iemand anders gaan wijzen.
    Veld("samengevoegd_in", "Samengevoegd in", breedte=12, persoon=True),
    # Verwacht bezoek (3.4; Geertruidenberg 3.3): een regel per bezoek, "JJJJ-MM-DD" of "JJJJ-MM-DD UU:MM".
    Veld("bezoeken", "Verwacht bezoek", "lijst", 20, scheiding="\n", persoon=True, persoonsgegeven=True),
    # Inzage (3.4; AVG art. 15): "JJJJ-MM-DD verzoek" en "JJJJ-MM-DD verstrekt", en de brieven met het dossier.
    Veld("inzage", "Inzage (AVG)", "lijst", 20, scheiding="\n", persoon=True),
    Veld("inzagebrief", "Brieven inzage", "lijst", 40, scheiding="\n", persoon=True, persoonsgegeven=True),
)

MAATREGEL = (
    Veld("maatregel", "Maatregel", breedte=10, json=_MAATREGEL_VERBOD),
    Veld("incident", "Incident", breedte=11, json=_MAATREGEL_VERBOD),
    Veld("persoon", "Persoon", breedte=9, json=("maatregel",)),
    Veld("soort", "Soort", breedte=20, json=_MAATREGEL_VERBOD),
    Veld("label", "Omschrijving maatregel", breedte=36, json=("historie",)),
    Veld("datum", "Datum besluit/brief", "datum", 12, json=_MAATREGEL_OVERAL),
    Veld("ingang", "Ingang", "datum", 12, json=_MAATREGEL_OVERAL),
    Veld("duur", "Duur (maanden)", "duur", 10, json=("historie",)),
    Veld("einde", "Einde (t/m)", "datum", 12, json=("maatregel",)),
    Veld("aangifte", "Aangifte", "janee", 9, JA_NEE),
    Veld("bestand", "Brief", breedte=40, persoonsgegeven=True, json=_MAATREGEL_OVERAL),
    Veld("advies", "Advies protocol", breedte=18, json=("maatregel",)),
    Veld("afwijking", "Afwijking van advies", "janee", 10, JA_NEE),
    Veld("overtreding", "Overtreding (datum tijd)", breedte=18, persoonsgegeven=True),
    # Het ordegesprek (6.3): de uitnodiging legt het gesprek vast, de bevestiging neemt het over en legt de afspraken vast.
    Veld("gesprek_datum", "Gesprek datum", "datum", 12),
    Veld("gesprek_tijd", "Gesprek tijd", "tijd", 8),
    Veld("locatie", "Gesprek locatie", breedte=24),
    Veld(
        "aanwezigen", "Aanwezigen gesprek", "lijst", 30, scheiding="\n", persoonsgegeven=True
    ),  # namen van medewerkers
    Veld("afspraken", "Afspraken", "lijst", 40, scheiding="\n", persoonsgegeven=True),  # vrije tekst over de persoon
    Veld("toelichting", "Toelichting", breedte=40, persoonsgegeven=True, json=_MAATREGEL_OVERAL),
    # Vergissingen herstellen (2.4): vervangen door een nieuwe brief, ingetrokken met reden, en wanneer verzonden.
    Veld("status", "Status maatregel", "keuze", 12, MAATREGELSTATUSSEN),
    Veld("vervangen_door", "Vervangen door", breedte=12, json=("historie",)),
    # Een verbod dat vervangen is door een zwaarder verbod (3.1: na een overtreding of tijdens het verbod): het blijft een
    # opgelegde maatregel (status geldig, telt mee als eerdere maatregel), maar loopt niet meer vanaf deze dag.
    Veld("vervangen_per", "Vervangen per", "datum", 12, json=("historie",)),
    Veld("ingetrokken", "Ingetrokken op", "datum", 12, json=("historie",)),
    Veld(
        "reden", "Reden intrekken", breedte=30, persoonsgegeven=True, json=("historie",)
    ),  # vrije tekst ("bezwaar van J. de Vries gegrond")
    Veld("verzonden", "Verzonden op", "datum", 12, json=("historie",)),
    Veld("wijze", "Verzonden per", "keuze", 12, VERZENDWIJZEN),
    # Hoe de brief zelf zegt dat hij gaat (aangetekend en per gewone post, per e-mail, overhandigd): agressie brief zet het,
    # agressie verzonden --wijze vergelijkt ermee. Apart van 'Verzonden per', dat pas bij het verzenden gevuld wordt.
    Veld("wijze_brief", "Verzending volgens brief", "keuze", 14, VERZENDWIJZEN),
    # Een brief die met --uit buiten de briefmap is gemaakt: opschonen verwijdert daar niets, maar noemt hem (2.5).
    Veld("map", "Map brief", breedte=30, persoonsgegeven=True),
    # Aansprakelijkstelling (2.6): het geclaimde bedrag in euro's, "1250,00"; leeg als het bedrag nog volgt.
    Veld("bedrag", "Bedrag (EUR)", breedte=12),
    # Na de brief (3.4): de reacties van de persoon (agressie reactie), de verzoeken om het verbod te beëindigen of te
    # herzien (agressie verzoek) en de herzieningen (agressie herzien), elk een regel "JJJJ-MM-DD wat: tekst" in één cel
    # (domein/nabehandeling.py leest ze). Vrije tekst over de persoon: persoonsgegevens. Opgeheven: de laatste dag
    # dat het verbod gold (agressie herzien --uitkomst opheffen); het blijft een opgelegde maatregel.
    Veld("reacties", "Reacties", "lijst", 40, scheiding="\n", persoonsgegeven=True),
    Veld("verzoeken", "Verzoeken", "lijst", 40, scheiding="\n", persoonsgegeven=True),
    Veld("herzieningen", "Herzieningen", "lijst", 40, scheiding="\n", persoonsgegeven=True),
    Veld("opgeheven", "Opgeheven per", "datum", 12, json=("historie",)),
    Veld("herzieningsbrief", "Brieven herziening", "lijst", 40, scheiding="\n", persoonsgegeven=True),
    # Wie besliste (3.4; Geertruidenberg 9.1, Losser 9): "naam, functie", met --besloten-door op maatregel en brief.
    Veld("besloten_door", "Besloten door", breedte=30, persoonsgegeven=True, json=("historie",)),
    # Goedkeuring door een tweede persoon (3.4; profiel: goedkeuring = true): wie ("naam, functie") en wanneer.
    Veld("goedgekeurd_door", "Goedgekeurd door", breedte=30, persoonsgegeven=True, json=("historie",)),
    Veld("goedgekeurd", "Goedgekeurd op", "datum", 12, json=("historie",)),
    # Het afschrift aan politie en receptie (3.4; Losser 5.2): wanneer agressie brief het concept (.eml) klaarzette,
    # wanneer het verstuurd is (agressie verzonden MAATREGEL --afschrift) en wat er nog ontbreekt ('adres politie',
    # 'de brief als PDF'). Zolang het niet verzonden is, staat het op agressie termijnen.
    Veld("afschrift_klaargezet", "Afschrift klaargezet", "datum", 12, json=("historie",)),
    Veld("afschrift_verzonden", "Afschrift verzonden", "datum", 12, json=("historie",)),
    Veld("afschrift_open", "Afschrift open", breedte=24, json=("historie",)),
    # Het ordegesprek na de uitnodiging (3.4; 6.3): gehouden, of de persoon verscheen niet (agressie ordegesprek).
    Veld("gehouden", "Gesprek gehouden op", "datum", 12, json=("historie",)),
    Veld("niet_verschenen", "Niet verschenen op", "datum", 12, json=("historie",)),
)

LOGBOEK = (
    Veld("tijdstip", "Tijdstip", "moment", 18),
    Veld("gebruiker", "Gebruiker", breedte=16),
    Veld("actie", "Actie", breedte=16),
    Veld("nummer", "Nummer", breedte=14),
    Veld("reservekopie", "Reservekopie vooraf", breedte=36),
)

KLASSEVELDEN = {"ernst": ("ernst",), "gedrag": ("gedrag", "aanhoudend")}

# Wat de gebruiker bij melden en aanvullen invult: de incidentvelden met een optie, met de persoonsvelden na de naam.
_INCIDENT_INVOER = [v for v in INCIDENT if v.optie]
_NA_NAAM = [v.sleutel for v in _INCIDENT_INVOER].index("naam") + 1
INVOER = (*_INCIDENT_INVOER[:_NA_NAAM], *(v for v in PERSOON if v.optie), *_INCIDENT_INVOER[_NA_NAAM:])
INCIDENTVELDEN = tuple(v.sleutel for v in INCIDENT if v.optie)
PERSOONSVELDEN = ("naam", *(v.sleutel for v in PERSOON if v.optie))
OPTIE = {v.sleutel: v.optie for v in INVOER if v.optie}


def kolommen_van(blad: str, profiel: Profiel | None) -> list[Veld]:
    """De kolommen van een blad. Op het blad Incidenten alleen de classificatie van het profiel, met zijn waarden."""
    if blad == "Personen":
        return list(PERSOON)
    if blad == "Maatregelen":
        return list(MAATREGEL)
    classificatie = profiel.classificatie if profiel else "ernst"
    klassen = tuple(profiel.klassen) if profiel else ()
    weg = {s for c, sleutels in KLASSEVELDEN.items() if c != classificatie for s in sleutels}
    return [replace(v, keuzes=klassen) if v.sleutel == classificatie else v for v in INCIDENT if v.sleutel not in weg]


def keuzelijst_probleem(keuzes: tuple[str, ...] | list[str]) -> str | None:
    """Waarom deze keuzes geen keuzelijst in Excel kunnen zijn (het register, het meldformulier), of None. Een
    meegeleverde lijst past altijd (tests/opslag/test_afdrukken.py); de waarden van de classificatie van een eigen
    profiel weigert het profiel (domein/profiel.py)."""
    for keuze in keuzes:
        if "," in keuze or '"' in keuze:
            teken = "een komma" if "," in keuze else "een aanhalingsteken"
            return f"de waarde '{keuze}' bevat {teken}; in een keuzelijst van Excel kan dat niet"
    lengte = len(",".join(keuzes))
    if lengte > MAX_KEUZELIJST:
        return (
            f"de waarden zijn samen {lengte} tekens; een keuzelijst in Excel mag er hoogstens {MAX_KEUZELIJST} hebben"
        )
    return None


def verplicht_bij_melden(profiel: Profiel) -> list[str]:
    return ["naam", "kanaal", profiel.classificatie]


def veld(sleutel: str) -> Veld:
    return next(v for v in INVOER if v.sleutel == sleutel)


# --- invoer controleren ------------------------------------------------------------------------


def controleer_tekst(veld: str, waarde: str) -> str:
    """Tekst die in het register komt: geen stuurtekens (Excel kan ze niet bewaren), niet te lang."""
    if _STUURTEKENS.search(waarde):
        raise InvoerFout(
            f"{veld}: de tekst bevat een onzichtbaar stuurteken dat Excel niet kan bewaren. Typ de tekst opnieuw."
        )
    if len(waarde) > MAX_TEKST:
        raise InvoerFout(
            f"{veld}: de tekst is {len(waarde)} tekens lang; een Excel-cel bewaart er hoogstens {MAX_TEKST}."
        )
    return waarde


def controleer_tekstlijst(veld: str, waarden: list[str]) -> list[str]:
    lijst = [controleer_tekst(veld, w.strip()) for w in waarden if w and w.strip()]
    controleer_tekst(veld, "\n".join(lijst))  # in het register samen in één cel: ook samen niet te lang
    return lijst


def _keuze(sleutel: str, waarde: str, keuzes: list[str] | tuple[str, ...]) -> str:
    gekozen = waarde.strip().lower()
    for keuze in keuzes:
        if keuze.lower() == gekozen:
            return keuze
    raise InvoerFout(f"«{sleutel}»: '{waarde}' is onbekend.{bedoelt_u(waarde, keuzes)} Kies uit: {', '.join(keuzes)}.")


def bedoelt_u(waarde: str, keuzes: list[str] | tuple[str, ...]) -> str:
    """ " Bedoelt u 'balie'?" bij een tikfout in een keuze (3.6), of niets als geen keuze er genoeg op lijkt."""
    import difflib

    gekozen = waarde.strip().lower()
    per_kleine_letter = {k.lower(): k for k in keuzes}
    treffer = difflib.get_close_matches(gekozen, list(per_kleine_letter), n=1, cutoff=0.6)
    return f" Bedoelt u '{per_kleine_letter[treffer[0]]}'?" if treffer and len(gekozen) > 1 else ""


def controleer_velden(ruw: dict, profiel: Profiel) -> dict:
    """Zet de opgegeven opties (sleutel -> invoer) om naar registerwaarden. Alleen opgegeven velden komen terug."""
    velden: dict = {}
    per_sleutel = {v.sleutel: v for v in INVOER}
    for sleutel, waarde in ruw.items():
        if waarde is None or (isinstance(waarde, (list, tuple)) and not waarde):
            continue
        v = per_sleutel[sleutel]
        if isinstance(waarde, str) and not waarde.strip() and sleutel != "naam":
            if v.type == "keuze":  # een lege keuze is geen keuze (--ambt ""): weigeren, niet stil overslaan
                keuzes = profiel.klassen if sleutel in KLASSEVELDEN else v.keuzes
                raise InvoerFout(f"«{sleutel}»: leeg is geen keuze. Kies uit: {', '.join(keuzes)}.")
            continue  # alleen spaties of tabs: niet ingevuld
        if isinstance(waarde, str):
            controleer_tekst(f"«{sleutel}»", waarde)
        velden[sleutel] = _omzetten(v, waarde, profiel)
    return velden


def _omzetten(v: Veld, waarde: Any, profiel: Profiel) -> Any:
    sleutel = v.sleutel
    if sleutel in KLASSEVELDEN:
        if profiel.classificatie != sleutel:
            raise InvoerFout(
                f"«{sleutel}» hoort niet bij het profiel {profiel.naam}; dit register gebruikt «{profiel.classificatie}» "
                f"({', '.join(profiel.klassen)})."
            )
        return _keuze(sleutel, waarde, list(profiel.klassen))
    if sleutel == "aanhoudend" and profiel.classificatie != "gedrag":
        raise InvoerFout(f"«aanhoudend»/«niet_aanhoudend» hoort bij het gedragsprofiel (A-E), niet bij {profiel.naam}.")
    if v.type == "datum":
        try:
            d = lees_datum(waarde, f"«{sleutel}»")
        except InvoerFout:
            if sleutel != "geboortedatum":
                raise
            raise InvoerFout(  # de getypte geboortedatum niet herhalen (AVG), ook niet als hij niet klopt
                f"«{sleutel}»: dat is geen geldige datum tussen {EERSTE_JAAR} en {LAATSTE_JAAR}. Gebruik JJJJ-MM-DD of "
                "DD-MM-JJJJ, bijvoorbeeld 1980-05-17."
            ) from None
        if sleutel == "geboortedatum" and d and d > date.today():
            raise InvoerFout("«geboortedatum»: de opgegeven datum ligt in de toekomst.")  # niet herhalen (AVG)
        return d
    if v.type == "tijd":
        return lees_tijd(waarde, f"«{sleutel}»")
    if v.type == "janee":
        return bool(waarde)
    if v.type == "keuze":
        return _keuze(sleutel, waarde, v.keuzes)
    if v.type == "lijst":
        if v.keuzes:
            return sorted({_keuze(sleutel, w, v.keuzes) for w in waarde}, key=list(v.keuzes).index)
        lijst = [controleer_tekst(f"«{sleutel}»", w.strip()) for w in waarde if w.strip()]
        controleer_tekst(f"«{sleutel}»", v.scheiding.join(lijst))  # samen in één cel: ook samen niet te lang
        return lijst
    return _tekst(sleutel, waarde)


def _tekst(sleutel: str, waarde: str) -> str:
    if sleutel == "postcode":
        m = _POSTCODE.match(waarde.strip())
        return f"{m.group(1)} {m.group(2).upper()}" if m else waarde.strip()
    if sleutel == "email":
        if waarde.strip() and not _EMAIL.fullmatch(waarde.strip()):
            raise InvoerFout("«email»: dat is geen geldig e-mailadres (voorbeeld: naam@voorbeeld.nl).")  # niet herhalen
        return waarde.strip()
    if sleutel == "leidinggevende_email":
        return controleer_emailadres("«leidinggevende_email»", waarde)
    if sleutel == "naam":
        if not any(c.isalnum() for c in waarde):  # ook '...' of '-': geen naam, en elk werd een eigen persoon
            raise InvoerFout("«naam»: de naam is leeg (alleen spaties of leestekens).")
        return " ".join(waarde.split())
    return waarde if sleutel == "omschrijving" else waarde.strip()


def controleer_emailadres(veld: str, waarde: str) -> str:
    """Een e-mailadres voor de kop van een e-mail (agressie doorsturen). De melding herhaalt het adres niet (AVG)."""
    adres = waarde.strip()
    if not _EMAILADRES.fullmatch(adres) or ".." in adres or adres.startswith("."):
        raise InvoerFout(f"{veld}: dat is geen geldig e-mailadres (voorbeeld: naam@gemeente.nl).")
    return adres


# Hoe een melding een veld noemt zonder voorkant (domein/fouten.py); een voorkant heeft zijn eigen woord.
LABELS.update({v.sleutel: v.kop.lower() for v in (*INCIDENT, *PERSOON, *MAATREGEL)})
