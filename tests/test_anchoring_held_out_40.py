"""Anchoring rules written in the tenth session of 2026-12-04 (batches 40 and 41).

Each test restates one rule on sentences of its own. DCT: Tuesday 2024-03-12.
"""

from __future__ import annotations

from datetime import datetime

import timeline

from .conftest import event_named, span_of_event

DCT = "2024-03-12"


def _within(text: str, trigger: str) -> tuple[datetime | None, datetime | None]:
    """The earliest start and latest end of the first event ``trigger`` of ``text``."""
    return span_of_event(text, trigger, DCT)


def test_what_came_before_a_state_lasting_until_a_day_is_no_occasion_of_that_day() -> None:
    # "will continue until Sunday after a fire shut down": the continuing is no event of one
    # day, so the fire's shutting is not put on the DCT's day with it
    text = (
        "Power cuts will continue until at least Sunday after a fire shut down the plant, the"
        " utility said on Tuesday."
    )
    continuing = event_named(timeline.extract(text, dct=DCT), "continue").when
    assert continuing.latest_end == datetime(2024, 3, 18)
    earliest, latest = _within(text, "shut")
    assert earliest is None
    assert latest == datetime(2024, 3, 13)


def test_the_harm_an_event_noun_did_was_done_when_it_happened() -> None:
    # the subject's own date carries over to its undated verb of disruption
    assert _within("A one-day national walkout on Jan. 18 closed about 200 schools.", "closed") == (
        datetime(2024, 1, 18),
        datetime(2024, 1, 19),
    )
    assert _within("A strike on Monday disrupted flights across the country.", "disrupted") == (
        datetime(2024, 3, 11),
        datetime(2024, 3, 12),
    )
    # a present perfect reaches up to now: the strike's day does not hold it (its length, which
    # the parser hangs on "flights", dates its start about a week back)
    start, _ = _within("The strike on Monday has disrupted flights for a week.", "disrupted")
    assert start is not None
    assert start < datetime(2024, 3, 11)


def test_a_result_participle_measured_by_for_shares_its_verbs_time() -> None:
    # "for a day" measures the disruption; it places it nowhere, so the failure's month holds it
    assert _within(
        "In August, a smaller main failed near the central railway station, disrupting train"
        " services for a day.",
        "disrupting",
    ) == (datetime(2023, 8, 1), datetime(2023, 9, 1))


def test_an_event_a_future_verb_calls_for_is_still_to_come() -> None:
    text = (
        "Councillor Ruth Adeyemi said she would call for an independent inquiry into the"
        " failure once water is restored."
    )
    when = event_named(timeline.extract(text, dct=DCT), "inquiry").when
    assert when.earliest_start is not None
    assert when.earliest_start >= datetime(2024, 3, 12)
    # a call made in the past says nothing of whether the inquiry has come
    past = event_named(
        timeline.extract("Residents called for an inquiry into the failure.", dct=DCT), "inquiry"
    ).when
    assert past.earliest_start is None


def test_the_same_event_noun_again_is_the_earlier_dated_one() -> None:
    # "the same news conference" names Monday's conference again; what was told to it was
    # told then
    text = (
        "Water levels had risen by four metres, the authority said at a news conference on"
        " Monday. Its director told the same news conference that engineers had warned the"
        " ministry."
    )
    tl = timeline.extract(text, dct=DCT)
    second = [event for event in tl if event.text == "conference"][-1]
    monday = (datetime(2024, 3, 11), datetime(2024, 3, 12))
    assert (second.when.earliest_start, second.when.latest_end) == monday
    assert _within(text, "told") == monday


def test_a_gathering_staged_on_a_day_and_what_was_told_to_it() -> None:
    # "a news conference held on Monday": the staging participle dates the conference, and
    # the telling happened while it was held
    text = "Police told a news conference held on Monday that two men had been arrested."
    monday = (datetime(2024, 3, 11), datetime(2024, 3, 12))
    assert _within(text, "conference") == monday
    assert _within(text, "told") == monday


def test_as_recently_as_a_day_dates_the_verb() -> None:
    text = "The mayor said as recently as Monday that he would not step down."
    assert _within(text, "said") == (datetime(2024, 3, 11), datetime(2024, 3, 12))


def test_a_dated_event_that_ended_something_ended_it_then() -> None:
    # transitive "end" is what the defeat did; intransitive "the strike ended" is a phase
    text = (
        "The 3-0 home defeat by Georgia on Sunday ended the country's hopes of reaching the finals."
    )
    assert _within(text, "ended") == (datetime(2024, 3, 10), datetime(2024, 3, 11))


def test_a_measured_inquiry_ended_with_what_it_found() -> None:
    # "a 10-month investigation ... cleared him in 2021": it ended in 2021, having begun ten
    # months before (a length in months counts back to the month: from March 2020 at the
    # earliest)
    tl = timeline.extract(
        "A 10-month investigation by the chess federation cleared him of wrongdoing in 2021.",
        dct=DCT,
    )
    when = event_named(tl, "investigation").when
    assert (when.earliest_end, when.latest_end) == (datetime(2021, 1, 1), datetime(2022, 1, 1))
    assert when.earliest_start == datetime(2020, 3, 1)
    # without a length, a finding is one step of many: no end is implied
    assert _within("The investigation revealed new evidence on Sunday.", "investigation") == (
        None,
        None,
    )


def test_a_past_later_with_no_day_to_count_from_is_left_unresolved() -> None:
    # a month is too coarse to count weeks from, and the DCT is no anchor for a past "later":
    # the expression is left out rather than put after the DCT
    tl = timeline.extract(
        "Experts first reported cracks in the ice in May, and the village held an evacuation"
        " drill two weeks later.",
        dct=DCT,
    )
    assert [expression.text for expression in tl.expressions] == ["May"]
    assert event_named(tl, "drill").when.earliest_start is None
    # counted from a day, it resolves, to the day two weeks on (thirteenth session: the
    # held-out annotators wrote a day for "<n> weeks later" 12 times, a week never)
    tl = timeline.extract("The dam failed on March 1. Repairs began two weeks later.", dct=DCT)
    assert [expression.value for expression in tl.expressions] == ["2024-03-01", "2024-03-15"]


def test_what_a_report_says_was_expected_is_still_to_come() -> None:
    text = "The airline said it expected to return to a full timetable by Monday."
    earliest, latest = _within(text, "return")
    assert earliest == datetime(2024, 3, 12)
    assert latest == datetime(2024, 3, 19)
    # a passive expectation told in the past may lie on either side
    assert _within("The storm was expected to hit the coast.", "hit")[0] is None


def test_a_time_on_a_copula_dates_the_event_noun_it_puts_its_subject_in() -> None:
    tl = timeline.extract(
        "The orchestra's 112 musicians have been on strike since Feb. 15, the union said.",
        dct=DCT,
    )
    when = event_named(tl, "strike").when
    assert when.earliest_start == datetime(2024, 2, 15)
    assert when.latest_start == datetime(2024, 2, 16)


def test_a_with_circumstance_took_place_on_its_verbs_day() -> None:
    text = (
        "Lawmakers approved the bill on Thursday, with the opposition walking out before the vote."
    )
    assert _within(text, "walking") == (datetime(2024, 3, 7), datetime(2024, 3, 8))
    # a verb dated to an hour lends no hour to the circumstance
    text = (
        "Lawmakers approved the bill at 11:30 p.m. on Thursday, with the opposition walking out"
        " before the vote."
    )
    assert _within(text, "walking")[0] is None


def test_what_an_inspections_subject_found_was_found_while_inspecting() -> None:
    text = "Engineers who inspected the site on Tuesday found deep cracks in the portal."
    assert _within(text, "found") == (datetime(2024, 3, 12), datetime(2024, 3, 13))
    # not any relative clause: those who fled on Sunday did not find things then
    text = "Residents who fled on Sunday found their homes destroyed."
    assert _within(text, "found")[0] is None


def test_a_participle_with_its_own_time_is_not_the_when_clauses_verb() -> None:
    text = (
        "The order was first issued on the evening of Jan. 31, when routine samples taken the"
        " day before at the treatment plant showed the presence of the bacteria."
    )
    assert _within(text, "taken") == (datetime(2024, 1, 30), datetime(2024, 1, 31))
    # the when clause is of the evening the main clause names ("the evening of Jan. 31")
    assert _within(text, "showed") == (datetime(2024, 1, 31, 18), datetime(2024, 1, 31, 22))


def test_a_concluding_participle_belongs_to_the_sentences_dated_verb() -> None:
    # the parse hangs "ending" on "accepting", which has no time: the sentencing's day ends
    # the trial, and the bribes keep no date of the sentencing's
    text = (
        "A court in Tarvena on Thursday sentenced the city's former police chief, Viktor Anand,"
        " to nine years in prison for accepting bribes from nightclub owners and a construction"
        " firm, ending a trial that lasted 14 months."
    )
    tl = timeline.extract(text, dct=DCT)
    trial = event_named(tl, "trial").when
    assert (trial.earliest_end, trial.latest_end) == (datetime(2024, 3, 7), datetime(2024, 3, 8))
    assert event_named(tl, "accepting").when.earliest_start is None
