"""The reference date an article's relative dates resolve against: a dateline at the
top of the article ("Friday, January 4, 2019", "LONDON, March 3, 2021 (Reuters) -",
"Published: 3 March 2021", "By Jane Doe, March 3, 2021"), else a date that starts the file's
name ("2019-01-04-mayor-stabbed.txt"), else --date, else none. What the article itself
says wins over an option given for a whole batch."""

from __future__ import annotations

import re
from datetime import date

from factcli.base import DateSource, RefDate
from factcli.facts.datenorm import DAY_RE, MONTH_RE, WEEKDAY_RE, YEAR_RE, normalise_date

# The dateline grammar: [a lead] a full date [an end], on one of the first lines. A lead is
# a place ("LONDON,", "New York,"), a publication stamp ("Published:", "Updated 14:02 GMT,",
# "Last updated on") or a byline ("By Jane Doe,"); the date has a year; what follows it is
# nothing, an agency in brackets, a dash, a bar, a comma or a clock time. What wires and
# websites write, as one grammar rather than a pattern per outlet.
_DATE = (rf"(?:{WEEKDAY_RE},?\s+)?(?:{DAY_RE}\s+(?:of\s+)?{MONTH_RE},?\s+{YEAR_RE}"
         rf"|{MONTH_RE}\s+{DAY_RE},?\s+{YEAR_RE}|\d{{4}}-\d\d-\d\d)")
_TIME = r"\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2})?)?"
_STAMP = rf"(?:(?:First|Last)\s+)?(?:[Pp]ublished|[Uu]pdated|[Pp]osted|[Mm]odified)(?:\s+on)?:?\s*(?:{_TIME},?\s*)?"
_BYLINE = r"By\s+[A-Z][^,|\n]{1,60}?\s*[,|\u2013\u2014-]\s*"
_PLACE = r"[A-Z][\w.'\u2019-]*(?:[ /][A-Z][\w.'\u2019-]*){0,3}(?:\s+\([A-Za-z ]+\))?,\s*"
_DATELINE = re.compile(
    rf"^\s*(?:{_STAMP}|{_BYLINE}|{_PLACE})?(?P<date>{_DATE})"
    rf"\s*(?:$|\(|[-|,\u2013\u2014/]|at\b|{_TIME})")
_LINES = 4  # the first non-empty lines a dateline may be on (a headline, a byline, a stamp)


def parse_iso_date(text: str) -> date:
    """YYYY-MM-DD to a date; ValueError with a readable message otherwise."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"invalid date {text!r}: expected YYYY-MM-DD") from None


def dateline(text: str) -> date | None:
    """The date of a dateline on one of the first non-empty lines (see _DATELINE)."""
    lines = [line for line in text.splitlines()[:12] if line.strip()][:_LINES]
    for line in lines:
        m = _DATELINE.match(line)
        if m:
            value = normalise_date(m.group("date").strip(), None)
            if value and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
                return date.fromisoformat(value)
        if len(line) > 200 or line.rstrip().endswith((".", "!", "?", '"', "\u201d")):
            return None  # the story has begun (a headline or a byline ends with no full stop)
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
