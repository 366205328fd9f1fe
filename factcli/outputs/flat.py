"""The flat schema: one row per fact with fixed columns, for CSV/TSV, spreadsheets,
sqlite-utils and pandas. Which rows a kind gives is its row in facts/kinds.py."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import Any

from factcli.facts.kinds import FLAT_KINDS, KINDS
from factcli.facts.results import ArticleFacts

COLUMNS = ("source", "kind", "name", "value", "unit", "title", "organisation", "text", "start", "end", "sentence")


def rows(facts: ArticleFacts, kinds: Iterable[str] | None = None) -> list[dict[str, Any]]:
    """One dict per fact, in COLUMNS order, kind by kind as the fact-kind table gives them
    (people and organisations carry their first mention as evidence, roles the person's name)."""
    want = frozenset(kinds or FLAT_KINDS)
    out: list[dict[str, Any]] = []
    for kind in KINDS:
        for flat_kind, evidence, cols in kind.rows(getattr(facts, kind.key), want):
            row = dict.fromkeys(COLUMNS)
            row.update(source=facts.source, kind=flat_kind, text=evidence.text, start=evidence.start,
                       end=evidence.end, sentence=facts.sentence_at(evidence.start), **cols)
            out.append(row)
    return out


def error_row(source: str, message: str) -> dict[str, Any]:
    row = dict.fromkeys(COLUMNS)
    row.update(source=source, kind="error", text=message)
    return row


def to_delimited(records: Iterable[dict[str, Any]], delimiter: str, header: bool = False) -> str:
    """CSV (or TSV) text of rows; fields are quoted as needed, so text with tabs, quotes
    or line breaks stays in its cell."""
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    if header:
        writer.writerow(COLUMNS)
    for r in records:
        writer.writerow(["" if r[c] is None else r[c] for c in COLUMNS])
    return buf.getvalue()
