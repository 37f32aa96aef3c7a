"""Paths between two actors, hop by hop, with each hop's best evidence."""

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query

from app.api import examples
from app.api.deps import ReaderDep
from app.api.params import act_filter
from app.core.errors import ApiError
from app.schemas import Direction, PathsPublic
from app.store.reader import ActFilter

router = APIRouter(tags=["paths"])
ActorRef = Annotated[str, Query(max_length=200, description="An actor id.")]


@router.get(
    "/paths",
    summary="Shortest paths between two actors",
    responses={**examples.ok(examples.PATHS), **examples.errors(404, 422)},
)
def paths(
    reader: ReaderDep,
    source: Annotated[
        str, Query(alias="from", max_length=200, examples=["igor-kartavykh"], description="Start actor id.")
    ],
    target: Annotated[
        str, Query(alias="to", max_length=200, examples=["russia"], description="End actor id.")
    ],
    acts: Annotated[ActFilter, Depends(act_filter)],
    max_hops: Annotated[int, Query(ge=1, le=6)] = 4,
    direction: Annotated[
        Direction, Query(description="`out` follows acts as they point; `both` ignores direction.")
    ] = "both",
    mode: Annotated[Literal["shortest", "all_shortest"], Query()] = "shortest",
    limit: Annotated[int, Query(ge=1, le=100, description="Most paths returned in all_shortest mode.")] = 10,
) -> PathsPublic:
    """Each path is a list of hops (act type, date, status, best evidence); none found is an empty list."""
    answer = reader.paths(source, target, max_hops, direction, acts, mode == "all_shortest", limit)
    if answer is None:
        missing = reader.missing([source, target])
        raise ApiError(404, "not_found", f"no actor with id {missing[0]!r}", {"missing": missing})
    return answer
