"""Records files: JSON Lines or CSV/TSV archives with one article per record, each with
its own text, and optionally an id and a date (the article's reference date)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from factcli.base import DateSource
from factcli.inputs.article import MAX_BYTES, Article, InputError, dated, parse_record_date


@dataclass(frozen=True)
class RecordFields:
    """Which field of a record holds what (--text-field, --date-field, --id-field)."""

    text: str = "text"
    date: str | None = None
    id: str | None = None


Rows = Iterator[tuple[int, Any]]  # (line or data row number from 1, the record or why it is unusable)


def articles_of(data: str, name: str, rows: Callable[[str, str], Rows], fields: RecordFields
                ) -> list[Article | InputError]:
    """One Article (or a one-line InputError) per record of a records file's text, in file
    order. A record's source is "FILE#ID" with the id field's value ("FILE#ID#N" when the id
    came before), else "FILE#N"."""
    taken: set[str] = set()  # sources so far: a repeated id gets its line or row number too
    out = [_article(name, n, row, fields, taken) for n, row in rows(data, name)]
    if not out:
        raise InputError(f"{name}: records file has no records")
    return out


def json_lines(data: str, name: str) -> Rows:
    for n, line in enumerate(data.split("\n"), 1):
        if not line.strip():
            continue
        try:
            yield n, json.loads(line, parse_int=_int)
        except json.JSONDecodeError as err:
            yield n, InputError(f"{name}#{n}: line is not JSON ({err.msg})", f"{name}#{n}")
        except RecursionError:
            yield n, InputError(f"{name}#{n}: line is nested too deeply to read", f"{name}#{n}")
        except ValueError as err:  # an integer of more than 4,300 digits
            yield n, InputError(f"{name}#{n}: line is not usable JSON ({str(err).split(';')[0]})", f"{name}#{n}")


def _int(digits: str) -> int | str:
    """A JSON integer; one too long for Python to convert (4,300 digits) stays its digits."""
    return int(digits) if len(digits) < 4000 else digits


def csv_rows(data: str, name: str) -> Rows:
    return _delimited(data, ",")


def tsv_rows(data: str, name: str) -> Rows:
    return _delimited(data, "\t")


DELIMITERS = ",\t;|"


def _delimited(data: str, delimiter: str) -> Rows:
    """Rows by the header line: the suffix's delimiter, or when the header holds none of it,
    the first of tab, semicolon, bar that it holds (spreadsheets write "id;text;date")."""
    header = data.split("\n", 1)[0]
    if delimiter not in header:
        delimiter = next((d for d in DELIMITERS if d in header), delimiter)
    csv.field_size_limit(MAX_BYTES * 4)
    yield from enumerate(csv.DictReader(io.StringIO(data, newline=""), delimiter=delimiter), 1)


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
