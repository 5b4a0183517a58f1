# The two commands a newcomer needs: `make run` and `make test`. Both create .venv/ on demand.
PYTHON ?= python3
VENV := .venv
STAMP := $(VENV)/.installed-stamp
ENGINE_STAMP := $(VENV)/.engine-stamp
# The classifier's hot path is compiled with mypyc (setup.py); it is rebuilt when its sources change.
ENGINE_SOURCES := setup.py $(wildcard bot/classify/*.py bot/classify/*.c)

.PHONY: run test lint bench clean engine

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit("sitrep needs Python >= 3.11, found " + sys.version.split()[0]) if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --upgrade pip
	SITREP_PURE_PYTHON=1 $(VENV)/bin/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

# Compiled in place, beside the sources; without a C compiler the build warns and sitrep runs the
# same modules as pure Python. Old builds are removed first, so no stale module shadows a source.
$(ENGINE_STAMP): $(STAMP) $(ENGINE_SOURCES)
	rm -f bot/classify/*.so
	$(VENV)/bin/python setup.py --quiet build_ext --inplace 2>&1 | grep -v '^copying ' || true
	@# (a module whose C came out the same is copied from build/ with its old time: it is current)
	@touch -c bot/classify/*.so
	@touch $(ENGINE_STAMP)

engine: $(ENGINE_STAMP)

run: $(ENGINE_STAMP)
	$(VENV)/bin/sitrep run

test: $(ENGINE_STAMP)
	$(VENV)/bin/python -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check .

bench: $(ENGINE_STAMP)
	$(VENV)/bin/python bench/classify_bench.py

clean:
	rm -rf $(VENV) data .pytest_cache build bot/classify/*.so
