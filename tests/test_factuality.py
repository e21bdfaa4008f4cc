"""Factuality once the event is anchored: what starts after the DCT's day has not happened."""

from __future__ import annotations

from datetime import date, datetime

import pytest

import timeline
from timeline.events.factuality import after_anchoring
from timeline.events.model import Factuality, Tense

DCT = datetime(2020, 7, 29)


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        (date(2021, 1, 1), Factuality.PLANNED),  # "in 2021"
        (datetime(2020, 7, 30, 9, 0), Factuality.PLANNED),  # tomorrow morning
        (date(2020, 7, 29), Factuality.ACTUAL),  # the DCT's own day may be past already
        (date(2019, 4, 1), Factuality.ACTUAL),
        (None, Factuality.ACTUAL),  # unbounded: nothing is known
    ],
)
def test_actual_events_after_the_dct_become_planned(
    start: date | datetime | None, expected: Factuality
) -> None:
    assert after_anchoring(Factuality.ACTUAL, Tense.NONE, start, DCT) is expected


@pytest.mark.parametrize(
    "factuality", [Factuality.NEGATED, Factuality.HYPOTHETICAL, Factuality.UNCERTAIN]
)
def test_only_actual_changes(factuality: Factuality) -> None:
    assert after_anchoring(factuality, Tense.NONE, date(2021, 1, 1), DCT) is factuality


def test_without_a_dct_nothing_changes() -> None:
    assert (
        after_anchoring(Factuality.ACTUAL, Tense.NONE, date(2021, 1, 1), None) is Factuality.ACTUAL
    )


@pytest.mark.parametrize("tense", [Tense.PAST, Tense.PASTPART])
def test_a_past_form_keeps_its_factuality_whatever_its_anchor(tense: Tense) -> None:
    assert after_anchoring(Factuality.ACTUAL, tense, date(2030, 1, 1), DCT) is Factuality.ACTUAL


def test_extract_applies_it_to_an_event_noun_dated_after_the_dct() -> None:
    tl = timeline.extract("The vote in November will decide the race.", dct="2020-07-29")
    vote = next(event for event in tl if event.text == "vote")
    assert str(vote.when) == "2020-11"
    assert vote.factuality is Factuality.PLANNED
