"""Anchoring rules written in the eighth 2026-12-06 session (batches 496 and later).

Each test restates one rule on sentences of its own. DCT: Tuesday 2024-03-12.
"""

from __future__ import annotations

from datetime import date, datetime

import timeline

from .conftest import when_of

DCT = "2024-03-12"
SUNDAY = date(2024, 3, 10)


def _when(text: str, trigger: str) -> timeline.EventTime:
    return when_of(text, trigger, DCT)


def test_what_happened_shortly_before_or_after_a_time_of_day_is_of_that_day() -> None:
    """ "shortly before 5 a.m. on Sunday" puts the whole event near 5 a.m., not merely its end
    before it; "shortly after 11 p.m." puts it within hours after, not any time later."""
    for text, trigger in (
        ("The lock gate gave way shortly before 5 a.m. on Sunday, a spokesman said.", "gave"),
        ("A fire broke out in the warehouse shortly after 1 p.m. on Sunday.", "broke"),
        ("Power was restored just before 8 p.m. on Sunday, the utility said.", "restored"),
    ):
        when = _when(text, trigger)
        assert when.earliest_start is not None, text
        assert when.latest_end is not None, text
        assert when.earliest_start.date() == SUNDAY, text
        assert when.latest_end <= datetime(2024, 3, 11), text
    # without "shortly" an event before 5 a.m. may have begun on any day before
    loose = _when("The lock gate gave way before 5 a.m. on Sunday, a spokesman said.", "gave")
    assert loose.earliest_start is None


def test_a_result_clause_shares_the_moment_its_verb_happened_near() -> None:
    """ "gave way shortly before 5 a.m. on Sunday, sending a wall of water down the flight": the
    participle follows at once, near the same moment; a bare "before" dates neither to a day."""
    text = "The lock gate gave way shortly before 5 a.m. on Sunday, sending water down the canal."
    sending = _when(text, "sending")
    assert sending.earliest_start is not None
    assert sending.earliest_start.date() == SUNDAY
    assert sending.latest_end is not None
    assert sending.latest_end <= datetime(2024, 3, 11)
    loose = "The lock gate gave way before 5 a.m. on Sunday, sending water down the canal."
    assert _when(loose, "sending").earliest_start is None


def test_an_event_on_the_part_of_a_dated_day_is_of_that_day() -> None:
    """ "a ceremony on the morning of March 10": one time, the morning of that date, which the
    noun before it is held in (no event "morning" beside a bare date)."""
    tl = timeline.extract(
        "The mayor cut the ribbon at a ceremony on the morning of March 10, officials said.",
        dct=DCT,
    )
    assert [(t.text, t.value) for t in tl.expressions] == [
        ("the morning of March 10", "2024-03-10TMO")
    ]
    ceremony = next(event for event in tl if event.text == "ceremony").when
    assert ceremony.earliest_start is not None
    assert ceremony.earliest_start.date() == SUNDAY
    assert ceremony.latest_end is not None
    assert ceremony.latest_end <= datetime(2024, 3, 11)
    assert all(event.text != "morning" for event in tl)
