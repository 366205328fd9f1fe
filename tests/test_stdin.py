"""What users pipe in: HTML pages and JSON Lines on stdin are read as what they are,
--input-format says it for any input, field options without records are refused, endless
stdin ends at once, and piped output is JSON Lines whatever the number of articles."""

from __future__ import annotations

import json
import subprocess
import time

from tests.conftest import FACTCLI, run_factcli
from tests.test_hostile import one_line_error

PAGE = """<!DOCTYPE html>
<html lang="en"><head><title>Council news</title>
<meta property="article:published_time" content="2021-03-03T09:00:00Z"></head>
<body><nav>Home | News</nav><article><h1>Flood plan approved</h1>
<p>Councillor Mary Brennan, the leader of Selby District Council, said on Tuesday that the
flood plan would protect 400 homes.</p>
<p>"We have waited long enough," she said.</p></article>
<footer>Cookie settings.</footer></body></html>
"""

RECORDS = "\n".join(json.dumps(r) for r in (
    {"id": "a1", "published": "2021-03-03", "body": "Mary Brennan, the leader of Selby District Council, "
     "said on Tuesday that the plan was approved."},
    {"id": "a2", "published": "2020-06-01", "body": "Fourteen officers were disciplined on Monday, the "
     "police said."},
)) + "\n"


def _names(record: dict, kind: str) -> list[str]:
    return [item["name"] for item in record[kind]]


def test_an_html_page_on_stdin_is_read_as_html():
    done = run_factcli("extract", "-", stdin=PAGE)
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)  # piped: one JSON line
    assert record["reference_date"] == "2021-03-03" and record["reference_date_source"] == "html"
    assert "Mary Brennan" in _names(record, "people")
    every_name = " ".join(_names(record, "people") + _names(record, "organisations"))
    assert "DOCTYPE" not in every_name and "<" not in every_name and "Cookie" not in every_name


def test_json_lines_on_stdin_are_records_with_their_fields():
    done = run_factcli("extract", "-", "--text-field", "body", "--date-field", "published", "--id-field", "id",
                       stdin=RECORDS)
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["source"] for r in records] == ["<stdin>#a1", "<stdin>#a2"]
    assert [r["reference_date"] for r in records] == ["2021-03-03", "2020-06-01"]
    assert records[1]["dates"][0]["value"] == "2020-06-01"  # "on Monday" against the record's own date


def test_input_format_reads_any_file_as_that_kind(tmp_path):
    page = tmp_path / "saved-page.txt"
    page.write_text(PAGE, encoding="utf-8")
    as_text = json.loads(run_factcli("extract", page, "--jsonl").stdout)
    as_html = json.loads(run_factcli("extract", page, "--jsonl", "--input-format", "html").stdout)
    assert as_text["reference_date_source"] != "html" and as_html["reference_date_source"] == "html"
    archive = tmp_path / "archive.txt"
    archive.write_text(RECORDS, encoding="utf-8")
    done = run_factcli("extract", archive, "--input-format", "jsonl", "--text-field", "body")
    assert [json.loads(line)["source"] for line in done.stdout.splitlines()] == [f"{archive}#1", f"{archive}#2"]
    assert "--input-format 'pdf': choose from text" in one_line_error(
        run_factcli("extract", page, "--input-format", "pdf"), 2)


def test_field_options_on_a_text_input_are_a_usage_error(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Mary Brennan spoke on Tuesday.", encoding="utf-8")
    message = one_line_error(run_factcli("extract", article, "--date-field", "published"), 2)
    assert "--date-field" in message and "records" in message
    one_line_error(run_factcli("extract", "-", "--id-field", "id", stdin="Plain text, not records.\n"), 2)


def test_endless_stdin_is_refused_as_soon_as_it_passes_the_limit():
    yes = subprocess.Popen(["yes"], stdout=subprocess.PIPE)
    started = time.monotonic()
    try:
        done = subprocess.run(FACTCLI + ["extract", "-"], stdin=yes.stdout, capture_output=True, text=True,
                              timeout=120)
    finally:
        yes.kill()
        yes.wait()
    assert "input is too large" in one_line_error(done, 1)
    assert time.monotonic() - started < 60


def test_piped_output_is_json_lines_for_one_article_too(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Mary Brennan, the leader of Selby District Council, spoke on Tuesday.", encoding="utf-8")
    for args in ([article], [article, "-o", tmp_path / "out"]):
        done = run_factcli("extract", *args)
        text = done.stdout if len(args) == 1 else (tmp_path / "out").read_text()
        assert done.returncode == 0 and len(text.splitlines()) == 1, done.stderr
        assert json.loads(text)["people"][0]["name"] == "Mary Brennan"
