"""Normalise one date expression to an EDTF value, resolved against a reference date.

"on Wednesday" -> the latest Wednesday on or before the reference date;
"between 2016 and 2018" -> "2016/2018"; "the 1970s" -> "197X"; "October" -> "XXXX-10"
without a reference date; relative expressions without one -> None.
Common shapes are handled here directly (fast, exact); dateparser handles the rest.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple

from factcli.facts.lexicon import MONTH_RE, MONTHS, ORDINAL_WORDS, SMALL_NUMBER_RE, WEEKDAY_RE, WEEKDAYS
from factcli.facts.numbers import parse_number

__all__ = ["MONTH_RE", "WEEKDAY_RE", "MONTHS", "WEEKDAYS"]  # (the lexicon's, for the finder and the dateline)

SEASONS = {"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24}
DAY_RE = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR_RE = r"(?:1[6-9]\d\d|20\d\d)"
AMOUNT_RE = rf"(?:a|an|{SMALL_NUMBER_RE}|\d+)"  # "two days ago"
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


class When(NamedTuple):
    """What a date expression is resolved against."""

    ref: date | None
    direction: str | None  # "future", "past" or None: the clause's tense (datefind.clause_direction)
    anchors: tuple[str, ...]  # the values of the article's dates before it, newest first


Resolver = Callable[[re.Match[str], When], str | None]


def _day_of(text: str) -> int:
    return int(re.match(r"\d+", text).group())


def _month_of(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def _ymd(year: int, month: int, day: int) -> str | None:
    try:
        return _iso(date(year, month, day))
    except ValueError:
        return None


def _needs_ref(resolve: Resolver) -> Resolver:
    """A resolver for a shape that means nothing without a reference date ("today")."""
    return lambda m, w: None if w.ref is None else resolve(m, w)


def _anchor(w: When) -> str | None:
    return next((a for a in w.anchors if ANCHOR_VALUE.match(a)), None)


def _r_dayrange(m: re.Match[str], w: When) -> str | None:
    g = m.groups()  # as in _DAY_RANGE
    if not (g[1] or g[6]):
        return None  # "1 to 5": no month
    month = _month_of(g[1] or g[6])
    first, last = _day_of(g[2] or g[3]), _day_of(g[5])
    start = f"{g[7]}-{month:02d}-{first:02d}" if g[7] else _day_month(first, month, w.ref, w.direction)
    if start is None:
        return None
    try:
        end = date(int(start[:4]), month, last) if start[:4] != "XXXX" else None
    except ValueError:
        return None
    return f"{start}/{end.isoformat() if end else f'XXXX-{month:02d}-{last:02d}'}"


def _r_dm_word(m: re.Match[str], w: When) -> str | None:  # "the Fourth of July"
    day = ORDINAL_WORDS.get(m[1].lower())
    if day is None:
        return None
    if not m[3]:
        return _day_month(day, _month_of(m[2]), w.ref, w.direction)
    return _ymd(int(m[3]), _month_of(m[2]), day)


def _r_year_range(m: re.Match[str], w: When) -> str | None:
    start, end = m[1], m[2]
    if len(end) == 2:
        end = start[:2] + end
    return f"{start}/{end}" if end > start else None


def _r_decade(m: re.Match[str], w: When) -> str | None:
    first = _decade(m[2] or m[1])
    if m[3] is None and m[4] is None:
        return first
    return f"{first}/{_decade(m[4] or m[3], first[:2])}"


def _century(n: int | None) -> str | None:
    return f"{n - 1:02d}XX" if n and 1 <= n <= 21 else None


def _r_short_year(m: re.Match[str], w: When) -> str | None:  # "'83": the latest such year up to ref's, else 1930-2029
    yy = int(m[1])
    if w.ref is not None:
        return f"{w.ref.year - (w.ref.year - yy) % 100:04d}"
    return f"{(1900 if yy >= 30 else 2000) + yy}"


_RELATIVE = {"past": "last", "coming": "next"}


def _r_rel_month(m: re.Match[str], w: When) -> str | None:
    return _month_year(_month_of(m[2]), w.ref, w.direction, _RELATIVE.get(m[1].lower(), m[1].lower()))


def _r_weekday(m: re.Match[str], w: When) -> str | None:
    rel = (m[1] or "").lower()
    return _weekday(WEEKDAYS[m[2].lower()], w.ref, w.direction, _RELATIVE.get(rel, rel))


def _r_quarter(m: re.Match[str], w: When) -> str | None:
    """"the third quarter (of 1989)", "the 1988 third quarter", "this year's third quarter"."""
    q = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}[m[3].lower()]
    year = m[1] or m[4]
    if m[2] and w.ref is not None:
        year = str(w.ref.year + {"last": -1, "this": 0, "next": 1}[m[2].lower()])
    if not year:  # this year's, once it has begun (a past quarter is reported in the future too)
        year = "XXXX" if w.ref is None else str(w.ref.year - (3 * q - 2 > w.ref.month and w.direction != "future"))
    return f"{year}-{3 * q - 2:02d}/{year}-{3 * q:02d}"


def _r_shift(m: re.Match[str], w: When) -> str | None:  # "three weeks later": from the date the article last gave
    amount = 1 if m[1].lower() in ("a", "an") else parse_number(m[1])
    sign = 1 if m[3].lower() in ("later", "after") else -1
    return _step_from(_anchor(w), m[2].lower().rstrip("s"), sign * int(amount)) if amount else None


def _r_year_shift(m: re.Match[str], w: When) -> str | None:
    if w.anchors and _QUARTER_VALUE.match(w.anchors[0]):  # "... from $5m a year earlier"
        return _shift_quarter(w.anchors[0], 1 if m[1].lower() == "later" else -1)
    if w.ref is None:
        return None
    return str(w.ref.year + (1 if m[1].lower() == "later" else -1))  # the story's own time is not known


def _r_month_rel_year(m: re.Match[str], w: When) -> str | None:  # "January of this year", "May last year"
    if w.ref is None:
        return f"XXXX-{_month_of(m[1]):02d}"
    return f"{w.ref.year + {'last': -1, 'this': 0, 'next': 1}[m[2].lower()]}-{_month_of(m[1]):02d}"


def _rel_unit(step: int, unit: str, ref: date) -> str:
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


_STEPS = {"last": -1, "past": -1, "this": 0, "the": 0, "next": 1, "coming": 1}


def _r_weekend(m: re.Match[str], w: When) -> str | None:
    """The latest weekend begun by ref; the next one in a future clause."""
    saturday = w.ref - timedelta(days=(w.ref.weekday() - 5) % 7)
    if w.direction == "future" and w.ref.weekday() < 5:
        saturday += timedelta(days=7)
    return _weekend(saturday)


def _r_ago(m: re.Match[str], w: When) -> str | None:
    ref = w.ref
    if m[1].lower() in ("a", "one") and m[2].lower() == "year" and w.anchors \
            and _QUARTER_VALUE.match(w.anchors[0]) and w.anchors[0][:4] in (str(ref.year), str(ref.year - 1)):
        return _shift_quarter(w.anchors[0], -1)  # "third-quarter profit rose from $5m a year ago"
    amount = 1 if m[1].lower() in ("a", "an") else parse_number(m[1])
    sign = -1 if m[3].lower().startswith("from") else 1  # "two weeks from now": ahead
    return _step_from(_iso(ref), m[2].lower().rstrip("s"), -sign * int(amount)) if amount else None


_r_dmy = lambda m, w: _ymd(int(m[3]), _month_of(m[2]), _day_of(m[1]))  # noqa: E731
_r_mdy = lambda m, w: _ymd(int(m[3]), _month_of(m[1]), _day_of(m[2]))  # noqa: E731
_r_iso = lambda m, w: _ymd(int(m[1]), int(m[2]), int(m[3]))  # noqa: E731
_r_dm = lambda m, w: _day_month(_day_of(m[1]), _month_of(m[2]), w.ref, w.direction)  # noqa: E731
_r_md = lambda m, w: _day_month(_day_of(m[2]), _month_of(m[1]), w.ref, w.direction)  # noqa: E731
_r_my = lambda m, w: f"{int(m[2])}-{_month_of(m[1]):02d}"  # noqa: E731
_r_century = lambda m, w: _century(int(m[1]))  # noqa: E731
_r_century_word = lambda m, w: _century(ORDINAL_WORDS.get(m[1].lower()))  # noqa: E731
_r_year = lambda m, w: m[1]  # noqa: E731
_r_month = lambda m, w: _month_year(_month_of(m[1]), w.ref, w.direction)  # noqa: E731
_r_season_year = lambda m, w: f"{m[2]}-{SEASONS[m[1].lower()]}"  # noqa: E731
_r_anaphoric = lambda m, w: _anaphoric("anaphoric", m.groups(), _anchor(w))  # noqa: E731
_r_anaphoric_step = lambda m, w: _anaphoric("anaphoric_step", m.groups(), _anchor(w))  # noqa: E731
_r_period = lambda m, w: _period(m.group(0).lower(), w.ref, w.anchors)  # noqa: E731
_r_today = _needs_ref(lambda m, w: _iso(w.ref))
_r_yesterday = _needs_ref(lambda m, w: _iso(w.ref - timedelta(days=1)))
_r_tomorrow = _needs_ref(lambda m, w: _iso(w.ref + timedelta(days=1)))
_r_rel_unit = _needs_ref(lambda m, w: _rel_unit(_STEPS[m[1].lower()], m.groups()[-1].lower(), w.ref))
_r_in_the_unit = _needs_ref(lambda m, w: _rel_unit(0, m.groups()[-1].lower(), w.ref))  # "later in the year"
_r_new_year = _needs_ref(lambda m, w: str(w.ref.year + (w.ref.month >= 7)))  # in a year's second half: the next
_r_weekend = _needs_ref(_r_weekend)
_r_rel_season = _needs_ref(lambda m, w: f"{w.ref.year + _STEPS[m[1].lower()]}-{SEASONS[m[2].lower()]}")
_r_holiday = _needs_ref(lambda m, w: _holiday(m[2], m[3], (m[1] or "").lower(), w.ref, w.direction))
_r_ago = _needs_ref(_r_ago)

# The shapes of a date expression, each with its resolver; the first whose pattern matches
# the whole expression resolves it (so longer and more specific shapes come first).
SHAPES: list[tuple[re.Pattern[str], Resolver]] = [(re.compile(p, re.I), resolve) for p, resolve in [
    (rf"^(?:{WEEKDAY_RE},?\s+)?(?:the\s+)?({DAY_RE})(?:\s+of)?\s+({MONTH_RE}),?\s+({YEAR_RE})$", _r_dmy),
    (rf"^(?:{WEEKDAY_RE},?\s+)?({MONTH_RE})\s+({DAY_RE}),?\s+({YEAR_RE})$", _r_mdy),
    (r"^(\d{4})-(\d\d)-(\d\d)$", _r_iso),
    (_DAY_RANGE.pattern, _r_dayrange),
    (rf"^(?:{WEEKDAY_RE},?\s+)?(?:the\s+)?({DAY_RE})(?:\s+of)?\s+({MONTH_RE})$", _r_dm),
    (rf"^(?:{WEEKDAY_RE},?\s+)?({MONTH_RE})\s+({DAY_RE})$", _r_md),
    (rf"^(?:the\s+)?(\w+(?:-first)?)\s+of\s+({MONTH_RE})(?:,?\s+({YEAR_RE}))?$", _r_dm_word),
    (rf"^(?:(?:early|mid|late|the\s+end\s+of|the\s+start\s+of)[\s-]+)?({MONTH_RE}),?\s+({YEAR_RE})$", _r_my),
    (rf"^(?:between\s+|from\s+)?({YEAR_RE})\s*(?:-|–|—|to|and|until)\s*({YEAR_RE}|\d\d)$", _r_year_range),
    (rf"^(?:the\s+)?(?:early|mid|late)?[\s-]*{_DECADE}(?:\s+(?:and|to|-|–)\s+(?:the\s+)?{_DECADE})?$", _r_decade),
    (r"^(?:the\s+)?(?:early\s+|late\s+|mid-?)?(\d{1,2})(?:st|nd|rd|th)[\s-]+century$", _r_century),
    (r"^(?:the\s+)?(?:early\s+|late\s+|mid-?)?(\w+(?:-first)?)[\s-]+century$", _r_century_word),
    (rf"^(?:(?:in|early|mid|late|the\s+end\s+of|the\s+start\s+of)[\s-]+)?({YEAR_RE})$", _r_year),
    (r"^['’](\d\d)$", _r_short_year),
    (rf"^(last|this|next|coming|past)\s+({MONTH_RE})$", _r_rel_month),
    (rf"^(?:(?:early|mid|late)[\s-]+)?({MONTH_RE})\s+(?:of\s+)?(this|last|next)\s+year$", _r_month_rel_year),
    (rf"^(?:(?:early|mid|late)[\s-]+)?({MONTH_RE})$", _r_month),
    (rf"^(?:on\s+)?(last|this|next|coming|past)?\s*({WEEKDAY_RE})"
     r"(?:\s+(?:morning|afternoon|evening|night))?$", _r_weekday),
    (r"^(?:early\s+|late\s+)?(today|tonight|this\s+(?:morning|afternoon|evening))$", _r_today),
    (r"^(?:early\s+|late\s+)?(yesterday|last\s+night)(?:\s+(?:morning|afternoon|evening))?$", _r_yesterday),
    (r"^(?:early\s+|late\s+)?(tomorrow)(?:\s+(?:morning|afternoon|evening|night))?$", _r_tomorrow),
    (r"^the\s+(?:end|start|beginning|middle)\s+of\s+(the|this|last|next)\s+(week|month|year|decade)$", _r_rel_unit),
    (r"^(?:(?:earlier|later)\s+)?(last|this|next|past|coming)\s+(week|month|year|weekend)$", _r_rel_unit),
    (r"^(?:(?:earlier|later)\s+)?(last|this|next|coming)\s+(spring|summer|autumn|fall|winter)$", _r_rel_season),
    (rf"^({AMOUNT_RE})\s+(days?|weeks?|fortnights?|months?|years?|decades?)\s+(ago|from\s+now)$", _r_ago),
    (r"^(?:(?:the|this|that)\s+)?(?:(?:latest|current|same|most\s+recent|comparable|corresponding)\s+)?"
     r"(?:(?:year-earlier|year-ago)(?:\s+(?:(?:first|second|third|fourth)[\s-]+)?(?:quarter|period))?|quarter|period)$",
     _r_period),
    (r"^a\s+year\s+(earlier|before|later)$", _r_year_shift),
    (rf"^({AMOUNT_RE})\s+(days?|weeks?|months?|years?)\s+(later|earlier|after|before)$", _r_shift),
    (r"^(?:earlier|later)\s+in\s+the\s+(week|month|year)$", _r_in_the_unit),
    (r"^(?:earlier\s+|later\s+)?(?:that|the\s+same|in\s+the)\s+(day|night|morning|afternoon|evening|week|month|year)$",
     _r_anaphoric),
    (r"^the\s+(following|previous|next)\s+(day|night|morning|evening|week|month|year)$", _r_anaphoric_step),
    (r"^the\s+day\s+(before|after)$", _r_anaphoric_step),
    (r"^(?:the\s+)?(weekend)$", _r_weekend),
    (r"^the\s+new\s+year$", _r_new_year),
    (rf"^(?:(last|this|next)\s+)?({HOLIDAY_RE})(?:,?\s+({YEAR_RE}))?$", _r_holiday),
    (rf"^(?:the\s+)?(?:({YEAR_RE})(?:'s)?\s+|(this|last|next)\s+year's\s+)?(first|second|third|fourth|final|last)"
     rf"[\s-]+quarter(?:\s+of\s+({YEAR_RE}))?$", _r_quarter),
    (rf"^(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(spring|summer|autumn|fall|winter)(?:\s+of)?,?\s+({YEAR_RE})$",
     _r_season_year),
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
    for pattern, resolve in SHAPES:
        m = pattern.match(text)
        if m:
            return resolve(m, When(ref, direction, anchors))
    return _dateparser(text, ref, direction)


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
