"""Maakt de DOCX-sjablonen van de brieven opnieuw (python-docx), zodat ze reproduceerbaar zijn.

Gebruik:  python tools/maak_sjablonen.py        (of: make sjablonen)

Elke docxtpl-tag staat in één Word-run, zodat een gemeente de sjablonen veilig in Word kan aanpassen.
Briefhoofd, adresblok, kenmerkregels, ondertekening en voettekst staan hier één keer en gelden voor elke brief.
De tekst volgt de formats van de protocollen (Geertruidenberg bijlagen 4-9, Losser hoofdstuk 5), in eigen woorden.

Papier en envelop: A4 (210 x 297 mm). Het adresveld volgt DIN 5008 vorm B, de maat van de gangbare
vensterenveloppen (C5/6, DL en EA5/6 met het venster links): 45 mm vanaf de bovenrand, 25 mm vanaf de linkerrand
(het venster begint op 20 mm), 45 mm hoog en hoogstens 85 mm breed, met de retourregel en de verzendwijze bovenin.
Het briefhoofd staat erboven in een rij van vaste hoogte, zodat het adres altijd op dezelfde plek valt.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from agressie_cli.documenten.brieven.docx_eigenschappen import werk_bij

HIER = Path(__file__).resolve().parents[1] / "sjablonen"  # pakketdata, zie pyproject.toml

# Alleen bij een misdraging tegenover wie de uitkering uitvoert; de tekst verschilt per gemeente (profiel:
# [participatiewet] brieftekst; Losser kent geen eenmalige verlaging).
UITKERING = (
    "{%p if uitkering %}",
    "{{ uitkering_tekst }}",
    "{%p endif %}",
)
MOTIVERING = (
    "Op {{ incident_moment }} was u in contact met {{ tegenover }} ({{ kanaal_tekst }}). "
    "Daarbij is het volgende voorgevallen: {{ brieftekst }}"
)
INTRO = (
    "Op {{ incident_moment }} heeft u zich in contact met {{ tegenover }} "
    "{{ gedrag_tekst }} gedragen. Hieronder staat om welk gedrag het gaat."
)
TERUG_NAAR_NORMAAL = (
    "Ik verwacht dat deze maatregel voor u aanleiding is om uw gedrag tegenover de medewerkers van de gemeente "
    "{{ gemeente }} te normaliseren.{% if not onbepaald %} Verandert uw gedrag niet, dan kan dat aanleiding zijn u de "
    "toegang voor een langere periode te weigeren.{% endif %}"
)
POLITIE_BELT = (
    "De politie en de receptie zijn op de hoogte gebracht van deze maatregel. Onze medewerkers hebben de opdracht "
    "direct de politie te bellen als u tijdens deze periode zonder afspraak {{ gebouw }} binnengaat. De politie verwijdert u dan uit het "
    "gebouw en de gemeente doet aangifte tegen u van lokaalvredebreuk."
)
BELANGEN = (
    "Uw belangen als inwoner en klant van de gemeente (bijvoorbeeld uw uitkering of diensten van burgerzaken) blijven "
    "behartigd via {{ contact_tijdens_verbod }}. Is persoonlijk contact in deze periode toch nodig, dan ontvangt u een "
    "oproep om op een nader te bepalen tijdstip en plaats te verschijnen."
)
GEREGISTREERD = (
    "Uw gedrag is door ons geregistreerd{% if aangifte %} en er is aangifte gedaan bij de politie{% endif %}."
)
# Elke verbods- en bedreigingsbrief noemt de route die open blijft, hoe de persoon kan reageren en hoe de maatregel
# eerder kan eindigen of herzien kan worden (domein.md, het juridisch kader).
# 3.4: na een vastgelegde reactie zegt de brief wanneer de persoon gehoord is en dat de reactie is meegewogen; wordt
# achteraf gehoord (het profiel: horen = "achteraf"), dan nodigt hij uit binnen de termijn te reageren.
ROUTE = (
    "{%p if gehoord_tekst %}",
    "{{ gehoord_tekst }}",
    "{%p endif %}",
    "Wilt u op deze maatregel reageren, of vindt u dat hij eerder kan eindigen of herzien moet worden? Schrijf dan naar "
    "{{ afzender }} of neem contact op met {{ contactpersoon }}.{% if reactie_uiterlijk %} Op de maatregel zelf kunt u "
    "schriftelijk of mondeling reageren tot en met {{ reactie_uiterlijk }}.{% endif %} Wij beoordelen uw reactie of "
    "verzoek en laten u schriftelijk weten wat wij besluiten.",
)
# Alleen als de gemeente de publiekrechtelijke weg kiest ([brieven] bezwaarclausule = true): een toegangsverbod van
# de eigenaar van het gebouw is geen besluit (CRvB 10-06-2014, ECLI:NL:CRVB:2014:1967).
BEZWAAR = (
    "{%p if bezwaarclausule %}",
    "Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de dag van verzending van deze brief bezwaar "
    "maken bij het college van burgemeester en wethouders van {{ gemeente }}, {{ afzender }}. Vermeld in uw bezwaarschrift "
    "uw naam en adres, de datum, het kenmerk van deze brief en waarom u het er niet mee eens bent, en onderteken het.",
    "{%p endif %}",
)
# Losser, politiek ambtsdragers: bij vastgelegde schade zegt de reactie van de burgemeester dat die op de inwoner
# verhaald wordt (profiel: [politiek_ambtsdrager] schade_tekst; leeg bij elke andere brief).
SCHADE_VERHALEN = (
    "{%p if schade_verhalen_tekst %}",
    "{{ schade_verhalen_tekst }}",
    "{%p endif %}",
)


def aansprakelijkstelling(ik: str, mij: str) -> list:
    """Geertruidenberg 8 ("een brief ... waarin de dader aansprakelijk wordt gesteld. Dit wordt dan via de verzekering
    van de betrokken partijen afgehandeld") en Losser 7 (via Juridische Zaken). `ik`: "ik" of "wij"."""
    Ik = ik.capitalize()
    return [
        "Op {{ incident_moment }} heeft u zich in contact met {{ tegenover }} "
        "{{ gedrag_tekst }} gedragen. Daarbij is schade ontstaan.",
        ("kop", "Welke schade"),
        "Bij het incident is de volgende schade vastgelegd:",
        ("lijst", "schadeposten", "post"),
        ("kop", "Aansprakelijkstelling"),
        f"{Ik} {'stel' if ik == 'ik' else 'stellen'} u aansprakelijk voor deze schade: u moet de schade vergoeden.",
        "{%p if bedrag %}",
        "De schade bedraagt {{ bedrag }}. "
        f"{Ik} {'verzoek' if ik == 'ik' else 'verzoeken'} u dit bedrag binnen {{{{ betaaltermijn }}}} na de datum van "
        "deze brief te betalen, dus uiterlijk op {{ betaal_uiterlijk }}{% if rekening %}, op rekeningnummer "
        "{{ rekening }} ten name van de gemeente {{ gemeente }}, onder vermelding van kenmerk {{ kenmerk }}{% endif %}."
        "{% if not rekening %} Neem voor de betaling contact op met {{ schade_contactpersoon }}.{% endif %}",
        "{%p else %}",
        "De hoogte van de schade wordt nog vastgesteld. U ontvangt daarover een aparte brief met het bedrag. U betaalt "
        "dat bedrag binnen {{ betaaltermijn }} na de datum van die brief.",
        "{%p endif %}",
        ("kop", "Uw verzekeraar"),
        "Heeft u een aansprakelijkheidsverzekering voor particulieren (AVP)? Stuur deze brief dan door naar "
        f"uw verzekeraar en laat {mij} binnen {{{{ betaaltermijn }}}} weten bij welke verzekeraar u verzekerd bent en "
        "wat uw polisnummer is. De verzekeraar handelt de schade dan verder met de gemeente af.",
        "Wilt u op deze brief reageren? Schrijf dan naar {{ afzender }} of neem contact op met {{ schade_contactpersoon }}. "
        "Betaalt u niet en reageert u niet binnen de termijn, dan kan de gemeente verdere stappen nemen om de schade op u "
        "te verhalen, zo nodig via de rechter.",
    ]


# De geschiedenis die de maatregel rechtvaardigt (3.1). Bijlagen 7 en 8: "Als er een ordegesprek is geweest, hiernaar
# verwijzen en aangeven wat tijdens het gesprek is afgesproken. Ook aangeven dat ... zich niet aan deze afspraken heeft
# gehouden." Daarbij de eerdere waarschuwingen en verboden die meetellen, en na een overtreding het overtreden verbod.
GESCHIEDENIS = (
    "{%p for regel in eerdere_maatregelen %}",
    "{{ regel }}",
    "{%p endfor %}",
    "{%p if ordegesprek_tekst %}",
    "{{ ordegesprek_tekst }}",
    "{%p endif %}",
    ("lijst", "ordegesprek_afspraken", "afspraak"),
    "{%p if ordegesprek_niet_gehouden %}",
    "U heeft zich niet aan deze afspraken gehouden.",
    "{%p endif %}",
    "{%p if overtreden_verbod_tekst %}",
    "{{ overtreden_verbod_tekst }}",
    "{%p endif %}",
)
# Losser 5.2, "Wat doen we als de inwoner het toegangsverbod niet nakomt?": verzoek in aanwezigheid van een collega
# (getuige) het gebouw te verlaten, herhaal het verzoek, en pas bij een tweede weigering de politie.
POLITIE_LOSSER = (
    "De politie en de receptie hebben een afschrift van deze brief. Komt u in deze periode zonder afspraak in "
    "{{ gebouw }}, dan vragen wij u, in aanwezigheid van een collega als getuige, het gebouw direct te verlaten. "
    "Verlaat u het gebouw niet, dan herhalen wij dat verzoek. Weigert u opnieuw, dan schakelen wij de politie in. "
    "Negeert u ook dan ons verzoek, dan zorgt de politie dat u uit het gebouw wordt gezet."
)

# 3.4 (motivering): een verbodsbrief noemt het gedrag (MOTIVERING), de norm die het overtreedt (geciteerd uit het
# profiel; na een overtreding ook het verbod zelf) en waarom deze duur (de cel van de matrix, de trede van de ladder of
# de toelichting). Zonder een van de drie gaat de brief niet uit (domein/brief.py, vereis_motivering).
NORM_EN_DUUR = (
    "{%p if norm_tekst %}",
    "{{ norm_tekst }}",
    "{%p endif %}",
    "{%p if duur_grond_tekst %}",
    "{{ duur_grond_tekst }}",
    "{%p endif %}",
)

# Motivering en vervolg van beide ontzeggingsbrieven (bijlagen 7 en 8) zijn gelijk.
ONTZEGGING_SLOT = (
    ("kop", "Motivering"),
    MOTIVERING,
    GEREGISTREERD,
    *GESCHIEDENIS,
    *NORM_EN_DUUR,
    ("kop", "Vervolg"),
    POLITIE_BELT,
    BELANGEN,
    *ROUTE,
    TERUG_NAAR_NORMAAL,
    *BEZWAAR,
    *UITKERING,
)

# Na de brief (3.4). Horen vooraf: de brief voornemen kondigt de maatregel aan, met een termijn om te reageren
# (Nationale ombudsman 2015/011: de persoon had vóór het pand- en belverbod gehoord moeten worden).
VOORNEMEN = [
    INTRO,
    ("kop", "Wat is er gebeurd?"),
    MOTIVERING,
    *GESCHIEDENIS,
    ("kop", "Ons voornemen"),
    "{{ voornemen_tekst }} Voordat wij daarover beslissen, willen wij uw reactie horen.",
    ("kop", "Uw reactie"),
    "U kunt schriftelijk of mondeling reageren tot en met {{ reactie_uiterlijk }}: schrijf naar {{ afzender }} of "
    "neem contact op met {{ contactpersoon }}. Daarna beslissen wij over de maatregel en wegen wij uw reactie mee. "
    "Reageert u niet binnen deze termijn, dan beslissen wij zonder uw reactie. U ontvangt ons besluit schriftelijk.",
    *UITKERING,
]
# De herziening van een verbod (Groningse ombudsman: van tijd tot tijd evalueren; voortzetten vraagt recent, concreet
# gedrag): de aanleiding, het besluit (handhaven, aanpassen, opheffen), de reden, en bij opheffen of aanpassen dat
# nieuw gedrag de maatregel terugbrengt.
HERZIENING = [
    "{{ herzien_aanleiding }}",
    ("kop", "Besluit"),
    "{{ herzien_besluit }}",
    ("kop", "Motivering"),
    "{{ herzien_reden }}",
    "{%p if herzien_terug %}",
    "{{ herzien_terug }}",
    "{%p endif %}",
    ("kop", "Vragen"),
    "Heeft u vragen over deze brief? Schrijf dan naar {{ afzender }} of neem contact op met {{ contactpersoon }}.",
]

# Per brief: onderwerp en de alinea's. ("kop", tekst) is een tussenkop; ("lijst", ...) een opsomming.
BRIEVEN: dict[str, dict[str, list]] = {
    "geertruidenberg": {
        "waarschuwing": [
            INTRO,
            ("kop", "Besluit"),
            "De manier waarop u {{ getroffene }} heeft benaderd, vind ik onaanvaardbaar. Dat is voor mij aanleiding u een "
            "formele waarschuwing te geven.{% if hoeveelste_waarschuwing %} {{ hoeveelste_waarschuwing }}{% endif %} Ik verzoek u dringend uw gedrag tegenover de medewerkers van de gemeente "
            "{{ gemeente }} aan te passen.",
            "Blijkt dat u zich niet houdt aan de huisregels van de gemeente {{ gemeente }}, dan ben ik genoodzaakt "
            "u de toegang tot {{ gebouw }} te ontzeggen en/of u een telefonisch contactverbod op te leggen.",
            ("kop", "Motivering"),
            MOTIVERING,
            *GESCHIEDENIS,
            ("kop", "Vervolg"),
            "Met deze schriftelijke waarschuwing bent u op de hoogte van ons agressieprotocol. Ik verwacht dat u voortaan op "
            "een normale manier met de medewerkers van de gemeente omgaat. Verbeteren uw gedrag en uitlatingen na ontvangst van "
            "deze brief niet, dan wordt de waarschuwing omgezet in het hierboven genoemde toegangsverbod en/of telefonisch contactverbod.",
            *UITKERING,
            "Ik vertrouw erop u hiermee voldoende te hebben geïnformeerd.",
        ],
        "ordegesprek": [
            INTRO,
            ("kop", "Motivering"),
            MOTIVERING,
            *GESCHIEDENIS,
            ("kop", "Vervolg"),
            "Ik vind dit gedrag tegenover {{ getroffenen }} ontoelaatbaar en wil daarover afspraken met u maken. Daarom nodig ik "
            "u uit voor een gesprek, dat niet vrijblijvend is, op {{ gesprek_datum }} om {{ gesprek_tijd }} in {{ locatie }}. "
            "Bij dit gesprek zijn ook aanwezig: {{ aanwezigen }}. U kunt zich melden bij de receptie.",
            "Komen de datum of het tijdstip u niet uit? Neem dan tijdens kantooruren contact op met {{ contactpersoon }} "
            "om een nieuwe afspraak te maken.",
            *UITKERING,
        ],
        "ordegesprek-bevestiging": [
            "Naar aanleiding van uw gedrag op {{ incident_datum }} heeft op {{ gesprek_datum }} een gesprek plaatsgevonden "
            "tussen u en {{ aanwezigen }} van de gemeente {{ gemeente }}.",
            "Tijdens dat gesprek zijn met u de volgende afspraken gemaakt over gewenst gedrag:",
            ("lijst", "afspraken"),
            "Deze afspraken geven voor de toekomst duidelijkheid over de manier waarop u met de medewerkers van de gemeente "
            "{{ gemeente }} omgaat. Uw gedrag en de gemaakte afspraken zijn geregistreerd. Ik ga ervan uit dat u zich vanaf nu "
            "houdt aan de huisregels van de gemeente {{ gemeente }}; u vindt ze in de bijlage.",
            "Verandert uw gedrag niet, dan is dat voor mij aanleiding maatregelen te treffen, zoals een tijdelijke ontzegging "
            "van de toegang tot {{ gebouw }}.",
            "Ik heb er alle vertrouwen in dat het contact tussen u en onze medewerkers voortaan prettig verloopt.",
        ],
        "toegangsverbod": [
            INTRO,
            ("kop", "Besluit"),
            "Ik vind uw gedrag tegenover {{ gedrag_tegenover }} ontoelaatbaar. In het belang van de "
            "medewerkers heb ik besloten u met ingang van {{ ingang }} de toegang tot {{ gebouw }} te ontzeggen "
            "{{ periode_tekst }}. Dit betekent dat u {{ gebouw }} {{ verbod_tot_tekst }} niet mag betreden.",
            "Contact tussen u en de medewerkers van de gemeente {{ gemeente }} verloopt in deze periode "
            "{{ contact_in_periode }}. Ook dan verwachten wij dat u zich houdt aan de huisregels{% if bijlagen %}; die zijn als bijlage "
            "bijgevoegd{% endif %}.",
            *ONTZEGGING_SLOT,
        ],
        "toegangs-en-belverbod": [
            INTRO,
            ("kop", "Besluit"),
            "Ik vind uw gedrag tegenover {{ gedrag_tegenover }} ontoelaatbaar. In het belang van de "
            "medewerkers heb ik besloten u met ingang van {{ ingang }} de toegang tot {{ gebouw }} te ontzeggen "
            "{{ periode_tekst }}. Dit betekent dat u {{ gebouw }} {{ verbod_tot_tekst }} niet mag betreden. Ook mag u in die "
            "periode geen telefonisch contact opnemen met de medewerkers van de gemeente {{ gemeente }}, met uitzondering van "
            "{{ contactpersoon }}.",
            "Contact tussen u en de medewerkers van de gemeente {{ gemeente }} verloopt in deze periode schriftelijk of via "
            "{{ contactpersoon }}. Ook dan verwachten wij dat u zich houdt aan de huisregels{% if bijlagen %}; die zijn als "
            "bijlage bijgevoegd{% endif %}.",
            *ONTZEGGING_SLOT,
        ],
        "niet-nakomen": [
            "Vanwege uw gedrag heeft u een toegangsverbod gekregen voor {{ gebouw }}. Dit verbod geldt {{ verbod_tot_tekst }}."
            "{% if norm_tekst %} {{ norm_tekst }}{% endif %}{% if andere_verboden_tekst %} {{ andere_verboden_tekst }}{% endif %}",
            "Ondanks dit verbod heeft u op {{ overtreding_moment }} toch {{ gebouw }} betreden. "
            "Dat kan ik niet tolereren. Zoals in de brief over de ontzegging is aangekondigd, doet de gemeente aangifte van "
            "lokaalvredebreuk. Uw overtreding is geregistreerd.",
            "Ik wijs u er nogmaals op dat bij elke overtreding van het toegangsverbod direct de politie wordt gebeld en aangifte "
            "wordt gedaan van lokaalvredebreuk.{% if handhaven %} Het verbod blijft {{ verbod_tot_tekst }} gelden."
            "{% else %} Een overtreding leidt bovendien tot een zwaardere maatregel.{% endif %}",
            "Ik hoop dat deze maatregelen voor u aanleiding zijn om uw gedrag tegenover de medewerkers van de gemeente "
            "{{ gemeente }} te normaliseren.",
            *ROUTE,
        ],
        "aansprakelijkstelling": aansprakelijkstelling("ik", "mij"),
        "voornemen": VOORNEMEN,
        "herziening": HERZIENING,
    },
    "losser": {
        "waarschuwing": [
            INTRO,
            "Wij accepteren dit gedrag tegenover {{ getroffenen }} en onze organisatie niet. Daarom ontvangt u deze "
            "waarschuwingsbrief.{% if hoeveelste_waarschuwing %} {{ hoeveelste_waarschuwing }}{% endif %}",
            ("kop", "Wat is er gebeurd?"),
            MOTIVERING,
            ("kop", "Wat gebeurt er bij herhaling?"),
            "Vertoont u dit gedrag binnen {{ venster_tekst }} opnieuw, dan leggen wij u een toegangsverbod voor {{ gebouw }} of een "
            "belbeperking op. U mag dan tijdelijk niet op eigen initiatief langskomen of de gemeente bellen.",
            "Wilt u over deze brief in gesprek? Dat kan via {{ contactpersoon }}.",
            *SCHADE_VERHALEN,
            *UITKERING,
        ],
        "toegangsverbod": [
            INTRO,
            ("kop", "Besluit"),
            "Wij accepteren dit gedrag niet.{% if aanleiding_tekst %} {{ aanleiding_tekst }}{% endif %} Daarom krijgt u met ingang van "
            "{{ ingang }} een toegangsverbod {{ periode_tekst }}. U mag {{ gebouw }} {{ verbod_tot_tekst }} niet op eigen "
            "initiatief bezoeken, alleen op afspraak met {{ contactpersoon }}.",
            ("kop", "Wat is er gebeurd?"),
            MOTIVERING,
            GEREGISTREERD,
            ("kop", "Waarom deze maatregel en deze duur?"),
            *NORM_EN_DUUR,
            ("kop", "Wat betekent dit voor u?"),
            POLITIE_LOSSER,
            BELANGEN,
            *ROUTE,
            *BEZWAAR,
            *SCHADE_VERHALEN,
            *UITKERING,
        ],
        "belverbod": [
            INTRO,
            ("kop", "Besluit"),
            "Wij accepteren dit gedrag niet.{% if aanleiding_tekst %} {{ aanleiding_tekst }}{% endif %} Daarom krijgt u met ingang van "
            "{{ ingang }} een belbeperking {{ periode_tekst }}. U mag de gemeente {{ gemeente }} {{ verbod_tot_tekst }} niet "
            "bellen, behalve {{ contactpersoon }}.",
            ("kop", "Wat is er gebeurd?"),
            MOTIVERING,
            GEREGISTREERD,
            ("kop", "Waarom deze maatregel en deze duur?"),
            *NORM_EN_DUUR,
            ("kop", "Wat betekent dit voor u?"),
            "De receptie en de politie hebben een afschrift van deze brief. Uw belangen als inwoner blijven behartigd via "
            "schriftelijk contact en via {{ contactpersoon }}.",
            *ROUTE,
            *BEZWAAR,
            *SCHADE_VERHALEN,
            *UITKERING,
        ],
        "bedreiging": [
            INTRO,
            ("kop", "Besluit"),
            "U heeft {{ tegenover }} bedreigd. Dat accepteren wij absoluut niet. {% if aangifte %}Wij hebben "
            "hiervan een melding gedaan bij de politie.{% else %}Wij melden dit bij de politie.{% endif %} Daarnaast krijgt u met ingang van {{ ingang }} een toegangsverbod voor {{ gebouw }} en een "
            "belbeperking, {{ periode_tekst }}. U mag {{ gebouw }} {{ verbod_tot_tekst }} niet bezoeken en de gemeente niet "
            "bellen, behalve {{ contactpersoon }}; een bezoek kan alleen op afspraak met {{ contactpersoon_verwijzing }}.",
            "{%p if overtreden_verbod_tekst %}",
            "{{ overtreden_verbod_tekst }}",
            "{%p endif %}",
            ("kop", "Wat is er gebeurd?"),
            MOTIVERING,
            ("kop", "Waarom deze maatregel en deze duur?"),
            *NORM_EN_DUUR,
            ("kop", "Wat betekent dit voor u?"),
            POLITIE_LOSSER,
            BELANGEN,
            *ROUTE,
            *BEZWAAR,
            *SCHADE_VERHALEN,
            *UITKERING,
        ],
        "aansprakelijkstelling": aansprakelijkstelling("wij", "ons"),
        "voornemen": VOORNEMEN,
        "herziening": HERZIENING,
    },
}

ONDERWERPEN = {
    "waarschuwing": "Schriftelijke waarschuwing",
    "ordegesprek": "Uitnodiging ordegesprek",
    "ordegesprek-bevestiging": "Bevestiging afspraken ordegesprek",
    "toegangsverbod": "Ontzegging toegang gemeentehuis",
    "toegangs-en-belverbod": "Ontzegging toegang gemeentehuis en telefonisch contactverbod",
    "niet-nakomen": "Niet nakomen toegangsverbod",
    "belverbod": "Belbeperking",
    "bedreiging": "Bedreiging: melding politie, toegangsverbod en belbeperking",
    "aansprakelijkstelling": "Aansprakelijkstelling voor schade",
    "voornemen": "Voornemen maatregel",
    "herziening": "Herziening van een verbod",
}


def _alinea(
    doc, tekst: str, vet: bool = False, grootte: float | None = None, kleur: RGBColor | None = None, na: float = 6
):
    p = doc.add_paragraph()
    run = p.add_run(tekst)  # één run per alinea: elke tag blijft heel
    run.bold = vet
    if grootte:
        run.font.size = Pt(grootte)
    if kleur:
        run.font.color.rgb = kleur
    p.paragraph_format.space_after = Pt(na)
    return p


BOVENMARGE = Cm(1.5)
HOOGTE_BRIEFHOOFD = Cm(3.0)  # bovenmarge + briefhoofd = 45 mm: daar begint het adresveld (DIN 5008 vorm B)
HOOGTE_ADRESVELD = Cm(4.5)


def _tekst_in(
    cel, tekst: str, vet: bool = False, grootte: float | None = None, kleur=None, na: float = 0, eerste=False
):
    p = cel.paragraphs[0] if eerste else cel.add_paragraph()
    run = p.add_run(tekst)
    run.bold = vet
    if grootte:
        run.font.size = Pt(grootte)
    if kleur:
        run.font.color.rgb = kleur
    p.paragraph_format.space_after = Pt(na)
    return p


def briefhoofd(doc) -> None:
    """Briefhoofd en adresveld in een tabel zonder randen met rijen van vaste hoogte: het adres staat altijd in het
    venster van de envelop, hoe lang de naam van de gemeente ook is."""
    tabel = doc.add_table(rows=2, cols=1)
    tabel.alignment = WD_TABLE_ALIGNMENT.LEFT
    tabel.autofit = False
    for rij, hoogte in zip(tabel.rows, (HOOGTE_BRIEFHOOFD, HOOGTE_ADRESVELD), strict=True):
        rij.height = hoogte
        rij.height_rule = WD_ROW_HEIGHT_RULE.EXACTLY
        rij.cells[0].width = Cm(16)
    kop = tabel.cell(0, 0)
    _tekst_in(kop, "Gemeente {{ gemeente }}", vet=True, grootte=18, kleur=RGBColor(0x1F, 0x4E, 0x79), eerste=True)
    _tekst_in(kop, "{{ bezoekadres }}  |  telefoon {{ telefoon_gemeente }}  |  {{ email_gemeente }}", grootte=8)
    adres = tabel.cell(1, 0)
    _tekst_in(adres, "{% if per_post %}Retour: {{ afzender }}{% endif %}", grootte=7, na=2, eerste=True)
    _tekst_in(adres, "{{ verzending }}", vet=True, grootte=9, na=2)
    _tekst_in(adres, "{{ adresblok }}")
    _alinea(doc, "{{ plaats_datum }}", na=8)
    tabel = doc.add_table(rows=3, cols=2)
    tabel.alignment = WD_TABLE_ALIGNMENT.LEFT
    tabel.autofit = False
    for kolom, breedte in ((0, Cm(3.5)), (1, Cm(12.5))):
        tabel.columns[kolom].width = breedte
        for cel in tabel.columns[kolom].cells:
            cel.width = breedte
    for rij, (kop, tag) in enumerate(
        (("Ons kenmerk", "{{ kenmerk }}"), ("Onderwerp", "{{ onderwerp }}"), ("Bijlagen", "{{ bijlagen_tekst }}"))
    ):
        for kolom, tekst in ((0, kop), (1, tag)):
            alinea = tabel.cell(rij, kolom).paragraphs[0]
            alinea.add_run(tekst).bold = kolom == 0
            alinea.paragraph_format.space_after = Pt(2)
    _alinea(doc, "", na=0)
    _alinea(doc, "{{ aanhef }},")


def ondertekening(doc) -> None:
    """Het slot blijft bij elkaar en bij de laatste alinea ('houden bij volgende'): nooit een ondertekenaar alleen
    op een volgende pagina."""
    for tekst, na in (
        ("Hoogachtend,", 0),
        ("{%p if namens %}", 0),
        ("{{ namens }},", 0),
        ("namens dezen,", 30),
        ("{%p else %}", 0),
        ("", 30),
        ("{%p endif %}", 0),
        ("{{ ondertekenaar }}", 0),
    ):
        _alinea(doc, tekst, na=na).paragraph_format.keep_with_next = True
    _alinea(doc, "{{ functie }}", na=18).paragraph_format.keep_with_next = True  # het afschrift hoort erbij
    _alinea(doc, "{%p if afschrift %}", na=0)
    _alinea(doc, "Afschrift aan: {{ afschrift_tekst }}", grootte=9, na=0)
    _alinea(doc, "{%p endif %}", na=0)


def houd_slot_bij_elkaar(doc) -> None:
    """De laatste twee vaste alinea's gaan mee naar de pagina van de ondertekening, en ook de voorwaardelijke
    alinea's erna ({%p if %}: uitkering, bezwaar): die verdwijnen soms bij het vullen, en dan moet de laatste
    alinea die overblijft nog steeds bij het slot blijven."""
    voorwaardelijk, vast = 0, []
    alineas = list(doc.paragraphs)
    for i, p in enumerate(alineas):
        if p.text.startswith("{%p if"):
            voorwaardelijk += 1
        elif p.text.startswith("{%p endif"):
            voorwaardelijk -= 1
        elif p.text and "{%" not in p.text and not voorwaardelijk:
            vast.append(i)
    for i in range(vast[-2] if len(vast) > 1 else 0, len(alineas)):
        alineas[i].paragraph_format.keep_with_next = True


def _veld(paragraaf, instructie: str) -> None:
    """Een Word-veld (PAGE, NUMPAGES) dat Word en LibreOffice bij het openen en afdrukken invullen."""
    veld = OxmlElement("w:fldSimple")
    veld.set(qn("w:instr"), instructie)
    run = OxmlElement("w:r")
    opmaak = OxmlElement("w:rPr")
    grootte = OxmlElement("w:sz")
    grootte.set(qn("w:val"), "16")  # 8 pt, zoals de rest van de kop
    opmaak.append(grootte)
    run.append(opmaak)
    tekst = OxmlElement("w:t")
    tekst.text = "1"
    run.append(tekst)
    veld.append(run)
    paragraaf._p.append(veld)


def voettekst(doc) -> None:
    """Voettekst op elke pagina; vanaf pagina 2 een korte kop met kenmerk en paginanummer."""
    sectie = doc.sections[0]
    sectie.different_first_page_header_footer = True
    for voet in (sectie.footer, sectie.first_page_footer):
        run = voet.paragraphs[0].add_run("Gemeente {{ gemeente }}  |  {{ afzender }}  |  kenmerk {{ kenmerk }}")
        run.font.size = Pt(7)
    kop = sectie.header.paragraphs[0]
    kop.paragraph_format.space_after = Pt(12)
    for deel in ("Gemeente {{ gemeente }}  |  kenmerk {{ kenmerk }}  |  pagina ", "PAGE", " van ", "NUMPAGES"):
        if deel in ("PAGE", "NUMPAGES"):
            _veld(kop, deel)
        else:
            kop.add_run(deel).font.size = Pt(8)


def maak(profiel: str, soort: str, alineas: list) -> Path:
    doc = Document()
    stijl = doc.styles["Normal"]
    stijl.font.name = "Calibri"
    stijl.font.size = Pt(10)
    sectie = doc.sections[0]
    sectie.page_width, sectie.page_height = Cm(21.0), Cm(29.7)  # A4, geen US Letter
    sectie.left_margin = sectie.right_margin = Cm(2.5)
    sectie.top_margin = BOVENMARGE
    sectie.bottom_margin = Cm(1.5)
    briefhoofd(doc)
    for alinea in alineas:
        if isinstance(alinea, tuple) and alinea[0] == "kop":
            _alinea(doc, alinea[1], vet=True, na=2).paragraph_format.keep_with_next = True
        elif isinstance(alinea, tuple) and alinea[0] == "lijst":
            punt = alinea[2] if len(alinea) > 2 else "afspraak"  # ("lijst", variabele[, naam van een punt])
            _alinea(doc, "{%p for " + punt + " in " + alinea[1] + " %}", na=0)
            doc.add_paragraph(style="List Bullet").add_run("{{ " + punt + " }}")
            _alinea(doc, "{%p endfor %}", na=0)
        else:
            _alinea(doc, alinea)
    houd_slot_bij_elkaar(doc)
    ondertekening(doc)
    voettekst(doc)
    doc.core_properties.title = ONDERWERPEN[soort]
    doel = HIER / profiel / f"{soort}.docx"
    doel.parent.mkdir(exist_ok=True)
    doc.save(doel)
    werk_bij(doel, profiel.capitalize())  # 3.6: nl-NL, eigenschappen, geen miniatuur
    return doel


# --- Informatie voor de aangifte (2.6): geen brief aan de persoon, maar een vertrouwelijk overzicht voor de politie ---

AANGIFTE_GRONDSLAG = {
    "geertruidenberg": "Agressieprotocol gemeente Geertruidenberg, 4.2: \u201cHet overzicht van agressiemeldingen dient als "
    "basis voor het doen van aangifte bij de politie, dossieropbouw en het verhalen van de schade.\u201d 7: \u201cVan "
    "strafbare feiten wordt altijd aangifte gedaan.\u201d De aangifte doet de betrokken medewerker of de "
    "gemeentesecretaris namens de organisatie.",
    "losser": "Agressieprotocol gemeente Losser, 5.4: bij D- en E-gedrag melden wij dit bij de politie; dat helpt de "
    "politie \u201cbij het opbouwen van een dossier\u201d. De medewerker op wie de agressie gericht was, kan de melding "
    "zelf doen; de leidinggevende kan ook namens de organisatie aangifte doen.",
}
ROOD = RGBColor(0xC0, 0x00, 0x00)
BLAUW = RGBColor(0x1F, 0x4E, 0x79)


def _kop_aangifte(doc, tekst: str) -> None:
    p = _alinea(doc, tekst, vet=True, grootte=11, kleur=BLAUW, na=3)
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.keep_with_next = True


def _randen(tabel) -> None:
    """Dunne grijze randen: de tabellen lezen als een formulier."""
    rand = OxmlElement("w:tblBorders")
    for kant in ("top", "left", "bottom", "right", "insideH", "insideV"):
        lijn = OxmlElement(f"w:{kant}")
        lijn.set(qn("w:val"), "single")
        lijn.set(qn("w:sz"), "4")
        lijn.set(qn("w:color"), "A6A6A6")
        rand.append(lijn)
    # In de volgorde van het schema (ECMA-376, CT_TblPrBase): na tblW, jc, tblCellSpacing en tblInd, vóór shd,
    # tblLayout, tblCellMar en tblLook (3.6; achteraan toevoegen maakte het document ongeldig).
    tabel._tbl.tblPr.insert_element_before(
        rand, "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription", "w:tblPrChange"
    )


def _breedtes(tabel, breedtes: tuple[float, ...]) -> None:
    tabel.alignment = WD_TABLE_ALIGNMENT.LEFT
    tabel.autofit = False
    for kolom, breedte in enumerate(breedtes):
        tabel.columns[kolom].width = Cm(breedte)
        for cel in tabel.columns[kolom].cells:
            cel.width = Cm(breedte)


def _cel(cel, tekst: str, vet: bool = False, grootte: float = 9.5) -> None:
    p = cel.paragraphs[0]
    run = p.add_run(tekst)
    run.bold = vet
    run.font.size = Pt(grootte)
    p.paragraph_format.space_after = Pt(1)


def _vragen(doc, rijen: list[tuple[str, str]]) -> None:
    """Een tabel van twee kolommen: de vraag van de politie links, het antwoord uit het register rechts."""
    tabel = doc.add_table(rows=len(rijen), cols=2)
    _randen(tabel)
    _breedtes(tabel, (5.0, 12.0))
    for rij, (vraag, tag) in enumerate(rijen):
        _cel(tabel.cell(rij, 0), vraag, vet=True)
        _cel(tabel.cell(rij, 1), tag)


def _lijst(doc, lijst: str, koppen: list[str], velden: list[str], breedtes: tuple[float, ...], leeg: str) -> None:
    """Een tabel met een rij per element ({%tr for %}), of één zin als de lijst leeg is."""
    _alinea(doc, "{%p if " + lijst + " %}", na=0)
    tabel = doc.add_table(rows=4, cols=len(koppen))
    _randen(tabel)
    _breedtes(tabel, breedtes)
    for kolom, kop in enumerate(koppen):
        _cel(tabel.cell(0, kolom), kop, vet=True, grootte=9)
    _cel(tabel.cell(1, 0), "{%tr for r in " + lijst + " %}", grootte=9)
    for kolom, veld in enumerate(velden):
        _cel(tabel.cell(2, kolom), "{{ r." + veld + " }}", grootte=9)
    _cel(tabel.cell(3, 0), "{%tr endfor %}", grootte=9)
    _alinea(doc, "{%p else %}", na=0)
    _alinea(doc, leeg, na=4)
    _alinea(doc, "{%p endif %}", na=0)


def maak_aangifte(profiel: str) -> Path:
    doc = Document()
    stijl = doc.styles["Normal"]
    stijl.font.name = "Calibri"
    stijl.font.size = Pt(10)
    sectie = doc.sections[0]
    sectie.page_width, sectie.page_height = Cm(21.0), Cm(29.7)  # A4
    sectie.left_margin = sectie.right_margin = Cm(2.0)
    sectie.top_margin = Cm(1.5)
    sectie.bottom_margin = Cm(1.5)
    _alinea(doc, "VERTROUWELIJK", vet=True, grootte=14, kleur=ROOD, na=0)
    _alinea(doc, "Informatie voor de aangifte", vet=True, grootte=20, kleur=BLAUW, na=0)
    _alinea(
        doc,
        "Gemeente {{ gemeente }}  |  kenmerk {{ kenmerk }}  |  {{ plaats_datum }}",
        grootte=9,
        na=8,
    )
    _alinea(
        doc,
        "Voor de medewerker of de gemeentesecretaris die namens de gemeente {{ gemeente }} aangifte doet bij de politie. "
        "Dit overzicht bevat alleen wat in het agressieregister van de gemeente staat; \u201cniet geregistreerd\u201d betekent "
        "dat het register dit gegeven niet heeft. Geef het niet aan de persoon over wie het gaat.",
    )
    _kop_aangifte(doc, "VPT-incident (Veilige Publieke Taak)")
    _alinea(
        doc,
        "Het incident is gericht tegen {{ tegenover }} bij de uitvoering van een publieke "
        "taak. Volgens de Eenduidige Landelijke Afspraken van politie, Openbaar Ministerie en publieke werkgevers "
        "markeert de politie de aangifte als VPT-incident. De aangever geeft het adres van de werkgever op in plaats van "
        "het eigen huisadres (domicilie) en kan aangifte doen onder een nummer in plaats van de eigen naam.",
    )
    _vragen(
        doc,
        [
            ("Markering", "VPT-incident"),
            ("Domicilie (werkgever)", "{{ domicilie }}"),
            ("Postadres gemeente", "{{ postadres }}"),
            ("Telefoon / e-mail", "{{ telefoon_gemeente }}  |  {{ email_gemeente }}"),
            ("Aangifte onder nummer", "{% if onder_nummer %}{{ onder_nummer }}{% else %}nee, op naam{% endif %}"),
        ],
    )
    _kop_aangifte(doc, "1. Wie: de persoon")
    _vragen(
        doc,
        [
            ("Naam", "{{ persoon_naam }}"),
            ("Geboortedatum", "{{ persoon_geboortedatum }}"),
            ("Adres", "{{ persoon_adres }}"),
            ("Telefoon", "{{ persoon_telefoon }}"),
            ("E-mail", "{{ persoon_email }}"),
            ("Nummer in het register", "{{ persoon_nummer }}"),
        ],
    )
    _kop_aangifte(doc, "2. Slachtoffers en getuigen: medewerkers van de gemeente")
    _lijst(
        doc,
        "medewerkers",
        ["Rol", "Naam"],
        ["rol", "naam"],
        (6.0, 11.0),
        "Het register noemt geen betrokken medewerker of melder (niet geregistreerd).",
    )
    _alinea(
        doc,
        "Adres van elke medewerker: de domicilie hierboven (het adres van de gemeente), nooit het huisadres.",
        grootte=9,
        na=4,
    )
    _kop_aangifte(doc, "3. Het incident")
    _vragen(
        doc,
        [
            ("Wanneer", "{{ wanneer }}"),
            ("Waar", "{{ waar }}"),
            ("Afdeling", "{{ afdeling }}"),
            ("Wat: vorm", "{{ vorm }}"),
            ("Classificatie (protocol)", "{{ classificatie }}"),
            ("Wat deed en zei de persoon", "{{ wat }}"),
            ("Waarmee", "{{ waarmee }}"),
            ("Waarom: aanleiding", "{{ aanleiding }}"),
            ("Politie ingeschakeld", "{{ politie }}"),
        ],
    )
    _kop_aangifte(doc, "4. Gevolgen")
    _vragen(
        doc,
        [
            ("Lichamelijk letsel", "{{ letsel }}"),
            ("Psychische klachten", "{{ psychisch }}"),
            ("Materiële schade", "{{ materiele_schade }}"),
        ],
    )
    _kop_aangifte(doc, "5. Dossier: eerdere incidenten van deze persoon")
    _lijst(
        doc,
        "eerdere_incidenten",
        ["Incident", "Datum", "Kanaal", "Classificatie", "Vorm"],
        ["incident", "datum", "kanaal", "klasse", "vorm"],
        (2.4, 3.4, 2.8, 3.0, 5.4),
        "Het register heeft geen eerdere incidenten van deze persoon.",
    )
    _kop_aangifte(doc, "6. Dossier: maatregelen van de gemeente tegen deze persoon")
    _lijst(
        doc,
        "maatregelen",
        ["Maatregel", "Datum", "Incident", "Soort en periode", "Brief"],
        ["maatregel", "datum", "incident", "label", "brief"],
        (2.3, 2.4, 2.4, 5.2, 4.7),
        "Het register heeft geen maatregelen tegen deze persoon.",
    )
    _kop_aangifte(doc, "7. Verbod dat liep op {{ incident_datum }}")
    _lijst(
        doc,
        "verboden",
        ["Maatregel", "Verbod", "Ingang", "Geldig", "Brief"],
        ["maatregel", "label", "ingang", "einde", "brief"],
        (2.3, 4.0, 3.0, 3.2, 4.5),
        "Op de dag van het incident liep geen toegangs- of belverbod van een eerder incident.",
    )
    _alinea(doc, "{%p if lokaalvredebreuk %}", na=0)
    _alinea(doc, "{{ lokaalvredebreuk }}", vet=True, na=4).paragraph_format.space_before = Pt(4)
    _alinea(doc, "{%p endif %}", na=0)
    _kop_aangifte(doc, "8. Bewijs bij dit incident")
    _lijst(
        doc,
        "bewijs",
        ["Bestand (naast het register)", "SHA-256 (controle dat het bestand ongewijzigd is)"],
        ["bestand", "sha256"],
        (6.0, 11.0),
        "Bij dit incident is geen bewijs bewaard (agressie bewijs).",
    )
    _kop_aangifte(doc, "Grondslag")
    _alinea(doc, AANGIFTE_GRONDSLAG[profiel], grootte=9)
    sectie.different_first_page_header_footer = True
    for voet in (sectie.footer, sectie.first_page_footer):
        run = voet.paragraphs[0].add_run(
            "VERTROUWELIJK  |  Gemeente {{ gemeente }}  |  informatie voor de aangifte, kenmerk {{ kenmerk }}"
        )
        run.font.size = Pt(7)
    kop = sectie.header.paragraphs[0]
    kop.paragraph_format.space_after = Pt(12)
    for deel in (
        "VERTROUWELIJK  |  Informatie voor de aangifte, kenmerk {{ kenmerk }}  |  pagina ",
        "PAGE",
        " van ",
        "NUMPAGES",
    ):
        if deel in ("PAGE", "NUMPAGES"):
            _veld(kop, deel)
        else:
            kop.add_run(deel).font.size = Pt(8)
    doc.core_properties.title = "Informatie voor de aangifte (vertrouwelijk)"
    doel = HIER / profiel / "aangifte.docx"
    doel.parent.mkdir(exist_ok=True)
    doc.save(doel)
    werk_bij(doel, profiel.capitalize())  # 3.6: nl-NL, eigenschappen, geen miniatuur
    return doel


# --- Inzage (3.4; AVG art. 15): de brief met alles wat het register over de persoon weet --------------------------

INZAGE_INLEIDING = (
    "{% if ontvangen %}Op {{ ontvangen }} vroeg u{% else %}U vroeg{% endif %} welke gegevens de gemeente {{ gemeente }} "
    "over u bewaart in het register van incidenten met agressie en geweld tegen medewerkers. In deze brief staat alles "
    "wat dat register over u bevat. Namen van medewerkers noemen wij niet; u leest hun rol (artikel 15 lid 4 AVG: de "
    "rechten van anderen)."
)
INZAGE_BEWAREN = (
    "Wij bewaren deze gegevens {{ bewaren_tot_tekst }}; daarna maken wij ze onherkenbaar. Zolang er een maatregel tegen "
    "u loopt, bewaren wij ze in elk geval.{% if verbod_loopt %} Op dit moment loopt er een maatregel.{% endif %}"
)


def maak_inzage(profiel: str) -> Path:
    """De brief met het dossier (agressie inzage): briefhoofd en voettekst zoals elke brief, de gegevens, incidenten
    en maatregelen in tabellen (een rij per element), de bewaartermijn en de rechten. Voor elke gemeente dezelfde
    tekst; een gemeente kan hem in haar eigen sjablonenmap aanpassen."""
    doc = Document()
    stijl = doc.styles["Normal"]
    stijl.font.name = "Calibri"
    stijl.font.size = Pt(10)
    sectie = doc.sections[0]
    sectie.page_width, sectie.page_height = Cm(21.0), Cm(29.7)  # A4
    sectie.left_margin = sectie.right_margin = Cm(2.5)
    sectie.top_margin = BOVENMARGE
    sectie.bottom_margin = Cm(1.5)
    briefhoofd(doc)
    _alinea(doc, INZAGE_INLEIDING)

    def kop(tekst: str) -> None:
        # Een lege alinea ervoor (de ruimte na de tabel): LibreOffice houdt een kop direct na een tabel anders niet
        # bij de alinea erna, en hij bleef alleen onderaan een pagina staan.
        _alinea(doc, "", grootte=4, na=0).paragraph_format.keep_with_next = True
        p = _alinea(doc, tekst, vet=True, grootte=12, na=3)
        p.paragraph_format.space_before = Pt(4)
        p.paragraph_format.keep_with_next = True

    kop("1. Uw gegevens")
    _lijst(
        doc,
        "gegevens",
        ["Gegeven", "Wat wij bewaren"],
        ["kop", "waarde"],
        (5.0, 11.0),
        "Het register bevat geen gegevens over u.",
    )
    kop("2. De incidenten")
    _lijst(
        doc,
        "incidenten",
        ["Incident", "Wanneer", "Waar", "Wat wij u schreven over uw gedrag"],
        ["incident", "datum", "waar", "gedrag"],
        (2.2, 3.6, 2.8, 7.4),
        "Het register bevat geen incidenten.",
    )
    kop("3. De maatregelen")
    _lijst(
        doc,
        "maatregelen",
        ["Maatregel", "Soort en datum", "Periode", "Grond", "Stand", "Afschrift aan"],
        ["maatregel", "soort_datum", "periode", "grond", "stand", "afschrift"],
        (2.3, 3.0, 3.0, 3.2, 2.3, 2.2),
        "Het register bevat geen maatregelen.",
    )
    kop("4. Hoe lang wij uw gegevens bewaren")
    _alinea(doc, INZAGE_BEWAREN).paragraph_format.keep_together = True
    kop("5. Uw rechten")
    _alinea(doc, "{%p for recht in rechten %}", na=0)
    doc.add_paragraph(style="List Bullet").add_run("{{ recht }}")
    _alinea(doc, "{%p endfor %}", na=0)
    _alinea(doc, "", na=0)
    for tekst, na in (
        ("Met vriendelijke groet,", 0),
        ("Het college van burgemeester en wethouders van {{ gemeente }}", 24),
        ("{%p if ondertekenaar %}", 0),
        ("{{ ondertekenaar }}", 0),
        ("{{ functie }}", 0),
        ("{%p endif %}", 0),
    ):
        _alinea(doc, tekst, na=na).paragraph_format.keep_with_next = True
    voettekst(doc)
    doc.core_properties.title = "Inzage: uw gegevens in het register agressie en geweld"
    doel = HIER / profiel / "inzage.docx"
    doel.parent.mkdir(exist_ok=True)
    doc.save(doel)
    werk_bij(doel, profiel.capitalize())  # 3.6: nl-NL, eigenschappen, geen miniatuur
    return doel


def main() -> None:
    for profiel, brieven in BRIEVEN.items():
        for soort, alineas in brieven.items():
            print(maak(profiel, soort, alineas).relative_to(HIER.parent))
    for profiel in AANGIFTE_GRONDSLAG:
        print(maak_aangifte(profiel).relative_to(HIER.parent))
        print(maak_inzage(profiel).relative_to(HIER.parent))


if __name__ == "__main__":
    main()
