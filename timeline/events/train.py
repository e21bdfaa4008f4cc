"""Train the event classifier: ``python -m timeline.events.train [--corpus FOLDER ...]``.

By default it reads TBAQ-cleaned's TimeBank part (``../shared/corpora/tbaq-cleaned/TimeBank``,
183 documents) and writes ``timeline/events/data/event-classifier.json.gz``, in about a minute
on two cores (``--corpus`` takes several folders, for instance TimeBank and AQUAINT). The
shipped model is trained on TimeBank only: AQUAINT's annotators type many guideline I_ACTION and
ASPECTUAL predicates as OCCURRENCE ("refused" 10 of 10, "stop" 9 of 10, "denied" 6 of 7), and a
model that learns that breaks the TimeML classes of the seed and sentence-corpus tests, though it
scores better on AQUAINT itself. Its held-out figures: AQUAINT and MEANTIME, which it never saw
(``python benchmarks/eval_events.py``); document-level cross-validation over all of TBAQ
(``--protocol tbaq-cv``) measures the same training procedure on both annotation styles.

Every candidate token (see :func:`timeline.events.features.is_candidate`) becomes one example
whose label is the TimeML class of the gold EVENT it overlaps, or ``O``. Two logistic
regressions are fitted (:mod:`timeline.events.fit`): the detector on every example, the class
typer on the events. Their L2 penalties and the detection margins are not constants tuned by
hand: :func:`select_settings` picks them by an inner document-level cross-validation on the
training documents alone, so the same code gives honest held-out figures and the shipped model.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs
import numpy as np

from timeline.eval.scores import f1, ratio
from timeline.eval.timeml import TimeMLDocument, read_timeml_dir
from timeline.events.classify import MODEL_FILE, NO_EVENT, EventModel
from timeline.events.features import (
    GOVERNED_EVENT_NOUN,
    NEGATED_EVENT_NOUN,
    is_candidate,
    token_features,
    word_extent,
)
from timeline.events.fit import Example, fit_linear
from timeline.events.folds import document_folds

__all__ = [
    "CLASSES",
    "DEFAULT_CORPORA",
    "Settings",
    "TrainingDocument",
    "examples",
    "fit_model",
    "main",
    "select_settings",
    "train_on",
    "training_documents",
    "write_model",
]

_TBAQ = Path(__file__).resolve().parents[3] / "shared/corpora/tbaq-cleaned"
DEFAULT_CORPORA = (_TBAQ / "TimeBank",)
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
# The candidate values of the inner cross-validation. L2: the penalty of each regression (the
# detector, with its many lexical features, wants less than the typer; each grid spans its
# plateau in TBAQ cross-validation, and the value inside it is chosen per training set).
# Margins are log-odds offsets of the detector (0.75 moves the probability threshold from 0.5 to
# about 0.32); the governed-noun margin ("clashes erupted", see
# features.is_governed_event_noun) is never below the base margin.
DETECTOR_L2_GRID = (1e-4, 3e-4, 1e-3)
TYPER_L2_GRID = (3e-4, 1e-3, 3e-3)
MARGIN_GRID = (0.0, 0.25, 0.5, 0.6, 0.75, 0.9, 1.0, 1.25)
GOVERNED_MARGIN_GRID = (0.0, 1.0, 1.5, 2.0, 3.0)
NEGATED_MARGIN_GRID = (0.0, 1.0, 2.0, 3.0)
INNER_FOLDS = 3
# The detection F1 is flat over a range of margins (within 0.002 for margins 0.5 to 0.75 in
# TimeBank cross-validation, less than the spread between folds; the tolerance is the one this
# project used before the margins were chosen automatically). Within that plateau the widest
# margin is taken, its recall end: a missed event leaves a hole in a timeline, while TimeBank
# leaves many event nouns of news untagged (subjects such as "The push last week came ...").
RECALL_TOLERANCE = 0.002
# Margin for negated event nouns ("no disagreements", see features.is_negated_event_noun) when
# settings are given by hand; select_settings chooses it with the others. TimeBank has 33 such
# nouns, 16 of them events: too few for the F1 to choose, so the plateau rule (RECALL_TOLERANCE)
# takes the widest, as the TimeML guidelines do (negated events are events, with polarity NEG).
NEGATED_NOUN_MARGIN = 2.0
# The typer ignores the neighbouring words: they help to tell events from non-events but only
# add noise to the class (4-fold CV accuracy on TimeBank 0.7975 without, 0.7940 with).
_NEIGHBOURS = ("pw=", "nw=", "pt=", "nt=")


@attrs.frozen
class Settings:
    """The hyper-parameters of one trained model (chosen by :func:`select_settings`).

    Attributes:
        detector_l2, typer_l2: the L2 penalties of the detector and the class typer.
        margin: the detection margin (see :class:`~timeline.events.classify.EventModel`).
        governed_noun_margin: the margin of governed event nouns (at least ``margin``).
        negated_noun_margin: the margin of negated event nouns (at least ``margin``).
    """

    detector_l2: float
    typer_l2: float
    margin: float
    governed_noun_margin: float
    negated_noun_margin: float = NEGATED_NOUN_MARGIN


@attrs.frozen
class TrainingDocument:
    """The examples of one gold document, with what the folds need to know of it.

    Attributes:
        name: a unique name (the file's path).
        group: the folder the document came from ("TimeBank", "AQUAINT").
        examples: (features, gold label) of every candidate token, in text order.
    """

    name: str
    group: str
    examples: tuple[Example, ...] = attrs.field(repr=False)


def examples(doc: Any, document: TimeMLDocument) -> Iterator[Example]:
    """(features, gold label) for every candidate token of a parsed gold document.

    Tokens inside a gold TIMEX3 are left out, as :func:`~timeline.events.detect.detect_events`
    leaves out those inside a found time expression.
    """
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


def training_documents(
    documents: Sequence[TimeMLDocument], parsed: Sequence[Any] | None = None, nlp: Any = None
) -> list[TrainingDocument]:
    """The examples of gold documents; ``parsed``: their spaCy Docs, else parsed with ``nlp``."""
    if parsed is None:
        if nlp is None:
            from timeline.nlp import load_pipeline

            nlp = load_pipeline()
        parsed = list(nlp.pipe(document.text for document in documents))
    if len(parsed) != len(documents):
        raise ValueError("one parsed Doc per document is needed")
    return [
        TrainingDocument(
            name=str(document.path),
            group=document.path.parent.name,
            examples=tuple(examples(doc, document)),
        )
        for document, doc in zip(documents, parsed, strict=True)
    ]


def _detection(data: Iterable[Example]) -> list[Example]:
    return [(features, NO_EVENT if label == NO_EVENT else EVENT) for features, label in data]


def _typing(data: Iterable[Example]) -> list[Example]:
    return [
        ([f for f in features if not f.startswith(_NEIGHBOURS)], label)
        for features, label in data
        if label != NO_EVENT
    ]


def _split(
    documents: Sequence[TrainingDocument], assignment: Sequence[int], fold: int
) -> tuple[list[Example], list[Example]]:
    """The examples of the documents outside ``fold`` and of those inside it."""
    inside = [d for d, f in zip(documents, assignment, strict=True) if f == fold]
    outside = [d for d, f in zip(documents, assignment, strict=True) if f != fold]
    return [e for d in outside for e in d.examples], [e for d in inside for e in d.examples]


def select_settings(
    documents: Sequence[TrainingDocument], folds: int = INNER_FOLDS
) -> tuple[Settings, list[str]]:
    """Choose the L2 penalties and the margins by cross-validation inside ``documents``.

    The documents are split into ``folds`` document folds (stratified by group). For every L2
    value a detector is trained on each training part; the held-out scores of all folds are
    pooled and every (L2, margin, governed-noun margin) is scored by detection F1 over the
    labelled tokens. The typer's L2 is the one with the best pooled class accuracy on held-out
    gold events. Among the detector settings within :data:`RECALL_TOLERANCE` of the best F1 the
    widest margins win (see there); the typer's ties go to the smaller L2. Returns the settings
    and a log of the scores.
    """
    assignment = document_folds(
        [d.name for d in documents], [d.group for d in documents], folds=folds
    )
    parts = [_split(documents, assignment, fold) for fold in range(folds)]
    log: list[str] = []
    tried: list[tuple[float, float, float, float, float]] = []
    for l2 in DETECTOR_L2_GRID:
        differences: list[float] = []  # EVENT - O score of every held-out token
        kinds: list[int] = []  # 0 plain, 1 governed event noun, 2 negated event noun
        is_event: list[bool] = []
        for training, held_out in parts:
            detector = fit_linear(_detection(training), (NO_EVENT, EVENT), l2=l2)
            for features, label in held_out:
                no_event, event = detector.scores(features)
                differences.append(event - no_event)
                kinds.append(
                    2 if NEGATED_EVENT_NOUN in features else int(GOVERNED_EVENT_NOUN in features)
                )
                is_event.append(label != NO_EVENT)
        difference = np.array(differences)
        kind = np.array(kinds)
        gold = np.array(is_event)
        for margin, governed, negated in itertools.product(
            MARGIN_GRID, GOVERNED_MARGIN_GRID, NEGATED_MARGIN_GRID
        ):
            widths = np.array([margin, max(margin, governed), max(margin, negated)])
            found = difference > -widths[kind]
            hits = int((found & gold).sum())
            score = f1(ratio(hits, int(found.sum())), ratio(hits, int(gold.sum())))
            tried.append((score, l2, margin, max(margin, governed), max(margin, negated)))
        for margin in MARGIN_GRID:
            top = max(t[0] for t in tried if t[1] == l2 and t[2] == margin)
            log.append(f"detector l2 {l2:g} margin {margin:.2f}: best F1 {top:.4f}")
    top = max(t[0] for t in tried)
    # the widest margins on the plateau, then the best F1 (the smaller L2 among equals)
    best = max(
        (t for t in tried if t[0] >= top - RECALL_TOLERANCE),
        key=lambda t: (t[2], t[3], t[4], t[0], -t[1]),
    )
    best_typer = (-1.0, 0.0)
    for l2 in TYPER_L2_GRID:
        right = total = 0
        for training, held_out in parts:
            typer = fit_linear(_typing(training), CLASSES, l2=l2)
            for features, label in _typing(held_out):
                right += typer.predict(features) == label
                total += 1
        accuracy = ratio(right, total)
        log.append(f"typer l2 {l2:g}: accuracy {accuracy:.4f}")
        if accuracy > best_typer[0] + 1e-12:
            best_typer = (accuracy, l2)
    settings = Settings(
        detector_l2=best[1],
        typer_l2=best_typer[1],
        margin=best[2],
        governed_noun_margin=best[3],
        negated_noun_margin=best[4],
    )
    log.append(
        f"chosen: {settings} (detection F1 {best[0]:.4f}, class accuracy {best_typer[0]:.4f})"
    )
    return settings, log


def fit_model(data: Sequence[Example], settings: Settings) -> EventModel:
    """Train the detector on every example and the typer on the events among them."""
    return EventModel(
        detector=fit_linear(_detection(data), (NO_EVENT, EVENT), l2=settings.detector_l2),
        typer=fit_linear(_typing(data), CLASSES, l2=settings.typer_l2),
        margin=settings.margin,
        negated_noun_margin=settings.negated_noun_margin,
        governed_noun_margin=settings.governed_noun_margin,
    )


def train_on(
    documents: Sequence[TimeMLDocument],
    parsed: Sequence[Any] | None = None,
    *,
    nlp: Any = None,
    settings: Settings | None = None,
) -> EventModel:
    """Train an event model on gold TimeML documents, hyper-parameters chosen inside them.

    This is how held-out evaluations retrain the events stage per fold: pass the training
    documents (and their spaCy Docs, if already parsed, to save the parse), then give the model
    to :func:`timeline.events.detect.detect_events` (``model=``). ``settings``: skip the inner
    cross-validation (about three times faster) and use these.
    """
    prepared = training_documents(documents, parsed, nlp)
    chosen = settings if settings is not None else select_settings(prepared)[0]
    return fit_model([e for d in prepared for e in d.examples], chosen)


def write_model(model: EventModel, path: Path) -> None:
    payload = json.dumps(model.to_json(), separators=(",", ":"), sort_keys=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(payload.encode("utf-8"), mtime=0))


def main(argv: Iterable[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus",
        type=Path,
        nargs="+",
        default=list(DEFAULT_CORPORA),
        help="folders of TimeML files (default: TBAQ-cleaned TimeBank)",
    )
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument(
        "--cross-validate",
        action="store_true",
        help="print the inner cross-validation scores and the chosen settings, write nothing",
    )
    arguments = parser.parse_args(list(argv) if argv is not None else None)
    documents = [d for folder in arguments.corpus for d in read_timeml_dir(folder)]
    prepared = training_documents(documents)
    settings, log = select_settings(prepared)
    print("\n".join(log))
    if arguments.cross_validate:
        return
    data = [e for d in prepared for e in d.examples]
    model = fit_model(data, settings)
    write_model(model, arguments.output)
    size = arguments.output.stat().st_size
    kept = len(model.detector.weights) + len(model.typer.weights)
    print(f"{len(documents)} documents, {len(data)} examples, {kept} weight rows")
    print(f"-> {arguments.output} ({size} B)")


if __name__ == "__main__":
    main()
