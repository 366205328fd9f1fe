"""Normalise one date expression to an EDTF value, resolved against a reference date.

"on Wednesday" -> the latest Wednesday on or before the reference date;
"between 2016 and 2018" -> "2016/2018"; "the 1970s" -> "197X"; "October" -> "XXXX-10"
without a reference date; relative expressions without one -> None.
Common shapes are handled here directly (fast, exact); dateparser handles the rest.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache

from factcli.facts.numbers import parse_number

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
SEASONS = {"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24}
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
}

# a full month name never takes the full stop after it ("... on 19 January."); an abbreviation may
MONTH_RE = (r"(?:January|February|March|April|May|June|July|August|September|October|"
            r"November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)")
WEEKDAY_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DAY_RE = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR_RE = r"(?:1[6-9]\d\d|20\d\d)"
AMOUNT_RE = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)"  # "two days ago"
# A clock time that opens a date ("5 p.m. on Wednesday", "10:00 GMT Sunday", "noon Thursday").
TIME_RE = (r"(?:(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?i:a\.m\.|p\.m\.|am|pm))?|(?:1[0-2]|0?[1-9])\s*"
           r"(?i:a\.m\.|p\.m\.|am|pm)|(?i:noon|midday|midnight))(?:\s+(?:GMT|BST|UTC|EST|EDT|CET|ET|PT))?")
HOLIDAY_RE = (r"(?:Christmas(?:\s+(?:Day|Eve))?|New\s+Year's\s+(?:Day|Eve)|Thanksgiving(?:\s+Day)?|Easter(?:\s+"
              r"(?:Sunday|Monday))?|Good\s+Friday|Boxing\s+Day|Halloween|Valentine's\s+Day|St\.?\s+Patrick's\s+Day|"
              r"Bonfire\s+Night|Guy\s+Fawkes\s+Night)")
_TIMED = re.compile(rf"^({TIME_RE}),?\s+(?:on\s+)?(.+)$")


# A day or month without a year, in a clause not marked as future, is the latest one on or
# before the reference date, unless it comes within this much after it: news names
# upcoming days and months by themselves ("the vote on Nov. 6", "talks in January").
SOON_DAYS = 45
SOON_MONTHS = 2


def _iso(d: date) -> str:
    return d.isoformat()


def _shift_months(d: date, months: int) -> tuple[int, int]:
    index = d.year * 12 + d.month - 1 + months
    return index // 12, index % 12 + 1


def _month_year(month: int, ref: date | None, direction: str | None, relative: str = "") -> str | None:
    """A month with no year: the latest such month on or before ref (or, within
    SOON_MONTHS, after it), or the next one on or after ref in a future clause."""
    if ref is None:
        return f"XXXX-{month:02d}"  # "last December" with no reference date: the month is known
    if relative == "last":
        year = ref.year if month < ref.month else ref.year - 1
    elif relative == "next":
        year = ref.year if month > ref.month else ref.year + 1
    elif relative == "this":
        year = ref.year
    else:
        now = ref.year * 12 + ref.month - 1
        options = [y * 12 + month - 1 for y in (ref.year - 1, ref.year, ref.year + 1)]
        if direction == "future":
            year = min(i for i in options if i >= now) // 12
        else:
            year = max(i for i in options if i <= now + SOON_MONTHS) // 12
    return f"{year}-{month:02d}"


def _day_month(day: int, month: int, ref: date | None, direction: str | None) -> str | None:
    """A day and month with no year, chosen as _month_year chooses (SOON_DAYS)."""
    if ref is None:
        return f"XXXX-{month:02d}-{day:02d}"
    options = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            options.append(date(year, month, day))
        except ValueError:  # 29 February outside a leap year
            pass
    if direction == "future":
        chosen = [d for d in options if d >= ref][:1]
    else:
        chosen = [d for d in options if d <= ref + timedelta(days=SOON_DAYS)][-1:]
    return _iso(chosen[0]) if chosen else None


def _weekday(weekday: int, ref: date | None, direction: str | None, relative: str = "") -> str | None:
    if ref is None:
        return None
    back = (ref.weekday() - weekday) % 7
    if relative == "last":
        back = back or 7
    elif relative == "next":
        return _iso(ref + timedelta(days=(weekday - ref.weekday()) % 7 or 7))
    elif relative == "this":
        return _iso(ref - timedelta(days=ref.weekday()) + timedelta(days=weekday))
    elif direction == "future":  # the day itself when the article is dated that day
        return _iso(ref + timedelta(days=(weekday - ref.weekday()) % 7))
    return _iso(ref - timedelta(days=back))


def _weekend(saturday: date) -> str:
    """A weekend as the EDTF interval of its Saturday and Sunday."""
    return f"{_iso(saturday)}/{_iso(saturday + timedelta(days=1))}"


_REFERS_BACK = re.compile(r"(?i)\b(?:that|same|following|previous|next|in the|before|after|quarter|period|year-"
                          r"earlier|year-ago|earlier|later|ago)\b")
_FOUR_DIGIT_YEAR = re.compile(r"^(?:\d{4}|\d{3}X|\d\dXX|XXXX)(?![\dX])")
_COMPARISON = re.compile(r"(?i)\byear[\s-](?:earlier|ago|before)\b")
_QUARTER_VALUE = re.compile(r"^(\d{4})-(01|04|07|10)/\1-(03|06|09|12)$")
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
ANCHOR_VALUE = re.compile(r"^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?:T[\d:]+)?$")
_UNIT_PRECISION = {"day": 3, "week": 3, "fortnight": 3, "month": 2, "year": 1, "decade": 1}
_DAYS_IN = {"day": 1, "week": 7, "fortnight": 14}


def _anaphoric(kind: str, g: tuple[str | None, ...], anchor: str | None) -> str | None:
    """'that day', 'later that year', 'the following month', 'the day before': a step from
    the date the article last gave (anchor), at the unit's precision; None without one."""
    step_word, unit = ("", g[0]) if kind == "anaphoric" else (g[0], g[1] if len(g) > 1 and g[1] else "day")
    step = {"following": 1, "next": 1, "after": 1, "previous": -1, "before": -1}.get(step_word.lower(), 0)
    unit = unit.lower() if unit.lower() in ("week", "month", "year") else "day"  # "that night" is that day
    value = _step_from(anchor, unit, step)
    if unit == "week" and value:  # "that week": the ISO week, as "last week" is
        iso = date.fromisoformat(value).isocalendar()
        return f"{iso.year}-W{iso.week:02d}"
    return value


def is_comparison(text: str) -> bool:
    """'a year earlier', 'the year-ago period': a point compared with, which later
    mentions do not refer back to."""
    return _COMPARISON.search(text) is not None


def _quarter(year: int, q: int) -> str:
    return f"{year:04d}-{3 * q - 2:02d}/{year:04d}-{3 * q:02d}"


def _shift_quarter(value: str, years: int) -> str | None:
    m = _QUARTER_VALUE.match(value)
    year = int(m.group(1)) + years if m else 0
    return _quarter(year, (int(m.group(2)) + 2) // 3) if 0 < year < 10000 else None


def _period(text: str, ref: date | None, anchors: tuple[str, ...]) -> str | None:
    """A quarter a financial report names without its number: 'the quarter', 'the latest
    quarter' (the one the article last named, else the last one ended by ref), 'this' or
    'the current quarter' (ref's), 'that quarter' (the one last named), and each of these
    a year back with year-earlier/year-ago ('the year-ago period', 'year-earlier')."""
    named = next((a for a in anchors if _QUARTER_VALUE.match(a)), None)
    ordinal = next((n for w, n in _ORDINALS.items() if w in text), None)
    back = -1 if ("year-earlier" in text or "year-ago" in text) else 0
    if ordinal is not None:  # "the year-earlier third quarter"
        year = int(named[:4]) if named else (ref.year if ref else None)
        base = _quarter(year, ordinal) if year else None
    elif "current" in text or text.startswith("this"):
        base = _quarter(ref.year, (ref.month + 2) // 3) if ref else None
    elif named:
        base = named
    elif ref is not None and not text.startswith("that") and "same" not in text:
        q = (ref.month + 2) // 3 - 1  # the last quarter ended on or before ref
        base = _quarter(ref.year, q) if q else _quarter(ref.year - 1, 4)
    else:
        base = None
    return _shift_quarter(base, back) if base else None


def _step_from(anchor: str | None, unit: str, amount: int) -> str | None:
    """anchor moved by amount (back when negative) days, weeks, fortnights, months, years or
    decades, at the unit's precision ("a decade ago" is a year); None without an anchor
    that precise."""
    m = ANCHOR_VALUE.match(anchor or "")
    parts = [int(p) for p in m.groups() if p is not None] if m else []
    if len(parts) < _UNIT_PRECISION[unit]:
        return None
    if unit in ("year", "decade"):
        return f"{parts[0] + amount * (10 if unit == 'decade' else 1):04d}"
    if unit == "month":
        y, mo = _shift_months(date(parts[0], parts[1], 1), amount)
        return f"{y:04d}-{mo:02d}"
    return _iso(date(*parts[:3]) + timedelta(days=amount * _DAYS_IN[unit]))


def _decade(digits: str, base_century: str | None = None) -> str:
    """'1970s' -> '197X'; '80s' -> '198X' (century from base_century, else 19)."""
    if len(digits) == 4:
        return digits[:3] + "X"
    return (base_century or "19") + digits[0] + "X"


_DECADE = r"(?:'?(\d0)s|(1[6-9]\d0|20\d0)s)"
_DAY_RANGE = re.compile(rf"^(?:(from|between)\s+)?(?:({MONTH_RE})\s+({DAY_RE})|(?:the\s+)?({DAY_RE}))\s*"
                        rf"([-–]|to|through|until|and)\s*(?:the\s+)?({DAY_RE})(?:\s+of)?(?:\s+({MONTH_RE}))?"
                        rf"(?:,?\s+({YEAR_RE}))?$", re.I)


def is_day_range(text: str) -> bool:
    """'6 to 9 January', 'Jan. 6 and 7': a run of days, the second after the first; with
    'and' only two days in a row or after 'between' ('on 20 and 27 April' are two dates)."""
    m = _DAY_RANGE.match(" ".join(text.split()))
    if m is None or bool(m.group(2)) == bool(m.group(7)):
        return False
    first, last = int(re.match(r"\d+", m.group(3) or m.group(4)).group()), int(re.match(r"\d+", m.group(6)).group())
    if last <= first:
        return False
    return m.group(5).lower() != "and" or last == first + 1 or (m.group(1) or "").lower() == "between"


PATTERNS: list[tuple[re.Pattern[str], str]] = [(re.compile(p, re.I), kind) for p, kind in [
    (rf"^(?:{WEEKDAY_RE},?\s+)?(?:the\s+)?({DAY_RE})(?:\s+of)?\s+({MONTH_RE}),?\s+({YEAR_RE})$", "dmy"),
    (rf"^(?:{WEEKDAY_RE},?\s+)?({MONTH_RE})\s+({DAY_RE}),?\s+({YEAR_RE})$", "mdy"),
    (r"^(\d{4})-(\d\d)-(\d\d)$", "iso"),
    (_DAY_RANGE.pattern, "dayrange"),
    (rf"^(?:{WEEKDAY_RE},?\s+)?(?:the\s+)?({DAY_RE})(?:\s+of)?\s+({MONTH_RE})$", "dm"),
    (rf"^(?:{WEEKDAY_RE},?\s+)?({MONTH_RE})\s+({DAY_RE})$", "md"),
    (rf"^(?:the\s+)?(\w+(?:-first)?)\s+of\s+({MONTH_RE})(?:,?\s+({YEAR_RE}))?$", "dm_word"),
    (rf"^(?:(?:early|mid|late|the\s+end\s+of|the\s+start\s+of)[\s-]+)?({MONTH_RE}),?\s+({YEAR_RE})$", "my"),
    (rf"^(?:between\s+|from\s+)?({YEAR_RE})\s*(?:-|–|—|to|and|until)\s*({YEAR_RE}|\d\d)$", "year_range"),
    (rf"^(?:the\s+)?(?:early|mid|late)?[\s-]*{_DECADE}(?:\s+(?:and|to|-|–)\s+(?:the\s+)?{_DECADE})?$", "decade"),
    (r"^(?:the\s+)?(?:early\s+|late\s+|mid-?)?(\d{1,2})(?:st|nd|rd|th)[\s-]+century$", "century"),
    (r"^(?:the\s+)?(?:early\s+|late\s+|mid-?)?(\w+(?:-first)?)[\s-]+century$", "century_word"),
    (rf"^(?:(?:in|early|mid|late|the\s+end\s+of|the\s+start\s+of)[\s-]+)?({YEAR_RE})$", "year"),
    (r"^['’](\d\d)$", "short_year"),
    (rf"^(last|this|next|coming|past)\s+({MONTH_RE})$", "rel_month"),
    (rf"^(?:(?:early|mid|late)[\s-]+)?({MONTH_RE})\s+(?:of\s+)?(this|last|next)\s+year$", "month_rel_year"),
    (rf"^(?:(?:early|mid|late)[\s-]+)?({MONTH_RE})$", "month"),
    (rf"^(?:on\s+)?(last|this|next|coming|past)?\s*({WEEKDAY_RE})"
     r"(?:\s+(?:morning|afternoon|evening|night))?$", "weekday"),
    (r"^(?:early\s+|late\s+)?(today|tonight|this\s+(?:morning|afternoon|evening))$", "today"),
    (r"^(?:early\s+|late\s+)?(yesterday|last\s+night)(?:\s+(?:morning|afternoon|evening))?$", "yesterday"),
    (r"^(?:early\s+|late\s+)?(tomorrow)(?:\s+(?:morning|afternoon|evening|night))?$", "tomorrow"),
    (r"^the\s+(?:end|start|beginning|middle)\s+of\s+(the|this|last|next)\s+(week|month|year|decade)$", "rel_unit"),
    (r"^(?:(?:earlier|later)\s+)?(last|this|next|past|coming)\s+(week|month|year|weekend)$", "rel_unit"),
    (r"^(?:(?:earlier|later)\s+)?(last|this|next|coming)\s+(spring|summer|autumn|fall|winter)$", "rel_season"),
    (rf"^({AMOUNT_RE})\s+(days?|weeks?|fortnights?|months?|years?|decades?)\s+(ago|from\s+now)$", "ago"),
    (r"^(?:(?:the|this|that)\s+)?(?:(?:latest|current|same|most\s+recent|comparable|corresponding)\s+)?"
     r"(?:(?:year-earlier|year-ago)(?:\s+(?:(?:first|second|third|fourth)[\s-]+)?(?:quarter|period))?|quarter|period)$",
     "period"),
    (r"^a\s+year\s+(earlier|before|later)$", "year_shift"),
    (rf"^({AMOUNT_RE})\s+(days?|weeks?|months?|years?)\s+(later|earlier|after|before)$", "shift"),
    (r"^(?:earlier|later)\s+in\s+the\s+(week|month|year)$", "in_the_unit"),
    (r"^(?:earlier\s+|later\s+)?(?:that|the\s+same|in\s+the)\s+(day|night|morning|afternoon|evening|week|month|year)$",
     "anaphoric"),
    (r"^the\s+(following|previous|next)\s+(day|night|morning|evening|week|month|year)$", "anaphoric_step"),
    (r"^the\s+day\s+(before|after)$", "anaphoric_step"),
    (r"^(?:the\s+)?(weekend)$", "weekend"),
    (r"^the\s+new\s+year$", "new_year"),
    (rf"^(?:(last|this|next)\s+)?({HOLIDAY_RE})(?:,?\s+({YEAR_RE}))?$", "holiday"),
    (rf"^(?:the\s+)?(?:({YEAR_RE})(?:'s)?\s+|(this|last|next)\s+year's\s+)?(first|second|third|fourth|final|last)"
     rf"[\s-]+quarter(?:\s+of\s+({YEAR_RE}))?$", "quarter"),
    (rf"^(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(spring|summer|autumn|fall|winter)(?:\s+of)?,?\s+({YEAR_RE})$",
     "season_year"),
]]


def normalise_date(text: str, ref: date | None, direction: str | None = None,
                   anchors: tuple[str, ...] = ()) -> str | None:
    """EDTF value of a date expression, or None when it cannot be resolved. `anchors` are
    the values of the article's dates before it, newest first, which 'that day', 'the
    following year' and 'the quarter' refer to."""
    text = " ".join(text.split())
    try:
        value = _normalise(text, ref, direction, anchors if _REFERS_BACK.search(text) else ())
    except (OverflowError, ValueError):  # a step past year 1 or 9999 ("yesterday" on 0001-01-01)
        return None
    return value if value is None or _FOUR_DIGIT_YEAR.match(value) else None  # not "10000", "-1"


@lru_cache(maxsize=4096)
def _normalise(text: str, ref: date | None, direction: str | None, anchors: tuple[str, ...] = ()) -> str | None:
    timed = _TIMED.match(text)
    if timed:  # the day's value with the time kept: "2021-05-19T17:00"
        day = _normalise(timed.group(2), ref, direction)
        clock = clock_time(timed.group(1))
        return f"{day}T{clock}" if day and clock and re.fullmatch(r"\d{4}-\d\d-\d\d", day) else day
    for pattern, kind in PATTERNS:
        m = pattern.match(text)
        if m:
            return _resolve(kind, m, ref, direction, anchors)
    return _dateparser(text, ref, direction)


def _resolve(kind: str, m: re.Match[str], ref: date | None, direction: str | None,  # noqa: C901
             anchors: tuple[str, ...] = ()) -> str | None:
    g = m.groups()
    day_of = lambda s: int(re.match(r"\d+", s).group())  # noqa: E731
    month_of = lambda s: MONTHS[s.lower().rstrip(".")]  # noqa: E731
    if kind in ("dmy", "mdy", "iso"):
        if kind == "dmy":
            d, mo, y = day_of(g[0]), month_of(g[1]), int(g[2])
        elif kind == "mdy":
            mo, d, y = month_of(g[0]), day_of(g[1]), int(g[2])
        else:
            y, mo, d = int(g[0]), int(g[1]), int(g[2])
        try:
            return _iso(date(y, mo, d))
        except ValueError:
            return None
    if kind == "dayrange":  # groups as in _DAY_RANGE
        if not (g[1] or g[6]):
            return None  # "1 to 5": no month
        month = month_of(g[1] or g[6])
        first, last = day_of(g[2] or g[3]), day_of(g[5])
        start = f"{g[7]}-{month:02d}-{first:02d}" if g[7] else _day_month(first, month, ref, direction)
        if start is None:
            return None
        try:
            end = date(int(start[:4]), month, last) if start[:4] != "XXXX" else None
        except ValueError:
            return None
        return f"{start}/{end.isoformat() if end else f'XXXX-{month:02d}-{last:02d}'}"
    if kind == "dm":
        return _day_month(day_of(g[0]), month_of(g[1]), ref, direction)
    if kind == "dm_word":  # "the Fourth of July"
        day = ORDINAL_WORDS.get(g[0].lower())
        if day is None:
            return None
        if not g[2]:
            return _day_month(day, month_of(g[1]), ref, direction)
        try:
            return _iso(date(int(g[2]), month_of(g[1]), day))
        except ValueError:
            return None
    if kind == "md":
        return _day_month(day_of(g[1]), month_of(g[0]), ref, direction)
    if kind == "my":
        return f"{int(g[1])}-{month_of(g[0]):02d}"
    if kind == "year_range":
        start, end = g[0], g[1]
        if len(end) == 2:
            end = start[:2] + end
        return f"{start}/{end}" if end > start else None
    if kind == "decade":
        first = _decade(g[1] or g[0])
        if g[2] is None and g[3] is None:
            return first
        return f"{first}/{_decade(g[3] or g[2], first[:2])}"
    if kind in ("century", "century_word"):
        n = int(g[0]) if kind == "century" else ORDINAL_WORDS.get(g[0].lower())
        return f"{n - 1:02d}XX" if n and 1 <= n <= 21 else None
    if kind == "year":
        return g[0]
    if kind == "short_year":  # "'83": the latest such year up to ref's, else 1930-2029
        yy = int(g[0])
        if ref is not None:
            year = ref.year - (ref.year - yy) % 100
            return f"{year:04d}"
        return f"{(1900 if yy >= 30 else 2000) + yy}"
    if kind == "month":
        return _month_year(month_of(g[0]), ref, direction)
    if kind == "rel_month":
        rel = {"past": "last", "coming": "next"}.get(g[0].lower(), g[0].lower())
        return _month_year(month_of(g[1]), ref, direction, rel)
    if kind == "weekday":
        rel = {"past": "last", "coming": "next"}.get((g[0] or "").lower(), (g[0] or "").lower())
        return _weekday(WEEKDAYS[g[1].lower()], ref, direction, rel)
    if kind == "season_year":
        return f"{g[1]}-{SEASONS[g[0].lower()]}"
    if kind == "quarter":  # "the third quarter (of 1989)", "the 1988 third quarter", "this year's third quarter"
        q = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}[g[2].lower()]
        year = g[0] or g[3]
        if g[1] and ref is not None:
            year = str(ref.year + {"last": -1, "this": 0, "next": 1}[g[1].lower()])
        if not year:  # this year's, once it has begun (a past quarter is reported in the future too)
            year = "XXXX" if ref is None else str(ref.year - (3 * q - 2 > ref.month and direction != "future"))
        return f"{year}-{3 * q - 2:02d}/{year}-{3 * q:02d}"
    if kind in ("anaphoric", "anaphoric_step"):
        return _anaphoric(kind, g, next((a for a in anchors if ANCHOR_VALUE.match(a)), None))
    if kind == "period":
        return _period(m.group(0).lower(), ref, anchors)
    if kind == "shift":  # "three weeks later": from the date the article last gave
        amount = 1 if g[0].lower() in ("a", "an") else parse_number(g[0])
        sign = 1 if g[2].lower() in ("later", "after") else -1
        return _step_from(next((a for a in anchors if ANCHOR_VALUE.match(a)), None), g[1].lower().rstrip("s"),
                          sign * int(amount)) if amount else None
    if kind == "year_shift" and anchors and _QUARTER_VALUE.match(anchors[0]):
        return _shift_quarter(anchors[0], 1 if g[0].lower() == "later" else -1)  # "... from $5m a year earlier"
    if kind == "month_rel_year":  # "January of this year", "May last year"
        if ref is None:
            return f"XXXX-{month_of(g[0]):02d}"
        return f"{ref.year + {'last': -1, 'this': 0, 'next': 1}[g[1].lower()]}-{month_of(g[0]):02d}"
    if ref is None:
        return None
    if kind == "today":
        return _iso(ref)
    if kind == "yesterday":
        return _iso(ref - timedelta(days=1))
    if kind == "tomorrow":
        return _iso(ref + timedelta(days=1))
    if kind in ("rel_unit", "in_the_unit"):  # "later in the year" is later this year
        step = 0 if kind == "in_the_unit" else {"last": -1, "past": -1, "this": 0, "the": 0, "next": 1,
                                                "coming": 1}[g[0].lower()]
        unit = g[-1].lower()
        if unit == "decade":  # "the end of the decade"
            return f"{str(ref.year + 10 * step)[:3]}X"
        if unit == "year":
            return str(ref.year + step)
        if unit == "month":
            y, mo = _shift_months(ref, step)
            return f"{y}-{mo:02d}"
        if unit == "weekend":
            return _weekend(ref + timedelta(weeks=step) + timedelta(days=5 - ref.weekday()))
        iso = (ref + timedelta(weeks=step)).isocalendar()
        return f"{iso.year}-W{iso.week:02d}"
    if kind == "new_year":  # said in the second half of a year, the one after it
        return str(ref.year + (ref.month >= 7))
    if kind == "weekend":  # the latest weekend begun by ref; the next one in a future clause
        saturday = ref - timedelta(days=(ref.weekday() - 5) % 7)
        if direction == "future" and ref.weekday() < 5:
            saturday += timedelta(days=7)
        return _weekend(saturday)
    if kind == "rel_season":
        season = SEASONS[g[1].lower()]
        step = {"last": -1, "this": 0, "next": 1, "coming": 1}[g[0].lower()]
        return f"{ref.year + step}-{season}"
    if kind == "holiday":
        return _holiday(g[1], g[2], (g[0] or "").lower(), ref, direction)
    if kind == "year_shift":  # against the reference date: the story's own time is not known
        return str(ref.year + (1 if g[0].lower() == "later" else -1))
    if kind == "ago" and g[0].lower() in ("a", "one") and g[1].lower() == "year" and anchors \
            and _QUARTER_VALUE.match(anchors[0]) and anchors[0][:4] in (str(ref.year), str(ref.year - 1)):
        return _shift_quarter(anchors[0], -1)  # "third-quarter profit rose from $5m a year ago"
    if kind == "ago":
        amount = 1 if g[0].lower() in ("a", "an") else parse_number(g[0])
        sign = -1 if g[2].lower().startswith("from") else 1  # "two weeks from now": ahead
        return _step_from(_iso(ref), g[1].lower().rstrip("s"), -sign * int(amount)) if amount else None
    return None


_FIXED_HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
                   "new year's day": (1, 1), "new year's eve": (12, 31), "boxing day": (12, 26),
                   "halloween": (10, 31), "valentine's day": (2, 14), "st patrick's day": (3, 17),
                   "bonfire night": (11, 5), "guy fawkes night": (11, 5)}
_EASTER_OFFSETS = {"easter": 0, "easter sunday": 0, "easter monday": 1, "good friday": -2}


def holiday_date(name: str, year: int) -> date | None:
    """The day a holiday falls on in a year (Easter by the Western computus; Thanksgiving
    the US one: the fourth Thursday of November)."""
    name = re.sub(r"\s+", " ", name.lower().replace("st.", "st"))
    if name in _FIXED_HOLIDAYS:
        return date(year, *_FIXED_HOLIDAYS[name])
    if name in _EASTER_OFFSETS:
        from dateutil.easter import easter  # (dateutil comes with dateparser)

        return easter(year) + timedelta(days=_EASTER_OFFSETS[name])
    if name.startswith("thanksgiving"):
        first = date(year, 11, 1)
        return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    return None


def _holiday(name: str, year: str | None, relative: str, ref: date | None, direction: str | None) -> str | None:
    if year:
        day = holiday_date(name, int(year))
        return _iso(day) if day else None
    if ref is None:
        return None
    this = holiday_date(name, ref.year)
    if this is None:
        return None
    if relative == "this":
        return _iso(this)
    soon = direction is None and 0 <= (this - ref).days <= SOON_DAYS
    ahead = relative == "next" or (relative != "last" and (direction == "future" or soon))
    if ahead:
        return _iso(this if this >= ref else holiday_date(name, ref.year + 1))
    return _iso(this if this <= ref else holiday_date(name, ref.year - 1))


def clock_time(text: str) -> str | None:
    """'5 p.m.' -> '17:00', '10:00 GMT' -> '10:00', 'noon' -> '12:00', 'midnight' -> '24:00'."""
    t = text.lower()
    if t.startswith(("noon", "midday")):
        return "12:00"
    if t.startswith("midnight"):
        return "24:00"
    m = re.match(r"(\d{1,2})(?:[:.](\d\d))?\s*(a\.m\.|p\.m\.|am|pm)?", t)
    if not m:
        return None
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    if m.group(3) and m.group(3).startswith("p") and hour < 12:
        hour += 12
    elif m.group(3) and m.group(3).startswith("a") and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute:02d}" if hour < 24 and minute < 60 else None


def _dateparser(text: str, ref: date | None, direction: str | None) -> str | None:
    """Fallback for single expressions the rules above do not cover."""
    import dateparser  # imported lazily: it takes a second to load its language data

    settings = {
        "PREFER_DATES_FROM": "future" if direction == "future" else "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "REQUIRE_PARTS": ["month"],
        "STRICT_PARSING": False,
    }
    if ref is not None:
        from datetime import datetime

        settings["RELATIVE_BASE"] = datetime(ref.year, ref.month, ref.day)
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    if parsed is None:
        return None
    has_year = re.search(r"\b\d{4}\b", text) is not None
    has_day = re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\b", re.sub(r"\b\d{4}\b", "", text)) is not None
    if not has_year and ref is None:
        return f"XXXX-{parsed.month:02d}" + (f"-{parsed.day:02d}" if has_day else "")
    return parsed.date().isoformat() if has_day else f"{parsed.year}-{parsed.month:02d}"
