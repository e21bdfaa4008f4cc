"""Speed of event extraction against the bare spaCy pipeline, on the same text, in one run.

    python benchmarks/bench_events.py [--words 60000] [--repeat 2]

Times ``nlp.pipe`` alone, then ``nlp.pipe`` followed by ``detect_events`` on every document,
over the plain text of TBAQ documents (at least ``--words`` words, whitespace-separated). Each
measurement is the best of ``--repeat`` runs. The library must keep at least 85% of the bare
pipeline's speed (ratio >= 0.85). Time expressions are not part of this figure (they are the
resolver's benchmark); ``detect_events`` gets none. The wall-clock ratio is the figure; on a
shared machine it varies by several points from run to run, so the script also times
``detect_events`` alone on the parsed documents and prints the ratio that cost gives against
the best bare run.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.eval.timeml import read_timeml_dir  # noqa: E402
from timeline.events.detect import detect_events  # noqa: E402
from timeline.nlp import load_pipeline  # noqa: E402

TBAQ = ROOT.parent / "shared" / "corpora" / "tbaq-cleaned"


def texts(words: int) -> list[str]:
    collected: list[str] = []
    count = 0
    for part in ("TimeBank", "AQUAINT"):
        for document in read_timeml_dir(TBAQ / part):
            collected.append(document.text)
            count += len(document.text.split())
            if count >= words:
                return collected
    return collected


def _timed(run: Callable[[], object]) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=60000)
    parser.add_argument("--repeat", type=int, default=2)
    arguments = parser.parse_args()
    corpus = texts(arguments.words)
    words = sum(len(text.split()) for text in corpus)
    nlp = load_pipeline()
    list(nlp.pipe(corpus[:5]))  # warm up
    detect_events(nlp(corpus[0]))

    def bare() -> int:
        return sum(len(doc) for doc in nlp.pipe(corpus))

    def with_events() -> int:
        return sum(len(detect_events(doc)) for doc in nlp.pipe(corpus))

    timings: dict[str, float] = {}
    cpu: dict[str, float] = {}
    events = 0
    for _ in range(arguments.repeat):
        for name, run in (("bare", bare), ("events", with_events)):
            started, started_cpu = time.perf_counter(), time.process_time()
            result = run()
            elapsed = time.perf_counter() - started
            elapsed_cpu = time.process_time() - started_cpu
            timings[name] = min(timings.get(name, elapsed), elapsed)
            cpu[name] = min(cpu.get(name, elapsed_cpu), elapsed_cpu)
            if name == "events":
                events = result
    # the same cost split in two: detect_events alone on the parsed documents, best of the
    # repeats, against the best bare run; on a shared machine this varies least
    parsed = list(nlp.pipe(corpus))
    alone = min(_timed(lambda: sum(len(detect_events(doc)) for doc in parsed)) for _ in range(3))
    bare_speed = words / timings["bare"]
    events_speed = words / timings["events"]
    print(f"{len(corpus)} documents, {words} words, {events} events")
    print(f"nlp.pipe alone:            {bare_speed:8.0f} words/s ({timings['bare']:.1f} s)")
    print(f"nlp.pipe + detect_events:  {events_speed:8.0f} words/s ({timings['events']:.1f} s)")
    print(f"ratio: {events_speed / bare_speed:.3f} (target >= 0.85)")
    # the CPU time of this process: on a shared machine, less at the mercy of other jobs
    print(f"CPU-time ratio: {cpu['bare'] / cpu['events']:.3f}")
    print(
        f"detect_events alone on the parsed documents: {words / alone:8.0f} words/s "
        f"({alone:.1f} s); bare / (bare + alone): {timings['bare'] / (timings['bare'] + alone):.3f}"
    )


if __name__ == "__main__":
    main()
