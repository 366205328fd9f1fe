"""Benchmark (not a test): factcli on a Dask LocalCluster against local workers.

    python scripts/bench_dask.py ../shared/corpus/bbc [--limit 400]

In one run (the machines are noisy; compare within a run): local --workers 1 and 2, and
--scheduler local with 1 and 2 workers, over the same articles; articles/s of each
(wall time of the whole command, pipeline loading included), the second worker's
efficiency (rate with 2 / rate with 1 / 2), and the client's peak RSS (VmHWM of the
factcli process alone, not its workers) for the corpus and for a quarter of it: flat
means the client does not hold the corpus.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def corpus(folder: Path, limit: int, into: Path) -> Path:
    files = sorted(p for p in folder.rglob("*.txt") if p.name[0].isdigit())[:limit]
    into.mkdir(parents=True, exist_ok=True)
    for k, f in enumerate(files):
        (into / f"{k:06d}.txt").write_bytes(f.read_bytes())
    return into


def timed(args: list[str]) -> tuple[float, int, int]:
    """(seconds, the factcli process's peak RSS in KiB, records) for one run."""
    cmd = [sys.executable, "-m", "factcli", "extract", *args, "--jsonl", "-q"]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    peak = 0
    records = 0
    status = Path(f"/proc/{proc.pid}/status")
    for _line in proc.stdout:
        records += 1
        try:
            hwm = next(x for x in status.read_text().splitlines() if x.startswith("VmHWM"))
            peak = max(peak, int(hwm.split()[1]))
        except (OSError, StopIteration):
            pass
    proc.wait()
    return time.perf_counter() - start, peak, records


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path)
    ap.add_argument("--limit", type=int, default=400)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        full = corpus(a.folder, a.limit, Path(tmp, "full"))
        quarter = corpus(a.folder, a.limit // 4, Path(tmp, "quarter"))
        rows = {}
        for label, args in [("local, 1 worker", ["--workers", "1"]), ("local, 2 workers", ["--workers", "2"]),
                            ("LocalCluster, 1 worker", ["--scheduler", "local", "--workers", "1"]),
                            ("LocalCluster, 2 workers", ["--scheduler", "local", "--workers", "2"])]:
            seconds, peak, n = timed([str(full), *args])
            rows[label] = (n / seconds, peak)
            print(f"{label:26s} {n} articles in {seconds:6.1f} s = {n / seconds:5.1f} articles/s; "
                  f"client peak RSS {peak / 1024:6.0f} MiB", flush=True)
        for kind in ("local", "LocalCluster"):
            one, two = rows[f"{kind}, 1 worker"][0], rows[f"{kind}, 2 workers"][0]
            print(f"{kind}: second worker efficiency {two / one / 2:.2f}")
        _, small, n_small = timed([str(quarter), "--scheduler", "local", "--workers", "2"])
        big = rows["LocalCluster, 2 workers"][1]
        print(f"client peak RSS, LocalCluster 2 workers: {n_small} articles {small / 1024:.0f} MiB, "
              f"{a.limit} articles {big / 1024:.0f} MiB (ratio {big / small:.2f})")


if __name__ == "__main__":
    main()
