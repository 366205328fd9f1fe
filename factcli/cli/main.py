"""The factcli command line: thin wiring of reader -> pipeline -> extraction -> renderers."""

from __future__ import annotations

import contextlib
import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from factcli.inputs.reader import InputError, expand_paths

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Pull people, roles, organisations, counts and dates out of news articles.")
err = Console(stderr=True)

EXIT_INPUT, EXIT_USAGE, EXIT_OUTPUT = 1, 2, 3  # 3: the output could not be written
EXIT_INTERRUPTED = 130  # Ctrl-C; SIGTERM gives 143


def quiet_stdout() -> None:
    """Point stdout at /dev/null, so that Python's final flush of a closed pipe is silent."""
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def fail(message: str, code: int) -> typer.Exit:
    err.print(f"[red]error:[/] {escape(message)}", highlight=False, soft_wrap=True)  # "[" in a path is text
    return typer.Exit(code)


def check_output(output: Path | None) -> None:
    """Refuse an output destination that cannot be written, before any work starts."""
    if output is None:
        return
    if output.is_dir():
        raise fail(f"--output {output}: is a directory", EXIT_USAGE)
    parent = output.parent if str(output.parent) else Path(".")
    if not parent.is_dir():
        raise fail(f"--output {output}: folder {parent} does not exist", EXIT_USAGE)
    target = output if output.exists() else parent
    if not os.access(target, os.W_OK):
        raise fail(f"--output {output}: not writable", EXIT_USAGE)


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    from factcli.facts.refdate import parse_iso_date

    try:
        return parse_iso_date(value)
    except ValueError as e:
        raise fail(f"--date: {e}", EXIT_USAGE) from None


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Article files, folders (searched for .txt/.md), or - for stdin.")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object (an array for several articles).")] = False,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="JSON Lines: one object per article.")] = False,
    ref_date: Annotated[str | None, typer.Option("--date", help="Reference date YYYY-MM-DD for relative dates; "
                                                 "a dateline in an article, or a date that starts "
                                                 "its file name, wins.")] = None,
    model: Annotated[str | None, typer.Option("--model", help="Installed spaCy pipeline name or path "
                                              "(default: $FACTCLI_MODEL, else the shipped model).")] = None,
    workers: Annotated[int, typer.Option("--workers", min=0, help="Processes for batch runs; 0 (the default) "
                                         "uses all cores. Capped at one per core, per file and per "
                                         "400 MiB of available memory.")] = 0,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
    resume: Annotated[bool, typer.Option("--resume", help="With --output: skip articles already in it.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
) -> None:
    """Extract facts from articles: rich tables, --json or --jsonl."""
    given = _parse_date(ref_date)
    if resume and output is None:
        raise fail("--resume needs --output FILE", EXIT_USAGE)
    if resume and as_json and not jsonl:
        raise fail("--resume needs JSON Lines output (--jsonl): a JSON array cannot be appended to", EXIT_USAGE)
    check_output(output)
    try:
        files = expand_paths(paths)
    except InputError as e:
        raise fail(str(e), EXIT_INPUT) from None
    if paths.count("-") > 1:
        raise fail("stdin (-) can be read only once", EXIT_USAGE)
    batch = jsonl or len(files) > 1 or any(Path(p).is_dir() for p in paths if p != "-")
    if batch:
        from factcli.cli.batch import run

        code = run(files, model=model, given=given, workers=workers,
                   output=output, resume=resume, quiet=quiet, as_array=as_json and not jsonl)
        raise typer.Exit(code)
    _single(files[0], as_json, given, model, output)


def _single(path: str, as_json: bool, given: date | None, model: str | None, output: Path | None) -> None:
    from factcli.facts.extract import model_info
    from factcli.inputs.reader import read_article
    from factcli.nlp.pipeline import ModelError, load
    from factcli.outputs.render import print_tables, to_json
    from factcli.run.articles import article_facts

    try:
        article = read_article(path)
    except InputError as e:
        raise fail(str(e), EXIT_INPUT) from None
    try:
        nlp = load(model)
    except ModelError as e:
        raise fail(str(e), EXIT_USAGE) from None
    facts = next(article_facts(nlp, [(article.text, article.source)], model_info(nlp), given))
    if isinstance(facts, Exception):
        raise facts
    try:
        with open(output, "w", encoding="utf-8") if output else contextlib.nullcontext(sys.stdout) as stream:
            if as_json:
                stream.write(to_json(facts) + "\n")
            else:
                print_tables(facts, Console(file=stream) if output else Console())
            stream.flush()
    except BrokenPipeError:  # "| head": the reader went away
        quiet_stdout()
    except OSError as e:
        raise fail(f"writing to {output or 'stdout'} failed ({e.strerror or e})", EXIT_OUTPUT) from None


@app.command("model")
def model_cmd(
    model: Annotated[str | None, typer.Option("--model", help="Pipeline name or path to describe.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """Which spaCy pipeline factcli uses: name, version, training data and scores."""
    from factcli.nlp.modelinfo import describe, print_description
    from factcli.nlp.pipeline import ModelError

    try:
        info = describe(model)
    except ModelError as e:
        raise fail(str(e), EXIT_USAGE) from None
    if as_json:
        print(json.dumps(info, indent=2, ensure_ascii=False))
    else:
        print_description(info, Console())


def main() -> None:  # pragma: no cover
    app()
