"""Anchoring rules written in the seventeenth session (2026-12-07, batches 872 and later).

Each test restates one rule on sentences of its own. DCT: Friday 2024-03-15.
"""

from __future__ import annotations

from datetime import datetime

import timeline

from .conftest import assert_inside, when_of

DCT = "2024-03-15"


def _when(text: str, trigger: str) -> timeline.EventTime:
    return when_of(text, trigger, DCT)


def test_what_an_occasion_did_it_did_while_it_was_held() -> None:
    """ "Tuesday's march drew about 800 people": the drawing was during the march, not
    merely some time before the DCT; so is how "Tuesday's gala ended"."""
    text = (
        "Hundreds of residents lined the streets of Ashby. Tuesday's march drew about 800 "
        "people to the town hall, the police said."
    )
    assert_inside(text, "drew", DCT, datetime(2024, 3, 12), datetime(2024, 3, 13))
    text = (
        "The choir sang at the opening of the new library. Tuesday's gala ended with a "
        "fireworks display over the river, organisers said."
    )
    assert_inside(text, "ended", DCT, datetime(2024, 3, 12), datetime(2024, 3, 13))
    # what is done to an occasion beforehand is not: "Saturday's match was postponed"
    text = "Heavy rain fell in the north. Saturday's match was postponed, the league said."
    when = _when(text, "postponed")
    assert when.earliest_start is None or when.earliest_start < datetime(2024, 3, 9)


def test_an_undated_occasion_that_drew_a_crowd_on_a_day_was_held_that_day() -> None:
    """ "a protest outside the central bank drew several hundred people last Saturday": the
    protest was held on the day of its drawing."""
    text = (
        "Savers have complained for months, and a protest outside the central bank drew "
        "several hundred people last Saturday."
    )
    assert_inside(text, "protest", DCT, datetime(2024, 3, 9), datetime(2024, 3, 10))


def test_the_first_edition_of_a_recurring_event_does_not_date_this_one() -> None:
    """ "took part in the race, which was first held in 1987": the race run now is not the
    first one, so neither it nor taking part in it lies in 1987."""
    text = (
        "About 3,400 runners took part in the race, which was first held in 1987 and rarely "
        "drew more than 500 entrants in the 1990s."
    )
    when = _when(text, "took")
    assert when.earliest_start is None or when.earliest_start < datetime(1987, 1, 1)
    # a relative clause without "first" still stages the noun it hangs on
    text = "About 300 runners took part in the race, which was held in Avonmouth on Tuesday."
    assert_inside(text, "took", DCT, datetime(2024, 3, 12), datetime(2024, 3, 13))


def test_a_trailing_attribution_joined_after_a_pair_of_steps_is_its_own_telling() -> None:
    """ "The intruders entered the network on May 14 and stayed there for nine days, copying
    names and addresses, the vice-chancellor told a news conference": the parser may join
    "told" to "entered" after the pair's "and"; the telling is not on May 14."""
    text = (
        "The university said on Friday that hackers had stolen student data.\n"
        "The intruders first entered the university's network on Feb. 14 and stayed there "
        "undetected for nine days, copying names, home addresses, bank details and exam "
        "results, Vice-Chancellor Helen Marrick told a news conference."
    )
    when = _when(text, "told")
    assert when.earliest_start is not None
    assert when.earliest_start >= datetime(2024, 3, 1)


def test_a_lead_perfect_takes_the_moment_of_the_scene_told_next() -> None:
    """ "has found a hoard of Roman coins" then "was sweeping a farm at about 3:30 p.m. on
    January 20 when the detector gave a strong signal": the past progressive sets the scene
    of the finding."""
    text = (
        "Schoolboy's metal detector turns up hoard of Roman coins\n"
        "A schoolboy using a metal detector has found a hoard of more than 900 Roman silver "
        "coins in a field near the village, archaeologists said on Friday.\n"
        "Oliver Penhallow, 11, was sweeping a friend's family farm with his father at about "
        "3:30 p.m. on January 20 when the detector gave a strong signal, the county "
        "archaeology service said."
    )
    assert_inside(text, "found", DCT, datetime(2024, 1, 20), datetime(2024, 1, 21))


def test_a_stretch_that_has_gone_on_since_a_time_is_not_held_within_a_day() -> None:
    """ "strikes were recorded on Tuesday, during a heatwave that has gripped the region since
    late July": the heatwave holds the Tuesday, it is not held within it."""
    text = (
        "Meteorologists said more than 2,600 lightning strikes were recorded across the "
        "county on Tuesday, during a heatwave that has gripped the region since late July."
    )
    when = _when(text, "heatwave")
    assert when.latest_start is not None
    assert when.latest_start < datetime(2024, 3, 12)


def test_a_step_taken_after_a_stretch_is_not_at_the_first_step_s_moment() -> None:
    """ "set off at 10 p.m. on Thursday and reached the summit after about eight hours": the
    reaching came after the setting off, not at 10 p.m."""
    text = (
        "The group set off from the hut at 10 p.m. on Thursday and reached the summit after "
        "about eight hours, the guide told reporters."
    )
    when = _when(text, "reached")
    assert when.earliest_start is not None
    assert when.earliest_start >= datetime(2024, 3, 14, 22)
    assert when.latest_end is None or when.latest_end > datetime(2024, 3, 14, 23)


def test_a_dated_document_tells_what_it_tells_when_it_is_written() -> None:
    """ "A 2016 government report had warned that the spillway was too small": the warning
    is the 2016 report's; a report with no date leaves its warning undated."""
    text = "A 2016 government report had warned that the spillway was too small for floods."
    assert_inside(text, "warned", DCT, datetime(2016, 1, 1), datetime(2017, 1, 1))
    text = "A government report had warned that the spillway was too small for floods."
    assert _when(text, "warned").earliest_start is None


def test_becoming_the_first_to_do_something_is_doing_it() -> None:
    """ "became the first woman to swim across the strait on Thursday": she became it when
    she swam."""
    text = (
        "A schoolteacher from the coastal town of Brennick became the first woman to swim "
        "across the Korsund Strait on Thursday, battling strong currents."
    )
    assert_inside(text, "became", DCT, datetime(2024, 3, 14), datetime(2024, 3, 15))


def test_what_is_to_happen_when_a_dated_future_step_does_happens_at_its_time() -> None:
    """ "would announce job cuts when it reports results on April 10": the announcing is on
    April 10, not merely some time after the DCT."""
    text = "Reyl said the company would announce job cuts when it reports results on April 10."
    assert_inside(text, "announce", DCT, datetime(2024, 4, 10), datetime(2024, 4, 11))
    text = "The storm is expected to weaken as it moves east on Sunday."
    assert_inside(text, "weaken", DCT, datetime(2024, 3, 17), datetime(2024, 3, 18))


def test_a_state_a_copula_puts_its_subject_in_lasts_the_length_told() -> None:
    """ "have been on strike for three weeks": the strike began about three weeks before the
    DCT and goes on; the copula is no event to hold the length."""
    when = _when("Dock workers have been on strike for three weeks.", "strike")
    assert when.earliest_start is not None
    assert when.latest_start is not None
    # three weeks before Friday 2024-03-15 is Friday 2024-02-23, give or take the week
    assert datetime(2024, 2, 9) <= when.earliest_start <= datetime(2024, 2, 23)
    assert datetime(2024, 2, 23) <= when.latest_start <= datetime(2024, 3, 8)
    assert when.latest_end is None


def test_a_length_hung_on_the_verb_before_an_after_clause_is_the_gap() -> None:
    """ "sailed into the harbour on Sunday, guiding her yacht up the river 26 days after she
    set out": the setting out was 26 days before the Sunday, and the guiding does not last
    26 days."""
    text = (
        "Mia Calder, 17, sailed alone around Tasmania on Sunday, guiding her 9-metre yacht back "
        "up the River Derwent 26 days after she set out."
    )
    assert_inside(text, "set", DCT, datetime(2024, 2, 13), datetime(2024, 2, 14))
    assert_inside(text, "guiding", DCT, datetime(2024, 3, 10), datetime(2024, 3, 11))


def test_failing_to_do_something_on_a_day_is_trying_it_that_day() -> None:
    """ "tugboats failed to pull it free on Thursday morning": the failing is the morning's;
    a plan's infinitive is not ("agreed to pull it free on Saturday")."""
    text = (
        "A cruise ship ran aground on a sandbank on Wednesday evening, and tugboats failed to "
        "pull it free on Thursday morning, the coastguard said."
    )
    assert_inside(text, "failed", DCT, datetime(2024, 3, 14), datetime(2024, 3, 15))
    text = "The salvage firm on Monday agreed to pull the ship free on Saturday."
    assert_inside(text, "agreed", DCT, datetime(2024, 3, 11), datetime(2024, 3, 12))


def _clock(text: str, expression: str) -> str:
    """The TIMEX3 value of the time expression ``expression`` of ``text``."""
    found = [x for x in timeline.find_times(text, dct=DCT) if x.text == expression]
    assert len(found) == 1, found
    return found[0].value


def test_a_bare_clock_time_keeps_the_story_s_day_past_a_flashback() -> None:
    """A clock time tells the story's day, named with its own clock time earlier; a day weeks
    back named in between without one ("last examined the crane on Feb. 20") is background."""
    text = (
        "A construction crane toppled onto a shopping street on Wednesday afternoon, police "
        "said on Thursday.\n"
        "The crane's arm fell across Pellston Avenue at 2:41 p.m., crushing two cars and a "
        "bus shelter, the deputy police chief told a news conference.\n"
        "Rescue workers used hydraulic cutters for nearly three hours to free a woman trapped "
        "in one of the cars. She was taken to St. Aldric's Hospital.\n"
        "The crane had stood at the site since March 2023, when work began on a 22-storey "
        "apartment tower for the developer.\n"
        "City inspectors last examined the crane on Feb. 20 and found no faults, according to "
        "records seen by reporters.\n"
        "Workers said gusts had picked up shortly before the collapse, but the weather service "
        "recorded winds of only 25 km per hour at 2:30 p.m."
    )
    assert _clock(text, "2:30 p.m.") == "2024-03-13T14:30"
    # a flashback told with its own clock time keeps it
    text = (
        "A crane toppled onto a street on Wednesday afternoon, police said on Thursday.\n"
        "On Feb. 20, inspectors examined the crane at 9 a.m. and found no faults."
    )
    assert _clock(text, "9 a.m.") == "2024-02-20T09:00"


def test_a_birth_date_in_an_appositive_s_relative_clause_counts_nothing_later() -> None:
    """ "Marlowe, a retired schoolteacher who was born on May 25, 1934, jumped at noon and
    landed six minutes later": the minutes count from noon, not from her birth."""
    text = (
        "Hundreds watched the jump on Friday.\n"
        "Marlowe, a retired schoolteacher who was born in Hollingsford on May 25, 1934, left "
        "the plane at noon, freefell for about 50 seconds and landed six minutes later."
    )
    assert _clock(text, "noon") == "2024-03-15T12:00"
    when = _when(text, "landed")
    assert when.earliest_start is not None
    assert when.earliest_start >= datetime(2024, 3, 1)


def test_a_day_after_a_subject_s_age_dates_the_verb() -> None:
    """ "An army veteran aged 97 on Friday handed back a flag": the parser hangs the day on
    "aged", but it dates the handing back."""
    text = "An army veteran aged 97 on Thursday handed back a flag he took in April 1945."
    assert_inside(text, "handed", DCT, datetime(2024, 3, 14), datetime(2024, 3, 15))


def test_a_declared_stretch_starting_on_a_day_begins_then() -> None:
    """ "declared three days of national mourning starting on Friday": the parser hangs the
    participle on "declared", but the mourning starts on Friday and lasts three days."""
    text = "The prime minister declared three days of national mourning starting on Saturday."
    when = _when(text, "mourning")
    assert when.earliest_start == datetime(2024, 3, 16)
    # three days from a start somewhere in Saturday
    assert when.latest_end == datetime(2024, 3, 20)


def test_a_relative_clause_on_the_place_of_an_occasion_tells_when_it_began() -> None:
    """ "at a ceremony in the village church that began at 11 a.m.": the ceremony began then,
    not the church; a building's opening stays the building's."""
    text = "Brisk handed over the flag at a ceremony in the village church that began at 11 a.m."
    when = _when(text, "ceremony")
    assert when.earliest_start == datetime(2024, 3, 15, 11)
    text = "Workers held a protest at the factory that opened in 1990."
    when = _when(text, "protest")
    assert when.earliest_start is None or when.earliest_start >= datetime(2024, 1, 1)


def test_what_a_dated_name_did_it_did_then() -> None:
    """ "since Hurricane Lorna in 1998, which killed 41 people and destroyed the crop": the
    named storm did it in 1998; a clause with a time of its own keeps it."""
    text = (
        "It is the strongest storm to hit the islands since Hurricane Lorna in 1998, which "
        "killed 41 people and destroyed much of the banana crop."
    )
    assert_inside(text, "killed", DCT, datetime(1998, 1, 1), datetime(1999, 1, 1))
    assert_inside(text, "destroyed", DCT, datetime(1998, 1, 1), datetime(1999, 1, 1))
    text = "The city hosted Expo in 2010, which it repaid in 2019."
    assert_inside(text, "repaid", DCT, datetime(2019, 1, 1), datetime(2020, 1, 1))
