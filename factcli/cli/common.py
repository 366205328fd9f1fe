"""What every command of the CLI shares: exit codes and the one-line error printer."""

from __future__ import annotations

import contextlib
import os
import sys

import typer
from rich.console import Console
from rich.markup import escape

EXIT_INPUT, EXIT_USAGE, EXIT_OUTPUT = 1, 2, 3  # 3: the output could not be written
EXIT_INTERRUPTED = 130  # Ctrl-C; SIGTERM gives 143

err = Console(stderr=True)


def quiet_stdout() -> None:
    """Point stdout at /dev/null, so that Python's final flush of a closed pipe is silent."""
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


_said_stop = False


def say_stopped(message: str) -> None:
    """The line a stopped run ends with ("stopped (Ctrl-C) after N records"); the entry
    point adds none of its own after it."""
    global _said_stop
    err.print(message, highlight=False, soft_wrap=True)
    _said_stop = True


def said_stop() -> bool:
    return _said_stop


def say(line: str) -> None:
    """A line on stderr as it is ("[" in a path is text, not markup)."""
    err.print(escape(line), highlight=False, soft_wrap=True)


def note_skipped(path: str, why: str) -> None:
    """An input a run leaves out, said once (not with -q)."""
    say(f"note: skipping {path}: {why}")


def error(message: str) -> None:
    """The one-line error on stderr ("[" in a path is text, not markup)."""
    err.print(f"[red]error:[/] {escape(message)}", highlight=False, soft_wrap=True)


def fail(message: str, code: int) -> typer.Exit:
    error(message)
    return typer.Exit(code)
