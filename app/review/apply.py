"""Make the graph show the decisions in force, and take one back.

Invariant: `apply_plan` is idempotent and runs after every load and ingest, so whatever the
loaders write again (a rejected act, a merged actor's old edges, a retyped act under its
old type) the decisions undo once more: the graph after (load, judge, reload) is the graph
after (load, reload, judge). Merges run first, then act decisions in time order, then actor
edits, then every reviewed act and actor is marked.
"""

from __future__ import annotations

from typing import Any

from app.core.schema import GraphSchema
from app.review.log import JudgementLog, effective
from app.review.models import (
    ActJudgement,
    Curate,
    Judgement,
    Merge,
    Reject,
    Rename,
    SetDate,
    SetKind,
    SetStatus,
)
from app.review.plan import ActKey, Plan, key_of, make_plan
from app.store.base import GraphStore
from app.store.models import RelationRecord
from app.store.review import ReviewStore
from loaders.actors import Catalogue, with_merges

CLEARED: dict[str, Any] = {"review": None, "reviewed_by": None, "reviewed_at": None, "judgement_ids": None}


def plan_of(log: JudgementLog, schema: GraphSchema) -> Plan:
    """The plan of the decisions in force in `log`."""
    return make_plan(effective(log.records()), schema)


def apply_log(store: GraphStore, log: JudgementLog) -> Plan:
    """Apply every decision in force (under the log's lock, so no decision lands halfway)."""
    with log.locked():
        plan = plan_of(log, store.schema)
        apply_plan(store, plan)
    return plan


def review_catalogue(plan: Plan, catalogue: Catalogue | None = None) -> Catalogue:
    """The loaders' catalogue with the plan's merges in it, so later articles name survivors."""
    return with_merges(catalogue or Catalogue.load(), plan.merged_actors())


def evidence_id(act_id: str, article_id: str, start: int) -> str:
    """The loaders' id for one sentence reporting one act."""
    from loaders.acts import evidence_id as loaders_evidence_id  # see ActKey.id

    return loaders_evidence_id(act_id, article_id, start)


def record_at(act: RelationRecord, key: ActKey, summary: str | None = None) -> RelationRecord:
    """`act` placed under `key`: its id, type, ends and its evidence ids follow the key."""
    return act.model_copy(
        update={
            "id": key.id,
            "type": key.type,
            "source": key.source,
            "target": key.target,
            "summary": summary or act.summary,
            "evidence": [
                e.model_copy(update={"id": evidence_id(key.id, e.article_id, e.start)}) for e in act.evidence
            ],
        }
    )


def summary_of(ops: ReviewStore, key: ActKey, role: str | None) -> str:
    """The one-line summary the loaders would write for an act under `key`."""
    names = ops.names([key.source, key.target])
    source, target = names.get(key.source, key.source), names.get(key.target, key.target)
    if key.type == "MEMBER_OF" and role:
        return f"{source}, {role} of {target}"
    return f"{source} {ops.schema.relation(key.type).verb} {target}"


def move_act(ops: ReviewStore, src: ActKey, dst: ActKey) -> None:
    """Move the act at `src` (with all its evidence) to `dst`; an act that would join an
    actor to itself (after a merge) is dropped."""
    held = ops.act(src.type, src.id, src.source, src.target)
    if held is None:
        return
    if dst.source != dst.target:
        ops.upsert_acts([record_at(held, dst, summary_of(ops, dst, held.role))])
    ops.delete_acts([held])


def merge_actor(ops: ReviewStore, merge: Merge, survivor: str) -> None:
    """Move the loser's acts and mentions to the survivor, delete the loser, and keep its names."""
    loser = ops.actor(merge.actor.id)
    if loser is not None:
        for act in ops.actor_acts(loser.id):
            src = ActKey(act.type, act.source, act.target, act.date, original_id=act.id)
            ends = {"source": survivor if act.source == loser.id else act.source}
            ends["target"] = survivor if act.target == loser.id else act.target
            move_act(ops, src, src.moved(**ends))
        ops.link_mentions(survivor, loser.mentioned_in)
        ops.delete_actor(loser.id)
    kept = ops.actor(survivor)
    if kept is not None:
        lost = [merge.actor.name, *merge.actor.aliases, *([loser.name, *loser.aliases] if loser else [])]
        if any(n not in kept.aliases and n != kept.name for n in lost):
            ops.set_names(survivor, kept.name, [*kept.aliases, *lost])


def apply_plan(store: GraphStore, plan: Plan, only: set[str] | None = None) -> None:
    """Make the graph show `plan` (idempotent). With `only` (judgement ids), apply just those
    decisions' steps, for a graph that already shows the rest (a new decision on top of an
    applied log); every review mark is set either way."""
    ops = ReviewStore(store)
    for merge in plan.merges:
        survivor = plan.canon(merge.into)
        if survivor != merge.actor.id and (only is None or merge.id in only):
            merge_actor(ops, merge, survivor)
    for step in plan.act_steps:
        if only is not None and step.judgement.id not in only:
            continue
        if step.to is None:
            ops.delete_acts([step.key])  # type: ignore[list-item]
            continue
        if step.to.id != step.key.id:
            move_act(ops, step.key, step.to)
        if isinstance(step.judgement, SetDate):
            ops.set_acts([(step.to, {"date": step.to.date, "date_precision": step.judgement.date_precision})])
        elif isinstance(step.judgement, SetStatus):
            ops.set_acts([(step.to, {"status": step.judgement.status})])
    for edit in plan.actor_edits:
        actor = ops.actor(edit.actor.id) if only is None or edit.id in only else None
        if actor is None:
            continue
        if isinstance(edit, Rename):
            ops.set_names(actor.id, edit.name, [*actor.aliases, actor.name, edit.actor.name])
        elif isinstance(edit, SetKind):
            ops.set_kind(actor.id, edit.actor_kind)
        elif isinstance(edit, Curate):
            ops.set_actor(actor.id, {"curated": True})
    ops.set_acts((key, state.properties()) for key, state in plan.act_reviews.values())
    ops.set_actors((actor_id, state.properties()) for actor_id, state in plan.actor_reviews.items())


def revert(store: GraphStore, judgement: Judgement, before: Plan, after: Plan) -> None:
    """Take back what `judgement` did to the graph (`before`: the plan with it, `after`:
    without it); `apply_plan(after)` then restores what later decisions did."""
    ops = ReviewStore(store)
    if isinstance(judgement, ActJudgement):
        _revert_act(ops, judgement, before, after)
    elif isinstance(judgement, Merge):
        _revert_merge(ops, judgement, before, after)
    elif isinstance(judgement, Rename | SetKind | Curate):
        actor = ops.actor(judgement.actor.id)
        if actor is None:
            return
        if isinstance(judgement, Rename):
            dropped = {judgement.actor.name} | ({judgement.name} - set(judgement.actor.aliases))
            ops.set_names(actor.id, judgement.actor.name, [a for a in actor.aliases if a not in dropped])
        elif isinstance(judgement, SetKind):
            ops.set_kind(actor.id, judgement.actor.kind)
        else:
            ops.set_actor(actor.id, {"curated": judgement.actor.curated})
        ops.set_actor(actor.id, CLEARED)


def _restore(ops: ReviewStore, act: RelationRecord, moved_to: ActKey | None, home: ActKey) -> None:
    """Put `act` (a snapshot) back under `home`, taking its evidence off `moved_to`."""
    if moved_to is not None and moved_to.id != home.id:
        ops.delete_evidence([evidence_id(moved_to.id, e.article_id, e.start) for e in act.evidence])
        ops.refresh(moved_to)  # type: ignore[arg-type]
    ops.upsert_acts([record_at(act, home, summary_of(ops, home, act.role))])


def _revert_act(ops: ReviewStore, judgement: ActJudgement, before: Plan, after: Plan) -> None:
    final = before.results.get(judgement.id)
    home = key_of(judgement.act, ops.schema, after.survivors)
    for key in (final, home):
        if key is not None:
            ops.set_acts([(key, CLEARED)])
    if isinstance(judgement, Reject):
        _restore(ops, judgement.act, None, home)
    elif isinstance(judgement, SetStatus):
        if final is not None:
            ops.refresh(final)  # type: ignore[arg-type]
    elif final is not None and final.id != home.id:  # retype, swap, a date in another month
        _restore(ops, judgement.act, final, home)
    elif isinstance(judgement, SetDate):
        date = {"date": judgement.act.date, "date_precision": judgement.act.date_precision}
        ops.set_acts([(home, date)])


def _revert_merge(ops: ReviewStore, merge: Merge, before: Plan, after: Plan) -> None:
    survivor = before.canon(merge.into)
    ops.upsert_actor(merge.actor)
    ops.set_actor(merge.actor.id, {"curated": merge.actor.curated})
    for act in merge.relations:
        _restore(
            ops, act, key_of(act, ops.schema, before.survivors), key_of(act, ops.schema, after.survivors)
        )
    ops.link_mentions(merge.actor.id, merge.mentioned_in)
    kept = ops.actor(survivor)
    if kept is not None:
        lost = {merge.actor.name, *merge.actor.aliases} - {merge.survivor.name, *merge.survivor.aliases}
        ops.set_names(survivor, kept.name, [a for a in kept.aliases if a not in lost])
        ops.set_actor(survivor, CLEARED)
