"""Entity edges: a name never holds a line break, white space at its ends or a bullet.

The recogniser sometimes runs an entity into the paragraph break after it ("Illva\\n\\n",
"Tories\\n\\n") or starts it at a list bullet ("* Obama"). This component, right after the
recogniser, trims such tokens off each entity's ends and, where an entity spans a line
break, keeps its longer side (a headline's last word and the next paragraph's first are
not one name; a name hard-wrapped over two lines loses one part: left alone, it would
put a line break into a name and a CSV record)."""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Doc, Span

BULLETS = frozenset("*•-–—·▪‣◦>")


def _edge(tok) -> bool:
    return tok.is_space or tok.text in BULLETS


def _parts(doc: Doc, ent: Span) -> list[tuple[int, int]]:
    """(start, end) of the runs of ent's tokens between line breaks, edges trimmed."""
    cuts = [ent.start - 1] + [i for i in range(ent.start, ent.end) if "\n" in doc[i].text] + [ent.end]
    parts = []
    for before, after in pairwise(cuts):
        s, e = before + 1, after
        while s < e and _edge(doc[s]):
            s += 1
        while e > s and _edge(doc[e - 1]):
            e -= 1
        if s < e:
            parts.append((s, e))
    return parts


def trim_entities(doc: Doc) -> Doc:
    """The spaCy component (factcli_entities): see the module doc."""
    ents, changed = [], False
    for ent in doc.ents:
        parts = _parts(doc, ent)
        if parts != [(ent.start, ent.end)]:
            changed = True
        if parts:
            s, e = max(parts, key=lambda p: p[1] - p[0])
            ents.append(Span(doc, s, e, label=ent.label_, kb_id=ent.kb_id_))
    if changed:
        doc.ents = ents
    return doc
