"""Event-time relations of the linking rules, on short texts through ``timeline.extract``.

These check the TimeML relation written for an event and the time expression it is linked to,
the way TimeBank's annotators relate them, not only that some link exists.
"""

from __future__ import annotations

from datetime import datetime

import pytest

import timeline
from timeline.events.model import Event
from timeline.model import TimeExpression
from timeline.ordering.model import Timeline, TimeRelation

DCT = "2020-06-15"


def _relation(tl: Timeline, event_text: str, time_text: str) -> TimeRelation | None:
    """The relation of the event ``event_text`` to the time expression containing ``time_text``."""
    for link in tl.tlinks:
        source, target = link.source, link.target
        if (
            isinstance(source, Event)
            and isinstance(target, TimeExpression)
            and source.text == event_text
            and time_text in target.text
        ):
            return link.relation
    return None


def test_an_event_inside_a_stretch_is_included_in_it() -> None:
    tl = timeline.extract("Prices rose sharply in the past two weeks.", dct=DCT)
    assert _relation(tl, "rose", "two weeks") is TimeRelation.IS_INCLUDED


def test_an_event_that_lasts_a_stretch_is_during_it() -> None:
    tl = timeline.extract("The rebels fought for three weeks.", dct=DCT)
    assert _relation(tl, "fought", "three weeks") is TimeRelation.DURING


def test_the_object_noun_of_a_dated_verb_is_inside_its_date() -> None:
    tl = timeline.extract("The company reported a loss on Friday.", dct=DCT)
    assert _relation(tl, "reported", "Friday") is TimeRelation.IS_INCLUDED
    assert _relation(tl, "loss", "Friday") is TimeRelation.IS_INCLUDED


def test_the_date_of_a_noun_does_not_climb_to_the_verb_that_takes_it() -> None:
    tl = timeline.extract("Officials criticized the attack on Friday.", dct=DCT)
    assert _relation(tl, "criticized", "Friday") is TimeRelation.IS_INCLUDED
    tl = timeline.extract("Officials criticized the Friday attack.", dct=DCT)
    assert _relation(tl, "criticized", "Friday") is None


def test_until_now_ends_the_event_rather_than_containing_it() -> None:
    tl = timeline.extract("Female pilots were held up until now by the lack of jobs.", dct=DCT)
    assert _relation(tl, "held", "now") is TimeRelation.ENDED_BY


def test_the_base_of_a_comparison_does_not_date_the_event() -> None:
    tl = timeline.extract("The gain left wages 3.8 percent higher than a year earlier.", dct=DCT)
    assert _relation(tl, "left", "a year earlier") is None


def test_an_event_noun_said_to_occur_shares_its_verbs_time() -> None:
    tl = timeline.extract(
        "Clashes erupted in the capital on Sunday. The talks took place in Geneva last week.",
        dct=DCT,
    )
    by_text = {event.text: event for event in tl}
    # erupting is the clashes' beginning: they began on Sunday and may still go on
    assert str(by_text["Clashes"].when) == "2020-06-14 .. ongoing"
    assert _relation(tl, "Clashes", "Sunday") is TimeRelation.BEGUN_BY
    assert str(by_text["talks"].when) == "2020-W24"


def test_a_subject_that_breaks_out_or_ends_begins_or_ends_then() -> None:
    tl = timeline.extract(
        "The fire broke out late on Wednesday near the town and has since burned through "
        "15,000 hectares. The strike ended on Friday.",
        dct=DCT,
    )
    by_text = {event.text: event for event in tl}
    fire, burned = by_text["fire"], by_text["burned"]
    assert str(fire.when) == "2020-06-10 .. ongoing"
    # "has since burned": since the outbreak, up to the DCT
    assert burned.when.earliest_start == fire.when.earliest_start
    assert burned.when.latest_end == datetime(2020, 6, 16)
    assert str(by_text["ended"].when) == "2020-06-12"
    assert str(by_text["strike"].when) == "ended 2020-06-12"


def test_a_verb_with_an_object_says_nothing_of_its_subjects_start() -> None:
    tl = timeline.extract("The strike began a new phase on Friday.", dct=DCT)
    strike = next(event for event in tl if event.text == "strike")
    assert strike.when.earliest_start is None


def test_the_subject_of_an_ordinary_verb_does_not_share_its_time() -> None:
    # the investigation went on before it revealed anything on Sunday
    tl = timeline.extract("The investigation revealed new evidence on Sunday.", dct=DCT)
    investigation = next(event for event in tl if event.text == "investigation")
    assert str(investigation.when) != "2020-06-14"


def test_the_means_and_a_while_clause_share_the_main_events_time() -> None:
    tl = timeline.extract(
        "On Sunday, the minister opened the talks by thanking the mediators. "
        "While visiting the city on Saturday, the envoy met the rebels.",
        dct=DCT,
    )
    by_text = {event.text: event for event in tl}
    assert str(by_text["thanking"].when) == "2020-06-14"  # by thanking: when it opened
    assert str(by_text["met"].when) == "2020-06-13"  # while visiting on Saturday


def test_an_after_clause_with_its_own_date_is_not_shared() -> None:
    tl = timeline.extract("After meeting the minister on Monday, he flew home.", dct=DCT)
    flew = next(event for event in tl if event.text == "flew")
    # ordered after the meeting by the signal, not put inside Monday by sharing
    assert flew.when is not None
    assert flew.when.relation is not TimeRelation.IS_INCLUDED


@pytest.mark.parametrize(
    ("text", "trigger", "time", "bound"),
    [
        # the parse hangs "in 2030" on the verb; a verb in the past tense cannot lie in 2030
        ("Officials discussed the census in 2030.", "discussed", "2030", "latest_end"),
        # and a verb in the future cannot lie in 2019
        ("The committee will review the data from 2019.", "review", "2019", "earliest_start"),
    ],
)
def test_a_tensed_event_is_not_put_inside_a_time_on_the_other_side_of_the_dct(
    text: str, trigger: str, time: str, bound: str
) -> None:
    tl = timeline.extract(text, dct=DCT)
    event = next(event for event in tl if event.text == trigger)
    assert event.when is not None
    limit = getattr(event.when, bound)
    assert limit is not None
    assert limit.year == 2020  # bounded by the DCT instead
    assert _relation(tl, trigger, time) is None


def test_a_range_begins_and_ends_the_event() -> None:
    tl = timeline.extract(
        "Judges found that Ortega accepted 2.3 million euros between 2014 and 2018.", dct=DCT
    )
    # the parser hangs "between" on "euros": the time climbs to the verb its object takes part in
    assert _relation(tl, "accepted", "2014") is TimeRelation.BEGUN_BY
    assert _relation(tl, "accepted", "2018") is TimeRelation.ENDED_BY
    accepted = next(event for event in tl if event.text == "accepted")
    assert str(accepted.when) == "2014 .. 2018-12-31"


def test_since_an_event_begins_with_it_and_goes_on() -> None:
    tl = timeline.extract(
        "Ortega, who has denied all the charges since his arrest in 2019, will appeal.", dct=DCT
    )
    denied = next(event for event in tl if event.text == "denied")
    assert denied.when is not None
    assert str(denied.when) == "2019 .. ongoing"
    # the BEGUN_BY link: they share a start, so neither is before the other
    arrest = next(event for event in tl if event.text == "arrest")
    assert tl.relation(arrest, denied) is timeline.Order.OVERLAP


def test_the_noun_of_a_light_verb_takes_the_verbs_time_and_tense() -> None:
    tl = timeline.extract(
        "The president gave a televised address on Sunday. "
        "The minister will make a statement on Friday. Police made several arrests.",
        dct=DCT,
    )
    by_text = {event.text: event for event in tl}
    assert not {"gave", "make", "made"} & set(by_text)
    assert str(by_text["address"].when) == "2020-06-14"
    assert str(by_text["statement"].when) == "2020-06-19"
    assert by_text["statement"].factuality is timeline.Factuality.PLANNED
    assert str(by_text["arrests"].when) == "before 2020-06-15"


def test_since_belongs_to_the_perfect_clause_before_it() -> None:
    """The parser hangs "since 2015" on the main verb; "since" needs the perfect clause."""
    tl = timeline.extract(
        "Norvik, which has assembled dishwashers at a plant in Poland since 2015, restarted "
        "the plant's main line last week.",
        dct="2024-03-14",
    )
    by_text = {event.text: event for event in tl}
    assert str(by_text["assembled"].when) == "2015 .. ongoing"
    assert str(by_text["restarted"].when) == "2024-W10"


def test_the_object_of_an_ending_verb_ends_at_its_time() -> None:
    tl = timeline.extract(
        "A court on Friday sentenced him to seven years, ending a trial that had lasted "
        "four months.",
        dct=DCT,
    )
    assert _relation(tl, "trial", "Friday") is TimeRelation.ENDED_BY
    trial = next(event for event in tl if event.text == "trial")
    # it ended on Friday and, having lasted four months, began about four months before
    assert str(trial.when) == "2020-02 .. 2020-06-12"


def test_since_opens_an_expression_the_parser_splits() -> None:
    tl = timeline.extract(
        "The bank had held the rate at 5.5% since May last year.", dct="2024-08-14"
    )
    assert _relation(tl, "held", "May last year") is TimeRelation.BEGUN_BY


def test_a_relative_clause_that_ends_a_noun_event_ends_it_and_its_length_dates_its_start() -> None:
    tl = timeline.extract(
        "During the two-week official campaign, which ended on Friday, the parties traded "
        "blame. The bank cut its rate on Wednesday, ending a 15-month pause.",
        dct="2024-03-11",
    )
    by_text = {event.text: event for event in tl}
    assert _relation(tl, "campaign", "Friday") is TimeRelation.ENDED_BY
    assert str(by_text["campaign"].when) == "2024-02 .. 2024-03-08"
    assert str(by_text["pause"].when) == "2022-12 .. 2024-03-06"


def test_a_night_lies_inside_its_day() -> None:
    """ "Sunday night" is 2024-03-10TNI: its interval stays inside that Sunday."""
    (night,) = timeline.find_times("He conceded on Sunday night.", dct="2024-03-11")
    assert night.value == "2024-03-10TNI"
    assert night.interval is not None
    assert night.interval.start is not None
    assert night.interval.end is not None
    assert night.interval.start.date().isoformat() == "2024-03-10"
    assert night.interval.end.isoformat() <= "2024-03-11T00:00:00"


def test_a_when_clause_right_after_a_time_happened_then() -> None:
    tl = timeline.extract(
        "The bank had held the rate at 5.5% since May last year, when it delivered the last "
        "of 12 hikes.",
        dct="2024-08-14",
    )
    delivered = next(event for event in tl if event.text == "delivered")
    assert str(delivered.when) == "2023-05"


def test_a_report_after_another_event_is_still_todays() -> None:
    tl = timeline.extract(
        "Governor Orr said at a news conference after the decision that the committee would "
        "move cautiously.",
        dct="2024-08-14",
    )
    said = next(event for event in tl if event.text == "said")
    assert str(said.when) == "2024-08-14"


def test_an_infinitive_under_a_future_verb_is_after_the_dct() -> None:
    tl = timeline.extract("His government will have to rely on the Socialists.", dct=DCT)
    rely = next(event for event in tl if event.text == "rely")
    assert str(rely.when) == "after 2020-06-15"


def test_a_deadline_bounds_the_end_but_writes_no_tlink() -> None:
    tl = timeline.extract(
        "The job cuts are expected to be completed by the end of June, the company said.",
        dct="2024-02-27",
    )
    completed = next(event for event in tl if event.text == "completed")
    assert completed.when is not None
    assert completed.when.latest_end == datetime(2024, 7, 1)
    assert str(completed.when) == "2024-02-27 .. 2024-06-30"
    assert _relation(tl, "completed", "June") is None
