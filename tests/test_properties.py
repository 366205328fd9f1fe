"""Invariants on any text (hypothesis): extraction never raises, and every item's
offsets index its own text: text[start:end] == item.text."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from factcli.facts.extract import extract_facts, model_info
from factcli.inputs.article import Article
from factcli.run.articles import article_facts

# news-like pieces, so that the extractors' rules fire, mixed with arbitrary characters
WORDS = ["Mr", "Ms", "Dr", "Sadiq", "Khan", "Laura", "O'Neill", "Home", "Secretary", "chief", "executive",
         "of", "the", "Met", "Police", "BBC", "Renault", "said", "on", "Wednesday", "last", "week", "in",
         "March", "2021", "between", "2016", "and", "2018", "Fourteen", "officers", "1,200", "jobs",
         "two-year", "£5m", "per", "cent", "mayor", ",", ".", '"', "'s", "-", "(", ")", "\n", "\n\n", "\t",
         "é", "Ünal", "北京", "\u2028", "\r\n", "#", "[", "]", "…", "—", "that", "day", "following", "year",
         "quarter", "weekend", "a", "earlier", "ago", "new", "will", "could", "Jan.", "3", "is", "to"]
texts = st.one_of(
    st.lists(st.sampled_from(WORDS), max_size=80).map(" ".join),
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=8)), max_size=60).map(" ".join),
)
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(text=texts, ref=st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)),
                                 st.sampled_from([date.min, date.max])))
def test_any_text_gives_facts_whose_offsets_hold(nlp, text, ref):
    facts = extract_facts(nlp(text), "<prop>", model_info(nlp), ref)
    for item in facts.evidence():  # every kind's evidence (facts/kinds.py)
        assert text[item.start:item.end] == item.text
    listed = {o.name for o in facts.organisations}  # a role's body is one the article's list has
    assert all(r.organisation is None or r.organisation in listed for p in facts.people for r in p.roles)
    facts.to_dict()


EXPRESSIONS = ["yesterday", "tomorrow", "Wednesday", "next Wednesday", "Jan. 3", "January", "last December",
               "the weekend", "next weekend", "that day", "the following year", "the day before", "the quarter",
               "a year earlier", "a year ago", "the year-ago period", "the current quarter", "the new year",
               "two weeks from now", "a decade ago", "March last year", "Easter", "Christmas", "third quarter",
               "10:00 GMT Sunday", "later in the year", "this week", "the 1980s", "2016-17", "summer 2021",
               "6 to 9 January", "Jan. 6 and 7", "1 to 5", "week 3 to 5"]
_EDTF = r"(?:\d{4}|\d{3}X|\d\dXX|XXXX)(?:[-/T:W\dX]*)"


@settings(max_examples=300, deadline=None)
@given(text=st.sampled_from(EXPRESSIONS), ref=st.one_of(st.none(), st.dates(), st.sampled_from([date.min, date.max])),
       direction=st.sampled_from([None, "future"]),
       anchors=st.lists(st.sampled_from(["2021-05-12", "2021-05", "2021", "2021-07/2021-09", "9999-12-31",
                                         "0001-01-01", "0001-01/0001-03", "XXXX-03"]), max_size=3).map(tuple))
def test_date_values_are_well_formed_for_any_reference_date(text, ref, direction, anchors):
    import re

    from factcli.facts.datenorm import normalise_date

    value = normalise_date(text, ref, direction, anchors)
    assert value is None or re.fullmatch(_EDTF, value), value


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(paragraphs=st.lists(texts, min_size=1, max_size=12))
def test_long_texts_in_blocks_keep_offsets(nlp, paragraphs):
    import factcli.run.articles as articles

    text = "\n\n".join(paragraphs)
    saved = articles.BLOCK
    articles.BLOCK = 200  # many cuts, on any text
    try:
        facts = next(article_facts(nlp, [Article("<prop>", text)], model_info(nlp)))
    finally:
        articles.BLOCK = saved
    assert not isinstance(facts, Exception), facts
    for item in facts.evidence():  # every kind's evidence (facts/kinds.py)
        assert text[item.start:item.end] == item.text


MARKS = ['"', "“", "”", "‘", "’", "'", "«", "»"]
quoted_texts = st.tuples(texts, st.lists(st.tuples(st.integers(0, 400), st.sampled_from(MARKS)), max_size=12)).map(
    lambda t: _insert(*t))


def _insert(text: str, marks: list[tuple[int, str]]) -> str:
    for at, mark in sorted(marks, reverse=True):
        at = min(at, len(text))
        text = text[:at] + mark + text[at:]
    return text


@SETTINGS
@given(text=quoted_texts)
@example(text="BB\"“'‘‘")  # an entity of quote marks alone, once a short form of "BB" with no words
def test_quote_marks_anywhere_never_raise_and_offsets_hold(nlp, text):
    facts = extract_facts(nlp(text), "<prop>", model_info(nlp))
    for item in facts.evidence():  # quotes, their cues and speaker mentions included
        assert text[item.start:item.end] == item.text
    names = {p.name for p in facts.people} | {o.name for o in facts.organisations}
    for q in facts.quotes:
        assert q.kind in ("direct", "indirect", "mixed") and q.text.strip()
        assert q.speaker is None or q.speaker in names or q.speaker_mention is not None
