"""Shared fixtures. The real shipped model is loaded once per session: tests that
claim to test extraction never use a stub or a blank pipeline."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"
FACTCLI = [sys.executable, "-m", "factcli"]  # the command line, as the installed entry point runs it


def run_factcli(*args, stdin: str | None = None, timeout: float = 300, env=None) -> subprocess.CompletedProcess:
    """`factcli ARGS...` in a subprocess, its output captured as text; stdin is the given
    text, else nothing (never the test runner's own stdin)."""
    return subprocess.run(FACTCLI + [str(a) for a in args], capture_output=True, text=True, timeout=timeout,
                          input=stdin, stdin=None if stdin is not None else subprocess.DEVNULL, env=env)


@pytest.fixture(scope="session")
def nlp():
    import factcli

    return factcli.load()


@pytest.fixture(scope="session")
def extract(nlp):
    from factcli.facts.extract import extract_facts, model_info

    def run(text: str, ref=None):
        return extract_facts(nlp(text), "<test>", model_info(nlp), ref)

    return run


def article_folder(tmp_path: Path, n: int, text: str) -> Path:
    """A folder "in" of n copies of an article, 000.txt ... (text may hold {k})."""
    folder = tmp_path / "in"
    folder.mkdir()
    for k in range(n):
        (folder / f"{k:03d}.txt").write_text(text.replace("{k}", str(k)), encoding="utf-8")
    return folder


def read_to_end(proc, timeout: float) -> tuple[str, str]:
    """(the rest of stdout, stderr) of a process whose first line was read with readline();
    communicate() would lose what readline() buffered. A hang kills it after `timeout`."""
    import threading

    guard = threading.Timer(timeout, proc.kill)
    guard.start()
    try:
        rest, stderr = proc.stdout.read(), proc.stderr.read()
        proc.wait()
    finally:
        guard.cancel()
    return rest, stderr
