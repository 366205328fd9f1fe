"""One article's extraction: the Doc, its text and reference date, and what several fact
kinds share (organisation clusters, date spans, people), each worked out once and only
when a kind asks for it. The per-kind extractors in the fact-kind table read from here."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date
from functools import cached_property

from spacy.tokens import Doc, Span

from factcli.base import RefDate
from factcli.facts.counts import find_counts
from factcli.facts.datefind import SPAN_KEY, clause_direction, find_dates
from factcli.facts.datenorm import is_comparison, normalise_date
from factcli.facts.durations import find_durations
from factcli.facts.names import fold, strip_possessive
from factcli.facts.organisations import cluster_orgs, is_short_form, org_key, org_mentions, to_organisation
from factcli.facts.people import cluster_people, person_mentions, to_person
from factcli.facts.quotes import find_quotes
from factcli.facts.results import Count, DateMention, Duration, Organisation, Person, Quote
from factcli.facts.roles import PersonRef, add_role, anaphoric_roles, explicit_roles
from factcli.nlp.doctext import doc_text


class Extraction:
    """What the extractors of one article share."""

    def __init__(self, doc: Doc, ref: RefDate | None) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.ref = ref

    @property
    def ref_date(self) -> date | None:
        return self.ref.value if self.ref else None

    @cached_property
    def _orgs(self) -> tuple[list[Organisation], Callable[[Span], str | None], set[int]]:
        return _organisations(self.doc)

    @cached_property
    def _people(self) -> tuple[list[Person], list[PersonRef]]:
        organisations = self._orgs[0]
        names = [n for o in organisations for n in [o.name, *o.aliases]]
        # and a one-word short form ("Fox" of "Fox News"): "telling Fox whether" is the channel
        org_keys = {org_key(n) for n in names} | {org_key(n.split()[0]) for n in names
                                                   if " " in n and is_short_form(n.split()[0], n)}
        return _people(self.doc, self._orgs[1], org_keys)

    @cached_property
    def people(self) -> list[Person]:
        people = self._people[0]
        for person in people:  # "a former DeWine staffer": Mike DeWine is no employer's name
            for role in person.roles:
                if role.organisation in self._people_names_as_orgs:
                    role.organisation = None
        return people

    @cached_property
    def _people_names_as_orgs(self) -> set[str]:
        """The organisations that are people's names or parts of them, once people are known."""
        people = self._people[0]
        full_names = {fold(n) for p in people if " " in p.name for n in (p.name, *p.aliases)}
        name_ends = {fold(w) for p in people if len(parts := p.name.split()) > 1 for w in (parts[0], parts[-1])}
        return {o.name for o in self._orgs[0] if _part_of_a_name(o, full_names, name_ends)}

    @cached_property
    def organisations(self) -> list[Organisation]:
        return [o for o in self._orgs[0] if o.name not in self._people_names_as_orgs]

    @cached_property
    def date_spans(self) -> list[Span]:
        return list(self.doc.spans[SPAN_KEY]) if SPAN_KEY in self.doc.spans else find_dates(self.doc)

    @cached_property
    def date_tokens(self) -> set[int]:
        return {i for d in self.date_spans for i in range(d.start, d.end)}

    @cached_property
    def dates(self) -> list[DateMention]:
        return _dates(self.date_spans, self.ref_date)

    @cached_property
    def durations(self) -> list[Duration]:
        return find_durations(self.doc, self.date_tokens)

    @cached_property
    def quotes(self) -> list[Quote]:
        """Who said what; each person's `quotes` counts the quotes they are the speaker of."""
        people, refs = self._people
        quotes = find_quotes(self.doc, self.text, people, refs, self.organisations)
        said = Counter(q.speaker for q in quotes)
        for person in people:
            person.quotes = said.get(person.name, 0)
        return quotes

    @cached_property
    def counts(self) -> list[Count]:
        # numbers in dates and in organisations' names ("BBC Radio 4", "G8") are not counts
        counts = find_counts(self.doc, self.date_tokens | self._orgs[2])
        if self.durations:  # a duration is not also a count ("two years")
            taken = [(d.start, d.end) for d in self.durations]
            counts = [c for c in counts if not any(c.start < e and s < c.end for s, e in taken)]
        return counts


def _dates(spans: list[Span], ref: date | None) -> list[DateMention]:
    """Date mentions with values, in text order: 'that day', 'the following year' and 'the
    quarter' take their value from the dates before them (the anchors)."""
    dates: list[DateMention] = []
    anchors: tuple[str, ...] = ()
    for s in spans:
        value = normalise_date(s.text, ref, clause_direction(s), anchors)
        dates.append(DateMention(s.text, s.start_char, s.end_char, value))
        if value and not is_comparison(s.text):
            anchors = (value, *anchors[:7])
    return dates


def _part_of_a_name(org: Organisation, full_names: set[str], name_ends: set[str]) -> bool:
    """A person's whole name tagged as an organisation ("Dr Jakob Nielsen"; `full_names`
    holds people's names and aliases of two or more words), or a lone "Nigel" in an article
    about Nigel Farage (`name_ends`: the first and last words of those names)."""
    name = fold(org.name)
    if name in full_names:
        return True
    if len(org.mentions) == 1 and any(name.endswith(f" {n}") for n in full_names):
        return True  # "London Sal Naseem" once, after "regional director for"
    if org.aliases or " " in org.name or org.name.isupper() and len(org.name) <= 4:
        return False  # (an acronym; but a headline's "ROMNEY VOICES CONCERN" is Mitt Romney)
    return name in name_ends


def _organisations(doc: Doc):
    clusters = cluster_orgs(doc, org_mentions(doc))
    organisations: list[Organisation] = [to_organisation(c) for c in clusters]
    by_start = {m.span.start: c.full for c in clusters for m in c.mentions}

    def org_name(ent: Span) -> str | None:
        """The full name of the organisation an entity inside a title names."""
        start = ent.start + (1 if ent[0].lower_ == "the" else 0)
        longer = _written_out(ent, clusters)
        if longer is not None:
            return longer  # "the Commons transport committee" names the Commons Transport Committee
        if start in by_start:
            return by_start[start]
        text = strip_possessive(ent.text)
        for c in clusters:
            if fold(c.full) == fold(text) or is_short_form(text, c.full):
                return c.full
        return None

    tokens = {i for c in clusters for m in c.mentions for i in range(m.span.start, m.span.end)}
    return organisations, org_name, tokens


def _written_out(ent: Span, clusters) -> str | None:
    """The organisation an entity and the words after it name, written in lower case
    ("Commons" + "transport committee" for the Commons Transport Committee)."""
    doc = ent.doc
    names = {fold(c.full): c.full for c in clusters}
    found = None
    for end in range(ent.end + 1, min(ent.end + 4, len(doc)) + 1):
        if doc[end - 1].is_punct or doc[end - 1].is_space:
            break
        start = ent.start + (1 if ent[0].lower_ == "the" else 0)
        found = names.get(fold(doc[start:end].text), found)
    return found


def _people(doc: Doc, org_name, org_keys: set[str]) -> tuple[list[Person], list[PersonRef]]:
    clusters = cluster_people(person_mentions(doc, org_keys))
    people = [to_person(c) for c in clusters]
    refs = sorted((PersonRef(m.span.start, m.span.end, k) for k, c in enumerate(clusters) for m in c.mentions),
                  key=lambda r: r.start)
    found = explicit_roles(doc, refs, org_name)
    known: dict[int, set[str]] = {}
    for person, role in found:
        known.setdefault(person, set()).update(w.lower() for w in role.title.split())
    for person, role in found:
        add_role(people[person].roles, role, anaphoric=False)
    honorifics = {k: person.honorific for k, person in enumerate(people)}
    held: dict[int, set[str]] = {}
    for person, role in found:
        held.setdefault(person, set()).add(role.title.lower())
    for person, (role, *more) in anaphoric_roles(doc, refs, known, org_name, honorifics, held):
        before = len(people[person].roles)
        add_role(people[person].roles, role, anaphoric=True)
        for other in more if len(people[person].roles) > before else []:
            add_role(people[person].roles, other, anaphoric=False)  # "the DUP leader and preacher"
    for person in people:
        person.roles.sort(key=lambda r: r.start)
    return people, refs
