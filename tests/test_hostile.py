"""Hostile inputs and destinations, built at test time: special files, odd names, a late
NUL, a byte-order mark, unwritable outputs. Each gives a one-line error (or an error
record in a batch) and a documented exit code, never a traceback or a hang."""

import contextlib
import json
import os
import subprocess
import sys
import time

import pytest

from tests.conftest import FACTCLI, SAMPLES, article_folder, read_to_end, run_factcli

ARTICLE = (SAMPLES / "club-takeover.txt").read_text(encoding="utf-8")




def one_line_error(done, code):
    assert done.returncode == code, done.stderr
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    return done.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_special_files_are_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert "not a regular file" in one_line_error(run_factcli("extract", str(fifo), timeout=60), 1)
    assert "not a regular file" in one_line_error(run_factcli("extract", "/dev/zero", timeout=60), 1)


def test_broken_links_and_loops_are_named(tmp_path):
    (tmp_path / "broken.txt").symlink_to(tmp_path / "gone.txt")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    assert "broken symbolic link" in one_line_error(run_factcli("extract", str(tmp_path / "broken.txt")), 1)
    assert "symbolic link loop" in one_line_error(run_factcli("extract", str(tmp_path / "loop.txt")), 1)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_folder_with_special_files_gives_a_record_for_each(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    (folder / "broken.txt").symlink_to(folder / "gone.txt")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    done = run_factcli("extract", str(folder), "--jsonl", "--workers", "2", timeout=300)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    records = {json.loads(line)["source"].rsplit("/", 1)[-1]: json.loads(line) for line in done.stdout.splitlines()}
    assert set(records) == {"good.txt", "pipe.txt", "broken.txt", "loop.txt"}
    assert "people" in records["good.txt"]
    assert all("error" in records[n] for n in ("pipe.txt", "broken.txt", "loop.txt"))


def test_a_nul_byte_late_in_a_file_is_noticed(tmp_path):
    path = tmp_path / "late.txt"
    path.write_bytes(ARTICLE.encode() * 10 + b"\x00tail")
    assert "binary" in one_line_error(run_factcli("extract", str(path)), 1)


def test_a_byte_order_mark_does_not_hide_the_dateline(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffMonday, March 4, 2019\n\n".encode() + ARTICLE.encode())
    done = run_factcli("extract", str(path), "--json")
    assert done.returncode == 0, done.stderr
    facts = json.loads(done.stdout)
    assert facts["reference_date"] == "2019-03-04" and facts["reference_date_source"] == "dateline"
    text = path.read_text(encoding="utf-8-sig")
    assert all(text[d["start"]:d["end"]] == d["text"] for d in facts["dates"])


def test_brackets_in_a_path_are_text_not_markup(tmp_path):
    missing = tmp_path / "[bold]notes[/] [x].txt"
    assert "[bold]notes[/] [x].txt: no such file" in one_line_error(run_factcli("extract", str(missing)), 1)


def test_unusable_destinations_fail_before_any_work(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    message = one_line_error(run_factcli("extract", str(article), "-o", str(tmp_path / "no" / "such" / "out.json")), 2)
    assert "does not exist" in message
    assert "is a directory" in one_line_error(run_factcli("extract", str(article), "-o", str(tmp_path)), 2)
    if os.geteuid() != 0:  # root may write anywhere
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        assert "not writable" in one_line_error(run_factcli("extract", str(article), "-o", str(locked / "o.json")), 2)


def test_a_name_too_long_for_the_system_is_one_line(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    long = "x" * 300
    assert "name too long" in one_line_error(run_factcli("extract", tmp_path / f"{long}.txt"), 1)
    assert "name too long" in one_line_error(run_factcli("extract", article, "-o", tmp_path / f"{long}.jsonl"), 2)
    assert "name too long" in one_line_error(run_factcli("extract", article, "-o", tmp_path / long / "o.jsonl"), 2)
    batch = run_factcli("extract", article, tmp_path / f"{long}.csv", "-f", "jsonl")
    assert batch.returncode == 1 and "Traceback" not in batch.stderr
    assert [json.loads(line).get("error", "")[:20] for line in batch.stdout.splitlines()] == [
        "", "cannot read (File na"]


def make_batch(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "empty.txt").write_text("")
    return folder


def test_resume_retries_errors_once_and_knows_a_folder_by_any_name(tmp_path, monkeypatch):
    folder = make_batch(tmp_path)
    out = tmp_path / "facts.jsonl"
    assert run_factcli("extract", str(folder), "--jsonl", "-o", str(out), "-q").returncode == 1
    with out.open("a") as f:
        f.write("not json\n")
    monkeypatch.chdir(tmp_path)
    for _ in range(2):  # the same folder, now by a relative path
        done = run_factcli("extract", "in", "--jsonl", "-o", str(out), "--resume")
        assert done.returncode == 1 and "Traceback" not in done.stderr
    records = [json.loads(line) for line in out.read_text().splitlines()]
    names = sorted(r["source"].rsplit("/", 1)[-1] for r in records)
    assert names == ["empty.txt", "good.txt"]  # one record each: no repeated error, no second good copy


def test_resume_refuses_a_json_array(tmp_path):
    folder = make_batch(tmp_path)
    done = run_factcli("extract", str(folder), "--json", "-o", str(tmp_path / "o.json"), "--resume")
    assert "needs a line format (jsonl" in one_line_error(done, 2)


def test_factcli_does_not_read_its_own_output(tmp_path):
    folder = make_batch(tmp_path)
    out = folder / "out.txt"
    with out.open("w") as stdout:
        done = subprocess.run(FACTCLI + ["extract", str(folder), "--jsonl"], stdout=stdout, stderr=subprocess.PIPE,
                              text=True, timeout=300, stdin=subprocess.DEVNULL)
    assert "own output" in done.stderr
    names = sorted(json.loads(line)["source"].rsplit("/", 1)[-1] for line in out.read_text().splitlines())
    assert names == ["empty.txt", "good.txt"]


def test_stdin_beside_files_with_several_workers(tmp_path):
    folder = make_batch(tmp_path)
    done = subprocess.run(FACTCLI + ["extract", "-", str(folder / "good.txt"), "--jsonl", "--workers", "2"],
                          input=ARTICLE, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["source"] for r in records][0] == "<stdin>" and all("people" in r for r in records)


def test_odd_bytes_in_a_file_name_give_valid_utf8(tmp_path):
    folder = make_batch(tmp_path)
    odd = os.fsencode(str(folder)) + b"/caf\xe9.txt"
    with open(odd, "wb") as f:
        f.write(ARTICLE.encode())
    out = tmp_path / "o.jsonl"
    done = run_factcli("extract", str(folder), "--jsonl", "-o", str(out))
    assert "Traceback" not in done.stderr
    names = sorted(json.loads(line)["source"].rsplit("/", 1)[-1] for line in out.read_bytes().decode().splitlines())
    assert names == ["caf\\xe9.txt", "empty.txt", "good.txt"]


def _workers_of(pid: int) -> list[int]:
    """Worker processes of a factcli run (its children running factcli.run.pool's worker_main)."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            with open(f"/proc/{entry}/cmdline", "rb") as f:
                cmdline = f.read()
        except OSError:
            continue
        if ppid == pid and b"worker_main" in cmdline:
            found.append(int(entry))
    return found


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="needs /proc to find the worker processes")
def test_a_killed_worker_loses_nothing_and_the_run_ends(tmp_path):
    import signal
    import time

    folder = article_folder(tmp_path, 96, "Item {k}.\n\n" + ARTICLE)
    proc = subprocess.Popen(FACTCLI + ["extract", str(folder), "--jsonl", "--workers", "2"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL)
    first = proc.stdout.readline()
    workers = _workers_of(proc.pid)
    assert first and workers, "no output or no worker to kill"
    os.kill(workers[0], signal.SIGKILL)
    killed_at = time.monotonic()
    rest, stderr = read_to_end(proc, 120)
    assert time.monotonic() - killed_at < 60
    assert "Traceback" not in stderr
    lines = (first + rest).splitlines()
    assert all(line.startswith("{") for line in lines), [line for line in lines if not line.startswith("{")][:3]
    sources = [json.loads(line)["source"] for line in lines]
    assert sorted(sources) == sorted(str(p) for p in folder.glob("*.txt"))  # each article exactly once


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="needs /proc to find the worker processes")
def test_workers_leave_at_once_when_their_parent_is_gone(tmp_path):
    """A parent that dies (here SIGKILL; a Ctrl-C landing while it starts a worker leaves the
    same orphan) takes its workers with it at once, even while they still import: none holds
    the caller's stderr open or runs on."""
    import signal
    import time

    folder = article_folder(tmp_path, 48, ARTICLE)
    proc = subprocess.Popen(FACTCLI + ["extract", str(folder), "-o", str(tmp_path / "out.jsonl"), "-w", "2", "-q"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not (workers := _workers_of(proc.pid)) and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.02)
    assert workers, "no worker started"
    time.sleep(0.3)  # (they are importing factcli and spaCy now)
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=2)  # stderr ends when the last worker has left (it took 2-4 s while they imported)
    time.sleep(0.5)
    assert not [w for w in workers if os.path.exists(f"/proc/{w}") and b"worker_main" in _cmdline(w)]


def _cmdline(pid: int) -> bytes:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return f.read()
    except OSError:
        return b""


MEMORY_BOMB = '''
import os
import factcli.run.articles as batch
real = batch.pipe_texts
def pipe_texts(nlp, texts, *a, **k):
    texts = list(texts)
    if os.environ.get("FACTCLI_WORKER") and any("MEMORY-BOMB" in t for t in texts):
        raise MemoryError("simulated")  # only in factcli's worker processes
    return real(nlp, texts, *a, **k)
batch.pipe_texts = pipe_texts
'''


def test_a_worker_memory_error_costs_only_its_article(tmp_path):
    folder = article_folder(tmp_path, 40, ARTICLE)
    (folder / "017.txt").write_text("MEMORY-BOMB\n\n" + ARTICLE, encoding="utf-8")
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(MEMORY_BOMB)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(hook), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run(FACTCLI + ["extract", str(folder), "--jsonl", "--workers", "2"], capture_output=True,
                          text=True, timeout=300, env=env, stdin=subprocess.DEVNULL)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    records = {json.loads(line)["source"].rsplit("/", 1)[-1]: json.loads(line) for line in done.stdout.splitlines()}
    assert len(records) == 40
    assert "MemoryError" in records["017.txt"]["error"]
    assert all("people" in r for name, r in records.items() if name != "017.txt")


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="needs /proc to find the worker processes")
def test_workers_leave_quietly_when_the_main_process_is_killed(tmp_path):
    import signal
    import time

    folder = article_folder(tmp_path, 96, ARTICLE)
    err = tmp_path / "stderr.txt"
    with err.open("w") as stderr:
        proc = subprocess.Popen(FACTCLI + ["extract", str(folder), "--jsonl", "--workers", "2"],
                                stdout=subprocess.PIPE, stderr=stderr, text=True, stdin=subprocess.DEVNULL)
        assert proc.stdout.readline()
        workers = _workers_of(proc.pid)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and any(os.path.exists(f"/proc/{w}") for w in workers):
            time.sleep(0.2)
    assert workers and not any(os.path.exists(f"/proc/{w}") for w in workers)
    assert "Traceback" not in err.read_text()


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full to stand for a full disk")
def test_a_full_destination_stops_cleanly(tmp_path):
    folder = make_batch(tmp_path)
    message = one_line_error(run_factcli("extract", str(folder), "--jsonl", "-o", "/dev/full"), 3)
    assert "failed after 0 records" in message and "--resume" in message
    with open("/dev/full", "w") as full:
        for args in (["extract", str(folder / "good.txt"), "--json"], ["extract", str(folder), "--jsonl"]):
            done = subprocess.run(FACTCLI + args, stdout=full, stderr=subprocess.PIPE, text=True, timeout=300,
                                  stdin=subprocess.DEVNULL)
            assert "writing to stdout failed" in one_line_error(done, 3)


def test_a_reader_that_goes_away_is_not_an_error(tmp_path):
    folder = make_batch(tmp_path)
    for args in (["extract", str(folder / "good.txt"), "--json"], ["extract", str(folder), "--jsonl", "-q"]):
        proc = subprocess.Popen(FACTCLI + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                stdin=subprocess.DEVNULL)
        proc.stdout.read(5)
        proc.stdout.close()  # as "| head -c 5" does
        stderr = proc.stderr.read().decode()
        assert proc.wait(timeout=300) in (0, 1) and "Traceback" not in stderr and "Error" not in stderr


def test_sigterm_stops_the_run_cleanly(tmp_path):
    import signal

    folder = article_folder(tmp_path, 96, ARTICLE)
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(FACTCLI + ["extract", str(folder), "--jsonl", "--workers", "2", "-o", str(out)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not (out.exists() and out.read_text().count("\n") >= 1):
        time.sleep(0.1)
    proc.send_signal(signal.SIGTERM)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 143
    assert stderr.strip().startswith("stopped (SIGTERM) after") and len(stderr.strip().splitlines()) == 1, stderr
    lines = out.read_text().splitlines()
    assert lines and all(json.loads(line)["source"] for line in lines)  # whole lines only
    assert f"after {len(lines)} record" in stderr  # the count said is the count written
    again = subprocess.run(FACTCLI + ["extract", str(folder), "--jsonl", "-o", str(out), "--resume"],
                           capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)
    assert again.returncode == 0
    sources = [json.loads(line)["source"] for line in out.read_text().splitlines()]
    assert sorted(sources) == sorted(str(p) for p in folder.glob("*.txt"))


def test_unicode_line_separators_do_not_split_a_record(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a\u2028b.txt").write_text(ARTICLE.replace(". ", ".\u2029 ", 1) + "\x85", encoding="utf-8")
    (folder / "c.txt").write_text(ARTICLE, encoding="utf-8")
    done = subprocess.run(FACTCLI + ["extract", str(folder), "--jsonl"], capture_output=True, text=True,
                          timeout=300, stdin=subprocess.DEVNULL)
    lines = done.stdout.splitlines()  # str.splitlines() breaks at U+2028, U+2029 and U+0085
    assert len(lines) == 2 and json.loads(lines[0])["source"].endswith("a\u2028b.txt")


def test_sigterm_ends_a_run_whose_reader_has_stalled(tmp_path):
    import signal

    folder = article_folder(tmp_path, 160, ARTICLE)
    proc = subprocess.Popen(FACTCLI + ["extract", str(folder), "--jsonl", "--workers", "2"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    assert proc.stdout.readline()
    time.sleep(5)  # nobody reads: the pipe fills and factcli blocks in write()
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 143


def _as_a_terminal_starts_it() -> None:
    """A child's Ctrl-C as a terminal's foreground command has it, whatever this test
    process inherited (a runner started with "&" or nohup ignores SIGINT)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _ended_within(proc, seconds: float, what: str) -> str:
    """The stderr of a process (in a session of its own) that must end within `seconds` of
    `what`; it is killed, and the test fails, when it does not."""
    import signal

    try:
        _, stderr = proc.communicate(timeout=seconds)
    except subprocess.TimeoutExpired:
        exited = proc.poll()  # (None: the process itself hangs; else what holds its stderr outlived it)
        workers = _workers_of(proc.pid) if os.path.isdir("/proc") else []
        if exited is None:  # with PYTHONFAULTHANDLER set, SIGABRT dumps where it is stuck to stderr
            with contextlib.suppress(OSError):
                os.kill(proc.pid, signal.SIGABRT)
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(5)
        with contextlib.suppress(OSError):  # (gone already: the SIGABRT ended it)
            os.killpg(proc.pid, signal.SIGKILL)
        for w in workers:
            with contextlib.suppress(OSError):
                os.kill(w, signal.SIGKILL)
        _, stderr = proc.communicate()
        pytest.fail(f"still running {seconds} s after {what} (exit status {exited}, workers {workers}); "
                    f"stderr: {stderr[-3000:]!r}")
    return stderr


def test_a_ctrl_c_while_the_cli_starts_cannot_be_swallowed():
    """Before a run has anything to unwind, Ctrl-C ends the process on the spot: a
    library's bare except (spaCy's is_package had one) cannot make the run go on."""
    code = ("import os, signal, sys\n"
            "from factcli.cli.interrupt import stop_at_once\n"
            "stop_at_once()\n"
            "try:\n"
            "    os.kill(os.getpid(), signal.SIGINT)\n"
            "    sum(i for i in range(10**6))\n"
            "except:  # noqa: E722\n"
            "    pass\n"
            "print('went on')\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          preexec_fn=_as_a_terminal_starts_it)
    assert (done.returncode, done.stdout, done.stderr) == (130, "", "stopped (Ctrl-C)\n")


def test_ctrl_c_at_any_moment_ends_at_once_and_resume_completes(tmp_path):
    """A smaller `make stress`: SIGINT to the whole process group (a terminal's Ctrl-C) of a
    2-worker batch before the pool, while workers start, mid-group and near the end."""
    import signal

    folder = article_folder(tmp_path, 48, ARTICLE)
    expected = sorted(str(p) for p in folder.glob("*.txt"))
    for n, delay in enumerate((0.3, 1.5, 3.0, 4.5, 6.0, 8.0)):
        out = tmp_path / f"out{n}.jsonl"
        proc = subprocess.Popen(FACTCLI + ["extract", str(folder), "-o", str(out), "-w", "2", "-q"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                                stdin=subprocess.DEVNULL, start_new_session=True, preexec_fn=_as_a_terminal_starts_it,
                                env={**os.environ, "PYTHONFAULTHANDLER": "1"})  # (see _ended_within)
        time.sleep(delay)
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGINT)
            stderr = _ended_within(proc, 5, f"SIGINT at {delay} s")
            assert proc.returncode in ((130,) if delay <= 1.5 else (0, 130)), (delay, proc.returncode)  # (0: done)
            assert "Traceback" not in stderr, stderr
        again = run_factcli("extract", str(folder), "-o", str(out), "-w", "2", "-q", "--resume")
        assert again.returncode == 0 and "Traceback" not in again.stderr, again.stderr
        sources = [json.loads(line)["source"] for line in out.read_text().splitlines()]
        assert sorted(sources) == expected, delay  # every article exactly once


def test_the_readme_python_example_runs_as_a_script_and_piped(tmp_path):
    """The README's Python block, as written, in a .py file and on `python -`: worker
    processes must not re-run the calling script (no __main__ guard needed)."""
    import re
    import sys

    from tests.conftest import ROOT

    block = re.search(r"```python\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S).group(1)
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "x").mkdir()
    article_folder(tmp_path / "x", 5, ARTICLE).rename(tmp_path / "articles")
    script = tmp_path / "example.py"
    script.write_text(block, encoding="utf-8")
    for args, stdin in (([str(script)], None), (["-"], block)):
        done = subprocess.run([sys.executable, *args], input=stdin, capture_output=True, text=True, timeout=300,
                              cwd=tmp_path)
        assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr[-2000:]
        assert done.stdout.count("Error") == 0 and "organisation" in done.stdout, done.stdout


def test_resume_in_another_format_is_refused_and_the_file_kept(tmp_path):
    folder = article_folder(tmp_path, 3, ARTICLE)
    out = tmp_path / "facts.csv"
    assert run_factcli("extract", folder, "-f", "csv", "-o", out).returncode == 0
    before = out.read_bytes()
    for fmt in ("jsonl", "flat-jsonl", "tsv"):
        message = one_line_error(run_factcli("extract", folder, "-f", fmt, "-o", out, "--resume"), 2)
        assert "holds no" in message and "-f csv" in message, message
    assert out.read_bytes() == before


def test_a_records_file_cannot_be_its_own_output(tmp_path):
    records = tmp_path / "archive.jsonl"
    records.write_text(json.dumps({"text": ARTICLE}) + "\n", encoding="utf-8")
    before = records.read_bytes()
    assert "is also an input" in one_line_error(run_factcli("extract", records, "-o", records), 2)
    assert records.read_bytes() == before


def test_a_second_run_on_the_same_output_is_refused(tmp_path):
    import fcntl

    folder = article_folder(tmp_path, 2, ARTICLE)
    out = tmp_path / "out.jsonl"
    out.write_text("", encoding="utf-8")
    with open(out, "a") as held:  # as a running factcli holds it
        fcntl.flock(held, fcntl.LOCK_EX)
        for extra in ([], ["--resume"]):
            message = one_line_error(run_factcli("extract", folder, "-o", out, *extra), 2)
            assert "another factcli run is writing to it" in message
    assert run_factcli("extract", folder, "-o", out).returncode == 0 and len(out.read_text().splitlines()) == 2


def test_repeated_record_ids_stay_apart_on_resume(tmp_path):
    records = tmp_path / "archive.jsonl"
    records.write_text("".join(json.dumps({"id": "x", "text": ARTICLE.replace("Marsh", name)}) + "\n"
                               for name in ("Marsh", "Hall", "Lee")), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    first = run_factcli("extract", records, "--id-field", "id", "-o", out)
    sources = [json.loads(line)["source"] for line in out.read_text().splitlines()]
    assert first.returncode == 0 and sources == [f"{records}#x", f"{records}#x#2", f"{records}#x#3"]
    lines = out.read_text().splitlines(keepends=True)
    out.write_text(lines[0] + lines[2], encoding="utf-8")  # the second record is missing
    again = run_factcli("extract", records, "--id-field", "id", "-o", out, "--resume")
    assert again.returncode == 0
    assert sorted(json.loads(line)["source"] for line in out.read_text().splitlines()) == sorted(sources)


def test_a_signal_during_the_resume_rewrite_loses_nothing(tmp_path, monkeypatch):
    """The cut-back file is written beside the output and renamed over it: an interrupt
    while it is written leaves the old file whole (and no temporary file)."""
    from factcli.outputs import resume

    out = tmp_path / "out.jsonl"
    good = "".join(json.dumps({"source": f"/a/{k}.txt", "people": []}) + "\n" for k in range(1000))
    out.write_text(good + '{"source": "/a/cut', encoding="utf-8")
    real_write = os.write

    def interrupted(fd, data):
        real_write(fd, data[: len(data) // 2])
        raise KeyboardInterrupt

    monkeypatch.setattr(resume.os, "write", interrupted)
    fd = resume.claim(out)
    with pytest.raises(KeyboardInterrupt):
        resume.done_sources(out, "jsonl", fd)
    os.close(fd)
    assert out.read_text(encoding="utf-8").startswith(good) and sorted(os.listdir(tmp_path)) == ["out.jsonl"]
    monkeypatch.undo()
    fd = resume.claim(out)
    done, _, fd = resume.done_sources(out, "jsonl", fd)
    os.close(fd)
    assert len(done) == 1000 and out.read_text(encoding="utf-8") == good


def test_a_second_run_replaces_the_output_and_failures_are_said_on_stderr(tmp_path):
    folder = article_folder(tmp_path, 2, ARTICLE)
    (folder / "bin.txt").write_bytes(b"\x00\x01binary")
    out = tmp_path / "out.jsonl"
    first = run_factcli("extract", folder, "-o", out)
    written = out.read_bytes()
    second = run_factcli("extract", folder, "-o", out)
    assert out.read_bytes() == written and b"\x00" not in written  # replaced, not written after a hole
    for done in (first, second):
        assert done.returncode == 1 and done.stderr.strip() == (
            f"failed: {folder / 'bin.txt'}: looks like a binary file, not text (it holds a NUL byte)")
    error = json.loads(written.decode().splitlines()[-1])  # (000.txt, 001.txt, bin.txt)
    assert error == {"source": str(folder / "bin.txt"),
                     "error": "looks like a binary file, not text (it holds a NUL byte)"}  # the source once
    assert run_factcli("extract", folder, "-o", out, "-q").stderr == ""


def test_a_folder_walk_does_not_follow_a_link_out_of_the_folder(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "README.txt").write_text("How this folder was made.", encoding="utf-8")
    secret = tmp_path / "secret.txt"
    secret.write_text("Mr Hidden Person, the password is swordfish.", encoding="utf-8")
    (folder / "passwd.txt").symlink_to(secret)
    done = run_factcli("extract", folder, "--include-text", "-f", "jsonl", "--exclude", "README*")
    assert done.returncode == 0, done.stderr
    assert [json.loads(line)["source"] for line in done.stdout.splitlines()] == [str(folder / "good.txt")]
    assert "swordfish" not in done.stdout
    assert done.stderr == (f"note: skipping {folder / 'passwd.txt'}: a link to a file outside the folder "
                           "(--follow-links reads it)\n")
    followed = run_factcli("extract", folder, "-f", "jsonl", "--follow-links", "-g", "*.txt", "-g", "!README*", "-q")
    assert [json.loads(line)["source"] for line in followed.stdout.splitlines()] == [
        str(folder / "good.txt"), str(folder / "passwd.txt")]


def test_csv_resume_reads_back_a_field_longer_than_the_csv_module_allows(tmp_path):
    records = tmp_path / "archive.jsonl"
    long_id = "x" * 150_000
    records.write_text(json.dumps({"id": long_id, "text": ARTICLE}) + "\n"
                       + json.dumps({"id": "short", "text": ARTICLE}) + "\n", encoding="utf-8")
    out = tmp_path / "facts.csv"
    first = run_factcli("extract", records, "--id-field", "id", "-f", "csv", "-o", out, "-w", "1")
    assert first.returncode == 0, first.stderr
    written = out.read_text(encoding="utf-8")
    again = run_factcli("extract", records, "--id-field", "id", "-f", "csv", "-o", out, "--resume", "-w", "1")
    assert again.returncode == 0 and "Traceback" not in again.stderr, again.stderr
    assert out.read_text(encoding="utf-8").count(long_id) == written.count(long_id) > 0


@pytest.mark.parametrize("signame", ["SIGINT", "SIGTERM"])
def test_a_second_signal_during_the_stop_still_ends_the_run_at_once(tmp_path, signame):
    """Ctrl-C twice (or SIGTERM twice) used to hang 5 runs in 6, or end in an atexit traceback."""
    import signal

    signum = getattr(signal, signame)
    folder = article_folder(tmp_path, 128, ARTICLE)  # (time for the signals to land mid-run)
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(FACTCLI + ["extract", str(folder), "-o", str(out), "-w", "2", "-q"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL,
                            start_new_session=True, preexec_fn=_as_a_terminal_starts_it)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None and not (out.exists() and out.read_text()):
        time.sleep(0.05)
    for _ in range(2):
        os.killpg(proc.pid, signum) if signum == signal.SIGINT else proc.send_signal(signum)
        time.sleep(0.05)
    stderr = _ended_within(proc, 5, f"two {signame}s")
    if proc.returncode == 0:  # the run had finished: a signal after the last record changes nothing
        assert out.read_text().count("\n") == 128, stderr
    else:
        assert proc.returncode == 128 + signum, stderr
    assert "Traceback" not in stderr and len(stderr.strip().splitlines()) <= 1, stderr
    again = run_factcli("extract", str(folder), "-o", str(out), "-w", "2", "-q", "--resume")
    assert again.returncode == 0, again.stderr
    sources = [json.loads(line)["source"] for line in out.read_text().splitlines()]
    assert sorted(sources) == sorted(str(p) for p in folder.glob("*.txt"))
