"""Find date mentions in a parsed Doc: a spaCy component that sets doc.spans["dates"].

Candidates come from patterns over the text; the pipeline's tags and entities then
reject the ambiguous ones ("Theresa May", "may", "2000 jobs", "£1999"). A model with
a DATE label (OntoNotes) adds what the patterns miss. Values are resolved later, in
extraction, against the article's reference date (datenorm.normalise_date).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from factcli.facts.datenorm import (
    AMOUNT_RE,
    DAY_RE,
    HOLIDAY_RE,
    MONTH_RE,
    TIME_RE,
    WEEKDAY_RE,
    YEAR_RE,
    is_day_range,
    normalise_date,
)
from factcli.facts.firstchars import gated
from factcli.facts.wordlists import TIME_ZONES
from factcli.nlp.doctext import doc_text
from factcli.nlp.labels import DATE_LABELS, ORG_LABELS, OTHER_NAME_LABELS, PERSON_LABELS
from factcli.nlp.lemmas import lemma_of
from factcli.nlp.scan import entities

SPAN_KEY = "dates"
FULL_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|"
              r"November|December)")
_REL = r"(?i:last|this|next|coming|past)"
_ORD = r"(?:\d{1,2}(?:st|nd|rd|th)|(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|" \
       r"tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|" \
       r"eighteenth|nineteenth|twentieth|twenty-first))"
_NUM = rf"(?i:{AMOUNT_RE})"

# Longer shapes first: at each position the first alternative that matches wins.
_TO = r"\s*(?:[-–]|(?i:to|through|until|and))\s*"
SHAPES = [
    # a run of days in one month: "6 to 9 January", "Jan. 6 and 7", "between 16-18 December 2004"
    ("dayrange", rf"(?:(?i:from|between)\s+)?{MONTH_RE}\s+{DAY_RE}{_TO}{DAY_RE}(?:,?\s+{YEAR_RE})?(?![\d-])"),
    ("dayrange", rf"(?:(?i:from|between)\s+)?(?:the\s+)?{DAY_RE}{_TO}(?:the\s+)?{DAY_RE}(?:\s+of)?\s+{MONTH_RE}"
                 rf"(?:,?\s+{YEAR_RE})?"),
    ("timed", rf"{TIME_RE},?\s+(?:(?i:on)\s+)?(?:{WEEKDAY_RE}(?:,?\s+(?:{DAY_RE}\s+{MONTH_RE}|{MONTH_RE}\s+{DAY_RE}))?"
              rf"|(?i:today|tomorrow|yesterday)|{DAY_RE}\s+{MONTH_RE}|{MONTH_RE}\s+{DAY_RE})"),
    ("full", rf"(?:{WEEKDAY_RE},?\s+)?(?:the\s+)?{DAY_RE}(?:\s+of)?\s+{MONTH_RE},?\s+{YEAR_RE}"),
    ("full", rf"(?:{WEEKDAY_RE},?\s+)?{MONTH_RE}\s+{DAY_RE},?\s+{YEAR_RE}"),
    ("full", r"\d{4}-\d\d-\d\d"),
    ("range", rf"(?i:between|from)\s+{YEAR_RE}\s+(?i:and|to|until)\s+(?:{YEAR_RE}|\d\d)"),
    ("range", rf"{YEAR_RE}\s*[-–]\s*(?:{YEAR_RE}|\d\d)(?!\d)"),
    ("full", rf"(?:(?i:early|mid|late)[\s-]+)?{MONTH_RE},?\s+{YEAR_RE}"),
    ("relative", rf"(?:(?i:early|mid|late)[\s-]+)?{MONTH_RE}\s+(?i:of\s+)?(?i:this|last|next)\s+(?i:year)"),
    ("full", rf"(?:{WEEKDAY_RE},?\s+)?(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+{MONTH_RE}"),
    ("full", rf"(?:{WEEKDAY_RE},?\s+)?{MONTH_RE}\s+{DAY_RE}(?!\d|,\s*\d)"),
    ("full", rf"(?:(?i:the)\s+)?{_ORD}\s+(?i:of)\s+{MONTH_RE}(?:,?\s+{YEAR_RE})?"),
    ("decade", r"(?:(?i:the)\s+)?(?:(?i:early|mid|late)[\s-]+)?(?:1[6-9]\d0|20\d0)s"
               r"(?:\s+(?:and|to|or)\s+(?:the\s+)?'?\d0s)?"),
    ("decade", r"(?i:the)\s+(?:(?i:early|mid|late)[\s-]+)?'?\d0s"),
    ("century", rf"(?:(?i:the)\s+)?(?:(?i:early|mid|late)[\s-]+)?{_ORD}[\s-]+(?i:century)"),
    ("quarter", rf"(?:(?i:the)\s+)?(?:{YEAR_RE}(?:'s)?\s+|(?i:this|last|next)\s+(?i:year's)\s+)?"
                rf"(?i:first|second|third|fourth|final)[\s-]+(?i:quarter)(?:\s+of\s+{YEAR_RE})?"),
    ("relative", r"(?i:the)\s+(?i:end|start|beginning|middle)\s+of\s+(?i:the|this|last|next)\s+(?i:week|month|year|"
                 r"decade)(?![\w-])"),
    ("relative", rf"(?:(?i:earlier|later)\s+)?{_REL}\s+(?:(?i:weekend|week|month|year)(?!\s+of\s+(?:\d|{MONTH_RE}))|"
                 rf"(?i:spring|summer|autumn|fall|winter)|{MONTH_RE}(?!\w|\.?\s*\d)|"
                 rf"{WEEKDAY_RE}(?!,?\s+(?:{MONTH_RE}\s+{DAY_RE}|{DAY_RE}\s+{MONTH_RE})))"),  # ("In this Thursday,
    # March 28, 2019, file photo": a caption's date, the weekday its own)
    ("relative", r"(?:(?i:early|late)\s+)?(?i:today|tonight|yesterday|tomorrow|last\s+night|"
                 r"this\s+(?:morning|afternoon|evening))"),
    ("relative", rf"{_NUM}\s+(?i:days?|weeks?|fortnights?|months?|years?|decades?)\s+(?i:ago|from\s+now)"),
    ("relative", r"(?i:a\s+year\s+(?:earlier|later|before))"),
    ("relative", rf"{_NUM}\s+(?i:days?|weeks?|months?|years?)\s+(?:(?i:later|earlier)(?!\s+than)|"
                 r"(?i:after|before)(?!\s+\w))"),
    # a day, week, month or year the article has just named ("that day", "the following year")
    ("relative", r"(?:(?i:earlier|later)\s+)?(?i:that|the\s+same)\s+(?i:day|night|morning|afternoon|evening|week|"
                 r"month|year)|(?i:earlier|later)\s+in\s+the\s+(?i:day|morning|afternoon|evening|night|week|month|"
                 r"year)|(?i:the)\s+(?i:following|previous)\s+(?i:day|night|morning|evening|week|month|year)|"
                 r"(?i:the)\s+(?i:next)\s+(?i:day|morning|evening)(?!\s+or\b)|(?i:the)\s+(?i:day)\s+"
                 r"(?i:before|after)(?!\s+\w)"),
    ("relative", rf"(?i:the)\s+(?i:weekend)(?!\s+of\s+(?:\d|{MONTH_RE}))"),
    ("relative", r"(?i:the)\s+(?i:new)\s+(?i:year)(?!'s|\s+(?i:honours|honors|list|message|address|resolution))"),
    # a quarter a financial report names without its number ("the latest quarter", "the year-ago period")
    ("period", r"(?i:the|this|that)\s+(?:(?i:latest|current|same|most\s+recent|comparable|corresponding)\s+)?"
               r"(?:(?i:year-earlier|year-ago)\s+(?:(?i:first|second|third|fourth)[\s-]+)?)?quarter(?![\w-])|"
               r"(?i:the)\s+(?:(?i:comparable|corresponding)\s+)?(?i:year-earlier|year-ago|latest)\s+period|"
               r"(?i:year-earlier|year-ago)(?=\s)"),
    ("season", rf"(?:(?i:the)\s+)?(?:(?i:early|late|mid)[\s-]+)?(?i:spring|summer|autumn|fall|winter)(?:\s+of)?,?\s+"
               rf"{YEAR_RE}"),
    ("holiday", rf"(?:(?i:last|this|next)\s+)?{HOLIDAY_RE}(?:,?\s+{YEAR_RE})?"),
    ("weekday", rf"{WEEKDAY_RE}(?:\s+(?:morning|afternoon|evening|night))?"),
    ("month", rf"(?:(?i:early|mid|late)[\s-]+)?{FULL_MONTH}"),
    ("year", r"(?:1[89]\d\d|20\d\d)"),
    ("short_year", r"['’]\d\d(?![\w'’])"),
]
# (?<!\w): try the alternatives only where a word starts (several times faster), and
# only those that can start with the character there (see firstchars)
FINDER = gated([(f"{kind}{i}", p) for i, (kind, p) in enumerate(SHAPES)], before=r"(?<!\w)")
_WORD_EDGE = re.compile(r"\w")
_GLUED_ON = re.compile(r"[-‐][^\W\d_]")

# Words before a bare month name or year that mark it as a date ("in May", "since 1998").
DATE_PREPOSITIONS = {
    "in", "since", "by", "until", "till", "before", "after", "from", "to", "of", "during",
    "early", "late", "mid", "between", "and", "through", "throughout", "on", "or", "for",
    "end", "start", "beginning", "around", "as", "last", "this", "next", "each", "every",
}
CURRENCY = {"£", "$", "€", "¥", "us$", "c$", "a$"}


def find_dates(doc: Doc) -> list[Span]:
    """Date mention spans in a parsed Doc, non-overlapping, in text order."""
    text = doc_text(doc)
    spans: list[Span] = []
    pos = 0
    while (m := FINDER.search(text, pos)) is not None:
        start, end = m.span()
        pos = end
        if (start > 0 and _WORD_EDGE.match(text[start - 1])) or (
                end < len(text) and _WORD_EDGE.match(text[end])):
            continue
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is None or not len(span):
            continue
        kind = _kind(m)
        if _vetted(kind, span):
            spans.append(span)
        elif kind == "dayrange":
            pos = start + 1  # not a run of days: "on 20 and 27 April" still holds "27 April"
    spans.extend(_model_dates(doc, spans))
    return sorted(filter_spans(spans), key=lambda s: s.start)


def _kind(m: re.Match[str]) -> str:
    return re.sub(r"\d+$", "", m.lastgroup or "")


def _vetted(kind: str, span: Span) -> bool:
    """Whether a candidate of this shape is a date in its context."""
    if kind == "dayrange":
        return is_day_range(span.text)
    if kind == "month":
        return _is_month(span)
    if kind == "year":
        return _is_year(span)
    if kind == "short_year":  # "in '83", "since ’16": only after a date preposition
        return _previous_word(span) in ("in", "of", "since", "from", "until", "by", "before", "after", "to", "and")
    if kind == "weekday" and (_in_entity(span, PERSON_LABELS | ORG_LABELS) or _starts_name(span)
                              or span[0].ent_iob_ == "I" and span[0].ent_type_ in OTHER_NAME_LABELS):
        return False  # (and the end of another name, "Super Tuesday", an event)
    if kind == "holiday" and (_in_entity(span, PERSON_LABELS | ORG_LABELS) or _starts_name(span)):
        return False  # "the Great Orchestra of Christmas Charity", "Easter Road"
    if kind == "century" and span[-1].text == "Century" and _starts_name(span):
        return False  # "21st Century Fox": a capitalised century that begins a name
    if kind == "relative" and _a_capitalised_word_inside(span):
        return False  # "the 2017 "Congress of Tomorrow" conference": a name's word
    return not (kind in ("weekday", "relative") and _names_a_programme(span))


def _a_capitalised_word_inside(span: Span) -> bool:
    """"Tomorrow", "Today" capitalised inside a sentence, after a word or a comma (not after a
    quotation mark, colon, dash or bracket that opens a clause: "``Today, I'm here"): a word
    of a name ("Congress of Tomorrow", "Guardian US Today"), not a day."""
    first = span[0]
    if len(span) != 1 or not first.is_title or first.is_sent_start or first.i == 0:
        return False
    prev = span.doc[first.i - 1]
    return not prev.is_space and (prev.text == "," or any(c.isalnum() for c in prev.text))


def _in_entity(span: Span, labels: frozenset[str]) -> bool:
    return any(t.ent_type_ in labels for t in span)


_MEDIA_AFTER = {"programme", "program", "show", "paper", "papers", "edition", "newspaper", "broadcast", "sequel",
                "movie", "franchise"}


def _names_a_programme(span: Span) -> bool:
    """"Radio 4's Today programme", "the Sunday papers": a title, not a day."""
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return span[0].is_title and nxt is not None and nxt.lower_ in _MEDIA_AFTER


def _starts_name(span: Span) -> bool:
    """'Sunday Telegraph', 'Monday Night Football': a weekday that begins a name (not
    after a date preposition: 'On Wednesday Irish Transport Minister ...')."""
    if _previous_word(span) in ("on", "since", "until", "last", "next", "this"):
        return False
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return nxt is not None and nxt.is_title and nxt.tag_ in ("NNP", "NNPS") and \
        nxt.lower_ not in ("morning", "afternoon", "evening", "night")


def _previous_word(span: Span) -> str:
    i = span.start - 1
    while i >= 0 and span.doc[i].is_punct and span.doc[i].text in "-(":
        i -= 1
    return span.doc[i].lower_ if i >= 0 else ""


def _is_month(span: Span) -> bool:
    """A bare month name is a date after a date preposition or before a day or year."""
    if _in_entity(span, PERSON_LABELS | ORG_LABELS):
        return False
    if span[0].text.lower() in ("early", "mid", "late"):
        return True
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if nxt is not None and nxt.like_num:
        return True
    return _previous_word(span) in DATE_PREPOSITIONS


def _is_year(span: Span) -> bool:
    """A four-digit number is a year unless it is money, a count or part of a name."""
    doc, tok = span.doc, span[0]
    if _in_entity(span, PERSON_LABELS | ORG_LABELS):
        return False
    prev = doc[tok.i - 1] if tok.i > 0 else None
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if prev is not None and (prev.text.lower() in CURRENCY or prev.lower_ in ("no", "number", "no.")):
        return False
    if nxt is not None and (nxt.text in ("%", "per") or nxt.lower_ in ("percent", "pounds", "dollars",
                                                                          "euros", "people")):
        return False
    if nxt is not None and nxt.lower_ in TIME_ZONES:
        return False  # "(1930 UTC)", "2000 GMT": a time of day
    if nxt is not None and nxt.tag_ in ("NNS", "NNPS") and tok.dep_ == "nummod" and tok.ent_type_ not in DATE_LABELS:
        return False  # "2000 jobs" (but "2004 levels" where the recogniser says DATE)
    return True


# A calendar anchor: a month or weekday name, a year, a decade, a season or holiday, or a
# word that places the expression relative to now.
_ANCHOR = re.compile(
    rf"(?<!\w)(?:{MONTH_RE}|{WEEKDAY_RE}|{YEAR_RE}|(?:'|1[6-9]|20)?\d0s|(?i:today|tonight|yesterday|tomorrow|ago|"
    r"(?:last|this|next|coming)\s+(?:week|month|year|weekend|spring|summer|autumn|fall|winter)|"
    r"new\s+year|christmas|easter|spring|summer|autumn|winter|century|quarter))(?!\w)")
# A span of time rather than a point on the calendar: "10 years", "a two-year", "the six
# months", "a second day", "41" in "aged 41".
_TIME_UNIT = re.compile(r"(?<!\w)(?i:days?|weeks?|fortnights?|months?|years?|decades?|centuries|hours?|minutes?|"
                        r"seconds?|nights?)(?:[\s-]+(?i:old|long))?$")

_ANCHORED_UNIT = re.compile(r"(?i)\bago$|\b(?:last|this|next|coming|new)\s+\w+$")  # "two days ago", "the new year"


def is_calendar_date(text: str) -> bool:
    """Whether a DATE entity's text names a point or span on the calendar rather than a
    duration or an age: OntoNotes DATE covers "10 years" and "two-year" as well."""
    text = " ".join(text.split())
    if not _ANCHOR.search(text):
        return False
    return not _TIME_UNIT.search(text) or _ANCHORED_UNIT.search(text) is not None


def _model_dates(doc: Doc, found: list[Span]) -> list[Span]:
    """DATE entities from a model that has them, where the patterns found nothing,
    vetted: a calendar anchor, not a duration, and a value factcli can give."""
    taken = {i for s in found for i in range(s.start, s.end)}
    text = doc_text(doc)
    extra = []
    for ent in entities(doc):
        if ent.label_ not in DATE_LABELS or any(i in taken for i in range(ent.start, ent.end)):
            continue
        if _GLUED_ON.match(text, ent.end_char):
            continue  # "Mar-a" of "Mar-a-Lago": part of a name
        whole = FINDER.fullmatch(ent.text)  # a bare month, year or weekday is vetted as the finder's are
        if whole is not None and not _vetted(_kind(whole), ent):
            continue
        if is_calendar_date(ent.text) and normalise_date(ent.text, None) is not None:
            extra.append(ent)
    return extra


_FUTURE_AUX = {"will", "'ll", "shall", "wo"}
_SCHEDULE = {"schedule", "due"}  # "is scheduled for", "is due on"
_INTEND = {"due", "set", "expect", "plan", "schedule", "intend", "aim", "hope", "go", "prepare"}  # ... to + verb
_UNTIL = {"until", "till", "through", "to"}
_PAST_AUX = {"was", "were", "had", "did"}


def clause_direction(span: Span) -> str | None:
    """Which way a date without a year or a relative word resolves, from the clause that
    holds it: "future" for a future, scheduled or planned event ("will meet on Monday",
    "is due to report in April", "a July 26 deadline", "runs through August", "is to
    resume trading Tuesday", "could arrive as soon as Tuesday", "the Senate returns on
    Jan. 3"); None otherwise, and datenorm then looks back (or just ahead: SOON_DAYS). A
    past tense does not force the past: "has decided to admit them in early March"."""
    root = span.root
    if lemma_of(root.head) == "deadline" or (root.dep_ in ("compound", "nmod") and root.head.lower_ == "deadline"):
        return "future"
    tok = root
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB") or tok.head.i == tok.i:
            break
        tok = tok.head
    words = {c.lower_ for c in tok.children} | {tok.lower_}
    if words & _FUTURE_AUX or lemma_of(tok) in _SCHEDULE:
        return "future"
    if tok.tag_ == "VB" and any(c.lower_ == "to" for c in tok.children) and lemma_of(tok.head) in _INTEND \
            and not ({c.lower_ for c in tok.head.children} & _PAST_AUX):
        return "future"  # "is due to report in April", "is expected to finish next month"
    prep = root.head if root.dep_ == "pobj" else None
    if prep is not None and prep.lower_ in _UNTIL and tok.tag_ in ("VBZ", "VBP", "VBG") and not (words & _PAST_AUX):
        return "future"
    tense = _tense(tok)
    before = [t.lower_ for t in span.doc[max(span.start - 2, 0):span.start]]
    if tense != "past" and before in (["soon", "as"], ["early", "as"]):
        return "future"  # "could come as soon as Tuesday"
    gov = prep.head if prep is not None else root.head
    if lemma_of(tok) == "plan" and gov.head.i == tok.i and gov.dep_ == "dobj":
        return "future"  # "planned a march on Saturday": the date of the planned event
    if gov.i != tok.i or (prep is not None and prep.lower_ in ("since", "of", "after")):
        return None  # the date modifies a noun ("the Aug. 7 bombings"), or looks back from a point
    if tense in ("future", "modal", "be_to") or (tense == "present" and lemma_of(tok) not in _REPORTING) \
            or lemma_of(tok) == "plan":
        return "future"  # "would travel Thursday", "is to resume Tuesday", "meet separately Monday", "planned"
    return None


_REPORTING = {"say", "tell", "report", "announce", "claim", "state", "add", "note", "write", "confirm", "insist",
              "warn", "argue", "deny", "admit", "show", "reveal", "suggest", "believe", "think", "know"}
_MODAL = {"would", "could", "might", "may", "should", "can", "must"}


def _tense(verb: Token) -> str | None:
    """The tense of the verb group that governs a date: future, modal, be_to, present or
    past, climbing from a to-infinitive to the verb that governs it ("is to resume",
    "would be ready to leave")."""
    tok = verb
    for _ in range(4):
        aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        finite = [c for c in aux if c.tag_ in ("MD", "VBZ", "VBP", "VBD")]
        if any(c.lower_ in _FUTURE_AUX for c in finite):
            return "future"
        if any(c.lower_ in _MODAL for c in finite):
            return "modal"
        if finite:  # "has won" is as past as "won"
            return "past" if finite[0].tag_ == "VBD" or (lemma_of(finite[0]) == "have" and tok.tag_ == "VBN") \
                else "present"
        if tok.tag_ in ("VBZ", "VBP"):
            if lemma_of(tok) == "be" and verb.i != tok.i and verb.tag_ == "VB":
                return "be_to"
            return "present"
        if tok.tag_ == "VBD":
            return "past"
        if tok.tag_ == "VB" and not aux and any(c.dep_ == "nsubj" for c in tok.children):
            return "present"  # a base form with a subject and no auxiliary: "He and the mayor meet"
        if tok.dep_ in ("xcomp", "acomp", "ccomp") and tok.head.i != tok.i:
            tok = tok.head
            continue
        return None
    return None


def dates_component(doc: Doc) -> Doc:
    doc.spans[SPAN_KEY] = find_dates(doc)
    return doc
