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
        'Firefighters spent nearly two hours freeing the driver. "It sounded like an '
        'explosion. The whole tram tipped to one side," said one passenger. Investigators '
        "worked through the night. The deputy mayor told a news conference on Friday that it "
        "was too early to say what caused the accident."
    )
    assert_inside(text, "accident", DCT, datetime(2024, 3, 14), datetime(2024, 3, 15))


def _start_window(text: str, trigger: str) -> tuple[datetime | None, datetime | None]:
    when = _when(text, trigger)
    return when.earliest_start, when.latest_start


def test_a_length_in_years_counts_back_to_the_month_its_start_fell_in() -> None:
    """ "has farmed here for 40 years" (told in March 2024) began in March 1984, as a reader
    counts it back, not anywhere in 1980-1988; "a decade-long closure" that ended with a
    reopening in 2019 began in 2009."""
    assert _start_window("Fahy, 62, has farmed near the village for 40 years.", "farmed") == (
        datetime(1984, 3, 1),
        datetime(1984, 4, 1),
    )
    text = "The company reopened the mine in 2019 after a decade-long closure."
    assert _start_window(text, "closure") == (datetime(2009, 1, 1), datetime(2010, 1, 1))


def test_a_round_figure_is_off_by_up_to_a_tenth_of_itself() -> None:
    """ "for about 40 years" (told in March 2024) began 36 to 44 years back; "for almost 40
    years" no more than 40 years back, and up to four years less."""
    for about, earliest in (("about", datetime(1980, 3, 1)), ("almost", datetime(1984, 3, 1))):
        text = f"A busker who has played on the same corner for {about} 40 years was honoured."
        assert _start_window(text, "played") == (earliest, datetime(1988, 4, 1))


def test_a_market_move_in_the_day_s_trading_is_the_report_s_day() -> None:
    """ "Hartmann shares fell 3.2 percent in afternoon trading", "The currency rallied after the
    announcement": the session the report tells of, on its day (not merely before it)."""
    text = (
        "Hartmann raised its prices on Friday. Hartmann shares fell 3.2 percent to 118 francs "
        "in afternoon trading. The currency rallied 1.2 percent after the announcement."
    )
    for trigger in ("fell", "rallied"):
        assert_inside(text, trigger, DCT, datetime(2024, 3, 15), datetime(2024, 3, 16))
    # a move with no session, no news and no size to tie it to the day stays merely past
    # (one counted in percent is a session's: see test_anchoring_held_out_928)
    text = "Hartmann has raised its prices. Hartmann shares fell."
    when = _when(text, "fell")
    assert when.earliest_start is None


def test_what_was_found_in_a_state_at_a_time_was_found_then() -> None:
    """ "found Bramble lying on the doorstep at about 7 a.m. on Thursday": the parser hangs the
    time on "lying", but the finding was then too."""
    text = (
        "Hale's husband, Simon, found Bramble lying on the doorstep at about 7 a.m. on Thursday "
        "when he went out to feed the sheep."
    )
    assert_inside(text, "found", DCT, datetime(2024, 3, 14), datetime(2024, 3, 15))


def test_what_was_done_at_a_dated_occasion_was_done_while_it_was_held() -> None:
    """ "voted to cancel the line at a meeting that ran on Monday evening", "was unveiled to
    scientists and donors at a private viewing on Tuesday evening": done at the occasion."""
    text = (
        "Councillors voted 31 to 17 to cancel the Eastfield line at a meeting that ran for "
        "more than four hours on Monday evening."
    )
    assert_inside(text, "voted", DCT, datetime(2024, 3, 11), datetime(2024, 3, 12))
    text = (
        "The skeleton, nicknamed Maud by the quarry workers who found her, was unveiled to "
        "scientists and donors at a private viewing on Tuesday evening."
    )
    assert_inside(text, "unveiled", DCT, datetime(2024, 3, 12), datetime(2024, 3, 13))
