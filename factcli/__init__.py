"""factcli: people, roles, organisations, counts and dates from news articles."""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.2.0"

if TYPE_CHECKING:
    from spacy.language import Language


def load(model: str | None = None) -> Language:
    """The full spaCy pipeline factcli uses: the model (the shipped one unless `model`
    names another installed pipeline or a path) plus factcli's own components."""
    from factcli.run.pipeline import load as _load

    return _load(model)


_API = ("extract_text", "extract_files", "to_frame", "ArticleError")


def __getattr__(name: str):  # the API is imported on first use: "import factcli" stays light
    if name in _API:
        from factcli import api

        return getattr(api, name)
    raise AttributeError(f"module 'factcli' has no attribute {name!r}")


__all__ = ["__version__", "load", *_API]
