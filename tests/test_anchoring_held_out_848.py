"""Anchoring rules written in the sixteenth session (2026-12-07, batches 848 and later).

Each test restates one rule on sentences of its own. DCT: Friday 2024-03-15.
"""

from __future__ import annotations

from datetime import datetime

import timeline

from .conftest import assert_inside, value_of, when_of

DCT = "2024-03-15"


def _when(text: str, trigger: str) -> timeline.EventTime:
    return when_of(text, trigger, DCT)


def _value(text: str, expression: str) -> str | None:
    return value_of(text, expression, DCT)


def test_a_participle_clause_after_a_year_is_in_that_year() -> None:
    """ "She resumed in 2022, running in Kenya in March": the months of the participle clause
    are 2022's, up to its closing comma; the attribution after it is dated from the DCT."""
    text = (
        "She resumed in 2022, running in Kenya in March and in Japan in November, and "
        "completed a race in Peru last year."
    )
    assert _value(text, "March") == "2022-03"
    assert _value(text, "November") == "2022-11"
    text = "The club was founded in 1998, making it one of the oldest, officials said in March."
    assert _value(text, "March") == "2024-03"


def test_a_present_perfect_is_not_dated_by_a_year_still_to_come() -> None:
    """ "We have offered a 3 percent rise this year and a further 2 percent in 2025": what is
    offered by now lies in no year to come; the year is the second rise's."""
    text = (
        '"We have offered a 3 percent rise this year and a further 2 percent in 2025," the '
        "director told reporters."
    )
    when = _when(text, "offered")
    assert when.earliest_start is None or when.earliest_start < datetime(2025, 1, 1)
    assert when.latest_end is not None
    assert when.latest_end <= datetime(2024, 3, 16)
    # a future perfect still may be
    text = "By 2025 the company will have offered the rise to every worker."
    assert (_when(text, "offered").latest_end or datetime.max) > datetime(2024, 3, 16)


def test_a_lead_present_perfect_takes_the_day_the_next_sentence_tells() -> None:
    """The lead gives the fact, the next sentence its moment: "has found a hoard ..." then
    "picked up a strong signal at about 3 p.m. on March 2"."""
    lead = (
        "Retired farmer finds Roman coins\n"
        "A retired farmer has found a hoard of Roman coins in a field near Wexby, "
        "archaeologists said on Friday.\n"
    )
    text = lead + "John Marsh picked up a strong signal at about 3 p.m. on March 2 in the field.\n"
    assert_inside(text, "found", DCT, datetime(2024, 3, 2), datetime(2024, 3, 3))
    # a lead ordered after another happening: the next sentence tells of that one
    text = (
        "Lost dog home after two years\n"
        "A collie that bolted from a rest stop has been reunited with her owner after a farmer "
        "found her near a village, a charity said on Friday.\n"
        "Nala ran off on March 2, when a lorry sounded its horn at the rest stop.\n"
    )
    assert _when(text, "reunited").earliest_start != datetime(2024, 3, 2)
    # a year of the background is no moment of the find
    text = lead + "The coins were buried by a wealthy family in 1944, the trust said.\n"
    assert _when(text, "found").earliest_start != datetime(1944, 1, 1)
    assert (_when(text, "found").latest_end or datetime.max) > datetime(1945, 1, 1)


def test_a_diary_entry_set_off_by_commas_dates_its_clock_times() -> None:
    """ "In one entry, dated March 3, 1944, he describes ... at about 4 a.m.": an entry's date
    is a day of the story, as a receipt's is not."""
    text = (
        "In one entry, dated March 3, 1944, he describes watching a burning freighter drift "
        "past the rocks at about 4 a.m."
    )
    assert _value(text, "about 4 a.m.") == "1944-03-03T04:00"
    text = "Police found a pharmacy receipt, dated March 3, in his coat. The shop closed at 6 p.m."
    assert _value(text, "6 p.m.") != "2024-03-03T18:00"


def test_an_infinitive_with_a_subject_of_its_own_is_still_expected() -> None:
    """ "said they expected the total to rise for two weeks": the parser makes the infinitive a
    complement clause, but what was just expected is still to come, as with "expected to"."""
    text = "The insurers said on Friday they expected the total to rise for at least two weeks."
    when = _when(text, "rise")
    assert when.earliest_start is not None
    assert when.earliest_start >= datetime(2024, 3, 15)


def test_a_participle_is_dated_by_its_verb_whatever_it_accuses_of() -> None:
    """ "filed a motion on Tuesday, accusing her of charging taxpayers": the event after "of"
    is what is accused, not a time of the accusing's own."""
    text = (
        "Opposition lawmakers filed a motion of no confidence in the speaker on Tuesday, "
        "accusing her of charging taxpayers for trips."
    )
    assert_inside(text, "accusing", DCT, datetime(2024, 3, 12), datetime(2024, 3, 13))


def test_what_a_gathering_is_for_is_done_at_it() -> None:
    """ "will meet again on April 17 to discuss transport", "will travel to the capital next
    week to meet the minister": the purpose is done at the gathering, not at any time after."""
    text = "The board will meet again on April 17 to discuss transport arrangements."
    assert_inside(text, "discuss", DCT, datetime(2024, 4, 17), datetime(2024, 4, 18))
    text = "Haddad will travel to the capital next week to meet the integration minister."
    assert_inside(text, "meet", DCT, datetime(2024, 3, 18), datetime(2024, 3, 25))
    # not for a verb of doing: "raised prices on Monday to cover costs" covers them after
    text = "The bakery raised its prices on Monday to cover higher costs."
    assert (_when(text, "cover").latest_end or datetime.max) > datetime(2024, 3, 12)


def test_a_second_noun_of_a_prepositions_object_heads_no_clause() -> None:
    """ "declared a state of emergency for Brennan and two neighbouring counties on Thursday
    morning": the day is the declaring's, though the parser hangs it on "counties"."""
    text = (
        "Gov. Ellen Marsh declared a state of emergency for Brennan and two neighboring "
        "counties on Wednesday morning and said she would ask for federal aid."
    )
    assert_inside(text, "declared", DCT, datetime(2024, 3, 13), datetime(2024, 3, 14))


def test_what_was_found_in_a_state_was_found_when_it_was_in_it() -> None:
    """ "Officers found the instrument wrapped in a blanket ... during a search on Friday
    morning": the participle is said of the object, at the finding's time; a finding that
    reports a clause of its own ("found the company breached the rules in 2019") is not."""
    text = (
        "Officers found the instrument wrapped in a blanket in a wardrobe during a search of a "
        "flat on Tuesday morning."
    )
    assert_inside(text, "found", DCT, datetime(2024, 3, 12), datetime(2024, 3, 13))
    text = "The inquiry found the company breached the rules in 2019."
    assert (_when(text, "found").latest_end or datetime.max) > datetime(2020, 1, 1)


def test_a_length_hung_on_the_marker_measures_the_gap() -> None:
    """ "fired the coach on Tuesday, three days after a home defeat left the club one point
    above the relegation zone": the parser hangs "three days" on "after", not on the verb; the
    defeat, which did what the verb tells, is on the Monday too. A length that is no exact gap
    ("nearly two weeks after") gives no day."""
    text = (
        "Northbridge Rovers fired coach Dieter Hartmann on Thursday, three days after a 4-0 "
        "home defeat against Castleford left the club one point above the relegation zone."
    )
    assert_inside(text, "left", DCT, datetime(2024, 3, 11), datetime(2024, 3, 12))
    assert_inside(text, "defeat", DCT, datetime(2024, 3, 11), datetime(2024, 3, 12))
    # an "after" with no gap stated does not date the noun by its verb's day
    text = "The river was closed on Thursday after a chemical spill killed thousands of fish."
    assert _when(text, "spill").earliest_start is None
    text = (
        "The harbour will stay closed until Friday, officials said on Thursday, nearly two "
        "weeks after a ruptured storage tank sent diesel into its basin."
    )
    assert _when(text, "sent").earliest_start is None


def test_a_perfect_takes_the_since_and_the_length_hung_on_its_object() -> None:
    """ "have campaigned for a ban since last August", "has kept a weather warning in place
    since Monday", "has lobbied for a ban for 14 months": the parser hangs the phrase on the
    object, but the perfect is what went on since then (not a report: "has reported a drop
    in orders since August" leaves the drop going on)."""
    text = "Environmental groups have campaigned for a ban since last August."
    assert _when(text, "campaigned").earliest_start == datetime(2023, 8, 1)
    text = "The service has kept a severe weather warning in place since Monday."
    assert _when(text, "kept").earliest_start == datetime(2024, 3, 11)
    text = "Local campaign group Safe Pavements has lobbied for a ban for 14 months."
    start = _when(text, "lobbied").earliest_start
    assert start is not None
    assert datetime(2022, 12, 1) <= start <= datetime(2023, 2, 1)
    text = "The firm has reported a drop in orders since August."
    assert _when(text, "drop").earliest_start == datetime(2023, 8, 1)


def test_a_perfect_awaited_by_a_step_to_come_is_to_come() -> None:
    """ "would not restart injection until the regulator had approved a new plan", "will
    examine the workshop once engineers have declared the building safe": done before the
    step, but not yet; a perfect in the story's past stays past."""
    text = (
        "The chief executive said the company would not restart injection until the regulator "
        "had approved a new pumping plan."
    )
    assert (_when(text, "approved").earliest_start or datetime.min) >= datetime(2024, 3, 15)
    text = "Investigators will examine the workshop once engineers have declared it safe."
    assert (_when(text, "declared").earliest_start or datetime.min) >= datetime(2024, 3, 15)
    text = "The lift stayed closed until engineers had inspected it on Monday."
    assert_inside(text, "inspected", DCT, datetime(2024, 3, 11), datetime(2024, 3, 12))


def test_a_quote_is_not_of_a_statement_dated_only_by_its_month() -> None:
    """ "Bellweather announced his retirement last month ... 'My body is telling me it's
    time,' Bellweather told reporters after weighing in": a statement of a month is no occasion
    a later quote comes from."""
    text = (
        "Jockey retires after 31 years\n"
        "Veteran jockey Tom Bellweather rode his last race on Friday.\n"
        "Bellweather, 48, announced his retirement last month, saying a fall in August had "
        "convinced him to stop.\n"
        '"My body is telling me it is time," Bellweather told reporters after weighing in.\n'
    )
    assert (_when(text, "told").earliest_start or datetime.max) >= datetime(2024, 3, 1)


def test_what_a_causative_still_to_come_has_done_is_to_come() -> None:
    """ "will have their shifts cut for six months starting in January": the cutting is what
    will be had done, not a past cut."""
    text = (
        "About 1,100 workers at the plant will have their shifts cut for six months starting "
        "in January, a spokesman said."
    )
    assert (_when(text, "cut").earliest_start or datetime.min) >= datetime(2024, 3, 15)


def test_a_length_spent_inside_a_place_is_the_spendings() -> None:
    """ "hackers had spent nearly five months inside its booking system before the breach was
    discovered earlier this month": the parser hangs the length on "inside"; it is how long
    the spending went on."""
    text = (
        "The hotel group said on Tuesday that hackers had spent nearly five months inside its "
        "booking system before the breach was discovered earlier this month."
    )
    start = _when(text, "spent").earliest_start
    assert start is not None
    assert datetime(2023, 9, 1) <= start <= datetime(2023, 11, 1)


def test_an_answer_is_given_when_the_question_was_asked() -> None:
    """ "Asked on Thursday evening for the secret of a long life, Pelleter said": the saying
    is that evening's, not the DCT's."""
    text = "Asked on Thursday evening for the secret of a long life, Pelleter said she walked."
    assert_inside(text, "said", DCT, datetime(2024, 3, 14), datetime(2024, 3, 15))
