"""Anchoring rules written in the eighteenth session (2026-12-07, batches 896 and later).

Each test restates one rule on sentences of its own. DCT: Friday 2024-03-15.
"""

from __future__ import annotations

from datetime import datetime

import timeline

from .conftest import assert_inside, when_of

DCT = "2024-03-15"


def _when(text: str, trigger: str) -> timeline.EventTime:
    return when_of(text, trigger, DCT)


def test_a_day_on_the_predicate_noun_of_a_small_clause_dates_the_verb() -> None:
    """ "declared Mwale the winner on March 3": the parser hangs the day on "winner", a noun
    that is no event, as a clause of "declared"; the declaring was on that day."""
    text = (
        "The vote was held on Feb. 27. The electoral commission declared Mwale the winner on "
        "March 3 with 50.4 percent of the vote."
    )
    assert_inside(text, "declared", DCT, datetime(2024, 3, 3), datetime(2024, 3, 4))


def test_a_day_after_a_participle_in_an_aside_is_the_participle_s() -> None:
    """ "The petition, lodged by the Alliance for Democratic Renewal (ADR) on Tuesday evening,
    says": the day closes the participle's phrase, though the parser hangs it on "petition"."""
    text = (
        "The petition, lodged by the Alliance for Democratic Renewal (ADR) on Tuesday evening, "
        "says the vote was marred by irregularities."
    )
    assert_inside(text, "lodged", DCT, datetime(2024, 3, 12), datetime(2024, 3, 13))
    # a comma between the participle's words and the day puts the day on the sentence
    text = "The petition, lodged by the opposition, was rejected on Tuesday."
    when = _when(text, "lodged")
    assert when.earliest_start is None or when.earliest_start < datetime(2024, 3, 12)


def test_a_fronted_time_dates_a_verb_the_parser_read_as_a_modifier() -> None:
    """ "Last week, temperatures above 40 C fuelled wildfires in Spain": the parser makes
    "fuelled" a modifier of "wildfires", the sentence's root; the week dates the fuelling."""
    text = (
        "Last week, temperatures above 40 C fuelled wildfires in Spain and France, prompting "
        "the evacuation of thousands of people."
    )
    assert_inside(text, "fuelled", DCT, datetime(2024, 3, 4), datetime(2024, 3, 11))


def test_the_accident_takes_up_an_incident_dated_to_a_clock_time() -> None:
    """ "derailed at 6:45 p.m. ... what caused the accident": an incident dated to a minute
    is dated to a day, so a later bare "the accident" is it, even several sentences on."""
    text = (
        "A tram came off the rails in the centre of Krakow on Thursday evening, injuring 14 "
        "people, police said. The tram derailed at 6:45 p.m. as it turned into Dluga Street. "
        "Firefighters spent nearly two hours freeing the driver. \"It sounded like an "
        "explosion. The whole tram tipped to one side,\" said one passenger. Investigators "
        "worked through the night. The deputy mayor told a news conference on Friday that it "
        "was too early to say what caused the accident."
    )
    assert_inside(text, "accident", DCT, datetime(2024, 3, 14), datetime(2024, 3, 15))
