"""Speed of ``timeline.find_times`` against dateparser's ``search_dates`` on the same news text.

Usage (from the project root)::

    python benchmarks/bench_times.py [--corpus ../shared/corpora/tbaq-cleaned] [--max-words N]

What is timed: the plain TEXT of the TBAQ-cleaned TimeML documents (TimeBank and AQUAINT news,
about 86,000 whitespace-separated words), read with ``timeline.eval.timeml.read_timeml_dir``, in
sorted path order, taking whole documents until ``--max-words`` (default: all of them; the issue
asks for at least 50,000). Both tools see exactly the same documents, one call per document, in
one process and the same run:

* ``timeline.find_times(text, dct=document DCT)``;
* ``dateparser.search.search_dates(text, languages=["en"], settings={"RELATIVE_BASE": DCT})``.

Each tool is called once on a short warm-up sentence before timing, so that one-off start-up costs
(imports, dateparser's language data, compiled regexes) are not counted. Only wall-clock time of
the calls is measured (``time.perf_counter``). The script prints figures only; it asserts nothing
(timings depend on the machine).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

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


def time_calls(
    documents: Sequence[TimeMLDocument], call: Callable[[str, datetime], object]
) -> tuple[float, int]:
    """Seconds spent in ``call`` over all documents, and how many results it returned."""
    elapsed = 0.0
    found = 0
    for document in documents:
        started = time.perf_counter()
        result = call(document.text, document.dct)
        elapsed += time.perf_counter() - started
        found += len(result) if isinstance(result, (list, tuple)) else 0
    return elapsed, found


def run_find_times(text: str, dct: datetime) -> object:
    return timeline.find_times(text, dct=dct)


def run_search_dates(text: str, dct: datetime) -> object:
    from dateparser.search import search_dates

    return search_dates(text, languages=["en"], settings={"RELATIVE_BASE": dct})


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--max-words", type=int, default=None)
    args = parser.parse_args(argv)

    documents = select(list(read_timeml_dir(args.corpus)), args.max_words)
    words = sum(len(document.text.split()) for document in documents)
    characters = sum(len(document.text) for document in documents)
    print(f"corpus: {args.corpus}")
    print(f"timed text: {len(documents)} documents, {words:,} words, {characters:,} characters")

    warm_dct = datetime(2020, 6, 15)
    run_find_times(WARM_UP, warm_dct)
    run_search_dates(WARM_UP, warm_dct)

    ours, our_count = time_calls(documents, run_find_times)
    theirs, their_count = time_calls(documents, run_search_dates)
    ours_rate = words / ours if ours else float("inf")
    theirs_rate = words / theirs if theirs else float("inf")
    print(
        f"timeline.find_times:         {ours:8.2f} s  {ours_rate:10,.0f} words/s  "
        f"({our_count:,} expressions)"
    )
    print(
        f"dateparser.search_dates:     {theirs:8.2f} s  {theirs_rate:10,.0f} words/s  "
        f"({their_count:,} dates)"
    )
    print(f"ratio find_times / search_dates: {ours_rate / theirs_rate:.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
