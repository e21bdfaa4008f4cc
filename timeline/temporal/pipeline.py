"""The temporal resolver: recognize -> refine -> resolve, over plain text (no spaCy needed)."""

from __future__ import annotations

from datetime import datetime

from timeline.model import TimeExpression

__all__ = ["find_time_expressions"]


def find_time_expressions(text: str, dct: datetime | None) -> tuple[TimeExpression, ...]:
    """Return the resolved time expressions of an already validated ``text``, in text order."""
    raise NotImplementedError("the temporal resolver is being built")
