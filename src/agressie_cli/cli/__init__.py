"""De opdrachtregel van agressie (Typer). `agressie` start main()."""

from agressie_cli.cli.app import app, main

__all__ = ["app", "main"]
