"""Anchoring rules written in the 2026-12-06 session (batches 80 and later).

Each test restates one rule on sentences of its own. DCT: Tuesday 2024-03-12.
"""

from __future__ import annotations

from datetime import datetime

import timeline

from .conftest import when_of

DCT = "2024-03-12"
TODAY = datetime(2024, 3, 12)


def _when(text: str, trigger: str) -> timeline.EventTime:
    return when_of(text, trigger, DCT)


def test_an_event_noun_expected_to_take_a_length_is_still_to_come() -> None:
    text = "The inquiry is expected to take six months, a spokesman for the authority said."
    when = _when(text, "inquiry")
    assert when.earliest_start == TODAY
    # a "within" still bounds the end; a length to take does not
    assert when.latest_end is None
    # "take place" and "take effect" are no length: the noun is dated by its own time
    text = "A hearing is expected to take place in Lausanne in September."
    assert _when(text, "hearing").earliest_start == datetime(2024, 9, 1)


def test_a_century_that_describes_a_thing_does_not_date_the_clause() -> None:
    text = (
        "The university said on Monday it had cancelled the ceremonies after part of the roof"
        " of its 19th-century great hall collapsed."
    )
    when = _when(text, "collapsed")
    assert when.latest_end is not None
    assert when.latest_end > datetime(2000, 1, 1)
    assert _when(text, "cancelled").latest_end == datetime(2024, 3, 12)


def test_opening_an_inquiry_begins_it() -> None:
    for text in (
        "Prosecutors opened a criminal investigation last April.",
        "The police launched an inquiry in April 2023.",
    ):
        when = _when(text, "investigation" if "investigation" in text else "inquiry")
        assert when.earliest_start is not None
        assert when.earliest_start.month == 4
        # it went on after the opening: no end inside April
        assert when.latest_end is None or when.latest_end > datetime(2023, 5, 1)
    # what else is launched stays inside the launching's time, as the seed article reads it
    when = _when("The army launched a counteroffensive in April 2023.", "counteroffensive")
    assert when.latest_end == datetime(2023, 5, 1)


def test_a_report_hours_after_a_dated_event_is_dated_from_it() -> None:
    text = (
        "The minister denied the claims on Thursday. Hours later, the Ledger reported that the"
        " files had been sent from his office."
    )
    when = _when(text, "reported")
    assert when.earliest_start == datetime(2024, 3, 7)
    assert when.latest_end is not None
    assert when.latest_end < datetime(2024, 3, 9)
    # measured from an undated event, it stays on the report's day
    text = (
        "The company said in a statement hours after the announcement that it was deeply"
        " disappointed."
    )
    assert _when(text, "said").earliest_start == TODAY


def test_a_bare_time_read_as_an_object_predicate_dates_its_verb() -> None:
    # the parser reads "the following day" after a passive as "oprd" ("was called a hero")
    text = (
        "The horse developed a cough last Wednesday. A vet was called the following day and"
        " took samples from the yard on Saturday."
    )
    when = _when(text, "called")
    assert when.earliest_start == datetime(2024, 3, 7)
    assert when.latest_end == datetime(2024, 3, 8)


def test_afterward_follows_the_main_event_not_a_present_habit_told_beside_it() -> None:
    text = (
        "Sunrise Arch fell at about 5:40 a.m. on Sunday, roughly an hour before the first hikers"
        " usually reach it. A ranger on patrol reported the collapse shortly afterward."
    )
    when = _when(text, "reported")
    assert when.earliest_start == datetime(2024, 3, 10, 5, 40)
    assert when.latest_end is not None
    assert when.latest_end <= datetime(2024, 3, 11)


def test_a_simple_past_joined_to_a_reported_would_is_the_reporters_second_verb() -> None:
    text = (
        "A ministry spokeswoman said on Friday that the government would present a new offer"
        " within days and urged officers to return to normal working."
    )
    when = _when(text, "urged")
    assert when.earliest_start == datetime(2024, 3, 8)
    assert when.latest_end == datetime(2024, 3, 9)
    # with a subject of its own, it is a clause of the report
    text = (
        "A ministry spokeswoman said on Friday that the government would present a new offer"
        " and the unions rejected it."
    )
    assert _when(text, "rejected").earliest_start != datetime(2024, 3, 8)


def test_what_is_already_done_lies_in_no_time_still_to_come() -> None:
    text = "It could push the opening, already delayed once, beyond its target of December 2025."
    when = _when(text, "delayed")
    assert when.earliest_start is None or when.earliest_start < datetime(2025, 12, 1)
    assert when.latest_end is None or when.latest_end <= datetime(2024, 3, 13)


def test_the_head_of_a_compound_event_noun_names_it_again_and_its_lasting_is_it() -> None:
    text = (
        "Winemakers halted their harvest on Tuesday after a hailstorm on Sunday evening"
        " destroyed much of the fruit. The storm lasted about 20 minutes, the association said."
    )
    for trigger in ("storm", "lasted"):
        when = _when(text, trigger)
        assert when.earliest_start == datetime(2024, 3, 10, 18)
        assert when.latest_end is not None
        assert when.latest_end <= datetime(2024, 3, 11)
