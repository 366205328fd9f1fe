"""Quotes: who said what. Quotation marks give the direct quotes (quotemarks.py); the
dependency parse gives the cues (a verb of saying, "according to"), their speakers and the
reported clauses; a speaker is resolved to a person or organisation entry through the
mentions, pronouns and role descriptions the other extractors found (speakers.py).

A reported clause that lies inside quotation marks is a direct quote; one that holds a
quoted part is mixed; one without marks is indirect. A quoted run that no cue governs
takes the speaker of a cue in its sentence, of a "said:" just before it, or, for a quoted
paragraph, of the quote before it."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import POS
from spacy.tokens import Doc, Token

from factcli.facts.quotemarks import Run, quoted_runs
from factcli.facts.results import Mention, Organisation, Person, Quote
from factcli.facts.roles import PersonRef
from factcli.facts.speakers import AGENT_SUFFIXES, Speakers
from factcli.facts.wordlists import ROLE_WORDS
from factcli.nlp.lemmas import lemma_of
from factcli.nlp.scan import positions

# Verbs of saying (lemmas). Not thinking or believing: "she believes" is not a quote.
SPEECH_VERBS = frozenset({
    "say", "tell", "add", "write", "tweet", "post", "announce", "warn", "claim", "insist", "argue",
    "explain", "ask", "state", "note", "declare", "confirm", "deny", "admit", "acknowledge", "stress",
    "suggest", "reply", "respond", "predict", "complain", "allege", "maintain", "contend", "assert",
    "testify", "recall", "concede", "caution", "urge", "report", "emphasise", "emphasize", "vow",
    "promise", "reveal", "repeat", "remark", "observe", "mention", "agree", "counter", "retort",
    "conclude", "estimate", "charge", "signal", "indicate", "disclose", "pledge", "threaten", "accuse",
    "blame", "describe", "call", "demand", "forecast", "recommend", "propose",
})
CONTENT_DEPS = frozenset({"ccomp"})
# verbs that only people and bodies do; the others ("suggest", "deny", "indicate") need a source as subject
PLAIN_SPEECH = frozenset({"say", "tell", "add", "write", "tweet", "post", "announce", "claim", "insist", "argue",
                          "explain", "ask", "state", "declare", "reply", "respond", "allege", "testify", "vow",
                          "promise", "pledge", "urge", "warn", "complain", "concede", "admit", "acknowledge"})
SOURCE_NOUNS = frozenset({"official", "spokesman", "spokeswoman", "spokesperson", "source", "aide", "adviser",
                          "government", "ministry", "department", "company", "statement", "police", "group",
                          "committee", "party", "union", "agency", "court", "report", "critic", "expert",
                          "analyst", "people", "resident", "witness", "campaigner", "family", "team", "club"})
# Verbs whose objects are what was said ("denied doing anything improper", "called for new rules")
OBJECT_VERBS = frozenset({"deny", "predict", "urge", "ask", "accuse", "blame", "warn", "promise", "pledge", "vow",
                          "describe", "call", "demand", "announce", "tell", "forecast", "recommend", "propose"})
_WORDS_MIN = 3  # a quoted phrase shorter than this is a term or a name, not a statement


@dataclass
class Cue:
    verb: Token  # the verb of saying, or "according" of "according to"
    subject: Token | None  # who says it
    content: tuple[int, int] | None  # the reported clause (characters), when the parse gives one
    text: Mention


@dataclass
class Found:
    """A quote's words and cue, before its speaker is settled."""

    text: str
    start: int
    end: int
    kind: str
    cue: Cue | None  # None: a quoted sentence with no cue of its own, said by the speaker before it


def find_quotes(doc: Doc, text: str, people: list[Person], refs: list[PersonRef],
                organisations: list[Organisation]) -> list[Quote]:
    """Every quote of the article, in text order, its speaker one of `people` or
    `organisations` (refs: where the people are mentioned) or None."""
    every = quoted_runs(text)
    quoted = [(r.start, r.end) for r in every]
    body = _body_start(text)
    runs = [r for r in every if _statement(r, text) and r.open >= body]
    maybe = sorted(set(positions(doc, _CUE_POS, POS)) | set(positions(doc, _ACCORDING)))  # (where _cue can say yes)
    cues = [c for c in (_cue(doc[i]) for i in maybe) if c is not None and c.verb.idx >= body]
    found: list[Found] = []
    used: set[Run] = set()
    for cue in cues:  # a cue inside quotation marks is part of a quote, not a cue ("I told @AP that")
        if cue.content is not None and not any(s <= cue.verb.idx < e for s, e in quoted):
            found.extend(_reported(cue, runs, every, used, text))
    for run in runs:
        if run not in used and (f := _direct(run, doc, cues, quoted, text)) is not None:
            found.append(f)
    found.sort(key=lambda f: f.start)
    return _attributed(_without_overlaps(found), Speakers(doc, people, refs, organisations, quoted))


def _attributed(found: list[Found], speakers: Speakers) -> list[Quote]:
    """Speakers settled in text order: a pronoun may name the last speaker; a quoted
    sentence without a cue is the last speaker's (within about two paragraphs)."""
    quotes: list[Quote] = []
    for f in found:
        last = quotes[-1] if quotes and f.start - quotes[-1].end < 1500 else None
        if f.cue is not None:
            speaker, mention = speakers.resolve(f.cue.subject, f.cue.verb, last)
            cue = f.cue.text
        else:
            speaker, mention, cue = (last.speaker, last.speaker_mention, None) if last else (None, None, None)
        quotes.append(Quote(f.text, f.start, f.end, f.kind, speaker, mention, cue))
    return quotes


def _body_start(text: str) -> int:
    """Where the article's body starts: after a headline (a first line of under 25 words
    that does not end a sentence), which is never a quote."""
    stripped = text.lstrip()
    first = stripped.split("\n", 1)[0].rstrip()
    if "\n" not in stripped or not first or first.endswith((".", "!", "?", '"', "”", ":")) \
            or len(first.split()) >= 25:
        return 0
    return len(text) - len(stripped) + len(first)


def _statement(run: Run, text: str) -> bool:
    """A quoted run long enough to be something said ("scare quotes" and titles are not)."""
    words = text[run.start:run.end].split()
    if len(words) < _WORDS_MIN:
        return False
    return not all(w[:1].isupper() or not w[:1].isalpha() for w in words)  # "Mary Poppins Returns"


_CUE_POS = frozenset({"VERB", "AUX"})
# entities that never say anything: works, laws, events, products, times and amounts
MUTE_LABELS = frozenset({"WORK_OF_ART", "LAW", "EVENT", "PRODUCT", "DATE", "TIME", "MONEY", "QUANTITY", "PERCENT",
                         "CARDINAL", "ORDINAL", "LANGUAGE"})
_ACCORDING = frozenset({"according"})


def _cue(tok: Token) -> Cue | None:
    """A verb of saying with its subject and reported clause, or "according to X"."""
    if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
        to = tok.doc[tok.i + 1]
        source = next((c for c in to.children if c.dep_ == "pobj"), None)
        clause = tok.head if tok.head.i != tok.i else None
        content = _clause_without(clause, tok) if clause is not None else None
        return Cue(tok, source, content, Mention(tok.doc[tok.i:to.i + 1].text, tok.idx, to.idx + len(to)))
    if lemma_of(tok).lower() not in SPEECH_VERBS or tok.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ == "auxpass" for c in tok.children) and any(c.dep_ == "xcomp" for c in tok.children):
        return None  # "he is said to be ...": hearsay without a speaker
    if _not_said(tok):
        return None
    content = next((c for c in tok.children if c.dep_ in CONTENT_DEPS), None)
    span = _content_span(content) if content is not None else _object_content(tok)
    subject = _subject(tok)
    if lemma_of(tok).lower() not in PLAIN_SPEECH and not _a_source(subject):
        return None  # "tepid wages suggested", "the bill would deny": evidence or effect, not speech
    return Cue(tok, subject, span, Mention(tok.text, tok.idx, tok.idx + len(tok)))


def _not_said(verb: Token) -> bool:
    """Nothing was said: "did not say", "without saying", "declined to say", "asked about
    ..." (a passive participle: someone else asked); or the verb is inside a question of
    what ("what he proposes") or a comparison ("as Smith called them")."""
    if any(c.dep_ == "neg" for c in verb.children) or verb.head.lower_ == "without" or (
            verb.dep_ == "xcomp" and lemma_of(verb.head) in ("decline", "refuse")):
        return True
    # a participle without its agent: someone unnamed spoke ("Asked about damages, Mr Godsiff
    # said", "a businessman accused of fraud"; but "described by Sharon as ..." is Sharon's)
    if verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acl") and not any(c.dep_ in ("aux", "auxpass", "agent")
                                                                       for c in verb.children):
        return True
    edge = verb.left_edge
    if edge.tag_ in ("WP", "WDT") and edge.dep_ not in ("nsubj", "nsubjpass"):
        return True  # "what he proposes to do" (but "Smith, who said ..." is said)
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


def _a_source(subject: Token | None) -> bool:
    """A subject that can say something: a name, a pronoun, an organisation or a person's
    noun (for verbs that things do too: "suggest", "indicate", "deny", "call")."""
    if subject is None:
        return True  # "..., suggesting": the clause's subject decides elsewhere
    if subject.pos_ in ("PROPN", "PRON") or subject.ent_type_:
        return True
    word = lemma_of(subject).lower()
    return word in ROLE_WORDS or word in SOURCE_NOUNS or word.endswith((*AGENT_SUFFIXES, "er"))


def _object_content(verb: Token) -> tuple[int, int] | None:
    """What a verb of asking, denying, urging or predicting reports through its objects:
    "denied doing anything improper", "asked Sullivan to drop the charges", "urged the
    administration against ...", "predicted a 2% rise" (not "told reporters")."""
    lemma = lemma_of(verb).lower()
    if lemma not in OBJECT_VERBS:
        return None
    wanted = ("xcomp",) if lemma in ("tell", "ask") else ("dobj", "xcomp", "prep", "dative", "oprd", "pcomp")
    parts = [c for c in verb.rights if c.dep_ in wanted + ("dobj", "dative") and not _a_time(c)]
    if not any(c.dep_ in wanted and c.dep_ not in ("dative",) for c in parts):
        return None
    if lemma == "call" and not any(c.dep_ in ("dobj", "oprd") or c.lower_ == "for" for c in parts):
        return None
    tokens = [t for c in parts for t in c.subtree]
    tokens.sort(key=lambda t: t.i)
    while tokens and (tokens[-1].is_punct and tokens[-1].text not in ("”", "’", '"', "'") or tokens[-1].is_space):
        tokens.pop()
    if len(tokens) < 2:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _a_time(tok: Token) -> bool:
    """"on Tuesday", "last week": a time, not what was said."""
    return tok.ent_type_ in ("DATE", "TIME") or tok.dep_ == "prep" and any(
        c.ent_type_ in ("DATE", "TIME") for c in tok.children)


def _subject(verb: Token) -> Token | None:
    """The verb's subject; a coordinated or participial verb's is its head's ("arrived and
    said", "..., saying", "condemned the move, adding")."""
    v = verb
    participle = verb.tag_ in ("VBG", "VBN")
    for _ in range(5):
        subjects = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        # two subjects: a wire's dateline taken for one ("WASHINGTON (Reuters) - The White
        # House said"): the one nearest the verb that can speak ("The actor, whose films
        # include The Phantom Menace, said": not the film)
        subjects = [c for c in subjects if c.ent_type_ not in MUTE_LABELS] or subjects
        subj = max((c for c in subjects if c.i < v.i), key=lambda c: c.i, default=subjects[0] if subjects else None)
        if subj is not None:
            if subj.lower_ in ("who", "that") and v.dep_ == "relcl":
                return v.head  # "Smith, who said ..."
            return subj
        if v.dep_ == "relcl":
            return v.head
        climbs = ("conj", "advcl", "xcomp", "pcomp") + (("acl", "dobj", "pobj", "prep") if participle else ())
        if v.dep_ not in climbs or v.head.i == v.i:
            return None
        v = v.head
    return None


def _content_span(head: Token) -> tuple[int, int] | None:
    """The reported clause: the content head's subtree, without a leading "that" and the
    punctuation at its ends."""
    tokens = [t for t in head.subtree]
    while tokens and (tokens[0].dep_ == "mark" and tokens[0].lower_ in ("that", "if", "whether") and tokens[0].head
                      == head or tokens[0].is_punct or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct and tokens[-1].text not in ("”", "’", '"', "'") or tokens[-1].is_space):
        tokens = tokens[:-1]
    if len(tokens) < 2:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _clause_without(clause: Token, according: Token) -> tuple[int, int] | None:
    """'According to X, the plan failed': the clause less the "according to X" phrase."""
    skip = {t.i for t in according.subtree}
    tokens = [t for t in clause.subtree if t.i not in skip and not t.is_space]
    while tokens and tokens[0].is_punct:
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    if len(tokens) < 3 or any(t.i in skip for t in clause.doc[tokens[0].i:tokens[-1].i]):
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _reported(cue: Cue, runs: list[Run], every: list[Run], used: set[Run], text: str) -> list[Found]:
    """The quote (or quotes) a cue's reported clause gives: direct when the clause lies in
    quotation marks (`runs`: those long enough to be statements), mixed when it holds a
    quoted part of any length (`every` run), else indirect."""
    start, end = cue.content  # type: ignore[misc]
    inside = [r for r in runs if r.start < end and start < r.end]
    if not inside:
        inside = [r for r in every if start <= r.open and r.end <= end + 1]
    if inside and all(r.start <= start + 2 and r.end >= end - 2 or _covers(r, start, end) for r in inside):
        used.update(inside)
        return [Found(text[r.start:r.end], r.start, r.end, "direct", cue) for r in inside]
    kind = "mixed" if inside else "indirect"
    if inside:
        used.update(inside)
        if inside[-1].close is not None and inside[-1].close >= end - 1:
            end = inside[-1].end  # a mixed quote stops before the closing mark at its end
        start = min(start, inside[0].start) if inside[0].open >= start - 1 else start
    quoted = text[start:end].rstrip()
    if len(quoted.split()) < _WORDS_MIN:
        return []
    return [Found(quoted, start, start + len(quoted), kind, cue)]


def _covers(run: Run, start: int, end: int) -> bool:
    """A quoted run holds most of a clause (the clause may reach a word past the mark)."""
    return run.start <= start + 2 and (run.end - start) >= 0.8 * (end - start)


def _direct(run: Run, doc: Doc, cues: list[Cue], quoted: list[tuple[int, int]], text: str) -> Found | None:
    """A quoted run that no reported clause took: the cue of its sentence or of a "said:"
    before it; a quoted sentence of its own takes the speaker before it (no cue)."""
    cue = _nearby_cue(run, doc, cues, quoted, text)
    if cue is None and not _opens_sentence(text, run.open):
        return None  # a quoted phrase inside a sentence with no cue: a term, a title, a slogan
    return Found(text[run.start:run.end], run.start, run.end, "direct", cue)


def _opens_sentence(text: str, at: int) -> bool:
    """The quotation mark at `at` starts a paragraph or a sentence."""
    before = text[max(0, at - 200):at].rstrip(" \t")
    return not before or before.endswith(("\n", ".", "!", "?", "…", "”", '"', "’", "'", ":"))


def _nearby_cue(run: Run, doc: Doc, cues: list[Cue], quoted: list[tuple[int, int]], text: str) -> Cue | None:
    """A cue outside the run in the sentences the run touches, or ending the sentence just
    before it with a colon ("He said:")."""
    first = doc.char_span(run.start, run.end, alignment_mode="expand")
    if first is None or not len(first):
        return None
    lo, hi = first[0].sent.start, first[-1].sent.end
    prev = doc[lo - 1].sent if lo > 0 else None
    if prev is not None and prev.text.rstrip().endswith(":") or _ends_with_colon(text, run.open):
        lo = prev.start if prev is not None else lo
    near = [c for c in cues if lo <= c.verb.i < hi and not run.start <= c.verb.idx < run.end
            and _free(c, run, quoted)]
    if not near:
        return None
    after = [c for c in near if c.verb.idx >= run.end]
    return min(after, key=lambda c: c.verb.i) if after else max(near, key=lambda c: c.verb.i)


def _free(cue: Cue, run: Run, quoted: list[tuple[int, int]]) -> bool:
    """A cue that reports this run, nothing, or another quoted run ('"We will fight," he
    said, "and we will win."'), not a clause of its own."""
    if cue.content is None:
        return True
    start, end = cue.content
    return start < run.end and run.start < end or any(s <= start + 2 and end - 2 <= e for s, e in quoted)


def _ends_with_colon(text: str, at: int) -> bool:
    return text[max(0, at - 3):at].rstrip().endswith(":")


def _without_overlaps(quotes: list[Found]) -> list[Found]:
    kept: list[Found] = []
    for q in quotes:
        if kept and q.start < kept[-1].end:
            if (q.end - q.start) > (kept[-1].end - kept[-1].start) and q.kind != "indirect":
                kept[-1] = q
            continue
        kept.append(q)
    return kept
