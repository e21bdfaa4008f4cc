"""Time expressions against MEANTIME's gold TIMEX3: the resolver on documents it was not written on.

The resolver's rules were developed on TBAQ, so its TBAQ figures are development figures. The
30 MEANTIME apple documents (NewsReader, 2015) were annotated by another team with the same
TIMEX3 guidelines, and no resolver rule was written while reading them before this benchmark
existed, so its first run is the held-out figure (docs/benchmarks.md keeps it).

MEANTIME annotates the title and the first sentences of each article only, so system
expressions after the last annotated sentence are not scored, as for events. Its dateline (the
date printed at the top of the text) is the CREATION_TIME TIMEX3 anchored to those tokens, and
counts as a gold expression like any other. The scores are the TempEval-3 ones of
:mod:`timeline.eval.timex_metrics` (relaxed matching; value and type F1 = accuracy over relaxed
matches x relaxed F1).

    python benchmarks/eval_times_meantime.py             # the 30 documents
    python benchmarks/eval_times_meantime.py --errors    # also list every disagreement
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline._api import find_times  # noqa: E402
from timeline.eval.meantime import MeantimeDocument, read_meantime_dir  # noqa: E402
from timeline.eval.scores import ratio  # noqa: E402
from timeline.eval.timex_metrics import (  # noqa: E402
    Counts,
    Extent,
    count_matches,
    counts_by_gold_type,
    match_extents,
    scores_of,
)

MEANTIME = ROOT.parent / "shared" / "corpora" / "meantime-english-apple" / "intra-doc_annotation"


def extents(document: MeantimeDocument) -> tuple[list[Extent], list[Extent]]:
    """The gold extents and the system extents of the annotated part of one document."""
    gold = [Extent.of_gold(timex) for timex in document.timexes]
    system = [
        Extent.of_system(expression)
        for expression in find_times(document.text, dct=document.dct)
        if expression.start < document.annotated_end
    ]
    return gold, system


def errors(document: MeantimeDocument, gold: list[Extent], system: list[Extent]) -> list[str]:
    """One line per missed, spurious or wrongly valued expression."""
    text = document.text
    lines = []
    pairs = match_extents(gold, system)
    matched_gold = {id(g) for g, _ in pairs}
    matched_system = {id(s) for _, s in pairs}
    for g, s in pairs:
        if g.value != s.value or g.type != s.type:
            lines.append(
                f"  value  {text[g.start : g.end]!r} gold {g.type} {g.value}"
                f"  system {text[s.start : s.end]!r} {s.type} {s.value}"
            )
    lines.extend(
        f"  missed {text[g.start : g.end]!r} {g.type} {g.value}"
        for g in gold
        if id(g) not in matched_gold
    )
    lines.extend(
        f"  extra  {text[s.start : s.end]!r} {s.type} {s.value}"
        for s in system
        if id(s) not in matched_system
    )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list every disagreement")
    options = parser.parse_args()
    documents = list(read_meantime_dir(MEANTIME))
    scored = []
    for document in documents:
        gold, system = extents(document)
        scored.append((gold, system))
        if options.errors:
            lines = errors(document, gold, system)
            if lines:
                print(f"{document.path.name} (DCT {document.dct.date()})")
                print("\n".join(lines))
    total = sum((count_matches(gold, system) for gold, system in scored), start=Counts())
    result = scores_of(total)
    print(
        f"MEANTIME apple, {len(documents)} documents: {total.gold} gold TIMEX3, "
        f"{total.system} system, {total.relaxed} relaxed / {total.strict} strict matches"
    )
    print(
        f"strict  P {result.strict_precision:.3f}  R {result.strict_recall:.3f}  "
        f"F1 {result.strict_f1:.3f}"
    )
    print(
        f"relaxed P {result.relaxed_precision:.3f}  R {result.relaxed_recall:.3f}  "
        f"F1 {result.relaxed_f1:.3f}"
    )
    print(
        f"value F1 {result.value_f1:.3f} (accuracy {result.value_accuracy:.3f})  "
        f"type F1 {result.type_f1:.3f} (accuracy {result.type_accuracy:.3f})"
    )
    for name, part in counts_by_gold_type(scored).items():
        print(
            f"  {name:8} gold {part.gold:3}  found {ratio(part.relaxed, part.gold):.2f}  "
            f"value {ratio(part.value, part.relaxed):.2f}"
        )


if __name__ == "__main__":
    main()
