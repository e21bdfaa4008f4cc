"""Anchoring rules written in the second 2026-12-06 session (batches 96 and later).

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


def test_what_a_length_is_still_to_be_taken_by_is_still_to_come() -> None:
    text = "The waterways authority said on Monday that repairs would take at least three weeks."
    assert _when(text, "repairs").earliest_start == TODAY
    text = "Restoring both lanes could take up to two weeks, she added."
    assert _when(text, "Restoring").earliest_start == TODAY
    # an inquiry told of before is under way: its taking a length does not put it ahead
    text = (
        "The regulator opened an inquiry into the outage last week. Lawyers said the inquiry"
        " could take up to 18 months."
    )
    when = _when(text, "inquiry")
    assert when.earliest_start is None or when.earliest_start < TODAY


def test_a_perception_is_when_what_it_perceives_happened() -> None:
    text = (
        "Staff noticed the surface softening during a public skating session on Sunday"
        " afternoon. The rink was closed hours later."
    )
    when = _when(text, "noticed")
    assert when.earliest_start == datetime(2024, 3, 10, 12)
    # what is noticed "that" it happened may have happened long before
    text = "An auditor noticed last week that money had gone missing in May."
    assert _when(text, "noticed").latest_end != _when(text, "gone").latest_end


def test_a_present_that_a_before_or_until_clause_waits_for_is_still_to_come() -> None:
    text = (
        "The tournament has lost its title sponsor less than two weeks before this year's"
        " edition begins, organisers said on Tuesday."
    )
    assert _when(text, "begins").earliest_start == TODAY
    text = "Horvat will run the university until the senate elects an interim rector."
    assert _when(text, "elects").earliest_start == TODAY


def test_results_a_relative_clause_tells_of_are_no_report_of_today() -> None:
    text = (
        "Vestra, which reported a net loss for the first quarter, said in a statement on"
        " Monday that it was cutting marketing spending."
    )
    when = _when(text, "reported")
    assert when.latest_end is not None
    assert when.earliest_start is None or when.earliest_start < TODAY
    # a saying in a relative clause still tells today's news
    text = "Mayor Ruiz, who said the council needed more time, will meet passengers next week."
    assert _when(text, "said").earliest_start == TODAY


def test_a_simple_past_misjoined_to_a_reported_modal_passive_is_the_reporters() -> None:
    text = (
        "Environmental group Bellona said on Sunday that ships carrying hazardous chemicals"
        " should be inspected more often, and called for the port to be closed to vessels with"
        " repeated detentions."
    )
    assert _when(text, "called").earliest_start == datetime(2024, 3, 10)


def test_a_pronoun_saying_on_after_a_dated_report_is_the_same_days() -> None:
    text = (
        '"We have listened," council leader Helen Marsh told reporters on Friday. She said the'
        " removal would take about three weeks."
    )
    assert _when(text, "said").earliest_start == datetime(2024, 3, 8)
    # a saying of someone else, or of a sentence whose root tells no report, stays today's
    text = "Helen Marsh visited the site on Friday. She said the removal would take weeks."
    assert _when(text, "said").earliest_start == TODAY


def test_a_time_right_after_a_since_phrase_dates_its_noun() -> None:
    text = (
        "Okafor denies murdering Mark Hulme. He has been held in custody since his arrest in"
        " January last year."
    )
    held = _when(text, "held")
    # held from the arrest in January 2023 until now, not within January
    assert held.earliest_start == datetime(2023, 1, 1)
    assert held.latest_end is None or held.latest_end >= TODAY
    assert _when(text, "arrest").latest_end == datetime(2023, 2, 1)


def test_what_took_effect_began_then() -> None:
    text = "The suspension took effect on Friday and covers about 40 staff and students."
    when = _when(text, "suspension")
    assert when.earliest_start == datetime(2024, 3, 8)
    assert when.latest_end is None or when.latest_end > datetime(2024, 3, 9)


def test_a_verb_whose_participle_complement_is_dated_is_done_then() -> None:
    text = (
        "On Feb. 7, the tribunal ordered the ministry to repeat the tender. The minister"
        " accepted the ruling two days later and reopened bidding on March 1."
    )
    assert _when(text, "reopened").earliest_start == datetime(2024, 3, 1)
    assert _when(text, "accepted").earliest_start == datetime(2024, 2, 9)
    text = (
        "Engineers arrived at the site on Monday and began removing the two remaining blades"
        " on Tuesday afternoon."
    )
    assert _when(text, "began").earliest_start == datetime(2024, 3, 12, 12)


def test_a_bare_the_statement_is_the_one_told_of_before() -> None:
    text = (
        "The bank said in a statement on Monday that the outage had been fixed. In the"
        " statement, chief executive Helen Marsh said the fault had been traced to a supplier."
    )
    when = when_of(text.split(". ")[1], "said", DCT)
    assert when.earliest_start == TODAY  # alone, the saying is today's
    found = [e for e in timeline.extract(text, dct=DCT) if e.text == "said"]
    assert [e.when.earliest_start for e in found if e.when is not None] == [
        datetime(2024, 3, 11),
        datetime(2024, 3, 11),
    ]


def test_a_when_clause_whose_participle_the_parser_took_for_its_verb() -> None:
    text = (
        "The party came to light on Feb. 7, when photographs of guests dancing in the garden"
        " were posted on social media."
    )
    when = _when(text, "posted")
    assert (when.earliest_start, when.latest_end) == (datetime(2024, 2, 7), datetime(2024, 2, 8))


def test_a_simple_present_a_length_from_now_is_still_to_come() -> None:
    text = "On Friday staff were told it all ends in nine weeks, a union official said."
    when = _when(text, "ends")
    assert when.earliest_start == TODAY
    assert when.latest_end == datetime(2024, 5, 15)
    # a perfect "in" a length is a stretch up to now
    text = "Shares have risen 5 percent in two years."
    assert _when(text, "risen").latest_start is not None
