"""The reference date an article's relative dates resolve against: --date, else a
dateline at the top of the article ("Friday, January 4, 2019"), else none."""

from __future__ import annotations

import re
from datetime import date

from factcli.datenorm import DAY_RE, MONTH_RE, WEEKDAY_RE, YEAR_RE, normalise_date

_DATELINE = re.compile(
    rf"^\s*(?:{WEEKDAY_RE},?\s+)?(?:{DAY_RE}\s+{MONTH_RE},?\s+{YEAR_RE}|{MONTH_RE}\s+{DAY_RE},?\s+{YEAR_RE}"
    r"|\d{4}-\d\d-\d\d)\s*$")


def parse_iso_date(text: str) -> date:
    """YYYY-MM-DD to a date; ValueError with a readable message otherwise."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"invalid date {text!r}: expected YYYY-MM-DD") from None


def dateline(text: str) -> date | None:
    """The date on the first non-empty line when that line is only a date."""
    for line in text.splitlines()[:3]:
        if not line.strip():
            continue
        if _DATELINE.match(line):
            value = normalise_date(line.strip(), None)
            if value and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
                return date.fromisoformat(value)
        return None
    return None


def reference_date(text: str, given: date | None) -> tuple[date | None, str | None]:
    """(date, where it came from): 'option', 'dateline' or None."""
    if given is not None:
        return given, "option"
    found = dateline(text)
    return (found, "dateline") if found else (None, None)
