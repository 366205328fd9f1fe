#!/usr/bin/env bash
# Output snapshot for refactors that must not change behaviour: factcli's output on the dev
# keys' articles and a fixed sample of 300 corpus articles, in every format, into DIR.
# Compare two snapshots with `diff -r BEFORE AFTER`.
#   scripts/snapshot.sh DIR [SHARED]
set -euo pipefail
out=$1; shared=${2:-../shared}
factcli=${FACTCLI:-.venv/bin/factcli}
mkdir -p "$out"
python3 - "$shared" > "$out/inputs.txt" <<'PY'
import json, random, sys
from pathlib import Path
shared = Path(sys.argv[1])
keys = sorted((shared / "eval/dev").glob("*.json"))
dev = {str(shared / json.loads(k.read_text())["source"]) for k in keys}
pool = sorted(str(p) for d in ("bbc", "wikinews/articles", "allsides_baly2020/articles")
              for p in (shared / "corpus" / d).rglob("*.txt") if p.name[0].isdigit() or "allsides" in d or "wikinews" in d)
pool = [p for p in pool if p not in dev]
random.Random(20).shuffle(pool)
for p in sorted(dev) + pool[:300]:
    print(p)
PY
mapfile -t files < "$out/inputs.txt"
for fmt in jsonl json csv tsv flat-jsonl table; do
  "$factcli" extract "${files[@]}" -f "$fmt" --date 2020-06-15 -q -o "$out/all.$fmt" || true
done
# single articles, as the scorer runs them
head -5 "$out/inputs.txt" | while read -r f; do
  "$factcli" extract "$f" --json --date 2020-06-15 > "$out/single-$(basename "$f").json" || true
done
