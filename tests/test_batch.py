"""Batch runs: every good file gets its line, every bad file an error record."""

import json
import subprocess

import pytest

from tests.conftest import FACTCLI, SAMPLES, run_factcli


def make_folder(tmp_path):
    folder = tmp_path / "articles"
    (folder / "nested").mkdir(parents=True)
    for sample in SAMPLES.glob("*.txt"):
        (folder / sample.name).write_text(sample.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "nested" / "short.md").write_text("Prime Minister Jane Hart spoke on Friday.\n")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02binary\x00")
    (folder / "empty.txt").write_text("")
    (folder / "latin1.txt").write_bytes("Caf\u00e9 owner Jos\u00e9 Garc\u00eda paid \u00a35.".encode("latin-1"))
    return folder


def test_folder_with_bad_files(tmp_path):
    folder = make_folder(tmp_path)
    done = subprocess.run(FACTCLI + ["extract", str(folder), "--jsonl", "--workers", "2", "--stats"],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 1
    records = [json.loads(line) for line in done.stdout.splitlines()]
    sources = [r["source"] for r in records]
    assert sources == sorted(sources)  # deterministic order
    by_name = {r["source"].rsplit("/", 1)[-1]: r for r in records}
    assert set(by_name) == {"binary.txt", "club-takeover.txt", "council-flooding.txt", "empty.txt",
                            "latin1.txt", "short.md"}
    for bad in ("binary.txt", "empty.txt", "latin1.txt"):
        assert "error" in by_name[bad]
    for good in ("club-takeover.txt", "council-flooding.txt", "short.md"):
        assert "error" not in by_name[good] and "people" in by_name[good]
    assert "6 articles" in done.stderr and "3 errors" in done.stderr


def test_resume_skips_done_files_and_repairs_a_cut_line(tmp_path):
    folder = make_folder(tmp_path)
    out = tmp_path / "facts.jsonl"
    first = subprocess.run(FACTCLI + ["extract", str(folder / "club-takeover.txt"), "--jsonl", "-o", str(out),
                                      "--workers", "1"], capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr
    with out.open("a") as f:
        f.write('{"source": "half-writ')  # an interrupted run
    again = subprocess.run(FACTCLI + ["extract", str(folder / "club-takeover.txt"), str(folder / "nested"),
                                      "--jsonl", "-o", str(out), "--resume", "--workers", "1"],
                           capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["source"].rsplit("/", 1)[-1] for r in records] == ["club-takeover.txt", "short.md"]


def test_datelines_and_file_names_win_over_the_date_option(tmp_path):
    folder = tmp_path / "dated"
    folder.mkdir()
    (folder / "a.txt").write_text("Friday, January 4, 2019\n\nThe council met on Wednesday.\n")
    (folder / "2020-05-06-b.txt").write_text("The council met on Wednesday.\n")
    (folder / "c.txt").write_text("The council met on Wednesday.\n")
    done = subprocess.run(FACTCLI + ["extract", str(folder), "--jsonl", "--date", "2021-03-04"],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    refs = {json.loads(line)["source"].rsplit("/", 1)[-1]: (json.loads(line)["reference_date"],
                                                            json.loads(line)["reference_date_source"])
            for line in done.stdout.splitlines()}
    assert refs == {"a.txt": ("2019-01-04", "dateline"), "2020-05-06-b.txt": ("2020-05-06", "filename"),
                    "c.txt": ("2021-03-04", "option")}


def test_a_batch_loads_the_pipeline_once_per_process(tmp_path, monkeypatch):
    """--workers 1 runs in this process: the model is checked without loading it, then
    loaded once, where the articles are processed (it was loaded twice)."""
    import spacy
    from typer.testing import CliRunner

    from factcli.cli.main import app
    from factcli.run import workers

    loads = []
    real = spacy.load
    monkeypatch.setattr(spacy, "load", lambda *a, **k: loads.append(a) or real(*a, **k))
    monkeypatch.setattr(workers, "_worker", {})
    for k in range(3):
        (tmp_path / f"{k}.txt").write_text(f"Item {k}. Sadiq Khan, the Mayor of London, spoke.", encoding="utf-8")
    done = CliRunner().invoke(app, ["extract", str(tmp_path), "-w", "1", "-q", "-o", str(tmp_path / "out.jsonl")])
    assert done.exit_code == 0, done.output
    assert len(loads) == 1 and len((tmp_path / "out.jsonl").read_text().splitlines()) == 3


def test_a_batch_in_process_leaves_the_callers_signal_handlers_as_they_were(tmp_path):
    """The command ignores signals once a batch's outcome is decided; a caller in-process
    (a test runner, a notebook) gets its own Ctrl-C and SIGTERM back (the test run's
    children inherited an ignored SIGINT, so later Ctrl-C tests passed only by luck)."""
    import signal

    from typer.testing import CliRunner

    from factcli.cli.main import app

    (tmp_path / "a.txt").write_text("Sadiq Khan, the Mayor of London, spoke.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Cressida Dick spoke on Monday.", encoding="utf-8")
    before = signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)
    done = CliRunner().invoke(app, ["extract", str(tmp_path), "-w", "1", "-q", "-o", str(tmp_path / "out.jsonl")])
    assert done.exit_code == 0, done.output
    assert (signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)) == before
    assert before[0] is not signal.SIG_IGN


@pytest.mark.parametrize("model", ["rich", "numpy"])
def test_an_installed_package_that_is_not_a_pipeline_is_refused(tmp_path, model):
    (tmp_path / "a.txt").write_text("Sadiq Khan spoke.", encoding="utf-8")
    for args in ([tmp_path / "a.txt"], [tmp_path, "-o", tmp_path / "out.jsonl"]):
        done = run_factcli("extract", *args, "--model", model)
        assert done.returncode == 2 and "Traceback" not in done.stderr
        assert done.stderr.strip() == f"error: {model!r} is an installed package but not a spaCy pipeline"
    assert not (tmp_path / "out.jsonl").exists()  # a run that never started leaves no file


def test_a_pipeline_folder_with_a_broken_config_is_one_line(tmp_path):
    folder = tmp_path / "pipeline"
    folder.mkdir()
    (folder / "meta.json").write_text('{"lang": "en", "name": "broken", "version": "0.0.1"}')
    (folder / "config.cfg").write_text("[nlp\nlang = en\n")
    article = tmp_path / "a.txt"
    article.write_text("Mr Jones spoke on Monday.\n")
    for args in ([article], [article, article, "-w", "2"]):
        done = run_factcli("extract", *args, "--model", folder)
        assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
        assert done.stderr.startswith(f"error: cannot load spaCy pipeline '{folder}'")
        assert len(done.stderr.strip().splitlines()) == 1, done.stderr
