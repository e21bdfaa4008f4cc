"""The README's quick start runs as written, on the seed article, and prints what it promises."""

from __future__ import annotations

import re
from typing import Any

import pytest

import timeline
from tests.conftest import ROOT, SEED_DCT


def _python_blocks() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```python\n(.*?)```", readme, re.S)


def test_readme_has_a_python_quick_start() -> None:
    blocks = _python_blocks()
    assert blocks, "README.md has no ```python block"
    assert "seeds/libya-ceasefire.txt" in blocks[0]


def test_quick_start_runs_and_prints_times_and_events(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    seed_text: str,
    seed_expected: dict[str, Any],
) -> None:
    monkeypatch.chdir(ROOT)  # the quick start opens seeds/... relative to the project root
    exec(compile(_python_blocks()[0], "README.md", "exec"), {"__name__": "__readme__"})
    lines = capsys.readouterr().out.splitlines()

    expected_times = [f"{t['text']} {t['type']} {t['value']}" for t in seed_expected["timexes"]]
    assert lines[: len(expected_times)] == expected_times
    events = lines[len(expected_times) :]
    tl = timeline.extract(seed_text, dct=SEED_DCT)
    assert len(events) == len(tl) > 0
    for line, event in zip(events, tl, strict=True):
        assert line.endswith(f" {event.text}")
        assert line.startswith(str(event.when))
    assert any(line.endswith(" postponed") for line in events)


def test_usage_guide_examples_run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """docs/index.md's python blocks run in order, in one namespace, as a reader would."""
    guide = (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", guide, re.S)
    assert len(blocks) >= 5
    monkeypatch.chdir(ROOT)
    namespace: dict[str, Any] = {"__name__": "__guide__"}
    for number, block in enumerate(blocks):
        exec(compile(block, f"docs/index.md block {number}", "exec"), namespace)
    out = capsys.readouterr().out
    assert "Sunday 2020-06-14" in out  # the spaCy component example
    assert "is not a real date" in out  # the errors example
    assert "postponed happened before" in out  # the relation example
    assert namespace["from_json"](namespace["document"]) == namespace["tl"]
