# Two commands on a fresh machine: `make demo` and `make test`. Each does the whole set-up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test setup browser lint bench clean

demo: setup
	$(BIN)/toolkit demo

test: setup
	$(BIN)/ruff check toolkit tests bench
	$(BIN)/python -m pytest

setup: $(STAMP) browser

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# The distribution's old name goes first: uninstalled after, it would take the `toolkit` command with it.
	$(BIN)/python -m pip uninstall --quiet --yes toolkit 2>/dev/null || true
	$(BIN)/python -m pip install --quiet -e '.[dev,bench,cluster]'
	touch $(STAMP)

browser: $(STAMP)
	@bash scripts/ensure-browser.sh $(BIN)/toolkit

lint: setup
	$(BIN)/ruff check toolkit tests bench
	$(BIN)/ruff format --check toolkit tests bench

bench: setup
	$(BIN)/python bench/extraction.py

clean:
	rm -rf $(VENV) runs .pytest_cache
