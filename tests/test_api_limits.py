"""Texts longer than the spaCy pipeline accepts are refused up front, in the library's terms."""

from __future__ import annotations

import pytest

import timeline


class _ShortPipeline:
    """A stand-in pipeline that accepts 50 characters and must never be run on more."""

    max_length = 50

    def __call__(self, text: str) -> object:
        raise AssertionError("the pipeline ran on a text over its max_length")


@pytest.mark.parametrize("call", [timeline.extract, timeline.find_events])
def test_text_over_the_pipeline_limit_raises_input_text_error(call: object) -> None:
    text = "Talks were postponed on Sunday. " * 3
    with pytest.raises(timeline.InputTextError, match="at most 50"):
        call(text, dct="2020-06-15", nlp=_ShortPipeline())  # type: ignore[operator]


def test_the_default_pipeline_limit_is_spacys() -> None:
    from timeline.nlp import load_pipeline

    too_long = "a " * (load_pipeline().max_length // 2 + 1)
    with pytest.raises(timeline.InputTextError, match="spaCy pipeline accepts at most"):
        timeline.extract(too_long, dct="2020-06-15")
