"""A text too long for one Doc is extracted block by block and the facts joined."""

from __future__ import annotations

import factcli.run.articles as blocks
from factcli.facts.extract import model_info
from factcli.inputs.article import Article
from tests.conftest import SAMPLES

CLUB = (SAMPLES / "club-takeover.txt").read_text(encoding="utf-8")
FILLER = ("The committee met again in the afternoon and discussed the timetable for the "
          "works at length before adjourning.\n\n")


def _long_text() -> str:
    return "Monday, 3 March 2025\n\n" + CLUB + "\n\n" + FILLER * 30 + CLUB.replace("yesterday", "on Friday")


def test_long_text_facts_match_the_text_and_join_across_blocks(nlp, monkeypatch):
    monkeypatch.setattr(blocks, "BLOCK", 1_500)
    text = _long_text()
    assert len(blocks.split_text(text, blocks.BLOCK)) >= 4
    facts = next(blocks.article_facts(nlp, [Article("long.txt", text)], model_info(nlp)))
    items = ([m for p in facts.people for m in p.mentions] + [r for p in facts.people for r in p.roles]
             + [m for o in facts.organisations for m in o.mentions] + facts.counts + facts.dates)
    assert items and all(text[i.start:i.end] == i.text for i in items)
    kinsley = [p for p in facts.people if p.name == "Laura Kinsley"]
    assert len(kinsley) == 1 and len(kinsley[0].mentions) >= 4  # both copies, one person
    assert sum(o.name == "Harbour City Football Club" for o in facts.organisations) == 1
    # the dateline is in the first block; a relative date in the last resolves against it
    friday = [d for d in facts.dates if d.text.endswith("Friday")]
    assert facts.reference_date == "2025-03-03" and friday and friday[-1].value == "2025-02-28"
    assert facts.counts == sorted(facts.counts, key=lambda c: c.start)


def test_an_article_that_fails_does_not_stop_the_others(nlp, monkeypatch):
    real = blocks.extract_facts

    def flaky(doc, source, *rest, **kw):
        if source == "bad":
            raise ValueError("boom")
        return real(doc, source, *rest, **kw)

    monkeypatch.setattr(blocks, "extract_facts", flaky)
    articles = [Article("a", CLUB), Article("bad", CLUB), Article("c", CLUB)]
    out = list(blocks.article_facts(nlp, articles, model_info(nlp)))
    assert [type(o).__name__ for o in out] == ["ArticleFacts", "ValueError", "ArticleFacts"]
    assert out[0].to_dict()["people"] == out[2].to_dict()["people"]
