"""Running many articles: worker processes, each with its own pipeline, stream
(source, JSON line) results back in input order; a bad file becomes an error record."""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Iterable
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from datetime import date

from factcli.inputs.reader import Article, InputError, read_article, source_name
from factcli.outputs.encode import dumps

_worker: dict = {}
GROUP = 32  # articles a worker takes at a time: one memory zone (see _process)
WARM_UP = 200  # articles per worker processed before memory zones start


def _init(model: str | None, given_date: date | None) -> None:
    from factcli.facts.extract import model_info
    from factcli.nlp.pipeline import load

    if mp.parent_process() is not None:  # a worker: quiet on Ctrl-C, and gone when the parent goes
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()

    nlp = load(model)
    _worker.update(nlp=nlp, info=model_info(nlp), date=given_date)


Item = str | Article | InputError  # a path, or stdin already read (or failed) by the parent


def _exit_with_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(0)


def _process(paths: list[Item]) -> list[tuple[str, str, bool]]:
    """(source, JSON line, ok) for each item; nlp.pipe over the readable ones."""
    from factcli.run.articles import article_facts

    out: dict[int, tuple[str, str, bool]] = {}
    good = []
    for k, path in enumerate(paths):
        try:
            if isinstance(path, InputError):
                raise path
            good.append((k, path if isinstance(path, Article) else read_article(path)))
        except InputError as err:
            name = "<stdin>" if isinstance(path, InputError) else source_name(str(path))
            out[k] = (name, dumps({"source": name, "error": str(err)}), False)
    nlp = _worker["nlp"]
    # Strings and lexemes a group adds to the vocab are freed when its zone closes, so
    # memory stays flat over any number of files; only JSON text leaves the zone. The
    # first WARM_UP articles run outside zones: the frequent words they bring stay, and
    # are not rebuilt for every group.
    warm = _worker.get("done", 0) >= WARM_UP
    _worker["done"] = _worker.get("done", 0) + len(good)
    with nlp.memory_zone() if warm else contextlib.nullcontext():
        found = article_facts(nlp, [(a.text, a.source) for _, a in good], _worker["info"], _worker["date"])
        for (k, article), facts in zip(good, found, strict=True):
            if isinstance(facts, Exception):  # one article's failure must not stop the run
                record = {"source": article.source, "error": f"extraction failed: {type(facts).__name__}: {facts}"}
                out[k] = (article.source, dumps(record), False)
            else:
                out[k] = (article.source, dumps(facts.to_dict()), True)
    return [out[k] for k in range(len(paths))]


def run_batch(paths: list[Item], model: str | None, given_date: date | None,
              workers: int) -> Iterable[tuple[str, str, bool]]:
    """Yield (source, JSON line, ok) per path, in input order, streaming."""
    if workers <= 1:
        _init(model, given_date)
        for i in range(0, len(paths), GROUP):
            yield from _process(paths[i:i + GROUP])
        return
    groups = [paths[i:i + GROUP] for i in range(0, len(paths), GROUP)]
    yield from _supervised(groups, model, given_date, workers)


def _failure_record(item: Item, why: str) -> tuple[str, str, bool]:
    name = "<stdin>" if isinstance(item, Article | InputError) else source_name(str(item))
    return name, dumps({"source": name, "error": why}), False


def _supervised(groups: list[list[Item]], model: str | None, given_date: date | None,
                workers: int) -> Iterable[tuple[str, str, bool]]:
    """Groups run on worker processes, results in order. A group whose worker dies (the
    OOM killer) or raises (MemoryError) is tried again one article at a time in fresh
    workers; an article that fails again becomes an error record. The run always ends."""
    ctx = mp.get_context("spawn")

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init, initargs=(model, given_date))

    tasks: deque[tuple[int, int | None]] = deque((g, None) for g in range(len(groups)))  # (group, article or None)
    parts: dict[int, list] = {}  # group -> per-article results while it is retried article by article
    done: dict[int, list] = {}
    inflight: dict = {}
    next_out = 0
    pool = new_pool()
    try:
        while next_out < len(groups):
            while tasks and len(inflight) < 2 * workers:
                g, k = tasks.popleft()
                items = groups[g] if k is None else [groups[g][k]]
                inflight[pool.submit(_process, items)] = (g, k)
            finished, _ = wait(inflight, return_when=FIRST_COMPLETED)
            broken = False
            for future in finished:
                g, k = inflight.pop(future)
                try:
                    result = future.result()
                except BrokenProcessPool:
                    broken, result = True, None
                except Exception as err:  # noqa: BLE001  a worker's failure must not end the run
                    result = err
                _settle(groups, g, k, result, tasks, parts, done)
            if broken:  # every task on the dead pool is lost with it: try each again
                for g, k in inflight.values():
                    _settle(groups, g, k, None, tasks, parts, done)
                inflight.clear()
                pool.shutdown(wait=False, cancel_futures=True)
                pool = new_pool()
            while next_out in done:
                yield from done.pop(next_out)
                next_out += 1
        pool.shutdown(wait=True)  # all work is done; waiting avoids a race in CPython's exit hook
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _settle(groups, g, k, result, tasks, parts, done) -> None:
    """Record a task's result, or schedule its retry, or give up on it."""
    if isinstance(result, list):
        if k is None:
            done[g] = result
        else:
            parts[g][k] = result[0]
    elif k is None:  # a whole group failed: each article once more, on its own
        parts[g] = [None] * len(groups[g])
        tasks.extendleft((g, j) for j in reversed(range(len(groups[g]))))
    else:
        why = "worker process died" if result is None else f"{type(result).__name__} in a worker"
        parts[g][k] = _failure_record(groups[g][k], f"extraction failed twice: {why}")
    if k is not None and all(r is not None for r in parts[g]):
        done[g] = parts.pop(g)
