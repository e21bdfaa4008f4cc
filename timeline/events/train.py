"""Train the event classifier: ``python -m timeline.events.train [--corpus FOLDER ...]``.

By default it reads all of TBAQ-cleaned (``../shared/corpora/tbaq-cleaned/TimeBank`` and
``.../AQUAINT``, 256 documents) and writes ``timeline/events/data/event-classifier.json.gz``; it
takes about two minutes on two cores. The shipped model is therefore trained on TimeBank and
AQUAINT: its unseen checks are MEANTIME (never trained on) and document-level cross-validation
over TBAQ (``python benchmarks/eval_events.py --protocol tbaq-cv``), where every held-out fold is
scored by a model that, hyper-parameters included, was chosen on the other folds only.

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
import json
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs

from timeline.eval.timeml import TimeMLDocument, read_timeml_dir
from timeline.events.classify import MODEL_FILE, NO_EVENT, EventModel
from timeline.events.features import GOVERNED_EVENT_NOUN, is_candidate, token_features, word_extent
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
DEFAULT_CORPORA = (_TBAQ / "TimeBank", _TBAQ / "AQUAINT")
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
# The candidate values of the inner cross-validation. L2: the penalty of each regression.
# Margins are log-odds offsets of the detector (0.75 moves the probability threshold from 0.5 to
# about 0.32); the governed-noun margin ("clashes erupted", see
# features.is_governed_event_noun) is never below the base margin.
L2_GRID = (3e-4, 1e-3, 3e-3)
MARGIN_GRID = (0.0, 0.25, 0.5, 0.6, 0.75, 0.9, 1.0, 1.25)
GOVERNED_MARGIN_GRID = (0.0, 1.0, 1.5, 2.0, 3.0)
INNER_FOLDS = 3
# Margin for negated event nouns ("no disagreements", see features.is_negated_event_noun), set
# a priori: TimeBank has 33 such nouns, 16 of them events, and 4-fold CV detection F1 was the
# same (0.8600, 0.8601, 0.8601, 0.8600) for margins 0.6, 1, 1.5, 2: the data cannot choose, the
# TimeML guidelines (negated events are events, with polarity NEG) do: the widest.
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
        negated_noun_margin: the margin of negated event nouns (set a priori).
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


def _f1(hits: int, predicted: int, gold: int) -> float:
    return 2 * hits / (predicted + gold) if predicted + gold else 0.0


def select_settings(
    documents: Sequence[TrainingDocument], folds: int = INNER_FOLDS
) -> tuple[Settings, list[str]]:
    """Choose the L2 penalties and the margins by cross-validation inside ``documents``.

    The documents are split into ``folds`` document folds (stratified by group). For every L2
    value a detector is trained on each training part; the held-out scores of all folds are
    pooled and every (L2, margin, governed-noun margin) is scored by detection F1 over the
    labelled tokens. The typer's L2 is the one with the best pooled class accuracy on held-out
    gold events. Ties go to the earlier grid value. Returns the settings and a log of the scores.
    """
    assignment = document_folds(
        [d.name for d in documents], [d.group for d in documents], folds=folds
    )
    parts = [_split(documents, assignment, fold) for fold in range(folds)]
    log: list[str] = []
    best: tuple[float, float, float, float] = (-1.0, 0.0, 0.0, 0.0)
    for l2 in L2_GRID:
        pooled: list[tuple[float, bool, bool]] = []  # (EVENT - O score, governed, gold event)
        for training, held_out in parts:
            detector = fit_linear(_detection(training), (NO_EVENT, EVENT), l2=l2)
            for features, label in held_out:
                no_event, event = detector.scores(features)
                governed = GOVERNED_EVENT_NOUN in features
                pooled.append((event - no_event, governed, label != NO_EVENT))
        gold = sum(is_event for _, _, is_event in pooled)
        for margin in MARGIN_GRID:
            line = []
            for governed_margin in GOVERNED_MARGIN_GRID:
                wider = max(margin, governed_margin)
                found = [d > -(wider if g else margin) for d, g, _ in pooled]
                hits = sum(f and e for f, (_, _, e) in zip(found, pooled, strict=True))
                f1 = _f1(hits, sum(found), gold)
                line.append(f"{f1:.4f}")
                if f1 > best[0] + 1e-12:
                    best = (f1, l2, margin, wider)
            log.append(f"detector l2 {l2:g} margin {margin:.2f}: F1 by governed margin {line}")
    best_typer = (-1.0, 0.0)
    for l2 in L2_GRID:
        right = total = 0
        for training, held_out in parts:
            typer = fit_linear(_typing(training), CLASSES, l2=l2)
            for features, label in _typing(held_out):
                right += typer.predict(features) == label
                total += 1
        accuracy = right / total if total else 0.0
        log.append(f"typer l2 {l2:g}: accuracy {accuracy:.4f}")
        if accuracy > best_typer[0] + 1e-12:
            best_typer = (accuracy, l2)
    settings = Settings(
        detector_l2=best[1], typer_l2=best_typer[1], margin=best[2], governed_noun_margin=best[3]
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
        help="folders of TimeML files (default: TBAQ-cleaned TimeBank and AQUAINT)",
    )
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    arguments = parser.parse_args(list(argv) if argv is not None else None)
    documents = [d for folder in arguments.corpus for d in read_timeml_dir(folder)]
    prepared = training_documents(documents)
    settings, log = select_settings(prepared)
    print("\n".join(log))
    data = [e for d in prepared for e in d.examples]
    model = fit_model(data, settings)
    write_model(model, arguments.output)
    size = arguments.output.stat().st_size
    kept = len(model.detector.weights) + len(model.typer.weights)
    print(f"{len(documents)} documents, {len(data)} examples, {kept} weight rows")
    print(f"-> {arguments.output} ({size} B)")


if __name__ == "__main__":
    main()
