"""Evaluate a pipeline on the held-out test splits: NER on CoNLL-2003 test, tagger
and parser on GUM's official test split. Prints JSON (per-label NER P/R/F1 included).

NER is scored twice. `ents_*` runs the pipeline's own tokenizer on the text, as factcli
does on articles. `ner_gold_tokens` keeps CoNLL's own tokens, the way CoNLL-2003 results
are usually published (spaCy's splitting of "Boutros-Ghali" or "1996-12-06" would
otherwise count against the entity recogniser).

    python training/evaluate.py MODEL CORPUS_DIR
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.training import Example


def evaluate(model: str, corpus: Path) -> dict:
    nlp = spacy.load(model)
    out: dict = {}
    for name, components in (("conll", ["tok2vec", "ner"]), ("gum", ["tok2vec", "tagger", "attribute_ruler",
                                                                      "parser", "lemmatizer"])):
        gold = list(DocBin().from_disk(corpus / "test" / f"{name}.spacy").get_docs(nlp.vocab))
        examples = [Example(nlp.make_doc(d.text), d) for d in gold]
        with nlp.select_pipes(enable=[c for c in components if c in nlp.pipe_names]):
            out[name] = nlp.evaluate(examples)
            if name == "conll":
                same_tokens = [Example(Doc(nlp.vocab, words=[t.text for t in d]), d) for d in gold]
                out["conll_gold_tokens"] = nlp.evaluate(same_tokens)
    ner, gum, ner_gold = out["conll"], out["gum"], out["conll_gold_tokens"]
    return {
        "ents_p": ner["ents_p"], "ents_r": ner["ents_r"], "ents_f": ner["ents_f"],
        "ents_per_type": ner["ents_per_type"],
        "ner_gold_tokens": {k: ner_gold[k] for k in ("ents_p", "ents_r", "ents_f", "ents_per_type")},
        "tag_acc": gum["tag_acc"], "dep_uas": gum["dep_uas"], "dep_las": gum["dep_las"],
        "evaluated_on": {"ner": "CoNLL-2003 test (eng.testb)", "tagger/parser": "GUM v11.1 test split"},
    }


if __name__ == "__main__":
    print(json.dumps(evaluate(sys.argv[1], Path(sys.argv[2])), indent=2))
