# Werkt met alleen Python 3.11 en make. Op Windows: zie README (pip install .).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.geinstalleerd

.PHONY: demo test bench sjablonen clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet ".[test]"
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/python tools/demo.py demo-uitvoer

test: $(STAMP)
	$(BIN)/python -m pip install --quiet --no-deps --force-reinstall .
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/run.py

sjablonen: $(STAMP)
	$(BIN)/python tools/maak_sjablonen.py

clean:
	rm -rf $(VENV) demo-uitvoer build dist
