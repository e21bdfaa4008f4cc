"""Anchoring rules written in the ninth 2026-12-06 session (batches 568 and later).

Each test restates one rule on sentences of its own. DCT: Friday 2024-03-15.
"""

from __future__ import annotations

from datetime import date, datetime

import timeline
from timeline.ordering.model import LinkKind

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


def test_what_happened_within_minutes_or_hours_is_of_the_day_before_it() -> None:
    """ "Flames engulfed the lorry within minutes", "within hours they had been shared": a
    past step "within" minutes or hours of what was told before it (or of what an "of"
    phrase names) is of that day, not any day before the DCT."""
    for text, trigger in (
        (
            "A lorry caught fire on the motorway on Wednesday evening. Flames engulfed the "
            "vehicle within minutes, police said.",
            "engulfed",
        ),
        (
            "The club posted the photographs online on Wednesday, and within hours they had "
            "been shared thousands of times.",
            "shared",
        ),
        (
            "The roof of the hall collapsed on Wednesday morning. Inspectors arrived at the "
            "site within an hour of the collapse.",
            "arrived",
        ),
    ):
        when = _when(text, trigger)
        assert when.earliest_start is not None, text
        assert when.latest_end is not None, text
        assert when.earliest_start.date() == WEDNESDAY, text
        assert when.latest_end <= datetime(2024, 3, 14, 16), text


def test_within_hours_does_not_follow_a_state_a_relative_clause_or_a_saying() -> None:
    """What "within hours" follows on from is a step of the story: not a state ("remained in
    hospital on Thursday"), not a relative clause's background ("which shut in 2019"), and a
    complement of "said" has no step of its own to follow (whatever else dates it)."""
    for text, trigger in (
        (
            "Paramedics took nine people to hospital on Wednesday, and two remained there on "
            "Thursday. The others were discharged within hours.",
            "discharged",
        ),
        (
            "The mayor cut the ribbon on Wednesday morning at the library, which shut in "
            "2019. Within two hours, 1,500 people had passed through the doors.",
            "passed",
        ),
    ):
        when = _when(text, trigger)
        assert when.earliest_start is not None, text
        assert when.earliest_start.date() == WEDNESDAY, text
    said = _when(
        "The teacher arrived at the school on Wednesday. She said she recognised most of "
        "her old pupils within minutes.",
        "recognised",
    )
    assert said.link is not LinkKind.SIGNAL


def test_an_evening_clock_time_after_the_small_hours_is_the_night_named_before() -> None:
    """ "on Tuesday night ... under control shortly after 4 a.m. ... the lightning hit the
    tower at about 9:40 p.m.": the small hours are the next morning, but an evening clock time
    told after them goes back to the night named, not to the evening after the small hours."""
    tl = timeline.extract(
        "Lightning set fire to a church on Tuesday night, officials said on Thursday. Crews "
        "fought the blaze for six hours before bringing it under control shortly after 4 a.m. "
        "Witnesses said the lightning hit the tower at about 9:40 p.m.",
        dct=DCT,
    )
    values = {t.text: t.value for t in tl.expressions}
    assert values["Tuesday night"] == "2024-03-12TNI"
    assert values["4 a.m."] == "2024-03-13T04:00"
    assert values["about 9:40 p.m."] == "2024-03-12T21:40"
