"""Anchoring rules written in the 2026-12-05 session (batches 44 and 45).

Each test restates one rule on sentences of its own. DCT: Tuesday 2024-03-12.
"""

from __future__ import annotations

from datetime import datetime

import timeline

from .conftest import when_of

DCT = "2024-03-12"


def _when(text: str, trigger: str) -> timeline.EventTime:
    return when_of(text, trigger, DCT)


def test_a_starting_participle_the_parser_hung_on_a_plain_noun_starts_the_verb() -> None:
    # "starting next Monday" tells when the rationing begins, not the households
    when = _when(
        "The city will ration tap water to households starting next Monday, the mayor said.",
        "ration",
    )
    assert when.earliest_start == datetime(2024, 3, 18)
    assert when.latest_start == datetime(2024, 3, 19)
    assert when.earliest_end is None or when.earliest_end >= datetime(2024, 3, 18)


def test_an_event_noun_going_on_since_a_time_in_its_relative_clause_began_then() -> None:
    when = _when("The war, which has raged since 2011, killed thousands.", "war")
    assert when.earliest_start == datetime(2011, 1, 1)
    assert when.latest_start == datetime(2012, 1, 1)
    assert when.latest_end is None
    # a change within it ("stalled") tells nothing of the talks' start
    assert _when("Talks that have stalled since May will resume.", "Talks").earliest_start != (
        datetime(2023, 5, 1)
    )


def test_a_day_hung_on_the_complement_of_an_aspectual_verb_dates_the_aspectual_verb() -> None:
    when = _when(
        "Lecturers began refusing to mark students' exams on Monday, the union said.", "began"
    )
    assert (when.earliest_start, when.latest_end) == (datetime(2024, 3, 11), datetime(2024, 3, 12))


def test_an_event_in_a_clause_under_a_dated_clause_takes_no_day_from_the_last_sentence() -> None:
    text = (
        "The ministry approved the award at a meeting on Monday. Rival bidder Halvorsen challenged"
        " the original tender in December, arguing that the ministry had changed its"
        " requirements after bids were submitted."
    )
    # not Monday's: the sentence's own dated challenge frames it
    submitted = _when(text, "submitted")
    assert submitted.earliest_start is None
    assert _when(text, "changed").earliest_start is None


def test_a_time_a_past_verb_cannot_hold_goes_to_the_event_noun_before_it() -> None:
    # told in March: November is still to come, so it is the elections', not the pushing's
    when = _when(
        "The rise had been pushed by the government ahead of local elections in November.",
        "elections",
    )
    assert (when.earliest_start, when.latest_end) == (datetime(2024, 11, 1), datetime(2024, 12, 1))


def test_through_the_night_is_all_night_and_no_moment_for_the_next_sentence() -> None:
    text = (
        "The climbers were reported missing on Saturday evening. Rescuers searched the ridge"
        " through the night, and the helicopter joined the search on Sunday morning. Low cloud"
        " forced the crew back, and the helicopter crashed on its second approach."
    )
    searched = _when(text, "searched")
    assert (searched.earliest_start, searched.latest_end) == (
        datetime(2024, 3, 9, 20),
        datetime(2024, 3, 10),
    )
    # the story goes on from Sunday morning, not from a night the search lasted through
    crashed = _when(text, "crashed")
    assert crashed.earliest_start is None or crashed.earliest_start >= datetime(2024, 3, 10)


def test_a_time_on_missing_in_reported_missing_dates_the_reporting() -> None:
    when = _when(
        "The climbers set out at 5 a.m. on Saturday and were reported missing that evening.",
        "reported",
    )
    assert (when.earliest_start, when.latest_end) == (
        datetime(2024, 3, 9, 18),
        datetime(2024, 3, 9, 22),
    )


def test_an_activity_a_past_verb_was_done_for_shares_its_time() -> None:
    # the parser hangs "on Tuesday" on the cleaning; the closing was for it, then
    text = (
        "The restaurant's owner, Daniel Ferreira, closed voluntarily for deep cleaning on"
        " Tuesday but reopened the following day after the work was completed."
    )
    when = when_of(text, "closed", "2024-03-15")
    assert (when.earliest_start, when.latest_end) == (datetime(2024, 3, 12), datetime(2024, 3, 13))


def test_a_finding_of_work_dated_in_its_subject_happened_then() -> None:
    text = (
        "Contractors discovered the material on Friday. Tests carried out over the weekend"
        " confirmed the presence of asbestos in the hall, the council said."
    )
    when = _when(text, "confirmed")
    assert (when.earliest_start, when.latest_end) == (datetime(2024, 3, 9), datetime(2024, 3, 11))


def test_a_series_counted_since_a_time_has_its_last_instance_by_the_dct() -> None:
    for text, trigger in (
        ("The union has held several strikes since February.", "held"),
        ("We have written to the company three times since July.", "written"),
    ):
        when = _when(text, trigger)
        assert when.latest_end == datetime(2024, 3, 13), text
        assert when.earliest_end == datetime(2024, 3, 12), text  # it may go on
    # a stretch is not counted: it still holds
    lived = _when("She has lived two streets from the plant since 1990.", "lived")
    assert lived.latest_end is None


def test_a_past_time_on_a_present_relative_clause_dates_the_past_verb_above() -> None:
    text = (
        "The processor, Greenmoor Dairies, cut the price it pays farmers by 2 pence a litre"
        " last week, the third reduction since March."
    )
    cut = _when(text, "cut")
    assert (cut.earliest_start, cut.latest_end) == (datetime(2024, 3, 4), datetime(2024, 3, 11))
    # the paying goes on
    assert _when(text, "pays").latest_end is None


def test_a_when_clause_after_a_time_is_its_verb_not_a_passive_participle_before_it() -> None:
    text = (
        "Officials said the problems came to light last week, when trams being driven on the"
        " route without passengers stopped unexpectedly at several junctions."
    )
    when = _when(text, "stopped")
    assert (when.earliest_start, when.latest_end) == (datetime(2024, 3, 4), datetime(2024, 3, 11))


def test_passive_conjuncts_sharing_one_auxiliary_share_a_time_of_any_grain() -> None:
    text = "The palace was burned and looted during the 1891 expedition."
    when = _when(text, "burned")
    assert (when.earliest_start, when.latest_end) == (datetime(1891, 1, 1), datetime(1892, 1, 1))


def test_a_year_hung_on_the_object_of_a_past_verb_dates_the_verb() -> None:
    text = (
        "The consultation results were published last week. Council leader Priya Nandakumar,"
        " who first proposed the charge in 2017, said on Tuesday that the result showed a"
        " quiet majority wanted cleaner air."
    )
    when = _when(text, "proposed")
    assert (when.earliest_start, when.latest_end) == (datetime(2017, 1, 1), datetime(2018, 1, 1))


def test_time_given_until_a_date_is_a_deadline_for_what_it_is_given_for() -> None:
    text = "The regulator has given the company until March 29 to respond to the findings."
    respond = _when(text, "respond")
    assert respond.latest_end == datetime(2024, 3, 30)
    assert respond.earliest_start is None or respond.earliest_start < datetime(2024, 3, 29)
    # the giving is done: it does not last until the deadline
    given = _when(text, "given")
    assert given.latest_end is not None
    assert given.latest_end <= datetime(2024, 3, 13)


def test_a_month_to_come_on_a_present_perfect_is_the_noun_before_it() -> None:
    text = "The union has threatened a further walkout in November if no agreement is reached."
    walkout = _when(text, "walkout")
    assert (walkout.earliest_start, walkout.latest_end) == (
        datetime(2024, 11, 1),
        datetime(2024, 12, 1),
    )
    threatened = _when(text, "threatened")
    assert threatened.latest_end is not None
    assert threatened.latest_end <= datetime(2024, 3, 13)


def test_what_one_has_been_able_to_do_since_a_time_was_done_since_then() -> None:
    text = "The resort has been able to run only a handful of its lifts since Christmas."
    run = _when(text, "run")
    assert (run.earliest_start, run.latest_start) == (
        datetime(2023, 12, 25),
        datetime(2023, 12, 26),
    )
    # "will not be able to return until Sunday" is still to come
    later = _when("Residents will not be able to return home until at least Sunday.", "return")
    assert later.earliest_start is not None
    assert later.earliest_start >= datetime(2024, 3, 12)
