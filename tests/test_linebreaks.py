"""A name, a mention or any evidence never carries a line break or white space at its
ends (issue 23: "Tories\\n\\n", "Chepkemei\\n\\n" broke GROUP BY and made multi-line CSV
records), and a bullet is not part of a name. Articles written for the test in the shapes
that did it: a name ending a headline or a paragraph, a possessive before a break, bullets,
names split over a line."""

from __future__ import annotations

import pytest

SHAPES = [
    "Blair attacks the Tories\n\nTony Blair said on Monday that the Conservatives had no plan.\n",
    "Howard hits back at Labour\n\nMichael Howard, the leader of the Conservatives, said Labour had failed.\n",
    "Kenya's Susan Chepkemei\n\nwon the race in London on Sunday, ahead of Paula Radcliffe.\n",
    "Games maker Illva\n\nIllva, the Italian drinks firm, said 300 jobs would go.\n",
    "The band Sideways\n\nSideways played to 2,000 fans in Leeds.\n",
    "It was the apple of Bill Gates'\n\neye, said Peter Moore of Microsoft.\n",
    "Key points:\n\n* Obama met Angela Merkel in Berlin on Friday.\n* David Cameron spoke to Nato.\n",
    "- Barack Obama, the US President, flew to Paris.\n- Theresa May, the Home Secretary, stayed.\n",
    "The chief executive of Renault, Carlos\nGhosn, said 14 officers\nof the Metropolitan Police were there.\n",
    "Sadiq Khan\n\n\nThe Mayor of London said on Wednesday that 9 remain serving.\n",
]


@pytest.mark.parametrize("text", SHAPES)
def test_no_name_or_evidence_holds_a_line_break(extract, text):
    from datetime import date

    facts = extract(text, date(2021, 3, 3))
    for ev in facts.evidence():
        assert "\n" not in ev.text and ev.text == ev.text.strip(), ev
        assert text[ev.start:ev.end] == ev.text
    names = [p.name for p in facts.people] + [o.name for o in facts.organisations]
    names += [a for p in facts.people for a in p.aliases] + [a for o in facts.organisations for a in o.aliases]
    for name in names:
        assert "\n" not in name and name == name.strip() and not name.startswith(("*", "-", "•")), name
    for person in facts.people:
        for role in person.roles:
            assert "\n" not in role.title and role.title == role.title.strip(), role


LINKS = [  # a news page's related-article links: "headline | Columnist Read more", then a break
    ("Why the council budget failed again this year | Priya Raman Read more\n\nThe council met on Monday.\n",
     "Priya Raman", "people"),
    ("Out of the loop: the envoy finds himself sidelined by the White House Read more\n\nThe plan was dropped.\n",
     "White House", "organisations"),
]


@pytest.mark.parametrize("text,name,kind", LINKS)
def test_a_read_more_link_or_a_bar_is_no_part_of_a_name(extract, text, name, kind):
    from datetime import date

    facts = extract(text, date(2021, 3, 3))
    names = [p.name for p in facts.people] + [o.name for o in facts.organisations]
    assert not any(n.endswith(" Read") or n.startswith("|") for n in names), names
    assert name in [e.name for e in getattr(facts, kind)]
