"""Reading back what a line format holds, for --resume: which articles are written, which
failed (to be tried again), and which lines are not factcli records."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass, field


@dataclass
class Scan:
    kept: list[tuple[str, str]] = field(default_factory=list)  # (source, its text as written), in file order
    header: str = ""  # the first line, for formats that have one
    errors: set[str] = field(default_factory=set)  # sources of error records
    unparseable: int = 0  # lines that are not records


def json_scan(data: str) -> Scan:
    """JSON Lines of articles (jsonl): one record per line, each with a "source"."""
    return _json_lines_scan(data, flat=False)


def flat_json_scan(data: str) -> Scan:
    """JSON Lines of facts (flat-jsonl): one row per line, each with a "source" and a "kind"."""
    return _json_lines_scan(data, flat=True)


def _json_lines_scan(data: str, flat: bool) -> Scan:
    scan = Scan()
    for line in data.split("\n")[:-1]:
        try:
            record = json.loads(line)
        except (ValueError, RecursionError):
            scan.unparseable += 1
            continue
        if not isinstance(record, dict) or not isinstance(record.get("source"), str) or ("kind" in record) != flat:
            scan.unparseable += 1
        elif "error" in record or record.get("kind") == "error":
            scan.errors.add(record["source"])
        else:
            scan.kept.append((record["source"], line + "\n"))
    return scan


def csv_scan(data: str) -> Scan:
    return _delimited_scan(data, ",")


def tsv_scan(data: str) -> Scan:
    return _delimited_scan(data, "\t")


def _rows(reader) -> Iterator[list[str] | None]:
    """The reader's rows; None for a line the csv module refuses (a NUL byte), and the rows
    after it go on."""
    while True:
        try:
            yield next(reader)
        except StopIteration:
            return
        except csv.Error:
            yield None


def _delimited_scan(data: str, delimiter: str) -> Scan:
    scan = Scan(header=data.split("\n", 1)[0] + "\n" if data else "")
    csv.field_size_limit(2**31 - 1)  # a row of factcli's may hold a long sentence or id (131,072 by default)
    rows = _rows(csv.reader(io.StringIO(data, newline=""), delimiter=delimiter))
    header = next(rows, None)
    if header is None:
        return scan
    if "source" not in header or "kind" not in header:
        scan.unparseable = 1 + sum(1 for _ in rows)
        return scan
    src, kind = header.index("source"), header.index("kind")
    for row in rows:
        if row is None or len(row) != len(header):
            scan.unparseable += 1
        elif row[kind] == "error":
            scan.errors.add(row[src])
        else:
            buf = io.StringIO()
            csv.writer(buf, delimiter=delimiter, lineterminator="\n").writerow(row)
            scan.kept.append((row[src], buf.getvalue()))
    return scan
