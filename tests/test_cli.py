"""The command line, run as a user runs it: ``python -m timeline extract FILE --dct ...``."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import pytest

import timeline
from tests.conftest import ROOT, SEED_DCT, SEEDS
from timeline.export.json import from_json

SEED = SEEDS / "libya-ceasefire.txt"


def _run(
    *args: str, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "timeline", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        input=stdin,
        cwd=ROOT,
        env=env,
        timeout=300,
        check=False,
    )


@cache
def _extract(output: str) -> str:
    done = _run("extract", str(SEED.relative_to(ROOT)), "--dct", SEED_DCT, "--format", output)
    assert done.returncode == 0, done.stderr
    return done.stdout


@cache
def _library() -> timeline.Timeline:
    return timeline.extract(SEED.read_text(encoding="utf-8"), dct=SEED_DCT)


def test_json_is_the_library_timeline() -> None:
    assert from_json(_extract("json")) == _library()


def test_text_lists_every_event_in_time_order() -> None:
    lines = _extract("text").splitlines()
    tl = _library()
    assert len(lines) == len(tl)
    for line, event in zip(lines, tl, strict=True):
        assert re.split(r"\s{2,}", line) == [
            str(event.when) if event.when is not None else "unknown",
            event.kind.value,
            event.text,
            f"({event.factuality.value})",
        ]


def test_timeml_is_well_formed_and_keeps_the_text() -> None:
    root = ET.fromstring(_extract("timeml"))
    text = root.find("TEXT")
    assert text is not None
    assert "".join(text.itertext()) == SEED.read_text(encoding="utf-8")
    assert len(list(root.iter("EVENT"))) == len(_library())
    dct = root.find("DCT/TIMEX3")
    assert dct is not None
    assert dct.get("value") == SEED_DCT


def test_html_is_a_page_with_every_event() -> None:
    page = _extract("html")
    assert page.startswith("<!DOCTYPE html>")
    assert page.count("<mark>") == len(_library())
    assert "<svg" in page


def test_times_only_lists_the_expressions(seed_expected: dict[str, object]) -> None:
    done = _run("extract", "-", "--dct", SEED_DCT, "--times-only", stdin=SEED.read_text("utf-8"))
    assert done.returncode == 0, done.stderr
    rows = [line.split("  ") for line in done.stdout.splitlines()]
    found = [(cells[0].strip(), [c.strip() for c in cells[1:] if c.strip()]) for cells in rows]
    expected = seed_expected["timexes"]
    assert isinstance(expected, list)
    assert [text for text, _ in found] == [item["text"] for item in expected]
    assert [values[:2] for _, values in found] == [[i["type"], i["value"]] for i in expected]


def test_times_only_does_not_load_spacy() -> None:
    script = (
        "import sys\n"
        "from timeline.export.render import render\n"
        f"text = open({str(SEED)!r}, encoding='utf-8').read()\n"
        "for output in ('text', 'json', 'timeml', 'html'):\n"
        f"    assert render(text, {SEED_DCT!r}, output, times_only=True)\n"
        "assert 'spacy' not in sys.modules, 'spaCy was imported'\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr


def test_times_only_json_has_expressions_and_no_events() -> None:
    done = _run("extract", str(SEED), "--dct", SEED_DCT, "--times-only", "--format", "json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["events"] == []
    assert len(data["expressions"]) == len(timeline.find_times(SEED.read_text(), dct=SEED_DCT))


def test_output_is_utf8_whatever_the_locale() -> None:
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    done = _run(
        "extract", str(SEED), "--dct", SEED_DCT, "--times-only", "--format", "json", env=env
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["text"] == SEED.read_text(encoding="utf-8")  # "’" and all


@pytest.mark.parametrize("dct", ["2020-02-30", "yesterday", "15/06/2020"])
def test_a_bad_dct_is_a_clear_error(dct: str) -> None:
    done = _run("extract", str(SEED), "--dct", dct)
    assert done.returncode == 2
    assert done.stderr.startswith("timeline: error:")
    assert "dct" in done.stderr
    assert "Traceback" not in done.stderr
    assert done.stdout == ""


def test_binary_standard_input_is_a_clear_error() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "timeline", "extract", "-", "--dct", SEED_DCT, "--times-only"],
        input=b"\xff\xfe\x00 on Sunday",
        capture_output=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.decode().startswith("timeline: error: standard input is not UTF-8 text")


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    done = _run("extract", str(tmp_path / "nowhere.txt"), "--dct", SEED_DCT)
    assert done.returncode == 2
    assert done.stderr.startswith("timeline: error: cannot read")
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(
    "content", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe", b"GIF89a\x00\x00 text"]
)
def test_a_binary_file_is_a_clear_error(tmp_path: Path, content: bytes) -> None:
    binary = tmp_path / "picture.png"
    binary.write_bytes(content)
    done = _run("extract", str(binary), "--dct", SEED_DCT, "--times-only")
    assert done.returncode == 2
    assert done.stderr.startswith("timeline: error:")
    assert "Traceback" not in done.stderr
