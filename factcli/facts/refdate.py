"""The reference date an article's relative dates resolve against: a dateline at the
top of the article ("Friday, January 4, 2019"), else a date that starts the file's
name ("2019-01-04-mayor-stabbed.txt"), else --date, else none. What the article itself
says wins over an option given for a whole batch."""

from __future__ import annotations

import re
from datetime import date

from factcli.base import DateSource, RefDate
from factcli.facts.datenorm import DAY_RE, MONTH_RE, WEEKDAY_RE, YEAR_RE, normalise_date

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


_NAME_DATE = re.compile(r"(\d{4}-\d\d-\d\d)(?!\d)")


def name_date(source: str) -> date | None:
    """A valid YYYY-MM-DD at the start of a file's name."""
    name = source.replace("\\", "/").rsplit("/", 1)[-1]
    m = _NAME_DATE.match(name)
    if not m:
        return None
    try:
        return date.fromisoformat(m.group(1))
    except ValueError:
        return None


def reference_date(text: str, source: str = "", given: RefDate | None = None,
                   metadata: RefDate | None = None) -> RefDate | None:
    """The article's reference date. A forced `given` (--force-date) wins over all; then
    `metadata` (a record's date field, an HTML page's publication date), a dateline, a date
    starting the file name, and last `given` (--date)."""
    if given is not None and given.forced:
        return given
    if metadata is not None:
        return metadata
    found = dateline(text)
    if found:
        return RefDate(found, DateSource.DATELINE)
    from_name = name_date(source)
    if from_name:
        return RefDate(from_name, DateSource.FILENAME)
    return given


def as_ref(value: RefDate | date | None, forced: bool = False) -> RefDate | None:
    """A date given by the user (--date, --force-date, the API's date=) as a RefDate."""
    if value is None or isinstance(value, RefDate):
        return value
    return RefDate(value, DateSource.OPTION, forced)
