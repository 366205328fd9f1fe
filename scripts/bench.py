"""Benchmark (not a test): throughput and peak memory on a folder of articles.

    python scripts/bench.py ../shared/corpus/bbc [--limit N]

Prints words/s of bare nlp.pipe (the spaCy pipeline without factcli's components),
of factcli with 1 and 2 workers (the CLI's batch path, JSON included), the ratios,
and peak memory (RSS) of a one-article run against a whole-corpus run.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path


def texts_of(folder: Path, limit: int | None) -> list[Path]:
    files = sorted(p for p in folder.rglob("*.txt") if p.name[0].isdigit())
    return files[:limit] if limit else files


def bare(files: list[Path]) -> tuple[float, int]:
    from factcli.pipeline import load_base

    nlp = load_base()
    texts = [p.read_bytes().decode("utf-8", errors="replace") for p in files]
    words = sum(len(t.split()) for t in texts)
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=8):
        pass
    return time.perf_counter() - start, words


def factcli_run(files: list[Path], workers: int) -> tuple[float, int]:
    """Wall time of `factcli extract --jsonl` over the files, and its peak RSS (KiB)."""
    cmd = [sys.executable, "-m", "factcli", "extract", *map(str, files), "--jsonl", "--quiet",
           "--workers", str(workers)]
    start = time.perf_counter()
    subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    return wall, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path)
    ap.add_argument("--limit", type=int)
    args = ap.parse_args()
    files = texts_of(args.folder, args.limit)
    seconds, words = bare(files)
    result = {"articles": len(files), "words": words,
              "bare_nlp_pipe": {"seconds": round(seconds, 1), "words_per_s": round(words / seconds),
                                "articles_per_s": round(len(files) / seconds, 1)}}
    one_wall, one_rss = factcli_run(files[:1], 1)
    result["peak_rss_one_article_mib"] = round(one_rss / 1024)
    for workers in (1, 2):
        wall, rss = factcli_run(files, workers)
        result[f"factcli_{workers}_worker"] = {"seconds": round(wall, 1), "words_per_s": round(words / wall),
                                               "articles_per_s": round(len(files) / wall, 1),
                                               "peak_rss_mib": round(rss / 1024)}
    result["ratio_factcli1_vs_bare"] = round(result["factcli_1_worker"]["words_per_s"] / (words / seconds), 2)
    result["ratio_2_vs_1_workers"] = round(result["factcli_2_worker"]["words_per_s"] /
                                           result["factcli_1_worker"]["words_per_s"], 2)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
