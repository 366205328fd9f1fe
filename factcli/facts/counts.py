"""Counts: cardinal numbers that say how many of something there are.

"Fourteen officers" -> 14 officer; "of whom two" and "Nine remain serving" take the unit
of the count they refer back to. Not counts: dates, money, percentages, times,
durations, ages, ordinals, scores, numbers inside names ("BBC One", "Radio 4").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from factcli.facts.datefind import CURRENCY
from factcli.facts.lexicon import MONTHS, WEEKDAYS
from factcli.facts.names import glued_hyphen, hyphen_start
from factcli.facts.numbers import NUMBER_WORDS, SCALES, parse_number, whole
from factcli.facts.organisations import CRAFT_SEEDS
from factcli.facts.results import Count
from factcli.facts.roles import PERSON_SEEDS
from factcli.facts.wordlists import ROLE_WORDS
from factcli.nlp.doctext import doc_text
from factcli.nlp.labels import DATE_LABELS, GROUP_LABELS, NOT_COUNT_LABELS, ORG_LABELS, OTHER_NAME_LABELS, PERSON_LABELS
from factcli.nlp.lemmas import lemma_of
from factcli.nlp.scan import number_positions
from factcli.nlp.vectors import nearness
from factcli.nlp.wordclasses import NOUNS, listed

TIME_UNITS = {
    "second", "minute", "hour", "day", "night", "week", "fortnight", "month", "year", "decade",
    "century", "season", "term", "weekend", "time", "times", "quarter",
}
MONEY_WORDS = {
    "pound", "pounds", "dollar", "dollars", "euro", "euros", "pence", "penny", "cent", "cents",
    "yen", "yuan", "franc", "francs", "rupee", "rupees", "p", "bn", "m",
}
PERCENT = {"%", "percent", "per", "pc"}
CLOCK = {"am", "pm", "a.m.", "p.m.", "o'clock", "gmt", "bst", "utc", "est", "cet"}
VAGUE = {"hundreds", "thousands", "millions", "billions", "dozens", "tens"}
# a unit of measure or a currency is not a counted thing ("5GB", "180,000 tonnes", "9,000
# pesos"): a noun whose vector sits near these seeds and clearly nearer them than the second
# list's is a measure (pipelines without vectors: the lists above only)
MEASURE_SEEDS = ("metre", "kilometre", "mile", "kilogram", "tonne", "litre", "gallon", "acre", "inch", "byte",
                 "watt", "degree", "hectare", "pound", "dollar", "euro", "yen")
COUNTED_SEEDS = ("person", "officer", "company", "house", "vehicle", "job", "country", "school", "film", "share",
                 "voter", "child", "building")
MEASURE_NEAR, MEASURE_MARGIN = 0.35, 0.15
# sentences to look back for the unit of an elided count: "the three", "all four" name a
# group the article set out before; a bare number refers to the sentence before, at most
BACK_WINDOW, NEAR_WINDOW = 3, 1


def starts_clause(tok: Token) -> bool:
    """First word of a sentence, a paragraph or a quotation (so capitalised anyway)."""
    if tok.i == 0 or tok.is_sent_start:
        return True
    prev = tok.doc[tok.i - 1]
    return prev.is_space or prev.text in (".", "!", "?", ":", "\"", "“", "‘", "'", "(", "-", "—")


def _is_number(tok: Token) -> bool:
    if tok.lower_ in VAGUE or tok.pos_ == "PROPN" and not tok.like_num:
        return False
    return (tok.like_num or tok.lower_ in NUMBER_WORDS) and tok.tag_ != "LS" and not \
        tok.lower_.endswith(("st", "nd", "rd", "th"))


def _in_digits(tok: Token) -> bool:
    """A number written in digits, which words never go on: "700,000 and one million" is two
    numbers, where "two hundred and fifty" is one."""
    return tok.text[:1].isdigit()


def _number_runs(doc: Doc) -> list[Span]:
    maybe = number_positions(doc, frozenset(NUMBER_WORDS))  # (only these can be numbers)
    numeric = set(maybe)

    def number(k: int) -> bool:
        return k in numeric and _is_number(doc[k])

    runs, free = [], 0
    for i in maybe:
        if i < free or not _is_number(doc[i]):
            continue
        j = i + 1
        while j < len(doc) and (number(j) or doc[j].lower_ in ("and", "-") and number(j + 1) and
                                doc[j + 1].lower_ in NUMBER_WORDS and not _in_digits(doc[j - 1])):
            j += 1
        runs.append(doc[i:j])
        free = j
    return runs


def _excluded_by_next(text: str, last: Token, nxt: Token, nxt2: Token | None) -> bool:
    """A number that the words after it make a percentage, a time, money, a score, an age
    or a compound modifier."""
    if nxt.lower_ in PERCENT | CLOCK | MONEY_WORDS or nxt.text.lower() in CURRENCY:
        return True
    if nxt.text in ("-", "–") and nxt2 is not None and (nxt2.like_num or nxt2.lower_ in ("year", "years", "to")
                                                        or nxt2.text[0].isdigit()):
        return True  # "3-1", "45-year-old", "a 2.69-to-1 ratio", "a 3-4C rise" (a range of a measure)
    if nxt.text in ("°", "º"):
        return True  # "232°C": a temperature
    if nxt.is_alpha and not last.whitespace_:
        return True  # a unit or a model glued to the number: "5GB", "3G", "42in", "the 200m"
    if nxt.text in ("-", "–") and not last.whitespace_ and not nxt.whitespace_ and nxt2 is not None \
            and nxt2.is_alpha:
        return True  # a compound modifier: "five-member tribunal", "six-figure payments"
    if text.lower() == "one" and nxt.lower_ == "of":
        return True  # "one of the authors": one member of a group, not a count
    if text.lower() in ("zero", "0") and nxt.tag_ == "NN":
        return True  # "zero tolerance"
    if nxt.lower_ in ("times", "fold"):
        return True  # a multiple or how often: "six times Britain's might", "500 times the resolution"
    return nxt.lower_ in ("year", "years") and nxt2 is not None and nxt2.lower_ == "old"


def _excluded_by_prev(prev: Token) -> bool:
    """A number that the word before it makes money, a rank, an age or the second half of a
    score or ratio."""
    doc = prev.doc
    if prev.text.lower() in CURRENCY or prev.lower_ in _NOT_AFTER:
        return True
    if prev.text == "." and prev.i > 0 and doc[prev.i - 1].lower_ == "no" and not doc[prev.i - 1].whitespace_:
        return True  # "the No. 2 Senate Democrat" (tokenised "No", ".")
    if prev.text not in ("-", "–"):
        return False
    if prev.i > 1 and doc[prev.i - 2].lower_ in _NOT_AFTER:
        return True  # "ages 20-29"
    if prev.whitespace_ or prev.i == 0 or doc[prev.i - 1].whitespace_:
        return False
    before = doc[prev.i - 1]  # glued to the hyphen, which is glued to the number
    if before.is_alpha and before.lower_ not in _FRACTIONS:
        return True  # the end of a hyphenated word: "No-one", "back-five forward" (not "half-dozen")
    return before.like_num or before.lower_ == "to"  # "an 11-9 win", "2.69-to-1"


def _excluded(run: Span, blocked: set[int]) -> bool:
    doc = run.doc
    first, last = run[0], run[-1]
    prev = doc[first.i - 1] if first.i > 0 else None
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    nxt2 = doc[last.i + 2] if last.i + 2 < len(doc) else None
    if any(t.i in blocked for t in run):
        return True
    plural = _counts_a_plural(run)
    if any(t.ent_type_ in NOT_COUNT_LABELS for t in run) and not plural:
        return True
    text = run.text
    if ":" in text or "/" in text or any(any(c.isalpha() for c in t.text) and any(c.isdigit() for c in t.text)
                                         for t in run):
        return True  # "10:30", "3/4", "5m" (but "27 million": a digit token and a word token)
    if prev is not None and _excluded_by_prev(prev):
        return True
    if prev is not None and prev.lower_ == "top" and not _counts_a_set(run):
        return True  # a rank: "the top five", "a top 10 player" (but "the top two Democratic lawmakers")
    if _in_a_proportion(run):
        return True
    if prev is not None and prev.lower_ in _FEW and first.lower_ in _ROUND:
        return True  # "several hundred UK citizens": how many is not said
    if text.lower() == "one" and prev is not None and prev.tag_ in _BEFORE_PRONOUN \
            and not (nxt is not None and nxt.pos_ in ("NOUN", "ADJ")):
        return True  # "a difficult one", "the one": a pronoun
    if prev is not None and (prev.is_title or prev.is_upper) and prev.pos_ == "PROPN" and not starts_clause(prev) \
            and not (plural and prev.ent_type_ == "DATE"):
        return True  # "Radio 4", "Article 50", "FTSE 100" (not "on Friday 15 protesters")
    if first.is_title and first.is_alpha and not starts_clause(first):
        return True  # "BBC One"
    if nxt is not None and _excluded_by_next(text, last, nxt, nxt2):
        return True
    if prev is not None and prev.text == "," and nxt is not None and nxt.text == "," and \
            doc[prev.i - 1].ent_type_ in PERSON_LABELS:
        return True  # "Adams, 45, said"
    digits = text.replace(",", "").replace(".", "")
    if digits.isdigit() and len(digits) >= 7 and "," not in text:
        return True  # phone numbers, codes
    return False


_NOT_AFTER = frozenset({"no", "no.", "number", "aged", "age", "ages", "per",  # "No 10", "aged 45", "per 100 people"
                        # a class, a rank or a place in a sequence: "a category 1 hurricane", "stage 3"
                        "category", "grade", "level", "type", "class", "tier", "stage", "phase", "division",
                        "article", "section", "chapter", "page", "round", "episode", "season", "step"})
_BEFORE_PRONOUN = frozenset({"DT", "JJ", "JJR", "JJS", "PRP$", "VBG", "VBN"})  # ("the existing one")
_ROUND = frozenset({"hundred", "thousand", "million", "billion", "dozen"})
_FEW = frozenset({"several", "few", "many", "some"})


_NOT_COUNTED = frozenset({"bc", "b.c.", "b.c", "bce", "b.c.e", "b.c.e.", "ad", "a.d.", "ce", "c.e.", "c.e",
                          "image", "photo", "picture"})
# nouns a number may head that never name what it counts: the one referred to is counted instead
_NOT_THE_UNIT = frozenset({"others", "today", "tonight", "yesterday", "tomorrow"})
_FRACTIONS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}
_FRACTION_UNITS = frozenset({"half", "third", "quarter", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"})


_MULTIPLIERS = {"k": 1_000, "m": 1_000_000, "bn": 1_000_000_000}
_MONEY_IN_MILLIONS = re.compile(r"[£$€¥]\s?\d[\d,.]*(?:m|bn)\b")  # "£3m", "$1.2bn": the text's style


def _in_millions(run: Span, blocked: set[int]) -> Count | None:
    """"1.1m residential real-estate transactions", "14m customers": a number glued to m, bn
    or k before the plural noun it counts, the head of its phrase, is millions (billions,
    thousands) of it; after a currency sign it is money, before an adjective or a singular
    noun a measure ("2.5m high", "100m race"), and a whole number of "m" is millions only in
    a text that writes money so ("£3m"), not metres ("the 60m hurdles")."""
    doc = run.doc
    if len(run) != 1 or run.end + 1 >= len(doc) or run[0].whitespace_ or not run[0].like_num \
            or run[0].i in blocked or doc[run.end].lower_ not in _MULTIPLIERS:
        return None
    if run.start > 0 and doc[run.start - 1].text.lower() in CURRENCY:
        return None
    if "." not in run.text and doc[run.end].lower_ == "m" and not _MONEY_IN_MILLIONS.search(doc_text(doc)):
        return None  # "60m", "800m" in a text that never writes "£3m": metres
    noun = next((t for t in doc[run.end + 1:run.end + 7] if t.tag_ == "NNS" and t.pos_ == "NOUN"), None)
    value = parse_number(run.text)
    unit = _singular(noun) if noun is not None else None
    if noun is None or value is None or not _noun_phrase(doc[run.end], noun) or noun.dep_ == "compound" \
            or any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) \
            or noun.lower_ in MONEY_WORDS or unit in TIME_UNITS:
        return None  # (also "the 60m hurdles", "her 60m hurdles record": a race)
    total = value * _MULTIPLIERS[doc[run.end].lower_]
    span = doc[run.start:noun.i + 1]
    return Count(span.text, span.start_char, span.end_char, whole(total), unit)


def _with_fraction(run: Span, value: float) -> tuple[Span, float]:
    """'half a million' -> 500,000, 'a quarter of a million' -> 250,000, 'half a dozen' and
    'a half-dozen' -> 6, 'a half-million' -> 500,000, 'a quarter-million' -> 250,000, 'two
    and a half million' -> 2,500,000: a fraction of a round number before it (the run widened
    to take it)."""
    doc, s = run.doc, run.start
    if run.text.lower() not in _ROUND or s < 2:
        return run, value
    if doc[s - 1].text == "-" and doc[s - 2].lower_ in _FRACTIONS:  # "a half-dozen", "a quarter-million"
        result = value * _FRACTIONS[doc[s - 2].lower_]
        return doc[s - 2:run.end], whole(result)
    if doc[s - 1].lower_ == "half":
        return _and_a_half(run, value)
    if doc[s - 1].lower_ != "a":
        return run, value
    if doc[s - 2].lower_ == "half":
        start, factor = s - 2, 0.5
    elif s >= 3 and doc[s - 2].lower_ == "of" and doc[s - 3].lower_ in _FRACTIONS:
        start, factor = s - 3, _FRACTIONS[doc[s - 3].lower_]
        if start > 0 and doc[start - 1].lower_ in ("a", "one"):
            start -= 1
    else:
        return run, value
    result = value * factor
    return doc[start:run.end], whole(result)


def _and_a_half(run: Span, value: float) -> tuple[Span, float]:
    """"two and a half million" -> 2,500,000; "a half dozen" -> 6 (the run starts after "half")."""
    doc, s = run.doc, run.start
    units = parse_number(doc[s - 4].text) if s >= 4 and [t.lower_ for t in doc[s - 3:s - 1]] == ["and", "a"] \
        else None
    if units is not None:
        start, result = s - 4, value * (units + 0.5)
    else:
        start, result = s - 1, value * 0.5
    return doc[start:run.end], whole(result)


def _counts_a_set(run: Span) -> bool:
    """A number before the plural noun it counts: "two Democratic lawmakers"."""
    noun = _unit_noun(run)
    return noun is not None and noun.tag_ in ("NNS", "NNPS")


def _in_a_proportion(run: Span) -> bool:
    """Either number of a ratio: "two in three voters" (but "29 out of 30 charges" counts
    charges, both numbers)."""
    doc = run.doc

    def number(i: int) -> bool:
        return 0 <= i < len(doc) and (doc[i].like_num or doc[i].lower_ in NUMBER_WORDS)

    def is_in(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].lower_ == "in"

    return (is_in(run.end) and number(run.end + 1)) or (is_in(run.start - 1) and number(run.start - 2))


def _counts_a_plural(run: Span) -> bool:
    """A number the recogniser put inside a DATE that datefind did not take, right before
    the plural noun it counts: "Earlier on Friday 15 protesters" (DATE 'Friday 15')."""
    doc = run.doc
    nxt = doc[run.end] if run.end < len(doc) else None
    prev = doc[run.start - 1] if run.start > 0 else None
    return all(t.ent_type_ == "DATE" for t in run) and prev is not None and prev.ent_type_ == "DATE" \
        and prev.ent_iob_ != "O" and doc[run.start].ent_iob_ == "I" and nxt is not None and nxt.tag_ == "NNS" \
        and _singular(nxt) not in TIME_UNITS


def _a_dash_between(number: Token, noun: Token) -> bool:
    """A spaced dash opens an aside, which no noun phrase runs over: "its three marques - BMW,
    Mini and Rolls-Royce -" counts no BMWs."""
    return any(t.text in ("-", "–", "—") and t.whitespace_ for t in number.doc[number.i + 1:noun.i])


def _modified(tok: Token) -> Token:
    """The noun a noun modifies a few words on: "one million DTT set-top boxes" -> boxes."""
    while tok.dep_ in ("compound", "nmod") and tok.i < tok.head.i <= tok.i + 4 and tok.head.pos_ == "NOUN":
        tok = tok.head
    return tok


def _compound_end(tok: Token, number: int) -> Token:
    """The last noun of a compound: "30 law enforcement agencies" -> agencies."""
    doc = tok.doc
    while tok.tag_ == "NN" and tok.i + 1 < len(doc) and tok.i - number < 4 \
            and doc[tok.i + 1].pos_ == "NOUN" and doc[tok.i + 1].tag_ in ("NNS", "NN"):
        tok = doc[tok.i + 1]
    return tok


_NP_POS = frozenset({"ADJ", "PROPN", "NOUN", "CCONJ"})


def _noun_phrase(number: Token, noun: Token) -> bool:
    """Only modifiers between: "2,000 more Immigration and Customs Enforcement officers",
    "30 such large-scale construction projects" (a hyphen joins two of them)."""
    return all(t.pos_ in _NP_POS or t.tag_ == "HYPH" for t in number.doc[number.i + 1:noun.i])


def _unit_noun(run: Span) -> Token | None:
    """The counted noun in the phrase: '14 officers', 'two of the officers'; the last part of
    a hyphenated noun ('1.5 million ex-felons')."""
    noun = _phrase_noun(run)
    doc = run.doc
    while noun is not None and noun.i + 2 < len(doc) and glued_hyphen(doc, noun.i + 1) \
            and doc[noun.i + 2].pos_ == "NOUN" and doc[noun.i + 2].is_alpha:
        noun = doc[noun.i + 2]
    return noun


def _range_noun(run: Span, starts: dict[int, Span], value: float) -> tuple[Token | None, float]:
    """The noun of a range's other end, and the value in its scale: "between 700,000 and one
    million boxes" counts boxes at both ends, "7 to 8 million viewers" 7 million."""
    doc = run.doc
    other = starts.get(run.end + 1)
    if other is None or doc[run.end].lower_ not in ("and", "or", "to"):
        return None, value
    scale = SCALES.get(other[-1].lower_)
    if scale is not None and run[-1].lower_ not in SCALES and value < 1000:
        value = whole(value * scale)
    return _unit_noun(other), value


def _hyphen_prefix(noun: Token) -> str:
    """The words a hyphen glues before a noun, as the unit keeps them: "ex-" of "ex-felons",
    "co-" of "co-sponsors"."""
    return noun.doc[hyphen_start(noun):noun.i].text.lower()


def _phrase_noun(run: Span) -> Token | None:
    last = run[-1]
    # the second end of a range is the first's conjunct: "700,000 and one million boxes"
    anchor = last.head if last.dep_ == "conj" and last.head.i < last.i and _is_number(last.head) else last
    head = anchor.head
    if anchor.dep_ in ("nummod", "compound", "amod", "quantmod") and head.pos_ in ("NOUN", "PROPN") \
            and head.i > last.i and (head.i - last.i <= 5 or head.i - last.i <= 8 and _noun_phrase(last, head)) \
            and not _a_dash_between(last, head):
        if head.pos_ == "PROPN":  # a name before the noun: "500 more Customs and Border Protection agents"
            head = _modified(head)
        return _compound_end(head, last.i)
    nxt = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
    if nxt is not None and nxt.tag_ in ("NNS", "NN") and nxt.pos_ == "NOUN":
        return _compound_end(_modified(nxt), last.i)
    for child in last.children:  # "two of the officers"
        if child.lower_ == "of":
            obj = next((t for t in child.children if t.dep_ == "pobj" and t.pos_ == "NOUN"), None)
            if obj is not None and obj.lower_ not in ("total", "number"):  # (not a noun further on:
                return obj  # "two of the three men behind the program"; but "two of a total of 10 domains")
            nouns = [t for t in child.subtree if t.pos_ == "NOUN"]
            if nouns:
                return nouns[-1]
        if child.dep_ in ("nmod", "obl") and child.pos_ == "NOUN" and any(c.lower_ == "of" for c in child.children):
            return child
    return None


_IRREGULAR = {"people": "person", "women": "woman", "men": "man", "children": "child"}  # ("women" before "men")
_INITIALS_PLURAL = re.compile(r"^[A-Z]{2,}s$")


def _singular(tok: Token) -> str:
    lemma = lemma_of(tok).lower() or tok.lower_
    if tok.lower_ in _IRREGULAR or lemma in _IRREGULAR:
        return _IRREGULAR.get(tok.lower_, _IRREGULAR.get(lemma, lemma))
    if tok.lower_.endswith("ses") and lemma == tok.lower_[:-2] and not lemma.endswith("ss") \
            and listed(tok.vocab, tok.lower_[:-1], NOUNS):
        return tok.lower_[:-1]  # "doses": "dose", not the lemmatizer's "dos" ("glasses", "buses" stay)
    if lemma == tok.lower_ and tok.tag_ in ("NNS", "NNPS"):
        if lemma.endswith("ies") and len(lemma) > 4:
            return lemma[:-3] + "y"
        if lemma.endswith("s") and not lemma.endswith("ss"):
            return lemma[:-1]
    word = tok.lower_
    ending = next((e for e in _IRREGULAR if word.endswith(e) and len(word) > len(e)), None)
    if ending is not None and lemma == word and tok.tag_ in ("NNS", "NNPS"):
        return word[:-len(ending)] + _IRREGULAR[ending]  # "schoolchildren": "schoolchild"
    if _INITIALS_PLURAL.match(tok.text):
        return tok.lower_[:-1]  # "MPs", "CEOs"
    if word.endswith("ies") and lemma == word[:-1] and not listed(tok.vocab, lemma, NOUNS):
        return word[:-3] + "y"  # "hereditaries": "hereditary", not the lemmatizer's "hereditarie" ("movies" stay)
    if tok.is_title and word.endswith("s") and not word.endswith("ss") and lemma == word \
            and listed(tok.vocab, word[:-1], NOUNS):
        return word[:-1]  # a capitalised plural the tagger takes for a name ("2 Images")
    return lemma


CASUALTY_WORDS = frozenset({"dead", "die", "kill", "injure", "wound", "hurt", "missing", "arrest", "detain",
                            "rescue", "evacuate", "hospitalise", "hospitalize", "drown", "trap", "displace"})


def _noun_further_on(run: Span, starts: dict[int, Span], value: float) -> tuple[Token | None, float]:
    """The noun of a range's other end (`_range_noun`), or of the whole a part is counted
    out of: "16,500 of 21,000 border patrol agents" counts agents."""
    noun, value = _range_noun(run, starts, value)
    doc = run.doc
    if noun is None and run.end + 1 < len(doc) and doc[run.end].lower_ == "of" and run.end + 1 in starts:
        noun = _unit_noun(starts[run.end + 1])
    return noun, value


def _people_hurt(run: Span, noun: Token | None, value: float, unit_in_sentence: bool) -> Count | None:
    """A count of people: "40 others were hurt" (`_others_hurt`), or a number right before a
    word of harm or custody with no noun ("a toll of 27 dead", "left 40 injured", "12 were
    arrested" is `_casualties`'), unless the sentence has already counted something it
    refers back to ("25 fighters were killed and 55 wounded")."""
    if noun is not None:
        return _others_hurt(run, noun, value) if noun.lower_ == "others" else None
    doc = run.doc
    if value >= 2 and not unit_in_sentence and run.end < len(doc) \
            and lemma_of(doc[run.end]).lower() in CASUALTY_WORDS:
        return Count(run.text, run.start_char, run.end_char, value, "person")
    return None


def _casualties(verb: Token) -> bool:
    """A clause reporting people dead, hurt, missing or held: "39 are confirmed dead"."""
    words = [verb, *verb.children, *(t for c in verb.children if c.dep_ in ("xcomp", "ccomp") for t in c.children)]
    return any(lemma_of(t).lower() in CASUALTY_WORDS or t.lower_ in CASUALTY_WORDS for t in words)


def _others_hurt(run: Span, others: Token, value: float) -> Count | None:
    """"killed a woman and injured nineteen others": people, when the clause reports
    casualties; None otherwise (the unit is then the one "others" refers back to)."""
    if not (_casualties(others.head) or others.dep_ == "conj" and _casualties(others.head.head)):
        return None
    span = run.doc[run.start:others.i + 1]
    return Count(span.text, span.start_char, span.end_char, value, "person")


def _group_name(noun: Token) -> bool:
    """A party or group named as the thing counted ("48 Conservatives", "20 Democrats")."""
    return noun.ent_type_ in GROUP_LABELS | ORG_LABELS and noun.text[:1].isupper()


_NAME_LABELS = PERSON_LABELS | ORG_LABELS | OTHER_NAME_LABELS


# nouns for a number itself, which a number before them in the singular gives a value to
_NUMBER_NOUNS = frozenset({"figure", "number", "mark", "level", "threshold", "milestone", "barrier", "estimate"})
_COUNT_FRAMES = frozenset({"total", "record", "list", "crowd", "low", "high", "tally", "toll", "peak", "maximum",
                           "minimum", "sum", "count"})


def _a_named_group(run: Span) -> bool:
    """"The three", "all four", "the 53": a number that names a group set out before."""
    prev = run.doc[run.start - 1] if run.start > 0 else None
    return prev is not None and prev.lower_ in ("the", "all", "both")


def _a_nouns_value(run: Span) -> bool:
    """"a population of 327 million", "an average of 17", "the pension age ... from 60 to 65":
    a bare number after "of" a noun, or after "from"/"to" in a clause about an age, is that
    noun's value (but "a total of", "a record low of", "a crowd of" frame a count)."""
    doc = run.doc
    prev = doc[run.start - 1] if run.start > 0 else None
    if prev is None:
        return False
    if prev.lower_ == "of" and prev.head.pos_ == "NOUN" and prev.head.i < prev.i:
        return prev.head.lower_ not in _COUNT_FRAMES
    return prev.lower_ in ("from", "to") and any(t.lower_ in ("age", "ages") for t in doc[run.sent.start:run.start])


def _a_label(noun: Token, run: Span) -> bool:
    """A number in a name or a label, not how many: one after a word of a named entity
    ("the Band Aid 20 song", "the Half-Life 2 game"), one before a capitalised singular name
    ("19 Management", "the 737 Max"), one after a name and "of" ("the Group of 20"), one
    after "a" before a singular noun ("a 911 call", "an 18 certificate"). Not a plural by its
    form ("six Baftas", "300 National Guardsmen") or an acronym ("60 Tory MP")."""
    doc = run.doc
    prev = doc[run.start - 1] if run.start > 0 else None
    if prev is not None and prev.text[:1].isupper() and (prev.ent_type_ in _NAME_LABELS or prev.tag_ == "NNP"
                                                         and not prev.ent_type_ and prev.lower_ not in MONTHS):
        return True  # (an untagged proper noun too: "Commodore 64 enthusiasts"; not "In Texas 12 people")
    if prev is not None and prev.text == "of" and prev.i > 0 and doc[prev.i - 1].tag_ == "NNP" \
            and doc[prev.i - 1].is_title and not doc[prev.i - 1].is_sent_start \
            and doc[prev.i - 1].ent_type_ not in DATE_LABELS | PERSON_LABELS:
        return True  # "the Group of 20 summit"
    if _a_name_after(run, noun):
        return True
    if noun.i < run.end or noun.tag_ not in ("NN", "NNP") or noun.lower_.endswith(("s", "men")):
        return False
    if noun.tag_ == "NNP" and noun.is_title and noun.i == run.end:
        return True
    return prev is not None and prev.lower_ in ("a", "an")


def _a_name_after(run: Span, noun: Token) -> bool:
    """A number that begins a name: untagged capitalised words after it and then a singular
    noun ("Three Degrees star Sheila Ferguson": a band's star, not three stars; "the 21 Club
    restaurant", "10 Downing street")."""
    doc = run.doc
    nxt = doc[run.end] if run.end < len(doc) else None
    return nxt is not None and nxt.is_title and not nxt.is_sent_start and nxt.tag_ in ("NNP", "NNPS") \
        and not nxt.ent_type_ and noun.i > nxt.i and noun.tag_ == "NN" \
        and run.text.lower() not in ("one", "1", "a", "an")


def measure_test(vocab) -> Callable[[str], bool]:
    """A test of whether a (singular) noun is a unit of measure or a currency, from the
    pipeline's word vectors; scores and margins ("12 points ahead") are measures too."""
    measure, counted = nearness(vocab, MEASURE_SEEDS), nearness(vocab, COUNTED_SEEDS)
    if measure is None or counted is None:
        return lambda word: word == "point"

    def test(word: str) -> bool:
        near = measure(word)
        return word == "point" or near >= MEASURE_NEAR and near - counted(word) >= MEASURE_MARGIN

    return test


def _of_a_noun(run: Span, noun: Token, value: float, is_measure: Callable[[str], bool],
               unit_before: str | None) -> Count | None:
    """The count of the noun in its phrase, or None when the noun makes it no count;
    `unit_before` is the unit of a count earlier in the same sentence."""
    unit = _singular(noun)
    if value >= 2 and noun.is_title and unit == noun.lower_ and unit.endswith("s") and not unit.endswith("ss"):
        unit = unit[:-1]  # "three Grammys": more than one, a name's plural that the tagger took for a name
    if unit in TIME_UNITS or noun.lower_ in MONEY_WORDS or unit in MONTHS or unit in WEEKDAYS \
            or unit in _FRACTION_UNITS or is_measure(unit.split()[-1]):
        return None  # "20 and 27 April": days of a month, not 20 Aprils; "two thirds": a fraction
    between = run.doc[run.end:noun.i]
    if all(t.pos_ in _NP_POS or t.tag_ == "HYPH" for t in between) \
            and any(t.tag_ == "NN" and is_measure(t.lower_) for t in between):
        return None  # "a 16 percentage point lead", "a 26 mile route": a measure, no count of leads
    if run.text.lower() == "one" and noun.i >= run.end:
        return None  # "one exchange", "one Atlanta suburb": 'a certain', not a count
    if value >= 2 and _sized(run, noun):
        return None  # "its 200,000 download catalogue", "a 3 bedroom house": a size, not how many
    if unit in _NOT_COUNTED or _a_label(noun, run):
        return None  # "664 b.c.e": a year; "Slideshow (5 Images)": page furniture; "the 737 Max"
    if noun.ent_type_ in PERSON_LABELS:
        return None  # "7 Serena Williams (US) 8 Venus Williams": a rank before a name, no count of Williamses
    if noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].lower_ == "per":
        return None  # "300 dots per inch", "5 deaths per 100,000 people": a rate, not how many
    ranged = len(between) >= 2 and between[0].lower_ in ("and", "or", "to") and between[1].like_num
    span = run.doc[run.start:noun.i + 1] if noun.i >= run.end and not ranged else run  # ("6,000 and 7,000 jobs")
    unit = _hyphen_prefix(noun) + unit  # "ex-felons": "ex-felon"
    if _group_name(noun) and unit_before in ROLE_WORDS:
        unit = unit_before  # "312 Labour MPs ... 48 Conservatives": more MPs
    return Count(span.text, span.start_char, span.end_char, value, unit)


def _sized(run: Span, noun: Token) -> bool:
    """"its 200,000 download catalogue", "a three digit number": a number before two singular
    common nouns sizes the second by the first; but "4,500 volunteer field staff", "20
    transport aircraft" count a noun whose plural is the singular (by its vector: near words
    for people or craft)."""
    first = run.doc[run.end] if run.end < len(run.doc) else None
    if first is None or noun.i <= first.i or noun.tag_ != "NN" or first.tag_ != "NN" or not first.is_lower:
        return False
    person, craft = nearness(noun.vocab, PERSON_SEEDS), nearness(noun.vocab, CRAFT_SEEDS)
    return person is not None and craft is not None and max(person(noun.lower_), craft(noun.lower_)) < 0.45


def find_counts(doc: Doc, blocked: set[int]) -> list[Count]:
    """Counts in a parsed Doc; `blocked` holds token indices already used by dates."""
    counts: list[Count] = []
    is_measure = measure_test(doc.vocab)
    last_unit: tuple[str, int] | None = None  # unit and the sentence start it was seen in
    text = doc_text(doc)
    sent_index = {s.start: k for k, s in enumerate(s for s in doc.sents if text[s.start_char:s.end_char].strip())}
    runs = _number_runs(doc)
    starts = {r.start: r for r in runs}
    for run in runs:
        millions = _in_millions(run, blocked)
        if millions is not None:
            counts.append(millions)
            continue
        if _excluded(run, blocked):
            continue
        value = parse_number(run.text)
        if value is None:
            continue
        run, value = _with_fraction(run, value)
        if value != int(value):
            continue  # "7.5 connections per 100 people, compared to 6.7 in Germany": a rate, not how many
        sent_no = sent_index.get(run[0].sent.start, len(sent_index))
        noun = _unit_noun(run)
        if noun is None:
            noun, value = _noun_further_on(run, starts, value)
        if noun is not None and value >= 2 and run.end <= noun.i and doc[run.end].tag_ == "NN" \
                and doc[run.end].lower_ in _NUMBER_NOUNS:
            noun = None  # "the 169,000 figure", "the 50,000 mark": the number's own noun, not what it counts
        people = _people_hurt(run, noun, value, last_unit is not None and last_unit[1] == sent_no)
        if people is not None:
            counts.append(people)
            last_unit = ("person", sent_no)
            continue
        if noun is not None and noun.lower_ in _NOT_THE_UNIT:
            noun = None  # "40 others have cut operations", "from 6,500 in 1993 to 3,000 today": the unit referred to
        if noun is not None:
            same_sentence = last_unit[0] if last_unit is not None and last_unit[1] == sent_no else None
            count = _of_a_noun(run, noun, value, is_measure, same_sentence)
            if count is not None:
                counts.append(count)
                last_unit = (count.unit, sent_no)
            continue
        count, refers = _elided_count(run, value, last_unit, sent_no)
        if count is not None:
            counts.append(count)
            if refers:
                last_unit = (count.unit, sent_no)
    return counts


def _elided_count(run: Span, value: float, last_unit: tuple[str, int] | None, sent_no: int
                  ) -> tuple[Count | None, bool]:
    """A number with no noun of its own: the count of people when it is the subject of a
    word of harm ("39 are confirmed dead") with no unit near, else of the unit counted just
    before (`last_unit`, near enough); and whether later elided numbers may refer to it."""
    if last_unit is None or sent_no - last_unit[1] > (BACK_WINDOW if _a_named_group(run) else NEAR_WINDOW):
        if run[-1].dep_ in ("nsubj", "nsubjpass") and value >= 2 and _casualties(run[-1].head):
            return Count(run.text, run.start_char, run.end_char, value, "person"), False
        return None, False  # otherwise an elided count with nothing to refer back to
    elided_ok = run[-1].dep_ in ("nsubj", "nsubj:pass", "nsubjpass", "obj", "dobj", "pobj", "obl", "nmod",
                                 "conj", "appos", "ROOT", "root") or run[-1].head.pos_ != "NOUN"
    if not elided_ok or _a_nouns_value(run) or _bracketed_label(run):
        return None, False
    return Count(run.text, run.start_char, run.end_char, value, last_unit[0]), True


def _bracketed_label(run: Span) -> bool:
    """"Slideshow (8 Images)": a bare number right after a bracket and right before a
    capitalised word the tagger did not take for its noun is a label, not an elided count."""
    doc = run.doc
    prev = doc[run.start - 1] if run.start > 0 else None
    nxt = doc[run.end] if run.end < len(doc) else None
    return prev is not None and prev.text == "(" and nxt is not None and nxt.is_title and nxt.is_alpha
