"""The scorer from ../shared/eval on the dev answer keys, with the bars of issue 10:
macro F1 >= 0.90 and every category >= 0.85 over all keys, macro >= 0.85 within each
source group, and the seed article >= 0.92."""

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
    assert summary["macro_f1"] >= 0.90
    for category in CATEGORIES:
        assert summary[category]["f1"] >= 0.85, (category, summary[category])


def test_every_source_group(summary):
    assert set(summary["groups"]) >= {"seed", "bbc", "wikinews", "allsides"}
    for group, macro in summary["groups"].items():
        assert macro >= (0.92 if group == "seed" else 0.85), (group, macro)
