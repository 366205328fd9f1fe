"""Numbers written in words or digits, to values: "Fourteen" -> 14, "1,200" -> 1200,
"2.5 million" -> 2500000, "twenty-three" -> 23."""

from __future__ import annotations

import re

from factcli.facts.lexicon import TENS, UNITS

SCALES = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "m": 1_000_000, "bn": 1_000_000_000, "k": 1_000,
}
OTHER = {"dozen": 12, "a": 1, "an": 1}
NUMBER_WORDS = set(UNITS) | set(TENS) | {"hundred", "thousand", "million", "billion",
                                         "trillion", "dozen"}

_DIGITS = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$")


def parse_number(text: str) -> int | float | None:
    """Value of a number phrase, or None if it is not one."""
    words = [w for w in re.split(r"[\s\-]+", text.strip().lower()) if w and w != "and"]
    if not words:
        return None
    total, current, seen, last = 0.0, 0.0, False, ""
    for w in words:
        if _DIGITS.match(w):
            if seen and current:
                return None  # "2 3": two numbers, not one
            current += float(w.replace(",", ""))
        elif w in UNITS:
            if last == "unit" or (last == "tens" and UNITS[w] >= 10):
                return None  # "eleven and twelve": two numbers
            current += UNITS[w]
        elif w in TENS:
            if last in ("unit", "tens"):
                return None  # "five twenty"
            current += TENS[w]
        elif w in OTHER and (w == "dozen" or len(words) > 1):
            current = (current or 1) * OTHER[w] if w == "dozen" else current + OTHER[w]
        elif w in SCALES:
            if w == "hundred":
                current = (current or 1) * 100
            else:
                total += (current or 1) * SCALES[w]
                current = 0
        else:
            return None
        seen = True
        last = "unit" if w in UNITS else "tens" if w in TENS else ""
    return whole(total + current)


def whole(value: float) -> int | float:
    """A number as an int where it is whole: 2500000.0 -> 2500000, 2.5 stays."""
    return int(value) if value == int(value) else value
