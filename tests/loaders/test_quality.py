"""Extraction quality on the seeds against the hand-written gold annotation (the issue's targets)."""

from __future__ import annotations

import pytest

from app import ROOT
from loaders.evaluate import Evaluation, evaluate
from loaders.pipeline import Extractor


@pytest.fixture(scope="module")
def result() -> Evaluation:
    return evaluate(ROOT / "data" / "seeds", Extractor())


@pytest.mark.parametrize("act_type", ["AIDED", "DETAINED", "BANNED", "ACCUSED"])
def test_required_types_reach_f1_085(result: Evaluation, act_type: str) -> None:
    assert result.per_type[act_type].f1 >= 0.85, result.per_type[act_type]


def test_micro_f1_over_all_types_reaches_075(result: Evaluation) -> None:
    assert result.micro.f1 >= 0.75, result.micro


def test_every_gold_article_is_found(result: Evaluation) -> None:
    assert result.unmatched_articles == []


def test_gold_is_not_trivially_small(result: Evaluation) -> None:
    # A gold file shrunk to what the extractor finds would make the targets meaningless.
    assert result.micro.tp + result.micro.fn >= 100
