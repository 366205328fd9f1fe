"""Batch runs for the CLI: records out in the chosen format, progress on stderr,
resumable, nothing lost."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import signal
import stat
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from factcli.cli.main import EXIT_INTERRUPTED, EXIT_OUTPUT, EXIT_USAGE, err, error, quiet_stdout
from factcli.inputs.reader import Article, InputError, read_article, source_name
from factcli.run.workers import Item, Job, item_source, run_batch


def canonical(source: str) -> str:
    """The identity of an input for --resume: the resolved path, with a record's "#id"
    kept ("<stdin>" as it is)."""
    return source if source == "<stdin>" or "://" in source else os.path.realpath(source)


def plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def done_sources(output: Path, fmt: str, err: Console) -> set[str]:
    """Identities of the articles already written to an output file. The file is rewritten
    to hold only those: a half-written end, error records (their articles are tried
    again, so they are not duplicated) and what is not a factcli record (reported) go. In
    the one-row-per-fact formats the last article's rows go too: they may be incomplete."""
    if not output.exists():
        return set()
    data = output.read_bytes().decode("utf-8", errors="replace")
    data = data[:data.rfind("\n") + 1]  # a line cut off mid-write
    if fmt in ("csv", "tsv"):
        kept, done, errors, unparseable = _csv_rows(data, "\t" if fmt == "tsv" else ",")
    else:
        kept, done, errors, unparseable = _json_rows(data)
    if fmt != "jsonl" and kept:
        last = kept[-1][0]
        kept = [(src, text) for src, text in kept if src != last]
        done.discard(canonical(last))
    header = "" if fmt not in ("csv", "tsv") else data.split("\n", 1)[0] + "\n" if data else ""
    output.write_text(header + "".join(text for _, text in kept), encoding="utf-8")
    if unparseable:
        err.print(f"note: dropped {plural(unparseable, 'line')} of {escape(str(output))} "
                  "that are not factcli records", highlight=False, soft_wrap=True)
    if errors:
        err.print(f"note: retrying {plural(errors, 'article')} that failed before", highlight=False)
    return done


def _json_rows(data: str):
    kept, done, errors, unparseable = [], set(), set(), 0
    for line in data.split("\n")[:-1]:
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            unparseable += 1
            continue
        if not isinstance(record, dict) or not isinstance(record.get("source"), str):
            unparseable += 1
        elif "error" in record or record.get("kind") == "error":
            errors.add(record["source"])
        else:
            kept.append((record["source"], line + "\n"))
            done.add(canonical(record["source"]))
    return kept, done, len(errors), unparseable


def _csv_rows(data: str, delimiter: str):
    kept, done, errors, unparseable = [], set(), set(), 0
    reader = csv.reader(io.StringIO(data, newline=""), delimiter=delimiter)
    header = next(reader, None)
    if header is None:
        return kept, done, 0, 0
    if "source" not in header or "kind" not in header:
        return kept, done, 0, 1 + sum(1 for _ in reader)
    src, kind = header.index("source"), header.index("kind")
    for row in reader:
        if len(row) != len(header):
            unparseable += 1
        elif row[kind] == "error":
            errors.add(row[src])
        else:
            buf = io.StringIO()
            csv.writer(buf, delimiter=delimiter, lineterminator="\n").writerow(row)
            kept.append((row[src], buf.getvalue()))
            done.add(canonical(row[src]))
    return kept, done, len(errors), unparseable


def _own_outputs(output: Path | None) -> list[os.stat_result]:
    """What factcli writes to: the --output file, stdout and stderr when they are files."""
    found = []
    if output is not None and output.exists():
        found.append(output.stat())
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError, AttributeError):
            found.append(os.fstat(stream.fileno()))
    return [st for st in found if stat.S_ISREG(st.st_mode)]


def skip_own_outputs(files: list[str], output: Path | None, err: Console) -> list[str]:
    """Drop inputs that are factcli's own output ("factcli extract DIR > DIR/out.txt")."""
    own = {(st.st_dev, st.st_ino) for st in _own_outputs(output)}
    kept = []
    for f in files:
        try:
            st = os.stat(f) if f != "-" else None
        except OSError:
            st = None
        if st is not None and (st.st_dev, st.st_ino) in own:
            err.print(f"note: skipping {escape(source_name(f))}: it is factcli's own output", highlight=False,
                      soft_wrap=True)
            continue
        kept.append(f)
    return kept


MEMORY_PER_WORKER = 400 * 2**20  # peak RSS of a worker is about 240 MiB (make bench)


def worker_cap(asked: int, n_files: int) -> int:
    """Workers to start: what was asked (0: all cores), at most one per core, per file and
    per MEMORY_PER_WORKER of available memory."""
    cores = os.cpu_count() or 1
    try:
        memory = os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        memory = cores * MEMORY_PER_WORKER
    return max(1, min(asked or cores, cores, n_files, memory // MEMORY_PER_WORKER))


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
        if self.pending is not None:
            signal.setitimer(signal.ITIMER_REAL, 0)
            raise self.pending


def _stdin_article() -> Article | InputError:
    try:
        return read_article("-")
    except InputError as e:  # the worker turns it into an error record
        return InputError(str(e), "<stdin>")


def run(items: list[Item], *, job: Job, workers: int, output: Path | None, resume: bool, quiet: bool,
        stats: bool, scheduler: str | None = None) -> int:
    """Process the items, write a record each in job.spec's format; 1 if any failed, else 0."""
    fmt = job.spec.format
    paths = set(skip_own_outputs([i for i in items if isinstance(i, str)], output, err))
    items = [i for i in items if not isinstance(i, str) or i in paths]
    fresh = True
    if resume and output is not None:
        done = done_sources(output, fmt, err)
        fresh = output.stat().st_size == 0 if output.exists() else True
        items = [i for i in items if canonical(item_source(i)) not in done]
    from factcli.nlp.pipeline import ModelError, load_base

    try:
        load_base(job.model)  # fail fast, once, on a bad --model
    except ModelError as e:
        error(str(e))
        return EXIT_USAGE
    client = cluster = None
    if scheduler is not None:  # connect before the output is opened: a failure leaves it as it was
        from factcli.run.cluster import ClusterError, connect

        try:
            client, cluster = connect(scheduler, worker_cap(workers, len(items)))
        except ClusterError as e:
            error(str(e))
            return EXIT_USAGE
    stream = open(output, "a" if resume else "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
    # a bar on the terminal that the records themselves are printed to would be torn by them
    show = not quiet and sys.stderr.isatty() and not (output is None and sys.stdout.isatty())
    n_done = n_facts = n_errors = 0
    started = time.perf_counter()
    progress = Progress(TextColumn("[bold]extract"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.fields[rate]}"), TextColumn("{task.fields[errors]}"),
                        TimeRemainingColumn(), console=err, disable=not show)
    items = [_stdin_article() if i == "-" else i for i in items]  # workers cannot read our stdin
    task = progress.add_task("extract", total=len(items), rate="", errors="")

    def on_done(n: int) -> None:
        elapsed = time.perf_counter() - started
        progress.update(task, completed=n, rate=f"{n / elapsed:.1f} articles/s" if elapsed else "")

    if scheduler is None:
        results = run_batch(items, job, worker_cap(workers, len(items)), on_done)
    else:
        from factcli.run.cluster import run_on_cluster

        results = run_on_cluster(items, job, client, on_done)
    signals = _Signals()
    signal.signal(signal.SIGTERM, signals.handle)
    signal.signal(signal.SIGINT, signals.handle)
    try:
        with progress, contextlib.closing(results):
            if fresh:
                stream.write(job.spec.header() + ("[" if fmt == "json" else ""))
            for record in results:
                text = record.text
                if fmt == "json":
                    text = ("" if n_done == 0 else ",\n") + text.rstrip("\n")
                signals.writing = True
                stream.write(text)
                stream.flush()
                n_done += 1
                signals.done_writing()
                n_facts += record.facts
                if not record.ok:
                    n_errors += 1
                    progress.update(task, errors=f"[red]{plural(n_errors, 'error')}")
            if fmt == "json":
                stream.write("]\n")
            if output is not None:
                stream.close()
    except (KeyboardInterrupt, Stopped) as e:
        code = e.code if isinstance(e, Stopped) else EXIT_INTERRUPTED
        err.print(f"stopped ({'SIGTERM' if isinstance(e, Stopped) else 'Ctrl-C'}) after "
                  f"{plural(n_done, 'record')}" + ("; run again with --resume to carry on" if output else ""),
                  highlight=False, soft_wrap=True)
        return code
    except BrokenPipeError:  # the reader went away ("| head"): not an error of ours
        quiet_stdout()
        return 0
    except OSError as e:
        error(f"writing to {output or 'stdout'} failed after {plural(n_done, 'record')} ({e.strerror or e}); "
              "those are complete" + ("; run again with --resume to carry on" if output is not None else ""))
        return EXIT_OUTPUT
    finally:
        with contextlib.suppress(OSError):
            stream.close() if output is not None else None
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
    if stats or (not quiet and sys.stderr.isatty()):
        elapsed = time.perf_counter() - started
        err.print(f"{plural(n_done, 'article')}, {plural(n_facts, 'fact')}, {plural(n_errors, 'error')} "
                  f"in {elapsed:.1f}s", highlight=False)
    return 1 if n_errors else 0
