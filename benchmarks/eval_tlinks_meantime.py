"""Temporal awareness on MEANTIME: the TLINKs of ``timeline.extract`` on documents never trained on.

The learned TLINK parts (pair table, pair model, link selection) and the event model are trained
on TBAQ; the 30 MEANTIME apple documents (NewsReader, 2015) were annotated by another team and
never used for training, so this is a held-out figure for the shipped models and rules. It is
not the TBAQ figure of issue 4: MEANTIME's annotators linked fewer kinds of pairs (mostly
event–DCT, event–time and event–event in the same sentence), and scored their first sentences
only.

The documents are turned into TimeML (:func:`timeline.eval.meantime.as_timeml`) and scored with
the TempEval-3 temporal awareness of :mod:`timeline.eval.tlink_metrics` (closure both ways,
entities aligned by span overlap; the dateline is the creation time). System links with an end
after the last annotated sentence are left out, as the annotators never looked there; MEASURE
links are not in the gold.

    python benchmarks/eval_tlinks_meantime.py
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline._api import extract  # noqa: E402
from timeline.eval.meantime import as_timeml, read_meantime_dir  # noqa: E402
from timeline.eval.tlink_metrics import Awareness, awareness, gold_links, renamed_links  # noqa: E402
from timeline.events.model import Event  # noqa: E402
from timeline.model import TimeExpression  # noqa: E402
from timeline.ordering.model import TLink  # noqa: E402

MEANTIME = ROOT.parent / "shared" / "corpora" / "meantime-english-apple" / "intra-doc_annotation"


def _kind(end: object) -> str:
    if isinstance(end, Event):
        return "event"
    if isinstance(end, TimeExpression):
        return "time"
    return "DCT"


KINDS = ("DCT–event", "event–event", "event–time", "time–time")  # no time–DCT links are written


def _pair_kind(link: TLink) -> str:
    return "–".join(sorted((_kind(link.source), _kind(link.target))))


def _annotated(link: TLink, annotated_end: int) -> bool:
    return all(
        not isinstance(end, (Event, TimeExpression)) or end.start < annotated_end
        for end in (link.source, link.target)
    )


def main() -> None:
    total = Awareness()
    by_kind: dict[str, Awareness] = {}
    without: dict[str, Awareness] = {}
    written: Counter[str] = Counter()
    documents = list(read_meantime_dir(MEANTIME))
    for meantime in documents:
        document = as_timeml(meantime)
        timeline = extract(meantime.text, dct=meantime.dct)
        links = [
            link for link in timeline.written_tlinks if _annotated(link, meantime.annotated_end)
        ]
        gold = gold_links(document)
        total = total + awareness(gold, renamed_links(document, links))
        groups: dict[str, list[TLink]] = {kind: [] for kind in KINDS}
        for link in links:
            groups[_pair_kind(link)].append(link)
        for kind, group in groups.items():
            written[kind] += len(group)
            # precision of one kind of link against the whole gold closure
            part = awareness(gold, renamed_links(document, group))
            by_kind[kind] = by_kind.get(kind, Awareness()) + Awareness(
                part.precise, part.system, 0, 0
            )
            rest = [link for link in links if _pair_kind(link) != kind]
            without[kind] = without.get(kind, Awareness()) + awareness(
                gold, renamed_links(document, rest)
            )
    print(
        f"MEANTIME apple, {len(documents)} documents: {total.gold} reduced gold links, "
        f"{total.system} reduced system links"
    )
    print(f"  precision {total.precision:.3f} ({total.precise}/{total.system})")
    print(f"  recall    {total.recall:.3f} ({total.recalled}/{total.gold})")
    print(f"  F1        {total.f1:.3f}")
    print(
        "by kind of system link: its precision scored alone against the gold closure, and the"
        " F1 of all the other links"
    )
    for kind in KINDS:
        print(
            f"  {kind:12} {written[kind]:5} written  precision {by_kind[kind].precision:.3f}"
            f"  F1 without them {without[kind].f1:.3f}"
        )


if __name__ == "__main__":
    main()
