"""``python -m timeline annotate IN_DIR OUT_DIR`` on TempEval-3 input-form documents.

The inputs are built from TBAQ gold files by removing every tag inside TEXT and everything after
it (MAKEINSTANCE, TLINK...), keeping DOCID and the DCT: that is the form in which TempEval-3
handed documents to systems. The official scorer needs the annotated files to differ from the
inputs only by the inserted tags, so that is checked byte for byte.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

import timeline
from tests.conftest import ROOT, TBAQ
from timeline.eval.timeml import read_timeml

DOCUMENTS = [
    "TimeBank/wsj_0006.tml",
    "TimeBank/APW19980227.0468.tml",
    "TimeBank/ABC19980108.1830.0711.tml",
    "AQUAINT/NYT20000106.0007.tml",  # has an entity (&amp;) inside TEXT
    "AQUAINT/XIE19980808.0031.tml",
]
_TIMEX_TAG = re.compile(r"</?TIMEX3\b[^>]*>")
_INLINE_TAG = re.compile(r"</?(?:TIMEX3|EVENT|SIGNAL)\b[^>]*>")
_TRAILING_ELEMENT = re.compile(r"<(?:MAKEINSTANCE|TLINK|SLINK|ALINK)\b[^>]*/>")

SYNTHETIC = """<?xml version="1.0" ?>
<TimeML>
<DOCID>synthetic</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2020-06-15" temporalFunction="false" functionInDocument="CREATION_TIME">2020-06-15</TIMEX3></DCT>
<TEXT>
Shares of AT&amp;T fell on Sunday &lt;after&gt; a 14-month slide, and rose last week.

Talks resume tomorrow.
</TEXT>
</TimeML>
"""  # noqa: E501


def input_form(raw: str) -> str:
    """A gold TimeML file reduced to TempEval-3 input form: plain TEXT, nothing after it."""
    opening = raw.index("<TEXT>") + len("<TEXT>")
    closing = raw.index("</TEXT>")
    plain = re.sub(r"<[^>]+>", "", raw[opening:closing])
    return raw[:opening] + plain + "</TEXT>\n\n</TimeML>\n"


def split_text(data: bytes) -> tuple[bytes, bytes, bytes]:
    """``(before TEXT content, TEXT content, from </TEXT> on)`` of a file's bytes."""
    opening = data.index(b"<TEXT>") + len(b"<TEXT>")
    closing = data.index(b"</TEXT>")
    return data[:opening], data[opening:closing], data[closing:]


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "timeline", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


@pytest.fixture(scope="module")
def annotated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Input-form files in ``in/`` (sub-folders kept) and their annotation in ``out/``."""
    root = tmp_path_factory.mktemp("annotate")
    in_dir, out_dir = root / "in", root / "out"
    for name in DOCUMENTS:
        target = in_dir / name
        target.parent.mkdir(parents=True, exist_ok=True)
        raw = (TBAQ / name).read_text(encoding="utf-8")
        target.write_text(input_form(raw), encoding="utf-8")
    (in_dir / "synthetic.tml").write_text(SYNTHETIC, encoding="utf-8")
    result = run_cli("annotate", str(in_dir), str(out_dir))
    assert result.returncode == 0, result.stderr
    assert f"annotated {len(DOCUMENTS) + 1} documents" in result.stdout
    return in_dir, out_dir


def pairs(in_dir: Path, out_dir: Path) -> list[tuple[Path, Path]]:
    inputs = sorted(in_dir.rglob("*.tml"))
    return [(path, out_dir / path.relative_to(in_dir)) for path in inputs]


def test_input_form_has_no_gold_annotation_left(tmp_path: Path) -> None:
    raw = (TBAQ / DOCUMENTS[0]).read_text(encoding="utf-8")
    path = tmp_path / "input.tml"
    path.write_text(input_form(raw), encoding="utf-8")
    document = read_timeml(path)
    assert document.timexes == ()
    assert document.events == ()
    assert document.tlinks == ()
    assert document.text == read_timeml(TBAQ / DOCUMENTS[0]).text


def test_every_input_gets_an_output_of_the_same_name(annotated: tuple[Path, Path]) -> None:
    in_dir, out_dir = annotated
    for source, target in pairs(in_dir, out_dir):
        assert target.is_file(), f"{target} was not written for {source}"


def test_removing_the_inserted_tags_gives_the_input_back_byte_for_byte(
    annotated: tuple[Path, Path],
) -> None:
    """TEXT and everything before it must be the input's bytes once the inline tags are gone.

    After TEXT the events layer appends MAKEINSTANCE (and later TLINK) elements; the scorer does
    not read whitespace there, so the tail is compared with those elements removed and
    whitespace ignored.
    """
    in_dir, out_dir = annotated
    tagged = 0
    for source, target in pairs(in_dir, out_dir):
        before, content, after = split_text(source.read_bytes())
        out_before, out_content, out_after = split_text(target.read_bytes())
        assert out_before == before, source.name
        stripped = _INLINE_TAG.sub("", out_content.decode("utf-8")).encode("utf-8")
        assert stripped == content, source.name
        tagged += len(_TIMEX_TAG.findall(out_content.decode("utf-8")))
        tail = _TRAILING_ELEMENT.sub("", out_after.decode("utf-8"))
        assert tail.split() == after.decode("utf-8").split(), source.name
    assert tagged >= 10, "the documents hold dozens of time expressions; almost none were tagged"


def test_tids_are_t1_to_tn_unique_and_apart_from_the_dct(annotated: tuple[Path, Path]) -> None:
    in_dir, out_dir = annotated
    for _, target in pairs(in_dir, out_dir):
        _, content, _ = split_text(target.read_bytes())
        tids = re.findall(r'<TIMEX3\b[^>]*\btid="([^"]+)"', content.decode("utf-8"))
        assert tids == [f"t{number}" for number in range(1, len(tids) + 1)], target.name


def test_output_parses_as_xml(annotated: tuple[Path, Path]) -> None:
    in_dir, out_dir = annotated
    for _, target in pairs(in_dir, out_dir):
        root = ElementTree.fromstring(target.read_bytes())
        text = root.find("TEXT")
        assert text is not None
        assert all(timex.get("type") and timex.get("value") for timex in text.iter("TIMEX3"))


def test_reading_the_output_back_gives_the_systems_expressions(
    annotated: tuple[Path, Path],
) -> None:
    in_dir, out_dir = annotated
    for source, target in pairs(in_dir, out_dir):
        given = read_timeml(source)
        written = read_timeml(target)
        assert written.text == given.text
        assert written.dct == given.dct
        expected = [
            (e.start, e.end, e.text, e.type.value, e.value, e.mod.value if e.mod else None)
            for e in timeline.find_times(given.text, dct=given.dct)
        ]
        found = [(t.start, t.end, t.text, t.type, t.value, t.mod) for t in written.timexes]
        assert found == expected, source.name


def test_entities_survive_annotation(annotated: tuple[Path, Path]) -> None:
    _, out_dir = annotated
    output = (out_dir / "synthetic.tml").read_text(encoding="utf-8")
    assert "AT&amp;T" in output
    assert "&lt;after&gt;" in output
    assert re.search(r'<TIMEX3 [^>]*value="2020-06-14"[^>]*>Sunday</TIMEX3>', output)


def test_annotate_reports_a_missing_folder(tmp_path: Path) -> None:
    result = run_cli("annotate", str(tmp_path / "missing"), str(tmp_path / "out"))
    assert result.returncode == 2
    assert "is not a folder" in result.stderr


def test_annotating_a_gold_file_keeps_only_the_systems_tags(tmp_path: Path) -> None:
    in_dir = tmp_path / "in"
    in_dir.mkdir()
    shutil.copy(TBAQ / DOCUMENTS[0], in_dir / "gold.tml")
    result = run_cli("annotate", str(in_dir), str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    written = read_timeml(tmp_path / "out" / "gold.tml")
    gold = read_timeml(in_dir / "gold.tml")
    assert written.text == gold.text
    # no gold link survives: every TLINK written refers to an id the system itself wrote
    known = {t.tid for t in written.timexes} | {written.dct_tid}
    known |= {instance.eiid for instance in written.instances}
    assert all(link.source in known and link.target in known for link in written.tlinks)
    system = timeline.find_times(gold.text, dct=gold.dct)
    assert [(t.start, t.end) for t in written.timexes] == [(e.start, e.end) for e in system]
