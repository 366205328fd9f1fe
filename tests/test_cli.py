"""The command line, run as a user runs it."""

import json
import subprocess

from factcli.nlp.pipeline import PINNED
from tests.conftest import FACTCLI, SAMPLES, run_factcli


def test_json_output_has_the_documented_schema():
    done = run_factcli("extract", str(SAMPLES / "council-flooding.txt"), "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert set(data) >= {"source", "reference_date", "model", "people", "organisations", "counts", "dates",
                         "durations", "quotes"}
    assert set(data["model"]) == {"name", "version"}
    person = data["people"][0]
    assert set(person) == {"name", "aliases", "honorific", "mentions", "roles", "quotes"}
    assert set(data["dates"][0]) == {"text", "start", "end", "value"}
    assert set(data["quotes"][0]) == {"text", "start", "end", "kind", "speaker", "speaker_mention", "cue"}


def test_stdin_and_date_option():
    done = run_factcli("extract", "-", "--json", "--date", "2022-02-02", stdin="The minister resigned on Monday.\n")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["source"] == "<stdin>" and data["reference_date"] == "2022-02-02"
    assert data["dates"][0]["value"] == "2022-01-31"


def test_tables_fit_80_columns():
    done = subprocess.run(FACTCLI + ["extract", str(SAMPLES / "club-takeover.txt"), "-f", "table"], capture_output=True,
                          text=True, env={"COLUMNS": "80", "PATH": ""}, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "Peter Marsh" in done.stdout
    assert max(len(line) for line in done.stdout.splitlines()) <= 80


def test_bad_input_is_one_line_and_exit_1(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    for path in (str(tmp_path / "missing.txt"), str(empty)):
        done = run_factcli("extract", path)
        assert done.returncode == 1
        assert done.stderr.strip().count("\n") == 0 and "Traceback" not in done.stderr


def test_unknown_model_fails_cleanly():
    done = run_factcli("extract", str(SAMPLES / "club-takeover.txt"), "--model", "en_core_web_nonexistent")
    assert done.returncode == 2
    assert "not installed" in done.stderr and "Traceback" not in done.stderr


def test_bad_date_is_usage_error():
    done = run_factcli("extract", str(SAMPLES / "club-takeover.txt"), "--date", "yesterday")
    assert done.returncode == 2 and "YYYY-MM-DD" in done.stderr


def test_model_info_json():
    done = run_factcli("model", "--json")
    assert done.returncode == 0, done.stderr
    info = json.loads(done.stdout)
    assert info["name"] == "en_core_web_md" and info["version"] == "3.7.1" and info["license"] == "MIT"
    assert info["path"].endswith("en_core_web_md-3.7.1")
    assert {"PERSON", "ORG", "GPE", "NORP", "DATE", "CARDINAL"} <= set(info["entity_labels"])
    assert info["pinned"]["wheel_sha256"] == PINNED.wheel_sha256
    assert info["published_scores"]["ents_f"] > 0.8


def test_model_info_table():
    done = run_factcli("model")
    assert done.returncode == 0, done.stderr
    assert "en_core_web_md 3.7.1" in done.stdout and PINNED.files_sha256 in done.stdout
    light = run_factcli("model", "--model", "sm")
    assert light.returncode == 0 and "en_core_web_sm 3.8.0" in light.stdout


def test_usage_errors_are_one_line_with_where_to_look():
    import pytest

    for args, message in [(["extract", "--bogus", SAMPLES],
                           "error: No such option: --bogus (see 'factcli extract -h')"),
                          (["extract"], "error: Missing argument 'PATH'. (see 'factcli extract -h')"),
                          (["nope"], "error: No such command 'nope'. (see 'factcli -h')"),
                          (["extract", SAMPLES, "--only", "peoples"],
                           "error: --only: unknown kind 'peoples': choose from people, roles, organisations, "
                           "counts, dates, durations, quotes")]:
        done = run_factcli(*args)
        if done.returncode != 2 or done.stderr.strip() != message:
            pytest.fail(f"{args}: exit {done.returncode}, stderr {done.stderr!r}")


def test_completion_scripts_and_values():
    import os

    assert run_factcli("completion", "zsh").stdout.startswith("#compdef factcli")
    assert "complete --command factcli" in run_factcli("completion", "fish").stdout
    assert "complete -o default -F _factcli_completion factcli" in run_factcli("completion", "bash").stdout
    assert run_factcli("completion", "tcsh").returncode == 2

    def complete(words: str) -> list[str]:
        env = {**os.environ, "_FACTCLI_COMPLETE": "complete_bash", "COMP_WORDS": words,
               "COMP_CWORD": str(len(words.split(" ")) - 1)}
        return run_factcli(env=env).stdout.split()

    assert complete("factcli extract --format j") == ["json", "jsonl"]
    assert complete("factcli extract --only people,d") == ["people,dates", "people,durations"]
    assert complete("factcli extract --input-format c") == ["csv"]


def test_a_long_single_file_shows_progress_per_block_on_a_terminal(tmp_path):
    import os

    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt")))
    long = tmp_path / "long.txt"
    long.write_text("\n\n".join([text] * (120_000 // len(text) + 1)), encoding="utf-8")
    master, terminal = os.openpty()
    proc = subprocess.Popen(FACTCLI + ["extract", str(long), "-o", str(tmp_path / "out.json")],
                            stderr=terminal, stdout=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    os.close(terminal)
    seen = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # the terminal's other end closed
            break
        if not chunk:
            break
        seen += chunk
    assert proc.wait(timeout=300) == 0
    os.close(master)
    assert b"3/3" in seen and b"blocks" in seen
    quiet = subprocess.run(FACTCLI + ["extract", str(long), "-o", str(tmp_path / "out.json")],
                           capture_output=True, stdin=subprocess.DEVNULL)  # not a terminal: nothing
    assert quiet.returncode == 0 and quiet.stderr == b""
