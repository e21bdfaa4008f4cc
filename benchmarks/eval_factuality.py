"""Factuality of found events against MEANTIME's gold attributes (certainty, polarity, time).

TimeBank and AQUAINT carry no factuality; MEANTIME (NewsReader) annotates every event mention
with ``certainty`` (CERTAIN, PROBABLE, POSSIBLE), ``polarity`` (POS, NEG) and ``time`` (FUTURE,
NON_FUTURE against the DCT). The library gives one :class:`timeline.Factuality` per event, so it
is compared attribute by attribute:

- *time*: the event is FUTURE when its factuality is PLANNED or its bounds start after the DCT's
  day (``timeline.extract`` anchors it there), NON_FUTURE otherwise;
- *certainty*: not CERTAIN (PROBABLE or POSSIBLE) when its factuality is UNCERTAIN or
  HYPOTHETICAL;
- *polarity*: NEG when its factuality is NEGATED.

Each gold mention of the annotated sentences is matched to the system event whose trigger
overlaps it; mentions whose gold attribute is empty or UNDERSPECIFIED are left out of that
attribute. For each attribute the script prints the accuracy, the precision, recall and F1 of the
rare value (FUTURE, uncertain, NEG) and the accuracy of always answering the frequent one.

    python benchmarks/eval_factuality.py              # the 30 MEANTIME apple documents
    python benchmarks/eval_factuality.py --errors     # also list every disagreement
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline._api import extract  # noqa: E402
from timeline.eval.meantime import read_meantime_dir  # noqa: E402
from timeline.events.model import Event, Factuality  # noqa: E402

MEANTIME = ROOT.parent / "shared" / "corpora" / "meantime-english-apple" / "intra-doc_annotation"
# (attribute, the rare gold value(s), the frequent one)
ATTRIBUTES = (
    ("time", frozenset({"FUTURE"}), "NON_FUTURE"),
    ("certainty", frozenset({"PROBABLE", "POSSIBLE"}), "CERTAIN"),
    ("polarity", frozenset({"NEG"}), "POS"),
)


def _day(value: date | datetime | None) -> date | None:
    return value.date() if isinstance(value, datetime) else value


def predicted(event: Event, dct: date) -> dict[str, bool]:
    """Whether the system says the rare value of each attribute for this event."""
    start = _day(event.when.earliest_start) if event.when is not None else None
    future = event.factuality is Factuality.PLANNED or (start is not None and start > dct)
    return {
        "time": future,
        "certainty": event.factuality in (Factuality.UNCERTAIN, Factuality.HYPOTHETICAL),
        "polarity": event.factuality is Factuality.NEGATED,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list every disagreement")
    args = parser.parse_args()
    # per attribute: (gold rare, system rare) -> count
    tables: dict[str, Counter[tuple[bool, bool]]] = {name: Counter() for name, _, _ in ATTRIBUTES}
    mentions = matched = 0
    for document in read_meantime_dir(MEANTIME):
        dct = document.dct.date()
        events = [e for e in extract(document.text, dct=dct) if e.start < document.annotated_end]
        for gold in document.events:
            mentions += 1
            event = next((e for e in events if e.start < gold.end and gold.start < e.end), None)
            if event is None:
                continue
            matched += 1
            says = predicted(event, dct)
            for name, rare, frequent in ATTRIBUTES:
                value = getattr(gold, name)
                if value not in rare and value != frequent:
                    continue  # empty or UNDERSPECIFIED
                key = (value in rare, says[name])
                tables[name][key] += 1
                if args.errors and key[0] != key[1]:
                    line_start = document.text.rfind("\n", 0, event.start) + 1
                    line_end = document.text.find("\n", event.end)
                    sentence = document.text[line_start : line_end if line_end >= 0 else None]
                    print(
                        f"{name:9} gold {value:10} system {event.factuality.value:12} "
                        f"{event.text!r:16} {event.when}  | {sentence[:150]}"
                    )
    print(f"MEANTIME apple: {mentions} gold mentions, {matched} matched to a system event")
    print("attribute  n    accuracy  majority  rare value: P      R      F1")
    for name, _, _ in ATTRIBUTES:
        table = tables[name]
        total = sum(table.values())
        right = table[(True, True)] + table[(False, False)]
        gold_rare = table[(True, True)] + table[(True, False)]
        said_rare = table[(True, True)] + table[(False, True)]
        precision = table[(True, True)] / said_rare if said_rare else 0.0
        recall = table[(True, True)] / gold_rare if gold_rare else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(
            f"{name:10} {total:<4} {right / total:8.3f}  {1 - gold_rare / total:8.3f}"
            f"  ({gold_rare:3} gold) {precision:.3f}  {recall:.3f}  {f1:.3f}"
        )


if __name__ == "__main__":
    main()
