"""Speed of ``timeline.find_times`` against dateparser's ``search_dates`` on the same news text.

Usage (from the project root)::

    python benchmarks/bench_times.py [--corpus ../shared/corpora/tbaq-cleaned] [--max-words N]
                                     [--repeat N]

What is timed: the plain TEXT of the TBAQ-cleaned TimeML documents (TimeBank and AQUAINT news,
about 86,000 whitespace-separated words), read with ``timeline.eval.timeml.read_timeml_dir``, in
sorted path order, taking whole documents until ``--max-words`` (default: all of them; the issue
asks for at least 50,000). Both tools see exactly the same documents, one call per document, in
one process and the same run:

* ``timeline.find_times(text, dct=document DCT)``;
* ``dateparser.search.search_dates(text, languages=["en"], settings={"RELATIVE_BASE": DCT})``.

Each tool is called once on a short warm-up sentence before timing, so that one-off start-up costs
(imports, dateparser's language data, compiled regexes) are not counted. The two tools are called
alternately, document by document, so that both see the same machine load; for each, the time
inside the calls is summed as wall-clock time (``time.perf_counter``) and as this process's CPU
time (``time.process_time``), which other processes competing for the cores disturb much less.
The whole interleaved run is repeated (``--repeat``, default 3) and the best run of each tool
counts, as ``timeit`` advises: slower runs measure the machine's other work, not the code.
The script prints figures only; it asserts nothing (timings depend on the machine).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

import attrs

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import timeline  # noqa: E402
from timeline.eval.timeml import TimeMLDocument, read_timeml_dir  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "tbaq-cleaned"
WARM_UP = "The talks were postponed on Sunday, two days after the ceasefire of June 12, 2020."


def select(documents: Sequence[TimeMLDocument], max_words: int | None) -> list[TimeMLDocument]:
    """Whole documents in order until ``max_words`` words are reached (all when ``None``)."""
    chosen: list[TimeMLDocument] = []
    words = 0
    for document in documents:
        if max_words is not None and words >= max_words:
            break
        chosen.append(document)
        words += len(document.text.split())
    return chosen


@attrs.frozen
class Timing:
    """Time spent by one tool: wall clock and this process's CPU time, in seconds."""

    wall: float = 0.0
    cpu: float = 0.0
    results: int = 0

    def plus(self, wall: float, cpu: float, results: int) -> Timing:
        return Timing(self.wall + wall, self.cpu + cpu, self.results + results)


def timed(call: Callable[[str, datetime], object], document: TimeMLDocument) -> tuple[float, ...]:
    """``(wall seconds, CPU seconds, number of results)`` of one call on one document."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = call(document.text, document.dct)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return wall, cpu, len(result) if isinstance(result, (list, tuple)) else 0


def time_both(documents: Sequence[TimeMLDocument]) -> tuple[Timing, Timing]:
    """Both tools, document by document, one right after the other.

    Interleaving makes both see the same machine load (the benchmark may run while other
    processes compete for the cores); CPU time of this process is reported as well because it is
    much less sensitive to that load than wall-clock time.
    """
    ours, theirs = Timing(), Timing()
    for document in documents:
        wall, cpu, found = timed(run_find_times, document)
        ours = ours.plus(wall, cpu, int(found))
        wall, cpu, found = timed(run_search_dates, document)
        theirs = theirs.plus(wall, cpu, int(found))
    return ours, theirs


def run_find_times(text: str, dct: datetime) -> object:
    return timeline.find_times(text, dct=dct)


def run_search_dates(text: str, dct: datetime) -> object:
    from dateparser.search import search_dates

    return search_dates(text, languages=["en"], settings={"RELATIVE_BASE": dct})


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--max-words", type=int, default=None)
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs; the best (lowest) total of each tool counts"
    )
    args = parser.parse_args(argv)

    documents = select(list(read_timeml_dir(args.corpus)), args.max_words)
    words = sum(len(document.text.split()) for document in documents)
    characters = sum(len(document.text) for document in documents)
    print(f"corpus: {args.corpus}")
    print(f"timed text: {len(documents)} documents, {words:,} words, {characters:,} characters")

    warm_dct = datetime(2020, 6, 15)
    run_find_times(WARM_UP, warm_dct)
    run_search_dates(WARM_UP, warm_dct)

    runs = [time_both(documents) for _ in range(max(1, args.repeat))]
    ours = min((run[0] for run in runs), key=lambda timing: timing.cpu)
    theirs = min((run[1] for run in runs), key=lambda timing: timing.cpu)
    print(f"best of {len(runs)} interleaved runs (lowest CPU time of each tool)")
    for name, timing in (("timeline.find_times", ours), ("dateparser.search_dates", theirs)):
        print(
            f"{name:25} wall {timing.wall:7.2f} s {words / timing.wall:9,.0f} words/s   "
            f"cpu {timing.cpu:7.2f} s {words / timing.cpu:9,.0f} words/s   "
            f"({timing.results:,} results)"
        )
    print(
        f"ratio find_times / search_dates: {theirs.wall / ours.wall:.1f}x wall-clock, "
        f"{theirs.cpu / ours.cpu:.1f}x CPU time"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
