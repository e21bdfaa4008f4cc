"""Measured signals: "two days after the robbery" dates each event from the other.

DCT: Thursday 2016-10-13.
"""

from __future__ import annotations

from datetime import datetime

import timeline

from .conftest import event_named

DCT = "2016-10-13"


def test_an_event_measured_before_a_dated_one_gets_its_day() -> None:
    tl = timeline.extract(
        "Police arrested the suspect on Monday, two days after the robbery.", dct=DCT
    )
    assert str(event_named(tl, "arrested").when) == "2016-10-10"
    assert str(event_named(tl, "robbery").when) == "2016-10-08"
    tl = timeline.extract(
        "The Commission opened an investigation on Friday, a day after the company launched "
        "the product.",
        dct=DCT,
    )
    assert str(event_named(tl, "launched").when) == "2016-10-06"


def test_the_measure_is_no_length_of_eitherevent_named() -> None:
    tl = timeline.extract(
        "Investigators began searching the plant on Thursday, two days after a fire killed "
        "two workers.",
        dct=DCT,
    )
    killed = event_named(tl, "killed").when
    assert str(killed) == "2016-10-11"
    assert killed.latest_end == datetime(2016, 10, 12)


def test_a_longer_measure_leaves_slack() -> None:
    tl = timeline.extract("The strike ended on Monday, six weeks after it began.", dct=DCT)
    began = event_named(tl, "began").when
    # six weeks before Monday 2016-10-10, give or take a week
    assert began.earliest_start == datetime(2016, 8, 22)
    assert began.latest_end == datetime(2016, 9, 6)
    # a few weeks name a day, as days do: "two weeks after" the lender admitted it
    tl = timeline.extract("The strike ended on Monday, three weeks after it began.", dct=DCT)
    began = event_named(tl, "began").when
    assert (began.earliest_start, began.latest_end) == (
        datetime(2016, 9, 19),
        datetime(2016, 9, 20),
    )


def test_an_unmeasured_signal_only_orders() -> None:
    tl = timeline.extract("Police arrested the suspect on Monday, after the robbery.", dct=DCT)
    robbery = event_named(tl, "robbery").when
    assert robbery.earliest_start is None


def test_the_subject_event_of_a_dated_verb_of_harm_happened_then() -> None:
    tl = timeline.extract(
        "In March, a leak of acid vapour injured three workers. "
        "The investigation revealed new evidence in March.",
        dct=DCT,
    )
    assert str(event_named(tl, "leak").when) == "2016-03"
    # revealing is no harm: the investigation may have begun long before
    assert str(event_named(tl, "investigation").when) != "2016-03"


def test_a_measure_off_the_calendar_bounds_nothing() -> None:
    # 3,000 years before 2016 is no year of the calendar: no bound from the measure, rather
    # than year 1; "after" alone still says the flood was over by the founding's day
    tl = timeline.extract("The city was founded on Monday, 3,000 years after the flood.", dct=DCT)
    flood = event_named(tl, "flood").when
    assert flood.earliest_start is None
    assert flood.latest_end == datetime(2016, 10, 11)
    tl = timeline.extract("He was arrested on Monday, 10000000 days after the robbery.", dct=DCT)
    robbery = event_named(tl, "robbery").when
    assert (robbery.earliest_start, robbery.latest_end) == (None, datetime(2016, 10, 11))
