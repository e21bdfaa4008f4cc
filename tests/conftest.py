"""Shared fixtures: the seed article and the paths of the development corpora."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

import timeline
from timeline.events.model import Event
from timeline.ordering.model import Timeline

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
CORPORA = SHARED / "corpora"
TBAQ = CORPORA / "tbaq-cleaned"
SEED_DCT = "2020-06-15"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (SEEDS / "libya-ceasefire.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_expected() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (SEEDS / "libya-ceasefire.expected.json").read_text(encoding="utf-8")
    )
    return data


def event_named(tl: Timeline, text: str) -> Event:
    """The first event of ``tl`` whose trigger is ``text`` (StopIteration if none is)."""
    return next(event for event in tl if event.text == text)


def when_of(text: str, trigger: str, dct: str) -> timeline.EventTime:
    """The time of the first event ``trigger`` that :func:`timeline.extract` finds in ``text``
    with ``dct``."""
    when = event_named(timeline.extract(text, dct=dct), trigger).when
    assert when is not None
    return when


def value_of(text: str, expression: str, dct: str) -> str | None:
    """The TIMEX3 value of the one time expression ``expression`` that
    :func:`timeline.find_times` finds in ``text`` with ``dct``."""
    found = [time for time in timeline.find_times(text, dct=dct) if time.text == expression]
    assert len(found) == 1, found
    return found[0].value


def bounded(when: timeline.EventTime) -> tuple[datetime, datetime]:
    """The earliest start and latest end of ``when``, both of which must be known."""
    assert when.earliest_start is not None
    assert when.latest_end is not None
    return when.earliest_start, when.latest_end


def assert_inside(text: str, trigger: str, dct: str, earliest: datetime, latest: datetime) -> None:
    """That the first event ``trigger`` of ``text`` is bounded on both sides, within
    ``earliest`` .. ``latest``."""
    start, end = bounded(when_of(text, trigger, dct))
    assert earliest <= start, (trigger, start)
    assert end <= latest, (trigger, end)


def span_of_event(text: str, trigger: str, dct: str) -> tuple[datetime | None, datetime | None]:
    """The earliest start and latest end of the first event ``trigger`` that
    :func:`timeline.extract` finds in ``text`` with ``dct``."""
    when = when_of(text, trigger, dct)
    return when.earliest_start, when.latest_end
