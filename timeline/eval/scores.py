"""The arithmetic every scorer shares: a ratio that is 0 for an empty whole, and F1.

Each TempEval-3 metric (time expressions, events, temporal awareness) reports precision, recall
and their harmonic mean; one definition keeps their edge cases (nothing found, nothing gold)
the same everywhere.
"""

from __future__ import annotations

__all__ = ["f1", "ratio"]


def ratio(part: int, whole: int) -> float:
    """``part / whole``, or 0.0 when ``whole`` is 0 (no system or no gold items)."""
    return part / whole if whole else 0.0


def f1(precision: float, recall: float) -> float:
    """The harmonic mean of ``precision`` and ``recall``; 0.0 when both are 0."""
    total = precision + recall
    return 2 * precision * recall / total if total else 0.0
