"""From a processed Doc to an ArticleFacts result: people, roles, organisations,
counts and dates. Plain functions over spaCy objects; no I/O."""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span

from factcli.facts.counts import find_counts
from factcli.facts.datefind import SPAN_KEY, clause_direction, find_dates
from factcli.facts.datenorm import is_comparison, normalise_date
from factcli.facts.durations import find_durations
from factcli.facts.names import fold, strip_possessive
from factcli.facts.organisations import cluster_orgs, is_short_form, org_key, org_mentions, to_organisation
from factcli.facts.people import cluster_people, person_mentions, to_person
from factcli.facts.refdate import reference_date
from factcli.facts.results import ArticleFacts, Count, DateMention, ModelInfo, Organisation, Person
from factcli.facts.roles import PersonRef, add_role, anaphoric_roles, explicit_roles
from factcli.nlp.doctext import doc_text


def model_info(nlp: Language) -> ModelInfo:
    meta = nlp.meta
    return ModelInfo(name=f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}",
                     version=str(meta.get("version", "0.0.0")))


def extract_facts(doc: Doc, source: str, model: ModelInfo, given_date: date | None = None, *,
                  metadata: date | None = None, metadata_source: str | None = None,
                  force: bool = False) -> ArticleFacts:
    """All facts of one article, from a Doc processed by factcli's pipeline. The reference
    date comes from `given_date`, `metadata` and the text as `refdate.reference_date` says."""
    text = doc_text(doc)
    ref, ref_source = reference_date(text, given_date, source, metadata=metadata,
                                     metadata_source=metadata_source, force=force)
    organisations, org_name, org_tokens = _organisations(doc)
    org_keys = {org_key(n) for o in organisations for n in [o.name, *o.aliases]}
    people = _people(doc, org_name, org_keys)
    full_names = {fold(n) for p in people if " " in p.name for n in (p.name, *p.aliases)}
    name_ends = {fold(w) for p in people if len(parts := p.name.split()) > 1 for w in (parts[0], parts[-1])}
    organisations = [o for o in organisations if not _part_of_a_name(o, full_names, name_ends)]
    date_spans = _date_spans(doc)
    dates = _dates(date_spans, ref)
    # numbers in dates and in organisations' names ("BBC Radio 4", "G8") are not counts
    blocked = {i for d in date_spans for i in range(d.start, d.end)} | org_tokens
    counts: list[Count] = find_counts(doc, blocked)
    durations = find_durations(doc, {i for d in date_spans for i in range(d.start, d.end)})
    if durations:  # a duration is not also a count ("two years")
        taken = [(d.start, d.end) for d in durations]
        counts = [c for c in counts if not any(c.start < e and s < c.end for s, e in taken)]
    return ArticleFacts(
        source=source,
        reference_date=ref.isoformat() if ref else None,
        reference_date_source=ref_source,
        model=model,
        people=people,
        organisations=organisations,
        counts=counts,
        dates=dates,
        durations=durations,
        text=text,
        sentences=([(s.start_char, s.end_char) for s in doc.sents] if doc.has_annotation("SENT_START")
                   else [(0, len(text))]),
    )


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
    if org.aliases or " " in org.name or org.name.isupper():
        return False
    return name in name_ends


def _date_spans(doc: Doc) -> list[Span]:
    return list(doc.spans[SPAN_KEY]) if SPAN_KEY in doc.spans else find_dates(doc)


def _organisations(doc: Doc):
    clusters = cluster_orgs(doc, org_mentions(doc))
    organisations: list[Organisation] = [to_organisation(c) for c in clusters]
    by_start = {m.span.start: c.full for c in clusters for m in c.mentions}

    def org_name(ent: Span) -> str | None:
        """The full name of the organisation an entity inside a title names."""
        start = ent.start + (1 if ent[0].lower_ == "the" else 0)
        if start in by_start:
            return by_start[start]
        text = strip_possessive(ent.text)
        for c in clusters:
            if fold(c.full) == fold(text) or is_short_form(text, c.full):
                return c.full
        return None

    tokens = {i for c in clusters for m in c.mentions for i in range(m.span.start, m.span.end)}
    return organisations, org_name, tokens


def _people(doc: Doc, org_name, org_keys: set[str]) -> list[Person]:
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
    for person, role in anaphoric_roles(doc, refs, known, org_name):
        add_role(people[person].roles, role, anaphoric=True)
    for person in people:
        person.roles.sort(key=lambda r: r.start)
    return people
