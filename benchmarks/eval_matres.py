"""Accuracy of ``Timeline.relation`` on the MATRES pairs of TimeBank and AQUAINT.

MATRES (Ning, Wu & Roth 2018) orders the start points of verb events within two sentences:
BEFORE, AFTER, EQUAL or VAGUE. Each MATRES ``eiid`` is aligned to its gold EVENT's offsets in
the TBAQ-cleaned document, then to the system event at those offsets; pairs whose events the
system did not find are counted as unaligned, and UNKNOWN answers are counted separately.

    python benchmarks/eval_matres.py                 # the library from raw text
    python benchmarks/eval_matres.py --gold-input    # ordering stage on gold times and events
    python benchmarks/eval_matres.py --limit 20      # the first 20 documents of each file
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline._api import extract  # noqa: E402
from timeline.eval.timeml import TimeMLDocument, read_timeml  # noqa: E402
from timeline.eval.tlink_metrics import gold_timeline  # noqa: E402
from timeline.events.model import Event  # noqa: E402
from timeline.nlp import load_pipeline  # noqa: E402
from timeline.ordering.model import Order, Timeline  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"
MATRES = CORPORA / "matres-tbaq"
TBAQ = CORPORA / "tbaq-cleaned"
FILES = {"timebank.txt": "TimeBank", "aquaint.txt": "AQUAINT"}
EXPECTED = {"BEFORE": Order.BEFORE, "AFTER": Order.AFTER, "EQUAL": Order.OVERLAP}


def read_pairs(path: Path) -> dict[str, list[tuple[str, str, str]]]:
    """MATRES lines grouped by docid: ``(eiid1, eiid2, relation)``."""
    pairs: dict[str, list[tuple[str, str, str]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) == 6:
            docid, _, _, first, second, relation = fields
            pairs.setdefault(docid, []).append((f"ei{first}", f"ei{second}", relation))
    return pairs


def system_event(document: TimeMLDocument, tl: Timeline, eiid: str) -> Event | None:
    eid = next((i.eid for i in document.instances if i.eiid == eiid), None)
    gold = next((e for e in document.events if e.eid == eid), None)
    if gold is None:
        return None
    return next((e for e in tl if e.start < gold.end and gold.start < e.end), None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold-input", action="store_true")
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    nlp = load_pipeline()
    for name, folder in FILES.items():
        grouped = read_pairs(MATRES / name)
        docids = sorted(grouped)[: args.limit or None]
        outcome: Counter[str] = Counter()
        confusion: Counter[tuple[str, str]] = Counter()
        for docid in docids:
            path = TBAQ / folder / f"{docid}.tml"
            if not path.exists():
                outcome["missing document"] += len(grouped[docid])
                continue
            document = read_timeml(path)
            tl = (
                gold_timeline(document, nlp)
                if args.gold_input
                else extract(document.text, dct=document.dct, nlp=nlp)
            )
            for first, second, relation in grouped[docid]:
                a, b = system_event(document, tl, first), system_event(document, tl, second)
                if a is None or b is None or a == b:
                    outcome["unaligned"] += 1
                    continue
                found = tl.relation(a, b)
                confusion[(relation, found.value)] += 1
                if found is Order.UNKNOWN:
                    outcome["UNKNOWN"] += 1
                elif EXPECTED.get(relation) is found:
                    outcome["correct"] += 1
                else:
                    outcome["wrong"] += 1
        total = sum(grouped[d].__len__() for d in docids)
        decided = outcome["correct"] + outcome["wrong"]
        mode = "gold times and events" if args.gold_input else "raw text"
        print(f"== MATRES {name} ({len(docids)} documents, {total} pairs; {mode})")
        print(f"  aligned pairs: {total - outcome['unaligned'] - outcome['missing document']}")
        print(f"  unaligned: {outcome['unaligned']}  UNKNOWN: {outcome['UNKNOWN']}")
        print(f"  correct: {outcome['correct']}  wrong: {outcome['wrong']}")
        if decided:
            print(f"  accuracy on decided pairs: {outcome['correct'] / decided:.3f}")
        ordered = sum(n for (gold, system), n in confusion.items() if system in ("BEFORE", "AFTER"))
        right = confusion[("BEFORE", "BEFORE")] + confusion[("AFTER", "AFTER")]
        if ordered:
            print(f"  accuracy of BEFORE/AFTER answers: {right / ordered:.3f} ({ordered} answers)")
        aligned = total - outcome["unaligned"] - outcome["missing document"]
        if aligned:
            print(
                f"  accuracy on aligned pairs (UNKNOWN wrong): {outcome['correct'] / aligned:.3f}"
            )
        for (gold, system), count in sorted(confusion.items()):
            print(f"    gold {gold:7} system {system:8} {count}")


if __name__ == "__main__":
    main()
