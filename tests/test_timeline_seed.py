"""Acceptance on the seed article: event bounds agree with the expected "when", groups in order.

The check semantics are those of the "notes" in ``libya-ceasefire.expected.json``; a range
``[A, B]`` runs from the start of A's calendar unit to the end of B's.
"""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta
from typing import Any

import pytest

import timeline
from timeline.events.model import Event
from timeline.model import Grain
from timeline.ordering.intervals import add, parse_value

from .conftest import SEED_DCT

DCT_DAY = (datetime(2020, 6, 15), datetime(2020, 6, 16))


def _unit(value: str) -> tuple[datetime, datetime]:
    span = parse_value(value)
    assert span is not None, value
    assert span.start is not None
    assert span.end is not None
    return span.start, span.end


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset)


def find_event(tl: timeline.Timeline, line: int, trigger: str) -> Event | None:
    """The first event (in text order) on ``line`` whose text is ``trigger``."""
    matches = [
        event for event in tl if event.text == trigger and _line_of(tl.text, event.start) == line
    ]
    return min(matches, key=lambda event: event.start) if matches else None


def check_passes(event: Event, check: dict[str, Any]) -> list[str]:
    """The failed parts of ``check`` for ``event`` (empty when it agrees)."""
    when = event.when
    assert when is not None
    es, ls, ee, le = when.earliest_start, when.latest_start, when.earliest_end, when.latest_end
    failed = []
    for name, wanted in check.items():
        if name == "inside":
            if isinstance(wanted, list):
                start, end = _unit(wanted[0])[0], _unit(wanted[1])[1]
            else:
                start, end = _unit(wanted)
            ok = es is not None and le is not None and es >= start and le <= end
        elif name == "before_dct":
            ok = le is not None and le <= DCT_DAY[1]
        elif name == "after_dct":
            ok = es is not None and es >= DCT_DAY[0]
        elif name == "starts_in":
            start, end = _unit(wanted)
            low, high = add(start, -1, Grain.MONTH), add(end, 1, Grain.MONTH)
            ok = all(bound is not None and low <= bound <= high for bound in (es, ls))
        elif name == "ongoing":
            ok = ee is None or ee >= DCT_DAY[0]
        elif name == "starts_before":
            ok = ls is not None and ls <= _unit(wanted)[0]
        elif name == "ends_near_dct":
            ok = (ee is None or ee <= DCT_DAY[1]) and (le is None or le >= DCT_DAY[0])
        else:
            raise AssertionError(f"unknown check {name}")
        if not ok:
            failed.append(f"{name}={wanted} (bounds {es}, {ls}, {ee}, {le}; {when})")
    return failed


@pytest.fixture(scope="module")
def seed_timeline(seed_text: str) -> timeline.Timeline:
    return timeline.extract(seed_text, dct=SEED_DCT)


def test_at_least_21_of_23_events_have_agreeing_bounds(
    seed_timeline: timeline.Timeline, seed_expected: dict[str, Any]
) -> None:
    problems = []
    for expected in seed_expected["events"]:
        event = find_event(seed_timeline, expected["line"], expected["trigger"])
        if event is None:
            problems.append(f"line {expected['line']} {expected['trigger']!r}: not found")
            continue
        failed = check_passes(event, expected["check"])
        if failed:
            problems.append(f"line {expected['line']} {expected['trigger']!r}: {failed}")
    assert len(seed_expected["events"]) == 23
    assert len(problems) <= 2, "\n".join(problems)


def test_order_groups_come_out_in_order(
    seed_timeline: timeline.Timeline, seed_expected: dict[str, Any]
) -> None:
    position = {id(event): index for index, event in enumerate(seed_timeline)}
    lines = {e["trigger"]: e["line"] for e in seed_expected["events"]}
    groups = []
    for group in seed_expected["order"]:
        found = [find_event(seed_timeline, lines[trigger], trigger) for trigger in group]
        assert all(found), f"missing events of group {group}"
        groups.append([position[id(event)] for event in found if event is not None])
    for earlier, later in itertools.pairwise(groups):
        assert max(earlier) < min(later), f"groups out of order: {groups}"


def test_every_event_has_a_time_and_a_summary(seed_timeline: timeline.Timeline) -> None:
    assert len(seed_timeline) > 0
    for event in seed_timeline:
        assert event.when is not None
        assert str(event.when)


def test_readable_summaries(seed_timeline: timeline.Timeline) -> None:
    summaries = {
        (event.text, _line_of(seed_timeline.text, event.start)): str(event.when)
        for event in seed_timeline
    }
    assert summaries[("postponed", 9)] == "2020-06-14"
    assert summaries[("push", 7)] == "2020-W24"
    assert summaries[("campaign", 7)] == "2019-04 .. ongoing"
    assert summaries[("agreed", 4)] == "before 2020-06-15"
    assert summaries[("continue", 2)] == "after 2020-06-15"


def test_dct_day_constant_matches_fixture() -> None:
    assert datetime.fromisoformat(SEED_DCT) == DCT_DAY[0]
    assert DCT_DAY[1] - DCT_DAY[0] == timedelta(days=1)
