"""Anchoring rules written in the thirteenth 2026-12-07 session (batches 704 and later).

Each test restates one rule on sentences of its own. DCT: Friday 2024-03-15.
"""

from __future__ import annotations

from datetime import datetime

import timeline

from .conftest import assert_inside, bounded, when_of

DCT = "2024-03-15"
WEDNESDAY = (datetime(2024, 3, 13), datetime(2024, 3, 14))


def _when(text: str, trigger: str) -> timeline.EventTime:
    return when_of(text, trigger, DCT)


def _inside(text: str, trigger: str, earliest: datetime, latest: datetime) -> None:
    assert_inside(text, trigger, DCT, earliest, latest)


def test_a_clock_time_closed_by_a_day_dates_its_own_verb() -> None:
    """ "was closed overnight and reopened at 6:15 a.m. on Thursday": the preposition inside
    the expression hangs on the verb, but the time's own "at" is its signal, so "reopened" is
    of Thursday morning, not of the night before."""
    text = "The bridge was closed overnight and reopened at 6:15 a.m. on Thursday."
    _inside(text, "reopened", datetime(2024, 3, 14, 6), datetime(2024, 3, 14, 7))


def test_a_headline_verb_takes_the_lead_event_of_the_same_verb() -> None:
    """ "Long-lost portrait sells for 2 million" over a lead whose attribution the parser makes its
    root: the lead's "sold" of the same verb dates the headline, not a background year told in
    the next sentence."""
    text = (
        "Long-lost Constable portrait sells for 2 million pounds at Carlisle auction\n"
        "A portrait by John Constable that had been missing for about 60 years sold for 2 "
        "million pounds on Wednesday evening, more than twice its estimate, auction house Brand "
        "& Lowe said on Thursday.\n"
        "The portrait, painted in 1821, was bought by a collector from Zurich."
    )
    _inside(text, "sells", datetime(2024, 3, 13), datetime(2024, 3, 14))


def test_a_time_of_a_non_event_noun_after_since_starts_the_stretch() -> None:
    """ "has risen since a retrospective in 2015": the rise began in 2015 and goes on; it did
    not happen within 2015. ("after lift-off in March" is no such case: see below.)"""
    risen = _when("Her work has risen in value since a retrospective in 2015.", "risen")
    assert risen.earliest_start == datetime(2015, 1, 1)
    assert risen.latest_start == datetime(2016, 1, 1)
    assert risen.latest_end is None or risen.latest_end >= datetime(2024, 3, 15)


def test_a_noun_whose_relative_clause_began_shortly_after_a_time_begins_then() -> None:
    """ "a contest that began shortly after 7 p.m.": the contest's start is the moment its
    verb is near, so it is of that evening (not undated)."""
    text = "The vase was sold on Wednesday after a contest that began shortly after 7 p.m."
    contest = _when(text, "contest")
    assert contest.earliest_start is not None
    assert contest.earliest_start >= datetime(2024, 3, 13, 19)
    assert contest.latest_start is not None
    assert contest.latest_start <= datetime(2024, 3, 14)


def test_a_when_clause_with_a_copula_dates_the_verb_joined_to_it() -> None:
    """ "at around 3 a.m., when the hall was almost empty and her hand started to cramp": the
    copula is no event; the verb joined to it happened at that time."""
    text = (
        "The pianist began on Wednesday morning. She said the hardest moment came at around "
        "3 a.m. on Thursday, when the hall was almost empty and her left hand started to cramp."
    )
    _inside(text, "started", datetime(2024, 3, 14), datetime(2024, 3, 14, 5))


def test_within_hours_follows_a_dated_passive_report_but_not_an_undated_one() -> None:
    """ "The fire was first reported at 2:15 p.m. on Tuesday, and winds pushed it across
    4,000 acres within six hours": a dated passive report is the story's discovery, which the
    "within" counts from; "No injuries were reported" has no time and is no step."""
    text = (
        "The fire was first reported at 2:15 p.m. on Tuesday near a campground, and strong "
        "winds pushed it across 4,000 acres within six hours, officials said."
    )
    _inside(text, "pushed", datetime(2024, 3, 12, 14), datetime(2024, 3, 13, 12))
    text = (
        "The strongest tremor struck at 11:40 p.m. on Wednesday. No injuries were reported, "
        "but police received more than 300 calls within an hour."
    )
    _inside(text, "received", datetime(2024, 3, 13, 23), datetime(2024, 3, 14, 6))


def test_shortly_after_an_evening_hour_stays_within_two_hours() -> None:
    """ "accepted the prize shortly after 10 p.m.": a moment near the clock time, that night
    (two hours at most), not past midnight."""
    text = (
        "The awards were handed out on Wednesday night. The actor accepted the prize shortly "
        "after 10 p.m., organisers said."
    )
    _inside(text, "accepted", datetime(2024, 3, 13, 22), datetime(2024, 3, 14))


def test_a_time_on_a_noun_joined_to_an_object_dates_the_verb() -> None:
    """ "declared a state of emergency for Corvan and two counties on Wednesday": the parser
    hangs the day on the second noun of the object, which heads no clause of its own; the
    verb above it is the clause's."""
    text = (
        "The governor declared a state of emergency for Corvan and two neighbouring counties "
        "on Wednesday and ordered plows into the area."
    )
    assert bounded(_when(text, "declared")) == WEDNESDAY


def test_an_event_whose_subject_a_dated_relative_clause_describes_takes_no_earlier_story() -> None:
    """ "Smith, who was told of the decision on Friday morning, thanked the players": the
    sentence tells its own moment, so the event does not take the day the sentence before
    gave (here a match two weeks earlier)."""
    text = (
        "The club sacked its manager on Friday. The players last won on Feb. 24, when they "
        "beat Carrow 2-1. Smith, who was told of the decision at the training ground on Friday "
        "morning, thanked the players and staff."
    )
    thanked = _when(text, "thanked")
    assert thanked.earliest_start is None or thanked.earliest_start >= datetime(2024, 3, 15)


def test_a_state_an_order_brings_about_is_not_placed_before_the_dct() -> None:
    """ "ordered the pass closed to buses for three weeks": the closure follows the order and
    runs on past the DCT, so it is not a past stretch ending by the DCT."""
    text = (
        "The minister, who visited the site on Friday morning, ordered the pass closed to "
        "buses for three weeks."
    )
    closed = _when(text, "closed")
    assert closed.latest_end is None or closed.latest_end > datetime(2024, 3, 16)


def test_a_stretch_of_whole_days_ending_at_a_clock_time_took_up_calendar_days() -> None:
    """ "a two-day meeting that ended shortly after 11 a.m. on Friday": the meeting took up
    Thursday and Friday; it did not begin 48 hours before 11 a.m. on Friday."""
    text = (
        "The board held rates after a two-day meeting that ended shortly after 11 a.m. on Friday."
    )
    meeting = _when(text, "meeting")
    assert meeting.earliest_start == datetime(2024, 3, 14)
    assert meeting.latest_start is not None
    assert meeting.latest_start <= datetime(2024, 3, 15)


def test_an_undated_step_after_a_recent_day_is_of_that_day() -> None:
    """ "A landslide buried the road on Wednesday. Rescuers freed two drivers from their
    cars.": the second sentence shares no noun with the first, but an undated past
    occurrence told right after a happening of the last few days is of that day."""
    text = (
        "A landslide buried the road near Hallerdal on Wednesday. Rescuers freed two drivers "
        "from their cars."
    )
    assert bounded(_when(text, "freed")) == WEDNESDAY


def test_a_reaction_or_a_step_after_a_state_or_a_long_gone_day_keeps_no_such_day() -> None:
    """A reaction is told on the report's day ("Residents welcomed the move"), a state's day
    is no step ("Two climbers remained in hospital on Wednesday"), and a day weeks back is a
    story that has moved on."""
    for text, trigger in (
        ("The council closed the road on Wednesday. Residents welcomed the move.", "welcomed"),
        ("Two climbers remained in hospital on Wednesday. Rescuers found a third.", "found"),
        ("A landslide buried the road on Feb. 2. Rescuers freed two drivers.", "freed"),
    ):
        when = _when(text, trigger)
        assert when.earliest_start is None or when.earliest_start >= datetime(2024, 3, 15), text
