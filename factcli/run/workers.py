"""Running many articles: worker processes, each with its own pipeline, stream each
article's result back in input order: rendered text when the run has a renderer (the
CLI: only text crosses processes), else the ArticleFacts itself (the Python API). A bad
file becomes an error record."""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any, NamedTuple, Protocol

from factcli.base import FactcliError, RefDate
from factcli.facts.kinds import fact_count
from factcli.inputs.article import Article, InputError, source_name
from factcli.inputs.reader import Item, read_item
from factcli.inputs.records import RecordRef

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
    input_format: str | None = None  # --input-format: how every file is read (None: by its suffix)


class Record(NamedTuple):
    source: str
    text: Any  # the article rendered (one JSON line, CSV rows, a table block); without a
    # renderer, its ArticleFacts, or the error message when not ok
    ok: bool
    facts: int  # how many facts it holds
    why: str = ""  # when not ok: the one-line reason, without the source


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
    if isinstance(item, Article | RecordRef):
        return item.source
    if isinstance(item, InputError):
        return item.source or "<stdin>"
    return source_name(item)


def load_job(job: Job) -> None:
    """Load the run's pipeline into this process (once per process and Job)."""
    from factcli.facts.extract import model_info
    from factcli.run.pipeline import load

    nlp = load(job.model)
    _worker.update(nlp=nlp, info=model_info(nlp), job=job)


def records_of(items: Sequence[Item], first: int = 0) -> Iterator[tuple[int, Record]]:
    """(k, Record) for each items[k] (the run's item first + k), each as soon as it is done:
    unreadable ones first, then nlp.pipe over the readable ones, in order."""
    from factcli.run.articles import article_facts

    job: Job = _worker["job"]
    good = []
    for k, item in enumerate(items):
        try:
            if isinstance(item, InputError):
                raise item
            good.append((k, read_item(item, job.input_format)))
        except InputError as err:
            yield k, failure(item, str(err), job.render)
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
                yield k, failure(article, f"extraction failed: {type(facts).__name__}: {facts}", job.render)
            else:
                text = facts if job.render is None else job.render.record(facts)
                yield k, Record(article.source, text, True, fact_count(facts))


def _process(items: Sequence[Item], first: int = 0) -> list[Record]:
    """A Record for each item, in order (a cluster task)."""
    out = dict(records_of(items, first))
    return [out[k] for k in range(len(items))]


def failure(item: Item, why: str, render: Renderer | None) -> Record:
    """An error record; the reason is said once, without the source it is filed under."""
    name = item_source(item)
    why = why.removeprefix(f"{name}: ")
    return Record(name, why if render is None else render.error(name, why), False, 0, why)


def run_batch(items: list[Item], job: Job, workers: int,
              on_done: Callable[[int], None] | None = None) -> Iterable[Record]:
    """A Record per item, in input order, streaming. `on_done(n)` is called as articles
    finish (n: how many so far), for a progress bar. With more than one worker it is a
    run.pool.Pool: close() stops the workers at once, unwritten() gives what they finished."""
    from factcli.run.pool import Pool

    if workers > 1:
        return Pool(items, job, workers, groups_of(len(items)), lambda item, why: failure(item, why, job.render),
                    on_done)
    return _in_process(items, job, on_done)


def _in_process(items: list[Item], job: Job, on_done: Callable[[int], None] | None) -> Iterator[Record]:
    load_job(job)
    done = 0
    for group in groups_of(len(items)):
        got = {}
        for k, record in records_of(items[group[0]:group[-1] + 1], group[0]):
            got[k] = record
            done += 1
            if on_done is not None:
                on_done(done)
        yield from (got[k] for k in range(len(group)))


def worker_main() -> None:
    """A worker process (run.pool starts it, its socket's fd the last argument, and its boot
    code leaves when the parent is gone): load the run's pipeline, then run groups until
    told to stop or the parent's end of the socket closes."""
    conn = Connection(int(sys.argv[-1]))
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        job = conn.recv()
        try:
            load_job(job)
        except Exception as err:  # noqa: BLE001  a pipeline that will not load: the parent says so, once
            conn.send(("fatal", str(err) if isinstance(err, FactcliError) else f"{type(err).__name__}: {err}"))
            return
        conn.send("ready")
        while (task := conn.recv()) is not None:  # None: stop
            _run_task(conn, *task)
    except (EOFError, OSError):  # the parent is gone or has stopped the run
        os._exit(0)


def _run_task(conn: Connection, first: int, items: list) -> None:
    """One group: each article's record as soon as it is done, then "done"."""
    try:
        for k, record in records_of(items, first):
            conn.send((first + k, record))
    except OSError:
        raise
    except Exception as err:  # noqa: BLE001  reported; the rest of the group is tried again
        conn.send(("failed", f"{type(err).__name__} in a worker"))
    conn.send("done")

