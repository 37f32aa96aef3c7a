"""The review queue on each backend: most doubtful first, judged acts gone, patterns' record counted."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.review.judge import judge
from app.review.log import JudgementLog
from app.review.models import JudgementIn
from app.review.queue import PATTERN_WEIGHT, UNSEEN_DOUBT, review_queue
from app.store.base import GraphStore

Load = Callable[[GraphStore, JudgementLog], None]


def test_the_queue_puts_doubtful_acts_first_and_drops_judged_ones(
    store: GraphStore, load_seeds: Load, tmp_path: Path
) -> None:
    log = JudgementLog(tmp_path / "judgements.jsonl")
    load_seeds(store, log)
    page = review_queue(store, log.records(), limit=10)
    scores = [item.score for item in page.data]
    assert page.count == 10 and scores == sorted(scores, reverse=True)
    top = page.data[0]
    assert "one article only" in top.reasons and top.patterns
    assert (
        top.score
        == 3
        + (2 if top.act.status == "alleged" else 3 if top.act.status == "denied" else 0)
        + sum(r.endswith("not in the catalogue") for r in top.reasons)
        + PATTERN_WEIGHT * UNSEEN_DOUBT
    )
    everything = review_queue(store, log.records(), limit=200).data
    corroborated = [i for i in everything if "one article only" not in i.reasons]
    assert corroborated and everything.index(corroborated[0]) > everything.index(top)

    judge(store, log, JudgementIn(kind="confirm", who="ann", act=top.act.id))
    after = [i.act.id for i in review_queue(store, log.records(), limit=200).data]
    assert top.act.id not in after and len(after) == len(everything) - 1
    only = review_queue(store, log.records(), limit=200, types=["DETAINED"]).data
    assert only and {i.act.type for i in only} == {"DETAINED"}


def test_acts_of_a_pattern_analysts_often_reject_move_up(
    store: GraphStore, load_seeds: Load, tmp_path: Path
) -> None:
    log = JudgementLog(tmp_path / "judgements.jsonl")
    load_seeds(store, log)
    queue = review_queue(store, log.records(), limit=200).data
    pattern = "DETAINED:verb:subj>obj"
    same = [i for i in queue if i.patterns == [pattern]]
    assert len(same) >= 3, "the seeds hold detentions read by one pattern"
    for item in same[:2]:
        judge(store, log, JudgementIn(kind="reject", who="ann", act=item.act.id))
    rest = {i.act.id: i for i in review_queue(store, log.records(), limit=200).data}
    third = rest[same[2].act.id]
    assert third.score > same[2].score
    assert any("often wrong" in r for r in third.reasons)
