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

from collections.abc import Callable, Iterable, Iterator
from datetime import date

from spacy.language import Language

from factcli.base import DateSource, RefDate
from factcli.facts.extract import extract_facts
from factcli.facts.kinds import KINDS
from factcli.facts.results import ArticleFacts, ModelInfo, shifted
from factcli.inputs.article import Article
from factcli.nlp.textpipe import BATCH_CHARS, pipe_texts, split_text

BLOCK = 50_000  # characters: ten long news articles
LONG_BATCH_CHARS = 6_000  # the pipeline's batch budget while a long text is in the run (as BATCH_CHARS now)


def article_facts(nlp: Language, articles: Iterable[Article], model: ModelInfo,
                  given: RefDate | None = None, on_block: Callable[[int, int], None] | None = None
                  ) -> Iterator[ArticleFacts | Exception]:
    """Facts for each article, in order; an article whose extraction raises yields the
    exception instead, and the rest go on. `given` is --date (--force-date when forced);
    `on_block(done, total)` is told as each block is read (a long file's progress)."""
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
    for n, ((k, offset, article), doc) in enumerate(zip(owners, pipe_texts(nlp, blocks, batch_chars=budget),
                                                        strict=True)):
        if on_block is not None:
            on_block(n + 1, len(blocks))  # (the parse, most of the work, is done)
        if k != current:
            yield failed or join_blocks(parts)
            current, parts, failed = k, [], None
        if failed is not None:
            continue
        try:
            if not parts:
                facts = extract_facts(doc, article.source, model, given, article.date)
                first_ref = _ref_of(facts)
            else:  # later blocks resolve dates against the first block's reference date
                facts = extract_facts(doc, article.source, model, first_ref)
            parts.append(shift(facts, offset))
        except Exception as err:  # noqa: BLE001  one article's failure must not stop the others
            failed = err
    if owners:
        yield failed or join_blocks(parts)


def _ref_of(facts: ArticleFacts) -> RefDate | None:
    """The first block's reference date, forced on the blocks after it."""
    if facts.reference_date is None:
        return None
    return RefDate(date.fromisoformat(facts.reference_date), DateSource(facts.reference_date_source), forced=True)


def shift(facts: ArticleFacts, offset: int) -> ArticleFacts:
    """The same facts with every offset moved by `offset` characters (every kind)."""
    if offset == 0:
        return facts
    for kind in KINDS:
        setattr(facts, kind.key, shifted(getattr(facts, kind.key), offset))
    facts.sentences = [(s + offset, e + offset) for s, e in facts.sentences]
    return facts


def join_blocks(parts: list[ArticleFacts]) -> ArticleFacts:
    """One article's facts from its blocks' (already shifted) facts."""
    first = parts[0]
    for part in parts[1:]:
        for kind in KINDS:
            mine, more = getattr(first, kind.key), getattr(part, kind.key)
            kind.join(mine, more) if kind.join else mine.extend(more)
        first.sentences.extend(part.sentences)
    if len(parts) > 1 and all(p.text is not None for p in parts):
        first.text = "".join(p.text for p in parts)  # type: ignore[misc]
    return first
