"""Typed result objects: what factcli extracts from one article.

The JSON form (``to_dict``) is the stable schema documented in the README.
"""

from __future__ import annotations

import bisect
import dataclasses
import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def plain(value: Any) -> Any:
    """dataclasses.asdict's result (dicts, lists, tuples of plain values) without its deep
    copies: the leaves here are str, int, float, bool and None, shared safely."""
    if isinstance(value, list):
        return [plain(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {name: plain(getattr(value, name)) for name in _field_names(type(value))}
    if isinstance(value, tuple):
        return tuple(plain(v) for v in value)
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


class Evidence(Protocol):
    """What every fact item is or holds: the exact text and its character offsets."""

    text: str
    start: int
    end: int


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
    quotes: int = 0  # how many of the article's quotes this person is the speaker of


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
class Quote:
    text: str  # the words said: without the quotation marks, the cue or the speaker
    start: int
    end: int
    kind: str  # "direct" (inside quotation marks), "indirect" (reported speech) or "mixed"
    speaker: str | None  # the name of the person (or organisation) entry; None for unnamed sources
    speaker_mention: Mention | None  # the mention that settled the speaker ("he", "Mr Khan")
    cue: Mention | None  # the words that mark it as said ("said", "according to")


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
    quotes: list[Quote] = field(default_factory=list)
    text: str | None = None  # the text offsets index; in the JSON only with --include-text
    sentences: list[tuple[int, int]] = field(default_factory=list, repr=False)  # (start, end); not in the JSON

    def to_dict(self, include_text: bool = False) -> dict[str, Any]:
        skip = ("sentences",) if include_text else ("sentences", "text")
        return {name: plain(getattr(self, name)) for name in _field_names(type(self)) if name not in skip}

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

    def evidence(self) -> Iterator[Evidence]:
        """Every piece of evidence in these facts, of every kind (people's mentions and
        roles, counts, dates, ...): what offsets are checked and shifted by."""
        for kind in LIST_FIELDS:
            yield from _evidence(getattr(self, kind))

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ArticleFacts:
        """The inverse of to_dict (a JSON record back to typed objects)."""
        facts = _build(cls, d)
        facts.sentences = [(a, b) for a, b in d.get("sentences", [])]
        return facts


def _required(f: dataclasses.Field) -> bool:
    return f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING


# ArticleFacts' fact lists, in JSON order: its list fields but the sentences
LIST_FIELDS = tuple(f.name for f in dataclasses.fields(ArticleFacts)
                    if f.name != "sentences" and str(f.type).startswith("list["))


def _evidence(value: Any) -> Iterator[Evidence]:
    if isinstance(value, list):
        for v in value:
            yield from _evidence(v)
    elif dataclasses.is_dataclass(value):
        if isinstance(getattr(value, "start", None), int) and isinstance(getattr(value, "text", None), str):
            yield value  # type: ignore[misc]
        for f in dataclasses.fields(value):
            if f.name not in ("text", "start", "end"):
                yield from _evidence(getattr(value, f.name))


def shifted(value: Any, offset: int) -> Any:
    """The same item (or list of items) with every offset in it moved by `offset`."""
    if isinstance(value, list):
        return [shifted(v, offset) for v in value]
    if not dataclasses.is_dataclass(value):
        return value
    changes = {}
    for f in dataclasses.fields(value):
        v = getattr(value, f.name)
        if f.name in ("start", "end") and isinstance(v, int):
            changes[f.name] = v + offset
        elif isinstance(v, list) or dataclasses.is_dataclass(v):
            changes[f.name] = shifted(v, offset)
    return dataclasses.replace(value, **changes)


def _build(tp: Any, value: Any) -> Any:
    """A typed object of `tp` from its JSON form (dataclasses, lists of them, optionals)."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(tp) if a is not type(None)]
        return None if value is None else _build(inner[0], value) if len(inner) == 1 else value
    if origin is list:
        (inner,) = typing.get_args(tp)
        return [_build(inner, v) for v in value]
    if dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        known = {f.name: _build(hints[f.name], value[f.name]) if f.name in value else None
                 for f in dataclasses.fields(tp) if f.init and f.name != "sentences"
                 and (f.name in value or _required(f))}
        return tp(**known)
    return value
