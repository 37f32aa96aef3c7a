"""scripts/bench_roles.py on one tiny text: the rows and ratios it prints, never how fast."""

from __future__ import annotations

import importlib
import re
import tempfile
from pathlib import Path
from types import ModuleType

import pytest

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"
TEXT = (
    "Russia attacked Ukraine on Tuesday.\n\n"
    "The weather in the capital was mild.\n\n"
    "Azerbaijan sent humanitarian aid to Ukraine.\n"
)


@pytest.fixture
def bench(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(SCRIPTS))
    return importlib.import_module("bench_roles")


def row_sentences(output: str, label: str) -> int:
    """The sentence count printed in the row `label`; fails when the row is missing."""
    match = re.search(rf"^{re.escape(label)} +([\d,]+) +\d+\.\d{{3}} +[\d,]+ +[\d,]+$", output, re.M)
    assert match, f"no row {label!r} in:\n{output}"
    return int(match.group(1).replace(",", ""))


def test_one_run_prints_the_three_rows_and_the_ratios(
    bench: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    texts, scratch = tmp_path / "texts", tmp_path / "scratch"
    texts.mkdir()
    scratch.mkdir()
    (texts / "tiny.txt").write_text(TEXT, encoding="utf-8")
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))  # where the copies and the old tree go
    # HEAD, not the default revision: a shallow clone has HEAD but maybe not b074423.
    bench.main(["--texts", str(texts), "--repeat", "1", "--repeats", "1", "--old-rev", "HEAD"])
    output = capsys.readouterr().out
    labels = [
        "role reading (this tree)",
        "spaCy pipeline over every sentence",
        "word-order at HEAD (from git)",
    ]
    counts = [row_sentences(output, label) for label in labels]
    assert counts == [3, 3, 3]  # the same text read by each
    assert re.search(
        r"^role reading \(this tree\) vs spaCy pipeline over every sentence: \d+\.\d\dx "
        r"\(target >= 1\.5x: (met|missed)\)$",
        output,
        re.M,
    )
    assert re.search(
        r"^role reading \(this tree\) vs word-order at HEAD \(from git\): \d+\.\d\dx$", output, re.M
    )
    assert re.search(
        r"^sentences the role reading parsed \(a cue and two actors\): [12]/3 = \d+%$", output, re.M
    )
    assert not list(scratch.iterdir())  # the copies and the old tree are removed


def test_report_ratios_are_the_first_row_over_each_other(bench: ModuleType) -> None:
    def row(label: str, seconds: float) -> object:
        return bench.Row(label, lambda: (seconds, 10), sentences=10, seconds=[seconds, seconds * 3, seconds])

    rows = [row("new", 1.0), row("parser", 2.0), row("old", 0.25)]
    text = bench.report(rows, 1000, "1 file x1", 3, (4, 10))
    assert "new vs parser: 2.00x (target >= 1.5x: met)" in text
    assert "new vs old: 0.25x" in text
    assert re.search(r"^parser +10 +2\.000 +5 +500$", text, re.M)
    assert text.endswith("parsed (a cue and two actors): 4/10 = 40%")
