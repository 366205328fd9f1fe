"""Output formats, input kinds, CLI manners and the Python API, on articles written for
the tests and the real pipeline."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

import factcli
from factcli.outputs.flat import COLUMNS
from tests.conftest import SAMPLES, run_factcli

CLUB = SAMPLES / "club-takeover.txt"
BIN = Path(sys.executable).parent




def one_line_error(done, code):
    assert done.returncode == code, done.stderr
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1, done.stderr
    return done.stderr


@pytest.mark.parametrize("fmt,delimiter", [("csv", ","), ("tsv", "\t")])
def test_csv_and_tsv_parse_back_with_the_csv_module(fmt, delimiter):
    done = run_factcli("extract", CLUB, "--format", fmt)
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout, newline=""), delimiter=delimiter))
    assert tuple(rows[0].keys()) == COLUMNS
    text = CLUB.read_text(encoding="utf-8")
    assert {r["kind"] for r in rows} == {"person", "role", "organisation", "count", "date", "duration", "quote"}
    for r in rows:
        assert text[int(r["start"]):int(r["end"])] == r["text"]
        assert r["text"].split()[0] in r["sentence"]
    roles = {(r["name"], r["title"], r["organisation"]) for r in rows if r["kind"] == "role"}
    assert ("Laura Kinsley", "founder of Kinsley Capital", "Kinsley Capital") in roles
    counts = {(r["value"], r["unit"]) for r in rows if r["kind"] == "count"}
    assert ("26", "player") in counts


def test_flat_rows_go_into_sqlite_utils_and_sql_finds_the_roles(tmp_path):
    sqlite_utils = shutil.which("sqlite-utils", path=str(BIN)) or shutil.which("sqlite-utils")
    if sqlite_utils is None:
        pytest.skip("sqlite-utils is not installed (pip install -e '.[dev]')")
    rows = tmp_path / "facts.jsonl"
    done = run_factcli("extract", SAMPLES, "--format", "flat-jsonl", "-o", rows)
    assert done.returncode == 0, done.stderr
    db = tmp_path / "facts.db"
    subprocess.run([sqlite_utils, "insert", str(db), "facts", str(rows), "--nl"], check=True, timeout=120)
    with sqlite3.connect(db) as con:
        pairs = set(con.execute("select name, title from facts where kind = 'role' and source like "
                                "'%club-takeover.txt'"))
        n_sources = con.execute("select count(distinct source) from facts").fetchone()[0]
    assert {("Laura Kinsley", "founder of Kinsley Capital"), ("Peter Marsh", "club chairman"),
            ("Callum Reid", "Manager")} <= pairs
    assert n_sources == 2


def test_records_file_resolves_dates_per_record(tmp_path):
    records = tmp_path / "archive.jsonl"
    text = "Council backs plan\n\nThe council approved the plan on Friday, Mayor Ann Brooks said."
    records.write_text("\n".join(json.dumps(r) for r in [
        {"id": "a1", "published": "2025-03-03", "body": text},
        {"id": "b2", "published": "2024-06-10T08:30:00Z", "body": text},
        {"id": "c3", "published": "not a date", "body": text},
        {"id": "d4", "body": ""},
    ]) + "\n", encoding="utf-8")
    done = run_factcli("extract", records, "--text-field", "body", "--date-field", "published", "--id-field", "id",
               "--jsonl")
    assert done.returncode == 1  # two records are unusable, and say so
    out = {r["source"].rsplit("#", 1)[1]: r for r in map(json.loads, done.stdout.splitlines())}
    assert list(out) == ["a1", "b2", "c3", "d4"]
    friday = {k: [d["value"] for d in out[k]["dates"] if d["text"] == "Friday"] for k in ("a1", "b2")}
    assert friday == {"a1": ["2025-02-28"], "b2": ["2024-06-07"]}
    assert out["a1"]["reference_date_source"] == "record"
    assert "is not a date" in out["c3"]["error"] and "text is empty" in out["d4"]["error"]


def test_csv_records_file_and_force_date(tmp_path):
    records = tmp_path / "archive.csv"
    with records.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["text", "date"])
        w.writerow(["Monday, 3 March 2025\n\nThe board met on Friday.", "2025-03-03"])
    done = run_factcli("extract", records, "--date-field", "date", "--force-date", "2020-01-08", "--jsonl")
    record = json.loads(done.stdout)
    assert record["source"].endswith("archive.csv#1")
    assert record["reference_date"] == "2020-01-08" and record["reference_date_source"] == "option"
    assert [d["value"] for d in record["dates"] if d["text"] == "Friday"] == ["2020-01-03"]


HTML = """<!doctype html><html><head><title>Harbour bridge to close for repairs</title>
<meta property="article:published_time" content="2024-11-14T09:00:00Z">
</head><body><nav><a href="/">Home</a> <a href="/sport">Sport</a> Subscribe to our newsletter</nav>
<article><h1>Harbour bridge to close for repairs</h1>
<p>The Harbour Bridge will close for six weeks from Monday, transport director Helen Carter said.</p>
<p>Ms Carter said 40 engineers from Eastford Council would work on the bridge, which carries 12,000 cars
a day. The council first found cracks in the deck in 2019.</p>
<p>Drivers will be diverted through the town centre until the work ends.</p></article>
<footer>Copyright Harbour News. All rights reserved. Cookie settings.</footer></body></html>"""


def test_html_page_gives_its_main_text_and_date(tmp_path):
    page = tmp_path / "bridge.html"
    page.write_text(HTML, encoding="utf-8")
    done = run_factcli("extract", page, "--json", "--include-text")
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    text = record["text"]
    assert "Helen Carter" in text and "Subscribe" not in text and "Cookie" not in text
    assert record["reference_date"] == "2024-11-14" and record["reference_date_source"] == "html"
    assert [d["value"] for d in record["dates"] if d["text"] == "Monday"] == ["2024-11-18"]  # future: next Monday
    people = {p["name"]: p for p in record["people"]}
    assert "Helen Carter" in people
    for m in people["Helen Carter"]["mentions"]:
        assert text[m["start"]:m["end"]] == m["text"]


def test_markdown_is_read_as_plain_text(tmp_path):
    page = tmp_path / "note.md"
    page.write_text("# Mayor *backs* plan\n\nThe [mayor](https://example.org), **Ann Brooks**, said 14 homes "
                    "flooded.\n\n```\ncode Bob Smith\n```\n", encoding="utf-8")
    record = json.loads(run_factcli("extract", page, "--json", "--include-text").stdout)
    assert record["text"] == "Mayor backs plan\n\nThe mayor, Ann Brooks, said 14 homes flooded."
    assert [p["name"] for p in record["people"]] == ["Ann Brooks"]


def test_only_compact_and_conflicting_flags():
    record = json.loads(run_factcli("extract", CLUB, "--json", "--only", "people,dates", "--compact").stdout)
    assert set(record) >= {"people", "dates"} and not {"organisations", "counts"} & set(record)
    assert "\n" not in run_factcli("extract", CLUB, "--json", "--compact").stdout.strip()
    assert "choose one output format" in one_line_error(run_factcli("extract", CLUB, "--json", "--jsonl"), 2)
    assert "unknown kind" in one_line_error(run_factcli("extract", CLUB, "--only", "peple"), 2)
    assert "--format 'xml'" in one_line_error(run_factcli("extract", CLUB, "--format", "xml"), 2)
    assert "not both" in one_line_error(run_factcli("extract", CLUB, "--date", "2020-01-01", "--force-date",
                                            "2020-01-01"), 2)


def test_version_help_and_plain_labels():
    done = run_factcli("--version")
    assert done.stdout.strip() == f"factcli {factcli.__version__}"
    from importlib.metadata import version

    assert version("factcli") == factcli.__version__  # the package and the module agree
    helped = run_factcli("extract", "-h")
    assert helped.returncode == 0
    for text in ("--format", "Exit codes", "Examples", "--text-field"):
        assert text in helped.stdout
    assert "<bool>" not in helped.stdout and "{paths}" not in helped.stdout


def test_help_and_version_do_not_import_spacy():
    code = ("import sys\nfrom factcli.cli.main import app\ntry:\n    app(['--version'])\nexcept SystemExit:\n"
            "    pass\nprint('spacy' in sys.modules, 'trafilatura' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip().splitlines()[-1] == "False False"


def test_resume_with_csv_writes_the_header_once(tmp_path):
    out = tmp_path / "facts.csv"
    first = run_factcli("extract", SAMPLES, "--format", "csv", "-o", out)
    again = run_factcli("extract", SAMPLES, "--format", "csv", "-o", out, "--resume")
    assert first.returncode == again.returncode == 0
    text = out.read_text(encoding="utf-8")
    assert text.count("source,kind,") == 1
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert sorted({r["source"] for r in rows}) == sorted(str(p) for p in SAMPLES.glob("*.txt"))
    per_source = {}
    for r in rows:
        per_source.setdefault(r["source"], []).append(r)
    assert len(rows) == len({tuple(r.values()) for r in rows})  # nothing written twice


def test_python_api(tmp_path):
    text = CLUB.read_text(encoding="utf-8")
    for when in ("2025-07-01", date(2025, 7, 1), datetime(2025, 7, 1, 12, 0)):
        facts = factcli.extract_text(text, date=when, source="club")
        assert facts.reference_date == "2025-07-01" and facts.source == "club"
    assert "Laura Kinsley" in [p.name for p in facts.people]
    with pytest.raises(TypeError, match="text must be a str"):
        factcli.extract_text(b"bytes")
    with pytest.raises(TypeError, match="date must be"):
        factcli.extract_text(text, date=20250701)
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        factcli.extract_text(text, date="1 July")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01")
    shutil.copy(CLUB, tmp_path / "club.txt")
    results = list(factcli.extract_files(tmp_path, workers=1))
    assert [type(r).__name__ for r in results] == ["ArticleError", "ArticleFacts"]
    frame = factcli.to_frame(results, kind="roles")
    assert list(frame.columns) == list(COLUMNS)
    assert ("Laura Kinsley", "founder of Kinsley Capital") in set(zip(frame["name"], frame["title"], strict=True))
    assert frame["sentence"].notna().all()
