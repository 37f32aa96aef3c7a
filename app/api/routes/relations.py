"""Acts (and affiliations) with all their evidence."""

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query

from app.api import examples
from app.api.deps import ReaderDep, found
from app.api.params import act_filter
from app.schemas import RelationPublic, RelationsPublic
from app.store.reader import ActFilter

router = APIRouter(prefix="/relations", tags=["relations"])


@router.get(
    "",
    summary="Acts, newest first, with their evidence",
    responses={**examples.ok(examples.RELATIONS), **examples.errors(422)},
)
def list_relations(
    reader: ReaderDep,
    acts: Annotated[ActFilter, Depends(act_filter)],
    source: Annotated[
        str | None, Query(max_length=200, examples=["azerbaijan"], description="Acting actor id.")
    ] = None,
    target: Annotated[str | None, Query(max_length=200, description="Actor id acted upon.")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=100_000)] = 0,
) -> RelationsPublic:
    """Acts filtered by type, endpoints, date window and status; each with every evidence sentence."""
    return reader.relations(acts, source, target, limit, offset)


@router.get(
    "/{relation_id}",
    summary="One act with its evidence",
    responses={**examples.ok(examples.RELATION), **examples.errors(404, 422)},
)
def get_relation(
    reader: ReaderDep, relation_id: Annotated[str, Path(max_length=200, description="An act id.")]
) -> RelationPublic:
    """The act with every evidence sentence (article, offsets into its stored text)."""
    return found(reader.relation(relation_id), "act", relation_id)
