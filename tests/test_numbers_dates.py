from datetime import date

import pytest

from factcli.base import DateSource, RefDate
from factcli.facts.datenorm import normalise_date
from factcli.facts.numbers import parse_number
from factcli.facts.refdate import dateline, reference_date


@pytest.mark.parametrize("text, value", [
    ("Fourteen", 14), ("1,200", 1200), ("2.5 million", 2_500_000), ("twenty-three", 23),
    ("one hundred and five", 105), ("13,000", 13000), ("officers", None),
    ("eleven and twelve", None), ("five twenty", None), ("one hundred and twenty three", 123),  # two numbers, one
])
def test_parse_number(text, value):
    assert parse_number(text) == value


REF = date(2022, 2, 2)  # a Wednesday


@pytest.mark.parametrize("text, ref, value", [
    ("Wednesday", REF, "2022-02-02"),
    ("Wednesday", date(2019, 3, 2), "2019-02-27"),
    ("last Wednesday", REF, "2022-01-26"),
    ("Friday", None, None),
    ("between 2016 and 2018", REF, "2016/2018"),
    ("2016-18", None, "2016/2018"),
    ("the 1970s and 80s", REF, "197X/198X"),
    ("the 1970s", None, "197X"),
    ("the 19th century", None, "18XX"),
    ("tonight", REF, "2022-02-02"),
    ("last night", REF, "2022-02-01"),
    ("yesterday", None, None),
    ("31 December 2004", None, "2004-12-31"),
    ("Monday, January 14, 2019", None, "2019-01-14"),
    ("March 2005", None, "2005-03"),
    ("October", None, "XXXX-10"),
    ("October", REF, "2021-10"),
    ("28 January", None, "XXXX-01-28"),
    ("last year", REF, "2021"),
    ("this year", REF, "2022"),
    ("next month", REF, "2022-03"),
    ("two months ago", REF, "2021-12"),
    ("last summer", REF, "2021-22"),
])
def test_normalise_date(text, ref, value):
    assert normalise_date(text, ref) == value


def test_a_relative_month_without_a_reference_date_keeps_its_month():
    assert normalise_date("last December", None) == "XXXX-12"
    assert normalise_date("last year", None) is None


def test_future_context_resolves_forwards():
    assert normalise_date("Wednesday", date(2022, 2, 3), direction="future") == "2022-02-09"
    assert normalise_date("March", REF, direction="future") == "2022-03"


def test_dateparser_fallback_handles_other_single_expressions():
    assert normalise_date("Jan. 5, 2019", None) == "2019-01-05"


def test_reference_date_from_option_then_dateline():
    text = "Friday, January 4, 2019\n\nThe mayor spoke on Monday."
    assert dateline(text) == date(2019, 1, 4)
    given = RefDate(REF, DateSource.OPTION)
    assert reference_date(text) == RefDate(date(2019, 1, 4), DateSource.DATELINE)
    assert reference_date(text, given=given) == RefDate(date(2019, 1, 4), DateSource.DATELINE)  # the article wins
    assert reference_date(text, given=RefDate(REF, DateSource.OPTION, forced=True)).value == REF  # --force-date
    assert reference_date("No dateline.", "news/2020-05-06-flood.txt", given) == RefDate(date(2020, 5, 6),
                                                                                        DateSource.FILENAME)
    assert reference_date("No dateline.", "news/flood-2020-05-06.txt", given) == given
    assert reference_date("No dateline.", "2020-13-45-x.txt") is None
    assert reference_date("No dateline here.\nFriday, January 4, 2019") is None


def test_weekday_before_a_name_after_on_is_a_date(extract):
    from datetime import date

    text = ("On Wednesday Irish Transport Minister Ann Daly said the sale would go ahead. "
            "The Sunday Courier had reported it first.")
    values = {d.text: d.value for d in extract(text, date(2021, 3, 4)).dates}
    assert values.get("Wednesday") == "2021-03-03"
    assert "Sunday" not in values


def test_programme_names_are_not_dates(extract):
    from datetime import date

    text = ("Ms Hale told Radio 4's Today programme that the Sunday papers were wrong. "
            "She will meet the board today.")
    values = [(d.text, d.value) for d in extract(text, date(2021, 3, 4)).dates]
    assert values == [("today", "2021-03-04")]


def test_count_unit_is_the_last_noun_of_a_compound(extract):
    text = "The raids involved 30 law enforcement agencies and two police officers."
    units = {c.value: c.unit for c in extract(text).counts}
    assert units == {30: "agency", 2: "officer"}


def test_count_unit_is_the_dictionary_singular(extract):
    text = "The trial gave two doses to 40 adults, who moved three boxes and four buses and bought six glasses."
    units = {c.value: c.unit for c in extract(text).counts}
    assert units == {2: "dose", 40: "adult", 3: "box", 4: "bus", 6: "glass"}


def test_count_unit_of_initials_and_odd_plurals_is_singular(extract):
    text = ("Mr Kane missed the vote along with 16 other Lib Dem MPs. The group wants to remove the "
            "last 92 hereditaries, and saw 3 movies.")
    units = {c.value: c.unit for c in extract(text).counts}
    assert units == {16: "mp", 92: "hereditary", 3: "movie"}


def test_count_unit_of_a_names_plural_is_singular(extract):
    text = "The duo's album won three Grammys last year, and the film took five Baftas."
    units = {c.value: c.unit for c in extract(text).counts}
    assert units == {3: "grammy", 5: "bafta"}


def test_ontonotes_date_entities_are_vetted(nlp, extract):
    # en_core_web_sm labels every one of these DATE; none is a point on the calendar
    text = ("The striker, aged 41, signed a 10-year deal on Monday, scrapping the two-year-old "
            "policy. Ms Ortiz, 52, has led the charity for 10 years and spent six months abroad.")
    labelled = {e.text for e in nlp(text).ents if e.label_ == "DATE"}
    assert {"41", "10-year", "two-year-old", "10 years", "six months"} <= labelled
    facts = extract(text, date(2024, 5, 1))
    assert [(d.text, d.value) for d in facts.dates] == [("Monday", "2024-04-29")]


def test_ontonotes_cardinal_entities_are_vetted(nlp, extract):
    text = ("United won 3-1 at home. The five-member panel showed zero tolerance, and one of "
            "the judges said 12 players would be fined.")
    labelled = {e.text for e in nlp(text).ents if e.label_ == "CARDINAL"}
    assert {"3", "five", "zero"} <= labelled
    facts = extract(text)
    assert [(c.text, c.value, c.unit) for c in facts.counts] == [("12 players", 12, "player")]


def test_calendar_date_test_keeps_anchored_expressions():
    from factcli.facts.datefind import is_calendar_date

    for text in ("March 2019", "the 1990s", "three days ago", "last week", "Monday", "the new year"):
        assert is_calendar_date(text), text
    for text in ("10 years", "two-year", "a decade", "41", "the six months", "a second day", "eleven-month-old"):
        assert not is_calendar_date(text), text


def test_a_day_as_an_ordinal_word(extract):
    facts = extract("Crowds gathered on the Fourth of July, as they had on the first of May, 2019.",
                    date(2020, 7, 10))
    assert [(d.text, d.value) for d in facts.dates] == [("the Fourth of July", "2020-07-04"),
                                                         ("the first of May, 2019", "2019-05-01")]


def test_counts_across_a_sentence_and_in_a_bare_clause(extract):
    facts = extract("Of the 360 MPs, 312 Labour MPs backed it and 48 Conservatives opposed it.")
    assert [(c.text, c.value, c.unit) for c in facts.counts] == [
        ("360 MPs", 360, "mp"), ("312 Labour MPs", 312, "mp"), ("48 Conservatives", 48, "mp")]
    facts = extract("The quake hit at dawn. 39 are confirmed dead, officials said.")
    assert [(c.text, c.value, c.unit) for c in facts.counts] == [("39", 39, "person")]


def test_a_part_counted_out_of_a_whole_and_a_number_in_a_state_of_harm(extract):
    facts = extract("A union of 7,600 officials backed him. A group of 16,500 of 21,000 border agents did too. "
                    "The storm left at least 64 dead. Police said 25 miners were killed and 55 wounded.")
    units = {c.value: c.unit for c in facts.counts}
    assert units[16500] == "agent"  # (not the officials of the sentence before)
    assert units[64] == "person"
    assert units[55] == "miner"  # the noun the sentence counted before


@pytest.mark.parametrize("top, expected", [
    ("LONDON, March 3, 2021 (Reuters) - The Bank of England held rates on Wednesday.", date(2021, 3, 3)),
    ("London, 3 March 2021 - The council met on Wednesday.", date(2021, 3, 3)),
    ("Council approves flood plan\n\nPublished: 3 March 2021\n\nThe council met on Wednesday.", date(2021, 3, 3)),
    ("Updated 14:02 GMT, 3 March 2021\n\nThe council met on Wednesday.", date(2021, 3, 3)),
    ("Flood plan approved\nBy Jane Doe, March 3, 2021\n\nThe council met on Wednesday.", date(2021, 3, 3)),
    ("NEW YORK, Jan. 5, 2020 /PRNewswire/ -- Acme Corp said on Sunday it had won.", date(2020, 1, 5)),
    ("Headline\n\nLast updated on 5 May 2020 at 10:00\n\nText.", date(2020, 5, 5)),
    ("WASHINGTON (AP) — The Senate voted on Tuesday.", None),  # a dateline without a date
    ("On March 3, 2021, the council met.", None),  # a sentence of the story, not a dateline
    ("The 3 March 2021 vote was close.", None),
])
def test_datelines_as_wires_and_websites_write_them(top, expected):
    assert dateline(top) == expected
    if expected is not None:
        assert reference_date(top) == RefDate(expected, DateSource.DATELINE)


def _counted(extract, text: str) -> list[tuple]:
    """(text, value, unit) of each count factcli finds in `text`."""
    return [(c.text, c.value, c.unit) for c in extract(text).counts]


def test_ratios_ranks_and_pronouns_are_not_counts(extract):
    text = ("Nearly two in three voters backed the plan. The band's album entered the top five. "
            "Ms Hale, a top 10 player, beat the top two seeds. Her defeat was a painful one, "
            "said her coach. Fourteen officers were sacked and 29 out of 30 charges stood.")
    assert _counted(extract, text) == [
        ("two seeds", 2, "seed"), ("Fourteen officers", 14, "officer"), ("29 out of 30 charges", 29, "charge"),
        ("30 charges", 30, "charge")]


def test_fractions_of_round_numbers_and_fractions_as_units(extract):
    text = "Half a million people marched. A quarter of a million students protested. Two thirds of voters agreed."
    assert _counted(extract, text) == [
        ("Half a million people", 500000, "person"), ("A quarter of a million students", 250000, "student")]


def test_ranks_eras_page_furniture_and_a_certain_one_are_not_counts(extract):
    text = ("Senator Dick Durbin, the No. 2 Senate Democrat, said so. Slideshow (5 Images) Mummification "
            "was common from about 664 b.c.e. to 250 c.e. She moved from one Atlanta suburb to another. "
            "Nearly one in three black men ages 20-29 was caught. Fourteen officers quit.")
    assert [(c.text, c.value) for c in extract(text).counts] == [("Fourteen officers", 14)]


def test_a_hyphenated_modifier_stays_inside_the_counted_phrase(extract):
    text = "The dam is one of 30 such large-scale construction projects. They sang two song-and-dance routines."
    assert _counted(extract, text) == [
        ("30 such large-scale construction projects", 30, "project"), ("two song-and-dance routines", 2, "routine")]


def test_a_number_glued_to_m_or_bn_counts_millions_of_a_plural_noun(extract):
    text = ("Home sales cost £3m on average, and there were 1.1m residential real-estate transactions. "
            "About 2m people voted. He is 1.8m tall. Revenue was $4m.")
    assert _counted(extract, text) == [
        ("1.1m residential real-estate transactions", 1_100_000, "transaction"), ("2m people", 2_000_000, "person")]
    # where money is never written so, a whole number of m is metres: a race, not 60 million hurdles
    assert extract("Kluft ran the 60m hurdles and won 60m hurdles heats in Birmingham.").counts == []


def test_measures_currencies_scores_and_ratios_are_not_counts(extract):
    text = ("Seagate showed a 5GB drive and 3G phones. The FTSE 100 closed 15 points higher, and Ms Hale "
            "leads by four points. The port handled 180,000 tonnes of grain and 400,000 barrels of oil, "
            "and the drive cost 9,000 pesos. Wales won 11-9 in a 5-4 decision with a 2.69-to-1 ratio. "
            "Fourteen officers were sacked and 300,000 copies were sold.")
    assert _counted(extract, text) == [("Fourteen officers", 14, "officer"), ("300,000 copies", 300_000, "copy")]


def test_a_number_before_two_singular_nouns_sizes_the_second(extract):
    """"a three digit number" is one number; "staff" and "aircraft" are their own plurals."""
    text = ("The label offers its entire 200,000 download catalogue online, and callers will dial a new "
            "three digit number. The airline will buy 20 transport aircraft and train 4,500 volunteer field staff.")
    assert _counted(extract, text) == [("20 transport aircraft", 20, "aircraft"),
                                       ("4,500 volunteer field staff", 4500, "staff")]


def test_measure_words_come_from_the_vectors_not_a_list(nlp):
    from factcli.facts.counts import MEASURE_SEEDS, measure_test

    is_measure = measure_test(nlp.vocab)
    unlisted = ["gigabyte", "kilowatt", "ounce", "peso", "yard", "calorie"]
    assert not set(unlisted) & set(MEASURE_SEEDS)
    assert all(is_measure(w) for w in unlisted)
    assert not any(is_measure(w) for w in ["officer", "copy", "seat", "wicket", "medal", "gill", "language"])


def test_without_vectors_only_points_are_measures():
    from spacy.vocab import Vocab

    from factcli.facts.counts import measure_test
    from factcli.nlp.vectors import nearness

    assert nearness(Vocab(), ["metre"]) is None
    assert measure_test(Vocab())("point") and not measure_test(Vocab())("tonne")


def test_numbers_in_names_and_labels_are_not_counts(extract):
    text = ("It is predicted that the Band Aid 20 song will sell 300,000 copies. 19 Management runs the careers "
            "of many. Police responded to a 911 call. Earlier on Friday 15 protesters gathered, and it won six "
            "Baftas. The airline ordered 32 aircraft and employs 55,000 staff.")
    assert [(c.text, c.value) for c in extract(text).counts] == [
        ("300,000 copies", 300_000), ("15 protesters", 15), ("six Baftas", 6), ("32 aircraft", 32),
        ("55,000 staff", 55_000)]


def test_a_number_after_an_untagged_name_is_part_of_it(extract):
    text = ("Commodore 64 fans have built emulators for modern PCs. The console ships with the Spider-Man 2 "
            "film. Officials said 40 officers came.")
    assert [(c.text, c.value) for c in extract(text).counts] == [("40 officers", 40)]


def test_a_number_before_capitalised_words_and_a_singular_noun_begins_a_name(extract):
    text = ("The envoys met at 10 Downing street on Monday, and Five Star singer Lena Shaw sang for the "
            "guests. The band's two Brit awards were on show, with 30 House members.")
    assert _counted(extract, text) == [("two Brit awards", 2, "award"), ("30 House members", 30, "member")]


def test_a_name_between_a_number_and_its_noun_is_no_unit(extract):
    text = ("The bill would pay for 400 more Drug Enforcement Administration agents, and 62 House of "
            "Representatives members signed the letter.")
    assert _counted(extract, text) == [
        ("400 more Drug Enforcement Administration agents", 400, "agent"),
        ("62 House of Representatives members", 62, "member")]


def test_a_rate_is_not_a_count_and_others_hurt_are_people(extract):
    text = ("The UK has 7.5 connections per 100 people, compared to 6.7 in Germany. The gunman killed a woman "
            "and injured at least nineteen others. About 2.5 million people voted.")
    assert _counted(extract, text) == [("nineteen others", 19, "person"), ("2.5 million people", 2_500_000, "person")]


def test_half_a_dozen_is_six(extract):
    text = "Half a dozen lawyers spoke. A half-dozen candidates ran. A dozen people came."
    assert _counted(extract, text) == [
        ("Half a dozen lawyers", 6, "lawyer"), ("half-dozen candidates", 6, "candidate"),
        ("dozen people", 12, "person")]


def test_a_half_without_a_and_a_whole_and_a_half_scale_the_round_number(extract):
    text = "About a half dozen nurses quit. The city now has two and a half million cars."
    assert _counted(extract, text) == [("half dozen nurses", 6, "nurse"),
                                       ("two and a half million cars", 2_500_000, "car")]


def test_a_number_in_a_name_after_of_is_no_count(extract):
    text = ("Leaders met for the Group of 20 summit in Osaka. In November of 26 people questioned, "
            "most agreed.")
    counts = [(c.value, c.unit) for c in extract(text).counts]
    assert (20, "summit") not in counts
    assert (26, "person") in counts


def test_a_number_after_a_class_word_is_a_label(extract):
    text = "Humberto is a category 1 hurricane. The article 50 talks began. Stage 3 starts as two men wait."
    counts = [(c.value, c.unit) for c in extract(text).counts]
    assert counts == [(2, "man")]


def test_a_bare_number_that_is_a_nouns_value_is_no_count(extract):
    text = ("Officials counted 600 voters on Monday. A crowd of 360 gathered. Owners have an average of 17 "
            "each, and the pension age rises from 60 to 65.")  # (a bare number looks one sentence back)
    counts = [(c.text, c.unit) for c in extract(text).counts]
    assert ("600 voters", "voter") in counts and ("360", "voter") in counts
    assert not [t for t, _ in counts if t in ("17", "60", "65")]


def test_four_digits_before_a_time_zone_are_a_time_not_a_year(extract):
    facts = extract("The crash happened around 8:30 p.m. BST (1930 UTC) on August 27, and the road "
                    "reopened at 2100 GMT.", date(2019, 10, 10))
    assert [(d.text, d.value) for d in facts.dates] == [("August 27", "2019-08-27")]


def test_a_capitalised_century_or_a_sequel_s_weekday_inside_a_name_is_no_date(extract):
    facts = extract("Snyder runs distribution at 20th Century Fox. Tarantino is to make a Friday sequel, "
                    "and the studio was founded in the 20th century.", date(2004, 12, 1))
    assert [(d.text, d.value) for d in facts.dates] == [("the 20th century", "19XX")]
    assert not facts.durations


def test_a_weekday_that_ends_an_events_name_is_no_date(extract):
    facts = extract("Sanders hoped to win California on Super Tuesday. Warren quit on Thursday.", date(2020, 3, 6))
    assert [(d.text, d.value) for d in facts.dates] == [("Thursday", "2020-03-05")]


def test_both_ends_of_a_range_count_the_noun_in_the_second_ends_scale(extract):
    text = ("Retailers expect between 700,000 and one million set-top boxes to be sold. "
            "The show draws 7 to 8 million viewers. Police detained 350 to 400 people.")
    assert _counted(extract, text) == [
        ("700,000", 700_000, "box"), ("one million set-top boxes", 1_000_000, "box"),
        ("7", 7_000_000, "viewer"), ("8 million viewers", 8_000_000, "viewer"),
        ("350", 350, "person"), ("400 people", 400, "person")]


def test_a_count_stops_at_a_dash_that_opens_an_aside(extract):
    text = "The carmaker sold more of its three marques - BMW, Mini and Rolls-Royce - in Asia."
    assert "bmw" not in [c.unit for c in extract(text).counts]


def test_a_number_before_a_noun_for_a_number_counts_no_such_noun(extract):
    text = ("Deaths passed the 50,000 mark. The 250,000 new jobs added in May were twice the 125,000 "
            "figure economists expected. The agency revised the number of jobs created - to 90,000 "
            "in April instead of 60,000.")
    counted = _counted(extract, text)
    assert not [c for c in counted if c[2] in ("figure", "mark")]
    assert ("90,000", 90_000, "job") in counted


def test_a_multiple_and_a_rate_per_unit_count_nothing(extract):
    text = ("The bloc has about six times the island's economic might. The photo has 500 times the resolution "
            "of a phone's. Printed at 300 dots per inch, it is huge. The clinic saw 48 cases per 10,000 people. "
            "Almost three times as many people left. Twelve nurses stayed.")
    assert _counted(extract, text) == [("Twelve nurses", 12, "nurse")]


def test_a_number_before_a_persons_name_is_a_rank_not_a_count(extract):
    text = ("The rankings: 7 Serena Williams (US) 8 Venus Williams (US) 9 Vera Zvonareva (Russia). The suit "
            "was filed by two Clinton donors.")
    assert _counted(extract, text) == [("two Clinton donors", 2, "donor")]


def test_a_temperature_is_a_measure_not_a_count(extract):
    text = ("The talks must head off a dangerous 4-5C rise in world temperatures, and the crew uses "
            "300°F (149°C) irons. Twelve engineers were sent home.")
    counts = {(c.text, c.value) for c in extract(text).counts}
    assert counts == {("Twelve engineers", 12)}


def test_a_compound_irregular_plural_is_counted_in_the_singular(extract):
    text = "The gunman held 20 schoolchildren and three policemen, and 12 businesswomen watched."
    assert {(c.value, c.unit) for c in extract(text).counts} == {
        (20, "schoolchild"), (3, "policeman"), (12, "businesswoman")}


def test_a_picture_count_in_brackets_is_page_furniture(extract):
    text = ("Hale has taken a tougher line than the prime minister on trade and tried to broker a truce after "
            "three Gulf states cut ties with Oman.\n\nSlideshow (8 Images)\n\nIn October in Cairo, Hale said "
            "talks were going well.")
    assert [(c.text, c.value) for c in extract(text).counts] == [("three Gulf states", 3)]


def test_today_after_a_number_is_when_not_what_it_counts(extract):
    text = ("The county recorded about 900 burglaries a year in the 1990s, as against around 250 today. "
            "The council says 40 wardens now patrol the estates.")
    assert [(c.text, c.value, c.unit) for c in extract(text).counts] == [
        ("900 burglaries", 900, "burglary"), ("250", 250, "burglary"), ("40 wardens", 40, "warden")]
