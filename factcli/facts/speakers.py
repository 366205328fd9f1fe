"""Who a cue's subject is: a person or organisation entry of the article, through a name
the people and organisation extractors found, a pronoun (the speaker just quoted, or the
person last named as a subject before it, outside quotation marks, of a matching
honorific), or a description that a person's role holds ("the home secretary said").
Unnamed sources ("a spokesman", "officials") and a person's spokesperson ("Mr Blair's
spokesman") give no speaker."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import TypeVar

from spacy.attrs import DEP
from spacy.tokens import Doc, Span, Token

from factcli.facts.names import FEMALE, MALE, POSSESSIVE_MARKS, fold, is_honorific, sex_of
from factcli.facts.results import Evidence, Mention, Organisation, Person, Quote
from factcli.facts.roles import PersonRef
from factcli.facts.wordlists import ROLE_WORDS
from factcli.nlp.lemmas import lemma_of
from factcli.nlp.scan import entities, positions
from factcli.nlp.vectors import nearness

PRONOUNS = {"he": MALE, "him": MALE, "she": FEMALE, "her": FEMALE}
GROUP_PRONOUNS = frozenset({"they", "it", "we"})
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "aide",
                          "aides", "adviser", "advisers", "advisor", "representative", "lawyer", "lawyers",
                          "statement", "official", "officials", "source", "sources"})
# nouns for a person who may be the article's subject ("the star said"); not kin or a role
# relative to someone else ("his wife", "a rival")
PERSON_NOUNS = frozenset({"man", "woman", "star", "player", "veteran", "champion", "writer", "singer", "teenager"})
AGENT_SUFFIXES = ("ist", "ian", "tor", "sor")  # agent nouns: "economist", "historian", "director", "assessor"
DOCUMENTS = frozenset({"statement", "report", "letter", "post", "tweet", "book", "documentary", "study", "release",
                       "filing", "notice", "memo", "email", "message", "survey"})
SPEAKER_LABELS = frozenset({"PERSON", "PER", "ORG", "GPE", "NORP"})
_CLAUSE_PARTS = frozenset({"relcl", "acl", "appos", "advcl", "punct", "cc", "conj"})
_SCAN_BACK = 3000  # characters a pronoun looks back for its person
_SUBJECT_SENTENCES = 3  # a subject named this many sentences back still beats an object named since


T = TypeVar("T")

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


class Speakers:
    """Resolves cue subjects to entries, for one article."""

    def __init__(self, doc: Doc, people: list[Person], refs: list[PersonRef], organisations: list[Organisation],
                 quoted: list[tuple[int, int]]) -> None:
        self.doc, self.people, self.orgs = doc, people, organisations
        self.person_at = {i: r for r in refs for i in range(r.start, r.end)}
        self.refs = sorted(refs + self._described(doc, people, refs), key=lambda r: r.start)
        self.ref_starts = [r.start for r in self.refs]
        self.org_at = _by_token(doc, ((m, org.name) for org in organisations for m in org.mentions))
        # token -> the person whose role the token is part of
        self.role_at = _by_token(doc, ((r, k) for k, person in enumerate(people) for r in person.roles))
        self.quoted = sorted(quoted)
        lean = _gender_lean(doc.vocab)
        self.genders = [_gender(p, lean) for p in people]
        self.is_person = {p.name for p in people}

    @staticmethod
    def _described(doc: Doc, people: list[Person], refs: list[PersonRef]) -> list[PersonRef]:
        """Subjects such as "the president" or "the mayor" where exactly one person holds a
        role with that word: mentions of that person for pronouns to refer back to."""
        holders: dict[str, set[int]] = {}
        for k, p in enumerate(people):
            for r in p.roles:
                for w in _title_words(r.title):
                    holders.setdefault(w, set()).add(k)
        found = []
        for t in (doc[i] for i in positions(doc, _SUBJECTS, DEP)):
            if t.pos_ == "NOUN" and len(holders.get(t.lower_, ())) == 1 and any(c.lower_ == "the" for c in t.children):
                found.append(PersonRef(t.i, t.i + 1, next(iter(holders[t.lower_]))))
        return found

    def resolve(self, subject: Token | None, cue: Token, last: Quote | None = None
                ) -> tuple[str | None, Mention | None]:
        """(the entry's name, the mention that settled it), or (None, the mention) for an
        unnamed source, or (None, None) without a subject. `last` is the quote just before."""
        if subject is not None and subject.i < cue.i and self._in_quotes(subject.idx) and not self._in_quotes(cue.idx):
            subject = None  # a parse that took a quoted word for the subject ('"Heartbroken," writes X')
        if subject is not None and subject.i in self.person_at:
            return self._person(self.person_at[subject.i])
        if subject is not None and (subject.lower_ in PRONOUNS or subject.lower_ in GROUP_PRONOUNS):
            return self._pronoun(subject, last)
        near = self._beside(cue, after=subject is None)
        if near is not None and (subject is None or subject.pos_ == "PROPN" or abs(subject.i - cue.i) > 8):
            return self._person(near)  # "..., Guatemalan President Alejandro Giammattei said"
        if subject is None:
            ref = self._named_before(cue)
            return self._person(ref) if ref is not None else (None, None)
        for appos in (c for c in subject.children if c.dep_ == "appos"):  # "The manager, David Clay, said"
            ref = next((self.person_at[t.i] for t in appos.subtree if t.i in self.person_at), None)
            if ref is not None:
                return self._person(ref)
        phrase = _noun_phrase(subject)
        # a name set off by commas deeper in the phrase: "The Shadow Secretary of State for
        # the Family, Theresa May, said"
        ref = next((self.person_at[t.i] for t in reversed(phrase) if t.dep_ == "appos" and t.i in self.person_at
                    and t.left_edge.i > 0 and self.doc[t.left_edge.i - 1].text == ","), None)
        if ref is not None and subject.lower_ not in SPOKESPEOPLE:  # not "a spokesman for the chairman, X,"
            return self._person(ref)
        mention = _mention(self.doc, phrase[0].i, phrase[-1].i + 1)
        owners = {t.i for c in subject.children if c.dep_ == "poss" for t in c.subtree}  # "Trump's campaign"
        held = {self.role_at[t.i] for t in phrase if t.i in self.role_at and t.i not in owners}
        if len(held) == 1 and subject.lower_ not in SPOKESPEOPLE:
            return self.people[held.pop()].name, mention  # the roles gave the phrase to one person
        if near is not None and _part_of(self.doc[near.end - 1], subject):
            return self._person(near)  # a name coordinated with the subject: "Businessman and ... X said"
        named = self._by_name(phrase, subject)
        if named is not None:
            return named, mention
        return self._description(phrase, subject, last), mention

    def _person(self, ref: PersonRef) -> tuple[str, Mention]:
        return self.people[ref.person].name, _mention(self.doc, ref.start, ref.end)

    def _beside(self, cue: Token, after: bool) -> PersonRef | None:
        """A person named right before the cue ("..., Marc Short said") or, for a cue
        without a subject, right after it ("said James Fuller"), no punctuation between."""
        doc = self.doc
        for step in (-1, 1) if after else (-1,):
            i = cue.i + step
            while 0 <= i < len(doc) and abs(i - cue.i) <= 10 and not (doc[i].is_punct or doc[i].is_space):
                if i in self.person_at and not self._possessor(self.person_at[i]):
                    return self.person_at[i]
                i += step
        return None

    def _possessor(self, ref: PersonRef) -> bool:
        """"Huber's (partner)": a name that owns what follows, not the one who speaks."""
        return ref.end < len(self.doc) and self.doc[ref.end].lower_ in POSSESSIVE_MARKS

    def _named_before(self, cue: Token) -> PersonRef | None:
        """For a cue without a subject: the first person named between the quote's closing
        mark (or the sentence start) and the cue, not as a possessor ('"...," Andrew
        Pendleton, Christian Aid's head of trade policy, said')."""
        doc, found = self.doc, None
        i = cue.i - 1
        while i >= cue.sent.start and cue.i - i <= 25 and doc[i].text not in ('"', "”", "“", "'", "’", "‘") \
                and not self._in_quotes(doc[i].idx):
            if i in self.person_at and not self._possessor(self.person_at[i]):
                found = self.person_at[i]
            i -= 1
        return found

    def _pronoun(self, subject: Token, last: Quote | None) -> tuple[str | None, Mention | None]:
        mention = _mention(self.doc, subject.i, subject.i + 1)
        if subject.lower_ in GROUP_PRONOUNS:
            # an organisation quoted in this or the sentence before ("It added ..."), else one
            # named as a subject there, else the one quoted last
            quoted = last.speaker if last is not None and last.speaker is not None \
                and last.speaker not in self.is_person else None
            if quoted is not None and last.end >= self._previous_sentence(subject).start_char:  # type: ignore[union-attr]
                return quoted, mention
            return self._subject_org(subject) or quoted, mention
        if last is not None and last.speaker is not None and last.speaker not in self.is_person \
                and subject.idx - last.end < 250 and last.speaker_mention is not None \
                and SPOKESPEOPLE & set(last.speaker_mention.text.lower().split()):
            return last.speaker, mention  # "a Home Office spokeswoman said ... She added"
        wanted = PRONOUNS[subject.lower_]
        ref = self._antecedent(subject, wanted)
        speaker = last.speaker if last is not None and last.speaker in self.is_person else None
        if speaker is not None and self.genders[self._index(speaker)] is not _other(wanted):
            named_since = ref is not None and self.doc[ref.start].idx > last.end and _a_subject(
                self.doc[ref.start:ref.end])  # type: ignore[union-attr]
            if not named_since:
                return speaker, mention  # "..., Mr Khan said. He added ..."
        return (self.people[ref.person].name if ref else None), mention

    def _antecedent(self, subject: Token, wanted: frozenset[str]) -> PersonRef | None:
        """The person a he/she names: the last one named as a subject in the sentences just
        before, else the last one named; never one inside quotation marks."""
        k = bisect.bisect_left(self.ref_starts, subject.i)
        fallback = None
        for ref in reversed(self.refs[max(0, k - 40):k]):
            tok = self.doc[ref.start]
            if subject.idx - tok.idx > _SCAN_BACK:
                break
            if self._in_quotes(tok.idx) or wanted and self.genders[ref.person] is _other(wanted):
                continue
            if _a_subject(self.doc[ref.start:ref.end]) and self._sentences_between(tok, subject) <= _SUBJECT_SENTENCES:
                return ref
            fallback = fallback or ref
        return fallback

    def _previous_sentence(self, tok: Token) -> Span:
        """The sentence before the token's (its own at the start of the text)."""
        return self.doc[tok.sent.start - 1].sent if tok.sent.start > 0 else tok.sent

    def _subject_org(self, pronoun: Token) -> str | None:
        """"It"/"they": the organisation named as a subject in this or the sentence before."""
        start = self._previous_sentence(pronoun).start
        found = [i for i in self.org_at if start <= i < pronoun.i and self.doc[i].dep_ in ("nsubj", "nsubjpass")
                 and not self._in_quotes(self.doc[i].idx)]
        return self.org_at[max(found)] if found else None

    def _sentences_between(self, a: Token, b: Token) -> int:
        return sum(1 for s in self.doc[a.sent.start:b.sent.end].sents) - 1

    def _index(self, name: str) -> int:
        return next(k for k, p in enumerate(self.people) if p.name == name)

    def _by_name(self, phrase: list[Token], subject: Token) -> str | None:
        """A proper-noun subject the extractors did not mark: a person's name or surname
        ("Mr Kilroy-Silk said", "President Trump said"), an organisation's name ("Democrats
        said"), else the name itself when the recogniser calls it a person, an organisation
        or a country ("The United States said")."""
        if subject.pos_ != "PROPN":
            # a common noun ending a body's name, written in lower case: "Amazon Web services"
            whole = fold(" ".join(t.text for t in phrase if t.i <= subject.i and t.lower_ != "the"))
            return next((org.name for org in self.orgs if " " in whole
                         and whole in (fold(n) for n in (org.name, *org.aliases))), None)
        words = [t for t in phrase if t.i <= subject.i and not is_honorific(t.text) and t.lower_ != "the"]
        for k in range(len(words)):  # "president trump", then "trump"
            name = fold(self.doc[words[k].i:subject.i + 1].text.replace(" - ", "-"))
            found = self._named(name)
            if found is not None:
                return found
        if subject.ent_type_ in SPEAKER_LABELS and subject.ent_iob_ != "O":
            ent = next((e for e in entities(subject.doc) if e.start <= subject.i < e.end), None)
            if ent is not None:
                return ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        return None

    def _named(self, name: str) -> str | None:
        for org in self.orgs:
            if name in (fold(n) for n in (org.name, *org.aliases)):
                return org.name
        found = [k for k, p in enumerate(self.people)
                 if name in (fold(n) for n in (p.name, *p.aliases)) or fold(p.name).split()[-1] == name]
        if not found:
            return None
        return self.people[max(found, key=lambda k: len(self.people[k].mentions))].name

    def _description(self, phrase: list[Token], subject: Token, last: Quote | None) -> str | None:
        """A noun phrase: a name that is its head's ("IOPC regional director Sal Naseem"),
        an organisation speaking through it ("a Home Office spokesman", "a statement by the
        ministry"), or a person it describes ("the home secretary", "the actor")."""
        own = _parts(phrase, subject)[0]
        people = [self.person_at[t.i] for t in own if t.i in self.person_at]
        if people:
            return self.people[people[-1].person].name
        by = [t for c in subject.children if c.dep_ == "prep" and c.lower_ in ("by", "from") for t in c.subtree
              if t.i in self.person_at or t.i in self.org_at]
        if by and subject.lower_ in DOCUMENTS:
            t = by[0]  # "a statement by the Presidential Spokesperson Harry Roque"
            return self.people[self.person_at[t.i].person].name if t.i in self.person_at else self.org_at[t.i]
        org = next((self.org_at[t.i] for t in phrase if t.i in self.org_at), None)
        if org is not None and not any(t.i in self.person_at for t in phrase) and (
                subject.lower_ in SPOKESPEOPLE or subject.lower_ in DOCUMENTS or not _names_a_person(subject)):
            return org
        if subject.pos_ != "NOUN" or subject.lower_ in SPOKESPEOPLE or not _definite(phrase, subject) \
                or subject.tag_ == "NNS" or any(t.dep_ == "poss" and (t.pos_ == "PRON" or t.ent_type_ in (
                    "PERSON", "PER") or t.i in self.person_at) for t in subject.children):
            return None  # "his wife", "Huber's partner": someone else than the one named
        return self._org_by_head(subject) or self._role_holder(subject) or (
            self._salient(subject, last) if _names_a_person(subject) else None)

    def _org_by_head(self, subject: Token) -> str | None:
        """"The department" after "the Justice Department": the organisation, mentioned
        last before it, whose name ends in the description's head noun."""
        head = lemma_of(subject).lower()
        best, where = None, -1
        for org in self.orgs:
            if any(fold(n).split()[-1] in (head, subject.lower_) for n in (org.name, *org.aliases) if n.strip()):
                seen = max((m.start for m in org.mentions if m.start < subject.idx), default=-1)
                if seen > where:
                    best, where = org.name, seen
        return best

    def _role_holder(self, subject: Token) -> str | None:
        """The person, named last before it, whose role title holds the description's head
        noun ("the minister" for the Home Office minister)."""
        head = subject.lower_
        best, where = None, -1
        for p in self.people:
            if any(head in _title_words(r.title) for r in p.roles):
                seen = max((m.start for m in p.mentions if m.start < subject.idx), default=-1)
                if seen > where:
                    best, where = p.name, seen
        return best

    def _salient(self, subject: Token, last: Quote | None) -> str | None:
        """A definite description of a person nobody's role holds ("the actor said"): the
        person just quoted, else the last named as a subject."""
        if last is not None and last.speaker in self.is_person:
            return last.speaker
        ref = self._antecedent(subject, frozenset())
        return self.people[ref.person].name if ref else None

    def _in_quotes(self, offset: int) -> bool:
        k = bisect.bisect_right(self.quoted, (offset, float("inf"))) - 1
        return k >= 0 and self.quoted[k][0] <= offset < self.quoted[k][1]


def _by_token(doc: Doc, found: Iterable[tuple[Evidence, T]]) -> dict[int, T]:
    """Token index -> the value of the first piece of evidence that covers the token."""
    at: dict[int, T] = {}
    for evidence, value in found:
        for t in doc.char_span(evidence.start, evidence.end, alignment_mode="expand") or ():
            at.setdefault(t.i, value)
    return at


_LESSER = frozenset({"vice", "deputy", "assistant", "under"})  # a vice president is not "the president"


def _title_words(title: str) -> set[str]:
    """The words of a role title a description can name it by ("the minister" for "Home
    Office minister"), without those a lesser office qualifies ("president" in "Vice President")."""
    words = title.lower().split()
    return {w for k, w in enumerate(words) if k == 0 or words[k - 1] not in _LESSER}


def _part_of(name: Token, subject: Token) -> bool:
    """Whether a name is the subject phrase itself, coordinated or set beside its head, not
    inside a prepositional phrase or a possessor ("A source close to Mr Khan said")."""
    tok = name
    for _ in range(6):
        if tok.i == subject.i:
            return True
        if tok.dep_ not in ("conj", "appos") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _noun_phrase(subject: Token) -> list[Token]:
    """The subject's noun phrase without clauses, appositions and coordinated parts."""
    skip: set[int] = set()
    for child in subject.children:
        if child.dep_ in _CLAUSE_PARTS:
            skip.update(t.i for t in child.subtree)
    return [t for t in subject.subtree if t.i not in skip and not t.is_space] or [subject]


def _parts(phrase: list[Token], subject: Token) -> tuple[list[Token], list[Token]]:
    """(the tokens that name the head itself: compounds, flat names, titles before it;
    the tokens of its possessors and prepositional phrases, its own or its modifiers': "Mr
    Blair's", "for Mr Khan", "close to Mr Khan")."""
    others: set[int] = set()
    for child in subject.children:
        if child.dep_ in ("poss", "prep", "nmod", "agent"):
            others.update(t.i for t in child.subtree)
        else:  # a modifier's own phrase: "A source close to Mr Khan", "familiar with Tillerson's thinking"
            others.update(t.i for c in child.children if c.dep_ in ("prep", "agent") for t in c.subtree)
    own = [t for t in phrase if t.i not in others]
    return own, [t for t in phrase if t.i in others]


def _definite(phrase: list[Token], subject: Token) -> bool:
    """"the minister", "Scotland's justice minister", "The 52-year-old actor": not "a spokesman"."""
    return any(t.lower_ in ("the", "this", "that") or t.dep_ == "poss" for t in phrase if t.i < subject.i)


def _names_a_person(noun: Token) -> bool:
    """A noun for a person: a title or occupation (wordlists.ROLE_WORDS), a word of a
    person's kin or standing, or an agent noun ("actor", "campaigner", "economist")."""
    word = lemma_of(noun).lower()
    return word in ROLE_WORDS or word in PERSON_NOUNS or word.endswith(AGENT_SUFFIXES)


def _a_subject(span: Span) -> bool:
    """A name that is a clause's subject (or part of one: "Labour leader Jeremy Corbyn")."""
    return any(t.dep_ in ("nsubj", "nsubjpass") or t.head.dep_ in ("nsubj", "nsubjpass") and t.head in span
               or t.dep_ == "appos" and t.head.dep_ in ("nsubj", "nsubjpass") for t in span)


def _gender(person: Person, lean) -> frozenset[str] | None:
    """MALE or FEMALE from the honorific ("Mrs"), else from the first name's word vector
    when the pipeline has vectors (en_core_web_md: "Theresa" sits nearer "she" and "woman"
    than "he" and "man"); None when neither says so clearly."""
    said = sex_of(person.honorific)
    if said is not None:
        return said
    if lean is None or " " not in person.name:
        return None
    score = lean(person.name.split()[0])
    return MALE if score > _LEAN else FEMALE if score < -_LEAN else None


_LEAN = 0.08  # cosine difference: names below it in either direction (Cressida, Jackie, Priti) stay unknown


def _gender_lean(vocab):
    """A function from a word to how much nearer its vector is to he/him/man than to
    she/her/woman, or None for a pipeline without word vectors."""
    male = nearness(vocab, ("he", "him", "his", "man", "Mr"))
    female = nearness(vocab, ("she", "her", "hers", "woman", "Mrs"))
    if male is None or female is None:
        return None
    return lambda word: male(word) - female(word)


def _other(gender: frozenset[str]) -> frozenset[str]:
    return FEMALE if gender is MALE else MALE


def _mention(doc: Doc, start: int, end: int) -> Mention:
    span = doc[start:end]
    return Mention(span.text, span.start_char, span.end_char)
