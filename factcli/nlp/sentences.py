"""A component that sets every sentence boundary before the parser runs: a new
sentence after a line break, and after . ! ? (and a closing quote) before a word that
can start one. The parser keeps these boundaries, so a weak parse never splits
"IOPC regional director ..." in two or joins a headline to the paragraph below."""

from __future__ import annotations

import numpy
from spacy.attrs import IS_SPACE, ORTH, SENT_START
from spacy.tokens import Doc

from factcli.nlp.scan import positions

ENDERS = {".", "!", "?", "…"}
CLOSERS = {"\"", "”", "’", "'", ")"}
OPENERS = {"\"", "“", "‘", "'", "("}
_MARKS = frozenset(ENDERS | CLOSERS)


def _starts(doc: Doc, i: int) -> bool:
    tok = doc[i]
    k = i - 1
    while k > 0 and doc[k].is_space and "\n" not in doc[k].text:
        k -= 1  # "ended.  The next": spaces after a full stop (as Wikinews writes) are not a word
    prev = doc[k]
    if prev.is_space:
        return "\n" in prev.text
    if tok.is_space:
        return False
    if tok.text in OPENERS and not prev.whitespace_:
        return False  # 'fine."': a quote glued to the full stop closes the sentence
    j = k
    while j > 0 and doc[j].text in CLOSERS and not doc[j - 1].whitespace_:
        j -= 1  # closing marks attached to the sentence end
    if doc[j].text not in ENDERS:
        return False
    return tok.is_title or tok.is_upper or tok.like_num or tok.text in OPENERS


def sentences_component(doc: Doc) -> Doc:
    if not len(doc):
        return doc
    starts = numpy.full(len(doc), -1, dtype="int64")
    starts[0] = 1
    # only a token after whitespace or sentence-final punctuation can start a sentence
    before = set(numpy.flatnonzero(doc.to_array(IS_SPACE)).tolist()) | set(positions(doc, _MARKS, ORTH))
    for i in before:
        if i + 1 < len(doc) and _starts(doc, i + 1):
            starts[i + 1] = 1
    # one from_array call: setting Token.is_sent_start token by token rescans the
    # whole Doc each time (quadratic in article length)
    doc.from_array([SENT_START], starts.astype("uint64").reshape(-1, 1))
    return doc
