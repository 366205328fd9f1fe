"""Shared fixtures. The real shipped model is loaded once per session: tests that
claim to test extraction never use a stub or a blank pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"


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
