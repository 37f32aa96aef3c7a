"""Analyst decisions: record one (API key), list them, read one, undo one."""

from typing import Annotated

from fastapi import APIRouter, Path, Query
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from app.api import examples
from app.api.deps import JudgementsDep, StoreDep, WriteKey, found
from app.api.params import NUL_MESSAGE, has_nul
from app.core.errors import ApiError
from app.review.judge import judge
from app.review.listing import list_judgements
from app.review.models import JudgementIn, JudgementKind
from app.schemas import JudgementPublic, JudgementsPublic

router = APIRouter(prefix="/judgements", tags=["review"])


class UndoIn(BaseModel):
    """Who takes a decision back, and why."""

    who: str = Field(min_length=1, max_length=200, examples=["a.analyst"])
    note: str | None = Field(default=None, max_length=2000)


@router.post(
    "",
    summary="Record a decision on an act or actor (needs X-API-Key)",
    dependencies=[WriteKey],
    responses={
        **examples.ok(examples.JUDGEMENT, "The decision, recorded and applied to the graph"),
        **examples.errors(400, 401, 403, 404, 409, 422),
    },
)
async def create_judgement(decision: JudgementIn, store: StoreDep, log: JudgementsDep) -> JudgementPublic:
    """Confirm, reject, retype, swap, re-date or re-status an act; merge, rename, re-kind or
    curate an actor; or undo a decision. The graph shows it at once and after every reload.
    Unknown acts and actors are a 404; a decision that contradicts the log (an act already
    rejected, a merge into itself, a change to the value already held) is a 409."""
    if has_nul(decision.model_dump()):
        raise ApiError(400, "invalid_character", NUL_MESSAGE)
    judgement = await run_in_threadpool(judge, store, log, decision)
    return _public(judgement.id, store, log)


@router.get(
    "",
    summary="Decisions, newest first",
    responses={**examples.ok(examples.JUDGEMENTS), **examples.errors(422)},
)
def get_judgements(
    store: StoreDep,
    log: JudgementsDep,
    kind: Annotated[JudgementKind | None, Query(description="Only decisions of this kind.")] = None,
    act: Annotated[
        str | None, Query(max_length=200, description="About this act (as judged, or now).")
    ] = None,
    actor: Annotated[
        str | None, Query(max_length=200, description="About this actor (or merged into it).")
    ] = None,
    who: Annotated[str | None, Query(max_length=200)] = None,
    in_force: Annotated[
        bool | None, Query(description="true: not undone (and no undo); false: the others.")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=100_000)] = 0,
) -> JudgementsPublic:
    """The log, filtered; a rejected act is listed here with the evidence it had."""
    return list_judgements(
        log.records(),
        store.schema,
        kind=kind,
        act=act,
        actor=actor,
        who=who,
        in_force=in_force,
        limit=limit,
        offset=offset,
    )


@router.get(
    "/{judgement_id}",
    summary="One decision",
    responses={**examples.ok(examples.JUDGEMENT), **examples.errors(404, 422)},
)
def get_judgement(
    store: StoreDep, log: JudgementsDep, judgement_id: Annotated[str, Path(max_length=64)]
) -> JudgementPublic:
    """One decision with what became of it."""
    return _public(judgement_id, store, log)


@router.post(
    "/{judgement_id}/undo",
    summary="Undo a decision (needs X-API-Key)",
    dependencies=[WriteKey],
    responses={
        **examples.ok({**examples.JUDGEMENT, "kind": "undo", "undoes": examples.JUDGEMENT["id"]}, "The undo"),
        **examples.errors(401, 403, 404, 409, 422),
    },
)
async def undo_judgement(
    body: UndoIn, store: StoreDep, log: JudgementsDep, judgement_id: Annotated[str, Path(max_length=64)]
) -> JudgementPublic:
    """Take a decision back: the graph returns to what the other decisions make it."""
    if has_nul(body.model_dump()):
        raise ApiError(400, "invalid_character", NUL_MESSAGE)
    decision = JudgementIn(kind="undo", who=body.who, note=body.note, undoes=judgement_id)
    judgement = await run_in_threadpool(judge, store, log, decision)
    return _public(judgement.id, store, log)


def _public(judgement_id: str, store: StoreDep, log: JudgementsDep) -> JudgementPublic:
    """One record's public view, with what became of it."""
    records = log.records()
    listed = list_judgements(records, store.schema, limit=max(len(records), 1))
    return found(next((j for j in listed.data if j.id == judgement_id), None), "judgement", judgement_id)
