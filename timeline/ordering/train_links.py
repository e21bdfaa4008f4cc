"""Train every learned TLINK component in one go: pair table, pair model, link selection.

    python -m timeline.ordering.train_links ../shared/corpora/tbaq-cleaned

The pair table and pair model learn event-event relations from the gold events of the training
documents; the link selection model then learns, from the candidate links the whole pipeline
proposes on the raw text of the same documents (with that table and model), which links the
annotators' closure entails, and its threshold is the one that maximises temporal awareness on
those documents. The three files are written to ``timeline/ordering/data``. Functions here take
parsed documents so that ``benchmarks/eval_tlinks.py`` can train them per cross-validation fold.
A few minutes on two cores for the 256 TBAQ documents.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

from timeline.eval.closure import Relation
from timeline.eval.timeml import TimeMLDocument, read_timeml_dir
from timeline.eval.tlink_metrics import Awareness, Side, gold_links, renamed_links
from timeline.events.folds import document_folds
from timeline.events.model import Event
from timeline.model import TimeExpression
from timeline.ordering.build import build_timeline
from timeline.ordering.link_models import LinkModels
from timeline.ordering.model import Timeline
from timeline.ordering.pair_model import THRESHOLD, train_model
from timeline.ordering.pairs import table_of, train_table
from timeline.ordering.selection import (
    GROUPS,
    LinkContext,
    Selection,
    fit,
    link_features,
    link_group,
    probability,
    select_links,
)

__all__ = [
    "THRESHOLDS",
    "Sample",
    "candidates",
    "choose_thresholds",
    "inner_folds",
    "prepare",
    "selected",
    "train_link_models",
]

THRESHOLDS = (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.7)
"""The selection thresholds tried per group (besides 0: write all)."""

MARGIN = 0.002
"""The training F1 a threshold must gain to be taken: smaller gains are within the noise of a
few hundred documents, and held-out folds showed they do not carry over."""

PAIR_THRESHOLD = THRESHOLD
"""The pair model probability a relation needs to become a candidate link."""


@attrs.frozen(eq=False)
class Sample:
    """A gold document with what the library finds in its raw text before linking.

    Attributes:
        document: the gold TimeML document.
        doc: the spaCy parse of its text.
        expressions: the time expressions the resolver finds.
        events: the events the event model finds.
    """

    document: TimeMLDocument
    doc: Any
    expressions: tuple[TimeExpression, ...]
    events: tuple[Event, ...]


def prepare(documents: Sequence[TimeMLDocument], nlp: Any) -> list[Sample]:
    """Parse each document once and find its times and events (the stages before linking)."""
    from timeline.events.detect import detect_events
    from timeline.temporal.pipeline import find_time_expressions

    samples = []
    for document in documents:
        expressions = find_time_expressions(document.text, document.dct)
        doc = nlp(document.text)
        samples.append(Sample(document, doc, expressions, detect_events(doc, expressions)))
    return samples


def candidates(sample: Sample, models: LinkModels) -> Timeline:
    """The timeline of a sample with every candidate link written (selection left out)."""
    unselected = attrs.evolve(models, selection=None)
    return build_timeline(
        sample.document.text,
        sample.document.dct,
        sample.expressions,
        sample.events,
        sample.doc,
        unselected,
    )


def selected(sample: Sample, timeline: Timeline, selection: Selection | None) -> Timeline:
    """The candidate ``timeline`` (from :func:`candidates`) with its links marked written or not
    by ``selection``."""
    return attrs.evolve(timeline, tlinks=select_links(sample.doc, timeline.tlinks, selection))


def _models(samples: Sequence[Sample], pair_threshold: float) -> tuple[LinkModels, dict[str, Any]]:
    gold = [(sample.document, sample.doc) for sample in samples]
    table_data = train_table(gold)
    model_data = train_model(gold)
    models = LinkModels(
        pair_table=table_of(table_data),
        pair_model=model_data["weights"],
        pair_threshold=pair_threshold,
    )
    return models, {"pair_table.json": table_data, "pair_model.json": model_data}


@attrs.frozen
class ScoredDocument:
    """One training document's candidate links, their names under gold ids, groups, features,
    labels (entailed by the gold closure) and the prepared gold side."""

    folder: str
    names: list[Relation]
    groups: list[str]
    features: list[list[str]]
    labels: list[int]
    gold: Side


def _scored(sample: Sample, timeline: Timeline) -> ScoredDocument:
    gold = Side.of(gold_links(sample.document))
    context = LinkContext(sample.doc, timeline.tlinks)
    names = renamed_links(sample.document, timeline.tlinks)
    return ScoredDocument(
        folder=sample.document.path.parent.name,
        names=names,
        groups=[link_group(context, link) for link in timeline.tlinks],
        features=[link_features(context, link) for link in timeline.tlinks],
        labels=[int(gold.entails(name)) for name in names],
        gold=gold,
    )


def inner_folds(samples: Sequence[Sample], folds: int) -> list[int]:
    """The inner fold of every sample: whole documents, each folder spread evenly over the folds
    (:func:`timeline.events.folds.document_folds`), so every inner training part holds both
    annotation styles and the split does not depend on the order the documents come in."""
    return document_folds(
        [f"{sample.document.path.parent.name}/{sample.document.path.name}" for sample in samples],
        [sample.document.path.parent.name for sample in samples],
        folds=folds,
    )


def _stacked(
    samples: Sequence[Sample], pair_threshold: float, fold_of: Sequence[int]
) -> list[ScoredDocument]:
    """Candidate links of every training document from a pair table and model trained on the
    other training documents, so the selection learns from links as good as unseen text gets."""
    scored: list[ScoredDocument | None] = [None] * len(samples)
    for fold in sorted(set(fold_of)):
        rest = [sample for sample, other in zip(samples, fold_of, strict=True) if other != fold]
        models, _ = _models(rest, pair_threshold)
        for index, sample in enumerate(samples):
            if fold_of[index] == fold:
                scored[index] = _scored(sample, candidates(sample, models))
    return [item for item in scored if item is not None]


def _held_out_chances(
    scored: Sequence[ScoredDocument], fold_of: Sequence[int]
) -> list[list[float]]:
    """Each document's link probabilities from a selection model fitted without it: thresholds
    chosen on the model's own training links would trust its overconfident probabilities."""
    chances: list[list[float]] = [[] for _ in scored]
    for fold in sorted(set(fold_of)):
        examples = [
            (found, label)
            for item, other in zip(scored, fold_of, strict=True)
            if other != fold
            for found, label in zip(item.features, item.labels, strict=True)
        ]
        weights = fit(examples)
        for index, item in enumerate(scored):
            if fold_of[index] == fold:
                chances[index] = [probability(weights, found) for found in item.features]
    return chances


def choose_thresholds(
    scored: Sequence[ScoredDocument], chances: Sequence[Sequence[float]]
) -> tuple[dict[str, float], Awareness]:
    """Per group, the threshold of :data:`THRESHOLDS` that maximises pooled temporal awareness
    F1 on the training documents, one group after the other (coordinate ascent from writing
    every link, each step gaining at least :data:`MARGIN`), so that a group's links are kept
    where they feed recall."""
    memo: dict[tuple[int, tuple[int, ...]], Awareness] = {}

    def total(thresholds: dict[str, float]) -> Awareness:
        result = Awareness()
        for number, (item, row) in enumerate(zip(scored, chances, strict=True)):
            kept = tuple(
                index
                for index, (group, chance) in enumerate(zip(item.groups, row, strict=True))
                if chance >= thresholds[group]
            )
            key = (number, kept)
            if key not in memo:
                memo[key] = item.gold.awareness(Side.of([item.names[index] for index in kept]))
            result = result + memo[key]
        return result

    thresholds = dict.fromkeys(GROUPS, 0.0)
    best = total(thresholds)
    for group in GROUPS:
        for threshold in THRESHOLDS:
            trial = {**thresholds, group: threshold}
            found = total(trial)
            if found.f1 > best.f1 + MARGIN:
                thresholds, best = trial, found
    return thresholds, best


def train_link_models(
    samples: Sequence[Sample], pair_threshold: float = PAIR_THRESHOLD, folds: int = 4
) -> tuple[LinkModels, dict[str, Any]]:
    """Train the table, the pair model and the selection on ``samples``.

    The selection learns from stacked candidates (see :func:`_stacked`, ``folds`` inner document
    folds of :func:`inner_folds`);
    the table and pair model returned are trained on all ``samples``. Returns the models and
    the JSON-ready data of the three files.
    """
    models, files = _models(samples, pair_threshold)
    fold_of = inner_folds(samples, folds)
    scored = _stacked(samples, pair_threshold, fold_of)
    examples = [
        (found, label)
        for item in scored
        for found, label in zip(item.features, item.labels, strict=True)
    ]
    weights = fit(examples)
    thresholds, reached = choose_thresholds(scored, _held_out_chances(scored, fold_of))
    files["pair_model.json"] = {**files["pair_model.json"], "threshold": pair_threshold}
    files["link_selection.json"] = {
        "examples": len(examples),
        "entailed": sum(label for _, label in examples),
        "thresholds": thresholds,
        "stacked_training_awareness": [
            round(reached.precision, 4),
            round(reached.recall, 4),
            round(reached.f1, 4),
        ],
        "weights": weights,
    }
    trained = attrs.evolve(models, selection=Selection(weights=weights, thresholds=thresholds))
    return trained, files


def main(argv: Sequence[str] | None = None) -> None:
    """Train on every TimeML file below the given folder and write the three model files."""
    from timeline.nlp import load_pipeline

    parser = argparse.ArgumentParser(description="train the TLINK pair table, model, selection")
    parser.add_argument("train_dir", type=Path)
    arguments = parser.parse_args(argv)
    documents = list(read_timeml_dir(arguments.train_dir))
    samples = prepare(documents, load_pipeline())
    models, files = train_link_models(samples)
    target = Path(__file__).parent / "data"
    target.mkdir(exist_ok=True)
    for name, data in files.items():
        data = {"trained_on": arguments.train_dir.name, **data}
        indent = 1 if name == "pair_table.json" else None
        separators = None if indent else (",", ":")
        (target / name).write_text(
            json.dumps(data, indent=indent, separators=separators) + "\n", encoding="utf-8"
        )
    assert models.selection is not None
    print(
        f"{len(documents)} documents; table {len(models.pair_table)} shapes; selection "
        f"thresholds {models.selection.thresholds} -> {target}"
    )


if __name__ == "__main__":
    main()
