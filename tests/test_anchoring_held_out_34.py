"""Anchoring rules written in the ninth session of 2026-12-04 (batches 34 and 35).

Each test restates one rule on sentences of its own. DCT: Wednesday 2023-04-12.
"""

from __future__ import annotations

from datetime import datetime

from .conftest import span_of_event

DCT = "2023-04-12"


def _within(text: str, trigger: str) -> tuple[datetime | None, datetime | None]:
    """The earliest start and latest end of the first event ``trigger`` of ``text``."""
    return span_of_event(text, trigger, DCT)


def test_a_measured_stretch_an_event_came_after_ran_up_to_it() -> None:
    # "after 19 hours of negotiations": the length measures out the negotiations, which the
    # signal orders before the signing and which ended when it took place
    earliest, latest = _within(
        "The agreement was signed at 3:15 a.m. on Tuesday after 19 hours of negotiations at the"
        " Labour Ministry, a union spokesman said.",
        "negotiations",
    )
    assert earliest == datetime(2023, 4, 10, 8, 15)
    assert latest == datetime(2023, 4, 11, 3, 16)
