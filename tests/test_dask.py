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
