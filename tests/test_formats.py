"""Every fact kind in every output format, from the two tables (facts/kinds.py and
outputs/formats.py), on a real extraction: a new kind or format is covered here without
anyone remembering to add it."""

from __future__ import annotations

import csv
import io
import json

import pytest

from factcli.facts.kinds import KINDS
from factcli.outputs.formats import FORMATS, LINE_FORMATS, OutputSpec
from tests.conftest import run_factcli

ARTICLE = """Thursday, June 6, 2024

Harbour board chairman steps down

Westhaven Harbour Board chairman Peter Lindqvist resigned on Wednesday after three years in the post.
Mr Lindqvist said the board had lost 14 contracts since 2022. The Port Users Association welcomed the news.
"""


@pytest.fixture(scope="module")
def facts(extract):
    found = extract(ARTICLE)
    for kind in KINDS:
        assert getattr(found, kind.key), f"the test article gives no {kind.key}"
    assert any(p.roles for p in found.people)
    return found


def _flat_rows(fmt: str, text: str) -> list[dict]:
    if fmt == "flat-jsonl":
        return [json.loads(line) for line in text.splitlines()]
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter="\t" if fmt == "tsv" else ","))


@pytest.mark.parametrize("fmt", list(FORMATS))
@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.key)
def test_every_kind_in_every_format(facts, kind, fmt):
    spec = OutputSpec(fmt, frozenset(kind.flat))
    text = spec.header() + spec.record(facts)
    items = getattr(facts, kind.key)
    if fmt in ("json", "jsonl"):
        record = json.loads(text)
        assert [k.key for k in KINDS if k.key in record] == [kind.key]
        assert len(record[kind.key]) == len(items)
    elif fmt == "table":
        assert kind.title in text and all(k.title not in text for k in KINDS if k is not kind)
    else:
        rows = _flat_rows(fmt, text)
        assert {r["kind"] for r in rows} == set(kind.flat)  # (the article's chairman has a role)
        for r in rows:  # evidence indexes the article
            assert ARTICLE[int(r["start"]):int(r["end"])] == r["text"]


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_every_format_renders_an_error_that_resume_reads_back(fmt):
    spec = OutputSpec(fmt)
    text = spec.error("bad/file.txt", "looks like a binary file")
    assert "bad/file.txt" in text and "looks like a binary file" in text
    form = FORMATS[fmt]
    if fmt in LINE_FORMATS:
        scan = form.scan(spec.header() + text)
        assert scan.errors == {"bad/file.txt"} and not scan.kept and not scan.unparseable


@pytest.mark.parametrize("fmt", LINE_FORMATS)
def test_line_formats_read_back_their_own_records(facts, fmt):
    spec = OutputSpec(fmt)
    scan = FORMATS[fmt].scan(spec.header() + spec.record(facts))
    assert {src for src, _ in scan.kept} == {facts.source} and not scan.errors and not scan.unparseable


def test_a_batch_as_tables_and_as_a_json_array(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(b"\x00".decode(), encoding="utf-8")
    done = run_factcli("extract", tmp_path / "a.txt", tmp_path / "b.txt", "-f", "table", "-w", "1")
    assert done.returncode == 1, done.stderr
    assert "Peter Lindqvist" in done.stdout and "b.txt: error:" in done.stdout
    done = run_factcli("extract", tmp_path / "a.txt", tmp_path / "b.txt", "--json", "-w", "1")
    records = json.loads(done.stdout)
    assert [("error" in r) for r in records] == [False, True]
