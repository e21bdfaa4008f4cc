"""Anchoring rules written in the seventh 2026-12-06 session (batches 456 and later).

Each test restates one rule on sentences of its own. DCT: Tuesday 2024-03-12.
"""

from __future__ import annotations

from datetime import date, datetime

import timeline

from .conftest import when_of

DCT = "2024-03-12"
TODAY = datetime(2024, 3, 12)
SUNDAY = date(2024, 3, 10)


def _when(text: str, trigger: str) -> timeline.EventTime:
    return when_of(text, trigger, DCT)


def _day(text: str, trigger: str) -> date | None:
    when = _when(text, trigger)
    if when.earliest_start is None or when.latest_end is None:
        return None
    if when.latest_end - when.earliest_start > TODAY - datetime(2024, 3, 11):
        return None  # not within one day
    return when.earliest_start.date()


def test_a_day_between_subject_and_verb_dates_the_verb() -> None:
    for text, trigger in (
        (
            "Heavy rain is forecast again for the weekend, and the national weather service "
            "on Sunday issued a warning for the valley.",
            "issued",
        ),
    ):
        assert _day(text, trigger) == SUNDAY, text
        # read off the parse, not guessed from the sentence having one day in it
        assert _when(text, trigger).link is timeline.LinkKind.SYNTAX, text
    # a day inside a relative clause of the subject is that clause's own
    inspected = "Geologists who inspected the site on Sunday reported fresh cracks."
    assert _day(inspected, "reported") != SUNDAY
    # and a subject that is itself an event keeps its day ("a survey in 2019 warned")
    assert _day("A survey on Sunday warned that the bridge was failing.", "warned") != SUNDAY
    # the month a thing is for is not the verb's time
    assert _day("Forward prices for October rose 6 percent on Sunday.", "rose") == SUNDAY


def test_a_past_verb_read_as_a_reduced_relative_of_the_root_noun_is_the_sentence_verb() -> None:
    # the parser makes "Aerovalia" the root and "named" a participle modifying it; a
    # participle with an object of its own is the sentence's verb, of its day and in the past
    text = (
        "National airline Aerovalia on Friday named Ines Correia, the head of its cargo "
        "division, as chief executive."
    )
    when = _when(text, "named")
    assert when.earliest_start == datetime(2024, 3, 8), text
    assert when.link is timeline.LinkKind.SYNTAX
    (named,) = (e for e in timeline.extract(text, dct=DCT) if e.text == "named")
    assert named.tense is timeline.Tense.PAST


def test_a_reporter_named_again_by_a_pronoun_acts_on_the_day_of_the_report() -> None:
    for text, trigger in (
        (
            "Air quality tests found no dangerous levels of toxic substances, the regional "
            "environment agency said on Sunday, but it advised residents not to eat vegetables.",
            "advised",
        ),
        (
            "Salo said on Sunday the government would not overturn a decision taken by an "
            "independent regulator, but he offered to extend a discount for regular users.",
            "offered",
        ),
    ):
        assert _day(text, trigger) == SUNDAY, text
    # a noun subject of its own is another actor, on a day the text does not give
    other = (
        "Air quality tests found no dangerous levels of toxic substances, the regional "
        "environment agency said on Sunday, but residents ignored its advice."
    )
    assert _day(other, "ignored") != SUNDAY


def test_what_is_called_for_does_not_happen_when_it_is_called_for() -> None:
    text = (
        "Union leader Paul Okafor said on Sunday that crane drivers had been training since "
        "March and welcomed the investment, but he called for talks on night shifts."
    )
    assert _day(text, "called") == SUNDAY
    assert _when(text, "talks").earliest_start is None
    # a time of the noun's own is still the seeking's
    assert _day("The family appealed for help on social media on Sunday.", "appealed") == SUNDAY


def test_a_telling_right_after_a_dated_event_is_of_that_day() -> None:
    text = (
        'Carvalho won the race on Sunday in a record time. "When I saw the time on the board '
        'I just started crying," Carvalho told reporters after the race.'
    )
    assert _day(text, "told") == SUNDAY
    # measured ("two days after the race") it is not
    later = (
        'Carvalho won the race on Sunday in a record time. "I am still tired," Carvalho '
        "told reporters two days after the race."
    )
    assert _day(later, "told") != SUNDAY
