"""The pipeline's WordNet word lists (the lemmatizer's lemma_index), put on the vocabulary
where extractors reach them from a Doc (people: a headline's "Furious")."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Token
from spacy.vocab import Vocab

from factcli.nlp.lemmas import lemma_of

ADJECTIVES = "factcli_adjectives"
NOUNS = "factcli_nouns"


def share_word_classes(nlp: Language) -> None:
    """Copy the lemmatizer's adjective and noun lists to nlp.vocab.lookups (once)."""
    if nlp.vocab.lookups.has_table(ADJECTIVES) or not nlp.has_pipe("lemmatizer"):
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    index = lookups.get_table("lemma_index")
    for table, pos in ((ADJECTIVES, "adj"), (NOUNS, "noun")):
        if pos in index:
            nlp.vocab.lookups.add_table(table, {word: True for word in index[pos]})


def in_word_class(tok: Token, table: str) -> bool:
    """Whether a token's lemma is in one of the lists (ADJECTIVES, NOUNS); False without them."""
    return listed(tok.vocab, lemma_of(tok).lower(), table)


def listed(vocab: Vocab, word: str, table: str) -> bool:
    """Whether a lower-case word is in one of the lists; False without them."""
    return vocab.lookups.has_table(table) and word in vocab.lookups.get_table(table)
