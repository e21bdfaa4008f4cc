"""Anchoring rules written in the twelfth 2026-12-07 session (batches 672 and later).

Each test restates one rule on sentences of its own. DCT: Friday 2024-03-15.
"""

from __future__ import annotations

from datetime import datetime

import timeline

from .conftest import bounded, when_of

DCT = "2024-03-15"


def _when(text: str, trigger: str) -> timeline.EventTime:
    return when_of(text, trigger, DCT)


def test_an_event_noun_was_going_on_when_it_did_what_its_verb_says() -> None:
    """ "The charity concert raised 6,000 pounds on Tuesday": the concert was held when it
    raised the money (not only a verb of harm: "a fire killed two workers")."""
    text = "The charity concert raised about 6,000 pounds for the school on Tuesday."
    concert = _when(text, "concert")
    assert (concert.earliest_start, concert.latest_end) == (
        datetime(2024, 3, 12),
        datetime(2024, 3, 13),
    )


def test_an_event_noun_placed_against_another_or_long_is_not_dated_by_its_verb() -> None:
    """ "The calf's arrival drew visitors", "the investigation revealed ...", "the strike began
    a new phase": the subject came before what it drew, or outlasts the verb."""
    for text, noun in (
        ("The calf's arrival drew thousands of visitors on Tuesday.", "arrival"),
        ("The investigation revealed new evidence on Tuesday.", "investigation"),
        ("The strike began a new phase on Tuesday.", "strike"),
    ):
        when = _when(text, noun)
        assert when.earliest_start is None or when.earliest_start < datetime(2024, 3, 12), text


def test_a_stretch_of_days_for_which_an_event_went_on_runs_up_to_the_next() -> None:
    """ "had talked for three days before a meeting on Monday night": the talking filled the
    three days up to Monday night, not a day three days before it."""
    text = (
        "Negotiators had talked with the inmates by telephone for three days before a "
        "face-to-face meeting on Monday night."
    )
    talked = _when(text, "talked")
    start, end = bounded(talked)
    assert start >= datetime(2024, 3, 8)
    assert datetime(2024, 3, 11) <= end <= datetime(2024, 3, 12)
    assert talked.latest_start is not None
    assert talked.latest_start <= datetime(2024, 3, 10)


def test_a_stretch_of_whole_days_counts_the_calendar_days_up_to_its_end() -> None:
    """ "announced at 2 p.m. on Thursday after a two-day meeting": the Wednesday and the
    Thursday, not 48 hours back from 2 p.m."""
    text = (
        "The decision, announced at 2 p.m. on Thursday after a two-day policy meeting, "
        "surprised markets."
    )
    start, end = bounded(_when(text, "meeting"))
    assert start == datetime(2024, 3, 13)
    assert end <= datetime(2024, 3, 15)


def test_a_declared_state_is_in_force_from_the_day_it_is_declared() -> None:
    """ "declared a heat emergency on Monday": it began on Monday and has not ended."""
    emergency = _when("The authority declared a heat emergency on Monday.", "emergency")
    assert emergency.earliest_start == datetime(2024, 3, 11)
    assert emergency.latest_end is None
