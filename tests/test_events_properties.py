"""Properties of event detection over arbitrary and shuffled text."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.corpus.en_events import CASES
from timeline.events.detect import detect_events
from timeline.events.model import Event
from timeline.nlp import load_pipeline

SETTINGS = settings(max_examples=60, deadline=None)

_words = st.sampled_from(
    [c.sentence for c in CASES] + ["", " ", "\n\n", "--", "U.S.", "3,000", "e-mail", "(AP) —"]
)


def _check(text: str, events: tuple[Event, ...]) -> None:
    for event in events:
        assert text[event.start : event.end] == event.text
        for participant in event.participants:
            assert text[participant.start : participant.end] == participant.text
    assert [e.start for e in events] == sorted(e.start for e in events)
    spans = [(e.start, e.end) for e in events]
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


@SETTINGS
@given(st.text(max_size=200))
def test_any_text_gives_sliceable_non_overlapping_events(text: str) -> None:
    _check(text, detect_events(load_pipeline()(text)))


@SETTINGS
@given(st.lists(_words, max_size=6))
def test_concatenated_sentences(pieces: list[str]) -> None:
    text = " ".join(pieces)
    _check(text, detect_events(load_pipeline()(text)))
