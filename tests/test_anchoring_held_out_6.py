"""Anchoring and resolver rules written from the sixth batch of held-out articles.

Each test restates one rule on sentences of its own. DCT: Friday 2018-11-16.
"""

from __future__ import annotations

from datetime import datetime

import timeline

from .conftest import event_named

DCT = "2018-11-16"


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in timeline.find_times(text, dct=DCT)}


def test_a_possessive_year_belongs_to_its_noun_not_to_the_verb_above() -> None:
    tl = timeline.extract(
        "The coalition collapsed after the party pulled out in a dispute over next year's budget.",
        dct=DCT,
    )
    assert event_named(tl, "pulled").when.earliest_start is None  # not 2019
    debate = timeline.extract(
        "The death was among the first topics raised in Saturday night's debate.", dct=DCT
    )
    assert str(event_named(debate, "raised").when).startswith("2018-11-10")


def test_a_since_phrase_does_not_date_a_simple_past() -> None:
    tl = timeline.extract(
        "Shares fell 31 percent to $14.20 in New York, their lowest level since 2021.", dct=DCT
    )
    # not begun by 2021 (a market's move counted in percent is the report's own session)
    fell = event_named(tl, "fell").when
    assert fell.earliest_start is None or fell.earliest_start >= datetime(2018, 11, 16)
    perfect = timeline.extract("Shares have fallen 31 percent since 2021.", dct=DCT)
    assert event_named(perfect, "fallen").when.earliest_start == datetime(2021, 1, 1)


def test_from_one_time_to_another_gives_both_ends() -> None:
    tl = timeline.extract("The partners quarrelled from June to August over a reform.", dct=DCT)
    quarrelled = event_named(tl, "quarrelled")
    assert quarrelled.when.earliest_start == datetime(2018, 6, 1)
    assert quarrelled.when.latest_end == datetime(2018, 9, 1)


def test_the_day_before_followed_by_a_preposition_is_a_date() -> None:
    values = _values(
        "The vote was due on Wednesday, but the session was postponed the day before at the "
        "party's request. He was freed the day before the shooting."
    )
    assert values["the day before"] == "2018-11-13"
    assert list(values).count("the day before") == 1  # "the day before the shooting": untagged


def test_a_hope_looks_ahead_and_a_relative_clause_keeps_its_own_tense() -> None:
    values = _values(
        "The president, who held talks with him on Thursday night, said he would consult the "
        "parties on Monday and hoped to nominate a candidate by early December."
    )
    assert values["Thursday night"] == "2018-11-15TNI"
    assert values["Monday"] == "2018-11-19"


def test_an_event_noun_of_a_stated_length_is_not_put_inside_a_shorter_time() -> None:
    tl = timeline.extract(
        "The company submitted a new analysis of its 18-month trial earlier this month.",
        dct="2025-09-16",
    )
    assert event_named(tl, "trial").when.earliest_start is None  # 18 months do not fit in 16 days
    assert event_named(tl, "submitted").when.earliest_start == datetime(2025, 9, 1)
