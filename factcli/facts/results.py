"""Typed result objects: what factcli extracts from one article.

The JSON form (``to_dict``) is the stable schema documented in the README.
"""

from __future__ import annotations

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
class ModelInfo:
    name: str
    version: str


@dataclass
class ArticleFacts:
    source: str
    reference_date: str | None
    reference_date_source: str | None  # "dateline", "filename", "option" or None
    model: ModelInfo
    people: list[Person] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)
    counts: list[Count] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
