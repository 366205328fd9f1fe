"""Loading the spaCy pipeline factcli runs: the shipped model by default, or any
installed spaCy pipeline by name or path (--model, FACTCLI_MODEL)."""

from __future__ import annotations

import os
from pathlib import Path

import spacy
from spacy.language import Language

import factcli.datefind  # noqa: F401  (registers the factcli_dates component)
import factcli.sentences  # noqa: F401  (registers the factcli_sentences component)

BUNDLED_MODEL = Path(__file__).parent / "model"
ENV_VAR = "FACTCLI_MODEL"


class ModelError(Exception):
    """The requested pipeline cannot be loaded; the message is one line."""


def model_name(model: str | None = None) -> str:
    """Which pipeline to load: the argument, else $FACTCLI_MODEL, else the shipped one."""
    return model or os.environ.get(ENV_VAR) or str(BUNDLED_MODEL)


def load_base(model: str | None = None) -> Language:
    """The spaCy pipeline alone, without factcli's components."""
    name = model_name(model)
    try:
        return spacy.load(name)
    except OSError as err:
        if Path(name) == BUNDLED_MODEL:
            raise ModelError(f"the shipped model is missing from {BUNDLED_MODEL}; reinstall factcli") from None
        if "E050" in str(err) or "E053" in str(err):
            raise ModelError(
                f"spaCy pipeline {name!r} is not installed: install it (e.g. pip install {name}, "
                f"or python -m spacy download {name}) or give a path to a pipeline folder"
            ) from None
        raise ModelError(f"cannot load spaCy pipeline {name!r}: {str(err).splitlines()[0]}") from None


def add_components(nlp: Language) -> Language:
    """Add factcli's own components to a loaded pipeline."""
    if not nlp.has_pipe("factcli_sentences"):
        first = next((n for n in ("parser", "senter", "sentencizer") if nlp.has_pipe(n)), None)
        if first is None:
            nlp.add_pipe("sentencizer")
        nlp.add_pipe("factcli_sentences", before=first or "sentencizer")
    if not nlp.has_pipe("factcli_dates"):
        nlp.add_pipe("factcli_dates", last=True)
    return nlp


def load(model: str | None = None) -> Language:
    """The full pipeline factcli uses: the spaCy model plus factcli's components."""
    return add_components(load_base(model))
