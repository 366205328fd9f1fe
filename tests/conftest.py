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
