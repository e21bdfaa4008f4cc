"""Anchoring rules written in the fourteenth 2026-12-07 session (batches 744 and later).

Each test restates one rule on sentences of its own. DCT: Friday 2024-03-15.
"""

from __future__ import annotations

from datetime import datetime

import timeline
from timeline.ordering.model import TimeRelation

from .conftest import assert_inside, when_of

DCT = "2024-03-15"
FRIDAY_END = datetime(2024, 3, 16)
WEDNESDAY = (datetime(2024, 3, 13), datetime(2024, 3, 14))


def _when(text: str, trigger: str) -> timeline.EventTime:
    return when_of(text, trigger, DCT)


def _inside(text: str, trigger: str, earliest: datetime, latest: datetime) -> None:
    assert_inside(text, trigger, DCT, earliest, latest)


def _ahead(text: str, trigger: str) -> bool:
    """Whether the event ``trigger`` is placed after the DCT."""
    when = _when(text, trigger)
    return when.relation is TimeRelation.AFTER and when.to_dct


def test_the_object_of_a_step_still_to_come_is_still_to_come() -> None:
    """ "would order an independent review": the review is ordered by a step ahead, so it is
    ahead too; "would challenge the decision" points back to a decision already taken."""
    text = (
        "The minister said on Thursday he would order an independent review of the response. "
        "The union said it would challenge the decision."
    )
    assert _ahead(text, "review")
    assert not _ahead(text, "decision")


def test_what_a_present_need_or_plan_awaits_is_still_to_come() -> None:
    """ "still needs the approval of parliament", "plans a review after three months": the
    need or plan holds now; what it awaits is still to come ("needed" in the past is not)."""
    assert _ahead("The sale still needs the approval of parliament.", "approval")
    assert _ahead("The operator plans a review of the timetable.", "review")
    assert not _ahead("The sale needed the approval of parliament.", "approval")


def test_the_subject_of_a_step_ahead_is_ahead_unless_it_is_a_cause() -> None:
    """ "an inquiry would examine the failures" is of an inquiry still to come; "a fire ...
    will keep the terminal closed" is a cause already past, and "the loss would not change the
    plan" is what a denial is about."""
    assert _ahead("She said an independent inquiry would examine the failures.", "inquiry")
    text = "A fire at the terminal will keep it closed for at least two weeks."
    assert not _ahead(text, "fire")
    text = "She said that the loss of contact would not change the timetable."
    assert not _ahead(text, "loss")


def test_a_noun_told_before_is_not_new_when_a_plan_names_it() -> None:
    """ "The review found ... It plans a review": a lemma told before (outside the headline)
    may be the same happening, so the plan does not put it ahead."""
    text = "The review of the line found no faults. The operator plans another review."
    assert not _ahead(text, "review")


def test_after_hung_on_a_noun_below_the_verb_still_orders_the_verb() -> None:
    """ "lowered 38 tourists to safety on ropes after a cable car stalled ... on Wednesday
    afternoon": the parser hangs "after" on "safety" and reads "stalled" as a participle of
    "car"; the lowering still came after the stall, so not before Wednesday afternoon."""
    text = (
        "Rescuers lowered 38 tourists to safety on ropes after a cable car stalled high above "
        "the valley on Wednesday afternoon, police said on Thursday."
    )
    lowered = _when(text, "lowered")
    assert lowered.earliest_start is not None
    assert lowered.earliest_start >= datetime(2024, 3, 13, 12)
    assert lowered.latest_end is not None
    assert lowered.latest_end <= FRIDAY_END


def test_a_time_opening_a_sentence_parsed_as_a_noun_phrase_dates_its_participle() -> None:
    """ "In June, a mobile crane overturned on a road project": the parser makes "crane" the
    root and "overturned" its participle; the time told before the subject is the verb's."""
    text = "It was the third accident this year. In June, a crane overturned on a road project."
    _inside(text, "overturned", datetime(2023, 6, 1), datetime(2023, 7, 1))


def test_then_orders_the_verb_joined_to_its_own() -> None:
    """ "collapsed ... on Wednesday, then got back to her feet and completed the race": the
    completing comes after the collapse too (and by the report)."""
    text = (
        "The runner collapsed near the finish on Wednesday, then got back to her feet and "
        "completed the race, organisers said."
    )
    _inside(text, "completed", WEDNESDAY[0], FRIDAY_END)


def test_a_clause_with_its_own_subject_joined_by_and_is_a_step_of_the_same_day() -> None:
    """ "A ferry ran aground early Thursday, and all passengers were brought ashore": the
    second clause has no time of its own and tells the next step of that recent day; one with
    a time of its own ("and organisers re-weighed the entries on Monday morning") keeps it."""
    text = (
        "A ferry ran aground in fog early Thursday, and all passengers were brought ashore "
        "after a rescue operation lasting five hours, coast guard officials said."
    )
    _inside(text, "brought", datetime(2024, 3, 14), datetime(2024, 3, 15))
    text = (
        "A grower lodged a complaint on Wednesday evening, and organisers weighed the entries "
        "again on Thursday morning."
    )
    _inside(text, "weighed", datetime(2024, 3, 14), datetime(2024, 3, 14, 12))


def test_a_daytime_part_of_a_day_after_by_opens_that_day() -> None:
    """ "640 flights had been cancelled by mid-afternoon": the cancelling was that day's, up
    to mid-afternoon; "by Thursday night" leaves the start open (the story may have begun the
    day before)."""
    text = "At least 640 flights had been cancelled by Thursday afternoon, the authority said."
    _inside(text, "cancelled", datetime(2024, 3, 14), datetime(2024, 3, 14, 18))
    night = _when("Crews had cleared the road by Thursday night, police said.", "cleared")
    assert night.earliest_start is None


def test_a_participle_after_a_comma_joined_as_a_conjunct_tells_what_the_verb_did() -> None:
    """ "A freak wave swept over the promenade on Wednesday evening, knocking walkers off their
    feet and injuring 11 people": the parser joins the participles to the verb as conjuncts;
    they happened then."""
    text = (
        "A freak wave swept over the seafront promenade on Wednesday evening, knocking walkers "
        "off their feet and injuring 11 people, officials said on Friday."
    )
    _inside(text, "injuring", datetime(2024, 3, 13, 12), WEDNESDAY[1])


def test_a_place_after_in_is_no_time_of_a_participles_own() -> None:
    """ "won the cup on Wednesday, beating Ashford 2-1 after extra time in a final": "in a
    final" and "after extra time" name no time, so the beating was the winning's."""
    text = (
        "The club won the national cup on Wednesday, beating Ashford Rangers 2-1 after extra "
        "time in a final watched by 4,000 spectators."
    )
    _inside(text, "beating", WEDNESDAY[0], WEDNESDAY[1])


def test_a_sitting_after_which_a_dated_step_came_was_that_day() -> None:
    """ "told reporters on Wednesday after the vote": a vote or a debate is over within the
    day the next step is told of ("after the robbery" may be days before, and stays open)."""
    text = "The mayor told reporters on Wednesday after the vote that she was relieved."
    _inside(text, "vote", WEDNESDAY[0], WEDNESDAY[1])
    robbery = _when("The owner told reporters on Wednesday after the robbery.", "robbery")
    assert robbery.earliest_start is None


def test_a_noun_whose_clause_has_lasted_a_length_went_on_as_long() -> None:
    """ "amid a drought that has lasted 14 months": the drought began 14 months ago and goes
    on, as its clause of lasting says."""
    drought = _when("Prices rose amid a drought that has lasted 14 months.", "drought")
    assert drought.earliest_start is not None
    assert drought.earliest_start <= datetime(2023, 2, 1)
    assert drought.latest_start is not None
    assert drought.latest_start >= datetime(2022, 12, 1)
    assert drought.latest_end is None or drought.latest_end >= datetime(2024, 3, 15)


def test_what_a_participle_of_telling_describes_is_not_of_its_day() -> None:
    """ "said on Tuesday, describing the reunion at a coffee shop": the describing was
    Tuesday's; the reunion it tells about was not necessarily."""
    text = "Reyes said on Tuesday, describing the reunion at a coffee shop."
    reunion = _when(text, "reunion")
    assert reunion.earliest_start is None


def test_a_weekend_hung_on_a_reported_finding_dates_the_reporting() -> None:
    """ "Two more customers reported similar finds over the weekend": the parser hangs the
    weekend on the object; the reporting was then too, not on the DCT."""
    text = "Two more customers reported similar finds over the weekend, the chain said."
    _inside(text, "reported", datetime(2024, 3, 9), datetime(2024, 3, 11))


def test_a_when_clause_before_a_trailing_attribution_does_not_date_the_telling() -> None:
    """ "detected the intrusion at about 3:40 a.m. on Wednesday, when engineers noticed ...,
    the chief executive told reporters": the parser hangs the clause on "told", which was not
    told at 3:40 a.m."""
    text = (
        "The company detected the intrusion at about 3:40 a.m. on Wednesday, when engineers "
        "noticed files being encrypted, the chief executive told reporters."
    )
    told = _when(text, "told")
    assert told.earliest_start is None or told.earliest_start >= datetime(2024, 3, 13, 4)


def test_a_gathering_dated_by_its_clause_of_lasting_dates_what_was_done_at_it() -> None:
    """ "voted 14 to 3 at a meeting that ran for nearly five hours on Monday evening": the
    meeting went on then, and the vote taken at it was then too."""
    text = (
        "The council voted 14 to 3 in favour of the freeze at a meeting that ran for nearly five "
        "hours on Wednesday evening, a spokeswoman said."
    )
    _inside(text, "voted", datetime(2024, 3, 13, 12), WEDNESDAY[1])


def test_now_before_an_age_is_no_time_of_the_event() -> None:
    """ "Firefighter Marcus Delgado, now 51, found her ...": "now" gives the man's age today;
    the finding is not of the DCT."""
    text = "Firefighter Marcus Delgado, now 51, found the girl in a smoke-filled bedroom."
    found = _when(text, "found")
    assert found.latest_end is None or found.latest_end <= datetime(2024, 3, 16)
    assert not (found.earliest_start is not None and found.earliest_start >= datetime(2024, 3, 15))


def test_an_occasion_named_again_with_the_is_the_one_dated_before() -> None:
    """ "presented the medal at a short ceremony on Wednesday afternoon ... she said at the
    ceremony": the ceremony named again is the one dated, and so is the saying at it."""
    text = (
        "Margaret Ilsley presented the medal to the hospital at a short ceremony on Wednesday "
        'afternoon. "It was time it came home," she said at the ceremony.'
    )
    _inside(text, "said", datetime(2024, 3, 13, 12), WEDNESDAY[1])


def test_a_bare_purpose_of_a_step_still_to_come_is_still_to_come() -> None:
    """ "will fly home on Wednesday for consultations": what a step ahead is taken for comes
    after it; "was closed on Tuesday for cleaning" keeps the closing's day."""
    text = "The ambassador will fly home next week for consultations, the minister said."
    assert _ahead(text, "consultations")
    assert not _ahead("The plant was closed on Wednesday for cleaning.", "cleaning")
