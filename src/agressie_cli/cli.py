"""De opdrachtregel: leest opties, roept de domeinmodules aan en drukt af. Geen protocolregels hier."""

from __future__ import annotations

import functools
import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Optional

import typer

from agressie_cli import nederlands
from agressie_cli.fouten import AgressieFout, InvoerFout

nederlands.installeer()

app = typer.Typer(
    name="agressie",
    help=(
        "Agressieprotocol (Veilige Publieke Taak) van uw gemeente, stap voor stap:\n\n"
        "\b\n"
        "1. init: register en instellingen aanmaken.\n"
        "2. melden / aanvullen: een incident registreren en later compleet maken.\n"
        "3. historie / advies: eerdere incidenten en de maatregel die het protocol voorschrijft.\n"
        "4. brief / maatregel: de brief maken of de maatregel vastleggen (binnen een week).\n"
        "5. verboden / termijnen: lopende verboden voor de receptie en wat nog open staat.\n"
        "6. rapport: het kwartaaloverzicht voor het MT.\n\n"
        "Voorbeeld: agressie --map M:\\Agressie melden --naam \"Jan de Vries\" --kanaal balie --ernst agressief"
    ),
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
sjablonen_app = typer.Typer(help="DOCX-sjablonen van de brieven controleren.", no_args_is_help=True, rich_markup_mode=None)
app.add_typer(sjablonen_app, name="sjablonen")


class Omgeving:
    """Wat een commando nodig heeft uit de map: instellingen, profiel en opslag, pas geladen als ze nodig zijn."""

    def __init__(self, map_pad: Path):
        self.map = map_pad
        self._instellingen = None
        self._profiel = None

    @property
    def instellingen(self):
        from agressie_cli.instellingen import lees_instellingen

        if self._instellingen is None:
            self._instellingen = lees_instellingen(self.map)
        return self._instellingen

    @property
    def profiel(self):
        from agressie_cli.profiel import laad_profiel

        if self._profiel is None:
            self._profiel = laad_profiel(self.instellingen)
        return self._profiel

    @property
    def opslag(self):
        from agressie_cli.register import ExcelOpslag

        opslag = ExcelOpslag(self.instellingen.register_pad, self.profiel)
        opslag.bij_migratie = lambda tekst: typer.echo(tekst, err=True)
        return opslag

    def lees(self, bladen: tuple[str, ...] | None = None):
        register = self.opslag.lees(bladen=bladen)
        meld_celfouten(register)
        return register


def meld_celfouten(register) -> None:
    if register.fouten:
        typer.echo("Let op: het register bevat waarden die niet kloppen (met de hand gewijzigd?). "
                   "Deze rijen worden overgeslagen waar dat nodig is:", err=True)
        for fout in register.fouten[:50]:
            typer.echo(f"  {fout}", err=True)
        if len(register.fouten) > 50:
            typer.echo(f"  ... en nog {len(register.fouten) - 50} meer.", err=True)


def omgeving(ctx: typer.Context) -> Omgeving:
    from agressie_cli.instellingen import kies_map

    return Omgeving(kies_map((ctx.obj or {}).get("map")))


def opdracht(functie):
    """Elke fout wordt een Nederlandse melding met een afsluitcode, nooit een traceback."""

    @functools.wraps(functie)
    def omhulsel(*args, **kwargs):
        try:
            return functie(*args, **kwargs)
        except AgressieFout as fout:
            typer.echo(f"Fout: {fout.melding}", err=True)
            raise typer.Exit(fout.code)
        except (typer.Exit, typer.Abort, KeyboardInterrupt):
            raise
        except BrokenPipeError:  # uitvoer doorgegeven aan bijvoorbeeld 'more' of 'head' dat eerder stopte
            raise typer.Exit(0)
        except Exception as fout:  # laatste vangnet: geen persoonsgegevens, geen traceback
            if os.environ.get("AGRESSIE_DEBUG"):
                raise
            typer.echo(
                f"Fout: onverwachte fout ({type(fout).__name__}). Er is niets gewijzigd als het register niet bewaard werd. "
                "Meld dit aan de beheerder van agressie.",
                err=True,
            )
            raise typer.Exit(1)

    return omhulsel


def druk_json(gegevens) -> None:
    typer.echo(json.dumps(gegevens, ensure_ascii=False, indent=2, default=str))


def _nl(iso_datum: str | None) -> str:
    """2026-11-23 -> 23-11-2026, zoals Nederlandse gebruikers datums lezen."""
    return date.fromisoformat(iso_datum).strftime("%d-%m-%Y") if iso_datum else ""


def datum_of_vandaag(tekst: str | None, veld: str) -> date:
    from agressie_cli.datums import lees_datum

    return lees_datum(tekst, veld) or date.today()


@app.callback()
def hoofd(
    ctx: typer.Context,
    map_: Annotated[Optional[Path], typer.Option(
        "--map", metavar="MAP", help="Map met agressie.toml en register.xlsx (anders AGRESSIE_MAP, anders de huidige map). "
        "Voorbeeld: --map \"M:\\Veilige Publieke Taak\"", show_default=False)] = None,
):
    ctx.obj = {"map": map_}


# ------------------------------------------------------------------------------------------------
# init
# ------------------------------------------------------------------------------------------------

@app.command()
@opdracht
def init(
    ctx: typer.Context,
    gemeente: Annotated[Optional[str], typer.Option("--gemeente", help="geertruidenberg of losser. Zonder --gemeente: een leeg register bij een bestaande agressie.toml (eigen gemeente). Voorbeeld: --gemeente losser", show_default=False)] = None,
):
    """Maakt agressie.toml (instellingen) en een leeg register.xlsx (stap 1). Overschrijft niets.

    Voorbeeld: agressie --map M:\\Agressie init --gemeente geertruidenberg
    """
    from agressie_cli.instellingen import INSTELLINGEN_BESTAND, REGISTER_BESTAND, Instellingen, kies_map, lees_toml, schrijf_instellingen
    from agressie_cli.profiel import laad_profiel
    from agressie_cli.register import maak_leeg_register

    map_pad = kies_map((ctx.obj or {}).get("map"))
    bestand = map_pad / INSTELLINGEN_BESTAND
    if gemeente is None:
        if not bestand.is_file():
            raise InvoerFout("--gemeente ontbreekt: kies geertruidenberg of losser, of zet eerst een eigen agressie.toml in de map.")
    else:
        for bestaand in (bestand, map_pad / REGISTER_BESTAND):
            if bestaand.exists():
                raise InvoerFout(f"{bestaand} bestaat al; agressie init overschrijft niets.")
        schrijf_instellingen(map_pad, gemeente)
    instellingen = Instellingen(map_pad, lees_toml(bestand))
    maak_leeg_register(instellingen.register_pad, laad_profiel(instellingen))
    typer.echo(f"Instellingen: {bestand}")
    typer.echo(f"Register:     {instellingen.register_pad}")
    typer.echo("Controleer de ondertekenaar en de adressen in agressie.toml voordat u brieven maakt.")


# ------------------------------------------------------------------------------------------------
# melden / aanvullen: dezelfde opties
# ------------------------------------------------------------------------------------------------

Datum = Annotated[Optional[str], typer.Option("--datum", help="Datum van het incident, JJJJ-MM-DD of DD-MM-JJJJ (standaard vandaag). Voorbeeld: --datum 17-11-2026", show_default=False)]
Tijd = Annotated[Optional[str], typer.Option("--tijd", help="Tijdstip UU:MM. Voorbeeld: --tijd 10:30", show_default=False)]
Naam = Annotated[Optional[str], typer.Option("--naam", help="Naam van de persoon (agressor). Voorbeeld: --naam \"Jan de Vries\"", show_default=False)]
Geboortedatum = Annotated[Optional[str], typer.Option("--geboortedatum", help="Geboortedatum, om personen met dezelfde naam te onderscheiden. Voorbeeld: --geboortedatum 12-03-1980", show_default=False)]
Adres = Annotated[Optional[str], typer.Option("--adres", help="Straat en huisnummer. Voorbeeld: --adres \"Markt 12\"", show_default=False)]
Postcode = Annotated[Optional[str], typer.Option("--postcode", help="Voorbeeld: --postcode \"4941 AB\"", show_default=False)]
Woonplaats = Annotated[Optional[str], typer.Option("--woonplaats", help="Voorbeeld: --woonplaats Raamsdonksveer", show_default=False)]
Telefoon = Annotated[Optional[str], typer.Option("--telefoon", help="Voorbeeld: --telefoon 06-12345678", show_default=False)]
Email = Annotated[Optional[str], typer.Option("--email", help="E-mailadres; is er geen postadres, dan gaat een waarschuwing per e-mail. Voorbeeld: --email jan@example.nl", show_default=False)]
Kanaal = Annotated[Optional[str], typer.Option("--kanaal", help="balie, spreekkamer, telefoon, schriftelijk, huisbezoek, bedrijfscontrole of elders. Voorbeeld: --kanaal balie", show_default=False)]
Ernst = Annotated[Optional[str], typer.Option("--ernst", help="Profiel Geertruidenberg: licht, agressief of strafbaar. Voorbeeld: --ernst agressief", show_default=False)]
Gedrag = Annotated[Optional[str], typer.Option("--gedrag", help="Profiel Losser: A, B, C, D of E. Voorbeeld: --gedrag C --aanhoudend", show_default=False)]
Aanhoudend = Annotated[Optional[bool], typer.Option("--aanhoudend/--niet-aanhoudend", help="Profiel Losser: hield A/B/C-gedrag aan na 3-4 pogingen om het om te buigen? Voorbeeld: --gedrag C --aanhoudend", show_default=False)]
Vorm = Annotated[Optional[list[str]], typer.Option("--vorm", help="Herhaalbaar: verbaal, fysiek, discriminatie, seksuele-intimidatie, hinderlijk. Voorbeeld: --vorm verbaal --vorm fysiek", show_default=False)]
Omschrijving = Annotated[Optional[str], typer.Option("--omschrijving", help="Wat deed en zei de persoon, aanleiding, wat gebeurde daarna. Voorbeeld: --omschrijving \"Schold de medewerker uit\"", show_default=False)]
Melder = Annotated[Optional[str], typer.Option("--melder", help="Naam van de melder. Voorbeeld: --melder \"P. Jansen\"", show_default=False)]
Functie = Annotated[Optional[str], typer.Option("--functie", help="Functie van de melder. Voorbeeld: --functie baliemedewerker", show_default=False)]
Medewerker = Annotated[Optional[list[str]], typer.Option("--medewerker", help="Herhaalbaar: betrokken medewerker(s). Voorbeeld: --medewerker \"P. Jansen\"", show_default=False)]
Afdeling = Annotated[Optional[str], typer.Option("--afdeling", help="Afdeling of cluster. Voorbeeld: --afdeling Burgerzaken", show_default=False)]
Leidinggevende = Annotated[Optional[str], typer.Option("--leidinggevende", help="Leidinggevende/clustermanager. Voorbeeld: --leidinggevende \"K. Smits\"", show_default=False)]
Letsel = Annotated[Optional[str], typer.Option("--letsel", help="Lichamelijk letsel (beschrijving; 'nee' = geen). Voorbeeld: --letsel \"kneuzing pols\"", show_default=False)]
Psychisch = Annotated[Optional[str], typer.Option("--psychisch", help="Psychische klachten (beschrijving). Voorbeeld: --psychisch \"slaapt slecht\"", show_default=False)]
MaterieleSchade = Annotated[Optional[str], typer.Option("--materiele-schade", help="Materiële schade (beschrijving). Voorbeeld: --materiele-schade \"balieruit gebroken\"", show_default=False)]
Politie = Annotated[Optional[bool], typer.Option("--politie/--geen-politie", help="Is de politie ingeschakeld? Voorbeeld: --politie (of --geen-politie)", show_default=False)]
Aangifte = Annotated[Optional[bool], typer.Option("--aangifte/--geen-aangifte", help="Is (of wordt) aangifte gedaan? Voorbeeld: --aangifte (of --geen-aangifte)", show_default=False)]
Uitkering = Annotated[Optional[str], typer.Option("--uitkering", help="participatiewet, ioaw of ioaz: de brief noemt dan de mogelijke verlaging. Voorbeeld: --uitkering participatiewet", show_default=False)]
Ambtsdrager = Annotated[Optional[bool], typer.Option("--politiek-ambtsdrager/--geen-politiek-ambtsdrager", help="Was de agressie gericht tegen een politiek ambtsdrager (48-uurstermijn burgemeester)? Voorbeeld: --politiek-ambtsdrager", show_default=False)]
PersoonOptie = Annotated[Optional[str], typer.Option("--persoon", help="Koppel aan een bekende persoon. Voorbeeld: --persoon P0003", show_default=False)]
Json = Annotated[bool, typer.Option("--json", help="Uitvoer als JSON, voor koppelingen en scripts. Voorbeeld: agressie lijst --json")]


def _interactief() -> bool:
    """Alleen vragen stellen als er een mens aan een terminal zit; in scripts en CI nooit."""
    return sys.stdin.isatty()


def _ja_nee(vraag: str) -> bool:
    while True:
        antwoord = typer.prompt(f"{vraag} [j/N]", default="", show_default=False).strip().lower()
        if antwoord in ("", "n", "nee"):
            return False
        if antwoord in ("j", "ja", "y"):
            return True
        typer.echo("Antwoord met j (ja) of n (nee).")


def _ruwe_velden(opties: dict) -> dict:
    """De incident- en persoonsvelden uit de opties van melden/aanvullen (die dezelfde opties hebben)."""
    from agressie_cli.meldingen import INCIDENTVELDEN, PERSOONSVELDEN

    velden = {v: opties.get(v) for v in (*INCIDENTVELDEN, *PERSOONSVELDEN) if v != "ambtsdrager"}
    velden["ambtsdrager"] = opties.get("politiek_ambtsdrager")
    return velden


def _vraag_ontbrekende(ruw: dict, profiel, persoon: str | None) -> list[str]:
    from agressie_cli.meldingen import OPTIE, verplicht_bij_melden

    vragen = {"naam": "Naam van de persoon", "kanaal": "Kanaal (balie, spreekkamer, telefoon, schriftelijk, huisbezoek, bedrijfscontrole, elders)",
              "ernst": "Ernst (licht, agressief, strafbaar)", "gedrag": "Gedrag (A, B, C, D of E)"}
    mist = [v for v in verplicht_bij_melden(profiel) if not ruw.get(v) and not (v == "naam" and persoon)]
    if mist and _interactief():
        for veld in mist:
            ruw[veld] = typer.prompt(vragen.get(veld, veld))
        return []
    return [OPTIE[v] for v in mist]


@app.command()
@opdracht
def melden(
    ctx: typer.Context,
    datum: Datum = None, tijd: Tijd = None, naam: Naam = None, geboortedatum: Geboortedatum = None,
    adres: Adres = None, postcode: Postcode = None, woonplaats: Woonplaats = None, telefoon: Telefoon = None,
    email: Email = None, kanaal: Kanaal = None, ernst: Ernst = None, gedrag: Gedrag = None,
    aanhoudend: Aanhoudend = None, vorm: Vorm = None, omschrijving: Omschrijving = None, melder: Melder = None,
    functie: Functie = None, medewerker: Medewerker = None, afdeling: Afdeling = None,
    leidinggevende: Leidinggevende = None, letsel: Letsel = None, psychisch: Psychisch = None,
    materiele_schade: MaterieleSchade = None, politie: Politie = None, aangifte: Aangifte = None,
    uitkering: Uitkering = None, politiek_ambtsdrager: Ambtsdrager = None, persoon: PersoonOptie = None,
    als_json: Json = False,
):
    """Registreert een incident (stap 2). Verplicht: --naam, --kanaal en --ernst (of --gedrag).

    Voorbeeld: agressie melden --naam "Jan de Vries" --kanaal balie --ernst agressief --vorm verbaal
    """
    from agressie_cli.meldingen import controleer_velden, melden as registreer
    from agressie_cli.personen import zoek_persoon

    omg = omgeving(ctx)
    profiel = omg.profiel
    ruw = _ruwe_velden(locals())
    mist = _vraag_ontbrekende(ruw, profiel, persoon)
    if mist:
        raise InvoerFout(f"Verplicht bij melden, maar niet opgegeven: {', '.join(mist)}.")
    velden = controleer_velden(ruw, profiel)
    if persoon is None and _interactief():
        gevonden = zoek_persoon(omg.lees(), velden["naam"], velden.get("geboortedatum"))
        if gevonden.zeker is None:
            for kandidaat in gevonden.bijna:
                if _ja_nee(f"Let op: bedoelt u {kandidaat['persoon']} {kandidaat.get('naam')}?"):
                    persoon = kandidaat["persoon"]
                    break
    with omg.opslag.wijzig() as register:
        uitkomst = registreer(register, profiel, velden, persoon)
    inc, p = uitkomst.incident, uitkomst.persoon
    ontbrekend = [v for v in (inc.get("ontbrekend") or "").split(", ") if v]
    if als_json:
        druk_json({
            "incident": inc["incident"], "persoon": p["persoon"], "naam": p.get("naam"), "nieuw_persoon": uitkomst.nieuw_persoon,
            "datum": inc["datum"].isoformat(), "status": inc["status"], "ontbrekend": ontbrekend,
            "bedoelt_u": [{"persoon": b["persoon"], "naam": b.get("naam")} for b in uitkomst.bijna],
        })
        return
    typer.echo(f"Incident {inc['incident']} geregistreerd voor persoon {p['persoon']} ({p.get('naam')})"
               + (" (nieuwe persoon)." if uitkomst.nieuw_persoon else "."))
    for b in uitkomst.bijna:
        typer.echo(f"Let op: bedoelt u {b['persoon']} {b.get('naam')}? Koppel dan met: agressie aanvullen {inc['incident']} --persoon {b['persoon']}")
    typer.echo(f"Status: {inc['status']}.")
    if ontbrekend:
        typer.echo(f"Nog aan te vullen: {', '.join(ontbrekend)} (agressie aanvullen {inc['incident']} ...).")
    typer.echo(f"Advies: agressie advies {inc['incident']}")


@app.command()
@opdracht
def aanvullen(
    ctx: typer.Context,
    incident: Annotated[str, typer.Argument(help="Incidentnummer, bijvoorbeeld 2026-0001.", show_default=False)],
    datum: Datum = None, tijd: Tijd = None, naam: Naam = None, geboortedatum: Geboortedatum = None,
    adres: Adres = None, postcode: Postcode = None, woonplaats: Woonplaats = None, telefoon: Telefoon = None,
    email: Email = None, kanaal: Kanaal = None, ernst: Ernst = None, gedrag: Gedrag = None,
    aanhoudend: Aanhoudend = None, vorm: Vorm = None, omschrijving: Omschrijving = None, melder: Melder = None,
    functie: Functie = None, medewerker: Medewerker = None, afdeling: Afdeling = None,
    leidinggevende: Leidinggevende = None, letsel: Letsel = None, psychisch: Psychisch = None,
    materiele_schade: MaterieleSchade = None, politie: Politie = None, aangifte: Aangifte = None,
    uitkering: Uitkering = None, politiek_ambtsdrager: Ambtsdrager = None, persoon: PersoonOptie = None,
    als_json: Json = False,
):
    """Vult een incident aan of verbetert het, en toont wat er veranderde.

    Voorbeeld: agressie aanvullen 2026-0001 --tijd 10:30 --adres "Markt 12" --postcode "4941 AB" --woonplaats Raamsdonksveer
    """
    from agressie_cli.meldingen import aanvullen as vul_aan, controleer_velden, toon_waarde

    omg = omgeving(ctx)
    profiel = omg.profiel
    velden = controleer_velden(_ruwe_velden(locals()), profiel)
    if not velden and not persoon:
        raise InvoerFout("Geef minstens één veld om aan te vullen, bijvoorbeeld --tijd 10:30.")
    with omg.opslag.wijzig() as register:
        uitkomst = vul_aan(register, profiel, incident, velden, persoon)
    inc = uitkomst.incident
    ontbrekend = [v for v in (inc.get("ontbrekend") or "").split(", ") if v]
    if als_json:
        druk_json({
            "incident": inc["incident"], "persoon": inc.get("persoon"), "status": inc.get("status"), "ontbrekend": ontbrekend,
            "gewijzigd": [{"veld": w.veld, "oud": toon_waarde(w.oud), "nieuw": toon_waarde(w.nieuw)} for w in uitkomst.wijzigingen],
        })
        return
    if not uitkomst.wijzigingen:
        typer.echo(f"Incident {inc['incident']}: niets gewijzigd (de waarden stonden er al).")
        return
    typer.echo(f"Incident {inc['incident']} aangevuld:")
    for w in uitkomst.wijzigingen:
        typer.echo(f"  {w.veld}: {toon_waarde(w.oud)} -> {toon_waarde(w.nieuw)}")
    typer.echo(f"Status: {inc['status']}." + (f" Nog aan te vullen: {', '.join(ontbrekend)}." if ontbrekend else ""))


# ------------------------------------------------------------------------------------------------
# lijst / historie
# ------------------------------------------------------------------------------------------------

@app.command()
@opdracht
def lijst(
    ctx: typer.Context,
    van: Annotated[Optional[str], typer.Option("--van", help="Vanaf deze datum. Voorbeeld: --van 2026-07-01", show_default=False)] = None,
    tot: Annotated[Optional[str], typer.Option("--tot", help="Tot en met deze datum. Voorbeeld: --tot 2026-09-30", show_default=False)] = None,
    naam: Annotated[Optional[str], typer.Option("--naam", help="Alleen deze persoon (naam of deel ervan, of P-nummer). Voorbeeld: --naam \"de Vries\"", show_default=False)] = None,
    status: Annotated[Optional[str], typer.Option("--status", help="Alleen incidenten met deze status. Voorbeeld: --status gemeld", show_default=False)] = None,
    als_json: Json = False,
):
    """Toont de incidenten als tabel, met status.

    Voorbeeld: agressie lijst --van 2026-07-01 --tot 2026-09-30
    """
    from agressie_cli.datums import lees_datum
    from agressie_cli.kolommen import STATUSSEN
    from agressie_cli.personen import zoek_op_naam

    van_d, tot_d = lees_datum(van, "--van"), lees_datum(tot, "--tot")
    if status and status not in STATUSSEN:
        raise InvoerFout(f"--status: '{status}' is onbekend. Kies uit: {', '.join(STATUSSEN)}.")
    omg = omgeving(ctx)
    profiel = omg.profiel
    register = omg.lees(bladen=("Incidenten", "Personen"))
    personen = None
    if naam:
        personen = {p.get("persoon") for p in zoek_op_naam(register, naam)}
    rijen = []
    for inc in register.incidenten:
        d = inc.get("datum")
        if (van_d or tot_d) and not isinstance(d, date):
            continue
        if van_d and d < van_d or tot_d and d > tot_d:
            continue
        if personen is not None and inc.get("persoon") not in personen:
            continue
        if status and inc.get("status") != status:
            continue
        rijen.append(inc)
    klasse = profiel.classificatie
    if als_json:
        druk_json([
            {
                "incident": i.get("incident"), "datum": i["datum"].isoformat() if isinstance(i.get("datum"), date) else i.get("datum"),
                "tijd": i["tijd"].strftime("%H:%M") if hasattr(i.get("tijd"), "strftime") else None,
                "persoon": i.get("persoon"), "naam": i.get("naam"), "kanaal": i.get("kanaal"), klasse: i.get(klasse),
                "status": i.get("status"), "ontbrekend": [v for v in (i.get("ontbrekend") or "").split(", ") if v],
            }
            for i in rijen
        ])
        return
    from tabulate import tabulate

    if not rijen:
        typer.echo("Geen incidenten gevonden.")
        return
    tabel = [[i.get("incident"), i["datum"].strftime("%d-%m-%Y") if isinstance(i.get("datum"), date) else i.get("datum"),
              i.get("persoon"), i.get("naam"), i.get("kanaal"), i.get(klasse), i.get("status")] for i in rijen]
    typer.echo(tabulate(tabel, headers=["Incident", "Datum", "Persoon", "Naam", "Kanaal", klasse.capitalize(), "Status"]))
    typer.echo(f"{len(rijen)} incident(en).")


@app.command()
@opdracht
def historie(
    ctx: typer.Context,
    zoek: Annotated[str, typer.Argument(metavar="NAAM|PERSOON", help="Naam (of deel ervan) of persoonnummer. Voorbeeld: \"Jan de Vries\" of P0003", show_default=False)],
    peildatum: Annotated[Optional[str], typer.Option("--peildatum", help="Bekijk de historie op deze datum (standaard vandaag). Voorbeeld: --peildatum 2026-11-23", show_default=False)] = None,
    als_json: Json = False,
):
    """Toont de incidenten en maatregelen van een persoon, nieuwste eerst, met het venster en lopende verboden.

    Voorbeeld: agressie historie "Jan de Vries"
    """
    from agressie_cli.historie import historie as bouw
    from agressie_cli.datums import voluit

    peil = datum_of_vandaag(peildatum, "--peildatum")
    omg = omgeving(ctx)
    gegevens = bouw(omg.lees(), omg.profiel, zoek, peil)
    if als_json:
        druk_json(gegevens)
        return
    from tabulate import tabulate

    typer.echo(f"{gegevens['persoon']}  {gegevens['naam']}" + (f"  (geboren {gegevens['geboortedatum']})" if gegevens["geboortedatum"] else ""))
    typer.echo(f"Venster: {omg.profiel.venster_maanden} maanden, vanaf {voluit(date.fromisoformat(gegevens['venster_vanaf']))} tot de peildatum {voluit(peil)}.")
    if gegevens["actieve_verboden"]:
        for v in gegevens["actieve_verboden"]:
            einde = f"tot en met {_nl(v['einde'])}" if v["einde"] else "voor onbepaalde tijd"
            typer.echo(f"LOPEND VERBOD: {v['label']} ({v['soort']}), vanaf {_nl(v['ingang'])} {einde}.")
    else:
        typer.echo("Geen lopend verbod.")
    klasse = omg.profiel.classificatie
    typer.echo("\nIncidenten:")
    typer.echo(tabulate([[i["incident"], _nl(i["datum"]), i["kanaal"], i.get(klasse), ", ".join(i["vorm"]), i["status"],
                          "ja" if i["binnen_venster"] else "nee"] for i in gegevens["incidenten"]],
                        headers=["Incident", "Datum", "Kanaal", klasse.capitalize(), "Vorm", "Status", "Binnen venster"]))
    typer.echo("\nMaatregelen:")
    if gegevens["maatregelen"]:
        typer.echo(tabulate([[m["maatregel"], m["incident"], m["soort"], _nl(m["datum"]), _nl(m["ingang"]),
                              (_nl(m["einde"]) or ("onbepaald" if m["duur"] == "onbepaald" else "")), "ja" if m["actief"] else "",
                              "ja" if m["afwijking"] else ""] for m in gegevens["maatregelen"]],
                            headers=["Maatregel", "Incident", "Soort", "Datum", "Ingang", "Einde", "Loopt", "Afwijking"]))
    else:
        typer.echo("  (geen)")


# ------------------------------------------------------------------------------------------------
# advies / maatregel / verboden / termijnen / afsluiten
# ------------------------------------------------------------------------------------------------

@app.command()
@opdracht
def advies(
    ctx: typer.Context,
    incident: Annotated[str, typer.Argument(help="Incidentnummer. Voorbeeld: 2026-0001", show_default=False)],
    als_json: Json = False,
):
    """Geeft de maatregel die het protocol van de gemeente voorschrijft, met uitleg (stap 3).

    Voorbeeld: agressie advies 2026-0001
    """
    from agressie_cli.advies import bereken_advies
    from agressie_cli.datums import duur_tekst, voluit

    omg = omgeving(ctx)
    register = omg.lees()
    uitkomst = bereken_advies(register, omg.profiel, register.incident(incident))
    if als_json:
        druk_json(uitkomst.als_json())
        return
    typer.echo(f"Advies voor incident {uitkomst.incident}: {uitkomst.label}"
               + (f" ({uitkomst.soort})" if uitkomst.soort else ""))
    typer.echo(f"Regel: {uitkomst.regel}")
    if uitkomst.periode:
        if uitkomst.duur_bepalen:
            typer.echo("Periode: door leidinggevende en medewerker te bepalen (--duur).")
        else:
            typer.echo(f"Periode: {duur_tekst(None if uitkomst.duur == 'onbepaald' else uitkomst.duur)}")
    typer.echo(f"Aangifte/melding bij de politie: {'ja' if uitkomst.aangifte else 'nee'}")
    typer.echo(f"Meegeteld (binnen het venster): {', '.join(uitkomst.meegeteld) or 'geen eerdere incidenten'}")
    if uitkomst.maatregelen_meegeteld:
        typer.echo(f"Eerdere maatregelen: {', '.join(uitkomst.maatregelen_meegeteld)}")
    if uitkomst.actieve_verboden:
        typer.echo(f"Lopende verboden (tellen altijd mee): {', '.join(uitkomst.actieve_verboden)}")
    if uitkomst.buiten_venster:
        typer.echo(f"Buiten het venster (telt niet mee): {', '.join(uitkomst.buiten_venster)}")
    for regel in uitkomst.uitleg:
        typer.echo(f"- {regel}")
    typer.echo(f"Informeren: {', '.join(uitkomst.informeren)}")
    typer.echo(f"Maatregel meedelen uiterlijk {voluit(uitkomst.uiterlijk)}.")
    if uitkomst.brief:
        typer.echo(f"Brief maken: agressie brief {uitkomst.incident}")


Soort = Annotated[Optional[str], typer.Option("--soort", help="Soort maatregel van het profiel (waarschuwing, toegangsverbod, registratie, ...). Voorbeeld: --soort registratie", show_default=False)]
Duur = Annotated[Optional[str], typer.Option("--duur", help="Duur in maanden of 'onbepaald' (alleen voor verboden). Voorbeeld: --duur 3", show_default=False)]
Ingang = Annotated[Optional[str], typer.Option("--ingang", help="Ingangsdatum van het verbod (standaard de datum van het besluit/de brief). Voorbeeld: --ingang 2026-11-24", show_default=False)]


@app.command()
@opdracht
def maatregel(
    ctx: typer.Context,
    incident: Annotated[str, typer.Argument(help="Incidentnummer. Voorbeeld: 2026-0001", show_default=False)],
    soort: Soort = None,
    datum: Annotated[Optional[str], typer.Option("--datum", help="Datum van het besluit (standaard vandaag). Voorbeeld: --datum 2026-11-23", show_default=False)] = None,
    ingang: Ingang = None,
    duur: Duur = None,
    toelichting: Annotated[Optional[str], typer.Option("--toelichting", help="Waarom, vooral bij afwijken van het advies. Voorbeeld: --toelichting \"brief via Corsa verstuurd\"", show_default=False)] = None,
    als_json: Json = False,
):
    """Legt een maatregel vast zonder brief (registratie, aangifte) of met een elders gemaakte brief.

    Voorbeeld: agressie maatregel 2026-0001 --soort registratie
    """
    from agressie_cli.datums import lees_datum, lees_duur
    from agressie_cli.maatregelen import afwijking_tekst, besluit, leg_vast

    besluitdatum = lees_datum(datum, "--datum")
    ingang_d = lees_datum(ingang, "--ingang")
    duur_w = lees_duur(duur)
    omg = omgeving(ctx)
    profiel = omg.profiel
    if soort is None:
        raise InvoerFout(f"--soort is verplicht. Kies uit: {', '.join(profiel.soorten)}.")
    profiel.soort(soort)
    with omg.opslag.wijzig() as register:
        b = besluit(register, profiel, incident, soort, besluitdatum, ingang_d, duur_w)
        m = leg_vast(register, profiel, b, toelichting=toelichting)
    uitvoer = _maatregel_uitvoer(m, b)
    if als_json:
        druk_json(uitvoer)
        return
    typer.echo(f"Maatregel {m['maatregel']} vastgelegd bij incident {m['incident']}: {m['label']} ({m['soort']}).")
    _druk_periode(m)
    if b.afwijking:
        typer.echo(afwijking_tekst(b))
    typer.echo(f"Status incident: {b.incident.get('status')}.")


def _maatregel_uitvoer(m: dict, b=None) -> dict:
    return {
        "maatregel": m["maatregel"], "incident": m["incident"], "persoon": m["persoon"], "soort": m["soort"],
        "datum": m["datum"].isoformat(), "ingang": m["ingang"].isoformat() if m.get("ingang") else None,
        "einde": m["einde"].isoformat() if m.get("einde") else None,
        "duur_maanden": None if m.get("duur") in (None, "onbepaald") else m["duur"],
        "onbepaald": m.get("duur") == "onbepaald",
        "afwijking": bool(m["afwijking"]), "advies": m.get("advies"), **({"status": b.incident.get("status")} if b else {}),
        "bestand": m.get("bestand"),
    }


def _druk_periode(m: dict) -> None:
    from agressie_cli.datums import voluit

    if m.get("duur") == "onbepaald":
        typer.echo(f"Periode: vanaf {voluit(m['ingang'])} voor onbepaalde tijd.")
    elif m.get("einde"):
        typer.echo(f"Periode: {m['duur']} maanden, vanaf {voluit(m['ingang'])} tot en met {voluit(m['einde'])}.")


@app.command()
@opdracht
def verboden(
    ctx: typer.Context,
    peildatum: Annotated[Optional[str], typer.Option("--peildatum", help="Welke verboden lopen op deze datum (standaard vandaag). Voorbeeld: --peildatum 2026-12-01", show_default=False)] = None,
    naam: Annotated[Optional[str], typer.Option("--naam", help="Alleen deze persoon. Voorbeeld: --naam \"de Vries\"", show_default=False)] = None,
    als_json: Json = False,
):
    """Lijst voor de receptie: wie heeft nu een toegangsverbod of belverbod (stap 5).

    Voorbeeld: agressie verboden
    """
    from agressie_cli.maatregelen import verboden_lijst

    peil = datum_of_vandaag(peildatum, "--peildatum")
    omg = omgeving(ctx)
    rijen = verboden_lijst(omg.lees(bladen=("Personen", "Maatregelen")), omg.profiel, peil, naam)
    if als_json:
        druk_json(rijen)
        return
    from tabulate import tabulate

    if not rijen:
        typer.echo(f"Geen lopende toegangs- of belverboden op {peil:%d-%m-%Y}.")
        return
    typer.echo(f"Lopende verboden op {peil:%d-%m-%Y}:")
    typer.echo(tabulate([[r["persoon"], r["naam"], r["label"], "ja" if r["toegang"] else "", "ja" if r["bellen"] else "",
                          date.fromisoformat(r["ingang"]).strftime("%d-%m-%Y"),
                          date.fromisoformat(r["einde"]).strftime("%d-%m-%Y") if r["einde"] else "onbepaald"] for r in rijen],
                        headers=["Persoon", "Naam", "Verbod", "Geen toegang", "Niet bellen", "Ingang", "Einde (t/m)"]))


@app.command()
@opdracht
def termijnen(
    ctx: typer.Context,
    peildatum: Annotated[Optional[str], typer.Option("--peildatum", help="Standaard vandaag. Voorbeeld: --peildatum 2026-11-30", show_default=False)] = None,
    alles: Annotated[bool, typer.Option("--alles", help="Ook termijnen die al meer dan 90 dagen verlopen zijn een voor een tonen (anders samengevat in één regel). Voorbeeld: agressie termijnen --alles")] = False,
    als_json: Json = False,
):
    """Wat open staat, het dringendste eerst: reactietermijn van een week, onvolledige meldingen, aflopende verboden, nazorg.

    Voorbeeld: agressie termijnen
    """
    from agressie_cli.termijnen import ACHTERSTAND_DAGEN, splits_achterstand, termijnen as bereken

    peil = datum_of_vandaag(peildatum, "--peildatum")
    omg = omgeving(ctx)
    items = bereken(omg.lees(), omg.profiel, peil)
    if als_json:
        druk_json(items)
        return
    from tabulate import tabulate

    actueel, achterstand = (items, []) if alles else splits_achterstand(items)
    if not items:
        typer.echo("Niets open.")
        return
    if actueel:
        typer.echo(tabulate([[("VERLOPEN " if i["verlopen"] else "") + date.fromisoformat(i["uiterlijk"]).strftime("%d-%m-%Y"),
                              i["dagen"], i["soort"], i["incident"] or "", i["omschrijving"]] for i in actueel],
                            headers=["Uiterlijk", "Dagen", "Wat", "Incident", "Omschrijving"]))
    if achterstand:
        incidenten = len({i["incident"] for i in achterstand})
        oudste = date.fromisoformat(achterstand[0]["uiterlijk"]).strftime("%d-%m-%Y")
        typer.echo(("\n" if actueel else "")
                   + f"Daarnaast {len(achterstand)} {'termijn' if len(achterstand) == 1 else 'termijnen'} bij {incidenten} "
                   f"{'incident' if incidenten == 1 else 'incidenten'} die al meer dan {ACHTERSTAND_DAGEN} dagen verlopen "
                   f"{'is' if len(achterstand) == 1 else 'zijn'} (de oudste op {oudste}). Toon ze met: agressie termijnen --alles\n"
                   "Is een incident klaar, sluit het dan af: agressie afsluiten NUMMER")


@app.command()
@opdracht
def afsluiten(
    ctx: typer.Context,
    incident: Annotated[str, typer.Argument(help="Incidentnummer. Voorbeeld: 2026-0001", show_default=False)],
):
    """Zet een incident op 'afgehandeld' als alles rond is.

    Voorbeeld: agressie afsluiten 2026-0001
    """
    omg = omgeving(ctx)
    with omg.opslag.wijzig() as register:
        inc = register.incident(incident)
        inc["status"] = "afgehandeld"
        register.log("afsluiten", incident)
    typer.echo(f"Incident {incident} is afgehandeld.")


# ------------------------------------------------------------------------------------------------
# brief / sjablonen
# ------------------------------------------------------------------------------------------------

@app.command()
@opdracht
def brief(
    ctx: typer.Context,
    incidenten: Annotated[Optional[list[str]], typer.Argument(metavar="INCIDENT...", help="Een of meer incidentnummers. Voorbeeld: 2026-0001 2026-0002", show_default=False)] = None,
    alle_open: Annotated[bool, typer.Option("--alle-open", help="Brieven voor alle incidenten zonder besloten maatregel waarvoor het advies een brief is. Voorbeeld: agressie brief --alle-open --pdf")] = False,
    soort: Annotated[Optional[str], typer.Option("--soort", help="Soort brief (standaard het advies). Voorbeeld: --soort toegangsverbod", show_default=False)] = None,
    duur: Duur = None,
    datum: Annotated[Optional[str], typer.Option("--datum", help="Datum van de brief (standaard vandaag). Voorbeeld: --datum 2026-11-23", show_default=False)] = None,
    ingang: Ingang = None,
    uit: Annotated[Optional[Path], typer.Option("--uit", help="Map voor de brief (standaard brieven/ naast het register). Voorbeeld: --uit H:\\Brieven", show_default=False)] = None,
    pdf: Annotated[bool, typer.Option("--pdf", help="Maak ook een PDF met LibreOffice. Voorbeeld: agressie brief 2026-0001 --pdf")] = False,
    overschrijven: Annotated[bool, typer.Option("--overschrijven", help="Een bestaande brief met dezelfde naam vervangen. Voorbeeld: agressie brief 2026-0001 --overschrijven")] = False,
    gesprek_datum: Annotated[Optional[str], typer.Option("--gesprek-datum", help="Ordegesprek: datum van het gesprek. Voorbeeld: --gesprek-datum 2026-12-01", show_default=False)] = None,
    gesprek_tijd: Annotated[Optional[str], typer.Option("--gesprek-tijd", help="Ordegesprek: tijd. Voorbeeld: --gesprek-tijd 14:00", show_default=False)] = None,
    locatie: Annotated[Optional[str], typer.Option("--locatie", help="Ordegesprek: plaats. Voorbeeld: --locatie \"het gemeentehuis, spreekkamer 2\"", show_default=False)] = None,
    aanwezige: Annotated[Optional[list[str]], typer.Option("--aanwezige", help="Ordegesprek: wie er namens de gemeente bij zijn (herhaalbaar). Voorbeeld: --aanwezige \"K. Smits, clustermanager\"", show_default=False)] = None,
    afspraak: Annotated[Optional[list[str]], typer.Option("--afspraak", help="Bevestiging ordegesprek: een gemaakte afspraak (herhaalbaar). Voorbeeld: --afspraak \"U belt alleen tijdens kantooruren\"", show_default=False)] = None,
    overtreding: Annotated[Optional[str], typer.Option("--overtreding", help="Niet-nakomen: datum en tijd van de overtreding. Voorbeeld: --overtreding \"2026-11-20 14:05\"", show_default=False)] = None,
    als_json: Json = False,
):
    """Maakt de brief (DOCX) en legt de maatregel vast in het register (stap 4).

    Voorbeeld: agressie brief 2026-0001 --pdf
    """
    import copy

    from agressie_cli.brieven import Briefgegevens, Briefverzoek, lees_overtreding, maak_brief, maak_brieven, naar_pdf, open_incidenten
    from agressie_cli.datums import controleer_tekstlijst, lees_datum, lees_duur, lees_tijd

    extra = Briefgegevens(
        datum=datum_of_vandaag(datum, "--datum"),
        gesprek_datum=lees_datum(gesprek_datum, "--gesprek-datum"),
        gesprek_tijd=lees_tijd(gesprek_tijd, "--gesprek-tijd"),
        locatie=controleer_tekstlijst("--locatie", [locatie])[0] if locatie else None,
        aanwezigen=tuple(controleer_tekstlijst("--aanwezige", aanwezige or [])),
        afspraken=tuple(controleer_tekstlijst("--afspraak", afspraak or [])),
        overtreding=lees_overtreding(overtreding),
    )
    duur_w = lees_duur(duur)
    ingang_d = lees_datum(ingang, "--ingang")
    omg = omgeving(ctx)
    nummers = list(dict.fromkeys(incidenten or []))
    if alle_open:
        nummers += [n for n in open_incidenten(omg.opslag, omg.profiel) if n not in nummers]
        if not nummers:
            typer.echo("Geen open incidenten waarvoor het advies een brief is.")
            return
    if not nummers:
        raise InvoerFout("Geef een incidentnummer (bijvoorbeeld agressie brief 2026-0001) of --alle-open.")
    if len(nummers) == 1:
        brieven = [maak_brief(omg.instellingen, omg.profiel, omg.opslag, nummers[0], soort, duur_w, ingang_d, extra, uit, overschrijven)]
        fouten: list = []
    else:
        verzoeken = [Briefverzoek(n, soort, duur_w, ingang_d, copy.copy(extra)) for n in nummers]
        with typer.progressbar(length=len(verzoeken), label="Brieven maken", file=sys.stderr) as balk:
            brieven, fouten = maak_brieven(omg.instellingen, omg.profiel, omg.opslag, verzoeken, uit, overschrijven, voortgang=balk.update)
    pdfs: dict = {}
    pdf_fout = None
    if pdf and brieven:
        try:
            for b, p in zip(brieven, naar_pdf([b.pad for b in brieven], brieven[0].pad.parent)):
                pdfs[b.pad] = p
        except AgressieFout as fout:
            pdf_fout = fout.melding
    if als_json:
        uitvoer = []
        for b in brieven:
            rij = _maatregel_uitvoer(b.maatregel, None)
            rij.update({"bestand": str(b.pad), "pdf": str(pdfs[b.pad]) if b.pad in pdfs else None, "pdf_fout": pdf_fout})
            uitvoer.append(rij)
        if len(nummers) == 1:
            druk_json(uitvoer[0])
        else:
            druk_json({"brieven": uitvoer, "fouten": [{"incident": n, "melding": m} for n, m in fouten]})
    else:
        for b in brieven:
            m = b.maatregel
            typer.echo(f"Brief gemaakt: {b.pad}")
            if b.pad in pdfs:
                typer.echo(f"PDF: {pdfs[b.pad]}")
            typer.echo(f"Maatregel {m['maatregel']} vastgelegd bij {m['incident']}: {m['label']} ({m['soort']}).")
            _druk_periode(m)
            if b.afwijking:
                typer.echo(b.afwijking)
        for nummer, melding in fouten:
            typer.echo(f"Niet gemaakt voor {nummer}: {melding}", err=True)
        if len(nummers) > 1:
            typer.echo(f"{len(brieven)} brief/brieven gemaakt, {len(fouten)} niet.")
    if pdf_fout:
        typer.echo(f"Let op: {pdf_fout}", err=True)
        raise typer.Exit(1)
    if fouten:
        raise typer.Exit(2 if not brieven else 1)


@sjablonen_app.command("controleer")
@opdracht
def sjablonen_controleer(
    ctx: typer.Context,
    map_: Annotated[Optional[Path], typer.Argument(metavar="[MAP]", help="Map met eigen sjablonen (standaard die uit agressie.toml, anders de meegeleverde). Voorbeeld: M:\\Agressie\\sjablonen", show_default=False)] = None,
):
    """Controleert (eigen) sjablonen: onbekende variabelen en variabelen die ontbreken. Exit 0 als alles klopt.

    Voorbeeld: agressie sjablonen controleer M:\\Agressie\\sjablonen
    """
    from agressie_cli.sjablooncontrole import controleer_map

    omg = omgeving(ctx)
    map_pad = map_
    profiel = None
    if map_pad is None or (omg.map / "agressie.toml").is_file():
        try:
            profiel = omg.profiel
            if map_pad is None:
                from agressie_cli.brieven import eigen_sjablonenmap, meegeleverde_sjablonen, sjablonenset

                map_pad = eigen_sjablonenmap(omg.instellingen) or meegeleverde_sjablonen() / sjablonenset(profiel)
        except AgressieFout:
            if map_pad is None:
                raise
    if not map_pad.is_dir():
        raise InvoerFout(f"Map '{map_pad}' bestaat niet.")
    uitkomsten = controleer_map(map_pad, profiel)
    alles_goed = True
    for u in uitkomsten:
        if u.goed:
            typer.echo(f"OK      {u.bestand}")
            continue
        alles_goed = False
        typer.echo(f"FOUT    {u.bestand}")
        for regel in u.problemen:
            typer.echo(f"        {regel}")
    if not uitkomsten:
        raise InvoerFout(f"Geen .docx-sjablonen gevonden in '{map_pad}'.")
    if not alles_goed:
        raise typer.Exit(1)
    typer.echo(f"Alle {len(uitkomsten)} sjablonen in orde.")


# ------------------------------------------------------------------------------------------------
# rapport
# ------------------------------------------------------------------------------------------------

@app.command()
@opdracht
def rapport(
    ctx: typer.Context,
    kwartaal: Annotated[Optional[str], typer.Option("--kwartaal", help="Kwartaal JJJJ-QN. Voorbeeld: --kwartaal 2026-Q3", show_default=False)] = None,
    jaar: Annotated[Optional[str], typer.Option("--jaar", help="Een heel jaar. Voorbeeld: --jaar 2026", show_default=False)] = None,
    uit: Annotated[Optional[Path], typer.Option("--uit", help="Excel-bestand (standaard rapporten/rapport-PERIODE.xlsx naast het register). Voorbeeld: --uit MT-overzicht.xlsx", show_default=False)] = None,
    met_namen: Annotated[bool, typer.Option("--met-namen", help="Namen van personen en medewerkers opnemen (alleen als daar reden voor is: AVG). Voorbeeld: agressie rapport --kwartaal 2026-Q3 --met-namen")] = False,
    overschrijven: Annotated[bool, typer.Option("--overschrijven", help="Een bestaand rapport vervangen. Voorbeeld: agressie rapport --kwartaal 2026-Q3 --overschrijven")] = False,
    als_json: Json = False,
):
    """Kwartaaloverzicht voor het MT naar Excel: kengetallen, trend met grafieken, incidenten zonder namen (stap 6).

    Voorbeeld: agressie rapport --kwartaal 2026-Q3
    """
    from agressie_cli.rapport import lees_periode, rijen_samenvatting, schrijf_werkboek

    periode = lees_periode(kwartaal, jaar)
    omg = omgeving(ctx)
    doel = uit or omg.instellingen.map / "rapporten" / f"rapport-{periode.naam}.xlsx"
    if doel.suffix.lower() != ".xlsx":
        raise InvoerFout(f"--uit: '{doel.name}' moet op .xlsx eindigen.")
    if doel.exists() and not overschrijven:
        raise InvoerFout(f"{doel} bestaat al. Gebruik --overschrijven om het rapport te vervangen, of kies een ander bestand met --uit.")
    profiel = omg.profiel
    try:
        register = omg.lees()
        with typer.progressbar(length=5, label="Rapport maken", file=sys.stderr,
                               hidden=not sys.stderr.isatty() or len(register.incidenten) < 5000) as balk:
            gegevens = schrijf_werkboek(register, profiel, omg.instellingen.gemeente, periode, doel, met_namen,
                                        voortgang=lambda: balk.update(1))
    except PermissionError:
        raise AgressieFout(f"Het rapport '{doel}' kan niet geschreven worden (geopend in Excel, of geen schrijfrechten).", code=1)
    gegevens["bestand"] = str(doel)
    if als_json:
        druk_json(gegevens)
        return
    from tabulate import tabulate

    rijen = rijen_samenvatting(gegevens, gegevens["vorige_periode"], gegevens["jaar_eerder"], profiel)
    typer.echo(f"Kwartaaloverzicht {periode.omschrijving()}")
    typer.echo(tabulate([[n, "" if a is None else a, "" if b is None else b, "" if c is None else c] for n, a, b, c, _ in rijen],
                        headers=["Kengetal", periode.naam, periode.vorige().naam, periode.jaar_eerder().naam],
                        preserve_whitespace=True))  # de inspringing van de groepen blijft zichtbaar
    typer.echo(f"Rapport: {doel}")


# ------------------------------------------------------------------------------------------------
# herstel / opschonen
# ------------------------------------------------------------------------------------------------

@app.command()
@opdracht
def herstel(
    ctx: typer.Context,
    kopie: Annotated[Optional[str], typer.Argument(metavar="[KOPIE]", help="Nummer of bestandsnaam uit 'agressie herstel --lijst' (standaard de nieuwste goede). Voorbeeld: 2", show_default=False)] = None,
    lijst_: Annotated[bool, typer.Option("--lijst", help="Alleen de reservekopieën tonen. Voorbeeld: agressie herstel --lijst")] = False,
):
    """Zet een reservekopie van het register terug; het huidige (beschadigde) register blijft apart bewaard.

    Voorbeeld: agressie herstel --lijst
    """
    from agressie_cli.herstel import herstel as zet_terug, kopieen
    from agressie_cli.instellingen import Instellingen, INSTELLINGEN_BESTAND, kies_map, lees_toml
    from agressie_cli.profiel import laad_profiel
    from agressie_cli.register import ExcelOpslag

    map_pad = kies_map((ctx.obj or {}).get("map"))
    if not (map_pad / INSTELLINGEN_BESTAND).is_file():
        raise AgressieFout(f"Geen instellingen gevonden in '{map_pad}'. Start in de map van het register of gebruik --map.", code=1)
    instellingen = Instellingen(map_pad, lees_toml(map_pad / INSTELLINGEN_BESTAND))
    opslag = ExcelOpslag(instellingen.register_pad, laad_profiel(instellingen))
    if lijst_:
        from tabulate import tabulate

        rijen = kopieen(opslag)
        if not rijen:
            typer.echo("Er zijn nog geen reservekopieën.")
            return
        typer.echo(tabulate([[k.nummer, k.pad.name, f"{k.tijdstip:%d-%m-%Y %H:%M:%S}", f"{k.grootte // 1024} kB",
                              "ja" if k.leesbaar else "BESCHADIGD", "" if k.incidenten is None else k.incidenten] for k in rijen],
                            headers=["Nr", "Bestand", "Gemaakt", "Grootte", "Leesbaar", "Incidenten"]))
        return
    gekozen, apart = zet_terug(opslag, kopie)
    typer.echo(f"Register teruggezet uit {gekozen.pad.name} ({gekozen.incidenten} incidenten).")
    if apart:
        typer.echo(f"Het vorige register is bewaard als {apart}.")


@app.command()
@opdracht
def opschonen(
    ctx: typer.Context,
    peildatum: Annotated[Optional[str], typer.Option("--peildatum", help="Standaard vandaag. Voorbeeld: --peildatum 2031-01-01", show_default=False)] = None,
    uitvoeren: Annotated[bool, typer.Option("--uitvoeren", help="Echt anonimiseren (zonder deze optie alleen een lijst: proefdraaien). Voorbeeld: agressie opschonen --uitvoeren")] = False,
    als_json: Json = False,
):
    """Bewaartermijn (AVG): toont, of met --uitvoeren anonimiseert, personen van wie de termijn verstreken is.

    Voorbeeld: agressie opschonen            (proefdraaien)
    """
    from agressie_cli.opschonen import anonimiseer, kandidaten

    peil = datum_of_vandaag(peildatum, "--peildatum")
    omg = omgeving(ctx)
    jaren = omg.instellingen.bewaartermijn_jaren
    if not uitvoeren:
        lijst_k = kandidaten(omg.lees(), omg.profiel, peil, jaren)
        verwijderd: list = []
    else:
        with omg.opslag.wijzig() as register:
            lijst_k = kandidaten(register, omg.profiel, peil, jaren)
            verwijderd = anonimiseer(register, [k.persoon for k in lijst_k], omg.instellingen.map / "brieven", peil)
    if als_json:
        druk_json({"uitgevoerd": uitvoeren, "bewaartermijn_jaren": jaren, "peildatum": peil.isoformat(),
                   "personen": [{"persoon": k.persoon, "laatste_incident": k.laatste_incident.isoformat() if k.laatste_incident else None,
                                 "incidenten": k.incidenten} for k in lijst_k],
                   "verwijderde_brieven": [p.name for p in verwijderd]})
        return
    if not lijst_k:
        typer.echo(f"Niemand heeft de bewaartermijn van {jaren} jaar bereikt op {peil:%d-%m-%Y}.")
        return
    from tabulate import tabulate

    typer.echo(tabulate([[k.persoon, k.naam, k.laatste_incident.strftime("%d-%m-%Y") if k.laatste_incident else "", k.incidenten] for k in lijst_k],
                        headers=["Persoon", "Naam", "Laatste incident", "Incidenten"]))
    if uitvoeren:
        typer.echo(f"{len(lijst_k)} persoon/personen geanonimiseerd; {len(verwijderd)} brief(en) verwijderd. De nummers en tellingen blijven.")
        typer.echo("Let op: oudere reservekopieën in 'reservekopieen' bevatten de gegevens nog tot ze vanzelf vervallen.")
    else:
        typer.echo("Proefdraaien: er is niets gewijzigd. Anonimiseer met: agressie opschonen --uitvoeren" + (f" --peildatum {peil.isoformat()}" if peildatum else ""))


def main() -> None:
    app()


if __name__ == "__main__":
    main()
