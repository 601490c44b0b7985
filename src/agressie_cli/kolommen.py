"""De kolommen van het register: sleutel in de code, Nederlandse kop in Excel, type en keuzelijst."""

from __future__ import annotations

from dataclasses import dataclass

from agressie_cli.profiel import KANALEN, UITKERINGEN, VORMEN, Profiel

STATUSSEN = ["gemeld", "compleet", "maatregel besloten", "brief verstuurd", "afgehandeld"]
JA_NEE = ["ja", "nee"]
SCHEMA_VERSIE = 1


@dataclass(frozen=True)
class Kolom:
    sleutel: str
    kop: str
    type: str = "tekst"  # tekst, datum, tijd, moment, janee, keuze, lijst, duur
    breedte: int = 14
    keuzes: tuple[str, ...] = ()


def incident_kolommen(profiel: Profiel | None) -> list[Kolom]:
    klassen = tuple(profiel.klassen) if profiel else ()
    classificatie = profiel.classificatie if profiel else "ernst"
    if classificatie == "gedrag":
        klasse_kolommen = [
            Kolom("gedrag", "Gedrag", "keuze", 9, klassen),
            Kolom("aanhoudend", "Aanhoudend", "janee", 12, tuple(JA_NEE)),
        ]
    else:
        klasse_kolommen = [Kolom("ernst", "Ernst", "keuze", 11, klassen)]
    return [
        Kolom("incident", "Incident", breedte=11),
        Kolom("status", "Status", "keuze", 18, tuple(STATUSSEN)),
        Kolom("datum", "Datum", "datum", 12),
        Kolom("tijd", "Tijd", "tijd", 7),
        Kolom("persoon", "Persoon", breedte=9),
        Kolom("naam", "Naam", breedte=24),
        Kolom("kanaal", "Kanaal", "keuze", 16, tuple(KANALEN)),
        *klasse_kolommen,
        Kolom("vorm", "Vorm", "lijst", 20, tuple(VORMEN)),
        Kolom("omschrijving", "Omschrijving", breedte=50),
        Kolom("melder", "Melder", breedte=20),
        Kolom("functie", "Functie melder", breedte=18),
        Kolom("medewerker", "Betrokken medewerkers", "lijst", 26),
        Kolom("afdeling", "Afdeling", breedte=16),
        Kolom("leidinggevende", "Leidinggevende", breedte=20),
        Kolom("letsel", "Lichamelijk letsel", breedte=18),
        Kolom("psychisch", "Psychische klachten", breedte=18),
        Kolom("materiele_schade", "Materiële schade", breedte=18),
        Kolom("politie", "Politie ingeschakeld", "janee", 10, tuple(JA_NEE)),
        Kolom("aangifte", "Aangifte", "janee", 10, tuple(JA_NEE)),
        Kolom("uitkering", "Uitkering", "keuze", 15, tuple(UITKERINGEN)),
        Kolom("ambtsdrager", "Politiek ambtsdrager", "janee", 10, tuple(JA_NEE)),
        Kolom("ontbrekend", "Ontbrekend", breedte=30),
        Kolom("geregistreerd", "Geregistreerd op", "moment", 17),
        Kolom("gewijzigd", "Gewijzigd op", "moment", 17),
    ]


PERSOON_KOLOMMEN = [
    Kolom("persoon", "Persoon", breedte=9),
    Kolom("naam", "Naam", breedte=24),
    Kolom("geboortedatum", "Geboortedatum", "datum", 13),
    Kolom("adres", "Adres", breedte=26),
    Kolom("postcode", "Postcode", breedte=9),
    Kolom("woonplaats", "Woonplaats", breedte=16),
    Kolom("telefoon", "Telefoon", breedte=14),
    Kolom("email", "E-mail", breedte=24),
    Kolom("geanonimiseerd", "Geanonimiseerd op", "datum", 13),
]

MAATREGEL_KOLOMMEN = [
    Kolom("maatregel", "Maatregel", breedte=10),
    Kolom("incident", "Incident", breedte=11),
    Kolom("persoon", "Persoon", breedte=9),
    Kolom("soort", "Soort", breedte=20),
    Kolom("label", "Omschrijving maatregel", breedte=36),
    Kolom("datum", "Datum besluit/brief", "datum", 12),
    Kolom("ingang", "Ingang", "datum", 12),
    Kolom("duur", "Duur (maanden)", "duur", 10),
    Kolom("einde", "Einde (t/m)", "datum", 12),
    Kolom("aangifte", "Aangifte", "janee", 9, tuple(JA_NEE)),
    Kolom("bestand", "Brief", breedte=40),
    Kolom("advies", "Advies protocol", breedte=18),
    Kolom("afwijking", "Afwijking van advies", "janee", 10, tuple(JA_NEE)),
    Kolom("overtreding", "Overtreding (datum tijd)", breedte=18),
    Kolom("toelichting", "Toelichting", breedte=40),
    Kolom("geregistreerd", "Geregistreerd op", "moment", 17),
]

LOGBOEK_KOLOMMEN = [
    Kolom("tijdstip", "Tijdstip", "moment", 18),
    Kolom("gebruiker", "Gebruiker", breedte=16),
    Kolom("actie", "Actie", breedte=16),
    Kolom("nummer", "Nummer", breedte=14),
]

BLADEN = ("Incidenten", "Personen", "Maatregelen")


def kolommen_van(blad: str, profiel: Profiel | None) -> list[Kolom]:
    return {
        "Incidenten": incident_kolommen(profiel),
        "Personen": PERSOON_KOLOMMEN,
        "Maatregelen": MAATREGEL_KOLOMMEN,
    }[blad]
