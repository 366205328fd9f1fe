"""Records files: JSON Lines or CSV/TSV archives with one article per record, each with
its own text, and optionally an id and a date (the article's reference date)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from factcli.base import DateSource
from factcli.inputs.article import MAX_BYTES, Article, InputError, dated, parse_record_date


@dataclass(frozen=True)
class RecordFields:
    """Which field of a record holds what (--text-field, --date-field, --id-field)."""

    text: str = "text"
    date: str | None = None
    id: str | None = None


Rows = Iterator[tuple[int, Any, int, int]]
# (line or data row number from 1, the record or why it is unusable, its first byte, the byte after it)


@dataclass(frozen=True)
class RecordRef:
    """One record of a records file on disk, as the main process keeps it: where it lies,
    not its text. The worker that processes it reads it (read_record), so a 200 MB archive
    is never held whole in the main process."""

    path: str
    start: int  # byte offsets in the file
    end: int
    source: str  # "FILE#ID" or "FILE#N", decided when the file was scanned
    fields: RecordFields
    header: tuple[str, ...] = ()  # CSV/TSV: the columns
    delimiter: str | None = None  # CSV/TSV: the delimiter; None: a JSON line


def articles_of(stream: BinaryIO, name: str, rows: Callable[[BinaryIO, str], Rows], fields: RecordFields,
                path: str | None = None) -> list[Article | InputError | RecordRef]:
    """One item per record of a records stream, in file order: a RecordRef for a usable
    record of a file on disk (`path`; stdin's records are kept as Articles), or a one-line
    InputError. Each record is checked here, so the error is known before any work. A
    record's source is "FILE#ID" with the id field's value ("FILE#ID#N" when the id came
    before), else "FILE#N"."""
    taken: set[str] = set()  # sources so far: a repeated id gets its line or row number too
    out: list[Article | InputError | RecordRef] = []
    found = rows(stream, name)
    for n, row, start, end in found:
        item = _article(name, n, row, fields, taken)
        if path is not None and isinstance(item, Article):
            item = RecordRef(path, start, end, item.source, fields, getattr(found, "header", ()),
                             getattr(found, "delimiter", None))
        out.append(item)
    if not out:
        raise InputError(f"{name}: records file has no records")
    return out


def read_record(ref: RecordRef) -> Article:
    """The Article a RecordRef points at (InputError when it no longer reads as it did)."""
    try:
        with open(ref.path, "rb") as f:
            f.seek(ref.start)
            data = f.read(ref.end - ref.start)
    except OSError as err:
        raise InputError(f"{ref.source}: cannot read ({err.strerror})") from None
    text = _decoded(data, ref.source, ref.start, first=ref.start == 0)
    if ref.delimiter is None:
        try:
            row: Any = json.loads(text, parse_int=_int)
        except (ValueError, RecursionError):
            raise InputError(f"{ref.source}: the record changed since the file was read") from None
    else:
        reader = csv.DictReader(io.StringIO(text, newline=""), fieldnames=list(ref.header), delimiter=ref.delimiter)
        row = next(reader, None)
    item = _checked(ref.source, row, ref.fields)
    if isinstance(item, InputError):
        raise item
    return item


def _decoded(line: bytes, name: str, offset: int, first: bool) -> str:
    try:
        return line.decode("utf-8-sig" if first else "utf-8")
    except UnicodeDecodeError as err:
        raise InputError(f"{name}: not UTF-8 text (byte offset {offset + err.start})") from None


def _lines(stream: BinaryIO, name: str) -> Iterator[tuple[str, int, int]]:
    """(decoded line with its end, first byte, byte after it); a UTF-8 character never
    spans a newline byte, so lines decode on their own."""
    at = 0
    for raw in stream:
        yield _decoded(raw, name, at, first=at == 0), at, at + len(raw)
        at += len(raw)


def json_lines(stream: BinaryIO, name: str) -> Rows:
    for n, (line, start, end) in enumerate(_lines(stream, name), 1):
        if not line.strip():
            continue
        try:
            yield n, json.loads(line, parse_int=_int), start, end
        except json.JSONDecodeError as err:
            yield n, InputError(f"{name}#{n}: line is not JSON ({err.msg})", f"{name}#{n}"), start, end
        except RecursionError:
            yield n, InputError(f"{name}#{n}: line is nested too deeply to read", f"{name}#{n}"), start, end
        except ValueError as err:  # an integer of more than 4,300 digits
            why = str(err).split(";")[0]
            yield n, InputError(f"{name}#{n}: line is not usable JSON ({why})", f"{name}#{n}"), start, end


def _int(digits: str) -> int | str:
    """A JSON integer; one too long for Python to convert (4,300 digits) stays its digits."""
    return int(digits) if len(digits) < 4000 else digits


def csv_rows(stream: BinaryIO, name: str) -> Rows:
    return _Delimited(stream, name, ",")


def tsv_rows(stream: BinaryIO, name: str) -> Rows:
    return _Delimited(stream, name, "\t")


DELIMITERS = ",\t;|"


class _Delimited:
    """Rows of a CSV/TSV stream with their byte ranges. The delimiter is the suffix's, or
    when the header holds none of it, the first of tab, semicolon, bar that it holds
    (spreadsheets write "id;text;date"). `header` is known once the first row is read."""

    def __init__(self, stream: BinaryIO, name: str, delimiter: str) -> None:
        self.stream, self.name, self.delimiter = stream, name, delimiter
        self.header: tuple[str, ...] = ()

    def __iter__(self) -> Rows:
        lines = _lines(self.stream, self.name)
        first = next(lines, None)
        if first is None:
            return
        if self.delimiter not in first[0]:
            self.delimiter = next((d for d in DELIMITERS if d in first[0]), self.delimiter)
        self.end = first[2]  # the byte after the last line the csv reader has taken

        def text():
            yield first[0]
            for line, _, end in lines:
                self.end = end
                yield line

        csv.field_size_limit(MAX_BYTES * 4)
        reader = csv.DictReader(text(), delimiter=self.delimiter)
        self.header = tuple(reader.fieldnames or ())
        start = self.end
        for n, row in enumerate(reader, 1):
            yield n, row, start, self.end
            start = self.end


def _fields_of(row: dict) -> str:
    """ " (fields: a, b, c)": what a record holds, for the error that says its text is missing."""
    names = [str(k) for k in row if k is not None][:12]
    return f" (fields: {', '.join(names)[:200]})" if names else " (no fields)"


def _article(name: str, n: int, row: Any, fields: RecordFields, taken: set[str]) -> Article | InputError:
    if isinstance(row, InputError):
        return row
    if not isinstance(row, dict):
        return InputError(f"{name}#{n}: record is not an object", f"{name}#{n}")
    ident = row.get(fields.id) if fields.id else None
    source = f"{name}#{ident if ident not in (None, '') else n}"
    if source in taken:  # "FILE#ID#N": --resume tells the records apart
        source = f"{source}#{n}"
    taken.add(source)
    return _checked(source, row, fields)


def _checked(source: str, row: Any, fields: RecordFields) -> Article | InputError:
    """The record's article, or why it cannot be one."""
    if not isinstance(row, dict):
        return InputError(f"{source}: record is not an object", source)
    text = row.get(fields.text)
    if not isinstance(text, str):
        return InputError(f"{source}: no {fields.text!r} text field{_fields_of(row)}", source)
    if not text.strip():
        return InputError(f"{source}: text is empty", source)
    if len(text.encode("utf-8")) > MAX_BYTES:
        return InputError(f"{source}: text is too large (limit {MAX_BYTES:,} bytes)", source)
    if "\x00" in text:
        return InputError(f"{source}: text holds a NUL byte", source)
    when = None
    if fields.date:
        raw = row.get(fields.date)
        if raw not in (None, ""):
            when = parse_record_date(str(raw))
            if when is None:
                return InputError(f"{source}: {fields.date} {str(raw)[:40]!r} is not a date", source)
    return dated(source, text.replace("\r\n", "\n").replace("\r", "\n"), when, DateSource.RECORD)
