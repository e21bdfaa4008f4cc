"""Anchoring rules written in the fourteenth 2026-12-07 session (batches 744 and later).

Each test restates one rule on sentences of its own. DCT: Friday 2024-03-15.
"""

from __future__ import annotations

from datetime import datetime

import timeline
from timeline.ordering.model import TimeRelation

from .conftest import bounded, when_of

DCT = "2024-03-15"
FRIDAY_END = datetime(2024, 3, 16)


def _when(text: str, trigger: str) -> timeline.EventTime:
    return when_of(text, trigger, DCT)


def _inside(text: str, trigger: str, earliest: datetime, latest: datetime) -> None:
    """That the event ``trigger`` is bounded on both sides, within ``earliest`` .. ``latest``."""
    start, end = bounded(_when(text, trigger))
    assert earliest <= start, (trigger, start)
    assert end <= latest, (trigger, end)


def _ahead(text: str, trigger: str) -> bool:
    """Whether the event ``trigger`` is placed after the DCT."""
    when = _when(text, trigger)
    return when.relation is TimeRelation.AFTER and when.to_dct


def test_the_object_of_a_step_still_to_come_is_still_to_come() -> None:
    """ "would order an independent review": the review is ordered by a step ahead, so it is
    ahead too; "would challenge the decision" points back to a decision already taken."""
    text = (
        "The minister said on Thursday he would order an independent review of the response. "
        "The union said it would challenge the decision."
    )
    assert _ahead(text, "review")
    assert not _ahead(text, "decision")


def test_what_a_present_need_or_plan_awaits_is_still_to_come() -> None:
    """ "still needs the approval of parliament", "plans a review after three months": the
    need or plan holds now; what it awaits is still to come ("needed" in the past is not)."""
    assert _ahead("The sale still needs the approval of parliament.", "approval")
    assert _ahead("The operator plans a review of the timetable.", "review")
    assert not _ahead("The sale needed the approval of parliament.", "approval")


def test_the_subject_of_a_step_ahead_is_ahead_unless_it_is_a_cause() -> None:
    """ "an inquiry would examine the failures" is of an inquiry still to come; "a fire ...
    will keep the terminal closed" is a cause already past, and "the loss would not change the
    plan" is what a denial is about."""
    assert _ahead("She said an independent inquiry would examine the failures.", "inquiry")
    text = "A fire at the terminal will keep it closed for at least two weeks."
    assert not _ahead(text, "fire")
    text = "She said that the loss of contact would not change the timetable."
    assert not _ahead(text, "loss")


def test_a_noun_told_before_is_not_new_when_a_plan_names_it() -> None:
    """ "The review found ... It plans a review": a lemma told before (outside the headline)
    may be the same happening, so the plan does not put it ahead."""
    text = "The review of the line found no faults. The operator plans another review."
    assert not _ahead(text, "review")


def test_after_hung_on_a_noun_below_the_verb_still_orders_the_verb() -> None:
    """ "lowered 38 tourists to safety on ropes after a cable car stalled ... on Wednesday
    afternoon": the parser hangs "after" on "safety" and reads "stalled" as a participle of
    "car"; the lowering still came after the stall, so not before Wednesday afternoon."""
    text = (
        "Rescuers lowered 38 tourists to safety on ropes after a cable car stalled high above "
        "the valley on Wednesday afternoon, police said on Thursday."
    )
    lowered = _when(text, "lowered")
    assert lowered.earliest_start is not None
    assert lowered.earliest_start >= datetime(2024, 3, 13, 12)
    assert lowered.latest_end is not None
    assert lowered.latest_end <= FRIDAY_END
