"""The fact kinds, one table. Each row says everything the rest of factcli needs about a
kind: its list in ArticleFacts and the JSON, its item type, its extractor, how another
block's items join in, its flat rows (the --only kinds), and its table. Outputs, the block
joiner, the workers and --only read this table; offsets are checked and shifted through
ArticleFacts.evidence(), which walks every kind.

To add a fact kind: its item dataclass and list field in facts/results.py (the schema), an
extractor module, a cached property on facts.context.Extraction if other kinds share what
it finds, and one row below."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from factcli.facts.context import Extraction
from factcli.facts.organisations import join_organisations
from factcli.facts.people import join_people
from factcli.facts.results import (
    LIST_FIELDS,
    Count,
    DateMention,
    Duration,
    Evidence,
    Organisation,
    Person,
    Quote,
)

Row = tuple[str, Evidence, dict[str, Any]]  # (flat kind, the row's evidence, its other columns)


@dataclass(frozen=True)
class Column:
    """A column of a kind's table (rich's add_column arguments, as plain data)."""

    header: str
    style: str | None = None
    justify: str = "left"
    no_wrap: bool = False  # one line per row, cut with an ellipsis to fit the terminal
    min_width: int | None = None


@dataclass(frozen=True)
class FactKind:
    key: str  # the list in ArticleFacts and in the JSON ("people")
    item: type
    extract: Callable[[Extraction], list]
    flat: tuple[str, ...]  # the one-row-per-fact kinds it gives, which --only names ("person", "role")
    rows: Callable[[list, frozenset[str]], Iterator[Row]]  # its flat rows, for the flat kinds wanted
    title: str  # the table's title
    columns: tuple[Column, ...]
    cells: Callable[[Any], tuple[str, ...]]  # one item's table row
    join: Callable[[list, list], None] | None = None  # add a later block's items (None: append them)
    narrow: Callable[[dict], bool] | None = None  # nested JSON when --only names a later flat kind only
    table_when_empty: bool = True
    spellings: dict[str, str] = field(default_factory=dict)  # more names --only takes: "people" -> "person"


def _people_rows(people: list[Person], want: frozenset[str]) -> Iterator[Row]:
    for p in people:
        if "person" in want and p.mentions:
            yield "person", p.mentions[0], {"name": p.name}
        if "role" in want:
            for r in p.roles:
                yield "role", r, {"name": p.name, "title": r.title, "organisation": r.organisation}


def _each(flat: str, columns: Callable[[Any], dict[str, Any]]) -> Callable[[list, frozenset[str]], Iterator[Row]]:
    """Rows of a kind whose items are their own evidence, one row each."""

    def rows(items: list, want: frozenset[str]) -> Iterator[Row]:
        if flat in want:
            for item in items:
                yield flat, item, columns(item)

    return rows


def _first_mention(flat: str) -> Callable[[list, frozenset[str]], Iterator[Row]]:
    def rows(items: list, want: frozenset[str]) -> Iterator[Row]:
        if flat in want:
            for item in items:
                if item.mentions:
                    yield flat, item.mentions[0], {"name": item.name}

    return rows


def _person_cells(p: Person) -> tuple[str, ...]:
    roles = "\n".join(r.title + (f" ({r.organisation})" if r.organisation else "") for r in p.roles)
    return p.name, roles or "-", ", ".join(p.aliases) or "-"


VALUE, TEXT = Column("Value", style="bold"), Column("Text", style="dim")

KINDS: tuple[FactKind, ...] = (
    FactKind("people", Person, lambda x: x.people, ("person", "role"), _people_rows, "People",
             (Column("Name", style="bold"), Column("Roles"), Column("Also called", style="dim")), _person_cells,
             join=join_people, narrow=lambda p: bool(p["roles"]),
             spellings={"people": "person", "persons": "person", "roles": "role"}),
    FactKind("organisations", Organisation, lambda x: x.organisations, ("organisation",),
             _first_mention("organisation"), "Organisations",
             (Column("Name", style="bold"), Column("Also called", style="dim"), Column("Mentions", justify="right")),
             lambda o: (o.name, ", ".join(o.aliases) or "-", str(len(o.mentions))), join=join_organisations,
             spellings={"organisations": "organisation", "organizations": "organisation",
                        "organization": "organisation", "orgs": "organisation"}),
    FactKind("counts", Count, lambda x: x.counts, ("count",), _each("count", lambda c: {"value": c.value,
                                                                                      "unit": c.unit}),
             "Counts", (Column("Value", style="bold", justify="right"), Column("Unit"), TEXT),
             lambda c: (f"{c.value:,}", c.unit or "?", c.text), spellings={"counts": "count"}),
    FactKind("dates", DateMention, lambda x: x.dates, ("date",), _each("date", lambda d: {"value": d.value}),
             "Dates", (VALUE, TEXT), lambda d: (d.value or "(unresolved)", d.text), spellings={"dates": "date"}),
    FactKind("durations", Duration, lambda x: x.durations, ("duration",),
             _each("duration", lambda d: {"value": d.value}), "Durations", (VALUE, TEXT),
             lambda d: (d.value, d.text), table_when_empty=False, spellings={"durations": "duration"}),
    FactKind("quotes", Quote, lambda x: x.quotes, ("quote",),
             _each("quote", lambda q: {"name": q.speaker, "value": q.kind, "title": q.cue.text if q.cue else None}),
             "Quotes", (Column("Speaker", style="bold", min_width=12), Column("Quote", no_wrap=True),
              Column("Kind", style="dim", min_width=8)),
             lambda q: (q.speaker or "(unnamed)", q.text, q.kind), table_when_empty=False,
             spellings={"quotes": "quote"}),
)
assert tuple(k.key for k in KINDS) == LIST_FIELDS, "every list of ArticleFacts has one row, in order"

FLAT_KINDS: tuple[str, ...] = tuple(f for k in KINDS for f in k.flat)  # person, role, organisation, ...
_SPELLINGS = {w: f for k in KINDS for w, f in k.spellings.items()}
# what --only is given, as the docs write it: people, roles, organisations, counts, ...
ONLY_CHOICES: tuple[str, ...] = tuple(next(w for w, g in _SPELLINGS.items() if g == f) for f in FLAT_KINDS)


def parse_kinds(value: str) -> frozenset[str]:
    """"people,dates" -> {"person", "date"}; ValueError naming a kind that does not exist."""
    kinds = set()
    for word in (w.strip().lower() for w in value.split(",") if w.strip()):
        kind = _SPELLINGS.get(word, word)
        if kind not in FLAT_KINDS:
            raise ValueError(f"unknown kind {word!r}: choose from {', '.join(ONLY_CHOICES)}")
        kinds.add(kind)
    if not kinds:
        raise ValueError("no kinds given")
    return frozenset(kinds)


def fact_count(facts: Any) -> int:
    """How many facts an ArticleFacts holds: its flat rows, every kind."""
    every = frozenset(FLAT_KINDS)
    return sum(1 for k in KINDS for _ in k.rows(getattr(facts, k.key), every))
