"""A small logistic model of event-event relations, learned on TimeBank's closure.

For pairs of events in one sentence, and root events of neighbouring sentences, it predicts
the relation TimeBank's annotation entails for them (BEFORE, AFTER, SIMULTANEOUS, INCLUDES,
IS_INCLUDED) or none, from the pair's form: the syntactic tie, tenses, aspects, classes, lemmas
of common triggers, and the signal words between them. A link is written only when the model
gives its relation a probability above :data:`THRESHOLD`.

Trained with the pair table and the link selection by ``python -m
timeline.ordering.train_links TBAQ_DIR`` (all of TBAQ-cleaned; ``benchmarks/eval_tlinks.py``
scores the method on documents it was not trained on) in a few minutes on two cores; the
weights ship as ``data/pair_model.json``, with the candidate threshold they were used with.
Plain Python SGD: the feature vectors are short and sparse.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
import random
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from importlib import resources
from typing import TYPE_CHECKING, Any

from timeline.events.model import Event
from timeline.ordering.linking import root_of
from timeline.ordering.model import TimeRelation

if TYPE_CHECKING:
    from timeline.eval.timeml import TimeMLDocument

__all__ = [
    "LABELS",
    "THRESHOLD",
    "examples_of",
    "features",
    "fit",
    "load_model",
    "load_threshold",
    "pairs",
    "predict",
    "probabilities",
    "strongest_relation",
    "train_model",
]

LABELS = ("NONE", "BEFORE", "AFTER", "SIMULTANEOUS", "INCLUDES", "IS_INCLUDED")
THRESHOLD = 0.3
"""The probability a relation needs before it becomes a candidate link. Temporal awareness F1
gains from a link whose chance of being right is above about half the F1 already reached (about
0.3). Measured on folds 0-2 of ``benchmarks/eval_tlinks.py`` (models trained on the other folds,
table share 0.5): F1 0.337 at 0.2, 0.339 at 0.25, 0.342 at 0.3, 0.338 at 0.35, 0.335 at 0.4."""

_MODEL_FILE = "pair_model.json"
_SIGNALS = {
    "after",
    "before",
    "when",
    "while",
    "as",
    "since",
    "until",
    "then",
    "later",
    "and",
    "because",
    "but",
    "following",
    "during",
    "once",
    "earlier",
    "afterwards",
    "meanwhile",
    "to",
    "that",
    ",",
}
_MAX_GAP = 40


def _describe(event: Event) -> list[str]:
    return [
        f"tense={event.tense.value}",
        f"aspect={event.aspect.value}",
        f"class={event.kind.value}",
        f"pos={event.pos}",
        f"modal={bool(event.modality)}",
    ]


def _ancestor(token: Any, other: Any) -> bool:
    return any(ancestor.i == other.i for ancestor in token.ancestors)


def features(first: Event, a: Any, second: Event, b: Any) -> list[str]:
    """The features of an ordered pair (``first`` earlier in the text than ``second``)."""
    found = ["bias"]
    found += ["1" + f for f in _describe(first)]
    found += ["2" + f for f in _describe(second)]
    found.append(f"tenses={first.tense.value}|{second.tense.value}")
    found.append(f"classes={first.kind.value}|{second.kind.value}")
    found.append(f"aspects={first.aspect.value}|{second.aspect.value}")
    found.append(f"1lemma={first.lemma.lower()}")
    found.append(f"2lemma={second.lemma.lower()}")
    found.append(f"1dep={a.dep_}")
    found.append(f"2dep={b.dep_}")
    same = a.sent.start == b.sent.start
    found.append(f"same_sentence={same}")
    if b.head.i == a.i:
        tie = f"head-of:{b.dep_}"
    elif a.head.i == b.i:
        tie = f"dependent-of:{a.dep_}"
    elif _ancestor(b, a):
        tie = "dominates"
    elif _ancestor(a, b):
        tie = "dominated"
    elif a.head.i == b.head.i:
        tie = f"siblings:{a.dep_}|{b.dep_}"
    else:
        tie = "other"
    found.append(f"tie={tie}")
    found.append(f"tie={tie}|{first.tense.value}|{second.tense.value}")
    found.append(f"tie={tie}|{first.kind.value}|{second.kind.value}")
    gap = b.i - a.i
    bucket = "1" if gap <= 1 else "2-3" if gap <= 3 else "4-7" if gap <= 7 else "8-15"
    found.append(f"gap={bucket if gap <= 15 else '16+'}")
    if same:
        for token in a.doc[a.i + 1 : b.i]:
            word = token.lower_
            if word in _SIGNALS:
                found.append(f"between={word}")
    for token in b.children:
        if token.dep_ in {"mark", "advmod"} and token.lower_ in _SIGNALS:
            found.append(f"2mark={token.lower_}")
    for token in a.children:
        if token.dep_ in {"mark", "advmod"} and token.lower_ in _SIGNALS:
            found.append(f"1mark={token.lower_}")
    return found


def pairs(events: Sequence[Event], tokens: Sequence[Any]) -> Iterator[tuple[int, int]]:
    """Candidate pairs ``(i, j)``, ``i`` earlier in the text: same-sentence pairs within
    :data:`_MAX_GAP` tokens, and the root events of neighbouring sentences."""
    order = sorted(
        (index for index, token in enumerate(tokens) if token is not None),
        key=lambda index: tokens[index].i,
    )
    roots: dict[int, int] = {}
    for position, first in enumerate(order):
        a = tokens[first]
        if a.dep_ == "ROOT":
            roots[a.sent.start] = first
        for second in order[position + 1 :]:
            b = tokens[second]
            if b.sent.start != a.sent.start or b.i - a.i > _MAX_GAP:
                break
            if b.i != a.i:
                yield first, second
    starts = sorted(roots)
    for earlier, later in itertools.pairwise(starts):
        first, second = roots[earlier], roots[later]
        if tokens[first].sent.end == tokens[second].sent.start:
            yield first, second


@functools.lru_cache(maxsize=1)
def _shipped() -> dict[str, Any]:
    try:
        text = resources.files("timeline.ordering").joinpath("data").joinpath(_MODEL_FILE)
        data: dict[str, Any] = json.loads(text.read_text())
    except (FileNotFoundError, OSError):
        return {}
    return data


def load_model() -> dict[str, dict[str, float]]:
    """The shipped weights (``{label: {feature: weight}}``), or ``{}`` when none is trained."""
    weights: dict[str, dict[str, float]] = _shipped().get("weights", {})
    return weights


def load_threshold() -> float:
    """The candidate threshold the shipped weights were trained with (:data:`THRESHOLD`)."""
    return float(_shipped().get("threshold", THRESHOLD))


def _scores(weights: Mapping[str, Mapping[str, float]], found: list[str]) -> list[float]:
    # map over dict.get in C: this runs for every candidate pair of every document
    raw = [sum(map(weights.get(label, {}).get, found, itertools.repeat(0.0))) for label in LABELS]
    top = max(raw)
    exps = [math.exp(value - top) for value in raw]
    total = sum(exps)
    return [value / total for value in exps]


def probabilities(weights: Mapping[str, Mapping[str, float]], found: list[str]) -> dict[str, float]:
    """The model's probability of each label (NONE and the five relations) for one pair."""
    return dict(zip(LABELS, _scores(weights, found), strict=True))


def strongest_relation(
    weights: Mapping[str, Mapping[str, float]], found: list[str]
) -> tuple[TimeRelation, float]:
    """The most probable relation other than NONE, with its probability."""
    probabilities = _scores(weights, found)
    best = max(range(1, len(LABELS)), key=lambda index: probabilities[index])
    return TimeRelation(LABELS[best]), probabilities[best]


def predict(
    weights: Mapping[str, Mapping[str, float]], found: list[str], threshold: float = THRESHOLD
) -> TimeRelation | None:
    """The most probable relation, if it is not NONE and its probability reaches ``threshold``."""
    relation, chance = strongest_relation(weights, found)
    return relation if chance >= threshold else None


def examples_of(parsed: Sequence[tuple[TimeMLDocument, Any]]) -> list[tuple[list[str], int]]:
    """Training examples (features, label index) from gold documents and their spaCy parses."""
    from timeline.eval.closure import Graph
    from timeline.eval.tlink_metrics import gold_events, gold_links

    examples = []
    for document, doc in parsed:
        events, eiids = gold_events(document, doc)
        tokens = [root_of(doc, event) for event in events]
        closure = Graph.of(gold_links(document))
        for first, second in pairs(events, tokens):
            label = next(
                (
                    index
                    for index, name in enumerate(LABELS)
                    if index and closure.entails((eiids[first], eiids[second], name))
                ),
                0,
            )
            found = features(events[first], tokens[first], events[second], tokens[second])
            examples.append((found, label))
    return examples


def fit(
    examples: list[tuple[list[str], int]], epochs: int = 8, rate: float = 0.1, l2: float = 1e-5
) -> dict[str, dict[str, float]]:
    """Multinomial logistic regression by plain SGD (seeded, so training is reproducible)."""
    counts = Counter(f for found, _ in examples for f in set(found))
    kept = {f for f, n in counts.items() if n >= 3}
    weights: list[dict[str, float]] = [{} for _ in LABELS]
    shuffled = list(examples)
    generator = random.Random(13)
    for epoch in range(epochs):
        generator.shuffle(shuffled)
        step = rate / (1 + epoch)
        for found, label in shuffled:
            active = [f for f in found if f in kept]
            raw = [sum(w.get(f, 0.0) for f in active) for w in weights]
            top = max(raw)
            exps = [math.exp(value - top) for value in raw]
            total = sum(exps)
            for index, w in enumerate(weights):
                gradient = exps[index] / total - (1.0 if index == label else 0.0)
                if abs(gradient) < 1e-4:
                    continue
                for f in active:
                    w[f] = w.get(f, 0.0) * (1 - l2) - step * gradient
    return {
        label: {f: round(v, 4) for f, v in w.items() if abs(v) >= 1e-3}
        for label, w in zip(LABELS, weights, strict=True)
    }


def train_model(parsed: Sequence[tuple[TimeMLDocument, Any]]) -> dict[str, Any]:
    """The JSON-ready model from gold documents and their spaCy parses."""
    examples = examples_of(parsed)
    labels = Counter(LABELS[label] for _, label in examples)
    return {"examples": dict(labels), "weights": fit(examples)}
