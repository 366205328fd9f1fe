"""The flat schema: one row per fact with fixed columns, for CSV/TSV, spreadsheets,
sqlite-utils and pandas."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import Any

from factcli.facts.results import ArticleFacts

COLUMNS = ("source", "kind", "name", "value", "unit", "title", "organisation", "text", "start", "end", "sentence")
KINDS = ("person", "role", "organisation", "count", "date", "duration")
_ALIASES = {"people": "person", "persons": "person", "roles": "role", "organisations": "organisation",
            "organizations": "organisation", "organization": "organisation", "orgs": "organisation",
            "counts": "count", "dates": "date", "durations": "duration"}


def parse_kinds(value: str) -> frozenset[str]:
    """"people,dates" -> {"person", "date"}; ValueError naming a kind that does not exist."""
    kinds = set()
    for word in (w.strip().lower() for w in value.split(",") if w.strip()):
        kind = _ALIASES.get(word, word)
        if kind not in KINDS:
            raise ValueError(f"unknown kind {word!r}: choose from {', '.join(KINDS)}")
        kinds.add(kind)
    if not kinds:
        raise ValueError("no kinds given")
    return frozenset(kinds)


def _row(facts: ArticleFacts, kind: str, start: int, end: int, text: str, **cols: Any) -> dict[str, Any]:
    row = dict.fromkeys(COLUMNS)
    row.update(source=facts.source, kind=kind, text=text, start=start, end=end,
               sentence=facts.sentence_at(start), **cols)
    return row


def rows(facts: ArticleFacts, kinds: Iterable[str] | None = None) -> list[dict[str, Any]]:
    """One dict per fact, in COLUMNS order; people and organisations carry their first
    mention as evidence, roles the person's name."""
    want = set(kinds or KINDS)
    out: list[dict[str, Any]] = []
    for p in facts.people:
        if "person" in want and p.mentions:
            m = p.mentions[0]
            out.append(_row(facts, "person", m.start, m.end, m.text, name=p.name))
        if "role" in want:
            out.extend(_row(facts, "role", r.start, r.end, r.text, name=p.name, title=r.title,
                            organisation=r.organisation) for r in p.roles)
    if "organisation" in want:
        out.extend(_row(facts, "organisation", o.mentions[0].start, o.mentions[0].end, o.mentions[0].text,
                        name=o.name) for o in facts.organisations if o.mentions)
    if "count" in want:
        out.extend(_row(facts, "count", c.start, c.end, c.text, value=c.value, unit=c.unit) for c in facts.counts)
    if "date" in want:
        out.extend(_row(facts, "date", d.start, d.end, d.text, value=d.value) for d in facts.dates)
    if "duration" in want:
        out.extend(_row(facts, "duration", d.start, d.end, d.text, value=d.value) for d in facts.durations)
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
