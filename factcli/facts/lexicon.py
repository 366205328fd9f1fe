"""Calendar and number words, written once: month and weekday names, ordinal and number
words, as lookups and as regular-expression alternations (in a fixed order, longest
alternatives where they matter). Dates, durations, counts and organisations read them."""

from __future__ import annotations

import calendar

MONTH_NAMES = tuple(m for m in calendar.month_name if m)  # January ... December
MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec")
WEEKDAY_NAMES = tuple(calendar.day_name)  # Monday ... Sunday

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(WEEKDAY_NAMES)}

ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
}
UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}


def alternation(words) -> str:
    return "|".join(words)


# a full month name never takes the full stop after it ("... on 19 January."); an abbreviation may
FULL_MONTH_RE = f"(?:{alternation(MONTH_NAMES)})"
MONTH_RE = f"(?:{alternation(MONTH_NAMES)}|(?:{alternation(MONTH_ABBREVIATIONS)})\\.?)"
WEEKDAY_RE = f"(?:{alternation(WEEKDAY_NAMES)})"
ORDINAL_WORDS_RE = alternation(ORDINAL_WORDS)  # first|second|...|twenty-first
SMALL_NUMBER_RE = alternation(list(UNITS)[1:13])  # one|two|...|twelve
TEEN_NUMBER_RE = alternation(list(UNITS)[13:])  # thirteen|...|nineteen
TENS_RE = alternation(TENS)  # twenty|thirty|...|ninety
