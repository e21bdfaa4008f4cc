"""Anchoring and resolver rules written from the seventh batch of held-out articles.

Each test restates one rule on sentences of its own. DCT: Saturday 2025-03-08.
"""

from __future__ import annotations

from datetime import datetime

import timeline
from timeline.events.model import Event
from timeline.ordering.model import Timeline

DCT = "2025-03-08"


def _event(tl: Timeline, text: str) -> Event:
    return next(event for event in tl if event.text == text)


def test_a_day_right_after_said_is_the_sayings_even_without_that() -> None:
    tl = timeline.extract(
        "A spokesman said on Wednesday the attack bore the hallmarks of a criminal group.",
        dct=DCT,
    )
    assert str(_event(tl, "said").when) == "2025-03-05"
    assert str(_event(tl, "bore").when) != "2025-03-05"


def test_a_negated_limit_names_the_earliest_time() -> None:
    times = {
        t.text: t.value
        for t in timeline.find_times(
            "The company would not launch the assistant in Japan before June. "
            "The firm left the market before October.",
            dct=DCT,
        )
    }
    assert times["June"] == "2025-06"  # not before June: ahead
    assert times["October"] == "2024-10"  # a plain past limit stays behind
    tl = timeline.extract(
        "The company would not launch the assistant in Japan before June.", dct=DCT
    )
    launch = _event(tl, "launch")
    assert launch.when.earliest_start == datetime(2025, 6, 1)
    assert launch.when.latest_end is None or launch.when.latest_end > datetime(2025, 6, 1)
