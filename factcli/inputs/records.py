"""Records files: JSON Lines or CSV/TSV archives with one article per record, each with
its own text, and optionally an id and a date (the article's reference date)."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from factcli.inputs.reader import MAX_BYTES, Article, InputError, source_name

RECORD_SUFFIXES = (".jsonl", ".ndjson", ".csv", ".tsv")
MAX_RECORDS_BYTES = 4 * 2**30  # a records file is read whole by the main process


@dataclass(frozen=True)
class RecordFields:
    """Which field of a record holds what (--text-field, --date-field, --id-field)."""

    text: str = "text"
    date: str | None = None
    id: str | None = None


def is_records_file(path: str) -> bool:
    return path != "-" and path.lower().endswith(RECORD_SUFFIXES)


def inputs_of(files: list[str], fields: RecordFields) -> list[str | Article | InputError]:
    """The run's items: each file's path as it is, a records file's records in its place
    (or, when the whole file is unusable, its error)."""
    items: list[str | Article | InputError] = []
    for f in files:
        if not is_records_file(f):
            items.append(f)
            continue
        try:
            items.extend(read_records(f, fields))
        except InputError as e:
            items.append(InputError(str(e), source_name(f)))
    return items


def read_records(path: str, fields: RecordFields) -> list[Article | InputError]:
    """One Article (or a one-line InputError) per record, in file order. A record's source
    is "FILE#ID" with the id field's value, else "FILE#N" (N: line or data row, from 1)."""
    name = source_name(path)
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{name}: no such file" if not p.exists() else f"{name}: not a regular file")
    if p.stat().st_size > MAX_RECORDS_BYTES:
        raise InputError(f"{name}: records file is too large (limit {MAX_RECORDS_BYTES:,} bytes)")
    try:
        data = p.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(f"{name}: not UTF-8 text (byte offset {err.start})") from None
    except OSError as err:
        raise InputError(f"{name}: cannot read ({err.strerror})") from None
    rows = _json_lines(data, name) if p.suffix.lower() in (".jsonl", ".ndjson") else _csv_rows(data, p.suffix)
    out: list[Article | InputError] = []
    for n, row in rows:
        out.append(_article(name, n, row, fields))
    if not out:
        raise InputError(f"{name}: records file has no records")
    return out


def _json_lines(data: str, name: str) -> Iterator[tuple[int, Any]]:
    for n, line in enumerate(data.split("\n"), 1):
        if not line.strip():
            continue
        try:
            yield n, json.loads(line)
        except json.JSONDecodeError as err:
            yield n, InputError(f"{name}#{n}: line is not JSON ({err.msg})", f"{name}#{n}")


def _csv_rows(data: str, suffix: str) -> Iterator[tuple[int, Any]]:
    csv.field_size_limit(MAX_BYTES * 4)
    reader = csv.DictReader(io.StringIO(data, newline=""), delimiter="\t" if suffix.lower() == ".tsv" else ",")
    yield from enumerate(reader, 1)


def _article(name: str, n: int, row: Any, fields: RecordFields) -> Article | InputError:
    if isinstance(row, InputError):
        return row
    if not isinstance(row, dict):
        return InputError(f"{name}#{n}: record is not an object", f"{name}#{n}")
    ident = row.get(fields.id) if fields.id else None
    source = f"{name}#{ident if ident not in (None, '') else n}"
    text = row.get(fields.text)
    if not isinstance(text, str):
        return InputError(f"{source}: no {fields.text!r} text field", source)
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
    return Article(source, text.replace("\r\n", "\n").replace("\r", "\n"), when, "record" if when else None)


_ISO = re.compile(r"\d{4}-\d\d-\d\d")


def parse_record_date(value: str) -> date | None:
    """A record's date: ISO 8601 (a date or a timestamp), else what dateparser reads as a
    full date ("Oct 17, 2012", "17/10/2012" read day first); None otherwise."""
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
