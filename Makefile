# The two commands a newcomer needs: `make run` and `make test`. Both create .venv/ on demand.
PYTHON ?= python3
VENV := .venv
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint bench clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit("sitrep needs Python >= 3.11, found " + sys.version.split()[0]) if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --upgrade pip
	$(VENV)/bin/python -m pip install --quiet -e '.[dev]'
	@# Earlier versions compiled the classifier in place; such a module would shadow its edited source.
	rm -f bot/classify/*.so
	@touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/sitrep run

test: $(STAMP)
	$(VENV)/bin/python -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check .

bench: $(STAMP)
	$(VENV)/bin/python bench/classify_bench.py

clean:
	rm -rf $(VENV) data .pytest_cache build
