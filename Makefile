# Werkt met alleen Python 3.11 en make. Op Windows: zie README (pip install .).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.geinstalleerd

.PHONY: demo test lint bench sjablonen clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet ".[test,lint]"
	touch $(STAMP)

# demo, test en bench installeren eerst de code van deze werkkopie opnieuw: de stempel hangt alleen af van pyproject.toml,
# dus zonder deze stap speelden demo en bench na een git pull de oude code af.
demo: $(STAMP)
	$(BIN)/python -m pip install --quiet --no-deps --force-reinstall .
	$(BIN)/python tools/demo.py demo-uitvoer

# Lint tegen de broncode in src/ (PYTHONPATH), niet tegen de geïnstalleerde kopie.
lint: $(STAMP)
	$(BIN)/ruff check src tests tools bench
	$(BIN)/ruff format --check src tests tools bench
	PYTHONPATH=src $(BIN)/mypy
	PYTHONPATH=src $(BIN)/lint-imports --no-cache
	PYTHONPATH=src $(BIN)/python -m agressie_cli.cli.referentie --controleer README.md

test: $(STAMP)
	$(BIN)/python -m pip install --quiet --no-deps --force-reinstall .
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet --no-deps --force-reinstall .
	$(BIN)/python bench/run.py

sjablonen: $(STAMP)
	$(BIN)/python tools/maak_sjablonen.py

clean:
	rm -rf $(VENV) demo-uitvoer build dist .mypy_cache .ruff_cache .import_linter_cache
