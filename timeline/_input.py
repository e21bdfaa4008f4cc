"""Validation of what a caller passes in: the text and the DCT.

Checks happen once, at the public entry points, so that a wrong type or an impossible date is
reported in the caller's terms instead of crashing deep inside a regex or spaCy.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from timeline.errors import DCTError, InputTextError

__all__ = ["MAX_TEXT_CHARS", "DCTLike", "check_text", "parse_dct"]

MAX_TEXT_CHARS = 2_000_000
"""The largest text accepted (about 300,000 words); spaCy's own default limit is 1,000,000."""

DCTLike = date | datetime | str | None

_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?")
_BASIC_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")


def check_text(text: object) -> str:
    """Return ``text`` if it is processable, else raise :class:`InputTextError` naming why."""
    if not isinstance(text, str):
        raise InputTextError(f"text must be a str, not {type(text).__name__}")
    if len(text) > MAX_TEXT_CHARS:
        raise InputTextError(
            f"text has {len(text):,} characters; the limit is {MAX_TEXT_CHARS:,}: "
            "split the document and process the parts"
        )
    if "\x00" in text:
        raise InputTextError("text contains NUL characters: it looks binary, not like an article")
    return text


def parse_dct(dct: object) -> datetime | None:
    """Turn a DCT given as ``date``, ``datetime`` or ISO string into a naive ``datetime``.

    ``None`` stays ``None`` (narrative mode). Anything else, an unparseable string or an
    impossible date such as "2020-02-30", raises :class:`DCTError`. Time zones are dropped after
    conversion to local wall time of the article, because TIMEX3 values are wall-clock values.
    """
    if dct is None:
        return None
    if isinstance(dct, datetime):
        return dct.replace(tzinfo=None)
    if isinstance(dct, date):
        return datetime(dct.year, dct.month, dct.day)
    if not isinstance(dct, str):
        raise DCTError(f"dct must be a date, a datetime or an ISO string, not {type(dct).__name__}")
    text = dct.strip()
    match = _ISO_DATE.fullmatch(text) or _BASIC_DATE.fullmatch(text)
    if match is None:
        raise DCTError(f"dct {dct!r} is not an ISO date such as '2020-06-15'")
    numbers = [int(group) if group else 0 for group in match.groups()]
    numbers += [0] * (6 - len(numbers))
    try:
        return datetime(*numbers)  # type: ignore[arg-type]
    except ValueError as error:
        raise DCTError(f"dct {dct!r} is not a real date: {error}") from None
