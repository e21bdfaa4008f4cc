"""Anchoring rules written in the 2026-12-05 session, second stop (batches 52 and later).

Each test restates one rule on sentences of its own. DCT: Tuesday 2024-03-12.
"""

from __future__ import annotations

from datetime import datetime

import timeline

from .conftest import when_of

DCT = "2024-03-12"


def _when(text: str, trigger: str) -> timeline.EventTime:
    return when_of(text, trigger, DCT)


def test_what_comes_after_a_future_event_by_a_signal_is_in_the_future_too() -> None:
    # the signal dates the review against the deciding; the review's future dates the deciding
    text = (
        "The council said on Monday it would review the festival's licence before deciding"
        " whether the event can return."
    )
    assert _when(text, "deciding").earliest_start == datetime(2024, 3, 12)


def test_what_came_before_a_dated_event_by_a_signal_ended_by_its_date() -> None:
    # "soon after" dates the grounding after the repairs; the repairs ended by its day
    text = "The plane was grounded on Friday, soon after mechanics finished repairs to its engine."
    assert _when(text, "finished").latest_end == datetime(2024, 3, 9)
    # "after the storm": the storm, an event noun, too
    text = "The airline resumed flights on Friday after the storm."
    assert _when(text, "storm").latest_end == datetime(2024, 3, 9)


def test_what_a_report_tells_was_not_done_is_no_news_of_the_reports_days() -> None:
    text = "Investigators said on Monday that the cargo had not been secured."
    assert _when(text, "secured").earliest_start is None


def test_after_a_clause_the_parser_read_as_a_noun_still_orders_its_verb() -> None:
    # the parser hangs "leaked" on "rainwater" as a reduced relative; "after" orders the leak
    text = "Concerns were first raised in 2017 after rainwater leaked into the departure hall."
    assert _when(text, "leaked").latest_end == datetime(2018, 1, 1)


def test_an_event_gone_ahead_with_takes_the_going_ahead_time() -> None:
    text = "Unions said on Monday they would go ahead with a protest at the ministry on Friday."
    when = _when(text, "protest")
    assert (when.earliest_start, when.latest_end) == (datetime(2024, 3, 15), datetime(2024, 3, 16))
    text = "Parliament proceeded with the vote on Thursday despite the boycott."
    when = _when(text, "vote")
    assert (when.earliest_start, when.latest_end) == (datetime(2024, 3, 7), datetime(2024, 3, 8))


def test_a_past_verb_the_tagger_took_for_a_participle_shares_its_date_with_its_conjunct() -> None:
    # after a line break the tagger reads "learned" as VBN; it is still the simple past
    text = (
        "The payments were made in November and December, shortly after the government had"
        " frozen the budget and ordered it to cut 200 jobs over three years.\n"
        "Staff unions learned of the bonuses last week from a leaked email and demanded Berg's"
        " resignation, threatening to strike if he stayed in his post."
    )
    when = _when(text, "demanded")
    assert (when.earliest_start, when.latest_end) == (datetime(2024, 3, 4), datetime(2024, 3, 11))


def test_an_undated_reaction_to_the_news_is_of_the_reports_day() -> None:
    text = "The council delayed the fare rise. Union leaders welcomed the delay."
    when = _when(text, "welcomed")
    assert (when.earliest_start, when.latest_end) == (datetime(2024, 3, 12), datetime(2024, 3, 13))
    for text, trigger in (
        ("Businesses reacted with alarm.", "reacted"),
        ("Runners voiced frustration on social media.", "voiced"),
        ("The chief executive apologised to passengers.", "apologised"),
    ):
        assert _when(text, trigger).earliest_start == datetime(2024, 3, 12), text
    # a reaction of its own date, or an earlier one told in the perfect, is not
    text = "Parents had criticised the council earlier this month."
    assert _when(text, "criticised").earliest_start != datetime(2024, 3, 12)


def test_a_date_on_an_as_marked_predicate_dates_its_verb() -> None:
    # the parser hangs "in 1975" on "threatened", marked by "as"
    text = "The species was listed as threatened in 1975."
    when = _when(text, "listed")
    assert (when.earliest_start, when.latest_end) == (datetime(1975, 1, 1), datetime(1976, 1, 1))


def test_a_perfect_going_on_since_a_clause_began_as_the_clause_ended_and_holds_now() -> None:
    text = "Grizzly numbers have grown steadily since the species was listed as threatened in 1975."
    when = _when(text, "grown")
    assert (when.earliest_start, when.latest_start) == (datetime(1975, 1, 1), datetime(1976, 1, 1))
    assert when.latest_end is None
    assert when.earliest_end == datetime(2024, 3, 12)


def test_a_perfect_counting_its_object_by_number_is_a_series_over_by_now() -> None:
    text = "The club has won only two of its 17 league matches since August."
    when = _when(text, "won")
    assert (when.earliest_start, when.latest_end) == (datetime(2023, 8, 1), datetime(2024, 3, 13))


def test_a_perfect_participle_clause_keeps_its_own_time_from_its_verb() -> None:
    text = "Shares fell 4 percent by 1030 GMT on Friday, having risen 1 percent the day before."
    fell = _when(text, "fell")
    assert (fell.earliest_start, fell.latest_end) == (
        datetime(2024, 3, 8),
        datetime(2024, 3, 8, 10, 31),
    )
    risen = _when(text, "risen")
    assert (risen.earliest_start, risen.latest_end) == (datetime(2024, 3, 7), datetime(2024, 3, 8))


def test_an_occasion_whose_conjunct_has_a_date_of_its_own_is_not_the_days_news() -> None:
    text = (
        "The operator was fined on Thursday after a deckhand fell overboard and drowned during a"
        " night crossing two years ago."
    )
    assert _when(text, "fell").earliest_start != datetime(2024, 3, 7)
    # a conjunct with a subject of its own is another clause: the occasion stands
    text = (
        "Crews shut off the main on Monday after engineers isolated the valves, and pumps were"
        " still removing water on Tuesday."
    )
    assert _when(text, "isolated").earliest_start == datetime(2024, 3, 11)


def test_a_refusal_to_comment_is_the_sources_answer_on_the_reports_day() -> None:
    text = "The ministry cut its forecast. Her spokesman declined to comment."
    when = _when(text, "declined")
    assert (when.earliest_start, when.latest_end) == (datetime(2024, 3, 12), datetime(2024, 3, 13))
    # declining to act is no answer to the reporter
    text = "The insurers declined to cover the full cost of the repairs."
    assert _when(text, "declined").earliest_start is None


def test_an_infinitive_there_is_a_length_of_time_for_is_due_within_it() -> None:
    when = _when("The court has 14 days to rule on an appeal.", "rule")
    assert (when.earliest_start, when.latest_end) == (datetime(2024, 3, 12), datetime(2024, 3, 27))
    # the having lasts no 14 days up to now
    assert _when("The court has 14 days to rule on an appeal.", "has").earliest_start is None
    # "had until Friday to respond": a deadline for the response
    assert _when("The company had until Friday to respond.", "respond").latest_end == datetime(
        2024, 3, 9
    )


def test_the_year_an_object_is_for_is_not_the_verbs_time() -> None:
    text = "The heat pump maker cut its profit forecast for 2024 on Friday."
    when = _when(text, "cut")
    assert (when.earliest_start, when.latest_end) == (datetime(2024, 3, 8), datetime(2024, 3, 9))
    # a plan's "for" date is still the planned thing's: "called a strike for Monday"
    assert _when("The union called a strike for Monday.", "strike").earliest_start == datetime(
        2024, 3, 11
    )


def test_an_event_noun_doing_a_passive_verb_happened_when_it_did_it() -> None:
    text = "The line was last hit by serious flooding in June 2005."
    when = _when(text, "flooding")
    assert (when.earliest_start, when.latest_end) == (datetime(2005, 6, 1), datetime(2005, 7, 1))


def test_joined_participles_of_one_dated_clause_tell_one_moment() -> None:
    text = (
        "A flash flood tore through the valley on Sunday night, washing away a section of track"
        " and cutting off two villages."
    )
    when = _when(text, "cutting")
    assert (when.earliest_start, when.latest_end) == (
        datetime(2024, 3, 10, 20),
        datetime(2024, 3, 11),
    )


def test_an_undated_verb_of_saying_with_what_it_says_is_of_the_reports_day() -> None:
    text = "Meteorologists warned that more thunderstorms were expected in the Alps."
    when = _when(text, "warned")
    assert (when.earliest_start, when.latest_end) == (datetime(2024, 3, 12), datetime(2024, 3, 13))
    # a warning without what it says is no report: "had warned for months", "warned residents"
    assert _when("Officials warned residents.", "warned").earliest_start is None


def test_a_possible_action_is_still_to_come() -> None:
    text = "Officials said final marks could be delayed by up to six weeks."
    assert _when(text, "delayed").earliest_start == datetime(2024, 3, 12)


def test_a_term_faced_is_no_stretch_up_to_now() -> None:
    # "faces up to ten years in prison": the facing did not begin ten years ago
    when = _when("He faces up to ten years in prison if convicted.", "faces")
    assert when.earliest_start is None


def test_a_reduced_condition_under_a_present_is_still_to_be_met() -> None:
    when = _when("He faces up to ten years in prison if convicted.", "convicted")
    assert when.earliest_start == datetime(2024, 3, 12)
    # under a past verb it may lie anywhere: "was freed, if reluctantly"
    when = _when("He was jailed in 2019 and, if released, left the country.", "released")
    assert when.earliest_start != datetime(2024, 3, 12)
