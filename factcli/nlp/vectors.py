"""Word-vector nearness to a few seed words: a lexicon that reaches words nobody listed
(en_core_web_md has vectors; a pipeline without them gives None, and callers fall back)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

import numpy
from spacy.vocab import Vocab

Nearness = Callable[[str], float]


def nearness(vocab: Vocab, seeds: Sequence[str]) -> Nearness | None:
    """A function from a word to the cosine between its vector and the mean of the seeds'
    vectors (0.0 for a word without a vector), or None for a pipeline without vectors.
    Built once per pipeline and seed list: callers ask for it per article or per title."""
    return _nearness(vocab, tuple(seeds))


@lru_cache(maxsize=32)
def _nearness(vocab: Vocab, seeds: tuple[str, ...]) -> Nearness | None:
    if not vocab.vectors.shape[0]:
        return None
    centre = numpy.mean([vocab[w].vector for w in seeds], axis=0)
    size = float(numpy.linalg.norm(centre)) or 1.0

    def near(word: str) -> float:
        lex = vocab[word]
        if not lex.has_vector:
            return 0.0
        v = lex.vector
        return float(v @ centre / ((numpy.linalg.norm(v) or 1.0) * size))

    return near
