"""Take a reviewer's decision: check it against the graph and the log, record it, apply it.

Invariant: the check, the append and the graph update happen under the log's lock, so a
decision is checked against every decision recorded before it, whoever made them.
"""

from __future__ import annotations

from app.core.errors import JudgementError
from app.review.apply import apply_plan, revert
from app.review.log import JudgementLog, effective, undone_by
from app.review.models import (
    ACT_KINDS,
    Confirm,
    Curate,
    Judgement,
    JudgementIn,
    Merge,
    Reject,
    Rename,
    Retype,
    SetDate,
    SetKind,
    SetStatus,
    Swap,
    Undo,
)
from app.review.plan import Plan, make_plan
from app.store.base import GraphStore
from app.store.models import ActorRecord, RelationRecord
from app.store.review import ActorState, ReviewStore


def judge(store: GraphStore, log: JudgementLog, decision: JudgementIn) -> Judgement:
    """Record `decision` and make the graph show it; JudgementError when it cannot hold."""
    with log.locked():
        records = log.records()
        before = make_plan(effective(records), store.schema)
        judgement = build(ReviewStore(store), before, records, decision)
        log.append([judgement])
        after = make_plan(effective([*records, judgement]), store.schema)
        if isinstance(judgement, Undo):
            undone = next(r for r in records if r.id == judgement.undoes)
            revert(store, undone, before, after)
            apply_plan(store, after)
        elif isinstance(judgement, Merge) or not _newest(judgement, records):
            apply_plan(store, after)  # a merge changes which actor every later step names
        else:  # the newest decision: the graph already shows all the others
            apply_plan(store, after, only={judgement.id})
    return judgement


def _newest(judgement: Judgement, records: list[Judgement]) -> bool:
    """True when no record is dated after `judgement` (an imported one may be, by clock skew)."""
    return all(r.at <= judgement.at for r in records)


def build(ops: ReviewStore, plan: Plan, records: list[Judgement], decision: JudgementIn) -> Judgement:
    """The record `decision` makes, with its snapshot; refused when it conflicts."""
    if decision.kind == "undo":
        return Undo(who=decision.who, note=decision.note, undoes=_undoable(records, decision.undoes or ""))
    if decision.kind in ACT_KINDS:
        act = _act(ops, plan, decision.act or "")
        return _act_judgement(ops, act, decision)
    actor = _actor(ops, plan, decision.actor or "")
    snapshot = ActorRecord.model_validate(actor.model_dump(exclude={"mentioned_in"}))
    if decision.kind == "merge":
        if decision.into == actor.id:
            raise JudgementError(409, "merge_into_itself", f"actor {actor.id!r} cannot be merged into itself")
        survivor = _actor(ops, plan, decision.into or "")
        if survivor.id == actor.id:
            raise JudgementError(409, "merge_into_itself", f"{decision.into!r} was merged into {actor.id!r}")
        return Merge(
            who=decision.who,
            note=decision.note,
            actor=snapshot,
            into=survivor.id,
            survivor=ActorRecord.model_validate(survivor.model_dump(exclude={"mentioned_in"})),
            relations=ops.actor_acts(actor.id),
            mentioned_in=actor.mentioned_in,
        )
    if decision.kind == "rename":
        _changes(actor.name, decision.name, "name")
        return Rename(who=decision.who, note=decision.note, actor=snapshot, name=decision.name or "")
    if decision.kind == "set_kind":
        if decision.actor_kind not in ops.schema.actor_kinds:
            raise JudgementError(
                422,
                "unknown_kind",
                f"unknown actor kind {decision.actor_kind!r}",
                {"kinds": list(ops.schema.actor_kinds)},
            )
        _changes(actor.kind, decision.actor_kind, "kind")
        return SetKind(
            who=decision.who, note=decision.note, actor=snapshot, actor_kind=decision.actor_kind or ""
        )
    if actor.curated:
        raise JudgementError(409, "already_curated", f"actor {actor.id!r} is already curated")
    return Curate(who=decision.who, note=decision.note, actor=snapshot)


def _act_judgement(ops: ReviewStore, act: RelationRecord, decision: JudgementIn) -> Judgement:
    if decision.kind == "confirm":
        return Confirm(who=decision.who, note=decision.note, act=act)
    if decision.kind == "reject":
        return Reject(who=decision.who, note=decision.note, act=act)
    if decision.kind == "swap":
        return Swap(who=decision.who, note=decision.note, act=act)
    if decision.kind == "retype":
        if decision.type not in ops.schema.relations:
            raise JudgementError(
                422,
                "unknown_type",
                f"unknown act type {decision.type!r}",
                {"types": ops.schema.relation_types},
            )
        _changes(act.type, decision.type, "type")
        return Retype(who=decision.who, note=decision.note, act=act, type=decision.type or "")
    if decision.kind == "set_date":
        _changes(act.date, decision.date, "date")
        return SetDate(
            who=decision.who,
            note=decision.note,
            act=act,
            date=decision.date,
            date_precision=decision.date_precision,
        )
    _changes(act.status, decision.status, "status")
    return SetStatus(who=decision.who, note=decision.note, act=act, status=decision.status or "reported")


def _changes(old: object, new: object, what: str) -> None:
    if old == new:
        raise JudgementError(409, "no_change", f"the {what} is already {new!r}")


def _act(ops: ReviewStore, plan: Plan, act_id: str) -> RelationRecord:
    """The act the graph holds under `act_id`, or why it does not."""
    act = ops.act_by_id(act_id)
    if act is not None:
        return act
    if act_id in plan.rejected:
        by = plan.rejected[act_id]
        raise JudgementError(
            409,
            "act_rejected",
            f"act {act_id!r} was rejected by {by.who} (judgement {by.id})",
            {"judgement": by.id},
        )
    for step in plan.act_steps:
        if step.key.id == act_id and step.to is not None and step.to.id != act_id:
            moved = plan.results.get(step.judgement.id)
            where = moved.id if moved else step.to.id
            raise JudgementError(
                409,
                "act_moved",
                f"act {act_id!r} was corrected by judgement {step.judgement.id}; it is now {where!r}",
                {"judgement": step.judgement.id, "act": where},
            )
    raise JudgementError(404, "unknown_act", f"no act with id {act_id!r}")


def _actor(ops: ReviewStore, plan: Plan, actor_id: str) -> ActorState:
    """The actor the graph holds under `actor_id`, or why it does not."""
    actor = ops.actor(actor_id)
    if actor is not None:
        return actor
    if actor_id in plan.survivors:
        into = plan.survivors[actor_id]
        raise JudgementError(
            409, "actor_merged", f"actor {actor_id!r} was merged into {into!r}", {"into": into}
        )
    raise JudgementError(404, "unknown_actor", f"no actor with id {actor_id!r}")


def _undoable(records: list[Judgement], judgement_id: str) -> str:
    """`judgement_id`, if it names a decision that can still be undone."""
    target = next((r for r in records if r.id == judgement_id), None)
    if target is None:
        raise JudgementError(404, "unknown_judgement", f"no judgement with id {judgement_id!r}")
    if isinstance(target, Undo):
        raise JudgementError(409, "undo_of_undo", "an undo cannot be undone; make the decision again")
    undone = undone_by(records)
    if judgement_id in undone:
        raise JudgementError(
            409, "already_undone", f"judgement {judgement_id!r} was undone by {undone[judgement_id]}"
        )
    return judgement_id
