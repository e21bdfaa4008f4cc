"""Anchoring rules written in the ninth 2026-12-06 session (batches 568 and later).

Each test restates one rule on sentences of its own. DCT: Friday 2024-03-15.
"""

from __future__ import annotations

from datetime import date, datetime

import timeline

from .conftest import when_of

DCT = "2024-03-15"
WEDNESDAY = date(2024, 3, 13)


def _when(text: str, trigger: str) -> timeline.EventTime:
    return when_of(text, trigger, DCT)


def test_a_later_sentence_goes_on_from_the_main_clause_not_an_after_clause() -> None:
    """ "freed the dog shortly before noon on Wednesday, some 30 hours after it was first
    found. Hours later, a neighbour reported ...": the hours are counted from the freeing (the
    main clause), not from the finding an "after" clause tells as earlier."""
    text = (
        "Firefighters freed the dog shortly before noon on Wednesday, some 30 hours after it "
        "was first found. Hours later, a neighbour reported that it was eating again."
    )
    reported = _when(text, "reported")
    assert reported.earliest_start is not None
    assert reported.latest_end is not None
    assert reported.earliest_start.date() == WEDNESDAY
    assert reported.latest_end <= datetime(2024, 3, 15)
