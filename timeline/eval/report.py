"""``python -m timeline evaluate``: run the library on gold documents and print the metrics.

Each part (times, events, tlinks) has a scorer module with a ``report(pairs)`` function that takes
``(gold document, system timeline)`` pairs and returns its lines of the report. The system side is
computed once per document here; ``times`` alone needs no spaCy, so it uses the resolver only.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from pathlib import Path

from timeline.errors import TimelineError
from timeline.eval.timeml import TimeMLDocument, read_timeml_dir
from timeline.ordering.model import Timeline

__all__ = ["PARTS", "evaluate_folder", "group_by_folder", "system_timeline"]

PARTS = ("times", "events", "tlinks")

_SCORERS = {
    "times": "timeline.eval.timex_metrics",
    "events": "timeline.eval.event_metrics",
    "tlinks": "timeline.eval.tlink_metrics",
}

Pair = tuple[TimeMLDocument, Timeline]


def system_timeline(document: TimeMLDocument, *, times_only: bool) -> Timeline:
    """What the library makes of a gold document's plain text and DCT."""
    if times_only:
        from timeline.temporal.pipeline import find_time_expressions

        expressions = find_time_expressions(document.text, document.dct)
        return Timeline(text=document.text, dct=document.dct, events=(), expressions=expressions)
    from timeline._api import extract

    return extract(document.text, dct=document.dct)


def group_by_folder(pairs: Sequence[Pair], root: Path) -> dict[str, list[Pair]]:
    """Group ``pairs`` by the immediate sub-folder of ``root`` their document is in.

    Corpora such as TBAQ-cleaned keep parts with different annotation habits in sub-folders
    (TimeBank, AQUAINT), which are worth reporting apart; ``"all"`` is added whenever there is
    more than one group, and is the only group for a flat folder.
    """
    groups: dict[str, list[Pair]] = {}
    for pair in pairs:
        relative = pair[0].path.relative_to(root)
        if len(relative.parts) > 1:
            groups.setdefault(relative.parts[0], []).append(pair)
    if len(groups) > 1 or not groups:
        groups["all"] = list(pairs)
    return groups


def _scorer(part: str) -> Callable[[Sequence[Pair]], list[str]]:
    module = importlib.import_module(_SCORERS[part])
    report: Callable[[Sequence[Pair]], list[str]] = module.report
    return report


def evaluate_folder(gold_dir: Path, parts: Sequence[str] = PARTS) -> str:
    """Score every ``*.tml`` below ``gold_dir``, per immediate sub-folder and in all."""
    unknown = set(parts) - set(PARTS)
    if unknown or not parts:
        raise TimelineError(f"unknown parts {sorted(unknown)}; choose from {', '.join(PARTS)}")
    documents = list(read_timeml_dir(gold_dir))
    if not documents:
        raise TimelineError(f"no .tml files below {gold_dir}")
    times_only = set(parts) == {"times"}
    pairs = [(document, system_timeline(document, times_only=times_only)) for document in documents]
    lines: list[str] = []
    for name, group in group_by_folder(pairs, gold_dir).items():
        lines.append(f"== {name} ({len(group)} documents)")
        for part in parts:
            lines.extend(_scorer(part)(group))
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
