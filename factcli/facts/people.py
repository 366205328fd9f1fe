"""People: person mentions from the entity recogniser, grouped into one entry per person.

"Mr Khan", "Khan" and "Sadiq Khan" are one person; "Dame" is an honorific, not part of
the name; "Kama Melly QC" is named "Kama Melly".
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from factcli.facts.datenorm import WEEKDAY_RE
from factcli.facts.names import (
    BOILERPLATE,
    HONORIFICS,
    NAME_PARTICLES,
    NOT_A_FIRST_NAME,
    POSSESSIVE_MARKS,
    POSTNOMINALS,
    after_share_bar,
    fold,
    glued_to_a_name,
    is_honorific,
    label_votes,
    strip_possessive,
)
from factcli.facts.organisations import (
    BODY_SEEDS,
    GIVEN_NAME_SEEDS,
    SURNAME_SEEDS,
    a_given_name_and_surname,
    a_members_seat,
    before_a_performer,
    described_as_a_body,
    described_as_a_work,
    given_name_like,
    org_key,
    people_called_so,
)
from factcli.facts.results import Mention, Person
from factcli.facts.roles import KIN_SEEDS, PERSON_SEEDS, QUALIFIERS, agent_ending
from factcli.facts.wordlists import HOLIDAYS, PARTY_WORDS, ROLE_WORDS, title_abbreviation
from factcli.nlp.doctext import doc_text
from factcli.nlp.labels import ORG_LABELS, PERSON_LABELS, PLACE_LABELS
from factcli.nlp.scan import entities, joined_entities, positions
from factcli.nlp.vectors import nearness
from factcli.nlp.wordclasses import ADJECTIVES, NOUNS, in_word_class, listed


@dataclass
class PersonMention:
    span: Span  # the name, honorific and post-nominals included
    honorific: str | None
    words: list[str]  # the bare name

    @property
    def name(self) -> str:
        return " ".join(self.words)


@dataclass
class PersonCluster:
    mentions: list[PersonMention] = field(default_factory=list)

    @property
    def full(self) -> list[str]:
        """The fullest bare name used (most words; first used on a tie)."""
        return max((m.words for m in self.mentions), key=len)

    def matches(self, words: list[str]) -> bool:
        mine, my_generation = _generation(self.full)
        theirs, their_generation = _generation(words)
        if my_generation != their_generation and (len(mine if my_generation is None else theirs) > 1
                                                  or my_generation is not None and their_generation is not None):
            return False  # "Trump Jr" is not Ivanka Trump, "Donald Trump" nor "Trump Sr" (a bare "King" may be Jr.)
        if mine == theirs:
            return True
        if len(theirs) == 1:
            return theirs[0] in (mine[0], _own_last(mine), _second_part(mine))
        if len(mine) == 1:
            return mine[0] in (theirs[0], _own_last(theirs), _second_part(theirs))
        # "Sławoj Głódź" ~ "Sławoj Leszek Głódź": same first and last names; "De Niro" ~
        # "Robert De Niro", "Huckabee Sanders" ~ "Sarah Huckabee Sanders": a surname of two words
        short, long_ = sorted((mine, theirs), key=len)
        return mine[0] == theirs[0] and mine[-1] == theirs[-1] and not _other_middles(mine, theirs) \
            or long_[len(long_) - len(short):] == short


# "son/daughter of": the word after it is a parent's name ("Mohammed bin Salman": King Salman's son)
_PATRONYMIC = frozenset({"bin", "ibn", "bint"})


def _own_last(words: list[str]) -> str | None:
    """A full name's last word when it is the person's own, not a parent's after "bin"."""
    return None if len(words) > 2 and words[-2] in _PATRONYMIC else words[-1]


def _other_middles(one: list[str], other: list[str]) -> bool:
    """Two middle names or initials that start with different letters make two people:
    "George HW Bush" is not "George P Bush" (but "George W. Bush" is "George Walker Bush")."""
    first, second = ("".join(w.strip(".") for w in words[1:-1]) for words in (one, other))
    return bool(first and second) and first[0] != second[0]


_GENERATIONS = frozenset({"jr", "sr", "jnr", "snr", "ii", "iii", "iv"})


def _generation(words: list[str]) -> tuple[list[str], str | None]:
    """A name folded and without its generational suffix, and the suffix ("Donald Trump Jr.")."""
    words = [fold(w) for w in words]
    if len(words) > 1 and words[-1].rstrip(".,") in _GENERATIONS:
        return words[:-1], words[-1].rstrip(".,")
    return words, None


def _second_part(words: list[str]) -> str | None:
    """The part after the hyphen of a full name's double surname: "Majid Takht-Ravanchi" is
    "Ravanchi" later (none for a one-word name, nor "Jong-un")."""
    last = words[-1].split("-") if len(words) > 1 else []
    return last[-1] if len(last) > 1 and len(last[-1]) > 3 else None


def _honorific_names(doc: Doc) -> list[Span]:
    """'Dame Cressida', 'Mr Khan' where the recogniser gave another label or none."""
    spans = []
    for i in positions(doc, _HONORIFIC_FORMS):
        tok = doc[i]
        if i + 1 >= len(doc) or not is_honorific(tok.text) or tok.ent_type_ in PERSON_LABELS:
            continue
        end = tok.i + 1
        while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN" and end - tok.i <= 3:
            end += 1
        if end > tok.i + 1 and not any(doc[i].ent_type_ in PERSON_LABELS for i in range(tok.i + 1, end)):
            spans.append(doc[tok.i:end])
    return spans


_HONORIFIC_FORMS = frozenset(HONORIFICS | {f"{h}." for h in HONORIFICS})
_WEEKDAY = re.compile(rf"^{WEEKDAY_RE}$", re.I)
_HYPHENS = ("-", "‐")


def _untagged_proper_noun(tok: Token) -> bool:
    """A capitalised proper noun the recogniser left out of every entity."""
    return tok.is_title and tok.tag_ in ("NNP", "NNPS") and not tok.ent_type_


def _name_goes_on(doc: Doc, i: int) -> bool:
    tok = doc[i] if i < len(doc) else None
    return tok is not None and _untagged_proper_noun(tok) \
        and not tok.is_sent_start and not _WEEKDAY.match(tok.text) and not is_honorific(doc[i - 1].text)


def _surname_left_out(doc: Doc, end: int) -> bool:
    """"John Bel" + "Edwards": the name's last word is a compound of the untagged proper noun
    right after it, which is no English noun or adjective, or whose vector is a name's
    ("Hillary Clinton Foundation", "... USA TODAY Sports" stay as they are)."""
    if not (_name_goes_on(doc, end) and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end
            and doc[end - 1].whitespace_ == " "):
        return False
    tok = doc[end]
    person = _as_a_persons_name(doc.vocab, tok.text) if tok.has_vector else None
    return not _a_noun(doc, tok) and not _an_adjective(doc, tok) or person is not None and person >= 0.4


def _names_after_titles(doc: Doc) -> list[Span]:
    """'Tory MP Nigel Waterson' tagged as one organisation: the capitalised words after
    the last role word are a name, unless every one is a common noun ("General Services
    Administration": a rank word inside an agency's name)."""
    spans = []
    for ent in entities(doc):
        if ent.label_ in PERSON_LABELS:
            continue
        titles = [t.i for t in ent if fold(t.text) in ROLE_WORDS]
        name = doc[titles[-1] + 1:ent.end] if titles else None
        if name and len(name) > 1 and name[0].is_title and name[-1].is_title \
                and all(t.is_title or t.text in _HYPHENS for t in name) \
                and not all(_a_noun(doc, t) for t in name):  # "Robert Kilroy - Silk"
            spans.append(name)
    return spans


def _people_tagged_as_bodies(doc: Doc) -> list[Span]:
    """"World number one Lindsay Davenport" tagged ORG: see organisations.a_given_name_and_surname."""
    called = people_called_so(doc)
    return [e for e in entities(doc) if e.label_ in ORG_LABELS
            and (a_given_name_and_surname(e, e.text) or fold(e.text) in called)]


def _person_entities(doc: Doc) -> list[Span]:
    """The recogniser's person entities, one name split in two joined again: "Dame Cressida"
    and "Dick" side by side, one space between, are one name."""
    return [e for e in joined_entities(doc, PERSON_LABELS, one_word_tail=True) if e.label_ in PERSON_LABELS]


def _trimmed(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """An entity's bounds without a headline's adjective or a page's share buttons before the
    name, cut at a line break, a possessive ("Trump's Twitter"), a slash ("Tom Brenner/File
    Photo", a photo credit) or a comma ("Gregory Bull, File") inside it, and without a
    credits label after it ("Corinne Perkins Video:")."""
    while end - start > 1 and doc[start].tag_ in _NOT_NAME_TAGS and not is_honorific(doc[start].text):
        start += 1  # a headline's "Furious Sadiq Khan"
    start = min(after_share_bar(doc, start), end)  # "Facebook Twitter Pinterest Hours into a rainy morning"
    end = next((i for i in range(start + 1, end) if doc[i].is_space or doc[i].text in _NAME_STOPS
                or doc[i].text == "," and not _a_postnominal_after(doc, i)), end)
    if end - start >= 3 and _a_credits_label(doc, end - 1):
        end -= 1  # "Corinne Perkins Video: Craig Hettich Art direction: ...": the next credit's label
    start, end = _a_name_part(doc, start, end)
    while end > start and (doc[end - 1].text in POSSESSIVE_MARKS or doc[end - 1].is_punct
                           or doc[end - 1].is_space):
        end -= 1
    while start < end and doc[start].is_space:
        start += 1
    return start, end


def _a_postnominal(tok: Token) -> bool:
    """"Jr.", "MP", "QC": a word after a name that is no part of it."""
    return fold(tok.text).rstrip(".") in POSTNOMINALS


def _a_postnominal_after(doc: Doc, i: int) -> bool:
    """A comma before "Jr." or "MP": the name goes on ("Martin Luther King, Jr.")."""
    return i + 1 < len(doc) and _a_postnominal(doc[i + 1])


_CAPTION_WORDS = frozenset({"photograph", "graphic", "graphics", "illustration", "data"})  # beside BOILERPLATE


def _a_credits_label(doc: Doc, i: int) -> bool:
    """A page's credits label at token i, not a name's last word: a caption's word before a
    colon ("Photograph:", "Image:"), or any capitalised word before lower-case words and a
    colon ("Art direction:", "Visual editors:"; not "Astiazaran said:", "Trump Jr meeting:")."""
    k = i + 1
    while k < len(doc) and k - i <= 2 and doc[k].is_lower and doc[k].pos_ == "NOUN":
        k += 1
    if k >= len(doc) or doc[k].text != ":" or _a_postnominal(doc[i]):
        return False
    return k > i + 1 or doc[i].lower_ in BOILERPLATE or doc[i].lower_ in _CAPTION_WORDS


def _not_in_a_name(tok: Token) -> bool:
    """A lower-case word that is not a name particle ("Karofsky voter", "Anthony duet"), or
    a dash set off by spaces ("Xavier Malisse - winner"): a name ends before it."""
    if tok.text in _HYPHENS or tok.text in ("—", "–"):
        return tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_)
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and prev.text in _HYPHENS and not prev.whitespace_:
        return False  # "Kim Jong-un", "Chan-o-cha"
    return tok.text[:1].islower() and tok.text.split("-")[0].rstrip(".") not in NAME_PARTICLES


def _a_name_part(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The part of an entity between lower-case words and dashes that is the name: the last
    of two words or more ("Karofsky voter Caleb Andersen"), else the first ("Xavier Malisse -
    winner")."""
    cuts = [i for i in range(start + 1, end) if _not_in_a_name(doc[i])]
    if not cuts:
        return start, end
    parts = [(a + (a > start), b) for a, b in zip([start, *cuts], [*cuts, end], strict=True)]
    parts = [(a, b) for a, b in parts if b > a]
    return next((p for p in reversed(parts) if p[1] - p[0] >= 2), parts[0])


def _after_titles(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The name after the last capitalised role word in it, with a hyphenated surname's
    second part joined on."""
    titles = [t.i for t in doc[start:end - 1] if (fold(t.text) in ROLE_WORDS or title_abbreviation(t.text))
              and t.text[:1].isupper()
              and any(fold(x.text).rstrip(".,") not in POSTNOMINALS for x in doc[t.i + 1:end])  # not "King Jr."
              and fold(doc[t.i + 1].text).rstrip(".,") not in _GENERATIONS  # ("Martin Luther King Jr. Day")
              and not (t.i == start and end - start == 2 and given_name_like(t.vocab, t.text, margin=0.5))]
    # ("Dean" of "Dean Heller": far more a given name than a title; not "Judge", "Earl", near both)
    if titles:
        start = titles[-1] + 1  # "Prosecutor Krzysztof Sierak", "Tory MP Nigel Waterson": a role, not the name
    while end + 1 < len(doc) and doc[end].text in _HYPHENS and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and (doc[end + 1].is_title or _a_syllable_cut_off(doc, start, end)):
        end += 2  # "Joanna Pike" + "-Riley"; "Moon Jae" + "-in", a given name the recogniser cut
    return start, end


# names of towns: a one-word "person" whose vector is near theirs and clearly farther from
# given names and surnames is a place or a club named after one ("move to union side Swansea")
TOWN_SEEDS = ("London", "Paris", "Manchester", "Glasgow", "Chicago", "Dublin", "Madrid", "Boston")


# a website or an app ("Twitter", "Instagram") and an award ("Oscar"), each with how near its
# seeds a name must be and by how much nearer than to names of people
WEBSITE_SEEDS = ("website", "app", "internet", "blog", "online", "software")
AWARD_SEEDS = ("award", "prize", "trophy", "medal", "ceremony")
_THING_NAMES = ((TOWN_SEEDS, 0.55, 0.2), (WEBSITE_SEEDS, 0.4, 0.2), (AWARD_SEEDS, 0.4, 0.05))


def _described(doc: Doc, end: int) -> bool:
    """A name followed by a comma and a described noun phrase ("Oscar, another undocumented
    immigrant, agreed"): the text says who it is."""
    return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].pos_ == "DET"


def _a_things_name(vocab: Vocab, word: str) -> bool:
    """A one-word name near the seeds of a town, a website or an award and farther from
    names of people ("union side Swansea", "said on Twitter", "an Oscar nomination")."""
    person = _as_a_persons_name(vocab, word)
    if person is None or not vocab[word].has_vector:
        return False
    for seeds, near, margin in _THING_NAMES:
        thing = nearness(vocab, seeds)
        if thing is not None and thing(word) >= near and thing(word) - person >= margin:
            return True
    return False


def _as_a_persons_name(vocab: Vocab, word: str) -> float | None:
    """How near a word's vector is to given names or surnames, the nearer of the two (None
    without vectors)."""
    given, surname = nearness(vocab, GIVEN_NAME_SEEDS), nearness(vocab, SURNAME_SEEDS)
    return None if given is None or surname is None else max(given(word), surname(word))


def _honorific(doc: Doc, start: int, end: int) -> tuple[str | None, int, int]:
    """(the honorific, where the mention starts, where the name starts): "Mr" inside the
    span or just before it."""
    honorific, span_start = None, start
    while start < end and is_honorific(doc[start].text):
        honorific = doc[start].text.rstrip(".")
        start += 1
    if honorific is None and start > 0 and is_honorific(doc[start - 1].text):
        honorific = doc[start - 1].text.rstrip(".")
        span_start = start - 1
    return honorific, span_start, start


def person_mentions(doc: Doc, org_keys: frozenset[str] | set[str] = frozenset()) -> list[PersonMention]:
    """Person entities, widened to a preceding honorific and cleaned of possessives;
    `org_keys` (see organisations.org_key) are names the article uses for organisations."""
    found = []
    candidates = [e for e in _person_entities(doc) if _a_person_here(e)] \
        + _honorific_names(doc) + _names_after_titles(doc) + _untagged_names_after_titles(doc) \
        + _names_after_place_titles(doc) + _people_tagged_as_bodies(doc)
    works = _works_named_by_their_people(candidates)
    candidates = [e for e in candidates if not described_as_a_work(e) and not described_as_a_body(e)
                  and not a_members_seat(e) and not _a_familys_name(e)
                  and fold(strip_possessive(e.text)) not in works]  # "the thriller Creep", "Ray's Taylor Hackford"
    titled = _titled_surnames(doc)
    labelled_other = _labelled_other_more_often(doc, titled)
    in_names = Counter(fold(t.text) for e in entities(doc) if e.label_ in PERSON_LABELS for t in e)
    whole_names = {fold(e.text) for e in entities(doc) if e.label_ in PERSON_LABELS}
    joined_to = -1  # a surname entity joined to the name before it is not a mention of its own
    named_things = _named_things(doc)
    surnames = {e[-1].text for e in entities(doc) if e.label_ in PERSON_LABELS and len(e) > 1
                and e[-2].text not in _HYPHENS}  # (not the "Silk" of "Kilroy-Silk")
    for ent in sorted(candidates, key=lambda e: e.start):
        start, end = ent.start, ent.end
        if start < joined_to:
            continue
        if fold(ent.text) in labelled_other:
            continue  # "Twitter" once a person, twice an organisation: not a person
        start, end = _trimmed(doc, start, end)
        start, end = _after_titles(doc, start, end)
        if end - start == 1 and _name_goes_on(doc, end):
            end += 1  # "Theresa" + "May": a first name alone, the surname left out
        elif end - start >= 2 and _surname_left_out(doc, end):
            end += 1  # "John Bel" + "Edwards"
        elif end < len(doc) and fold(doc[end].text) in titled and doc[end].is_title and _alone(doc, end):
            end += 1  # "Furious Sadiq" + "Khan", a surname the article uses with "Mr"
            joined_to = end
        if end - start >= 3 and doc[start].is_sent_start and in_names[fold(doc[start].text)] == 1 \
                and (fold(doc[start + 1:end].text) in whole_names or _an_adjective(doc, doc[start])) \
                or end - start >= 2 and _a_common_noun_opening(doc[start]):
            start += 1  # a headline word tagged a proper noun ("Furious Sadiq Khan")
        honorific, span_start, start = _honorific(doc, start, end)
        words = [strip_possessive(w) for w in doc[start:end].text.split()]  # "Kilroy-Silk" stays one word
        while words and fold(words[-1]).rstrip(".") in POSTNOMINALS - _GENERATIONS and len(words) > 1:
            words.pop()  # ("Jr." stays: Donald Trump Jr. is not his father)
        words = [_unglued(w) for w in words if w]
        if not words or not _plausible(words) or _other_thing(words, org_keys) or _lower_case_start(words) \
                or _a_namesake(words) or _a_family(doc, words[-1], surnames) \
                or _common_plural(doc.vocab, words, honorific, surnames) \
                or len(words) == 1 and _a_one_word_thing(doc, words[0], end, surnames, named_things):
            continue
        if len(words) == 1 and honorific is None and start > 0 and _after_an_article(doc, start, words[0] in surnames) \
                and not (end < len(doc) and doc[end].tag_ in ("NN", "NNS") and doc[end].is_lower):
            continue  # "the Order of the Bath", "the former Beatle"; but "the Obama administration"
        found.append(PersonMention(doc[span_start:end], honorific, words))
    return found


def _works_named_by_their_people(candidates: list[Span]) -> set[str]:
    """"Vera Drake star Imelda Staunton", "former Led Zeppelin singer Robert Plant", "Morning Joe
    host Joe Scarborough": a name right before a performer's or maker's noun and another
    capitalised name names a film, a show or a band, here and elsewhere in the text (folded)."""
    return {fold(ent.text) for ent in candidates if before_a_performer(ent)}


_FAMILY_NOUNS = frozenset({"family", "families", "dynasty", "clan", "household", "brothers", "sisters"})


def _a_familys_name(span: Span) -> bool:
    """"the Sackler family", "the Koch brothers", "the Kim dynasty": a surname right before a
    word for a family names the family, not one person in it."""
    doc = span.doc
    return " " not in span.text and span.end < len(doc) and doc[span.end].lower_ in _FAMILY_NOUNS


def _a_family(doc: Doc, last: str, surnames: set[str]) -> bool:
    """"the Obamas", "the Flynns", "the Donald Trumps of this world": a name ending in the plural
    of a surname the article gives someone in full is a family or a kind, not a person (not
    "Williams" beside "Prince William": a given name's plural is a surname of its own; nor any
    without word vectors, which cannot tell them apart)."""
    stem = last[:-1]
    if not last.endswith("s") or stem not in surnames:
        return False
    given, surname = nearness(doc.vocab, GIVEN_NAME_SEEDS), nearness(doc.vocab, SURNAME_SEEDS)
    return given is not None and surname is not None and given(stem) <= surname(stem)


def _common_plural(vocab: Vocab, words: list[str], honorific: str | None, surnames: set[str]) -> bool:
    """"Migrants", "Britons", "Leisure Garments": a name ending in a common noun's plural whose
    words' vectors are all far from given names and surnames (not "Jeff Sessions", "Tim Dams";
    nor "Mr Dams" or "Dams" where the article names Tim Dams, nor "MbS")."""
    last = words[-1].lower()
    if honorific is not None or len(words) == 1 and words[0] in surnames or not last.endswith("s") \
            or not all(w.istitle() and vocab[w].has_vector for w in words) or not listed(vocab, last[:-1], NOUNS):
        return False
    return all((_as_a_persons_name(vocab, w) or 0.0) < 0.2 for w in words)


def _a_namesake(words: list[str]) -> bool:
    """"Martin Luther King Jr. Day": words after a generation's suffix name a thing called
    after the person."""
    return any(fold(w).rstrip(".,") in _GENERATIONS for w in words[1:-1])


def _after_an_article(doc: Doc, start: int, a_surname: bool) -> bool:
    """"the Pulse": "the" right before a one-word name; and, unless the word is the surname
    of someone the article names in full ("a skeptical Trump", "the late Khashoggi"), "a" or
    "an" before it, or either before lower-case adjectives before it ("the former Beatle",
    "the average Bobby", "a free Livebox"): a common noun's article."""
    if doc[start - 1].lower_ == "the":
        return True
    if a_surname:
        return False
    i = start - 1
    while i > 0 and doc[i].is_lower and doc[i].pos_ == "ADJ":
        i -= 1
    return doc[i].text in ("the", "The", "a", "an")  # (not "A": a team sheet's initial, "A Craig (Glasgow)")


def _a_common_noun_opening(tok: Token) -> bool:
    """"Rapper Eminem is to play ...", where the article also writes "the rapper": a
    sentence's first word that the article uses as a common noun in lower case, and that
    is no given name ("Bill Clinton" beside "the bill"), is a title, not the name; so is an
    agent noun (WordNet's) before a given name and a surname ("Whistleblower Edward
    Snowden", a caption's)."""
    if not tok.is_sent_start or not tok.is_title or given_name_like(tok.vocab, tok.text, margin=0.2):
        return False
    if any(t.lower_ == tok.lower_ and t.is_lower and t.pos_ == "NOUN" for t in tok.doc):
        return True
    nxt = tok.nbor() if tok.i + 2 < len(tok.doc) else None
    return nxt is not None and agent_ending(tok.lower_) and _a_noun(tok.doc, tok) \
        and nxt.is_title and given_name_like(tok.vocab, nxt.text, margin=0.2) and nxt.nbor().ent_iob_ == "I"


_NAME_STOPS = frozenset(POSSESSIVE_MARKS) | {"/"}
HONORIFIC_FORMS = frozenset(fold(h) for h in HONORIFICS)
_NOT_NAME_TAGS = frozenset({"JJ", "JJR", "JJS", "VBN", "VBD", "RB"})


_THING_WORDS = frozenset(NOT_A_FIRST_NAME)


def _a_one_word_thing(doc: Doc, word: str, end: int, surnames: set[str], named_things: set[str]) -> bool:
    """A one-word name ending at `end` that names no person: a town's, a website's or an
    award's by its vector (not a surname the article gives a person, nor one the text
    describes) or a thing named after someone ("Obamacare", `_named_after_someone`), two
    candidates' ticket ("Johnson-Weld"), or what the text calls a storm or an operation
    ("Irma" where it says "Hurricane Irma")."""
    if word not in surnames and (_a_things_name(doc.vocab, word) and not _described(doc, end)
                                 or _named_after_someone(doc, word)):
        return True
    return "-" in word and all(w in surnames for w in word.split("-")) or fold(word) in named_things


def _named_after_someone(doc: Doc, word: str) -> bool:
    """"Obamacare" where the text writes "Obama": a capitalised word of the article, then an
    English noun of four letters or more, glued ("care"), is a thing named after someone; not
    a word whose vector is a given name's or a surname's ("Richardson": "son" is short)."""
    person = _as_a_persons_name(doc.vocab, word)
    if person is not None and person >= 0.3:
        return False
    return glued_to_a_name(doc, word, {t.text for t in doc if t.is_title and len(t.text) >= 3})


def _a_syllable_cut_off(doc: Doc, start: int, end: int) -> bool:
    """"Moon Jae" before "-in", "Kim Jong" before "-un" (the hyphen glued on both sides, as
    `_after_titles` checks): a short given-name syllable after the family name, glued to a
    short lower-case one the recogniser left out (not "Obama-era", "Gore-like",
    "Oscar-winning": a name's first word, or a modifier after it)."""
    last = doc[end - 1]
    if end - start < 2 or doc[end].text != "-":
        return False
    piece = doc[end + 1]
    return last.is_title and len(last) <= 4 and piece.is_lower and piece.is_alpha and len(piece) <= 5 \
        and piece.tag_ not in ("VBN", "VBG", "VBD", "JJ", "IN") and piece.ent_type_ not in PERSON_LABELS


def _named_things(doc: Doc) -> set[str]:
    """Words the text uses as the name of a storm, an operation or a project ("Hurricane Irma",
    "Operation Firewall"), folded: alone elsewhere they name the same thing, not a person."""
    return {fold(doc[i + 1].text) for i in positions(doc, _THING_WORDS)
            if i + 1 < len(doc) and doc[i].is_title and doc[i + 1].is_title}


def _an_adjective(doc: Doc, tok: Token) -> bool:
    """Whether a word is an English adjective (WordNet, through the pipeline's lemmatizer)."""
    return in_word_class(tok, ADJECTIVES)


def _a_noun(doc: Doc, tok: Token) -> bool:
    """Whether a word is an English common noun ("Services"; a surname such as "Naseem" is not)."""
    return in_word_class(tok, NOUNS)


def _alone(doc: Doc, i: int) -> bool:
    """No entity at token i, or a one-word PERSON entity."""
    if not doc[i].ent_type_:
        return True
    return doc[i].ent_type_ in PERSON_LABELS and (i + 1 == len(doc) or doc[i + 1].ent_iob_ != "I")


def _titled_surnames(doc: Doc) -> set[str]:
    """Words used right after an honorific: "Khan" for "Mr Khan"."""
    return {fold(doc[i + 1].text) for i in positions(doc, HONORIFIC_FORMS) if i + 1 < len(doc)}


def _a_person_here(ent: Span) -> bool:
    """A PERSON entity that is one adjective or participle ("Heartbroken") is not a name."""
    return not (len(ent) == 1 and ent[0].tag_ in _NOT_NAME_TAGS)


def _labelled_other_more_often(doc: Doc, titled: set[str]) -> set[str]:
    """Names the recogniser labels PERSON somewhere but something else (an organisation,
    a place, a work) at least as often in the same article; not a surname the article uses
    with an honorific (`titled`: "Dr Nielsen" is a person's)."""
    out = set()
    for name, votes in label_votes(doc).items():
        person = sum(n for label, n in votes.items() if label in PERSON_LABELS)
        if person and votes.total() - person >= person and name.split()[-1] not in titled \
                and not is_honorific(name.split()[0]):
            out.add(name)
    return out


def _names_after_place_titles(doc: Doc) -> list[Span]:
    """'regional director for London Sal Naseem' tagged as one organisation: after a title
    ending "for/of PLACE", the capitalised words that follow the place are a name (the
    place is one the article names on its own elsewhere)."""
    places = {e.text for e in entities(doc) if e.label_ in PLACE_LABELS}
    text = doc_text(doc)
    spans = []
    for ent in entities(doc):
        if ent.label_ in PERSON_LABELS or ent.start < 2 or ent[0].text not in places or text.count(ent.text) > 1:
            continue  # (a name used again, "Mi Familia Vota", is what it says)
        if doc[ent.start - 1].lower_ not in ("for", "of") or \
                not any(fold(t.text) in ROLE_WORDS for t in doc[max(0, ent.start - 4):ent.start - 1]):
            continue
        rest = doc[ent.start + 1:ent.end]
        if len(rest) >= 2 and all(t.is_title and t.pos_ == "PROPN" for t in rest) and not _a_noun(doc, rest[-1]):
            spans.append(rest)
    return spans


def _untagged_names_after_titles(doc: Doc) -> list[Span]:
    """'ex-UKIP MEP Robert Kilroy-Silk' with no entity at all: two or more capitalised
    proper nouns right after a role word are a name."""
    spans = []
    for i in positions(doc, ROLE_WORDS):
        end = i + 1
        while end < len(doc) and end - i <= 3 and _bare_name_word(doc[end]):
            end += 1
        if end - i > 2:
            spans.append(doc[i + 1:end])
    return spans


def _bare_name_word(tok: Token) -> bool:
    return _untagged_proper_noun(tok) and fold(tok.text) not in ROLE_WORDS and not is_honorific(tok.text)


_GLUED_FURNITURE = re.compile(rf"^(.*[a-z])({'|'.join(w.title() for w in sorted(BOILERPLATE) if w.isalpha())})$")


def _unglued(word: str) -> str:
    """A name's word without page furniture glued to it: "RivaImage" (a caption's "Image:")."""
    glued = _GLUED_FURNITURE.match(word)
    return glued.group(1) if glued else word


def _lower_case_start(words: list[str]) -> bool:
    """"the Cosby Kids", "a Boy Scout", "god Narsimha": a name starts with a capital or a
    particle ("van Gogh", "bin Salman")."""
    return words[0][:1].islower() and words[0].split("-")[0] not in NAME_PARTICLES


def _plausible(words: list[str]) -> bool:
    """A name has a capitalised word and no digits."""
    return any(w[:1].isupper() for w in words) and not any(c.isdigit() for w in words for c in w)


def _other_thing(words: list[str], org_keys: frozenset[str] | set[str]) -> bool:
    """A 'person' that is an acronym ("BA"), a party ("Lib Dem", "Ex-Labour"), a bare title
    ("Mayor", "Shadow Secretary"), page furniture ("Photo") or a name the article gives an organisation."""
    name = " ".join(words)
    parts = {fold(p) for w in words for p in w.split("-")}
    return (all(w.isupper() and len(w) > 1 for w in words) or fold(name) in PARTY_WORDS or fold(name) in BOILERPLATE
            or fold(name) in HOLIDAYS
            or (len(words) > 1 and fold(words[0]) in NOT_A_FIRST_NAME)
            or bool(parts & PARTY_WORDS) or all(fold(w) in ROLE_WORDS | QUALIFIERS for w in words)
            or org_key(name) in org_keys)


def cluster_people(mentions: list[PersonMention]) -> list[PersonCluster]:
    """Group mentions of the same person; full names first, so that a bare surname
    joins the person it most recently referred to. A match needs a first or last word in
    common, so only the clusters that share one are tried (near-linear in the mentions)."""
    clusters: list[PersonCluster] = []
    last_seen: dict[int, int] = {}  # id(cluster) -> when it was last mentioned
    by_end = _EndIndex()
    for n, m in enumerate(mentions):
        hits = sorted((c for c in by_end.candidates(m.words) if c.matches(m.words)),
                      key=lambda c: -last_seen[id(c)])  # most recently mentioned first
        generation = _generation(m.words)[1]
        full_hits = sorted((c for c in hits if len(c.full) > 1),  # a bare "Trump": the father before Trump Jr.
                           key=lambda c: _generation(c.full)[1] != generation)
        target = (full_hits or hits or [None])[0]
        if target is None:
            target = PersonCluster()
            clusters.append(target)
        target.mentions.append(m)
        last_seen[id(target)] = n
        by_end.add(target, target.full)
    return [c for c in _merge_single_names(clusters)
            if not _a_title_of_a_work(c) and not _only_a_modifier(c) and not _only_a_common_word(c)]


# the tagger's tags for common words: nouns, verbs, adjectives ("Filming is due to start",
# "Slowdowns in the US", "Reach out to family")
_COMMON_TAGS = frozenset({"NN", "NNS", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "JJ"})


def _only_a_common_word(cluster: PersonCluster) -> bool:
    """One word, never after an honorific, that the tagger takes for a common noun, verb or
    adjective at every mention ("Filming is due to start", "Grandstanders should not have
    gone on", "Prudence made an appearance"): the recogniser's guess, against the tagger's."""
    if len(cluster.full) != 1:
        return False
    return all(len(m.span) == 1 and m.honorific is None and m.span[0].tag_ in _COMMON_TAGS for m in cluster.mentions)


def _only_a_modifier(cluster: PersonCluster) -> bool:
    """One word used only to modify a common noun after it, "an Oscar nomination", "Brent
    crude", "Pulitzer prize-winning", "Dreamer immigrants": a thing's name, not a person's
    ("the Trump administration", "Sanders supporters" stay: a body's or a follower's noun,
    by the noun's vector, says whose it is)."""
    if len(cluster.full) != 1:
        return False
    return all(_modifies_a_thing(m.span) for m in cluster.mentions)


def _owned_by_a_person(noun: Token) -> bool:
    """A body's, a follower's or a family's noun by its vector ("administration", "aides",
    "family"): what a person's name before it may own."""
    body, person, kin = (nearness(noun.vocab, seeds) for seeds in (BODY_SEEDS, PERSON_SEEDS, KIN_SEEDS))
    if body is None or person is None or kin is None or not noun.has_vector:
        return True
    word = noun.lower_
    return body(word) >= 0.5 or person(word) >= 0.4 or kin(word) >= 0.5


def _modifies_a_thing(span: Span) -> bool:
    doc, tok = span.doc, span[-1]
    k = tok.i + (2 if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_ else 1)
    if len(span) != 1 or k >= len(doc) or tok.dep_ not in ("compound", "amod", "nmod", "npadvmod"):
        return False
    noun = doc[k]
    return noun.is_lower and noun.pos_ in ("NOUN", "VERB", "ADJ") and not _owned_by_a_person(noun)


def _a_title_of_a_work(cluster: PersonCluster) -> bool:
    """One word named once, and only before "'s" and a capitalised word: "Schindler's List",
    "Dragon's Den", "Destiny's Child" (a person named so once has a full name: "Alan
    Bennett's The History Boys")."""
    if len(cluster.mentions) != 1 or len(cluster.full) != 1:
        return False
    doc, k = cluster.mentions[0].span.doc, cluster.mentions[0].span.end
    return k + 1 < len(doc) and doc[k].text in POSSESSIVE_MARKS and doc[k + 1].is_title \
        and doc[k + 1].pos_ in ("PROPN", "NOUN")


class _EndIndex:
    """Clusters by the folded first and last words of their names (a cluster whose fullest
    name changed is found under the old words too: every candidate is checked)."""

    def __init__(self) -> None:
        self._by_word: dict[str, list] = {}
        self._seen: set[tuple[int, str]] = set()

    @staticmethod
    def _ends(words: list[str]) -> set[str]:
        if not words:
            return {""}
        core, _ = _generation(words)
        second = _second_part(core)
        return {core[0], core[-1], *([second] if second else [])}

    def add(self, item, words: list[str]) -> None:
        for w in self._ends(words):
            if (id(item), w) not in self._seen:
                self._seen.add((id(item), w))
                self._by_word.setdefault(w, []).append(item)

    def candidates(self, words: list[str]) -> list:
        found = {id(c): c for w in self._ends(words) for c in self._by_word.get(w, ())}
        return list(found.values())


def _merge_single_names(clusters: list[PersonCluster]) -> list[PersonCluster]:
    """A bare surname seen before the full name ("Adamowicz ... Paweł Adamowicz")."""
    singles = [c for c in clusters if len(c.full) == 1]
    fulls = [c for c in clusters if len(c.full) > 1]
    by_end = _EndIndex()
    for c in fulls:
        by_end.add(c, c.full)
    keep = list(fulls)
    for single in singles:
        owners = [c for c in by_end.candidates(single.full) if c.matches(single.full)]
        if len(owners) == 1:
            owners[0].mentions.extend(single.mentions)
            owners[0].mentions.sort(key=lambda m: m.span.start)
        else:
            keep.append(single)
    return sorted(keep, key=lambda c: min(m.span.start for m in c.mentions))


def to_person(cluster: PersonCluster) -> Person:
    name = " ".join(cluster.full)
    aliases = []
    for m in cluster.mentions:
        for form in (m.span.text, m.name):
            if form != name and form not in aliases:
                aliases.append(form)
    honorifics = Counter(m.honorific for m in cluster.mentions if m.honorific)
    return Person(
        name=name,
        aliases=aliases,
        honorific=honorifics.most_common(1)[0][0] if honorifics else None,
        mentions=[Mention(m.span.text, m.span.start_char, m.span.end_char) for m in cluster.mentions],
    )


def join_people(people: list[Person], more: list[Person]) -> None:
    """Add another block's people: one person per name (or alias) across blocks."""
    by_name = {fold(n): p for p in people for n in (p.name, *p.aliases)}
    by_end = _EndIndex()
    for p in people:
        if " " in p.name:
            by_end.add(p, p.name.split())
    for person in more:
        same = by_name.get(fold(person.name)) or _only_full_name(by_end, person.name)
        if same is None:
            people.append(person)
            by_name.update({fold(n): person for n in (person.name, *person.aliases)})
            if " " in person.name:
                by_end.add(person, person.name.split())
            continue
        same.mentions.extend(person.mentions)
        same.aliases.extend(a for a in [person.name, *person.aliases]
                            if a != same.name and a not in same.aliases)
        same.honorific = same.honorific or person.honorific
        same.quotes += person.quotes
        known = {(r.title.lower(), r.organisation) for r in same.roles}
        same.roles.extend(r for r in person.roles if (r.title.lower(), r.organisation) not in known)


def _only_full_name(by_end: _EndIndex, name: str) -> Person | None:
    """The one person whose full name ends (or starts) with a one-word `name`."""
    if " " in name or not name:
        return None
    found = by_end.candidates([name])
    return found[0] if len(found) == 1 else None
