"""Run the pipeline over texts with bounded memory.

While it runs, the tok2vec holds about 15 KB per token of a batch, so memory follows the
size of a batch, not the number of texts. Texts are cut into pieces of at most
MAX_PIECE characters (after a paragraph break where possible: every component works
within sentences, and a paragraph break ends one), pieces are batched by count and by
characters, and each text's pieces are joined back into one Doc with the same text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

import numpy
from spacy.language import Language
from spacy.tokens import Doc

MAX_PIECE = 6_000  # characters of one piece
BATCH = 8  # pieces per nlp.pipe batch...
# ...and at most this many characters (one longer piece goes alone). A batch's tensors are
# most of a worker's peak: 6,000 keeps a 400-article run within 1.08x of one article's peak
# RSS (12,000: 1.13x) at the same CPU time (make bench).
BATCH_CHARS = 6_000
_CUTS = ("\n\n", "\n", ". ", " ")

T = TypeVar("T")


def split_text(text: str, max_chars: int = MAX_PIECE) -> list[str]:
    """Consecutive pieces of `text`, each at most `max_chars` long where a paragraph
    break, line break, sentence end or space allows; "".join(pieces) == text."""
    pieces = []
    start = 0
    while len(text) - start > max_chars:
        window = text[start:start + max_chars]
        cut = max_chars
        for sep in _CUTS:
            k = window.rfind(sep)
            if k >= max_chars // 4:
                cut = k + len(sep)
                break
        pieces.append(text[start:start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def batches(items: Iterable[T], size: int, max_total: int, measure: Callable[[T], int]) -> Iterator[list[T]]:
    """Runs of at most `size` items whose measures add up to at most `max_total`, in
    order; an item larger than `max_total` makes a run of its own."""
    run: list[T] = []
    total = 0
    for item in items:
        n = measure(item)
        if run and (len(run) == size or total + n > max_total):
            yield run
            run, total = [], 0
        run.append(item)
        total += n
    if run:
        yield run


def pipe_texts(nlp: Language, texts: Iterable[str], max_piece: int = MAX_PIECE,
               batch_chars: int = BATCH_CHARS) -> Iterator[Doc]:
    """One processed Doc per text, in order, with bounded memory (see the module doc)."""
    owners: list[int] = []
    pieces: list[str] = []
    for k, text in enumerate(texts):
        for piece in split_text(text, max_piece):
            owners.append(k)
            pieces.append(piece)
    docs = (doc for batch in batches(pieces, BATCH, batch_chars, len)
            for doc in nlp.pipe(batch, batch_size=len(batch)))
    parts: list[Doc] = []
    current = 0
    for owner, doc in zip(owners, docs, strict=True):
        if owner != current:
            yield _join(parts)
            parts, current = [], owner
        doc.tensor = _NO_TENSOR  # the tok2vec output (384 bytes a token) is not used after the pipeline
        parts.append(doc)
    if parts:
        yield _join(parts)


_NO_TENSOR = numpy.zeros((0, 0), dtype="float32")


def _join(parts: list[Doc]) -> Doc:
    if len(parts) == 1:
        return parts[0]
    return Doc.from_docs(parts, ensure_whitespace=False, exclude=["user_data", "tensor"])
