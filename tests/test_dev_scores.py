"""The scorer from ../shared/eval on the dev answer keys, as a regression guard.

The keys grew from 29 to 53 (24 harder articles: BBC sport, entertainment, tech, Wikinews,
AllSides) after the bars of issue 10 were set, so the bars here are the level measured on
all 53 with the default pipeline (en_core_web_md 3.7.1) less a small margin: macro 0.925,
roles 0.860, organisations 0.866, groups from 0.887, seed 1.000; quotes span F1 0.939,
speaker accuracy 0.929, attribution F1 0.872 (README, Accuracy; measured 2026-12-05). The goals of the open
accuracy issues (macro 0.93, every category 0.88) are higher; these bars catch a change
that makes things worse."""

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT, SHARED

SCORER = SHARED / "eval" / "score.py"
FACTCLI = f"{sys.executable} -m factcli"
CATEGORIES = ("people", "roles", "organisations", "counts", "dates")

pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval is not beside this checkout")


@pytest.fixture(scope="module")
def summary():
    done = subprocess.run([sys.executable, str(SCORER), str(SHARED / "eval" / "dev"), "--factcli", FACTCLI,
                           "--json", "--groups", "--jobs", "2"],
                          capture_output=True, text=True, cwd=ROOT, timeout=900)
    assert done.returncode == 0, done.stdout + done.stderr
    return json.loads(done.stdout)


def test_macro_and_every_category(summary):
    assert summary["macro_f1"] >= 0.91
    for category in CATEGORIES:
        assert summary[category]["f1"] >= 0.82, (category, summary[category])


def test_every_source_group(summary):
    assert set(summary["groups"]) >= {"seed", "bbc", "wikinews", "allsides"}
    for group, macro in summary["groups"].items():
        assert macro >= (0.92 if group == "seed" else 0.87), (group, macro)


def test_quotes(summary):
    quotes = summary["quotes"]
    assert quotes["keys"] >= 53
    assert quotes["f1"] >= 0.90 and quotes["speaker_accuracy"] >= 0.90 and quotes["attribution_f1"] >= 0.84, quotes
