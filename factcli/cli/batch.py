"""Batch runs for the CLI: records out in the chosen format, progress on stderr,
resumable, nothing lost."""

from __future__ import annotations

import contextlib
import os
import signal
import stat
import sys
import time
from pathlib import Path

from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from factcli.base import FactcliError
from factcli.cli.common import (
    EXIT_INTERRUPTED,
    EXIT_OUTPUT,
    EXIT_USAGE,
    err,
    error,
    note_skipped,
    quiet_stdout,
    say,
    say_stopped,
)
from factcli.cli.interrupt import outcome_decided, unwind_from_here
from factcli.inputs.article import source_name
from factcli.inputs.reader import Item
from factcli.outputs.formats import OutputSpec
from factcli.outputs.resume import OutputError, canonical, claim, done_sources, empty, plural
from factcli.run.cluster import ClusterLost
from factcli.run.workers import Job, item_source, run_batch, worker_cap


def _own_outputs(output: Path | None) -> list[os.stat_result]:
    """What factcli writes to: the --output file, stdout and stderr when they are files."""
    found = []
    if output is not None and output.exists():
        found.append(output.stat())
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError, AttributeError):
            found.append(os.fstat(stream.fileno()))
    return [st for st in found if stat.S_ISREG(st.st_mode)]


def skip_own_outputs(files: list[str], output: Path | None) -> list[str]:
    """Drop inputs that are factcli's own output ("factcli extract DIR > DIR/out.txt")."""
    own = {(st.st_dev, st.st_ino) for st in _own_outputs(output)}
    kept = []
    for f in files:
        try:
            st = os.stat(f) if f != "-" else None
        except OSError:
            st = None
        if st is not None and (st.st_dev, st.st_ino) in own:
            note_skipped(source_name(f), "it is factcli's own output")
            continue
        kept.append(f)
    return kept


class Stopped(BaseException):
    """SIGTERM in the main process: unwind so the workers are shut down and the output closed."""

    code = 128 + signal.SIGTERM


class _Signals:
    """SIGTERM and Ctrl-C stop the run at once, except while a record is being written:
    then it is finished and counted first, so "after N records" is exact, but for at most
    GRACE seconds (a stalled reader could block the write for ever), and not for a second
    signal."""

    GRACE = 2.0

    def __init__(self) -> None:
        self.writing = False
        self.pending: BaseException | None = None

    def handle(self, signum, frame) -> None:
        stop = Stopped() if signum == signal.SIGTERM else KeyboardInterrupt()
        if not self.writing or self.pending is not None:
            raise stop
        self.pending = stop
        signal.signal(signal.SIGALRM, self._expire)
        signal.setitimer(signal.ITIMER_REAL, self.GRACE)

    def _expire(self, signum, frame) -> None:
        raise self.pending  # type: ignore[misc]

    def done_writing(self) -> None:
        self.writing = False
        if self.pending is not None and not self.draining:
            signal.setitimer(signal.ITIMER_REAL, 0)
            raise self.pending

    draining = False

    @contextlib.contextmanager
    def drain(self, stop: BaseException):
        """After `stop`: what is written now gets GRACE seconds in all, and a second signal ends it."""
        self.pending, self.draining = stop, True
        signal.signal(signal.SIGALRM, self._expire)
        signal.setitimer(signal.ITIMER_REAL, self.GRACE)
        try:
            with contextlib.suppress(KeyboardInterrupt, Stopped, OSError):
                yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)


def run(items: list[Item], *, job: Job, spec: OutputSpec, workers: int, output: Path | None, resume: bool,
        quiet: bool, stats: bool, scheduler: str | None = None) -> int:
    """Process the items, write a record each in `spec`'s format; 1 if any failed, else 0."""
    unwind_from_here()  # from here a Ctrl-C must undo what the run starts (a --resume rewrite, a cluster)
    paths = set(skip_own_outputs([i for i in items if isinstance(i, str)], output))
    items = [i for i in items if not isinstance(i, str) or i in paths]
    if output is None:
        return _connected(items, job, spec, workers, None, None, False, True, quiet, stats, scheduler)
    existed = output.exists()
    try:
        fd = claim(output)  # emptied only once the run can start
    except OutputError as e:
        error(str(e))
        return EXIT_USAGE
    try:
        fresh = True
        if resume:
            done, notes, fd = done_sources(output, spec.format, fd)
            for note in notes:
                say(note)
            fresh = os.fstat(fd).st_size == 0
            items = [i for i in items if canonical(item_source(i)) not in done]
        code = _connected(items, job, spec, workers, output, fd, resume, fresh, quiet, stats, scheduler)
    except OutputError as e:
        error(str(e))
        code = EXIT_USAGE
    finally:
        with contextlib.suppress(OSError):
            os.close(fd)
    if code == EXIT_USAGE and not existed and output.stat().st_size == 0:
        output.unlink()  # a run that never started leaves no file behind
    return code


def _connected(items, job: Job, spec: OutputSpec, workers: int, output: Path | None, fd: int | None,
               resume: bool, fresh: bool, quiet: bool, stats: bool, scheduler: str | None) -> int:
    """Check the model, connect to the cluster if asked, then run; a usage error for either."""
    from factcli.nlp.pipeline import ModelError, check_model

    try:
        check_model(job.model)  # fail fast on a bad --model, without loading it here too
    except ModelError as e:
        error(str(e))
        return EXIT_USAGE
    client = cluster = None
    if scheduler is not None:  # connect before the output is emptied: a failure leaves it as it was
        from factcli.run.cluster import ClusterError, connect

        try:
            client, cluster = connect(scheduler, worker_cap(workers, len(items)))
        except ClusterError as e:
            error(str(e))
            return EXIT_USAGE
    try:
        if fd is not None and not resume:
            empty(fd)
        return _write(items, job, spec, workers, output, fd, fresh, quiet, stats, client)
    finally:
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()


class _Tally:
    """What the run has written, for the progress bar and the summary."""

    def __init__(self, progress: Progress) -> None:
        self.progress, self.task = progress, None
        self.done = self.facts = self.errors = 0
        self.started = time.perf_counter()

    def on_done(self, n: int) -> None:
        elapsed = time.perf_counter() - self.started
        self.progress.update(self.task, completed=n, rate=f"{n / elapsed:.1f} articles/s" if elapsed else "")

    def written(self, record) -> None:
        self.done += 1
        self.facts += record.facts
        if not record.ok:
            self.errors += 1
            self.progress.update(self.task, errors=f"[red]{plural(self.errors, 'error')}")

    def summary(self) -> str:
        elapsed = time.perf_counter() - self.started
        return (f"{plural(self.done, 'article')}, {plural(self.facts, 'fact')}, {plural(self.errors, 'error')} "
                f"in {elapsed:.1f}s")


def _finish_stopped(stop: BaseException, results, emit, signals: _Signals) -> None:
    """After a stop: write the articles the workers had finished but the run had not yet
    written (out of input order; --resume goes by source), unless a second signal or a
    broken output ends that too."""
    unwritten = getattr(results, "unwritten", None)
    if unwritten is None:
        return
    with signals.drain(stop):
        for record in unwritten():
            emit(record)


def _cannot_go_on(e: FactcliError, done: int, output: Path | None) -> int:
    """The one line and exit code for a run that could not go on: 2 for a pipeline that
    will not load on the workers, 1 for a lost cluster (what was written stands)."""
    if not isinstance(e, ClusterLost):
        error(str(e))
        return EXIT_USAGE
    error(f"{e} after {plural(done, 'record')}; those are complete"
          + ("; run again with --resume to carry on" if output is not None else ""))
    return 1


def _write(items, job: Job, spec: OutputSpec, workers: int, output: Path | None, fd: int | None, fresh: bool,
           quiet: bool, stats: bool, client) -> int:
    """Run the batch and write its records (to `fd`, the claimed --output, else stdout); the exit code."""
    form = spec.kind
    stream = os.fdopen(fd, "w", encoding="utf-8", closefd=False) if fd is not None else sys.stdout
    # a bar on the terminal that the records themselves are printed to would be torn by them
    show = not quiet and sys.stderr.isatty() and not (output is None and sys.stdout.isatty())
    progress = Progress(TextColumn("[bold]extract"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.fields[rate]}"), TextColumn("{task.fields[errors]}"),
                        TimeRemainingColumn(), console=err, disable=not show)
    tally = _Tally(progress)
    tally.task = progress.add_task("extract", total=len(items), rate="", errors="")
    if client is None:
        results = run_batch(items, job, worker_cap(workers, len(items)), tally.on_done)
    else:
        from factcli.run.cluster import run_on_cluster

        results = run_on_cluster(items, job, client, tally.on_done)
    signals = _Signals()
    before = {signum: signal.getsignal(signum) for signum in (signal.SIGINT, signal.SIGTERM)}
    signal.signal(signal.SIGTERM, signals.handle)
    if signal.getsignal(signal.SIGINT) is not signal.SIG_IGN:  # ignored (nohup, "&"): the caller meant it
        signal.signal(signal.SIGINT, signals.handle)

    def emit(record) -> None:
        text = form.frame(record.text, first=tally.done == 0)
        signals.writing = True
        stream.write(text)
        stream.flush()
        tally.written(record)
        signals.done_writing()
        if not record.ok and not quiet and not show:  # (the bar counts them on a terminal)
            err.print(f"[red]failed:[/] {escape(record.source)}: {escape(record.why)}", highlight=False,
                      soft_wrap=True)

    try:
        with progress, contextlib.closing(results):
            if fresh:
                stream.write(spec.header() + form.opening)
            for record in results:
                emit(record)
            stream.write(form.closing)
            if output is not None:
                stream.close()
    except (KeyboardInterrupt, Stopped) as e:
        _finish_stopped(e, results, emit, signals)
        say_stopped(f"stopped ({'SIGTERM' if isinstance(e, Stopped) else 'Ctrl-C'}) after "
                    f"{plural(tally.done, 'record')}" + ("; run again with --resume to carry on" if output else ""))
        return e.code if isinstance(e, Stopped) else EXIT_INTERRUPTED
    except BrokenPipeError:  # the reader went away ("| head"): not an error of ours
        quiet_stdout()
        return 0
    except FactcliError as e:  # the pipeline would not load on the workers, or the cluster went away
        return _cannot_go_on(e, tally.done, output)
    except OSError as e:
        error(f"writing to {output or 'stdout'} failed after {plural(tally.done, 'record')} "
              f"({e.strerror or e}); those are complete"
              + ("; run again with --resume to carry on" if output is not None else ""))
        return EXIT_OUTPUT
    finally:
        with contextlib.suppress(OSError):
            stream.close() if output is not None else None
        outcome_decided({signum: h for signum, h in before.items() if signal.getsignal(signum) == signals.handle})
    if stats or (not quiet and sys.stderr.isatty()):
        err.print(tally.summary(), highlight=False)
    return 1 if tally.errors else 0
