"""Anchoring rules written from the tenth batch of held-out articles.

Each test restates one rule on sentences of its own. DCT: Tuesday 2023-02-14.
"""

from __future__ import annotations

from datetime import datetime

import timeline

from .conftest import event_named

DCT = "2023-02-14"


def test_a_perfect_through_a_stretch_up_to_now_still_goes_on() -> None:
    tl = timeline.extract(
        "The university has run a telephone helpline for the past two weeks.", dct=DCT
    )
    run = event_named(tl, "run").when
    assert run.earliest_start == datetime(2023, 2, 1)
    assert run.earliest_end is not None
    assert run.earliest_end >= datetime(2023, 2, 14)
    # a stretch that ended before the DCT's day says nothing of now
    tl = timeline.extract("The university ran a helpline in the first week of January.", dct=DCT)
    assert event_named(tl, "ran").when.latest_end == datetime(2023, 1, 9)


def test_the_subject_of_a_plan_to_take_place_takes_its_time() -> None:
    tl = timeline.extract(
        "Funerals for the two men are expected to take place later this month.", dct=DCT
    )
    funerals = event_named(tl, "Funerals").when
    assert funerals.earliest_start == datetime(2023, 2, 14)
    assert funerals.latest_end == datetime(2023, 3, 1)


def test_an_occurrence_owed_or_expected_is_still_to_come() -> None:
    tl = timeline.extract(
        "Under the law, the council must decide within 60 days whether to call a vote.",
        dct=DCT,
    )
    decide = event_named(tl, "decide").when
    assert decide.earliest_start == datetime(2023, 2, 14)
    # a perfect modal looks back, not ahead
    tl = timeline.extract("The council must have decided the matter.", dct=DCT)
    assert event_named(tl, "decided").when.earliest_start is None


def test_a_reduced_relative_clause_tells_what_was_done() -> None:
    tl = timeline.extract(
        "An audit ordered by the city council found problems in the spending.", dct=DCT
    )
    ordered = event_named(tl, "ordered").when
    assert ordered.latest_end == datetime(2023, 2, 15)
    assert ordered.earliest_start is None


def test_the_means_and_what_follows_share_the_verbs_time() -> None:
    tl = timeline.extract(
        "Ministers will discuss the issue by video conference on Thursday. "
        "The review is scheduled for March 9, followed by a full statement in April.",
        dct=DCT,
    )
    assert str(event_named(tl, "conference").when) == "2023-02-16"
    assert str(event_named(tl, "statement").when) == "2023-04"


def test_a_past_clause_after_comma_as_is_the_same_moment() -> None:
    tl = timeline.extract(
        "The ministry on Monday ordered an inquiry, as divers resumed the search. "
        "As prices fell, the bank cut rates on Monday.",
        dct=DCT,
    )
    assert str(event_named(tl, "resumed").when) == "2023-02-13"
    # an "as" opening the sentence may give a cause: it takes nothing
    assert str(event_named(tl, "fell").when) != "2023-02-13"
