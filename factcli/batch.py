"""Running many articles: worker processes, each with its own pipeline, stream
(source, JSON line) results back in input order; a bad file becomes an error record."""

from __future__ import annotations

import contextlib
import json
import multiprocessing as mp
from collections.abc import Iterable
from datetime import date

from factcli.reader import Article, InputError, read_article, source_name
from factcli.textpipe import pipe_texts

_worker: dict = {}
GROUP = 32  # articles a worker takes at a time: one memory zone (see _process)
WARM_UP = 200  # articles per worker processed before memory zones start


def _init(model: str | None, given_date: date | None) -> None:
    from factcli.extract import model_info
    from factcli.pipeline import load

    nlp = load(model)
    _worker.update(nlp=nlp, info=model_info(nlp), date=given_date)


Item = str | Article | InputError  # a path, or stdin already read (or failed) by the parent


def _process(paths: list[Item]) -> list[tuple[str, str, bool]]:
    """(source, JSON line, ok) for each item; nlp.pipe over the readable ones."""
    from factcli.extract import extract_facts

    out: dict[int, tuple[str, str, bool]] = {}
    good = []
    for k, path in enumerate(paths):
        try:
            if isinstance(path, InputError):
                raise path
            good.append((k, path if isinstance(path, Article) else read_article(path)))
        except InputError as err:
            name = "<stdin>" if isinstance(path, InputError) else source_name(str(path))
            out[k] = (name, json.dumps({"source": name, "error": str(err)}, ensure_ascii=False), False)
    nlp = _worker["nlp"]
    # Strings and lexemes a group adds to the vocab are freed when its zone closes, so
    # memory stays flat over any number of files; only JSON text leaves the zone. The
    # first WARM_UP articles run outside zones: the frequent words they bring stay, and
    # are not rebuilt for every group.
    warm = _worker.get("done", 0) >= WARM_UP
    _worker["done"] = _worker.get("done", 0) + len(good)
    with nlp.memory_zone() if warm else contextlib.nullcontext():
        docs = pipe_texts(nlp, [a.text for _, a in good])
        for (k, article), doc in zip(good, docs, strict=True):
            try:
                facts = extract_facts(doc, article.source, _worker["info"], _worker["date"])
                out[k] = (article.source, json.dumps(facts.to_dict(), ensure_ascii=False), True)
            except Exception as err:  # noqa: BLE001  one article's failure must not stop the run
                record = {"source": article.source, "error": f"extraction failed: {type(err).__name__}: {err}"}
                out[k] = (article.source, json.dumps(record, ensure_ascii=False), False)
    return [out[k] for k in range(len(paths))]


def run_batch(paths: list[Item], model: str | None, given_date: date | None,
              workers: int) -> Iterable[tuple[str, str, bool]]:
    """Yield (source, JSON line, ok) per path, in input order, streaming."""
    if workers <= 1:
        _init(model, given_date)
        for i in range(0, len(paths), GROUP):
            yield from _process(paths[i:i + GROUP])
        return
    ctx = mp.get_context("spawn")
    with ctx.Pool(workers, initializer=_init, initargs=(model, given_date)) as pool:
        groups = (paths[i:i + GROUP] for i in range(0, len(paths), GROUP))
        for results in pool.imap(_process, groups):
            yield from results
