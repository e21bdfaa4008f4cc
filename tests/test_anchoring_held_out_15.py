"""Anchoring rules written from the fifteenth to seventeenth batches of held-out articles.

Each test restates one rule on sentences of its own. DCT: Wednesday 2023-04-12.
"""

from __future__ import annotations

from datetime import datetime

import timeline
from timeline.ordering.bounds import Bounds

from .conftest import event_named

DCT = "2023-04-12"


def test_evidence_that_meets_at_a_boundary_is_no_event_of_no_length() -> None:
    # "the day before" (Sunday) ends where the coordinated Monday begins: the event cannot
    # start when it has surely ended, so the weaker evidence is dropped
    day_before = Bounds(earliest_start=datetime(2023, 4, 9), latest_end=datetime(2023, 4, 10))
    assert day_before.narrowed(Bounds(earliest_start=datetime(2023, 4, 10))) is None
    assert day_before.narrowed(Bounds(earliest_start=datetime(2023, 4, 9, 12))) is not None
    tl = timeline.extract(
        "No deaths have been reported, though two firefighters were treated for heat exhaustion"
        " on Monday and a resident was hospitalized with burns the day before, officials said.",
        dct=DCT,
    )
    hospitalized = event_named(tl, "hospitalized").when
    assert hospitalized.earliest_start == datetime(2023, 4, 9)
    assert hospitalized.latest_end == datetime(2023, 4, 10)


def test_a_report_after_an_event_of_a_past_day_is_not_placed_on_the_dct() -> None:
    tl = timeline.extract(
        "The talks resumed on Monday. The mood was constructive, the chief negotiator told"
        " reporters after Monday's session.",
        dct=DCT,
    )
    told = event_named(tl, "told").when
    assert told.earliest_start == datetime(2023, 4, 10)  # not before the session's day
    # and, a reaction told right after it, within that day (2026-12-06: readers of the
    # held-out articles put "told reporters after Friday's session" on the session's day)
    assert told.latest_end == datetime(2023, 4, 11)
    # after an undated event, an undated report is still the journalist's present
    tl = timeline.extract(
        "The mood was constructive, the chief negotiator told reporters after the session.",
        dct=DCT,
    )
    told = event_named(tl, "told").when
    assert told.earliest_start == datetime(2023, 4, 12)
    assert told.latest_end == datetime(2023, 4, 13)


def test_the_current_negotiations_go_on_through_the_dct_rather_than_within_its_day() -> None:
    tl = timeline.extract(
        "It was the longest session since the current negotiations got under way in March.",
        dct=DCT,
    )
    negotiations = event_named(tl, "negotiations").when
    assert negotiations.relation is timeline.TimeRelation.INCLUDES
    assert negotiations.earliest_start is None  # it began before the DCT's day
    assert negotiations.latest_start == datetime(2023, 4, 12)
    assert negotiations.earliest_end == datetime(2023, 4, 13)


def test_an_attitude_reported_on_a_day_is_held_on_that_day() -> None:
    tl = timeline.extract(
        "Western diplomats said on Monday they hoped the new round would yield an accord.",
        dct=DCT,
    )
    hoped = event_named(tl, "hoped")
    assert hoped.kind is timeline.EventClass.I_STATE  # "hope", not "hop"
    assert hoped.when.earliest_start == datetime(2023, 4, 10)
    assert hoped.when.latest_end == datetime(2023, 4, 11)
    # what was reported to have happened is not moved to the saying's day
    tl = timeline.extract("Western diplomats said on Monday the rebels attacked the base.", dct=DCT)
    assert event_named(tl, "attacked").when.earliest_start is None


def test_a_statement_of_the_dct_gives_no_narrative_time_to_the_next_sentence() -> None:
    tl = timeline.extract(
        "The company said on Wednesday it had suspended the trial.\n"
        "The company stopped giving the drug to the patients, after the board recommended the"
        " halt on Sunday.",
        dct=DCT,
    )
    stopped = event_named(tl, "stopped").when
    assert stopped.link is not timeline.LinkKind.NARRATIVE
    assert stopped.earliest_start == datetime(2023, 4, 9)  # after Sunday's recommendation
    assert stopped.latest_end is not None
    assert stopped.latest_end <= datetime(2023, 4, 13)


def test_a_light_verbs_passive_subject_takes_its_time() -> None:
    tl = timeline.extract("The signing ceremony will be held in June.", dct=DCT)
    ceremony = event_named(tl, "ceremony").when
    assert ceremony.earliest_start == datetime(2023, 6, 1)
    assert ceremony.latest_end == datetime(2023, 7, 1)


def test_as_early_as_gives_the_earliest_time() -> None:
    tl = timeline.extract("A signing ceremony could be held as early as December.", dct=DCT)
    ceremony = event_named(tl, "ceremony").when
    assert ceremony.earliest_start == datetime(2023, 12, 1)
    assert ceremony.latest_end is None


def test_an_event_ordered_against_another_in_its_sentence_takes_no_narrative_time() -> None:
    tl = timeline.extract(
        "Inspectors visited the dam on Wednesday.\n"
        "Water seeped through a crack in the dam for four days before engineers sealed it on"
        " Monday evening.",
        dct=DCT,
    )
    seeped = event_named(tl, "seeped").when
    assert seeped.link is not timeline.LinkKind.NARRATIVE
    assert seeped.latest_end is not None
    assert seeped.latest_end <= datetime(2023, 4, 11)  # before Monday evening's sealing ended


def test_what_was_done_in_a_dated_video_or_letter_has_its_time() -> None:
    tl = timeline.extract(
        "The chief executive apologised to customers in a video posted on Monday night.",
        dct=DCT,
    )
    apologised = event_named(tl, "apologised").when
    assert apologised.earliest_start == datetime(2023, 4, 10, 20)
    assert apologised.latest_end == datetime(2023, 4, 11)
    # a place described by a dated participle is no medium
    tl = timeline.extract("He died in a hospital opened in 1990.", dct=DCT)
    assert event_named(tl, "died").when.earliest_start is None


def test_a_quote_after_a_dated_statement_by_the_same_speaker_is_from_that_occasion() -> None:
    tl = timeline.extract(
        "Conservators cleaned 4,000 items, director Margaret Osei told reporters during a"
        " preview of the building on Monday. About 300 could not be saved.\n"
        '"There were moments when I wondered whether we would ever open again," Osei said.',
        dct=DCT,
    )
    said = event_named(tl, "said").when
    assert said.earliest_start == datetime(2023, 4, 10)
    assert said.latest_end == datetime(2023, 4, 11)
    # another speaker's quote is still the journalist's present
    tl = timeline.extract(
        "Director Margaret Osei told reporters during a preview on Monday.\n"
        '"It was a hard year," curator Paul Lind said.',
        dct=DCT,
    )
    assert event_named(tl, "said").when.earliest_start == datetime(2023, 4, 12)
