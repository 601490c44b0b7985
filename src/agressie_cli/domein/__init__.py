"""Het domein: de regels van het agressieprotocol, zonder opdrachtregel, Excel of Word. Vanuit Python te gebruiken.

De onderste laag: importeert niets uit opslag/, documenten/ of cli/, en geen typer, openpyxl, docxtpl,
python-calamine of filelock (import-linter bewaakt dat: make lint)."""
