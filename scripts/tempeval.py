"""Benchmark (not a test): factcli's dates on TempEval-3 Task A, scored as the task did.

    python scripts/tempeval.py ../shared/corpus/tempeval3/tbaq        # develop and tune here
    python scripts/tempeval.py ../shared/corpus/tempeval3/platinum    # report only

Each .tml file's <TEXT> (tags stripped) is one article and its DCT the reference date
(given as --force-date would). Spans: strict (same offsets) and relaxed (overlap, one to
one) precision, recall and F1; value accuracy over relaxed matches; value F1 = relaxed F1
x value accuracy (the task's ranking score). Over all TIMEX3 types, and over DATE only.
factcli's EDTF values are mapped to TimeML where they mean the same (see to_timeml); the
published platinum results (UzZaman et al. 2013, Table 3) are printed beside.
"""

from __future__ import annotations

import argparse
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from pathlib import Path

PUBLISHED = [  # system, relaxed F1, P, R, strict F1, value F1 (platinum)
    ("HeidelTime-t", 90.30, 93.08, 87.68, 81.34, 77.61), ("NavyTime-1,2", 90.32, 89.36, 91.30, 79.57, 70.97),
    ("ManTIME-4", 89.66, 95.12, 84.78, 74.33, 68.97), ("SUTime", 90.32, 89.36, 91.30, 79.57, 67.38),
    ("ClearTK-1,2", 90.23, 93.75, 86.96, 82.71, 64.66), ("FSS-TimEx", 85.06, 90.24, 80.43, 49.04, 58.24),
]


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    type: str
    value: str | None


def read_tml(path: Path) -> tuple[str, date | None, list[Timex]]:
    """(text, DCT, gold TIMEX3s) of one TimeML file."""
    root = ET.parse(path).getroot()
    dct = root.find(".//DCT/TIMEX3")
    ref = None
    if dct is not None and re.match(r"\d{4}-\d\d-\d\d", dct.get("value", "")):
        ref = date.fromisoformat(dct.get("value")[:10])
    text_el = root.find(".//TEXT")
    parts: list[str] = []
    gold: list[Timex] = []

    def walk(el, inside: bool) -> None:
        if el.text:
            parts.append(el.text)
        for child in el:
            start = sum(map(len, parts))
            walk(child, inside)
            if child.tag == "TIMEX3":
                gold.append(Timex(start, sum(map(len, parts)), child.get("type", ""), child.get("value")))
            if child.tail:
                parts.append(child.tail)

    walk(text_el, False)
    return "".join(parts).replace("\r", " "), ref, gold


_SEASONS = {"21": "SP", "22": "SU", "23": "FA", "24": "WI"}
_QUARTERS = {("01", "03"): "Q1", ("04", "06"): "Q2", ("07", "09"): "Q3", ("10", "12"): "Q4"}


def to_timeml(value: str | None) -> str | None:
    """factcli's EDTF value as TimeML writes the same thing: decade 197X -> 197, century
    18XX -> 18, season 2021-23 -> 2021-FA, a quarter's month range 1989-07/1989-09 ->
    1989-Q3, a weekend's Saturday/Sunday 1989-10-28/1989-10-29 -> 1989-W43-WE; other
    values are the same in both."""
    if value is None:
        return None
    if m := re.fullmatch(r"(\d{3})X", value):
        return m.group(1)
    if m := re.fullmatch(r"(\d\d)XX", value):
        return m.group(1)
    if (m := re.fullmatch(r"(\d{4}|XXXX)-(2[1-4])", value)) and m.group(2) in _SEASONS:
        return f"{m.group(1)}-{_SEASONS[m.group(2)]}"
    if (m := re.fullmatch(r"(\d{4}|XXXX)-(\d\d)/(\d{4}|XXXX)-(\d\d)", value)) and m.group(1) == m.group(3) \
            and (m.group(2), m.group(4)) in _QUARTERS:
        return f"{m.group(1)}-{_QUARTERS[(m.group(2), m.group(4))]}"
    if (m := re.fullmatch(r"(\d{4}-\d\d-\d\d)/(\d{4}-\d\d-\d\d)", value)):
        sat, sun = date.fromisoformat(m.group(1)), date.fromisoformat(m.group(2))
        if sat.weekday() == 5 and (sun - sat).days == 1:
            iso = sat.isocalendar()
            return f"{iso.year}-W{iso.week:02d}-WE"
    return value


def system(nlp, info, text: str, ref: date | None, source: str) -> list[Timex]:
    from factcli.facts.refdate import as_ref
    from factcli.inputs.article import Article
    from factcli.run.articles import article_facts

    facts = next(article_facts(nlp, [Article(source, text)], info, as_ref(ref, forced=True)))
    if isinstance(facts, Exception):
        raise facts
    out = [Timex(d.start, d.end, "TIME" if d.value and "T" in d.value else "DATE", to_timeml(d.value))
           for d in facts.dates]
    out += [Timex(d.start, d.end, "DURATION", d.value) for d in getattr(facts, "durations", [])]
    return out


def score(pairs: list[tuple[list[Timex], list[Timex]]], only: str | None = None) -> dict[str, float]:
    n_gold = n_sys = strict = relaxed = values = 0
    for gold, found in pairs:
        if only:
            gold = [g for g in gold if g.type == only]
            found = [f for f in found if f.type == only]
        n_gold += len(gold)
        n_sys += len(found)
        used: set[int] = set()
        for f in found:
            match = next((k for k, g in enumerate(gold) if k not in used and g.start < f.end and f.start < g.end),
                         None)
            if match is None:
                continue
            used.add(match)
            g = gold[match]
            relaxed += 1
            strict += (g.start, g.end) == (f.start, f.end)
            values += g.value is not None and g.value == f.value
    p = relaxed / n_sys if n_sys else 0.0
    r = relaxed / n_gold if n_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    sp, sr = (strict / n_sys if n_sys else 0.0), (strict / n_gold if n_gold else 0.0)
    acc = values / relaxed if relaxed else 0.0
    return {"gold": n_gold, "system": n_sys, "relaxed P": p, "relaxed R": r, "relaxed F1": f1,
            "strict F1": 2 * sp * sr / (sp + sr) if sp + sr else 0.0, "value acc": acc, "value F1": f1 * acc}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path)
    ap.add_argument("--misses", action="store_true", help="list gold timexes missed or valued wrongly")
    a = ap.parse_args()
    from factcli.facts.extract import model_info
    from factcli.run.pipeline import load

    nlp = load()
    info = model_info(nlp)
    pairs = []
    for path in sorted(a.folder.rglob("*.tml")):
        text, ref, gold = read_tml(path)
        found = system(nlp, info, text, ref, path.name)
        pairs.append((gold, found))
        if a.misses:
            for g in gold:
                hit = next((f for f in found if g.start < f.end and f.start < g.end), None)
                if hit is None or hit.value != g.value:
                    print(f"{path.name}\t{g.type}\t{text[g.start:g.end]!r}\t{g.value}\t"
                          f"{'-' if hit is None else repr(text[hit.start:hit.end]) + ' ' + str(hit.value)}")
    print(f"TempEval-3 Task A on {a.folder} ({len(pairs)} documents)")
    print(f"{'':14s}{'gold':>6s}{'sys':>6s}{'rel P':>8s}{'rel R':>8s}{'rel F1':>8s}{'strict':>8s}"
          f"{'val acc':>9s}{'val F1':>8s}")
    for label, only in (("all types", None), ("DATE only", "DATE")):
        s = score(pairs, only)
        print(f"{label:14s}{s['gold']:6d}{s['system']:6d}{100 * s['relaxed P']:8.2f}{100 * s['relaxed R']:8.2f}"
              f"{100 * s['relaxed F1']:8.2f}{100 * s['strict F1']:8.2f}{100 * s['value acc']:9.1f}"
              f"{100 * s['value F1']:8.2f}")
    print("published, platinum, all types (relaxed F1, P, R, strict F1, value F1):")
    for name, f1, p, r, strict, vf1 in PUBLISHED:
        print(f"  {name:14s}{f1:8.2f}{p:8.2f}{r:8.2f}{strict:8.2f}{vf1:8.2f}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
