"""Anchoring rules written in the third 2026-12-06 session (batches 136 and later).

Each test restates one rule on sentences of its own. DCT: Tuesday 2024-03-12.
"""

from __future__ import annotations

from datetime import datetime

import timeline

from .conftest import when_of

DCT = "2024-03-12"
TODAY = datetime(2024, 3, 12)


def _when(text: str, trigger: str) -> timeline.EventTime:
    return when_of(text, trigger, DCT)


def test_what_a_day_is_counted_from_comes_after_it() -> None:
    # "the day before" names Sunday again; what it is counted from is after that day
    text = "Shares closed lower on Sunday, the day before the decision was announced."
    when = _when(text, "announced")
    assert when.earliest_start == datetime(2024, 3, 11)
    text = "On Sunday, the day before the slide, the weather service issued a warning."
    assert _when(text, "slide").earliest_start == datetime(2024, 3, 11)
    assert _when(text, "issued").earliest_start == datetime(2024, 3, 10)
    # and what "the day after" is counted from is before it
    text = "Crews went back on Sunday, the day after the storm passed."
    assert _when(text, "passed").latest_end == datetime(2024, 3, 10)


def test_a_length_later_is_a_duration_that_still_dates_its_event() -> None:
    tl = timeline.extract(
        "A fire broke out at 8 p.m. on Sunday. Crews arrived about two hours later.", dct=DCT
    )
    (length,) = [e for e in tl.expressions if e.text == "about two hours"]
    assert (length.type, length.value) == (timeline.TimexType.DURATION, "PT2H")
    assert length.interval is not None
    assert length.interval.start == datetime(2024, 3, 10, 22)
    assert _when(
        "A fire broke out at 8 p.m. on Sunday. Crews arrived about two hours later.", "arrived"
    ).earliest_start == datetime(2024, 3, 10, 22)


def test_a_length_later_than_planned_is_no_step_after_the_event_before() -> None:
    # "a week later than originally scheduled" compares with the plan: the results come after
    # today, not within a week of the closing told before
    text = (
        "The bank closed its Toledo branch on Monday. It will report its results a week later "
        "than originally scheduled."
    )
    when = _when(text, "report")
    assert when.earliest_start == TODAY
    assert when.latest_end is None
