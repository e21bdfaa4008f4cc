"""Anchoring rules written in the twentieth session (2026-12-08, batches 944 and later).

Each test restates one rule on sentences of its own. DCT: Friday 2024-03-15.
"""

from __future__ import annotations

from datetime import datetime

from .conftest import assert_inside, span_of_event, when_of

DCT = "2024-03-15"
TODAY = datetime(2024, 3, 15)


def _after_today(text: str, trigger: str) -> bool:
    start = when_of(text, trigger, DCT).earliest_start
    return start is not None and start >= TODAY


def test_a_light_verb_s_noun_is_told_in_the_verb_s_reported_future() -> None:
    """ "said she would take a break": the break, the event of the light verb "take", is the
    report's future as much as "said she would rest" is."""
    assert _after_today("Collier said she would take a break.", "break")
    assert _after_today("Collier said she would rest.", "rest")


def test_what_is_likely_to_happen_is_still_to_come() -> None:
    """ "said repairs were likely to take 10 weeks": a likelihood weighed at the report is of
    what is still to come; a perfect infinitive ("was likely to have started") looks back."""
    assert _after_today("Lindqvist said repairs were likely to take 10 weeks.", "take")
    assert _after_today("Officials said the talks were unlikely to resume.", "resume")
    looking_back = "The fire was likely to have started in the kitchen, he said."
    assert not _after_today(looking_back, "started")


def test_the_next_step_told_by_before_and_a_gerund_is_of_that_day() -> None:
    """ "fell 7.3% in early trading on Tuesday before recovering": the recovery is Tuesday's;
    "before voting" after a meeting on Monday is Monday's."""
    text = "Norvale shares fell 7.3% in early trading on Tuesday before recovering."
    assert_inside(text, "recovering", DCT, datetime(2024, 3, 12), datetime(2024, 3, 13))
    text = "The board met on Monday before voting unanimously for Moradi."
    assert_inside(text, "voting", DCT, datetime(2024, 3, 11), datetime(2024, 3, 12))


def test_a_next_step_with_a_time_of_its_own_or_after_a_stretch_is_not_pulled_back() -> None:
    """ "before returning to training on March 27" names its own day; "swept inland for six
    hours before weakening" may run into the next day; "held talks on Monday and Tuesday
    morning before agreeing" ends on Tuesday, not Monday; "began on June 27 and took in nine
    cities before ending in Chile": June 27 began the tour, it did not end then."""
    own = (
        "She will visit two more schools on Monday and Tuesday before returning to training "
        "on March 27."
    )
    _, end = span_of_event(own, "returning", DCT)
    assert end is None or end > datetime(2024, 3, 19)
    stretch = (
        "The storm made landfall at about 9:40 p.m. on Wednesday and swept inland for six "
        "hours before weakening over the hills."
    )
    _, end = span_of_event(stretch, "weakening", DCT)
    assert end is None or end > datetime(2024, 3, 14)
    two_days = (
        "The board held talks with both clubs on Monday and Tuesday morning before agreeing "
        "the new date."
    )
    _, end = span_of_event(two_days, "agreeing", DCT)
    assert end is None or end > datetime(2024, 3, 12)
    tour = "The tour began in Toronto on June 27 and took in nine cities before ending in Chile."
    _, end = span_of_event(tour, "ending", DCT)
    assert end is None or end > datetime(2023, 6, 28)


def test_a_purpose_is_done_in_the_same_breath() -> None:
    """ "packed the village hall on Friday evening to celebrate": the celebrating is that
    evening's; "would send engineers on Wednesday to assess the damage": Wednesday's too."""
    text = "More than 200 people packed the village hall on Tuesday evening to celebrate."
    assert_inside(text, "celebrate", DCT, datetime(2024, 3, 12), datetime(2024, 3, 13))
    text = "The agency said on Friday it would send engineers on Monday to assess the damage."
    assert_inside(text, "assess", DCT, datetime(2024, 3, 18), datetime(2024, 3, 19))


def test_a_deed_let_or_made_is_done_there_and_then() -> None:
    """ "were allowed to return home on Sunday afternoon", "used a boat to rescue the
    driver" on a day: the deed is of that day."""
    text = "About 40 families were evacuated and allowed to return home on Sunday afternoon."
    assert_inside(text, "return", DCT, datetime(2024, 3, 10), datetime(2024, 3, 11))
    text = "On Wednesday firefighters used a boat to rescue the driver of a stranded van."
    assert_inside(text, "rescue", DCT, datetime(2024, 3, 13), datetime(2024, 3, 14))


def test_what_a_vote_orders_is_done_later_but_what_it_does_is_done_then() -> None:
    """ "voted 4-1 on Monday night to approve the calendar": the vote approves it then;
    "voted on Thursday to ban wood-burning stoves": the ban is what the vote orders, later."""
    text = "The board voted 4-1 on Monday night to approve the new calendar."
    assert_inside(text, "approve", DCT, datetime(2024, 3, 11), datetime(2024, 3, 12))
    text = "The city council voted on Thursday to ban wood-burning stoves in homes."
    _, end = span_of_event(text, "ban", DCT)
    assert end is None or end > datetime(2024, 3, 15)


def test_a_step_to_be_done_in_a_year_of_the_next_century_keeps_that_year() -> None:
    """ "will bury a time capsule that day, to be dug up in 2123": 2123 is a year (years of
    the twenty-second century are read as years), so the digging is not that day's."""
    text = "The town will bury a time capsule next Wednesday, to be dug up in 2123."
    start, _ = span_of_event(text, "dug", DCT)
    assert start is not None
    assert start.year == 2123


def test_a_length_told_per_day_is_no_length_of_the_whole() -> None:
    """ "had trained for about five hours every day since January": five hours is each
    day's training, so the training is not over five hours after it began in January."""
    text = "Her coach said she had trained for about five hours every day since January."
    _, end = span_of_event(text, "trained", DCT)
    assert end is None or end > datetime(2024, 2, 1)
