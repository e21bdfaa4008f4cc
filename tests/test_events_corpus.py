"""The sentence-level event corpus (tests/corpus/en_events.py) run as parametrized tests.

Each expected trigger must be found (at its ``nth`` occurrence in the sentence) with one of the
acceptable TimeML classes and the listed attributes; each ``absent`` word must not be an event.
Failure messages list every event found, so a failing case reads as a diagnosis.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import pytest

import timeline
from tests.corpus.en_events import CASES, Case
from tests.corpus.en_events_held_out import HELD_OUT
from timeline.events.model import Event

DCT = "2020-06-15"

# Cases the trained classifier still gets wrong (a missed event noun or a wrong class), kept as
# strict xfails so that they are visible and fail loudly once fixed. Attribute rules have none.
KNOWN_MISSES = {
    "Witnesses saw the car explode.",  # 'explode' missed
    "Residents heard gunfire all night.",  # 'heard' typed OCCURRENCE
    "The president said it was important to prevent another war.",  # 'war' typed STATE
    "The patient is alive.",  # predicate adjective missed
    "Two soldiers are missing.",  # 'missing' typed OCCURRENCE
    "Egypt put forward a ceasefire proposal.",  # compound event noun missed
}
# The held-out set's sentences that still fail (tests/corpus/en_events_held_out.py): adjectival
# participles ("the trapped miners", "the proposed reforms"), event nouns the detector misses,
# and classes the guidelines give differently from TimeBank's practice.
HELD_OUT_MISSES = {
    "Rescuers tried to reach the trapped miners.",  # 'trapped' missed
    "The company postponed its annual shareholder meeting.",  # 'postponed' typed OCCURRENCE
    "Engineers have begun to repair the damaged bridge.",  # 'damaged' missed
    "Neighbours heard a loud bang shortly before midnight.",  # 'heard' typed OCCURRENCE
    "Astronomers observed the comet through a powerful telescope.",  # 'observed' OCCURRENCE
    "The suspect is in custody.",  # 'custody' missed
    "The senator announced on Tuesday that she would not seek another term.",  # 'term' found
    "Parliament will vote on the proposed reforms in March.",  # 'proposed', 'reforms' missed
    "The stolen paintings were recovered from a warehouse.",  # 'stolen' missed
    "The newly elected president was sworn in on Monday.",  # 'elected' missed
    "Shares in the retailer plunged 20 percent after it warned on profits.",  # 'warned' class
    "The storm is expected to make landfall on Friday night.",  # 'storm', 'landfall' missed
}


def _marked(cases: Sequence[Case], misses: set[str], reason: str) -> list[object]:
    return [
        pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=reason))
        if c.sentence in misses
        else c
        for c in cases
    ]


def _describe(events: Sequence[Event]) -> str:
    if not events:
        return "  (no events)"
    return "\n".join(
        f"  {e.text!r}@{e.start} {e.kind.value} {e.tense.value} {e.aspect.value} "
        f"{e.polarity.value} modality={e.modality} {e.factuality.value}"
        for e in events
    )


def _offset(sentence: str, word: str, nth: int) -> int:
    found = [m.start() for m in re.finditer(rf"\b{re.escape(word)}\b", sentence)]
    assert len(found) > nth, f"bad case: {word!r} occurs {len(found)} times"
    return found[nth]


@pytest.mark.parametrize(
    "case",
    [
        *_marked(CASES, KNOWN_MISSES, "known classifier miss"),
        *_marked(HELD_OUT, HELD_OUT_MISSES, "held-out miss"),
    ],
    ids=str,
)
def test_case(case: Case) -> None:
    events = timeline.find_events(case.sentence, dct=DCT)
    trace = f"\n{case.sentence}\n{_describe(events)}"
    by_start = {event.start: event for event in events}
    for expect in case.events:
        start = _offset(case.sentence, expect.trigger, expect.nth)
        event = by_start.get(start)
        assert event is not None, f"{expect.trigger!r} not found{trace}"
        assert event.text == expect.trigger, trace
        assert event.kind in expect.kinds, f"{expect.trigger!r} class{trace}"
        if expect.tense is not None:
            assert event.tense is expect.tense, f"{expect.trigger!r} tense{trace}"
        if expect.aspect is not None:
            assert event.aspect is expect.aspect, f"{expect.trigger!r} aspect{trace}"
        assert event.polarity is expect.polarity, f"{expect.trigger!r} polarity{trace}"
        if expect.modality is not None or expect.tense is not None:
            assert event.modality == expect.modality, f"{expect.trigger!r} modality{trace}"
        if expect.factuality is not None:
            assert event.factuality is expect.factuality, f"{expect.trigger!r} factuality{trace}"
    for word in case.absent:
        start = _offset(case.sentence, word, 0)
        assert start not in by_start, f"{word!r} must not be an event{trace}"


def test_corpus_is_large_and_has_event_free_sentences() -> None:
    assert len(CASES) >= 150
    assert sum(not case.events for case in CASES) >= 10
    assert {case.sentence for case in CASES} >= KNOWN_MISSES
    assert {case.sentence for case in HELD_OUT} >= HELD_OUT_MISSES
