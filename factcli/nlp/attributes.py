"""The model's attribute ruler, compiled. spaCy's AttributeRuler runs a Matcher with
about 180 patterns over every token (tag -> POS and morphology, a few exceptions read
off the word and the parse); it cost about 13 % of the parse of a news article. Its
patterns here are plain tests of a token's lowercase form, tag, dependency label and
whether it is a space, so the answer for a token depends only on those four values (and
on the word only where a pattern names it): `compile_rules` turns the ruler into a table
from those values to the attributes to set, filled as tokens are seen, and the component
sets exactly what the ruler sets, in the ruler's order (later patterns win). A ruler
with any other kind of pattern is left to run as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

# what a pattern may test, and where the value is in a token's row of Doc.to_array
_READ = {"LOWER": 0, "TAG": 1, "DEP": 2, "IS_SPACE": 3}
_COLUMNS = [LOWER, TAG, DEP, IS_SPACE]

Test = Callable[[tuple], bool]  # a token's (lower, tag, dep, is_space) strings -> bool


@dataclass
class CompiledRules:
    """An attribute ruler's patterns as tests on a token's four values."""

    single: list[tuple[int, list[Test], dict]]  # (rule, the token's tests, attrs)
    multi: list[tuple[int, list[list[Test]], int, dict]]  # (rule, tests per token, index, attrs)
    strings: object
    words: frozenset[str]  # every word a pattern names
    word_patterns: list[re.Pattern]  # every pattern a word is searched with
    _known: dict[tuple, tuple[dict, tuple[int, ...]]] = field(default_factory=dict)
    _named: dict[int, int] = field(default_factory=dict)

    def values(self, row: tuple) -> tuple:
        lower, tag, dep, space = row
        s = self.strings
        return s[lower] if lower else None, s[tag], s[dep], bool(space)

    def _word(self, lower: int) -> int:
        """The word's hash where a pattern names it or matches it, else 0: every other
        word passes and fails the same tests."""
        named = self._named.get(lower)
        if named is None:
            word = self.strings[lower]
            named = self._named[lower] = lower if (word in self.words or any(
                rx.search(word) for rx in self.word_patterns)) else 0
        return named

    def of_row(self, row: tuple) -> tuple[dict, tuple[int, ...]]:
        """The attributes the single-token rules set on a token with these values, and
        which multi-token rules its first token matches (by position in `multi`)."""
        row = (self._word(row[0]), *row[1:])
        known = self._known.get(row)
        if known is None:
            vals = self.values(row)
            attrs: dict = {}
            for _rule, tests, rule_attrs in self.single:
                if all(t(vals) for t in tests):
                    attrs.update(rule_attrs)
            starts = tuple(k for k, (_r, seq, _i, _a) in enumerate(self.multi) if all(t(vals) for t in seq[0]))
            known = self._known[row] = (attrs, starts)
        return known

    def __call__(self, doc: Doc) -> Doc:
        rows = [tuple(r) for r in doc.to_array(_COLUMNS).tolist()] if len(doc) else []
        plans = [self.of_row(row) for row in rows]
        extra = self._multi_matches(rows, plans)
        for i, (attrs, _starts) in enumerate(plans):
            if i in extra:
                attrs = self._merged(attrs, rows[i], extra[i])
            if attrs:
                set_token_attrs(doc[i], attrs)
        return doc

    def _multi_matches(self, rows: list[tuple], plans: list) -> dict[int, list[tuple[int, dict]]]:
        """Token -> [(rule, attrs)] of the multi-token rules that match around it."""
        extra: dict[int, list[tuple[int, dict]]] = {}
        for start, (_attrs, starts) in enumerate(plans):
            for k in starts:
                rule, seq, index, attrs = self.multi[k]
                end = start + len(seq)
                if end <= len(rows) and all(all(t(self.values(rows[start + j])) for t in seq[j])
                                            for j in range(1, len(seq))):
                    target = (start if index >= 0 else end) + index
                    extra.setdefault(target, []).append((rule, attrs))
        return extra

    def _merged(self, attrs: dict, row: tuple, more: list[tuple[int, dict]]) -> dict:
        """A token's attributes when multi-token rules reach it: all its rules in order."""
        vals = self.values(row)
        ordered = [(rule, a) for rule, tests, a in self.single if all(t(vals) for t in tests)]
        merged: dict = {}
        for _rule, a in sorted(ordered + more, key=lambda x: x[0]):
            merged.update(a)
        return merged


def _test(name: str, cond: object) -> Test | None:
    """One condition of a Matcher token pattern as a test, or None when not supported."""
    k = _READ.get(name)
    if k is None:
        return None
    # (a word no pattern names or matches reads as None: see CompiledRules._word)
    if isinstance(cond, bool) and name == "IS_SPACE":
        return lambda v: v[k] == cond
    if isinstance(cond, str) and name != "IS_SPACE":
        return lambda v: v[k] == cond
    if not isinstance(cond, dict) or len(cond) != 1 or name == "IS_SPACE":
        return None
    (op, arg), = cond.items()
    if op == "IN" and isinstance(arg, list):
        allowed = frozenset(arg)
        return lambda v: v[k] in allowed
    if op == "NOT_IN" and isinstance(arg, list):
        barred = frozenset(arg)
        return lambda v: v[k] not in barred
    if op == "REGEX" and isinstance(arg, str):
        rx = re.compile(arg)
        return lambda v: v[k] is not None and rx.search(v[k]) is not None
    return None


def _tests(token_pattern: dict) -> list[Test] | None:
    tests = [_test(name, cond) for name, cond in token_pattern.items()]
    return None if any(t is None for t in tests) else tests  # type: ignore[return-value]


def compile_rules(ruler: object) -> CompiledRules | None:
    """The ruler's rules as tests, or None when a pattern tests anything else."""
    single, multi, every = [], [], []
    matcher = getattr(ruler, "matcher", None)
    for rule, (attrs, index) in enumerate(zip(getattr(ruler, "attrs", []), getattr(ruler, "indices", []),
                                              strict=True)):
        found = matcher.get(str(rule)) if matcher is not None else None
        if not found:
            return None
        for pattern in found[1]:
            every.extend(pattern)
            seq = [_tests(tok) for tok in pattern]
            if not seq or any(s is None for s in seq) or not -len(seq) <= index < len(seq):
                return None
            if len(seq) == 1:
                single.append((rule, seq[0], attrs))
            else:
                multi.append((rule, seq, index, attrs))
    if not single and not multi:
        return None
    words, word_patterns = _named_words(every)
    return CompiledRules(single, multi, ruler.vocab.strings, words, word_patterns)  # type: ignore[attr-defined]


def _named_words(token_patterns: list[dict]) -> tuple[frozenset[str], list[re.Pattern]]:
    """The words the token patterns name (==, IN, NOT_IN) and the regexes they search words with."""
    words: set[str] = set()
    found: list[re.Pattern] = []
    for cond in (tok.get("LOWER") for tok in token_patterns):
        if isinstance(cond, str):
            words.add(cond)
        elif isinstance(cond, dict):
            for op, arg in cond.items():
                if op == "REGEX":
                    found.append(re.compile(arg))
                else:
                    words.update(arg)
    return frozenset(words), found


# the compiled rules of each pipeline run this way, by its vocabulary
_COMPILED: dict[int, CompiledRules] = {}


def compile_attribute_ruler(nlp: Language) -> bool:
    """Where `nlp`'s attribute ruler can be compiled: compile it and disable the ruler;
    `attributes_component`, added in its place, then does its work. False where not."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    rules = compile_rules(nlp.get_pipe("attribute_ruler"))
    if rules is None:
        return False
    _COMPILED[id(nlp.vocab)] = rules
    nlp.disable_pipe("attribute_ruler")
    return True


def attributes_component(doc: Doc) -> Doc:
    """Set what the pipeline's attribute ruler sets (see the module doc)."""
    rules = _COMPILED.get(id(doc.vocab))
    return rules(doc) if rules is not None else doc
