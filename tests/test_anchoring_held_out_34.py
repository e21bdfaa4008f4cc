"""Anchoring rules written in the ninth session of 2026-12-04 (batches 34 and 35).

Each test restates one rule on sentences of its own. DCT: Wednesday 2023-04-12.
"""

from __future__ import annotations

from datetime import datetime

import timeline

from .conftest import event_named, span_of_event

DCT = "2023-04-12"


def _within(text: str, trigger: str) -> tuple[datetime | None, datetime | None]:
    """The earliest start and latest end of the first event ``trigger`` of ``text``."""
    return span_of_event(text, trigger, DCT)


def test_a_measured_stretch_an_event_came_after_ran_up_to_it() -> None:
    # "after 19 hours of negotiations": the length measures out the negotiations, which the
    # signal orders before the signing and which ended when it took place
    earliest, latest = _within(
        "The agreement was signed at 3:15 a.m. on Tuesday after 19 hours of negotiations at the"
        " Labour Ministry, a union spokesman said.",
        "negotiations",
    )
    assert earliest == datetime(2023, 4, 10, 8, 15)
    assert latest == datetime(2023, 4, 11, 3, 16)


def test_a_copula_dates_its_event_noun_subject() -> None:
    earliest, latest = _within(
        "The last strike at the hospital was in 2009, when a four-day stoppage closed wards.",
        "strike",
    )
    assert (earliest, latest) == (datetime(2009, 1, 1), datetime(2010, 1, 1))


def test_the_subject_of_a_verb_of_harm_happened_when_it_did() -> None:
    # "buried", "pushed": a landslide, a surge that did harm happened when the harm was done
    assert _within(
        "A landslide buried a 200-metre stretch of the highway on Tuesday, officials said.",
        "landslide",
    ) == (datetime(2023, 4, 11), datetime(2023, 4, 12))
    assert _within(
        "Prices have been volatile since 2021, when a surge in gas costs pushed power prices to"
        " records.",
        "surge",
    ) == (datetime(2021, 1, 1), datetime(2022, 1, 1))


def test_a_date_after_the_addressee_of_a_saying_is_the_sayings() -> None:
    # the parser hangs "on Tuesday" on the reported verb; "last month" is that verb's own
    text = (
        "Residents told Reuters on Tuesday they had warned local authorities last month about"
        " fresh cracks in the hillside."
    )
    assert _within(text, "warned") == (datetime(2023, 3, 1), datetime(2023, 4, 1))
    assert _within(text, "told") == (datetime(2023, 4, 11), datetime(2023, 4, 12))


def test_spending_on_an_activity_since_a_time_went_on_since_then() -> None:
    # the parser hangs "since March 2019" on the activity the money went on
    tl = timeline.extract(
        "The government has spent about $40 million on stabilising slopes along the highway"
        " since March 2019.",
        dct=DCT,
    )
    spent = event_named(tl, "spent").when
    assert (spent.earliest_start, spent.latest_start) == (
        datetime(2019, 3, 1),
        datetime(2019, 4, 1),
    )
    assert spent.earliest_end is not None
    assert spent.earliest_end >= datetime(2023, 4, 12)


def test_a_participle_of_beginning_dates_the_start_of_its_event_noun() -> None:
    tl = timeline.extract(
        "An internal review begun in December traced the fault to a batch of cells. An inquiry"
        " launched in January found failings.",
        dct=DCT,
    )
    review, inquiry = event_named(tl, "review").when, event_named(tl, "inquiry").when
    assert (review.earliest_start, review.latest_start) == (
        datetime(2022, 12, 1),
        datetime(2023, 1, 1),
    )
    assert (inquiry.earliest_start, inquiry.latest_start) == (
        datetime(2023, 1, 1),
        datetime(2023, 2, 1),
    )


def test_a_possible_occurrence_is_still_to_come() -> None:
    tl = timeline.extract(
        "The energy department warned that full service may not be restored for two weeks."
        " The company has not said when production could resume. Rescuers could not reach the"
        " village.",
        dct=DCT,
    )
    assert event_named(tl, "restored").when.earliest_start == datetime(2023, 4, 12)
    assert event_named(tl, "resume").when.earliest_start == datetime(2023, 4, 12)
    # a past inability is no possibility ahead
    assert event_named(tl, "reach").when.earliest_start is None


def test_the_subject_of_a_plan_to_begin_begins_then() -> None:
    tl = timeline.extract(
        "Construction is scheduled to begin next month and is expected to take two years.",
        dct=DCT,
    )
    construction = event_named(tl, "Construction").when
    assert (construction.earliest_start, construction.latest_start) == (
        datetime(2023, 5, 1),
        datetime(2023, 6, 1),
    )


def test_the_occasion_of_a_days_event_happened_that_day() -> None:
    text = (
        "The city closed its main road bridge on Tuesday after engineers found cracks in two"
        " support beams, officials said."
    )
    assert _within(text, "found") == (datetime(2023, 4, 11), datetime(2023, 4, 12))


def test_an_occasion_with_a_time_of_its_own_keeps_it() -> None:
    text = (
        "The city closed its main road bridge on Tuesday after engineers found cracks last"
        " month, officials said."
    )
    assert _within(text, "found") == (datetime(2023, 3, 1), datetime(2023, 4, 1))


def test_a_loose_later_is_no_occasion() -> None:
    # "later" tells a sequence, not what the later event answered
    earliest, _ = _within(
        "Engineers found cracks in the beams. The city later closed the bridge on Tuesday.",
        "found",
    )
    assert earliest is None


def test_what_a_dated_report_tells_as_done_is_that_days_news_or_the_days_before() -> None:
    text = "The regulator said on Tuesday it had opened an inquiry into the fault."
    assert _within(text, "opened") == (datetime(2023, 4, 10), datetime(2023, 4, 12))
    # a time of its own keeps it
    text = "The regulator said on Tuesday it had opened an inquiry into the fault in March."
    assert _within(text, "opened") == (datetime(2023, 3, 1), datetime(2023, 4, 1))


def test_an_after_clause_closing_a_pair_of_verbs_times_both() -> None:
    text = (
        "Typhoon Kalayo killed at least 23 people and forced 140,000 from their homes after it"
        " slammed into the northern Philippines at about 4 a.m. on Monday, officials said."
    )
    earliest, _ = _within(text, "killed")
    assert earliest == datetime(2023, 4, 10, 4)


def test_a_headline_event_is_dated_like_its_leads_main_event() -> None:
    # the lead's event has no time of its own, only the clause it came after
    text = (
        "Typhoon Kalayo kills at least 23 in northern Philippines\n"
        "Typhoon Kalayo killed at least 23 people after it slammed into the northern Philippines"
        " at about 4 a.m. on Monday, officials said on Wednesday."
    )
    earliest, _ = _within(text, "kills")
    assert earliest == datetime(2023, 4, 10, 4)


def test_the_occasion_of_a_months_event_happened_that_month() -> None:
    text = (
        "The previous owner put the club up for sale last month after fans protested against"
        " rising debts."
    )
    assert _within(text, "protested") == (datetime(2023, 3, 1), datetime(2023, 4, 1))
    # a year is too long to say the occasion fell within it
    text = "The previous owner put the club up for sale last year after fans protested."
    earliest, _ = _within(text, "protested")
    assert earliest is None


def test_among_events_with_the_same_bounds_the_links_decide_the_order() -> None:
    # the finding and the closing share Tuesday; "after" puts the finding first, although the
    # closing is told first
    tl = timeline.extract(
        "The city closed its main road bridge on Tuesday after engineers found cracks in two"
        " support beams.",
        dct=DCT,
    )
    closed, found = event_named(tl, "closed"), event_named(tl, "found")
    assert closed.when.earliest_start == found.when.earliest_start == datetime(2023, 4, 11)
    order = [event.text for event in tl]
    assert order.index("found") < order.index("closed")
    assert tl.relation(found, closed) is timeline.Order.BEFORE


def test_what_was_just_promised_or_planned_is_still_to_be_done() -> None:
    tl = timeline.extract(
        "The company apologised and promised to pay 75 euros in compensation. The club said the"
        " firm planned to invest a further 15 million pounds. The firm had not planned to sell"
        " the stadium.",
        dct=DCT,
    )
    assert event_named(tl, "pay").when.earliest_start == datetime(2023, 4, 12)
    assert event_named(tl, "invest").when.earliest_start == datetime(2023, 4, 12)
    # an intention denied says nothing of when
    assert event_named(tl, "sell").when.earliest_start is None


def test_a_reported_would_is_still_to_come() -> None:
    tl = timeline.extract(
        "The minister, who visited the tunnel on Thursday afternoon, promised that the government"
        " would pay for the repairs. He said he would have resigned had the report been true.",
        dct=DCT,
    )
    assert event_named(tl, "pay").when.earliest_start == datetime(2023, 4, 12)
    # "would have": the report's past, not its future
    assert event_named(tl, "resigned").when.earliest_start is None


def test_an_after_clause_whose_subject_is_dated_is_no_undated_occasion() -> None:
    # "on Monday" hangs on the subject noun; the clause keeps that day, not the sacking's
    earliest, _ = _within(
        "The union sacked the coach on Tuesday, after a 3-0 home defeat on Monday ended the"
        " country's hopes of reaching the World Cup.",
        "ended",
    )
    assert earliest is None or earliest <= datetime(2023, 4, 10)
