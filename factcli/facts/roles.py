"""Roles: job titles attributed to named people.

Three shapes are read from the parsed text:
- a title right before a name: "Home Secretary Priti Patel", "IOPC regional director for
  London Sal Naseem", "Ex-Labour leader Neil Kinnock";
- an apposition: "Rod Eddington, chief executive of British Airways,", "Sal Naseem, the
  IOPC's regional director", "BA's chairman, Martin Broughton,";
- a later definite description as a subject ("The London mayor told ...", "the prime
  minister went back on ...") is linked to the person the text was just talking about.
Organisations inside a title ("IOPC", "the Met's") go to `organisation`, resolved to the
organisation's full name; a place before the title becomes "of Place" ("mayor of London").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.attrs import POS
from spacy.tokens import Doc, Span, Token

from factcli.facts.names import (
    BOILERPLATE,
    FEMALE,
    MALE,
    POSSESSIVE_MARKS,
    POSSESSIVE_S,
    after_share_bar,
    before_an_open_bracket,
    fold,
    glued_hyphen,
    hyphen_start,
    opens_a_sentence,
    owns_nothing,
    sex_of,
    strip_possessive,
)
from factcli.facts.results import Role
from factcli.facts.wordlists import NOT_ROLE_NOUNS, PARTY_WORDS, ROLE_WORDS, TITLE_ABBREVIATIONS, title_abbreviation
from factcli.nlp.doctext import doc_text
from factcli.nlp.labels import DATE_LABELS, GROUP_LABELS, ORG_LABELS, PERSON_LABELS, PLACE_LABELS
from factcli.nlp.lemmas import lemma_of
from factcli.nlp.scan import entities, entity_at, positions
from factcli.nlp.vectors import nearness
from factcli.nlp.wordclasses import ADJECTIVES, in_word_class

GENERIC_TITLES = {"boss", "head", "chief", "leader", "official"}
QUALIFIERS = {"former", "ex", "acting", "shadow", "deputy", "vice", "interim", "outgoing", "incoming"}
CONNECTORS = {"of", "for", "at", "and", "-", "'s", "’s", "&"}
_ARTICLES = frozenset({"the", "a", "an"})
MAX_TITLE = 9


@dataclass
class PersonRef:
    """Where a person mention sits, and which person (cluster index) it is."""

    start: int  # first token, honorific included
    end: int
    person: int


def add_role(roles: list[Role], role: Role, anaphoric: bool) -> None:
    """Add a role to a person's list. A title read from a later description ("the
    Commissioner") refines a generic one ("Met boss") instead of adding a second role,
    and is dropped where the person already has a specific title."""
    if any(r.title.lower() == role.title.lower() and r.organisation == role.organisation for r in roles):
        return
    if anaphoric and roles:
        generic = next((r for r in roles if r.title.lower() in GENERIC_TITLES), None)
        if generic is not None:  # the refined title brings its own evidence
            generic.title, generic.text, generic.start, generic.end = role.title, role.text, role.start, role.end
            generic.organisation = role.organisation or generic.organisation
        return
    roles.append(role)


def is_role_word(tok: Token) -> bool:
    """A title's word ("minister", "co-founder"), not as a predicate adjective ("he was hopeful")."""
    return (tok.lower_ in ROLE_WORDS or tok.lower_.split("-")[-1] in ROLE_WORDS
            or title_abbreviation(tok.text) is not None) and tok.dep_ != "acomp"


_TITLE_DEPS = frozenset({"compound", "appos", "nmod"})
# English agent-noun endings ("rapper", "lyricist", "operative", "nominee", "critic")
AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "eer", "ee", "ive", "man", "woman", "person", "ess",
                  "ster", "crat", "ic", "ar", "eur", "ect", "ot", "naut", "wright")


def agent_ending(word: str) -> bool:
    """Whether a word ends as an agent noun does ("president", "lyricist"); "-ment" never
    does ("agreement", "government": the act or the thing)."""
    return word.endswith(AGENT_SUFFIXES) and not word.endswith("ment")


def _job_noun(tok: Token) -> bool:
    """A singular common noun that is not a kinship or other non-job word, nor a word for a
    thing (`_a_thing_noun`)."""
    return tok.tag_ == "NN" and tok.is_alpha and tok.lower_ not in NOT_ROLE_NOUNS \
        and lemma_of(tok).lower() not in NOT_ROLE_NOUNS and _hyphenated(tok) not in NOT_ROLE_NOUNS \
        and not _a_thing_noun(tok)


def _hyphenated(tok: Token) -> str:
    """The whole hyphenated word a token ends, lower-case: "hard-liner" for "liner"."""
    return tok.doc[hyphen_start(tok):tok.i + 1].text.lower()


def _agent_noun(tok: Token) -> bool:
    """A singular job-like noun with an agent ending: "linguist", "filmmaker", "compatriot"."""
    return _job_noun(tok) and agent_ending(tok.lower_)


# a word for a person by its vector ("warden", "mentor", "guitarist") against words for things
# ("situation", "investigation", "record"): what may stand before "and" in a title
PERSON_SEEDS = ("officer", "worker", "official", "manager", "teacher", "lawyer", "nurse", "soldier", "farmer")
THING_SEEDS = ("situation", "investigation", "record", "report", "law", "issue", "matter", "plan", "problem")
KIN_SEEDS = ("wife", "husband", "son", "daughter", "mother", "father", "brother", "sister")
# words for bodies: a title whose head is one ("a group that merged from ...") names no person
BODY_SEEDS = ("company", "firm", "organisation", "group", "agency", "party", "union", "bank", "club")
# words for a stance or a side taken, not a position held ("a Democratic socialist", "a Trump
# loyalist", "a Kremlin ally"), by their vectors against PERSON_SEEDS
STANCE_SEEDS = ("supporter", "opponent", "radical", "extremist", "liberal", "conservative", "sympathizer", "loyalist")


def _a_thing_noun(tok: Token) -> bool:
    """"a total waste of time", "the result", "a prominent voice": a noun without an agent
    ending whose vector is far nearer words for things than for people ("model" and "justice"
    are near both), or near no word for a person at all ("(ankle)", "third seed", "civil rights
    icon"; agent nouns stay: "sprinter", "flanker" are far from PERSON_SEEDS too); or a word for
    a relation, not a position ("his former lover", "coffee heiress"), whose vector is clearly
    nearer words for kin than for jobs (`KIN_SEEDS`, a lexicon the listed kin words in
    NOT_ROLE_NOUNS stand for)."""
    person, thing, kin = (nearness(tok.vocab, seeds) for seeds in (PERSON_SEEDS, THING_SEEDS, KIN_SEEDS))
    stance, body = nearness(tok.vocab, STANCE_SEEDS), nearness(tok.vocab, BODY_SEEDS)
    if person is None or thing is None or kin is None or stance is None or body is None or not tok.has_vector:
        return False
    word = tok.lower_
    if kin(word) - person(word) > 0.2 or stance(word) >= 0.45 and stance(word) - person(word) > 0.2:
        return True
    if body(word) - person(word) > 0.25 and not agent_ending(word):
        return True  # "Hay'at Tahrir al-Sham, a group that ...": a body, not a person's title
    return not agent_ending(word) and (thing(word) - person(word) > 0.22 or person(word) < 0.08)


def _a_person_noun(tok: Token) -> bool:
    """A singular common noun whose word vector sits clearly nearer words for people than for
    things (False without vectors)."""
    if not _job_noun(tok):
        return False
    person, thing = nearness(tok.vocab, PERSON_SEEDS), nearness(tok.vocab, THING_SEEDS)
    return person is not None and thing is not None and person(tok.lower_) - thing(tok.lower_) > 0.1


def is_role_head(tok: Token) -> bool:
    """A role word, or a common noun that the parse attaches to a person's name as a title
    ("fashion designer Anna Reyes", "Karen McDougal, a former Playboy model"): the syntax
    says it describes the person, so any occupation counts, not only the listed ones."""
    if is_role_word(tok):
        return True
    if not _job_noun(tok):
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.ent_iob_ == "B" and nxt.ent_type_ in PERSON_LABELS and tok.dep_ != "pobj" \
            and agent_ending(tok.lower_):
        return True  # an agent noun right before a name: "dancer Bez" (parses of this vary)
    for _ in range(3):  # "co-founder, lead singer and chief lyricist Mike Love": through conj
        if tok.dep_ != "conj":
            break
        tok = tok.head
    return tok.dep_ in _TITLE_DEPS and tok.head.ent_type_ in PERSON_LABELS and tok.head.i != tok.i


def _title_token(tok: Token) -> bool:
    """May this token be part of a title phrase before a name?"""
    if tok.ent_type_ in PERSON_LABELS and not is_role_word(tok) and _party_entity(tok) is None or tok.is_space:
        return False
    if tok.text in ("-", "'s", "’s") or tok.lower_ in ("of", "for", "at", "and"):
        return True
    if tok.lower_ == "to":
        return tok.i > 0 and is_role_word(tok.doc[tok.i - 1])  # "ambassador to the WTO"
    if tok.tag_ == "VBG" and tok.dep_ in ("amod", "compound") and tok.head.i == tok.i + 1 and is_role_word(tok.head) \
            and not (tok.i > 0 and glued_hyphen(tok.doc, tok.i - 1)):
        return True  # "managing director", "presiding judge": a participle on the title word (not "Oscar-winning")
    if tok.is_punct or tok.pos_ in ("DET", "PRON", "VERB", "AUX", "ADV", "NUM", "PART", "SCONJ", "CCONJ"):
        return tok.lower_ in QUALIFIERS  # "Ex" may be tagged oddly
    if tok.is_title or tok.is_upper or is_role_word(tok) or tok.ent_type_:
        return True
    return tok.pos_ in ("NOUN", "ADJ", "PROPN")


def _party_entity(tok: Token) -> Span | None:
    """The entity a token is part of when its text is a party's name, whatever the label
    (the recogniser takes "Lib Dem" in "Lib Dem leader" for a person)."""
    ent = entity_at(tok)
    return ent if ent is not None and fold(ent.text) in PARTY_WORDS else None


def _trim(tokens: list[Token]) -> list[Token]:
    """Drop connectors at the edges, and a start glued to the word before it: a title is
    never cut inside a word ("World 100m champion" is not "m champion")."""
    while tokens and (tokens[0].lower_ in CONNECTORS or tokens[0].lower_ in _ARTICLES or _glued_on(tokens[0])
                      or after_share_bar(tokens[0].doc, tokens[0].i) > tokens[0].i):
        tokens = tokens[1:]  # (and a page's share buttons: "Facebook Twitter Pinterest Senator ...")
    while len(tokens) > 2 and tokens[0].lower_ in BOILERPLATE and tokens[1].lower_ in BOILERPLATE:
        tokens = tokens[2:]  # a caption's "file photo conspiracy theorist Alex Jones"
    # (a firm named in the possessive keeps its mark, "at Moody’s"; "the candidate himself" is the candidate)
    while tokens and (tokens[-1].lower_ in CONNECTORS and not owns_nothing(tokens[-1])
                      or tokens[-1].lower_ in _REFLEXIVES):
        tokens = tokens[:-1]
    return tokens


_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself"})


def _glued_on(tok: Token) -> bool:
    """Whether a token continues the word or number before it, with no space between."""
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return prev is not None and not prev.whitespace_ and prev.text[-1:].isalnum() and tok.text[:1].isalnum()


def title_before(doc: Doc, start: int, sent_start: int) -> list[Token]:
    """Title tokens immediately before a name at `start` ("Home Secretary" Priti Patel)."""
    tokens: list[Token] = []
    i = start - 1
    if i >= 0 and doc[i].lower_ in ("for", "of", "at", "to", "with", "and", "'s", "’s") \
            or _a_clause_s_subject(doc, start):
        return []  # "a spokesperson for Mr Khan", "the candidate Trump beat": someone else's title
    while i >= sent_start and len(tokens) < MAX_TITLE and (_title_token(doc[i]) or _inner_the(doc, i, start)):
        tokens.insert(0, doc[i])
        i -= 1
    tokens = _trim(tokens)
    while len(tokens) > 1 and tokens[0].is_lower and tokens[0].pos_ == "NOUN" and tokens[0].lower_ in NOT_ROLE_NOUNS:
        tokens = _trim(tokens[1:])  # "his wife Transportation Secretary Elaine Chao": the rest is hers
    # "The death of oceanographer Walter Munk": words before "of" must hold a title of their own
    cut = max((k for k, tok in enumerate(tokens) if tok.lower_ in ("of", "for", "at", "to") and tok.ent_iob_ != "I"
               and not any(is_role_word(t) for t in tokens[:k])), default=None)  # (not "House of Representatives")
    if cut is not None:
        tokens = _trim(tokens[cut + 1:])
    joint = max((k for k, tok in enumerate(tokens) if tok.lower_ == "and" and k > 0 and tok.whitespace_
                 and not any(is_role_head(t) or _agent_noun(t) or _a_person_noun(t) for t in tokens[:k])
                 and not _joins_modifiers(tokens, k)), default=None)
    if joint is not None and (not _a_named_tail(tokens[:joint]) or _a_persons_name(tokens[:joint])):
        tokens = _trim(tokens[joint + 1:])  # "his investigation and treasury secretary Steven Mnuchin"
    listed = max((k for k in range(1, len(tokens) - 1) if _a_list_and(tokens, k)), default=None)
    if listed is not None:
        tokens = _trim(tokens[listed + 1:])  # "Congress and President Trump": one of two things named
    to = max((k for k, tok in enumerate(tokens) if tok.lower_ == "to"), default=None)
    if to is not None and any(is_role_head(t) for t in tokens[to + 1:]):
        tokens = _trim(tokens[to + 1:])  # "adviser to President Trump": Trump's title is "President"
    tokens = tokens[_after_a_common_noun(tokens):]
    # the title must end at the name with a role word, or with "for/of PLACE" after one
    last_role = max((k for k, t in enumerate(tokens) if is_role_head(t)), default=None)
    if last_role is None:
        return []
    tail = tokens[last_role + 1:]
    if tail and not (tail[0].lower_ in ("for", "of", "at", "to") and _a_named_tail(tail[1:])):
        return []
    # a capitalised word at the very start of a sentence, not an entity, is not a title (but a
    # qualifier is one: "Former foreign secretary Robin Cook")
    while tokens and tokens[0].i == sent_start and not is_role_word(tokens[0]) and not tokens[0].ent_type_ \
            and tokens[0].lower_ not in QUALIFIERS \
            and tokens[0].pos_ in ("ADJ", "VERB") and not (tokens[0].nbor().text == "-" and not tokens[0].whitespace_) \
            and not (len(tokens) > 1 and _a_party_pair(tokens[0]) is not None) and not _a_title_elsewhere(tokens):
        tokens = tokens[1:]  # (but "Liberal Democrat deputy leader": a party's name)
    return tokens


def _after_a_common_noun(tokens: list[Token]) -> int:
    """Where a capitalised title starts after a lower-case common noun that is no title of
    its own ("the documentary President Trump", "rival candidates Senator Ted Cruz", "his
    Chinese counterpart Minister Li"): the noun names something else, the title is the
    capitals'; not a noun on a place's name ("Washington state Attorney General"); 0 when
    there is none."""
    return max((k + 1 for k in range(len(tokens) - 1)
                if tokens[k].is_lower and tokens[k].pos_ == "NOUN" and tokens[k].lower_ not in QUALIFIERS
                and not (k > 0 and tokens[k - 1].ent_type_ in PLACE_LABELS)
                and tokens[k + 1].is_title and is_role_word(tokens[k + 1]) and not is_role_head(tokens[k])),
               default=0)


def _a_clause_s_subject(doc: Doc, start: int) -> bool:
    """"the candidate Trump beat in 2016": the name at `start` is the subject of a relative
    clause, its "that" left out, on the definite noun right before the name (not "as a
    candidate Trump vowed", a parse that makes the same clause)."""
    if start == 0:
        return False
    tok, noun = doc[start], doc[start - 1]
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "relcl" and tok.head.head.i == noun.i \
        and any(t.dep_ == "det" and t.lower_ == "the" for t in noun.children)


def _a_title_elsewhere(tokens: list[Token]) -> bool:
    """Whether a sentence's first word and the title word after it stand together in lower
    case elsewhere in the article ("Special counsel Mueller ..." where he "was appointed
    special counsel"): the word is the title's, not a headline's or an opener's."""
    if len(tokens) < 2:
        return False
    pair = f"{tokens[0].lower_} {tokens[1].lower_}"
    return any(t.lower_ == tokens[1].lower_ and t.i != tokens[1].i and t.i > 0
               and f"{t.doc[t.i - 1].text} {t.text}" == pair for t in tokens[0].doc)


_NOT_A_BODY = frozenset({"NORP", "PERSON", "PER"})


def _inner_the(doc: Doc, i: int, start: int) -> bool:
    """"the" inside a title, between "for/of/at" and the name of a place or body up to the
    person's name at `start`: "Minister for the Environment" (not "spokesman for the
    German chancellor", "for the Iowa Republican": a title or a person's side follows)."""
    return 0 < i < start - 1 and doc[i].lower_ == "the" and doc[i - 1].lower_ in ("for", "of", "at", "to") \
        and (doc[i + 1].is_title or doc[i + 1].is_upper) \
        and not any(is_role_word(t) or t.ent_type_ in _NOT_A_BODY for t in doc[i + 1:start])


def _joins_modifiers(tokens: list[Token], k: int) -> bool:
    """Whether the "and" at k joins two modifiers of one noun after them ("the work and
    pensions secretary"), as the parse says: the lower-case word before it modifies a later
    word and has a conjunct after the "and" (not "Pelosi and Senate Democratic leader")."""
    left, right = tokens[k - 1], tokens[k + 1:]
    return left.dep_ in ("compound", "nmod", "amod") and left.head in right and left.is_lower and not left.ent_type_ \
        and any(t.dep_ == "conj" and t.head == left for t in right)


def _a_list_and(tokens: list[Token], k: int) -> bool:
    """An "and" that ends a list before a title, not one inside a body's name: "Democrats
    and President", "Texas and Senator", "Washington and former Colorado Governor",
    "Revolution Studios and special effects foreman"; not "Health and Human Services",
    "Trade and Industry Secretary" (one entity across it, or words that name no place)."""
    prev, nxt = tokens[k - 1], tokens[k + 1]
    if tokens[k].lower_ != "and" or prev.ent_type_ and entity_at(prev) == entity_at(nxt) \
            or any(is_role_head(t) for t in tokens[:k]):
        return False  # ("vice president and former prime minister": two titles, split later)
    return is_role_word(nxt) or nxt.lower_ in QUALIFIERS or nxt.is_lower and prev.ent_type_ != "" \
        or prev.ent_type_ in PLACE_LABELS | GROUP_LABELS or fold(prev.text) in PARTY_WORDS


def _a_persons_name(words: list[Token]) -> bool:
    """Words the recogniser takes for a person's name elsewhere in the article, none a role
    word: "Sanders and Massachusetts Sen. Elizabeth Warren" names two people, not a title."""
    names = {t.text for e in entities(words[0].doc) if e.label_ in PERSON_LABELS for t in e}
    return all(t.text in names and not is_role_word(t) for t in words)


def _a_named_tail(words: list[Token]) -> bool:
    """What follows a title's "for/of/at": names, joined by "of", "for", "the" and "and"
    ("of State for the Family"), ending in a name."""
    return not words or (words[-1].ent_type_ != "" or words[-1].is_title) and all(
        t.ent_type_ or t.is_title or t.lower_ in ("of", "for", "the", "and") for t in words)


_RELATIVES = frozenset({"who", "whose", "which", "that"})


def title_after(doc: Doc, end: int) -> list[Token]:
    """Apposition after a name: ", chief executive of British Airways," or ", the IOPC's director"."""
    if end + 1 >= len(doc) or doc[end].text not in (",", "(") \
            or doc[end + 1].pos_ == "ADP" and doc[end + 1].lower_ != "as" \
            or doc[end + 1].pos_ == "VERB" and doc[end + 1].dep_ not in ("amod", "compound"):
        return []  # (", for her email practices as secretary of state", ", according to ... the county
        # registrar", ", putting the senator under pressure": a phrase or a clause; ", acting director" stays)
    tokens: list[Token] = []
    i = end + 1
    while i < len(doc) and len(tokens) <= MAX_TITLE + 2:
        tok = doc[i]
        if tok.text in (",", ".", ";", ":", ")", "(", "\"", "“", "”", "'", "‘", "’") or tok.is_space \
                or opens_a_sentence(tok) or tok.text in ("-", "–", "—") and doc[i - 1].whitespace_:
            break  # (and a spaced dash that opens an aside: "chairman of Save Our Community - a group")
        if tok.pos_ in ("VERB", "AUX") and tok.tag_ not in ("VBN", "VBG") or tok.lower_ in _RELATIVES:
            if not any(is_role_head(t) for t in tokens) or _subject_of(tokens, tok):
                return []  # ("... heard of Vindman, the president declared ...": the verb's subject)
            break  # ", a former CIA operative who announced ...": the title ends at the clause
        if tok.tag_ in ("VBN", "VBG") and tok.dep_ == "acl" and any(is_role_head(t) for t in tokens):
            break  # ", an ironworker known on Twitter as ...": so does a participle's clause after it
        if tok.ent_type_ in PERSON_LABELS and not (tokens and (tokens[-1].lower_ in ("of", "at", "for", "with")
                                                             or tokens[-1].ent_type_ in PERSON_LABELS
                                                             or _to_a_titled(tokens))):
            return []  # another person's name; right after "of"/"at" it names a body ("founder of X")
        if tokens and is_role_word(tokens[-1]) and tok.is_title and tok.pos_ == "PROPN" and not tok.ent_type_ \
                and not is_role_word(tok):
            return []  # ", MEP Nigel Farage and ...": a list of people, not an apposition
        tokens.append(tok)
        i += 1
    if len(tokens) > MAX_TITLE + 1:
        return []
    if i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].ent_type_ in PERSON_LABELS:
        return []  # "Kinsley, the club's chairman, Peter Marsh": the title is Marsh's
    if len(tokens) == 1 and (tokens[0].lower_ in _PICTURE_PLACES or _a_listed_name(tokens[0], doc[i:i + 2])):
        return []  # "Donald Trump, center, and ...", a caption's; "Beyonce, Prince, Destiny's Child"
    tokens = _trim(_card_end(tokens))
    first_role = next((k for k, t in enumerate(tokens) if is_role_head(t)), None)
    first_of = next((k for k, t in enumerate(tokens) if t.lower_ in ("of", "for", "at")), len(tokens))
    if first_role is None or first_role > first_of or any(t.lower_ in ("not", "no") for t in tokens):
        return []  # ", not an investigation of the president,": the head is not a title
    return tokens


# where a caption places someone in the picture ("Jane Doe, center, ..."): no title
_PICTURE_PLACES = frozenset({"left", "right", "center", "centre", "front", "rear", "top", "bottom", "middle",
                             "background", "foreground"})


def _a_listed_name(tok: Token, after: Span) -> bool:
    """"Beyonce, Prince, Destiny's Child": a lone proper noun the parse lists with the name,
    before a comma and another proper noun, is the list's next name, not an apposition."""
    return tok.tag_ == "NNP" and tok.dep_ == "conj" and len(after) == 2 and after[0].text == "," \
        and after[1].pos_ == "PROPN"


def _card_end(tokens: list[Token]) -> list[Token]:
    """An apposition's title ends as a business card does: before a phrase of time ("a U.S.
    congressman from Indiana at the time", "chairman in 2010") and before an adverb of the
    verb that follows ("the former president roundly criticized for ...")."""
    last = tokens[-1].i if tokens else -1
    for k, tok in enumerate(tokens[1:], start=1):
        timed = tok.pos_ == "ADP" and any(c.dep_ == "pobj" and (c.ent_type_ in DATE_LABELS or c.lower_ == "time")
                                          for c in tok.children)
        if timed or tok.pos_ == "ADV" and tok.head.i > last:
            return tokens[:k]
    return tokens


def _subject_of(tokens: list[Token], verb: Token) -> bool:
    """The words after a name's comma hold the subject of the verb right after them, a
    pronoun or a definite description ("..., the president declared", "a position he
    holds"): a new clause, not an apposition to the name (an apposition the text forgot to
    close, "Armando Falcon, OFHEO director said", "X, a banker turned financier", stays)."""
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.head.i == verb.i
               and (t.pos_ == "PRON" or t.left_edge.lower_ == "the") for t in tokens)


def _to_a_titled(tokens: list[Token]) -> bool:
    """The title so far ends "to" + a title ("a former adviser to President | Trump")."""
    to = max((k for k, t in enumerate(tokens) if t.lower_ == "to"), default=None)
    rest = tokens[to + 1:] if to is not None else []
    return bool(rest) and all(t.is_title or t.lower_ == "the" for t in rest) and any(is_role_word(t) for t in rest)


def title_before_comma(doc: Doc, start: int, sent_start: int) -> list[Token]:
    """Apposition before a name: "BA's chairman, Martin Broughton"."""
    if start < 2 or doc[start - 1].text != ",":
        return []
    tokens = title_before(doc, start - 1, sent_start)
    if not tokens:
        return []
    first = tokens[0].i
    if first >= 2 and doc[first - 1].lower_ == "and" and doc[first - 2].ent_type_:
        first -= 2  # "A Latina and former sheriff, Valdez": the clause starts before the list
    # it must be the start of the clause: sentence start, or after "the"/"a", or the parse
    # must make the name its apposition ("..., and European Union ambassador to the WTO, Carlo Trojan,")
    name = doc[start]
    while name.head.i != name.i and name.head.i >= start and name.dep_ in ("compound", "flat"):
        name = name.head
    appos = name.dep_ == "appos" and first <= name.head.i < start and doc[first - 1].pos_ not in ("VERB", "AUX")
    if first > sent_start and doc[first - 1].lower_ not in _OPEN_APPOSITION and not appos:
        return []
    return tokens


# what may open an apposition before a name: "the", "said", "its", "his personal attorney, X"
_OPEN_APPOSITION = frozenset({"the", "a", "an", "said", "says", "his", "her", "its", "their"})
_AGE_WORDS = frozenset({"-", "year", "years", "old", "year-old"})
_NOT_TITLE_POS = frozenset({"ADV", "CCONJ", "DET", "ADP", "SCONJ", "PART"})


def _card_start(tokens: list[Token]) -> list[Token]:
    """A title starts as a business card does: without a leading adverb, conjunction,
    article, preposition, date or age ("On Tuesday Foreign Secretary", "now a Labour MEP",
    "then-32-year-old Prince", "and former Attorney General")."""
    after_prep = False
    while tokens:
        tok = tokens[0]
        nxt = tokens[1] if len(tokens) > 1 else None
        glued = nxt is not None and nxt.text == "-" and not tok.whitespace_  # "thick-skinned", "32-year-old"
        age = tok.lower_ in _AGE_WORDS or (tok.like_num and glued and tok.is_digit)
        if tok.lower_ in QUALIFIERS or is_role_word(tok) or (glued and not age and tok.lower_ not in ("then", "now")):
            break
        # a date after a preposition or with a lower-case word or digits ("On Tuesday", "Last
        # year", "2020"), but not "Sunday Times correspondent"
        dated = tok.ent_type_ in DATE_LABELS and (after_prep or tok.is_lower or tok.like_num or tok.is_digit
                                                  or (nxt is not None and nxt.ent_iob_ == "I" and nxt.is_lower))
        if age or dated \
                or tok.pos_ in _NOT_TITLE_POS and tok.lower_ not in ("first", "second"):
            after_prep = tok.pos_ == "ADP" or tok.ent_type_ in DATE_LABELS  # the rest of "19th Century" too
            tokens = tokens[1:]
            continue
        break
    return tokens


# words a title and its evidence never end on ("leading contender to", "main author of the")
_NO_END = CONNECTORS | {"the", "a", "an", "with", "to"}


def _tidy_title(words: list[str], place: list[str], a_firms_mark: bool = False) -> str:
    """The title's words as one string: hyphens closed up, connectors trimmed from both
    ends (not the mark of a body named in the possessive, "at Moody’s"), a place before it
    moved behind "of"."""
    title = " ".join(w.strip() for w in words).replace(" - ", "-").replace("- ", "-").replace(" -", "-")
    if not a_firms_mark:
        title = re.sub(r"['’]s$", "", title)  # ("at London's Royal Veterinary College": the body went to organisation)
    while title.split() and title.split()[-1].lower() in _NO_END:
        title = " ".join(title.split()[:-1])
    while title.split() and title.split()[0].lower() in CONNECTORS | {"the", "a", "an"}:
        title = " ".join(title.split()[1:])  # "Republican and former director": the party went to organisation
    if place:  # "London mayor" -> "mayor of London"; "US Secretary of State" stays
        title = f"{' '.join(place)} {title}" if " of " in f" {title} " or " to " in f" {title} " \
            else f"{title} of {strip_possessive(' '.join(place))}"
    return title


def _an_owner(tokens: list[Token], k: int) -> bool:
    """A person's name or a title word before "'s" inside a title; not a name after "of",
    "at" or "for", which owns the body the title names ("director of Donald Trump's 2016
    campaign", "owner of Benny's Bakery")."""
    tok = tokens[k]
    if k + 1 >= len(tokens) or tokens[k + 1].text not in POSSESSIVE_S or _in_a_complement(tokens, k):
        return False
    return tok.ent_type_ in PERSON_LABELS or is_role_word(tok)


def _owners(tokens: list[Token], org_name: Callable[[Span], str | None]) -> set[int]:
    """Where the owners before "'s" stand in a title, with the words that qualify them
    ("the prime minister's chief strategist": "prime minister")."""
    owners = {k for k in range(len(tokens)) if _an_owner(tokens, k) or _a_name_no_body_owning(tokens, k, org_name)}
    return owners | {j for k in owners for j in range(k) if tokens[j].head.i == tokens[k].i
                     and tokens[j].dep_ in ("compound", "amod")}


def _in_a_complement(tokens: list[Token], k: int) -> bool:
    """Whether the k-th title token comes after a preposition, in the phrase that completes the
    title, which keeps the text's words ("head of the country's strategic forces", "spokesman
    for the county clerk's office", "director of Donald Trump's 2016 campaign"): a business
    card leaves out only an owner before the title's head."""
    return any(t.lower_ in _BEFORE_A_BODY for t in tokens[:k])


def _after_a_body_opener(tokens: list[Token], k: int) -> bool:
    """Whether the name whose last word is at k comes right after "of", "at" or "for"."""
    while k > 0 and tokens[k - 1].ent_type_ in PERSON_LABELS and tokens[k - 1].ent_iob_ != "O":
        k -= 1
    return k > 0 and tokens[k - 1].lower_ in ("of", "at", "for")


def _names_a_role(title: str, tokens: list[Token], head: Token | None) -> bool:
    """A role word in the title, a role head among its tokens, or the head the syntax gave."""
    return any(w.lower().strip("-") in ROLE_WORDS or w.lower().split("-")[-1] in ROLE_WORDS for w in title.split()) \
        or any(is_role_head(t) for t in tokens) or (head is not None and head in tokens)


_INDEFINITES = frozenset({"someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody"})
_ONLY = frozenset({"lone", "only", "sole", "last"})


# words for an offender: what someone did, not a post held ("murderer", "robber", "drug kingpin")
OFFENDER_SEEDS = ("criminal", "killer", "thief", "fugitive", "gangster", "terrorist")


def _an_offender(tokens: list[Token]) -> bool:
    """A title whose head (before any body) is no listed role word and whose vector is near
    words for offenders and clearly farther from words for jobs ("a justice", "a former spy"
    and "a cop" are near both and stay)."""
    head = _title_head(tokens)
    offender, job = nearness(tokens[0].vocab, OFFENDER_SEEDS), nearness(tokens[0].vocab, PERSON_SEEDS)
    if head is None or offender is None or job is None or not head.has_vector or is_role_word(head):
        return False
    word = head.lower_
    return offender(word) >= 0.6 and offender(word) - job(word) >= 0.2


def _singled_out(tokens: list[Token]) -> bool:
    """"the lone African American CEO to step down", "the only veteran in the top tier",
    "America's most celebrated investor": a word that singles the person out among others
    (a superlative, "only", "last") before the head makes a description, not a title."""
    return any(t.is_lower and (t.lower_ in _ONLY or t.tag_ in ("JJS", "RBS")) for t in _before_the_body(tokens))


def _a_things_head(tokens: list[Token]) -> bool:
    """A title word that only modifies the noun a phrase is about ("the president's
    executive orders on immigration"): the phrase's head, the last word before any body, is
    a common noun for a thing, no title word."""
    head = _title_head(tokens)
    return head is not None and head.pos_ == "NOUN" and head.is_lower and not is_role_word(head) \
        and lemma_of(head).lower() not in ROLE_WORDS and _a_thing_noun(head)


def _title_head(tokens: list[Token]) -> Token | None:
    """A title's head: its last word before any body ("executive" of "chief executive of Renault")."""
    return next((t for t in reversed(_before_the_body(tokens)) if t.is_alpha), None)


def _before_the_body(tokens: list[Token]) -> list[Token]:
    """A title's words before the preposition that ties it to a body ("chief executive" of
    "chief executive of Renault")."""
    return tokens[:next((k for k, t in enumerate(tokens) if t.lower_ in _BEFORE_A_BODY), len(tokens))]


def _place_opening(tokens: list[Token], k: int, org_name: Callable[[Span], str | None]) -> int | None:
    """Where a place that opens a public office's title ends, its "'s" included ("London
    mayor", "South Korea's national security office chief" -> "... of South Korea"); not
    a nationality word ("Guatemalan President"), a place run into another ("Russia's U.S.
    ambassador") or into a body it owns ("South Korea's Joint Chiefs of Staff spokesman"), nor
    a place inside a hyphened word."""
    tok = tokens[k]
    if tok.ent_type_ not in PLACE_LABELS:
        return None
    stop = k + 1
    while stop < len(tokens) and tokens[stop].ent_iob_ == "I" and tokens[stop].ent_type_ == tok.ent_type_:
        stop += 1
    if stop < len(tokens) and tokens[stop].text in POSSESSIVE_S:
        stop += 1
    nxt = tokens[stop] if stop < len(tokens) else None
    if nxt is None or nxt.text == "-" or tokens[stop - 1].text == "-" or nxt.ent_type_ in PLACE_LABELS \
            or stop - k == 1 and in_word_class(tok, ADJECTIVES) or not _an_office_title(tokens) \
            or tokens[stop - 1].text in POSSESSIVE_S and _owns_a_body(tokens, stop, org_name):
        return None
    return stop


def _owns_a_body(tokens: list[Token], k: int, org_name: Callable[[Span], str | None]) -> bool:
    """Whether the title's k-th token begins a body's name, not a party's ("Missouri's
    Republican governor")."""
    body = _a_body_in_the_title(tokens, k, org_name)
    return body is not None and not is_a_party(body[1])


def _an_office_title(tokens: list[Token]) -> bool:
    """Whether a title's head word (before any "of") is a public office, which a place
    before it belongs to ("London mayor" -> "mayor of London", "U.S. Defense Secretary"),
    by its vector against words for offices and for jobs; not an occupation the place only
    qualifies ("UK actress", "Dallas attorney", "US professional wrestler")."""
    cut = next((k for k, t in enumerate(tokens) if t.lower_ in ("of", "for", "at", "to")), len(tokens))
    head = next((t for t in reversed(tokens[:cut]) if t.is_alpha or title_abbreviation(t.text)), None)
    office, job = nearness(tokens[0].vocab, OFFICE_SEEDS), nearness(tokens[0].vocab, PERSON_SEEDS)
    if head is None or office is None or job is None or any(t.text in POSSESSIVE_S for t in tokens[:cut]):
        return True  # ("Trump's campaign manager" -> "campaign manager of Trump")
    word = (title_abbreviation(head.text) or head.text).lower()
    if not head.vocab[word].has_vector:
        return True
    return office(word) >= 0.4 and office(word) - job(word) >= 0.05


def _inside_a_name(tokens: list[Token], k: int) -> bool:
    """Whether the "'s" at k (k > 0) sits between two capitalised words of a name, none a
    role word: "America's Voice", "Women's March"."""
    return tokens[k - 1].is_title and k + 1 < len(tokens) and tokens[k + 1].is_title \
        and not is_role_word(tokens[k + 1])


def _a_name_no_body_owning(tokens: list[Token], k: int, org_name: Callable[[Span], str | None]) -> bool:
    """A proper noun the recogniser took for a body's name but that names none here, before
    "'s" in a title: a person's ("Trump’s national security adviser", Trump tagged ORG), an
    owner left out of the title like a person's name; not after "of", "at" or "for", where it
    owns the body ("spokesman for Mueller’s team" keeps it, `_add_title_word`)."""
    tok = tokens[k]
    if k + 1 >= len(tokens) or tokens[k + 1].text not in POSSESSIVE_S or tok.pos_ != "PROPN" \
            or tok.ent_type_ not in ORG_LABELS or _after_a_body_opener(tokens, k):
        return False
    ent = entity_at(tok)
    return ent is not None and org_name(ent) is None


def _add_title_word(words: list[str], tokens: list[Token], k: int, owners: set[int]) -> None:
    """Add the k-th title token to the title's words: "Gov." as "Governor", a hyphen closed
    up, "'s" kept on a plural that owns nothing ("Children's author"), an owner and its "'s"
    left out ("Trump's former campaign manager", "the president's spokesman", "the club's
    chairman" -> "club chairman")."""
    tok = tokens[k]
    if _a_quality(tokens, k):
        return
    if tok.text in POSSESSIVE_S and k - 1 not in owners and words and words[-1] == tokens[k - 1].text \
            and (tokens[k - 1].tag_ in ("NNS", "NNPS") or _inside_a_name(tokens, k) or _in_a_complement(tokens, k - 1)
                 or tokens[k - 1].ent_type_ in PERSON_LABELS):
        words[-1] += tok.text  # (a plural's possessive too: "Children's author")
    elif not (tok.text in POSSESSIVE_S or k in owners or tok.tag_ == "PRP$" and not words):  # ("his")
        words.append(tok.text_with_ws if k + 1 < len(tokens) and tokens[k + 1].text == "-" or tok.text == "-"
                     else title_abbreviation(tok.text) or tok.text)


# adjectives that praise or describe the holder, not the post ("a wealthy developer", "the
# powerful chairman", "teenage activist"), against those that rank or class it
QUALITY_SEEDS = ("famous", "wealthy", "powerful", "popular", "successful", "prominent", "controversial", "young")
RANK_SEEDS = ("chief", "senior", "deputy", "executive", "assistant", "general", "political", "foreign")


def _a_quality(tokens: list[Token], k: int) -> bool:
    """A business card leaves out what the article says of the holder: a lower-case adjective
    (capitalised only where it opens the title and the sentence: "Teenage") on the title's
    head, whose vector is clearly nearer words for qualities, or for stances, than words that
    rank or class a post ("successful" of "its highly successful boss", "moderate Democratic
    Senator", "liberal President"; "senior", "acting", "presidential", "political"
    stay; "real" of "real estate developer" modifies no head, "Black" of "Black Lives
    Matter" is in a name)."""
    tok = tokens[k]
    quality, rank = nearness(tok.vocab, QUALITY_SEEDS), nearness(tok.vocab, RANK_SEEDS)
    stance = nearness(tok.vocab, STANCE_SEEDS)
    if quality is None or rank is None or stance is None or tok.tag_ != "JJ" or not tok.is_alpha \
            or not tok.has_vector or not (tok.is_lower or k == 0 and tok.is_sent_start) \
            or tok.ent_type_ in GROUP_LABELS or tok.dep_ != "amod" or tok.head != _title_head(tokens) \
            or is_role_word(tok) or _glued_on(tok) or tok.i > 0 and tok.doc[tok.i - 1].text == "-":
        return False  # (nor part of a hyphened word: "ultra-conservative former ambassador")
    word = tok.lower_  # (a stance is the holder's too: "moderate", "liberal", "hardline"; not "political")
    return quality(word) >= 0.4 and quality(word) - rank(word) > 0.15 \
        or stance(word) >= 0.64 and stance(word) - rank(word) >= 0.2


# a preposition that ties a title to the body after it: the body stays in the title, which
# never ends in the preposition ("Democratic leader in the House", "columnist from ESPN")
_BEFORE_A_BODY = frozenset({"of", "for", "at", "with", "to", "in", "on", "from"})


def _a_descriptor(tok: Token) -> bool:
    """An article or a word describing a body before its name ("the conservative", "chip
    maker", "U.S.-Mexico migrant aid group"), no title word of its own."""
    if tok.lower_ in _ARTICLES or tok.text == "-":
        return True
    return not is_role_word(tok) and tok.pos_ not in ("ADP", "CCONJ", "PUNCT", "PRON", "VERB", "AUX") \
        and (tok.is_lower and tok.is_alpha or tok.ent_type_ in PLACE_LABELS or tok.ent_type_ in GROUP_LABELS)


def _body_opener(tokens: list[Token], k: int) -> tuple[str | None, int]:
    """The preposition that opens the body whose name starts at k, over the words that
    describe it, and where it is: "of" in "head of the conservative House Freedom Caucus"
    and in "head of giant chip maker Texas Instruments"; None where anything else comes
    first."""
    j = k - 1
    while j >= 0 and k - j <= 6 and _a_descriptor(tokens[j]):
        j -= 1
    return (tokens[j].lower_, j) if j >= 0 and tokens[j].lower_ in _BEFORE_A_BODY else (None, j)


def _drop_descriptors(words: list[str], described: list[Token], name: Span) -> None:
    """A business card names the body without what the article says of it, or the article
    that went with that: "chief of Hewlett Packard" for "chief of technology giant Hewlett
    Packard", "principal of Latino Decisions" for "a principal of the political consulting
    firm Latino Decisions" (a qualifier stays: "spokesman for former House Speaker"; so does
    an article before the name alone, unless the name has its own: "The Dark Order")."""
    dropped = False
    for tok in reversed(described):
        if tok.lower_ in _ARTICLES or tok.lower_ in QUALIFIERS or not words \
                or words[-1].strip() != tok.text:
            break
        words.pop()
        dropped = True
    if words and words[-1].lower() in _ARTICLES and (dropped or name[0].lower_ == "the"):
        words.pop()


def is_a_party(name: str) -> bool:
    """Whether an organisation's name is a party's ("Republican", "Labour Party")."""
    return fold(name) in PARTY_WORDS or fold(name).endswith(" party")


def _a_party_pair(tok: Token) -> Span | None:
    """The token and the next as a party's two-word name ("Liberal" + "Democrat"), if they are one."""
    pair = tok.doc[tok.i:tok.i + 2]
    return pair if len(pair) == 2 and fold(pair.text) in PARTY_WORDS else None


def _party_at(tokens: list[Token], k: int, org_name: Callable[[Span], str | None],
              organisation: str | None) -> tuple[str | None, int]:
    """The party a title word at k names, as the article's organisation, when none is found
    yet ("Lib Dem leader", "Tory MP" inside a person entity), and how many words to skip: 2
    for two title words that name it ("Liberal" + "Democrat": an adjective and a NORP the
    recogniser did not join; they stay in the title too), else none (the word is read as the
    title's)."""
    tok = tokens[k]
    if organisation or not tok.is_title:
        return None, 0
    pair = _a_party_pair(tok) if k + 1 < len(tokens) else None
    name = org_name(pair) if pair is not None else None
    if name:
        return name, 2
    party = _party_entity(tok)
    if party is not None or fold(tok.text) in PARTY_WORDS:
        return org_name(party or tok.doc[tok.i:tok.i + 1]), 0
    return None, 0


_TIME_PREFIXES = frozenset({"then", "now", "ex", "soon", "once"})


def _whole_words(tokens: list[Token]) -> list[Token]:
    """A title is never cut inside a hyphenated word: "vice-captain", "court-appointed
    defense lawyer" keep their first part; "then-senator" is the senator."""
    while tokens and tokens[0].i >= 2:
        doc, i = tokens[0].doc, tokens[0].i
        if doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_ or not doc[i - 2].is_alpha \
                or doc[i - 2].lower_ in _TIME_PREFIXES:
            break
        tokens = [doc[i - 2], doc[i - 1], *tokens]
    return tokens


def _a_body_in_the_title(tokens: list[Token], k: int, org_name: Callable[[Span], str | None]) \
        -> tuple[Span, str] | None:
    """The body's entity and name that starts at the k-th title token, if one does (not a
    party's two words, "Liberal" + "Democrat", nor a name with a role word in it)."""
    tok = tokens[k]
    if not (tok.ent_type_ in ORG_LABELS or tok.ent_type_ in GROUP_LABELS and tok.is_title) \
            or _a_party_pair(tok) is not None:
        return None
    ent = entity_at(tok)
    name = org_name(ent) if ent is not None else None
    if ent is None or not name or any(is_role_word(t) for t in ent):
        return None
    return ent, name


def _add_body_name(tokens: list[Token], k: int, ent: Span, name: str, words: list[str],
                   organisation: str | None, end: int, named: set[int] | frozenset[int]) -> tuple[str | None, int]:
    """The title's organisation and evidence end once the body at the k-th token is read;
    its name goes into the title's words after "of", "at", "for" ... or an owner's "'s"."""
    doc, tok = ent.doc, tokens[k]
    before = [t.lower_ for t in tokens[max(0, k - 2):k] if t.lower_ != "the"]
    opener, at = _body_opener(tokens, k)
    if opener != "to":  # "ambassador to the UN": not the employer
        # (a body outranks a party, the employer an affiliation: "the Republican chairman of
        # the Senate Foreign Relations Committee", "a Republican former FBI director")
        organisation = name if organisation is None or is_a_party(organisation) \
            and not is_a_party(name) else organisation
    owned = before and before[-1] in POSSESSIVE_S and k >= 2 and words \
        and words[-1].removesuffix(before[-1]) == tokens[k - 2].text
    if owned and not words[-1].endswith(before[-1]):  # "founder of India's Percept Films"
        words[-1] += before[-1]
    if words and (opener in _BEFORE_A_BODY or owned):
        _drop_descriptors(words, tokens[at + 1:k] if opener else [], ent)
        last = next((t.i for t in ent if t.i in named or opens_a_sentence(t)), ent.end)
        stop = before_an_open_bracket(doc, tok.i, last)
        words.append(doc[tok.i:stop].text)  # "chief executive of British Airways"
        end = max(end, stop)  # (the evidence holds the whole name)
    return organisation, end


def build_role(tokens: list[Token], org_name: Callable[[Span], str | None], head: Token | None = None,
               named: set[int] | frozenset[int] = frozenset()) -> Role | None:
    """Title text, organisation and evidence from title tokens; `head`, when given, is a
    noun the syntax already makes a title (the complement of "was appointed"); `named`, the
    tokens of people's names, which a body's name in the title stops before ("IOPC regional
    director for London Sal Naseem", tagged as one name)."""
    tokens = _card_start(_whole_words(tokens))
    if not tokens or len(tokens) == 1 and tokens[0].lower_ in _INDEFINITES or _singled_out(tokens) \
            or _an_offender(tokens) or _a_things_head(tokens):
        return None  # "a director at Gartner and someone who ...": no second title
    doc = tokens[0].doc
    end = tokens[-1].i + 1
    organisation = None
    words: list[str] = []
    place: list[str] = []
    owners = _owners(tokens, org_name)
    k = 0
    while k < len(tokens):
        tok = tokens[k]
        body = _a_body_in_the_title(tokens, k, org_name)
        if body is not None:
            ent, name = body
            organisation, end = _add_body_name(tokens, k, ent, name, words, organisation, end, named)
            k += sum(1 for t in tokens[k:] if t.i < ent.end)
            if k < len(tokens) and tokens[k].text in POSSESSIVE_S:
                if words and words[-1] == doc[tok.i:ent.end].text and k + 1 < len(tokens):
                    words[-1] += tokens[k].text  # "general manager of Toshiba's storage division"
                k += 1
            continue
        party, skip = _party_at(tokens, k, org_name, organisation)
        organisation = organisation or party
        if skip:
            words.append(doc[tok.i:tok.i + skip].text)  # ("Lib Dem leader", as a card reads)
            k += skip
            continue
        if tok.is_upper and len(tok.text) >= 2 and tok.ent_type_ not in PERSON_LABELS and not is_role_word(tok):
            name = org_name(doc[tok.i:tok.i + 1])
            if name:
                organisation = organisation or name
                k += 2 if k + 1 < len(tokens) and tokens[k + 1].text in POSSESSIVE_S else 1
                continue
        stop = _place_opening(tokens, k, org_name) if not words and not place else None
        if stop is not None:
            place.append(doc[tok.i:tokens[stop - 1].i + 1].text)  # "London mayor" -> "mayor of London"
            k = stop
            continue
        if _former_starts_anew(tokens, k, owners):
            words.clear()  # "Democratic challenger former Vice President": the title is "former Vice President"
        if _an_ex(tokens, k):
            words.append("former")
            k += 1
        elif not words and tok.lower_ in _WHEN_HELD and tok.is_sent_start:
            words.append(tok.lower_)  # "Former foreign secretary Robin Cook": a card writes "former"
        else:
            _add_title_word(words, tokens, k, owners)
        k += 1
    firms_mark = tokens[-1].text in POSSESSIVE_S and (organisation or "").endswith(tokens[-1].text)
    title = _tidy_title(words, place, firms_mark)
    owned = [t for k, t in enumerate(tokens) if k not in owners]  # ("the president's attack": no title)
    if not title or not _names_a_role(title, owned, head):
        return None
    span = _evidence(doc, tokens[0].i, end)
    return Role(title=title, organisation=_not_a_party_of_an_owned_post(organisation, tokens), text=span.text,
                start=span.start_char, end=span.end_char)


# qualifiers that say when a post is held, no part of its name (not "Vice President", "Shadow ...")
_WHEN_HELD = frozenset({"former", "outgoing", "incoming"})


def _former_starts_anew(tokens: list[Token], k: int, owners: set[int]) -> bool:
    """"former" (or "ex-") inside a title's words, before any preposition that opens its
    complement (`_BEFORE_A_BODY`: "of", "at", "for", ...): the words before it describe the
    holder ("regular visitor former UK Prime Minister", "brash former national security
    adviser", "campaign former chief"), and the title starts there; an owner before it
    ("Trump's former campaign manager") and a place ("Mexico's") are kept apart."""
    former = tokens[k].lower_ == "former" or _an_ex(tokens, k)
    return former and k > 0 and not any(t.lower_ in _BEFORE_A_BODY for t in tokens[:k]) \
        and not any(j in owners for j in range(k))


def _an_ex(tokens: list[Token], k: int) -> bool:
    """Whether the k-th title token is the "ex" of "ex-" ("ex-chief"), which a card writes "former"."""
    return tokens[k].lower_ == "ex" and k + 1 < len(tokens) and tokens[k + 1].text == "-"


def _not_a_party_of_an_owned_post(organisation: str | None, tokens: list[Token]) -> str | None:
    """No party as the organisation of a title a lower-case common noun owns ("the
    committee's Republican chairman", "the panel's"): the post is that body's, which the title
    does not name, and the party is the holder's."""
    if organisation is not None and is_a_party(organisation) and any(
            t.is_lower and t.tag_ in ("NN", "NNS") and nxt.text in POSSESSIVE_S
            for t, nxt in zip(tokens, tokens[1:], strict=False)):
        return None
    return organisation


def _evidence(doc: Doc, start: int, end: int) -> Span:
    """A title's evidence, through the whole name of its body (`end`), without a connector or
    an article it ends on ("leading contender to" of "a leading contender to face Trump")."""
    while end - start > 1 and doc[end - 1].lower_ in _NO_END:
        end -= 1
    return doc[start:end]


def explicit_roles(doc: Doc, refs: list[PersonRef], org_name: Callable[[Span], str | None]
                   ) -> list[tuple[int, Role]]:
    """(person, role) pairs stated next to a name."""
    found = []
    named = {i for r in refs for i in range(r.start, r.end)}
    for ref in refs:
        sent = doc[ref.start].sent
        before = [title_before(doc, ref.start, sent.start), title_before_comma(doc, ref.start, sent.start)]
        after = title_after(doc, ref.end)
        before = [_trim(t[max((k + 1 for k, x in enumerate(t) if x.i in named), default=0):]) for t in before]
        first_named = next((k for k, t in enumerate(after) if t.i in named), None)
        if first_named is not None and not any(t.lower_ in ("of", "at", "for", "to") for t in after[:first_named]):
            after = []  # another person's name inside: a list, not an apposition
        employer_tokens, employer = _org_after_name(doc, ref.end, org_name)
        for tokens in (before[0], after, before[1]):
            for part in split_titles(tokens):
                joined = employer is not None and tokens is before[0] and part and part[-1].i == ref.start - 1
                role = build_role(part + employer_tokens if joined else part, org_name,
                                  named=named)  # "analyst X of Barclays"
                if role is not None and joined and role.organisation is None:
                    role.organisation = employer
                if role is not None:
                    found.append((ref.person, _owner_of_its(doc, part, role, org_name)))
        for role in (role_by_verb(doc, ref.end, org_name), *role_by_predicate(doc, ref, org_name),
                     plural_title(doc, ref, refs, org_name)):
            if role is not None:
                found.append((ref.person, role))
    return found


def plural_title(doc: Doc, ref: PersonRef, refs: list[PersonRef], org_name: Callable[[Span], str | None]
                 ) -> Role | None:
    """A plural title before coordinated names gives each of them the title in the singular:
    "NASA astronauts Bob Behnken and Doug Hurley", "producers Ann Lee, Tom Hart and Joe
    Bloggs", "playwrights such as Martin Lynch and Gary Mitchell" (a listed role word or an
    agent noun that is not a side taken: not "supporters")."""
    first = doc[ref.end - 1]
    for _ in range(8):  # the first of the coordinated names
        if first.dep_ != "conj":
            break
        first = first.head
    start = ref.start if first.i >= ref.start else next((r.start for r in refs if r.start <= first.i < r.end), None)
    if start is None or start < 1:
        return None
    such_as = start >= 3 and doc[start - 1].lower_ == "as" and doc[start - 2].lower_ == "such"
    noun = doc[start - 3] if such_as else doc[start - 1]
    if noun.tag_ != "NNS" or not (such_as or noun.head.i == first.i or first.head.i == noun.i):
        return None  # the parse must tie them: not "knew accounting maneuvers Manafort and Gates requested"
    singular = lemma_of(noun).lower()  # (asked only now: lemmas are computed on demand)
    if singular == noun.lower_ or singular in NOT_ROLE_NOUNS or not (
            singular in ROLE_WORDS or agent_ending(singular)):
        return None
    i = noun.i  # its modifiers: "NASA astronauts", "Democratic presidential hopefuls"
    while i > noun.sent.start and noun.i - i < MAX_TITLE and _title_token(doc[i - 1]) \
            and (doc[i - 1].lower_ not in CONNECTORS or doc[i - 1].text == "-") \
            and doc[i - 1].ent_type_ not in PERSON_LABELS:
        i -= 1  # ("cabinet-level former officials")
    role = build_role(_trim(list(doc[i:noun.i + 1])), org_name, head=noun)
    if role is None or not role.title.endswith(noun.text):
        return None
    role.title = role.title[:-len(noun.text)] + singular
    return role


def _org_after_name(doc: Doc, end: int, org_name: Callable[[Span], str | None]
                    ) -> tuple[list[Token], str | None]:
    """'of ORG' / 'at ORG' right after a name, as (tokens, organisation): the employer of
    the title before it (an entity factcli's organisations know, whatever the recogniser
    labelled it); ([], None) when there is none."""
    if end + 1 >= len(doc) or doc[end].lower_ not in ("of", "at"):
        return [], None
    ent = entity_at(doc[end + 1])
    if ent is None and doc[end + 1].lower_ == "the" and end + 2 < len(doc):
        ent = entity_at(doc[end + 2])
    name = org_name(ent) if ent is not None and ent.start <= end + 2 else None
    if not name or is_a_party(name):
        return [], None  # "President Donald Trump of the Republican Party": an affiliation
    if any(t.text in POSSESSIVE_S for t in doc[ent.start:min(ent.end + 1, len(doc))]):
        return [], None  # "analyst Gerard Rijk of Inbev's strong performance"
    if any(t.lower_ in ("lord", "baroness", "lady", "baron") for t in doc[max(0, end - 4):end]):
        return [], None  # "Lord Roberts of Conwy": a peer's title, not an employer
    return [doc[end], *doc[end + 1:ent.end]], name


# verbs whose complement names the subject's office: "was appointed chairman" (passive),
# "became chief executive", "serves as finance director", "will stay on as coach"
NAMING_VERBS = frozenset({"appoint", "name", "elect", "make", "promote", "choose", "select", "nominate",
                          "install", "confirm", "crown"})
AS_VERBS = frozenset({"serve", "act", "stay", "remain", "work", "continue", "join", "return", "take", "step",
                      "start", "begin", "retire", "resign", "quit", "appoint", "name", "elect", "hire",
                      "install", "confirm"})
_COMPLEMENTS = frozenset({"attr", "oprd", "xcomp"})


def role_by_predicate(doc: Doc, ref: PersonRef, org_name: Callable[[Span], str | None]) -> list[Role]:
    """Titles stated by the clause the name is the subject of: "X was appointed chief
    executive", "X is to become chairwoman of Volvo", "X serves as finance director",
    "As head of sales, X will ...", "X, who was head of the team, ..."."""
    name = doc[ref.start:ref.end]
    root = name.root
    verbs = []
    if root.dep_ in ("nsubj", "nsubjpass"):
        verbs.append(root.head)  # and a verb coordinated with it that has no subject of its own:
        verbs.extend(c for c in root.head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                     and not any(g.dep_.startswith("nsubj") for g in c.children))  # "X, ..., was chairman"
    for child in root.children:  # ", who was head of the Greek Olympic team,"
        if child.dep_ == "relcl" and any(c.lower_ == "who" and c.dep_.startswith("nsubj") for c in child.children):
            verbs.append(child)
    for verb in verbs:
        for v in (verb, *[c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]):
            noun = _predicate_noun(v)
            if noun is None:
                continue
            nouns = [noun, *[c for c in noun.children if c.dep_ == "conj" and _office_noun(c, strict=True)]]
            roles = [r for n in nouns if (r := build_role(_title_phrase(n), org_name, head=n)) is not None]
            for r in roles[:-1]:  # "chairman and CEO of Massey Energy": both of Massey Energy
                r.organisation = r.organisation or roles[-1].organisation
            return roles
    return []


def _predicate_noun(verb: Token) -> Token | None:
    """The noun of office a verb gives its subject, if any."""
    lemma = lemma_of(verb).lower()
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as" and (lemma in AS_VERBS or child.i < verb.i) \
                and not (lemma in NAMING_VERBS and not passive and any(c.dep_ == "dobj" for c in verb.children)):
            # (but "declined to name Murphy as the aide": the title is the object's)
            noun = next((c for c in child.children if c.dep_ == "pobj"), None)
            if noun is not None and _office_noun(noun, strict=False):
                return noun  # "serves as finance director", "As head of sales, X will"
        if child.dep_ not in _COMPLEMENTS or child.pos_ != "NOUN" or _ranked(child):
            continue
        if lemma in NAMING_VERBS and passive and _office_noun(child, strict=False):
            return child  # "was appointed chief executive"
        if lemma in ("become", "remain") and _office_noun(child, strict=True):
            return child
        if lemma == "be" and is_role_word(child) and (
                not any(c.lower_ in ("a", "an") for c in child.children) or _of_a_named(child)):
            return child  # "X is chief executive of Y", "a professor at the University of Z", not "a scientist"
    return None


def _of_a_named(noun: Token) -> bool:
    """A title tied by a preposition to a named body or person: "a former adviser to President
    Trump", "a professor at the University of Leeds"."""
    return any(c.dep_ == "prep" and c.lower_ in ("to", "at", "of", "for", "with") and any(
        g.dep_ == "pobj" and g.ent_type_ in ORG_LABELS | PERSON_LABELS for g in c.children) for c in noun.children)


_RANKS = frozenset({"first", "last", "only", "latest", "next", "second", "third"})


def _ranked(noun: Token) -> bool:
    """"the first star to be evicted", "the most brilliant scientist": a description, not an office."""
    return any(t.tag_ in ("JJS", "RBS") or t.lower_ in _RANKS for t in noun.lefts for t in t.subtree)


def _office_noun(tok: Token, strict: bool) -> bool:
    """A listed title, or (not `strict`) any job noun, or (`strict`) an agent noun."""
    if is_role_word(tok):
        return True
    return _job_noun(tok) and (not strict or agent_ending(tok.lower_))


def _title_phrase(noun: Token) -> list[Token]:
    """The noun with its modifiers and an "of/for/at" body, up to a comma, clause or verb."""
    doc = noun.doc
    left = noun.i
    while left - 1 >= 0 and doc[left - 1].head.i in range(left - 1, noun.i + 1) and \
            doc[left - 1].dep_ in ("amod", "compound", "nmod", "poss", "case", "det", "punct") and \
            doc[left - 1].text not in (",", "(", ")") and doc[left - 1].pos_ != "PRON":
        left -= 1
    right = noun.i + 1
    if right < len(doc) and doc[right].lower_ in ("of", "for", "at") and doc[right].head.i == noun.i:
        right += 1
        while right < len(doc) and not doc[right].is_punct and doc[right].pos_ not in ("VERB", "AUX", "PRON") \
                and doc[right].lower_ not in _RELATIVES and right - noun.i <= MAX_TITLE \
                and not (doc[right].pos_ == "ADP" and not doc[right].ent_type_) \
                and doc[right].ent_type_ not in DATE_LABELS:
            right += 1  # up to another preposition: "chief executive of Harbour Water | in May"
    return _trim([t for t in doc[left:right] if t.dep_ != "det" or t.i > noun.i])


_POSSESSIVES = ("its", "their")


def _owner_of_its(doc: Doc, tokens: list[Token], role: Role, org_name: Callable[[Span], str | None]) -> Role:
    """"Siemens posted a loss. Its chief executive, Joe Kaeser, ...": the organisation
    "its" stands for is the nearest one named before, in this or the previous sentence."""
    first = tokens[0].i
    if role.organisation is not None or first == 0 or doc[first - 1].lower_ not in _POSSESSIVES:
        return role
    sent = doc[first - 1].sent
    subject = next((t for t in doc[sent.start:first - 1] if t.dep_.startswith("nsubj")), None)
    if subject is not None and subject.ent_type_ not in ORG_LABELS:
        return role  # "Yukos claims its ...": the sentence's own subject, not an organisation found before
    window = sent.start if subject is not None else (doc[sent.start - 1].sent.start if sent.start > 0 else 0)
    before = [e for e in entities(doc) if window <= e.start and e.end <= first - 1 and e.label_ in ORG_LABELS]
    for ent in reversed(before):
        name = org_name(ent)
        if name:
            role.organisation = name
            if " of " not in f" {role.title} ":
                role.title = f"{role.title} of {name}"
            break
    return role


def split_titles(tokens: list[Token]) -> list[list[Token]]:
    """'committee member and Tory MP' -> two titles; 'Work and Pensions Secretary' stays one
    (the words before "and" hold no role word)."""
    tokens = _the_titled_side(tokens)
    for k, tok in enumerate(tokens):
        if tok.lower_ == "and" and 0 < k < len(tokens) - 1 and tokens[k + 1].tag_ in ("PRP$", "DT") \
                and any(is_role_head(t) for t in tokens[:k]) and not any(is_role_head(t) for t in tokens[k + 1:]):
            return split_titles(_trim(tokens[:k]))  # "CEO of Alphabet Inc and its subsidiary": no title after
        if tok.lower_ == "and" and any(is_role_head(t) for t in tokens[:k]) and \
                any(is_role_head(t) for t in tokens[k + 1:]):
            return [_trim(tokens[:k]), *split_titles(_trim(tokens[k + 1:]))]
    k = _stacked_office(tokens)
    if k is not None:  # "House Intelligence chairman Rep." -> "chairman", "Representative"
        return [_trim(tokens[:k + 1]), _trim(tokens[k + 1:])]
    return [tokens] if tokens else []


def _the_titled_side(tokens: list[Token]) -> list[Token]:
    """Of two descriptions the parse coordinates, the one with a role word: "a Latina and
    former sheriff" -> "former sheriff", "mayor of Miami and himself a Cuban exile" -> "mayor
    of Miami"; "operations and safety editor" stays (its "and" joins modifiers of one noun)."""
    for k, tok in enumerate(tokens):
        if tok.lower_ != "and" or k == 0 or any(t.lower_ in CONNECTORS - {"-"} for t in tokens[:k]):
            continue
        left, right = tokens[:k], tokens[k + 1:]
        heads = [t for t in right if t.dep_ == "conj" and t.head in left and t.tag_ in ("NN", "NNP")]
        if len(heads) != 1 or heads[0] is not right[-1] and heads[0].i + 1 < len(heads[0].doc) \
                and heads[0].nbor().lower_ not in ("of", "for", "at", "to"):
            continue  # "Trade and Industry Secretary": "Industry" is no head of its own
        other, head = heads[0].head, heads[0]
        if is_role_head(head) and not is_role_head(other) and _someone(other):
            return _trim(right)  # "a Latina and former sheriff", "his wife and business partner"
        if is_role_head(other) and not is_role_head(head) and (_someone(head) or _a_thing_noun(head)):
            return _trim(left)  # ("the Vermont senator and self-described democratic socialist")
    return tokens


def _someone(tok: Token) -> bool:
    """A word for a person of some kind, no job: a kinship word, a nationality, a follower."""
    return tok.lower_ in NOT_ROLE_NOUNS or tok.ent_type_ in GROUP_LABELS or _agent_noun(tok) or _a_person_noun(tok)


_SEATS = frozenset({"Senator", "Representative", "Governor", "Congressman", "Congresswoman"})
_RANK_TITLES = frozenset(TITLE_ABBREVIATIONS.values())


def _stacked_office(tokens: list[Token]) -> int | None:
    """Where a job ends before an elected seat's title stacked after it ("impeachment
    manager Rep.", "presidential candidate former Massachusetts Gov."): the last role word
    before the seat, when that word is no rank of its own ("Lt. Gov." stays one)."""
    if len(tokens) < 2 or (title_abbreviation(tokens[-1].text) or tokens[-1].text) not in _SEATS:
        return None
    k = max((k for k, t in enumerate(tokens[:-1]) if is_role_head(t)), default=None)
    if k is None or (title_abbreviation(tokens[k].text) or tokens[k].text.title()) in _RANK_TITLES \
            or not (is_role_word(tokens[k]) or _agent_noun(tokens[k])):
        return None
    return k if all(t.lower_ not in CONNECTORS for t in tokens[k + 1:]) else None


def _verb_object(verb: Token) -> list[Token]:
    """The body a verb of office governs, as its object's noun phrase with an "of" phrase
    or a name in apposition ("chairs the Commons work and pensions committee", "runs the
    website InfoWars"), not a relative clause after it; none for a plural object that
    names no body ("owns three guns", "owns rental properties")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return []
    end = obj.i
    for child in obj.rights:
        if child.dep_ == "appos" and child.ent_type_ or child.dep_ == "prep" and child.lower_ == "of":
            end = max(end, child.right_edge.i)
    tokens = list(verb.doc[obj.left_edge.i:end + 1])
    if any(t.pos_ in ("VERB", "AUX") or t.is_space for t in tokens) or len(tokens) > MAX_TITLE:
        return []
    if obj.tag_ in ("NNS", "NNPS") and not any(t.ent_type_ in ORG_LABELS for t in tokens):
        return []
    return tokens


def _name_without_description(tokens: list[Token]) -> list[Token]:
    """A verb's object as a business card names it: "the anti-war party Respect" -> "Respect"
    (the proper nouns that end it, where words describe them first: `_a_descriptor`, as a
    title drops them before its body, `_drop_descriptors`)."""
    k = len(tokens)
    while k > 0 and tokens[k - 1].pos_ == "PROPN" and tokens[k - 1].is_title:
        k -= 1
    described = any(t.is_alpha and t.lower_ not in _ARTICLES and _a_descriptor(t) for t in tokens[:k])
    return tokens[k:] if k < len(tokens) and described else tokens


ROLE_VERBS = {"chairs": "chair", "heads": "head", "leads": "leader", "runs": "head", "founded": "founder",
              "owns": "owner", "manages": "manager", "edits": "editor", "coaches": "coach"}


# what a verb's object that names no body is tagged: an amount
_NO_BODY_OBJECTS = frozenset({"MONEY", "CARDINAL", "QUANTITY", "PERCENT"})


def role_by_verb(doc: Doc, end: int, org_name: Callable[[Span], str | None]) -> Role | None:
    """', who chairs the Commons work and pensions committee,' -> 'chair of the Commons
    work and pensions committee'."""
    if end + 3 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "who" \
            or doc[end + 2].lower_ not in ROLE_VERBS:
        return None
    body = _name_without_description(_verb_object(doc[end + 2]))
    if not body or any(t.ent_type_ in _NO_BODY_OBJECTS for t in body):
        return None  # ("who owns as much as $6.4m invested": no body)
    i = body[-1].i + 1
    span = doc[end + 2:i]
    organisation = None
    for ent in entities(doc):
        if ent.start >= end + 3 and ent.end <= i and ent.label_ in ORG_LABELS:
            organisation = organisation or org_name(ent)
    body_text = doc[body[0].i:body[-1].i + 1].text
    if organisation is None:
        organisation = org_name(doc[body[0].i + (1 if body[0].lower_ == "the" else 0):body[-1].i + 1])
    title = f"{ROLE_VERBS[doc[end + 2].lower_]} of {body_text}"
    return Role(title=title, organisation=organisation, text=span.text, start=span.start_char, end=span.end_char)


_NOUNS = frozenset({"NOUN", "PROPN"})


def anaphoric_roles(doc: Doc, refs: list[PersonRef], known: dict[int, set[str]],
                    org_name: Callable[[Span], str | None],
                    honorifics: dict[int, str | None] | None = None,
                    held: dict[int, set[str]] | None = None) -> list[tuple[int, list[Role]]]:
    """'The London mayor told ...': a definite title as a subject, linked to the person
    the previous sentences were about (their subject first, then the most recent), never
    to a name in a photo credit or a person whose honorific says the other sex ("the Queen
    invited Mr Wilson"); `honorifics` gives each person's, if any, and `held` the titles
    (lower case) the text gave each person before a name or in apposition. Each description
    gives its roles, a second title joined by "and" after the first ("the DUP leader and
    preacher")."""
    named = {i for r in refs for i in range(r.start, r.end)}
    out: list[tuple[int, list[Role]]] = []
    for tok in (doc[i] for i in positions(doc, _NOUNS, POS) if i not in named):
        if not (is_role_word(tok) or _person_head(tok) and _coordinated(tok)):
            continue  # (an agent noun alone, "the player", "the writer", is too often someone unnamed)
        left = _definite_start(tok)
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if left is None or nxt is not None and nxt.i in named or in_quotation(tok):
            continue  # (a title right before a name is handled above)
        right = _description_end(tok)
        named_after = next((r.person for r in refs if r.start == right + 2), None) \
            if right + 2 < len(doc) and doc[right + 1].text == "," else None
        if named_after is None and not _is_subject(tok):
            continue
        tokens = _trim([t for t in doc[left:right + 1] if t.lower_ != "the"])
        if named_after is not None:  # "the US secretary of state, Mike Pompeo, met ...": his
            role = build_role(tokens, org_name)
            if role is not None:
                out.append((named_after, [role]))
            continue
        parts = _and_parts(tokens)
        roles = [build_role(part, org_name, head=part[-1] if len(parts) > 1 else None) for part in parts]
        if not roles or None in roles:
            continue
        role, *more = roles
        taken = {p for p, (r, *_) in out if doc.char_span(r.start, r.end, alignment_mode="expand").sent == tok.sent}
        # "the city's mayor", "Marsh's new chief executive", "the prime minister's spokesman":
        # held by a person the article has given that title, never just the nearest name
        owned = doc[left - 1].text in POSSESSIVE_MARKS
        sex = _sex_of_title(tok)
        fits = [r for r in refs if r.person not in taken and not _in_a_credit(doc, r)
                and not (sex and sex_of((honorifics or {}).get(r.person)) not in (None, sex))]
        holding = {p for p, titles in (held or {}).items() if role.title.lower() in titles}
        person = _antecedent(doc, tok, fits, known, owned, holding)
        if person is not None:
            out.append((person, [role, *more, *_and_titles(tok, org_name)]))
            known.setdefault(person, set()).add(tok.lower_)
    return out


def _description_end(tok: Token) -> int:
    """Where a description headed by tok ends: "the director of the National Institute of
    Allergy and Infectious Diseases", "the US secretary of state" (before a comma)."""
    doc, right = tok.doc, tok.i
    if right + 2 < len(doc) and doc[right + 1].lower_ in ("of", "for") and doc[right + 2].ent_type_:
        right += 2
        while right + 1 < len(doc) and doc[right + 1].ent_iob_ == "I":
            right += 1
    elif right + 3 < len(doc) and doc[right + 1].lower_ == "of" and doc[right + 2].pos_ in ("NOUN", "PROPN") \
            and doc[right + 3].text == ",":
        right += 2
    return right


def _person_head(tok: Token) -> bool:
    """A title word, or an agent noun whose vector says it names a person ("rapper")."""
    return is_role_word(tok) or _agent_noun(tok) and _a_person_noun(tok)


def _coordinated(tok: Token) -> bool:
    """"the actress and singer", "the rapper and fashion designer": two titles, one person."""
    doc = tok.doc
    after = tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "and" and doc[tok.i + 2].pos_ in ("NOUN", "ADJ")
    before = any(t.lower_ == "and" for t in doc[max(0, tok.i - 4):tok.i]) and _definite_start(tok) is not None
    return after or before


def _and_parts(tokens: list[Token]) -> list[list[Token]]:
    """A description's titles split at "and" ("rapper and fashion designer"); none unless
    each part ends in a title word or a person's agent noun (one part: the title as it is)."""
    parts: list[list[Token]] = [[]]
    for tok in tokens:
        if tok.lower_ == "and" and not tok.ent_type_:  # (not "Allergy and Infectious Diseases")
            parts.append([])
        else:
            parts[-1].append(tok)
    if len(parts) == 1:
        return parts
    return parts if all(part and _person_head(part[-1]) for part in parts) else []


def _and_titles(tok: Token, org_name: Callable[[Span], str | None]) -> list[Role]:
    """The titles joined to a description's head by "and" with no determiner between: "the
    rapper and fashion designer" is one person, "the Mayor and the Commissioner" two."""
    roles = []
    for conj in tok.conjuncts:
        if conj.i < tok.i or conj.i - tok.i > 4 or conj.tag_ != "NN" \
                or any(t.pos_ in ("DET", "PRON", "PUNCT") for t in tok.doc[tok.i + 1:conj.i]):
            continue
        left = conj.i
        while left > tok.i + 2 and tok.doc[left - 1].pos_ in ("NOUN", "ADJ", "PROPN"):
            left -= 1
        role = build_role(list(tok.doc[left:conj.i + 1]), org_name, head=conj) if _person_head(conj) else None
        if role is not None:
            roles.append(role)
    return roles


def _sex_of_title(tok: Token) -> frozenset[str] | None:
    """FEMALE for a title only a woman holds ("queen", "chairwoman", "actress"), MALE for one
    only a man does ("king"); None for the rest ("chairman" is said of women too)."""
    word = tok.lower_
    if word in FEMALE or word in ("duchess", "countess", "actress", "empress") or word.endswith("woman"):
        return FEMALE
    return MALE if word in ("king", "prince", "duke", "emperor") else None


def _in_a_credit(doc: Doc, ref: PersonRef) -> bool:
    """A name in a photo credit ("REUTERS/Loren Elliott/File Photo") is no one the story is about."""
    return (ref.start > 0 and doc[ref.start - 1].text == "/") or (ref.end < len(doc) and doc[ref.end].text == "/")


def _definite_start(tok: Token) -> int | None:
    """Index after 'the' (or a possessive) that opens the title ending at tok, if any."""
    i = tok.i - 1
    while i >= 0 and tok.i - i <= 4:
        t = tok.doc[i]
        if t.lower_ == "the" or t.text in POSSESSIVE_S:
            return i + 1
        if not (t.is_title or t.pos_ in ("ADJ", "NOUN", "PROPN") or t.text == "-"
                or t.lower_ == "and" and i > 0 and tok.doc[i - 1].pos_ == "NOUN"):
            return None  # (but "the rapper and fashion designer")
        i -= 1
    return None


def _is_subject(tok: Token) -> bool:
    """The title is the subject of the verb that follows it."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ in ("and", "or"):
        after = tok.doc[tok.i + 2] if tok.i + 2 < len(tok.doc) else None
        if after is None or after.pos_ in ("DET", "PRON") or not tok.conjuncts:
            return False  # "the Mayor and the Commissioner": two people
        return tok.dep_.startswith("nsubj")  # "the rapper and fashion designer will face"
    return tok.dep_.startswith("nsubj") or (nxt is not None and nxt.pos_ in ("VERB", "AUX"))


def in_quotation(tok: Token) -> bool:
    """Whether a token is inside quoted speech, judged within its paragraph."""
    text = doc_text(tok.doc)
    para_start = text.rfind("\n", 0, tok.idx) + 1
    before = text[para_start:tok.idx]
    doubles = before.count("\"") % 2 == 1 or before.count("“") > before.count("”")
    closing = sum(1 for k, c in enumerate(before) if c == "’" and not before[k + 1:k + 2].isalpha())
    return doubles or before.count("‘") > closing


def _antecedent(doc: Doc, tok: Token, refs: list[PersonRef], known: dict[int, set[str]],
                only_known: bool = False, holding: set[int] | None = None) -> int | None:
    """The person a description refers to: one in the window it was already linked to by
    its head word, else the one person the article gave the very same title (`holding`),
    else (unless `only_known`) the previous sentences' subject, or the most recent person the
    article names three times or more (one it is about, not a passing name: "chairs by Louis
    XVI ... the candidate")."""
    sent = tok.sent
    window_start = sent.start
    prev = sent
    for _ in range(2):
        if prev.start == 0:
            break
        prev = doc[prev.start - 1].sent
        window_start = prev.start
    candidates = [r for r in refs if window_start <= r.start < tok.i]
    if not candidates:
        return None
    head = tok.lower_
    same = [r for r in candidates if head in known.get(r.person, set())]
    if same:
        return same[-1].person
    holders = {r.person for r in refs if r.start < tok.i and r.person in (holding or set())}
    if holders:  # "the president": the one the article has called president, else no one sure
        return holders.pop() if len(holders) == 1 else None
    if only_known:
        return None
    fronted = _fronted_subject(doc, tok, candidates)
    if fronted is not None:
        return fronted
    if not _an_office(tok):
        return None  # "The judge reversed that finding": an occupation, too often someone unnamed
    others = _others_in_its_sentence(tok, candidates)
    in_sentence = {r.person for r in candidates if r.start >= sent.start}
    pool = [r for r in candidates if r.person not in in_sentence | others] \
        or [r for r in candidates if r.person not in others and r.start >= sent.start
            and doc[r.end - 1].dep_.startswith("nsubj")]  # (the subject of a clause beside it)
    if not pool:
        return None
    free = [r for r in pool if not known.get(r.person)]
    pool = free or pool
    subjects = [r for r in pool if doc[r.end - 1].dep_.startswith("nsubj") or doc[r.start].dep_.startswith("nsubj")]
    if subjects:
        return subjects[-1].person
    salient = [r for r in pool if sum(x.person == r.person for x in refs) >= 3]
    return salient[-1].person if salient else None


# words for holders of public office and for performers, by their vectors, against words for
# jobs (PERSON_SEEDS)
OFFICE_SEEDS = ("premier", "congressman", "lawmaker", "politician", "statesman", "legislator")
PERFORMER_SEEDS = ("actress", "singer", "rapper", "musician", "comedian", "songwriter")


def _an_office(tok: Token) -> bool:
    """A public office ("the president", "the chancellor", "the MP for Y", "the home
    secretary") or a performer's calling ("the actress", "the singer"), not a job that news
    gives people it leaves unnamed ("the judge", "the professor", "the spokesman", "the
    official"): the only descriptions the article's subject or most named person may be
    taken to hold."""
    office, performer, job = (nearness(tok.vocab, seeds) for seeds in (OFFICE_SEEDS, PERFORMER_SEEDS, PERSON_SEEDS))
    if office is None or performer is None or job is None:
        return True
    return any(office(w) >= 0.6 or office(w) >= 0.4 and office(w) - job(w) >= 0.04
               or performer(w) >= 0.45 and performer(w) - job(w) >= 0.2
               for w in (tok.text, tok.lower_) if tok.vocab[w].has_vector)


def _others_in_its_sentence(tok: Token, candidates: list[PersonRef]) -> set[int]:
    """People a description's own sentence shows to be someone else: named after it ("the
    chancellor said Mr Baume was never ..."), inside quotation marks ("“Little Adam Schiff,”
    the president tweeted", even untagged there), or the subject of a verb the description
    depends on ("Lady Boothroyd said ... for the lord chancellor to ..."); not the subject of
    a clause beside it ("Booker scored ..., and the New Jersey senator sounded ...")."""
    doc, sent = tok.doc, tok.sent
    last_words = {doc[r.end - 1].text for r in candidates}  # (quotation marks are looked for only there)
    named = {t.text for t in sent if t.text in last_words and (t.i > tok.i or in_quotation(t))}
    above = {t.i for t in tok.ancestors}
    return {r.person for r in candidates if doc[r.end - 1].text in named
            or r.start >= sent.start and doc[r.end - 1].dep_.startswith("nsubj") and doc[r.end - 1].head.i in above}


def _fronted_subject(doc: Doc, tok: Token, candidates: list[PersonRef]) -> int | None:
    """"If Kanye West is serious ..., the rapper will face ...": the one person named in a
    clause put before the description's own verb, as its subject, is the person it describes
    (not so "After Trump blasted Graham, the senator ...": two people)."""
    in_sentence = [r for r in candidates if r.start >= tok.sent.start]
    if len({r.person for r in in_sentence}) != 1:
        return None
    for ref in in_sentence:
        last = doc[ref.end - 1]
        clause = last.head
        if last.dep_.startswith("nsubj") and clause.dep_ == "advcl" and clause.head == tok.head \
                and clause.i < tok.i:
            return ref.person
    return None
