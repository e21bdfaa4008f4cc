"""Shared Hypothesis strategies (attrs keeps its strategies in one such module, each documented)."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import strategies as st

from tests.corpus.en_times import NEGATIVE, POSITIVE
from timeline.model import Grain

__all__ = [
    "DAY_RELATIVE_SENTENCES",
    "WEEKDAY_SENTENCES",
    "corpus_texts",
    "dcts",
    "extreme_dcts",
    "grains",
    "instants",
    "time_word_soup",
]


def instants(min_year: int = 100, max_year: int = 8000) -> st.SearchStrategy[datetime]:
    """Naive datetimes far enough from ``datetime``'s limits that one unit of any grain (up to
    a millennium) can be added after flooring without overflowing."""
    return st.datetimes(
        min_value=datetime(min_year, 1, 1), max_value=datetime(max_year, 12, 31, 23, 59, 59)
    )


def grains() -> st.SearchStrategy[Grain]:
    """Every granularity the model knows, from seconds to millennia."""
    return st.sampled_from(list(Grain))


def dcts(min_year: int = 1950, max_year: int = 2050) -> st.SearchStrategy[date]:
    """Publication dates of plausible news articles."""
    return st.dates(min_value=date(min_year, 1, 1), max_value=date(max_year, 12, 31))


def extreme_dcts() -> st.SearchStrategy[date]:
    """Any date ``datetime`` can hold, including years 1 and 9999, where "yesterday" or "next
    year" leave the representable range and the resolver must drop the value, not crash."""
    return st.one_of(
        st.dates(),
        st.dates(max_value=date(1, 2, 28)),
        st.dates(min_value=date(9999, 11, 1)),
    )


DAY_RELATIVE_SENTENCES: tuple[tuple[str, str, int], ...] = (
    ("The talks were postponed yesterday.", "yesterday", -1),
    ("The results were released today.", "today", 0),
    ("The talks will resume tomorrow.", "tomorrow", 1),
    ("The attack happened two days ago.", "two days ago", -2),
    ("Rebels seized the town 3 days ago.", "3 days ago", -3),
    ("The minister resigned ten days ago.", "ten days ago", -10),
    ("The attack took place the day before yesterday.", "the day before yesterday", -2),
    ("The envoy arrives the day after tomorrow.", "the day after tomorrow", 2),
)
"""``(sentence, phrase, offset in days from the DCT)``: DCT-relative day expressions."""

WEEKDAY_SENTENCES: tuple[tuple[str, str], ...] = (
    ("Talks were postponed on Sunday.", "Sunday"),
    ("The minister resigned on Friday.", "Friday"),
    ("The talks will resume on Wednesday.", "Wednesday"),
    ("Police arrested three suspects on Thursday.", "Thursday"),
)
"""``(sentence, phrase)``: weekdays, whose value shifts with the DCT only by whole weeks."""


def corpus_texts() -> st.SearchStrategy[str]:
    """Short articles glued from corpus sentences (positive and negative), in random order."""
    sentences = [case.text for case in POSITIVE] + [negative.text for negative in NEGATIVE]
    separators = st.sampled_from([" ", "\n", "\n\n", "  "])
    return st.lists(st.tuples(st.sampled_from(sentences), separators), min_size=1, max_size=8).map(
        lambda parts: "".join(sentence + separator for sentence, separator in parts)
    )


_TIME_WORDS = [
    "on",
    "in",
    "since",
    "until",
    "last",
    "next",
    "this",
    "the",
    "a",
    "ago",
    "later",
    "earlier",
    "before",
    "after",
    "early",
    "late",
    "mid-",
    "about",
    "more",
    "than",
    "less",
    "every",
    "each",
    "Monday",
    "Sunday",
    "March",
    "May",
    "may",
    "June",
    "Sept.",
    "week",
    "weeks",
    "month",
    "year",
    "years",
    "decade",
    "century",
    "quarter",
    "third",
    "fiscal",
    "1990s",
    "'90s",
    "2011",
    "2020-06-14",
    "6/14/2020",
    "14",
    "31",
    "3",
    "p.m.",
    "a.m.",
    "10:30",
    "GMT",
    "noon",
    "morning",
    "night",
    "today",
    "yesterday",
    "tomorrow",
    "now",
    "recently",
    "future",
    "past",
    "two",
    "three",
    "several",
    "few",
    "14-month",
    "weekly",
    "twice",
    "from",
    "to",
    "between",
    "and",
    "-",
    ",",
    ".",
    "(",
    ")",
    "'s",
    "0",
    "99999",
    "1,200",
    "2-1",
    "$2,011",
]


def time_word_soup() -> st.SearchStrategy[str]:
    """Random sequences of time-ish words and punctuation: text that drives many grammar rules
    into partial and overlapping matches, which plain ``st.text()`` rarely does."""
    return st.lists(
        st.tuples(st.sampled_from(_TIME_WORDS), st.sampled_from([" ", "", "\n", ", "])),
        max_size=30,
    ).map(lambda parts: "".join(word + gap for word, gap in parts))
