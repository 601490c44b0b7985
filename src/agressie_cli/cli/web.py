"""De webvoorkant starten (agressie web), de accounts ervan (agressie gebruiker ...) en wie wat opvroeg (agressie
logboek --opvragingen)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from agressie_cli.cli.fouten import opdracht
from agressie_cli.cli.omgeving import omgeving
from agressie_cli.cli.opties import Json
from agressie_cli.domein.fouten import InvoerFout

LOKAAL = "127.0.0.1"

gebruiker_app = typer.Typer(
    help="Accounts van de webvoorkant: toevoegen, lijst, verwijderen, wachtwoord.",
    no_args_is_help=True,
    rich_markup_mode=None,
)


@opdracht
def web(
    ctx: typer.Context,
    host: Annotated[
        str,
        typer.Option(
            "--host",
            metavar="ADRES",
            help="Op welk adres de webvoorkant luistert. Alleen 127.0.0.1 (deze pc) kan zonder accounts. Voorbeeld: --host 0.0.0.0",
        ),
    ] = LOKAAL,
    poort: Annotated[int, typer.Option("--port", metavar="POORT", help="Poort. Voorbeeld: --port 8000")] = 8000,
    geen_browser: Annotated[
        bool,
        typer.Option(
            "--geen-browser",
            help="Open geen browser (bijvoorbeeld als dienst op een server). Voorbeeld: agressie web --geen-browser",
        ),
    ] = False,
    certificaat: Annotated[
        Optional[Path],
        typer.Option(
            "--certificaat",
            metavar="BESTAND",
            help="TLS-certificaat (PEM) voor https zonder reverse proxy. Voorbeeld: --certificaat server.pem",
            show_default=False,
        ),
    ] = None,
    sleutel: Annotated[
        Optional[Path],
        typer.Option(
            "--sleutel",
            metavar="BESTAND",
            help="De privésleutel (PEM) bij --certificaat. Voorbeeld: --sleutel server.key",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Start de webvoorkant over dezelfde map: melden, receptie, besluiten en beheer in de browser.

    Op de eigen pc (standaard, 127.0.0.1) opent de browser met een eenmalig adres en bent u coördinator. Op een server:
    eerst accounts maken met agressie gebruiker toevoegen. Stoppen: Ctrl+C.

    Voorbeeld: agressie web
    """
    import secrets
    import webbrowser

    from agressie_cli.handelingen import gebruikers
    from agressie_cli.web.app import maak_app
    from agressie_cli.web.basis import Instelling

    werkplek = omgeving(ctx)
    werkplek.profiel  # noqa: B018 - instellingen en profiel nu controleren, niet bij het eerste verzoek
    lokaal = host in (LOKAAL, "localhost")
    if not lokaal and not gebruikers.heeft_accounts(werkplek):
        raise InvoerFout(
            f"--host {host}: de webvoorkant luistert dan ook voor andere computers, en er zijn nog geen accounts. Maak "
            "eerst accounts met: agressie gebruiker toevoegen NAAM --rol coordinator (of luister alleen op 127.0.0.1)."
        )
    if (certificaat is None) != (sleutel is None):
        raise InvoerFout("--certificaat en --sleutel horen bij elkaar: geef ze allebei, of geen van beide.")
    https = certificaat is not None
    token = secrets.token_urlsafe(24) if lokaal else None
    schema = "https" if https else "http"
    adres = f"{schema}://{LOKAAL if lokaal else host}:{poort}/" + (f"?token={token}" if token else "")
    instelling = Instelling(
        map=werkplek.map,
        eenmalig_token=token,
        alleen_lokaal=lokaal,
        https=https,
        gebruiker_kop=(werkplek.instellingen.deel("web").get("gebruiker_kop") or None),
    )
    app = maak_app(instelling, werkplek)
    typer.echo(adres)
    typer.echo("De webvoorkant draait. Stoppen met Ctrl+C.", err=True)
    sys.stdout.flush()
    if token and not geen_browser:
        webbrowser.open(adres)
    import uvicorn

    uvicorn.run(
        app,
        host=host,
        port=poort,
        ssl_certfile=str(certificaat) if certificaat else None,
        ssl_keyfile=str(sleutel) if sleutel else None,
        log_level="warning",
        access_log=False,  # geen adressen en tijden per persoon in een log buiten het logboek
    )


def _wachtwoord(van_stdin: bool) -> str:
    if van_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    eerste = typer.prompt("Wachtwoord", hide_input=True)
    if typer.prompt("Nog een keer", hide_input=True) != eerste:
        raise InvoerFout("De twee wachtwoorden zijn niet gelijk. Er is niets gewijzigd.")
    return str(eerste)


WachtwoordStdin = Annotated[
    bool,
    typer.Option(
        "--wachtwoord-stdin",
        help="Lees het wachtwoord van de standaardinvoer (voor scripts), zonder vragen. Voorbeeld: --wachtwoord-stdin",
    ),
]


@gebruiker_app.command("toevoegen")
@opdracht
def gebruiker_toevoegen(
    ctx: typer.Context,
    naam: Annotated[str, typer.Argument(metavar="NAAM", help="Gebruikersnaam. Voorbeeld: jjansen")],
    rol: Annotated[
        str,
        typer.Option(
            "--rol",
            metavar="ROL",
            help="medewerker, receptie, leidinggevende of coordinator. Voorbeeld: --rol receptie",
        ),
    ],
    afdeling: Annotated[
        Optional[list[str]],
        typer.Option(
            "--afdeling",
            metavar="NAAM",
            help="Alleen incidenten van deze afdeling (leidinggevende; herhaalbaar; zonder: alle). Voorbeeld: --afdeling Burgerzaken",
            show_default=False,
        ),
    ] = None,
    wachtwoord_stdin: WachtwoordStdin = False,
    als_json: Json = False,
) -> None:
    """Maakt een account voor de webvoorkant. Het wachtwoord wordt twee keer gevraagd en alleen als hash bewaard.

    Voorbeeld: agressie gebruiker toevoegen jjansen --rol receptie
    """
    from agressie_cli.handelingen import gebruikers

    werkplek = omgeving(ctx)
    account = gebruikers.toevoegen(werkplek, naam, rol, _wachtwoord(wachtwoord_stdin), tuple(afdeling or ()))
    if als_json:
        _druk_account(account)
        return
    typer.echo(f"Account {account.naam} toegevoegd ({account.rol_label}).")


@gebruiker_app.command("lijst")
@opdracht
def gebruiker_lijst(ctx: typer.Context, als_json: Json = False) -> None:
    """De accounts van de webvoorkant met hun rol.

    Voorbeeld: agressie gebruiker lijst
    """
    from agressie_cli.handelingen import gebruikers

    accounts = gebruikers.lijst(omgeving(ctx))
    if als_json:
        from agressie_cli.cli.uitvoer import druk_json

        druk_json([{"naam": a.naam, "rol": a.rol, "afdelingen": list(a.afdelingen)} for a in accounts])
        return
    if not accounts:
        typer.echo("Nog geen accounts. Maak er een met: agressie gebruiker toevoegen NAAM --rol coordinator")
        return
    for a in accounts:
        afdelingen = f" (afdelingen: {', '.join(a.afdelingen)})" if a.afdelingen else ""
        typer.echo(f"{a.naam}: {a.rol_label}{afdelingen}")


@gebruiker_app.command("verwijderen")
@opdracht
def gebruiker_verwijderen(
    ctx: typer.Context,
    naam: Annotated[str, typer.Argument(metavar="NAAM", help="Gebruikersnaam. Voorbeeld: jjansen")],
    als_json: Json = False,
) -> None:
    """Verwijdert een account; wie ermee is ingelogd, kan na de volgende keer inloggen niet meer verder.

    Voorbeeld: agressie gebruiker verwijderen jjansen
    """
    from agressie_cli.handelingen import gebruikers

    account = gebruikers.verwijderen(omgeving(ctx), naam)
    if als_json:
        _druk_account(account)
        return
    typer.echo(f"Account {account.naam} verwijderd.")


@gebruiker_app.command("wachtwoord")
@opdracht
def gebruiker_wachtwoord(
    ctx: typer.Context,
    naam: Annotated[str, typer.Argument(metavar="NAAM", help="Gebruikersnaam. Voorbeeld: jjansen")],
    wachtwoord_stdin: WachtwoordStdin = False,
    als_json: Json = False,
) -> None:
    """Stelt een nieuw wachtwoord in.

    Voorbeeld: agressie gebruiker wachtwoord jjansen
    """
    from agressie_cli.handelingen import gebruikers

    account = gebruikers.wachtwoord(omgeving(ctx), naam, _wachtwoord(wachtwoord_stdin))
    if als_json:
        _druk_account(account)
        return
    typer.echo(f"Nieuw wachtwoord ingesteld voor {account.naam}.")


@opdracht
def logboek(
    ctx: typer.Context,
    opvragingen: Annotated[
        bool,
        typer.Option(
            "--opvragingen",
            help="Wie een persoon opzocht: de receptie (heeft iemand een verbod) en de coördinator op het web (3.5). Voorbeeld: agressie logboek --opvragingen",
        ),
    ] = False,
    als_json: Json = False,
) -> None:
    """Toont regels uit logboek.csv: met --opvragingen elke opvraging van een persoon, door de receptie of de
    coördinator op het web (wie, wanneer, welk persoonnummer of 'geen treffer'; nooit de gezochte naam).

    Voorbeeld: agressie logboek --opvragingen
    """
    from agressie_cli.handelingen import receptie

    if not opvragingen:
        raise InvoerFout("Kies wat u wilt zien: agressie logboek --opvragingen")
    regels = receptie.opvragingen(omgeving(ctx))
    if als_json:
        from agressie_cli.cli.uitvoer import druk_json

        druk_json(
            [{"tijdstip": r.tijdstip, "gebruiker": r.gebruiker, "nummer": r.nummer, "wat": r.wat} for r in regels]
        )
        return
    if not regels:
        typer.echo("Nog geen opvragingen in het logboek.")
        return
    for r in regels:
        typer.echo(f"{r.tijdstip}  {r.gebruiker}  {r.nummer}  ({r.wat})")


def _druk_account(account: Any) -> None:
    from agressie_cli.cli.uitvoer import druk_json

    druk_json({"naam": account.naam, "rol": account.rol, "afdelingen": list(account.afdelingen)})


__all__ = ["gebruiker_app", "logboek", "web"]
