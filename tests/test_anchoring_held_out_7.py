"""Anchoring and resolver rules written from the seventh batch of held-out articles.

Each test restates one rule on sentences of its own. DCT: Saturday 2025-03-08.
"""

from __future__ import annotations

from datetime import datetime

import timeline

from .conftest import event_named

DCT = "2025-03-08"


def test_a_day_right_after_said_is_the_sayings_even_without_that() -> None:
    tl = timeline.extract(
        "A spokesman said on Wednesday the attack bore the hallmarks of a criminal group.",
        dct=DCT,
    )
    assert str(event_named(tl, "said").when) == "2025-03-05"
    assert str(event_named(tl, "bore").when) != "2025-03-05"


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
    launch = event_named(tl, "launch")
    assert launch.when.earliest_start == datetime(2025, 6, 1)
    assert launch.when.latest_end is None or launch.when.latest_end > datetime(2025, 6, 1)


def test_a_past_verb_joined_without_its_own_subject_shares_a_dated_days_time() -> None:
    tl = timeline.extract(
        "Police arrested two men on Wednesday and seized a van. "
        "The firm grew in 2019 and hired 200 people.",
        dct=DCT,
    )
    assert str(event_named(tl, "seized").when) == "2025-03-05"
    # a year is no day: "hired" comes after "grew" but is not put inside 2019
    assert str(event_named(tl, "hired").when) != "2019"


def test_an_election_that_could_not_take_place_until_march_is_ahead() -> None:
    times = timeline.find_times(
        "An early election could not take place until March.", dct="2018-11-16"
    )
    assert [t.value for t in times] == ["2019-03"]


def test_a_bare_time_of_day_in_a_past_sentence_is_not_on_a_day_to_come_or_the_statements() -> None:
    times = timeline.find_times(
        "The airline grounded its planes on Saturday after one made an emergency landing on "
        "Friday evening. It said on Sunday the grounding would last until Wednesday. The plane "
        "landed at 6:40 p.m. local time.",
        dct="2026-02-22",
    )
    assert [t.value for t in times if t.text.startswith("6:40")] == ["2026-02-20T18:40"]
