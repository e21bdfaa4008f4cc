"""Properties of ``timeline.extract`` on arbitrary text (few examples: spaCy is slow)."""

from __future__ import annotations

from datetime import date, datetime
from itertools import combinations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import timeline
from timeline.ordering.model import Order
from timeline.ordering.order import sort_key

WORDS = [
    "On Sunday,",
    "Russia",
    "postponed",
    "talks",
    "last week",
    "said",
    "will continue",
    "has advanced for weeks",
    "since 2011",
    "after launching a counteroffensive in March",
    "recently retook",
    "a 14-month campaign",
    "shortly afterwards",
    "began",
    "the",
    "earlier this year",
    ".",
    "\n",
    "yesterday",
    "was toppled",
]
texts = st.one_of(
    st.lists(st.sampled_from(WORDS), max_size=25).map(" ".join),
    st.text(max_size=80).map(lambda text: text.replace("\x00", "")),
)
SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def consistent(event: timeline.Event) -> bool:
    when = event.when
    assert when is not None
    es, ls, ee, le = when.earliest_start, when.latest_start, when.earliest_end, when.latest_end
    pairs = [(es, ls), (ee, le), (es, le), (es, ee), (ls, le)]
    return all(low is None or high is None or low <= high for low, high in pairs)


@SETTINGS
@given(text=texts)
def test_bounds_are_consistent_and_relation_agrees_with_order(text: str) -> None:
    tl = timeline.extract(text, dct="2020-06-15")
    events = list(tl)
    assert all(consistent(event) for event in events)
    # sorted by the bounds (among equal bounds, links and then text position decide)
    bounds = [sort_key(e)[:3] for e in events]
    assert bounds == sorted(bounds)
    for first, second in combinations(events, 2):  # first comes first in the timeline
        forward, backward = tl.relation(first, second), tl.relation(second, first)
        inverse = {Order.BEFORE: Order.AFTER, Order.AFTER: Order.BEFORE}
        assert backward is inverse.get(forward, forward)
        assert forward is not Order.AFTER


@SETTINGS
@given(
    amount=st.integers(min_value=1, max_value=10**7),
    unit=st.sampled_from(["hours", "days", "weeks", "months", "years", "decades"]),
    signal=st.sampled_from(["after", "before"]),
)
def test_a_measured_signal_of_any_length_keeps_bounds_consistent(
    amount: int, unit: str, signal: str
) -> None:
    """ "arrested on Monday, N units after the robbery": whatever N, the offset bounds stay
    consistent and on the calendar, and every summary reads."""
    tl = timeline.extract(
        f"Police arrested the suspect on Monday, {amount:,} {unit} {signal} the robbery.",
        dct="2020-06-15",
    )
    for event in tl:
        assert consistent(event)
        assert str(event.when)
        when = event.when
        bounds = (when.earliest_start, when.latest_start, when.earliest_end, when.latest_end)
        # nothing clipped to the calendar's ends: a shift off the calendar bounds nothing
        assert all(bound is None or 1 < bound.year < 9998 for bound in bounds)


@SETTINGS
@given(text=st.text(max_size=200))
def test_extract_never_raises_on_text(text: str) -> None:
    if "\x00" in text:
        with pytest.raises(timeline.InputTextError):
            timeline.extract(text, dct="2020-06-15")
        return
    tl = timeline.extract(text, dct=date(2020, 6, 15))
    for event in tl:
        assert tl.text[event.start : event.end] == event.text
        assert isinstance(str(event.when), str)


@pytest.mark.parametrize(
    "dct", ["2020-06-15", date(2020, 6, 15), datetime(2020, 6, 15, 9, 30), "20200615", None]
)
def test_extract_accepts_the_dct_forms_of_find_times(dct: object) -> None:
    text = "Russia and Turkey postponed the talks on Sunday."
    tl = timeline.extract(text, dct=dct)  # type: ignore[arg-type]
    assert tl.expressions == timeline.find_times(text, dct=dct)  # type: ignore[arg-type]
    postponed = next(event for event in tl if event.text == "postponed")
    if dct is not None:
        assert str(postponed.when) == "2020-06-14"


@pytest.mark.parametrize("dct", ["2020-02-30", "yesterday", 20200615, b"2020-06-15"])
def test_extract_gives_the_errors_of_find_times(dct: object) -> None:
    with pytest.raises(timeline.DCTError) as expected:
        timeline.find_times("text", dct=dct)  # type: ignore[arg-type]
    with pytest.raises(timeline.DCTError) as found:
        timeline.extract("text", dct=dct)  # type: ignore[arg-type]
    assert str(found.value) == str(expected.value)


@pytest.mark.parametrize("text", [b"bytes", None, 42, "a\x00b"])
def test_extract_rejects_bad_text_like_find_times(text: object) -> None:
    with pytest.raises(timeline.InputTextError):
        timeline.find_times(text, dct="2020-06-15")  # type: ignore[arg-type]
    with pytest.raises(timeline.InputTextError):
        timeline.extract(text, dct="2020-06-15")  # type: ignore[arg-type]
