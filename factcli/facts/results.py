"""Typed result objects: what factcli extracts from one article.

The JSON form (``to_dict``) is the stable schema documented in the README.
"""

from __future__ import annotations

import bisect
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Mention:
    """A piece of evidence: the exact text and its character offsets (end exclusive)."""

    text: str
    start: int
    end: int


@dataclass
class Role:
    title: str
    organisation: str | None
    text: str
    start: int
    end: int


@dataclass
class Person:
    name: str
    aliases: list[str] = field(default_factory=list)
    honorific: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)


@dataclass
class Organisation:
    name: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Count:
    text: str
    start: int
    end: int
    value: int | float
    unit: str | None


@dataclass
class DateMention:
    text: str
    start: int
    end: int
    value: str | None


@dataclass
class Duration:
    text: str
    start: int
    end: int
    value: str  # ISO 8601: "P2Y", "PT90M", "P10Y"; "PXY" when the amount is not given ("for years")


@dataclass
class ModelInfo:
    name: str
    version: str


@dataclass
class ArticleFacts:
    source: str
    reference_date: str | None
    reference_date_source: str | None  # "option", "record", "html", "dateline", "filename" or None
    model: ModelInfo
    people: list[Person] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)
    counts: list[Count] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    durations: list[Duration] = field(default_factory=list)
    text: str | None = None  # the text offsets index; in the JSON only with --include-text
    sentences: list[tuple[int, int]] = field(default_factory=list, repr=False)  # (start, end); not in the JSON

    def to_dict(self, include_text: bool = False) -> dict[str, Any]:
        d = asdict(self)
        del d["sentences"]
        if not include_text:
            del d["text"]
        return d

    def sentence_at(self, offset: int) -> str | None:
        """The sentence that holds character `offset`, its white space collapsed (None
        without the text)."""
        if self.text is None:
            return None
        k = bisect.bisect_right(self.sentences, (offset, float("inf"))) - 1
        if k < 0:
            return None
        start, end = self.sentences[k]
        return " ".join(self.text[start:end].split())  # context, on one line

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ArticleFacts:
        """The inverse of to_dict (a JSON record back to typed objects)."""
        people = [Person(p["name"], list(p.get("aliases", [])), p.get("honorific"),
                         [Mention(**m) for m in p.get("mentions", [])], [Role(**r) for r in p.get("roles", [])])
                  for p in d.get("people", [])]
        orgs = [Organisation(o["name"], list(o.get("aliases", [])), [Mention(**m) for m in o.get("mentions", [])])
                for o in d.get("organisations", [])]
        return cls(d["source"], d.get("reference_date"), d.get("reference_date_source"), ModelInfo(**d["model"]),
                   people, orgs, [Count(**c) for c in d.get("counts", [])],
                   [DateMention(**x) for x in d.get("dates", [])], [Duration(**x) for x in d.get("durations", [])],
                   d.get("text"),
                   [(a, b) for a, b in d.get("sentences", [])])
