"""Rich tables for people: a header line and a table per kind."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from factcli.facts.results import ArticleFacts


def print_tables(facts: ArticleFacts, console: Console, only: frozenset[str] | None = None) -> None:
    """The article's header line, then a table per kind (those in `only`, if given)."""
    want = only or frozenset({"person", "role", "organisation", "count", "date", "duration"})
    ref = facts.reference_date or "none"
    if facts.reference_date_source:
        where = {"option": "--date", "dateline": "the dateline", "filename": "the file name",
                 "record": "the record's date field", "html": "the page's metadata"}
        ref += f" (from {where.get(facts.reference_date_source, facts.reference_date_source)})"
    model = f"{facts.model.name} {facts.model.version}"
    console.print(f"[bold]{escape(facts.source)}[/]  reference date: {ref}  model: {model}", highlight=False)

    if want & {"person", "role"}:
        _people(facts, console)
    if "organisation" in want:
        _organisations(facts, console)
    if "count" in want:
        _counts(facts, console)
    if "date" in want:
        _dates(facts, console)
    if "duration" in want and facts.durations:
        _durations(facts, console)


def _people(facts: ArticleFacts, console: Console) -> None:
    people = Table(title="People", title_justify="left", expand=False)
    people.add_column("Name", style="bold")
    people.add_column("Roles")
    people.add_column("Also called", style="dim")
    for p in facts.people:
        roles = "\n".join(r.title + (f" ({r.organisation})" if r.organisation else "") for r in p.roles)
        people.add_row(p.name, roles or "-", ", ".join(p.aliases) or "-")
    console.print(people)



def _organisations(facts: ArticleFacts, console: Console) -> None:
    orgs = Table(title="Organisations", title_justify="left")
    orgs.add_column("Name", style="bold")
    orgs.add_column("Also called", style="dim")
    orgs.add_column("Mentions", justify="right")
    for o in facts.organisations:
        orgs.add_row(o.name, ", ".join(o.aliases) or "-", str(len(o.mentions)))
    console.print(orgs)



def _counts(facts: ArticleFacts, console: Console) -> None:
    counts = Table(title="Counts", title_justify="left")
    counts.add_column("Value", justify="right", style="bold")
    counts.add_column("Unit")
    counts.add_column("Text", style="dim")
    for c in facts.counts:
        counts.add_row(f"{c.value:,}", c.unit or "?", c.text)
    console.print(counts)



def _dates(facts: ArticleFacts, console: Console) -> None:
    _values(console, "Dates", [(d.value or "(unresolved)", d.text) for d in facts.dates])


def _durations(facts: ArticleFacts, console: Console) -> None:
    _values(console, "Durations", [(d.value, d.text) for d in facts.durations])


def _values(console: Console, title: str, rows: list[tuple[str, str]]) -> None:
    table = Table(title=title, title_justify="left")
    table.add_column("Value", style="bold")
    table.add_column("Text", style="dim")
    for value, text in rows:
        table.add_row(value, text)
    console.print(table)
