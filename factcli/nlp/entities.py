"""Entity edges: a name never holds a line break, white space at its ends, a bullet or a bar.

The recogniser sometimes runs an entity into the paragraph break after it ("Illva\\n\\n",
"Tories\\n\\n"), or over a page's "Read more" link after it, or starts it at a list bullet
or a bar ("* Obama", "| Ken Gude"). This component, right after the recogniser, trims such
tokens off each entity's ends and, where an entity spans a line break, keeps its longer side
(a headline's last word and the next paragraph's first are not one name; a name
hard-wrapped over two lines loses one part: left alone, it would put a line break into a
name and a CSV record).

It also gives back people whose surname is a month: the recogniser takes "May" in
"Theresa May" for a date, and the first name for nothing. A lone month that is also a
surname, tied by the parse to a capitalised word before it that no entity holds, is that
person's name."""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Doc, Span

from factcli.nlp.scan import positions

BULLETS = frozenset("*•-–—·▪‣◦>|")
MONTH_SURNAMES = frozenset({"April", "May", "June", "August"})  # months that are also people's names
_MONTHS_LOWER = frozenset(m.lower() for m in MONTH_SURNAMES)


def _edge(tok) -> bool:
    return tok.is_space or tok.text in BULLETS


def _link_label(doc: Doc, i: int) -> bool:
    """"Read" of a page's "Read more" link at a line's end ("... stop Donald Trump Read more")."""
    after = doc[i + 2] if i + 2 < len(doc) else None
    return doc[i].text == "Read" and i + 1 < len(doc) and doc[i + 1].text == "more" \
        and (after is None or "\n" in after.text)


def _parts(doc: Doc, ent: Span) -> list[tuple[int, int]]:
    """(start, end) of the runs of ent's tokens between line breaks, edges trimmed."""
    cuts = [ent.start - 1] + [i for i in range(ent.start, ent.end) if "\n" in doc[i].text] + [ent.end]
    parts = []
    for before, after in pairwise(cuts):
        s, e = before + 1, after
        while s < e and _edge(doc[s]):
            s += 1
        while e > s and (_edge(doc[e - 1]) or _link_label(doc, e - 1)):
            e -= 1
        if s < e:
            parts.append((s, e))
    return parts


def _month_surnames(doc: Doc) -> list[Span]:
    """"Theresa May", "Brian May": a month that is also a surname, alone in a date entity or
    in none, that the parse makes the head of a capitalised proper noun just before it which
    is untagged or ends a person's name: that person's whole name."""
    found = []
    for k in positions(doc, _MONTHS_LOWER):
        if k == 0:
            continue
        tok, first = doc[k], doc[k - 1]
        if tok.text not in MONTH_SURNAMES or not (tok.ent_iob_ == "O" or tok.ent_type_ == "DATE" and tok.ent_iob_ == "B"
                                                  and (k + 1 == len(doc) or doc[k + 1].ent_iob_ != "I")):
            continue
        if first.tag_ == "NNP" and first.is_title and first.is_alpha and first.dep_ == "compound" \
                and first.head.i == k and (first.ent_iob_ == "O" or first.ent_type_ == "PERSON"):
            start = k - 1
            while first.ent_type_ == "PERSON" and doc[start].ent_iob_ == "I":
                start -= 1
            found.append(Span(doc, start, k + 1, label="PERSON"))
    return found


def trim_entities(doc: Doc) -> Doc:
    """The spaCy component (factcli_entities): see the module doc."""
    ents: list[Span] = []
    changed = False
    for ent in doc.ents:
        parts = _parts(doc, ent)
        if parts != [(ent.start, ent.end)]:
            changed = True
        if parts:
            s, e = max(parts, key=lambda p: p[1] - p[0])
            ents.append(Span(doc, s, e, label=ent.label_, kb_id=ent.kb_id_))
    named = _month_surnames(doc)
    if named:
        covered = {i for span in named for i in range(span.start, span.end)}
        ents = sorted([e for e in ents if not covered.intersection(range(e.start, e.end))] + named,
                      key=lambda e: e.start)
        changed = True
    if changed:
        doc.ents = ents
    return doc
