"""Quotation marks: the runs of text between them, paragraph by paragraph.

Curly double quotes pair by direction; straight double quotes alternate; single quotes
(‘ ’ and ') are quotation marks only where one opens at a word's start and a later one
closes at a word's end with at least three words between, or one opens a paragraph that
it does not close, so that apostrophes ("don't", "the Smiths'") never pair up. A
paragraph that opens a quote and does not close it runs to its end (news continues a
quote over paragraphs that way). Marks that do not pair up cost at most their paragraph;
nothing here raises."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Run:
    start: int  # the quoted text, without the marks
    end: int
    open: int  # where the opening mark is
    close: int | None  # where the closing mark is; None when the paragraph ends first
    opens_paragraph: bool  # the opening mark starts its paragraph


_DOUBLE = re.compile(r"[\"“”]")
_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[—–-]))[‘'](?=\w)")
_CLITIC = re.compile(r"(?:s|t|d|ll|re|ve|m)\b")  # "'s thunder": a line broken after a name, not a quote
_SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?;:…])[’'](?=[\s)\],.;:!?—–-]|$)")


def quoted_runs(text: str) -> list[Run]:
    """The article's quoted runs, in text order (a single-quoted run inside a double-quoted
    one is part of it)."""
    runs: list[Run] = []
    offset = 0
    for paragraph in text.split("\n"):
        if paragraph.strip():
            doubles = _double_runs(paragraph, offset)
            runs.extend(doubles)
            runs.extend(r for r in _single_runs(paragraph, offset)
                        if not any(d.open <= r.open and (d.close is None or r.open < d.close) for d in doubles))
        offset += len(paragraph) + 1
    runs.sort(key=lambda r: r.start)
    return [r for r in runs if r.end > r.start]


def _run(paragraph: str, offset: int, open_at: int, close_at: int | None) -> Run:
    start = open_at + 1
    end = close_at if close_at is not None else len(paragraph.rstrip())
    while start < end and paragraph[start].isspace():
        start += 1
    while end > start and paragraph[end - 1].isspace():
        end -= 1
    return Run(offset + start, offset + end, offset + open_at, None if close_at is None else offset + close_at,
               not paragraph[:open_at].strip())


def _double_runs(paragraph: str, offset: int) -> list[Run]:
    """Runs between double quotes. A straight mark's side is read from the spaces around it
    (an opener follows a space, a closer precedes one); an opener while a run is open ends
    that run before it (a quote of several sentences whose closing marks were lost)."""
    runs = []
    open_at: int | None = None
    for m in _DOUBLE.finditer(paragraph):
        at = m.start()
        side = _side(paragraph, at, m.group(), open_at is not None)
        if side == "open":
            if open_at is not None:
                runs.append(_run(paragraph, offset, open_at, _before_space(paragraph, at)))
            open_at = at
        elif open_at is not None:
            runs.append(_run(paragraph, offset, open_at, at))
            open_at = None
    if open_at is not None:
        runs.append(_run(paragraph, offset, open_at, None))
    return runs


def _side(paragraph: str, at: int, mark: str, is_open: bool) -> str:
    """"open" or "close": curly marks say it; a straight one by the spaces around it, else
    it closes what is open and opens otherwise."""
    if mark == "“":
        return "open"
    if mark == "”":
        return "close"
    before = paragraph[at - 1] if at > 0 else " "
    after = paragraph[at + 1] if at + 1 < len(paragraph) else " "
    if (before.isspace() or before in "([—–-") and not after.isspace():
        return "open"
    if not before.isspace() and (after.isspace() or not after.isalnum()):
        return "close"
    return "close" if is_open else "open"


def _before_space(paragraph: str, at: int) -> int:
    """Where the text before `at` ends, its white space left out."""
    while at > 0 and paragraph[at - 1].isspace():
        at -= 1
    return at


def _single_runs(paragraph: str, offset: int) -> list[Run]:
    runs = []
    closes = [m.start() for m in _SINGLE_CLOSE.finditer(paragraph)]
    taken = -1
    for m in _SINGLE_OPEN.finditer(paragraph):
        at = m.start()
        if at <= taken:
            continue
        close = next((c for c in closes if c > at + 1 and len(paragraph[at + 1:c].split()) >= 3), None)
        if close is None:
            if not paragraph[:at].strip() and len(paragraph[at + 1:].split()) >= 3 \
                    and not _CLITIC.match(paragraph, at + 1):
                runs.append(_run(paragraph, offset, at, None))  # a quote that goes on in the next paragraph
                break
            continue
        runs.append(_run(paragraph, offset, at, close))
        taken = close
    return runs
