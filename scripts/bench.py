"""Benchmark (not a test): throughput and peak memory on a folder of articles.

    python scripts/bench.py ../shared/corpus/bbc [--limit N] [--compare MODEL ...]
    python scripts/bench.py ../shared/corpus/bbc --extractors 400   # CPU per fact kind
    python scripts/bench.py ../shared/corpus/bbc --cpu-ratio 400    # CPU time against bare nlp.pipe

Prints words/s of bare nlp.pipe (the spaCy pipeline without factcli's components),
of factcli with 1 and 2 workers (the CLI's batch path, JSON included), the ratios,
and peak memory (RSS of the largest process) of a whole-corpus run against runs
over the first article and over the longest one (a long article needs more memory
while it is processed; the corpus run should need no more than that). `--compare` adds bare
nlp.pipe runs of other pipelines (a name or a folder) in the same run, for a fair ratio on a
noisy machine. Run it on an otherwise idle machine.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path


def texts_of(folder: Path, limit: int | None) -> list[Path]:
    files = sorted(p for p in folder.rglob("*.txt") if p.name[0].isdigit())
    return files[:limit] if limit else files


def bare(files: list[Path], model: str | None = None) -> tuple[float, int]:
    from factcli.nlp.pipeline import load_base

    nlp = load_base(model)
    texts = [p.read_bytes().decode("utf-8", errors="replace") for p in files]
    words = sum(len(t.split()) for t in texts)
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=8):
        pass
    return time.perf_counter() - start, words


# Runs a command and prints the peak RSS (KiB) of its largest process. A small
# intermediate process is used because a child forked from this one (which holds the
# model and all texts after the bare run) starts with this process's pages counted.
_PEAK = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL); "
         "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")


def factcli_run(files: list[Path], workers: int) -> tuple[float, int]:
    """Wall time of `factcli extract --jsonl` over the files, and its peak RSS (KiB)."""
    cmd = [sys.executable, "-m", "factcli", "extract", *map(str, files), "--jsonl", "--quiet",
           "--workers", str(workers)]
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", _PEAK, *cmd], check=True, capture_output=True, text=True)
    wall = time.perf_counter() - start
    return wall, int(out.stdout.split()[-1])


def extractor_costs(files: list[Path], model: str | None = None) -> dict:
    """CPU seconds of the parse (factcli's pipeline) and of each fact kind's extractor, in
    kinds-table order (a kind's share of work it shares with an earlier kind is counted
    there), over the same Docs; and what quotes add to parse + everything else."""
    from factcli.facts.context import Extraction
    from factcli.facts.kinds import KINDS
    from factcli.run.pipeline import load

    nlp = load(model)
    texts = [p.read_bytes().decode("utf-8", errors="replace") for p in files]
    start = time.process_time()
    docs = list(nlp.pipe(texts, batch_size=8))
    parse = time.process_time() - start
    spent = dict.fromkeys((k.key for k in KINDS), 0.0)
    for doc in docs:
        found = Extraction(doc, None)
        for kind in KINDS:
            t = time.process_time()
            kind.extract(found)
            spent[kind.key] += time.process_time() - t
    total = parse + sum(spent.values())
    return {"articles": len(files), "parse_cpu_s": round(parse, 2),
            **{f"{k}_cpu_s": round(v, 2) for k, v in spent.items()},
            "extractors_share_of_parse": round(sum(spent.values()) / parse, 3),
            "quotes_added_to_the_rest": round(spent["quotes"] / (total - spent["quotes"]), 3)}


def cpu_ratio(files: list[Path], rounds: int = 3, model: str | None = None) -> dict:
    """CPU time, in this one process, of bare nlp.pipe (the base pipeline, batch 8), of
    factcli's own parse (its pipeline with factcli's components, the attribute ruler
    compiled and lemmas on demand, as a worker batches it) and of what a factcli worker does
    for the same articles (that parse, every extractor, the JSON Lines record), alternating
    `rounds` times; the medians and their ratios. Start-up (imports, model load) is in none
    of them: see factcli_startup_one_article_s."""
    import statistics

    from factcli.facts.extract import model_info
    from factcli.inputs.article import Article
    from factcli.nlp.pipeline import load_base
    from factcli.nlp.textpipe import pipe_texts
    from factcli.outputs.formats import OutputSpec
    from factcli.run.articles import article_facts
    from factcli.run.pipeline import load

    texts = [p.read_bytes().decode("utf-8", errors="replace") for p in files]
    articles = [Article(str(p), t) for p, t in zip(files, texts, strict=True)]
    words = sum(len(t.split()) for t in texts)
    bare_nlp, nlp = load_base(model), load(model)
    info, spec = model_info(nlp), OutputSpec("jsonl")
    bare, own, full = [], [], []
    for _ in range(rounds):
        start = time.process_time()
        for _ in bare_nlp.pipe(texts, batch_size=8):
            pass
        bare.append(time.process_time() - start)
        start = time.process_time()
        for _ in pipe_texts(nlp, texts):
            pass
        own.append(time.process_time() - start)
        start = time.process_time()
        for facts in article_facts(nlp, articles, info):
            spec.record(facts)
        full.append(time.process_time() - start)
    b, o, f = statistics.median(bare), statistics.median(own), statistics.median(full)
    return {"articles": len(files), "words": words, "rounds": rounds,
            "bare_cpu_s": [round(x, 2) for x in bare], "factcli_parse_cpu_s": [round(x, 2) for x in own],
            "factcli_cpu_s": [round(x, 2) for x in full],
            "bare_words_per_cpu_s": round(words / b), "factcli_words_per_cpu_s": round(words / f),
            "ratio_cpu_factcli_vs_bare": round(b / f, 3),
            "ratio_cpu_factcli_parse_vs_bare": round(b / o, 3),
            "extractors_and_records_over_factcli_parse": round(f / o - 1, 3)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--compare", nargs="*", default=[], help="other pipelines to time bare")
    ap.add_argument("--extractors", type=int, metavar="N", help="only the per-extractor CPU table, on N articles")
    ap.add_argument("--cpu-ratio", type=int, metavar="N", help="only the CPU-time ratio to bare nlp.pipe, on N "
                    "articles, three alternating rounds")
    args = ap.parse_args()
    files = texts_of(args.folder, args.limit)
    if args.extractors:
        print(json.dumps(extractor_costs(files[:args.extractors]), indent=2))
        return
    if args.cpu_ratio:
        print(json.dumps(cpu_ratio(files[:args.cpu_ratio]), indent=2))
        return
    # factcli first, while this process is small; then bare nlp.pipe in-process
    startup, one_rss = factcli_run(files[:1], 1)
    _, longest_rss = factcli_run([max(files, key=lambda p: p.stat().st_size)], 1)
    result: dict = {"articles": len(files), "factcli_startup_one_article_s": round(startup, 1),
                    "peak_rss_one_article_mib": round(one_rss / 1024),
                    "peak_rss_longest_article_mib": round(longest_rss / 1024)}
    for workers in (1, 2):
        wall, rss = factcli_run(files, workers)
        result[f"factcli_{workers}_worker"] = {"seconds": round(wall, 1), "peak_rss_mib": round(rss / 1024)}
    seconds, words = bare(files)
    result["words"] = words
    result["bare_nlp_pipe"] = {"seconds": round(seconds, 1), "words_per_s": round(words / seconds),
                               "articles_per_s": round(len(files) / seconds, 1)}
    for workers in (1, 2):
        run = result[f"factcli_{workers}_worker"]
        run["words_per_s"] = round(words / run["seconds"])
        run["articles_per_s"] = round(len(files) / run["seconds"], 1)
    one, two = result["factcli_1_worker"]["seconds"], result["factcli_2_worker"]["seconds"]
    result["ratio_factcli1_vs_bare"] = round(seconds / one, 2)
    # the bare run loads its model before the clock starts; factcli's start-up is in its wall time
    result["ratio_factcli1_vs_bare_without_startup"] = round(seconds / (one - startup), 2)
    result["ratio_2_vs_1_workers"] = round(one / two, 2)
    corpus_rss = result["factcli_1_worker"]["peak_rss_mib"]
    result["ratio_peak_rss_corpus_vs_one_article"] = round(corpus_rss / result["peak_rss_one_article_mib"], 2)
    result["ratio_peak_rss_corpus_vs_longest_article"] = round(
        corpus_rss / result["peak_rss_longest_article_mib"], 2)
    for model in args.compare:
        other, _ = bare(files, model)
        result[f"bare_nlp_pipe {model}"] = {"seconds": round(other, 1), "words_per_s": round(words / other),
                                            "ratio_default_vs_this": round(other / seconds, 2)}
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
