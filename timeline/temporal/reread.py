"""Second readings of resolved time expressions that need their whole sentence.

The resolver reads expressions left to right, each with what came before it. A few readings
depend on what comes after: the year at the end of "between March and June 2022", the day at
the end of "between 6 p.m. and 10 p.m. on Wednesday", the day a sentence names after
"overnight". They are made here, once every expression is resolved.
"""

from __future__ import annotations

import re
from datetime import datetime
from itertools import pairwise

import attrs

from timeline.model import Anchor, Certainty, Grain, TimeExpression, TimexType
from timeline.temporal.calendar import add, floor
from timeline.temporal.grammar_dates import bare_month, month_year
from timeline.temporal.patterns_en import DAY_NUMBER, MONTH, WEEKDAY
from timeline.temporal.resolve import Context, resolve
from timeline.temporal.tense import Tense, sentence_bounds, tense_at
from timeline.temporal.underspecified import DayPart, Shift

__all__ = ["COORDINATION", "reread"]

COORDINATION = re.compile(r"(?i:,?\s*(?:and|or|to|through|until|-|–)\s*(?:on\s+)?)")
"""What joins two expressions of a pair or range ("Thursday and Friday", "March to June")."""


def reread(
    text: str, expressions: list[TimeExpression], dct: datetime | None
) -> tuple[TimeExpression, ...]:
    """The expressions of ``text`` with the readings that need their sentence made."""
    return _overnight_before_named_day(
        text, _day_of_range_end(text, _year_of_range_end(text, expressions)), dct
    )


_MONTH_VALUE = re.compile(r"\d{4}-(\d\d)")
_CLOCK_VALUE = re.compile(r"(\d{4}-\d\d-\d\d)(T\d\d(?::\d\d)?)")
_DAY_NAMED = re.compile(
    rf"\b(?:{WEEKDAY}|(?i:today|yesterday|tomorrow)\b|{MONTH}\.?\s+{DAY_NUMBER})"
)
"""A day a clock time's own words name ("10 p.m. on Wednesday"), in the grammar's patterns."""


def _day_of_range_end(text: str, expressions: list[TimeExpression]) -> list[TimeExpression]:
    """ "between 6 p.m. and 10 p.m. on Wednesday": a bare clock time opening a range is on the
    day its other end names.

    Why: news names the day once, after the range's second time, and the first time alone
    would take the day the story named before (or the DCT's).
    """
    found = list(expressions)
    for index, (first, second) in enumerate(pairwise(expressions)):
        if first.type is not TimexType.TIME or second.type is not TimexType.TIME:
            continue
        if COORDINATION.fullmatch(text, first.end, second.start) is None:
            continue
        if _DAY_NAMED.search(first.text) or not _DAY_NAMED.search(second.text):
            continue
        opening, closing = _CLOCK_VALUE.fullmatch(first.value), _CLOCK_VALUE.fullmatch(second.value)
        span, other = first.interval, second.interval
        if (
            opening is None
            or closing is None
            or opening.group(1) == closing.group(1)
            or span is None
            or span.start is None
            or other is None
            or other.start is None
        ):
            continue
        shift = floor(other.start, Grain.DAY) - floor(span.start, Grain.DAY)
        found[index] = attrs.evolve(
            first,
            value=closing.group(1) + opening.group(2),
            interval=attrs.evolve(
                span,
                start=span.start + shift,
                end=None if span.end is None else span.end + shift,
            ),
        )
    return found


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
        if COORDINATION.fullmatch(text, first.end, second.start) is None:
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


_THROUGH_BEFORE = re.compile(r"(?i:\b(?:through|throughout|during|all)\s+)$")


def _morning_after_the_night(
    text: str, expressions: list[TimeExpression], index: int
) -> datetime | None:
    """The day whose morning ends "the night" a sentence went "through", when a morning
    clock time on a named day follows in the same sentence."""
    expression = expressions[index]
    if expression.text.lower() != "the night" or not _THROUGH_BEFORE.search(
        text, max(0, expression.start - 12), expression.start
    ):
        return None
    _, sentence_end = sentence_bounds(text, expression.start, expression.end)
    for later in expressions[index + 1 :]:
        if later.start >= sentence_end:
            break
        span = later.interval
        if (
            later.type is TimexType.TIME
            and span is not None
            and span.start is not None
            and span.grain < Grain.PART_OF_DAY
            and span.start.hour < 12
            and later.anchor is not Anchor.PREVIOUS
        ):
            return floor(span.start, Grain.DAY)
    return None


def _night_of(
    expression: TimeExpression,
    day: datetime,
    shift: int,
    tense: Tense,
    certainty: Certainty,
    anchor: Anchor,
) -> TimeExpression:
    """``expression`` read again as the night ``shift`` days from ``day``."""
    context = Context(
        dct=day, previous=None, sentence_previous=None, last_quarter=None, tense=tense
    )
    night = resolve(DayPart("NI", Shift(shift, Grain.DAY)), context)
    if night is None:
        return expression
    return attrs.evolve(
        expression,
        value=night.value,
        interval=night.interval,
        certainty=certainty,
        anchor=anchor,
    )


def _overnight_before_named_day(
    text: str, expressions: list[TimeExpression], dct: datetime | None
) -> tuple[TimeExpression, ...]:
    """ "overnight" is the night before the day its sentence names, else before the DCT; in a
    future, the DCT's own night. "the night" a sentence went through ends on the morning it
    names after.

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
        morning = _morning_after_the_night(text, expressions, index)
        if morning is not None:
            # "worked through the night to restore the generator, which was running again by
            # 7 a.m. on Thursday": the night went through ended that morning
            found[index] = _night_of(
                expression, morning, -1, Tense.PAST, Certainty.INFERRED, Anchor.PREVIOUS
            )
            continue
        if expression.text.lower() != "overnight":
            continue
        if tense_at(text, expression.start, expression.end) is Tense.FUTURE:
            # "a decision would be made overnight": the night still to come, the DCT's own
            found[index] = _night_of(
                expression, dct, 0, Tense.FUTURE, Certainty.ANCHORED, expression.anchor
            )
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
        found[index] = _night_of(
            expression, day, -1, Tense.PAST, Certainty.INFERRED, Anchor.PREVIOUS
        )
    return tuple(found)
