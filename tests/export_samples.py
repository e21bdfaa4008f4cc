"""Hand-built timelines for the export tests, and a Hypothesis strategy of arbitrary ones.

The exporters only read value objects, so they are tested on timelines built here rather than on
the pipeline's output: a test then fails for an exporter bug, not for an extraction change.
"""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import strategies as st

from timeline.events.model import (
    Aspect,
    Event,
    EventClass,
    Factuality,
    Participant,
    Polarity,
    Role,
    Tense,
)
from timeline.model import (
    Anchor,
    Certainty,
    Duration,
    Grain,
    Mod,
    TimeExpression,
    TimeSpan,
    TimexType,
)
from timeline.ordering.model import EventTime, LinkKind, Timeline, TimeRelation, TLink

DCT = datetime(2020, 6, 15)

SAMPLE_TEXT = (
    "On Sunday, Russia and Turkey postponed talks on Libya & Syria.\n"
    'Cavusoglu said the <core> issues were "unrelated".\n'
    "The GNA has advanced for weeks. Libya has been mired in turmoil since 2011.\n"
    "Turkey will continue talks. The push last week came despite a proposal."
)


def _at(word: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = SAMPLE_TEXT.index(word, start + 1)
    return start, start + len(word)


def _timex(word: str, type_: TimexType, value: str, **extra: object) -> TimeExpression:
    start, end = _at(word)
    return TimeExpression(word, start, end, type_, value, **extra)  # type: ignore[arg-type]


def _event(word: str, sentence: int, kind: EventClass, **extra: object) -> Event:
    start, end = _at(word)
    return Event(word, start, end, word.lower(), sentence, "VERB", kind, **extra)  # type: ignore[arg-type]


def sample_timeline() -> Timeline:
    """A small timeline shaped like the seed article: closed, open-ended and unknown times."""
    sunday = _timex(
        "Sunday",
        TimexType.DATE,
        "2020-06-14",
        interval=TimeSpan(datetime(2020, 6, 14), datetime(2020, 6, 15), Grain.DAY),
        certainty=Certainty.INFERRED,
        anchor=Anchor.DCT,
        rule="on <weekday>",
    )
    weeks = _timex(
        "weeks", TimexType.DURATION, "PXW", duration=Duration(None, Grain.WEEK), rule="<unit>s"
    )
    since = _timex(
        "2011",
        TimexType.DATE,
        "2011",
        interval=TimeSpan(datetime(2011, 1, 1), datetime(2012, 1, 1), Grain.YEAR),
        rule="<year>",
    )
    last_week = _timex(
        "last week",
        TimexType.DATE,
        "2020-W24",
        mod=Mod.END,
        interval=TimeSpan(datetime(2020, 6, 8), datetime(2020, 6, 15), Grain.WEEK),
        certainty=Certainty.ANCHORED,
        anchor=Anchor.DCT,
        rule="last <unit>",
    )
    postponed = _event(
        "postponed",
        0,
        EventClass.OCCURRENCE,
        tense=Tense.PAST,
        participants=(
            Participant(Role.AGENT, "Russia", *_at("Russia"), label="GPE"),
            Participant(Role.AGENT, "Turkey", *_at("Turkey"), label="GPE"),
            Participant(Role.THEME, "talks", *_at("talks")),
        ),
        when=EventTime(
            earliest_start=datetime(2020, 6, 14),
            latest_start=datetime(2020, 6, 15),
            earliest_end=datetime(2020, 6, 14),
            latest_end=datetime(2020, 6, 15),
            anchor=sunday,
            relation=TimeRelation.IS_INCLUDED,
            link=LinkKind.SYNTAX,
            certainty=Certainty.ANCHORED,
            dct=date(2020, 6, 15),
        ),
    )
    said = _event(
        "said",
        1,
        EventClass.REPORTING,
        tense=Tense.PAST,
        participants=(Participant(Role.AGENT, "Cavusoglu", *_at("Cavusoglu"), label="PERSON"),),
        when=EventTime(
            datetime(2020, 6, 15),
            datetime(2020, 6, 16),
            datetime(2020, 6, 15),
            datetime(2020, 6, 16),
            to_dct=True,
            relation=TimeRelation.IS_INCLUDED,
            link=LinkKind.TENSE,
            dct=date(2020, 6, 15),
        ),
    )
    advanced = _event(
        "advanced",
        2,
        EventClass.OCCURRENCE,
        tense=Tense.PRESENT,
        aspect=Aspect.PERFECTIVE,
        when=EventTime(
            latest_start=datetime(2020, 6, 8),
            earliest_end=datetime(2020, 6, 15),
            latest_end=datetime(2020, 6, 16),
            anchor=weeks,
            relation=TimeRelation.ENDS,
            link=LinkKind.DURATION,
            dct=date(2020, 6, 15),
        ),
    )
    mired = _event(
        "mired",
        3,
        EventClass.STATE,
        tense=Tense.PRESENT,
        aspect=Aspect.PERFECTIVE,
        when=EventTime(
            earliest_start=datetime(2011, 1, 1),
            latest_start=datetime(2012, 1, 1),
            anchor=since,
            relation=TimeRelation.BEGUN_BY,
            link=LinkKind.SYNTAX,
            certainty=Certainty.STATED,
            dct=date(2020, 6, 15),
        ),
    )
    push = _event(
        "push",
        5,
        EventClass.OCCURRENCE,
        when=EventTime(
            datetime(2020, 6, 8),
            datetime(2020, 6, 15),
            datetime(2020, 6, 8),
            datetime(2020, 6, 15),
            anchor=last_week,
            relation=TimeRelation.IS_INCLUDED,
            link=LinkKind.SYNTAX,
            certainty=Certainty.ANCHORED,
        ),
    )
    continue_ = _event(
        "continue",
        4,
        EventClass.ASPECTUAL,
        tense=Tense.FUTURE,
        modality="will",
        factuality=Factuality.PLANNED,
        when=EventTime(earliest_start=datetime(2020, 6, 15), to_dct=True, link=LinkKind.TENSE),
    )
    proposal = _event(
        "proposal", 5, EventClass.I_ACTION, polarity=Polarity.POS, factuality=Factuality.UNCERTAIN
    )
    events = (mired, advanced, push, postponed, said, continue_, proposal)
    return Timeline(
        text=SAMPLE_TEXT,
        dct=DCT,
        events=events,
        expressions=(sunday, weeks, since, last_week),
        tlinks=(
            TLink(postponed, sunday, TimeRelation.IS_INCLUDED, LinkKind.SYNTAX),
            TLink(said, "DCT", TimeRelation.IS_INCLUDED, LinkKind.TENSE),
            TLink(postponed, said, TimeRelation.BEFORE, LinkKind.SIGNAL),
            TLink(sunday, "DCT", TimeRelation.BEFORE),
        ),
    )


# --- Hypothesis ------------------------------------------------------------------------------

ALL_YEARS = st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 30))
"""Every instant ``datetime`` allows (but its last day): the JSON round trip must keep them all."""

NEWS_YEARS = st.datetimes(min_value=datetime(1000, 1, 1), max_value=datetime(3000, 1, 1))
"""The years articles talk about; for outputs that print calendar summaries of the bounds."""

_short = st.text(max_size=12)


@st.composite
def spans(draw: st.DrawFn, instants: st.SearchStrategy[datetime] = ALL_YEARS) -> TimeSpan:
    """A TimeSpan with start <= end, either side possibly open."""
    first, second = sorted([draw(instants), draw(instants)])
    return TimeSpan(
        draw(st.none() | st.just(first)),
        draw(st.none() | st.just(second)),
        draw(st.sampled_from(Grain)),
        draw(st.sampled_from(Certainty)),
    )


_durations = st.builds(
    Duration,
    st.none() | st.integers(-1000, 1000) | st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(Grain),
)


def expressions(
    instants: st.SearchStrategy[datetime] = ALL_YEARS,
) -> st.SearchStrategy[TimeExpression]:
    """Time expressions with arbitrary fields (offsets need not fit any text)."""
    return st.builds(
        TimeExpression,
        text=_short,
        start=st.integers(0, 10_000),
        end=st.integers(0, 10_000),
        type=st.sampled_from(TimexType),
        value=_short,
        mod=st.none() | st.sampled_from(Mod),
        interval=st.none() | spans(instants),
        duration=st.none() | _durations,
        certainty=st.sampled_from(Certainty),
        anchor=st.sampled_from(Anchor),
        rule=_short,
        quant=st.none() | _short,
        freq=st.none() | _short,
    )


def event_times(
    anchors: st.SearchStrategy[TimeExpression], instants: st.SearchStrategy[datetime]
) -> st.SearchStrategy[EventTime]:
    """EventTimes whose anchor is drawn from ``anchors`` (or absent); the DCT may be a date."""
    bound = st.none() | instants
    return st.builds(
        EventTime,
        earliest_start=bound,
        latest_start=bound,
        earliest_end=bound,
        latest_end=bound,
        anchor=st.none() | anchors,
        to_dct=st.booleans(),
        relation=st.none() | st.sampled_from(TimeRelation),
        link=st.sampled_from(LinkKind),
        certainty=st.sampled_from(Certainty),
        dct=st.none() | instants.map(lambda moment: moment.date()) | instants,
    )


def events(
    anchors: st.SearchStrategy[TimeExpression], instants: st.SearchStrategy[datetime] = ALL_YEARS
) -> st.SearchStrategy[Event]:
    """Events with arbitrary TimeML attributes, participants and times."""
    participant = st.builds(
        Participant,
        st.sampled_from(Role),
        _short,
        st.integers(0, 10_000),
        st.integers(0, 10_000),
        st.none() | _short,
    )
    return st.builds(
        Event,
        text=_short,
        start=st.integers(0, 10_000),
        end=st.integers(0, 10_000),
        lemma=_short,
        sentence=st.integers(0, 500),
        pos=st.sampled_from(["VERB", "NOUN", "ADJ", "OTHER"]),
        kind=st.sampled_from(EventClass),
        tense=st.sampled_from(Tense),
        aspect=st.sampled_from(Aspect),
        polarity=st.sampled_from(Polarity),
        modality=st.none() | st.sampled_from(["will", "may", "could"]),
        factuality=st.sampled_from(Factuality),
        participants=st.lists(participant, max_size=3).map(tuple),
        when=st.none() | event_times(anchors, instants),
    )


@st.composite
def timelines(draw: st.DrawFn, instants: st.SearchStrategy[datetime] = ALL_YEARS) -> Timeline:
    """Arbitrary timelines: anchors and TLINK ends are shared objects or stray (inline) ones."""
    fresh = expressions(instants)
    times = tuple(draw(st.lists(fresh, max_size=4)))
    anchors = st.sampled_from(times) | fresh if times else fresh
    found = tuple(draw(st.lists(events(anchors, instants), max_size=4)))
    ends: st.SearchStrategy[object] = st.just("DCT") | anchors | events(anchors, instants)
    if found:
        ends = ends | st.sampled_from(found)
    links = draw(
        st.lists(
            st.builds(TLink, ends, ends, st.sampled_from(TimeRelation), st.sampled_from(LinkKind)),
            max_size=4,
        )
    )
    return Timeline(
        text=draw(st.text(max_size=40)),
        dct=draw(st.none() | instants),
        events=found,
        expressions=times,
        tlinks=links,
    )
