"""Actors: search by name or alias, one actor in full, its neighbourhood."""

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query

from app.api import examples
from app.api.deps import ReaderDep, found
from app.api.params import ActorKindName, act_filter
from app.schemas import ActorPublic, ActorsPublic, Direction, NeighbourhoodPublic
from app.store.reader import ActFilter

router = APIRouter(prefix="/actors", tags=["actors"])
ActorId = Annotated[str, Path(max_length=200, examples=["sputnik-azerbaijan"], description="An actor id.")]


@router.get(
    "",
    summary="Search actors by name or alias",
    responses={**examples.ok(examples.SEARCH), **examples.errors(422)},
)
def search_actors(
    reader: ReaderDep,
    q: Annotated[
        str | None,
        Query(
            max_length=200,
            examples=["zelenskyy"],
            description="Name or alias; case, accents, transliteration and typos are tolerated. "
            "Omit to list actors by name.",
        ),
    ] = None,
    kind: Annotated[ActorKindName | None, Query(description="Only actors of this kind.")] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0, le=1000)] = 0,
) -> ActorsPublic:
    """Actors ranked by how well a name or alias matches `q` (100 = exact after folding)."""
    return reader.search_actors(q, kind.value if kind else None, limit, offset)


@router.get(
    "/{actor_id}",
    summary="One actor in full",
    responses={**examples.ok(examples.ACTOR), **examples.errors(404, 422)},
)
def get_actor(reader: ReaderDep, actor_id: ActorId) -> ActorPublic:
    """Kind, aliases, roles, acts counted by type and direction, first and last act dates."""
    return found(reader.get_actor(actor_id), "actor", actor_id)


@router.get(
    "/{actor_id}/neighbourhood",
    summary="The subgraph around an actor",
    responses={**examples.ok(examples.NEIGHBOURHOOD), **examples.errors(404, 422)},
)
def neighbourhood(
    reader: ReaderDep,
    actor_id: ActorId,
    acts: Annotated[ActFilter, Depends(act_filter)],
    depth: Annotated[int, Query(ge=1, le=3, description="Acts away from the actor.")] = 1,
    direction: Annotated[
        Direction, Query(description="Follow acts the actor took (out), suffered (in) or both.")
    ] = "both",
    limit: Annotated[int, Query(ge=1, le=1000, description="Most nodes returned, the actor included.")] = 200,
) -> NeighbourhoodPublic:
    """Nodes and edges within `depth` acts, with evidence counts; `truncated` when a cap cut it short."""
    return found(reader.neighbourhood(actor_id, depth, direction, acts, limit), "actor", actor_id)
