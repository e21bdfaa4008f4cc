"""Bounds, summaries, order and relation of the ordering stage, on hand-built values."""

from __future__ import annotations

from datetime import datetime

import attrs
import pytest

from timeline.events.model import Event, EventClass
from timeline.model import Duration, Grain, TimeSpan
from timeline.ordering.bounds import Bounds, dct_bounds, duration_bounds, relation_bounds
from timeline.ordering.intervals import add, parse_value
from timeline.ordering.model import EventTime, LinkKind, Order, Timeline, TimeRelation, TLink
from timeline.ordering.order import bounds_relation, in_time_order

DCT = datetime(2020, 6, 15)
D = datetime


def event(start: int, when: EventTime | None, text: str = "e") -> Event:
    return Event(text, start, start + 1, text, 0, "VERB", EventClass.OCCURRENCE, when=when)


@pytest.mark.parametrize(
    ("value", "start", "end"),
    [
        ("2020-06-14", D(2020, 6, 14), D(2020, 6, 15)),
        ("2020-W24", D(2020, 6, 8), D(2020, 6, 15)),
        ("2020-W24-WE", D(2020, 6, 13), D(2020, 6, 15)),
        ("2020-03", D(2020, 3, 1), D(2020, 4, 1)),
        ("2011", D(2011, 1, 1), D(2012, 1, 1)),
        ("2020-Q3", D(2020, 7, 1), D(2020, 10, 1)),
        ("199", D(1990, 1, 1), D(2000, 1, 1)),
        ("2020-06-14TMO", D(2020, 6, 14, 6), D(2020, 6, 14, 12)),
        ("2020-SU", D(2020, 6, 1), D(2020, 9, 1)),
    ],
)
def test_parse_value(value: str, start: datetime, end: datetime) -> None:
    assert parse_value(value) == TimeSpan(start, end, parse_value(value).grain)  # type: ignore[union-attr]


@pytest.mark.parametrize("value", ["P14M", "XXXX-WXX-7", "2020-02-30", "nonsense", ""])
def test_values_without_an_interval(value: str) -> None:
    assert parse_value(value) is None


def test_past_ref_ends_at_the_dct_day() -> None:
    span = parse_value("PAST_REF", DCT)
    assert span is not None
    assert span.start is None
    assert span.end == DCT


def test_add_clips_months() -> None:
    assert add(D(2020, 3, 31), -1, Grain.MONTH) == D(2020, 2, 29)
    assert add(D(2020, 6, 15), -14, Grain.MONTH) == D(2019, 4, 15)


def test_relation_bounds() -> None:
    sunday = TimeSpan(D(2020, 6, 14), D(2020, 6, 15), Grain.DAY)
    assert relation_bounds(sunday, TimeRelation.IS_INCLUDED) == Bounds(
        earliest_start=D(2020, 6, 14), latest_end=D(2020, 6, 15)
    )
    assert relation_bounds(sunday, TimeRelation.BEGUN_BY).latest_start == D(2020, 6, 15)
    assert relation_bounds(sunday, TimeRelation.AFTER).earliest_start == D(2020, 6, 15)
    assert relation_bounds(sunday, TimeRelation.BEFORE).latest_end == D(2020, 6, 14)


def test_a_moment_just_before_or_after_a_time_lies_wholly_near_it() -> None:
    """ "gave way shortly before 5 a.m.", "started shortly after 10 p.m.": the event starts and
    ends within the reach of the time (twice an hour's length, so "shortly after 10 p.m." stays
    in its night), on its side of it."""
    five = TimeSpan(D(2022, 10, 20, 5), D(2022, 10, 20, 6), Grain.HOUR)
    before = relation_bounds(five, TimeRelation.BEFORE, near=True)
    assert before == Bounds(
        earliest_start=D(2022, 10, 20, 3),
        earliest_end=D(2022, 10, 20, 3),
        latest_end=D(2022, 10, 20, 5),
    )
    ten = TimeSpan(D(2022, 10, 20, 22), D(2022, 10, 20, 23), Grain.HOUR)
    after = relation_bounds(ten, TimeRelation.AFTER, near=True)
    # a clock time is a moment: "after 10 p.m." is after 22:00, not after the hour it opens
    assert after == Bounds(
        earliest_start=D(2022, 10, 20, 22),
        latest_start=D(2022, 10, 21, 0),
        latest_end=D(2022, 10, 21, 0),
    )
    # without "shortly" only the side the signal names is bounded
    assert relation_bounds(five, TimeRelation.BEFORE).earliest_start is None
    assert relation_bounds(ten, TimeRelation.AFTER).latest_end is None


def test_tense_bounds_use_the_dct_day() -> None:
    assert dct_bounds(TimeRelation.BEFORE, DCT).latest_end == D(2020, 6, 16)
    assert dct_bounds(TimeRelation.AFTER, DCT).earliest_start == DCT
    ongoing = dct_bounds(TimeRelation.INCLUDES, DCT)
    assert ongoing.earliest_end == DCT
    assert ongoing.latest_start == D(2020, 6, 16)


def test_a_14_month_campaign_began_about_april_2019() -> None:
    found = duration_bounds(Duration(14, Grain.MONTH), DCT)
    assert found.earliest_start is not None
    assert found.latest_start is not None
    assert D(2019, 3, 1) <= found.earliest_start <= D(2019, 4, 15) <= found.latest_start
    assert found.latest_start <= D(2019, 6, 1)
    assert found.latest_end is None


def test_weeks_started_at_least_two_weeks_before() -> None:
    # "for weeks" is plural: two weeks at least
    found = duration_bounds(Duration(None, Grain.WEEK), DCT)
    assert found.latest_start == D(2020, 6, 1)
    assert found.earliest_start is None


def test_narrowing_refuses_contradictions() -> None:
    past = Bounds(latest_end=D(2020, 1, 1))
    assert past.narrowed(Bounds(earliest_start=D(2020, 2, 1))) is None
    both = Bounds(earliest_start=D(2020, 1, 1)).narrowed(Bounds(latest_end=D(2020, 2, 1)))
    assert both == Bounds(D(2020, 1, 1), D(2020, 2, 1), D(2020, 1, 1), D(2020, 2, 1))


@pytest.mark.parametrize(
    ("when", "summary"),
    [
        (EventTime(D(2020, 6, 14), D(2020, 6, 15), D(2020, 6, 14), D(2020, 6, 15)), "2020-06-14"),
        (EventTime(D(2020, 6, 8), D(2020, 6, 15), D(2020, 6, 8), D(2020, 6, 15)), "2020-W24"),
        (EventTime(D(2019, 3, 15), D(2019, 5, 16), DCT, None), "2019-04 .. ongoing"),
        (EventTime(latest_start=D(2020, 6, 16), latest_end=D(2020, 6, 16)), "before 2020-06-15"),
        (EventTime(earliest_start=DCT), "after 2020-06-15"),
        # "ending a trial on Friday": the end known, the start not
        (
            EventTime(None, D(2020, 6, 13), D(2020, 6, 12), D(2020, 6, 13)),
            "ended 2020-06-12",
        ),
        (EventTime(), "unknown"),
        # "at 10:35 a.m. Friday", "at 10 a.m.", "Friday morning"
        (EventTime(*[D(1998, 8, 7, 10, 35), D(1998, 8, 7, 10, 36)] * 2), "1998-08-07T10:35"),
        (EventTime(*[D(1998, 8, 7, 10), D(1998, 8, 7, 11)] * 2), "1998-08-07T10"),
        (EventTime(*[D(1998, 8, 7, 6), D(1998, 8, 7, 12)] * 2), "1998-08-07T06:00 .. 12:00"),
        # a bound clipped to the calendar's first moment still reads (no overflow)
        (EventTime(latest_start=D.min, latest_end=D.min), "before 0001-01-01"),
    ],
)
def test_summaries(when: EventTime, summary: str) -> None:
    assert str(when) == summary


SUNDAY = EventTime(D(2020, 6, 14), D(2020, 6, 15), D(2020, 6, 14), D(2020, 6, 15))
MONDAY = EventTime(D(2020, 6, 15), D(2020, 6, 16), D(2020, 6, 15), D(2020, 6, 16))
ONGOING = EventTime(D(2019, 1, 1), D(2019, 2, 1), D(2020, 7, 1), None)


def test_bounds_relation() -> None:
    assert bounds_relation(SUNDAY, MONDAY) is Order.BEFORE
    assert bounds_relation(MONDAY, SUNDAY) is Order.AFTER
    assert bounds_relation(SUNDAY, ONGOING) is Order.OVERLAP
    assert bounds_relation(SUNDAY, SUNDAY) is Order.UNKNOWN
    assert bounds_relation(SUNDAY, EventTime()) is Order.UNKNOWN


def test_order_sorts_by_earliest_start_then_latest_start_then_position() -> None:
    unknown = event(0, EventTime(), "unknown")
    monday = event(1, MONDAY, "monday")
    sunday = event(2, SUNDAY, "sunday")
    sunday_later = event(3, SUNDAY, "sunday2")
    assert [e.text for e in in_time_order([monday, sunday_later, sunday, unknown])] == [
        "unknown",
        "sunday",
        "sunday2",
        "monday",
    ]


def test_timeline_relation_uses_bounds_then_links_and_is_antisymmetric() -> None:
    a, b, c = event(0, EventTime(), "a"), event(1, EventTime(), "b"), event(2, SUNDAY, "c")
    d = event(3, MONDAY, "d")
    tl = Timeline("abcd", DCT, in_time_order([a, b, c, d]), (), (TLink(b, a, TimeRelation.AFTER),))
    assert tl.relation(c, d) is Order.BEFORE
    assert tl.relation(d, c) is Order.AFTER
    assert tl.relation(a, b) is Order.BEFORE
    assert tl.relation(b, a) is Order.AFTER
    assert tl.relation(a, c) is Order.UNKNOWN
    assert tl.relation(c, c) is Order.OVERLAP
    with pytest.raises(ValueError, match="not in this timeline"):
        tl.relation(a, event(9, SUNDAY, "z"))


def test_a_link_against_the_order_is_not_reported() -> None:
    a, b = event(0, SUNDAY, "a"), event(1, EventTime(), "b")
    tl = Timeline("ab", DCT, in_time_order([a, b]), (), (TLink(b, a, TimeRelation.BEFORE),))
    # b sorts first (unbounded start), so "b BEFORE a" is consistent and reported
    assert tl.relation(b, a) is Order.BEFORE
    tl = Timeline("ab", DCT, in_time_order([a, b]), (), (TLink(a, b, TimeRelation.BEFORE),))
    assert tl.relation(a, b) is Order.UNKNOWN


def test_overlap_links_give_overlap_both_ways() -> None:
    a, b = event(0, EventTime(), "a"), event(1, EventTime(), "b")
    tl = Timeline("ab", DCT, in_time_order([a, b]), (), (TLink(a, b, TimeRelation.IDENTITY),))
    assert tl.relation(a, b) is Order.OVERLAP
    assert tl.relation(b, a) is Order.OVERLAP


def test_closure_of_tense_links_orders_past_before_future() -> None:
    said = event(0, EventTime(latest_end=D(2020, 6, 16)), "said")
    meet = event(1, EventTime(earliest_start=DCT), "meet")
    links = (
        TLink(said, "DCT", TimeRelation.BEFORE, LinkKind.TENSE),
        TLink(meet, "DCT", TimeRelation.AFTER, LinkKind.TENSE),
    )
    tl = Timeline("ab", DCT, in_time_order([said, meet]), (), links)
    assert bounds_relation(said.when, meet.when) is Order.UNKNOWN  # type: ignore[arg-type]
    assert tl.relation(said, meet) is Order.BEFORE
    assert tl.relation(meet, said) is Order.AFTER
    learned = tuple(attrs.evolve(link, link=LinkKind.SENTENCE) for link in links)
    tl = Timeline("ab", DCT, in_time_order([said, meet]), (), learned)
    assert tl.relation(said, meet) is Order.UNKNOWN
