"""Anchoring rules written in the second 2026-12-06 session (batches 96 and later).

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


def test_what_a_length_is_still_to_be_taken_by_is_still_to_come() -> None:
    text = "The waterways authority said on Monday that repairs would take at least three weeks."
    assert _when(text, "repairs").earliest_start == TODAY
    text = "Restoring both lanes could take up to two weeks, she added."
    assert _when(text, "Restoring").earliest_start == TODAY
    # an inquiry told of before is under way: its taking a length does not put it ahead
    text = (
        "The regulator opened an inquiry into the outage last week. Lawyers said the inquiry"
        " could take up to 18 months."
    )
    when = _when(text, "inquiry")
    assert when.earliest_start is None or when.earliest_start < TODAY
