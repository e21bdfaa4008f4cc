"""The temporal resolver: recognize -> refine -> resolve, over plain text (no spaCy needed)."""

from __future__ import annotations

import re
from datetime import datetime
from typing import TypeVar

import attrs

from timeline.model import Grain, TimeExpression, TimeSpan, TimexType
from timeline.temporal.calendar import floor
from timeline.temporal.grammar_clock import the_part_of_day
from timeline.temporal.patterns_en import DAY_NUMBER, MONTH, WEEKDAY
from timeline.temporal.recognize import Candidate, recognize
from timeline.temporal.refine import REFINERS, signal_before
from timeline.temporal.reread import COORDINATION, reread
from timeline.temporal.resolve import Context, Resolution, resolve
from timeline.temporal.tense import (
    JOINED_CLAUSE,
    aside_around,
    perfect_since,
    reported_at,
    reported_would,
    sentence_bounds,
    tense_at,
)
from timeline.temporal.underspecified import Base, Clock, Shift, Weekday

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


_RANGE_OPENINGS = frozenset({"from", "between"})
_DEADLINE_NOUN_AFTER = re.compile(r"\s+(?:deadline|cut-?off|ultimatum)\b")
"""A noun a weekday names the limit of ("a Friday deadline")."""


_WINDOW_TO_BEFORE = re.compile(
    r"(?i:\b(?:hours|days|weeks|months|years|week|month|year|period)\s+(?:up\s+)?to\s+)$"
)
"""A measuring window that a day ends ("300 mm of rain in the 72 hours to Friday morning")."""


def _not_a_story_day(
    text: str, start: int, end: int, signal: str | None, between_end: bool
) -> bool:
    """Whether a day is named as the start of a stretch that went on ("had been spotted near
    the farm since Thursday"), as a limit ("missed a Friday deadline"), as an end of a
    stretch "between" two days ("210 millimetres of rain between Saturday and Tuesday") or as
    the end of a window something was measured over ("in the 72 hours to Friday morning"):
    not the day the story tells of, which a later bare clock time falls on."""
    return (
        signal in {"since", "between"}
        or between_end
        or _DEADLINE_NOUN_AFTER.match(text, end) is not None
        or _WINDOW_TO_BEFORE.search(text, max(0, start - 24), start) is not None
    )


_DAY_REACH = 500
"""How far back (in characters) a named day still dates a bare time of day: about the two or
three sentences of a paragraph that tells one night's events."""

_NEGATION = re.compile(
    r"(?i:\b(?:not|never|no|rul(?:ed|es|ing|e)\s+out|refus(?:ed|es|ing|e))\b|n['’]t\b)"
)
"""Words that negate a limit after them: "not before June", "ruled out lifting the restrictions
before the end of June" (an earliest time, still ahead)."""

# a year expression that scopes its sentence: it opens it ("Last year, ...", "In 2017, ...") or
# a "when" clause follows it ("since 2017, when ...")
_OPENING = re.compile(r"(?i:(?:(?:back\s+|earlier\s+|later\s+)?in|during|by)?)")
_COMMA = re.compile(r"\s*,")
_CLAUSE_OPENING_BEFORE = re.compile(r"(?:,\s*)?\b(?:and|but|while|whereas)\s+$")
_POSSESSIVE_AFTER = re.compile(r"['’]s\s")
_SUBJECT_AFTER = re.compile(r"\s+(?:a|an|the|its|their|his|her)\s")
_COORDINATE_AFTER = re.compile(r"\s*,\s*(?:and|but)\b")
_STATEMENT_ON = re.compile(
    r"\b(?:said|told\s+[A-Za-z]+|announced|added|statement|news\s+conference|briefing|interview)"
    r"\s+(?:[a-z]+\s+){0,2}on\s+$"
)
_COUNTED_BACK = re.compile(r"\b(?:earlier|before)$")
"""The end of a day counted back from the day named before ("a day earlier")."""
_HAD_BEFORE = re.compile(r"\bhad\s+(?:been\s+)?(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|id|t|ne)\b[^.;:]*$")
"""A past perfect before it in its sentence ("it had been sent from Plymouth ...")."""
_DATED_BEFORE = re.compile(r"\b(?:dated|postmarked|stamped)\s+$")
"""A document's date ("a pharmacy receipt dated Feb. 25")."""
_WRITING_DATED_BEFORE = re.compile(
    r"\b(?:entry|entries|letter|letters|diary|note|page|log),?\s+(?:dated|postmarked|stamped)\s+$"
)
"""The date of a diary entry or a letter, which tells of the events it dates ("An entry dated
Christmas Day 1887 describes ... shortly after 11 p.m.", "In one entry, dated March 3, 1944,
he describes ... at about 4 a.m."): unlike a receipt's, it is a day of the story."""
_PARTICIPLE_CLAUSE_AFTER = re.compile(r"\s*,\s+(?-i:[a-z]+ing)\s+(?!that\b|to\b)")
"""A participle clause after a comma ("in 2022, running in Kenya in March")."""
_SCOPED_CLAUSE = re.compile(r"\s*,?\s*(?:when|after)\b", re.IGNORECASE)
_DEADLINE_BEFORE = re.compile(r"\b(?:by|until|till|before)\s+$", re.IGNORECASE)


_RESCHEDULED = re.compile(
    r"(?i:\b(?:moved|postponed|delayed|pushed\s+back|rescheduled|deferred|put\s+off|"
    r"brought\s+forward)\s+(?:\w+\s+){0,3}?(?:to|for)\s+(?:the\s+)?)$"
)
"""A new date given to something put off or brought forward: "exams were moved to March"."""


_UNTIL_AFTER_WORDS = re.compile(
    r"\w[^.;:]*\s(?<!\bhad\s)(?<!\bhas\s)(?<!\bhave\s)(?<!\bgiven\s)(?<!\bgave\s)"
    r"(?:until|till)\s+(?:at\s+least\s+)?$"
)
"""An "until" right before an expression, with words of its clause before it (not a time
granted: "had until Friday to respond" is a deadline of the telling's own past)."""
_PAST_PERFECT = re.compile(r"\bhad\s+(?!until\b|till\b|to\b)[a-z]+\b[^.;:]*\s(?:until|till)\s")
_PAST_PERFECT_BEFORE_BY = re.compile(
    r"\bhad\s+(?:been\s+)?(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|id|t)\b(?:(?!\bto\b)[^.;:])*\bby\s+$"
)
"""A past perfect, with no infinitive after it, then the "by" right before a date."""
_WHEN_AFTER = re.compile(r"\s*,\s*when\s")
"""A past perfect before "until" and a "when" clause after the date ("had led the standings
until Monday, when he lost"): the end of a stretch told from a later past, so a past one, not
the nearer weekday of an end set ("had suspended deliveries until Friday" sets one)."""
_UNTIL_REACH = 120
"""How far back the words before "until" are looked for: a bound, so that a long run of text
with no sentence end costs no more than a short one."""


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
    if signal == "by" and _PAST_PERFECT_BEFORE_BY.search(
        text, max(sentence_start, candidate.start - 90), candidate.start
    ):
        # "said all customers had been refunded by the end of January": a past perfect's "by"
        # tells what was done by a time gone by, no deadline still ahead ("had been told to
        # inspect the pipes by the weekend" sets one)
        return "by then"
    if signal not in ("before", "until", "till"):
        return signal
    if _NEGATION.search(text, max(sentence_start, candidate.start - 60), candidate.start):
        return f"not {signal}"
    return signal


def _scope_week(
    text: str, sentence_start: int, sentence_end: int, expression: TimeExpression
) -> tuple[datetime, int] | None:
    """The Monday of the week ``expression`` sets for the rest of its clause, if it is a week
    that opens the sentence, and where that clause ends.

    Why: "Last week, the minister urged both sides to settle, warning on Wednesday that shops
    could run short": the weekday is that week's, whatever the tense of the words around it
    (but not in a clause joined after it: "Last week, the agency warned two firms, and on
    Monday it said").
    """
    interval = expression.interval
    if (
        expression.type is not TimexType.DATE
        or interval is None
        or interval.start is None
        or interval.grain is not Grain.WEEK
        or text[sentence_start : expression.start].strip(" \"'“‘")
        or not _COMMA.match(text, expression.end)
    ):
        return None
    joined = JOINED_CLAUSE.search(text, expression.end, sentence_end)
    return interval.start, joined.start() if joined is not None else sentence_end


_Scoped = TypeVar("_Scoped")


def _within(scope: tuple[int, _Scoped, int] | None, sentence_start: int, at: int) -> _Scoped | None:
    """What a scope (its sentence's start, what it sets, where it ends: see
    :func:`_scope_year` and :func:`_scope_week`) sets for an expression at ``at`` in the
    sentence starting at ``sentence_start``, if the expression is within it."""
    if scope is None or scope[0] != sentence_start or at >= scope[2]:
        return None
    return scope[1]


def _scope_year(
    text: str, sentence_start: int, sentence_end: int, expression: TimeExpression
) -> tuple[int, int] | None:
    """The year ``expression`` sets for the rest of its sentence, if it is a year that scopes it.

    Why: news resolves a month without a year against the DCT, but "Last year, a heatwave that
    lasted two weeks in July" and "since 2017, when fires killed 100 people in June" put the
    month in the year just named, and so does a clause telling what led to the year's event
    ("postponed a budget vote in 2018, after an October election left the country without a
    government"). A year merely mentioned earlier ("the firm, founded in 1998, said in March")
    does not.

    Returns the year and where its scope ends: the sentence's end, or for a year a "when"
    clause follows, the clause joined after it ("delayed last year when the maker fell
    behind, and again in February" names this February).
    """
    interval = expression.interval
    if (
        expression.type is not TimexType.DATE
        or interval is None
        or interval.start is None
        # "Last summer, a joint had to be repaired after a hot spell in early August": a
        # season within one year scopes it too (a winter runs into the next)
        or not (
            interval.grain is Grain.YEAR
            or (interval.grain is Grain.SEASON and interval.start.month != 12)
        )
    ):
        return None
    opening = _OPENING.fullmatch(text[sentence_start : expression.start].strip())
    # "the third medallist to retire this year, after a rower in February": the months
    # the sentence goes on to list are this year's
    this_year = expression.text.lower() == "this year"
    if (
        (opening or this_year)
        and _COMMA.match(text, expression.end)
        # "would cut 120 jobs this year, and in November it closed a newsroom": a clause of
        # its own follows, with its own time
        and not (this_year and _COORDINATE_AFTER.match(text, expression.end))
    ):
        return interval.start.year, sentence_end
    if (
        opening
        and expression.text.lower() == "next year"
        and _POSSESSIVE_AFTER.match(text, expression.end)
    ):
        # "Next year's championship will be held in Varnholm in August": next year, owning the
        # sentence's subject, scopes its clause (not "and tickets go on sale on Oct. 1"; and
        # "Last year's winner did not enter this year" tells of now)
        joined = JOINED_CLAUSE.search(text, expression.end, sentence_end)
        return interval.start.year, joined.start() if joined is not None else sentence_end
    if interval.grain is Grain.SEASON:
        # ("could begin next spring, after a competition due to close at the end of October":
        # what led to a season comes before it, in the year before for a spring)
        return None
    if (
        opening
        and not this_year
        and _SUBJECT_AFTER.match(text, expression.end)
        # (up to an attribution: "Last year exports fell 11 percent, the group said in
        # February": the saying's month is the DCT's neighbour)
        and "," not in text[expression.end : sentence_end]
    ):
        # "Last year the harvest in the region started on July 3": no comma, but the year
        # still opens the sentence
        return interval.start.year, sentence_end
    if _CLAUSE_OPENING_BEFORE.search(
        text, max(sentence_start, expression.start - 12), expression.start
    ) and _SUBJECT_AFTER.match(text, expression.end):
        # "Storms in 2022 destroyed a fifth of the crop, and last year a late frost in April
        # cost many estates a third": a year opening a clause scopes it
        return interval.start.year, sentence_end
    participle = _PARTICIPLE_CLAUSE_AFTER.match(text, expression.end)
    if participle is not None:
        # "She resumed in 2022, running in Kenya in March and in Japan in November": a
        # participle clause after the year tells what was done in it, up to its closing comma
        # (not "founded in 1998, making it the oldest, officials said in March")
        comma = text.find(",", participle.end(), sentence_end)
        return interval.start.year, comma if comma >= 0 else sentence_end
    if _SCOPED_CLAUSE.match(text, expression.end) and not _DEADLINE_BEFORE.search(
        text, max(0, expression.start - 8), expression.start
    ):
        # ("homes by 2026 when parliament returns from its Easter recess next month": the
        # clause is the plan's, not the deadline year's)
        joined = JOINED_CLAUSE.search(text, expression.end, sentence_end)
        return interval.start.year, joined.start() if joined is not None else sentence_end
    return None


_AND = re.compile(r"\band\b")
_ORDERING_WORD = re.compile(r"\b(?:after|before|since|when|until|till|following)\b", re.I)
_MONTH_PAIR = re.compile(r"\s+and\s+(?:[A-Za-z'’-]+\s+){0,6}in\s+")
"""What joins a second month to a first in one clause ("in May and a festival in August")."""
_RELATIVE_WORD = re.compile(r"\b(?:that|which|who)\b")
"""A relative pronoun: the opening of a clause that may tell of something else."""
_THAT_OR_HAD = re.compile(r"\b(?:that|had)\b")
_DAY_WORD = re.compile(rf"\b(?:{WEEKDAY}|(?i:today|yesterday|tonight)\b|{MONTH}\.?\s+{DAY_NUMBER})")
"""A day named (what a bare clock time before it in its sentence falls on)."""
_SPEAKER_BEFORE = re.compile(
    r"\b(?:said|says|told\s+[A-Za-z]+|added|wrote)\s+(?:[A-Za-z.'’-]+\s+){0,5}"
    r"(?-i:[A-Z])[A-Za-z.'’-]+(?:,\s+\d{1,3})?$"
)
"""An attribution that names its speaker, and the age after the name ("said passenger Ingrid
Solheim, 54")."""
_ASIDE_OPENING = re.compile(
    r",\s+(?:(?:(?:a|an|the)\s+(?:[A-Za-z-]+\s+){0,4})?(?:who|which|whose)\b"
    r"|(?-i:[a-z]+(?:ed|en))\s+by\b)"
)
"""The opening of an aside on a participant: a relative clause (after an appositive: ", a
retired schoolteacher who was born on May 25, 1934,"), or a passive participle with
its agent ("tabled by the opposition"; a bare "-ed" word after a comma is often the main verb
after an appositive: "Craig, the father's attorney, announced in Washington")."""


def _in_aside(text: str, sentence_start: int, sentence_end: int, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` sits in an aside set off by commas that describes a
    participant: "The motion, tabled by the opposition on Monday, passed shortly after 4 p.m."

    Why: such a date tells of the participant, not of the story's moment, so it is no day a
    later bare time of day ("4 p.m.") falls on, and no date later relative ones count from. An
    aside the sentence's end closes is none, as nothing of the story comes after it; except a
    speaker's relative clause after an attribution ("said passenger Ingrid Solheim, 54, who
    was travelling home after Christmas"), which tells of the speaker.
    """
    aside = aside_around(text, sentence_start, sentence_end, start, end, _ASIDE_OPENING)
    return aside is not None and (
        aside[1] < sentence_end
        # "..., said passenger Ingrid Solheim, 54, who was travelling home after spending
        # Christmas with her daughter": a speaker's relative clause tells of the speaker
        or _SPEAKER_BEFORE.search(text, max(sentence_start, aside[0] - 80), aside[0]) is not None
    )


_CLOCK_DAY_GAP = re.compile(r"\s*,?\s*(?:on\s+)?")
"""What may stand between a clock time and the day named right after it ("4 p.m. the same
day", "at 5:30 a.m. on the following day")."""


def _clock_on_day_told_after(
    text: str, clock: Candidate, following: Candidate | None
) -> Clock | None:
    """The day a bare clock time falls on when a day counted from the story's is named right
    after it: "read out shortly after 4 p.m. the same day", "spotted at 5:30 a.m. the
    following day".

    Why: TimeML marks the two as separate expressions, but the clock time is that day's, not
    the day named before it; resolving the clock on its own would date it by the last day
    named (or the DCT), and the day after it would then count from the clock time.
    """
    value = clock.parsed.value
    if following is None or not isinstance(value, Clock) or value.day is not None:
        return None
    day = following.parsed.value
    if (
        isinstance(day, Shift)
        and day.base is Base.PREVIOUS
        and day.grain is Grain.DAY
        and not day.keep_grain
        and _CLOCK_DAY_GAP.fullmatch(text, clock.end, following.start) is not None
    ):
        return attrs.evolve(value, day=day)
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
    past_day: TimeSpan | None = None  # the last of them not after the DCT's day
    dct_day_named = False  # whether one of them is the DCT's own day
    previous_signal: str | None = None  # the signal before the date named last
    previous_statement = False  # whether the date named last is a statement's day
    previous_not_story = False  # whether the date named last is no story day ("since Thursday")
    last_quarter: TimeSpan | None = None
    story_clock: TimeSpan | None = None  # the last time of day named near the DCT
    scope: tuple[int, int, int] | None = None  # (sentence start, year, where it ends)
    week_scope: tuple[int, datetime, int] | None = None  # (sentence start, Monday, end)
    recognized_all = list(recognize(text))
    held: tuple[Candidate, Context] | None = None  # a day a clock time before it resolved on
    for index, recognized in enumerate(recognized_all):
        candidate = recognized
        for refiner in REFINERS:
            candidate = refiner(text, candidate)
        if expressions and candidate.start < expressions[-1].end:
            # "14-month later yesterday": a modifier word the expression before already holds
            # is not this one's; the expressions of a text never overlap
            candidate = recognized
        sentence_start, sentence_end = sentence_bounds(text, candidate.start, candidate.end)
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
            scope_year=_within(scope, sentence_start, candidate.start),
            scope_week=_within(week_scope, sentence_start, candidate.start),
            coordinated=previous_weekday == previous_at >= 0
            and COORDINATION.fullmatch(text, previous_at, candidate.start) is not None,
            past_day=past_day,
            range_opened=previous_at >= sentence_start and previous_signal in _RANGE_OPENINGS,
            perfect_since=perfect_since(text, sentence_start, candidate.start),
            end_set=_UNTIL_AFTER_WORDS.search(
                text, max(sentence_start, candidate.start - _UNTIL_REACH), candidate.start
            )
            is not None
            and not (
                _WHEN_AFTER.match(text, candidate.end)
                and _PAST_PERFECT.search(
                    text, max(sentence_start, candidate.start - _UNTIL_REACH), candidate.start
                )
            ),
            reported_would=reported_would(text, sentence_start, candidate.start),
            reported_at=reported_at(text, sentence_start, candidate.start),
            day_named_after=_DAY_WORD.search(text, candidate.end, sentence_end) is not None,
            dct_day_named=dct_day_named,
            previous_statement=previous_statement,
            previous_not_story=previous_not_story,
            relative_after_previous=previous_at >= sentence_start
            and _RELATIVE_WORD.search(text, previous_at, candidate.start) is not None,
            apart_after_previous=previous_at >= sentence_start
            and _THAT_OR_HAD.search(text, previous_at, candidate.start) is not None,
            paired_ahead=previous_at >= sentence_start
            and previous is not None
            and previous.grain is Grain.MONTH
            and previous.start is not None
            and dct is not None
            and previous.start > dct
            and _MONTH_PAIR.fullmatch(text, previous_at, candidate.start) is not None,
            story_clock=story_clock,
            told_on=previous_at >= sentence_start
            and _AND.search(text, previous_at, candidate.start) is not None
            and _ORDERING_WORD.search(text, previous_at, candidate.start) is None,
        )
        if held is not None and held[0] is recognized:
            context = held[1]  # the day resolves as the clock time before it did
        following = recognized_all[index + 1] if index + 1 < len(recognized_all) else None
        on_day = _clock_on_day_told_after(text, candidate, following)
        held = (following, context) if on_day is not None and following is not None else None
        found = resolve(on_day, context) if on_day is not None else None
        if found is None:
            # (with no day before it to count from, "that day" is the clock time's own)
            held = None
            found = resolve(candidate.parsed.value, context)
        if found is None:
            continue
        expression = _expression(text, candidate, found)
        expressions.append(expression)
        scoped = _scope_year(text, sentence_start, sentence_end, expression)
        if scoped is not None:
            scope = (sentence_start, *scoped)
        week = _scope_week(text, sentence_start, sentence_end, expression)
        if week is not None:
            week_scope = (sentence_start, *week)
        span = found.interval
        if (
            expression.type in (TimexType.DATE, TimexType.TIME)
            and span is not None
            and span.start is not None
            and span.end is not None
            and not expression.value.endswith("_REF")
        ):
            aside = _in_aside(text, sentence_start, sentence_end, candidate.start, candidate.end)
            # "the company said in a statement on Sunday": the day of a statement, not of the
            # story a later bare clock time tells
            statement = (
                _STATEMENT_ON.search(text, max(0, candidate.start - 40), candidate.start)
                is not None
            )
            not_story = _not_a_story_day(
                text,
                candidate.start,
                candidate.end,
                context.signal,
                context.range_opened and previous_signal == "between",
            )
            # "a pharmacy receipt dated Feb. 25": a document's date, no day of the story, and
            # nothing "that evening" points back to
            dated = _DATED_BEFORE.search(
                text, max(0, candidate.start - 12), candidate.start
            ) is not None and not _WRITING_DATED_BEFORE.search(
                text, max(0, candidate.start - 24), candidate.start
            )
            # "found the parcel on Tuesday, and it had been sent a day earlier. She posted a
            # photograph the following day": a day counted back in a past perfect tells what
            # came before the story's day, which the story goes on counting from
            flashback = (
                _COUNTED_BACK.search(text, candidate.start, candidate.end) is not None
                and _HAD_BEFORE.search(text, sentence_start, candidate.start) is not None
            )
            aside = aside or dated or flashback
            if not aside:
                previous, previous_at = span, candidate.end
                previous_signal = context.signal
                previous_statement = statement
                previous_not_story = not_story
            if isinstance(candidate.parsed.value, Weekday):
                previous_weekday = candidate.end
            if (
                span.grain <= Grain.DAY
                and candidate.rule != the_part_of_day.name
                and not aside
                and not statement
                and not not_story
            ):
                # ("through the night" names no day: it is the one the story is telling of)
                days.append((span, candidate.end))
                if span.grain < Grain.DAY:
                    story_clock = span
                if dct is None or floor(span.start, Grain.DAY) <= floor(dct, Grain.DAY):
                    past_day = span
                if dct is not None and floor(span.start, Grain.DAY) == floor(dct, Grain.DAY):
                    dct_day_named = True
            if span.grain is Grain.QUARTER and candidate.rule.startswith("[the] <ordinal>"):
                last_quarter = span
    return reread(text, expressions, dct)
