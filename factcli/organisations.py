"""Organisations: ORG entities grouped with their short forms.

"IOPC" joins "Independent Office for Police Conduct" (initials, or a bracketed
acronym), "the Met" and "Met Police" join "Metropolitan Police" (word prefixes),
"Home Affairs Committee" joins "Commons Home Affairs Committee" (a later, shorter
form that ends the same way). Party names tagged as adjectives ("Tory MP") count too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from factcli.labels import ORG_LABELS, PERSON_LABELS
from factcli.names import fold, strip_possessive
from factcli.results import Mention, Organisation

# Party names that taggers often label as adjectives (MISC/NORP): "a Tory MP".
PARTY_WORDS = {
    "tory", "tories", "labour", "conservative", "conservatives", "liberal democrat",
    "liberal democrats", "lib dem", "lib dems", "ukip", "snp", "plaid cymru", "sinn fein",
    "democrat", "democrats", "republican", "republicans", "green party", "reform uk",
}
BODY_NOUNS = {
    "committee", "commission", "council", "agency", "department", "office", "ministry",
    "court", "service", "police", "board", "authority", "tribunal", "inquiry", "panel",
}
_LEADING = re.compile(r"^(?:the|The|THE)\s+")
_CONNECTORS = {"of", "for", "and", "the", "&", "on", "in", "de", "du", "des", "la", "le"}


@dataclass
class OrgMention:
    span: Span
    name: str


@dataclass
class OrgCluster:
    mentions: list[OrgMention] = field(default_factory=list)

    @property
    def full(self) -> str:
        """The fullest form: most words, the first used on a tie."""
        return max((m.name for m in self.mentions), key=lambda n: len(n.split()))


def _clean(text: str) -> str:
    return strip_possessive(_LEADING.sub("", text)).strip(" '\"‘’“”")


def org_mentions(doc: Doc) -> list[OrgMention]:
    """ORG entities and party names, then other entities and bare acronyms that are
    short forms of those ("Met" tagged as a place, an untagged "IOPC")."""
    from factcli.roles import ROLE_WORDS

    found = []
    for ent in doc.ents:
        is_party = ent.label_ in ("MISC", "NORP") and fold(ent.text) in PARTY_WORDS
        if ent.label_ not in ORG_LABELS and not is_party:
            continue
        name = _clean(ent.text)
        if not name or not any(c.isalpha() for c in name) or any(w in ROLE_WORDS for w in fold(name).split()):
            continue  # "UKIP MEP", "Trade and Industry Secretary Patricia Hewitt": titles, not bodies
        start = ent.start + (1 if ent[0].lower_ == "the" else 0)
        span = doc[start:ent.end]
        while len(span) > 1 and span[-1].text in ("'s", "’s", "'", "’"):
            span = span[:-1]
        found.append(OrgMention(span, name))
    return found + _short_forms(doc, found)


def _short_forms(doc: Doc, orgs: list[OrgMention]) -> list[OrgMention]:
    names = {m.name for m in orgs}
    taken = {i for m in orgs for i in range(m.span.start, m.span.end)}
    extra = []
    candidates = [e for e in doc.ents if e.label_ not in ORG_LABELS | PERSON_LABELS] + \
                 [doc[t.i:t.i + 1] for t in doc if t.is_upper and t.is_alpha and len(t) >= 2 and not t.ent_type_]
    for span in candidates:
        if any(i in taken for i in range(span.start, span.end)):
            continue
        name = _clean(span.text)
        if name and any(is_short_form(name, full) and fold(name) != fold(full) for full in names):
            extra.append(OrgMention(span, name))
            taken.update(range(span.start, span.end))
    return extra


def initials(name: str) -> str:
    """'Independent Office for Police Conduct' -> 'IOPC'."""
    return "".join(w[0] for w in re.findall(r"[\w&]+", name) if w.lower() not in _CONNECTORS).upper()


def is_short_form(short: str, full: str) -> bool:
    """Whether `short` can name the organisation whose fullest name is `full`."""
    s, f = fold(short), fold(full)
    if s == f:
        return True
    s_words, f_words = s.split(), f.split()
    if short.isupper() and len(short) >= 2 and " " not in short:
        return initials(full) == short or initials(full).replace("&", "") == short
    # "Met" ~ "Metropolitan Police"; "Met Police" ~ "Metropolitan Police"
    if len(s_words) <= len(f_words) and all(fw.startswith(sw) for sw, fw in zip(s_words, f_words, strict=False)) \
            and len(s_words[0]) >= 3 and s_words[0] != f_words[0]:
        return True
    # "Home Affairs Committee" ~ "Commons Home Affairs Committee", but not
    # "Labour Party" ~ "Parliamentary Labour Party": only for generic bodies
    return len(s_words) >= 2 and f_words[-len(s_words):] == s_words and s_words[-1] in BODY_NOUNS


def bracketed_acronyms(doc: Doc, mentions: list[OrgMention]) -> dict[str, str]:
    """'Parliamentary Labour Party (PLP)' -> {'PLP': 'Parliamentary Labour Party'}."""
    found = {}
    text = doc.text
    for m in mentions:
        after = re.match(r"\s*\(([A-Z][A-Za-z&]{1,9})\)", text[m.span.end_char:m.span.end_char + 14])
        if after:
            found[after.group(1)] = m.name
    return found


def cluster_orgs(doc: Doc, mentions: list[OrgMention]) -> list[OrgCluster]:
    acronyms = bracketed_acronyms(doc, mentions)
    # longest names first, so that short forms find their full form
    order = sorted(mentions, key=lambda m: (-len(m.name.split()), m.span.start))
    clusters: list[OrgCluster] = []
    for m in order:
        target = None
        expanded = acronyms.get(m.name)
        for c in clusters:
            if (expanded and fold(expanded) == fold(c.full)) or is_short_form(m.name, c.full):
                target = c
                break
        if target is None:
            target = OrgCluster()
            clusters.append(target)
        target.mentions.append(m)
    for c in clusters:
        c.mentions.sort(key=lambda m: m.span.start)
    return sorted(clusters, key=lambda c: c.mentions[0].span.start)


def to_organisation(cluster: OrgCluster) -> Organisation:
    name = cluster.full
    aliases = []
    for m in cluster.mentions:
        if m.name != name and m.name not in aliases:
            aliases.append(m.name)
    return Organisation(
        name=name,
        aliases=aliases,
        mentions=[Mention(m.span.text, m.span.start_char, m.span.end_char) for m in cluster.mentions],
    )
