"""Anchoring rules written from the twentieth and twenty-first batches of held-out articles.

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


def test_a_date_closing_two_conjoined_verbs_dates_the_first_too() -> None:
    # the night's TimeML hours
    assert _within(
        "A gas explosion killed two people and destroyed five homes in the village on Sunday"
        " night, officials said.",
        "killed",
    ) == (datetime(2023, 4, 9, 20), datetime(2023, 4, 10))


def test_a_conjunct_keeps_its_own_story_when_the_date_is_not_its_verbs() -> None:
    # a report's day, a relative "two days later" and a date inside another clause are the
    # second verb's alone
    for text, trigger in (
        (
            "The company suspended its work in the north and said on Monday it had no plans"
            " to return.",
            "suspended",
        ),
        ("The storm weakened over land and regained strength two days later.", "weakened"),
        (
            "Boats reached the scene and pulled survivors from the water, while a navy vessel"
            " recovered the first bodies on Monday morning.",
            "reached",
        ),
    ):
        when = event_named(timeline.extract(text, dct=DCT), trigger).when
        assert when.earliest_start is None, text


def test_an_event_noun_is_dated_by_the_harm_its_relative_clause_tells() -> None:
    tl = timeline.extract(
        "Regulators opened an inquiry into a pipeline explosion that killed two people on Sunday.",
        dct=DCT,
    )
    explosion = event_named(tl, "explosion").when
    assert explosion.earliest_start == datetime(2023, 4, 9)
    assert explosion.latest_end == datetime(2023, 4, 10)
    # a clause with no object only says when the noun's event ended
    tl = timeline.extract(
        "Members backed the deal in an online ballot that closed on Thursday.", dct=DCT
    )
    assert event_named(tl, "ballot").when.earliest_start is None


def test_a_date_on_a_gerund_of_the_scene_dates_the_verb() -> None:
    assert _within(
        "Kestrel shares fell 18 percent in Oslo trading on Friday, their biggest one-day drop"
        " since the company listed in 2016.",
        "fell",
    ) == (datetime(2023, 4, 7), datetime(2023, 4, 8))


def test_a_time_the_parser_splits_across_sentences_still_dates_its_verb() -> None:
    assert _within(
        "The 4.2-tonne satellite, built by Italy's Aster Orbitale, lifted off from French"
        " Guiana at 11:02 p.m. local time on Saturday.",
        "lifted",
    ) == (datetime(2023, 4, 8, 23, 2), datetime(2023, 4, 8, 23, 3))


def test_shortly_after_brings_the_earlier_event_within_a_day() -> None:
    tl = timeline.extract(
        "Ground controllers last heard from the satellite at 3:40 a.m. GMT on Monday, shortly"
        " after it fired its main engine for the fourth time.",
        dct=DCT,
    )
    fired = event_named(tl, "fired").when
    assert fired.earliest_start == datetime(2023, 4, 9, 11, 40)  # at most 16 hours before
    assert fired.latest_end == datetime(2023, 4, 10, 3, 41)  # and before the contact minute ends
    # "soon after" may be weeks: no such bound
    tl = timeline.extract(
        "The minister resigned on Monday, soon after the report was published.", dct=DCT
    )
    assert event_named(tl, "published").when.earliest_start is None


def test_a_simple_present_condition_is_still_to_come() -> None:
    for text, trigger in (
        (
            "The deal could go ahead on condition that the merged group keeps emergency"
            " departments open for at least five years.",
            "keeps",
        ),
        ("The union will strike again if the talks fail.", "fail"),
        ("The search will resume on Friday morning if the weather allows.", "allows"),
    ):
        when = event_named(timeline.extract(text, dct=DCT), trigger).when
        assert when.earliest_start == datetime(2023, 4, 12), text
    # a present of a present stays a present: what holds now
    when = event_named(timeline.extract("Prices rise when demand grows.", dct=DCT), "grows").when
    assert when.earliest_start is None


def test_the_vote_takes_up_the_voting_told_just_before() -> None:
    tl = timeline.extract(
        "The board of trustees voted 9-4 on Monday night to remove the president. The chair"
        " said on Tuesday that the decision followed a careful review. The vote came after a"
        " closed-door session.",
        dct=DCT,
    )
    for trigger in ("vote", "came"):
        when = event_named(tl, trigger).when
        assert when.earliest_start == datetime(2023, 4, 10, 20), trigger
        assert when.latest_end == datetime(2023, 4, 11), trigger
    # "the blog report" or a passive subject may be another event, or the state it began
    tl = timeline.extract(
        "The union banned him on March 18. The ban was backdated and runs until March 2025.",
        dct=DCT,
    )
    assert event_named(tl, "banned").when.latest_end == datetime(2023, 3, 19)
    assert event_named(tl, "ban").when.latest_end is None


def test_what_lasted_a_length_and_has_ended_began_at_least_that_long_before() -> None:
    tl = timeline.extract(
        "The employers had argued for months that the port could not afford higher wages.",
        dct=DCT,
    )
    argued = event_named(tl, "argued").when
    assert argued.latest_end == datetime(2023, 4, 13)
    assert argued.latest_start == datetime(2023, 2, 13)  # "months" is plural: two at least
    # a penalty's term is not how long the act took
    tl = timeline.extract("A former port chief was jailed for seven years.", dct=DCT)
    jailed = event_named(tl, "jailed").when
    assert jailed.latest_end == datetime(2023, 4, 13)
    assert jailed.latest_start == datetime(2023, 4, 13)  # not seven years back


def test_then_orders_a_future_step_after_the_future_told_before() -> None:
    tl = timeline.extract(
        "Mining will stop at the end of June, and the plant will then process stockpiled ore"
        " for about four weeks, the chief executive said.",
        dct=DCT,
    )
    process = event_named(tl, "process").when
    assert process.earliest_start == datetime(2023, 6, 1)


def test_the_day_before_an_event_names_the_day_before_its_day() -> None:
    tl = timeline.extract(
        "The blast occurred at about 11:40 p.m. on Sunday and sent a fireball into the air."
        " A county official said heavy rain had set off a small landslide along the pipeline"
        " the day before the blast.",
        dct=DCT,
    )
    blast = [event for event in tl if event.text == "blast"][-1].when  # the second mention
    assert blast.earliest_start == datetime(2023, 4, 9, 23, 40)
    set_off = event_named(tl, "set").when
    assert set_off.earliest_start == datetime(2023, 4, 8)  # the whole day before
    assert set_off.latest_end == datetime(2023, 4, 9)
    tl = timeline.extract("The board voted on Monday. He resigned the day after the vote.", dct=DCT)
    resigned = event_named(tl, "resigned").when
    assert resigned.earliest_start == datetime(2023, 4, 11)
    assert resigned.latest_end == datetime(2023, 4, 12)


def test_a_quote_after_a_dated_denial_is_of_that_day() -> None:
    tl = timeline.extract(
        "Ostrander, who left office in 2016, denied any wrongdoing on Tuesday. \u201cEvery step"
        " of this procurement was approved by the cabinet,\u201d he said in a written statement.",
        dct=DCT,
    )
    said = event_named(tl, "said").when
    assert said.earliest_start == datetime(2023, 4, 11)
    assert said.latest_end == datetime(2023, 4, 12)
    # a pronoun two sentences on, with another story between, is not taken up
    tl = timeline.extract(
        "Ostrander denied any wrongdoing on Tuesday. The ministry signed the contract in 2015."
        " \u201cEvery step was approved,\u201d he said.",
        dct=DCT,
    )
    assert event_named(tl, "said").when.earliest_start == datetime(2023, 4, 12)


def test_a_clause_marked_after_orders_its_verb_first_even_as_a_conjunct() -> None:
    # the Thursday before
    assert _within(
        "The company stopped all three production lines on Friday evening, a day after a"
        " routine test detected bacteria in a batch awaiting release, Chief Executive Ruth"
        " Adeyemi told analysts on a conference call.",
        "detected",
    ) == (datetime(2023, 4, 6), datetime(2023, 4, 7))


def test_a_marked_clause_before_the_attribution_times_the_reported_clause() -> None:
    # two days before that Friday
    assert _within(
        "Passengers first reported vomiting and diarrhoea on Friday, two days after the ship"
        " called at Funchal, Madeira, the company said in a statement.",
        "called",
    ) == (datetime(2023, 4, 5), datetime(2023, 4, 6))


def test_a_participle_starting_on_a_date_begins_the_noun_before_it() -> None:
    tl = timeline.extract(
        "The defence committee will question the former minister at public hearings starting"
        " on May 9, its chairwoman told reporters.",
        dct=DCT,
    )
    hearings = event_named(tl, "hearings").when
    assert hearings.earliest_start == datetime(2023, 5, 9)
    assert hearings.latest_start == datetime(2023, 5, 10)
    assert hearings.latest_end is None


def test_a_present_perfect_takes_no_single_day_from_a_participle() -> None:
    tl = timeline.extract(
        "Protests have been held outside the assembly every evening, drawing crowds of up to"
        " 8,000 people last Saturday.",
        dct=DCT,
    )
    held = event_named(tl, "held").when
    assert held.earliest_start is None
    assert event_named(tl, "drawing").when.earliest_start == datetime(2023, 4, 8)


def test_what_a_plan_seeks_comes_after_it() -> None:
    tl = timeline.extract(
        "The union said on Wednesday it would meet executives on Thursday and would also seek"
        " talks with the government.",
        dct=DCT,
    )
    assert event_named(tl, "talks").when.earliest_start == datetime(2023, 4, 12)
    # treatment sought over the past days was had while seeking it
    tl = timeline.extract(
        "More than 300 people have sought treatment at local hospitals since the order was"
        " issued on Monday.",
        dct=DCT,
    )
    assert event_named(tl, "treatment").when.earliest_start is None


def test_a_conjoined_verb_of_one_subject_shares_a_month_as_it_shares_a_day() -> None:
    assert _within(
        "Only in January, management stood in front of this workforce and promised that the"
        " plant had a future.",
        "promised",
    ) == (datetime(2023, 1, 1), datetime(2023, 2, 1))


def test_an_event_said_to_continue_until_a_day_ends_then() -> None:
    tl = timeline.extract(
        "The weather agency said the heatwave, which began last Thursday, would continue until"
        " at least Sunday.",
        dct=DCT,
    )
    heatwave = event_named(tl, "heatwave").when
    assert heatwave.earliest_start == datetime(2023, 4, 6)  # it began then
    assert heatwave.earliest_end == datetime(2023, 4, 16)  # and goes on into Sunday
    tl = timeline.extract("The search will continue until Thursday, officials said.", dct=DCT)
    assert event_named(tl, "search").when.latest_end == datetime(2023, 4, 14)


def test_a_stretch_told_before_an_event_runs_up_to_it() -> None:
    # five hours before 4 a.m. # by the end of that hour
    assert _within(
        "Residents said the two sides exchanged fire for about five hours before the shooting"
        " stopped at 4 a.m. on Monday.",
        "exchanged",
    ) == (datetime(2023, 4, 9, 23), datetime(2023, 4, 10, 5))


def test_a_gathering_a_report_is_made_to_is_when_it_was_made() -> None:
    assert _within(
        "\u201cWe cannot sign a deal that bankrupts the teams,\u201d the chief executive told a"
        " news conference.",
        "conference",
    ) == (datetime(2023, 4, 12), datetime(2023, 4, 13))


def test_a_report_in_a_clause_marked_after_is_a_step_of_the_story() -> None:
    tl = timeline.extract(
        "The investigation began in December after a former employee told the city's auditor"
        " that the company had paid cash, prosecutors said.",
        dct=DCT,
    )
    told = event_named(tl, "told").when
    # not the journalist's day: the month of the beginning it came right before
    assert told.earliest_start == datetime(2022, 12, 1)
    assert told.latest_end == datetime(2023, 1, 1)
    assert event_named(tl, "said").when.earliest_start == datetime(2023, 4, 12)


def test_a_warning_conjoined_to_an_undated_report_is_of_the_same_report() -> None:
    assert _within(
        "Analysts said the ban could add to inflation, but warned that farmers might plant less"
        " wheat next year.",
        "warned",
    ) == (datetime(2023, 4, 12), datetime(2023, 4, 13))


def test_an_undated_event_noun_is_dated_by_its_next_mention() -> None:
    text = (
        "Police arrested a councillor on Tuesday, capping a 10-month investigation into"
        " paving contracts. The investigation began in June after a former employee told"
        " the city's auditor about cash payments."
    )
    assert _within(text, "investigation")[0] == datetime(2022, 6, 1)
    # a later mention that may be another happening ("an investigation by the regulator")
    # dates nothing
    tl = timeline.extract(
        "Police arrested a councillor, capping an investigation into paving contracts. An"
        " investigation by the regulator began in June.",
        dct=DCT,
    )
    first = min((event for event in tl if event.text == "investigation"), key=lambda e: e.start)
    assert first.when.earliest_start is None


def test_a_would_conjunct_inside_what_was_said_comes_after_the_saying() -> None:
    assert _within(
        "The Grain Union, which represents exporters, said its members had signed contracts"
        " for 1.5 million tonnes before the ban was announced and would face heavy penalties"
        " if they could not deliver.",
        "face",
    )[0] == datetime(2023, 4, 12)


def test_what_a_past_warning_says_would_happen_comes_after_it() -> None:
    assert _within(
        "Norvale Pharmaceuticals said on Tuesday it had shut down its Lindmoor plant after"
        " bacterial contamination was found in an injectable antibiotic widely used in"
        " hospitals, and warned that the closure would last well into the spring.",
        "last",
    )[0] == datetime(2023, 4, 11)


def test_the_day_before_his_arrest_counts_from_the_arrest_told_earlier() -> None:
    assert _within(
        "Police arrested a senior councillor on Tuesday. He was detained at his home at about"
        " 6 a.m. and questioned for nine hours. He was released on bail late Tuesday night."
        " He had chaired a meeting of the public works committee the day before his arrest.",
        "chaired",
    ) == (datetime(2023, 4, 10), datetime(2023, 4, 11))
