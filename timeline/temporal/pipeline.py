"""The temporal resolver: recognize -> refine -> resolve, over plain text (no spaCy needed)."""

from __future__ import annotations

import re
from datetime import datetime
from itertools import pairwise

import attrs

from timeline.model import Anchor, Certainty, Grain, TimeExpression, TimeSpan, TimexType
from timeline.temporal.calendar import add, floor
from timeline.temporal.grammar_clock import the_part_of_day
from timeline.temporal.grammar_dates import bare_month, month_year
from timeline.temporal.recognize import Candidate, recognize
from timeline.temporal.refine import REFINERS, signal_before
from timeline.temporal.resolve import Context, Resolution, resolve
from timeline.temporal.tense import Tense, sentence_bounds, tense_at
from timeline.temporal.underspecified import DayPart, Shift, Weekday

__all__ = ["find_time_expressions"]


def _open_interval(interval: TimeSpan | None, signal: str | None) -> TimeSpan | None:
    """ "since 2011" is open to the future from 2011's start; "until June" to the past."""
    if interval is None or interval.is_open:
        return interval
    if signal == "since":
        return attrs.evolve(interval, end=None)
    if signal in ("until", "till"):
        return attrs.evolve(interval, start=None)
    return interval


def _expression(text: str, candidate: Candidate, found: Resolution) -> TimeExpression:
    parsed = candidate.parsed
    interval = _open_interval(found.interval, signal_before(text, candidate))
    return TimeExpression(
        text=text[candidate.start : candidate.end],
        start=candidate.start,
        end=candidate.end,
        type=parsed.type,
        value=found.value,
        mod=parsed.mod,
        interval=interval,
        duration=found.duration,
        certainty=found.certainty,
        anchor=found.anchor,
        rule=candidate.rule,
        quant=getattr(parsed.value, "quant", None),
        freq=getattr(parsed.value, "freq", None),
    )


_DAY_REACH = 500
"""How far back (in characters) a named day still dates a bare time of day: about the two or
three sentences of a paragraph that tells one night's events."""

_NEGATION = re.compile(r"(?i:\b(?:not|never|no)\b|n['’]t\b)")

# a year expression that scopes its sentence: it opens it ("Last year, ...", "In 2017, ...") or
# a "when" clause follows it ("since 2017, when ...")
_OPENING = re.compile(r"(?i:(?:(?:back\s+|earlier\s+|later\s+)?in|during|by)?)")
_COMMA = re.compile(r"\s*,")
_COORDINATION = re.compile(r"(?i:,?\s*(?:and|or|to|through|until|-|–)\s*(?:on\s+)?)")
_WHEN_CLAUSE = re.compile(r"\s*,?\s*when\b", re.IGNORECASE)


_RESCHEDULED = re.compile(
    r"(?i:\b(?:moved|postponed|delayed|pushed\s+back|rescheduled|deferred|put\s+off|"
    r"brought\s+forward)\s+(?:\w+\s+){0,3}?(?:to|for)\s+(?:the\s+)?)$"
)
"""A new date given to something put off or brought forward: "exams were moved to March"."""


def _context_signal(
    text: str, sentence_start: int, candidate: Candidate, signal: str | None
) -> str | None:
    """The signal the resolver reads for an expression: the word before it, unless the words
    around say more.

    "not before June", "would not be filed before August": a negated limit names the earliest
    time, which lies ahead like "as early as" ("not before" in EARLIEST_SIGNALS). And "moved to
    March", "postponed to Monday": the new date of a rescheduled event lies ahead
    whatever the tense of the moving ("rescheduled to", in EARLIEST_SIGNALS too)."""
    if signal in ("to", "for", None) and _RESCHEDULED.search(
        text, max(sentence_start, candidate.start - 60), candidate.start
    ):
        return "rescheduled to"
    if signal not in ("before", "until", "till"):
        return signal
    if _NEGATION.search(text, max(sentence_start, candidate.start - 60), candidate.start):
        return f"not {signal}"
    return signal


def _scope_year(text: str, sentence_start: int, expression: TimeExpression) -> int | None:
    """The year ``expression`` sets for the rest of its sentence, if it is a year that scopes it.

    Why: news resolves a month without a year against the DCT, but "Last year, a heatwave that
    lasted two weeks in July" and "since 2017, when fires killed 100 people in June" put the
    month in the year just named. A year merely mentioned earlier ("the firm, founded in 1998,
    said in March") does not.
    """
    interval = expression.interval
    if (
        expression.type is not TimexType.DATE
        or interval is None
        or interval.grain is not Grain.YEAR
        or interval.start is None
    ):
        return None
    opening = _OPENING.fullmatch(text[sentence_start : expression.start].strip())
    if (opening and _COMMA.match(text, expression.end)) or _WHEN_CLAUSE.match(text, expression.end):
        return interval.start.year
    return None


def find_time_expressions(text: str, dct: datetime | None) -> tuple[TimeExpression, ...]:
    """Return the resolved time expressions of an already validated ``text``, in text order.

    With a DCT, relative expressions resolve against it and the sentence's tense; without one
    (narrative mode), against the last date mentioned before them. Expressions that cannot be
    placed at all (narrative text with no date before them) are left out.
    """
    if not text:
        return ()
    expressions: list[TimeExpression] = []
    previous: TimeSpan | None = None
    previous_at = -1
    previous_weekday = -2  # where the last weekday named ends
    days: list[tuple[TimeSpan, int]] = []  # days named (or of times of day), and where
    last_quarter: TimeSpan | None = None
    scope: tuple[int, int] | None = None  # (sentence start, year)
    for recognized in recognize(text):
        candidate = recognized
        for refiner in REFINERS:
            candidate = refiner(text, candidate)
        sentence_start, _ = sentence_bounds(text, candidate.start, candidate.end)
        context = Context(
            dct=dct,
            previous=previous,
            sentence_previous=previous if previous_at >= sentence_start else None,
            recent_days=tuple(
                span for span, at in reversed(days) if 0 <= candidate.start - at <= _DAY_REACH
            ),
            last_quarter=last_quarter,
            tense=tense_at(text, candidate.start, candidate.end),
            signal=_context_signal(text, sentence_start, candidate, signal_before(text, candidate)),
            scope_year=scope[1] if scope is not None and scope[0] == sentence_start else None,
            coordinated=previous_weekday == previous_at >= 0
            and _COORDINATION.fullmatch(text, previous_at, candidate.start) is not None,
        )
        found = resolve(candidate.parsed.value, context)
        if found is None:
            continue
        expression = _expression(text, candidate, found)
        expressions.append(expression)
        year = _scope_year(text, sentence_start, expression)
        if year is not None:
            scope = (sentence_start, year)
        span = found.interval
        if (
            expression.type in (TimexType.DATE, TimexType.TIME)
            and span is not None
            and span.start is not None
            and span.end is not None
            and not expression.value.endswith("_REF")
        ):
            previous, previous_at = span, candidate.end
            if isinstance(candidate.parsed.value, Weekday):
                previous_weekday = candidate.end
            if span.grain <= Grain.DAY and candidate.rule != the_part_of_day.name:
                # ("through the night" names no day: it is the one the story is telling of)
                days.append((span, candidate.end))
            if span.grain is Grain.QUARTER and candidate.rule.startswith("[the] <ordinal>"):
                last_quarter = span
    return _overnight_before_named_day(text, _year_of_range_end(text, expressions), dct)


_MONTH_VALUE = re.compile(r"\d{4}-(\d\d)")


def _year_of_range_end(text: str, expressions: list[TimeExpression]) -> list[TimeExpression]:
    """ "between March and June 2022": a bare month opening a range is in the year its other
    end names (the year before, when it is a later month: "from November to February 2021").

    Why: news writes the year once, at the end of the range, and the tense alone would put
    "March" of a story written in February 2023 in 2023. Done after resolution, since the
    year comes after the month.
    """
    found = list(expressions)
    for index, (first, second) in enumerate(pairwise(expressions)):
        if first.rule != bare_month.name or second.rule != month_year.name:
            continue
        if _COORDINATION.fullmatch(text, first.end, second.start) is None:
            continue
        opening, closing = _MONTH_VALUE.fullmatch(first.value), _MONTH_VALUE.fullmatch(second.value)
        span = first.interval
        if opening is None or closing is None or span is None or span.start is None:
            continue
        month = int(opening.group(1))
        year = int(second.value[:4]) - (1 if month > int(closing.group(1)) else 0)
        start = datetime(year, month, 1)
        found[index] = attrs.evolve(
            first,
            value=f"{year:04d}-{month:02d}",
            interval=attrs.evolve(
                span,
                start=start,
                end=None if span.end is None else add(start, 1, Grain.MONTH),
            ),
        )
    return found


def _overnight_before_named_day(
    text: str, expressions: list[TimeExpression], dct: datetime | None
) -> tuple[TimeExpression, ...]:
    """ "overnight" is the night before the day its sentence names, else before the DCT.

    Why: a wire story dated Thursday that says "the wind shifted overnight, a spokeswoman told
    a briefing on Wednesday" or "the rebels agreed on Tuesday to return after the government
    freed 47 prisoners overnight" tells of the night before that day, not the night before
    publication. The day may come after "overnight" in the sentence, so this is done once
    every expression is resolved.
    """
    if dct is None:
        return tuple(expressions)
    today = floor(dct, Grain.DAY)
    found = list(expressions)
    for index, expression in enumerate(expressions):
        if expression.text.lower() != "overnight":
            continue
        sentence_start, sentence_end = sentence_bounds(text, expression.start, expression.end)
        days = [
            (other, other.interval.start)
            for other in expressions
            if sentence_start <= other.start < sentence_end
            and other.type is TimexType.DATE
            and other.interval is not None
            and other.interval.grain is Grain.DAY
            and other.interval.start is not None
            and other.interval.end is not None  # not "since Saturday"
            and other.interval.start <= today
        ]
        if not days:
            continue
        _, day = min(days, key=lambda pair: abs(pair[0].start - expression.start))
        if day == today:
            continue  # "said on Tuesday that ... overnight": the night before the DCT
        night = resolve(
            DayPart("NI", Shift(-1, Grain.DAY)),
            Context(
                dct=day,
                previous=None,
                sentence_previous=None,
                last_quarter=None,
                tense=Tense.PAST,
            ),
        )
        if night is not None:
            found[index] = attrs.evolve(
                expression,
                value=night.value,
                interval=night.interval,
                certainty=Certainty.INFERRED,
                anchor=Anchor.PREVIOUS,
            )
    return tuple(found)
