"""The act record's ids and the sum an act of giving names."""

from __future__ import annotations

import pytest

from loaders.acts import act_id, amount_usd, evidence_id
from loaders.nlp import Tokens, build_nlp


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Norway sent $3 million in aid to Moldova.", 3_000_000),
        ("Norway pledged 500 million dollars to Moldova.", 500_000_000),
        ("Norway sent USD 2.5 billion to Moldova.", 2_500_000_000),
        ("Norway sent $1,200 to the clinic.", 1_200),
        ("Norway sent doctors to Moldova.", None),
    ],
)
def test_the_first_sum_in_dollars_is_read(text: str, amount: float | None) -> None:
    doc = Tokens(build_nlp()(text), text)
    (sent,) = list(doc.sents())
    assert amount_usd(sent) == amount


def test_the_same_act_anywhere_has_the_same_id() -> None:
    assert act_id("AIDED", "norway", "moldova", "2025-03") == act_id("AIDED", "norway", "moldova", "2025-03")
    assert act_id("AIDED", "norway", "moldova", "2025-03") != act_id("AIDED", "moldova", "norway", "2025-03")
    assert act_id("AIDED", "norway", "moldova", None) != act_id("AIDED", "norway", "moldova", "2025-03")


def test_evidence_ids_tell_sentences_apart() -> None:
    act = act_id("AIDED", "norway", "moldova", None)
    assert evidence_id(act, "article-1", 0) != evidence_id(act, "article-1", 40)
    assert evidence_id(act, "article-1", 0) == evidence_id(act, "article-1", 0)
