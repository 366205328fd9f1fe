"""Stopping, measured (not a test): Ctrl-C at random moments of a 2-worker batch, and a reader
that goes away.

    python scripts/stress.py ../shared/corpus/bbc/business [--trials 50] [--articles 100] [--seed N]

Each trial starts `factcli extract FOLDER -o OUT -f jsonl|csv -w 2 -q` in a session of its
own, sends SIGINT to the whole process group (as a terminal's Ctrl-C does) at a random
moment, and measures the time from the signal to exit; a run still alive 5 s after the
signal is a hang (it is killed). Then `--resume` finishes the run, and the output must hold
every article exactly once: the same rows as an uninterrupted run. Also measured: the time
from `head -3` closing the pipe to factcli's exit. Prints one line per trial and a summary.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FACTCLI = [sys.executable, "-m", "factcli"]
HANG = 5.0  # seconds after the signal


def _rows(path: Path, fmt: str) -> list[str]:
    """The output's records as comparable strings, in any order."""
    text = path.read_text(encoding="utf-8")
    if fmt == "csv":
        return sorted("\x1f".join(row) for row in csv.reader(io.StringIO(text)))  # a second header differs
    return sorted(json.dumps(json.loads(line), sort_keys=True) for line in text.splitlines())


def _run(folder: Path, out: Path, fmt: str, *extra: str) -> subprocess.Popen:
    return subprocess.Popen(FACTCLI + ["extract", str(folder), "-o", str(out), "-f", fmt, "-w", "2", "-q", *extra],
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True, text=True)


def _trial(folder: Path, out: Path, fmt: str, delay: float) -> dict:
    out.unlink(missing_ok=True)
    proc = _run(folder, out, fmt)
    time.sleep(delay)
    sent = time.monotonic()
    ended_early = proc.poll() is not None
    if not ended_early:
        os.killpg(proc.pid, signal.SIGINT)
    try:
        _, stderr = proc.communicate(timeout=HANG)
        took, hang = time.monotonic() - sent, False
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        _, stderr = proc.communicate()
        took, hang = HANG, True
    written = len(out.read_text(encoding="utf-8").splitlines()) if out.exists() else 0
    again = _run(folder, out, fmt, "--resume")
    _, stderr2 = again.communicate(timeout=600)
    return dict(fmt=fmt, delay=delay, took=took, hang=hang, early=ended_early, code=proc.returncode,
                written=written, traceback="Traceback" in stderr + stderr2, stderr=stderr.strip()[-300:],
                resumed=again.returncode)


def _head_close(folder: Path) -> float:
    """Seconds from `head -3` exiting to factcli's exit."""
    proc = subprocess.Popen(FACTCLI + ["extract", str(folder), "-f", "csv", "-w", "2", "-q"],
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    head = subprocess.run(["head", "-3"], stdin=proc.stdout, capture_output=True)
    closed = time.monotonic()
    proc.stdout.close()
    assert head.stdout.count(b"\n") == 3
    try:
        proc.wait(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    return time.monotonic() - closed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--trials", type=int, default=50)
    ap.add_argument("--articles", type=int, default=100)
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--max-delay", type=float, default=12.0)
    args = ap.parse_args()
    # a script started in the background ("&", nohup) has SIGINT ignored, and its children
    # would inherit that and rightly ignore the Ctrl-C under test
    signal.signal(signal.SIGINT, signal.default_int_handler)
    seed = args.seed if args.seed is not None else random.randrange(10**6)
    rng = random.Random(seed)
    work = Path(tempfile.mkdtemp(prefix="factcli-stress-"))
    try:
        folder = work / "in"
        folder.mkdir()
        for p in sorted(args.folder.rglob("*.txt"))[: args.articles]:
            shutil.copy(p, folder / f"{len(list(folder.iterdir())):04d}.txt")
        expected = {}
        for fmt in ("jsonl", "csv"):
            ref = work / f"ref.{fmt}"
            _run(folder, ref, fmt).communicate(timeout=600)
            expected[fmt] = _rows(ref, fmt)
        print(f"seed {seed}; {args.articles} articles; SIGINT to the process group after 0.3-{args.max_delay} s")
        results = []
        for n in range(args.trials):
            fmt = ("jsonl", "csv")[n % 2]
            r = _trial(folder, work / f"out.{fmt}", fmt, rng.uniform(0.3, args.max_delay))
            r["exact"] = _rows(work / f"out.{fmt}", fmt) == expected[fmt]
            results.append(r)
            print(f"{n:3d} {fmt:5s} signal at {r['delay']:5.1f}s exit after {r['took']:4.1f}s code {r['code']} "
                  f"records {r['written']:3d} resume {'exact' if r['exact'] else 'WRONG'}"
                  f"{' HANG' if r['hang'] else ''}{' TRACEBACK' if r['traceback'] else ''}", flush=True)
            if r["traceback"] or r["hang"]:
                print("    " + r["stderr"].replace("\n", "\n    "))
        heads = [_head_close(folder) for _ in range(5)]
        took = [r["took"] for r in results if not r["early"]]
        print(f"hangs {sum(r['hang'] for r in results)}, tracebacks {sum(r['traceback'] for r in results)}, "
              f"resume not exact {sum(not r['exact'] for r in results)} of {len(results)}; "
              f"SIGINT to exit median {statistics.median(took):.2f}s max {max(took):.2f}s; "
              f"head closing to exit median {statistics.median(heads):.2f}s max {max(heads):.2f}s")
        bad = any(r["hang"] or r["traceback"] or not r["exact"] for r in results)
        return 1 if bad else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
