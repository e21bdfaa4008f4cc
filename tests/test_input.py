"""Bad input gets a clear exception from the library's own hierarchy."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from timeline._input import MAX_TEXT_CHARS, check_text, parse_dct
from timeline.errors import DCTError, InputTextError, TimelineError


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("2020-06-15", datetime(2020, 6, 15)),
        ("20200615", datetime(2020, 6, 15)),
        (" 2020-06-15 ", datetime(2020, 6, 15)),
        ("2020-06-15T13:37", datetime(2020, 6, 15, 13, 37)),
        ("2020-06-15 13:37:05", datetime(2020, 6, 15, 13, 37, 5)),
        (date(2020, 6, 15), datetime(2020, 6, 15)),
        (datetime(2020, 6, 15, 8, 0), datetime(2020, 6, 15, 8, 0)),
        (None, None),
    ],
)
def test_dct_forms(given: object, expected: datetime | None) -> None:
    assert parse_dct(given) == expected


@pytest.mark.parametrize(
    ("given", "fragment"),
    [
        ("2020-02-30", "not a real date"),
        ("2020-13-01", "not a real date"),
        ("June 15", "not an ISO date"),
        ("", "not an ISO date"),
        (20200615, "not int"),
        (b"2020-06-15", "not bytes"),
    ],
)
def test_bad_dct_raises_dct_error(given: object, fragment: str) -> None:
    with pytest.raises(DCTError, match=fragment):
        parse_dct(given)


@pytest.mark.parametrize(
    ("given", "fragment"),
    [
        (None, "not NoneType"),
        (b"On Sunday", "not bytes"),
        (42, "not int"),
        ("a\x00b", "binary"),
        ("x" * (MAX_TEXT_CHARS + 1), "limit"),
    ],
)
def test_bad_text_raises_input_error(given: object, fragment: str) -> None:
    with pytest.raises(InputTextError, match=fragment) as caught:
        check_text(given)
    assert isinstance(caught.value, TimelineError)


def test_good_text_is_returned_unchanged() -> None:
    assert check_text("") == ""
    assert check_text("On Sunday.") == "On Sunday."
