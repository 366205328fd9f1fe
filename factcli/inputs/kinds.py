"""The input kinds, one table: a file's suffix (or --input-format) says how it is read, and
stdin is sniffed. To add an input kind, write its reader (bytes to an Article, or a records
file's text to rows) and add a row."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import BinaryIO

from factcli.inputs import markup, records
from factcli.inputs.article import Article


@dataclass(frozen=True)
class InputKind:
    name: str
    suffixes: tuple[str, ...]
    article: Callable[[bytes, str, int], Article] | None = None  # one article per file: (data, source, max bytes)
    rows: Callable[[BinaryIO, str], records.Rows] | None = None  # a records file: (stream, source) -> rows
    in_folders: bool = False  # whether a folder walk reads it (records files are read only when named)


INPUT_KINDS: tuple[InputKind, ...] = (
    InputKind("text", (".txt",), article=markup.text_article, in_folders=True),
    InputKind("markdown", (".md", ".markdown"), article=markup.markdown_article, in_folders=True),
    InputKind("html", (".html", ".htm"), article=markup.html_article, in_folders=True),
    InputKind("jsonl", (".jsonl", ".ndjson"), rows=records.json_lines),
    InputKind("csv", (".csv",), rows=records.csv_rows),
    InputKind("tsv", (".tsv",), rows=records.tsv_rows),
)
TEXT = INPUT_KINDS[0]  # any file given by name whose suffix names no kind
_BY_SUFFIX = {s: k for k in INPUT_KINDS for s in k.suffixes}
ARTICLE_SUFFIXES = tuple(s for k in INPUT_KINDS if k.in_folders for s in k.suffixes)  # what a folder is searched for


BY_NAME = {k.name: k for k in INPUT_KINDS}  # --input-format's choices


def kind_of(path: str, forced: str | None = None) -> InputKind:
    """The kind `forced` names (--input-format), else the one a path's suffix names
    (case-insensitive); plain text when it names none."""
    if forced is not None:
        return BY_NAME[forced]
    return _BY_SUFFIX.get(PurePosixPath(path.replace("\\", "/")).suffix.lower(), TEXT)


def is_records_file(path: str, forced: str | None = None) -> bool:
    return path != "-" and kind_of(path, forced).rows is not None


_HTML = re.compile(rb"<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]")


def sniff(data: bytes) -> InputKind:
    """What unnamed bytes (stdin) hold: an HTML page, JSON Lines (a first line that is a JSON
    object), else plain text. CSV is not guessed: a text may hold commas on every line."""
    data = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if _HTML.search(data[:2048].lower()):
        return BY_NAME["html"]
    if data.startswith(b"{"):
        try:
            first = json.loads(data.split(b"\n", 1)[0])
        except (ValueError, RecursionError):
            return TEXT
        if isinstance(first, dict):
            return BY_NAME["jsonl"]
    return TEXT
