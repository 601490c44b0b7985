# Werkt met alleen Python 3.11 en make. Op Windows: zie README (pip install .).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.geinstalleerd

.PHONY: demo test lint bench sjablonen wheelhouse clean

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

# Een offline route (3.6) voor Windows-werkplekken zonder toegang tot PyPI: een zip met het wheel van agressie, alle
# afhankelijkheden als wheels voor 64-bits Windows en Python $(WIN_PYTHON) (python-calamine en argon2-cffi zijn gecompileerd:
# de zip past alleen bij die Pythonversie; een andere: make wheelhouse WIN_PYTHON=3.12), en pipx zelf. colorama en pywin32
# staan er apart bij: pip download leest de voorwaarden van een afhankelijkheid (sys_platform == "win32") op deze machine,
# niet op Windows; click en pipx hebben colorama op Windows nodig, agressie pywin32 (PDF met Word of Excel).
# Installeren op de werkplek: zie de README.
WIN_PYTHON   ?= 3.11
WIN_PLATFORM ?= win_amd64
WHEELHOUSE   := dist/wheelhouse

wheelhouse: $(STAMP)
	rm -rf $(WHEELHOUSE) dist/agressie-wheelhouse-$(WIN_PLATFORM)-py$(WIN_PYTHON).zip
	$(BIN)/python -m pip wheel --quiet --no-deps --wheel-dir $(WHEELHOUSE) .
	$(BIN)/python -m pip download --quiet --only-binary=:all: --platform $(WIN_PLATFORM) \
		--python-version $(WIN_PYTHON) --implementation cp --dest $(WHEELHOUSE) $(WHEELHOUSE)/agressie-*.whl pipx colorama pywin32
	cd dist && ../$(BIN)/python -m zipfile -c agressie-wheelhouse-$(WIN_PLATFORM)-py$(WIN_PYTHON).zip wheelhouse/
	@echo "Klaar: dist/agressie-wheelhouse-$(WIN_PLATFORM)-py$(WIN_PYTHON).zip"

clean:
	rm -rf $(VENV) demo-uitvoer build dist .mypy_cache .ruff_cache .import_linter_cache
