"""Batch runs on Dask: a LocalCluster gives the same output as local workers, a killed
cluster worker loses nothing, and a missing or unreachable cluster is a one-line error.
The tests start their own clusters and close them."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import time

import pytest

from tests.conftest import FACTCLI, SAMPLES, read_to_end
from tests.conftest import run_factcli as _run_factcli


def run_factcli(*args, timeout=600):
    return _run_factcli(*args, timeout=timeout)

pytest.importorskip("distributed", reason="dask.distributed is not installed (pip install -e '.[dev]')")


def _folder(tmp_path, n):
    folder = tmp_path / "in"
    folder.mkdir()
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    for k in range(n):
        (folder / f"{k:03d}.txt").write_text(texts[k % len(texts)].replace("2024", str(1990 + k)),
                                             encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02")
    (folder / "empty.txt").write_text("")
    return folder



def test_local_cluster_output_equals_a_local_run(tmp_path):
    folder = _folder(tmp_path, 40)
    on_cluster = run_factcli("extract", folder, "--scheduler", "local", "--workers", "2", "--jsonl")
    local = run_factcli("extract", folder, "--workers", "2", "--jsonl")
    assert on_cluster.returncode == local.returncode == 1, on_cluster.stderr  # two bad files
    assert on_cluster.stdout == local.stdout  # byte for byte, in the same order
    assert "Traceback" not in on_cluster.stderr and on_cluster.stderr == local.stderr  # a line per failed file
    assert [line.split(": ")[0] for line in on_cluster.stderr.splitlines()] == ["failed"] * 2
    records = [json.loads(line) for line in on_cluster.stdout.splitlines()]
    assert len(records) == 42 and sum("error" in r for r in records) == 2


def test_a_killed_cluster_worker_loses_nothing(tmp_path):
    from distributed import Client, LocalCluster

    folder = _folder(tmp_path, 160)
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    try:
        with Client(cluster) as client:
            proc = subprocess.Popen(FACTCLI + ["extract", str(folder), "--scheduler", cluster.scheduler_address,
                                               "--jsonl"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                    text=True, stdin=subprocess.DEVNULL)
            first = proc.stdout.readline()
            pids = client.run(os.getpid)
            os.kill(next(iter(pids.values())), signal.SIGKILL)
            killed = time.monotonic()
            rest, stderr = read_to_end(proc, 300)
            assert time.monotonic() - killed < 120
    finally:
        cluster.close()
    assert "Traceback" not in stderr
    sources = [json.loads(line)["source"] for line in (first + rest).splitlines()]
    assert sorted(sources) == sorted(str(p) for p in folder.glob("*.txt"))  # every article exactly once


def test_missing_dask_and_unreachable_scheduler_are_one_line_errors(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("kept\n")
    done = run_factcli("extract", SAMPLES, "--scheduler", "tcp://127.0.0.1:9", "-o", out, timeout=120)
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "cannot reach the Dask scheduler" in done.stderr
    assert out.read_text() == "kept\n"  # the output is left as it was
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "distributed.py").write_text("raise ImportError('no dask here')\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(hook), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run(FACTCLI + ["extract", str(SAMPLES), "--scheduler", "local"], capture_output=True,
                          text=True, timeout=120, env=env, stdin=subprocess.DEVNULL)
    assert done.returncode == 2 and "pip install 'factcli[dask]'" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr


def test_file_urls_are_read_where_they_are_processed(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for p in SAMPLES.glob("*.txt"):
        shutil.copy(p, folder / p.name)
    by_url = run_factcli("extract", f"file://{folder}/", "--jsonl")
    by_path = run_factcli("extract", folder, "--jsonl")
    assert by_url.returncode == 0, by_url.stderr
    url_records = [json.loads(line) for line in by_url.stdout.splitlines()]
    path_records = [json.loads(line) for line in by_path.stdout.splitlines()]
    assert [r["source"] for r in url_records] == [f"file://{r['source']}" for r in path_records]
    assert [r["people"] for r in url_records] == [r["people"] for r in path_records]


def _one_line(done, code):
    assert done.returncode == code, done.stderr
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1, done.stderr
    return done.stderr


@pytest.mark.parametrize("address", ["garbage", "http://127.0.0.1:8786", "inproc://x"])
def test_a_scheduler_address_that_is_not_one_is_a_usage_error(address):
    assert "not a Dask scheduler address" in _one_line(run_factcli("extract", SAMPLES, "--scheduler", address), 2)


def _server(answer: bytes | None):
    """A TCP server on a free port that is not Dask: it answers `answer` and hangs up, or
    (None) says nothing and keeps every connection open."""
    import socket
    import threading

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen()
    held = []

    def serve():
        while True:
            try:
                conn, _ = sock.accept()
            except OSError:
                return
            if answer is None:
                held.append(conn)
            else:
                conn.sendall(answer)
                conn.close()

    threading.Thread(target=serve, daemon=True).start()
    return sock


@pytest.mark.parametrize("answer", [None, b"HTTP/1.1 200 OK\r\n\r\nhello"], ids=["silent", "web-server"])
def test_something_on_the_port_that_is_not_dask_is_a_one_line_error(answer):
    sock = _server(answer)
    try:
        started = time.monotonic()
        done = run_factcli("extract", SAMPLES, "--scheduler", f"tcp://127.0.0.1:{sock.getsockname()[1]}",
                           timeout=120)
        assert time.monotonic() - started < 60
    finally:
        sock.close()
    assert "cannot reach the Dask scheduler" in _one_line(done, 2)


def _spawn(*args):
    return subprocess.Popen([*args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            stdin=subprocess.DEVNULL, start_new_session=True)


def test_a_killed_scheduler_ends_the_run_with_one_line_and_resume_completes(tmp_path):
    import socket
    import sys

    folder = _folder(tmp_path, 200)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    address = f"tcp://127.0.0.1:{port}"
    dask = [sys.executable, "-m", "distributed.cli.dask_"]
    scheduler = _spawn(dask[0], dask[1], dask[2] + "scheduler", "--host", "127.0.0.1", "--port", str(port),
                       "--no-dashboard")
    worker = _spawn(dask[0], dask[1], dask[2] + "worker", address, "--nthreads", "1", "--no-dashboard")
    out = tmp_path / "out.jsonl"
    try:
        proc = subprocess.Popen(FACTCLI + ["extract", str(folder), "--scheduler", address, "-o", str(out), "-q"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + 240
        while (not out.exists() or not out.read_text()) and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
        scheduler.kill()
        killed = time.monotonic()
        _, stderr = read_to_end(proc, 120)
        assert time.monotonic() - killed < 30
    finally:
        for p in (scheduler, worker):
            os.killpg(p.pid, signal.SIGKILL)
            p.wait()
    assert proc.returncode == 1, stderr
    assert "Traceback" not in stderr and len(stderr.strip().splitlines()) == 1, stderr
    assert "lost the Dask scheduler" in stderr and "--resume" in stderr
    done = run_factcli("extract", folder, "-o", out, "--resume", "-q", "--workers", "1")
    sources = [json.loads(line)["source"] for line in out.read_text().splitlines()]
    assert sorted(sources) == sorted(str(p) for p in folder.glob("*.txt")), done.stderr  # each exactly once


def test_ctrl_c_under_a_local_cluster_is_one_line(tmp_path):
    folder = _folder(tmp_path, 200)
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(FACTCLI + ["extract", str(folder), "--scheduler", "local", "-w", "2", "-o", str(out)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL,
                            start_new_session=True,  # the group a terminal's Ctrl-C goes to
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 240
    while (not out.exists() or not out.read_text()) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)
    os.killpg(proc.pid, signal.SIGINT)
    _, stderr = read_to_end(proc, 60)
    assert proc.returncode == 130, stderr
    assert stderr.strip().splitlines() == [stderr.strip()] and stderr.startswith("stopped (Ctrl-C) after ")
