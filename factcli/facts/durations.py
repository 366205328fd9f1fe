"""Durations: how long something lasts ("for two years", "a decade", "a 10-year deal",
"90 minutes", "the past six months"), with ISO 8601 values ("P2Y", "P10Y", "PT90M", "P6M";
an unknown amount: "PXY" for "years", "several months" -> "PXM"). They are not dates (the
guidelines keep them apart) and not counts. Left out: "two years ago" (a date), ages
("aged 41", "a 41-year-old", "five years old"), numbers inside names, and rates
("£102.80 a week", "400,000 tonnes a year", "twice a day": how often, TimeML's SET, not
how long)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from factcli.facts.numbers import parse_number
from factcli.facts.results import Duration
from factcli.nlp.doctext import doc_text
from factcli.nlp.labels import ORG_LABELS, PERSON_LABELS

_UNITS = {"second": ("T", "S"), "minute": ("T", "M"), "hour": ("T", "H"), "day": ("", "D"),
          "week": ("", "W"), "fortnight": ("", "W"), "month": ("", "M"), "year": ("", "Y"),
          "decade": ("", "Y"), "century": ("", "Y")}
_SCALE = {"fortnight": 2, "decade": 10, "century": 100}
_NUMBER = (r"(?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
           r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
           r"eighty|ninety|hundred|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-\w+)")
_VAGUE = r"(?:several|a\s+few|few|many|some|recent|coming|a\s+number\s+of)"
_UNIT = r"(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|centur(?:y|ies))"
_LEAD_WORDS = ("past", "last", "next", "first", "coming", "previous", "final", "following", "latest")
_LEAD = rf"(?:(?:the\s+)?(?:{'|'.join(_LEAD_WORDS)})\s+)?"
FINDER = re.compile(
    rf"(?<![\w/-])(?i:{_LEAD}(?:(?P<half>half\s+(?:an?\s+)?)(?P<hunit>hour|day|year|century)"
    rf"|(?:(?P<quarter>a|one|three)\s+)?quarters?\s+of\s+an?\s+(?P<qunit>hour|year|century)"
    rf"|(?P<n>{_NUMBER}|a\s+couple\s+of)(?:\s+and\s+a\s+half)?[\s-]+(?P<unit>{_UNIT})(?:\s+and\s+a\s+half)?"
    rf"|(?P<vague>{_VAGUE})\s+(?P<vunit>{_UNIT})"
    rf"|(?:(?<=\bfor\s)|(?<=\bin\s)|(?<=\bover\s)|(?<=\bwithin\s)|(?<=\btook\s)|(?<=\btake\s))"
    rf"(?P<bare>(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries))"
    rf"|(?:the\s+)?(?P<dec>decade|fortnight|century)))(?![\w-])")
# "two years ago" and "two years from now" are dates, "five years old" an age ("three days
# later" is a date too: datefind takes it first, and dates' tokens are blocked here)
_NOT_AFTER = re.compile(r"(?i)^\s*(?:ago|olds?|-olds?|from\s+now)\b|^-olds?\b")
_ORDINAL_SECOND = re.compile(r"(?i)(?:a|an|one)[\s-]+second")
_AGE_BEFORE = re.compile(r"(?i)\b(?:aged|age|ages)\s*$")
# "in a year when ...", "on a day that ...": a time named, not a length of time; "on 52
# minutes": a point in a match
_A_TIME_NAMED = re.compile(r"(?i)^\s+(?:when|where|that|in\s+which)\b")
_MATCH_MINUTE = re.compile(r"(?i)\bon\s+$")
_A_PERIOD_NAMED = re.compile(
    r"(?i)(?:\b(?:this|that|current)|\b(?:end|start|beginning|middle|turn|rest)\s+of(?:\s+th(?:e|is|at))?)\s+$")


def unit_letter(unit: str) -> tuple[str, str, int]:
    """(time designator 'T' or '', ISO letter, multiplier) for a unit word."""
    unit = unit.lower()
    base = "century" if unit.startswith("centur") else unit.rstrip("s")
    prefix, letter = _UNITS[base]
    return prefix, letter, _SCALE.get(base, 1)


def duration_value(amount: float | None, unit: str) -> str:
    """ISO 8601 duration: 2 years -> P2Y, 90 minutes -> PT90M, a decade -> P10Y; None -> PXY."""
    prefix, letter, scale = unit_letter(unit)
    if amount is None:
        return f"P{prefix}X{letter}"
    n = amount * scale
    text = str(int(n)) if n == int(n) else f"{n:g}"
    return f"P{prefix}{text}{letter}"


def find_durations(doc: Doc, blocked: set[int]) -> list[Duration]:
    """Duration mentions in text order; tokens in `blocked` (dates) are never used."""
    text = doc_text(doc)
    found: list[Duration] = []
    for m in FINDER.finditer(text):
        start, end = m.span()
        after, before = text[end:end + 16], text[max(0, start - 8):start]
        if _NOT_AFTER.match(after) or _AGE_BEFORE.search(before):
            continue
        if m.group("n") and "-" in text[m.end("n"):m.start("unit")] and m.start("n") > start:
            start = m.start("n")  # "the first 30-minute comedy series": a lead word is the noun's, not the length's
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span) > 1 and span[0].lower_ in _LEAD_WORDS and span[0].pos_ == "VERB" \
                and span[0].dep_ != "amod":
            start = span[1].idx  # "could last several months", "following two years of talks": a verb's
            span = doc[span.start + 1:span.end]
        if _ORDINAL_SECOND.fullmatch(m.group(0)) and (_before_a_noun(doc, span) or not before.lower().endswith(
                ("for ", "in ", "within "))):
            continue  # "a second referendum", "for a second time": an ordinal, not a second of time
        if span is None or any(t.i in blocked for t in span):
            continue
        if any(t.ent_type_ in PERSON_LABELS | ORG_LABELS for t in span):
            continue
        if (m.group("dec") or m.group("unit") or "")[:1].isupper() and span.start > span.sent.start:
            continue  # "20th Century Fox", CBS's "60 Minutes": a capitalised unit inside a sentence is a name's
        if m.group("dec") and _A_PERIOD_NAMED.search(text[max(0, start - 24):start]):
            continue  # "by the end of this century", "this decade": a period named, not a length
        if (m.group("n") or "").lower() in ("a", "an") and (_after_an_amount(doc, span.start)
                                                           or _A_TIME_NAMED.match(after)):
            continue
        if (m.group("unit") or "").lower().startswith("minute") and _MATCH_MINUTE.search(before):
            continue
        if _one_day_some_day(m, span, before, after):
            continue
        value = _value(m)
        if value is not None:
            found.append(Duration(text[start:end], start, end, value))
    return _joined(found, text)


# "one day I was singing", "hopes that one day it can": a moment, not a length of time, unless
# a preposition, "every" or a number comes before or an offset word after ("one day after")
_SOME_DAY = re.compile(r"(?i)one\s+day")
_KEEPS_SOME_DAY_BEFORE = re.compile(r"(?i)\b(?:for|in|within|over|every|than|only|just|of|to|by|about)\s+$")
_UNTIL_SOME_DAY = re.compile(r"(?i)\b(?:until|till)\s+$")
_KEEPS_SOME_DAY_AFTER = re.compile(r"(?i)^(?:\s*(?:after|before|later|earlier|ago|of|long|\d)\b|['’]s)")


def _one_day_some_day(m: re.Match[str], span: Span | None, before: str, after: str) -> bool:
    """Whether "one day" is "some day": the verb it modifies comes after it ("you will one day
    captain your country", "One day, she recalled"), with no preposition before it and no
    offset word after it."""
    if span is None or not _SOME_DAY.fullmatch(m.group(0)) or _KEEPS_SOME_DAY_BEFORE.search(before) \
            or _KEEPS_SOME_DAY_AFTER.match(after):
        return False
    if _UNTIL_SOME_DAY.search(before):
        return True  # "until one day, when he thought he was untouchable"
    head = span.root.head
    return head.i > span.root.i and head.pos_ in ("VERB", "AUX")


# ISO 8601's designators, largest first: a length given in two units joins into one
_ORDER = ("Y", "M", "W", "D", "TH", "TM", "TS")
_PART = re.compile(r"^P(T?)(\d+(?:\.\d+)?)([YMWDHS])$")
_JOINS = re.compile(r",?\s*(?:and\s+)?")


def _joined(found: list[Duration], text: str) -> list[Duration]:
    """"one minute, 46.68 seconds", "15 years, 8 months", "an hour and 15 minutes": a length
    given in two units, the second smaller, is one duration ("PT1M46.68S")."""
    out: list[Duration] = []
    for d in found:
        prev = out[-1] if out else None
        first, second = (_PART.match(x.value) if x else None for x in (prev, d))
        if prev is not None and first and second and _JOINS.fullmatch(text[prev.end:d.start]):
            a, b = _ORDER.index(first[1] + first[3]), _ORDER.index(second[1] + second[3])
            if b > a and "W" not in (first[3], second[3]):  # (ISO writes weeks alone)
                time = "T" if b >= _ORDER.index("TH") and a < _ORDER.index("TH") else ""
                out[-1] = Duration(text[prev.start:d.end], prev.start, d.end,
                                   f"{prev.value}{time}{second[2]}{second[3]}")
                continue
        out.append(d)
    return out


def _before_a_noun(doc: Doc, span: Span | None) -> bool:
    """Whether the word after a span is a noun it modifies ("a second time")."""
    return span is not None and span.end < len(doc) and doc[span.end].pos_ in ("NOUN", "ADJ")


_AMOUNT_LABELS = {"MONEY", "QUANTITY", "CARDINAL", "PERCENT"}
_HOW_OFTEN = {"once", "twice", "thrice", "times"}


def _after_an_amount(doc: Doc, i: int) -> bool:
    """Whether "a week" at token i follows an amount, so is a rate: a number, money or a
    quantity just before it (or before the brackets after it: "£20 ($38) a month"), or a noun
    that a number counts ("400,000 tonnes", "three meals")."""
    if i == 0:
        return False
    prev = doc[i - 1]
    if prev.text == ")":  # "£20 ($38) a month": the amount before its bracketed other currency
        opening = next((k for k in range(i - 2, max(-1, i - 8), -1) if doc[k].text == "("), None)
        if opening is None or opening == 0:
            return False
        prev = doc[opening - 1]
    if prev.like_num or prev.lower_ in _HOW_OFTEN or prev.ent_type_ in _AMOUNT_LABELS:
        return True
    return prev.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "nummod" or c.like_num for c in prev.lefts)


# a quarter of each unit that has one, in a smaller unit: "a quarter of an hour" -> PT15M
_QUARTERS = {"hour": ("PT{}M", 15), "year": ("P{}M", 3), "century": ("P{}Y", 25)}


def _value(m: re.Match[str]) -> str | None:
    if m.group("qunit"):
        form, size = _QUARTERS[m.group("qunit").lower()]
        return form.format(size * (3 if (m.group("quarter") or "").lower() == "three" else 1))
    if m.group("hunit"):
        prefix, letter, scale = unit_letter(m.group("hunit"))
        if letter == "H":
            return "PT30M"
        return f"P{prefix}{scale * 0.5:g}{letter}".replace("0.5Y", "6M").replace("0.5D", "12H").replace("P12H", "PT12H")
    if m.group("n"):
        n = " ".join(m.group("n").lower().split())
        amount = 2 if n == "a couple of" else parse_number(n)
        if amount is None and n in ("a", "an"):
            amount = 1
        if amount is None:
            return None
        if "and a half" in m.group(0).lower():
            amount += 0.5
        return duration_value(amount, m.group("unit"))
    if m.group("vunit"):
        return duration_value(None, m.group("vunit"))
    if m.group("bare"):
        unit = m.group("bare")
        return duration_value(None if unit.lower().endswith("s") else 1, unit)
    return duration_value(1, m.group("dec"))
