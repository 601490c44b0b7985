from agressie_cli.cli import main

main()
