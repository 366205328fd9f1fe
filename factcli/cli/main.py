"""The factcli command line: thin wiring of inputs -> pipeline -> facts -> outputs.
Nothing heavy is imported until a command runs, so --help and --version are quick."""

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

from factcli import __version__
from factcli.cli.common import EXIT_INPUT, EXIT_OUTPUT, EXIT_USAGE, error, fail, note_skipped, quiet_stdout
from factcli.cli.interrupt import unwind_from_here

EXAMPLES = """[bold]Examples[/]

  factcli extract article.txt                      [dim]# tables[/]
  factcli extract article.txt --json | jq '.people[].name'
  factcli extract news/ -o facts.jsonl --resume    [dim]# a folder, all cores, resumable[/]
  factcli extract news/ --format csv --only roles > roles.csv
  factcli extract article.txt --only quotes        [dim]# who said what[/]
  factcli extract archive.jsonl --date-field date --id-field id -f flat-jsonl
  factcli extract page.html --include-text --json

[bold]Exit codes[/]  0 ok; 1 bad input (or any failed article in a batch, which still gets an
error record); 2 bad usage; 3 the output could not be written; 130 Ctrl-C; 143 SIGTERM."""

app = typer.Typer(no_args_is_help=True, rich_markup_mode="rich", add_completion=False,
                  context_settings={"help_option_names": ["-h", "--help"]},
                  help="Pull people, roles, organisations, counts and dates out of news articles.",
                  epilog=EXAMPLES)


def _plain_labels() -> None:
    """Typer labels every parameter with its Python type ("<bool>", "<list[str]>") and
    braces required arguments ("{PATH}..."); factcli's help shows metavars only."""
    from typer import core

    def plain(self, ctx):
        return None if isinstance(self, core.TyperArgument) or getattr(self, "is_flag", False) else self.metavar

    def usage(self):
        return self.display_name_raw + ("..." if self.nargs != 1 else "")

    for cls, name, fn in ((core.TyperArgument, "display_type_rich", plain),
                          (core.TyperOption, "display_type_rich", plain),
                          (core.TyperArgument, "_usage_display_name", usage)):
        if hasattr(cls, name):
            setattr(cls, name, fn)


_plain_labels()

def check_output(output: Path | None, paths: list[str] = ()) -> None:
    """Refuse an output destination that cannot be written, or that is an input given by
    name (it would be overwritten), before any work starts."""
    if output is None:
        return
    try:
        _check_output(output, paths)
    except OSError as e:  # a name the system refuses (too long, a loop of links)
        raise fail(f"--output {output}: {e.strerror or e}", EXIT_USAGE) from None


def _check_output(output: Path, paths: list[str]) -> None:
    if output.is_dir():
        raise fail(f"--output {output}: is a directory", EXIT_USAGE)
    for p in paths:
        with contextlib.suppress(OSError, ValueError):
            if p != "-" and output.exists() and os.path.samefile(output, p):
                raise fail(f"--output {output}: is also an input; write to another file", EXIT_USAGE)
    parent = output.parent if str(output.parent) else Path(".")
    if not parent.is_dir():
        raise fail(f"--output {output}: folder {parent} does not exist", EXIT_USAGE)
    target = output if output.exists() else parent
    if not os.access(target, os.W_OK):
        raise fail(f"--output {output}: not writable", EXIT_USAGE)


def _parse_date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    from factcli.facts.refdate import parse_iso_date

    try:
        return parse_iso_date(value)
    except ValueError as e:
        raise fail(f"{option}: {e}", EXIT_USAGE) from None


def _version(value: bool) -> None:
    if value:
        print(f"factcli {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", "-V", callback=_version, is_eager=True, metavar="",
                                          help="Print the version and exit.")] = False,
) -> None:
    """Pull people, roles, organisations, counts and dates out of news articles."""


def _complete_format(incomplete: str) -> list[str]:
    from factcli.outputs.formats import FORMATS

    return [f for f in FORMATS if f.startswith(incomplete)]


def _complete_input_format(incomplete: str) -> list[str]:
    from factcli.inputs.kinds import BY_NAME

    return [k for k in BY_NAME if k.startswith(incomplete)]


def _complete_kinds(incomplete: str) -> list[str]:
    """--only's kinds, the last of a comma-separated list completed ("people,da" -> "people,dates")."""
    from factcli.facts.kinds import ONLY_CHOICES

    done, _, last = incomplete.rpartition(",")
    given = set(done.split(","))
    return [f"{done},{k}" if done else k for k in ONLY_CHOICES if k.startswith(last) and k not in given]


FORMAT_HELP = ("table (rich tables, the default on a terminal), json, jsonl (one object per article, the "
               "default into a pipe or a file), csv, tsv or flat-jsonl (one row per fact, fixed columns).")


@app.command(epilog=EXAMPLES)
def extract(
    paths: Annotated[list[str], typer.Argument(metavar="PATH", help=(
        "Articles: files (.txt, .md, .html), folders (searched for those), - for stdin, or records files "
        "(.jsonl, .csv, .tsv: one article per record)."), show_default=False)],
    fmt: Annotated[str | None, typer.Option("--format", "-f", metavar="FORMAT", help=FORMAT_HELP,
                                            show_default=False, autocompletion=_complete_format)] = None,
    as_json: Annotated[bool, typer.Option("--json", metavar="", help="Short for --format json (an array "
                                          "for several articles).")] = False,
    jsonl: Annotated[bool, typer.Option("--jsonl", metavar="", help="Short for --format jsonl.")] = False,
    compact: Annotated[bool, typer.Option("--compact", metavar="", help="JSON on one line, not "
                                          "indented.")] = False,
    only: Annotated[str | None, typer.Option("--only", metavar="KINDS", help="Keep some kinds: people, "
                                             "roles, organisations, counts, dates, durations, quotes "
                                             "(comma-separated).",
                                             show_default=False, autocompletion=_complete_kinds)] = None,
    include_text: Annotated[bool, typer.Option("--include-text", metavar="", help="Put the text that "
                                               "offsets index into each record (JSON: a \"text\" field).")]
    = False,
    ref_date: Annotated[str | None, typer.Option("--date", metavar="YYYY-MM-DD", help=(
        "Reference date for relative dates when an article gives none (a record's date field, an HTML "
        "page's date, a dateline or a date starting the file name wins)."), show_default=False)] = None,
    force_date: Annotated[str | None, typer.Option("--force-date", metavar="YYYY-MM-DD", help=(
        "Reference date for every article, winning over what the articles say (archives with wrong "
        "datelines)."), show_default=False)] = None,
    text_field: Annotated[str, typer.Option("--text-field", metavar="NAME", help="Records files: the "
                                            "field with the article text.")] = "text",
    date_field: Annotated[str | None, typer.Option("--date-field", metavar="NAME", help="Records files: the "
                                                   "field with each article's date.", show_default=False)]
    = None,
    id_field: Annotated[str | None, typer.Option("--id-field", metavar="NAME", help="Records files: the "
                                                 "field that names each record (else its line or row "
                                                 "number).", show_default=False)] = None,
    glob: Annotated[list[str] | None, typer.Option("--glob", "-g", metavar="PATTERN", help=(
        "Folders: read only files that match (gitignore-style, against the path inside the folder: "
        "'*.txt', '2024/**'); '!PATTERN' leaves files out. Repeatable."), show_default=False)] = None,
    exclude: Annotated[list[str] | None, typer.Option("--exclude", metavar="PATTERN", help=(
        "Folders: leave out files or folders that match ('README*', 'drafts/'). Repeatable."),
        show_default=False)] = None,
    follow_links: Annotated[bool, typer.Option("--follow-links", metavar="", help=(
        "Folders: read links to folders and links that lead out of the folder (skipped, with a note, "
        "by default).")
        )] = False,
    input_format: Annotated[str | None, typer.Option("--input-format", metavar="KIND", help=(
        "Read every input as text, markdown, html, jsonl, csv or tsv (default: by the file's suffix; "
        "stdin: HTML or JSON Lines when it looks like it, else text)."), show_default=False,
        autocompletion=_complete_input_format)] = None,
    model: Annotated[str | None, typer.Option("--model", metavar="NAME|PATH", help=(
        "sm for the light pinned pipeline (en_core_web_sm), or any installed spaCy pipeline name or path "
        "(default: $FACTCLI_MODEL, else the pinned en_core_web_md)."), show_default=False)] = None,
    workers: Annotated[int, typer.Option("--workers", "-w", min=0, metavar="N", help=(
        "Processes for batch runs; 0 (the default) uses all cores. Capped at one per core, per "
        "article and per 600 MiB of available memory."))] = 0,
    scheduler: Annotated[str | None, typer.Option("--scheduler", metavar="ADDRESS|local", envvar="FACTCLI_SCHEDULER",
                                                  help="Run the batch on a Dask cluster: a scheduler address "
                                                  "(tcp://host:8786), or local for a LocalCluster of --workers "
                                                  "processes on this machine (needs factcli[dask]).",
                                                  show_default=False)] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", metavar="FILE", help="Write here instead "
                                                "of stdout.", show_default=False)] = None,
    resume: Annotated[bool, typer.Option("--resume", metavar="", help="With --output: skip articles already "
                                         "in it (jsonl, flat-jsonl, csv, tsv).")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", metavar="", help="No progress bar or "
                                        "summary.")] = False,
    stats: Annotated[bool, typer.Option("--stats", metavar="", help="Print the summary line even when "
                                        "stderr is not a terminal.")] = False,
) -> None:
    """Extract facts from articles: tables, JSON, JSON Lines, CSV/TSV."""
    from factcli.inputs.article import InputError
    from factcli.inputs.folders import FolderWalk
    from factcli.inputs.kinds import is_records_file
    from factcli.inputs.reader import expand_paths, inputs_of, is_dir
    from factcli.inputs.records import RecordFields
    from factcli.outputs.formats import OutputSpec
    from factcli.run.workers import Job, item_source

    chosen = _chosen_format(fmt, as_json, jsonl)
    given = _given_date(ref_date, force_date)
    kinds = _kinds(only)
    forced = _input_format(input_format)
    if resume and output is None:
        raise fail("--resume needs --output FILE", EXIT_USAGE)
    if paths.count("-") > 1:
        raise fail("stdin (-) can be read only once", EXIT_USAGE)
    check_output(output, paths)
    try:
        files = expand_paths(paths, FolderWalk(tuple(glob or ()), tuple(exclude or ()), follow_links),
                             None if quiet else note_skipped)
    except InputError as e:
        raise fail(str(e), EXIT_INPUT) from None
    fields = RecordFields(text_field, date_field, id_field)
    items = inputs_of(files, fields, forced)
    records = any(is_records_file(f, forced) for f in files) or any(  # (stdin's records are "<stdin>#N")
        item_source(i).startswith("<stdin>#") for i in items)
    _check_fields(fields, records)
    batch = len(items) > 1 or records or scheduler is not None or any(is_dir(p) for p in paths)
    to_terminal = output is None and sys.stdout.isatty()
    fmt = chosen or ("table" if to_terminal else "jsonl")  # as jq and ripgrep: by where the output goes
    _check_resumable(resume, fmt)
    width = Console().width if to_terminal else 100
    spec = OutputSpec(fmt, kinds, include_text, None if compact or batch else 2, width, to_terminal)
    job = Job(model, given, spec, forced)
    if not batch:
        _single(items[0], job, spec, output, show_progress=not quiet and sys.stderr.isatty())
        return
    from factcli.cli.batch import run

    code = run(items, job=job, spec=spec, workers=workers, output=output, resume=resume,
               quiet=quiet, stats=stats, scheduler=scheduler)
    raise typer.Exit(code)


def _input_format(name: str | None) -> str | None:
    from factcli.inputs.kinds import BY_NAME

    if name is not None and name not in BY_NAME:
        raise fail(f"--input-format {name!r}: choose from {', '.join(BY_NAME)}", EXIT_USAGE)
    return name


def _check_fields(fields, records: bool) -> None:
    """Field options mean nothing without a records input: say so rather than ignore them."""
    given = [f"--{n}-field" for n, v, default in (("text", fields.text, "text"), ("date", fields.date, None),
                                                   ("id", fields.id, None)) if v != default]
    if given and not records:
        raise fail(f"{', '.join(given)}: only records inputs have fields (.jsonl, .csv, .tsv, JSON Lines on "
                   "stdin, or --input-format jsonl|csv|tsv)", EXIT_USAGE)


def _chosen_format(fmt: str | None, as_json: bool, jsonl: bool) -> str | None:
    """The format asked for (None: decide by where the output goes); a usage error for two."""
    from factcli.outputs.formats import FORMATS

    chosen = [f for f, on in ((fmt, fmt is not None), ("json", as_json), ("jsonl", jsonl)) if on]
    if len(set(chosen)) > 1:
        raise fail(f"choose one output format (got {', '.join(dict.fromkeys(chosen))})", EXIT_USAGE)
    if fmt is not None and fmt not in FORMATS:
        raise fail(f"--format {fmt!r}: choose from {', '.join(FORMATS)}", EXIT_USAGE)
    return chosen[0] if chosen else None


def _given_date(ref_date: str | None, force_date: str | None):
    """--date or --force-date as a RefDate (forced for --force-date), or None."""
    from factcli.facts.refdate import as_ref

    if ref_date is not None and force_date is not None:
        raise fail("give --date or --force-date, not both", EXIT_USAGE)
    given = _parse_date(force_date or ref_date, "--force-date" if force_date else "--date")
    return as_ref(given, forced=force_date is not None)


def _kinds(only: str | None) -> frozenset[str] | None:
    from factcli.facts.kinds import parse_kinds

    try:
        return parse_kinds(only) if only is not None else None
    except ValueError as e:
        raise fail(f"--only: {e}", EXIT_USAGE) from None


def _check_resumable(resume: bool, fmt: str) -> None:
    from factcli.outputs.formats import LINE_FORMATS

    if resume and fmt not in LINE_FORMATS:
        raise fail(f"--resume needs a line format ({', '.join(LINE_FORMATS)}): {fmt} cannot be "
                   "appended to", EXIT_USAGE)


def _single(item, job, spec, output: Path | None, show_progress: bool = False) -> None:
    from factcli.facts.extract import model_info
    from factcli.inputs.article import InputError
    from factcli.inputs.reader import read_item
    from factcli.nlp.pipeline import ModelError
    from factcli.outputs.render import print_tables
    from factcli.run.articles import BLOCK, article_facts
    from factcli.run.pipeline import load

    try:
        if isinstance(item, InputError):
            raise item
        article = read_item(item, job.input_format)
    except InputError as e:
        raise fail(str(e), EXIT_INPUT) from None
    try:
        nlp = load(job.model)
    except ModelError as e:
        raise fail(str(e), EXIT_USAGE) from None
    unwind_from_here()  # the bar hides the cursor until it is stopped
    with _block_progress(show_progress and len(article.text) > BLOCK) as on_block:
        facts = next(article_facts(nlp, [article], model_info(nlp), job.date, on_block))
    if isinstance(facts, Exception):
        raise fail(f"{article.source}: extraction failed: {type(facts).__name__}: {facts}", EXIT_INPUT)
    try:
        with open(output, "w", encoding="utf-8") if output else contextlib.nullcontext(sys.stdout) as stream:
            if spec.format == "table" and output is None:
                print_tables(facts, Console(), spec.only)
            else:
                stream.write(spec.header() + spec.record(facts))
            stream.flush()
    except BrokenPipeError:  # "| head": the reader went away
        quiet_stdout()
    except OSError as e:
        raise fail(f"writing to {output or 'stdout'} failed ({e.strerror or e})", EXIT_OUTPUT) from None


@contextlib.contextmanager
def _block_progress(show: bool):
    """A progress bar over a long article's blocks on stderr (a 1 MB file takes a minute
    or more), or no callback at all."""
    if not show:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from factcli.cli.common import err

    with Progress(TextColumn("[bold]extract"), BarColumn(), MofNCompleteColumn(), TextColumn("blocks"),
                  TimeRemainingColumn(), console=err, transient=True) as progress:
        task = progress.add_task("blocks", total=None)
        yield lambda done, total: progress.update(task, completed=done, total=total)


@app.command("model")
def model_cmd(
    model: Annotated[str | None, typer.Option("--model", metavar="NAME|PATH", help="Pipeline name or path "
                                              "to describe.", show_default=False)] = None,
    as_json: Annotated[bool, typer.Option("--json", metavar="", help="Print as JSON.")] = False,
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


SHELLS = ("bash", "zsh", "fish", "powershell")


@app.command("completion")
def completion_cmd(
    shell: Annotated[str | None, typer.Argument(metavar="SHELL", help="bash, zsh, fish or powershell "
                                                "(default: the one $SHELL names).", show_default=False)] = None,
) -> None:
    """Print the shell's completion script (options, and values of --format, --only, --input-format).

    bash: eval "$(factcli completion bash)" in ~/.bashrc; zsh: factcli completion zsh >
    ~/.zfunc/_factcli (with fpath+=~/.zfunc before compinit); fish: factcli completion fish >
    ~/.config/fish/completions/factcli.fish."""
    from typer.completion import get_completion_script

    shell = shell or Path(os.environ.get("SHELL", "bash")).name
    if shell not in SHELLS:
        raise fail(f"completion {shell!r}: choose from {', '.join(SHELLS)}", EXIT_USAGE)
    print(get_completion_script(prog_name="factcli", complete_var="_FACTCLI_COMPLETE", shell=shell))


def run_app(args: list[str] | None = None) -> int:
    """Run the CLI; the exit code. A usage error is one line (not click's box), with where
    to find the help."""
    ex = _click_exceptions()
    if "_FACTCLI_COMPLETE" in os.environ:  # the shell asks for completions
        from typer.completion import completion_init

        completion_init()
    try:
        code = app(args=args, prog_name="factcli", standalone_mode=False)
    except ex.UsageError as e:
        if e.format_message():  # (none after the help that a bare "factcli" prints)
            where = f" (see '{e.ctx.command_path} -h')" if e.ctx is not None else ""
            error(f"{e.format_message()}{where}")
        return EXIT_USAGE
    except ex.ClickException as e:
        error(e.format_message())
        return e.exit_code
    except (getattr(ex, "Abort", typer.Abort), typer.Abort):  # EOF at a prompt (factcli asks none)
        return 1
    return code if isinstance(code, int) else 0


def _click_exceptions():
    try:
        from typer._click import exceptions  # Typer 0.2x carries its own click
    except ImportError:
        from click import exceptions
    return exceptions


def main() -> None:  # pragma: no cover
    sys.exit(run_app())
