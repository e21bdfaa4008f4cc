"""``python -m timeline evaluate``: run the library on gold documents and print the metrics."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from timeline.errors import TimelineError

__all__ = ["PARTS", "evaluate_folder"]

PARTS = ("times", "events", "tlinks")


def evaluate_folder(gold_dir: Path, parts: Sequence[str] = PARTS) -> str:
    """Score every ``*.tml`` below ``gold_dir`` (and per immediate sub-folder); return a report."""
    unknown = set(parts) - set(PARTS)
    if unknown:
        raise TimelineError(f"unknown parts {sorted(unknown)}; choose from {', '.join(PARTS)}")
    raise NotImplementedError("evaluation is being built")
