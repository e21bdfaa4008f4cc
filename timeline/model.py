"""The value objects every stage of the pipeline passes on: times, durations, time expressions.

All classes are frozen, slotted attrs classes: stages are pure functions that build new values and
never mutate what they were given (chrono's refiners mutate results in place; we do not).
Event-side values live in :mod:`timeline.events.model`, timeline-side ones in
:mod:`timeline.ordering.model`.
"""

from __future__ import annotations

import enum
from datetime import datetime

import attrs

__all__ = [
    "Anchor",
    "Certainty",
    "Duration",
    "Grain",
    "Mod",
    "TimeExpression",
    "TimeSpan",
    "TimexType",
]


class Grain(enum.IntEnum):
    """The granularity of a time value, ordered from fine to coarse (duckling's ``Grain``).

    Being an ``IntEnum`` makes "coarser than" a plain comparison: ``Grain.WEEK > Grain.DAY``.
    ``PART_OF_DAY`` (morning, night) sits between hours and days; ``SEASON`` between months and
    quarters.
    """

    SECOND = 1
    MINUTE = 2
    HOUR = 3
    PART_OF_DAY = 4
    DAY = 5
    WEEK = 6
    MONTH = 7
    SEASON = 8
    QUARTER = 9
    HALF_YEAR = 10
    YEAR = 11
    DECADE = 12
    CENTURY = 13
    MILLENNIUM = 14


class Certainty(enum.Enum):
    """Where a value came from (chrono's known vs implied values, made explicit per value).

    ``STATED``: everything is in the text ("June 14, 2020"). ``ANCHORED``: computed from an
    anchor by calendar arithmetic that the text fully determines ("last week", "two days ago").
    ``INFERRED``: a guess the text does not fix, such as the year of a bare "in May", a weekday
    whose direction comes from tense, or a vague reference such as "recently".
    """

    STATED = "stated"
    ANCHORED = "anchored"
    INFERRED = "inferred"


class TimexType(enum.Enum):
    """The TimeML TIMEX3 ``type`` attribute."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Mod(enum.Enum):
    """The TimeML TIMEX3 ``mod`` attribute ("early March" is START, "about two weeks" APPROX)."""

    START = "START"
    MID = "MID"
    END = "END"
    APPROX = "APPROX"
    BEFORE = "BEFORE"
    AFTER = "AFTER"
    ON_OR_BEFORE = "ON_OR_BEFORE"
    ON_OR_AFTER = "ON_OR_AFTER"
    LESS_THAN = "LESS_THAN"
    MORE_THAN = "MORE_THAN"
    EQUAL_OR_LESS = "EQUAL_OR_LESS"
    EQUAL_OR_MORE = "EQUAL_OR_MORE"


class Anchor(enum.Enum):
    """What a value was resolved against: the DCT, an earlier expression, or nothing.

    HeidelTime resolves news against the DCT and narratives against the last mentioned date;
    recording which one was used lets a user judge a value ("three years later" rests on the
    previous date, not on the article's).
    """

    DCT = "dct"
    PREVIOUS = "previous"
    NONE = "none"


def _check_interval(
    instance: TimeSpan, _attribute: attrs.Attribute[datetime | None], _value: datetime | None
) -> None:
    if instance.start is not None and instance.end is not None and instance.start > instance.end:
        raise ValueError(f"TimeSpan start {instance.start} is after its end {instance.end}")


@attrs.frozen
class TimeSpan:
    """A real, half-open interval of time ``[start, end)`` with a granularity.

    Attributes:
        start: first instant inside the interval; ``None`` when open to the past ("until June").
        end: first instant after the interval; ``None`` when open to the future ("since 2011").
        grain: the unit the interval was stated in (``DAY`` for "Sunday", ``WEEK`` for "last week").
        certainty: how the interval was obtained (see :class:`Certainty`).
    """

    start: datetime | None = attrs.field(validator=_check_interval)
    end: datetime | None
    grain: Grain
    certainty: Certainty = Certainty.STATED

    @property
    def is_open(self) -> bool:
        """True when one side is unbounded ("since 2011", "until June")."""
        return self.start is None or self.end is None

    def contains(self, instant: datetime) -> bool:
        """Whether ``instant`` lies inside ``[start, end)``; an open side contains everything."""
        after_start = self.start is None or self.start <= instant
        before_end = self.end is None or instant < self.end
        return after_start and before_end

    @classmethod
    def of(
        cls, instant: datetime, grain: Grain, certainty: Certainty = Certainty.STATED
    ) -> TimeSpan:
        """The ``grain`` unit containing ``instant`` (the ISO week, the quarter...)."""
        from timeline.temporal.calendar import span_of

        return span_of(instant, grain, certainty)

    def timex_value(self) -> str | None:
        """The TIMEX3 date value of a closed span at its grain ("2020-W24"); ``None`` if open."""
        from timeline.temporal.calendar import timex_date_value

        return (
            None
            if self.start is None or self.end is None
            else timex_date_value(self.start, self.grain)
        )


@attrs.frozen
class Duration:
    """An amount of time with a unit: "14-month" is ``Duration(14, Grain.MONTH)``.

    Attributes:
        amount: how many units; ``None`` when the text does not say ("weeks", "several days").
        unit: the unit, as a :class:`Grain`.
    """

    amount: float | None
    unit: Grain

    def timex_value(self) -> str:
        """The TIMEX3 duration value: "P14M", "PXW" (amount unknown), "PT30M"."""
        from timeline.temporal.calendar import timex_duration_value

        return timex_duration_value(self.amount, self.unit)


@attrs.frozen
class TimeExpression:
    """One time expression found in the text, with its TimeML value and its real meaning.

    Attributes:
        text: the expression as written; always ``document[start:end]``.
        start: character offset of its first character in the input text.
        end: character offset just after its last character.
        type: the TIMEX3 type (DATE, TIME, DURATION, SET).
        value: the TIMEX3 value string ("2020-06-14", "2020-W24", "P14M", "PAST_REF", "XXXX-WXX-7").
        mod: the TIMEX3 mod, if any ("early March" is START).
        interval: the real interval the expression denotes, if it denotes one. A duration has one
            too when the text places it ("the past two weeks" ends at the DCT); a length since
            the time named before ("about two hours later", anchor PREVIOUS) has the time it
            reaches.
        duration: the length, for DURATION values ("weeks" has an unknown amount).
        certainty: how sure the value is (see :class:`Certainty`).
        anchor: what the value was resolved against.
        rule: the name of the grammar rule that recognised it, for debugging (duckling-style names).
        quant: the TIMEX3 ``quant`` of a SET ("EVERY"), if any.
        freq: the TIMEX3 ``freq`` of a SET ("2X" in "twice a year"), if any.
    """

    text: str
    start: int
    end: int
    type: TimexType
    value: str
    mod: Mod | None = None
    interval: TimeSpan | None = None
    duration: Duration | None = None
    certainty: Certainty = Certainty.STATED
    anchor: Anchor = Anchor.NONE
    rule: str = ""
    quant: str | None = None
    freq: str | None = None
