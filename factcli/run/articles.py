"""Articles of any length in bounded memory.

A text longer than BLOCK characters (a pasted book, a log of short lines) is cut into
blocks at paragraph breaks where possible; each block is parsed and its facts extracted
on their own, then the blocks' facts are joined: offsets shifted to the whole text, one
person or organisation per name across blocks, counts and dates in text order. Only one
block's Doc is alive at a time, so a worker's memory does not follow the file's size.
What is lost across a cut: a "Mr Khan" in one block is joined to "Sadiq Khan" in another
only by name, and a role described in one block is not carried to a pronoun in the next.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from datetime import date

from spacy.language import Language

from factcli.facts.extract import extract_facts
from factcli.facts.names import fold
from factcli.facts.organisations import org_key
from factcli.facts.results import ArticleFacts, ModelInfo, Organisation, Person
from factcli.inputs.reader import Article
from factcli.nlp.textpipe import BATCH_CHARS, pipe_texts, split_text

BLOCK = 50_000  # characters: ten long news articles
LONG_BATCH_CHARS = 6_000  # the pipeline's batch budget while a long text is in the run


def article_facts(nlp: Language, articles: Iterable[Article], model: ModelInfo,
                  given_date: date | None = None, force: bool = False) -> Iterator[ArticleFacts | Exception]:
    """Facts for each article, in order; an article whose extraction raises yields the
    exception instead, and the rest go on. `given_date` is --date (--force-date when `force`)."""
    owners: list[tuple[int, int, Article]] = []  # (article, offset of the block, article)
    blocks: list[str] = []
    for k, article in enumerate(articles):
        offset = 0
        for block in split_text(article.text, BLOCK):
            owners.append((k, offset, article))
            blocks.append(block)
            offset += len(block)
    # The batch's tensors, not the Doc, are most of the peak (about 15 KB a token): with a
    # long text in the run, halve the batch so its peak stays near an ordinary article's.
    budget = LONG_BATCH_CHARS if len(blocks) > len({k for k, _, _ in owners}) else BATCH_CHARS
    current, parts, failed = 0, [], None
    for (k, offset, article), doc in zip(owners, pipe_texts(nlp, blocks, batch_chars=budget), strict=True):
        if k != current:
            yield failed or join_blocks(parts)
            current, parts, failed = k, [], None
        if failed is not None:
            continue
        try:
            if not parts:
                facts = extract_facts(doc, article.source, model, given_date, metadata=article.date,
                                      metadata_source=article.date_source, force=force)
            else:  # later blocks resolve dates against the first block's reference date
                ref = date.fromisoformat(parts[0].reference_date) if parts[0].reference_date else None
                facts = extract_facts(doc, article.source, model, ref, force=True)
                facts.reference_date_source = parts[0].reference_date_source
            parts.append(shift(facts, offset))
        except Exception as err:  # noqa: BLE001  one article's failure must not stop the others
            failed = err
    if owners:
        yield failed or join_blocks(parts)


def shift(facts: ArticleFacts, offset: int) -> ArticleFacts:
    """The same facts with every offset moved by `offset` characters."""
    if offset == 0:
        return facts

    def moved(item):
        return dataclasses.replace(item, start=item.start + offset, end=item.end + offset)

    for p in facts.people:
        p.mentions = [moved(m) for m in p.mentions]
        p.roles = [moved(r) for r in p.roles]
    for o in facts.organisations:
        o.mentions = [moved(m) for m in o.mentions]
    facts.counts = [moved(c) for c in facts.counts]
    facts.dates = [moved(d) for d in facts.dates]
    facts.durations = [moved(d) for d in facts.durations]
    facts.sentences = [(s + offset, e + offset) for s, e in facts.sentences]
    return facts


def join_blocks(parts: list[ArticleFacts]) -> ArticleFacts:
    """One article's facts from its blocks' (already shifted) facts."""
    first = parts[0]
    for part in parts[1:]:
        _join_people(first.people, part.people)
        _join_orgs(first.organisations, part.organisations)
        first.counts.extend(part.counts)
        first.dates.extend(part.dates)
        first.durations.extend(part.durations)
        first.sentences.extend(part.sentences)
    if len(parts) > 1 and all(p.text is not None for p in parts):
        first.text = "".join(p.text for p in parts)  # type: ignore[misc]
    return first


def _join_people(people: list[Person], more: list[Person]) -> None:
    by_name = {fold(n): p for p in people for n in (p.name, *p.aliases)}
    for person in more:
        same = by_name.get(fold(person.name)) or _only_full_name(people, person.name)
        if same is None:
            people.append(person)
            by_name.update({fold(n): person for n in (person.name, *person.aliases)})
            continue
        same.mentions.extend(person.mentions)
        same.aliases.extend(a for a in [person.name, *person.aliases]
                            if a != same.name and a not in same.aliases)
        same.honorific = same.honorific or person.honorific
        known = {(r.title.lower(), r.organisation) for r in same.roles}
        same.roles.extend(r for r in person.roles if (r.title.lower(), r.organisation) not in known)


def _only_full_name(people: list[Person], name: str) -> Person | None:
    """The one person whose full name ends (or starts) with a one-word `name`."""
    if " " in name:
        return None
    word = fold(name)
    found = [p for p in people if " " in p.name and word in (fold(p.name.split()[-1]), fold(p.name.split()[0]))]
    return found[0] if len(found) == 1 else None


def _join_orgs(orgs: list[Organisation], more: list[Organisation]) -> None:
    by_key = {org_key(n): o for o in orgs for n in (o.name, *o.aliases)}
    for org in more:
        same = next((by_key[k] for n in (org.name, *org.aliases) if (k := org_key(n)) in by_key), None)
        if same is None:
            orgs.append(org)
            by_key.update({org_key(n): org for n in (org.name, *org.aliases)})
            continue
        same.mentions.extend(org.mentions)
        same.aliases.extend(a for a in [org.name, *org.aliases] if a != same.name and a not in same.aliases)
