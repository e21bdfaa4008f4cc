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


def test_an_undated_occasion_that_drew_a_crowd_on_a_day_was_held_that_day() -> None:
    """ "a protest outside the central bank drew several hundred people last Saturday": the
    protest was held on the day of its drawing."""
    text = (
        "Savers have complained for months, and a protest outside the central bank drew "
        "several hundred people last Saturday."
    )
    assert_inside(text, "protest", DCT, datetime(2024, 3, 9), datetime(2024, 3, 10))


def test_the_first_edition_of_a_recurring_event_does_not_date_this_one() -> None:
    """ "took part in the race, which was first held in 1987": the race run now is not the
    first one, so neither it nor taking part in it lies in 1987."""
    text = (
        "About 3,400 runners took part in the race, which was first held in 1987 and rarely "
        "drew more than 500 entrants in the 1990s."
    )
    when = _when(text, "took")
    assert when.earliest_start is None or when.earliest_start < datetime(1987, 1, 1)
    # a relative clause without "first" still stages the noun it hangs on
    text = "About 300 runners took part in the race, which was held in Avonmouth on Tuesday."
    assert_inside(text, "took", DCT, datetime(2024, 3, 12), datetime(2024, 3, 13))


def test_a_trailing_attribution_joined_after_a_pair_of_steps_is_its_own_telling() -> None:
    """ "The intruders entered the network on May 14 and stayed there for nine days, copying
    names and addresses, the vice-chancellor told a news conference": the parser may join
    "told" to "entered" after the pair's "and"; the telling is not on May 14."""
    text = (
        "The university said on Friday that hackers had stolen student data.\n"
        "The intruders first entered the university's network on Feb. 14 and stayed there "
        "undetected for nine days, copying names, home addresses, bank details and exam "
        "results, Vice-Chancellor Helen Marrick told a news conference."
    )
    when = _when(text, "told")
    assert when.earliest_start is not None
    assert when.earliest_start >= datetime(2024, 3, 1)


def test_a_lead_perfect_takes_the_moment_of_the_scene_told_next() -> None:
    """ "has found a hoard of Roman coins" then "was sweeping a farm at about 3:30 p.m. on
    January 20 when the detector gave a strong signal": the past progressive sets the scene
    of the finding."""
    text = (
        "Schoolboy's metal detector turns up hoard of Roman coins\n"
        "A schoolboy using a metal detector has found a hoard of more than 900 Roman silver "
        "coins in a field near the village, archaeologists said on Friday.\n"
        "Oliver Penhallow, 11, was sweeping a friend's family farm with his father at about "
        "3:30 p.m. on January 20 when the detector gave a strong signal, the county "
        "archaeology service said."
    )
    assert_inside(text, "found", DCT, datetime(2024, 1, 20), datetime(2024, 1, 21))
