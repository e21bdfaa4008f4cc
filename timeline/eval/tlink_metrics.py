"""TLINK scoring: the TempEval-3 temporal awareness score (UzZaman & Allen 2011).

precision = |closure(gold) ∩ reduced(system)| / |reduced(system)| and
recall = |closure(system) ∩ reduced(gold)| / |reduced(gold)|, where a link is "in" a closure
when that graph entails all its point constraints (:mod:`timeline.eval.closure`). System events
and times are first aligned to gold ones by span overlap, the DCT to the gold DCT; an unaligned
system entity keeps an id of its own, so its links count against precision.

As in the TempEval-3 toolkit (``temporal_evaluation.py`` over its timegraph), a link that
contradicts the links before it stays out of its graph's closure but is still counted in the
reduced graph: a contradictory system gains no recall from its contradiction and pays for the
contradicting link in precision. The toolkit aligns entities with the TimeML-Normalizer; span
overlap here is at most as lenient as that for one-token events, and may be more lenient for
multi-word time expressions.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any

import attrs

from timeline.eval.closure import Graph, Relation, reduce_links
from timeline.eval.scores import f1, ratio
from timeline.eval.timeml import GoldInstance, TimeMLDocument
from timeline.events.model import Aspect, Event, EventClass, Polarity, Tense
from timeline.model import TimeExpression, TimexType
from timeline.ordering.model import DCT, Timeline, TLink

__all__ = [
    "Awareness",
    "Side",
    "awareness",
    "gold_events",
    "gold_expressions",
    "gold_links",
    "gold_timeline",
    "renamed_links",
    "report",
    "system_links",
]


@attrs.frozen
class Awareness:
    """The counts behind temporal awareness, summable over documents.

    Attributes:
        precise: reduced system links entailed by the gold closure.
        system: reduced system links.
        recalled: reduced gold links entailed by the system closure.
        gold: reduced gold links.
    """

    precise: int = 0
    system: int = 0
    recalled: int = 0
    gold: int = 0

    def __add__(self, other: Awareness) -> Awareness:
        return Awareness(
            self.precise + other.precise,
            self.system + other.system,
            self.recalled + other.recalled,
            self.gold + other.gold,
        )

    @property
    def precision(self) -> float:
        return ratio(self.precise, self.system)

    @property
    def recall(self) -> float:
        return ratio(self.recalled, self.gold)

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)


def awareness(gold: Sequence[Relation], system: Sequence[Relation]) -> Awareness:
    """Temporal awareness counts of one document's system links against its gold links.

    A link counts as found when the other side's closure entails it or, as in the toolkit, when
    the other side states it outright (in either direction), even where that statement
    contradicted earlier links and so stayed out of the closure.
    """
    return Side.of(gold).awareness(Side.of(system))


@attrs.frozen(eq=False)
class Side:
    """One side's links prepared for scoring: reduced, closed, and as stated.

    Preparing the gold side once lets a threshold search score many system link sets.
    """

    reduced: list[Relation]
    closure: Graph
    stated: set[Relation]

    @classmethod
    def of(cls, links: Sequence[Relation]) -> Side:
        return cls(reduce_links(links), Graph.of(links), _stated(links))

    def awareness(self, system: Side) -> Awareness:
        """The counts of ``system`` scored against this (gold) side."""
        return Awareness(
            precise=sum(self.entails(link) for link in system.reduced),
            system=len(system.reduced),
            recalled=sum(system.entails(link) for link in self.reduced),
            gold=len(self.reduced),
        )

    def entails(self, link: Relation) -> bool:
        """Whether this side's closure entails ``link`` or states it outright."""
        return self.closure.entails(link) or _normal(link) in self.stated


_INVERSE = {
    "BEFORE": "AFTER",
    "IBEFORE": "IAFTER",
    "INCLUDES": "IS_INCLUDED",
    "BEGINS": "BEGUN_BY",
    "ENDS": "ENDED_BY",
    "SIMULTANEOUS": "SIMULTANEOUS",
}
_INVERSE.update({value: key for key, value in _INVERSE.items()})
_SAME = {"DURING": "SIMULTANEOUS", "DURING_INV": "SIMULTANEOUS", "IDENTITY": "SIMULTANEOUS"}


def _normal(link: Relation) -> Relation:
    """A link with TempEval-3's relType folding (DURING, DURING_INV, IDENTITY: SIMULTANEOUS)."""
    relation = link[2].upper()
    return (link[0], link[1], _SAME.get(relation, relation))


def _stated(links: Sequence[Relation]) -> set[Relation]:
    """The links as stated, each also in its inverse direction."""
    found: set[Relation] = set()
    for link in links:
        source, target, relation = _normal(link)
        found.add((source, target, relation))
        if relation in _INVERSE:
            found.add((target, source, _INVERSE[relation]))
    return found


def gold_links(document: TimeMLDocument) -> list[Relation]:
    """The gold TLINKs as ``(source id, target id, relType)`` with TempEval ids (ei3, t1, t0)."""
    return [(link.source, link.target, link.relation) for link in document.tlinks]


def _overlapping(spans: list[tuple[int, int, str]], start: int, end: int) -> str | None:
    for gold_start, gold_end, identifier in spans:
        if gold_start < end and start < gold_end:
            return identifier
    return None


def system_links(document: TimeMLDocument, timeline: Timeline) -> list[Relation]:
    """The timeline's written TLINKs with entities renamed to the gold ids they overlap."""
    return renamed_links(document, timeline.written_tlinks)


def renamed_links(document: TimeMLDocument, links: Sequence[TLink]) -> list[Relation]:
    """``links`` with entities renamed to the gold ids they overlap; an unaligned entity keeps
    a name of its own (``("system-event", start)``), which no gold link uses."""
    first_instance: dict[str, str] = {}
    for instance in document.instances:
        first_instance.setdefault(instance.eid, instance.eiid)
    event_spans = [
        (event.start, event.end, first_instance[event.eid])
        for event in document.events
        if event.eid in first_instance
    ]
    time_spans = [(timex.start, timex.end, timex.tid) for timex in document.timexes]

    def name(item: object) -> Hashable:
        if item == DCT:
            return document.dct_tid
        if isinstance(item, Event):
            found = _overlapping(event_spans, item.start, item.end)
            return found or ("system-event", item.start)
        if isinstance(item, TimeExpression):
            found = _overlapping(time_spans, item.start, item.end)
            return found or ("system-time", item.start)
        return ("other", id(item))

    return [_renamed(link, name) for link in links]


def _renamed(link: TLink, name: Any) -> Relation:
    return (name(link.source), name(link.target), link.relation.value)


def document_awareness(document: TimeMLDocument, timeline: Timeline) -> Awareness:
    """Temporal awareness counts for one gold document and the system's timeline of it."""
    return awareness(gold_links(document), system_links(document, timeline))


def report(pairs: Sequence[tuple[TimeMLDocument, Timeline]]) -> list[str]:
    """The lines of ``python -m timeline evaluate --only tlinks``: micro-averaged awareness."""
    total = Awareness()
    for document, timeline in pairs:
        total = total + document_awareness(document, timeline)
    return [
        "TLINK temporal awareness (TempEval-3, closure, micro over documents):",
        f"  precision {total.precision:.3f} ({total.precise}/{total.system} reduced system links)",
        f"  recall    {total.recall:.3f} ({total.recalled}/{total.gold} reduced gold links)",
        f"  F1        {total.f1:.3f}",
    ]


_TENSES = {tense.value: tense for tense in Tense}
_ASPECTS = {aspect.value: aspect for aspect in Aspect}
_CLASSES = {kind.value: kind for kind in EventClass}


def gold_events(document: TimeMLDocument, doc: Any) -> tuple[list[Event], list[str]]:
    """The gold events of a document as :class:`Event` values (one per first instance), with
    their eiids; ``doc`` is the spaCy ``Doc`` of the document's text."""
    sentence_of = {}
    for number, sentence in enumerate(doc.sents):
        for token in sentence:
            sentence_of[token.idx] = number
    instance_of: dict[str, GoldInstance] = {}
    for instance in document.instances:
        instance_of.setdefault(instance.eid, instance)
    events = []
    eiids = []
    for gold in document.events:
        if gold.eid not in instance_of:
            continue
        instance = instance_of[gold.eid]
        span = doc.char_span(gold.start, gold.end, alignment_mode="expand")
        token = span.root if span is not None and len(span) else None
        events.append(
            Event(
                text=gold.text,
                start=gold.start,
                end=gold.end,
                lemma=token.lemma_ if token is not None else gold.text.lower(),
                sentence=sentence_of.get(token.idx, 0) if token is not None else 0,
                pos=instance.pos or "OTHER",
                kind=_CLASSES.get(gold.cls, EventClass.OCCURRENCE),
                tense=_TENSES.get(instance.tense, Tense.NONE),
                aspect=_ASPECTS.get(instance.aspect, Aspect.NONE),
                polarity=Polarity.NEG if instance.polarity == "NEG" else Polarity.POS,
                modality=instance.modality,
            )
        )
        eiids.append(instance.eiid)
    return events, eiids


def gold_timeline(document: TimeMLDocument, nlp: Any) -> Timeline:
    """The timeline the ordering stage builds from the GOLD times and events of a document.

    This isolates the ordering stage from recognition errors: its awareness score is an upper
    bound of what linking alone can reach.
    """
    from timeline.ordering.build import build_timeline

    doc = nlp(document.text)
    events, _ = gold_events(document, doc)
    return build_timeline(document.text, document.dct, gold_expressions(document), events, doc)


def gold_expressions(document: TimeMLDocument) -> list[TimeExpression]:
    """The gold TIMEX3s of a document (DCT excluded) as :class:`TimeExpression` values."""
    return [
        TimeExpression(
            timex.text,
            timex.start,
            timex.end,
            TimexType(timex.type) if timex.type in TimexType.__members__ else TimexType.DATE,
            timex.value,
        )
        for timex in document.timexes
    ]


def main(argv: Sequence[str] | None = None) -> None:
    """``python -m timeline.eval.tlink_metrics GOLD_DIR [--gold-input]``: awareness per folder.

    With ``--gold-input`` the ordering stage runs on the gold times and events, which measures
    linking alone; without it, this is ``python -m timeline evaluate GOLD_DIR --only tlinks``.
    """
    import argparse
    from pathlib import Path

    from timeline._api import extract
    from timeline.eval.report import group_by_folder
    from timeline.eval.timeml import read_timeml_dir
    from timeline.nlp import load_pipeline

    parser = argparse.ArgumentParser(description="TempEval-3 temporal awareness of TLINKs")
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("--gold-input", action="store_true")
    arguments = parser.parse_args(argv)
    nlp = load_pipeline()
    scored = [
        (
            document,
            gold_timeline(document, nlp)
            if arguments.gold_input
            else extract(document.text, dct=document.dct, nlp=nlp),
        )
        for document in read_timeml_dir(arguments.gold_dir)
    ]
    source = "gold times and events" if arguments.gold_input else "raw text"
    for name, pairs in group_by_folder(scored, arguments.gold_dir).items():
        print(f"== {name} ({len(pairs)} documents, {source})")
        print("\n".join(report(pairs)))


if __name__ == "__main__":
    main()
