"""Every grammar rule's own examples (timexy style) and the calendar helpers the resolver uses."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline import find_times
from timeline.model import Certainty, Duration, Grain, Mod, TimeSpan
from timeline.temporal.calendar import add, floor, span_of, timex_date_value, timex_duration_value
from timeline.temporal.grammar_en import RULES
from timeline.temporal.holidays_en import HOLIDAYS, easter, orthodox_easter
from timeline.temporal.recognize import recognize
from timeline.temporal.resolution import Context
from timeline.temporal.resolve_dates import holiday
from timeline.temporal.tense import Tense, sentence_bounds, tense_at
from timeline.temporal.underspecified import Holiday

EXAMPLES = [
    (rule.name, sentence, expected) for rule in RULES for sentence, expected in rule.examples
]


@pytest.mark.parametrize(("name", "sentence", "expected"), EXAMPLES, ids=[e[1] for e in EXAMPLES])
def test_rule_example(name: str, sentence: str, expected: str) -> None:
    """The rule's example is recognised with exactly the stated extent (or, if empty, nothing)."""
    found = recognize(sentence)
    texts = [sentence[c.start : c.end] for c in found]
    if not expected:
        assert texts == [], f"{name}: expected nothing, got {texts}"
    else:
        assert expected in texts, f"{name}: expected {expected!r}, got {texts}"


def test_every_rule_has_an_example() -> None:
    assert all(rule.examples for rule in RULES)


@pytest.mark.parametrize(
    ("moment", "grain", "value"),
    [
        (datetime(2020, 6, 14), Grain.WEEK, "2020-W24"),
        (datetime(2021, 1, 3), Grain.WEEK, "2020-W53"),
        (datetime(2020, 8, 1), Grain.QUARTER, "2020-Q3"),
        (datetime(2020, 7, 1), Grain.HALF_YEAR, "2020-H2"),
        (datetime(2021, 1, 15), Grain.SEASON, "2020-WI"),
        (datetime(2020, 4, 1), Grain.SEASON, "2020-SP"),
        (datetime(1995, 3, 3), Grain.DECADE, "199"),
        (datetime(1950, 1, 1), Grain.CENTURY, "19"),
        (datetime(2020, 6, 14, 15, 30), Grain.HOUR, "2020-06-14T15:00"),
        (datetime(2020, 6, 14, 15, 30), Grain.MINUTE, "2020-06-14T15:30"),
    ],
)
def test_timex_date_value(moment: datetime, grain: Grain, value: str) -> None:
    assert timex_date_value(moment, grain) == value


def test_month_addition_clips_to_the_last_day() -> None:
    assert add(datetime(2020, 1, 31), 1, Grain.MONTH) == datetime(2020, 2, 29)
    assert add(datetime(2019, 1, 31), 1, Grain.MONTH) == datetime(2019, 2, 28)
    assert add(datetime(2020, 2, 29), 1, Grain.YEAR) == datetime(2021, 2, 28)


def test_span_of_a_winter_crosses_the_year() -> None:
    span = span_of(datetime(2021, 2, 10), Grain.SEASON)
    assert (span.start, span.end) == (datetime(2020, 12, 1), datetime(2021, 3, 1))
    assert floor(datetime(2020, 6, 17, 9), Grain.WEEK) == datetime(2020, 6, 15)


@pytest.mark.parametrize(
    ("amount", "grain", "value"),
    [
        (14, Grain.MONTH, "P14M"),
        (None, Grain.WEEK, "PXW"),
        (3, Grain.HOUR, "PT3H"),
        (0.5, Grain.HOUR, "PT30M"),
        (2.5, Grain.YEAR, "P2Y6M"),
        (1, Grain.DECADE, "P10Y"),
        (2, Grain.QUARTER, "P2Q"),
    ],
)
def test_timex_duration_value(amount: float | None, grain: Grain, value: str) -> None:
    assert timex_duration_value(amount, grain) == value


def test_since_opens_the_interval_to_the_future() -> None:
    (since,) = find_times("Libya has been in turmoil since 2011.", dct="2020-06-15")
    assert since.text == "2011"
    assert since.interval is not None
    assert since.interval.start == datetime(2011, 1, 1)
    assert since.interval.end is None


def test_past_two_weeks_is_a_duration_ending_at_the_dct() -> None:
    (found,) = find_times("Prices rose over the past two weeks.", dct="2020-06-15")
    assert (found.text, found.value) == ("the past two weeks", "P2W")
    assert found.interval is not None
    assert found.interval.end == datetime(2020, 6, 16)
    assert found.interval.start == datetime(2020, 6, 2)


def test_recently_is_open_to_the_past_and_inferred() -> None:
    (found,) = find_times("The army recently retook the base.", dct="2020-06-15")
    assert found.value == "PAST_REF"
    assert found.certainty is Certainty.INFERRED
    assert found.interval is not None
    assert found.interval.start is None


def test_a_year_earlier_compares_with_the_quarter_under_discussion() -> None:
    text = "Third-quarter profit rose to $5 million from $4 million a year earlier."
    values = [e.value for e in find_times(text, dct="1989-10-26")]
    assert values == ["1989-Q3", "1988-Q3"]


def test_narrative_mode_resolves_against_the_previous_date() -> None:
    found = find_times("The war began in March 1939. Two years later, it spread.", dct=None)
    assert [e.value for e in found] == ["1939-03", "1941"]


def test_modifiers_widen_the_extent() -> None:
    found = find_times("The talks ended in early March after about two weeks.", dct="2020-06-15")
    assert [(e.text, e.mod) for e in found] == [
        ("early March", Mod.START),
        ("about two weeks", Mod.APPROX),
    ]


@pytest.mark.parametrize("text", ["", "the year 9999 and the year 0000", "9999-12-31 plus a day"])
def test_extreme_and_empty_texts_do_not_raise(text: str) -> None:
    for expression in find_times(text, dct="9999-12-31"):
        assert text[expression.start : expression.end] == expression.text


def test_a_stretch_counted_from_a_told_year_survives_the_calendars_last_day() -> None:
    """The check that the told year ends by the DCT's day must not overflow on 9999-12-31."""
    text = "It was withdrawn in 1967 and spent the next 20 years rusting."
    found = {e.text: e for e in find_times(text, dct="9999-12-31")}
    interval = found["the next 20 years"].interval
    assert interval is not None
    assert interval.start is not None
    assert interval.end is not None
    assert (interval.start.year, interval.end.year) == (1967, 1987)


@pytest.mark.parametrize(
    ("year", "expected"),
    [(2019, "2019-04-21"), (2020, "2020-04-12"), (2024, "2024-03-31"), (2000, "2000-04-23")],
)
def test_easter(year: int, expected: str) -> None:
    assert easter(year).isoformat() == expected


@pytest.mark.parametrize(
    ("year", "expected"),
    [(2019, "2019-04-28"), (2021, "2021-05-02"), (2022, "2022-04-24"), (2023, "2023-04-16")],
)
def test_orthodox_easter(year: int, expected: str) -> None:
    assert orthodox_easter(year).isoformat() == expected


@given(st.integers(min_value=1900, max_value=2099))
def test_orthodox_easter_is_a_spring_sunday_never_before_western_easter(year: int) -> None:
    day = orthodox_easter(year)
    assert day.isoweekday() == 7
    assert (4, 4) <= (day.month, day.day) <= (5, 8)
    assert day >= easter(year)


def test_holidays_take_the_year_from_tense() -> None:
    past = find_times("The store was robbed on Thanksgiving Day.", dct="2024-03-12")
    future = find_times("The parade will be held on Thanksgiving.", dct="2020-06-15")
    assert [e.value for e in past] == ["2023-11-23"]
    assert [e.value for e in future] == ["2020-11-26"]


def test_time_span_of_and_values_delegate_to_the_calendar() -> None:
    span = TimeSpan.of(datetime(2020, 6, 14), Grain.WEEK)
    assert (span.start, span.end) == (datetime(2020, 6, 8), datetime(2020, 6, 15))
    assert span.timex_value() == "2020-W24"
    assert TimeSpan(datetime(2011, 1, 1), None, Grain.YEAR).timex_value() is None
    assert Duration(14, Grain.MONTH).timex_value() == "P14M"


@pytest.mark.parametrize(
    ("sentence", "phrase", "tense"),
    [
        # a present passive is present, though its participle looks past
        ("The case is heard in May.", "May", Tense.PRESENT),
        # a present perfect looks back, a perfect plan does not
        ("Police have been searching since the Oct. 23 attack.", "Oct. 23", Tense.PAST),
        ("They have scheduled a news conference Thursday.", "Thursday", Tense.FUTURE),
        # "could <verb>" looks ahead; "could be <participle>" says nothing
        ("Talks could start on Monday.", "Monday", Tense.FUTURE),
        ("Aides could be reached Wednesday.", "Wednesday", Tense.UNKNOWN),
        # a plan told in the past: either side; a date before it is the planning's own
        ("The team planned to leave on Thursday.", "Thursday", Tense.PLANNED),
        ("The voyage was due to end on Sunday.", "Sunday", Tense.PLANNED),
        ("On Friday, the government planned to close it.", "Friday", Tense.PAST),
        # an infinitive is not a scheduled event; an -ed word after a determiner is an adjective
        ("It was hard to meet demand into the summer.", "the summer", Tense.PAST),
        ("It will be paid on a still unspecified date in January.", "January", Tense.FUTURE),
        # "vs." ends no sentence, so the verb after it decides
        ("In January, after Roe vs. Wade was marked, a clinic burned.", "January", Tense.PAST),
    ],
)
def test_tense_cues(sentence: str, phrase: str, tense: Tense) -> None:
    start = sentence.index(phrase)
    assert tense_at(sentence, start, start + len(phrase)) is tense


def test_sentence_bounds_skip_abbreviations() -> None:
    text = "He met Dr. Smith on Friday. They left."
    start = text.index("Friday")
    assert sentence_bounds(text, start, start + 6) == (0, text.index(" They"))


def test_sentence_bounds_of_an_expression_opening_its_sentence() -> None:
    # the sentence end before it is only seen with the expression's own capital after it
    text = "The ministry declined to comment. Last year the harvest started on July 3."
    start = text.index("Last year")
    assert sentence_bounds(text, start, start + 9) == (start, len(text))
    found = find_times(text, dct="2025-08-31")
    assert [e.value for e in found] == ["2024", "2024-07-03"]


@pytest.mark.parametrize(
    ("sentence", "dct", "expected"),
    [
        (
            "It could arrive as early as Tuesday, he said.",
            "2000-04-03",
            [("Tuesday", "2000-04-04")],
        ),
        ("Prices reflect current market conditions.", "1989-10-30", [("current", "PRESENT_REF")]),
        # an appositive day counted from an event names the day before it again (TimeBank
        # wsj_0585: "Oct. 12, the day before the stock market plunge" is 1989-10-12)
        (
            "He was seen Nov. 3, the day before police issued a warrant.",
            "1999-05-07",
            [("Nov. 3", "1998-11-03"), ("the day before", "1998-11-03")],
        ),
        (
            "It earned less in the year-ago third quarter.",
            "1989-10-30",
            [("the year-ago third quarter", "1988-Q3")],
        ),
        ("It was high noon for Poland.", "1999-03-12", []),
        ("The party daily Granma said so.", "2000-01-28", []),
        ("The 30-day offer expired.", "1989-10-30", [("30-day", "P30D")]),
        ("Claims rose nearly two weeks ago.", "1989-10-30", [("nearly two weeks ago", "1989-W42")]),
        ("Sales will rise 8.5% annually.", "1989-10-30", []),
        ("They meet annually in Davos.", "1989-10-30", [("annually", "P1Y")]),
        ("Traders lost money on trades made that day.", "1989-10-30", []),
        (
            "The plant closed on May 4, 2018. Workers protested that day.",
            "2020-06-15",
            [("May 4, 2018", "2018-05-04"), ("that day", "2018-05-04")],
        ),
        ("A few days later, the company announced cuts.", "1989-10-27", [("A few days", "PXD")]),
        (
            "The summit is on April 24 and 25 in Washington.",
            "1999-02-10",
            [("April 24", "1999-04-24"), ("25", "1999-04-25")],
        ),
        ("The post-1959 politics split families.", "2000-02-24", [("post-1959", "1959")]),
    ],
)
def test_resolved_phrases(sentence: str, dct: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in find_times(sentence, dct=dct)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council meets every other Monday.", [("every other Monday", "EVERY OTHER")]),
        ("The festival returns every other summer.", [("every other summer", "EVERY OTHER")]),
        ("They sample every three days.", [("every three days", "EVERY")]),
        # no unit to count: no "every" set, and no crash (hypothesis found "every 0 Monday")
        ("every 2 mornings", []),
        ("every 0 Monday", [("Monday", None)]),
        # a plural after "every" is loose English but plain in meaning; "summers" used to crash
        ("We go there every summers.", [("every summers", "EVERY")]),
    ],
)
def test_counted_every_sets(text: str, expected: list[tuple[str, str | None]]) -> None:
    found = find_times(text, dct="2020-06-15")
    assert [(e.text, e.quant) for e in found] == expected


@given(st.sampled_from(sorted(HOLIDAYS)), st.integers(min_value=1950, max_value=2080))
def test_a_holiday_weekend_is_the_iso_weekend_nearest_the_holiday(name: str, year: int) -> None:
    day = HOLIDAYS[name](year)
    moment = datetime(day.year, day.month, day.day)
    context = Context(None, None, None, None, Tense.PAST)
    found = holiday(Holiday(name, year, weekend=True), context)
    assert found is not None
    assert found.interval is not None
    start, end = found.interval.start, found.interval.end
    assert start is not None
    assert end is not None
    iso_year, week, we = found.value.split("-")
    assert we == "WE"
    saturday = datetime.fromisocalendar(int(iso_year), int(week[1:]), 6)
    # the span is that Saturday and Sunday, which TIMEX3's value names
    assert (start, end) == (saturday, saturday + timedelta(days=2))
    assert abs((saturday - moment).days) <= 3
    for other in (saturday - timedelta(days=7), saturday + timedelta(days=7)):
        assert abs((other - moment).days) >= abs((saturday - moment).days)


def test_spring_tides_are_a_kind_of_tide_not_a_season() -> None:
    text = (
        "Forecasters say the next spring tides are due in mid-August and have warned that the"
        " seafront will remain at risk."
    )
    assert [e.text for e in find_times(text, dct="2023-07-28")] == ["mid-August"]
