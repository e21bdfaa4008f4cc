"""Train the event classifier on TimeBank: ``python -m timeline.events.train``.

Reads the TimeBank half of TBAQ-cleaned only (``../shared/corpora/tbaq-cleaned/TimeBank`` by
default), so that AQUAINT stays unseen for evaluation. Every candidate token (see
:func:`timeline.events.features.is_candidate`) becomes one example whose label is the TimeML
class of the gold EVENT it overlaps, or ``O``. The learner is an averaged perceptron (Collins
2002), with a fixed seed for the example order, so two runs give the same file. Weights with a
small magnitude are dropped and the rest rounded, which keeps the shipped file small.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from timeline.eval.timeml import TimeMLDocument, read_timeml_dir
from timeline.events.classify import MODEL_FILE, NO_EVENT, EventModel, LinearModel
from timeline.events.features import is_candidate, token_features, word_extent

__all__ = ["AveragedPerceptron", "examples", "main", "train"]

DEFAULT_CORPUS = Path(__file__).resolve().parents[3] / "shared/corpora/tbaq-cleaned/TimeBank"
DEFAULT_OUTPUT = Path(__file__).resolve().parent / "data" / MODEL_FILE
EVENT = "EVENT"
CLASSES = (
    "OCCURRENCE",
    "REPORTING",
    "STATE",
    "I_ACTION",
    "I_STATE",
    "ASPECTUAL",
    "PERCEPTION",
)
Example = tuple[list[str], str]


def examples(doc: Any, document: TimeMLDocument) -> Iterator[Example]:
    """(features, gold label) for every candidate token of a parsed gold document."""
    owner: dict[int, str] = {}
    for event in document.events:
        for offset in range(event.start, event.end):
            owner[offset] = event.cls
    in_timex = {o for timex in document.timexes for o in range(timex.start, timex.end)}
    for token in doc:
        if not is_candidate(token):
            continue
        start, end = word_extent(token)
        if start in in_timex:
            continue
        label = next((owner[o] for o in range(start, end) if o in owner), NO_EVENT)
        yield token_features(token), label if label in CLASSES or label == NO_EVENT else CLASSES[0]


class AveragedPerceptron:
    """A multi-class averaged perceptron with lazily updated averages."""

    def __init__(self, labels: Sequence[str]) -> None:
        self.labels = tuple(labels)
        self.index = {label: i for i, label in enumerate(self.labels)}
        self.weights: dict[str, list[float]] = {}
        self._totals: dict[str, list[float]] = defaultdict(lambda: [0.0] * len(self.labels))
        self._stamps: dict[str, list[int]] = defaultdict(lambda: [0] * len(self.labels))
        self.instances = 0

    def _best(self, features: Sequence[str]) -> int:
        totals = [0.0] * len(self.labels)
        for feature in features:
            row = self.weights.get(feature)
            if row is not None:
                for i, weight in enumerate(row):
                    totals[i] += weight
        return max(range(len(totals)), key=totals.__getitem__)

    def _bump(self, feature: str, label: int, delta: float) -> None:
        row = self.weights.setdefault(feature, [0.0] * len(self.labels))
        self._totals[feature][label] += (self.instances - self._stamps[feature][label]) * row[label]
        self._stamps[feature][label] = self.instances
        row[label] += delta

    def update(self, features: Sequence[str], gold: str) -> None:
        self.instances += 1
        guess = self._best(features)
        truth = self.index[gold]
        if guess != truth:
            for feature in features:
                self._bump(feature, truth, 1.0)
                self._bump(feature, guess, -1.0)

    def averaged(self, threshold: float, digits: int) -> LinearModel:
        """The averaged weights, dropping features whose largest |weight| is below threshold."""
        kept: dict[str, tuple[float, ...]] = {}
        for feature, row in self.weights.items():
            totals = self._totals[feature]
            stamps = self._stamps[feature]
            average = [
                (totals[i] + (self.instances - stamps[i]) * row[i]) / max(self.instances, 1)
                for i in range(len(self.labels))
            ]
            if max(abs(w) for w in average) >= threshold:
                kept[feature] = tuple(round(w, digits) for w in average)
        return LinearModel(labels=self.labels, weights=kept)


def train_linear(
    data: Sequence[Example],
    labels: Sequence[str],
    *,
    epochs: int,
    seed: int,
    threshold: float = 0.002,
) -> LinearModel:
    """Train one perceptron on ``data`` for ``epochs`` passes in a seeded random order."""
    learner = AveragedPerceptron(labels)
    order = list(range(len(data)))
    shuffler = random.Random(seed)
    for _ in range(epochs):
        shuffler.shuffle(order)
        for i in order:
            learner.update(*data[i])
    return learner.averaged(threshold, digits=4)


def train(data: Sequence[Example], *, epochs: int = 6, seed: int = 13) -> EventModel:
    """Train the detector on every example and the typer on the events among them."""
    detection = [(features, NO_EVENT if label == NO_EVENT else EVENT) for features, label in data]
    typing = [(features, label) for features, label in data if label != NO_EVENT]
    return EventModel(
        detector=train_linear(detection, (NO_EVENT, EVENT), epochs=epochs, seed=seed),
        typer=train_linear(typing, CLASSES, epochs=epochs, seed=seed),
    )


def corpus_examples(folder: Path, nlp: Any) -> list[Example]:
    """Parse every TimeML file below ``folder`` and collect its examples."""
    documents = list(read_timeml_dir(folder))
    collected: list[Example] = []
    for document, doc in zip(documents, nlp.pipe(d.text for d in documents)):
        collected.extend(examples(doc, document))
    return collected


def write_model(model: EventModel, path: Path) -> None:
    payload = json.dumps(model.to_json(), separators=(",", ":"), sort_keys=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(payload.encode("utf-8"), mtime=0))


def main(argv: Iterable[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument("--seed", type=int, default=13)
    arguments = parser.parse_args(list(argv) if argv is not None else None)

    from timeline.nlp import load_pipeline

    data = corpus_examples(arguments.corpus, load_pipeline())
    model = train(data, epochs=arguments.epochs, seed=arguments.seed)
    write_model(model, arguments.output)
    size = arguments.output.stat().st_size
    kept = len(model.detector.weights) + len(model.typer.weights)
    print(f"{len(data)} examples, {kept} weight rows -> {arguments.output} ({size} B)")


if __name__ == "__main__":
    main()
