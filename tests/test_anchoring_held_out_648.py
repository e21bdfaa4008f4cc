"""Anchoring rules written in the eleventh 2026-12-07 session (batches 648 and later).

Each test restates one rule on sentences of its own. DCT: Friday 2024-03-15.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import timeline

from .conftest import when_of

DCT = "2024-03-15"


def _when(text: str, trigger: str) -> timeline.EventTime:
    return when_of(text, trigger, DCT)


def _starts_on(when: timeline.EventTime, day: date, ends_by: datetime) -> None:
    """Assert that the event started on ``day`` and ended by ``ends_by``."""
    assert when.earliest_start is not None
    assert when.latest_end is not None
    assert when.earliest_start.date() == day
    assert when.latest_end <= ends_by


def test_a_passive_participle_keeps_its_own_time_from_the_clause() -> None:
    """ "The hospital, a facility built in 1974, has been closed since the storm": 1974 is
    when the facility was built, not when anything of the clause happened."""
    text = (
        "The storm hit the town on Monday. San Lucan Hospital, a 220-bed facility built in "
        "1974, has been closed since the storm."
    )
    closed = _when(text, "closed")
    assert closed.earliest_start is None or closed.earliest_start.year >= 2024
    assert closed.latest_start is None or closed.latest_start.year >= 2024


def test_a_noun_held_at_a_time_dates_what_the_clause_tells_of_it() -> None:
    """ "The first round, held on Wednesday, produced no majority": the round was held on
    Wednesday, and so it produced no majority then."""
    text = "The first round, held on Wednesday, produced no majority among the candidates."
    _starts_on(_when(text, "produced"), date(2024, 3, 13), datetime(2024, 3, 14))


def test_a_short_remark_does_not_end_the_story_of_the_sentence_before() -> None:
    """ "The fire broke out ... on Wednesday. No one was injured. About 60 workers were
    evacuated from the hall": the evacuation goes on with Wednesday's story across the remark.
    A remark that looks back ("had been") is a story of its own."""
    text = (
        "The fire broke out in a turbine hall at about 10:40 p.m. on Wednesday. No one was "
        "injured. About 60 workers were evacuated from the hall."
    )
    _starts_on(_when(text, "evacuated"), date(2024, 3, 13), datetime(2024, 3, 15))
    looking_back = text.replace("No one was injured.", "The hall had been empty.")
    assert _when(looking_back, "evacuated").earliest_start is None


def test_what_happened_at_the_end_of_an_event_ends_it() -> None:
    """ "voted 5-2 at the end of a two-day meeting" on Wednesday: the meeting ran up to the
    vote, so it ended by Wednesday and began about two days before; "at the end of a debate
    that lasted nearly nine hours" bounds the debate to the day too."""
    meeting = _when(
        "The committee voted 5-2 on Wednesday at the end of a two-day meeting.", "meeting"
    )
    assert meeting.earliest_start is not None
    assert meeting.latest_end is not None
    assert meeting.earliest_start >= datetime(2024, 3, 11)
    assert meeting.latest_end <= datetime(2024, 3, 14)
    debate = _when(
        "The assembly approved the bill shortly after 3:40 p.m. on Wednesday, at the end of a "
        "debate that lasted nearly nine hours.",
        "debate",
    )
    _starts_on(debate, date(2024, 3, 13), datetime(2024, 3, 14))


def test_a_length_measuring_a_declared_noun_is_not_the_declaring() -> None:
    """ "declared three days of mourning starting on Saturday": the three days are the
    mourning's; the declaring is a moment before the DCT, not a stretch of three days (which
    made it end within the last three days)."""
    text = (
        "The storm hit the town on Monday. The mayor declared three days of mourning starting "
        "on Saturday."
    )
    declared = _when(text, "declared")
    assert (
        declared.earliest_end is None
        or declared.latest_end is None
        or (declared.latest_end - declared.earliest_end < timedelta(days=3))
    )
    assert declared.latest_start is None or declared.latest_start >= datetime(2024, 3, 15)
