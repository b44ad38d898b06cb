# Rapport — developer entry points. `make run` and `make test` are all a new machine needs.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint format bench dist dist-check clean venv translations check-translations

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
test: $(STAMP) lint check-translations
	@scripts/system-deps.sh test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q $(PYTEST_ARGS)

# `make test` runs this first, so CI (.ci/run) checks the layer contracts and the types too (a few seconds).
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Translations (issue 23, resources/translations/README.md): lupdate collects the marked strings of app/ into one .ts per
# language (no line numbers, so that a file only changes when a string does; obsolete entries dropped), then lrelease
# compiles each into app/ui/translations/ (package data; committed, so `make run` needs no Qt tools). rapport_en.ts
# holds only the English plural forms ("%Ln contact(s)" -> "1 contact", "2 contacts").
LANGS    := de fr es
TS_DIR   := resources/translations
QM_DIR   := app/ui/translations
LUPDATE  := $(BIN)/pyside6-lupdate -extensions py -locations none -no-obsolete -source-language en \
            -tr-function-alias tr+=_tr

# The built-in templates the migrations seed are data: scripts/shipped-texts.py writes their texts out for lupdate.
translations: $(STAMP)
	$(BIN)/python scripts/shipped-texts.py build/i18n/shipped_texts.py
	$(LUPDATE) app build/i18n -ts $(foreach l,$(LANGS),$(TS_DIR)/rapport_$(l).ts)
	$(LUPDATE) -pluralonly app -ts $(TS_DIR)/rapport_en.ts
	$(BIN)/python scripts/english-plurals.py $(TS_DIR)/rapport_en.ts
	@mkdir -p $(QM_DIR)
	@for l in en $(LANGS); do \
		$(BIN)/pyside6-lrelease -silent $(TS_DIR)/rapport_$$l.ts -qm $(QM_DIR)/rapport_$$l.qm || exit 1; \
	done

# Fails on a translation that loses a placeholder, tag or accelerator, on an unfinished entry of a language listed as
# complete (COMPLETE in the script), and on a .qm older than its .ts.
check-translations: $(STAMP)
	$(BIN)/python scripts/check-translations.py

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
