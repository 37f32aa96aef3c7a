"""What the decisions in force ask of the graph, worked out from the log alone.

Invariant: an act's id is a function of its type, ends and month (`loaders.acts.act_id`),
so the plan names every act by such a key: an act decision taken before a merge, a
retype or a new date still finds its act afterwards, and an act the loaders read again
from any article gets the id the decision already gave it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from app.core.schema import GraphSchema
from app.review.models import (
    CORRECTIONS,
    ActDecision,
    ActorDecision,
    Curate,
    Judgement,
    Merge,
    Reject,
    Rename,
    Retype,
    SetDate,
    SetKind,
    Swap,
    Undo,
)
from app.store.models import RelationRecord
from loaders.actors import MergedActor


@dataclass(frozen=True)
class ActKey:
    """Where an act lives in the graph: its type, its ends and its date."""

    type: str
    source: str
    target: str
    date: str | None
    affiliation: bool = False
    original_id: str | None = None  # the id the loaders gave it, while its key is unchanged

    @property
    def id(self) -> str:
        """The act's id: the loaders' own, recomputed once the key changes."""
        if self.original_id is not None:
            return self.original_id
        from loaders.acts import act_id  # here: importing the act finder costs a CLI start 2 s

        month = None if self.affiliation or not self.date else self.date[:7]
        return act_id(self.type, self.source, self.target, month)

    def moved(self, **changes: str | None) -> ActKey:
        """The key with some parts changed (and so a recomputed id)."""
        return replace(self, original_id=None, **changes)  # type: ignore[arg-type]


@dataclass
class ActStep:
    """One act decision as the graph sees it: the act it finds, and where the act goes."""

    judgement: ActDecision
    key: ActKey
    to: ActKey | None  # None: the act leaves the graph


@dataclass
class ReviewMark:
    """What an act or actor node shows of its review."""

    review: str
    reviewed_by: str
    reviewed_at: str
    judgement_ids: list[str] = field(default_factory=list)

    def properties(self) -> dict[str, object]:
        """The node or edge properties that carry the state."""
        return {
            "review": self.review,
            "reviewed_by": self.reviewed_by,
            "reviewed_at": self.reviewed_at,
            "judgement_ids": self.judgement_ids,
        }


@dataclass
class Plan:
    """The merges, the act steps in order, the actor edits, and the review state they leave."""

    merges: list[Merge] = field(default_factory=list)
    survivors: dict[str, str] = field(default_factory=dict)  # loser → final survivor
    act_steps: list[ActStep] = field(default_factory=list)
    actor_edits: list[ActorDecision] = field(default_factory=list)
    act_reviews: dict[str, tuple[ActKey, ReviewMark]] = field(default_factory=dict)  # by act id
    actor_reviews: dict[str, ReviewMark] = field(default_factory=dict)
    rejected: dict[str, Reject] = field(default_factory=dict)  # act id → the decision
    results: dict[str, ActKey | None] = field(default_factory=dict)  # judgement id → final act

    def canon(self, actor_id: str) -> str:
        """The actor an id names after every merge."""
        return self.survivors.get(actor_id, actor_id)

    def merged_actors(self) -> list[MergedActor]:
        """The merges in force, for the loaders' catalogue."""
        return [
            MergedActor(loser=m.actor.id, names=[m.actor.name, *m.actor.aliases], survivor=m.survivor)
            for m in self.merges
        ]


def key_of(act: RelationRecord, schema: GraphSchema, canon: dict[str, str] | None = None) -> ActKey:
    """The key of an act as a snapshot holds it, its ends carried through the merges in `canon`."""
    canon = canon or {}
    source, target = canon.get(act.source, act.source), canon.get(act.target, act.target)
    unchanged = (source, target) == (act.source, act.target)
    return ActKey(
        act.type,
        source,
        target,
        act.date,
        affiliation=act.type in schema.affiliation_types,
        original_id=act.id if unchanged else None,
    )


def _survivors(merges: list[Merge]) -> dict[str, str]:
    """Loser → the survivor at the end of its chain of merges (a merge into its own loser is ignored)."""
    into: dict[str, str] = {}
    for merge in merges:
        target = merge.into
        seen = {merge.actor.id}
        while target in into and target not in seen:
            seen.add(target)
            target = into[target]
        if target != merge.actor.id:
            into[merge.actor.id] = target
    return {loser: _end(into, loser) for loser in into}


def _end(into: dict[str, str], actor: str) -> str:
    seen = {actor}
    while actor in into and into[actor] not in seen:
        actor = into[actor]
        seen.add(actor)
    return actor


def _destination(step: ActDecision, key: ActKey) -> ActKey | None:
    if isinstance(step, Reject):
        return None
    if isinstance(step, Retype):
        return key.moved(type=step.type)
    if isinstance(step, Swap):
        return key.moved(source=key.target, target=key.source)
    if isinstance(step, SetDate) and step.date != key.date:
        return (
            key.moved(date=step.date)
            if (step.date or "")[:7] != (key.date or "")[:7]
            else replace(key, date=step.date)
        )
    return key


def make_plan(decisions: Iterable[Judgement], schema: GraphSchema) -> Plan:
    """The plan for `decisions`: the decisions in force, in time order (see `log.effective`)."""
    decisions = list(decisions)
    plan = Plan(merges=[d for d in decisions if isinstance(d, Merge)])
    plan.survivors = _survivors(plan.merges)
    moved: dict[str, ActKey | None] = {}  # act id → where a step sent it

    def follow(key: ActKey | None) -> ActKey | None:
        seen: set[str] = set()
        while key is not None and key.id in moved and key.id not in seen:
            seen.add(key.id)
            key = moved[key.id]
        return key

    for decision in decisions:
        if isinstance(decision, Merge | Undo):
            continue
        if isinstance(decision, Rename | SetKind | Curate):
            if decision.actor.id not in plan.survivors:  # an edit of an actor merged away since
                plan.actor_edits.append(decision)
            continue
        act_decision: ActDecision = decision
        key = follow(key_of(act_decision.act, schema, plan.survivors))
        if key is None:
            plan.results[decision.id] = None  # the act was rejected before: nothing left to judge
            continue
        to = _destination(act_decision, key)
        plan.act_steps.append(ActStep(act_decision, key, to))
        if to is None or to.id != key.id:
            moved[key.id] = to
        if to is not None:
            moved.pop(to.id, None)
        if isinstance(act_decision, Reject):
            plan.rejected[key.id] = act_decision
        plan.results[decision.id] = to
    for step in plan.act_steps:
        final = follow(plan.results[step.judgement.id])
        plan.results[step.judgement.id] = final
        if final is not None:
            _add_review(plan.act_reviews, final, step.judgement)
    for merge in plan.merges:
        _add_actor_review(plan.actor_reviews, plan.canon(merge.into), merge, "corrected")
    for edit in plan.actor_edits:
        _add_actor_review(
            plan.actor_reviews, edit.actor.id, edit, "curated" if isinstance(edit, Curate) else "corrected"
        )
    return plan


def _add_review(reviews: dict[str, tuple[ActKey, ReviewMark]], key: ActKey, decision: ActDecision) -> None:
    corrected = decision.kind in CORRECTIONS
    held = reviews.get(key.id)
    if held is None:
        reviews[key.id] = (key, _state(decision, "corrected" if corrected else "confirmed"))
        return
    state = held[1]
    _advance(state, decision, "corrected" if corrected or state.review == "corrected" else "confirmed")
    reviews[key.id] = (key, state)


def _add_actor_review(reviews: dict[str, ReviewMark], actor: str, decision: Judgement, review: str) -> None:
    state = reviews.get(actor)
    if state is None:
        reviews[actor] = _state(decision, review)
    else:
        _advance(state, decision, "corrected" if "corrected" in (review, state.review) else review)


def _state(decision: Judgement, review: str) -> ReviewMark:
    return ReviewMark(review, decision.who, decision.at.isoformat(), [decision.id])


def _advance(state: ReviewMark, decision: Judgement, review: str) -> None:
    state.review = review
    if decision.at.isoformat() >= state.reviewed_at:
        state.reviewed_by, state.reviewed_at = decision.who, decision.at.isoformat()
    state.judgement_ids.append(decision.id)
