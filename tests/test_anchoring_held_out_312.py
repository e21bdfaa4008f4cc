"""Anchoring rules written in the fifth 2026-12-06 session (batches 312 and later).

Each test restates one rule on sentences of its own. DCT: Tuesday 2024-03-12.
"""

from __future__ import annotations

from datetime import date, datetime

import timeline

from .conftest import when_of

DCT = "2024-03-12"
TODAY = datetime(2024, 3, 12)


def _when(text: str, trigger: str) -> timeline.EventTime:
    return when_of(text, trigger, DCT)


def test_what_a_decision_or_expectation_that_holds_now_commits_to_is_still_ahead() -> None:
    for text, trigger in (
        ("A Canadian pension fund has agreed to buy the tower.", "buy"),
        ("The council has promised to review the rules.", "review"),
        ("Staff expect it to bloom again.", "bloom"),
        ("The museum expects visitor numbers to double.", "double"),
    ):
        when = _when(text, trigger)
        assert when.earliest_start == TODAY, text
    # a decision told in the simple past may have been carried out by now
    assert _when("The union voted to strike.", "strike").earliest_start is None
    # and a negated one commits to nothing
    assert _when("The fund has not agreed to buy the tower.", "buy").earliest_start is None


def test_what_a_step_still_to_come_is_taken_for_is_still_ahead() -> None:
    for text, trigger in (
        ("The company said it would need at least eight weeks to replace the unit.", "replace"),
        ("He said a new plant would take at least nine months to build.", "build"),
        ("The group plans to open eight routes and replace its ageing turboprops.", "replace"),
    ):
        when = _when(text, trigger)
        assert when.earliest_start == TODAY, text
    # a step already taken dates nothing ahead
    assert _when("It took nine months to build the plant.", "build").earliest_start is None


def test_harm_done_by_a_dated_event_was_done_when_it_happened() -> None:
    for text, trigger in (
        ("A hailstorm on Sunday evening smashed the roofs of hundreds of greenhouses.", "smashed"),
        ("An explosion on Sunday tore through the warehouse.", "tore"),
        ("A landslide on Sunday swallowed three houses.", "swallowed"),
    ):
        when = _when(text, trigger)
        assert when.earliest_start is not None, text
        assert when.earliest_start.date() == date(2024, 3, 10), text
    # a harm whose event has no date of its own is only before the DCT
    assert _when("An explosion tore through the warehouse.", "tore").earliest_start is None


def test_a_plan_the_tagger_read_as_a_plural_noun_is_still_ahead() -> None:
    # "The archive plans to scan": the tagger reads "plans" as a noun heading the sentence
    text = "The archive plans to scan the reels frame by frame and rebuild missing title cards."
    for trigger in ("scan", "rebuild"):
        assert _when(text, trigger).earliest_start == TODAY, trigger
    # a plan told as a past noun phrase commits to nothing ahead
    past = "The plans to scan the reels were dropped in 2019."
    assert _when(past, "scan").earliest_start is None


def test_the_story_goes_on_from_a_day_its_last_sentence_gave() -> None:
    lead = (
        "Four people were killed and 37 injured when fans surged through a gate before a "
        "league match on Saturday evening, police said on Monday. "
    )
    text = lead + "The crush happened before kick-off, when supporters tried to force the gate."
    when = _when(text, "tried")
    assert when.earliest_start is not None
    assert when.earliest_start.date() == date(2024, 3, 9)
    # a sentence naming a time of its own tells of that time
    other = lead + "The club said fans often tried to force the gate at matches played in 2017."
    assert _when(other, "tried").earliest_start is None


def test_a_sitting_of_some_hours_before_a_days_event_is_that_days() -> None:
    text = "Councillors approved the ban on Thursday after a debate that lasted six hours."
    when = _when(text, "debate")
    assert when.earliest_start == datetime(2024, 3, 7)
    assert when.latest_end is not None
    assert when.latest_end <= datetime(2024, 3, 8)
    # a stretch longer than half a day may have begun the day before
    longer = "Councillors approved the ban on Thursday after a debate that lasted 14 hours."
    assert _when(longer, "debate").earliest_start == datetime(2024, 3, 6, 10)
