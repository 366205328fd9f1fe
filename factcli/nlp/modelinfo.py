"""`factcli model`: which pipeline is in use, where it comes from, its published scores.
factcli's own measurements are not printed here: they live in the README and MODEL_CARD.md,
next to the command that produced them, so no figure is typed by hand into the program."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape

from factcli.nlp.pipeline import load_base, model_name

_PUBLISHED = ("ents_p", "ents_r", "ents_f", "tag_acc", "dep_uas", "dep_las", "speed")


def describe(model: str | None = None) -> dict[str, Any]:
    """What `factcli model --json` prints."""
    nlp = load_base(model)
    meta = nlp.meta
    pinned = meta.get("factcli_pinned")
    perf = meta.get("performance", {})
    return {
        "model": model_name(model),
        "name": f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}",
        "version": meta.get("version"),
        "spacy_version": meta.get("spacy_version"),
        "pipeline": nlp.pipe_names,
        "entity_labels": list(nlp.get_pipe("ner").labels) if nlp.has_pipe("ner") else [],
        "license": meta.get("license"),
        "author": meta.get("author"),
        "sources": [{"name": s.get("name"), "license": s.get("license")} for s in meta.get("sources", [])],
        "pinned": pinned,
        "path": pinned["path"] if pinned else (str(nlp.path) if getattr(nlp, "path", None) else None),
        "published_scores": {k: perf[k] for k in _PUBLISHED if k in perf},
    }


def print_description(info: dict[str, Any], console: Console) -> None:
    """The same, for people."""
    say = lambda text: console.print(escape(text))  # noqa: E731  (names and paths are not markup)
    say(f"{info['name']} {info['version']}  (spaCy {info['spacy_version']})")
    say(f"from: {info['model']}" + (f" ({info['path']})" if info.get("path") else ""))
    if info["pinned"]:
        say(f"package: {info['pinned']['package']}, wheel sha256 {info['pinned']['wheel_sha256']}")
        say(f"installed files checked against sha256 {info['pinned']['files_sha256']}")
    say(f"pipeline: {', '.join(info['pipeline'])}")
    say(f"entity labels: {', '.join(info['entity_labels'])}")
    if info["license"]:
        say(f"licence: {info['license']}" + (f" ({info['author']})" if info["author"] else ""))
    for src in info["sources"]:
        say(f"  trained on: {src['name']} ({src['license'] or '?'})")
    if info["published_scores"]:
        say("published scores:")
        for key, value in info["published_scores"].items():
            say(f"  {key}: {value:.3f}" if isinstance(value, float) and value < 10 else f"  {key}: {value:,.0f}")
