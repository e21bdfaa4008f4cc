"""Anchoring rules written from the twenty-sixth and twenty-seventh batches of held-out articles.

Each test restates one rule on sentences of its own. DCT: Wednesday 2023-04-12.
"""

from __future__ import annotations

from datetime import datetime

import timeline

from .conftest import event_named, span_of_event

DCT = "2023-04-12"


def _within(text: str, trigger: str) -> tuple[datetime | None, datetime | None]:
    """The earliest start and latest end of the first event ``trigger`` of ``text``."""
    return span_of_event(text, trigger, DCT)


def test_afterwards_follows_what_was_told_not_the_telling() -> None:
    # the ministry spoke on Wednesday; the ship arrived after the Tuesday-morning order
    earliest, latest = _within(
        "The standoff began at about 6 a.m. on Tuesday when the cutter ordered the trawler to"
        " stop, the ministry said in a statement on Wednesday. The warship arrived shortly"
        " afterwards.",
        "arrived",
    )
    assert earliest == datetime(2023, 4, 11, 6)
    assert latest is None or latest <= datetime(2023, 4, 13)


def test_what_the_years_were_spent_on_took_those_years() -> None:
    tl = timeline.extract(
        '"We have spent six years preparing this scheme," the chief executive said.', dct=DCT
    )
    spent, preparing = event_named(tl, "spent").when, event_named(tl, "preparing").when
    assert preparing.earliest_start == spent.earliest_start
    assert preparing.earliest_start is not None
    assert preparing.earliest_start <= datetime(2017, 4, 12)
    assert preparing.latest_end == datetime(2023, 4, 13)


def test_a_verb_takes_the_date_of_what_its_object_does() -> None:
    # the parser reads "wind" as the object and "warning" as a participle on it
    assert _within(
        "The weather service had issued a severe wind warning for the region on Saturday"
        " morning, and organisers said they had checked the stage.",
        "issued",
    ) == (datetime(2023, 4, 8, 6), datetime(2023, 4, 8, 12))


def test_a_topics_bare_time_is_the_time_of_what_it_is_the_topic_of() -> None:
    tl = timeline.extract(
        "Opposition lawmakers have called for a parliamentary hearing on the outage next month.",
        dct=DCT,
    )
    hearing, outage = event_named(tl, "hearing").when, event_named(tl, "outage").when
    assert (hearing.earliest_start, hearing.latest_end) == (
        datetime(2023, 5, 1),
        datetime(2023, 6, 1),
    )
    assert outage.earliest_start is None


def test_a_clause_of_expectation_on_a_date_dates_what_is_expected() -> None:
    tl = timeline.extract(
        "He is due to appear in court on April 21, where he is expected to plead not guilty.",
        dct=DCT,
    )
    plead = event_named(tl, "plead").when
    assert (plead.earliest_start, plead.latest_end) == (
        datetime(2023, 4, 21),
        datetime(2023, 4, 22),
    )
    # the expecting is now, not on the day
    expected = event_named(tl, "expected").when
    assert expected.latest_start is not None
    assert expected.latest_start <= datetime(2023, 4, 13)


def test_a_when_clause_after_a_date_is_dated_whatever_the_parser_hangs_it_on() -> None:
    # the parser hangs "when" on the subject noun and makes the clause a conjunct
    assert _within(
        "The two countries have quarrelled over fishing rights since May 2018, when talks on"
        " sharing the stock broke down and both sides set their own quotas.",
        "broke",
    ) == (datetime(2018, 5, 1), datetime(2018, 6, 1))


def test_the_talks_a_meeting_is_for_are_the_meeting() -> None:
    assert _within(
        "Ministers will meet in Oslo on Monday for a new round of talks on quotas.", "talks"
    ) == (datetime(2023, 4, 17), datetime(2023, 4, 18))


def test_what_was_held_then_ended_within_the_holding() -> None:
    assert _within(
        "The previous round, held in Bergen last week, ended without agreement.", "ended"
    ) == (datetime(2023, 4, 3), datetime(2023, 4, 10))


def test_a_declared_state_is_dated_with_the_declaring() -> None:
    # the parser reads the small clause as a clause of its own with a past verb
    assert _within(
        "Measles can cause pneumonia. The United States declared the disease eliminated in 2000,"
        " but imported cases have caused repeated outbreaks.",
        "declared",
    ) == (datetime(2000, 1, 1), datetime(2001, 1, 1))


def test_what_befell_the_subject_since_a_year_began_then() -> None:
    tl = timeline.extract(
        "The project, which has faced repeated delays since 2015, was blocked on Monday.", dct=DCT
    )
    delays = event_named(tl, "delays").when
    assert delays.earliest_start == datetime(2015, 1, 1)
    assert delays.latest_start == datetime(2016, 1, 1)


def test_walking_out_of_a_debate_happened_during_it() -> None:
    assert _within(
        "Opposition parties, which walked out of Wednesday's debate for several hours, said on"
        " Thursday they would challenge the law.",
        "walked",
    ) == (datetime(2023, 4, 12), datetime(2023, 4, 13))


def test_a_fronted_month_is_not_taken_by_a_later_verb_with_a_month_of_its_own() -> None:
    tl = timeline.extract(
        "In December, a chairlift halted for 40 minutes after a power cut, and the operator was"
        " fined 15,000 euros in January for failing to report the incident.",
        dct=DCT,
    )
    halted, fined = event_named(tl, "halted").when, event_named(tl, "fined").when
    assert (halted.earliest_start, halted.latest_end) == (
        datetime(2022, 12, 1),
        datetime(2023, 1, 1),
    )
    assert (fined.earliest_start, fined.latest_end) == (datetime(2023, 1, 1), datetime(2023, 2, 1))


def test_a_date_after_a_closed_participle_aside_is_the_main_verbs() -> None:
    assert _within(
        "A cleaner discovered the phone, taped under a sink, on Tuesday afternoon, the arbiter"
        " told a news conference.",
        "discovered",
    ) == (datetime(2023, 4, 11, 12), datetime(2023, 4, 11, 18))


def test_a_time_of_what_a_verb_follows_is_not_the_verbs() -> None:
    tl = timeline.extract(
        "After a series of deadly bus crashes in 2018, Congress passed a law earlier this year"
        " requiring speed limiters.",
        dct=DCT,
    )
    passed = event_named(tl, "passed").when
    assert passed.earliest_start == datetime(2023, 1, 1)


def test_a_clock_time_deadline_bounds_a_move_of_that_day() -> None:
    assert _within(
        "Shares in the bank fell 11 percent to 14.20 euros by 1100 GMT, their steepest drop"
        " since 2011.",
        "fell",
    ) == (datetime(2023, 4, 12), datetime(2023, 4, 12, 11, 1))
    # a part of the day leaves the start open
    earliest, _ = _within("The patients had been released by Sunday night.", "released")
    assert earliest is None


def test_a_stretch_of_stated_length_an_event_came_after_ran_up_to_it() -> None:
    assert _within(
        "Lawmakers approved the bill by 78 votes to 61 on Tuesday night after a 14-hour debate.",
        "debate",
    ) == (datetime(2023, 4, 11, 6), datetime(2023, 4, 12))


def test_a_present_condition_under_a_conjoined_modal_verb_lies_ahead() -> None:
    tl = timeline.extract(
        "The party leader said the party would file a complaint on Friday and ask parliament to"
        " block the figures until an independent audit is carried out.",
        dct=DCT,
    )
    carried = event_named(tl, "carried").when
    assert carried.earliest_start == datetime(2023, 4, 12)


def test_a_past_verb_shares_no_time_to_come() -> None:
    tl = timeline.extract(
        "The parliament voted on Wednesday to impeach its speaker over allegations that he"
        " steered state contracts to a company owned by his brother-in-law, setting up a trial"
        " in the upper chamber next month.",
        dct=DCT,
    )
    steered = event_named(tl, "steered").when
    assert steered.latest_end is not None
    assert steered.latest_end <= datetime(2023, 4, 13)


def test_a_noun_takes_the_length_its_relative_clause_of_lasting_gives() -> None:
    # the debate ran up to the vote that followed it, and lasted about that long
    earliest, latest = _within(
        "Lawmakers approved the bill on Tuesday night after a debate that lasted 14 hours.",
        "debate",
    )
    assert earliest == datetime(2023, 4, 11, 6)
    assert latest == datetime(2023, 4, 12)


def test_how_long_a_thing_usually_takes_is_no_stretch_up_to_now() -> None:
    tl = timeline.extract(
        "The record must be verified by a panel, a process that usually takes about two weeks.",
        dct=DCT,
    )
    takes = event_named(tl, "takes").when
    assert takes.earliest_start is None


def test_a_measure_ordered_from_a_date_begins_then() -> None:
    tl = timeline.extract(
        "The regional government ordered water rationing in 42 municipalities from April 17.",
        dct=DCT,
    )
    rationing = event_named(tl, "rationing").when
    assert (rationing.earliest_start, rationing.latest_start) == (
        datetime(2023, 4, 17),
        datetime(2023, 4, 18),
    )


def test_an_event_noun_is_dated_by_the_disruption_it_caused() -> None:
    tl = timeline.extract(
        "The regulator fined the company in March 2020 after a blackout left 30,000 customers"
        " without power. Earlier this year, a network fault delayed hundreds of test results.",
        dct=DCT,
    )
    fault = event_named(tl, "fault").when
    assert fault.earliest_start == datetime(2023, 1, 1)


def test_the_statement_a_report_is_made_in_is_the_report() -> None:
    tl = timeline.extract(
        "The company said in a statement that its chief executive would take a leave.", dct=DCT
    )
    statement = event_named(tl, "statement").when
    assert (statement.earliest_start, statement.latest_end) == (
        datetime(2023, 4, 12),
        datetime(2023, 4, 13),
    )


def test_a_trailing_attribution_joined_to_the_story_is_no_second_step() -> None:
    tl = timeline.extract(
        "The fire broke out in a hold near the bow at about 11 p.m. Tuesday as the Kestrel Bay"
        " was sailing from Antwerp to the Portuguese port of Sines, the French maritime"
        " prefecture for the Atlantic said in a statement.",
        dct=DCT,
    )
    said = event_named(tl, "said").when
    assert said.latest_end == datetime(2023, 4, 13)
    assert said.earliest_start is None or said.earliest_start >= datetime(2023, 4, 12)
