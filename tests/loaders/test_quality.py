"""Extraction quality on the seeds against the hand-written gold annotation (the issue's targets)."""

from __future__ import annotations

import pytest
import yaml

from app import ROOT
from app.core.schema import load_schema
from loaders.evaluate import SENTENCES_PATH, Evaluation, evaluate, evaluate_sentences
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


def test_sentences_beyond_the_seeds_keep_their_quality() -> None:
    """A floor under the hand-written sentences of other conflicts (data/gold/sentences.yaml):
    0.85 F1, below the 0.92 this round measured, so it catches a rule that breaks them."""
    result = evaluate_sentences(Extractor())
    assert result.sentences >= 60
    assert result.score.f1 >= 0.85, [w.model_dump() for w in result.wrong]


def test_every_annotated_sentence_is_written_once() -> None:
    """A sentence annotated twice would count twice in every figure."""
    texts = [item["text"] for item in yaml.safe_load(SENTENCES_PATH.read_text(encoding="utf-8"))]
    assert sorted({t for t in texts if texts.count(t) > 1}) == []


def test_annotated_sentences_name_known_act_types() -> None:
    types = set(load_schema().act_types)
    for sentence in yaml.safe_load(SENTENCES_PATH.read_text(encoding="utf-8")):
        assert {a[0] for a in sentence["acts"]} <= types, sentence["text"]
