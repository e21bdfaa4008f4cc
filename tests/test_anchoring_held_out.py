"""Anchoring rules written from the fourth batch of held-out articles (tests/articles).

Each test restates one rule on sentences of its own, in the wire style of the articles, so that
the rule is checked on text it was not written from. DCT: Friday 2025-11-07.
"""

from __future__ import annotations

from datetime import datetime

import timeline

from .conftest import event_named

DCT = "2025-11-07"


def test_a_new_date_for_a_postponed_event_does_not_date_the_postponing() -> None:
    tl = timeline.extract(
        "The company has postponed the launch of its rocket until the first quarter of next "
        "year, it said on Friday.",
        dct=DCT,
    )
    postponed = event_named(tl, "postponed")
    # done by now (a present perfect), not in 2026
    assert postponed.when.latest_end is not None
    assert postponed.when.latest_end <= datetime(2025, 11, 8)


def test_before_the_end_of_a_period_is_a_deadline_and_would_is_the_reports_future() -> None:
    tl = timeline.extract(
        "The agency said it would review the test data before the end of the year.", dct=DCT
    )
    review = event_named(tl, "review")
    assert review.when.earliest_start == datetime(2025, 11, 7)  # after the saying, today
    assert review.when.latest_end == datetime(2026, 1, 1)  # by the end of 2025
    conditional = event_named(
        timeline.extract("The agency said it would have reviewed the data.", dct=DCT), "reviewed"
    )
    assert conditional.when.earliest_start is None  # "would have": no future


def test_within_a_length_bounds_a_futureevent_named() -> None:
    tl = timeline.extract("Engineers will repeat the test within six weeks, she said.", dct=DCT)
    repeat = event_named(tl, "repeat")
    assert repeat.when.earliest_start == datetime(2025, 11, 7)
    assert repeat.when.latest_end == datetime(2025, 12, 20)  # six weeks after today (exclusive)
    past = timeline.extract("The firm sold the unit within six weeks.", dct=DCT)
    assert event_named(past, "sold").when.earliest_start is None  # within six weeks of what?


def test_a_since_clause_under_a_perfect_orders_the_main_event_after_it() -> None:
    tl = timeline.extract(
        "Twelve workers have been infected since the first case was confirmed on Oct. 27.",
        dct=DCT,
    )
    infected = event_named(tl, "infected")
    assert infected.when.earliest_start == datetime(2025, 10, 27)
    assert infected.when.latest_end == datetime(2025, 11, 8)
    causal = timeline.extract("Since he was ill, he stayed at home on Monday.", dct=DCT)
    assert str(event_named(causal, "stayed").when) == "2025-11-03"


def test_earlier_this_year_ends_at_the_dct_and_later_this_month_starts_there() -> None:
    tl = timeline.extract(
        "The board approved the plan earlier this year. It will vote again later this month.",
        dct=DCT,
    )
    approved, vote = event_named(tl, "approved"), event_named(tl, "vote")
    assert approved.when.earliest_start == datetime(2025, 1, 1)
    assert approved.when.latest_end == datetime(2025, 11, 8)
    assert vote.when.earliest_start == datetime(2025, 11, 7)
    assert vote.when.latest_end == datetime(2025, 12, 1)


def test_a_bare_time_after_following_dates_the_event_it_follows() -> None:
    tl = timeline.extract(
        "Managers closed the ward last Sunday, following a patient's death the day before.",
        dct=DCT,
    )
    assert str(event_named(tl, "closed").when) == "2025-11-02"
    assert str(event_named(tl, "death").when) == "2025-11-01"


def test_a_past_time_on_an_infinitive_dates_its_past_governor() -> None:
    tl = timeline.extract("The board approved plans to sell the tower earlier this year.", dct=DCT)
    assert event_named(tl, "approved").when.earliest_start == datetime(2025, 1, 1)
    future = timeline.extract("He agreed to resign next month.", dct=DCT)
    assert str(event_named(future, "resign").when) == "2025-12"
    assert event_named(future, "agreed").when.earliest_start is None
