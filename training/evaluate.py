"""Evaluate a pipeline on the held-out test splits: NER on CoNLL-2003 test, tagger
and parser on GUM's official test split. Prints JSON (per-label NER P/R/F1 included).

    python training/evaluate.py MODEL CORPUS_DIR
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import spacy
from spacy.tokens import DocBin
from spacy.training import Example


def evaluate(model: str, corpus: Path) -> dict:
    nlp = spacy.load(model)
    out: dict = {}
    for name, components in (("conll", ["tok2vec", "ner"]), ("gum", ["tok2vec", "tagger", "attribute_ruler",
                                                                      "parser", "lemmatizer"])):
        gold = list(DocBin().from_disk(corpus / "test" / f"{name}.spacy").get_docs(nlp.vocab))
        examples = [Example(nlp.make_doc(d.text), d) for d in gold]
        with nlp.select_pipes(enable=[c for c in components if c in nlp.pipe_names]):
            scores = nlp.evaluate(examples)
        out[name] = scores
    ner, gum = out["conll"], out["gum"]
    return {
        "ents_p": ner["ents_p"], "ents_r": ner["ents_r"], "ents_f": ner["ents_f"],
        "ents_per_type": ner["ents_per_type"],
        "tag_acc": gum["tag_acc"], "dep_uas": gum["dep_uas"], "dep_las": gum["dep_las"],
        "evaluated_on": {"ner": "CoNLL-2003 test (eng.testb)", "tagger/parser": "GUM v11.1 test split"},
    }


if __name__ == "__main__":
    print(json.dumps(evaluate(sys.argv[1], Path(sys.argv[2])), indent=2))
