"""A component that sets every sentence boundary before the parser runs: a new
sentence after a line break, and after . ! ? (and a closing quote) before a word that
can start one. The parser keeps these boundaries, so a weak parse never splits
"IOPC regional director ..." in two or joins a headline to the paragraph below."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

ENDERS = {".", "!", "?", "…"}
CLOSERS = {"\"", "”", "’", "'", ")"}


def _starts(doc: Doc, i: int) -> bool:
    prev, tok = doc[i - 1], doc[i]
    if prev.is_space:
        return "\n" in prev.text
    if tok.is_space:
        return False
    j = i - 1
    while j > 0 and doc[j].text in CLOSERS:
        j -= 1
    if doc[j].text not in ENDERS:
        return False
    return tok.is_title or tok.is_upper or tok.like_num or tok.text in ("\"", "“", "‘", "'", "(")


@Language.component("factcli_sentences")
def sentences_component(doc: Doc) -> Doc:
    for i in range(1, len(doc)):
        doc[i].is_sent_start = _starts(doc, i)
    return doc
