"""The output formats, one table: what one article becomes in each (a table block, a JSON
line, CSV rows), what starts, separates and ends the output, and whether --resume can
append to it and read back what is done. Workers render, so only text crosses processes.

To add an output format: its record and error renderers (and, for a line format, how to
read back the sources already written), and one row in FORMATS."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from factcli.facts.kinds import KINDS
from factcli.facts.results import ArticleFacts
from factcli.outputs import flat
from factcli.outputs.encode import dumps
from factcli.outputs.readback import Scan, csv_scan, flat_json_scan, json_scan, tsv_scan


@dataclass(frozen=True)
class OutputSpec:
    """How this run writes: the format and its options. Picklable: workers render with it."""

    format: str = "jsonl"
    only: frozenset[str] | None = None  # flat kinds to keep (None: all)
    include_text: bool = False
    indent: int | None = None  # JSON indentation (a single --json object: 2 unless --compact)
    width: int = 100  # table width, and whether it is coloured
    color: bool = False

    @property
    def kind(self) -> OutputFormat:
        return FORMATS[self.format]

    def header(self) -> str:
        """What starts the output (the column names for CSV/TSV)."""
        return self.kind.header

    def record(self, facts: ArticleFacts) -> str:
        """One article in this format, ending with a newline."""
        return self.kind.record(facts, self)

    def error(self, source: str, message: str) -> str:
        """An input that could not be read or extracted, as a record of this format."""
        return self.kind.error(source, message, self)


@dataclass(frozen=True)
class OutputFormat:
    name: str
    record: Callable[[ArticleFacts, OutputSpec], str]
    error: Callable[[str, str, OutputSpec], str]
    header: str = ""  # what starts the output
    opening: str = ""  # after the header, when several records are written (a JSON array's "[")
    separator: str = ""  # between records (the array's ",\n"; records then lose their final newline)
    closing: str = ""  # what ends it ("]\n")
    scan: Callable[[str], Scan] | None = None  # a line format: read back what a file holds, for --resume
    rows_per_fact: bool = False  # the last article's rows may be cut short: --resume redoes it

    def frame(self, text: str, first: bool) -> str:
        """A record as written in a run of several: with the separator before it."""
        if not self.separator:
            return text
        return ("" if first else self.separator) + text.rstrip("\n")


def nested(facts: ArticleFacts, spec: OutputSpec) -> dict[str, Any]:
    """The JSON record, with --only applied to its lists (lists not asked for are left out;
    a list kept for a later flat kind alone keeps only the items that have one: with roles
    but not people, only people who have a role)."""
    d = facts.to_dict(include_text=spec.include_text)
    if spec.only is not None:
        for kind in KINDS:
            if not spec.only.intersection(kind.flat):
                del d[kind.key]
            elif kind.flat[0] not in spec.only and kind.narrow is not None:
                d[kind.key] = [item for item in d[kind.key] if kind.narrow(item)]
    return d


def _json(facts: ArticleFacts, spec: OutputSpec) -> str:
    return dumps(nested(facts, spec), indent=spec.indent if spec.format == "json" else None) + "\n"


def _json_error(source: str, message: str, spec: OutputSpec) -> str:
    return dumps({"source": source, "error": message}, indent=spec.indent if spec.format == "json" else None) + "\n"


def _table(facts: ArticleFacts, spec: OutputSpec) -> str:
    from rich.console import Console

    from factcli.outputs.render import print_tables

    buf = io.StringIO()
    print_tables(facts, Console(file=buf, width=spec.width, force_terminal=spec.color,
                                color_system="standard" if spec.color else None), spec.only)
    return buf.getvalue() + "\n"


def _delimited(delimiter: str) -> tuple[Callable, Callable, str]:
    def record(facts: ArticleFacts, spec: OutputSpec) -> str:
        return flat.to_delimited(flat.rows(facts, spec.only), delimiter)

    def error(source: str, message: str, spec: OutputSpec) -> str:
        return flat.to_delimited([flat.error_row(source, message)], delimiter)

    return record, error, flat.to_delimited([], delimiter, header=True)


def _flat_jsonl(facts: ArticleFacts, spec: OutputSpec) -> str:
    return "".join(dumps(r) + "\n" for r in flat.rows(facts, spec.only))


FORMATS: dict[str, OutputFormat] = {f.name: f for f in (
    OutputFormat("table", _table, lambda source, message, spec: f"{source}: error: {message}\n\n"),
    OutputFormat("json", _json, _json_error, opening="[", separator=",\n", closing="]\n"),
    OutputFormat("jsonl", _json, _json_error, scan=json_scan),
    OutputFormat("csv", *_delimited(","), scan=csv_scan, rows_per_fact=True),
    OutputFormat("tsv", *_delimited("\t"), scan=tsv_scan, rows_per_fact=True),
    OutputFormat("flat-jsonl", _flat_jsonl, lambda source, message, spec: dumps(flat.error_row(source, message))
                 + "\n", scan=flat_json_scan, rows_per_fact=True),
)}
LINE_FORMATS = tuple(name for name, f in FORMATS.items() if f.scan is not None)  # what --resume appends to
