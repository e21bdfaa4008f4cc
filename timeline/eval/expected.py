"""Scoring a timeline against a hand-made ``*.expected.json`` (the seed article's format).

The seed (``seeds/libya-ceasefire.expected.json``) defines the format in its "notes": the time
expressions of each line with their TIMEX3 type and value, events by line and trigger with a
``check`` on their bounds, and ``order`` groups that must come out in that order. Any article
written the same way is scored by the same code, so the seed's acceptance tests and the
held-out articles of ``benchmarks/eval_articles.py`` judge a timeline alike.

Check semantics (the seed's notes; end bounds are exclusive):

- ``inside X`` (or ``[A, B]``): earliest start >= start of X (A), latest end <= end of X (B).
- ``before_dct``: latest end known and <= end of the DCT's day; ``after_dct``: earliest start
  known and >= start of the DCT's day.
- ``starts_in X`` (or ``[A, B]``): both start bounds known and inside X (from A to B) widened
  by one month each side.
- ``ongoing``: earliest end unknown or >= start of the DCT's day.
- ``starts_before X``: latest start known and <= start of X.
- ``ends_near_dct``: the end bounds admit the DCT's day.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import attrs

from timeline._api import extract
from timeline._input import parse_dct
from timeline.errors import TimelineError
from timeline.events.model import Event
from timeline.model import Grain, TimeExpression
from timeline.ordering.intervals import add, parse_value
from timeline.ordering.model import Timeline

__all__ = [
    "ArticleScore",
    "article_pairs",
    "check_contradictions",
    "check_failures",
    "find_event",
    "line_of",
    "load_expected",
    "score_article",
    "score_article_file",
]


def load_expected(path: str | Path) -> dict[str, Any]:
    """Read an ``*.expected.json`` file; raise :class:`TimelineError` when it is not one."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise TimelineError(f"{path}: {error}") from None
    if not isinstance(data, dict) or not {"dct", "timexes", "events"} <= data.keys():
        raise TimelineError(f"{path}: not an expected timeline (needs dct, timexes, events)")
    return data


def article_pairs(folder: Path) -> list[tuple[Path, Path]]:
    """The ``(NAME.txt, NAME.expected.json)`` pairs of ``folder``, in name order.

    Raises :class:`TimelineError` for an expected timeline whose article is missing.
    """
    pairs = []
    for expected in sorted(folder.glob("*.expected.json")):
        text = expected.with_name(expected.name.removesuffix(".expected.json") + ".txt")
        if not text.exists():
            raise TimelineError(f"{expected}: no article {text.name} beside it")
        pairs.append((text, expected))
    return pairs


def score_article_file(text: Path, expected: Path) -> ArticleScore:
    """Run ``timeline.extract`` on the article ``text`` with its expected DCT and score it."""
    wanted = load_expected(expected)
    return score_article(extract(text.read_text(encoding="utf-8"), dct=wanted["dct"]), wanted)


def line_of(text: str, offset: int) -> int:
    """The 0-based line of a character offset."""
    return text.count("\n", 0, offset)


def find_event(timeline: Timeline, line: int, trigger: str) -> Event | None:
    """The first event (in text order) on ``line`` whose text is ``trigger``."""
    matches = [
        event
        for event in timeline
        if event.text == trigger and line_of(timeline.text, event.start) == line
    ]
    return min(matches, key=lambda event: event.start) if matches else None


def _unit(value: object) -> tuple[datetime, datetime]:
    if not isinstance(value, str):
        raise TimelineError(f"check value {value!r} is not a TIMEX3 date")
    span = parse_value(value)
    if span is None or span.start is None or span.end is None:
        raise TimelineError(f"check value {value!r} is not a bounded TIMEX3 date")
    return span.start, span.end


def _window(wanted: str | list[str]) -> tuple[datetime, datetime]:
    """The interval an "inside" or "starts_in" check names: one TIMEX3 date, or the span of
    two (a start known only as "between February and April 2017")."""
    if isinstance(wanted, list) and len(wanted) == 2:
        return _unit(wanted[0])[0], _unit(wanted[1])[1]
    return _unit(wanted)


def _day(dct: datetime) -> tuple[datetime, datetime]:
    """The DCT's day, ``[start, end)``."""
    start = dct.replace(hour=0, minute=0, second=0, microsecond=0)
    return start, start + timedelta(days=1)


def check_failures(event: Event, check: Mapping[str, Any], dct: datetime) -> list[str]:
    """The parts of ``check`` that ``event``'s bounds fail (empty when they agree)."""
    when = event.when
    if when is None:
        return ["no time at all"]
    es, ls, ee, le = when.earliest_start, when.latest_start, when.earliest_end, when.latest_end
    day_start, day_end = _day(dct)
    failed = []
    for name, wanted in check.items():
        if name == "inside":
            start, end = _window(wanted)
            ok = es is not None and le is not None and es >= start and le <= end
        elif name == "before_dct":
            ok = le is not None and le <= day_end
        elif name == "after_dct":
            ok = es is not None and es >= day_start
        elif name == "starts_in":
            start, end = _window(wanted)
            low, high = add(start, -1, Grain.MONTH), add(end, 1, Grain.MONTH)
            ok = all(bound is not None and low <= bound <= high for bound in (es, ls))
        elif name == "ongoing":
            ok = ee is None or ee >= day_start
        elif name == "starts_before":
            ok = ls is not None and ls <= _unit(wanted)[0]
        elif name == "ends_near_dct":
            ok = (ee is None or ee <= day_end) and (le is None or le >= day_start)
        else:
            raise TimelineError(f"unknown check {name!r}")
        if not ok:
            failed.append(f"{name}={wanted} (bounds {es}, {ls}, {ee}, {le}; {when})")
    return failed


def check_contradictions(event: Event, check: Mapping[str, Any], dct: datetime) -> list[str]:
    """The parts of ``check`` that ``event``'s bounds rule out, not merely leave open.

    A failed check is either too vague ("before the DCT" where a day was expected) or wrong:
    bounds that exclude every time the check admits ("2021-08-28" for last Saturday). A user
    reading the timeline is misled only by the second kind, so it is counted on its own.
    """
    when = event.when
    if when is None:
        return []
    es, ls, ee, le = when.earliest_start, when.latest_start, when.earliest_end, when.latest_end
    day_start, day_end = _day(dct)

    def after(bound: datetime | None, limit: datetime) -> bool:
        return bound is not None and bound > limit

    def before(bound: datetime | None, limit: datetime) -> bool:
        return bound is not None and bound < limit

    ruled_out = []
    for name, wanted in check.items():
        if name == "inside":
            start, end = _window(wanted)
            # it must start at or after ``start`` and end by ``end``
            wrong = (
                after(es, end - _TICK)
                or before(le, start + _TICK)
                or before(ls, start)
                or after(ee, end)
            )
        elif name == "before_dct":
            wrong = after(es, day_end - _TICK) or after(ee, day_end)
        elif name == "after_dct":
            wrong = before(le, day_start + _TICK) or before(ls, day_start)
        elif name == "starts_in":
            start, end = _window(wanted)
            low, high = add(start, -1, Grain.MONTH), add(end, 1, Grain.MONTH)
            wrong = after(es, high) or before(ls, low)
        elif name == "ongoing":
            wrong = before(le, day_start)
        elif name == "starts_before":
            wrong = after(es, _unit(wanted)[0])
        elif name == "ends_near_dct":
            wrong = after(ee, day_end) or before(le, day_start)
        else:
            raise TimelineError(f"unknown check {name!r}")
        if wrong:
            ruled_out.append(f"{name}={wanted}")
    return ruled_out


_TICK = timedelta(microseconds=1)


@attrs.frozen
class ArticleScore:
    """How a timeline agrees with an expected one.

    Attributes:
        timexes: expected time expressions.
        timexes_found: of those, found on their line with an accepted extent.
        timexes_right: of those found, with the expected type and value.
        extra_timexes: system expressions matching no expected one.
        events: expected events.
        events_found: of those, found (line and trigger).
        events_agreeing: of those found, whose bounds pass their check.
        events_contradicting: of those found, whose bounds rule out what the check admits
            (wrong, not merely vague; see :func:`check_contradictions`).
        order_pairs: consecutive order groups.
        order_right: of those, with every event of the first before every event of the second
            in the timeline (a group with a missing event counts as wrong).
        problems: one line per disagreement.
    """

    timexes: int
    timexes_found: int
    timexes_right: int
    extra_timexes: int
    events: int
    events_found: int
    events_agreeing: int
    events_contradicting: int
    order_pairs: int
    order_right: int
    problems: tuple[str, ...]


def _timex_key(text: str, expression: TimeExpression) -> str:
    return (
        f"line {line_of(text, expression.start)} {expression.text!r} "
        f"{expression.type.value} {expression.value}"
    )


def score_article(timeline: Timeline, expected: Mapping[str, Any]) -> ArticleScore:
    """Score ``timeline`` (from ``extract`` on the article) against its expected JSON."""
    text = timeline.text
    dct = parse_dct(str(expected["dct"]))
    if dct is None:
        raise TimelineError("the expected timeline has no DCT")
    problems: list[str] = []
    unmatched = list(timeline.expressions)
    found = right = 0
    for gold in expected["timexes"]:
        texts = {gold["text"], *gold.get("accept", [])}
        match = next(
            (e for e in unmatched if line_of(text, e.start) == gold["line"] and e.text in texts),
            None,
        )
        if match is None:
            problems.append(f"time missing: line {gold['line']} {gold['text']!r} {gold['value']}")
            continue
        unmatched.remove(match)
        found += 1
        if (match.type.value, match.value) == (gold["type"], gold["value"]):
            right += 1
        else:
            problems.append(
                f"time value: {_timex_key(text, match)}, expected {gold['type']} {gold['value']}"
            )
    problems.extend(f"time extra: {_timex_key(text, e)}" for e in unmatched)
    events_found = agreeing = contradicting = 0
    for gold in expected["events"]:
        event = find_event(timeline, gold["line"], gold["trigger"])
        if event is None:
            problems.append(f"event missing: line {gold['line']} {gold['trigger']!r}")
            continue
        events_found += 1
        failed = check_failures(event, gold["check"], dct)
        if failed:
            problems.append(f"event when: line {gold['line']} {gold['trigger']!r}: {failed}")
        else:
            agreeing += 1
        ruled_out = check_contradictions(event, gold["check"], dct)
        if ruled_out:
            contradicting += 1
            problems.append(f"event wrong: line {gold['line']} {gold['trigger']!r}: {ruled_out}")
    order_right, pairs = _order(timeline, expected, problems)
    return ArticleScore(
        timexes=len(expected["timexes"]),
        timexes_found=found,
        timexes_right=right,
        extra_timexes=len(unmatched),
        events=len(expected["events"]),
        events_found=events_found,
        events_agreeing=agreeing,
        events_contradicting=contradicting,
        order_pairs=pairs,
        order_right=order_right,
        problems=tuple(problems),
    )


def _order(timeline: Timeline, expected: Mapping[str, Any], problems: list[str]) -> tuple[int, int]:
    groups: Sequence[Sequence[str]] = expected.get("order", [])
    lines = {e["trigger"]: e["line"] for e in expected["events"]}
    position = {id(event): index for index, event in enumerate(timeline)}
    placed: list[list[int] | None] = []
    for group in groups:
        events = [find_event(timeline, lines[trigger], trigger) for trigger in group]
        placed.append([position[id(e)] for e in events if e is not None] if all(events) else None)
    right = 0
    for (first, earlier), (second, later) in itertools.pairwise(zip(groups, placed, strict=True)):
        if earlier is not None and later is not None and max(earlier) < min(later):
            right += 1
        else:
            problems.append(f"order: {list(first)} not all before {list(second)}")
    return right, max(0, len(groups) - 1)
