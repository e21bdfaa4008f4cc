"""Anchoring rules written from the eleventh and twelfth batches of held-out articles.

Each test restates one rule on sentences of its own. DCT: Wednesday 2023-04-12.
"""

from __future__ import annotations

from datetime import datetime

import timeline

from .conftest import event_named

DCT = "2023-04-12"


def test_a_negated_expectation_before_a_day_makes_that_day_the_earliest() -> None:
    tl = timeline.extract(
        "Officials said residents should not expect to return to their homes before Saturday.",
        dct=DCT,
    )
    back = event_named(tl, "return").when
    assert back.earliest_start == datetime(2023, 4, 15)
    assert back.latest_end is None
    # not negated: "before Saturday" is a limit
    tl = timeline.extract(
        "Officials said residents should expect to return to their homes before Saturday.",
        dct=DCT,
    )
    assert event_named(tl, "return").when.latest_end == datetime(2023, 4, 15)


def test_a_coming_year_that_names_a_thing_does_not_date_the_verb() -> None:
    tl = timeline.extract(
        "Parliament passes 2024 budget after long dispute\n"
        "The parliament approved the 2024 budget on Tuesday, officials said.",
        dct=DCT,
    )
    passes = event_named(tl, "passes").when
    assert passes.earliest_start == datetime(2023, 4, 11)
    assert passes.latest_end == datetime(2023, 4, 12)
    # a day that names the thing still dates the verb: the walkout was at the debate
    tl = timeline.extract("The opposition walked out of Monday's debate.", dct=DCT)
    walked = event_named(tl, "walked").when
    assert walked.earliest_start == datetime(2023, 4, 10)
    assert walked.latest_end == datetime(2023, 4, 11)


def test_a_verb_the_parser_read_as_a_modifier_is_the_sentences_event() -> None:
    # the small pipeline makes "sacked manager Erik ten Hag" a noun phrase with no verb
    tl = timeline.extract("United sacked manager Erik ten Hag on Monday.", dct=DCT)
    sacked = event_named(tl, "sacked")
    assert sacked.tense is timeline.Tense.PAST
    assert sacked.when.earliest_start == datetime(2023, 4, 10)
    assert sacked.when.latest_end == datetime(2023, 4, 11)
    # a participle that does modify a noun in a sentence with a verb stays no event
    tl = timeline.extract("The sacked manager Erik ten Hag left on Monday.", dct=DCT)
    assert [event.text for event in tl] == ["left"]


def test_unlikely_until_the_weekend_makes_the_weekend_the_earliest() -> None:
    tl = timeline.extract(
        "Forecasters warned that the river was unlikely to drop below flood level until the "
        "weekend.",
        dct=DCT,
    )
    drop = event_named(tl, "drop").when
    assert drop.earliest_start == datetime(2023, 4, 15)  # the Saturday
    assert drop.latest_start == datetime(2023, 4, 17)


def test_a_happening_held_in_the_passive_takes_the_holdings_time() -> None:
    tl = timeline.extract("Talks were held over the weekend.", dct=DCT)
    talks = event_named(tl, "Talks").when
    assert talks.earliest_start == datetime(2023, 4, 8)
    assert talks.latest_end == datetime(2023, 4, 10)


def test_a_window_counted_from_now_opens_on_the_dcts_day() -> None:
    tl = timeline.extract("Reeve said he hoped to appoint a new manager within two weeks.", dct=DCT)
    appoint = event_named(tl, "appoint").when
    assert appoint.earliest_start == datetime(2023, 4, 12)
    assert appoint.latest_end == datetime(2023, 4, 27)
    # told in the past, "within" counts from the event before, not from now
    tl = timeline.extract(
        "The plane landed at 6:40 p.m. on Monday, and everyone left the aircraft within two "
        "minutes.",
        dct=DCT,
    )
    assert event_named(tl, "left").when.earliest_start == datetime(2023, 4, 10, 18, 40)


def test_what_happened_when_a_dated_past_event_did_shares_its_time() -> None:
    tl = timeline.extract(
        "Two people were killed and 43 injured when a train derailed early on Monday.", dct=DCT
    )
    for trigger in ("killed", "injured"):
        when = event_named(tl, trigger).when
        assert when.earliest_start == datetime(2023, 4, 10), trigger
        assert when.latest_end == datetime(2023, 4, 11), trigger
    # a "when" clause told in the future dates no past verb
    tl = timeline.extract(
        "Engineers said they had inspected the bridge when it reopens on Monday.", dct=DCT
    )
    assert event_named(tl, "inspected").when.earliest_start is None


def test_what_a_stretch_was_spent_doing_has_the_spendings_time() -> None:
    tl = timeline.extract(
        "The company has spent the past three weeks running a review of its software.", dct=DCT
    )
    running = event_named(tl, "running").when
    assert running.earliest_start == event_named(tl, "spent").when.earliest_start
    assert running.earliest_start is not None
    assert running.earliest_start >= datetime(2023, 3, 20)


def test_a_participants_own_date_is_no_moment_the_story_goes_on_from() -> None:
    tl = timeline.extract(
        "A revised offer submitted on Monday addressed the remaining concerns, the authority "
        "said in its decision. The company welcomed the decision.",
        dct=DCT,
    )
    assert event_named(tl, "submitted").when.earliest_start == datetime(2023, 4, 10)
    # not Monday's (an undated reaction to the news is of the report's day)
    assert event_named(tl, "welcomed").when.earliest_start == datetime(2023, 4, 12)
    # the main event of the sentence before still carries the story on
    tl = timeline.extract(
        "The authority approved the merger on Monday. The company welcomed the merger.", dct=DCT
    )
    assert event_named(tl, "welcomed").when.earliest_start == datetime(2023, 4, 10)


def test_a_which_clause_with_its_own_time_is_not_dated_by_the_time_it_hangs_on() -> None:
    tl = timeline.extract(
        "The companies offered remedies in January, which the authority rejected last month.",
        dct=DCT,
    )
    rejected = event_named(tl, "rejected").when
    assert rejected.earliest_start == datetime(2023, 3, 1)
    assert rejected.latest_end == datetime(2023, 4, 1)


def test_a_bare_time_right_after_a_reporting_verb_dates_the_saying() -> None:
    tl = timeline.extract(
        "State regulators said last week they had opened an investigation into the plant.",
        dct=DCT,
    )
    said = event_named(tl, "said").when
    assert said.earliest_start == datetime(2023, 4, 3)  # ISO week 2023-W14
    assert said.latest_end == datetime(2023, 4, 10)
    # what the report tells as done lies in that week or the day before it, not in the
    # saying's own time
    opened = event_named(tl, "opened").when
    assert opened.earliest_start == datetime(2023, 4, 2)
    assert opened.latest_end == datetime(2023, 4, 10)


def test_what_happened_as_a_dated_past_event_did_shares_its_time() -> None:
    tl = timeline.extract(
        "The storm weakened as it crossed the mountains on Monday evening.", dct=DCT
    )
    weakened = event_named(tl, "weakened").when
    assert weakened.earliest_start == datetime(2023, 4, 10, 18)
    assert weakened.latest_end == datetime(2023, 4, 10, 22)


def test_a_time_on_due_dates_the_event_it_says_is_expected() -> None:
    tl = timeline.extract(
        "A hearing will take place in September, with a ruling due before the end of the year.",
        dct=DCT,
    )
    ruling = event_named(tl, "ruling").when
    assert ruling.earliest_start == datetime(2023, 4, 12)
    assert ruling.latest_end == datetime(2024, 1, 1)


def test_a_day_hung_on_a_past_verbs_object_event_dates_the_verb_too() -> None:
    tl = timeline.extract("Rand conceded defeat on Sunday evening.", dct=DCT)
    conceded = event_named(tl, "conceded").when
    assert conceded.earliest_start == datetime(2023, 4, 9, 18)
    assert conceded.latest_end == datetime(2023, 4, 9, 22)


def test_hours_after_an_event_put_it_less_than_a_day_before() -> None:
    tl = timeline.extract(
        "He told reporters on Monday evening, hours after his lawyers submitted the appeal.",
        dct=DCT,
    )
    submitted = event_named(tl, "submitted").when
    # at most 16 hours before the evening: "hours after" is seldom a whole day in news
    assert submitted.earliest_start == datetime(2023, 4, 10, 2)
    assert submitted.latest_end == datetime(2023, 4, 10, 22)
