"""What a grammar rule knows before resolution: typed, underspecified time values.

HeidelTime passes strings such as ``UNDEF-last-week`` between its phases and parses them again
with ``startsWith``; here every kind of partial knowledge is its own small frozen class, and
:mod:`timeline.temporal.resolve` (with its ``resolve_*`` helpers) has one function per class.
"""

from __future__ import annotations

import enum

import attrs

from timeline.model import Grain

__all__ = [
    "Absolute",
    "Base",
    "Clock",
    "DayPart",
    "Frequency",
    "Holiday",
    "Length",
    "Period",
    "Ref",
    "Shift",
    "Underspecified",
    "Weekday",
    "Weekend",
]


class Base(enum.Enum):
    """What a relative value counts from: the DCT ("two days ago") or the previous date
    mentioned ("two days later"); in narrative mode both fall back to the previous date."""

    DCT = "dct"
    PREVIOUS = "previous"


@attrs.frozen
class Absolute:
    """A date named by calendar fields: "June 14, 2020", "June 2020", "the 1990s", "14 June".

    Attributes:
        grain: DAY, MONTH, YEAR, DECADE, CENTURY or MILLENNIUM.
        year: the year (first year of a decade/century); ``None`` when the text omits it.
        month: 1-12 or ``None``.
        day: 1-31 or ``None``.
        direction: for a month without a year, -1 "last March" (the latest before the DCT),
            +1 "next March", 0 "this March" (the DCT's year), ``None`` to decide by tense.
        year_shift: the year relative to the DCT's ("July last year" is -1).
        week: for grain WEEK, the week of the month: 1-4 ("the second week of January"), -1
            for the last.
        from_previous: ``direction`` counts from the date named before, not the DCT ("the
            following January" after "June 2021" is 2022-01).
    """

    grain: Grain
    year: int | None = None
    month: int | None = None
    day: int | None = None
    direction: int | None = None
    year_shift: int | None = None
    week: int | None = None
    from_previous: bool = False


@attrs.frozen
class Holiday:
    """A named day: "Christmas", "Thanksgiving Day", "last Easter".

    Attributes:
        name: the key in :data:`timeline.temporal.holidays_en.HOLIDAYS`.
        year: the year if stated.
        direction: -1 "last Christmas", +1 "next Easter", ``None`` to decide by tense.
        weekend: the weekend the holiday belongs to ("the Labor Day weekend"), not the day.
    """

    name: str
    year: int | None = None
    direction: int | None = None
    weekend: bool = False


@attrs.frozen
class Period:
    """A numbered part of a year: "the third quarter", "the first half", "this spring".

    Attributes:
        grain: QUARTER, HALF_YEAR or SEASON.
        index: quarter 1-4, half 1-2, or the first month of the season (12, 3, 6, 9).
        year: the year if stated; ``None`` to infer from the DCT and tense.
        shift: -1 for "last summer", +1 for "next spring", ``None`` when not said.
        year_shift: the year relative to the DCT's ("the third quarter of last year" is -1).
        of_previous: in the year of the last date mentioned ("that summer"); for an unnumbered
            quarter ("the same period"), the quarter mentioned last.
    """

    grain: Grain
    index: int | None
    year: int | None = None
    shift: int | None = None
    year_shift: int | None = None
    of_previous: bool = False


@attrs.frozen
class Shift:
    """A unit counted from an anchor: "today" (0 DAY), "last week" (-1 WEEK), "two days ago".

    Attributes:
        amount: units to move (negative = back).
        grain: the unit.
        base: DCT or the previous mention ("three years later", "the following week").
        keep_grain: keep the anchor's finer grain ("a year earlier" after a quarter is that
            quarter a year before, as TimeBank annotates it).
        result_grain: the grain of the result when it differs from the unit counted ("a year
            ago today" counts years but names a day).
    """

    amount: int
    grain: Grain
    base: Base = Base.DCT
    keep_grain: bool = False
    result_grain: Grain | None = None


@attrs.frozen
class Weekday:
    """A named weekday: "Sunday" (direction from tense), "last Friday" (shift -1).

    Attributes:
        weekday: ISO weekday, Monday = 1.
        shift: -1 last, +1 next, 0 this, -2 a possessive ("Friday's"): the most recent one
            including the DCT unless the sentence looks ahead
            ("Friday's vote"), ``None`` to decide by tense.
        base: what "next"/"last" count from ("the following Monday" counts from the previous
            date mentioned).
        week: the ISO week relative to the DCT's when the text names it ("Wednesday next
            week" is +1), ``None`` when it does not.
    """

    weekday: int
    shift: int | None = None
    base: Base = Base.DCT
    week: int | None = None


@attrs.frozen
class Weekend:
    """A weekend: "the weekend", "last weekend" (value ``2020-W24-WE``).

    Attributes:
        shift: -1 the last one, +1 the next one, 0 this week's, ``None`` to decide by tense.
        from_previous: counted from the day named before ("the following weekend", "the
            previous weekend"), not from the DCT.
    """

    shift: int | None = None
    from_previous: bool = False
    day: Absolute | None = None
    """A day of the weekend's week ("the weekend of Sept. 14"), which fixes it."""


@attrs.frozen
class Clock:
    """A clock time, on a day given by another value or the anchor's day: "3 p.m. Wednesday".

    Attributes:
        hour: 0-24.
        minute: 0-59 or ``None`` for a full hour.
        day: the day's own underspecified value, or ``None`` for the anchor's day.
    """

    hour: int
    minute: int | None = None
    day: Underspecified | None = None


@attrs.frozen
class DayPart:
    """A part of a day: "Monday morning", "tonight", "last night".

    Attributes:
        code: TIMEX3 part code (MO, AF, EV, NI, MI, DT).
        day: the day's value, or ``None`` for the anchor's day.
    """

    code: str
    day: Underspecified | None = None


@attrs.frozen
class Ref:
    """A vague reference: PAST_REF ("recently"), PRESENT_REF ("now"), FUTURE_REF."""

    value: str


@attrs.frozen
class Length:
    """A duration: "14-month", "several days", "the past two weeks".

    Attributes:
        amount: number of units, ``None`` when unknown ("weeks").
        grain: the unit.
        placed: -1 when the text places it as ending at the anchor ("the past two weeks"),
            +1 when it starts there ("the next two weeks"), 0 when it floats.
        told_from: -1 when its determiner may count back from a time the story tells of,
            not only from now ("the previous three months", "the preceding year"), +1 when
            it may count on from one ("the next 20 years", "the following two weeks"), 0
            otherwise.
    """

    amount: float | None
    grain: Grain
    placed: int = 0
    told_from: int = 0


@attrs.frozen
class Elapsed:
    """A length since the time named before: "about two hours later", "an hour earlier".

    TimeML tags the length (a DURATION, "over an hour" later in TBAQ), but where the story now
    is, the length counted from the time named before, still dates what happened then.

    Attributes:
        length: the length, the TIMEX3 value.
        shift: the same length counted from the previous mention, the interval.
    """

    length: Length
    shift: Shift


@attrs.frozen
class Frequency:
    """A SET: "every Sunday" (``XXXX-WXX-7``, quant EVERY), "twice a year" (``P1Y``, freq 2X).

    Attributes:
        value: the TIMEX3 value.
        quant: the TIMEX3 quant, if any.
        freq: the TIMEX3 freq, if any.
    """

    value: str
    quant: str | None = None
    freq: str | None = None


Underspecified = (
    Absolute
    | Holiday
    | Period
    | Shift
    | Weekday
    | Weekend
    | Clock
    | DayPart
    | Ref
    | Length
    | Elapsed
    | Frequency
)
"""Every kind of partial knowledge a rule can produce."""
