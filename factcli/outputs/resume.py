"""--resume: what an output file already holds, and the file cut back to whole records."""

from __future__ import annotations

import os
from pathlib import Path

from factcli.outputs.formats import FORMATS


def canonical(source: str) -> str:
    """The identity of an input for --resume: the resolved path, with a record's "#id"
    kept ("<stdin>" as it is)."""
    return source if source == "<stdin>" or "://" in source else os.path.realpath(source)


def plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def done_sources(output: Path, fmt: str) -> tuple[set[str], list[str]]:
    """(identities of the articles already written to an output file, notes for the user).
    The file is rewritten to hold only those: a half-written end, error records (their
    articles are tried again, so they are not duplicated) and what is not a factcli record
    (noted) go. In the one-row-per-fact formats the last article's rows go too: they may be
    incomplete."""
    if not output.exists():
        return set(), []
    kind = FORMATS[fmt]
    if kind.scan is None:
        raise ValueError(f"{fmt} is not a line format")
    data = output.read_bytes().decode("utf-8", errors="replace")
    data = data[:data.rfind("\n") + 1]  # a line cut off mid-write
    scan = kind.scan(data)
    kept = scan.kept
    if kind.rows_per_fact and kept:
        last = kept[-1][0]
        kept = [(src, text) for src, text in kept if src != last]
    output.write_text(scan.header + "".join(text for _, text in kept), encoding="utf-8")
    notes = []
    if scan.unparseable:
        notes.append(f"note: dropped {plural(scan.unparseable, 'line')} of {output} that are not factcli records")
    if scan.errors:
        notes.append(f"note: retrying {plural(len(scan.errors), 'article')} that failed before")
    return {canonical(src) for src, _ in kept}, notes
