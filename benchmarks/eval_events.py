"""Score event detection on documents the classifier was not trained on.

    python benchmarks/eval_events.py                # AQUAINT and MEANTIME (apple)
    python benchmarks/eval_events.py --timebank     # also TimeBank (the TRAINING data: optimistic)

The classifier is trained on TimeBank only (``python -m timeline.events.train``), so AQUAINT and
MEANTIME are unseen. Calls the event stage directly (spaCy parse + the resolver's time
expressions + ``detect_events``), so the figures do not depend on the ordering stage.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.eval.event_metrics import (  # noqa: E402
    GoldMention,
    format_scores,
    mentions_from_timeml,
    score,
)
from timeline.eval.meantime import read_meantime_dir  # noqa: E402
from timeline.eval.timeml import read_timeml_dir  # noqa: E402
from timeline.events.detect import detect_events  # noqa: E402
from timeline.events.model import Event  # noqa: E402
from timeline.nlp import load_pipeline  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"


def _expressions(text: str, dct: datetime) -> tuple[object, ...]:
    try:
        from timeline.temporal.pipeline import find_time_expressions

        return tuple(find_time_expressions(text, dct))
    except NotImplementedError:
        return ()


def run(
    items: Sequence[tuple[str, datetime, Sequence[GoldMention]]], ends: Sequence[int] = ()
) -> list[str]:
    """Score; ``ends[i]``: only system events before this offset of document i count."""
    nlp = load_pipeline()
    started = time.perf_counter()
    pairs: list[tuple[Sequence[GoldMention], Sequence[Event]]] = []
    docs = nlp.pipe(text for text, _, _ in items)
    for index, ((text, dct, gold), doc) in enumerate(zip(items, docs, strict=True)):
        events = detect_events(doc, _expressions(text, dct))  # type: ignore[arg-type]
        if ends:
            events = tuple(event for event in events if event.start < ends[index])
        pairs.append((gold, events))
    lines = format_scores(score(pairs))
    lines.append(f"  ({len(items)} documents, {time.perf_counter() - started:.1f} s)")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timebank", action="store_true", help="also score the training part")
    arguments = parser.parse_args()
    parts = ["AQUAINT"] + (["TimeBank"] if arguments.timebank else [])
    for part in parts:
        documents = list(read_timeml_dir(CORPORA / "tbaq-cleaned" / part))
        print(f"== TBAQ {part}" + (" (TRAINING DATA)" if part == "TimeBank" else " (unseen)"))
        items = [(d.text, d.dct, mentions_from_timeml(d)) for d in documents]
        print("\n".join(run(items)))
    meantime = list(read_meantime_dir(CORPORA / "meantime-english-apple" / "intra-doc_annotation"))
    print("== MEANTIME apple, intra-doc, annotated sentences (unseen; MEANTIME has no class)")
    items = [(d.text, d.dct, d.events) for d in meantime]
    print("\n".join(run(items, [d.annotated_end for d in meantime])))


if __name__ == "__main__":
    main()
