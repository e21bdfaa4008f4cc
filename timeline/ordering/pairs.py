"""Event-event relations from a small table learned on TimeBank: the pair's shape -> relation.

Annotators of TimeBank relate events in the same sentence, and main events of neighbouring
sentences, far more often than any signal word says. The shape of a pair (its syntactic tie,
the two tenses, aspects and classes) predicts that relation well for some shapes: an infinitive
complement follows its governor; a past clause reported by "said" precedes it. The table keeps
only shapes seen often whose majority relation (under the gold closure, counting "no relation")
is clear, so a link is written only where the text's form makes it likely.

The table is trained with the pair model and the link selection by ``python -m
timeline.ordering.train_links TBAQ_DIR`` and shipped as ``data/pair_table.json``.
"""

from __future__ import annotations

import functools
import json
from collections import Counter
from collections.abc import Iterator, Sequence
from importlib import resources
from typing import TYPE_CHECKING, Any

from timeline.events.model import Event
from timeline.ordering.linking import root_of
from timeline.ordering.model import TimeRelation

if TYPE_CHECKING:
    from timeline.eval.timeml import TimeMLDocument

__all__ = [
    "MIN_COUNT",
    "MIN_SHARE",
    "candidate_pairs",
    "load_table",
    "pair_key",
    "table_of",
    "train_table",
]

MIN_COUNT = 6
"""A shape must be seen this often in training to enter the table."""

MIN_SHARE = 0.5
"""Its majority relation must hold for at least this share of its pairs (no-relation included).

Trained on TimeBank and AQUAINT together, a shape's table relation is also the evidence
``Timeline.relation`` orders events by, so it must be right more often than not. Measured on
folds 0-2 of ``benchmarks/eval_tlinks.py`` (tables trained on the other folds): temporal
awareness F1 0.331 at 0.3, 0.337 at 0.4, 0.338 at 0.5 and 0.6; folds 3-4 were not looked at."""

_TABLE_FILE = "pair_table.json"
_LABELS = ("BEFORE", "AFTER", "SIMULTANEOUS", "INCLUDES", "IS_INCLUDED")
_MAIN = {"ROOT", "ccomp", "conj", "advcl", "parataxis"}


def _describe(event: Event) -> str:
    return f"{event.tense.value}/{event.aspect.value}/{event.kind.value}"


def pair_key(
    first: Event, first_token: Any, second: Event, second_token: Any
) -> tuple[str, ...] | None:
    """The shape of an ordered pair of events (``first`` before ``second`` in the text)."""
    if second_token.head.i == first_token.i and second_token.i != first_token.i:
        return ("child-after", second_token.dep_, _describe(first), _describe(second))
    if first_token.head.i == second_token.i and first_token.i != second_token.i:
        return ("child-before", first_token.dep_, _describe(first), _describe(second))
    same_sentence = first_token.sent.start == second_token.sent.start
    if same_sentence:
        if first_token.dep_ == "ROOT":
            return ("root-then", second_token.dep_, _describe(first), _describe(second))
        if second_token.dep_ == "ROOT":
            return ("then-root", first_token.dep_, _describe(first), _describe(second))
        return None
    if first_token.dep_ == "ROOT" and second_token.dep_ == "ROOT":
        return ("next-roots", _describe(first), _describe(second))
    return None


def candidate_pairs(
    events: Sequence[Event], tokens: Sequence[Any]
) -> Iterator[tuple[int, int, tuple[str, ...]]]:
    """Pairs ``(i, j, key)`` with ``i`` before ``j`` in text: head-dependent pairs of events,
    and the root events of neighbouring sentences."""
    by_token = {token.i: index for index, token in enumerate(tokens) if token is not None}
    roots: dict[int, int] = {}
    for index, token in enumerate(tokens):
        if token is None:
            continue
        head = by_token.get(token.head.i)
        if head is not None and head != index:
            first, second = (head, index) if tokens[head].i < token.i else (index, head)
            key = pair_key(events[first], tokens[first], events[second], tokens[second])
            if key is not None:
                yield first, second, key
        if token.dep_ == "ROOT":
            roots[events[index].sentence] = index
    for index, token in enumerate(tokens):
        root = roots.get(events[index].sentence)
        if token is None or root is None or root == index:
            continue
        if token.head.i == tokens[root].i:
            continue  # a head-dependent pair, already given
        first, second = (root, index) if tokens[root].i < token.i else (index, root)
        key = pair_key(events[first], tokens[first], events[second], tokens[second])
        if key is not None:
            yield first, second, key
    for sentence, index in sorted(roots.items()):
        following = roots.get(sentence + 1)
        if following is not None:
            key = pair_key(events[index], tokens[index], events[following], tokens[following])
            if key is not None:
                yield index, following, key


@functools.lru_cache(maxsize=1)
def load_table() -> dict[tuple[str, ...], TimeRelation]:
    """The shipped table, ``{}`` when none has been trained."""
    try:
        text = (
            resources.files("timeline.ordering").joinpath("data").joinpath(_TABLE_FILE).read_text()
        )
    except (FileNotFoundError, OSError):
        return {}
    return table_of(json.loads(text))


def train_table(parsed: Sequence[tuple[TimeMLDocument, Any]]) -> dict[str, Any]:
    """The JSON-ready table from gold documents and their spaCy parses."""
    from timeline.eval.closure import Graph
    from timeline.eval.tlink_metrics import gold_events, gold_links

    counts: dict[tuple[str, ...], Counter[str]] = {}
    for document, doc in parsed:
        events, eiids = gold_events(document, doc)
        tokens = [root_of(doc, event) for event in events]
        closure = Graph.of(gold_links(document))
        for first, second, key in candidate_pairs(events, tokens):
            label = next(
                (name for name in _LABELS if closure.entails((eiids[first], eiids[second], name))),
                "NONE",
            )
            counts.setdefault(key, Counter())[label] += 1
    rows = []
    for key, counter in sorted(counts.items()):
        total = sum(counter.values())
        label, count = max(
            ((name, n) for name, n in counter.items() if name != "NONE"),
            key=lambda item: item[1],
            default=("NONE", 0),
        )
        if total >= MIN_COUNT and label != "NONE" and count / total >= MIN_SHARE:
            rows.append({"key": list(key), "relation": label, "count": count, "total": total})
    return {"documents": len(parsed), "rows": rows}


def table_of(data: dict[str, Any]) -> dict[tuple[str, ...], TimeRelation]:
    """The lookup table of a JSON-ready table (as :func:`train_table` returns it)."""
    return {tuple(row["key"]): TimeRelation(row["relation"]) for row in data["rows"]}
