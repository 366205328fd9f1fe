"""A blind sample of factcli's facts on corpus articles that are not dev keys, for reading by
hand: precision per category, which no rule can be tuned to (a measurement, not a test).

    python scripts/audit.py ../shared [--articles 100] [--items 40] [--seed N]
    python scripts/audit.py --tally tests/audit/facts-2026-12-05-after.md   # once marked

Draws --articles corpus articles outside the dev keys with a seed taken from today's date
unless given, runs factcli over them, and prints --items items drawn at random from each
category (people, roles, organisations, counts, dates, durations), each with its sentence
context, as a Markdown list to mark right or wrong. The items are shuffled within a category
and carry no hint of which rule made them."""

from __future__ import annotations

import argparse
import datetime
import math
import random
import re
from collections.abc import Iterator
from pathlib import Path

from audit_quotes import articles, extract

CATEGORIES = ("people", "roles", "organisations", "counts", "dates", "durations")


def items(record: dict, category: str) -> Iterator[tuple[str, dict]]:
    """(what factcli says, the evidence span) for each item of category in one record."""
    if category == "roles":
        for p in record["people"]:
            for r in p["roles"]:
                yield f"{p['name']!r} — title {r['title']!r}, organisation {r['organisation']!r}", r
    elif category in ("people", "organisations"):
        for e in record[category]:
            aliases = f", aliases {e['aliases']}" if e["aliases"] else ""
            yield f"{e['name']!r}{aliases}, {len(e['mentions'])} mention(s)", e["mentions"][0]
    else:
        for e in record[category]:
            unit = f" {e['unit']!r}" if "unit" in e else ""
            yield f"{e['text']!r} → {e['value']!r}{unit}", e


def context(text: str, span: dict) -> str:
    """The span marked in about a sentence of text around it, on one line."""
    before = " ".join(text[max(0, span["start"] - 200):span["start"]].split())
    after = " ".join(text[span["end"]:span["end"] + 120].split())
    return f"…{before} ⟦{text[span['start']:span['end']]}⟧ {after}…"


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The 95 % Wilson score interval of k right out of n."""
    p, d = k / n, 1 + z * z / n
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (p + z * z / (2 * n) - half) / d, (p + z * z / (2 * n) + half) / d


def tally(marked: Path) -> str:
    """Precision per category of a marked sample ([x] right, [-] wrong), as a Markdown table."""
    counts: dict[str, list[int]] = {}
    category = None
    for line in marked.read_text(encoding="utf-8").splitlines():
        if m := re.match(r"## (\w+) \(", line):
            category = m.group(1)
            counts[category] = [0, 0]
        elif category and (m := re.match(r"\d+\. \[([x-])\]", line)):
            counts[category][0] += m.group(1) == "x"
            counts[category][1] += 1
    rows = ["| category | right | precision | 95 % interval (Wilson) |", "|---|---|---|---|"]
    for name, (k, n) in counts.items():
        lo, hi = wilson(k, n) if n else (0.0, 0.0)
        rows.append(f"| {name} | {k}/{n} | {k / max(n, 1):.3f} | {lo:.2f}–{hi:.2f} |")
    return "\n".join(rows)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("shared", type=Path, nargs="?")
    ap.add_argument("--tally", type=Path, help="a marked sample: print its precision per category")
    ap.add_argument("--articles", type=int, default=100)
    ap.add_argument("--items", type=int, default=40)
    ap.add_argument("--seed", type=int, default=int(datetime.date.today().strftime("%Y%m%d")))
    args = ap.parse_args()
    if args.tally:
        print(tally(args.tally))
        return
    if args.shared is None:
        ap.error("the shared folder is needed to draw a sample")
    rng = random.Random(args.seed)
    records = extract(articles(args.shared, args.articles, rng))
    print(f"# Precision audit, seed {args.seed}\n\n{len(records)} corpus articles outside the dev keys; "
          f"mark each item [x] right or [-] wrong by the guidelines.\n")
    for category in CATEGORIES:
        pool = [(r, said, span) for r in records for said, span in items(r, category)]
        print(f"## {category} ({len(pool)} in all, {min(args.items, len(pool))} drawn)\n")
        for k, (r, said, span) in enumerate(rng.sample(pool, min(args.items, len(pool))), 1):
            print(f"{k}. [ ] {said} — {Path(r['source']).name}\n   {context(r['text'], span)}\n")


if __name__ == "__main__":
    main()
