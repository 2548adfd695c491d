# Präventionskatalog – `make run` starts the demo, `make test` runs every test.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8000
# Links in mails and the API follow the address `make run` serves (e.g. make run PORT=8123).
BASE_URL ?= http://$(HOST):$(PORT)
export BASE_URL
FLASK  := $(BIN)/flask --app wsgi
PYTEST_ARGS ?=

.PHONY: run test conformance lint format install install-test bench bench-reports relevance clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

## run: install, migrate, load the demo catalogue once, start jobs + gunicorn on http://$(HOST):$(PORT)
run: install
	$(FLASK) db upgrade
	$(FLASK) demo
	$(FLASK) search sync
	@echo
	@echo "Präventionskatalog läuft auf http://$(HOST):$(PORT)  (Beenden mit Strg+C)"
	@$(FLASK) jobs & JOBS=$$!; trap 'kill $$JOBS 2>/dev/null' EXIT INT TERM; \
	$(BIN)/gunicorn --workers 2 --bind $(HOST):$(PORT) wsgi:app

## test: install the test dependencies and run the whole suite (browser tests need Debian's chromium)
test: install-test
	$(BIN)/python -m pytest $(PYTEST_ARGS)

## conformance: schemathesis (all checks, bounded examples) against both API descriptions
conformance: install-test
	$(BIN)/python -m pytest -p no:cacheprovider -q tests/conformance

## lint: ruff's lint rules and format check (as in CI)
lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

## format: apply ruff's import order and formatting
format: install-test
	$(BIN)/ruff check --select I --fix .
	$(BIN)/ruff format .

## bench: search benchmark – Whoosh vs. SQLite FTS5 at 1,000 and 10,000 offers, gunicorn req/s (several minutes),
##        then the report pages at 10,000 offers and 100,000 feedbacks
bench: BENCH_ARGS ?= --sizes 1000,10000 --http
bench: install-test
	$(BIN)/python bench/search_bench.py $(BENCH_ARGS)
	$(BIN)/python bench/report_bench.py

## bench-reports: only the report pages at 10,000 offers and 100,000 feedbacks (about a minute)
bench-reports: install-test
	$(BIN)/python bench/report_bench.py

## relevance: nDCG@10, recall@10, empty results on the judged queries (bench/relevance), search page vs. SQLite FTS5
relevance: install
	$(BIN)/python bench/relevance/run.py $(RELEVANCE_ARGS)

clean:
	rm -rf $(VENV) instance .pytest_cache
