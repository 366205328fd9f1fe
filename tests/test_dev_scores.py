"""The scorer from ../shared/eval on the dev answer keys, with the issue's bars."""

import subprocess
import sys

import pytest

from tests.conftest import ROOT, SHARED

SCORER = SHARED / "eval" / "score.py"
FACTCLI = f"{sys.executable} -m factcli"

pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval is not beside this checkout")


@pytest.mark.parametrize("keys, bar", [
    ("seed-met-police.json", 0.90),
    ("", 0.85),
])
def test_dev_macro_f1(keys, bar):
    done = subprocess.run([sys.executable, str(SCORER), str(SHARED / "eval" / "dev" / keys),
                           "--factcli", FACTCLI, "--min", f"macro={bar}"],
                          capture_output=True, text=True, cwd=ROOT, timeout=900)
    assert done.returncode == 0, done.stdout + done.stderr
