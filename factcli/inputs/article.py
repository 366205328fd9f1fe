"""The base of the inputs stage: an Article, the one-line InputError, and decoding bytes
to text. Every reader (text, Markdown, HTML, records) builds on this module alone."""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from datetime import date, datetime

from factcli.base import DateSource, FactcliError, RefDate

MAX_BYTES = 2_000_000  # about 300,000 words: far beyond any news article


class InputError(FactcliError):
    """Input that factcli cannot read as an article; the message is one line. `source`
    names the input when the error is carried to a worker (stdin, a record)."""

    def __init__(self, message: str, source: str | None = None) -> None:
        super().__init__(message)
        self.source = source

    def __reduce__(self):  # keep `source` when sent to a worker process
        return (InputError, (str(self), self.source))


@dataclass(frozen=True)
class Article:
    source: str
    text: str
    date: RefDate | None = None  # from outside the text: a record's date field, an HTML page's metadata


def dated(source: str, text: str, when: date | None, where: DateSource) -> Article:
    """An Article whose reference date (if any) came from `where`."""
    return Article(source, text, RefDate(when, where) if when is not None else None)


def refuse_binary(data: bytes, source: str) -> None:
    if b"\x00" in data:
        raise InputError(f"{source}: looks like a binary file, not text (it holds a NUL byte)")


def decode(data: bytes, source: str, max_bytes: int = MAX_BYTES) -> Article:
    """Decode an article's bytes; newlines are normalised as Python's text mode does."""
    if len(data) > max_bytes:
        raise InputError(f"{source}: file is too large ({len(data):,} bytes; limit {max_bytes:,})")
    refuse_binary(data, source)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(
            f"{source}: not UTF-8 text (byte 0x{data[err.start]:02x} at offset {err.start}); "
            "convert it first, e.g. iconv -f latin1 -t utf-8"
        ) from None
    text = text.removeprefix("\ufeff")  # a byte-order mark is not text: it would hide a dateline
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{source}: file is empty")
    return Article(source, text)


def source_name(path: str) -> str:
    """How a path is written in output: "<stdin>" for '-', and a file name's undecodable
    bytes as \\xNN escapes, so every record is valid UTF-8."""
    if path == "-":
        return "<stdin>"
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


_ISO = re.compile(r"\d{4}-\d\d-\d\d")


def parse_record_date(value: str) -> date | None:
    """A record's or a page's date: ISO 8601 (a date or a timestamp), else what dateparser
    reads as a full date ("Oct 17, 2012", "17/10/2012" read day first); None otherwise."""
    value = value.strip()
    if _ISO.match(value):
        with contextlib.suppress(ValueError):
            return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
        with contextlib.suppress(ValueError):
            return date.fromisoformat(value[:10])
        return None
    import dateparser

    parsed = dateparser.parse(value, languages=["en"],
                              settings={"REQUIRE_PARTS": ["day", "month", "year"], "DATE_ORDER": "DMY"})
    return parsed.date() if parsed else None
