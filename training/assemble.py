"""Turn a trained pipeline into the one factcli ships.

    python training/assemble.py TRAINED_DIR OUT_DIR [--scores SCORES.json]

Adds an attribute_ruler that maps the tagger's Penn Treebank tags to Universal POS
and a rule-based lemmatizer (tables from spacy-lookups-data, stored in the pipeline,
so the shipped model needs no extra package), and writes the model's metadata.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import spacy

# Penn Treebank tag -> Universal POS, as spaCy's English pipelines map them.
TAG_MAP = {
    ".": "PUNCT", ",": "PUNCT", "-LRB-": "PUNCT", "-RRB-": "PUNCT", "``": "PUNCT", "''": "PUNCT",
    ":": "PUNCT", "HYPH": "PUNCT", "NFP": "PUNCT", "$": "SYM", "#": "SYM", "SYM": "SYM",
    "AFX": "ADJ", "JJ": "ADJ", "JJR": "ADJ", "JJS": "ADJ", "CC": "CCONJ", "CD": "NUM",
    "DT": "DET", "PDT": "DET", "WDT": "DET", "PRP$": "PRON", "WP$": "PRON", "EX": "PRON",
    "PRP": "PRON", "WP": "PRON", "FW": "X", "LS": "X", "ADD": "X", "GW": "X", "XX": "X",
    "MD": "AUX", "NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN", "NNPS": "PROPN", "POS": "PART",
    "TO": "PART", "RB": "ADV", "RBR": "ADV", "RBS": "ADV", "WRB": "ADV", "RP": "ADP", "IN": "ADP",
    "UH": "INTJ", "VB": "VERB", "VBD": "VERB", "VBG": "VERB", "VBN": "VERB", "VBP": "VERB",
    "VBZ": "VERB", "_SP": "SPACE", "SP": "SPACE",
}

META = {
    "name": "factcli_news",
    "version": "0.2.0",
    "description": "factcli's English news pipeline: tok2vec pretrained on unannotated news (BBC, "
                   "AllSides, Wikinews), tagger and parser trained on GUM (UD English), NER trained on "
                   "CoNLL-2003 (PER/ORG/LOC/MISC). See MODEL_CARD.md.",
    "author": "factcli",
    "license": "Research and non-commercial use only (CoNLL-2003 text is Reuters RCV1); see MODEL_CARD.md",
    "sources": [
        {"name": "CoNLL-2003 English NER (Reuters RCV1)", "url": "https://aclanthology.org/W03-0419",
         "license": "Reuters RCV1 research agreement"},
        {"name": "Unannotated news for `spacy pretrain`: BBC News 2004-05 (Greene & Cunningham 2006), "
                 "AllSides subset (Baly et al. 2020), Wikinews 2019", "url": "http://mlg.ucd.ie/datasets/bbc.html",
         "license": "BBC: research use; AllSides: research use; Wikinews: CC BY 2.5"},
        {"name": "GUM v11.1.0 (UD trees), genres academic, bio, conversation, court, interview, news, "
                 "speech, textbook, vlog, voyage", "url": "https://gucorpling.org/gum/",
         "license": "annotations CC BY 4.0; texts CC BY / CC BY-SA / public domain"},
    ],
}


def assemble(trained: Path, out: Path, scores: Path | None) -> None:
    nlp = spacy.load(trained)
    ruler = nlp.add_pipe("attribute_ruler", after="tagger")
    for tag, pos in TAG_MAP.items():
        ruler.add([[{"TAG": tag}]], {"POS": pos})
    lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "rule"}, after="parser")
    lemmatizer.initialize()
    meta = dict(META)
    if scores is not None and scores.exists():
        meta["performance"] = json.loads(scores.read_text())
    nlp.meta.update(meta)
    nlp.to_disk(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("trained", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--scores", type=Path)
    args = ap.parse_args()
    assemble(args.trained, args.out, args.scores)


if __name__ == "__main__":
    main()
