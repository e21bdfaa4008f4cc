"""Anchoring and resolver rules written from the ninth batch of held-out articles.

Each test restates one rule on sentences of its own. DCT: Tuesday 2016-05-10.
"""

from __future__ import annotations

from datetime import datetime

import timeline

from .conftest import event_named

DCT = "2016-05-10"


def _values(text: str) -> dict[str, str | None]:
    return {t.text: t.value for t in timeline.find_times(text, dct=DCT)}


def test_a_ranked_noun_since_a_time_comes_after_it() -> None:
    tl = timeline.extract("It is the volcano's first eruption since 2011.", dct=DCT)
    eruption = event_named(tl, "eruption").when
    assert eruption.earliest_start == datetime(2012, 1, 1)
    assert eruption.latest_start is not None
    assert eruption.latest_start > datetime(2012, 1, 1)
    # the record says nothing of the verb the phrase hangs on: no "began in 2011"
    # (a move counted in percent is the report's own session, so it starts on the DCT)
    tl = timeline.extract("Shares fell 31 percent, their lowest level since 2011.", dct=DCT)
    fell = event_named(tl, "fell").when
    assert fell.earliest_start is None or fell.earliest_start >= datetime(2016, 5, 10)
    # an unranked noun still began then
    tl = timeline.extract("The eruption has continued since Saturday.", dct=DCT)
    assert event_named(tl, "continued").when.earliest_start == datetime(2016, 5, 7)


def test_a_wide_start_window_is_summarised_as_its_years() -> None:
    tl = timeline.extract("It is the volcano's first eruption since 2011.", dct=DCT)
    assert str(event_named(tl, "eruption").when) == "2012-2016 .. ongoing"


def test_a_participle_after_remain_is_no_past_cue() -> None:
    values = _values("Officials said the airports would remain closed until Wednesday.")
    assert values["Wednesday"] == "2016-05-11"
    values = _values("The airports remained closed on Wednesday.")
    assert values["Wednesday"] == "2016-05-04"


def test_now_is_no_time_of_a_futureevent_named() -> None:
    tl = timeline.extract("The exams will now be held in June.", dct=DCT)
    assert str(event_named(tl, "held").when) == "2016-06"
    tl = timeline.extract("The exams will now be held.", dct=DCT)
    held = event_named(tl, "held").when
    assert held.latest_end is None


def test_an_infinitive_forced_happened_when_the_forcing_did() -> None:
    tl = timeline.extract(
        "Two years ago, a similar problem forced the city to close the footbridge.", dct=DCT
    )
    assert str(event_named(tl, "close").when) == "2014"
    tl = timeline.extract("Two years ago, the city asked the state to close the bridge.", dct=DCT)
    assert str(event_named(tl, "close").when) != "2014"


def test_a_time_on_a_participle_that_is_no_event_dates_its_clause() -> None:
    tl = timeline.extract(
        "Regulators questioned the settings in 2009, and the company paid a fine over "
        "search bundling three years later.",
        dct=DCT,
    )
    assert str(event_named(tl, "paid").when) == "2012"


def test_an_unfinished_event_with_a_deadline_ahead_lies_between_now_and_then() -> None:
    tl = timeline.extract(
        "The operator said services should return to normal by the end of the month. "
        "The city hoped to restore email by mid-June.",
        dct=DCT,
    )
    for text, end in (("return", datetime(2016, 6, 1)), ("restore", datetime(2016, 7, 1))):
        when = event_named(tl, text).when
        assert when.earliest_start == datetime(2016, 5, 10)
        assert when.latest_end is not None
        assert when.latest_end <= end
    # a deadline already past says nothing of the DCT, nor does a past event's
    tl = timeline.extract(
        "The firm had hoped to finish the work by March 2015. It finished the work by June.",
        dct=DCT,
    )
    assert event_named(tl, "finish").when.earliest_start is None
    assert event_named(tl, "finished").when.earliest_start is None


def test_a_time_before_a_trailing_attribution_is_the_clauses() -> None:
    tl = timeline.extract(
        "Hackers began encrypting servers at 3:15 a.m. on Saturday, and a technician "
        "disconnected the network about four hours later, the city manager told a news "
        "conference.",
        dct=DCT,
    )
    assert str(event_named(tl, "disconnected").when) == "2016-05-07T07"
    assert str(event_named(tl, "told").when) == "2016-05-10"


def test_a_sentence_with_its_own_time_takes_none_from_the_one_before() -> None:
    tl = timeline.extract(
        "Managers closed the hospital ward last Sunday. "
        "Water to the ward was shut off for 48 hours from Monday while engineers flushed "
        "the ward's pipes.",
        dct=DCT,
    )
    assert str(event_named(tl, "closed").when) == "2016-05-08"
    assert str(event_named(tl, "flushed").when) != "2016-05-08"
    # without a time of its own, the sentence still continues the story
    tl = timeline.extract(
        "Managers closed the hospital ward last Sunday. Engineers flushed the ward's pipes.",
        dct=DCT,
    )
    assert str(event_named(tl, "flushed").when) == "2016-05-08"


def test_the_fall_of_something_is_no_season() -> None:
    values = _values(
        "The network has decayed since the fall of communism in 1989. "
        "Prices rose in the fall of 2015."
    )
    assert "the fall" not in values
    assert values["1989"] == "1989"
    assert values["the fall of 2015"] == "2015-FA"


def test_a_headline_event_is_the_leads() -> None:
    tl = timeline.extract(
        "Keston shuts main river bridge after inspectors find cracks\n"
        "KESTON, May 10 (Wire) - The city closed its main bridge on Monday after engineers "
        "found cracks, officials said on Tuesday.",
        dct=DCT,
    )
    assert str(event_named(tl, "shuts").when) == "2016-05-09"
    # with no dated lead, a headline's present tells what just happened, not what goes on
    tl = timeline.extract(
        "Keston shuts main river bridge\nThe decision surprised residents.", dct=DCT
    )
    shuts = event_named(tl, "shuts").when
    assert shuts.latest_end == datetime(2016, 5, 11)
    assert shuts.earliest_end is None
