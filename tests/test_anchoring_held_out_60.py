"""Anchoring rules written in the 2026-12-05 session, third stop (batches 60 and later).

Each test restates one rule on sentences of its own. DCT: Tuesday 2024-03-12.
"""

from __future__ import annotations

from datetime import datetime

import timeline

from .conftest import when_of

DCT = "2024-03-12"
TODAY = datetime(2024, 3, 12)


def _when(text: str, trigger: str) -> timeline.EventTime:
    return when_of(text, trigger, DCT)


def test_a_change_told_with_its_own_since_began_then_and_goes_on() -> None:
    # the parser hangs "since" on the verb, but a verb that is no perfect does not go on since
    # a time: the drop does
    text = "The retailer cut its forecast on Monday, blaming a sharp drop in sales since January."
    when = _when(text, "drop")
    assert when.earliest_start == datetime(2024, 1, 1)
    assert when.latest_start == datetime(2024, 2, 1)
    assert when.earliest_end is not None
    assert when.earliest_end >= TODAY
    # and the verb keeps the day it was done
    assert _when(text, "blaming").latest_end == datetime(2024, 3, 12)
    # a "since" clause, the same
    text = (
        "The retailer cut its forecast on Monday, blaming a drop in sales since the government"
        " raised fuel taxes in January."
    )
    when = _when(text, "drop")
    assert when.earliest_start == datetime(2024, 1, 1)
    assert when.earliest_end is not None
    assert when.earliest_end >= TODAY


def test_a_perfect_keeps_its_since_from_the_noun_before_it() -> None:
    text = "The project has faced repeated delays since 2015."
    assert _when(text, "faced").latest_start == datetime(2016, 1, 1)


def test_what_began_in_a_month_and_is_told_going_on_has_not_ended() -> None:
    text = "The dispute began in January after a driver was attacked."
    when = _when(text, "dispute")
    assert when.earliest_start == datetime(2024, 1, 1)
    assert when.earliest_end is not None
    assert when.earliest_end >= TODAY
    text = "The fire broke out late on Sunday and has since burned 5,000 hectares of forest."
    when = _when(text, "fire")
    assert when.earliest_end is not None
    assert when.earliest_end >= TODAY


def test_an_incident_that_began_and_was_dealt_with_in_the_past_is_over() -> None:
    text = (
        "The blaze broke out on Saturday night, and firefighters took nine hours to bring it"
        " under control."
    )
    when = _when(text, "blaze")
    assert when.earliest_end is None or when.earliest_end < TODAY


def test_a_sentence_naming_the_last_sentences_event_tells_its_day() -> None:
    # "votes" names the voting; the parser makes "measure" the root and "passed" a participle
    text = (
        "The city council voted on Monday to ban holiday rentals in the old town."
        " The measure passed by 31 votes to 14 after a long debate."
    )
    assert _when(text, "passed").earliest_start == datetime(2024, 3, 11)
    # with no such noun, the sentence tells a story of its own
    text = (
        "The city council voted on Monday to ban holiday rentals in the old town."
        " Rents soared after a tourism boom."
    )
    assert _when(text, "soared").earliest_start is None


def test_conjoined_perfects_share_their_since_and_count_instances() -> None:
    # the tagger takes "stopped" for a simple past; both go back to 2019, one title at a time
    text = (
        "At least 30 local titles have closed or stopped printing since 2019, according to"
        " the association."
    )
    when = _when(text, "closed")
    assert when.earliest_start == datetime(2019, 1, 1)
    assert when.latest_end == datetime(2024, 3, 13)
    when = _when("Thirty titles have closed or merged since 2019.", "closed")
    assert when.earliest_start == datetime(2019, 1, 1)
    assert when.latest_end == datetime(2024, 3, 13)


def test_an_event_noun_lasts_what_its_relative_clause_says_it_went_on() -> None:
    # ended on Monday after 14 months: it began about 14 months before
    text = (
        "The council voted on Monday to ban rentals, ending a legal battle with owners and"
        " platforms that had dragged on for 14 months."
    )
    when = _when(text, "battle")
    assert when.latest_end == datetime(2024, 3, 12)
    assert when.earliest_start is not None
    assert datetime(2022, 12, 1) <= when.earliest_start <= datetime(2023, 2, 1)


def test_an_event_noun_expected_within_a_length_falls_within_it_from_now() -> None:
    when = _when("A decision on the claim is expected within six weeks.", "decision")
    assert when.earliest_start == TODAY
    assert when.latest_end == datetime(2024, 4, 24)


def test_a_length_stated_as_a_floor_began_no_later_than_that_long_ago() -> None:
    text = "The family has waited more than a year for someone to take responsibility."
    assert _when(text, "waited").latest_start == datetime(2023, 3, 12)
    text = "The firm has supplied the army for at least 20 years."
    assert _when(text, "supplied").latest_start == datetime(2004, 3, 12)


def test_a_conjunct_ordered_by_its_own_signal_keeps_out_of_the_others_time() -> None:
    text = (
        "The lift was closed immediately after the accident and reopened in December after the"
        " safety bars were replaced."
    )
    when = _when(text, "closed")
    assert when.earliest_start is None or when.earliest_start < datetime(2023, 12, 1)


def test_a_sentence_going_on_with_he_or_she_goes_on_from_the_last_date() -> None:
    text = (
        "The girl slipped under the open bar on February 8 and landed on a rocky slope."
        " She was flown to hospital in Sion."
    )
    assert _when(text, "flown").earliest_start == datetime(2024, 2, 8)
    # but a reaction is the report's
    text = (
        "The company hired an outside laboratory last week to review its testing."
        " She declined to say how much the shutdown would cost."
    )
    assert _when(text, "declined").earliest_start == TODAY


def test_a_relative_clause_on_the_complement_of_an_event_noun_tells_of_the_event() -> None:
    # the parser hangs "that began on Wednesday" on "cabinet"; it is the session that began
    text = (
        "The governor signed the order on Thursday evening after a two-day session of the"
        " provincial cabinet that began on Wednesday."
    )
    when = _when(text, "session")
    assert when.earliest_start == datetime(2024, 3, 6)
    assert when.latest_start == datetime(2024, 3, 7)


def test_both_verbs_of_a_when_clause_after_a_year_are_of_that_year() -> None:
    # "five months" hangs on the clause's verb too, but it is a length, no date of its own
    text = (
        "The province last declared a drought emergency in 2017, when restrictions lasted five"
        " months and farmers lost about a third of the maize harvest."
    )
    when = _when(text, "lost")
    assert when.earliest_start == datetime(2017, 1, 1)
    assert when.latest_end == datetime(2018, 1, 1)


def test_a_remand_for_a_length_is_a_term_not_how_long_remanding_took() -> None:
    text = (
        "The captain appeared before a judge on Saturday and was remanded in custody for four"
        " weeks."
    )
    assert _when(text, "remanded").earliest_start == datetime(2024, 3, 9)


def test_a_participle_of_lasting_on_an_event_noun_gives_its_length() -> None:
    # "lasting" is no event; the search ran up to the recovery and lasted about two days
    text = "The bodies were recovered by divers on Thursday after a search lasting two days."
    when = _when(text, "search")
    assert when.earliest_start is not None
    assert datetime(2024, 3, 5) <= when.earliest_start <= datetime(2024, 3, 6)
    assert when.latest_end == datetime(2024, 3, 8)


def test_the_accident_takes_up_the_dated_incident_told_before() -> None:
    text = (
        "The breach on March 4 sprayed molten glass across the furnace floor. A worker died in"
        " hospital three days after the accident."
    )
    assert _when(text, "accident").earliest_start == datetime(2024, 3, 4)
    when = _when(text, "died")
    assert when.earliest_start == datetime(2024, 3, 7)
    assert when.latest_end == datetime(2024, 3, 8)


def test_a_conjunct_joined_to_a_verb_placed_by_a_signal_is_not_after_it() -> None:
    # the burns were suffered in the breach, not after the death
    text = (
        "The breach on March 4 sprayed molten glass across the floor. A worker died three days"
        " after the accident, and two colleagues suffered burns."
    )
    when = _when(text, "suffered")
    assert when.earliest_start is None or when.earliest_start < datetime(2024, 3, 7)


def test_a_noun_the_parser_made_a_bare_verb_clause_leaves_the_date_to_the_verb() -> None:
    # "pass" comes out a base-form verb with no "to", auxiliary or subject
    text = (
        "The lorry crashed on a hairpin bend below the San Lucio pass late Friday, spilling logs"
        " across both lanes."
    )
    when = _when(text, "crashed")
    assert when.earliest_start == datetime(2024, 3, 8)
    assert when.latest_end == datetime(2024, 3, 9)


def test_a_perfect_infinitive_tells_what_came_before() -> None:
    text = "Much of the asbestos is believed to have been installed during the renovation."
    when = _when(text, "installed")
    assert when.latest_end is not None
    assert when.latest_end <= datetime(2024, 3, 13)
    assert when.earliest_start is None


def test_a_time_after_a_verbs_particle_is_the_verbs_own() -> None:
    # the parser takes "down" for a preposition before "the following spring"
    text = "A court suspended the cap in September 2022 and struck it down the following spring."
    when = _when(text, "struck")
    assert when.earliest_start == datetime(2023, 3, 1)
    assert when.latest_end == datetime(2023, 6, 1)


def test_a_decade_describing_a_thing_does_not_date_the_verb() -> None:
    text = "The units have operated in a 1960s wing of the main hospital."
    when = _when(text, "operated")
    assert when.earliest_start is None or when.earliest_start >= datetime(1970, 1, 1)
    assert when.latest_end is None or when.latest_end > datetime(1970, 1, 1)


def test_a_conjunct_with_its_own_subject_keeps_its_own_tense() -> None:
    # "estimated" does not borrow "will" from "cost"
    text = (
        "Taxi drivers and hotel owners near Marden have complained for weeks that the shutdown"
        " will cost them business, and the regional chamber of commerce estimated on Thursday"
        " that local firms would lose around 15 million pounds."
    )
    assert _when(text, "estimated").earliest_start == datetime(2024, 3, 7)


def test_a_marked_clause_the_parser_hung_on_a_preposition_still_orders_its_verb() -> None:
    # "for [nearly three hours before a tug towed it back]": three hours after the drifting
    text = (
        "The ferry lost power in its port engine on Saturday morning and drifted for nearly"
        " three hours before a tug towed it back to port with 86 passengers on board."
    )
    when = _when(text, "towed")
    assert when.earliest_start is not None
    assert when.earliest_start >= datetime(2024, 3, 9, 6)
    assert when.latest_end is not None
    assert when.latest_end <= datetime(2024, 3, 10)


def test_what_an_inspection_found_it_found_when_it_was_done() -> None:
    text = "An inspection on Thursday found deep cracks in two of the bridge's piers."
    when = _when(text, "found")
    assert when.earliest_start == datetime(2024, 3, 7)
    assert when.latest_end == datetime(2024, 3, 8)
