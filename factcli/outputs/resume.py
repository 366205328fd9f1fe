"""The --output file: held by one run at a time, and for --resume, what it already holds
and the file cut back to whole records (written beside it and renamed over it, so that a
signal or a crash at any moment leaves either the old file or the new one)."""

from __future__ import annotations

import contextlib
import fcntl
import os
import stat
from pathlib import Path

from factcli.base import FactcliError
from factcli.outputs.formats import FORMATS, LINE_FORMATS


class OutputError(FactcliError):
    """The output file cannot be used for this run (another run holds it, another format)."""


def claim(output: Path) -> int:
    """A file descriptor of `output` (created if missing), locked for this run (fcntl) and at
    its end. One line when another run holds it."""
    fd = os.open(output, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        raise OutputError(f"{output}: another factcli run is writing to it") from None
    os.lseek(fd, 0, os.SEEK_END)
    return fd


def empty(fd: int) -> None:
    """Empty a claimed output that is a regular file, and write from its start."""
    if stat.S_ISREG(os.fstat(fd).st_mode):
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)


def canonical(source: str) -> str:
    """The identity of an input for --resume: the resolved path, with a record's "#id"
    kept ("<stdin>" as it is)."""
    return source if source == "<stdin>" or "://" in source else os.path.realpath(source)


def plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def done_sources(output: Path, fmt: str, fd: int) -> tuple[set[str], list[str], int]:
    """(identities of the articles already written to the output, notes for the user, the
    locked descriptor to append to). The file is cut to hold only those: a half-written end,
    error records (their articles are tried again, so they are not duplicated) and what is
    not a factcli record (noted) go. In the one-row-per-fact formats the last article's rows
    go too: they may be incomplete. A file of another format is refused, untouched."""
    kind = FORMATS[fmt]
    if kind.scan is None:
        raise ValueError(f"{fmt} is not a line format")
    data = output.read_bytes().decode("utf-8", errors="replace")
    whole = data[:data.rfind("\n") + 1]  # a line cut off mid-write
    scan = kind.scan(whole)
    if scan.unparseable and not scan.kept and not scan.errors:
        raise OutputError(f"{output}: holds no {fmt} records{_written_as(whole, fmt)}; resume with the "
                          "format it was written in, or write to another file")
    kept = scan.kept
    if kind.rows_per_fact and kept:
        last = kept[-1][0]
        kept = [(src, text) for src, text in kept if src != last]
    text = scan.header + "".join(t for _, t in kept)
    if text != data:
        fd = _replace(output, text, fd)
    notes = []
    if scan.unparseable:
        notes.append(f"note: dropped {plural(scan.unparseable, 'line')} of {output} that are not factcli records")
    if scan.errors:
        notes.append(f"note: retrying {plural(len(scan.errors), 'article')} that failed before")
    return {canonical(src) for src, _ in kept}, notes, fd


def _written_as(data: str, fmt: str) -> str:
    for other in LINE_FORMATS:
        scan = FORMATS[other].scan(data) if other != fmt else None
        if scan is not None and scan.kept and not scan.unparseable:
            return f" (it holds {other}: -f {other})"
    return ""


def _replace(output: Path, text: str, fd: int) -> int:
    """Write `text` beside `output`, lock it, rename it over `output`; its descriptor."""
    tmp = output.with_name(f".{output.name}.{os.getpid()}.resume")
    new = os.open(tmp, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o666)
    try:
        fcntl.flock(new, fcntl.LOCK_EX)
        with contextlib.suppress(OSError):
            os.fchmod(new, os.fstat(fd).st_mode & 0o7777)
        data = text.encode("utf-8")
        while data:
            data = data[os.write(new, data):]
        os.fsync(new)
        os.replace(tmp, output)
    except BaseException:
        os.close(new)
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    os.close(fd)
    return new
