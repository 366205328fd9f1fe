"""Batch runs for the CLI: JSON Lines out, progress on stderr, resumable, nothing lost."""

from __future__ import annotations

import json
import sys
import time
from datetime import date
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from factcli.batch import run_batch

FACT_KEYS = ("people", "organisations", "counts", "dates")


def done_sources(output: Path) -> set[str]:
    """Sources already written to an output file; a half-written last line is cut off."""
    if not output.exists():
        return set()
    data = output.read_bytes()
    if data and not data.endswith(b"\n"):
        data = data[: data.rfind(b"\n") + 1]
        output.write_bytes(data)
    done = set()
    for line in data.decode("utf-8", errors="replace").splitlines():
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(record, dict) and "source" in record and "error" not in record:
            done.add(record["source"])
    return done


def run(files: list[str], *, model: str | None, given: date | None, workers: int, output: Path | None,
        resume: bool, quiet: bool, as_array: bool) -> int:
    """Process files, write one JSON line each; 1 if any file failed, else 0."""
    err = Console(stderr=True)
    if resume and output is not None:
        done = done_sources(output)
        files = [f for f in files if f not in done]
    from factcli.pipeline import ModelError, load_base

    try:
        load_base(model)  # fail fast, once, on a bad --model
    except ModelError as e:
        err.print(f"[red]error:[/] {escape(str(e))}", highlight=False, soft_wrap=True)
        return 2
    stream = open(output, "a" if resume else "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
    show = not quiet and sys.stderr.isatty()
    n_files = n_facts = n_errors = 0
    started = time.perf_counter()
    progress = Progress(TextColumn("[bold]extract"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.fields[rate]:.1f} articles/s"),
                        TextColumn("[red]{task.fields[errors]} errors"),
                        TimeRemainingColumn(), console=err, disable=not show)
    first = True
    try:
        with progress:
            task = progress.add_task("extract", total=len(files), rate=0.0, errors=0)
            if as_array:
                stream.write("[")
            for _source, line, ok in run_batch(files, model, given, min(workers, max(1, len(files)))):
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
    finally:
        if output is not None:
            stream.close()
    if not quiet:
        elapsed = time.perf_counter() - started
        err.print(f"{n_files} files, {n_facts} facts, {n_errors} errors in {elapsed:.1f}s", highlight=False)
    return 1 if n_errors else 0
