"""Organisations: ORG entities grouped with their short forms.

"IOPC" joins "Independent Office for Police Conduct" (initials, or a bracketed
acronym), "the Met" and "Met Police" join "Metropolitan Police" (word prefixes),
"Home Affairs Committee" joins "Commons Home Affairs Committee" (a later, shorter
form that ends the same way). Party names tagged as adjectives ("Tory MP") count too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from factcli.facts.datenorm import WEEKDAY_RE
from factcli.facts.names import (
    BOILERPLATE,
    NAME_PARTICLES,
    POSSESSIVE_MARKS,
    POSSESSIVE_S,
    SHARE_BAR,
    after_share_bar,
    before_an_open_bracket,
    fold,
    glued_to_a_name,
    is_honorific,
    label_votes,
    opens_a_sentence,
    owns_nothing,
    strip_possessive,
)
from factcli.facts.numbers import NUMBER_WORDS
from factcli.facts.results import Mention, Organisation
from factcli.facts.roles import BODY_SEEDS, KIN_SEEDS, PERSON_SEEDS, agent_ending
from factcli.facts.wordlists import HOLIDAYS, NOT_BODY_HEADS, PARTY_WORDS, ROLE_WORDS, TIME_ZONES
from factcli.nlp.doctext import doc_text
from factcli.nlp.labels import CARDINAL_LABELS, GROUP_LABELS, ORG_LABELS, PERSON_LABELS, PLACE_LABELS
from factcli.nlp.lemmas import lemma_of
from factcli.nlp.scan import entities, entity_at, from_entities, joined_entities, positions, upper_positions
from factcli.nlp.vectors import Nearness, nearness
from factcli.nlp.wordclasses import ADJECTIVES, NOUNS, in_word_class, listed

_PARTY_FIRST = frozenset(w.split()[0] for w in PARTY_WORDS)
UNAMBIGUOUS_PARTIES = {"labour", "tory", "tories", "ukip", "snp"}
BODY_NOUNS = {
    "committee", "commission", "council", "agency", "department", "office", "ministry",
    "court", "service", "police", "board", "authority", "tribunal", "inquiry", "panel",
    "administration", "bureau", "institute",
}
_LEADING = re.compile(r"^(?:the|The|THE)\s+|^[Ee]x-(?=[A-Z])")  # ("Ex-BBC presenter": the "ex-" is the title's)
_CONNECTORS = {"of", "for", "and", "the", "&", "on", "in", "de", "du", "des", "la", "le"}


@dataclass
class OrgMention:
    span: Span
    name: str


@dataclass
class OrgCluster:
    mentions: list[OrgMention] = field(default_factory=list)

    @property
    def full(self) -> str:
        """The fullest form: most words, not a headline's capitals, then the most capitalised
        ("Commons Transport Committee" over "Commons transport committee"), the first used on a tie."""
        return max((m.name for m in self.mentions),
                   key=lambda n: (len(n.split()), not _in_capitals(n), sum(w[:1].isupper() for w in n.split())))


def _in_capitals(name: str) -> bool:
    """A word in capitals longer than an acronym: a headline's or a credit's ("REUTERS")."""
    return name.isupper() and len(name) > 4


_TICKER = re.compile(r"^[A-Z]{1,5}\.[A-Z]{1,2}$")  # "AAPL.O", "LVS.N": a share's code on an exchange
_INITIAL_AND_SURNAME = re.compile(r"^[A-Z]\.? [A-Z][\w'’-]+$")
# what follows a dateline's town: its state or country, then the agency or a dash ("RALEIGH, N.C.
# (Reuters) -", "CENTRAL, La. —", "FLEMINGTON, N.J./MODESTO, Calif. (Reuters)")
_DATELINE_TAIL = re.compile(r",\s+(?:[A-Z][\w.]*\s?){1,3}(?:/[^\n(]*)?\s*(?:\((?:Reuters|AP|AFP|UPI)\)|[—–-]\s)")
_PARTY_AND_STATE = re.compile(r"^[DRI]-[A-Z][A-Za-z.]{1,12}$")  # "D-CA", "R-Pa.", "D-N.Y."


def _headline_capitals(doc: Doc, name: str) -> bool:
    """Words in capitals that are not all acronyms, which the text never writes otherwise:
    a headline's or a subheading's ("TRUMP MESSAGE TO IRAN"), not evidence of a name
    ("BANK OF ENGLAND" over a story that says "Bank of England" stays)."""
    words = name.split()
    if len(words) < 2 or not name.isupper() or all(len(w) <= 4 for w in words):
        return False
    text = doc_text(doc)
    return text.lower().count(name.lower()) == text.count(name)


def _a_datelines_place(span: Span) -> bool:
    """"RALEIGH, N.C. (Reuters) - ...": a town in capitals that opens a paragraph before its
    state and the agency's name or a dash."""
    text = doc_text(span.doc)
    return span.text.isupper() and (span.start_char == 0 or text[span.start_char - 1] == "\n") \
        and _DATELINE_TAIL.match(text, span.end_char) is not None


def _a_capitalised_word(span: Span) -> bool:
    """"‘REGION DESERVES BETTER’", "MEDDLING U.S. officials said", "CHAPEL HILL, N.C.": one
    English noun or adjective in capitals beside another word in capitals, a subheading's or
    a dateline's word (not a party's or a chamber's: "BOOST FOR DEMOCRATS", "CONGRESS UNDER
    PRESSURE" name bodies; nor an acronym, "NATO", "UKIP")."""
    tok = span[0]
    if len(span) != 1 or not tok.is_upper or not tok.is_alpha or len(tok) < 4 \
            or fold(tok.text) in PARTY_WORDS or tok.lower_ in _CHAMBERS:
        return False
    doc = span.doc
    beside = [doc[i] for i in (tok.i - 1, tok.i + 1) if 0 <= i < len(doc)]
    return any(t.is_upper and len(t) > 1 and any(c.isalpha() for c in t.text) for t in beside) and _a_common_word(tok)


def _a_title(span: Span) -> bool:
    """A role word ends the span or comes before a name ("UKIP MEP", "Secretary Patricia
    Hewitt"), before any "of"; not "General Services Administration", "General Motors": common
    words follow; nor "Office of the Deputy Prime Minister", a body named after the post (but
    "Department of Justice Inspector" + "General": the title goes on after the span).
    Or the span is one adjective that a role word follows ("Supreme" of "Supreme Leader")."""
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if len(span) == 1 and nxt is not None and fold(nxt.text) in ROLE_WORDS and in_word_class(span[0], ADJECTIVES) \
            and not in_word_class(span[0], NOUNS):
        return True
    of = next((t.i for t in span[1:] if t.lower_ == "of"), span.end)  # ("Office of the Deputy Prime Minister")
    if nxt is not None and nxt.is_title:
        of = span.end  # ("Department of Justice Inspector" + "General Michael Horowitz")
    roles = [t.i for t in span if fold(t.text) in ROLE_WORDS and t.i < of]
    if not roles:
        return False
    after = span.doc[roles[-1] + 1:span.end]
    return not after or not all(_a_common_word(t) or not t.is_alpha for t in after)


def _a_common_word(tok: Token) -> bool:
    """An English common noun or adjective, as WordNet lists them ("Spectators", "Global")."""
    singular = tok.lower_[:-1] if tok.lower_.endswith("s") else tok.lower_
    return in_word_class(tok, ADJECTIVES) or in_word_class(tok, NOUNS) or listed(tok.vocab, singular, NOUNS)


def _clean(text: str) -> str:
    name = strip_possessive(_LEADING.sub("", text)).strip(" '\"‘’“”")
    last = name.rsplit(" ", 1)[-1]
    return name[:-1] if _A_WORD_AND_STOP.search(last) and last.lower() not in _ABBREVIATED else name


# a sentence's stop the tokenizer left on a name's last word ("paid to Daniels. Cohen has"),
# which an abbreviation keeps ("Warner Bros.", "Acme Corp.", "Co.", "U.S.")
_A_WORD_AND_STOP = re.compile(r"(?<![.\w])[A-Z][a-z]*[aeiouy][a-z]*[a-z]{2}\.$")
_ABBREVIATED = frozenset({"bros.", "corp.", "inc.", "ltd.", "assn.", "dept.", "univ.", "intl.", "mfg.", "natl."})


def org_mentions(doc: Doc) -> list[OrgMention]:
    """ORG entities (repaired, see `_repair`), party names and newspaper titles, then
    other entities and bare acronyms that are short forms of those ("Met" tagged as a
    place, an untagged "IOPC")."""
    found: list[OrgMention] = []
    taken: set[int] = set()
    # surnames of people named in full: a lone "Kenteris" tagged ORG is the athlete
    surnames = {e[-1].text for e in entities(doc) if e.label_ in PERSON_LABELS and len(e) > 1 and e[-1].is_title}
    # and longer ends of such names: "De Niro" tagged ORG is Robert De Niro
    tails = {fold(e[k:].text) for e in entities(doc) if e.label_ in PERSON_LABELS and e[-1].is_title
             for k in range(1, len(e) - 1)}
    places = _places_more_often(doc) | _people_more_often(doc)
    people_words = {t.text for t in doc if t.ent_type_ in PERSON_LABELS and t.is_title and len(t) >= 3}
    things: set[str] = set()  # names (folded) of laws, programmes and events, and their acronyms
    called = people_called_so(doc)
    for ent in _pairs_split(doc, joined_entities(doc, ORG_LABELS)):
        if (len(ent) == 1 and ent.text in surnames or fold(ent.text) in tails) and ent.label_ in ORG_LABELS:
            continue
        if ent.label_ in ORG_LABELS and fold(ent.text) in places and fold(ent.text) not in PARTY_WORDS:
            continue  # "United States" once an organisation, twice a country; "Trump" once, ten times a person
        # a party's name, whatever the recogniser called it ("Labour" as a person, "Tory" as NORP)
        is_party = ent.label_ in GROUP_LABELS | ORG_LABELS | PERSON_LABELS and fold(ent.text) in PARTY_WORDS
        if (ent.label_ not in ORG_LABELS and not is_party) or ent.start in taken:
            continue
        span = _repair(doc, ent, is_party)
        if span is None or span.start in taken:
            continue
        name = _clean(span.text)
        if _headline_capitals(doc, name) or _a_capitalised_word(span) or _PARTY_AND_STATE.match(name) \
                or _TICKER.match(name) or _a_datelines_place(span) \
                or fold(name).rstrip("-") in BOILERPLATE or fold(name) in _COUNTRY_ABBREVIATIONS:
            continue  # "DOWN ON RUSSIA": a headline's capitals; "Adam Schiff (D-CA)": a member's party and
            # state; a caption's "FILE-"; "U.S." cut from "the U.S. Congress": a country
        if _a_players_name(span, name, is_party) or fold(span.text) in called \
                or not is_party and (_an_event_here(span, name) or _counted(span) or _quoted_title(span)
                                     or _one_of_a_kind(span) or _a_shows_name(span)) \
                or is_party and _a_member(span):
            continue  # (an event: this mention only, "Vanity Fair" may report elsewhere)
        if _people_joined(name, surnames) or " " not in name and glued_to_a_name(doc, name, people_words):
            continue  # "Johnson-Weld": two candidates' ticket; "Worsley and Moody": two players; "Obamacare"
        if not name or not any(c.isalpha() for c in name) or _a_title(span):
            continue  # "UKIP MEP", "Trade and Industry Secretary Patricia Hewitt": titles, not bodies
        if fold(name) in HOLIDAYS or (len(span) == 1 and _ELECTORAL_PLACE.match(doc_text(doc), span.end_char)) \
                or a_members_seat(span):
            continue  # "the New Year honours", "the Hartlepool by-election", "the MP for Ealing North"
        if not is_party and not _names_a_body(span, name):
            things.update(_and_its_acronym(span, name))
            continue
        if not is_party and (_names_a_thing(span) or _an_owners_product(span)):
            things.update(_and_its_acronym(span, name) - {fold(name)})  # (the name may also be a body's)
            continue
        found.append(OrgMention(span, name))
        taken.update(range(span.start, span.end))
    for span in _body_names(doc, taken) + _party_words(doc, taken) + _newspapers(doc, taken) \
            + _typed_acronyms(doc, taken) + _bodies_tagged_as_people(doc, taken) + _untagged_bodies_before_titles(doc):
        if any(t.i in taken for t in span):
            continue
        found.append(OrgMention(span, _clean(span.text)))
        taken.update(range(span.start, span.end))
    found = _defined_names(doc, _owned_bodies(doc, _firms_named_in_the_possessive(doc, found)), things)
    things |= _common_noun_acronyms(doc)
    found.sort(key=lambda m: m.span.start)
    found = [m for m in found if fold(m.name) not in things]  # "DACA" again, after "... (DACA) program"
    words = _common_words_at_starts(doc, found)
    found = [_a_listed_department(doc, m) for m in found if m.name not in words]
    return found + _short_forms(doc, found)


_LISTED_BODIES = {"departments": "Department", "ministries": "Ministry", "committees": "Committee"}


def _a_listed_department(doc: Doc, m: OrgMention) -> OrgMention:
    """"the departments of Commerce, State and Treasury", "the House's committees on Foreign
    Affairs, Intelligence, and Oversight and Reform": a name in a list after a plural word for a
    part of a government and "of" or "on" is that part's own ("Department of Commerce",
    "Committee on Intelligence"), not a word ("State") or a field ("Agriculture"); so is the
    first, when the recogniser took the plural in ("Departments of Agriculture")."""
    first = m.span[0].lower_
    if first in _LISTED_BODIES and len(m.span) > 2 and m.span[1].lower_ in ("of", "on"):
        return OrgMention(m.span, f"{_LISTED_BODIES[first]} {m.span[1:].text}")
    k = m.span.start - 1
    while k > 0 and m.span.start - k <= 12 and (doc[k].text == "," or doc[k].lower_ == "and" or doc[k].is_title):
        k -= 1
    noun = doc[k - 1].lower_ if k > 0 else ""
    if noun not in _LISTED_BODIES or doc[k].lower_ not in ("of", "on") \
            or any(t.is_sent_start for t in doc[k + 1:m.span.end]):
        return m
    return OrgMention(m.span, f"{_LISTED_BODIES[noun]} {doc[k].lower_} {m.name}")


def _pairs_split(doc: Doc, ents: list[Span]) -> list[Span]:
    """Two bodies the recogniser ran into one name at their "and": "Deutsche Bank and Citigroup",
    "the Sierra Club and League of Conservation Voters": the part before "and" ends in a word for
    a body or a newspaper and is a name by itself (not "Department for Work and Pensions", "Daily
    Mail & General Trust": "&" joins a firm's own name)."""
    out = []
    for ent in ents:
        ands = [t.i for t in ent if t.lower_ == "and"]
        start = ent.start + (1 if ent[0].lower_ == "the" else 0)
        k = ands[0] if len(ands) == 1 else None
        if ent.label_ in ORG_LABELS and k is not None and k - start >= 2 and k + 1 < ent.end \
                and doc[k + 1].is_title and doc[k - 1].lower_ in _BODY_ENDINGS:
            out += [Span(doc, ent.start, k, label=ent.label_), Span(doc, k + 1, ent.end, label=ent.label_)]
        else:
            out.append(ent)
    return out


_JOINS = re.compile(r"\s+(?:and|&)\s+|,\s+(?:and\s+)?|-")


def _firms_named_in_the_possessive(doc: Doc, found: list[OrgMention]) -> list[OrgMention]:
    """Each mention of a firm named in the possessive (`owns_nothing` somewhere, and never
    written without the mark: not "Disney") with its mark: "Moody’s" of "at Moody’s,
    predicted" and of "Moody’s chief economist"."""
    def marked(m: OrgMention) -> bool:
        return m.span.end < len(doc) and doc[m.span.end].text in POSSESSIVE_S

    firms = {m.name for m in found if marked(m) and owns_nothing(doc[m.span.end])} \
        - {m.name for m in found if not marked(m)}
    return [OrgMention(doc[m.span.start:m.span.end + 1], m.name + doc[m.span.end].text)
            if m.name in firms and marked(m) else m for m in found]


def _owned_bodies(doc: Doc, found: list[OrgMention]) -> list[OrgMention]:
    """"the Bank's Monetary Policy Committee" (the Bank of England named before): a name run
    over the possessive of another body the article names is the owned body's alone
    ("Monetary Policy Committee"); a possessive no body's stays ("Sheriff's Office",
    "Pakistan People's Party")."""
    names = [m.name for m in found]
    out = []
    for m in found:
        mark = next((t for t in m.span[1:-1] if t.text in POSSESSIVE_S), None)
        owner = _clean(doc[m.span.start:mark.i].text) if mark is not None else ""
        if owner and any(n != m.name and (fold(owner) == fold(n) or is_short_form(owner, n)) for n in names):
            m = OrgMention(doc[mark.i + 1:m.span.end], _clean(doc[mark.i + 1:m.span.end].text))
        out.append(m)
    return out


def _people_joined(name: str, surnames: set[str]) -> bool:
    """"Johnson-Weld", "Worsley and Moody": surnames of people the article names in full,
    joined by a hyphen, "and" or commas."""
    parts = _JOINS.split(name)
    return len(parts) > 1 and all(part in surnames for part in parts)


def _common_words_at_starts(doc: Doc, found: list[OrgMention]) -> set[str]:
    """One-word names capitalised only where a sentence or line starts, that WordNet lists as
    common words and the article also writes in lower case ("Digital cameras ...",
    "Broadband has become ...", "Court records ..."): words, not bodies (parties aside)."""
    by_name: dict[str, list[Token]] = {}
    for m in found:
        if len(m.span) == 1 and " " not in m.name:
            by_name.setdefault(m.name, []).append(m.span[0])
    out = set()
    for name, toks in by_name.items():
        if fold(name) in PARTY_WORDS or name.isupper() or not all(_at_a_start(t) and _a_common_word(t) for t in toks):
            continue
        lower = name.lower()
        if any(t.is_lower and (t.text == lower or t.text[:2] == lower[:2] and lemma_of(t) == lower) for t in doc):
            out.add(name)
    return out


def _at_a_start(tok: Token) -> bool:
    prev = tok.doc[tok.i - 1] if tok.i else None
    return tok.is_sent_start or prev is None or prev.is_space or prev.text in ("\"", "“", "‘", "'")


def _places_more_often(doc: Doc) -> set[str]:
    """Names the recogniser labels ORG somewhere but a place more often in the article
    (not a name also called a person: "Brexit" as ORG, GPE and PERSON is too confused)."""
    out = set()
    for name, votes in label_votes(doc).items():
        org = sum(n for label, n in votes.items() if label in ORG_LABELS)
        place = sum(n for label, n in votes.items() if label in PLACE_LABELS)
        if org and place > org and not any(label in PERSON_LABELS for label in votes):
            out.add(name)
    return out


def _people_more_often(doc: Doc) -> set[str]:
    """Names the recogniser labels ORG somewhere but PERSON more often than anything else in
    the article, and that the article writes after an honorific or a title ("President Trump",
    "Mr Juninho"): people's names, as the people stage keeps them (`people.
    _labelled_other_more_often` is the other half of the vote). Without the title a majority
    is too weak: "Daca", "Obamacare" and clubs are PERSON in some articles."""
    titled = {fold(doc[i + 1].text) for i in range(len(doc) - 1)
              if is_honorific(doc[i].text) or doc[i].is_title and doc[i].lower_ in ROLE_WORDS}
    out = set()
    for name, votes in label_votes(doc).items():
        person = sum(n for label, n in votes.items() if label in PERSON_LABELS)
        if person > votes.total() - person and any(label in ORG_LABELS for label in votes) \
                and name.split()[-1] in titled:
            out.add(name)
    return out


def _names_a_body(span: Span, name: str) -> bool:
    """Whether an ORG entity names a body: not a law, prize or event ("Multi-Fibre
    Agreement"), a time zone ("GMT"), a photo credit ("AP Photo/Jane Doe") or a clause the
    recogniser ran together ("Trump ended Democratic")."""
    words = fold(name).split()
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]  # "National Medal of Science"
    if head in NOT_BODY_HEADS or words[-1] in NOT_BODY_HEADS or (len(words) == 1 and words[0] in TIME_ZONES) \
            or words == ["budget"]:
        return False  # (and "the Budget", the chancellor's statement)
    if "/" in name and any(fold(t.text) in BOILERPLATE for t in span):
        return False
    return not any(t.tag_ in ("VBD", "VBZ", "VBP") for t in span) and not _described_as_no_body(span) \
        and not _a_kind_of_no_body(span.vocab, name) and not _a_place_as_a_place(span, words) \
        and not _a_town_of_a_region(span)


# a name that is a verb's subject or an owner acts: a body ("Downing Street said", "Vanity Fair reported")
_ACTS = frozenset({"nsubj", "nsubjpass", "poss"})
# the last word of an event's name, which a magazine or a programme may also end in
_EVENT_HEADS = frozenset({"fair", "show", "expo", "exhibition"})


_NOUN_HEAD_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "attr", "conj", "ROOT"})


def _a_member(span: Span) -> bool:
    """"a Republican who had adopted ...", "the No. 2 Senate Democrat": a party's singular
    member word heading its own phrase with an article is a person, not the party."""
    tok = span[0]
    return len(span) == 1 and tok.tag_ in ("NNP", "NN") and not tok.lower_.endswith("s") \
        and tok.dep_ in _NOUN_HEAD_DEPS and any(c.dep_ == "det" for c in tok.children)


_ONE_OF = frozenset({"a", "an", "another", "any", "every", "each"})


def _one_of_a_kind(span: Span) -> bool:
    """"a white convertible Mustang", "an iPod", "a former Marine", "any State": a name that an
    indefinite article or "any", "every", "each" heads as a whole phrase names one of many
    things or people, unless its head word is near words for bodies ("a divided Congress", "a
    Conservative Party that ..."); the article of a noun after the name is the noun's ("a
    House Judiciary Committee hearing")."""
    root, doc = span.root, span.doc
    if root.dep_ == "compound" or span.end < len(doc) and doc[span.end].pos_ in ("NOUN", "PROPN"):
        return False
    if not any(c.dep_ == "det" and c.lower_ in _ONE_OF and c.i < span.start for c in root.children):
        return False
    body = nearness(span.vocab, BODY_SEEDS)
    return body is not None and root.has_vector and body(root.text) < 0.3


_YEAR = re.compile(r"(1[89]|20)\d\d(-\d\d)?")


def _counted(span: Span) -> bool:
    """"170 VA Medical Centers", "10 Grammys", "1.3 million Arizona Latinos": a name a
    number right before it counts names many things or people, not one body (a year is no
    count: "the 2017-18 Congress"; a party's members are told apart by `_a_member`)."""
    doc = span.doc
    prev = doc[span.start - 1] if span.start else None
    return prev is not None and prev.dep_ == "nummod" and prev.head.i in range(span.start, span.end) \
        and (prev.like_num or prev.lower_ in NUMBER_WORDS) and not _YEAR.fullmatch(prev.text)


_OPENING_MARKS, _CLOSING_MARKS = frozenset("\"“‘'"), frozenset("\"”’'")
_QUOTED_THE = re.compile(r"[\"“‘'](?i:the) $")


def _quoted_title(span: Span) -> bool:
    """"the “Orange Revolution” victory", "a logo, "FNN Fraud News Network"", "the “Make
    America Great Again” budget": a name that quotation marks enclose exactly is a title (of
    a work, a slogan, an event, a nickname), not a body's name, at this mention ("“NBA’s
    cooperation": the mark after it is an apostrophe); but an acronym defined in brackets
    or a name the text says something is called stays."""
    text = doc_text(span.doc)
    start, end = span.start_char, span.end_char
    if _QUOTED_THE.search(text, max(0, start - 5), start):
        start -= 4  # ("known as “the Crocodile”": the marks enclose the name's "the" too)
    if end < len(text) and text[end] in ".,!?":
        end += 1  # (“Hannity.”: American style puts the stop inside)
    if not (start > 0 and text[start - 1] in _OPENING_MARKS and text[end:end + 1] in _CLOSING_MARKS
            and not text[end + 1:end + 2].isalpha()):
        return False
    before = span.doc[max(0, span.start - 4):span.start]
    return not ("(" in [t.text for t in before][-2:] or any(lemma_of(t).lower() in _NAMING for t in before))


def _an_event_here(span: Span, name: str) -> bool:
    """"spoke at the Iowa State Fair": a name ending in an event's word, not the subject of a
    verb nor an owner here ("Vanity Fair and the Journal reported": a magazine); or a year's
    edition of one (`_a_years_edition`)."""
    words = fold(name).split()
    return len(words) > 1 and words[-1] in _EVENT_HEADS and span.root.dep_ not in _ACTS or _a_years_edition(span)


# a performer's or maker's noun: a name right before it (and a name after) is a work's or a
# band's, not a person's ("Vera Drake star Imelda Staunton", "Led Zeppelin singer Robert Plant")
PERFORMERS = frozenset({"star", "co-star", "actor", "actress", "singer", "director", "creator", "presenter",
                        "host", "frontman", "guitarist", "drummer", "bassist", "dancer"})
# an actor's or a maker's noun: the name right before it is a film's or a show's, not a body's
# ("star" may follow a club's or a band's name: "Arsenal star Thierry Henry")
_ACTORS = frozenset({"actor", "actress", "co-star", "creator", "screenwriter"})


def before_a_performer(span: Span, nouns: frozenset[str] = PERFORMERS) -> bool:
    """Whether the span comes right before a lower-case noun of `nouns` and then a capitalised
    word: "Ray" of "Ray star Jamie Foxx"."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].lower_ in nouns and doc[span.end].is_lower \
        and doc[span.end + 1].is_title


def _a_shows_name(span: Span) -> bool:
    """"former EastEnders actress Danniella Westbrook", "Phoenix Nights creator Peter Kay": a name
    right before an actor's or a maker's noun and a capitalised name names a film or a show (not
    one that ends in a word for a body: "Royal Shakespeare Company actor Tom Hill")."""
    return span[-1].lower_ not in ORG_NOUNS and before_a_performer(span, _ACTORS)


def _a_years_edition(span: Span) -> bool:
    """"this year's Six Nations", "last year's World Cup", "2004's Grammys": a name a year owns
    is that year's edition of an event; no body is a year's."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text not in POSSESSIVE_S \
            or span.end < len(doc) and doc[span.end].pos_ in ("NOUN", "PROPN"):
        return False  # (the year's noun, not the name: "next year's Group of Seven summit")
    owner = doc[span.start - 2]
    return owner.lower_ == "year" or owner.ent_type_ == "DATE" and owner.like_num and len(owner.text) == 4


# a noun a name stands in apposition to says whether it names a body: words for bodies
# (BODY_SEEDS, kept with the roles' seed words), for kin and for works, by their vectors
WORK_SEEDS = ("film", "book", "album", "song", "novel", "play", "series", "painting")
CRAFT_SEEDS = ("ship", "vessel", "tanker", "aircraft", "boat", "yacht", "plane", "submarine")
# what a one-word name itself names, by its own vector: an illness, a faith, a public scheme,
# a product or a contest ("Wimbledon"; what a name is given as one of, too: `_no_bodys_kind`)
DISEASE_SEEDS = ("disease", "virus", "illness", "infection", "flu")
FAITH_SEEDS = ("religion", "faith", "christianity", "buddhism")
SCHEME_SEEDS = ("programme", "scheme", "insurance", "law", "policy")
PRODUCT_SEEDS = ("device", "phone", "console", "software", "car", "player")
CONTEST_SEEDS = ("match", "tournament", "competition", "event", "festival")
# or a political question ("Brexit")
QUESTION_SEEDS = ("referendum", "election", "vote", "deal", "crisis", "debate")
# or a style of music ("R&B star Nelly": bands sit near these too, but less near)
GENRE_SEEDS = ("jazz", "reggae", "hip-hop", "rap", "soul", "funk", "blues", "techno")
# or a people ("Britons", "Latinos", "Palestinians"), not a body that speaks for them
PEOPLES_SEEDS = ("Americans", "Germans", "Europeans", "immigrants", "Muslims", "Christians", "voters", "residents")
# and the last word of a longer name: a feature of the land or the town, or a building or
# works ("Power Plant", "International Airport", "Capitol Building") named as a place
PLACE_SEEDS = ("hill", "street", "square", "river", "mountain", "avenue", "road", "bridge")
FACILITY_SEEDS = ("building", "airport", "plant", "hotel", "prison", "stadium", "terminal", "station", "refinery",
                  "factory")
# a room or hall in a building: a name ending in a word near these and far from bodies' words
ROOM_SEEDS = ("room", "hall", "pavilion", "auditorium", "ballroom", "lobby")
_LOCATIVE = frozenset({"at", "from", "to", "in", "into", "inside", "outside", "near", "through", "beside", "aboard",
                       "onto", "around", "across", "toward", "towards"})
_VISITS = frozenset({"leave", "visit", "enter", "tour", "reach"})


def _a_kind_of_no_body(vocab: Vocab, name: str) -> bool:
    """"COVID-19", "Islam", "Medicare", "iPod", "Britons", "Paralympics", "Brexit", "R&B": a
    one-word name whose vector is near words for illnesses, faiths, public schemes, products,
    peoples, contests, political questions or styles of music and clearly farther from words
    for bodies ("Labour", "Congress", "Hezbollah", "Samsung", "Taliban", "IOC" stay: their
    vectors are near both or neither; a party's name never comes here)."""
    if " " in name:
        return False
    body = nearness(vocab, BODY_SEEDS)
    kinds = [(nearness(vocab, seeds), near, margin) for seeds, near, margin in _NO_BODYS_KINDS]
    if body is None or any(kind is None for kind, _, _ in kinds) or not vocab[name].has_vector:
        return False
    return any(kind(name) > near and kind(name) - body(name) > margin  # type: ignore[misc]
               for kind, near, margin in kinds)


# each kind's seeds, how near them a name must be, and by how much nearer than to bodies
_NO_BODYS_KINDS = ((DISEASE_SEEDS, 0.55, 0.3), (FAITH_SEEDS, 0.5, 0.3), (SCHEME_SEEDS, 0.4, 0.15),
                   (PRODUCT_SEEDS, 0.3, 0.3), (PEOPLES_SEEDS, 0.4, 0.15), (CONTEST_SEEDS, 0.4, 0.3),
                   (QUESTION_SEEDS, 0.5, 0.3), (GENRE_SEEDS, 0.65, 0.4))


def _a_players_name(span: Span, name: str, is_party: bool) -> bool:
    """"S Easterby", "N Morgan": a team sheet's player (but "Q Magazine") or substitute
    (`_a_substitute`); or a surname alone (`_a_surname_alone`, a team sheet's too), or after a
    given name (`a_given_name_and_surname`)."""
    if _INITIAL_AND_SURNAME.match(name) and fold(name.split()[-1]) not in _BODY_WORDS or _a_substitute(span):
        return True
    return not is_party and (_a_surname_alone(span, name) or a_given_name_and_surname(span, name))


# common surnames: a one-word name whose vector is near theirs and far from words for bodies
SURNAME_SEEDS = ("Smith", "Jones", "Taylor", "Brown", "Evans", "Thompson", "Robinson", "Walker")


def _a_surname_alone(span: Span, name: str) -> bool:
    """"Sheahan, Horan, O'Callaghan, Miller" (a team sheet, `_on_a_team_sheet`), "Mark Carroll
    will join Cragg": a one-word name whose vector is a surname's, not a body's, and that the
    text neither calls a body ("manufacturer Sharp", "the investment firm Keefe") nor lists
    among bodies ("Genentech and Roche"). Companies named after a family keep their body-like
    vectors ("Boeing", "Sainsbury")."""
    body = nearness(span.vocab, BODY_SEEDS)
    if len(span) != 1 or " " in name or body is None:
        return False
    if _on_a_team_sheet(span):
        return True
    return _surname_like(span.vocab, name) and not _called_a_body(span, body) and not _listed_with_bodies(span)


_SHEET_MARKS = frozenset({",", ";"})


def _a_substitute(span: Span) -> bool:
    """"Traore (Biscan 67)": a team sheet's substitute and the minute he came on, in brackets."""
    doc = span.doc
    return len(span) == 2 and span[0].is_title and span[1].text.isdecimal() \
        and int(span[1].text) <= 120 and span.start > 0 and doc[span.start - 1].text == "(" \
        and span.end < len(doc) and doc[span.end].text == ")"


def _list_items(doc: Doc, start: int, end: int, step: int) -> list[Span]:
    """The items of a list of short capitalised names, each at most three tokens, separated by
    commas or semicolons, going left (step -1) or right (step 1) from the span start:end, a
    bracketed substitute skipped ("Traore (Biscan 67)"); up to six."""
    items: list[Span] = []
    k = start - 1 if step < 0 else end
    while len(items) < 6 and 0 <= k < len(doc) and doc[k].text in _SHEET_MARKS:
        k += step
        if step < 0 and 0 <= k and doc[k].text == ")":
            while k >= 0 and doc[k].text != "(":
                k -= 1
            k -= 1
        first = k
        while 0 <= k < len(doc) and abs(k - first) < 3 and doc[k].text not in _SHEET_MARKS \
                and (doc[k].is_title or doc[k].is_upper or doc[k].text in ("'", "’", "-")):
            k += step
        if k == first:
            break
        lo, hi = sorted((first, k - step))
        items.append(doc[lo:hi + 1])
        if step > 0 and k < len(doc) and doc[k].text == "(":
            while k < len(doc) and doc[k].text != ")":
                k += 1
            k += 1
    return items


def _on_a_team_sheet(span: Span) -> bool:
    """"Dudek, Finnan, Carragher, Hyypia, Traore (Biscan 67)", "Goodridge; Garvey, Simpson-Daniel":
    a one-word name among at least four short names separated by commas or semicolons that
    hold more people the recogniser saw than bodies, or that semicolons divide (a team's
    lines); a list of companies ("Nokia, LG Electronics, Lenovo, Panasonic") is mostly bodies."""
    doc = span.doc
    start = span.start - 1 if span.start > 0 and _INITIAL.fullmatch(doc[span.start - 1].text) else span.start
    others = _list_items(doc, start, span.end, -1) + _list_items(doc, start, span.end, 1)
    if len(others) < 3:
        return False
    ent = entity_at(span[0])  # (the recogniser may have run the list into one "name": "Carragher, Hyypia")
    own = range(ent.start, ent.end) if ent is not None else range(0)
    # a player's initial and surname ("H Tuilagi") is a person's, whatever the recogniser said
    initialled = [_INITIAL_AND_SURNAME.match(item.text) is not None for item in others]
    pairs = list(zip(others, initialled, strict=True))
    people = sum(i or any(t.ent_type_ in PERSON_LABELS for t in item) for item, i in pairs)
    bodies = sum(not i and any(t.ent_type_ in ORG_LABELS and t.i not in own for t in item) for item, i in pairs)
    semicolons = any(t.text == ";" for t in doc[max(0, span.start - 12):span.end + 12])
    return bodies < len(others) / 2 and (people > bodies or semicolons)


_INITIAL = re.compile(r"[A-Z]\.?")
GIVEN_NAME_SEEDS = ("John", "David", "Michael", "Sarah", "James", "Mary", "Susan", "Elizabeth")


# titles a body may hold as well as a person ("Tata, the owner of Jaguar", "Britain, a member")
_BODIES_TITLES = frozenset({"owner", "partner", "member", "host", "sponsor", "leader", "official", "representative",
                            "delegate", "general", "principal", "speaker", "whip", "regulator", "administrator",
                            "manager", "auditor", "adviser", "advisor", "consultant", "producer", "investigator"})


def people_called_so(doc: Doc) -> set[str]:
    """Names (folded) of ORG entities that one mention sets beside a person's title
    (`_called_a_person`): all their mentions are the person's. Found once per Doc, for the
    organisations and the people stages both."""
    return from_entities(doc, _called_people)


def _called_people(ents: tuple[Span, ...]) -> frozenset[str]:
    return frozenset(fold(e.text) for e in ents if e.label_ in ORG_LABELS and _called_a_person(e))


def _called_a_person(span: Span) -> bool:
    """A name set off by a comma in apposition to a person's title, which no body holds:
    "Priebus, chair of the Republican National Committee", "the special counsel, Mueller"
    (not "blame Congress, not the president")."""
    doc, root = span.doc, span.root
    if root.dep_ == "pobj" and root.head.head.dep_ == "advcl":
        return False  # "Speaking to Agence France-Presse, the president of ... said": the clause's subject
    apposed = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
    for noun in apposed:
        between = doc[span.end:noun.i] if noun.i >= span.end else doc[noun.i + 1:span.start]
        if noun.tag_ == "NN" and noun.lower_ in ROLE_WORDS and noun.lower_ not in _BODIES_TITLES \
                and len(between) > 0 and (between[0].text == "," if noun.i >= span.end else between[-1].text == ",") \
                and not any(t.lower_ == "not" for t in between):
            return True
    return False


def a_given_name_and_surname(span: Span, name: str) -> bool:
    """"World number one Lindsay Davenport", "Bookmakers predict Cate Blanchett", "Bradley P
    Moss": two words (an initial between aside), a given name's vector then a surname's,
    each clearly nearer those than words for bodies (the surname's vector aside where the
    name is listed with people's: `_listed_with_people`); not where the text calls it a body
    ("Gordon Haskett, a research firm") or a body's noun follows ("the Stoneman Douglas
    school")."""
    words = name.split()
    surname, body = nearness(span.vocab, SURNAME_SEEDS), nearness(span.vocab, BODY_SEEDS)
    named = list(span)
    if len(words) == 3 and len(span) == 3 and _INITIAL.fullmatch(words[1]):
        words, named = [words[0], words[2]], [span[0], span[2]]  # "Bradley P Moss"
    if len(words) != 2 or len(named) != 2 or surname is None or body is None \
            or not all(t.has_vector and t.is_title for t in named):
        return False
    if not given_name_like(span.vocab, words[0]) \
            or surname(words[1]) - body(words[1]) <= 0.3 and not _listed_with_people(span):
        return False
    after = span.doc[span.end] if span.end < len(span.doc) else None
    body_after = after is not None and after.is_lower and after.pos_ == "NOUN" \
        and (after.lower_ in ORG_NOUNS or body(after.lower_) >= 0.4)
    return not body_after and not _called_a_body(span, body)


def given_name_like(vocab: Vocab, word: str, margin: float = 0.4) -> bool:
    """A word whose vector is nearer GIVEN_NAME_SEEDS than words for bodies by more than `margin`."""
    given, body = nearness(vocab, GIVEN_NAME_SEEDS), nearness(vocab, BODY_SEEDS)
    return given is not None and body is not None and vocab[word].has_vector and given(word) - body(word) > margin


def _surname_like(vocab: Vocab, word: str) -> bool:
    surname, body = nearness(vocab, SURNAME_SEEDS), nearness(vocab, BODY_SEEDS)
    if surname is None or body is None or not vocab[word].has_vector:
        return False
    return surname(word) > 0.55 and surname(word) - body(word) > 0.5


def _first_of_a_list(tok: Token) -> Token:
    """The first of the coordinated words tok is one of ("Chrome" of "Chrome, Safari, Firefox")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _conjuncts(tok: Token) -> list[Token]:
    """The other heads of the names coordinated with tok's ("A, B and C")."""
    first = _first_of_a_list(tok)
    return [t for t in (first, *[t for t in first.subtree if t.dep_ == "conj"]) if t.i != tok.i]


def _listed_with_people(span: Span) -> bool:
    """"Cory Booker, Kirsten Gillibrand and Pete Buttigieg": coordinated with names the
    recogniser calls people and with none it calls bodies."""
    others = _conjuncts(span.root)
    return any(t.ent_type_ in PERSON_LABELS for t in others) \
        and not any(t.ent_type_ in ORG_LABELS and not span.start <= t.i < span.end for t in others)


def _listed_with_bodies(span: Span) -> bool:
    """Whether the name is coordinated with organisations' names that are no surnames, at
    least as many as the surnames beside it ("OSI, Genentech and Roche"; a team sheet's
    "Wilson, Thompson, Miller" tagged ORG is none, nor "Larkin, Campbell, S. Best, Moore",
    where the recogniser calls "Best" a body too)."""
    others = _conjuncts(span.root)
    surnames = sum(_surname_like(t.vocab, t.text) for t in others)
    bodies = sum(t.ent_type_ in ORG_LABELS and not _surname_like(t.vocab, t.text) for t in others)
    return bodies > 0 and bodies >= surnames


def _a_place_as_a_place(span: Span, words: list[str]) -> bool:
    """"on Capitol Hill", "the George Washington Bridge": a name ending in a word for a feature
    of the land or the town (a PLACE_SEEDS word or near them), not the subject of a verb or an
    owner ("Downing Street said", "Downing Street’s deal": a body); or in a word for a building
    or works (far nearer FACILITY_SEEDS than bodies: not "Center", "Hospital", "School") where
    it is the place something happens; or, subject and owner aside, in a FACILITY_SEEDS word
    or one clearly nearer them ("the Three Gorges Underground Power Plant"; not "Railway" or
    "Construction", near both); or, subject and owner aside, its head (the word before "of")
    names a room or hall (near ROOM_SEEDS, far from bodies: not "Office", "Gallery")."""
    place, body = nearness(span.vocab, PLACE_SEEDS), nearness(span.vocab, BODY_SEEDS)
    facility, room = nearness(span.vocab, FACILITY_SEEDS), nearness(span.vocab, ROOM_SEEDS)
    if place is None or body is None or facility is None or room is None or len(words) < 2:
        return False
    root = span.root
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    if room(head) >= 0.5 and body(head) < 0.2:
        return root.dep_ not in _ACTS  # "the East Room of the White House", "Carnegie Hall"
    if "of" in words:
        return False
    last = words[-1]
    if last in PLACE_SEEDS or place(last) > 0.7 and body(last) < 0.3:
        return root.dep_ not in _ACTS
    # a building or works where something happens: "at Marine Corps Air Station", "leaves the
    # U.S. Capitol Building" (not "Pogue Construction", "the Indian Railway", "Home Depot said")
    where = root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE \
        or root.dep_ == "dobj" and lemma_of(root.head).lower() in _VISITS
    if where:
        return facility(last) >= 0.5 and facility(last) - body(last) >= 0.2
    named = last in FACILITY_SEEDS or facility(last) >= 0.5 and facility(last) - body(last) >= 0.3
    return named and root.dep_ not in _ACTS


def _a_town_of_a_region(span: Span) -> bool:
    """"a 19-year-old man from Camberley, Surrey", "Jeff Fox, 57, of Pen Argyl, Pennsylvania": a
    name after "from", "of", "in" or "near", then a comma and a place that ends the phrase (not
    a list, "from the European Union, Canada and Mexico", nor an owner, "of the National
    Security Council, South Korea's ..."), is a town."""
    doc, root = span.doc, span.root
    if root.dep_ != "pobj" or root.head.lower_ not in ("from", "of", "in", "near") \
            or span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return False
    region = entity_at(doc[span.end + 1])
    if region is None or region.label_ not in PLACE_LABELS or region.start != span.end + 1:
        return False
    after = doc[region.end] if region.end < len(doc) else None
    if after is None or after.text in (".", ")", ";", ":"):
        return True
    following = doc[after.i + 1] if after.i + 1 < len(doc) else None
    return after.text == "," and (following is None or following.is_lower)  # ("Surrey, was arrested")


def _described_as_no_body(span: Span) -> bool:
    """"his wife, Amanda,", "his recent film, Fall of Grace", "the Stena Impero, a British
    tanker", "comedy Sideways": the name stands in apposition, right after a common noun (or
    its comma) or right before one after a comma, to a noun that is no body's
    (`_no_bodys_noun`), or such a noun right before it modifies it; or such a noun, or one
    the name is given as an instance of ("a browser like Safari", `_kind_of_instance`), is a
    kind of thing that is no body ("the game Manhunt", "Telegram, a messaging app",
    `_no_bodys_kind`)."""
    before = _noun_before(span)
    nouns = [n for n in (before, _noun_after(span), _noun_on_the_name(span)) if n is not None]
    kinds = [n for n in nouns if n is not before or span.root.dep_ == "appos"]  # (not "a study by X")
    instance = _kind_of_instance(span)
    return any(_no_bodys_noun(n) for n in nouns) or any(_no_bodys_kind(n) for n in kinds) \
        or instance is not None and _no_bodys_kind(instance, towns=True)


_EXAMPLE_PREPS = frozenset({"like", "including"})
_NAMING = frozenset({"call", "name", "codename", "dub", "title", "brand"})


def _kind_of_instance(span: Span) -> Token | None:
    """The common noun a name is given as an instance of: "a modern browser like Chrome,
    Safari", "games including Need for Speed", "towns such as Aliquippa", "apps, such as
    Grindr", "an app called Pikinis" (the parse's "like"/"including"/"such as" or a naming
    participle right after the noun; not "Trump's battle with companies like Facebook", whose
    "like" the parse may hang on "battle")."""
    tok = span.root
    if span.end < len(span.doc) and span.doc[span.end].text in POSSESSIVE_MARKS:
        return None  # ("titles like James Carville's It's the Middle Class": the author)
    tok = _first_of_a_list(tok)  # ("Safari" of "Chrome, Safari, Firefox")
    link = tok.head
    if tok.dep_ == "pobj" and (link.lower_ in _EXAMPLE_PREPS
                               or link.lower_ == "as" and link.i > 0 and link.doc[link.i - 1].lower_ == "such"):
        noun = link.head
    elif tok.dep_ in ("oprd", "dobj", "attr") and link.dep_ == "acl" and lemma_of(link).lower() in _NAMING:
        noun = link.head
    else:
        return None
    between = [t.text for t in noun.doc[noun.i + 1:link.i]]
    return noun if noun.pos_ == "NOUN" and noun.is_lower and between in ([], [","], ["such"], [",", "such"]) else None


# what a name may be given as one of when it is no body: a product, a town, a game or match
TOWN_SEEDS = ("town", "city", "village", "county", "region")


def _no_bodys_kind(noun: Token, towns: bool = False) -> bool:
    """A kind whose vector is clearly nearer words for products, works or contests (or towns,
    for "towns like Aliquippa": a town noun on a name only places it, "the city Department of
    Correction") than words for bodies ("browser", "app", "games", "films"; not "companies",
    "outlets", "teams", "stations", "platforms", near both)."""
    vocab, word = noun.vocab, noun.lower_
    body = nearness(vocab, BODY_SEEDS)
    seeds = (PRODUCT_SEEDS, WORK_SEEDS, CONTEST_SEEDS) + ((TOWN_SEEDS,) if towns else ())
    kinds = [nearness(vocab, words) for words in seeds]
    if body is None or any(k is None for k in kinds) or not noun.has_vector:
        return False
    return max(k(word) for k in kinds) - body(word) >= 0.3  # type: ignore[misc]


def described_as_a_body(span: Span) -> bool:
    """"surfwear firm Quiksilver", "technology companies Thorn and Marinus": a name right after
    a noun for a body (ORG_NOUNS, or its plural) that modifies it or that it stands beside."""
    prev = span.doc[span.start - 1] if span.start > 0 else None
    if prev is None or not prev.is_lower or not _a_body_noun(prev, plural=True):
        return False  # (not "conspiracy broadcaster Alex Jones")
    return prev.head.i in range(span.start, span.end) or span.root.head.i == prev.i


def described_as_a_work(span: Span) -> bool:
    """"the supernatural thriller Constantine", "the novel, Cloud Atlas,", "boy band McFly",
    "the game Manhunt", "apps like Snapchat": a name that a noun for a work (or a band) or a
    product describes, or that is given as one of them (`_kind_of_instance`), by the noun's
    vector: near words for works or products, far from words for people; a noun before a
    name that starts with a given name does not count ("veteran comic Cyril Fletcher":
    "comic" is both), one after it does ("Jane Eyre, a book"); a noun for a ship or an
    aircraft before a name always does ("the tanker Adrian Darya 1")."""
    work, product = nearness(span.vocab, WORK_SEEDS), nearness(span.vocab, PRODUCT_SEEDS)
    person, craft = nearness(span.vocab, PERSON_SEEDS), nearness(span.vocab, CRAFT_SEEDS)
    if work is None or product is None or person is None or craft is None:
        return False
    before = (_noun_on_the_name(span) or _noun_right_before(span), _noun_before(span))
    if any(n is not None and craft(n.lower_) - person(n.lower_) > 0.4 for n in before):
        return True  # "the frigate HMS Montrose", "the reflagged tanker Adrian Darya 1"
    if len(span) > 1 and given_name_like(span.vocab, span[0].text):
        before = ()
    nouns = (*before, _noun_after(span), _kind_of_instance(span))
    return any(n is not None and _a_things_noun(n, work, product, person) for n in nouns)


def _a_things_noun(noun: Token, work: Nearness, product: Nearness, person: Nearness) -> bool:
    """A noun clearly nearer words for works or products than words for people (by 0.4, or
    by 0.3 when it does not end as an agent noun does, "adaptation", "toy", not "novelist",
    and heads no list: "broadband and personal technology analyst")."""
    margin = max(work(noun.lower_), product(noun.lower_)) - person(noun.lower_)
    return margin > 0.4 or margin > 0.3 and not agent_ending(lemma_of(noun).lower()) \
        and not any(c.dep_ == "conj" for c in noun.children)


def _noun_on_the_name(span: Span) -> Token | None:
    """"quirky comedy Sideways", "the Basque newspaper Gara", "US musical Sweet Charity": a
    lower-case noun right before the name that the parse makes a modifier of it (the tagger
    may take the noun for an adjective: "musical")."""
    prev = span.doc[span.start - 1] if span.start else None
    if prev is None or prev.dep_ not in ("compound", "amod") or not span.start <= prev.head.i < span.end:
        return None
    return prev if prev.is_lower and prev.pos_ in ("NOUN", "ADJ") else None


def _noun_right_before(span: Span) -> Token | None:
    """A lower-case common noun right before the name, however the parse hangs it ("historical
    epic Alexander", which the parse makes two subjects); not an agent noun ("animator Hayao
    Miyazaki"), nor one whose relative clause the name opens ("the packages Sayoc is accused
    of sending")."""
    prev = span.doc[span.start - 1] if span.start else None
    if prev is None or not prev.is_lower or prev.tag_ not in ("NN", "NNS") or agent_ending(prev.lower_):
        return None
    verb = span.root.head
    return None if span.root.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "relcl" and verb.head.i == prev.i else prev


def _noun_before(span: Span) -> Token | None:
    tok = span.root
    for _ in range(3):
        if tok.dep_ not in ("pobj", "prep") or tok.head.i == tok.i:
            break
        tok = tok.head  # "Fall of" + "Grace"
    noun = tok.head
    between = span.doc[noun.i + 1:min(tok.left_edge.i, span.start)]
    if tok.dep_ != "appos" or noun.pos_ != "NOUN" or not noun.is_lower or noun.i >= span.start \
            or [t.text for t in between] not in ([], [","]):
        return None  # (the name right after the noun or its comma: the parse's looser appositions vary)
    return noun


def _noun_after(span: Span) -> Token | None:
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != ",":
        return None
    return next((t for t in span.root.children if t.dep_ == "appos" and t.i > span.end and t.pos_ == "NOUN"
                 and t.is_lower and t.i - span.end <= 5), None)


def _no_bodys_noun(noun: Token) -> bool:
    """A noun whose word vector is near words for kin, or near words for works or craft and
    far from words for bodies ("the airline, Ryanair,", "his band, Babyshambles," are bodies;
    "the search giant Google" stays one: the vectors say nothing clear)."""
    vocab, word = noun.vocab, noun.lower_
    body, kin, work, craft = (nearness(vocab, seeds) for seeds in (BODY_SEEDS, KIN_SEEDS, WORK_SEEDS, CRAFT_SEEDS))
    if body is None or kin is None or work is None or craft is None or not noun.has_vector:
        return False
    compound = any(t.dep_ == "compound" for t in noun.children)  # (a compound's head misleads: "think tank")
    return kin(word) > 0.6 or work(word) > 0.5 and body(word) < 0.25 \
        or not compound and craft(word) - body(word) > 0.3


_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z&]{1,9})\)")


def _names_a_thing(span: Span) -> bool:
    """A name followed by the kind of thing it names, a law, programme or event rather than a
    body: "the Deferred Action for Childhood Arrivals (DACA) program", "the RFS scheme"."""
    doc = span.doc
    k = span.end
    if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")":
        k += 3  # a bracketed acronym between
    return k < len(doc) and doc[k].is_lower and doc[k].pos_ == "NOUN" and doc[k].lower_ in _THING_AFTER \
        and doc[k].dep_ != "compound"


def _an_owners_product(span: Span) -> bool:
    """"its latest Mac OSX software", "Nokia's N-Gage game phone", "its PowerMac G4
    computer": a name on a noun for a product (by its vector: near words for products,
    clearly farther from words for bodies) that someone owns names the product, not its maker
    ("the familiar Google toolbar" names no owner: the maker stays)."""
    head = span.root.head
    if span.root.dep_ != "compound" or head.i < span.end or head.i - span.end > 2 or not head.is_lower \
            or head.pos_ != "NOUN":
        return False
    owned = head
    while not any(c.dep_ == "poss" for c in owned.children) and owned.dep_ == "compound" and owned.head.i > owned.i:
        owned = owned.head  # (a parse may run the noun on: "its PowerMac G4 computer online")
    if not any(c.dep_ == "poss" for c in owned.children):
        return False
    product, body = nearness(span.vocab, PRODUCT_SEEDS), nearness(span.vocab, BODY_SEEDS)
    if product is None or body is None or not head.has_vector:
        return False
    return product(head.lower_) >= 0.45 and product(head.lower_) - body(head.lower_) >= 0.25


# after a name, what a body holds, issues or makes is not what the name names: "the Nato
# summit", "the Safari Club convention", "a BBC World Service programme", "an EU directive"
_THING_AFTER = frozenset(NOT_BODY_HEADS - {"summit", "convention", "programme", "plan", "rally", "crisis", "war",
                                           "break", "conference", "directive", "regulation", "resolution", "bill",
                                           "election"}) | {"index"}  # ("the Hang Seng index")


def acronym_after(span: Span) -> str | None:
    """The acronym in brackets right after a name: "Parliamentary Labour Party (PLP)" -> "PLP"."""
    after = _ACRONYM_AFTER.match(doc_text(span.doc)[span.end_char:span.end_char + 14])
    return after.group(1) if after else None


def _defined_names(doc: Doc, found: list[OrgMention], things: set[str]) -> list[OrgMention]:
    """A name the text defines by its acronym in brackets, the acronym the initials of its
    capitalised words, the recogniser seeing a body in it or in the acronym, is one body's
    name whatever it made of the rest ("Athletics Kenya (AK)": 'Kenya' a place, 'AK' an
    organisation); not a law, programme or product; it replaces the mentions inside it."""
    for k in positions(doc, _OPEN_BRACKET):
        acronym = acronym_after(doc[k - 1:k]) if k > 0 else None
        if acronym is None or not acronym.isupper():
            continue
        start = k
        while start > 0 and (doc[start - 1].is_title or doc[start - 1].lower_ in ("of", "for", "and", "&")) \
                and not doc[start].is_sent_start and len(initials(doc[start - 1:k].text)) <= len(acronym):
            start -= 1
        while start < k and doc[start].lower_ in ("of", "for", "and", "&"):
            start += 1
        span = doc[start:k]
        if len(span) < 2 or initials(span.text) != acronym or fold(span.text) in things or fold(acronym) in things \
                or not any(t.ent_type_ in ORG_LABELS for t in doc[start:k + 2]) \
                or not _names_a_body(span, span.text) or _names_a_thing(span):
            continue  # (the recogniser saw a body in it; not a law, programme or product)
        found = [m for m in found if not (start <= m.span.start and m.span.end <= k)]
        if not any(m.span.start < k and m.span.end > start for m in found):
            found.append(OrgMention(span, _clean(span.text)))
    return found


_OPEN_BRACKET = frozenset({"("})


def _common_noun_acronyms(doc: Doc) -> set[str]:
    """Acronyms (folded) the text spells out in lower-case words, as a common noun's: "a
    non-disclosure agreement, or NDA", "personal video recorders (PVRs)"; not a body's ("the
    department of cannabis regulation (DCR)")."""
    found = set()
    for j in positions(doc, _ACRONYM_OPENERS, ORTH):  # (an acronym follows one: few tokens to look at)
        tok = doc[j + 1] if j + 1 < len(doc) else None
        letters = tok.text.removesuffix("s") if tok is not None else ""
        if 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper() and fold(letters) not in found:
            words = _lower_case_words_before(doc, j + 1, len(letters))
            if "".join(w.text[0] for w in words).upper() == letters \
                    and not any(w.lower_ in BODY_NOUNS for w in words):
                found.update({fold(letters), fold(doc[j + 1].text)})
    return found


_ACRONYM_OPENERS = frozenset({"(", "or"})


def _lower_case_words_before(doc: Doc, i: int, n: int) -> list[Token]:
    """Up to n lower-case content words right before doc[i] and an opening bracket or ", or"
    ("a non-disclosure agreement, or NDA": non, disclosure, agreement)."""
    if i < 2 or doc[i - 1].text not in _ACRONYM_OPENERS:
        return []
    j = i - 2 if doc[i - 2].text != "," else i - 3
    words: list[Token] = []
    while j >= 0 and len(words) < n and (doc[j].text == "-" or doc[j].is_alpha and doc[j].is_lower):
        if doc[j].is_alpha and doc[j].lower_ not in _CONNECTORS:
            words.insert(0, doc[j])
        j -= 1
    return words


def _and_its_acronym(span: Span, name: str) -> set[str]:
    """A rejected name and the acronym in brackets after it ("Multi-Fibre Agreement (MFA)")."""
    acronym = acronym_after(span)
    return {fold(name), *([fold(acronym)] if acronym else [])}


def _bodies_tagged_as_people(doc: Doc, taken: set[int]) -> list[Span]:
    """PERSON entities where a body stands: a side in a fixture (`_a_side_in_a_fixture`),
    before a title and another person's name ("Sale Sharks prop Andrew Sheridan"), after a
    title and "at" ("head of policy at Christian Aid"), or after a person's name and "of"
    ("Mike Powell of Dresdner Kleinwort")."""
    out = []
    # a surname the article uses alone is a person's ("John McCain adviser Steve Schmidt ... McCain")
    alone = {e.text for e in entities(doc) if e.label_ in PERSON_LABELS and len(e) == 1}
    for ent in entities(doc):
        if ent.label_ not in PERSON_LABELS or ent.start in taken or ent.start < 2:
            continue
        if _called_a_body(ent) or _a_side_in_a_fixture(ent):
            out.append(ent)
            continue
        if ent[-1].text in alone:
            continue
        if fold(ent.text).startswith(("ex-", "ex ", "former ")):
            continue  # "Ex-Labour leader": a party, found as one
        k = ent.end  # a lower-case title, then a name: "Fostering Network executive director Robert Tapsfield"
        while k < len(doc) and k - ent.end < 3 and doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ"):
            k += 1
        before_title = ent.end < k < len(doc) and doc[k].ent_iob_ == "B" and doc[k].ent_type_ in PERSON_LABELS \
            and (doc[k - 1].lower_ in ROLE_WORDS or doc[k - 1].tag_ == "NN") \
            and (ent[-1].tag_ == "NNPS" or ent[-1].lower_ in ORG_NOUNS | BODY_NOUNS)  # "Sale Sharks", "... Network"
        prep = doc[ent.start - 1]
        after_title = prep.lower_ == "at" and any(t.lower_ in ROLE_WORDS for t in doc[max(0, ent.start - 6):ent.start])
        after_name = prep.lower_ == "of" and doc[ent.start - 2].ent_type_ in PERSON_LABELS
        if before_title or after_title or after_name:
            out.append(ent)
    return out


_VERSUS = frozenset({"v", "v.", "vs", "vs."})


def _a_side_in_a_fixture(ent: Span) -> bool:
    """"Charlton v Rochdale": a name on one side of "v" whose other side the recogniser does not
    call a person is a team (not "Federer v Nadal")."""
    doc = ent.doc
    if ent.end + 1 < len(doc) and doc[ent.end].lower_ in _VERSUS:
        other = doc[ent.end + 1]
    elif ent.start >= 2 and doc[ent.start - 1].lower_ in _VERSUS:
        other = doc[ent.start - 2]
    else:
        return False
    return other.is_title and other.ent_type_ not in PERSON_LABELS


_BODY_OR_PERSON = frozenset({"broadcaster"})  # ("veteran broadcaster Cyril Fletcher")


def _called_a_body(ent: Span, body: Nearness | None = None) -> bool:
    """A PERSON entity right after a word for a body ("law firm Linklaters", "Polling firm
    Mori") or with one in apposition after it ("Bloomberg, a financial-data firm,"); not
    a clause's subject ("which party Trump belonged to") and not a long entity that runs
    on into a name ("union Unison Dave Prentis"). With `body` (nearness to words for
    bodies), also a noun near them ("manufacturer", "retailer")."""
    if len(ent) > 2 or ent.start == 0 or ent.root.dep_ == "nsubj" and ent.root.head.dep_ in ("relcl", "ccomp"):
        return False
    prev = ent.doc[ent.start - 1]
    noun = prev if prev.is_lower and prev.pos_ == "NOUN" else _noun_after(ent)
    if noun is None:
        return False
    return _a_body_noun(noun) or body is not None and body(noun.lower_) >= 0.45


def _a_body_noun(tok: Token, plural: bool = False) -> bool:
    """A word for a body (ORG_NOUNS: "firm", "group", "bank"; with `plural`, by its lemma too:
    "companies"), not one that may name a person's job ("broadcaster")."""
    return tok.lower_ not in _BODY_OR_PERSON \
        and (tok.lower_ in ORG_NOUNS or plural and lemma_of(tok).lower() in ORG_NOUNS)


def _untagged_bodies_before_titles(doc: Doc) -> list[Span]:
    """Capitalised words no entity holds before a lower-case title and a person's name:
    "Ladbrokes spokesman Warren Lush" (one of them no common English word: not "Feminist
    icon Germaine Greer"; nor a show's, `_a_shows_name`)."""
    out = []
    for k in positions(doc, ROLE_WORDS):
        if not (0 < k < len(doc) - 1 and doc[k].is_lower and doc[k + 1].ent_iob_ == "B"
                and doc[k + 1].ent_type_ in PERSON_LABELS):
            continue
        start = k
        while start > 0 and k - start < 3 and _untagged_name_word(doc[start - 1]):
            start -= 1
        if start < k and not all(_a_common_word(t) for t in doc[start:k]) and not _a_shows_name(doc[start:k]):
            out.append(doc[start:k])
    return out


def _untagged_name_word(tok: Token) -> bool:
    return tok.is_title and tok.pos_ in ("PROPN", "NOUN") and not tok.ent_type_ and fold(tok.text) not in ROLE_WORDS \
        and not is_honorific(tok.text) and fold(tok.text) not in PARTY_WORDS and not tok.lower_.endswith("ing")


_NAME_TAGS = {"NNP", "NNPS"}
_GROWS = {"radio", "channel", "tv", "television"}
# what a page's heading over other articles' links calls them ("Related Coverage", "Related Stories")
_LINK_LISTS = frozenset({"coverage", "content", "stories", "articles", "links", "topics", "news"})
# (not May, which is also a name: "Theresa May")
_DATE_WORDS = re.compile(rf"^{WEEKDAY_RE}$|^(?:January|February|March|April|June|July|August|September|October|"
                         r"November|December)$", re.I)
_ELECTORAL_PLACE = re.compile(r"\s+(?:by-election|constituency|seat|ward)\b", re.I)
_A_MEMBER_FOR = re.compile(r"\b(?:MPs?|MEPs?|MSPs?|AMs?|MLAs?|TDs?|[Mm]ember)\s+for\s+(?:the\s+)?$")

_OFFICE_OF_RE = r"(?:Secretary|Minister) of"
_PORTFOLIO = re.compile(r"\b(?:(?i:secretary|minister|spokes(?:man|woman|person))(?i: of state)? (?i:for)(?i: the)?"
                        rf"|{_OFFICE_OF_RE})\s*$")  # "Secretary of State", "Minister of Defence"
_OFFICE_OF = re.compile(rf"\b{_OFFICE_OF_RE}\s*$")
_MINISTER_FOR = re.compile(r"\b(?i:minister) (?i:for|of)(?i: the)?\s*$")  # ("the minister for East African Affairs")
MEDIA_NOUNS = frozenset({
    "times", "telegraph", "guardian", "post", "herald", "journal", "mail", "express", "mirror",
    "gazette", "tribune", "chronicle", "observer", "independent", "standard", "economist",
})


def a_members_seat(span: Span) -> bool:
    """"the MP for Ealing North", "the member for Witney": a name right after a member of a
    parliament and "for" is the seat, a place (neither a body nor a person)."""
    return _A_MEMBER_FOR.search(doc_text(span.doc), max(0, span.start_char - 30), span.start_char) is not None


def _repair(doc: Doc, ent: Span, is_party: bool = False) -> Span | None:
    """Fix the usual boundary errors of an ORG entity, or None when it is not one:
    a leading "the" and a trailing possessive or lower-case tail go ("Met of his"),
    "Department for Work" + "and Pensions" joins, "BBC Radio" takes its "4",
    "Liberal" joins "Democrat"; a span that starts with an honorific is a person,
    a lone common word ("Let") or a portfolio ("Secretary of State for the Family",
    "Work Secretary") is not an organisation."""
    start, end = ent.start + (1 if ent[0].lower_ == "the" else 0), ent.end
    if _a_stance(doc, start, end):
        return None
    start, end = _name_words(doc, after_share_bar(doc, start), end)
    if end - start > 2 and doc[start].lower_ in BOILERPLATE and doc[start + 1].lower_ in _LINK_LISTS:
        start += 2  # "Related Coverage FBI ...": a list of links' heading, then a headline
    if start >= end:
        return None
    start = max([start] + [t.i + 1 for t in doc[start:end - 1] if t.text == ":"])  # "Illustration: Media Matters"
    if start == end - 1 and start > ent.start and doc[start - 1].lower_ in SHARE_BAR \
            and _a_common_word(doc[start]):
        return None  # "Facebook Twitter Pinterest Police gather ...": a caption's first word
    comma = next((t.i for t in doc[start + 1:end] if t.text == ","), None)
    if comma is not None:
        end = comma  # "Kennedy Space Center at Cape Canaveral, Florida": a place follows
    end = _name_after_of(doc, start, end)
    while end - start > 1 and (doc[end - 1].text in POSSESSIVE_MARKS or doc[end - 1].is_lower
                               or doc[end - 1].lower_ in _CONNECTORS or opens_a_sentence(doc[end - 1])):
        end -= 1
    start = _of_the_name_before(doc, _after_a_verb(doc, start, end))
    if start > 0 and not doc[start].is_upper and _joins_on_the_left(doc[start - 1]):
        start = _joined_on_the_left(doc, start)
    if start >= end or is_honorific(doc[start].text) and end - start > 1 or fold(doc[start:end].text) in BOILERPLATE:
        return None
    if end - start == 1 and not is_party and not doc[start].is_upper and doc[start].tag_ not in _NAME_TAGS:
        return None
    if _a_portfolio(doc, start, end, is_party):
        return None
    if start > 0 and fold(f"{doc[start - 1].text} {doc[start:end].text}") in PARTY_WORDS:
        start -= 1
    elif end < len(doc) and fold(f"{doc[start:end].text} {doc[end].text}") in PARTY_WORDS:
        end += 1  # "Liberal" + "Democrat leader" (the recogniser's ORG and NORP side by side)
    if end - start == 1 and doc[start].lower_ in MEDIA_NOUNS and start > 0 and doc[start - 1].is_title \
            and doc[start - 1].is_alpha and doc[start - 1].lower_ != "the" \
            and doc[start - 1].ent_type_ not in PERSON_LABELS | PLACE_LABELS:
        start -= 1  # "Sunday" + "Telegraph" (the recogniser takes Sunday for a date)
    end = _and_tail(doc, start, end)
    grow = 0
    while end < len(doc) and grow < 3 and doc[end - 1].whitespace_ and _continues(doc, start, end):
        end += 1
        grow += 1
    end = _committee_after(doc, start, end)
    start = _after_party_qualifier(doc, start, end)
    first = _country_before(doc, start, end)
    return doc[first:_campus_after(doc, first, _region_after(doc, start, _of_a_place(doc, start, end)))]


_CALENDAR_WORDS = frozenset({"year", "month", "week", "day", "decade", "century"})
_COMMITTEES = frozenset({"committee", "subcommittee"})


def _committee_after(doc: Doc, start: int, end: int) -> int:
    """Where a name ends that goes on in lower case to name one of its committees: "the Senate"
    + "intelligence committee", "the Commons" + "work and pensions committee" (one to four
    lower-case nouns, adjectives or "and", then "committee" or "subcommittee" in the singular;
    not "Republicans on the committee")."""
    stop = end
    while stop < len(doc) and stop - end < 5 and doc[stop].is_lower and doc[stop].is_alpha \
            and (doc[stop].pos_ in ("NOUN", "ADJ") or doc[stop].lower_ == "and") \
            and doc[stop].lower_ not in _COMMITTEES:
        stop += 1
    return stop + 1 if stop > end and stop < len(doc) and doc[stop].lower_ in _COMMITTEES else end


def _name_after_of(doc: Doc, start: int, end: int) -> int:
    """Where a name ends that the recogniser cut right after its "of" or "of the": "the Office of
    the" + "Deputy Prime Minister", "Duchy of" + "Cornwall", "Loyal White Knights of" + "the Ku
    Klux Klan": over the capitalised proper nouns that follow (not a date's: "Person of the
    Year"); and a common word alone, cut before its "of" ("House" + "of Fraser")."""
    cut = end
    if end - start == 1 and end + 1 < len(doc) and doc[end].lower_ == "of" and doc[start].is_title \
            and _a_common_word(doc[start]) and fold(doc[start].text) not in PARTY_WORDS:
        end += 1  # (not "a Democrat of New York")
    of = end - 2 if end - start >= 3 and doc[end - 1].lower_ == "the" else end - 1
    if end - start < 2 or doc[of].lower_ != "of":
        return cut
    k = end + 1 if of == end - 1 and end < len(doc) and doc[end].lower_ == "the" else end
    stop = k
    while stop < len(doc) and doc[stop].is_title and doc[stop].tag_ in _NAME_TAGS and not doc[stop].is_sent_start \
            and doc[stop].ent_type_ not in ("DATE", "TIME") and doc[stop].lower_ not in _CALENDAR_WORDS:
        stop += 1
    return stop if stop > k else cut


def _of_the_name_before(doc: Doc, start: int) -> int:
    """"Friends of the" + "Earth", "State of the" + "Union": an untagged capitalised noun and
    "of the" right before the name begin it; not a title's word ("Secretary of the Navy"), nor
    the last word of a longer name before ("the Press Briefing Room of the White House",
    "the Chief Justice of the Supreme Court"), which is no part of the body's name."""
    if start < 4 or doc[start - 1].lower_ != "the" or doc[start - 2].lower_ != "of":
        return start
    head = doc[start - 3]
    if not head.is_title or head.tag_ not in ("NNP", "NNPS") or head.ent_type_ or head.is_sent_start \
            or fold(head.text) in ROLE_WORDS or doc[start - 4].is_title or doc[start - 4].lower_ in ("of", "for"):
        return start  # (nor "Chief of" + "Staff of the Army")
    return start - 3


def _a_portfolio(doc: Doc, start: int, end: int, is_party: bool) -> bool:
    """A minister's portfolio, no body: "Secretary for Health", "minister for East African
    Affairs", "Work Secretary"."""
    before = doc_text(doc)[max(0, doc[start].idx - 40):doc[start].idx]
    if end - start == 1 and _PORTFOLIO.search(before) \
            or _OFFICE_OF.search(before) and doc[end - 1].lower_ not in BODY_NOUNS:
        return True  # (and "Secretary of" + "State for Health")
    if _MINISTER_FOR.search(before) and doc[end - 1].lower_ not in BODY_NOUNS | {"ministry"} \
            and doc[end - 1].head.i < end:
        return True  # (not "the energy minister of Opec member Algeria")
    return not is_party and end < len(doc) and doc[end].text in ("Secretary", "Minister") \
        and not doc[end - 1].is_upper and doc[end - 1].lower_ not in BODY_NOUNS


def _after_a_verb(doc: Doc, start: int, end: int) -> int:
    """Where the name starts after a verb the recogniser ran into it: "Praising Celtic ...", a
    headline's verb before a name used again; "Working with Congress", "Speaking to Channel 4",
    a clause's verb and its preposition."""
    text = doc_text(doc)
    while end - start > 1 and doc[start].tag_ in ("VBG", "VBD", "VBN", "RB", "UH") \
            and text.count(doc[start + 1:end].text) > 1:
        start += 1
    if end - start > 2 and doc[start].tag_ == "VBG" and doc[start + 1].tag_ in ("IN", "TO"):
        start += 2
    return start


_STANCES = frozenset({"pro", "anti", "non", "neo"})


def _a_stance(doc: Doc, start: int, end: int) -> bool:
    """"pro-EU", "anti-Brexit", "non-Nato": an attitude to a body, not a mention of one."""
    first = doc[start]
    return first.lower_.split("-")[0] in _STANCES \
        and ("-" in first.text or start + 1 < end and doc[start + 1].text == "-")


def _a_lower_case_word(tok: Token) -> bool:
    """A lower-case word that is no name particle and no letter glued to the name ("a",
    "then"; not "al" of "al Qaeda", "e" of "e-University", "5th")."""
    return tok.is_alpha and tok.is_lower and (len(tok) > 1 or bool(tok.whitespace_)) \
        and tok.lower_ not in NAME_PARTICLES


def _name_words(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The entity's bounds without lower-case words or an article before the name ("a Center for
    American Progress", "A European Union-funded project", "then-White House", "the state
    Supreme Court"; not "al Qaeda"), cut at a bracket it opens and never closes ("Facebook Inc
    (FB.O"); empty when no capital is left ("supreme" from "the supreme court") or a slash
    joins two datelines."""
    while start < end and (_a_lower_case_word(doc[start]) or not doc[start].text[0].isalnum()
                           or doc[start].lower_ in ("a", "an") and doc[start].tag_ == "DT" and start + 1 < end):
        start += 1
    end = before_an_open_bracket(doc, start, end)
    if not any(c.isupper() for c in doc[start:end].text) or "/" in doc[start:end].text:
        return start, start
    return start, end


# bodies a party's adjective may qualify without being part of their name
# ("Democratic House of Representatives Speaker Nancy Pelosi", "the Republican Senate")
_CHAMBERS = frozenset({"house", "senate", "congress", "representatives", "judiciary", "assembly", "legislature"})


def _after_party_qualifier(doc: Doc, start: int, end: int) -> int:
    """Where a chamber's name starts when a party's adjective stands before it."""
    if end - start > 1 and doc[start].lower_ in ("democratic", "republican") and doc[start + 1].lower_ in _CHAMBERS:
        return start + 1
    return start


def _place_from(doc: Doc, k: int) -> int | None:
    """The end of the place entity that starts at token k, if one does."""
    if k >= len(doc) or doc[k].ent_iob_ != "B" or doc[k].ent_type_ not in PLACE_LABELS:
        return None
    return entity_at(doc[k]).end  # type: ignore[union-attr]


def _campus_after(doc: Doc, start: int, end: int) -> int:
    """Where a university's name ends when its campus follows a comma ("University of
    California, San Diego"; the recogniser files the place apart)."""
    if end - start < 3 or doc[start].lower_ != "university" or doc[start + 1].lower_ != "of" \
            or end + 1 >= len(doc) or doc[end].text != ",":
        return end
    place_end = _place_from(doc, end + 1)
    return end if place_end is None else place_end


def _region_after(doc: Doc, start: int, end: int) -> int:
    """An acronym's regional arm named by the place right after it: "BBC" + "Northern Ireland",
    "ITV" + "Wales" (the recogniser files the place apart)."""
    place_end = _place_from(doc, end)
    if end - start != 1 or not doc[start].is_upper or not doc[start].whitespace_ or place_end is None:
        return end
    nxt = doc[place_end] if place_end < len(doc) else None
    return place_end if nxt is None or not (nxt.is_title or nxt.pos_ in ("NOUN", "PROPN")) else end


def _of_a_place(doc: Doc, start: int, end: int) -> int:
    """Where a body's name ends when "of/for the <place>" completes it: "Humane Society" + "of
    the United States", "U.S. Court of Appeals" + "for the District of Columbia Circuit"."""
    if end + 2 >= len(doc) or end - start < 2 or doc[end].lower_ not in ("of", "for") or not doc[end - 1].is_title:
        return end  # (not "Google of the US")
    k = end + 2 if doc[end + 1].lower_ == "the" and doc[end + 1].ent_iob_ != "B" else end + 1
    place_end = _place_from(doc, k)
    if place_end is None:
        return end
    if place_end < len(doc) and doc[place_end].is_title and not doc[place_end].ent_type_ \
            and doc[place_end].tag_ in _NAME_TAGS and not doc[place_end].is_sent_start:
        place_end += 1  # "... District of Columbia Circuit"
    return place_end


def _country_before(doc: Doc, start: int, end: int) -> int:
    """Where a name starts when a country's abbreviation right before it belongs to it: "UK"
    + "Independence Party" (the recogniser files the country apart)."""
    prev = doc[start - 1] if start > 0 else None
    if prev is not None and prev.is_upper and prev.is_alpha and len(prev) <= 3 and prev.ent_type_ in PLACE_LABELS \
            and prev.whitespace_ and end - start >= 2:
        return start - 1
    return start


def _joined_on_the_left(doc: Doc, start: int) -> int:
    """"BNP" + "Paribas", "ABS-" + "CBN"; but not "then-" + "White House"."""
    if doc[start - 1].text not in ("-", "–"):
        return start - 1
    if start > 1 and _joins_on_the_left(doc[start - 2]) and not doc[start - 2].is_lower:
        return start - 2
    return start


def _joins_on_the_left(prev: Token) -> bool:
    """Whether the token before an entity belongs to its name: a hyphen or part glued to it
    ("ABS-CBN"), or an untagged all-capitals word right before it ("BNP Paribas")."""
    if not prev.whitespace_ and not prev.is_space and (prev.text in ("-", "–") or prev.is_alpha) \
            and not prev.is_sent_start and prev.text not in ("'", "’", "\""):
        return True
    if prev.is_title and prev.is_alpha and prev.dep_ == "compound" and not prev.ent_type_ \
            and prev.whitespace_ == " " and prev.tag_ in ("NNP", "VBG") and fold(prev.text) not in ROLE_WORDS \
            and not _a_name_word_before(prev):
        return True  # "Fostering" + "Network": a capitalised word the parse makes part of the name
    return prev.is_upper and prev.is_alpha and len(prev) >= 2 and not prev.ent_type_ and prev.pos_ == "PROPN" \
        and not prev.is_sent_start


def _a_name_word_before(tok: Token) -> bool:
    """Whether a capitalised proper noun comes right before a token, so that the token ends
    another name ("Associated" of "Associated Press" + "White House"; not "The" of "The
    Fostering Network")."""
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return prev is not None and prev.is_title and prev.tag_ in ("NNP", "NNPS") and not tok.is_sent_start


def _continues(doc: Doc, start: int, end: int) -> bool:
    """Whether the token at `end` still belongs to the name doc[start:end]."""
    tok = doc[end]
    if tok.ent_type_ and tok.ent_type_ not in CARDINAL_LABELS or tok.is_sent_start or _DATE_WORDS.match(tok.text):
        return False
    if any(t.lower_ in _GROWS for t in doc[start:end]):
        return tok.like_num or (tok.is_title and tok.tag_ in _NAME_TAGS)
    # "BBC 3 film": a broadcaster's numbered channel
    nxt = doc[end + 1] if end + 1 < len(doc) else None
    return end - start == 1 and doc[start].is_upper and tok.is_digit and len(tok) == 1 \
        and nxt is not None and nxt.is_lower


def _and_tail(doc: Doc, start: int, end: int) -> int:
    """'Department for Work' + 'and Pensions', 'Commons Work' + 'and Pensions Committee'; not
    a name complete without the tail: an acronym or one the article names on its own ("the FBI
    and Department of Justice", "the Pentagon and State Department": two bodies)."""
    if end + 1 >= len(doc) or doc[end].lower_ not in ("and", "&") or doc[end - 1].lower_ in BODY_NOUNS \
            or _a_whole_name(doc, start, end):
        return end
    stop = end + 1
    while stop < len(doc) and stop - end <= 4 and doc[stop].is_title and not doc[stop].is_sent_start:
        stop += 1
    if stop == end + 1:
        return end
    opens_body = len(doc[start:end]) >= 2 and doc[start].lower_ in BODY_NOUNS and doc[start + 1].lower_ in ("for", "of")
    # a plural body word ends one name only after "for"/"of" ("Centers for Medicare and Medicaid
    # Services"); else it is two bodies' ("Senate and House Agriculture Committees")
    closes_body = doc[stop - 1].lower_ in BODY_NOUNS \
        or _a_plural_body_noun(doc[stop - 1]) and any(t.lower_ in ("for", "of") for t in doc[start:end])
    return stop if opens_body or closes_body else end


def _a_whole_name(doc: Doc, start: int, end: int) -> bool:
    """Whether doc[start:end] is a name by itself: an acronym, or one that stands elsewhere in
    the article as an entity of its own, with no "and" after it."""
    if end - start == 1 and doc[start].is_upper and len(doc[start]) > 1:
        return True
    name = doc[start:end].text
    return any(_LEADING.sub("", ent.text) == name and ent.end != end
               and (ent.end >= len(doc) or doc[ent.end].lower_ not in ("and", "&")) for ent in doc.ents)


def _a_plural_body_noun(tok: Token) -> bool:
    """A BODY_NOUNS word in the plural ("Services", "Agencies"; a proper noun's lemma keeps its "s")."""
    word = tok.lower_
    return word.endswith("ies") and f"{word[:-3]}y" in BODY_NOUNS or word.endswith("s") and word[:-1] in BODY_NOUNS


def _party_words(doc: Doc, taken: set[int]) -> list[Span]:
    """Party names outside any entity: "Labour plans ...", "the Tories said",
    "Liberal Democrat chairman ..." (an ambiguous word at a sentence start counts
    only before a role word or a name)."""
    out: list[Span] = []
    skip_to = 0
    for i in positions(doc, _PARTY_FIRST):
        tok = doc[i]
        if tok.i < skip_to or not tok.text[:1].isupper():
            continue
        size = 2 if i + 1 < len(doc) and f"{tok.lower_} {doc[i + 1].lower_}" in PARTY_WORDS \
            and doc[i + 1].is_title else 1
        span = doc[i:i + size]
        word = span.text.lower() if size == 1 else f"{tok.lower_} {doc[i + 1].lower_}"
        if word not in PARTY_WORDS or any(t.i in taken or t.ent_type_ for t in span):
            continue
        after = doc[i + size] if i + size < len(doc) else None
        before_name = after is not None and (is_honorific(after.text) or after.ent_type_ in PERSON_LABELS)
        if word in UNAMBIGUOUS_PARTIES or (not tok.is_sent_start and tok.tag_ in _NAME_TAGS) \
                or _next_word(doc, i + size) in ROLE_WORDS or before_name:  # "Lib Dem Sir Archy Kirkwood"
            out.append(span)
            skip_to = i + size
    return out


ORG_NOUNS = {
    "agency", "company", "firm", "group", "newspaper", "magazine", "broadcaster", "channel", "party", "network",
    "records", "union", "bank", "airline", "station", "website", "charity", "club", "regulator",
}


_BODY_HEADS = frozenset({"department", "ministry", "office"})
_BODY_ENDINGS = frozenset(BODY_NOUNS | ORG_NOUNS | MEDIA_NOUNS)


def _body_names(doc: Doc, taken: set[int]) -> list[Span]:
    """Government bodies the recogniser missed or cut: 'Department for Work and Pensions',
    'Ministry of Defence', 'Office for National Statistics'."""
    out = []
    for i in positions(doc, _BODY_HEADS):
        tok = doc[i]
        if i + 2 >= len(doc) or not tok.is_title or tok.i in taken:
            continue
        if doc[tok.i + 1].lower_ not in ("for", "of"):
            continue
        end = tok.i + 2
        while end < len(doc) and end - tok.i < 8 and not doc[end].is_sent_start \
                and doc[end].lower_ not in ROLE_WORDS and (doc[end].is_title or (
                    doc[end].lower_ in ("and", "&") and end + 1 < len(doc) and doc[end + 1].is_title)):
            end += 1
        if end > tok.i + 2:
            out.append(doc[tok.i:end])
    return out


def _typed_acronyms(doc: Doc, taken: set[int]) -> list[Span]:
    """An untagged acronym that the text calls an organisation: 'AP news agency',
    'the RMT union'."""
    out = []
    for i in upper_positions(doc):
        tok = doc[i]
        if i + 1 >= len(doc):
            continue
        acronym = tok.is_alpha and 2 <= len(tok) <= 6 and tok.tag_ != "NN"  # (not "PC magazine editors")
        if tok.i in taken or tok.ent_type_ in PERSON_LABELS or not acronym or tok.lower_ in _COUNTRY_ABBREVIATIONS:
            continue  # ("US firm Vonage": a country)
        if tok.ent_type_ and (tok.ent_iob_ != "B" or doc[tok.i + 1].ent_iob_ == "I"):
            continue  # part of a longer entity
        nxt = doc[tok.i + 1]
        head = doc[tok.i + 2] if nxt.lower_ == "news" and tok.i + 2 < len(doc) else nxt
        if head.lower_ in ORG_NOUNS:
            out.append(doc[tok.i:tok.i + 1])
    return out


def _next_word(doc: Doc, i: int) -> str:
    """The word at doc[i], lower-case, with a "co-"/"vice-" prefix skipped: 'co-chairman'."""
    if i + 2 < len(doc) and doc[i].lower_ in ("co", "vice") and doc[i + 1].text == "-":
        i += 2
    return doc[i].lower_ if i < len(doc) else ""


def _newspapers(doc: Doc, taken: set[int]) -> list[Span]:
    """'the Sunday Telegraph', 'The Guardian', 'Sunday Telegraph journalist': capitalised
    words ending in a newspaper noun, after "the" or before a role word; not used as an
    adjective ('the Independent candidate')."""
    out = []
    for i in positions(doc, MEDIA_NOUNS):
        tok = doc[i]
        if not tok.is_title or tok.i in taken:
            continue
        start = tok.i
        while start > 0 and tok.i - start < 3 and doc[start - 1].is_title and doc[start - 1].tag_ in _NAME_TAGS \
                and doc[start - 1].i not in taken and not doc[start].is_sent_start:
            start -= 1
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        before_role = nxt is not None and nxt.lower_ in ROLE_WORDS
        after_the = start > 0 and doc[start - 1].lower_ == "the"
        if (after_the and not (nxt is not None and nxt.tag_ in ("NN", "NNS") and not before_role)) or before_role:
            out.append(doc[start:tok.i + 1])
    return out


def _short_forms(doc: Doc, orgs: list[OrgMention]) -> list[OrgMention]:
    names = {m.name for m in orgs}
    taken = {i for m in orgs for i in range(m.span.start, m.span.end)}
    extra = []
    candidates = [e for e in entities(doc) if e.label_ not in ORG_LABELS | PERSON_LABELS] + \
                 [doc[i:i + 1] for i in upper_positions(doc) if doc[i].is_alpha and len(doc[i]) >= 2
                  and not doc[i].ent_type_]
    shortens: dict[str, bool] = {}  # (a name is often a candidate many times)
    for span in candidates:
        if any(i in taken for i in range(span.start, span.end)) or _a_capitalised_word(span):
            continue  # ("FREEDOM OF THE PRESS": a shouted word, not the Press-Herald's short form)
        name = _clean(span.text)
        if name not in shortens:
            shortens[name] = any(is_short_form(name, full) and fold(name) != fold(full) for full in names)
        if name and shortens[name]:
            extra.append(OrgMention(span, name))
            taken.update(range(span.start, span.end))
    return extra


def _lettered_words(name: str) -> list[str]:
    return [w for w in re.findall(r"[\w&]+", name) if w.lower() not in _CONNECTORS]


def initials(name: str, whole_capitals: bool = False) -> str:
    """'Independent Office for Police Conduct' -> 'IOPC'; with whole_capitals, an abbreviation
    in the name gives all its letters ('UK Independence Party' -> 'UKIP')."""
    return "".join(w if whole_capitals and w.isupper() else w[0] for w in _lettered_words(name)).upper()


def _capitals(name: str) -> str:
    """Every capital letter of a name's words: "AmeriSpeak Panel" -> "ASP", so that "AP" is
    the Associated Press's where an article names both."""
    return "".join(c for w in _lettered_words(name) for c in w if c.isupper())


_GENERIC_TAIL = {"party", "plc", "ltd", "inc", "group", "limited"}
# one party, several names: compared through the first
PARTY_SYNONYMS = {"tory": "conservative", "tories": "conservative", "conservatives": "conservative",
                  "lib dem": "liberal democrat", "lib dems": "liberal democrat",
                  "liberal democrats": "liberal democrat", "democrats": "democrat",
                  "republicans": "republican"}


@lru_cache(maxsize=16384)
def org_key(name: str) -> str:
    """A comparison key: folded, a generic tail ("Party", "plc") dropped, party
    synonyms joined ("Tories" -> "conservative")."""
    words = fold(_LEADING.sub("", name)).split()
    while len(words) > 1 and words[-1].rstrip(".") in _GENERIC_TAIL:
        words.pop()
    key = " ".join(words)
    return PARTY_SYNONYMS.get(key, key)


@lru_cache(maxsize=65536)
def is_short_form(short: str, full: str) -> bool:
    """Whether `short` can name the organisation whose fullest name is `full`."""
    s, f = fold(short), fold(full)
    s_words, f_words = s.split(), f.split()
    if not s_words or not f_words:
        return False  # (an entity of quote marks alone cleans to nothing)
    if s == f or org_key(short) == org_key(full):
        return True
    if short.istitle() and len(short) >= 4 and " " not in short and short.upper() in _spelt(full):
        return True  # "Nato", "Chirla": an acronym written as a word
    if short.isupper() and len(short) >= 2 and " " not in short:
        if short in _spelt(full):
            return True
        if not _in_capitals(short):
            return False  # an acronym; a longer word in capitals may be a headline's ("REUTERS")
    # "Met" ~ "Metropolitan Police"; "Met Police" ~ "Metropolitan Police"
    # (a clipped word: "Congress" does not shorten "Congressional Black Caucus")
    if len(s_words) <= len(f_words) and all(fw.startswith(sw) for sw, fw in zip(s_words, f_words, strict=False)) \
            and 3 <= len(s_words[0]) <= max(4, len(f_words[0]) // 2) and s_words[0] != f_words[0] \
            and f_words[0][len(s_words[0]):] not in _DEMONYM_ENDINGS:
        return True  # (not "Iran" ~ "Iranian Students' News Agency": a place and its adjective)
    if len(s_words) == 1 and len(f_words) > 1 and (
            f_words[0] == s_words[0] and (f_words[1] == "of" and not _a_part_of(f_words[2:])
                                          or all(w in _NAME_TAILS for w in f_words[1:]))
            or f_words[-1] == s_words[0] and f_words[0] in _COUNTRY_PREFIXES and len(f_words) == 2):
        return True  # "House" ~ "House of Representatives", "Fox" ~ "Fox News Channel", "Congress" ~ "U.S. Congress"
    # "Home Affairs Committee" ~ "Commons Home Affairs Committee", "Times" ~ "New York
    # Times", but not "Labour Party" ~ "Parliamentary Labour Party": only for generic
    # bodies and newspapers
    return f_words[-len(s_words):] == s_words and (
        (len(s_words) >= 2 and s_words[-1] in BODY_NOUNS) or s_words[-1] in MEDIA_NOUNS)


def _spelt(full: str) -> tuple[str, str, str]:
    """The acronyms a name's capitals may spell: its initials, without "&", and with the
    whole of an abbreviation inside it ("UK Independence Party" -> "UKIP")."""
    letters = initials(full)
    return letters, letters.replace("&", ""), initials(full, whole_capitals=True)


def _a_part_of(after_of: list[str]) -> bool:
    """"House of Representatives Intelligence Committee": the name goes on past the body
    after "of" to a body of its own, a part of it that "House" does not name."""
    return len(after_of) >= 2 and after_of[0] != "the" and after_of[-1] in BODY_NOUNS


_DEMONYM_ENDINGS = frozenset({"ian", "an", "n", "ese", "i", "ish", "ic"})
_NAME_TAILS = frozenset({"news", "channel", "network", "corporation", "corp", "company", "co", "inc", "group",
                         "holdings", "international", "broadcasting", "tv", "television", "radio"})
# what a company's registered name ends in: its legal form
_LEGAL_FORMS = frozenset({"inc", "corp", "llc", "ltd", "plc", "ag", "co", "sa", "nv", "gmbh", "lp", "llp", "limited"})
_COUNTRY_ABBREVIATIONS = frozenset({"us", "u.s.", "uk", "u.k.", "usa", "u.s.a."})
_COUNTRY_PREFIXES = frozenset({"us", "u.s.", "uk", "u.k.", "british", "american", "eu", "european", "national"})


def bracketed_acronyms(doc: Doc, mentions: list[OrgMention]) -> dict[str, str]:
    """'Parliamentary Labour Party (PLP)' -> {'PLP': 'Parliamentary Labour Party'}."""
    found = {}
    for m in mentions:
        acronym = acronym_after(m.span)
        if acronym:
            found[acronym] = m.name
    return found


def cluster_orgs(doc: Doc, mentions: list[OrgMention]) -> list[OrgCluster]:
    acronyms = bracketed_acronyms(doc, mentions)
    # longest names first, so that short forms find their full form
    # ("Metropolitan Police" before "Met Police", wherever each first appears)
    order = sorted(mentions, key=lambda m: (-len(m.name.split()), -len(m.name), m.span.start))
    clusters: list[OrgCluster] = []
    for m in order:
        expanded = acronyms.get(m.name)
        # c.full while clustering is its first mention's name: names come longest first
        fits = [c for c in clusters if (expanded and fold(expanded) == fold(c.mentions[0].name))
                or is_short_form(m.name, c.mentions[0].name) or _a_companys_first_words(m.name, c.mentions[0].name)]
        target = min(fits, key=lambda c: _capitals(c.mentions[0].name) != m.name) if fits else None
        if target is None:
            target = OrgCluster()
            clusters.append(target)
        target.mentions.append(m)
    for c in clusters:
        c.mentions.sort(key=lambda m: m.span.start)
    clusters = [c for c in clusters if not _place_of_a_body(c, clusters) and not _a_contest(c)]
    return sorted(clusters, key=lambda c: c.mentions[0].span.start)


# a contest's nouns that a competition's name modifies ("Six Nations opener", "Champions
# League clash"; a team's name comes before its possessive: "Bayern Munich's ... match")
_CONTEST_NOUNS = frozenset({"match", "matches", "clash", "opener", "fixture", "fixtures", "decider", "final",
                            "semi-final", "quarter-final", "tournament", "championship"})


def _a_contest(cluster: OrgCluster) -> bool:
    """"Saturday's Six Nations clash", "the Champions League final": a name whose head is a
    contest's noun right after it somewhere (the tagger may take "clash" for a verb) and that
    nowhere else acts (the subject of a verb or an owner) names the competition, an event, not
    a body (not "the NFL said ... the NFL season")."""
    def modifies_a_contest(span: Span) -> bool:
        doc = span.doc
        return span.end < len(doc) and doc[span.end].lower_ in _CONTEST_NOUNS and span.root.head.i == span.end

    contest = [m.span for m in cluster.mentions if modifies_a_contest(m.span)]
    return bool(contest) and not any(m.span.root.dep_ in _ACTS for m in cluster.mentions if m.span not in contest)


def _a_companys_first_words(short: str, full: str) -> bool:
    """"Advent" ~ "Advent Capital Management LLC", "Deutsche Bank" ~ "Deutsche Bank AG": the
    first words of a name that ends in a company's legal form; for names found as bodies only
    (a place the recogniser tagged so is not "China Minmetals Corp")."""
    s_words, f_words = fold(short).split(), fold(full).split()
    return 0 < len(s_words) < len(f_words) and f_words[-1].rstrip(".") in _LEGAL_FORMS \
        and f_words[:len(s_words)] == s_words


def _place_of_a_body(cluster: OrgCluster, clusters: list[OrgCluster]) -> bool:
    """'Bradford' beside 'Bradford Council', 'Gdansk' beside 'University of Gdansk': a
    one-word name that another organisation's name places is a place (taggers often label
    cities ORG)."""
    name = cluster.full
    if " " in name or name.isupper():
        return False
    councils = {f"{name}{kind} Council" for kind in ("", " City", " County", " Borough")}
    of_name = f" of {name}"
    return any(c is not cluster and "\n" not in (full := c.full) and (
        full in councils or (full.endswith(of_name) and len(full) > len(of_name))) for c in clusters)


def to_organisation(cluster: OrgCluster) -> Organisation:
    name = cluster.full
    aliases = []
    for m in cluster.mentions:
        if m.name != name and m.name not in aliases:
            aliases.append(m.name)
    return Organisation(
        name=name,
        aliases=aliases,
        mentions=[Mention(m.span.text, m.span.start_char, m.span.end_char) for m in cluster.mentions],
    )


def join_organisations(orgs: list[Organisation], more: list[Organisation]) -> None:
    """Add another block's organisations: one per name (or alias) key across blocks."""
    by_key = {org_key(n): o for o in orgs for n in (o.name, *o.aliases)}
    for org in more:
        same = next((by_key[k] for n in (org.name, *org.aliases) if (k := org_key(n)) in by_key), None)
        if same is None:
            orgs.append(org)
            by_key.update({org_key(n): org for n in (org.name, *org.aliases)})
            continue
        same.mentions.extend(org.mentions)
        same.aliases.extend(a for a in [org.name, *org.aliases] if a != same.name and a not in same.aliases)


_BODY_WORDS = frozenset(ORG_NOUNS | MEDIA_NOUNS | BODY_NOUNS)  # ("magazine" is in ORG_NOUNS)
