"""A Doc's text, built once: Doc.text joins every token anew on each call."""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "factcli_text"


def doc_text(doc: Doc) -> str:
    """The Doc's text, cached in its user_data (a Doc's tokens never change)."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text
