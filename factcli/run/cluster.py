"""Batch runs on a Dask cluster (dask.distributed): the same Records, in the same order,
as a local run. Each worker process keeps one loaded pipeline (a per-process cache keyed
by the run's Job); tasks carry groups of articles (paths are read on the workers); at
most a few groups per worker are in flight, so the client's memory does not follow the
corpus; a group whose worker dies or raises is tried again one article at a time, and an
article that fails again becomes an error record."""

from __future__ import annotations

import contextlib
import logging
import re
import threading
from collections import deque
from collections.abc import Callable, Iterator

from factcli.base import FactcliError
from factcli.run import workers as local
from factcli.run.workers import Item, Job, Record

_LOCK = threading.Lock()  # a worker with several threads runs one group at a time


class ClusterError(FactcliError):
    """The cluster cannot be used (dask missing, scheduler unreachable); one line."""


class ClusterLost(ClusterError):
    """The scheduler went away mid-run: what was written stands, --resume carries on."""


def _run_group(job: Job, items: list[Item], first: int) -> list[Record]:
    with _LOCK:
        if local._worker.get("job") != job:
            local.load_job(job)
        return local._process(items, first)


def connect(scheduler: str, workers: int):
    """(client, cluster or None): a LocalCluster of `workers` processes for "local",
    else a client of the scheduler at that address."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ClusterError("--scheduler needs Dask: pip install 'factcli[dask]'") from None
    # the cluster's own messages (a worker restarted, a task retried) are its business: the
    # run reports what became of every article
    for name in ["distributed", *logging.root.manager.loggerDict]:  # (distributed.client has its own level)
        if name.startswith("distributed"):
            logging.getLogger(name).setLevel(logging.CRITICAL)
    if scheduler == "local":
        with _sigint_ignored():
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=logging.CRITICAL)
            return Client(cluster), cluster
    if not _ADDRESS.fullmatch(scheduler):
        raise ClusterError(f"--scheduler {scheduler}: not a Dask scheduler address (tcp://HOST:PORT, "
                           "tls://HOST:PORT, or local)")
    return _client_within(Client, scheduler, CONNECT_S), None


@contextlib.contextmanager
def _sigint_ignored():
    """SIGINT ignored while the LocalCluster starts its processes: they keep it ignored,
    so a terminal's Ctrl-C, sent to the whole process group, reaches only this process,
    which stops the run and closes the cluster (they used to print a traceback each). A
    Ctrl-C in that second or two is lost: the next one stops the run. (Blocking it instead
    does not survive the processes' start, and a native thread takes it.)"""
    import signal

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    before = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, before)


_ADDRESS = re.compile(r"(?:(?:tcp|tls|ws|wss|ucx)://)?(?:\[[0-9A-Fa-f:.]+\]|[\w.-]+):\d{1,5}/?")
CONNECT_S = 10.0


def _client_within(client_class, address: str, seconds: float):
    """A client of the scheduler at `address`, or a one-line ClusterError within about
    `seconds`: something on the port that is not a Dask scheduler may never answer (Dask's
    own timeout does not cover that) or answer with bytes it cannot read."""
    box: dict = {}

    def make() -> None:
        try:
            box["client"] = client_class(address, timeout=f"{seconds}s")
        except Exception as e:  # noqa: BLE001  whatever a stranger on the port makes Dask raise
            box["error"] = e

    thread = threading.Thread(target=make, name="factcli-connect", daemon=True)
    thread.start()
    thread.join(seconds + 2)
    if thread.is_alive():
        raise ClusterError(f"cannot reach the Dask scheduler at {address} (no answer in {seconds + 2:.0f} s; "
                           "is it a Dask scheduler?)")
    if "error" in box:
        e = box["error"]
        if isinstance(e, (OSError, TimeoutError)):
            why = str(e).splitlines()[0][:200] if str(e) else type(e).__name__
        else:  # bytes Dask cannot read: a web server, a database
            why = f"what answers there does not speak Dask's protocol: {type(e).__name__}"
        raise ClusterError(f"cannot reach the Dask scheduler at {address} ({why})")
    return box["client"]


def run_on_cluster(items: list[Item], job: Job, client, on_done: Callable[[int], None] | None = None
                   ) -> Iterator[Record]:
    """Yield a Record per item, in input order, streaming from the cluster."""
    from distributed import wait

    n_workers = max(1, len(client.scheduler_info().get("workers", {})))
    groups = local.groups_of(len(items))
    pending: deque[tuple[int, int | None]] = deque((g, None) for g in range(len(groups)))
    parts: dict[int, list] = {}
    done: dict[int, list] = {}
    inflight: dict = {}
    finished_n = 0
    next_out = 0
    try:
        while next_out < len(groups):
            while pending and len(inflight) < 2 * n_workers + 2:
                g, k = pending.popleft()
                indices = groups[g] if k is None else [groups[g][k]]
                future = client.submit(_run_group, job, [items[i] for i in indices], indices[0], pure=False)
                inflight[future] = (g, k)
            finished = _wait_first(wait, client, inflight)
            for future in finished:
                g, k = inflight.pop(future)
                try:
                    result = future.result()
                except Exception as err:  # noqa: BLE001  a dead or failing worker must not end the run
                    result = err
                finally:
                    future.release()
                if isinstance(result, list) or k is not None:  # (a retried article that fails is done too)
                    finished_n += len(result) if isinstance(result, list) else 1
                    if on_done is not None:
                        on_done(finished_n)
                _settle(items, groups, g, k, result, pending, parts, done, job.render)
            while next_out in done:
                yield from done.pop(next_out)
                next_out += 1
    finally:
        for future in inflight:
            with contextlib.suppress(Exception):  # (a lost client cannot cancel)
                future.cancel()


def _wait_first(wait, client, inflight: dict) -> set:
    """The futures done first; ClusterLost when the scheduler is gone (Dask cancels every
    future it had then)."""
    try:
        done = wait(list(inflight), return_when="FIRST_COMPLETED").done
    except Exception as e:  # noqa: BLE001  FuturesCancelledError, CommClosedError: the same to the run
        raise ClusterLost(f"lost the Dask scheduler ({type(e).__name__})") from None
    if client.status not in ("running", "connecting"):
        raise ClusterLost(f"lost the Dask scheduler (client {client.status})")
    return done


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
        parts[g][k] = local.failure(items[groups[g][k]], f"extraction failed twice: {why}", render)
    if k is not None and all(r is not None for r in parts[g]):
        done[g] = parts.pop(g)
