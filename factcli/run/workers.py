"""Running many articles: worker processes, each with its own pipeline, stream each
article's result back in input order: rendered text when the run has a renderer (the
CLI: only text crosses processes), else the ArticleFacts itself (the Python API). A bad
file becomes an error record."""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import queue
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, NamedTuple, Protocol

from factcli.base import RefDate
from factcli.facts.kinds import fact_count
from factcli.inputs.article import Article, InputError, source_name
from factcli.inputs.reader import Item, read_article

_worker: dict = {}
GROUP = 32  # articles a worker takes at a time: one memory zone (see _process)
WARM_UP = 200  # articles per worker processed before memory zones start

def groups_of(n: int) -> list[list[int]]:
    """The run's item indices in groups of GROUP, in order: what one task takes."""
    return [list(range(i, min(i + GROUP, n))) for i in range(0, n, GROUP)]


class Renderer(Protocol):
    """An output format (outputs.formats.OutputSpec): articles and errors to text."""

    def record(self, facts: Any) -> str: ...

    def error(self, source: str, message: str) -> str: ...


@dataclass(frozen=True)
class Job:
    """What every article of a run shares: the pipeline, the reference date, the output."""

    model: str | None = None
    date: RefDate | None = None  # --date, or --force-date (forced)
    render: Renderer | None = None  # None: records carry ArticleFacts and error messages


class Record(NamedTuple):
    source: str
    text: Any  # the article rendered (one JSON line, CSV rows, a table block); without a
    # renderer, its ArticleFacts, or the error message when not ok
    ok: bool
    facts: int  # how many facts it holds


MEMORY_PER_WORKER = 600 * 2**20  # peak RSS of a worker: about 400 MiB with en_core_web_md (make bench)


def worker_cap(asked: int, n_files: int) -> int:
    """Workers to start: what was asked (0: all cores), at most one per core, per file and
    per MEMORY_PER_WORKER of available memory."""
    cores = os.cpu_count() or 1
    try:
        memory = os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        memory = cores * MEMORY_PER_WORKER
    return max(1, min(asked or cores, cores, n_files, memory // MEMORY_PER_WORKER))


def item_source(item: Item) -> str:
    if isinstance(item, Article):
        return item.source
    if isinstance(item, InputError):
        return item.source or "<stdin>"
    return source_name(item)


def _init(job: Job, ticks=None) -> None:
    """A pool worker's start: quiet on Ctrl-C, gone when the parent goes, then load."""
    if mp.parent_process() is not None:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    load_job(job, ticks)


def load_job(job: Job, ticks=None) -> None:
    """Load the run's pipeline into this process (once per process and Job)."""
    from factcli.facts.extract import model_info
    from factcli.run.pipeline import load

    nlp = load(job.model)
    _worker.update(nlp=nlp, info=model_info(nlp), job=job, ticks=ticks)


def _exit_with_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(0)


def _tick(index: int) -> None:
    ticks = _worker.get("ticks")
    if ticks is None:
        return
    if callable(ticks):
        ticks(index)
    else:
        with contextlib.suppress(Exception):
            ticks.put_nowait(index)


def _process(items: Sequence[Item], first: int = 0) -> list[Record]:
    """A Record for each item (items[k] is the run's item first + k); nlp.pipe over the
    readable ones."""
    from factcli.run.articles import article_facts

    job: Job = _worker["job"]
    out: dict[int, Record] = {}
    good = []
    for k, item in enumerate(items):
        try:
            if isinstance(item, InputError):
                raise item
            good.append((k, item if isinstance(item, Article) else read_article(item)))
        except InputError as err:
            out[k] = failure(item, str(err), job.render)
            _tick(first + k)
    nlp = _worker["nlp"]
    # Strings and lexemes a group adds to the vocab are freed when its zone closes, so
    # memory stays flat over any number of files; only rendered text leaves the zone. The
    # first WARM_UP articles run outside zones: the frequent words they bring stay, and
    # are not rebuilt for every group.
    warm = _worker.get("done", 0) >= WARM_UP
    _worker["done"] = _worker.get("done", 0) + len(good)
    with nlp.memory_zone() if warm else contextlib.nullcontext():
        found = article_facts(nlp, [a for _, a in good], _worker["info"], job.date)
        for (k, article), facts in zip(good, found, strict=True):
            if isinstance(facts, Exception):  # one article's failure must not stop the run
                out[k] = failure(article, f"extraction failed: {type(facts).__name__}: {facts}", job.render)
            else:
                text = facts if job.render is None else job.render.record(facts)
                out[k] = Record(article.source, text, True, fact_count(facts))
            _tick(first + k)
    return [out[k] for k in range(len(items))]


def failure(item: Item, why: str, render: Renderer | None) -> Record:
    name = item_source(item)
    return Record(name, why if render is None else render.error(name, why), False, 0)


def run_batch(items: list[Item], job: Job, workers: int,
              on_done: Callable[[int], None] | None = None) -> Iterable[Record]:
    """Yield a Record per item, in input order, streaming. `on_done(n)` is called as
    articles finish (n: how many so far, each counted once), for a progress bar."""
    seen: set[int] = set()

    def tick(index: int) -> None:
        if index not in seen:
            seen.add(index)
            if on_done is not None:
                on_done(len(seen))

    if workers <= 1:
        load_job(job, tick)
        for group in groups_of(len(items)):
            yield from _process(items[group[0]:group[-1] + 1], group[0])
        return
    yield from _supervised(items, job, workers, tick)


def _supervised(items: list[Item], job: Job, workers: int, tick: Callable[[int], None]) -> Iterable[Record]:
    """Groups run on worker processes, results in order. A group whose worker dies (the
    OOM killer) or raises (MemoryError) is tried again one article at a time in fresh
    workers; an article that fails again becomes an error record. The run always ends."""
    ctx = mp.get_context("spawn")
    ticks = ctx.Queue()
    groups = groups_of(len(items))

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init, initargs=(job, ticks))

    def drain() -> None:
        with contextlib.suppress(queue.Empty, OSError, ValueError):
            while True:
                tick(ticks.get_nowait())

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
                indices = groups[g] if k is None else [groups[g][k]]
                inflight[pool.submit(_process, [items[i] for i in indices], indices[0])] = (g, k)
            finished, _ = wait(inflight, timeout=0.2, return_when=FIRST_COMPLETED)
            drain()
            broken = False
            for future in finished:
                g, k = inflight.pop(future)
                try:
                    result = future.result()
                except BrokenProcessPool:
                    broken, result = True, None
                except Exception as err:  # noqa: BLE001  a worker's failure must not end the run
                    result = err
                _settle(items, groups, g, k, result, tasks, parts, done, job.render)
            if broken:  # every task on the dead pool is lost with it: try each again
                for g, k in inflight.values():
                    _settle(items, groups, g, k, None, tasks, parts, done, job.render)
                inflight.clear()
                pool.shutdown(wait=False, cancel_futures=True)
                pool = new_pool()
            while next_out in done:
                for i, record in zip(groups[next_out], done.pop(next_out), strict=True):
                    tick(i)
                    yield record
                next_out += 1
        pool.shutdown(wait=True)  # all work is done; waiting avoids a race in CPython's exit hook
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _settle(items, groups, g, k, result, tasks, parts, done, render) -> None:
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
        parts[g][k] = failure(items[groups[g][k]], f"extraction failed twice: {why}", render)
    if k is not None and all(r is not None for r in parts[g]):
        done[g] = parts.pop(g)
