# The two commands a newcomer needs: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup demo test bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

demo: setup
	$(BIN)/kg build seeds --out exports

test: setup
	$(BIN)/python -m pytest

bench: setup
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf exports/*.ttl exports/*.html exports/*.json build dist *.egg-info
