"""Renderers: rich tables for people, JSON for programs."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from factcli.facts.results import ArticleFacts
from factcli.outputs.encode import dumps


def to_json(facts: ArticleFacts, indent: int | None = 2) -> str:
    return dumps(facts.to_dict(), indent=indent)


def print_tables(facts: ArticleFacts, console: Console) -> None:
    ref = facts.reference_date or "none"
    if facts.reference_date_source:
        where = {"option": "--date", "dateline": "the dateline", "filename": "the file name"}
        ref += f" (from {where.get(facts.reference_date_source, facts.reference_date_source)})"
    console.print(f"[bold]{facts.source}[/]  reference date: {ref}  model: {facts.model.name} {facts.model.version}")

    people = Table(title="People", title_justify="left", expand=False)
    people.add_column("Name", style="bold")
    people.add_column("Roles")
    people.add_column("Also called", style="dim")
    for p in facts.people:
        roles = "\n".join(r.title + (f" ({r.organisation})" if r.organisation else "") for r in p.roles)
        people.add_row(p.name, roles or "-", ", ".join(p.aliases) or "-")
    console.print(people)

    orgs = Table(title="Organisations", title_justify="left")
    orgs.add_column("Name", style="bold")
    orgs.add_column("Also called", style="dim")
    orgs.add_column("Mentions", justify="right")
    for o in facts.organisations:
        orgs.add_row(o.name, ", ".join(o.aliases) or "-", str(len(o.mentions)))
    console.print(orgs)

    counts = Table(title="Counts", title_justify="left")
    counts.add_column("Value", justify="right", style="bold")
    counts.add_column("Unit")
    counts.add_column("Text", style="dim")
    for c in facts.counts:
        counts.add_row(f"{c.value:,}", c.unit or "?", c.text)
    console.print(counts)

    dates = Table(title="Dates", title_justify="left")
    dates.add_column("Value", style="bold")
    dates.add_column("Text", style="dim")
    for d in facts.dates:
        dates.add_row(d.value or "(unresolved)", d.text)
    console.print(dates)
