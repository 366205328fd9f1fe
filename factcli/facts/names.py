"""Name handling shared by people and organisations: honorifics, clean-up, keys."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from factcli.nlp.scan import from_entities
from factcli.nlp.wordclasses import NOUNS, listed

HONORIFICS = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "baroness", "baron",
    "prof", "professor", "rev", "reverend",
    # ranks written before a name in British news: "Det Supt Deats", "Cllr Khan"
    "supt", "insp", "sgt", "cllr", "det", "dci",
}
POSTNOMINALS = {"qc", "kc", "mp", "mep", "obe", "mbe", "cbe", "jr", "sr", "jnr", "snr", "msp", "am", "phd"}
# Page furniture that scraped articles carry and taggers take for names.
BOILERPLATE = {"advertisement", "photo", "photos", "video", "watch", "related", "caption", "image", "file",
               "slideshow", "gallery"}
# First words of names that are not people's: "Operation Firewall", "Storm Ciara"
NOT_A_FIRST_NAME = {"operation", "storm", "hurricane", "project", "typhoon", "cyclone"}
_POSSESSIVE = re.compile(r"\s*['’]s?$")
# honorifics and titles that say a person's sex ("Mr", "Dame", "the Queen")
MALE = frozenset({"mr", "sir", "lord", "prince", "king", "father", "brother"})
FEMALE = frozenset({"mrs", "ms", "miss", "dame", "lady", "queen", "princess", "baroness", "sister", "mother"})


def sex_of(honorific: str | None) -> frozenset[str] | None:
    """MALE or FEMALE for an honorific or title that says it ("Mrs", "Sir", "Queen"), else None."""
    word = (honorific or "").lower().rstrip(".")
    return MALE if word in MALE else FEMALE if word in FEMALE else None


POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})  # the tokens spaCy splits a possessive into
POSSESSIVE_S = frozenset({"'s", "’s"})  # (those of a singular owner)


def strip_possessive(text: str) -> str:
    return _POSSESSIVE.sub("", text)


def owns_nothing(mark: Token) -> bool:
    """"chief economist at Moody’s, predicted", "stores like Macy's, Bloomingdale's and": a
    possessive "'s" whose name the parse makes no owner, that no word of the phrase follows
    and that no article or comparison opens ("the Treasury's and", "than Disney's.": an
    owner whose thing goes unsaid) is part of the name (a firm named in the possessive)."""
    doc = mark.doc
    if mark.text not in POSSESSIVE_S or mark.i == 0 or mark.head.dep_ == "poss" or mark.head.i >= mark.i:
        return False
    first = mark.head.left_edge
    if first.i > 0 and doc[first.i - 1].lower_ in ("than", "as") or first.lower_ == "the":
        return False
    after = doc[mark.i + 1] if mark.i + 1 < len(doc) else None
    return after is None or after.text in (",", ".", ";", ":", ")", "!", "?") \
        or after.pos_ in ("CCONJ", "VERB", "AUX", "ADP")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case, accents removed: for comparing names."""
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


def is_honorific(word: str) -> bool:
    return word.lower().rstrip(".") in HONORIFICS and word[:1].isupper()


def label_votes(doc: Doc) -> dict[str, Counter[str]]:
    """How often the recogniser gives each name (folded) each label in an article: where it
    calls a name PERSON once and ORG twice, the majority is the better guess. Counted once
    per Doc and its entities (people and organisations both ask)."""
    return from_entities(doc, _votes)


def _votes(ents: tuple[Span, ...]) -> dict[str, Counter[str]]:
    votes: dict[str, Counter[str]] = {}
    for ent in ents:
        votes.setdefault(fold(ent.text), Counter())[ent.label_] += 1
    return votes


_BRACKETS = {"(": ")", "[": "]"}


def glued_hyphen(doc: Doc, i: int) -> bool:
    """Whether token i is a hyphen with no space on either side ("ex-felons")."""
    return doc[i].text == "-" and not doc[i].whitespace_ and not doc[i - 1].whitespace_


def hyphen_start(tok: Token) -> int:
    """Where the hyphenated word a token ends starts, over alphabetic parts: "ex-felons" for
    "felons", "hard-liner" for "liner"."""
    doc, i = tok.doc, tok.i
    while i >= 2 and glued_hyphen(doc, i - 1) and doc[i - 2].is_alpha:
        i -= 2
    return i


def glued_to_a_name(doc: Doc, word: str, names: set[str]) -> bool:
    """"Obamacare" where "Obama" is among `names`: a name, then an English noun of four
    letters or more, glued ("care"): a thing named after someone."""
    return any(len(rest := word[len(name):]) >= 4 and rest.isalpha() and rest.islower()
               and listed(doc.vocab, rest, NOUNS) for name in names if word.startswith(name) and name != word)


def before_an_open_bracket(doc: Doc, start: int, end: int) -> int:
    """Where doc[start:end] ends once cut at a bracket it opens and never closes ("Facebook Inc
    (FB.O", "Transport for London (TfL")."""
    for i in range(start, end):
        closing = _BRACKETS.get(doc[i].text)
        if closing and not any(t.text == closing for t in doc[i + 1:end]):
            return i
    return end


# a page's share buttons before a photo caption ("Facebook Twitter Pinterest Police gather ...")
SHARE_BAR = frozenset({"facebook", "twitter", "pinterest", "linkedin", "whatsapp", "email", "share"})


def opens_a_sentence(tok: Token) -> bool:
    """"Warner Bros. However, ...": a capitalised adverb, conjunction or preposition after a
    word that ends in a stop opens the next sentence (the recogniser and the parse ran across
    an abbreviation; "Aluminum Co. of America" goes on)."""
    return tok.is_title and tok.tag_ in ("RB", "CC", "IN") and tok.i > 0 and tok.doc[tok.i - 1].text.endswith(".")


def after_share_bar(doc: Doc, start: int) -> int:
    """Where a name starts once a run of two or more share-button words around `start` is cut
    (each button once: "Facebook Twitter Pinterest Facebook CEO" keeps the second Facebook)."""
    back = start
    while back > 0 and doc[back - 1].lower_ in SHARE_BAR:
        back -= 1
    seen: set[str] = set()
    k = back
    while k < len(doc) and doc[k].lower_ in SHARE_BAR and doc[k].lower_ not in seen:
        seen.add(doc[k].lower_)
        k += 1
    return k if k - back >= 2 and k > start else start


# lower-case words that belong inside names: "Bill de Blasio", "Ruud van Nistelrooy", "al-Assad"
NAME_PARTICLES = frozenset({"de", "del", "della", "di", "da", "dal", "do", "dos", "das", "du", "la", "le", "van",
                            "von", "der", "den", "ter", "ten", "zu", "bin", "bint", "ibn", "al", "el", "y"})
