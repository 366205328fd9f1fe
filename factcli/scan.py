"""Find token positions fast: compare a Doc's attribute array with precomputed string
hashes instead of building a Token object for every token (most rules look at a few
words of an article)."""

from __future__ import annotations

from functools import lru_cache

import numpy
from spacy.attrs import IS_UPPER, LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc


@lru_cache(maxsize=64)
def _hashes(words: frozenset[str]) -> numpy.ndarray:
    return numpy.array(sorted(hash_string(w) for w in words), dtype="uint64")


def positions(doc: Doc, words: frozenset[str], attr: int = LOWER) -> list[int]:
    """Indices of tokens whose lower-case form (or `attr`, e.g. ORTH) is one of `words`."""
    if not len(doc):
        return []
    values = doc.to_array(attr)
    return numpy.flatnonzero(numpy.isin(values, _hashes(words))).tolist()


def upper_positions(doc: Doc) -> list[int]:
    """Indices of all-capitals tokens ("IOPC", "BBC")."""
    return numpy.flatnonzero(doc.to_array(IS_UPPER)).tolist() if len(doc) else []

