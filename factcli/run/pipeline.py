"""The pipeline factcli runs, assembled above nlp/ and facts/: the spaCy model
(nlp.pipeline) plus factcli's own components, registered here and nowhere else."""

from __future__ import annotations

from spacy.language import Language

from factcli.facts.datefind import dates_component
from factcli.nlp.attributes import attributes_component, compile_attribute_ruler
from factcli.nlp.entities import trim_entities
from factcli.nlp.lemmas import lemmatize_on_demand
from factcli.nlp.pipeline import load_base
from factcli.nlp.sentences import sentences_component
from factcli.nlp.wordclasses import share_word_classes

COMPONENTS = {"factcli_sentences": sentences_component, "factcli_entities": trim_entities,
              "factcli_dates": dates_component, "factcli_attributes": attributes_component}


def register_components() -> None:
    """Register factcli's spaCy components by name (idempotent)."""
    for name, func in COMPONENTS.items():
        if name not in Language.factories:
            Language.component(name, func=func)


def add_components(nlp: Language) -> Language:
    """Add factcli's own components to a loaded pipeline."""
    register_components()
    if not nlp.has_pipe("factcli_sentences"):
        first = next((n for n in ("parser", "senter", "sentencizer") if nlp.has_pipe(n)), None)
        if first is None:
            nlp.add_pipe("sentencizer")
        nlp.add_pipe("factcli_sentences", before=first or "sentencizer")
    if not nlp.has_pipe("factcli_entities") and nlp.has_pipe("ner"):
        nlp.add_pipe("factcli_entities", after="ner")
    if not nlp.has_pipe("factcli_attributes") and compile_attribute_ruler(nlp):
        nlp.add_pipe("factcli_attributes", after="attribute_ruler")
    if not nlp.has_pipe("factcli_dates"):
        nlp.add_pipe("factcli_dates", last=True)
    share_word_classes(nlp)
    lemmatize_on_demand(nlp)
    return nlp


def load(model: str | None = None) -> Language:
    """The full pipeline factcli uses: the spaCy model plus factcli's components."""
    return add_components(load_base(model))
