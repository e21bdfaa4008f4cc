"""Whole-article acceptance: ``timeline.extract`` against hand-made expected timelines.

Every ``NAME.txt`` with a ``NAME.expected.json`` beside it (the seed article's format, see
:mod:`timeline.eval.expected`) is run through ``timeline.extract`` with the JSON's DCT and
scored: time expressions found and rightly valued, events found and with bounds that pass their
check, and consecutive order groups that come out in order. By default it reads ``seeds/`` (the
seed article, the development example) and ``tests/articles/`` (articles written for evaluation
by someone who had not read the rules, first run as held-out material; see their README).

    python benchmarks/eval_articles.py                 # seeds/ and tests/articles/
    python benchmarks/eval_articles.py --verbose       # also every disagreement
    python benchmarks/eval_articles.py some/folder     # any folder of NAME.txt + NAME.expected.json
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.eval.expected import ArticleScore, article_pairs, score_article_file  # noqa: E402
from timeline.eval.scores import ratio  # noqa: E402

DEFAULT_FOLDERS = (ROOT / "seeds", ROOT / "tests" / "articles")


def _line(name: str, score: ArticleScore) -> str:
    return (
        f"{name:34} times {score.timexes_right:2}/{score.timexes:<2} right"
        f" ({score.timexes_found} found, {score.extra_timexes} extra)"
        f"  events {score.events_agreeing:2}/{score.events:<2} agree ({score.events_found} found,"
        f" {score.events_contradicting} wrong)"
        f"  order {score.order_right}/{score.order_pairs}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, help="default: seeds/, tests/articles/")
    parser.add_argument("--verbose", action="store_true", help="list every disagreement")
    options = parser.parse_args()
    folders = options.folders or [f for f in DEFAULT_FOLDERS if f.is_dir()]
    totals = [0] * 8
    for text_path, expected_path in [pair for folder in folders for pair in article_pairs(folder)]:
        score = score_article_file(text_path, expected_path)
        print(_line(f"{text_path.parent.name}/{text_path.stem}", score))
        if options.verbose:
            for problem in score.problems:
                print(f"    {problem}")
        counts = (
            score.timexes, score.timexes_right, score.events, score.events_found,
            score.events_agreeing, score.events_contradicting, score.order_pairs,
            score.order_right,
        )  # fmt: skip
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
    timexes, right, events, found, agreeing, wrong, pairs, ordered = totals
    print(
        f"all: times right {ratio(right, timexes):.2f} ({right}/{timexes}); events found"
        f" {ratio(found, events):.2f}, agreeing {ratio(agreeing, events):.2f}"
        f" ({agreeing}/{events}), wrong {wrong}; order pairs {ordered}/{pairs}"
    )


if __name__ == "__main__":
    main()
