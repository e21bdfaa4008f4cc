"""Anchoring rules written in the seventeenth session (2026-12-07, batches 872 and later).

Each test restates one rule on sentences of its own. DCT: Friday 2024-03-15.
"""

from __future__ import annotations

from datetime import datetime

import timeline

from .conftest import assert_inside, when_of

DCT = "2024-03-15"


def _when(text: str, trigger: str) -> timeline.EventTime:
    return when_of(text, trigger, DCT)


def test_what_an_occasion_did_it_did_while_it_was_held() -> None:
    """ "Tuesday's march drew about 800 people": the drawing was during the march, not
    merely some time before the DCT; so is how "Tuesday's gala ended"."""
    text = (
        "Hundreds of residents lined the streets of Ashby. Tuesday's march drew about 800 "
        "people to the town hall, the police said."
    )
    assert_inside(text, "drew", DCT, datetime(2024, 3, 12), datetime(2024, 3, 13))
    text = (
        "The choir sang at the opening of the new library. Tuesday's gala ended with a "
        "fireworks display over the river, organisers said."
    )
    assert_inside(text, "ended", DCT, datetime(2024, 3, 12), datetime(2024, 3, 13))
    # what is done to an occasion beforehand is not: "Saturday's match was postponed"
    text = "Heavy rain fell in the north. Saturday's match was postponed, the league said."
    when = _when(text, "postponed")
    assert when.earliest_start is None or when.earliest_start < datetime(2024, 3, 9)
