"""``python -m timeline evaluate --only times`` and an accuracy guard on TBAQ-cleaned."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import timeline
from tests.conftest import CORPORA, ROOT, TBAQ
from tests.test_annotate import input_form
from timeline.eval.meantime import read_meantime_dir
from timeline.eval.report import system_timeline
from timeline.eval.timeml import TimeMLDocument, read_timeml, read_timeml_dir
from timeline.eval.timex_metrics import Extent, Scores, score, score_pairs
from timeline.model import Mod, TimeExpression, TimexType
from timeline.ordering.model import Timeline

SLICE = sorted((TBAQ / "TimeBank").glob("*.tml"))[:10]


def scores_of(documents: list[TimeMLDocument]) -> Scores:
    return score_pairs(
        [(document, system_timeline(document, times_only=True)) for document in documents]
    )


def test_evaluate_prints_the_tempeval3_time_metrics(tmp_path: Path) -> None:
    for path in SLICE:
        shutil.copy(path, tmp_path / path.name)
    result = subprocess.run(
        [sys.executable, "-m", "timeline", "evaluate", str(tmp_path), "--only", "times"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    output = result.stdout
    assert f"== all ({len(SLICE)} documents)" in output
    expected = scores_of(list(read_timeml_dir(tmp_path)))
    strict = re.search(r"strict span\s+P ([\d.]+)\s+R ([\d.]+)\s+F1 ([\d.]+)", output)
    relaxed = re.search(r"relaxed span\s+P ([\d.]+)\s+R ([\d.]+)\s+F1 ([\d.]+)", output)
    attributes = re.search(r"value F1 ([\d.]+).*type F1 ([\d.]+)", output)
    assert strict, output
    assert relaxed, output
    assert attributes, output
    printed = [float(x) for x in (*strict.groups(), *relaxed.groups(), *attributes.groups())]
    computed = [
        expected.strict_precision,
        expected.strict_recall,
        expected.strict_f1,
        expected.relaxed_precision,
        expected.relaxed_recall,
        expected.relaxed_f1,
        expected.value_f1,
        expected.type_f1,
    ]
    assert printed == pytest.approx(computed, abs=0.0006)
    assert f"{expected.counts.gold} gold TIMEX3" in output
    assert expected.counts.gold == sum(len(d.timexes) for d in read_timeml_dir(tmp_path))


def test_evaluate_reports_each_part_of_a_corpus_folder(tmp_path: Path) -> None:
    for part in ("TimeBank", "AQUAINT"):
        (tmp_path / part).mkdir()
        for path in sorted((TBAQ / part).glob("*.tml"))[:2]:
            shutil.copy(path, tmp_path / part / path.name)
    result = subprocess.run(
        [sys.executable, "-m", "timeline", "evaluate", str(tmp_path), "--only", "times"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    for header in ("== AQUAINT (2 documents)", "== TimeBank (2 documents)", "== all (4 documents)"):
        assert header in result.stdout


# Floors reached on TBAQ-cleaned by the resolver when this guard was last set (14:35 UTC,
# `python -m timeline evaluate ../shared/corpora/tbaq-cleaned --only times`):
#   TimeBank  strict 0.914  relaxed 0.952  value 0.842  type 0.923
#   AQUAINT   strict 0.842  relaxed 0.941  value 0.778  type 0.862
# minus a margin of 0.015, so that small rule trade-offs do not trip it; falling below means a
# real regression. (Issue 2's own floors are relaxed 0.90, value 0.82 and type 0.85 on TBAQ as
# a whole, which was at 0.949 / 0.822 / 0.904 then.)
FLOORS = {
    "TimeBank": {"strict_f1": 0.899, "relaxed_f1": 0.937, "value_f1": 0.827, "type_f1": 0.908},
    "AQUAINT": {"strict_f1": 0.827, "relaxed_f1": 0.926, "value_f1": 0.763, "type_f1": 0.847},
}


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_accuracy_on_tbaq_stays_above_the_floors_reached(part: str) -> None:
    scores = scores_of(list(read_timeml_dir(TBAQ / part)))
    reached = {name: getattr(scores, name) for name in FLOORS[part]}
    for name, floor in FLOORS[part].items():
        assert reached[name] >= floor, f"{part} {name} {reached[name]:.3f} < floor {floor}"


def test_scoring_the_annotated_files_gives_the_in_memory_scores(tmp_path: Path) -> None:
    """annotate -> read back -> score must agree with scoring find_times directly: the file
    round trip (offsets, escaping, tids) loses nothing the TempEval-3 metrics look at."""
    in_dir, out_dir = tmp_path / "in", tmp_path / "out"
    in_dir.mkdir()
    for path in SLICE[:5]:
        (in_dir / path.name).write_text(
            input_form(path.read_text(encoding="utf-8")), encoding="utf-8"
        )
    result = subprocess.run(
        [sys.executable, "-m", "timeline", "annotate", str(in_dir), str(out_dir)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    gold = [read_timeml(path) for path in SLICE[:5]]
    from_files = []
    for document in gold:
        written = read_timeml(out_dir / document.path.name)
        expressions = tuple(
            TimeExpression(
                t.text, t.start, t.end, TimexType(t.type), t.value, Mod(t.mod) if t.mod else None
            )
            for t in written.timexes
        )
        from_files.append((document, Timeline(written.text, written.dct, (), expressions)))
    assert score_pairs(from_files) == scores_of(gold)


def test_evaluate_names_an_unknown_part_and_a_missing_folder(tmp_path: Path) -> None:
    for args, message in (
        ([str(TBAQ / "TimeBank"), "--only", "timex"], "unknown parts ['timex']"),
        ([str(tmp_path / "missing"), "--only", "times"], "is not a folder"),
        ([str(tmp_path), "--only", "times"], "no .tml files"),
    ):
        result = subprocess.run(
            [sys.executable, "-m", "timeline", "evaluate", *args],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
            timeout=300,
        )
        assert result.returncode == 2, result.stdout
        assert message in result.stderr


MEANTIME = CORPORA / "meantime-english-apple" / "intra-doc_annotation"


def test_meantime_reader_gives_the_timex3_mentions_with_offsets() -> None:
    documents = list(read_meantime_dir(MEANTIME))
    timexes = [(d, t) for d in documents for t in d.timexes]
    # 116 TIMEX3 in the release, of which 5 creation times have no token in the text
    assert len(timexes) == 111
    for document, timex in timexes:
        assert document.text[timex.start : timex.end] == timex.text
        assert timex.text
        assert timex.text.strip() == timex.text
        assert timex.type in ("DATE", "TIME", "DURATION", "SET")
    first = documents[0]
    dateline = first.timexes[0]
    assert (dateline.text, dateline.value) == ("March 06, 2008", first.dct.date().isoformat())


def test_accuracy_on_unseen_meantime_stays_above_the_floors_reached() -> None:
    """The resolver on MEANTIME's 30 apple documents, whose TIMEX3 it was not written on.

    Measured when written (``python benchmarks/eval_times_meantime.py``): relaxed F1 0.950,
    strict F1 0.913, value F1 0.849, type F1 0.895; the floors are about 0.02 below.
    """
    result = score(
        (
            [Extent.of_gold(t) for t in d.timexes],
            [
                Extent.of_system(e)
                for e in timeline.find_times(d.text, dct=d.dct)
                if e.start < d.annotated_end
            ],
        )
        for d in read_meantime_dir(MEANTIME)
    )
    assert result.relaxed_f1 >= 0.93
    assert result.strict_f1 >= 0.89
    assert result.value_f1 >= 0.83
    assert result.type_f1 >= 0.875
