"""TempEval-3 event scores: strict and relaxed span P/R/F1, and class, tense and aspect F1.

The definitions follow the TempEval-3 toolkit (UzZaman et al. 2013): a system event matches a
gold event strictly when the extents are identical and relaxed when they overlap (one-to-one,
earliest first). An attribute's F1 counts the relaxed matches whose attribute agrees: its
precision is that count over the system events and its recall that count over the gold events,
which equals attribute accuracy over the matches times the relaxed F1.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import attrs

from timeline.eval.scores import f1, ratio
from timeline.eval.timeml import GoldInstance, TimeMLDocument

if TYPE_CHECKING:
    from timeline.events.model import Event
    from timeline.ordering.model import Timeline

__all__ = [
    "EventScores",
    "GoldMention",
    "format_scores",
    "mentions_from_timeml",
    "report",
    "score",
]

ATTRIBUTES = ("class", "tense", "aspect", "polarity")


@attrs.frozen
class GoldMention:
    """A gold event mention from any corpus; ``None`` where the corpus has no such attribute.

    Attributes:
        start, end: character offsets of the trigger in the document's text.
        cls, tense, aspect, polarity: the gold TimeML attribute values.
        certainty, time: MEANTIME's factuality attributes (``CERTAIN``, ``PROBABLE``,
            ``POSSIBLE``; ``FUTURE``, ``NON_FUTURE``); TimeML has neither.
        identifier: the mention's id in its corpus (MEANTIME's ``m_id``), which its TLINKs
            name; ``None`` where the reader does not need it.
    """

    start: int
    end: int
    cls: str | None
    tense: str | None
    aspect: str | None
    polarity: str | None
    certainty: str | None = None
    time: str | None = None
    identifier: str | None = None


def mentions_from_timeml(document: TimeMLDocument) -> tuple[GoldMention, ...]:
    """The gold events of a TimeML document with the attributes of their first instance."""
    first_instance: dict[str, GoldInstance] = {}
    for instance in document.instances:
        first_instance.setdefault(instance.eid, instance)
    mentions = []
    for event in document.events:
        found = first_instance.get(event.eid)
        mentions.append(
            GoldMention(
                start=event.start,
                end=event.end,
                cls=event.cls,
                tense=found.tense if found else None,
                aspect=found.aspect if found else None,
                polarity=found.polarity if found else None,
            )
        )
    return tuple(mentions)


def _system_value(event: Event, attribute: str) -> str:
    if attribute == "class":
        return event.kind.value
    value = getattr(event, attribute)
    return str(value.value)


def _gold_value(mention: GoldMention, attribute: str) -> str | None:
    return mention.cls if attribute == "class" else getattr(mention, attribute)


@attrs.define
class EventScores:
    """Counts accumulated over documents (mutable only while scoring)."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    agreeing: dict[str, int] = attrs.Factory(lambda: dict.fromkeys(ATTRIBUTES, 0))
    # gold mentions that have the attribute at all (MEANTIME has no class, and leaves tense
    # empty on some mentions), and the relaxed matches whose gold mention has it
    annotated: dict[str, int] = attrs.Factory(lambda: dict.fromkeys(ATTRIBUTES, 0))
    compared: dict[str, int] = attrs.Factory(lambda: dict.fromkeys(ATTRIBUTES, 0))

    def add(self, gold: Sequence[GoldMention], system: Sequence[Event]) -> None:
        """Count one document's events."""
        self.gold += len(gold)
        self.system += len(system)
        for attribute in ATTRIBUTES:
            self.annotated[attribute] += sum(_gold_value(m, attribute) is not None for m in gold)
        exact = {(m.start, m.end) for m in gold}
        self.strict += sum((e.start, e.end) in exact for e in system)
        used: set[int] = set()
        ordered = sorted(range(len(gold)), key=lambda i: gold[i].start)
        for event in sorted(system, key=lambda e: e.start):
            match = next(
                (
                    i
                    for i in ordered
                    if i not in used and gold[i].start < event.end and event.start < gold[i].end
                ),
                None,
            )
            if match is None:
                continue
            used.add(match)
            self.relaxed += 1
            for attribute in ATTRIBUTES:
                expected = _gold_value(gold[match], attribute)
                self.compared[attribute] += expected is not None
                if expected == _system_value(event, attribute):
                    self.agreeing[attribute] += 1

    def span(self, *, strict: bool) -> tuple[float, float, float]:
        """(precision, recall, F1) of the strict or relaxed span match."""
        return _f1(self.strict if strict else self.relaxed, self.system, self.gold)

    def attribute_f1(self, attribute: str) -> float:
        """TempEval-3 attribute F1 ("class", "tense", "aspect", "polarity")."""
        return _f1(self.agreeing[attribute], self.system, self.gold)[2]


def _f1(hits: int, system: int, gold: int) -> tuple[float, float, float]:
    precision, recall = ratio(hits, system), ratio(hits, gold)
    return precision, recall, f1(precision, recall)


def score(documents: Iterable[tuple[Sequence[GoldMention], Sequence[Event]]]) -> EventScores:
    """Score (gold mentions, system events) pairs, one per document."""
    scores = EventScores()
    for gold, system in documents:
        scores.add(gold, system)
    return scores


def format_scores(scores: EventScores) -> list[str]:
    """The report lines: span P/R/F1, then attribute F1 (for attributes the gold has)."""
    lines = [f"events: gold {scores.gold}, system {scores.system}"]
    for name, hits in (("strict", scores.strict), ("relaxed", scores.relaxed)):
        precision, recall, score = _f1(hits, scores.system, scores.gold)
        lines.append(f"  {name:8} P {precision:.4f}  R {recall:.4f}  F1 {score:.4f}")
    for attribute in ATTRIBUTES:
        hits = scores.agreeing[attribute]
        if scores.annotated[attribute] == scores.gold:
            score = _f1(hits, scores.system, scores.gold)[2]
            accuracy = ratio(hits, scores.relaxed)
            lines.append(f"  {attribute:8} F1 {score:.4f}  (accuracy over matches {accuracy:.4f})")
        elif scores.compared[attribute]:
            # the gold leaves the attribute out on some mentions: no F1, only accuracy
            accuracy = hits / scores.compared[attribute]
            lines.append(
                f"  {attribute:8} accuracy {accuracy:.4f} over the {scores.compared[attribute]}"
                " matches whose gold mention has it"
            )
    return lines


def report(pairs: Sequence[tuple[TimeMLDocument, Timeline]]) -> list[str]:
    """Lines for ``python -m timeline evaluate --only events``."""
    return format_scores(
        score((mentions_from_timeml(document), timeline.events) for document, timeline in pairs)
    )
