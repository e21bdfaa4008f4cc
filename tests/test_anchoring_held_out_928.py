"""Anchoring rules written in the nineteenth session (2026-12-07, batches 920 and later).

Each test restates one rule on sentences of its own. DCT: Friday 2024-03-15.
"""

from __future__ import annotations

from datetime import datetime

from .conftest import assert_inside, value_of, when_of

DCT = "2024-03-15"


def test_a_market_move_counted_in_percent_is_the_session_s() -> None:
    """ "while Brightwave stock rose 3%": a move given by its size, with no time of its own,
    is the session the report tells of, as "in afternoon trading" is."""
    text = (
        "Kestrel shares fell 18% by 10:30 a.m. in Dublin, their lowest level since October "
        "2020, while Brightwave stock rose 3%."
    )
    assert_inside(text, "rose", DCT, datetime(2024, 3, 15), datetime(2024, 3, 16))


def test_a_market_move_before_another_of_the_session_is_the_session_s() -> None:
    """ "fell 2.3 percent ... before recovering some ground by 11:30 a.m.": the "before" ties
    the fall to the recovery, both of the report's day, not to some day before the DCT."""
    text = (
        "Shares of Velstrand fell 2.3 percent to $41.15 in early trading before recovering "
        "some ground by 11:30 a.m."
    )
    assert_inside(text, "fell", DCT, datetime(2024, 3, 15), datetime(2024, 3, 16))


def test_a_length_stated_as_a_floor_counts_back_to_the_day() -> None:
    """ "had polluted the lake for more than a decade": a floor is no round figure, so the
    latest start is ten years before the last day it can have ended, not the month's end."""
    text = (
        "A court on Friday ordered the company to halt all discharges, ruling that it had "
        "polluted the lake for more than a decade."
    )
    when = when_of(text, "polluted", DCT)
    assert when.latest_start is not None
    assert when.latest_start <= datetime(2014, 3, 15)
    assert when.latest_start >= datetime(2014, 3, 13)


def test_a_bare_day_on_an_object_read_as_a_verb_dates_the_verb() -> None:
    """ "served strike notice the following day": the tagger reads "notice" as a verb and
    the parser hangs the day on it; the serving was on that day."""
    text = (
        "Talks broke down on March 12. The union served strike notice the following day, and "
        "the company rejected arbitration."
    )
    assert_inside(text, "served", DCT, datetime(2024, 3, 13), datetime(2024, 3, 14))


def test_a_day_counted_back_in_a_past_perfect_is_no_story_day() -> None:
    """ "found the parcel on Tuesday ... it had been sent a day earlier. She posted a
    photograph the following day": the flashback's Monday is not the day the story goes on
    from; the following day is Wednesday."""
    text = (
        "On Tuesday, staff found the parcel on the doormat, and its postmark showed it had been "
        "sent from Plymouth a day earlier. The librarian posted a photograph of the letter the "
        "following day."
    )
    assert value_of(text, "a day earlier", DCT) == "2024-03-11"
    assert value_of(text, "the following day", DCT) == "2024-03-13"


def test_the_outcome_of_a_dated_attempt_is_on_its_day() -> None:
    """ "a second attempt on Monday collapsed": the day hangs on the subject noun; its
    collapsing is the attempt's end, that day."""
    text = (
        "A first ballot was called off last week, and a second attempt on Monday collapsed when "
        "four deputies failed to turn up."
    )
    assert_inside(text, "collapsed", DCT, datetime(2024, 3, 11), datetime(2024, 3, 12))


def test_a_light_verb_of_a_relative_clause_dates_its_noun() -> None:
    """ "reversing a decision it took in March 2023": the relative clause's light verb is the
    doing of the decision, so the decision is of March 2023, not of the council's vote."""
    text = (
        "The council voted on Thursday to reroute the road around the tree, reversing a "
        "decision it took in March 2023 to fell it."
    )
    assert_inside(text, "decision", DCT, datetime(2023, 3, 1), datetime(2023, 4, 1))


def test_a_day_in_a_speaker_s_relative_clause_is_no_story_day() -> None:
    """ "said passenger Ingrid Solheim, 54, who was travelling home after visiting her
    daughter on Wednesday": the day tells of the speaker, so a later bare clock time stays on
    the story's night (Thursday), not on Wednesday."""
    text = (
        "The ferry lost power in a storm on Thursday night. It issued a distress call at 7:40 "
        'p.m. "People were crying," said passenger Ingrid Solheim, 54, who was travelling home '
        "after visiting her daughter on Wednesday. Two tugs got lines aboard at about 11:30 "
        "p.m."
    )
    assert value_of(text, "about 11:30 p.m.", DCT) == "2024-03-14T23:30"


def test_a_past_clock_time_far_from_any_day_stays_on_the_story_s_clock() -> None:
    """With no day named within reach (the dateline names the report's day), a past bare
    clock time goes on the day of the story's last clock time (Thursday's 7:40 p.m.), not on
    the report's day."""
    text = (
        "BERGEN, March 15 (Reuters) - A passenger ferry carrying 212 people lost all engine "
        "power in a violent storm off the west coast on Thursday night and drifted for nearly "
        "four hours before tugboats reached it, the coastguard said on Friday.\n"
        "The MS Nordlys, operated by Vestkyst Ferjer, had left Bergen at 6:10 p.m. for the "
        "island of Havroy and issued a distress call at 7:40 p.m., about 90 minutes into the "
        "crossing, after seawater flooded an engine-room air intake and both engines shut "
        "down.\n"
        "Hurricane-force winds pushed the ship to within 800 metres of the rocky shore of "
        "Sotra, and passengers were ordered to put on life jackets and gather in the main "
        "lounge.\n"
        '"People were crying and being sick, and every few minutes the ship rolled so far you '
        'thought it would not come back up," said passenger Ingrid Solheim, 54, who was '
        "travelling home after a family holiday.\n"
        "Two tugs from the port of Agotnes got lines aboard at about 11:30 p.m. and towed the "
        "ferry at walking pace back to Bergen, where it docked at 5:15 a.m.\n"
    )
    assert value_of(text, "about 11:30 p.m.", DCT) == "2024-03-14T23:30"


def test_a_when_the_parser_hangs_on_a_later_conjunct_opens_both() -> None:
    """ "came in November 2021, when a grain barge sank and blocked traffic": the parser hangs
    "when" on "blocked"; standing before "sank", it opens the clause of both."""
    text = (
        "The last major closure on this stretch came in November 2021, when a grain barge sank "
        "and blocked traffic for 36 hours."
    )
    assert_inside(text, "sank", DCT, datetime(2021, 11, 1), datetime(2021, 12, 1))


def test_a_day_on_an_object_joined_to_the_verb_dates_the_verb() -> None:
    """ "dropped fresh fruit and a new battery to her on July 4": the parser joins "battery"
    to the verb itself and hangs the day on it; the dropping was that day."""
    text = (
        "She finished the voyage with a spare oar, and a container ship dropped fresh fruit and "
        "a new satellite phone battery to her on July 4, hours after her battery failed."
    )
    assert_inside(text, "dropped", DCT, datetime(2023, 7, 4), datetime(2023, 7, 5))


def test_a_bare_day_on_a_noun_of_the_clause_dates_its_verb() -> None:
    """ "sent 120 soldiers with pumps and boats the following day": the parser hangs the bare
    day on "boats", a noun joined to another in the verb's phrase; it dates the sending."""
    text = (
        "The regional government declared a state of emergency in 14 municipalities on "
        "Wednesday and closed schools in the valley, and the army sent 120 soldiers with pumps "
        "and boats the following day.\n"
    )
    assert_inside(text, "sent", DCT, datetime(2024, 3, 14), datetime(2024, 3, 15))


def test_what_a_deed_is_done_as_shares_its_time() -> None:
    """ "suspended intake as a precaution early on Thursday": the parser hangs the day on
    "precaution", which is the suspending itself."""
    text = (
        "Water companies in three towns downstream suspended intake from the river as a "
        "precaution early on Thursday."
    )
    assert_inside(text, "suspended", DCT, datetime(2024, 3, 14), datetime(2024, 3, 15))


def test_a_passive_participle_of_doing_dates_its_noun() -> None:
    """ "The decision, taken at a board meeting on Sunday night": the participle "taken" is
    the decision's doing, so the decision is of Sunday night."""
    text = (
        "The decision, taken at a board meeting on Sunday night, follows clashes last week, the "
        "company said."
    )
    assert_inside(text, "decision", DCT, datetime(2024, 3, 10), datetime(2024, 3, 11))


def test_an_occasion_begun_at_a_time_of_day_is_that_day_s() -> None:
    """ "a ceremony that began at 10 a.m. on Thursday": an occasion begun at a clock time is
    of that day; a stretch begun on a day ("a slide that started on March 1") goes on."""
    text = "She received her degree at a ceremony that began at 10 a.m. on Thursday."
    assert_inside(text, "ceremony", DCT, datetime(2024, 3, 14), datetime(2024, 3, 15))
    text = "Shares fell again on Friday, extending a slide that started on March 1."
    when = when_of(text, "slide", DCT)
    assert when.latest_end is None or when.latest_end > datetime(2024, 3, 2)


def test_a_rough_gap_of_minutes_keeps_two_events_close() -> None:
    """ "passed the spot at 10:40 p.m., about 20 minutes before rocks and mud buried the line":
    a rough gap of minutes still puts the burying within the hour after 10:40 p.m."""
    text = (
        "A train carrying 12 passengers had passed the spot at 10:40 p.m. on Thursday, about 20 "
        "minutes before rocks and mud buried the line, police said."
    )
    when = when_of(text, "buried", DCT)
    assert when.earliest_start is not None
    assert when.latest_end is not None
    assert when.earliest_start >= datetime(2024, 3, 14, 22, 40)
    assert when.latest_end <= datetime(2024, 3, 15)


def test_an_effort_launched_in_its_relative_clause_begins_then() -> None:
    """ "a campaign the union launched in June 2019": the relative clause opens the campaign,
    which runs on from then."""
    text = (
        "The rise fell short of the 12-euro rate sought in a campaign the union launched in "
        "June 2019."
    )
    when = when_of(text, "campaign", DCT)
    assert when.earliest_start == datetime(2019, 6, 1)
    assert when.latest_start == datetime(2019, 7, 1)


def test_a_fronted_date_goes_to_the_verb_between_when_the_later_has_its_own() -> None:
    """ "On March 9, nine tank cars carrying canola oil overturned near Weyburn, and a day
    earlier the company had announced a review": the parser hangs March 9 on "announced",
    whose own date ("a day earlier") comes before it; March 9 is the overturning's."""
    text = (
        "It was the second derailment in less than a month. On March 9, nine tank cars "
        "carrying canola oil overturned near Weyburn, and a day earlier the company had "
        "announced a review of its cold-weather operations.\n"
    )
    assert_inside(text, "overturned", DCT, datetime(2024, 3, 9), datetime(2024, 3, 10))


def test_what_followed_in_a_month_is_of_that_month() -> None:
    """ "two more falls followed in March": the falls came then (the tagger reads "followed"
    as a bare participle)."""
    text = (
        "A stretch of cliff collapsed during a storm on February 18, and two more falls "
        "followed in March, according to the trust."
    )
    assert_inside(text, "falls", DCT, datetime(2024, 3, 1), datetime(2024, 4, 1))


def test_a_bare_day_on_a_predicate_read_as_a_verb_dates_the_verb() -> None:
    """ "called the county's finds liaison officer the following day": the tagger reads
    "finds" as a verb of a small clause and the parser hangs the day on it."""
    text = (
        "He stopped the tractor at 3:20 p.m. on March 12. He called the county's finds liaison "
        "officer the following day, and a team spent 10 days excavating the spot."
    )
    assert_inside(text, "called", DCT, datetime(2024, 3, 13), datetime(2024, 3, 14))


def test_a_stretch_since_a_time_told_in_the_past_perfect_is_over() -> None:
    """ "had been in talks since early September": told in the past perfect, the talks were
    over by the report; reported ("said it had been in talks since Friday"), the past perfect
    is a backshifted present and they still go on."""
    text = (
        "The airline, which employed 410 people, had been in talks since early September with "
        "a London investment fund over a rescue."
    )
    when = when_of(text, "talks", DCT)
    assert when.latest_end is not None
    assert when.latest_end <= datetime(2024, 3, 16)
    text = "Harwell said the company had been in talks with its bank since Friday."
    assert when_of(text, "talks", DCT).latest_end is None
