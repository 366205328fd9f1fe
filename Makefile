# factcli: make demo | make test | make lint | make bench | make model
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared
TRAIN_DATA ?= $(SHARED)/corpus/train

.PHONY: install demo test lint bench model model-eval clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[dev]"
	touch $@

demo: install
	$(BIN)/factcli extract samples/council-flooding.txt

test: install
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check factcli tests training scripts

bench: install
	$(BIN)/python scripts/bench.py $(SHARED)/corpus/bbc

# Train the shipped model (about 45 minutes on 2 CPU cores): pretrain the tok2vec on
# unannotated news, train tagger/parser/NER jointly, then a whitespace-robust stage 2.
model: install
	$(BIN)/python -m pip install -q -e ".[train]"
	$(BIN)/python training/convert.py $(TRAIN_DATA) training/corpus
	$(BIN)/python training/rawtext.py $(SHARED)/corpus training/corpus/raw.jsonl
	$(BIN)/python -m spacy pretrain training/configs/pipeline.cfg training/runs/pretrain
	$(BIN)/python -m spacy train training/configs/pipeline.cfg --output training/runs/joint \
		--paths.init_tok2vec training/runs/pretrain/model1.bin
	$(BIN)/python -m spacy train training/configs/whitespace.cfg --output training/runs/whitespace
	$(BIN)/python training/evaluate.py training/runs/whitespace/model-best training/corpus > training/runs/scores.json
	$(BIN)/python training/assemble.py training/runs/whitespace/model-best factcli/model --scores training/runs/scores.json

clean:
	rm -rf $(VENV) training/corpus training/runs
