"""The seed article gives exactly the expected time expressions (issue 2's first acceptance)."""

from __future__ import annotations

from typing import Any

from tests.conftest import SEED_DCT
from timeline import find_times
from timeline.model import TimeExpression


def _line_of(text: str, expression: TimeExpression) -> int:
    return text.count("\n", 0, expression.start)


def _key(text: str, expression: TimeExpression) -> tuple[int, str, str, str]:
    return (_line_of(text, expression), expression.text, expression.type.value, expression.value)


def test_seed_gives_exactly_the_expected_expressions(
    seed_text: str, seed_expected: dict[str, Any]
) -> None:
    found = list(find_times(seed_text, dct=SEED_DCT))
    unmatched = list(found)
    for gold in seed_expected["timexes"]:
        texts = {gold["text"], *gold.get("accept", [])}
        match = next(
            (
                expression
                for expression in unmatched
                if _line_of(seed_text, expression) == gold["line"] and expression.text in texts
            ),
            None,
        )
        assert match is not None, f"missing {gold}; found {[_key(seed_text, e) for e in found]}"
        assert (match.type.value, match.value) == (gold["type"], gold["value"]), gold
        unmatched.remove(match)
    assert unmatched == [], f"unexpected expressions: {[_key(seed_text, e) for e in unmatched]}"


def test_seed_offsets_slice_back(seed_text: str) -> None:
    for expression in find_times(seed_text, dct=SEED_DCT):
        assert seed_text[expression.start : expression.end] == expression.text


def test_seed_relative_days_follow_the_dct(seed_text: str) -> None:
    """A DCT one week later moves the weekday-anchored Sundays one week later too."""
    later = [e.value for e in find_times(seed_text, dct="2020-06-22") if e.text == "Sunday"]
    assert later == ["2020-06-21"] * 3
