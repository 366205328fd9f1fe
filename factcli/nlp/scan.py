"""Find token positions fast: compare a Doc's attribute array with precomputed string
hashes instead of building a Token object for every token (most rules look at a few
words of an article)."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE, IS_UPPER, LIKE_NUM, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

T = TypeVar("T")


@lru_cache(maxsize=64)
def _hashes(words: frozenset[str]) -> numpy.ndarray:
    """The ids the attribute arrays hold for these strings: spaCy's symbol id for its own
    names ("nsubj", "VERB", "mark"), else the string's hash."""
    return numpy.array(sorted(get_string_id(w) for w in words), dtype="uint64")


def positions(doc: Doc, words: frozenset[str], attr: int = LOWER) -> list[int]:
    """Indices of tokens whose lower-case form (or `attr`: ORTH, POS "VERB", DEP "nsubj")
    is one of `words`."""
    if not len(doc):
        return []
    return numpy.flatnonzero(_member(doc.to_array(attr), _hashes(words))).tolist()


def _member(values: numpy.ndarray, ids: numpy.ndarray) -> numpy.ndarray:
    """numpy.isin(values, ids) for sorted `ids`, by binary search: a few times faster
    than isin's sort of both arrays for a Doc's few hundred tokens and a short word list."""
    if not len(ids):
        return numpy.zeros(len(values), dtype=bool)
    at = numpy.searchsorted(ids, values)
    at[at == len(ids)] = 0
    return ids[at] == values


_last_ents: list = [None, None, (), {}]  # [the Doc, its entity tags, its entities, what was made of them]


def entities(doc: Doc) -> tuple[Span, ...]:
    """doc.ents, built once for the Doc being read while its entities stay the same (each
    read of doc.ents builds every entity Span again). Kept here, not in doc.user_data:
    Spans there would tie the Doc into a reference cycle that only the garbage collector
    frees. The tags are compared on each call (two arrays), so setting doc.ents is seen."""
    tags = doc.to_array([ENT_IOB, ENT_TYPE]) if len(doc) else None
    last_doc, last_tags, found, _ = _last_ents
    if last_doc is not doc or tags is None or last_tags is None or not numpy.array_equal(tags, last_tags):
        found = tuple(doc.ents)
        _last_ents[:] = [doc, tags, found, {}]
    return found


def from_entities(doc: Doc, make: Callable[[tuple[Span, ...]], T]) -> T:
    """make(entities(doc)), made once while the Doc and its entities stay the same."""
    ents = entities(doc)
    made = _last_ents[3]
    if make not in made:
        made[make] = make(ents)
    return made[make]


def number_positions(doc: Doc, words: frozenset[str]) -> list[int]:
    """Indices of tokens that look like numbers ("12", "1,200", "twelve") or are one of
    `words` (lower case)."""
    if not len(doc):
        return []
    found = doc.to_array(LIKE_NUM).astype(bool) | _member(doc.to_array(LOWER), _hashes(words))
    return numpy.flatnonzero(found).tolist()


def upper_positions(doc: Doc) -> list[int]:
    """Indices of all-capitals tokens ("IOPC", "BBC")."""
    return numpy.flatnonzero(doc.to_array(IS_UPPER)).tolist() if len(doc) else []


def entity_at(tok: Token) -> Span | None:
    """The entity a token is part of, found from its IOB tags (reading doc.ents builds every
    entity of the Doc: quadratic when asked for many tokens of a long text)."""
    if not tok.ent_type_:
        return None
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=tok.ent_type_)


def joined_entities(doc: Doc, labels: frozenset[str], one_word_tail: bool = False) -> list[Span]:
    """The Doc's entities, with two of the given labels that touch (one space between, no
    line break) joined into one: a name the recogniser split ("BNP" + "Paribas", "Dame
    Cressida" + "Dick"), one of the two a single word (two names of two words or more are
    two names: "Associated Press" + "White House"). With `one_word_tail`, only
    when the second is one capitalised word."""
    joined: list[Span] = []
    for e in entities(doc):
        last = joined[-1] if joined else None
        if last is not None and e.start == last.end and e.label_ in labels and last.label_ in labels \
                and last[-1].whitespace_ == " " and "\n" not in last.text \
                and last[-1].text not in ("'s", "’s", "'", "’") and last[-1].tag_ != "POS" \
                and (not one_word_tail or len(e) == 1 and e[0].is_title) and (len(last) == 1 or len(e) == 1):
            joined[-1] = Span(doc, last.start, e.end, label=last.label_)
        else:
            joined.append(e)
    return joined
