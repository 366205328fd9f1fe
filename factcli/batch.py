"""Running many articles: worker processes, each with its own pipeline, stream
(source, JSON line) results back in input order; a bad file becomes an error record."""

from __future__ import annotations

import json
import multiprocessing as mp
import os
from collections.abc import Iterable, Iterator
from datetime import date

from factcli.reader import InputError, read_article

_worker: dict = {}
CHUNK = 8  # articles a worker takes at a time...
CHUNK_BYTES = 24_000  # ...and at most this much text (one larger file goes alone): the tok2vec
# holds ~15 KB per token of a batch while it runs, so long articles must not share one


def _init(model: str | None, given_date: date | None) -> None:
    from factcli.extract import model_info
    from factcli.pipeline import load

    nlp = load(model)
    _worker.update(nlp=nlp, info=model_info(nlp), date=given_date)


def _process(paths: list[str]) -> list[tuple[str, str, bool]]:
    """(source, JSON line, ok) for each path; nlp.pipe over the readable ones."""
    from factcli.extract import extract_facts

    out: dict[int, tuple[str, str, bool]] = {}
    good = []
    for k, path in enumerate(paths):
        try:
            good.append((k, read_article(path)))
        except InputError as err:
            out[k] = (path, json.dumps({"source": path, "error": str(err)}, ensure_ascii=False), False)
    nlp = _worker["nlp"]
    # strings and lexemes the chunk adds to the vocab are freed when the zone closes, so
    # memory stays flat over any number of files; only JSON text leaves the zone
    with nlp.memory_zone():
        docs = nlp.pipe((a.text for _, a in good), batch_size=CHUNK)
        for (k, article), doc in zip(good, docs, strict=True):
            try:
                facts = extract_facts(doc, article.source, _worker["info"], _worker["date"])
                out[k] = (article.source, json.dumps(facts.to_dict(), ensure_ascii=False), True)
            except Exception as err:  # noqa: BLE001  one article's failure must not stop the run
                record = {"source": article.source, "error": f"extraction failed: {type(err).__name__}: {err}"}
                out[k] = (article.source, json.dumps(record, ensure_ascii=False), False)
    return [out[k] for k in range(len(paths))]


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0  # unreadable: the reader reports it


def _chunks(paths: list[str], size: int, max_bytes: int = CHUNK_BYTES) -> Iterator[list[str]]:
    """Runs of at most `size` paths and `max_bytes` of text, in order."""
    chunk: list[str] = []
    total = 0
    for path in paths:
        n = _size(path)
        if chunk and (len(chunk) == size or total + n > max_bytes):
            yield chunk
            chunk, total = [], 0
        chunk.append(path)
        total += n
    if chunk:
        yield chunk


def run_batch(paths: list[str], model: str | None, given_date: date | None,
              workers: int) -> Iterable[tuple[str, str, bool]]:
    """Yield (source, JSON line, ok) per path, in input order, streaming."""
    if workers <= 1:
        _init(model, given_date)
        for chunk in _chunks(paths, CHUNK):
            yield from _process(chunk)
        return
    ctx = mp.get_context("spawn")
    with ctx.Pool(workers, initializer=_init, initargs=(model, given_date)) as pool:
        for results in pool.imap(_process, _chunks(paths, CHUNK)):
            yield from results
