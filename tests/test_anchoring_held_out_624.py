"""Anchoring rules written in the tenth 2026-12-06 session (batches 624 and later).

Each test restates one rule on sentences of its own. DCT: Friday 2024-03-15.
"""

from __future__ import annotations

from datetime import date, datetime

import timeline

from .conftest import when_of

DCT = "2024-03-15"


def _when(text: str, trigger: str) -> timeline.EventTime:
    return when_of(text, trigger, DCT)


def test_a_measure_issued_from_a_day_begins_then_and_the_issuing_is_past() -> None:
    """ "have issued a yellow warning for the upper valley from Saturday": the warning runs
    from Saturday; the issuing is done, before the DCT, not on Saturday."""
    text = "Forecasters have issued a yellow warning for the upper valley from Saturday."
    issued = _when(text, "issued")
    assert issued.latest_end is not None
    assert issued.latest_end <= datetime(2024, 3, 16)
    warning = _when(text, "warning")
    assert warning.earliest_start is not None
    assert warning.earliest_start.date() == date(2024, 3, 16)


def test_a_clock_time_a_statement_before_the_dct_reports_is_of_the_statement_day() -> None:
    """ "said on Wednesday night that she had cried when the game ended shortly before 6:30
    p.m.": the crying is Wednesday's, since what the statement tells cannot come after it."""
    text = (
        "The coach said on Wednesday night that she had cried when the game ended shortly "
        "before 6:30 p.m."
    )
    for trigger in ("cried", "ended"):
        when = _when(text, trigger)
        assert when.earliest_start is not None, trigger
        assert when.latest_end is not None, trigger
        assert when.earliest_start.date() == date(2024, 3, 13), trigger
        assert when.latest_end <= datetime(2024, 3, 14), trigger


def test_a_telling_afterwards_is_of_the_day_of_the_step_it_follows() -> None:
    """ "The mayor opened the bridge on Wednesday. ... she told reporters afterwards": a
    reaction told on the spot, Wednesday's, not the DCT's like an undated "said"; the step it
    follows is the story's last, not what a relative clause tells ("the architect, who drew
    the plans in 2019")."""
    for text in (
        'The mayor opened the bridge on Wednesday. "It is a great day," she told reporters '
        "afterwards.",
        "The mayor opened the bridge on Wednesday with its architect, who drew the plans in "
        '2019. "It is a great day," she told reporters afterwards.',
    ):
        told = _when(text, "told")
        assert told.earliest_start is not None, text
        assert told.latest_end is not None, text
        assert told.earliest_start.date() == date(2024, 3, 13), text
        assert told.latest_end <= datetime(2024, 3, 14), text
