"""Score event detection on documents the scored model was not trained on.

    python benchmarks/eval_events.py                              # timebank-aquaint + meantime
    python benchmarks/eval_events.py --protocol tbaq-cv           # 5-fold CV over all of TBAQ
    python benchmarks/eval_events.py --protocol tbaq-cv --cv-train-folders TimeBank
    python benchmarks/eval_events.py --protocol meantime          # the shipped model, MEANTIME
    python benchmarks/eval_events.py --protocol all [--cache /tmp/tbaq-docs.msgpack]

Protocols (each says which split its figures are):

- ``timebank-aquaint``: a model trained here, on the fly, on TBAQ's TimeBank only (hyper-parameters
  chosen by cross-validation inside TimeBank), scored on AQUAINT. The same procedure and data as
  the shipped model (``python -m timeline.events.train``), so this is its unseen-data figure.
- ``tbaq-cv``: document-level 5-fold cross-validation over all 256 TBAQ documents (folds from
  :func:`timeline.events.folds.document_folds`, fixed seed, TimeBank and AQUAINT dealt evenly).
  For each fold a model is trained on the other four as :func:`timeline.events.train.train_on`
  does (``select_settings``: L2 penalties and margins by an inner cross-validation on those four
  only, then ``fit_model``);
  the held-out fold is scored. Counts are pooled over the folds, overall and per folder. With
  ``--cv-train-folders TimeBank`` each fold's model learns from the TimeBank documents of the
  other folds only (the shipped model's regime), still scored on every held-out document.
- ``meantime``: the shipped model (trained on TBAQ's TimeBank) on MEANTIME's apple documents,
  which it never saw (MEANTIME has no class attribute; strict and relaxed span, tense and aspect).

Events are found by the event stage itself (spaCy parse + the resolver's time expressions +
``detect_events``), so the figures do not depend on the ordering stage. The TBAQ parses are made
once per run (``--cache FILE`` keeps them between runs, checked by text). The cache holds each
Doc's ``Doc.to_bytes()``, so a cached Doc is the fresh parse, ``doc.tensor`` (the pipeline's
contextual token vectors) included; a spaCy DocBin drops the tensor.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.eval.event_metrics import (  # noqa: E402
    EventScores,
    GoldMention,
    format_scores,
    mentions_from_timeml,
)
from timeline.eval.meantime import read_meantime_dir  # noqa: E402
from timeline.eval.timeml import TimeMLDocument, read_timeml_dir  # noqa: E402
from timeline.events.classify import EventModel  # noqa: E402
from timeline.events.detect import detect_events  # noqa: E402
from timeline.events.folds import document_folds  # noqa: E402
from timeline.events.train import fit_model, select_settings, training_documents  # noqa: E402
from timeline.nlp import load_pipeline  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"
TBAQ = CORPORA / "tbaq-cleaned"
FOLDERS = ("TimeBank", "AQUAINT")
FOLDS = 5


def _expressions(text: str, dct: datetime) -> tuple[Any, ...]:
    from timeline.temporal.pipeline import find_time_expressions

    return tuple(find_time_expressions(text, dct))


def parse_tbaq(cache: Path | None) -> tuple[list[TimeMLDocument], list[Any]]:
    """Every TBAQ document and its spaCy Doc (from ``cache`` when its texts are the same)."""
    import srsly
    from spacy.tokens import Doc

    documents = [d for folder in FOLDERS for d in read_timeml_dir(TBAQ / folder)]
    nlp = load_pipeline()
    digest = hashlib.sha256("\0".join(d.text for d in documents).encode()).hexdigest()
    stamp = cache.with_suffix(".sha256") if cache is not None else None
    if cache is not None and stamp is not None and stamp.exists() and stamp.read_text() == digest:
        docs = [Doc(nlp.vocab).from_bytes(data) for data in srsly.read_msgpack(cache)]
        if [doc.text for doc in docs] == [d.text for d in documents]:
            return documents, docs
    docs = list(nlp.pipe(d.text for d in documents))
    if cache is not None and stamp is not None:
        srsly.write_msgpack(cache, [doc.to_bytes(exclude=["user_data"]) for doc in docs])
        stamp.write_text(digest)
    return documents, docs


def _score(
    indices: Sequence[int],
    documents: Sequence[TimeMLDocument],
    docs: Sequence[Any],
    model: EventModel | None,
    scores: dict[str, EventScores],
) -> None:
    """Add the events found in ``documents[i]`` (``i`` in ``indices``) to overall/folder scores."""
    for index in indices:
        document = documents[index]
        expressions = _expressions(document.text, document.dct)
        events = detect_events(docs[index], expressions, model=model)
        gold = mentions_from_timeml(document)
        for key in ("overall", document.path.parent.name):
            scores.setdefault(key, EventScores()).add(gold, events)


def timebank_aquaint(documents: Sequence[TimeMLDocument], docs: Sequence[Any]) -> list[str]:
    """Train on TimeBank (settings chosen inside it), score AQUAINT."""
    started = time.perf_counter()
    training = [i for i, d in enumerate(documents) if d.path.parent.name == "TimeBank"]
    testing = [i for i, d in enumerate(documents) if d.path.parent.name == "AQUAINT"]
    prepared = training_documents([documents[i] for i in training], [docs[i] for i in training])
    settings, _ = select_settings(prepared)
    model = fit_model([e for d in prepared for e in d.examples], settings)
    scores: dict[str, EventScores] = {}
    _score(testing, documents, docs, model, scores)
    lines = [
        "== protocol timebank-aquaint: trained on the fly on TBAQ TimeBank (183 documents), "
        "scored on TBAQ AQUAINT (unseen)",
        f"  settings chosen inside TimeBank: {settings}",
        *format_scores(scores["AQUAINT"]),
        f"  ({len(testing)} documents, {time.perf_counter() - started:.0f} s)",
    ]
    return lines


def tbaq_cv(
    documents: Sequence[TimeMLDocument], docs: Sequence[Any], train_folders: Sequence[str]
) -> list[str]:
    """Document-level 5-fold CV over TBAQ, every choice made inside the training folds.

    ``train_folders``: which folders' documents of the other folds a fold's model learns from
    (both by default; ``TimeBank`` alone is the shipped model's training regime).
    """
    started = time.perf_counter()
    prepared = training_documents(documents, docs)
    assignment = document_folds([d.name for d in prepared], [d.group for d in prepared], FOLDS)
    scores: dict[str, EventScores] = {}
    lines = [
        f"== protocol tbaq-cv: {FOLDS}-fold document-level cross-validation over TBAQ "
        f"({len(documents)} documents; each fold scored by a model trained on the other folds' "
        f"{' and '.join(train_folders)} documents)"
    ]
    for fold in range(FOLDS):
        inside = [i for i, f in enumerate(assignment) if f == fold]
        training = [
            prepared[i]
            for i, f in enumerate(assignment)
            if f != fold and prepared[i].group in train_folders
        ]
        settings, _ = select_settings(training)
        model = fit_model([e for d in training for e in d.examples], settings)
        fold_scores: dict[str, EventScores] = {}
        _score(inside, documents, docs, model, fold_scores)
        _score(inside, documents, docs, model, scores)
        f1 = fold_scores["overall"].span(strict=True)[2]
        cls = fold_scores["overall"].attribute_f1("class")
        lines.append(
            f"  fold {fold}: {len(inside)} documents, strict F1 {f1:.4f}, class F1 {cls:.4f}; "
            f"{settings}"
        )
    for key in ("overall", *FOLDERS):
        lines.append(f"-- {key} (pooled over the held-out folds)")
        lines.extend(format_scores(scores[key]))
    lines.append(f"  ({time.perf_counter() - started:.0f} s)")
    return lines


def meantime() -> list[str]:
    """The shipped model on MEANTIME apple (intra-doc annotation, annotated sentences only)."""
    started = time.perf_counter()
    items = list(read_meantime_dir(CORPORA / "meantime-english-apple" / "intra-doc_annotation"))
    nlp = load_pipeline()
    scores = EventScores()
    for item, doc in zip(items, nlp.pipe(d.text for d in items), strict=True):
        events = detect_events(doc, _expressions(item.text, item.dct))
        gold: Sequence[GoldMention] = item.events
        scores.add(gold, [e for e in events if e.start < item.annotated_end])
    return [
        "== protocol meantime: the SHIPPED model (trained on TBAQ TimeBank) on MEANTIME apple "
        "(never trained on; MEANTIME has no class)",
        *format_scores(scores),
        f"  ({len(items)} documents, {time.perf_counter() - started:.1f} s)",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--protocol",
        choices=("default", "timebank-aquaint", "tbaq-cv", "meantime", "all"),
        default="default",
        help="default: timebank-aquaint and meantime",
    )
    parser.add_argument(
        "--cache", type=Path, help="keep the TBAQ parses (with their tensors) in this file"
    )
    parser.add_argument(
        "--cv-train-folders",
        nargs="+",
        choices=FOLDERS,
        default=list(FOLDERS),
        help="tbaq-cv: the folders a fold's model learns from (default: both)",
    )
    arguments = parser.parse_args()
    protocol = arguments.protocol
    wanted = {
        "default": ("timebank-aquaint", "meantime"),
        "all": ("timebank-aquaint", "tbaq-cv", "meantime"),
    }.get(protocol, (protocol,))
    if "timebank-aquaint" in wanted or "tbaq-cv" in wanted:
        documents, docs = parse_tbaq(arguments.cache)
        if "timebank-aquaint" in wanted:
            print("\n".join(timebank_aquaint(documents, docs)), flush=True)
        if "tbaq-cv" in wanted:
            print("\n".join(tbaq_cv(documents, docs, arguments.cv_train_folders)), flush=True)
    if "meantime" in wanted:
        print("\n".join(meantime()), flush=True)


if __name__ == "__main__":
    main()
