"""TempEval-3 time-expression metrics: strict and relaxed span P/R/F1, value F1 and type F1.

The definitions follow the official TempEval-3 toolkit (UzZaman et al. 2013, SemEval-2013 Task 1;
``TE3-evaluation.py`` with its ``evaluate_entities.py`` and the TimeML-Normalizer that aligns the
ids of gold and system entities), computed here on character offsets instead of by re-tokenizing
files, so that the scores need no Perl tokenizer and no file round trip:

* **Matching.** A system expression and a gold TIMEX3 match (*relaxed*) when their extents
  overlap by at least one character; matching is one-to-one, as the toolkit's normalizer gives
  each gold entity at most one system partner. Where several pairings are possible, exact extents
  are paired first, then larger overlaps, then earlier positions. A relaxed pair is also a
  *strict* match when both extents are identical (the toolkit compares the two extents' text).
* **Span scores.** Precision = matched / system expressions, recall = matched / gold TIMEX3,
  F1 = their harmonic mean, for strict and relaxed matches alike.
* **Attribute scores.** For ``value`` and ``type``, accuracy = correct attribute / relaxed
  matches, and attribute F1 = accuracy x relaxed F1, exactly as the toolkit prints its
  "Attribute F1" line. This equals 2 x correct / (gold + system), i.e. the harmonic mean of
  attribute precision (correct / system) and recall (correct / gold) of the TempEval-3 paper.
* **Micro-averaging.** Counts are summed over all documents before any ratio is taken (the
  toolkit's ``global_*`` counters); when there is no gold and no system expression at all every
  score is 1.0, and a ratio with a zero denominator is 0.0, as in the toolkit.
* **Gold.** ``TimeMLDocument.timexes``: the TIMEX3 tags inside TEXT. The DCT (``t0``) lies outside
  TEXT and is excluded, as the toolkit skips ``t0``. A gold TIMEX3 written with an empty extent
  (``<TIMEX3 ...></TIMEX3>``) counts in the recall denominator but can never be matched, as in the
  toolkit, which counts every such tag but skips blank texts when matching; self-closing
  (non-consuming) TIMEX3 tags are not read as gold at all, and the toolkit does not see them
  either.

The pure entry point is :func:`score_pairs` (or :func:`score` on raw extents), which returns a
frozen :class:`Scores`; :func:`report` formats it for ``python -m timeline evaluate``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

from timeline.eval.scores import f1, ratio
from timeline.eval.timeml import GoldTimex, TimeMLDocument
from timeline.model import TimeExpression
from timeline.ordering.model import Timeline

__all__ = [
    "Counts",
    "Extent",
    "Scores",
    "count_matches",
    "counts_by_gold_type",
    "match_extents",
    "report",
    "score",
    "score_pairs",
    "scores_of",
]


@attrs.frozen
class Extent:
    """A TIMEX3 reduced to what the TempEval-3 time metrics look at.

    Attributes:
        start: character offset of the first character.
        end: character offset just after the last character.
        type: the TIMEX3 type ("DATE", "TIME", "DURATION", "SET").
        value: the TIMEX3 value ("2020-06-14", "P3Y", ...).
    """

    start: int
    end: int
    type: str
    value: str

    @classmethod
    def of_gold(cls, timex: GoldTimex) -> Extent:
        """The extent of a gold TIMEX3."""
        return cls(timex.start, timex.end, timex.type, timex.value)

    @classmethod
    def of_system(cls, expression: TimeExpression) -> Extent:
        """The extent of a system expression."""
        return cls(expression.start, expression.end, expression.type.value, expression.value)

    def overlap(self, other: Extent) -> int:
        """How many characters the two extents share (0 when disjoint)."""
        return max(0, min(self.end, other.end) - max(self.start, other.start))


@attrs.frozen
class Counts:
    """The toolkit's counters, summed over documents before any ratio is taken.

    Attributes:
        gold: gold TIMEX3 extents.
        system: system expressions.
        strict: matched pairs whose extents are identical.
        relaxed: matched pairs (overlapping extents, one-to-one).
        value: relaxed pairs with the same value.
        type: relaxed pairs with the same type.
    """

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            *(a + b for a, b in zip(attrs.astuple(self), attrs.astuple(other), strict=True))
        )


@attrs.frozen
class Scores:
    """TempEval-3 time-expression scores (all in [0, 1]).

    Attributes:
        strict_precision, strict_recall, strict_f1: exact-extent matching.
        relaxed_precision, relaxed_recall, relaxed_f1: overlapping-extent matching.
        value_accuracy, type_accuracy: attribute correct / relaxed matches.
        value_f1, type_f1: attribute accuracy x relaxed F1 (the toolkit's "Attribute F1").
        counts: the counters the scores come from.
    """

    strict_precision: float
    strict_recall: float
    strict_f1: float
    relaxed_precision: float
    relaxed_recall: float
    relaxed_f1: float
    value_accuracy: float
    type_accuracy: float
    value_f1: float
    type_f1: float
    counts: Counts


def match_extents(gold: Sequence[Extent], system: Sequence[Extent]) -> list[tuple[Extent, Extent]]:
    """Pair overlapping gold and system extents one-to-one: exact first, then larger overlaps."""
    candidates = [
        (g.start != s.start or g.end != s.end, -g.overlap(s), g.start, s.start, i, j)
        for i, g in enumerate(gold)
        for j, s in enumerate(system)
        if g.overlap(s) > 0
    ]
    used_gold: set[int] = set()
    used_system: set[int] = set()
    pairs: list[tuple[Extent, Extent]] = []
    for *_, i, j in sorted(candidates):
        if i in used_gold or j in used_system:
            continue
        used_gold.add(i)
        used_system.add(j)
        pairs.append((gold[i], system[j]))
    return pairs


def count_matches(gold: Sequence[Extent], system: Sequence[Extent]) -> Counts:
    """The toolkit's counters for one document."""
    pairs = match_extents([g for g in gold if g.end > g.start], system)
    return Counts(
        gold=len(gold),
        system=len(system),
        strict=sum(g.start == s.start and g.end == s.end for g, s in pairs),
        relaxed=len(pairs),
        value=sum(g.value == s.value for g, s in pairs),
        type=sum(g.type == s.type for g, s in pairs),
    )


def counts_by_gold_type(
    documents: Iterable[tuple[Sequence[Extent], Sequence[Extent]]],
) -> dict[str, Counts]:
    """The counters split by the gold TIMEX3 type, to see where values go wrong.

    Only gold-side figures are meaningful per type (gold, relaxed, strict, value, type): a
    spurious system expression has no gold type, so ``system`` counts the matched ones only.
    """
    split: dict[str, Counts] = {}
    for gold, system in documents:
        for g, s in match_extents([g for g in gold if g.end > g.start], system):
            split[g.type] = split.get(g.type, Counts()) + Counts(
                gold=0,
                system=1,
                strict=int(g.start == s.start and g.end == s.end),
                relaxed=1,
                value=int(g.value == s.value),
                type=int(g.type == s.type),
            )
        for g in gold:
            split[g.type] = split.get(g.type, Counts()) + Counts(gold=1)
    return dict(sorted(split.items()))


def scores_of(counts: Counts) -> Scores:
    """Turn summed counters into scores, exactly as the toolkit's ``get_performance`` does."""
    if counts.gold == 0 and counts.system == 0:
        return Scores(1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, counts)
    strict_p = ratio(counts.strict, counts.system)
    strict_r = ratio(counts.strict, counts.gold)
    relaxed_p = ratio(counts.relaxed, counts.system)
    relaxed_r = ratio(counts.relaxed, counts.gold)
    relaxed_f1 = f1(relaxed_p, relaxed_r)
    value_accuracy = ratio(counts.value, counts.relaxed)
    type_accuracy = ratio(counts.type, counts.relaxed)
    return Scores(
        strict_precision=strict_p,
        strict_recall=strict_r,
        strict_f1=f1(strict_p, strict_r),
        relaxed_precision=relaxed_p,
        relaxed_recall=relaxed_r,
        relaxed_f1=relaxed_f1,
        value_accuracy=value_accuracy,
        type_accuracy=type_accuracy,
        value_f1=value_accuracy * relaxed_f1,
        type_f1=type_accuracy * relaxed_f1,
        counts=counts,
    )


def score(documents: Iterable[tuple[Sequence[Extent], Sequence[Extent]]]) -> Scores:
    """Micro-averaged scores over ``(gold extents, system extents)`` per document."""
    total = Counts()
    for gold, system in documents:
        total = total + count_matches(gold, system)
    return scores_of(total)


def score_pairs(pairs: Iterable[tuple[TimeMLDocument, Timeline]]) -> Scores:
    """Scores of system timelines against their gold documents (gold = TIMEX3 inside TEXT)."""
    return score(_extents(pairs))


def _extents(
    pairs: Iterable[tuple[TimeMLDocument, Timeline]],
) -> list[tuple[list[Extent], list[Extent]]]:
    return [
        (
            [Extent.of_gold(timex) for timex in document.timexes],
            [Extent.of_system(expression) for expression in system.expressions],
        )
        for document, system in pairs
    ]


def report(pairs: Sequence[tuple[TimeMLDocument, Timeline]]) -> list[str]:
    """The time-expression lines of ``python -m timeline evaluate``."""
    documents = _extents(pairs)
    result = score(documents)
    counts = result.counts
    by_type = "  ".join(
        f"{name} {part.gold} (found {ratio(part.relaxed, part.gold):.2f}, "
        f"value {ratio(part.value, part.relaxed):.2f})"
        for name, part in counts_by_gold_type(documents).items()
    )
    return [
        f"times: {counts.gold} gold TIMEX3, {counts.system} system, "
        f"{counts.relaxed} relaxed / {counts.strict} strict matches, "
        f"{counts.value} correct values, {counts.type} correct types",
        f"times strict span   P {result.strict_precision:.3f}  R {result.strict_recall:.3f}  "
        f"F1 {result.strict_f1:.3f}",
        f"times relaxed span  P {result.relaxed_precision:.3f}  R {result.relaxed_recall:.3f}  "
        f"F1 {result.relaxed_f1:.3f}",
        f"times value F1 {result.value_f1:.3f} (accuracy {result.value_accuracy:.3f})  "
        f"type F1 {result.type_f1:.3f} (accuracy {result.type_accuracy:.3f})",
        f"times by gold type: {by_type}",
    ]
