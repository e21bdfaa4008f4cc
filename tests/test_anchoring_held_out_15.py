"""Anchoring rules written from the fifteenth to seventeenth batches of held-out articles.

Each test restates one rule on sentences of its own. DCT: Wednesday 2023-04-12.
"""

from __future__ import annotations

from datetime import datetime

import timeline
from timeline.ordering.bounds import Bounds

from .conftest import event_named

DCT = "2023-04-12"


def test_evidence_that_meets_at_a_boundary_is_no_event_of_no_length() -> None:
    # "the day before" (Sunday) ends where the coordinated Monday begins: the event cannot
    # start when it has surely ended, so the weaker evidence is dropped
    day_before = Bounds(earliest_start=datetime(2023, 4, 9), latest_end=datetime(2023, 4, 10))
    assert day_before.narrowed(Bounds(earliest_start=datetime(2023, 4, 10))) is None
    assert day_before.narrowed(Bounds(earliest_start=datetime(2023, 4, 9, 12))) is not None
    tl = timeline.extract(
        "No deaths have been reported, though two firefighters were treated for heat exhaustion"
        " on Monday and a resident was hospitalized with burns the day before, officials said.",
        dct=DCT,
    )
    hospitalized = event_named(tl, "hospitalized").when
    assert hospitalized.earliest_start == datetime(2023, 4, 9)
    assert hospitalized.latest_end == datetime(2023, 4, 10)


def test_a_report_after_an_event_of_a_past_day_is_not_placed_on_the_dct() -> None:
    tl = timeline.extract(
        "The talks resumed on Monday. The mood was constructive, the chief negotiator told"
        " reporters after Monday's session.",
        dct=DCT,
    )
    told = event_named(tl, "told").when
    assert told.earliest_start == datetime(2023, 4, 10)  # not before the session's day
    assert told.latest_end == datetime(2023, 4, 13)  # and no later than the DCT's day
    # after an undated event, an undated report is still the journalist's present
    tl = timeline.extract(
        "The mood was constructive, the chief negotiator told reporters after the session.",
        dct=DCT,
    )
    told = event_named(tl, "told").when
    assert told.earliest_start == datetime(2023, 4, 12)
    assert told.latest_end == datetime(2023, 4, 13)
