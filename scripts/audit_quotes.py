"""A blind sample of factcli's quotes on corpus articles that are not dev keys, for reading
by hand (a measurement, not a test).

    python scripts/audit_quotes.py ../shared [--articles 200] [--quotes 50] [--seed N]

Draws --articles corpus articles outside the dev keys (BBC, Wikinews, AllSides) with a seed
taken from today's date unless given, runs factcli over them, prints quotes per article,
and prints --quotes quotes drawn at random, each with its sentence context, the speaker and
the cue, as a Markdown list to mark right or wrong (quote precision, speaker accuracy)."""

from __future__ import annotations

import argparse
import datetime
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path


def articles(shared: Path, n: int, rng: random.Random) -> list[Path]:
    keys = {json.loads(k.read_text())["source"] for k in (shared / "eval" / "dev").glob("*.json")}
    pool = sorted(p for d in ("bbc", "wikinews/articles", "allsides_baly2020/articles")
                  for p in (shared / "corpus" / d).rglob("*.txt")
                  if str(p.relative_to(shared)) not in keys and p.name[0] not in "RS")
    return rng.sample(pool, n)


def extract(files: list[Path]) -> list[dict]:
    """factcli's records (with their text) for files, those that failed left out."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.jsonl"
        subprocess.run([sys.executable, "-m", "factcli", "extract", *map(str, files), "--jsonl", "--include-text",
                        "-q", "-o", str(out)], check=False)
        records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return [r for r in records if "error" not in r]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("shared", type=Path)
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--quotes", type=int, default=50)
    ap.add_argument("--seed", type=int, default=int(datetime.date.today().strftime("%Y%m%d")))
    args = ap.parse_args()
    rng = random.Random(args.seed)
    records = extract(articles(args.shared, args.articles, rng))
    counts = [len(r["quotes"]) for r in records]
    print(f"# Quotes audit, seed {args.seed}\n\n{len(records)} articles, {sum(counts)} quotes, "
          f"{sum(counts) / max(1, len(records)):.1f} per article; articles with none: {counts.count(0)}\n")
    drawn = rng.sample([(r, q) for r in records for q in r["quotes"]], min(args.quotes, sum(counts)))
    for k, (r, q) in enumerate(drawn, 1):
        text = r["text"]
        before = " ".join(text[max(0, q["start"] - 250):q["start"]].split())
        after = " ".join(text[q["end"]:q["end"] + 120].split())
        print(f"{k}. [ ] quote [ ] speaker — {q['kind']}, speaker {q['speaker']!r}, cue "
              f"{(q['cue'] or {}).get('text')!r}, {Path(r['source']).name}\n"
              f"   …{before} ⟦{q['text']}⟧ {after}…\n")


if __name__ == "__main__":
    main()
