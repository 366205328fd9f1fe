"""Speed-ups that must not change a result: the date finder's first-character gates,
lemmas computed on demand and the compiled attribute ruler give exactly what the plain
regex, the full lemmatizer and spaCy's AttributeRuler give."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factcli.facts.datefind import FINDER, SHAPES
from factcli.facts.firstchars import first_chars, gated
from factcli.nlp.lemmas import lemma_of
from factcli.nlp.pipeline import load_base

PLAIN = re.compile(r"(?<!\w)(?:" + "|".join(f"(?P<{kind}{i}>{p})" for i, (kind, p) in enumerate(SHAPES)) + ")")

WRITTEN = (
    "On Monday, 6 to 9 January 2004, the council met; by mid-2005 and between 2016 and 2018 "
    "it had 'twenty' members. The '90s, the 1980s and late summer 2003: three weeks ago, "
    "at 5 p.m. on Tuesday 3 March, next Easter, the following year, the year-ago quarter. "
    "FROM 1999 TO 2001, Sept. 11, the 21st century, ’05, 2021-05-19."
)


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.lastgroup) for m in pattern.finditer(text)]


def test_the_gated_date_finder_finds_what_the_plain_one_finds() -> None:
    found = _matches(FINDER, WRITTEN)
    assert len(found) >= 15
    assert found == _matches(PLAIN, WRITTEN)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WRITTEN.split() + [" ", "\n", "-", "K", "ſ", "İ", "٣"]), max_size=40))
def test_gates_change_no_match_on_any_text(words: list[str]) -> None:
    text = " ".join(words)
    assert _matches(FINDER, text) == _matches(PLAIN, text)


def test_first_characters_follow_the_pattern_and_its_case_flags() -> None:
    assert first_chars(r"(?:(?i:from)\s+)?May") == {"i:f", "M"}
    assert first_chars(r"\d{4}|'\d\d") == {r"\d", "'"}
    assert first_chars(r"(?:the\s+)?") is None  # can match nothing: no gate
    assert first_chars(r".x") is None and first_chars(r"[^a]x") is None
    # case-blind letters stay case-blind as re sees them: the Kelvin sign is a 'k'
    kelvin = gated([("k", r"(?i:kelvin)"), ("n", r"\d+")])
    assert kelvin.match("\u212aelvin") is not None and kelvin.match("KELVIN") is not None
    assert gated([("k", r"Kelvin")]).match("kelvin") is None


def test_lemmas_on_demand_are_the_lemmatizers_own() -> None:
    from factcli.run.pipeline import load

    text = ("She'd said the councils were meeting; he's been running the best-known mines, "
            "and they'd bought geese, mice and better data while I was leaving.")
    full = load_base()(text)
    lazy_nlp = load()
    assert "lemmatizer" not in lazy_nlp.pipe_names and "lemmatizer" in lazy_nlp.component_names
    lazy = lazy_nlp(text)
    assert [t.lemma for t in lazy].count(0) > len(lazy) // 2  # not run over every token
    assert [lemma_of(t) for t in lazy] == [t.lemma_ for t in full]
    assert [lemma_of(t) for t in full] == [t.lemma_ for t in full]  # a Doc lemmatized already


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 2**64 - 1), max_size=50), st.sets(st.integers(0, 2**64 - 1), max_size=8),
       st.integers(0, 49))
def test_membership_by_binary_search_is_numpys_isin(values: list[int], ids: set[int], pick: int) -> None:
    import numpy

    from factcli.nlp.scan import _member

    if values:
        ids = ids | {values[pick % len(values)]}
    v = numpy.array(values, dtype="uint64")
    h = numpy.array(sorted(ids), dtype="uint64")
    assert _member(v, h).tolist() == numpy.isin(v, h).tolist()


# what the model's attribute ruler has exceptions for, among ordinary words and spaces
RULED = ("I ain't gonna do it , y'all . Let's go ; c'mon , nothin' gotta give . There is and there are "
         "what that if not n't 's 're 'm 've 'd does had got gets you it me whether but because so "
         "Tom said   \n\n the 3 cats ' \" - ( ) : ?").split(" ")


def _ruled_both_ways(nlp, text: str):
    """`text` parsed by `nlp` up to its attribute ruler, then run through spaCy's ruler
    and through the compiled one: (stock Doc, compiled Doc)."""
    from factcli.nlp.attributes import compile_rules

    ruler = nlp.get_pipe("attribute_ruler")
    with nlp.select_pipes(enable=["tok2vec", "tagger", "factcli_sentences", "parser"]):
        doc = nlp(text)
    stock, fast = doc.copy(), doc.copy()
    ruler(stock)
    compile_rules(ruler)(fast)
    return stock, fast


def _attrs(doc):
    return [(t.tag_, t.pos_, t.morph.key, t.lemma, t.dep_, t.head.i) for t in doc]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(RULED), min_size=1, max_size=30))
def test_the_compiled_attribute_ruler_sets_what_spacys_sets(nlp, words: list[str]) -> None:
    stock, fast = _ruled_both_ways(nlp, " ".join(words))
    assert _attrs(fast) == _attrs(stock)


def test_the_compiled_attribute_ruler_runs_in_its_place(nlp) -> None:
    assert "attribute_ruler" not in nlp.pipe_names and "attribute_ruler" in nlp.component_names
    assert nlp.pipe_names.index("factcli_attributes") == nlp.pipe_names.index("parser") + 1
    doc = nlp("I ain't gonna say it. Let's go, y'all.\n\nThere is a cat.")
    assert [(t.text, t.pos_, t.lemma_) for t in doc[:5]] == [
        ("I", "PRON", "I"), ("ai", "AUX", "be"), ("n't", "PART", "not"), ("gon", "VERB", "go"), ("na", "PART", "to")]
    assert [t.pos_ for t in doc if t.is_space] == ["SPACE"] and doc[-4].pos_ == "VERB"  # "There is": a verb
    stock, fast = _ruled_both_ways(nlp, doc.text)
    assert _attrs(fast) == _attrs(stock) and sum(t.pos_ == "AUX" for t in stock) == 1


def test_a_ruler_with_patterns_it_cannot_compile_is_left_to_run() -> None:
    import spacy

    from factcli.nlp.attributes import compile_rules

    blank = spacy.blank("en")
    ruler = blank.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": {"IN": ["tom", "ann"]}}, {"LOWER": "said"}]], {"LEMMA": "say"}, index=-1)
    rules = compile_rules(ruler)
    assert rules is not None
    doc = rules(blank("Then Ann said no"))
    assert [t.lemma_ for t in doc] == ["", "", "say", ""]
    ruler.add([[{"LOWER": "said", "OP": "+"}]], {"LEMMA": "say"})  # an operator: the Matcher's work
    assert compile_rules(ruler) is None
    other = spacy.blank("en").add_pipe("attribute_ruler")
    other.add([[{"POS": "NOUN"}]], {"TAG": "NN"})  # an attribute the table does not read
    assert compile_rules(other) is None
