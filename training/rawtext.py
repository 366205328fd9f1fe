"""Collect unannotated news text for `spacy pretrain` as JSON Lines ({"text": ...}).

    python training/rawtext.py CORPUS_DIR OUT.jsonl

CORPUS_DIR is ``shared/corpus``. Reads the BBC folders (``bbc/*/*.txt``), the AllSides
subset and the Wikinews articles (``articles.jsonl``, field ``text``). Each article is
split into paragraphs so that pretraining batches stay short. No labels are read, and
nothing from the CoNLL-2003 test split or the evaluation keys is used.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path


def articles(corpus: Path) -> Iterator[str]:
    """Yield article texts from the raw news folders under ``corpus``."""
    for path in sorted((corpus / "bbc").glob("*/*.txt")):
        yield path.read_bytes().decode("utf-8", errors="replace")
    for name in ("allsides_baly2020", "wikinews"):
        jsonl = corpus / name / "articles.jsonl"
        if jsonl.exists():
            for line in jsonl.read_text(encoding="utf-8").splitlines():
                text = json.loads(line).get("text")
                if text:
                    yield text


def paragraphs(text: str, min_words: int = 5) -> Iterator[str]:
    """Split on blank lines (or single lines where there are none); drop tiny pieces."""
    blocks = text.split("\n\n") if "\n\n" in text else text.splitlines()
    for block in blocks:
        block = " ".join(block.split())
        if len(block.split()) >= min_words:
            yield block


def main(corpus: Path, out: Path) -> None:
    seen: set[str] = set()
    n_words = 0
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for text in articles(corpus):
            for para in paragraphs(text):
                if para in seen:
                    continue
                seen.add(para)
                n_words += len(para.split())
                fh.write(json.dumps({"text": para}) + "\n")
    print(f"{len(seen)} paragraphs, {n_words} words -> {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
