"""The pipeline's news repairs: sentence starts for lines and datelines, and verb lemmas."""

from __future__ import annotations

import pytest

from timeline.nlp import load_pipeline


def _sentences(text: str) -> list[str]:
    return [sentence.text.strip() for sentence in load_pipeline()(text).sents]


def test_every_line_starts_a_sentence() -> None:
    sentences = _sentences("Turkey, Russia continue to work together\nTurkey will continue talks.")
    assert sentences == ["Turkey, Russia continue to work together", "Turkey will continue talks."]


@pytest.mark.parametrize(
    ("dateline", "story"),
    [
        ("KESTON, March 15 (Wire) -", "The city closed its main bridge on Wednesday."),
        ("BRUSSELS (Reuters) -", "The Commission opened an investigation on Friday."),
        ("BRENTON, Mo. (Reuters) -", "Most city computers have been offline since Saturday."),
        ("NAIROBI, Kenya (AP) _", "Suspected bombs exploded outside the embassies Friday."),
    ],
)
def test_a_dateline_is_one_sentence_apart_from_the_story(dateline: str, story: str) -> None:
    sentences = _sentences(f"A headline without a stop\n{dateline} {story}")
    assert sentences == ["A headline without a stop", dateline, story]


def test_an_upper_case_word_inside_a_sentence_is_no_dateline() -> None:
    sentences = _sentences("The NATO - led force said on Monday it would stay.")
    assert len(sentences) == 1


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        ("Diplomats hoped the round would yield an accord.", "hoped", "hope"),
        ("Diplomats are hoping for an accord.", "hoping", "hope"),
        ("Talks were slated for Monday.", "slated", "slate"),
        ("Protesters staged a sit-in.", "staged", "stage"),
        # a doubled consonant, or a stem of two syllables, keeps the lemmatizer's lemma
        ("The rabbit hopped over the fence.", "hopped", "hop"),
        ("The ministers planned a summit.", "planned", "plan"),
        ("The museum opened its doors.", "opened", "open"),
        ("Inspectors visited the plant.", "visited", "visit"),
    ],
)
def test_a_verb_keeps_its_silent_e_in_its_lemma(sentence: str, word: str, lemma: str) -> None:
    tokens = [token for token in load_pipeline()(sentence) if token.text == word]
    assert [token.lemma_ for token in tokens] == [lemma]
