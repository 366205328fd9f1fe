"""Issue 11's classes of dates and durations, on sentences written for the tests and the
real pipeline: durations, times with a day, scheduled events resolved forward, quarters,
seasons, a day soon after the reference date, a full stop after a month name, the
clause's tense, dates the article has just named ("that day"), weekends."""

from __future__ import annotations

from datetime import date

import pytest

REF = "2021-05-12"  # a Wednesday


def _dates(extract, text):
    from datetime import date

    return [(d.text, d.value) for d in extract(text, date.fromisoformat(REF)).dates]


def _durations(extract, text):
    from datetime import date

    return [(d.text, d.value) for d in extract(text, date.fromisoformat(REF)).durations]


@pytest.mark.parametrize("text,expected", [
    ("The deal runs for two years.", [("two years", "P2Y")]),
    ("He served a decade in prison.", [("a decade", "P10Y")]),
    ("They signed a 10-year deal with the club.", [("10-year", "P10Y")]),
    ("The meeting lasted 90 minutes.", [("90 minutes", "PT90M")]),
    ("Prices rose over the past six months.", [("the past six months", "P6M")]),
    ("She has worked there for years.", [("years", "PXY")]),
    ("Talks went on for several weeks.", [("several weeks", "PXW")]),
    ("It happened two years ago.", []),  # a date, not a duration
    ("A 41-year-old man was arrested.", []),  # an age
    ("The victim, aged 41, was named.", []),
    ("Voters want a second referendum.", []),  # an ordinal
    ("He paused for a second.", [("a second", "PT1S")]),
    ("Three days later, he quit.", []),  # a point in time (a date), as the dev keys have it
    ("It was two days later than planned.", [("two days", "P2D")]),
    ("It was the first time in years.", [("years", "PXY")]),
    ("They met a couple of years back.", [("a couple of years", "P2Y")]),
    ("He is five years old.", []),
    ("They hope to hold the seat in a year when many retire.", []),  # a time named, no length
    ("This is a year where voters want change.", []),
    ("Paterson kicked a penalty on 50 minutes.", []),  # a point in a match
    ("He came on after 76 minutes.", [("76 minutes", "PT76M")]),
    ("She won in one minute, 49.02 seconds.", [("one minute, 49.02 seconds", "PT1M49.02S")]),  # one length
    ("He served 12 years, 4 months.", [("12 years, 4 months", "P12Y4M")]),
    ("The hearing ran two hours and 10 minutes.", [("two hours and 10 minutes", "PT2H10M")]),
    ("She swam for two days and six hours.", [("two days and six hours", "P2DT6H")]),
    ("Ten minutes, two hours, it varies.", [("Ten minutes", "PT10M"), ("two hours", "PT2H")]),  # larger second
    ("I hope that one day we can meet.", []),  # "some day": a moment
    ("One day, he said, the river rose.", []),
    ("The strike lasted one day.", [("one day", "P1D")]),
    ("He resigned one day after the vote.", [("one day", "P1D")]),
    ("The debate ran an hour and a half.", [("an hour and a half", "PT1.5H")]),  # the half after the unit
    ("It opened a year and a half ago.", []),  # a date, not a year's duration
    ("He led the band for a quarter of a century.", [("a quarter of a century", "P25Y")]),  # not a century
    ("The vote took three quarters of an hour.", [("three quarters of an hour", "PT45M")]),
    ("The trial is expected to last two months.", [("two months", "P2M")]),  # the verb "last" is not
    ("Prices will rise in the coming weeks.", [("coming weeks", "PXW")]),  # part of the length
    ("It is the first 30-minute drama the channel has bought.", [("30-minute", "PT30M")]),  # "the first" is
    ("Over the next 10 years prices rose.", [("the next 10 years", "P10Y")]),  # the drama's, not the length's
])
def test_durations(extract, text, expected):
    assert _durations(extract, text) == expected


def test_a_duration_is_not_a_count(extract):
    from datetime import date

    facts = extract("The council spent two years and 14 officers on the inquiry.", date.fromisoformat(REF))
    assert [(c.value, c.unit) for c in facts.counts] == [(14, "officer")]
    assert [d.value for d in facts.durations] == ["P2Y"]


@pytest.mark.parametrize("text,expected", [
    ("He will resign effective from 5 p.m. on Friday.", [("5 p.m. on Friday", "2021-05-14T17:00")]),
    # a future clause in an article dated that very weekday means that day
    ("He will resign effective from 5 p.m. on Wednesday.", [("5 p.m. on Wednesday", "2021-05-12T17:00")]),
    ("Talks began at 10:00 GMT Sunday.", [("10:00 GMT Sunday", "2021-05-09T10:00")]),
    ("Polls closed at 10pm on 6 May.", [("10pm on 6 May", "2021-05-06T22:00")]),
])
def test_times_with_a_day_keep_the_time(extract, text, expected):
    assert _dates(extract, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The company is due to report in April.", "2022-04"),
    ("It signed a contract running through August.", "2021-08"),
    ("A court-imposed July 26 deadline looms.", "2021-07-26"),
    ("Talks are set to resume on Monday.", "2021-05-17"),
    ("The company reported in April.", "2021-04"),  # past: backward
    ("The strike ran until August.", "2020-08"),
    ("The firm was expected to report in April.", "2021-04"),
])
def test_scheduled_events_resolve_forward_and_others_backward(extract, text, expected):
    assert [v for _, v in _dates(extract, text)] == [expected]


@pytest.mark.parametrize("text,expected", [
    ("The group could leave as soon as Tuesday.", "2021-05-18"),  # a modal
    ("He will begin withdrawing troops on Friday.", "2021-05-14"),  # 'will' above a to-less verb chain
    ("The father would be travelling to the US on Thursday.", "2021-05-13"),
    ("Shares are to resume trading in Paris on Tuesday.", "2021-05-18"),  # be + to
    ("He and the mayor meet separately on Monday.", "2021-05-17"),  # a present clause
    ("The channel is airing the hearing on Friday.", "2021-05-14"),
    ("Protesters planned a march on Saturday.", "2021-05-15"),
    ("The minister says she met them on Monday.", "2021-05-10"),  # reported past
    ("The club has won on Saturday.", "2021-05-08"),  # present perfect: past
    ("Shares have risen since Monday.", "2021-05-10"),  # since looks back
    ("The report says the April 3 attack was planned abroad.", "2021-04-03"),  # the date modifies a noun
])
def test_the_clause_tense_decides_the_direction(extract, text, expected):
    assert [v for _, v in _dates(extract, text)] == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Protests began in January of this year.", "2021-01"),
    ("Sales fell in March last year.", "2020-03"),
    ("The law takes effect in May next year.", "2022-05"),
])
def test_a_month_with_this_last_or_next_year(extract, text, expected):
    assert _dates(extract, text) == [(text.split(" in ")[1].rstrip("."), expected)]


@pytest.mark.parametrize("text,expected", [
    ("The licence expired on Monday, the same day parliament returned.",
     [("Monday", "2021-05-10"), ("the same day", "2021-05-10")]),
    ("She landed on 3 March 2019. The following day she left.",
     [("3 March 2019", "2019-03-03"), ("The following day", "2019-03-04")]),
    ("The mill shut in 1998. Later that year it burned down.", [("1998", "1998"), ("Later that year", "1998")]),
    ("Voting ended in June 2016; the following month he resigned.",
     [("June 2016", "2016-06"), ("the following month", "2016-07")]),
    ("The mill shut in 1998. The next morning it burned down.", [("1998", "1998"), ("The next morning", None)]),
    ("That night was cold.", [("That night", None)]),  # nothing named before it
    ("Rates could rise later in the year.", [("later in the year", "2021")]),
    ("The ban runs until the end of the year.", [("the end of the year", "2021")]),
    ("Talks stalled at the end of last month.", [("the end of last month", "2021-04")]),
    ("Prices fell at the start of this week.", [("the start of this week", "2021-W19")]),
    ("Chips should appear by the end of the decade.", [("the end of the decade", "202X")]),
    ("It opened a decade ago.", [("a decade ago", "2011")]),  # a year, not a month
    ("Romney first ran in 2008. Four years later, he won the nomination.",
     [("2008", "2008"), ("Four years later", "2012")]),
    ("The album came out on 3 March 2019. Three weeks later, he quit.",
     [("3 March 2019", "2019-03-03"), ("Three weeks later", "2019-03-24")]),
    ("Three weeks later, he quit.", [("Three weeks later", None)]),  # later than what: not said
    ("He would be leaving in the next day or two.", []),
])
def test_a_date_the_article_has_just_named(extract, text, expected):
    assert _dates(extract, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Fans gathered at the weekend.", "2021-05-08/2021-05-09"),
    ("The team will play over the weekend.", "2021-05-15/2021-05-16"),
    ("Last weekend was quiet.", "2021-05-08/2021-05-09"),
    ("Next weekend is busy.", "2021-05-22/2021-05-23"),
])
def test_weekends_are_their_saturday_and_sunday(extract, text, expected):
    assert [v for _, v in _dates(extract, text)] == [expected]


def test_the_weekend_of_a_named_day_is_not_the_last_weekend(extract):
    assert [t for t, _ in _dates(extract, "The final is on the weekend of 27-28 November.")] != ["the weekend"]
    assert _dates(extract, "They meet in the last week of July.") == [("July", "2021-07")]


def test_the_new_year_is_the_coming_one_late_in_a_year():
    from datetime import date

    from factcli.api import extract_text

    text = "Talks resume in the new year. She got an MBE in the New Year Honours."
    assert [(d.text, d.value) for d in extract_text(text, date=date(2017, 12, 30)).dates] == [("the new year", "2018")]
    assert [d.value for d in extract_text(text, date=date(2018, 1, 5)).dates] == ["2018"]


@pytest.mark.parametrize("text,expected", [
    ("The show runs 6 to 9 January 2022.", [("6 to 9 January 2022", "2022-01-06/2022-01-09")]),
    ("Talks were held between 16-18 December 2004.", [("between 16-18 December 2004", "2004-12-16/2004-12-18")]),
    ("The Dublin dates on June 24 and 25 form part of the tour.", [("June 24 and 25", "2021-06-24/2021-06-25")]),
    ("It ran from February 16 through 20.", [("from February 16 through 20", "2021-02-16/2021-02-20")]),
    ("Voters went to the polls on 20 and 27 April.", [("27 April", "2021-04-27")]),  # two days, not a run
])
def test_a_run_of_days_in_one_month_is_a_range(extract, text, expected):
    assert _dates(extract, text) == expected
    assert not extract(text, date.fromisoformat(REF)).counts  # "25 form part" was a count


@pytest.mark.parametrize("text,expected", [
    ("He was first elected in '83 and again in ’16.", [("'83", "1983"), ("’16", "2016")]),
    ("Rock 'n' roll boomed in the '80s.", [("the '80s", "198X")]),  # a decade, as before
    ("She scored 2 '45 goals.", []),  # not after a date preposition
])
def test_two_digit_years_after_a_date_preposition(extract, text, expected):
    assert _dates(extract, text) == expected


def test_upcoming_dates_cross_the_new_year():
    from datetime import date

    from factcli.facts.datenorm import normalise_date

    ref = date(2017, 12, 30)
    assert normalise_date("Jan. 3", ref) == "2018-01-03"
    assert normalise_date("January", ref) == "2018-01"
    assert normalise_date("Dec. 3", ref) == "2017-12-03"
    assert normalise_date("March", ref) == "2017-03"


def test_a_day_or_month_just_after_the_reference_date_is_upcoming(extract):
    assert _dates(extract, "The vote on June 2 decides it.") == [("June 2", "2021-06-02")]
    assert _dates(extract, "The plant closed on December 2.") == [("December 2", "2020-12-02")]
    assert _dates(extract, "Voters go to the polls in July.") == [("July", "2021-07")]


@pytest.mark.parametrize("text,expected", [
    ("The bank posted third-quarter results.", [("third-quarter", "2020-07/2020-09")]),  # not begun: last year's
    ("Sales rose in the first quarter.", [("the first quarter", "2021-01/2021-03")]),
    ("It happened in the autumn of 1978.", [("the autumn of 1978", "1978-23")]),
    ("The scheme launched last fall.", [("last fall", "2020-23")]),
    ("The match will be televised on Wednesday 19 January.", [("Wednesday 19 January", "2022-01-19")]),
    ("Profits fell a year earlier.", [("a year earlier", "2020")]),
    ("He will leave two weeks from now.", [("two weeks from now", "2021-05-26")]),
])
def test_quarters_seasons_and_month_names(extract, text, expected):
    assert _dates(extract, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the quarter a report last named, a year back with year-earlier / a year earlier
    ("Profit rose in the first quarter of 2021 from $4m a year earlier. Sales for the quarter fell, "
     "and year-earlier sales were higher.",
     [("the first quarter of 2021", "2021-01/2021-03"), ("a year earlier", "2020-01/2020-03"),
      ("the quarter", "2021-01/2021-03"), ("year-earlier", "2020-01/2020-03")]),
    # none named: the last quarter ended by the reference date; the current one is ref's
    ("Profit in the latest quarter beat the year-ago period; the current quarter looks weak.",
     [("the latest quarter", "2021-01/2021-03"), ("the year-ago period", "2020-01/2020-03"),
      ("the current quarter", "2021-04/2021-06")]),
    ("A quarter of voters stayed home in the Latin Quarter before the quarter-final.", []),
    ("It beat the 2019 third quarter and this year's first quarter.",
     [("the 2019 third quarter", "2019-07/2019-09"), ("this year's first quarter", "2021-01/2021-03")]),
    ("That quarter was weak.", [("That quarter", None)]),  # nothing named before it
])
def test_quarters_a_report_names_without_a_number(extract, text, expected):
    assert _dates(extract, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The deal closed on Thanksgiving Day.", [("Thanksgiving Day", "2020-11-26")]),
    ("We met at Easter 2019.", [("Easter 2019", "2019-04-21")]),
    ("He will return next Easter.", [("next Easter", "2022-04-17")]),
    ("He played for Easter Road Rovers.", []),  # a name
])
def test_holidays(extract, text, expected):
    assert _dates(extract, text) == expected


@pytest.mark.parametrize("text, durations", [
    ("The benefit is worth £102.80 a week, the minister said.", []),
    ("The mine produces 400,000 tonnes a year.", []),
    ("Patients take the pill twice a day.", []),
    ("The park gets two million visitors a year.", []),
    ("He earns $30,000 a year and worked there for a decade.", [("a decade", "P10Y")]),
    ("She was jailed for a year.", [("a year", "P1Y")]),
    ("It took a week to repair the bridge.", [("a week", "P1W")]),
    ("The tariff costs £20 ($38) a month for each user.", []),  # the amount before its other currency
    ("She waited (as ever) a month for the result.", [("a month", "P1M")]),
])
def test_a_rate_is_not_a_duration(extract, text, durations):
    assert [(d.text, d.value) for d in extract(text, date.fromisoformat(REF)).durations] == durations


def test_an_ordinal_second_and_a_fraction_are_not_durations(extract):
    text = "She was forced off the circuit for a second time. He is serving 7-1/2 years. Wait for a second."
    assert [(d.text, d.value) for d in extract(text).durations] == [("a second", "PT1S")]


def test_a_caption_date_after_this_is_one_date(extract):
    text = ("FILE - In this Sept. 9, 2019, file photo, the president spoke. In this March 24, 2019 photo, he left. "
            "It will happen this Sept. and next September.")
    assert [(d.text, d.value) for d in extract(text, date(2020, 6, 15)).dates] == [
        ("Sept. 9, 2019", "2019-09-09"), ("March 24, 2019", "2019-03-24"), ("this Sept.", "2020-09"),
        ("next September", "2020-09")]


def test_a_caption_s_weekday_after_this_belongs_to_its_date(extract):
    text = ("FILE - In this Thursday, March 26, 2019, file photo, the mayor spoke. The vote ends next "
            "Wednesday, July 1. We meet this Thursday.")
    assert [(d.text, d.value) for d in extract(text, date(2020, 6, 15)).dates] == [
        ("Thursday, March 26, 2019", "2019-03-26"), ("Wednesday, July 1", "2020-07-01"),
        ("this Thursday", "2020-06-18")]


def test_a_month_glued_into_a_name_is_no_date(extract):
    text = "He was a guest at the Mar-a-Lago resort in Florida. He left in mid-March 2019."
    assert [(d.text, d.value) for d in extract(text, date(2020, 6, 15)).dates] == [("mid-March 2019", "2019-03")]


def test_a_quarter_of_a_unit_without_its_article(extract):
    text = "Over that nearly quarter of a century the world changed. It took three quarters of an hour."
    assert [(d.text, d.value) for d in extract(text).durations] == [
        ("quarter of a century", "P25Y"), ("three quarters of an hour", "PT45M")]


def test_year_olds_are_ages_and_until_one_day_is_some_day(extract):
    text = ("Turnout was 17% among 18 to 24 year olds and 40% among 30-year-olds. He ruled until one day, "
            "when he thought he was untouchable, he fell. The poll closes one day before the vote.")
    assert [(d.text, d.value) for d in extract(text).durations] == [("one day", "P1D")]


def test_a_capitalised_today_or_tomorrow_inside_a_sentence_is_a_names_word(extract):
    text = ("Charlie Dent spoke at the \"Congress of Tomorrow\" conference. Sign up for Guardian US Today. "
            "He said: Tomorrow we leave. “Tomorrow I work,” she said. The vote is tomorrow.\n\n``Today, I'm here.")
    assert [d.text for d in extract(text, date(2020, 6, 15)).dates] == ["Tomorrow", "Tomorrow", "tomorrow", "Today"]


def test_a_decade_or_century_named_is_no_length_of_time(extract):
    text = ("The planet could be uninhabitable by the end of this century. Scotland have struggled this decade. "
            "Statues went up around the turn of the century. Over the next decade prices rose. It took a decade.")
    assert [(d.text, d.value) for d in extract(text).durations] == [("the next decade", "P10Y"), ("a decade", "P10Y")]


def test_a_capitalised_unit_inside_a_sentence_is_a_names_word(extract):
    text = ("Clinton called out CBS 60 Minutes over its interview. The book We Were Eight Years in Power sold. "
            "A wave came earlier in the current decade. The meeting lasted 60 minutes.")
    assert [(d.text, d.value) for d in extract(text).durations] == [("60 minutes", "PT60M")]
