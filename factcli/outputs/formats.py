"""Output formats: what one article becomes in each (a table block, a JSON line, CSV
rows), so that workers can render and only text crosses processes."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from factcli.facts.results import ArticleFacts
from factcli.outputs import flat
from factcli.outputs.encode import dumps

FORMATS = ("table", "json", "jsonl", "csv", "tsv", "flat-jsonl")  # and "internal", for the Python API
_NESTED_KEYS = {"person": "people", "role": "people", "organisation": "organisations", "count": "counts",
                "date": "dates", "duration": "durations"}


@dataclass(frozen=True)
class OutputSpec:
    format: str = "jsonl"
    only: frozenset[str] | None = None  # flat kinds to keep (None: all)
    include_text: bool = False
    indent: int | None = None  # JSON indentation (a single --json object: 2 unless --compact)
    width: int = 100  # table width, and whether it is coloured
    color: bool = False

    @property
    def delimiter(self) -> str | None:
        return {"csv": ",", "tsv": "\t"}.get(self.format)

    def header(self) -> str:
        """What starts the output: the column names for CSV/TSV, nothing otherwise."""
        return flat.to_delimited([], self.delimiter, header=True) if self.delimiter else ""


def nested(facts: ArticleFacts, spec: OutputSpec) -> dict[str, Any]:
    """The JSON record, with --only applied to its lists (lists not asked for are left out;
    with roles but not people, only people who have a role are kept)."""
    d = facts.to_dict(include_text=spec.include_text)
    if spec.only is not None:
        keep = {_NESTED_KEYS[k] for k in spec.only}
        for key in ("people", "organisations", "counts", "dates", "durations"):
            if key not in keep:
                del d[key]
        if "people" in d and "person" not in spec.only:
            d["people"] = [p for p in d["people"] if p["roles"]]
    return d


def render(facts: ArticleFacts, spec: OutputSpec) -> str:
    """One article in the chosen format, ending with a newline (the JSON array's
    separators are the writer's business: "json" gives the bare object)."""
    if spec.format == "table":
        from rich.console import Console

        from factcli.outputs.render import print_tables

        buf = io.StringIO()
        print_tables(facts, Console(file=buf, width=spec.width, force_terminal=spec.color,
                                    color_system="standard" if spec.color else None), spec.only)
        return buf.getvalue() + "\n"
    if spec.delimiter:
        return flat.to_delimited(flat.rows(facts, spec.only), spec.delimiter)
    if spec.format == "flat-jsonl":
        return "".join(dumps(r) + "\n" for r in flat.rows(facts, spec.only))
    if spec.format == "internal":  # for the Python API: everything from_dict needs
        return dumps({**facts.to_dict(include_text=True), "sentences": facts.sentences}) + "\n"
    return dumps(nested(facts, spec), indent=spec.indent if spec.format == "json" else None) + "\n"


def render_error(source: str, message: str, spec: OutputSpec) -> str:
    """An input that could not be read or extracted, as a record of the chosen format."""
    if spec.delimiter:
        return flat.to_delimited([flat.error_row(source, message)], spec.delimiter)
    if spec.format == "table":
        return f"{source}: error: {message}\n\n"
    if spec.format == "flat-jsonl":
        return dumps(flat.error_row(source, message)) + "\n"
    return dumps({"source": source, "error": message}, indent=spec.indent if spec.format == "json" else None) + "\n"
