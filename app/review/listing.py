"""Decisions as the API and CLI list them: filtered, newest first, with what became of each."""

from __future__ import annotations

from app.core.schema import GraphSchema
from app.review.log import effective, undone_by
from app.review.models import ActJudgement, ActorJudgement, Judgement
from app.review.plan import make_plan
from app.schemas import JudgementPublic, JudgementsPublic


def public(judgement: Judgement, undone: dict[str, str], results: dict[str, str | None]) -> JudgementPublic:
    """The public view of one record."""
    data = judgement.model_dump(exclude={"relations", "survivor", "mentioned_in"})
    data["at"] = judgement.at.isoformat()
    return JudgementPublic.model_validate(
        {**data, "undone_by": undone.get(judgement.id), "result_act": results.get(judgement.id)}
    )


def list_judgements(
    records: list[Judgement],
    schema: GraphSchema,
    *,
    kind: str | None = None,
    act: str | None = None,
    actor: str | None = None,
    who: str | None = None,
    in_force: bool | None = None,
    limit: int = 50,
    offset: int = 0,
) -> JudgementsPublic:
    """The records matching every filter given, newest first."""
    undone = undone_by(records)
    plan = make_plan(effective(records), schema)
    results = {k: (v.id if v else None) for k, v in plan.results.items()}

    def matches(j: Judgement) -> bool:
        if kind is not None and j.kind != kind:
            return False
        if who is not None and j.who != who:
            return False
        if in_force is not None and (j.id not in undone and j.kind != "undo") != in_force:
            return False
        if act is not None and not (isinstance(j, ActJudgement) and act in (j.act.id, results.get(j.id))):
            return False
        return actor is None or (
            isinstance(j, ActorJudgement) and actor in (j.actor.id, getattr(j, "into", None))
        )

    found = [j for j in reversed(records) if matches(j)]
    page = [public(j, undone, results) for j in found[offset : offset + limit]]
    return JudgementsPublic(data=page, count=len(page), total=len(found), limit=limit, offset=offset)
