# factcli: make demo | make test | make lint | make bench | make bench-dask | make tempeval | make audit | make audit-quotes | make stress
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared

.PHONY: install demo test lint bench bench-dask tempeval audit audit-quotes stress clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml requirements/pipeline.txt
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q --no-deps --require-hashes -r requirements/pipeline.txt
	$(BIN)/python -m pip install -q -e ".[dev]"
	touch $@

demo: install
	$(BIN)/factcli extract samples/council-flooding.txt

test: install
	$(BIN)/python -m pytest -q -n auto

lint: install
	$(BIN)/ruff check factcli tests scripts

bench: install
	$(BIN)/python scripts/bench.py $(SHARED)/corpus/bbc --cpu-ratio 400
	$(BIN)/python scripts/bench.py $(SHARED)/corpus/bbc --extractors 400
	$(BIN)/python scripts/bench.py $(SHARED)/corpus/bbc

tempeval: install
	$(BIN)/python scripts/tempeval.py $(SHARED)/corpus/tempeval3/tbaq
	$(BIN)/python scripts/tempeval.py $(SHARED)/corpus/tempeval3/platinum

audit: install
	$(BIN)/python scripts/audit.py $(SHARED)

audit-quotes: install
	$(BIN)/python scripts/audit_quotes.py $(SHARED)

stress: install
	$(BIN)/python scripts/stress.py $(SHARED)/corpus/bbc/business --trials 50 --max-delay 9

bench-dask: install
	$(BIN)/python scripts/bench_dask.py $(SHARED)/corpus/bbc

clean:
	rm -rf $(VENV)
