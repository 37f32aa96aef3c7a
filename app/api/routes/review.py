"""The review queue: unjudged acts, those that most need a human first."""

from typing import Annotated

from fastapi import APIRouter, Query

from app.api import examples
from app.api.deps import JudgementsDep, StoreDep
from app.api.params import Types
from app.review.queue import review_queue
from app.schemas import QueuePublic

router = APIRouter(prefix="/review", tags=["review"])


@router.get(
    "/queue",
    summary="Acts to review, most doubtful first",
    responses={**examples.ok(examples.QUEUE), **examples.errors(422)},
)
def get_queue(
    store: StoreDep,
    log: JudgementsDep,
    types: Types = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
    offset: Annotated[int, Query(ge=0, le=1000)] = 0,
) -> QueuePublic:
    """Acts nobody has judged, scored by what makes them doubtful (one article only, alleged
    or denied, ends not in the catalogue, patterns the analysts often found wrong); each
    with its reasons."""
    return review_queue(store, log.records(), limit, offset, [t.value for t in types] if types else None)
