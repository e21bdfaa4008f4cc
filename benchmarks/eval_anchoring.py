"""How well ``event.when`` anchors events in time, on the SemEval-2015 Task 4 TimeLine trial data.

Why: the other benchmarks score event detection and TLINKs, but not the date a reader gets for an
event. The TimeLine task's gold timelines give exactly that: for each row an ISO anchor (``2008``,
``2008-01``, ``2008-01-09``, or ``XXXX-XX-XX`` when unknown) and the coreferent event mentions
``docid-sentence-word`` it holds, over 30 Wikinews articles about Apple Inc.

What: each CAT XML document is rebuilt into plain text by :func:`timeline.eval.meantime.
read_meantime` (title and sentences one per line) and run through :func:`timeline.extract` with
its DCT. Every gold mention is located in its sentence (the word, case-insensitive; ``_`` joins
the words of a phrase; among several occurrences, those the CAT file marks as an EVENT_MENTION
first), and the library's event is the one whose span overlaps it. Scores, for every mention of
every row and for the first mention of each row:

- found: the library has an event at the mention.
- for found events whose gold anchor is known, with ``[es, le)`` = ``[earliest_start,
  latest_end)`` of ``event.when`` (``None`` = unbounded) and ``[gs, ge)`` the gold day, month or
  year:
  - bounded: at least one of the four bounds is set (otherwise the event is "unknown");
  - consistent: ``[es, le)`` overlaps ``[gs, ge)`` (an unknown event is consistent);
  - exact: ``gs <= es`` and ``le <= ge`` with both set: the event lies inside the gold unit, so
    its span is at most one unit of the gold granularity (a finer anchor inside it counts);
  - equal: ``[es, le) == [gs, ge)``: the library names the very same day, month or year.
- for gold ``XXXX`` anchors: how often the library still bounds the event.
- baseline: every event anchored to the DCT's day, scored the same way on the same mentions
  (for it consistent and exact coincide: a day that overlaps a gold day, month or year lies in it).

Gold fix: ``itunes_store.txt`` cites document ``9590``, which does not exist; the word is in
sentence 10 of ``9509`` (same topic), so that id is read as ``9509``.

    python benchmarks/eval_anchoring.py              # the tables
    python benchmarks/eval_anchoring.py --verbose    # plus every disagreement, grouped by kind
"""

from __future__ import annotations

import argparse
import re
import sys
import xml.etree.ElementTree as ElementTree
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timedelta
from pathlib import Path

import attrs

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline._api import extract  # noqa: E402
from timeline.eval.meantime import MeantimeDocument, read_meantime  # noqa: E402
from timeline.events.model import Event  # noqa: E402
from timeline.model import Grain, TimeExpression  # noqa: E402
from timeline.nlp import load_pipeline  # noqa: E402
from timeline.ordering.intervals import add  # noqa: E402
from timeline.ordering.model import EventTime, Timeline  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "semeval2015-task4-trial"
TEXTS = CORPUS / "Corpus-trial-data_task4"
TIMELINES = CORPUS / "TimeLines_trial_data_task4_v1.2"
DOCID_FIXES = {"9590": "9509"}
_GRAINS = (Grain.YEAR, Grain.MONTH, Grain.DAY)


@attrs.frozen
class GoldAnchor:
    """A timeline row's anchor: the ISO value and its interval ``[start, end)``, if known."""

    value: str
    start: datetime | None = None
    end: datetime | None = None
    grain: Grain | None = None

    @property
    def known(self) -> bool:
        return self.start is not None


def gold_anchor(value: str) -> GoldAnchor:
    """``2008`` / ``2008-01`` / ``2008-01-09``, X-digits ending the specified part."""
    numbers: list[int] = []
    for part in value.split("-")[:3]:
        if not part.isdigit():
            break
        numbers.append(int(part))
    if not numbers:
        return GoldAnchor(value)
    grain = _GRAINS[len(numbers) - 1]
    year, month, day = [*numbers, 1, 1][:3]
    start = datetime(year, month, day)
    return GoldAnchor(value, start, add(start, 1, grain), grain)


@attrs.frozen
class Mention:
    """One ``docid-sentence-word`` mention of a gold timeline row."""

    timeline: str
    row: int
    first: bool
    anchor: GoldAnchor
    docid: str
    sentence: str
    word: str


def read_timelines(folder: Path) -> dict[str, list[Mention]]:
    """Every gold timeline file's mentions, keyed by the file stem."""
    timelines: dict[str, list[Mention]] = {}
    for path in sorted(folder.glob("*.txt")):
        mentions: list[Mention] = []
        for row, line in enumerate(path.read_text(encoding="utf-8").splitlines()[1:], start=2):
            fields = line.strip().split("\t")
            if len(fields) < 3:
                continue
            anchor = gold_anchor(fields[1])
            for index, reference in enumerate(fields[2:]):
                docid, sentence, word = reference.split("-", 2)
                mentions.append(
                    Mention(
                        timeline=path.stem,
                        row=row,
                        first=index == 0,
                        anchor=anchor,
                        docid=DOCID_FIXES.get(docid, docid),
                        sentence=sentence,
                        word=word,
                    )
                )
        timelines[path.stem] = mentions
    return timelines


@attrs.frozen
class Document:
    """A CAT document as the library saw it, with where each CAT sentence is in its text."""

    source: MeantimeDocument
    sentences: dict[str, tuple[int, int]]


def read_document(path: Path) -> Document:
    """Read a CAT file; ``read_meantime`` puts each sentence on a line, in token order."""
    source = read_meantime(path)
    order: list[str] = []
    for token in ElementTree.parse(path).getroot().iter("token"):
        sentence = token.get("sentence", "")
        if not order or order[-1] != sentence:
            order.append(sentence)
    lines = source.text.split("\n")
    if len(lines) != len(order):
        raise ValueError(f"{path}: {len(order)} sentences but {len(lines)} lines")
    sentences: dict[str, tuple[int, int]] = {}
    offset = 0
    for sentence, line in zip(order, lines, strict=True):
        sentences[sentence] = (offset, offset + len(line))
        offset += len(line) + 1
    return Document(source, sentences)


def locate(document: Document, mention: Mention) -> list[tuple[int, int]]:
    """The spans of the mention's word in its sentence, the CAT-annotated ones first.

    A phrasal mention (``showed_off``) is matched as a phrase; a split one (``taking_out`` for
    "taking the iPhone out") by its first word.
    """
    if mention.sentence not in document.sentences:
        return []
    begin, end = document.sentences[mention.sentence]
    sentence = document.source.text[begin:end]
    words = [re.escape(w) for w in mention.word.split("_")]
    spans: list[tuple[int, int]] = []
    for phrase in (words, words[:1]):
        pattern = re.compile(r"(?<!\w)" + r"\s*".join(phrase) + r"(?!\w)", re.IGNORECASE)
        spans = [(begin + m.start(), begin + m.end()) for m in pattern.finditer(sentence)]
        if spans:
            break
    gold = [(e.start, e.end) for e in document.source.events]
    annotated = [s for s in spans if any(g[0] < s[1] and s[0] < g[1] for g in gold)]
    return annotated + [s for s in spans if s not in annotated]


def event_at(events: Sequence[Event], spans: Sequence[tuple[int, int]]) -> Event | None:
    """The library event overlapping the first span that has one."""
    for start, end in spans:
        for event in events:
            if event.start < end and start < event.end:
                return event
    return None


@attrs.frozen
class Verdict:
    """One known-anchor event judged against its gold interval."""

    bounded: bool
    consistent: bool
    exact: bool
    equal: bool


def judge(es: datetime | None, le: datetime | None, bounded: bool, gold: GoldAnchor) -> Verdict:
    """Compare the possible interval ``[es, le)`` with the gold one (see the module docstring)."""
    assert gold.start is not None
    assert gold.end is not None
    consistent = (es is None or es < gold.end) and (le is None or gold.start < le)
    exact = es is not None and le is not None and gold.start <= es and le <= gold.end
    equal = es == gold.start and le == gold.end
    return Verdict(bounded, consistent, exact, equal)


def is_bounded(when: EventTime | None) -> bool:
    """Whether any of the four bounds is set."""
    if when is None:
        return False
    bounds = (when.earliest_start, when.latest_start, when.earliest_end, when.latest_end)
    return any(b is not None for b in bounds)


def library_verdict(when: EventTime | None, gold: GoldAnchor) -> Verdict:
    if when is None:
        return judge(None, None, False, gold)
    return judge(when.earliest_start, when.latest_end, is_bounded(when), gold)


def dct_verdict(dct: datetime, gold: GoldAnchor) -> Verdict:
    day = dct.replace(hour=0, minute=0, second=0, microsecond=0)
    return judge(day, day + timedelta(days=1), True, gold)


@attrs.frozen
class Outcome:
    """What the library made of one gold mention."""

    mention: Mention
    document: Document | None
    spans: tuple[tuple[int, int], ...]
    event: Event | None
    verdict: Verdict | None
    baseline: Verdict | None
    times: tuple[TimeExpression, ...] = ()

    @property
    def kind(self) -> str:
        """The disagreement class, or "ok" / "xxxx" when there is nothing to report."""
        if self.document is None or not self.spans:
            return "unlocated"
        if self.event is None:
            return "not found"
        if self.verdict is None:
            return "xxxx"
        if not self.verdict.bounded:
            return "unknown"
        if not self.verdict.consistent:
            return "inconsistent"
        if not self.verdict.exact:
            return "too vague"
        return "ok"


def evaluate(
    mention: Mention, documents: dict[str, Document], timelines: dict[str, Timeline]
) -> Outcome:
    """Locate the mention, find the library's event there and judge its time."""
    document = documents.get(mention.docid)
    if document is None:
        return Outcome(mention, None, (), None, None, None)
    spans = tuple(locate(document, mention))
    found = timelines[mention.docid]
    event = event_at(found.events, spans)
    begin, end = document.sentences.get(mention.sentence, (0, 0))
    times = tuple(t for t in found.expressions if begin <= t.start and t.end <= end)
    if event is None or not mention.anchor.known:
        return Outcome(mention, document, spans, event, None, None, times)
    return Outcome(
        mention,
        document,
        spans,
        event,
        library_verdict(event.when, mention.anchor),
        dct_verdict(document.source.dct, mention.anchor),
        times,
    )


COLUMNS = (
    ("mentions", 8),
    ("found", 6),
    ("known", 6),
    ("bounded", 7),
    ("consist", 7),
    ("exact", 6),
    ("equal", 6),
    ("xxxx", 5),
    ("xxxx:bnd", 8),
    ("dct:exact", 9),
    ("dct:equal", 9),
)


def counts(outcomes: Iterable[Outcome]) -> Counter[str]:
    tally: Counter[str] = Counter()
    for outcome in outcomes:
        tally["mentions"] += 1
        if outcome.event is None:
            continue
        tally["found"] += 1
        if not outcome.mention.anchor.known:
            tally["xxxx"] += 1
            tally["xxxx bounded"] += is_bounded(outcome.event.when)
            continue
        assert outcome.verdict is not None
        assert outcome.baseline is not None
        tally["known"] += 1
        for name in ("bounded", "consistent", "exact", "equal"):
            tally[name] += getattr(outcome.verdict, name)
            tally[f"dct {name}"] += getattr(outcome.baseline, name)
    return tally


def row_cells(tally: Counter[str]) -> list[int]:
    return [
        tally["mentions"],
        tally["found"],
        tally["known"],
        tally["bounded"],
        tally["consistent"],
        tally["exact"],
        tally["equal"],
        tally["xxxx"],
        tally["xxxx bounded"],
        tally["dct exact"],
        tally["dct equal"],
    ]


def percent_cells(tally: Counter[str]) -> list[str]:
    def share(part: str, whole: str) -> str:
        return f"{100 * tally[part] / tally[whole]:.0f}%" if tally[whole] else "-"

    return [
        "",
        share("found", "mentions"),
        "",
        share("bounded", "known"),
        share("consistent", "known"),
        share("exact", "known"),
        share("equal", "known"),
        "",
        share("xxxx bounded", "xxxx"),
        share("dct exact", "known"),
        share("dct equal", "known"),
    ]


def print_table(title: str, groups: dict[str, list[Outcome]]) -> None:
    name_width = max(len(n) for n in [*groups, "timeline"]) + 1
    print(f"== {title}")
    header = "".join(f"{name:>{width + 1}}" for name, width in COLUMNS)
    print(f"{'timeline':<{name_width}}{header}")
    overall: Counter[str] = Counter()
    for name, outcomes in groups.items():
        tally = counts(outcomes)
        overall.update(tally)
        cells = "".join(
            f"{c:>{w + 1}}" for c, (_, w) in zip(row_cells(tally), COLUMNS, strict=True)
        )
        print(f"{name:<{name_width}}{cells}")
    cells = "".join(f"{c:>{w + 1}}" for c, (_, w) in zip(row_cells(overall), COLUMNS, strict=True))
    print(f"{'all':<{name_width}}{cells}")
    shares = percent_cells(overall)
    cells = "".join(f"{c:>{w + 1}}" for c, (_, w) in zip(shares, COLUMNS, strict=True))
    print(f"{'':<{name_width}}{cells}")


def granularity(outcome: Outcome) -> str:
    grain = outcome.mention.anchor.grain
    return "unknown" if grain is None else grain.name.lower()


def link_kind(outcome: Outcome) -> str:
    """How the library found the event's time (``EventTime.link``)."""
    when = None if outcome.event is None else outcome.event.when
    return "no when" if when is None else when.link.value


def print_breakdown(title: str, outcomes: Iterable[Outcome], key: Callable[[Outcome], str]) -> None:
    """Consistent / exact among found, known-anchor mentions, by ``key(outcome)``."""
    groups: dict[str, Counter[str]] = {}
    for outcome in outcomes:
        if outcome.verdict is None or outcome.baseline is None:
            continue
        tally = groups.setdefault(key(outcome), Counter())
        tally["n"] += 1
        for name in ("bounded", "consistent", "exact", "equal"):
            tally[name] += getattr(outcome.verdict, name)
        tally["dct exact"] += outcome.baseline.exact
    print(f"-- {title}")
    print(
        f"  {'':<12}{'n':>5}{'bounded':>9}{'consist':>9}{'exact':>7}{'equal':>7}{'dct:exact':>11}"
    )
    for name, tally in sorted(groups.items(), key=lambda item: -item[1]["n"]):
        print(
            f"  {name:<12}{tally['n']:>5}{tally['bounded']:>9}{tally['consistent']:>9}"
            f"{tally['exact']:>7}{tally['equal']:>7}{tally['dct exact']:>11}"
        )


def snippet(outcome: Outcome, width: int = 110) -> str:
    """The mention's sentence, the mention in [brackets], cut around it to ``width``."""
    assert outcome.document is not None
    text = outcome.document.source.text
    begin, end = outcome.document.sentences[outcome.mention.sentence]
    start, stop = outcome.spans[0] if outcome.spans else (begin, begin)
    marked = f"{text[begin:start]}[{text[start:stop]}]{text[stop:end]}"
    if len(marked) <= width:
        return marked
    left = max(0, min(start - begin - width // 2, len(marked) - width))
    return ("…" if left else "") + marked[left : left + width] + "…"


def describe(when: EventTime | None) -> str:
    """``str(when)`` with how it was found: link kind and the anchoring expression."""
    if when is None:
        return "no when"
    how = when.link.value
    if when.anchor is not None:
        how += f' "{when.anchor.text}"={when.anchor.value}'
    elif when.to_dct:
        how += " DCT"
    if when.relation is not None:
        how += f" {when.relation.value}"
    return f"{when} ({how})"


def print_disagreements(outcomes: Sequence[Outcome]) -> None:
    order = ("unlocated", "not found", "unknown", "inconsistent", "too vague")
    for kind in order:
        chosen = [o for o in outcomes if o.kind == kind]
        if not chosen:
            continue
        print(f"\n-- {kind}: {len(chosen)}")
        for outcome in chosen:
            m = outcome.mention
            head = f"{m.timeline}:{m.row} {m.docid}-{m.sentence}-{m.word} gold {m.anchor.value}"
            if outcome.document is None:
                print(f"  {head}: no such document")
                continue
            print(f"  {head} dct {outcome.document.source.dct:%Y-%m-%d}")
            print(f"      {snippet(outcome)}")
            if outcome.event is not None:
                event = outcome.event
                print(f'      event "{event.text}" {event.kind.value}: {describe(event.when)}')
            if outcome.times:
                listed = ", ".join(f'"{t.text}"={t.value}' for t in outcome.times)
                print(f"      times in the sentence: {listed}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every disagreement")
    args = parser.parse_args()
    nlp = load_pipeline()
    documents = {d.source.docid: d for d in map(read_document, sorted(TEXTS.glob("*.xml")))}
    results = {
        docid: extract(d.source.text, dct=d.source.dct, nlp=nlp) for docid, d in documents.items()
    }
    gold = read_timelines(TIMELINES)
    outcomes = {
        name: [evaluate(m, documents, results) for m in mentions] for name, mentions in gold.items()
    }
    every = [o for group in outcomes.values() for o in group]
    print(
        f"SemEval-2015 Task 4 trial: {len(documents)} documents, {len(gold)} timelines, "
        f"{len({(o.mention.timeline, o.mention.row) for o in every})} rows, "
        f"{len(every)} mentions ({sum(1 for o in every if o.kind == 'unlocated')} not located)"
    )
    print(
        "columns: found = library event at the mention; known = found with a dated gold anchor; "
        "bounded/consist/exact/equal among known;\n  xxxx = found with gold XXXX, xxxx:bnd = "
        "the library bounds it anyway; dct:* = every event on the DCT's day, on the known ones\n"
    )
    print_table("every mention", outcomes)
    print()
    print_table(
        "first mention of each row",
        {n: [o for o in g if o.mention.first] for n, g in outcomes.items()},
    )
    print()
    print_breakdown("every mention, by gold granularity", every, granularity)
    print_breakdown("every mention, by how the library anchored the event", every, link_kind)
    baseline = [
        dct_verdict(o.document.source.dct, o.mention.anchor)
        for o in every
        if o.mention.anchor.known and o.document is not None
    ]
    print(
        f"\nDCT-day baseline on all {len(baseline)} dated gold mentions (found or not): "
        f"exact {sum(v.exact for v in baseline)}, equal {sum(v.equal for v in baseline)}"
    )
    if args.verbose:
        print_disagreements(every)


if __name__ == "__main__":
    main()
