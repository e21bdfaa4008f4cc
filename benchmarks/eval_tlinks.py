"""Honest TempEval-3 temporal awareness of the TLINKs from raw text: learned parts never see the
documents they are scored on.

Every learned TLINK component (pair table, pair model, link selection model and its threshold;
see ``timeline.ordering.train_links``) is trained on the training documents only, passed to the
stages as a ``LinkModels`` value, and the held-out documents are scored:

(a) document-level 5-fold cross-validation over all TBAQ-cleaned documents (the folds of
    ``timeline.events.folds.document_folds``, as for the events: fixed seed, TimeBank and AQUAINT
    dealt evenly), pooled temporal awareness overall and per folder;
(b) trained on TimeBank, scored on AQUAINT.

The event model is retrained per split too (``timeline.events.train.train_on``; see
:func:`with_events` for its hyper-parameters, ``--events cv`` chooses them inside each training
set), and the held-out documents' events come from it; ``--events shipped`` keeps the shipped
event model instead (faster, but trained on TimeBank, so TimeBank documents are then scored
with events learned from them). Each line
also gives the same split with the candidate links all written (no selection), so the gain of
selection is read off one run. Each document is parsed by spaCy once per run.

    python benchmarks/eval_tlinks.py                 # both protocols, ~15 minutes on 2 cores
    python benchmarks/eval_tlinks.py --folds 0       # TimeBank -> AQUAINT only
    python benchmarks/eval_tlinks.py --cache /tmp/tbaq.pkl   # reuse the parses between runs

Figures with the selection stacked on inner document folds (``train_links.inner_folds``; events
retrained per split, 906 s): 5-fold CV, selected links, all P 0.323 R 0.339 F1 0.330, TimeBank
F1 0.297, AQUAINT F1 0.370 (every candidate written: P 0.320 R 0.341 F1 0.330; one fold's
training chose an event-event threshold of 0.05, the others 0); TimeBank -> AQUAINT, selected
P 0.451 R 0.171 F1 0.248, every candidate P 0.408 R 0.280 F1 0.332. Selection learned on
TimeBank alone drops the time-time and event-DCT links AQUAINT's annotators write. (At
2b6f9c1, stacking on ``index % folds``: CV F1 0.330 both ways, TimeBank -> AQUAINT selected
0.251.) Pairing all main-clause events of neighbouring sentences in the pair model, not only
the roots, gave CV F1 0.331 (TimeBank 0.294, AQUAINT 0.375), within noise, so it was left out.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import attrs

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.eval.timeml import read_timeml_dir  # noqa: E402
from timeline.eval.tlink_metrics import Awareness, document_awareness  # noqa: E402
from timeline.events.folds import document_folds  # noqa: E402
from timeline.ordering.train_links import (  # noqa: E402
    Sample,
    candidates,
    prepare,
    selected,
    train_link_models,
)

TBAQ = ROOT.parent / "shared" / "corpora" / "tbaq-cleaned"
FOLDERS = ("TimeBank", "AQUAINT")


def load(cache: Path | None) -> list[tuple[str, Sample]]:
    """Every TBAQ document as (folder, sample), parsed once (or read from ``cache``)."""
    if cache is not None and cache.exists():
        with cache.open("rb") as handle:
            loaded: list[tuple[str, Sample]] = pickle.load(handle)
        return loaded
    from timeline.nlp import load_pipeline

    nlp = load_pipeline()
    samples = [
        (folder, sample)
        for folder in FOLDERS
        for sample in prepare(list(read_timeml_dir(TBAQ / folder)), nlp)
    ]
    if cache is not None:
        with cache.open("wb") as handle:
            pickle.dump(samples, handle)
    return samples


def with_events(
    train: Sequence[tuple[str, Sample]], test: Sequence[tuple[str, Sample]], inner_cv: bool
) -> tuple[list[tuple[str, Sample]], list[tuple[str, Sample]]]:
    """Both sides with events from an event model trained on ``train`` only; its
    hyper-parameters are chosen by cross-validation inside ``train`` (``inner_cv``), or are the
    middle of the events module's L2 grids with the shipped model's margins (three times
    faster; the margins were chosen on TimeBank, a small leak of hyper-parameters only)."""
    from timeline.events.classify import load_model
    from timeline.events.detect import detect_events
    from timeline.events.train import Settings, train_on

    settings = None
    if not inner_cv:
        shipped = load_model()
        settings = Settings(
            detector_l2=3e-4,
            typer_l2=1e-3,
            margin=shipped.margin,
            governed_noun_margin=shipped.governed_noun_margin,
            negated_noun_margin=shipped.negated_noun_margin,
        )
    model = train_on([s.document for _, s in train], [s.doc for _, s in train], settings=settings)

    def redo(pairs: Sequence[tuple[str, Sample]]) -> list[tuple[str, Sample]]:
        return [
            (folder, attrs.evolve(s, events=detect_events(s.doc, s.expressions, model=model)))
            for folder, s in pairs
        ]

    return redo(train), redo(test)


def split(
    train: Sequence[tuple[str, Sample]],
    test: Sequence[tuple[str, Sample]],
    events: str,
) -> tuple[dict[str, Awareness], dict[str, Awareness]]:
    """Train on ``train``; the awareness per folder of ``test`` with and without selection."""
    if events != "shipped":
        train, test = with_events(train, test, inner_cv=events == "cv")
    models, _ = train_link_models([sample for _, sample in train])
    chosen: dict[str, Awareness] = {}
    every: dict[str, Awareness] = {}
    for folder, sample in test:
        timeline = candidates(sample, models)
        kept = selected(sample, timeline, models.selection)
        every[folder] = every.get(folder, Awareness()) + document_awareness(
            sample.document, timeline
        )
        chosen[folder] = chosen.get(folder, Awareness()) + document_awareness(sample.document, kept)
    thresholds = models.selection.thresholds if models.selection else None
    print(f"  trained on {len(train)} documents, thresholds {thresholds}", flush=True)
    return chosen, every


def _add(total: dict[str, Awareness], part: dict[str, Awareness]) -> None:
    for folder, value in part.items():
        total[folder] = total.get(folder, Awareness()) + value


def _line(name: str, scores: dict[str, Awareness]) -> str:
    scores = dict(scores)
    scores["all"] = sum(scores.values(), Awareness())
    cells = [
        f"{folder} P {scores[folder].precision:.3f} R {scores[folder].recall:.3f} "
        f"F1 {scores[folder].f1:.3f}"
        for folder in ("all", *FOLDERS)
        if folder in scores
    ]
    return f"{name:28s} " + " | ".join(cells)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5, help="0 skips cross-validation")
    parser.add_argument("--cache", type=Path, default=None, help="pickle of the parsed corpus")
    parser.add_argument("--no-transfer", action="store_true", help="skip TimeBank -> AQUAINT")
    parser.add_argument("--fold", type=int, default=None, help="run this fold only (quick look)")
    parser.add_argument(
        "--events",
        choices=("retrain", "cv", "shipped"),
        default="retrain",
        help="event model: retrained per split (fixed settings, or chosen by inner CV) or shipped",
    )
    arguments = parser.parse_args()
    started = time.perf_counter()
    samples = load(arguments.cache)
    print(f"{len(samples)} documents ready in {time.perf_counter() - started:.0f} s", flush=True)
    if arguments.folds:
        fold_of = document_folds(
            [f"{folder}/{sample.document.path.name}" for folder, sample in samples],
            [folder for folder, _ in samples],
            folds=arguments.folds,
        )
        chosen: dict[str, Awareness] = {}
        every: dict[str, Awareness] = {}
        for fold in range(arguments.folds):
            if arguments.fold is not None and fold != arguments.fold:
                continue
            train = [s for i, s in enumerate(samples) if fold_of[i] != fold]
            test = [s for i, s in enumerate(samples) if fold_of[i] == fold]
            fold_chosen, fold_every = split(train, test, arguments.events)
            print(_line(f"  fold {fold}", fold_chosen), flush=True)
            _add(chosen, fold_chosen)
            _add(every, fold_every)
        print(f"== {arguments.folds}-fold cross-validation over TBAQ (pooled held-out folds)")
        print(_line("selected links", chosen))
        print(_line("all candidate links", every))
    if not arguments.no_transfer:
        train = [pair for pair in samples if pair[0] == "TimeBank"]
        test = [pair for pair in samples if pair[0] == "AQUAINT"]
        chosen, every = split(train, test, arguments.events)
        print("== trained on TimeBank, scored on AQUAINT")
        print(_line("selected links", chosen))
        print(_line("all candidate links", every))
    print(f"{time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
