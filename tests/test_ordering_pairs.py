"""The pair-shape table: its shipped form and the pairs it is asked about."""

from __future__ import annotations

from timeline.events.model import Event, EventClass, Tense
from timeline.nlp import load_pipeline
from timeline.ordering.model import TimeRelation
from timeline.ordering.pair_model import features, fit, load_model, predict, probabilities
from timeline.ordering.pair_model import pairs as model_pairs
from timeline.ordering.pairs import MIN_COUNT, candidate_pairs, load_table, pair_key


def _event(doc: object, word: str, tense: Tense, kind: EventClass) -> tuple[Event, object]:
    token = next(t for t in doc if t.text == word)  # type: ignore[attr-defined]
    event = Event(word, token.idx, token.idx + len(word), token.lemma_, 0, token.pos_, kind, tense)
    return event, token


def test_the_shipped_table_is_trained_and_well_formed() -> None:
    table = load_table()
    assert len(table) >= 5
    for key, relation in table.items():
        assert key[0] in {"child-after", "child-before", "next-roots", "root-then", "then-root"}
        assert relation in {
            TimeRelation.BEFORE,
            TimeRelation.AFTER,
            TimeRelation.SIMULTANEOUS,
            TimeRelation.INCLUDES,
            TimeRelation.IS_INCLUDED,
        }
    assert MIN_COUNT > 1


def test_head_dependent_pairs_and_their_shape() -> None:
    doc = load_pipeline()("Officials said the rebels attacked the town.")
    said, said_token = _event(doc, "said", Tense.PAST, EventClass.REPORTING)
    attacked, attacked_token = _event(doc, "attacked", Tense.PAST, EventClass.OCCURRENCE)
    pairs = list(candidate_pairs([said, attacked], [said_token, attacked_token]))
    assert pairs == [
        (0, 1, ("child-after", "ccomp", "PAST/NONE/REPORTING", "PAST/NONE/OCCURRENCE"))
    ]
    assert pair_key(attacked, attacked_token, said, said_token) == (
        "child-before",
        "ccomp",
        "PAST/NONE/OCCURRENCE",
        "PAST/NONE/REPORTING",
    )


def test_roots_of_neighbouring_sentences_pair_up() -> None:
    doc = load_pipeline()("Rebels attacked the town. Officials said so.")
    attacked, attacked_token = _event(doc, "attacked", Tense.PAST, EventClass.OCCURRENCE)
    said, said_token = _event(doc, "said", Tense.PAST, EventClass.REPORTING)
    said = Event(said.text, said.start, said.end, said.lemma, 1, said.pos, said.kind, said.tense)
    pairs = list(candidate_pairs([attacked, said], [attacked_token, said_token]))
    assert pairs == [(0, 1, ("next-roots", "PAST/NONE/OCCURRENCE", "PAST/NONE/REPORTING"))]


def test_fit_learns_a_separable_toy_problem() -> None:
    examples = [(["bias", "between=after"], 2)] * 20 + [(["bias", "between=before"], 1)] * 20
    examples += [(["bias", "between=and"], 0)] * 20
    weights = fit(examples, epochs=5)
    assert predict(weights, ["bias", "between=after"]) is TimeRelation.AFTER
    assert predict(weights, ["bias", "between=before"]) is TimeRelation.BEFORE
    assert predict(weights, ["bias", "between=and"]) is None


def test_shipped_model_orders_a_reported_past_event_before_the_saying() -> None:
    doc = load_pipeline()("Officials said the rebels attacked the town.")
    said, said_token = _event(doc, "said", Tense.PAST, EventClass.REPORTING)
    attacked, attacked_token = _event(doc, "attacked", Tense.PAST, EventClass.OCCURRENCE)
    weights = load_model()
    assert weights
    assert list(model_pairs([said, attacked], [said_token, attacked_token])) == [(0, 1)]
    found = features(said, said_token, attacked, attacked_token)
    assert "tie=head-of:ccomp" in found
    chances = probabilities(weights, found)
    # the saying comes after what it reports: AFTER must be the likeliest relation
    assert max(chances, key=lambda label: 0.0 if label == "NONE" else chances[label]) == "AFTER"
