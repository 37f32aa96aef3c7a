"""Decisions applied on each backend: they hold across reloads, in whatever order, and undo cleanly.

The scenario is the issue's, on what the loaders draw from the sample corpus: reject CLOSED
Russia → CSTO (it was Armenia that froze its participation),
merge the loaders' "Ministry of Foreign Affairs" (which summoned Russia's ambassador) into
Azerbaijan's Ministry of Foreign Affairs,
retype an act, and correct a few more things; then reload.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from app.review.apply import apply_log
from app.review.judge import judge
from app.review.log import JudgementLog
from app.review.models import Judgement, JudgementIn
from app.store.base import GraphStore
from app.store.review import ReviewStore
from tests.review.conftest import snapshot

Load = Callable[[GraphStore, JudgementLog], None]
LOSER, SURVIVOR = "ministry-of-foreign-affairs", "azerbaijan-mfa"


def act_of(store: GraphStore, rel_type: str, source: str | None = None, target: str | None = None) -> dict:
    """The first act (by id) of a type, optionally between given actors."""
    acts = sorted((r for r in store.iter_relations() if r["type"] == rel_type), key=lambda r: r["id"])
    found = [r for r in acts if source in (None, r["source"]) and target in (None, r["target"])]
    assert found, f"the seeds hold no {rel_type} {source} → {target}"
    return found[0]


def decide(store: GraphStore, log: JudgementLog) -> dict[str, Judgement]:
    """The scenario's decisions, each through `judge` as the API and CLI make them."""
    wrong = act_of(store, "CLOSED", "russia", "csto")
    met = act_of(store, "MET")
    accused = act_of(store, "ACCUSED")
    banned = act_of(store, "BANNED")
    sanctioned = act_of(store, "SANCTIONED")
    steps = {
        "reject": JudgementIn(kind="reject", who="ann", act=wrong["id"], note="Armenia froze it, not Russia"),
        "merge": JudgementIn(kind="merge", who="bob", actor=LOSER, into=SURVIVOR),
        "retype": JudgementIn(kind="retype", who="ann", act=met["id"], type="AGREED"),
        "swap": JudgementIn(kind="swap", who="bob", act=accused["id"]),
        "set_date": JudgementIn(kind="set_date", who="ann", act=banned["id"], date="2025-01-15"),
        "set_status": JudgementIn(kind="set_status", who="bob", act=sanctioned["id"], status="alleged"),
        "rename": JudgementIn(kind="rename", who="ann", actor="russian-tv", name="Russian television"),
        "set_kind": JudgementIn(
            kind="set_kind", who="ann", actor="general-prosecutor", actor_kind="Organization"
        ),
        "curate": JudgementIn(kind="curate", who="bob", actor="group-2-citizens"),
    }
    return {name: judge(store, log, step) for name, step in steps.items()}


def test_load_judge_reload_equals_load_reload_judge_and_judge_then_load(
    store: GraphStore, load_seeds: Load, tmp_path: Path
) -> None:
    first = JudgementLog(tmp_path / "a" / "judgements.jsonl")
    load_seeds(store, first)
    decide(store, first)
    load_seeds(store, first)
    judged_then_reloaded = snapshot(store)
    apply_log(store, first)  # applying again changes nothing
    assert snapshot(store) == judged_then_reloaded

    store.clear()
    second = JudgementLog(tmp_path / "b" / "judgements.jsonl")
    load_seeds(store, second)
    load_seeds(store, second)
    second.import_records(first.records())
    apply_log(store, second)
    assert snapshot(store) == judged_then_reloaded

    store.clear()
    load_seeds(store, second)  # the decisions were in force before anything was loaded
    assert snapshot(store) == judged_then_reloaded


def test_every_decision_holds_across_two_reloads(store: GraphStore, load_seeds: Load, tmp_path: Path) -> None:
    log = JudgementLog(tmp_path / "judgements.jsonl")
    load_seeds(store, log)
    made = decide(store, log)
    for _ in range(2):
        load_seeds(store, log)
    ops = ReviewStore(store)
    rejected = made["reject"].act  # type: ignore[union-attr]
    assert ops.act_by_id(rejected.id) is None
    assert not [r for r in store.iter_relations() if r["type"] == "CLOSED" and r["target"] == "csto"]
    assert ops.actor(LOSER) is None
    survivor = ops.actor(SURVIVOR)
    assert survivor is not None and "Ministry of Foreign Affairs" in survivor.aliases
    moved = [a for a in made["merge"].relations]  # type: ignore[union-attr]
    assert moved, "the loser had acts to move"
    for old in moved:
        ends = {old.source, old.target} - {LOSER}
        assert any(
            r["type"] == old.type and {r["source"], r["target"]} == ends | {SURVIVOR}
            for r in store.iter_relations()
        ), old
    met = made["retype"].act  # type: ignore[union-attr]
    agreed = [r for r in store.iter_relations() if r["type"] == "AGREED" and r["source"] == met.source]
    assert any(r["target"] == met.target and r["review"] == "corrected" for r in agreed)
    assert ops.act_by_id(met.id) is None
    swapped = made["swap"].act  # type: ignore[union-attr]
    assert any(
        r["source"] == swapped.target and r["target"] == swapped.source and r["type"] == "ACCUSED"
        for r in store.iter_relations()
    )
    banned = [r for r in store.iter_relations() if r["review"] and r["type"] == "BANNED"]
    assert [(r["date"], r["date_precision"]) for r in banned] == [("2025-01-15", "day")]
    sanctioned = ops.act_by_id(made["set_status"].act.id)  # type: ignore[union-attr]
    assert sanctioned is not None and sanctioned.status == "alleged"
    renamed, regrouped = ops.actor("russian-tv"), ops.actor("general-prosecutor")
    assert renamed is not None and renamed.name == "Russian television" and "Russian TV" in renamed.aliases
    assert regrouped is not None and regrouped.kind == "Organization"
    labels = store.run_read("MATCH (a:Actor {id: 'general-prosecutor'}) RETURN labels(a) AS labels")
    assert sorted(labels[0]["labels"]) == ["Actor", "Organization"]
    curated = store.run_read("MATCH (a:Actor {id: 'group-2-citizens'}) RETURN a.curated AS c, a.review AS r")
    assert curated == [{"c": True, "r": "curated"}]


def test_undo_puts_back_what_a_decision_took_away(
    store: GraphStore, load_seeds: Load, tmp_path: Path
) -> None:
    log = JudgementLog(tmp_path / "judgements.jsonl")
    load_seeds(store, log)
    before = snapshot(store)
    made = decide(store, log)
    for decision in reversed(list(made.values())):
        judge(store, log, JudgementIn(kind="undo", who="carol", undoes=decision.id))
    assert snapshot(store) == before
    load_seeds(store, log)
    assert snapshot(store) == before


def test_two_reviewers_judging_at_once_lose_no_decision(
    store: GraphStore, load_seeds: Load, tmp_path: Path
) -> None:
    log = JudgementLog(tmp_path / "judgements.jsonl")
    load_seeds(store, log)
    acts = sorted(r["id"] for r in store.iter_relations())[:12]
    errors: list[BaseException] = []

    def review(who: str, ids: list[str]) -> None:
        try:
            for act in ids:
                judge(store, log, JudgementIn(kind="confirm", who=who, act=act))
        except BaseException as exc:  # handed to the test
            errors.append(exc)

    reviewers = [threading.Thread(target=review, args=(w, acts[i::2])) for i, w in enumerate(["ann", "bob"])]
    for reviewer in reviewers:
        reviewer.start()
    for reviewer in reviewers:
        reviewer.join(timeout=300)
    assert not errors
    assert sorted(r.act.id for r in log.records()) == acts  # type: ignore[union-attr]
    confirmed = {r["id"]: r["reviewed_by"] for r in store.iter_relations() if r["review"] == "confirmed"}
    assert confirmed == {a: ("ann" if i % 2 == 0 else "bob") for i, a in enumerate(acts)}
