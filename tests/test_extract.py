"""Extraction on articles written for these tests, with the real shipped model."""

from datetime import date

import pytest

from tests.conftest import SAMPLES

COUNCIL = (SAMPLES / "council-flooding.txt").read_text(encoding="utf-8")
CLUB = (SAMPLES / "club-takeover.txt").read_text(encoding="utf-8")


def by_name(facts, name):
    return next(p for p in facts.people if p.name == name)


def test_default_pipeline_finds_people_and_organisations(nlp):
    doc = nlp(CLUB)
    labels = {(e.text, e.label_) for e in doc.ents}
    assert ("Laura Kinsley", "PERSON") in labels
    assert any(label == "ORG" and "Harbour City" in text for text, label in labels)


def test_people_are_merged_without_honorifics(extract):
    facts = extract(COUNCIL)
    ellison = by_name(facts, "Margaret Ellison")
    assert "Mrs Ellison" in ellison.aliases
    assert ellison.honorific == "Mrs"
    varma = by_name(facts, "Anil Varma")
    assert {"Professor Anil Varma", "Professor Varma"} <= set(varma.aliases)
    assert len([p for p in facts.people if "Varma" in p.name]) == 1


def test_every_mention_points_at_its_text(extract):
    facts = extract(COUNCIL)
    for person in facts.people:
        for m in person.mentions:
            assert COUNCIL[m.start:m.end] == m.text
    for item in facts.counts + facts.dates:
        assert COUNCIL[item.start:item.end] == item.text


def test_roles_before_names_and_in_apposition(extract):
    council = extract(COUNCIL)
    assert [r.title for r in by_name(council, "Tom Hadley").roles] == ["Environment Secretary"]
    assert [r.title for r in by_name(council, "David Osei").roles] == ["interim chief executive"]
    club = extract(CLUB)
    assert [r.title for r in by_name(club, "Peter Marsh").roles] == ["club chairman"]
    # "businesswoman Laura Kinsley" is a role too (en_core_web_md parses the title before the name)
    assert "founder of Kinsley Capital" in [r.title for r in by_name(club, "Laura Kinsley").roles]
    assert [r.title for r in by_name(club, "Owen Price").roles] == ["trust spokesman"]


def test_counts_with_units_and_elided_nouns(extract):
    counts = {(c.text, c.value, c.unit) for c in extract(COUNCIL).counts}
    assert ("37 complaints", 37, "complaint") in counts
    assert ("Twelve", 12, "complaint") in counts  # "Twelve were never answered"
    assert ("1,200 homes", 1200, "home") in counts
    assert not any(c[1] in (2015, 2023, 2.5) for c in counts)  # years and money are not counts


@pytest.mark.parametrize("text,expected", [
    ("The trade body warned that 27 million jobs could go.", ("27 million jobs", 27_000_000, "job")),
    ("The industry employs around 1.5 million people.", ("1.5 million people", 1_500_000, "person")),
    ("The final drew 4.2 million viewers.", ("4.2 million viewers", 4_200_000, "viewer")),
    ("Police questioned two men and three women.", ("two men", 2, "man")),
    # the recogniser reads "Friday 15" as one DATE; datefind takes only "Friday"
    ("Earlier on Friday 15 protesters invaded the stage.", ("15 protesters", 15, "protester")),
    # "N of the M nouns": the noun after "of", not one further on
    ("Officials said two of the three engineers behind the bridge project were dismissed.",
     ("two of the three engineers", 2, "engineer")),
    ("Only two of a total of 12 proposed sites were approved.", ("two of a total of 12 proposed sites", 2, "site")),
])
def test_large_counts_and_irregular_plurals(extract, text, expected):
    assert expected in {(c.text, c.value, c.unit) for c in extract(text).counts}


def test_a_bare_number_looks_back_one_sentence_and_the_three_further(extract):
    text = ("The board dismissed three managers on Monday. The shares fell sharply. Traders said 40 had "
            "been sold by noon. The three have appealed.")
    counts = {(c.text, c.value, c.unit) for c in extract(text).counts}
    assert ("three managers", 3, "manager") in counts
    assert ("three", 3, "manager") in counts  # "The three": a group named before
    assert not any(c[1] == 40 for c in counts)  # a bare number two sentences on is no manager


def test_no_count_inside_a_hyphenated_word_or_a_measure(extract):
    text = ("No-one was hurt. Clinton has a 16 percentage point lead in the state. Nearly a half-million "
            "people were at risk, and a half-dozen reporters followed her.")
    counts = {(c.text, c.value, c.unit) for c in extract(text).counts}
    assert ("half-million people", 500_000, "person") in counts
    assert ("half-dozen reporters", 6, "reporter") in counts
    assert not any(c[1] in (1, 16) for c in counts)


def test_a_vague_round_number_and_a_pronoun_one_are_no_counts(extract):
    text = ("Troops may evacuate several hundred UK citizens. Kim said there were two larger tunnels "
            "beyond the existing one.")
    counts = {(c.text, c.value, c.unit) for c in extract(text).counts}
    assert counts == {("two larger tunnels", 2, "tunnel")}


def test_money_and_clock_times_with_letters_are_still_not_counts(extract):
    assert not extract("It cost 5m pounds and began at 10:30 on 3/4.").counts
    assert not extract("Growth two quarters ahead edged up to 102.5 from 102.2.").counts  # quarters are time


def test_dates_resolve_against_the_dateline(extract):
    facts = extract(COUNCIL)
    assert facts.reference_date == "2024-03-12" and facts.reference_date_source == "dateline"
    dates = {d.text: d.value for d in facts.dates}
    assert dates["between 2015 and 2023"] == "2015/2023"
    assert dates["Monday"] == "2024-03-11"
    assert dates["the 1990s"] == "199X"
    assert dates["last November"] == "2023-11"
    assert dates["today"] == "2024-03-12"


def test_relative_dates_without_reference_are_null(extract):
    facts = extract(CLUB)
    assert facts.reference_date is None
    dates = {d.text: d.value for d in facts.dates}
    assert dates["yesterday"] is None
    assert dates["January"] == "XXXX-01"
    assert dates["30 June 2025"] == "2025-06-30"
    given = extract(CLUB, date(2024, 5, 1))
    assert {d.text: d.value for d in given.dates}["yesterday"] == "2024-04-30"


def test_the_may_in_a_name_is_not_a_date(extract):
    facts = extract("Theresa May met the board in May. She said May was a good month.")
    assert [d.text for d in facts.dates] == ["May"]


def test_a_range_s_first_number_a_hyphenated_unit_and_a_quarter_million(extract):
    text = ("The airline will cut between 3,000 and 4,000 jobs. The bill restores votes to 1.2 million "
            "ex-felons and has 40 co-sponsors. The flu has killed a quarter-million people.")
    counts = {(c.text, c.value, c.unit) for c in extract(text).counts}
    assert ("3,000", 3000, "job") in counts  # the noun is the range's, the evidence the number's own
    assert ("4,000 jobs", 4000, "job") in counts
    assert ("1.2 million ex-felons", 1_200_000, "ex-felon") in counts
    assert ("40 co-sponsors", 40, "co-sponsor") in counts
    assert ("quarter-million people", 250_000, "person") in counts
