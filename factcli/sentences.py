"""A component that sets every sentence boundary before the parser runs: a new
sentence after a line break, and after . ! ? (and a closing quote) before a word that
can start one. The parser keeps these boundaries, so a weak parse never splits
"IOPC regional director ..." in two or joins a headline to the paragraph below."""

from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

ENDERS = {".", "!", "?", "…"}
CLOSERS = {"\"", "”", "’", "'", ")"}
OPENERS = {"\"", "“", "‘", "'", "("}


def _starts(doc: Doc, i: int) -> bool:
    prev, tok = doc[i - 1], doc[i]
    if prev.is_space:
        return "\n" in prev.text
    if tok.is_space:
        return False
    if tok.text in OPENERS and not prev.whitespace_:
        return False  # 'fine."': a quote glued to the full stop closes the sentence
    j = i - 1
    while j > 0 and doc[j].text in CLOSERS and not doc[j - 1].whitespace_:
        j -= 1  # closing marks attached to the sentence end
    if doc[j].text not in ENDERS:
        return False
    return tok.is_title or tok.is_upper or tok.like_num or tok.text in OPENERS


@Language.component("factcli_sentences")
def sentences_component(doc: Doc) -> Doc:
    # one from_array call: setting Token.is_sent_start token by token rescans the
    # whole Doc each time (quadratic in article length)
    starts = numpy.array([1] + [1 if _starts(doc, i) else -1 for i in range(1, len(doc))],
                         dtype="int64").astype("uint64")
    if len(doc):
        doc.from_array([SENT_START], starts.reshape(-1, 1))
    return doc
