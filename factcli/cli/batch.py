"""Batch runs for the CLI: JSON Lines out, progress on stderr, resumable, nothing lost."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import stat
import sys
import time
from datetime import date
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from factcli.cli.main import EXIT_INTERRUPTED, EXIT_OUTPUT, EXIT_USAGE, quiet_stdout
from factcli.inputs.reader import Article, InputError, read_article, source_name
from factcli.run.workers import run_batch

FACT_KEYS = ("people", "organisations", "counts", "dates")


def canonical(source: str) -> str:
    """The identity of an input for --resume: the resolved path ("<stdin>" as it is)."""
    return source if source == "<stdin>" else os.path.realpath(source)


def done_sources(output: Path, err: Console) -> set[str]:
    """Identities of the articles already written to an output file. The file is rewritten
    to hold only those records: a half-written last line, error records (their articles
    are tried again, so they are not duplicated) and lines that are not JSON (reported) go."""
    if not output.exists():
        return set()
    keep, done, errors, unparseable = [], set(), 0, 0
    for line in output.read_bytes().decode("utf-8", errors="replace").splitlines(keepends=True):
        if not line.endswith("\n"):
            continue  # cut off mid-write
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            unparseable += 1
            continue
        if not isinstance(record, dict) or "source" not in record:
            unparseable += 1
        elif "error" in record:
            errors += 1
        else:
            keep.append(line)
            done.add(canonical(record["source"]))
    output.write_text("".join(keep), encoding="utf-8")
    if unparseable:
        err.print(f"note: dropped {unparseable} line{'s' * (unparseable != 1)} of {escape(str(output))} "
                  "that are not factcli records", highlight=False, soft_wrap=True)
    if errors:
        err.print(f"note: retrying {errors} file{'s' * (errors != 1)} that failed before", highlight=False)
    return done


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


def _stop(signum, frame) -> None:
    raise Stopped


def _stdin_article() -> Article | InputError:
    try:
        return read_article("-")
    except InputError as e:  # the worker turns it into an error record
        return e


def run(files: list[str], *, model: str | None, given: date | None, workers: int, output: Path | None,
        resume: bool, quiet: bool, as_array: bool) -> int:
    """Process files, write one JSON line each; 1 if any file failed, else 0."""
    err = Console(stderr=True)
    files = skip_own_outputs(files, output, err)
    if resume and output is not None:
        done = done_sources(output, err)
        files = [f for f in files if canonical(source_name(f)) not in done]
    from factcli.nlp.pipeline import ModelError, load_base

    try:
        load_base(model)  # fail fast, once, on a bad --model
    except ModelError as e:
        err.print(f"[red]error:[/] {escape(str(e))}", highlight=False, soft_wrap=True)
        return EXIT_USAGE
    stream = open(output, "a" if resume else "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
    show = not quiet and sys.stderr.isatty()
    n_files = n_facts = n_errors = 0
    started = time.perf_counter()
    progress = Progress(TextColumn("[bold]extract"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.fields[rate]:.1f} articles/s"),
                        TextColumn("[red]{task.fields[errors]} errors"),
                        TimeRemainingColumn(), console=err, disable=not show)
    first = True
    items = [_stdin_article() if f == "-" else f for f in files]  # workers cannot read our stdin
    results = run_batch(items, model, given, worker_cap(workers, len(files)))
    signal.signal(signal.SIGTERM, _stop)
    try:
        with progress, contextlib.closing(results):
            task = progress.add_task("extract", total=len(files), rate=0.0, errors=0)
            if as_array:
                stream.write("[")
            for _source, line, ok in results:
                if as_array:
                    stream.write(("" if first else ",\n") + line)
                else:
                    stream.write(line + "\n")
                stream.flush()
                first = False
                n_files += 1
                if ok:
                    record = json.loads(line)
                    n_facts += sum(len(record.get(k, [])) for k in FACT_KEYS)
                else:
                    n_errors += 1
                elapsed = time.perf_counter() - started
                progress.update(task, advance=1, rate=n_files / elapsed if elapsed else 0.0, errors=n_errors)
            if as_array:
                stream.write("]\n")
            if output is not None:
                stream.close()
    except (KeyboardInterrupt, Stopped) as e:
        code = e.code if isinstance(e, Stopped) else EXIT_INTERRUPTED
        err.print(f"stopped ({'SIGTERM' if isinstance(e, Stopped) else 'Ctrl-C'}) after {n_files} "
                  f"record{'s' * (n_files != 1)}" + ("; run again with --resume to carry on" if output else ""),
                  highlight=False, soft_wrap=True)
        return code
    except BrokenPipeError:  # the reader went away ("| head"): not an error of ours
        quiet_stdout()
        return 0
    except OSError as e:
        where = escape(str(output)) if output is not None else "stdout"
        err.print(f"[red]error:[/] writing to {where} failed after {n_files} record{'s' * (n_files != 1)} "
                  f"({e.strerror or e}); those are complete lines" + ("; run again with --resume to carry on"
                                                                        if output is not None else ""),
                  highlight=False, soft_wrap=True)
        return EXIT_OUTPUT
    finally:
        with contextlib.suppress(OSError):
            stream.close() if output is not None else None
    if not quiet:
        elapsed = time.perf_counter() - started
        err.print(f"{n_files} files, {n_facts} facts, {n_errors} errors in {elapsed:.1f}s", highlight=False)
    return 1 if n_errors else 0
