"""Lemmas on demand. The extractors read the lemma of a few tokens in a hundred, so
factcli's pipeline keeps the model's rule lemmatizer but does not run it over every token
(it cost about 2 % of the parse); `lemma_of` asks it for one token, with the same result,
and keeps the answer on the token. Lemmas the attribute ruler set ("'d" -> "would") are
kept, as the lemmatizer keeps them."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Token

# the lemmatize function of each pipeline run this way, by its vocabulary
_LEMMATIZERS: dict[int, Callable[[Token], list[str]]] = {}


def lemmatize_on_demand(nlp: Language) -> None:
    """Stop running `nlp`'s rule lemmatizer over every token; `lemma_of` asks it instead.
    A lemmatizer that overwrites or is not rule-based is left as it is."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) != "rule" or getattr(lemmatizer, "overwrite", True):
        return
    lemmatizer._validate_tables()  # what its __call__ checks first
    _LEMMATIZERS[id(nlp.vocab)] = lemmatizer.lemmatize
    nlp.disable_pipe("lemmatizer")


def lemma_of(tok: Token) -> str:
    """The token's lemma, as the pipeline's lemmatizer gives it."""
    if tok.lemma:
        return tok.lemma_
    lemmatize = _LEMMATIZERS.get(id(tok.vocab))
    if lemmatize is None:
        return tok.lemma_
    value = lemmatize(tok)[0]
    tok.lemma_ = value
    return value
