"""Convert the shared annotated corpora into spaCy's binary training format.

    python training/convert.py TRAIN_DIR OUT_DIR

TRAIN_DIR is ``shared/corpus/train``. Writes, for each split in train, dev and test:
  OUT_DIR/SPLIT/conll.spacy  CoNLL-2003 entities only (PER/ORG/LOC/MISC)
  OUT_DIR/SPLIT/gum.spacy    GUM UD trees (tags, heads, deps), no entities
A joint training run reads OUT_DIR/train as one corpus: each component learns
from the documents that carry its annotation and skips the rest.

GUM genres whose texts are non-commercial (essay, fiction, letter, podcast,
wikiHow) and the GENTLE test2 documents (licences unverified) are left out of
training; the official GUM test split is kept whole for evaluation.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from spacy.tokens import Doc, DocBin
from spacy.training.converters import conllu_to_docs
from spacy.vocab import Vocab

NON_COMMERCIAL = ("GUM_essay_", "GUM_fiction_", "GUM_letter_", "GUM_podcast_", "GUM_whow_")


def gum_splits(splits_md: Path) -> dict[str, str]:
    """Map document name -> split from GUM's splits.md (unlisted documents are train)."""
    split, names = "", {}
    for line in splits_md.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"##\s+(\w+)", line)
        if heading:
            split = heading.group(1)
        item = re.match(r"\s*\*\s+(\S+)", line)
        if item and split:
            names[item.group(1)] = split
    return names


def conll_documents(text: str) -> list[list[list[tuple[str, str]]]]:
    """Split a CoNLL-2003 file into documents of sentences of (word, IOB2 tag)."""
    documents: list[list[list[tuple[str, str]]]] = []
    sentence: list[tuple[str, str]] = []
    for line in text.splitlines() + [""]:
        cols = line.split()
        if cols and cols[0] == "-DOCSTART-":
            documents.append([])
        elif cols:
            sentence.append((cols[0], cols[-1]))
        elif sentence:
            if not documents:
                documents.append([])
            documents[-1].append(sentence)
            sentence = []
    return [d for d in documents if d]


def conll_docs(text: str, vocab: Vocab, n_sents: int = 10) -> list[Doc]:
    """Docs of up to n_sents sentences with gold entities and sentence starts only.

    The POS and chunk columns are automatic, not gold, so they are dropped, and so
    are the -DOCSTART- markers."""
    docs = []
    for document in conll_documents(text):
        for i in range(0, len(document), n_sents):
            sents = document[i:i + n_sents]
            words = [w for s in sents for w, _ in s]
            ents = [t for s in sents for _, t in s]
            starts = [j == 0 for s in sents for j in range(len(s))]
            docs.append(Doc(vocab, words=words, sent_starts=starts, ents=ents))
    return docs


def convert_ner(conll_dir: Path, out: Path) -> None:
    vocab = Vocab()
    for split in ("train", "dev", "test"):
        text = (conll_dir / f"{split}.conll").read_text(encoding="utf-8")
        docs = conll_docs(text, vocab)
        (out / split).mkdir(parents=True, exist_ok=True)
        DocBin(docs=docs).to_disk(out / split / "conll.spacy")
        print(f"{split}/conll: {len(docs)} docs", file=sys.stderr)


def convert_gum(gum_dir: Path, out: Path) -> None:
    splits = gum_splits(gum_dir / "splits.md")
    bins = {"train": DocBin(), "dev": DocBin(), "test": DocBin()}
    for path in sorted((gum_dir / "dep").glob("*.conllu")):
        name = path.stem
        split = splits.get(name, "train")
        if split == "test2" or name.startswith("GENTLE_"):
            continue
        if split != "test" and name.startswith(NON_COMMERCIAL):
            continue
        text = path.read_text(encoding="utf-8")
        for doc in conllu_to_docs(text, n_sents=10, merge_subtokens=False, no_print=True):
            bins[split].add(doc)
    for split, docbin in bins.items():
        (out / split).mkdir(parents=True, exist_ok=True)
        docbin.to_disk(out / split / "gum.spacy")
        print(f"{split}/gum: {len(docbin)} docs", file=sys.stderr)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    train_dir, out = Path(argv[0]), Path(argv[1])
    convert_ner(train_dir / "conll2003", out)
    convert_gum(train_dir / "gum", out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
