"""`factcli model`: which pipeline is in use, its version, training data and scores."""

from __future__ import annotations

from typing import Any

from rich.console import Console

from factcli.pipeline import load_base, model_name


def describe(model: str | None = None) -> dict[str, Any]:
    nlp = load_base(model)
    meta = nlp.meta
    return {
        "model": model_name(model),
        "name": f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}",
        "version": meta.get("version"),
        "spacy_version": meta.get("spacy_version"),
        "pipeline": nlp.pipe_names,
        "entity_labels": list(nlp.get_pipe("ner").labels) if nlp.has_pipe("ner") else [],
        "description": meta.get("description"),
        "license": meta.get("license"),
        "sources": meta.get("sources", []),
        "performance": meta.get("performance", {}),
    }


def print_description(info: dict[str, Any], console: Console) -> None:
    console.print(f"[bold]{info['name']}[/] {info['version']}  (spaCy {info['spacy_version']})")
    console.print(f"from: {info['model']}")
    console.print(f"pipeline: {', '.join(info['pipeline'])}")
    console.print(f"entity labels: {', '.join(info['entity_labels'])}")
    if info["description"]:
        console.print(info["description"])
    if info["license"]:
        console.print(f"licence: {info['license']}")
    for src in info["sources"]:
        console.print(f"  trained on: {src.get('name')} ({src.get('license', '?')})")
    perf = info["performance"]
    gold = perf.get("ner_gold_tokens", {})
    rows = [(key, perf.get(key)) for key in ("ents_p", "ents_r", "ents_f")]
    rows += [(f"{key} (CoNLL tokens)", gold.get(key)) for key in ("ents_p", "ents_r", "ents_f")]
    rows += [(key, perf.get(key)) for key in ("tag_acc", "dep_uas", "dep_las", "words_per_second")]
    for key, value in rows:
        if value is not None:
            console.print(f"  {key}: {value:.3f}" if isinstance(value, float) else f"  {key}: {value}")
