"""Anchoring rules written in the fifteenth session (2026-12-07, batches 792 and later).

Each test restates one rule on sentences of its own. DCT: Friday 2024-03-15.
"""

from __future__ import annotations

from datetime import datetime

import timeline
from timeline.ordering.model import TimeRelation

from .conftest import assert_inside, when_of

DCT = "2024-03-15"


def _when(text: str, trigger: str) -> timeline.EventTime:
    return when_of(text, trigger, DCT)


def _not_from(text: str, trigger: str, moment: datetime) -> bool:
    """Whether the event ``trigger`` may start before ``moment`` (it was not given a time
    from then on)."""
    start = _when(text, trigger).earliest_start
    return start is None or start < moment


def _interval(text: str, expression: str) -> tuple[datetime | None, datetime | None]:
    """The interval the time expression ``expression`` of ``text`` resolves to."""
    found = [x for x in timeline.find_times(text, dct=DCT) if x.text == expression]
    assert len(found) == 1, found
    interval = found[0].interval
    assert interval is not None
    return interval.start, interval.end


def test_the_next_years_of_a_past_story_count_from_the_year_it_named() -> None:
    """ "withdrawn in 1967 ... spent the next 20 years rusting": 1967 to 1987, not twenty
    years from the DCT; "the previous three months" before "August 2020" end there."""
    text = (
        "The locomotive was withdrawn from service in 1967 and spent the next 20 years "
        "rusting in a scrapyard."
    )
    assert _interval(text, "the next 20 years") == (datetime(1967, 1, 1), datetime(1987, 1, 1))
    assert_inside(text, "rusting", DCT, datetime(1967, 1, 1), datetime(1988, 1, 1))
    text = (
        "The regulator opened its inquiry in August 2020 after the ombudsman received more "
        "than 3,000 calls in the previous three months."
    )
    assert _interval(text, "the previous three months") == (
        datetime(2020, 5, 1),
        datetime(2020, 8, 1),
    )
    # told of now, the next two years still start at the DCT
    text = "The company said on Monday it will cut 300 jobs over the next two years."
    assert _interval(text, "the next two years") == (datetime(2024, 3, 15), datetime(2026, 3, 15))


def test_a_saying_joined_to_a_perfect_does_not_take_its_since() -> None:
    """ "has guided runners since 2019 and said she plans to return": the saying is one
    telling, not something going on since 2019 (a second verb of the perfect is)."""
    text = (
        "Ferrand has guided visually impaired runners since 2019 and said she plans to "
        "return to the race next June."
    )
    said = _when(text, "said")
    assert said.earliest_start is None or said.earliest_start >= datetime(2024, 1, 1)
    text = "The city has been installing sirens and raising embankments since 2020."
    raising = _when(text, "raising")
    assert raising.earliest_start is not None
    assert raising.earliest_start.year >= 2019


def test_could_in_a_clause_of_time_on_a_past_step_is_past() -> None:
    """ "fought it for four hours before he could haul it aboard": a past ability, not a
    possibility still to come; "could resume" alone looks ahead."""
    text = (
        "The fisherman hooked the tuna at 9:15 a.m. on Tuesday and fought it for four hours "
        "before he could haul it aboard."
    )
    haul = _when(text, "haul")
    assert not (haul.relation is TimeRelation.AFTER and haul.to_dct)
    text = "Officials said production could resume within weeks."
    resume = _when(text, "resume")
    assert resume.relation is TimeRelation.AFTER
    assert resume.to_dct


def test_a_where_clause_in_the_simple_past_happens_at_its_verbs_scene() -> None:
    """ "had last seen her at 4 p.m. on March 24 at a campsite in the hills, where she ran
    off": the running off is dated by the seeing's time, not by the sentence before; the verb
    does not take the clause's own time ("was taken to hospital, where he remained in
    intensive care on Monday")."""
    text = (
        "The dog scratched at the farmhouse door at about 6:15 a.m. on Thursday. "
        "The family had last seen her at about 4 p.m. on March 2 at a campsite in the hills, "
        "where she ran off during a thunderstorm."
    )
    assert_inside(text, "ran", DCT, datetime(2024, 3, 2), datetime(2024, 3, 3))
    text = (
        "The injured paramedic was taken to the university hospital in Lausanne, where he "
        "remained in intensive care on Monday, a spokeswoman said."
    )
    assert _not_from(text, "taken", datetime(2024, 3, 11))
    # a place an event noun is told of is no scene ("warned of flooding in the highlands")
    text = (
        "The weather service warned on Monday of flash flooding in the eastern highlands, "
        "where the cyclone killed more than 300 people."
    )
    assert _not_from(text, "killed", datetime(2024, 3, 11))


def test_an_example_given_with_including_does_not_date_its_verb() -> None:
    """ "has voted in every general election since, including snap polls in 1951": 1951 is
    the example's year, not the voting's."""
    text = (
        "He has played in every final since, including replays in 1966 and 1970, and in most "
        "cup ties, the club said."
    )
    played = _when(text, "played")
    assert played.latest_end is None or played.latest_end.year > 1971
    replays = _when(text, "replays")
    assert replays.earliest_start is not None
    assert replays.earliest_start.year == 1966


def test_what_is_wished_done_has_no_past_tense() -> None:
    """ "wanted the tax reviewed in March 2025": the review is wished for, dated by its
    month; "had the roof repaired last year" is done."""
    text = "The opposition said it wanted the tax reviewed in March 2025."
    assert_inside(text, "reviewed", DCT, datetime(2025, 3, 1), datetime(2025, 4, 1))


def test_a_launched_campaign_runs_on_from_its_launch() -> None:
    """ "last month launched a campaign offering free caps": begun then, not over within the
    month (an offensive launched is one happening)."""
    text = "The charity last month launched a campaign offering free caps to pensioners."
    campaign = _when(text, "campaign")
    assert campaign.earliest_start is not None
    assert campaign.earliest_start >= datetime(2024, 1, 1)
    assert campaign.latest_end is None or campaign.latest_end > datetime(2024, 3, 1)


def test_an_event_noun_takes_the_time_of_the_clause_that_ran_it() -> None:
    """ "in tests she ran over five months last year": the tests, and what happened in them,
    are last year's."""
    text = (
        "Her filter removed about 90 percent of the particles in tests she ran at a "
        "university laboratory last year."
    )
    assert_inside(text, "tests", DCT, datetime(2023, 1, 1), datetime(2024, 1, 1))
    assert_inside(text, "removed", DCT, datetime(2023, 1, 1), datetime(2024, 1, 1))


def test_a_when_clause_dates_the_verb_its_infinitive_is_of() -> None:
    """ "declined to comment when contacted on Monday": the declining was on Monday, with or
    without a subject in the clause."""
    for text in (
        "Carrick declined to comment when contacted on Monday.",
        "Carrick declined to comment when he was contacted on Monday.",
    ):
        assert_inside(text, "declined", DCT, datetime(2024, 3, 11), datetime(2024, 3, 12))


def test_a_thing_of_a_year_does_not_date_the_verb() -> None:
    """ "A rare 1956 sports car ... has been found": the car's year, not the finding's."""
    text = "A rare 1956 Marlowe Comet sports car has been found under bales of hay in a barn."
    found = _when(text, "found")
    assert found.earliest_start is None or found.earliest_start.year > 1957


def test_a_when_clause_on_a_time_with_a_time_of_its_own_keeps_it() -> None:
    """ "had been discharging cargo since Monday when an explosion ripped through its deck at
    about 5:40 a.m. on Wednesday": the explosion is Wednesday's; "since 2011 when Gaddafi was
    toppled" still dates the toppling."""
    text = (
        "The tanker had been discharging cargo since Monday when an explosion ripped through "
        "its deck at about 5:40 a.m. on Wednesday, officials said."
    )
    assert_inside(text, "ripped", DCT, datetime(2024, 3, 13), datetime(2024, 3, 14))
    text = "Tensions have run high since 2011 when Gaddafi was toppled."
    assert_inside(text, "toppled", DCT, datetime(2011, 1, 1), datetime(2012, 1, 1))
