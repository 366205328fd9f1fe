"""Worker processes for a local batch, each with its own pipeline and its own pipe.

Why not a ProcessPoolExecutor: its workers share one call queue and report only whole
tasks, so a stop had to wait for groups in flight and then throw them away, and a
SIGINT at the wrong moment could leave a worker blocked on the queue's lock while
multiprocessing's exit hook joined it for ever; and its spawned workers re-run the
caller's main script, so a script without an `if __name__ == "__main__":` guard (or one
piped to `python -`) lost every article. Here each worker is a plain child process
(`python -c`, in a session of its own, so a terminal's Ctrl-C reaches only the main
process) that imports factcli and nothing of the caller's; the main process gives it one
group at a time on its own socket and knows what every worker holds; a worker sends each
article's record as soon as it is done; stopping terminates the workers at once, and the
records already received are still there to be written (`Pool.unwritten`).

A worker that dies (the OOM killer) or raises (MemoryError) costs only the articles
of its group it had not sent: each is tried again on its own in a fresh worker, and an
article that fails again becomes an error record. The run always ends.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection, wait
from pathlib import Path

from factcli.base import FactcliError
from factcli.inputs.reader import Item

_STOP = None  # the message that ends a worker (workers.worker_main)
_ROOT = str(Path(__file__).resolve().parents[2])  # the folder factcli is imported from
# a worker's first lines, run before its slow imports: it leaves as soon as its parent is
# gone, so that no worker outlives a run stopped while it was being started (a Ctrl-C that
# lands inside Popen leaves a child the Pool never recorded) and holds the run's stderr open
_BOOT = ("import os, sys, threading, time\n"
         "def watch(parent):\n"
         "    while os.getppid() == parent:\n"
         "        time.sleep(0.1)\n"
         "    os._exit(0)\n"
         "threading.Thread(target=watch, args=(int(sys.argv[2]),), daemon=True).start()\n"
         "sys.path.insert(0, sys.argv[1])\n"
         "from factcli.run.workers import worker_main; worker_main()")
WORKER_ENV = "FACTCLI_WORKER"  # set in a worker's environment (tests use it)


class _Worker:
    def __init__(self, job) -> None:
        mine, theirs = socket.socketpair()
        with theirs:
            self.proc = subprocess.Popen([sys.executable, "-c", _BOOT, _ROOT, str(os.getpid()), str(theirs.fileno())],
                                         pass_fds=(theirs.fileno(),), stdin=subprocess.DEVNULL,
                                         start_new_session=True, env={**os.environ, WORKER_ENV: "1"})
        try:
            self.conn = Connection(mine.detach())
            self.conn.send(job)
        except BaseException:  # a Ctrl-C here must not leave a worker behind (it is in a session of its own)
            self.proc.terminate()
            raise
        self.ready = False
        self.task: list[int] | None = None  # the item indices it holds and has not sent
        self.single = False  # its task is an article tried again on its own
        self.why = "no record"  # why its task's unsent articles failed

    def give(self, indices: list[int], items: list[Item], single: bool) -> None:
        self.task, self.single = list(indices), single
        self.conn.send((indices[0], [items[i] for i in indices]))

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self.proc.terminate()
        self.conn.close()


class Pool:
    """Records for `items`, in input order, from `workers` processes (see the module doc).
    Iterate it once; `on_done(n)` is called as articles finish; close() stops at once."""

    def __init__(self, items: list[Item], job, workers: int, groups: list[list[int]],
                 failure: Callable[[Item, str], object], on_done: Callable[[int], None] | None = None) -> None:
        self.items, self.job, self.size, self.failure = items, job, workers, failure
        self.on_done = on_done
        self.tasks: deque[tuple[list[int], bool]] = deque((g, False) for g in groups)
        self.got: dict[int, object] = {}  # records received and not yet yielded
        self.next_out = 0
        self.workers: list[_Worker] = []
        self.finished = 0
        self.stillborn = 0  # workers that died before they were ready

    def __iter__(self) -> Iterator:
        return self._records()

    def _records(self) -> Iterator:
        try:
            while self.next_out < len(self.items):
                self._staff()
                self._serve()
                while self.next_out in self.got:
                    yield self.got.pop(self.next_out)
                    self.next_out += 1
            for w in self.workers:
                with contextlib.suppress(OSError):
                    w.conn.send(_STOP)
        finally:
            self.close()

    def unwritten(self) -> list:
        """Records received but not yet yielded (a later one arrived before an earlier)."""
        return [self.got[i] for i in sorted(self.got)]

    def close(self) -> None:
        """Terminate the workers now; each is reaped within a second."""
        for w in self.workers:
            w.stop()
        deadline = time.monotonic() + 1.0
        for w in self.workers:
            try:
                w.proc.wait(max(0.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                w.proc.kill()
                w.proc.wait()
        self.workers = []

    def _staff(self) -> None:
        """Start workers while there is work for them; give each ready idle worker a task."""
        busy = sum(w.task is not None or not w.ready for w in self.workers)
        while len(self.workers) < self.size and len(self.tasks) > busy:
            self.workers.append(_Worker(self.job))
            busy += 1
        for w in self.workers:
            if w.ready and w.task is None and self.tasks:
                indices, single = self.tasks.popleft()
                with contextlib.suppress(OSError):  # it died: its socket's end says so, and the task is retried
                    w.give(indices, self.items, single)

    def _serve(self) -> None:
        """Wait for messages, up to 0.2 s, and act on them; a worker whose socket ends has died."""
        by_conn = {w.conn: w for w in self.workers}
        for conn in wait(list(by_conn), timeout=0.2):
            w = by_conn[conn]
            try:
                while w.conn.poll():
                    self._receive(w, w.conn.recv())
            except (EOFError, OSError):
                self._bury(w)

    def _receive(self, w: _Worker, message) -> None:
        if message == "ready":
            w.ready = True
        elif message == "done":  # what it did not send failed ("failed" came first)
            self._retry(w, w.why)
            w.why = "no record"
        elif isinstance(message, tuple) and message[0] == "failed":
            w.why = message[1]
        elif isinstance(message, tuple) and message[0] == "fatal":
            self.close()
            raise FactcliError(message[1])
        else:
            index, record = message
            self._settle(index, record)
            if w.task is not None and index in w.task:
                w.task.remove(index)

    def _bury(self, w: _Worker) -> None:
        self.workers.remove(w)
        w.stop()
        with contextlib.suppress(subprocess.TimeoutExpired):
            w.proc.wait(1.0)
        if not w.ready:
            self.stillborn += 1
            if self.stillborn > self.size + 2:  # not one article's fault: every start fails
                self.close()
                raise FactcliError(f"worker processes die as they start (exit code {w.proc.returncode})")
        self._retry(w, "worker process died")

    def _retry(self, w: _Worker, why: str) -> None:
        """The articles w held and did not send: each again on its own, or, if it was
        already alone, an error record."""
        left, w.task = w.task or [], None
        if w.single:
            for i in left:
                self._settle(i, self.failure(self.items[i], f"extraction failed twice: {why}"))
        else:
            self.tasks.extendleft(([i], True) for i in reversed(left))

    def _settle(self, index: int, record) -> None:
        if index < self.next_out or index in self.got:
            return
        self.got[index] = record
        self.finished += 1
        if self.on_done is not None:
            self.on_done(self.finished)
