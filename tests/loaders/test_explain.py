from pathlib import Path

import pytest
from typer.testing import CliRunner

from app.cli import app
from loaders.explain import explain
from loaders.pipeline import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def test_explain_shows_parse_mentions_cues_and_the_pattern(extractor: Extractor) -> None:
    text = explain("Iceland sanctioned Mongolia.", extractor)
    assert "  1 sanctioned" in text and "ROOT" in text
    assert "'Iceland' = iceland (State)" in text
    assert "cues: sanctioned (SANCTIONED verb)" in text
    assert "+ SANCTIONED iceland -> mongolia  [SANCTIONED:verb:subj>obj]  reported" in text


def test_explain_gives_the_reason_an_act_was_dropped(extractor: Extractor) -> None:
    text = explain("Iceland did not sanction Mongolia.", extractor)
    assert "- SANCTIONED ? -> ?  [SANCTIONED:verb]  dropped: negated" in text
    assert "+ SANCTIONED" not in text


def test_explain_command_reads_a_sentence_or_a_file(tmp_path: Path) -> None:
    runner = CliRunner()
    said = runner.invoke(app, ["explain", "Iceland sanctioned Mongolia."])
    assert said.exit_code == 0 and "+ SANCTIONED iceland -> mongolia" in said.output
    path = tmp_path / "two.txt"
    path.write_text("Iceland sanctioned Mongolia. If Mongolia sanctions Iceland, nothing changes.", "utf-8")
    filed = runner.invoke(app, ["explain", "--file", str(path)])
    assert filed.exit_code == 0 and "sentence 2:" in filed.output
    assert "dropped: under the condition 'If'" in filed.output
    assert runner.invoke(app, ["explain"]).exit_code != 0
