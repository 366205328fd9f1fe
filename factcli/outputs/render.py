"""Rich tables for people: a header line and a table per kind (the columns are the kind's
row in facts/kinds.py)."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from factcli.facts.kinds import FLAT_KINDS, KINDS
from factcli.facts.results import ArticleFacts

_FROM = {"option": "--date", "dateline": "the dateline", "filename": "the file name",
         "record": "the record's date field", "html": "the page's metadata"}


def print_tables(facts: ArticleFacts, console: Console, only: frozenset[str] | None = None) -> None:
    """The article's header line, then a table per kind (those in `only`, if given)."""
    want = only or frozenset(FLAT_KINDS)
    ref = facts.reference_date or "none"
    if facts.reference_date_source:
        ref += f" (from {_FROM.get(facts.reference_date_source, facts.reference_date_source)})"
    model = f"{facts.model.name} {facts.model.version}"
    console.print(f"[bold]{escape(facts.source)}[/]  reference date: {ref}  model: {model}", highlight=False)
    for kind in KINDS:
        items = getattr(facts, kind.key)
        if not want.intersection(kind.flat) or not (items or kind.table_when_empty):
            continue
        table = Table(title=kind.title, title_justify="left")
        for column in kind.columns:
            table.add_column(column.header, style=column.style, justify=column.justify,  # type: ignore[arg-type]
                             no_wrap=column.no_wrap, overflow="ellipsis" if column.no_wrap else "fold",
                             min_width=column.min_width)
        for item in items:
            table.add_row(*kind.cells(item))
        console.print(table)
