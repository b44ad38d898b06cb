# Rapport — developer entry points. `make run` and `make test` are all a new machine needs.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint format bench dist dist-check clean venv

venv: $(STAMP)

$(STAMP): pyproject.toml
	@scripts/system-deps.sh test
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev,ocr]'
	@touch $(STAMP)

run: $(STAMP)
	@scripts/system-deps.sh run
	$(BIN)/rapport $(ARGS)

# system-deps.sh runs each time (a dpkg query when nothing is missing): a checkout whose .venv predates a test's new
# system package still gets it.
test: $(STAMP) lint
	@scripts/system-deps.sh test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks $(BENCH_ARGS)

clean:
	rm -rf build dist .pytest_cache .ruff_cache

# Installers (packaging/README.md): the PyInstaller bundle from a clean build venv (build/venv), then the .deb.
dist:
	@packaging/linux/apt-deps.sh build
	$(PYTHON) packaging/build.py
	$(PYTHON) packaging/linux/build_deb.py

# Validate (lintian, desktop-file-validate, appstreamcli), install, smoke-test and remove the .deb.
dist-check: dist
	packaging/linux/check-deb.sh
